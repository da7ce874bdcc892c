# As falas do próprio diálogo. Ver locales/README.md. Texto simples: sem HTML nem Markdown.
app-name = KYC Doctor

## Menu principal
menu-welcome =
    Olá! Sou o KYC Doctor 🩺 — ajudo a resolver uma verificação de identidade recusada na OKX.

    Diga-me o motivo que a OKX indicou, envie-me as fotografias do documento e a selfie que tenciona submeter, e eu verifico-as e dou-lhe uma checklist por ordem antes de voltar a submeter.

    Sou uma ferramenta independente, não sou a OKX. Nunca peço palavras-passe, códigos 2FA nem a seed phrase (frase de recuperação).
menu-again = O que pretende fazer?
btn-check = 🩺 Resolver a verificação
btn-faq = ❓ Perguntas
btn-scam = ⚠️ Alerta de burla
btn-language = 🌐 Idioma
btn-privacy = 🔒 Privacidade
btn-menu = ☰ Menu
btn-back = ← Voltar
btn-continue = ↩ Continuar
btn-more-questions = ❓ Mais perguntas
btn-no-reason = Não foi indicado motivo
btn-skip = Saltar esta fotografia
btn-keep-photo = Manter foto e avançar
btn-retake-front = 🔄 Frente
btn-retake-passport = 🔄 Página da fotografia
btn-retake-back = 🔄 Verso
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Verificar a validade
btn-next-steps = ➡ Próximos passos

## Motivo
ask-family = O que diz o ecrã de rejeição da OKX? Escolha o grupo que aparece, ou «Região ou elegibilidade» se a OKX disse que não o pode servir onde vive.
family-data_mismatch = Dados não coincidem
family-image_quality = Foto do doc. inválida
family-face_capture = Reconhecimento facial
family-document = Documento exigido
family-account = Região ou elegibilidade
ask-reason = { $family }: qual é exatamente o motivo?
reason-final-note = ⛔ Voltar a submeter não vai alterar este resultado. Eis o que pode fazer em alternativa:

## Documento e fotografias
ask-document = Que documento vai submeter?
doc-passport = Passaporte
doc-id_card = Cartão de Cidadão / BI
doc-driver_license = Carta de condução
doc-residence_permit = Autorização residência
slot-front = Frente do documento
slot-passport = Página do passaporte com a fotografia
slot-back = Verso do documento
slot-selfie = Selfie
ask-photo-passport =
    📷 Envie a fotografia da página de dados do seu passaporte — a mesma que tenciona submeter.

    Dica: envie-a como ficheiro (📎 → Ficheiro) para eu a ver com a qualidade máxima.
ask-photo-front =
    📷 Envie a fotografia da frente do seu documento — a mesma que tenciona submeter.

    Dica: envie-a como ficheiro (📎 → Ficheiro) para eu a ver com a qualidade máxima.
ask-photo-back = 📷 Agora o verso do documento.
ask-selfie = 🤳 Agora uma selfie: o seu rosto de frente, com boa luz — tal como a tiraria para a OKX.
ask-selfie-optional = 🤳 Agora uma selfie, se também a quiser verificar: o seu rosto de frente, com boa luz. Ou salte este passo.
ask-expiry = 📅 Escreva a data de validade impressa no seu documento, por exemplo 15.03.2027.
photo-ok = ✅ { $slot }: está tudo bem.
photo-warn = ⚠️ { $slot }: pode passar, mas podia estar melhor:
photo-fail = ❌ { $slot }: é preciso tirar outra vez:
photo-same-again = 🔁 Esta é a mesma fotografia que já falhou antes. Tire uma nova, por favor.
photo-retake-hint = Envie uma fotografia nova para a substituir, ou mantenha esta.
photo-not-expected = De momento não estou à espera de nenhuma fotografia.
photo-checking = 🔍 A verificar a sua fotografia…
photo-queued = ⏳ Estão a ser verificadas muitas fotografias neste momento; a sua está na fila.
photo-too-small-compressed = O Telegram comprimiu muito esta fotografia. Para uma verificação rigorosa, envie-a como ficheiro (📎 → Ficheiro).
hint-waiting-photo = Estou à espera de uma fotografia: { $slot }.

## Resumo
summary-title = 🩺 Os seus resultados
summary-slot-ok = ✅ { $slot }: tudo bem
summary-slot-warn = ⚠️ { $slot }: pode melhorar
summary-slot-fail = ❌ { $slot }: tire outra vez
summary-slot-skipped = ➖ { $slot }: sem verificação
summary-checklist-title = A sua checklist, por ordem:

## Perguntas e outros ecrãs
faq-menu-title = ❓ Escolha uma pergunta ou escreva simplesmente a sua.
faq-no-match = Não tenho resposta para isso. Estas são as perguntas a que sei responder:
faq-did-you-mean = Não tenho a certeza de ter percebido. Queria dizer uma destas?
smalltalk-greeting = Olá! 👋 Diga-me o que a OKX disse sobre a sua verificação ou escreva a sua pergunta.
smalltalk-thanks = De nada! Boa sorte com a verificação. 🍀
smalltalk-ack = 👍 Estou aqui quando precisar: envie uma fotografia ou escreva uma pergunta.
smalltalk-bye = Adeus e boa sorte! Escreva /start quando quiser verificar de novo.
language-choose = 🌐 Escolha o seu idioma:
language-set = ✅ A partir de agora falo português de Portugal.
help-text =
    Verifico as fotografias que tenciona submeter na verificação de identidade da OKX e digo-lhe o que corrigir.

    /check — começar: motivo → fotografias → checklist
    /faq — perguntas frequentes (ou escreva simplesmente uma pergunta)
    /language — mudar o idioma
    /privacy — o que guardo e durante quanto tempo
    /forget — apagar tudo o que guardei sobre si
    /cancel — parar e voltar ao menu
privacy-text =
    🔒 Privacidade

    • As suas fotografias são verificadas em memória e descartadas logo a seguir. Nunca são gravadas em disco nem registadas em logs.
    • O que leio na zona de leitura ótica do seu documento (nome, datas, número) é-lhe mostrado uma vez, nessa resposta, e nunca é guardado nem registado.
    • O que guardo sobre si: o passo da nossa conversa, o seu idioma, o motivo que escolheu, o tipo de documento, os códigos dos problemas de cada verificação (com o valor medido e o local na imagem) e um hash de 64 bits de cada imagem: um número curto calculado a partir dela, para notar quando a mesma imagem é enviada duas vezes. Não é possível reconstruir a imagem a partir dele. Nada de fotografias, nomes ou dados do documento.
    • Durante quanto tempo: no armazenamento predefinido (SQLite), até enviar /forget. Se o bot usar Redis, os dados são também apagados automaticamente após um período sem atividade (REDIS_TTL_SECS, 7 dias por predefinição). /forget apaga tudo de uma só vez.
    • Não sou a OKX e não consigo ver nem alterar a sua conta. Nunca peço palavras-passe, códigos 2FA nem a seed phrase — quem os pede é um burlão.
    • Só funciono em conversas privadas; em grupos não vejo fotografias.
forget-done = 🗑 Feito: apaguei tudo o que tinha guardado sobre si. Envie /start para começar de novo.
cancel-done = Está bem, parei.

## O que não consigo usar
media-sticker = Bonito sticker! Mas preciso de uma fotografia do seu documento, de uma selfie ou de uma pergunta escrita.
media-voice = Não consigo ouvir mensagens de voz. Escreva a sua pergunta, por favor.
media-video = Não consigo verificar vídeos. Envie uma fotografia, por favor.
media-private-data = Por favor, não me envie localizações nem contactos — não preciso deles.
media-not-image = Este ficheiro não é uma imagem. Envie uma fotografia em JPEG ou PNG, por favor.
media-other = Não consigo usar este tipo de mensagem.

## Telegram
group-private-only = 🔒 Só funciono em conversas privadas, para manter os seus documentos em privado. Fale comigo diretamente.
error-apology = 😔 Desculpe, algo correu mal do meu lado. O seu progresso está guardado — tente outra vez.
rate-limited = ⏳ Mais devagar, por favor — tente outra vez daqui a uns segundos.
session-restarted = ♻️ Fui atualizado e tive de reiniciar a nossa conversa. Desculpe! Vamos começar de novo.
cmd-start = Começar de novo
cmd-help = Como funciono
cmd-check = Verificar as minhas fotos
cmd-faq = Perguntas frequentes
cmd-language = Mudar de idioma
cmd-privacy = O que guardo
cmd-forget = Apagar os meus dados
cmd-cancel = Parar e ir para o menu
edit-not-seen = Só leio mensagens novas, não edições. Envie-a outra vez como mensagem nova, por favor.
album-received =
    { $count ->
        [one] 📚 Verifiquei a fotografia do seu álbum:
       *[other] 📚 Verifiquei { $count } fotografias do seu álbum, por ordem:
    }
photo-forwarded = ↪️ Esta fotografia foi reencaminhada. Para a OKX, use a fotografia original da câmara, não uma cópia reencaminhada.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Não consigo perceber o que mostra esta foto. É o seu documento ou uma selfie?
btn-photo-is-id = 🪪 O meu documento
btn-photo-is-selfie = 🤳 Uma selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } parece uma captura de ecrã ou uma foto de um ecrã. A OKX não aceita capturas de ecrã de nenhum tipo: fotografe o documento original com a câmara.
photo-same-as-other-side = 🔁 É a mesma imagem que { $other }. Envie uma foto de { $slot }.
btn-invalid-selfie = Selfie inválida

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Não tem validade
btn-skip-date = Saltar este passo
