# Powody odrzucenia: etykieta przycisku, co OKX przez to rozumie, i kroki naprawy po kolei.
# Zob. locales/README.md. Fakty tylko z docs/kyc-knowledge.md.
# Etykiety to przyciski: maksymalnie 30 znaków.

## photo_blurry

reason-photo_blurry = Rozmyte lub nieczytelne
reason-photo_blurry-about = Zdjęcie dokumentu było za mało ostre, żeby dało się je odczytać. OKX prosi o ostre, czytelne zdjęcie dokumentu.
reason-photo_blurry-step-1 = Przetrzyj obiektyw aparatu miękką ściereczką.
reason-photo_blurry-step-2 = Połóż dokument płasko i trzymaj telefon równolegle do niego, w odległości ok. 15–25 cm.
reason-photo_blurry-step-3 = Użyj głównego tylnego aparatu bez zoomu cyfrowego i stuknij dokument na ekranie, żeby ustawić ostrość.
reason-photo_blurry-step-4 = Podczas robienia zdjęcia trzymaj telefon nieruchomo, w dobrym świetle.
reason-photo_blurry-step-5 = Powiększ zdjęcie: każdy znak musi być czytelny, a w paszporcie także oba wiersze strefy odczytu maszynowego na dole.
reason-photo_blurry-step-6 = Prześlij oryginalne zdjęcie z aparatu, a nie przekazaną dalej lub skompresowaną kopię.

## photo_glare

reason-photo_glare = Odblaski na zdjęciu
reason-photo_glare-about = Jasny odblask zasłonił część dokumentu. OKX prosi o zdjęcie bez odblasków, a jego weryfikacja odrzuca zdjęcia z refleksami.
reason-photo_glare-step-1 = Wyłącz lampę błyskową.
reason-photo_glare-step-2 = Odsuń się od lamp i bezpośredniego słońca; najlepiej sprawdza się miękkie światło dzienne z boku.
reason-photo_glare-step-3 = Wyjmij dokument z etui lub plastikowej okładki.
reason-photo_glare-step-4 = Lekko przechyl dokument, aż na tekście, zdjęciu i hologramie nie będzie żadnej jasnej plamy.
reason-photo_glare-step-5 = Laminowane karty odbijają światło najmocniej: zrób kilka zdjęć pod różnymi kątami i wybierz to bez odblasków.

## photo_exposure

reason-photo_exposure = Za ciemne lub za jasne
reason-photo_exposure-about = Zdjęcie było za ciemne albo prześwietlone, żeby dało się je odczytać. Weryfikacja dokumentów w OKX odrzuca prześwietlone zdjęcia.
reason-photo_exposure-step-1 = Znajdź jasne, równe, rozproszone światło, np. przy oknie, ale nie w pełnym słońcu.
reason-photo_exposure-step-2 = Uważaj, żeby mocne światło nie padało zza dokumentu, a cień telefonu nie padał na dokument.
reason-photo_exposure-step-3 = Nie ratuj ciemnego zdjęcia lampą błyskową (powoduje odblaski) — przejdź w jaśniejsze miejsce.
reason-photo_exposure-step-4 = Jeśli zdjęcie wygląda na prześwietlone, wyłącz HDR, tryb nocny i tryb upiększania, a potem stuknij dokument na ekranie, żeby ustawić ekspozycję.

## photo_cut_off

reason-photo_cut_off = Ucięty lub zasłonięty
reason-photo_cut_off-about = Część dokumentu była poza kadrem albo była zasłonięta. OKX prosi, żeby wszystkie rogi były widoczne i żeby nic, nawet palec, nie zasłaniało dokumentu.
reason-photo_cut_off-step-1 = Zmieść cały dokument w kadrze z małym marginesem z każdej strony, tak żeby nadal zajmował większość kadru.
reason-photo_cut_off-step-2 = Upewnij się, że widać wszystkie cztery rogi: połóż kartę na stole, żeby nie zasłaniał jej żaden palec.
reason-photo_cut_off-step-3 = Użyj gładkiego tła, które kontrastuje z dokumentem.
reason-photo_cut_off-step-4 = Nie przycinaj zdjęcia po zrobieniu.
reason-photo_cut_off-step-5 = Paszport: pokaż całą stronę z danymi, razem z oboma wierszami strefy odczytu maszynowego na dole.

## not_original

reason-not_original = Zrzut, kopia lub edycja
reason-not_original-about = To nie było kolorowe zdjęcie oryginalnego dokumentu. OKX nie akceptuje zrzutów ekranu, kserokopii, zdjęć zdjęcia ani edytowanych obrazów.
reason-not_original-step-1 = Sfotografuj sam fizyczny dokument aparatem w telefonie.
reason-not_original-step-2 = Nie wysyłaj zrzutów ekranu, skanów, kserokopii, wydruków, dokumentów cyfrowych ani zdjęć ekranu.
reason-not_original-step-3 = Wyślij kolorowe zdjęcie, nigdy czarno-białe.
reason-not_original-step-4 = Nie edytuj zdjęcia: żadnych filtrów, przycinania, naklejek, zamazanych fragmentów ani dopisków.
reason-not_original-step-5 = Zrób nowe zdjęcie, zamiast ponownie wgrywać odrzucone; niektóre serwisy weryfikacyjne oznaczają obraz, który był już odrzucony.

## wrong_document

reason-wrong_document = Zły dokument lub strona
reason-wrong_document-about = Ten rodzaj dokumentu nie jest akceptowany albo brakowało którejś strony. To, jakie dokumenty akceptuje OKX, zależy od twojego kraju.
reason-wrong_document-step-1 = Wybierz rodzaj dokumentu, który OKX oferuje dla twojego kraju w formularzu weryfikacji; wizy, legitymacje studenckie i zezwolenia na pracę nie są dokumentami tożsamości.
reason-wrong_document-step-2 = Kraj wydania dokumentu musi się zgadzać z krajem wybranym w formularzu.
reason-wrong_document-step-3 = Dowód osobisty lub prawo jazdy: wyślij przód i tył jako dwa osobne zdjęcia — nigdy dwa razy tej samej strony.
reason-wrong_document-step-4 = Paszport: wyślij stronę z danymi i twoim zdjęciem, a jeśli OKX o to poprosi, także inne ważne strony.
reason-wrong_document-step-5 = Każdy plik wgraj we właściwe miejsce: dokument tożsamości tam, gdzie prosi się o dokument, a potwierdzenie adresu tam, gdzie prosi się o adres.

## document_invalid

reason-document_invalid = Nieważny lub uszkodzony
reason-document_invalid-about = Nie zaakceptowano samego dokumentu: jest po terminie ważności, niepodpisany, uszkodzony albo bez wyraźnego zdjęcia twarzy. OKX prosi o ważny, nieuszkodzony dokument.
reason-document_invalid-step-1 = Sprawdź datę ważności. Lepiej użyć dokumentu, który będzie ważny jeszcze przez jakiś czas: niektóre serwisy weryfikacyjne odrzucają dokument, którego ważność kończy się w ciągu miesiąca.
reason-document_invalid-step-2 = Jeśli pole na podpis w paszporcie jest puste, podpisz się w nim przed zrobieniem zdjęcia.
reason-document_invalid-step-3 = Upewnij się, że zdjęcie twarzy i data urodzenia są na dokumencie i są wyraźne.
reason-document_invalid-step-4 = Jeśli dokument jest pęknięty, zniszczony, przedziurawiony lub ma ucięty róg, użyj innego ważnego dokumentu albo wyrób nowy.
reason-document_invalid-step-5 = Jeśli OKX wymaga w twoim kraju nowego paszportu, najpierw go wyrób.

## data_mismatch

reason-data_mismatch = Dane niezgodne
reason-data_mismatch-about = To, co wpisano w formularzu (imię i nazwisko, data urodzenia, numer dokumentu, obywatelstwo), nie zgadza się z dokumentem.
reason-data_mismatch-step-1 = Porównaj z dokumentem każde wpisane pole, jedno po drugim.
reason-data_mismatch-step-2 = Wpisz imię i nazwisko dokładnie tak, jak są wydrukowane: ta sama pisownia i kolejność, razem z drugim imieniem; bez zdrobnień i bez własnej transliteracji.
reason-data_mismatch-step-3 = Jeśli formularz ma pole na imię i nazwisko w lokalnym języku, wpisz je tam tym samym alfabetem co w dokumencie.
reason-data_mismatch-step-4 = Data urodzenia: sprawdź kolejność dnia i miesiąca.
reason-data_mismatch-step-5 = Numer dokumentu: pełny, bez spacji; nie myl litery O z zerem ani litery I z jedynką.
reason-data_mismatch-step-6 = Jeśli masz dwa obywatelstwa, wybierz obywatelstwo z dokumentu, który przesyłasz.
reason-data_mismatch-step-7 = Kraj zamieszkania: ten, w którym naprawdę mieszkasz.
reason-data_mismatch-step-8 = Jeśli nie możesz już edytować danych, poproś wsparcie OKX o ich poprawienie.

## selfie_failed

reason-selfie_failed = Nieudane selfie
reason-selfie_failed-about = Skanu twarzy nie udało się dokończyć albo twarz nie była wystarczająco wyraźna. OKX prosi, żeby cała twarz była w owalu, w dobrym świetle i bez poruszenia.
reason-selfie_failed-step-1 = Stań twarzą do światła: za tobą nie może być okna ani lampy.
reason-selfie_failed-step-2 = Zdejmij czapkę, maseczkę lub okulary przeciwsłoneczne i odgarnij włosy z twarzy.
reason-selfie_failed-step-3 = Trzymaj telefon na wysokości oczu, z twarzą w owalu.
reason-selfie_failed-step-4 = Trzymaj telefon nieruchomo, a gdy aplikacja poprosi, powoli obróć głowę.
reason-selfie_failed-step-5 = Zezwól na dostęp do aparatu, zaktualizuj aplikację OKX i zamknij inne aplikacje; jeśli nadal się nie udaje, spróbuj na innym telefonie.
reason-selfie_failed-step-6 = Zrób to osobiście: weryfikację twarzy może przejść tylko właściciel konta.

## face_mismatch

reason-face_mismatch = Twarz niezgodna
reason-face_mismatch-about = Twarzy z selfie nie udało się dopasować do zdjęcia w dokumencie.
reason-face_mismatch-step-1 = Selfie może zrobić tylko właściciel konta.
reason-face_mismatch-step-2 = Użyj najnowszego dokumentu, żeby zdjęcie w nim przypominało to, jak wyglądasz dziś.
reason-face_mismatch-step-3 = Upewnij się, że zdjęcie twarzy na fotografii dokumentu jest ostre i bez odblasków.
reason-face_mismatch-step-4 = Zachowaj neutralny wyraz twarzy, bez okularów i nakrycia głowy.
reason-face_mismatch-step-5 = Jeśli dalej się nie udaje, skontaktuj się ze wsparciem OKX: niektóre serwisy weryfikacyjne traktują niezgodność twarzy jako ostateczną.

## duplicate_identity

reason-duplicate_identity = ID już zweryfikowany
reason-duplicate_identity-about = Ta tożsamość jest już zweryfikowana na innym koncie OKX. OKX pozwala na jedno konto na osobę, więc ponowne przesłanie nic nie da.
reason-duplicate_identity-step-1 = OKX pozwala na jedno konto na osobę, a twoja tożsamość jest powiązana z innym kontem.
reason-duplicate_identity-step-2 = Zaloguj się na tamto konto albo odzyskaj je przez procedurę odzyskiwania konta OKX.
reason-duplicate_identity-step-3 = Jeśli nie znasz tego konta (ktoś mógł użyć twojego dokumentu), skontaktuj się ze wsparciem OKX i podaj swój UID.
reason-duplicate_identity-step-4 = Nigdy nie używaj cudzego dokumentu i nigdy nikomu nie pożyczaj swojego.

## not_eligible

reason-not_eligible = Region/brak uprawnień
reason-not_eligible-about = OKX nie może cię zweryfikować dla tego konta, np. z powodu miejsca zamieszkania. Ponowne przesłanie tego nie zmieni.
reason-not_eligible-step-1 = Przeczytaj punkt 2.2 Warunków korzystania z usług OKX (Terms of Service) i sprawdź, który podmiot OKX obsługuje twój kraj zamieszkania.
reason-not_eligible-step-2 = Liczy się to, gdzie mieszkasz, a nie tylko obywatelstwo.
reason-not_eligible-step-3 = Nie używaj VPN i nie podawaj fałszywego miejsca zamieszkania.
reason-not_eligible-step-4 = Jeśli uważasz, że to pomyłka (np. po przeprowadzce), skontaktuj się ze wsparciem OKX, podaj swój UID i dołącz potwierdzenie miejsca zamieszkania; nie wysyłaj wniosku raz za razem.

## address_proof

reason-address_proof = Potwierdzenie adresu
reason-address_proof-about = Potwierdzenie adresu nie zostało zaakceptowane. Musi zawierać twoje imię i nazwisko oraz aktualny adres — ten sam, który wpisano w formularzu.
reason-address_proof-step-1 = Użyj dokumentu, na którym widać twoje imię i nazwisko oraz aktualny adres zamieszkania.
reason-address_proof-step-2 = Adres musi być dokładnie taki sam jak ten wpisany w formularzu.
reason-address_proof-step-3 = Użyj świeżego dokumentu: wystawionego w ciągu ostatnich 3 miesięcy tam, gdzie OKX podaje taki limit (np. w Arabii Saudyjskiej).
reason-address_proof-step-4 = Wyślij zdjęcie oryginału (cała strona, wszystkie rogi) lub PDF w takiej postaci, w jakiej został wystawiony; żadnych zrzutów ekranu.
reason-address_proof-step-5 = Nie podawaj adresu skrytki pocztowej.

## unknown

reason-unknown = Nie podano powodu
reason-unknown-about = OKX nie pokazało ci powodu. Zwykle znajdziesz go w e-mailu lub SMS-ie od OKX, razem z linkiem do ponownego przesłania wniosku.
reason-unknown-step-1 = Przeczytaj e-mail lub SMS od OKX w sprawie weryfikacji: jest w nim powód i link do ponownego przesłania.
reason-unknown-step-2 = Otwórz stronę weryfikacji w aplikacji OKX i poszukaj tam powodu.
reason-unknown-step-3 = Jeśli go tam nie ma, sprawdź po kolei najczęstsze przyczyny: zrzut ekranu, kopia lub zdjęcie czarno-białe; niewidoczne rogi; rozmycie; odblaski; data ważności; wpisane dane; selfie.
reason-unknown-step-4 = Wyślij temu botowi zdjęcie dokumentu i selfie do sprawdzenia.
reason-unknown-step-5 = Jeśli nadal nic nie wiadomo albo po 24 godzinach nie ma wyniku, skontaktuj się ze wsparciem OKX.
reason-invalid-expiry = Zła data ważności
