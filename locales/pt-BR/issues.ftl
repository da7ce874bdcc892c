# O que o verificador de fotos encontrou: nomes curtos e um passo de correção por código de problema,
# onde no documento está o problema e por que um arquivo não pôde ser lido. Veja locales/README.md.

## Problemas na foto do documento: issue-<code> (nome curto), issue-<code>-fix (um passo para a foto do documento)

issue-blurry = Borrada
issue-blurry-fix = A foto está borrada: limpe a lente, toque no documento na tela para focar e segure o celular firme.
issue-glare = Reflexo
# $where é uma das frases region-* abaixo, por exemplo "o canto superior direito".
issue-glare-fix = Um ponto de brilho cobre { $where } do documento: desligue o flash e incline um pouco o documento até o reflexo sumir.
issue-too_dark = Escura demais
issue-too_dark-fix = A foto está escura demais: vá para um lugar com luz forte e uniforme, por exemplo perto de uma janela. Não use o flash.
issue-too_bright = Clara demais
issue-too_bright-fix = A foto está estourada: saia da luz direta, desligue o HDR e toque no documento na tela para ajustar a exposição.
issue-cut_off = Cortada
issue-cut_off-fix = Parte do documento ficou fora da foto: afaste o celular até os quatro cantos aparecerem, com uma pequena margem em volta.
issue-too_small = Documento pequeno demais
issue-too_small-fix = O documento ocupa pouco espaço na foto: aproxime o celular até ele preencher a maior parte da imagem, com todos os cantos ainda visíveis.
issue-low_resolution = Baixa resolução
issue-low_resolution-fix = A foto tem poucos pixels para ler o texto: tire com a câmera principal, sem zoom, e envie a foto original, não uma cópia comprimida.
issue-tilted = Torta
issue-tilted-fix = O documento foi fotografado de lado: deixe-o deitado numa superfície plana e segure o celular bem em cima, paralelo ao documento.
issue-grayscale = Preto e branco
issue-grayscale-fix = A foto está em preto e branco: a OKX exige uma foto colorida. Desligue qualquer filtro e fotografe o original em cores.
issue-screen_photo = Print ou foto de tela
issue-screen_photo-fix = Isto parece um print ou uma foto de uma tela: fotografe o próprio documento físico com a câmera do celular.
issue-no_document = Nenhum documento encontrado
issue-no_document-fix = Não encontrei nenhum documento na foto: coloque o documento sobre uma superfície lisa, de cor contrastante, e faça com que ele ocupe a maior parte da imagem.
issue-mrz_unreadable = Zona de leitura mecânica ilegível
issue-mrz_unreadable-fix = Os sistemas de verificação leem as linhas com ‹‹‹ na parte de baixo do documento (a zona de leitura mecânica) e eu não consegui lê-las: a faixa inteira precisa aparecer na foto, nítida e sem reflexos. Chegue mais perto, segure o celular firme e incline o documento para evitar o reflexo da luz.
issue-document_uncertain = Bordas do documento pouco nítidas
issue-document_uncertain-fix = Não consegui ver com clareza as bordas do documento, então não verifiquei se ele está cortado, pequeno demais ou inclinado: coloque-o sobre uma superfície lisa e mais escura e tire a foto de novo.

## Problemas na selfie

issue-no_face = Nenhum rosto encontrado
issue-no_face-fix = Não encontrei nenhum rosto: olhe direto para a câmera, fique de frente para a luz e mantenha o rosto inteiro no enquadramento.
issue-multiple_faces = Vários rostos
issue-multiple_faces-fix = Há mais de um rosto na imagem: tire a selfie só com você na imagem, sem ninguém atrás.
issue-face_too_small = Rosto muito longe
issue-face_too_small-fix = Seu rosto está muito longe: aproxime o celular, na altura dos olhos, para o rosto preencher o oval.
issue-face_cut_off = Rosto cortado
issue-face_cut_off-fix = Parte do seu rosto ficou fora do enquadramento: mantenha a cabeça inteira, do queixo ao cabelo, dentro da imagem.
issue-face_off_center = Rosto fora do centro
issue-face_off_center-fix = Seu rosto está longe do centro: segure o celular bem à sua frente e mantenha o rosto no meio.
issue-backlit = Luz atrás de você
issue-backlit-fix = O fundo está muito mais claro que o seu rosto: vire-se de frente para a janela ou a lâmpada, em vez de ficar de costas para ela.
issue-uneven_light = Luz desigual
issue-uneven_light-fix = Um lado do seu rosto está bem mais escuro: fique de frente para a fonte de luz, para que os dois lados fiquem iluminados por igual.

## Variantes para selfie dos códigos que valem para os dois tipos de foto

issue-selfie-blurry-fix = A selfie está borrada: limpe a câmera frontal, segure o celular firme na altura dos olhos e se mexa devagar.
issue-selfie-too_dark-fix = A selfie está escura demais: vá para um lugar bem iluminado e fique de frente para a luz.
issue-selfie-too_bright-fix = A selfie está estourada: saia do sol direto ou da luz forte de lâmpadas e use uma luz suave e uniforme.
issue-selfie-grayscale-fix = A selfie está em preto e branco: desligue qualquer filtro ou efeito de cor da câmera.
issue-selfie-low_resolution-fix = A selfie tem poucos pixels: use a câmera do celular diretamente e envie a imagem original, não uma cópia comprimida.

## Onde no documento está o problema (usado como { $where } acima)

region-top_left = o canto superior esquerdo
region-top = a borda de cima
region-top_right = o canto superior direito
region-left = a borda esquerda
region-center = o meio
region-right = a borda direita
region-bottom_left = o canto inferior esquerdo
region-bottom = a borda de baixo
region-bottom_right = o canto inferior direito
# Quando o verificador não soube dizer onde.
region-unknown = parte

## Arquivos que não puderam ser analisados (códigos de erro de entrada do docs/contracts.md)

input-error-not_found = Não encontrei esse arquivo. Confira o caminho e tente de novo.
input-error-unsupported_format = Não consigo ler este formato de imagem (por exemplo, fotos HEIC do iPhone). Envie como foto normal no Telegram ou salve em JPEG: no iPhone, Ajustes → Câmera → Formatos → Mais Compatível.
input-error-corrupt = Não consegui ler esta imagem: o arquivo parece danificado ou incompleto. Tire uma foto nova e envie de novo.
input-error-too_large = Este arquivo é grande demais para eu verificar. Envie como foto normal em vez de arquivo, ou envie uma imagem menor.
input-error-too_many_pixels = Esta imagem tem mais pixels do que consigo verificar. Envie como foto normal, que o Telegram redimensiona, ou use uma resolução menor na câmera.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 O que seu documento diz (lido da zona de leitura mecânica; só você vê e nada é guardado):
mrz-block-surname = Sobrenome: { $value }
mrz-block-given = Nome: { $value }
mrz-block-birth = Data de nascimento: { $value }
mrz-block-expiry = Data de validade: { $value }
mrz-block-nationality = Nacionalidade: { $value }
mrz-block-number = Número do documento: { $value }
mrz-block-advice = Digite esses dados no formulário da OKX exatamente como estão impressos. O nome não tem dígito verificador: confira a grafia com o documento.
