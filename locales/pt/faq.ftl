# As perguntas frequentes: faq-<id>-q (a pergunta; também é texto de botão, por isso curta), faq-<id>-a (a
# resposta, texto simples, fácil de ler no telemóvel, no máximo ~900 caracteres), faq-<id>-keys (palavras e
# expressões separadas por vírgulas que as pessoas usam para esta pergunta NESTA língua, com sinónimos, calão
# e erros de escrita comuns; o motor de pesquisa de texto livre indexa-as).
# Os factos vêm apenas de docs/kyc-knowledge.md. Onde a OKX não publica uma regra, dizemo-lo.

faq-common_causes-q = Porque é que me recusaram?
faq-common_causes-a = As causas mais comuns, mais ou menos pela ordem em que vale a pena verificá-las:
    1. Uma captura de ecrã, fotocópia, fotografia de um ecrã ou fotografia a preto e branco em vez de uma fotografia a cores do original.
    2. Um canto cortado ou tapado por um dedo.
    3. Uma fotografia desfocada.
    4. Reflexos sobre o texto ou a fotografia do titular.
    5. Um documento caducado ou danificado.
    6. Dados preenchidos (nome, data de nascimento, número do documento) diferentes dos do documento.
    7. Uma selfie falhada: sítio escuro, mão a tremer, rosto fora da oval.
    8. Uma identidade já usada noutra conta, ou um país de residência que a OKX não pode servir.
    O e-mail da OKX indica o motivo. Diga-me qual é e dou-lhe uma checklist.
faq-common_causes-keys = porque foi recusada, porque recusaram, porque é que foi recusado, verificação recusada, verificacao recusada, kyc recusado, kyc rejeitado, kyc falhou, verificação falhou, verificação rejeitada, rejeitaram, chumbou, chumbaram, chumbado, indeferido, não foi aprovado, nao aprovado, não passou, nao passou, motivo da recusa, o que correu mal, o que está mal, falhou outra vez, recusado de novo

faq-no_reason_shown-q = Não vejo o motivo da recusa
faq-no_reason_shown-a = A OKX envia o motivo da falha por e-mail, com uma ligação para voltar a submeter. Procure uma mensagem da OKX na caixa de entrada e na pasta de spam, e veja também as SMS e a página de verificação na aplicação da OKX. Se mesmo assim não encontrar o motivo, escolha "Não foi indicado motivo" neste bot: percorro consigo as causas mais comuns e verifico as suas fotografias.
faq-no_reason_shown-keys = sem motivo, nenhum motivo, não mostra o motivo, nao mostra motivo, não sei o motivo, não sei porquê, nao sei porque, sem explicação, sem explicacao, não disseram porquê, só diz que falhou, onde vejo o motivo, como ver o motivo, o motivo não aparece, não recebi e-mail, nao recebi email, motivo desconhecido, recusado sem motivo, qual é o motivo, não diz nada

faq-review_time-q = Quanto tempo demora a análise?
faq-review_time-a = Quando é preciso uma análise adicional, a OKX diz que demora até 24 horas, e mais em períodos de grande procura. Recebe o resultado por SMS ou e-mail. Se ao fim de 24 horas não tiver nenhuma resposta, contacte o Centro de Suporte da OKX ou o chatbot de IA na aplicação.
faq-review_time-keys = quanto tempo, quanto tempo demora, quanto tempo leva, demora quanto, prazo, prazo da verificação, tempo de análise, tempo de analise, em análise, em analise, pendente, ainda pendente, ainda em análise, quantas horas, quantos dias, quando fico verificado, quando é aprovado, quando sai o resultado, kyc pendente, verificação pendente, está a demorar, esta a demorar muito, demora muito, em revisão

faq-no_result_24h-q = Sem resultado ao fim de 24 horas
faq-no_result_24h-a = A OKX diz que uma análise que precisa de verificações extra pode demorar até 24 horas, e mais nas horas de maior movimento. Se já passaram mais de 24 horas, contacte o Centro de Suporte da OKX ou o chatbot de IA na aplicação da OKX, e indique o seu UID. Entretanto, não submeta um segundo pedido; procure primeiro o resultado no seu e-mail (e no spam) e nas SMS.
faq-no_result_24h-keys = sem resultado, sem resposta, nenhuma resposta, mais de 24 horas, passaram 24 horas, depois de 24h, 24h, 48 horas, 2 dias, dois dias, 3 dias, três dias, uma semana, ainda à espera, ainda a espera, encravado, pendurado, preso em análise, parado em análise, não acontece nada, ninguém responde, ninguem responde, pendente há dias, até agora nada, ainda nada

faq-resubmit_timing-q = Quando posso voltar a submeter?
faq-resubmit_timing-a = A OKX não publica um tempo de espera fixo antes de poder submeter outra vez. Envia-lhe o motivo por e-mail, com uma ligação para voltar a submeter. Corrija primeiro a causa e tire fotografias novas: enviar outra vez a imagem recusada raramente ajuda, e alguns serviços de verificação assinalam-na. Se a sua conta mostrar um tempo de espera, aguarde; algumas outras plataformas de negociação usam períodos de espera após tentativas falhadas. Se o botão para voltar a submeter não aparecer, contacte o suporte da OKX.
faq-resubmit_timing-keys = quando posso voltar a submeter, voltar a submeter, submeter outra vez, submeter de novo, enviar outra vez, enviar de novo, tentar outra vez, tentar de novo, quando posso tentar, quanto tempo esperar, esperar para tentar, tempo de espera, nova tentativa, refazer a verificação, refazer kyc, fazer outra vez, reenviar documentos, carregar outra vez, botão para submeter, ressubmeter, resubmeter, reenviar

faq-repeated_retries-q = Há limite de tentativas?
faq-repeated_retries-a = A OKX não publica um limite de tentativas de verificação nem um tempo de bloqueio. A mensagem sobre o "número máximo de tentativas de verificação facial" diz respeito às passkeys da OKX, não à verificação de identidade. Alguns serviços de verificação limitam as repetições, por isso trate cada tentativa como valiosa: corrija a causa antes de tentar outra vez. Depois de várias falhas seguidas, pare e contacte o suporte da OKX com o seu UID.
faq-repeated_retries-keys = limite, limite de tentativas, quantas tentativas, quantas vezes, tentativas restantes, número de tentativas, numero de tentativas, máximo de tentativas, maximo de tentativas, demasiadas tentativas, muitas tentativas, tentei várias vezes, tentei varias vezes, falhou 3 vezes, falha sempre, bloqueado, bloqueada, conta bloqueada, banido, última tentativa, ultima tentativa, tentativas, tentativa

faq-permanent_rejection-q = A recusa é definitiva?
faq-permanent_rejection-a = A maioria das recusas não é definitiva: problemas de qualidade da fotografia, do documento e dos dados preenchidos podem ser corrigidos e submetidos outra vez. Algumas são definitivas, e voltar a submeter não muda nada: uma identidade já verificada noutra conta, um país de residência que a OKX não pode servir e suspeita de fraude. Nesses casos, contacte o suporte da OKX em vez de tentar outra vez.
faq-permanent_rejection-keys = definitivo, definitiva, recusa definitiva, recusado para sempre, para sempre, nunca mais, nunca vou conseguir, já não posso verificar, ja nao posso, acabaram as tentativas, ainda posso verificar, ainda dá para verificar, acabou, já era, ja era, banido para sempre, sem solução, sem solucao, não tem solução, não há nada a fazer, decisão final

faq-clear_but_failed-q = Foto nítida, mas recusada
faq-clear_but_failed-a = Uma fotografia que parece boa no seu ecrã pode falhar na mesma. Causas escondidas típicas: uma fotografia de um ecrã (riscas ténues), reflexos num cartão plastificado que só se notam ao ampliar, um dedo num canto, ou a mesma imagem recusada enviada outra vez. E pode nem ser a fotografia: compare os dados que preencheu com o documento. Envie-me a fotografia e eu verifico-a.
faq-clear_but_failed-keys = a foto estava nítida, foto nitida, foto boa recusada, foto perfeita, a foto estava boa, não tinha nada de mal, nada de errado na foto, boa qualidade, alta qualidade, estava tudo bem e recusaram, fiz tudo bem, fiz tudo certo, sem razão para recusar, foto ok mas falhou, foto clara, lia-se tudo, legível, legivel, porque recusaram se estava boa

faq-blurry_photo-q = Foto desfocada: como resolver?
faq-blurry_photo-a = A OKX precisa de uma fotografia nítida e legível. Limpe a lente; pouse o documento numa superfície plana e segure o telemóvel paralelo a ele, a cerca de 15–25 cm; use a câmara traseira principal sem zoom e toque no ecrã para focar; fique quieto, com boa luz. Depois amplie o resultado: todos os caracteres têm de estar legíveis, e no passaporte também as duas linhas em baixo. Carregue a fotografia original, não uma cópia reencaminhada ou comprimida.
faq-blurry_photo-keys = desfocada, desfocado, desfoque, focada, fora de foco, sem foco, não foca, nao foca, tremida, tremeu, baça, embaciada, borrada, ilegível, ilegivel, não se lê, nao se le, não dá para ler, má qualidade, ma qualidade, pouca qualidade, foto má, pixelizada, granulada

faq-glare-q = Como evitar reflexos e brilho?
faq-glare-a = A OKX precisa de uma fotografia sem reflexos. Desligue o flash; afaste-se de candeeiros e do sol direto e use luz do dia suave, vinda de lado; tire o documento de capas ou bolsas de plástico; incline-o ligeiramente até não haver nenhum ponto de brilho sobre o texto, a fotografia ou o holograma. Os cartões plastificados são os mais difíceis: tire várias fotografias de ângulos diferentes e fique com a que ficou limpa.
faq-glare-keys = reflexo, reflexos, reflete, brilho, brilha, ponto branco, mancha branca, mancha de luz, clarão, flash, holograma, plastificado, plastificada, cartão de plástico, plástico, luz a refletir, reflexo do sol, reflexo do candeeiro, reflexo na foto, relfexo, reflexso

faq-cropped_edges-q = Cantos cortados ou tapados
faq-cropped_edges-a = A OKX precisa dos quatro cantos visíveis e de nada a tapar o documento, nem sequer um dedo. Pouse o documento numa mesa lisa, de cor contrastante; enquadre-o inteiro, com uma pequena margem de todos os lados, mas a ocupar a maior parte da fotografia; não recorte a fotografia depois. No passaporte, mostre a página de dados inteira, incluindo as duas linhas em baixo.
faq-cropped_edges-keys = cantos, canto, canto cortado, cortado, cortada, cortou, recortado, recortar, margens, margem, bordas, falta uma parte, não aparece inteiro, nao aparece inteiro, aparece a meio, parte do documento em falta, dedo, dedo na foto, tapado, coberto, escondido, documento inteiro, documento completo, enquadrar

faq-screenshot_or_copy-q = Captura de ecrã, scan ou cópia?
faq-screenshot_or_copy-a = Não. A OKX não aceita capturas de ecrã de nenhum tipo, nem fotocópias, digitalizações, impressões, fotografias de uma fotografia ou de um ecrã, nem imagens editadas. Tire uma fotografia nova, a cores, do documento físico com a câmara do telemóvel, e não a edite.
faq-screenshot_or_copy-keys = captura de ecrã, captura, print, printscreen, screenshot, digitalização, digitalizado, scan, scanner, cópia, copia, fotocópia, fotocopia, impressão, impresso, foto de uma foto, foto do ecrã, documento digital, cartão de cidadão digital, editado, editada, photoshop, foto da galeria, foto antiga, pdf do documento

faq-color_photo-q = A foto tem de ser a cores?
faq-color_photo-a = Sim. A OKX pede uma fotografia a cores do documento original. Fotografias a preto e branco, filtros em tons de cinzento e fotocópias são recusados. Desligue qualquer filtro ou efeito de cor e fotografe o documento com as cores normais.
faq-color_photo-keys = a cores, cores, cor, colorida, colorido, preto e branco, preto branco, p&b, pb, tons de cinzento, tons de cinza, escala de cinzentos, cinzento, cinza, monocromática, monocromatico, filtro, foto a cores, sem cor, sem cores

faq-send_as_file-q = Foto ou ficheiro para este bot?
faq-send_as_file-a = As duas formas funcionam. O Telegram volta a comprimir uma imagem enviada como "fotografia", o que pode esconder pormenores finos; enviada como "ficheiro" (clipe → Ficheiro), o original mantém-se e a minha verificação fica mais precisa. O Telegram permite que os bots descarreguem ficheiros até 20 MB. Isto aplica-se apenas ao envio de imagens para este bot; na OKX, carrega-as através da aplicação ou do site da própria OKX.
faq-send_as_file-keys = enviar como ficheiro, como ficheiro, como documento, sem compressão, sem compressao, comprimida, compressão, o telegram comprime, o telegram estraga a qualidade, qualidade original, enviar foto, como enviar a foto, como mandar a foto, mandar foto ao bot, anexar, anexo, clipe, enviar imagem, ficheiro ou foto, perde qualidade, perdeu qualidade

faq-file_format_size-q = Que formato e tamanho de ficheiro?
faq-file_format_size-a = A OKX não publica nenhum limite de tamanho nem de formato de ficheiro para a verificação de particulares; a regra de PDF até 20 MB que pode encontrar é para contas institucionais (empresas). Outros serviços têm limites, por exemplo a Kraken abaixo de 5 MB e a Onfido abaixo de 10 MB, por isso uma fotografia normal da câmara (JPEG) é a opção segura. Tire a fotografia dentro da aplicação da OKX quando ela oferecer a câmara.
faq-file_format_size-keys = tamanho do ficheiro, tamanho máximo, tamanho maximo, limite de tamanho, demasiado grande, muito grande, ficheiro grande demais, ficheiro pesado, mb, megas, formato, formato do ficheiro, jpg, jpeg, png, pdf, heic, heif, que formato, erro ao carregar, não consigo carregar, nao consigo enviar, não carrega, resolução

faq-both_sides-q = Preciso dos dois lados?
faq-both_sides-a = Sim. A OKX pede a frente e o verso do documento, e todas as páginas com informações importantes. Envie duas fotografias separadas, uma de cada lado, e nunca o mesmo lado duas vezes. No passaporte, envie a página de dados com a sua fotografia e, se lhe forem pedidas, outras páginas.
faq-both_sides-keys = os dois lados, dois lados, ambos os lados, frente e verso, verso, parte de trás, atrás, outro lado, segundo lado, verso do cartão, verso do cartão de cidadão, verso do cc, verso da carta, mesmo lado duas vezes, páginas, paginas, que página, página do passaporte, página de dados, página com foto

faq-accepted_documents-q = Que documentos são aceites?
faq-accepted_documents-a = A OKX aceita passaporte, cartão de identificação nacional, carta de condução ou outro documento de identificação com fotografia emitido pelo Estado, mas as opções exatas dependem do seu país: o formulário de verificação mostra as do seu. O documento tem de mostrar o nome completo, a data de nascimento, as datas de emissão e de validade e uma fotografia nítida, e não pode estar caducado. O cartão de eleitor pode não ser aceite em alguns países; vistos, cartões de estudante e autorizações de trabalho não são documentos de identificação.
faq-accepted_documents-keys = documentos aceites, documentos aceitos, que documentos, qual documento, tipos de documento, cartão de cidadão, cartao de cidadao, cc, bi, bilhete de identidade, carta de condução, carta de conducao, passaporte, título de residência, autorização de residência, documento com foto, posso usar, serve, documento válido, documento oficial, o que preciso, documentos necessários, documento aceite

faq-unsupported_document-q = O meu documento não é aceite
faq-unsupported_document-a = Os documentos que a OKX aceita dependem do seu país. Escolha um tipo de documento que o formulário de verificação ofereça para o seu país, emitido pelo país que selecionou. O cartão de eleitor pode não ser aceite em alguns países, e vistos, cartões de estudante e autorizações de trabalho não são aceites como documentos de identificação. Se o seu documento não for aceite, use um passaporte ou um cartão de identificação nacional.
faq-unsupported_document-keys = não aceite, nao aceite, não aceito, documento não aceite, documento não suportado, não é aceite, não serve, nao serve, tipo de documento inválido, documento errado, cartão de eleitor, cartao de eleitor, cartão de estudante, visto, autorização de trabalho, manifestação de interesse, cartão de contribuinte, cartão militar, cartão bancário, documento recusado, documento de outro país, passaporte estrangeiro

faq-expired_document-q = Posso usar um documento caducado?
faq-expired_document-a = Não. A OKX recusa documentos caducados. Use outro documento válido ou renove o caducado. Prefira um documento que ainda tenha alguma validade pela frente: alguns serviços de verificação também recusam documentos que caducam dentro de um mês.
faq-expired_document-keys = caducado, caducada, caducou, caducidade, validade, data de validade, expirado, expirada, expirou, fora de validade, fora do prazo, passaporte caducado, cartão de cidadão caducado, cc caducado, carta caducada, documento antigo, válido até, valido ate, vai caducar, caduca em breve, renovar, renovação, vencido

faq-damaged_document-q = O meu documento está danificado
faq-damaged_document-a = A OKX pede um documento sem danos. Um documento rachado, gasto, furado ou com um canto cortado, ou em que a fotografia ou os dados não se consigam ler, normalmente é recusado. Use outro documento válido, se tiver, ou renove o danificado.
faq-damaged_document-keys = danificado, danificada, estragado, estragada, partido, partida, rachado, rasgado, rasgada, gasto, desgastado, riscado, apagado, desbotado, a descascar, dobrado, amachucado, furado, canto cortado, molhado, plastificação a descolar, documento velho, cartão partido, cc danificado

faq-unsigned_passport-q = Passaporte não assinado
faq-unsigned_passport-a = A OKX considera inválido um passaporte com o campo da assinatura vazio. Assine-o no campo da assinatura e depois tire-lhe uma fotografia nova.
faq-unsigned_passport-keys = assinatura, assinar, assinado, sem assinatura, não assinado, nao assinado, não assinei, nao assinei, assinar o passaporte, campo da assinatura, falta a assinatura, onde assinar, assinatura do titular, asinatura, assinatura em branco, passaporte sem assinatura

faq-name_mismatch-q = O meu nome não coincide
faq-name_mismatch-a = Escreva o seu nome exatamente como está impresso no documento: a mesma grafia, a mesma ordem, com todos os nomes do meio, sem alcunhas e sem transliterações feitas por si. Se o formulário tiver um campo para o nome na língua local, escreva-o aí no mesmo alfabeto do documento. Se já não conseguir editar o nome, peça ao suporte da OKX que o corrija.
faq-name_mismatch-keys = nome, nome diferente, nome não coincide, nome nao coincide, nome não corresponde, nome errado, erro no nome, escrevi mal o nome, gralha no nome, grafia, apelido, apelidos, sobrenome, nomes do meio, nome completo, nome de solteira, nome de casada, acentos no nome, nome abreviado, ordem dos nomes, mudar o nome, corrigir o nome, editar o nome

faq-birthdate_mismatch-q = A data de nascimento não coincide
faq-birthdate_mismatch-a = A data de nascimento que escreve tem de ser exatamente a do documento, e o documento tem de a mostrar. O erro mais comum é trocar o dia com o mês. Se já não conseguir editá-la, peça ao suporte da OKX que a corrija. Se a data impressa no próprio documento estiver errada, precisa de um documento corrigido pela entidade emissora.
faq-birthdate_mismatch-keys = data de nascimento, nascimento, aniversário, aniversario, data errada, idade, ano de nascimento, dia e mês, mês e dia, dia e mes, troquei o dia e o mês, data trocada, formato da data, data não coincide, data nao coincide, data não corresponde, data de nasc, dt nascimento, nasci em, dn

faq-dual_nationality-q = Tenho duas nacionalidades
faq-dual_nationality-a = A OKX pede a quem tem dupla nacionalidade que escolha a nacionalidade mais relevante para a sua identidade. Seja qual for a escolha, a nacionalidade no formulário tem de ser a do documento que carregar: se carregar o passaporte espanhol, escolha a nacionalidade espanhola.
faq-dual_nationality-keys = dupla nacionalidade, duas nacionalidades, dupla cidadania, duas cidadanias, dois passaportes, segundo passaporte, segunda nacionalidade, nacionalidade portuguesa, passaporte português, passaporte brasileiro, passaporte europeu, várias nacionalidades, que nacionalidade, qual nacionalidade, que passaporte, nacionalidade, cidadania, cidadão de dois países

faq-address_proof-q = Comprovativo de morada
faq-address_proof-a = A OKX só pede comprovativo de morada em alguns casos. Tem de mostrar o seu nome e a sua morada atual, a mesma que escreveu no formulário. Envie uma fotografia nítida do original (página inteira, todos os cantos) ou o PDF tal como foi emitido, não uma captura de ecrã. Na Arábia Saudita, tem de ter sido emitido nos últimos 3 meses; a regra geral da OKX sobre a antiguidade do documento não está confirmada, por isso um documento recente é o mais seguro. Não use um apartado.
faq-address_proof-keys = comprovativo de morada, comprovativo de residência, comprovativo de residencia, comprovativo, comprovante de morada, fatura da luz, fatura da água, fatura da agua, fatura do gás, fatura da internet, fatura do telemóvel, extrato bancário, extrato do banco, morada, morada diferente, morada errada, morada antiga, mudei de casa, contrato de arrendamento, atestado de residência, quantos meses, 3 meses, apartado, finanças

faq-face_selfie_fail-q = A selfie ou a biometria falha
faq-face_selfie_fail-a = Dicas da OKX: evite sítios escuros e tremer a câmara, alinhe o rosto dentro da oval e depois mexa a cabeça devagar à volta do círculo. Fique de frente para a luz (sem janela atrás de si); sem chapéu, máscara nem óculos de sol; telemóvel à altura dos olhos. A aplicação precisa de autorização para usar a câmara. Se continuar a falhar, atualize a aplicação, feche as outras aplicações ou experimente outro telemóvel; alguns telemóveis têm problemas com a leitura facial. Só o titular da conta o pode fazer.
faq-face_selfie_fail-keys = selfie, selfi, sefie, self, rosto, cara, verificação facial, verificacao facial, reconhecimento facial, biometria, prova de vida, leitura facial, rosto não detetado, não reconhece a minha cara, nao reconhece, a selfie falhou, selfie recusada, a selfie não passa, oval, círculo, circulo, mexer a cabeça, rodar a cabeça, câmara frontal

faq-glasses_hat_mask-q = Óculos, chapéu ou máscara?
faq-glasses_hat_mask-a = Não. A OKX pede que nada tape o seu rosto: tire os óculos, os óculos de sol, o chapéu, o boné e a máscara, e afaste o cabelo da cara, para que o rosto inteiro fique visível dentro da oval.
faq-glasses_hat_mask-keys = óculos, oculos, óculos graduados, óculos de sol, oculos de sol, chapéu, chapeu, boné, bone, capuz, gorro, máscara, mascara, barba, maquilhagem, cabelo, franja, brincos, usar óculos, tirar os óculos, cara tapada

faq-camera_permission-q = A câmara não funciona
faq-camera_permission-a = A aplicação da OKX precisa de autorização para usar a câmara. Abra Definições do telemóvel → Aplicações → OKX → Autorizações e permita a Câmara; depois reinicie a aplicação. Se fizer a verificação no browser, permita a câmara para o site ou passe para a aplicação da OKX. Feche outras aplicações que estejam a usar a câmara; se continuar sem funcionar, atualize a aplicação ou experimente outro dispositivo.
faq-camera_permission-keys = câmara, camara, câmera, camera, a câmara não funciona, camara nao funciona, a câmara não abre, ecrã preto, ecra preto, autorização da câmara, permissão, permissao, permitir câmara, acesso à câmara, sem câmara, erro na câmara, a app fecha, a app bloqueia, fica a carregar, browser, navegador, portátil, webcam, telemóvel antigo

faq-someone_else_selfie-q = Selfie tirada por outra pessoa?
faq-someone_else_selfie-a = Não. Só o titular da conta pode fazer a verificação facial, e o rosto tem de corresponder ao documento da conta. Verificar com o rosto ou os documentos de outra pessoa vai falhar. Cada pessoa que quer uma conta na OKX verifica a sua.
faq-someone_else_selfie-keys = outra pessoa, alguém fazer por mim, alguem fazer por mim, o meu amigo, a minha mulher, o meu marido, a minha mãe, a minha mae, o meu pai, o meu irmão, o meu filho, familiar, por mim, no meu lugar, em nome de, documento de outra pessoa, usar o documento do meu pai, verificar por outra pessoa, conta dos pais, conta de menor, conta de outra pessoa

faq-duplicate_account-q = Documento usado noutra conta
faq-duplicate_account-a = A OKX permite uma conta por pessoa, e a sua identidade já está verificada noutra conta. Voltar a submeter não vai ajudar. Inicie sessão nessa conta ou recupere-a através da recuperação de conta da OKX. Se não conhece essa conta (alguém pode ter usado o seu documento), contacte o suporte da OKX com o seu UID. Nunca use o documento de outra pessoa nem empreste o seu.
faq-duplicate_account-keys = já usado, ja usado, já verificado, ja verificado, duplicado, duplicada, conta duplicada, outra conta, segunda conta, conta antiga, duas contas, várias contas, conta nova, documento já usado, identidade já usada, já registado, ja registado, já registrado, usado por outra pessoa, perdi a conta, esqueci-me da conta, recuperar a conta, recuperar conta

faq-region_restricted-q = O meu país não é suportado
faq-region_restricted-a = A OKX decide que serviços e que entidade da OKX o servem com base no seu país de residência, e não apenas na sua nacionalidade. Os países restritos constam da secção 2.2 dos Termos de Serviço da OKX; consulte-a lá, porque as listas noutros sites podem estar erradas ou desatualizadas. Isto não se resolve voltando a submeter, e uma VPN ou uma morada falsa não ajudam. Se achar que é um erro, contacte o suporte da OKX.
faq-region_restricted-keys = país, pais, país não suportado, país não disponível, não disponível, nao disponivel, não disponível no meu país, restrito, restrição, país restrito, região, regiao, região restrita, o meu país, residência, país de residência, sanções, país bloqueado, eua, estados unidos, não elegível, elegibilidade, idade, menor de idade, menos de 18

faq-vpn_or_travel-q = No estrangeiro ou com VPN?
faq-vpn_or_travel-a = Indique o seu país de residência real: a elegibilidade na OKX depende do sítio onde vive. Não use uma VPN para esconder onde está e não indique uma residência falsa. Alguns utilizadores referem que uma VPN ou uma localização diferente da residência indicada causou problemas; isto não é uma regra oficial da OKX, mas desligar a VPN e fazer a verificação a partir de casa é a opção segura.
faq-vpn_or_travel-keys = vpn, proxy, ip, endereço ip, localização, localizacao, estrangeiro, no estrangeiro, fora do país, fora do pais, a viajar, viagem, férias, ferias, outro país, outro pais, emigrante, emigrado, vivo fora, a viver no estrangeiro, mudei de país, erasmus, tor

faq-official_support-q = Como contacto o suporte da OKX?
faq-official_support-a = Contacte a OKX apenas pelos canais oficiais: na aplicação da OKX (Suporte ou o chatbot de IA) ou em okx.com, através do Centro de Ajuda. Indique o seu UID (está no seu perfil), nunca a palavra-passe nem códigos. Cuidado com contas de "suporte" que lhe escrevem primeiro no Telegram ou noutras redes: são burlas. Este bot não é a OKX e não pode contactar o suporte por si.
faq-official_support-keys = suporte, contactar o suporte, apoio ao cliente, apoio, serviço de apoio, linha de apoio, centro de ajuda, chat, chat ao vivo, assistente, falar com alguém, falar com uma pessoa, pessoa real, e-mail do suporte, número de telefone, whatsapp, abrir pedido, ticket, reclamação, reclamacao, como contactar, contacto okx, suporte okx, suprote

faq-scam_warning-q = Alguém quer resolver o meu KYC
faq-scam_warning-a = Isso é uma burla. Ninguém legítimo pede a sua palavra-passe, códigos 2FA ou SMS, seed phrase ou um pagamento para "desbloquear" ou "acelerar" a verificação. Nunca os partilhe e nunca pague. Contacte o suporte da OKX apenas na aplicação da OKX ou em okx.com, e considere burlão qualquer pessoa que lhe escreva primeiro a oferecer ajuda.
faq-scam_warning-keys = burla, burlão, burlao, esquema, fraude, golpe, suporte falso, falso suporte, pediram a palavra-passe, pediram a password, código 2fa, codigo sms, seed phrase, frase de recuperação, chave privada, pagar para desbloquear, taxa para desbloquear, desbloquear conta, acelerar a verificação, comprar conta verificada, vender conta, serviço de kyc, mensagem da okx, é fiável, é burla

faq-about_bot-q = O que é este bot? É da OKX?
faq-about_bot-a = Sou o KYC Doctor, um assistente independente e de código aberto. Não sou a OKX nem tenho qualquer ligação a ela. Não consigo ver, alterar nem acelerar a sua conta ou a sua verificação na OKX; apenas verifico as suas fotografias e explico, com base nas regras publicadas pela OKX, o que corrigir. Nunca preciso da sua palavra-passe, de códigos 2FA nem da sua seed phrase. A documentação oficial da OKX é a referência final.
faq-about_bot-keys = quem és, quem és tu, quem é você, o que és, és da okx, é da okx, isto é da okx, é oficial, e oficial, bot oficial, bot, este bot, o que fazes, o que faz este bot, ajuda, como funciona, podes verificar-me, podes aprovar, podes acelerar, és humano, és um robô, é fiável, é de confiança

faq-bot_privacy-q = O que faz com as minhas fotos?
faq-bot_privacy-a = Verifico as suas fotografias em memória e nunca as guardo nem registo em logs. Guardo apenas o passo da nossa conversa, o seu idioma, o motivo que escolheu, o tipo de documento, os códigos dos problemas das verificações e um hash de 64 bits de cada imagem (um número curto calculado a partir dela, para notar quando a mesma imagem é enviada duas vezes). Nada de fotografias, nomes ou dados do documento: o que leio na zona de leitura ótica é-lhe mostrado uma vez e não é guardado. No armazenamento predefinido (SQLite) isto fica guardado até enviar /forget; se o bot usar Redis, é também apagado após um período sem atividade (REDIS_TTL_SECS, 7 dias por predefinição). Não sou a OKX e não consigo ver nem alterar a sua conta.
faq-bot_privacy-keys = privacidade, privado, dados, os meus dados, dados pessoais, rgpd, guarda, guardas, armazena, armazenamento, grava, gravar, guardam as minhas fotos, apagar, apagar os meus dados, eliminar dados, esquecer, é seguro, e seguro, segurança, quem vê as minhas fotos, guardas o meu documento, para onde vão as fotos, fuga de dados

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = A OKX diz «Invalid document»
faq-invalid_document-a = «Invalid document» (documento inválido) diz respeito ao próprio documento, não à fotografia. A OKX indica estas causas: sem fotografia do titular ou pouco nítida, passaporte não assinado ou, em alguns países, exigência de um passaporte novo. Se o campo da assinatura do passaporte estiver vazio, assine-o e tire fotografias novas. Se a fotografia do documento estiver gasta ou ilegível, use outro documento oficial que tenha (passaporte, cartão de cidadão ou carta de condução) ou renove o documento. Se não souber qual é o seu caso, pergunte ao apoio da OKX. Posso verificar as fotografias novas antes de as enviar.
faq-invalid_document-keys = invalid document, documento inválido, documento invalido, documento não válido, passaporte inválido, preciso de passaporte novo, sem fotografia no documento, fotografia gasta, passaporte não assinado, diz invalid document, cartão de cidadão inválido

faq-document_photo_rejected-q = «ID detection failed»?
faq-document_photo_rejected-a = Estas mensagens referem-se à fotografia do documento, não ao documento. A OKX explica «Invalid document photo» como fotografia desfocada, cortada, com dados tapados ou do documento errado (outra identificação ou comprovativo de morada que não serve). O antigo «ID detection failed» significa que o documento não foi reconhecido na imagem: sobre-exposta, com reflexos ou não totalmente visível. Repita: o documento original (sem captura de ecrã nem cópia), numa mesa escura, os quatro cantos no enquadramento, sem dedos por cima, luz uniforme sem reflexos e bem focado. Envie-me primeiro a fotografia e eu verifico-a.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, não deteta o documento, não reconhece o documento, fotografia do documento rejeitada, fotografia do cartão de cidadão rejeitada, erro a detetar o documento, documento não detetado

faq-face_scan_loop-q = A leitura facial repete-se
faq-face_scan_loop-a = A OKX não publica uma causa concreta para uma leitura facial que recomeça, bloqueia ou acaba em «something went wrong». O que a OKX pede: permitir que a app da OKX use a câmara, evitar sítios escuros e tremer o telemóvel, pôr a cara toda dentro do oval e depois mover a cabeça devagar em círculo quando pedir. Fique de frente para a luz, sem janela ou candeeiro atrás. Se continuar em ciclo, experimente a app da OKX em vez do navegador (ou o contrário); há quem diga que outro telemóvel resultou. Se a leitura nunca terminar, contacte o apoio da OKX com o seu UID.
faq-face_scan_loop-keys = leitura facial repete, verificação facial em ciclo, reconhecimento facial recomeça, verificação facial bloqueia, something went wrong, algo correu mal, o círculo não acaba, selfie recomeça, leitura da cara não termina, fica a carregar

faq-head_covering-q = Hijab ou lenço na cabeça?
faq-head_covering-a = A OKX não publica nenhuma regra sobre coberturas religiosas da cabeça (hijab, lenço, turbante, kipá e outras). A regra dela é que nada pode tapar a cara: a cara toda dentro do oval, sem máscara, óculos de sol ou chapéu por cima. Por isso, o mais seguro é uma cobertura que deixe ver a cara toda, da linha do cabelo ao queixo, sem sombras e com boa luz. Um véu que tape parte da cara (um niqab, por exemplo) não cumpre essa regra. Cada caso é decidido pelo apoio oficial da OKX: pergunte-lhes se tiver dúvidas.
faq-head_covering-keys = hijab, lenço na cabeça, véu, turbante, kipá, niqab, posso usar hijab, tirar o hijab, hijab na selfie, véu na fotografia do passaporte, motivos religiosos, cabeça coberta
