# Motivos de recusa: rótulo do botão, o que a OKX quer dizer com isso e os passos para corrigir, em ordem.
# Veja locales/README.md. Os fatos vêm só de docs/kyc-knowledge.md.
# Os rótulos são botões: no máximo 30 caracteres.

## photo_blurry

reason-photo_blurry = Foto borrada ou ilegível
reason-photo_blurry-about = A foto do documento não estava nítida o suficiente para ser lida. A OKX pede uma foto nítida e legível do documento.
reason-photo_blurry-step-1 = Limpe a lente da câmera com um pano macio.
reason-photo_blurry-step-2 = Deixe o documento deitado numa superfície plana e segure o celular paralelo a ele, a uns 15–25 cm de distância.
reason-photo_blurry-step-3 = Use a câmera traseira principal, sem zoom digital, e toque no documento na tela para focar.
reason-photo_blurry-step-4 = Segure o celular firme, num lugar bem iluminado, enquanto tira a foto.
reason-photo_blurry-step-5 = Dê zoom no resultado: todos os caracteres precisam estar legíveis — e, no passaporte, também as duas linhas de leitura automática na parte de baixo.
reason-photo_blurry-step-6 = Envie a foto original da câmera, não uma cópia encaminhada ou comprimida.

## photo_glare

reason-photo_glare = Reflexo ou brilho
reason-photo_glare-about = Um reflexo forte escondeu parte do documento. A OKX pede uma foto sem reflexos, e a verificação dela falha quando há reflexo.
reason-photo_glare-step-1 = Desligue o flash.
reason-photo_glare-step-2 = Afaste-se de lâmpadas e do sol direto; a melhor luz é a luz do dia suave, vinda de lado.
reason-photo_glare-step-3 = Tire o documento de qualquer capa ou plástico protetor.
reason-photo_glare-step-4 = Incline um pouco o documento até não haver nenhum ponto de brilho sobre o texto, a foto ou o holograma.
reason-photo_glare-step-5 = Cartões plastificados refletem mais: tire várias fotos de ângulos diferentes e fique com a que não tem reflexo.

## photo_exposure

reason-photo_exposure = Escura ou clara demais
reason-photo_exposure-about = A foto estava escura demais ou estourada, e não dava para ler. A verificação de documentos da OKX falha com fotos superexpostas.
reason-photo_exposure-step-1 = Procure uma luz forte, uniforme e indireta, por exemplo perto de uma janela, mas sem sol direto.
reason-photo_exposure-step-2 = Evite luz forte atrás do documento e não deixe a sombra do celular cair sobre ele.
reason-photo_exposure-step-3 = Não tente compensar a falta de luz com o flash (ele causa reflexo); vá para um lugar mais claro.
reason-photo_exposure-step-4 = Se a foto sair estourada, desligue os modos HDR, noturno e beleza, e toque no documento na tela para ajustar a exposição.

## photo_cut_off

reason-photo_cut_off = Cortado ou coberto
reason-photo_cut_off-about = Parte do documento ficou fora da foto ou escondida. A OKX pede que todos os cantos apareçam e que nada cubra o documento, nem mesmo um dedo.
reason-photo_cut_off-step-1 = Enquadre o documento inteiro, com uma pequena margem em todos os lados, mas ocupando a maior parte da foto.
reason-photo_cut_off-step-2 = Confira se os quatro cantos aparecem: apoie o cartão numa mesa para nenhum dedo cobri-lo.
reason-photo_cut_off-step-3 = Use um fundo liso, que contraste com o documento.
reason-photo_cut_off-step-4 = Não corte a foto depois.
reason-photo_cut_off-step-5 = Passaporte: mostre a página de dados inteira, incluindo as duas linhas de leitura automática na parte de baixo.

## not_original

reason-not_original = Print, cópia ou edição
reason-not_original-about = A foto não era uma foto colorida do documento original. A OKX não aceita prints de tela, fotocópias, foto de foto nem imagens editadas.
reason-not_original-step-1 = Fotografe o próprio documento físico com a câmera do celular.
reason-not_original-step-2 = Não envie prints de tela, digitalizações, fotocópias, impressões, documentos digitais nem fotos de uma tela.
reason-not_original-step-3 = Envie uma foto colorida, nunca em preto e branco.
reason-not_original-step-4 = Não edite a foto: sem filtros, cortes, figurinhas, partes desfocadas ou anotações.
reason-not_original-step-5 = Tire uma foto nova em vez de reenviar a que foi recusada; alguns serviços de verificação marcam uma imagem que já foi recusada antes.

## wrong_document

reason-wrong_document = Documento ou lado errado
reason-wrong_document-about = O tipo de documento não é aceito, ou faltou um lado ou uma página. Os documentos que a OKX aceita dependem do seu país.
reason-wrong_document-step-1 = Escolha um tipo de documento que a OKX oferece para o seu país no formulário de verificação; vistos, carteirinhas de estudante e autorizações de trabalho não são documentos de identidade.
reason-wrong_document-step-2 = O país emissor do documento precisa ser o país que você selecionou.
reason-wrong_document-step-3 = Para carteira de identidade ou carteira de motorista, envie a frente e o verso em duas fotos, nunca o mesmo lado duas vezes.
reason-wrong_document-step-4 = Para passaporte, envie a página de dados com a sua foto e, se for pedido, outras páginas importantes.
reason-wrong_document-step-5 = Coloque cada arquivo no lugar certo: o documento de identidade onde é pedido o documento, o comprovante de endereço onde é pedido o endereço.

## document_invalid

reason-document_invalid = Documento inválido
reason-document_invalid-about = O próprio documento não foi aceito: vencido, sem assinatura, danificado ou sem uma foto nítida do titular. A OKX pede um documento válido e sem danos.
reason-document_invalid-step-1 = Confira a data de validade. Prefira um documento que ainda tenha prazo: alguns serviços de verificação recusam um que vence em menos de um mês.
reason-document_invalid-step-2 = Se o campo de assinatura do passaporte estiver vazio, assine antes de tirar a foto.
reason-document_invalid-step-3 = Confira se a foto do titular e a data de nascimento estão no documento e bem legíveis.
reason-document_invalid-step-4 = Se o documento estiver rachado, gasto, furado ou com um canto cortado, use outro documento válido ou tire uma nova via.
reason-document_invalid-step-5 = Se a OKX pedir um passaporte novo no seu país, renove-o primeiro.

## data_mismatch

reason-data_mismatch = Dados não conferem
reason-data_mismatch-about = O que você digitou no formulário (nome, data de nascimento, número do documento, nacionalidade) não confere com o documento.
reason-data_mismatch-step-1 = Compare cada campo que você digitou com o documento, um por um.
reason-data_mismatch-step-2 = Digite seu nome exatamente como está impresso: mesma grafia, mesma ordem, com os nomes do meio; sem apelidos e sem transliteração por conta própria.
reason-data_mismatch-step-3 = Se o formulário tiver um campo de nome no idioma local, digite o nome ali no mesmo alfabeto do documento.
reason-data_mismatch-step-4 = Data de nascimento: confira a ordem do dia e do mês.
reason-data_mismatch-step-5 = Número do documento: completo e sem espaços; não confunda O com 0 nem I com 1.
reason-data_mismatch-step-6 = Se você tem duas nacionalidades, escolha a nacionalidade do documento que está enviando.
reason-data_mismatch-step-7 = País de residência: onde você realmente mora.
reason-data_mismatch-step-8 = Se não der mais para editar os dados, peça ao suporte da OKX para corrigi-los.

## selfie_failed

reason-selfie_failed = Falha na selfie
reason-selfie_failed-about = A leitura facial não pôde ser concluída ou o rosto não ficou nítido o bastante. A OKX pede o rosto inteiro dentro do oval, com boa luz e sem tremer.
reason-selfie_failed-step-1 = Fique de frente para a luz: nada de janela ou lâmpada atrás de você.
reason-selfie_failed-step-2 = Tire boné, chapéu, máscara ou óculos escuros, e afaste o cabelo do rosto.
reason-selfie_failed-step-3 = Segure o celular na altura dos olhos, com o rosto dentro do oval.
reason-selfie_failed-step-4 = Fique parado e, quando o app pedir, vire a cabeça devagar.
reason-selfie_failed-step-5 = Permita o acesso à câmera, atualize o app da OKX e feche os outros apps; se ainda falhar, tente com outro celular.
reason-selfie_failed-step-6 = Faça você mesmo: só o titular da conta pode fazer a verificação facial.

## face_mismatch

reason-face_mismatch = Rosto não confere
reason-face_mismatch-about = O rosto da selfie não foi reconhecido como o mesmo da foto do documento.
reason-face_mismatch-step-1 = Só o titular da conta pode tirar a selfie.
reason-face_mismatch-step-2 = Use o seu documento mais recente, para que a foto se pareça com você hoje.
reason-face_mismatch-step-3 = Confira se a foto do titular, na imagem do documento, está nítida e sem reflexo.
reason-face_mismatch-step-4 = Mantenha uma expressão neutra, sem óculos nem chapéu.
reason-face_mismatch-step-5 = Se ainda falhar, fale com o suporte da OKX: alguns serviços de verificação tratam rosto diferente como recusa definitiva.

## duplicate_identity

reason-duplicate_identity = ID já verificado
reason-duplicate_identity-about = Esta identidade já está verificada em outra conta da OKX. A OKX permite uma conta por pessoa, então reenviar não vai adiantar.
reason-duplicate_identity-step-1 = A OKX permite uma conta por pessoa, e a sua identidade está vinculada a outra conta.
reason-duplicate_identity-step-2 = Entre nessa conta ou recupere o acesso a ela pela opção de recuperação de conta da OKX.
reason-duplicate_identity-step-3 = Se você não conhece essa conta (alguém pode ter usado seu documento), fale com o suporte da OKX informando seu UID.
reason-duplicate_identity-step-4 = Nunca use o documento de outra pessoa e nunca empreste o seu.

## not_eligible

reason-not_eligible = Região ou elegibilidade
reason-not_eligible-about = A OKX não pode verificar você nesta conta, por exemplo por causa do lugar onde você mora. Reenviar não vai mudar isso.
reason-not_eligible-step-1 = Leia a seção 2.2 dos Termos de Serviço da OKX e veja qual entidade da OKX atende o seu país de residência.
reason-not_eligible-step-2 = A elegibilidade depende de onde você mora, não só da sua cidadania.
reason-not_eligible-step-3 = Não use VPN nem informe uma residência falsa.
reason-not_eligible-step-4 = Se achar que é um erro (por exemplo, porque você se mudou), fale com o suporte da OKX com seu UID e um comprovante de residência, e não fique reenviando.

## address_proof

reason-address_proof = Comprovante de endereço
reason-address_proof-about = O comprovante de endereço não foi aceito. Ele precisa mostrar seu nome e seu endereço atual, o mesmo que você digitou no formulário.
reason-address_proof-step-1 = Use um documento que mostre seu nome e seu endereço residencial atual.
reason-address_proof-step-2 = O endereço precisa ser exatamente o que você digitou no formulário.
reason-address_proof-step-3 = Use um documento recente: emitido nos últimos 3 meses onde a OKX informa um prazo (por exemplo, na Arábia Saudita).
reason-address_proof-step-4 = Envie uma foto do original (a página inteira, com todos os cantos) ou o PDF do jeito que foi emitido; nada de prints.
reason-address_proof-step-5 = Não use endereço de caixa postal.

## unknown

reason-unknown = Nenhum motivo mostrado
reason-unknown-about = A OKX não mostrou um motivo para você. Normalmente ele está no e-mail ou SMS que a OKX enviou, junto com um link para enviar de novo.
reason-unknown-step-1 = Leia o e-mail ou SMS da OKX sobre a verificação: ele informa o motivo e traz o link para reenviar.
reason-unknown-step-2 = Abra a página de verificação no app da OKX e procure o motivo lá.
reason-unknown-step-3 = Se não encontrar, confira as causas mais comuns, nesta ordem: print, cópia ou foto em preto e branco; cantos faltando; foto borrada; reflexo; data de validade; os dados que você digitou; a selfie.
reason-unknown-step-4 = Envie a foto do seu documento e a selfie para este bot verificar.
reason-unknown-step-5 = Se continuar sem saber, ou se não houver resultado depois de 24 horas, fale com o suporte da OKX.
reason-invalid-expiry = Validade inválida
