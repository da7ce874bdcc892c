# Die Texte des Dialogs selbst. Siehe locales/README.md. Reiner Text: kein HTML, kein Markdown.
app-name = KYC Doctor

## Hauptmenü
menu-welcome =
    Hallo! Ich bin KYC Doctor 🩺 — ich helfe dir, eine abgelehnte Identitätsprüfung bei OKX in Ordnung zu bringen.

    Sag mir, welchen Grund OKX angezeigt hat, und schick mir die Ausweisfotos und das Selfie, die du einreichen willst. Ich prüfe sie und gebe dir eine Checkliste in der richtigen Reihenfolge, bevor du alles erneut einreichst.

    Ich bin ein unabhängiges Tool und nicht OKX. Ich frage nie nach Passwörtern, 2FA-Codes oder Seed-Phrasen.
menu-again = Was möchtest du tun?
btn-check = 🩺 KYC korrigieren
btn-faq = ❓ Fragen
btn-scam = ⚠️ Vorsicht, Betrug
btn-language = 🌐 Sprache
btn-privacy = 🔒 Datenschutz
btn-menu = ☰ Menü
btn-back = ← Zurück
btn-continue = ↩ Weiter
btn-more-questions = ❓ Weitere Fragen
btn-no-reason = Kein Grund angezeigt
btn-skip = Foto überspringen
btn-keep-photo = Foto behalten und weiter
btn-retake-front = 🔄 Vorderseite
btn-retake-passport = 🔄 Seite mit Foto
btn-retake-back = 🔄 Rückseite
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Ablaufdatum prüfen
btn-next-steps = ➡ Nächste Schritte

## Grund
ask-family = Was steht auf dem Ablehnungsbildschirm von OKX? Wähle die Gruppe, die dort steht, oder „Region oder Berechtigung“, wenn OKX dich an deinem Wohnort nicht bedienen kann.
family-data_mismatch = Angaben passen nicht
family-image_quality = Ungültiges Dokumentfoto
family-face_capture = Gesichtserkennung
family-document = Erforderliches Dokument
family-account = Region oder Berechtigung
ask-reason = { $family }: Welcher Grund genau?
reason-final-note = ⛔ Erneutes Einreichen ändert an diesem Ergebnis nichts. Das kannst du stattdessen tun:

## Dokument und Fotos
ask-document = Welches Dokument willst du einreichen?
doc-passport = Reisepass
doc-id_card = Personalausweis
doc-driver_license = Führerschein
doc-residence_permit = Aufenthaltstitel
slot-front = Vorderseite des Dokuments
slot-passport = Passseite mit dem Foto
slot-back = Rückseite des Dokuments
slot-selfie = Selfie
ask-photo-passport =
    📷 Schick mir das Foto der Datenseite deines Reisepasses — genau das, das du einreichen willst.

    Tipp: Schick es als Datei (📎 → Datei), dann sehe ich es in voller Qualität.
ask-photo-front =
    📷 Schick mir das Foto der Vorderseite deines Dokuments — genau das, das du einreichen willst.

    Tipp: Schick es als Datei (📎 → Datei), dann sehe ich es in voller Qualität.
ask-photo-back = 📷 Jetzt die Rückseite des Dokuments.
ask-selfie = 🤳 Jetzt ein Selfie: dein Gesicht von vorn, bei gutem Licht — so, wie du es für OKX aufnehmen würdest.
ask-selfie-optional = 🤳 Jetzt ein Selfie, falls ich es auch prüfen soll: dein Gesicht von vorn, bei gutem Licht. Oder überspring es.
ask-expiry = 📅 Gib das Ablaufdatum ein, das auf deinem Dokument steht, zum Beispiel 15.03.2027.
photo-ok = ✅ { $slot }: sieht gut aus.
photo-warn = ⚠️ { $slot }: könnte durchgehen, aber es geht noch besser:
photo-fail = ❌ { $slot }: bitte neu aufnehmen:
photo-same-again = 🔁 Das ist dasselbe Foto, das schon einmal durchgefallen ist. Bitte mach ein neues.
photo-retake-hint = Schick ein neues Foto als Ersatz oder behalte dieses.
photo-not-expected = Im Moment erwarte ich kein Foto.
photo-checking = 🔍 Ich prüfe dein Foto…
photo-queued = ⏳ Gerade werden viele Fotos geprüft; deins ist in der Warteschlange.
photo-too-small-compressed = Telegram hat dieses Foto stark komprimiert. Für eine genaue Prüfung schick es als Datei (📎 → Datei).
hint-waiting-photo = Ich warte auf ein Foto: { $slot }.

## Zusammenfassung
summary-title = 🩺 Deine Ergebnisse
summary-slot-ok = ✅ { $slot }: gut
summary-slot-warn = ⚠️ { $slot }: geht besser
summary-slot-fail = ❌ { $slot }: neu aufnehmen
summary-slot-skipped = ➖ { $slot }: nicht geprüft
summary-checklist-title = Deine Checkliste, der Reihe nach:

## FAQ und andere Bildschirme
faq-menu-title = ❓ Wähl eine Frage aus oder schreib einfach deine eigene.
faq-no-match = Darauf habe ich keine Antwort. Diese Fragen kann ich beantworten:
faq-did-you-mean = Ich bin nicht sicher, ob ich dich richtig verstehe. Meintest du eine dieser Fragen?
smalltalk-greeting = Hallo! 👋 Sag mir, was OKX zu deiner Verifizierung geschrieben hat, oder stell deine Frage.
smalltalk-thanks = Gern geschehen! Viel Erfolg bei der Verifizierung. 🍀
smalltalk-ack = 👍 Ich bin da, wenn du mich brauchst: schick ein Foto oder stell eine Frage.
smalltalk-bye = Tschüss und viel Glück! Schreib /start, wenn du wieder prüfen willst.
language-choose = 🌐 Wähle deine Sprache:
language-set = ✅ Ab jetzt spreche ich Deutsch.
help-text =
    Ich prüfe die Fotos, die du bei der Identitätsprüfung von OKX einreichen willst, und sage dir, was du verbessern solltest.

    /check — starten: Grund → Fotos → Checkliste
    /faq — häufige Fragen (oder schreib einfach eine Frage)
    /language — Sprache ändern
    /privacy — was ich speichere und wie lange
    /forget — alles löschen, was ich über dich gespeichert habe
    /cancel — abbrechen und zurück zum Menü
privacy-text =
    🔒 Datenschutz

    • Deine Fotos werden im Arbeitsspeicher geprüft und gleich danach verworfen. Sie werden nie auf der Festplatte gespeichert oder protokolliert.
    • Was ich aus der maschinenlesbaren Zone deines Dokuments lese (Name, Daten, Nummer), zeige ich dir einmal in dieser Antwort; es wird nie gespeichert oder protokolliert.
    • Was ich über dich speichere: den Schritt unseres Gesprächs, deine Sprache, den gewählten Grund, die Dokumentart, die Problemcodes jeder Prüfung (mit dem gemessenen Wert und der Stelle im Bild) und einen 64-Bit-Hash jedes Bildes: eine kurze, aus dem Bild berechnete Zahl, an der ich merke, wenn dasselbe Bild zweimal kommt. Daraus lässt sich das Bild nicht wiederherstellen. Keine Fotos, keine Namen, keine Dokumentdaten.
    • Wie lange: im Standardspeicher (SQLite), bis du /forget sendest. Läuft der Bot mit Redis, wird alles außerdem nach einer Zeit ohne Aktivität automatisch gelöscht (REDIS_TTL_SECS, standardmäßig 7 Tage). /forget löscht alles auf einmal.
    • Ich bin nicht OKX und kann dein Konto weder sehen noch ändern. Ich frage nie nach Passwörtern, 2FA-Codes oder Seed-Phrasen — wer danach fragt, ist ein Betrüger.
    • Ich arbeite nur in privaten Chats; in Gruppen schaue ich mir keine Fotos an.
forget-done = 🗑 Erledigt: Ich habe alles gelöscht, was ich über dich gespeichert hatte. Schick /start, um neu anzufangen.
cancel-done = OK, abgebrochen.

## Was ich nicht verwenden kann
media-sticker = Schöner Sticker! Aber ich brauche ein Foto deines Dokuments, ein Selfie oder eine Frage als Text.
media-voice = Sprachnachrichten kann ich nicht anhören. Bitte schreib deine Frage.
media-video = Videos kann ich nicht prüfen. Bitte schick ein Foto.
media-private-data = Bitte schick mir keine Standorte oder Kontakte — die brauche ich nicht.
media-not-image = Diese Datei ist kein Bild. Bitte schick ein Foto als JPEG oder PNG.
media-other = Mit dieser Art von Nachricht kann ich nichts anfangen.

## Telegram
group-private-only = 🔒 Ich arbeite nur in privaten Chats, damit deine Dokumente privat bleiben. Schreib mir direkt.
error-apology = 😔 Entschuldige, bei mir ist etwas schiefgelaufen. Dein Fortschritt bleibt erhalten — bitte versuch es noch einmal.
rate-limited = ⏳ Etwas langsamer bitte — versuch es in ein paar Sekunden noch einmal.
session-restarted = ♻️ Ich wurde aktualisiert und musste unser Gespräch neu starten. Entschuldige! Fangen wir noch einmal an.
cmd-start = Neu anfangen
cmd-help = So funktioniere ich
cmd-check = Meine Fotos prüfen
cmd-faq = Häufige Fragen
cmd-language = Sprache ändern
cmd-privacy = Was ich speichere
cmd-forget = Meine Daten löschen
cmd-cancel = Abbrechen, zurück zum Menü
edit-not-seen = Ich lese nur neue Nachrichten, keine Bearbeitungen. Bitte schick es noch einmal als neue Nachricht.
album-received =
    { $count ->
        [one] 📚 Ich habe das Foto aus deinem Album geprüft:
       *[other] 📚 Ich habe { $count } Fotos aus deinem Album der Reihe nach geprüft:
    }
photo-forwarded = ↪️ Dieses Foto wurde weitergeleitet. Nimm für OKX das Originalfoto aus deiner Kamera, keine weitergeleitete Kopie.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Ich kann nicht erkennen, was das Foto zeigt. Ist es dein Ausweis oder ein Selfie?
btn-photo-is-id = 🪪 Mein Ausweis
btn-photo-is-selfie = 🤳 Ein Selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } sieht nach einem Screenshot oder einem abfotografierten Bildschirm aus. OKX akzeptiert keinerlei Screenshots: fotografiere das Originaldokument mit der Kamera.
photo-same-as-other-side = 🔁 Das ist dasselbe Bild wie { $other }. Bitte schick ein Foto von: { $slot }.
btn-invalid-selfie = Ungültiges Selfie

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Kein Ablaufdatum
btn-skip-date = Schritt überspringen
