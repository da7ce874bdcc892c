# Le parti fisse della lista finale, il controllo della data di scadenza e i prossimi passi.
# Vedi locales/README.md e src/content/checklist.rs (che le compone in ordine).

## Titoli delle sezioni della lista

checklist-title = La tua lista prima di inviare di nuovo
checklist-title-final = Cosa fare invece di inviare di nuovo
checklist-section-reason = Risolvi il motivo indicato da OKX
checklist-section-photos = Correggi quello che ho trovato nelle tue foto
checklist-section-data = Controlla i dati che hai inserito
checklist-section-resubmit = Poi invia di nuovo
checklist-section-instead = Cosa fare invece

## Controllo dei dati: ogni campo compilato esattamente come sul documento

checklist-data-1 = Nome: esattamente come è stampato sul documento, con la stessa grafia e lo stesso ordine, nello stesso alfabeto (latino o locale) richiesto dal campo.
checklist-data-2 = Data di nascita: la stessa del documento; controlla di non aver invertito giorno e mese.
checklist-data-3 = Data di scadenza: il documento non deve essere scaduto; assicurati che sia ancora valido il giorno in cui lo invii.
checklist-data-4 = Indirizzo: il tuo attuale indirizzo di residenza, scritto come sulla prova di residenza, se ti viene richiesta.
checklist-data-5 = Cittadinanza e numero del documento: la cittadinanza del documento che carichi, e il numero completo, senza spazi.

## Ordine per l'invio (motivi che puoi risolvere da solo)

checklist-resubmit-1 = Prima correggi tutto ciò che c'è in questa lista, poi invia di nuovo. Inviare di nuovo le stesse foto raramente dà un risultato diverso.
checklist-resubmit-2 = Usa lo stesso telefono e la stessa rete per tutta la verifica, e non attivare né disattivare la VPN durante l'esame.
checklist-resubmit-3 = Invia di nuovo una sola volta, dal link nell'email di OKX o dalla pagina della verifica nell'app, e aspetta il risultato.
checklist-resubmit-4 = Se l'account mostra un tempo di attesa prima di poter riprovare, rispettalo. OKX non pubblica un limite fisso di tentativi né un tempo di attesa fisso.

## Invece di inviare di nuovo (motivi definitivi: identità duplicata, non idoneo)

checklist-final-1 = Non inviare di nuovo: mandare le stesse foto o foto nuove non cambierà questa decisione.
checklist-final-2 = Contatta l'assistenza OKX solo dall'app OKX o su okx.com, e comunica il tuo UID.
checklist-final-3 = Nessuno di OKX ti chiederà la password, i codici 2FA, la seed phrase o un pagamento per sbloccare la verifica.

## Controllo della data di scadenza (i verdetti non hanno argomenti; expiry-read-as viene prima e mostra
## come è stata letta la data scritta, nel formato AAAA-MM-GG, così si vede se giorno e mese sono invertiti)

expiry-read-as = Ho letto questa data come { $date }.
expiry-expired = Questo documento è scaduto. OKX non accetta documenti scaduti: usa un altro documento valido o rinnova questo.
expiry-soon = Questo documento scade entro un mese. Potrebbe ancora passare, ma alcuni servizi di verifica rifiutano i documenti che scadono così presto: se ne hai un altro valido, usa quello.
expiry-fine = La data in sé va bene: il documento è valido ancora per più di un mese. Se OKX ha indicato «data di scadenza non valida», controlla che nella foto la data sia nitida e senza riflessi e che l'abbia scritta esattamente come stampata.
expiry-unreadable = Non sono riuscito a leggere la data. Scrivila come sul documento, per esempio 15.03.2027 o 2027-03-15.

## Prossimi passi

next-register = Non hai ancora un account OKX? Registrati solo nell'app ufficiale di OKX o su okx.com; mai tramite link di sconosciuti o delle chat.
next-complete-kyc = Per verificarti: sul sito, icona del profilo → «Verification» (Verifica) → «Individual account» (Account individuale); nell'app, «User Center» (Centro utente) → «Profile and Settings» (Profilo e impostazioni) → «Identity verification» (Verifica dell'identità). Nell'app in italiano i nomi possono essere un po' diversi. Tieni a portata di mano un documento valido, scatta le foto con una buona luce su uno sfondo uniforme e inserisci i tuoi dati esattamente come sul documento. Se non va a buon fine, leggi il motivo nell'email o nell'app di OKX, correggilo e controlla qui le tue foto prima di inviare di nuovo.
next-help-centre = Per tutto ciò a cui questo bot non sa rispondere, consulta il Centro assistenza di OKX (okx.com/help) o contatta l'assistenza nell'app OKX. La documentazione ufficiale di OKX è il riferimento finale: questo bot è un aiuto indipendente e potrebbe non essere aggiornato.
next-terms-link = Termini di servizio di OKX, sezione 2.2 (dove OKX non offre i suoi servizi): https://www.okx.com/help-center/360021813691
expiry-none = Un documento senza data di scadenza non può essere scaduto, quindi qui non c'è nulla da correggere. OKX non pubblica una regola propria per questi documenti: se il modulo richiede una data, chiedi all'assistenza OKX.
