### Kleine tägliche Gesten (content/acts.yaml). Jede Person bekommt pro Tag eine davon,
### zu ihrer eigenen Uhrzeit. Angesprochen wird die lesende Person mit „du“; die andere
### Person wird möglichst ohne Geschlecht benannt (euch, einander, direkte Rede, „dein Schatz“).

## Kategorien

act-category-affection = Zuneigung
act-category-appreciation = Wertschätzung und Dankbarkeit
act-category-quality-time = Zeit zu zweit
act-category-novelty = Gemeinsame Erlebnisse und Neues
act-category-service = Hilfsbereitschaft
act-category-communication = Kommunikation
act-category-trust = Vertrauen und Verlässlichkeit
act-category-repair = Versöhnung nach einem Streit
act-category-self-work = Arbeit an dir selbst
act-category-long-distance = Fernbeziehung

## Zuneigung

act-affection-01 = Wenn ihr das nächste Mal nebeneinandersitzt, greif nach der Hand neben dir und lass sie ein paar Minuten lang nicht los.
act-affection-02 = Nehmt euch mindestens zwanzig Sekunden lang in den Arm – und lass nicht zuerst los.
act-affection-03 = Leg einen kurzen handgeschriebenen Zettel dorthin, wo er später am Tag entdeckt wird, und schreib eine Sache darauf, die du liebst: „Ich liebe an dir, dass …“
act-affection-04 = Wenn ihr euch heute zum ersten Mal seht, begrüß deinen Schatz mit einer warmen Umarmung oder einem Kuss – was eben besser ankommt –, noch bevor es um Pläne oder den Haushalt geht.
act-affection-05 = Schick mitten am Tag eine kurze Nachricht: „Ich denke gerade an dich“ – und schreib dazu, was dich darauf gebracht hat.
act-affection-06 = Biete ein paar Minuten lang eine ruhige Schulter- oder Handmassage an, während ihr euch unterhaltet oder zusammen etwas anschaut.
act-affection-07 = Sag heute in einem ganz beliebigen Moment „Ich liebe dich“ – nicht zum Abschied, nicht als Antwort, einfach so, weil es stimmt.
act-affection-08 = Setz dich heute Abend beim Entspannen so nah dazu, dass ihr euch berührt, statt getrennt auf verschiedenen Plätzen oder in verschiedenen Zimmern zu sitzen.
act-affection-09 = Bevor heute jemand von euch aus dem Haus geht, nimm dir einen Moment für einen richtigen Abschied: eine Umarmung, ein Blick in die Augen, ein liebes Wort.
act-affection-10 = Frag nach: „Welche Art von Zuwendung tut dir gerade am meisten gut?“ Und dann schenk heute einmal genau das.
act-affection-11 = Leg heute im Vorbeigehen für einen Moment sanft deine Hand auf Rücken oder Schulter.
act-affection-12 = Schick ein Foto von euch beiden aus einer glücklichen Zeit, dazu eine Zeile, woran du dich von diesem Tag erinnerst.
act-affection-13 = Sag deinem Herzensmenschen eine Sache, die du anziehend findest und die nichts mit dem Aussehen zu tun hat – das Lachen zum Beispiel oder die Art zu denken.
act-affection-14 = Legt oder setzt euch zehn Minuten zusammen, ohne Bildschirme, und seid einfach nah beieinander – ob ihr redet oder schweigt.
act-affection-15 = Schick eine herzliche Guten-Morgen-Nachricht, bevor der Tag hektisch wird – mit etwas, worauf du dich freust: „Ich freu mich heute auf … mit dir.“
act-affection-16 = Schenk ein paar Minuten lang eine sanfte Berührung, die gut ankommt – über den Arm streichen, die Hand halten –, ohne dass daraus mehr werden muss.
act-affection-17 = Leg ein Lied auf, das euch beiden etwas bedeutet, und lade zu einem langsamen Tanz ein – oder haltet euch einfach im Arm, solange es läuft.
act-affection-18 = Wünsch heute Abend etwas herzlicher als sonst eine gute Nacht – mit ein paar lieben Worten zum Tag, etwa: „Ich fand so schön, wie du heute … Schlaf gut.“

## Wertschätzung und Dankbarkeit

act-appreciation-01 = Sag ganz konkret, wofür du diese Woche dankbar warst: „Danke, dass du … – das hat mir geholfen, weil …“
act-appreciation-02 = Schick eine Nachricht, in der du dich für etwas ganz Alltägliches bedankst, das sonst meistens untergeht.
act-appreciation-03 = Erzähl beim nächsten Gespräch mit Freunden oder Verwandten von etwas, das dich stolz auf deinen Schatz gemacht hat – und verrate hinterher, dass du es erzählt hast.
act-appreciation-04 = Schreib fünf Dinge auf, für die du dem Menschen an deiner Seite dankbar bist, und schick die Liste als Nachricht oder leg sie als Zettel hin.
act-appreciation-05 = Bedank dich für eine Entwicklung seit eurem Kennenlernen, die du aufrichtig bewunderst: „Seit wir uns kennen, bist du so … geworden.“
act-appreciation-06 = Achte heute darauf, was der Mensch an deiner Seite gut meistert – bei der Arbeit, in der Familie oder mit Freunden –, und sag, dass es dir aufgefallen ist.
act-appreciation-07 = Nimm eine Sprachnachricht mit drei Dingen auf, die du an deinem Gegenüber schätzt, und schick sie ab.
act-appreciation-08 = Erzähl von einem Moment, in dem du dachtest: „Ich bin so stolz, dass wir zusammen sind“ – und warum dir dieser Moment geblieben ist.
act-appreciation-09 = Sag vor dem Einschlafen eine Sache von heute, für die du dankbar bist: „Danke, dass du heute …“
act-appreciation-10 = Schreib eine Dankeskarte für etwas, das schon eine Weile her ist und für das du dich nie richtig bedankt hast – und überreich sie oder schick sie per Post.
act-appreciation-11 = Bedank dich heute für einen Versuch, auch wenn er nicht geklappt hat – damit klar ist: Schon die Mühe zählt.
act-appreciation-12 = Nenn eine Stärke deines Herzensmenschen, auf die du dich verlässt – etwa Geduld oder Humor –, und sag, wie sie dir hilft.
act-appreciation-13 = Sobald dir auffällt, dass eine Aufgabe erledigt wurde, die du sonst für selbstverständlich hältst, bedank dich laut dafür.
act-appreciation-14 = Erinnere an eine schwere Zeit, die dein Schatz durchgestanden hat, und sag, was du daran bewundert hast: „Wie du das damals gemeistert hast …“
act-appreciation-15 = Kleb einen kleinen Dankeszettel auf etwas, das jeden Tag benutzt wird – die Lieblingstasse oder die Tasche –, damit er dort gefunden wird.
act-appreciation-16 = Frag nach, woran dein Herzensmensch in letzter Zeit hart arbeitet, und sag: „Ich sehe, wie viel Mühe du da reinsteckst.“
act-appreciation-17 = Beschreib so konkret wie möglich, was in deinem Leben besser ist, seit ihr zusammen seid.
act-appreciation-18 = Erzählt euch beim Abendessen oder beim nächsten Telefonat abwechselnd je eine Sache, die ihr heute aneinander geschätzt habt.

## Zeit zu zweit

act-quality-time-01 = Lasst die Handys in einem anderen Zimmer und geht 20 Minuten zusammen spazieren oder setzt euch nach draußen – ohne über Haushalt oder Termine zu reden.
act-quality-time-02 = Kocht heute Abend Seite an Seite etwas Einfaches und teilt die Arbeit untereinander auf.
act-quality-time-03 = Esst heute eine Mahlzeit ohne Bildschirme am Tisch und fragt euch gegenseitig, was das Schönste an eurem Tag war.
act-quality-time-04 = Macht heute zusammen eine Viertelstunde Tee- oder Kaffeepause – und lasst alles, was noch zu erledigen ist, außen vor.
act-quality-time-05 = Such dir etwas aus, das dein Schatz liebt und du noch nie gesehen hast – einen Film oder eine Serie –, und schaut es gemeinsam an, mit deiner vollen Aufmerksamkeit.
act-quality-time-06 = Haltet euch heute Abend 30 Minuten nur für euch zwei frei – und schützt sie vor Arbeit, Nachrichten und Erledigungen.
act-quality-time-07 = Lest 20 Minuten nebeneinander und erzählt euch danach je eine spannende Sache aus dem Gelesenen.
act-quality-time-08 = Schaut zusammen alte Fotos an und sucht euch beide je eines aus, dessen Geschichte ihr erzählt.
act-quality-time-09 = Spielt heute Abend zusammen ein Brett- oder Kartenspiel oder macht ein Puzzle – einfach zum Spaß.
act-quality-time-10 = Wenn ihr heute Nacht am selben Ort schlaft, geht gleichzeitig ins Bett und redet noch zehn Minuten, bevor ihr einschlaft.
act-quality-time-11 = Setzt euch zehn Minuten zusammen nach draußen, schaut in den Himmel oder auf die Straße – und lasst die Stille einfach Stille sein.
act-quality-time-12 = Lass dir etwas zeigen, das dem Menschen an deiner Seite Freude macht – ein Spiel, ein Hobby, die Lieblingsmusik –, und mach eine halbe Stunde mit.
act-quality-time-13 = Legt heute eine gemeinsame Playlist an: Ihr fügt beide je fünf Lieder hinzu, die euch aneinander oder an eure gemeinsame Zeit erinnern.
act-quality-time-14 = Plant gemeinsam eine einfache, günstige Verabredung zu zweit für später in dieser Woche – Tag und Unternehmung sucht ihr zusammen aus.
act-quality-time-15 = Erledigt eine Alltagsaufgabe Seite an Seite – abwaschen oder Wäsche zusammenlegen – und nutzt die Zeit zum Plaudern.
act-quality-time-16 = Wenn ihr euch heute seht, nehmt euch die ersten zehn Minuten nur füreinander und erzählt, was los war – bevor irgendetwas anderes eure Aufmerksamkeit bekommt.
act-quality-time-17 = Sucht euch heute Abend ein Plätzchen, um zusammen den Sonnenuntergang anzuschauen – oder so nah am Sonnenuntergang, wie euer Tag es zulässt.
act-quality-time-18 = Beschäftigt euch 30 Minuten im selben Raum mit euren eigenen Hobbys – einfach, um einander Gesellschaft zu leisten.

## Gemeinsame Erlebnisse und Neues

act-novelty-01 = Sucht euch ein Rezept aus, das noch niemand von euch gekocht hat, und kocht es zusammen – heute Abend oder an einem Tag, den ihr jetzt festlegt.
act-novelty-02 = Besucht einen Park, eine Straße oder ein Café in der Nähe, wo ihr beide noch nie wart – und sei es nur für eine halbe Stunde.
act-novelty-03 = Sucht euch etwas Kleines aus, das ihr gemeinsam neu lernen wollt – zum Beispiel zehn Wörter in einer anderen Sprache –, und macht heute die erste Zehn-Minuten-Lektion.
act-novelty-04 = Nehmt bei einem gewohnten Weg oder Ausflug mal eine andere Route und zeigt euch gegenseitig, was euch Neues auffällt.
act-novelty-05 = Such dir für diese Woche eine kostenlose Veranstaltung in der Nähe – einen Vortrag, einen Markt, eine Ausstellung – und lade deinen Herzensmenschen ein mitzukommen.
act-novelty-06 = Schreibt zusammen eine Liste mit zehn Dingen, die ihr als Paar ausprobieren möchtet, und kreist eines ein, das ihr diesen Monat macht.
act-novelty-07 = Lass heute Abend dein Gegenüber bestimmen, was ihr unternehmt, und sag von Herzen Ja – auch wenn es für dich etwas Neues ist.
act-novelty-08 = Macht heute Abend ein Picknick drinnen: Breitet eine Decke auf dem Boden aus und esst dort etwas, das ihr beide mögt.
act-novelty-09 = Schaut zwanzig Minuten lang gemeinsam in die Sterne oder in die Wolken und entdeckt abwechselnd Formen oder Sternbilder.
act-novelty-10 = Lernt ein Spiel, das ihr beide kaum kennt – Schach zum Beispiel oder ein neues Kartenspiel –, und spielt eine Runde zusammen.
act-novelty-11 = Sucht euch für einen Halbtagesausflug einen Ort in der Nähe aus, den ihr noch nie erkundet habt – und legt heute gemeinsam einen Termin dafür fest.
act-novelty-12 = Nehmt euch eine halbe Stunde für etwas Kreatives – euch gegenseitig zeichnen, ein albernes Gedicht schreiben oder etwas bauen.
act-novelty-13 = Macht zusammen einen Einsteigerkurs per Video mit – Dehnen, Zeichnen oder ein einfacher Tanz – und lacht euch einfach durch.
act-novelty-14 = Stellt euer erstes Treffen oder eine schöne Erinnerung aus eurer Anfangszeit im Kleinen nach – ganz einfach, ohne großen Aufwand.
act-novelty-15 = Such ein Projekt in eurer Nähe heraus, das euch beiden am Herzen liegt und Freiwillige sucht, und schlag vor, dort gemeinsam eine Stunde mitzuhelfen.
act-novelty-16 = Esst heute Abend Frühstück statt Abendessen – einfach, um die Routine aufzumischen und etwas zum Lachen zu haben.
act-novelty-17 = Geht noch einmal an einen Ort, den ihr früher geliebt und lange nicht mehr besucht habt, und schaut gemeinsam, was sich verändert hat.
act-novelty-18 = Stellt euch für diese Woche eine verspielte Herausforderung – etwa eine Obstsorte zu probieren, die ihr beide noch nie gegessen habt – und fangt heute damit an.

## Hilfsbereitschaft

act-service-01 = Bereite ungefragt das Lieblingsgetränk deines Schatzes zu – genau so, wie es am besten schmeckt.
act-service-02 = Nimm deinem Herzensmenschen heute eine Aufgabe ab, die schon länger im Magen liegt – aber frag vorher, ob das überhaupt gewünscht ist.
act-service-03 = Frag: „Was kann ich heute tun, damit dein Tag leichter wird?“ – und dann tu es.
act-service-04 = Pack deinem Schatz eine Kleinigkeit zu essen oder ein Mittagessen für unterwegs ein – als kleine Stärkung für den Tag.
act-service-05 = Wenn ihr zusammenwohnt, übernimm eine Hausarbeit, die sonst nicht du erledigst – ohne es zu erwähnen und ohne Dank zu erwarten.
act-service-06 = Erledige heute eine kleine Besorgung für den Menschen an deiner Seite – etwas abholen, das gebraucht wird, oder ein Paket zur Post bringen.
act-service-07 = Bring ein Glas Wasser oder eine Kleinigkeit zu essen vorbei, während dein Herzensmensch gerade beschäftigt ist – ohne zu stören.
act-service-08 = Kümmere dich um eine lästige Pflichtaufgabe für euch beide – etwa einen Termin vereinbaren oder den gemeinsamen Kalender auf den neuesten Stand bringen.
act-service-09 = Biete Hilfe bei etwas an, wo es gerade hakt – einem Formular oder einer kniffligen E-Mail –, und lass dein Gegenüber entscheiden, wie viel Hilfe gewünscht ist.
act-service-10 = Räum einen Platz auf, der oft genutzt wird – den Schreibtisch oder ein gemeinsames Regal –, aber nur, wenn du weißt, dass das willkommen ist.
act-service-11 = Koch diese Woche ein Wohlfühlgericht, das dein Schatz besonders liebt – heute schaust du nur, ob alles da ist, und legst den Tag fest.
act-service-12 = Wenn dein Herzensmensch heute müde nach Hause kommt, übernimm die nächste kleine Aufgabe – damit zehn Minuten zum Hinsetzen und Ausruhen bleiben.
act-service-13 = Leg bereit, was morgen früh gebraucht wird – Schlüssel, Tasche oder eine saubere Tasse –, damit der Tag ruhig beginnen kann.
act-service-14 = Schau etwas nach, das dein Schatz schon länger wissen wollte – Öffnungszeiten oder ein Rezept –, und schick, was du gefunden hast.
act-service-15 = Schick eine liebevoll formulierte Erinnerung an etwas Wichtiges, das der Mensch an deiner Seite auf keinen Fall vergessen wollte.
act-service-16 = Biete an, heute Abend eine Aufgabe zu übernehmen, damit dein Gegenüber eine Stunde für sich hat.
act-service-17 = Mach den Morgen leichter: Bereite das Frühstück vor oder übernimm die ersten Aufgaben des Tages, damit dein Herzensmensch sich Zeit lassen kann.
act-service-18 = Repariere oder regle eine Kleinigkeit, die schon länger stört – eine quietschende Tür, einen lockeren Knopf oder eine unordentliche Schublade.

## Kommunikation

act-communication-01 = Frag: „Wie geht es dir wirklich?“ – und hör dann mindestens fünf Minuten zu, ohne Ratschläge zu geben.
act-communication-02 = Wenn du heute etwas erzählt bekommst, gib mit eigenen Worten wieder, was du gehört hast, bevor du antwortest.
act-communication-03 = Teile ein Gefühl aus dieser Woche in der Form „Ich fühle mich …, wenn …“ – statt mit „Du machst immer …“ anzufangen.
act-communication-04 = Stell eine Frage, die du noch nie gestellt hast – zum Beispiel: „Was wolltest du werden, als du zehn warst?“
act-communication-05 = Wenn ihr euch das nächste Mal vom Tag erzählt, leg das Handy mit dem Bildschirm nach unten weg und hör mit voller Aufmerksamkeit zu.
act-communication-06 = Frag: „Was war heute das Schönste und was das Schwerste?“ – und stell zu beidem eine Nachfrage.
act-communication-07 = Schlag ein wöchentliches 20-Minuten-Gespräch vor und führt das erste gleich heute: Was lief gut, was war schwer, und was braucht ihr beide nächste Woche?
act-communication-08 = Erzähl von etwas, das dich beschäftigt und das du noch nicht geteilt hast – auch wenn es nur eine Kleinigkeit ist.
act-communication-09 = Frag: „Gibt es etwas, das du mir schon länger sagen wolltest, aber zurückgehalten hast?“ – und nimm ruhig auf, was auch immer kommt.
act-communication-10 = Wenn ihr heute unterschiedlicher Meinung seid, frag zuerst: „Hilfst du mir zu verstehen, wie du das siehst?“ – bevor du deine eigene Sicht schilderst.
act-communication-11 = Erzähl von einer Hoffnung, die du für euch beide im nächsten Jahr hast, und frag: „Und was wünschst du dir für uns?“
act-communication-12 = Formuliere heute einen kleinen Wunsch klar, statt nur Andeutungen zu machen, zum Beispiel: „Kannst du mir schreiben, wenn du losfährst?“
act-communication-13 = Frag: „Was hilft dir, wenn du gestresst bist – Ratschläge, Zuhören, Ablenkung oder Freiraum?“
act-communication-14 = Lass dein Gegenüber heute jeden Satz zu Ende sprechen, ohne zu unterbrechen – auch wenn du glaubst zu wissen, wie er endet.
act-communication-15 = Erzähl von einer Sorge, die du bisher allein mit dir herumträgst, und sag dazu: „Du musst das nicht lösen – ich möchte es dir einfach erzählen.“
act-communication-16 = Frag: „Was könnte ich mehr tun und was weniger, damit du dich mir näher fühlst?“ – dann hör einfach zu und bedank dich.
act-communication-17 = Greif etwas auf, das dein Schatz diese Woche gesagt hat und das dir hängen geblieben ist – damit klar ist, dass du wirklich zugehört hast.
act-communication-18 = Redet zehn Minuten über etwas anderes als Organisatorisches, Arbeit oder Probleme – einen Traum, eine Erinnerung, eine Idee.

## Vertrauen und Verlässlichkeit

act-trust-01 = Gib heute ein kleines Versprechen, von dem du weißt, dass du es halten kannst – etwa etwas bis zu einer bestimmten Uhrzeit zu erledigen –, und halte es.
act-trust-02 = Wenn du angekündigt hast, heute zu einer bestimmten Zeit anzurufen oder zu schreiben, dann tu es pünktlich.
act-trust-03 = Sei bei eurer nächsten Verabredung oder beim nächsten Anruf pünktlich – und wenn es später wird, sag vorher Bescheid, nicht hinterher.
act-trust-04 = Erzähl ungefragt, wie dein Tag ungefähr aussieht, damit dein Herzensmensch sich einbezogen fühlt.
act-trust-05 = Erledige heute endlich etwas, das du versprochen hast und das immer wieder liegen geblieben ist.
act-trust-06 = Wenn du etwas schon länger vor dir herschiebst, das du sagen wolltest, such dir heute einen ruhigen Moment und sprich es ehrlich an.
act-trust-07 = Gib einen kleinen Fehler von heute zu, bevor er entdeckt wird, und sag, wie du ihn wiedergutmachen willst.
act-trust-08 = Frag: „Gibt es etwas, das ich zugesagt habe und auf das du noch wartest?“ – und leg fest, wann du es erledigst.
act-trust-09 = Sag heute freundlich Nein zu etwas, das du nicht wirklich zusagen kannst – statt Ja zu sagen und später zu enttäuschen.
act-trust-10 = Sag: „Darauf kannst du dich bei mir immer verlassen: …“ – und halte dich heute auch daran.
act-trust-11 = Wenn sich heute ein Plan ändert, sag Bescheid, sobald du es weißt, und auch gleich, wie der neue Plan aussieht.
act-trust-12 = Wenn du heute nach deiner Meinung gefragt wirst, sag freundlich, was du ehrlich denkst – nicht das, was du für die erwünschte Antwort hältst.
act-trust-13 = Antworte heute in angemessener Zeit auf Nachrichten – oder sag kurz Bescheid, wann du in Ruhe antworten kannst.
act-trust-14 = Nimm dir ein Versprechen vor, das du früher gebrochen hast, steh dazu und erzähl, wie du es von jetzt an halten willst.
act-trust-15 = Bring eine Aufgabe zu Ende, die ihr vereinbart habt, und sag Bescheid, dass sie erledigt ist – damit niemand hinterherhaken muss.
act-trust-16 = Erzähl von einer Entscheidung, über die du gerade nachdenkst, bevor du sie triffst – und frag: „Was meinst du dazu?“
act-trust-17 = Wenn es dir heute nicht gut geht, sag es einfach offen – statt dass es als Kälte herauskommt.
act-trust-18 = Geh heute einmal vom Guten aus: Wenn dir etwas komisch vorkommt, frag nach, was los war, statt gleich das Schlimmste anzunehmen.

## Versöhnung nach einem Streit

act-repair-01 = Denk an einen Streit aus letzter Zeit und sag eine konkrete Sache, mit der du ihn schlimmer gemacht hast – ohne ein „aber“ hinterherzuschieben.
act-repair-02 = Entschuldige dich aufrichtig und konkret für eine Sache: „Es tut mir leid, dass ich … Ich glaube, das hat dich …“
act-repair-03 = Frag: „Was brauchst du von mir, damit das, was passiert ist, für dich wieder in Ordnung ist?“ – und hör zu, ohne dich zu verteidigen.
act-repair-04 = Wenn ein Gespräch heute hitzig wird, schlag zwanzig Minuten Pause zum Abkühlen vor und vereinbart, wann ihr weiterredet.
act-repair-05 = Sprich ruhig und kurz eine Sache an, die dich stört, nach dem Muster: „Ich fühle mich …, wenn …, und ich brauche …“
act-repair-06 = Lass heute einen alten Groll los – indem du sagst, dass du ihn ablegst, oder indem du für dich beschließt, ihn nicht mehr aufzuwärmen.
act-repair-07 = Mach nach eurer nächsten Meinungsverschiedenheit den ersten Schritt – mit einer lieben Geste, einer herzlichen Nachricht oder einer Tasse Tee.
act-repair-08 = Sag: „Ich glaube, bei unserem letzten Streit hast du dich … gefühlt. Stimmt das?“ – und hör dir die Antwort an.
act-repair-09 = Mach heute aus einem Vorwurf eine Bitte: statt „Du hilfst nie“ lieber „Kannst du mir dabei helfen?“
act-repair-10 = Frag: „Tut dir von einem früheren Streit noch etwas weh?“ – und hör einfach zu, ohne den Streit neu aufzurollen.
act-repair-11 = Schreib auf, was du beim letzten Streit anders machen würdest, und erzähl von einem dieser Punkte.
act-repair-12 = Bedank dich für einen Schritt zur Versöhnung, den dein Schatz nach einem Streit einmal gemacht hat – egal, wie klein dieser Schritt war.
act-repair-13 = Vereinbart gemeinsam ein Wort oder Zeichen, das ihr beide nutzen könnt, wenn ein Gespräch zu hitzig wird und ihr eine Pause braucht.
act-repair-14 = Beginne schwierige Gespräche heute sanft: Sag zuerst etwas, das du an deinem Gegenüber schätzt, bevor du das Thema ansprichst.
act-repair-15 = Bleib bei einer Verletzung aus letzter Zeit nicht bei „Tut mir leid“ stehen: Tu etwas Konkretes, das zeigt, dass du es ernst meinst.
act-repair-16 = Sag: „Wir zwei sind mir wichtiger, als beim letzten Streit recht zu behalten.“
act-repair-17 = Wenn ihr nach einer Pause zu einem schwierigen Gespräch zurückkehrt, fass zuerst zusammen, wie der Mensch an deiner Seite die Sache sieht, bevor du deine Sicht schilderst.
act-repair-18 = Verzeih heute ein kleines Ärgernis, ohne es zu erwähnen, und spür, wie es sich anfühlt, es einfach vorbeiziehen zu lassen.

## Arbeit an dir selbst

act-self-work-01 = Geh heute eine Viertelstunde allein spazieren oder setz dich an einen ruhigen Ort, um durchzuatmen, bevor ihr wieder Zeit miteinander verbringt.
act-self-work-02 = Schreib eine Situation in eurer Beziehung auf, die dich zuverlässig auf die Palme bringt – und was du unter dieser Reaktion eigentlich fühlst.
act-self-work-03 = Schreib zehn Minuten lang über ein eigenes Muster, das du ändern möchtest, und über einen ersten Schritt, den du gehen könntest.
act-self-work-04 = Tu heute etwas nur für dich – ausruhen, dich bewegen, jemanden anrufen, der dir guttut –, damit du mit deiner besten Seite nach Hause kommst.
act-self-work-05 = Achte heute auf einen Moment, in dem du gereizt reagieren oder dich zurückziehen willst, und atme dreimal langsam durch, bevor du antwortest.
act-self-work-06 = Überleg, wovon du in eurer Beziehung mehr brauchst, und fass es in einen klaren Satz, den du später sagen könntest.
act-self-work-07 = Denk darüber nach, wie in deiner Familie früher mit Konflikten umgegangen wurde, und notier dir eine Gewohnheit, die du vielleicht mitgenommen hast.
act-self-work-08 = Nimm dir heute 20 Minuten für ein eigenes Hobby oder Ziel – ohne schlechtes Gewissen.
act-self-work-09 = Ertapp dich heute bei einem unfreundlichen Gedanken über dein Gegenüber und frag dich, ob es eine wohlwollendere Erklärung gibt, die genauso wahrscheinlich ist.
act-self-work-10 = Schreib drei Dinge auf, die du diese Woche in eurer Beziehung gut gemacht hast – als Gegengewicht zur Selbstkritik.
act-self-work-11 = Such dir eine kleine persönliche Grenze aus, die du heute wahrst – etwa deinen Schlaf zu schützen –, und erklär freundlich, worum es geht.
act-self-work-12 = Prüf vor eurem nächsten Gespräch, ob du hungrig, müde oder gestresst bist, und kümmere dich nach Möglichkeit zuerst darum.
act-self-work-13 = Lies oder hör eine Viertelstunde lang etwas über Kommunikation oder Beziehungen und notier dir eine Idee zum Ausprobieren.
act-self-work-14 = Frag dich, was du von deinem Herzensmenschen erwartest, ohne es je laut gesagt zu haben – und entscheide, ob du es ansprechen willst.
act-self-work-15 = Mach heute Abend eine kurze Bildschirmpause, spür nach, wie es dir wirklich geht, und benenne das Gefühl für dich.
act-self-work-16 = Erledige etwas, das du für dich selbst vor dir herschiebst – einen Vorsorgetermin vereinbaren, eine vollgestellte Ecke ausmisten –, damit es dich nicht länger belastet.
act-self-work-17 = Schreib dir ein paar Zeilen darüber, wie du in eurer Beziehung sein möchtest, und lies sie vor dem Schlafengehen noch einmal.
act-self-work-18 = Wenn du heute etwas Abstand brauchst, sag das klar und auch, wann du wieder da bist – statt einfach zu verstummen.

## Fernbeziehung

act-long-distance-01 = Verabredet euch zu einem Videoanruf, bei dem ihr gleichzeitig esst – und wenn es nur ein Butterbrot und eine Tasse Tee ist.
act-long-distance-02 = Schaut gleichzeitig denselben Film oder dieselbe Folge an, während ihr telefoniert oder euch dazu schreibt.
act-long-distance-03 = Schick ein Foto von etwas, das du heute gesehen hast, mit einer Zeile dazu: „Das hat mich an dich erinnert, weil …“
act-long-distance-04 = Schreib heute einen Brief oder eine Postkarte von Hand und schick sie ab – auch wenn es nur ein paar Zeilen sind.
act-long-distance-05 = Nimm eine kurze Sprachnachricht zum Anhören vor dem Einschlafen auf und erzähl darin von einem schönen Moment deines Tages.
act-long-distance-06 = Wenn ein Besuch geplant ist, fang an, die Tage zu zählen, und erzähl von einer Sache, auf die du dich beim Wiedersehen besonders freust.
act-long-distance-07 = Spielt eine halbe Stunde lang zusammen ein Spiel übers Internet, während ihr telefoniert – einfach aus Spaß.
act-long-distance-08 = Schick eine Guten-Morgen-Nachricht so ab, dass sie genau beim Aufwachen ankommt – denk an eine mögliche Zeitverschiebung.
act-long-distance-09 = Lest heute denselben kurzen Artikel oder dasselbe Kapitel und redet beim nächsten Telefonat darüber.
act-long-distance-10 = Nimm deinen Schatz per Videoanruf mit an einen Ort, den du magst – zeig dein Viertel oder deinen Lieblingsplatz.
act-long-distance-11 = Vereinbart ein winziges gemeinsames Ritual – etwa mittags dasselbe Emoji zu schicken – und fangt heute damit an.
act-long-distance-12 = Bitte darum: „Beschreib mir mal ganz genau, wo du gerade bist“ – damit du es dir richtig vorstellen kannst.
act-long-distance-13 = Legt gemeinsam Tag und Uhrzeit für euer nächstes Telefonat oder euren nächsten Besuch fest und tragt es heute in beide Kalender ein.
act-long-distance-14 = Schick eine Nachricht mit drei Dingen, die dir fehlen, wenn ihr nicht beieinander seid.
act-long-distance-15 = Bleibt am Telefon verbunden, während ihr beide in Ruhe etwas erledigt – und leistet euch Gesellschaft, als wärt ihr im selben Zimmer.
act-long-distance-16 = Kocht während eines Videoanrufs gleichzeitig dasselbe Rezept und vergleicht, wie eure Versionen geworden sind.
act-long-distance-17 = Such ein Lied aus, das dich an deinen Herzensmenschen erinnert, schick es und schreib dazu: „Bei dieser Zeile musste ich an dich denken: …“
