# As falas do próprio diálogo. Veja locales/README.md. Texto simples: sem HTML nem Markdown.
app-name = KYC Doctor

## Menu principal
menu-welcome =
    Oi! Eu sou o KYC Doctor 🩺 — ajudo você a resolver uma verificação de identidade recusada na OKX.

    Me diga o motivo que a OKX mostrou, mande as fotos do documento e a selfie que você pretende enviar, e eu verifico tudo e te passo um checklist em ordem antes de você reenviar.

    Sou uma ferramenta independente, não sou a OKX. Nunca peço senhas, códigos 2FA nem sua seed phrase (frase de recuperação).
menu-again = O que você quer fazer?
btn-check = 🩺 Resolver verificação
btn-faq = ❓ Dúvidas
btn-scam = ⚠️ Alerta de golpe
btn-language = 🌐 Idioma
btn-privacy = 🔒 Privacidade
btn-menu = ☰ Menu
btn-back = ← Voltar
btn-continue = ↩ Continuar
btn-more-questions = ❓ Mais dúvidas
btn-no-reason = Nenhum motivo mostrado
btn-skip = Pular esta foto
btn-keep-photo = Manter foto e seguir
btn-retake-front = 🔄 Frente
btn-retake-passport = 🔄 Página da foto
btn-retake-back = 🔄 Verso
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Verificar validade
btn-next-steps = ➡ Próximos passos

## Motivo
ask-family = O que diz a tela de rejeição da OKX? Escolha o grupo que aparece, ou “Região ou elegibilidade” se a OKX disse que não pode atender você onde você mora.
family-data_mismatch = Dados não conferem
family-image_quality = Foto do doc. inválida
family-face_capture = Reconhecimento facial
family-document = Documento exigido
family-account = Região ou elegibilidade
ask-reason = { $family }: qual é exatamente o motivo?
reason-final-note = ⛔ Reenviar não vai mudar este resultado. Veja o que fazer em vez disso:

## Documento e fotos
ask-document = Qual documento você vai enviar?
doc-passport = Passaporte
doc-id_card = Carteira de identidade
doc-driver_license = CNH (habilitação)
doc-residence_permit = Autorização residência
slot-front = Frente do documento
slot-passport = Página do passaporte com a foto
slot-back = Verso do documento
slot-selfie = Selfie
ask-photo-passport =
    📷 Envie a foto da página de dados do seu passaporte — a mesma que você pretende enviar à OKX.

    Dica: envie como arquivo (📎 → Arquivo) para eu ver em qualidade máxima.
ask-photo-front =
    📷 Envie a foto da frente do seu documento — a mesma que você pretende enviar à OKX.

    Dica: envie como arquivo (📎 → Arquivo) para eu ver em qualidade máxima.
ask-photo-back = 📷 Agora o verso do documento.
ask-selfie = 🤳 Agora uma selfie: seu rosto de frente, com boa luz — do jeito que você tiraria para a OKX.
ask-selfie-optional = 🤳 Agora uma selfie, se quiser que eu verifique também: seu rosto de frente, com boa luz. Ou pule esta etapa.
ask-expiry = 📅 Digite a data de validade impressa no seu documento, por exemplo 15.03.2027.
photo-ok = ✅ { $slot }: está tudo certo.
photo-warn = ⚠️ { $slot }: pode passar, mas dá para melhorar:
photo-fail = ❌ { $slot }: precisa tirar de novo:
photo-same-again = 🔁 Esta é a mesma foto que não passou antes. Tire uma nova, por favor.
photo-retake-hint = Envie uma foto nova para substituir, ou fique com esta.
photo-not-expected = No momento não estou esperando nenhuma foto.
photo-checking = 🔍 Verificando sua foto…
photo-queued = ⏳ Muitas fotos estão sendo verificadas agora; a sua está na fila.
photo-too-small-compressed = O Telegram comprimiu muito esta foto. Para uma verificação precisa, envie como arquivo (📎 → Arquivo).
hint-waiting-photo = Estou esperando uma foto: { $slot }.

## Resumo
summary-title = 🩺 Seus resultados
summary-slot-ok = ✅ { $slot }: tudo certo
summary-slot-warn = ⚠️ { $slot }: pode melhorar
summary-slot-fail = ❌ { $slot }: tire de novo
summary-slot-skipped = ➖ { $slot }: sem verificação
summary-checklist-title = Seu checklist, em ordem:

## Dúvidas e outras telas
faq-menu-title = ❓ Escolha uma pergunta ou simplesmente escreva a sua.
faq-no-match = Não tenho resposta para isso. Estas são as perguntas que sei responder:
faq-did-you-mean = Não tenho certeza se entendi. Você quis dizer uma destas?
smalltalk-greeting = Oi! 👋 Me conta o que a OKX disse sobre sua verificação ou escreve sua pergunta.
smalltalk-thanks = Por nada! Boa sorte com a verificação. 🍀
smalltalk-ack = 👍 Tô aqui quando precisar: manda uma foto ou escreve uma pergunta.
smalltalk-bye = Tchau e boa sorte! Manda /start quando quiser checar de novo.
language-choose = 🌐 Escolha seu idioma:
language-set = ✅ A partir de agora vou falar português do Brasil.
help-text =
    Eu verifico as fotos que você pretende enviar na verificação de identidade da OKX e digo o que corrigir.

    /check — começar: motivo → fotos → checklist
    /faq — dúvidas frequentes (ou simplesmente escreva uma pergunta)
    /language — mudar o idioma
    /privacy — o que eu guardo e por quanto tempo
    /forget — apagar tudo o que guardei sobre você
    /cancel — parar e voltar ao menu
privacy-text =
    🔒 Privacidade

    • Suas fotos são verificadas na memória e descartadas logo em seguida. Nunca são salvas em disco nem registradas em logs.
    • O que eu leio na zona de leitura mecânica do seu documento (nome, datas, número) é mostrado a você uma vez, nessa resposta, e nunca é guardado nem registrado.
    • O que eu guardo sobre você: a etapa da nossa conversa, seu idioma, o motivo que você escolheu, o tipo de documento, os códigos dos problemas de cada verificação (com o valor medido e o lugar na imagem) e um hash de 64 bits de cada imagem: um número curto calculado a partir dela, para perceber quando a mesma imagem é enviada duas vezes. Não dá para reconstruir a imagem a partir dele. Nada de fotos, nomes ou dados do documento.
    • Por quanto tempo: no armazenamento padrão (SQLite), até você enviar /forget. Se o bot usar Redis, os dados também são apagados sozinhos depois de um tempo sem atividade (REDIS_TTL_SECS, 7 dias por padrão). /forget apaga tudo de uma vez.
    • Não sou a OKX e não consigo ver nem alterar sua conta. Nunca peço senhas, códigos 2FA nem seed phrase — quem pede é golpista.
    • Só funciono em conversas privadas; em grupos não olho fotos.
forget-done = 🗑 Pronto: apaguei tudo o que tinha guardado sobre você. Envie /start para começar de novo.
cancel-done = Certo, parei.

## O que não consigo usar
media-sticker = Que figurinha legal! Mas eu preciso de uma foto do seu documento, de uma selfie ou de uma pergunta escrita.
media-voice = Não consigo ouvir mensagens de voz. Escreva sua pergunta, por favor.
media-video = Não consigo verificar vídeos. Envie uma foto, por favor.
media-private-data = Por favor, não me envie localização nem contatos — não preciso deles.
media-not-image = Este arquivo não é uma imagem. Envie uma foto em JPEG ou PNG, por favor.
media-other = Não consigo usar esse tipo de mensagem.

## Telegram
group-private-only = 🔒 Só funciono em conversas privadas, para manter seus documentos em sigilo. Fale comigo no privado.
error-apology = 😔 Desculpe, algo deu errado do meu lado. Seu progresso está salvo — tente de novo.
rate-limited = ⏳ Calma, mais devagar, por favor — tente de novo em alguns segundos.
session-restarted = ♻️ Fui atualizado e precisei reiniciar nossa conversa. Desculpe! Vamos começar de novo.
cmd-start = Começar de novo
cmd-help = Como eu funciono
cmd-check = Verificar minhas fotos
cmd-faq = Dúvidas frequentes
cmd-language = Mudar idioma
cmd-privacy = O que eu guardo
cmd-forget = Apagar meus dados
cmd-cancel = Parar e ir ao menu
edit-not-seen = Só leio mensagens novas, não edições. Envie de novo como uma nova mensagem, por favor.
album-received =
    { $count ->
        [one] 📚 Verifiquei a foto do seu álbum:
       *[other] 📚 Verifiquei { $count } fotos do seu álbum, em ordem:
    }
photo-forwarded = ↪️ Esta foto foi encaminhada. Na OKX, use a foto original da câmera, não uma cópia encaminhada.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Não consigo dizer o que esta foto mostra. É o seu documento ou uma selfie?
btn-photo-is-id = 🪪 Meu documento
btn-photo-is-selfie = 🤳 Uma selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } parece um print ou uma foto de uma tela. A OKX não aceita prints de nenhum tipo: fotografe o documento original com a câmera.
photo-same-as-other-side = 🔁 É a mesma imagem que { $other }. Envie uma foto de { $slot }.
btn-invalid-selfie = Selfie inválida

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Não tem validade
btn-skip-date = Pular esta etapa
