# The composed final checklist's fixed parts, the expiry-date check and the next steps.
# See locales/README.md and src/content/checklist.rs (which composes them in order).

## Section headings of the composed checklist

checklist-title = Daftar langkahmu sebelum mengajukan ulang
checklist-title-final = Yang perlu dilakukan alih-alih mengajukan ulang
checklist-section-reason = Perbaiki alasan yang disebutkan OKX
checklist-section-photos = Perbaiki temuanku di fotomu
checklist-section-data = Cek data yang kamu ketik
checklist-section-resubmit = Lalu ajukan ulang
checklist-section-instead = Yang sebaiknya dilakukan

## Data review: every typed field exactly as on the document

checklist-data-1 = Nama: persis seperti yang tercetak di dokumen, dengan ejaan dan urutan yang sama, dalam aksara yang diminta kolomnya (huruf Latin atau aksara lokal).
checklist-data-2 = Tanggal lahir: sama persis dengan di dokumen; pastikan tanggal dan bulan tidak tertukar.
checklist-data-3 = Tanggal kedaluwarsa: dokumen tidak boleh kedaluwarsa; pastikan masih berlaku pada hari kamu mengirimnya.
checklist-data-4 = Alamat: alamat tempat tinggalmu saat ini, ditulis sama seperti di bukti alamatmu jika bukti alamat diminta.
checklist-data-5 = Kewarganegaraan dan nomor identitas: kewarganegaraan sesuai dokumen yang kamu unggah, dan nomornya lengkap, tanpa spasi.

## Resubmission order (self-fixable reasons)

checklist-resubmit-1 = Perbaiki dulu semua yang ada di daftar ini, baru ajukan ulang. Mengirim foto yang sama lagi jarang memberi hasil yang berbeda.
checklist-resubmit-2 = Pakai ponsel dan jaringan yang sama selama seluruh proses verifikasi, dan jangan menyalakan atau mematikan VPN selama peninjauan.
checklist-resubmit-3 = Ajukan ulang satu kali, lewat link di email dari OKX atau halaman verifikasi di aplikasi, lalu tunggu hasilnya.
checklist-resubmit-4 = Jika akunmu menampilkan waktu tunggu sebelum bisa mencoba lagi, tunggulah sampai selesai. OKX tidak memublikasikan batas percobaan atau waktu tunggu yang pasti.

## Instead of resubmitting (final reasons: duplicate identity, not eligible)

checklist-final-1 = Jangan ajukan ulang: mengirim foto yang sama atau foto baru tidak akan mengubah keputusan ini.
checklist-final-2 = Hubungi CS OKX hanya lewat aplikasi OKX atau okx.com, dan berikan UID-mu.
checklist-final-3 = Tidak ada pihak OKX yang akan meminta kata sandi, kode 2FA, seed phrase, atau pembayaran untuk membuka verifikasi.

## Expiry-date check ($date is the date as read, written as YYYY-MM-DD)

expiry-read-as = Aku membaca tanggal ini sebagai { $date }.
expiry-expired = Dokumen ini sudah kedaluwarsa. OKX tidak menerima dokumen yang sudah kedaluwarsa: pakai identitas lain yang masih berlaku atau perpanjang dokumen ini.
expiry-soon = Dokumen ini akan kedaluwarsa kurang dari sebulan lagi. Mungkin masih bisa lolos, tapi beberapa layanan verifikasi menolak dokumen yang masa berlakunya hampir habis: pakai identitas lain yang masih berlaku jika kamu punya.
expiry-fine = Tanggalnya sendiri tidak masalah: dokumen masih berlaku lebih dari sebulan. Kalau OKX bilang “tanggal kedaluwarsa tidak valid”, pastikan tanggal di foto tajam dan tidak silau, dan diketik persis seperti tercetak.
expiry-unreadable = Aku tidak bisa membaca tanggal itu. Ketik seperti yang tertulis di dokumen, misalnya 15.03.2027 atau 2027-03-15.

## Next steps

next-register = Belum punya akun OKX? Daftar hanya lewat aplikasi resmi OKX atau okx.com; jangan pernah lewat link dari orang tak dikenal atau dari chat.
next-complete-kyc = Untuk verifikasi: di website, ikon profil → Verification (Verifikasi) → Individual account (Akun individu); di aplikasi, User Center (Pusat Pengguna) → Profile and Settings (Profil dan Pengaturan) → Identity verification (Verifikasi identitas). Siapkan identitasmu yang masih berlaku, ambil foto dengan cahaya yang bagus di latar polos, dan ketik datamu persis seperti di dokumen. Jika gagal, baca alasannya di email atau aplikasi OKX, perbaiki, lalu periksa fotomu di sini sebelum mengajukan ulang.
next-help-centre = Untuk hal yang tidak bisa dijawab bot ini, lihat Pusat Bantuan OKX (okx.com/help) atau hubungi CS di aplikasi OKX. Dokumentasi resmi OKX adalah sumber kebenaran akhir: bot ini hanya asisten independen dan informasinya bisa saja sudah usang.
next-terms-link = Ketentuan Layanan OKX, bagian 2.2 (wilayah yang tidak dilayani OKX): https://www.okx.com/help-center/360021813691
expiry-none = Dokumen tanpa tanggal kedaluwarsa tidak mungkin kedaluwarsa, jadi tidak ada yang perlu diperbaiki di sini. OKX tidak memuat aturan khusus untuk dokumen seperti ini: kalau formulirnya tetap meminta tanggal, tanyakan ke CS OKX.
