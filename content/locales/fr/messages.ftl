### Tout ce que dit Rekindle dans son interface, en HTML Telegram (<b>, <i>, <a href>, <code>).
### Les variables ({ $name }) sont remplies par le code et échappées automatiquement ; les nombres
### sont passés comme des nombres, ce qui permet de choisir le singulier ou le pluriel.
### On tutoie la personne qui lit ; « vous » désigne le couple. L'autre partenaire est « l'autre »
### ou son prénom ; « en duo » veut dire que les deux comptes sont reliés. Les tournures évitent
### de présumer le genre de l'une ou l'autre personne (ni barre oblique ni point médian).
### Le bilan de la semaine, les petits gestes, les promesses, le baromètre : mêmes mots que dans
### checkin.ftl, acts.ftl et insights.ftl.

## common

common-consent_first = On ne se connaît pas encore 🙂 Envoie /start pour commencer : je t'expliquerai ce que je fais, et je te demanderai d'abord ton accord.
common-finish_setup_first = Terminons d'abord la configuration : ça ne prend qu'une minute.
common-unknown_command = Je ne connais pas la commande { $command }. Voici ce que je sais faire :
common-free_text = Je ne sais pas trop quoi faire de ce message. Pour faire une promesse, envoie /promise ; pour voir tout ce que je sais faire, envoie /help.
common-non_text = Je sais lire les messages texte et les boutons (et une position partagée, quand tu règles ton fuseau horaire). Essaie /help.
common-group_chat = Je ne fonctionne que dans les conversations privées, pour que tes réponses restent privées. Appuie sur mon nom et envoie-moi /start là-bas.
common-stale_button = Ce bouton n'est plus actif.
common-error = Oups, quelque chose n'a pas marché de mon côté. Rien de ce que tu as déjà enregistré n'est perdu. Réessaie dans un instant, s'il te plaît.
common-cancelled = D'accord, c'est annulé. Rien n'a été modifié.
common-nothing_to_cancel = Il n'y a rien à annuler pour le moment.
common-too_long = C'est plus long que ce que je peux recevoir ici ({ $limit } caractères au maximum). Tu pourrais raccourcir ?

help =
    <b>Rekindle</b> vous aide à vous sentir plus proches, un peu chaque jour.

    <b>Chaque jour</b>
    /progress — tes petits gestes de la semaine
    <b>Promesses</b>
    /promise — faire une promesse à l'autre
    /promises — les promesses en cours, et où vous en êtes
    <b>Bilan de la semaine</b>
    /checkin — votre bilan de 30 minutes à deux
    /insights — tes tendances, et pourquoi tu vois une suggestion
    <b>Vous deux</b>
    /invite — un lien pour que l'autre te rejoigne
    /unpair — mettre fin au duo
    <b>Réglages et vie privée</b>
    /settings — prénom, fuseau horaire, horaires, heures calmes, pause
    /pause — prendre un peu de recul · /resume
    /export — télécharger tout ce qui est enregistré sur toi
    /delete — effacer tes données

    /cancel arrête ce qu'on était en train de faire.

## commands

commands-start = Commencer ou reprendre la configuration
commands-help = Ce que je sais faire
commands-progress = Tes petits gestes de la semaine
commands-streak = Tes jours d'affilée
commands-questions = Questions du jour et vos réponses
commands-promise = Faire une promesse
commands-promises = Promesses en cours et promesses tenues
commands-checkin = Le bilan de la semaine
commands-insights = Tes tendances et suggestions
commands-invite = Inviter l'autre à te rejoindre
commands-settings = Prénom, fuseau horaire, horaires, pause
commands-pause = Mettre tous les messages en pause un moment
commands-resume = Reprendre les messages
commands-unpair = Mettre fin au duo
commands-export = Télécharger tes données
commands-delete = Effacer tes données
commands-cancel = Arrêter ce qu'on est en train de faire

## Les surfaces propres à Telegram : le profil du bot (setMyDescription : dans la conversation
## vide, 512 caractères au plus, texte brut) et la description courte (setMyShortDescription : 120)

bot-description = Rekindle vous aide à vous sentir plus proches, un peu chaque jour : un petit geste tendre par jour, des promesses tenues, une question du jour et, une fois par semaine, un bilan de 30 minutes à deux. Tes réponses restent privées, sauf si tu choisis de les partager. Appuie sur Démarrer pour commencer.
bot-short_description = De petits pas quotidiens pour les couples : gestes tendres, promesses tenues, un bilan à deux chaque semaine.

## when

when-today = aujourd'hui à { $time }
when-tomorrow = demain à { $time }
when-by_today = dans la journée
when-by_tomorrow = d'ici demain
when-by_day = d'ici { $day }
when-their_day = { $when }, heure de { $name }

## onboarding

onboarding-welcome =
    👋 <b>Salut { $first_name }, moi, c'est Rekindle.</b>

    J'aide les couples à se rapprocher, à petits pas réguliers :
    • chaque jour, un petit geste attentionné pour l'autre
    • des promesses tenues, pour voir la confiance grandir
    • une fois par semaine, un bilan guidé de 30 minutes à deux

    🔒 <b>Ta vie privée</b>
    Ce que tu partages ici est personnel. Si tu es d'accord, j'enregistre ton prénom, ton fuseau horaire et tes réglages, ainsi que tes réponses, tes promesses et tes petits gestes, pour pouvoir te faire des rappels et te montrer tes progrès. Tes réponses privées ne sont jamais montrées à l'autre, sauf si tu choisis de les partager. Tu peux tout télécharger avec /export ou tout effacer avec /delete, quand tu veux.

    Tant que tu n'as pas appuyé sur <b>J'accepte</b>, je ne garde rien sur toi.

onboarding-invited_by = 💌 <b>{ $inviter } t'invite à utiliser Rekindle à deux.</b>
onboarding-consent_button = ✅ J'accepte, on commence
onboarding-decline_button = Plus tard
onboarding-declined = Pas de souci, rien n'a été enregistré. Envoie /start quand tu veux.
onboarding-consented = ✅ Merci. Passons à la configuration : trois petites questions.
onboarding-already_consented = On se connaît déjà 🙂
onboarding-ask_name = Comment veux-tu que je t'appelle ? (C'est ce prénom que l'autre verra.)
onboarding-use_telegram_name = Appelle-moi { $name }
onboarding-bad_name = Le prénom doit faire entre 1 et 40 caractères et ne peut pas commencer par « / ». Comment veux-tu que je t'appelle ?
onboarding-name_saved = Bienvenue, { $name } !

onboarding-ask_timezone =
    🌍 <b>Dans quel fuseau horaire es-tu ?</b> Je m'en sers pour t'écrire à des heures qui te conviennent.

    Appuie sur <b>📍 Partager ma position</b> ci-dessous (elle sert une seule fois à trouver ton fuseau horaire, puis elle est oubliée), ou écris ta ville (<i>Lyon</i>), un fuseau horaire (<i>Europe/Paris</i>) ou un décalage UTC (<i>+5:30</i>).

onboarding-share_location_button = 📍 Partager ma position
onboarding-timezone_choices = { $place } a plusieurs fuseaux horaires. Lequel est le tien ? (Ou écris le nom de ta ville.)
onboarding-bad_timezone = Je n'ai pas trouvé de fuseau horaire pour « { $text } ». Essaie une grande ville près de chez toi (<i>Bruxelles</i>), un nom de fuseau horaire (<i>Europe/Brussels</i>), un décalage UTC comme <i>+1</i> ou <i>-3:30</i>, ou appuie sur 📍 <b>Partager ma position</b>.
onboarding-bad_location = Je n'ai pas trouvé de fuseau horaire à cet endroit. Tu peux plutôt écrire le nom de ta ville ?
onboarding-timezone_saved = 🌍 Fuseau horaire : <b>{ $zone }</b>. Il est { $local_time } chez toi en ce moment.
onboarding-timezone_saved_offset = 🌍 Fuseau horaire : <b>{ $zone }</b> (un décalage fixe, sans passage à l'heure d'été ou d'hiver : si l'heure change chez toi, envoie plutôt le nom de ta ville). Il est { $local_time } chez toi en ce moment.
onboarding-ask_act_time = ⏰ <b>À quelle heure veux-tu recevoir ton petit geste du jour ?</b> Choisis une heure, ou écris-en une comme <i>8:30</i>, <i>20:15</i> ou <i>19h30</i>.
onboarding-bad_time = Je n'arrive pas à lire « { $text } » comme une heure. Essaie <i>8:30</i>, <i>20:15</i> ou <i>19h30</i>.
onboarding-act_time_saved = ⏰ Ton petit geste du jour arrivera à <b>{ $time }</b>, à ton heure locale.
onboarding-act_time_in_quiet_hours = Cette heure tombe pendant tes heures calmes ({ $quiet }) : il arrivera donc à { $quiet_end }. Tu peux modifier les heures calmes dans /settings.

onboarding-done_solo =
    🎉 <b>Tout est prêt, { $name } !</b>

    Rekindle fonctionne mieux à deux : envoie /invite pour obtenir un lien à partager avec l'autre. En attendant que l'autre te rejoigne, tu recevras quand même ton petit geste du jour, et tu pourras faire des promesses et prendre le temps de réfléchir de ton côté.

    /help te montre tout ce que je sais faire.

onboarding-done_paired =
    🎉 <b>Tout est prêt, { $name }, et te voilà en duo avec { $partner } !</b> 💞

    Désormais, vous recevrez chaque jour un petit geste à faire pour l'autre, vous verrez les promesses de l'autre et vous pourrez faire le bilan de la semaine ensemble.

    /help te montre tout ce que je sais faire.

onboarding-welcome_back = Te revoilà, { $name } 💛 /help te montre tout ce que je sais faire.
onboarding-there = à toi

## pairing

pairing-too_many_tries = 🙂 Ça fait beaucoup de liens d'invitation qui n'ont pas marché. On fait une petite pause : demande un nouveau lien à ton ou ta partenaire et réessaie dans une heure.
pairing-invite_link =
    💌 <b>Ton lien d'invitation</b>

    { $link }

    Envoie-le à l'autre. Il ne fonctionne qu'une fois, pour une seule personne, et il expire dans 48 heures ({ $expires }). Juste en dessous, voici un message que tu peux transférer tel quel.

pairing-invite_forward =
    💞 <b>{ $name } aimerait essayer Rekindle avec toi</b> : un bot Telegram privé pour les couples. Chaque jour, un petit geste pour l'autre ; des promesses qu'on tient ; et chaque semaine, un court bilan à deux.

    Appuie sur le bouton pour rejoindre { $name }. (Le lien ne fonctionne qu'une fois et expire dans 48 heures.)

pairing-invite_button = Rejoindre { $name } sur Rekindle
pairing-invite_already_paired = Tu es déjà en duo avec { $partner } 💞 (Pour former un duo avec quelqu'un d'autre, utilise d'abord /unpair.)
pairing-status_self = C'est ton propre lien d'invitation 🙂 Transfère-le à l'autre : il ne fonctionne que pour quelqu'un d'autre que toi.
pairing-status_used = Ce lien d'invitation a déjà servi. Demande un nouveau lien à l'autre (/invite en crée un nouveau).
pairing-status_expired = Ce lien d'invitation a expiré : les liens durent 48 heures. Demande à { $inviter } de t'en envoyer un nouveau avec /invite.
pairing-status_garbled = Je n'arrive pas à lire ce lien d'invitation. Demande à l'autre de te le renvoyer, ou commence de ton côté.
pairing-status_full = Ce lien ne peut ajouter personne : { $inviter } est déjà en duo. Tu peux commencer Rekindle de ton côté, si tu veux.
pairing-status_already_paired = Tu es déjà en duo avec { $partner }. Si tu veux vraiment former un duo avec { $inviter } à la place, utilise d'abord /unpair, puis rouvre le lien.
pairing-paired_joiner = 💞 <b>Te voilà en duo avec { $partner } !</b> Chaque jour, vous recevrez un petit geste à faire pour l'autre, et vous pourrez faire le bilan de la semaine ensemble.
pairing-paired_inviter = 💞 <b>{ $partner } a accepté ton invitation : vous voilà en duo !</b> Dites-vous bonjour ; ton prochain petit geste arrivera à l'heure habituelle.
pairing-not_paired = Tu n'es en duo avec personne pour le moment. /invite crée un lien à envoyer à la personne avec qui tu es en couple.

pairing-unpair_confirm =
    Veux-tu mettre fin à ton duo avec { $partner } ?

    Vous pourrez continuer à utiliser Rekindle séparément, et chaque personne garde son propre historique. Je préviendrai { $partner } que le duo a pris fin.

pairing-unpair_yes = Oui, mettre fin au duo
pairing-unpair_no = Non, rester en duo
pairing-unpaired_self = Tu n'es plus en duo avec { $partner }. Prends bien soin de toi 💛 Tu pourras inviter quelqu'un avec /invite quand tu le souhaiteras.

pairing-unpaired_partner =
    { $partner } a mis fin à votre duo sur Rekindle. Tu peux continuer à utiliser Rekindle de ton côté, et ton historique reste avec toi.

    Accorde-toi un peu de douceur aujourd'hui 💛

pairing-unpair_kept = Très bien, rien n'a changé. 💞
pairing-your_partner = la personne qui t'invite

## acts

acts-today = 🌱 <b>Le petit geste du jour</b> · { $emoji } { $category }
acts-text = { $text }
acts-quick = <i>⏱ Ça prend moins de cinq minutes.</i>
acts-button_done = ✅ Fait
acts-button_another = 🔄 Un autre
acts-button_skip = ⏭ Passer
acts-done = ✅ <b>C'est fait, merci.</b> Ça fait { $count } { $count ->
        [one] geste
       *[other] gestes
    } cette semaine.
acts-told_partner = J'ai prévenu { $partner } 💛
acts-skipped = ⏭ On passe pour aujourd'hui, aucun souci. Un nouveau geste arrive demain.
acts-toast_already_done = Déjà marqué comme fait ✓
acts-toast_no_more_swaps = Plus d'échange possible pour aujourd'hui : choisis celui qui te convient le mieux, ou passe ton tour.
acts-ask_share = Veux-tu que je prévienne { $partner } quand tu as fait ton petit geste du jour ? { $partner } verra ce que tu as fait, et pourra te dire si c'est allé droit au cœur.
acts-share_yes = Oui, préviens { $partner }
acts-share_no = Non, je garde ça pour moi
acts-share_on = 💛 Désormais, je préviendrai { $partner } quand tu auras fait ton petit geste.
acts-share_off = D'accord : tes petits gestes restent entre toi et moi. (Tu peux changer ça dans /settings.)

acts-partner_did_it =
    💛 <b>{ $name } a fait un petit geste pour toi aujourd'hui :</b>
    <i>{ $act }</i>

    Si ça a compté pour toi, dis-le-lui.

acts-button_landed = ❤️ Droit au cœur
acts-you_said_landed = ❤️ <i>Tu lui as dit que c'était allé droit au cœur.</i>
acts-toast_landed = Envoyé ❤️
acts-toast_already_landed = Tu le lui as déjà dit ❤️
acts-it_landed = ❤️ <b>{ $name } dit que ton petit geste d'aujourd'hui lui est allé droit au cœur.</b> Merci de l'avoir fait.

acts-progress =
    🌱 <b>Tes petits gestes</b>

    Cette semaine : <b>{ $week }</b> { $week ->
        [one] geste fait
       *[other] gestes faits
    }
    Jours d'affilée : <b>{ $run }</b>
    7 derniers jours : { $days }

    { $upcoming }

acts-progress_fresh =
    🌱 <b>Tes petits gestes</b>

    7 derniers jours : { $days }

    Chaque jour est un nouveau départ. { $upcoming }

acts-next_at = Prochain geste : { $when }.
acts-next_paused = Tu es en pause pour le moment : envoie /resume quand tu veux reprendre.

## promises

promises-ask_text =
    🤝 <b>Que veux-tu promettre{ $to } ?</b>
    Plus c'est petit et concret, mieux ça marche : « je t'appelle à 18h », « je cuisine vendredi soir », « pas de téléphone à table cette semaine ».

promises-to_partner = {" "}à { $partner }
promises-empty = Je n'ai pas trouvé de promesse dans ce message. Que veux-tu promettre ?
promises-ask_when = 🕑 <b>Quand vas-tu le faire ?</b> Écris-le comme tu le dirais (« ce soir », « vendredi 18:00 », « dans 2 heures », « d'ici dimanche »), ou choisis :
promises-when_unclear = Je n'arrive pas à trouver de moment dans « { $text } ». Essaie « ce soir », « demain à 19h », « vendredi soir » ou « d'ici dimanche ».
promises-when_past = Ce moment est déjà passé 🙂 Quand vas-tu le faire ?
promises-quick_tonight = Ce soir
promises-quick_tomorrow = Demain
promises-quick_week = D'ici la fin de la semaine

promises-confirm =
    🤝 <b>Ta promesse</b>
    <i>{ $text }</i>
    Quand : <b>{ $when }</b>

    { $visibility }
    C'est bien ça ?

promises-visible_to_partner = { $partner } la verra.
promises-visible_private = 🔒 Privée : personne d'autre que toi ne la verra.
promises-visible_solo = Pour l'instant, elle n'est que pour toi (et pour l'autre, une fois que vous serez en duo).
promises-button_ok = ✅ Je promets
promises-button_time = 🕑 Changer l'heure
promises-button_private = 🔒 La garder privée
promises-button_share = 👀 La montrer à { $partner }
promises-button_cancel_draft = ✖️ Laisse tomber

promises-made =
    🤝 <b>Promesse faite</b> : { $when }.
    { $plan }

promises-plan_remind = Je te le rappellerai { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    } avant, puis je te demanderai comment ça s'est passé.
promises-plan_remind_day = Je te le rappellerai le matin même, et le soir je te demanderai comment ça s'est passé.
promises-plan_ask = Ensuite, je te demanderai comment ça s'est passé.
promises-draft_dropped = D'accord, pas de promesse cette fois.
promises-partner_new = 🤝 <b>{ $name } a promis :</b> <i>{ $text }</i> ({ $when })
promises-partner_cancelled = { $name } a annulé une promesse : <i>{ $text }</i>
promises-partner_moved = 🕑 { $name } a déplacé une promesse : <i>{ $text }</i> (nouveau moment : { $when })
promises-reminder = ⏰ <b>Dans { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    } :</b> <i>{ $text }</i>
promises-reminder_day = ⏰ <b>C'est le jour J</b> pour ta promesse : <i>{ $text }</i>

promises-check =
    ⏰ <b>As-tu tenu ta promesse ?</b>
    <i>{ $text }</i> ({ $when })

promises-button_kept = ✅ Tenue
promises-button_later = ⏳ Pas encore, rappelle-moi dans une heure
promises-button_couldnt = 😔 Pas pu
promises-answered_kept = ✅ <b>Tenue, bravo.</b> C'est avec de petites promesses tenues que la confiance grandit.
promises-answered_kept_asked = {" "}J'ai demandé à { $partner } comment ça s'est passé de son côté.
promises-answered_later = ⏳ D'accord, je te redemande dans une heure.
promises-answered_couldnt = 😔 <b>Pas cette fois, et ce n'est pas grave.</b> Le dire honnêtement, ça aussi, ça construit la confiance.
promises-ask_reason = Si tu veux, dis-moi en une ligne ce qui t'en a empêché (personne d'autre que toi ne le verra). Ou fais une nouvelle promesse, que tu pourras tenir à coup sûr.
promises-button_skip_reason = Passer
promises-button_new_promise = 🤝 Nouvelle promesse
promises-reason_saved = Merci, c'est noté. Personne d'autre que toi ne peut le voir.
promises-toast_already = Tu as déjà répondu à celle-ci ✓
promises-toast_no_more = Laissons ça pour l'instant : tu pourras répondre quand tu veux depuis /promises.

promises-confirm_ask =
    🤝 <b>{ $name } dit avoir tenu sa promesse :</b>
    <i>{ $text }</i>
    Est-ce que c'est aussi ce que tu as ressenti ?

promises-button_confirm_yes = 💛 Oui, merci
promises-button_confirm_no = 🤔 Pas vraiment
promises-confirmed_yes = 💛 Merci, je le lui ai dit.
promises-confirmed_no = 🤔 Merci pour ton honnêteté. Ça vaudrait peut-être la peine d'en parler lors de votre prochain bilan.
promises-confirmed_news = 💛 <b>{ $name } a confirmé</b> que tu as tenu ta promesse : <i>{ $text }</i>
promises-toast_confirm_late = Plus d'une journée est passée : sa réponse est donc maintenue.
promises-overview_title = 🤝 <b>Promesses</b>
promises-overview_yours = <b>Les tiennes, en cours</b>
promises-overview_partners = <b>Celles de { $partner }, en cours</b>
promises-overview_none_open = Rien en cours pour le moment. /promise pour en faire une.
promises-overview_partner_none = Rien en cours.
promises-overview_item = • <i>{ $text }</i> — { $when }
promises-overview_item_private = • 🔒 <i>{ $text }</i> — { $when }
promises-overview_rates_title = <b>Ces 4 dernières semaines</b>
promises-overview_rate = Toi : { $kept } { $kept ->
        [one] tenue
       *[other] tenues
    } sur { $resolved } ({ $rate }) · { $partner } en a confirmé { $confirmed }
promises-overview_rate_partner = { $partner } : { $kept } { $kept ->
        [one] tenue
       *[other] tenues
    } sur { $resolved } ({ $rate }) · tu en as confirmé { $confirmed }
promises-overview_rate_solo = Toi : { $kept } { $kept ->
        [one] tenue
       *[other] tenues
    } sur { $resolved } ({ $rate })
promises-overview_rate_none = { $who } : aucune promesse n'est encore arrivée à échéance.
promises-overview_you = Toi
promises-overview_trend = Tes quatre dernières semaines : { $trend }
promises-encourage_up = La confiance grandit 🌱
promises-encourage_steady = Une belle constance 💛
promises-encourage_low = Les petites promesses, qu'on peut tenir à coup sûr, sont les plus faciles à honorer : c'est comme ça que la confiance revient.
promises-manage_button = ✏️ { $text }

promises-manage =
    <i>{ $text }</i>
    Quand : <b>{ $when }</b>

promises-button_retime = 🕑 Déplacer
promises-button_cancel_promise = 🗑 L'annuler
promises-cancelled = 🗑 Promesse annulée : <i>{ $text }</i>{ $told }
promises-told_partner = {" "}(j'ai prévenu { $partner })
promises-moved = 🕑 Promesse déplacée : <i>{ $text }</i>, nouveau moment : <b>{ $when }</b>{ $told }
promises-toast_too_late = Le moment est déjà arrivé : dis-moi plutôt si tu l'as tenue.

## checkin

checkin-choose_slot =
    📅 <b>Quand veux-tu faire le bilan de la semaine ?</b>
    Trente minutes, une fois par semaine, à un moment où vous êtes d'habitude disponibles, vous deux. Choisis-en un, ou appuie sur <i>Autre moment</i>.

checkin-choose_slot_type = Écris un jour et une heure, comme <i>dimanche 19:00</i> ou <i>mercredi 20:30</i>.
checkin-bad_slot = Je n'arrive pas à lire « { $text } » comme un jour et une heure. Essaie <i>dimanche 19:00</i> ou <i>mer. 20:30</i>.
checkin-button_other_time = Autre moment…
checkin-button_later = Plus tard
checkin-later = Pas de souci : choisis un moment quand tu veux avec /checkin.
checkin-slot_set = 📅 Votre bilan de la semaine : <b>{ $slot }</b>. Je vous écrirai à vous deux le moment venu.
checkin-slot_set_solo = 📅 Ton bilan de la semaine : <b>{ $slot }</b>. Je t'écrirai le moment venu.
checkin-slot_for_you = {" "}(soit le { $weekday } à { $time } pour toi)
checkin-slot_night = ⚠️ Pour { $name }, ça tombe à { $time }, en pleine nuit : choisis peut-être un moment qui vous convienne à vous deux.
checkin-slot_night_you = ⚠️ Pour toi, ça tombe à { $time }, en pleine nuit : choisis peut-être un moment qui vous convienne à vous deux.
checkin-weekly_slot = le { $weekday } à { $time }
checkin-local_slot = · { $name } : le { $weekday } à { $time }
checkin-local_slot_you = · toi : le { $weekday } à { $time }
checkin-slot_proposed = 📨 J'ai demandé à { $partner } si { $slot } lui convient.
checkin-partner_chose_slot = 📅 { $name } a choisi <b>{ $slot }</b> pour votre bilan de la semaine. Si ça ne te convient pas, propose un autre moment avec /checkin.
checkin-proposal = 📅 { $name } aimerait déplacer votre bilan de la semaine, pour le faire désormais <b>{ $slot }</b>. Ça te convient ?
checkin-button_accept = ✅ Oui, d'accord
checkin-button_decline = Garder l'horaire
checkin-proposal_accepted = 📅 { $name } est d'accord : votre bilan de la semaine aura lieu désormais <b>{ $slot }</b>.
checkin-proposal_declined = { $name } préfère garder l'horaire actuel de votre bilan.
checkin-accepted_by_you = 📅 C'est fait : votre bilan de la semaine aura lieu désormais <b>{ $slot }</b>.
checkin-declined_by_you = D'accord, l'horaire ne change pas.

checkin-settings =
    📅 <b>Ton bilan de la semaine</b> : { $slot }
    { $next }

checkin-next_at = Prochain bilan : { $when }.
checkin-no_slot = Tu n'as pas encore choisi de moment pour ton bilan de la semaine.
checkin-button_change = 📅 Changer l'horaire
checkin-button_start_now = ▶️ Commencer
checkin-button_history = 📖 Historique

checkin-slot =
    📅 <b>C'est l'heure de votre bilan de 30 minutes, { $name }.</b>
    D'abord quelques questions privées (environ 3 minutes), puis vous en parlez ensemble, avec moi pour vous guider.

checkin-slot_solo =
    📅 <b>C'est l'heure de ton bilan de la semaine, { $name }.</b>
    Quelques questions privées (environ 3 minutes), puis un court moment de réflexion.

checkin-button_start = ▶️ Commencer
checkin-button_snooze = ⏰ Dans 1 heure
checkin-button_skip = Pas cette semaine
checkin-button_continue = ▶️ Continuer
checkin-reminder = ⏰ Ton bilan t'attend toujours aujourd'hui : même dix minutes ensemble, ça aide.
checkin-nudge = Tu as commencé les questions du bilan de cette semaine. Tu veux terminer ? Ça prend deux minutes.
checkin-nudge_partner_started = L'autre a commencé le bilan de cette semaine. Tes questions prennent environ 3 minutes, quand tu veux.
checkin-snoozed = ⏰ D'accord, je te le rappelle dans une heure.
checkin-snoozed_again = ⏰ Revoilà ton bilan.
checkin-toast_no_more_snoozes = Ça fait assez de reports pour cette semaine 🙂 Commence ou passe ton tour quand tu veux.
checkin-skipped = D'accord, pas de bilan pour toi cette semaine. À la semaine prochaine 💛
checkin-partner_skipped = { $name } passe son tour pour le bilan de cette semaine. Tu peux quand même répondre à tes questions privées, pour toi, avec /checkin.

checkin-intro =
    📝 <b>D'abord, les questions privées</b> : environ 3 minutes.
    Tes réponses chiffrées restent privées : elles ne servent qu'à suivre tes propres tendances. Tes réponses écrites seront montrées à { $partner } une fois que vous aurez terminé, sauf si tu les marques 🔒.

checkin-intro_solo = 📝 <b>D'abord, les questions privées</b> : environ 3 minutes. Tes réponses ne sont que pour toi.
checkin-counter = <i>Question { $n } sur { $total }</i>
checkin-scale_hint = 0 = { $low } · { $max } = { $high }
checkin-topic_followup = La semaine dernière, le sujet <b>{ $topic }</b> était difficile. Et maintenant, comment ça va de ce côté-là ?
checkin-topic_settled = Réglé, pour l'instant
checkin-topic_still_hard = Toujours dur
checkin-choose_topic = De quoi s'agissait-il surtout ?
checkin-text_hint = <i>Écris ta réponse, ou appuie sur Passer.</i>
checkin-button_skip_question = Passer
checkin-saved_text = ✓ Enregistré.
checkin-saved_private = 🔒 Privée : personne d'autre que toi ne verra cette réponse.
checkin-saved_shared = { $partner } la verra une fois que vous aurez terminé vos questions.
checkin-button_make_private = 🔒 La garder privée
checkin-button_share_again = 👀 Finalement, la partager
checkin-toast_private = Privée 🔒
checkin-toast_shared = Elle sera partagée 👀
checkin-toast_invalid = Ce n'est pas une des réponses possibles à cette question.
checkin-toast_updated = Mise à jour ✓
checkin-too_long = C'est beaucoup, merci. Tu pourrais le faire tenir en { $limit } caractères ? (Rien n'a encore été enregistré.)
checkin-closed = Ce bilan est clos. Le prochain arrivera à l'heure habituelle.
checkin-finished_waiting = ✅ <b>Merci, tes réponses sont enregistrées.</b> Je vous montrerai vos réponses écrites dès que { $partner } aura terminé aussi.
checkin-finished_both = ✅ <b>Merci, c'est terminé des deux côtés.</b> Vos réponses, côte à côte, arrivent tout de suite.
checkin-finished_solo = ✅ <b>Merci, tes réponses sont enregistrées.</b> On passe à un court moment de réflexion ?
checkin-button_reflect = 🌱 Commencer ma réflexion
checkin-button_ready = 🗣 Passer à la discussion
checkin-button_ready_too = 🗣 Moi aussi
checkin-partner_finished = { $name } a répondu à ses questions du bilan. Les tiennes prennent environ 3 minutes, quand tu veux.
checkin-partner_ready = 🗣 { $name } aimerait commencer votre discussion. Appuie sur le bouton quand c'est bon pour toi.
checkin-waiting_for_partner = 🗣 Parfait, j'ai prévenu l'autre. La discussion commencera dès que ce sera bon pour vous deux.
checkin-meeting_running = Votre discussion a déjà commencé.
checkin-reveal_title = 🔓 <b>Vos réponses côte à côte</b> : toi et { $partner }
checkin-reveal_you = Toi : { $text }
checkin-reveal_partner = { $name } : { $text }
checkin-reveal_private = 🔒 gardée privée
checkin-reveal_skipped = —
checkin-step_counter = <i>Étape { $n } sur { $total }</i>
checkin-button_next = ⏭ La suite
checkin-button_end = ⏹ Fin
checkin-button_break = 🫶 On a besoin d'une pause
checkin-button_resume = ▶️ Continuer
checkin-button_loved = ✍️ Écrire ce que je ferai
checkin-button_same_time = ✅ Oui, même heure
checkin-button_change_time = 📅 Changer l'horaire
checkin-ask_loved = 💛 Que vas-tu faire cette semaine pour que { $partner } sente à quel point tu l'aimes ? Écris-le comme tu le dirais : « je te cuisine ton plat préféré vendredi ». Ça deviendra ta promesse.
checkin-ask_loved_solo = 💛 Que vas-tu faire cette semaine pour que l'autre sente à quel point tu l'aimes ? Écris-le comme tu le dirais : « je cuisine vendredi soir ». Ça deviendra ta promesse.
checkin-loved_made = 🤝 Promesse faite : <i>{ $text }</i> ({ $when }).
checkin-meeting_done = 🎉 <b>Votre bilan est terminé.</b> Merci à vous deux d'avoir été au rendez-vous : c'est le plus dur.
checkin-meeting_done_solo = 🎉 <b>Ta réflexion est terminée.</b> Merci d'avoir pris ce temps.
checkin-new_time = 📅 Le bilan n'a pas eu lieu depuis trois semaines. Ce n'est pas grave, la vie est bien remplie. Un autre moment vous conviendrait-il mieux, à vous deux ?
checkin-button_pick_time = 📅 Nouvel horaire
checkin-button_keep_time = Garder cet horaire
checkin-kept_time = D'accord, l'horaire ne change pas, et je reprends les messages habituels.
checkin-history_title = 📖 <b>Tes bilans</b>
checkin-history_none = Pas encore de bilan. Le premier arrivera à l'horaire choisi.
checkin-history_row = { $day } — { $status }{ $pulse }{ $partner }{ $topics }
checkin-history_pulse = {" "}· ton baromètre : { $pulse }/21
checkin-history_partner_took_part = {" "}· { $partner } a participé
checkin-history_topics = {" "}· difficile : { $topics }
checkin-history_trend = Ton baromètre, du plus ancien au plus récent : { $trend }
checkin-status_open = en cours
checkin-status_done = fait ✓
checkin-status_closed = réponses données
checkin-status_missed = n'a pas eu lieu
checkin-status_skipped = sauté

## insights

insights-link = • <a href="{ $url }">{ $name }</a>{ $what }
insights-link_phone = • <b>{ $name }</b> : { $phone }
insights-link_what = {" "}— { $what }
insights-your_partner = l'autre
insights-reason_low_weeks = ton baromètre de la relation était en dessous de { $line } (sur 21) { $window ->
        [one] la semaine dernière
       *[other] pendant { $count } des { $window } dernières semaines
    } ({ $pulses })
insights-reason_drop_run = ton baromètre est au moins { $points } { $points ->
        [one] point
       *[other] points
    } sous ton niveau habituel (environ { $baseline }) depuis { $run } { $run ->
        [one] semaine
       *[other] semaines d'affilée
    } ({ $pulses })
insights-reason_conflict_weeks = tu as souvent eu l'impression qu'on te critiquait, qu'on te manquait de respect, que tu devais te défendre ou qu'on te tenait à l'écart, { $window ->
        [one] la semaine dernière
       *[other] pendant { $count } des { $window } dernières semaines
    }, et ton baromètre était bas lui aussi
insights-reason_topic_weeks = le sujet « { $topic } » a été difficile { $window ->
        [one] la semaine dernière
       *[other] pendant { $count } des { $window } dernières semaines
    }
insights-reason_promises = { $kept } { $kept ->
        [one] promesse tenue
       *[other] promesses tenues
    } sur { $resolved } au cours des quatre dernières semaines
insights-reason_disengaged = { $partner } n'a pas répondu au bilan depuis { $weeks ->
        [one] une semaine
       *[other] { $weeks } semaines
    }
insights-reason_persisting = ces signes sont toujours là, { $weeks ->
        [one] une semaine
       *[other] { $weeks } semaines
    } après que je les ai mentionnés pour la première fois
insights-reason_both_low = vos deux baromètres ont été bas la même semaine { $count } fois

insights-suggest_help =
    💬 <b>Quelque chose que j'ai remarqué, rien que pour toi</b>
    { $reasons }

    Ça mérite d'être pris au sérieux, et tu n'as pas à t'en sortir sans aide. Voici trois types d'aide que les couples trouvent utiles :

    <b>Un programme en ligne structuré</b> — des exercices qui ont fait leurs preuves, à faire ensemble chez vous, à votre rythme :
    { $programmes }

    <b>Un coaching de couple</b> — des outils concrets et un plan pour les mois à venir :
    { $coaches }

    <b>Une thérapie de couple</b> — une personne professionnelle et neutre, qui vous aide à repérer ce qui se répète entre vous et à le changer :
    { $therapy }

    Personne d'autre que toi ne voit ce message. Si tu veux, je peux proposer à l'autre de regarder ces pistes ensemble, mais seulement si tu appuies sur le bouton.

insights-recommend_therapy =
    💛 <b>Je te recommande une thérapie de couple</b>
    { $reasons }

    Quand les choses restent difficiles aussi longtemps, une thérapie de couple avec une personne formée peut aider comme aucune appli ne le peut. Beaucoup de couples sentent une vraie différence en quelques séances.

    <b>Comment trouver quelqu'un</b>
    { $therapy }
    • Cherche une personne formée à la thérapie de couple, par exemple à la thérapie centrée sur les émotions (EFT) ou à la méthode Gottman ; beaucoup proposent des séances en ligne.
    • La première séance sert surtout à faire connaissance. Tu peux tout à fait essayer plusieurs thérapeutes avant de trouver la bonne personne.

    Personne d'autre que toi ne voit ce message.

insights-suggest_individual =
    💬 <b>Quelque chose que j'ai remarqué, rien que pour toi</b>
    { $reasons }

    Tu mérites du soutien. Un accompagnement individuel, rien que pour toi, peut t'aider à y voir plus clair dans ce qui se passe et dans ce dont tu as besoin, en toute confidentialité :
    { $individual }

    Personne d'autre que toi ne voit ce message.

insights-button_share = 💬 Le proposer à { $partner }
insights-button_not_now = Plus tard
insights-button_why = Pourquoi ce message ?
insights-not_now = D'accord, je n'en reparlerai pas avant quatre semaines. Tout reste disponible dans /insights, quand tu veux.
insights-shared = 💬 C'est fait : j'ai demandé à { $partner } si vous pourriez regarder quelques pistes ensemble. Je n'ai partagé aucune de tes réponses.
insights-partner_invited = 💛 { $name } aimerait que vous regardiez ensemble des pistes de soutien pour votre relation : un programme à suivre à la maison, un coaching ou une consultation en couple. Veux-tu voir les possibilités ?
insights-button_show_options = 📚 Voir les pistes

insights-options =
    📚 <b>Des pistes de soutien à regarder ensemble</b>

    <b>Programmes en ligne</b>
    { $programmes }

    <b>Coaching de couple</b>
    { $coaches }

    <b>Thérapie de couple</b>
    { $therapy }

insights-why_title = <b>Pourquoi tu vois ce message</b>, d'après tes propres réponses :

insights-overview =
    📈 <b>Tes tendances</b> : personne d'autre que toi ne les voit.
    Le graphique montre ton baromètre semaine après semaine (la ligne pointillée marque le seuil de détresse habituel, 13,5), le nombre de promesses que tu as tenues, et tes petits gestes.

insights-overview_no_chart = 📈 <b>Tes tendances</b> : personne d'autre que toi ne les voit.
insights-overview_none = Aucune suggestion pour l'instant : rien dans tes réponses n'a demandé plus que les petits conseils donnés en chemin.
insights-overview_recent = <b>Les suggestions que je t'ai faites</b>, et pourquoi :
insights-overview_item = { $day } : { $reasons }
insights-chart_title = { $weeks ->
        [one] Ta dernière semaine
       *[other] Tes { $weeks } dernières semaines
    }
insights-chart_acts = Petits gestes faits
insights-chart_acts_axis = Petits gestes faits (par semaine)
insights-chart_pulse = Ton baromètre (0-21)
insights-chart_kept = Promesses tenues (à l'échelle, 21 = toutes)
insights-chart_distress = Seuil de détresse ({ $line })
insights-chart_pulse_axis = Baromètre
insights-chart_default_title = Tes semaines
insights-no_data = 📈 Tes tendances apparaîtront après un ou deux bilans.

## safety

safety-intro = 💛 <b>Merci de me l'avoir dit.</b> Ce que tu as écrit a l'air vraiment difficile à vivre. Tu as le droit d'être en sécurité et de recevoir du soutien, et tu n'as pas à traverser ça sans aide.
safety-emergency = 🚨 <b>Si tu es en danger en ce moment, appelle le { $number }.</b>
safety-emergency_plain = Si un jour tu es en danger immédiat, appelle le { $number }.
safety-self_harm = Si tu penses à mettre fin à tes jours ou à te faire du mal, contacte quelqu'un maintenant, s'il te plaît. En parler peut t'aider à traverser ce moment :
safety-abuse = Si la personne avec qui tu es en couple te fait du mal, te menace ou te fait peur, ce n'est pas de ta faute. Une ligne d'écoute spécialisée peut en parler avec toi en toute confidentialité et t'aider à te mettre en sécurité :
safety-line = • <b>{ $name }</b>{ $details }
safety-elsewhere = Dans un autre pays ? { $name } : { $url }
safety-private = Ça reste entre toi et moi : je ne dis rien à l'autre, et rien ne change dans ce que l'autre voit.
safety-kept_private = J'ai gardé cette réponse privée : elle ne sera pas montrée à l'autre.
safety-carry_on = Quand tu voudras, tu pourras reprendre avec /checkin, ou laisser ça de côté pour l'instant.
safety-phone = 📱 <b>Sécurité de ton téléphone :</b> si quelqu'un d'autre risque de regarder ton téléphone, tu peux supprimer cette conversation avec le bouton ci-dessous. Beaucoup de sites de lignes d'écoute ont aussi un bouton de sortie rapide.
safety-button_delete = 🗑 Supprimer ces messages
safety-deleted = C'est supprimé.
safety-check =
    🤍 Certaines choses que tu as écrites ont l'air lourdes. <b>Est-ce que tu es en sécurité en ce moment ?</b>

    Quelle que soit ta réponse, ça reste entre toi et moi : je ne dis rien à l'autre, et je n'ai transmis nulle part ce que tu as écrit.
safety-button_help = 🆘 Montre-moi où trouver de l'aide
safety-button_ok = 🙂 Ça va
safety-check_ok =
    Merci de me le dire. 💛

    Je n'ai utilisé ce que tu as écrit pour rien du tout. Si c'était une réponse, renvoie-la simplement. Et si un jour tu ne te sens plus en sécurité, tu peux m'écrire à tout moment.
safety-stop_emergency = 🚨 <b>Si quelqu'un est en danger en ce moment, appelle le { $number }.</b>
safety-stop_intro = 💛 <b>Merci d'être honnête à ce sujet.</b> Le dire demande du courage. Faire du mal à la personne avec qui tu es en couple, la menacer ou lui faire peur, ce n'est pas une fatalité — et vouloir arrêter, c'est là que le changement commence.
safety-stop_lines = Il existe de l'aide exactement pour ça, confidentielle et sans jugement :
safety-stop_no_lines = Une ligne d'écoute peut en parler avec toi tout de suite, et un médecin ou un service de conseil peut t'orienter vers un programme pour les personnes qui veulent arrêter :
safety-stop_other_way = Si c'est l'inverse et que c'est toi qui subis des violences ou qui as peur, cette ligne est là pour toi : { $line }
safety-stop_private = Ça reste entre toi et moi : je ne dis rien à l'autre, et rien ne change dans ce que l'autre voit.
safety-question_intro = 🔒 <b>Une question privée, rien que pour toi.</b> Je la pose à tout le monde de temps en temps. { $partner } ne la voit jamais et ne saura pas que je te l'ai posée. Seule ta réponse est gardée, sous forme de code avec la date — aucun mot.
safety-question_intro_solo = 🔒 <b>Une question privée, rien que pour toi.</b> Je la pose à tout le monde de temps en temps. L'autre ne la voit jamais et ne saura pas que je te l'ai posée. Seule ta réponse est gardée, sous forme de code avec la date — aucun mot.
safety-question_counter = <i>{ $n } sur { $total }</i>
safety-question-afraid = Ces dernières semaines, as-tu eu peur de la personne avec qui tu es en couple ?
safety-question-hurt = La personne avec qui tu es en couple t'a-t-elle fait du mal, ou menacé de t'en faire ?
safety-question-forced = La personne avec qui tu es en couple a-t-elle fait pression sur toi ou t'a-t-elle imposé quelque chose que tu ne voulais pas, sexuel ou autre ?
safety-button_yes = Oui
safety-button_no = Non
safety-button_pass = Je préfère ne pas répondre
safety-question_thanks = 🔒 Merci pour ta réponse. Si quelque chose change, tu peux me le dire ici à tout moment — ça reste entre nous.
safety-question_thanks_checkin = 🔒 Merci pour ta réponse. Si quelque chose change, tu peux me le dire ici à tout moment — ça reste entre nous. Et maintenant, les questions de la semaine :
safety-question_worry = 💛 <b>Merci d'avoir répondu honnêtement.</b> Ce que tu m'as dit compte, et ce n'est pas de ta faute. Tu mérites de te sentir en sécurité dans ton couple. C'est pour ça que je ne vous proposerai pas de thérapie de couple : quand l'une des deux personnes a peur, il est plus sûr de commencer par un service spécialisé qui te parle en tête-à-tête.

## settings

settings-summary =
    ⚙️ <b>Tes réglages</b>

    Prénom : <b>{ $name }</b>
    Fuseau horaire : <b>{ $zone }</b> (il est { $local_time })
    Petit geste du jour : <b>{ $act_time }</b>
    Heures calmes : <b>{ $quiet }</b>
    Partenaire : { $partner }
    Relation à distance : <b>{ $long_distance }</b>
    Prévenir l'autre quand je fais mon geste : <b>{ $share_acts }</b>
    Messages : { $status }
    Langue : <b>{ $language }</b>

settings-partner_none = pas encore en duo — /invite
settings-status_active = actifs
settings-status_paused = en pause jusqu'au { $until }
settings-button_name = ✏️ Prénom
settings-button_timezone = 🌍 Fuseau horaire
settings-button_act_time = ⏰ Heure du geste
settings-button_quiet = 🌙 Heures calmes
settings-button_pause = ⏸ Pause
settings-button_language = 🗣 Langue
settings-button_resume = ▶️ Reprendre
settings-button_unpair = 💔 Fin du duo
settings-button_invite = 💌 Inviter l'autre
settings-button_long_distance_on = 🛫 On vit à distance
settings-button_long_distance_off = 🏠 On vit ensemble
settings-button_share_on = 💛 Prévenir l'autre : oui
settings-button_share_off = 💛 Prévenir l'autre : non
settings-state_on = oui
settings-state_off = non
settings-long_distance_on = 🛫 Mode à distance activé : plus de gestes qui demandent d'être au même endroit.
settings-long_distance_off = 🏠 Mode à distance désactivé : les gestes à faire ensemble sont de retour.
settings-partner_long_distance_on = { $name } a indiqué que vous vivez à distance : tous tes petits gestes pourront se faire de loin. 🛫
settings-partner_long_distance_off = { $name } a indiqué que vous vivez de nouveau ensemble : les gestes à faire ensemble sont de retour. 🏠
settings-saved = Enregistré ✓
settings-ask_quiet = 🌙 <b>Heures calmes</b> : pendant ces heures-là, je garde les rappels et les nouvelles pour plus tard. Choisis une plage, ou écris-en une comme <i>22:00-08:00</i>.
settings-bad_quiet = Je n'arrive pas à lire « { $text } » comme une plage horaire. Essaie <i>22:00-08:00</i> ou <i>23-7</i>.
settings-quiet_saved = 🌙 Heures calmes : <b>{ $quiet }</b>.
settings-quiet_off = aucune
settings-quiet_off_button = Sans heures calmes

settings-ask_pause =
    ⏸ <b>Besoin d'un peu d'air ?</b> Une pause décidée d'un commun accord peut aider. Je ne t'enverrai plus rien (ni gestes, ni rappels, ni bilans) jusqu'au jour que tu choisis. Je ne préviens pas l'autre : tu voudras peut-être le lui dire toi-même.

    Choisis une durée, ou écris une date (<i>vendredi</i>, <i>1er décembre</i>).

settings-pause_1 = 1 jour
settings-pause_3 = 3 jours
settings-pause_7 = 1 semaine
settings-pause_14 = 2 semaines
settings-bad_pause = Je n'arrive pas à lire « { $text } » comme une date entre demain et dans 90 jours. Essaie <i>vendredi</i>, <i>lundi prochain</i> ou <i>1er décembre</i>.
settings-already_paused = ⏸ Tu es déjà en pause jusqu'au <b>{ $until }</b>. Choisis un autre jour ci-dessous pour changer, ou envoie /resume pour tout réactiver maintenant.
settings-paused = ⏸ En pause jusqu'au <b>{ $until }</b>. Je reviendrai ce matin-là ; d'ici là, tu peux envoyer /resume quand tu veux.
settings-resumed = ▶️ Te revoilà ! Tout est réactivé.
settings-ask_language = 🗣 Dans quelle langue veux-tu que je t'écrive ? (C'est valable pour tout ce que je t'enverrai désormais ; ce que l'autre écrit reste tel quel.)
settings-language_saved = 🗣 Désormais, je t'écris en français.
settings-not_paused = Rien n'est en pause : tout est actif.

## privacy

privacy-export_caption = 📦 Tout ce que Rekindle enregistre sur toi, au format JSON. Les réponses privées de l'autre n'en font pas partie.

privacy-delete_confirm =
    ⚠️ <b>Effacer tes données ?</b>

    Cela supprime définitivement tes réglages, tes réponses, tes promesses et tes petits gestes. Si tu es en duo, le duo prend fin, et je dirai seulement à l'autre que tu as quitté Rekindle. C'est irréversible.

privacy-delete_yes = Oui, tout effacer
privacy-delete_no = Non, je garde tout
privacy-deleted = 🗑 C'est fait. Tout ce qui te concerne est effacé. Si un jour tu veux revenir, envoie /start. Prends soin de toi 💛
privacy-delete_kept = Rien n'a été supprimé.
privacy-withdraw_button = 🚪 Retirer mon accord et effacer mes données

privacy-partner_left =
    L'autre a quitté Rekindle, votre duo a donc pris fin. Tu peux continuer à utiliser Rekindle de ton côté, et ton historique reste avec toi.

    Accorde-toi un peu de douceur aujourd'hui 💛

## outbox

# Several notices about the partner, waiting for the same person, sent as one message: this
# heads the list.
outbox-while_away = Pendant que tu n'étais pas là :
