### Les petits gestes du quotidien (content/acts.yaml) : un par jour pour chaque partenaire.
### « Lui » désigne l'autre partenaire ; les tournures évitent de présumer son genre
### (et celui de la personne qui lit).

## Catégories

act-category-affection = Tendresse
act-category-appreciation = Reconnaissance et gratitude
act-category-quality-time = Moments à deux
act-category-novelty = Expériences partagées et nouveauté
act-category-service = Services rendus
act-category-communication = Communication
act-category-trust = Confiance et parole tenue
act-category-repair = Réparer après un conflit
act-category-self-work = Travail sur soi
act-category-long-distance = À distance

## Tendresse

act-affection-01 = La prochaine fois que vous êtes côte à côte, prends-lui la main et garde-la dans la tienne quelques minutes.
act-affection-02 = Fais-lui un câlin d'au moins vingt secondes, et ne relâche pas l'étreinte en premier.
act-affection-03 = Laisse un petit mot écrit à la main là où il lui tombera sous les yeux plus tard dans la journée, pour lui dire une chose que tu aimes dans sa façon d'être.
act-affection-04 = Aujourd'hui, au moment de vous retrouver, commence par un câlin chaleureux ou un baiser, selon ses préférences, avant de parler d'organisation ou de tâches ménagères.
act-affection-05 = En milieu de journée, envoie-lui un message qui dit « Je pense à toi », et précise ce qui t'y a fait penser.
act-affection-06 = Propose-lui de lui masser lentement les épaules ou les mains quelques minutes, pendant que vous discutez ou regardez quelque chose ensemble.
act-affection-07 = Dis-lui que tu l'aimes à un moment imprévu aujourd'hui, pas pour dire au revoir ni en réponse, juste parce que c'est vrai.
act-affection-08 = Ce soir, au moment de te détendre, installe-toi assez près pour que vous puissiez vous toucher, plutôt que sur un siège à part ou dans une autre pièce.
act-affection-09 = Aujourd'hui, au moment de vous quitter, prends le temps d'un vrai au revoir : un câlin, un regard dans les yeux, un mot gentil.
act-affection-10 = Demande-lui quelle forme de tendresse lui fait le plus de bien en ce moment, puis offre-lui exactement celle-là une fois aujourd'hui.
act-affection-11 = Aujourd'hui, en passant à côté, pose doucement ta main sur son dos ou son épaule un instant.
act-affection-12 = Envoie-lui une photo de vous deux prise à un moment heureux, avec une phrase sur ce dont tu te souviens de ce jour-là.
act-affection-13 = Dis-lui une chose qui te séduit et qui n'a rien à voir avec son physique, comme son rire ou sa façon de penser.
act-affection-14 = Propose-lui de vous allonger ou de vous asseoir ensemble dix minutes, sans écran, juste pour être tout près, à parler ou en silence.
act-affection-15 = Envoie-lui un tendre message du matin avant que la journée ne s'emballe, en évoquant un moment à deux que tu attends avec impatience.
act-affection-16 = Offre-lui un contact doux qui lui plaît, comme lui caresser le bras ou lui tenir la main, pendant quelques minutes, sans que cela doive mener à quoi que ce soit.
act-affection-17 = Mets une chanson qui compte pour vous deux et propose-lui de danser doucement avec toi, ou simplement de vous serrer dans les bras le temps de la chanson.
act-affection-18 = Ce soir, souhaite-lui bonne nuit avec un peu plus de chaleur que d'habitude, avec quelques mots gentils à son sujet et sur sa journée.

## Reconnaissance et gratitude

act-appreciation-01 = Parle-lui d'un geste précis de sa part, cette semaine, que tu as apprécié, et explique-lui en quoi ça t'a fait du bien.
act-appreciation-02 = Envoie-lui un message pour lui dire merci pour un de ces petits gestes du quotidien qui passent d'habitude inaperçus.
act-appreciation-03 = La prochaine fois que tu parles avec des amis ou de la famille, raconte une chose qu'a faite l'autre et qui te remplit de fierté, puis dis-lui que tu l'as fait.
act-appreciation-04 = Écris cinq choses pour lesquelles tu as envie de lui dire merci, puis fais-lui parvenir ta liste, sur un petit mot ou par message.
act-appreciation-05 = Repère un aspect de son évolution depuis votre rencontre que tu admires sincèrement, et dis-lui merci pour ça.
act-appreciation-06 = Aujourd'hui, repère une chose que l'autre gère bien, au travail, en famille ou avec ses amis, et dis-lui que tu l'as remarqué.
act-appreciation-07 = Enregistre un message vocal où tu cites trois qualités que tu lui reconnais, et envoie-le-lui.
act-appreciation-08 = Raconte-lui un moment où tu as ressenti de la fierté de partager sa vie, et pourquoi ce souvenir reste si présent pour toi.
act-appreciation-09 = Avant de t'endormir, dis-lui merci pour un geste ou une parole de sa part aujourd'hui.
act-appreciation-10 = Écris une petite carte pour un geste de sa part, il y a quelque temps, pour lequel tu ne lui as jamais vraiment dit merci, puis donne-la-lui ou envoie-la par la poste.
act-appreciation-11 = Dis-lui merci d'avoir essayé quelque chose aujourd'hui, même si ça n'a pas marché, pour lui montrer que l'effort compte aussi.
act-appreciation-12 = Nomme une de ses qualités sur laquelle tu t'appuies, comme sa patience ou son humour, et dis-lui en quoi elle t'aide.
act-appreciation-13 = Dès que tu remarques une tâche faite par ses soins, de celles qui te semblent aller de soi, dis-lui merci à voix haute.
act-appreciation-14 = Rappelle-lui une période difficile de sa vie, et dis-lui ce que tu as admiré dans sa façon de la traverser.
act-appreciation-15 = Colle un petit mot de remerciement sur un objet de son quotidien, comme sa tasse ou son sac, pour qu'il lui tombe sous la main.
act-appreciation-16 = Demande-lui ce qui lui demande le plus d'efforts en ce moment, et dis-lui que tu vois toute l'énergie investie.
act-appreciation-17 = Décris-lui, le plus précisément possible, une façon dont ta vie est plus belle grâce à sa présence.
act-appreciation-18 = Pendant un repas ou lors de votre prochain appel, citez à tour de rôle une chose que vous avez appréciée chez l'autre aujourd'hui.

## Moments à deux

act-quality-time-01 = Laissez vos téléphones dans une autre pièce et passez 20 minutes dehors ensemble, à marcher ou à vous poser, sans parler de tâches ménagères ni d'emploi du temps.
act-quality-time-02 = Ce soir, cuisinez ou préparez un repas simple côte à côte, en vous partageant les tâches.
act-quality-time-03 = Aujourd'hui, partagez un repas sans écran à table, et racontez-vous le meilleur moment de votre journée.
act-quality-time-04 = Aujourd'hui, offrez-vous ensemble une pause thé ou café de 15 minutes, sans listes de choses à faire.
act-quality-time-05 = Choisis une série ou un film qui lui tient à cœur et que tu n'as jamais vu, et regardez-le ensemble en y prêtant toute ton attention.
act-quality-time-06 = Ce soir, réserve 30 minutes rien que pour vous deux, et protège-les du travail, des messages et des courses.
act-quality-time-07 = Lisez côte à côte pendant 20 minutes, puis racontez-vous une chose intéressante tirée de votre lecture.
act-quality-time-08 = Regardez ensemble de vieilles photos, choisissez-en une par personne et racontez l'histoire qui se cache derrière.
act-quality-time-09 = Ce soir, faites ensemble un jeu de société, une partie de cartes ou un puzzle, juste pour le plaisir.
act-quality-time-10 = Si vous dormez au même endroit ce soir, couchez-vous à la même heure et prenez dix minutes pour discuter avant de dormir.
act-quality-time-11 = Installez-vous dehors ensemble dix minutes, à regarder le ciel ou la rue, sans chercher à combler le silence.
act-quality-time-12 = Demande-lui de te montrer quelque chose qui lui plaît, comme un jeu, un loisir ou sa liste de lecture préférée, et plonge-toi dedans pendant une demi-heure.
act-quality-time-13 = Créez aujourd'hui une liste de lecture commune et ajoutez-y cinq chansons par personne qui vous font penser à l'autre ou à vos moments ensemble.
act-quality-time-14 = Prévoyez ensemble une sortie en amoureux simple et peu coûteuse pour la fin de la semaine, en choisissant le jour et l'activité en équipe.
act-quality-time-15 = Faites une tâche du quotidien côte à côte, comme la vaisselle ou le pliage du linge, et profitez-en pour discuter.
act-quality-time-16 = Aujourd'hui, quand vous vous retrouvez, consacrez les dix premières minutes à vous raconter vos journées, avant que quoi que ce soit d'autre ne vous accapare.
act-quality-time-17 = Ce soir, trouvez un coin d'où regarder le coucher du soleil ensemble, ou le moment le plus proche que votre journée permette.
act-quality-time-18 = Passez 30 minutes dans la même pièce à vous adonner à vos loisirs respectifs, simplement pour vous tenir compagnie.

## Expériences partagées et nouveauté

act-novelty-01 = Choisissez une recette toute nouvelle pour vous deux, et préparez-la ensemble ce soir ou un jour que vous fixez dès maintenant.
act-novelty-02 = Allez découvrir un parc, une rue ou un café du coin que vous ne connaissez pas encore, même pour une demi-heure.
act-novelty-03 = Choisissez une petite compétence à apprendre ensemble, comme dix mots dans une autre langue, et faites aujourd'hui la première leçon de dix minutes.
act-novelty-04 = Lors d'une course ou d'une sortie habituelle ensemble, prenez un autre chemin, et montrez-vous tout ce que vous remarquez de nouveau.
act-novelty-05 = Trouve un événement gratuit près de chez vous cette semaine, comme une conférence, un marché ou une exposition, et propose-lui de t'y accompagner.
act-novelty-06 = Faites ensemble une liste de dix choses que vous aimeriez essayer en couple, puis entourez-en une à faire ce mois-ci.
act-novelty-07 = Laisse-lui choisir l'activité de ce soir, et dis oui de bon cœur, même si c'est nouveau pour toi.
act-novelty-08 = Ce soir, faites un pique-nique à la maison : étalez une couverture par terre et dégustez-y un repas que vous adorez.
act-novelty-09 = Allez observer les étoiles ou les nuages ensemble pendant vingt minutes, et repérez à tour de rôle des formes ou des constellations.
act-novelty-10 = Apprenez un jeu que vous connaissez mal, comme les échecs ou un nouveau jeu de cartes, et faites une partie ensemble.
act-novelty-11 = Choisissez un endroit proche que vous n'avez jamais exploré pour une sortie d'une demi-journée, et fixez-en la date ensemble aujourd'hui.
act-novelty-12 = Consacrez une demi-heure à un projet créatif à deux : vous dessiner mutuellement, écrire un poème loufoque ou construire quelque chose.
act-novelty-13 = Suivez ensemble un cours vidéo pour débutants, d'étirements, de dessin ou d'une danse simple, et riez de bon cœur tout du long.
act-novelty-14 = Recréez ensemble votre premier rendez-vous ou un de vos souvenirs préférés des débuts, en version simple et modeste.
act-novelty-15 = Cherche près de chez vous une association qui accueille des bénévoles, pour une cause qui compte pour vous deux, et propose-lui d'y donner ensemble une heure de votre temps.
act-novelty-16 = Ce soir, remplacez le repas par un petit-déjeuner, juste pour bousculer la routine et vous offrir une occasion de rire.
act-novelty-17 = Retournez dans un endroit que vous adoriez et où vous n'avez pas remis les pieds depuis longtemps, et observez ensemble ce qui a changé.
act-novelty-18 = Lance un petit défi rigolo pour vous deux cette semaine, comme goûter un fruit que vous n'avez encore jamais mangé, et commencez dès aujourd'hui.

## Services rendus

act-service-01 = Sans qu'on te le demande, prépare-lui sa boisson préférée, exactement à son goût.
act-service-02 = Aujourd'hui, prends en charge une tâche de sa liste qui lui pèse, après lui avoir demandé si ça lui ferait plaisir.
act-service-03 = Demande-lui : « Qu'est-ce que je pourrais faire aujourd'hui pour te simplifier la journée ? », puis fais-le.
act-service-04 = Prépare-lui un en-cas ou un repas à emporter pour sa journée.
act-service-05 = Si vous vivez ensemble, fais une tâche ménagère qui lui revient d'habitude, sans le dire et sans attendre de remerciements.
act-service-06 = Aujourd'hui, occupe-toi d'une petite course à sa place, comme aller chercher une chose qui lui manque ou déposer un colis.
act-service-07 = Quand tu vois qu'une occupation l'absorbe, apporte-lui un verre d'eau ou un en-cas, sans l'interrompre.
act-service-08 = Occupe-toi d'une corvée administrative pour vous deux, comme prendre un rendez-vous ou mettre à jour l'agenda commun.
act-service-09 = Propose ton aide pour quelque chose qui lui pose problème, comme un formulaire ou un message délicat à écrire, et laisse-lui choisir jusqu'où tu l'aides.
act-service-10 = Range un coin qui lui sert souvent, comme son bureau ou une étagère commune, mais seulement si tu sais que ça lui fera plaisir.
act-service-11 = Cette semaine, cuisine-lui son plat réconfortant préféré ; aujourd'hui, vérifie que tu as tout ce qu'il faut et choisis le jour.
act-service-12 = Aujourd'hui, si la fatigue se lit sur son visage à son retour, prends en charge la prochaine petite tâche pour lui laisser dix minutes pour s'asseoir et souffler.
act-service-13 = Prépare ce qu'il lui faudra demain matin, comme ses clés, son sac ou une tasse propre, pour que sa journée commence en douceur.
act-service-14 = Fais à sa place une recherche qui traîne, comme des horaires d'ouverture ou une recette, et envoie-lui ce que tu as trouvé.
act-service-15 = Envoie-lui un petit rappel bienveillant à propos d'une chose importante qui, d'après ses dires, ne devait surtout pas lui sortir de la tête.
act-service-16 = Propose-lui de prendre le relais sur une tâche ce soir, pour lui offrir une heure de liberté.
act-service-17 = Facilite-lui la matinée : prépare le petit-déjeuner, ou occupe-toi des premières tâches de la journée pour lui permettre de prendre son temps.
act-service-18 = Répare ou règle une petite chose qui l'agace depuis un moment, comme une porte qui grince, un bouton qui se découd ou un tiroir en désordre.

## Communication

act-communication-01 = Demande-lui : « Comment tu vas, vraiment ? », puis écoute au moins cinq minutes sans donner de conseils.
act-communication-02 = Aujourd'hui, quand l'autre te raconte quelque chose, reformule avec tes mots ce que tu as entendu avant de répondre.
act-communication-03 = Partage un ressenti de cette semaine en disant « Je me sens… quand… » plutôt qu'en commençant par « Tu fais toujours… ».
act-communication-04 = Pose-lui une question que tu ne lui as jamais posée, par exemple : « À dix ans, tu rêvais de faire quoi plus tard ? »
act-communication-05 = Quand viendra le moment de parler de sa journée, pose ton téléphone face contre la table et accorde-lui toute ton attention.
act-communication-06 = Demande-lui quel a été le moment le plus agréable et le plus difficile de sa journée, et pose une question de plus sur chacun.
act-communication-07 = Propose-lui un petit bilan hebdomadaire de 20 minutes et faites le premier aujourd'hui : ce qui s'est bien passé, ce qui a été difficile, et ce dont vous avez besoin pour la semaine prochaine.
act-communication-08 = Parle-lui d'une chose qui te trotte dans la tête et dont tu ne lui as pas encore parlé, même si c'est un détail.
act-communication-09 = Demande-lui : « Est-ce qu'il y a quelque chose que tu n'as pas osé me dire ? », et accueille sa réponse avec calme, quelle qu'elle soit.
act-communication-10 = Aujourd'hui, en cas de désaccord, demande : « Tu peux m'aider à comprendre comment tu vois les choses ? » avant de donner ton propre avis.
act-communication-11 = Confie-lui un souhait pour vous deux dans l'année qui vient, et demande-lui le sien.
act-communication-12 = Aujourd'hui, formule clairement une petite demande au lieu de sous-entendre, par exemple : « Tu peux m'envoyer un message quand tu te mets en route ? »
act-communication-13 = Demande-lui ce qui l'aide le plus quand le stress monte : des conseils, une écoute, une distraction ou de l'espace.
act-communication-14 = Aujourd'hui, laisse-lui finir chacune de ses phrases sans l'interrompre, même quand tu crois savoir comment elle se termine.
act-communication-15 = Parle-lui d'une inquiétude que tu gardes pour toi depuis un moment, et précise que tu ne lui demandes pas de la régler.
act-communication-16 = Demande-lui une chose que tu pourrais faire plus souvent et une chose moins souvent pour l'aider à se sentir plus proche de toi, puis écoute simplement et dis-lui merci.
act-communication-17 = Reviens sur une phrase de sa part, plus tôt cette semaine, qui t'est restée en tête, pour lui montrer que tu l'écoutais vraiment.
act-communication-18 = Parlez dix minutes d'autre chose que d'organisation, de travail ou de problèmes : un rêve, un souvenir, une idée.

## Confiance et parole tenue

act-trust-01 = Aujourd'hui, fais une petite promesse que tu sais pouvoir tenir, comme finir quelque chose avant une heure précise, puis tiens-la.
act-trust-02 = Si tu as dit que tu appellerais ou que tu enverrais un message à une certaine heure aujourd'hui, fais-le pile à l'heure.
act-trust-03 = Sois à l'heure pour votre prochain rendez-vous ou appel, et si tu as du retard, préviens avant, pas après.
act-trust-04 = Sans attendre la question, raconte-lui à grands traits à quoi ressemble ta journée, pour lui faire une place dedans.
act-trust-05 = Aujourd'hui, va au bout d'une chose que tu lui avais promis de faire et qui traîne.
act-trust-06 = Si tu repousses depuis un moment le fait de lui dire quelque chose, choisis un moment calme aujourd'hui et dis-le-lui honnêtement.
act-trust-07 = Parle-lui d'une petite erreur commise aujourd'hui sans attendre qu'elle soit découverte, et dis ce que tu vas faire pour la réparer.
act-trust-08 = Demande-lui : « Est-ce que j'avais promis quelque chose que tu attends encore ? », puis fixe un moment pour le faire.
act-trust-09 = Aujourd'hui, dis non gentiment à quelque chose que tu ne peux pas vraiment assumer, plutôt que de dire oui et de décevoir plus tard.
act-trust-10 = Dis-lui : « Sur ça, tu peux toujours compter sur moi », en nommant une chose précise, puis sois à la hauteur aujourd'hui.
act-trust-11 = Si un programme change aujourd'hui, dis-le-lui dès que tu le sais, et explique-lui ce qui est prévu à la place.
act-trust-12 = Aujourd'hui, quand tu lui donnes ton avis, sois honnête avec douceur, plutôt que de dire ce qui lui ferait plaisir à entendre.
act-trust-13 = Aujourd'hui, réponds à ses messages dans un délai raisonnable, ou dis-lui quand tu auras le temps de répondre vraiment.
act-trust-14 = Choisis une promesse que tu n'as pas tenue par le passé, reconnais-le, et explique-lui comment tu comptes la tenir à partir de maintenant.
act-trust-15 = Termine une tâche dont vous aviez convenu ensemble, et dis-lui que c'est fait, pour lui éviter d'avoir à relancer.
act-trust-16 = Parle-lui d'une décision à laquelle tu réfléchis avant de la prendre, et demande-lui son avis.
act-trust-17 = Si tu as le moral en berne aujourd'hui, dis-le-lui simplement, plutôt que de le laisser transparaître sous forme de froideur.
act-trust-18 = Aujourd'hui, accorde-lui une fois le bénéfice du doute : quand quelque chose te semble bizarre, demande ce qui s'est passé au lieu d'imaginer le pire.

## Réparer après un conflit

act-repair-01 = Repense à une dispute récente et dis-lui une chose précise que tu as faite et qui a envenimé les choses, sans ajouter de « mais ».
act-repair-02 = Présente-lui des excuses sincères et précises pour une chose, en nommant ce que tu as fait et ce que ça a pu lui faire ressentir.
act-repair-03 = Demande-lui : « De quoi tu as besoin de ma part pour que ça aille mieux après ce qui s'est passé ? », et écoute sans te défendre.
act-repair-04 = Si une conversation s'envenime aujourd'hui, propose une pause de 20 minutes pour vous calmer, et convenez du moment où vous la reprendrez.
act-repair-05 = Aborde une chose qui te pèse en suivant la formule « Je me sens… quand… J'ai besoin de… », calmement et brièvement.
act-repair-06 = Aujourd'hui, lâche une vieille rancune : dis-lui que tu la mets de côté, ou décide en ton for intérieur de ne plus la ressortir.
act-repair-07 = Après votre prochain désaccord, fais le premier pas avec un geste gentil, comme un message chaleureux ou une tasse de thé.
act-repair-08 = Dis-lui comment tu imagines son ressenti pendant votre dernière dispute, et demande-lui si tu as bien compris.
act-repair-09 = Aujourd'hui, transforme un reproche en demande : au lieu de « Tu ne m'aides jamais », essaie « Tu pourrais m'aider pour ça ? »
act-repair-10 = Demande-lui si quelque chose d'une ancienne dispute lui fait encore mal, et écoute simplement, sans relancer le débat.
act-repair-11 = Note ce que tu ferais autrement si votre dernière dispute était à refaire, et confie-lui l'un de ces points.
act-repair-12 = Dis-lui merci pour un geste de sa part, un jour, pour faire la paix après un désaccord, aussi petit soit-il.
act-repair-13 = Convenez ensemble d'un mot ou d'un signe que vous pourrez employer dès qu'une discussion s'échauffe trop et qu'une pause s'impose.
act-repair-14 = Aujourd'hui, commence toute conversation difficile en douceur, en lui disant d'abord une qualité que tu lui reconnais, avant d'aborder le problème.
act-repair-15 = Pour une blessure récente, ne te contente pas de dire pardon : fais un geste concret qui montre que tu es sincère.
act-repair-16 = Dis-lui que votre couple compte plus pour toi que d'avoir raison sur votre dernière dispute.
act-repair-17 = Quand vous reprenez une discussion difficile après une pause pour souffler, commence par résumer son point de vue avant de donner le tien.
act-repair-18 = Aujourd'hui, pardonne un petit agacement sans en parler, et observe ce que ça fait de laisser couler.

## Travail sur soi

act-self-work-01 = Aujourd'hui, fais une marche de 15 minutes de ton côté, ou pose-toi dans un endroit calme, pour te ressourcer avant votre prochain moment ensemble.
act-self-work-02 = Note une situation qui, dans votre relation, te fait réagir au quart de tour à coup sûr, et ce que tu ressens en général derrière cette réaction.
act-self-work-03 = Écris dix minutes dans un carnet sur un de tes réflexes que tu aimerais changer, et sur un premier pas possible.
act-self-work-04 = Aujourd'hui, fais une chose uniquement pour ton bien-être, comme te reposer, bouger ou appeler quelqu'un de proche, pour offrir ensuite le meilleur de toi-même à la maison.
act-self-work-05 = Aujourd'hui, repère un moment où tu as envie de t'emporter ou de te fermer, et prends trois respirations lentes avant de répondre.
act-self-work-06 = Réfléchis à ce dont tu as davantage besoin dans votre relation, et formule-le en une phrase claire que tu pourras partager plus tard.
act-self-work-07 = Repense à la façon dont on gérait les conflits dans la famille où tu as grandi, et note une habitude que tu as peut-être gardée.
act-self-work-08 = Aujourd'hui, consacre 20 minutes à un loisir ou à un objectif personnel, sans culpabiliser.
act-self-work-09 = Aujourd'hui, repère une pensée peu aimable à son sujet, et demande-toi s'il existe une explication plus bienveillante et tout aussi probable.
act-self-work-10 = Note trois choses que tu as bien faites dans votre relation cette semaine, pour contrebalancer l'autocritique.
act-self-work-11 = Choisis une petite limite personnelle à respecter aujourd'hui, comme préserver ton sommeil, et explique-la-lui avec douceur.
act-self-work-12 = Avant votre prochaine conversation, vérifie si tu as faim, si la fatigue se fait sentir ou si tu es sous pression, et prends-en soin d'abord si tu peux.
act-self-work-13 = Prends 15 minutes pour lire ou écouter quelque chose sur la communication ou le couple, et note une idée à essayer.
act-self-work-14 = Demande-toi ce que tu attends de sa part sans l'avoir jamais dit à voix haute, et décide si tu veux lui en parler.
act-self-work-15 = Ce soir, fais une petite pause loin des écrans pour observer ce que tu ressens vraiment, et mets un mot sur cette émotion, pour toi.
act-self-work-16 = Règle une chose que tu repousses pour toi-même, comme prendre rendez-vous pour un bilan de santé ou désencombrer un coin, pour qu'elle arrête de te peser.
act-self-work-17 = Écris-toi quelques lignes sur la personne que tu as envie d'être dans ton couple, et relis-les avant de te coucher.
act-self-work-18 = Si tu as besoin d'espace aujourd'hui, demande-le clairement et dis quand tu reviendras, plutôt que de te murer dans le silence.

## À distance

act-long-distance-01 = Organisez un appel vidéo pour manger en même temps, même si ce n'est qu'une tartine et un thé.
act-long-distance-02 = Regardez le même film ou le même épisode en même temps, en restant en appel ou en échangeant des messages à son sujet.
act-long-distance-03 = Envoie-lui la photo d'une chose vue aujourd'hui, avec un petit mot : « Ça m'a fait penser à toi, parce que… »
act-long-distance-04 = Aujourd'hui, écris-lui une lettre ou une carte postale à la main et poste-la, même si ce ne sont que quelques lignes.
act-long-distance-05 = Enregistre-lui un petit message vocal à écouter avant de dormir, où tu lui racontes un bon moment de ta journée.
act-long-distance-06 = Si une visite est prévue, lance un compte à rebours et partage une chose que tu as hâte de faire quand vous vous retrouverez.
act-long-distance-07 = Jouez ensemble à un jeu en ligne pendant une demi-heure, en appel, juste pour le plaisir.
act-long-distance-08 = Envoie-lui un message du matin qui arrive pile à son réveil, en tenant compte du décalage horaire s'il y en a un.
act-long-distance-09 = Lisez aujourd'hui le même petit article ou le même chapitre et parlez-en lors de votre prochain appel.
act-long-distance-10 = Lors d'un appel vidéo, fais-lui faire un tour avec toi dans un endroit que tu aimes : montre-lui ton quartier ou un de tes coins préférés.
act-long-distance-11 = Mettez-vous d'accord sur un tout petit rituel commun, comme vous envoyer le même émoji à midi, et commencez dès aujourd'hui.
act-long-distance-12 = Demande-lui de te décrire en détail ce qui l'entoure en ce moment, pour te représenter exactement l'endroit.
act-long-distance-13 = Choisissez ensemble la date et l'heure de votre prochain appel ou de votre prochaine visite, et notez-les aujourd'hui dans vos deux agendas.
act-long-distance-14 = Envoie-lui un message avec trois choses qui te manquent quand la distance vous sépare.
act-long-distance-15 = Restez en appel pendant que vous vaquez à des occupations calmes de votre côté, pour vous tenir compagnie comme si vous partagiez la même pièce.
act-long-distance-16 = Cuisinez la même recette en même temps pendant un appel vidéo, et comparez vos résultats.
act-long-distance-17 = Choisis une chanson qui, pour toi, lui ressemble, envoie-la-lui, et dis-lui quel passage des paroles t'a fait cet effet.
