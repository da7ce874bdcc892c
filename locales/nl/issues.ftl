# Wat de fotocontrole vond: korte namen en één herstelstap per probleemcode, waar op het
# document een bevinding zit, en waarom een bestand helemaal niet gelezen kon worden. Zie locales/README.md.

## Problemen met de documentfoto: issue-<code> (korte naam), issue-<code>-fix (één stap voor een ID-foto)

issue-blurry = Wazig
issue-blurry-fix = De foto is wazig: veeg de lens schoon, tik op het document op het scherm om scherp te stellen en houd je telefoon stil.
issue-glare = Schittering
# $where is een van de region-*-zinnen hieronder, bijv. "in de rechterbovenhoek".
issue-glare-fix = Een felle lichtvlek { $where } van het document: zet de flitser uit en kantel het document iets tot de reflectie weg is.
issue-too_dark = Te donker
issue-too_dark-fix = De foto is te donker: ga naar fel, gelijkmatig licht, bijvoorbeeld bij een raam. Gebruik de flitser niet.
issue-too_bright = Te licht
issue-too_bright-fix = De foto is overbelicht: ga uit het directe licht, zet HDR uit en tik op het document op het scherm om de belichting in te stellen.
issue-cut_off = Afgesneden
issue-cut_off-fix = Een deel van het document valt buiten de foto: ga wat verder weg tot alle vier de hoeken zichtbaar zijn, met een kleine marge eromheen.
issue-too_small = Document te klein
issue-too_small-fix = Het document vult te weinig van de foto: ga dichterbij tot het het grootste deel van het beeld vult, terwijl alle hoeken zichtbaar blijven.
issue-low_resolution = Lage resolutie
issue-low_resolution-fix = De foto heeft te weinig pixels om de tekst te lezen: maak hem met de hoofdcamera, zonder zoom, en stuur de originele foto, geen gecomprimeerde kopie.
issue-tilted = Scheef
issue-tilted-fix = Het document is schuin gefotografeerd: leg het plat neer en houd je telefoon recht erboven, evenwijdig aan het document.
issue-grayscale = Zwart-wit
issue-grayscale-fix = De foto is zwart-wit, maar OKX vereist een kleurenfoto. Zet alle filters uit en fotografeer het origineel in kleur.
issue-screen_photo = Screenshot of scherm
issue-screen_photo-fix = Dit lijkt een screenshot of een foto van een scherm: fotografeer het fysieke document zelf met de camera van je telefoon.
issue-no_document = Geen document gevonden
issue-no_document-fix = Ik kon geen document op de foto vinden: leg het document op een effen, contrasterende ondergrond en laat het het grootste deel van het beeld vullen.
issue-mrz_unreadable = Machineleesbare zone onleesbaar
issue-mrz_unreadable-fix = Verificatiesystemen lezen de regels met ‹‹‹ onderaan je document (de machineleesbare zone), en ik kon ze niet lezen: de hele strook moet op de foto staan, scherp en zonder schittering. Kom dichterbij, houd de telefoon stil en kantel het document zodat het licht niet weerkaatst.
issue-document_uncertain = Randen van het document onduidelijk
issue-document_uncertain-fix = Ik kon de randen van het document niet duidelijk zien, dus ik heb niet beoordeeld of het afgesneden, te klein of scheef is: leg het op een effen, donkerdere ondergrond en maak de foto opnieuw.

## Problemen met de selfie

issue-no_face = Geen gezicht gevonden
issue-no_face-fix = Ik kon geen gezicht vinden: kijk recht in de camera, draai je naar het licht en houd je hele gezicht in beeld.
issue-multiple_faces = Meerdere gezichten
issue-multiple_faces-fix = Er staat meer dan één gezicht op de foto: maak de selfie alleen, zonder iemand achter je.
issue-face_too_small = Gezicht te ver weg
issue-face_too_small-fix = Je gezicht is te ver weg: houd je telefoon dichterbij, op ooghoogte, zodat je gezicht het ovaal vult.
issue-face_cut_off = Gezicht afgesneden
issue-face_cut_off-fix = Een deel van je gezicht valt buiten beeld: houd je hele hoofd, van kin tot haar, in beeld.
issue-face_off_center = Gezicht niet in het midden
issue-face_off_center-fix = Je gezicht staat ver uit het midden: houd je telefoon recht voor je en houd je gezicht in het midden.
issue-backlit = Tegenlicht
issue-backlit-fix = De achtergrond is veel lichter dan je gezicht: draai je om, zodat je naar het raam of de lamp kijkt in plaats van er met je rug naartoe te staan.
issue-uneven_light = Ongelijk licht
issue-uneven_light-fix = Eén kant van je gezicht is veel donkerder: kijk recht naar de lichtbron, zodat beide kanten gelijkmatig verlicht zijn.

## Selfievarianten van de codes die voor beide soorten foto's gelden

issue-selfie-blurry-fix = De selfie is wazig: veeg de voorcamera schoon, houd je telefoon stil op ooghoogte en beweeg langzaam.
issue-selfie-too_dark-fix = De selfie is te donker: ga naar een lichte plek en kijk naar het licht.
issue-selfie-too_bright-fix = De selfie is overbelicht: ga uit de directe zon of het felle lamplicht en gebruik zacht, gelijkmatig licht.
issue-selfie-grayscale-fix = De selfie is zwart-wit: zet alle filters en kleureffecten van je camera uit.
issue-selfie-low_resolution-fix = De selfie heeft te weinig pixels: gebruik de camera van je telefoon rechtstreeks en stuur de originele foto, geen gecomprimeerde kopie.

## Waar op het document een bevinding zit (gebruikt als { $where } hierboven)

region-top_left = in de linkerbovenhoek
region-top = aan de bovenrand
region-top_right = in de rechterbovenhoek
region-left = aan de linkerrand
region-center = in het midden
region-right = aan de rechterrand
region-bottom_left = in de linkeronderhoek
region-bottom = aan de onderrand
region-bottom_right = in de rechteronderhoek
# Als de controle niet kon zeggen waar.
region-unknown = op een deel

## Bestanden die helemaal niet geanalyseerd konden worden (invoerfoutcodes uit docs/contracts.md)

input-error-not_found = Ik kon dat bestand niet vinden. Controleer het pad en probeer het opnieuw.
input-error-unsupported_format = Dit afbeeldingsformaat kan ik niet lezen (bijvoorbeeld HEIC-foto's van een iPhone). Stuur het als gewone foto in Telegram, of sla het op als JPEG: op een iPhone via Instellingen → Camera → Formaten → Meest compatibel.
input-error-corrupt = Ik kon deze afbeelding niet lezen: het bestand lijkt beschadigd of onvolledig. Maak een nieuwe foto en stuur die opnieuw.
input-error-too_large = Dit bestand is te groot om te controleren. Stuur het als gewone foto in plaats van als bestand, of stuur een kleinere afbeelding.
input-error-too_many_pixels = Deze afbeelding heeft meer pixels dan ik kan controleren. Stuur hem als gewone foto (Telegram verkleint die), of gebruik een lagere cameraresolutie.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Wat er op je document staat (gelezen uit de machineleesbare zone, alleen voor jou zichtbaar en niet bewaard):
mrz-block-surname = Achternaam: { $value }
mrz-block-given = Voornamen: { $value }
mrz-block-birth = Geboortedatum: { $value }
mrz-block-expiry = Vervaldatum: { $value }
mrz-block-nationality = Nationaliteit: { $value }
mrz-block-number = Documentnummer: { $value }
mrz-block-advice = Vul ze in het formulier van OKX precies zo in als ze gedrukt staan. De naam heeft geen controlecijfer: controleer de spelling met het document.
