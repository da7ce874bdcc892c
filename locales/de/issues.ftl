# Was die Fotoprüfung gefunden hat: Kurznamen und ein Behebungsschritt pro Problemcode, wo auf dem
# Dokument ein Befund liegt und warum eine Datei gar nicht gelesen werden konnte. Siehe locales/README.md.

## Probleme im Dokumentfoto: issue-<code> (Kurzname), issue-<code>-fix (ein Schritt für ein Ausweisfoto)

issue-blurry = Unscharf
issue-blurry-fix = Das Foto ist unscharf: Wisch die Linse ab, tippe auf dem Bildschirm auf das Dokument, um scharfzustellen, und halte das Handy ruhig.
issue-glare = Spiegelung
# $where ist eine der region-*-Wendungen unten (im Akkusativ), z. B. "die obere rechte Ecke".
issue-glare-fix = Ein heller Fleck verdeckt { $where } des Dokuments: Schalte den Blitz aus und kipp das Dokument leicht, bis die Spiegelung weg ist.
issue-too_dark = Zu dunkel
issue-too_dark-fix = Das Foto ist zu dunkel: Geh an einen Ort mit hellem, gleichmäßigem Licht, zum Beispiel ans Fenster. Benutze nicht den Blitz.
issue-too_bright = Zu hell
issue-too_bright-fix = Das Foto ist überbelichtet: Geh aus dem direkten Licht, schalte HDR aus und tippe auf dem Bildschirm auf das Dokument, um die Belichtung einzustellen.
issue-cut_off = Abgeschnitten
issue-cut_off-fix = Ein Teil des Dokuments liegt außerhalb des Fotos: Geh mit dem Handy weiter weg, bis alle vier Ecken mit einem kleinen Rand zu sehen sind.
issue-too_small = Dokument zu klein
issue-too_small-fix = Das Dokument füllt zu wenig vom Foto aus: Geh näher heran, bis es den Großteil des Bildes ausfüllt und trotzdem alle Ecken zu sehen sind.
issue-low_resolution = Niedrige Auflösung
issue-low_resolution-fix = Das Foto hat zu wenige Pixel, um den Text zu lesen: Nimm es mit der Hauptkamera ohne Zoom auf und schick das Originalfoto, keine komprimierte Kopie.
issue-tilted = Schräg
issue-tilted-fix = Das Dokument ist schräg fotografiert: Leg es flach hin und halte das Handy gerade darüber, parallel zum Dokument.
issue-grayscale = Schwarz-Weiß
issue-grayscale-fix = Das Foto ist schwarz-weiß: OKX verlangt ein Farbfoto. Schalte alle Filter aus und fotografiere das Original in Farbe.
issue-screen_photo = Screenshot oder Bildschirm
issue-screen_photo-fix = Das sieht aus wie ein Screenshot oder ein abfotografierter Bildschirm: Fotografiere das echte Dokument selbst mit deiner Handykamera.
issue-no_document = Kein Dokument gefunden
issue-no_document-fix = Ich konnte auf dem Foto kein Dokument finden: Leg das Dokument auf eine einfarbige Fläche, die sich davon abhebt, und lass es den Großteil des Bildes ausfüllen.
issue-mrz_unreadable = Maschinenlesbare Zone nicht lesbar
issue-mrz_unreadable-fix = Prüfsysteme lesen die Zeilen mit ‹‹‹ unten auf dem Dokument (die maschinenlesbare Zone), und ich konnte sie nicht lesen: Der ganze Streifen muss im Bild sein, scharf und ohne Spiegelung. Geh näher heran, halte das Handy ruhig und kipp das Dokument leicht aus dem Licht.
issue-document_uncertain = Dokumentränder unklar
issue-document_uncertain-fix = Ich konnte die Ränder des Dokuments nicht klar erkennen und habe deshalb nicht geprüft, ob es abgeschnitten, zu klein oder schief ist: Leg es auf eine einfarbige, dunklere Fläche und mach das Foto noch einmal.

## Probleme beim Selfie

issue-no_face = Kein Gesicht gefunden
issue-no_face-fix = Ich konnte kein Gesicht finden: Schau direkt in die Kamera, dreh dich zum Licht und halte dein ganzes Gesicht im Bild.
issue-multiple_faces = Mehrere Gesichter
issue-multiple_faces-fix = Auf dem Bild ist mehr als ein Gesicht: Mach das Selfie allein, ohne jemanden hinter dir.
issue-face_too_small = Gesicht zu weit weg
issue-face_too_small-fix = Dein Gesicht ist zu weit weg: Halte das Handy näher, auf Augenhöhe, sodass dein Gesicht das Oval ausfüllt.
issue-face_cut_off = Gesicht abgeschnitten
issue-face_cut_off-fix = Ein Teil deines Gesichts liegt außerhalb des Bildes: Halte deinen ganzen Kopf, vom Kinn bis zu den Haaren, im Bild.
issue-face_off_center = Gesicht nicht mittig
issue-face_off_center-fix = Dein Gesicht ist weit von der Mitte entfernt: Halte das Handy gerade vor dich und dein Gesicht in der Mitte.
issue-backlit = Gegenlicht
issue-backlit-fix = Der Hintergrund ist viel heller als dein Gesicht: Dreh dich um, sodass du zum Fenster oder zur Lampe schaust, statt mit dem Rücken dazu.
issue-uneven_light = Ungleichmäßiges Licht
issue-uneven_light-fix = Eine Seite deines Gesichts ist viel dunkler: Schau direkt zur Lichtquelle, damit beide Seiten gleichmäßig beleuchtet sind.

## Selfie-Varianten der Codes, die für beide Arten von Fotos gelten

issue-selfie-blurry-fix = Das Selfie ist unscharf: Wisch die Frontkamera ab, halte das Handy ruhig auf Augenhöhe und beweg dich langsam.
issue-selfie-too_dark-fix = Das Selfie ist zu dunkel: Geh an einen hellen Ort und schau zum Licht.
issue-selfie-too_bright-fix = Das Selfie ist überbelichtet: Geh aus der direkten Sonne oder dem grellen Lampenlicht und nutze weiches, gleichmäßiges Licht.
issue-selfie-grayscale-fix = Das Selfie ist schwarz-weiß: Schalte alle Filter und Farbeffekte der Kamera aus.
issue-selfie-low_resolution-fix = Das Selfie hat zu wenige Pixel: Nimm es direkt mit der Handykamera auf und schick das Originalbild, keine komprimierte Kopie.

## Wo auf dem Dokument ein Befund liegt (oben als { $where } verwendet, daher im Akkusativ)

region-top_left = die obere linke Ecke
region-top = den oberen Rand
region-top_right = die obere rechte Ecke
region-left = den linken Rand
region-center = die Mitte
region-right = den rechten Rand
region-bottom_left = die untere linke Ecke
region-bottom = den unteren Rand
region-bottom_right = die untere rechte Ecke
# Wenn die Prüfung nicht sagen konnte, wo.
region-unknown = einen Teil

## Dateien, die gar nicht analysiert werden konnten (Eingabefehlercodes aus docs/contracts.md)

input-error-not_found = Ich konnte diese Datei nicht finden. Prüfe den Pfad und versuch es noch einmal.
input-error-unsupported_format = Dieses Bildformat kann ich nicht lesen (zum Beispiel HEIC-Fotos vom iPhone). Schick es als normales Foto in Telegram oder speichere es als JPEG: auf dem iPhone unter Einstellungen → Kamera → Formate → Maximale Kompatibilität.
input-error-corrupt = Ich konnte dieses Bild nicht lesen: Die Datei scheint beschädigt oder unvollständig zu sein. Mach ein neues Foto und schick es noch einmal.
input-error-too_large = Diese Datei ist zu groß für meine Prüfung. Schick sie als normales Foto statt als Datei oder schick ein kleineres Bild.
input-error-too_many_pixels = Dieses Bild hat mehr Pixel, als ich prüfen kann. Schick es als normales Foto, das Telegram verkleinert, oder stell eine niedrigere Kameraauflösung ein.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Was auf deinem Dokument steht (aus der maschinenlesbaren Zone gelesen, nur für dich sichtbar und nicht gespeichert):
mrz-block-surname = Nachname: { $value }
mrz-block-given = Vornamen: { $value }
mrz-block-birth = Geburtsdatum: { $value }
mrz-block-expiry = Gültig bis: { $value }
mrz-block-nationality = Staatsangehörigkeit: { $value }
mrz-block-number = Dokumentnummer: { $value }
mrz-block-advice = Gib diese Angaben im OKX-Formular genau so ein, wie sie gedruckt sind. Der Name hat keine Prüfziffer: Vergleiche die Schreibweise mit dem Dokument.
