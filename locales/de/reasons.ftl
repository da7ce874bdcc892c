# Ablehnungsgründe: Button-Text, was OKX damit meint, und die Schritte zur Behebung in der richtigen Reihenfolge.
# Siehe locales/README.md. Fakten stammen nur aus docs/kyc-knowledge.md.
# Die Texte sind Buttons: höchstens 30 Zeichen.

## photo_blurry

reason-photo_blurry = Unscharf/unleserlich
reason-photo_blurry-about = Das Foto des Dokuments war nicht scharf genug, um es zu lesen. OKX verlangt ein scharfes, lesbares Foto des Dokuments.
reason-photo_blurry-step-1 = Wisch die Kameralinse mit einem weichen Tuch ab.
reason-photo_blurry-step-2 = Leg das Dokument flach hin und halte das Handy parallel dazu, etwa 15–25 cm entfernt.
reason-photo_blurry-step-3 = Nimm die Hauptkamera auf der Rückseite, ohne Digitalzoom, und tippe auf dem Bildschirm auf das Dokument, um scharfzustellen.
reason-photo_blurry-step-4 = Halte das Handy bei gutem Licht ruhig, während du das Foto machst.
reason-photo_blurry-step-5 = Zoom ins fertige Foto hinein: Jedes Zeichen muss lesbar sein, beim Reisepass auch die beiden maschinenlesbaren Zeilen unten.
reason-photo_blurry-step-6 = Lade das Originalfoto der Kamera hoch, keine weitergeleitete oder komprimierte Kopie.

## photo_glare

reason-photo_glare = Blendung oder Spiegelung
reason-photo_glare-about = Eine helle Spiegelung hat einen Teil des Dokuments verdeckt. OKX verlangt ein Foto ohne Blendung, und die Prüfung scheitert an Spiegelungen.
reason-photo_glare-step-1 = Schalte den Blitz aus.
reason-photo_glare-step-2 = Geh weg von Lampen und direkter Sonne; am besten ist weiches Tageslicht von der Seite.
reason-photo_glare-step-3 = Nimm das Dokument aus jeder Hülle oder Schutzfolie.
reason-photo_glare-step-4 = Kipp das Dokument leicht, bis kein heller Fleck mehr auf dem Text, dem Foto oder dem Hologramm liegt.
reason-photo_glare-step-5 = Laminierte Karten spiegeln am stärksten: Mach mehrere Fotos aus verschiedenen Winkeln und nimm das ohne Spiegelung.

## photo_exposure

reason-photo_exposure = Zu dunkel oder zu hell
reason-photo_exposure-about = Das Foto war zu dunkel oder zu stark überbelichtet, um es zu lesen. Die Dokumentenprüfung von OKX scheitert an überbelichteten Fotos.
reason-photo_exposure-step-1 = Such dir helles, gleichmäßiges, indirektes Licht, zum Beispiel an einem Fenster, aber nicht in direkter Sonne.
reason-photo_exposure-step-2 = Vermeide starkes Licht hinter dem Dokument, und achte darauf, dass der Schatten des Handys nicht darauf fällt.
reason-photo_exposure-step-3 = Rette ein dunkles Foto nicht mit dem Blitz (der erzeugt Spiegelungen); geh lieber an einen helleren Ort.
reason-photo_exposure-step-4 = Wenn das Foto überbelichtet aussieht, schalte HDR-, Nacht- und Beauty-Modus aus und tippe auf dem Bildschirm auf das Dokument, um die Belichtung einzustellen.

## photo_cut_off

reason-photo_cut_off = Abgeschnitten/verdeckt
reason-photo_cut_off-about = Ein Teil des Dokuments lag außerhalb des Fotos oder war verdeckt. OKX verlangt, dass alle Ecken sichtbar sind und nichts das Dokument verdeckt, nicht einmal ein Finger.
reason-photo_cut_off-step-1 = Bring das ganze Dokument mit einem kleinen Rand auf allen Seiten ins Bild, sodass es trotzdem den Großteil des Bildes ausfüllt.
reason-photo_cut_off-step-2 = Achte darauf, dass alle vier Ecken zu sehen sind: Leg die Karte auf einen Tisch, damit kein Finger sie verdeckt.
reason-photo_cut_off-step-3 = Nimm einen einfarbigen Hintergrund, der sich vom Dokument abhebt.
reason-photo_cut_off-step-4 = Schneide das Foto hinterher nicht zu.
reason-photo_cut_off-step-5 = Reisepass: Zeig die ganze Datenseite, einschließlich der beiden maschinenlesbaren Zeilen unten.

## not_original

reason-not_original = Screenshot oder Kopie
reason-not_original-about = Das Foto war kein Farbfoto des Originaldokuments. OKX akzeptiert keine Screenshots, Fotokopien, Fotos von Fotos oder bearbeiteten Bilder.
reason-not_original-step-1 = Fotografiere das echte Dokument selbst mit deiner Handykamera.
reason-not_original-step-2 = Schick keine Screenshots, Scans, Fotokopien, Ausdrucke, digitalen Ausweise oder Fotos von einem Bildschirm.
reason-not_original-step-3 = Schick ein Farbfoto, niemals schwarz-weiß.
reason-not_original-step-4 = Bearbeite das Foto nicht: keine Filter, kein Zuschneiden, keine Sticker, verpixelten Stellen oder Notizen.
reason-not_original-step-5 = Mach ein neues Foto, statt das abgelehnte noch einmal hochzuladen; manche Verifizierungsdienste markieren ein Bild, das schon einmal abgelehnt wurde.

## wrong_document

reason-wrong_document = Falsches Dokument/Seite
reason-wrong_document-about = Der Dokumenttyp wird nicht akzeptiert, oder eine Seite fehlte. Welche Dokumente OKX akzeptiert, hängt von deinem Land ab.
reason-wrong_document-step-1 = Wähle einen Ausweistyp, den OKX im Verifizierungsformular für dein Land anbietet; Visa, Studentenausweise und Arbeitserlaubnisse sind keine Ausweisdokumente.
reason-wrong_document-step-2 = Das Ausstellungsland des Dokuments muss das Land sein, das du ausgewählt hast.
reason-wrong_document-step-3 = Bei einem Personalausweis oder Führerschein schickst du Vorder- und Rückseite als zwei Fotos, nie zweimal dieselbe Seite.
reason-wrong_document-step-4 = Beim Reisepass schickst du die Datenseite mit deinem Foto und, falls verlangt, weitere wichtige Seiten.
reason-wrong_document-step-5 = Lade jede Datei an der richtigen Stelle hoch: den Ausweis dort, wo der Ausweis verlangt wird, den Adressnachweis dort, wo die Adresse verlangt wird.

## document_invalid

reason-document_invalid = Ungültiges Dokument
reason-document_invalid-about = Das Dokument selbst wurde nicht akzeptiert: abgelaufen, nicht unterschrieben, beschädigt oder ohne deutliches Lichtbild. OKX verlangt ein gültiges, unbeschädigtes Dokument.
reason-document_invalid-step-1 = Prüfe das Ablaufdatum. Nimm lieber ein Dokument, das noch eine Weile gültig ist: Manche Verifizierungsdienste lehnen eines ab, das innerhalb eines Monats abläuft.
reason-document_invalid-step-2 = Wenn das Unterschriftsfeld in deinem Reisepass leer ist, unterschreib ihn, bevor du das Foto machst.
reason-document_invalid-step-3 = Achte darauf, dass Lichtbild und Geburtsdatum vorhanden und gut zu erkennen sind.
reason-document_invalid-step-4 = Wenn das Dokument gebrochen, abgenutzt oder gelocht ist oder eine abgeschnittene Ecke hat, nimm einen anderen gültigen Ausweis oder lass es erneuern.
reason-document_invalid-step-5 = Wenn OKX in deinem Land einen neuen Reisepass verlangt, lass ihn zuerst erneuern.

## data_mismatch

reason-data_mismatch = Daten passen nicht
reason-data_mismatch-about = Was du ins Formular eingegeben hast (Name, Geburtsdatum, Ausweisnummer, Staatsangehörigkeit), stimmt nicht mit dem Dokument überein.
reason-data_mismatch-step-1 = Vergleiche jedes Feld, das du ausgefüllt hast, einzeln mit dem Dokument.
reason-data_mismatch-step-2 = Gib deinen Namen genau so ein, wie er gedruckt ist: gleiche Schreibweise, gleiche Reihenfolge, mit allen weiteren Vornamen; keine Spitznamen und keine eigene Umschrift.
reason-data_mismatch-step-3 = Wenn das Formular ein Namensfeld in der Landessprache hat, gib den Namen dort in derselben Schrift wie im Ausweis ein.
reason-data_mismatch-step-4 = Geburtsdatum: Prüfe die Reihenfolge von Tag und Monat.
reason-data_mismatch-step-5 = Ausweisnummer: vollständig, ohne Leerzeichen; verwechsle nicht O mit 0 oder I mit 1.
reason-data_mismatch-step-6 = Wenn du zwei Staatsangehörigkeiten hast, wähle die des Dokuments, das du hochlädst.
reason-data_mismatch-step-7 = Wohnsitzland: wo du tatsächlich wohnst.
reason-data_mismatch-step-8 = Wenn du die Daten nicht mehr bearbeiten kannst, bitte den OKX-Support, sie zu korrigieren.

## selfie_failed

reason-selfie_failed = Selfie-Check gescheitert
reason-selfie_failed-about = Der Gesichtsscan konnte nicht abgeschlossen werden oder das Gesicht war nicht deutlich genug. OKX verlangt dein ganzes Gesicht im Oval, bei gutem Licht und ohne Verwackeln.
reason-selfie_failed-step-1 = Schau zum Licht: kein Fenster und keine Lampe hinter dir.
reason-selfie_failed-step-2 = Nimm Hut, Mütze, Maske oder Sonnenbrille ab und halte die Haare aus dem Gesicht.
reason-selfie_failed-step-3 = Halte das Handy auf Augenhöhe, mit dem Gesicht im Oval.
reason-selfie_failed-step-4 = Halt still und dreh den Kopf langsam, wenn die App dich dazu auffordert.
reason-selfie_failed-step-5 = Erlaube den Kamerazugriff, aktualisiere die OKX-App und schließ andere Apps; wenn es immer noch scheitert, versuch es mit einem anderen Handy.
reason-selfie_failed-step-6 = Mach es selbst: Nur der Kontoinhaber darf den Gesichtscheck machen.

## face_mismatch

reason-face_mismatch = Gesicht passt nicht
reason-face_mismatch-about = Das Gesicht im Selfie wurde nicht dem Lichtbild auf dem Dokument zugeordnet.
reason-face_mismatch-step-1 = Nur der Kontoinhaber darf das Selfie machen.
reason-face_mismatch-step-2 = Nimm deinen neuesten Ausweis, damit das Lichtbild dir heute ähnlich sieht.
reason-face_mismatch-step-3 = Achte darauf, dass das Lichtbild auf dem Foto des Dokuments scharf und ohne Spiegelung ist.
reason-face_mismatch-step-4 = Schau neutral, ohne Brille und ohne Hut.
reason-face_mismatch-step-5 = Wenn es immer noch scheitert, wende dich an den OKX-Support: Manche Verifizierungsdienste werten ein nicht passendes Gesicht als endgültig.

## duplicate_identity

reason-duplicate_identity = Ausweis schon genutzt
reason-duplicate_identity-about = Diese Identität ist bereits auf einem anderen OKX-Konto verifiziert. OKX erlaubt ein Konto pro Person, erneutes Einreichen hilft also nicht.
reason-duplicate_identity-step-1 = OKX erlaubt ein Konto pro Person, und deine Identität ist mit einem anderen Konto verknüpft.
reason-duplicate_identity-step-2 = Melde dich bei diesem Konto an oder stelle es über die Kontowiederherstellung von OKX wieder her.
reason-duplicate_identity-step-3 = Wenn du dieses Konto nicht kennst (vielleicht hat jemand deinen Ausweis benutzt), wende dich mit deiner UID an den OKX-Support.
reason-duplicate_identity-step-4 = Benutze nie den Ausweis einer anderen Person und verleih nie deinen eigenen.

## not_eligible

reason-not_eligible = Region oder Berechtigung
reason-not_eligible-about = OKX kann dich für dieses Konto nicht verifizieren, zum Beispiel wegen deines Wohnorts. Erneutes Einreichen ändert daran nichts.
reason-not_eligible-step-1 = Lies Abschnitt 2.2 der Nutzungsbedingungen von OKX und prüfe, welche OKX-Gesellschaft für dein Wohnsitzland zuständig ist.
reason-not_eligible-step-2 = Entscheidend ist, wo du wohnst, nicht nur deine Staatsangehörigkeit.
reason-not_eligible-step-3 = Nutze kein VPN und gib keinen falschen Wohnsitz an.
reason-not_eligible-step-4 = Wenn du glaubst, dass es ein Fehler ist (zum Beispiel weil du umgezogen bist), wende dich mit deiner UID und einem Wohnsitznachweis an den OKX-Support, statt immer wieder neu einzureichen.

## address_proof

reason-address_proof = Adressnachweis
reason-address_proof-about = Der Adressnachweis wurde nicht akzeptiert. Er muss deinen Namen und deine aktuelle Adresse zeigen, dieselbe Adresse, die du ins Formular eingegeben hast.
reason-address_proof-step-1 = Nimm ein Dokument, das deinen Namen und deine aktuelle Wohnadresse zeigt.
reason-address_proof-step-2 = Die Adresse muss genau die sein, die du ins Formular eingegeben hast.
reason-address_proof-step-3 = Nimm ein aktuelles Dokument: in den letzten 3 Monaten ausgestellt, wo OKX eine Frist nennt (zum Beispiel in Saudi-Arabien).
reason-address_proof-step-4 = Schick ein Foto des Originals (die ganze Seite, alle Ecken) oder das PDF so, wie es ausgestellt wurde; keine Screenshots.
reason-address_proof-step-5 = Gib keine Postfachadresse an.

## unknown

reason-unknown = Kein Grund angezeigt
reason-unknown-about = OKX hat dir keinen Grund angezeigt. Meist steht er in der E-Mail oder SMS von OKX, zusammen mit einem Link zum erneuten Einreichen.
reason-unknown-step-1 = Lies die E-Mail oder SMS von OKX zur Verifizierung: Dort stehen der Grund und ein Link zum erneuten Einreichen.
reason-unknown-step-2 = Öffne die Verifizierungsseite in der OKX-App und schau dort nach dem Grund.
reason-unknown-step-3 = Sonst geh die häufigsten Ursachen der Reihe nach durch: Screenshot, Kopie oder Schwarz-Weiß-Foto; fehlende Ecken; Unschärfe; Spiegelungen; Ablaufdatum; deine eingegebenen Daten; das Selfie.
reason-unknown-step-4 = Schick mir hier das Foto deines Ausweises und dein Selfie, damit ich sie prüfe.
reason-unknown-step-5 = Wenn es weiter unklar bleibt oder du nach 24 Stunden kein Ergebnis hast, wende dich an den OKX-Support.
reason-invalid-expiry = Ungültiges Ablaufdatum
