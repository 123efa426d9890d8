### Alles, was Rekindle in der Oberfläche sagt, in Telegram-HTML (<b>, <i>, <a href>, <code>).
### Variablen ({ $name }) setzt der Code ein und maskiert sie; Zahlen kommen als Zahlen an, daher
### wählen Selektoren die Pluralformen ({ $count -> [one] … *[other] … }).
### Angesprochen wird die lesende Person mit „du“. Die andere Person wird ohne Geschlecht benannt:
### mit ihrem Namen, wo eine Variable ihn liefert, sonst „ihr beide“, „euch“ oder „dein Gegenüber“.
### Das wöchentliche Check-in heißt „Paargespräch“ (allein: „Wochenrückblick“), ein Act „kleine Geste“.

## common

common-consent_first = Wir kennen uns noch nicht 🙂 Schick mir /start, dann erkläre ich dir, was ich mache, und frage dich zuerst, ob das für dich in Ordnung ist.
common-finish_setup_first = Lass uns zuerst die Einrichtung abschließen – das dauert nur eine Minute.
common-unknown_command = Den Befehl { $command } kenne ich nicht. Das kann ich:
common-free_text = Ich weiß nicht genau, was ich mit dieser Nachricht anfangen soll. Für ein Versprechen schick /promise; was ich sonst noch kann, zeigt dir /help.
common-non_text = Ich kann Textnachrichten und Knöpfe lesen (und einen geteilten Standort, während du deine Zeitzone einstellst). Probier mal /help.
common-group_chat = Ich funktioniere nur in privaten Chats, damit deine Antworten privat bleiben. Tipp auf meinen Namen und schick mir dort /start.
common-stale_button = Dieser Knopf ist nicht mehr aktiv.
common-error = Entschuldige – bei mir ist etwas schiefgelaufen. Was du schon gespeichert hast, ist nicht verloren. Versuch es bitte gleich noch einmal.
common-cancelled = Okay, abgebrochen. Es wurde nichts geändert.
common-nothing_to_cancel = Gerade gibt es nichts abzubrechen.
common-too_long = Das ist länger, als ich hier annehmen kann (höchstens { $limit } Zeichen). Magst du es etwas kürzen?

help =
    <b>Rekindle</b> hilft euch beiden, euch wieder näher zu fühlen – jeden Tag ein kleines Stück.

    <b>Jeden Tag</b>
    /progress – deine kleinen Gesten diese Woche
    <b>Versprechen</b>
    /promise – ein Versprechen geben
    /promises – offene Versprechen und wie ihr beide sie haltet
    <b>Wöchentliches Paargespräch</b>
    /checkin – eure 30 Minuten zu zweit
    /insights – deine Entwicklung und warum du einen Vorschlag bekommst
    <b>Ihr zwei</b>
    /invite – ein Link, mit dem dein Gegenüber dazukommt
    /unpair – die Verbindung beenden
    <b>Einstellungen und Privatsphäre</b>
    /settings – Name, Zeitzone, Uhrzeiten, Ruhezeiten, Pause
    /pause – dir etwas Abstand gönnen · /resume
    /export – alles herunterladen, was über dich gespeichert ist
    /delete – deine Daten löschen

    /cancel bricht ab, was wir gerade angefangen haben.

## commands

commands-start = Einrichtung starten oder fortsetzen
commands-help = Was ich kann
commands-progress = Deine kleinen Gesten diese Woche
commands-streak = Deine Tage in Folge
commands-questions = Tägliche Fragen und eure Antworten
commands-promise = Ein Versprechen geben
commands-promises = Offene und gehaltene Versprechen
commands-checkin = Das wöchentliche Paargespräch
commands-insights = Deine Entwicklung und Vorschläge
commands-invite = Dein Gegenüber einladen
commands-settings = Name, Zeitzone, Uhrzeiten, Pause
commands-pause = Eine Weile keine Nachrichten
commands-resume = Nachrichten wieder einschalten
commands-unpair = Die Verbindung beenden
commands-export = Deine Daten herunterladen
commands-delete = Deine Daten löschen
commands-cancel = Abbrechen, was wir gerade tun

## Telegrams eigene Flächen: das Profil des Bots (setMyDescription: im leeren Chat, höchstens
## 512 Zeichen, reiner Text) und die Kurzbeschreibung (setMyShortDescription: höchstens 120)

bot-description = Rekindle hilft euch zwei, euch wieder näher zu fühlen – jeden Tag ein kleines bisschen: eine kleine liebevolle Geste am Tag, Versprechen, die ihr haltet, eine Frage des Tages und einmal pro Woche ein 30-minütiges Paargespräch. Deine Antworten bleiben privat, außer du entscheidest dich, sie zu teilen. Tipp auf Starten, um loszulegen.
bot-short_description = Kleine Schritte für Paare, jeden Tag: liebevolle Gesten, gehaltene Versprechen, ein wöchentliches Paargespräch.

## when

when-today = heute um { $time } Uhr
when-tomorrow = morgen um { $time } Uhr
when-by_today = bis heute Abend
when-by_tomorrow = bis morgen Abend
when-by_day = bis { $day }
when-their_day = { $when }, Ortszeit von { $name }

## onboarding

onboarding-welcome =
    👋 <b>Hallo { $first_name }, ich bin Rekindle.</b>

    Ich helfe Paaren, sich mit kleinen, regelmäßigen Schritten wieder näherzukommen:
    • jeden Tag eine kleine, liebevolle Geste für den Menschen an deiner Seite
    • Versprechen, die du hältst – und Vertrauen, das dabei wächst
    • einmal pro Woche ein angeleitetes Paargespräch von 30 Minuten

    🔒 <b>Deine Privatsphäre</b>
    Was du hier teilst, ist persönlich. Wenn du zustimmst, speichere ich deinen Namen, deine Zeitzone und deine Einstellungen sowie deine Antworten, Versprechen und Gesten, damit ich dich erinnern und dir zeigen kann, wie es vorangeht. Deine privaten Antworten bekommt dein Gegenüber nie zu sehen, außer du entscheidest dich, sie zu teilen. Mit /export kannst du jederzeit alles herunterladen, mit /delete alles löschen.

    Solange du nicht auf <b>Ich stimme zu</b> tippst, speichere ich nichts über dich.

onboarding-invited_by = 💌 <b>{ $inviter } hat dich zu Rekindle eingeladen</b> – damit ihr es zu zweit nutzen könnt.
onboarding-consent_button = ✅ Ich stimme zu – los geht’s
onboarding-decline_button = Jetzt nicht
onboarding-declined = Kein Problem – es wurde nichts gespeichert. Schick /start, wann immer du so weit bist.
onboarding-consented = ✅ Danke. Dann richten wir alles ein – drei kurze Fragen.
onboarding-already_consented = Du bist schon dabei 🙂
onboarding-ask_name = Wie soll ich dich nennen? (Diesen Namen sieht auch dein Gegenüber.)
onboarding-use_telegram_name = Nenn mich { $name }
onboarding-bad_name = Ein Name darf 1 bis 40 Zeichen lang sein und nicht mit „/“ beginnen. Wie soll ich dich nennen?
onboarding-name_saved = Schön, dich kennenzulernen, { $name }!

onboarding-ask_timezone =
    🌍 <b>In welcher Zeitzone bist du?</b> Damit schicke ich dir alles zu Uhrzeiten, die für dich passen.

    Tipp unten auf <b>📍 Meinen Standort teilen</b> (wird einmal genutzt, um deine Zeitzone zu finden, und dann vergessen) oder schreib deine Stadt (<i>Wien</i>), eine Zeitzone (<i>Europe/Vienna</i>) oder eine Abweichung von UTC (<i>+5:30</i>).

onboarding-share_location_button = 📍 Meinen Standort teilen
onboarding-timezone_choices = { $place } hat mehrere Zeitzonen. Welche ist deine? (Oder schreib deine Stadt.)
onboarding-bad_timezone = Zu „{ $text }“ habe ich keine Zeitzone gefunden. Versuch es mit einer großen Stadt in deiner Nähe (<i>München</i>), einem Zeitzonennamen (<i>Europe/Berlin</i>), einer UTC-Abweichung wie <i>+1</i> oder <i>-3:30</i>, oder tipp auf 📍 <b>Meinen Standort teilen</b>.
onboarding-bad_location = An dieser Stelle habe ich keine Zeitzone gefunden. Magst du stattdessen deine Stadt schreiben?
onboarding-timezone_saved = 🌍 Zeitzone: <b>{ $zone }</b> – dort ist es jetzt { $local_time } Uhr.
onboarding-timezone_saved_offset = 🌍 Zeitzone: <b>{ $zone }</b> (eine feste Abweichung ohne Sommer- und Winterzeit – wenn bei dir die Uhren umgestellt werden, schick mir lieber deine Stadt). Dort ist es jetzt { $local_time } Uhr.
onboarding-ask_act_time = ⏰ <b>Wann soll deine tägliche kleine Geste kommen?</b> Wähl eine Uhrzeit oder schreib eine, etwa <i>8:30</i>, <i>20:15</i> oder <i>19.30</i>.
onboarding-bad_time = „{ $text }“ konnte ich nicht als Uhrzeit lesen. Versuch es mit <i>8:30</i>, <i>20:15</i> oder <i>19.30</i>.
onboarding-act_time_saved = ⏰ Deine tägliche kleine Geste kommt um <b>{ $time } Uhr</b> deiner Zeit.
onboarding-act_time_in_quiet_hours = Das liegt in deinen Ruhezeiten ({ $quiet }), deshalb kommt sie erst um { $quiet_end } Uhr. Die Ruhezeiten kannst du in /settings ändern.

onboarding-done_solo =
    🎉 <b>Alles bereit, { $name }!</b>

    Am besten wirkt Rekindle zu zweit: Mit /invite bekommst du einen Link zum Weitergeben. Bis der Mensch an deiner Seite dazukommt, bekommst du trotzdem jeden Tag deine kleine Geste, kannst Versprechen geben und für dich allein über eure Beziehung nachdenken.

    /help zeigt dir alles, was ich kann.

onboarding-done_paired =
    🎉 <b>Alles bereit, { $name } – und du bist mit { $partner } verbunden!</b> 💞

    Ab jetzt bekommt ihr beide jeden Tag eine kleine Geste füreinander, seht gegenseitig eure Versprechen und könnt zusammen das wöchentliche Paargespräch machen.

    /help zeigt dir alles, was ich kann.

onboarding-welcome_back = Schön, dass du wieder da bist, { $name } 💛 /help zeigt dir alles, was ich kann.
onboarding-there = du

## pairing

pairing-too_many_tries = 🙂 Das waren ganz schön viele Einladungslinks, die nicht funktioniert haben. Lass uns hier kurz Pause machen: Bitte deinen Schatz um einen neuen Link und probier ihn in einer Stunde noch mal.
pairing-invite_link =
    💌 <b>Dein Einladungslink</b>

    { $link }

    Schick ihn dem Menschen, mit dem du Rekindle nutzen möchtest. Er funktioniert ein einziges Mal, nur für diese Person, und läuft in 48 Stunden ab ({ $expires }). Unten findest du eine Nachricht, die du einfach so weiterleiten kannst.

pairing-invite_forward =
    💞 <b>{ $name } möchte Rekindle mit dir ausprobieren</b> – einen privaten Telegram-Bot für Paare: jeden Tag eine kleine Geste füreinander, Versprechen, die ihr haltet, und einmal pro Woche ein kurzes Gespräch zu zweit.

    Tipp auf den Knopf, um dich mit { $name } zu verbinden. (Der Link funktioniert ein einziges Mal und läuft in 48 Stunden ab.)

pairing-invite_button = Mit { $name } loslegen
pairing-invite_already_paired = Du bist schon mit { $partner } verbunden 💞 (Um dich mit jemand anderem zu verbinden, nutze zuerst /unpair.)
pairing-status_self = Das ist dein eigener Einladungslink 🙂 Leite ihn an dein Gegenüber weiter – er funktioniert nur für jemand anderen.
pairing-status_used = Dieser Einladungslink wurde schon benutzt. Bitte dein Gegenüber um einen neuen (mit /invite entsteht ein neuer Link).
pairing-status_expired = Dieser Einladungslink ist abgelaufen – Links gelten 48 Stunden. Bitte { $inviter }, dir mit /invite einen neuen zu schicken.
pairing-status_garbled = Diesen Einladungslink konnte ich nicht lesen. Lass ihn dir noch einmal schicken oder fang erst einmal allein an.
pairing-status_full = Über diesen Link kann niemand mehr dazukommen, weil { $inviter } schon mit jemandem verbunden ist. Du kannst Rekindle aber auch allein starten.
pairing-status_already_paired = Du bist schon mit { $partner } verbunden. Wenn du stattdessen wirklich { $inviter } als Gegenüber haben möchtest, nutze zuerst /unpair und öffne den Link danach noch einmal.
pairing-paired_joiner = 💞 <b>Du bist jetzt mit { $partner } verbunden!</b> Ihr bekommt beide jeden Tag eine kleine Geste füreinander und könnt zusammen das wöchentliche Paargespräch machen.
pairing-paired_inviter = 💞 <b>{ $partner } hat deine Einladung angenommen – ihr seid jetzt verbunden!</b> Sagt euch doch kurz Hallo; deine nächste kleine Geste kommt zur gewohnten Zeit.
pairing-not_paired = Du bist gerade mit niemandem verbunden. Mit /invite bekommst du einen Link, um dein Gegenüber einzuladen.

pairing-unpair_confirm =
    Möchtest du die Verbindung mit { $partner } beenden?

    Ihr macht dann beide allein weiter und behaltet jeweils euren eigenen Verlauf. { $partner } erfährt, dass die Verbindung beendet ist.

pairing-unpair_yes = Ja, Verbindung beenden
pairing-unpair_no = Nein, verbunden bleiben
pairing-unpaired_self = Du bist nicht mehr mit { $partner } verbunden. Pass gut auf dich auf 💛 Mit /invite kannst du jemanden einladen, wann immer du so weit bist.

pairing-unpaired_partner =
    { $partner } hat eure Verbindung bei Rekindle beendet. Du kannst Rekindle allein weiter nutzen, und dein Verlauf bleibt dir erhalten.

    Geh heute behutsam mit dir um 💛

pairing-unpair_kept = Gut – es bleibt alles, wie es ist. 💞
pairing-your_partner = die Person, die dich eingeladen hat

## acts

acts-today = 🌱 <b>Deine kleine Geste für heute</b> · { $emoji } { $category }
acts-text = { $text }
acts-quick = <i>⏱ Dauert keine fünf Minuten.</i>
acts-button_done = ✅ Gemacht
acts-button_another = 🔄 Eine andere
acts-button_skip = ⏭ Heute nicht
acts-done =
    ✅ <b>Gemacht – danke dir.</b> { $count ->
        [one] Das ist deine erste in dieser Woche.
       *[other] Damit sind es in dieser Woche { $count }.
    }
acts-told_partner = Ich habe { $partner } Bescheid gegeben 💛
acts-skipped = ⏭ Ausgelassen – das ist völlig in Ordnung. Morgen kommt eine neue.
acts-toast_already_done = Schon als gemacht markiert ✓
acts-toast_no_more_swaps = Für heute sind alle Wechsel aufgebraucht – nimm die, die am besten passt, oder lass sie heute aus.
acts-ask_share = Soll ich { $partner } Bescheid geben, wenn du deine tägliche Geste gemacht hast? Dann sieht { $partner }, was du getan hast, und kann dir sagen, ob es angekommen ist.
acts-share_yes = Ja, sag es { $partner }
acts-share_no = Nein, für mich behalten
acts-share_on = 💛 Ab jetzt sage ich { $partner } Bescheid, wenn du deine Geste gemacht hast.
acts-share_off = Okay – deine Gesten bleiben unter uns. (Das kannst du in /settings ändern.)

acts-partner_did_it =
    💛 <b>{ $name } hat heute eine kleine Geste für dich gemacht:</b>
    <i>{ $act }</i>

    Wenn es dir etwas bedeutet hat, sag es { $name }.

acts-button_landed = ❤️ Ist angekommen
acts-you_said_landed = ❤️ <i>Du hast gesagt, dass es angekommen ist.</i>
acts-toast_landed = Gesendet ❤️
acts-toast_already_landed = Das hast du schon gesagt ❤️
acts-it_landed = ❤️ <b>{ $name } sagt, deine kleine Geste ist heute angekommen.</b> Danke, dass du sie gemacht hast.

acts-progress =
    🌱 <b>Deine kleinen Gesten</b>

    Diese Woche: <b>{ $week }</b> gemacht
    Tage in Folge: <b>{ $run }</b>
    Letzte 7 Tage: { $days }

    { $upcoming }

acts-progress_fresh =
    🌱 <b>Deine kleinen Gesten</b>

    Letzte 7 Tage: { $days }

    Jeder Tag ist ein neuer Anfang. { $upcoming }

acts-next_at = Deine nächste Geste: { $when }.
acts-next_paused = Du machst gerade Pause – schick /resume, wann immer du so weit bist.

## promises

promises-ask_text =
    🤝 <b>Was möchtest du{ $to } versprechen?</b>
    Klein und konkret klappt am besten – „dich um 18 Uhr anrufen“, „am Freitag Abendessen kochen“, „diese Woche keine Handys beim Essen“.

promises-to_partner = {" "}{ $partner }
promises-empty = Darin konnte ich kein Versprechen finden. Was möchtest du versprechen?
promises-ask_when = 🕑 <b>Wann wirst du es tun?</b> Schreib es so, wie du es sagen würdest – „heute Abend“, „Freitag 18:00“, „in 2 Stunden“, „bis Sonntag“ – oder wähl unten aus:
promises-when_unclear = Aus „{ $text }“ konnte ich keine Zeit herauslesen. Versuch es mit „heute Abend“, „morgen um 19 Uhr“, „Freitagabend“ oder „bis Sonntag“.
promises-when_past = Diese Zeit ist schon vorbei 🙂 Wann wirst du es tun?
promises-quick_tonight = Heute Abend
promises-quick_tomorrow = Morgen
promises-quick_week = Bis Ende der Woche

promises-confirm =
    🤝 <b>Dein Versprechen</b>
    <i>{ $text }</i>
    Fällig: <b>{ $when }</b>

    { $visibility }
    Passt das so?

promises-visible_to_partner = { $partner } sieht es.
promises-visible_private = 🔒 Privat: Nur du siehst es.
promises-visible_solo = Vorerst ist es nur für dich (und für dein Gegenüber, sobald ihr verbunden seid).
promises-button_ok = ✅ Versprochen
promises-button_time = 🕑 Zeit ändern
promises-button_private = 🔒 Privat halten
promises-button_share = 👀 { $partner } darf es sehen
promises-button_cancel_draft = ✖️ Doch nicht

promises-made =
    🤝 <b>Versprochen</b> – { $when }.
    { $plan }

promises-plan_remind =
    Ich erinnere dich { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } vorher und frage dich danach, wie es gelaufen ist.
promises-plan_remind_day = Ich erinnere dich am Morgen daran und frage dich am Abend, wie es gelaufen ist.
promises-plan_ask = Ich frage dich danach, wie es gelaufen ist.
promises-draft_dropped = Okay – kein Versprechen.
promises-partner_new = 🤝 <b>{ $name } hat versprochen:</b> <i>{ $text }</i> ({ $when })
promises-partner_cancelled = { $name } hat ein Versprechen zurückgenommen: <i>{ $text }</i>
promises-partner_moved = 🕑 { $name } hat ein Versprechen verschoben: <i>{ $text }</i> – neu: { $when }
promises-reminder =
    ⏰ <b>In { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    }:</b> <i>{ $text }</i>
promises-reminder_day = ⏰ <b>Heute ist der Tag</b> für dein Versprechen: <i>{ $text }</i>

promises-check =
    ⏰ <b>Hast du dein Versprechen gehalten?</b>
    <i>{ $text }</i> ({ $when })

promises-button_kept = ✅ Gehalten
promises-button_later = ⏳ Noch nicht – in einer Stunde erinnern
promises-button_couldnt = 😔 Ging nicht
promises-answered_kept = ✅ <b>Gehalten – gut gemacht.</b> So wächst Vertrauen: ein kleines gehaltenes Versprechen nach dem anderen.
promises-answered_kept_asked = {" "}Ich habe auch { $partner } gefragt, wie es angekommen ist.
promises-answered_later = ⏳ Okay – ich frage in einer Stunde noch einmal.
promises-answered_couldnt = 😔 <b>Diesmal nicht – und das ist okay.</b> Es ehrlich zu sagen, gehört auch dazu, wenn Vertrauen wachsen soll.
promises-ask_reason = Wenn du magst, schreib mir in einer Zeile, was dazwischengekommen ist (nur du siehst das). Oder gib ein neues Versprechen, das du sicher halten kannst.
promises-button_skip_reason = Überspringen
promises-button_new_promise = 🤝 Neues Versprechen
promises-reason_saved = Danke – ist notiert. Nur du kannst es sehen.
promises-toast_already = Darauf hast du schon geantwortet ✓
promises-toast_no_more = Lassen wir es erst einmal so – du kannst jederzeit über /promises antworten.

promises-confirm_ask =
    🤝 <b>{ $name } sagt, dieses Versprechen ist gehalten:</b>
    <i>{ $text }</i>
    Hat es sich für dich auch so angefühlt?

promises-button_confirm_yes = 💛 Ja, danke
promises-button_confirm_no = 🤔 Nicht wirklich
promises-confirmed_yes = 💛 Danke – ich habe es weitergegeben.
promises-confirmed_no = 🤔 Danke für deine Ehrlichkeit. Vielleicht lohnt es sich, beim nächsten Paargespräch darüber zu reden.
promises-confirmed_news = 💛 <b>{ $name } hat bestätigt</b>, dass du dein Versprechen gehalten hast: <i>{ $text }</i>
promises-toast_confirm_late = Das ist schon mehr als einen Tag her, deshalb bleibt es bei der gegebenen Antwort.
promises-overview_title = 🤝 <b>Versprechen</b>
promises-overview_yours = <b>Deine, noch offen</b>
promises-overview_partners = <b>Von { $partner }, noch offen</b>
promises-overview_none_open = Gerade ist nichts offen. Mit /promise gibst du ein neues Versprechen.
promises-overview_partner_none = Nichts offen.
promises-overview_item = • <i>{ $text }</i> – { $when }
promises-overview_item_private = • 🔒 <i>{ $text }</i> – { $when }
promises-overview_rates_title = <b>Letzte 4 Wochen</b>
promises-overview_rate = Du: { $kept } von { $resolved } gehalten ({ $rate }) · { $partner } hat { $confirmed } bestätigt
promises-overview_rate_partner = { $partner }: { $kept } von { $resolved } gehalten ({ $rate }) · du hast { $confirmed } bestätigt
promises-overview_rate_solo = Du: { $kept } von { $resolved } gehalten ({ $rate })
promises-overview_rate_none = { $who }: Bisher war noch kein Versprechen fällig.
promises-overview_you = Du
promises-overview_trend = Deine letzten vier Wochen: { $trend }
promises-encourage_up = Das Vertrauen wächst 🌱
promises-encourage_steady = Beständig und verlässlich 💛
promises-encourage_low = Kleine, sichere Versprechen sind am leichtesten zu halten – so wächst Vertrauen wieder.
promises-manage_button = ✏️ { $text }

promises-manage =
    <i>{ $text }</i>
    Fällig: <b>{ $when }</b>

promises-button_retime = 🕑 Neue Zeit
promises-button_cancel_promise = 🗑 Zurücknehmen
promises-cancelled = 🗑 Zurückgenommen: <i>{ $text }</i>{ $told }
promises-told_partner = {" "}– { $partner } weiß Bescheid.
promises-moved = 🕑 Verschoben: <i>{ $text }</i> – neu: <b>{ $when }</b>{ $told }
promises-toast_too_late = Es ist schon fällig – sag mir lieber, ob du es gehalten hast.

## checkin

checkin-choose_slot =
    📅 <b>Wann soll euer wöchentliches Paargespräch sein?</b>
    Dreißig Minuten, einmal pro Woche, zu einer Zeit, die ihr beide meistens einhalten könnt. Wähl eine aus oder tipp auf <i>Andere Zeit</i>.

checkin-choose_slot_type = Schreib einen Tag und eine Uhrzeit, etwa <i>Sonntag 19:00</i> oder <i>Mittwoch 20:30</i>.
checkin-bad_slot = „{ $text }“ konnte ich nicht als Tag und Uhrzeit lesen. Versuch es mit <i>Sonntag 19:00</i> oder <i>Mi 20:30</i>.
checkin-button_other_time = Andere Zeit …
checkin-button_later = Später
checkin-later = Kein Problem – mit /checkin kannst du jederzeit eine Zeit wählen.
checkin-slot_set = 📅 Euer wöchentliches Paargespräch: <b>{ $slot }</b>. Ich schicke euch beiden eine Nachricht, wenn es so weit ist.
checkin-slot_set_solo = 📅 Dein wöchentlicher Rückblick: <b>{ $slot }</b>. Ich schicke dir eine Nachricht, wenn es so weit ist.
checkin-slot_for_you = {" "}(bei dir: { $weekday }, { $time } Uhr)
checkin-slot_night = ⚠️ Für { $name } ist das nachts um { $time } Uhr – vielleicht findet ihr eine Zeit, die euch beiden passt.
checkin-slot_night_you = ⚠️ Für dich ist das nachts um { $time } Uhr – vielleicht findet ihr eine Zeit, die euch beiden passt.
checkin-weekly_slot = jeden { $weekday } um { $time } Uhr
checkin-local_slot = · bei { $name }: { $weekday }, { $time } Uhr
checkin-local_slot_you = · bei dir: { $weekday }, { $time } Uhr
checkin-slot_proposed = 📨 Ich habe { $partner } gefragt, ob dieser Termin passt: { $slot }.
checkin-partner_chose_slot = 📅 { $name } hat einen Termin für euer wöchentliches Paargespräch gewählt: <b>{ $slot }</b>. Wenn dir das nicht passt, schlag mit /checkin eine andere Zeit vor.
checkin-proposal = 📅 { $name } möchte euer wöchentliches Paargespräch verlegen: <b>{ $slot }</b>. Passt dir das?
checkin-button_accept = ✅ Ja, gern
checkin-button_decline = Alte Zeit behalten
checkin-proposal_accepted = 📅 { $name } ist einverstanden: Euer wöchentliches Paargespräch ist jetzt <b>{ $slot }</b>.
checkin-proposal_declined = { $name } möchte euer Paargespräch lieber zur bisherigen Zeit behalten.
checkin-accepted_by_you = 📅 Erledigt – euer wöchentliches Paargespräch ist jetzt <b>{ $slot }</b>.
checkin-declined_by_you = Okay – die Zeit bleibt, wie sie ist.

checkin-settings =
    📅 <b>Dein wöchentlicher Termin</b>: { $slot }
    { $next }

checkin-next_at = Nächstes Mal: { $when }.
checkin-no_slot = Du hast deinen wöchentlichen Termin noch nicht festgelegt.
checkin-button_change = 📅 Zeit ändern
checkin-button_start_now = ▶️ Jetzt starten
checkin-button_history = 📖 Verlauf

checkin-slot =
    📅 <b>Zeit für euer Paargespräch, { $name }.</b>
    Zuerst ein paar private Fragen (etwa 3 Minuten), dann sprecht ihr beide eine halbe Stunde miteinander, und ich begleite euch dabei.

checkin-slot_solo =
    📅 <b>Zeit für deinen Wochenrückblick, { $name }.</b>
    Ein paar private Fragen (etwa 3 Minuten), danach eine kurze Reflexion.

checkin-button_start = ▶️ Starten
checkin-button_snooze = ⏰ In 1 Stunde
checkin-button_skip = Diese Woche nicht
checkin-button_continue = ▶️ Weiter
checkin-reminder = ⏰ Euer Paargespräch wartet heute noch auf euch – schon zehn Minuten zu zweit tun gut.
checkin-nudge = Du bist mitten in den Fragen dieser Woche. Magst du sie noch zu Ende beantworten? Das dauert nur ein paar Minuten.
checkin-nudge_partner_started = Dein Gegenüber hat mit den Fragen dieser Woche angefangen. Deine dauern etwa 3 Minuten – wann immer du so weit bist.
checkin-snoozed = ⏰ Okay – ich erinnere dich in einer Stunde.
checkin-snoozed_again = ⏰ Da bin ich wieder – hier ist deine Einladung für diese Woche.
checkin-toast_no_more_snoozes = Für diese Woche reicht das Verschieben 🙂 Starte oder setz aus, wann immer du so weit bist.
checkin-skipped = Okay – diese Woche setzt du aus. Bis nächste Woche 💛
checkin-partner_skipped = { $name } setzt diese Woche aus. Deine privaten Fragen kannst du trotzdem für dich beantworten – mit /checkin.

checkin-intro =
    📝 <b>Zuerst die privaten Fragen</b> – etwa 3 Minuten.
    Deine Antworten auf den Skalen bleiben privat: Sie zeigen nur dir selbst, wie sich etwas entwickelt. Deine geschriebenen Antworten sieht { $partner }, sobald ihr beide fertig seid – außer du markierst sie mit 🔒.

checkin-intro_solo = 📝 <b>Zuerst die privaten Fragen</b> – etwa 3 Minuten. Deine Antworten sind nur für dich.
checkin-counter = <i>Frage { $n } von { $total }</i>
checkin-scale_hint = 0 = { $low } · { $max } = { $high }
checkin-topic_followup = Letzte Woche war <b>{ $topic }</b> schwer. Wie ist es jetzt?
checkin-topic_settled = Vorerst geklärt
checkin-topic_still_hard = Immer noch schwer
checkin-choose_topic = Worum ging es vor allem?
checkin-text_hint = <i>Schreib deine Antwort oder tipp auf Überspringen.</i>
checkin-button_skip_question = Überspringen
checkin-saved_text = ✓ Gespeichert.
checkin-saved_private = 🔒 Privat – nur du siehst diese Antwort.
checkin-saved_shared = { $partner } sieht das, wenn ihr beide fertig seid.
checkin-button_make_private = 🔒 Privat halten
checkin-button_share_again = 👀 Doch teilen
checkin-toast_private = Privat 🔒
checkin-toast_shared = Wird geteilt 👀
checkin-toast_invalid = Das ist keine der Antworten auf diese Frage.
checkin-toast_updated = Aktualisiert ✓
checkin-too_long = Das ist eine Menge – danke dir. Passt es in { $limit } Zeichen? (Gespeichert ist noch nichts.)
checkin-closed = Diese Runde ist schon abgeschlossen. Die nächste kommt zu deiner gewohnten Zeit.
checkin-finished_waiting = ✅ <b>Danke – deine Antworten sind gespeichert.</b> Eure geschriebenen Antworten zeige ich euch, sobald auch { $partner } fertig ist.
checkin-finished_both = ✅ <b>Danke – ihr seid beide fertig.</b> Eure Antworten nebeneinander sind unterwegs.
checkin-finished_solo = ✅ <b>Danke – deine Antworten sind gespeichert.</b> Bereit für eine kurze Reflexion?
checkin-button_reflect = 🌱 Reflexion starten
checkin-button_ready = 🗣 Bereit fürs Gespräch
checkin-button_ready_too = 🗣 Ich bin bereit
checkin-partner_finished = { $name } hat die Fragen beantwortet. Deine dauern etwa 3 Minuten – wann immer du so weit bist.
checkin-partner_ready = 🗣 { $name } ist bereit für euer Gespräch. Tipp, sobald du es auch bist.
checkin-waiting_for_partner = 🗣 Schön – ich habe deinem Gegenüber Bescheid gegeben. Das Gespräch beginnt, sobald ihr beide bereit seid.
checkin-meeting_running = Euer Gespräch läuft schon.
checkin-reveal_title = 🔓 <b>Eure Antworten nebeneinander</b> – du und { $partner }
checkin-reveal_you = Du: { $text }
checkin-reveal_partner = { $name }: { $text }
checkin-reveal_private = 🔒 bleibt privat
checkin-reveal_skipped = –
checkin-step_counter = <i>Schritt { $n } von { $total }</i>
checkin-button_next = ⏭ Nächster Schritt
checkin-button_end = ⏹ Beenden
checkin-button_break = 🫶 Wir brauchen eine Pause
checkin-button_resume = ▶️ Weiter
checkin-button_loved = ✍️ Aufschreiben, was ich tue
checkin-button_same_time = ✅ Gleiche Zeit nächste Woche
checkin-button_change_time = 📅 Zeit ändern
checkin-ask_loved = 💛 Was wirst du diese Woche tun, damit sich { $partner } geliebt fühlt? Schreib es so, wie du es sagen würdest – „am Freitag dein Lieblingsessen kochen“. Das wird dein Versprechen.
checkin-ask_loved_solo = 💛 Was wirst du diese Woche tun, damit sich dein Gegenüber geliebt fühlt? Schreib es so, wie du es sagen würdest – „am Freitag Abendessen kochen“. Das wird dein Versprechen.
checkin-loved_made = 🤝 Versprochen: <i>{ $text }</i> – { $when }.
checkin-meeting_done = 🎉 <b>Euer Paargespräch ist geschafft.</b> Danke, dass ihr beide füreinander da wart – das ist der schwierigste Teil.
checkin-meeting_done_solo = 🎉 <b>Deine Reflexion ist geschafft.</b> Danke, dass du dir die Zeit genommen hast.
checkin-new_time = 📅 Euer Paargespräch hat jetzt drei Wochen lang nicht stattgefunden – das ist okay, manchmal ist das Leben einfach voll. Würde euch beiden eine andere Zeit besser passen?
checkin-button_pick_time = 📅 Neue Zeit wählen
checkin-button_keep_time = Zeit beibehalten
checkin-kept_time = Okay – die Zeit bleibt, und ich schicke wieder die üblichen Nachrichten.
checkin-history_title = 📖 <b>Deine letzten Wochen</b>
checkin-history_none = Hier steht noch nichts. Das erste Mal kommt zu deinem wöchentlichen Termin.
checkin-history_row = { $day } – { $status }{ $pulse }{ $partner }{ $topics }
checkin-history_pulse = {" "}· dein Beziehungspuls { $pulse }/21
checkin-history_partner_took_part = {" "}· { $partner } war dabei
checkin-history_topics = {" "}· schwer: { $topics }
checkin-history_trend = Dein Beziehungspuls, älteste Woche zuerst: { $trend }
checkin-status_open = diese Woche
checkin-status_done = geschafft ✓
checkin-status_closed = beantwortet
checkin-status_missed = hat nicht stattgefunden
checkin-status_skipped = ausgesetzt

## insights

insights-link = • <a href="{ $url }">{ $name }</a>{ $what }
insights-link_phone = • <b>{ $name }</b>: { $phone }
insights-link_what = {" "}– { $what }
insights-your_partner = dein Gegenüber
insights-reason_low_weeks =
    dein Beziehungspuls lag { $window ->
        [one] in der letzten Woche
       *[other] { $count ->
            [one] in einer
           *[other] in { $count }
        } der letzten { $window } Wochen
    } unter { $line } (von 21) ({ $pulses })
insights-reason_drop_run =
    dein Beziehungspuls liegt seit { $run ->
        [one] einer Woche
       *[other] { $run } Wochen
    } mindestens { $points ->
        [one] einen Punkt
       *[other] { $points } Punkte
    } unter deinem üblichen Wert von etwa { $baseline } ({ $pulses })
insights-reason_conflict_weeks =
    du hast dich { $window ->
        [one] in der letzten Woche
       *[other] { $count ->
            [one] in einer
           *[other] in { $count }
        } der letzten { $window } Wochen
    } oft kritisiert, nicht respektiert, in die Defensive gedrängt oder ausgeschlossen gefühlt, und dein Beziehungspuls war auch niedrig
insights-reason_topic_weeks =
    „{ $topic }“ war { $window ->
        [one] in der letzten Woche
       *[other] { $count ->
            [one] in einer
           *[other] in { $count }
        } der letzten { $window } Wochen
    } schwer
insights-reason_promises =
    in den letzten vier Wochen { $kept ->
        [one] wurde
       *[other] wurden
    } { $kept } von { $resolved } Versprechen gehalten
insights-reason_disengaged =
    { $partner } hat seit { $weeks ->
        [one] einer Woche
       *[other] { $weeks } Wochen
    } die Fragen zum Paargespräch nicht beantwortet
insights-reason_persisting =
    diese Anzeichen sind { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    } nach meinem ersten Hinweis immer noch da
insights-reason_both_low =
    ihr hattet { $count ->
        [one] einmal
       *[other] { $count }-mal
    } beide in derselben Woche einen niedrigen Beziehungspuls

insights-suggest_help =
    💬 <b>Mir ist etwas aufgefallen – nur für dich</b>
    { $reasons }

    Das darfst du ernst nehmen, und du musst es nicht allein lösen. Drei Arten von Unterstützung, die Paaren oft helfen:

    <b>Ein strukturiertes Online-Programm</b> – erprobte Übungen, die ihr gemeinsam zu Hause macht, in eurem eigenen Tempo:
    { $programmes }

    <b>Beziehungscoaching</b> – praktische Werkzeuge und ein Plan für die nächsten Monate:
    { $coaches }

    <b>Paartherapie</b> – eine neutrale Fachperson, die euch beiden hilft, eure Muster zu erkennen und zu verändern:
    { $therapy }

    Diese Nachricht siehst nur du. Wenn du möchtest, schlage ich deinem Gegenüber vor, dass ihr euch das gemeinsam anschaut – aber nur, wenn du auf den Knopf tippst.

insights-recommend_therapy =
    💛 <b>Meine Empfehlung: eine Paartherapie</b>
    { $reasons }

    Wenn es so lange schwer bleibt, kann eine ausgebildete Fachperson für Paartherapie auf eine Weise helfen, wie es eine App nicht kann. Viele Paare merken schon nach wenigen Sitzungen einen echten Unterschied.

    <b>So findest du jemanden</b>
    { $therapy }
    • Achte auf eine Ausbildung in Paartherapie, zum Beispiel in Emotionsfokussierter Paartherapie (EFT) oder nach der Gottman-Methode; viele bieten auch Online-Sitzungen an.
    • In der ersten Sitzung geht es vor allem ums Kennenlernen. Es ist völlig in Ordnung, mehr als eine Person auszuprobieren, bis es sich richtig anfühlt.

    Diese Nachricht siehst nur du.

insights-suggest_individual =
    💬 <b>Mir ist etwas aufgefallen – nur für dich</b>
    { $reasons }

    Du verdienst Unterstützung. Eine Beratung nur für dich kann dir helfen, zu sortieren, was gerade passiert und was du brauchst – vertraulich:
    { $individual }

    Diese Nachricht siehst nur du.

insights-button_share = 💬 Mit { $partner } gemeinsam anschauen
insights-button_not_now = Jetzt nicht
insights-button_why = Warum sehe ich das?
insights-not_now = Okay – ich spreche das vier Wochen lang nicht mehr an. Unter /insights findest du alles, wann immer du es brauchst.
insights-shared = 💬 Erledigt – ich habe { $partner } gefragt, ob ihr euch gemeinsam ein paar Möglichkeiten anschauen wollt. Von deinen Antworten habe ich nichts weitergegeben.
insights-partner_invited = 💛 { $name } möchte sich gern gemeinsam mit dir zusätzliche Unterstützung für eure Beziehung anschauen – ein Programm für zu Hause, ein Coaching oder eine Beratung. Möchtest du die Möglichkeiten sehen?
insights-button_show_options = 📚 Möglichkeiten zeigen

insights-options =
    📚 <b>Unterstützung, die ihr euch gemeinsam anschauen könnt</b>

    <b>Online-Programme</b>
    { $programmes }

    <b>Beziehungscoaching</b>
    { $coaches }

    <b>Paartherapie</b>
    { $therapy }

insights-why_title = <b>Warum du das siehst</b> – aus deinen eigenen Antworten:

insights-overview =
    📈 <b>Deine Einblicke</b> – nur du kannst sie sehen.
    Das Diagramm zeigt deinen Beziehungspuls Woche für Woche (die gepunktete Linie ist die übliche Belastungsschwelle von 13,5), wie viele Versprechen du gehalten hast und deine kleinen Gesten.

insights-overview_no_chart = 📈 <b>Deine Einblicke</b> – nur du kannst sie sehen.
insights-overview_none = Bisher keine Vorschläge: Nichts in deinen Antworten hat mehr gebraucht als die kleinen Tipps unterwegs.
insights-overview_recent = <b>Meine bisherigen Vorschläge</b> und warum:
insights-overview_item = { $day }: { $reasons }
insights-chart_title =
    { $weeks ->
        [one] Deine letzte Woche
       *[other] Deine letzten { $weeks } Wochen
    }
insights-chart_acts = Gemachte kleine Gesten
insights-chart_acts_axis = Kleine Gesten (pro Woche)
insights-chart_pulse = Dein Beziehungspuls (0–21)
insights-chart_kept = Gehaltene Versprechen (skaliert, 21 = alle)
insights-chart_distress = Belastungsschwelle ({ $line })
insights-chart_pulse_axis = Beziehungspuls
insights-chart_default_title = Deine Wochen
insights-no_data = 📈 Deine Einblicke erscheinen, sobald du die wöchentlichen Fragen ein- oder zweimal beantwortet hast.

## safety

safety-intro = 💛 <b>Danke, dass du mir das anvertraust.</b> Was du geschrieben hast, klingt wirklich schwer. Du verdienst es, sicher zu sein und Unterstützung zu bekommen. Du bist damit nicht allein.
safety-emergency = 🚨 <b>Wenn du gerade in Gefahr bist, ruf sofort die { $number } an.</b>
safety-emergency_plain = Falls du jemals in akuter Gefahr bist, ruf die { $number } an.
safety-self_harm = Wenn du daran denkst, dir das Leben zu nehmen oder dir etwas anzutun, wende dich bitte jetzt an jemanden – ein Gespräch kann dir helfen, durch diesen Moment zu kommen:
safety-abuse = Wenn die Person, mit der du zusammen bist, dir wehtut, dir droht oder dir Angst macht, ist das nicht deine Schuld. Ein spezialisiertes Hilfetelefon kann vertraulich mit dir darüber sprechen und dir helfen, in Sicherheit zu bleiben:
safety-line = • <b>{ $name }</b>{ $details }
safety-elsewhere = Du bist in einem anderen Land? { $name }: { $url }
safety-private = Das bleibt zwischen dir und mir. Dein Gegenüber erfährt nichts davon, und an dem, was dein Gegenüber bei Rekindle sieht, ändert sich nichts.
safety-kept_private = Ich habe diese Antwort privat gehalten – dein Gegenüber bekommt sie nicht zu sehen.
safety-carry_on = Wenn du so weit bist, kannst du mit /checkin weitermachen – oder es für jetzt dabei lassen.
safety-phone = 📱 <b>Sicherheit auf dem Handy:</b> Wenn jemand anderes in dein Handy schauen könnte, kannst du dieses Gespräch mit dem Knopf unten entfernen. Viele Websites von Hilfetelefonen haben außerdem einen Knopf, mit dem du die Seite schnell verlassen kannst.
safety-button_delete = 🗑 Diese Nachrichten löschen
safety-deleted = Gelöscht.
safety-check =
    🤍 Manches von dem, was du geschrieben hast, klingt schwer. <b>Bist du gerade in Sicherheit?</b>

    Egal, was du antwortest: Es bleibt zwischen dir und mir. Dein Gegenüber erfährt nichts, und was du geschrieben hast, habe ich nicht weitergegeben.
safety-button_help = 🆘 Zeig mir, wo ich Hilfe finde
safety-button_ok = 🙂 Mir geht's gut
safety-check_ok =
    Danke, dass du mir Bescheid gibst. 💛

    Was du geschrieben hast, habe ich nirgends verwendet. Wenn es als Antwort gedacht war, schick es einfach noch einmal. Und falls du dich irgendwann nicht mehr sicher fühlst, kannst du mir jederzeit schreiben.
safety-stop_emergency = 🚨 <b>Wenn gerade jemand in Gefahr ist, ruf sofort die { $number } an.</b>
safety-stop_intro = 💛 <b>Danke, dass du so ehrlich bist.</b> Das auszusprechen braucht Mut. Wer dem Menschen, den er liebt, wehtut, droht oder Angst macht, muss damit nicht weitermachen – und der Wunsch aufzuhören ist der Anfang von Veränderung.
safety-stop_lines = Genau dafür gibt es Hilfe – vertraulich und ohne Verurteilung:
safety-stop_no_lines = Ein Krisentelefon kann jetzt gleich mit dir darüber sprechen, und eine Ärztin, ein Arzt oder eine Beratungsstelle kann dir ein Programm für Menschen nennen, die aufhören wollen:
safety-stop_other_way = Falls es andersherum ist und dir wehgetan oder Angst gemacht wird, ist diese Stelle für dich da: { $line }
safety-stop_private = Das bleibt zwischen dir und mir. Dein Gegenüber erfährt nichts davon, und an dem, was dein Gegenüber bei Rekindle sieht, ändert sich nichts.
safety-question_intro = 🔒 <b>Eine private Frage, nur für dich.</b> Das frage ich alle ab und zu. { $partner } sieht sie nie und erfährt nicht, dass ich gefragt habe. Gespeichert wird nur deine Antwort als kurzer Code mit Datum – keine Worte.
safety-question_intro_solo = 🔒 <b>Eine private Frage, nur für dich.</b> Das frage ich alle ab und zu. Dein Gegenüber sieht sie nie und erfährt nicht, dass ich gefragt habe. Gespeichert wird nur deine Antwort als kurzer Code mit Datum – keine Worte.
safety-question_counter = <i>{ $n } von { $total }</i>
safety-question-afraid = Hattest du in den letzten Wochen Angst vor der Person, mit der du zusammen bist?
safety-question-hurt = Hat die Person, mit der du zusammen bist, dir wehgetan oder gedroht, dir wehzutun?
safety-question-forced = Hat die Person, mit der du zusammen bist, dich zu etwas gedrängt oder gezwungen, das du nicht wolltest – sexuell oder anders?
safety-button_yes = Ja
safety-button_no = Nein
safety-button_pass = Möchte ich nicht sagen
safety-question_thanks = 🔒 Danke für deine Antwort. Wenn sich irgendwann etwas ändert, kannst du es mir hier jederzeit sagen – es bleibt zwischen uns.
safety-question_thanks_checkin = 🔒 Danke für deine Antwort. Wenn sich irgendwann etwas ändert, kannst du es mir hier jederzeit sagen – es bleibt zwischen uns. Und jetzt zu den Fragen dieser Woche:
safety-question_worry = 💛 <b>Danke, dass du so ehrlich geantwortet hast.</b> Was du mir gesagt hast, ist wichtig, und es ist nicht deine Schuld. Du verdienst es, dich in deiner Beziehung sicher zu fühlen. Deshalb schlage ich euch keine Paartherapie vor: Wenn eine Person in der Beziehung Angst hat, ist eine Fachstelle, die mit dir allein spricht, der sicherere erste Schritt.

## settings

settings-summary =
    ⚙️ <b>Deine Einstellungen</b>

    Name: <b>{ $name }</b>
    Zeitzone: <b>{ $zone }</b> (jetzt { $local_time } Uhr)
    Tägliche kleine Geste: <b>{ $act_time } Uhr</b>
    Ruhezeiten: <b>{ $quiet }</b>
    Verbunden mit: { $partner }
    Fernbeziehung: <b>{ $long_distance }</b>
    Bescheid geben, wenn ich meine Geste gemacht habe: <b>{ $share_acts }</b>
    Status: { $status }
    Sprache: <b>{ $language }</b>

settings-partner_none = noch niemandem – /invite
settings-status_active = aktiv
settings-status_paused = pausiert bis { $until }
settings-button_name = ✏️ Name
settings-button_timezone = 🌍 Zeitzone
settings-button_act_time = ⏰ Uhrzeit der Geste
settings-button_quiet = 🌙 Ruhezeiten
settings-button_pause = ⏸ Pause
settings-button_language = 🗣 Sprache
settings-button_resume = ▶️ Fortsetzen
settings-button_unpair = 💔 Verbindung lösen
settings-button_invite = 💌 Einladen
settings-button_long_distance_on = 🛫 Fernbeziehung
settings-button_long_distance_off = 🏠 Wir wohnen zusammen
settings-button_share_on = 💛 Bescheid geben: an
settings-button_share_off = 💛 Bescheid geben: aus
settings-state_on = an
settings-state_off = aus
settings-long_distance_on = 🛫 Fernbeziehung ist an: keine Gesten mehr, für die ihr am selben Ort sein müsst.
settings-long_distance_off = 🏠 Fernbeziehung ist aus: Gesten fürs Zusammensein sind wieder dabei.
settings-partner_long_distance_on = { $name } hat eingestellt, dass ihr eine Fernbeziehung führt – deine kleinen Gesten funktionieren jetzt alle auch aus der Ferne. 🛫
settings-partner_long_distance_off = { $name } hat eingestellt, dass ihr wieder am selben Ort lebt – Gesten fürs Zusammensein sind wieder dabei. 🏠
settings-saved = Gespeichert ✓
settings-ask_quiet = 🌙 <b>Ruhezeiten</b> – bis sie vorbei sind, halte ich Erinnerungen und Neuigkeiten zurück. Wähl einen Zeitraum oder schreib einen, etwa <i>22:00-08:00</i>.
settings-bad_quiet = „{ $text }“ konnte ich nicht als Zeitraum lesen. Versuch es mit <i>22:00-08:00</i> oder <i>23-7</i>.
settings-quiet_saved = 🌙 Ruhezeiten: <b>{ $quiet }</b>.
settings-quiet_off = aus
settings-quiet_off_button = Keine Ruhezeiten

settings-ask_pause =
    ⏸ <b>Brauchst du etwas Abstand?</b> Eine abgesprochene Pause kann guttun. Ich bleibe dann ganz still – keine Gesten, keine Erinnerungen, keine Paargespräche – bis zu dem Tag, den du wählst. Dein Gegenüber wird nicht benachrichtigt; vielleicht magst du selbst Bescheid sagen.

    Wähl aus, wie lange, oder schreib ein Datum (<i>Freitag</i>, <i>1. Dezember</i>).

settings-pause_1 = 1 Tag
settings-pause_3 = 3 Tage
settings-pause_7 = 1 Woche
settings-pause_14 = 2 Wochen
settings-bad_pause = „{ $text }“ konnte ich nicht als Datum zwischen morgen und in 90 Tagen lesen. Versuch es mit <i>Freitag</i>, <i>nächsten Montag</i> oder <i>1. Dezember</i>.
settings-already_paused = ⏸ Du hast schon eine Pause bis <b>{ $until }</b>. Wähl unten einen anderen Tag, um sie zu ändern, oder schick /resume, um jetzt wieder alles einzuschalten.
settings-paused = ⏸ Pausiert bis <b>{ $until }</b>. An diesem Morgen bin ich wieder da – oder schick jederzeit /resume.
settings-resumed = ▶️ Schön, dass du wieder da bist! Alles ist wieder eingeschaltet.
settings-ask_language = 🗣 In welcher Sprache soll ich dir schreiben? (Das gilt ab jetzt für alles, was ich dir schicke – was dein Gegenüber schreibt, bleibt so, wie es geschrieben wurde.)
settings-language_saved = 🗣 Ab jetzt schreibe ich dir auf Deutsch.
settings-not_paused = Du machst gerade keine Pause – alles ist eingeschaltet.

## privacy

privacy-export_caption = 📦 Alles, was Rekindle über dich speichert, als JSON. Die privaten Antworten deines Gegenübers sind nicht enthalten.

privacy-delete_confirm =
    ⚠️ <b>Deine Daten löschen?</b>

    Damit werden deine Einstellungen, Antworten, Versprechen und Gesten dauerhaft gelöscht. Wenn du verbunden bist, endet die Verbindung, und dein Gegenüber erfährt nur, dass du gegangen bist. Das lässt sich nicht rückgängig machen.

privacy-delete_yes = Ja, alles löschen
privacy-delete_no = Nein, Daten behalten
privacy-deleted = 🗑 Erledigt. Alles über dich ist gelöscht. Wenn du irgendwann zurückkommen möchtest, schick /start. Pass auf dich auf 💛
privacy-delete_kept = Es wurde nichts gelöscht.
privacy-withdraw_button = 🚪 Einwilligung widerrufen und Daten löschen

privacy-partner_left =
    Dein Gegenüber hat Rekindle verlassen, deshalb ist eure Verbindung beendet. Du kannst Rekindle allein weiter nutzen, und dein Verlauf bleibt dir erhalten.

    Geh heute behutsam mit dir um 💛

## outbox

# Several notices about the partner, waiting for the same person, sent as one message: this
# heads the list.
outbox-while_away = Während du weg warst:
