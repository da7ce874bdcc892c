# The dialogue's own words. See locales/README.md. Plain text: no HTML or Markdown.
app-name = KYC Doctor

## Main menu
menu-welcome =
    Hai! Aku KYC Doctor 🩺 — aku bantu kamu memperbaiki verifikasi identitas (KYC) OKX yang ditolak.

    Beri tahu alasan penolakan yang ditampilkan OKX, lalu kirim foto identitas dan selfie yang akan kamu kirim ke OKX. Aku akan memeriksanya dan memberimu daftar langkah yang berurutan sebelum kamu mengajukan ulang.

    Aku alat independen, bukan OKX. Aku tidak pernah meminta kata sandi, kode 2FA, atau seed phrase.
menu-again = Apa yang ingin kamu lakukan?
btn-check = 🩺 Perbaiki verifikasiku
btn-faq = ❓ Pertanyaan
btn-scam = ⚠️ Waspada penipuan
btn-language = 🌐 Bahasa
btn-privacy = 🔒 Privasi
btn-menu = ☰ Menu
btn-back = ← Kembali
btn-continue = ↩ Lanjutkan
btn-more-questions = ❓ Pertanyaan lain
btn-no-reason = Alasan tidak ditampilkan
btn-skip = Lewati foto ini
btn-keep-photo = Pakai foto ini, lanjut
btn-retake-front = 🔄 Sisi depan
btn-retake-passport = 🔄 Halaman foto
btn-retake-back = 🔄 Sisi belakang
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Cek masa berlaku
btn-next-steps = ➡ Langkah berikutnya

## Reason
ask-family = Apa tulisan di layar penolakan OKX? Pilih grup yang tampil, atau “Wilayah atau kelayakan” kalau OKX bilang tidak bisa melayanimu di tempat tinggalmu.
family-data_mismatch = Data tidak cocok
family-image_quality = Foto dokumen tidak valid
family-face_capture = Pengenalan wajah
family-document = Dokumen wajib
family-account = Wilayah atau kelayakan
ask-reason = { $family }: alasan yang mana tepatnya?
reason-final-note = ⛔ Mengajukan ulang tidak akan mengubah hasil ini. Sebaiknya lakukan ini:

## Document and photos
ask-document = Dokumen apa yang akan kamu kirim?
doc-passport = Paspor
doc-id_card = KTP / kartu identitas
doc-driver_license = SIM
doc-residence_permit = Izin tinggal
slot-front = bagian depan dokumen
slot-passport = halaman foto paspor
slot-back = bagian belakang dokumen
slot-selfie = selfie
ask-photo-passport =
    📷 Kirim foto halaman data paspormu — foto yang akan kamu kirim ke OKX.

    Tips: kirim sebagai file (📎 → File) agar aku bisa melihatnya dalam kualitas penuh.
ask-photo-front =
    📷 Kirim foto bagian depan dokumenmu — foto yang akan kamu kirim ke OKX.

    Tips: kirim sebagai file (📎 → File) agar aku bisa melihatnya dalam kualitas penuh.
ask-photo-back = 📷 Sekarang bagian belakang dokumen.
ask-selfie = 🤳 Sekarang selfie: wajahmu menghadap lurus ke kamera, dengan cahaya yang bagus — seperti yang akan kamu ambil untuk OKX.
ask-selfie-optional = 🤳 Sekarang selfie, kalau kamu mau aku memeriksanya juga: wajah menghadap lurus ke kamera, dengan cahaya yang bagus. Atau lewati saja.
ask-expiry = 📅 Ketik tanggal kedaluwarsa (berlaku hingga) yang tercetak di dokumenmu, misalnya 15.03.2027. Kalau tertulis SEUMUR HIDUP, ketik saja itu.
photo-ok = ✅ Foto { $slot } terlihat bagus.
photo-warn = ⚠️ Foto { $slot } mungkin lolos, tapi bisa lebih baik:
photo-fail = ❌ Foto { $slot } perlu diambil ulang:
photo-same-again = 🔁 Ini foto yang sama dengan yang gagal sebelumnya. Tolong ambil foto baru.
photo-retake-hint = Kirim foto baru sebagai gantinya, atau pakai foto ini.
photo-not-expected = Aku sedang tidak menunggu foto.
photo-checking = 🔍 Sedang memeriksa fotomu…
photo-queued = ⏳ Banyak foto sedang diperiksa saat ini; fotomu masuk antrean.
photo-too-small-compressed = Telegram mengompres foto ini terlalu banyak. Agar pemeriksaannya akurat, kirim sebagai file (📎 → File).
hint-waiting-photo = Aku menunggu foto: { $slot }.

## Summary
summary-title = 🩺 Hasilmu
summary-slot-ok = ✅ { $slot }: bagus
summary-slot-warn = ⚠️ { $slot }: bisa lebih baik
summary-slot-fail = ❌ { $slot }: ambil ulang
summary-slot-skipped = ➖ { $slot }: tidak diperiksa
summary-checklist-title = Daftar langkahmu, berurutan:

## FAQ and other screens
faq-menu-title = ❓ Pilih pertanyaan, atau langsung ketik pertanyaanmu.
faq-no-match = Aku belum punya jawaban untuk itu. Ini pertanyaan yang bisa aku jawab:
faq-did-you-mean = Aku kurang yakin paham maksudmu. Apakah maksudmu salah satu dari ini?
smalltalk-greeting = Halo! 👋 Ceritakan apa kata OKX soal verifikasimu, atau ketik pertanyaanmu.
smalltalk-thanks = Sama-sama! Semoga verifikasimu lancar. 🍀
smalltalk-ack = 👍 Aku di sini kalau dibutuhkan: kirim foto atau ketik pertanyaan.
smalltalk-bye = Sampai jumpa, semoga berhasil! Ketik /start kapan pun mau cek lagi.
language-choose = 🌐 Pilih bahasamu:
language-set = ✅ Mulai sekarang aku pakai bahasa Indonesia.
help-text =
    Aku memeriksa foto yang akan kamu kirim untuk verifikasi identitas OKX dan memberi tahu apa yang perlu diperbaiki.

    /check — mulai: alasan → foto → daftar langkah
    /faq — pertanyaan umum (atau langsung ketik pertanyaanmu)
    /language — ganti bahasa
    /privacy — apa yang aku simpan dan berapa lama
    /forget — hapus semua yang aku simpan tentangmu
    /cancel — berhenti dan kembali ke menu
privacy-text =
    🔒 Privasi

    • Fotomu diperiksa di memori dan langsung dibuang setelahnya. Foto tidak pernah disimpan ke disk atau dicatat di log.
    • Apa yang aku baca dari zona baca mesin dokumenmu (nama, tanggal, nomor dokumen) ditampilkan kepadamu sekali, dalam balasan itu, dan tidak pernah disimpan atau dicatat di log.
    • Yang aku simpan tentangmu: langkah percakapan kita, bahasamu, alasan yang kamu pilih, jenis dokumen, kode masalah dari setiap pemeriksaan (dengan nilai yang diukur dan letaknya di gambar), dan hash 64-bit dari setiap gambar: angka pendek yang dihitung dari gambar itu supaya aku tahu kalau gambar yang sama dikirim dua kali. Gambarnya tidak bisa dibuat ulang dari angka itu. Tidak ada foto, nama, atau data dokumen yang disimpan.
    • Berapa lama: di penyimpanan bawaan (SQLite), sampai kamu mengirim /forget. Kalau bot berjalan dengan Redis, data juga terhapus sendiri setelah beberapa waktu tanpa aktivitas (REDIS_TTL_SECS, bawaannya 7 hari). /forget menghapus semuanya sekaligus.
    • Aku bukan OKX dan tidak bisa melihat atau mengubah akunmu. Aku tidak pernah meminta kata sandi, kode 2FA, atau seed phrase — siapa pun yang memintanya adalah penipu.
    • Aku hanya bekerja di chat pribadi; di grup aku tidak melihat foto.
forget-done = 🗑 Selesai: semua yang aku simpan tentangmu sudah dihapus. Kirim /start untuk mulai lagi.
cancel-done = Oke, dihentikan.

## Things I can't use
media-sticker = Stikernya lucu! Tapi aku butuh foto dokumenmu, selfie, atau pertanyaan dalam bentuk teks.
media-voice = Aku tidak bisa mendengarkan pesan suara. Tolong ketik pertanyaanmu.
media-video = Aku tidak bisa memeriksa video. Tolong kirim foto.
media-private-data = Tolong jangan kirimi aku lokasi atau kontak — aku tidak membutuhkannya.
media-not-image = File ini bukan gambar. Tolong kirim foto JPEG atau PNG.
media-other = Aku tidak bisa memakai jenis pesan ini.

## Telegram
group-private-only = 🔒 Aku hanya bekerja di chat pribadi, supaya dokumenmu tetap privat. Kirimi aku pesan langsung.
error-apology = 😔 Maaf, ada yang salah di sisiku. Progresmu tetap tersimpan — coba lagi, ya.
rate-limited = ⏳ Pelan-pelan sedikit, ya — coba lagi beberapa detik lagi.
session-restarted = ♻️ Aku baru diperbarui dan harus memulai ulang percakapan kita. Maaf! Yuk, mulai lagi.
cmd-start = Mulai dari awal
cmd-help = Cara kerjaku
cmd-check = Periksa fotoku
cmd-faq = Pertanyaan umum
cmd-language = Ganti bahasa
cmd-privacy = Apa yang aku simpan
cmd-forget = Hapus dataku
cmd-cancel = Berhenti dan ke menu
edit-not-seen = Aku hanya membaca pesan baru, bukan pesan yang diedit. Tolong kirim lagi sebagai pesan baru.
album-received =
    { $count ->
        [1] 📚 Aku sudah memeriksa foto dari album kamu:
       *[other] 📚 Aku sudah memeriksa { $count } foto dari album kamu, sesuai urutan:
    }
photo-forwarded = ↪️ Foto ini hasil terusan (forward). Untuk OKX, pakai foto asli dari kamera kamu, bukan salinan yang diteruskan.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Aku tidak bisa memastikan isi foto ini. Ini dokumenmu atau selfie?
btn-photo-is-id = 🪪 Dokumenku
btn-photo-is-selfie = 🤳 Selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } terlihat seperti tangkapan layar atau foto dari layar. OKX tidak menerima tangkapan layar apa pun: foto dokumen aslinya dengan kamera.
photo-same-as-other-side = 🔁 Ini gambar yang sama dengan { $other }. Kirim foto { $slot }.
btn-invalid-selfie = Selfie tidak valid

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Tidak ada masa berlaku
btn-skip-date = Lewati langkah ini
