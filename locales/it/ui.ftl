# I testi propri del dialogo. Vedi locales/README.md. Testo semplice: niente HTML né Markdown.
app-name = KYC Doctor

## Menu principale
menu-welcome =
    Ciao! Sono KYC Doctor 🩺: ti aiuto a sistemare una verifica dell'identità rifiutata su OKX.

    Dimmi il motivo che ti ha mostrato OKX e mandami le foto del documento e il selfie che vuoi inviare: li controllo e ti do una lista di cose da fare, in ordine, prima che tu invii di nuovo la richiesta.

    Sono uno strumento indipendente, non sono OKX. Non chiedo mai password, codici 2FA o seed phrase.
menu-again = Cosa vuoi fare?
btn-check = 🩺 Sistema la verifica
btn-faq = ❓ Domande
btn-scam = ⚠️ Attenzione alle truffe
btn-language = 🌐 Lingua
btn-privacy = 🔒 Privacy
btn-menu = ☰ Menu
btn-back = ← Indietro
btn-continue = ↩ Continua
btn-more-questions = ❓ Altre domande
btn-no-reason = Nessun motivo indicato
btn-skip = Salta questa foto
btn-keep-photo = Tieni foto e continua
btn-retake-front = 🔄 Fronte
btn-retake-passport = 🔄 Pagina con foto
btn-retake-back = 🔄 Retro
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Controlla la scadenza
btn-next-steps = ➡ Prossimi passi

## Motivo
ask-family = Cosa dice la schermata di rifiuto di OKX? Scegli il gruppo indicato, oppure «Regione o idoneità» se OKX ha detto di non poterti servire dove vivi.
family-data_mismatch = Dati non corrispondenti
family-image_quality = Foto doc. non valida
family-face_capture = Riconoscimento facciale
family-document = Documento richiesto
family-account = Regione o idoneità
ask-reason = { $family }: qual è il motivo esatto?
reason-final-note = ⛔ Inviare di nuovo la richiesta non cambierà questo esito. Ecco cosa puoi fare invece:

## Documento e foto
ask-document = Quale documento presenterai?
doc-passport = Passaporto
doc-id_card = Carta d'identità
doc-driver_license = Patente di guida
doc-residence_permit = Permesso di soggiorno
slot-front = Fronte del documento
slot-passport = Pagina del passaporto con la foto
slot-back = Retro del documento
slot-selfie = Selfie
ask-photo-passport =
    📷 Mandami la foto della pagina dei dati del passaporto, quella che vuoi inviare.

    Consiglio: inviala come file (📎 → File), così la vedo alla massima qualità.
ask-photo-front =
    📷 Mandami la foto del fronte del documento, quella che vuoi inviare.

    Consiglio: inviala come file (📎 → File), così la vedo alla massima qualità.
ask-photo-back = 📷 Ora il retro del documento.
ask-selfie = 🤳 Ora un selfie: il viso dritto verso la fotocamera, con una buona luce, come lo faresti per OKX.
ask-selfie-optional = 🤳 Ora un selfie, se vuoi che controlli anche quello: il viso dritto verso la fotocamera, con una buona luce. Oppure salta questo passaggio.
ask-expiry = 📅 Scrivi la data di scadenza stampata sul documento, per esempio 15.03.2027.
photo-ok = ✅ { $slot }: va bene.
photo-warn = ⚠️ { $slot }: potrebbe passare, ma si può fare di meglio:
photo-fail = ❌ { $slot }: da rifare:
photo-same-again = 🔁 È la stessa foto che non ha superato il controllo prima. Scattane una nuova.
photo-retake-hint = Invia una nuova foto per sostituirla, oppure tieni questa.
photo-not-expected = Al momento non sto aspettando nessuna foto.
photo-checking = 🔍 Sto controllando la tua foto…
photo-queued = ⏳ In questo momento sto controllando molte foto; la tua è in coda.
photo-too-small-compressed = Telegram ha compresso molto questa foto. Per un controllo affidabile, inviala come file (📎 → File).
hint-waiting-photo = { $slot }: sto aspettando questa foto.

## Riepilogo
summary-title = 🩺 I tuoi risultati
summary-slot-ok = ✅ { $slot }: ok
summary-slot-warn = ⚠️ { $slot }: si può migliorare
summary-slot-fail = ❌ { $slot }: da rifare
summary-slot-skipped = ➖ { $slot }: non controllato
summary-checklist-title = La tua lista di cose da fare, in ordine:

## FAQ e altre schermate
faq-menu-title = ❓ Scegli una domanda o scrivi direttamente la tua.
faq-no-match = Non ho una risposta per questo. Ecco le domande a cui so rispondere:
faq-did-you-mean = Non sono sicuro di aver capito. Intendevi una di queste?
smalltalk-greeting = Ciao! 👋 Dimmi cosa ha risposto OKX sulla tua verifica, oppure scrivi la tua domanda.
smalltalk-thanks = Prego! In bocca al lupo con la verifica. 🍀
smalltalk-ack = 👍 Sono qui quando ti serve: manda una foto o scrivi una domanda.
smalltalk-bye = Ciao e buona fortuna! Scrivi /start quando vuoi controllare di nuovo.
language-choose = 🌐 Scegli la tua lingua:
language-set = ✅ D'ora in poi ti parlerò in italiano.
help-text =
    Controllo le foto che vuoi inviare per la verifica dell'identità su OKX e ti dico cosa correggere.

    /check — inizia: motivo → foto → lista di cose da fare
    /faq — domande frequenti (oppure scrivi direttamente una domanda)
    /language — cambia lingua
    /privacy — cosa conservo e per quanto tempo
    /forget — cancella tutto ciò che ho salvato su di te
    /cancel — interrompi e torna al menu
privacy-text =
    🔒 Privacy

    • Le tue foto vengono controllate in memoria ed eliminate subito dopo. Non vengono mai salvate su disco né registrate nei log.
    • Ciò che leggo nella zona a lettura ottica del documento (nome, date, numero) ti viene mostrato una sola volta, in quella risposta, e non viene mai salvato né registrato.
    • Cosa conservo su di te: il passaggio della nostra conversazione, la tua lingua, il motivo che hai scelto, il tipo di documento, i codici dei problemi di ogni controllo (con il valore misurato e il punto dell'immagine) e un hash a 64 bit di ogni immagine: un numero breve calcolato dall'immagine, per accorgermi se la stessa immagine arriva due volte. Da questo non si può ricostruire l'immagine. Niente foto, niente nomi, niente dati del documento.
    • Per quanto tempo: con l'archivio predefinito (SQLite), finché non invii /forget. Se il bot usa Redis, i dati vengono anche cancellati da soli dopo un periodo senza attività (REDIS_TTL_SECS, 7 giorni per impostazione predefinita). /forget cancella tutto in una volta.
    • Non sono OKX e non posso vedere né modificare il tuo account. Non chiedo mai password, codici 2FA o seed phrase: chi lo fa è un truffatore.
    • Funziono solo nelle chat private; nei gruppi non guardo le foto.
forget-done = 🗑 Fatto: ho cancellato tutto ciò che avevo salvato su di te. Invia /start per ricominciare.
cancel-done = Ok, mi fermo qui.

## Cose che non posso usare
media-sticker = Bello lo sticker! Ma mi serve una foto del documento o un selfie, oppure una domanda scritta.
media-voice = Non posso ascoltare i messaggi vocali. Scrivi la tua domanda, per favore.
media-video = Non posso controllare i video. Inviami una foto, per favore.
media-private-data = Per favore non inviarmi posizioni o contatti: non mi servono.
media-not-image = Questo file non è un'immagine. Inviami una foto in formato JPEG o PNG.
media-other = Non posso usare questo tipo di messaggio.

## Telegram
group-private-only = 🔒 Funziono solo nelle chat private, per mantenere riservati i tuoi documenti. Scrivimi in privato.
error-apology = 😔 Scusa, qualcosa è andato storto da parte mia. I tuoi progressi sono salvati: riprova.
rate-limited = ⏳ Un attimo di calma, per favore: riprova tra qualche secondo.
session-restarted = ♻️ Sono stato aggiornato e ho dovuto riavviare la nostra conversazione. Scusa! Ricominciamo.
cmd-start = Ricomincia
cmd-help = Come funziono
cmd-check = Controlla le mie foto
cmd-faq = Domande frequenti
cmd-language = Cambia lingua
cmd-privacy = Cosa conservo
cmd-forget = Cancella i miei dati
cmd-cancel = Interrompi e vai al menu
edit-not-seen = Leggo solo i messaggi nuovi, non le modifiche. Invialo di nuovo come nuovo messaggio.
album-received =
    { $count ->
        [one] 📚 Ho controllato la foto del tuo album:
       *[other] 📚 Ho controllato { $count } foto del tuo album, in ordine:
    }
photo-forwarded = ↪️ Questa foto è stata inoltrata. Per OKX usa la foto originale della fotocamera, non una copia inoltrata.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Non riesco a capire cosa mostra questa foto. È il tuo documento o un selfie?
btn-photo-is-id = 🪪 Il mio documento
btn-photo-is-selfie = 🤳 Un selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } sembra uno screenshot o la foto di uno schermo. OKX non accetta screenshot di alcun tipo: fotografa il documento originale con la fotocamera.
photo-same-as-other-side = 🔁 È la stessa immagine di { $other }. Invia una foto di { $slot }.
btn-invalid-selfie = Selfie non valido

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Non ha scadenza
btn-skip-date = Salta questo passo
