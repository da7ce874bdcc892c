# Die FAQ: faq-<id>-q (die Frage; auch ein Button-Text, daher kurz), faq-<id>-a (die Antwort, reiner Text,
# gut lesbar auf dem Handy, höchstens ~900 Zeichen), faq-<id>-keys (durch Kommas getrennte Wörter und
# Wendungen, mit denen Leute diese Frage in DIESER Sprache stellen, mit Synonymen, Umgangssprache und
# typischen Tippfehlern; die Freitextsuche indexiert sie).
# Fakten stammen nur aus docs/kyc-knowledge.md. Wo OKX keine Regel veröffentlicht, sagen wir das.

faq-common_causes-q = Warum wurde ich abgelehnt?
faq-common_causes-a = Die häufigsten Ursachen, ungefähr in der Reihenfolge, in der du sie prüfen solltest:
    1. Ein Screenshot, eine Fotokopie, ein abfotografierter Bildschirm oder ein Schwarz-Weiß-Foto statt eines Farbfotos vom Original.
    2. Eine abgeschnittene oder vom Finger verdeckte Ecke.
    3. Ein unscharfes Foto.
    4. Spiegelungen auf dem Text oder dem Lichtbild.
    5. Ein abgelaufenes oder beschädigtes Dokument.
    6. Eingegebene Daten (Name, Geburtsdatum, Ausweisnummer), die vom Dokument abweichen.
    7. Ein gescheitertes Selfie: dunkler Raum, Verwackeln, Gesicht außerhalb des Ovals.
    8. Eine Identität, die schon auf einem anderen Konto verwendet wird, oder ein Wohnsitzland, das OKX nicht bedienen kann.
    In der E-Mail von OKX steht der Grund. Sag mir den Grund, dann bekommst du von mir eine Checkliste.
faq-common_causes-keys = warum abgelehnt, wieso abgelehnt, weshalb abgelehnt, verifizierung abgelehnt, kyc abgelehnt, kyc fehlgeschlagen, verifizierung fehlgeschlagen, identitätsprüfung fehlgeschlagen, identitätsprüfung abgelehnt, nicht bestanden, nicht durchgekommen, ablehnung, ablehnungsgrund, grund der ablehnung, abgewiesen, nicht genehmigt, wieder abgelehnt, schon wieder abgelehnt, was ist falsch, was mache ich falsch, klappt nicht, verifizierung klappt nicht, abgelent, verifikation abgelehnt

faq-no_reason_shown-q = Ich sehe keinen Ablehnungsgrund
faq-no_reason_shown-a = OKX schickt den Grund für die Ablehnung per E-Mail, zusammen mit einem Link zum erneuten Einreichen. Such in deinem Posteingang und im Spam-Ordner nach einer Nachricht von OKX, und schau auch in deine SMS und auf die Verifizierungsseite in der OKX-App. Wenn du trotzdem keinen Grund findest, wähl in diesem Bot „Kein Grund angezeigt“: Ich gehe die häufigsten Ursachen mit dir durch und prüfe deine Fotos.
faq-no_reason_shown-keys = kein grund, ohne grund, kein grund angezeigt, grund wird nicht angezeigt, weiß nicht warum, weiss nicht warum, keine ahnung warum, keine erklärung, keine begründung, ohne begründung, steht nur fehlgeschlagen, wo steht der grund, grund anzeigen, grund fehlt, keine email bekommen, keine mail, unbekannter grund, abgelehnt ohne grund, was ist der grund, grund nicht sichtbar

faq-review_time-q = Wie lange dauert die Prüfung?
faq-review_time-a = Wenn eine zusätzliche Prüfung nötig ist, dauert sie laut OKX bis zu 24 Stunden, bei hohem Andrang auch länger. Das Ergebnis bekommst du per SMS oder E-Mail. Wenn du nach 24 Stunden nichts gehört hast, wende dich an das Support Center von OKX oder an den KI-Chatbot in der App.
faq-review_time-keys = wie lange, wie lange dauert das, dauer, bearbeitungszeit, prüfungsdauer, wartezeit, in prüfung, in bearbeitung, wird geprüft, ausstehend, ausstehende verifizierung, noch in prüfung, wie viele stunden, wie viele tage, wann bin ich verifiziert, wann freigeschaltet, wann kommt das ergebnis, kyc ausstehend, pending, dauert zu lange, dauert ewig, wie lang, pruefung dauer

faq-no_result_24h-q = Nach 24 Stunden kein Ergebnis
faq-no_result_24h-a = Laut OKX kann eine Prüfung, die zusätzliche Kontrollen braucht, bis zu 24 Stunden dauern, zu Spitzenzeiten länger. Wenn mehr als 24 Stunden vergangen sind, wende dich an das Support Center von OKX oder an den KI-Chatbot in der OKX-App und gib deine UID an. Reich in der Zwischenzeit keinen zweiten Antrag ein; schau zuerst in deine E-Mails (auch im Spam) und SMS, ob das Ergebnis schon da ist.
faq-no_result_24h-keys = kein ergebnis, keine antwort, keine rückmeldung, keine rueckmeldung, mehr als 24 stunden, über 24 stunden, nach 24 stunden, 24h, 48 stunden, 2 tage, zwei tage, 3 tage, drei tage, eine woche, warte immer noch, hängt, haengt, hängt in prüfung, seit tagen ausstehend, seit tagen pending, nichts passiert, niemand antwortet, immer noch nicht verifiziert, keine neuigkeiten

faq-resubmit_timing-q = Wann kann ich erneut einreichen?
faq-resubmit_timing-a = OKX veröffentlicht keine feste Wartezeit, bevor du erneut einreichen kannst. Du bekommst den Grund per E-Mail, mit einem Link zum erneuten Einreichen. Behebe zuerst die Ursache und mach neue Fotos: Das abgelehnte Bild noch einmal zu schicken, hilft selten, und manche Verifizierungsdienste markieren es. Wenn dein Konto eine Wartezeit anzeigt, warte sie ab; manche andere Börsen haben nach gescheiterten Versuchen eine Sperrfrist. Wenn der Button zum erneuten Einreichen fehlt, wende dich an den OKX-Support.
faq-resubmit_timing-keys = wann erneut einreichen, erneut einreichen, nochmal einreichen, noch mal einreichen, neu einreichen, nochmal versuchen, erneut versuchen, wann kann ich es nochmal versuchen, wie lange warten, wartezeit, sperrfrist, abkühlphase, cooldown, nächster versuch, neuer versuch, neuer antrag, nochmal verifizieren, verifizierung wiederholen, dokumente nochmal hochladen, wieder hochladen, erneut hochladen, nochmal probieren, nomal versuchen

faq-repeated_retries-q = Gibt es ein Limit für Versuche?
faq-repeated_retries-a = OKX veröffentlicht weder ein Limit für Verifizierungsversuche noch eine Sperrzeit. Die Meldung über die „maximale Anzahl an Versuchen zur Gesichtsverifizierung“ betrifft Passkeys bei OKX, nicht die Identitätsprüfung. Manche Verifizierungsdienste begrenzen Wiederholungen, also behandle jeden Versuch als wertvoll: Behebe die Ursache, bevor du es erneut versuchst. Nach mehreren Fehlschlägen hintereinander hör auf und wende dich mit deiner UID an den OKX-Support.
faq-repeated_retries-keys = limit, versuche, wie viele versuche, wie oft, wie oft darf ich, verbleibende versuche, anzahl versuche, maximale versuche, zu viele versuche, schon oft versucht, mehrmals abgelehnt, 3 mal abgelehnt, dreimal abgelehnt, immer wieder abgelehnt, scheitert immer, gesperrt, konto gesperrt, sperre, gebannt, letzter versuch, versuchslimit, versuche übrig

faq-permanent_rejection-q = Ist die Ablehnung endgültig?
faq-permanent_rejection-a = Die meisten Ablehnungen sind nicht endgültig: Probleme mit der Fotoqualität, dem Dokument oder den eingegebenen Daten lassen sich beheben und erneut einreichen. Manche sind endgültig, und erneutes Einreichen ändert nichts daran: eine Identität, die schon auf einem anderen Konto verifiziert ist, ein Wohnsitzland, das OKX nicht bedienen kann, und Betrugsverdacht. Wende dich in diesen Fällen an den OKX-Support, statt es noch einmal zu versuchen.
faq-permanent_rejection-keys = endgültig, endgueltig, endgültig abgelehnt, dauerhaft abgelehnt, für immer, fuer immer, nie wieder, nie verifiziert, kann ich mich noch verifizieren, keine versuche mehr, ist es vorbei, aus und vorbei, für immer gesperrt, lebenslang gesperrt, nicht lösbar, hoffnungslos, nichts zu machen, finale entscheidung, permanent

faq-clear_but_failed-q = Foto scharf, trotzdem abgelehnt
faq-clear_but_failed-a = Ein Foto, das auf deinem Bildschirm gut aussieht, kann trotzdem scheitern. Typische versteckte Ursachen: ein abfotografierter Bildschirm (feine Streifen), eine Spiegelung auf einer laminierten Karte, die man erst beim Reinzoomen sieht, ein Finger auf einer Ecke oder dasselbe abgelehnte Bild noch einmal. Vielleicht liegt es auch gar nicht am Foto: Vergleiche deine eingegebenen Daten mit dem Dokument. Schick mir das Foto, dann prüfe ich es.
faq-clear_but_failed-keys = foto war scharf, foto ist scharf, gutes foto abgelehnt, scharfes foto abgelehnt, perfektes foto, foto war gut, foto war in ordnung, alles gut zu lesen, gute qualität, hohe qualität, alles richtig gemacht, alles korrekt, kein grund für ablehnung, foto ok trotzdem abgelehnt, trotzdem abgelehnt, warum abgelehnt obwohl scharf, klar erkennbar, gut lesbar, top qualität

faq-blurry_photo-q = Foto unscharf: Was tun?
faq-blurry_photo-a = OKX braucht ein scharfes, lesbares Foto. Wisch die Linse ab; leg das Dokument flach hin und halte das Handy parallel dazu, etwa 15–25 cm entfernt; nimm die Hauptkamera auf der Rückseite ohne Zoom und tippe zum Scharfstellen auf den Bildschirm; halte still, bei gutem Licht. Zoom dann ins Foto hinein: Jedes Zeichen muss lesbar sein, beim Reisepass auch die beiden Zeilen unten. Lade das Originalfoto hoch, keine weitergeleitete oder komprimierte Kopie.
faq-blurry_photo-keys = unscharf, verschwommen, verwackelt, verwaschen, nicht scharf, unscharfes foto, fokus, nicht fokussiert, stellt nicht scharf, kamera fokussiert nicht, unleserlich, nicht lesbar, kann man nicht lesen, schlechte qualität, schlechte qualitaet, bildqualität, pixelig, verpixelt, körnig, unschaf, unscharff, verschwomen

faq-glare-q = Wie vermeide ich Spiegelungen?
faq-glare-a = OKX braucht ein Foto ohne Blendung. Schalte den Blitz aus; geh weg von Lampen und direkter Sonne und nutze weiches Tageslicht von der Seite; nimm das Dokument aus jeder Hülle; kipp es leicht, bis kein heller Fleck mehr auf Text, Lichtbild oder Hologramm liegt. Laminierte Karten sind am schwierigsten: Mach mehrere Fotos aus verschiedenen Winkeln und nimm das saubere.
faq-glare-keys = spiegelung, spiegelt, reflexion, reflektiert, reflex, lichtreflex, blendung, blendet, glanz, glänzt, heller fleck, weißer fleck, weisser fleck, lichtfleck, blitz, hologramm, laminiert, plastikkarte, glänzende karte, sonnenreflexion, lampe spiegelt, spiegelung auf dem ausweis, spieglung

faq-cropped_edges-q = Ecken abgeschnitten/verdeckt
faq-cropped_edges-a = OKX verlangt, dass alle vier Ecken zu sehen sind und nichts das Dokument verdeckt, nicht einmal ein Finger. Leg das Dokument auf einen einfarbigen Tisch, der sich davon abhebt; bring es ganz ins Bild, mit einem kleinen Rand auf allen Seiten, sodass es trotzdem den Großteil des Fotos ausfüllt; schneide hinterher nichts zu. Beim Reisepass zeig die ganze Datenseite, einschließlich der beiden Zeilen unten.
faq-cropped_edges-keys = ecken, ecke, ecke fehlt, abgeschnitten, abgeschnittene ecke, zugeschnitten, zuschneiden, rand, ränder, rand fehlt, nicht ganz drauf, nicht vollständig, teilweise sichtbar, teil fehlt, finger, finger im bild, verdeckt, abgedeckt, ganzes dokument, vollständiges dokument, ins bild passen, halbes dokument, nur die hälfte

faq-screenshot_or_copy-q = Screenshot, Scan oder Kopie okay?
faq-screenshot_or_copy-a = Nein. OKX akzeptiert keinerlei Screenshots, keine Fotokopien, Scans, Ausdrucke, Fotos von Fotos oder Bildschirmen und keine bearbeiteten Bilder. Mach mit deiner Handykamera ein neues Farbfoto vom echten Dokument und bearbeite es nicht.
faq-screenshot_or_copy-keys = screenshot, bildschirmfoto, scan, gescannt, scanner, einscannen, kopie, fotokopie, ausdruck, ausgedruckt, foto von foto, foto vom bildschirm, bildschirm abfotografiert, digitaler ausweis, online ausweis, e-ausweis, bearbeitet, photoshop, aus der galerie, altes foto, pdf vom ausweis, screenshoot

faq-color_photo-q = Muss das Foto farbig sein?
faq-color_photo-a = Ja. OKX verlangt ein Farbfoto des Originaldokuments. Schwarz-Weiß-Fotos, Graustufenfilter und Fotokopien werden abgelehnt. Schalte alle Filter und Farbeffekte aus und fotografiere das Dokument in normalen Farben.
faq-color_photo-keys = farbe, farbig, in farbe, farbfoto, schwarz weiß, schwarzweiß, schwarz-weiß, schwarz weiss, schwarzweiss, s/w, sw, graustufen, grau, monochrom, filter, ohne farbe, keine farbe, bunt, farbkopie

faq-send_as_file-q = Als Foto oder als Datei schicken?
faq-send_as_file-a = Beides geht. Telegram komprimiert ein als „Foto“ geschicktes Bild erneut, dadurch können feine Details verloren gehen; als „Datei“ (Büroklammer → Datei) bleibt das Original erhalten, und meine Prüfung wird genauer. Telegram lässt Bots Dateien bis 20 MB herunterladen. Das betrifft nur das Schicken von Bildern an diesen Bot; bei OKX lädst du sie über die eigene App oder Website von OKX hoch.
faq-send_as_file-keys = als datei senden, als datei schicken, als datei, als dokument, unkomprimiert, komprimiert, komprimierung, telegram komprimiert, originalqualität, volle qualität, foto senden, wie schicke ich das foto, wie lade ich hoch, foto an bot schicken, anhängen, anhang, büroklammer, bild schicken, datei oder foto, qualität verloren

faq-file_format_size-q = Welches Dateiformat, welche Größe?
faq-file_format_size-a = OKX veröffentlicht für die Verifizierung von Privatpersonen keine Grenze für Dateigröße oder Format; die Regel mit PDFs bis 20 MB, die du vielleicht siehst, gilt für institutionelle Konten (Unternehmen). Andere Dienste haben Grenzen, zum Beispiel Kraken unter 5 MB und Onfido unter 10 MB, daher ist ein normales Kamerafoto (JPEG) die sichere Wahl. Mach das Foto direkt in der OKX-App, wenn sie die Kamera anbietet.
faq-file_format_size-keys = dateigröße, dateigroesse, größe, maximale größe, max größe, zu groß, zu gross, datei zu groß, mb, megabyte, format, dateiformat, jpg, jpeg, png, pdf, heic, heif, welches format, upload fehler, hochladen geht nicht, kann nicht hochladen, lädt nicht hoch, auflösung

faq-both_sides-q = Brauche ich beide Seiten?
faq-both_sides-a = Ja. OKX verlangt die Vorder- und die Rückseite des Dokuments und jede Seite mit wichtigen Angaben. Schick zwei getrennte Fotos, eins pro Seite, und nie zweimal dieselbe Seite. Beim Reisepass schickst du die Datenseite mit deinem Foto und, falls verlangt, weitere Seiten.
faq-both_sides-keys = beide seiten, zwei seiten, vorder und rückseite, vorderseite und rückseite, vorder- und rückseite, rückseite, rueckseite, ruckseite, vorderseite, andere seite, zweite seite, rückseite ausweis, rückseite perso, rückseite führerschein, zweimal dieselbe seite, seiten, welche seite, passseite, datenseite, seite mit foto

faq-accepted_documents-q = Welche Dokumente gehen?
faq-accepted_documents-a = OKX akzeptiert einen Reisepass, einen Personalausweis, einen Führerschein oder einen anderen staatlichen Lichtbildausweis, aber was genau geht, hängt von deinem Land ab: Das Verifizierungsformular zeigt dir die Möglichkeiten für deins. Das Dokument muss deinen vollständigen Namen, dein Geburtsdatum, Ausstellungs- und Ablaufdatum und ein deutliches Lichtbild zeigen und darf nicht abgelaufen sein. Ein Wählerausweis wird in manchen Ländern eventuell nicht unterstützt; Visa, Studentenausweise und Arbeitserlaubnisse sind keine Ausweisdokumente.
faq-accepted_documents-keys = welche dokumente, welche ausweise, welcher ausweis, was für ein ausweis, akzeptierte dokumente, ausweisarten, dokumenttyp, personalausweis, perso, ausweis, reisepass, pass, führerschein, fuehrerschein, fuhrerschein, aufenthaltstitel, aufenthaltserlaubnis, id karte, identitätskarte, kann ich benutzen, gültiger ausweis, amtlicher ausweis, was brauche ich

faq-unsupported_document-q = Mein Dokument wird nicht akzeptiert
faq-unsupported_document-a = Welche Dokumente OKX akzeptiert, hängt von deinem Land ab. Wähle einen Ausweistyp, den das Verifizierungsformular für dein Land anbietet und der von dem Land ausgestellt wurde, das du ausgewählt hast. Ein Wählerausweis wird in manchen Ländern eventuell nicht unterstützt, und Visa, Studentenausweise und Arbeitserlaubnisse werden nicht als Ausweisdokumente akzeptiert. Wenn dein Ausweis nicht akzeptiert wird, nimm stattdessen einen Reisepass oder Personalausweis.
faq-unsupported_document-keys = nicht akzeptiert, wird nicht akzeptiert, dokument nicht akzeptiert, nicht unterstützt, nicht unterstuetzt, falsches dokument, ungültiger dokumenttyp, wählerausweis, studentenausweis, schülerausweis, visum, arbeitserlaubnis, duldung, fiktionsbescheinigung, ankunftsnachweis, bundeswehrausweis, dienstausweis, bankkarte, ausweis abgelehnt, ausländischer pass, ausweis aus anderem land

faq-expired_document-q = Geht ein abgelaufener Ausweis?
faq-expired_document-a = Nein. OKX lehnt abgelaufene Dokumente ab. Nimm einen anderen gültigen Ausweis oder lass den abgelaufenen erneuern. Nimm lieber ein Dokument, das noch eine Weile gültig ist: Manche Verifizierungsdienste lehnen auch Dokumente ab, die innerhalb eines Monats ablaufen.
faq-expired_document-keys = abgelaufen, abgelaufener ausweis, abgelaufener pass, abgelaufener perso, ablaufdatum, gültig bis, gueltig bis, gültigkeit, gültigkeitsdatum, nicht mehr gültig, ungültig, läuft ab, läuft bald ab, verfallen, verfallsdatum, alter ausweis, alter pass, verlängern, erneuern, neuer ausweis, abgelaufen ausweis, abgelaufn

faq-damaged_document-q = Mein Dokument ist beschädigt
faq-damaged_document-a = OKX verlangt ein unbeschädigtes Dokument. Ein gebrochenes, abgenutztes, gelochtes oder beschnittenes Dokument, oder eines, bei dem Lichtbild oder Daten nicht lesbar sind, wird meistens abgelehnt. Nimm einen anderen gültigen Ausweis, falls du einen hast, oder lass den beschädigten erneuern.
faq-damaged_document-keys = beschädigt, kaputt, gebrochen, gerissen, riss, eingerissen, abgenutzt, zerkratzt, kratzer, verblasst, ausgeblichen, blättert ab, löst sich, verbogen, geknickt, gelocht, loch, ecke abgeschnitten, wasserschaden, nass geworden, beschädigter ausweis, kaputter perso, beschädigter pass

faq-unsigned_passport-q = Mein Pass ist nicht unterschrieben
faq-unsigned_passport-a = OKX betrachtet einen Reisepass mit leerem Unterschriftsfeld als ungültig. Unterschreib im Unterschriftsfeld und mach danach ein neues Foto davon.
faq-unsigned_passport-keys = unterschrift, unterschreiben, unterschrieben, nicht unterschrieben, ohne unterschrift, keine unterschrift, unterschrift fehlt, pass unterschreiben, unterschriftsfeld, wo unterschreiben, unterschrift des inhabers, leeres unterschriftsfeld, unterschrif, signatur, unterschirft

faq-name_mismatch-q = Mein Name stimmt nicht überein
faq-name_mismatch-a = Gib deinen Namen genau so ein, wie er im Dokument gedruckt ist: gleiche Schreibweise, gleiche Reihenfolge, mit allen weiteren Vornamen, ohne Spitznamen und ohne eigene Umschrift. Wenn das Formular ein Namensfeld in der Landessprache hat, gib den Namen dort in derselben Schrift wie im Ausweis ein. Wenn du den Namen nicht mehr bearbeiten kannst, bitte den OKX-Support, ihn zu korrigieren.
faq-name_mismatch-keys = name, name stimmt nicht, name falsch, falscher name, name passt nicht, tippfehler im namen, schreibweise, falsch geschrieben, nachname, vorname, zweiter vorname, weitere vornamen, familienname, geburtsname, doppelname, umlaute, ä ö ü, ae oe ue, ß, umschrift, transliteration, reihenfolge name, name ändern, name korrigieren

faq-birthdate_mismatch-q = Geburtsdatum stimmt nicht überein
faq-birthdate_mismatch-a = Das Geburtsdatum, das du eingibst, muss genau das aus deinem Dokument sein, und das Dokument muss es zeigen. Der häufigste Fehler: Tag und Monat vertauscht. Wenn du es nicht mehr bearbeiten kannst, bitte den OKX-Support, es zu korrigieren. Wenn schon das im Dokument gedruckte Datum falsch ist, brauchst du von der ausstellenden Behörde ein korrigiertes Dokument.
faq-birthdate_mismatch-keys = geburtsdatum, geburtstag, geb datum, geb. datum, geboren, falsches datum, falscher geburtstag, alter, geburtsjahr, tag und monat, monat und tag, vertauscht, datum vertauscht, datumsformat, datum stimmt nicht, datum passt nicht, falsches geburtsdatum, geburtsdatum falsch

faq-dual_nationality-q = Ich habe zwei Staatsangehörigkeiten
faq-dual_nationality-a = OKX bittet Menschen mit doppelter Staatsangehörigkeit, die Staatsangehörigkeit zu wählen, die für ihre Identität am wichtigsten ist. Egal, wie du dich entscheidest: Die Staatsangehörigkeit im Formular muss die des Dokuments sein, das du hochlädst. Wenn du deinen spanischen Pass hochlädst, gib als Staatsangehörigkeit Spanien an.
faq-dual_nationality-keys = doppelte staatsbürgerschaft, doppelte staatsangehörigkeit, doppelpass, zwei staatsangehörigkeiten, zwei staatsbürgerschaften, zwei pässe, zwei paesse, zweiter pass, zweite staatsbürgerschaft, mehrere staatsangehörigkeiten, welche staatsangehörigkeit, welche staatsbürgerschaft, welcher pass, staatsangehörigkeit, staatsbürgerschaft, nationalität, bürger von zwei ländern

faq-address_proof-q = Adressnachweis
faq-address_proof-a = OKX verlangt einen Adressnachweis nur in manchen Fällen. Er muss deinen Namen und deine aktuelle Adresse zeigen, dieselbe, die du ins Formular eingegeben hast. Schick ein klares Foto des Originals (ganze Seite, alle Ecken) oder das PDF so, wie es ausgestellt wurde, keinen Screenshot. In Saudi-Arabien muss er in den letzten 3 Monaten ausgestellt worden sein; eine allgemeine Altersregel von OKX ist nicht bestätigt, daher ist ein aktuelles Dokument am sichersten. Gib kein Postfach an.
faq-address_proof-keys = adressnachweis, wohnsitznachweis, nachweis der adresse, meldebescheinigung, meldezettel, wohnsitzbestätigung, stromrechnung, gasrechnung, wasserrechnung, nebenkostenabrechnung, handyrechnung, internetrechnung, kontoauszug, adresse, wohnadresse, adresse stimmt nicht, falsche adresse, alte adresse, umgezogen, mietvertrag, steuerbescheid, wie alt, 3 monate, postfach

faq-face_selfie_fail-q = Selfie/Gesichtsscan scheitert
faq-face_selfie_fail-a = Tipps von OKX: Vermeide dunkle Orte und Verwackeln, richte dein Gesicht im Oval aus und beweg dann den Kopf langsam im Kreis. Schau zum Licht (kein Fenster hinter dir); kein Hut, keine Maske, keine Sonnenbrille; Handy auf Augenhöhe. Die App braucht die Kameraberechtigung. Wenn es immer noch scheitert, aktualisiere die App, schließ andere Apps oder versuch es mit einem anderen Handy; manche Handys haben Probleme mit dem Gesichtsscan. Nur der Kontoinhaber darf das machen.
faq-face_selfie_fail-keys = selfie, selfi, sefie, gesicht, gesichtserkennung, gesichtsscan, gesichtsverifizierung, gesichtsprüfung, liveness, lebenderkennung, biometrie, gesicht wird nicht erkannt, erkennt mein gesicht nicht, selfie fehlgeschlagen, selfie abgelehnt, selfie klappt nicht, oval, kreis, kopf bewegen, kopf drehen, frontkamera, videoselfie, face id

faq-glasses_hat_mask-q = Brille, Mütze oder Maske erlaubt?
faq-glasses_hat_mask-a = Nein. OKX verlangt, dass nichts dein Gesicht verdeckt: Nimm Brille, Sonnenbrille, Hut, Mütze, Kappe und Maske ab und halte die Haare aus dem Gesicht, damit dein ganzes Gesicht im Oval zu sehen ist.
faq-glasses_hat_mask-keys = brille, sonnenbrille, brillenträger, hut, mütze, muetze, kappe, cap, kapuze, maske, mundschutz, schal, bart, make-up, schminke, haare, pony, ohrringe, tragen, gesicht verdeckt, brille abnehmen, mit brille

faq-camera_permission-q = Die Kamera funktioniert nicht
faq-camera_permission-a = Die OKX-App braucht die Berechtigung, die Kamera zu nutzen. Öffne auf dem Handy Einstellungen → Apps → OKX → Berechtigungen, erlaube die Kamera und starte die App dann neu. Wenn du im Browser verifizierst, erlaube die Kamera für die Website oder wechsle in die OKX-App. Schließ andere Apps, die die Kamera nutzen; wenn es dann immer noch nicht geht, aktualisiere die App oder versuch es mit einem anderen Gerät.
faq-camera_permission-keys = kamera, kamera geht nicht, kamera funktioniert nicht, kamera öffnet sich nicht, schwarzer bildschirm, kameraberechtigung, berechtigung, kamera erlauben, kamerazugriff, zugriff auf kamera, keine kamera, kamerafehler, app stürzt ab, app hängt, lädt ewig, ladebildschirm, browser, laptop, webcam, altes handy, handy nicht unterstützt

faq-someone_else_selfie-q = Selfie von jemand anderem?
faq-someone_else_selfie-a = Nein. Nur der Kontoinhaber darf den Gesichtscheck machen, und das Gesicht muss zum Ausweis des Kontos passen. Eine Verifizierung mit dem Gesicht oder den Dokumenten einer anderen Person scheitert. Jeder, der ein OKX-Konto möchte, verifiziert sich selbst.
faq-someone_else_selfie-keys = jemand anders, jemand anderes, andere person, mein freund, meine freundin, meine frau, mein mann, meine mutter, mein vater, mein bruder, familienmitglied, verwandte, für mich, fuer mich, in meinem namen, ausweis von jemand anderem, ausweis meines vaters, für jemand anderen verifizieren, konto der eltern, konto für mein kind, fremder ausweis

faq-duplicate_account-q = Ausweis schon auf anderem Konto
faq-duplicate_account-a = OKX erlaubt ein Konto pro Person, und deine Identität ist bereits auf einem anderen Konto verifiziert. Erneutes Einreichen hilft nicht. Melde dich bei diesem Konto an oder stelle es über die Kontowiederherstellung von OKX wieder her. Wenn du dieses Konto nicht kennst (vielleicht hat jemand deinen Ausweis benutzt), wende dich mit deiner UID an den OKX-Support. Benutze nie den Ausweis einer anderen Person und verleih nie deinen eigenen.
faq-duplicate_account-keys = schon verwendet, bereits verwendet, bereits verifiziert, schon verifiziert, doppelt, duplikat, doppeltes konto, anderes konto, zweites konto, altes konto, zwei konten, mehrere konten, neues konto, ausweis schon benutzt, identität schon verwendet, bereits registriert, schon registriert, von jemand anderem benutzt, konto verloren, konto vergessen, konto wiederherstellen

faq-region_restricted-q = Mein Land wird nicht unterstützt
faq-region_restricted-a = OKX entscheidet nach deinem Wohnsitzland, nicht nur nach deiner Staatsangehörigkeit, welche Dienste und welche OKX-Gesellschaft für dich zuständig sind. Die eingeschränkten Länder stehen in Abschnitt 2.2 der Nutzungsbedingungen von OKX; lies sie dort nach, denn Listen auf anderen Seiten können falsch oder veraltet sein. Das lässt sich nicht durch erneutes Einreichen lösen, und ein VPN oder eine falsche Adresse helfen nicht. Wenn du glaubst, dass es ein Fehler ist, wende dich an den OKX-Support.
faq-region_restricted-keys = land, land nicht unterstützt, land nicht unterstuetzt, eingeschränkt, eingeschränktes land, gesperrtes land, region, region gesperrt, nicht verfügbar, in meinem land nicht verfügbar, mein land, wohnsitz, wohnsitzland, wohnort, sanktionen, usa, amerika, land gesperrt, nicht erlaubt, nicht berechtigt, berechtigung, alter, unter 18, minderjährig

faq-vpn_or_travel-q = Aus dem Ausland oder mit VPN?
faq-vpn_or_travel-a = Gib dein echtes Wohnsitzland an: Ob du OKX nutzen darfst, hängt davon ab, wo du wohnst. Nutze kein VPN, um deinen Standort zu verschleiern, und gib keinen falschen Wohnsitz an. Manche Nutzer berichten, dass ein VPN oder ein Standort, der vom angegebenen Wohnsitz abweicht, Probleme verursacht hat; das ist keine offizielle Regel von OKX, aber das VPN auszuschalten und von zu Hause aus zu verifizieren, ist die sichere Wahl.
faq-vpn_or_travel-keys = vpn, proxy, ip, ip adresse, standort, ausland, im ausland, auf reisen, reise, urlaub, ferien, anderes land, wohne im ausland, auswandern, ausgewandert, expat, umgezogen, ins ausland gezogen, anderer standort, auslandssemester, tor

faq-official_support-q = Wie erreiche ich den OKX-Support?
faq-official_support-a = Kontaktiere OKX nur über offizielle Kanäle: in der OKX-App (Support oder KI-Chatbot) oder auf okx.com über das Help Center. Gib deine UID an (steht in deinem Profil), niemals dein Passwort oder Codes. Vorsicht vor „Support“-Konten, die dich auf Telegram oder in anderen Netzwerken zuerst anschreiben: Das ist Betrug. Dieser Bot ist nicht OKX und kann den Support nicht für dich kontaktieren.
faq-official_support-keys = support, kundenservice, kundensupport, kundendienst, hilfe, helpdesk, live chat, chat, mitarbeiter, mensch, echter mensch, mit jemandem sprechen, support email, telefonnummer, hotline, ticket, beschwerde, kontakt, wie kontaktiere ich, okx kontaktieren, okx support, suport, supprt

faq-scam_warning-q = Jemand bietet KYC-Hilfe an
faq-scam_warning-a = Das ist Betrug. Niemand Seriöses fragt nach deinem Passwort, 2FA- oder SMS-Codes, deiner Seed-Phrase oder nach Geld, um die Verifizierung „freizuschalten“ oder zu „beschleunigen“. Gib diese Daten nie weiter und zahl nie etwas. Wende dich nur über die OKX-App oder okx.com an den OKX-Support, und halte jeden, der dich zuerst anschreibt und Hilfe anbietet, für einen Betrüger.
faq-scam_warning-keys = betrug, betrüger, betrueger, abzocke, scam, scammer, fake support, falscher support, nach passwort gefragt, 2fa code, sms code, seed phrase, seedphrase, private key, bezahlen zum freischalten, gebühr zum freischalten, konto freischalten, verifizierung beschleunigen, verifiziertes konto kaufen, konto verkaufen, kyc service, nachricht von okx, ist das seriös, ist das echt

faq-about_bot-q = Wer bist du? Ist das OKX?
faq-about_bot-a = Ich bin KYC Doctor, ein unabhängiger Open-Source-Helfer. Ich bin nicht OKX und habe nichts mit OKX zu tun. Ich kann dein OKX-Konto oder deine Verifizierung weder sehen noch ändern noch beschleunigen; ich prüfe nur deine Fotos und erkläre dir anhand der veröffentlichten Regeln von OKX, was du beheben solltest. Dein Passwort, 2FA-Codes oder deine Seed-Phrase brauche ich nie. Maßgeblich ist immer die offizielle Dokumentation von OKX.
faq-about_bot-keys = wer bist du, was bist du, bist du okx, ist das okx, offiziell, ist das offiziell, bot, dieser bot, was kannst du, was macht dieser bot, hilfe, wie funktioniert das, kannst du mich verifizieren, kannst du mich freischalten, kannst du das beschleunigen, bist du ein mensch, bist du echt, ist das seriös

faq-bot_privacy-q = Was machst du mit meinen Fotos?
faq-bot_privacy-a = Ich prüfe deine Fotos im Arbeitsspeicher und speichere oder protokolliere sie nie. Ich behalte nur den Schritt unseres Gesprächs, deine Sprache, den gewählten Grund, die Dokumentart, die Problemcodes der Prüfungen und einen 64-Bit-Hash jedes Bildes (eine kurze, aus dem Bild berechnete Zahl, an der ich merke, wenn dasselbe Bild zweimal kommt). Keine Fotos, keine Namen, keine Dokumentdaten: Was ich aus der maschinenlesbaren Zone lese, zeige ich dir einmal und speichere es nicht. Im Standardspeicher (SQLite) bleibt das, bis du /forget sendest; läuft der Bot mit Redis, wird es außerdem nach einer Zeit ohne Aktivität gelöscht (REDIS_TTL_SECS, standardmäßig 7 Tage). Ich bin nicht OKX und kann dein Konto weder sehen noch ändern.
faq-bot_privacy-keys = datenschutz, privatsphäre, daten, meine daten, persönliche daten, dsgvo, speichern, gespeichert, speicherst du, speicherung, behältst du, fotos speichern, löschen, loeschen, daten löschen, vergessen, sicher, ist das sicher, sicherheit, wer sieht meine fotos, speicherst du meinen ausweis, wohin gehen meine fotos, datenleck

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX: „Invalid document“
faq-invalid_document-a = „Invalid document“ (ungültiges Dokument) betrifft das Dokument selbst, nicht das Foto. OKX nennt diese Ursachen: kein oder ein unklares Passbild, ein nicht unterschriebener Reisepass oder, in manchen Ländern, die Pflicht zu einem neuen Pass. Ist das Unterschriftsfeld deines Passes leer, unterschreib ihn und mach neue Fotos. Ist das Passbild abgenutzt oder unleserlich, nimm ein anderes amtliches Dokument, das du hast (Reisepass, Personalausweis oder Führerschein), oder lass das Dokument erneuern. Wenn du nicht weißt, welche Ursache zutrifft, frag den OKX-Support. Ich kann deine neuen Fotos vor dem Absenden prüfen.
faq-invalid_document-keys = invalid document, ungültiges dokument, dokument ungültig, ausweis ungültig, pass ungültig, neuer pass nötig, kein passbild, passbild abgenutzt, pass nicht unterschrieben, da steht invalid document, personalausweis ungültig, dokument nicht gültig

faq-document_photo_rejected-q = „ID detection failed“?
faq-document_photo_rejected-a = Diese Meldungen betreffen das Foto des Dokuments, nicht das Dokument. OKX erklärt „Invalid document photo“ als unscharf, abgeschnitten, Daten verdeckt oder falsches Dokument (ein unpassender Ausweis oder Adressnachweis). Das ältere „ID detection failed“ heißt, dass das Dokument auf dem Bild nicht erkannt wurde: überbelichtet, mit Spiegelungen oder nicht vollständig sichtbar. Mach es neu: das Originaldokument (kein Screenshot, keine Kopie), flach auf einem dunklen Tisch, alle vier Ecken im Bild, keine Finger darauf, gleichmäßiges Licht ohne Spiegelung, scharf. Schick mir das Foto zuerst, ich prüfe es.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, dokument nicht erkannt, ausweis wird nicht erkannt, foto vom ausweis abgelehnt, foto des dokuments abgelehnt, fehler bei der dokumentenerkennung, erkennt meinen pass nicht

faq-face_scan_loop-q = Gesichtsscan hängt in Schleife
faq-face_scan_loop-a = OKX nennt keine konkrete Ursache, wenn der Gesichtsscan neu startet, einfriert oder mit „something went wrong“ endet. Was OKX verlangt: der OKX-App die Kamera erlauben, dunkle Orte und Wackeln vermeiden, das ganze Gesicht ins Oval bringen und den Kopf dann langsam im Kreis drehen, wenn danach gefragt wird. Schau zum Licht, kein Fenster und keine Lampe hinter dir. Hängt es weiter, versuch die OKX-App statt des Browsers (oder umgekehrt); manche berichten, dass ein anderes Handy funktioniert hat. Wird der Scan nie fertig, wende dich mit deiner UID an den OKX-Support.
faq-face_scan_loop-keys = gesichtsscan schleife, gesichtserkennung startet neu, gesichtsprüfung hängt, something went wrong, etwas ist schiefgelaufen, kreis dreht sich endlos, selfie startet neu, gesichtsscan wird nicht fertig, lädt ewig, lebenderkennung hängt

faq-head_covering-q = Hidschab oder Kopftuch?
faq-head_covering-a = OKX veröffentlicht keine Regel zu religiösen Kopfbedeckungen (Hidschab, Kopftuch, Turban, Kippa und andere). Ihre Regel ist, dass nichts das Gesicht verdecken darf: das ganze Gesicht im Oval, ohne Maske, Sonnenbrille oder Mütze darüber. Am sichersten ist also eine Kopfbedeckung, die das ganze Gesicht vom Haaransatz bis zum Kinn frei lässt, ohne Schatten und bei gutem Licht. Ein Schleier über einem Teil des Gesichts (etwa ein Nikab) erfüllt diese Regel nicht. Einzelfälle entscheidet der offizielle OKX-Support: frag dort, wenn du unsicher bist.
faq-head_covering-keys = hidschab, hijab, kopftuch, schleier, turban, kippa, nikab, niqab, darf ich kopftuch tragen, kopftuch abnehmen, kopftuch beim selfie, kopftuch auf dem passfoto, religiöse gründe, kopfbedeckung
