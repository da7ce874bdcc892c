# De FAQ: faq-<id>-q (de vraag; ook een knoptekst, dus kort), faq-<id>-a (het antwoord, platte tekst,
# geschikt voor een telefoon, hooguit ~900 tekens), faq-<id>-keys (woorden en zinnetjes, met komma's
# gescheiden, zoals mensen deze vraag echt in het Nederlands typen, met synoniemen, spreektaal en
# tikfouten; de vraagherkenning gebruikt ze).
# Feiten komen alleen uit docs/kyc-knowledge.md. Waar OKX geen regel publiceert, zeggen we dat.

faq-common_causes-q = Waarom ben ik afgewezen?
faq-common_causes-a = De meest voorkomende oorzaken, ongeveer in de volgorde waarin je ze kunt nalopen:
    1. Een screenshot, fotokopie, foto van een scherm of zwart-witfoto in plaats van een kleurenfoto van het origineel.
    2. Een hoek die is afgesneden of door een vinger wordt bedekt.
    3. Een wazige foto.
    4. Schittering op de tekst of de pasfoto.
    5. Een verlopen of beschadigd document.
    6. Ingevulde gegevens (naam, geboortedatum, documentnummer) die afwijken van het document.
    7. Een mislukte selfie: donkere kamer, bewogen beeld, gezicht buiten het ovaal.
    8. Een identiteit die al op een ander account is gebruikt, of een woonland dat OKX niet kan bedienen.
    In de e-mail van OKX staat de reden. Vertel me de reden en ik geef je een checklist.
faq-common_causes-keys = waarom afgewezen, waarom ben ik afgewezen, verificatie afgewezen, verificatie afgekeurd, kyc afgewezen, kyc afgekeurd, kyc mislukt, verificatie mislukt, identiteitsverificatie mislukt, reden afwijzing, reden van afwijzing, afgewezen, afgekeurd, niet goedgekeurd, niet geverifieerd, weer afgewezen, opnieuw afgewezen, wat gaat er mis, wat doe ik fout, verifcatie, verivicatie, verificatie failed, rejected, declined

faq-no_reason_shown-q = Geen reden van afwijzing
faq-no_reason_shown-a = OKX stuurt de reden van de afwijzing per e-mail, met een link om opnieuw in te dienen. Kijk in je inbox en in de spammap of er een bericht van OKX is, en kijk ook in je sms'jes en op de verificatiepagina in de OKX-app. Vind je nog steeds geen reden, kies dan in deze bot "Er stond geen reden bij": dan loop ik de veelvoorkomende oorzaken met je door en controleer ik je foto's.
faq-no_reason_shown-keys = geen reden, geen reden gegeven, reden niet zichtbaar, weet niet waarom, geen idee waarom, zonder reden, zonder uitleg, geen uitleg, ze zeggen niet waarom, er staat alleen afgewezen, waar staat de reden, hoe zie ik de reden, reden niet te zien, geen mail gehad, geen e-mail ontvangen, onbekende reden, reden ontbreekt, wat is de reden, geen reden vermeld

faq-review_time-q = Hoe lang duurt de controle?
faq-review_time-a = Als er een extra controle nodig is, duurt die volgens OKX maximaal 24 uur, en langer als het erg druk is. Je krijgt het resultaat per sms of e-mail. Heb je na 24 uur nog niets gehoord, neem dan contact op met het Support Center van OKX of met de AI-chatbot in de app.
faq-review_time-keys = hoe lang, hoe lang duurt het, hoelang, duur controle, verificatietijd, doorlooptijd, wachttijd, hoeveel tijd, hoeveel uur, hoeveel dagen, in behandeling, wordt beoordeeld, in review, pending, nog steeds pending, nog bezig, wanneer geverifieerd, wanneer goedgekeurd, wanneer uitslag, wanneer resultaat, duurt lang, duurt te lang, hoe lang wachten

faq-no_result_24h-q = Na 24 uur nog geen resultaat
faq-no_result_24h-a = Volgens OKX kan een controle die extra checks nodig heeft tot 24 uur duren, en langer op drukke momenten. Is het langer dan 24 uur geleden, neem dan contact op met het Support Center van OKX of met de AI-chatbot in de OKX-app, en geef je UID door. Dien intussen geen tweede aanvraag in; kijk eerst in je e-mail (ook in de spammap) en sms'jes of het resultaat er al is.
faq-no_result_24h-keys = geen resultaat, geen antwoord, geen reactie, meer dan 24 uur, langer dan 24 uur, na 24 uur, al een dag, 2 dagen, twee dagen, 3 dagen, een week, wacht nog steeds, nog steeds wachten, blijft hangen, vastgelopen, hangt op pending, er gebeurt niks, er gebeurt niets, nog steeds niet geverifieerd, niemand reageert, 48 uur, 24u, nog steeds in behandeling

faq-resubmit_timing-q = Wanneer kan ik opnieuw indienen?
faq-resubmit_timing-a = OKX publiceert geen vaste wachttijd voordat je opnieuw kunt indienen. Je krijgt een e-mail met de reden en een link om opnieuw in te dienen. Los eerst de oorzaak op en maak nieuwe foto's: dezelfde afgewezen afbeelding opnieuw sturen helpt zelden, en sommige verificatiediensten markeren die. Toont je account een wachttijd, wacht die dan af; sommige andere exchanges hanteren een wachttijd na mislukte pogingen. Ontbreekt de knop om opnieuw in te dienen, neem dan contact op met de klantenservice van OKX.
faq-resubmit_timing-keys = wanneer opnieuw, opnieuw indienen, opnieuw proberen, nog een keer proberen, nogmaals, opnieuw verifiëren, opnieuw verifieren, opnieuw uploaden, documenten opnieuw sturen, wanneer mag ik weer, hoe lang wachten, wachttijd, cooldown, afkoelperiode, volgende poging, nieuwe poging, opnieuw aanvragen, retry, try again, resubmit, weer proberen

faq-repeated_retries-q = Is er een limiet op pogingen?
faq-repeated_retries-a = OKX publiceert geen limiet op het aantal verificatiepogingen en geen blokkeertijd. De melding over een "maximaal aantal pogingen voor gezichtsverificatie" gaat over de passkeys van OKX, niet over identiteitsverificatie. Sommige verificatiediensten beperken wel het aantal nieuwe opnames, dus behandel elke poging als waardevol: los eerst de oorzaak op. Mislukt het een paar keer achter elkaar, stop dan en neem contact op met de klantenservice van OKX met je UID.
faq-repeated_retries-keys = limiet, hoeveel pogingen, hoe vaak, hoe vaak mag ik, aantal pogingen, pogingen over, maximaal aantal pogingen, te veel pogingen, al vaak geprobeerd, vaak mislukt, 3 keer mislukt, drie keer, blijft mislukken, steeds afgewezen, geblokkeerd, account geblokkeerd, vergrendeld, gebanned, laatste poging, pogingen op, poginen

faq-permanent_rejection-q = Is mijn afwijzing definitief?
faq-permanent_rejection-a = De meeste afwijzingen zijn niet definitief: problemen met de fotokwaliteit, het document of de ingevulde gegevens kun je oplossen en opnieuw indienen. Sommige zijn wel definitief, en opnieuw indienen verandert daar niets aan: een identiteit die al op een ander account is geverifieerd, een woonland dat OKX niet kan bedienen, en vermoedelijke fraude. Neem in die gevallen contact op met de klantenservice van OKX in plaats van het opnieuw te proberen.
faq-permanent_rejection-keys = definitief, definitief afgewezen, permanent, voorgoed, voor altijd, nooit meer, kan nooit meer, nooit geverifieerd, kan ik nog verifiëren, kan ik nog verifieren, is het voorbij, is er nog een kans, voor altijd geblokkeerd, niet op te lossen, hopeloos, einde, eindbeslissing

faq-clear_but_failed-q = Foto scherp, toch afgewezen
faq-clear_but_failed-a = Een foto die er op je scherm goed uitziet, kan toch worden afgewezen. Veelvoorkomende verborgen oorzaken: een foto van een scherm (vage strepen), schittering op een gelamineerde kaart die je pas ziet als je inzoomt, een vinger op een hoek, of dezelfde afgewezen foto opnieuw gestuurd. Het kan ook helemaal niet aan de foto liggen: vergelijk de gegevens die je hebt ingevuld met het document. Stuur me de foto, dan controleer ik hem.
faq-clear_but_failed-keys = foto was duidelijk, duidelijke foto, scherpe foto, goede foto, perfecte foto, foto was prima, niks mis met de foto, kwaliteit was goed, hoge kwaliteit, alles goed gedaan, alles klopt, alles was goed, foto ok maar afgewezen, waarom duidelijke foto afgewezen, goede kwaliteit, alles leesbaar, alles is zichtbaar, duidlijk

faq-blurry_photo-q = Mijn foto is wazig
faq-blurry_photo-a = OKX heeft een scherpe, leesbare foto nodig. Veeg de lens schoon; leg het document plat en houd je telefoon er evenwijdig boven, op zo'n 15–25 cm; gebruik de hoofdcamera aan de achterkant zonder zoom en tik om scherp te stellen; houd stil in goed licht. Zoom daarna in op het resultaat: elk teken, en bij een paspoort beide regels onderaan, moet leesbaar zijn. Upload de originele foto, geen doorgestuurde of gecomprimeerde kopie.
faq-blurry_photo-keys = wazig, vaag, onscherp, niet scherp, uit focus, niet gefocust, onleesbaar, niet leesbaar, kan het niet lezen, slechte kwaliteit, lage kwaliteit, fotokwaliteit, korrelig, gepixeld, pixelig, camera stelt niet scherp, bewogen, trillen, blurry, blur, wazzig

faq-glare-q = Hoe voorkom ik schittering?
faq-glare-a = OKX heeft een foto zonder schittering nodig. Zet de flitser uit; ga uit de buurt van lampen en direct zonlicht en gebruik zacht daglicht van opzij; haal het document uit een hoesje of mapje; kantel het iets tot er geen felle vlek meer op de tekst, de pasfoto of het hologram valt. Gelamineerde kaarten zijn het lastigst: maak een paar foto's vanuit verschillende hoeken en houd de foto zonder schittering.
faq-glare-keys = schittering, reflectie, reflecties, weerspiegeling, spiegeling, glans, glimt, lichtvlek, witte vlek, felle vlek, flits, flitser, hologram, gelamineerd, plastic kaart, laminaat, glanzend, lichtreflectie, zonlicht, glare, overbelichte plek

faq-cropped_edges-q = Hoeken afgesneden of bedekt
faq-cropped_edges-a = OKX wil alle vier de hoeken zien, en niets mag het document bedekken, zelfs geen vinger. Leg het document op een effen, contrasterende tafel; zet het helemaal in beeld met een kleine marge aan elke kant, terwijl het toch het grootste deel van de foto vult; snijd de foto achteraf niet bij. Laat bij een paspoort de hele gegevenspagina zien, inclusief beide regels onderaan.
faq-cropped_edges-keys = hoeken, hoek, afgesneden, afgeknipt, bijgesneden, bijsnijden, randen, rand ontbreekt, niet helemaal zichtbaar, deels zichtbaar, stuk van document mist, vinger, vingers, bedekt, afgedekt, verborgen, hele document, volledig document, in beeld passen, past niet in beeld, half document

faq-screenshot_or_copy-q = Screenshot, scan of kopie?
faq-screenshot_or_copy-a = Nee. OKX accepteert geen enkele soort screenshot, en ook geen fotokopieën, scans, afdrukken, foto's van een foto of van een scherm, of bewerkte afbeeldingen. Maak een nieuwe kleurenfoto van het fysieke document met de camera van je telefoon, en bewerk hem niet.
faq-screenshot_or_copy-keys = screenshot, schermafbeelding, schermafdruk, screen, scan, gescand, scanner, kopie, fotokopie, kopietje, afdruk, geprint, uitgeprint, foto van een foto, foto van scherm, digitaal id, digitale kopie, id in app, uit galerij, oude foto, bewerkt, photoshop, pdf van paspoort

faq-color_photo-q = Moet de foto in kleur zijn?
faq-color_photo-a = Ja. OKX vraagt om een kleurenfoto van het originele document. Zwart-witfoto's, grijswaardenfilters en fotokopieën worden afgewezen. Zet alle filters en kleureffecten uit en fotografeer het document in normale kleuren.
faq-color_photo-keys = kleur, in kleur, kleurenfoto, gekleurd, zwart-wit, zwart wit, zwartwit, z/w, grijs, grijstinten, grijswaarden, monochroom, filter, zonder filter, kleur foto, geen kleuren, color

faq-send_as_file-q = Foto of bestand voor deze bot?
faq-send_as_file-a = Beide werken. Telegram comprimeert een afbeelding die je als "foto" stuurt opnieuw, waardoor fijne details kunnen verdwijnen; als "bestand" (paperclip → Bestand) blijft het origineel bewaard, dus is mijn controle nauwkeuriger. Telegram laat bots bestanden tot 20 MB downloaden. Dit gaat alleen over het sturen van afbeeldingen naar deze bot; bij OKX upload je via de eigen app of website van OKX.
faq-send_as_file-keys = als bestand sturen, als bestand, als document, ongecomprimeerd, gecomprimeerd, compressie, telegram comprimeert, originele kwaliteit, foto sturen, hoe stuur ik een foto, hoe upload ik, foto uploaden naar bot, bijlage, paperclip, afbeelding sturen, bestand of foto, kwaliteit gaat verloren

faq-file_format_size-q = Welk bestandsformaat en welke grootte?
faq-file_format_size-a = OKX publiceert geen limiet voor bestandsgrootte of -formaat bij verificatie van particulieren; de regel van 20 MB voor pdf's die je misschien tegenkomt, geldt voor institutionele (zakelijke) accounts. Andere diensten hebben wel limieten, bijvoorbeeld Kraken onder 5 MB en Onfido onder 10 MB, dus een gewone camerafoto (JPEG) is de veilige keuze. Maak de foto in de OKX-app als die de camera aanbiedt.
faq-file_format_size-keys = bestandsgrootte, maximale grootte, max grootte, te groot, bestand te groot, te zwaar, mb, megabyte, formaat, bestandsformaat, bestandstype, jpg, jpeg, png, pdf, heic, welk formaat, uploadfout, upload mislukt, kan niet uploaden, upload werkt niet, resolutie, afmetingen

faq-both_sides-q = Moet ik beide kanten sturen?
faq-both_sides-a = Ja. OKX vraagt om de voor- en achterkant van het document, en elke pagina met belangrijke gegevens. Stuur twee aparte foto's, één per kant, en nooit twee keer dezelfde kant. Stuur bij een paspoort de gegevenspagina met je foto, plus andere pagina's als daarom wordt gevraagd.
faq-both_sides-keys = beide kanten, twee kanten, voor- en achterkant, voorkant en achterkant, achterkant, voorkant, andere kant, tweede kant, achterkant id, achterkant kaart, achterkant rijbewijs, dezelfde kant twee keer, pagina's, welke pagina, paspoortpagina, gegevenspagina, fotopagina, achterkant ontbreekt, omdraaien

faq-accepted_documents-q = Welke documenten zijn geldig?
faq-accepted_documents-a = OKX accepteert een paspoort, nationale identiteitskaart, rijbewijs of ander door de overheid uitgegeven identiteitsbewijs met foto, maar welke precies hangt af van je land: het verificatieformulier toont de opties voor jouw land. Er moeten je volledige naam, geboortedatum, datum van afgifte, vervaldatum en een duidelijke pasfoto op staan, en het mag niet verlopen zijn. Een kiezerskaart wordt in sommige landen mogelijk niet ondersteund; visa, studentenkaarten en werkvergunningen zijn geen identiteitsbewijzen.
faq-accepted_documents-keys = welke documenten, welk document, welk id, welke id, soorten id, type document, geaccepteerde documenten, ondersteunde documenten, paspoort, id-kaart, id kaart, identiteitskaart, identiteitsbewijs, rijbewijs, verblijfsvergunning, verblijfsdocument, wat kan ik gebruiken, mag ik gebruiken, geldig id, wat heb ik nodig, legitimatie

faq-unsupported_document-q = Mijn document wordt geweigerd
faq-unsupported_document-a = Welke documenten OKX accepteert, hangt af van je land. Kies een type ID dat het verificatieformulier voor jouw land aanbiedt, uitgegeven door het land dat je hebt gekozen. Een kiezerskaart wordt in sommige landen mogelijk niet ondersteund, en visa, studentenkaarten en werkvergunningen worden niet als identiteitsbewijs geaccepteerd. Wordt je ID niet geaccepteerd, gebruik dan een paspoort of nationale identiteitskaart.
faq-unsupported_document-keys = niet geaccepteerd, document niet geaccepteerd, document niet ondersteund, niet ondersteund, verkeerd document, verkeerd type, kiezerskaart, stempas, studentenkaart, studentenpas, visum, werkvergunning, verblijfspas, militaire id, bankpas, document afgewezen, id niet geaccepteerd, mijn id wordt niet ondersteund, document uit ander land, buitenlands paspoort

faq-expired_document-q = Mag een verlopen document?
faq-expired_document-a = Nee. OKX wijst verlopen documenten af. Gebruik een ander geldig ID of vraag een nieuw aan. Kies liever een document dat nog een tijd geldig is: sommige verificatiediensten wijzen ook een document af dat binnen een maand verloopt.
faq-expired_document-keys = verlopen, vervaldatum, verloopdatum, geldig tot, geldigheid, niet meer geldig, verloopt, verloopt binnenkort, bijna verlopen, oud paspoort, oude id, oud rijbewijs, verlengen, vernieuwen, nieuw paspoort aanvragen, verlopen paspoort, verlopen id, verloopen, expired

faq-damaged_document-q = Mijn document is beschadigd
faq-damaged_document-a = OKX vraagt om een onbeschadigd document. Een gebarsten, versleten, doorboord of afgeknipt document, of een document waarop de pasfoto of gegevens niet te lezen zijn, wordt meestal afgewezen. Gebruik een ander geldig ID als je dat hebt, of vraag een nieuw aan in plaats van het beschadigde.
faq-damaged_document-keys = beschadigd, kapot, gebarsten, gescheurd, versleten, gekrast, krassen, vervaagd, verkleurd, laat los, laminaat laat los, gebogen, geknakt, doorboord, gat, hoek afgeknipt, waterschade, nat geworden, beschadigd paspoort, beschadigde id, kapotte pas

faq-unsigned_passport-q = Mijn paspoort is niet ondertekend
faq-unsigned_passport-a = OKX beschouwt een paspoort met een leeg handtekeningvak als ongeldig. Zet je handtekening in het handtekeningvak en maak daarna een nieuwe foto.
faq-unsigned_passport-keys = handtekening, ondertekenen, ondertekend, niet ondertekend, ongetekend, geen handtekening, paspoort ondertekenen, handtekeningvak, handtekening ontbreekt, waar tekenen, waar moet ik tekenen, handtekening houder, leeg handtekeningvak, handteking

faq-name_mismatch-q = Mijn naam komt niet overeen
faq-name_mismatch-a = Typ je naam precies zoals die op het document staat: dezelfde spelling, dezelfde volgorde, met al je voornamen, geen roepnaam en geen eigen transliteratie. Heeft het formulier een veld voor je naam in de lokale taal, typ je naam daar dan in hetzelfde schrift als op je ID. Kun je de naam niet meer aanpassen, vraag de klantenservice van OKX dan om die te corrigeren.
faq-name_mismatch-keys = naam, naam komt niet overeen, naam klopt niet, verkeerde naam, fout in naam, typfout in naam, spelling, achternaam, voornaam, voornamen, roepnaam, tussenvoegsel, meisjesnaam, geboortenaam, transliteratie, latijnse letters, cyrillisch, naam in lokale taal, volgorde van naam, naam wijzigen, naam aanpassen

faq-birthdate_mismatch-q = Geboortedatum klopt niet
faq-birthdate_mismatch-a = De geboortedatum die je intypt moet precies die op je document zijn, en het document moet hem vermelden. De meest gemaakte fout is dag en maand omdraaien. Kun je hem niet meer aanpassen, vraag de klantenservice van OKX dan om hem te corrigeren. Staat er op het document zelf een verkeerde datum, dan heb je een gecorrigeerd document nodig van de instantie die het heeft uitgegeven.
faq-birthdate_mismatch-keys = geboortedatum, geboorte datum, verjaardag, geboren, leeftijd, geboortejaar, dag en maand, maand en dag, omgedraaid, datum omgedraaid, datumnotatie, datumformaat, verkeerde datum, datum klopt niet, datum komt niet overeen, verkeerde geboortedatum, dob

faq-dual_nationality-q = Ik heb twee nationaliteiten
faq-dual_nationality-a = OKX vraagt mensen met een dubbele nationaliteit de nationaliteit te kiezen die het meest bij hun identiteit hoort. Wat je ook kiest, de nationaliteit in het formulier moet die van het document zijn dat je uploadt: upload je je Spaanse paspoort, kies dan Spaans.
faq-dual_nationality-keys = dubbele nationaliteit, twee nationaliteiten, twee paspoorten, tweede paspoort, tweede nationaliteit, meerdere nationaliteiten, welke nationaliteit, welk paspoort, nationaliteit, staatsburgerschap, burger van twee landen, dubbel paspoort, paspoort van ander land

faq-address_proof-q = Adresbewijs
faq-address_proof-a = OKX vraagt alleen in sommige gevallen om een adresbewijs. Er moeten je naam en je huidige adres op staan: hetzelfde adres dat je in het formulier hebt ingevuld. Stuur een duidelijke foto van het origineel (hele pagina, alle hoeken) of de pdf zoals die is uitgegeven, geen screenshot. In Saoedi-Arabië moet het in de afgelopen 3 maanden zijn uitgegeven; een algemene regel van OKX over hoe oud het document mag zijn, is niet bevestigd, dus een recent document is het veiligst. Gebruik geen postbus.
faq-address_proof-keys = adresbewijs, bewijs van adres, bewijs van woonadres, poa, energierekening, rekening, bankafschrift, rekeningafschrift, waterrekening, internetrekening, telefoonrekening, adres, woonadres, adresverificatie, uittreksel brp, gemeente, huurcontract, adres klopt niet, oud adres, verhuisd, belastingbrief, hoe oud, 3 maanden, postbus

faq-face_selfie_fail-q = Selfie of gezichtscheck mislukt
faq-face_selfie_fail-a = De tips van OKX: vermijd donkere plekken en houd de camera stil, zet je gezicht binnen het ovaal en beweeg je hoofd daarna langzaam in een cirkel. Kijk naar het licht (geen raam achter je); geen pet, mondkapje of zonnebril; telefoon op ooghoogte. De app heeft toestemming voor de camera nodig. Lukt het nog steeds niet, update dan de app, sluit andere apps of probeer een andere telefoon; sommige telefoons hebben moeite met de gezichtsscan. Alleen de accounthouder mag hem doen.
faq-face_selfie_fail-keys = selfie, selfi, selfie mislukt, selfie afgewezen, gezicht, gezichtsverificatie, gezichtsherkenning, gezichtsscan, gezichtscheck, liveness, face scan, gezicht niet herkend, gezicht niet gevonden, ovaal, cirkel, hoofd bewegen, hoofd draaien, camera, voorcamera, videoselfie, biometrie, face id

faq-glasses_hat_mask-q = Bril, pet of mondkapje oké?
faq-glasses_hat_mask-a = Nee. OKX vraagt dat niets je gezicht bedekt: zet je bril, zonnebril, hoed, pet en mondkapje af en houd je haar uit je gezicht, zodat je hele gezicht binnen het ovaal zichtbaar is.
faq-glasses_hat_mask-keys = bril, met bril, zonnebril, brillen, hoed, pet, muts, capuchon, mondkapje, mondmasker, masker, sjaal, baard, make-up, makeup, haar, pony, oorbellen, op hebben, gezicht bedekt, bril afzetten

faq-camera_permission-q = De camera werkt niet
faq-camera_permission-a = De OKX-app heeft toestemming nodig om de camera te gebruiken. Open op je telefoon Instellingen → Apps → OKX → Machtigingen, sta Camera toe en start de app opnieuw. Verifieer je in een browser, sta de camera dan toe voor de website, of stap over op de OKX-app. Sluit andere apps die de camera gebruiken; werkt het nog steeds niet, update dan de app of probeer een ander apparaat.
faq-camera_permission-keys = camera, camera werkt niet, camera gaat niet open, zwart scherm, cameratoestemming, toestemming, machtiging, camera toestaan, toegang tot camera, geen camera, kan camera niet openen, camerafout, app crasht, app loopt vast, blijft laden, browser, laptop, webcam, oude telefoon, telefoon niet ondersteund

faq-someone_else_selfie-q = Selfie door iemand anders?
faq-someone_else_selfie-a = Nee. Alleen de accounthouder mag de gezichtscheck doen, en het gezicht moet overeenkomen met het ID van het account. Verifiëren met het gezicht of de documenten van iemand anders mislukt. Iedereen die een OKX-account wil, verifieert zichzelf.
faq-someone_else_selfie-keys = iemand anders, een ander, andere persoon, voor mij, namens mij, mijn vriend, mijn vriendin, mijn vrouw, mijn man, mijn moeder, mijn vader, mijn broer, familielid, familie, id van iemand anders, voor iemand anders verifiëren, andermans document, account van ouders, account van kind

faq-duplicate_account-q = ID al op een ander account
faq-duplicate_account-a = OKX staat één account per persoon toe, en je identiteit is al geverifieerd op een ander account. Opnieuw indienen helpt niet. Log in op dat account, of herstel het via het accountherstel van OKX. Ken je dat account niet (misschien heeft iemand je ID gebruikt), neem dan contact op met de klantenservice van OKX en geef je UID door. Gebruik nooit het ID van iemand anders en leen het jouwe nooit uit.
faq-duplicate_account-keys = al gebruikt, al geverifieerd, dubbel, duplicaat, ander account, tweede account, oud account, twee accounts, meerdere accounts, nieuw account, id al gebruikt, document al gebruikt, identiteit al gebruikt, al geregistreerd, gebruikt door iemand anders, account kwijt, account vergeten, account herstellen

faq-region_restricted-q = Mijn land wordt niet ondersteund
faq-region_restricted-a = OKX bepaalt op basis van je woonland, niet alleen je nationaliteit, welke diensten en welke OKX-entiteit je bedienen. De landen met beperkingen staan in artikel 2.2 van de Servicevoorwaarden van OKX; lees het daar, want lijsten op andere sites kunnen fout of verouderd zijn. Opnieuw indienen lost dit niet op, en een VPN of een vals adres helpt niet. Denk je dat het een vergissing is, neem dan contact op met de klantenservice van OKX.
faq-region_restricted-keys = land, land niet ondersteund, beperkt, beperkt land, regio, regio beperkt, niet beschikbaar, niet beschikbaar in mijn land, mijn land, woonland, woonplaats, jurisdictie, sancties, geblokkeerd land, vs, usa, amerika, komt niet in aanmerking, leeftijd, onder 18, minderjarig, waar actief

faq-vpn_or_travel-q = In het buitenland of met VPN?
faq-vpn_or_travel-a = Geef je echte woonland op: of je bij OKX in aanmerking komt, hangt af van waar je woont. Gebruik geen VPN om te verbergen waar je bent en geef geen vals woonadres op. Sommige gebruikers melden dat een VPN of een locatie die afwijkt van het opgegeven woonland problemen gaf; dat is geen officiële regel van OKX, maar de VPN uitzetten en thuis verifiëren is de veilige keuze.
faq-vpn_or_travel-keys = vpn, proxy, ip, ip-adres, locatie, buitenland, in het buitenland, op reis, reizen, op vakantie, vakantie, ander land, buitenlands, in het buitenland wonen, expat, emigreren, verhuisd, verhuisd naar ander land, woon in ander land, tor

faq-official_support-q = Hoe bereik ik de support van OKX?
faq-official_support-a = Neem alleen via officiële kanalen contact op met OKX: in de OKX-app (Support of de AI-chatbot) of op okx.com via het Help Center. Geef je UID (in je profiel), nooit je wachtwoord of codes. Pas op voor "support"-accounts die jou als eerste benaderen op Telegram of andere netwerken: dat is oplichting. Deze bot is niet OKX en kan geen contact met de support opnemen voor jou.
faq-official_support-keys = support, klantenservice, klanten service, helpdesk, contact, contact opnemen, live chat, chat, medewerker, mens spreken, iemand spreken, e-mail support, telefoonnummer, bellen, ticket, klacht, hoe contact, contact met okx, okx support, okx klantenservice, suport, klantenservise

faq-scam_warning-q = Iemand wil mijn KYC regelen
faq-scam_warning-a = Dat is oplichting. Niemand die te vertrouwen is vraagt om je wachtwoord, 2FA- of sms-codes, seedphrase of een betaling om je verificatie te "deblokkeren" of te "versnellen". Deel ze nooit en betaal nooit. Neem alleen contact op met de klantenservice van OKX in de OKX-app of op okx.com, en beschouw iedereen die jou als eerste benadert met hulp als oplichter.
faq-scam_warning-keys = oplichting, oplichter, oplichters, scam, scammer, fraude, nep support, nepsupport, vroeg om wachtwoord, 2fa code, sms code, seedphrase, seed phrase, herstelzin, private key, betalen om te deblokkeren, betalen voor verificatie, account deblokkeren, verificatie versnellen, geverifieerd account kopen, account verkopen, kyc service, bericht van okx, is dit echt, betrouwbaar

faq-about_bot-q = Wie ben jij? Is deze bot van OKX?
faq-about_bot-a = Ik ben KYC Doctor, een onafhankelijke open-source helper. Ik ben niet OKX en ook niet aan OKX verbonden. Ik kan je OKX-account of verificatie niet zien, wijzigen of versnellen; ik controleer alleen je foto's en leg op basis van de gepubliceerde regels van OKX uit wat je moet verbeteren. Ik heb nooit je wachtwoord, 2FA-codes of seedphrase nodig. De officiële documentatie van OKX heeft altijd het laatste woord.
faq-about_bot-keys = wie ben jij, wie ben je, wat ben jij, ben jij okx, is dit okx, officieel, is dit officieel, bot, deze bot, wat kun je, wat doet deze bot, help, hulp, hoe werkt het, kun je mij verifiëren, kun je me goedkeuren, kun je het versnellen, ben je een mens, ben je echt

faq-bot_privacy-q = Wat doe je met mijn foto's?
faq-bot_privacy-a = Ik controleer je foto's in het geheugen en sla ze nooit op, ook niet in logs. Ik bewaar alleen de stap van ons gesprek, je taal, de reden die je koos, het documenttype, de probleemcodes van de controles en een 64-bits hash van elke afbeelding (een kort getal dat uit de afbeelding is berekend, zodat ik merk wanneer dezelfde afbeelding twee keer wordt gestuurd). Geen foto's, geen namen, geen documentgegevens: wat ik uit de machineleesbare zone lees, laat ik je één keer zien en bewaar ik niet. In de standaardopslag (SQLite) blijft dit tot je /forget stuurt; draait de bot op Redis, dan wordt het ook gewist na een periode zonder activiteit (REDIS_TTL_SECS, standaard 7 dagen). Ik ben niet OKX en kan je account niet zien of wijzigen.
faq-bot_privacy-keys = privacy, privé, gegevens, mijn gegevens, persoonsgegevens, data, opslaan, opgeslagen, bewaren, bewaar je mijn foto's, verwijderen, mijn gegevens verwijderen, wissen, vergeten, avg, gdpr, veilig, is het veilig, beveiliging, wie ziet mijn foto's, sla je mijn paspoort op, waar gaan mijn foto's heen

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX zegt "Invalid document"
faq-invalid_document-a = "Invalid document" (ongeldig document) gaat over het document zelf, niet over de foto. OKX noemt deze oorzaken: geen pasfoto of een onduidelijke, een paspoort zonder handtekening of, in sommige landen, de eis van een nieuw paspoort. Is het handtekeningvak van je paspoort leeg, zet dan je handtekening en maak nieuwe foto's. Is de pasfoto versleten of onleesbaar, gebruik dan een ander officieel document dat je hebt (paspoort, identiteitskaart of rijbewijs) of vernieuw het document. Weet je niet welke oorzaak geldt, vraag het de support van OKX. Ik kan je nieuwe foto's controleren voor je ze instuurt.
faq-invalid_document-keys = invalid document, ongeldig document, document ongeldig, ongeldige id, ongeldig paspoort, nieuw paspoort nodig, geen pasfoto op document, pasfoto versleten, paspoort niet ondertekend, er staat invalid document, id-kaart ongeldig

faq-document_photo_rejected-q = "ID detection failed"?
faq-document_photo_rejected-a = Deze meldingen gaan over de foto van het document, niet over het document. OKX legt "Invalid document photo" uit als wazig, bijgesneden, gegevens afgedekt of het verkeerde document (een ander identiteitsbewijs of adresbewijs dat er niet bij hoort). Het oudere "ID detection failed" betekent dat het document op de foto niet herkend werd: overbelicht, met reflecties of niet helemaal zichtbaar. Maak hem opnieuw: het originele document (geen screenshot of kopie), plat op een donkere tafel, alle vier de hoeken in beeld, geen vingers erop, gelijkmatig licht zonder schittering, scherp. Stuur de foto eerst hier, dan controleer ik hem.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, document niet herkend, id wordt niet herkend, foto van document afgekeurd, foto van id-kaart afgewezen, fout bij documentherkenning, herkent mijn paspoort niet

faq-face_scan_loop-q = Gezichtsscan blijft herhalen
faq-face_scan_loop-a = OKX noemt geen specifieke oorzaak voor een gezichtsscan die opnieuw begint, vastloopt of eindigt met "something went wrong". Wat OKX vraagt: geef de OKX-app toegang tot de camera, vermijd donkere plekken en trillen, houd je hele gezicht in het ovaal en draai daarna je hoofd langzaam in een cirkel als daarom gevraagd wordt. Kijk naar het licht, zonder raam of lamp achter je. Blijft het herhalen, probeer dan de OKX-app in plaats van de browser (of andersom); sommigen melden dat een andere telefoon wel werkte. Wordt de scan nooit klaar, neem dan contact op met de support van OKX en geef je UID.
faq-face_scan_loop-keys = gezichtsscan blijft herhalen, gezichtsherkenning begint opnieuw, gezichtsscan loopt vast, something went wrong, er is iets misgegaan, cirkel blijft draaien, selfie begint opnieuw, scan wordt niet afgerond, blijft laden

faq-head_covering-q = Hoofddoek of hijab?
faq-head_covering-a = OKX publiceert geen regel over religieuze hoofdbedekking (hijab, hoofddoek, tulband, keppel en andere). De regel is dat niets het gezicht mag bedekken: het hele gezicht in het ovaal, zonder mondkapje, zonnebril of pet. De veilige keuze is dus een bedekking die het hele gezicht vrijlaat, van haarlijn tot kin, zonder schaduw en in goed licht. Een sluier over een deel van het gezicht (bijvoorbeeld een nikab) voldoet niet aan die regel. De officiële support van OKX beslist per geval: vraag het hen als je twijfelt.
faq-head_covering-keys = hoofddoek, hijab, tulband, keppel, nikab, sluier, hoofdbedekking, mag ik een hoofddoek dragen, hoofddoek afdoen, hoofddoek bij selfie, hoofddoek op pasfoto, religieuze redenen
