# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX publiceert niet welke documenten als adresbewijs gelden, en ook geen algemene grens voor hoe oud het mag zijn. Staat het niet in het verzoek, vraag het dan aan de officiële support van OKX (Support Center) voordat je het stuurt. Dit document kan ik hier niet controleren: mijn fotocontroles zijn gemaakt voor identiteitsbewijzen.
