# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX, hangi belgelerin adres kanıtı sayıldığını ve genel bir tarih sınırını yayımlamıyor. Talepte yazmıyorsa göndermeden önce OKX'in resmi desteğine (Support Center) sor. Bu belgeyi burada kontrol edemem: fotoğraf kontrollerim kimlik belgeleri için yapıldı.
