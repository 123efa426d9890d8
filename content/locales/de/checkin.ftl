### Das wöchentliche Paargespräch (content/checkin.yaml): die privaten Fragen, die jede
### Person allein beantwortet, und der angeleitete Ablauf für die 30 Minuten zu zweit.
### Die Fragen zur Beziehung folgen dem Aufbau des CSI-4 (eine Messung: Bedeutung genau halten).

## Wie geht es eurer Beziehung? (Skala 0 bis max)

checkin-pulse-happiness = Alles in allem: Wie glücklich warst du diese Woche in eurer Beziehung?
    .low = sehr unglücklich
    .high = so glücklich wie nur möglich
checkin-pulse-warmth = Wie warm und angenehm hat es sich zwischen euch beiden angefühlt?
    .low = überhaupt nicht
    .high = voll und ganz
checkin-pulse-rewarding = Wie bereichernd hat sich eure Beziehung diese Woche für dich angefühlt?
    .low = überhaupt nicht
    .high = voll und ganz
checkin-pulse-satisfied = Insgesamt gesehen: Wie zufrieden bist du gerade mit eurer Beziehung?
    .low = überhaupt nicht
    .high = voll und ganz

## Wie oft in dieser Woche …

checkin-patterns-intro = Wie oft hattest du diese Woche das Gefühl, …
checkin-patterns-scale-0 = Gar nicht
checkin-patterns-scale-1 = Ein- oder zweimal
checkin-patterns-scale-2 = Oft
checkin-patterns-scale-3 = Sehr oft
checkin-pattern-criticised = …von deinem Gegenüber kritisiert zu werden?
checkin-pattern-disrespected = …nicht respektiert oder verspottet zu werden?
checkin-pattern-defensive = …dich verteidigen zu müssen?
checkin-pattern-shut_out = …ausgeschlossen oder ignoriert zu werden?

## Die geschriebenen Fragen

checkin-written-went_well = ✍️ <b>Was lief diese Woche gut?</b> Ob groß oder klein.
checkin-written-hard = ✍️ <b>Was war schwer?</b>
checkin-written-improve = ✍️ <b>Was können wir besser machen?</b> Eine Sache, die du nächste Woche ausprobieren möchtest.

## Themen (Knöpfe, je drei in einer Reihe)

checkin-topic-time = Zeit zu zweit
checkin-topic-communication = Kommunikation
checkin-topic-money = Geld
checkin-topic-chores = Haushalt
checkin-topic-intimacy = Intimität
checkin-topic-family = Familie
checkin-topic-work = Arbeitsstress
checkin-topic-trust = Vertrauen
checkin-topic-other = Etwas anderes

## Das Gespräch zu zweit (30 Minuten). $first und $second sind eure Namen, $slot der Termin.

checkin-agenda-appreciations =
    💛 <b>Wertschätzung</b> · 5 Minuten
    Nennt euch abwechselnd drei konkrete Dinge, die ihr diese Woche aneinander geschätzt habt – „Ich fand es so schön, als du …“. { $first } beginnt. Einfach zuhören und Danke sagen, ohne „aber“.
checkin-agenda-went_well =
    ✅ <b>Was gut lief – und die Versprechen der letzten Woche</b> · 5 Minuten
    Erzählt euch, was bei euch beiden gut gelaufen ist. Dann schaut gemeinsam auf die Versprechen der letzten Woche: Feiert die gehaltenen – und seid bei den anderen neugierig statt kritisch.
checkin-agenda-week_ahead =
    📅 <b>Die kommende Woche</b> · 3 Minuten
    Volle Tage, Pläne, alles, was ihr voneinander wissen solltet. Wann könntet ihr etwas Zeit nur für euch zwei finden?
checkin-agenda-hard_topic =
    🧭 <b>Ein schwieriges Thema</b> · 12 Minuten
    Wählt <i>ein</i> Thema, nicht alles auf einmal. Sprecht abwechselnd: Wer redet, sagt „Ich fühle mich …, wenn …, und ich brauche …“; wer zuhört, wiederholt erst mit eigenen Worten, was angekommen ist, und antwortet dann.
    { $first } spricht zuerst (4 Minuten), dann { $second } (4 Minuten), danach sucht ihr gemeinsam eine kleine Sache, die ihr ausprobieren wollt.
    Wenn es hitzig wird, tippt auf <b>Wir brauchen eine Pause</b>.
checkin-agenda-loved =
    🌱 <b>Etwas Schönes für diese Woche</b> · 4 Minuten
    Plant gemeinsam eine schöne Sache. Dann fragt euch gegenseitig: <i>„Was kann ich diese Woche tun, damit du dich geliebt fühlst?“</i>
    Hört euch die Antwort an und schreibt dann beide hier auf, was ihr tun werdet – das wird euer Versprechen.
checkin-agenda-next_week =
    📅 <b>Nächste Woche</b> · 1 Minute
    Gleiche Zeit nächste Woche ({ $slot })? Sagt einander Danke, dass ihr da wart – das ist der schwierigste Teil.

## Allein (wer Rekindle ohne die andere Person nutzt)

checkin-solo-agenda-appreciations =
    💛 <b>Wertschätzung</b> · 5 Minuten
    Schreib drei konkrete Dinge auf, die du diese Woche an deinem Gegenüber geschätzt hast. Vielleicht magst du heute eines davon aussprechen.
checkin-solo-agenda-went_well =
    ✅ <b>Was gut lief – und deine Versprechen</b> · 5 Minuten
    Schau auf deine Woche zurück und auf die Versprechen, die du gegeben hast. Was hat geholfen, wenn es gut lief?
checkin-solo-agenda-week_ahead =
    📅 <b>Die kommende Woche</b> · 3 Minuten
    Was steht an? Wo könntest du ein bisschen Zeit für euch zwei schaffen?
checkin-solo-agenda-hard_topic =
    🧭 <b>Ein schwieriges Thema</b> · 12 Minuten
    Such dir eine Sache aus, die schwer war. Überleg dir, wie du sie freundlich ansprechen könntest: „Ich fühle mich …, wenn …, und ich brauche …“. Schreib es auf und sag es einmal laut.
checkin-solo-agenda-loved =
    🌱 <b>Etwas Schönes für diese Woche</b> · 4 Minuten
    Was könntest du diese Woche tun, damit sich dein Gegenüber geliebt fühlt? Schreib es hier auf – das wird dein Versprechen.
checkin-solo-agenda-next_week =
    📅 <b>Nächste Woche</b> · 1 Minute
    Gleiche Zeit nächste Woche ({ $slot }). Schön, dass du dir diese Zeit genommen hast.

## Pause

checkin-break =
    🫶 <b>Machen wir eine Pause.</b>
    Geht für etwa 20 Minuten auseinander. Atmet langsam, geht ein paar Schritte, trinkt etwas Wasser. Versucht, den Streit nicht im Kopf noch einmal durchzuspielen – lasst einfach euren Körper zur Ruhe kommen.
    Wenn ihr euch beide ruhiger fühlt, tippt auf <b>Weiter</b> und macht dort weiter, wo ihr aufgehört habt.
