# Motivos de rechazo: etiqueta del botón, qué quiere decir OKX con él y los pasos ordenados para solucionarlo.
# Ver locales/README.md. Los datos vienen solo de docs/kyc-knowledge.md.
# Las etiquetas son botones: máximo 30 caracteres.

## photo_blurry

reason-photo_blurry = Foto borrosa o ilegible
reason-photo_blurry-about = La foto del documento no era lo bastante nítida para leerla. OKX pide una foto nítida y legible del documento.
reason-photo_blurry-step-1 = Limpia la lente de la cámara con un paño suave.
reason-photo_blurry-step-2 = Pon el documento sobre una superficie plana y sostén el teléfono paralelo a él, a unos 15–25 cm.
reason-photo_blurry-step-3 = Usa la cámara trasera principal sin zoom digital y toca el documento en la pantalla para enfocar.
reason-photo_blurry-step-4 = Toma la foto con buena luz y sin mover el teléfono.
reason-photo_blurry-step-5 = Amplía la foto y revísala: cada carácter debe leerse bien, y en el pasaporte también las dos líneas de lectura mecánica de la parte inferior.
reason-photo_blurry-step-6 = Sube la foto original de la cámara, no una copia reenviada o comprimida.

## photo_glare

reason-photo_glare = Brillos o reflejos
reason-photo_glare-about = Un reflejo tapó parte del documento. OKX pide una foto sin brillos, y su revisión falla cuando hay reflejos.
reason-photo_glare-step-1 = Apaga el flash.
reason-photo_glare-step-2 = Aléjate de lámparas y del sol directo; lo mejor es una luz natural suave que venga de un lado.
reason-photo_glare-step-3 = Saca el documento de cualquier funda o protector de plástico.
reason-photo_glare-step-4 = Inclina un poco el documento hasta que no quede ningún brillo sobre el texto, la foto o el holograma.
reason-photo_glare-step-5 = Las tarjetas plastificadas son las que más reflejan: toma varias fotos desde ángulos distintos y quédate con la que no tenga brillos.

## photo_exposure

reason-photo_exposure = Muy oscura o muy clara
reason-photo_exposure-about = La foto estaba demasiado oscura o demasiado clara para leerla. La revisión de documentos de OKX falla con fotos sobreexpuestas.
reason-photo_exposure-step-1 = Busca una luz intensa, uniforme e indirecta, por ejemplo cerca de una ventana pero sin sol directo.
reason-photo_exposure-step-2 = Evita que haya una luz fuerte detrás del documento y que la sombra del teléfono caiga sobre él.
reason-photo_exposure-step-3 = No arregles una foto oscura con el flash (provoca brillos); mejor ve a un lugar con más luz.
reason-photo_exposure-step-4 = Si la foto sale demasiado clara, desactiva los modos HDR, nocturno y belleza, y toca el documento en la pantalla para ajustar la exposición.

## photo_cut_off

reason-photo_cut_off = Cortado o tapado
reason-photo_cut_off-about = Una parte del documento quedó fuera de la foto o estaba tapada. OKX pide que se vean las cuatro esquinas y que nada, ni siquiera un dedo, tape el documento.
reason-photo_cut_off-step-1 = Encuadra el documento completo con un pequeño margen en cada lado, de modo que siga ocupando casi toda la imagen.
reason-photo_cut_off-step-2 = Asegúrate de que se vean las cuatro esquinas: apoya la tarjeta en una mesa para que ningún dedo la tape.
reason-photo_cut_off-step-3 = Usa un fondo liso que contraste con el documento.
reason-photo_cut_off-step-4 = No recortes la foto después.
reason-photo_cut_off-step-5 = Pasaporte: muestra la página de datos completa, incluidas las dos líneas de lectura mecánica de la parte inferior.

## not_original

reason-not_original = Captura, copia o edición
reason-not_original-about = La foto no era una foto a color del documento original. OKX no acepta capturas de pantalla, fotocopias, fotos de otra foto ni imágenes editadas.
reason-not_original-step-1 = Fotografía el documento físico con la cámara de tu teléfono.
reason-not_original-step-2 = No envíes capturas de pantalla, escaneos, fotocopias, impresiones, documentos digitales ni fotos de una pantalla.
reason-not_original-step-3 = Envía una foto a color, nunca en blanco y negro.
reason-not_original-step-4 = No edites la foto: sin filtros, recortes, stickers, zonas difuminadas ni anotaciones.
reason-not_original-step-5 = Toma una foto nueva en lugar de volver a subir la que fue rechazada; algunos servicios de verificación marcan una imagen que ya se rechazó antes.

## wrong_document

reason-wrong_document = Documento o lado erróneo
reason-wrong_document-about = El tipo de documento no se acepta, o faltaba un lado o una página. Los documentos que acepta OKX dependen de tu país.
reason-wrong_document-step-1 = Elige un tipo de documento que OKX ofrezca para tu país en el formulario de verificación; las visas, los carnés de estudiante y los permisos de trabajo no son documentos de identidad.
reason-wrong_document-step-2 = El país que emitió el documento debe ser el país que seleccionaste.
reason-wrong_document-step-3 = Si es un documento de identidad o una licencia de conducir, envía la parte frontal y la trasera en dos fotos, nunca el mismo lado dos veces.
reason-wrong_document-step-4 = Si es un pasaporte, envía la página de datos con tu foto y, si te lo piden, otras páginas importantes.
reason-wrong_document-step-5 = Sube cada archivo en su sitio: el documento de identidad donde se pide la identificación y el comprobante de domicilio donde se pide el domicilio.

## document_invalid

reason-document_invalid = Vencido/sin firma/dañado
reason-document_invalid-about = El propio documento no fue aceptado: estaba vencido, sin firmar, dañado o sin una foto del titular clara. OKX pide un documento vigente y en buen estado.
reason-document_invalid-step-1 = Revisa la fecha de vencimiento. Mejor usa un documento al que le quede vigencia: algunos servicios de verificación rechazan los que vencen en menos de un mes.
reason-document_invalid-step-2 = Si el campo de firma de tu pasaporte está vacío, fírmalo antes de tomar la foto.
reason-document_invalid-step-3 = Comprueba que la foto del titular y la fecha de nacimiento aparezcan y se vean con claridad.
reason-document_invalid-step-4 = Si el documento está agrietado, desgastado, perforado o le falta una esquina, usa otro documento vigente o renuévalo.
reason-document_invalid-step-5 = Si OKX pide un pasaporte nuevo en tu país, renuévalo primero.

## data_mismatch

reason-data_mismatch = Datos no coinciden
reason-data_mismatch-about = Lo que escribiste en el formulario (nombre, fecha de nacimiento, número de documento, nacionalidad) no coincide con el documento.
reason-data_mismatch-step-1 = Compara uno por uno cada dato que escribiste con el documento.
reason-data_mismatch-step-2 = Escribe tu nombre exactamente como aparece impreso: misma ortografía, mismo orden y con todos tus nombres; sin apodos ni transliteraciones propias.
reason-data_mismatch-step-3 = Si el formulario tiene un campo para el nombre en el idioma local, escríbelo ahí con el mismo alfabeto que en el documento.
reason-data_mismatch-step-4 = Fecha de nacimiento: revisa el orden del día y el mes.
reason-data_mismatch-step-5 = Número de documento: completo y sin espacios; no confundas la O con el 0 ni la I con el 1.
reason-data_mismatch-step-6 = Si tienes dos nacionalidades, elige la del documento que subes.
reason-data_mismatch-step-7 = País de residencia: donde vives realmente.
reason-data_mismatch-step-8 = Si ya no puedes editar los datos, pide al soporte de OKX que los corrija.

## selfie_failed

reason-selfie_failed = Falló el selfie
reason-selfie_failed-about = No se pudo completar el escaneo facial o la cara no se veía con suficiente claridad. OKX pide tu cara completa dentro del óvalo, con buena luz y sin moverte.
reason-selfie_failed-step-1 = Ponte de cara a la luz: sin ventanas ni lámparas detrás de ti.
reason-selfie_failed-step-2 = Quítate la gorra, el cubrebocas (mascarilla) o los lentes de sol, y aparta el pelo de la cara.
reason-selfie_failed-step-3 = Sostén el teléfono a la altura de los ojos, con la cara dentro del óvalo.
reason-selfie_failed-step-4 = No te muevas y gira la cabeza despacio cuando la app te lo pida.
reason-selfie_failed-step-5 = Permite el acceso a la cámara, actualiza la app de OKX y cierra las demás apps; si sigue fallando, prueba con otro teléfono.
reason-selfie_failed-step-6 = Hazlo en persona: solo el titular de la cuenta puede hacer la verificación facial.

## face_mismatch

reason-face_mismatch = El rostro no coincide
reason-face_mismatch-about = La cara de la selfie no se pudo emparejar con la foto del documento.
reason-face_mismatch-step-1 = Solo el titular de la cuenta puede hacerse la selfie.
reason-face_mismatch-step-2 = Usa tu documento más reciente, para que la foto se parezca a ti hoy.
reason-face_mismatch-step-3 = Asegúrate de que la foto del titular en el documento se vea nítida y sin brillos.
reason-face_mismatch-step-4 = Pon una expresión neutra, sin lentes ni gorra.
reason-face_mismatch-step-5 = Si sigue fallando, contacta con el soporte de OKX: algunos servicios de verificación consideran definitiva una falta de coincidencia facial.

## duplicate_identity

reason-duplicate_identity = ID ya verificado
reason-duplicate_identity-about = Esta identidad ya está verificada en otra cuenta de OKX. OKX permite una sola cuenta por persona, así que volver a enviar la verificación no servirá.
reason-duplicate_identity-step-1 = OKX permite una sola cuenta por persona, y tu identidad está vinculada a otra cuenta.
reason-duplicate_identity-step-2 = Inicia sesión en esa cuenta o recupérala con la recuperación de cuenta de OKX.
reason-duplicate_identity-step-3 = Si no conoces esa cuenta (puede que alguien haya usado tu documento), contacta con el soporte de OKX e indica tu UID.
reason-duplicate_identity-step-4 = Nunca uses el documento de otra persona ni prestes el tuyo.

## not_eligible

reason-not_eligible = Región o elegibilidad
reason-not_eligible-about = OKX no puede verificarte para esta cuenta, por ejemplo por el lugar donde vives. Volver a enviar la verificación no lo cambiará.
reason-not_eligible-step-1 = Lee la sección 2.2 de los Términos de Servicio de OKX y comprueba qué entidad de OKX presta servicio en tu país de residencia.
reason-not_eligible-step-2 = La elegibilidad depende de dónde vives, no solo de tu nacionalidad.
reason-not_eligible-step-3 = No uses una VPN ni declares una residencia falsa.
reason-not_eligible-step-4 = Si crees que es un error (por ejemplo, porque te mudaste), contacta con el soporte de OKX, indica tu UID y aporta un comprobante de tu residencia; no sigas reenviando la verificación.

## address_proof

reason-address_proof = Comprobante de domicilio
reason-address_proof-about = El comprobante de domicilio no fue aceptado. Debe mostrar tu nombre y tu domicilio actual, el mismo que escribiste en el formulario.
reason-address_proof-step-1 = Usa un documento que muestre tu nombre y tu domicilio actual.
reason-address_proof-step-2 = El domicilio debe ser exactamente el que escribiste en el formulario.
reason-address_proof-step-3 = Usa un documento reciente: emitido en los últimos 3 meses donde OKX fija un límite (por ejemplo, en Arabia Saudita).
reason-address_proof-step-4 = Envía una foto del original (la página completa, con todas las esquinas) o el PDF tal como se emitió; nada de capturas de pantalla.
reason-address_proof-step-5 = No uses la dirección de un apartado postal.

## unknown

reason-unknown = No se muestra el motivo
reason-unknown-about = OKX no te mostró ningún motivo. Normalmente aparece en el correo o el SMS que te envió OKX, junto con un enlace para volver a enviar la verificación.
reason-unknown-step-1 = Lee el correo o el SMS de OKX sobre la verificación: indica el motivo e incluye un enlace para volver a enviarla.
reason-unknown-step-2 = Abre la página de verificación en la app de OKX y busca ahí el motivo.
reason-unknown-step-3 = Si no, revisa las causas más comunes en este orden: captura, copia o foto en blanco y negro; esquinas que faltan; foto borrosa; brillos; fecha de vencimiento; los datos que escribiste; la selfie.
reason-unknown-step-4 = Envía a este bot la foto de tu documento y tu selfie para revisarlas.
reason-unknown-step-5 = Si sigue sin estar claro, o no hay resultado después de 24 horas, contacta con el soporte de OKX.
reason-invalid-expiry = Vencimiento no válido
