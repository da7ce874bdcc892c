# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = A OKX não publica que documentos servem como comprovativo de morada, nem um limite geral de antiguidade. Se o pedido não o indicar, pergunta ao apoio oficial da OKX (Support Center) antes de o enviares. Não consigo verificar este documento aqui: as minhas verificações de fotos são feitas para documentos de identificação.
