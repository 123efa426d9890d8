### Die Nachrichten der täglichen Frage (issue 19). Die Fragen selbst stehen in questions.ftl.
### „Du“ ist die lesende Person; { $name } / { $partner } die andere.

## die Frage, und darauf antworten

questions-daily_title = 💭 <b>Die Frage des Tages für euch zwei</b> · { $emoji } { $category }
questions-daily_hint = Antworte einfach hier. { $partner } sieht deine Antwort erst, wenn ihr beide geantwortet habt – und dann siehst du auch die andere.
questions-solo_title = 💭 <b>Dein Gedanke für heute</b> · { $emoji } { $category }
questions-solo_hint = Antworte einfach hier. Die Antwort bleibt bei dir; unter /questions findest du alle deine Gedanken wieder.

questions-saved = ✓ Gespeichert. { $partner } sieht deine Antwort, sobald auch die andere Antwort da ist – und du siehst sie dann auch. Bis dahin kannst du deine noch ändern.
questions-solo_saved = ✓ Bei deinen Gedanken gespeichert. Unter /questions siehst du alle.
questions-button_edit = ✏️ Antwort ändern
questions-ask_new_answer = ✏️ Schick mir deine neue Antwort – sie ersetzt die bisherige.
questions-confirm_replace = Du hast die heutige Frage schon beantwortet. Soll das hier deine Antwort ersetzen?
questions-button_replace = Ja, ersetzen
questions-button_keep = Erste Antwort behalten
questions-replaced = ✓ Geändert. { $partner } sieht deine neue Antwort, sobald die andere Antwort auch da ist.
questions-replaced_solo = ✓ Geändert.
questions-kept = Alles klar – deine erste Antwort bleibt.
questions-closed = Ihr habt beide geantwortet, deshalb seht ihr eure Antworten jetzt gegenseitig, und sie lassen sich nicht mehr ändern.
questions-over = Diese Frage ist schon abgeschlossen, inzwischen kam eine neue. Deine Antwort bleibt, wie sie war.
questions-too_long = Das ist eine lange Antwort! Magst du sie auf unter { $limit } Zeichen kürzen?

## die Auflösung

questions-reveal_title = 🔓 <b>Ihr habt beide geantwortet</b> · { $emoji } { $category }
questions-reveal_you = <b>Du:</b> { $text }
questions-reveal_partner = <b>{ $name }:</b> { $text }
questions-both_this_month = { $count ->
    [one] Diesen Monat habt ihr an einem Tag beide geantwortet.
   *[other] Diesen Monat habt ihr an { $count } Tagen beide geantwortet.
}
questions-button_heart = ❤️
questions-button_talk = 💬 Lass uns heute Abend darüber reden
questions-toast_heart = ❤️ An { $name } geschickt
questions-toast_talk = 💬 { $name } weiß jetzt, dass du heute Abend gern darüber reden möchtest.
questions-toast_already = Schon geschickt 🙂
questions-partner_heart = ❤️ { $name } hat deine Antwort geliebt: <i>{ $question }</i>
questions-partner_talk = 💬 { $name } würde heute Abend gern darüber reden: <i>{ $question }</i>

## die Erinnerung (höchstens einmal am Tag, nur solange unbeantwortet)

questions-nudge_partner_answered = 💭 { $name } hat die heutige Frage beantwortet. Schick deine Antwort, dann seht ihr beide Antworten: <i>{ $question }</i>
questions-nudge = 💭 Die heutige Frage ist noch offen – wann immer du eine Minute hast: <i>{ $question }</i>

## /questions

questions-archive_title = 🗂 <b>Eure täglichen Fragen</b> ({ $page }/{ $pages })
questions-archive_empty = Noch keine täglichen Fragen. Du kannst sie unter /settings → 💭 Tägliche Frage einschalten.
questions-archive_entry = <b>{ $day }</b> · { $emoji } <i>{ $question }</i>
questions-archive_you = Du: { $text }
questions-archive_partner = { $name }: { $text }
questions-archive_not_answered = Du: – (nicht beantwortet)
questions-archive_erased = (nach 26 Wochen gelöscht)
questions-archive_private = 🔒 Nicht beide haben geantwortet, deshalb siehst du nur deine eigene Antwort.
questions-button_newer = ◀ Neuere
questions-button_older = Ältere ▶

## ein- und ausschalten (/settings, und das Angebot nach dem Verbinden)

questions-settings_button = 💭 Tägliche Frage
questions-menu =
    💭 <b>Tägliche Frage</b>
    Jeden Tag eine kurze Frage für euch zwei, zur selben Uhrzeit, egal wo ihr gerade seid. Eure Antworten bleiben privat, bis ihr beide geantwortet habt; dann seht ihr beide Antworten.
questions-menu_solo =
    💭 <b>Täglicher Gedanke</b>
    Jeden Tag eine kurze Frage über deine Beziehung, nur für dich, zu der Uhrzeit, die du wählst.
questions-menu_on = Jetzt: <b>jeden Tag um { $time }</b>.
questions-menu_off = Jetzt: <b>aus</b>. Wähl eine Uhrzeit zum Starten oder schreib eine, etwa <i>19:30</i>:
questions-intimacy_state_on = 🕯️ Fragen zur Intimität: <b>an</b>
questions-intimacy_state_off = 🕯️ Fragen zur Intimität: <b>aus</b> – sie kommen nur, wenn ihr sie beide einschaltet.
questions-intimacy_state_off_solo = 🕯️ Fragen zur Intimität: <b>aus</b>
questions-intimacy_state_mine = 🕯️ Fragen zur Intimität: Ich warte, bis { $partner } auch zustimmt.
questions-intimacy_state_theirs = 🕯️ Fragen zur Intimität: { $partner } hätte sie gern – sie starten, sobald du auch zustimmst.
questions-button_time = ⏰ Uhrzeit ändern
questions-button_off = Ausschalten
questions-button_intimacy_suggest = 🕯️ Fragen zur Intimität vorschlagen
questions-button_intimacy_on = 🕯️ Mit Fragen zur Intimität
questions-button_intimacy_off = 🕯️ Ohne Fragen zur Intimität
questions-button_later = Jetzt nicht
questions-ask_time = ⏰ Um wie viel Uhr soll die tägliche Frage kommen? Wähl eine Zeit oder schreib eine, etwa <i>19:30</i>. Es ist für euch beide dieselbe Uhrzeit, jeweils dort, wo ihr seid.
questions-bad_time = „{ $text }“ konnte ich nicht als Uhrzeit lesen. Versuch es mit <i>20:00</i> oder <i>20 Uhr</i>.
questions-on = 💭 <b>Die tägliche Frage ist an</b> – jeden Tag um { $time }, bei euch beiden um { $time } Ortszeit. Die erste kommt { $first }.
questions-on_solo = 💭 <b>Dein täglicher Gedanke ist an</b> – jeden Tag um { $time }. Der erste kommt { $first }.
questions-in_quiet_hours = 🌙 { $time } liegt in deinen Ruhezeiten, deshalb wartet deine Frage, bis sie vorbei sind.
questions-partner_in_quiet_hours = 🌙 { $time } liegt in den Ruhezeiten von { $name }, deshalb wartet die Frage dort, bis sie vorbei sind.
questions-off = Die tägliche Frage ist aus. Deine Antworten bleiben unter /questions; du kannst sie jederzeit in /settings wieder einschalten.
questions-later = Okay, jetzt nicht. Du kannst sie jederzeit unter /settings → 💭 Tägliche Frage einschalten.
questions-intimacy_now_on = 🕯️ Fragen zur Intimität sind für euch beide an: Ab und zu ist eine davon eure tägliche Frage.
questions-intimacy_now_on_solo = 🕯️ Fragen zur Intimität sind an: Ab und zu ist eine davon dein Gedanke für den Tag.
questions-intimacy_asked = 🕯️ Ich habe { $partner } gefragt. Die Fragen zur Intimität starten, sobald die Zustimmung da ist.
questions-intimacy_now_off = 🕯️ Keine Fragen zur Intimität. (Um sie wieder einzuschalten, braucht es euch beide.)
questions-intimacy_now_off_solo = 🕯️ Keine Fragen zur Intimität.
questions-intimacy_not_now = Okay, es bleibt erst mal alles, wie es ist. Du kannst jederzeit unter /settings → 💭 Tägliche Frage Ja sagen.

questions-offer =
    💭 <b>Eine tägliche Frage für euch zwei?</b>
    Jeden Tag eine kurze Frage – etwas Leichtes, eine Erinnerung, ein Traum –, die ihr beide für euch beantwortet. Eure Antworten bleiben privat, bis ihr beide geantwortet habt; dann seht ihr beide Antworten.

    Wähl eine Uhrzeit (für euch beide dieselbe, jeweils dort, wo ihr seid) – oder jetzt nicht:
questions-already_on = 💭 Ihr zwei habt auch die tägliche Frage: jeden Tag um { $time }, eure Zeit. Unter /questions findest du die bisherigen.

## Neues von der anderen Person

questions-partner_on = 💭 { $name } hat die tägliche Frage für euch beide eingeschaltet: jeden Tag eine kurze Frage, um { $time } deiner Zeit. Eure Antworten bleiben privat, bis ihr beide geantwortet habt. (Ändern kannst du das unter /settings → 💭 Tägliche Frage.)
questions-partner_time = 💭 { $name } hat die tägliche Frage auf { $time } verlegt, deine Zeit.
questions-partner_off = 💭 { $name } hat die tägliche Frage ausgeschaltet. Eure Antworten bleiben unter /questions.
questions-intimacy_suggested = 🕯️ { $name } hätte gern, dass ab und zu auch Fragen zur Intimität dabei sind – zärtlich und verspielt, nie explizit. Sie starten nur, wenn du auch zustimmst.
questions-button_intimacy_yes = Ja, gern
questions-partner_intimacy_on = 🕯️ { $name } hat zugestimmt: Fragen zur Intimität sind für euch beide an.
questions-partner_intimacy_off = 🕯️ { $name } hat die Fragen zur Intimität ausgeschaltet. (Um sie wieder einzuschalten, braucht es euch beide.)
