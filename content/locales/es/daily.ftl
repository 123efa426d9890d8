### Los mensajes de la pregunta diaria (issue 19). Las preguntas están en questions.ftl.
### «Tú» es quien lee; { $name } / { $partner } es la otra persona de la pareja.

## la pregunta, y responderla

questions-daily_title = 💭 <b>La pregunta de hoy para vosotros dos</b> · { $emoji } { $category }
questions-daily_hint = Responde aquí sin más. { $partner } verá tu respuesta solo cuando los dos hayáis respondido, y entonces tú verás la suya.
questions-solo_title = 💭 <b>Tu reflexión de hoy</b> · { $emoji } { $category }
questions-solo_hint = Responde aquí sin más. Tu respuesta es solo tuya; en /questions guardas todas tus reflexiones.

questions-saved = ✓ Guardado. { $partner } verá tu respuesta cuando haya respondido también, y tú verás la suya. Hasta entonces, todavía puedes cambiarla.
questions-solo_saved = ✓ Guardado en tus reflexiones. En /questions las tienes todas.
questions-button_edit = ✏️ Cambiar mi respuesta
questions-ask_new_answer = ✏️ Envíame tu nueva respuesta: sustituirá a la anterior.
questions-confirm_replace = Ya has respondido a la pregunta de hoy. ¿Quieres cambiar tu respuesta por esta?
questions-button_replace = Sí, cambiarla
questions-button_keep = Dejar la primera
questions-replaced = ✓ Cambiada. { $partner } verá tu nueva respuesta cuando haya respondido.
questions-replaced_solo = ✓ Cambiada.
questions-kept = Vale, se queda tu primera respuesta.
questions-closed = Ya habéis respondido los dos, así que ahora podéis ver las respuestas del otro y ya no se pueden cambiar.
questions-over = Esa pregunta ya está cerrada: desde entonces ha llegado otra. Tu respuesta se queda como estaba.
questions-too_long = ¡Qué respuesta tan larga! ¿Puedes dejarla en menos de { $limit } caracteres?

## lo que os mostráis

questions-reveal_title = 🔓 <b>Ya habéis respondido los dos</b> · { $emoji } { $category }
questions-reveal_you = <b>Tú:</b> { $text }
questions-reveal_partner = <b>{ $name }:</b> { $text }
questions-both_this_month = { $count ->
    [one] Este mes habéis respondido los dos un día.
   *[other] Este mes habéis respondido los dos { $count } días.
}
questions-button_heart = ❤️
questions-button_talk = 💬 Hablemos de esto esta noche
questions-toast_heart = ❤️ Enviado a { $name }
questions-toast_talk = 💬 { $name } ya sabe que te gustaría hablarlo esta noche.
questions-toast_already = Ya enviado 🙂
questions-partner_heart = ❤️ A { $name } le ha encantado tu respuesta a: <i>{ $question }</i>
questions-partner_talk = 💬 A { $name } le gustaría hablar de esto esta noche: <i>{ $question }</i>

## el recordatorio (como mucho uno al día, solo si falta tu respuesta)

questions-nudge_partner_answered = 💭 { $name } ya ha respondido a la pregunta de hoy. Envía la tuya y veréis las dos respuestas: <i>{ $question }</i>
questions-nudge = 💭 La pregunta de hoy sigue abierta, para cuando tengas un momento: <i>{ $question }</i>

## /questions

questions-archive_title = 🗂 <b>Vuestras preguntas diarias</b> ({ $page }/{ $pages })
questions-archive_empty = Todavía no hay preguntas diarias. Puedes activarlas en /settings → 💭 Pregunta diaria.
questions-archive_entry = <b>{ $day }</b> · { $emoji } <i>{ $question }</i>
questions-archive_you = Tú: { $text }
questions-archive_partner = { $name }: { $text }
questions-archive_not_answered = Tú: — (sin responder)
questions-archive_erased = (borrada a las 26 semanas)
questions-archive_private = 🔒 No respondisteis los dos, así que solo se ve tu respuesta.
questions-button_newer = ◀ Más recientes
questions-button_older = Anteriores ▶

## activarla y desactivarla (/settings, y la propuesta tras emparejaros)

questions-settings_button = 💭 Pregunta diaria
questions-menu =
    💭 <b>Pregunta diaria</b>
    Una pregunta corta al día para vosotros dos, a la misma hora del reloj estéis donde estéis. Vuestras respuestas son privadas hasta que los dos hayáis respondido; entonces veis las dos.
questions-menu_solo =
    💭 <b>Reflexión diaria</b>
    Una pregunta corta al día sobre tu relación, solo para ti, a la hora que elijas.
questions-menu_on = Ahora: <b>cada día a las { $time }</b>.
questions-menu_off = Ahora: <b>desactivada</b>. Elige una hora para empezar, o escribe una como <i>19:30</i>:
questions-intimacy_state_on = 🕯️ Preguntas íntimas: <b>sí</b>
questions-intimacy_state_off = 🕯️ Preguntas íntimas: <b>no</b>. Solo llegan si los dos las activáis.
questions-intimacy_state_off_solo = 🕯️ Preguntas íntimas: <b>no</b>
questions-intimacy_state_mine = 🕯️ Preguntas íntimas: esperando a que { $partner } diga que sí.
questions-intimacy_state_theirs = 🕯️ Preguntas íntimas: a { $partner } le apetecen; empiezan en cuanto tú también digas que sí.
questions-button_time = ⏰ Cambiar la hora
questions-button_off = Desactivar
questions-button_intimacy_suggest = 🕯️ Proponer preguntas íntimas
questions-button_intimacy_on = 🕯️ Incluir preguntas íntimas
questions-button_intimacy_off = 🕯️ Sin preguntas íntimas
questions-button_later = Ahora no
questions-ask_time = ⏰ ¿A qué hora quieres que llegue la pregunta diaria? Elige una, o escribe una hora como <i>19:30</i>. Es la misma hora del reloj para los dos, allí donde estéis.
questions-bad_time = No he entendido «{ $text }» como una hora. Prueba con <i>20:00</i> o <i>8 de la tarde</i>.
questions-on = 💭 <b>La pregunta diaria está activada</b>: cada día a las { $time }, para cada uno a las { $time } de donde esté. La primera llega { $first }.
questions-on_solo = 💭 <b>Tu reflexión diaria está activada</b>: cada día a las { $time }. La primera llega { $first }.
questions-in_quiet_hours = 🌙 Las { $time } caen en tus horas de silencio, así que tu pregunta esperará a que terminen.
questions-partner_in_quiet_hours = 🌙 Las { $time } caen en las horas de silencio de { $name }, así que la suya esperará a que terminen.
questions-off = La pregunta diaria está desactivada. Tus respuestas siguen en /questions; puedes volver a activarla cuando quieras en /settings.
questions-later = Vale, ahora no. Puedes activarla cuando quieras en /settings → 💭 Pregunta diaria.
questions-intimacy_now_on = 🕯️ Las preguntas íntimas están activadas para los dos: de vez en cuando, alguna será vuestra pregunta del día.
questions-intimacy_now_on_solo = 🕯️ Las preguntas íntimas están activadas: de vez en cuando, alguna será tu reflexión del día.
questions-intimacy_asked = 🕯️ Se lo he preguntado a { $partner }. Las preguntas íntimas empezarán cuando diga que sí.
questions-intimacy_now_off = 🕯️ Sin preguntas íntimas. (Para volver a activarlas hace falta que los dos digáis que sí.)
questions-intimacy_now_off_solo = 🕯️ Sin preguntas íntimas.
questions-intimacy_not_now = Vale, de momento no cambia nada. Puedes decir que sí cuando quieras en /settings → 💭 Pregunta diaria.

questions-offer =
    💭 <b>¿Una pregunta diaria para vosotros dos?</b>
    Una pregunta corta al día (algo ligero, un recuerdo, un sueño) que cada uno responde por su cuenta. Vuestras respuestas son privadas hasta que los dos hayáis respondido; entonces veis las dos.

    Elige una hora (la misma hora del reloj para los dos, allí donde estéis), o ahora no:
questions-already_on = 💭 También tenéis la pregunta diaria: cada día a las { $time }, vuestra hora. En /questions están las anteriores.

## novedades de la otra persona

questions-partner_on = 💭 { $name } ha activado la pregunta diaria para los dos: una pregunta corta al día, a las { $time } de tu hora. Vuestras respuestas son privadas hasta que los dos hayáis respondido. (Para cambiarlo: /settings → 💭 Pregunta diaria.)
questions-partner_time = 💭 { $name } ha cambiado la pregunta diaria a las { $time }, tu hora.
questions-partner_off = 💭 { $name } ha desactivado la pregunta diaria. Vuestras respuestas siguen en /questions.
questions-intimacy_suggested = 🕯️ A { $name } le gustaría que de vez en cuando hubiera preguntas íntimas entre vuestras preguntas diarias: tiernas y juguetonas, nunca explícitas. Solo empiezan si tú también dices que sí.
questions-button_intimacy_yes = Sí, incluirlas
questions-partner_intimacy_on = 🕯️ { $name } ha dicho que sí: las preguntas íntimas están activadas para los dos.
questions-partner_intimacy_off = 🕯️ { $name } ha desactivado las preguntas íntimas. (Para volver a activarlas hace falta que los dos digáis que sí.)
