# The composed final checklist's fixed parts, the expiry-date check and the next steps.
# See locales/README.md and src/content/checklist.rs (which composes them in order).

## Section headings of the composed checklist

checklist-title = Yeniden göndermeden önce kontrol listen
checklist-title-final = Yeniden göndermek yerine yapman gerekenler
checklist-section-reason = OKX'in belirttiği nedeni düzelt
checklist-section-photos = Fotoğraflarında bulduklarımı düzelt
checklist-section-data = Yazdığın bilgileri kontrol et
checklist-section-resubmit = Sonra yeniden gönder
checklist-section-instead = Bunun yerine yapman gerekenler

## Data review: every typed field exactly as on the document

checklist-data-1 = Ad: Belgede basıldığı şekliyle, aynı yazım ve aynı sırayla; alan hangi alfabeyi istiyorsa (Latin ya da yerel harfler) o alfabeyle.
checklist-data-2 = Doğum tarihi: Belgedekiyle aynı tarih; gün ve ayın yer değiştirmediğinden emin ol.
checklist-data-3 = Son geçerlilik tarihi: Belgenin süresi dolmamış olmalı; gönderdiğin gün hâlâ geçerli olduğundan emin ol.
checklist-data-4 = Adres: Güncel ikamet adresin; adres belgesi isteniyorsa, o belgede yazdığı şekilde.
checklist-data-5 = Uyruk ve kimlik numarası: Yüklediğin belgenin uyruğu ve numaranın tamamı, boşluksuz.

## Resubmission order (self-fixable reasons)

checklist-resubmit-1 = Önce bu listedeki her şeyi düzelt, sonra yeniden gönder. Aynı fotoğrafları tekrar göndermek nadiren farklı bir sonuç verir.
checklist-resubmit-2 = Doğrulamanın tamamında aynı telefonu ve aynı interneti kullan; inceleme sırasında VPN'i açıp kapatma.
checklist-resubmit-3 = OKX'in e-postasındaki bağlantıdan ya da uygulamadaki doğrulama sayfasından bir kez yeniden gönder ve sonucu bekle.
checklist-resubmit-4 = Hesabında tekrar denemeden önce bir bekleme süresi görünüyorsa, o süreyi bekle. OKX sabit bir deneme sınırı veya bekleme süresi yayımlamıyor.

## Instead of resubmitting (final reasons: duplicate identity, not eligible)

checklist-final-1 = Yeniden gönderme: Aynı ya da yeni fotoğraflar göndermek bu kararı değiştirmez.
checklist-final-2 = OKX desteğine yalnızca OKX uygulaması veya okx.com üzerinden ulaş ve onlara UID numaranı ver.
checklist-final-3 = OKX'ten hiç kimse doğrulamanın kilidini açmak için şifreni, 2FA kodlarını, kurtarma ifadeni (seed phrase) ya da bir ödeme istemez.

## Expiry-date check ($date is the date as read, written as YYYY-MM-DD)

expiry-read-as = Bu tarihi { $date } olarak okudum.
expiry-expired = Bu belgenin süresi dolmuş. OKX süresi dolmuş belgeleri kabul etmiyor: Başka bir geçerli kimlik kullan ya da bu belgeni yenile.
expiry-soon = Bu belgenin süresi bir ay içinde doluyor. Yine de kabul edilebilir, ancak bazı doğrulama servisleri süresi bu kadar yakında dolacak belgeleri reddediyor: Varsa başka bir geçerli kimlik kullan.
expiry-fine = Tarihin kendisi sorunsuz: belge bir aydan uzun süre daha geçerli. OKX “geçersiz son kullanma tarihi” dediyse, fotoğrafta tarihin net ve yansımasız olduğunu ve belgedeki gibi yazıldığını kontrol et.
expiry-unreadable = Bu tarihi okuyamadım. Belgede yazdığı gibi yaz, örneğin 15.03.2027 ya da 2027-03-15.

## Next steps

next-register = Henüz OKX hesabın yok mu? Yalnızca resmî OKX uygulamasından veya okx.com'dan kaydol; yabancıların ya da sohbetlerde paylaşılan bağlantıları asla kullanma.
next-complete-kyc = Doğrulama için: Web sitesinde profil simgesi → Verification (Doğrulama) → Individual account (Bireysel hesap); uygulamada User Center (Kullanıcı Merkezi) → Profile and Settings (Profil ve Ayarlar) → Identity verification (Kimlik doğrulama). Geçerli kimliğini hazır tut, fotoğrafları iyi ışıkta ve düz bir arka planda çek, bilgilerini belgede yazdığı gibi gir. Başarısız olursa nedeni OKX'in e-postasında veya uygulamada oku, düzelt ve yeniden göndermeden önce fotoğraflarını burada kontrol et.
next-help-centre = Bu botun cevaplayamadığı her şey için OKX Yardım Merkezi'ne (okx.com/help) bak ya da OKX uygulamasından destekle iletişime geç. Son söz OKX'in resmî belgelerinindir: Bu bot bağımsız bir yardımcıdır ve bilgileri güncelliğini yitirmiş olabilir.
next-terms-link = OKX Hizmet Şartları, bölüm 2.2 (OKX'in hizmet vermediği yerler): https://www.okx.com/help-center/360021813691
expiry-none = Son kullanma tarihi olmayan bir belgenin süresi dolmuş olamaz, yani burada düzeltilecek bir şey yok. OKX bu tür belgeler için ayrı bir kural yayımlamıyor: form yine de tarih isterse OKX desteğine sor.
