# Preguntas frecuentes: faq-<id>-q (la pregunta; también es un botón, así que corta), faq-<id>-a (la respuesta,
# texto plano, cómoda de leer en el móvil, ~900 caracteres como máximo), faq-<id>-keys (palabras y frases
# separadas por comas que la gente usa para esta pregunta en ESTE idioma, con sinónimos, jerga y errores
# frecuentes; el buscador de texto libre las indexa).
# Los datos vienen solo de docs/kyc-knowledge.md. Donde OKX no publica una regla, se dice.

faq-common_causes-q = ¿Por qué me rechazaron?
faq-common_causes-a = Las causas más comunes, más o menos en el orden en que conviene revisarlas:
    1. Una captura de pantalla, fotocopia, foto de una pantalla o foto en blanco y negro en lugar de una foto a color del original.
    2. Una esquina cortada o tapada con un dedo.
    3. Una foto borrosa.
    4. Brillos sobre el texto o la foto del titular.
    5. Un documento vencido o dañado.
    6. Datos escritos (nombre, fecha de nacimiento, número de documento) distintos a los del documento.
    7. Una selfie fallida: habitación oscura, movimiento, cara fuera del óvalo.
    8. Una identidad ya usada en otra cuenta, o un país de residencia en el que OKX no puede dar servicio.
    El correo de OKX indica el motivo. Dime cuál es y te daré una lista de pasos.
faq-common_causes-keys = por que me rechazaron, porque me rechazaron, por que rechazaron mi verificacion, verificacion rechazada, verificación rechazada, kyc rechazado, kyc fallido, no pase la verificacion, no pasé el kyc, no me aprobaron, no me verifican, me rechazan el kyc, motivo del rechazo, razon del rechazo, rechazado, denegado, verificacion fallida, fallo la verificacion, otra vez rechazado, que hice mal, que salio mal, verificasion, berificacion, no me deja verificar

faq-no_reason_shown-q = No aparece el motivo del rechazo
faq-no_reason_shown-a = OKX envía el motivo del rechazo por correo electrónico, con un enlace para volver a enviar la verificación. Busca un mensaje de OKX en tu bandeja de entrada y en la carpeta de spam, y revisa también los SMS y la página de verificación en la app de OKX. Si aun así no encuentras el motivo, elige "No se mostró el motivo" en este bot: te guiaré por las causas más comunes y revisaré tus fotos.
faq-no_reason_shown-keys = sin motivo, no dice el motivo, no veo el motivo, no sale el motivo, no aparece el motivo, no se por que, no sé por qué, sin explicacion, no me explicaron, no dicen por que, solo dice rechazado, donde veo el motivo, como saber el motivo, no me llego correo, no me llegó el email, motivo desconocido, rechazado sin razon, sin razon, cual es el motivo, no indica la razon

faq-review_time-q = ¿Cuánto tarda la revisión?
faq-review_time-a = Cuando hace falta una revisión adicional, OKX indica que tarda hasta 24 horas, y más en momentos de mucha demanda. Recibes el resultado por SMS o correo electrónico. Si después de 24 horas no sabes nada, contacta con el Centro de soporte de OKX o con el chatbot de IA de la app.
faq-review_time-keys = cuanto tarda, cuánto tarda, cuanto demora, cuanto tiempo, cuanto tiempo tarda la verificacion, tiempo de revision, tiempo de verificacion, en revision, en revisión, pendiente, sigue pendiente, en proceso, en espera, cuantas horas, cuantos dias, cuando me verifican, cuando me aprueban, cuando sale el resultado, kyc pendiente, verificacion pendiente, tarda mucho, demora, cuanto hay que esperar, cuanto tarde

faq-no_result_24h-q = Sin resultado después de 24 horas
faq-no_result_24h-a = OKX indica que una revisión que necesita comprobaciones adicionales puede tardar hasta 24 horas, y más en horas pico. Si ya pasaron más de 24 horas, contacta con el Centro de soporte de OKX o con el chatbot de IA de la app de OKX e indica tu UID. Mientras tanto, no envíes una segunda solicitud; primero revisa tu correo (y el spam) y los SMS por si ya llegó el resultado.
faq-no_result_24h-keys = sin resultado, sin respuesta, no responden, no me contestan, mas de 24 horas, más de 24 horas, pasaron 24 horas, 24h, 48 horas, 2 dias, dos dias, 3 dias, una semana, sigo esperando, sigue en revision, sigue pendiente, atascado, trabado, estancado, no pasa nada, pendiente hace dias, todavia no me verifican, aun no me verifican, nadie responde, no se actualiza

faq-resubmit_timing-q = ¿Cuándo puedo volver a intentarlo?
faq-resubmit_timing-a = OKX no publica un tiempo de espera fijo antes de poder volver a enviar. Te manda por correo el motivo con un enlace para volver a enviar. Primero soluciona la causa y toma fotos nuevas: reenviar la imagen rechazada rara vez sirve, y algunos servicios de verificación la marcan. Si tu cuenta muestra un tiempo de espera, respétalo; otros exchanges aplican pausas tras intentos fallidos. Si no aparece el botón para volver a enviar, contacta con el soporte de OKX.
faq-resubmit_timing-keys = cuando puedo volver a intentar, volver a enviar, reenviar, enviar de nuevo, intentar de nuevo, intentar otra vez, reintentar, volver a intentarlo, cuanto esperar, cuanto tengo que esperar, esperar para reintentar, tiempo de espera, cooldown, proximo intento, siguiente intento, volver a verificar, verificar de nuevo, hacer el kyc otra vez, subir documentos de nuevo, volver a subir, reenviar documentos, boton reenviar, no aparece el boton

faq-repeated_retries-q = ¿Hay un límite de intentos?
faq-repeated_retries-a = OKX no publica un límite de intentos de verificación ni un tiempo de bloqueo. El mensaje sobre el "número máximo de intentos de verificación facial" se refiere a las passkeys de OKX, no a la verificación de identidad. Algunos servicios de verificación sí limitan los reintentos, así que aprovecha bien cada intento: soluciona la causa antes de volver a probar. Si fallas varias veces seguidas, para y contacta con el soporte de OKX indicando tu UID.
faq-repeated_retries-keys = limite, límite de intentos, cuantos intentos, cuantas veces, intentos restantes, me quedan intentos, numero de intentos, maximo de intentos, demasiados intentos, muchos intentos, lo intente muchas veces, fallé 3 veces, falle varias veces, sigue fallando, siempre falla, bloqueado, cuenta bloqueada, me bloquearon, ultimo intento, se acabaron los intentos, intentos agotados, intetos

faq-permanent_rejection-q = ¿Mi rechazo es definitivo?
faq-permanent_rejection-a = La mayoría de los rechazos no son definitivos: los problemas de calidad de la foto, del documento o de los datos escritos se pueden corregir y volver a enviar. Algunos sí son definitivos y volver a enviar no los cambiará: una identidad ya verificada en otra cuenta, un país de residencia en el que OKX no puede dar servicio y la sospecha de fraude. En esos casos, contacta con el soporte de OKX en lugar de volver a intentarlo.
faq-permanent_rejection-keys = definitivo, rechazo definitivo, rechazo permanente, permanente, para siempre, decision final, nunca podre verificarme, ya no puedo verificar, no puedo verificarme nunca, no hay solucion, sin solucion, se acabo, todavia puedo verificarme, puedo intentar otra vez, bloqueado para siempre, baneado, rechazo final, no tiene arreglo

faq-clear_but_failed-q = Foto nítida, pero rechazada
faq-clear_but_failed-a = Una foto que se ve bien en tu pantalla puede fallar igualmente. Causas ocultas típicas: una foto de una pantalla (rayas tenues), brillos en una tarjeta plastificada que solo se notan al ampliar, un dedo en una esquina, o la misma imagen rechazada enviada otra vez. Puede que el problema ni siquiera sea la foto: compara los datos que escribiste con el documento. Envíame la foto y la reviso.
faq-clear_but_failed-keys = la foto estaba bien, foto clara, foto nitida, foto nítida rechazada, buena foto rechazada, foto perfecta, se ve bien, no tiene nada mal, buena calidad, alta calidad, foto en hd, hice todo bien, todo correcto, todo estaba bien, no hay motivo, no entiendo por que, foto buena pero rechazada, se veia clarito, se ve perfecto

faq-blurry_photo-q = Mi foto sale borrosa
faq-blurry_photo-a = OKX necesita una foto nítida y legible. Limpia la lente; pon el documento sobre una superficie plana y sostén el teléfono paralelo, a unos 15–25 cm; usa la cámara trasera principal sin zoom y toca la pantalla para enfocar; no te muevas y busca buena luz. Luego amplía la foto: cada carácter debe leerse, y en el pasaporte también las dos líneas de la parte inferior. Sube la foto original, no una copia reenviada o comprimida.
faq-blurry_photo-keys = borrosa, borroso, movida, salio movida, desenfocada, fuera de foco, no enfoca, no se ve claro, no es clara, poco clara, no se lee, ilegible, no se ve bien, no se entiende, mala calidad, baja calidad, calidad de la foto, pixelada, pixeleada, con grano, borosa, borrozo, no nitida, la camara no enfoca

faq-glare-q = ¿Cómo evitar los reflejos?
faq-glare-a = OKX necesita una foto sin brillos. Apaga el flash; aléjate de lámparas y del sol directo y usa luz natural suave desde un lado; saca el documento de cualquier funda o protector; inclínalo un poco hasta que no quede ningún brillo sobre el texto, la foto o el holograma. Las tarjetas plastificadas son las más difíciles: toma varias fotos desde distintos ángulos y quédate con la que salga limpia.
faq-glare-keys = brillo, brillos, reflejo, reflejos, refleja, destello, mancha blanca, mancha de luz, punto de luz, luz, flash, holograma, plastificado, plastificada, enmicado, tarjeta de plastico, brilla, reflejo del sol, reflejo de la lampara, brioso, sobreexpuesto

faq-cropped_edges-q = Esquinas cortadas o tapadas
faq-cropped_edges-a = OKX necesita que se vean las cuatro esquinas y que nada tape el documento, ni siquiera un dedo. Apoya el documento en una mesa lisa que contraste; encuádralo completo con un pequeño margen en cada lado, de modo que siga ocupando casi toda la foto; no lo recortes después. Si es un pasaporte, muestra la página de datos completa, incluidas las dos líneas de la parte inferior.
faq-cropped_edges-keys = esquinas, esquina, cortado, cortada, recortado, recorte, bordes, borde, no se ve completo, no sale completo, se ve a medias, falta una parte, dedo, dedos, tapado, tapada, cubierto, oculto, documento completo, todo el documento, encuadre, no cabe, mitad del documento

faq-screenshot_or_copy-q = ¿Captura, escaneo o copia?
faq-screenshot_or_copy-a = No. OKX no acepta capturas de pantalla de ningún tipo, fotocopias, escaneos, impresiones, fotos de otra foto o de una pantalla, ni imágenes editadas. Toma una foto nueva a color del documento físico con la cámara del teléfono y no la edites.
faq-screenshot_or_copy-keys = captura, captura de pantalla, pantallazo, screenshot, escaneo, escaneado, escaner, scan, copia, fotocopia, impresion, impreso, foto de una foto, foto de la pantalla, documento digital, dni digital, id digital, copia digital, editada, photoshop, de la galeria, foto vieja, foto antigua, pdf del pasaporte

faq-color_photo-q = ¿La foto tiene que ser a color?
faq-color_photo-a = Sí. OKX pide una foto a color del documento original. Las fotos en blanco y negro, con filtros en escala de grises y las fotocopias se rechazan. Desactiva cualquier filtro o efecto de color y fotografía el documento con sus colores normales.
faq-color_photo-keys = color, a color, en color, a colores, blanco y negro, b/n, byn, escala de grises, gris, grises, monocromo, monocromatico, filtro, filtros, foto a color, foto en color, sin color, descolorida

faq-send_as_file-q = ¿Foto o archivo para este bot?
faq-send_as_file-a = Las dos formas funcionan. Telegram vuelve a comprimir una imagen enviada como "foto", lo que puede ocultar detalles finos; si la envías como "archivo" (clip → Archivo) se conserva el original, así que mi revisión es más precisa. Telegram permite a los bots descargar archivos de hasta 20 MB. Esto solo se refiere a enviar imágenes a este bot; en OKX se suben desde su propia app o web.
faq-send_as_file-keys = enviar como archivo, como archivo, como documento, foto o archivo, archivo o foto, sin comprimir, sin compresion, comprimida, compresion, telegram comprime, calidad original, calidad completa, maxima calidad, subir al bot como archivo, adjuntar como archivo, clip, pierde calidad, calidad en telegram, se ve pixelada en telegram

faq-file_format_size-q = ¿Qué formato y tamaño de archivo?
faq-file_format_size-a = OKX no publica un límite de tamaño ni de formato de archivo para la verificación de cuentas individuales; la regla de PDF de 20 MB que quizá veas es para cuentas institucionales (de empresa). Otros servicios sí fijan límites, por ejemplo Kraken menos de 5 MB y Onfido menos de 10 MB, así que una foto normal de la cámara (JPEG) es la opción segura. Toma la foto dentro de la app de OKX cuando te ofrezca la cámara.
faq-file_format_size-keys = tamaño, tamaño del archivo, tamano, peso, pesa mucho, limite de tamaño, tamaño maximo, muy grande, archivo muy grande, demasiado grande, mb, megas, formato, formato de archivo, jpg, jpeg, png, pdf, heic, heif, que formato, error al subir, no sube, no puedo subir, resolucion

faq-both_sides-q = ¿Necesito los dos lados?
faq-both_sides-a = Sí. OKX pide la parte frontal y la trasera del documento, y cada página con información clave. Envía dos fotos separadas, una por lado, y nunca el mismo lado dos veces. Si es un pasaporte, envía la página de datos con tu foto y, si te lo piden, otras páginas.
faq-both_sides-keys = ambos lados, los dos lados, dos caras, ambas caras, frente y reverso, anverso y reverso, frente y dorso, parte de atras, parte trasera, reverso, dorso, atras, frente, otro lado, segunda cara, atras del dni, atras de la cedula, el mismo lado dos veces, paginas, que pagina, pagina del pasaporte, pagina de datos, falta el reverso

faq-accepted_documents-q = ¿Qué documentos se aceptan?
faq-accepted_documents-a = OKX acepta pasaporte, documento nacional de identidad, licencia de conducir u otro documento oficial con foto emitido por el gobierno, pero la lista exacta depende de tu país: el formulario de verificación muestra las opciones para el tuyo. Debe mostrar tu nombre completo, fecha de nacimiento, fechas de emisión y de vencimiento y una foto clara, y no puede estar vencido. Es posible que la credencial para votar no se admita en algunos países; las visas, los carnés de estudiante y los permisos de trabajo no son documentos de identidad.
faq-accepted_documents-keys = documentos aceptados, que documentos, qué documento, que documento sirve, que identificacion, tipos de documento, documentos validos, pasaporte, dni, cedula, cédula de identidad, ine, credencial, documento de identidad, documento nacional de identidad, licencia de conducir, licencia de manejo, carnet de conducir, permiso de conducir, residencia, tarjeta de residencia, nie, puedo usar, que necesito

faq-unsupported_document-q = No me aceptan el documento
faq-unsupported_document-a = Los documentos que acepta OKX dependen de tu país. Elige un tipo de documento que el formulario de verificación ofrezca para tu país, emitido por el país que seleccionaste. Es posible que la credencial para votar no se admita en algunos países, y las visas, los carnés de estudiante y los permisos de trabajo no se aceptan como documentos de identidad. Si tu documento no se acepta, usa un pasaporte o un documento nacional de identidad.
faq-unsupported_document-keys = no aceptan mi documento, documento no aceptado, documento no valido, no es valido, no admitido, no soportado, tipo de documento incorrecto, documento equivocado, credencial de elector, credencial para votar, ine no aceptada, carnet de estudiante, credencial de estudiante, visa, visado, permiso de trabajo, cedula militar, tarjeta bancaria, rechazan mi dni, documento extranjero, pasaporte extranjero, documento de otro pais

faq-expired_document-q = ¿Puedo usar un documento vencido?
faq-expired_document-a = No. OKX rechaza los documentos vencidos. Usa otro documento vigente o renueva el que venció. Mejor usa uno al que le quede vigencia: algunos servicios de verificación también rechazan un documento que vence en menos de un mes.
faq-expired_document-keys = vencido, vencida, vence, vencimiento, fecha de vencimiento, caducado, caducada, caduca, caducidad, fecha de caducidad, expirado, expira, vigencia, vigente, ya no es valido, valido hasta, pasaporte vencido, dni vencido, dni caducado, cedula vencida, renovar, renovacion, esta por vencer, bencido

faq-damaged_document-q = Mi documento está dañado
faq-damaged_document-a = OKX pide un documento en buen estado. Un documento agrietado, desgastado, perforado o con una esquina cortada, o uno cuya foto o datos no se pueden leer, normalmente se rechaza. Usa otro documento vigente si tienes uno, o renueva el que está dañado.
faq-damaged_document-keys = dañado, dañada, danado, roto, rota, rajado, agrietado, quebrado, desgastado, gastado, rayado, descolorido, borroso por el uso, despegado, doblado, perforado, agujero, esquina cortada, mojado, se mojo, pasaporte dañado, dni roto, cedula rota, en mal estado

faq-unsigned_passport-q = Mi pasaporte no está firmado
faq-unsigned_passport-a = OKX considera no válido un pasaporte con el campo de firma vacío. Fírmalo en el campo de firma y luego toma una foto nueva.
faq-unsigned_passport-keys = firma, firmar, firmado, sin firma, no esta firmado, no tiene firma, falta la firma, firmar el pasaporte, donde firmo, donde se firma, campo de firma, firma del titular, pasaporte sin firmar, firma vacia, frima

faq-name_mismatch-q = Mi nombre no coincide
faq-name_mismatch-a = Escribe tu nombre exactamente como aparece impreso en el documento: misma ortografía, mismo orden, con todos tus nombres, sin apodos y sin transliteraciones propias. Si el formulario tiene un campo para el nombre en el idioma local, escríbelo ahí con el mismo alfabeto que en tu documento. Si ya no puedes editar el nombre, pide al soporte de OKX que lo corrija.
faq-name_mismatch-keys = nombre, nombre no coincide, nombre incorrecto, nombre mal escrito, error en el nombre, me equivoque en el nombre, apellido, apellidos, segundo apellido, segundo nombre, primer nombre, nombre completo, orden del nombre, acentos, tildes, ñ, letras latinas, transliteracion, cambiar nombre, editar nombre, corregir nombre, nombre de casada

faq-birthdate_mismatch-q = Mi fecha de nacimiento no coincide
faq-birthdate_mismatch-a = La fecha de nacimiento que escribas debe ser exactamente la del documento, y el documento debe mostrarla. El error más común es invertir el día y el mes. Si ya no puedes editarla, pide al soporte de OKX que la corrija. Si la fecha impresa en el propio documento está mal, necesitas que el organismo emisor te dé un documento corregido.
faq-birthdate_mismatch-keys = fecha de nacimiento, nacimiento, cumpleaños, fecha de nac, f. nac, fecha incorrecta, fecha equivocada, año de nacimiento, edad, dia y mes, mes y dia, dia y mes al reves, fecha invertida, formato de fecha, la fecha no coincide, puse mal la fecha, corregir fecha, naciemiento

faq-dual_nationality-q = Tengo dos nacionalidades
faq-dual_nationality-a = OKX pide a quienes tienen doble nacionalidad que elijan la más relevante para su identidad. Elijas la que elijas, la nacionalidad del formulario debe ser la del documento que subes: si subes tu pasaporte español, elige española.
faq-dual_nationality-keys = doble nacionalidad, dos nacionalidades, doble ciudadania, dos ciudadanias, dos pasaportes, segundo pasaporte, segunda nacionalidad, varias nacionalidades, que nacionalidad, que nacionalidad pongo, que pasaporte uso, nacionalidad, ciudadania, ciudadano de dos paises, pasaporte europeo, pasaporte español, pasaporte italiano

faq-address_proof-q = Comprobante de domicilio
faq-address_proof-a = OKX pide comprobante de domicilio solo en algunos casos. Debe mostrar tu nombre y tu domicilio actual, el mismo que escribiste en el formulario. Envía una foto clara del original (página completa, con todas las esquinas) o el PDF tal como se emitió, no una captura de pantalla. En Arabia Saudita debe estar emitido en los últimos 3 meses; la regla general de OKX sobre la antigüedad no está confirmada, así que lo más seguro es un documento reciente. No uses un apartado postal.
faq-address_proof-keys = comprobante de domicilio, justificante de domicilio, prueba de domicilio, comprobante de direccion, recibo, recibo de luz, factura de luz, recibo de agua, recibo de gas, factura de internet, recibo de telefono, estado de cuenta, extracto bancario, certificado de empadronamiento, empadronamiento, domicilio, direccion, direccion incorrecta, la direccion no coincide, me mude, contrato de alquiler, contrato de arriendo, 3 meses, apartado postal, antiguedad

faq-face_selfie_fail-q = Falla la verificación facial
faq-face_selfie_fail-a = Consejos de OKX: evita los lugares oscuros y que la cámara se mueva, coloca tu cara dentro del óvalo y luego mueve la cabeza despacio siguiendo el círculo. Ponte de cara a la luz (sin ventanas detrás); sin gorra, mascarilla ni gafas de sol; teléfono a la altura de los ojos. La app necesita permiso para usar la cámara. Si sigue fallando, actualiza la app, cierra las demás apps o prueba con otro teléfono; algunos teléfonos tienen problemas con el escaneo facial. Solo el titular de la cuenta puede hacerlo.
faq-face_selfie_fail-keys = selfie, selfi, selfy, autofoto, foto de la cara, cara, rostro, reconocimiento facial, verificacion facial, escaneo facial, prueba de vida, liveness, no detecta mi cara, no reconoce mi cara, selfie rechazada, selfie fallida, falla la selfie, ovalo, circulo, mover la cabeza, girar la cabeza, camara frontal, video selfie, biometria

faq-glasses_hat_mask-q = ¿Gafas, gorra o mascarilla?
faq-glasses_hat_mask-a = No. OKX pide que nada te tape la cara: quítate los lentes, los lentes de sol, sombreros, gorras y cubrebocas, y aparta el pelo de la cara, para que tu cara completa se vea dentro del óvalo.
faq-glasses_hat_mask-keys = gafas, lentes, anteojos, gafas de sol, lentes de sol, lentes oscuros, sombrero, gorra, gorro, capucha, mascarilla, cubrebocas, tapabocas, barbijo, bufanda, barba, maquillaje, pelo, cabello, flequillo, aretes, puedo usar lentes

faq-camera_permission-q = La cámara no funciona
faq-camera_permission-a = La app de OKX necesita permiso para usar la cámara. Abre Ajustes del teléfono → Aplicaciones → OKX → Permisos y permite la Cámara; luego reinicia la app. Si te verificas en un navegador, permite la cámara para el sitio o pasa a la app de OKX. Cierra otras apps que usen la cámara; si sigue sin funcionar, actualiza la app o prueba con otro dispositivo.
faq-camera_permission-keys = camara, cámara, la camara no funciona, no abre la camara, no se abre la camara, pantalla negra, permiso de camara, permisos, permitir camara, acceso a la camara, sin camara, error de camara, la app se cierra, se traba, se congela, se queda cargando, navegador, computadora, ordenador, laptop, webcam, celular viejo, movil viejo, telefono no compatible

faq-someone_else_selfie-q = ¿Otra persona hace mi selfie?
faq-someone_else_selfie-a = No. Solo el titular de la cuenta puede hacer la verificación facial, y la cara debe coincidir con el documento de la cuenta. Verificarse con la cara o los documentos de otra persona no funcionará. Cada persona que quiera una cuenta de OKX verifica la suya.
faq-someone_else_selfie-keys = otra persona, alguien mas, un amigo, mi amigo, mi esposa, mi esposo, mi mujer, mi marido, mi mama, mi papa, mi madre, mi padre, mi hermano, un familiar, pariente, por mi, en mi nombre, usar el documento de otro, dni de otra persona, verificar a otra persona, cuenta de mis padres, cuenta de mi hijo, prestar mi cara

faq-duplicate_account-q = Documento usado en otra cuenta
faq-duplicate_account-a = OKX permite una sola cuenta por persona, y tu identidad ya está verificada en otra cuenta. Volver a enviar no servirá. Inicia sesión en esa cuenta o recupérala con la recuperación de cuenta de OKX. Si no conoces esa cuenta (puede que alguien haya usado tu documento), contacta con el soporte de OKX indicando tu UID. Nunca uses el documento de otra persona ni prestes el tuyo.
faq-duplicate_account-keys = ya usado, ya utilizado, ya verificado, ya esta verificado, duplicado, duplicada, otra cuenta, segunda cuenta, cuenta vieja, cuenta antigua, dos cuentas, varias cuentas, cuenta nueva, documento ya usado, dni ya usado, identidad ya usada, ya registrado, alguien uso mi dni, perdi mi cuenta, olvide mi cuenta, recuperar cuenta, cuenta duplicada

faq-region_restricted-q = OKX no opera en mi país
faq-region_restricted-a = OKX decide qué servicios y qué entidad de OKX te atienden según tu país de residencia, no solo según tu nacionalidad. Los países restringidos figuran en la sección 2.2 de los Términos de Servicio de OKX; consúltalos ahí, porque las listas de otros sitios pueden estar mal o desactualizadas. Esto no se soluciona volviendo a enviar, y una VPN o una dirección falsa no ayudan. Si crees que es un error, contacta con el soporte de OKX.
faq-region_restricted-keys = pais, país no admitido, pais no soportado, pais no disponible, restringido, pais restringido, region, región restringida, no disponible, no disponible en mi pais, mi pais, residencia, pais de residencia, jurisdiccion, sanciones, pais bloqueado, estados unidos, eeuu, usa, no elegible, elegibilidad, menor de edad, menor de 18, edad

faq-vpn_or_travel-q = ¿Desde otro país o con VPN?
faq-vpn_or_travel-a = Indica tu país de residencia real: la elegibilidad en OKX depende de dónde vives. No uses una VPN para ocultar dónde estás y no declares una residencia falsa. Algunos usuarios cuentan que una VPN o una ubicación distinta de la residencia declarada les causó problemas; no es una regla oficial de OKX, pero lo más seguro es desactivar la VPN y verificarte desde casa.
faq-vpn_or_travel-keys = vpn, proxy, ip, direccion ip, ubicacion, extranjero, en el extranjero, desde el exterior, de viaje, viajando, vacaciones, otro pais, pais extranjero, vivo en otro pais, vivo afuera, emigre, me mude de pais, expat, pais diferente, tor

faq-official_support-q = ¿Cómo contacto con el soporte?
faq-official_support-a = Contacta con OKX solo por sus canales oficiales: en la app de OKX (Soporte o el chatbot de IA) o en okx.com, desde el Centro de ayuda. Indícales tu UID (está en tu perfil), nunca tu contraseña ni tus códigos. Cuidado con las cuentas de "soporte" que te escriben primero por Telegram u otras redes: son estafas. Este bot no es OKX y no puede contactar con el soporte por ti.
faq-official_support-keys = soporte, contactar soporte, contactar a okx, atencion al cliente, servicio al cliente, ayuda, centro de ayuda, chat en vivo, chat, agente, asesor, persona real, hablar con alguien, operador, correo de soporte, email de soporte, numero de telefono, telefono de okx, ticket, reclamo, queja, como contacto, soporte okx, suporte, soprte

faq-scam_warning-q = Alguien se ofrece a arreglar mi KYC
faq-scam_warning-a = Es una estafa. Nadie legítimo te pide tu contraseña, códigos 2FA o SMS, frase semilla ni un pago para "desbloquear" o "acelerar" la verificación. Nunca los compartas y nunca pagues. Contacta con el soporte de OKX solo en la app de OKX o en okx.com, y considera un estafador a cualquiera que te escriba primero ofreciendo ayuda.
faq-scam_warning-keys = estafa, estafador, fraude, scam, falso soporte, soporte falso, me pidieron la contraseña, codigo 2fa, codigo sms, frase semilla, seed phrase, palabras clave, clave privada, pagar para desbloquear, pagar para verificar, comision para desbloquear, desbloquear cuenta, acelerar verificacion, comprar cuenta verificada, vender cuenta, servicio kyc, me escribieron por privado, mensaje de okx, es legitimo, es confiable

faq-about_bot-q = ¿Quién eres? ¿Este bot es de OKX?
faq-about_bot-a = Soy KYC Doctor, una ayuda independiente y de código abierto. No soy OKX ni tengo relación con OKX. No puedo ver, cambiar ni acelerar tu cuenta o tu verificación de OKX; solo reviso tus fotos y te explico qué corregir, según las reglas que OKX publica. Nunca necesito tu contraseña, tus códigos 2FA ni tu frase semilla. La documentación oficial de OKX es la referencia final.
faq-about_bot-keys = quien eres, que eres, eres okx, esto es okx, oficial, es oficial, bot, este bot, que haces, que puedes hacer, para que sirve, como funciona, ayuda, me puedes verificar, puedes aprobarme, puedes acelerar, eres humano, eres real, eres un robot

faq-bot_privacy-q = ¿Qué haces con mis fotos?
faq-bot_privacy-a = Reviso tus fotos en memoria y nunca las guardo ni las registro. Solo conservo el paso de nuestra conversación, tu idioma, el motivo que elegiste, el tipo de documento, los códigos de problemas de las revisiones y un hash de 64 bits de cada imagen (un número corto calculado a partir de ella, para notar si envías la misma imagen dos veces). Ni fotos, ni nombres, ni datos del documento: lo que leo en la zona de lectura mecánica se te muestra una vez y no se guarda. Con el almacenamiento predeterminado (SQLite) esto se conserva hasta que envíes /forget; si el bot funciona con Redis, además se borra tras un tiempo sin actividad (REDIS_TTL_SECS, 7 días de forma predeterminada). No soy OKX y no puedo ver ni modificar tu cuenta.
faq-bot_privacy-keys = privacidad, privado, datos, mis datos, datos personales, guardas, guardan, almacenan, almacenamiento, guardar, guardado, mis fotos, borrar, borrar mis datos, eliminar mis datos, olvidar, rgpd, gdpr, es seguro, seguridad, quien ve mis fotos, guardas mi pasaporte, guardas mi dni, donde van mis fotos

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX dice «Invalid document»
faq-invalid_document-a = «Invalid document» (documento no válido) se refiere al documento en sí, no a la foto. OKX da estas causas: no tiene foto del titular o no se ve bien, el pasaporte no está firmado o, en algunos países, se exige un pasaporte nuevo. Si el campo de firma de tu pasaporte está vacío, fírmalo y toma fotos nuevas. Si la foto del documento está gastada o no se lee, usa otro documento oficial que tengas (pasaporte, cédula/DNI o licencia de conducir) o renueva el documento. Si no sabes cuál es tu caso, pregunta al soporte de OKX. Puedo revisar tus fotos nuevas antes de que las envíes.
faq-invalid_document-keys = invalid document, documento inválido, documento no válido, documento invalido, pasaporte inválido, pasaporte no válido, necesito pasaporte nuevo, no tiene foto, foto borrosa del documento gastada, pasaporte sin firmar, dice invalid document, cédula inválida, ine no válida, dni no válido

faq-document_photo_rejected-q = ¿«ID detection failed»?
faq-document_photo_rejected-a = Estos mensajes se refieren a la foto del documento, no al documento en sí. OKX explica «Invalid document photo» como foto borrosa, recortada, con datos tapados o del documento equivocado (otra identificación o comprobante de domicilio que no corresponde). El antiguo «ID detection failed» significa que no se pudo reconocer el documento en la imagen: sobreexpuesta, con reflejos o sin verse entero. Vuelve a tomarla: el documento original (sin captura ni copia), sobre una mesa oscura, las cuatro esquinas en el cuadro, sin dedos encima, luz pareja sin brillos y bien enfocada. Mándame la foto primero y la reviso.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, no detecta mi documento, no reconoce la identificación, foto del documento rechazada, foto de la cédula rechazada, error al detectar el documento, no se detectó el documento, rechazaron la foto de mi ine, foto del pasaporte rechazada

faq-face_scan_loop-q = El escaneo facial se repite
faq-face_scan_loop-a = OKX no publica una causa concreta para un escaneo facial que se reinicia, se congela o termina en «something went wrong». Lo que OKX sí pide: permitir que la app de OKX use la cámara, evitar lugares oscuros y que tiemble el teléfono, poner toda la cara dentro del óvalo y luego mover la cabeza despacio en círculo cuando lo pida. Ponte de frente a la luz, sin ventana ni lámpara detrás. Si sigue en bucle, prueba la app de OKX en vez del navegador (o al revés); algunas personas cuentan que les funcionó otro teléfono. Si el escaneo nunca termina, contacta al soporte de OKX con tu UID.
faq-face_scan_loop-keys = escaneo facial se repite, escaneo facial en bucle, reconocimiento facial se reinicia, se congela la verificación facial, something went wrong, algo salió mal, el círculo no termina, la selfie se reinicia, no termina el escaneo de cara, se queda cargando la cara, verificación facial infinita, prueba de vida no funciona

faq-head_covering-q = ¿Hiyab o velo en la cabeza?
faq-head_covering-a = OKX no publica ninguna regla sobre prendas religiosas en la cabeza (hiyab, pañuelo, turbante, kipá y otras). Su regla es que nada puede cubrir la cara: toda la cara dentro del óvalo, sin cubrebocas, lentes de sol ni gorra encima. Así que lo más seguro es una prenda que deje ver toda la cara, desde el nacimiento del pelo hasta la barbilla, sin sombras y con buena luz. Un velo que tape parte de la cara (un nicab, por ejemplo) no cumple esa regla. Cada caso lo decide el soporte oficial de OKX: pregúntales si tienes dudas.
faq-head_covering-keys = hiyab, hijab, velo, pañuelo en la cabeza, turbante, kipá, nicab, niqab, puedo usar hiyab, quitarme el hiyab, hiyab en la selfie, velo en la foto del pasaporte, motivos religiosos, cabeza cubierta, prenda religiosa
