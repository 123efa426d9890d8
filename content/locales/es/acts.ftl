### Pequeños gestos diarios (content/acts.yaml). Se le habla a quien lee, de tú;
### "tu pareja" es la otra persona. Español neutro para España y Latinoamérica: sin formas
### de vosotros y, en lo posible, sin pronombres ni adjetivos que marquen el género de nadie.

## Categorías

act-category-affection = Cariño
act-category-appreciation = Aprecio y gratitud
act-category-quality-time = Tiempo de calidad
act-category-novelty = Experiencias compartidas y novedad
act-category-service = Actos de servicio
act-category-communication = Comunicación
act-category-trust = Confianza y fiabilidad
act-category-repair = Reparar después de un conflicto
act-category-self-work = Trabajo personal
act-category-long-distance = A distancia

## Cariño

act-affection-01 = La próxima vez que te sientes al lado de tu pareja, tómale la mano y no la sueltes durante unos minutos.
act-affection-02 = Dale a tu pareja un abrazo de al menos veinte segundos, y no seas tú quien se suelte primero.
act-affection-03 = Escribe a mano una notita con una cosa que te encanta de tu pareja y déjala donde la vaya a encontrar hoy más tarde.
act-affection-04 = Hoy, en cuanto veas a tu pareja, dale un abrazo cálido o un beso (lo que más le guste) antes de hablar de planes o de tareas de casa.
act-affection-05 = A mitad del día, mándale a tu pareja un mensaje tipo “Estoy pensando en ti”, y cuéntale qué te ha hecho acordarte.
act-affection-06 = Ofrécele a tu pareja unos minutos de masaje lento en los hombros o en las manos, con una charla tranquila o una serie de fondo.
act-affection-07 = Hoy, en un momento cualquiera, dile a tu pareja “te quiero”: no como despedida ni como respuesta, solo porque sí.
act-affection-08 = Esta noche, a la hora de relajarte, siéntate lo bastante cerca de tu pareja como para rozarte, en lugar de acabar en sillones o en habitaciones distintas.
act-affection-09 = Hoy, cuando te vayas de casa o se vaya tu pareja, tómate un momento para despedirte de verdad: un abrazo, una mirada a los ojos y una palabra cariñosa.
act-affection-10 = Pregúntale a tu pareja qué gesto de cariño es el que más le llega ahora mismo, y hoy regálale exactamente ese, una vez.
act-affection-11 = Hoy, al pasar junto a tu pareja, apóyale un momento la mano con suavidad en la espalda o en el hombro.
act-affection-12 = Mándale a tu pareja una foto de los dos de una época feliz, con una frase sobre lo que recuerdas de ese día.
act-affection-13 = Dile a tu pareja algo que te resulta atractivo de su forma de ser y que no tiene nada que ver con el físico, como su risa o su manera de pensar.
act-affection-14 = Pasa diez minutos sin pantallas con tu pareja, en el sofá o en la cama, solo por estar cerca, hablando o en silencio.
act-affection-15 = Mándale a tu pareja un mensaje cariñoso de buenos días antes de que empiece el ajetreo, y cuéntale algo que tienes ganas de hacer en su compañía.
act-affection-16 = Ofrécele a tu pareja un contacto suave que le guste, como acariciarle el brazo o tomarle la mano, durante un par de minutos y sin que tenga que llevar a nada más.
act-affection-17 = Pon una canción que signifique algo para los dos e invita a tu pareja a mecerse contigo al ritmo, o simplemente a abrazarte mientras suena.
act-affection-18 = Esta noche, dale las buenas noches a tu pareja con un poco más de cariño que de costumbre, con unas palabras bonitas sobre cómo es y sobre su día.

## Aprecio y gratitud

act-appreciation-01 = Dile a tu pareja una cosa concreta que hizo esta semana y que agradeciste, y explícale en qué te ayudó.
act-appreciation-02 = Mándale a tu pareja un mensaje para darle las gracias por algo cotidiano que hace y que suele pasar desapercibido.
act-appreciation-03 = La próxima vez que hables con alguien de tu familia o de tus amistades, menciona algo que hizo tu pareja y que te llenó de orgullo; luego cuéntale a tu pareja que lo hiciste.
act-appreciation-04 = Haz una lista de cinco cosas de tu pareja que agradeces y compártela en una nota o un mensaje.
act-appreciation-05 = Dale las gracias a tu pareja por algo en lo que ha crecido desde que entró en tu vida y que admiras de verdad.
act-appreciation-06 = Hoy, fíjate en algo que tu pareja resuelve bien, ya sea en el trabajo, con la familia o con sus amistades, y dile que te has dado cuenta.
act-appreciation-07 = Graba un audio con tres cosas que valoras de tu pareja, y mándaselo.
act-appreciation-08 = Cuéntale a tu pareja un momento en el que sentiste orgullo de estar a su lado, y por qué se te ha quedado grabado.
act-appreciation-09 = Antes de dormir, comparte una cosa de hoy que tu pareja hizo o dijo y que agradeces.
act-appreciation-10 = Escribe una tarjeta de agradecimiento por algo que tu pareja hizo hace tiempo y que nunca le agradeciste como se merecía, y dásela o envíasela por correo.
act-appreciation-11 = Dale las gracias a tu pareja por haberlo intentado hoy con algo, aunque no saliera bien, para que sepa que el esfuerzo también cuenta.
act-appreciation-12 = Nombra una fortaleza de tu pareja en la que te apoyas, como su paciencia o su sentido del humor, y dile cómo te ayuda.
act-appreciation-13 = En cuanto notes que tu pareja ha hecho una de esas tareas que sueles dar por sentadas, dale las gracias en voz alta.
act-appreciation-14 = Recuérdale a tu pareja una época difícil que superó y dile qué admiraste de la forma en que la afrontó.
act-appreciation-15 = Pega una notita de agradecimiento en algo que tu pareja use a diario, como su taza o el espejo del baño, para que se la encuentre.
act-appreciation-16 = Pregúntale a tu pareja en qué se ha estado esforzando últimamente, y dile que ves todo el empeño que le está poniendo.
act-appreciation-17 = Describe, con el mayor detalle posible, una manera en que tu vida es mejor desde que tu pareja forma parte de ella.
act-appreciation-18 = En la cena o en la próxima llamada, propón una ronda: por turnos, cada cual dice una cosa que valoró hoy de la otra persona.

## Tiempo de calidad

act-quality-time-01 = Propón a tu pareja dejar los teléfonos en otra habitación y pasar 20 minutos paseando o al aire libre, sin hablar de tareas ni de horarios.
act-quality-time-02 = Esta noche, prepara una cena sencilla codo con codo con tu pareja, con una parte de la tarea para cada cual.
act-quality-time-03 = Hoy, comparte una comida con tu pareja sin pantallas en la mesa, pregúntale qué fue lo mejor de su día y cuéntale lo mejor del tuyo.
act-quality-time-04 = Hoy, tómate con tu pareja una pausa de 15 minutos para un té o un café, sin hablar de tareas pendientes.
act-quality-time-05 = Elige una serie o una película que a tu pareja le encante y que tú nunca hayas visto, y siéntate a verla a su lado, con toda tu atención.
act-quality-time-06 = Reserva esta noche 30 minutos solo para los dos, y protégelos del trabajo, los mensajes y los recados.
act-quality-time-07 = Lee 20 minutos al lado de tu pareja; después, cuéntale algo interesante de lo que has leído y pídele que te cuente algo de lo suyo.
act-quality-time-08 = Mira fotos antiguas con tu pareja y que cada cual elija una para contar la historia que hay detrás.
act-quality-time-09 = Propón a tu pareja un juego de mesa, una partida de cartas o un rompecabezas para esta noche, solo por diversión.
act-quality-time-10 = Si esta noche compartes cama con tu pareja, propón ir a la cama a la misma hora y charlar diez minutos antes de dormir.
act-quality-time-11 = Sal a sentarte fuera con tu pareja diez minutos, mirando el cielo o la calle, sin necesidad de llenar el silencio.
act-quality-time-12 = Pídele a tu pareja que te enseñe algo que disfruta, como un juego, una afición o su lista de canciones favorita, y únete durante media hora.
act-quality-time-13 = Hoy, crea con tu pareja una lista de reproducción compartida en la que cada cual añada cinco canciones que le recuerden a la otra persona o a su historia en común.
act-quality-time-14 = Planea con tu pareja una cita sencilla y barata para esta semana, eligiendo en equipo el día y el plan.
act-quality-time-15 = Haz una tarea rutinaria codo con codo con tu pareja, como lavar los platos o doblar la ropa, y aprovecha para charlar.
act-quality-time-16 = Hoy, cuando te reencuentres con tu pareja, dedica los primeros diez minutos solo a saber cómo le ha ido y a contarle cómo te ha ido a ti, antes de que cualquier otra cosa se lleve tu atención.
act-quality-time-17 = Busca un sitio para ver el atardecer con tu pareja esta tarde, o lo más cerca del atardecer que te permita el día.
act-quality-time-18 = Pasa 30 minutos con tus propias aficiones en la misma habitación que tu pareja, simplemente en compañía.

## Experiencias compartidas y novedad

act-novelty-01 = Elige una receta que sea nueva para los dos y prepárala con tu pareja esta noche, o en un día que acuerdes ahora mismo.
act-novelty-02 = Visita con tu pareja un parque, una calle o un café cercano que sea nuevo para los dos, aunque sea media hora.
act-novelty-03 = Elige con tu pareja una pequeña habilidad nueva que aprender a la vez, como diez palabras en otro idioma, y que la primera lección de diez minutos sea hoy.
act-novelty-04 = La próxima vez que hagas con tu pareja un recado o una salida habitual, ve por otro camino y señala cualquier cosa nueva que veas.
act-novelty-05 = Busca un evento gratuito cerca de casa para esta semana, como una charla, un mercadillo o una exposición, e invita a tu pareja a ir contigo.
act-novelty-06 = Haz con tu pareja una lista de diez experiencias nuevas que compartir, y rodea con un círculo una para hacer este mes.
act-novelty-07 = Deja que tu pareja elija el plan de esta noche y di que sí de buena gana, aunque sea algo nuevo para ti.
act-novelty-08 = Esta noche, organiza un pícnic en casa: extiende una manta en el suelo y come ahí con tu pareja algo que sea del gusto de los dos.
act-novelty-09 = Sal con tu pareja veinte minutos a mirar las estrellas o las nubes, con un juego por turnos: a ver quién descubre una estrella o una forma.
act-novelty-10 = Elige un juego que no domine ninguno de los dos, como el ajedrez o un juego de cartas nuevo, y propón a tu pareja aprenderlo y jugar una partida.
act-novelty-11 = Elige un lugar cercano que no hayas explorado nunca para una salida de media jornada, y fija hoy mismo la fecha con tu pareja.
act-novelty-12 = Dedica media hora con tu pareja a un proyecto creativo: hacer un dibujo de la otra persona, escribir un poema disparatado o construir algo.
act-novelty-13 = Sigue con tu pareja una clase en línea para principiantes, como estiramientos, dibujo o un baile sencillo, y que no falten las risas.
act-novelty-14 = Recrea con tu pareja, a pequeña escala y sin complicaciones, la primera cita o uno de tus recuerdos favoritos de los comienzos.
act-novelty-15 = Busca una causa de tu zona que sea importante para los dos y que acepte voluntariado, y propón a tu pareja ir a ayudar allí una hora.
act-novelty-16 = Esta noche, propón a tu pareja cenar un desayuno (tostadas, huevos, café con leche…), solo para romper la rutina y tener algo de lo que reírse.
act-novelty-17 = Vuelve con tu pareja a un sitio que antes era especial para los dos y que hace tiempo que no visitas, y charla sobre lo que ha cambiado.
act-novelty-18 = Proponle a tu pareja un reto divertido para esta semana, como probar una fruta que ninguno de los dos haya comido nunca, y arranca hoy mismo.

## Actos de servicio

act-service-01 = Prepárale a tu pareja su bebida favorita sin que te la pida, justo como le gusta.
act-service-02 = Hoy, quítale a tu pareja de encima una tarea que le pesa, después de preguntarle si quiere que la hagas tú.
act-service-03 = Pregúntale a tu pareja: “¿Qué puedo hacer hoy para que tu día sea más fácil?”, y luego hazlo.
act-service-04 = Prepárale a tu pareja algo para picar o la comida del día, para que se la lleve.
act-service-05 = Si compartes casa con tu pareja, haz una de las tareas de casa que suelen tocarle, sin mencionarlo ni esperar que te lo agradezca.
act-service-06 = Hazle hoy un pequeño recado a tu pareja, como comprar algo que necesite o dejar un paquete en correos.
act-service-07 = Llévale a tu pareja un vaso de agua o algo para picar mientras está con algo entre manos, sin interrumpir.
act-service-08 = Encárgate de un trámite aburrido que sea de los dos, como pedir una cita o poner al día el calendario compartido.
act-service-09 = Ofrécele ayuda a tu pareja con algo en lo que se haya atascado, como un formulario o un correo complicado, y deja que decida cuánta ayuda quiere.
act-service-10 = Ordena un espacio que tu pareja use mucho, como su escritorio o una estantería compartida, pero solo si sabes que le va a gustar.
act-service-11 = Esta semana, cocínale a tu pareja esa comida casera que le reconforta; hoy, mira si tienes todo lo necesario y elige el día.
act-service-12 = Hoy, cuando tu pareja llegue a casa sin energía, encárgate de la siguiente tarea pendiente para que pueda sentarse a descansar diez minutos.
act-service-13 = Déjale preparado a tu pareja lo que necesitará por la mañana, como las llaves, la mochila o una taza limpia, para que empiece el día con calma.
act-service-14 = Averigua algo que tu pareja lleve tiempo queriendo consultar, como un horario o una receta, y mándale lo que encontraste.
act-service-15 = Mándale a tu pareja un recordatorio cariñoso de algo importante que te dijo que no quería olvidar.
act-service-16 = Ofrécete a encargarte de una tarea esta noche para que tu pareja tenga una hora libre para lo suyo.
act-service-17 = Hazle la mañana más fácil a tu pareja: prepara el desayuno o encárgate de las primeras tareas del día para que pueda ir sin prisas.
act-service-18 = Arregla o resuelve algo pequeño que le molesta a tu pareja, como una puerta que chirría, un botón suelto o un cajón desordenado.

## Comunicación

act-communication-01 = Pregúntale a tu pareja: “¿Cómo estás, de verdad?”, y escucha al menos cinco minutos sin dar consejos.
act-communication-02 = Hoy, cuando tu pareja te cuente algo, repite con tus propias palabras lo que has entendido antes de responder.
act-communication-03 = Comparte un sentimiento de esta semana con la fórmula “Me siento… cuando…”, en lugar de empezar con “Tú siempre…”.
act-communication-04 = Hazle a tu pareja una pregunta que nunca le hayas hecho, por ejemplo qué soñaba ser a los diez años.
act-communication-05 = La próxima vez que tu pareja empiece a contarte su día, pon el teléfono boca abajo y préstale toda tu atención.
act-communication-06 = Pregúntale a tu pareja por lo mejor y lo más difícil de su día, y hazle una pregunta más sobre cada cosa.
act-communication-07 = Propón a tu pareja una charla semanal de 20 minutos y que la primera sea hoy: qué salió bien, qué costó y qué necesita cada cual la semana que viene.
act-communication-08 = Cuéntale a tu pareja algo que te ronda la cabeza y que aún no has compartido, aunque sea algo pequeño.
act-communication-09 = Pregúntale a tu pareja si hay algo que haya querido decirte y se haya callado, y recibe con calma lo que te diga.
act-communication-10 = Hoy, cuando no estés de acuerdo con tu pareja, pregúntale “¿Me ayudas a entender cómo lo ves?” antes de dar tu opinión.
act-communication-11 = Comparte una ilusión que tengas para los dos en el próximo año, y pregúntale a tu pareja por la suya.
act-communication-12 = Hoy, haz una pequeña petición con claridad en lugar de lanzar indirectas, por ejemplo: “¿Me escribes cuando vengas de camino?”
act-communication-13 = Pregúntale a tu pareja qué tipo de apoyo prefiere cuando está bajo estrés: consejos, alguien que escuche, distraerse o espacio.
act-communication-14 = Hoy, deja que tu pareja termine cada frase sin interrumpir, aunque creas saber cómo acaba.
act-communication-15 = Cuéntale a tu pareja una preocupación que hayas estado cargando a solas, y dile que no le pides que la resuelva.
act-communication-16 = Pregúntale a tu pareja qué podrías hacer más y qué podrías hacer menos para que se sienta más cerca de ti; después, simplemente escucha y dale las gracias.
act-communication-17 = Menciona algo que tu pareja dijo a principios de semana y que se te quedó, para que sepa que prestabas atención de verdad.
act-communication-18 = Habla con tu pareja diez minutos de algo que no sea logística, trabajo ni problemas: un sueño, un recuerdo o una idea.

## Confianza y fiabilidad

act-trust-01 = Haz hoy una pequeña promesa que sepas que puedes cumplir, como terminar algo a una hora concreta, y cúmplela.
act-trust-02 = Si hoy dijiste que llamarías o escribirías a una hora concreta, hazlo justo a esa hora.
act-trust-03 = Llega puntual a tu próximo plan o llamada con tu pareja y, si se te hace tarde, avísale antes, no después.
act-trust-04 = Sin que te lo pregunte, cuéntale a tu pareja más o menos cómo va a ser tu día, para que se sienta parte de él.
act-trust-05 = Cumple hoy algo que le dijiste a tu pareja que harías y que se te ha ido quedando en el tintero.
act-trust-06 = Si llevas tiempo posponiendo decirle algo a tu pareja, elige hoy un momento tranquilo y díselo con sinceridad.
act-trust-07 = Reconoce un pequeño error que cometiste hoy antes de que tu pareja lo descubra, y dile qué vas a hacer para arreglarlo.
act-trust-08 = Pregúntale a tu pareja si hay algo que dijiste que harías y que todavía está esperando, y fija un momento para hacerlo.
act-trust-09 = Hoy, di que no con amabilidad a algo con lo que no puedes comprometerte de verdad, en lugar de decir que sí y fallarle más tarde.
act-trust-10 = Dile a tu pareja algo para lo que siempre puede contar contigo, y hoy demuéstralo.
act-trust-11 = Si hoy cambia algún plan, avísale a tu pareja en cuanto lo sepas, junto con el plan nuevo.
act-trust-12 = Hoy, cuando tu pareja te pida tu opinión, dásela con sinceridad y con cariño, en lugar de decir lo que crees que quiere oír.
act-trust-13 = Responde hoy a los mensajes de tu pareja en un tiempo razonable, o dile cuándo vas a poder contestar con calma.
act-trust-14 = Elige una promesa que hayas roto en el pasado, reconócela y cuéntale a tu pareja tu plan para cumplirla a partir de ahora.
act-trust-15 = Termina una tarea que acordaste con tu pareja y dile que ya está hecha, para que no tenga que estar pendiente.
act-trust-16 = Cuéntale a tu pareja una decisión que estés sopesando antes de tomarla, y pregúntale qué opina.
act-trust-17 = Si hoy tienes el ánimo bajo, díselo a tu pareja con claridad en lugar de dejar que se note en forma de frialdad.
act-trust-18 = Hoy, concédele a tu pareja el beneficio de la duda una vez: cuando algo te parezca raro, pregunta qué ha pasado en lugar de pensar lo peor.

## Reparar después de un conflicto

act-repair-01 = Piensa en una discusión reciente y dile a tu pareja una cosa concreta que hiciste tú y que la empeoró, sin añadir ningún “pero”.
act-repair-02 = Pide perdón de forma sincera y concreta por una cosa: di qué hiciste y cómo pudo haberle afectado a tu pareja.
act-repair-03 = Pregúntale a tu pareja: “¿Qué necesitas de mí para estar bien con lo que pasó?”, y escucha sin defenderte.
act-repair-04 = Si hoy una conversación se calienta, propón una pausa de 20 minutos para calmar los ánimos y acuerda con tu pareja cuándo retomarla.
act-repair-05 = Plantea algo que te esté molestando con la fórmula “Me siento… cuando… Necesito…”, con calma y en pocas palabras.
act-repair-06 = Suelta hoy un viejo rencor, ya sea diciéndole a tu pareja que lo dejas atrás o decidiendo para tus adentros que no vas a volver a sacarlo.
act-repair-07 = Después de la próxima discusión, sé quien dé el primer paso con un gesto amable, como un mensaje cariñoso o un café.
act-repair-08 = Dile a tu pareja qué crees que sentía durante la última discusión, y pregúntale si lo has entendido bien.
act-repair-09 = Hoy, convierte una queja en una petición: en lugar de “Nunca me ayudas”, prueba con “¿Me ayudas con esto?”
act-repair-10 = Pregúntale a tu pareja si algo de una pelea pasada todavía le duele, y limítate a escuchar, sin reabrir la discusión.
act-repair-11 = Escribe qué harías de otra manera en la última discusión y comparte con tu pareja uno de esos puntos.
act-repair-12 = Dale las gracias a tu pareja por algo que hizo una vez para hacer las paces después de un desacuerdo, por pequeño que fuera.
act-repair-13 = Acuerda con tu pareja una palabra o una señal que cualquiera de los dos pueda usar cuando una conversación se esté calentando demasiado y haga falta una pausa.
act-repair-14 = Si hoy toca una conversación difícil, empiézala con suavidad: menciona algo que valoras de tu pareja antes de plantear el problema.
act-repair-15 = Si hace poco le hiciste daño a tu pareja, ve más allá del “lo siento”: haz algo concreto que demuestre que lo dices en serio.
act-repair-16 = Dile a tu pareja que la relación te importa más que tener razón en la última discusión.
act-repair-17 = Cuando retomes una conversación difícil después de calmarte, empieza resumiendo el punto de vista de tu pareja antes de dar el tuyo.
act-repair-18 = Perdona hoy una pequeña molestia sin mencionarla, y fíjate en qué sientes al dejarla pasar.

## Trabajo personal

act-self-work-01 = Sal hoy a caminar 15 minutos a solas, o siéntate en algún sitio tranquilo, para recargarte antes de volver a pasar tiempo con tu pareja.
act-self-work-02 = Escribe una situación de tu relación que siempre te hace saltar, y lo que sueles sentir por debajo de esa reacción.
act-self-work-03 = Escribe diez minutos en tu diario sobre un patrón tuyo que te gustaría cambiar, y sobre un primer paso que podrías dar.
act-self-work-04 = Haz hoy algo solo por tu bienestar, como descansar, moverte o llamar a alguien que te hace bien, para volver a casa con las pilas cargadas.
act-self-work-05 = Fíjate hoy en un momento en que tengas ganas de saltar o de cerrarte, y respira despacio tres veces antes de responder.
act-self-work-06 = Piensa en qué necesitas más en la relación y resúmelo en una frase clara que puedas compartir más adelante.
act-self-work-07 = Reflexiona sobre cómo se manejaban los conflictos en la casa donde creciste, y anota un hábito que quizá te hayas traído contigo.
act-self-work-08 = Dedica hoy 20 minutos a una afición o a una meta tuya, sin sentirte culpable.
act-self-work-09 = Detecta hoy un pensamiento poco amable sobre tu pareja, y pregúntate si hay una explicación más amable que sea igual de probable.
act-self-work-10 = Escribe tres cosas que hiciste bien en la relación esta semana, para compensar la autocrítica.
act-self-work-11 = Elige un pequeño límite personal que mantener hoy, como cuidar tus horas de sueño, y cuéntale a tu pareja con cariño cuál es.
act-self-work-12 = Antes de tu próxima conversación con tu pareja, fíjate si tienes hambre, cansancio o estrés, y atiende eso primero si puedes.
act-self-work-13 = Dedica 15 minutos a leer o escuchar algo sobre comunicación o relaciones de pareja, y apunta una idea para probar.
act-self-work-14 = Pregúntate qué esperas de tu pareja que nunca le has dicho en voz alta, y decide si quieres contárselo.
act-self-work-15 = Esta noche, tómate un rato sin pantallas para notar cómo te sientes de verdad, y ponle nombre a ese sentimiento.
act-self-work-16 = Resuelve algo que llevas tiempo posponiendo para ti, como pedir cita para una revisión médica u ordenar un rincón abarrotado, para que deje de pesarte.
act-self-work-17 = Escríbete unas líneas sobre el tipo de pareja que quieres ser, y vuelve a leerlas antes de dormir.
act-self-work-18 = Si hoy necesitas espacio, pídelo con claridad y di cuándo vas a volver, en lugar de quedarte en silencio.

## A distancia

act-long-distance-01 = Organiza con tu pareja una videollamada para comer a la vez, cada cual en su casa, aunque sean solo unas tostadas y un café.
act-long-distance-02 = Mira con tu pareja la misma película o el mismo capítulo a la vez, en llamada o comentándolo por mensajes.
act-long-distance-03 = Hoy, cuando veas algo que te haga pensar en tu pareja, fotografíalo y mándaselo con una frase que explique por qué.
act-long-distance-04 = Escríbele hoy a tu pareja una carta o una postal a mano y envíala por correo, aunque sean solo unas líneas.
act-long-distance-05 = Grábale a tu pareja un audio corto para que lo escuche antes de dormir, contándole un buen momento de tu día.
act-long-distance-06 = Si ya hay una visita a la vista, empieza a contar los días y comparte una cosa que tengas ganas de hacer en el reencuentro.
act-long-distance-07 = Juega con tu pareja a un juego en línea durante una llamada, media hora, solo por diversión.
act-long-distance-08 = Programa un mensaje de buenos días para que a tu pareja le llegue justo al despertar, teniendo en cuenta la diferencia horaria si la hay.
act-long-distance-09 = Lee hoy el mismo artículo corto o el mismo capítulo que tu pareja, y saca el tema en la próxima llamada.
act-long-distance-10 = Llévate a tu pareja en una videollamada mientras vas a un sitio que te gusta, y enséñale tu barrio o tu rincón favorito.
act-long-distance-11 = Acuerda con tu pareja un pequeño ritual compartido, como mandarse el mismo emoji a la hora de comer, y empieza hoy.
act-long-distance-12 = Pídele a tu pareja que te describa con detalle lo que tiene alrededor ahora mismo, para que puedas imaginar exactamente dónde está.
act-long-distance-13 = Elige con tu pareja el día y la hora de la próxima llamada o visita, y anótalo hoy en el calendario de cada cual.
act-long-distance-14 = Mándale a tu pareja un mensaje con tres cosas que echas de menos de estar a su lado.
act-long-distance-15 = Quédate en llamada con tu pareja mientras cada cual hace sus cosas con calma, para sentir su compañía como si estuviera en la misma habitación.
act-long-distance-16 = Cocina la misma receta que tu pareja a la vez, por videollamada, y al final compara cómo le ha quedado a cada cual.
act-long-distance-17 = Elige una canción que te recuerde a tu pareja, mándasela y cuéntale qué verso en concreto te hizo acordarte.
