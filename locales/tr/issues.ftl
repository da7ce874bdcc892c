# What the photo checker found: short names and one fix step per issue code, where on the
# document a finding sits, and why a file could not be read at all. See locales/README.md.

## Document photo issues: issue-<code> (short name), issue-<code>-fix (one step for an ID photo)

issue-blurry = Bulanık
issue-blurry-fix = Fotoğraf bulanık: Lensi sil, odaklamak için ekranda belgeye dokun ve telefonu sabit tut.
issue-glare = Parlama
# $where is one of the region-* phrases below, e.g. "the top-right corner".
# Turkish: region-* are possessive + locative forms, used as "Belgenin { $where } …".
issue-glare-fix = Belgenin { $where } parlak bir leke var: Flaşı kapat ve yansıma kaybolana kadar belgeyi hafifçe eğ.
issue-too_dark = Çok karanlık
issue-too_dark-fix = Fotoğraf çok karanlık: Örneğin pencere kenarı gibi parlak ve eşit ışık alan bir yere geç. Flaş kullanma.
issue-too_bright = Çok parlak
issue-too_bright-fix = Fotoğraf soluk çıkmış: Doğrudan ışıktan uzaklaş, HDR'ı kapat ve pozlamayı ayarlamak için ekranda belgeye dokun.
issue-cut_off = Kesik
issue-cut_off-fix = Belgenin bir kısmı fotoğrafın dışında: Dört köşe de etrafında küçük bir boşlukla görünene kadar biraz geri çekil.
issue-too_small = Belge çok küçük
issue-too_small-fix = Belge fotoğrafın çok az bir kısmını kaplıyor: Tüm köşeler görünür kalacak şekilde, karenin büyük kısmını doldurana kadar yaklaş.
issue-low_resolution = Düşük çözünürlük
issue-low_resolution-fix = Fotoğrafta yazıyı okumaya yetecek kadar piksel yok: Zoom yapmadan ana kamerayla çek ve sıkıştırılmış bir kopyayı değil, orijinal fotoğrafı gönder.
issue-tilted = Eğik
issue-tilted-fix = Belge açılı çekilmiş: Belgeyi düz bir yere koy ve telefonu tam üstünde, belgeye paralel tut.
issue-grayscale = Siyah beyaz
issue-grayscale-fix = Fotoğraf siyah beyaz: OKX renkli fotoğraf istiyor. Filtreleri kapat ve belgenin aslını renkli çek.
issue-screen_photo = Ekran görüntüsü/ekran fotosu
issue-screen_photo-fix = Bu bir ekran görüntüsü ya da ekran fotoğrafı gibi görünüyor: Fiziksel belgenin kendisini telefonunun kamerasıyla çek.
issue-no_document = Belge bulunamadı
issue-no_document-fix = Fotoğrafta bir belge bulamadım: Belgeyi düz ve kontrast oluşturan bir yüzeye koy ve karenin büyük kısmını doldursun.
issue-mrz_unreadable = Makinece okunabilir bölge okunamıyor
issue-mrz_unreadable-fix = Doğrulama sistemleri belgenizin altındaki ‹‹‹ içeren satırları (makinece okunabilir bölge) okur ve ben bunları okuyamadım: şeridin tamamı fotoğrafta, net ve parlamasız olmalı. Yaklaşın, telefonu sabit tutun ve belgeyi ışığı yansıtmayacak şekilde hafifçe eğin.
issue-document_uncertain = Belge kenarları belirsiz
issue-document_uncertain-fix = Belgenin kenarlarını net göremedim, bu yüzden kesik, çok küçük ya da eğik olup olmadığını değerlendirmedim: Belgeyi düz ve daha koyu renkli bir yüzeye koy ve fotoğrafı yeniden çek.

## Selfie issues

issue-no_face = Yüz bulunamadı
issue-no_face-fix = Bir yüz bulamadım: Doğrudan kameraya bak, yüzünü ışığa dön ve yüzünün tamamını kadrajda tut.
issue-multiple_faces = Birden fazla yüz
issue-multiple_faces-fix = Fotoğrafta birden fazla yüz var: Selfie'yi tek başına çek, arkanda kimse olmasın.
issue-face_too_small = Yüz çok uzakta
issue-face_too_small-fix = Yüzün çok uzakta: Telefonu yaklaştır ve göz hizasında tut; yüzün ovali doldursun.
issue-face_cut_off = Yüz kesik
issue-face_cut_off-fix = Yüzünün bir kısmı kadrajın dışında: Çenenden saçına kadar başının tamamını karenin içinde tut.
issue-face_off_center = Yüz ortada değil
issue-face_off_center-fix = Yüzün merkezden çok uzakta: Telefonu tam karşında tut, yüzün ortada olsun.
issue-backlit = Işık arkanda
issue-backlit-fix = Arka plan yüzünden çok daha aydınlık: Pencere ya da lamba arkanda değil, karşında olacak şekilde dön.
issue-uneven_light = Dengesiz ışık
issue-uneven_light-fix = Yüzünün bir tarafı çok daha karanlık: İki taraf da eşit aydınlansın diye ışık kaynağına tam karşıdan bak.

## Selfie variants of the codes that apply to both kinds of photo

issue-selfie-blurry-fix = Selfie bulanık: Ön kamerayı sil, telefonu göz hizasında sabit tut ve yavaş hareket et.
issue-selfie-too_dark-fix = Selfie çok karanlık: Aydınlık bir yere geç ve yüzünü ışığa dön.
issue-selfie-too_bright-fix = Selfie soluk çıkmış: Doğrudan güneşten veya güçlü lamba ışığından uzaklaş; yumuşak ve eşit bir ışık kullan.
issue-selfie-grayscale-fix = Selfie siyah beyaz: Kameradaki filtreleri veya renk efektlerini kapat.
issue-selfie-low_resolution-fix = Selfie'de çok az piksel var: Doğrudan telefonun kamerasını kullan ve sıkıştırılmış bir kopyayı değil, orijinal fotoğrafı gönder.

## Where on the document a finding sits (used as { $where } above)

region-top_left = sol üst köşesinde
region-top = üst kenarında
region-top_right = sağ üst köşesinde
region-left = sol kenarında
region-center = ortasında
region-right = sağ kenarında
region-bottom_left = sol alt köşesinde
region-bottom = alt kenarında
region-bottom_right = sağ alt köşesinde
# When the checker could not say where.
region-unknown = bir kısmında

## Files that could not be analysed at all (docs/contracts.md input error codes)

input-error-not_found = O dosyayı bulamadım. Dosya yolunu kontrol edip tekrar dene.
input-error-unsupported_format = Bu görüntü formatını okuyamıyorum (örneğin iPhone'daki HEIC fotoğraflar). Telegram'da normal fotoğraf olarak gönder ya da JPEG olarak kaydet: iPhone'da Ayarlar → Kamera → Formatlar → En Uyumlu.
input-error-corrupt = Bu görüntüyü okuyamadım: Dosya bozuk ya da eksik görünüyor. Yeni bir fotoğraf çekip tekrar gönder.
input-error-too_large = Bu dosya kontrol edebileceğimden büyük. Dosya yerine normal fotoğraf olarak gönder ya da daha küçük bir görüntü gönder.
input-error-too_many_pixels = Bu görüntüde kontrol edebileceğimden fazla piksel var. Telegram'ın küçülttüğü normal bir fotoğraf olarak gönder ya da daha düşük bir kamera çözünürlüğü kullan.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Belgenizde yazanlar (makinece okunabilir bölgeden okundu, yalnızca size gösterilir ve saklanmaz):
mrz-block-surname = Soyadı: { $value }
mrz-block-given = Adı: { $value }
mrz-block-birth = Doğum tarihi: { $value }
mrz-block-expiry = Son geçerlilik tarihi: { $value }
mrz-block-nationality = Uyruğu: { $value }
mrz-block-number = Belge numarası: { $value }
mrz-block-advice = Bunları OKX formuna tam olarak basıldığı gibi girin. Adın kontrol hanesi yoktur; yazılışını belgeyle karşılaştırın.
