# Stałe części końcowej listy kontrolnej, sprawdzenie daty ważności i dalsze kroki.
# Zob. locales/README.md i src/content/checklist.rs (który składa je po kolei).

## Nagłówki sekcji listy kontrolnej

checklist-title = Twoja lista kontrolna przed ponownym przesłaniem
checklist-title-final = Co zrobić zamiast ponownego przesłania
checklist-section-reason = Usuń przyczynę podaną przez OKX
checklist-section-photos = Popraw to, co znalazłem na zdjęciach
checklist-section-data = Sprawdź wpisane dane
checklist-section-resubmit = Potem prześlij ponownie
checklist-section-instead = Co zrobić zamiast tego

## Sprawdzenie danych: każde wpisane pole dokładnie jak w dokumencie

checklist-data-1 = Imię i nazwisko: dokładnie tak, jak są wydrukowane w dokumencie, ta sama pisownia i kolejność, w tym alfabecie (łacińskim lub lokalnym), o który prosi pole.
checklist-data-2 = Data urodzenia: ta sama co w dokumencie; sprawdź, czy dzień i miesiąc nie są zamienione.
checklist-data-3 = Data ważności: dokument nie może być po terminie; upewnij się, że będzie ważny w dniu przesłania.
checklist-data-4 = Adres: twój aktualny adres zamieszkania, zapisany tak samo jak na potwierdzeniu adresu, jeśli jest wymagane.
checklist-data-5 = Obywatelstwo i numer dokumentu: obywatelstwo z dokumentu, który przesyłasz, a numer pełny, bez spacji.

## Kolejność ponownego przesłania (powody do samodzielnego naprawienia)

checklist-resubmit-1 = Najpierw popraw wszystko z tej listy, dopiero potem prześlij ponownie. Te same zdjęcia wysłane jeszcze raz rzadko dają inny wynik.
checklist-resubmit-2 = Przez całą weryfikację używaj tego samego telefonu i tej samej sieci i nie włączaj ani nie wyłączaj VPN w trakcie sprawdzania.
checklist-resubmit-3 = Prześlij wniosek raz — przez link w e-mailu od OKX albo stronę weryfikacji w aplikacji — i poczekaj na wynik.
checklist-resubmit-4 = Jeśli na koncie widać czas oczekiwania przed kolejną próbą, odczekaj go. OKX nie publikuje stałego limitu prób ani czasu oczekiwania.

## Zamiast ponownego przesłania (powody ostateczne: tożsamość już użyta, brak uprawnień)

checklist-final-1 = Nie przesyłaj ponownie: ani te same, ani nowe zdjęcia nie zmienią tej decyzji.
checklist-final-2 = Kontaktuj się ze wsparciem OKX tylko przez aplikację OKX lub okx.com i podaj swój UID.
checklist-final-3 = Nikt z OKX nie poprosi cię o hasło, kody 2FA, frazę seed ani o zapłatę za odblokowanie weryfikacji.

## Sprawdzenie daty ważności ($date to odczytana data w formacie RRRR-MM-DD)

expiry-read-as = Odczytałem tę datę jako { $date }.
expiry-expired = Ten dokument stracił ważność. OKX nie akceptuje dokumentów po terminie ważności: użyj innego ważnego dokumentu albo wyrób nowy.
expiry-soon = Ten dokument traci ważność w ciągu miesiąca. Może jeszcze przejść, ale niektóre serwisy weryfikacyjne odrzucają dokumenty, które tak szybko tracą ważność: jeśli masz inny ważny dokument, użyj go.
expiry-fine = Sama data jest w porządku: dokument jest ważny jeszcze ponad miesiąc. Jeśli OKX napisała „nieprawidłowa data ważności”, sprawdź, czy data na zdjęciu jest ostra i bez odblasków oraz wpisana dokładnie tak jak w dokumencie.
expiry-unreadable = Nie udało mi się odczytać tej daty. Wpisz ją tak jak w dokumencie, np. 15.03.2027 albo 2027-03-15.

## Dalsze kroki

next-register = Nie masz jeszcze konta w OKX? Zarejestruj się tylko w oficjalnej aplikacji OKX lub na okx.com; nigdy przez linki od nieznajomych czy z czatów.
next-complete-kyc = Jak przejść weryfikację: na stronie — ikona profilu → „Verification” (Weryfikacja) → „Individual account” (Konto indywidualne); w aplikacji — „User Center” (Centrum użytkownika) → „Profile and Settings” (Profil i ustawienia) → „Identity verification” (Weryfikacja tożsamości). W polskiej wersji nazwy mogą się trochę różnić. Przygotuj ważny dokument, rób zdjęcia w dobrym świetle na gładkim tle i wpisuj dane dokładnie tak jak w dokumencie. Jeśli weryfikacja się nie uda, przeczytaj powód w e-mailu lub aplikacji OKX, usuń przyczynę i sprawdź tu swoje zdjęcia przed ponownym przesłaniem.
next-help-centre = We wszystkim, na co ten bot nie odpowie, pomoże Centrum pomocy OKX (okx.com/help) lub wsparcie w aplikacji OKX. Ostatecznym źródłem informacji jest oficjalna dokumentacja OKX: ten bot to niezależny pomocnik i może mieć nieaktualne informacje.
next-terms-link = Warunki korzystania z usług OKX, sekcja 2.2 (gdzie OKX nie świadczy usług): https://www.okx.com/help-center/360021813691
expiry-none = Dokument bez daty ważności nie może być przeterminowany, więc nie ma tu czego poprawiać. OKX nie publikuje osobnej zasady dla takich dokumentów: jeśli formularz wymaga daty, zapytaj wsparcie OKX.
