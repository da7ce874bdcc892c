# The FAQ: faq-<id>-q (the question; also a button label, so short), faq-<id>-a (the answer, plain
# text, phone-friendly, at most ~900 characters), faq-<id>-keys (comma-separated words and phrases
# people use for this question in THIS language, with synonyms, slang and common misspellings; the
# free-text matcher indexes them). Translators: write keys the way people in your language really
# type, not a translation of the English list.
# Facts come only from docs/kyc-knowledge.md. Where OKX publishes no rule, say so.

faq-common_causes-q = Neden reddedildim?
faq-common_causes-a = En yaygın nedenler, kabaca kontrol etme sırasına göre:
    1. Belgenin aslının renkli fotoğrafı yerine ekran görüntüsü, fotokopi, ekran fotoğrafı ya da siyah beyaz fotoğraf.
    2. Kesik ya da parmakla kapanmış bir köşe.
    3. Bulanık fotoğraf.
    4. Yazıda ya da vesikalık fotoğrafta parlama.
    5. Süresi dolmuş ya da hasarlı belge.
    6. Yazdığın bilgilerin (ad, doğum tarihi, kimlik numarası) belgeden farklı olması.
    7. Başarısız selfie: karanlık oda, titreme, yüzün ovalin dışında kalması.
    8. Başka bir hesapta zaten kullanılmış kimlik ya da OKX'in hizmet veremediği bir ikamet ülkesi.
    OKX'in e-postasında neden yazar. Nedeni bana söyle, sana bir kontrol listesi vereyim.
faq-common_causes-keys = neden reddedildi, niye reddedildi, doğrulama reddedildi, kimlik doğrulama reddedildi, kyc reddedildi, kyc red, kyc olmadı, doğrulama başarısız, onaylanmadı, kabul edilmedi, red sebebi, ret nedeni, reddedilme sebebi, neden onaylanmıyor, yine reddedildi, neden olmuyor, neyi yanlış yapıyorum, dogrulama reddedildi, neden reddedildi kyc, reddildi, redddedildi, kimlik onaylanmadı, hesap doğrulanmadı

faq-no_reason_shown-q = Ret nedenini göremiyorum
faq-no_reason_shown-a = OKX başarısızlık nedenini, yeniden gönderme bağlantısıyla birlikte e-postayla gönderir. Gelen kutunda ve spam klasöründe OKX'ten gelen bir mesaj olup olmadığına bak; SMS'lerini ve OKX uygulamasındaki doğrulama sayfasını da kontrol et. Yine de bir neden bulamazsan bu botta "Bir neden gösterilmedi"yi seç: Yaygın nedenleri seninle tek tek gözden geçirir ve fotoğraflarını kontrol ederim.
faq-no_reason_shown-keys = neden yok, sebep yok, neden gösterilmedi, sebep yazmıyor, neden yazmıyor, açıklama yok, nedenini bilmiyorum, neden olduğunu bilmiyorum, sadece başarısız yazıyor, neden nerede, nedeni nasıl görürüm, e-posta gelmedi, mail gelmedi, sebepsiz reddedildi, açıklamasız, bilinmeyen neden, sebep ne, sebebi ne, neden belirtilmemiş

faq-review_time-q = İnceleme ne kadar sürer?
faq-review_time-a = Ek inceleme gerektiğinde OKX bunun 24 saate kadar sürdüğünü, yoğun dönemlerde daha uzun sürebileceğini söylüyor. Sonuç SMS ya da e-postayla gelir. 24 saat sonra hâlâ bir haber yoksa OKX Destek Merkezi'ne ya da uygulamadaki yapay zekâ (AI) sohbet botuna başvur.
faq-review_time-keys = ne kadar sürer, ne kadar sürüyor, kaç saat, kaç gün, inceleme süresi, doğrulama süresi, onay süresi, beklemede, incelemede, inceleniyor, hala beklemede, ne zaman onaylanır, ne zaman sonuçlanır, sonuç ne zaman, kyc beklemede, uzun sürüyor, çok uzun sürdü, ne kadar beklemem lazım, ne kadar surer, pending

faq-no_result_24h-q = 24 saat geçti, sonuç yok
faq-no_result_24h-a = OKX, ek kontrol gereken bir incelemenin 24 saate kadar, yoğun zamanlarda daha da uzun sürebileceğini söylüyor. 24 saatten fazla geçtiyse OKX Destek Merkezi'ne ya da OKX uygulamasındaki yapay zekâ (AI) sohbet botuna başvur ve UID numaranı ver. Bu arada ikinci bir başvuru gönderme; önce sonuç için e-postana (ve spam klasörüne) ve SMS'lerine bak.
faq-no_result_24h-keys = sonuç yok, cevap yok, yanıt yok, 24 saati geçti, 24 saat oldu, 24 saatten fazla, 2 gün oldu, iki gün, 3 gün, bir hafta, hala bekliyorum, takıldı, incelemede takıldı, günlerdir beklemede, hiçbir şey olmuyor, güncelleme yok, hala onaylanmadı, kimse cevap vermiyor, 48 saat, hâlâ incelemede, 24h

faq-resubmit_timing-q = Ne zaman yeniden gönderebilirim?
faq-resubmit_timing-a = OKX, tekrar başvurabilmen için sabit bir bekleme süresi yayımlamıyor. Nedeni, yeniden gönderme bağlantısıyla birlikte e-postayla iletir. Önce nedeni düzelt ve yeni fotoğraflar çek: Reddedilen görüntüyü tekrar göndermek nadiren işe yarar ve bazı doğrulama servisleri onu işaretler. Hesabında bir bekleme süresi görünüyorsa o süreyi bekle; bazı başka borsalar başarısız denemelerden sonra bekleme süresi uygular. Yeniden gönder düğmesi görünmüyorsa OKX desteğine başvur.
faq-resubmit_timing-keys = ne zaman tekrar gönderebilirim, yeniden gönder, tekrar gönder, tekrar dene, yeniden dene, ne zaman tekrar denerim, ne kadar beklemeliyim, bekleme süresi, tekrar başvuru, yeniden başvuru, tekrar doğrulama, yeniden doğrulama, belgeleri tekrar yükle, tekrar yükleme, sonraki deneme, yeniden gönder butonu yok, tekrar başvurmak, tekrar kyc, tekrar deneyebilir miyim, yeniden gonder

faq-repeated_retries-q = Deneme sınırı var mı?
faq-repeated_retries-a = OKX, doğrulama denemeleri için bir sınır ya da kilitlenme süresi yayımlamıyor. "Maksimum yüz doğrulama denemesi" mesajı kimlik doğrulamayla değil, OKX geçiş anahtarlarıyla (passkey) ilgilidir. Bazı doğrulama servisleri yeniden çekim sayısını sınırlar, bu yüzden her denemeyi değerli say: Tekrar denemeden önce nedeni düzelt. Art arda birkaç başarısız denemeden sonra dur ve UID numaranla OKX desteğine başvur.
faq-repeated_retries-keys = deneme sınırı, kaç deneme, kaç kere, kaç kez, kalan deneme, deneme hakkı, maksimum deneme, çok fazla deneme, çok denedim, birçok kez başarısız, 3 kere olmadı, sürekli başarısız, hep reddediliyor, hesap kilitlendi, kilitlendi, engellendi, son deneme, deneme hakkım bitti, limit, deneme sayısı

faq-permanent_rejection-q = Reddedilmem kalıcı mı?
faq-permanent_rejection-a = Çoğu ret kesin değildir: Fotoğraf kalitesi, belge ve yazılan bilgilerle ilgili sorunlar düzeltilip yeniden gönderilebilir. Bazıları ise kesindir ve yeniden göndermek onları değiştirmez: Başka bir hesapta zaten doğrulanmış bir kimlik, OKX'in hizmet veremediği bir ikamet ülkesi ve dolandırıcılık şüphesi. Bu durumlarda tekrar denemek yerine OKX desteğine başvur.
faq-permanent_rejection-keys = kalıcı, kalıcı ret, kesin ret, kesin karar, sonsuza kadar, bir daha doğrulayamaz mıyım, asla onaylanmaz mı, her şey bitti mi, hala doğrulayabilir miyim, kalıcı olarak reddedildi, kalici, düzeltilemez, umut yok, kalıcı ban, bir daha olmaz mı

faq-clear_but_failed-q = Net fotoğraf, yine reddedildi
faq-clear_but_failed-a = Ekranında iyi görünen bir fotoğraf da reddedilebilir. Sık görülen gizli nedenler: ekran fotoğrafı (hafif çizgiler), lamine kartta ancak yakınlaştırınca fark ettiğin bir parlama, bir köşede parmak ya da aynı reddedilen görüntünün tekrar gönderilmesi. Sorun fotoğrafta da olmayabilir: Yazdığın bilgileri belgeyle karşılaştır. Fotoğrafı bana gönder, kontrol edeyim.
faq-clear_but_failed-keys = fotoğraf netti, fotoğraf net, net fotoğraf reddedildi, fotoğraf gayet iyiydi, fotoğrafta sorun yok, kalite iyiydi, yüksek kalite reddedildi, her şey doğruydu, her şeyi doğru yaptım, reddedilecek bir şey yok, fotoğraf güzel ama reddedildi, neden net fotoğraf reddedildi, kalite iyi, gayet net, fotograf netti

faq-blurry_photo-q = Fotoğrafım bulanık
faq-blurry_photo-a = OKX net ve okunaklı bir fotoğraf istiyor. Lensi sil; belgeyi düz koy ve telefonu ona paralel, yaklaşık 15–25 cm uzakta tut; zoom yapmadan ana arka kamerayı kullan ve odaklamak için dokun; iyi ışıkta sabit dur. Sonra fotoğrafı yakınlaştır: Her karakter, pasaportta da alttaki iki satır okunabilmeli. Orijinal fotoğrafı yükle; iletilmiş ya da sıkıştırılmış bir kopyayı değil.
faq-blurry_photo-keys = bulanık, bulanik, bulanıklık, net değil, net degil, netlik, odak yok, odaklamıyor, okunmuyor, okunaksız, kalitesiz, kötü kalite, düşük kalite, fotoğraf kalitesi, pikselli, titrek, titredi, kamera odaklamıyor, flu, blur, bulanık çıkıyor

faq-glare-q = Parlama nasıl önlenir?
faq-glare-a = OKX parlama olmayan bir fotoğraf istiyor. Flaşı kapat; lambalardan ve doğrudan güneşten uzaklaşıp yandan gelen yumuşak gün ışığını kullan; belgeyi kılıfından ya da koruyucusundan çıkar; yazıda, vesikalıkta veya hologramda parlak nokta kalmayana kadar hafifçe eğ. Lamine kartlar en zorudur: Farklı açılardan birkaç fotoğraf çek ve temiz olanı seç.
faq-glare-keys = parlama, parlıyor, yansıma, yansıyor, ışık yansıması, ışık vuruyor, beyaz leke, parlak nokta, flaş, hologram, lamine, plastik kart, parlak kart, güneş yansıması, ışık patlaması, parlama var, yansima, parlama yapıyor

faq-cropped_edges-q = Köşeler kesik ya da kapalı
faq-cropped_edges-a = OKX dört köşenin de görünmesini ve belgenin üzerinde hiçbir şey, bir parmak bile olmamasını istiyor. Belgeyi düz ve kontrast renkte bir masaya koy; her kenarda küçük bir boşluk kalacak ve yine de fotoğrafın büyük kısmını dolduracak şekilde tamamını kadraja al; sonradan kırpma. Pasaportta, alttaki iki satır dahil bilgi sayfasının tamamını göster.
faq-cropped_edges-keys = köşe, köşeler, köşe kesik, kesik, kesilmiş, kırpılmış, kırpma, kenar, kenarlar, tam görünmüyor, yarısı görünüyor, belgenin bir kısmı yok, parmak, parmağım, kapalı, örtülü, belgenin tamamı, kadraj, çerçeve, kose kesik, eksik görünüyor

faq-screenshot_or_copy-q = Ekran görüntüsü, tarama, kopya?
faq-screenshot_or_copy-a = Hayır. OKX hiçbir türde ekran görüntüsünü, fotokopiyi, taramayı, çıktıyı, fotoğrafın ya da ekranın fotoğrafını veya düzenlenmiş görüntüyü kabul etmiyor. Fiziksel belgenin telefon kameranla yeni, renkli bir fotoğrafını çek ve üzerinde düzenleme yapma.
faq-screenshot_or_copy-keys = ekran görüntüsü, ss, ekran resmi, tarama, taranmış, tarayıcı, scan, kopya, fotokopi, çıktı, basılı, fotoğrafın fotoğrafı, ekran fotoğrafı, dijital kimlik, e-devlet, e-devlet barkodlu belge, düzenlenmiş, photoshop, galeriden, eski fotoğraf, pasaport pdf, screenshot, ekran goruntusu

faq-color_photo-q = Fotoğraf renkli mi olmalı?
faq-color_photo-a = Evet. OKX belgenin aslının renkli bir fotoğrafını istiyor. Siyah beyaz fotoğraflar, gri tonlamalı filtreler ve fotokopiler reddedilir. Tüm filtreleri ve renk efektlerini kapat ve belgeyi normal renkleriyle çek.
faq-color_photo-keys = renkli, renk, renkli fotoğraf, siyah beyaz, siyah-beyaz, siyahbeyaz, gri, gri tonlama, tek renk, filtre, filtreli, renksiz, renkli mi olmalı, siyah beyaz olur mu, siyah beyaz fotokopi

faq-send_as_file-q = Bu bota fotoğraf mı dosya mı?
faq-send_as_file-a = İkisi de olur. Telegram "fotoğraf" olarak gönderilen resmi yeniden sıkıştırır, bu da ince ayrıntıları gizleyebilir; "dosya" olarak gönderildiğinde (ataç 📎 → Dosya) orijinal korunur, böylece kontrolüm daha doğru olur. Telegram, botların 20 MB'a kadar dosya indirmesine izin verir. Bu yalnızca bu bota resim göndermekle ilgilidir; OKX'te yüklemeyi kendi uygulaması veya sitesi üzerinden yaparsın.
faq-send_as_file-keys = dosya olarak gönder, dosya olarak, belge olarak, sıkıştırmadan, sıkıştırma, telegram sıkıştırıyor, orijinal kalite, fotoğraf nasıl gönderilir, nasıl yüklerim, bota fotoğraf gönder, ekle, ek, ataç, resim gönder, dosya mı fotoğraf mı, kalite düşüyor, fotograf gonderme

faq-file_format_size-q = Hangi dosya formatı ve boyutu?
faq-file_format_size-a = OKX bireysel doğrulama için bir dosya boyutu ya da format sınırı yayımlamıyor; görebileceğin 20 MB PDF kuralı kurumsal (şirket) hesaplar içindir. Diğer servisler sınır koyar, örneğin Kraken 5 MB'ın, Onfido 10 MB'ın altını ister; bu yüzden normal bir kamera fotoğrafı (JPEG) en güvenli seçimdir. OKX uygulaması kamerayı açmayı önerdiğinde fotoğrafı uygulamanın içinden çek.
faq-file_format_size-keys = dosya boyutu, boyut sınırı, maksimum boyut, çok büyük, dosya çok büyük, mb, megabayt, format, dosya formatı, jpg, jpeg, png, pdf, heic, hangi format, yükleme hatası, yüklenmiyor, yükleyemiyorum, çözünürlük, boyut, dosya yuklenmiyor

faq-both_sides-q = Kartın iki yüzü de gerekli mi?
faq-both_sides-a = Evet. OKX belgenin ön ve arka yüzünü ve önemli bilgi içeren her sayfayı istiyor. Her yüz için bir tane olmak üzere iki ayrı fotoğraf gönder, aynı yüzü asla iki kez gönderme. Pasaportta fotoğraflı bilgi sayfasını, istenirse diğer sayfaları da gönder.
faq-both_sides-keys = iki yüzü, iki taraf, ön ve arka, ön arka, arka yüz, arka yüzü, arka taraf, ön yüz, diğer taraf, kimliğin arkası, kartın arkası, aynı yüz iki kez, sayfalar, hangi sayfa, pasaport sayfası, bilgi sayfası, fotoğraflı sayfa, arka yüz eksik, arkasi

faq-accepted_documents-q = Hangi belgeler kabul ediliyor?
faq-accepted_documents-a = OKX pasaport, ulusal kimlik kartı, ehliyet ya da devlet tarafından verilmiş başka bir fotoğraflı kimliği kabul eder, ancak tam liste ülkene göre değişir: Doğrulama formu senin ülken için seçenekleri gösterir. Belgede tam adın, doğum tarihin, veriliş ve son geçerlilik tarihleri ve net bir vesikalık fotoğraf olmalı ve süresi dolmamış olmalı. Seçmen kartı bazı ülkelerde desteklenmeyebilir; vize, öğrenci kartı ve çalışma izni kimlik belgesi değildir.
faq-accepted_documents-keys = hangi belgeler, hangi kimlik, kabul edilen belgeler, geçerli belgeler, belge türü, kimlik türü, pasaport, kimlik kartı, nüfus cüzdanı, tc kimlik, çipli kimlik, ehliyet, sürücü belgesi, ikamet izni, oturma izni, ne kullanabilirim, ne lazım, hangi evraklar, gerekli belgeler, kimlik kabul ediliyor mu

faq-unsupported_document-q = Belgem kabul edilmiyor
faq-unsupported_document-a = OKX'in hangi belgeleri kabul ettiği ülkene göre değişir. Doğrulama formunun senin ülken için sunduğu bir kimlik türünü seç; belge, seçtiğin ülke tarafından verilmiş olmalı. Seçmen kartı bazı ülkelerde desteklenmeyebilir; vize, öğrenci kartı ve çalışma izni kimlik belgesi olarak kabul edilmez. Kimliğin kabul edilmiyorsa onun yerine pasaport ya da ulusal kimlik kartı kullan.
faq-unsupported_document-keys = kabul edilmiyor, belge kabul edilmiyor, desteklenmiyor, geçersiz belge, yanlış belge, seçmen kartı, öğrenci kartı, öğrenci belgesi, vize, çalışma izni, askeri kimlik, banka kartı, eski nüfus cüzdanı, belge reddedildi, kimliğim kabul edilmiyor, yabancı pasaport, başka ülkenin belgesi, kabul edilmiyo, geçici kimlik

faq-expired_document-q = Süresi dolmuş belge olur mu?
faq-expired_document-a = Hayır. OKX süresi dolmuş belgeleri reddeder. Başka bir geçerli kimlik kullan ya da süresi dolanı yenile. Biraz daha geçerlilik süresi olan bir belge tercih et: Bazı doğrulama servisleri bir ay içinde süresi dolacak belgeyi de reddediyor.
faq-expired_document-keys = süresi dolmuş, süresi doldu, süresi geçmiş, son geçerlilik tarihi, geçerlilik tarihi, geçerlilik süresi, geçersiz, eski pasaport, eski kimlik, süresi bitmiş, süresi yakında doluyor, yenileme, yeniledim, suresi dolmus, tarihi geçmiş, expired, geçerli mi, geçerlilik bitti

faq-damaged_document-q = Belgem hasarlı
faq-damaged_document-a = OKX hasarsız bir belge istiyor. Çatlak, yıpranmış, delinmiş ya da köşesi kesilmiş bir belge veya vesikalığı ya da bilgileri okunamayan bir belge genellikle reddedilir. Varsa başka bir geçerli kimlik kullan ya da hasarlı olanı yenile.
faq-damaged_document-keys = hasarlı, kırık, çatlak, yırtık, yıpranmış, eskimiş, çizik, silik, solmuş, soyulmuş, bükülmüş, delik, delinmiş, köşesi kesik, ıslandı, su hasarı, kırık kart, hasarlı pasaport, hasarli kimlik

faq-unsigned_passport-q = Pasaportum imzasız
faq-unsigned_passport-a = OKX, imza alanı boş olan pasaportu geçersiz sayar. İmza alanına imzanı at, sonra pasaportun yeni bir fotoğrafını çek.
faq-unsigned_passport-keys = imza, imzala, imzalı, imzasız, imza yok, imzalanmamış, pasaportu imzalamak, imza alanı, imza eksik, nereye imza, imza atmadım, hamilin imzası, imza boş, imzasiz

faq-name_mismatch-q = Adım belgeyle uyuşmuyor
faq-name_mismatch-a = Adını belgede basıldığı gibi yaz: aynı yazım, aynı sıra, tüm ikinci adların dahil; takma ad kullanma, kendi kafana göre harf çevirisi yapma. Formda yerel dilde ad alanı varsa, adını oraya kimliğindekiyle aynı alfabeyle yaz. Adını artık düzenleyemiyorsan, düzeltmesi için OKX desteğine başvur.
faq-name_mismatch-keys = isim, ad soyad, isim uyuşmuyor, isim eşleşmiyor, ismim eşleşmiyor, yanlış isim, isim hatası, isimde yazım hatası, soyadı, soyisim, ikinci isim, göbek adı, kızlık soyadı, türkçe karakter, ş ç ğ ü, latin harf, isim sırası, ismi değiştir, ismi düzelt, isim uyusmuyor

faq-birthdate_mismatch-q = Doğum tarihim uyuşmuyor
faq-birthdate_mismatch-a = Yazdığın doğum tarihi, belgendekiyle birebir aynı olmalı ve belgede yazıyor olmalı. En yaygın hata gün ile ayın yer değiştirmesidir. Artık düzenleyemiyorsan, düzeltmesi için OKX desteğine başvur. Belgenin üzerinde basılı tarihin kendisi yanlışsa, belgeyi veren kurumdan düzeltilmiş bir belge alman gerekir.
faq-birthdate_mismatch-keys = doğum tarihi, dogum tarihi, doğum günü, doğum yılı, yanlış tarih, tarih hatası, yaş, gün ve ay, ay ve gün, gün ay karıştı, tarih formatı, tarih uyuşmuyor, tarih eşleşmiyor, yanlış doğum tarihi, dob, doğum tarihim yanlış

faq-dual_nationality-q = İki vatandaşlığım var
faq-dual_nationality-a = OKX, çifte vatandaşlardan kimlikleriyle en ilgili uyruğu seçmelerini istiyor. Ne seçersen seç, formdaki uyruk yüklediğin belgenin uyruğu olmalı: İspanyol pasaportunu yüklüyorsan İspanyol uyruğunu seç.
faq-dual_nationality-keys = çifte vatandaşlık, çift vatandaşlık, iki vatandaşlık, iki pasaport, ikinci pasaport, ikinci vatandaşlık, birden fazla vatandaşlık, hangi uyruk, hangi vatandaşlık, hangi pasaport, uyruk, vatandaşlık, iki ülke vatandaşı, cifte vatandaslik

faq-address_proof-q = Adres belgesi
faq-address_proof-a = OKX adres belgesini yalnızca bazı durumlarda ister. Belgede adın ve güncel adresin, yani formda yazdığın adresin aynısı görünmeli. Aslının net bir fotoğrafını (sayfanın tamamı, tüm köşeler) ya da düzenlendiği hâliyle PDF'ini gönder, ekran görüntüsü değil. Suudi Arabistan'da son 3 ay içinde düzenlenmiş olmalı; OKX'in belgenin ne kadar eski olabileceğine dair genel kuralı net değil, bu yüzden yeni tarihli bir belge en güvenlisidir. Posta kutusu (P.O. Box) kullanma.
faq-address_proof-keys = adres belgesi, adres kanıtı, ikametgah, ikametgâh belgesi, yerleşim yeri belgesi, fatura, elektrik faturası, su faturası, doğalgaz faturası, internet faturası, telefon faturası, banka ekstresi, hesap dökümü, adres, ikamet adresi, adres doğrulama, adres uyuşmuyor, eski adres, taşındım, kira sözleşmesi, e-devlet ikametgah, 3 ay, posta kutusu

faq-face_selfie_fail-q = Selfie ya da yüz doğrulama olmuyor
faq-face_selfie_fail-a = OKX'in önerileri: karanlık yerlerden ve kamerayı sallamaktan kaçın, yüzünü ovalin içine hizala, sonra başını dairenin etrafında yavaşça hareket ettir. Yüzünü ışığa dön (arkanda pencere olmasın); şapka, maske ya da güneş gözlüğü olmasın; telefon göz hizasında olsun. Uygulamanın kamera izni olmalı. Yine olmuyorsa uygulamayı güncelle, diğer uygulamaları kapat ya da başka bir telefon dene; bazı telefonlar yüz taramasında sorun yaşıyor. Bunu yalnızca hesap sahibi yapabilir.
faq-face_selfie_fail-keys = selfie, selfi, özçekim, yüz, yüz doğrulama, yüz tanıma, yüz taraması, canlılık testi, yüz algılanmadı, yüzümü tanımıyor, selfie başarısız, selfie reddedildi, oval, daire, başını çevir, kafanı çevir, kamera, ön kamera, video selfie, face id, biyometrik, yuz dogrulama

faq-glasses_hat_mask-q = Gözlük, şapka, maske olur mu?
faq-glasses_hat_mask-a = Hayır. OKX yüzünün hiçbir şeyle kapanmamasını istiyor: Gözlüğü, güneş gözlüğünü, şapkayı, kepi ve maskeyi çıkar, saçını yüzünden çek; böylece yüzünün tamamı ovalin içinde görünsün.
faq-glasses_hat_mask-keys = gözlük, gozluk, güneş gözlüğü, numaralı gözlük, şapka, kep, bere, kapüşon, maske, atkı, sakal, makyaj, saç, takabilir miyim, gözlükle olur mu, yüzü kapatmak, gözlüğü çıkar

faq-camera_permission-q = Kamera çalışmıyor
faq-camera_permission-a = OKX uygulamasının kamerayı kullanma izni olmalı. Telefonunun Ayarlar → Uygulamalar → OKX → İzinler bölümünü aç, Kamera'ya izin ver ve uygulamayı yeniden başlat. Tarayıcıdan doğruluyorsan siteye kamera izni ver ya da OKX uygulamasına geç. Kamerayı kullanan diğer uygulamaları kapat; hâlâ çalışmıyorsa uygulamayı güncelle ya da başka bir cihaz dene.
faq-camera_permission-keys = kamera, kamera çalışmıyor, kamera açılmıyor, siyah ekran, kamera izni, izin, kameraya izin ver, kamera erişimi, kamera yok, kamera hatası, uygulama çöküyor, uygulama donuyor, yükleniyor da kalıyor, tarayıcı, bilgisayar, laptop, webcam, eski telefon, telefon desteklenmiyor, kamera acilmiyor

faq-someone_else_selfie-q = Selfie'yi başkası çekebilir mi?
faq-someone_else_selfie-a = Hayır. Yüz doğrulamasını yalnızca hesap sahibi yapabilir ve yüz, hesaptaki kimlikle eşleşmelidir. Başkasının yüzüyle ya da belgeleriyle yapılan doğrulama başarısız olur. OKX hesabı isteyen herkes kendi doğrulamasını kendisi yapar.
faq-someone_else_selfie-keys = başkası, başka biri, başka kişi, arkadaşım, eşim, karım, kocam, annem, babam, kardeşim, aile üyesi, akraba, benim yerime, adına, arkadaşımın kimliği, başkasının kimliği, başkası için doğrulama, annemin hesabı, babamın kimliği, başkasi

faq-duplicate_account-q = Kimliğim başka hesapta kayıtlı
faq-duplicate_account-a = OKX kişi başına tek hesaba izin verir ve kimliğin başka bir hesapta zaten doğrulanmış. Yeniden göndermek işe yaramaz. O hesaba giriş yap ya da OKX'in hesap kurtarma işlemiyle hesabı geri al. O hesabı tanımıyorsan (biri kimliğini kullanmış olabilir), UID numaranla OKX desteğine başvur. Asla başkasının kimliğini kullanma, kendi kimliğini de kimseye verme.
faq-duplicate_account-keys = zaten kullanılmış, zaten doğrulanmış, kimlik kullanılmış, mükerrer, başka hesap, ikinci hesap, eski hesap, iki hesap, birden fazla hesap, yeni hesap, belge kullanılmış, zaten kayıtlı, başkası kullanmış, hesabımı kaybettim, hesabı unuttum, hesap kurtarma, eski hesabım, kimligim kullanilmis

faq-region_restricted-q = Ülkem desteklenmiyor
faq-region_restricted-a = OKX hangi hizmetlerin ve hangi OKX kuruluşunun sana hizmet vereceğine yalnızca vatandaşlığına göre değil, ikamet ettiğin ülkeye göre karar verir. Kısıtlı ülkeler OKX Hizmet Şartları'nın 2.2. bölümünde listelenir; listeyi orada oku, çünkü başka sitelerdeki listeler yanlış ya da eski olabilir. Bu, yeniden göndererek düzelmez; VPN ya da sahte adres de işe yaramaz. Bir hata olduğunu düşünüyorsan OKX desteğine başvur.
faq-region_restricted-keys = ülke, ülkem desteklenmiyor, ülke desteklenmiyor, kısıtlı ülke, yasaklı ülke, bölge, bölge kısıtlaması, kullanılamıyor, ülkemde yok, türkiye, ikamet, ikamet ülkesi, yetki alanı, yaptırım, abd, amerika, uygun değil, uygunluk, yaş, 18 yaş altı, hangi ülkeler

faq-vpn_or_travel-q = Yurt dışından ya da VPN ile?
faq-vpn_or_travel-a = Gerçek ikamet ülkeni belirt: OKX'te uygunluk nerede yaşadığına göre belirlenir. Nerede olduğunu gizlemek için VPN kullanma ve yanlış ikamet bilgisi verme. Bazı kullanıcılar, VPN'in ya da belirttikleri ikametten farklı bir konumun sorun çıkardığını söylüyor; bu resmî bir OKX kuralı değil, ama VPN'i kapatıp evden doğrulamak en güvenli seçimdir.
faq-vpn_or_travel-keys = vpn, proxy, ip, ip adresi, konum, yurt dışı, yurtdışı, yurtdışında, seyahat, tatil, gezi, başka ülke, yabancı ülke, yurtdışında yaşıyorum, gurbetçi, taşındım, ülke değiştirdim, farklı ülke, başka ülkede yaşıyorum, tor

faq-official_support-q = OKX desteğine nasıl ulaşırım?
faq-official_support-a = OKX ile yalnızca resmî kanallardan iletişime geç: OKX uygulamasında (Destek ya da yapay zekâ sohbet botu) veya okx.com'da Yardım Merkezi üzerinden. Onlara UID numaranı ver (profilinde yazar); şifreni ya da kodlarını asla verme. Telegram'da veya başka ağlarda sana ilk önce yazan "destek" hesaplarına dikkat et: Bunlar dolandırıcıdır. Bu bot OKX değildir ve senin adına destekle iletişime geçemez.
faq-official_support-keys = destek, müşteri hizmetleri, müşteri temsilcisi, canlı destek, canlı sohbet, chat, temsilci, gerçek kişi, biriyle konuşmak, destek e-posta, telefon numarası, çağrı merkezi, destek talebi, şikayet, nasıl iletişime geçerim, okx destek, okx ile iletişim, destek yanıt vermiyor, musteri hizmetleri, support

faq-scam_warning-q = Biri KYC'mi düzeltmeyi teklif ediyor
faq-scam_warning-a = Bu bir dolandırıcılık. Güvenilir hiç kimse doğrulamanın "kilidini açmak" ya da onu "hızlandırmak" için şifreni, 2FA veya SMS kodlarını, kurtarma ifadeni (seed phrase) ya da ödeme istemez. Bunları asla paylaşma ve asla ödeme yapma. OKX desteğine yalnızca OKX uygulamasından ya da okx.com'dan ulaş ve sana ilk önce yazıp yardım teklif eden herkesi dolandırıcı say.
faq-scam_warning-keys = dolandırıcı, dolandırıcılık, sahte destek, şifremi istedi, 2fa kodu, sms kodu, doğrulama kodu istedi, seed phrase, gizli kelimeler, kurtarma ifadesi, özel anahtar, para isteyen, ücretli doğrulama, hesap kilidini açma, doğrulamayı hızlandırma, onaylı hesap satın al, hesap satma, kyc hizmeti, dm, okx'ten mesaj, bu gerçek mi, scam

faq-about_bot-q = Sen kimsin? Bu bot OKX mi?
faq-about_bot-a = Ben KYC Doctor, bağımsız ve açık kaynaklı bir yardımcıyım. OKX değilim ve OKX ile bir bağlantım yok. OKX hesabını ya da doğrulamanı göremem, değiştiremem ya da hızlandıramam; yalnızca fotoğraflarını kontrol eder ve OKX'in yayımladığı kurallara göre neyi düzeltmen gerektiğini açıklarım. Şifrene, 2FA kodlarına ya da kurtarma ifadene asla ihtiyacım olmaz. Son söz OKX'in resmî belgelerinindir.
faq-about_bot-keys = sen kimsin, nesin, okx misin, bu okx mi, resmi mi, resmî, bot, bu bot, ne yapabilirsin, bu bot ne işe yarar, nasıl çalışıyor, beni doğrulayabilir misin, onaylayabilir misin, hızlandırabilir misin, insan mısın, gerçek mi, yardım

faq-bot_privacy-q = Fotoğraflarımla ne yapıyorsun?
faq-bot_privacy-a = Fotoğraflarını bellekte kontrol ederim; asla kaydetmem ya da log'a yazmam. Yalnızca konuşmamızın adımını, dilini, seçtiğin nedeni, belge türünü, kontrollerin sorun kodlarını ve her resmin 64 bitlik hash'ini (aynı resim iki kez gönderildiğinde fark etmem için resimden hesaplanan kısa bir sayı) saklarım. Fotoğraf, isim veya belge bilgisi saklanmaz: makinece okunabilir bölgeden okuduklarım sana bir kez gösterilir ve saklanmaz. Varsayılan depolamada (SQLite) bunlar sen /forget gönderene kadar kalır; bot Redis ile çalışıyorsa bir süre etkinlik olmayınca da silinir (REDIS_TTL_SECS, varsayılan 7 gün). Ben OKX değilim; hesabını göremem ve değiştiremem.
faq-bot_privacy-keys = gizlilik, verilerim, kişisel veriler, kvkk, saklıyor musun, kaydediyor musun, fotoğraflarımı saklıyor musun, depolama, sil, verilerimi sil, unut, forget, güvenli mi, güvenlik, fotoğraflarımı kim görüyor, pasaportumu kaydediyor musun, fotoğraflarım nereye gidiyor, gizlilik politikası

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX "Invalid document" diyor
faq-invalid_document-a = "Invalid document" (geçersiz belge) fotoğrafla değil belgenin kendisiyle ilgilidir. OKX şu nedenleri sayar: vesikalık fotoğraf yok ya da net değil, pasaport imzalı değil veya bazı ülkelerde yeni pasaport gerekiyor. Pasaportunuzun imza alanı boşsa imzalayın ve yeni fotoğraf çekin. Belgedeki fotoğraf silinmiş ya da okunmuyorsa elinizdeki başka bir resmi belgeyi (pasaport, kimlik kartı veya ehliyet) kullanın ya da belgeyi yenileyin. Hangi nedenin geçerli olduğunu bilmiyorsanız OKX desteğine sorun. Göndermeden önce yeni fotoğraflarınızı kontrol edebilirim.
faq-invalid_document-keys = invalid document, geçersiz belge, belge geçersiz, geçersiz kimlik, kimlik geçersiz, pasaport geçersiz, yeni pasaport gerekli, kimlikte fotoğraf yok, fotoğraf silinmiş, pasaport imzasız, invalid document diyor, gecersiz belge, nüfus cüzdanı geçersiz

faq-document_photo_rejected-q = "ID detection failed" ne?
faq-document_photo_rejected-a = Bu mesajlar belgenin kendisiyle değil, belgenin fotoğrafıyla ilgilidir. OKX "Invalid document photo"yu şöyle açıklar: bulanık, kesik, bilgileri kapalı ya da yanlış belge (ilgisiz bir kimlik veya adres belgesi). Eski "ID detection failed" ise belgenin görüntüde tanınamadığı anlamına gelir: aşırı ışık, yansıma veya belgenin tamamı görünmüyor. Yeniden çekin: orijinal belge (ekran görüntüsü veya fotokopi değil), koyu bir masada düz, dört köşe kadrajda, üzerinde parmak yok, yansımasız düzgün ışık, net. Önce fotoğrafı buraya gönderin, kontrol edeyim.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, kimlik algılanamadı, belge tanınmadı, kimlik fotoğrafı reddedildi, belge fotoğrafı reddedildi, kimliği algılamıyor, belge algılama hatası

faq-face_scan_loop-q = Yüz taraması döngüye giriyor
faq-face_scan_loop-a = OKX, yeniden başlayan, donan ya da "something went wrong" ile biten bir yüz taraması için belirli bir neden yayımlamıyor. OKX'in istedikleri: OKX uygulamasına kamera izni vermek, karanlık yerlerden ve telefonu sallamaktan kaçınmak, yüzün tamamını ovalin içine almak ve istendiğinde başı yavaşça daire şeklinde çevirmek. Işığa dönük durun, arkanızda pencere ya da lamba olmasın. Hâlâ döngüdeyse tarayıcı yerine OKX uygulamasını (ya da tersini) deneyin; bazı kişiler başka bir telefonun işe yaradığını söylüyor. Tarama hiç bitmiyorsa UID'nizle OKX desteğine yazın.
faq-face_scan_loop-keys = yüz taraması döngü, yüz tanıma yeniden başlıyor, yüz doğrulama donuyor, something went wrong, bir şeyler ters gitti, daire dönüp duruyor, selfie yeniden başlıyor, yüz taraması bitmiyor, sürekli yükleniyor, yuz tarama takiliyor

faq-head_covering-q = Başörtüsü veya türban olur mu?
faq-head_covering-a = OKX dini baş örtüleri (başörtüsü, türban, sarık, kipa ve diğerleri) hakkında bir kural yayımlamıyor. Kuralı şu: yüzü hiçbir şey kapatmamalı; yüzün tamamı ovalin içinde, üzerinde maske, güneş gözlüğü veya şapka olmadan. Bu yüzden en güvenlisi, yüzün tamamını saç çizgisinden çeneye kadar açık bırakan, gölgesiz ve iyi ışıkta bir örtü. Yüzün bir kısmını kapatan bir peçe (örneğin nikap) bu kurala uymaz. Tek tek durumlara OKX'in resmi desteği karar verir: emin değilseniz onlara sorun.
faq-head_covering-keys = başörtüsü, basortusu, türban, eşarp, sarık, kipa, peçe, nikap, tesettür, başörtüsüyle selfie, başörtüsünü çıkarmam gerekir mi, kimlik fotoğrafında başörtüsü, dini sebepler, başım kapalı
