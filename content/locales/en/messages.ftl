### Everything Rekindle says in its interface, in Telegram HTML (<b>, <i>, <a href>, <code>).
### Variables ({ $name }) are filled in by the code and escaped automatically; numbers are passed
### as numbers, so a translation can select plural forms on them.
### Message ids: the feature, a dash, then the message (onboarding-welcome).

## common

common-consent_first = I don't know you yet 🙂 Send /start to begin — I'll explain what I do and ask for your OK first.
common-finish_setup_first = Let's finish setting up first — it only takes a minute.
common-unknown_command = I don't know the command { $command }. Here is what I can do:
common-free_text = I'm not sure what to do with that message. To make a promise, send /promise; to see everything I can do, send /help.
common-non_text = I can read text messages and buttons (and a shared location while setting your time zone). Try /help.
common-group_chat = I only work in private chats, so your answers stay private. Tap my name and send me /start there.
common-stale_button = That button is no longer active.
common-error = Sorry — something went wrong on my side. Nothing you already saved is lost. Please try again in a moment.
common-cancelled = OK, cancelled. Nothing was changed.
common-nothing_to_cancel = There's nothing to cancel right now.
common-too_long = That's longer than I can take here ({ $limit } characters at most). Could you shorten it?

help =
    <b>Rekindle</b> helps the two of you feel closer, a little every day.

    <b>Every day</b>
    /progress — your small acts this week
    /questions — the daily question: past questions and both answers
    <b>Promises</b>
    /promise — make a promise to your partner
    /promises — open promises and how you're both doing
    <b>Weekly check-in</b>
    /checkin — your 30-minute check-in together
    /insights — your trends, and why you see any suggestion
    <b>You and your partner</b>
    /invite — a link for your partner to join you
    /unpair — end the pairing
    <b>Settings and privacy</b>
    /settings — name, time zone, times, quiet hours, pause
    /pause — give yourself some space · /resume
    /export — download everything stored about you
    /delete — erase your data

    /cancel stops whatever we were in the middle of.

## commands

commands-start = Start or continue setting up
commands-help = What I can do
commands-progress = Your small acts this week
commands-streak = Your run of days
commands-questions = Daily questions and your answers
commands-promise = Make a promise
commands-promises = Open promises and kept rate
commands-checkin = The weekly check-in
commands-insights = Your trends and suggestions
commands-invite = Invite your partner
commands-settings = Name, time zone, times, pause
commands-pause = Pause all messages for a while
commands-resume = Resume messages
commands-unpair = End the pairing
commands-export = Download your data
commands-delete = Erase your data
commands-cancel = Stop what we're doing

## Telegram's own surfaces: the bot's profile (setMyDescription: the empty chat, at most 512
## characters, plain text) and its short description (setMyShortDescription: profile and
## shared links, at most 120)

bot-description = Rekindle helps the two of you feel closer, a little every day: one small act of kindness a day, promises you keep, a daily question, and a 30-minute check-in together once a week. Your answers stay private unless you choose to share them. Tap Start to begin.
bot-short_description = Small daily steps for couples: kind acts, kept promises, a weekly check-in together.

## when

when-today = today { $time }
when-tomorrow = tomorrow { $time }
when-by_today = by today
when-by_tomorrow = by tomorrow
when-by_day = by { $day }
when-their_day = { $when }, { $name }'s time

## onboarding

onboarding-welcome =
    👋 <b>Hi { $first_name }, I'm Rekindle.</b>

    I help couples feel closer with small, steady steps:
    • one small act of kindness for your partner each day
    • promises you keep — and watch trust grow
    • a guided 30-minute check-in together once a week

    🔒 <b>Your privacy</b>
    What you share here is personal. If you agree, I'll store your name, time zone and settings, and your answers, promises and acts, so I can remind you and show your progress. Your private answers are never shown to your partner unless you choose to share them. You can download everything with /export or erase it with /delete whenever you like.

    Until you tap <b>I agree</b>, I keep nothing about you.

onboarding-invited_by = 💌 <b>{ $inviter } invited you to Rekindle</b> as their partner.
onboarding-consent_button = ✅ I agree — let's begin
onboarding-decline_button = Not now
onboarding-declined = No problem — nothing was saved. Send /start whenever you're ready.
onboarding-consented = ✅ Thank you. Let's set you up — three quick questions.
onboarding-already_consented = You're already with me 🙂
onboarding-ask_name = What should I call you? (Your partner will see this name.)
onboarding-use_telegram_name = Call me { $name }
onboarding-bad_name = Names can be 1 to 40 characters and can't start with “/”. What should I call you?
onboarding-name_saved = Nice to meet you, { $name }!

onboarding-ask_timezone =
    🌍 <b>Which time zone are you in?</b> I use it to send things at sensible times for you.

    Tap <b>📍 Share my location</b> below (used once to find your time zone, then forgotten), or type your city (<i>Lisbon</i>), a time zone (<i>Europe/Lisbon</i>) or a UTC offset (<i>+5:30</i>).

onboarding-share_location_button = 📍 Share my location
onboarding-timezone_choices = { $place } has several time zones. Which one is yours? (Or type your city.)
onboarding-bad_timezone = I couldn't find a time zone for “{ $text }”. Try a big city near you (<i>Madrid</i>), a time zone name (<i>Europe/Madrid</i>), a UTC offset like <i>+1</i> or <i>-3:30</i>, or tap 📍 <b>Share my location</b>.
onboarding-bad_location = I couldn't find a time zone at that spot. Could you type your city instead?
onboarding-timezone_saved = 🌍 Time zone: <b>{ $zone }</b> — it's { $local_time } there now.
onboarding-timezone_saved_offset = 🌍 Time zone: <b>{ $zone }</b> (a fixed offset: no daylight-saving changes — if your clocks change, send your city instead). It's { $local_time } there now.
onboarding-ask_act_time = ⏰ <b>When should your daily small act arrive?</b> Pick a time, or type one like <i>8:30</i>, <i>20:15</i> or <i>7pm</i>.
onboarding-bad_time = I couldn't read “{ $text }” as a time of day. Try <i>8:30</i>, <i>20:15</i> or <i>7pm</i>.
onboarding-act_time_saved = ⏰ Your daily small act will come at <b>{ $time }</b> your time.
onboarding-act_time_in_quiet_hours = That's inside your quiet hours ({ $quiet }), so it will arrive at { $quiet_end }. You can change quiet hours in /settings.

onboarding-done_solo =
    🎉 <b>You're all set, { $name }!</b>

    Rekindle works best with your partner: send /invite for a link to share with them. Until they join, you'll still get your daily small act and can make promises and reflect on your own.

    /help shows everything I can do.

onboarding-done_paired =
    🎉 <b>You're all set, { $name } — and paired with { $partner }!</b> 💞

    From now on you'll each get a small act for the other every day, can see each other's promises, and can do the weekly check-in together.

    /help shows everything I can do.

onboarding-welcome_back = Welcome back, { $name } 💛 /help shows everything I can do.
onboarding-there = there

## pairing

pairing-too_many_tries = 🙂 That's a lot of invite links that didn't work. Let's pause here: ask your partner for a fresh link and try it again in an hour.
pairing-invite_link =
    💌 <b>Your invite link</b>

    { $link }

    Send it to your partner. It works once, only for them, and expires in 48 hours ({ $expires }). Below is a message you can forward as it is.

pairing-invite_forward =
    💞 <b>{ $name } would like to try Rekindle with you</b> — a private Telegram bot for couples: one small act for each other every day, promises you keep, and a short weekly check-in together.

    Tap the button to join { $name }. (The link works once and expires in 48 hours.)

pairing-invite_button = Join { $name } on Rekindle
pairing-invite_already_paired = You're already paired with { $partner } 💞 (To pair with someone else, use /unpair first.)
pairing-status_self = That's your own invite link 🙂 Forward it to your partner — it only works for someone else.
pairing-status_used = This invite link has already been used. Ask your partner for a fresh one (/invite makes a new link).
pairing-status_expired = This invite link has expired — links last 48 hours. Ask { $inviter } to send a fresh one with /invite.
pairing-status_garbled = I couldn't read that invite link. Ask your partner to send it again, or start on your own.
pairing-status_full = { $inviter } is already paired, so this link can't add anyone. You can start Rekindle on your own instead.
pairing-status_already_paired = You're already paired with { $partner }. If you really want to pair with { $inviter } instead, use /unpair first and then open the link again.
pairing-paired_joiner = 💞 <b>You're paired with { $partner }!</b> You'll each get a small act for the other every day, and can do the weekly check-in together.
pairing-paired_inviter = 💞 <b>{ $partner } accepted your invite — you're now paired!</b> Say hello to each other; your next small act arrives at your usual time.
pairing-not_paired = You're not paired with anyone right now. /invite makes a link for your partner.

pairing-unpair_confirm =
    Do you want to end your pairing with { $partner }?

    You'll both carry on on your own, each keeping your own history, and { $partner } will be told that the pairing has ended.

pairing-unpair_yes = Yes, end the pairing
pairing-unpair_no = No, keep us paired
pairing-unpaired_self = You're no longer paired with { $partner }. Take good care of yourself 💛 You can /invite someone whenever you're ready.

pairing-unpaired_partner =
    { $partner } has ended your pairing on Rekindle. You can keep using Rekindle on your own, and your history stays with you.

    Be gentle with yourself today 💛

pairing-unpair_kept = Good — nothing changed. 💞
pairing-your_partner = your partner

## acts

acts-today = 🌱 <b>Today's small act</b> · { $emoji } { $category }
acts-text = { $text }
acts-quick = <i>⏱ Takes less than five minutes.</i>
acts-button_done = ✅ Done
acts-button_another = 🔄 Another one
acts-button_skip = ⏭ Skip today
acts-done = ✅ <b>Done — thank you.</b> That's { $count } this week.
acts-told_partner = I've let { $partner } know 💛
acts-skipped = ⏭ Skipped — that's fine. A new one comes tomorrow.
acts-toast_already_done = Already marked done ✓
acts-toast_no_more_swaps = That's all the swaps for today — pick the one that fits best, or skip.
acts-ask_share = Would you like me to tell { $partner } when you've done your daily act? They'll see what you did and can tell you if it landed.
acts-share_yes = Yes, tell { $partner }
acts-share_no = No, keep it to myself
acts-share_on = 💛 From now on I'll tell { $partner } when you've done your act.
acts-share_off = OK — your acts stay between you and me. (You can change this in /settings.)

acts-partner_did_it =
    💛 <b>{ $name } did a small act for you today:</b>
    <i>{ $act }</i>

    If it meant something to you, let them know.

acts-button_landed = ❤️ That landed
acts-you_said_landed = ❤️ <i>You told them it landed.</i>
acts-toast_landed = Sent ❤️
acts-toast_already_landed = You've already told them ❤️
acts-it_landed = ❤️ <b>{ $name } says your small act landed today.</b> Thank you for doing it.

acts-progress =
    🌱 <b>Your small acts</b>

    This week: <b>{ $week }</b> done
    Days in a row: <b>{ $run }</b>
    Last 7 days: { $days }

    { $upcoming }

acts-progress_fresh =
    🌱 <b>Your small acts</b>

    Last 7 days: { $days }

    Every day is a fresh start. { $upcoming }

acts-next_at = Your next act comes { $when }.
acts-next_paused = You're paused right now — /resume whenever you're ready.

## promises

promises-ask_text =
    🤝 <b>What would you like to promise{ $to }?</b>
    Small and concrete works best — “call you at 6pm”, “cook dinner on Friday”, “no phones at dinner this week”.

promises-to_partner = {" "}{ $partner }
promises-empty = I couldn't find a promise in that. What would you like to promise?
promises-ask_when = 🕑 <b>When will you do it?</b> Type it the way you'd say it — “tonight”, “Friday 18:00”, “in 2 hours”, “by Sunday” — or pick one:
promises-when_unclear = I couldn't work out a time from “{ $text }”. Try “tonight”, “tomorrow at 7pm”, “Friday evening” or “by Sunday”.
promises-when_past = That time has already passed 🙂 When will you do it?
promises-quick_tonight = Tonight
promises-quick_tomorrow = Tomorrow
promises-quick_week = By the end of the week

promises-confirm =
    🤝 <b>Your promise</b>
    <i>{ $text }</i>
    Due: <b>{ $when }</b>

    { $visibility }
    Is that right?

promises-visible_to_partner = { $partner } will see it.
promises-visible_private = 🔒 Private: only you will see it.
promises-visible_solo = It's just for you for now (and for your partner once they join).
promises-button_ok = ✅ Promise it
promises-button_time = 🕑 Change the time
promises-button_private = 🔒 Keep it private
promises-button_share = 👀 Let { $partner } see it
promises-button_cancel_draft = ✖️ Never mind

promises-made =
    🤝 <b>Promise made</b> — { $when }.
    { $plan }

promises-plan_remind = I'll remind you { $minutes } minutes before and ask afterwards how it went.
promises-plan_remind_day = I'll remind you that morning and ask in the evening how it went.
promises-plan_ask = I'll ask afterwards how it went.
promises-draft_dropped = OK — no promise made.
promises-partner_new = 🤝 <b>{ $name } promised:</b> <i>{ $text }</i> ({ $when })
promises-partner_cancelled = { $name } cancelled a promise: <i>{ $text }</i>
promises-partner_moved = 🕑 { $name } moved a promise: <i>{ $text }</i> — now { $when }
promises-reminder = ⏰ <b>In { $minutes } minutes:</b> <i>{ $text }</i>
promises-reminder_day = ⏰ <b>Today's the day</b> for your promise: <i>{ $text }</i>

promises-check =
    ⏰ <b>Did you keep your promise?</b>
    <i>{ $text }</i> ({ $when })

promises-button_kept = ✅ Kept
promises-button_later = ⏳ Not yet — remind me in an hour
promises-button_couldnt = 😔 Couldn't
promises-answered_kept = ✅ <b>Kept — well done.</b> Small promises kept are how trust grows.
promises-answered_kept_asked = {" "}I've asked { $partner } how it felt on their side.
promises-answered_later = ⏳ OK — I'll ask again in an hour.
promises-answered_couldnt = 😔 <b>Not this time — and that's OK.</b> Saying so honestly is part of building trust too.
promises-ask_reason = If you like, tell me in a line what got in the way (only you will see it). Or make a new promise you're sure you can keep.
promises-button_skip_reason = Skip
promises-button_new_promise = 🤝 Make a new promise
promises-reason_saved = Thanks — noted. Only you can see it.
promises-toast_already = You've already answered this one ✓
promises-toast_no_more = Let's leave it for now — you can answer any time from /promises.

promises-confirm_ask =
    🤝 <b>{ $name } says they kept their promise:</b>
    <i>{ $text }</i>
    Did it feel that way to you?

promises-button_confirm_yes = 💛 Yes, thank you
promises-button_confirm_no = 🤔 Not really
promises-confirmed_yes = 💛 Thank you — I've let them know.
promises-confirmed_no = 🤔 Thanks for being honest. It may be worth talking about at your next check-in.
promises-confirmed_news = 💛 <b>{ $name } confirmed</b> you kept your promise: <i>{ $text }</i>
promises-toast_confirm_late = It's been more than a day, so their answer stands.
promises-overview_title = 🤝 <b>Promises</b>
promises-overview_yours = <b>Yours, still open</b>
promises-overview_partners = <b>{ $partner }'s, still open</b>
promises-overview_none_open = Nothing open right now. /promise makes one.
promises-overview_partner_none = Nothing open.
promises-overview_item = • <i>{ $text }</i> — { $when }
promises-overview_item_private = • 🔒 <i>{ $text }</i> — { $when }
promises-overview_rates_title = <b>Last 4 weeks</b>
promises-overview_rate = You: kept { $kept } of { $resolved } ({ $rate }) · { $partner } confirmed { $confirmed }
promises-overview_rate_partner = { $partner }: kept { $kept } of { $resolved } ({ $rate }) · you confirmed { $confirmed }
promises-overview_rate_solo = You: kept { $kept } of { $resolved } ({ $rate })
promises-overview_rate_none = { $who }: no promises came due yet.
promises-overview_you = You
promises-overview_trend = Your last four weeks: { $trend }
promises-encourage_up = Trust is growing 🌱
promises-encourage_steady = Steady and reliable 💛
promises-encourage_low = Small, sure promises are the easiest to keep — it's how trust grows again.
promises-manage_button = ✏️ { $text }

promises-manage =
    <i>{ $text }</i>
    Due: <b>{ $when }</b>

promises-button_retime = 🕑 New time
promises-button_cancel_promise = 🗑 Cancel it
promises-cancelled = 🗑 Cancelled: <i>{ $text }</i>{ $told }
promises-told_partner = {" "}— { $partner } has been told.
promises-moved = 🕑 Moved: <i>{ $text }</i> — now <b>{ $when }</b>{ $told }
promises-toast_too_late = It's already due — tell me whether you kept it instead.

## checkin

checkin-choose_slot =
    📅 <b>When would you like your weekly check-in?</b>
    Thirty minutes, once a week, at a time you can both usually keep. Pick one, or tap <i>Another time</i>.

checkin-choose_slot_type = Type a day and time, like <i>Sunday 7pm</i> or <i>Wednesday 20:30</i>.
checkin-bad_slot = I couldn't read “{ $text }” as a day and time. Try <i>Sunday 7pm</i> or <i>Wed 20:30</i>.
checkin-button_other_time = Another time…
checkin-button_later = Later
checkin-later = No problem — choose a time whenever you like with /checkin.
checkin-slot_set = 📅 Your weekly check-in: <b>{ $slot }</b>. I'll send you both a message when it's time.
checkin-slot_set_solo = 📅 Your weekly check-in: <b>{ $slot }</b>. I'll send you a message when it's time.
checkin-slot_for_you = {" "}(that's { $weekday } { $time } for you)
checkin-slot_night = ⚠️ That's { $time } at night for { $name } — maybe pick a time that suits you both.
checkin-slot_night_you = ⚠️ That's { $time } at night for you — maybe pick a time that suits you both.
checkin-weekly_slot = { $weekday }s { $time }
checkin-local_slot = · { $name }: { $weekday } { $time }
checkin-local_slot_you = · you: { $weekday } { $time }
checkin-slot_proposed = 📨 I've asked { $partner } whether { $slot } works for them.
checkin-partner_chose_slot = 📅 { $name } chose <b>{ $slot }</b> for your weekly check-in. If it doesn't suit you, propose another time with /checkin.
checkin-proposal = 📅 { $name } would like to move your weekly check-in to <b>{ $slot }</b>. Does that work for you?
checkin-button_accept = ✅ Yes, let's
checkin-button_decline = Keep the old time
checkin-proposal_accepted = 📅 { $name } agreed: your weekly check-in is now <b>{ $slot }</b>.
checkin-proposal_declined = { $name } would rather keep your check-in at the current time.
checkin-accepted_by_you = 📅 Done — your weekly check-in is now <b>{ $slot }</b>.
checkin-declined_by_you = OK — the time stays as it is.

checkin-settings =
    📅 <b>Your weekly check-in</b>: { $slot }
    { $next }

checkin-next_at = Next one: { $when }.
checkin-no_slot = You haven't picked a time for your weekly check-in yet.
checkin-button_change = 📅 Change the time
checkin-button_start_now = ▶️ Start now
checkin-button_history = 📖 History

checkin-slot =
    📅 <b>It's your 30-minute check-in, { $name }.</b>
    First a few private questions (about 3 minutes), then the two of you talk it through together with me as a guide.

checkin-slot_solo =
    📅 <b>It's your weekly check-in, { $name }.</b>
    A few private questions (about 3 minutes), then a short reflection.

checkin-button_start = ▶️ Start
checkin-button_snooze = ⏰ In 1 hour
checkin-button_skip = Skip this week
checkin-button_continue = ▶️ Continue
checkin-reminder = ⏰ Your check-in is still waiting for you today — even ten minutes together helps.
checkin-nudge = You're partway through this week's check-in questions. Want to finish? It takes a couple of minutes.
checkin-nudge_partner_started = Your partner has started this week's check-in. Your questions take about 3 minutes whenever you're ready.
checkin-snoozed = ⏰ OK — I'll remind you in an hour.
checkin-snoozed_again = ⏰ Here's your check-in again.
checkin-toast_no_more_snoozes = That's enough snoozing for this week 🙂 Start or skip whenever you're ready.
checkin-skipped = OK — you're skipping this week's check-in. See you next week 💛
checkin-partner_skipped = { $name } is skipping this week's check-in. You can still answer your private questions for yourself with /checkin.

checkin-intro =
    📝 <b>Private questions first</b> — about 3 minutes.
    Your ratings stay private: they're only for your own trends. Your written answers are shown to { $partner } once you've both finished, unless you mark them 🔒.

checkin-intro_solo = 📝 <b>Private questions first</b> — about 3 minutes. Your answers are just for you.
checkin-counter = <i>Question { $n } of { $total }</i>
checkin-scale_hint = 0 = { $low } · { $max } = { $high }
checkin-topic_followup = Last week, <b>{ $topic }</b> felt hard. How is it now?
checkin-topic_settled = Settled, for now
checkin-topic_still_hard = Still hard
checkin-choose_topic = What was it mostly about?
checkin-text_hint = <i>Type your answer, or tap Skip.</i>
checkin-button_skip_question = Skip
checkin-saved_text = ✓ Saved.
checkin-saved_private = 🔒 Private — only you will see this answer.
checkin-saved_shared = { $partner } will see this after you've both finished.
checkin-button_make_private = 🔒 Keep this private
checkin-button_share_again = 👀 Share it after all
checkin-toast_private = Private 🔒
checkin-toast_shared = It will be shared 👀
checkin-toast_invalid = That isn't one of the answers to this question.
checkin-toast_updated = Updated ✓
checkin-too_long = That's a lot — thank you. Could you fit it in { $limit } characters? (Nothing has been saved yet.)
checkin-closed = That check-in is closed. Your next one comes at your usual time.
checkin-finished_waiting = ✅ <b>Thank you — your answers are saved.</b> I'll show you each other's written answers once { $partner } has finished too.
checkin-finished_both = ✅ <b>Thank you — you've both finished.</b> Your answers side by side are on their way.
checkin-finished_solo = ✅ <b>Thank you — your answers are saved.</b> Ready for a short reflection?
checkin-button_reflect = 🌱 Start my reflection
checkin-button_ready = 🗣 Ready to talk together
checkin-button_ready_too = 🗣 I'm ready too
checkin-partner_finished = { $name } has answered their check-in questions. Yours take about 3 minutes whenever you're ready.
checkin-partner_ready = 🗣 { $name } is ready for your talk together. Tap when you are.
checkin-waiting_for_partner = 🗣 Great — I've let your partner know. The talk starts when you're both ready.
checkin-meeting_running = Your talk is already under way.
checkin-reveal_title = 🔓 <b>Your answers side by side</b> — you and { $partner }
checkin-reveal_you = You: { $text }
checkin-reveal_partner = { $name }: { $text }
checkin-reveal_private = 🔒 kept private
checkin-reveal_skipped = —
checkin-step_counter = <i>Step { $n } of { $total }</i>
checkin-button_next = ⏭ Next step
checkin-button_end = ⏹ End
checkin-button_break = 🫶 We need a break
checkin-button_resume = ▶️ Continue
checkin-button_loved = ✍️ Write what I'll do
checkin-button_same_time = ✅ Same time next week
checkin-button_change_time = 📅 Change the time
checkin-ask_loved = 💛 What will you do this week to make { $partner } feel loved? Write it as you'd say it — “cook your favourite dinner on Friday”. It becomes your promise.
checkin-ask_loved_solo = 💛 What will you do this week to make your partner feel loved? Write it as you'd say it — “cook dinner on Friday”. It becomes your promise.
checkin-loved_made = 🤝 Promise made: <i>{ $text }</i> — { $when }.
checkin-meeting_done = 🎉 <b>That's your check-in done.</b> Thank you both for showing up for each other — that's the hardest part.
checkin-meeting_done_solo = 🎉 <b>That's your reflection done.</b> Thank you for taking the time.
checkin-new_time = 📅 The check-in hasn't happened for three weeks now — that's OK, life gets full. Would a different time work better for you both?
checkin-button_pick_time = 📅 Pick a new time
checkin-button_keep_time = Keep this time
checkin-kept_time = OK — the time stays, and I'll send the usual messages again.
checkin-history_title = 📖 <b>Your check-ins</b>
checkin-history_none = No check-ins yet. Your first comes at your weekly time.
checkin-history_row = { $day } — { $status }{ $pulse }{ $partner }{ $topics }
checkin-history_pulse = {" "}· your pulse { $pulse }/21
checkin-history_partner_took_part = {" "}· { $partner } took part
checkin-history_topics = {" "}· hard: { $topics }
checkin-history_trend = Your pulse, oldest first: { $trend }
checkin-status_open = this week
checkin-status_done = done ✓
checkin-status_closed = answered
checkin-status_missed = didn't happen
checkin-status_skipped = skipped

## insights

insights-link = • <a href="{ $url }">{ $name }</a>{ $what }
insights-link_phone = • <b>{ $name }</b>: { $phone }
insights-link_what = {" "}— { $what }
insights-your_partner = your partner
insights-reason_low_weeks = your relationship pulse was below { $line } (out of 21) in { $count } of the last { $window } weeks ({ $pulses })
insights-reason_drop_run = your pulse has been at least { $points } points below your usual level of about { $baseline } for { $run } weeks running ({ $pulses })
insights-reason_conflict_weeks = you often felt criticised, disrespected, defensive or shut out in { $count } of the last { $window } weeks, and your pulse was low too
insights-reason_topic_weeks = “{ $topic }” felt hard in { $count } of the last { $window } weeks
insights-reason_promises = { $kept } of { $resolved } promises were kept over the last four weeks
insights-reason_disengaged = { $partner } hasn't answered the check-in for { $weeks } weeks
insights-reason_persisting = these signs are still there { $weeks } weeks after I first mentioned them
insights-reason_both_low = you both had a low pulse in the same week { $count } times

insights-suggest_help =
    💬 <b>Something I've noticed — just for you</b>
    { $reasons }

    That's worth taking seriously, and you don't have to work it out alone. Three kinds of help couples find useful:

    <b>A structured online programme</b> — proven exercises you do together at home, at your own pace:
    { $programmes }

    <b>A relationship coach</b> — practical tools and a plan for the months ahead:
    { $coaches }

    <b>Couples therapy</b> — a neutral professional who helps you both see the patterns and change them:
    { $therapy }

    Only you can see this message. If you like, I can suggest looking at these together to your partner — only if you tap the button.

insights-recommend_therapy =
    💛 <b>I'd recommend couples therapy</b>
    { $reasons }

    When things stay hard for this long, a trained couples therapist can help in a way an app can't. Many couples notice a real difference within a few sessions.

    <b>How to find one</b>
    { $therapy }
    • Look for someone trained in couples work, for example Emotionally Focused Therapy (EFT) or the Gottman Method; many offer online sessions.
    • The first session is mostly about getting to know each other. It's fine to try more than one therapist until it feels right.

    Only you can see this message.

insights-suggest_individual =
    💬 <b>Something I've noticed — just for you</b>
    { $reasons }

    You deserve support. Talking with a counsellor on your own can help you sort through what's happening and what you need — confidentially:
    { $individual }

    Only you can see this message.

insights-button_share = 💬 Suggest it to { $partner } together
insights-button_not_now = Not now
insights-button_why = Why am I seeing this?
insights-not_now = OK — I won't bring this up again for four weeks. It's all still here in /insights whenever you want it.
insights-shared = 💬 Done — I've asked { $partner } whether you could look at some options together. I didn't share any of your answers.
insights-partner_invited = 💛 { $name } would like the two of you to look at some extra support for your relationship together — a programme you can do at home, a coach, or a counsellor. Would you like to see the options?
insights-button_show_options = 📚 Show me the options

insights-options =
    📚 <b>Support you could look at together</b>

    <b>Online programmes</b>
    { $programmes }

    <b>Relationship coaches</b>
    { $coaches }

    <b>Couples therapy</b>
    { $therapy }

insights-why_title = <b>Why you're seeing this</b> — from your own answers:

insights-overview =
    📈 <b>Your insights</b> — only you can see these.
    The chart shows your pulse each week (the dotted line is the usual distress line of 13.5), how many promises you kept, and your small acts.

insights-overview_no_chart = 📈 <b>Your insights</b> — only you can see these.
insights-overview_none = No suggestions so far: nothing in your answers has needed more than the small tips along the way.
insights-overview_recent = <b>Suggestions I've made</b> and why:
insights-overview_item = { $day }: { $reasons }
insights-chart_title = Your last { $weeks } weeks
insights-chart_acts = Small acts done
insights-chart_acts_axis = Small acts done (per week)
insights-chart_pulse = Your pulse (0-21)
insights-chart_kept = Promises kept (scaled, 21 = all)
insights-chart_distress = Distress line ({ $line })
insights-chart_pulse_axis = Pulse
insights-chart_default_title = Your weeks
insights-no_data = 📈 Your insights will appear once you've done a check-in or two.

## safety

safety-intro = 💛 <b>Thank you for telling me.</b> What you wrote sounds really hard, and you deserve to be safe and supported. You're not alone with this.
safety-emergency = 🚨 <b>If you are in danger right now, call { $number }.</b>
safety-emergency_plain = If you are ever in immediate danger, call { $number }.
safety-self_harm = If you're thinking about ending your life or hurting yourself, please reach out now — talking to someone can help you get through this moment:
safety-abuse = If your partner is hurting, threatening or frightening you, it is not your fault. A specialist helpline can talk it through with you confidentially and help you stay safe:
safety-line = • <b>{ $name }</b>{ $details }
safety-elsewhere = Somewhere else? { $name }: { $url }
safety-private = This stays between you and me — your partner is not told anything, and nothing they see changes.
safety-kept_private = I've kept that answer private, so it won't be shown to your partner.
safety-carry_on = When you're ready, you can carry on with /checkin — or leave it for now.
safety-phone = 📱 <b>Phone safety:</b> if someone else might look at your phone, you can remove this conversation with the button below. Many helpline websites also have a quick-exit button.
safety-button_delete = 🗑 Delete these messages
safety-deleted = Deleted.
safety-check =
    🤍 Some of what you wrote sounds heavy. <b>Are you safe right now?</b>

    Whatever your answer, it stays between you and me: your partner isn't told anything, and I haven't passed on what you wrote.
safety-button_help = 🆘 Show me where to get help
safety-button_ok = 🙂 I'm OK
safety-check_ok =
    Thank you for letting me know. 💛

    I haven't used what you wrote for anything. If it was meant as an answer, just send it again. And if things ever stop feeling safe, you can write to me any time.
safety-stop_emergency = 🚨 <b>If anyone is in danger right now, call { $number }.</b>
safety-stop_intro = 💛 <b>Thank you for being honest about this.</b> Saying it takes courage. Hurting, threatening or frightening your partner isn't something you have to keep doing — and wanting to stop is where change begins.
safety-stop_lines = There is help for exactly this — confidential, and without judgement:
safety-stop_no_lines = A crisis line can talk it through with you right now, and a doctor or counsellor can point you to a programme for people who want to stop:
safety-stop_other_way = If it's the other way round and you're the one who is being hurt or frightened, this line is for you: { $line }
safety-stop_private = This stays between you and me — your partner is not told anything, and nothing they see changes.
safety-question_intro = 🔒 <b>A private question, just for you.</b> I ask everyone this now and then. { $partner } never sees it and won't know I asked. Only your answer is kept, as a simple code with the date — no words.
safety-question_intro_solo = 🔒 <b>A private question, just for you.</b> I ask everyone this now and then. Your partner never sees it and won't know I asked. Only your answer is kept, as a simple code with the date — no words.
safety-question_counter = <i>{ $n } of { $total }</i>
safety-question-afraid = In the last few weeks, have you felt afraid of your partner?
safety-question-hurt = Has your partner hurt you, or threatened to hurt you?
safety-question-forced = Has your partner pushed or forced you into something you didn't want — sexual or otherwise?
safety-button_yes = Yes
safety-button_no = No
safety-button_pass = I'd rather not say
safety-question_thanks = 🔒 Thank you for answering. If anything ever changes, you can tell me here at any time — it stays between us.
safety-question_thanks_checkin = 🔒 Thank you for answering. If anything ever changes, you can tell me here at any time — it stays between us. Now, on to this week's questions:
safety-question_worry = 💛 <b>Thank you for answering honestly.</b> What you've told me matters, and it is not your fault. You deserve to feel safe with your partner. Because of it I won't suggest couples therapy to the two of you: when one partner is afraid, a specialist who can talk with you alone is the safer first step.

## settings

settings-summary =
    ⚙️ <b>Your settings</b>

    Name: <b>{ $name }</b>
    Time zone: <b>{ $zone }</b> (now { $local_time })
    Daily small act: <b>{ $act_time }</b>
    Quiet hours: <b>{ $quiet }</b>
    Partner: { $partner }
    Long-distance: <b>{ $long_distance }</b>
    Tell partner when I do my act: <b>{ $share_acts }</b>
    Status: { $status }
    Language: <b>{ $language }</b>

settings-partner_none = not paired yet — /invite
settings-status_active = active
settings-status_paused = paused until { $until }
settings-button_name = ✏️ Name
settings-button_timezone = 🌍 Time zone
settings-button_act_time = ⏰ Daily act time
settings-button_quiet = 🌙 Quiet hours
settings-button_pause = ⏸ Pause
settings-button_language = 🗣 Language
settings-button_resume = ▶️ Resume
settings-button_unpair = 💔 Unpair
settings-button_invite = 💌 Invite partner
settings-button_long_distance_on = 🛫 We live apart
settings-button_long_distance_off = 🏠 We live together
settings-button_share_on = 💛 Tell partner: on
settings-button_share_off = 💛 Tell partner: off
settings-state_on = on
settings-state_off = off
settings-long_distance_on = 🛫 Long-distance is on: no acts that need you to be in the same place.
settings-long_distance_off = 🏠 Long-distance is off: acts for being together are back.
settings-partner_long_distance_on = { $name } marked you as living apart, so your small acts will all work at a distance. 🛫
settings-partner_long_distance_off = { $name } marked you as living together again, so acts for being together are back. 🏠
settings-saved = Saved ✓
settings-ask_quiet = 🌙 <b>Quiet hours</b> — I hold reminders and news until they end. Pick a window, or type one like <i>22:00-08:00</i>.
settings-bad_quiet = I couldn't read “{ $text }” as a window. Try <i>22:00-08:00</i> or <i>23-7</i>.
settings-quiet_saved = 🌙 Quiet hours: <b>{ $quiet }</b>.
settings-quiet_off = off
settings-quiet_off_button = No quiet hours

settings-ask_pause =
    ⏸ <b>Need some space?</b> Taking an agreed break can help. I'll stay completely quiet — no acts, reminders or check-ins — until the day you pick. Your partner is not told; you may want to let them know yourself.

    Choose how long, or type a date (<i>Friday</i>, <i>1 December</i>).

settings-pause_1 = 1 day
settings-pause_3 = 3 days
settings-pause_7 = 1 week
settings-pause_14 = 2 weeks
settings-bad_pause = I couldn't read “{ $text }” as a date between tomorrow and 90 days from now. Try <i>Friday</i>, <i>next Monday</i> or <i>1 December</i>.
settings-already_paused = ⏸ You're already paused until <b>{ $until }</b>. Pick another day below to change it, or send /resume to switch everything back on now.
settings-paused = ⏸ Paused until <b>{ $until }</b>. I'll be back that morning — or send /resume any time.
settings-resumed = ▶️ Welcome back! Everything is on again.
settings-ask_language = 🗣 Which language should I write to you in? It's for everything I send you from now on; what your partner writes always stays as they wrote it.
settings-language_saved = 🗣 From now on I'll write to you in English.
settings-not_paused = You're not paused — everything is on.

## privacy

privacy-export_caption = 📦 Everything Rekindle stores about you, as JSON. Your partner's private answers are not included.

privacy-delete_confirm =
    ⚠️ <b>Erase your data?</b>

    This permanently deletes your settings, answers, promises and acts. If you're paired, the pairing ends and your partner is only told that you've left. This can't be undone.

privacy-delete_yes = Yes, erase everything
privacy-delete_no = No, keep my data
privacy-deleted = 🗑 Done. Everything about you is erased. If you ever want to come back, send /start. Take care 💛
privacy-delete_kept = Nothing was deleted.
privacy-withdraw_button = 🚪 Withdraw consent and erase my data

privacy-partner_left =
    Your partner has left Rekindle, so your pairing has ended. You can keep using Rekindle on your own, and your history stays with you.

    Be gentle with yourself today 💛

## outbox

# Several notices about the partner, waiting for the same person, sent as one message: this
# heads the list.
outbox-while_away = While you were away:
