# Redenen van afwijzing: knoptekst, wat OKX ermee bedoelt, en de stappen om het op te lossen, op volgorde.
# Zie locales/README.md. Feiten komen alleen uit docs/kyc-knowledge.md.
# Knopteksten: maximaal 30 tekens.

## photo_blurry

reason-photo_blurry = Foto wazig of onleesbaar
reason-photo_blurry-about = De foto van het document was niet scherp genoeg om te lezen. OKX vraagt om een scherpe, leesbare foto van het document.
reason-photo_blurry-step-1 = Veeg de cameralens schoon met een zachte doek.
reason-photo_blurry-step-2 = Leg het document plat neer en houd je telefoon er evenwijdig boven, op zo'n 15–25 cm afstand.
reason-photo_blurry-step-3 = Gebruik de hoofdcamera aan de achterkant zonder digitale zoom en tik op het document op het scherm om scherp te stellen.
reason-photo_blurry-step-4 = Houd je telefoon stil en zorg voor goed licht terwijl je de foto maakt.
reason-photo_blurry-step-5 = Zoom in op het resultaat: elk teken moet leesbaar zijn, en bij een paspoort ook beide machineleesbare regels onderaan.
reason-photo_blurry-step-6 = Upload de originele camerafoto, geen doorgestuurde of gecomprimeerde kopie.

## photo_glare

reason-photo_glare = Schittering of reflectie
reason-photo_glare-about = Een felle reflectie verborg een deel van het document. OKX vraagt om een foto zonder schittering, en de controle van OKX keurt foto's met reflecties af.
reason-photo_glare-step-1 = Zet de flitser uit.
reason-photo_glare-step-2 = Ga uit de buurt van lampen en direct zonlicht; zacht daglicht van opzij werkt het best.
reason-photo_glare-step-3 = Haal het document uit een hoesje of plastic mapje.
reason-photo_glare-step-4 = Kantel het document iets tot er geen felle vlek meer op de tekst, de pasfoto of het hologram valt.
reason-photo_glare-step-5 = Gelamineerde kaarten reflecteren het meest: maak een paar foto's vanuit verschillende hoeken en houd de foto zonder schittering.

## photo_exposure

reason-photo_exposure = Te donker of te licht
reason-photo_exposure-about = De foto was te donker of te overbelicht om te lezen. De documentcontrole van OKX keurt overbelichte foto's af.
reason-photo_exposure-step-1 = Zoek fel, gelijkmatig, indirect licht, bijvoorbeeld bij een raam maar niet in de volle zon.
reason-photo_exposure-step-2 = Zorg dat er geen fel licht van achter het document komt en dat de schaduw van je telefoon er niet op valt.
reason-photo_exposure-step-3 = Los een donkere foto niet op met de flitser (die geeft schittering); ga liever naar een lichtere plek.
reason-photo_exposure-step-4 = Ziet de foto er overbelicht uit? Zet HDR, nachtmodus en beautymodus uit en tik op het document op het scherm om de belichting in te stellen.

## photo_cut_off

reason-photo_cut_off = Afgesneden of bedekt
reason-photo_cut_off-about = Een deel van het document viel buiten de foto of was bedekt. OKX vraagt dat alle hoeken zichtbaar zijn en dat niets, zelfs geen vinger, het document bedekt.
reason-photo_cut_off-step-1 = Zet het hele document in beeld met een kleine marge aan elke kant, terwijl het toch het grootste deel van het beeld vult.
reason-photo_cut_off-step-2 = Zorg dat alle vier de hoeken zichtbaar zijn: leg de kaart op tafel, zodat er geen vinger op ligt.
reason-photo_cut_off-step-3 = Gebruik een effen achtergrond die contrasteert met het document.
reason-photo_cut_off-step-4 = Snijd de foto achteraf niet bij.
reason-photo_cut_off-step-5 = Paspoort: laat de hele gegevenspagina zien, inclusief beide machineleesbare regels onderaan.

## not_original

reason-not_original = Screenshot/kopie/bewerkt
reason-not_original-about = De foto was geen kleurenfoto van het originele document. OKX accepteert geen screenshots, fotokopieën, foto's van een foto of bewerkte afbeeldingen.
reason-not_original-step-1 = Fotografeer het fysieke document zelf met de camera van je telefoon.
reason-not_original-step-2 = Stuur geen screenshots, scans, fotokopieën, afdrukken, digitale ID's of foto's van een scherm.
reason-not_original-step-3 = Stuur een kleurenfoto, nooit zwart-wit.
reason-not_original-step-4 = Bewerk de foto niet: geen filters, bijsnijden, stickers, vervaagde stukken of aantekeningen.
reason-not_original-step-5 = Maak een nieuwe foto in plaats van de afgewezen foto opnieuw te uploaden; sommige verificatiediensten markeren een afbeelding die al eerder is afgewezen.

## wrong_document

reason-wrong_document = Verkeerd document/kant
reason-wrong_document-about = Dit type document wordt niet geaccepteerd, of er ontbrak een kant of pagina. Welke documenten OKX accepteert, hangt af van je land.
reason-wrong_document-step-1 = Kies een type ID dat OKX in het verificatieformulier voor jouw land aanbiedt; visa, studentenkaarten en werkvergunningen zijn geen identiteitsbewijzen.
reason-wrong_document-step-2 = Het land dat het document heeft uitgegeven, moet het land zijn dat je hebt gekozen.
reason-wrong_document-step-3 = Stuur bij een identiteitskaart of rijbewijs de voor- en achterkant als twee aparte foto's, nooit twee keer dezelfde kant.
reason-wrong_document-step-4 = Stuur bij een paspoort de gegevenspagina met je foto, plus andere belangrijke pagina's als daarom wordt gevraagd.
reason-wrong_document-step-5 = Zet elk bestand op de juiste plek: het identiteitsbewijs waar om je ID wordt gevraagd, het adresbewijs waar om je adres wordt gevraagd.

## document_invalid

reason-document_invalid = Ongeldig document
reason-document_invalid-about = Het document zelf werd niet geaccepteerd: verlopen, niet ondertekend, beschadigd of zonder duidelijke pasfoto. OKX vraagt om een geldig, onbeschadigd document.
reason-document_invalid-step-1 = Controleer de vervaldatum. Kies liever een document dat nog een tijd geldig is: sommige verificatiediensten wijzen een document af dat binnen een maand verloopt.
reason-document_invalid-step-2 = Is het handtekeningvak in je paspoort leeg? Zet er dan je handtekening in voordat je de foto maakt.
reason-document_invalid-step-3 = Controleer of de pasfoto en de geboortedatum erop staan en duidelijk zijn.
reason-document_invalid-step-4 = Is het document gebarsten, versleten, doorboord of is er een hoek afgeknipt? Gebruik dan een ander geldig ID of vraag een nieuw aan.
reason-document_invalid-step-5 = Vraagt OKX in jouw land om een nieuw paspoort, vraag dat dan eerst aan.

## data_mismatch

reason-data_mismatch = Gegevens kloppen niet
reason-data_mismatch-about = Wat je in het formulier hebt ingevuld (naam, geboortedatum, documentnummer, nationaliteit), komt niet overeen met het document.
reason-data_mismatch-step-1 = Vergelijk elk ingevuld veld één voor één met het document.
reason-data_mismatch-step-2 = Typ je naam precies zoals die erop staat: dezelfde spelling, dezelfde volgorde, met al je voornamen; geen roepnaam en geen eigen transliteratie.
reason-data_mismatch-step-3 = Heeft het formulier een veld voor je naam in de lokale taal, typ je naam daar dan in hetzelfde schrift als op je ID.
reason-data_mismatch-step-4 = Geboortedatum: controleer de volgorde van dag en maand.
reason-data_mismatch-step-5 = Documentnummer: volledig, zonder spaties; verwar de letter O niet met 0 of de I met 1.
reason-data_mismatch-step-6 = Heb je twee nationaliteiten, kies dan de nationaliteit van het document dat je uploadt.
reason-data_mismatch-step-7 = Woonland: het land waar je echt woont.
reason-data_mismatch-step-8 = Kun je de gegevens niet meer aanpassen, vraag de klantenservice van OKX dan om ze te corrigeren.

## selfie_failed

reason-selfie_failed = Selfie/gezicht mislukt
reason-selfie_failed-about = De gezichtsscan kon niet worden afgerond of je gezicht was niet duidelijk genoeg. OKX vraagt om je hele gezicht binnen het ovaal, in goed licht, zonder te bewegen.
reason-selfie_failed-step-1 = Kijk naar het licht: geen raam of lamp achter je.
reason-selfie_failed-step-2 = Zet je pet of hoed, mondkapje of zonnebril af en houd je haar uit je gezicht.
reason-selfie_failed-step-3 = Houd je telefoon op ooghoogte, met je gezicht binnen het ovaal.
reason-selfie_failed-step-4 = Houd je stil en draai je hoofd langzaam als de app daarom vraagt.
reason-selfie_failed-step-5 = Geef de app toegang tot de camera, update de OKX-app en sluit andere apps; lukt het nog steeds niet, probeer dan een andere telefoon.
reason-selfie_failed-step-6 = Doe het zelf: alleen de accounthouder mag de gezichtscheck doen.

## face_mismatch

reason-face_mismatch = Gezicht past niet bij ID
reason-face_mismatch-about = Het gezicht op de selfie kon niet worden gekoppeld aan de pasfoto op het document.
reason-face_mismatch-step-1 = Alleen de accounthouder mag de selfie maken.
reason-face_mismatch-step-2 = Gebruik je nieuwste ID, zodat de pasfoto lijkt op hoe je er nu uitziet.
reason-face_mismatch-step-3 = Zorg dat de pasfoto op de foto van je document scherp is en zonder schittering.
reason-face_mismatch-step-4 = Kijk neutraal, zonder bril of hoofddeksel.
reason-face_mismatch-step-5 = Lukt het nog steeds niet, neem dan contact op met de klantenservice van OKX: sommige verificatiediensten behandelen een gezicht dat niet overeenkomt als definitief.

## duplicate_identity

reason-duplicate_identity = ID al geverifieerd
reason-duplicate_identity-about = Deze identiteit is al geverifieerd op een ander OKX-account. OKX staat één account per persoon toe, dus opnieuw indienen helpt niet.
reason-duplicate_identity-step-1 = OKX staat één account per persoon toe, en je identiteit is gekoppeld aan een ander account.
reason-duplicate_identity-step-2 = Log in op dat account, of herstel het via het accountherstel van OKX.
reason-duplicate_identity-step-3 = Ken je dat account niet (misschien heeft iemand je ID gebruikt), neem dan contact op met de klantenservice van OKX en geef je UID door.
reason-duplicate_identity-step-4 = Gebruik nooit het ID van iemand anders en leen het jouwe nooit uit.

## not_eligible

reason-not_eligible = Regio of toelating
reason-not_eligible-about = OKX kan je niet verifiëren voor dit account, bijvoorbeeld vanwege het land waar je woont. Opnieuw indienen verandert daar niets aan.
reason-not_eligible-step-1 = Lees artikel 2.2 van de Servicevoorwaarden (Terms of Service) van OKX en kijk welke OKX-entiteit jouw woonland bedient.
reason-not_eligible-step-2 = Of je in aanmerking komt, hangt af van waar je woont, niet alleen van je nationaliteit.
reason-not_eligible-step-3 = Gebruik geen VPN en geef geen onjuist woonland op.
reason-not_eligible-step-4 = Denk je dat het een vergissing is (bijvoorbeeld omdat je verhuisd bent), neem dan contact op met de klantenservice van OKX met je UID en een bewijs van je woonadres, en blijf niet opnieuw indienen.

## address_proof

reason-address_proof = Adresbewijs
reason-address_proof-about = Het adresbewijs werd niet geaccepteerd. Er moeten je naam en je huidige adres op staan: hetzelfde adres dat je in het formulier hebt ingevuld.
reason-address_proof-step-1 = Gebruik een document waarop je naam en je huidige woonadres staan.
reason-address_proof-step-2 = Het adres moet precies het adres zijn dat je in het formulier hebt ingevuld.
reason-address_proof-step-3 = Gebruik een recent document: uitgegeven in de afgelopen 3 maanden waar OKX een termijn noemt (bijvoorbeeld in Saoedi-Arabië).
reason-address_proof-step-4 = Stuur een foto van het origineel (hele pagina, alle hoeken) of de pdf zoals die is uitgegeven; geen screenshots.
reason-address_proof-step-5 = Gebruik geen postbusadres.

## unknown

reason-unknown = Geen reden getoond
reason-unknown-about = OKX heeft je geen reden laten zien. Meestal staat die in de e-mail of sms van OKX, samen met een link om opnieuw in te dienen.
reason-unknown-step-1 = Lees de e-mail of sms van OKX over de verificatie: daarin staan de reden en een link om opnieuw in te dienen.
reason-unknown-step-2 = Open de verificatiepagina in de OKX-app en zoek daar naar de reden.
reason-unknown-step-3 = Loop anders de veelvoorkomende oorzaken op volgorde na: screenshot, kopie of zwart-witfoto; ontbrekende hoeken; onscherpte; schittering; vervaldatum; de ingevulde gegevens; de selfie.
reason-unknown-step-4 = Stuur je ID-foto en selfie naar deze bot voor een controle.
reason-unknown-step-5 = Is het nog steeds onduidelijk, of is er na 24 uur geen resultaat, neem dan contact op met de klantenservice van OKX.
reason-invalid-expiry = Ongeldige vervaldatum
