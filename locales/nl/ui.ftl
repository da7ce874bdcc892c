# De teksten van het gesprek zelf. Zie locales/README.md. Platte tekst: geen HTML of Markdown.
app-name = KYC Doctor

## Hoofdmenu
menu-welcome =
    Hoi! Ik ben KYC Doctor 🩺 — ik help je een afgewezen identiteitsverificatie bij OKX op te lossen.

    Vertel me welke reden OKX gaf en stuur me de foto's van je ID en de selfie die je wilt indienen. Ik controleer ze en geef je een checklist op volgorde voordat je opnieuw indient.

    Ik ben een onafhankelijke tool, niet OKX. Ik vraag nooit om wachtwoorden, 2FA-codes of seedphrases.
menu-again = Wat wil je doen?
btn-check = 🩺 Verificatie oplossen
btn-faq = ❓ Vragen
btn-scam = ⚠️ Pas op voor oplichters
btn-language = 🌐 Taal
btn-privacy = 🔒 Privacy
btn-menu = ☰ Menu
btn-back = ← Terug
btn-continue = ↩ Verder
btn-more-questions = ❓ Meer vragen
btn-no-reason = Er stond geen reden bij
btn-skip = Deze foto overslaan
btn-keep-photo = Foto houden en doorgaan
btn-retake-front = 🔄 Voorkant
btn-retake-passport = 🔄 Fotopagina
btn-retake-back = 🔄 Achterkant
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Vervaldatum checken
btn-next-steps = ➡ Volgende stappen

## Reden
ask-family = Wat staat er op het afwijzingsscherm van OKX? Kies de groep die daar staat, of ‘Regio of geschiktheid’ als OKX zei dat het je niet kan bedienen waar je woont.
family-data_mismatch = Gegevens kloppen niet
family-image_quality = Ongeldige documentfoto
family-face_capture = Gezichtsherkenning
family-document = Vereist document
family-account = Regio of geschiktheid
ask-reason = { $family }: welke reden precies?
reason-final-note = ⛔ Opnieuw indienen verandert niets aan deze uitkomst. Dit kun je in plaats daarvan doen:

## Document en foto's
ask-document = Welk document ga je indienen?
doc-passport = Paspoort
doc-id_card = Identiteitskaart
doc-driver_license = Rijbewijs
doc-residence_permit = Verblijfsvergunning
slot-front = Voorkant van het document
slot-passport = Fotopagina van het paspoort
slot-back = Achterkant van het document
slot-selfie = Selfie
ask-photo-passport =
    📷 Stuur de foto van de gegevenspagina van je paspoort — precies de foto die je wilt indienen.

    Tip: stuur hem als bestand (📎 → Bestand), dan zie ik hem in volle kwaliteit.
ask-photo-front =
    📷 Stuur de foto van de voorkant van je document — precies de foto die je wilt indienen.

    Tip: stuur hem als bestand (📎 → Bestand), dan zie ik hem in volle kwaliteit.
ask-photo-back = 📷 Nu de achterkant van het document.
ask-selfie = 🤳 Nu een selfie: je gezicht recht voor de camera, in goed licht — zoals je hem voor OKX zou maken.
ask-selfie-optional = 🤳 Nu een selfie, als je die ook wilt laten controleren: je gezicht recht voor de camera, in goed licht. Of sla deze stap over.
ask-expiry = 📅 Typ de vervaldatum die op je document staat, bijvoorbeeld 15.03.2027.
photo-ok = ✅ { $slot }: ziet er goed uit.
photo-warn = ⚠️ { $slot }: kan erdoor komen, maar het kan beter:
photo-fail = ❌ { $slot }: maak deze foto opnieuw:
photo-same-again = 🔁 Dit is dezelfde foto die eerder werd afgekeurd. Maak alsjeblieft een nieuwe.
photo-retake-hint = Stuur een nieuwe foto om deze te vervangen, of houd deze foto.
photo-not-expected = Ik wacht nu niet op een foto.
photo-checking = 🔍 Ik controleer je foto…
photo-queued = ⏳ Er worden nu veel foto's gecontroleerd; die van jou staat in de wachtrij.
photo-too-small-compressed = Telegram heeft deze foto flink gecomprimeerd. Stuur hem voor een nauwkeurige controle als bestand (📎 → Bestand).
hint-waiting-photo = { $slot }: op die foto wacht ik nog.

## Overzicht
summary-title = 🩺 Je resultaten
summary-slot-ok = ✅ { $slot }: goed
summary-slot-warn = ⚠️ { $slot }: kan beter
summary-slot-fail = ❌ { $slot }: opnieuw maken
summary-slot-skipped = ➖ { $slot }: niet gecontroleerd
summary-checklist-title = Je checklist, op volgorde:

## FAQ en andere schermen
faq-menu-title = ❓ Kies een vraag, of typ gewoon je eigen vraag.
faq-no-match = Daar heb ik geen antwoord op. Dit zijn de vragen die ik wel kan beantwoorden:
faq-did-you-mean = Ik weet niet zeker of ik je goed begrijp. Bedoelde je een van deze vragen?
smalltalk-greeting = Hallo! 👋 Vertel wat OKX over je verificatie zei, of typ je vraag.
smalltalk-thanks = Graag gedaan! Succes met je verificatie. 🍀
smalltalk-ack = 👍 Ik ben er als je me nodig hebt: stuur een foto of typ een vraag.
smalltalk-bye = Tot ziens en succes! Typ /start wanneer je opnieuw wilt controleren.
language-choose = 🌐 Kies je taal:
language-set = ✅ Vanaf nu spreek ik Nederlands.
help-text =
    Ik controleer de foto's die je voor de identiteitsverificatie bij OKX wilt indienen en vertel je wat er beter moet.

    /check — starten: reden → foto's → checklist
    /faq — veelgestelde vragen (of typ gewoon een vraag)
    /language — taal wijzigen
    /privacy — wat ik bewaar en hoe lang
    /forget — alles wissen wat ik over je heb opgeslagen
    /cancel — stoppen en terug naar het menu
privacy-text =
    🔒 Privacy

    • Je foto's worden in het geheugen gecontroleerd en meteen daarna weggegooid. Ze worden nooit op schijf opgeslagen of gelogd.
    • Wat ik uit de machineleesbare zone van je document lees (naam, datums, documentnummer) laat ik je één keer zien, in dat antwoord, en wordt nooit opgeslagen of gelogd.
    • Wat ik over je bewaar: de stap van ons gesprek, je taal, de reden die je koos, het documenttype, de probleemcodes van elke controle (met de gemeten waarde en de plek op de afbeelding) en een 64-bits hash van elke afbeelding: een kort getal dat uit de afbeelding is berekend, zodat ik merk wanneer dezelfde afbeelding twee keer wordt gestuurd. Daarmee kan de afbeelding niet worden nagemaakt. Geen foto's, geen namen, geen documentgegevens.
    • Hoe lang: in de standaardopslag (SQLite) tot je /forget stuurt. Draait de bot op Redis, dan wordt het ook vanzelf gewist na een periode zonder activiteit (REDIS_TTL_SECS, standaard 7 dagen). /forget wist alles in één keer.
    • Ik ben niet OKX en kan je account niet zien of wijzigen. Ik vraag nooit om wachtwoorden, 2FA-codes of seedphrases — wie dat wel doet, is een oplichter.
    • Ik werk alleen in privéchats; in groepen bekijk ik geen foto's.
forget-done = 🗑 Klaar: ik heb alles gewist wat ik over je had opgeslagen. Stuur /start om opnieuw te beginnen.
cancel-done = Oké, gestopt.

## Wat ik niet kan gebruiken
media-sticker = Leuke sticker! Maar ik heb een foto van je document of een selfie nodig, of een getypte vraag.
media-voice = Spraakberichten kan ik niet beluisteren. Typ je vraag alsjeblieft.
media-video = Video's kan ik niet controleren. Stuur alsjeblieft een foto.
media-private-data = Stuur me alsjeblieft geen locaties of contacten — die heb ik niet nodig.
media-not-image = Dit bestand is geen afbeelding. Stuur een foto als JPEG of PNG.
media-other = Met dit soort berichten kan ik niets.

## Telegram
group-private-only = 🔒 Ik werk alleen in privéchats, zodat je documenten privé blijven. Stuur me rechtstreeks een bericht.
error-apology = 😔 Sorry, er ging aan mijn kant iets mis. Je voortgang is bewaard — probeer het nog eens.
rate-limited = ⏳ Iets rustiger graag — probeer het over een paar seconden opnieuw.
session-restarted = ♻️ Ik ben bijgewerkt en moest ons gesprek opnieuw starten. Sorry! Laten we opnieuw beginnen.
cmd-start = Opnieuw beginnen
cmd-help = Hoe ik werk
cmd-check = Mijn foto's controleren
cmd-faq = Veelgestelde vragen
cmd-language = Taal wijzigen
cmd-privacy = Wat ik bewaar
cmd-forget = Mijn gegevens wissen
cmd-cancel = Stoppen en naar het menu
edit-not-seen = Ik lees alleen nieuwe berichten, geen bewerkte. Stuur het alsjeblieft opnieuw als nieuw bericht.
album-received =
    { $count ->
        [one] 📚 Ik heb de foto uit je album gecontroleerd:
       *[other] 📚 Ik heb { $count } foto's uit je album op volgorde gecontroleerd:
    }
photo-forwarded = ↪️ Deze foto is doorgestuurd. Gebruik voor OKX de originele foto van je camera, geen doorgestuurde kopie.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Ik kan niet zien wat deze foto toont. Is het je document of een selfie?
btn-photo-is-id = 🪪 Mijn document
btn-photo-is-selfie = 🤳 Een selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } lijkt een screenshot of een foto van een scherm. OKX accepteert geen enkele screenshot: fotografeer het originele document met je camera.
photo-same-as-other-side = 🔁 Dit is dezelfde afbeelding als { $other }. Stuur een foto van: { $slot }.
btn-invalid-selfie = Ongeldige selfie

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Geen vervaldatum
btn-skip-date = Stap overslaan
