# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX 没有公布哪些文件可作为地址证明，也没有公布通用的时效限制。如果要求里没有写明，请在提交前咨询 OKX 官方客服（Support Center）。我无法在这里检查这份文件：我的照片检查是为身份证件设计的。
