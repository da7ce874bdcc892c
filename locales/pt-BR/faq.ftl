# As dúvidas frequentes: faq-<id>-q (a pergunta; também é rótulo de botão, então curta), faq-<id>-a (a
# resposta, texto simples, bom de ler no celular, no máximo ~900 caracteres), faq-<id>-keys (palavras e
# frases separadas por vírgula que as pessoas usam para essa pergunta NESTE idioma, com sinônimos, gírias
# e erros de digitação comuns; o buscador de texto livre usa essas palavras).
# Os fatos vêm só de docs/kyc-knowledge.md. Onde a OKX não publica uma regra, dizemos isso.

faq-common_causes-q = Por que me recusaram?
faq-common_causes-a = As causas mais comuns, mais ou menos na ordem em que vale a pena conferir:
    1. Print de tela, fotocópia, foto de uma tela ou foto em preto e branco em vez de uma foto colorida do original.
    2. Um canto cortado ou coberto por um dedo.
    3. Foto borrada.
    4. Reflexo sobre o texto ou a foto do titular.
    5. Documento vencido ou danificado.
    6. Dados digitados (nome, data de nascimento, número do documento) diferentes do documento.
    7. Selfie que falhou: lugar escuro, mão tremendo, rosto fora do oval.
    8. Identidade já usada em outra conta, ou um país de residência que a OKX não pode atender.
    O e-mail da OKX informa o motivo. Me diga qual é e eu te passo um checklist.
faq-common_causes-keys = por que foi recusada, porque foi recusado, verificação recusada, verificacao recusada, kyc recusado, kyc reprovado, kyc falhou, verificação reprovada, reprovaram, reprovou, negado, negada, não aprovado, nao aprovado, não passou, nao passou, rejeitado, rejeitaram, motivo da recusa, deu erro na verificação, o que deu errado, recusaram meu kyc, verificaçao falhou, reprovado de novo

faq-no_reason_shown-q = Não vejo o motivo da recusa
faq-no_reason_shown-a = A OKX envia o motivo da falha por e-mail, junto com um link para enviar de novo. Procure uma mensagem da OKX na caixa de entrada e na pasta de spam, e confira também os SMS e a página de verificação no app da OKX. Se mesmo assim não encontrar o motivo, escolha "Nenhum motivo mostrado" neste bot: eu repasso com você as causas mais comuns e verifico suas fotos.
faq-no_reason_shown-keys = sem motivo, nenhum motivo, não mostra o motivo, nao mostra motivo, não sei o motivo, nao sei porque, não sei por que, sem explicação, sem explicacao, não falaram o motivo, só diz que falhou, onde vejo o motivo, como ver o motivo, motivo não aparece, não recebi email, nao chegou email, motivo desconhecido, recusado sem motivo, qual o motivo, cadê o motivo

faq-review_time-q = Quanto tempo demora a análise?
faq-review_time-a = Quando é preciso uma análise adicional, a OKX diz que ela leva até 24 horas, e mais tempo em períodos de alta demanda. Você recebe o resultado por SMS ou e-mail. Se depois de 24 horas você não tiver nenhuma resposta, fale com a Central de Suporte da OKX ou com o chatbot de IA no app.
faq-review_time-keys = quanto tempo, quanto tempo demora, quanto tempo leva, demora quanto, prazo, prazo da verificação, tempo de análise, tempo de analise, em análise, em analise, pendente, ainda pendente, ainda em análise, quantas horas, quantos dias, quando vou ser aprovado, quando aprova, quando sai o resultado, kyc pendente, verificação pendente, demorando muito, ta demorando, tá demorando, demora muito

faq-no_result_24h-q = Sem resultado depois de 24 horas
faq-no_result_24h-a = A OKX diz que uma análise que precisa de verificações extras pode levar até 24 horas, e mais nos horários de pico. Se já passaram mais de 24 horas, fale com a Central de Suporte da OKX ou com o chatbot de IA no app da OKX, e informe seu UID. Não envie um segundo pedido enquanto isso; antes, procure o resultado no seu e-mail (e no spam) e nos SMS.
faq-no_result_24h-keys = sem resultado, sem resposta, nenhuma resposta, mais de 24 horas, passou de 24 horas, depois de 24h, 24h, 48 horas, 2 dias, dois dias, 3 dias, três dias, uma semana, ainda esperando, travado, travou, preso em análise, parado em análise, nada acontece, ninguém responde, ninguem responde, pendente há dias, até agora nada, ate agora nada, nada de resposta

faq-resubmit_timing-q = Quando posso reenviar?
faq-resubmit_timing-a = A OKX não divulga um tempo de espera fixo antes de você poder enviar de novo. Ela manda o motivo por e-mail, com um link para reenviar. Corrija a causa primeiro e tire fotos novas: mandar de novo a imagem recusada raramente ajuda, e alguns serviços de verificação a marcam. Se a sua conta mostrar um tempo de espera, aguarde; algumas outras corretoras usam um período de espera depois de tentativas que falharam. Se o botão de reenviar não aparecer, fale com o suporte da OKX.
faq-resubmit_timing-keys = quando posso reenviar, reenviar, enviar de novo, mandar de novo, tentar de novo, tentar novamente, quando posso tentar, quanto tempo esperar, esperar para tentar, tempo de espera, nova tentativa, refazer verificação, refazer kyc, fazer de novo, reenviar documentos, mandar documentos de novo, subir de novo, botão de reenviar, reenvio, renviar, tenta dnv, tentar dnv

faq-repeated_retries-q = Tem limite de tentativas?
faq-repeated_retries-a = A OKX não divulga um limite de tentativas de verificação nem um tempo de bloqueio. A mensagem sobre o "número máximo de tentativas de verificação facial" se refere às passkeys da OKX, não à verificação de identidade. Alguns serviços de verificação limitam as novas tentativas, então trate cada tentativa como valiosa: corrija a causa antes de tentar de novo. Depois de várias falhas seguidas, pare e fale com o suporte da OKX informando seu UID.
faq-repeated_retries-keys = limite, limite de tentativas, quantas tentativas, quantas vezes, tentativas restantes, número de tentativas, numero de tentativas, máximo de tentativas, maximo de tentativas, muitas tentativas, tentei várias vezes, tentei varias vezes, falhou 3 vezes, falha sempre, sempre falha, bloqueado, bloqueada, conta bloqueada, banido, última tentativa, ultima tentativa, tentativas, tentativa

faq-permanent_rejection-q = A recusa é definitiva?
faq-permanent_rejection-a = A maioria das recusas não é definitiva: problemas de qualidade da foto, de documento e de dados digitados podem ser corrigidos e reenviados. Algumas são definitivas, e reenviar não muda nada: identidade já verificada em outra conta, um país de residência que a OKX não pode atender e suspeita de fraude. Nesses casos, fale com o suporte da OKX em vez de tentar de novo.
faq-permanent_rejection-keys = definitivo, definitiva, recusa definitiva, recusado para sempre, para sempre, nunca mais, nunca vou conseguir, não posso mais verificar, nao posso mais, acabaram as tentativas, ainda dá para verificar, ainda da pra verificar, acabou, já era, ja era, banido para sempre, sem solução, sem solucao, não tem jeito, nao tem jeito, decisão final

faq-clear_but_failed-q = Foto nítida, mas recusada
faq-clear_but_failed-a = Uma foto que parece boa na sua tela ainda pode falhar. Causas escondidas típicas: foto de uma tela (listras leves), reflexo num cartão plastificado que só aparece quando você dá zoom, um dedo num canto, ou a mesma imagem recusada enviada de novo. E pode nem ser a foto: compare os dados que você digitou com o documento. Me mande a foto que eu verifico.
faq-clear_but_failed-keys = foto estava nítida, foto nitida, foto boa recusada, foto perfeita, foto estava boa, foto tava boa, não tinha nada de errado, nada de errado na foto, qualidade boa, alta qualidade, tudo certo e recusou, fiz tudo certo, sem motivo para recusar, foto ok mas falhou, foto clara, dava pra ler tudo, legível, legivel, por que recusaram se estava boa

faq-blurry_photo-q = Foto borrada: como resolver?
faq-blurry_photo-a = A OKX precisa de uma foto nítida e legível. Limpe a lente; deixe o documento deitado e segure o celular paralelo a ele, a uns 15–25 cm; use a câmera traseira principal sem zoom e toque na tela para focar; fique parado, com boa luz. Depois dê zoom no resultado: todos os caracteres precisam estar legíveis, e no passaporte também as duas linhas da parte de baixo. Envie a foto original, não uma cópia encaminhada ou comprimida.
faq-blurry_photo-keys = borrada, borrado, borrão, embaçada, embaçado, embacada, desfocada, desfocado, fora de foco, sem foco, não foca, nao foca, tremida, tremeu, ilegível, ilegivel, não dá para ler, nao da pra ler, baixa qualidade, qualidade ruim, foto ruim, pixelada, granulada, foto sem nitidez

faq-glare-q = Como evitar reflexo e brilho?
faq-glare-a = A OKX precisa de uma foto sem reflexo. Desligue o flash; afaste-se de lâmpadas e do sol direto e use luz do dia suave, vinda de lado; tire o documento de capas ou plásticos; incline-o um pouco até não haver ponto de brilho sobre o texto, a foto ou o holograma. Cartões plastificados são os mais difíceis: tire várias fotos de ângulos diferentes e fique com a que saiu limpa.
faq-glare-keys = reflexo, reflexos, refletindo, brilho, brilhando, ponto branco, mancha branca, mancha de luz, clarão, flash, holograma, plastificado, plastificada, cartão de plástico, plástico, luz refletindo, reflexo do sol, reflexo da lâmpada, reflexo na foto, refexo, reflexso

faq-cropped_edges-q = Cantos cortados ou cobertos
faq-cropped_edges-a = A OKX precisa dos quatro cantos visíveis e de nada cobrindo o documento, nem mesmo um dedo. Coloque o documento sobre uma mesa lisa, de cor contrastante; enquadre o documento inteiro, com uma pequena margem em todos os lados, mas ocupando a maior parte da foto; não corte a foto depois. No passaporte, mostre a página de dados inteira, incluindo as duas linhas da parte de baixo.
faq-cropped_edges-keys = cantos, canto, canto cortado, cortado, cortada, cortou, recortado, recortar, bordas, borda, borda faltando, não aparece inteiro, nao aparece inteiro, aparece pela metade, parte do documento faltando, dedo, dedo na foto, coberto, tampado, escondido, documento inteiro, documento completo, enquadrar, metade do documento

faq-screenshot_or_copy-q = Print, scan ou cópia?
faq-screenshot_or_copy-a = Não. A OKX não aceita nenhum tipo de print de tela, nem fotocópias, digitalizações, impressões, foto de foto ou de tela, nem imagens editadas. Tire uma foto nova e colorida do documento físico com a câmera do celular, e não edite.
faq-screenshot_or_copy-keys = print, print de tela, printscreen, captura de tela, screenshot, scan, escanear, escaneado, digitalizado, cópia, copia, xerox, fotocópia, impresso, foto de foto, foto da tela, documento digital, cnh digital, rg digital, editado, editada, photoshop, foto da galeria, foto antiga, pdf do documento

faq-color_photo-q = A foto tem que ser colorida?
faq-color_photo-a = Sim. A OKX pede uma foto colorida do documento original. Fotos em preto e branco, filtros em tons de cinza e fotocópias são recusados. Desligue qualquer filtro ou efeito de cor e fotografe o documento com as cores normais.
faq-color_photo-keys = colorida, colorido, cor, cores, em cores, a cores, preto e branco, preto branco, p&b, pb, tons de cinza, escala de cinza, cinza, monocromática, monocromatico, filtro, foto colorida, sem cor, sem cores, xerox preto e branco

faq-send_as_file-q = Foto ou arquivo para este bot?
faq-send_as_file-a = Os dois funcionam. O Telegram comprime de novo uma imagem enviada como "foto", o que pode esconder detalhes finos; enviada como "arquivo" (clipe → Arquivo), o original é mantido, e a minha verificação fica mais precisa. O Telegram deixa os bots baixarem arquivos de até 20 MB. Isso vale só para enviar imagens a este bot; na OKX, você envia pelo próprio app ou site dela.
faq-send_as_file-keys = enviar como arquivo, como arquivo, como documento, sem compressão, sem compressao, comprimida, compressão, telegram comprime, telegram diminui a qualidade, qualidade original, enviar foto, como enviar foto, como mandar foto, como mandar a foto pro bot, anexar, anexo, clipe, mandar imagem, arquivo ou foto, perde qualidade, perdeu qualidade

faq-file_format_size-q = Qual formato e tamanho de arquivo?
faq-file_format_size-a = A OKX não divulga limite de tamanho nem de formato de arquivo para a verificação de pessoa física; a regra de PDF de 20 MB que você pode ver é para contas institucionais (empresas). Outros serviços têm limites, por exemplo a Kraken abaixo de 5 MB e a Onfido abaixo de 10 MB, então uma foto normal da câmera (JPEG) é a escolha segura. Tire a foto dentro do app da OKX quando ele oferecer a câmera.
faq-file_format_size-keys = tamanho do arquivo, tamanho máximo, tamanho maximo, limite de tamanho, muito grande, arquivo grande demais, arquivo muito pesado, pesado, mb, megas, formato, formato do arquivo, jpg, jpeg, png, pdf, heic, heif, qual formato, erro no upload, não consigo enviar, nao consigo enviar, não carrega, resolução

faq-both_sides-q = Preciso enviar os dois lados?
faq-both_sides-a = Sim. A OKX pede a frente e o verso do documento, e todas as páginas com informações importantes. Envie duas fotos separadas, uma de cada lado, e nunca o mesmo lado duas vezes. No passaporte, envie a página de dados com a sua foto e, se for pedido, outras páginas.
faq-both_sides-keys = os dois lados, dois lados, frente e verso, frente e costas, verso, costas do documento, parte de trás, atrás, outro lado, segundo lado, verso do rg, verso da cnh, verso da identidade, mesmo lado duas vezes, páginas, paginas, qual página, página do passaporte, página de dados, página com foto

faq-accepted_documents-q = Quais documentos são aceitos?
faq-accepted_documents-a = A OKX aceita passaporte, carteira de identidade, carteira de motorista ou outro documento oficial com foto emitido pelo governo, mas as opções exatas dependem do seu país: o formulário de verificação mostra as do seu. O documento precisa mostrar seu nome completo, data de nascimento, datas de emissão e de validade e uma foto nítida, e não pode estar vencido. O título de eleitor pode não ser aceito em alguns países; vistos, carteirinhas de estudante e autorizações de trabalho não são documentos de identidade.
faq-accepted_documents-keys = documentos aceitos, quais documentos, que documento, qual documento usar, tipos de documento, rg, cnh, carteira de motorista, carteira de habilitação, identidade, carteira de identidade, cin, passaporte, rne, crnm, documento com foto, posso usar, serve, documento válido, documento oficial, o que preciso, documentos necessários, documento aceito

faq-unsupported_document-q = Meu documento não é aceito
faq-unsupported_document-a = Os documentos que a OKX aceita dependem do seu país. Escolha um tipo de documento que o formulário de verificação oferece para o seu país, emitido pelo país que você selecionou. O título de eleitor pode não ser aceito em alguns países, e vistos, carteirinhas de estudante e autorizações de trabalho não são aceitos como documentos de identidade. Se o seu documento não for aceito, use um passaporte ou uma carteira de identidade.
faq-unsupported_document-keys = não aceito, nao aceito, documento não aceito, documento não suportado, não é aceito, não serve, nao serve, tipo de documento inválido, documento errado, título de eleitor, titulo de eleitor, carteirinha de estudante, carteira de estudante, visto, autorização de trabalho, carteira de trabalho, ctps, carteira da oab, carteira profissional, reservista, documento recusado, documento de outro país, passaporte estrangeiro

faq-expired_document-q = Posso usar um documento vencido?
faq-expired_document-a = Não. A OKX recusa documentos vencidos. Use outro documento válido ou renove o vencido. Prefira um documento que ainda tenha prazo: alguns serviços de verificação também recusam documentos que vencem em menos de um mês.
faq-expired_document-keys = vencido, vencida, venceu, vencimento, validade, data de validade, expirado, expirada, expirou, fora da validade, fora do prazo, passaporte vencido, rg vencido, cnh vencida, identidade vencida, documento antigo, válido até, valido ate, vai vencer, vence logo, renovar, renovação, documento velho

faq-damaged_document-q = Meu documento está danificado
faq-damaged_document-a = A OKX pede um documento sem danos. Um documento rachado, gasto, furado ou com canto cortado, ou em que a foto ou os dados não dão para ler, normalmente é recusado. Use outro documento válido, se tiver, ou tire uma nova via do danificado.
faq-damaged_document-keys = danificado, danificada, estragado, estragada, quebrado, quebrada, rachado, rasgado, rasgada, gasto, desgastado, riscado, arranhado, apagado, desbotado, descascando, dobrado, amassado, furado, canto cortado, molhado, plastificação descolando, documento velho, rg danificado, cnh quebrada

faq-unsigned_passport-q = Meu passaporte não está assinado
faq-unsigned_passport-a = A OKX considera inválido um passaporte com o campo de assinatura vazio. Assine no campo de assinatura e depois tire uma foto nova dele.
faq-unsigned_passport-keys = assinatura, assinar, assinado, sem assinatura, não assinado, nao assinado, não assinei, nao assinei, assinar passaporte, campo de assinatura, falta assinatura, onde assinar, assinatura do titular, asinatura, assinatura em branco, passaporte sem assinatura

faq-name_mismatch-q = Meu nome não confere
faq-name_mismatch-a = Digite seu nome exatamente como está impresso no documento: mesma grafia, mesma ordem, com todos os nomes do meio, sem apelidos e sem transliteração por conta própria. Se o formulário tiver um campo de nome no idioma local, digite o nome ali no mesmo alfabeto do documento. Se não der mais para editar o nome, peça ao suporte da OKX para corrigi-lo.
faq-name_mismatch-keys = nome, nome diferente, nome não confere, nome nao confere, nome não bate, nome nao bate, nome errado, erro no nome, digitei o nome errado, grafia, sobrenome, nome do meio, nome completo, nome de solteira, nome de casada, acento no nome, ç no nome, nome abreviado, ordem do nome, trocar nome, mudar nome, corrigir nome, editar nome

faq-birthdate_mismatch-q = Data de nascimento não confere
faq-birthdate_mismatch-a = A data de nascimento que você digita precisa ser exatamente a do documento, e o documento precisa mostrá-la. O erro mais comum é trocar o dia com o mês. Se não der mais para editar, peça ao suporte da OKX para corrigir. Se a data impressa no próprio documento estiver errada, você precisa de um documento corrigido, emitido pelo órgão emissor.
faq-birthdate_mismatch-keys = data de nascimento, nascimento, aniversário, aniversario, data errada, idade, ano de nascimento, dia e mês, mês e dia, dia e mes, troquei dia e mês, data trocada, formato da data, data não confere, data nao confere, data não bate, data nao bate, data de nasc, dt nascimento, nasci em

faq-dual_nationality-q = Tenho duas nacionalidades
faq-dual_nationality-a = A OKX pede que quem tem dupla nacionalidade escolha a nacionalidade mais relevante para a sua identidade. Seja qual for a escolha, a nacionalidade no formulário precisa ser a do documento que você envia: se enviar o passaporte espanhol, escolha a nacionalidade espanhola.
faq-dual_nationality-keys = dupla nacionalidade, dupla cidadania, duas nacionalidades, duas cidadanias, dois passaportes, segundo passaporte, segunda cidadania, cidadania italiana, cidadania portuguesa, passaporte europeu, passaporte italiano, passaporte português, várias nacionalidades, qual nacionalidade, qual cidadania, qual passaporte, nacionalidade, cidadania, cidadão de dois países

faq-address_proof-q = Comprovante de endereço
faq-address_proof-a = A OKX pede comprovante de endereço só em alguns casos. Ele precisa mostrar seu nome e seu endereço atual, o mesmo que você digitou no formulário. Envie uma foto nítida do original (página inteira, todos os cantos) ou o PDF do jeito que foi emitido, não um print. Na Arábia Saudita, ele precisa ter sido emitido nos últimos 3 meses; a regra geral da OKX sobre a data do documento não está confirmada, então um documento recente é o mais seguro. Não use caixa postal.
faq-address_proof-keys = comprovante de endereço, comprovante de residência, comprovante de endereco, comprovante de residencia, comprovante, conta de luz, conta de água, conta de agua, conta de gás, conta de internet, conta de telefone, fatura do cartão, extrato bancário, extrato do banco, endereço, endereco, endereço diferente, endereço errado, endereço antigo, mudei de endereço, me mudei, contrato de aluguel, quantos meses, 3 meses, caixa postal

faq-face_selfie_fail-q = Minha selfie/biometria não passa
faq-face_selfie_fail-a = Dicas da OKX: evite lugares escuros e tremer a câmera, alinhe o rosto dentro do oval e depois mexa a cabeça devagar ao redor do círculo. Fique de frente para a luz (sem janela atrás de você); sem boné, máscara ou óculos escuros; celular na altura dos olhos. O app precisa de permissão para usar a câmera. Se ainda falhar, atualize o app, feche os outros apps ou tente outro celular; alguns aparelhos têm problemas com a leitura facial. Só o titular da conta pode fazer isso.
faq-face_selfie_fail-keys = selfie, selfi, self, sefie, rosto, verificação facial, verificacao facial, reconhecimento facial, biometria, biometria facial, prova de vida, leitura facial, rosto não detectado, não reconhece meu rosto, nao reconhece, selfie falhou, selfie recusada, selfie não passa, oval, círculo, circulo, mexer a cabeça, virar a cabeça, câmera frontal, camera frontal

faq-glasses_hat_mask-q = Óculos, boné ou máscara?
faq-glasses_hat_mask-a = Não. A OKX pede que nada cubra o seu rosto: tire óculos, óculos escuros, chapéu, boné e máscara, e afaste o cabelo do rosto, para que o rosto inteiro apareça dentro do oval.
faq-glasses_hat_mask-keys = óculos, oculos, óculos de grau, óculos escuros, oculos de sol, chapéu, chapeu, boné, bone, capuz, touca, máscara, mascara, barba, maquiagem, cabelo, franja, brinco, usar óculos, tirar óculos, rosto coberto

faq-camera_permission-q = A câmera não funciona
faq-camera_permission-a = O app da OKX precisa de permissão para usar a câmera. Abra Configurações do celular → Apps → OKX → Permissões e permita a Câmera; depois reinicie o app. Se você faz a verificação pelo navegador, permita a câmera para o site, ou passe para o app da OKX. Feche outros apps que usam a câmera; se ainda não funcionar, atualize o app ou tente outro aparelho.
faq-camera_permission-keys = câmera, camera, câmera não funciona, camera nao funciona, câmera não abre, camera nao abre, tela preta, permissão da câmera, permissao, permitir câmera, acesso à câmera, acesso a camera, sem câmera, erro na câmera, app fecha sozinho, app trava, travando, carregando infinito, navegador, notebook, webcam, celular antigo, celular não compatível

faq-someone_else_selfie-q = Selfie tirada por outra pessoa?
faq-someone_else_selfie-a = Não. Só o titular da conta pode fazer a verificação facial, e o rosto precisa corresponder ao documento da conta. Verificar com o rosto ou os documentos de outra pessoa vai falhar. Cada pessoa que quer uma conta na OKX verifica a própria conta.
faq-someone_else_selfie-keys = outra pessoa, outra pessoa fazer, alguém fazer por mim, alguem fazer por mim, meu amigo, minha esposa, meu marido, minha mãe, minha mae, meu pai, meu irmão, meu filho, parente, familiar, por mim, no meu lugar, em nome de, documento de outra pessoa, usar documento do meu pai, verificar para outra pessoa, conta dos pais, conta de menor, conta de outra pessoa

faq-duplicate_account-q = Documento usado em outra conta
faq-duplicate_account-a = A OKX permite uma conta por pessoa, e a sua identidade já está verificada em outra conta. Reenviar não vai adiantar. Entre nessa conta ou recupere o acesso a ela pela opção de recuperação de conta da OKX. Se você não conhece essa conta (alguém pode ter usado seu documento), fale com o suporte da OKX informando seu UID. Nunca use o documento de outra pessoa nem empreste o seu.
faq-duplicate_account-keys = já usado, ja usado, já verificado, ja verificado, duplicado, duplicada, conta duplicada, outra conta, segunda conta, conta antiga, duas contas, várias contas, conta nova, documento já usado, cpf já cadastrado, cpf ja cadastrado, identidade já usada, já cadastrado, ja cadastrado, usado por outra pessoa, perdi a conta, esqueci a conta, recuperar conta

faq-region_restricted-q = Meu país não é atendido
faq-region_restricted-a = A OKX decide quais serviços e qual entidade da OKX atendem você pelo seu país de residência, não só pela sua cidadania. Os países restritos estão listados na seção 2.2 dos Termos de Serviço da OKX; confira lá, porque listas em outros sites podem estar erradas ou desatualizadas. Isso não se resolve reenviando, e VPN ou endereço falso não ajudam. Se achar que é um erro, fale com o suporte da OKX.
faq-region_restricted-keys = país, pais, país não suportado, país não atendido, não disponível, nao disponivel, não disponível no meu país, restrito, restrição, país restrito, região, regiao, região restrita, meu país, residência, país de residência, sanções, país bloqueado, eua, estados unidos, não elegível, elegibilidade, idade, menor de idade, menor de 18

faq-vpn_or_travel-q = Do exterior ou com VPN?
faq-vpn_or_travel-a = Informe seu país de residência real: a elegibilidade na OKX depende de onde você mora. Não use VPN para esconder onde você está e não informe uma residência falsa. Alguns usuários relatam que uma VPN ou uma localização diferente da residência informada causou problemas; isso não é uma regra oficial da OKX, mas desligar a VPN e verificar de casa é a escolha segura.
faq-vpn_or_travel-keys = vpn, proxy, ip, endereço ip, localização, localizacao, exterior, no exterior, fora do país, fora do pais, viajando, viagem, férias, ferias, outro país, outro pais, morando fora, moro fora, morando no exterior, me mudei de país, intercâmbio, estou viajando, tor

faq-official_support-q = Como falo com o suporte da OKX?
faq-official_support-a = Fale com a OKX só pelos canais oficiais: no app da OKX (Suporte ou o chatbot de IA) ou no okx.com, pela Central de Ajuda. Informe seu UID (fica no seu perfil), nunca sua senha nem códigos. Cuidado com contas de "suporte" que te procuram primeiro no Telegram ou em outras redes: são golpes. Este bot não é a OKX e não pode falar com o suporte por você.
faq-official_support-keys = suporte, falar com o suporte, atendimento, atendimento ao cliente, sac, central de ajuda, chat, chat ao vivo, atendente, falar com atendente, falar com humano, pessoa real, email do suporte, telefone, número de telefone, whatsapp, abrir chamado, ticket, reclamação, reclamacao, como entrar em contato, contato okx, suporte okx, suprote

faq-scam_warning-q = Alguém quer resolver meu KYC
faq-scam_warning-a = Isso é golpe. Ninguém legítimo pede sua senha, códigos 2FA ou SMS, seed phrase ou um pagamento para "desbloquear" ou "acelerar" a verificação. Nunca compartilhe esses dados e nunca pague. Fale com o suporte da OKX só pelo app da OKX ou pelo okx.com, e considere golpista qualquer um que te procure primeiro oferecendo ajuda.
faq-scam_warning-keys = golpe, golpista, fraude, falso suporte, suporte falso, pediram minha senha, pediu senha, código 2fa, codigo sms, seed phrase, frase de recuperação, chave privada, pagar para desbloquear, taxa para desbloquear, desbloquear conta, acelerar verificação, comprar conta verificada, vender conta, serviço de kyc, alguém me chamou no privado, mensagem da okx, é confiável, é golpe, e golpe

faq-about_bot-q = Quem é você? Este bot é da OKX?
faq-about_bot-a = Eu sou o KYC Doctor, um assistente independente e de código aberto. Não sou a OKX e não tenho ligação com ela. Não consigo ver, alterar nem acelerar sua conta ou sua verificação na OKX; só verifico suas fotos e explico, com base nas regras publicadas pela OKX, o que corrigir. Nunca preciso da sua senha, de códigos 2FA nem da sua seed phrase. A documentação oficial da OKX é sempre a palavra final.
faq-about_bot-keys = quem é você, quem e voce, o que é você, o que é isso, você é da okx, voce e da okx, isso é da okx, é oficial, e oficial, bot oficial, bot, este bot, o que você faz, o que esse bot faz, ajuda, como funciona, você pode me verificar, pode aprovar, pode acelerar, você é humano, é robô, é de verdade, é confiável

faq-bot_privacy-q = O que você faz com minhas fotos?
faq-bot_privacy-a = Verifico suas fotos na memória e nunca as salvo nem registro em logs. Guardo só a etapa da nossa conversa, seu idioma, o motivo que você escolheu, o tipo de documento, os códigos dos problemas das verificações e um hash de 64 bits de cada imagem (um número curto calculado a partir dela, para perceber quando a mesma imagem é enviada duas vezes). Nada de fotos, nomes ou dados do documento: o que eu leio na zona de leitura mecânica é mostrado a você uma vez e não é guardado. No armazenamento padrão (SQLite) isso fica até você enviar /forget; se o bot usar Redis, também é apagado depois de um tempo sem atividade (REDIS_TTL_SECS, 7 dias por padrão). Não sou a OKX e não consigo ver nem alterar sua conta.
faq-bot_privacy-keys = privacidade, privado, dados, meus dados, dados pessoais, lgpd, guarda, armazena, armazenamento, salva, salvou, salvar, guarda minhas fotos, apagar, apagar meus dados, excluir dados, esquecer, é seguro, e seguro, seguro, segurança, quem vê minhas fotos, você salva meu documento, para onde vão minhas fotos, vazamento

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX diz "Invalid document"
faq-invalid_document-a = "Invalid document" (documento inválido) é sobre o próprio documento, não sobre a foto. A OKX aponta estas causas: sem foto do titular ou foto pouco nítida, passaporte sem assinatura ou, em alguns países, exigência de passaporte novo. Se o campo de assinatura do seu passaporte está vazio, assine e tire fotos novas. Se a foto do documento está gasta ou ilegível, use outro documento oficial que você tenha (passaporte, RG/CIN ou CNH) ou renove o documento. Se não souber qual é o seu caso, pergunte ao suporte da OKX. Eu posso checar as fotos novas antes de você enviar.
faq-invalid_document-keys = invalid document, documento inválido, documento invalido, documento não válido, passaporte inválido, preciso de passaporte novo, sem foto no documento, foto do rg gasta, passaporte sem assinatura, aparece invalid document, rg inválido, cnh inválida

faq-document_photo_rejected-q = "ID detection failed"?
faq-document_photo_rejected-a = Essas mensagens são sobre a foto do documento, não sobre o documento. A OKX explica "Invalid document photo" como foto borrada, cortada, com dados cobertos ou do documento errado (outra identidade ou comprovante de endereço que não vale). O antigo "ID detection failed" quer dizer que o documento não foi reconhecido na imagem: estourada de luz, com reflexo ou sem aparecer inteiro. Tire de novo: o documento original (sem print nem cópia), numa mesa escura, os quatro cantos na foto, sem dedo por cima, luz uniforme sem reflexo e em foco. Manda a foto aqui antes que eu confiro.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, não detecta o documento, não reconhece o rg, foto do documento recusada, foto da cnh recusada, erro ao detectar documento, documento não detectado, recusaram a foto do rg

faq-face_scan_loop-q = A leitura facial fica em loop
faq-face_scan_loop-a = A OKX não publica uma causa específica para a leitura facial que reinicia, trava ou termina em "something went wrong". O que a OKX pede: deixar o app da OKX usar a câmera, evitar lugar escuro e celular tremendo, colocar o rosto inteiro dentro do oval e depois girar a cabeça devagar quando pedir. Fique de frente para a luz, sem janela ou lâmpada atrás. Se continuar em loop, tente o app da OKX em vez do navegador (ou o contrário); tem gente que conta que outro celular funcionou. Se a leitura nunca termina, fale com o suporte da OKX e informe seu UID.
faq-face_scan_loop-keys = reconhecimento facial em loop, leitura facial reinicia, verificação facial trava, something went wrong, algo deu errado, o círculo não termina, selfie reinicia, reconhecimento facial não termina, fica carregando o rosto, prova de vida não funciona, biometria facial travando

faq-head_covering-q = Hijab ou lenço na cabeça?
faq-head_covering-a = A OKX não publica nenhuma regra sobre coberturas religiosas da cabeça (hijab, lenço, turbante, quipá e outras). A regra dela é que nada pode cobrir o rosto: o rosto inteiro dentro do oval, sem máscara, óculos escuros ou boné por cima. Então o mais seguro é uma cobertura que deixe o rosto todo visível, da linha do cabelo até o queixo, sem sombra e com boa luz. Um véu que cubra parte do rosto (um niqab, por exemplo) não cumpre essa regra. Cada caso é decidido pelo suporte oficial da OKX: pergunte a eles se tiver dúvida.
faq-head_covering-keys = hijab, lenço na cabeça, véu, turbante, quipá, niqab, posso usar hijab, tirar o hijab, hijab na selfie, véu na foto do documento, motivo religioso, cabeça coberta
