# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX는 어떤 서류가 주소 증명으로 인정되는지, 발급 후 유효 기간의 일반 기준도 공개하지 않습니다. 요청에 나와 있지 않다면 보내기 전에 OKX 공식 고객지원(Support Center)에 문의하세요. 이 서류는 여기서 확인할 수 없습니다. 제 사진 검사는 신분증용으로 만들어졌습니다.
