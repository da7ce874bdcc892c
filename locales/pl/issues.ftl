# Co znalazło sprawdzanie zdjęcia: krótkie nazwy i jeden krok naprawy dla każdego kodu, gdzie na
# dokumencie jest problem i dlaczego pliku w ogóle nie dało się odczytać. Zob. locales/README.md.

## Problemy ze zdjęciem dokumentu: issue-<code> (krótka nazwa), issue-<code>-fix (jeden krok dla zdjęcia dokumentu)

issue-blurry = Rozmyte
issue-blurry-fix = Zdjęcie jest rozmyte: przetrzyj obiektyw, stuknij dokument na ekranie, żeby ustawić ostrość, i trzymaj telefon nieruchomo.
issue-glare = Odblask
# $where to jedna z fraz region-* poniżej, np. „w prawym górnym rogu”.
issue-glare-fix = Jasny odblask { $where } dokumentu: wyłącz lampę błyskową i lekko przechyl dokument, aż odblask zniknie.
issue-too_dark = Za ciemne
issue-too_dark-fix = Zdjęcie jest za ciemne: przejdź w miejsce z jasnym, równym światłem, np. do okna. Nie używaj lampy błyskowej.
issue-too_bright = Za jasne
issue-too_bright-fix = Zdjęcie jest prześwietlone: odejdź od bezpośredniego światła, wyłącz HDR i stuknij dokument na ekranie, żeby ustawić ekspozycję.
issue-cut_off = Ucięte
issue-cut_off-fix = Część dokumentu jest poza kadrem: odsuń telefon, aż zobaczysz wszystkie cztery rogi z małym marginesem wokół.
issue-too_small = Dokument za mały
issue-too_small-fix = Dokument zajmuje za małą część zdjęcia: przybliż telefon, aż dokument wypełni większość kadru, a wszystkie rogi nadal będą widoczne.
issue-low_resolution = Niska rozdzielczość
issue-low_resolution-fix = Zdjęcie ma za mało pikseli, żeby odczytać tekst: zrób je głównym aparatem, bez zoomu, i wyślij oryginał, a nie skompresowaną kopię.
issue-tilted = Pod kątem
issue-tilted-fix = Dokument jest sfotografowany pod kątem: połóż go płasko i trzymaj telefon prosto nad nim, równolegle do dokumentu.
issue-grayscale = Czarno-białe
issue-grayscale-fix = Zdjęcie jest czarno-białe, a OKX wymaga kolorowego. Wyłącz wszystkie filtry i sfotografuj oryginał w kolorze.
issue-screen_photo = Zrzut lub zdjęcie ekranu
issue-screen_photo-fix = To wygląda na zrzut ekranu albo zdjęcie ekranu: sfotografuj sam fizyczny dokument aparatem w telefonie.
issue-no_document = Nie widać dokumentu
issue-no_document-fix = Nie widzę dokumentu na zdjęciu: połóż go na gładkiej, kontrastowej powierzchni, tak żeby wypełniał większość kadru.
issue-mrz_unreadable = Strefa odczytu maszynowego nieczytelna
issue-mrz_unreadable-fix = Systemy weryfikacji odczytują wiersze z ‹‹‹ na dole dokumentu (strefę odczytu maszynowego), a ja nie mogłem ich odczytać: cały pasek musi być na zdjęciu, ostry i bez odblasków. Podejdź bliżej, trzymaj telefon nieruchomo i przechyl dokument tak, by światło się nie odbijało.
issue-document_uncertain = Niewyraźne krawędzie dokumentu
issue-document_uncertain-fix = Nie widzę wyraźnie krawędzi dokumentu, więc nie oceniłem, czy jest ucięty, za mały lub przechylony: połóż go na gładkiej, ciemniejszej powierzchni i zrób zdjęcie jeszcze raz.

## Problemy z selfie

issue-no_face = Nie widać twarzy
issue-no_face-fix = Nie widzę twarzy: patrz prosto w aparat, stań twarzą do światła i zmieść całą twarz w kadrze.
issue-multiple_faces = Kilka twarzy
issue-multiple_faces-fix = Na zdjęciu jest więcej niż jedna twarz: zrób selfie w pojedynkę, bez nikogo za tobą.
issue-face_too_small = Twarz za daleko
issue-face_too_small-fix = Twarz jest za daleko: trzymaj telefon bliżej, na wysokości oczu, tak żeby twarz wypełniała owal.
issue-face_cut_off = Ucięta twarz
issue-face_cut_off-fix = Część twarzy jest poza kadrem: zmieść w kadrze całą głowę, od brody po włosy.
issue-face_off_center = Twarz nie na środku
issue-face_off_center-fix = Twarz jest daleko od środka: trzymaj telefon prosto przed sobą, z twarzą pośrodku kadru.
issue-backlit = Światło za tobą
issue-backlit-fix = Tło jest dużo jaśniejsze niż twarz: odwróć się twarzą do okna lub lampy, a nie plecami.
issue-uneven_light = Nierówne światło
issue-uneven_light-fix = Jedna strona twarzy jest dużo ciemniejsza: stań przodem do źródła światła, żeby obie strony były równo oświetlone.

## Wersje dla selfie kodów, które dotyczą obu rodzajów zdjęć

issue-selfie-blurry-fix = Selfie jest rozmyte: przetrzyj przedni aparat, trzymaj telefon nieruchomo na wysokości oczu i ruszaj się powoli.
issue-selfie-too_dark-fix = Selfie jest za ciemne: przejdź w jasne miejsce i stań twarzą do światła.
issue-selfie-too_bright-fix = Selfie jest prześwietlone: odejdź od bezpośredniego słońca lub mocnej lampy i użyj miękkiego, równego światła.
issue-selfie-grayscale-fix = Selfie jest czarno-białe: wyłącz w aparacie wszystkie filtry i efekty kolorów.
issue-selfie-low_resolution-fix = Selfie ma za mało pikseli: zrób je bezpośrednio aparatem telefonu i wyślij oryginał, a nie skompresowaną kopię.

## Gdzie na dokumencie jest problem (wstawiane jako { $where } powyżej)

region-top_left = w lewym górnym rogu
region-top = przy górnej krawędzi
region-top_right = w prawym górnym rogu
region-left = przy lewej krawędzi
region-center = na środku
region-right = przy prawej krawędzi
region-bottom_left = w lewym dolnym rogu
region-bottom = przy dolnej krawędzi
region-bottom_right = w prawym dolnym rogu
# Gdy nie da się określić miejsca.
region-unknown = na części

## Pliki, których w ogóle nie dało się przeanalizować (kody błędów wejścia z docs/contracts.md)

input-error-not_found = Nie mogę znaleźć tego pliku. Sprawdź ścieżkę i spróbuj ponownie.
input-error-unsupported_format = Nie odczytam tego formatu obrazu (np. zdjęć HEIC z iPhone'a). Wyślij je w Telegramie jako zwykłe zdjęcie albo zapisz jako JPEG: na iPhonie Ustawienia → Aparat → Formaty → Najbardziej zgodne.
input-error-corrupt = Nie mogę odczytać tego obrazu: plik wygląda na uszkodzony lub niekompletny. Zrób nowe zdjęcie i wyślij je ponownie.
input-error-too_large = Ten plik jest za duży do sprawdzenia. Wyślij obraz jako zwykłe zdjęcie, a nie jako plik, albo wyślij mniejszy obraz.
input-error-too_many_pixels = Ten obraz ma więcej pikseli, niż jestem w stanie sprawdzić. Wyślij go jako zwykłe zdjęcie (Telegram sam je zmniejszy) albo ustaw niższą rozdzielczość aparatu.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Co jest w dokumencie (odczytane ze strefy odczytu maszynowego, widoczne tylko dla Ciebie i nigdzie niezapisywane):
mrz-block-surname = Nazwisko: { $value }
mrz-block-given = Imiona: { $value }
mrz-block-birth = Data urodzenia: { $value }
mrz-block-expiry = Data ważności: { $value }
mrz-block-nationality = Obywatelstwo: { $value }
mrz-block-number = Numer dokumentu: { $value }
mrz-block-advice = Wpisz je w formularzu OKX dokładnie tak, jak są wydrukowane. Imię i nazwisko nie mają cyfry kontrolnej, więc sprawdź pisownię z dokumentem.
