# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX does not publish which documents count as proof of address, nor a general limit on how old one may be. If the request does not say, ask OKX's official support (Support Center) before you send it. I cannot check this document here: my photo checks are made for identity documents.
