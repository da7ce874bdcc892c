# Los textos propios del diálogo. Ver locales/README.md. Texto plano: sin HTML ni Markdown.
app-name = KYC Doctor

## Menú principal
menu-welcome =
    ¡Hola! Soy KYC Doctor 🩺: te ayudo a solucionar una verificación de identidad rechazada en OKX.

    Dime el motivo que te mostró OKX y envíame las fotos del documento y la selfie que piensas subir: las reviso y te doy una lista de pasos, en orden, antes de que vuelvas a enviar tu solicitud.

    Soy una herramienta independiente, no soy OKX. Nunca te pediré contraseñas, códigos 2FA ni frases semilla.
menu-again = ¿Qué quieres hacer?
btn-check = 🩺 Arreglar verificación
btn-faq = ❓ Preguntas
btn-scam = ⚠️ Cuidado: estafas
btn-language = 🌐 Idioma
btn-privacy = 🔒 Privacidad
btn-menu = ☰ Menú
btn-back = ← Atrás
btn-continue = ↩ Continuar
btn-more-questions = ❓ Más preguntas
btn-no-reason = No se mostró el motivo
btn-skip = Omitir esta foto
btn-keep-photo = Usar esta foto y seguir
btn-retake-front = 🔄 Frente
btn-retake-passport = 🔄 Página de la foto
btn-retake-back = 🔄 Reverso
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Revisar vencimiento
btn-next-steps = ➡ Próximos pasos

## Motivo
ask-family = ¿Qué dice la pantalla de rechazo de OKX? Elige el grupo que muestra, o «Región o elegibilidad» si OKX dijo que no puede atenderte donde vives.
family-data_mismatch = Los datos no coinciden
family-image_quality = Foto del doc. no válida
family-face_capture = Reconocimiento facial
family-document = Documento requerido
family-account = Región o elegibilidad
ask-reason = { $family }: ¿cuál es el motivo exacto?
reason-final-note = ⛔ Volver a enviar la verificación no cambiará este resultado. Esto es lo que puedes hacer en su lugar:

## Documento y fotos
ask-document = ¿Qué documento vas a presentar?
doc-passport = Pasaporte
doc-id_card = Documento de identidad
doc-driver_license = Licencia de conducir
doc-residence_permit = Permiso de residencia
slot-front = Parte frontal del documento
slot-passport = Página del pasaporte con la foto
slot-back = Parte trasera del documento
slot-selfie = Selfie
ask-photo-passport =
    📷 Envíame la foto de la página de datos de tu pasaporte, la misma que piensas subir.

    Consejo: mándala como archivo (📎 → Archivo) para que la vea con toda su calidad.
ask-photo-front =
    📷 Envíame la foto de la parte frontal de tu documento, la misma que piensas subir.

    Consejo: mándala como archivo (📎 → Archivo) para que la vea con toda su calidad.
ask-photo-back = 📷 Ahora la parte trasera del documento.
ask-selfie = 🤳 Ahora una selfie: tu cara de frente y con buena luz, tal como la harías para OKX.
ask-selfie-optional = 🤳 Ahora una selfie, si quieres que también la revise: tu cara de frente y con buena luz. O sáltate este paso.
ask-expiry = 📅 Escribe la fecha de vencimiento que aparece en tu documento, por ejemplo 15.03.2027.
photo-ok = ✅ { $slot }: se ve bien.
photo-warn = ⚠️ { $slot }: puede que pase, pero podría estar mejor:
photo-fail = ❌ { $slot }: hay que repetir la foto:
photo-same-again = 🔁 Es la misma foto que ya falló antes. Por favor, haz una nueva.
photo-retake-hint = Envía una foto nueva para reemplazarla o quédate con esta.
photo-not-expected = Ahora mismo no estoy esperando ninguna foto.
photo-checking = 🔍 Revisando tu foto…
photo-queued = ⏳ Ahora mismo hay muchas fotos en revisión; la tuya está en la cola.
photo-too-small-compressed = Telegram comprimió mucho esta foto. Para revisarla bien, envíala como archivo (📎 → Archivo).
hint-waiting-photo = { $slot }: estoy esperando esta foto.

## Resumen
summary-title = 🩺 Tus resultados
summary-slot-ok = ✅ { $slot }: bien
summary-slot-warn = ⚠️ { $slot }: podría estar mejor
summary-slot-fail = ❌ { $slot }: repite la foto
summary-slot-skipped = ➖ { $slot }: sin revisar
summary-checklist-title = Tu lista de pasos, en orden:

## Preguntas frecuentes y otras pantallas
faq-menu-title = ❓ Elige una pregunta o simplemente escribe la tuya.
faq-no-match = No tengo respuesta para eso. Estas son las preguntas que sí puedo responder:
faq-did-you-mean = No estoy seguro de haberte entendido. ¿Querías decir alguna de estas?
smalltalk-greeting = ¡Hola! 👋 Cuéntame qué te dijo OKX sobre tu verificación o escribe tu pregunta.
smalltalk-thanks = ¡De nada! Mucha suerte con tu verificación. 🍀
smalltalk-ack = 👍 Aquí estoy cuando me necesites: manda una foto o escribe una pregunta.
smalltalk-bye = ¡Adiós y mucha suerte! Escribe /start cuando quieras revisar de nuevo.
language-choose = 🌐 Elige tu idioma:
language-set = ✅ A partir de ahora te hablaré en español.
help-text =
    Reviso las fotos que piensas subir para la verificación de identidad de OKX y te digo qué corregir.

    /check — empezar: motivo → fotos → lista de pasos
    /faq — preguntas frecuentes (o escribe directamente tu pregunta)
    /language — cambiar el idioma
    /privacy — qué guardo y durante cuánto tiempo
    /forget — borrar todo lo que guardé sobre ti
    /cancel — parar y volver al menú
privacy-text =
    🔒 Privacidad

    • Tus fotos se revisan en memoria y se descartan justo después. Nunca se guardan en disco ni en registros.
    • Lo que leo en la zona de lectura mecánica de tu documento (nombre, fechas, número) se te muestra una sola vez, en esa respuesta, y nunca se guarda ni se registra.
    • Lo que guardo sobre ti: el paso de nuestra conversación, tu idioma, el motivo que elegiste, el tipo de documento, los códigos de problemas de cada revisión (con el valor medido y el lugar de la imagen) y un hash de 64 bits de cada imagen: un número corto calculado a partir de ella para notar si envías la misma imagen dos veces. Con él no se puede reconstruir la imagen. Ni fotos, ni nombres, ni datos del documento.
    • Cuánto tiempo: con el almacenamiento predeterminado (SQLite), hasta que envíes /forget. Si el bot funciona con Redis, además se borra solo tras un tiempo sin actividad (REDIS_TTL_SECS, 7 días de forma predeterminada). /forget lo borra todo de una vez.
    • No soy OKX y no puedo ver ni modificar tu cuenta. Nunca te pediré contraseñas, códigos 2FA ni frases semilla: quien te los pida es un estafador.
    • Solo funciono en chats privados; en los grupos no miro las fotos.
forget-done = 🗑 Listo: borré todo lo que tenía guardado sobre ti. Envía /start para empezar de nuevo.
cancel-done = De acuerdo, paramos aquí.

## Lo que no puedo usar
media-sticker = ¡Qué buen sticker! Pero necesito una foto de tu documento o una selfie, o una pregunta escrita.
media-voice = No puedo escuchar mensajes de voz. Por favor, escribe tu pregunta.
media-video = No puedo revisar videos. Por favor, envíame una foto.
media-private-data = Por favor, no me envíes ubicaciones ni contactos: no los necesito.
media-not-image = Este archivo no es una imagen. Envíame una foto en JPEG o PNG.
media-other = No puedo usar este tipo de mensaje.

## Telegram
group-private-only = 🔒 Solo funciono en chats privados, para que tus documentos sigan siendo privados. Escríbeme directamente.
error-apology = 😔 Lo siento, algo falló por mi parte. Tu progreso está guardado: inténtalo de nuevo.
rate-limited = ⏳ Más despacio, por favor: vuelve a intentarlo en unos segundos.
session-restarted = ♻️ Me actualizaron y tuve que reiniciar nuestra conversación. ¡Lo siento! Empecemos de nuevo.
cmd-start = Empezar de nuevo
cmd-help = Cómo funciono
cmd-check = Revisar mis fotos
cmd-faq = Preguntas frecuentes
cmd-language = Cambiar idioma
cmd-privacy = Qué guardo
cmd-forget = Borrar mis datos
cmd-cancel = Parar e ir al menú
edit-not-seen = Solo leo mensajes nuevos, no los editados. Envíalo de nuevo como un mensaje nuevo.
album-received =
    { $count ->
        [one] 📚 Revisé la foto de tu álbum:
       *[other] 📚 Revisé { $count } fotos de tu álbum, en orden:
    }
photo-forwarded = ↪️ Esta foto fue reenviada. Para OKX, usa la foto original de tu cámara, no una copia reenviada.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 No sé qué muestra esta foto. ¿Es tu documento o una selfie?
btn-photo-is-id = 🪪 Mi documento
btn-photo-is-selfie = 🤳 Una selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } parece una captura de pantalla o una foto de una pantalla. OKX no acepta capturas de ningún tipo: fotografía el documento original con la cámara.
photo-same-as-other-side = 🔁 Es la misma imagen que { $other }. Envía una foto de { $slot }.
btn-invalid-selfie = Selfie no válida

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ No tiene vencimiento
btn-skip-date = Omitir este paso
