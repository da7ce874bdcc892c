# Motivos de recusa: texto do botão, o que a OKX quer dizer com isso e os passos para corrigir, por ordem.
# Ver locales/README.md. Os factos vêm apenas de docs/kyc-knowledge.md.
# Os textos dos botões devem ter no máximo 30 caracteres.

## photo_blurry

reason-photo_blurry = Desfocada ou ilegível
reason-photo_blurry-about = A fotografia do documento não estava suficientemente nítida para ser lida. A OKX pede uma fotografia nítida e legível do documento.
reason-photo_blurry-step-1 = Limpe a lente da câmara com um pano macio.
reason-photo_blurry-step-2 = Pouse o documento numa superfície plana e segure o telemóvel paralelo a ele, a cerca de 15–25 cm.
reason-photo_blurry-step-3 = Use a câmara traseira principal, sem zoom digital, e toque no documento no ecrã para focar.
reason-photo_blurry-step-4 = Segure o telemóvel firme, com boa luz, enquanto tira a fotografia.
reason-photo_blurry-step-5 = Amplie o resultado: todos os caracteres têm de estar legíveis — e, no passaporte, também as duas linhas de leitura automática em baixo.
reason-photo_blurry-step-6 = Carregue a fotografia original da câmara, não uma cópia reencaminhada ou comprimida.

## photo_glare

reason-photo_glare = Reflexos ou brilho
reason-photo_glare-about = Um reflexo forte escondeu parte do documento. A OKX pede uma fotografia sem reflexos, e a verificação falha quando os há.
reason-photo_glare-step-1 = Desligue o flash.
reason-photo_glare-step-2 = Afaste-se de candeeiros e do sol direto; a melhor luz é a luz do dia suave, vinda de lado.
reason-photo_glare-step-3 = Tire o documento de qualquer capa ou bolsa de plástico.
reason-photo_glare-step-4 = Incline ligeiramente o documento até não haver nenhum ponto de brilho sobre o texto, a fotografia ou o holograma.
reason-photo_glare-step-5 = Os cartões plastificados são os que mais refletem: tire várias fotografias de ângulos diferentes e fique com a que não tem reflexos.

## photo_exposure

reason-photo_exposure = Muito escura ou clara
reason-photo_exposure-about = A fotografia estava demasiado escura ou queimada para ser lida. A verificação de documentos da OKX falha com fotografias sobre-expostas.
reason-photo_exposure-step-1 = Procure luz forte, uniforme e indireta, por exemplo junto a uma janela, mas sem sol direto.
reason-photo_exposure-step-2 = Evite luz forte por trás do documento e não deixe a sombra do telemóvel cair sobre ele.
reason-photo_exposure-step-3 = Não tente compensar uma fotografia escura com o flash (provoca reflexos); vá antes para um sítio mais iluminado.
reason-photo_exposure-step-4 = Se a fotografia sair queimada, desligue os modos HDR, noturno e beleza, e toque no documento no ecrã para ajustar a exposição.

## photo_cut_off

reason-photo_cut_off = Cortado ou tapado
reason-photo_cut_off-about = Parte do documento ficou fora da fotografia ou escondida. A OKX pede que todos os cantos sejam visíveis e que nada tape o documento, nem sequer um dedo.
reason-photo_cut_off-step-1 = Enquadre o documento inteiro, com uma pequena margem de todos os lados, mas de forma a ocupar a maior parte da imagem.
reason-photo_cut_off-step-2 = Confirme que os quatro cantos estão visíveis: pouse o cartão numa mesa para nenhum dedo o tapar.
reason-photo_cut_off-step-3 = Use um fundo liso, que contraste com o documento.
reason-photo_cut_off-step-4 = Não recorte a fotografia depois.
reason-photo_cut_off-step-5 = Passaporte: mostre a página de dados inteira, incluindo as duas linhas de leitura automática em baixo.

## not_original

reason-not_original = Captura, cópia ou edição
reason-not_original-about = A fotografia não era uma fotografia a cores do documento original. A OKX não aceita capturas de ecrã, fotocópias, fotografias de uma fotografia nem imagens editadas.
reason-not_original-step-1 = Fotografe o próprio documento físico com a câmara do telemóvel.
reason-not_original-step-2 = Não envie capturas de ecrã, digitalizações, fotocópias, impressões, documentos digitais nem fotografias de um ecrã.
reason-not_original-step-3 = Envie uma fotografia a cores, nunca a preto e branco.
reason-not_original-step-4 = Não edite a fotografia: sem filtros, recortes, autocolantes, zonas desfocadas nem anotações.
reason-not_original-step-5 = Tire uma fotografia nova em vez de voltar a carregar a que foi recusada; alguns serviços de verificação assinalam uma imagem que já foi recusada.

## wrong_document

reason-wrong_document = Documento ou lado errado
reason-wrong_document-about = O tipo de documento não é aceite, ou faltou um lado ou uma página. Os documentos que a OKX aceita dependem do seu país.
reason-wrong_document-step-1 = Escolha um tipo de documento que a OKX disponibilize para o seu país no formulário de verificação; vistos, cartões de estudante e autorizações de trabalho não são documentos de identificação.
reason-wrong_document-step-2 = O país emissor do documento tem de ser o país que selecionou.
reason-wrong_document-step-3 = No caso de um cartão de identificação ou de uma carta de condução, envie a frente e o verso em duas fotografias, nunca o mesmo lado duas vezes.
reason-wrong_document-step-4 = No caso do passaporte, envie a página de dados com a sua fotografia e, se lhe forem pedidas, outras páginas importantes.
reason-wrong_document-step-5 = Coloque cada ficheiro no sítio certo: o documento de identificação onde é pedida a identificação, o comprovativo de morada onde é pedida a morada.

## document_invalid

reason-document_invalid = Documento inválido
reason-document_invalid-about = O próprio documento não foi aceite: caducado, sem assinatura, danificado ou sem uma fotografia do titular nítida. A OKX pede um documento válido e sem danos.
reason-document_invalid-step-1 = Verifique a data de validade. Prefira um documento que ainda tenha validade pela frente: alguns serviços de verificação recusam um que caduque dentro de um mês.
reason-document_invalid-step-2 = Se o campo da assinatura do passaporte estiver vazio, assine-o antes de tirar a fotografia.
reason-document_invalid-step-3 = Confirme que a fotografia do titular e a data de nascimento estão presentes e bem legíveis.
reason-document_invalid-step-4 = Se o documento estiver rachado, gasto, furado ou com um canto cortado, use outro documento válido ou renove-o.
reason-document_invalid-step-5 = Se a OKX pedir um passaporte novo no seu país, renove-o primeiro.

## data_mismatch

reason-data_mismatch = Dados não coincidem
reason-data_mismatch-about = O que escreveu no formulário (nome, data de nascimento, número do documento, nacionalidade) não coincide com o documento.
reason-data_mismatch-step-1 = Compare cada campo que preencheu com o documento, um a um.
reason-data_mismatch-step-2 = Escreva o nome exatamente como está impresso: a mesma grafia, a mesma ordem, com os nomes do meio; sem alcunhas e sem transliterações feitas por si.
reason-data_mismatch-step-3 = Se o formulário tiver um campo para o nome na língua local, escreva-o aí no mesmo alfabeto do documento.
reason-data_mismatch-step-4 = Data de nascimento: verifique a ordem do dia e do mês.
reason-data_mismatch-step-5 = Número do documento: completo e sem espaços; não confunda O com 0 nem I com 1.
reason-data_mismatch-step-6 = Se tiver duas nacionalidades, escolha a nacionalidade do documento que está a carregar.
reason-data_mismatch-step-7 = País de residência: onde vive realmente.
reason-data_mismatch-step-8 = Se já não conseguir editar os dados, peça ao suporte da OKX que os corrija.

## selfie_failed

reason-selfie_failed = Falha na selfie
reason-selfie_failed-about = A leitura facial não foi concluída ou o rosto não estava suficientemente nítido. A OKX pede o rosto inteiro dentro da oval, com boa luz e sem tremer.
reason-selfie_failed-step-1 = Fique de frente para a luz: nada de janelas ou candeeiros atrás de si.
reason-selfie_failed-step-2 = Tire o chapéu, o boné, a máscara ou os óculos de sol, e afaste o cabelo da cara.
reason-selfie_failed-step-3 = Segure o telemóvel à altura dos olhos, com o rosto dentro da oval.
reason-selfie_failed-step-4 = Fique quieto e, quando a aplicação pedir, rode a cabeça devagar.
reason-selfie_failed-step-5 = Dê acesso à câmara, atualize a aplicação da OKX e feche as outras aplicações; se continuar a falhar, experimente outro telemóvel.
reason-selfie_failed-step-6 = Faça-o pessoalmente: só o titular da conta pode fazer a verificação facial.

## face_mismatch

reason-face_mismatch = Rosto não coincide
reason-face_mismatch-about = O rosto da selfie não foi reconhecido como o mesmo da fotografia do documento.
reason-face_mismatch-step-1 = Só o titular da conta pode tirar a selfie.
reason-face_mismatch-step-2 = Use o seu documento mais recente, para que a fotografia se pareça consigo hoje.
reason-face_mismatch-step-3 = Confirme que a fotografia do titular, na imagem do documento, está nítida e sem reflexos.
reason-face_mismatch-step-4 = Mantenha uma expressão neutra, sem óculos nem chapéu.
reason-face_mismatch-step-5 = Se continuar a falhar, contacte o suporte da OKX: alguns serviços de verificação tratam um rosto que não coincide como recusa definitiva.

## duplicate_identity

reason-duplicate_identity = ID já verificado
reason-duplicate_identity-about = Esta identidade já está verificada noutra conta da OKX. A OKX permite uma conta por pessoa, por isso voltar a submeter não vai ajudar.
reason-duplicate_identity-step-1 = A OKX permite uma conta por pessoa, e a sua identidade está associada a outra conta.
reason-duplicate_identity-step-2 = Inicie sessão nessa conta ou recupere-a através da recuperação de conta da OKX.
reason-duplicate_identity-step-3 = Se não conhece essa conta (alguém pode ter usado o seu documento), contacte o suporte da OKX e indique o seu UID.
reason-duplicate_identity-step-4 = Nunca use o documento de outra pessoa e nunca empreste o seu.

## not_eligible

reason-not_eligible = Região ou elegibilidade
reason-not_eligible-about = A OKX não pode verificá-lo nesta conta, por exemplo por causa do sítio onde vive. Voltar a submeter não vai mudar isso.
reason-not_eligible-step-1 = Leia a secção 2.2 dos Termos de Serviço da OKX e veja que entidade da OKX serve o seu país de residência.
reason-not_eligible-step-2 = A elegibilidade depende do sítio onde vive, e não apenas da sua nacionalidade.
reason-not_eligible-step-3 = Não use VPN nem indique uma residência falsa.
reason-not_eligible-step-4 = Se achar que é um erro (por exemplo, porque mudou de país), contacte o suporte da OKX com o seu UID e um comprovativo de residência, e não continue a submeter.

## address_proof

reason-address_proof = Comprovativo de morada
reason-address_proof-about = O comprovativo de morada não foi aceite. Tem de mostrar o seu nome e a sua morada atual, a mesma que escreveu no formulário.
reason-address_proof-step-1 = Use um documento que mostre o seu nome e a sua morada de residência atual.
reason-address_proof-step-2 = A morada tem de ser exatamente a que escreveu no formulário.
reason-address_proof-step-3 = Use um documento recente: emitido nos últimos 3 meses onde a OKX indica um prazo (por exemplo, na Arábia Saudita).
reason-address_proof-step-4 = Envie uma fotografia do original (a página inteira, com todos os cantos) ou o PDF tal como foi emitido; nada de capturas de ecrã.
reason-address_proof-step-5 = Não use uma morada de apartado.

## unknown

reason-unknown = Nenhum motivo indicado
reason-unknown-about = A OKX não lhe mostrou nenhum motivo. Normalmente, vem no e-mail ou SMS que a OKX enviou, juntamente com uma ligação para voltar a submeter.
reason-unknown-step-1 = Leia o e-mail ou SMS da OKX sobre a verificação: indica o motivo e tem a ligação para voltar a submeter.
reason-unknown-step-2 = Abra a página de verificação na aplicação da OKX e procure lá o motivo.
reason-unknown-step-3 = Caso contrário, reveja as causas mais comuns, por esta ordem: captura de ecrã, cópia ou fotografia a preto e branco; cantos em falta; fotografia desfocada; reflexos; data de validade; os dados que escreveu; a selfie.
reason-unknown-step-4 = Envie a fotografia do seu documento e a selfie a este bot para as verificar.
reason-unknown-step-5 = Se continuar sem perceber, ou se não houver resultado ao fim de 24 horas, contacte o suporte da OKX.
reason-invalid-expiry = Validade inválida
