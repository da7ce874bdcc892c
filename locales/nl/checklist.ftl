# De vaste delen van de samengestelde checklist, de controle van de vervaldatum en de volgende stappen.
# Zie locales/README.md en src/content/checklist.rs (dat ze op volgorde samenstelt).

## Kopjes van de samengestelde checklist

checklist-title = Je checklist voordat je opnieuw indient
checklist-title-final = Wat je doet in plaats van opnieuw indienen
checklist-section-reason = Los de reden op die OKX gaf
checklist-section-photos = Verbeter wat ik op je foto's vond
checklist-section-data = Controleer de gegevens die je invulde
checklist-section-resubmit = Dien daarna opnieuw in
checklist-section-instead = Wat je in plaats daarvan doet

## Gegevenscontrole: elk ingevuld veld precies zoals op het document

checklist-data-1 = Naam: precies zoals op het document gedrukt, met dezelfde spelling en volgorde, in het schrift (Latijnse of lokale letters) waar het veld om vraagt.
checklist-data-2 = Geboortedatum: dezelfde datum als op het document; controleer dat dag en maand niet zijn omgedraaid.
checklist-data-3 = Vervaldatum: het document mag niet verlopen zijn; zorg dat het op de dag van indienen nog geldig is.
checklist-data-4 = Adres: je huidige woonadres, op dezelfde manier geschreven als op je adresbewijs, als daarom wordt gevraagd.
checklist-data-5 = Nationaliteit en documentnummer: de nationaliteit van het document dat je uploadt, en het nummer volledig, zonder spaties.

## Volgorde bij opnieuw indienen (redenen die je zelf kunt oplossen)

checklist-resubmit-1 = Los eerst alles op deze lijst op en dien daarna pas opnieuw in. Dezelfde foto's nog eens sturen geeft zelden een ander resultaat.
checklist-resubmit-2 = Gebruik voor de hele verificatie dezelfde telefoon en hetzelfde netwerk, en zet tijdens de controle geen VPN aan of uit.
checklist-resubmit-3 = Dien één keer opnieuw in, via de link in de e-mail van OKX of via de verificatiepagina in de app, en wacht het resultaat af.
checklist-resubmit-4 = Toont je account een wachttijd voordat je het opnieuw kunt proberen, wacht die dan af. OKX publiceert geen vaste limiet op pogingen en geen vaste wachttijd.

## In plaats van opnieuw indienen (definitieve redenen: identiteit al gebruikt, komt niet in aanmerking)

checklist-final-1 = Dien niet opnieuw in: dezelfde of nieuwe foto's sturen verandert niets aan deze beslissing.
checklist-final-2 = Neem alleen contact op met de klantenservice van OKX via de OKX-app of okx.com, en geef je UID door.
checklist-final-3 = Niemand van OKX vraagt om je wachtwoord, 2FA-codes, seedphrase of een betaling om je verificatie te deblokkeren.

## Controle van de vervaldatum ($date is de gelezen datum, geschreven als JJJJ-MM-DD)

expiry-read-as = Ik heb deze datum gelezen als { $date }.
expiry-expired = Dit document is verlopen. OKX accepteert geen verlopen documenten: gebruik een ander geldig ID of vraag een nieuw aan.
expiry-soon = Dit document verloopt binnen een maand. Het kan nog worden geaccepteerd, maar sommige verificatiediensten wijzen documenten af die zo snel verlopen: gebruik een ander geldig ID als je dat hebt.
expiry-fine = De datum zelf is in orde: het document is nog langer dan een maand geldig. Meldde OKX ‘ongeldige vervaldatum’, controleer dan of de datum op de foto scherp en zonder schittering is en precies zo is ingevuld als gedrukt.
expiry-unreadable = Ik kon die datum niet lezen. Typ hem zoals op het document, bijvoorbeeld 15.03.2027 of 2027-03-15.

## Volgende stappen

next-register = Nog geen OKX-account? Registreer je alleen in de officiële OKX-app of op okx.com, nooit via links van onbekenden of uit chats.
next-complete-kyc = Zo verifieer je: op de website via het profielicoon → ‘Verification’ (Verificatie) → ‘Individual account’ (Individueel account); in de app via ‘User Center’ (Gebruikerscentrum) → ‘Profile and Settings’ (Profiel en instellingen) → ‘Identity verification’ (Identiteitsverificatie). In de Nederlandse app kunnen de namen iets afwijken. Houd je geldige ID bij de hand, maak de foto's in goed licht op een effen achtergrond en typ je gegevens precies zoals op het document. Mislukt het, lees dan de reden in de e-mail of app van OKX, los het op en controleer je foto's hier voordat je opnieuw indient.
next-help-centre = Voor alles waar deze bot geen antwoord op heeft: kijk in het Help Center van OKX (okx.com/help) of neem contact op met de support in de OKX-app. De officiële documentatie van OKX heeft altijd het laatste woord: deze bot is een onafhankelijke helper en kan verouderd zijn.
next-terms-link = Servicevoorwaarden van OKX, sectie 2.2 (waar OKX zijn diensten niet aanbiedt): https://www.okx.com/help-center/360021813691
expiry-none = Een document zonder vervaldatum kan niet verlopen zijn, dus hier valt niets te verbeteren. OKX publiceert geen eigen regel voor zulke documenten: vraagt het formulier toch een datum, vraag het dan aan de OKX-support.
