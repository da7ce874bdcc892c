# FAQ: faq-<id>-q (pytanie; to też etykieta przycisku, więc krótko), faq-<id>-a (odpowiedź, zwykły
# tekst, maks. ok. 900 znaków), faq-<id>-keys (słowa i frazy po przecinku, tak jak ludzie naprawdę
# piszą to pytanie po polsku, ze slangiem, literówkami i bez polskich znaków; według nich działa dopasowanie pytań).
# Fakty tylko z docs/kyc-knowledge.md. Gdzie OKX nie publikuje zasady, mówimy to wprost.

faq-common_causes-q = Dlaczego mnie odrzucono?
faq-common_causes-a = Najczęstsze przyczyny, mniej więcej w kolejności, w jakiej warto je sprawdzać:
    1. Zrzut ekranu, kserokopia, zdjęcie ekranu albo czarno-białe zdjęcie zamiast kolorowego zdjęcia oryginału.
    2. Ucięty róg albo róg zasłonięty palcem.
    3. Rozmyte zdjęcie.
    4. Odblask na tekście lub zdjęciu twarzy.
    5. Dokument po terminie ważności albo uszkodzony.
    6. Wpisane dane (imię i nazwisko, data urodzenia, numer dokumentu) różnią się od tych w dokumencie.
    7. Nieudane selfie: ciemne pomieszczenie, poruszenie, twarz poza owalem.
    8. Tożsamość użyta już na innym koncie albo kraj zamieszkania, którego OKX nie obsługuje.
    Powód podaje e-mail od OKX. Napisz mi, jaki to powód, a przygotuję dla ciebie listę kontrolną.
faq-common_causes-keys = dlaczego odrzucono, czemu odrzucili, odrzucona weryfikacja, weryfikacja odrzucona, odrzucili weryfikację, odrzucili weryfikacje, nie przeszła weryfikacja, nie przeszlo, nie przeszedłem weryfikacji, nie przeszłam weryfikacji, kyc odrzucone, kyc nie przeszło, odmowa, odrzucenie, powód odrzucenia, powod odrzucenia, co jest nie tak, co zrobiłem źle, znowu odrzucone, weryfikacja nieudana, weryfikacja negatywna, weryfikacja nie powiodła się, werifikacja, wertyfikacja

faq-no_reason_shown-q = Nie widzę powodu odrzucenia
faq-no_reason_shown-a = OKX wysyła powód odrzucenia e-mailem, razem z linkiem do ponownego przesłania wniosku. Sprawdź skrzynkę odbiorczą i folder spam, a także SMS-y i stronę weryfikacji w aplikacji OKX. Jeśli nadal nie widzisz powodu, wybierz w tym bocie „Nie podano powodu”: przeprowadzę cię przez najczęstsze przyczyny i sprawdzę twoje zdjęcia.
faq-no_reason_shown-keys = brak powodu, bez powodu, nie podano powodu, nie podali powodu, nie wiem dlaczego, nie wiem czemu, bez wyjaśnienia, bez uzasadnienia, nie napisali dlaczego, pisze tylko odrzucone, gdzie jest powód, gdzie powod, jak sprawdzić powód, nie widzę powodu, nie widze powodu, nie dostałem maila, nie dostałam maila, nieznany powód, nie ma maila

faq-review_time-q = Ile trwa weryfikacja?
faq-review_time-a = Gdy potrzebna jest dodatkowa weryfikacja, według OKX trwa ona do 24 godzin, a przy dużym obciążeniu dłużej. Wynik dostajesz SMS-em lub e-mailem. Jeśli po 24 godzinach nadal nic nie wiesz, skontaktuj się z Centrum wsparcia OKX albo z czatbotem AI w aplikacji.
faq-review_time-keys = ile trwa, ile to trwa, jak długo, jak dlugo, ile czekać, ile czekac, czas weryfikacji, czas oczekiwania, ile godzin, ile dni, w trakcie weryfikacji, weryfikacja w toku, w weryfikacji, oczekuje, oczekujące, pending, w toku, kiedy zweryfikują, kiedy będzie wynik, kiedy zatwierdzą, długo trwa, dlugo trwa, weryfikacja trwa

faq-no_result_24h-q = Minęło ponad 24 godziny
faq-no_result_24h-a = Według OKX weryfikacja wymagająca dodatkowego sprawdzenia może trwać do 24 godzin, w okresach szczytu dłużej. Jeśli minęło ponad 24 godziny, skontaktuj się z Centrum wsparcia OKX albo z czatbotem AI w aplikacji OKX i podaj swój UID. W międzyczasie nie składaj drugiego wniosku; najpierw sprawdź e-mail (także spam) i SMS-y, czy wynik już nie przyszedł.
faq-no_result_24h-keys = brak wyniku, brak odpowiedzi, ponad 24 godziny, ponad dobę, ponad dobe, minęła doba, po 24 godzinach, 2 dni, dwa dni, 3 dni, tydzień, tydzien, nadal czekam, dalej czekam, utknęło, utknelo, zawieszone, wisi, nic się nie dzieje, nikt nie odpowiada, wciąż w weryfikacji, dalej pending, 48 godzin, 24h

faq-resubmit_timing-q = Kiedy mogę wysłać ponownie?
faq-resubmit_timing-a = OKX nie publikuje stałego czasu oczekiwania przed ponownym przesłaniem. Wysyła e-mail z powodem i linkiem do ponownego przesłania. Najpierw usuń przyczynę i zrób nowe zdjęcia: ponowne wysłanie odrzuconego obrazu rzadko pomaga, a niektóre serwisy weryfikacyjne go oznaczają. Jeśli na koncie widać czas oczekiwania, odczekaj go; niektóre inne giełdy stosują przerwy po nieudanych próbach. Jeśli nie ma przycisku ponownego przesłania, skontaktuj się ze wsparciem OKX.
faq-resubmit_timing-keys = kiedy ponownie, wysłać ponownie, wyslac ponownie, jeszcze raz, spróbować ponownie, sprobowac jeszcze raz, ponowna weryfikacja, powtórzyć weryfikację, powtorzyc, kiedy mogę znowu, ile odczekać, ile czekac na kolejna probe, kolejna próba, następna próba, nastepna proba, przerwa między próbami, cooldown, wgrać ponownie, przesłać jeszcze raz, zweryfikować się ponownie, od nowa

faq-repeated_retries-q = Czy jest limit prób?
faq-repeated_retries-a = OKX nie publikuje limitu prób weryfikacji ani czasu blokady. Komunikat o „maksymalnej liczbie prób weryfikacji twarzy” dotyczy kluczy dostępu (passkeys) OKX, a nie weryfikacji tożsamości. Niektóre serwisy weryfikacyjne ograniczają liczbę powtórzeń, więc traktuj każdą próbę jako cenną: najpierw usuń przyczynę. Po kilku nieudanych próbach z rzędu zatrzymaj się i skontaktuj ze wsparciem OKX, podając swój UID.
faq-repeated_retries-keys = limit prób, limit prob, ile prób, ile prob, ile razy, ile razy można, pozostałe próby, liczba prób, maksymalna liczba prób, za dużo prób, za duzo prob, wiele razy, próbowałem wiele razy, próbowałam wiele razy, 3 razy, trzeci raz, ciągle odrzuca, ciagle odrzucaja, zablokowane, blokada, konto zablokowane, ban, ostatnia próba, skończyły się próby

faq-permanent_rejection-q = Czy odrzucenie jest ostateczne?
faq-permanent_rejection-a = Większość odrzuceń nie jest ostateczna: problemy z jakością zdjęć, dokumentem i wpisanymi danymi można naprawić i przesłać wniosek ponownie. Niektóre są jednak ostateczne i ponowne przesłanie ich nie zmieni: tożsamość zweryfikowana już na innym koncie, kraj zamieszkania, którego OKX nie obsługuje, oraz podejrzenie oszustwa. W takich przypadkach skontaktuj się ze wsparciem OKX zamiast próbować dalej.
faq-permanent_rejection-keys = ostateczne, ostatecznie, ostateczna decyzja, na zawsze, na stałe, permanentnie, nigdy się nie zweryfikuję, już nigdy, już po wszystkim, koniec, czy mogę jeszcze, czy jest szansa, czy da się jeszcze, ban na zawsze, nie da się naprawić, bez szans, stracone, definitywnie

faq-clear_but_failed-q = Wyraźne zdjęcie, a odrzucone
faq-clear_but_failed-a = Zdjęcie, które na twoim ekranie wygląda dobrze, i tak może nie przejść. Typowe ukryte przyczyny: zdjęcie ekranu (delikatne paski), odblask na laminowanej karcie widoczny dopiero po powiększeniu, palec na rogu albo to samo odrzucone zdjęcie wysłane ponownie. Problem może też wcale nie dotyczyć zdjęcia: porównaj wpisane dane z dokumentem. Wyślij mi zdjęcie, to je sprawdzę.
faq-clear_but_failed-keys = zdjęcie było wyraźne, wyraźne zdjęcie, wyrazne zdjecie, dobre zdjęcie, dobra jakość, zdjęcie ok, zdjecie ok, ostre zdjęcie, wszystko widać, wszystko widac, wszystko czytelne, wszystko dobrze, zrobiłem wszystko dobrze, zrobiłam wszystko dobrze, nic złego ze zdjęciem, dlaczego odrzucili dobre zdjęcie, wysoka jakość, fotka była ok, czytelne a odrzucone

faq-blurry_photo-q = Moje zdjęcie jest rozmyte
faq-blurry_photo-a = OKX potrzebuje ostrego, czytelnego zdjęcia. Przetrzyj obiektyw; połóż dokument płasko i trzymaj telefon równolegle, ok. 15–25 cm nad nim; użyj głównego tylnego aparatu bez zoomu i stuknij, żeby ustawić ostrość; trzymaj telefon nieruchomo w dobrym świetle. Potem powiększ zdjęcie: każdy znak, a w paszporcie także oba wiersze na dole, musi być czytelny. Prześlij oryginalne zdjęcie, a nie przekazaną dalej lub skompresowaną kopię.
faq-blurry_photo-keys = rozmyte, rozmazane, rozmyte zdjęcie, rozmazane zdjecie, nieostre, nieostro, brak ostrości, brak ostrosci, nieczytelne, nieczytelny, nie da się odczytać, słaba jakość, slaba jakosc, zła jakość, kiepska jakość, jakość zdjęcia, ziarniste, pikseloza, poruszone, aparat nie łapie ostrości, nie ostre, blur

faq-glare-q = Jak uniknąć odblasków?
faq-glare-a = OKX potrzebuje zdjęcia bez odblasków. Wyłącz lampę błyskową; odsuń się od lamp i bezpośredniego słońca i użyj miękkiego światła dziennego z boku; wyjmij dokument z etui lub okładki; lekko go przechyl, aż na tekście, zdjęciu i hologramie nie będzie jasnej plamy. Najtrudniej jest z laminowanymi kartami: zrób kilka zdjęć pod różnymi kątami i wybierz to bez odblasków.
faq-glare-keys = odblask, odblaski, odbicie, odbicie światła, refleks, refleksy, błysk, blysk, lampa błyskowa, flesz, lampa, jasna plama, biała plama, świeci się, swieci sie, hologram, laminowana, karta plastikowa, połysk, odbija światło, prześwietlony fragment

faq-cropped_edges-q = Ucięte lub zasłonięte rogi
faq-cropped_edges-a = OKX wymaga, żeby wszystkie cztery rogi były widoczne i żeby nic, nawet palec, nie zasłaniało dokumentu. Połóż dokument na gładkim, kontrastowym stole; zmieść go w całości w kadrze z małym marginesem z każdej strony, tak żeby nadal zajmował większość zdjęcia; nie przycinaj zdjęcia potem. W przypadku paszportu pokaż całą stronę z danymi, razem z oboma wierszami na dole.
faq-cropped_edges-keys = rogi, róg, rog, ucięte, uciete, ucięty róg, przycięte, przyciete, krawędzie, krawedzie, brzegi, nie cały dokument, nie widać rogu, częściowo widoczny, część dokumentu, palec, palce, zasłonięte, zasloniete, cały dokument, caly dokument, zmieścić w kadrze, nie mieści się, pół dokumentu

faq-screenshot_or_copy-q = Zrzut ekranu, skan czy kopia?
faq-screenshot_or_copy-a = Nie. OKX nie akceptuje żadnych zrzutów ekranu, kserokopii, skanów, wydruków, zdjęć zdjęcia lub ekranu ani edytowanych obrazów. Zrób nowe, kolorowe zdjęcie fizycznego dokumentu aparatem w telefonie i go nie edytuj.
faq-screenshot_or_copy-keys = zrzut ekranu, zrzut, screenshot, screen, skrin, skan, skanowany, zeskanowany, skaner, kopia, kserokopia, ksero, wydruk, wydrukowany, zdjęcie zdjęcia, zdjęcie ekranu, dokument cyfrowy, mobywatel, e-dowód, z galerii, stare zdjęcie, edytowane, photoshop, pdf dowodu

faq-color_photo-q = Czy zdjęcie musi być kolorowe?
faq-color_photo-a = Tak. OKX prosi o kolorowe zdjęcie oryginalnego dokumentu. Zdjęcia czarno-białe, filtry w odcieniach szarości i kserokopie są odrzucane. Wyłącz wszystkie filtry i efekty kolorów i sfotografuj dokument w normalnych kolorach.
faq-color_photo-keys = kolor, kolorowe, kolorowy, w kolorze, czarno-białe, czarno białe, czarnobiale, cz-b, odcienie szarości, odcienie szarosci, szare, monochromatyczne, filtr, bez filtra, kolorowe zdjęcie, zdjecie kolorowe, musi być kolorowe

faq-send_as_file-q = Zdjęcie czy plik dla bota?
faq-send_as_file-a = Obie opcje działają. Obraz wysłany jako „zdjęcie” Telegram ponownie kompresuje, co może ukryć drobne szczegóły; wysłany jako „plik” (spinacz → Plik) zachowuje oryginał, więc moje sprawdzenie jest dokładniejsze. Telegram pozwala botom pobierać pliki do 20 MB. Dotyczy to tylko wysyłania zdjęć do tego bota; w OKX wgrywasz je przez aplikację lub stronę OKX.
faq-send_as_file-keys = wysłać jako plik, jako plik, jako dokument, bez kompresji, kompresja, telegram kompresuje, oryginalna jakość, jak wysłać zdjęcie, jak wyslac zdjecie, jak wgrać, wgrać zdjęcie do bota, załącznik, zalacznik, spinacz, wysłać fotkę, plik czy zdjęcie, traci jakość, utrata jakości

faq-file_format_size-q = Jaki format i rozmiar pliku?
faq-file_format_size-a = OKX nie publikuje limitu rozmiaru ani formatu pliku dla weryfikacji osób prywatnych; zasada 20 MB dla PDF, na którą możesz trafić, dotyczy kont instytucjonalnych (firmowych). Inne serwisy mają limity, np. Kraken poniżej 5 MB, a Onfido poniżej 10 MB, więc zwykłe zdjęcie z aparatu (JPEG) jest bezpiecznym wyborem. Rób zdjęcie w aplikacji OKX, jeśli proponuje użycie aparatu.
faq-file_format_size-keys = rozmiar pliku, limit rozmiaru, maksymalny rozmiar, za duży, za duzy, za duży plik, plik za duży, mb, megabajty, format, format pliku, jpg, jpeg, png, pdf, heic, jaki format, błąd wgrywania, blad przesylania, nie wgrywa się, nie moge wgrac, nie da się przesłać, rozdzielczość, wymiary

faq-both_sides-q = Czy trzeba wysłać obie strony?
faq-both_sides-a = Tak. OKX prosi o przód i tył dokumentu oraz każdą stronę z kluczowymi informacjami. Wyślij dwa osobne zdjęcia, po jednym na stronę, i nigdy dwa razy tej samej strony. W przypadku paszportu wyślij stronę z danymi i twoim zdjęciem, a w razie prośby także inne strony.
faq-both_sides-keys = obie strony, dwie strony, przód i tył, przod i tyl, tył dowodu, tyl dowodu, tylna strona, rewers, awers, druga strona, odwrotna strona, tył karty, ta sama strona dwa razy, strony paszportu, która strona, strona z danymi, strona ze zdjęciem, brak tyłu, obie strony dowodu

faq-accepted_documents-q = Jakie dokumenty są akceptowane?
faq-accepted_documents-a = OKX akceptuje paszport, dowód osobisty, prawo jazdy lub inny wydany przez państwo dokument ze zdjęciem, ale dokładna lista zależy od twojego kraju: formularz weryfikacji pokazuje dostępne opcje. Dokument musi zawierać imię i nazwisko, datę urodzenia, datę wydania i ważności oraz wyraźne zdjęcie twarzy, i nie może być po terminie ważności. Karta wyborcy w niektórych krajach może nie być obsługiwana; wizy, legitymacje studenckie i zezwolenia na pracę nie są dokumentami tożsamości.
faq-accepted_documents-keys = jakie dokumenty, jaki dokument, akceptowane dokumenty, rodzaje dokumentów, rodzaj dokumentu, obsługiwane dokumenty, paszport, dowód osobisty, dowod osobisty, dowód, dowod, prawo jazdy, prawko, karta pobytu, czym mogę się zweryfikować, czy mogę użyć, ważny dokument, dokument tożsamości, co potrzebuję, jakie dokumenty potrzebne

faq-unsupported_document-q = Mój dokument nie jest akceptowany
faq-unsupported_document-a = To, jakie dokumenty akceptuje OKX, zależy od twojego kraju. Wybierz rodzaj dokumentu, który formularz weryfikacji oferuje dla twojego kraju, wydany przez kraj wybrany w formularzu. Karta wyborcy w niektórych krajach może nie być obsługiwana, a wizy, legitymacje studenckie i zezwolenia na pracę nie są akceptowane jako dokumenty tożsamości. Jeśli twój dokument nie jest akceptowany, użyj paszportu lub dowodu osobistego.
faq-unsupported_document-keys = nie akceptują, dokument nieakceptowany, dokument nie jest obsługiwany, nieobsługiwany dokument, nie obslugiwany, zły dokument, zly dokument, zły typ dokumentu, karta wyborcy, legitymacja, legitymacja studencka, wiza, zezwolenie na pracę, karta pobytu, książeczka wojskowa, karta bankowa, odrzucony dokument, dowód nie przechodzi, dokument z innego kraju, zagraniczny paszport

faq-expired_document-q = Czy mogę użyć nieważnego dokumentu?
faq-expired_document-a = Nie. OKX odrzuca dokumenty po terminie ważności. Użyj innego ważnego dokumentu albo wyrób nowy. Lepiej, żeby dokument był ważny jeszcze przez jakiś czas: niektóre serwisy weryfikacyjne odrzucają też dokument, którego ważność kończy się w ciągu miesiąca.
faq-expired_document-keys = nieważny, niewazny, przeterminowany, po terminie, termin ważności, data ważności, data waznosci, ważny do, wazny do, stracił ważność, stary dowód, stary paszport, kończy się ważność, wkrótce traci ważność, wygasa, wygasł, wygasly, wymiana dowodu, nowy dowód, przedłużenie, expired

faq-damaged_document-q = Mój dokument jest uszkodzony
faq-damaged_document-a = OKX prosi o nieuszkodzony dokument. Dokument pęknięty, zniszczony, przedziurawiony albo z obciętym rogiem — lub taki, na którym nie da się odczytać zdjęcia czy danych — jest zwykle odrzucany. Użyj innego ważnego dokumentu, jeśli go masz, albo wyrób nowy zamiast uszkodzonego.
faq-damaged_document-keys = uszkodzony, zniszczony, pęknięty, pekniety, złamany, rozdarty, podarty, porysowany, zarysowany, wytarty, wyblakły, wyblakly, odkleja się, zgięty, wygięty, dziura, przedziurawiony, obcięty róg, zalany, zamoczony, uszkodzony dowód, uszkodzony paszport

faq-unsigned_passport-q = Mój paszport nie jest podpisany
faq-unsigned_passport-a = OKX traktuje paszport z pustym polem na podpis jako nieważny. Podpisz się w polu na podpis, a potem zrób nowe zdjęcie paszportu.
faq-unsigned_passport-keys = podpis, podpisać, podpisac, podpisany, niepodpisany, nie podpisany, bez podpisu, brak podpisu, podpis w paszporcie, pole na podpis, gdzie się podpisać, gdzie podpisac, podpis posiadacza, puste pole podpisu, podpis paszportu

faq-name_mismatch-q = Imię lub nazwisko się nie zgadza
faq-name_mismatch-a = Wpisz imię i nazwisko dokładnie tak, jak są wydrukowane w dokumencie: ta sama pisownia i kolejność, razem z drugim imieniem, bez zdrobnień i bez własnej transliteracji. Jeśli formularz ma pole na imię i nazwisko w lokalnym języku, wpisz je tam tym samym alfabetem co w dokumencie. Jeśli nie możesz już edytować danych, poproś wsparcie OKX o poprawkę.
faq-name_mismatch-keys = imię, imie, nazwisko, imię i nazwisko, imie i nazwisko, drugie imię, nazwisko panieńskie, niezgodne imię, nazwisko się nie zgadza, złe nazwisko, błąd w nazwisku, literówka, polskie znaki, bez polskich znaków, ogonki, transliteracja, łacińskie litery, cyrylica, kolejność imion, zmiana nazwiska, poprawić imię

faq-birthdate_mismatch-q = Data urodzenia się nie zgadza
faq-birthdate_mismatch-a = Data urodzenia, którą wpisujesz, musi być dokładnie taka jak w dokumencie, a dokument musi ją zawierać. Najczęstszy błąd to zamienione dzień i miesiąc. Jeśli nie możesz już jej edytować, poproś wsparcie OKX o poprawkę. Jeśli błędna data jest wydrukowana w samym dokumencie, potrzebujesz poprawionego dokumentu od urzędu, który go wydał.
faq-birthdate_mismatch-keys = data urodzenia, data ur, urodziny, urodzony, urodzona, rok urodzenia, wiek, dzień i miesiąc, miesiąc i dzień, zamieniona data, zamieniony dzien z miesiacem, format daty, zła data, zla data, błędna data, data się nie zgadza, data sie nie zgadza, dob

faq-dual_nationality-q = Mam dwa obywatelstwa
faq-dual_nationality-a = OKX prosi osoby z podwójnym obywatelstwem o wybranie tego obywatelstwa, które jest najbardziej związane z ich tożsamością. Niezależnie od wyboru obywatelstwo w formularzu musi być obywatelstwem dokumentu, który przesyłasz: jeśli wgrywasz hiszpański paszport, wybierz obywatelstwo hiszpańskie.
faq-dual_nationality-keys = podwójne obywatelstwo, podwojne obywatelstwo, dwa obywatelstwa, dwa paszporty, drugi paszport, drugie obywatelstwo, kilka obywatelstw, które obywatelstwo, ktore obywatelstwo, który paszport, obywatelstwo, narodowość, narodowosc, obywatel dwóch krajów, paszport innego kraju

faq-address_proof-q = Potwierdzenie adresu
faq-address_proof-a = OKX prosi o potwierdzenie adresu tylko w niektórych przypadkach. Musi ono zawierać twoje imię i nazwisko oraz aktualny adres — ten sam, który wpisano w formularzu. Wyślij wyraźne zdjęcie oryginału (cała strona, wszystkie rogi) lub PDF w postaci, w jakiej został wystawiony, a nie zrzut ekranu. W Arabii Saudyjskiej dokument musi być wystawiony w ciągu ostatnich 3 miesięcy; ogólna zasada OKX co do wieku dokumentu nie jest potwierdzona, więc najbezpieczniejszy jest świeży dokument. Nie podawaj skrytki pocztowej.
faq-address_proof-keys = potwierdzenie adresu, potwierdzenie zamieszkania, adres, adres zamieszkania, rachunek, rachunek za prąd, rachunek za gaz, rachunek za wodę, rachunek za internet, rachunek za telefon, faktura, wyciąg z banku, wyciag bankowy, zaświadczenie o zameldowaniu, meldunek, umowa najmu, adres się nie zgadza, stary adres, przeprowadzka, jak stary dokument, 3 miesiące, skrytka pocztowa, poa

faq-face_selfie_fail-q = Selfie / skan twarzy nie przechodzi
faq-face_selfie_fail-a = Wskazówki OKX: unikaj ciemnych miejsc i poruszenia, umieść twarz w owalu, a potem powoli poruszaj głową po okręgu. Stań twarzą do światła (bez okna za plecami); bez czapki, maseczki i okularów przeciwsłonecznych; telefon na wysokości oczu. Aplikacja potrzebuje dostępu do aparatu. Jeśli nadal się nie udaje, zaktualizuj aplikację, zamknij inne aplikacje albo spróbuj na innym telefonie; na niektórych telefonach skan twarzy sprawia problemy. Może go wykonać tylko właściciel konta.
faq-face_selfie_fail-keys = selfie, selfi, selfik, słitfocia, twarz, weryfikacja twarzy, rozpoznawanie twarzy, skan twarzy, skanowanie twarzy, nie rozpoznaje twarzy, nie wykrywa twarzy, selfie nie przechodzi, selfie odrzucone, owal, kółko, kolko, ruszanie głową, obróć głowę, aparat, przedni aparat, kamerka, liveness, biometria

faq-glasses_hat_mask-q = Okulary, czapka, maseczka — można?
faq-glasses_hat_mask-a = Nie. OKX prosi, żeby nic nie zasłaniało twarzy: zdejmij okulary, okulary przeciwsłoneczne, czapkę, kapelusz i maseczkę, a włosy odgarnij z twarzy, tak żeby cała twarz była widoczna w owalu.
faq-glasses_hat_mask-keys = okulary, w okularach, okulary przeciwsłoneczne, okulary przeciwsloneczne, ciemne okulary, czapka, czapka z daszkiem, kapelusz, kaptur, maseczka, maska, szalik, broda, makijaż, makijaz, włosy, grzywka, kolczyki, zdjąć okulary, zasłonięta twarz

faq-camera_permission-q = Aparat nie działa
faq-camera_permission-a = Aplikacja OKX potrzebuje uprawnienia do korzystania z aparatu. Otwórz Ustawienia telefonu → Aplikacje → OKX → Uprawnienia, zezwól na Aparat i uruchom aplikację ponownie. Jeśli weryfikujesz się w przeglądarce, zezwól stronie na dostęp do kamery albo przejdź do aplikacji OKX. Zamknij inne aplikacje, które używają aparatu; jeśli dalej nie działa, zaktualizuj aplikację albo spróbuj na innym urządzeniu.
faq-camera_permission-keys = aparat, kamera, aparat nie działa, kamera nie dziala, aparat się nie włącza, nie otwiera się kamera, czarny ekran, uprawnienia, uprawnienia aparatu, dostęp do aparatu, dostep do kamery, zezwolić na aparat, brak kamery, błąd kamery, aplikacja się wyłącza, aplikacja się zawiesza, ciągle się ładuje, przeglądarka, laptop, kamerka internetowa, stary telefon, telefon nieobsługiwany

faq-someone_else_selfie-q = Ktoś inny zrobi moje selfie?
faq-someone_else_selfie-a = Nie. Weryfikację twarzy może przejść tylko właściciel konta, a twarz musi pasować do dokumentu przypisanego do konta. Weryfikacja z cudzą twarzą lub cudzymi dokumentami się nie powiedzie. Każdy, kto chce mieć konto w OKX, weryfikuje się sam.
faq-someone_else_selfie-keys = ktoś inny, ktos inny, inna osoba, za mnie, w moim imieniu, kolega, koleżanka, żona, zona, mąż, maz, mama, tata, brat, siostra, członek rodziny, rodzina, cudzy dokument, cudzy dowód, zweryfikować kogoś, konto rodzica, konto dziecka, na kogoś innego

faq-duplicate_account-q = Dokument użyty na innym koncie
faq-duplicate_account-a = OKX pozwala na jedno konto na osobę, a twoja tożsamość jest już zweryfikowana na innym koncie. Ponowne przesłanie nic nie da. Zaloguj się na tamto konto albo odzyskaj je przez procedurę odzyskiwania konta OKX. Jeśli nie znasz tego konta (ktoś mógł użyć twojego dokumentu), skontaktuj się ze wsparciem OKX i podaj swój UID. Nigdy nie używaj cudzego dokumentu i nie pożyczaj swojego.
faq-duplicate_account-keys = już użyty, juz uzyty, już zweryfikowany, duplikat, zduplikowane, inne konto, drugie konto, stare konto, dwa konta, kilka kont, nowe konto, dokument już użyty, dowód już użyty, tożsamość już użyta, już zarejestrowany, ktoś użył mojego dowodu, stracone konto, zapomniałem konta, odzyskać konto, odzyskanie konta

faq-region_restricted-q = Mój kraj nie jest obsługiwany
faq-region_restricted-a = OKX ustala, które usługi i który podmiot OKX cię obsługują, na podstawie kraju zamieszkania, a nie tylko obywatelstwa. Kraje objęte ograniczeniami są wymienione w punkcie 2.2 Warunków korzystania z usług OKX; sprawdź je tam, bo listy na innych stronach mogą być błędne lub nieaktualne. Ponowne przesłanie tego nie naprawi, a VPN czy fałszywy adres nie pomogą. Jeśli uważasz, że to pomyłka, skontaktuj się ze wsparciem OKX.
faq-region_restricted-keys = kraj, kraj nieobsługiwany, kraj nie jest obsługiwany, ograniczenia, kraj objęty ograniczeniami, region, niedostępne, niedostepne w moim kraju, mój kraj, moj kraj, kraj zamieszkania, miejsce zamieszkania, jurysdykcja, sankcje, zablokowany kraj, usa, stany, brak uprawnień, wiek, poniżej 18, niepełnoletni, gdzie działa okx

faq-vpn_or_travel-q = Z zagranicy lub przez VPN?
faq-vpn_or_travel-a = Podaj prawdziwy kraj zamieszkania: o tym, czy możesz korzystać z OKX, decyduje to, gdzie mieszkasz. Nie używaj VPN, żeby ukryć, gdzie jesteś, i nie podawaj fałszywego miejsca zamieszkania. Niektórzy użytkownicy piszą, że VPN albo lokalizacja inna niż podany kraj zamieszkania powodowały problemy; to nie jest oficjalna zasada OKX, ale najbezpieczniej jest wyłączyć VPN i przejść weryfikację z domu.
faq-vpn_or_travel-keys = vpn, proxy, ip, adres ip, lokalizacja, za granicą, za granica, z zagranicy, w podróży, na wakacjach, urlop, wyjazd, inny kraj, mieszkam za granicą, emigracja, przeprowadzka, przeprowadziłem się, przeprowadziłam się, praca za granicą, tor

faq-official_support-q = Jak dotrzeć do wsparcia OKX?
faq-official_support-a = Kontaktuj się z OKX tylko oficjalnymi kanałami: w aplikacji OKX (Wsparcie lub czatbot AI) albo na okx.com przez Centrum pomocy. Podaj swój UID (znajdziesz go w profilu), ale nigdy hasła ani kodów. Uważaj na konta „wsparcia”, które same piszą do ciebie na Telegramie lub w innych serwisach: to oszuści. Ten bot to nie OKX i nie może skontaktować się ze wsparciem w twoim imieniu.
faq-official_support-keys = wsparcie, support, suport, pomoc, obsługa klienta, obsluga klienta, biuro obsługi, czat, czat na żywo, konsultant, człowiek, rozmowa z konsultantem, e-mail do supportu, numer telefonu, infolinia, zgłoszenie, ticket, reklamacja, skarga, jak się skontaktować, kontakt z okx, okx support

faq-scam_warning-q = Ktoś oferuje, że naprawi mi KYC
faq-scam_warning-a = To oszustwo. Nikt uczciwy nie prosi o hasło, kody 2FA czy SMS, frazę seed ani o zapłatę za „odblokowanie” lub „przyspieszenie” weryfikacji. Nigdy ich nie podawaj i nigdy nie płać. Ze wsparciem OKX kontaktuj się tylko w aplikacji OKX lub na okx.com, a każdego, kto pierwszy pisze do ciebie z ofertą pomocy, traktuj jak oszusta.
faq-scam_warning-keys = oszustwo, oszust, oszuści, scam, skam, przekręt, przekret, fałszywe wsparcie, ktoś prosi o hasło, kod 2fa, kod sms, fraza seed, seed, klucz prywatny, zapłać za odblokowanie, opłata za weryfikację, odblokować konto, przyspieszyć weryfikację, kupić zweryfikowane konto, sprzedać konto, zrobię ci kyc, napisał ktoś z okx, czy to legit

faq-about_bot-q = Kim jesteś? Czy ten bot to OKX?
faq-about_bot-a = Jestem KYC Doctor — niezależny pomocnik o otwartym kodzie źródłowym. Nie jestem OKX i nie mam z nim powiązań. Nie mogę zobaczyć, zmienić ani przyspieszyć twojego konta czy weryfikacji w OKX; sprawdzam tylko twoje zdjęcia i na podstawie opublikowanych zasad OKX wyjaśniam, co poprawić. Nigdy nie potrzebuję twojego hasła, kodów 2FA ani frazy seed. Ostatecznym źródłem informacji jest oficjalna dokumentacja OKX.
faq-about_bot-keys = kim jesteś, kim jestes, kto to, czym jesteś, czy jesteś okx, czy to okx, oficjalny, czy to oficjalne, bot, ten bot, co umiesz, co robi ten bot, pomoc, jak to działa, jak to dziala, możesz mnie zweryfikować, możesz zatwierdzić, możesz przyspieszyć, czy jesteś człowiekiem, czy to prawdziwe

faq-bot_privacy-q = Co robisz z moimi zdjęciami?
faq-bot_privacy-a = Sprawdzam twoje zdjęcia w pamięci i nigdy ich nie zapisuję ani nie loguję. Przechowuję tylko etap naszej rozmowy, twój język, wybrany powód, rodzaj dokumentu, kody problemów ze sprawdzeń i 64-bitowy skrót (hash) każdego obrazu (krótką liczbę obliczoną z obrazu, po której zauważę, że ten sam obraz przyszedł dwa razy). Żadnych zdjęć, nazwisk ani danych z dokumentu: to, co odczytam ze strefy odczytu maszynowego, pokazuję ci raz i nie zapisuję. W domyślnym magazynie (SQLite) dane zostają, dopóki nie wyślesz /forget; jeśli bot działa na Redis, są też usuwane po okresie bez aktywności (REDIS_TTL_SECS, domyślnie 7 dni). Nie jestem OKX i nie widzę twojego konta ani nie mogę go zmienić.
faq-bot_privacy-keys = prywatność, prywatnosc, dane, moje dane, dane osobowe, przechowywanie, przechowujesz, zapisujesz, zapisane, zapisujesz moje zdjęcia, usunąć, usunac dane, usuń moje dane, zapomnij, rodo, gdpr, bezpieczne, czy to bezpieczne, bezpieczeństwo, kto widzi moje zdjęcia, czy zapisujesz dowód, gdzie idą zdjęcia

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX: „Invalid document”
faq-invalid_document-a = „Invalid document” (nieważny dokument) dotyczy samego dokumentu, nie zdjęcia. OKX podaje te przyczyny: brak zdjęcia posiadacza albo niewyraźne zdjęcie, niepodpisany paszport lub, w niektórych krajach, wymóg nowego paszportu. Jeśli pole podpisu w paszporcie jest puste, podpisz je i zrób nowe zdjęcia. Jeśli zdjęcie w dokumencie jest starte lub nieczytelne, użyj innego dokumentu urzędowego, który masz (paszport, dowód osobisty lub prawo jazdy), albo wymień dokument. Jeśli nie wiesz, która przyczyna dotyczy ciebie, zapytaj wsparcie OKX. Mogę sprawdzić nowe zdjęcia przed wysłaniem.
faq-invalid_document-keys = invalid document, nieważny dokument, dokument nieważny, nieprawidłowy dokument, nieważny paszport, potrzebny nowy paszport, brak zdjęcia w dokumencie, starte zdjęcie, niepodpisany paszport, pisze invalid document, dowód nieważny, niewazny dokument

faq-document_photo_rejected-q = „ID detection failed”?
faq-document_photo_rejected-a = Te komunikaty dotyczą zdjęcia dokumentu, nie samego dokumentu. OKX wyjaśnia „Invalid document photo” jako zdjęcie rozmazane, przycięte, z zasłoniętymi danymi albo zły dokument (niepasujący dowód tożsamości lub potwierdzenie adresu). Starsze „ID detection failed” oznacza, że nie udało się rozpoznać dokumentu na zdjęciu: prześwietlenie, odblaski albo dokument niewidoczny w całości. Zrób je ponownie: oryginał (bez zrzutu ekranu i kopii), płasko na ciemnym stole, wszystkie cztery rogi w kadrze, bez palców na nim, równe światło bez odblasków, ostro. Najpierw wyślij mi zdjęcie, sprawdzę je.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, nie rozpoznano dokumentu, nie wykrywa dowodu, zdjęcie dokumentu odrzucone, zdjęcie dowodu odrzucone, błąd wykrywania dokumentu, nie widzi paszportu

faq-face_scan_loop-q = Skan twarzy się zapętla
faq-face_scan_loop-a = OKX nie podaje konkretnej przyczyny, gdy skan twarzy zaczyna się od nowa, zawiesza albo kończy komunikatem „something went wrong”. OKX prosi o to: zezwól aplikacji OKX na użycie aparatu, unikaj ciemnych miejsc i trzęsienia telefonem, zmieść całą twarz w owalu, a potem powoli obracaj głowę po okręgu, gdy pojawi się prośba. Stań twarzą do światła, bez okna czy lampy za plecami. Jeśli nadal się zapętla, spróbuj aplikacji OKX zamiast przeglądarki (albo odwrotnie); niektórzy piszą, że pomógł inny telefon. Jeśli skan nigdy się nie kończy, napisz do wsparcia OKX i podaj swój UID.
faq-face_scan_loop-keys = skan twarzy się zapętla, weryfikacja twarzy zaczyna od nowa, skan twarzy się zawiesza, something went wrong, coś poszło nie tak, kółko kręci się bez końca, selfie od nowa, skan twarzy się nie kończy, ciągle się ładuje

faq-head_covering-q = Hidżab lub chusta na głowie?
faq-head_covering-a = OKX nie publikuje żadnej zasady dotyczącej religijnych nakryć głowy (hidżab, chusta, turban, kipa i inne). Jej zasada: nic nie może zasłaniać twarzy, cała twarz w owalu, bez maseczki, okularów przeciwsłonecznych i czapki. Bezpieczny wybór to więc nakrycie, przy którym cała twarz jest widoczna, od linii włosów po podbródek, bez cienia i w dobrym świetle. Zasłona na części twarzy (np. nikab) tej zasady nie spełnia. O poszczególnych przypadkach decyduje oficjalne wsparcie OKX: zapytaj je, jeśli masz wątpliwości.
faq-head_covering-keys = hidżab, hidzab, chusta, chusta na głowie, turban, kipa, nikab, zasłona, czy mogę mieć hidżab, zdjąć hidżab, hidżab na selfie, chusta na zdjęciu w paszporcie, względy religijne, nakrycie głowy
