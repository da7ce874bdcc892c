# The FAQ: faq-<id>-q (the question; also a button label, so short), faq-<id>-a (the answer, plain
# text, phone-friendly, at most ~900 characters), faq-<id>-keys (comma-separated words and phrases
# people use for this question in THIS language, with synonyms, slang and common misspellings; the
# free-text matcher indexes them). Translators: write keys the way people in your language really
# type, not a translation of the English list.
# Facts come only from docs/kyc-knowledge.md. Where OKX publishes no rule, say so.

faq-common_causes-q = Kenapa aku ditolak?
faq-common_causes-a = Penyebab paling umum, kira-kira sesuai urutan untuk dicek:
    1. Screenshot, fotokopi, foto dari layar, atau foto hitam putih, bukan foto berwarna dari dokumen asli.
    2. Sudut dokumen terpotong atau tertutup jari.
    3. Foto buram.
    4. Silau di teks atau pasfoto.
    5. Dokumen kedaluwarsa atau rusak.
    6. Data yang diketik (nama, tanggal lahir, nomor identitas) berbeda dengan dokumen.
    7. Selfie gagal: ruangan gelap, goyang, wajah di luar oval.
    8. Identitas sudah dipakai di akun lain, atau negara tempat tinggal yang tidak bisa dilayani OKX.
    Email dari OKX menyebutkan alasannya. Beri tahu aku alasannya, nanti aku berikan daftar langkahnya.
faq-common_causes-keys = kenapa ditolak, kenapa verifikasi ditolak, verifikasi ditolak, kyc ditolak, kyc gagal, verifikasi gagal, verif gagal, verif ditolak, alasan ditolak, penyebab ditolak, tidak disetujui, ga lolos, gak lolos, tidak lolos, knp ditolak, kok ditolak, ditolak lagi, salah apa, kenapa gagal, kyc reject, direject, verifikasi identitas gagal, gagal kyc

faq-no_reason_shown-q = Tidak ada alasan penolakan
faq-no_reason_shown-a = OKX mengirim alasan kegagalan lewat email, beserta link untuk mengajukan ulang. Cek kotak masuk dan folder spam untuk pesan dari OKX, juga SMS dan halaman verifikasi di aplikasi OKX. Kalau tetap tidak menemukan alasannya, pilih "Alasan tidak ditampilkan" di bot ini: aku akan memandumu melalui penyebab umum dan memeriksa fotomu.
faq-no_reason_shown-keys = tidak ada alasan, ga ada alasan, gak ada alasannya, alasan tidak muncul, alasannya ga keliatan, tidak tahu kenapa, ga tau kenapa, gatau kenapa, tanpa alasan, tanpa penjelasan, cuma tulisan gagal, alasannya dimana, cara lihat alasan, ga dapet email, email tidak masuk, alasan tidak jelas, ditolak tanpa alasan, apa alasannya, alasan penolakan

faq-review_time-q = Berapa lama proses peninjauannya?
faq-review_time-a = Jika perlu peninjauan lebih lanjut, OKX menyebut prosesnya memakan waktu hingga 24 jam, dan bisa lebih lama saat permintaan sedang tinggi. Hasilnya dikirim lewat SMS atau email. Jika setelah 24 jam belum ada kabar, hubungi Support Center OKX atau chatbot AI di aplikasi.
faq-review_time-keys = berapa lama, berapa lama prosesnya, lama verifikasi, waktu verifikasi, proses verifikasi, berapa jam, berapa hari, sedang ditinjau, dalam peninjauan, pending, masih pending, masih diproses, kapan terverifikasi, kapan disetujui, kapan selesai, kyc pending, verif lama, lama banget, nunggu verifikasi, brp lama, berapa lama verif

faq-no_result_24h-q = Belum ada hasil setelah 24 jam
faq-no_result_24h-a = OKX menyebut peninjauan yang butuh pemeriksaan tambahan bisa memakan waktu hingga 24 jam, dan lebih lama saat sedang ramai. Jika sudah lewat 24 jam, hubungi Support Center OKX atau chatbot AI di aplikasi OKX, dan berikan UID-mu. Jangan mengirim pengajuan kedua sementara itu; cek dulu email (dan folder spam) serta SMS untuk hasilnya.
faq-no_result_24h-keys = belum ada hasil, belum ada jawaban, tidak ada respon, lebih dari 24 jam, sudah 24 jam, udah 24 jam, 2 hari, dua hari, 3 hari, seminggu, masih menunggu, nyangkut, stuck, pending berhari-hari, ga ada kabar, tidak ada update, belum terverifikasi, nunggu lama, ga dibales, 48 jam, masih ditinjau, 24h

faq-resubmit_timing-q = Kapan aku bisa mengajukan ulang?
faq-resubmit_timing-a = OKX tidak memublikasikan waktu tunggu yang pasti sebelum kamu bisa mengajukan lagi. OKX mengirim alasannya lewat email beserta link untuk mengajukan ulang. Perbaiki penyebabnya dulu dan ambil foto baru: mengirim ulang gambar yang ditolak jarang membantu, dan beberapa layanan verifikasi menandainya. Jika akunmu menampilkan waktu tunggu, tunggulah; beberapa exchange lain memberlakukan jeda setelah percobaan yang gagal. Jika tombol untuk mengajukan ulang tidak ada, hubungi CS OKX.
faq-resubmit_timing-keys = kapan bisa ajukan ulang, ajukan ulang, verifikasi ulang, verif ulang, kirim ulang, coba lagi, kapan bisa coba lagi, berapa lama nunggu, harus nunggu berapa lama, jeda, cooldown, masa tunggu, percobaan berikutnya, daftar ulang, upload ulang, unggah ulang, kirim dokumen lagi, tombol ajukan ulang tidak ada, kapan bisa verif lagi, resubmit

faq-repeated_retries-q = Ada batas jumlah percobaan?
faq-repeated_retries-a = OKX tidak memublikasikan batas percobaan verifikasi atau waktu blokir. Pesan tentang "jumlah maksimum percobaan verifikasi wajah" berkaitan dengan passkey OKX, bukan verifikasi identitas. Beberapa layanan verifikasi memang membatasi pengambilan ulang, jadi anggap setiap percobaan berharga: perbaiki penyebabnya sebelum mencoba lagi. Setelah beberapa kali gagal berturut-turut, berhenti dulu dan hubungi CS OKX dengan UID-mu.
faq-repeated_retries-keys = batas percobaan, berapa kali, berapa kali percobaan, sisa percobaan, jumlah percobaan, maksimal percobaan, kebanyakan percobaan, sudah coba berkali-kali, gagal berkali-kali, gagal 3 kali, gagal terus, ditolak terus, diblokir, akun terkunci, akun dikunci, kesempatan terakhir, limit percobaan, jatah percobaan, udah sering coba, berkali kali

faq-permanent_rejection-q = Apakah penolakanku permanen?
faq-permanent_rejection-a = Sebagian besar penolakan tidak final: masalah kualitas foto, dokumen, dan data yang diketik bisa diperbaiki lalu diajukan ulang. Ada juga yang final, dan mengajukan ulang tidak akan mengubahnya: identitas yang sudah terverifikasi di akun lain, negara tempat tinggal yang tidak bisa dilayani OKX, dan dugaan penipuan. Untuk kasus itu, hubungi CS OKX alih-alih mencoba lagi.
faq-permanent_rejection-keys = permanen, ditolak permanen, penolakan final, keputusan final, selamanya, tidak bisa verifikasi lagi, ga bisa verif lagi, apakah sudah selesai, masih bisa verifikasi, ditolak selamanya, diblokir permanen, final, tidak bisa diperbaiki, ga ada harapan, udah ga bisa

faq-clear_but_failed-q = Fotoku jelas tapi tetap gagal
faq-clear_but_failed-a = Foto yang terlihat bagus di layarmu tetap bisa gagal. Penyebab tersembunyi yang umum: foto dari layar (ada garis-garis samar), silau di kartu yang dilaminasi yang baru terlihat saat diperbesar, jari di salah satu sudut, atau gambar yang sama yang pernah ditolak dikirim lagi. Bisa juga masalahnya bukan di foto sama sekali: bandingkan data yang kamu ketik dengan dokumen. Kirim fotonya ke aku, nanti aku periksa.
faq-clear_but_failed-keys = foto sudah jelas, fotonya jelas, foto jelas tapi ditolak, foto bagus tapi gagal, foto sudah bagus, ga ada yang salah, kualitas bagus, resolusi tinggi tapi ditolak, foto tajam ditolak, semua sudah benar, udah bener semua, sudah sesuai, kenapa foto jelas ditolak, foto jernih, jelas banget, fotonya terang

faq-blurry_photo-q = Fotoku buram
faq-blurry_photo-a = OKX butuh foto yang tajam dan terbaca. Lap lensa; letakkan dokumen rata dan pegang ponsel sejajar, sekitar 15–25 cm; pakai kamera belakang utama tanpa zoom dan ketuk untuk fokus; tahan ponsel diam di tempat yang terang. Lalu perbesar hasilnya: setiap huruf dan angka, dan di paspor kedua baris di bagian bawah, harus terbaca. Unggah foto aslinya, bukan salinan yang diteruskan atau dikompres.
faq-blurry_photo-keys = buram, burem, blur, ngeblur, tidak jelas, ga jelas, gak jelas, kurang jelas, tidak tajam, tidak fokus, ga fokus, tidak terbaca, ga kebaca, kualitas jelek, kualitas buruk, kualitas foto, pecah, fotonya pecah, goyang, kamera ga mau fokus, shake, burik

faq-glare-q = Cara menghindari silau?
faq-glare-a = OKX butuh foto tanpa silau. Matikan flash; menjauh dari lampu dan sinar matahari langsung, pakai cahaya siang yang lembut dari samping; keluarkan dokumen dari sampul atau plastik pelindung; miringkan sedikit sampai tidak ada titik terang di teks, pasfoto, atau hologram. Kartu yang dilaminasi paling sulit: ambil beberapa foto dari sudut berbeda dan pilih yang bersih.
faq-glare-keys = silau, pantulan, pantulan cahaya, memantul, mengkilap, mengkilat, kilap, titik putih, bercak putih, cahaya lampu, flash, hologram, laminasi, kartu plastik, glossy, pantulan matahari, glare, refleksi, ketutup cahaya, ktp silau

faq-cropped_edges-q = Sudut terpotong atau tertutup
faq-cropped_edges-a = OKX meminta keempat sudut terlihat dan tidak ada apa pun yang menutupi dokumen, bahkan jari. Letakkan dokumen di meja polos yang warnanya kontras; masukkan seluruhnya ke bingkai dengan sedikit ruang di setiap sisi, tapi tetap memenuhi sebagian besar foto; jangan di-crop setelahnya. Untuk paspor, tampilkan seluruh halaman data termasuk kedua baris di bagian bawah.
faq-cropped_edges-keys = sudut, pojok, sudut terpotong, pojok kepotong, terpotong, kepotong, kepotong dikit, crop, dicrop, tepi, pinggiran, tidak kelihatan semua, sebagian dokumen, jari, ketutup jari, tertutup, seluruh dokumen, full dokumen, masuk frame, bingkai, setengah kartu

faq-screenshot_or_copy-q = Screenshot, scan, atau salinan?
faq-screenshot_or_copy-a = Tidak. OKX tidak menerima screenshot dalam bentuk apa pun, fotokopi, hasil scan, cetakan, foto dari foto atau dari layar, maupun gambar yang diedit. Ambil foto berwarna baru dari dokumen fisik dengan kamera ponselmu, dan jangan diedit.
faq-screenshot_or_copy-keys = screenshot, ss, tangkapan layar, scan, hasil scan, discan, salinan, fotokopi, fotocopy, print, cetakan, foto dari foto, foto layar, ktp digital, ikd, id digital, e-ktp di hp, diedit, edit, photoshop, dari galeri, foto lama, pdf paspor

faq-color_photo-q = Apakah foto harus berwarna?
faq-color_photo-a = Ya. OKX meminta foto berwarna dari dokumen asli. Foto hitam putih, filter grayscale, dan fotokopi akan ditolak. Matikan filter atau efek warna apa pun dan foto dokumen dengan warna normal.
faq-color_photo-keys = berwarna, warna, foto berwarna, hitam putih, item putih, hitam-putih, abu-abu, grayscale, monokrom, filter, tanpa warna, harus berwarna, fotokopi hitam putih, b&w

faq-send_as_file-q = Foto atau file untuk bot ini?
faq-send_as_file-a = Dua-duanya bisa. Telegram mengompres ulang gambar yang dikirim sebagai "foto", sehingga detail halus bisa hilang; jika dikirim sebagai "file" (ikon klip 📎 → File), gambar asli tetap utuh, jadi pemeriksaanku lebih akurat. Telegram mengizinkan bot mengunduh file hingga 20 MB. Ini hanya berlaku saat mengirim gambar ke bot ini; di OKX kamu mengunggah lewat aplikasi atau situsnya sendiri.
faq-send_as_file-keys = kirim sebagai file, sebagai file, sebagai dokumen, tanpa kompres, dikompres, kompresi, telegram mengompres, kualitas asli, cara kirim foto, cara upload, kirim foto ke bot, lampiran, attach, klip, kirim gambar, file atau foto, kualitas turun, gimana kirim foto

faq-file_format_size-q = Format dan ukuran file apa?
faq-file_format_size-a = OKX tidak memublikasikan batas ukuran atau format file untuk verifikasi individu; aturan PDF 20 MB yang mungkin kamu lihat berlaku untuk akun institusi (bisnis). Layanan lain punya batas, misalnya Kraken di bawah 5 MB dan Onfido di bawah 10 MB, jadi foto kamera biasa (JPEG) adalah pilihan aman. Ambil fotonya di dalam aplikasi OKX saat aplikasi menawarkan kamera.
faq-file_format_size-keys = ukuran file, batas ukuran, maksimal ukuran, terlalu besar, file terlalu besar, mb, format, format file, jpg, jpeg, png, pdf, heic, format apa, gagal upload, upload gagal, ga bisa upload, tidak bisa unggah, resolusi, ukuran foto, size

faq-both_sides-q = Perlu dua sisi kartunya?
faq-both_sides-a = Ya. OKX meminta sisi depan dan belakang dokumen, serta setiap halaman yang berisi informasi penting. Kirim dua foto terpisah, satu untuk tiap sisi, dan jangan pernah sisi yang sama dua kali. Untuk paspor, kirim halaman data yang ada fotomu, ditambah halaman lain jika diminta.
faq-both_sides-keys = dua sisi, kedua sisi, depan belakang, depan dan belakang, sisi belakang, bagian belakang, belakang ktp, sisi depan, sisi lain, balik kartu, bagian belakang sim, sisi yang sama dua kali, halaman, halaman mana, halaman paspor, halaman data, halaman foto, belakangnya juga

faq-accepted_documents-q = Dokumen apa saja yang diterima?
faq-accepted_documents-a = OKX menerima paspor, kartu identitas nasional, SIM, atau identitas berfoto lain yang diterbitkan pemerintah, tetapi daftar pastinya tergantung negaramu: formulir verifikasi menampilkan pilihan untuk negaramu. Dokumen harus memuat nama lengkap, tanggal lahir, tanggal terbit dan kedaluwarsa, serta pasfoto yang jelas, dan tidak boleh kedaluwarsa. Kartu pemilih mungkin tidak didukung di beberapa negara; visa, kartu pelajar/mahasiswa, dan izin kerja bukan dokumen identitas.
faq-accepted_documents-keys = dokumen apa saja, dokumen yang diterima, pakai dokumen apa, identitas apa, jenis identitas, jenis dokumen, paspor, ktp, e-ktp, kartu identitas, sim, surat izin mengemudi, kitas, kitap, izin tinggal, bisa pakai apa, boleh pakai, identitas yang valid, dokumen yang dibutuhkan, perlu apa saja

faq-unsupported_document-q = Dokumenku tidak diterima
faq-unsupported_document-a = Dokumen yang diterima OKX tergantung negaramu. Pilih jenis identitas yang ditawarkan formulir verifikasi untuk negaramu, yang diterbitkan oleh negara yang kamu pilih. Kartu pemilih mungkin tidak didukung di beberapa negara, dan visa, kartu pelajar/mahasiswa, serta izin kerja tidak diterima sebagai dokumen identitas. Jika identitasmu tidak diterima, pakai paspor atau kartu identitas nasional.
faq-unsupported_document-keys = tidak diterima, dokumen tidak diterima, tidak didukung, ga didukung, jenis dokumen salah, dokumen salah, kartu pemilih, kartu pelajar, kartu mahasiswa, ktm, visa, izin kerja, kartu keluarga, kk, npwp, kartu bank, ktp ditolak, identitasku tidak diterima, paspor asing, dokumen negara lain

faq-expired_document-q = Boleh pakai dokumen kedaluwarsa?
faq-expired_document-a = Tidak. OKX menolak dokumen yang sudah kedaluwarsa. Pakai identitas lain yang masih berlaku atau perpanjang yang sudah kedaluwarsa. Sebaiknya pakai dokumen yang masa berlakunya masih tersisa: beberapa layanan verifikasi juga menolak dokumen yang akan habis dalam sebulan.
faq-expired_document-keys = kedaluwarsa, kadaluarsa, kadaluwarsa, expired, ekspired, habis masa berlaku, masa berlaku, berlaku hingga, tanggal kedaluwarsa, sudah tidak berlaku, paspor lama, ktp lama, sim mati, sim expired, paspor habis, perpanjang, perpanjangan, mau habis, seumur hidup, ktp seumur hidup

faq-damaged_document-q = Dokumenku rusak
faq-damaged_document-a = OKX meminta dokumen yang tidak rusak. Dokumen yang retak, usang, berlubang, atau terpotong, atau yang pasfoto maupun datanya tidak terbaca, biasanya ditolak. Pakai identitas lain yang masih berlaku jika ada, atau perbarui dokumen yang rusak.
faq-damaged_document-keys = rusak, patah, retak, sobek, robek, usang, lecet, tergores, pudar, luntur, mengelupas, bengkok, berlubang, bolong, sudut terpotong, kena air, basah, ktp patah, paspor rusak, ktp rusak

faq-unsigned_passport-q = Pasporku belum ditandatangani
faq-unsigned_passport-a = OKX menganggap paspor dengan kolom tanda tangan kosong tidak sah. Tanda tangani di kolom tanda tangan, lalu foto ulang paspornya.
faq-unsigned_passport-keys = tanda tangan, ttd, tandatangan, belum tanda tangan, tidak ditandatangani, tanpa tanda tangan, tanda tangan paspor, kolom tanda tangan, tanda tangan kosong, di mana tanda tangan, dimana ttd, paspor belum ttd, ttd kosong

faq-name_mismatch-q = Namaku tidak cocok
faq-name_mismatch-a = Ketik nama persis seperti yang tercetak di dokumen: ejaan sama, urutan sama, termasuk semua nama tengah, tanpa nama panggilan dan tanpa mengubah ejaan sendiri. Jika formulir punya kolom nama dalam bahasa lokal, ketik nama di sana dengan aksara yang sama seperti di identitasmu. Jika nama sudah tidak bisa diedit, minta CS OKX untuk memperbaikinya.
faq-name_mismatch-keys = nama, nama tidak cocok, nama tidak sesuai, nama beda, nama salah, salah ketik nama, typo nama, ejaan, nama belakang, nama depan, nama tengah, nama keluarga, satu nama, nama tunggal, first name, last name, urutan nama, ganti nama, edit nama, nama tidak sesuai ktp

faq-birthdate_mismatch-q = Tanggal lahirku tidak cocok
faq-birthdate_mismatch-a = Tanggal lahir yang kamu ketik harus persis sama dengan yang ada di dokumen, dan dokumennya harus mencantumkannya. Kesalahan paling umum adalah tanggal dan bulan tertukar. Jika sudah tidak bisa diedit, minta CS OKX untuk memperbaikinya. Jika tanggal yang tercetak di dokumen itu sendiri salah, kamu perlu dokumen yang sudah dikoreksi dari instansi penerbitnya.
faq-birthdate_mismatch-keys = tanggal lahir, tgl lahir, ttl, tempat tanggal lahir, ulang tahun, tahun lahir, tanggal salah, umur, usia, tanggal dan bulan, bulan dan tanggal, tertukar, kebalik, format tanggal, tanggal tidak cocok, tanggal lahir beda, salah tanggal lahir, dob

faq-dual_nationality-q = Aku punya dua kewarganegaraan
faq-dual_nationality-a = OKX meminta pemilik kewarganegaraan ganda memilih kewarganegaraan yang paling relevan dengan identitasnya. Apa pun pilihanmu, kewarganegaraan di formulir harus sesuai dengan dokumen yang kamu unggah: jika kamu mengunggah paspor Spanyol, pilih Spanyol.
faq-dual_nationality-keys = dwi kewarganegaraan, kewarganegaraan ganda, dua kewarganegaraan, dua paspor, paspor kedua, warga negara ganda, lebih dari satu kewarganegaraan, pilih kewarganegaraan mana, pakai paspor mana, kewarganegaraan, warga negara, wn ganda, dual citizenship

faq-address_proof-q = Bukti alamat
faq-address_proof-a = OKX meminta bukti alamat hanya dalam kasus tertentu. Dokumen itu harus menunjukkan namamu dan alamatmu saat ini, sama dengan yang kamu ketik di formulir. Kirim foto yang jelas dari dokumen asli (seluruh halaman, semua sudut) atau PDF aslinya seperti yang diterbitkan, bukan screenshot. Di Arab Saudi, dokumen harus diterbitkan dalam 3 bulan terakhir; aturan umum OKX soal usia dokumen belum pasti, jadi dokumen terbaru adalah yang paling aman. Jangan pakai kotak pos (P.O. Box).
faq-address_proof-keys = bukti alamat, bukti domisili, surat domisili, tagihan, tagihan listrik, tagihan pln, tagihan air, tagihan pdam, tagihan internet, tagihan telepon, rekening koran, mutasi rekening, alamat, alamat tinggal, verifikasi alamat, alamat tidak cocok, alamat lama, pindah rumah, kartu keluarga, kontrak sewa, kos, 3 bulan, kotak pos, po box

faq-face_selfie_fail-q = Selfie atau verifikasi wajah gagal
faq-face_selfie_fail-a = Tips dari OKX: hindari tempat gelap dan kamera goyang, posisikan wajah di dalam oval, lalu gerakkan kepala perlahan mengikuti lingkaran. Hadapkan wajah ke cahaya (jangan ada jendela di belakangmu); tanpa topi, masker, atau kacamata hitam; ponsel sejajar mata. Aplikasi butuh izin kamera. Jika masih gagal, update aplikasi, tutup aplikasi lain, atau coba ponsel lain; beberapa ponsel bermasalah dengan pemindaian wajah. Hanya pemilik akun yang boleh melakukannya.
faq-face_selfie_fail-keys = selfie, selfi, swafoto, wajah, verifikasi wajah, pengenalan wajah, scan wajah, face scan, liveness, wajah tidak terdeteksi, wajah tidak dikenali, selfie gagal, selfie ditolak, oval, lingkaran, gerakkan kepala, geleng kepala, kamera depan, video selfie, face id, biometrik, gagal verifikasi wajah

faq-glasses_hat_mask-q = Kacamata, topi, masker boleh?
faq-glasses_hat_mask-a = Tidak. OKX meminta tidak ada apa pun yang menutupi wajahmu: lepas kacamata, kacamata hitam, topi, topi pet, dan masker, serta jauhkan rambut dari wajah, agar seluruh wajahmu terlihat di dalam oval.
faq-glasses_hat_mask-keys = kacamata, kaca mata, kacamata hitam, topi, topi pet, kupluk, hoodie, masker, penutup wajah, syal, jenggot, makeup, rambut, poni, boleh pakai, lepas kacamata

faq-camera_permission-q = Kameranya tidak berfungsi
faq-camera_permission-a = Aplikasi OKX butuh izin untuk memakai kamera. Buka Setelan/Pengaturan ponsel → Aplikasi → OKX → Izin, lalu izinkan Kamera, kemudian buka ulang aplikasinya. Jika kamu verifikasi lewat browser, izinkan kamera untuk situs tersebut, atau pindah ke aplikasi OKX. Tutup aplikasi lain yang memakai kamera; jika masih tidak berfungsi, update aplikasi atau coba perangkat lain.
faq-camera_permission-keys = kamera, kamera tidak berfungsi, kamera ga jalan, kamera tidak mau terbuka, kamera ga kebuka, layar hitam, izin kamera, akses kamera, izinkan kamera, tidak ada kamera, kamera error, aplikasi keluar sendiri, force close, aplikasi hang, loading terus, browser, laptop, webcam, hp jadul, hp tidak didukung

faq-someone_else_selfie-q = Boleh orang lain selfie untukku?
faq-someone_else_selfie-a = Tidak. Hanya pemilik akun yang boleh melakukan verifikasi wajah, dan wajahnya harus cocok dengan identitas di akun. Verifikasi dengan wajah atau dokumen orang lain akan gagal. Setiap orang yang ingin punya akun OKX memverifikasi akunnya sendiri.
faq-someone_else_selfie-keys = orang lain, orang lain yang selfie, temanku, teman, istri, suami, ibu, ayah, bapak, kakak, adik, anggota keluarga, saudara, diwakilkan, atas nama orang lain, pakai ktp teman, ktp orang lain, verifikasi untuk orang lain, akun orang tua, akun anak, joki kyc, joki verifikasi

faq-duplicate_account-q = ID dipakai di akun lain
faq-duplicate_account-a = OKX hanya mengizinkan satu akun per orang, dan identitasmu sudah terverifikasi di akun lain. Mengajukan ulang tidak akan membantu. Login ke akun tersebut, atau pulihkan lewat fitur pemulihan akun OKX. Jika kamu tidak tahu akun itu (mungkin ada yang memakai identitasmu), hubungi CS OKX dengan UID-mu. Jangan pernah memakai identitas orang lain atau meminjamkan identitasmu.
faq-duplicate_account-keys = sudah dipakai, sudah digunakan, sudah terverifikasi, duplikat, akun lain, akun kedua, akun lama, dua akun, banyak akun, akun baru, ktp sudah dipakai, identitas sudah digunakan, sudah terdaftar, dipakai orang lain, akun hilang, lupa akun, pulihkan akun, recovery akun, ktp sudah terdaftar

faq-region_restricted-q = Negaraku tidak didukung
faq-region_restricted-a = OKX menentukan layanan dan entitas OKX mana yang melayanimu berdasarkan negara tempat tinggalmu, bukan hanya kewarganegaraanmu. Negara yang dibatasi tercantum di bagian 2.2 Ketentuan Layanan (Terms of Service) OKX; bacalah di sana, karena daftar di situs lain bisa salah atau usang. Ini tidak bisa diperbaiki dengan mengajukan ulang, dan VPN atau alamat palsu juga tidak membantu. Jika menurutmu ini keliru, hubungi CS OKX.
faq-region_restricted-keys = negara, negara tidak didukung, negaraku tidak didukung, negara dibatasi, wilayah, wilayah dibatasi, tidak tersedia, tidak tersedia di negaraku, indonesia, negara tempat tinggal, domisili, yurisdiksi, sanksi, diblokir negara, amerika, as, tidak memenuhi syarat, kelayakan, umur, di bawah 18, okx legal di indonesia

faq-vpn_or_travel-q = Dari luar negeri atau pakai VPN?
faq-vpn_or_travel-a = Cantumkan negara tempat tinggalmu yang sebenarnya: kelayakan di OKX mengikuti tempat kamu tinggal. Jangan pakai VPN untuk menyembunyikan lokasi dan jangan mencantumkan tempat tinggal palsu. Beberapa pengguna melaporkan bahwa VPN atau lokasi yang berbeda dari tempat tinggal yang dicantumkan menimbulkan masalah; ini bukan aturan resmi OKX, tapi mematikan VPN dan verifikasi dari rumah adalah pilihan yang aman.
faq-vpn_or_travel-keys = vpn, proxy, ip, alamat ip, lokasi, luar negeri, di luar negeri, lagi liburan, liburan, traveling, perjalanan, negara lain, tinggal di luar negeri, tki, pmi, diaspora, pindah negara, beda negara, kerja di luar negeri, tor

faq-official_support-q = Bagaimana cara menghubungi CS OKX?
faq-official_support-a = Hubungi OKX hanya lewat saluran resmi: di aplikasi OKX (Support atau chatbot AI) atau di okx.com lewat Pusat Bantuan. Berikan UID-mu (ada di profil), jangan pernah kata sandi atau kode. Waspadai akun "support" yang menghubungimu duluan di Telegram atau media sosial lain: itu penipuan. Bot ini bukan OKX dan tidak bisa menghubungi support atas namamu.
faq-official_support-keys = cs, customer service, layanan pelanggan, hubungi cs, kontak cs, support, dukungan, live chat, chat cs, agen, admin, ngobrol sama orang, email cs, nomor telepon, nomor cs, tiket, komplain, keluhan, cara menghubungi, cs okx, hubungi okx, cs ga bales

faq-scam_warning-q = Ada yang menawarkan bantu KYC-ku
faq-scam_warning-a = Itu penipuan. Tidak ada pihak tepercaya yang akan meminta kata sandi, kode 2FA atau SMS, seed phrase, atau pembayaran untuk "membuka" atau "mempercepat" verifikasi. Jangan pernah membagikannya dan jangan pernah membayar. Hubungi CS OKX hanya di aplikasi OKX atau di okx.com, dan anggap siapa pun yang menghubungimu duluan sambil menawarkan bantuan sebagai penipu.
faq-scam_warning-keys = penipuan, penipu, scam, scammer, tipu, cs palsu, admin palsu, minta password, minta kata sandi, kode 2fa, kode otp, minta otp, seed phrase, frasa pemulihan, private key, bayar untuk buka, bayar biar cepat, jasa kyc, jasa verifikasi, joki kyc, beli akun verified, jual akun, ini asli atau bukan

faq-about_bot-q = Kamu siapa? Apakah bot ini OKX?
faq-about_bot-a = Aku KYC Doctor, asisten independen yang open source. Aku bukan OKX dan tidak punya hubungan dengan OKX. Aku tidak bisa melihat, mengubah, atau mempercepat akun maupun verifikasi OKX-mu; aku hanya memeriksa fotomu dan menjelaskan apa yang perlu diperbaiki berdasarkan aturan yang dipublikasikan OKX. Aku tidak pernah butuh kata sandi, kode 2FA, atau seed phrase-mu. Dokumentasi resmi OKX adalah sumber kebenaran akhir.
faq-about_bot-keys = kamu siapa, siapa kamu, ini apa, apakah kamu okx, ini okx, resmi, ini resmi, bot resmi, bot, bot ini, bisa apa, bot ini buat apa, cara kerja, gimana cara kerjanya, bisa verifikasi aku, bisa approve, bisa dipercepat, kamu manusia, ini beneran, admin okx

faq-bot_privacy-q = Fotoku kamu apakan?
faq-bot_privacy-a = Aku memeriksa fotomu di memori dan tidak pernah menyimpan atau mencatatnya di log. Aku hanya menyimpan langkah percakapan kita, bahasamu, alasan yang kamu pilih, jenis dokumen, kode masalah dari pemeriksaan, dan hash 64-bit dari setiap gambar (angka pendek yang dihitung dari gambar itu, supaya aku tahu kalau gambar yang sama dikirim dua kali). Tidak ada foto, nama, atau data dokumen yang disimpan: yang aku baca dari zona baca mesin hanya ditampilkan kepadamu sekali. Di penyimpanan bawaan (SQLite) data ini tetap ada sampai kamu mengirim /forget; kalau bot berjalan dengan Redis, data juga terhapus setelah beberapa waktu tanpa aktivitas (REDIS_TTL_SECS, bawaannya 7 hari). Aku bukan OKX, dan aku tidak bisa melihat atau mengubah akunmu.
faq-bot_privacy-keys = privasi, data, dataku, data pribadi, disimpan, simpan, menyimpan foto, fotoku disimpan, hapus, hapus data, hapus dataku, forget, aman, apakah aman, keamanan, siapa yang lihat fotoku, ktp disimpan, paspor disimpan, fotoku ke mana, data bocor

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX bilang "Invalid document"
faq-invalid_document-a = "Invalid document" (dokumen tidak valid) menyangkut dokumennya sendiri, bukan fotonya. OKX menyebut penyebab ini: tidak ada foto pemilik atau fotonya tidak jelas, paspor belum ditandatangani, atau di beberapa negara diperlukan paspor baru. Kalau kolom tanda tangan paspor masih kosong, tanda tangani lalu foto ulang. Kalau foto di dokumen sudah pudar atau tidak terbaca, pakai dokumen resmi lain yang kamu punya (paspor, KTP atau SIM) atau perpanjang dokumennya. Kalau tidak tahu penyebab mana yang berlaku, tanyakan ke dukungan OKX. Aku bisa cek foto barumu sebelum dikirim.
faq-invalid_document-keys = invalid document, dokumen tidak valid, dokumen invalid, ktp tidak valid, paspor tidak valid, perlu paspor baru, tidak ada foto di dokumen, foto di ktp pudar, paspor belum ditandatangani, muncul invalid document, dokumen ditolak tidak valid

faq-document_photo_rejected-q = "ID detection failed"?
faq-document_photo_rejected-a = Pesan ini soal foto dokumen, bukan dokumennya. OKX menjelaskan "Invalid document photo" sebagai foto buram, terpotong, data tertutup, atau dokumen yang salah (identitas atau bukti alamat yang tidak sesuai). "ID detection failed" (versi lama) berarti dokumen tidak bisa dikenali di gambar: terlalu terang, ada pantulan, atau tidak terlihat utuh. Foto ulang: dokumen asli (bukan screenshot atau fotokopi), diletakkan rata di meja gelap, keempat sudut masuk bingkai, tanpa jari menutupi, cahaya rata tanpa silau, fokus tajam. Kirim fotonya ke sini dulu, nanti aku cek.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, ktp tidak terdeteksi, dokumen tidak terdeteksi, foto ktp ditolak, foto dokumen ditolak, gagal mendeteksi dokumen, kartu identitas tidak terbaca

faq-face_scan_loop-q = Scan wajah terus berulang
faq-face_scan_loop-a = OKX tidak menyebut penyebab pasti kalau scan wajah terus mengulang, macet, atau berakhir dengan "something went wrong". Yang OKX minta: izinkan aplikasi OKX memakai kamera, hindari tempat gelap dan tangan goyang, masukkan seluruh wajah ke dalam oval, lalu gerakkan kepala pelan-pelan memutar saat diminta. Hadapkan wajah ke cahaya, jangan ada jendela atau lampu di belakangmu. Kalau masih berulang, coba aplikasi OKX alih-alih browser (atau sebaliknya); ada yang bilang pakai HP lain berhasil. Kalau scan tidak pernah selesai, hubungi dukungan OKX dengan UID-mu.
faq-face_scan_loop-keys = scan wajah berulang, verifikasi wajah terus mengulang, scan wajah macet, something went wrong, terjadi kesalahan, lingkaran muter terus, selfie terus diulang, verifikasi wajah tidak selesai, loading terus, face scan ngulang terus

faq-head_covering-q = Boleh pakai jilbab/hijab?
faq-head_covering-a = OKX tidak menerbitkan aturan tentang penutup kepala keagamaan (jilbab, hijab, kerudung, sorban, kippah, dan lainnya). Aturannya: tidak boleh ada yang menutupi wajah, seluruh wajah di dalam oval, tanpa masker, kacamata hitam, atau topi. Jadi pilihan aman adalah penutup kepala yang membiarkan seluruh wajah terlihat, dari garis rambut sampai dagu, tanpa bayangan dan dengan cahaya cukup. Cadar yang menutupi sebagian wajah (misalnya niqab) tidak memenuhi aturan itu. Setiap kasus diputuskan oleh dukungan resmi OKX: tanyakan ke mereka kalau ragu.
faq-head_covering-keys = jilbab, hijab, kerudung, sorban, turban, kippah, cadar, niqab, boleh pakai jilbab, harus lepas jilbab, jilbab saat selfie, jilbab di foto ktp, alasan agama, kepala tertutup, pakai kerudung waktu verifikasi
