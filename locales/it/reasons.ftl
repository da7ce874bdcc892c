# Motivi di rifiuto: etichetta del pulsante, cosa intende OKX e i passaggi ordinati per risolvere.
# Vedi locales/README.md. I fatti provengono solo da docs/kyc-knowledge.md.
# Le etichette sono pulsanti: massimo 30 caratteri.

## photo_blurry

reason-photo_blurry = Sfocata o illeggibile
reason-photo_blurry-about = La foto del documento non era abbastanza nitida da poterla leggere. OKX chiede una foto del documento nitida e leggibile.
reason-photo_blurry-step-1 = Pulisci l'obiettivo della fotocamera con un panno morbido.
reason-photo_blurry-step-2 = Appoggia il documento su una superficie piana e tieni il telefono parallelo, a circa 15–25 cm di distanza.
reason-photo_blurry-step-3 = Usa la fotocamera posteriore principale senza zoom digitale e tocca il documento sullo schermo per mettere a fuoco.
reason-photo_blurry-step-4 = Tieni fermo il telefono, con una buona luce, mentre scatti.
reason-photo_blurry-step-5 = Ingrandisci la foto: ogni carattere deve essere leggibile e, sul passaporto, anche le due righe a lettura ottica in basso.
reason-photo_blurry-step-6 = Carica la foto originale della fotocamera, non una copia inoltrata o compressa.

## photo_glare

reason-photo_glare = Riflessi sulla foto
reason-photo_glare-about = Un riflesso di luce copriva parte del documento. OKX chiede una foto senza riflessi, e il suo controllo non viene superato se ci sono riflessi.
reason-photo_glare-step-1 = Spegni il flash.
reason-photo_glare-step-2 = Allontanati da lampade e sole diretto; la soluzione migliore è una luce naturale morbida che arriva di lato.
reason-photo_glare-step-3 = Togli il documento da custodie o buste di plastica.
reason-photo_glare-step-4 = Inclina leggermente il documento finché non ci sono punti luminosi sul testo, sulla foto o sull'ologramma.
reason-photo_glare-step-5 = Le tessere plastificate sono quelle che riflettono di più: scatta qualche foto da angolazioni diverse e tieni quella senza riflessi.

## photo_exposure

reason-photo_exposure = Troppo scura o chiara
reason-photo_exposure-about = La foto era troppo scura o troppo chiara per essere letta. Il controllo dei documenti di OKX non viene superato con foto sovraesposte.
reason-photo_exposure-step-1 = Cerca una luce intensa, uniforme e indiretta, per esempio vicino a una finestra ma non al sole diretto.
reason-photo_exposure-step-2 = Evita luci forti dietro il documento e fai in modo che l'ombra del telefono non ci cada sopra.
reason-photo_exposure-step-3 = Non correggere una foto scura con il flash (crea riflessi); spostati piuttosto in un posto più luminoso.
reason-photo_exposure-step-4 = Se la foto risulta slavata, disattiva le modalità HDR, notte e bellezza, e tocca il documento sullo schermo per regolare l'esposizione.

## photo_cut_off

reason-photo_cut_off = Tagliato o coperto
reason-photo_cut_off-about = Una parte del documento era fuori dalla foto o coperta. OKX chiede che tutti gli angoli siano visibili e che niente, nemmeno un dito, copra il documento.
reason-photo_cut_off-step-1 = Inquadra il documento per intero con un piccolo margine su ogni lato, in modo che occupi comunque quasi tutta l'immagine.
reason-photo_cut_off-step-2 = Assicurati che si vedano tutti e quattro gli angoli: appoggia la tessera su un tavolo, così nessun dito la copre.
reason-photo_cut_off-step-3 = Usa uno sfondo uniforme che faccia contrasto con il documento.
reason-photo_cut_off-step-4 = Non ritagliare la foto dopo averla scattata.
reason-photo_cut_off-step-5 = Passaporto: mostra tutta la pagina dei dati, comprese le due righe a lettura ottica in basso.

## not_original

reason-not_original = Screenshot/copia/ritocco
reason-not_original-about = La foto non era una foto a colori del documento originale. OKX non accetta screenshot, fotocopie, foto di una foto o immagini modificate.
reason-not_original-step-1 = Fotografa il documento fisico con la fotocamera del telefono.
reason-not_original-step-2 = Non inviare screenshot, scansioni, fotocopie, stampe, documenti digitali o foto di uno schermo.
reason-not_original-step-3 = Invia una foto a colori, mai in bianco e nero.
reason-not_original-step-4 = Non modificare la foto: niente filtri, ritagli, sticker, zone sfocate o annotazioni.
reason-not_original-step-5 = Scatta una foto nuova invece di ricaricare quella rifiutata; alcuni servizi di verifica segnalano un'immagine già rifiutata in precedenza.

## wrong_document

reason-wrong_document = Documento/lato sbagliato
reason-wrong_document-about = Il tipo di documento non è accettato, oppure mancava un lato o una pagina. I documenti accettati da OKX dipendono dal tuo Paese.
reason-wrong_document-step-1 = Scegli un tipo di documento che OKX offre per il tuo Paese nel modulo di verifica; visti, tessere universitarie e permessi di lavoro non sono documenti d'identità.
reason-wrong_document-step-2 = Il Paese che ha rilasciato il documento deve essere quello che hai selezionato.
reason-wrong_document-step-3 = Per una carta d'identità o una patente, invia il fronte e il retro in due foto, mai due volte lo stesso lato.
reason-wrong_document-step-4 = Per un passaporto, invia la pagina dei dati con la tua foto e, se richiesto, altre pagine importanti.
reason-wrong_document-step-5 = Carica ogni file nel posto giusto: il documento d'identità dove è richiesto il documento, la prova di residenza dove è richiesto l'indirizzo.

## document_invalid

reason-document_invalid = Documento non valido
reason-document_invalid-about = Il documento stesso non è stato accettato: scaduto, non firmato, rovinato o senza una foto del titolare chiara. OKX chiede un documento valido e integro.
reason-document_invalid-step-1 = Controlla la data di scadenza. Meglio un documento con un po' di validità residua: alcuni servizi di verifica rifiutano un documento che scade entro un mese.
reason-document_invalid-step-2 = Se il campo firma del passaporto è vuoto, firmalo prima di scattare la foto.
reason-document_invalid-step-3 = Assicurati che la foto del titolare e la data di nascita siano presenti e ben leggibili.
reason-document_invalid-step-4 = Se il documento è crepato, consumato, forato o ha un angolo tagliato, usa un altro documento valido o rinnovalo.
reason-document_invalid-step-5 = Se nel tuo Paese OKX chiede un passaporto nuovo, rinnovalo prima.

## data_mismatch

reason-data_mismatch = Dati non coincidono
reason-data_mismatch-about = Quello che hai inserito nel modulo (nome, data di nascita, numero del documento, cittadinanza) non corrisponde al documento.
reason-data_mismatch-step-1 = Confronta con il documento, uno per uno, tutti i campi che hai compilato.
reason-data_mismatch-step-2 = Scrivi il nome esattamente come è stampato: stessa grafia, stesso ordine, con tutti i secondi nomi; niente soprannomi né traslitterazioni fatte da te.
reason-data_mismatch-step-3 = Se il modulo ha un campo per il nome nella lingua locale, scrivilo lì con lo stesso alfabeto del documento.
reason-data_mismatch-step-4 = Data di nascita: controlla l'ordine di giorno e mese.
reason-data_mismatch-step-5 = Numero del documento: completo, senza spazi; non confondere la O con lo 0 o la I con l'1.
reason-data_mismatch-step-6 = Se hai due cittadinanze, scegli quella del documento che carichi.
reason-data_mismatch-step-7 = Paese di residenza: quello in cui vivi davvero.
reason-data_mismatch-step-8 = Se non puoi più modificare i dati, chiedi all'assistenza OKX di correggerli.

## selfie_failed

reason-selfie_failed = Selfie non riuscito
reason-selfie_failed-about = La scansione del volto non è stata completata o il volto non era abbastanza chiaro. OKX chiede il volto intero dentro l'ovale, con una buona luce e senza movimenti.
reason-selfie_failed-step-1 = Mettiti di fronte alla luce: niente finestre o lampade alle tue spalle.
reason-selfie_failed-step-2 = Togli cappello, mascherina o occhiali da sole, e tieni i capelli lontani dal viso.
reason-selfie_failed-step-3 = Tieni il telefono all'altezza degli occhi, con il viso dentro l'ovale.
reason-selfie_failed-step-4 = Non muoverti, poi gira lentamente la testa quando l'app te lo chiede.
reason-selfie_failed-step-5 = Consenti l'accesso alla fotocamera, aggiorna l'app OKX e chiudi le altre app; se continua a non funzionare, prova con un altro telefono.
reason-selfie_failed-step-6 = Devi farla tu: solo il titolare dell'account può fare la verifica del volto.

## face_mismatch

reason-face_mismatch = Volto non coincide
reason-face_mismatch-about = Il volto del selfie non è stato abbinato alla foto del documento.
reason-face_mismatch-step-1 = Solo il titolare dell'account può fare il selfie.
reason-face_mismatch-step-2 = Usa il documento più recente, in modo che la foto ti somigli il più possibile.
reason-face_mismatch-step-3 = Assicurati che, nella foto del documento, il ritratto sia nitido e senza riflessi.
reason-face_mismatch-step-4 = Mantieni un'espressione neutra, senza occhiali né cappello.
reason-face_mismatch-step-5 = Se continua a non funzionare, contatta l'assistenza OKX: alcuni servizi di verifica considerano definitiva una mancata corrispondenza del volto.

## duplicate_identity

reason-duplicate_identity = ID già verificato
reason-duplicate_identity-about = Questa identità è già verificata su un altro account OKX. OKX consente un solo account per persona, quindi inviare di nuovo la richiesta non servirà.
reason-duplicate_identity-step-1 = OKX consente un solo account per persona, e la tua identità è collegata a un altro account.
reason-duplicate_identity-step-2 = Accedi a quell'account, oppure recuperalo con la procedura di recupero account di OKX.
reason-duplicate_identity-step-3 = Se non conosci quell'account (qualcuno potrebbe aver usato il tuo documento), contatta l'assistenza OKX indicando il tuo UID.
reason-duplicate_identity-step-4 = Non usare mai il documento di un'altra persona e non prestare mai il tuo.

## not_eligible

reason-not_eligible = Regione o idoneità
reason-not_eligible-about = OKX non può verificarti per questo account, per esempio a causa del luogo in cui vivi. Inviare di nuovo la richiesta non cambierà le cose.
reason-not_eligible-step-1 = Leggi la sezione 2.2 dei Termini di servizio di OKX e controlla quale entità di OKX serve il tuo Paese di residenza.
reason-not_eligible-step-2 = L'idoneità dipende da dove vivi, non solo dalla tua cittadinanza.
reason-not_eligible-step-3 = Non usare una VPN e non dichiarare una residenza falsa.
reason-not_eligible-step-4 = Se pensi che sia un errore (per esempio dopo un trasferimento), contatta l'assistenza OKX con il tuo UID e una prova della tua residenza, e non continuare a inviare di nuovo la richiesta.

## address_proof

reason-address_proof = Prova di residenza
reason-address_proof-about = La prova di residenza non è stata accettata. Deve riportare il tuo nome e il tuo indirizzo attuale, lo stesso che hai inserito nel modulo.
reason-address_proof-step-1 = Usa un documento che riporti il tuo nome e il tuo attuale indirizzo di residenza.
reason-address_proof-step-2 = L'indirizzo deve essere esattamente quello che hai inserito nel modulo.
reason-address_proof-step-3 = Usa un documento recente: emesso negli ultimi 3 mesi dove OKX indica un limite (per esempio in Arabia Saudita).
reason-address_proof-step-4 = Invia una foto dell'originale (la pagina intera, con tutti gli angoli) oppure il PDF così come è stato emesso; niente screenshot.
reason-address_proof-step-5 = Non usare l'indirizzo di una casella postale.

## unknown

reason-unknown = Nessun motivo indicato
reason-unknown-about = OKX non ti ha mostrato un motivo. Di solito si trova nell'email o nell'SMS che OKX ti ha inviato, insieme a un link per inviare di nuovo la richiesta.
reason-unknown-step-1 = Leggi l'email o l'SMS di OKX sulla verifica: indica il motivo e contiene il link per inviare di nuovo la richiesta.
reason-unknown-step-2 = Apri la pagina della verifica nell'app OKX e cerca lì il motivo.
reason-unknown-step-3 = Altrimenti controlla le cause più comuni in quest'ordine: screenshot, copia o foto in bianco e nero; angoli mancanti; foto sfocata; riflessi; data di scadenza; i dati che hai inserito; il selfie.
reason-unknown-step-4 = Invia a questo bot la foto del documento e il selfie per farli controllare.
reason-unknown-step-5 = Se non è ancora chiaro, o se dopo 24 ore non c'è alcun risultato, contatta l'assistenza OKX.
reason-invalid-expiry = Scadenza non valida
