# Die festen Teile der fertigen Checkliste, die Prüfung des Ablaufdatums und die nächsten Schritte.
# Siehe locales/README.md und src/content/checklist.rs (setzt sie der Reihe nach zusammen).

## Abschnittsüberschriften der Checkliste

checklist-title = Deine Checkliste vor dem erneuten Einreichen
checklist-title-final = Was du tun kannst, statt erneut einzureichen
checklist-section-reason = Behebe den Grund, den OKX genannt hat
checklist-section-photos = Behebe, was ich in deinen Fotos gefunden habe
checklist-section-data = Prüfe deine eingegebenen Daten
checklist-section-resubmit = Dann erneut einreichen
checklist-section-instead = Was du stattdessen tun kannst

## Datenprüfung: jedes eingegebene Feld genau wie im Dokument

checklist-data-1 = Name: genau wie im Dokument gedruckt, gleiche Schreibweise und Reihenfolge, in derselben Schrift (lateinisch oder landesüblich), die das Feld verlangt.
checklist-data-2 = Geburtsdatum: dasselbe Datum wie im Dokument; achte darauf, dass Tag und Monat nicht vertauscht sind.
checklist-data-3 = Ablaufdatum: Das Dokument darf nicht abgelaufen sein; achte darauf, dass es an dem Tag, an dem du einreichst, noch gültig ist.
checklist-data-4 = Adresse: deine aktuelle Wohnadresse, genauso geschrieben wie auf deinem Adressnachweis, falls einer verlangt wird.
checklist-data-5 = Staatsangehörigkeit und Ausweisnummer: die Staatsangehörigkeit des Dokuments, das du hochlädst, und die Nummer vollständig, ohne Leerzeichen.

## Reihenfolge beim erneuten Einreichen (Gründe, die du selbst beheben kannst)

checklist-resubmit-1 = Behebe zuerst alles auf dieser Liste und reiche erst dann erneut ein. Dieselben Fotos noch einmal zu schicken, führt selten zu einem anderen Ergebnis.
checklist-resubmit-2 = Nutze für die ganze Verifizierung dasselbe Handy und dasselbe Netzwerk, und schalte während der Prüfung kein VPN ein oder aus.
checklist-resubmit-3 = Reiche einmal erneut ein, über den Link in der E-Mail von OKX oder über die Verifizierungsseite in der App, und warte auf das Ergebnis.
checklist-resubmit-4 = Wenn dein Konto eine Wartezeit anzeigt, bevor du es noch einmal versuchen kannst, warte sie ab. OKX veröffentlicht kein festes Limit für Versuche und keine feste Wartezeit.

## Statt erneutem Einreichen (endgültige Gründe: doppelte Identität, nicht berechtigt)

checklist-final-1 = Reiche nicht erneut ein: Weder dieselben noch neue Fotos ändern etwas an dieser Entscheidung.
checklist-final-2 = Wende dich nur über die OKX-App oder okx.com an den OKX-Support und gib deine UID an.
checklist-final-3 = Niemand von OKX wird dich nach deinem Passwort, 2FA-Codes, deiner Seed-Phrase oder einer Zahlung zum Freischalten der Verifizierung fragen.

## Prüfung des Ablaufdatums ($date ist das gelesene Datum im Format JJJJ-MM-TT)

expiry-read-as = Ich habe dieses Datum als { $date } gelesen.
expiry-expired = Dieses Dokument ist abgelaufen. OKX akzeptiert keine abgelaufenen Dokumente: Nimm einen anderen gültigen Ausweis oder lass diesen erneuern.
expiry-soon = Dieses Dokument läuft innerhalb eines Monats ab. Es kann noch durchgehen, aber manche Verifizierungsdienste lehnen Dokumente ab, die so bald ablaufen: Nimm einen anderen gültigen Ausweis, falls du einen hast.
expiry-fine = Das Datum selbst passt: Das Dokument ist noch länger als einen Monat gültig. Wenn OKX „ungültiges Ablaufdatum“ gemeldet hat, prüfe, ob das Datum auf dem Foto scharf und ohne Spiegelung ist und genau so eingegeben wurde, wie es aufgedruckt ist.
expiry-unreadable = Ich konnte dieses Datum nicht lesen. Gib es so ein, wie es im Dokument steht, zum Beispiel 15.03.2027 oder 2027-03-15.

## Nächste Schritte

next-register = Noch kein OKX-Konto? Registriere dich nur in der offiziellen OKX-App oder auf okx.com, niemals über Links von Fremden oder aus Chats.
next-complete-kyc = So verifizierst du dich: auf der Website über das Profilsymbol → „Verification“ (Verifizierung) → „Individual account“ (Einzelkonto); in der App über „User Center“ (Benutzercenter) → „Profile and Settings“ (Profil und Einstellungen) → „Identity verification“ (Identitätsprüfung). Die Namen können in der App auf Deutsch etwas anders lauten. Halte einen gültigen Ausweis bereit, mach die Fotos bei gutem Licht vor einem einfarbigen Hintergrund und gib deine Daten genau wie im Dokument ein. Wenn es scheitert, lies den Grund in der E-Mail oder in der App von OKX, behebe ihn und prüfe deine Fotos hier, bevor du erneut einreichst.
next-help-centre = Für alles, was dieser Bot nicht beantworten kann, schau ins Help Center von OKX (okx.com/help) oder wende dich in der OKX-App an den Support. Maßgeblich ist immer die offizielle Dokumentation von OKX: Dieser Bot ist ein unabhängiger Helfer und kann veraltet sein.
next-terms-link = Nutzungsbedingungen von OKX, Abschnitt 2.2 (wo OKX seine Dienste nicht anbietet): https://www.okx.com/help-center/360021813691
expiry-none = Ein Dokument ohne Ablaufdatum kann nicht abgelaufen sein, hier gibt es also nichts zu korrigieren. OKX veröffentlicht keine eigene Regel für solche Dokumente: Wenn das Formular ein Datum verlangt, frag den OKX-Support.
