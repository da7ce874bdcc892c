# What the photo checker found: short names and one fix step per issue code, where on the
# document a finding sits, and why a file could not be read at all. See locales/README.md.

## Document photo issues: issue-<code> (short name), issue-<code>-fix (one step for an ID photo)

issue-blurry = Buram
issue-blurry-fix = Fotonya buram: lap lensa, ketuk dokumen di layar untuk fokus, dan tahan ponsel tetap diam.
issue-glare = Silau
# $where is one of the region-* phrases below, e.g. "the top-right corner".
issue-glare-fix = Ada titik terang yang menutupi { $where } dokumen: matikan flash dan miringkan dokumen sedikit sampai pantulannya hilang.
issue-too_dark = Terlalu gelap
issue-too_dark-fix = Fotonya terlalu gelap: pindah ke tempat dengan cahaya terang dan merata, misalnya dekat jendela. Jangan pakai flash.
issue-too_bright = Terlalu terang
issue-too_bright-fix = Fotonya terlalu pucat: menjauh dari cahaya langsung, matikan HDR, dan ketuk dokumen di layar untuk mengatur pencahayaan.
issue-cut_off = Terpotong
issue-cut_off-fix = Sebagian dokumen berada di luar foto: mundur sedikit sampai keempat sudutnya terlihat, dengan sedikit ruang di sekitarnya.
issue-too_small = Dokumen terlalu kecil
issue-too_small-fix = Dokumen hanya mengisi sedikit bagian foto: dekatkan ponsel sampai dokumen memenuhi sebagian besar bingkai, dengan semua sudut tetap terlihat.
issue-low_resolution = Resolusi rendah
issue-low_resolution-fix = Piksel fotonya terlalu sedikit untuk membaca teks: ambil dengan kamera utama tanpa zoom, dan kirim foto aslinya, bukan salinan yang dikompres.
issue-tilted = Miring
issue-tilted-fix = Dokumen difoto dari sudut miring: letakkan dokumen rata dan pegang ponsel tepat di atasnya, sejajar dengan dokumen.
issue-grayscale = Hitam putih
issue-grayscale-fix = Fotonya hitam putih: OKX mewajibkan foto berwarna. Matikan filter apa pun dan foto dokumen asli dalam warna.
issue-screen_photo = Screenshot atau foto layar
issue-screen_photo-fix = Ini terlihat seperti screenshot atau foto dari layar: foto langsung dokumen fisiknya dengan kamera ponselmu.
issue-no_document = Dokumen tidak ditemukan
issue-no_document-fix = Aku tidak menemukan dokumen di foto: letakkan dokumen di permukaan polos yang warnanya kontras, dan isi sebagian besar bingkai dengan dokumen.
issue-mrz_unreadable = Zona baca mesin tidak terbaca
issue-mrz_unreadable-fix = Sistem verifikasi membaca baris-baris berisi ‹‹‹ di bagian bawah dokumen (zona baca mesin), dan saya tidak dapat membacanya: seluruh jalur harus ada di foto, tajam, dan tanpa silau. Dekatkan kamera, pegang ponsel dengan stabil, dan miringkan dokumen agar cahaya tidak memantul.
issue-document_uncertain = Tepi dokumen tidak jelas
issue-document_uncertain-fix = Aku tidak bisa melihat tepi dokumen dengan jelas, jadi aku tidak menilai apakah dokumen terpotong, terlalu kecil, atau miring: letakkan dokumen di permukaan polos yang lebih gelap lalu ambil foto lagi.

## Selfie issues

issue-no_face = Wajah tidak ditemukan
issue-no_face-fix = Aku tidak menemukan wajah: lihat lurus ke kamera, hadapkan wajah ke cahaya, dan pastikan seluruh wajah masuk ke bingkai.
issue-multiple_faces = Lebih dari satu wajah
issue-multiple_faces-fix = Ada lebih dari satu wajah di foto: ambil selfie sendirian, tanpa ada orang di belakangmu.
issue-face_too_small = Wajah terlalu jauh
issue-face_too_small-fix = Wajahmu terlalu jauh: dekatkan ponsel, sejajar mata, sampai wajahmu memenuhi oval.
issue-face_cut_off = Wajah terpotong
issue-face_cut_off-fix = Sebagian wajahmu berada di luar bingkai: pastikan seluruh kepala, dari dagu sampai rambut, masuk ke foto.
issue-face_off_center = Wajah tidak di tengah
issue-face_off_center-fix = Wajahmu jauh dari tengah: pegang ponsel tepat di depanmu dan posisikan wajah di tengah.
issue-backlit = Cahaya dari belakang
issue-backlit-fix = Latar belakang jauh lebih terang daripada wajahmu: berbaliklah sehingga kamu menghadap jendela atau lampu, bukan membelakanginya.
issue-uneven_light = Cahaya tidak merata
issue-uneven_light-fix = Satu sisi wajahmu jauh lebih gelap: hadapkan wajah langsung ke sumber cahaya agar kedua sisi sama terangnya.

## Selfie variants of the codes that apply to both kinds of photo

issue-selfie-blurry-fix = Selfie-nya buram: lap kamera depan, tahan ponsel tetap stabil sejajar mata, dan bergerak perlahan.
issue-selfie-too_dark-fix = Selfie-nya terlalu gelap: pindah ke tempat yang terang dan hadapkan wajah ke cahaya.
issue-selfie-too_bright-fix = Selfie-nya terlalu pucat: menjauh dari sinar matahari langsung atau lampu yang terlalu terang, dan pakai cahaya yang lembut dan merata.
issue-selfie-grayscale-fix = Selfie-nya hitam putih: matikan filter atau efek warna apa pun di kamera.
issue-selfie-low_resolution-fix = Piksel selfie-nya terlalu sedikit: pakai kamera ponsel secara langsung dan kirim foto aslinya, bukan salinan yang dikompres.

## Where on the document a finding sits (used as { $where } above)

region-top_left = sudut kiri atas
region-top = tepi atas
region-top_right = sudut kanan atas
region-left = tepi kiri
region-center = bagian tengah
region-right = tepi kanan
region-bottom_left = sudut kiri bawah
region-bottom = tepi bawah
region-bottom_right = sudut kanan bawah
# When the checker could not say where.
region-unknown = sebagian

## Files that could not be analysed at all (docs/contracts.md input error codes)

input-error-not_found = Aku tidak menemukan file itu. Periksa lokasi (path) file-nya lalu coba lagi.
input-error-unsupported_format = Aku tidak bisa membaca format gambar ini (misalnya foto HEIC dari iPhone). Kirim sebagai foto biasa di Telegram, atau simpan sebagai JPEG: di iPhone, Pengaturan → Kamera → Format → Paling Kompatibel.
input-error-corrupt = Aku tidak bisa membaca gambar ini: file-nya sepertinya rusak atau tidak lengkap. Ambil foto baru dan kirim lagi.
input-error-too_large = File ini terlalu besar untuk aku periksa. Kirim sebagai foto biasa, bukan file, atau kirim gambar yang lebih kecil.
input-error-too_many_pixels = Gambar ini punya terlalu banyak piksel untuk aku periksa. Kirim sebagai foto biasa (Telegram akan memperkecilnya), atau pakai resolusi kamera yang lebih rendah.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Isi dokumen Anda (dibaca dari zona baca mesin, hanya Anda yang melihat dan tidak disimpan):
mrz-block-surname = Nama keluarga: { $value }
mrz-block-given = Nama depan: { $value }
mrz-block-birth = Tanggal lahir: { $value }
mrz-block-expiry = Tanggal kedaluwarsa: { $value }
mrz-block-nationality = Kewarganegaraan: { $value }
mrz-block-number = Nomor dokumen: { $value }
mrz-block-advice = Masukkan data ini di formulir OKX persis seperti yang tercetak. Nama tidak punya digit pemeriksa, jadi cocokkan ejaannya dengan dokumen.
