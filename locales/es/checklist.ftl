# Las partes fijas de la lista final, la revisión de la fecha de vencimiento y los próximos pasos.
# Ver locales/README.md y src/content/checklist.rs (que las compone en orden).

## Encabezados de sección de la lista

checklist-title = Tu lista antes de volver a enviar
checklist-title-final = Qué hacer en lugar de volver a enviar
checklist-section-reason = Soluciona el motivo que indicó OKX
checklist-section-photos = Corrige lo que encontré en tus fotos
checklist-section-data = Revisa los datos que escribiste
checklist-section-resubmit = Después, vuelve a enviar
checklist-section-instead = Qué hacer en su lugar

## Revisión de datos: cada campo escrito exactamente como en el documento

checklist-data-1 = Nombre: exactamente como aparece impreso en el documento, con la misma ortografía y el mismo orden, y en el mismo alfabeto (latino o local) que pide el campo.
checklist-data-2 = Fecha de nacimiento: la misma que en el documento; comprueba que no hayas invertido el día y el mes.
checklist-data-3 = Fecha de vencimiento: el documento no debe estar vencido; asegúrate de que siga vigente el día en que lo envíes.
checklist-data-4 = Domicilio: tu domicilio actual, escrito igual que en tu comprobante de domicilio si te lo piden.
checklist-data-5 = Nacionalidad y número de documento: la nacionalidad del documento que subes, y el número completo, sin espacios.

## Orden para volver a enviar (motivos que puedes solucionar tú)

checklist-resubmit-1 = Primero corrige todo lo de esta lista y después vuelve a enviar. Enviar las mismas fotos otra vez rara vez da un resultado distinto.
checklist-resubmit-2 = Usa el mismo teléfono y la misma red durante toda la verificación, y no actives ni desactives la VPN mientras se revisa.
checklist-resubmit-3 = Vuelve a enviar una sola vez, desde el enlace del correo de OKX o desde la página de verificación de la app, y espera el resultado.
checklist-resubmit-4 = Si la cuenta muestra un tiempo de espera antes de poder intentarlo de nuevo, respétalo. OKX no publica un límite fijo de intentos ni un tiempo de espera fijo.

## En lugar de volver a enviar (motivos definitivos: identidad duplicada, no elegible)

checklist-final-1 = No vuelvas a enviar: mandar las mismas fotos o fotos nuevas no cambiará esta decisión.
checklist-final-2 = Contacta con el soporte de OKX solo desde la app de OKX o en okx.com, e indica tu UID.
checklist-final-3 = Nadie de OKX te pedirá tu contraseña, códigos 2FA, frase semilla ni un pago para desbloquear la verificación.

## Revisión de la fecha de vencimiento (los veredictos no llevan argumentos; expiry-read-as va primero y
## muestra cómo se leyó la fecha escrita, como AAAA-MM-DD, para que se note si el día y el mes están invertidos)

expiry-read-as = Leí esta fecha como { $date }.
expiry-expired = Este documento está vencido. OKX no acepta documentos vencidos: usa otro documento vigente o renueva este.
expiry-soon = Este documento vence en menos de un mes. Puede que aún pase, pero algunos servicios de verificación rechazan documentos que vencen tan pronto: usa otro documento vigente si tienes uno.
expiry-fine = La fecha en sí está bien: el documento vence en más de un mes. Si OKX indicó «fecha de vencimiento no válida», revisa que en la foto la fecha se lea nítida y sin reflejos, y que la escribiste tal como aparece.
expiry-unreadable = No pude leer esa fecha. Escríbela como aparece en el documento, por ejemplo 15.03.2027 o 2027-03-15.

## Próximos pasos

next-register = ¿Todavía no tienes cuenta en OKX? Regístrate solo en la app oficial de OKX o en okx.com; nunca desde enlaces de desconocidos o de chats.
next-complete-kyc = Para verificarte: en la web, icono de perfil → «Verification» (Verificación) → «Individual account» (Cuenta individual); en la app, «User Center» (Centro de usuario) → «Profile and Settings» (Perfil y configuración) → «Identity verification» (Verificación de identidad). En la app en español los nombres pueden variar un poco. Ten a mano tu documento vigente, toma las fotos con buena luz sobre un fondo liso y escribe tus datos exactamente como en el documento. Si falla, lee el motivo en el correo o en la app de OKX, corrígelo y revisa aquí tus fotos antes de volver a enviar.
next-help-centre = Para todo lo que este bot no pueda responder, consulta el Centro de ayuda de OKX (okx.com/help) o contacta con el soporte en la app de OKX. La documentación oficial de OKX es la referencia final: este bot es una ayuda independiente y puede estar desactualizado.
next-terms-link = Términos del servicio de OKX, sección 2.2 (dónde OKX no ofrece sus servicios): https://www.okx.com/help-center/360021813691
expiry-none = Un documento sin fecha de vencimiento no puede estar vencido, así que aquí no hay nada que corregir. OKX no publica una regla propia para estos documentos: si el formulario exige una fecha, pregunta al soporte de OKX.
