# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = A OKX não publica quais documentos valem como comprovante de endereço, nem um limite geral de validade. Se o pedido não disser, pergunte ao suporte oficial da OKX (Support Center) antes de enviar. Não consigo verificar esse documento aqui: minhas verificações de foto são feitas para documentos de identidade.
