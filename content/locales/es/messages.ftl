### Todo lo que Rekindle dice en su interfaz, en HTML de Telegram (<b>, <i>, <a href>, <code>).
### El código rellena las variables ({ $name }) y las escapa; los números llegan como números,
### así que cada mensaje puede elegir singular o plural.
### Se habla de tú a quien lee; "tu pareja" es la otra persona. Español neutro para España y
### Latinoamérica: sin formas de vosotros ni "les … a los dos", y sin adjetivos que marquen el
### género de nadie ("todo listo", "a salvo", "cada cual").
### Términos: "pequeño gesto" (small act), "check-in", "promesa", "la charla" (la parte en
### pareja del check-in), "pulso" (el pulso de la relación), "vincular / desvincular la cuenta"
### (pairing: nunca "vínculo", que suena a la relación misma), "horas de silencio".
### Las fechas y las horas las pone el código (Babel): "vie, 28 de noviembre", "18:00".

## common

common-consent_first = Todavía no nos conocemos 🙂 Envía /start para empezar: te explico lo que hago y, antes de nada, te pido permiso.
common-finish_setup_first = Primero terminemos la configuración: solo lleva un minuto.
common-unknown_command = No conozco el comando { $command }. Esto es lo que puedo hacer:
common-free_text = No sé muy bien qué hacer con ese mensaje. Para hacer una promesa, envía /promise; para ver todo lo que puedo hacer, envía /help.
common-non_text = Puedo leer mensajes de texto y botones (y una ubicación compartida mientras configuras tu zona horaria). Prueba con /help.
common-group_chat = Solo funciono en chats privados, para que tus respuestas sigan siendo privadas. Toca mi nombre y envíame /start allí.
common-stale_button = Ese botón ya no está activo.
common-error = Lo siento, algo ha fallado por mi parte. No se ha perdido nada de lo que ya guardaste. Vuelve a intentarlo en un momento.
common-cancelled = De acuerdo, cancelado. No se ha cambiado nada.
common-nothing_to_cancel = Ahora mismo no hay nada que cancelar.
common-too_long = Es más largo de lo que puedo recibir aquí ({ $limit ->
        [one] { $limit } carácter
       *[other] { $limit } caracteres
    } como máximo). ¿Podrías acortarlo?

help =
    <b>Rekindle</b> te ayuda a sentirte más cerca de tu pareja, un poco cada día.

    <b>Cada día</b>
    /progress — tus pequeños gestos de esta semana
    <b>Promesas</b>
    /promise — hacerle una promesa a tu pareja
    /promises — las promesas pendientes y cómo le va a cada cual
    <b>Check-in semanal</b>
    /checkin — el check-in de 30 minutos en pareja
    /insights — tus tendencias, y por qué ves cada sugerencia
    <b>Tu pareja y tú</b>
    /invite — un enlace para que tu pareja se una
    /unpair — desvincular tu cuenta de la de tu pareja
    <b>Ajustes y privacidad</b>
    /settings — nombre, zona horaria, horarios, horas de silencio, pausa
    /pause — tomarte un respiro · /resume
    /export — descargar todo lo que se guarda sobre ti
    /delete — borrar tus datos

    /cancel detiene lo que estemos haciendo en ese momento.

## commands

commands-start = Empezar o seguir con la configuración
commands-help = Lo que puedo hacer
commands-progress = Tus pequeños gestos de esta semana
commands-streak = Tu racha de días
commands-questions = Preguntas diarias y vuestras respuestas
commands-promise = Hacer una promesa
commands-promises = Promesas pendientes y cuántas cumples
commands-checkin = El check-in semanal
commands-insights = Tus tendencias y sugerencias
commands-invite = Invitar a tu pareja
commands-settings = Nombre, zona horaria, horarios, pausa
commands-pause = Pausar todos los mensajes un tiempo
commands-resume = Reanudar los mensajes
commands-unpair = Desvincular tu cuenta de la de tu pareja
commands-export = Descargar tus datos
commands-delete = Borrar tus datos
commands-cancel = Detener lo que estamos haciendo

## Las superficies propias de Telegram: el perfil del bot (setMyDescription: en el chat vacío,
## 512 caracteres como mucho, texto sin formato) y la descripción corta (setMyShortDescription: 120)

bot-description = Rekindle os ayuda a sentiros más cerca, un poquito cada día: un pequeño gesto de cariño al día, promesas que cumplís, una pregunta diaria y, una vez por semana, un check-in de 30 minutos juntos. Tus respuestas son privadas, salvo que decidas compartirlas. Toca Iniciar para empezar.
bot-short_description = Pequeños pasos diarios en pareja: gestos de cariño, promesas cumplidas y un check-in semanal.

## when

when-today = hoy a las { $time }
when-tomorrow = mañana a las { $time }
when-by_today = para hoy
when-by_tomorrow = para mañana
when-by_day = para el { $day }
when-their_day = { $when }, hora de { $name }

## onboarding

onboarding-welcome =
    👋 <b>¡Hola, { $first_name }! Soy Rekindle.</b>

    Ayudo a las parejas a sentirse más cerca, con pasos pequeños y constantes:
    • un pequeño gesto de cariño para tu pareja cada día
    • promesas que cumples, para ver cómo crece la confianza
    • un check-in guiado de 30 minutos en pareja, una vez por semana

    🔒 <b>Tu privacidad</b>
    Lo que compartes aquí es personal. Si estás de acuerdo, guardaré tu nombre, tu zona horaria y tus ajustes, además de tus respuestas, promesas y gestos, para poder recordarte las cosas y mostrarte tu progreso. Tus respuestas privadas nunca se le muestran a tu pareja, salvo que tú decidas compartirlas. Puedes descargarlo todo con /export o borrarlo con /delete cuando quieras.

    Hasta que toques <b>Acepto</b>, no guardo nada sobre ti.

onboarding-invited_by = 💌 <b>{ $inviter } te ha invitado a Rekindle</b> como su pareja.
onboarding-consent_button = ✅ Acepto, empecemos
onboarding-decline_button = Ahora no
onboarding-declined = Sin problema: no se ha guardado nada. Envía /start cuando quieras.
onboarding-consented = ✅ Gracias. Vamos a dejarlo todo listo: son tres preguntas rápidas.
onboarding-already_consented = Ya estamos en marcha 🙂
onboarding-ask_name = ¿Cómo quieres que te llame? (Tu pareja verá este nombre.)
onboarding-use_telegram_name = Llámame { $name }
onboarding-bad_name = El nombre puede tener de 1 a 40 caracteres y no puede empezar por “/”. ¿Cómo quieres que te llame?
onboarding-name_saved = ¡Un placer conocerte, { $name }!

onboarding-ask_timezone =
    🌍 <b>¿En qué zona horaria estás?</b> La uso para enviarte las cosas a horas razonables para ti.

    Toca <b>📍 Compartir mi ubicación</b> aquí abajo (se usa una sola vez para averiguar tu zona horaria y después se olvida), o escribe tu ciudad (<i>Lisboa</i>), una zona horaria (<i>Europe/Lisbon</i>) o una diferencia con UTC (<i>+5:30</i>).

onboarding-share_location_button = 📍 Compartir mi ubicación
onboarding-timezone_choices = { $place } tiene varias zonas horarias. ¿Cuál es la tuya? (O escribe tu ciudad.)
onboarding-bad_timezone = No he encontrado ninguna zona horaria para “{ $text }”. Prueba con una ciudad grande cerca de ti (<i>Madrid</i>), el nombre de una zona horaria (<i>Europe/Madrid</i>), una diferencia con UTC como <i>+1</i> o <i>-3:30</i>, o toca 📍 <b>Compartir mi ubicación</b>.
onboarding-bad_location = No he encontrado ninguna zona horaria en ese punto. ¿Podrías escribir tu ciudad?
onboarding-timezone_saved = 🌍 Zona horaria: <b>{ $zone }</b>. Hora actual allí: { $local_time }.
onboarding-timezone_saved_offset = 🌍 Zona horaria: <b>{ $zone }</b> (una diferencia fija, sin cambio de horario de verano; si en tu zona se cambia la hora, mejor envía tu ciudad). Hora actual allí: { $local_time }.
onboarding-ask_act_time = ⏰ <b>¿A qué hora quieres recibir tu pequeño gesto diario?</b> Elige una hora, o escribe una como <i>8:30</i>, <i>20:15</i> o <i>7 de la tarde</i>.
onboarding-bad_time = No he podido entender “{ $text }” como una hora del día. Prueba con <i>8:30</i>, <i>20:15</i> o <i>7 de la tarde</i>.
onboarding-act_time_saved = ⏰ Tu pequeño gesto diario llegará a las <b>{ $time }</b>, según tu hora local.
onboarding-act_time_in_quiet_hours = Esa hora cae dentro de tus horas de silencio ({ $quiet }), así que llegará a las { $quiet_end }. Puedes cambiar las horas de silencio en /settings.

onboarding-done_solo =
    🎉 <b>¡Todo listo, { $name }!</b>

    Rekindle funciona mejor con tu pareja: envía /invite y te daré un enlace para compartírselo. Hasta que se una, seguirás recibiendo tu pequeño gesto diario y podrás hacer promesas y reflexionar por tu cuenta.

    /help muestra todo lo que puedo hacer.

onboarding-done_paired =
    🎉 <b>¡Todo listo, { $name }! Ya compartes Rekindle con { $partner }.</b> 💞

    A partir de ahora, cada cual recibirá cada día un pequeño gesto para la otra persona; tú podrás ver las promesas de { $partner } y hacer el check-in semanal en pareja.

    /help muestra todo lo que puedo hacer.

onboarding-welcome_back = Qué alegría verte de nuevo, { $name } 💛 /help muestra todo lo que puedo hacer.
onboarding-there = qué tal

## pairing

pairing-too_many_tries = 🙂 Han sido muchos enlaces de invitación que no funcionaron. Hagamos una pausa: pídele a tu pareja un enlace nuevo y vuelve a probar dentro de una hora.
pairing-invite_link =
    💌 <b>Tu enlace de invitación</b>

    { $link }

    Envíaselo a tu pareja. Funciona una sola vez, solo para esa persona, y caduca en 48 horas ({ $expires }). Aquí abajo tienes un mensaje que puedes reenviar tal cual.

pairing-invite_forward =
    💞 <b>A { $name } le gustaría probar Rekindle contigo</b>: un bot privado de Telegram para parejas, con un pequeño gesto para la otra persona cada día, promesas que se cumplen y un breve check-in semanal en pareja.

    Toca el botón para unirte a { $name }. (El enlace funciona una sola vez y caduca en 48 horas.)

pairing-invite_button = Unirme a { $name } en Rekindle
pairing-invite_already_paired = Ya tienes tu cuenta vinculada con la de { $partner } 💞 (Para vincularte con otra persona, usa primero /unpair.)
pairing-status_self = Es tu propio enlace de invitación 🙂 Reenvíaselo a tu pareja: solo funciona para otra persona.
pairing-status_used = Este enlace de invitación ya se ha usado. Pídele uno nuevo a tu pareja (/invite crea un enlace nuevo).
pairing-status_expired = Este enlace de invitación ha caducado: los enlaces duran 48 horas. Pídele a { $inviter } que te envíe uno nuevo con /invite.
pairing-status_garbled = No he podido leer ese enlace de invitación. Pídele a tu pareja que te lo vuelva a enviar, o empieza por tu cuenta.
pairing-status_full = { $inviter } ya tiene su cuenta vinculada, así que este enlace no puede añadir a nadie más. Si quieres, puedes empezar con Rekindle por tu cuenta.
pairing-status_already_paired = Ya tienes tu cuenta vinculada con la de { $partner }. Si de verdad prefieres vincularte con { $inviter }, usa primero /unpair y después vuelve a abrir el enlace.
pairing-paired_joiner = 💞 <b>¡Ya compartes Rekindle con { $partner }!</b> Cada día, cada cual recibirá un pequeño gesto para la otra persona, y podrás hacer el check-in semanal en pareja.
pairing-paired_inviter = 💞 <b>{ $partner } ha aceptado tu invitación: ¡ya compartes Rekindle!</b> Es un buen momento para mandarle un saludo; tu próximo pequeño gesto llegará a la hora de siempre.
pairing-not_paired = Ahora mismo tu cuenta no está vinculada con la de nadie. /invite crea un enlace para tu pareja.

pairing-unpair_confirm =
    ¿Quieres desvincular tu cuenta de la de { $partner }?

    Cada cual seguirá usando Rekindle por separado y conservará su propio historial, y avisaré a { $partner } de que las cuentas ya no están vinculadas.

pairing-unpair_yes = Sí, desvincular
pairing-unpair_no = No, dejarlo como está
pairing-unpaired_self = Tu cuenta ya no está vinculada con la de { $partner }. Cuídate mucho 💛 Cuando sea el momento, puedes invitar a alguien con /invite.

pairing-unpaired_partner =
    { $partner } ha desvinculado su cuenta de la tuya en Rekindle. Puedes seguir usando Rekindle por tu cuenta, y tu historial se queda contigo.

    Trátate con cariño hoy 💛

pairing-unpair_kept = Bien, no ha cambiado nada. 💞
pairing-your_partner = tu pareja

## acts

acts-today = 🌱 <b>El pequeño gesto de hoy</b> · { $emoji } { $category }
acts-text = { $text }
acts-quick = <i>⏱ Lleva menos de cinco minutos.</i>
acts-button_done = ✅ Hecho
acts-button_another = 🔄 Otro gesto
acts-button_skip = ⏭ Hoy no
acts-done = ✅ <b>Hecho, ¡gracias!</b> { $count ->
        [one] Es el primero de esta semana.
       *[other] Llevas { $count } esta semana.
    }
acts-told_partner = Se lo he contado a { $partner } 💛
acts-skipped = ⏭ Lo dejamos por hoy, no pasa nada. Mañana llega uno nuevo.
acts-toast_already_done = Ya está marcado como hecho ✓
acts-toast_no_more_swaps = Por hoy no quedan más cambios: elige el que mejor te encaje, o sáltate el de hoy.
acts-ask_share = ¿Quieres que avise a { $partner } cuando hagas tu gesto diario? Verá lo que hiciste y podrá decirte si le llegó.
acts-share_yes = Sí, avisa a { $partner }
acts-share_no = No, prefiero guardármelo
acts-share_on = 💛 A partir de ahora avisaré a { $partner } cuando hagas tu gesto.
acts-share_off = De acuerdo: tus gestos quedan entre tú y yo. (Puedes cambiarlo en /settings.)

acts-partner_did_it =
    💛 <b>{ $name } ha tenido hoy un pequeño gesto contigo:</b>
    <i>{ $act }</i>

    Si ha significado algo para ti, díselo.

acts-button_landed = ❤️ Me llegó
acts-you_said_landed = ❤️ <i>Le dijiste que te llegó.</i>
acts-toast_landed = Enviado ❤️
acts-toast_already_landed = Ya se lo dijiste ❤️
acts-it_landed = ❤️ <b>{ $name } dice que tu pequeño gesto de hoy le llegó.</b> Gracias por hacerlo.

acts-progress =
    🌱 <b>Tus pequeños gestos</b>

    Hechos esta semana: <b>{ $week }</b>
    Días seguidos: <b>{ $run }</b>
    Últimos 7 días: { $days }

    { $upcoming }

acts-progress_fresh =
    🌱 <b>Tus pequeños gestos</b>

    Últimos 7 días: { $days }

    Cada día es un nuevo comienzo. { $upcoming }

acts-next_at = Tu próximo gesto: { $when }.
acts-next_paused = Ahora mismo estás en pausa: envía /resume cuando quieras volver.

## promises

promises-ask_text =
    🤝 <b>¿Qué te gustaría prometer{ $to }?</b>
    Lo pequeño y concreto funciona mejor: “llamarte a las 6 de la tarde”, “hacer la cena el viernes”, “nada de teléfonos en la mesa esta semana”.

promises-to_partner = {" "}a { $partner }
promises-empty = No he encontrado ninguna promesa en eso. ¿Qué te gustaría prometer?
promises-ask_when = 🕑 <b>¿Cuándo lo vas a hacer?</b> Escríbelo como lo dirías (“esta noche”, “viernes 18:00”, “dentro de 2 horas”, “para el domingo”) o elige una opción:
promises-when_unclear = No he podido sacar una hora de “{ $text }”. Prueba con “esta noche”, “mañana a las 7 de la tarde”, “el viernes por la tarde” o “para el domingo”.
promises-when_past = Esa hora ya ha pasado 🙂 ¿Cuándo lo vas a hacer?
promises-quick_tonight = Esta noche
promises-quick_tomorrow = Mañana
promises-quick_week = Antes de que acabe la semana

promises-confirm =
    🤝 <b>Tu promesa</b>
    <i>{ $text }</i>
    Cuándo: <b>{ $when }</b>

    { $visibility }
    ¿Está bien así?

promises-visible_to_partner = { $partner } la verá.
promises-visible_private = 🔒 Privada: solo la verás tú.
promises-visible_solo = Por ahora es solo para ti (y para tu pareja, cuando se una).
promises-button_ok = ✅ Lo prometo
promises-button_time = 🕑 Cambiar la hora
promises-button_private = 🔒 Mantenerla privada
promises-button_share = 👀 Que { $partner } la vea
promises-button_cancel_draft = ✖️ Mejor no

promises-made =
    🤝 <b>Promesa hecha</b>: { $when }.
    { $plan }

promises-plan_remind = Te lo recordaré { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } antes y después te preguntaré qué tal fue.
promises-plan_remind_day = Te lo recordaré esa mañana y por la noche te preguntaré qué tal fue.
promises-plan_ask = Después te preguntaré qué tal fue.
promises-draft_dropped = De acuerdo, no hay promesa.
promises-partner_new = 🤝 <b>{ $name } ha prometido:</b> <i>{ $text }</i> ({ $when })
promises-partner_cancelled = { $name } ha cancelado una promesa: <i>{ $text }</i>
promises-partner_moved = 🕑 { $name } ha cambiado la hora de una promesa: <i>{ $text }</i>. Ahora: { $when }
promises-reminder = ⏰ <b>Dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }:</b> <i>{ $text }</i>
promises-reminder_day = ⏰ <b>Hoy es el día</b> de tu promesa: <i>{ $text }</i>

promises-check =
    ⏰ <b>¿Cumpliste tu promesa?</b>
    <i>{ $text }</i> ({ $when })

promises-button_kept = ✅ Cumplida
promises-button_later = ⏳ Aún no: recuérdamelo en una hora
promises-button_couldnt = 😔 No pude
promises-answered_kept = ✅ <b>Cumplida. ¡Bien hecho!</b> Las pequeñas promesas cumplidas son las que hacen crecer la confianza.
promises-answered_kept_asked = {" "}Le he preguntado a { $partner } cómo lo ha vivido.
promises-answered_later = ⏳ De acuerdo, te vuelvo a preguntar dentro de una hora.
promises-answered_couldnt = 😔 <b>Esta vez no, y no pasa nada.</b> Decirlo con sinceridad también ayuda a construir confianza.
promises-ask_reason = Si quieres, cuéntame en una línea qué te lo impidió (solo lo verás tú). O haz una promesa nueva que sepas que puedes cumplir.
promises-button_skip_reason = Omitir
promises-button_new_promise = 🤝 Hacer otra promesa
promises-reason_saved = Gracias, lo he anotado. Solo tú puedes verlo.
promises-toast_already = Ya respondiste a esta ✓
promises-toast_no_more = Dejémoslo por ahora: puedes responder cuando quieras desde /promises.

promises-confirm_ask =
    🤝 <b>{ $name } dice que ha cumplido su promesa:</b>
    <i>{ $text }</i>
    ¿Lo has sentido así?

promises-button_confirm_yes = 💛 Sí, gracias
promises-button_confirm_no = 🤔 No del todo
promises-confirmed_yes = 💛 Gracias, se lo he hecho saber.
promises-confirmed_no = 🤔 Gracias por tu sinceridad. Quizá valga la pena hablarlo en el próximo check-in.
promises-confirmed_news = 💛 <b>{ $name } ha confirmado</b> que cumpliste tu promesa: <i>{ $text }</i>
promises-toast_confirm_late = Ha pasado más de un día, así que su respuesta se queda como está.
promises-overview_title = 🤝 <b>Promesas</b>
promises-overview_yours = <b>Las tuyas, pendientes</b>
promises-overview_partners = <b>Las de { $partner }, pendientes</b>
promises-overview_none_open = Ahora mismo no hay nada pendiente. /promise crea una.
promises-overview_partner_none = Nada pendiente.
promises-overview_item = • <i>{ $text }</i> — { $when }
promises-overview_item_private = • 🔒 <i>{ $text }</i> — { $when }
promises-overview_rates_title = <b>Últimas 4 semanas</b>
promises-overview_rate = Tú: cumpliste { $kept } de { $resolved } ({ $rate }) · { $partner } confirmó { $confirmed }
promises-overview_rate_partner = { $partner }: cumplió { $kept } de { $resolved } ({ $rate }) · tú confirmaste { $confirmed }
promises-overview_rate_solo = Tú: cumpliste { $kept } de { $resolved } ({ $rate })
promises-overview_rate_none = { $who }: todavía no ha llegado la fecha de ninguna promesa.
promises-overview_you = Tú
promises-overview_trend = Tus últimas cuatro semanas: { $trend }
promises-encourage_up = La confianza está creciendo 🌱
promises-encourage_steady = Constancia y fiabilidad 💛
promises-encourage_low = Las promesas pequeñas y seguras son las más fáciles de cumplir: así vuelve a crecer la confianza.
promises-manage_button = ✏️ { $text }

promises-manage =
    <i>{ $text }</i>
    Cuándo: <b>{ $when }</b>

promises-button_retime = 🕑 Nueva hora
promises-button_cancel_promise = 🗑 Cancelarla
promises-cancelled = 🗑 Cancelada: <i>{ $text }</i>{ $told }
promises-told_partner = {" "}— { $partner } ya lo sabe.
promises-moved = 🕑 Hora cambiada: <i>{ $text }</i>, ahora <b>{ $when }</b>{ $told }
promises-toast_too_late = Ya ha llegado la hora: mejor dime si la cumpliste.

## checkin

checkin-choose_slot =
    📅 <b>¿Cuándo te gustaría hacer el check-in semanal?</b>
    Treinta minutos, una vez por semana, a una hora que normalmente sea buena para los dos. Elige una, o toca <i>Otra hora</i>.

checkin-choose_slot_type = Escribe un día y una hora, como <i>domingo 19:00</i> o <i>miércoles 20:30</i>.
checkin-bad_slot = No he podido entender “{ $text }” como un día y una hora. Prueba con <i>domingo 19:00</i> o <i>mié 20:30</i>.
checkin-button_other_time = Otra hora…
checkin-button_later = Más tarde
checkin-later = Sin problema: elige una hora cuando quieras con /checkin.
checkin-slot_set = 📅 Tu check-in semanal: <b>{ $slot }</b>. Cuando llegue la hora, te enviaré un mensaje a ti y otro a tu pareja.
checkin-slot_set_solo = 📅 Tu check-in semanal: <b>{ $slot }</b>. Cuando llegue la hora, te enviaré un mensaje.
checkin-slot_for_you = {" "}(para ti, el { $weekday } a las { $time })
checkin-slot_night = ⚠️ Para { $name } eso sería a las { $time }, en plena noche. Quizá mejor una hora que sea buena para los dos.
checkin-slot_night_you = ⚠️ Para ti eso sería a las { $time }, en plena noche. Quizá mejor una hora que sea buena para los dos.
checkin-weekly_slot = cada { $weekday } a las { $time }
checkin-local_slot = · { $name }: { $weekday } a las { $time }
checkin-local_slot_you = · tú: { $weekday } a las { $time }
checkin-slot_proposed = 📨 Le he preguntado a { $partner } si le viene bien { $slot }.
checkin-partner_chose_slot = 📅 { $name } ha fijado el check-in semanal: <b>{ $slot }</b>. Si no te viene bien, propón otra hora con /checkin.
checkin-proposal = 📅 { $name } propone un nuevo horario para el check-in semanal: <b>{ $slot }</b>. ¿Te viene bien?
checkin-button_accept = ✅ Sí, adelante
checkin-button_decline = Mejor la de antes
checkin-proposal_accepted = 📅 { $name } ha aceptado. Nuevo horario del check-in semanal: <b>{ $slot }</b>.
checkin-proposal_declined = { $name } prefiere mantener el check-in a la hora de siempre.
checkin-accepted_by_you = 📅 Hecho. Nuevo horario del check-in semanal: <b>{ $slot }</b>.
checkin-declined_by_you = De acuerdo, la hora se queda como estaba.

checkin-settings =
    📅 <b>Tu check-in semanal</b>: { $slot }
    { $next }

checkin-next_at = El próximo: { $when }.
checkin-no_slot = Todavía no has elegido una hora para el check-in semanal.
checkin-button_change = 📅 Cambiar la hora
checkin-button_start_now = ▶️ Empezar ahora
checkin-button_history = 📖 Historial

checkin-slot =
    📅 <b>Llegó la hora del check-in de 30 minutos, { $name }.</b>
    Primero, unas preguntas privadas (unos 3 minutos); después, la charla con tu pareja, en la que te iré guiando.

checkin-slot_solo =
    📅 <b>Llegó la hora de tu check-in semanal, { $name }.</b>
    Unas preguntas privadas (unos 3 minutos) y, después, una breve reflexión.

checkin-button_start = ▶️ Empezar
checkin-button_snooze = ⏰ En 1 hora
checkin-button_skip = Esta semana no
checkin-button_continue = ▶️ Continuar
checkin-reminder = ⏰ Tu check-in sigue esperándote hoy: incluso diez minutos en pareja ayudan.
checkin-nudge = Has empezado las preguntas del check-in de esta semana. ¿Quieres terminarlas? Solo te llevará un par de minutos.
checkin-nudge_partner_started = Tu pareja ha empezado el check-in de esta semana. Tus preguntas llevan unos 3 minutos, cuando quieras.
checkin-snoozed = ⏰ De acuerdo, te lo recuerdo dentro de una hora.
checkin-snoozed_again = ⏰ Aquí tienes de nuevo tu check-in.
checkin-toast_no_more_snoozes = Por esta semana ya lo has pospuesto bastante 🙂 Empieza o sáltatelo cuando quieras.
checkin-skipped = De acuerdo: esta semana no hay check-in. Hasta la semana que viene 💛
checkin-partner_skipped = { $name } se salta el check-in de esta semana. Aun así, puedes responder tus preguntas privadas para ti con /checkin.

checkin-intro =
    📝 <b>Primero, las preguntas privadas</b>: unos 3 minutos.
    Tus puntuaciones son privadas: solo sirven para tus propias tendencias. Tus respuestas escritas se le mostrarán a { $partner } cuando ambas partes hayan terminado, salvo que las marques con 🔒.

checkin-intro_solo = 📝 <b>Primero, las preguntas privadas</b>: unos 3 minutos. Tus respuestas son solo para ti.
checkin-counter = <i>Pregunta { $n } de { $total }</i>
checkin-scale_hint = 0 = { $low } · { $max } = { $high }
checkin-topic_followup = La semana pasada, el tema <b>{ $topic }</b> te resultó difícil. ¿Cómo va ahora?
checkin-topic_settled = Resuelto, por ahora
checkin-topic_still_hard = Sigue costando
checkin-choose_topic = ¿De qué se trató, sobre todo?
checkin-text_hint = <i>Escribe tu respuesta, o toca Omitir.</i>
checkin-button_skip_question = Omitir
checkin-saved_text = ✓ Guardado.
checkin-saved_private = 🔒 Privada: solo tú verás esta respuesta.
checkin-saved_shared = { $partner } la verá cuando ambas partes hayan terminado.
checkin-button_make_private = 🔒 Mantenerla privada
checkin-button_share_again = 👀 Mejor compartirla
checkin-toast_private = Privada 🔒
checkin-toast_shared = Se compartirá 👀
checkin-toast_invalid = Esa no es una de las respuestas de esta pregunta.
checkin-toast_updated = Actualizado ✓
checkin-too_long = Es mucho, gracias por contarlo. ¿Podrías resumirlo en { $limit ->
        [one] { $limit } carácter
       *[other] { $limit } caracteres
    }? (Todavía no se ha guardado nada.)
checkin-closed = Ese check-in ya está cerrado. El próximo llegará a la hora de siempre.
checkin-finished_waiting = ✅ <b>Gracias, tus respuestas están guardadas.</b> Cuando { $partner } también termine, cada cual verá las respuestas escritas de la otra persona.
checkin-finished_both = ✅ <b>Gracias, ya está todo respondido.</b> Enseguida llegan las respuestas de cada cual, lado a lado.
checkin-finished_solo = ✅ <b>Gracias, tus respuestas están guardadas.</b> ¿Seguimos con una breve reflexión?
checkin-button_reflect = 🌱 Empezar mi reflexión
checkin-button_ready = 🗣 Ya podemos hablar
checkin-button_ready_too = 🗣 Yo también
checkin-partner_finished = { $name } ya ha respondido sus preguntas del check-in. Las tuyas llevan unos 3 minutos, cuando quieras.
checkin-partner_ready = 🗣 { $name } ya puede empezar la charla. Toca el botón cuando tú también puedas.
checkin-waiting_for_partner = 🗣 Genial, se lo he hecho saber a tu pareja. La charla empezará en cuanto tu pareja también toque el botón.
checkin-meeting_running = La charla ya está en marcha.
checkin-reveal_title = 🔓 <b>Las respuestas, lado a lado</b>: { $partner } y tú
checkin-reveal_you = Tú: { $text }
checkin-reveal_partner = { $name }: { $text }
checkin-reveal_private = 🔒 en privado
checkin-reveal_skipped = —
checkin-step_counter = <i>Paso { $n } de { $total }</i>
checkin-button_next = ⏭ Siguiente paso
checkin-button_end = ⏹ Terminar
checkin-button_break = 🫶 Necesitamos una pausa
checkin-button_resume = ▶️ Continuar
checkin-button_loved = ✍️ Escribir lo que haré
checkin-button_same_time = ✅ A la misma hora
checkin-button_change_time = 📅 Cambiar la hora
checkin-ask_loved = 💛 ¿Qué vas a hacer esta semana para que { $partner } sienta tu cariño? Escríbelo como lo dirías: “hacerte tu cena favorita el viernes”. Se convertirá en tu promesa.
checkin-ask_loved_solo = 💛 ¿Qué vas a hacer esta semana para que tu pareja sienta tu cariño? Escríbelo como lo dirías: “hacer la cena el viernes”. Se convertirá en tu promesa.
checkin-loved_made = 🤝 Promesa hecha: <i>{ $text }</i>, { $when }.
checkin-meeting_done = 🎉 <b>Check-in terminado.</b> Gracias a ti y a tu pareja por dedicarle este rato a la relación: ese es el paso más difícil.
checkin-meeting_done_solo = 🎉 <b>Reflexión terminada.</b> Gracias por dedicarle este rato.
checkin-new_time = 📅 Ya van tres semanas sin check-in, y no pasa nada: a veces la vida se llena. ¿Sería mejor otra hora para los dos?
checkin-button_pick_time = 📅 Elegir otra hora
checkin-button_keep_time = Dejar esta hora
checkin-kept_time = De acuerdo: la hora se queda y volveré a enviar los mensajes de siempre.
checkin-history_title = 📖 <b>Tus check-ins</b>
checkin-history_none = Todavía no hay check-ins. El primero llegará a la hora semanal que elegiste.
checkin-history_row = { $day } — { $status }{ $pulse }{ $partner }{ $topics }
checkin-history_pulse = {" "}· tu pulso { $pulse }/21
checkin-history_partner_took_part = {" "}· { $partner } participó
checkin-history_topics = {" "}· lo difícil: { $topics }
checkin-history_trend = Tu pulso, del más antiguo al más reciente: { $trend }
checkin-status_open = esta semana
checkin-status_done = hecho ✓
checkin-status_closed = respondido
checkin-status_missed = no se hizo
checkin-status_skipped = te lo saltaste

## insights

insights-link = • <a href="{ $url }">{ $name }</a>{ $what }
insights-link_phone = • <b>{ $name }</b>: { $phone }
insights-link_what = {" "}— { $what }
insights-your_partner = tu pareja
insights-reason_low_weeks = tu pulso de la relación estuvo por debajo de { $line } (de 21) en { $count } de { $window ->
        [one] la última semana
       *[other] las últimas { $window } semanas
    } ({ $pulses })
insights-reason_drop_run = tu pulso lleva { $run ->
        [one] una semana
       *[other] { $run } semanas seguidas
    } al menos { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } por debajo de tu nivel habitual, que ronda los { $baseline } ({ $pulses })
insights-reason_conflict_weeks = en { $count } de { $window ->
        [one] la última semana
       *[other] las últimas { $window } semanas
    } sentiste a menudo críticas o faltas de respeto, que tenías que defenderte o que te dejaban de lado, y además tu pulso estaba bajo
insights-reason_topic_weeks = “{ $topic }” te resultó difícil en { $count } de { $window ->
        [one] la última semana
       *[other] las últimas { $window } semanas
    }
insights-reason_promises = se cumplieron { $kept } de { $resolved } promesas en las últimas cuatro semanas
insights-reason_disengaged = { $partner } lleva { $weeks ->
        [one] una semana
       *[other] { $weeks } semanas
    } sin responder el check-in
insights-reason_persisting = estas señales siguen ahí { $weeks ->
        [one] una semana
       *[other] { $weeks } semanas
    } después de que te las mencionara por primera vez
insights-reason_both_low = en { $count ->
        [one] una semana
       *[other] { $count } semanas
    }, tu pulso y el de tu pareja estuvieron bajos a la vez

insights-suggest_help =
    💬 <b>Algo que he notado (solo para ti)</b>
    { $reasons }

    Merece la pena tomárselo en serio, y no tienes por qué resolverlo a solas. Tres tipos de ayuda que muchas parejas encuentran útiles:

    <b>Un programa online estructurado</b>: ejercicios de eficacia probada para hacer en pareja, en casa y sin prisas:
    { $programmes }

    <b>Coaching de pareja</b>: herramientas prácticas y un plan para los próximos meses:
    { $coaches }

    <b>Terapia de pareja</b>: una persona profesional y neutral que ayuda a ver los patrones de la relación y a cambiarlos:
    { $therapy }

    Solo tú puedes ver este mensaje. Si quieres, puedo sugerirle a tu pareja que revise estas opciones contigo, pero solo si tocas el botón.

insights-recommend_therapy =
    💛 <b>Te recomendaría terapia de pareja</b>
    { $reasons }

    Cuando las cosas siguen siendo difíciles durante tanto tiempo, la terapia con una persona especializada en parejas puede ayudar como no puede hacerlo una app. Muchas parejas notan una diferencia real en pocas sesiones.

    <b>Cómo encontrar terapia</b>
    { $therapy }
    • Busca a alguien con formación en terapia de pareja, por ejemplo en Terapia Focalizada en las Emociones (EFT) o en el Método Gottman; muchas de estas personas ofrecen sesiones online.
    • La primera sesión sirve sobre todo para tomar contacto. Es normal probar con más de una persona hasta dar con la adecuada.

    Solo tú puedes ver este mensaje.

insights-suggest_individual =
    💬 <b>Algo que he notado (solo para ti)</b>
    { $reasons }

    Mereces apoyo. Hablar a solas con un servicio de orientación o de apoyo psicológico puede ayudarte a poner en orden lo que está pasando y lo que necesitas, con total confidencialidad:
    { $individual }

    Solo tú puedes ver este mensaje.

insights-button_share = 💬 Proponérselo a { $partner }
insights-button_not_now = Ahora no
insights-button_why = ¿Por qué veo esto?
insights-not_now = De acuerdo: no volveré a sacar el tema en cuatro semanas. Todo sigue aquí, en /insights, cuando quieras verlo.
insights-shared = 💬 Hecho: le he preguntado a { $partner } si le gustaría mirar algunas opciones contigo. No he compartido ninguna de tus respuestas.
insights-partner_invited = 💛 A { $name } le gustaría buscar contigo algo de apoyo extra para la relación: un programa para hacer en casa, coaching o terapia de pareja. ¿Quieres ver las opciones?
insights-button_show_options = 📚 Ver las opciones

insights-options =
    📚 <b>Apoyo que podrías mirar con tu pareja</b>

    <b>Programas online</b>
    { $programmes }

    <b>Coaching de pareja</b>
    { $coaches }

    <b>Terapia de pareja</b>
    { $therapy }

insights-why_title = <b>Por qué ves esto</b>, a partir de tus propias respuestas:

insights-overview =
    📈 <b>Tus tendencias</b>: solo tú puedes verlas.
    El gráfico muestra tu pulso de cada semana (la línea de puntos es el umbral habitual de malestar, 13,5), cuántas promesas cumpliste y tus pequeños gestos.

insights-overview_no_chart = 📈 <b>Tus tendencias</b>: solo tú puedes verlas.
insights-overview_none = Por ahora no hay sugerencias: nada en tus respuestas ha necesitado más que los pequeños consejos del camino.
insights-overview_recent = <b>Sugerencias que te he hecho</b> y por qué:
insights-overview_item = { $day }: { $reasons }
insights-chart_title = { $weeks ->
        [one] Tu última semana
       *[other] Tus últimas { $weeks } semanas
    }
insights-chart_acts = Pequeños gestos hechos
insights-chart_acts_axis = Pequeños gestos hechos (por semana)
insights-chart_pulse = Tu pulso (0-21)
insights-chart_kept = Promesas cumplidas (a escala, 21 = todas)
insights-chart_distress = Umbral de malestar ({ $line })
insights-chart_pulse_axis = Pulso
insights-chart_default_title = Tus semanas
insights-no_data = 📈 Tus tendencias aparecerán cuando hayas hecho un check-in o dos.

## safety

safety-intro = 💛 <b>Gracias por contármelo.</b> Lo que has escrito suena muy duro, y mereces estar a salvo y tener apoyo. No tienes que pasar por esto a solas.
safety-emergency = 🚨 <b>Si ahora mismo estás en peligro, llama al { $number }.</b>
safety-emergency_plain = Si alguna vez estás en peligro inmediato, llama al { $number }.
safety-self_harm = Si estás pensando en quitarte la vida o en hacerte daño, por favor, pide ayuda ahora. Hablar con alguien puede ayudarte a superar este momento:
safety-abuse = Si tu pareja te hace daño, te amenaza o te da miedo, no es culpa tuya. Una línea de ayuda especializada puede hablarlo contigo de forma confidencial y ayudarte a estar a salvo:
safety-line = • <b>{ $name }</b>{ $details }
safety-elsewhere = ¿Estás en otro país? { $name }: { $url }
safety-private = Esto queda entre tú y yo: a tu pareja no se le dice nada, y nada de lo que ve cambia.
safety-kept_private = He dejado esa respuesta en privado, así que tu pareja no la verá.
safety-carry_on = Cuando quieras, puedes seguir con /checkin, o dejarlo por ahora.
safety-phone = 📱 <b>Seguridad en el teléfono:</b> si otra persona pudiera mirar tu teléfono, puedes borrar esta conversación con el botón de abajo. Muchas webs de líneas de ayuda también tienen un botón de salida rápida.
safety-button_delete = 🗑 Borrar estos mensajes
safety-deleted = Borrados.
safety-check =
    🤍 Algo de lo que has escrito suena pesado. <b>¿Estás a salvo ahora mismo?</b>

    Respondas lo que respondas, queda entre tú y yo: a tu pareja no se le dice nada, y no he pasado lo que escribiste a ningún sitio.
safety-button_help = 🆘 Muéstrame dónde pedir ayuda
safety-button_ok = 🙂 Estoy bien
safety-check_ok =
    Gracias por decírmelo. 💛

    No he usado lo que escribiste para nada. Si era una respuesta, vuelve a enviarlo sin más. Y si en algún momento dejas de sentirte a salvo, puedes escribirme cuando quieras.
safety-stop_emergency = 🚨 <b>Si alguien está en peligro ahora mismo, llama al { $number }.</b>
safety-stop_intro = 💛 <b>Gracias por tu sinceridad.</b> Decirlo requiere valor. Hacer daño, amenazar o asustar a tu pareja no es algo que tengas que seguir haciendo, y querer parar es donde empieza el cambio.
safety-stop_lines = Hay ayuda justo para esto, confidencial y sin juicios:
safety-stop_no_lines = Una línea de crisis puede hablarlo contigo ahora mismo, y un médico o un servicio de orientación puede indicarte un programa para personas que quieren dejar de hacer daño:
safety-stop_other_way = Si es al revés y eres tú quien sufre daño o miedo, esta línea es para ti: { $line }
safety-stop_private = Esto queda entre tú y yo: a tu pareja no se le dice nada, y nada de lo que ve cambia.
safety-question_intro = 🔒 <b>Una pregunta privada, solo para ti.</b> Se la hago a todo el mundo de vez en cuando. { $partner } nunca la ve ni sabrá que te la he hecho. Solo se guarda tu respuesta, como un código con la fecha, sin palabras.
safety-question_intro_solo = 🔒 <b>Una pregunta privada, solo para ti.</b> Se la hago a todo el mundo de vez en cuando. Tu pareja nunca la ve ni sabrá que te la he hecho. Solo se guarda tu respuesta, como un código con la fecha, sin palabras.
safety-question_counter = <i>{ $n } de { $total }</i>
safety-question-afraid = En las últimas semanas, ¿has sentido miedo de tu pareja?
safety-question-hurt = ¿Tu pareja te ha hecho daño o te ha amenazado con hacértelo?
safety-question-forced = ¿Tu pareja te ha presionado u obligado a algo que no querías, sexual o de otro tipo?
safety-button_yes = Sí
safety-button_no = No
safety-button_pass = Prefiero no decirlo
safety-question_thanks = 🔒 Gracias por responder. Si algo cambia, puedes contármelo aquí cuando quieras: queda entre nosotros.
safety-question_thanks_checkin = 🔒 Gracias por responder. Si algo cambia, puedes contármelo aquí cuando quieras: queda entre nosotros. Y ahora, a las preguntas de esta semana:
safety-question_worry = 💛 <b>Gracias por responder con sinceridad.</b> Lo que me has contado importa, y no es culpa tuya. Mereces sentirte a salvo con tu pareja. Por eso no os voy a sugerir terapia de pareja: cuando una de las dos personas tiene miedo, es más seguro empezar con un servicio especializado que hable contigo a solas.

## settings

settings-summary =
    ⚙️ <b>Tus ajustes</b>

    Nombre: <b>{ $name }</b>
    Zona horaria: <b>{ $zone }</b> (ahora, { $local_time })
    Pequeño gesto diario: <b>{ $act_time }</b>
    Horas de silencio: <b>{ $quiet }</b>
    Pareja: { $partner }
    A distancia: <b>{ $long_distance }</b>
    Avisar a mi pareja cuando haga mi gesto: <b>{ $share_acts }</b>
    Estado: { $status }
    Idioma: <b>{ $language }</b>

settings-partner_none = sin vincular todavía: /invite
settings-status_active = todo en marcha
settings-status_paused = en pausa hasta el { $until }
settings-button_name = ✏️ Nombre
settings-button_timezone = 🌍 Zona horaria
settings-button_act_time = ⏰ Hora del gesto
settings-button_quiet = 🌙 Horas de silencio
settings-button_pause = ⏸ Pausa
settings-button_language = 🗣 Idioma
settings-button_resume = ▶️ Reanudar
settings-button_unpair = 💔 Desvincular
settings-button_invite = 💌 Enviar invitación
settings-button_long_distance_on = 🛫 No convivimos
settings-button_long_distance_off = 🏠 Convivimos
settings-button_share_on = 💛 Avisar a mi pareja: sí
settings-button_share_off = 💛 Avisar a mi pareja: no
settings-state_on = sí
settings-state_off = no
settings-long_distance_on = 🛫 Modo a distancia activado: nada de gestos que pidan estar en el mismo sitio.
settings-long_distance_off = 🏠 Modo a distancia desactivado: vuelven los gestos para hacer cara a cara.
settings-partner_long_distance_on = { $name } ha indicado que no vive contigo, así que todos tus pequeños gestos se podrán hacer a distancia. 🛫
settings-partner_long_distance_off = { $name } ha indicado que vuelve a vivir contigo, así que vuelven los gestos para hacer cara a cara. 🏠
settings-saved = Guardado ✓
settings-ask_quiet = 🌙 <b>Horas de silencio</b>: durante ese horario me guardo los recordatorios y las novedades, y te los envío cuando termina. Elige un horario, o escribe uno como <i>22:00-08:00</i>.
settings-bad_quiet = No he podido entender “{ $text }” como un horario. Prueba con <i>22:00-08:00</i> o <i>23-7</i>.
settings-quiet_saved = 🌙 Horas de silencio: <b>{ $quiet }</b>.
settings-quiet_off = ninguna
settings-quiet_off_button = Sin horas de silencio

settings-ask_pause =
    ⏸ <b>¿Necesitas un poco de espacio?</b> Una pausa acordada puede ayudar. Me quedaré en completo silencio (sin gestos, recordatorios ni check-ins) hasta el día que elijas. A tu pareja no se le avisa; quizá quieras contárselo tú.

    Elige cuánto tiempo, o escribe una fecha (<i>viernes</i>, <i>1 de diciembre</i>).

settings-pause_1 = 1 día
settings-pause_3 = 3 días
settings-pause_7 = 1 semana
settings-pause_14 = 2 semanas
settings-bad_pause = No he podido entender “{ $text }” como una fecha entre mañana y dentro de 90 días. Prueba con <i>viernes</i>, <i>el próximo lunes</i> o <i>1 de diciembre</i>.
settings-already_paused = ⏸ Ya estás en pausa hasta el <b>{ $until }</b>. Elige otro día abajo para cambiarlo, o envía /resume para volver a activarlo todo ahora.
settings-paused = ⏸ En pausa hasta el <b>{ $until }</b>. Volveré esa mañana, o envía /resume cuando quieras.
settings-resumed = ▶️ ¡Qué bien tenerte de vuelta! Todo vuelve a estar en marcha.
settings-ask_language = 🗣 ¿En qué idioma quieres que te escriba? (Vale para todo lo que te envíe a partir de ahora; lo que escriba tu pareja se queda tal cual lo escribió.)
settings-language_saved = 🗣 A partir de ahora te escribo en español.
settings-not_paused = No estás en pausa: todo está en marcha.

## privacy

privacy-export_caption = 📦 Todo lo que Rekindle guarda sobre ti, en formato JSON. No incluye las respuestas privadas de tu pareja.

privacy-delete_confirm =
    ⚠️ <b>¿Borrar tus datos?</b>

    Esto borra para siempre tus ajustes, respuestas, promesas y gestos. Si tu cuenta está vinculada con la de tu pareja, la vinculación termina y a tu pareja solo se le dice que te has ido. No se puede deshacer.

privacy-delete_yes = Sí, borrarlo todo
privacy-delete_no = No, conservar mis datos
privacy-deleted = 🗑 Hecho. Se ha borrado todo lo tuyo. Si algún día quieres volver, envía /start. Cuídate 💛
privacy-delete_kept = No se ha borrado nada.
privacy-withdraw_button = 🚪 Retirar mi permiso y borrar mis datos

privacy-partner_left =
    Tu pareja ha dejado Rekindle, así que tu cuenta ya no está vinculada con la suya. Puedes seguir usando Rekindle por tu cuenta, y tu historial se queda contigo.

    Trátate con cariño hoy 💛

## outbox

# Several notices about the partner, waiting for the same person, sent as one message: this
# heads the list.
outbox-while_away = Mientras estabas fuera:
