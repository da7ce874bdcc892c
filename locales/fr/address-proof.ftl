# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX ne publie pas la liste des documents acceptés comme justificatif de domicile, ni de limite générale d'ancienneté. Si la demande ne le précise pas, demande au support officiel d'OKX (Support Center) avant de l'envoyer. Je ne peux pas vérifier ce document ici : mes contrôles de photo sont faits pour les pièces d'identité.
