# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX veröffentlicht nicht, welche Dokumente als Adressnachweis gelten, und auch keine allgemeine Altersgrenze dafür. Wenn die Anfrage es nicht sagt, frag den offiziellen OKX-Support (Support Center), bevor du ihn sendest. Prüfen kann ich dieses Dokument hier nicht: Meine Fotoprüfungen sind für Ausweisdokumente gemacht.
