<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="360"/>
        <source>About BackTimer</source>
        <extracomment>backtimer/ui/about.py:31</extracomment>
        <translation>О программе BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="362"/>
        <source>The built-in exercises come from these articles:</source>
        <extracomment>backtimer/ui/about.py:41</extracomment>
        <translation>Встроенные упражнения взяты из этих статей:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="364"/>
        <source>Timed routines for a weak or aching lower back.</source>
        <extracomment>backtimer/ui/about.py:37</extracomment>
        <translation>Упражнения по таймеру для слабой или ноющей поясницы.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="366"/>
        <source>Free software under the licence {licence}.</source>
        <extracomment>backtimer/ui/about.py:39</extracomment>
        <translation>Свободная программа под лицензией {licence}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="788"/>
        <source>Time for your back routine: {name}. Press Space to start.</source>
        <extracomment>backtimer/ui/reminders_controller.py:174</extracomment>
        <translation>Время для программы для спины: «{name}». Нажмите пробел, чтобы начать.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/save_status.py" line="35"/>
        <source>The history could not be saved: {error}</source>
        <translation>Не удалось сохранить историю: {error}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="610"/>
        <source>&amp;Routines</source>
        <extracomment>backtimer/ui/pages.py:68</extracomment>
        <translation>&amp;Программы</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="612"/>
        <source>&amp;History</source>
        <extracomment>backtimer/ui/pages.py:69</extracomment>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="784"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/reminders_controller.py:44</extracomment>
        <translation>Напоминание BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="786"/>
        <source>Time for your back routine.</source>
        <extracomment>backtimer/ui/reminders_controller.py:49</extracomment>
        <translation>Пора сделать упражнения для спины.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="790"/>
        <source>Time for your back routine: {name}.</source>
        <extracomment>backtimer/ui/reminders_controller.py:50</extracomment>
        <translation>Пора сделать упражнения для спины: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="792"/>
        <source>So that reminders come even when you have not opened BackTimer</source>
        <extracomment>backtimer/ui/reminders_controller.py:115</extracomment>
        <translation>Чтобы напоминания приходили, даже если BackTimer не открыт</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="794"/>
        <source>Start at login could not be changed: the desktop&apos;s background service (portal) did not answer.</source>
        <extracomment>backtimer/ui/reminders_controller.py:143</extracomment>
        <translation>Не удалось изменить запуск при входе: фоновая служба рабочего стола (портал) не ответила.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="796"/>
        <source>The desktop did not allow BackTimer to start at login.</source>
        <extracomment>backtimer/ui/reminders_controller.py:137</extracomment>
        <translation>Рабочий стол не разрешил BackTimer запускаться при входе.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="798"/>
        <source>The desktop did not stop BackTimer from starting at login.</source>
        <extracomment>backtimer/ui/reminders_controller.py:139</extracomment>
        <translation>Рабочий стол не отключил запуск BackTimer при входе.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="800"/>
        <source>Start at login could not be changed: {error}</source>
        <extracomment>backtimer/ui/reminders_controller.py:122</extracomment>
        <translation>Не удалось изменить запуск при входе: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="902"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/sync_controller.py:91</extracomment>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="904"/>
        <source>%n routines</source>
        <extracomment>backtimer/ui/sync_controller.py:92</extracomment>
        <translation>
            <numerusform>%n программа</numerusform>
            <numerusform>%n программы</numerusform>
            <numerusform>%n программ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="906"/>
        <source>Synced: %1 and %2 came in.</source>
        <extracomment>backtimer/ui/sync_controller.py:93</extracomment>
        <translation>Синхронизировано: получено %1 и %2.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="952"/>
        <source>The reminder&apos;s routine is gone; here is the last one.</source>
        <extracomment>backtimer/ui/tray_controller.py:84</extracomment>
        <translation>Комплекса из напоминания больше нет; открыт последний.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="900"/>
        <source>The new language is used after a restart.</source>
        <extracomment>backtimer/ui/settings_controller.py:76</extracomment>
        <translation>Новый язык применится после перезапуска.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="608"/>
        <source>Loaded {name}: press Space to start.</source>
        <extracomment>backtimer/ui/menu_controller.py:58</extracomment>
        <translation>Загружено: {name}. Нажмите пробел, чтобы начать.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="13"/>
        <source>Supine lower-back lift</source>
        <translation>Подъём поясницы лёжа на спине</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="14"/>
        <source>Lying on your back, raise and lower the lower back using the muscles around the waist.</source>
        <translation>Лёжа на спине, поднимайте и опускайте поясницу мышцами вокруг талии.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="15"/>
        <source>Lie on your back on a mat with knees bent and feet flat, about hip-width apart.</source>
        <translation>Лягте на спину на коврик, колени согнуты, стопы на полу примерно на ширине бёдер.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="16"/>
        <source>Leave your shoulders and upper back resting on the floor.</source>
        <translation>Плечи и верх спины остаются лежать на полу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="17"/>
        <source>Tense the lower back and lift it, and the hips with it, off the floor.</source>
        <translation>Напрягите поясницу и оторвите её от пола, а вместе с ней и таз.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="18"/>
        <source>Lower it slowly and begin the next lift.</source>
        <translation>Медленно опустите и начните следующий подъём.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="19"/>
        <source>Let the lower back do the work, not the arms</source>
        <translation>Работает поясница, а не руки</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="20"/>
        <source>Breathe out as you rise, in as you lower</source>
        <translation>На подъёме выдох, на опускании вдох</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="21"/>
        <source>Stop straight away if it hurts; working muscles may tire, but nothing should be painful.</source>
        <translation>Сразу остановитесь, если больно; работающие мышцы могут уставать, но боли быть не должно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="22"/>
        <source>Breathe in an even rhythm and lift without straining or jerking.</source>
        <translation>Дышите ровно и поднимайтесь без натуживания и рывков.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="23"/>
        <source>The article gives no count. BackTimer suggests 10 slow lifts of about 4 seconds each.</source>
        <translation>В статье нет числа повторений. BackTimer предлагает 10 медленных подъёмов примерно по 4 секунды.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="24"/>
        <source>mat</source>
        <translation>коврик</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="25"/>
        <source>Supine leg kicks</source>
        <translation>Махи ногами лёжа на спине</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="27"/>
        <source>Lie on your back with head and shoulders down, hands on the lower ribs and elbows pressing into the floor.</source>
        <translation>Лягте на спину, голова и плечи на полу, руки на нижних рёбрах, локти упираются в пол.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="28"/>
        <source>Bend one knee to a right angle and plant that foot for support.</source>
        <translation>Согните одно колено под прямым углом и поставьте эту стопу для опоры.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="26"/>
        <source>On your back with head and shoulders down and elbows pressing into the floor, bend and stretch one leg at a time while the lower back stays firm.</source>
        <translation>Лёжа на спине, голова и плечи на полу, локти упираются в пол, сгибайте и выпрямляйте по одной ноге, поясница остаётся напряжённой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="29"/>
        <source>Slowly stretch the other leg out with the heel low, close to the floor, then bend it back in; the lower back stays firm.</source>
        <translation>Медленно выпрямите другую ногу, пятка низко, у самого пола, затем снова согните её; поясница остаётся напряжённой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="30"/>
        <source>Finish the count, then change legs.</source>
        <translation>Досчитайте до конца, затем смените ногу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="31"/>
        <source>Back straight and braced throughout</source>
        <translation>Спина всё время прямая и напряжённая</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="32"/>
        <source>Drive each kick from the lower back</source>
        <translation>Каждый мах идёт от поясницы</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="33"/>
        <source>Keep the back long and firm, and move slowly and under control.</source>
        <translation>Держите спину вытянутой и напряжённой, двигайтесь медленно и подконтрольно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="34"/>
        <source>The article gives no count. BackTimer suggests 10 kicks of about 3 seconds with each leg.</source>
        <translation>В статье нет числа повторений. BackTimer предлагает 10 махов примерно по 3 секунды каждой ногой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="35"/>
        <source>Prone flying with hand shakes</source>
        <translation>«Полёт» лёжа на животе с встряхиванием кистей</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="36"/>
        <source>Face down, lift the lower legs and spread the arms like wings, shaking the hands as you hold.</source>
        <translation>Лёжа на животе, поднимите голени и раскиньте руки как крылья, встряхивая кистями во время удержания.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="37"/>
        <source>Lie face down on a mat with the legs together.</source>
        <translation>Лягте на живот на коврик, ноги вместе.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="38"/>
        <source>Tense the whole back of the body and raise the lower legs off the floor.</source>
        <translation>Напрягите всю заднюю поверхность тела и оторвите голени от пола.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="39"/>
        <source>Spread the arms out to the sides like wings and lift them a little.</source>
        <translation>Разведите руки в стороны как крылья и слегка приподнимите их.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="40"/>
        <source>Keep the hands shaking loosely until the time is up, then lower and relax.</source>
        <translation>Свободно встряхивайте кистями, пока не выйдет время, затем опуститесь и расслабьтесь.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="41"/>
        <source>Balance with the lower back</source>
        <translation>Балансируйте поясницей</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="42"/>
        <source>Keep breathing while you hold</source>
        <translation>Во время удержания продолжайте дышать</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="43"/>
        <source>The article sets no time. BackTimer holds the pose for 20 seconds; lengthen it as you get stronger.</source>
        <translation>В статье не указано время. BackTimer держит позу 20 секунд; увеличивайте его по мере роста силы.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="44"/>
        <source>Prone arm raises</source>
        <translation>Подъём рук лёжа на животе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="45"/>
        <source>In the same face-down pose, raise the arms toward the head and lower them again without rocking.</source>
        <translation>В той же позе лёжа на животе поднимайте руки к голове и опускайте их, не раскачиваясь.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="46"/>
        <source>Lie face down with the back of the body tensed and the lower legs lifted.</source>
        <translation>Лягте на живот, задняя поверхность тела напряжена, голени подняты.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="47"/>
        <source>Reach the arms forward beyond the head.</source>
        <translation>Вытяните руки вперёд за голову.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="48"/>
        <source>Raise them off the floor, then lower them under control.</source>
        <translation>Оторвите их от пола, затем подконтрольно опустите.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="49"/>
        <source>Repeat at a steady pace while the body stays still.</source>
        <translation>Повторяйте в ровном темпе, тело остаётся неподвижным.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="50"/>
        <source>Small, controlled movements</source>
        <translation>Небольшие подконтрольные движения</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="51"/>
        <source>No rocking from side to side</source>
        <translation>Без раскачивания из стороны в сторону</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="52"/>
        <source>The article gives no count. BackTimer suggests 10 raises of about 4 seconds each.</source>
        <translation>В статье нет числа повторений. BackTimer предлагает 10 подъёмов примерно по 4 секунды.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="53"/>
        <source>Swallow fly</source>
        <translation>«Ласточка»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="54"/>
        <source>Face down with the hands on the back, lift head, chest and feet so the body curves into a U.</source>
        <translation>Лёжа на животе, руки на спине, поднимите голову, грудь и стопы, чтобы тело приняло форму буквы U.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="55"/>
        <source>Lie face down on a bed or mat, with no pillow under your head.</source>
        <translation>Лягте на живот на кровать или коврик, без подушки под головой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="56"/>
        <source>Rest both hands on your lower back.</source>
        <translation>Положите обе руки на поясницу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="57"/>
        <source>Lift head, chest and feet off the surface together so the body curves like a shallow U.</source>
        <translation>Одновременно поднимите голову, грудь и стопы, чтобы тело приняло форму неглубокой буквы U.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="58"/>
        <source>Hold the curve, then lower and rest before the next lift.</source>
        <translation>Удержите форму буквы U, затем опуститесь и отдохните перед следующим подъёмом.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="59"/>
        <source>Chest and feet rise at the same moment</source>
        <translation>Грудь и стопы поднимаются одновременно</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="60"/>
        <source>Neck long, eyes on the floor ahead</source>
        <translation>Шея вытянута, взгляд в пол перед собой</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="61"/>
        <source>Do only as many as you can do well; more is not better.</source>
        <translation>Делайте столько, сколько получается хорошо; больше — не значит лучше.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="62"/>
        <source>The article says to hold for about five seconds, rest, and repeat as your strength allows. BackTimer plans 6 holds of 5 seconds with 10 seconds of rest between them.</source>
        <translation>В статье сказано удерживать около пяти секунд, отдыхать и повторять, сколько позволяют силы. BackTimer планирует 6 удержаний по 5 секунд с отдыхом 10 секунд между ними.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="63"/>
        <source>Bent-leg deadlift</source>
        <translation>Становая тяга на согнутых ногах</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="64"/>
        <source>Knees bent and back flat, raise a barbell by straightening the legs and pause at the top.</source>
        <translation>Колени согнуты, спина прямая: поднимите штангу, выпрямляя ноги, и задержитесь вверху.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="65"/>
        <source>Stand with the toes turned out a little and the barbell in front of your shins.</source>
        <translation>Встаньте, слегка развернув носки наружу, штанга перед голенями.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="66"/>
        <source>Bend the knees and grip the bar with hands shoulder-width apart or slightly wider.</source>
        <translation>Согните колени и возьмите гриф хватом на ширине плеч или чуть шире.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="67"/>
        <source>Chest up, back tight and hips raised, lean the upper body forward about 45 degrees.</source>
        <translation>Грудь вперёд, спина напряжена, таз поднят: наклоните корпус вперёд примерно на 45 градусов.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="68"/>
        <source>Straighten the knees to raise the bar, open the shoulders and hold for 2 seconds at the top.</source>
        <translation>Выпрямите колени, чтобы поднять штангу, разверните плечи и задержитесь вверху на 2 секунды.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="69"/>
        <source>Bend the knees to lower the bar slowly, stopping just before it reaches the floor.</source>
        <translation>Согните колени и медленно опустите штангу, остановившись чуть выше пола.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="70"/>
        <source>The legs drive the lift</source>
        <translation>Подъём идёт за счёт ног</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="71"/>
        <source>The bar stays off the floor between reps</source>
        <translation>Между повторениями штанга не касается пола</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="72"/>
        <source>Pause 2 seconds at the top</source>
        <translation>Пауза 2 секунды вверху</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="73"/>
        <source>A loaded lift: learn the technique first, ideally with a trainer watching, and stop if your form slips.</source>
        <translation>Упражнение с отягощением: сначала освойте технику, лучше под присмотром тренера, и остановитесь, если техника нарушается.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="74"/>
        <source>Start with a light bar and add weight only when every rep looks the same.</source>
        <translation>Начинайте с лёгкой штанги и добавляйте вес, только когда все повторения выглядят одинаково.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="75"/>
        <source>The article asks for a 2-second pause at the top but gives no count. BackTimer allows 5 seconds per rep (rise, pause, slow lowering) and suggests 8 reps.</source>
        <translation>В статье просят паузу 2 секунды вверху, но число повторений не указано. BackTimer даёт 5 секунд на повторение (подъём, пауза, медленное опускание) и предлагает 8 повторений.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="76"/>
        <source>barbell</source>
        <translation>штанга</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="77"/>
        <source>Prone overhead lift</source>
        <translation>Подъём с вытянутыми руками лёжа на животе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="78"/>
        <source>Face down with arms overhead, lift the arms, upper back and legs a little while belly and hips stay down.</source>
        <translation>Лёжа на животе с руками за головой, немного поднимите руки, верх спины и ноги; живот и таз остаются на полу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="80"/>
        <source>Keep the belly and hips resting on the mat throughout.</source>
        <translation>Живот и таз всё время лежат на коврике.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="81"/>
        <source>Lift the arms, chest and straight legs a little way off the mat together.</source>
        <translation>Одновременно немного оторвите от коврика руки, грудь и прямые ноги.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="84"/>
        <source>Belly and hips stay on the mat</source>
        <translation>Живот и таз остаются на коврике</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="105"/>
        <source>The heading asks for 15 to 20; the text also suggests 4 to 5 rounds of 20 to 25. BackTimer takes the lower reading: one set of 15, about 3 seconds per circle. Build up only slowly, and only while it stays free of pain.</source>
        <translation>В заголовке 15–20; в тексте также предлагаются 4–5 подходов по 20–25. BackTimer берёт меньшее значение: один подход из 15, примерно 3 секунды на круг. Увеличивайте нагрузку лишь постепенно и только пока нет боли.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="133"/>
        <source>The article likens it to the swallow fly and suggests 4 to 5 rounds of 20 to 25, on top of five other exercises. BackTimer starts lower, with the 15 repetitions the article asks of its other exercises: one set, about 3 seconds each. Add rounds only slowly, and only while it stays free of pain.</source>
        <translation>В статье его сравнивают с «ласточкой» и предлагают 4–5 подходов по 20–25 вдобавок к пяти другим упражнениям. BackTimer начинает с меньшего — с 15 повторений, которые статья даёт для остальных упражнений: один подход, примерно по 3 секунды. Добавляйте подходы лишь постепенно и только пока нет боли.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="162"/>
        <source>Standing with straight arms, turn shoulders and hips together against a band anchored at your side, so the lower back does not twist.</source>
        <translation>Стоя с прямыми руками, поворачивайте плечи и таз вместе против ленты, закреплённой сбоку, чтобы поясница не скручивалась.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="165"/>
        <source>Turn away from the anchor with shoulders and hips moving together as one block, letting the feet pivot a little; arms and back stay straight.</source>
        <translation>Повернитесь от точки крепления, плечи и таз движутся вместе, одним блоком, стопы могут немного поворачиваться; руки и спина остаются прямыми.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="168"/>
        <source>Shoulders and hips turn together; the lower back stays still</source>
        <translation>Плечи и таз поворачиваются вместе; поясница неподвижна</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="169"/>
        <source>Keep the turn small and never twist the lower back against the band.</source>
        <translation>Поворачивайтесь на небольшой угол и никогда не скручивайте поясницу против натяжения ленты.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="173"/>
        <source>On a hyperextension bench, bend forward at the hips and rise back to a straight line, keeping the natural curve of the lower back.</source>
        <translation>На скамье для гиперэкстензии наклонитесь в тазобедренных суставах и вернитесь до прямой линии, сохраняя естественный прогиб поясницы.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="174"/>
        <source>Set the bench so that the pad supports only the half of your pelvis nearer the thighs; the half nearer the waist stays free, so you bend at the hips and not in the lower back.</source>
        <translation>Настройте скамью так, чтобы валик поддерживал только ту половину таза, что ближе к бёдрам; половина ближе к талии остаётся свободной, и сгибание идёт в тазобедренных суставах, а не в пояснице.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="208"/>
        <source>For the second set, rest your hands behind your head; they only carry its weight and never pull on the neck.</source>
        <translation>Во втором подходе положите руки за голову; они лишь поддерживают её вес и никогда не тянут за шею.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="214"/>
        <source>Heel-reach side bend</source>
        <translation>Боковой наклон к пятке</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="221"/>
        <source>Bend sideways only, without twisting or lifting the hips</source>
        <translation>Наклоняйтесь только вбок, без скручивания и не поднимая таз</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="226"/>
        <source>Tense the back gently so that chest, arms and legs rise a little off the mat.</source>
        <translation>Мягко напрягите спину, чтобы грудь, руки и ноги немного оторвались от коврика.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="233"/>
        <source>On hands and knees, let the lower back sink into an arch with the head up, then round the back with the head down.</source>
        <translation>На четвереньках прогните поясницу, подняв голову, затем округлите спину, опустив голову.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="242"/>
        <source>The basic strengthening set of its source article: drawing-in, opposite arm and leg lifts, the plank, band turns and hyperextensions. It opens with two minutes of easy movement to warm up. Do it 4 to 5 times a week. Ask your doctor before you start, and stop if anything hurts. Grow the time or difficulty a little at a time. The hyperextension needs a bench, or a couch and someone to hold your legs. Once your back is clearly stronger, the deadlift and the bent-over row are heavier options for later, with sound technique or a trainer.</source>
        <translation>Базовый укрепляющий комплекс из исходной статьи: втягивание живота, подъёмы разноимённых руки и ноги, планка, повороты с лентой и гиперэкстензии. Начинается с двух минут лёгких движений для разминки. Занимайтесь 4–5 раз в неделю. Посоветуйтесь с врачом перед началом и остановитесь, если что-то болит. Увеличивайте время или сложность понемногу. Для гиперэкстензии нужна скамья или диван и человек, который держит ваши ноги. Когда спина станет заметно сильнее, становая тяга и тяга в наклоне — более тяжёлые варианты на потом, с правильной техникой или с тренером.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="247"/>
        <source>Four floor exercises that work the lower back, two on your back and two face down, after two minutes of easy warm-up movement. Good for building lower-back strength that upper-back training tends to miss. Keep the breathing steady and never force a lift.</source>
        <translation>Четыре упражнения на полу для поясницы, два лёжа на спине и два лёжа на животе, после двух минут лёгких движений для разминки. Хорошо развивают силу поясницы, которую тренировка верха спины часто упускает. Дышите ровно и никогда не форсируйте подъём.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="249"/>
        <source>An entry-level set for when back pain has turned dull and is fading; wait while it is still sharp. After an easy warm-up, belly curls and side bends come first, because the belly muscles support the spine too, then two easy back exercises. No gym needed. The harder next step is the hyperextension.</source>
        <translation>Комплекс начального уровня для периода, когда боль в спине стала тупой и стихает; пока она острая, подождите. После лёгкой разминки сначала скручивания и наклоны вбок, потому что мышцы живота тоже поддерживают позвоночник, затем два лёгких упражнения для спины. Зал не нужен. Следующий, более трудный шаг — гиперэкстензия.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="250"/>
        <source>First set hands on the chest, second set hands behind the head without pulling on the neck.</source>
        <translation>Первый подход — руки на груди, второй — руки за головой, не тяните за шею.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="252"/>
        <source>Six face-down and table exercises for people who spend the day bent over a desk or a phone, after an easy warm-up. Each is done 15 times, the lower end of what the source asks. Level: intermediate, not a first routine. All six work the back and none the belly: if your back is sore, begin with Gentle start after back pain, and train the belly on other days, for example with Back fundamentals. You need a mat, a towel and a sturdy table.</source>
        <translation>Шесть упражнений лёжа на животе и со столом для тех, кто проводит день, склонившись над столом или телефоном, после лёгкой разминки. Каждое выполняется 15 раз — нижняя граница того, что просит источник. Уровень: средний, не для первого раза. Все шесть нагружают спину и ни одно — живот: если спина болит, начните с программы «Мягкое начало после боли в спине», а живот тренируйте в другие дни, например с программой «Основы для спины». Нужны коврик, полотенце и прочный стол.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="254"/>
        <source>Short holds of the swallow fly followed by the bent-leg deadlift with a barbell, after an easy warm-up. Strong lower-back muscles help keep the spine stable. Adjust the numbers to your own ability: more is not better. The deadlift needs a barbell and sound technique: start with a light bar, ideally with a trainer watching.</source>
        <translation>Короткие удержания «ласточки», затем становая тяга на согнутых ногах со штангой, после лёгкой разминки. Сильные мышцы поясницы помогают держать позвоночник стабильным. Подстройте числа под свои возможности: больше — не значит лучше. Для становой тяги нужны штанга и правильная техника: начните с лёгкой штанги, лучше под присмотром тренера.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="79"/>
        <source>Lie face down on a mat, legs straight and together, arms stretched past your head.</source>
        <translation>Лягте на живот на коврик, ноги прямые и вместе, руки вытянуты за голову.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="82"/>
        <source>Pause at the top and squeeze the back muscles.</source>
        <translation>Задержитесь вверху и напрягите мышцы спины.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="83"/>
        <source>Come down slowly to the start.</source>
        <translation>Медленно вернитесь в исходное положение.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="85"/>
        <source>Squeeze at the top, lower slowly</source>
        <translation>Вверху напрягите, опускайтесь медленно</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="86"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each to leave time for the pause.</source>
        <translation>В статье просят 15–20 повторений. BackTimer начинает с 15, примерно по 4 секунды, чтобы осталось время на паузу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="87"/>
        <source>Prone towel row</source>
        <translation>Тяга полотенца лёжа на животе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="88"/>
        <source>Face down holding a towel overhead, pull it toward the chest by bending the elbows.</source>
        <translation>Лёжа на животе, держа полотенце над головой, тяните его к груди, сгибая локти.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="89"/>
        <source>Lie face down on a mat and hold a towel by both ends, hands above your head.</source>
        <translation>Лягте на живот на коврик и возьмите полотенце за оба конца, руки над головой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="90"/>
        <source>Keep hips and thighs on the mat and raise the upper body with the towel.</source>
        <translation>Таз и бёдра остаются на коврике; поднимите корпус вместе с полотенцем.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="91"/>
        <source>Bend the elbows and draw the towel down toward your chest.</source>
        <translation>Согните локти и подтяните полотенце к груди.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="92"/>
        <source>Stop at the top and squeeze the back, then return slowly.</source>
        <translation>Задержитесь вверху, напрягите спину и медленно вернитесь.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="93"/>
        <source>Keep the towel taut</source>
        <translation>Полотенце всё время натянуто</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="94"/>
        <source>Elbows slide in toward the ribs</source>
        <translation>Локти скользят к рёбрам</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="95"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each.</source>
        <translation>В статье просят 15–20 повторений. BackTimer начинает с 15, примерно по 4 секунды.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="96"/>
        <source>towel</source>
        <translation>полотенце</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="97"/>
        <source>Prone arm circles</source>
        <translation>Круги руками лёжа на животе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="98"/>
        <source>With the upper back lifted, sweep the arms in circles from overhead down toward the hips.</source>
        <translation>С поднятым верхом спины описывайте руками круги от положения над головой к бёдрам.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="99"/>
        <source>Lie face down on a mat and lift the upper back; the rest of you stays on the floor.</source>
        <translation>Лягте на живот на коврик и поднимите верх спины; остальное тело остаётся на полу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="100"/>
        <source>Sweep both arms in a wide circle from above the head down toward the thighs.</source>
        <translation>Проведите обе руки по широкому кругу от положения над головой вниз к бёдрам.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="101"/>
        <source>Bring them back around and keep circling.</source>
        <translation>Верните их по кругу обратно и продолжайте вращать.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="102"/>
        <source>Feel the lower back and the muscles beside the spine working.</source>
        <translation>Почувствуйте, как работают поясница и мышцы вдоль позвоночника.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="103"/>
        <source>Upper back stays lifted</source>
        <translation>Верх спины остаётся поднятым</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="104"/>
        <source>Smooth, even circles</source>
        <translation>Плавные ровные круги</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="106"/>
        <source>Prone breaststroke</source>
        <translation>«Брасс» лёжа на животе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="107"/>
        <source>Face down with chest and legs lifted, sweep the arms back toward the thighs like a swimmer.</source>
        <translation>Лёжа на животе с поднятыми грудью и ногами, отводите руки назад к бёдрам, как пловец.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="108"/>
        <source>Lie face down, belly and hips on the mat, arms reaching forward.</source>
        <translation>Лягте на живот, живот и таз на коврике, руки вытянуты вперёд.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="109"/>
        <source>Lift the chest and legs off the mat.</source>
        <translation>Оторвите грудь и ноги от коврика.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="110"/>
        <source>As the upper body rises, sweep the arms out and back to the sides of the thighs.</source>
        <translation>Поднимая корпус, разведите руки в стороны и отведите их назад к бёдрам.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="111"/>
        <source>Pause, then bring the arms forward again to the start.</source>
        <translation>Задержитесь, затем верните руки вперёд в исходное положение.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="112"/>
        <source>Legs stay up for the whole set</source>
        <translation>Ноги подняты весь подход</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="113"/>
        <source>Back long and straight</source>
        <translation>Спина вытянута и прямая</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="114"/>
        <source>Reverse row under a table</source>
        <translation>Обратная тяга под столом</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="115"/>
        <source>Lying under a sturdy table, hold its edge and pull your body up with the back muscles.</source>
        <translation>Лёжа под прочным столом, возьмитесь за его край и подтяните тело мышцами спины.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="116"/>
        <source>Lie on your back under a sturdy table, knees bent and feet flat on the floor.</source>
        <translation>Лягте на спину под прочный стол, колени согнуты, стопы на полу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="117"/>
        <source>Reach up and grip the table edge with both hands.</source>
        <translation>Поднимите руки и возьмитесь за край стола обеими руками.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="118"/>
        <source>Brace the trunk so the body stays straight from shoulders to knees.</source>
        <translation>Напрягите корпус, чтобы тело было прямым от плеч до коленей.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="119"/>
        <source>Bend the elbows and pull the chest toward the table, then pause and squeeze.</source>
        <translation>Согните локти и подтяните грудь к столу, затем задержитесь и напрягите мышцы.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="120"/>
        <source>Lower yourself slowly and under control.</source>
        <translation>Опускайтесь медленно и подконтрольно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="121"/>
        <source>Body straight, core tight</source>
        <translation>Тело прямое, корпус напряжён</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="122"/>
        <source>Pull with the back, not only the arms</source>
        <translation>Тяните спиной, а не только руками</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="123"/>
        <source>Make sure the table is solid and cannot tip or slide before you pull on it.</source>
        <translation>Прежде чем тянуть, убедитесь, что стол прочный и не может опрокинуться или сдвинуться.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="124"/>
        <source>table</source>
        <translation>стол</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="125"/>
        <source>Prone double-end lift</source>
        <translation>Двойной подъём лёжа на животе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="126"/>
        <source>Face down, lift the upper body and the legs together and squeeze the lower back.</source>
        <translation>Лёжа на животе, одновременно поднимите корпус и ноги и напрягите поясницу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="127"/>
        <source>Lie face down on a mat, arms by your sides.</source>
        <translation>Лягте на живот на коврик, руки вдоль тела.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="128"/>
        <source>Raise the chest and the legs at the same time while the hips stay on the mat.</source>
        <translation>Одновременно поднимите грудь и ноги, таз остаётся на коврике.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="129"/>
        <source>Squeeze the lower back firmly at the top.</source>
        <translation>Вверху крепко напрягите поясницу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="130"/>
        <source>Lower both ends together and go again.</source>
        <translation>Опустите оба конца вместе и повторите.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="131"/>
        <source>Both ends rise together</source>
        <translation>Оба конца поднимаются вместе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="132"/>
        <source>A short squeeze at the top</source>
        <translation>Короткое напряжение вверху</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="134"/>
        <source>Abdominal drawing-in</source>
        <translation>Втягивание живота</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="135"/>
        <source>Pull the navel in, away from the waistband, and hold it while breathing normally.</source>
        <translation>Втяните пупок, отводя его от пояса, и удерживайте, дыша как обычно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="136"/>
        <source>Lie on your back with knees bent and feet flat on the floor.</source>
        <translation>Лягте на спину, колени согнуты, стопы на полу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="137"/>
        <source>Breathe out and gently draw your navel in toward the spine, away from your waistband.</source>
        <translation>Выдохните и мягко втяните пупок к позвоночнику, подальше от пояса.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="138"/>
        <source>Hold it there while you go on breathing.</source>
        <translation>Удерживайте его так, продолжая дышать.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="139"/>
        <source>Let go slowly and rest before the next one.</source>
        <translation>Медленно отпустите и отдохните перед следующим разом.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="140"/>
        <source>Breathe; never hold your breath</source>
        <translation>Дышите; никогда не задерживайте дыхание</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="141"/>
        <source>Back and hips stay still</source>
        <translation>Спина и таз неподвижны</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="142"/>
        <source>The article names the exercise without a dose. BackTimer suggests 8 holds of 6 seconds with 4 seconds of rest.</source>
        <translation>В статье упражнение названо без дозировки. BackTimer предлагает 8 удержаний по 6 секунд с отдыхом 4 секунды.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="143"/>
        <source>Prone opposite arm and leg lift</source>
        <translation>Подъём разноимённых руки и ноги лёжа на животе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="144"/>
        <source>Face down, raise one arm together with the opposite leg, lower them, and repeat.</source>
        <translation>Лёжа на животе, поднимите одну руку вместе с противоположной ногой, опустите и повторите.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="145"/>
        <source>Lie face down on a mat with arms stretched forward and legs straight.</source>
        <translation>Лягте на живот на коврик, руки вытянуты вперёд, ноги прямые.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="146"/>
        <source>On the left side, raise the left arm and the right leg a little way together.</source>
        <translation>На левой стороне немного поднимите вместе левую руку и правую ногу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="147"/>
        <source>Hold briefly, lower both and repeat for the count.</source>
        <translation>Задержитесь ненадолго, опустите обе и повторяйте до конца счёта.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="148"/>
        <source>After the switch, lift the right arm with the left leg.</source>
        <translation>После смены поднимайте правую руку с левой ногой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="149"/>
        <source>Hips stay flat on the mat</source>
        <translation>Таз остаётся плоско на коврике</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="150"/>
        <source>Reach long rather than high</source>
        <translation>Тянитесь в длину, а не вверх</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="151"/>
        <source>The article only says to repeat it. BackTimer suggests 8 lifts of about 4 seconds for each pairing: left arm with right leg, then right arm with left leg.</source>
        <translation>В статье сказано только повторять. BackTimer предлагает 8 подъёмов примерно по 4 секунды для каждой пары: левая рука с правой ногой, затем правая рука с левой ногой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="152"/>
        <source>Forearm plank</source>
        <translation>Планка на предплечьях</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="153"/>
        <source>Hold the body in one straight line, resting on the forearms and toes.</source>
        <translation>Держите тело одной прямой линией с опорой на предплечья и носки.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="154"/>
        <source>Lie face down with elbows under the shoulders and forearms on the mat.</source>
        <translation>Лягте на живот, локти под плечами, предплечья на коврике.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="155"/>
        <source>Tuck the toes under and lift the body off the mat.</source>
        <translation>Упритесь носками и оторвите тело от коврика.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="156"/>
        <source>Make a straight line from head to heels, with the belly drawn in.</source>
        <translation>Выстройте прямую линию от головы до пяток, живот втянут.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="157"/>
        <source>Hold for the time, then lower to the knees and rest.</source>
        <translation>Держите положенное время, затем опуститесь на колени и отдохните.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="158"/>
        <source>Hips neither sagging nor piked</source>
        <translation>Таз не провисает и не задирается</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="159"/>
        <source>Keep breathing</source>
        <translation>Продолжайте дышать</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="160"/>
        <source>The article gives no time. BackTimer suggests 3 holds of 20 seconds with 20 seconds of rest; build toward 30 seconds as it gets easier.</source>
        <translation>В статье время не указано. BackTimer предлагает 3 удержания по 20 секунд с отдыхом 20 секунд; доводите до 30 секунд, когда станет легче.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="161"/>
        <source>Band core rotation</source>
        <translation>Поворот корпуса с лентой</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="163"/>
        <source>Anchor a resistance band at chest height and stand side-on to it, feet shoulder-width apart.</source>
        <translation>Закрепите ленту на уровне груди и встаньте к ней боком, стопы на ширине плеч.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="164"/>
        <source>Hold the band with both hands, arms straight out in front of the chest.</source>
        <translation>Держите ленту обеими руками, руки прямые перед грудью.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="166"/>
        <source>Return slowly; after the switch, face the other way to work the other side.</source>
        <translation>Медленно вернитесь; после смены развернитесь в другую сторону, чтобы проработать другую сторону.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="167"/>
        <source>Arms and back stay straight</source>
        <translation>Руки и спина остаются прямыми</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="170"/>
        <source>The article gives no count. BackTimer suggests 10 slow turns of about 4 seconds to each side.</source>
        <translation>В статье нет числа повторений. BackTimer предлагает 10 медленных поворотов примерно по 4 секунды в каждую сторону.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="171"/>
        <source>resistance band</source>
        <translation>лента-эспандер</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="172"/>
        <source>Hyperextension</source>
        <translation>Гиперэкстензия</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="175"/>
        <source>Cross your hands over your chest or rest them behind your head; draw the shoulder blades back and keep the head a little up.</source>
        <translation>Скрестите руки на груди или положите их за голову; сведите лопатки и держите голову чуть приподнятой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="176"/>
        <source>Bend forward only as far as you can keep the natural curve of the lower back.</source>
        <translation>Наклоняйтесь вперёд лишь настолько, насколько сохраняется естественный прогиб поясницы.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="177"/>
        <source>Rise until the body is in line with the legs, and no further.</source>
        <translation>Поднимайтесь, пока тело не выстроится в линию с ногами, и не выше.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="178"/>
        <source>Back straight at all times</source>
        <translation>Спина всегда прямая</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="179"/>
        <source>Rise to a straight line, never beyond</source>
        <translation>Поднимайтесь до прямой линии, никогда выше</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="180"/>
        <source>Use the bench only with sound technique, ideally shown to you by a trainer.</source>
        <translation>Пользуйтесь скамьёй только с правильной техникой, лучше показанной тренером.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="181"/>
        <source>At home on a couch, do it only with a spotter holding your legs.</source>
        <translation>Дома на диване — только с помощником, который держит ноги.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="182"/>
        <source>The article suggests one set of 15 the first time, building later to 3 sets. BackTimer&apos;s default is that first set of 15, about 4 seconds per rep.</source>
        <translation>В статье предлагается в первый раз один подход из 15, позже до 3 подходов. По умолчанию BackTimer делает этот первый подход из 15, примерно по 4 секунды на повторение.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="183"/>
        <source>hyperextension bench</source>
        <translation>скамья для гиперэкстензии</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="184"/>
        <source>Deadlift</source>
        <translation>Становая тяга</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="185"/>
        <source>Lift a barbell from the floor to standing with a flat back, driving through the legs and hips.</source>
        <translation>Поднимите штангу с пола до положения стоя с прямой спиной, работая ногами и тазом.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="186"/>
        <source>Stand with the bar over the middle of your feet, feet about hip-width apart.</source>
        <translation>Встаньте так, чтобы гриф был над серединой стоп, стопы примерно на ширине бёдер.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="187"/>
        <source>Hinge at the hips and bend the knees to grip the bar just outside the legs.</source>
        <translation>Отведите таз назад и согните колени, чтобы взять гриф сразу снаружи от ног.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="188"/>
        <source>Brace the trunk with the chest up and the back flat.</source>
        <translation>Напрягите корпус, грудь вперёд, спина прямая.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="189"/>
        <source>Push through the feet and stand up, keeping the bar close to the legs.</source>
        <translation>Оттолкнитесь ногами и встаньте, держа гриф близко к ногам.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="190"/>
        <source>Lower it the same way, under control.</source>
        <translation>Опустите штангу так же, подконтрольно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="191"/>
        <source>Bar close to the body</source>
        <translation>Гриф близко к телу</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="192"/>
        <source>Back flat from start to finish</source>
        <translation>Спина прямая от начала до конца</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="193"/>
        <source>Try it only once the basic exercises feel easy and free of pain.</source>
        <translation>Пробуйте, только когда базовые упражнения даются легко и без боли.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="194"/>
        <source>The article gives no dose and treats it as a heavier step for later. BackTimer suggests 8 reps at your own pace (press Done) with a light bar.</source>
        <translation>В статье нет дозировки, упражнение считается более тяжёлым шагом на потом. BackTimer предлагает 8 повторений в своём темпе (нажмите «Сделано») с лёгкой штангой.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="195"/>
        <source>Bent-over row</source>
        <translation>Тяга штанги в наклоне</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="196"/>
        <source>Leaning forward with a flat back, pull a barbell up to the lower ribs.</source>
        <translation>В наклоне с прямой спиной тяните штангу к нижним рёбрам.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="197"/>
        <source>Hold a barbell with hands a little wider than the shoulders, knees soft.</source>
        <translation>Возьмите штангу хватом чуть шире плеч, колени слегка согнуты.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="198"/>
        <source>Hinge forward at the hips until the upper body leans well forward, back flat.</source>
        <translation>Наклонитесь в тазобедренных суставах, пока корпус не окажется сильно наклонён вперёд, спина прямая.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="199"/>
        <source>Pull the bar to the lower ribs, squeezing the shoulder blades together.</source>
        <translation>Тяните гриф к нижним рёбрам, сводя лопатки.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="200"/>
        <source>Lower it slowly until the arms are straight.</source>
        <translation>Медленно опускайте, пока руки не выпрямятся.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="201"/>
        <source>Trunk stays still</source>
        <translation>Корпус неподвижен</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="202"/>
        <source>Elbows travel back, close to the body</source>
        <translation>Локти идут назад, близко к телу</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="203"/>
        <source>Partial curls</source>
        <translation>Неполные скручивания</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="204"/>
        <source>On your back with knees bent, curl the head and upper chest up while the lower back stays down.</source>
        <translation>Лёжа на спине с согнутыми коленями, поднимите голову и верх груди; поясница остаётся на полу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="205"/>
        <source>Lie on a mat with knees bent and hands resting on your chest.</source>
        <translation>Лягте на коврик, колени согнуты, руки на груди.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="206"/>
        <source>Curl the head and upper chest up off the mat, only as far as is comfortable.</source>
        <translation>Поднимите голову и верх груди от коврика, только насколько удобно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="207"/>
        <source>Keep the lower back pressed to the mat throughout.</source>
        <translation>Всё время прижимайте поясницу к коврику.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="209"/>
        <source>Lower back stays down</source>
        <translation>Поясница остаётся на полу</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="210"/>
        <source>Move slowly and notice any pain</source>
        <translation>Двигайтесь медленно и следите за болью</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="211"/>
        <source>Begin only once any back pain has turned dull and is easing, never while it is sharp.</source>
        <translation>Начинайте только тогда, когда боль в спине стала тупой и стихает, но никогда, пока она острая.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="212"/>
        <source>With the hands behind the head, never pull the head forward; the belly muscles do the lifting.</source>
        <translation>Когда руки за головой, никогда не тяните голову вперёд; поднимают мышцы живота.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="213"/>
        <source>The article asks for 10 with the hands on the chest, then 10 with the hands behind the head. BackTimer runs this as 2 sets of 10, about 4 seconds each, with 15 seconds between to move the hands.</source>
        <translation>В статье просят 10 раз с руками на груди, затем 10 с руками за головой. BackTimer делает из этого 2 подхода по 10, примерно по 4 секунды, с 15 секундами между ними, чтобы переставить руки.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="215"/>
        <source>On your back with the arms hovering, bend sideways to reach one hand toward the heel on that side.</source>
        <translation>Лёжа на спине с руками на весу, наклоняйтесь вбок, дотягиваясь рукой до пятки с той же стороны.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="216"/>
        <source>Lie on your back, knees bent and feet flat, arms along your sides.</source>
        <translation>Лягте на спину, колени согнуты, стопы на полу, руки вдоль тела.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="217"/>
        <source>Lift the arms so they hover just above the floor.</source>
        <translation>Приподнимите руки, чтобы они висели чуть над полом.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="218"/>
        <source>Bend the trunk sideways and reach the hand toward the heel on the same side.</source>
        <translation>Наклоните корпус вбок и дотянитесь рукой до пятки с той же стороны.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="219"/>
        <source>Return to the centre and repeat; after the switch, reach toward the other heel.</source>
        <translation>Вернитесь в центр и повторите; после смены тянитесь к другой пятке.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="220"/>
        <source>Arms hover, never resting</source>
        <translation>Руки на весу, никогда не лежат</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="222"/>
        <source>The article asks for 10 on each side. BackTimer counts 10 reaches of about 3 seconds on the left, then 10 on the right.</source>
        <translation>В статье просят по 10 на каждую сторону. BackTimer считает 10 касаний примерно по 3 секунды слева, затем 10 справа.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="223"/>
        <source>Superman</source>
        <translation>«Супермен»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="224"/>
        <source>Face down with arms forward and palms together, lift the body slightly off the mat and lower it.</source>
        <translation>Лёжа на животе, руки вперёд, ладони вместе, слегка оторвите тело от коврика и опустите.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="225"/>
        <source>Lie face down on a mat with arms stretched forward and palms pressed together, like a diver.</source>
        <translation>Лягте на живот на коврик, руки вытянуты вперёд, ладони прижаты друг к другу, как у ныряльщика.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="227"/>
        <source>Hold the tension for a moment.</source>
        <translation>Удержите напряжение мгновение.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="228"/>
        <source>Lower slowly and relax before the next one.</source>
        <translation>Медленно опуститесь и расслабьтесь перед следующим разом.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="229"/>
        <source>A small lift is enough</source>
        <translation>Достаточно небольшого подъёма</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="230"/>
        <source>Keep the tension as you lower</source>
        <translation>Сохраняйте напряжение при опускании</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="231"/>
        <source>The article asks for 10. BackTimer paces them at about 4 seconds each.</source>
        <translation>В статье просят 10. BackTimer даёт каждому примерно 4 секунды.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="232"/>
        <source>Cat stretch</source>
        <translation>«Кошка»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="234"/>
        <source>Kneel on all fours, hands under the shoulders and knees under the hips.</source>
        <translation>Встаньте на четвереньки, кисти под плечами, колени под тазом.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="235"/>
        <source>Let the lower back sink into an arch while you lift your head.</source>
        <translation>Дайте пояснице прогнуться, поднимая голову.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="236"/>
        <source>Then push the back up into a round and let the head drop.</source>
        <translation>Затем округлите спину вверх и опустите голову.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="237"/>
        <source>Move slowly between the two shapes.</source>
        <translation>Медленно переходите от одного положения к другому.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="238"/>
        <source>Slow and smooth</source>
        <translation>Медленно и плавно</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="239"/>
        <source>Only as far as feels comfortable</source>
        <translation>Только насколько удобно</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="240"/>
        <source>The article asks for 10. BackTimer gives each arch-and-round about 5 seconds.</source>
        <translation>В статье просят 10. BackTimer даёт каждому прогибу с округлением около 5 секунд.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="241"/>
        <source>Back fundamentals</source>
        <translation>Основы для спины</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="243"/>
        <source>Warm-up: slow, easy movements to loosen the back.</source>
        <translation>Разминка: медленные лёгкие движения, чтобы размять спину.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="244"/>
        <source>Warm-up: small, easy side bends, without twisting.</source>
        <translation>Разминка: небольшие лёгкие наклоны вбок, без скручивания.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="245"/>
        <source>Needs a hyperextension bench, or a couch with a spotter.</source>
        <translation>Нужна скамья для гиперэкстензии или диван с помощником.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="246"/>
        <source>Floor basics</source>
        <translation>Основы на полу</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="248"/>
        <source>Gentle start after back pain</source>
        <translation>Мягкое начало после боли в спине</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="251"/>
        <source>Home back workout</source>
        <translation>Тренировка спины дома</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="253"/>
        <source>Swallow fly and bent-leg deadlift</source>
        <translation>«Ласточка» и становая тяга на согнутых ногах</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="255"/>
        <source>Then fetch the barbell; start light.</source>
        <translation>Затем возьмите штангу; начинайте с малого веса.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="256"/>
        <source>Rise, pause 2 seconds at the top, lower slowly.</source>
        <translation>Подъём, пауза 2 секунды вверху, медленное опускание.</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../backtimer/ui/player/countdown.py" line="80"/>
        <source>Countdown</source>
        <extracomment>Height of the progress track, as a share of the widget&apos;s height (at least 6 px).</extracomment>
        <translation>Обратный отсчёт</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="370"/>
        <source>Sound cues could not be played on this audio device.</source>
        <extracomment>backtimer/ui/cue_sounds.py:89</extracomment>
        <translation>Звуковые сигналы нельзя воспроизвести на этом аудиоустройстве.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="368"/>
        <source>No audio output device was found: sound cues are off.</source>
        <extracomment>backtimer/ui/cue_sounds.py:81</extracomment>
        <translation>Устройство вывода звука не найдено: звуковые сигналы выключены.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="372"/>
        <source>Sound files are missing: {0}</source>
        <extracomment>backtimer/ui/cue_sounds.py:85</extracomment>
        <translation>Нет звуковых файлов: {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="374"/>
        <source>Exercises must not hurt. Skip this one, or end the session for today.</source>
        <extracomment>backtimer/ui/dialogs.py:120</extracomment>
        <translation>Упражнения не должны причинять боль. Пропустите это или закончите занятие на сегодня.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="376"/>
        <source>It hurts</source>
        <extracomment>backtimer/ui/dialogs.py:118</extracomment>
        <translation>Больно</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="378"/>
        <source>If the pain stays or comes back, see a doctor.</source>
        <extracomment>backtimer/ui/dialogs.py:123</extracomment>
        <translation>Если боль не проходит или возвращается, обратитесь к врачу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="380"/>
        <source>Skip this exercise</source>
        <extracomment>backtimer/ui/dialogs.py:126</extracomment>
        <translation>Пропустить упражнение</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="382"/>
        <source>End the session</source>
        <extracomment>backtimer/ui/dialogs.py:127</extracomment>
        <translation>Закончить занятие</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="384"/>
        <source>End the session?</source>
        <extracomment>backtimer/ui/dialogs.py:139</extracomment>
        <translation>Закончить занятие?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="386"/>
        <source>End this session now? What you did so far is kept in your history.</source>
        <extracomment>backtimer/ui/dialogs.py:140</extracomment>
        <translation>Закончить занятие сейчас? Всё сделанное сохранится в истории.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="388"/>
        <source>Before you start</source>
        <extracomment>backtimer/ui/dialogs.py:65</extracomment>
        <translation>Перед началом</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="390"/>
        <source>Safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:76</extracomment>
        <translation>Правила безопасности</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="392"/>
        <source>I understand</source>
        <extracomment>backtimer/ui/dialogs.py:85</extracomment>
        <translation>Понятно</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="394"/>
        <source>I understand the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:86</extracomment>
        <translation>Я понимаю правила безопасности</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="404"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/dialogs.py:92</extracomment>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="406"/>
        <source>Quit BackTimer</source>
        <extracomment>backtimer/ui/dialogs.py:93</extracomment>
        <translation>Выйти из BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="396"/>
        <source>{name} was stopped and noted as painful.</source>
        <extracomment>backtimer/ui/dialogs.py:119</extracomment>
        <translation>Упражнение «{name}» остановлено и отмечено как болезненное.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="400"/>
        <source>Close</source>
        <extracomment>backtimer/ui/dialogs.py:89</extracomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="398"/>
        <source>Keyboard shortcuts</source>
        <extracomment>backtimer/ui/dialogs.py:152</extracomment>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="402"/>
        <source>Close the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:90</extracomment>
        <translation>Закрыть правила безопасности</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/summary.py" line="174"/>
        <source>This session is not saved yet: the disk is full or failing. BackTimer keeps trying while it runs.</source>
        <translation>Это занятие ещё не сохранено: диск заполнен или неисправен. BackTimer продолжает попытки, пока работает.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="408"/>
        <source>Next time, try the easier {easier} instead.</source>
        <extracomment>backtimer/ui/dialogs.py:122</extracomment>
        <translation>В следующий раз попробуйте более лёгкое упражнение: {easier}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="410"/>
        <source>Keys</source>
        <extracomment>backtimer/ui/dialogs.py:158</extracomment>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="412"/>
        <source>Press any key to close.</source>
        <extracomment>backtimer/ui/dialogs.py:159</extracomment>
        <translation>Нажмите любую клавишу, чтобы закрыть.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="414"/>
        <source>Train your back safely</source>
        <extracomment>backtimer/ui/dialogs.py:69</extracomment>
        <translation>Тренируйте спину безопасно</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="26"/>
        <source>See your doctor before you start: some back problems need their own treatment.</source>
        <translation>Перед началом посоветуйтесь с врачом: некоторые проблемы со спиной требуют отдельного лечения.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="30"/>
        <source>No exercise should hurt. If one does, stop at once (press H) and ask for advice.</source>
        <translation>Ни одно упражнение не должно причинять боль. Если больно, сразу остановитесь (клавиша H) и спросите совета.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="34"/>
        <source>Do not train while the pain is sharp or inflamed; begin once it has become dull and is fading.</source>
        <translation>Не тренируйтесь, пока боль острая или есть воспаление; начинайте, когда она стала тупой и стихает.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="39"/>
        <source>Always begin with a gentle warm-up. Every built-in routine opens with one.</source>
        <translation>Всегда начинайте с мягкой разминки. Каждая встроенная программа начинается с неё.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="43"/>
        <source>Aim for four to five sessions a week.</source>
        <translation>Старайтесь заниматься четыре-пять раз в неделю.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="47"/>
        <source>Add time or difficulty a little at a time. More is not better; go by what you can do.</source>
        <translation>Увеличивайте время или сложность понемногу. Больше — не значит лучше; ориентируйтесь на свои силы.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="51"/>
        <source>Loaded exercises (deadlifts, rows, gym hyperextensions) only with sound technique or a trainer; a hyperextension on a couch needs someone to hold your legs.</source>
        <translation>Упражнения с отягощением (становая тяга, тяга в наклоне, гиперэкстензия в зале) — только с правильной техникой или с тренером; гиперэкстензия на диване требует помощника, который держит ноги.</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="416"/>
        <source>Add “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:140</extracomment>
        <translation>Добавить «{name}»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="418"/>
        <source>Remove “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:152</extracomment>
        <translation>Убрать «{name}»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="420"/>
        <source>Move item {a} to place {b}</source>
        <extracomment>backtimer/ui/editor/commands.py:165</extracomment>
        <translation>Переместить пункт {a} на место {b}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="422"/>
        <source>Change item {n}</source>
        <extracomment>backtimer/ui/editor/commands.py:181</extracomment>
        <translation>Изменить пункт {n}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="424"/>
        <source>Set every rest to {s} s</source>
        <extracomment>backtimer/ui/editor/commands.py:257</extracomment>
        <translation>Задать всем отдыхам {s} с</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="426"/>
        <source>New exercise “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:275</extracomment>
        <translation>Новое упражнение «{name}»</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="215"/>
        <source>Rename routine</source>
        <translation>Переименовать программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="216"/>
        <source>Change description</source>
        <translation>Изменить описание</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="217"/>
        <source>Change lead-in</source>
        <translation>Изменить подготовку</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="222"/>
        <source>Change routine</source>
        <translation>Изменить программу</translation>
    </message>
</context>
<context>
    <name>EditorModels</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="428"/>
        <source>Your routine</source>
        <extracomment>backtimer/ui/editor/models.py:93</extracomment>
        <translation>Ваша программа</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="430"/>
        <source>Built-in routine: read-only. Duplicate it to make your own copy.</source>
        <extracomment>backtimer/ui/editor/models.py:92</extracomment>
        <translation>Встроенная программа: только чтение. Создайте дубликат, чтобы получить свою копию.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="432"/>
        <source> (custom)</source>
        <extracomment>backtimer/ui/editor/models.py:333</extracomment>
        <translation> (своё)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="434"/>
        <source>{name}: about {time}, its rest included</source>
        <extracomment>backtimer/ui/editor/models.py:200</extracomment>
        <translation>{name}: около {time}, с отдыхом</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="436"/>
        <source>{name} (built-in)</source>
        <extracomment>backtimer/ui/editor/models.py:89</extracomment>
        <translation>{name} (встроенная)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="179"/>
        <source>Routine</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="236"/>
        <source>Planned time: {t}</source>
        <translation>Плановое время: {t}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="244"/>
        <source>built-in, read-only</source>
        <translation>встроенная, только чтение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="246"/>
        <source>not saved yet</source>
        <translation>ещё не сохранена</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="248"/>
        <source>unsaved changes</source>
        <translation>несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="256"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="256"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="258"/>
        <source>item {n}</source>
        <translation>пункт {n}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="260"/>
        <source>Cannot be saved: {place}: {message}</source>
        <translation>Нельзя сохранить: {place}: {message}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="262"/>
        <source>(and {n} more)</source>
        <translation>(и ещё {n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/editor/page.py" line="319"/>
        <source>Add %n exercises</source>
        <translation>
            <numerusform>Добавить %n упражнение</numerusform>
            <numerusform>Добавить %n упражнения</numerusform>
            <numerusform>Добавить %n упражнений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="373"/>
        <source>Any position</source>
        <translation>Любое положение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="380"/>
        <source>Any level</source>
        <translation>Любой уровень</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="382"/>
        <source>Entry</source>
        <translation>Начальный</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="383"/>
        <source>Home</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="384"/>
        <source>Gym</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="393"/>
        <source>Any equipment</source>
        <translation>Любой инвентарь</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="425"/>
        <source>Save routine</source>
        <translation>Сохранить программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="441"/>
        <location filename="../backtimer/ui/editor/page.py" line="451"/>
        <location filename="../tools/translations/content_strings.py" line="464"/>
        <source>New routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:61</extracomment>
        <translation>Новая программа</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="449"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="450"/>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation>В «{name}» есть несохранённые изменения. Сохранить?</translation>
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
        <translation>{name} (копия)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="456"/>
        <source>Duplicate routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:75</extracomment>
        <translation>Дублировать программу</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="448"/>
        <source>Rename</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:86</extracomment>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="450"/>
        <source>Save or revert your changes first.</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:86</extracomment>
        <translation>Сначала сохраните или отмените изменения.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="438"/>
        <source>Rename routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:89</extracomment>
        <translation>Переименовать программу</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="440"/>
        <source>New name:</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:89</extracomment>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="458"/>
        <source>Deleted “{name}”.</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:109</extracomment>
        <translation>«{name}» удалена.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="460"/>
        <source>Undo delete</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:121</extracomment>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="442"/>
        <source>Import routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:133</extracomment>
        <translation>Импорт программы</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="444"/>
        <source>BackTimer routines (*.backtimer.json)</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:133</extracomment>
        <translation>Программы BackTimer (*.backtimer.json)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="462"/>
        <source>Import refused</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:141</extracomment>
        <translation>Импорт отклонён</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="446"/>
        <source>Export routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:155</extracomment>
        <translation>Экспорт программы</translation>
    </message>
</context>
<context>
    <name>EditorSafety</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="466"/>
        <source> (loaded)</source>
        <extracomment>backtimer/ui/editor/safety_notes.py:48</extracomment>
        <translation> (с отягощением)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="468"/>
        <source>Warm-up advice</source>
        <extracomment>backtimer/ui/editor/safety_notes.py:36</extracomment>
        <translation>Совет по разминке</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="94"/>
        <location filename="../backtimer/ui/editor/view.py" line="97"/>
        <source>Routines</source>
        <translation>Программы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>New routine</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="104"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="105"/>
        <source>Duplicate routine</source>
        <translation>Дублировать программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="106"/>
        <source>Make an editable copy of this routine</source>
        <translation>Создать редактируемую копию этой программы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename routine</source>
        <translation>Переименовать программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename this routine</source>
        <translation>Переименовать эту программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete routine</source>
        <translation>Удалить программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete this routine (undoable)</source>
        <translation>Удалить эту программу (можно отменить)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import routine</source>
        <translation>Импорт программы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import a routine file</source>
        <translation>Импортировать файл программы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Export routine</source>
        <translation>Экспорт программы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Save this routine to a file</source>
        <translation>Сохранить эту программу в файл</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <location filename="../backtimer/ui/editor/view.py" line="326"/>
        <location filename="../backtimer/ui/editor/view.py" line="342"/>
        <location filename="../backtimer/ui/editor/view.py" line="350"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <source>Bring the deleted routine back</source>
        <translation>Вернуть удалённую программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="153"/>
        <source>Routine</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="161"/>
        <source>Routine name</source>
        <translation>Название программы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="163"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="165"/>
        <location filename="../backtimer/ui/editor/view.py" line="168"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="171"/>
        <location filename="../backtimer/ui/editor/view.py" line="176"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="172"/>
        <location filename="../backtimer/ui/editor/view.py" line="191"/>
        <source>Lead-in</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="173"/>
        <source>Countdown before the first exercise (0–600 s)</source>
        <translation>Отсчёт перед первым упражнением (0–600 с)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="177"/>
        <location filename="../backtimer/ui/editor/view.py" line="187"/>
        <source>Default rest</source>
        <translation>Отдых по умолчанию</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="178"/>
        <source>Rest after each exercise you add (0–1800 s)</source>
        <translation>Отдых после каждого добавленного упражнения (0–1800 с)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="180"/>
        <source>Apply to all</source>
        <translation>Применить ко всем</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="181"/>
        <source>Apply default rest to all items</source>
        <translation>Применить отдых по умолчанию ко всем пунктам</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="182"/>
        <source>Give every item this rest after it</source>
        <translation>Дать каждому пункту такой отдых после него</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="193"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="196"/>
        <source>Items of the routine</source>
        <translation>Пункты программы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="197"/>
        <source>Drag to reorder; Alt+Up / Alt+Down moves; Del removes</source>
        <translation>Перетаскивайте, чтобы изменить порядок; Alt+Вверх / Alt+Вниз перемещает; Del удаляет</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move item up</source>
        <translation>Переместить пункт вверх</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move up (Alt+Up)</source>
        <translation>Вверх (Alt+Вверх)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move item down</source>
        <translation>Переместить пункт вниз</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move down (Alt+Down)</source>
        <translation>Вниз (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove item</source>
        <translation>Убрать пункт</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove the item (Del)</source>
        <translation>Убрать пункт (Del)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="225"/>
        <source>Planned time</source>
        <translation>Плановое время</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="234"/>
        <source>What stops saving</source>
        <translation>Что мешает сохранить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <location filename="../backtimer/ui/editor/view.py" line="330"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Save routine</source>
        <translation>Сохранить программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Revert changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Throw away unsaved changes</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="247"/>
        <location filename="../backtimer/ui/editor/view.py" line="248"/>
        <source>Run in player</source>
        <translation>Запустить в плеере</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="249"/>
        <source>Run this routine in the player</source>
        <translation>Запустить эту программу в плеере</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="262"/>
        <source>Exercises</source>
        <translation>Упражнения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="264"/>
        <source>Search by name</source>
        <translation>Поиск по названию</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="265"/>
        <source>Search exercises</source>
        <translation>Поиск упражнений</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="270"/>
        <source>Filter by position</source>
        <translation>Фильтр по положению</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="272"/>
        <source>Filter by equipment</source>
        <translation>Фильтр по инвентарю</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="274"/>
        <source>Filter by level</source>
        <translation>Фильтр по уровню</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="276"/>
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="277"/>
        <source>Equipment</source>
        <translation>Инвентарь</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="278"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="293"/>
        <source>Exercises to add</source>
        <translation>Упражнения для добавления</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="295"/>
        <source>Double-click or Enter adds; or drag into the items</source>
        <translation>Двойной щелчок или Enter добавляет; можно перетащить в пункты</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add exercise</source>
        <translation>Добавить упражнение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add after the current item (Enter)</source>
        <translation>Добавить после текущего пункта (Enter)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="306"/>
        <source>New exercise…</source>
        <translation>Новое упражнение…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="307"/>
        <source>New custom exercise</source>
        <translation>Новое своё упражнение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="308"/>
        <source>Describe an exercise of your own</source>
        <translation>Описать своё упражнение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="328"/>
        <location filename="../backtimer/ui/editor/view.py" line="343"/>
        <location filename="../backtimer/ui/editor/view.py" line="351"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="333"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="334"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Повторить (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="40"/>
        <source>Lying on the back</source>
        <translation>Лёжа на спине</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="41"/>
        <source>Lying face down</source>
        <translation>Лёжа на животе</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="42"/>
        <source>On all fours</source>
        <translation>На четвереньках</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="43"/>
        <source>Standing</source>
        <translation>Стоя</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="44"/>
        <source>Lying on one side</source>
        <translation>Лёжа на боку</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="45"/>
        <source>Kneeling</source>
        <translation>На коленях</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="46"/>
        <source>On a bench or machine</source>
        <translation>На скамье или тренажёре</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="70"/>
        <source>New exercise</source>
        <translation>Новое упражнение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="75"/>
        <source>Exercise name</source>
        <translation>Название упражнения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="78"/>
        <source>Instructions, one step per line</source>
        <translation>Инструкция, по шагу на строку</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="79"/>
        <source>One step per line</source>
        <translation>По шагу на строку</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="81"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="100"/>
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="85"/>
        <source>Equipment, separated by commas</source>
        <translation>Инвентарь, через запятую</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="86"/>
        <source>mat, towel</source>
        <translation>коврик, полотенце</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="87"/>
        <source>Done one side at a time</source>
        <translation>Выполняется по одной стороне</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="88"/>
        <source>One-sided</source>
        <translation>Одностороннее</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="89"/>
        <source>No picture</source>
        <translation>Нет картинки</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="90"/>
        <source>Choose picture…</source>
        <translation>Выбрать картинку…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="91"/>
        <source>Choose picture</source>
        <translation>Выбрать картинку</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="98"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="99"/>
        <source>Instructions</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="101"/>
        <source>Equipment</source>
        <translation>Инвентарь</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="106"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="147"/>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="126"/>
        <source>The exercise needs a name.</source>
        <translation>У упражнения должно быть название.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="128"/>
        <source>Write at least one step of instructions.</source>
        <translation>Напишите хотя бы один шаг инструкции.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="137"/>
        <source>Choose a picture</source>
        <translation>Выберите картинку</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="137"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Картинки (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="101"/>
        <source>Exercise illustration</source>
        <translation>Иллюстрация упражнения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="297"/>
        <source>Picture of the exercise %1</source>
        <translation>Картинка упражнения %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="300"/>
        <source>Animated figure showing %1, left side</source>
        <translation>Анимированная фигура: %1, левая сторона</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="302"/>
        <source>Animated figure showing %1, right side</source>
        <translation>Анимированная фигура: %1, правая сторона</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="304"/>
        <source>Animated figure showing %1</source>
        <translation>Анимированная фигура: %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="307"/>
        <location filename="../backtimer/ui/figure_widget.py" line="309"/>
        <source>No illustration</source>
        <translation>Нет иллюстрации</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="338"/>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="341"/>
        <source>{holds} × {hold} hold</source>
        <translation>{holds} × {hold} удержания</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="339"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n повтор × {pace} с</numerusform>
            <numerusform>%n повтора × {pace} с</numerusform>
            <numerusform>%n повторов × {pace} с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="340"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n повтор</numerusform>
            <numerusform>%n повтора</numerusform>
            <numerusform>%n повторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="342"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n подход</numerusform>
            <numerusform>%n подхода</numerusform>
            <numerusform>%n подходов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="343"/>
        <source>each side</source>
        <translation>на каждую сторону</translation>
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
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="472"/>
        <source>History charts</source>
        <extracomment>backtimer/ui/history/charts.py:79</extracomment>
        <translation>Графики истории</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="474"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/history/charts.py:94</extracomment>
        <translation>Минуты упражнений в неделю</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="476"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/history/charts.py:95</extracomment>
        <translation>Занятия в неделю</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="478"/>
        <source>Pain before and after (0–10)</source>
        <extracomment>backtimer/ui/history/charts.py:96</extracomment>
        <translation>Боль до и после (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="480"/>
        <source>No sessions yet.</source>
        <extracomment>backtimer/ui/history/charts.py:192</extracomment>
        <translation>Занятий пока нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="482"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/history/charts.py:393</extracomment>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="484"/>
        <source>Before</source>
        <extracomment>backtimer/ui/history/charts.py:123</extracomment>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="486"/>
        <source>After</source>
        <extracomment>backtimer/ui/history/charts.py:126</extracomment>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="494"/>
        <source>Exercised: %1 min</source>
        <extracomment>backtimer/ui/history/charts.py:392</extracomment>
        <translation>Упражнения: %1 мин</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="488"/>
        <source>goal of %1 met</source>
        <extracomment>backtimer/ui/history/charts.py:396</extracomment>
        <translation>цель %1 выполнена</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="490"/>
        <source>goal of %1 not met</source>
        <extracomment>backtimer/ui/history/charts.py:396</extracomment>
        <translation>цель %1 не выполнена</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="492"/>
        <source>goal %1</source>
        <extracomment>backtimer/ui/history/charts.py:297</extracomment>
        <translation>цель %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="496"/>
        <source>Pain before: %1</source>
        <extracomment>backtimer/ui/history/charts.py:415</extracomment>
        <translation>Боль до: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="498"/>
        <source>Pain after: %1</source>
        <extracomment>backtimer/ui/history/charts.py:416</extracomment>
        <translation>Боль после: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="500"/>
        <source>Goal met in %1 of the last %2 weeks.</source>
        <extracomment>backtimer/ui/history/charts.py:207</extracomment>
        <translation>Цель достигнута в %1 из последних %2 недель.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="502"/>
        <source>Last week: %1 sessions, %2 minutes.</source>
        <extracomment>backtimer/ui/history/charts.py:201</extracomment>
        <translation>На прошлой неделе: занятий %1, минут: %2.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="504"/>
        <source>Pain at the last session: %1 before, %2 after.</source>
        <extracomment>backtimer/ui/history/charts.py:217</extracomment>
        <translation>Боль на последнем занятии: %1 до, %2 после.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="506"/>
        <source>This week: %1 sessions of a goal of %2, %3 minutes.</source>
        <extracomment>backtimer/ui/history/charts.py:194</extracomment>
        <translation>На этой неделе: занятий %1 из %2 по цели, минут: %3.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="508"/>
        <source>Week %1 of %2, from %3</source>
        <extracomment>backtimer/ui/history/charts.py:388</extracomment>
        <translation>Неделя %1 из %2, с %3</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="83"/>
        <source>Delete the session of %1</source>
        <translation>Удалить занятие от %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="136"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="147"/>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="148"/>
        <source>Column headers</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="162"/>
        <source>Session details</source>
        <translation>Подробности занятия</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="165"/>
        <location filename="../backtimer/ui/history/page.py" line="168"/>
        <source>Delete session…</source>
        <translation>Удалить занятие…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="166"/>
        <source>Delete the selected session</source>
        <translation>Удалить выбранное занятие</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="172"/>
        <location filename="../backtimer/ui/history/page.py" line="187"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="181"/>
        <source>Rep&amp;ort for your physiotherapist…</source>
        <translation>&amp;Отчёт для физиотерапевта…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="184"/>
        <source>A PDF of your sessions, pain ratings and what hurt, for a chosen period</source>
        <translation>PDF с занятиями, оценками боли и тем, что болело, за выбранный период</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="188"/>
        <source>Undo the deletion</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="198"/>
        <source> a week</source>
        <translation> в неделю</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="199"/>
        <source>Weekly goal, sessions a week</source>
        <translation>Цель на неделю, занятий в неделю</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="200"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="203"/>
        <source>Current streak</source>
        <translation>Текущая серия</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="205"/>
        <source>Last 12 weeks</source>
        <translation>Последние 12 недель</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="206"/>
        <source>Show the last 12 weeks</source>
        <translation>Показать последние 12 недель</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="207"/>
        <source>All weeks</source>
        <translation>Все недели</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="208"/>
        <source>Show all weeks</source>
        <translation>Показать все недели</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="343"/>
        <source>Delete the session of %1 (%2)? You can undo this.</source>
        <translation>Удалить занятие от %1 (%2)? Это можно отменить.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="345"/>
        <source>Delete session</source>
        <translation>Удалить занятие</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="348"/>
        <source>Deleted the session of %1.</source>
        <translation>Занятие от %1 удалено.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="420"/>
        <source>No session selected. Finished sessions appear in the list.</source>
        <translation>Занятие не выбрано. Завершённые занятия появляются в списке.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="439"/>
        <source>No streak yet: meet the goal this week to start one</source>
        <translation>Серии пока нет: выполните цель на этой неделе, чтобы начать её</translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="442"/>
        <source>Streak: %n+ weeks in a row meeting the goal</source>
        <translation>
            <numerusform>Серия: %n+ неделя подряд с выполненной целью</numerusform>
            <numerusform>Серия: %n+ недели подряд с выполненной целью</numerusform>
            <numerusform>Серия: %n+ недель подряд с выполненной целью</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="444"/>
        <source>Streak: %n weeks in a row meeting the goal</source>
        <translation>
            <numerusform>Серия: %n неделя подряд с выполненной целью</numerusform>
            <numerusform>Серия: %n недели подряд с выполненной целью</numerusform>
            <numerusform>Серия: %n недель подряд с выполненной целью</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="70"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="179"/>
        <source>No item selected</source>
        <translation>Пункт не выбран</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="77"/>
        <source>Timed</source>
        <translation>По времени</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="78"/>
        <source>Paced repetitions</source>
        <translation>Повторения в заданном темпе</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="79"/>
        <source>Repetitions at my own pace</source>
        <translation>Повторения в своём темпе</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="80"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Holds</source>
        <translation>Удержания</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="84"/>
        <source>Each side (left, then right)</source>
        <translation>Каждая сторона (левая, затем правая)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="85"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="158"/>
        <source>Warm-up</source>
        <translation>Разминка</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="87"/>
        <source>A short note shown with the item</source>
        <translation>Короткая заметка, показываемая с пунктом</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="91"/>
        <source>Problems with this item</source>
        <translation>Проблемы с этим пунктом</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="126"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="127"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="129"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="128"/>
        <source>How the exercise is done</source>
        <translation>Как выполняется упражнение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Work time</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Seconds of work (1–7200)</source>
        <translation>Секунды работы (1–7200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="131"/>
        <source>Repetitions</source>
        <translation>Повторения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="131"/>
        <source>Repetitions per set (1–1000)</source>
        <translation>Повторений в подходе (1–1000)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="134"/>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="135"/>
        <source> s per rep</source>
        <translation> с на повт.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="136"/>
        <source>Seconds per repetition (0.5–60)</source>
        <translation>Секунд на повторение (0,5–60)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="139"/>
        <source>Hold</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="139"/>
        <source>Seconds per hold (1–7200)</source>
        <translation>Секунд на удержание (1–7200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="141"/>
        <source>Rest between holds</source>
        <translation>Отдых между удержаниями</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="141"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Seconds (0–1800)</source>
        <translation>Секунды (0–1800)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Number of holds (1–200)</source>
        <translation>Число удержаний (1–200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Sets</source>
        <translation>Подходы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Number of sets (1–50)</source>
        <translation>Число подходов (1–50)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Rest between sets</source>
        <translation>Отдых между подходами</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="146"/>
        <source>Each side</source>
        <translation>Каждая сторона</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="147"/>
        <source>Do the work on the left side, then on the right</source>
        <translation>Выполнять слева, затем справа</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="150"/>
        <source>Switch sides</source>
        <translation>Смена стороны</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="150"/>
        <source>Pause to change sides (0–1800)</source>
        <translation>Пауза для смены стороны (0–1800)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="154"/>
        <source>Rest after</source>
        <translation>Отдых после</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="156"/>
        <source>Rest after this item (0–1800); not after the last item</source>
        <translation>Отдых после этого пункта (0–1800); не после последнего</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="159"/>
        <source>Mark this item as a warm-up</source>
        <translation>Отметить этот пункт как разминку</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="161"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="163"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="162"/>
        <source>A short note shown with the item (500 characters)</source>
        <translation>Короткая заметка, показываемая с пунктом (500 знаков)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="215"/>
        <source>This item</source>
        <translation>Этот пункт</translation>
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
            <numerusform>%n прошлое занятие завершилось без сохранения; оставлено как прерванное.</numerusform>
            <numerusform>%n прошлых занятия завершились без сохранения; оставлены как прерванные.</numerusform>
            <numerusform>%n прошлых занятий завершились без сохранения; оставлены как прерванные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="352"/>
        <source>%n history writes could not be saved (the disk is full or failing); they are lost.</source>
        <extracomment>backtimer/startup.py:222</extracomment>
        <translation>
            <numerusform>Не удалось сохранить %n запись истории (диск заполнен или неисправен); она потеряна.</numerusform>
            <numerusform>Не удалось сохранить %n записи истории (диск заполнен или неисправен); они потеряны.</numerusform>
            <numerusform>Не удалось сохранить %n записей истории (диск заполнен или неисправен); они потеряны.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="358"/>
        <source>There is no routine called “%1”.</source>
        <extracomment>backtimer/startup.py:181</extracomment>
        <translation>Нет программы с названием «%1».</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="354"/>
        <source>The history file was damaged. It was moved to %1 and a new one was started.</source>
        <extracomment>backtimer/startup.py:241</extracomment>
        <translation>Файл истории был повреждён. Он перемещён в %1, начат новый.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="356"/>
        <source>The history is empty because the earlier, damaged file was moved to %1.</source>
        <extracomment>backtimer/startup.py:248</extracomment>
        <translation>История пуста, потому что прежний повреждённый файл перемещён в %1.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="84"/>
        <source>BackTimer cannot use the data folder %1: it cannot create its lock file there.</source>
        <translation>BackTimer не может использовать папку данных %1: не удаётся создать в ней файл блокировки.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="87"/>
        <source>BackTimer is already running; brought it to the front.</source>
        <translation>BackTimer уже запущен; его окно выведено на передний план.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="88"/>
        <source>BackTimer is already running for %1 (it did not answer: %2); bring its window to the front yourself.</source>
        <translation>BackTimer уже запущен для %1 (он не ответил: %2); выведите его окно на передний план сами.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="119"/>
        <source>BackTimer needs a graphical desktop to open its window, and there is none here (DISPLAY is not set). The sub-commands work without one: see backtimer --help.</source>
        <translation>BackTimer нужен графический рабочий стол, чтобы открыть окно, а здесь его нет (DISPLAY не задан). Подкоманды работают и без него: см. backtimer --help.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="131"/>
        <source>BackTimer cannot reach the display %1: no X server is running there.</source>
        <translation>BackTimer не может подключиться к дисплею %1: там не запущен X-сервер.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="568"/>
        <source>Pages</source>
        <extracomment>backtimer/ui/main_window.py:85</extracomment>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="570"/>
        <source>&amp;Player</source>
        <extracomment>backtimer/ui/main_window.py:88</extracomment>
        <translation>&amp;Тренировка</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="580"/>
        <source>Full screen</source>
        <extracomment>backtimer/ui/main_window.py:143</extracomment>
        <translation>Полный экран</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="572"/>
        <source>Status</source>
        <extracomment>backtimer/ui/main_window.py:99</extracomment>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="582"/>
        <source>&amp;Settings…</source>
        <extracomment>backtimer/ui/main_window.py:164</extracomment>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="584"/>
        <source>Open the settings</source>
        <extracomment>backtimer/ui/main_window.py:165</extracomment>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="586"/>
        <source>&amp;Reminders…</source>
        <extracomment>backtimer/ui/main_window.py:170</extracomment>
        <translation>Напо&amp;минания…</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="588"/>
        <source>Choose when BackTimer reminds you</source>
        <extracomment>backtimer/ui/main_window.py:170</extracomment>
        <translation>Выбрать, когда BackTimer напоминает</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="590"/>
        <source>Sa&amp;fety rules</source>
        <extracomment>backtimer/ui/main_window.py:172</extracomment>
        <translation>Правила &amp;безопасности</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="592"/>
        <source>Read the safety rules again</source>
        <extracomment>backtimer/ui/main_window.py:172</extracomment>
        <translation>Перечитать правила безопасности</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="594"/>
        <source>&amp;About BackTimer</source>
        <extracomment>backtimer/ui/main_window.py:174</extracomment>
        <translation>&amp;О программе BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="596"/>
        <source>Version, licence and sources</source>
        <extracomment>backtimer/ui/main_window.py:174</extracomment>
        <translation>Версия, лицензия и источники</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="598"/>
        <source>&amp;Quit</source>
        <extracomment>backtimer/ui/main_window.py:177</extracomment>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="600"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/main_window.py:177</extracomment>
        <translation>Закрыть BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="574"/>
        <source>Menu</source>
        <extracomment>backtimer/ui/main_window.py:101</extracomment>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="576"/>
        <source>Application menu</source>
        <extracomment>backtimer/ui/main_window.py:102</extracomment>
        <translation>Меню приложения</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="578"/>
        <source>Settings, reminders, help and quit</source>
        <extracomment>backtimer/ui/main_window.py:106</extracomment>
        <translation>Настройки, напоминания, справка и выход</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="602"/>
        <source>Next page</source>
        <extracomment>backtimer/ui/main_window.py:139</extracomment>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="604"/>
        <source>Previous page</source>
        <extracomment>backtimer/ui/main_window.py:139</extracomment>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="606"/>
        <source>This page could not be opened: {error}</source>
        <extracomment>backtimer/ui/main_window.py:61</extracomment>
        <translation>Не удалось открыть страницу: {error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../backtimer/ui/notifications.py" line="161"/>
        <source>Open BackTimer</source>
        <translation>Открыть BackTimer</translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="52"/>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="53"/>
        <source>Pain check-in</source>
        <translation>Оценка боли</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="57"/>
        <source>0 = no pain, 10 = the worst pain you can imagine</source>
        <translation>0 = нет боли, 10 = сильнейшая боль, какую можно представить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="66"/>
        <source>Pain %1 out of 10</source>
        <translation>Боль %1 из 10</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="74"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="75"/>
        <source>Skip the pain check-in</source>
        <translation>Пропустить оценку боли</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="97"/>
        <source>How much does your back hurt now, before you start?</source>
        <translation>Насколько болит спина сейчас, перед началом?</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="98"/>
        <source>How much does your back hurt now, after the session?</source>
        <translation>Насколько болит спина сейчас, после занятия?</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="261"/>
        <source>Ready</source>
        <translation>Готово к старту</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="262"/>
        <source>Get ready</source>
        <translation>Приготовьтесь</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="263"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="264"/>
        <source>Hold {n} of {total}</source>
        <translation>Удержание {n} из {total}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="265"/>
        <source>Rest between holds</source>
        <translation>Отдых между удержаниями</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="266"/>
        <source>Rest</source>
        <translation>Отдых</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="267"/>
        <source>Rest before set {n}</source>
        <translation>Отдых перед подходом {n}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="268"/>
        <source>Switch sides</source>
        <translation>Смена стороны</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="269"/>
        <source>Switch to your left side</source>
        <translation>Смените сторону: левая</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="270"/>
        <source>Switch to your right side</source>
        <translation>Смените сторону: правая</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="271"/>
        <source>Rep {n} of {total}</source>
        <translation>Повтор {n} из {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="272"/>
        <source>%n reps at your pace</source>
        <translation>
            <numerusform>%n повторение в своём темпе</numerusform>
            <numerusform>%n повторения в своём темпе</numerusform>
            <numerusform>%n повторений в своём темпе</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="273"/>
        <source>Set {n} of {total}</source>
        <translation>Подход {n} из {total}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="274"/>
        <source>Left side</source>
        <translation>Левая сторона</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="275"/>
        <source>Right side</source>
        <translation>Правая сторона</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="276"/>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="277"/>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="278"/>
        <source>Routine completed</source>
        <translation>Программа выполнена</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="279"/>
        <source>Routine completed, but something hurt</source>
        <translation>Программа выполнена, но что-то болело</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="280"/>
        <source>Session stopped</source>
        <translation>Занятие остановлено</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="281"/>
        <source>Session stopped because it hurt</source>
        <translation>Занятие остановлено из-за боли</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="282"/>
        <source>Session stopped; something hurt</source>
        <translation>Занятие остановлено; что-то болело</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="283"/>
        <source>{time} left</source>
        <translation>осталось {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="284"/>
        <source>Next: {name}</source>
        <translation>Далее: {name}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="285"/>
        <source>This is the last exercise</source>
        <translation>Это последнее упражнение</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="286"/>
        <source>Paused. Press Space to go on.</source>
        <translation>Пауза. Нажмите пробел, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="287"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="288"/>
        <source>Paused because the computer was asleep. Press Space to go on.</source>
        <translation>Пауза: компьютер был в спящем режиме. Нажмите пробел, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="289"/>
        <source>Paused because BackTimer was frozen for a while. Press Space to go on.</source>
        <translation>Пауза: BackTimer какое-то время не отвечал. Нажмите пробел, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="290"/>
        <source>Stopped because it hurts.</source>
        <translation>Остановлено, потому что больно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="291"/>
        <source>Press Enter when done</source>
        <translation>Нажмите Enter, когда закончите</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="292"/>
        <source>Done when ready</source>
        <translation>Готово, когда будете готовы</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="293"/>
        <source>of {total} · {time} left</source>
        <translation>из {total} · осталось {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="295"/>
        <source>Press Space to start</source>
        <translation>Нажмите пробел, чтобы начать</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="296"/>
        <source>Press Space to start again</source>
        <translation>Нажмите пробел, чтобы начать заново</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="297"/>
        <source>{name}: {phase}.</source>
        <translation>{name}: {phase}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="298"/>
        <source>Get ready. First: {name}.</source>
        <translation>Приготовьтесь. Первое: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="299"/>
        <source>Rest. Next: {name}.</source>
        <translation>Отдых. Далее: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="300"/>
        <source>Rest.</source>
        <translation>Отдых.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="301"/>
        <source>Routine completed. Well done.</source>
        <translation>Программа выполнена. Отлично.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="302"/>
        <source>Session stopped.</source>
        <translation>Занятие остановлено.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="303"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="304"/>
        <source>Next: {name}, {dose}</source>
        <translation>Далее: {name}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="305"/>
        <source>Next: {name}, {side}, {dose}</source>
        <translation>Далее: {name}, {side}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="306"/>
        <source>Next: {name}. Hold, {duration}</source>
        <translation>Далее: {name}. Удержание, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="307"/>
        <source>Next: {name}, {side}. Hold, {duration}</source>
        <translation>Далее: {name}, {side}. Удержание, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="308"/>
        <source>Get ready. First: {name}</source>
        <translation>Приготовьтесь. Первое: {name}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="309"/>
        <source>Set {set_no} of {sets}, {dose}</source>
        <translation>Подход {set_no} из {sets}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="310"/>
        <source>Right side, {dose}</source>
        <translation>Правая сторона, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="311"/>
        <source>Hold, {duration}</source>
        <translation>Удержание, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="312"/>
        <source>Rest, {duration}</source>
        <translation>Отдых, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="313"/>
        <source>Halfway</source>
        <translation>Половина</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="314"/>
        <source>Well done. Routine finished.</source>
        <translation>Отлично. Программа завершена.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="315"/>
        <source>left side</source>
        <translation>левая сторона</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="316"/>
        <source>right side</source>
        <translation>правая сторона</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="317"/>
        <source>%n repetitions</source>
        <translation>
            <numerusform>%n повторение</numerusform>
            <numerusform>%n повторения</numerusform>
            <numerusform>%n повторений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="318"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="319"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="323"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n повтор × {pace} с</numerusform>
            <numerusform>%n повтора × {pace} с</numerusform>
            <numerusform>%n повторов × {pace} с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="324"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n повтор</numerusform>
            <numerusform>%n повтора</numerusform>
            <numerusform>%n повторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="326"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n подход</numerusform>
            <numerusform>%n подхода</numerusform>
            <numerusform>%n подходов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="334"/>
        <source>The warm-up lasts %n seconds. Two minutes of easy movement prepare the back better.</source>
        <translation>
            <numerusform>Разминка длится %n секунду. Две минуты лёгкого движения лучше подготовят спину.</numerusform>
            <numerusform>Разминка длится %n секунды. Две минуты лёгкого движения лучше подготовят спину.</numerusform>
            <numerusform>Разминка длится %n секунд. Две минуты лёгкого движения лучше подготовят спину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="336"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or try {next}. Go slowly; more is not better.</source>
        <translation>
            <numerusform>%n комфортное занятие подряд по программе «{routine}». Если чувствуете, что готовы, немного усложните: добавьте один подход к одному упражнению или попробуйте «{next}». Не спешите: больше — не значит лучше.</numerusform>
            <numerusform>%n комфортных занятия подряд по программе «{routine}». Если чувствуете, что готовы, немного усложните: добавьте один подход к одному упражнению или попробуйте «{next}». Не спешите: больше — не значит лучше.</numerusform>
            <numerusform>%n комфортных занятий подряд по программе «{routine}». Если чувствуете, что готовы, немного усложните: добавьте один подход к одному упражнению или попробуйте «{next}». Не спешите: больше — не значит лучше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="337"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or a few seconds to a hold. Go slowly; more is not better.</source>
        <translation>
            <numerusform>%n комфортное занятие подряд по программе «{routine}». Если чувствуете, что готовы, немного усложните: добавьте один подход к одному упражнению или несколько секунд к удержанию. Не спешите: больше — не значит лучше.</numerusform>
            <numerusform>%n комфортных занятия подряд по программе «{routine}». Если чувствуете, что готовы, немного усложните: добавьте один подход к одному упражнению или несколько секунд к удержанию. Не спешите: больше — не значит лучше.</numerusform>
            <numerusform>%n комфортных занятий подряд по программе «{routine}». Если чувствуете, что готовы, немного усложните: добавьте один подход к одному упражнению или несколько секунд к удержанию. Не спешите: больше — не значит лучше.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="616"/>
        <source>No training today. Start again once the pain has turned dull and is easing.</source>
        <extracomment>backtimer/ui/player/controller.py:257</extracomment>
        <translation>Сегодня без тренировки. Начните снова, когда боль станет тупой и начнёт стихать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="770"/>
        <source>{name} hurt in {hurt} of your last %n sessions.</source>
        <extracomment>backtimer/ui/player/warnings.py:37</extracomment>
        <translation>
            <numerusform>«{name}» причиняло боль в {hurt} из %n последнего занятия.</numerusform>
            <numerusform>«{name}» причиняло боль в {hurt} из %n последних занятий.</numerusform>
            <numerusform>«{name}» причиняло боль в {hurt} из %n последних занятий.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="320"/>
        <source>{minutes} and {seconds}</source>
        <translation>{minutes} и {seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="294"/>
        <source>%n reps · {time}</source>
        <translation>
            <numerusform>%n повтор · {time}</numerusform>
            <numerusform>%n повтора · {time}</numerusform>
            <numerusform>%n повторов · {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="321"/>
        <source>at your own pace</source>
        <translation>в своём темпе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="322"/>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="325"/>
        <source>{holds} × {hold} hold</source>
        <translation>{holds} × {hold} удержания</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="327"/>
        <source>each side</source>
        <translation>на каждую сторону</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="328"/>
        <source>{name} is a loaded lift: it needs a barbell and sound technique. Start with a light bar, ideally with a trainer watching, and stop if your form slips or it hurts.</source>
        <translation>{name} — упражнение с отягощением: нужны штанга и правильная техника. Начните с лёгкой штанги, лучше под присмотром тренера, и остановитесь, если техника нарушается или появляется боль.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="329"/>
        <source>{name} needs a hyperextension bench, or a couch with a spotter holding your legs. Learn it with a trainer if you can, start with one easy set, and stop if it hurts.</source>
        <translation>Для упражнения «{name}» нужна скамья для гиперэкстензии или диван и помощник, который держит ваши ноги. По возможности освойте его с тренером, начните с одного лёгкого подхода и остановитесь, если больно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="330"/>
        <source>{name} carries a load: learn the technique first, ideally with a trainer, start light, and stop if it hurts.</source>
        <translation>{name} — упражнение с отягощением: сначала освойте технику, лучше с тренером, начните с малого веса и остановитесь, если больно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="331"/>
        <source>Your pain is high ({rating} of 10). The articles advise waiting while pain is sharp and starting only once it has turned dull and is easing. You can do Gentle start instead, or not train today.</source>
        <translation>Ваша боль сильная ({rating} из 10). Статьи советуют подождать, пока боль острая, и начинать, только когда она стала тупой и стихает. Вместо этого можно сделать «Мягкое начало» или сегодня не заниматься.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="332"/>
        <source>You describe your pain as sharp. The articles advise waiting while pain is sharp and starting only once it has turned dull and is easing. You can do Gentle start instead, or not train today.</source>
        <translation>Вы описываете боль как острую. Статьи советуют подождать, пока боль острая, и начинать, только когда она стала тупой и стихает. Вместо этого можно сделать «Мягкое начало» или сегодня не заниматься.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="333"/>
        <source>This routine does not start with a warm-up. Begin with two minutes of easy movement, such as the cat stretch, and mark it as a warm-up.</source>
        <translation>Эта программа не начинается с разминки. Начните с двух минут лёгких движений, например «Кошки», и отметьте их как разминку.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="335"/>
        <source>The warm-up holds still. Easy movement, such as the cat stretch, prepares the back better.</source>
        <translation>Разминка состоит только из удержаний. Лёгкие движения, например «Кошка», лучше подготовят спину.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="614"/>
        <source>Stop the current session before choosing another routine.</source>
        <extracomment>backtimer/ui/player/controller.py:182</extracomment>
        <translation>Остановите текущее занятие, прежде чем выбрать другую программу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="618"/>
        <source>Stopped before the first exercise. Rest, and see a doctor if the pain stays.</source>
        <extracomment>backtimer/ui/player/controller.py:327</extracomment>
        <translation>Остановлено до первого упражнения. Отдохните и обратитесь к врачу, если боль не проходит.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="620"/>
        <source>That does not apply right now.</source>
        <extracomment>backtimer/ui/player/controller.py:380</extracomment>
        <translation>Сейчас это недоступно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="768"/>
        <source>If the pain keeps coming back, see a doctor.</source>
        <extracomment>backtimer/ui/player/warnings.py:46</extracomment>
        <translation>Если боль возвращается снова и снова, обратитесь к врачу.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="622"/>
        <source>Following a back routine</source>
        <extracomment>backtimer/ui/player/controller.py:246</extracomment>
        <translation>Идёт программа для спины</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="772"/>
        <source>Skip it if it hurts again.</source>
        <extracomment>backtimer/ui/player/warnings.py:45</extracomment>
        <translation>Пропустите его, если снова будет больно.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="774"/>
        <source>Try the easier {easier} instead, or skip it.</source>
        <extracomment>backtimer/ui/player/warnings.py:41</extracomment>
        <translation>Попробуйте вместо него более лёгкое «{easier}» или пропустите.</translation>
    </message>
</context>
<context>
    <name>PlayerSafety</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="634"/>
        <source>Pain before the session</source>
        <extracomment>backtimer/ui/player/safety.py:44</extracomment>
        <translation>Боль перед занятием</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="636"/>
        <source>Do Gentle start instead</source>
        <extracomment>backtimer/ui/player/safety.py:46</extracomment>
        <translation>Сделать «Мягкое начало»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="638"/>
        <source>Not today</source>
        <extracomment>backtimer/ui/player/safety.py:47</extracomment>
        <translation>Не сегодня</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="640"/>
        <source>Is the pain sharp or stabbing, rather than dull and easing?</source>
        <extracomment>backtimer/ui/player/safety.py:57</extracomment>
        <translation>Боль острая или колющая, а не тупая и стихающая?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="642"/>
        <source>Sharp</source>
        <extracomment>backtimer/ui/player/safety.py:58</extracomment>
        <translation>Острая</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="644"/>
        <source>Dull or easing</source>
        <extracomment>backtimer/ui/player/safety.py:59</extracomment>
        <translation>Тупая или стихает</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="646"/>
        <source>Skip the warm-up?</source>
        <extracomment>backtimer/ui/player/safety.py:68</extracomment>
        <translation>Пропустить разминку?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="648"/>
        <source>A mild warm-up always comes first: it prepares the back for the work. Skip it anyway?</source>
        <extracomment>backtimer/ui/player/safety.py:69</extracomment>
        <translation>Лёгкая разминка всегда идёт первой: она готовит спину к работе. Всё равно пропустить?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="650"/>
        <source>This routine has no description.</source>
        <extracomment>backtimer/ui/player/safety.py:79</extracomment>
        <translation>У этой программы нет описания.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="652"/>
        <source>loaded: needs care</source>
        <extracomment>backtimer/ui/player/safety.py:157</extracomment>
        <translation>с отягощением: осторожно</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="654"/>
        <source>Source: {titles}</source>
        <extracomment>backtimer/ui/player/safety.py:81</extracomment>
        <translation>Источник: {titles}</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="726"/>
        <source>Routine</source>
        <extracomment>backtimer/ui/player/view.py:83</extracomment>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="728"/>
        <source>Choose the routine to follow</source>
        <extracomment>backtimer/ui/player/view.py:84</extracomment>
        <translation>Выберите программу</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="730"/>
        <source>Sound</source>
        <extracomment>backtimer/ui/player/view.py:89</extracomment>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="732"/>
        <source>Sound on</source>
        <extracomment>backtimer/ui/player/view.py:90</extracomment>
        <translation>Звук включён</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="734"/>
        <source>Play sound cues</source>
        <extracomment>backtimer/ui/player/view.py:91</extracomment>
        <translation>Воспроизводить звуковые сигналы</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="736"/>
        <source>Volume</source>
        <extracomment>backtimer/ui/player/view.py:95</extracomment>
        <translation>Громкость</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="738"/>
        <source>Volume of the sound cues</source>
        <extracomment>backtimer/ui/player/view.py:96</extracomment>
        <translation>Громкость звуковых сигналов</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="744"/>
        <source>Set</source>
        <extracomment>backtimer/ui/player/view.py:111</extracomment>
        <translation>Подход</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="748"/>
        <source>About the main figure</source>
        <extracomment>backtimer/ui/player/view.py:131</extracomment>
        <translation>О главной цифре</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="750"/>
        <source>Side</source>
        <extracomment>backtimer/ui/player/view.py:146</extracomment>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="752"/>
        <source>Next up</source>
        <extracomment>backtimer/ui/player/view.py:163</extracomment>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="754"/>
        <source>Next up, details</source>
        <extracomment>backtimer/ui/player/view.py:164</extracomment>
        <translation>Далее, подробности</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="756"/>
        <source>Exercise queue</source>
        <extracomment>backtimer/ui/player/view.py:183</extracomment>
        <translation>Очередь упражнений</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="758"/>
        <source>Double-click an item, or select it and press J, to go there</source>
        <extracomment>backtimer/ui/player/view.py:185</extracomment>
        <translation>Дважды щёлкните пункт или выберите его и нажмите J, чтобы перейти к нему</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="740"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/player/view.py:109</extracomment>
        <translation>Упражнение</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="742"/>
        <source>Phase</source>
        <extracomment>backtimer/ui/player/view.py:110</extracomment>
        <translation>Фаза</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="764"/>
        <source>Status</source>
        <extracomment>backtimer/ui/player/view.py:215</extracomment>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="746"/>
        <source>Warning</source>
        <extracomment>backtimer/ui/player/view.py:122</extracomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="760"/>
        <source>Instructions</source>
        <extracomment>backtimer/ui/player/view.py:195</extracomment>
        <translation>Инструкция</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="762"/>
        <source>Time left in the routine</source>
        <extracomment>backtimer/ui/player/view.py:214</extracomment>
        <translation>Осталось времени в программе</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="103"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="27"/>
        <location filename="../backtimer/ui/player/actions.py" line="102"/>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="104"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="766"/>
        <source>Cues:</source>
        <extracomment>backtimer/ui/player/view.py:334</extracomment>
        <translation>Подсказки:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="29"/>
        <source>Start, pause or resume the routine</source>
        <translation>Начать, приостановить или продолжить программу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="33"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="35"/>
        <source>Go back to the previous exercise</source>
        <translation>Вернуться к предыдущему упражнению</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="39"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="41"/>
        <source>Skip to the next step</source>
        <translation>Перейти к следующему шагу</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="45"/>
        <source>Restart step</source>
        <translation>Шаг заново</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="47"/>
        <source>Start the current step again</source>
        <translation>Начать текущий шаг заново</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="51"/>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="53"/>
        <source>Finish self-paced repetitions</source>
        <translation>Закончить повторения в своём темпе</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="57"/>
        <source>It hurts</source>
        <translation>Больно</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="59"/>
        <source>Stop this exercise at once because it hurts</source>
        <translation>Сразу остановить это упражнение, потому что больно</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="63"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="65"/>
        <source>End the session</source>
        <translation>Закончить занятие</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="69"/>
        <source>Go to item</source>
        <translation>К пункту</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="71"/>
        <source>Jump to the item selected in the queue</source>
        <translation>Перейти к пункту, выбранному в очереди</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="75"/>
        <source>Full screen</source>
        <translation>Полный экран</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="77"/>
        <source>Switch full screen on or off</source>
        <translation>Включить или выключить полный экран</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="81"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="83"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Показать сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="105"/>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="109"/>
        <source>Length of the routine</source>
        <translation>Длительность программы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="110"/>
        <source>Time left in this step</source>
        <translation>Осталось в этом шаге</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="111"/>
        <source>Repetition</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="112"/>
        <source>Repetitions at your own pace</source>
        <translation>Повторения в своём темпе</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="113"/>
        <source>End of the session</source>
        <translation>Конец занятия</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="776"/>
        <source>the file</source>
        <extracomment>backtimer/ui/problem_text.py:64</extracomment>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="778"/>
        <source>%1 was refused; nothing was imported:</source>
        <extracomment>backtimer/ui/problem_text.py:76</extracomment>
        <translation>%1 отклонён; ничего не импортировано:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="780"/>
        <source>A routine called “%1” already exists; choose another name.</source>
        <extracomment>backtimer/ui/problem_text.py:127</extracomment>
        <translation>Программа «%1» уже существует; выберите другое название.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="782"/>
        <source>field “%1”</source>
        <extracomment>backtimer/ui/problem_text.py:63</extracomment>
        <translation>поле «%1»</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="27"/>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="28"/>
        <source>has the wrong type</source>
        <translation>имеет неверный тип</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="29"/>
        <source>is out of the allowed range</source>
        <translation>вне допустимого диапазона</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="30"/>
        <source>names something BackTimer does not know</source>
        <translation>ссылается на то, чего BackTimer не знает</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="31"/>
        <source>is not valid JSON</source>
        <translation>не является корректным JSON</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="32"/>
        <source>is not UTF-8 text</source>
        <translation>не является текстом в UTF-8</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="33"/>
        <source>is too large</source>
        <translation>слишком велик</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="34"/>
        <source>is from a newer BackTimer</source>
        <translation>создан более новой версией BackTimer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="35"/>
        <source>appears twice</source>
        <translation>встречается дважды</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="36"/>
        <source>is not a BackTimer routine file</source>
        <translation>не является файлом программы BackTimer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="37"/>
        <source>is not valid</source>
        <translation>недопустимо</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="40"/>
        <source>item %1</source>
        <translation>пункт %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="41"/>
        <source>exercise %1</source>
        <translation>упражнение %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="42"/>
        <source>session %1</source>
        <translation>занятие %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="43"/>
        <source>step %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="44"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="45"/>
        <source>the routine</source>
        <translation>программа</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="81"/>
        <location filename="../backtimer/ui/problem_text.py" line="82"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="83"/>
        <location filename="../backtimer/ui/problem_text.py" line="84"/>
        <source>permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="85"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="86"/>
        <source>it does not exist</source>
        <translation>не существует</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="87"/>
        <source>a file stands where a folder should be</source>
        <translation>на месте папки находится файл</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="88"/>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="89"/>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="105"/>
        <source>%1: pictures can be PNG, JPEG, SVG or GIF files.</source>
        <translation>%1: изображения могут быть файлами PNG, JPEG, SVG или GIF.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="106"/>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="107"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 не является обычным файлом.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="108"/>
        <source>%1 is too large for a picture (at most 20 MB).</source>
        <translation>%1 слишком велик для изображения (не более 20 МБ).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="109"/>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 не удалось прочитать как изображение.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="115"/>
        <source>the data file cannot be written</source>
        <translation>файл данных недоступен для записи</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="117"/>
        <location filename="../backtimer/ui/problem_text.py" line="118"/>
        <source>the data file is damaged</source>
        <translation>файл данных повреждён</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="119"/>
        <source>another program is using the data file</source>
        <translation>файл данных используется другой программой</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="139"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Папка данных %1 — это файл, а не папка.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="140"/>
        <source>BackTimer cannot create the data folder %1: %2.</source>
        <translation>BackTimer не может создать папку данных %1: %2.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="141"/>
        <source>The data file %1 is a link to a file that does not exist.</source>
        <translation>Файл данных %1 — это ссылка на несуществующий файл.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="144"/>
        <source>The data file %1 is not a regular file.</source>
        <translation>Файл данных %1 не является обычным файлом.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="145"/>
        <source>BackTimer may not write in the data folder %1.</source>
        <translation>BackTimer не может записывать в папку данных %1.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="148"/>
        <source>The data file %1 was written by a newer BackTimer. Update BackTimer to use it; the file has not been changed.</source>
        <translation>Файл данных %1 записан более новой версией BackTimer. Обновите BackTimer, чтобы использовать его; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="153"/>
        <source>The disk holding %1 is full; free some space and try again.</source>
        <translation>Диск, на котором находится %1, заполнен; освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="156"/>
        <source>BackTimer may not write in %1 (read-only or no permission).</source>
        <translation>BackTimer не может записывать в %1 (только для чтения или нет прав).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="159"/>
        <source>BackTimer cannot open the data file %1: its folder must exist and be writable.</source>
        <translation>BackTimer не может открыть файл данных %1: его папка должна существовать и быть доступной для записи.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="163"/>
        <source>The disk holding %1 reported an error; try again later.</source>
        <translation>Диск, на котором находится %1, сообщил об ошибке; попробуйте позже.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="68"/>
        <source>done</source>
        <translation>сделано</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="69"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="70"/>
        <source>to come</source>
        <translation>впереди</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="71"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="72"/>
        <source>hurt</source>
        <translation>больно</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="89"/>
        <source>Warm-up: </source>
        <translation>Разминка: </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="802"/>
        <source>No system tray here: reminders need BackTimer to be running and show in the window&apos;s status bar instead.</source>
        <extracomment>backtimer/ui/reminders_page.py:54</extracomment>
        <translation>Здесь нет системного лотка: напоминания работают, только пока BackTimer открыт, и показываются в строке состояния окна.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="804"/>
        <source>&amp;Remind me to do my back routine</source>
        <extracomment>backtimer/ui/reminders_page.py:66</extracomment>
        <translation>&amp;Напоминать о программе для спины</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="806"/>
        <source>Reminders on</source>
        <extracomment>backtimer/ui/reminders_page.py:67</extracomment>
        <translation>Напоминания включены</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="808"/>
        <source>Reminder days</source>
        <extracomment>backtimer/ui/reminders_page.py:81</extracomment>
        <translation>Дни напоминаний</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="810"/>
        <source>Reminder time</source>
        <extracomment>backtimer/ui/reminders_page.py:84</extracomment>
        <translation>Время напоминания</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="812"/>
        <source>Routine to open</source>
        <extracomment>backtimer/ui/reminders_page.py:86</extracomment>
        <translation>Какую программу открыть</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="814"/>
        <source>The last routine used</source>
        <extracomment>backtimer/ui/reminders_page.py:87</extracomment>
        <translation>Последняя использованная программа</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="816"/>
        <source>Days:</source>
        <extracomment>backtimer/ui/reminders_page.py:92</extracomment>
        <translation>Дни:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="818"/>
        <source>&amp;Time:</source>
        <extracomment>backtimer/ui/reminders_page.py:93</extracomment>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="820"/>
        <source>R&amp;outine:</source>
        <extracomment>backtimer/ui/reminders_page.py:94</extracomment>
        <translation>П&amp;рограмма:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="822"/>
        <source>Reminders</source>
        <extracomment>backtimer/ui/reminders_page.py:192</extracomment>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="824"/>
        <source>Start BackTimer in the &amp;background when I log in</source>
        <extracomment>backtimer/ui/reminders_page.py:198</extracomment>
        <translation>Запускать BackTimer в &amp;фоне при входе в систему</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="826"/>
        <source>Start at login</source>
        <extracomment>backtimer/ui/reminders_page.py:199</extracomment>
        <translation>Запуск при входе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="828"/>
        <source>So that reminders come even when you have not opened BackTimer</source>
        <extracomment>backtimer/ui/reminders_page.py:201</extracomment>
        <translation>Чтобы напоминания приходили, даже если BackTimer не открыт</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="830"/>
        <source>Send a test noti&amp;fication</source>
        <extracomment>backtimer/ui/reminders_page.py:204</extracomment>
        <translation>Отправить &amp;тестовое уведомление</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="832"/>
        <source>Send a test notification</source>
        <extracomment>backtimer/ui/reminders_page.py:205</extracomment>
        <translation>Отправить тестовое уведомление</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="834"/>
        <source>No notifications here: the reminder shows in this window.</source>
        <extracomment>backtimer/ui/reminders_page.py:244</extracomment>
        <translation>Уведомления здесь недоступны: напоминание появится в этом окне.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="836"/>
        <source>Reminders are off.</source>
        <extracomment>backtimer/ui/reminders_page.py:250</extracomment>
        <translation>Напоминания выключены.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="838"/>
        <source>Next reminder: {when}</source>
        <extracomment>backtimer/ui/reminders_page.py:256</extracomment>
        <translation>Следующее напоминание: {when}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="840"/>
        <source>{routine} (not found)</source>
        <extracomment>backtimer/ui/reminders_page.py:164</extracomment>
        <translation>{routine} (не найдена)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="842"/>
        <source>A test notification was sent.</source>
        <extracomment>backtimer/ui/reminders_page.py:242</extracomment>
        <translation>Тестовое уведомление отправлено.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="844"/>
        <source>A test message was shown by the tray icon.</source>
        <extracomment>backtimer/ui/reminders_page.py:243</extracomment>
        <translation>Значок в трее показал тестовое сообщение.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="846"/>
        <source>Exercise report</source>
        <extracomment>backtimer/ui/report_pdf.py:300</extracomment>
        <translation>Отчёт о тренировках</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="848"/>
        <source>Made by BackTimer, not a medical record. The person enters every figure themselves.</source>
        <extracomment>backtimer/ui/report_pdf.py:335</extracomment>
        <translation>Создано BackTimer, не медицинский документ. Все данные человек вводит сам.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="850"/>
        <source>Summary</source>
        <extracomment>backtimer/ui/report_pdf.py:341</extracomment>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="852"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/report_pdf.py:364</extracomment>
        <translation>Занятия в неделю</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="854"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/report_pdf.py:366</extracomment>
        <translation>Минуты упражнений в неделю</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="856"/>
        <source>Pain before and after each session</source>
        <extracomment>backtimer/ui/report_pdf.py:379</extracomment>
        <translation>Боль до и после каждого занятия</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="858"/>
        <source>When something hurt</source>
        <extracomment>backtimer/ui/report_pdf.py:385</extracomment>
        <translation>Когда что-то болело</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="860"/>
        <source>Routines done</source>
        <extracomment>backtimer/ui/report_pdf.py:398</extracomment>
        <translation>Выполненные программы</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="862"/>
        <source>Made by BackTimer, not a medical record</source>
        <extracomment>backtimer/ui/report_pdf.py:315</extracomment>
        <translation>Создано BackTimer, не медицинский документ</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="864"/>
        <source>Pain change per session: no session was rated before and after</source>
        <extracomment>backtimer/ui/report_pdf.py:353</extracomment>
        <translation>Изменение боли за занятие: ни одно занятие не оценено до и после</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="866"/>
        <source>No pain ratings in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:383</extracomment>
        <translation>За этот период нет оценок боли.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="868"/>
        <source>Nothing was marked as hurting in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:387</extracomment>
        <translation>За этот период ничего не отмечено как болезненное.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="870"/>
        <source>Exercises that hurt more than once</source>
        <extracomment>backtimer/ui/report_pdf.py:393</extracomment>
        <translation>Упражнения, болевшие больше одного раза</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="872"/>
        <source>No sessions in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:400</extracomment>
        <translation>За этот период нет занятий.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="874"/>
        <source>Notes</source>
        <extracomment>backtimer/ui/report_pdf.py:414</extracomment>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="876"/>
        <source>Pain before (0–10)</source>
        <extracomment>backtimer/ui/report_pdf.py:279</extracomment>
        <translation>Боль до (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="878"/>
        <source>Pain after (0–10)</source>
        <extracomment>backtimer/ui/report_pdf.py:279</extracomment>
        <translation>Боль после (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="880"/>
        <source>Minutes exercised: %1</source>
        <extracomment>backtimer/ui/report_pdf.py:349</extracomment>
        <translation>Минут тренировки: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="882"/>
        <source>Times something hurt: %1</source>
        <extracomment>backtimer/ui/report_pdf.py:350</extracomment>
        <translation>Сколько раз что-то болело: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="884"/>
        <source>Page %1</source>
        <extracomment>backtimer/ui/report_pdf.py:76</extracomment>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="886"/>
        <source>Could not write %1</source>
        <extracomment>backtimer/ui/report_pdf.py:313</extracomment>
        <translation>Не удалось записать %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="888"/>
        <source>%1 to %2</source>
        <extracomment>backtimer/ui/report_pdf.py:329</extracomment>
        <translation>с %1 по %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="890"/>
        <source>Average pain change per session: %1 (after minus before, %n sessions rated)</source>
        <extracomment>backtimer/ui/report_pdf.py:356</extracomment>
        <translation>
            <numerusform>Среднее изменение боли за занятие: %1 (после минус до, оценено %n занятие)</numerusform>
            <numerusform>Среднее изменение боли за занятие: %1 (после минус до, оценено %n занятия)</numerusform>
            <numerusform>Среднее изменение боли за занятие: %1 (после минус до, оценено %n занятий)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="892"/>
        <source>%1 (%n sessions)</source>
        <extracomment>backtimer/ui/report_pdf.py:403</extracomment>
        <translation>
            <numerusform>%1 (%n занятие)</numerusform>
            <numerusform>%1 (%n занятия)</numerusform>
            <numerusform>%1 (%n занятий)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="894"/>
        <source>Goal: %1 a week</source>
        <extracomment>backtimer/ui/report_pdf.py:230</extracomment>
        <translation>Цель: %1 в неделю</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="896"/>
        <source>on %n days</source>
        <extracomment>backtimer/ui/report_pdf.py:395</extracomment>
        <translation>
            <numerusform>в %n день</numerusform>
            <numerusform>в %n дня</numerusform>
            <numerusform>в %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="898"/>
        <source>Sessions: %1 (goal: %2 a week; met in %3 of %n weeks)</source>
        <extracomment>backtimer/ui/report_pdf.py:345</extracomment>
        <translation>
            <numerusform>Занятий: %1 (цель: %2 в неделю; достигнута в %3 из %n недели)</numerusform>
            <numerusform>Занятий: %1 (цель: %2 в неделю; достигнута в %3 из %n недель)</numerusform>
            <numerusform>Занятий: %1 (цель: %2 в неделю; достигнута в %3 из %n недель)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="554"/>
        <source>Save the report</source>
        <extracomment>backtimer/ui/history/report_dialog.py:156</extracomment>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="556"/>
        <source>PDF files (*.pdf)</source>
        <extracomment>backtimer/ui/history/report_dialog.py:158</extracomment>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="558"/>
        <source>Report saved</source>
        <extracomment>backtimer/ui/history/report_dialog.py:166</extracomment>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="560"/>
        <source>&amp;Open it</source>
        <extracomment>backtimer/ui/history/report_dialog.py:168</extracomment>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="562"/>
        <source>Report not saved</source>
        <extracomment>backtimer/ui/history/report_dialog.py:143</extracomment>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="564"/>
        <source>The report (%n pages) was saved to %1.</source>
        <extracomment>backtimer/ui/history/report_dialog.py:167</extracomment>
        <translation>
            <numerusform>Отчёт (%n страница) сохранён в %1.</numerusform>
            <numerusform>Отчёт (%n страницы) сохранён в %1.</numerusform>
            <numerusform>Отчёт (%n страниц) сохранён в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="566"/>
        <source>The report could not be written to %1: %2</source>
        <extracomment>backtimer/ui/history/report_dialog.py:144</extracomment>
        <translation>Не удалось записать отчёт в %1: %2</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="59"/>
        <source>Report for your physiotherapist</source>
        <translation>Отчёт для физиотерапевта</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="64"/>
        <source>A PDF of your sessions, minutes, pain ratings and everything that hurt, to take to your physiotherapist or doctor.</source>
        <translation>PDF с вашими занятиями, минутами, оценками боли и всем, что болело, — для физиотерапевта или врача.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="78"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="79"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="81"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="83"/>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
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
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="110"/>
        <source>The period ends before it starts: pick a later end.</source>
        <translation>Период заканчивается раньше, чем начинается: выберите более позднюю дату окончания.</translation>
    </message>
</context>
<context>
    <name>RoutineBar</name>
    <message>
        <location filename="../backtimer/ui/player/routine_bar.py" line="31"/>
        <source>Progress through the routine</source>
        <translation>Ход программы</translation>
    </message>
</context>
<context>
    <name>RoutineChoice</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="624"/>
        <source>entry level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:31</extracomment>
        <translation>начальный уровень</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="626"/>
        <source>home level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:32</extracomment>
        <translation>домашний уровень</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="628"/>
        <source>gym level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:33</extracomment>
        <translation>уровень спортзала</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="630"/>
        <source>{n} min</source>
        <extracomment>backtimer/ui/player/routine_choice.py:117</extracomment>
        <translation>{n} мин</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="632"/>
        <source>{name} (not saved)</source>
        <extracomment>backtimer/ui/player/routine_choice.py:123</extracomment>
        <translation>{name} (не сохранено)</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="656"/>
        <source>What this loaded exercise needs</source>
        <extracomment>backtimer/ui/player/safety_panel.py:51</extracomment>
        <translation>Что нужно для этого упражнения с отягощением</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="658"/>
        <source>Don&apos;t show again for this exercise</source>
        <extracomment>backtimer/ui/player/safety_panel.py:52</extracomment>
        <translation>Больше не показывать для этого упражнения</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="660"/>
        <source>Stop showing what this loaded exercise needs before it starts</source>
        <extracomment>backtimer/ui/player/safety_panel.py:55</extracomment>
        <translation>Больше не показывать перед началом, что нужно для этого упражнения с отягощением</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="662"/>
        <source>Safety</source>
        <extracomment>backtimer/ui/player/safety_panel.py:60</extracomment>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="664"/>
        <source>Suggestion</source>
        <extracomment>backtimer/ui/player/safety_panel.py:64</extracomment>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="666"/>
        <source>About this exercise</source>
        <extracomment>backtimer/ui/player/safety_panel.py:122</extracomment>
        <translation>Об этом упражнении</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="668"/>
        <source>About this routine</source>
        <extracomment>backtimer/ui/player/safety_panel.py:123</extracomment>
        <translation>Об этой программе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="670"/>
        <source>Read the routine&apos;s description and advice</source>
        <extracomment>backtimer/ui/player/safety_panel.py:125</extracomment>
        <translation>Прочитать описание и советы программы</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="672"/>
        <source>Note:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:135</extracomment>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="674"/>
        <source>The numbers:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:137</extracomment>
        <translation>Числа:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="676"/>
        <source>Source:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:139</extracomment>
        <translation>Источник:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../backtimer/ui/save_status.py" line="52"/>
        <source>History is not being saved (disk full or failing). This session is kept in memory and saved when there is room.</source>
        <translation>История не сохраняется (диск заполнен или неисправен). Это занятие хранится в памяти и будет сохранено, когда появится место.</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="510"/>
        <source>not given</source>
        <extracomment>backtimer/ui/history/details.py:33</extracomment>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="512"/>
        <source>Started</source>
        <extracomment>backtimer/ui/history/details.py:57</extracomment>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="514"/>
        <source>Status</source>
        <extracomment>backtimer/ui/history/details.py:58</extracomment>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="516"/>
        <source>Duration</source>
        <extracomment>backtimer/ui/history/details.py:59</extracomment>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="518"/>
        <source>Exercised</source>
        <extracomment>backtimer/ui/history/details.py:60</extracomment>
        <translation>Упражнения</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="520"/>
        <source>Planned</source>
        <extracomment>backtimer/ui/history/details.py:61</extracomment>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="522"/>
        <source>Paused</source>
        <extracomment>backtimer/ui/history/details.py:62</extracomment>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="524"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/history/details.py:63</extracomment>
        <translation>Боль до</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="526"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/history/details.py:64</extracomment>
        <translation>Боль после</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="528"/>
        <source>Steps</source>
        <extracomment>backtimer/ui/history/details.py:66</extracomment>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="530"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Упражнение</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="532"/>
        <source>Side</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="534"/>
        <source>Set</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Подход</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="536"/>
        <source>Time</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="538"/>
        <source>Reps</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Повт.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="540"/>
        <source>Outcome</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="542"/>
        <source>Note</source>
        <extracomment>backtimer/ui/history/details.py:74</extracomment>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="544"/>
        <source>Exercises</source>
        <extracomment>backtimer/ui/history/details.py:80</extracomment>
        <translation>Упражнения</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="546"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/details.py:67</extracomment>
        <translation>сделано: %1, пропущено: %2, больно: %3</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="18"/>
        <source>done</source>
        <translation>сделано</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="19"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="20"/>
        <source>hurt</source>
        <translation>больно</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="23"/>
        <source>left</source>
        <translation>слева</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="24"/>
        <source>right</source>
        <translation>справа</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="548"/>
        <source>Pain before → after the session, 0 to 10</source>
        <extracomment>backtimer/ui/history/models.py:202</extracomment>
        <translation>Боль до → после занятия, от 0 до 10</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="550"/>
        <source>%1 exercised, %2 paused</source>
        <extracomment>backtimer/ui/history/models.py:197</extracomment>
        <translation>упражнения %1, пауза %2</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="552"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/models.py:205</extracomment>
        <translation>сделано: %1, пропущено: %2, больно: %3</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="39"/>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="40"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="41"/>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="42"/>
        <source>Stopped for pain</source>
        <translation>Остановлено из-за боли</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="43"/>
        <source>Interrupted</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="86"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="87"/>
        <source>Routine</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="88"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="89"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="90"/>
        <source>Pain</source>
        <translation>Боль</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="82"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="83"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="85"/>
        <source>Play sound cues</source>
        <translation>Воспроизводить звуковые сигналы</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="92"/>
        <source>Speak the steps aloud</source>
        <translation>Проговаривать шаги вслух</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="94"/>
        <source>System default</source>
        <translation>Системный по умолчанию</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="97"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="98"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="99"/>
        <source> sessions</source>
        <translation> занятий</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="100"/>
        <source>Ask how much my back hurts before and after</source>
        <translation>Спрашивать, насколько болит спина, до и после</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="103"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="109"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="104"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="105"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="112"/>
        <source>A new language is used after a restart.</source>
        <translation>Новый язык применится после перезапуска.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="121"/>
        <source>Keep running in the tray when closed</source>
        <translation>Оставаться в системном лотке при закрытии</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="125"/>
        <source>Sound and voice</source>
        <translation>Звук и голос</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="132"/>
        <source>&amp;Volume</source>
        <translation>&amp;Громкость</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="136"/>
        <source>V&amp;oice</source>
        <translation>Го&amp;лос</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="137"/>
        <source>Routines and goal</source>
        <translation>Программы и цель</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="139"/>
        <source>&amp;Lead-in before the first exercise</source>
        <translation>&amp;Подготовка перед первым упражнением</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="140"/>
        <source>Default &amp;rest after an exercise</source>
        <translation>&amp;Отдых по умолчанию после упражнения</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="141"/>
        <source>Weekly &amp;goal</source>
        <translation>&amp;Цель на неделю</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="145"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="146"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="148"/>
        <source>&amp;Countdown size</source>
        <translation>&amp;Размер отсчёта</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="165"/>
        <source>Put every setting back to its default</source>
        <translation>Вернуть всем настройкам значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="216"/>
        <source>Sound on</source>
        <translation>Звук включён</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="216"/>
        <source>Play the tones that mark each step</source>
        <translation>Воспроизводить сигналы, отмечающие каждый шаг</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="217"/>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="217"/>
        <source>Loudness of the sound cues, 0 to 100 %</source>
        <translation>Громкость звуковых сигналов, от 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="220"/>
        <source>Voice on</source>
        <translation>Голос включён</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="221"/>
        <source>Say each step aloud with the system voice</source>
        <translation>Проговаривать каждый шаг системным голосом</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="223"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="223"/>
        <source>Which voice speaks the steps</source>
        <translation>Какой голос проговаривает шаги</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="226"/>
        <source>Lead-in</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="227"/>
        <source>Seconds to get ready before the first exercise</source>
        <translation>Секунды на подготовку перед первым упражнением</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="231"/>
        <source>Default rest</source>
        <translation>Отдых по умолчанию</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="232"/>
        <source>Seconds of rest the editor gives a new item</source>
        <translation>Секунды отдыха, которые редактор даёт новому пункту</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="234"/>
        <source>Weekly goal</source>
        <translation>Цель на неделю</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="234"/>
        <source>Sessions you aim for each week</source>
        <translation>Сколько занятий в неделю вы планируете</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="237"/>
        <source>Pain check-in</source>
        <translation>Оценка боли</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="238"/>
        <source>A pain rating from 0 to 10 before and after each session</source>
        <translation>Оценка боли от 0 до 10 до и после каждого занятия</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="240"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="240"/>
        <source>Light or dark colours, or follow the system</source>
        <translation>Светлые или тёмные цвета, или как в системе</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="243"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="244"/>
        <source>The language of the whole app; used after a restart</source>
        <translation>Язык всего приложения; применится после перезапуска</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="248"/>
        <source>Countdown size</source>
        <translation>Размер отсчёта</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="249"/>
        <source>Size of the countdown digits, in percent</source>
        <translation>Размер цифр обратного отсчёта, в процентах</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="253"/>
        <source>Keep running in the tray</source>
        <translation>Оставаться в лотке</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="254"/>
        <source>Closing the window hides it in the tray</source>
        <translation>При закрытии окно прячется в системный лоток</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="678"/>
        <source>Session stopped</source>
        <extracomment>backtimer/ui/player/summary.py:60</extracomment>
        <translation>Занятие остановлено</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="680"/>
        <source>{headline}: {done} done, {skipped} skipped, {hurt} hurt · {time} exercised</source>
        <extracomment>backtimer/ui/player/summary.py:66</extracomment>
        <translation>{headline}: выполнено {done}, пропущено {skipped}, с болью {hurt} · {time} упражнений</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="682"/>
        <source>Session stopped because it hurt</source>
        <extracomment>backtimer/ui/player/summary.py:57</extracomment>
        <translation>Занятие остановлено из-за боли</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="684"/>
        <source>Session stopped; something hurt</source>
        <extracomment>backtimer/ui/player/summary.py:59</extracomment>
        <translation>Занятие остановлено; что-то болело</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="686"/>
        <source>not asked</source>
        <extracomment>backtimer/ui/player/summary.py:105</extracomment>
        <translation>не спрашивали</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="688"/>
        <source>Routine completed, but something hurt</source>
        <extracomment>backtimer/ui/player/summary.py:55</extracomment>
        <translation>Программа выполнена, но что-то болело</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="690"/>
        <source>Routine completed</source>
        <extracomment>backtimer/ui/player/summary.py:55</extracomment>
        <translation>Программа выполнена</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="692"/>
        <source>Time exercised</source>
        <extracomment>backtimer/ui/player/summary.py:81</extracomment>
        <translation>Время упражнений</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="694"/>
        <source>Whole session</source>
        <extracomment>backtimer/ui/player/summary.py:82</extracomment>
        <translation>Всё занятие</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="696"/>
        <source>Exercises done</source>
        <extracomment>backtimer/ui/player/summary.py:83</extracomment>
        <translation>Выполнено упражнений</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="698"/>
        <source>Exercises skipped</source>
        <extracomment>backtimer/ui/player/summary.py:84</extracomment>
        <translation>Пропущено упражнений</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="700"/>
        <source>Exercises that hurt</source>
        <extracomment>backtimer/ui/player/summary.py:85</extracomment>
        <translation>Упражнения, вызвавшие боль</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="702"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/player/summary.py:89</extracomment>
        <translation>Боль до</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="704"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/player/summary.py:90</extracomment>
        <translation>Боль после</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="706"/>
        <source>%n weeks in a row</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>
            <numerusform>%n неделя подряд</numerusform>
            <numerusform>%n недели подряд</numerusform>
            <numerusform>%n недель подряд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="708"/>
        <source>none yet</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="710"/>
        <source>Session summary</source>
        <extracomment>backtimer/ui/player/summary.py:114</extracomment>
        <translation>Итоги занятия</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="712"/>
        <source>Close</source>
        <extracomment>backtimer/ui/player/summary.py:134</extracomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="714"/>
        <source>Exercises not reached</source>
        <extracomment>backtimer/ui/player/summary.py:88</extracomment>
        <translation>Не дошли до упражнений</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="716"/>
        <source>This week</source>
        <extracomment>backtimer/ui/player/summary.py:95</extracomment>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="718"/>
        <source>Weekly goal streak</source>
        <extracomment>backtimer/ui/player/summary.py:100</extracomment>
        <translation>Серия недель с выполненной целью</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="720"/>
        <source>{n} of 10</source>
        <extracomment>backtimer/ui/player/summary.py:105</extracomment>
        <translation>{n} из 10</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="722"/>
        <source>{n} of {total}</source>
        <extracomment>backtimer/ui/player/summary.py:83</extracomment>
        <translation>{n} из {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="724"/>
        <source>{n} of %n sessions</source>
        <extracomment>backtimer/ui/player/summary.py:96</extracomment>
        <translation>
            <numerusform>{n} из %n занятия</numerusform>
            <numerusform>{n} из %n занятий</numerusform>
            <numerusform>{n} из %n занятий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncNotice</name>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="57"/>
        <source>Sync: skipped %1, which is incomplete or damaged (perhaps still being copied).</source>
        <translation>Синхронизация: пропущен файл %1 — он неполный или повреждён (возможно, ещё копируется).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="61"/>
        <source>Sync: skipped %1, written by a newer BackTimer. Update BackTimer to read it.</source>
        <translation>Синхронизация: пропущен файл %1, записанный более новой версией BackTimer. Обновите BackTimer, чтобы прочитать его.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="65"/>
        <source>Sync: some routine changes in %1 were damaged and were skipped.</source>
        <translation>Синхронизация: часть изменений программ в %1 повреждена и пропущена.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="68"/>
        <source>Sync: also read %1, a conflict copy made by the sync tool.</source>
        <translation>Синхронизация: прочитан также %1 — конфликтная копия, созданная программой синхронизации.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="71"/>
        <source>Sync: the sessions in %1 could not be read and were skipped.</source>
        <translation>Синхронизация: занятия из %1 не удалось прочитать, они пропущены.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="74"/>
        <source>Sync: a routine from another computer could not be read and was skipped.</source>
        <translation>Синхронизация: программу с другого компьютера не удалось прочитать, она пропущена.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="78"/>
        <source>Sync: skipped %1, which is not a BackTimer journal.</source>
        <translation>Синхронизация: пропущен файл %1 — это не журнал BackTimer.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="908"/>
        <source>Sync cannot use %1: it holds BackTimer&apos;s own data folder or is inside it, and a sync tool would copy the live history file and damage it.</source>
        <extracomment>backtimer/ui/sync_service.py:43</extracomment>
        <translation>Синхронизация не может использовать %1: папка содержит собственную папку данных BackTimer или находится внутри неё, и программа синхронизации скопировала бы рабочий файл истории и повредила бы его.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="910"/>
        <source>Sync cannot use %1: it is not a folder, or it does not exist.</source>
        <extracomment>backtimer/ui/sync_service.py:47</extracomment>
        <translation>Синхронизация не может использовать %1: это не папка, или она не существует.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="912"/>
        <source>Sync cannot use %1: BackTimer cannot write to it.</source>
        <extracomment>backtimer/ui/sync_service.py:48</extracomment>
        <translation>Синхронизация не может использовать %1: BackTimer не может в неё записывать.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="914"/>
        <source>Sync cannot use %1.</source>
        <extracomment>backtimer/ui/sync_service.py:49</extracomment>
        <translation>Синхронизация не может использовать %1.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="916"/>
        <source>Sync failed: %1</source>
        <extracomment>backtimer/ui/sync_service.py:224</extracomment>
        <translation>Сбой синхронизации: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="918"/>
        <source>Sync could not write to %1: %2</source>
        <extracomment>backtimer/ui/sync_service.py:209</extracomment>
        <translation>Синхронизация не смогла записать в %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="30"/>
        <source>Sync between computers</source>
        <translation>Синхронизация между компьютерами</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="33"/>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="36"/>
        <source>A folder that Syncthing, Nextcloud or Dropbox keeps the same on each computer</source>
        <translation>Папка, которую Syncthing, Nextcloud или Dropbox поддерживает одинаковой на каждом компьютере</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="38"/>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="39"/>
        <location filename="../backtimer/ui/sync_settings.py" line="102"/>
        <source>Choose the sync folder</source>
        <translation>Выбрать папку синхронизации</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="46"/>
        <source>A folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same on each computer. BackTimer keeps a journal there; its history file stays here.</source>
        <translation>Папка, которую ваша программа синхронизации (Syncthing, Nextcloud, Dropbox) держит одинаковой на каждом компьютере. BackTimer ведёт там журнал; файл истории остаётся здесь.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="60"/>
        <source>S&amp;ync folder</source>
        <translation>Папка с&amp;инхронизации</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="92"/>
        <source>This folder holds BackTimer&apos;s own data folder, or is inside it. A sync tool would copy the live history file and damage it: choose a separate folder.</source>
        <translation>Эта папка содержит папку данных BackTimer или находится внутри неё. Программа синхронизации скопирует работающий файл истории и повредит его: выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="95"/>
        <source>There is no such folder.</source>
        <translation>Такой папки нет.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="96"/>
        <source>BackTimer cannot write to this folder.</source>
        <translation>BackTimer не может писать в эту папку.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="920"/>
        <source>BackTimer tray menu</source>
        <extracomment>backtimer/ui/tray.py:74</extracomment>
        <translation>Меню BackTimer в лотке</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="922"/>
        <source>Start the routine you used last</source>
        <extracomment>backtimer/ui/tray.py:76</extracomment>
        <translation>Начать последнюю использованную программу</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="924"/>
        <source>Pause</source>
        <extracomment>backtimer/ui/tray.py:77</extracomment>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="926"/>
        <source>Pause or resume the session under way</source>
        <extracomment>backtimer/ui/tray.py:78</extracomment>
        <translation>Приостановить или продолжить текущее занятие</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="928"/>
        <source>Show BackTimer</source>
        <extracomment>backtimer/ui/tray.py:79</extracomment>
        <translation>Показать BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="930"/>
        <source>Bring the BackTimer window to the front</source>
        <extracomment>backtimer/ui/tray.py:80</extracomment>
        <translation>Вывести окно BackTimer на передний план</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="932"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/tray.py:81</extracomment>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="934"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/tray.py:82</extracomment>
        <translation>Закрыть BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="936"/>
        <source>Time for your back routine. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:142</extracomment>
        <translation>Время для программы для спины. Щёлкните, чтобы открыть BackTimer.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="938"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/tray.py:145</extracomment>
        <translation>Напоминание BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="940"/>
        <source>Start</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation>Старт</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="942"/>
        <source>Resume</source>
        <extracomment>backtimer/ui/tray.py:116</extracomment>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="944"/>
        <source>Time for {routine}. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:140</extracomment>
        <translation>Время для «{routine}». Щёлкните, чтобы открыть BackTimer.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="946"/>
        <source>BackTimer: {routine} is paused</source>
        <extracomment>backtimer/ui/tray.py:120</extracomment>
        <translation>BackTimer: «{routine}» на паузе</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="948"/>
        <source>Start {routine}</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation>Начать «{routine}»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="950"/>
        <source>BackTimer: {routine} is under way</source>
        <extracomment>backtimer/ui/tray.py:122</extracomment>
        <translation>BackTimer: идёт «{routine}»</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="956"/>
        <source>The voice could not be started; using tones.</source>
        <extracomment>backtimer/ui/voice.py:233</extracomment>
        <translation>Голос не удалось запустить; звучат сигналы.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="954"/>
        <source>The voice stopped; using tones.</source>
        <extracomment>backtimer/ui/voice.py:241</extracomment>
        <translation>Голос остановился; звучат сигналы.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="960"/>
        <source>The voice failed; using tones.</source>
        <extracomment>backtimer/ui/voice.py:277</extracomment>
        <translation>Сбой голоса; звучат сигналы.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="958"/>
        <source>The voice did not start within {0} s; using tones.</source>
        <extracomment>backtimer/ui/voice.py:228</extracomment>
        <translation>Голос не запустился за {0} с; звучат сигналы.</translation>
    </message>
</context>
</TS>
