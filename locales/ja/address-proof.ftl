# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX は、住所証明として認められる書類や、発行日からの期限の一般的なルールを公開していません。依頼に書かれていない場合は、送る前に OKX の公式サポート（Support Center）に確認してください。この書類はここでは確認できません。写真チェックは本人確認書類向けです。
