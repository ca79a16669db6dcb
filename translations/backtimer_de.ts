<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="360"/>
        <source>About BackTimer</source>
        <extracomment>backtimer/ui/about.py:31</extracomment>
        <translation>Über BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="362"/>
        <source>The built-in exercises come from these articles:</source>
        <extracomment>backtimer/ui/about.py:41</extracomment>
        <translation>Die eingebauten Übungen stammen aus diesen Artikeln:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="364"/>
        <source>Timed routines for a weak or aching lower back.</source>
        <extracomment>backtimer/ui/about.py:37</extracomment>
        <translation>Zeitgesteuerte Übungsfolgen für einen schwachen oder schmerzenden unteren Rücken.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="366"/>
        <source>Free software under the licence {licence}.</source>
        <extracomment>backtimer/ui/about.py:39</extracomment>
        <translation>Freie Software unter der Lizenz {licence}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="788"/>
        <source>Time for your back routine: {name}. Press Space to start.</source>
        <extracomment>backtimer/ui/reminders_controller.py:174</extracomment>
        <translation>Zeit für Ihre Rückenroutine: {name}. Leertaste drückt Start.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/save_status.py" line="35"/>
        <source>The history could not be saved: {error}</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="610"/>
        <source>&amp;Routines</source>
        <extracomment>backtimer/ui/pages.py:68</extracomment>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="612"/>
        <source>&amp;History</source>
        <extracomment>backtimer/ui/pages.py:69</extracomment>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="784"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/reminders_controller.py:44</extracomment>
        <translation>BackTimer-Erinnerung</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="786"/>
        <source>Time for your back routine.</source>
        <extracomment>backtimer/ui/reminders_controller.py:49</extracomment>
        <translation>Zeit für Ihre Rückenübungen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="790"/>
        <source>Time for your back routine: {name}.</source>
        <extracomment>backtimer/ui/reminders_controller.py:50</extracomment>
        <translation>Zeit für Ihre Rückenübungen: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="792"/>
        <source>So that reminders come even when you have not opened BackTimer</source>
        <extracomment>backtimer/ui/reminders_controller.py:115</extracomment>
        <translation>Damit Erinnerungen auch kommen, wenn Sie BackTimer nicht geöffnet haben</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="794"/>
        <source>Start at login could not be changed: the desktop&apos;s background service (portal) did not answer.</source>
        <extracomment>backtimer/ui/reminders_controller.py:143</extracomment>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: Der Hintergrunddienst der Arbeitsumgebung (Portal) hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="796"/>
        <source>The desktop did not allow BackTimer to start at login.</source>
        <extracomment>backtimer/ui/reminders_controller.py:137</extracomment>
        <translation>Die Arbeitsumgebung hat BackTimer den Start bei der Anmeldung nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="798"/>
        <source>The desktop did not stop BackTimer from starting at login.</source>
        <extracomment>backtimer/ui/reminders_controller.py:139</extracomment>
        <translation>Die Arbeitsumgebung hat den Start von BackTimer bei der Anmeldung nicht abgestellt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="800"/>
        <source>Start at login could not be changed: {error}</source>
        <extracomment>backtimer/ui/reminders_controller.py:122</extracomment>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="902"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/sync_controller.py:91</extracomment>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="904"/>
        <source>%n routines</source>
        <extracomment>backtimer/ui/sync_controller.py:92</extracomment>
        <translation>
            <numerusform>%n Übungsfolge</numerusform>
            <numerusform>%n Übungsfolgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="906"/>
        <source>Synced: %1 and %2 came in.</source>
        <extracomment>backtimer/ui/sync_controller.py:93</extracomment>
        <translation>Synchronisiert: %1 und %2 sind eingetroffen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="952"/>
        <source>The reminder&apos;s routine is gone; here is the last one.</source>
        <extracomment>backtimer/ui/tray_controller.py:84</extracomment>
        <translation>Die Übungsfolge der Erinnerung gibt es nicht mehr; hier ist die zuletzt benutzte.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="900"/>
        <source>The new language is used after a restart.</source>
        <extracomment>backtimer/ui/settings_controller.py:76</extracomment>
        <translation>Die neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="608"/>
        <source>Loaded {name}: press Space to start.</source>
        <extracomment>backtimer/ui/menu_controller.py:58</extracomment>
        <translation>{name} geladen: Leertaste drückt Start.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="13"/>
        <source>Supine lower-back lift</source>
        <translation>Beckenheben in Rückenlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="14"/>
        <source>Lying on your back, raise and lower the lower back using the muscles around the waist.</source>
        <translation>In Rückenlage den unteren Rücken mit den Muskeln um die Taille heben und senken.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="15"/>
        <source>Lie on your back on a mat with knees bent and feet flat, about hip-width apart.</source>
        <translation>Legen Sie sich mit angewinkelten Knien und flachen Füßen etwa hüftbreit auf eine Matte auf den Rücken.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="16"/>
        <source>Leave your shoulders and upper back resting on the floor.</source>
        <translation>Schultern und oberer Rücken bleiben auf dem Boden liegen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="17"/>
        <source>Tense the lower back and lift it, and the hips with it, off the floor.</source>
        <translation>Spannen Sie den unteren Rücken an und heben Sie ihn, und mit ihm die Hüfte, vom Boden ab.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="18"/>
        <source>Lower it slowly and begin the next lift.</source>
        <translation>Senken Sie ihn langsam und beginnen Sie das nächste Heben.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="19"/>
        <source>Let the lower back do the work, not the arms</source>
        <translation>Der untere Rücken arbeitet, nicht die Arme</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="20"/>
        <source>Breathe out as you rise, in as you lower</source>
        <translation>Beim Heben ausatmen, beim Senken einatmen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="21"/>
        <source>Stop straight away if it hurts; working muscles may tire, but nothing should be painful.</source>
        <translation>Hören Sie sofort auf, wenn es wehtut; arbeitende Muskeln dürfen ermüden, aber nichts darf schmerzen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="22"/>
        <source>Breathe in an even rhythm and lift without straining or jerking.</source>
        <translation>Atmen Sie gleichmäßig und heben Sie ohne Pressen oder Ruckeln.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="23"/>
        <source>The article gives no count. BackTimer suggests 10 slow lifts of about 4 seconds each.</source>
        <translation>Der Artikel nennt keine Anzahl. BackTimer schlägt 10 langsame Hebungen von je etwa 4 Sekunden vor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="24"/>
        <source>mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="25"/>
        <source>Supine leg kicks</source>
        <translation>Beinstöße in Rückenlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="27"/>
        <source>Lie on your back with head and shoulders down, hands on the lower ribs and elbows pressing into the floor.</source>
        <translation>Legen Sie sich auf den Rücken, Kopf und Schultern unten, Hände auf den unteren Rippen, Ellbogen in den Boden gedrückt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="28"/>
        <source>Bend one knee to a right angle and plant that foot for support.</source>
        <translation>Beugen Sie ein Knie im rechten Winkel und stellen Sie diesen Fuß zur Stütze auf.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="26"/>
        <source>On your back with head and shoulders down and elbows pressing into the floor, bend and stretch one leg at a time while the lower back stays firm.</source>
        <translation>In Rückenlage, Kopf und Schultern unten und die Ellbogen in den Boden gedrückt, ein Bein nach dem anderen beugen und strecken, während der untere Rücken fest bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="29"/>
        <source>Slowly stretch the other leg out with the heel low, close to the floor, then bend it back in; the lower back stays firm.</source>
        <translation>Strecken Sie das andere Bein langsam aus, die Ferse tief und nah am Boden, und beugen Sie es dann wieder an; der untere Rücken bleibt fest.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="30"/>
        <source>Finish the count, then change legs.</source>
        <translation>Zählen Sie zu Ende, dann wechseln Sie das Bein.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="31"/>
        <source>Back straight and braced throughout</source>
        <translation>Rücken die ganze Zeit gerade und gespannt</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="32"/>
        <source>Drive each kick from the lower back</source>
        <translation>Jeden Stoß aus dem unteren Rücken führen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="33"/>
        <source>Keep the back long and firm, and move slowly and under control.</source>
        <translation>Halten Sie den Rücken lang und fest und bewegen Sie sich langsam und kontrolliert.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="34"/>
        <source>The article gives no count. BackTimer suggests 10 kicks of about 3 seconds with each leg.</source>
        <translation>Der Artikel nennt keine Anzahl. BackTimer schlägt 10 Stöße von etwa 3 Sekunden mit jedem Bein vor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="35"/>
        <source>Prone flying with hand shakes</source>
        <translation>Fliegen in Bauchlage mit Händeschütteln</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="36"/>
        <source>Face down, lift the lower legs and spread the arms like wings, shaking the hands as you hold.</source>
        <translation>In Bauchlage die Unterschenkel heben und die Arme wie Flügel ausbreiten, die Hände schütteln und halten.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="37"/>
        <source>Lie face down on a mat with the legs together.</source>
        <translation>Legen Sie sich mit geschlossenen Beinen bäuchlings auf eine Matte.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="38"/>
        <source>Tense the whole back of the body and raise the lower legs off the floor.</source>
        <translation>Spannen Sie die ganze Körperrückseite an und heben Sie die Unterschenkel vom Boden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="39"/>
        <source>Spread the arms out to the sides like wings and lift them a little.</source>
        <translation>Breiten Sie die Arme wie Flügel zur Seite aus und heben Sie sie ein wenig an.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="40"/>
        <source>Keep the hands shaking loosely until the time is up, then lower and relax.</source>
        <translation>Schütteln Sie die Hände locker, bis die Zeit um ist, dann ablegen und entspannen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="41"/>
        <source>Balance with the lower back</source>
        <translation>Mit dem unteren Rücken balancieren</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="42"/>
        <source>Keep breathing while you hold</source>
        <translation>Beim Halten weiteratmen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="43"/>
        <source>The article sets no time. BackTimer holds the pose for 20 seconds; lengthen it as you get stronger.</source>
        <translation>Der Artikel nennt keine Zeit. BackTimer hält die Position 20 Sekunden; verlängern Sie sie, wenn Sie kräftiger werden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="44"/>
        <source>Prone arm raises</source>
        <translation>Armheben in Bauchlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="45"/>
        <source>In the same face-down pose, raise the arms toward the head and lower them again without rocking.</source>
        <translation>In derselben Bauchlage die Arme Richtung Kopf heben und wieder senken, ohne zu schaukeln.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="46"/>
        <source>Lie face down with the back of the body tensed and the lower legs lifted.</source>
        <translation>Liegen Sie bäuchlings, die Körperrückseite angespannt, die Unterschenkel angehoben.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="47"/>
        <source>Reach the arms forward beyond the head.</source>
        <translation>Strecken Sie die Arme nach vorn über den Kopf hinaus.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="48"/>
        <source>Raise them off the floor, then lower them under control.</source>
        <translation>Heben Sie sie vom Boden ab und senken Sie sie kontrolliert.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="49"/>
        <source>Repeat at a steady pace while the body stays still.</source>
        <translation>Wiederholen Sie in ruhigem Tempo, während der Körper stillhält.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="50"/>
        <source>Small, controlled movements</source>
        <translation>Kleine, kontrollierte Bewegungen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="51"/>
        <source>No rocking from side to side</source>
        <translation>Kein Schaukeln von Seite zu Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="52"/>
        <source>The article gives no count. BackTimer suggests 10 raises of about 4 seconds each.</source>
        <translation>Der Artikel nennt keine Anzahl. BackTimer schlägt 10 Hebungen von je etwa 4 Sekunden vor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="53"/>
        <source>Swallow fly</source>
        <translation>Schwalbe</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="54"/>
        <source>Face down with the hands on the back, lift head, chest and feet so the body curves into a U.</source>
        <translation>In Bauchlage mit den Händen auf dem Rücken Kopf, Brust und Füße heben, sodass der Körper ein U bildet.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="55"/>
        <source>Lie face down on a bed or mat, with no pillow under your head.</source>
        <translation>Legen Sie sich bäuchlings auf ein Bett oder eine Matte, ohne Kissen unter dem Kopf.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="56"/>
        <source>Rest both hands on your lower back.</source>
        <translation>Legen Sie beide Hände auf den unteren Rücken.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="57"/>
        <source>Lift head, chest and feet off the surface together so the body curves like a shallow U.</source>
        <translation>Heben Sie Kopf, Brust und Füße gleichzeitig an, sodass der Körper ein flaches U bildet.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="58"/>
        <source>Hold the curve, then lower and rest before the next lift.</source>
        <translation>Halten Sie die U-Form, dann senken und vor dem nächsten Heben ausruhen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="59"/>
        <source>Chest and feet rise at the same moment</source>
        <translation>Brust und Füße heben sich im selben Moment</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="60"/>
        <source>Neck long, eyes on the floor ahead</source>
        <translation>Nacken lang, Blick auf den Boden vor Ihnen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="61"/>
        <source>Do only as many as you can do well; more is not better.</source>
        <translation>Machen Sie nur so viele, wie Sie gut schaffen; mehr ist nicht besser.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="62"/>
        <source>The article says to hold for about five seconds, rest, and repeat as your strength allows. BackTimer plans 6 holds of 5 seconds with 10 seconds of rest between them.</source>
        <translation>Der Artikel sagt, etwa fünf Sekunden halten, ausruhen und so oft wiederholen, wie die Kraft reicht. BackTimer plant 6 Haltephasen von 5 Sekunden mit 10 Sekunden Pause dazwischen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="63"/>
        <source>Bent-leg deadlift</source>
        <translation>Kreuzheben mit gebeugten Beinen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="64"/>
        <source>Knees bent and back flat, raise a barbell by straightening the legs and pause at the top.</source>
        <translation>Knie gebeugt, Rücken gerade: eine Langhantel durch Strecken der Beine heben und oben kurz halten.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="65"/>
        <source>Stand with the toes turned out a little and the barbell in front of your shins.</source>
        <translation>Stellen Sie sich mit leicht nach außen gedrehten Zehen hin, die Langhantel vor den Schienbeinen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="66"/>
        <source>Bend the knees and grip the bar with hands shoulder-width apart or slightly wider.</source>
        <translation>Beugen Sie die Knie und greifen Sie die Stange schulterbreit oder etwas weiter.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="67"/>
        <source>Chest up, back tight and hips raised, lean the upper body forward about 45 degrees.</source>
        <translation>Brust raus, Rücken fest, Hüfte hoch: neigen Sie den Oberkörper etwa 45 Grad nach vorn.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="68"/>
        <source>Straighten the knees to raise the bar, open the shoulders and hold for 2 seconds at the top.</source>
        <translation>Strecken Sie die Knie, um die Stange zu heben, öffnen Sie die Schultern und halten Sie oben 2 Sekunden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="69"/>
        <source>Bend the knees to lower the bar slowly, stopping just before it reaches the floor.</source>
        <translation>Beugen Sie die Knie und senken Sie die Stange langsam, bis kurz bevor sie den Boden berührt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="70"/>
        <source>The legs drive the lift</source>
        <translation>Die Beine treiben das Heben an</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="71"/>
        <source>The bar stays off the floor between reps</source>
        <translation>Die Stange berührt zwischen den Wiederholungen nicht den Boden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="72"/>
        <source>Pause 2 seconds at the top</source>
        <translation>Oben 2 Sekunden halten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="73"/>
        <source>A loaded lift: learn the technique first, ideally with a trainer watching, and stop if your form slips.</source>
        <translation>Eine Übung mit Gewicht: Lernen Sie zuerst die Technik, am besten unter Aufsicht eines Trainers, und hören Sie auf, wenn die Haltung nachlässt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="74"/>
        <source>Start with a light bar and add weight only when every rep looks the same.</source>
        <translation>Beginnen Sie mit einer leichten Stange und legen Sie erst Gewicht nach, wenn jede Wiederholung gleich aussieht.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="75"/>
        <source>The article asks for a 2-second pause at the top but gives no count. BackTimer allows 5 seconds per rep (rise, pause, slow lowering) and suggests 8 reps.</source>
        <translation>Der Artikel verlangt oben 2 Sekunden Pause, nennt aber keine Anzahl. BackTimer gibt jeder Wiederholung 5 Sekunden (heben, halten, langsam senken) und schlägt 8 Wiederholungen vor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="76"/>
        <source>barbell</source>
        <translation>Langhantel</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="77"/>
        <source>Prone overhead lift</source>
        <translation>Überkopf-Heben in Bauchlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="78"/>
        <source>Face down with arms overhead, lift the arms, upper back and legs a little while belly and hips stay down.</source>
        <translation>In Bauchlage mit den Armen über dem Kopf Arme, oberen Rücken und Beine etwas heben; Bauch und Hüfte bleiben unten.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="80"/>
        <source>Keep the belly and hips resting on the mat throughout.</source>
        <translation>Bauch und Hüfte bleiben die ganze Zeit auf der Matte liegen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="81"/>
        <source>Lift the arms, chest and straight legs a little way off the mat together.</source>
        <translation>Heben Sie Arme, Brust und die gestreckten Beine gemeinsam ein Stück von der Matte ab.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="84"/>
        <source>Belly and hips stay on the mat</source>
        <translation>Bauch und Hüfte bleiben auf der Matte</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="105"/>
        <source>The heading asks for 15 to 20; the text also suggests 4 to 5 rounds of 20 to 25. BackTimer takes the lower reading: one set of 15, about 3 seconds per circle. Build up only slowly, and only while it stays free of pain.</source>
        <translation>Die Überschrift verlangt 15 bis 20; der Text schlägt auch 4 bis 5 Durchgänge mit 20 bis 25 vor. BackTimer nimmt die niedrigere Angabe: einen Satz mit 15, etwa 3 Sekunden pro Kreis. Steigern Sie nur langsam und nur, solange es schmerzfrei bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="133"/>
        <source>The article likens it to the swallow fly and suggests 4 to 5 rounds of 20 to 25, on top of five other exercises. BackTimer starts lower, with the 15 repetitions the article asks of its other exercises: one set, about 3 seconds each. Add rounds only slowly, and only while it stays free of pain.</source>
        <translation>Der Artikel vergleicht sie mit der Schwalbe und schlägt 4 bis 5 Durchgänge mit 20 bis 25 vor, zusätzlich zu fünf anderen Übungen. BackTimer beginnt niedriger, mit den 15 Wiederholungen, die der Artikel für seine anderen Übungen nennt: ein Satz, je etwa 3 Sekunden. Steigern Sie nur langsam und nur, solange es schmerzfrei bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="162"/>
        <source>Standing with straight arms, turn shoulders and hips together against a band anchored at your side, so the lower back does not twist.</source>
        <translation>Im Stehen mit gestreckten Armen Schultern und Hüfte gemeinsam gegen ein seitlich befestigtes Band drehen, sodass sich der untere Rücken nicht verdreht.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="165"/>
        <source>Turn away from the anchor with shoulders and hips moving together as one block, letting the feet pivot a little; arms and back stay straight.</source>
        <translation>Drehen Sie sich von der Befestigung weg, Schultern und Hüfte bewegen sich gemeinsam wie ein Block, die Füße dürfen etwas mitdrehen; Arme und Rücken bleiben gerade.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="168"/>
        <source>Shoulders and hips turn together; the lower back stays still</source>
        <translation>Schultern und Hüfte drehen gemeinsam; der untere Rücken bleibt ruhig</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="169"/>
        <source>Keep the turn small and never twist the lower back against the band.</source>
        <translation>Drehen Sie nur wenig und verdrehen Sie den unteren Rücken nie gegen den Zug des Bandes.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="173"/>
        <source>On a hyperextension bench, bend forward at the hips and rise back to a straight line, keeping the natural curve of the lower back.</source>
        <translation>Auf einer Hyperextensionsbank in der Hüfte nach vorn beugen und wieder bis zur geraden Linie aufrichten, mit der natürlichen Krümmung des unteren Rückens.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="174"/>
        <source>Set the bench so that the pad supports only the half of your pelvis nearer the thighs; the half nearer the waist stays free, so you bend at the hips and not in the lower back.</source>
        <translation>Stellen Sie die Bank so ein, dass das Polster nur die Hälfte des Beckens zu den Oberschenkeln hin trägt; die Hälfte zur Taille hin bleibt frei, sodass Sie in der Hüfte beugen und nicht im unteren Rücken.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="208"/>
        <source>For the second set, rest your hands behind your head; they only carry its weight and never pull on the neck.</source>
        <translation>Legen Sie für den zweiten Satz die Hände hinter den Kopf; sie tragen nur sein Gewicht und ziehen nie am Nacken.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="214"/>
        <source>Heel-reach side bend</source>
        <translation>Seitbeuge zur Ferse</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="221"/>
        <source>Bend sideways only, without twisting or lifting the hips</source>
        <translation>Nur seitlich beugen, ohne Drehen und ohne die Hüfte zu heben</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="226"/>
        <source>Tense the back gently so that chest, arms and legs rise a little off the mat.</source>
        <translation>Spannen Sie den Rücken sanft an, sodass Brust, Arme und Beine etwas von der Matte abheben.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="233"/>
        <source>On hands and knees, let the lower back sink into an arch with the head up, then round the back with the head down.</source>
        <translation>Im Vierfüßlerstand den unteren Rücken mit erhobenem Kopf ins Hohlkreuz sinken lassen, dann mit gesenktem Kopf rund machen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="242"/>
        <source>The basic strengthening set of its source article: drawing-in, opposite arm and leg lifts, the plank, band turns and hyperextensions. It opens with two minutes of easy movement to warm up. Do it 4 to 5 times a week. Ask your doctor before you start, and stop if anything hurts. Grow the time or difficulty a little at a time. The hyperextension needs a bench, or a couch and someone to hold your legs. Once your back is clearly stronger, the deadlift and the bent-over row are heavier options for later, with sound technique or a trainer.</source>
        <translation>Das Grundprogramm zur Kräftigung aus seinem Quellartikel: Bauch einziehen, gegengleiches Arm- und Beinheben, Unterarmstütz, Drehungen mit Band und Hyperextensions. Es beginnt mit zwei Minuten leichter Bewegung zum Aufwärmen. Trainieren Sie 4- bis 5-mal pro Woche. Fragen Sie vor dem Beginn Ihren Arzt und hören Sie auf, wenn etwas wehtut. Steigern Sie Zeit oder Schwierigkeit nach und nach. Die Hyperextension braucht eine Bank oder ein Sofa und jemanden, der Ihre Beine hält. Ist Ihr Rücken deutlich kräftiger, sind Kreuzheben und vorgebeugtes Rudern schwerere Möglichkeiten für später, mit sauberer Technik oder Trainer.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="247"/>
        <source>Four floor exercises that work the lower back, two on your back and two face down, after two minutes of easy warm-up movement. Good for building lower-back strength that upper-back training tends to miss. Keep the breathing steady and never force a lift.</source>
        <translation>Vier Bodenübungen für den unteren Rücken, zwei in Rückenlage und zwei in Bauchlage, nach zwei Minuten leichter Bewegung zum Aufwärmen. Gut, um Kraft im unteren Rücken aufzubauen, die beim Training des oberen Rückens oft zu kurz kommt. Atmen Sie gleichmäßig und erzwingen Sie kein Heben.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="249"/>
        <source>An entry-level set for when back pain has turned dull and is fading; wait while it is still sharp. After an easy warm-up, belly curls and side bends come first, because the belly muscles support the spine too, then two easy back exercises. No gym needed. The harder next step is the hyperextension.</source>
        <translation>Ein Einstiegsprogramm für die Zeit, in der Rückenschmerzen dumpf geworden sind und nachlassen; warten Sie, solange sie noch stechend sind. Nach einem leichten Aufwärmen kommen zuerst Bauch-Crunches und Seitbeugen, weil auch die Bauchmuskeln die Wirbelsäule stützen, dann zwei leichte Rückenübungen. Kein Studio nötig. Der schwerere nächste Schritt ist die Hyperextension.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="250"/>
        <source>First set hands on the chest, second set hands behind the head without pulling on the neck.</source>
        <translation>Erster Satz Hände auf der Brust, zweiter Satz Hände hinter dem Kopf, ohne am Nacken zu ziehen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="252"/>
        <source>Six face-down and table exercises for people who spend the day bent over a desk or a phone, after an easy warm-up. Each is done 15 times, the lower end of what the source asks. Level: intermediate, not a first routine. All six work the back and none the belly: if your back is sore, begin with Gentle start after back pain, and train the belly on other days, for example with Back fundamentals. You need a mat, a towel and a sturdy table.</source>
        <translation>Sechs Übungen in Bauchlage und am Tisch für Menschen, die den Tag über einen Schreibtisch oder ein Handy gebeugt verbringen, nach einem leichten Aufwärmen. Jede wird 15-mal gemacht, das untere Ende dessen, was die Quelle verlangt. Stufe: mittel, kein Programm für den Anfang. Alle sechs trainieren den Rücken und keine den Bauch: Wenn Ihr Rücken schmerzt, beginnen Sie mit „Sanfter Einstieg nach Rückenschmerzen“ und trainieren Sie den Bauch an anderen Tagen, zum Beispiel mit „Rücken-Grundlagen“. Sie brauchen eine Matte, ein Handtuch und einen stabilen Tisch.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="254"/>
        <source>Short holds of the swallow fly followed by the bent-leg deadlift with a barbell, after an easy warm-up. Strong lower-back muscles help keep the spine stable. Adjust the numbers to your own ability: more is not better. The deadlift needs a barbell and sound technique: start with a light bar, ideally with a trainer watching.</source>
        <translation>Kurze Haltephasen der Schwalbe, gefolgt vom Kreuzheben mit gebeugten Beinen mit Langhantel, nach einem leichten Aufwärmen. Starke Muskeln im unteren Rücken helfen, die Wirbelsäule stabil zu halten. Passen Sie die Zahlen Ihrem Können an: Mehr ist nicht besser. Das Kreuzheben braucht eine Langhantel und saubere Technik: Beginnen Sie mit einer leichten Stange, am besten unter den Augen eines Trainers.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="79"/>
        <source>Lie face down on a mat, legs straight and together, arms stretched past your head.</source>
        <translation>Legen Sie sich bäuchlings auf eine Matte, Beine gestreckt und geschlossen, Arme über den Kopf hinaus gestreckt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="82"/>
        <source>Pause at the top and squeeze the back muscles.</source>
        <translation>Halten Sie oben kurz und spannen Sie die Rückenmuskeln an.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="83"/>
        <source>Come down slowly to the start.</source>
        <translation>Kommen Sie langsam in die Ausgangslage zurück.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="85"/>
        <source>Squeeze at the top, lower slowly</source>
        <translation>Oben anspannen, langsam senken</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="86"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each to leave time for the pause.</source>
        <translation>Der Artikel verlangt 15 bis 20 Wiederholungen. BackTimer beginnt mit 15, je etwa 4 Sekunden, damit Zeit für die Pause bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="87"/>
        <source>Prone towel row</source>
        <translation>Handtuchrudern in Bauchlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="88"/>
        <source>Face down holding a towel overhead, pull it toward the chest by bending the elbows.</source>
        <translation>In Bauchlage ein Handtuch über dem Kopf halten und es mit gebeugten Ellbogen zur Brust ziehen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="89"/>
        <source>Lie face down on a mat and hold a towel by both ends, hands above your head.</source>
        <translation>Legen Sie sich bäuchlings auf eine Matte und halten Sie ein Handtuch an beiden Enden, die Hände über dem Kopf.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="90"/>
        <source>Keep hips and thighs on the mat and raise the upper body with the towel.</source>
        <translation>Hüfte und Oberschenkel bleiben auf der Matte; heben Sie den Oberkörper mit dem Handtuch.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="91"/>
        <source>Bend the elbows and draw the towel down toward your chest.</source>
        <translation>Beugen Sie die Ellbogen und ziehen Sie das Handtuch zur Brust herunter.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="92"/>
        <source>Stop at the top and squeeze the back, then return slowly.</source>
        <translation>Halten Sie oben an, spannen Sie den Rücken an und kehren Sie langsam zurück.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="93"/>
        <source>Keep the towel taut</source>
        <translation>Das Handtuch bleibt gespannt</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="94"/>
        <source>Elbows slide in toward the ribs</source>
        <translation>Die Ellbogen gleiten zu den Rippen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="95"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each.</source>
        <translation>Der Artikel verlangt 15 bis 20 Wiederholungen. BackTimer beginnt mit 15, je etwa 4 Sekunden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="96"/>
        <source>towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="97"/>
        <source>Prone arm circles</source>
        <translation>Armkreisen in Bauchlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="98"/>
        <source>With the upper back lifted, sweep the arms in circles from overhead down toward the hips.</source>
        <translation>Mit angehobenem oberem Rücken die Arme in Kreisen von über dem Kopf zu den Hüften führen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="99"/>
        <source>Lie face down on a mat and lift the upper back; the rest of you stays on the floor.</source>
        <translation>Legen Sie sich bäuchlings auf eine Matte und heben Sie den oberen Rücken; der Rest bleibt am Boden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="100"/>
        <source>Sweep both arms in a wide circle from above the head down toward the thighs.</source>
        <translation>Führen Sie beide Arme in einem weiten Kreis von über dem Kopf hinunter zu den Oberschenkeln.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="101"/>
        <source>Bring them back around and keep circling.</source>
        <translation>Führen Sie sie wieder herum und kreisen Sie weiter.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="102"/>
        <source>Feel the lower back and the muscles beside the spine working.</source>
        <translation>Spüren Sie, wie der untere Rücken und die Muskeln neben der Wirbelsäule arbeiten.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="103"/>
        <source>Upper back stays lifted</source>
        <translation>Der obere Rücken bleibt angehoben</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="104"/>
        <source>Smooth, even circles</source>
        <translation>Gleichmäßige, runde Kreise</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="106"/>
        <source>Prone breaststroke</source>
        <translation>Brustschwimmen in Bauchlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="107"/>
        <source>Face down with chest and legs lifted, sweep the arms back toward the thighs like a swimmer.</source>
        <translation>In Bauchlage mit angehobener Brust und angehobenen Beinen die Arme wie beim Schwimmen zu den Oberschenkeln zurückführen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="108"/>
        <source>Lie face down, belly and hips on the mat, arms reaching forward.</source>
        <translation>Liegen Sie bäuchlings, Bauch und Hüfte auf der Matte, die Arme nach vorn gestreckt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="109"/>
        <source>Lift the chest and legs off the mat.</source>
        <translation>Heben Sie Brust und Beine von der Matte.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="110"/>
        <source>As the upper body rises, sweep the arms out and back to the sides of the thighs.</source>
        <translation>Während sich der Oberkörper hebt, führen Sie die Arme nach außen und zurück an die Seiten der Oberschenkel.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="111"/>
        <source>Pause, then bring the arms forward again to the start.</source>
        <translation>Halten Sie kurz und bringen Sie die Arme wieder nach vorn in die Ausgangslage.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="112"/>
        <source>Legs stay up for the whole set</source>
        <translation>Die Beine bleiben den ganzen Satz oben</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="113"/>
        <source>Back long and straight</source>
        <translation>Rücken lang und gerade</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="114"/>
        <source>Reverse row under a table</source>
        <translation>Umgekehrtes Rudern unter dem Tisch</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="115"/>
        <source>Lying under a sturdy table, hold its edge and pull your body up with the back muscles.</source>
        <translation>Unter einem stabilen Tisch liegend die Kante greifen und den Körper mit den Rückenmuskeln hochziehen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="116"/>
        <source>Lie on your back under a sturdy table, knees bent and feet flat on the floor.</source>
        <translation>Legen Sie sich unter einem stabilen Tisch auf den Rücken, Knie gebeugt, Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="117"/>
        <source>Reach up and grip the table edge with both hands.</source>
        <translation>Greifen Sie mit beiden Händen nach oben an die Tischkante.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="118"/>
        <source>Brace the trunk so the body stays straight from shoulders to knees.</source>
        <translation>Spannen Sie den Rumpf an, sodass der Körper von den Schultern bis zu den Knien gerade bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="119"/>
        <source>Bend the elbows and pull the chest toward the table, then pause and squeeze.</source>
        <translation>Beugen Sie die Ellbogen und ziehen Sie die Brust zum Tisch, dann halten und anspannen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="120"/>
        <source>Lower yourself slowly and under control.</source>
        <translation>Lassen Sie sich langsam und kontrolliert herab.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="121"/>
        <source>Body straight, core tight</source>
        <translation>Körper gerade, Rumpf fest</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="122"/>
        <source>Pull with the back, not only the arms</source>
        <translation>Mit dem Rücken ziehen, nicht nur mit den Armen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="123"/>
        <source>Make sure the table is solid and cannot tip or slide before you pull on it.</source>
        <translation>Prüfen Sie, dass der Tisch fest steht und weder kippen noch rutschen kann, bevor Sie daran ziehen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="124"/>
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="125"/>
        <source>Prone double-end lift</source>
        <translation>Doppelseitiges Heben in Bauchlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="126"/>
        <source>Face down, lift the upper body and the legs together and squeeze the lower back.</source>
        <translation>In Bauchlage Oberkörper und Beine zugleich heben und den unteren Rücken anspannen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="127"/>
        <source>Lie face down on a mat, arms by your sides.</source>
        <translation>Legen Sie sich bäuchlings auf eine Matte, die Arme neben dem Körper.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="128"/>
        <source>Raise the chest and the legs at the same time while the hips stay on the mat.</source>
        <translation>Heben Sie Brust und Beine gleichzeitig, während die Hüfte auf der Matte bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="129"/>
        <source>Squeeze the lower back firmly at the top.</source>
        <translation>Spannen Sie oben den unteren Rücken kräftig an.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="130"/>
        <source>Lower both ends together and go again.</source>
        <translation>Senken Sie beide Enden gemeinsam und beginnen Sie von vorn.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="131"/>
        <source>Both ends rise together</source>
        <translation>Beide Enden heben sich gemeinsam</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="132"/>
        <source>A short squeeze at the top</source>
        <translation>Oben kurz anspannen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="134"/>
        <source>Abdominal drawing-in</source>
        <translation>Bauch einziehen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="135"/>
        <source>Pull the navel in, away from the waistband, and hold it while breathing normally.</source>
        <translation>Den Nabel nach innen ziehen, weg vom Hosenbund, und halten, während Sie normal atmen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="136"/>
        <source>Lie on your back with knees bent and feet flat on the floor.</source>
        <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="137"/>
        <source>Breathe out and gently draw your navel in toward the spine, away from your waistband.</source>
        <translation>Atmen Sie aus und ziehen Sie den Nabel sanft zur Wirbelsäule, weg vom Hosenbund.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="138"/>
        <source>Hold it there while you go on breathing.</source>
        <translation>Halten Sie ihn dort, während Sie weiteratmen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="139"/>
        <source>Let go slowly and rest before the next one.</source>
        <translation>Lassen Sie langsam los und ruhen Sie vor dem nächsten Mal.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="140"/>
        <source>Breathe; never hold your breath</source>
        <translation>Atmen; nie die Luft anhalten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="141"/>
        <source>Back and hips stay still</source>
        <translation>Rücken und Hüfte bleiben ruhig</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="142"/>
        <source>The article names the exercise without a dose. BackTimer suggests 8 holds of 6 seconds with 4 seconds of rest.</source>
        <translation>Der Artikel nennt die Übung ohne Dosierung. BackTimer schlägt 8 Haltephasen von 6 Sekunden mit 4 Sekunden Pause vor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="143"/>
        <source>Prone opposite arm and leg lift</source>
        <translation>Gegengleiches Arm- und Beinheben in Bauchlage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="144"/>
        <source>Face down, raise one arm together with the opposite leg, lower them, and repeat.</source>
        <translation>In Bauchlage einen Arm zusammen mit dem gegenüberliegenden Bein heben, senken und wiederholen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="145"/>
        <source>Lie face down on a mat with arms stretched forward and legs straight.</source>
        <translation>Legen Sie sich bäuchlings auf eine Matte, Arme nach vorn gestreckt, Beine gerade.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="146"/>
        <source>On the left side, raise the left arm and the right leg a little way together.</source>
        <translation>Auf der linken Seite heben Sie den linken Arm und das rechte Bein ein Stück gemeinsam an.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="147"/>
        <source>Hold briefly, lower both and repeat for the count.</source>
        <translation>Kurz halten, beide senken und bis zur Anzahl wiederholen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="148"/>
        <source>After the switch, lift the right arm with the left leg.</source>
        <translation>Nach dem Wechsel heben Sie den rechten Arm mit dem linken Bein.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="149"/>
        <source>Hips stay flat on the mat</source>
        <translation>Die Hüfte bleibt flach auf der Matte</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="150"/>
        <source>Reach long rather than high</source>
        <translation>Lieber weit als hoch strecken</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="151"/>
        <source>The article only says to repeat it. BackTimer suggests 8 lifts of about 4 seconds for each pairing: left arm with right leg, then right arm with left leg.</source>
        <translation>Der Artikel sagt nur, sie zu wiederholen. BackTimer schlägt für jedes Paar 8 Hebungen von etwa 4 Sekunden vor: linker Arm mit rechtem Bein, dann rechter Arm mit linkem Bein.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="152"/>
        <source>Forearm plank</source>
        <translation>Unterarmstütz</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="153"/>
        <source>Hold the body in one straight line, resting on the forearms and toes.</source>
        <translation>Den Körper in einer geraden Linie halten, gestützt auf Unterarme und Zehen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="154"/>
        <source>Lie face down with elbows under the shoulders and forearms on the mat.</source>
        <translation>Legen Sie sich bäuchlings hin, die Ellbogen unter den Schultern, die Unterarme auf der Matte.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="155"/>
        <source>Tuck the toes under and lift the body off the mat.</source>
        <translation>Stellen Sie die Zehen auf und heben Sie den Körper von der Matte.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="156"/>
        <source>Make a straight line from head to heels, with the belly drawn in.</source>
        <translation>Bilden Sie eine gerade Linie vom Kopf bis zu den Fersen, den Bauch eingezogen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="157"/>
        <source>Hold for the time, then lower to the knees and rest.</source>
        <translation>Halten Sie für die Zeit, dann auf die Knie absenken und ausruhen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="158"/>
        <source>Hips neither sagging nor piked</source>
        <translation>Hüfte weder durchhängend noch hochgestreckt</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="159"/>
        <source>Keep breathing</source>
        <translation>Weiteratmen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="160"/>
        <source>The article gives no time. BackTimer suggests 3 holds of 20 seconds with 20 seconds of rest; build toward 30 seconds as it gets easier.</source>
        <translation>Der Artikel nennt keine Zeit. BackTimer schlägt 3 Haltephasen von 20 Sekunden mit 20 Sekunden Pause vor; steigern Sie auf 30 Sekunden, wenn es leichter wird.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="161"/>
        <source>Band core rotation</source>
        <translation>Rumpfdrehung mit Band</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="163"/>
        <source>Anchor a resistance band at chest height and stand side-on to it, feet shoulder-width apart.</source>
        <translation>Befestigen Sie ein Widerstandsband auf Brusthöhe und stellen Sie sich seitlich dazu, die Füße schulterbreit.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="164"/>
        <source>Hold the band with both hands, arms straight out in front of the chest.</source>
        <translation>Halten Sie das Band mit beiden Händen, die Arme gerade vor der Brust.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="166"/>
        <source>Return slowly; after the switch, face the other way to work the other side.</source>
        <translation>Kehren Sie langsam zurück; nach dem Wechsel drehen Sie sich um und trainieren die andere Seite.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="167"/>
        <source>Arms and back stay straight</source>
        <translation>Arme und Rücken bleiben gerade</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="170"/>
        <source>The article gives no count. BackTimer suggests 10 slow turns of about 4 seconds to each side.</source>
        <translation>Der Artikel nennt keine Anzahl. BackTimer schlägt 10 langsame Drehungen von etwa 4 Sekunden zu jeder Seite vor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="171"/>
        <source>resistance band</source>
        <translation>Widerstandsband</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="172"/>
        <source>Hyperextension</source>
        <translation>Hyperextension</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="175"/>
        <source>Cross your hands over your chest or rest them behind your head; draw the shoulder blades back and keep the head a little up.</source>
        <translation>Kreuzen Sie die Hände vor der Brust oder legen Sie sie hinter den Kopf; ziehen Sie die Schulterblätter zurück und halten Sie den Kopf etwas hoch.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="176"/>
        <source>Bend forward only as far as you can keep the natural curve of the lower back.</source>
        <translation>Beugen Sie sich nur so weit vor, wie die natürliche Krümmung des unteren Rückens erhalten bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="177"/>
        <source>Rise until the body is in line with the legs, and no further.</source>
        <translation>Richten Sie sich auf, bis der Körper in einer Linie mit den Beinen ist, und nicht weiter.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="178"/>
        <source>Back straight at all times</source>
        <translation>Rücken jederzeit gerade</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="179"/>
        <source>Rise to a straight line, never beyond</source>
        <translation>Bis zur geraden Linie heben, nie darüber hinaus</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="180"/>
        <source>Use the bench only with sound technique, ideally shown to you by a trainer.</source>
        <translation>Benutzen Sie die Bank nur mit sauberer Technik, am besten von einem Trainer gezeigt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="181"/>
        <source>At home on a couch, do it only with a spotter holding your legs.</source>
        <translation>Zu Hause auf dem Sofa nur mit einem Helfer, der Ihre Beine hält.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="182"/>
        <source>The article suggests one set of 15 the first time, building later to 3 sets. BackTimer&apos;s default is that first set of 15, about 4 seconds per rep.</source>
        <translation>Der Artikel schlägt beim ersten Mal einen Satz mit 15 vor, später bis zu 3 Sätze. BackTimer nimmt standardmäßig diesen ersten Satz mit 15, je etwa 4 Sekunden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="183"/>
        <source>hyperextension bench</source>
        <translation>Hyperextensionsbank</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="184"/>
        <source>Deadlift</source>
        <translation>Kreuzheben</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="185"/>
        <source>Lift a barbell from the floor to standing with a flat back, driving through the legs and hips.</source>
        <translation>Eine Langhantel mit geradem Rücken vom Boden bis in den Stand heben, mit Kraft aus Beinen und Hüfte.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="186"/>
        <source>Stand with the bar over the middle of your feet, feet about hip-width apart.</source>
        <translation>Stellen Sie sich so hin, dass die Stange über der Fußmitte liegt, die Füße etwa hüftbreit.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="187"/>
        <source>Hinge at the hips and bend the knees to grip the bar just outside the legs.</source>
        <translation>Beugen Sie sich in der Hüfte und beugen Sie die Knie, um die Stange knapp außerhalb der Beine zu greifen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="188"/>
        <source>Brace the trunk with the chest up and the back flat.</source>
        <translation>Spannen Sie den Rumpf an, Brust raus, Rücken gerade.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="189"/>
        <source>Push through the feet and stand up, keeping the bar close to the legs.</source>
        <translation>Drücken Sie sich über die Füße hoch in den Stand, die Stange nah an den Beinen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="190"/>
        <source>Lower it the same way, under control.</source>
        <translation>Senken Sie sie auf dieselbe Weise kontrolliert ab.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="191"/>
        <source>Bar close to the body</source>
        <translation>Stange nah am Körper</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="192"/>
        <source>Back flat from start to finish</source>
        <translation>Rücken von Anfang bis Ende gerade</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="193"/>
        <source>Try it only once the basic exercises feel easy and free of pain.</source>
        <translation>Versuchen Sie es erst, wenn die Grundübungen leicht und schmerzfrei gehen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="194"/>
        <source>The article gives no dose and treats it as a heavier step for later. BackTimer suggests 8 reps at your own pace (press Done) with a light bar.</source>
        <translation>Der Artikel nennt keine Dosierung und sieht sie als schwereren Schritt für später. BackTimer schlägt 8 Wiederholungen im eigenen Tempo (Fertig drücken) mit leichter Stange vor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="195"/>
        <source>Bent-over row</source>
        <translation>Vorgebeugtes Rudern</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="196"/>
        <source>Leaning forward with a flat back, pull a barbell up to the lower ribs.</source>
        <translation>Mit geradem Rücken vorgebeugt eine Langhantel bis zu den unteren Rippen ziehen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="197"/>
        <source>Hold a barbell with hands a little wider than the shoulders, knees soft.</source>
        <translation>Halten Sie eine Langhantel etwas breiter als schulterbreit, die Knie locker.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="198"/>
        <source>Hinge forward at the hips until the upper body leans well forward, back flat.</source>
        <translation>Beugen Sie sich in der Hüfte vor, bis der Oberkörper deutlich nach vorn geneigt ist, der Rücken gerade.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="199"/>
        <source>Pull the bar to the lower ribs, squeezing the shoulder blades together.</source>
        <translation>Ziehen Sie die Stange zu den unteren Rippen und führen Sie die Schulterblätter zusammen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="200"/>
        <source>Lower it slowly until the arms are straight.</source>
        <translation>Senken Sie sie langsam, bis die Arme gestreckt sind.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="201"/>
        <source>Trunk stays still</source>
        <translation>Der Rumpf bleibt ruhig</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="202"/>
        <source>Elbows travel back, close to the body</source>
        <translation>Die Ellbogen gehen nach hinten, nah am Körper</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="203"/>
        <source>Partial curls</source>
        <translation>Teil-Crunches</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="204"/>
        <source>On your back with knees bent, curl the head and upper chest up while the lower back stays down.</source>
        <translation>In Rückenlage mit gebeugten Knien Kopf und obere Brust anheben, während der untere Rücken unten bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="205"/>
        <source>Lie on a mat with knees bent and hands resting on your chest.</source>
        <translation>Legen Sie sich auf eine Matte, Knie gebeugt, Hände auf der Brust.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="206"/>
        <source>Curl the head and upper chest up off the mat, only as far as is comfortable.</source>
        <translation>Heben Sie Kopf und obere Brust von der Matte, nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="207"/>
        <source>Keep the lower back pressed to the mat throughout.</source>
        <translation>Halten Sie den unteren Rücken die ganze Zeit auf die Matte gedrückt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="209"/>
        <source>Lower back stays down</source>
        <translation>Der untere Rücken bleibt unten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="210"/>
        <source>Move slowly and notice any pain</source>
        <translation>Langsam bewegen und auf Schmerzen achten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="211"/>
        <source>Begin only once any back pain has turned dull and is easing, never while it is sharp.</source>
        <translation>Beginnen Sie erst, wenn Rückenschmerzen dumpf geworden sind und nachlassen, nie solange sie stechend sind.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="212"/>
        <source>With the hands behind the head, never pull the head forward; the belly muscles do the lifting.</source>
        <translation>Mit den Händen hinter dem Kopf ziehen Sie den Kopf nie nach vorn; die Bauchmuskeln heben.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="213"/>
        <source>The article asks for 10 with the hands on the chest, then 10 with the hands behind the head. BackTimer runs this as 2 sets of 10, about 4 seconds each, with 15 seconds between to move the hands.</source>
        <translation>Der Artikel verlangt 10 mit den Händen auf der Brust, dann 10 mit den Händen hinter dem Kopf. BackTimer macht daraus 2 Sätze mit 10, je etwa 4 Sekunden, mit 15 Sekunden dazwischen zum Umgreifen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="215"/>
        <source>On your back with the arms hovering, bend sideways to reach one hand toward the heel on that side.</source>
        <translation>In Rückenlage mit schwebenden Armen seitlich beugen und mit einer Hand zur Ferse derselben Seite reichen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="216"/>
        <source>Lie on your back, knees bent and feet flat, arms along your sides.</source>
        <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach, Arme neben dem Körper.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="217"/>
        <source>Lift the arms so they hover just above the floor.</source>
        <translation>Heben Sie die Arme, sodass sie knapp über dem Boden schweben.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="218"/>
        <source>Bend the trunk sideways and reach the hand toward the heel on the same side.</source>
        <translation>Beugen Sie den Rumpf seitlich und reichen Sie mit der Hand zur Ferse derselben Seite.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="219"/>
        <source>Return to the centre and repeat; after the switch, reach toward the other heel.</source>
        <translation>Zurück zur Mitte und wiederholen; nach dem Wechsel zur anderen Ferse reichen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="220"/>
        <source>Arms hover, never resting</source>
        <translation>Die Arme schweben, liegen nie auf</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="222"/>
        <source>The article asks for 10 on each side. BackTimer counts 10 reaches of about 3 seconds on the left, then 10 on the right.</source>
        <translation>Der Artikel verlangt 10 auf jeder Seite. BackTimer zählt 10 Griffe von etwa 3 Sekunden links, dann 10 rechts.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="223"/>
        <source>Superman</source>
        <translation>Superman</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="224"/>
        <source>Face down with arms forward and palms together, lift the body slightly off the mat and lower it.</source>
        <translation>In Bauchlage mit Armen nach vorn und aneinandergelegten Handflächen den Körper leicht von der Matte heben und senken.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="225"/>
        <source>Lie face down on a mat with arms stretched forward and palms pressed together, like a diver.</source>
        <translation>Legen Sie sich bäuchlings auf eine Matte, die Arme nach vorn gestreckt, die Handflächen aneinandergedrückt wie ein Taucher.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="227"/>
        <source>Hold the tension for a moment.</source>
        <translation>Halten Sie die Spannung einen Moment.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="228"/>
        <source>Lower slowly and relax before the next one.</source>
        <translation>Senken Sie langsam und entspannen Sie vor dem nächsten Mal.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="229"/>
        <source>A small lift is enough</source>
        <translation>Ein kleines Anheben reicht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="230"/>
        <source>Keep the tension as you lower</source>
        <translation>Beim Senken die Spannung halten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="231"/>
        <source>The article asks for 10. BackTimer paces them at about 4 seconds each.</source>
        <translation>Der Artikel verlangt 10. BackTimer gibt jeder etwa 4 Sekunden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="232"/>
        <source>Cat stretch</source>
        <translation>Katzenbuckel</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="234"/>
        <source>Kneel on all fours, hands under the shoulders and knees under the hips.</source>
        <translation>Knien Sie im Vierfüßlerstand, Hände unter den Schultern, Knie unter der Hüfte.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="235"/>
        <source>Let the lower back sink into an arch while you lift your head.</source>
        <translation>Lassen Sie den unteren Rücken in ein Hohlkreuz sinken und heben Sie dabei den Kopf.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="236"/>
        <source>Then push the back up into a round and let the head drop.</source>
        <translation>Drücken Sie dann den Rücken rund nach oben und lassen Sie den Kopf sinken.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="237"/>
        <source>Move slowly between the two shapes.</source>
        <translation>Wechseln Sie langsam zwischen den beiden Formen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="238"/>
        <source>Slow and smooth</source>
        <translation>Langsam und fließend</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="239"/>
        <source>Only as far as feels comfortable</source>
        <translation>Nur so weit, wie es angenehm ist</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="240"/>
        <source>The article asks for 10. BackTimer gives each arch-and-round about 5 seconds.</source>
        <translation>Der Artikel verlangt 10. BackTimer gibt jedem Wechsel von Hohlkreuz zu Rundrücken etwa 5 Sekunden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="241"/>
        <source>Back fundamentals</source>
        <translation>Rücken-Grundlagen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="243"/>
        <source>Warm-up: slow, easy movements to loosen the back.</source>
        <translation>Aufwärmen: langsame, leichte Bewegungen, um den Rücken zu lockern.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="244"/>
        <source>Warm-up: small, easy side bends, without twisting.</source>
        <translation>Aufwärmen: kleine, leichte Seitbeugen, ohne Drehung.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="245"/>
        <source>Needs a hyperextension bench, or a couch with a spotter.</source>
        <translation>Braucht eine Hyperextensionsbank oder ein Sofa mit einem Helfer.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="246"/>
        <source>Floor basics</source>
        <translation>Bodengrundlagen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="248"/>
        <source>Gentle start after back pain</source>
        <translation>Sanfter Einstieg nach Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="251"/>
        <source>Home back workout</source>
        <translation>Rückentraining für zu Hause</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="253"/>
        <source>Swallow fly and bent-leg deadlift</source>
        <translation>Schwalbe und Kreuzheben mit gebeugten Beinen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="255"/>
        <source>Then fetch the barbell; start light.</source>
        <translation>Dann die Langhantel holen; leicht beginnen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="256"/>
        <source>Rise, pause 2 seconds at the top, lower slowly.</source>
        <translation>Heben, oben 2 Sekunden halten, langsam senken.</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../backtimer/ui/player/countdown.py" line="80"/>
        <source>Countdown</source>
        <extracomment>Height of the progress track, as a share of the widget&apos;s height (at least 6 px).</extracomment>
        <translation>Countdown</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="370"/>
        <source>Sound cues could not be played on this audio device.</source>
        <extracomment>backtimer/ui/cue_sounds.py:89</extracomment>
        <translation>Die Tonsignale können auf diesem Audiogerät nicht abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="368"/>
        <source>No audio output device was found: sound cues are off.</source>
        <extracomment>backtimer/ui/cue_sounds.py:81</extracomment>
        <translation>Kein Audioausgabegerät gefunden: Die Tonsignale sind aus.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="372"/>
        <source>Sound files are missing: {0}</source>
        <extracomment>backtimer/ui/cue_sounds.py:85</extracomment>
        <translation>Tondateien fehlen: {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="374"/>
        <source>Exercises must not hurt. Skip this one, or end the session for today.</source>
        <extracomment>backtimer/ui/dialogs.py:120</extracomment>
        <translation>Übungen dürfen nicht wehtun. Überspringen Sie diese oder beenden Sie die Einheit für heute.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="376"/>
        <source>It hurts</source>
        <extracomment>backtimer/ui/dialogs.py:118</extracomment>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="378"/>
        <source>If the pain stays or comes back, see a doctor.</source>
        <extracomment>backtimer/ui/dialogs.py:123</extracomment>
        <translation>Wenn der Schmerz bleibt oder wiederkommt, gehen Sie zum Arzt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="380"/>
        <source>Skip this exercise</source>
        <extracomment>backtimer/ui/dialogs.py:126</extracomment>
        <translation>Diese Übung überspringen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="382"/>
        <source>End the session</source>
        <extracomment>backtimer/ui/dialogs.py:127</extracomment>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="384"/>
        <source>End the session?</source>
        <extracomment>backtimer/ui/dialogs.py:139</extracomment>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="386"/>
        <source>End this session now? What you did so far is kept in your history.</source>
        <extracomment>backtimer/ui/dialogs.py:140</extracomment>
        <translation>Diese Einheit jetzt beenden? Was Sie bisher gemacht haben, bleibt im Verlauf.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="388"/>
        <source>Before you start</source>
        <extracomment>backtimer/ui/dialogs.py:65</extracomment>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="390"/>
        <source>Safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:76</extracomment>
        <translation>Sicherheitsregeln</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="392"/>
        <source>I understand</source>
        <extracomment>backtimer/ui/dialogs.py:85</extracomment>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="394"/>
        <source>I understand the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:86</extracomment>
        <translation>Ich habe die Sicherheitsregeln verstanden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="404"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/dialogs.py:92</extracomment>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="406"/>
        <source>Quit BackTimer</source>
        <extracomment>backtimer/ui/dialogs.py:93</extracomment>
        <translation>BackTimer beenden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="396"/>
        <source>{name} was stopped and noted as painful.</source>
        <extracomment>backtimer/ui/dialogs.py:119</extracomment>
        <translation>{name} wurde abgebrochen und als schmerzhaft vermerkt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="400"/>
        <source>Close</source>
        <extracomment>backtimer/ui/dialogs.py:89</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="398"/>
        <source>Keyboard shortcuts</source>
        <extracomment>backtimer/ui/dialogs.py:152</extracomment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="402"/>
        <source>Close the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:90</extracomment>
        <translation>Sicherheitsregeln schließen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/summary.py" line="174"/>
        <source>This session is not saved yet: the disk is full or failing. BackTimer keeps trying while it runs.</source>
        <translation>Diese Einheit ist noch nicht gespeichert: Der Datenträger ist voll oder fehlerhaft. BackTimer versucht es weiter, solange es läuft.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="408"/>
        <source>Next time, try the easier {easier} instead.</source>
        <extracomment>backtimer/ui/dialogs.py:122</extracomment>
        <translation>Versuchen Sie nächstes Mal stattdessen die leichtere Übung {easier}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="410"/>
        <source>Keys</source>
        <extracomment>backtimer/ui/dialogs.py:158</extracomment>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="412"/>
        <source>Press any key to close.</source>
        <extracomment>backtimer/ui/dialogs.py:159</extracomment>
        <translation>Eine beliebige Taste schließt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="414"/>
        <source>Train your back safely</source>
        <extracomment>backtimer/ui/dialogs.py:69</extracomment>
        <translation>Trainieren Sie Ihren Rücken sicher</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="26"/>
        <source>See your doctor before you start: some back problems need their own treatment.</source>
        <translation>Gehen Sie vor dem Start zum Arzt: Manche Rückenprobleme brauchen eine eigene Behandlung.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="30"/>
        <source>No exercise should hurt. If one does, stop at once (press H) and ask for advice.</source>
        <translation>Keine Übung darf wehtun. Wenn eine wehtut, hören Sie sofort auf (Taste H) und holen Sie Rat ein.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="34"/>
        <source>Do not train while the pain is sharp or inflamed; begin once it has become dull and is fading.</source>
        <translation>Trainieren Sie nicht, solange der Schmerz stechend oder entzündet ist; beginnen Sie erst, wenn er dumpf geworden ist und nachlässt.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="39"/>
        <source>Always begin with a gentle warm-up. Every built-in routine opens with one.</source>
        <translation>Beginnen Sie immer mit einem sanften Aufwärmen. Jede eingebaute Routine beginnt damit.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="43"/>
        <source>Aim for four to five sessions a week.</source>
        <translation>Nehmen Sie sich vier bis fünf Einheiten pro Woche vor.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="47"/>
        <source>Add time or difficulty a little at a time. More is not better; go by what you can do.</source>
        <translation>Steigern Sie Zeit oder Schwierigkeit nur nach und nach. Mehr ist nicht besser; richten Sie sich nach Ihrem Können.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="51"/>
        <source>Loaded exercises (deadlifts, rows, gym hyperextensions) only with sound technique or a trainer; a hyperextension on a couch needs someone to hold your legs.</source>
        <translation>Übungen mit Gewicht (Kreuzheben, Rudern, Hyperextensions im Studio) nur mit sauberer Technik oder mit Trainer; eine Hyperextension auf dem Sofa braucht jemanden, der Ihre Beine hält.</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="416"/>
        <source>Add “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:140</extracomment>
        <translation>„{name}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="418"/>
        <source>Remove “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:152</extracomment>
        <translation>„{name}“ entfernen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="420"/>
        <source>Move item {a} to place {b}</source>
        <extracomment>backtimer/ui/editor/commands.py:165</extracomment>
        <translation>Eintrag {a} an Stelle {b} verschieben</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="422"/>
        <source>Change item {n}</source>
        <extracomment>backtimer/ui/editor/commands.py:181</extracomment>
        <translation>Eintrag {n} ändern</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="424"/>
        <source>Set every rest to {s} s</source>
        <extracomment>backtimer/ui/editor/commands.py:257</extracomment>
        <translation>Jede Pause auf {s} s setzen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="426"/>
        <source>New exercise “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:275</extracomment>
        <translation>Neue Übung „{name}“</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="215"/>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="216"/>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="217"/>
        <source>Change lead-in</source>
        <translation>Vorlaufzeit ändern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="222"/>
        <source>Change routine</source>
        <translation>Routine ändern</translation>
    </message>
</context>
<context>
    <name>EditorModels</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="428"/>
        <source>Your routine</source>
        <extracomment>backtimer/ui/editor/models.py:93</extracomment>
        <translation>Ihre Routine</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="430"/>
        <source>Built-in routine: read-only. Duplicate it to make your own copy.</source>
        <extracomment>backtimer/ui/editor/models.py:92</extracomment>
        <translation>Eingebaute Routine: schreibgeschützt. Duplizieren Sie sie für eine eigene Kopie.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="432"/>
        <source> (custom)</source>
        <extracomment>backtimer/ui/editor/models.py:333</extracomment>
        <translation> (eigene)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="434"/>
        <source>{name}: about {time}, its rest included</source>
        <extracomment>backtimer/ui/editor/models.py:200</extracomment>
        <translation>{name}: etwa {time}, Pause eingerechnet</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="436"/>
        <source>{name} (built-in)</source>
        <extracomment>backtimer/ui/editor/models.py:89</extracomment>
        <translation>{name} (eingebaut)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="179"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="236"/>
        <source>Planned time: {t}</source>
        <translation>Geplante Zeit: {t}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="244"/>
        <source>built-in, read-only</source>
        <translation>eingebaut, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="246"/>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="248"/>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="256"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="256"/>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="258"/>
        <source>item {n}</source>
        <translation>Eintrag {n}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="260"/>
        <source>Cannot be saved: {place}: {message}</source>
        <translation>Kann nicht gespeichert werden: {place}: {message}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="262"/>
        <source>(and {n} more)</source>
        <translation>(und {n} weitere)</translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/editor/page.py" line="319"/>
        <source>Add %n exercises</source>
        <translation>
            <numerusform>%n Übung hinzufügen</numerusform>
            <numerusform>%n Übungen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="373"/>
        <source>Any position</source>
        <translation>Jede Position</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="380"/>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="382"/>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="383"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="384"/>
        <source>Gym</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="393"/>
        <source>Any equipment</source>
        <translation>Jede Ausrüstung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="425"/>
        <source>Save routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="441"/>
        <location filename="../backtimer/ui/editor/page.py" line="451"/>
        <location filename="../tools/translations/content_strings.py" line="464"/>
        <source>New routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:61</extracomment>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="449"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="450"/>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation>„{name}“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="452"/>
        <source>{name} ({n})</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:47</extracomment>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="454"/>
        <source>{name} (copy)</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:71</extracomment>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="456"/>
        <source>Duplicate routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:75</extracomment>
        <translation>Routine duplizieren</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="448"/>
        <source>Rename</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:86</extracomment>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="450"/>
        <source>Save or revert your changes first.</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:86</extracomment>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="438"/>
        <source>Rename routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:89</extracomment>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="440"/>
        <source>New name:</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:89</extracomment>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="458"/>
        <source>Deleted “{name}”.</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:109</extracomment>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="460"/>
        <source>Undo delete</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:121</extracomment>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="442"/>
        <source>Import routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:133</extracomment>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="444"/>
        <source>BackTimer routines (*.backtimer.json)</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:133</extracomment>
        <translation>BackTimer-Routinen (*.backtimer.json)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="462"/>
        <source>Import refused</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:141</extracomment>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="446"/>
        <source>Export routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:155</extracomment>
        <translation>Routine exportieren</translation>
    </message>
</context>
<context>
    <name>EditorSafety</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="466"/>
        <source> (loaded)</source>
        <extracomment>backtimer/ui/editor/safety_notes.py:48</extracomment>
        <translation> (mit Last)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="468"/>
        <source>Warm-up advice</source>
        <extracomment>backtimer/ui/editor/safety_notes.py:36</extracomment>
        <translation>Hinweis zum Aufwärmen</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="94"/>
        <location filename="../backtimer/ui/editor/view.py" line="97"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="104"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="105"/>
        <source>Duplicate routine</source>
        <translation>Routine duplizieren</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="106"/>
        <source>Make an editable copy of this routine</source>
        <translation>Eine bearbeitbare Kopie dieser Routine anlegen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename this routine</source>
        <translation>Diese Routine umbenennen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete this routine (undoable)</source>
        <translation>Diese Routine löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import a routine file</source>
        <translation>Eine Routinedatei importieren</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Save this routine to a file</source>
        <translation>Diese Routine in eine Datei speichern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <location filename="../backtimer/ui/editor/view.py" line="326"/>
        <location filename="../backtimer/ui/editor/view.py" line="342"/>
        <location filename="../backtimer/ui/editor/view.py" line="350"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <source>Bring the deleted routine back</source>
        <translation>Die gelöschte Routine zurückholen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="153"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="161"/>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="163"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="165"/>
        <location filename="../backtimer/ui/editor/view.py" line="168"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="171"/>
        <location filename="../backtimer/ui/editor/view.py" line="176"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="172"/>
        <location filename="../backtimer/ui/editor/view.py" line="191"/>
        <source>Lead-in</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="173"/>
        <source>Countdown before the first exercise (0–600 s)</source>
        <translation>Countdown vor der ersten Übung (0–600 s)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="177"/>
        <location filename="../backtimer/ui/editor/view.py" line="187"/>
        <source>Default rest</source>
        <translation>Standardpause</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="178"/>
        <source>Rest after each exercise you add (0–1800 s)</source>
        <translation>Pause nach jeder hinzugefügten Übung (0–1800 s)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="180"/>
        <source>Apply to all</source>
        <translation>Auf alle anwenden</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="181"/>
        <source>Apply default rest to all items</source>
        <translation>Standardpause auf alle Einträge anwenden</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="182"/>
        <source>Give every item this rest after it</source>
        <translation>Jedem Eintrag diese Pause danach geben</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="193"/>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="196"/>
        <source>Items of the routine</source>
        <translation>Einträge der Routine</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="197"/>
        <source>Drag to reorder; Alt+Up / Alt+Down moves; Del removes</source>
        <translation>Ziehen zum Umsortieren; Alt+Hoch / Alt+Runter verschiebt; Entf entfernt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move item up</source>
        <translation>Eintrag nach oben</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move item down</source>
        <translation>Eintrag nach unten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove item</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove the item (Del)</source>
        <translation>Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="225"/>
        <source>Planned time</source>
        <translation>Geplante Zeit</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="234"/>
        <source>What stops saving</source>
        <translation>Was das Speichern verhindert</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <location filename="../backtimer/ui/editor/view.py" line="330"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Save routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Throw away unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="247"/>
        <location filename="../backtimer/ui/editor/view.py" line="248"/>
        <source>Run in player</source>
        <translation>Im Player starten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="249"/>
        <source>Run this routine in the player</source>
        <translation>Diese Routine im Player starten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="262"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="264"/>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="265"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="270"/>
        <source>Filter by position</source>
        <translation>Nach Position filtern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="272"/>
        <source>Filter by equipment</source>
        <translation>Nach Ausrüstung filtern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="274"/>
        <source>Filter by level</source>
        <translation>Nach Stufe filtern</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="276"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="277"/>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="278"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="293"/>
        <source>Exercises to add</source>
        <translation>Übungen zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="295"/>
        <source>Double-click or Enter adds; or drag into the items</source>
        <translation>Doppelklick oder Eingabe fügt hinzu; oder in die Einträge ziehen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add after the current item (Enter)</source>
        <translation>Nach dem aktuellen Eintrag hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="306"/>
        <source>New exercise…</source>
        <translation>Neue Übung…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="307"/>
        <source>New custom exercise</source>
        <translation>Neue eigene Übung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="308"/>
        <source>Describe an exercise of your own</source>
        <translation>Eine eigene Übung beschreiben</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="328"/>
        <location filename="../backtimer/ui/editor/view.py" line="343"/>
        <location filename="../backtimer/ui/editor/view.py" line="351"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="333"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="334"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="40"/>
        <source>Lying on the back</source>
        <translation>Auf dem Rücken liegend</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="41"/>
        <source>Lying face down</source>
        <translation>Auf dem Bauch liegend</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="42"/>
        <source>On all fours</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="43"/>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="44"/>
        <source>Lying on one side</source>
        <translation>Auf der Seite liegend</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="45"/>
        <source>Kneeling</source>
        <translation>Kniend</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="46"/>
        <source>On a bench or machine</source>
        <translation>Auf einer Bank oder einem Gerät</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="70"/>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="75"/>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="78"/>
        <source>Instructions, one step per line</source>
        <translation>Anleitung, ein Schritt pro Zeile</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="79"/>
        <source>One step per line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="81"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="100"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="85"/>
        <source>Equipment, separated by commas</source>
        <translation>Ausrüstung, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="86"/>
        <source>mat, towel</source>
        <translation>Matte, Handtuch</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="87"/>
        <source>Done one side at a time</source>
        <translation>Jeweils eine Seite nach der anderen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="88"/>
        <source>One-sided</source>
        <translation>Einseitig</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="89"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="90"/>
        <source>Choose picture…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="91"/>
        <source>Choose picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="99"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="101"/>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="106"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="147"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="126"/>
        <source>The exercise needs a name.</source>
        <translation>Die Übung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="128"/>
        <source>Write at least one step of instructions.</source>
        <translation>Schreiben Sie mindestens einen Schritt der Anleitung.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="137"/>
        <source>Choose a picture</source>
        <translation>Ein Bild wählen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="137"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="101"/>
        <source>Exercise illustration</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="297"/>
        <source>Picture of the exercise %1</source>
        <translation>Bild der Übung %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="300"/>
        <source>Animated figure showing %1, left side</source>
        <translation>Animierte Figur zeigt %1, linke Seite</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="302"/>
        <source>Animated figure showing %1, right side</source>
        <translation>Animierte Figur zeigt %1, rechte Seite</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="304"/>
        <source>Animated figure showing %1</source>
        <translation>Animierte Figur zeigt %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="307"/>
        <location filename="../backtimer/ui/figure_widget.py" line="309"/>
        <source>No illustration</source>
        <translation>Keine Abbildung</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="338"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="341"/>
        <source>{holds} × {hold} hold</source>
        <translation>{holds} × {hold} halten</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="339"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n Wdh. × {pace} s</numerusform>
            <numerusform>%n Wdh. × {pace} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="340"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="342"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="343"/>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="344"/>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="470"/>
        <source>not given</source>
        <extracomment>backtimer/ui/history/charts.py:409</extracomment>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="472"/>
        <source>History charts</source>
        <extracomment>backtimer/ui/history/charts.py:79</extracomment>
        <translation>Verlaufsdiagramme</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="474"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/history/charts.py:94</extracomment>
        <translation>Trainingsminuten pro Woche</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="476"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/history/charts.py:95</extracomment>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="478"/>
        <source>Pain before and after (0–10)</source>
        <extracomment>backtimer/ui/history/charts.py:96</extracomment>
        <translation>Schmerz vorher und nachher (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="480"/>
        <source>No sessions yet.</source>
        <extracomment>backtimer/ui/history/charts.py:192</extracomment>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="482"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/history/charts.py:393</extracomment>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="484"/>
        <source>Before</source>
        <extracomment>backtimer/ui/history/charts.py:123</extracomment>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="486"/>
        <source>After</source>
        <extracomment>backtimer/ui/history/charts.py:126</extracomment>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="494"/>
        <source>Exercised: %1 min</source>
        <extracomment>backtimer/ui/history/charts.py:392</extracomment>
        <translation>Trainiert: %1 min</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="488"/>
        <source>goal of %1 met</source>
        <extracomment>backtimer/ui/history/charts.py:396</extracomment>
        <translation>Ziel von %1 erreicht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="490"/>
        <source>goal of %1 not met</source>
        <extracomment>backtimer/ui/history/charts.py:396</extracomment>
        <translation>Ziel von %1 nicht erreicht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="492"/>
        <source>goal %1</source>
        <extracomment>backtimer/ui/history/charts.py:297</extracomment>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="496"/>
        <source>Pain before: %1</source>
        <extracomment>backtimer/ui/history/charts.py:415</extracomment>
        <translation>Schmerz vorher: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="498"/>
        <source>Pain after: %1</source>
        <extracomment>backtimer/ui/history/charts.py:416</extracomment>
        <translation>Schmerz nachher: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="500"/>
        <source>Goal met in %1 of the last %2 weeks.</source>
        <extracomment>backtimer/ui/history/charts.py:207</extracomment>
        <translation>Ziel in %1 der letzten %2 Wochen erreicht.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="502"/>
        <source>Last week: %1 sessions, %2 minutes.</source>
        <extracomment>backtimer/ui/history/charts.py:201</extracomment>
        <translation>Letzte Woche: %1 Einheiten, %2 Minuten.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="504"/>
        <source>Pain at the last session: %1 before, %2 after.</source>
        <extracomment>backtimer/ui/history/charts.py:217</extracomment>
        <translation>Schmerz bei der letzten Einheit: %1 davor, %2 danach.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="506"/>
        <source>This week: %1 sessions of a goal of %2, %3 minutes.</source>
        <extracomment>backtimer/ui/history/charts.py:194</extracomment>
        <translation>Diese Woche: %1 Einheiten von %2 als Ziel, %3 Minuten.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="508"/>
        <source>Week %1 of %2, from %3</source>
        <extracomment>backtimer/ui/history/charts.py:388</extracomment>
        <translation>Woche %1 von %2, ab %3</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="83"/>
        <source>Delete the session of %1</source>
        <translation>Die Einheit vom %1 löschen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="136"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="147"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="148"/>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="162"/>
        <source>Session details</source>
        <translation>Details der Einheit</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="165"/>
        <location filename="../backtimer/ui/history/page.py" line="168"/>
        <source>Delete session…</source>
        <translation>Einheit löschen…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="166"/>
        <source>Delete the selected session</source>
        <translation>Die ausgewählte Einheit löschen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="172"/>
        <location filename="../backtimer/ui/history/page.py" line="187"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="181"/>
        <source>Rep&amp;ort for your physiotherapist…</source>
        <translation>&amp;Bericht für die Physiotherapie…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="184"/>
        <source>A PDF of your sessions, pain ratings and what hurt, for a chosen period</source>
        <translation>Ein PDF mit Einheiten, Schmerzbewertungen und Beschwerden für einen gewählten Zeitraum</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="188"/>
        <source>Undo the deletion</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="198"/>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="199"/>
        <source>Weekly goal, sessions a week</source>
        <translation>Wochenziel, Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="200"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="203"/>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="205"/>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="206"/>
        <source>Show the last 12 weeks</source>
        <translation>Die letzten 12 Wochen zeigen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="207"/>
        <source>All weeks</source>
        <translation>Alle Wochen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="208"/>
        <source>Show all weeks</source>
        <translation>Alle Wochen zeigen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="343"/>
        <source>Delete the session of %1 (%2)? You can undo this.</source>
        <translation>Die Einheit vom %1 (%2) löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="345"/>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="348"/>
        <source>Deleted the session of %1.</source>
        <translation>Die Einheit vom %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="420"/>
        <source>No session selected. Finished sessions appear in the list.</source>
        <translation>Keine Einheit ausgewählt. Abgeschlossene Einheiten erscheinen in der Liste.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="439"/>
        <source>No streak yet: meet the goal this week to start one</source>
        <translation>Noch keine Serie: Erreichen Sie diese Woche das Ziel, um eine zu beginnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="442"/>
        <source>Streak: %n+ weeks in a row meeting the goal</source>
        <translation>
            <numerusform>Serie: %n+ Woche in Folge mit erreichtem Ziel</numerusform>
            <numerusform>Serie: %n+ Wochen in Folge mit erreichtem Ziel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="444"/>
        <source>Streak: %n weeks in a row meeting the goal</source>
        <translation>
            <numerusform>Serie: %n Woche mit erreichtem Ziel</numerusform>
            <numerusform>Serie: %n Wochen in Folge mit erreichtem Ziel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="70"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="179"/>
        <source>No item selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="77"/>
        <source>Timed</source>
        <translation>Auf Zeit</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="78"/>
        <source>Paced repetitions</source>
        <translation>Wiederholungen im Takt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="79"/>
        <source>Repetitions at my own pace</source>
        <translation>Wiederholungen im eigenen Tempo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="80"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Holds</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="84"/>
        <source>Each side (left, then right)</source>
        <translation>Jede Seite (links, dann rechts)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="85"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="158"/>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="87"/>
        <source>A short note shown with the item</source>
        <translation>Eine kurze Notiz, die beim Eintrag erscheint</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="91"/>
        <source>Problems with this item</source>
        <translation>Probleme mit diesem Eintrag</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="126"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="127"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="129"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="128"/>
        <source>How the exercise is done</source>
        <translation>Wie die Übung ausgeführt wird</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Work time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Seconds of work (1–7200)</source>
        <translation>Sekunden Arbeit (1–7200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="131"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="131"/>
        <source>Repetitions per set (1–1000)</source>
        <translation>Wiederholungen pro Satz (1–1000)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="134"/>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="135"/>
        <source> s per rep</source>
        <translation> s pro Wdh.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="136"/>
        <source>Seconds per repetition (0.5–60)</source>
        <translation>Sekunden pro Wiederholung (0,5–60)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="139"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="139"/>
        <source>Seconds per hold (1–7200)</source>
        <translation>Sekunden pro Halten (1–7200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="141"/>
        <source>Rest between holds</source>
        <translation>Pause zwischen dem Halten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="141"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Seconds (0–1800)</source>
        <translation>Sekunden (0–1800)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Number of holds (1–200)</source>
        <translation>Anzahl der Haltephasen (1–200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Number of sets (1–50)</source>
        <translation>Anzahl der Sätze (1–50)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="146"/>
        <source>Each side</source>
        <translation>Jede Seite</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="147"/>
        <source>Do the work on the left side, then on the right</source>
        <translation>Erst links, dann rechts üben</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="150"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="150"/>
        <source>Pause to change sides (0–1800)</source>
        <translation>Pause zum Seitenwechsel (0–1800)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="154"/>
        <source>Rest after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="156"/>
        <source>Rest after this item (0–1800); not after the last item</source>
        <translation>Pause nach diesem Eintrag (0–1800); nicht nach dem letzten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="159"/>
        <source>Mark this item as a warm-up</source>
        <translation>Diesen Eintrag als Aufwärmen markieren</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="161"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="163"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="162"/>
        <source>A short note shown with the item (500 characters)</source>
        <translation>Eine kurze Notiz, die beim Eintrag erscheint (500 Zeichen)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="215"/>
        <source>This item</source>
        <translation>Dieser Eintrag</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="216"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="350"/>
        <source>%n earlier sessions ended without saving; kept as interrupted.</source>
        <extracomment>backtimer/startup.py:203</extracomment>
        <translation>
            <numerusform>%n frühere Einheit endete ohne Speichern; als abgebrochen behalten.</numerusform>
            <numerusform>%n frühere Einheiten endeten ohne Speichern; als abgebrochen behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="352"/>
        <source>%n history writes could not be saved (the disk is full or failing); they are lost.</source>
        <extracomment>backtimer/startup.py:222</extracomment>
        <translation>
            <numerusform>%n Verlaufseintrag konnte nicht gespeichert werden (die Festplatte ist voll oder defekt); er ist verloren.</numerusform>
            <numerusform>%n Verlaufseinträge konnten nicht gespeichert werden (die Festplatte ist voll oder defekt); sie sind verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="358"/>
        <source>There is no routine called “%1”.</source>
        <extracomment>backtimer/startup.py:181</extracomment>
        <translation>Es gibt keine Übungsfolge namens „%1“.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="354"/>
        <source>The history file was damaged. It was moved to %1 and a new one was started.</source>
        <extracomment>backtimer/startup.py:241</extracomment>
        <translation>Die Verlaufsdatei war beschädigt. Sie wurde nach %1 verschoben und eine neue wurde begonnen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="356"/>
        <source>The history is empty because the earlier, damaged file was moved to %1.</source>
        <extracomment>backtimer/startup.py:248</extracomment>
        <translation>Der Verlauf ist leer, weil die frühere, beschädigte Datei nach %1 verschoben wurde.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="84"/>
        <source>BackTimer cannot use the data folder %1: it cannot create its lock file there.</source>
        <translation>BackTimer kann den Datenordner %1 nicht verwenden: Es kann dort seine Sperrdatei nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="87"/>
        <source>BackTimer is already running; brought it to the front.</source>
        <translation>BackTimer läuft bereits; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="88"/>
        <source>BackTimer is already running for %1 (it did not answer: %2); bring its window to the front yourself.</source>
        <translation>BackTimer läuft bereits für %1 (es hat nicht geantwortet: %2); holen Sie sein Fenster selbst nach vorn.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="119"/>
        <source>BackTimer needs a graphical desktop to open its window, and there is none here (DISPLAY is not set). The sub-commands work without one: see backtimer --help.</source>
        <translation>BackTimer braucht eine grafische Arbeitsumgebung, um sein Fenster zu öffnen, und hier gibt es keine (DISPLAY ist nicht gesetzt). Die Unterbefehle funktionieren auch ohne: siehe backtimer --help.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="131"/>
        <source>BackTimer cannot reach the display %1: no X server is running there.</source>
        <translation>BackTimer erreicht die Anzeige %1 nicht: Dort läuft kein X-Server.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="568"/>
        <source>Pages</source>
        <extracomment>backtimer/ui/main_window.py:85</extracomment>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="570"/>
        <source>&amp;Player</source>
        <extracomment>backtimer/ui/main_window.py:88</extracomment>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="580"/>
        <source>Full screen</source>
        <extracomment>backtimer/ui/main_window.py:143</extracomment>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="572"/>
        <source>Status</source>
        <extracomment>backtimer/ui/main_window.py:99</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="582"/>
        <source>&amp;Settings…</source>
        <extracomment>backtimer/ui/main_window.py:164</extracomment>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="584"/>
        <source>Open the settings</source>
        <extracomment>backtimer/ui/main_window.py:165</extracomment>
        <translation>Die Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="586"/>
        <source>&amp;Reminders…</source>
        <extracomment>backtimer/ui/main_window.py:170</extracomment>
        <translation>E&amp;rinnerungen…</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="588"/>
        <source>Choose when BackTimer reminds you</source>
        <extracomment>backtimer/ui/main_window.py:170</extracomment>
        <translation>Festlegen, wann BackTimer Sie erinnert</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="590"/>
        <source>Sa&amp;fety rules</source>
        <extracomment>backtimer/ui/main_window.py:172</extracomment>
        <translation>&amp;Sicherheitsregeln</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="592"/>
        <source>Read the safety rules again</source>
        <extracomment>backtimer/ui/main_window.py:172</extracomment>
        <translation>Die Sicherheitsregeln noch einmal lesen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="594"/>
        <source>&amp;About BackTimer</source>
        <extracomment>backtimer/ui/main_window.py:174</extracomment>
        <translation>Über &amp;BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="596"/>
        <source>Version, licence and sources</source>
        <extracomment>backtimer/ui/main_window.py:174</extracomment>
        <translation>Version, Lizenz und Quellen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="598"/>
        <source>&amp;Quit</source>
        <extracomment>backtimer/ui/main_window.py:177</extracomment>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="600"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/main_window.py:177</extracomment>
        <translation>BackTimer schließen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="574"/>
        <source>Menu</source>
        <extracomment>backtimer/ui/main_window.py:101</extracomment>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="576"/>
        <source>Application menu</source>
        <extracomment>backtimer/ui/main_window.py:102</extracomment>
        <translation>Anwendungsmenü</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="578"/>
        <source>Settings, reminders, help and quit</source>
        <extracomment>backtimer/ui/main_window.py:106</extracomment>
        <translation>Einstellungen, Erinnerungen, Hilfe und Beenden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="602"/>
        <source>Next page</source>
        <extracomment>backtimer/ui/main_window.py:139</extracomment>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="604"/>
        <source>Previous page</source>
        <extracomment>backtimer/ui/main_window.py:139</extracomment>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="606"/>
        <source>This page could not be opened: {error}</source>
        <extracomment>backtimer/ui/main_window.py:61</extracomment>
        <translation>Diese Seite konnte nicht geöffnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../backtimer/ui/notifications.py" line="161"/>
        <source>Open BackTimer</source>
        <translation>BackTimer öffnen</translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="52"/>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="53"/>
        <source>Pain check-in</source>
        <translation>Schmerz-Abfrage</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="57"/>
        <source>0 = no pain, 10 = the worst pain you can imagine</source>
        <translation>0 = kein Schmerz, 10 = der schlimmste vorstellbare Schmerz</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="66"/>
        <source>Pain %1 out of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="74"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="75"/>
        <source>Skip the pain check-in</source>
        <translation>Schmerz-Abfrage überspringen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="97"/>
        <source>How much does your back hurt now, before you start?</source>
        <translation>Wie stark schmerzt Ihr Rücken jetzt, vor dem Start?</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="98"/>
        <source>How much does your back hurt now, after the session?</source>
        <translation>Wie stark schmerzt Ihr Rücken jetzt, nach der Einheit?</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="261"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="262"/>
        <source>Get ready</source>
        <translation>Machen Sie sich bereit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="263"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="264"/>
        <source>Hold {n} of {total}</source>
        <translation>Halten {n} von {total}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="265"/>
        <source>Rest between holds</source>
        <translation>Pause zwischen dem Halten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="266"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="267"/>
        <source>Rest before set {n}</source>
        <translation>Pause vor Satz {n}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="268"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="269"/>
        <source>Switch to your left side</source>
        <translation>Wechsel auf die linke Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="270"/>
        <source>Switch to your right side</source>
        <translation>Wechsel auf die rechte Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="271"/>
        <source>Rep {n} of {total}</source>
        <translation>Wdh. {n} von {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="272"/>
        <source>%n reps at your pace</source>
        <translation>
            <numerusform>%n Wdh. im eigenen Tempo</numerusform>
            <numerusform>%n Wdh. im eigenen Tempo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="273"/>
        <source>Set {n} of {total}</source>
        <translation>Satz {n} von {total}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="274"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="275"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="276"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="277"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="278"/>
        <source>Routine completed</source>
        <translation>Routine abgeschlossen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="279"/>
        <source>Routine completed, but something hurt</source>
        <translation>Programm beendet, aber etwas tat weh</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="280"/>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="281"/>
        <source>Session stopped because it hurt</source>
        <translation>Einheit wegen Schmerzen beendet</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="282"/>
        <source>Session stopped; something hurt</source>
        <translation>Einheit beendet; etwas hat wehgetan</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="283"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="284"/>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="285"/>
        <source>This is the last exercise</source>
        <translation>Das ist die letzte Übung</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="286"/>
        <source>Paused. Press Space to go on.</source>
        <translation>Pausiert. Leertaste setzt fort.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="287"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="288"/>
        <source>Paused because the computer was asleep. Press Space to go on.</source>
        <translation>Pausiert, weil der Computer im Ruhezustand war. Leertaste setzt fort.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="289"/>
        <source>Paused because BackTimer was frozen for a while. Press Space to go on.</source>
        <translation>Pausiert, weil BackTimer eine Weile eingefroren war. Leertaste setzt fort.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="290"/>
        <source>Stopped because it hurts.</source>
        <translation>Beendet, weil es wehtut.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="291"/>
        <source>Press Enter when done</source>
        <translation>Eingabe drücken, wenn fertig</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="292"/>
        <source>Done when ready</source>
        <translation>Fertig, wenn Sie so weit sind</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="293"/>
        <source>of {total} · {time} left</source>
        <translation>von {total} · noch {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="295"/>
        <source>Press Space to start</source>
        <translation>Leertaste drücken zum Starten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="296"/>
        <source>Press Space to start again</source>
        <translation>Leertaste drücken für einen neuen Start</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="297"/>
        <source>{name}: {phase}.</source>
        <translation>{name}: {phase}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="298"/>
        <source>Get ready. First: {name}.</source>
        <translation>Machen Sie sich bereit. Zuerst: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="299"/>
        <source>Rest. Next: {name}.</source>
        <translation>Pause. Als Nächstes: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="300"/>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="301"/>
        <source>Routine completed. Well done.</source>
        <translation>Programm beendet. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="302"/>
        <source>Session stopped.</source>
        <translation>Einheit beendet.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="303"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="304"/>
        <source>Next: {name}, {dose}</source>
        <translation>Als Nächstes: {name}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="305"/>
        <source>Next: {name}, {side}, {dose}</source>
        <translation>Als Nächstes: {name}, {side}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="306"/>
        <source>Next: {name}. Hold, {duration}</source>
        <translation>Als Nächstes: {name}. Halten, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="307"/>
        <source>Next: {name}, {side}. Hold, {duration}</source>
        <translation>Als Nächstes: {name}, {side}. Halten, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="308"/>
        <source>Get ready. First: {name}</source>
        <translation>Machen Sie sich bereit. Zuerst: {name}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="309"/>
        <source>Set {set_no} of {sets}, {dose}</source>
        <translation>Satz {set_no} von {sets}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="310"/>
        <source>Right side, {dose}</source>
        <translation>Rechte Seite, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="311"/>
        <source>Hold, {duration}</source>
        <translation>Halten, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="312"/>
        <source>Rest, {duration}</source>
        <translation>Pause, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="313"/>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="314"/>
        <source>Well done. Routine finished.</source>
        <translation>Gut gemacht. Routine beendet.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="315"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="316"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="317"/>
        <source>%n repetitions</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="318"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="319"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="323"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n Wdh. × {pace} s</numerusform>
            <numerusform>%n Wdh. × {pace} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="324"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="326"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="334"/>
        <source>The warm-up lasts %n seconds. Two minutes of easy movement prepare the back better.</source>
        <translation>
            <numerusform>Das Aufwärmen dauert %n Sekunde. Zwei Minuten lockere Bewegung bereiten den Rücken besser vor.</numerusform>
            <numerusform>Das Aufwärmen dauert %n Sekunden. Zwei Minuten lockere Bewegung bereiten den Rücken besser vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="336"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or try {next}. Go slowly; more is not better.</source>
        <translation>
            <numerusform>%n angenehme Einheit von {routine} hintereinander. Wenn Sie sich bereit fühlen, machen Sie es etwas schwerer: ein Satz mehr bei einer Übung, oder versuchen Sie {next}. Steigern Sie langsam; mehr ist nicht besser.</numerusform>
            <numerusform>%n angenehme Einheiten von {routine} hintereinander. Wenn Sie sich bereit fühlen, machen Sie es etwas schwerer: ein Satz mehr bei einer Übung, oder versuchen Sie {next}. Steigern Sie langsam; mehr ist nicht besser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="337"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or a few seconds to a hold. Go slowly; more is not better.</source>
        <translation>
            <numerusform>%n angenehme Einheit von {routine} hintereinander. Wenn Sie sich bereit fühlen, machen Sie es etwas schwerer: ein Satz mehr bei einer Übung oder ein paar Sekunden mehr beim Halten. Steigern Sie langsam; mehr ist nicht besser.</numerusform>
            <numerusform>%n angenehme Einheiten von {routine} hintereinander. Wenn Sie sich bereit fühlen, machen Sie es etwas schwerer: ein Satz mehr bei einer Übung oder ein paar Sekunden mehr beim Halten. Steigern Sie langsam; mehr ist nicht besser.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="616"/>
        <source>No training today. Start again once the pain has turned dull and is easing.</source>
        <extracomment>backtimer/ui/player/controller.py:257</extracomment>
        <translation>Heute kein Training. Beginnen Sie wieder, wenn der Schmerz dumpf geworden ist und nachlässt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="770"/>
        <source>{name} hurt in {hurt} of your last %n sessions.</source>
        <extracomment>backtimer/ui/player/warnings.py:37</extracomment>
        <translation>
            <numerusform>{name} hat in {hurt} Ihrer letzten %n Einheit wehgetan.</numerusform>
            <numerusform>{name} hat in {hurt} Ihrer letzten %n Einheiten wehgetan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="320"/>
        <source>{minutes} and {seconds}</source>
        <translation>{minutes} und {seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="294"/>
        <source>%n reps · {time}</source>
        <translation>
            <numerusform>%n Wdh. · {time}</numerusform>
            <numerusform>%n Wdh. · {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="321"/>
        <source>at your own pace</source>
        <translation>im eigenen Tempo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="322"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="325"/>
        <source>{holds} × {hold} hold</source>
        <translation>{holds} × {hold} halten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="327"/>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="328"/>
        <source>{name} is a loaded lift: it needs a barbell and sound technique. Start with a light bar, ideally with a trainer watching, and stop if your form slips or it hurts.</source>
        <translation>{name} ist eine Übung mit Last: Sie braucht eine Langhantel und saubere Technik. Beginnen Sie mit einer leichten Stange, am besten unter den Augen eines Trainers, und hören Sie auf, wenn die Ausführung nachlässt oder es wehtut.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="329"/>
        <source>{name} needs a hyperextension bench, or a couch with a spotter holding your legs. Learn it with a trainer if you can, start with one easy set, and stop if it hurts.</source>
        <translation>{name} braucht eine Hyperextensionsbank oder ein Sofa mit jemandem, der Ihre Beine hält. Lernen Sie die Übung wenn möglich mit einem Trainer, beginnen Sie mit einem leichten Satz und hören Sie auf, wenn es wehtut.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="330"/>
        <source>{name} carries a load: learn the technique first, ideally with a trainer, start light, and stop if it hurts.</source>
        <translation>{name} ist eine Übung mit Last: Lernen Sie zuerst die Technik, am besten mit einem Trainer, beginnen Sie leicht und hören Sie auf, wenn es wehtut.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="331"/>
        <source>Your pain is high ({rating} of 10). The articles advise waiting while pain is sharp and starting only once it has turned dull and is easing. You can do Gentle start instead, or not train today.</source>
        <translation>Ihr Schmerz ist hoch ({rating} von 10). Die Artikel raten zu warten, solange der Schmerz stechend ist, und erst zu beginnen, wenn er dumpf geworden ist und nachlässt. Sie können stattdessen den Sanften Einstieg machen oder heute nicht trainieren.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="332"/>
        <source>You describe your pain as sharp. The articles advise waiting while pain is sharp and starting only once it has turned dull and is easing. You can do Gentle start instead, or not train today.</source>
        <translation>Sie beschreiben Ihren Schmerz als stechend. Die Artikel raten zu warten, solange der Schmerz stechend ist, und erst zu beginnen, wenn er dumpf geworden ist und nachlässt. Sie können stattdessen den Sanften Einstieg machen oder heute nicht trainieren.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="333"/>
        <source>This routine does not start with a warm-up. Begin with two minutes of easy movement, such as the cat stretch, and mark it as a warm-up.</source>
        <translation>Diese Routine beginnt nicht mit einem Aufwärmen. Beginnen Sie mit zwei Minuten leichter Bewegung, etwa dem Katzenbuckel, und markieren Sie sie als Aufwärmen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="335"/>
        <source>The warm-up holds still. Easy movement, such as the cat stretch, prepares the back better.</source>
        <translation>Das Aufwärmen besteht nur aus Halten. Leichte Bewegung, etwa der Katzenbuckel, bereitet den Rücken besser vor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="614"/>
        <source>Stop the current session before choosing another routine.</source>
        <extracomment>backtimer/ui/player/controller.py:182</extracomment>
        <translation>Beenden Sie die laufende Einheit, bevor Sie eine andere Routine wählen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="618"/>
        <source>Stopped before the first exercise. Rest, and see a doctor if the pain stays.</source>
        <extracomment>backtimer/ui/player/controller.py:327</extracomment>
        <translation>Vor der ersten Übung beendet. Ruhen Sie sich aus und gehen Sie zum Arzt, wenn der Schmerz bleibt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="620"/>
        <source>That does not apply right now.</source>
        <extracomment>backtimer/ui/player/controller.py:380</extracomment>
        <translation>Das geht gerade nicht.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="768"/>
        <source>If the pain keeps coming back, see a doctor.</source>
        <extracomment>backtimer/ui/player/warnings.py:46</extracomment>
        <translation>Wenn der Schmerz immer wiederkommt, gehen Sie zum Arzt.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="622"/>
        <source>Following a back routine</source>
        <extracomment>backtimer/ui/player/controller.py:246</extracomment>
        <translation>Rückenroutine läuft</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="772"/>
        <source>Skip it if it hurts again.</source>
        <extracomment>backtimer/ui/player/warnings.py:45</extracomment>
        <translation>Überspringen Sie die Übung, wenn sie wieder wehtut.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="774"/>
        <source>Try the easier {easier} instead, or skip it.</source>
        <extracomment>backtimer/ui/player/warnings.py:41</extracomment>
        <translation>Versuchen Sie stattdessen die leichtere Übung {easier}, oder überspringen Sie sie.</translation>
    </message>
</context>
<context>
    <name>PlayerSafety</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="634"/>
        <source>Pain before the session</source>
        <extracomment>backtimer/ui/player/safety.py:44</extracomment>
        <translation>Schmerz vor der Einheit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="636"/>
        <source>Do Gentle start instead</source>
        <extracomment>backtimer/ui/player/safety.py:46</extracomment>
        <translation>Stattdessen Sanften Einstieg machen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="638"/>
        <source>Not today</source>
        <extracomment>backtimer/ui/player/safety.py:47</extracomment>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="640"/>
        <source>Is the pain sharp or stabbing, rather than dull and easing?</source>
        <extracomment>backtimer/ui/player/safety.py:57</extracomment>
        <translation>Ist der Schmerz scharf oder stechend, statt dumpf und nachlassend?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="642"/>
        <source>Sharp</source>
        <extracomment>backtimer/ui/player/safety.py:58</extracomment>
        <translation>Scharf</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="644"/>
        <source>Dull or easing</source>
        <extracomment>backtimer/ui/player/safety.py:59</extracomment>
        <translation>Dumpf oder nachlassend</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="646"/>
        <source>Skip the warm-up?</source>
        <extracomment>backtimer/ui/player/safety.py:68</extracomment>
        <translation>Aufwärmen überspringen?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="648"/>
        <source>A mild warm-up always comes first: it prepares the back for the work. Skip it anyway?</source>
        <extracomment>backtimer/ui/player/safety.py:69</extracomment>
        <translation>Ein leichtes Aufwärmen kommt immer zuerst: Es bereitet den Rücken auf die Arbeit vor. Trotzdem überspringen?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="650"/>
        <source>This routine has no description.</source>
        <extracomment>backtimer/ui/player/safety.py:79</extracomment>
        <translation>Diese Routine hat keine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="652"/>
        <source>loaded: needs care</source>
        <extracomment>backtimer/ui/player/safety.py:157</extracomment>
        <translation>mit Last: Vorsicht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="654"/>
        <source>Source: {titles}</source>
        <extracomment>backtimer/ui/player/safety.py:81</extracomment>
        <translation>Quelle: {titles}</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="726"/>
        <source>Routine</source>
        <extracomment>backtimer/ui/player/view.py:83</extracomment>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="728"/>
        <source>Choose the routine to follow</source>
        <extracomment>backtimer/ui/player/view.py:84</extracomment>
        <translation>Die Routine wählen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="730"/>
        <source>Sound</source>
        <extracomment>backtimer/ui/player/view.py:89</extracomment>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="732"/>
        <source>Sound on</source>
        <extracomment>backtimer/ui/player/view.py:90</extracomment>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="734"/>
        <source>Play sound cues</source>
        <extracomment>backtimer/ui/player/view.py:91</extracomment>
        <translation>Tonsignale abspielen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="736"/>
        <source>Volume</source>
        <extracomment>backtimer/ui/player/view.py:95</extracomment>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="738"/>
        <source>Volume of the sound cues</source>
        <extracomment>backtimer/ui/player/view.py:96</extracomment>
        <translation>Lautstärke der Tonsignale</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="744"/>
        <source>Set</source>
        <extracomment>backtimer/ui/player/view.py:111</extracomment>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="748"/>
        <source>About the main figure</source>
        <extracomment>backtimer/ui/player/view.py:131</extracomment>
        <translation>Zur großen Anzeige</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="750"/>
        <source>Side</source>
        <extracomment>backtimer/ui/player/view.py:146</extracomment>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="752"/>
        <source>Next up</source>
        <extracomment>backtimer/ui/player/view.py:163</extracomment>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="754"/>
        <source>Next up, details</source>
        <extracomment>backtimer/ui/player/view.py:164</extracomment>
        <translation>Als Nächstes, Einzelheiten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="756"/>
        <source>Exercise queue</source>
        <extracomment>backtimer/ui/player/view.py:183</extracomment>
        <translation>Übungsliste</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="758"/>
        <source>Double-click an item, or select it and press J, to go there</source>
        <extracomment>backtimer/ui/player/view.py:185</extracomment>
        <translation>Doppelklicken Sie auf einen Eintrag oder wählen Sie ihn und drücken J, um dorthin zu springen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="740"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/player/view.py:109</extracomment>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="742"/>
        <source>Phase</source>
        <extracomment>backtimer/ui/player/view.py:110</extracomment>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="764"/>
        <source>Status</source>
        <extracomment>backtimer/ui/player/view.py:215</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="746"/>
        <source>Warning</source>
        <extracomment>backtimer/ui/player/view.py:122</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="760"/>
        <source>Instructions</source>
        <extracomment>backtimer/ui/player/view.py:195</extracomment>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="762"/>
        <source>Time left in the routine</source>
        <extracomment>backtimer/ui/player/view.py:214</extracomment>
        <translation>Restzeit der Routine</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="103"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="27"/>
        <location filename="../backtimer/ui/player/actions.py" line="102"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="104"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="766"/>
        <source>Cues:</source>
        <extracomment>backtimer/ui/player/view.py:334</extracomment>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="29"/>
        <source>Start, pause or resume the routine</source>
        <translation>Routine starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="33"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="35"/>
        <source>Go back to the previous exercise</source>
        <translation>Zur vorigen Übung zurück</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="39"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="41"/>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="45"/>
        <source>Restart step</source>
        <translation>Schritt neu</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="47"/>
        <source>Start the current step again</source>
        <translation>Den aktuellen Schritt neu beginnen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="51"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="53"/>
        <source>Finish self-paced repetitions</source>
        <translation>Wiederholungen im eigenen Tempo abschließen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="57"/>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="59"/>
        <source>Stop this exercise at once because it hurts</source>
        <translation>Diese Übung sofort abbrechen, weil sie wehtut</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="63"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="65"/>
        <source>End the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="69"/>
        <source>Go to item</source>
        <translation>Zum Eintrag</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="71"/>
        <source>Jump to the item selected in the queue</source>
        <translation>Zum in der Liste gewählten Eintrag springen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="75"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="77"/>
        <source>Switch full screen on or off</source>
        <translation>Vollbild ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="81"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="83"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Die Tastenkürzel zeigen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="105"/>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="109"/>
        <source>Length of the routine</source>
        <translation>Dauer des Programms</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="110"/>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="111"/>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="112"/>
        <source>Repetitions at your own pace</source>
        <translation>Wiederholungen im eigenen Tempo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="113"/>
        <source>End of the session</source>
        <translation>Ende der Einheit</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="776"/>
        <source>the file</source>
        <extracomment>backtimer/ui/problem_text.py:64</extracomment>
        <translation>die Datei</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="778"/>
        <source>%1 was refused; nothing was imported:</source>
        <extracomment>backtimer/ui/problem_text.py:76</extracomment>
        <translation>%1 wurde abgelehnt; nichts wurde importiert:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="780"/>
        <source>A routine called “%1” already exists; choose another name.</source>
        <extracomment>backtimer/ui/problem_text.py:127</extracomment>
        <translation>Es gibt schon eine Routine namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="782"/>
        <source>field “%1”</source>
        <extracomment>backtimer/ui/problem_text.py:63</extracomment>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="27"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="28"/>
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="29"/>
        <source>is out of the allowed range</source>
        <translation>liegt außerhalb des erlaubten Bereichs</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="30"/>
        <source>names something BackTimer does not know</source>
        <translation>nennt etwas, das BackTimer nicht kennt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="31"/>
        <source>is not valid JSON</source>
        <translation>ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="32"/>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="33"/>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="34"/>
        <source>is from a newer BackTimer</source>
        <translation>stammt von einer neueren BackTimer-Version</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="35"/>
        <source>appears twice</source>
        <translation>kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="36"/>
        <source>is not a BackTimer routine file</source>
        <translation>ist keine BackTimer-Übungsfolgendatei</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="37"/>
        <source>is not valid</source>
        <translation>ist ungültig</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="40"/>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="41"/>
        <source>exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="42"/>
        <source>session %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="43"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="44"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="45"/>
        <source>the routine</source>
        <translation>die Übungsfolge</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="81"/>
        <location filename="../backtimer/ui/problem_text.py" line="82"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="83"/>
        <location filename="../backtimer/ui/problem_text.py" line="84"/>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="85"/>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="86"/>
        <source>it does not exist</source>
        <translation>es existiert nicht</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="87"/>
        <source>a file stands where a folder should be</source>
        <translation>wo ein Ordner sein sollte, liegt eine Datei</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="88"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="89"/>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="105"/>
        <source>%1: pictures can be PNG, JPEG, SVG or GIF files.</source>
        <translation>%1: Bilder können PNG-, JPEG-, SVG- oder GIF-Dateien sein.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="106"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="107"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="108"/>
        <source>%1 is too large for a picture (at most 20 MB).</source>
        <translation>%1 ist zu groß für ein Bild (höchstens 20 MB).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="109"/>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="115"/>
        <source>the data file cannot be written</source>
        <translation>die Datendatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="117"/>
        <location filename="../backtimer/ui/problem_text.py" line="118"/>
        <source>the data file is damaged</source>
        <translation>die Datendatei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="119"/>
        <source>another program is using the data file</source>
        <translation>ein anderes Programm verwendet die Datendatei</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="139"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="140"/>
        <source>BackTimer cannot create the data folder %1: %2.</source>
        <translation>BackTimer kann den Datenordner %1 nicht anlegen: %2.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="141"/>
        <source>The data file %1 is a link to a file that does not exist.</source>
        <translation>Die Datendatei %1 ist ein Verweis auf eine Datei, die nicht existiert.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="144"/>
        <source>The data file %1 is not a regular file.</source>
        <translation>Die Datendatei %1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="145"/>
        <source>BackTimer may not write in the data folder %1.</source>
        <translation>BackTimer darf im Datenordner %1 nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="148"/>
        <source>The data file %1 was written by a newer BackTimer. Update BackTimer to use it; the file has not been changed.</source>
        <translation>Die Datendatei %1 stammt von einem neueren BackTimer. Aktualisieren Sie BackTimer, um sie zu verwenden; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="153"/>
        <source>The disk holding %1 is full; free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="156"/>
        <source>BackTimer may not write in %1 (read-only or no permission).</source>
        <translation>BackTimer darf in %1 nicht schreiben (schreibgeschützt oder keine Berechtigung).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="159"/>
        <source>BackTimer cannot open the data file %1: its folder must exist and be writable.</source>
        <translation>BackTimer kann die Datendatei %1 nicht öffnen: Ihr Ordner muss existieren und beschreibbar sein.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="163"/>
        <source>The disk holding %1 reported an error; try again later.</source>
        <translation>Der Datenträger mit %1 hat einen Fehler gemeldet; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="68"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="69"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="70"/>
        <source>to come</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="71"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="72"/>
        <source>hurt</source>
        <translation>schmerzhaft</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="89"/>
        <source>Warm-up: </source>
        <translation>Aufwärmen: </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="802"/>
        <source>No system tray here: reminders need BackTimer to be running and show in the window&apos;s status bar instead.</source>
        <extracomment>backtimer/ui/reminders_page.py:54</extracomment>
        <translation>Kein Infobereich vorhanden: Erinnerungen brauchen ein laufendes BackTimer und erscheinen stattdessen in der Statusleiste des Fensters.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="804"/>
        <source>&amp;Remind me to do my back routine</source>
        <extracomment>backtimer/ui/reminders_page.py:66</extracomment>
        <translation>&amp;An meine Rückenroutine erinnern</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="806"/>
        <source>Reminders on</source>
        <extracomment>backtimer/ui/reminders_page.py:67</extracomment>
        <translation>Erinnerungen an</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="808"/>
        <source>Reminder days</source>
        <extracomment>backtimer/ui/reminders_page.py:81</extracomment>
        <translation>Erinnerungstage</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="810"/>
        <source>Reminder time</source>
        <extracomment>backtimer/ui/reminders_page.py:84</extracomment>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="812"/>
        <source>Routine to open</source>
        <extracomment>backtimer/ui/reminders_page.py:86</extracomment>
        <translation>Zu öffnende Routine</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="814"/>
        <source>The last routine used</source>
        <extracomment>backtimer/ui/reminders_page.py:87</extracomment>
        <translation>Die zuletzt benutzte Routine</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="816"/>
        <source>Days:</source>
        <extracomment>backtimer/ui/reminders_page.py:92</extracomment>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="818"/>
        <source>&amp;Time:</source>
        <extracomment>backtimer/ui/reminders_page.py:93</extracomment>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="820"/>
        <source>R&amp;outine:</source>
        <extracomment>backtimer/ui/reminders_page.py:94</extracomment>
        <translation>R&amp;outine:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="822"/>
        <source>Reminders</source>
        <extracomment>backtimer/ui/reminders_page.py:192</extracomment>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="824"/>
        <source>Start BackTimer in the &amp;background when I log in</source>
        <extracomment>backtimer/ui/reminders_page.py:198</extracomment>
        <translation>BackTimer bei der Anmeldung im &amp;Hintergrund starten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="826"/>
        <source>Start at login</source>
        <extracomment>backtimer/ui/reminders_page.py:199</extracomment>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="828"/>
        <source>So that reminders come even when you have not opened BackTimer</source>
        <extracomment>backtimer/ui/reminders_page.py:201</extracomment>
        <translation>Damit Erinnerungen auch kommen, wenn Sie BackTimer nicht geöffnet haben</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="830"/>
        <source>Send a test noti&amp;fication</source>
        <extracomment>backtimer/ui/reminders_page.py:204</extracomment>
        <translation>&amp;Testbenachrichtigung senden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="832"/>
        <source>Send a test notification</source>
        <extracomment>backtimer/ui/reminders_page.py:205</extracomment>
        <translation>Testbenachrichtigung senden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="834"/>
        <source>No notifications here: the reminder shows in this window.</source>
        <extracomment>backtimer/ui/reminders_page.py:244</extracomment>
        <translation>Hier gibt es keine Benachrichtigungen: Die Erinnerung erscheint in diesem Fenster.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="836"/>
        <source>Reminders are off.</source>
        <extracomment>backtimer/ui/reminders_page.py:250</extracomment>
        <translation>Erinnerungen sind aus.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="838"/>
        <source>Next reminder: {when}</source>
        <extracomment>backtimer/ui/reminders_page.py:256</extracomment>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="840"/>
        <source>{routine} (not found)</source>
        <extracomment>backtimer/ui/reminders_page.py:164</extracomment>
        <translation>{routine} (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="842"/>
        <source>A test notification was sent.</source>
        <extracomment>backtimer/ui/reminders_page.py:242</extracomment>
        <translation>Eine Testbenachrichtigung wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="844"/>
        <source>A test message was shown by the tray icon.</source>
        <extracomment>backtimer/ui/reminders_page.py:243</extracomment>
        <translation>Das Symbol im Infobereich hat eine Testnachricht gezeigt.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="846"/>
        <source>Exercise report</source>
        <extracomment>backtimer/ui/report_pdf.py:300</extracomment>
        <translation>Trainingsbericht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="848"/>
        <source>Made by BackTimer, not a medical record. The person enters every figure themselves.</source>
        <extracomment>backtimer/ui/report_pdf.py:335</extracomment>
        <translation>Erstellt mit BackTimer, keine medizinische Akte. Alle Angaben stammen von der Person selbst.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="850"/>
        <source>Summary</source>
        <extracomment>backtimer/ui/report_pdf.py:341</extracomment>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="852"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/report_pdf.py:364</extracomment>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="854"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/report_pdf.py:366</extracomment>
        <translation>Trainingsminuten pro Woche</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="856"/>
        <source>Pain before and after each session</source>
        <extracomment>backtimer/ui/report_pdf.py:379</extracomment>
        <translation>Schmerz vor und nach jeder Einheit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="858"/>
        <source>When something hurt</source>
        <extracomment>backtimer/ui/report_pdf.py:385</extracomment>
        <translation>Wann etwas wehtat</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="860"/>
        <source>Routines done</source>
        <extracomment>backtimer/ui/report_pdf.py:398</extracomment>
        <translation>Absolvierte Programme</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="862"/>
        <source>Made by BackTimer, not a medical record</source>
        <extracomment>backtimer/ui/report_pdf.py:315</extracomment>
        <translation>Erstellt mit BackTimer, keine medizinische Akte</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="864"/>
        <source>Pain change per session: no session was rated before and after</source>
        <extracomment>backtimer/ui/report_pdf.py:353</extracomment>
        <translation>Schmerzänderung pro Einheit: keine Einheit wurde vorher und nachher bewertet</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="866"/>
        <source>No pain ratings in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:383</extracomment>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="868"/>
        <source>Nothing was marked as hurting in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:387</extracomment>
        <translation>In diesem Zeitraum wurde nichts als schmerzhaft markiert.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="870"/>
        <source>Exercises that hurt more than once</source>
        <extracomment>backtimer/ui/report_pdf.py:393</extracomment>
        <translation>Übungen, die mehr als einmal wehtaten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="872"/>
        <source>No sessions in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:400</extracomment>
        <translation>Keine Einheiten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="874"/>
        <source>Notes</source>
        <extracomment>backtimer/ui/report_pdf.py:414</extracomment>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="876"/>
        <source>Pain before (0–10)</source>
        <extracomment>backtimer/ui/report_pdf.py:279</extracomment>
        <translation>Schmerz vorher (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="878"/>
        <source>Pain after (0–10)</source>
        <extracomment>backtimer/ui/report_pdf.py:279</extracomment>
        <translation>Schmerz nachher (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="880"/>
        <source>Minutes exercised: %1</source>
        <extracomment>backtimer/ui/report_pdf.py:349</extracomment>
        <translation>Trainingsminuten: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="882"/>
        <source>Times something hurt: %1</source>
        <extracomment>backtimer/ui/report_pdf.py:350</extracomment>
        <translation>Wie oft etwas wehtat: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="884"/>
        <source>Page %1</source>
        <extracomment>backtimer/ui/report_pdf.py:76</extracomment>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="886"/>
        <source>Could not write %1</source>
        <extracomment>backtimer/ui/report_pdf.py:313</extracomment>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="888"/>
        <source>%1 to %2</source>
        <extracomment>backtimer/ui/report_pdf.py:329</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="890"/>
        <source>Average pain change per session: %1 (after minus before, %n sessions rated)</source>
        <extracomment>backtimer/ui/report_pdf.py:356</extracomment>
        <translation>
            <numerusform>Durchschnittliche Schmerzänderung pro Einheit: %1 (nachher minus vorher, %n Einheit bewertet)</numerusform>
            <numerusform>Durchschnittliche Schmerzänderung pro Einheit: %1 (nachher minus vorher, %n Einheiten bewertet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="892"/>
        <source>%1 (%n sessions)</source>
        <extracomment>backtimer/ui/report_pdf.py:403</extracomment>
        <translation>
            <numerusform>%1 (%n Einheit)</numerusform>
            <numerusform>%1 (%n Einheiten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="894"/>
        <source>Goal: %1 a week</source>
        <extracomment>backtimer/ui/report_pdf.py:230</extracomment>
        <translation>Ziel: %1 pro Woche</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="896"/>
        <source>on %n days</source>
        <extracomment>backtimer/ui/report_pdf.py:395</extracomment>
        <translation>
            <numerusform>an %n Tag</numerusform>
            <numerusform>an %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="898"/>
        <source>Sessions: %1 (goal: %2 a week; met in %3 of %n weeks)</source>
        <extracomment>backtimer/ui/report_pdf.py:345</extracomment>
        <translation>
            <numerusform>Einheiten: %1 (Ziel: %2 pro Woche; erreicht in %3 von %n Woche)</numerusform>
            <numerusform>Einheiten: %1 (Ziel: %2 pro Woche; erreicht in %3 von %n Wochen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="554"/>
        <source>Save the report</source>
        <extracomment>backtimer/ui/history/report_dialog.py:156</extracomment>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="556"/>
        <source>PDF files (*.pdf)</source>
        <extracomment>backtimer/ui/history/report_dialog.py:158</extracomment>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="558"/>
        <source>Report saved</source>
        <extracomment>backtimer/ui/history/report_dialog.py:166</extracomment>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="560"/>
        <source>&amp;Open it</source>
        <extracomment>backtimer/ui/history/report_dialog.py:168</extracomment>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="562"/>
        <source>Report not saved</source>
        <extracomment>backtimer/ui/history/report_dialog.py:143</extracomment>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="564"/>
        <source>The report (%n pages) was saved to %1.</source>
        <extracomment>backtimer/ui/history/report_dialog.py:167</extracomment>
        <translation>
            <numerusform>Der Bericht (%n Seite) wurde unter %1 gespeichert.</numerusform>
            <numerusform>Der Bericht (%n Seiten) wurde unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="566"/>
        <source>The report could not be written to %1: %2</source>
        <extracomment>backtimer/ui/history/report_dialog.py:144</extracomment>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="59"/>
        <source>Report for your physiotherapist</source>
        <translation>Bericht für Ihre Physiotherapie</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="64"/>
        <source>A PDF of your sessions, minutes, pain ratings and everything that hurt, to take to your physiotherapist or doctor.</source>
        <translation>Ein PDF mit Ihren Einheiten, Minuten, Schmerzbewertungen und allem, was wehtat – zum Mitnehmen in die Physiotherapie oder Arztpraxis.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="78"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="79"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="81"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="83"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="85"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="86"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="87"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="110"/>
        <source>The period ends before it starts: pick a later end.</source>
        <translation>Der Zeitraum endet vor seinem Beginn: Wählen Sie ein späteres Ende.</translation>
    </message>
</context>
<context>
    <name>RoutineBar</name>
    <message>
        <location filename="../backtimer/ui/player/routine_bar.py" line="31"/>
        <source>Progress through the routine</source>
        <translation>Fortschritt im Programm</translation>
    </message>
</context>
<context>
    <name>RoutineChoice</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="624"/>
        <source>entry level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:31</extracomment>
        <translation>Einstiegsstufe</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="626"/>
        <source>home level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:32</extracomment>
        <translation>Stufe Zuhause</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="628"/>
        <source>gym level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:33</extracomment>
        <translation>Stufe Studio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="630"/>
        <source>{n} min</source>
        <extracomment>backtimer/ui/player/routine_choice.py:117</extracomment>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="632"/>
        <source>{name} (not saved)</source>
        <extracomment>backtimer/ui/player/routine_choice.py:123</extracomment>
        <translation>{name} (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="656"/>
        <source>What this loaded exercise needs</source>
        <extracomment>backtimer/ui/player/safety_panel.py:51</extracomment>
        <translation>Was diese Übung mit Last braucht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="658"/>
        <source>Don&apos;t show again for this exercise</source>
        <extracomment>backtimer/ui/player/safety_panel.py:52</extracomment>
        <translation>Für diese Übung nicht mehr zeigen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="660"/>
        <source>Stop showing what this loaded exercise needs before it starts</source>
        <extracomment>backtimer/ui/player/safety_panel.py:55</extracomment>
        <translation>Nicht mehr vor dem Start zeigen, was diese Übung mit Last braucht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="662"/>
        <source>Safety</source>
        <extracomment>backtimer/ui/player/safety_panel.py:60</extracomment>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="664"/>
        <source>Suggestion</source>
        <extracomment>backtimer/ui/player/safety_panel.py:64</extracomment>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="666"/>
        <source>About this exercise</source>
        <extracomment>backtimer/ui/player/safety_panel.py:122</extracomment>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="668"/>
        <source>About this routine</source>
        <extracomment>backtimer/ui/player/safety_panel.py:123</extracomment>
        <translation>Über diese Routine</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="670"/>
        <source>Read the routine&apos;s description and advice</source>
        <extracomment>backtimer/ui/player/safety_panel.py:125</extracomment>
        <translation>Beschreibung und Hinweise der Routine lesen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="672"/>
        <source>Note:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:135</extracomment>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="674"/>
        <source>The numbers:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:137</extracomment>
        <translation>Die Zahlen:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="676"/>
        <source>Source:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:139</extracomment>
        <translation>Quelle:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../backtimer/ui/save_status.py" line="52"/>
        <source>History is not being saved (disk full or failing). This session is kept in memory and saved when there is room.</source>
        <translation>Der Verlauf wird nicht gespeichert (Datenträger voll oder fehlerhaft). Diese Einheit bleibt im Speicher und wird gesichert, sobald wieder Platz ist.</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="510"/>
        <source>not given</source>
        <extracomment>backtimer/ui/history/details.py:33</extracomment>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="512"/>
        <source>Started</source>
        <extracomment>backtimer/ui/history/details.py:57</extracomment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="514"/>
        <source>Status</source>
        <extracomment>backtimer/ui/history/details.py:58</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="516"/>
        <source>Duration</source>
        <extracomment>backtimer/ui/history/details.py:59</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="518"/>
        <source>Exercised</source>
        <extracomment>backtimer/ui/history/details.py:60</extracomment>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="520"/>
        <source>Planned</source>
        <extracomment>backtimer/ui/history/details.py:61</extracomment>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="522"/>
        <source>Paused</source>
        <extracomment>backtimer/ui/history/details.py:62</extracomment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="524"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/history/details.py:63</extracomment>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="526"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/history/details.py:64</extracomment>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="528"/>
        <source>Steps</source>
        <extracomment>backtimer/ui/history/details.py:66</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="530"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="532"/>
        <source>Side</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="534"/>
        <source>Set</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="536"/>
        <source>Time</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="538"/>
        <source>Reps</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="540"/>
        <source>Outcome</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="542"/>
        <source>Note</source>
        <extracomment>backtimer/ui/history/details.py:74</extracomment>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="544"/>
        <source>Exercises</source>
        <extracomment>backtimer/ui/history/details.py:80</extracomment>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="546"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/details.py:67</extracomment>
        <translation>%1 fertig, %2 übersprungen, %3 schmerzhaft</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="18"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="19"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="20"/>
        <source>hurt</source>
        <translation>schmerzhaft</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="23"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="24"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="548"/>
        <source>Pain before → after the session, 0 to 10</source>
        <extracomment>backtimer/ui/history/models.py:202</extracomment>
        <translation>Schmerz vor → nach der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="550"/>
        <source>%1 exercised, %2 paused</source>
        <extracomment>backtimer/ui/history/models.py:197</extracomment>
        <translation>%1 trainiert, %2 pausiert</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="552"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/models.py:205</extracomment>
        <translation>%1 fertig, %2 übersprungen, %3 schmerzhaft</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="39"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="40"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="41"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="42"/>
        <source>Stopped for pain</source>
        <translation>Wegen Schmerzen beendet</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="43"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="86"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="87"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="88"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="90"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="82"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="83"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="85"/>
        <source>Play sound cues</source>
        <translation>Tonsignale abspielen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="92"/>
        <source>Speak the steps aloud</source>
        <translation>Die Schritte laut ansagen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="94"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="97"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="98"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="99"/>
        <source> sessions</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="100"/>
        <source>Ask how much my back hurts before and after</source>
        <translation>Vorher und nachher fragen, wie stark mein Rücken schmerzt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="103"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="109"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="104"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="105"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="112"/>
        <source>A new language is used after a restart.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="121"/>
        <source>Keep running in the tray when closed</source>
        <translation>Beim Schließen im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="125"/>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="132"/>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="136"/>
        <source>V&amp;oice</source>
        <translation>S&amp;timme</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="137"/>
        <source>Routines and goal</source>
        <translation>Routinen und Ziel</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="139"/>
        <source>&amp;Lead-in before the first exercise</source>
        <translation>&amp;Vorlaufzeit vor der ersten Übung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="140"/>
        <source>Default &amp;rest after an exercise</source>
        <translation>Standard-&amp;Pause nach einer Übung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="141"/>
        <source>Weekly &amp;goal</source>
        <translation>&amp;Wochenziel</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="145"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="146"/>
        <source>La&amp;nguage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="148"/>
        <source>&amp;Countdown size</source>
        <translation>&amp;Countdown-Größe</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="165"/>
        <source>Put every setting back to its default</source>
        <translation>Alle Einstellungen auf die Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="216"/>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="216"/>
        <source>Play the tones that mark each step</source>
        <translation>Die Töne abspielen, die jeden Schritt markieren</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="217"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="217"/>
        <source>Loudness of the sound cues, 0 to 100 %</source>
        <translation>Lautstärke der Tonsignale, 0 bis 100 %</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="220"/>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="221"/>
        <source>Say each step aloud with the system voice</source>
        <translation>Jeden Schritt mit der Systemstimme ansagen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="223"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="223"/>
        <source>Which voice speaks the steps</source>
        <translation>Welche Stimme die Schritte ansagt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="226"/>
        <source>Lead-in</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="227"/>
        <source>Seconds to get ready before the first exercise</source>
        <translation>Sekunden zum Bereitmachen vor der ersten Übung</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="231"/>
        <source>Default rest</source>
        <translation>Standardpause</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="232"/>
        <source>Seconds of rest the editor gives a new item</source>
        <translation>Sekunden Pause, die der Editor einem neuen Eintrag gibt</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="234"/>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="234"/>
        <source>Sessions you aim for each week</source>
        <translation>Einheiten, die Sie sich pro Woche vornehmen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="237"/>
        <source>Pain check-in</source>
        <translation>Schmerz-Abfrage</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="238"/>
        <source>A pain rating from 0 to 10 before and after each session</source>
        <translation>Eine Schmerzbewertung von 0 bis 10 vor und nach jeder Einheit</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="240"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="240"/>
        <source>Light or dark colours, or follow the system</source>
        <translation>Helle oder dunkle Farben, oder wie das System</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="243"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="244"/>
        <source>The language of the whole app; used after a restart</source>
        <translation>Die Sprache der ganzen App; gilt nach einem Neustart</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="248"/>
        <source>Countdown size</source>
        <translation>Countdown-Größe</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="249"/>
        <source>Size of the countdown digits, in percent</source>
        <translation>Größe der Countdown-Ziffern, in Prozent</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="253"/>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="254"/>
        <source>Closing the window hides it in the tray</source>
        <translation>Schließen des Fensters legt es in den Infobereich</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="678"/>
        <source>Session stopped</source>
        <extracomment>backtimer/ui/player/summary.py:60</extracomment>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="680"/>
        <source>{headline}: {done} done, {skipped} skipped, {hurt} hurt · {time} exercised</source>
        <extracomment>backtimer/ui/player/summary.py:66</extracomment>
        <translation>{headline}: {done} erledigt, {skipped} übersprungen, {hurt} schmerzhaft · {time} trainiert</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="682"/>
        <source>Session stopped because it hurt</source>
        <extracomment>backtimer/ui/player/summary.py:57</extracomment>
        <translation>Einheit wegen Schmerzen beendet</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="684"/>
        <source>Session stopped; something hurt</source>
        <extracomment>backtimer/ui/player/summary.py:59</extracomment>
        <translation>Einheit beendet; etwas tat weh</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="686"/>
        <source>not asked</source>
        <extracomment>backtimer/ui/player/summary.py:105</extracomment>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="688"/>
        <source>Routine completed, but something hurt</source>
        <extracomment>backtimer/ui/player/summary.py:55</extracomment>
        <translation>Programm beendet, aber etwas tat weh</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="690"/>
        <source>Routine completed</source>
        <extracomment>backtimer/ui/player/summary.py:55</extracomment>
        <translation>Routine abgeschlossen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="692"/>
        <source>Time exercised</source>
        <extracomment>backtimer/ui/player/summary.py:81</extracomment>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="694"/>
        <source>Whole session</source>
        <extracomment>backtimer/ui/player/summary.py:82</extracomment>
        <translation>Gesamte Einheit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="696"/>
        <source>Exercises done</source>
        <extracomment>backtimer/ui/player/summary.py:83</extracomment>
        <translation>Übungen erledigt</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="698"/>
        <source>Exercises skipped</source>
        <extracomment>backtimer/ui/player/summary.py:84</extracomment>
        <translation>Übungen übersprungen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="700"/>
        <source>Exercises that hurt</source>
        <extracomment>backtimer/ui/player/summary.py:85</extracomment>
        <translation>Übungen mit Schmerzen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="702"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/player/summary.py:89</extracomment>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="704"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/player/summary.py:90</extracomment>
        <translation>Schmerz nachher</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="706"/>
        <source>%n weeks in a row</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>
            <numerusform>%n Woche in Folge</numerusform>
            <numerusform>%n Wochen in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="708"/>
        <source>none yet</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="710"/>
        <source>Session summary</source>
        <extracomment>backtimer/ui/player/summary.py:114</extracomment>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="712"/>
        <source>Close</source>
        <extracomment>backtimer/ui/player/summary.py:134</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="714"/>
        <source>Exercises not reached</source>
        <extracomment>backtimer/ui/player/summary.py:88</extracomment>
        <translation>Übungen nicht erreicht</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="716"/>
        <source>This week</source>
        <extracomment>backtimer/ui/player/summary.py:95</extracomment>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="718"/>
        <source>Weekly goal streak</source>
        <extracomment>backtimer/ui/player/summary.py:100</extracomment>
        <translation>Serie erreichter Wochenziele</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="720"/>
        <source>{n} of 10</source>
        <extracomment>backtimer/ui/player/summary.py:105</extracomment>
        <translation>{n} von 10</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="722"/>
        <source>{n} of {total}</source>
        <extracomment>backtimer/ui/player/summary.py:83</extracomment>
        <translation>{n} von {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="724"/>
        <source>{n} of %n sessions</source>
        <extracomment>backtimer/ui/player/summary.py:96</extracomment>
        <translation>
            <numerusform>{n} von %n Einheit</numerusform>
            <numerusform>{n} von %n Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncNotice</name>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="57"/>
        <source>Sync: skipped %1, which is incomplete or damaged (perhaps still being copied).</source>
        <translation>Sync: %1 übersprungen, die Datei ist unvollständig oder beschädigt (wird vielleicht noch kopiert).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="61"/>
        <source>Sync: skipped %1, written by a newer BackTimer. Update BackTimer to read it.</source>
        <translation>Sync: %1 übersprungen, geschrieben von einem neueren BackTimer. Aktualisieren Sie BackTimer, um es zu lesen.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="65"/>
        <source>Sync: some routine changes in %1 were damaged and were skipped.</source>
        <translation>Sync: einige Programmänderungen in %1 waren beschädigt und wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="68"/>
        <source>Sync: also read %1, a conflict copy made by the sync tool.</source>
        <translation>Sync: auch %1 gelesen, eine Konfliktkopie des Sync-Programms.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="71"/>
        <source>Sync: the sessions in %1 could not be read and were skipped.</source>
        <translation>Sync: die Einheiten in %1 konnten nicht gelesen werden und wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="74"/>
        <source>Sync: a routine from another computer could not be read and was skipped.</source>
        <translation>Sync: ein Programm von einem anderen Computer konnte nicht gelesen werden und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="78"/>
        <source>Sync: skipped %1, which is not a BackTimer journal.</source>
        <translation>Sync: %1 übersprungen, das ist kein BackTimer-Journal.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="908"/>
        <source>Sync cannot use %1: it holds BackTimer&apos;s own data folder or is inside it, and a sync tool would copy the live history file and damage it.</source>
        <extracomment>backtimer/ui/sync_service.py:43</extracomment>
        <translation>Die Synchronisierung kann %1 nicht verwenden: Der Ordner enthält BackTimers eigenen Datenordner oder liegt darin, und ein Sync-Programm würde die laufende Verlaufsdatei kopieren und beschädigen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="910"/>
        <source>Sync cannot use %1: it is not a folder, or it does not exist.</source>
        <extracomment>backtimer/ui/sync_service.py:47</extracomment>
        <translation>Die Synchronisierung kann %1 nicht verwenden: Es ist kein Ordner oder existiert nicht.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="912"/>
        <source>Sync cannot use %1: BackTimer cannot write to it.</source>
        <extracomment>backtimer/ui/sync_service.py:48</extracomment>
        <translation>Die Synchronisierung kann %1 nicht verwenden: BackTimer kann dort nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="914"/>
        <source>Sync cannot use %1.</source>
        <extracomment>backtimer/ui/sync_service.py:49</extracomment>
        <translation>Die Synchronisierung kann %1 nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="916"/>
        <source>Sync failed: %1</source>
        <extracomment>backtimer/ui/sync_service.py:224</extracomment>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="918"/>
        <source>Sync could not write to %1: %2</source>
        <extracomment>backtimer/ui/sync_service.py:209</extracomment>
        <translation>Synchronisierung konnte nicht in %1 schreiben: %2</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="30"/>
        <source>Sync between computers</source>
        <translation>Zwischen Computern abgleichen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="33"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="36"/>
        <source>A folder that Syncthing, Nextcloud or Dropbox keeps the same on each computer</source>
        <translation>Ein Ordner, den Syncthing, Nextcloud oder Dropbox auf jedem Computer gleich hält</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="38"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="39"/>
        <location filename="../backtimer/ui/sync_settings.py" line="102"/>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="46"/>
        <source>A folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same on each computer. BackTimer keeps a journal there; its history file stays here.</source>
        <translation>Ein Ordner, den Ihr Sync-Programm (Syncthing, Nextcloud, Dropbox) auf jedem Computer gleich hält. BackTimer führt dort ein Journal; die Verlaufsdatei bleibt hier.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="60"/>
        <source>S&amp;ync folder</source>
        <translation>S&amp;ync-Ordner</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="92"/>
        <source>This folder holds BackTimer&apos;s own data folder, or is inside it. A sync tool would copy the live history file and damage it: choose a separate folder.</source>
        <translation>Dieser Ordner enthält BackTimers eigenen Datenordner oder liegt darin. Ein Sync-Programm würde die laufende Verlaufsdatei kopieren und beschädigen: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="95"/>
        <source>There is no such folder.</source>
        <translation>Diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="96"/>
        <source>BackTimer cannot write to this folder.</source>
        <translation>BackTimer kann in diesen Ordner nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="920"/>
        <source>BackTimer tray menu</source>
        <extracomment>backtimer/ui/tray.py:74</extracomment>
        <translation>BackTimer-Menü im Infobereich</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="922"/>
        <source>Start the routine you used last</source>
        <extracomment>backtimer/ui/tray.py:76</extracomment>
        <translation>Die zuletzt benutzte Routine starten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="924"/>
        <source>Pause</source>
        <extracomment>backtimer/ui/tray.py:77</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="926"/>
        <source>Pause or resume the session under way</source>
        <extracomment>backtimer/ui/tray.py:78</extracomment>
        <translation>Die laufende Einheit pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="928"/>
        <source>Show BackTimer</source>
        <extracomment>backtimer/ui/tray.py:79</extracomment>
        <translation>BackTimer zeigen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="930"/>
        <source>Bring the BackTimer window to the front</source>
        <extracomment>backtimer/ui/tray.py:80</extracomment>
        <translation>Das BackTimer-Fenster nach vorn holen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="932"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/tray.py:81</extracomment>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="934"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/tray.py:82</extracomment>
        <translation>BackTimer schließen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="936"/>
        <source>Time for your back routine. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:142</extracomment>
        <translation>Zeit für Ihre Rückenroutine. Klicken, um BackTimer zu öffnen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="938"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/tray.py:145</extracomment>
        <translation>BackTimer-Erinnerung</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="940"/>
        <source>Start</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="942"/>
        <source>Resume</source>
        <extracomment>backtimer/ui/tray.py:116</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="944"/>
        <source>Time for {routine}. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:140</extracomment>
        <translation>Zeit für {routine}. Klicken, um BackTimer zu öffnen.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="946"/>
        <source>BackTimer: {routine} is paused</source>
        <extracomment>backtimer/ui/tray.py:120</extracomment>
        <translation>BackTimer: {routine} ist pausiert</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="948"/>
        <source>Start {routine}</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="950"/>
        <source>BackTimer: {routine} is under way</source>
        <extracomment>backtimer/ui/tray.py:122</extracomment>
        <translation>BackTimer: {routine} läuft</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="956"/>
        <source>The voice could not be started; using tones.</source>
        <extracomment>backtimer/ui/voice.py:233</extracomment>
        <translation>Die Sprachausgabe konnte nicht starten; es gibt nur Töne.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="954"/>
        <source>The voice stopped; using tones.</source>
        <extracomment>backtimer/ui/voice.py:241</extracomment>
        <translation>Die Sprachausgabe ist ausgefallen; es gibt nur Töne.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="960"/>
        <source>The voice failed; using tones.</source>
        <extracomment>backtimer/ui/voice.py:277</extracomment>
        <translation>Die Sprachausgabe hat versagt; es gibt nur Töne.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="958"/>
        <source>The voice did not start within {0} s; using tones.</source>
        <extracomment>backtimer/ui/voice.py:228</extracomment>
        <translation>Die Sprachausgabe ist nicht binnen {0} s gestartet; es gibt nur Töne.</translation>
    </message>
</context>
</TS>
