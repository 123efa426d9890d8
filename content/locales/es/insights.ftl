### Consejos junto a la revelación del check-in (content/insights.yaml, tips): una pequeña
### habilidad según la señal. Nada alarmante.

tip-low = 🌱 <b>Una pequeña cosa para probar esta semana:</b> cada noche, dile a tu pareja una cosa que salió bien ese día, por pequeña que sea, y pídele que te cuente la suya. Fijarse en lo bueno es una habilidad, y crece con la práctica.
tip-drop = 🌱 <b>Una pequeña cosa para probar esta semana:</b> últimamente todo cuesta más que antes. Pídele a tu pareja quince minutos sin prisas y empieza con “Echo de menos lo nuestro. ¿Podemos hablar de cómo estamos?”.
tip-conflict = 🌱 <b>Una pequeña cosa para probar esta semana: la pausa de 20 minutos.</b> Cuando una conversación se calienta, cualquiera de los dos puede decir “Necesito una pausa; volvamos a esto en veinte minutos”. Y entonces aléjate de verdad: camina, respira despacio y no repases la discusión. Vuelve a la hora acordada.
tip-topic = 🌱 <b>Una pequeña cosa para probar esta semana: una frase que empiece por “Me siento”.</b> Antes de volver a sacar este tema, escríbelo así: “Me siento… cuando… y necesito…”. Así la conversación se centra en el problema, no en quién tiene la culpa.
tip-promises = 🌱 <b>Una pequeña cosa para probar esta semana:</b> haz una promesa tan pequeña que sepas que la vas a cumplir (“Te escribo cuando salga del trabajo”) y cúmplela. La confianza se reconstruye promesa a promesa, cada vez que una se cumple.
tip-disengaged = 🌱 <b>Una pequeña cosa para probar esta semana: un intento de reparación.</b> Cuando notes distancia, un pequeño gesto puede volver a abrir la puerta: “Siento haber estado tan lejos últimamente. ¿Empezamos de nuevo?”. No tiene que ser perfecto para funcionar.
