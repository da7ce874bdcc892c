# Lo que encontró el revisor de fotos: nombres cortos y un paso de solución por código de problema,
# en qué parte del documento está cada hallazgo y por qué no se pudo leer un archivo. Ver locales/README.md.

## Problemas de la foto del documento: issue-<code> (nombre corto), issue-<code>-fix (un paso para la foto del documento)

issue-blurry = Borrosa
issue-blurry-fix = La foto está borrosa: limpia la lente, toca el documento en la pantalla para enfocar y mantén el teléfono quieto.
issue-glare = Brillo
# $where es una de las frases region-* de abajo, p. ej. "la esquina superior derecha".
issue-glare-fix = Un reflejo tapa { $where } del documento: apaga el flash e inclina un poco el documento hasta que desaparezca el brillo.
issue-too_dark = Muy oscura
issue-too_dark-fix = La foto está demasiado oscura: busca una luz intensa y uniforme, por ejemplo cerca de una ventana. No uses el flash.
issue-too_bright = Muy clara
issue-too_bright-fix = La foto está demasiado clara: apártate de la luz directa, desactiva el HDR y toca el documento en la pantalla para ajustar la exposición.
issue-cut_off = Cortada
issue-cut_off-fix = Una parte del documento queda fuera de la foto: aléjate hasta que se vean las cuatro esquinas, con un pequeño margen alrededor.
issue-too_small = Documento muy pequeño
issue-too_small-fix = El documento ocupa muy poco de la foto: acércate hasta que ocupe casi toda la imagen, sin dejar de ver las cuatro esquinas.
issue-low_resolution = Baja resolución
issue-low_resolution-fix = La foto tiene muy pocos píxeles para leer el texto: tómala con la cámara principal, sin zoom, y envía la foto original, no una copia comprimida.
issue-tilted = Inclinada
issue-tilted-fix = El documento está fotografiado en ángulo: ponlo sobre una superficie plana y sostén el teléfono justo encima, paralelo al documento.
issue-grayscale = Blanco y negro
issue-grayscale-fix = La foto está en blanco y negro: OKX exige una foto a color. Desactiva cualquier filtro y fotografía el original en color.
issue-screen_photo = Captura o pantalla
issue-screen_photo-fix = Parece una captura de pantalla o una foto de una pantalla: fotografía el documento físico con la cámara de tu teléfono.
issue-no_document = No se detecta el documento
issue-no_document-fix = No encontré ningún documento en la foto: ponlo sobre una superficie lisa que contraste y haz que ocupe casi toda la imagen.
issue-mrz_unreadable = Zona de lectura mecánica ilegible
issue-mrz_unreadable-fix = Los sistemas de verificación leen las líneas con ‹‹‹ de la parte inferior del documento (la zona de lectura mecánica) y no pude leerlas: la franja entera debe salir en la foto, nítida y sin reflejos. Acércate, sostén el teléfono quieto e inclina el documento para evitar el reflejo de la luz.
issue-document_uncertain = Bordes del documento poco claros
issue-document_uncertain-fix = No pude ver con claridad los bordes del documento, así que no comprobé si está cortado, es demasiado pequeño o está inclinado: ponlo sobre una superficie lisa y más oscura y vuelve a hacer la foto.

## Problemas de la selfie

issue-no_face = No se detecta la cara
issue-no_face-fix = No encontré ninguna cara: mira directamente a la cámara, ponte de cara a la luz y asegúrate de que se vea tu cara completa.
issue-multiple_faces = Varias caras
issue-multiple_faces-fix = Hay más de una cara en la imagen: hazte la selfie a solas, sin nadie detrás de ti.
issue-face_too_small = Cara demasiado lejos
issue-face_too_small-fix = Tu cara está demasiado lejos: acerca el teléfono, a la altura de los ojos, para que tu cara llene el óvalo.
issue-face_cut_off = Cara cortada
issue-face_cut_off-fix = Una parte de tu cara queda fuera del encuadre: asegúrate de que se vea toda tu cabeza, desde la barbilla hasta el pelo.
issue-face_off_center = Cara descentrada
issue-face_off_center-fix = Tu cara está lejos del centro: sostén el teléfono justo delante de ti y mantén la cara en el medio.
issue-backlit = Luz a tu espalda
issue-backlit-fix = El fondo está mucho más iluminado que tu cara: date la vuelta para quedar de frente a la ventana o la lámpara, no de espaldas.
issue-uneven_light = Luz desigual
issue-uneven_light-fix = Un lado de tu cara está mucho más oscuro: ponte de frente a la fuente de luz para que los dos lados queden igual de iluminados.

## Variantes para selfie de los códigos que se aplican a los dos tipos de foto

issue-selfie-blurry-fix = La selfie está borrosa: limpia la cámara frontal, sostén el teléfono firme a la altura de los ojos y muévete despacio.
issue-selfie-too_dark-fix = La selfie está demasiado oscura: ve a un lugar con mucha luz y ponte de cara a ella.
issue-selfie-too_bright-fix = La selfie está demasiado clara: apártate del sol directo o de la luz fuerte de una lámpara y usa una luz suave y uniforme.
issue-selfie-grayscale-fix = La selfie está en blanco y negro: desactiva cualquier filtro o efecto de color de la cámara.
issue-selfie-low_resolution-fix = La selfie tiene muy pocos píxeles: usa directamente la cámara del teléfono y envía la foto original, no una copia comprimida.

## En qué parte del documento está un hallazgo (se usa como { $where } arriba)

region-top_left = la esquina superior izquierda
region-top = el borde superior
region-top_right = la esquina superior derecha
region-left = el borde izquierdo
region-center = el centro
region-right = el borde derecho
region-bottom_left = la esquina inferior izquierda
region-bottom = el borde inferior
region-bottom_right = la esquina inferior derecha
# Cuando el revisor no pudo decir dónde.
region-unknown = una parte

## Archivos que no se pudieron analizar (códigos de error de entrada de docs/contracts.md)

input-error-not_found = No encontré ese archivo. Revisa la ruta e inténtalo de nuevo.
input-error-unsupported_format = No puedo leer este formato de imagen (por ejemplo, las fotos HEIC de iPhone). Envía la imagen como foto normal en Telegram o guárdala en JPEG: en iPhone, Configuración (Ajustes) → Cámara → Formatos → Más compatible.
input-error-corrupt = No pude leer esta imagen: el archivo parece dañado o incompleto. Toma una foto nueva y vuelve a enviarla.
input-error-too_large = Este archivo es demasiado grande para revisarlo. Envíalo como foto normal en lugar de como archivo, o manda una imagen más pequeña.
input-error-too_many_pixels = Esta imagen tiene más píxeles de los que puedo revisar. Envíala como foto normal, que Telegram reduce de tamaño, o usa una resolución de cámara más baja.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Lo que dice tu documento (leído de su zona de lectura mecánica; solo lo ves tú y no se guarda):
mrz-block-surname = Apellidos: { $value }
mrz-block-given = Nombre: { $value }
mrz-block-birth = Fecha de nacimiento: { $value }
mrz-block-expiry = Fecha de caducidad: { $value }
mrz-block-nationality = Nacionalidad: { $value }
mrz-block-number = Número de documento: { $value }
mrz-block-advice = Introdúcelos en el formulario de OKX exactamente como están impresos. El nombre no tiene dígito de control: comprueba su ortografía con el documento.
