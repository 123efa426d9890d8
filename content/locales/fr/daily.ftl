### Les messages de la question du jour (issue 19). Les questions elles-mêmes sont dans questions.ftl.
### « Tu », c'est la personne qui lit ; { $name } / { $partner }, l'autre.

## la question, et y répondre

questions-daily_title = 💭 <b>La question du jour pour vous deux</b> · { $emoji } { $category }
questions-daily_hint = Réponds simplement ici. { $partner } ne verra ta réponse qu'une fois que vous aurez répondu tous les deux — et tu verras alors la sienne.
questions-solo_title = 💭 <b>Ta réflexion du jour</b> · { $emoji } { $category }
questions-solo_hint = Réponds simplement ici. Ta réponse reste à toi ; /questions garde toutes tes réflexions.

questions-saved = ✓ C'est noté. { $partner } verra ta réponse une fois qu'il ou elle aura répondu aussi — et tu verras la sienne. D'ici là, tu peux encore la modifier.
questions-solo_saved = ✓ Ajouté à tes réflexions. /questions te les montre toutes.
questions-button_edit = ✏️ Modifier ma réponse
questions-ask_new_answer = ✏️ Envoie ta nouvelle réponse : elle remplacera la précédente.
questions-confirm_replace = Tu as déjà répondu à la question du jour. Remplacer ta réponse par celle-ci ?
questions-button_replace = Oui, la remplacer
questions-button_keep = Garder ma première réponse
questions-replaced = ✓ Modifié. { $partner } verra ta nouvelle réponse après avoir répondu à son tour.
questions-replaced_solo = ✓ Modifié.
questions-kept = D'accord, ta première réponse reste.
questions-closed = Vous avez répondu tous les deux : vos réponses sont maintenant visibles l'un pour l'autre et ne peuvent plus changer.
questions-over = Cette question est close : une nouvelle est arrivée depuis. Ta réponse reste telle quelle.
questions-too_long = Quelle longue réponse ! Tu peux la faire tenir en moins de { $limit } caractères ?

## la révélation

questions-reveal_title = 🔓 <b>Vous avez répondu tous les deux</b> · { $emoji } { $category }
questions-reveal_you = <b>Toi :</b> { $text }
questions-reveal_partner = <b>{ $name } :</b> { $text }
questions-both_this_month = { $count ->
    [one] Ce mois-ci, vous avez répondu tous les deux un jour.
   *[other] Ce mois-ci, vous avez répondu tous les deux { $count } jours.
}
questions-button_heart = ❤️
questions-button_talk = 💬 On en parle ce soir ?
questions-toast_heart = ❤️ Envoyé à { $name }
questions-toast_talk = 💬 { $name } sait que tu aimerais en parler ce soir.
questions-toast_already = Déjà envoyé 🙂
questions-partner_heart = ❤️ { $name } a adoré ta réponse à : <i>{ $question }</i>
questions-partner_talk = 💬 { $name } aimerait en parler ce soir : <i>{ $question }</i>

## le petit rappel (au plus un par jour, tant qu'il manque ta réponse)

questions-nudge_partner_answered = 💭 { $name } a répondu à la question du jour. Envoie ta réponse, et vous verrez chacun celle de l'autre : <i>{ $question }</i>
questions-nudge = 💭 La question du jour t'attend encore, quand tu auras une minute : <i>{ $question }</i>

## /questions

questions-archive_title = 🗂 <b>Vos questions du jour</b> ({ $page }/{ $pages })
questions-archive_empty = Pas encore de question du jour. Tu peux l'activer dans /settings → 💭 Question du jour.
questions-archive_entry = <b>{ $day }</b> · { $emoji } <i>{ $question }</i>
questions-archive_you = Toi : { $text }
questions-archive_partner = { $name } : { $text }
questions-archive_not_answered = Toi : — (pas de réponse)
questions-archive_erased = (effacé au bout de 26 semaines)
questions-archive_private = 🔒 Vous n'avez pas répondu tous les deux, donc seule ta réponse s'affiche.
questions-button_newer = ◀ Plus récentes
questions-button_older = Plus anciennes ▶

## l'activer et la désactiver (/settings, et la proposition après la liaison)

questions-settings_button = 💭 Question du jour
questions-menu =
    💭 <b>Question du jour</b>
    Une petite question par jour pour vous deux, à la même heure pour chacun, où que vous soyez. Vos réponses restent privées jusqu'à ce que vous ayez répondu tous les deux ; ensuite, vous voyez les deux.
questions-menu_solo =
    💭 <b>Réflexion du jour</b>
    Une petite question par jour sur ta relation, rien que pour toi, à l'heure que tu choisis.
questions-menu_on = En ce moment : <b>tous les jours à { $time }</b>.
questions-menu_off = En ce moment : <b>désactivée</b>. Choisis une heure pour commencer, ou écris-en une comme <i>19:30</i> :
questions-intimacy_state_on = 🕯️ Questions intimes : <b>oui</b>
questions-intimacy_state_off = 🕯️ Questions intimes : <b>non</b> — elles ne viennent que si vous les activez tous les deux.
questions-intimacy_state_off_solo = 🕯️ Questions intimes : <b>non</b>
questions-intimacy_state_mine = 🕯️ Questions intimes : j'attends l'accord de { $partner }.
questions-intimacy_state_theirs = 🕯️ Questions intimes : { $partner } en aimerait — elles commencent dès que tu es d'accord aussi.
questions-button_time = ⏰ Changer l'heure
questions-button_off = Désactiver
questions-button_intimacy_suggest = 🕯️ Proposer des questions intimes
questions-button_intimacy_on = 🕯️ Inclure des questions intimes
questions-button_intimacy_off = 🕯️ Pas de questions intimes
questions-button_later = Pas maintenant
questions-ask_time = ⏰ À quelle heure veux-tu recevoir la question du jour ? Choisis-en une, ou écris une heure comme <i>19:30</i>. C'est la même heure pour chacun de vous, là où vous êtes.
questions-bad_time = Je n'ai pas compris « { $text } » comme une heure. Essaie <i>20:00</i> ou <i>20h</i>.
questions-on = 💭 <b>La question du jour est activée</b> — tous les jours à { $time }, pour chacun de vous à { $time } là où il se trouve. La première arrive { $first }.
questions-on_solo = 💭 <b>Ta réflexion du jour est activée</b> — tous les jours à { $time }. La première arrive { $first }.
questions-in_quiet_hours = 🌙 { $time } tombe pendant tes heures calmes : ta question attendra qu'elles se terminent.
questions-partner_in_quiet_hours = 🌙 { $time } tombe pendant les heures calmes de { $name } : sa question attendra qu'elles se terminent.
questions-off = La question du jour est désactivée. Tes réponses restent dans /questions ; tu peux la réactiver quand tu veux dans /settings.
questions-later = D'accord, pas maintenant. Tu peux l'activer quand tu veux dans /settings → 💭 Question du jour.
questions-intimacy_now_on = 🕯️ Les questions intimes sont activées pour vous deux : de temps en temps, l'une d'elles sera votre question du jour.
questions-intimacy_now_on_solo = 🕯️ Les questions intimes sont activées : de temps en temps, l'une d'elles sera ta réflexion du jour.
questions-intimacy_asked = 🕯️ J'ai posé la question à { $partner }. Les questions intimes commenceront dès son accord.
questions-intimacy_now_off = 🕯️ Pas de questions intimes. (Pour les réactiver, il faut votre accord à tous les deux.)
questions-intimacy_now_off_solo = 🕯️ Pas de questions intimes.
questions-intimacy_not_now = D'accord, rien ne change pour l'instant. Tu peux dire oui quand tu veux dans /settings → 💭 Question du jour.

questions-offer =
    💭 <b>Une question du jour pour vous deux ?</b>
    Une petite question par jour — quelque chose de léger, un souvenir, un rêve — à laquelle chacun répond de son côté. Vos réponses restent privées jusqu'à ce que vous ayez répondu tous les deux ; ensuite, vous voyez les deux.

    Choisis une heure (la même pour chacun de vous, là où vous êtes), ou pas maintenant :
questions-already_on = 💭 Vous avez aussi la question du jour : tous les jours à { $time }, à votre heure. /questions montre les précédentes.

## des nouvelles de l'autre

questions-partner_on = 💭 { $name } a activé la question du jour pour vous deux : une petite question par jour, à { $time } chez toi. Vos réponses restent privées jusqu'à ce que vous ayez répondu tous les deux. (Pour changer ça : /settings → 💭 Question du jour.)
questions-partner_time = 💭 { $name } a déplacé la question du jour à { $time }, ton heure.
questions-partner_off = 💭 { $name } a désactivé la question du jour. Vos réponses restent dans /questions.
questions-intimacy_suggested = 🕯️ { $name } aimerait que des questions intimes se glissent de temps en temps parmi vos questions du jour — tendres et taquines, jamais explicites. Elles ne commencent que si tu es d'accord aussi.
questions-button_intimacy_yes = Oui, je veux bien
questions-partner_intimacy_on = 🕯️ { $name } est d'accord : les questions intimes sont activées pour vous deux.
questions-partner_intimacy_off = 🕯️ { $name } a désactivé les questions intimes. (Pour les réactiver, il faut votre accord à tous les deux.)
