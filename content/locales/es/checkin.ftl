### El check-in semanal (content/checkin.yaml): las preguntas privadas que cada persona
### responde a solas y la charla guiada de 30 minutos. Cada cual lo lee en su propio
### teléfono, así que se habla de tú a quien lee, sin formas de vosotros.

## Pulso de la relación: sigue la estructura del CSI-4 (una medida; el sentido es exacto)

checkin-pulse-happiness = Teniendo todo en cuenta, ¿hasta qué punto has sido feliz en tu relación esta semana?
    .low = muy infeliz
    .high = lo más feliz posible
checkin-pulse-warmth = ¿Hasta qué punto se ha sentido cálida y cómoda la relación entre tu pareja y tú?
    .low = nada
    .high = totalmente
checkin-pulse-rewarding = ¿Hasta qué punto te ha resultado gratificante tu relación esta semana?
    .low = nada
    .high = totalmente
checkin-pulse-satisfied = En general, ¿hasta qué punto te satisface tu relación en este momento?
    .low = nada
    .high = totalmente

## Patrones de la semana (0-3)

checkin-patterns-intro = Esta semana, ¿con qué frecuencia sentiste…
checkin-patterns-scale-0 = Nunca
checkin-patterns-scale-1 = Una o dos veces
checkin-patterns-scale-2 = A menudo
checkin-patterns-scale-3 = Muy a menudo
checkin-pattern-criticised = …que tu pareja te criticaba?
checkin-pattern-disrespected = …que te faltaban al respeto o se burlaban de ti?
checkin-pattern-defensive = …que tenías que defenderte?
checkin-pattern-shut_out = …que te dejaban de lado o te ignoraban?

## Preguntas escritas

checkin-written-went_well = ✍️ <b>¿Qué salió bien esta semana?</b> Cosas grandes o pequeñas.
checkin-written-hard = ✍️ <b>¿Qué te resultó difícil?</b>
checkin-written-improve = ✍️ <b>¿Qué podemos mejorar?</b> Una cosa que te gustaría probar la semana que viene.

## Temas

checkin-topic-time = Tiempo en pareja
checkin-topic-communication = Comunicación
checkin-topic-money = Dinero
checkin-topic-chores = Tareas de casa
checkin-topic-intimacy = Intimidad
checkin-topic-family = Familia
checkin-topic-work = Estrés del trabajo
checkin-topic-trust = Confianza
checkin-topic-other = Otra cosa

## La charla en pareja: 30 minutos. { $first } y { $second } son los nombres; { $slot }, el día y la hora.

checkin-agenda-appreciations =
    💛 <b>Aprecio</b> · 5 minutos
    Por turnos, nombra tres cosas concretas que valoraste de tu pareja esta semana: “Me encantó cuando…”. Empieza { $first }. Cuando te toque escuchar, solo escucha y da las gracias; sin “peros”.
checkin-agenda-went_well =
    ✅ <b>Lo que salió bien y las promesas de la semana pasada</b> · 5 minutos
    Cuenta qué salió bien para ti y escucha qué salió bien para tu pareja. Después, repasa con tu pareja las promesas de la semana pasada: celebra las que se cumplieron y, con el resto, pregunta con curiosidad en lugar de criticar.
checkin-agenda-week_ahead =
    📅 <b>Lo que trae la semana</b> · 3 minutos
    Días complicados, planes, cualquier cosa que tu pareja deba saber. ¿Cuándo podría haber un rato solo para los dos?
checkin-agenda-hard_topic =
    🧭 <b>Un tema difícil</b> · 12 minutos
    Elige <i>un</i> tema, no todos. Por turnos: quien habla dice “Me siento… cuando… Necesito…”; quien escucha repite lo que ha oído antes de responder.
    Habla primero { $first } (4 minutos), luego { $second } (4 minutos); al final, busca con tu pareja una cosa pequeña que probar.
    Si la cosa se calienta, toca <b>Necesitamos una pausa</b>.
checkin-agenda-loved =
    🌱 <b>Algo bueno para esta semana</b> · 4 minutos
    Planea con tu pareja una cosa bonita. Luego, por turnos, pregúntale: <i>“¿Qué puedo hacer esta semana para que sientas que te quiero?”</i>
    Escucha la respuesta y después escribe aquí lo que vas a hacer: se convertirá en tu promesa.
checkin-agenda-next_week =
    📅 <b>La semana que viene</b> · 1 minuto
    ¿A la misma hora la semana que viene ({ $slot })? Dale las gracias a tu pareja por estar aquí: ese es el paso más difícil.

## Check-in a solas

checkin-solo-agenda-appreciations =
    💛 <b>Aprecio</b> · 5 minutos
    Escribe tres cosas concretas que valoraste de tu pareja esta semana. Plantéate decirle una hoy.
checkin-solo-agenda-went_well =
    ✅ <b>Lo que salió bien y tus promesas</b> · 5 minutos
    Repasa tu semana y las promesas que hiciste. Cuando las cosas fueron bien, ¿qué ayudó?
checkin-solo-agenda-week_ahead =
    📅 <b>Lo que trae la semana</b> · 3 minutos
    ¿Qué tienes por delante? ¿Dónde podrías sacar un poco de tiempo para los dos?
checkin-solo-agenda-hard_topic =
    🧭 <b>Un tema difícil</b> · 12 minutos
    Elige una cosa que te haya costado. Prepara cómo podrías plantearla con cariño: “Me siento… cuando… Necesito…”. Escríbelo y dilo una vez en voz alta.
checkin-solo-agenda-loved =
    🌱 <b>Algo bueno para esta semana</b> · 4 minutos
    ¿Qué podrías hacer esta semana para que tu pareja sienta tu cariño? Escríbelo aquí: se convertirá en tu promesa.
checkin-solo-agenda-next_week =
    📅 <b>La semana que viene</b> · 1 minuto
    A la misma hora la semana que viene ({ $slot }). Qué bien que te hayas regalado este rato.

## Pausa

checkin-break =
    🫶 <b>Hagamos una pausa.</b>
    Tómate unos 20 minutos a solas. Respira despacio, camina, bebe un poco de agua. Intenta no repasar la discusión en tu cabeza: solo deja que tu cuerpo se calme.
    Cuando notes que hay más calma por ambas partes, toca <b>Continuar</b> y retoma la conversación donde se quedó.
