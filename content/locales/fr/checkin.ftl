### Le bilan de la semaine (content/checkin.yaml) : les questions privées auxquelles chaque
### partenaire répond de son côté, puis la discussion guidée de 30 minutes à deux.
### Les étapes à deux s'adressent au couple (« vous ») ; le reste, à la personne qui lit (« tu »).

## Baromètre de la relation : structure du CSI-4 (c'est une mesure, le sens doit rester exact)

checkin-pulse-happiness = Tout bien considéré, quel degré de bonheur as-tu ressenti dans votre relation cette semaine ?
    .low = très loin du bonheur
    .high = un bonheur complet
checkin-pulse-warmth = À quel point la relation entre vous deux t'a-t-elle semblé chaleureuse et agréable à vivre ?
    .low = pas du tout
    .high = complètement
checkin-pulse-rewarding = À quel point votre relation t'a-t-elle semblé épanouissante cette semaine ?
    .low = pas du tout
    .high = complètement
checkin-pulse-satisfied = Dans l'ensemble, à quel point votre relation te satisfait-elle en ce moment ?
    .low = pas du tout
    .high = complètement

## Ce qui s'est passé entre vous cette semaine (0 à 3)

checkin-patterns-intro = Cette semaine, combien de fois as-tu eu l'impression…
checkin-patterns-scale-0 = Jamais
checkin-patterns-scale-1 = Une ou deux fois
checkin-patterns-scale-2 = Souvent
checkin-patterns-scale-3 = Très souvent
checkin-pattern-criticised = …que l'autre te critiquait ?
checkin-pattern-disrespected = …qu'on te manquait de respect ou qu'on se moquait de toi ?
checkin-pattern-defensive = …que tu devais te défendre ?
checkin-pattern-shut_out = …qu'on te tenait à l'écart ou qu'on t'ignorait ?

## Questions écrites

checkin-written-went_well = ✍️ <b>Qu'est-ce qui s'est bien passé cette semaine ?</b> Petites ou grandes choses.
checkin-written-hard = ✍️ <b>Qu'est-ce qui a été difficile ?</b>
checkin-written-improve = ✍️ <b>Qu'est-ce qu'on pourrait améliorer ?</b> Une chose que tu aimerais essayer la semaine prochaine.

## Sujets

checkin-topic-time = Temps à deux
checkin-topic-communication = Communication
checkin-topic-money = Argent
checkin-topic-chores = Tâches ménagères
checkin-topic-intimacy = Intimité
checkin-topic-family = Famille
checkin-topic-work = Stress au travail
checkin-topic-trust = Confiance
checkin-topic-other = Autre chose

## La discussion à deux : 30 minutes. { $first } et { $second } sont les prénoms ; { $slot }, le jour et l'heure.

checkin-agenda-appreciations =
    💛 <b>Reconnaissance</b> · 5 minutes
    À tour de rôle, nommez trois choses précises que vous avez appréciées chez l'autre cette semaine : « J'ai adoré quand tu… ». { $first } commence. Contentez-vous d'écouter et de dire merci ; pas de « oui, mais ».
checkin-agenda-went_well =
    ✅ <b>Ce qui s'est bien passé, et les promesses de la semaine dernière</b> · 5 minutes
    Racontez-vous ce qui s'est bien passé de votre côté. Puis regardez ensemble les promesses de la semaine dernière : fêtez celles qui ont été tenues, et pour les autres, cherchez à comprendre plutôt qu'à critiquer.
checkin-agenda-week_ahead =
    📅 <b>La semaine à venir</b> · 3 minutes
    Journées chargées, projets, tout ce que l'autre a besoin de savoir. Quand pourriez-vous vous garder un moment rien que pour vous deux ?
checkin-agenda-hard_topic =
    🧭 <b>Un sujet difficile</b> · 12 minutes
    Choisissez <i>un seul</i> sujet, pas tout à la fois. À tour de rôle : la personne qui parle dit « Je me sens … quand … J'ai besoin de … » ; celle qui écoute reformule ce qu'elle a entendu avant de répondre.
    { $first } parle en premier (4 minutes), puis { $second } (4 minutes), puis cherchez ensemble une petite chose à essayer.
    Si le ton monte, appuyez sur <b>On a besoin d'une pause</b>.
checkin-agenda-loved =
    🌱 <b>Quelque chose de bon pour cette semaine</b> · 4 minutes
    Prévoyez ensemble un moment agréable. Puis posez-vous la question, à tour de rôle : <i>« Qu'est-ce que je pourrais faire cette semaine pour que tu sentes à quel point je t'aime ? »</i>
    Écoutez la réponse, puis écris ici ce que toi, tu vas faire : ça deviendra ta promesse.
checkin-agenda-next_week =
    📅 <b>La semaine prochaine</b> · 1 minute
    Même heure la semaine prochaine ({ $slot }) ? Dites-vous merci d'avoir été au rendez-vous : c'est le plus dur.

## La version en solo, pour qui utilise Rekindle sans l'autre

checkin-solo-agenda-appreciations =
    💛 <b>Reconnaissance</b> · 5 minutes
    Note trois choses précises que tu as appréciées chez l'autre cette semaine. Et pourquoi ne pas lui en dire une aujourd'hui ?
checkin-solo-agenda-went_well =
    ✅ <b>Ce qui s'est bien passé, et tes promesses</b> · 5 minutes
    Repense à ta semaine et aux promesses que tu as faites. Qu'est-ce qui a fait la différence quand les choses allaient bien ?
checkin-solo-agenda-week_ahead =
    📅 <b>La semaine à venir</b> · 3 minutes
    Qu'est-ce qui t'attend ? Où pourrais-tu trouver un peu de temps pour vous deux ?
checkin-solo-agenda-hard_topic =
    🧭 <b>Un sujet difficile</b> · 12 minutes
    Choisis une chose qui a été difficile. Prépare la façon dont tu pourrais l'aborder avec douceur : « Je me sens … quand … J'ai besoin de … ». Écris-le, puis dis-le une fois à voix haute.
checkin-solo-agenda-loved =
    🌱 <b>Quelque chose de bon pour cette semaine</b> · 4 minutes
    Que pourrais-tu faire cette semaine pour montrer à l'autre à quel point tu l'aimes ? Écris-le ici : ça deviendra ta promesse.
checkin-solo-agenda-next_week =
    📅 <b>La semaine prochaine</b> · 1 minute
    Même heure la semaine prochaine ({ $slot }). Bravo d'avoir pris ce temps.

## La pause (bouton « On a besoin d'une pause »)

checkin-break =
    🫶 <b>Faisons une pause.</b>
    Prenez une vingtaine de minutes, pas dans la même pièce. Respirez lentement, marchez, buvez un verre d'eau. Essayez de ne pas rejouer la dispute dans votre tête : laissez simplement votre corps s'apaiser.
    Quand vous vous sentez plus calmes, appuyez sur <b>Continuer</b> et reprenez là où vous en étiez.
