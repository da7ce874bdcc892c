# Cosa ha trovato il controllo delle foto: nomi brevi e un passaggio di correzione per ogni codice di problema,
# in quale punto del documento si trova un problema e perché un file non si è potuto leggere. Vedi locales/README.md.

## Problemi della foto del documento: issue-<code> (nome breve), issue-<code>-fix (un passaggio per la foto del documento)

issue-blurry = Sfocata
issue-blurry-fix = La foto è sfocata: pulisci l'obiettivo, tocca il documento sullo schermo per mettere a fuoco e tieni fermo il telefono.
issue-glare = Riflesso
# $where è una delle espressioni region-* qui sotto, per es. "l'angolo in alto a destra".
issue-glare-fix = Un riflesso di luce copre { $where } del documento: spegni il flash e inclina leggermente il documento finché il riflesso non sparisce.
issue-too_dark = Troppo scura
issue-too_dark-fix = La foto è troppo scura: spostati in un posto con luce intensa e uniforme, per esempio vicino a una finestra. Non usare il flash.
issue-too_bright = Troppo chiara
issue-too_bright-fix = La foto è slavata: allontanati dalla luce diretta, disattiva l'HDR e tocca il documento sullo schermo per regolare l'esposizione.
issue-cut_off = Tagliata
issue-cut_off-fix = Una parte del documento è fuori dalla foto: allontanati finché non si vedono tutti e quattro gli angoli, con un piccolo margine intorno.
issue-too_small = Documento troppo piccolo
issue-too_small-fix = Il documento occupa troppo poco spazio nella foto: avvicinati finché non riempie quasi tutta l'inquadratura, con tutti gli angoli ancora visibili.
issue-low_resolution = Risoluzione bassa
issue-low_resolution-fix = La foto ha troppo pochi pixel per leggere il testo: scattala con la fotocamera principale, senza zoom, e invia la foto originale, non una copia compressa.
issue-tilted = Inclinata
issue-tilted-fix = Il documento è fotografato di sbieco: appoggialo su una superficie piana e tieni il telefono dritto sopra, parallelo al documento.
issue-grayscale = Bianco e nero
issue-grayscale-fix = La foto è in bianco e nero: OKX richiede una foto a colori. Disattiva qualsiasi filtro e fotografa l'originale a colori.
issue-screen_photo = Screenshot o schermo
issue-screen_photo-fix = Sembra uno screenshot o la foto di uno schermo: fotografa il documento fisico con la fotocamera del telefono.
issue-no_document = Nessun documento trovato
issue-no_document-fix = Non ho trovato un documento nella foto: appoggialo su una superficie uniforme e a contrasto, e fai in modo che occupi quasi tutta l'inquadratura.
issue-mrz_unreadable = Zona a lettura ottica illeggibile
issue-mrz_unreadable-fix = I sistemi di verifica leggono le righe con ‹‹‹ in fondo al documento (la zona a lettura ottica) e non sono riuscito a leggerle: l’intera striscia deve essere nella foto, nitida e senza riflessi. Avvicinati, tieni fermo il telefono e inclina il documento per evitare il riflesso della luce.
issue-document_uncertain = Bordi del documento poco chiari
issue-document_uncertain-fix = Non sono riuscito a vedere chiaramente i bordi del documento, quindi non ho verificato se è tagliato, troppo piccolo o inclinato: appoggialo su una superficie uniforme e più scura e scatta di nuovo la foto.

## Problemi del selfie

issue-no_face = Nessun volto trovato
issue-no_face-fix = Non ho trovato un volto: guarda dritto nella fotocamera, mettiti di fronte alla luce e tieni tutto il viso nell'inquadratura.
issue-multiple_faces = Più volti
issue-multiple_faces-fix = Nell'immagine c'è più di un volto: fai il selfie senza nessuno accanto o dietro di te.
issue-face_too_small = Volto troppo lontano
issue-face_too_small-fix = Il tuo viso è troppo lontano: avvicina il telefono, all'altezza degli occhi, in modo che il viso riempia l'ovale.
issue-face_cut_off = Volto tagliato
issue-face_cut_off-fix = Una parte del viso è fuori dall'inquadratura: tieni tutta la testa, dal mento ai capelli, dentro l'immagine.
issue-face_off_center = Volto non centrato
issue-face_off_center-fix = Il tuo viso è lontano dal centro: tieni il telefono dritto davanti a te e il viso al centro.
issue-backlit = Controluce
issue-backlit-fix = Lo sfondo è molto più luminoso del tuo viso: girati in modo da avere la finestra o la lampada davanti, non alle spalle.
issue-uneven_light = Luce non uniforme
issue-uneven_light-fix = Un lato del viso è molto più scuro: mettiti esattamente di fronte alla fonte di luce, così entrambi i lati sono illuminati allo stesso modo.

## Varianti per il selfie dei codici che valgono per entrambi i tipi di foto

issue-selfie-blurry-fix = Il selfie è sfocato: pulisci la fotocamera anteriore, tieni il telefono fermo all'altezza degli occhi e muoviti lentamente.
issue-selfie-too_dark-fix = Il selfie è troppo scuro: spostati in un posto luminoso e mettiti di fronte alla luce.
issue-selfie-too_bright-fix = Il selfie è slavato: allontanati dal sole diretto o dalla luce forte di una lampada e usa una luce morbida e uniforme.
issue-selfie-grayscale-fix = Il selfie è in bianco e nero: disattiva qualsiasi filtro o effetto colore della fotocamera.
issue-selfie-low_resolution-fix = Il selfie ha troppo pochi pixel: usa direttamente la fotocamera del telefono e invia la foto originale, non una copia compressa.

## Dove si trova un problema sul documento (usato come { $where } sopra)

region-top_left = l'angolo in alto a sinistra
region-top = il bordo superiore
region-top_right = l'angolo in alto a destra
region-left = il bordo sinistro
region-center = il centro
region-right = il bordo destro
region-bottom_left = l'angolo in basso a sinistra
region-bottom = il bordo inferiore
region-bottom_right = l'angolo in basso a destra
# Quando il controllo non ha potuto dire dove.
region-unknown = una parte

## File che non si sono potuti analizzare (codici di errore di input di docs/contracts.md)

input-error-not_found = Non ho trovato quel file. Controlla il percorso e riprova.
input-error-unsupported_format = Non riesco a leggere questo formato di immagine (per esempio le foto HEIC di iPhone). Invia l'immagine come foto normale su Telegram, oppure salvala in JPEG: su iPhone, Impostazioni → Fotocamera → Formati → Più compatibile.
input-error-corrupt = Non sono riuscito a leggere questa immagine: il file sembra danneggiato o incompleto. Scatta una nuova foto e inviala di nuovo.
input-error-too_large = Questo file è troppo grande per poterlo controllare. Invialo come foto normale invece che come file, oppure invia un'immagine più piccola.
input-error-too_many_pixels = Questa immagine ha più pixel di quanti io ne possa controllare. Inviala come foto normale, che Telegram ridimensiona, oppure usa una risoluzione della fotocamera più bassa.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Cosa dice il tuo documento (letto dalla zona a lettura ottica, visibile solo a te e non conservato):
mrz-block-surname = Cognome: { $value }
mrz-block-given = Nomi: { $value }
mrz-block-birth = Data di nascita: { $value }
mrz-block-expiry = Data di scadenza: { $value }
mrz-block-nationality = Cittadinanza: { $value }
mrz-block-number = Numero del documento: { $value }
mrz-block-advice = Inseriscili nel modulo di OKX esattamente come sono stampati. Il nome non ha cifra di controllo: verificane l’ortografia sul documento.
