# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX nie publikuje, które dokumenty są akceptowane jako potwierdzenie adresu, ani ogólnego limitu ich wieku. Jeśli prośba tego nie mówi, zapytaj oficjalne wsparcie OKX (Support Center), zanim go wyślesz. Nie mogę tu sprawdzić tego dokumentu: moje kontrole zdjęć są przeznaczone dla dokumentów tożsamości.
