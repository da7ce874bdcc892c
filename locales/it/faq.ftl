# Le FAQ: faq-<id>-q (la domanda; è anche un pulsante, quindi breve), faq-<id>-a (la risposta, testo semplice,
# comoda da leggere sul telefono, ~900 caratteri al massimo), faq-<id>-keys (parole e frasi separate da virgole
# che le persone usano per questa domanda in QUESTA lingua, con sinonimi, gergo ed errori di battitura
# frequenti; il motore di ricerca a testo libero le indicizza).
# I fatti provengono solo da docs/kyc-knowledge.md. Dove OKX non pubblica una regola, lo diciamo.

faq-common_causes-q = Perché mi hanno rifiutato?
faq-common_causes-a = Le cause più comuni, più o meno nell'ordine in cui controllarle:
    1. Uno screenshot, una fotocopia, la foto di uno schermo o una foto in bianco e nero invece di una foto a colori dell'originale.
    2. Un angolo tagliato o coperto da un dito.
    3. Una foto sfocata.
    4. Riflessi sul testo o sulla foto del titolare.
    5. Un documento scaduto o rovinato.
    6. Dati inseriti (nome, data di nascita, numero del documento) diversi da quelli del documento.
    7. Un selfie non riuscito: stanza buia, mani che tremano, viso fuori dall'ovale.
    8. Un'identità già usata su un altro account, o un Paese di residenza che OKX non può servire.
    L'email di OKX indica il motivo. Dimmelo e ti darò una lista di cose da fare.
faq-common_causes-keys = perché rifiutata, perche rifiutata, perchè mi hanno rifiutato, verifica rifiutata, verifica respinta, verifica fallita, verifica non riuscita, kyc rifiutato, kyc respinto, kyc fallito, kyc non passato, non ho passato la verifica, non supero la verifica, non mi verificano, motivo del rifiuto, motivo rifiuto, rifiutato, respinto, non approvato, di nuovo rifiutato, cosa ho sbagliato, cosa non va, verfica rifiutata, rifiutata di nuovo

faq-no_reason_shown-q = Nessun motivo di rifiuto indicato
faq-no_reason_shown-a = OKX invia il motivo del mancato superamento via email, con un link per inviare di nuovo la richiesta. Cerca un messaggio di OKX nella posta in arrivo e nello spam, e controlla anche gli SMS e la pagina della verifica nell'app OKX. Se non trovi ancora il motivo, scegli "Nessun motivo indicato" in questo bot: ti guiderò tra le cause più comuni e controllerò le tue foto.
faq-no_reason_shown-keys = nessun motivo, senza motivo, motivo non indicato, non dice il motivo, non vedo il motivo, non so perché, non so perche, nessuna spiegazione, senza spiegazione, non dicono perché, dice solo rifiutato, dove vedo il motivo, come vedere il motivo, come sapere il motivo, motivo mancante, non mi è arrivata l'email, nessuna email, motivo sconosciuto, rifiutato senza motivo, qual è il motivo

faq-review_time-q = Quanto dura la revisione?
faq-review_time-a = Quando serve una revisione aggiuntiva, OKX dice che richiede fino a 24 ore, e di più nei periodi di forte richiesta. Ricevi il risultato via SMS o email. Se dopo 24 ore non hai ancora notizie, contatta il Centro assistenza di OKX o il chatbot IA nell'app.
faq-review_time-keys = quanto tempo, quanto ci vuole, quanto ci mette, quanto dura, tempi di verifica, tempo di revisione, tempo di attesa, in attesa, in revisione, in verifica, in lavorazione, in elaborazione, ancora in attesa, quante ore, quanti giorni, quando mi verificano, quando viene approvata, quando arriva il risultato, kyc in attesa, verifica in attesa, ci mette troppo, è lunga, quanto devo aspettare

faq-no_result_24h-q = Nessun risultato dopo 24 ore
faq-no_result_24h-a = OKX dice che una revisione con controlli aggiuntivi può richiedere fino a 24 ore, di più nei momenti di picco. Se sono passate più di 24 ore, contatta il Centro assistenza di OKX o il chatbot IA nell'app OKX, e comunica il tuo UID. Nel frattempo non inviare una seconda richiesta; prima controlla l'email (anche lo spam) e gli SMS per vedere se è arrivato il risultato.
faq-no_result_24h-keys = nessun risultato, nessuna risposta, non rispondono, più di 24 ore, piu di 24 ore, oltre 24 ore, dopo 24 ore, 24h, 48 ore, 2 giorni, due giorni, 3 giorni, una settimana, sto ancora aspettando, ancora in attesa, bloccata, bloccato in verifica, ferma in revisione, non succede niente, in attesa da giorni, ancora non verificato, aspetto da giorni, nessun aggiornamento, nessuno risponde

faq-resubmit_timing-q = Quando posso inviare di nuovo?
faq-resubmit_timing-a = OKX non pubblica un tempo di attesa fisso prima di poter inviare di nuovo la richiesta. Ti manda via email il motivo con un link per inviarla di nuovo. Prima risolvi la causa e scatta foto nuove: rimandare l'immagine rifiutata serve raramente, e alcuni servizi di verifica la segnalano. Se il tuo account mostra un tempo di attesa, rispettalo; altri exchange applicano pause dopo i tentativi falliti. Se il pulsante per inviare di nuovo non c'è, contatta l'assistenza OKX.
faq-resubmit_timing-keys = quando posso riprovare, riprovare, inviare di nuovo, reinviare, rinviare, rimandare i documenti, ripresentare, rifare la verifica, rifare il kyc, ricominciare, nuovo tentativo, prossimo tentativo, quanto aspettare, quanto devo aspettare per riprovare, attesa prima di riprovare, tempo di attesa, cooldown, ricaricare i documenti, caricare di nuovo, pulsante per reinviare, manca il pulsante, riprovo

faq-repeated_retries-q = C'è un limite di tentativi?
faq-repeated_retries-a = OKX non pubblica un limite ai tentativi di verifica né un periodo di blocco. Il messaggio sul "numero massimo di tentativi di verifica del volto" riguarda le passkey di OKX, non la verifica dell'identità. Alcuni servizi di verifica limitano davvero i nuovi tentativi, quindi considera ogni tentativo prezioso: risolvi la causa prima di riprovare. Dopo diversi fallimenti di fila, fermati e contatta l'assistenza OKX con il tuo UID.
faq-repeated_retries-keys = limite, limite tentativi, quanti tentativi, quante volte, tentativi rimasti, numero di tentativi, massimo tentativi, troppi tentativi, ho provato tante volte, fallito tante volte, fallito 3 volte, continua a fallire, fallisce sempre, bloccato, account bloccato, blocco, bannato, ultimo tentativo, tentativi finiti, tentativi esauriti, tentaivi, riprovato mille volte

faq-permanent_rejection-q = Il mio rifiuto è definitivo?
faq-permanent_rejection-a = La maggior parte dei rifiuti non è definitiva: i problemi di qualità della foto, del documento e dei dati inseriti si possono correggere e poi inviare di nuovo. Alcuni invece sono definitivi, e inviare di nuovo non li cambierà: un'identità già verificata su un altro account, un Paese di residenza che OKX non può servire e un sospetto di frode. In questi casi contatta l'assistenza OKX invece di riprovare.
faq-permanent_rejection-keys = definitivo, rifiuto definitivo, rifiuto permanente, permanente, per sempre, decisione finale, non potrò mai, non posso più verificarmi, mai più, è finita, posso ancora verificarmi, posso riprovare, bannato per sempre, bloccato per sempre, senza soluzione, non si può risolvere, irrimediabile, rifiuto finale

faq-clear_but_failed-q = Foto nitida, ma rifiutata
faq-clear_but_failed-a = Una foto che sembra perfetta sul tuo schermo può comunque non passare. Cause nascoste tipiche: la foto di uno schermo (leggere righe), un riflesso su una tessera plastificata che si nota solo ingrandendo, un dito su un angolo, oppure la stessa immagine rifiutata inviata di nuovo. Il problema potrebbe anche non essere la foto: confronta i dati che hai inserito con il documento. Mandami la foto e la controllo.
faq-clear_but_failed-keys = la foto era nitida, foto nitida, foto chiara, foto perfetta, foto buona rifiutata, foto nitida rifiutata, si vedeva bene, si legge tutto, qualità buona, alta qualità, foto in hd, ho fatto tutto bene, era tutto giusto, tutto corretto, nessun motivo per rifiutare, foto ok ma rifiutata, perché se la foto è nitida, si vede benissimo

faq-blurry_photo-q = La mia foto è sfocata
faq-blurry_photo-a = OKX ha bisogno di una foto nitida e leggibile. Pulisci l'obiettivo; appoggia il documento su una superficie piana e tieni il telefono parallelo, a circa 15–25 cm; usa la fotocamera posteriore principale senza zoom e tocca lo schermo per mettere a fuoco; evita di muoverti e cerca una buona luce. Poi ingrandisci la foto: ogni carattere deve essere leggibile e, sul passaporto, anche le due righe in basso. Carica la foto originale, non una copia inoltrata o compressa.
faq-blurry_photo-keys = sfocata, sfocato, sfuocata, mossa, foto mossa, non nitida, poco nitida, non chiara, poco chiara, non si vede chiaro, fuori fuoco, non mette a fuoco, messa a fuoco, illeggibile, non si legge, non si vede bene, bassa qualità, qualità foto, pixelata, sgranata, sfocatura, sfocta, la fotocamera non mette a fuoco

faq-glare-q = Come evitare i riflessi?
faq-glare-a = OKX ha bisogno di una foto senza riflessi. Spegni il flash; allontanati da lampade e sole diretto e usa una luce naturale morbida che arriva di lato; togli il documento da custodie o buste; inclinalo leggermente finché non ci sono punti luminosi sul testo, sulla foto o sull'ologramma. Le tessere plastificate sono le più difficili: scatta qualche foto da angolazioni diverse e tieni quella senza riflessi.
faq-glare-keys = riflesso, riflessi, riflette, bagliore, bagliori, luccica, lucido, macchia bianca, macchia di luce, punto luminoso, luce, flash, ologramma, plastificata, tessera plastificata, carta di plastica, custodia, riflesso del sole, riflesso della lampada, rifless, sovraesposta

faq-cropped_edges-q = Angoli tagliati o coperti
faq-cropped_edges-a = OKX chiede che tutti e quattro gli angoli siano visibili e che niente copra il documento, nemmeno un dito. Appoggia il documento su un tavolo uniforme e a contrasto; inquadralo per intero con un piccolo margine su ogni lato, in modo che occupi comunque quasi tutta la foto; non ritagliarla dopo. Per un passaporto, mostra tutta la pagina dei dati, comprese le due righe in basso.
faq-cropped_edges-keys = angoli, angolo, tagliato, tagliata, ritagliata, ritaglio, bordi, bordo, manca un bordo, non si vede tutto, visibile solo in parte, manca una parte, dito, dita, coperto, coperta, nascosto, documento intero, tutto il documento, inquadratura, non entra, metà documento

faq-screenshot_or_copy-q = Screenshot, scansione o copia?
faq-screenshot_or_copy-a = No. OKX non accetta nessun tipo di screenshot, né fotocopie, scansioni, stampe, foto di una foto o di uno schermo, né immagini modificate. Scatta una nuova foto a colori del documento fisico con la fotocamera del telefono e non modificarla.
faq-screenshot_or_copy-keys = screenshot, screen, schermata, cattura schermo, scansione, scannerizzato, scanner, scan, copia, fotocopia, stampa, stampato, foto di una foto, foto dello schermo, documento digitale, carta d'identità digitale, cie digitale, io app, copia digitale, modificata, photoshop, dalla galleria, foto vecchia, pdf del passaporto

faq-color_photo-q = La foto deve essere a colori?
faq-color_photo-a = Sì. OKX chiede una foto a colori del documento originale. Le foto in bianco e nero, i filtri in scala di grigi e le fotocopie vengono rifiutati. Disattiva qualsiasi filtro o effetto colore e fotografa il documento con i suoi colori normali.
faq-color_photo-keys = colori, a colori, colore, colorata, bianco e nero, bianco nero, b/n, bn, scala di grigi, grigio, monocromatica, monocromo, filtro, filtri, foto a colori, senza colori, sbiadita

faq-send_as_file-q = Foto o file per questo bot?
faq-send_as_file-a = Vanno bene entrambi. Telegram ricomprime un'immagine inviata come "foto", e questo può nascondere i dettagli fini; inviata come "file" (graffetta → File) resta l'originale, quindi il mio controllo è più preciso. Telegram permette ai bot di scaricare file fino a 20 MB. Questo riguarda solo l'invio di immagini a questo bot; su OKX carichi i documenti dalla sua app o dal suo sito.
faq-send_as_file-keys = inviare come file, come file, come documento, foto o file, file o foto, senza compressione, non compressa, compressa, compressione, telegram comprime, qualità originale, qualità piena, massima qualità, caricare sul bot come file, allegare come file, graffetta, perde qualità, qualità telegram

faq-file_format_size-q = Formato e dimensione del file?
faq-file_format_size-a = OKX non pubblica limiti di dimensione o di formato dei file per la verifica degli account individuali; la regola dei PDF da 20 MB che potresti vedere riguarda gli account istituzionali (aziendali). Altri servizi fissano dei limiti, per esempio Kraken sotto i 5 MB e Onfido sotto i 10 MB, quindi una normale foto della fotocamera (JPEG) è la scelta sicura. Scatta la foto dentro l'app OKX quando ti propone la fotocamera.
faq-file_format_size-keys = dimensione file, dimensioni, grandezza, peso del file, pesa troppo, limite dimensione, dimensione massima, troppo grande, file troppo grande, mb, mega, formato, formato file, jpg, jpeg, png, pdf, heic, heif, quale formato, errore di caricamento, caricamento fallito, non riesco a caricare, non si carica, risoluzione

faq-both_sides-q = Servono entrambi i lati?
faq-both_sides-a = Sì. OKX chiede il fronte e il retro del documento, e ogni pagina con informazioni importanti. Invia due foto separate, una per lato, e mai due volte lo stesso lato. Per un passaporto, invia la pagina dei dati con la tua foto e, se richiesto, altre pagine.
faq-both_sides-keys = entrambi i lati, tutti e due i lati, due lati, fronte e retro, fronte retro, fronte-retro, retro, fronte, lato posteriore, dietro, altro lato, secondo lato, retro della carta, retro della carta d'identità, stesso lato due volte, pagine, quale pagina, pagina del passaporto, pagina dei dati, pagina con la foto, manca il retro

faq-accepted_documents-q = Quali documenti sono accettati?
faq-accepted_documents-a = OKX accetta passaporto, carta d'identità, patente di guida o un altro documento d'identità con foto rilasciato da un ente pubblico, ma l'elenco esatto dipende dal tuo Paese: il modulo di verifica mostra le opzioni per il tuo. Deve riportare nome e cognome completi, data di nascita, date di rilascio e di scadenza e una foto chiara, e non deve essere scaduto. La tessera elettorale potrebbe non essere accettata in alcuni Paesi; visti, tessere universitarie e permessi di lavoro non sono documenti d'identità.
faq-accepted_documents-keys = documenti accettati, quali documenti, che documento, quale documento, che documenti servono, tipi di documento, documenti validi, passaporto, carta d'identità, carta di identita, cie, carta d'identità elettronica, documento d'identità, patente, patente di guida, permesso di soggiorno, carta di soggiorno, posso usare, documento valido, documento ufficiale, cosa mi serve

faq-unsupported_document-q = Il mio documento non è accettato
faq-unsupported_document-a = I documenti accettati da OKX dipendono dal tuo Paese. Scegli un tipo di documento che il modulo di verifica offre per il tuo Paese, rilasciato dal Paese che hai selezionato. La tessera elettorale potrebbe non essere accettata in alcuni Paesi, e visti, tessere universitarie e permessi di lavoro non sono accettati come documenti d'identità. Se il tuo documento non è accettato, usa invece un passaporto o una carta d'identità.
faq-unsupported_document-keys = non accettato, documento non accettato, documento non supportato, non supportato, tipo di documento non valido, documento sbagliato, tessera elettorale, tessera universitaria, libretto universitario, tesserino, visto, permesso di lavoro, tessera sanitaria, codice fiscale, bancomat, carta di credito, tessera militare, documento rifiutato, documento straniero, passaporto straniero, documento di un altro paese

faq-expired_document-q = Posso usare un documento scaduto?
faq-expired_document-a = No. OKX rifiuta i documenti scaduti. Usa un altro documento valido oppure rinnova quello scaduto. Meglio un documento con un po' di validità residua: alcuni servizi di verifica rifiutano anche un documento che scade entro un mese.
faq-expired_document-keys = scaduto, scaduta, scadenza, data di scadenza, scade, scade a breve, in scadenza, sta per scadere, non più valido, valido fino al, validità, passaporto scaduto, carta d'identità scaduta, documento scaduto, patente scaduta, rinnovo, rinnovare, vecchio documento, scaduto da poco, scadutto

faq-damaged_document-q = Il mio documento è rovinato
faq-damaged_document-a = OKX chiede un documento integro. Un documento crepato, consumato, forato o con un angolo tagliato, oppure con la foto o i dati illeggibili, di solito viene rifiutato. Usa un altro documento valido se ne hai uno, oppure rinnova quello rovinato.
faq-damaged_document-keys = rovinato, rovinata, danneggiato, danneggiata, rotto, rotta, crepato, spaccato, strappato, consumato, usurato, graffiato, sbiadito, scollato, piegato, forato, bucato, buco, angolo tagliato, bagnato, plastificazione rovinata, passaporto rovinato, carta d'identità rotta, documento rovinato

faq-unsigned_passport-q = Il mio passaporto non è firmato
faq-unsigned_passport-a = OKX considera non valido un passaporto con il campo della firma vuoto. Firmalo nell'apposito campo, poi scatta una nuova foto.
faq-unsigned_passport-keys = firma, firmare, firmato, non firmato, senza firma, manca la firma, firma mancante, firmare il passaporto, campo firma, dove firmo, dove si firma, firma del titolare, passaporto senza firma, firma vuota, frima

faq-name_mismatch-q = Il mio nome non corrisponde
faq-name_mismatch-a = Scrivi il nome esattamente come è stampato sul documento: stessa grafia, stesso ordine, con tutti i secondi nomi, senza soprannomi e senza traslitterazioni fatte da te. Se il modulo ha un campo per il nome nella lingua locale, scrivilo lì con lo stesso alfabeto del documento. Se non puoi più modificare il nome, chiedi all'assistenza OKX di correggerlo.
faq-name_mismatch-keys = nome, nome non corrisponde, nome sbagliato, errore nel nome, errore di battitura, nome scritto male, cognome, secondo nome, doppio nome, nome completo, nome e cognome, ordine del nome, cognome da sposata, accenti, apostrofo, lettere latine, traslitterazione, cambiare nome, modificare nome, correggere nome, nomi invertiti

faq-birthdate_mismatch-q = La data di nascita non corrisponde
faq-birthdate_mismatch-a = La data di nascita che inserisci deve essere esattamente quella del documento, e il documento deve riportarla. L'errore più comune è invertire giorno e mese. Se non puoi più modificarla, chiedi all'assistenza OKX di correggerla. Se è sbagliata la data stampata sul documento stesso, ti serve un documento corretto dall'ente che l'ha rilasciato.
faq-birthdate_mismatch-keys = data di nascita, nascita, compleanno, data nascita, data sbagliata, errore data, anno di nascita, età, giorno e mese, mese e giorno, giorno e mese invertiti, data invertita, formato data, la data non corrisponde, ho sbagliato la data, correggere la data, nato il, data di nasita

faq-dual_nationality-q = Ho due cittadinanze
faq-dual_nationality-a = OKX chiede a chi ha la doppia cittadinanza di scegliere quella più rilevante per la propria identità. Qualunque sia la scelta, la cittadinanza nel modulo deve essere quella del documento che carichi: se carichi il passaporto spagnolo, scegli spagnola.
faq-dual_nationality-keys = doppia cittadinanza, doppia nazionalità, due cittadinanze, due nazionalità, due passaporti, secondo passaporto, seconda cittadinanza, più cittadinanze, quale cittadinanza, quale nazionalità, quale passaporto uso, cittadinanza, nazionalità, cittadino di due paesi, passaporto italiano, passaporto straniero

faq-address_proof-q = Prova di residenza
faq-address_proof-a = OKX chiede la prova di residenza solo in alcuni casi. Deve riportare il tuo nome e il tuo indirizzo attuale, lo stesso che hai inserito nel modulo. Invia una foto nitida dell'originale (pagina intera, tutti gli angoli) o il PDF così come è stato emesso, non uno screenshot. In Arabia Saudita deve essere stato emesso negli ultimi 3 mesi; la regola generale di OKX sull'anzianità del documento non è confermata, quindi un documento recente è la scelta più sicura. Non usare una casella postale.
faq-address_proof-keys = prova di residenza, prova dell'indirizzo, prova di indirizzo, comprova indirizzo, certificato di residenza, bolletta, bolletta della luce, bolletta del gas, bolletta dell'acqua, bolletta internet, bolletta telefonica, estratto conto, estratto conto bancario, indirizzo, indirizzo di residenza, verifica indirizzo, indirizzo non corrisponde, indirizzo sbagliato, vecchio indirizzo, trasloco, contratto d'affitto, 3 mesi, casella postale, quanto recente

faq-face_selfie_fail-q = Verifica del volto non riuscita
faq-face_selfie_fail-a = I consigli di OKX: evita i posti bui e i movimenti della fotocamera, allinea il viso dentro l'ovale, poi muovi lentamente la testa lungo il cerchio. Mettiti di fronte alla luce (nessuna finestra alle spalle); niente cappello, mascherina o occhiali da sole; telefono all'altezza degli occhi. L'app ha bisogno del permesso per la fotocamera. Se continua a non funzionare, aggiorna l'app, chiudi le altre app o prova un altro telefono; alcuni telefoni hanno problemi con la scansione del volto. Solo il titolare dell'account può farla.
faq-face_selfie_fail-keys = selfie, selfi, autoscatto, volto, viso, faccia, verifica del volto, verifica facciale, riconoscimento facciale, scansione del volto, liveness, prova di vitalità, non riconosce il viso, volto non rilevato, selfie rifiutato, selfie non riuscito, ovale, cerchio, muovere la testa, girare la testa, fotocamera frontale, video selfie, biometria, face id

faq-glasses_hat_mask-q = Occhiali, cappello o mascherina?
faq-glasses_hat_mask-a = No. OKX chiede che niente ti copra il viso: togli occhiali, occhiali da sole, cappelli, berretti e mascherine, e tieni i capelli lontani dal viso, così tutto il viso è visibile dentro l'ovale.
faq-glasses_hat_mask-keys = occhiali, occhiali da vista, occhiali da sole, lenti, cappello, berretto, cappellino, cappuccio, mascherina, mascherina chirurgica, sciarpa, barba, trucco, capelli, frangia, orecchini, posso tenere gli occhiali, togliere gli occhiali

faq-camera_permission-q = La fotocamera non funziona
faq-camera_permission-a = L'app OKX ha bisogno del permesso per usare la fotocamera. Apri Impostazioni del telefono → App → OKX → Autorizzazioni e consenti la Fotocamera, poi riavvia l'app. Se fai la verifica da browser, consenti la fotocamera per il sito, oppure passa all'app OKX. Chiudi le altre app che usano la fotocamera; se continua a non funzionare, aggiorna l'app o prova un altro dispositivo.
faq-camera_permission-keys = fotocamera, camera, fotocamera non funziona, non si apre la fotocamera, schermo nero, permesso fotocamera, permessi, autorizzazioni, consentire fotocamera, accesso alla fotocamera, niente fotocamera, errore fotocamera, l'app si chiude, l'app crasha, l'app si blocca, resta in caricamento, browser, computer, pc, webcam, telefono vecchio, telefono non supportato

faq-someone_else_selfie-q = Il selfie può farlo un altro?
faq-someone_else_selfie-a = No. Solo il titolare dell'account può fare la verifica del volto, e il volto deve corrispondere al documento dell'account. La verifica con il viso o i documenti di un'altra persona non andrà a buon fine. Chiunque voglia un account OKX deve verificare il proprio.
faq-someone_else_selfie-keys = qualcun altro, un'altra persona, un amico, un'amica, mia moglie, mio marito, mia madre, mio padre, mia mamma, mio papà, mio fratello, un familiare, un parente, per me, al posto mio, a nome mio, usare il documento di un altro, verificare per un'altra persona, account dei miei genitori, account di mio figlio, documento di un amico

faq-duplicate_account-q = Documento usato su altro account
faq-duplicate_account-a = OKX consente un solo account per persona, e la tua identità è già verificata su un altro account. Inviare di nuovo non servirà. Accedi a quell'account, oppure recuperalo con la procedura di recupero account di OKX. Se non conosci quell'account (qualcuno potrebbe aver usato il tuo documento), contatta l'assistenza OKX con il tuo UID. Non usare mai il documento di un'altra persona e non prestare mai il tuo.
faq-duplicate_account-keys = già usato, già utilizzato, gia usato, già verificato, duplicato, doppio account, altro account, un altro account, secondo account, vecchio account, due account, più account, nuovo account, documento già usato, identità già usata, già registrato, qualcuno ha usato il mio documento, account perso, non ricordo l'account, recuperare account, account duplicato

faq-region_restricted-q = Il mio Paese non è supportato
faq-region_restricted-a = OKX decide quali servizi e quale entità di OKX ti servono in base al tuo Paese di residenza, non solo alla cittadinanza. I Paesi soggetti a restrizioni sono elencati nella sezione 2.2 dei Termini di servizio di OKX; consultali lì, perché gli elenchi su altri siti possono essere sbagliati o non aggiornati. Non si risolve inviando di nuovo, e una VPN o un indirizzo falso non aiutano. Se pensi che sia un errore, contatta l'assistenza OKX.
faq-region_restricted-keys = paese, paese non supportato, paese non disponibile, paese con restrizioni, restrizioni, limitato, regione, non disponibile, non disponibile nel mio paese, il mio paese, residenza, paese di residenza, giurisdizione, sanzioni, paese bloccato, usa, stati uniti, non idoneo, idoneità, requisiti, età, minorenne, sotto i 18 anni

faq-vpn_or_travel-q = Dall'estero o con una VPN?
faq-vpn_or_travel-a = Indica il tuo vero Paese di residenza: per OKX l'idoneità dipende da dove vivi. Non usare una VPN per nascondere dove ti trovi e non dichiarare una residenza falsa. Alcuni utenti riferiscono che una VPN o una posizione diversa dalla residenza dichiarata ha causato problemi; non è una regola ufficiale di OKX, ma disattivare la VPN e fare la verifica da casa è la scelta più sicura.
faq-vpn_or_travel-keys = vpn, proxy, ip, indirizzo ip, posizione, localizzazione, estero, all'estero, in viaggio, in vacanza, vacanza, altro paese, paese straniero, vivo all'estero, espatriato, expat, trasferito, cambiato paese, paese diverso, tor

faq-official_support-q = Come contatto l'assistenza OKX?
faq-official_support-a = Contatta OKX solo tramite i canali ufficiali: nell'app OKX (Assistenza o il chatbot IA) o su okx.com tramite il Centro assistenza. Comunica il tuo UID (lo trovi nel profilo), mai la password o i codici. Attenzione agli account di "assistenza" che ti scrivono per primi su Telegram o altri social: sono truffe. Questo bot non è OKX e non può contattare l'assistenza al posto tuo.
faq-official_support-keys = assistenza, supporto, support, contattare l'assistenza, servizio clienti, customer service, aiuto, centro assistenza, chat dal vivo, live chat, chat, operatore, persona reale, parlare con qualcuno, email assistenza, numero di telefono, numero verde, ticket, reclamo, come contatto, contattare okx, assistenza okx, asistenza

faq-scam_warning-q = Qualcuno offre di sistemare il KYC
faq-scam_warning-a = È una truffa. Nessuno in buona fede ti chiede password, codici 2FA o SMS, seed phrase o un pagamento per "sbloccare" o "velocizzare" la verifica. Non condividerli mai e non pagare mai. Contatta l'assistenza OKX solo nell'app OKX o su okx.com, e considera un truffatore chiunque ti scriva per primo offrendoti aiuto.
faq-scam_warning-keys = truffa, truffatore, frode, scam, falsa assistenza, finto supporto, mi hanno chiesto la password, codice 2fa, codice sms, seed phrase, frase di recupero, chiave privata, pagare per sbloccare, pagare per verificare, commissione di sblocco, sbloccare account, velocizzare la verifica, comprare account verificato, vendere account, servizio kyc, messaggio in privato, messaggio da okx, è affidabile, è una truffa

faq-about_bot-q = Chi sei? Questo bot è OKX?
faq-about_bot-a = Sono KYC Doctor, un aiuto indipendente e open source. Non sono OKX e non ho alcun legame con OKX. Non posso vedere, modificare o velocizzare il tuo account OKX o la tua verifica; controllo solo le tue foto e ti spiego cosa correggere, in base alle regole pubblicate da OKX. Non ho mai bisogno della tua password, dei codici 2FA o della seed phrase. La documentazione ufficiale di OKX è il riferimento finale.
faq-about_bot-keys = chi sei, cosa sei, sei okx, è okx, ufficiale, è ufficiale, bot, questo bot, cosa fai, cosa sai fare, a cosa serve, come funziona, aiuto, puoi verificarmi, puoi approvarmi, puoi velocizzare, sei umano, sei una persona, sei un robot

faq-bot_privacy-q = Cosa fai con le mie foto?
faq-bot_privacy-a = Controllo le tue foto in memoria e non le salvo né le registro mai. Conservo solo il passaggio della nostra conversazione, la tua lingua, il motivo che hai scelto, il tipo di documento, i codici dei problemi trovati e un hash a 64 bit di ogni immagine (un numero breve calcolato dall'immagine, per accorgermi se la stessa immagine arriva due volte). Niente foto, niente nomi, niente dati del documento: ciò che leggo nella zona a lettura ottica ti viene mostrato una volta e non viene conservato. Con l'archivio predefinito (SQLite) questi dati restano finché non invii /forget; se il bot usa Redis, vengono anche cancellati dopo un periodo senza attività (REDIS_TTL_SECS, 7 giorni per impostazione predefinita). Non sono OKX e non posso vedere né modificare il tuo account.
faq-bot_privacy-keys = privacy, riservatezza, dati, i miei dati, dati personali, salvi, salvate, conservi, archiviazione, salvare, salvato, tieni le mie foto, cancellare, cancella i miei dati, eliminare i dati, dimenticare, gdpr, è sicuro, sicurezza, chi vede le mie foto, salvi il mio passaporto, dove finiscono le mie foto, trattamento dati

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX dice "Invalid document"
faq-invalid_document-a = "Invalid document" (documento non valido) riguarda il documento stesso, non la foto. OKX indica queste cause: manca la foto del titolare o non è chiara, il passaporto non è firmato oppure, in alcuni paesi, serve un passaporto nuovo. Se il campo firma del passaporto è vuoto, firmalo e scatta foto nuove. Se la foto del documento è consumata o illeggibile, usa un altro documento ufficiale che hai (passaporto, carta d'identità o patente) oppure rinnova il documento. Se non sai quale sia il tuo caso, chiedi all'assistenza OKX. Posso controllare le foto nuove prima dell'invio.
faq-invalid_document-keys = invalid document, documento non valido, documento invalido, passaporto non valido, serve un passaporto nuovo, manca la foto sul documento, foto consumata, passaporto non firmato, dice invalid document, carta d'identità non valida

faq-document_photo_rejected-q = "ID detection failed"?
faq-document_photo_rejected-a = Questi messaggi riguardano la foto del documento, non il documento. OKX spiega "Invalid document photo" come foto sfocata, tagliata, con dati coperti o del documento sbagliato (un altro documento o una prova di residenza non pertinente). Il vecchio "ID detection failed" vuol dire che il documento non è stato riconosciuto nell'immagine: sovraesposta, con riflessi o non del tutto visibile. Rifalla: il documento originale (niente screenshot o fotocopie), appoggiato su un tavolo scuro, tutti e quattro gli angoli nell'inquadratura, senza dita sopra, luce uniforme senza riflessi, a fuoco. Mandami prima la foto e la controllo.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, documento non rilevato, non riconosce il documento, foto del documento rifiutata, foto della carta d'identità rifiutata, errore nel rilevamento del documento

faq-face_scan_loop-q = Scansione del volto in loop
faq-face_scan_loop-a = OKX non pubblica una causa precisa per una scansione del volto che ricomincia, si blocca o finisce con "something went wrong". Ciò che OKX chiede: consentire all'app OKX di usare la fotocamera, evitare luoghi bui e mani che tremano, tenere tutto il viso nell'ovale e poi ruotare lentamente la testa in cerchio quando richiesto. Mettiti di fronte alla luce, senza finestre o lampade alle spalle. Se continua a ripetersi, prova l'app OKX invece del browser (o viceversa); alcuni raccontano che un altro telefono ha funzionato. Se la scansione non finisce mai, contatta l'assistenza OKX con il tuo UID.
faq-face_scan_loop-keys = scansione del volto in loop, riconoscimento facciale ricomincia, verifica del volto bloccata, something went wrong, qualcosa è andato storto, il cerchio gira all'infinito, il selfie ricomincia, la scansione non finisce, caricamento infinito

faq-head_covering-q = Hijab o velo sulla testa?
faq-head_covering-a = OKX non pubblica alcuna regola sui copricapi religiosi (hijab, velo, turbante, kippah e altri). La sua regola è che nulla deve coprire il viso: tutto il viso nell'ovale, senza mascherina, occhiali da sole o cappello. La scelta sicura è quindi un copricapo che lasci visibile tutto il viso, dall'attaccatura dei capelli al mento, senza ombre e con buona luce. Un velo che copre parte del viso (un niqab, per esempio) non rispetta quella regola. I singoli casi li decide l'assistenza ufficiale di OKX: chiedi a loro se hai dubbi.
faq-head_covering-keys = hijab, velo, foulard in testa, turbante, kippah, niqab, posso tenere l'hijab, togliere l'hijab, hijab nel selfie, velo nella foto del passaporto, motivi religiosi, testa coperta
