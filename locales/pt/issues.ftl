# O que o verificador de fotografias encontrou: nomes curtos e um passo de correção por código de problema,
# onde no documento está o problema e porque é que um ficheiro não pôde ser lido. Ver locales/README.md.

## Problemas na fotografia do documento: issue-<code> (nome curto), issue-<code>-fix (um passo para a fotografia do documento)

issue-blurry = Desfocada
issue-blurry-fix = A fotografia está desfocada: limpe a lente, toque no documento no ecrã para focar e segure o telemóvel firme.
issue-glare = Reflexo
# $where é uma das expressões region-* abaixo, por exemplo "o canto superior direito".
issue-glare-fix = Um reflexo tapa { $where } do documento: desligue o flash e incline ligeiramente o documento até o reflexo desaparecer.
issue-too_dark = Demasiado escura
issue-too_dark-fix = A fotografia está demasiado escura: vá para um sítio com luz forte e uniforme, por exemplo junto a uma janela. Não use o flash.
issue-too_bright = Demasiado clara
issue-too_bright-fix = A fotografia está queimada: saia da luz direta, desligue o HDR e toque no documento no ecrã para ajustar a exposição.
issue-cut_off = Cortada
issue-cut_off-fix = Parte do documento ficou fora da fotografia: afaste o telemóvel até os quatro cantos ficarem visíveis, com uma pequena margem à volta.
issue-too_small = Documento demasiado pequeno
issue-too_small-fix = O documento ocupa pouco espaço na fotografia: aproxime o telemóvel até ele preencher a maior parte da imagem, com todos os cantos ainda visíveis.
issue-low_resolution = Resolução baixa
issue-low_resolution-fix = A fotografia tem poucos píxeis para se conseguir ler o texto: tire-a com a câmara principal, sem zoom, e envie a fotografia original, não uma cópia comprimida.
issue-tilted = Inclinada
issue-tilted-fix = O documento foi fotografado de lado: pouse-o numa superfície plana e segure o telemóvel mesmo por cima, paralelo ao documento.
issue-grayscale = Preto e branco
issue-grayscale-fix = A fotografia está a preto e branco: a OKX exige uma fotografia a cores. Desligue qualquer filtro e fotografe o original a cores.
issue-screen_photo = Captura ou foto de ecrã
issue-screen_photo-fix = Isto parece uma captura de ecrã ou uma fotografia de um ecrã: fotografe o próprio documento físico com a câmara do telemóvel.
issue-no_document = Nenhum documento encontrado
issue-no_document-fix = Não encontrei nenhum documento na fotografia: pouse o documento numa superfície lisa, de cor contrastante, e faça com que ocupe a maior parte da imagem.
issue-mrz_unreadable = Zona de leitura ótica ilegível
issue-mrz_unreadable-fix = Os sistemas de verificação leem as linhas com ‹‹‹ na parte de baixo do documento (a zona de leitura ótica) e não as consegui ler: a faixa inteira tem de aparecer na fotografia, nítida e sem reflexos. Aproxime-se, segure o telemóvel com firmeza e incline o documento para evitar o reflexo da luz.
issue-document_uncertain = Margens do documento pouco nítidas
issue-document_uncertain-fix = Não consegui ver com clareza as margens do documento, por isso não verifiquei se está cortado, demasiado pequeno ou inclinado: pouse-o numa superfície lisa e mais escura e tire a fotografia novamente.

## Problemas na selfie

issue-no_face = Nenhum rosto encontrado
issue-no_face-fix = Não encontrei nenhum rosto: olhe diretamente para a câmara, fique de frente para a luz e mantenha o rosto inteiro no enquadramento.
issue-multiple_faces = Vários rostos
issue-multiple_faces-fix = Há mais do que um rosto na imagem: tire a selfie sem mais ninguém na imagem, nem atrás de si.
issue-face_too_small = Rosto demasiado longe
issue-face_too_small-fix = O seu rosto está demasiado longe: aproxime o telemóvel, à altura dos olhos, para que o rosto preencha a oval.
issue-face_cut_off = Rosto cortado
issue-face_cut_off-fix = Parte do seu rosto ficou fora do enquadramento: mantenha a cabeça inteira, do queixo ao cabelo, dentro da imagem.
issue-face_off_center = Rosto descentrado
issue-face_off_center-fix = O seu rosto está longe do centro: segure o telemóvel mesmo à sua frente e mantenha o rosto ao meio.
issue-backlit = Luz por trás de si
issue-backlit-fix = O fundo está muito mais claro do que o seu rosto: vire-se de frente para a janela ou o candeeiro, em vez de ficar de costas para ele.
issue-uneven_light = Luz irregular
issue-uneven_light-fix = Um dos lados do seu rosto está muito mais escuro: fique de frente para a fonte de luz, para que os dois lados fiquem iluminados por igual.

## Variantes para selfie dos códigos que se aplicam aos dois tipos de fotografia

issue-selfie-blurry-fix = A selfie está desfocada: limpe a câmara frontal, segure o telemóvel firme à altura dos olhos e mexa-se devagar.
issue-selfie-too_dark-fix = A selfie está demasiado escura: vá para um sítio bem iluminado e fique de frente para a luz.
issue-selfie-too_bright-fix = A selfie está queimada: saia do sol direto ou da luz forte de candeeiros e use uma luz suave e uniforme.
issue-selfie-grayscale-fix = A selfie está a preto e branco: desligue qualquer filtro ou efeito de cor da câmara.
issue-selfie-low_resolution-fix = A selfie tem poucos píxeis: use diretamente a câmara do telemóvel e envie a imagem original, não uma cópia comprimida.

## Onde no documento está o problema (usado como { $where } acima)

region-top_left = o canto superior esquerdo
region-top = a margem superior
region-top_right = o canto superior direito
region-left = a margem esquerda
region-center = o centro
region-right = a margem direita
region-bottom_left = o canto inferior esquerdo
region-bottom = a margem inferior
region-bottom_right = o canto inferior direito
# Quando o verificador não conseguiu dizer onde.
region-unknown = parte

## Ficheiros que não puderam ser analisados (códigos de erro de entrada do docs/contracts.md)

input-error-not_found = Não encontrei esse ficheiro. Verifique o caminho e tente outra vez.
input-error-unsupported_format = Não consigo ler este formato de imagem (por exemplo, fotografias HEIC do iPhone). Envie-a como fotografia normal no Telegram ou guarde-a em JPEG: no iPhone, Definições → Câmara → Formatos → Mais compatível.
input-error-corrupt = Não consegui ler esta imagem: o ficheiro parece danificado ou incompleto. Tire uma fotografia nova e envie-a outra vez.
input-error-too_large = Este ficheiro é demasiado grande para eu o verificar. Envie-o como fotografia normal em vez de ficheiro, ou envie uma imagem mais pequena.
input-error-too_many_pixels = Esta imagem tem mais píxeis do que consigo verificar. Envie-a como fotografia normal, que o Telegram redimensiona, ou use uma resolução mais baixa na câmara.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 O que o seu documento diz (lido da zona de leitura ótica; só você vê e nada é guardado):
mrz-block-surname = Apelido: { $value }
mrz-block-given = Nomes próprios: { $value }
mrz-block-birth = Data de nascimento: { $value }
mrz-block-expiry = Data de validade: { $value }
mrz-block-nationality = Nacionalidade: { $value }
mrz-block-number = Número do documento: { $value }
mrz-block-advice = Introduza-os no formulário da OKX exatamente como estão impressos. O nome não tem dígito de controlo: confirme a ortografia com o documento.
