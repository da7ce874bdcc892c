# The dialogue's own words. See locales/README.md. Plain text: no HTML or Markdown.
app-name = KYC Doctor

## Main menu
menu-welcome =
    Merhaba! Ben KYC Doctor 🩺 — OKX'te reddedilen kimlik doğrulamanı düzeltmene yardım ediyorum.

    OKX'in gösterdiği ret nedenini söyle, göndermeyi planladığın kimlik fotoğraflarını ve selfie'ni bana gönder; ben de onları kontrol edip yeniden göndermeden önce sana adım adım bir kontrol listesi vereyim.

    Ben bağımsız bir aracım, OKX değilim. Senden asla şifre, 2FA kodu ya da kurtarma ifadesi (seed phrase) istemem.
menu-again = Ne yapmak istersin?
btn-check = 🩺 Doğrulamamı düzelt
btn-faq = ❓ Sorular
btn-scam = ⚠️ Dolandırıcılık uyarısı
btn-language = 🌐 Dil
btn-privacy = 🔒 Gizlilik
btn-menu = ☰ Menü
btn-back = ← Geri
btn-continue = ↩ Devam et
btn-more-questions = ❓ Diğer sorular
btn-no-reason = Bir neden gösterilmedi
btn-skip = Bu fotoğrafı atla
btn-keep-photo = Bu fotoğrafla devam et
btn-retake-front = 🔄 Ön yüz
btn-retake-passport = 🔄 Fotoğraflı sayfa
btn-retake-back = 🔄 Arka yüz
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Tarihi kontrol et
btn-next-steps = ➡ Sonraki adımlar

## Reason
ask-family = OKX'in ret ekranında ne yazıyor? Orada görünen grubu seç; OKX yaşadığın yerde sana hizmet veremeyeceğini söylediyse “Bölge veya uygunluk”u seç.
family-data_mismatch = Bilgi uyuşmazlığı
family-image_quality = Geçersiz belge fotoğrafı
family-face_capture = Yüz tanıma
family-document = Gerekli belge
family-account = Bölge veya uygunluk
ask-reason = { $family }: Tam olarak hangi neden?
reason-final-note = ⛔ Yeniden göndermek bu sonucu değiştirmez. Bunun yerine şunları yap:

## Document and photos
ask-document = Hangi belgeyi göndereceksin?
doc-passport = Pasaport
doc-id_card = Kimlik kartı
doc-driver_license = Ehliyet
doc-residence_permit = İkamet izni
slot-front = belgenin ön yüzü
slot-passport = pasaportun fotoğraflı sayfası
slot-back = belgenin arka yüzü
slot-selfie = selfie
ask-photo-passport =
    📷 Pasaportunun bilgi sayfasının fotoğrafını gönder — OKX'e göndermeyi planladığın fotoğrafı.

    İpucu: Tam kalitede görebilmem için dosya olarak gönder (📎 → Dosya).
ask-photo-front =
    📷 Belgenin ön yüzünün fotoğrafını gönder — OKX'e göndermeyi planladığın fotoğrafı.

    İpucu: Tam kalitede görebilmem için dosya olarak gönder (📎 → Dosya).
ask-photo-back = 📷 Şimdi de belgenin arka yüzü.
ask-selfie = 🤳 Şimdi bir selfie: yüzün tam karşıdan, iyi ışıkta — OKX için nasıl çekeceksen öyle.
ask-selfie-optional = 🤳 Şimdi de selfie (kontrol etmemi istersen): yüzün tam karşıdan, iyi ışıkta. İstemezsen bu adımı atla.
ask-expiry = 📅 Belgende yazan son geçerlilik tarihini yaz, örneğin 15.03.2027.
photo-ok = ✅ { $slot }: iyi görünüyor.
photo-warn = ⚠️ { $slot }: kabul edilebilir ama daha iyi olabilir:
photo-fail = ❌ { $slot }: yeniden çekilmeli:
photo-same-again = 🔁 Bu, daha önce başarısız olan fotoğrafın aynısı. Lütfen yeni bir fotoğraf çek.
photo-retake-hint = Yerine yeni bir fotoğraf gönder ya da bununla devam et.
photo-not-expected = Şu anda bir fotoğraf beklemiyorum.
photo-checking = 🔍 Fotoğrafını kontrol ediyorum…
photo-queued = ⏳ Şu anda çok sayıda fotoğraf kontrol ediliyor; seninki sırada.
photo-too-small-compressed = Telegram bu fotoğrafı çok fazla sıkıştırmış. Sağlıklı bir kontrol için dosya olarak gönder (📎 → Dosya).
hint-waiting-photo = Bir fotoğraf bekliyorum: { $slot }.

## Summary
summary-title = 🩺 Sonuçların
summary-slot-ok = ✅ { $slot }: iyi
summary-slot-warn = ⚠️ { $slot }: daha iyi olabilir
summary-slot-fail = ❌ { $slot }: yeniden çek
summary-slot-skipped = ➖ { $slot }: kontrol edilmedi
summary-checklist-title = Kontrol listen, sırasıyla:

## FAQ and other screens
faq-menu-title = ❓ Bir soru seç ya da sorunu doğrudan yaz.
faq-no-match = Bunun için bir cevabım yok. Cevaplayabildiğim sorular şunlar:
faq-did-you-mean = Doğru anladığımdan emin değilim. Bunlardan birini mi demek istediniz?
smalltalk-greeting = Merhaba! 👋 OKX'in doğrulamanız hakkında ne dediğini yazın ya da sorunuzu sorun.
smalltalk-thanks = Rica ederim! Doğrulamanızda bol şans. 🍀
smalltalk-ack = 👍 İhtiyacınız olduğunda buradayım: bir fotoğraf gönderin ya da soru yazın.
smalltalk-bye = Hoşça kalın, bol şans! Tekrar kontrol etmek istediğinizde /start yazın.
language-choose = 🌐 Dilini seç:
language-set = ✅ Bundan sonra Türkçe konuşacağım.
help-text =
    OKX kimlik doğrulaması için göndermeyi planladığın fotoğrafları kontrol eder, neyi düzeltmen gerektiğini söylerim.

    /check — başla: neden → fotoğraflar → kontrol listesi
    /faq — sık sorulan sorular (ya da sorunu doğrudan yaz)
    /language — dili değiştir
    /privacy — neleri, ne kadar süre saklıyorum
    /forget — hakkında sakladığım her şeyi sil
    /cancel — dur ve menüye dön
privacy-text =
    🔒 Gizlilik

    • Fotoğrafların bellekte kontrol edilir ve hemen ardından silinir. Asla diske kaydedilmez veya log'a yazılmaz.
    • Belgenin makinece okunabilir bölgesinden okuduklarım (ad, tarihler, belge numarası) sana yalnızca bir kez, o yanıtta gösterilir; hiçbir zaman saklanmaz veya log'a yazılmaz.
    • Senin hakkında sakladıklarım: konuşmamızın adımı, dilin, seçtiğin neden, belge türü, her kontrolün sorun kodları (ölçülen değer ve resimdeki yeriyle) ve her resmin 64 bitlik hash'i: aynı resim iki kez gönderildiğinde fark etmem için resimden hesaplanan kısa bir sayı. Bundan resim yeniden oluşturulamaz. Fotoğraf, isim veya belge bilgisi saklanmaz.
    • Ne kadar süre: varsayılan depolamada (SQLite) sen /forget gönderene kadar. Bot Redis ile çalışıyorsa veriler ayrıca bir süre etkinlik olmayınca kendiliğinden silinir (REDIS_TTL_SECS, varsayılan 7 gün). /forget hepsini tek seferde siler.
    • Ben OKX değilim; hesabını göremem ve değiştiremem. Asla şifre, 2FA kodu ya da kurtarma ifadesi (seed phrase) istemem — isteyen herkes dolandırıcıdır.
    • Yalnızca özel sohbetlerde çalışırım; gruplarda fotoğraflara bakmam.
forget-done = 🗑 Tamam: Hakkında sakladığım her şeyi sildim. Yeniden başlamak için /start gönder.
cancel-done = Tamam, durdurdum.

## Things I can't use
media-sticker = Güzel çıkartma! Ama bana belgenin fotoğrafı, bir selfie ya da yazıyla bir soru lazım.
media-voice = Sesli mesajları dinleyemiyorum. Lütfen sorunu yazarak gönder.
media-video = Videoları kontrol edemiyorum. Lütfen bir fotoğraf gönder.
media-private-data = Lütfen bana konum ya da kişi gönderme — bunlara ihtiyacım yok.
media-not-image = Bu dosya bir görüntü değil. Lütfen JPEG veya PNG formatında bir fotoğraf gönder.
media-other = Bu tür bir mesajı kullanamıyorum.

## Telegram
group-private-only = 🔒 Belgelerin gizli kalsın diye yalnızca özel sohbetlerde çalışıyorum. Bana doğrudan yaz.
error-apology = 😔 Üzgünüm, benim tarafımda bir şeyler ters gitti. İlerlemen kayıtlı — lütfen tekrar dene.
rate-limited = ⏳ Biraz yavaş lütfen — birkaç saniye sonra tekrar dene.
session-restarted = ♻️ Güncellendim ve konuşmamızı yeniden başlatmak zorunda kaldım. Kusura bakma! Haydi baştan başlayalım.
cmd-start = Baştan başla
cmd-help = Nasıl çalışırım
cmd-check = Fotoğraflarımı kontrol et
cmd-faq = Sık sorulan sorular
cmd-language = Dili değiştir
cmd-privacy = Neleri saklıyorum
cmd-forget = Verilerimi sil
cmd-cancel = Dur ve menüye dön
edit-not-seen = Yalnızca yeni mesajları okuyorum, düzenlemeleri değil. Lütfen yeni bir mesaj olarak tekrar gönder.
album-received =
    { $count ->
        [one] 📚 Albümündeki fotoğrafı kontrol ettim:
       *[other] 📚 Albümündeki { $count } fotoğrafı sırayla kontrol ettim:
    }
photo-forwarded = ↪️ Bu fotoğraf iletilmiş. OKX için iletilmiş bir kopya değil, kameranla çektiğin orijinal fotoğrafı kullan.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Bu fotoğrafta ne olduğunu anlayamadım. Belgen mi, yoksa selfie mi?
btn-photo-is-id = 🪪 Belgem
btn-photo-is-selfie = 🤳 Selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } ekran görüntüsü ya da bir ekranın fotoğrafı gibi görünüyor. OKX hiçbir tür ekran görüntüsünü kabul etmez: belgenin aslını kamerayla çek.
photo-same-as-other-side = 🔁 Bu, { $other } ile aynı görsel. Lütfen şunun fotoğrafını gönder: { $slot }.
btn-invalid-selfie = Geçersiz selfie

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Bitiş tarihi yok
btn-skip-date = Bu adımı atla
