# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX no publica qué documentos sirven como comprobante de domicilio ni un límite general de antigüedad. Si la solicitud no lo indica, pregunta al soporte oficial de OKX (Support Center) antes de enviarlo. Aquí no puedo revisar este documento: mis comprobaciones de fotos están hechas para documentos de identidad.
