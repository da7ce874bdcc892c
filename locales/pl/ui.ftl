# Teksty samego dialogu. Zob. locales/README.md. Zwykły tekst: bez HTML i Markdown.
app-name = KYC Doctor

## Menu główne
menu-welcome =
    Cześć! Jestem KYC Doctor 🩺 — pomagam naprawić odrzuconą weryfikację tożsamości w OKX.

    Podaj powód odrzucenia, który widzisz w OKX, i wyślij zdjęcia dokumentu oraz selfie, które chcesz przesłać — sprawdzę je i przed ponownym wysłaniem dam ci listę kontrolną krok po kroku.

    Jestem niezależnym narzędziem, a nie OKX. Nigdy nie proszę o hasła, kody 2FA ani frazy seed.
menu-again = Co chcesz teraz zrobić?
btn-check = 🩺 Napraw weryfikację
btn-faq = ❓ Pytania
btn-scam = ⚠️ Uwaga na oszustów
btn-language = 🌐 Język
btn-privacy = 🔒 Prywatność
btn-menu = ☰ Menu
btn-back = ← Wstecz
btn-continue = ↩ Kontynuuj
btn-more-questions = ❓ Więcej pytań
btn-no-reason = Nie podano powodu
btn-skip = Pomiń to zdjęcie
btn-keep-photo = Zostaw zdjęcie, dalej
btn-retake-front = 🔄 Przód
btn-retake-passport = 🔄 Strona ze zdjęciem
btn-retake-back = 🔄 Tył
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Sprawdź datę ważności
btn-next-steps = ➡ Co dalej

## Powód
ask-family = Co jest napisane na ekranie odrzucenia OKX? Wybierz grupę, która tam widnieje, albo „Region lub uprawnienia”, jeśli OKX napisała, że nie może Cię obsłużyć tam, gdzie mieszkasz.
family-data_mismatch = Niezgodność danych
family-image_quality = Złe zdjęcie dokumentu
family-face_capture = Rozpoznawanie twarzy
family-document = Wymagany dokument
family-account = Region lub uprawnienia
ask-reason = { $family }: jaki dokładnie powód?
reason-final-note = ⛔ Ponowne przesłanie nie zmieni tej decyzji. Oto co możesz zrobić zamiast tego:

## Dokument i zdjęcia
ask-document = Jaki dokument prześlesz?
doc-passport = Paszport
doc-id_card = Dowód osobisty
doc-driver_license = Prawo jazdy
doc-residence_permit = Karta pobytu
slot-front = Przód dokumentu
slot-passport = Strona paszportu ze zdjęciem
slot-back = Tył dokumentu
slot-selfie = Selfie
ask-photo-passport =
    📷 Wyślij zdjęcie strony paszportu z danymi — to samo, które chcesz przesłać do OKX.

    Wskazówka: wyślij je jako plik (📎 → Plik), wtedy dostanę je w pełnej jakości.
ask-photo-front =
    📷 Wyślij zdjęcie przedniej strony dokumentu — to samo, które chcesz przesłać do OKX.

    Wskazówka: wyślij je jako plik (📎 → Plik), wtedy dostanę je w pełnej jakości.
ask-photo-back = 📷 Teraz tył dokumentu.
ask-selfie = 🤳 Teraz selfie: twarz na wprost, w dobrym świetle — tak, jak zrobisz je dla OKX.
ask-selfie-optional = 🤳 Teraz selfie, jeśli chcesz, żebym je też sprawdził: twarz na wprost, w dobrym świetle. Możesz też pominąć ten krok.
ask-expiry = 📅 Wpisz datę ważności wydrukowaną na dokumencie, np. 15.03.2027.
photo-ok = ✅ { $slot }: wszystko w porządku.
photo-warn = ⚠️ { $slot }: może przejść, ale mogłoby być lepiej:
photo-fail = ❌ { $slot }: zrób to zdjęcie jeszcze raz:
photo-same-again = 🔁 To jest to samo zdjęcie, które wcześniej nie przeszło. Zrób proszę nowe.
photo-retake-hint = Wyślij nowe zdjęcie na jego miejsce albo zostaw to.
photo-not-expected = W tej chwili nie czekam na zdjęcie.
photo-checking = 🔍 Sprawdzam zdjęcie…
photo-queued = ⏳ Sprawdzam teraz dużo zdjęć; twoje czeka w kolejce.
photo-too-small-compressed = Telegram mocno skompresował to zdjęcie. Żeby sprawdzenie było rzetelne, wyślij je jako plik (📎 → Plik).
hint-waiting-photo = { $slot }: wciąż czekam na to zdjęcie.

## Podsumowanie
summary-title = 🩺 Twoje wyniki
summary-slot-ok = ✅ { $slot }: dobrze
summary-slot-warn = ⚠️ { $slot }: mogłoby być lepiej
summary-slot-fail = ❌ { $slot }: zrób ponownie
summary-slot-skipped = ➖ { $slot }: niesprawdzone
summary-checklist-title = Twoja lista kontrolna, po kolei:

## FAQ i inne ekrany
faq-menu-title = ❓ Wybierz pytanie albo po prostu wpisz swoje.
faq-no-match = Nie mam na to odpowiedzi. Oto pytania, na które umiem odpowiedzieć:
faq-did-you-mean = Nie jestem pewien, czy dobrze rozumiem. Czy chodziło ci o któreś z tych pytań?
smalltalk-greeting = Cześć! 👋 Napisz, co OKX odpowiedziała w sprawie weryfikacji, albo zadaj pytanie.
smalltalk-thanks = Nie ma za co! Powodzenia z weryfikacją. 🍀
smalltalk-ack = 👍 Jestem tu, gdy będę potrzebny: wyślij zdjęcie albo napisz pytanie.
smalltalk-bye = Do widzenia i powodzenia! Napisz /start, gdy zechcesz sprawdzić ponownie.
language-choose = 🌐 Wybierz język:
language-set = ✅ Od teraz mówię po polsku.
help-text =
    Sprawdzam zdjęcia, które chcesz przesłać do weryfikacji tożsamości w OKX, i podpowiadam, co poprawić.

    /check — start: powód → zdjęcia → lista kontrolna
    /faq — częste pytania (albo po prostu wpisz pytanie)
    /language — zmiana języka
    /privacy — co przechowuję i jak długo
    /forget — usunięcie wszystkich danych, które o tobie przechowuję
    /cancel — przerwanie i powrót do menu
privacy-text =
    🔒 Prywatność

    • Twoje zdjęcia są sprawdzane w pamięci i od razu usuwane. Nigdy nie trafiają na dysk ani do logów.
    • To, co odczytam ze strefy odczytu maszynowego dokumentu (imię i nazwisko, daty, numer), pokazuję ci raz, w tej odpowiedzi, i nigdy tego nie zapisuję ani nie loguję.
    • Co o tobie przechowuję: etap naszej rozmowy, twój język, wybrany powód, rodzaj dokumentu, kody problemów z każdego sprawdzenia (ze zmierzoną wartością i miejscem na obrazie) oraz 64-bitowy skrót (hash) każdego obrazu: krótką liczbę obliczoną z obrazu, po której zauważę, że ten sam obraz przyszedł dwa razy. Nie da się z niej odtworzyć obrazu. Żadnych zdjęć, nazwisk ani danych z dokumentu.
    • Jak długo: w domyślnym magazynie (SQLite) — dopóki nie wyślesz /forget. Jeśli bot działa na Redis, dane są też usuwane same po okresie bez aktywności (REDIS_TTL_SECS, domyślnie 7 dni). /forget usuwa wszystko naraz.
    • Nie jestem OKX: nie widzę twojego konta i nie mogę w nim nic zmienić. Nigdy nie proszę o hasła, kody 2FA ani frazy seed — kto o nie prosi, jest oszustem.
    • Działam tylko w czatach prywatnych; w grupach nie oglądam zdjęć.
forget-done = 🗑 Gotowe: wszystkie dane, które o tobie przechowywałem, zostały usunięte. Wyślij /start, żeby zacząć od nowa.
cancel-done = OK, przerwane.

## Czego nie mogę użyć
media-sticker = Fajna naklejka! Ale potrzebuję zdjęcia dokumentu albo selfie — albo pytania wpisanego tekstem.
media-voice = Nie mogę odsłuchiwać wiadomości głosowych. Wpisz proszę pytanie tekstem.
media-video = Nie umiem sprawdzać filmów. Wyślij proszę zdjęcie.
media-private-data = Nie wysyłaj mi proszę lokalizacji ani kontaktów — nie są mi potrzebne.
media-not-image = Ten plik nie jest obrazem. Wyślij zdjęcie w formacie JPEG lub PNG.
media-other = Z tego rodzaju wiadomości nie mogę skorzystać.

## Telegram
group-private-only = 🔒 Działam tylko w czatach prywatnych, żeby twoje dokumenty pozostały prywatne. Napisz do mnie bezpośrednio.
error-apology = 😔 Przepraszam, coś poszło nie tak po mojej stronie. Twoje postępy są zapisane — spróbuj jeszcze raz.
rate-limited = ⏳ Trochę wolniej, proszę — spróbuj ponownie za kilka sekund.
session-restarted = ♻️ Po mojej aktualizacji naszą rozmowę trzeba było zacząć od nowa. Przepraszam! Zacznijmy jeszcze raz.
cmd-start = Zacznij od nowa
cmd-help = Jak działam
cmd-check = Sprawdź moje zdjęcia
cmd-faq = Częste pytania
cmd-language = Zmień język
cmd-privacy = Co przechowuję
cmd-forget = Usuń moje dane
cmd-cancel = Przerwij i wróć do menu
edit-not-seen = Czytam tylko nowe wiadomości, a nie edycje. Wyślij to proszę jeszcze raz jako nową wiadomość.
album-received =
    { $count ->
        [one] 📚 Sprawdziłem zdjęcie z twojego albumu:
        [few] 📚 Sprawdziłem { $count } zdjęcia z twojego albumu, po kolei:
        [many] 📚 Sprawdziłem { $count } zdjęć z twojego albumu, po kolei:
       *[other] 📚 Sprawdziłem { $count } zdjęcia z twojego albumu, po kolei:
    }
photo-forwarded = ↪️ To zdjęcie zostało przekazane dalej. Do OKX użyj oryginalnego zdjęcia z aparatu, a nie przekazanej kopii.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Nie potrafię rozpoznać, co jest na tym zdjęciu. To Twój dokument czy selfie?
btn-photo-is-id = 🪪 Mój dokument
btn-photo-is-selfie = 🤳 Selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } wygląda na zrzut ekranu albo zdjęcie ekranu. OKX nie przyjmuje żadnych zrzutów ekranu: sfotografuj oryginał dokumentu aparatem.
photo-same-as-other-side = 🔁 To ten sam obraz co { $other }. Wyślij zdjęcie: { $slot }.
btn-invalid-selfie = Nieprawidłowe selfie

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Nie ma daty ważności
btn-skip-date = Pomiń ten krok
