# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX 沒有公布哪些文件可作為地址證明，也沒有公布通用的時效限制。如果要求中沒有寫明，請在提交前詢問 OKX 官方客服（Support Center）。我無法在這裡檢查這份文件：我的照片檢查是為身分證件設計的。
