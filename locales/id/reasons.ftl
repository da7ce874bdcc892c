# Rejection reasons: button label, what OKX means by it, and the ordered fix steps.
# See locales/README.md. Facts come only from docs/kyc-knowledge.md.
# Labels are buttons: keep them ≤ 30 characters.

## photo_blurry

reason-photo_blurry = Buram/tidak terbaca
reason-photo_blurry-about = Foto dokumen kurang tajam sehingga tidak bisa dibaca. OKX meminta foto dokumen yang tajam dan bisa dibaca.
reason-photo_blurry-step-1 = Lap lensa kamera dengan kain lembut.
reason-photo_blurry-step-2 = Letakkan dokumen rata di meja dan pegang ponsel sejajar dengannya, sekitar 15–25 cm di atasnya.
reason-photo_blurry-step-3 = Pakai kamera belakang utama tanpa zoom digital, lalu ketuk dokumen di layar untuk fokus.
reason-photo_blurry-step-4 = Tahan ponsel tetap diam di tempat yang terang saat memotret.
reason-photo_blurry-step-5 = Perbesar hasilnya: setiap huruf dan angka harus terbaca, dan di paspor kedua baris kode mesin (MRZ) di bagian bawah juga harus terbaca.
reason-photo_blurry-step-6 = Unggah foto asli dari kamera, bukan salinan yang diteruskan atau dikompres.

## photo_glare

reason-photo_glare = Silau atau pantulan
reason-photo_glare-about = Pantulan cahaya terang menutupi sebagian dokumen. OKX meminta foto tanpa silau, dan pemeriksaannya gagal jika ada pantulan.
reason-photo_glare-step-1 = Matikan flash.
reason-photo_glare-step-2 = Menjauh dari lampu dan sinar matahari langsung; cahaya siang yang lembut dari samping paling bagus.
reason-photo_glare-step-3 = Keluarkan dokumen dari sampul atau plastik pelindung apa pun.
reason-photo_glare-step-4 = Miringkan dokumen sedikit sampai tidak ada titik terang di teks, pasfoto, atau hologram.
reason-photo_glare-step-5 = Kartu yang dilaminasi paling mudah memantulkan cahaya: ambil beberapa foto dari sudut berbeda dan pilih yang tidak silau.

## photo_exposure

reason-photo_exposure = Terlalu gelap/terang
reason-photo_exposure-about = Foto terlalu gelap atau terlalu pucat (overexposed) sehingga tidak terbaca. Pemeriksaan dokumen OKX gagal pada foto yang terlalu terang.
reason-photo_exposure-step-1 = Cari cahaya yang terang, merata, dan tidak langsung, misalnya dekat jendela tetapi tidak terkena sinar matahari langsung.
reason-photo_exposure-step-2 = Hindari cahaya kuat dari belakang dokumen, dan jangan sampai bayangan ponsel jatuh di atasnya.
reason-photo_exposure-step-3 = Jangan memperbaiki foto gelap dengan flash (itu menimbulkan silau); pindahlah ke tempat yang lebih terang.
reason-photo_exposure-step-4 = Kalau foto terlihat pucat, matikan mode HDR, malam, dan beauty, lalu ketuk dokumen di layar untuk mengatur pencahayaan.

## photo_cut_off

reason-photo_cut_off = Terpotong/tertutup
reason-photo_cut_off-about = Sebagian dokumen berada di luar foto atau tertutup. OKX meminta semua sudut terlihat dan tidak ada apa pun yang menutupi dokumen, bahkan jari.
reason-photo_cut_off-step-1 = Masukkan seluruh dokumen ke dalam bingkai dengan sedikit ruang di setiap sisi, tapi tetap memenuhi sebagian besar bingkai.
reason-photo_cut_off-step-2 = Pastikan keempat sudut terlihat: letakkan kartu di meja agar tidak ada jari yang menutupinya.
reason-photo_cut_off-step-3 = Gunakan latar polos yang warnanya kontras dengan dokumen.
reason-photo_cut_off-step-4 = Jangan memotong (crop) foto setelahnya.
reason-photo_cut_off-step-5 = Paspor: tampilkan seluruh halaman data, termasuk kedua baris kode mesin (MRZ) di bagian bawah.

## not_original

reason-not_original = Screenshot/salinan/edit
reason-not_original-about = Foto tersebut bukan foto berwarna dari dokumen asli. OKX tidak menerima screenshot, fotokopi, foto dari foto, atau gambar yang diedit.
reason-not_original-step-1 = Foto langsung dokumen fisiknya dengan kamera ponselmu.
reason-not_original-step-2 = Jangan kirim screenshot, hasil scan, fotokopi, cetakan, KTP digital/ID digital, atau foto dari layar.
reason-not_original-step-3 = Kirim foto berwarna, jangan pernah hitam putih.
reason-not_original-step-4 = Jangan edit foto: tanpa filter, crop, stiker, bagian yang diburamkan, atau catatan.
reason-not_original-step-5 = Ambil foto baru, jangan mengunggah ulang foto yang sudah ditolak; beberapa layanan verifikasi menandai gambar yang pernah ditolak.

## wrong_document

reason-wrong_document = Dokumen atau sisi salah
reason-wrong_document-about = Jenis dokumen tidak diterima, atau ada sisi atau halaman yang kurang. Dokumen yang diterima OKX tergantung negaramu.
reason-wrong_document-step-1 = Pilih jenis identitas yang ditawarkan OKX untuk negaramu di formulir verifikasi; visa, kartu pelajar/mahasiswa, dan izin kerja bukan dokumen identitas.
reason-wrong_document-step-2 = Negara penerbit dokumen harus sama dengan negara yang kamu pilih.
reason-wrong_document-step-3 = Untuk kartu identitas atau SIM, kirim sisi depan dan belakang sebagai dua foto terpisah, jangan pernah sisi yang sama dua kali.
reason-wrong_document-step-4 = Untuk paspor, kirim halaman data yang ada fotomu, ditambah halaman penting lainnya jika diminta.
reason-wrong_document-step-5 = Unggah setiap file di tempat yang benar: dokumen identitas di bagian identitas, bukti alamat di bagian alamat.

## document_invalid

reason-document_invalid = Dokumen tidak valid
reason-document_invalid-about = Dokumennya sendiri tidak diterima: sudah kedaluwarsa, tidak ditandatangani, rusak, atau pasfotonya tidak jelas. OKX meminta dokumen yang masih berlaku dan tidak rusak.
reason-document_invalid-step-1 = Cek tanggal kedaluwarsanya. Sebaiknya pakai dokumen yang masa berlakunya masih lama: beberapa layanan verifikasi menolak dokumen yang akan habis dalam sebulan.
reason-document_invalid-step-2 = Jika kolom tanda tangan di paspormu masih kosong, tanda tangani dulu sebelum memotretnya.
reason-document_invalid-step-3 = Pastikan pasfoto dan tanggal lahir ada dan terlihat jelas.
reason-document_invalid-step-4 = Jika dokumen retak, usang, berlubang, atau sudutnya terpotong, pakai identitas lain yang masih berlaku atau perpanjang/perbarui dokumennya.
reason-document_invalid-step-5 = Jika OKX meminta paspor baru di negaramu, perbarui paspormu terlebih dahulu.

## data_mismatch

reason-data_mismatch = Data tidak cocok
reason-data_mismatch-about = Data yang kamu ketik di formulir (nama, tanggal lahir, nomor identitas, kewarganegaraan) tidak cocok dengan dokumen.
reason-data_mismatch-step-1 = Bandingkan setiap kolom yang kamu isi dengan dokumen, satu per satu.
reason-data_mismatch-step-2 = Ketik nama persis seperti yang tercetak: ejaan sama, urutan sama, termasuk nama tengah; tanpa nama panggilan dan tanpa mengubah ejaan sendiri.
reason-data_mismatch-step-3 = Jika formulir punya kolom nama dalam bahasa lokal, ketik nama di sana dengan aksara yang sama seperti di identitasmu.
reason-data_mismatch-step-4 = Tanggal lahir: periksa urutan tanggal dan bulan.
reason-data_mismatch-step-5 = Nomor identitas: lengkap, tanpa spasi; jangan tertukar antara huruf O dan angka 0, atau huruf I dan angka 1.
reason-data_mismatch-step-6 = Jika kamu punya dua kewarganegaraan, pilih kewarganegaraan sesuai dokumen yang kamu unggah.
reason-data_mismatch-step-7 = Negara tempat tinggal: tempat kamu benar-benar tinggal.
reason-data_mismatch-step-8 = Jika data sudah tidak bisa diedit, minta CS OKX untuk memperbaikinya.

## selfie_failed

reason-selfie_failed = Selfie/wajah gagal
reason-selfie_failed-about = Pemindaian wajah tidak bisa diselesaikan atau wajah kurang jelas. OKX meminta seluruh wajahmu berada di dalam oval, dengan cahaya yang bagus, tanpa goyang.
reason-selfie_failed-step-1 = Hadapkan wajah ke arah cahaya: jangan ada jendela atau lampu di belakangmu.
reason-selfie_failed-step-2 = Lepas topi, masker, atau kacamata hitam, dan jauhkan rambut dari wajah.
reason-selfie_failed-step-3 = Pegang ponsel sejajar mata, dengan wajah di dalam oval.
reason-selfie_failed-step-4 = Tahan posisi, lalu putar kepala perlahan saat aplikasi memintanya.
reason-selfie_failed-step-5 = Izinkan akses kamera, update aplikasi OKX, dan tutup aplikasi lain; jika masih gagal, coba pakai ponsel lain.
reason-selfie_failed-step-6 = Lakukan sendiri: hanya pemilik akun yang boleh melakukan verifikasi wajah.

## face_mismatch

reason-face_mismatch = Wajah tidak cocok
reason-face_mismatch-about = Wajah di selfie tidak cocok dengan pasfoto di dokumen.
reason-face_mismatch-step-1 = Hanya pemilik akun yang boleh mengambil selfie.
reason-face_mismatch-step-2 = Pakai identitasmu yang paling baru, agar pasfotonya mirip dengan wajahmu sekarang.
reason-face_mismatch-step-3 = Pastikan pasfoto di foto dokumen tajam dan tidak silau.
reason-face_mismatch-step-4 = Pasang ekspresi netral, tanpa kacamata atau topi.
reason-face_mismatch-step-5 = Jika masih gagal, hubungi CS OKX: beberapa layanan verifikasi menganggap wajah yang tidak cocok sebagai keputusan final.

## duplicate_identity

reason-duplicate_identity = ID sudah diverifikasi
reason-duplicate_identity-about = Identitas ini sudah terverifikasi di akun OKX lain. OKX hanya mengizinkan satu akun per orang, jadi mengajukan ulang tidak akan membantu.
reason-duplicate_identity-step-1 = OKX hanya mengizinkan satu akun per orang, dan identitasmu sudah terhubung ke akun lain.
reason-duplicate_identity-step-2 = Login ke akun tersebut, atau pulihkan lewat fitur pemulihan akun OKX.
reason-duplicate_identity-step-3 = Jika kamu tidak tahu akun itu (mungkin ada yang memakai identitasmu), hubungi CS OKX dengan menyertakan UID-mu.
reason-duplicate_identity-step-4 = Jangan pernah memakai identitas orang lain, dan jangan pernah meminjamkan identitasmu.

## not_eligible

reason-not_eligible = Wilayah atau kelayakan
reason-not_eligible-about = OKX tidak bisa memverifikasimu untuk akun ini, misalnya karena tempat tinggalmu. Mengajukan ulang tidak akan mengubahnya.
reason-not_eligible-step-1 = Baca bagian 2.2 Ketentuan Layanan (Terms of Service) OKX dan cek entitas OKX mana yang melayani negara tempat tinggalmu.
reason-not_eligible-step-2 = Kelayakan ditentukan oleh tempat tinggalmu, bukan hanya kewarganegaraanmu.
reason-not_eligible-step-3 = Jangan pakai VPN dan jangan mencantumkan tempat tinggal palsu.
reason-not_eligible-step-4 = Jika menurutmu ini keliru (misalnya kamu sudah pindah), hubungi CS OKX dengan UID dan bukti tempat tinggalmu, dan jangan terus-menerus mengajukan ulang.

## address_proof

reason-address_proof = Bukti alamat
reason-address_proof-about = Bukti alamat tidak diterima. Dokumen itu harus menunjukkan namamu dan alamatmu saat ini, yaitu alamat yang sama dengan yang kamu ketik di formulir.
reason-address_proof-step-1 = Gunakan dokumen yang mencantumkan namamu dan alamat tempat tinggalmu saat ini.
reason-address_proof-step-2 = Alamatnya harus persis sama dengan yang kamu ketik di formulir.
reason-address_proof-step-3 = Gunakan dokumen terbaru: diterbitkan dalam 3 bulan terakhir jika OKX menetapkan batas (misalnya di Arab Saudi).
reason-address_proof-step-4 = Kirim foto dokumen asli (seluruh halaman, semua sudut) atau PDF aslinya seperti yang diterbitkan; jangan screenshot.
reason-address_proof-step-5 = Jangan gunakan alamat kotak pos (P.O. Box).

## unknown

reason-unknown = Tidak ada alasan
reason-unknown-about = OKX tidak menampilkan alasannya. Biasanya alasan ada di email atau SMS dari OKX, beserta link untuk mengajukan ulang.
reason-unknown-step-1 = Baca email atau SMS dari OKX tentang verifikasi: di situ tertulis alasannya dan ada link untuk mengajukan ulang.
reason-unknown-step-2 = Buka halaman verifikasi di aplikasi OKX dan cari alasannya di sana.
reason-unknown-step-3 = Jika tidak ada, cek penyebab umum ini berurutan: screenshot, salinan, atau foto hitam putih; sudut yang terpotong; foto buram; silau; tanggal kedaluwarsa; data yang kamu ketik; selfie.
reason-unknown-step-4 = Kirim foto identitas dan selfie-mu ke bot ini untuk diperiksa.
reason-unknown-step-5 = Jika masih belum jelas, atau belum ada hasil setelah 24 jam, hubungi CS OKX.
reason-invalid-expiry = Tgl kedaluwarsa salah
