# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX tidak memublikasikan dokumen apa saja yang diterima sebagai bukti alamat, juga batas umum usia dokumennya. Kalau permintaannya tidak menyebutkan, tanyakan ke dukungan resmi OKX (Support Center) sebelum mengirim. Aku tidak bisa memeriksa dokumen ini di sini: pemeriksaan fotoku dibuat untuk dokumen identitas.
