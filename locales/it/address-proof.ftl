# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX non pubblica quali documenti valgono come prova di residenza, né un limite generale di anzianità. Se la richiesta non lo dice, chiedi all'assistenza ufficiale di OKX (Support Center) prima di inviarlo. Qui non posso controllare questo documento: i miei controlli sulle foto sono pensati per i documenti d'identità.
