### The daily question's messages (issue 19). The questions themselves are in questions.ftl.
### "You" is the reader; { $name } / { $partner } is the other partner.

## the question, and answering it

questions-daily_title = 💭 <b>Today's question for you two</b> · { $emoji } { $category }
questions-daily_hint = Just reply with your answer. { $partner } sees it only once you've both answered — and then you'll see theirs.
questions-solo_title = 💭 <b>Today's reflection</b> · { $emoji } { $category }
questions-solo_hint = Just reply with your answer. It stays yours; /questions keeps your reflections.

questions-saved = ✓ Saved. { $partner } will see your answer once they've answered too — and you'll see theirs. Until then you can still change it.
questions-solo_saved = ✓ Saved to your reflections. /questions shows them all.
questions-button_edit = ✏️ Change my answer
questions-ask_new_answer = ✏️ Send your new answer — it will replace the one you gave.
questions-confirm_replace = You've already answered today's question. Replace your answer with this one?
questions-button_replace = Yes, replace it
questions-button_keep = Keep my first answer
questions-replaced = ✓ Changed. { $partner } will see your new answer once they've answered.
questions-replaced_solo = ✓ Changed.
questions-kept = OK — your first answer stands.
questions-closed = You've both answered, so your answers are open to each other now and can't change any more.
questions-over = That question has closed: a new one has come since. Your answer stays as it was.
questions-too_long = That's a long answer! Could you keep it under { $limit } characters?

## the reveal

questions-reveal_title = 🔓 <b>You've both answered</b> · { $emoji } { $category }
questions-reveal_you = <b>You:</b> { $text }
questions-reveal_partner = <b>{ $name }:</b> { $text }
questions-both_this_month = { $count ->
    [one] You've both answered on one day this month.
   *[other] You've both answered on { $count } days this month.
}
questions-button_heart = ❤️
questions-button_talk = 💬 Let's talk about this tonight
questions-toast_heart = ❤️ Sent to { $name }
questions-toast_talk = 💬 { $name } knows you'd like to talk about it tonight.
questions-toast_already = Already sent 🙂
questions-partner_heart = ❤️ { $name } loved your answer to: <i>{ $question }</i>
questions-partner_talk = 💬 { $name } would like to talk about this tonight: <i>{ $question }</i>

## the nudge (at most one a day, only while unanswered)

questions-nudge_partner_answered = 💭 { $name } has answered today's question. Reply with yours, and you'll both see both: <i>{ $question }</i>
questions-nudge = 💭 Today's question is still open, whenever you have a minute: <i>{ $question }</i>

## /questions

questions-archive_title = 🗂 <b>Your daily questions</b> ({ $page }/{ $pages })
questions-archive_empty = No daily questions yet. You can turn them on in /settings → 💭 Daily question.
questions-archive_entry = <b>{ $day }</b> · { $emoji } <i>{ $question }</i>
questions-archive_you = You: { $text }
questions-archive_partner = { $name }: { $text }
questions-archive_not_answered = You: — (not answered)
questions-archive_erased = (erased after 26 weeks)
questions-archive_private = 🔒 Not both answered, so only your own answer shows.
questions-button_newer = ◀ Newer
questions-button_older = Older ▶

## turning it on and off (/settings, and the offer after pairing)

questions-settings_button = 💭 Daily question
questions-menu =
    💭 <b>Daily question</b>
    One short question a day for the two of you, at the same clock time wherever each of you is. Your answers stay private until you've both answered; then you both see both.
questions-menu_solo =
    💭 <b>Daily reflection</b>
    One short question a day about your relationship, just for you, at the time you choose.
questions-menu_on = Now: <b>every day at { $time }</b>.
questions-menu_off = Now: <b>off</b>. Pick a time to start, or type one like <i>19:30</i>:
questions-intimacy_state_on = 🕯️ Intimacy questions: <b>on</b>
questions-intimacy_state_off = 🕯️ Intimacy questions: <b>off</b> — they come only when you both turn them on.
questions-intimacy_state_off_solo = 🕯️ Intimacy questions: <b>off</b>
questions-intimacy_state_mine = 🕯️ Intimacy questions: waiting for { $partner } to agree.
questions-intimacy_state_theirs = 🕯️ Intimacy questions: { $partner } would like them — they start once you agree too.
questions-button_time = ⏰ Change the time
questions-button_off = Turn off
questions-button_intimacy_suggest = 🕯️ Suggest intimacy questions
questions-button_intimacy_on = 🕯️ Include intimacy questions
questions-button_intimacy_off = 🕯️ No intimacy questions
questions-button_later = Not now
questions-ask_time = ⏰ What time should the daily question come? Pick one, or type a time like <i>19:30</i>. It's the same clock time for each of you, where you are.
questions-bad_time = I couldn't read “{ $text }” as a time. Try <i>20:00</i> or <i>8pm</i>.
questions-on = 💭 <b>The daily question is on</b> — every day at { $time }, for each of you at { $time } where you are. The first one comes { $first }.
questions-on_solo = 💭 <b>Your daily reflection is on</b> — every day at { $time }. The first one comes { $first }.
questions-in_quiet_hours = 🌙 { $time } is inside your quiet hours, so your question will wait until they end.
questions-partner_in_quiet_hours = 🌙 { $time } is inside { $name }'s quiet hours, so theirs will wait until those end.
questions-off = The daily question is off. Your answers stay in /questions; you can turn it on again any time in /settings.
questions-later = OK, not now. You can turn it on any time in /settings → 💭 Daily question.
questions-intimacy_now_on = 🕯️ Intimacy questions are on for you both: now and then, one will be among your daily questions.
questions-intimacy_now_on_solo = 🕯️ Intimacy questions are on: now and then, one will be among your reflections.
questions-intimacy_asked = 🕯️ I've asked { $partner }. Intimacy questions start once they agree too.
questions-intimacy_now_off = 🕯️ No intimacy questions. (It takes both of you to turn them on again.)
questions-intimacy_now_off_solo = 🕯️ No intimacy questions.
questions-intimacy_not_now = OK, nothing changes for now. You can say yes any time in /settings → 💭 Daily question.

questions-offer =
    💭 <b>A daily question for the two of you?</b>
    One short question a day — something light, a memory, a dream — that you each answer on your own. Your answers stay private until you've both answered; then you both see both.

    Pick a time (the same clock time for each of you, where you are), or not now:
questions-already_on = 💭 You two also have the daily question: every day at { $time }, your time. /questions shows past ones.

## news from the partner

questions-partner_on = 💭 { $name } turned on the daily question for you both: one short question a day, at { $time } your time. Your answers stay private until you've both answered. (To change it: /settings → 💭 Daily question.)
questions-partner_time = 💭 { $name } moved the daily question to { $time }, your time.
questions-partner_off = 💭 { $name } turned off the daily question. Your answers stay in /questions.
questions-intimacy_suggested = 🕯️ { $name } would like intimacy questions to be among your daily questions now and then — tender and playful, never explicit. They start only if you agree too.
questions-button_intimacy_yes = Yes, include them
questions-partner_intimacy_on = 🕯️ { $name } agreed: intimacy questions are on for you both.
questions-partner_intimacy_off = 🕯️ { $name } turned intimacy questions off. (It takes both of you to turn them on again.)
