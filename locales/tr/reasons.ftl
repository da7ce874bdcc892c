# Rejection reasons: button label, what OKX means by it, and the ordered fix steps.
# See locales/README.md. Facts come only from docs/kyc-knowledge.md.
# Labels are buttons: keep them ≤ 30 characters.

## photo_blurry

reason-photo_blurry = Bulanık/okunmuyor
reason-photo_blurry-about = Belgenin fotoğrafı okunacak kadar net değildi. OKX, belgenin net ve okunaklı bir fotoğrafını istiyor.
reason-photo_blurry-step-1 = Kamera lensini yumuşak bir bezle sil.
reason-photo_blurry-step-2 = Belgeyi düz bir yere koy ve telefonu ona paralel, yaklaşık 15–25 cm uzakta tut.
reason-photo_blurry-step-3 = Dijital zoom kullanmadan ana arka kamerayı kullan ve odaklamak için ekranda belgeye dokun.
reason-photo_blurry-step-4 = Fotoğrafı çekerken iyi ışıkta telefonu sabit tut.
reason-photo_blurry-step-5 = Sonucu yakınlaştırıp kontrol et: Her karakter, pasaportta da alttaki iki makine okunur satır okunabilmeli.
reason-photo_blurry-step-6 = Kameranın çektiği orijinal fotoğrafı yükle; iletilmiş ya da sıkıştırılmış bir kopyayı değil.

## photo_glare

reason-photo_glare = Parlama veya yansıma
reason-photo_glare-about = Parlak bir yansıma belgenin bir kısmını kapattı. OKX parlama olmayan bir fotoğraf istiyor ve kontrolü yansımalarda başarısız oluyor.
reason-photo_glare-step-1 = Flaşı kapat.
reason-photo_glare-step-2 = Lambalardan ve doğrudan güneş ışığından uzaklaş; en iyisi yandan gelen yumuşak gün ışığıdır.
reason-photo_glare-step-3 = Belgeyi kılıfından ya da plastik koruyucusundan çıkar.
reason-photo_glare-step-4 = Yazının, vesikalık fotoğrafın veya hologramın üzerinde parlak bir nokta kalmayana kadar belgeyi hafifçe eğ.
reason-photo_glare-step-5 = Lamine kartlar en çok yansıma yapanlardır: Farklı açılardan birkaç fotoğraf çek ve parlama olmayanı seç.

## photo_exposure

reason-photo_exposure = Çok karanlık/parlak
reason-photo_exposure-about = Fotoğraf okunamayacak kadar karanlık ya da soluk (aşırı parlak) çıkmıştı. OKX'in belge kontrolü aşırı pozlanmış fotoğraflarda başarısız oluyor.
reason-photo_exposure-step-1 = Parlak, eşit ve dolaylı bir ışık bul; örneğin pencere kenarı, ama doğrudan güneş ışığı değil.
reason-photo_exposure-step-2 = Belgenin arkasından güçlü ışık gelmesin ve telefonun gölgesi belgeye düşmesin.
reason-photo_exposure-step-3 = Karanlık bir fotoğrafı flaşla düzeltmeye çalışma (parlamaya yol açar); bunun yerine daha aydınlık bir yere geç.
reason-photo_exposure-step-4 = Fotoğraf soluk görünüyorsa HDR, gece ve güzellik modlarını kapat ve pozlamayı ayarlamak için ekranda belgeye dokun.

## photo_cut_off

reason-photo_cut_off = Belge kesik veya kapalı
reason-photo_cut_off-about = Belgenin bir kısmı fotoğrafın dışında kalmış ya da kapanmıştı. OKX tüm köşelerin görünmesini ve belgenin üzerinde hiçbir şey, bir parmak bile olmamasını istiyor.
reason-photo_cut_off-step-1 = Belgenin tamamını, her kenarda küçük bir boşluk bırakarak kadraja al; yine de karenin büyük kısmını doldursun.
reason-photo_cut_off-step-2 = Dört köşenin de göründüğünden emin ol: Kartı masaya koy ki hiçbir parmak üstünü kapatmasın.
reason-photo_cut_off-step-3 = Belgeyle renk olarak kontrast oluşturan düz bir arka plan kullan.
reason-photo_cut_off-step-4 = Fotoğrafı sonradan kırpma.
reason-photo_cut_off-step-5 = Pasaport: Alttaki iki makine okunur satır dahil bilgi sayfasının tamamını göster.

## not_original

reason-not_original = Ekran görüntüsü/kopya
reason-not_original-about = Fotoğraf, belgenin aslının renkli bir fotoğrafı değildi. OKX ekran görüntülerini, fotokopileri, fotoğrafın fotoğrafını veya düzenlenmiş görüntüleri kabul etmiyor.
reason-not_original-step-1 = Fiziksel belgenin kendisini telefonunun kamerasıyla çek.
reason-not_original-step-2 = Ekran görüntüsü, tarama, fotokopi, çıktı, dijital kimlik ya da ekran fotoğrafı gönderme.
reason-not_original-step-3 = Renkli fotoğraf gönder, asla siyah beyaz değil.
reason-not_original-step-4 = Fotoğrafı düzenleme: Filtre, kırpma, çıkartma, bulanıklaştırılmış alan ya da not olmasın.
reason-not_original-step-5 = Reddedilen fotoğrafı tekrar yüklemek yerine yeni bir fotoğraf çek; bazı doğrulama servisleri daha önce reddedilmiş bir görüntüyü işaretler.

## wrong_document

reason-wrong_document = Yanlış belge veya yüz
reason-wrong_document-about = Belge türü kabul edilmiyor ya da bir yüz veya sayfa eksikti. OKX'in hangi belgeleri kabul ettiği ülkene göre değişir.
reason-wrong_document-step-1 = Doğrulama formunda OKX'in ülken için sunduğu kimlik türlerinden birini seç; vize, öğrenci kartı ve çalışma izni kimlik belgesi sayılmaz.
reason-wrong_document-step-2 = Belgeyi veren ülke, seçtiğin ülke olmalı.
reason-wrong_document-step-3 = Kimlik kartı veya ehliyette ön ve arka yüzü iki ayrı fotoğraf olarak gönder; aynı yüzü asla iki kez gönderme.
reason-wrong_document-step-4 = Pasaportta fotoğraflı bilgi sayfasını gönder; istenirse diğer önemli sayfaları da ekle.
reason-wrong_document-step-5 = Her dosyayı doğru yere yükle: Kimlik istenen yere kimlik belgesini, adres istenen yere adres belgesini.

## document_invalid

reason-document_invalid = Geçersiz belge
reason-document_invalid-about = Belgenin kendisi kabul edilmedi: süresi dolmuş, imzasız, hasarlı ya da net bir vesikalık fotoğrafı yok. OKX geçerli ve hasarsız bir belge istiyor.
reason-document_invalid-step-1 = Son geçerlilik tarihini kontrol et. Süresi bitmeye yakın olmayan bir belge tercih et: Bazı doğrulama servisleri bir ay içinde süresi dolacak belgeyi reddediyor.
reason-document_invalid-step-2 = Pasaportundaki imza alanı boşsa, fotoğrafı çekmeden önce imzala.
reason-document_invalid-step-3 = Vesikalık fotoğrafın ve doğum tarihinin belgede bulunduğundan ve net olduğundan emin ol.
reason-document_invalid-step-4 = Belge çatlak, yıpranmış, delinmiş ya da köşesi kesilmişse, başka bir geçerli kimlik kullan veya belgeni yenile.
reason-document_invalid-step-5 = OKX ülkende yeni bir pasaport istiyorsa, önce pasaportunu yenile.

## data_mismatch

reason-data_mismatch = Bilgiler uyuşmuyor
reason-data_mismatch-about = Formda yazdıkların (ad, doğum tarihi, kimlik numarası, uyruk) belgeyle uyuşmuyor.
reason-data_mismatch-step-1 = Yazdığın her alanı tek tek belgeyle karşılaştır.
reason-data_mismatch-step-2 = Adını tam olarak basıldığı gibi yaz: aynı yazım, aynı sıra, ikinci adların da dahil; takma ad kullanma, kendi kafana göre harf çevirisi yapma.
reason-data_mismatch-step-3 = Formda yerel dilde ad alanı varsa, adını oraya kimliktekiyle aynı alfabeyle yaz.
reason-data_mismatch-step-4 = Doğum tarihi: Gün ve ay sırasını kontrol et.
reason-data_mismatch-step-5 = Kimlik numarası: Eksiksiz ve boşluksuz; O harfini 0 rakamıyla, I harfini 1 rakamıyla karıştırma.
reason-data_mismatch-step-6 = İki vatandaşlığın varsa, yüklediğin belgenin uyruğunu seç.
reason-data_mismatch-step-7 = İkamet ülkesi: Gerçekten yaşadığın ülke.
reason-data_mismatch-step-8 = Bilgileri artık düzenleyemiyorsan, düzeltmesi için OKX desteğine başvur.

## selfie_failed

reason-selfie_failed = Selfie başarısız
reason-selfie_failed-about = Yüz taraması tamamlanamadı ya da yüz yeterince net değildi. OKX, yüzünün tamamının ovalin içinde olmasını, iyi ışıkta ve titremeden çekilmesini istiyor.
reason-selfie_failed-step-1 = Yüzünü ışığa dön: Arkanda pencere ya da lamba olmasın.
reason-selfie_failed-step-2 = Şapka, maske veya güneş gözlüğünü çıkar ve saçını yüzünden çek.
reason-selfie_failed-step-3 = Telefonu göz hizasında tut, yüzün ovalin içinde olsun.
reason-selfie_failed-step-4 = Sabit dur, uygulama istediğinde başını yavaşça çevir.
reason-selfie_failed-step-5 = Kamera erişimine izin ver, OKX uygulamasını güncelle ve diğer uygulamaları kapat; yine olmuyorsa başka bir telefon dene.
reason-selfie_failed-step-6 = Bunu kendin yap: Yüz doğrulamasını yalnızca hesap sahibi yapabilir.

## face_mismatch

reason-face_mismatch = Yüz kimlikle uyuşmuyor
reason-face_mismatch-about = Selfie'deki yüz, belgedeki vesikalık fotoğrafla eşleştirilemedi.
reason-face_mismatch-step-1 = Selfie'yi yalnızca hesap sahibi çekebilir.
reason-face_mismatch-step-2 = En yeni kimliğini kullan ki fotoğraf bugünkü hâline benzesin.
reason-face_mismatch-step-3 = Belge fotoğrafındaki vesikalığın net ve parlamasız olduğundan emin ol.
reason-face_mismatch-step-4 = Yüz ifaden doğal olsun; gözlük ya da şapka olmadan.
reason-face_mismatch-step-5 = Yine olmuyorsa OKX desteğiyle iletişime geç: Bazı doğrulama servisleri yüz uyuşmazlığını kesin karar olarak kabul eder.

## duplicate_identity

reason-duplicate_identity = Kimlik zaten doğrulandı
reason-duplicate_identity-about = Bu kimlik başka bir OKX hesabında zaten doğrulanmış. OKX kişi başına tek hesaba izin verir, bu yüzden yeniden göndermek işe yaramaz.
reason-duplicate_identity-step-1 = OKX kişi başına tek hesaba izin verir ve kimliğin başka bir hesaba bağlı.
reason-duplicate_identity-step-2 = O hesaba giriş yap ya da OKX'in hesap kurtarma işlemiyle hesabı geri al.
reason-duplicate_identity-step-3 = O hesabı tanımıyorsan (biri kimliğini kullanmış olabilir), UID numaranla birlikte OKX desteğine başvur.
reason-duplicate_identity-step-4 = Asla başkasının kimliğini kullanma, kendi kimliğini de kimseye verme.

## not_eligible

reason-not_eligible = Bölge veya uygunluk
reason-not_eligible-about = OKX bu hesap için seni doğrulayamıyor; örneğin yaşadığın yer nedeniyle. Yeniden göndermek bunu değiştirmez.
reason-not_eligible-step-1 = OKX Hizmet Şartları'nın 2.2. bölümünü oku ve ikamet ettiğin ülkeye hangi OKX kuruluşunun hizmet verdiğine bak.
reason-not_eligible-step-2 = Uygunluk yalnızca vatandaşlığına göre değil, nerede yaşadığına göre belirlenir.
reason-not_eligible-step-3 = VPN kullanma ve yanlış ikamet bilgisi verme.
reason-not_eligible-step-4 = Bir hata olduğunu düşünüyorsan (örneğin taşındıysan), UID numaran ve ikamet belgenle OKX desteğine başvur; tekrar tekrar göndermeye devam etme.

## address_proof

reason-address_proof = Adres belgesi
reason-address_proof-about = Adres belgesi kabul edilmedi. Belgede adın ve güncel adresin, yani formda yazdığın adresin aynısı görünmeli.
reason-address_proof-step-1 = Adını ve güncel ikamet adresini gösteren bir belge kullan.
reason-address_proof-step-2 = Adres, formda yazdığınla birebir aynı olmalı.
reason-address_proof-step-3 = Yeni tarihli bir belge kullan: OKX'in süre sınırı belirttiği yerlerde (örneğin Suudi Arabistan'da) son 3 ay içinde düzenlenmiş olmalı.
reason-address_proof-step-4 = Aslının fotoğrafını (sayfanın tamamı, tüm köşeler) ya da düzenlendiği hâliyle PDF'ini gönder; ekran görüntüsü olmasın.
reason-address_proof-step-5 = Posta kutusu (P.O. Box) adresi kullanma.

## unknown

reason-unknown = Neden gösterilmedi
reason-unknown-about = OKX sana bir neden göstermedi. Neden genellikle OKX'in gönderdiği e-postada veya SMS'te, yeniden gönderme bağlantısıyla birlikte yazar.
reason-unknown-step-1 = OKX'in doğrulamayla ilgili e-postasını veya SMS'ini oku: Nedeni ve yeniden gönderme bağlantısını içerir.
reason-unknown-step-2 = OKX uygulamasında doğrulama sayfasını aç ve nedeni orada ara.
reason-unknown-step-3 = Yoksa yaygın nedenleri sırayla kontrol et: ekran görüntüsü, kopya ya da siyah beyaz fotoğraf; görünmeyen köşeler; bulanıklık; parlama; son geçerlilik tarihi; yazdığın bilgiler; selfie.
reason-unknown-step-4 = Kontrol için kimlik fotoğrafını ve selfie'ni bu bota gönder.
reason-unknown-step-5 = Hâlâ belirsizse ya da 24 saat sonra hâlâ sonuç yoksa, OKX desteğiyle iletişime geç.
reason-invalid-expiry = Geçersiz son kullanma
