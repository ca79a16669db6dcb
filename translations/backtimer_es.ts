<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="360"/>
        <source>About BackTimer</source>
        <extracomment>backtimer/ui/about.py:31</extracomment>
        <translation>Acerca de BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="362"/>
        <source>The built-in exercises come from these articles:</source>
        <extracomment>backtimer/ui/about.py:41</extracomment>
        <translation>Los ejercicios incluidos proceden de estos artículos:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="364"/>
        <source>Timed routines for a weak or aching lower back.</source>
        <extracomment>backtimer/ui/about.py:37</extracomment>
        <translation>Rutinas cronometradas para una zona lumbar débil o dolorida.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="366"/>
        <source>Free software under the licence {licence}.</source>
        <extracomment>backtimer/ui/about.py:39</extracomment>
        <translation>Software libre bajo la licencia {licence}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="788"/>
        <source>Time for your back routine: {name}. Press Space to start.</source>
        <extracomment>backtimer/ui/reminders_controller.py:174</extracomment>
        <translation>Hora de su rutina de espalda: {name}. Pulse Espacio para empezar.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/save_status.py" line="35"/>
        <source>The history could not be saved: {error}</source>
        <translation>No se pudo guardar el historial: {error}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="610"/>
        <source>&amp;Routines</source>
        <extracomment>backtimer/ui/pages.py:68</extracomment>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="612"/>
        <source>&amp;History</source>
        <extracomment>backtimer/ui/pages.py:69</extracomment>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="784"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/reminders_controller.py:44</extracomment>
        <translation>Recordatorio de BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="786"/>
        <source>Time for your back routine.</source>
        <extracomment>backtimer/ui/reminders_controller.py:49</extracomment>
        <translation>Es hora de tu rutina para la espalda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="790"/>
        <source>Time for your back routine: {name}.</source>
        <extracomment>backtimer/ui/reminders_controller.py:50</extracomment>
        <translation>Es hora de tu rutina para la espalda: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="792"/>
        <source>So that reminders come even when you have not opened BackTimer</source>
        <extracomment>backtimer/ui/reminders_controller.py:115</extracomment>
        <translation>Para que los recordatorios lleguen aunque no hayas abierto BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="794"/>
        <source>Start at login could not be changed: the desktop&apos;s background service (portal) did not answer.</source>
        <extracomment>backtimer/ui/reminders_controller.py:143</extracomment>
        <translation>No se pudo cambiar el inicio al iniciar sesión: el servicio en segundo plano del escritorio (portal) no respondió.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="796"/>
        <source>The desktop did not allow BackTimer to start at login.</source>
        <extracomment>backtimer/ui/reminders_controller.py:137</extracomment>
        <translation>El escritorio no permitió que BackTimer se inicie al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="798"/>
        <source>The desktop did not stop BackTimer from starting at login.</source>
        <extracomment>backtimer/ui/reminders_controller.py:139</extracomment>
        <translation>El escritorio no dejó de iniciar BackTimer al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="800"/>
        <source>Start at login could not be changed: {error}</source>
        <extracomment>backtimer/ui/reminders_controller.py:122</extracomment>
        <translation>No se pudo cambiar el inicio al iniciar sesión: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="902"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/sync_controller.py:91</extracomment>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="904"/>
        <source>%n routines</source>
        <extracomment>backtimer/ui/sync_controller.py:92</extracomment>
        <translation>
            <numerusform>%n rutina</numerusform>
            <numerusform>%n rutinas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="906"/>
        <source>Synced: %1 and %2 came in.</source>
        <extracomment>backtimer/ui/sync_controller.py:93</extracomment>
        <translation>Sincronizado: han llegado %1 y %2.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="952"/>
        <source>The reminder&apos;s routine is gone; here is the last one.</source>
        <extracomment>backtimer/ui/tray_controller.py:84</extracomment>
        <translation>La rutina del recordatorio ya no existe; aquí está la última.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="900"/>
        <source>The new language is used after a restart.</source>
        <extracomment>backtimer/ui/settings_controller.py:76</extracomment>
        <translation>El idioma nuevo se usa tras reiniciar.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="608"/>
        <source>Loaded {name}: press Space to start.</source>
        <extracomment>backtimer/ui/menu_controller.py:58</extracomment>
        <translation>{name} cargada: pulse Espacio para empezar.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="13"/>
        <source>Supine lower-back lift</source>
        <translation>Elevación lumbar boca arriba</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="14"/>
        <source>Lying on your back, raise and lower the lower back using the muscles around the waist.</source>
        <translation>Tumbado boca arriba, suba y baje la zona lumbar con los músculos de alrededor de la cintura.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="15"/>
        <source>Lie on your back on a mat with knees bent and feet flat, about hip-width apart.</source>
        <translation>Túmbese boca arriba sobre una esterilla con las rodillas dobladas y los pies apoyados, separados más o menos al ancho de las caderas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="16"/>
        <source>Leave your shoulders and upper back resting on the floor.</source>
        <translation>Deje los hombros y la parte alta de la espalda apoyados en el suelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="17"/>
        <source>Tense the lower back and lift it, and the hips with it, off the floor.</source>
        <translation>Tense la zona lumbar y levántela del suelo, y con ella las caderas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="18"/>
        <source>Lower it slowly and begin the next lift.</source>
        <translation>Bájela despacio y empiece la siguiente elevación.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="19"/>
        <source>Let the lower back do the work, not the arms</source>
        <translation>Que trabaje la zona lumbar, no los brazos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="20"/>
        <source>Breathe out as you rise, in as you lower</source>
        <translation>Espire al subir, inspire al bajar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="21"/>
        <source>Stop straight away if it hurts; working muscles may tire, but nothing should be painful.</source>
        <translation>Pare enseguida si duele; los músculos que trabajan pueden cansarse, pero nada debe doler.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="22"/>
        <source>Breathe in an even rhythm and lift without straining or jerking.</source>
        <translation>Respire a un ritmo regular y suba sin forzar ni dar tirones.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="23"/>
        <source>The article gives no count. BackTimer suggests 10 slow lifts of about 4 seconds each.</source>
        <translation>El artículo no da un número. BackTimer propone 10 elevaciones lentas de unos 4 segundos cada una.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="24"/>
        <source>mat</source>
        <translation>esterilla</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="25"/>
        <source>Supine leg kicks</source>
        <translation>Patadas boca arriba</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="27"/>
        <source>Lie on your back with head and shoulders down, hands on the lower ribs and elbows pressing into the floor.</source>
        <translation>Túmbese boca arriba con la cabeza y los hombros abajo, las manos sobre las costillas inferiores y los codos presionando el suelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="28"/>
        <source>Bend one knee to a right angle and plant that foot for support.</source>
        <translation>Doble una rodilla en ángulo recto y apoye ese pie como soporte.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="26"/>
        <source>On your back with head and shoulders down and elbows pressing into the floor, bend and stretch one leg at a time while the lower back stays firm.</source>
        <translation>Boca arriba, con la cabeza y los hombros en el suelo y los codos presionando el suelo, doble y estire una pierna cada vez mientras la zona lumbar se mantiene firme.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="29"/>
        <source>Slowly stretch the other leg out with the heel low, close to the floor, then bend it back in; the lower back stays firm.</source>
        <translation>Estire despacio la otra pierna con el talón bajo, cerca del suelo, y luego vuelva a doblarla; la zona lumbar se mantiene firme.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="30"/>
        <source>Finish the count, then change legs.</source>
        <translation>Termine la cuenta y luego cambie de pierna.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="31"/>
        <source>Back straight and braced throughout</source>
        <translation>Espalda recta y firme todo el tiempo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="32"/>
        <source>Drive each kick from the lower back</source>
        <translation>Cada patada nace de la zona lumbar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="33"/>
        <source>Keep the back long and firm, and move slowly and under control.</source>
        <translation>Mantenga la espalda larga y firme y muévase despacio y con control.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="34"/>
        <source>The article gives no count. BackTimer suggests 10 kicks of about 3 seconds with each leg.</source>
        <translation>El artículo no da un número. BackTimer propone 10 patadas de unos 3 segundos con cada pierna.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="35"/>
        <source>Prone flying with hand shakes</source>
        <translation>Vuelo boca abajo sacudiendo las manos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="36"/>
        <source>Face down, lift the lower legs and spread the arms like wings, shaking the hands as you hold.</source>
        <translation>Boca abajo, levante la parte baja de las piernas y abra los brazos como alas, sacudiendo las manos mientras mantiene.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="37"/>
        <source>Lie face down on a mat with the legs together.</source>
        <translation>Túmbese boca abajo sobre una esterilla con las piernas juntas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="38"/>
        <source>Tense the whole back of the body and raise the lower legs off the floor.</source>
        <translation>Tense toda la parte posterior del cuerpo y levante la parte baja de las piernas del suelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="39"/>
        <source>Spread the arms out to the sides like wings and lift them a little.</source>
        <translation>Abra los brazos hacia los lados como alas y levántelos un poco.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="40"/>
        <source>Keep the hands shaking loosely until the time is up, then lower and relax.</source>
        <translation>Siga sacudiendo las manos sueltas hasta que acabe el tiempo; luego baje y relájese.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="41"/>
        <source>Balance with the lower back</source>
        <translation>Equilibre con la zona lumbar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="42"/>
        <source>Keep breathing while you hold</source>
        <translation>Siga respirando mientras mantiene</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="43"/>
        <source>The article sets no time. BackTimer holds the pose for 20 seconds; lengthen it as you get stronger.</source>
        <translation>El artículo no fija un tiempo. BackTimer mantiene la postura 20 segundos; alárguela a medida que gane fuerza.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="44"/>
        <source>Prone arm raises</source>
        <translation>Elevación de brazos boca abajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="45"/>
        <source>In the same face-down pose, raise the arms toward the head and lower them again without rocking.</source>
        <translation>En la misma postura boca abajo, suba los brazos hacia la cabeza y vuelva a bajarlos sin balancearse.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="46"/>
        <source>Lie face down with the back of the body tensed and the lower legs lifted.</source>
        <translation>Túmbese boca abajo con la parte posterior del cuerpo tensa y la parte baja de las piernas levantada.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="47"/>
        <source>Reach the arms forward beyond the head.</source>
        <translation>Estire los brazos hacia delante, más allá de la cabeza.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="48"/>
        <source>Raise them off the floor, then lower them under control.</source>
        <translation>Levántelos del suelo y bájelos con control.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="49"/>
        <source>Repeat at a steady pace while the body stays still.</source>
        <translation>Repita a un ritmo constante mientras el cuerpo se queda quieto.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="50"/>
        <source>Small, controlled movements</source>
        <translation>Movimientos pequeños y controlados</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="51"/>
        <source>No rocking from side to side</source>
        <translation>Sin balancearse de lado a lado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="52"/>
        <source>The article gives no count. BackTimer suggests 10 raises of about 4 seconds each.</source>
        <translation>El artículo no da un número. BackTimer propone 10 elevaciones de unos 4 segundos cada una.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="53"/>
        <source>Swallow fly</source>
        <translation>Golondrina</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="54"/>
        <source>Face down with the hands on the back, lift head, chest and feet so the body curves into a U.</source>
        <translation>Boca abajo con las manos en la espalda, levante cabeza, pecho y pies para que el cuerpo forme una U.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="55"/>
        <source>Lie face down on a bed or mat, with no pillow under your head.</source>
        <translation>Túmbese boca abajo en una cama o esterilla, sin almohada bajo la cabeza.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="56"/>
        <source>Rest both hands on your lower back.</source>
        <translation>Apoye ambas manos en la zona lumbar.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="57"/>
        <source>Lift head, chest and feet off the surface together so the body curves like a shallow U.</source>
        <translation>Levante a la vez la cabeza, el pecho y los pies para que el cuerpo forme una U poco profunda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="58"/>
        <source>Hold the curve, then lower and rest before the next lift.</source>
        <translation>Mantenga la curva; luego baje y descanse antes de la siguiente elevación.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="59"/>
        <source>Chest and feet rise at the same moment</source>
        <translation>El pecho y los pies suben a la vez</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="60"/>
        <source>Neck long, eyes on the floor ahead</source>
        <translation>Cuello largo, mirada al suelo por delante</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="61"/>
        <source>Do only as many as you can do well; more is not better.</source>
        <translation>Haga solo las que pueda hacer bien; más no es mejor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="62"/>
        <source>The article says to hold for about five seconds, rest, and repeat as your strength allows. BackTimer plans 6 holds of 5 seconds with 10 seconds of rest between them.</source>
        <translation>El artículo indica mantener unos cinco segundos, descansar y repetir según su fuerza. BackTimer planifica 6 mantenimientos de 5 segundos con 10 segundos de descanso entre ellos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="63"/>
        <source>Bent-leg deadlift</source>
        <translation>Peso muerto con piernas flexionadas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="64"/>
        <source>Knees bent and back flat, raise a barbell by straightening the legs and pause at the top.</source>
        <translation>Con las rodillas dobladas y la espalda recta, suba una barra estirando las piernas y haga una pausa arriba.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="65"/>
        <source>Stand with the toes turned out a little and the barbell in front of your shins.</source>
        <translation>Póngase de pie con las puntas de los pies algo hacia fuera y la barra delante de las espinillas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="66"/>
        <source>Bend the knees and grip the bar with hands shoulder-width apart or slightly wider.</source>
        <translation>Doble las rodillas y agarre la barra con las manos al ancho de los hombros o algo más.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="67"/>
        <source>Chest up, back tight and hips raised, lean the upper body forward about 45 degrees.</source>
        <translation>Pecho arriba, espalda firme y caderas altas: incline el tronco unos 45 grados hacia delante.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="68"/>
        <source>Straighten the knees to raise the bar, open the shoulders and hold for 2 seconds at the top.</source>
        <translation>Estire las rodillas para subir la barra, abra los hombros y mantenga 2 segundos arriba.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="69"/>
        <source>Bend the knees to lower the bar slowly, stopping just before it reaches the floor.</source>
        <translation>Doble las rodillas para bajar la barra despacio y pare justo antes de que toque el suelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="70"/>
        <source>The legs drive the lift</source>
        <translation>Las piernas impulsan el levantamiento</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="71"/>
        <source>The bar stays off the floor between reps</source>
        <translation>La barra no toca el suelo entre repeticiones</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="72"/>
        <source>Pause 2 seconds at the top</source>
        <translation>Pausa de 2 segundos arriba</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="73"/>
        <source>A loaded lift: learn the technique first, ideally with a trainer watching, and stop if your form slips.</source>
        <translation>Un ejercicio con carga: aprenda primero la técnica, a ser posible con un entrenador mirando, y pare si la postura se deteriora.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="74"/>
        <source>Start with a light bar and add weight only when every rep looks the same.</source>
        <translation>Empiece con una barra ligera y añada peso solo cuando todas las repeticiones salgan iguales.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="75"/>
        <source>The article asks for a 2-second pause at the top but gives no count. BackTimer allows 5 seconds per rep (rise, pause, slow lowering) and suggests 8 reps.</source>
        <translation>El artículo pide una pausa de 2 segundos arriba pero no da un número. BackTimer da 5 segundos por repetición (subir, pausa, bajar despacio) y propone 8 repeticiones.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="76"/>
        <source>barbell</source>
        <translation>barra</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="77"/>
        <source>Prone overhead lift</source>
        <translation>Elevación con brazos estirados boca abajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="78"/>
        <source>Face down with arms overhead, lift the arms, upper back and legs a little while belly and hips stay down.</source>
        <translation>Boca abajo con los brazos por encima de la cabeza, levante un poco los brazos, la parte alta de la espalda y las piernas mientras el vientre y las caderas se quedan abajo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="80"/>
        <source>Keep the belly and hips resting on the mat throughout.</source>
        <translation>Mantenga el vientre y las caderas apoyados en la esterilla todo el tiempo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="81"/>
        <source>Lift the arms, chest and straight legs a little way off the mat together.</source>
        <translation>Levante a la vez los brazos, el pecho y las piernas estiradas un poco de la esterilla.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="84"/>
        <source>Belly and hips stay on the mat</source>
        <translation>Vientre y caderas siguen en la esterilla</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="105"/>
        <source>The heading asks for 15 to 20; the text also suggests 4 to 5 rounds of 20 to 25. BackTimer takes the lower reading: one set of 15, about 3 seconds per circle. Build up only slowly, and only while it stays free of pain.</source>
        <translation>El título pide de 15 a 20; el texto propone también de 4 a 5 rondas de 20 a 25. BackTimer toma la cifra más baja: una serie de 15, unos 3 segundos por círculo. Aumente solo poco a poco y solo mientras no duela.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="133"/>
        <source>The article likens it to the swallow fly and suggests 4 to 5 rounds of 20 to 25, on top of five other exercises. BackTimer starts lower, with the 15 repetitions the article asks of its other exercises: one set, about 3 seconds each. Add rounds only slowly, and only while it stays free of pain.</source>
        <translation>El artículo lo compara con la golondrina y propone de 4 a 5 rondas de 20 a 25, además de otros cinco ejercicios. BackTimer empieza más bajo, con las 15 repeticiones que el artículo pide para sus otros ejercicios: una serie, de unos 3 segundos cada una. Aumente las rondas solo poco a poco y solo mientras no duela.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="162"/>
        <source>Standing with straight arms, turn shoulders and hips together against a band anchored at your side, so the lower back does not twist.</source>
        <translation>De pie con los brazos rectos, gire hombros y caderas a la vez contra una banda anclada a su lado, de modo que la zona lumbar no se tuerza.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="165"/>
        <source>Turn away from the anchor with shoulders and hips moving together as one block, letting the feet pivot a little; arms and back stay straight.</source>
        <translation>Gire alejándose del anclaje con hombros y caderas moviéndose juntos como un bloque, dejando que los pies pivoten un poco; brazos y espalda siguen rectos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="168"/>
        <source>Shoulders and hips turn together; the lower back stays still</source>
        <translation>Hombros y caderas giran juntos; la zona lumbar queda quieta</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="169"/>
        <source>Keep the turn small and never twist the lower back against the band.</source>
        <translation>Haga un giro pequeño y no tuerza nunca la zona lumbar contra la banda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="173"/>
        <source>On a hyperextension bench, bend forward at the hips and rise back to a straight line, keeping the natural curve of the lower back.</source>
        <translation>En un banco de hiperextensiones, inclínese desde las caderas y vuelva a subir hasta una línea recta, manteniendo la curva natural de la zona lumbar.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="174"/>
        <source>Set the bench so that the pad supports only the half of your pelvis nearer the thighs; the half nearer the waist stays free, so you bend at the hips and not in the lower back.</source>
        <translation>Ajuste el banco para que el cojín sostenga solo la mitad de la pelvis más cercana a los muslos; la mitad más cercana a la cintura queda libre, así se dobla por las caderas y no por la zona lumbar.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="208"/>
        <source>For the second set, rest your hands behind your head; they only carry its weight and never pull on the neck.</source>
        <translation>En la segunda serie, apoye las manos detrás de la cabeza; solo sostienen su peso y nunca tiran del cuello.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="214"/>
        <source>Heel-reach side bend</source>
        <translation>Flexión lateral hacia el talón</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="221"/>
        <source>Bend sideways only, without twisting or lifting the hips</source>
        <translation>Inclínese solo de lado, sin girar ni levantar las caderas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="226"/>
        <source>Tense the back gently so that chest, arms and legs rise a little off the mat.</source>
        <translation>Tense suavemente la espalda para que el pecho, los brazos y las piernas se eleven un poco de la esterilla.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="233"/>
        <source>On hands and knees, let the lower back sink into an arch with the head up, then round the back with the head down.</source>
        <translation>A cuatro patas, deje que la zona lumbar se hunda hacia el suelo con la cabeza arriba y luego redondee la espalda con la cabeza abajo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="242"/>
        <source>The basic strengthening set of its source article: drawing-in, opposite arm and leg lifts, the plank, band turns and hyperextensions. It opens with two minutes of easy movement to warm up. Do it 4 to 5 times a week. Ask your doctor before you start, and stop if anything hurts. Grow the time or difficulty a little at a time. The hyperextension needs a bench, or a couch and someone to hold your legs. Once your back is clearly stronger, the deadlift and the bent-over row are heavier options for later, with sound technique or a trainer.</source>
        <translation>El conjunto básico de fortalecimiento de su artículo de origen: metido del abdomen, elevaciones cruzadas de brazo y pierna, plancha, giros con banda e hiperextensiones. Empieza con dos minutos de movimiento suave para calentar. Hágalo de 4 a 5 veces por semana. Consulte a su médico antes de empezar y pare si algo duele. Aumente el tiempo o la dificultad poco a poco. La hiperextensión necesita un banco, o un sofá y alguien que le sujete las piernas. Cuando su espalda esté claramente más fuerte, el peso muerto y el remo inclinado son opciones más duras para más adelante, con buena técnica o con un entrenador.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="247"/>
        <source>Four floor exercises that work the lower back, two on your back and two face down, after two minutes of easy warm-up movement. Good for building lower-back strength that upper-back training tends to miss. Keep the breathing steady and never force a lift.</source>
        <translation>Cuatro ejercicios en el suelo que trabajan la zona lumbar, dos boca arriba y dos boca abajo, tras dos minutos de movimiento suave para calentar. Buenos para ganar la fuerza lumbar que el entrenamiento de la parte alta de la espalda suele olvidar. Respire con regularidad y no fuerce nunca una elevación.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="249"/>
        <source>An entry-level set for when back pain has turned dull and is fading; wait while it is still sharp. After an easy warm-up, belly curls and side bends come first, because the belly muscles support the spine too, then two easy back exercises. No gym needed. The harder next step is the hyperextension.</source>
        <translation>Un conjunto de nivel inicial para cuando el dolor de espalda se ha vuelto sordo y está remitiendo; espere mientras siga siendo agudo. Tras un calentamiento suave, primero encogimientos abdominales y flexiones laterales, porque los músculos del vientre también sostienen la columna, y después dos ejercicios de espalda fáciles. No hace falta gimnasio. El siguiente paso, más duro, es la hiperextensión.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="250"/>
        <source>First set hands on the chest, second set hands behind the head without pulling on the neck.</source>
        <translation>Primera serie con las manos en el pecho, segunda con las manos detrás de la cabeza sin tirar del cuello.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="252"/>
        <source>Six face-down and table exercises for people who spend the day bent over a desk or a phone, after an easy warm-up. Each is done 15 times, the lower end of what the source asks. Level: intermediate, not a first routine. All six work the back and none the belly: if your back is sore, begin with Gentle start after back pain, and train the belly on other days, for example with Back fundamentals. You need a mat, a towel and a sturdy table.</source>
        <translation>Seis ejercicios boca abajo y con una mesa para quien pasa el día inclinado sobre un escritorio o un móvil, tras un calentamiento suave. Cada uno se hace 15 veces, lo mínimo que pide la fuente. Nivel: intermedio, no es una rutina para empezar. Los seis trabajan la espalda y ninguno el vientre: si le duele la espalda, empiece con «Inicio suave tras el dolor de espalda» y trabaje el vientre otros días, por ejemplo con «Fundamentos de la espalda». Necesita una esterilla, una toalla y una mesa firme.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="254"/>
        <source>Short holds of the swallow fly followed by the bent-leg deadlift with a barbell, after an easy warm-up. Strong lower-back muscles help keep the spine stable. Adjust the numbers to your own ability: more is not better. The deadlift needs a barbell and sound technique: start with a light bar, ideally with a trainer watching.</source>
        <translation>Mantenimientos cortos de la golondrina seguidos del peso muerto con piernas flexionadas con barra, tras un calentamiento suave. Unos músculos lumbares fuertes ayudan a mantener estable la columna. Ajuste las cifras a su capacidad: más no es mejor. El peso muerto necesita una barra y buena técnica: empiece con una barra ligera, a ser posible con un entrenador mirando.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="79"/>
        <source>Lie face down on a mat, legs straight and together, arms stretched past your head.</source>
        <translation>Túmbese boca abajo sobre una esterilla, piernas estiradas y juntas, brazos extendidos más allá de la cabeza.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="82"/>
        <source>Pause at the top and squeeze the back muscles.</source>
        <translation>Haga una pausa arriba y apriete los músculos de la espalda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="83"/>
        <source>Come down slowly to the start.</source>
        <translation>Baje despacio a la posición inicial.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="85"/>
        <source>Squeeze at the top, lower slowly</source>
        <translation>Apriete arriba, baje despacio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="86"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each to leave time for the pause.</source>
        <translation>El artículo pide de 15 a 20 repeticiones. BackTimer empieza con 15, de unos 4 segundos cada una para dejar tiempo a la pausa.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="87"/>
        <source>Prone towel row</source>
        <translation>Remo con toalla boca abajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="88"/>
        <source>Face down holding a towel overhead, pull it toward the chest by bending the elbows.</source>
        <translation>Boca abajo sujetando una toalla por encima de la cabeza, llévela hacia el pecho doblando los codos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="89"/>
        <source>Lie face down on a mat and hold a towel by both ends, hands above your head.</source>
        <translation>Túmbese boca abajo sobre una esterilla y sujete una toalla por los dos extremos, con las manos por encima de la cabeza.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="90"/>
        <source>Keep hips and thighs on the mat and raise the upper body with the towel.</source>
        <translation>Mantenga caderas y muslos en la esterilla y levante el tronco con la toalla.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="91"/>
        <source>Bend the elbows and draw the towel down toward your chest.</source>
        <translation>Doble los codos y lleve la toalla hacia el pecho.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="92"/>
        <source>Stop at the top and squeeze the back, then return slowly.</source>
        <translation>Pare arriba y apriete la espalda; luego vuelva despacio.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="93"/>
        <source>Keep the towel taut</source>
        <translation>La toalla siempre tensa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="94"/>
        <source>Elbows slide in toward the ribs</source>
        <translation>Los codos se deslizan hacia las costillas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="95"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each.</source>
        <translation>El artículo pide de 15 a 20 repeticiones. BackTimer empieza con 15, de unos 4 segundos cada una.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="96"/>
        <source>towel</source>
        <translation>toalla</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="97"/>
        <source>Prone arm circles</source>
        <translation>Círculos de brazos boca abajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="98"/>
        <source>With the upper back lifted, sweep the arms in circles from overhead down toward the hips.</source>
        <translation>Con la parte alta de la espalda levantada, describa círculos con los brazos desde encima de la cabeza hacia las caderas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="99"/>
        <source>Lie face down on a mat and lift the upper back; the rest of you stays on the floor.</source>
        <translation>Túmbese boca abajo sobre una esterilla y levante la parte alta de la espalda; el resto del cuerpo sigue en el suelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="100"/>
        <source>Sweep both arms in a wide circle from above the head down toward the thighs.</source>
        <translation>Lleve ambos brazos en un círculo amplio desde encima de la cabeza hasta los muslos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="101"/>
        <source>Bring them back around and keep circling.</source>
        <translation>Vuelva a llevarlos alrededor y siga haciendo círculos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="102"/>
        <source>Feel the lower back and the muscles beside the spine working.</source>
        <translation>Note cómo trabajan la zona lumbar y los músculos junto a la columna.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="103"/>
        <source>Upper back stays lifted</source>
        <translation>La parte alta de la espalda sigue levantada</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="104"/>
        <source>Smooth, even circles</source>
        <translation>Círculos suaves y regulares</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="106"/>
        <source>Prone breaststroke</source>
        <translation>Braza boca abajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="107"/>
        <source>Face down with chest and legs lifted, sweep the arms back toward the thighs like a swimmer.</source>
        <translation>Boca abajo con el pecho y las piernas levantados, lleve los brazos hacia atrás, hacia los muslos, como un nadador.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="108"/>
        <source>Lie face down, belly and hips on the mat, arms reaching forward.</source>
        <translation>Túmbese boca abajo, vientre y caderas en la esterilla, brazos estirados hacia delante.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="109"/>
        <source>Lift the chest and legs off the mat.</source>
        <translation>Levante el pecho y las piernas de la esterilla.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="110"/>
        <source>As the upper body rises, sweep the arms out and back to the sides of the thighs.</source>
        <translation>Mientras sube el tronco, lleve los brazos hacia fuera y atrás, junto a los muslos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="111"/>
        <source>Pause, then bring the arms forward again to the start.</source>
        <translation>Haga una pausa y vuelva a llevar los brazos hacia delante, a la posición inicial.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="112"/>
        <source>Legs stay up for the whole set</source>
        <translation>Las piernas siguen arriba toda la serie</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="113"/>
        <source>Back long and straight</source>
        <translation>Espalda larga y recta</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="114"/>
        <source>Reverse row under a table</source>
        <translation>Remo invertido bajo una mesa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="115"/>
        <source>Lying under a sturdy table, hold its edge and pull your body up with the back muscles.</source>
        <translation>Tumbado bajo una mesa firme, sujete el borde y suba el cuerpo con los músculos de la espalda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="116"/>
        <source>Lie on your back under a sturdy table, knees bent and feet flat on the floor.</source>
        <translation>Túmbese boca arriba bajo una mesa firme, con las rodillas dobladas y los pies apoyados en el suelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="117"/>
        <source>Reach up and grip the table edge with both hands.</source>
        <translation>Estire los brazos y agarre el borde de la mesa con las dos manos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="118"/>
        <source>Brace the trunk so the body stays straight from shoulders to knees.</source>
        <translation>Tense el tronco para que el cuerpo quede recto de los hombros a las rodillas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="119"/>
        <source>Bend the elbows and pull the chest toward the table, then pause and squeeze.</source>
        <translation>Doble los codos y lleve el pecho hacia la mesa; luego haga una pausa y apriete.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="120"/>
        <source>Lower yourself slowly and under control.</source>
        <translation>Bájese despacio y con control.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="121"/>
        <source>Body straight, core tight</source>
        <translation>Cuerpo recto, abdomen firme</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="122"/>
        <source>Pull with the back, not only the arms</source>
        <translation>Tire con la espalda, no solo con los brazos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="123"/>
        <source>Make sure the table is solid and cannot tip or slide before you pull on it.</source>
        <translation>Asegúrese de que la mesa es sólida y no puede volcar ni deslizarse antes de tirar de ella.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="124"/>
        <source>table</source>
        <translation>mesa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="125"/>
        <source>Prone double-end lift</source>
        <translation>Doble elevación boca abajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="126"/>
        <source>Face down, lift the upper body and the legs together and squeeze the lower back.</source>
        <translation>Boca abajo, levante a la vez el tronco y las piernas y apriete la zona lumbar.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="127"/>
        <source>Lie face down on a mat, arms by your sides.</source>
        <translation>Túmbese boca abajo sobre una esterilla, con los brazos a los lados.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="128"/>
        <source>Raise the chest and the legs at the same time while the hips stay on the mat.</source>
        <translation>Levante el pecho y las piernas al mismo tiempo mientras las caderas siguen en la esterilla.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="129"/>
        <source>Squeeze the lower back firmly at the top.</source>
        <translation>Apriete con firmeza la zona lumbar arriba.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="130"/>
        <source>Lower both ends together and go again.</source>
        <translation>Baje los dos extremos a la vez y repita.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="131"/>
        <source>Both ends rise together</source>
        <translation>Los dos extremos suben juntos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="132"/>
        <source>A short squeeze at the top</source>
        <translation>Un breve apretón arriba</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="134"/>
        <source>Abdominal drawing-in</source>
        <translation>Metido del abdomen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="135"/>
        <source>Pull the navel in, away from the waistband, and hold it while breathing normally.</source>
        <translation>Meta el ombligo, alejándolo de la cintura del pantalón, y manténgalo mientras respira con normalidad.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="136"/>
        <source>Lie on your back with knees bent and feet flat on the floor.</source>
        <translation>Túmbese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="137"/>
        <source>Breathe out and gently draw your navel in toward the spine, away from your waistband.</source>
        <translation>Espire y lleve suavemente el ombligo hacia la columna, lejos de la cintura del pantalón.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="138"/>
        <source>Hold it there while you go on breathing.</source>
        <translation>Manténgalo ahí mientras sigue respirando.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="139"/>
        <source>Let go slowly and rest before the next one.</source>
        <translation>Suelte despacio y descanse antes de la siguiente.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="140"/>
        <source>Breathe; never hold your breath</source>
        <translation>Respire; no contenga nunca la respiración</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="141"/>
        <source>Back and hips stay still</source>
        <translation>Espalda y caderas quietas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="142"/>
        <source>The article names the exercise without a dose. BackTimer suggests 8 holds of 6 seconds with 4 seconds of rest.</source>
        <translation>El artículo nombra el ejercicio sin dosis. BackTimer propone 8 mantenimientos de 6 segundos con 4 segundos de descanso.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="143"/>
        <source>Prone opposite arm and leg lift</source>
        <translation>Elevación cruzada de brazo y pierna boca abajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="144"/>
        <source>Face down, raise one arm together with the opposite leg, lower them, and repeat.</source>
        <translation>Boca abajo, levante un brazo junto con la pierna contraria, bájelos y repita.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="145"/>
        <source>Lie face down on a mat with arms stretched forward and legs straight.</source>
        <translation>Túmbese boca abajo sobre una esterilla con los brazos estirados hacia delante y las piernas rectas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="146"/>
        <source>On the left side, raise the left arm and the right leg a little way together.</source>
        <translation>En el lado izquierdo, levante un poco a la vez el brazo izquierdo y la pierna derecha.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="147"/>
        <source>Hold briefly, lower both and repeat for the count.</source>
        <translation>Mantenga un momento, baje los dos y repita hasta completar la cuenta.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="148"/>
        <source>After the switch, lift the right arm with the left leg.</source>
        <translation>Tras el cambio, levante el brazo derecho con la pierna izquierda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="149"/>
        <source>Hips stay flat on the mat</source>
        <translation>Las caderas siguen planas en la esterilla</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="150"/>
        <source>Reach long rather than high</source>
        <translation>Estire a lo largo, no hacia arriba</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="151"/>
        <source>The article only says to repeat it. BackTimer suggests 8 lifts of about 4 seconds for each pairing: left arm with right leg, then right arm with left leg.</source>
        <translation>El artículo solo dice que se repita. BackTimer propone 8 elevaciones de unos 4 segundos para cada pareja: brazo izquierdo con pierna derecha, luego brazo derecho con pierna izquierda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="152"/>
        <source>Forearm plank</source>
        <translation>Plancha sobre antebrazos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="153"/>
        <source>Hold the body in one straight line, resting on the forearms and toes.</source>
        <translation>Mantenga el cuerpo en una línea recta, apoyado en los antebrazos y las puntas de los pies.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="154"/>
        <source>Lie face down with elbows under the shoulders and forearms on the mat.</source>
        <translation>Túmbese boca abajo con los codos bajo los hombros y los antebrazos en la esterilla.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="155"/>
        <source>Tuck the toes under and lift the body off the mat.</source>
        <translation>Apoye las puntas de los pies y levante el cuerpo de la esterilla.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="156"/>
        <source>Make a straight line from head to heels, with the belly drawn in.</source>
        <translation>Forme una línea recta de la cabeza a los talones, con el vientre metido.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="157"/>
        <source>Hold for the time, then lower to the knees and rest.</source>
        <translation>Mantenga el tiempo; luego baje a las rodillas y descanse.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="158"/>
        <source>Hips neither sagging nor piked</source>
        <translation>Caderas ni caídas ni levantadas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="159"/>
        <source>Keep breathing</source>
        <translation>Siga respirando</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="160"/>
        <source>The article gives no time. BackTimer suggests 3 holds of 20 seconds with 20 seconds of rest; build toward 30 seconds as it gets easier.</source>
        <translation>El artículo no da un tiempo. BackTimer propone 3 mantenimientos de 20 segundos con 20 segundos de descanso; llegue a 30 segundos cuando le resulte más fácil.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="161"/>
        <source>Band core rotation</source>
        <translation>Rotación del tronco con banda</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="163"/>
        <source>Anchor a resistance band at chest height and stand side-on to it, feet shoulder-width apart.</source>
        <translation>Ancle una banda elástica a la altura del pecho y colóquese de lado, con los pies al ancho de los hombros.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="164"/>
        <source>Hold the band with both hands, arms straight out in front of the chest.</source>
        <translation>Sujete la banda con las dos manos, los brazos rectos delante del pecho.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="166"/>
        <source>Return slowly; after the switch, face the other way to work the other side.</source>
        <translation>Vuelva despacio; tras el cambio, gírese hacia el otro lado para trabajar el otro lado.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="167"/>
        <source>Arms and back stay straight</source>
        <translation>Brazos y espalda siguen rectos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="170"/>
        <source>The article gives no count. BackTimer suggests 10 slow turns of about 4 seconds to each side.</source>
        <translation>El artículo no da un número. BackTimer propone 10 giros lentos de unos 4 segundos hacia cada lado.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="171"/>
        <source>resistance band</source>
        <translation>banda elástica</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="172"/>
        <source>Hyperextension</source>
        <translation>Hiperextensión</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="175"/>
        <source>Cross your hands over your chest or rest them behind your head; draw the shoulder blades back and keep the head a little up.</source>
        <translation>Cruce las manos sobre el pecho o póngalas detrás de la cabeza; lleve los omóplatos hacia atrás y mantenga la cabeza un poco alta.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="176"/>
        <source>Bend forward only as far as you can keep the natural curve of the lower back.</source>
        <translation>Inclínese hacia delante solo hasta donde pueda mantener la curva natural de la zona lumbar.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="177"/>
        <source>Rise until the body is in line with the legs, and no further.</source>
        <translation>Suba hasta que el cuerpo quede alineado con las piernas, y no más.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="178"/>
        <source>Back straight at all times</source>
        <translation>Espalda recta en todo momento</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="179"/>
        <source>Rise to a straight line, never beyond</source>
        <translation>Suba hasta la línea recta, nunca más allá</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="180"/>
        <source>Use the bench only with sound technique, ideally shown to you by a trainer.</source>
        <translation>Use el banco solo con buena técnica, a ser posible enseñada por un entrenador.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="181"/>
        <source>At home on a couch, do it only with a spotter holding your legs.</source>
        <translation>En casa, sobre un sofá, hágalo solo con alguien que le sujete las piernas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="182"/>
        <source>The article suggests one set of 15 the first time, building later to 3 sets. BackTimer&apos;s default is that first set of 15, about 4 seconds per rep.</source>
        <translation>El artículo propone una serie de 15 la primera vez y llegar después a 3 series. Por defecto BackTimer hace esa primera serie de 15, de unos 4 segundos por repetición.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="183"/>
        <source>hyperextension bench</source>
        <translation>banco de hiperextensiones</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="184"/>
        <source>Deadlift</source>
        <translation>Peso muerto</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="185"/>
        <source>Lift a barbell from the floor to standing with a flat back, driving through the legs and hips.</source>
        <translation>Levante una barra del suelo hasta quedar de pie con la espalda recta, empujando con las piernas y las caderas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="186"/>
        <source>Stand with the bar over the middle of your feet, feet about hip-width apart.</source>
        <translation>Póngase de pie con la barra sobre el centro de los pies, separados más o menos al ancho de las caderas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="187"/>
        <source>Hinge at the hips and bend the knees to grip the bar just outside the legs.</source>
        <translation>Flexione las caderas y doble las rodillas para agarrar la barra justo por fuera de las piernas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="188"/>
        <source>Brace the trunk with the chest up and the back flat.</source>
        <translation>Tense el tronco con el pecho arriba y la espalda recta.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="189"/>
        <source>Push through the feet and stand up, keeping the bar close to the legs.</source>
        <translation>Empuje con los pies y levántese, con la barra pegada a las piernas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="190"/>
        <source>Lower it the same way, under control.</source>
        <translation>Bájela de la misma manera, con control.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="191"/>
        <source>Bar close to the body</source>
        <translation>Barra pegada al cuerpo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="192"/>
        <source>Back flat from start to finish</source>
        <translation>Espalda recta de principio a fin</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="193"/>
        <source>Try it only once the basic exercises feel easy and free of pain.</source>
        <translation>Inténtelo solo cuando los ejercicios básicos le resulten fáciles y sin dolor.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="194"/>
        <source>The article gives no dose and treats it as a heavier step for later. BackTimer suggests 8 reps at your own pace (press Done) with a light bar.</source>
        <translation>El artículo no da dosis y lo trata como un paso más duro para más adelante. BackTimer propone 8 repeticiones a su ritmo (pulse Hecho) con una barra ligera.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="195"/>
        <source>Bent-over row</source>
        <translation>Remo inclinado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="196"/>
        <source>Leaning forward with a flat back, pull a barbell up to the lower ribs.</source>
        <translation>Inclinado hacia delante con la espalda recta, lleve una barra hasta las costillas inferiores.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="197"/>
        <source>Hold a barbell with hands a little wider than the shoulders, knees soft.</source>
        <translation>Sujete una barra con las manos algo más abiertas que los hombros, las rodillas flexionadas sin rigidez.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="198"/>
        <source>Hinge forward at the hips until the upper body leans well forward, back flat.</source>
        <translation>Flexione las caderas hacia delante hasta que el tronco quede bien inclinado, con la espalda recta.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="199"/>
        <source>Pull the bar to the lower ribs, squeezing the shoulder blades together.</source>
        <translation>Lleve la barra a las costillas inferiores juntando los omóplatos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="200"/>
        <source>Lower it slowly until the arms are straight.</source>
        <translation>Bájela despacio hasta que los brazos queden estirados.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="201"/>
        <source>Trunk stays still</source>
        <translation>El tronco se queda quieto</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="202"/>
        <source>Elbows travel back, close to the body</source>
        <translation>Los codos van hacia atrás, pegados al cuerpo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="203"/>
        <source>Partial curls</source>
        <translation>Encogimientos parciales</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="204"/>
        <source>On your back with knees bent, curl the head and upper chest up while the lower back stays down.</source>
        <translation>Boca arriba con las rodillas dobladas, suba la cabeza y la parte alta del pecho mientras la zona lumbar sigue abajo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="205"/>
        <source>Lie on a mat with knees bent and hands resting on your chest.</source>
        <translation>Túmbese en una esterilla con las rodillas dobladas y las manos sobre el pecho.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="206"/>
        <source>Curl the head and upper chest up off the mat, only as far as is comfortable.</source>
        <translation>Suba la cabeza y la parte alta del pecho de la esterilla, solo hasta donde resulte cómodo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="207"/>
        <source>Keep the lower back pressed to the mat throughout.</source>
        <translation>Mantenga la zona lumbar pegada a la esterilla todo el tiempo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="209"/>
        <source>Lower back stays down</source>
        <translation>La zona lumbar sigue abajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="210"/>
        <source>Move slowly and notice any pain</source>
        <translation>Muévase despacio y atento a cualquier dolor</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="211"/>
        <source>Begin only once any back pain has turned dull and is easing, never while it is sharp.</source>
        <translation>Empiece solo cuando el dolor de espalda se haya vuelto sordo y esté remitiendo, nunca mientras sea agudo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="212"/>
        <source>With the hands behind the head, never pull the head forward; the belly muscles do the lifting.</source>
        <translation>Con las manos detrás de la cabeza, no tire nunca de la cabeza hacia delante; el trabajo lo hacen los músculos del vientre.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="213"/>
        <source>The article asks for 10 with the hands on the chest, then 10 with the hands behind the head. BackTimer runs this as 2 sets of 10, about 4 seconds each, with 15 seconds between to move the hands.</source>
        <translation>El artículo pide 10 con las manos en el pecho y luego 10 con las manos detrás de la cabeza. BackTimer lo hace en 2 series de 10, de unos 4 segundos cada una, con 15 segundos entre ellas para cambiar las manos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="215"/>
        <source>On your back with the arms hovering, bend sideways to reach one hand toward the heel on that side.</source>
        <translation>Boca arriba con los brazos suspendidos, inclínese de lado para llevar una mano hacia el talón de ese lado.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="216"/>
        <source>Lie on your back, knees bent and feet flat, arms along your sides.</source>
        <translation>Túmbese boca arriba, rodillas dobladas y pies apoyados, brazos a lo largo del cuerpo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="217"/>
        <source>Lift the arms so they hover just above the floor.</source>
        <translation>Levante los brazos para que queden suspendidos justo por encima del suelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="218"/>
        <source>Bend the trunk sideways and reach the hand toward the heel on the same side.</source>
        <translation>Incline el tronco de lado y lleve la mano hacia el talón del mismo lado.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="219"/>
        <source>Return to the centre and repeat; after the switch, reach toward the other heel.</source>
        <translation>Vuelva al centro y repita; tras el cambio, vaya hacia el otro talón.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="220"/>
        <source>Arms hover, never resting</source>
        <translation>Los brazos quedan suspendidos, nunca apoyados</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="222"/>
        <source>The article asks for 10 on each side. BackTimer counts 10 reaches of about 3 seconds on the left, then 10 on the right.</source>
        <translation>El artículo pide 10 por cada lado. BackTimer cuenta 10 alcances de unos 3 segundos a la izquierda y luego 10 a la derecha.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="223"/>
        <source>Superman</source>
        <translation>Superman</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="224"/>
        <source>Face down with arms forward and palms together, lift the body slightly off the mat and lower it.</source>
        <translation>Boca abajo con los brazos hacia delante y las palmas juntas, levante un poco el cuerpo de la esterilla y bájelo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="225"/>
        <source>Lie face down on a mat with arms stretched forward and palms pressed together, like a diver.</source>
        <translation>Túmbese boca abajo sobre una esterilla con los brazos estirados hacia delante y las palmas juntas, como un saltador de trampolín.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="227"/>
        <source>Hold the tension for a moment.</source>
        <translation>Mantenga la tensión un momento.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="228"/>
        <source>Lower slowly and relax before the next one.</source>
        <translation>Baje despacio y relájese antes de la siguiente.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="229"/>
        <source>A small lift is enough</source>
        <translation>Basta con una elevación pequeña</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="230"/>
        <source>Keep the tension as you lower</source>
        <translation>Mantenga la tensión al bajar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="231"/>
        <source>The article asks for 10. BackTimer paces them at about 4 seconds each.</source>
        <translation>El artículo pide 10. BackTimer les da unos 4 segundos a cada una.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="232"/>
        <source>Cat stretch</source>
        <translation>Estiramiento del gato</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="234"/>
        <source>Kneel on all fours, hands under the shoulders and knees under the hips.</source>
        <translation>Colóquese a cuatro patas, las manos bajo los hombros y las rodillas bajo las caderas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="235"/>
        <source>Let the lower back sink into an arch while you lift your head.</source>
        <translation>Deje que la zona lumbar se hunda hacia el suelo mientras levanta la cabeza.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="236"/>
        <source>Then push the back up into a round and let the head drop.</source>
        <translation>Después empuje la espalda hacia arriba hasta redondearla y deje caer la cabeza.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="237"/>
        <source>Move slowly between the two shapes.</source>
        <translation>Pase despacio de una forma a la otra.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="238"/>
        <source>Slow and smooth</source>
        <translation>Lento y fluido</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="239"/>
        <source>Only as far as feels comfortable</source>
        <translation>Solo hasta donde resulte cómodo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="240"/>
        <source>The article asks for 10. BackTimer gives each arch-and-round about 5 seconds.</source>
        <translation>El artículo pide 10. BackTimer da unos 5 segundos a cada ciclo de hundir y redondear la espalda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="241"/>
        <source>Back fundamentals</source>
        <translation>Fundamentos de la espalda</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="243"/>
        <source>Warm-up: slow, easy movements to loosen the back.</source>
        <translation>Calentamiento: movimientos lentos y suaves para soltar la espalda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="244"/>
        <source>Warm-up: small, easy side bends, without twisting.</source>
        <translation>Calentamiento: flexiones laterales pequeñas y suaves, sin girar.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="245"/>
        <source>Needs a hyperextension bench, or a couch with a spotter.</source>
        <translation>Necesita un banco de hiperextensiones, o un sofá con alguien que le sujete.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="246"/>
        <source>Floor basics</source>
        <translation>Básicos en el suelo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="248"/>
        <source>Gentle start after back pain</source>
        <translation>Inicio suave tras el dolor de espalda</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="251"/>
        <source>Home back workout</source>
        <translation>Entrenamiento de espalda en casa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="253"/>
        <source>Swallow fly and bent-leg deadlift</source>
        <translation>Golondrina y peso muerto con piernas flexionadas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="255"/>
        <source>Then fetch the barbell; start light.</source>
        <translation>Luego coja la barra; empiece con poco peso.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="256"/>
        <source>Rise, pause 2 seconds at the top, lower slowly.</source>
        <translation>Suba, pausa de 2 segundos arriba, baje despacio.</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../backtimer/ui/player/countdown.py" line="80"/>
        <source>Countdown</source>
        <extracomment>Height of the progress track, as a share of the widget&apos;s height (at least 6 px).</extracomment>
        <translation>Cuenta atrás</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="370"/>
        <source>Sound cues could not be played on this audio device.</source>
        <extracomment>backtimer/ui/cue_sounds.py:89</extracomment>
        <translation>Los avisos sonoros no se pueden reproducir en este dispositivo de audio.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="368"/>
        <source>No audio output device was found: sound cues are off.</source>
        <extracomment>backtimer/ui/cue_sounds.py:81</extracomment>
        <translation>No se encontró ningún dispositivo de salida de audio: los avisos sonoros están desactivados.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="372"/>
        <source>Sound files are missing: {0}</source>
        <extracomment>backtimer/ui/cue_sounds.py:85</extracomment>
        <translation>Faltan archivos de sonido: {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="374"/>
        <source>Exercises must not hurt. Skip this one, or end the session for today.</source>
        <extracomment>backtimer/ui/dialogs.py:120</extracomment>
        <translation>Los ejercicios no deben doler. Sáltese este o termine la sesión por hoy.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="376"/>
        <source>It hurts</source>
        <extracomment>backtimer/ui/dialogs.py:118</extracomment>
        <translation>Me duele</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="378"/>
        <source>If the pain stays or comes back, see a doctor.</source>
        <extracomment>backtimer/ui/dialogs.py:123</extracomment>
        <translation>Si el dolor persiste o vuelve, consulte a un médico.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="380"/>
        <source>Skip this exercise</source>
        <extracomment>backtimer/ui/dialogs.py:126</extracomment>
        <translation>Saltar este ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="382"/>
        <source>End the session</source>
        <extracomment>backtimer/ui/dialogs.py:127</extracomment>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="384"/>
        <source>End the session?</source>
        <extracomment>backtimer/ui/dialogs.py:139</extracomment>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="386"/>
        <source>End this session now? What you did so far is kept in your history.</source>
        <extracomment>backtimer/ui/dialogs.py:140</extracomment>
        <translation>¿Terminar esta sesión ahora? Lo que ha hecho hasta ahora se guarda en su historial.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="388"/>
        <source>Before you start</source>
        <extracomment>backtimer/ui/dialogs.py:65</extracomment>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="390"/>
        <source>Safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:76</extracomment>
        <translation>Normas de seguridad</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="392"/>
        <source>I understand</source>
        <extracomment>backtimer/ui/dialogs.py:85</extracomment>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="394"/>
        <source>I understand the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:86</extracomment>
        <translation>Entiendo las normas de seguridad</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="404"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/dialogs.py:92</extracomment>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="406"/>
        <source>Quit BackTimer</source>
        <extracomment>backtimer/ui/dialogs.py:93</extracomment>
        <translation>Salir de BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="396"/>
        <source>{name} was stopped and noted as painful.</source>
        <extracomment>backtimer/ui/dialogs.py:119</extracomment>
        <translation>{name} se detuvo y se anotó como doloroso.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="400"/>
        <source>Close</source>
        <extracomment>backtimer/ui/dialogs.py:89</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="398"/>
        <source>Keyboard shortcuts</source>
        <extracomment>backtimer/ui/dialogs.py:152</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="402"/>
        <source>Close the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:90</extracomment>
        <translation>Cerrar las normas de seguridad</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/summary.py" line="174"/>
        <source>This session is not saved yet: the disk is full or failing. BackTimer keeps trying while it runs.</source>
        <translation>Esta sesión aún no está guardada: el disco está lleno o falla. BackTimer lo sigue intentando mientras esté abierto.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="408"/>
        <source>Next time, try the easier {easier} instead.</source>
        <extracomment>backtimer/ui/dialogs.py:122</extracomment>
        <translation>La próxima vez, pruebe en su lugar el más fácil: {easier}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="410"/>
        <source>Keys</source>
        <extracomment>backtimer/ui/dialogs.py:158</extracomment>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="412"/>
        <source>Press any key to close.</source>
        <extracomment>backtimer/ui/dialogs.py:159</extracomment>
        <translation>Pulse cualquier tecla para cerrar.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="414"/>
        <source>Train your back safely</source>
        <extracomment>backtimer/ui/dialogs.py:69</extracomment>
        <translation>Entrene la espalda con seguridad</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="26"/>
        <source>See your doctor before you start: some back problems need their own treatment.</source>
        <translation>Consulte a su médico antes de empezar: algunos problemas de espalda necesitan su propio tratamiento.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="30"/>
        <source>No exercise should hurt. If one does, stop at once (press H) and ask for advice.</source>
        <translation>Ningún ejercicio debe doler. Si alguno duele, pare enseguida (pulse H) y pida consejo.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="34"/>
        <source>Do not train while the pain is sharp or inflamed; begin once it has become dull and is fading.</source>
        <translation>No entrene mientras el dolor sea agudo o haya inflamación; empiece cuando se haya vuelto sordo y esté remitiendo.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="39"/>
        <source>Always begin with a gentle warm-up. Every built-in routine opens with one.</source>
        <translation>Empiece siempre con un calentamiento suave. Todas las rutinas incluidas empiezan con uno.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="43"/>
        <source>Aim for four to five sessions a week.</source>
        <translation>Procure hacer de cuatro a cinco sesiones por semana.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="47"/>
        <source>Add time or difficulty a little at a time. More is not better; go by what you can do.</source>
        <translation>Aumente el tiempo o la dificultad poco a poco. Más no es mejor; guíese por lo que puede hacer.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="51"/>
        <source>Loaded exercises (deadlifts, rows, gym hyperextensions) only with sound technique or a trainer; a hyperextension on a couch needs someone to hold your legs.</source>
        <translation>Ejercicios con carga (peso muerto, remo, hiperextensiones en el gimnasio) solo con buena técnica o con un entrenador; una hiperextensión en un sofá necesita a alguien que le sujete las piernas.</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="416"/>
        <source>Add “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:140</extracomment>
        <translation>Añadir «{name}»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="418"/>
        <source>Remove “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:152</extracomment>
        <translation>Quitar «{name}»</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="420"/>
        <source>Move item {a} to place {b}</source>
        <extracomment>backtimer/ui/editor/commands.py:165</extracomment>
        <translation>Mover el elemento {a} al puesto {b}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="422"/>
        <source>Change item {n}</source>
        <extracomment>backtimer/ui/editor/commands.py:181</extracomment>
        <translation>Cambiar el elemento {n}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="424"/>
        <source>Set every rest to {s} s</source>
        <extracomment>backtimer/ui/editor/commands.py:257</extracomment>
        <translation>Poner todos los descansos en {s} s</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="426"/>
        <source>New exercise “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:275</extracomment>
        <translation>Nuevo ejercicio «{name}»</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="215"/>
        <source>Rename routine</source>
        <translation>Renombrar rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="216"/>
        <source>Change description</source>
        <translation>Cambiar descripción</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="217"/>
        <source>Change lead-in</source>
        <translation>Cambiar preparación</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="222"/>
        <source>Change routine</source>
        <translation>Cambiar rutina</translation>
    </message>
</context>
<context>
    <name>EditorModels</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="428"/>
        <source>Your routine</source>
        <extracomment>backtimer/ui/editor/models.py:93</extracomment>
        <translation>Su rutina</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="430"/>
        <source>Built-in routine: read-only. Duplicate it to make your own copy.</source>
        <extracomment>backtimer/ui/editor/models.py:92</extracomment>
        <translation>Rutina incluida: solo lectura. Duplíquela para tener su propia copia.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="432"/>
        <source> (custom)</source>
        <extracomment>backtimer/ui/editor/models.py:333</extracomment>
        <translation> (propio)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="434"/>
        <source>{name}: about {time}, its rest included</source>
        <extracomment>backtimer/ui/editor/models.py:200</extracomment>
        <translation>{name}: unos {time}, descanso incluido</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="436"/>
        <source>{name} (built-in)</source>
        <extracomment>backtimer/ui/editor/models.py:89</extracomment>
        <translation>{name} (incluida)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="179"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="236"/>
        <source>Planned time: {t}</source>
        <translation>Tiempo previsto: {t}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="244"/>
        <source>built-in, read-only</source>
        <translation>incluida, solo lectura</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="246"/>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="248"/>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="256"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="256"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="258"/>
        <source>item {n}</source>
        <translation>elemento {n}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="260"/>
        <source>Cannot be saved: {place}: {message}</source>
        <translation>No se puede guardar: {place}: {message}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="262"/>
        <source>(and {n} more)</source>
        <translation>(y {n} más)</translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/editor/page.py" line="319"/>
        <source>Add %n exercises</source>
        <translation>
            <numerusform>Añadir %n ejercicio</numerusform>
            <numerusform>Añadir %n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="373"/>
        <source>Any position</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="380"/>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="382"/>
        <source>Entry</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="383"/>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="384"/>
        <source>Gym</source>
        <translation>Gimnasio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="393"/>
        <source>Any equipment</source>
        <translation>Cualquier material</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="425"/>
        <source>Save routine</source>
        <translation>Guardar rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="441"/>
        <location filename="../backtimer/ui/editor/page.py" line="451"/>
        <location filename="../tools/translations/content_strings.py" line="464"/>
        <source>New routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:61</extracomment>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="449"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="450"/>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation>«{name}» tiene cambios sin guardar. ¿Guardarlos?</translation>
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
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="456"/>
        <source>Duplicate routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:75</extracomment>
        <translation>Duplicar rutina</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="448"/>
        <source>Rename</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:86</extracomment>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="450"/>
        <source>Save or revert your changes first.</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:86</extracomment>
        <translation>Guarde o descarte primero sus cambios.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="438"/>
        <source>Rename routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:89</extracomment>
        <translation>Renombrar rutina</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="440"/>
        <source>New name:</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:89</extracomment>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="458"/>
        <source>Deleted “{name}”.</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:109</extracomment>
        <translation>«{name}» eliminada.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="460"/>
        <source>Undo delete</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:121</extracomment>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="442"/>
        <source>Import routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:133</extracomment>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="444"/>
        <source>BackTimer routines (*.backtimer.json)</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:133</extracomment>
        <translation>Rutinas de BackTimer (*.backtimer.json)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="462"/>
        <source>Import refused</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:141</extracomment>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="446"/>
        <source>Export routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:155</extracomment>
        <translation>Exportar rutina</translation>
    </message>
</context>
<context>
    <name>EditorSafety</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="466"/>
        <source> (loaded)</source>
        <extracomment>backtimer/ui/editor/safety_notes.py:48</extracomment>
        <translation> (con carga)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="468"/>
        <source>Warm-up advice</source>
        <extracomment>backtimer/ui/editor/safety_notes.py:36</extracomment>
        <translation>Consejo sobre el calentamiento</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="94"/>
        <location filename="../backtimer/ui/editor/view.py" line="97"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="104"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="105"/>
        <source>Duplicate routine</source>
        <translation>Duplicar rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="106"/>
        <source>Make an editable copy of this routine</source>
        <translation>Crear una copia editable de esta rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename routine</source>
        <translation>Renombrar rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename this routine</source>
        <translation>Renombrar esta rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete this routine (undoable)</source>
        <translation>Eliminar esta rutina (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import a routine file</source>
        <translation>Importar un archivo de rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Save this routine to a file</source>
        <translation>Guardar esta rutina en un archivo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <location filename="../backtimer/ui/editor/view.py" line="326"/>
        <location filename="../backtimer/ui/editor/view.py" line="342"/>
        <location filename="../backtimer/ui/editor/view.py" line="350"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <source>Bring the deleted routine back</source>
        <translation>Recuperar la rutina eliminada</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="153"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="161"/>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="163"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="165"/>
        <location filename="../backtimer/ui/editor/view.py" line="168"/>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="173"/>
        <source>Countdown before the first exercise (0–600 s)</source>
        <translation>Cuenta atrás antes del primer ejercicio (0–600 s)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="177"/>
        <location filename="../backtimer/ui/editor/view.py" line="187"/>
        <source>Default rest</source>
        <translation>Descanso por defecto</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="178"/>
        <source>Rest after each exercise you add (0–1800 s)</source>
        <translation>Descanso tras cada ejercicio que añada (0–1800 s)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="180"/>
        <source>Apply to all</source>
        <translation>Aplicar a todos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="181"/>
        <source>Apply default rest to all items</source>
        <translation>Aplicar el descanso por defecto a todos los elementos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="182"/>
        <source>Give every item this rest after it</source>
        <translation>Dar a cada elemento este descanso después</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="193"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="196"/>
        <source>Items of the routine</source>
        <translation>Elementos de la rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="197"/>
        <source>Drag to reorder; Alt+Up / Alt+Down moves; Del removes</source>
        <translation>Arrastre para reordenar; Alt+Arriba / Alt+Abajo mueve; Supr quita</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move item up</source>
        <translation>Subir elemento</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move item down</source>
        <translation>Bajar elemento</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove the item (Del)</source>
        <translation>Quitar el elemento (Supr)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="225"/>
        <source>Planned time</source>
        <translation>Tiempo previsto</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="234"/>
        <source>What stops saving</source>
        <translation>Lo que impide guardar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <location filename="../backtimer/ui/editor/view.py" line="330"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Save routine</source>
        <translation>Guardar rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Revert</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Revert changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Throw away unsaved changes</source>
        <translation>Desechar los cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="247"/>
        <location filename="../backtimer/ui/editor/view.py" line="248"/>
        <source>Run in player</source>
        <translation>Ejecutar en el reproductor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="249"/>
        <source>Run this routine in the player</source>
        <translation>Ejecutar esta rutina en el reproductor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="262"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="264"/>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="265"/>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="270"/>
        <source>Filter by position</source>
        <translation>Filtrar por posición</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="272"/>
        <source>Filter by equipment</source>
        <translation>Filtrar por material</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="274"/>
        <source>Filter by level</source>
        <translation>Filtrar por nivel</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="276"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="277"/>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="278"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="293"/>
        <source>Exercises to add</source>
        <translation>Ejercicios para añadir</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="295"/>
        <source>Double-click or Enter adds; or drag into the items</source>
        <translation>Doble clic o Intro añade; o arrástrelos a los elementos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add after the current item (Enter)</source>
        <translation>Añadir tras el elemento actual (Intro)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="306"/>
        <source>New exercise…</source>
        <translation>Nuevo ejercicio…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="307"/>
        <source>New custom exercise</source>
        <translation>Nuevo ejercicio propio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="308"/>
        <source>Describe an exercise of your own</source>
        <translation>Describir un ejercicio propio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="328"/>
        <location filename="../backtimer/ui/editor/view.py" line="343"/>
        <location filename="../backtimer/ui/editor/view.py" line="351"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="333"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="334"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="40"/>
        <source>Lying on the back</source>
        <translation>Tumbado boca arriba</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="41"/>
        <source>Lying face down</source>
        <translation>Tumbado boca abajo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="42"/>
        <source>On all fours</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="43"/>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="44"/>
        <source>Lying on one side</source>
        <translation>Tumbado de lado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="45"/>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="46"/>
        <source>On a bench or machine</source>
        <translation>En un banco o máquina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="70"/>
        <source>New exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="75"/>
        <source>Exercise name</source>
        <translation>Nombre del ejercicio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="78"/>
        <source>Instructions, one step per line</source>
        <translation>Instrucciones, un paso por línea</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="79"/>
        <source>One step per line</source>
        <translation>Un paso por línea</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="81"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="100"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="85"/>
        <source>Equipment, separated by commas</source>
        <translation>Material, separado por comas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="86"/>
        <source>mat, towel</source>
        <translation>esterilla, toalla</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="87"/>
        <source>Done one side at a time</source>
        <translation>Se hace un lado cada vez</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="88"/>
        <source>One-sided</source>
        <translation>Unilateral</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="89"/>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="90"/>
        <source>Choose picture…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="91"/>
        <source>Choose picture</source>
        <translation>Elegir imagen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="98"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="99"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="101"/>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="106"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="147"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="126"/>
        <source>The exercise needs a name.</source>
        <translation>El ejercicio necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="128"/>
        <source>Write at least one step of instructions.</source>
        <translation>Escriba al menos un paso de instrucciones.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="137"/>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="137"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="101"/>
        <source>Exercise illustration</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="297"/>
        <source>Picture of the exercise %1</source>
        <translation>Imagen del ejercicio %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="300"/>
        <source>Animated figure showing %1, left side</source>
        <translation>Figura animada que muestra %1, lado izquierdo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="302"/>
        <source>Animated figure showing %1, right side</source>
        <translation>Figura animada que muestra %1, lado derecho</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="304"/>
        <source>Animated figure showing %1</source>
        <translation>Figura animada que muestra %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="307"/>
        <location filename="../backtimer/ui/figure_widget.py" line="309"/>
        <source>No illustration</source>
        <translation>Sin ilustración</translation>
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
        <translation>{holds} × {hold} de mantenimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="339"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n rep. × {pace} s</numerusform>
            <numerusform>%n rep. × {pace} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="340"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep.</numerusform>
            <numerusform>%n rep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="342"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="343"/>
        <source>each side</source>
        <translation>cada lado</translation>
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
        <translation>sin dato</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="472"/>
        <source>History charts</source>
        <extracomment>backtimer/ui/history/charts.py:79</extracomment>
        <translation>Gráficos del historial</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="474"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/history/charts.py:94</extracomment>
        <translation>Minutos de ejercicio por semana</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="476"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/history/charts.py:95</extracomment>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="478"/>
        <source>Pain before and after (0–10)</source>
        <extracomment>backtimer/ui/history/charts.py:96</extracomment>
        <translation>Dolor antes y después (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="480"/>
        <source>No sessions yet.</source>
        <extracomment>backtimer/ui/history/charts.py:192</extracomment>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="482"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/history/charts.py:393</extracomment>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="484"/>
        <source>Before</source>
        <extracomment>backtimer/ui/history/charts.py:123</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="486"/>
        <source>After</source>
        <extracomment>backtimer/ui/history/charts.py:126</extracomment>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="494"/>
        <source>Exercised: %1 min</source>
        <extracomment>backtimer/ui/history/charts.py:392</extracomment>
        <translation>Ejercicio: %1 min</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="488"/>
        <source>goal of %1 met</source>
        <extracomment>backtimer/ui/history/charts.py:396</extracomment>
        <translation>objetivo de %1 cumplido</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="490"/>
        <source>goal of %1 not met</source>
        <extracomment>backtimer/ui/history/charts.py:396</extracomment>
        <translation>objetivo de %1 no cumplido</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="492"/>
        <source>goal %1</source>
        <extracomment>backtimer/ui/history/charts.py:297</extracomment>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="496"/>
        <source>Pain before: %1</source>
        <extracomment>backtimer/ui/history/charts.py:415</extracomment>
        <translation>Dolor antes: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="498"/>
        <source>Pain after: %1</source>
        <extracomment>backtimer/ui/history/charts.py:416</extracomment>
        <translation>Dolor después: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="500"/>
        <source>Goal met in %1 of the last %2 weeks.</source>
        <extracomment>backtimer/ui/history/charts.py:207</extracomment>
        <translation>Objetivo cumplido en %1 de las últimas %2 semanas.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="502"/>
        <source>Last week: %1 sessions, %2 minutes.</source>
        <extracomment>backtimer/ui/history/charts.py:201</extracomment>
        <translation>La semana pasada: %1 sesiones, %2 minutos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="504"/>
        <source>Pain at the last session: %1 before, %2 after.</source>
        <extracomment>backtimer/ui/history/charts.py:217</extracomment>
        <translation>Dolor en la última sesión: %1 antes, %2 después.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="506"/>
        <source>This week: %1 sessions of a goal of %2, %3 minutes.</source>
        <extracomment>backtimer/ui/history/charts.py:194</extracomment>
        <translation>Esta semana: %1 sesiones de un objetivo de %2, %3 minutos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="508"/>
        <source>Week %1 of %2, from %3</source>
        <extracomment>backtimer/ui/history/charts.py:388</extracomment>
        <translation>Semana %1 de %2, desde el %3</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="83"/>
        <source>Delete the session of %1</source>
        <translation>Eliminar la sesión del %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="136"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="147"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="148"/>
        <source>Column headers</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="162"/>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="165"/>
        <location filename="../backtimer/ui/history/page.py" line="168"/>
        <source>Delete session…</source>
        <translation>Eliminar sesión…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="166"/>
        <source>Delete the selected session</source>
        <translation>Eliminar la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="172"/>
        <location filename="../backtimer/ui/history/page.py" line="187"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="181"/>
        <source>Rep&amp;ort for your physiotherapist…</source>
        <translation>&amp;Informe para el fisioterapeuta…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="184"/>
        <source>A PDF of your sessions, pain ratings and what hurt, for a chosen period</source>
        <translation>Un PDF con sus sesiones, valoraciones de dolor y lo que dolió, para un periodo elegido</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="188"/>
        <source>Undo the deletion</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="198"/>
        <source> a week</source>
        <translation> por semana</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="199"/>
        <source>Weekly goal, sessions a week</source>
        <translation>Objetivo semanal, sesiones por semana</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="200"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="203"/>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="205"/>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="206"/>
        <source>Show the last 12 weeks</source>
        <translation>Mostrar las últimas 12 semanas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="207"/>
        <source>All weeks</source>
        <translation>Todas las semanas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="208"/>
        <source>Show all weeks</source>
        <translation>Mostrar todas las semanas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="343"/>
        <source>Delete the session of %1 (%2)? You can undo this.</source>
        <translation>¿Eliminar la sesión del %1 (%2)? Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="345"/>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="348"/>
        <source>Deleted the session of %1.</source>
        <translation>Sesión del %1 eliminada.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="420"/>
        <source>No session selected. Finished sessions appear in the list.</source>
        <translation>Ninguna sesión seleccionada. Las sesiones terminadas aparecen en la lista.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="439"/>
        <source>No streak yet: meet the goal this week to start one</source>
        <translation>Aún no hay racha: cumpla el objetivo esta semana para empezar una</translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="442"/>
        <source>Streak: %n+ weeks in a row meeting the goal</source>
        <translation>
            <numerusform>Racha: %n+ semana seguida cumpliendo el objetivo</numerusform>
            <numerusform>Racha: %n+ semanas seguidas cumpliendo el objetivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="444"/>
        <source>Streak: %n weeks in a row meeting the goal</source>
        <translation>
            <numerusform>Racha: %n semana cumpliendo el objetivo</numerusform>
            <numerusform>Racha: %n semanas seguidas cumpliendo el objetivo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="70"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="179"/>
        <source>No item selected</source>
        <translation>Ningún elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="77"/>
        <source>Timed</source>
        <translation>Por tiempo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="78"/>
        <source>Paced repetitions</source>
        <translation>Repeticiones marcadas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="79"/>
        <source>Repetitions at my own pace</source>
        <translation>Repeticiones a mi ritmo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="80"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="84"/>
        <source>Each side (left, then right)</source>
        <translation>Cada lado (izquierdo, luego derecho)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="85"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="158"/>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="87"/>
        <source>A short note shown with the item</source>
        <translation>Una nota breve que se muestra con el elemento</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="91"/>
        <source>Problems with this item</source>
        <translation>Problemas con este elemento</translation>
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
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="128"/>
        <source>How the exercise is done</source>
        <translation>Cómo se hace el ejercicio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Work time</source>
        <translation>Tiempo de trabajo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Seconds of work (1–7200)</source>
        <translation>Segundos de trabajo (1–7200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="131"/>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="131"/>
        <source>Repetitions per set (1–1000)</source>
        <translation>Repeticiones por serie (1–1000)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="134"/>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="135"/>
        <source> s per rep</source>
        <translation> s por rep.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="136"/>
        <source>Seconds per repetition (0.5–60)</source>
        <translation>Segundos por repetición (0,5–60)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="139"/>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="139"/>
        <source>Seconds per hold (1–7200)</source>
        <translation>Segundos por mantenimiento (1–7200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="141"/>
        <source>Rest between holds</source>
        <translation>Descanso entre mantenimientos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="141"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Seconds (0–1800)</source>
        <translation>Segundos (0–1800)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Number of holds (1–200)</source>
        <translation>Número de mantenimientos (1–200)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Number of sets (1–50)</source>
        <translation>Número de series (1–50)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="146"/>
        <source>Each side</source>
        <translation>Cada lado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="147"/>
        <source>Do the work on the left side, then on the right</source>
        <translation>Trabajar el lado izquierdo y luego el derecho</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="150"/>
        <source>Switch sides</source>
        <translation>Cambiar de lado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="150"/>
        <source>Pause to change sides (0–1800)</source>
        <translation>Pausa para cambiar de lado (0–1800)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="154"/>
        <source>Rest after</source>
        <translation>Descanso después</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="156"/>
        <source>Rest after this item (0–1800); not after the last item</source>
        <translation>Descanso tras este elemento (0–1800); no tras el último</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="159"/>
        <source>Mark this item as a warm-up</source>
        <translation>Marcar este elemento como calentamiento</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="161"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="163"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="162"/>
        <source>A short note shown with the item (500 characters)</source>
        <translation>Una nota breve que se muestra con el elemento (500 caracteres)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="215"/>
        <source>This item</source>
        <translation>Este elemento</translation>
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
            <numerusform>%n sesión anterior terminó sin guardarse; se conserva como interrumpida.</numerusform>
            <numerusform>%n sesiones anteriores terminaron sin guardarse; se conservan como interrumpidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="352"/>
        <source>%n history writes could not be saved (the disk is full or failing); they are lost.</source>
        <extracomment>backtimer/startup.py:222</extracomment>
        <translation>
            <numerusform>No se pudo guardar %n escritura del historial (el disco está lleno o falla); se ha perdido.</numerusform>
            <numerusform>No se pudieron guardar %n escrituras del historial (el disco está lleno o falla); se han perdido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="358"/>
        <source>There is no routine called “%1”.</source>
        <extracomment>backtimer/startup.py:181</extracomment>
        <translation>No hay ninguna rutina llamada «%1».</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="354"/>
        <source>The history file was damaged. It was moved to %1 and a new one was started.</source>
        <extracomment>backtimer/startup.py:241</extracomment>
        <translation>El archivo del historial estaba dañado. Se movió a %1 y se empezó uno nuevo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="356"/>
        <source>The history is empty because the earlier, damaged file was moved to %1.</source>
        <extracomment>backtimer/startup.py:248</extracomment>
        <translation>El historial está vacío porque el archivo anterior, dañado, se movió a %1.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="84"/>
        <source>BackTimer cannot use the data folder %1: it cannot create its lock file there.</source>
        <translation>BackTimer no puede usar la carpeta de datos %1: no puede crear allí su archivo de bloqueo.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="87"/>
        <source>BackTimer is already running; brought it to the front.</source>
        <translation>BackTimer ya se está ejecutando; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="88"/>
        <source>BackTimer is already running for %1 (it did not answer: %2); bring its window to the front yourself.</source>
        <translation>BackTimer ya se está ejecutando para %1 (no respondió: %2); traiga su ventana al frente usted mismo.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="119"/>
        <source>BackTimer needs a graphical desktop to open its window, and there is none here (DISPLAY is not set). The sub-commands work without one: see backtimer --help.</source>
        <translation>BackTimer necesita un escritorio gráfico para abrir su ventana, y aquí no hay ninguno (DISPLAY no está definido). Los subcomandos funcionan sin él: consulte backtimer --help.</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="131"/>
        <source>BackTimer cannot reach the display %1: no X server is running there.</source>
        <translation>BackTimer no puede acceder a la pantalla %1: no hay ningún servidor X en ejecución allí.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="568"/>
        <source>Pages</source>
        <extracomment>backtimer/ui/main_window.py:85</extracomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="570"/>
        <source>&amp;Player</source>
        <extracomment>backtimer/ui/main_window.py:88</extracomment>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="580"/>
        <source>Full screen</source>
        <extracomment>backtimer/ui/main_window.py:143</extracomment>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="572"/>
        <source>Status</source>
        <extracomment>backtimer/ui/main_window.py:99</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="582"/>
        <source>&amp;Settings…</source>
        <extracomment>backtimer/ui/main_window.py:164</extracomment>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="584"/>
        <source>Open the settings</source>
        <extracomment>backtimer/ui/main_window.py:165</extracomment>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="586"/>
        <source>&amp;Reminders…</source>
        <extracomment>backtimer/ui/main_window.py:170</extracomment>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="588"/>
        <source>Choose when BackTimer reminds you</source>
        <extracomment>backtimer/ui/main_window.py:170</extracomment>
        <translation>Elige cuándo te avisa BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="590"/>
        <source>Sa&amp;fety rules</source>
        <extracomment>backtimer/ui/main_window.py:172</extracomment>
        <translation>&amp;Normas de seguridad</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="592"/>
        <source>Read the safety rules again</source>
        <extracomment>backtimer/ui/main_window.py:172</extracomment>
        <translation>Volver a leer las normas de seguridad</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="594"/>
        <source>&amp;About BackTimer</source>
        <extracomment>backtimer/ui/main_window.py:174</extracomment>
        <translation>Acerca &amp;de BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="596"/>
        <source>Version, licence and sources</source>
        <extracomment>backtimer/ui/main_window.py:174</extracomment>
        <translation>Versión, licencia y fuentes</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="598"/>
        <source>&amp;Quit</source>
        <extracomment>backtimer/ui/main_window.py:177</extracomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="600"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/main_window.py:177</extracomment>
        <translation>Cerrar BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="574"/>
        <source>Menu</source>
        <extracomment>backtimer/ui/main_window.py:101</extracomment>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="576"/>
        <source>Application menu</source>
        <extracomment>backtimer/ui/main_window.py:102</extracomment>
        <translation>Menú de la aplicación</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="578"/>
        <source>Settings, reminders, help and quit</source>
        <extracomment>backtimer/ui/main_window.py:106</extracomment>
        <translation>Ajustes, recordatorios, ayuda y salir</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="602"/>
        <source>Next page</source>
        <extracomment>backtimer/ui/main_window.py:139</extracomment>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="604"/>
        <source>Previous page</source>
        <extracomment>backtimer/ui/main_window.py:139</extracomment>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="606"/>
        <source>This page could not be opened: {error}</source>
        <extracomment>backtimer/ui/main_window.py:61</extracomment>
        <translation>No se pudo abrir esta página: {error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../backtimer/ui/notifications.py" line="161"/>
        <source>Open BackTimer</source>
        <translation>Abrir BackTimer</translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="52"/>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="53"/>
        <source>Pain check-in</source>
        <translation>Control del dolor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="57"/>
        <source>0 = no pain, 10 = the worst pain you can imagine</source>
        <translation>0 = sin dolor, 10 = el peor dolor imaginable</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="66"/>
        <source>Pain %1 out of 10</source>
        <translation>Dolor %1 de 10</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="74"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="75"/>
        <source>Skip the pain check-in</source>
        <translation>Saltar el control del dolor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="97"/>
        <source>How much does your back hurt now, before you start?</source>
        <translation>¿Cuánto le duele la espalda ahora, antes de empezar?</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="98"/>
        <source>How much does your back hurt now, after the session?</source>
        <translation>¿Cuánto le duele la espalda ahora, después de la sesión?</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="261"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="262"/>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="263"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="264"/>
        <source>Hold {n} of {total}</source>
        <translation>Mantener {n} de {total}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="265"/>
        <source>Rest between holds</source>
        <translation>Descanso entre mantenimientos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="266"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="267"/>
        <source>Rest before set {n}</source>
        <translation>Descanso antes de la serie {n}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="268"/>
        <source>Switch sides</source>
        <translation>Cambiar de lado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="269"/>
        <source>Switch to your left side</source>
        <translation>Cambia al lado izquierdo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="270"/>
        <source>Switch to your right side</source>
        <translation>Cambia al lado derecho</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="271"/>
        <source>Rep {n} of {total}</source>
        <translation>Rep. {n} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="272"/>
        <source>%n reps at your pace</source>
        <translation>
            <numerusform>%n rep. a su ritmo</numerusform>
            <numerusform>%n rep. a su ritmo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="273"/>
        <source>Set {n} of {total}</source>
        <translation>Serie {n} de {total}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="274"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="275"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="276"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="277"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="278"/>
        <source>Routine completed</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="279"/>
        <source>Routine completed, but something hurt</source>
        <translation>Rutina completada, pero algo dolió</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="280"/>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="281"/>
        <source>Session stopped because it hurt</source>
        <translation>Sesión detenida por dolor</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="282"/>
        <source>Session stopped; something hurt</source>
        <translation>Sesión detenida; algo dolió</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="283"/>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="284"/>
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="285"/>
        <source>This is the last exercise</source>
        <translation>Este es el último ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="286"/>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulse Espacio para seguir.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="287"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="288"/>
        <source>Paused because the computer was asleep. Press Space to go on.</source>
        <translation>En pausa porque el ordenador estaba suspendido. Pulse Espacio para seguir.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="289"/>
        <source>Paused because BackTimer was frozen for a while. Press Space to go on.</source>
        <translation>En pausa porque BackTimer estuvo congelado un rato. Pulse Espacio para seguir.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="290"/>
        <source>Stopped because it hurts.</source>
        <translation>Detenida porque duele.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="291"/>
        <source>Press Enter when done</source>
        <translation>Pulse Intro al terminar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="292"/>
        <source>Done when ready</source>
        <translation>Listo cuando quieras</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="293"/>
        <source>of {total} · {time} left</source>
        <translation>de {total} · quedan {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="295"/>
        <source>Press Space to start</source>
        <translation>Pulsa Espacio para empezar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="296"/>
        <source>Press Space to start again</source>
        <translation>Pulsa Espacio para empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="297"/>
        <source>{name}: {phase}.</source>
        <translation>{name}: {phase}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="298"/>
        <source>Get ready. First: {name}.</source>
        <translation>Prepárate. Primero: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="299"/>
        <source>Rest. Next: {name}.</source>
        <translation>Descanso. A continuación: {name}.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="300"/>
        <source>Rest.</source>
        <translation>Descanso.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="301"/>
        <source>Routine completed. Well done.</source>
        <translation>Rutina completada. Bien hecho.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="302"/>
        <source>Session stopped.</source>
        <translation>Sesión detenida.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="303"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="304"/>
        <source>Next: {name}, {dose}</source>
        <translation>Siguiente: {name}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="305"/>
        <source>Next: {name}, {side}, {dose}</source>
        <translation>Siguiente: {name}, {side}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="306"/>
        <source>Next: {name}. Hold, {duration}</source>
        <translation>Siguiente: {name}. Mantenga, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="307"/>
        <source>Next: {name}, {side}. Hold, {duration}</source>
        <translation>Siguiente: {name}, {side}. Mantenga, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="308"/>
        <source>Get ready. First: {name}</source>
        <translation>Prepárese. Primero: {name}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="309"/>
        <source>Set {set_no} of {sets}, {dose}</source>
        <translation>Serie {set_no} de {sets}, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="310"/>
        <source>Right side, {dose}</source>
        <translation>Lado derecho, {dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="311"/>
        <source>Hold, {duration}</source>
        <translation>Mantenga, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="312"/>
        <source>Rest, {duration}</source>
        <translation>Descanso, {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="313"/>
        <source>Halfway</source>
        <translation>Mitad</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="314"/>
        <source>Well done. Routine finished.</source>
        <translation>Muy bien. Rutina terminada.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="315"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="316"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="317"/>
        <source>%n repetitions</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="318"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="319"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="323"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n rep. × {pace} s</numerusform>
            <numerusform>%n rep. × {pace} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="324"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep.</numerusform>
            <numerusform>%n rep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="326"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="334"/>
        <source>The warm-up lasts %n seconds. Two minutes of easy movement prepare the back better.</source>
        <translation>
            <numerusform>El calentamiento dura %n segundo. Dos minutos de movimiento suave preparan mejor la espalda.</numerusform>
            <numerusform>El calentamiento dura %n segundos. Dos minutos de movimiento suave preparan mejor la espalda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="336"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or try {next}. Go slowly; more is not better.</source>
        <translation>
            <numerusform>%n sesión cómoda de {routine} seguida. Si se siente preparado, hágalo un poco más difícil: una serie más en un ejercicio, o pruebe {next}. Vaya despacio; más no es mejor.</numerusform>
            <numerusform>%n sesiones cómodas de {routine} seguidas. Si se siente preparado, hágalo un poco más difícil: una serie más en un ejercicio, o pruebe {next}. Vaya despacio; más no es mejor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="337"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or a few seconds to a hold. Go slowly; more is not better.</source>
        <translation>
            <numerusform>%n sesión cómoda de {routine} seguida. Si se siente preparado, hágalo un poco más difícil: una serie más en un ejercicio, o unos segundos más en un mantenimiento. Vaya despacio; más no es mejor.</numerusform>
            <numerusform>%n sesiones cómodas de {routine} seguidas. Si se siente preparado, hágalo un poco más difícil: una serie más en un ejercicio, o unos segundos más en un mantenimiento. Vaya despacio; más no es mejor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="616"/>
        <source>No training today. Start again once the pain has turned dull and is easing.</source>
        <extracomment>backtimer/ui/player/controller.py:257</extracomment>
        <translation>Hoy no se entrena. Vuelva a empezar cuando el dolor se haya vuelto sordo y esté remitiendo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="770"/>
        <source>{name} hurt in {hurt} of your last %n sessions.</source>
        <extracomment>backtimer/ui/player/warnings.py:37</extracomment>
        <translation>
            <numerusform>{name} le dolió en {hurt} de su última %n sesión.</numerusform>
            <numerusform>{name} le dolió en {hurt} de sus últimas %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="320"/>
        <source>{minutes} and {seconds}</source>
        <translation>{minutes} y {seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="294"/>
        <source>%n reps · {time}</source>
        <translation>
            <numerusform>%n rep. · {time}</numerusform>
            <numerusform>%n rep. · {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="321"/>
        <source>at your own pace</source>
        <translation>a su ritmo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="322"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="325"/>
        <source>{holds} × {hold} hold</source>
        <translation>{holds} × {hold} de mantenimiento</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="327"/>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="328"/>
        <source>{name} is a loaded lift: it needs a barbell and sound technique. Start with a light bar, ideally with a trainer watching, and stop if your form slips or it hurts.</source>
        <translation>{name} es un ejercicio con carga: necesita una barra y buena técnica. Empiece con una barra ligera, a ser posible con un entrenador mirando, y pare si la técnica falla o si duele.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="329"/>
        <source>{name} needs a hyperextension bench, or a couch with a spotter holding your legs. Learn it with a trainer if you can, start with one easy set, and stop if it hurts.</source>
        <translation>{name} necesita un banco de hiperextensiones, o un sofá con alguien que le sujete las piernas. Si puede, aprenda el ejercicio con un entrenador, empiece con una serie fácil y pare si duele.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="330"/>
        <source>{name} carries a load: learn the technique first, ideally with a trainer, start light, and stop if it hurts.</source>
        <translation>{name} es un ejercicio con carga: aprenda primero la técnica, a ser posible con un entrenador, empiece con poco peso y pare si duele.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="331"/>
        <source>Your pain is high ({rating} of 10). The articles advise waiting while pain is sharp and starting only once it has turned dull and is easing. You can do Gentle start instead, or not train today.</source>
        <translation>Su dolor es alto ({rating} de 10). Los artículos aconsejan esperar mientras el dolor sea agudo y empezar solo cuando se haya vuelto sordo y esté remitiendo. Puede hacer el Inicio suave en su lugar, o no entrenar hoy.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="332"/>
        <source>You describe your pain as sharp. The articles advise waiting while pain is sharp and starting only once it has turned dull and is easing. You can do Gentle start instead, or not train today.</source>
        <translation>Describe su dolor como agudo. Los artículos aconsejan esperar mientras el dolor sea agudo y empezar solo cuando se haya vuelto sordo y esté remitiendo. Puede hacer el Inicio suave en su lugar, o no entrenar hoy.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="333"/>
        <source>This routine does not start with a warm-up. Begin with two minutes of easy movement, such as the cat stretch, and mark it as a warm-up.</source>
        <translation>Esta rutina no empieza con un calentamiento. Empiece con dos minutos de movimiento suave, como el estiramiento del gato, y márquelo como calentamiento.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="335"/>
        <source>The warm-up holds still. Easy movement, such as the cat stretch, prepares the back better.</source>
        <translation>El calentamiento solo mantiene posturas. El movimiento suave, como el estiramiento del gato, prepara mejor la espalda.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="614"/>
        <source>Stop the current session before choosing another routine.</source>
        <extracomment>backtimer/ui/player/controller.py:182</extracomment>
        <translation>Detenga la sesión actual antes de elegir otra rutina.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="618"/>
        <source>Stopped before the first exercise. Rest, and see a doctor if the pain stays.</source>
        <extracomment>backtimer/ui/player/controller.py:327</extracomment>
        <translation>Detenido antes del primer ejercicio. Descansa y consulta a un médico si el dolor continúa.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="620"/>
        <source>That does not apply right now.</source>
        <extracomment>backtimer/ui/player/controller.py:380</extracomment>
        <translation>Eso no se puede hacer ahora.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="768"/>
        <source>If the pain keeps coming back, see a doctor.</source>
        <extracomment>backtimer/ui/player/warnings.py:46</extracomment>
        <translation>Si el dolor vuelve una y otra vez, consulte a un médico.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="622"/>
        <source>Following a back routine</source>
        <extracomment>backtimer/ui/player/controller.py:246</extracomment>
        <translation>Haciendo una rutina de espalda</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="772"/>
        <source>Skip it if it hurts again.</source>
        <extracomment>backtimer/ui/player/warnings.py:45</extracomment>
        <translation>Sáltelo si vuelve a doler.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="774"/>
        <source>Try the easier {easier} instead, or skip it.</source>
        <extracomment>backtimer/ui/player/warnings.py:41</extracomment>
        <translation>Pruebe en su lugar el más fácil, {easier}, o sáltelo.</translation>
    </message>
</context>
<context>
    <name>PlayerSafety</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="634"/>
        <source>Pain before the session</source>
        <extracomment>backtimer/ui/player/safety.py:44</extracomment>
        <translation>Dolor antes de la sesión</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="636"/>
        <source>Do Gentle start instead</source>
        <extracomment>backtimer/ui/player/safety.py:46</extracomment>
        <translation>Hacer Inicio suave en su lugar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="638"/>
        <source>Not today</source>
        <extracomment>backtimer/ui/player/safety.py:47</extracomment>
        <translation>Hoy no</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="640"/>
        <source>Is the pain sharp or stabbing, rather than dull and easing?</source>
        <extracomment>backtimer/ui/player/safety.py:57</extracomment>
        <translation>¿El dolor es agudo o punzante, en lugar de sordo y remitiendo?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="642"/>
        <source>Sharp</source>
        <extracomment>backtimer/ui/player/safety.py:58</extracomment>
        <translation>Agudo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="644"/>
        <source>Dull or easing</source>
        <extracomment>backtimer/ui/player/safety.py:59</extracomment>
        <translation>Sordo o remitiendo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="646"/>
        <source>Skip the warm-up?</source>
        <extracomment>backtimer/ui/player/safety.py:68</extracomment>
        <translation>¿Saltar el calentamiento?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="648"/>
        <source>A mild warm-up always comes first: it prepares the back for the work. Skip it anyway?</source>
        <extracomment>backtimer/ui/player/safety.py:69</extracomment>
        <translation>Un calentamiento suave va siempre primero: prepara la espalda para el trabajo. ¿Saltarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="650"/>
        <source>This routine has no description.</source>
        <extracomment>backtimer/ui/player/safety.py:79</extracomment>
        <translation>Esta rutina no tiene descripción.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="652"/>
        <source>loaded: needs care</source>
        <extracomment>backtimer/ui/player/safety.py:157</extracomment>
        <translation>con carga: con cuidado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="654"/>
        <source>Source: {titles}</source>
        <extracomment>backtimer/ui/player/safety.py:81</extracomment>
        <translation>Fuente: {titles}</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="726"/>
        <source>Routine</source>
        <extracomment>backtimer/ui/player/view.py:83</extracomment>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="728"/>
        <source>Choose the routine to follow</source>
        <extracomment>backtimer/ui/player/view.py:84</extracomment>
        <translation>Elija la rutina que va a seguir</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="730"/>
        <source>Sound</source>
        <extracomment>backtimer/ui/player/view.py:89</extracomment>
        <translation>Sonido</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="732"/>
        <source>Sound on</source>
        <extracomment>backtimer/ui/player/view.py:90</extracomment>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="734"/>
        <source>Play sound cues</source>
        <extracomment>backtimer/ui/player/view.py:91</extracomment>
        <translation>Reproducir avisos sonoros</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="736"/>
        <source>Volume</source>
        <extracomment>backtimer/ui/player/view.py:95</extracomment>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="738"/>
        <source>Volume of the sound cues</source>
        <extracomment>backtimer/ui/player/view.py:96</extracomment>
        <translation>Volumen de los avisos sonoros</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="744"/>
        <source>Set</source>
        <extracomment>backtimer/ui/player/view.py:111</extracomment>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="748"/>
        <source>About the main figure</source>
        <extracomment>backtimer/ui/player/view.py:131</extracomment>
        <translation>Sobre la cifra principal</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="750"/>
        <source>Side</source>
        <extracomment>backtimer/ui/player/view.py:146</extracomment>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="752"/>
        <source>Next up</source>
        <extracomment>backtimer/ui/player/view.py:163</extracomment>
        <translation>A continuación</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="754"/>
        <source>Next up, details</source>
        <extracomment>backtimer/ui/player/view.py:164</extracomment>
        <translation>A continuación, detalles</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="756"/>
        <source>Exercise queue</source>
        <extracomment>backtimer/ui/player/view.py:183</extracomment>
        <translation>Cola de ejercicios</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="758"/>
        <source>Double-click an item, or select it and press J, to go there</source>
        <extracomment>backtimer/ui/player/view.py:185</extracomment>
        <translation>Haga doble clic en un elemento, o selecciónelo y pulse J, para ir allí</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="740"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/player/view.py:109</extracomment>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="742"/>
        <source>Phase</source>
        <extracomment>backtimer/ui/player/view.py:110</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="764"/>
        <source>Status</source>
        <extracomment>backtimer/ui/player/view.py:215</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="746"/>
        <source>Warning</source>
        <extracomment>backtimer/ui/player/view.py:122</extracomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="760"/>
        <source>Instructions</source>
        <extracomment>backtimer/ui/player/view.py:195</extracomment>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="762"/>
        <source>Time left in the routine</source>
        <extracomment>backtimer/ui/player/view.py:214</extracomment>
        <translation>Tiempo restante de la rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="103"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="27"/>
        <location filename="../backtimer/ui/player/actions.py" line="102"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="104"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="766"/>
        <source>Cues:</source>
        <extracomment>backtimer/ui/player/view.py:334</extracomment>
        <translation>Indicaciones:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="29"/>
        <source>Start, pause or resume the routine</source>
        <translation>Empezar, pausar o reanudar la rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="33"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="35"/>
        <source>Go back to the previous exercise</source>
        <translation>Volver al ejercicio anterior</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="39"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="41"/>
        <source>Skip to the next step</source>
        <translation>Saltar al paso siguiente</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="45"/>
        <source>Restart step</source>
        <translation>Repetir paso</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="47"/>
        <source>Start the current step again</source>
        <translation>Empezar de nuevo el paso actual</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="51"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="53"/>
        <source>Finish self-paced repetitions</source>
        <translation>Terminar las repeticiones a su ritmo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="57"/>
        <source>It hurts</source>
        <translation>Me duele</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="59"/>
        <source>Stop this exercise at once because it hurts</source>
        <translation>Parar este ejercicio enseguida porque duele</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="63"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="65"/>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="69"/>
        <source>Go to item</source>
        <translation>Ir al elemento</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="71"/>
        <source>Jump to the item selected in the queue</source>
        <translation>Saltar al elemento seleccionado en la cola</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="75"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="77"/>
        <source>Switch full screen on or off</source>
        <translation>Activar o desactivar la pantalla completa</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="81"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="83"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="105"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="109"/>
        <source>Length of the routine</source>
        <translation>Duración de la rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="110"/>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="111"/>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="112"/>
        <source>Repetitions at your own pace</source>
        <translation>Repeticiones a tu ritmo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="113"/>
        <source>End of the session</source>
        <translation>Fin de la sesión</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="776"/>
        <source>the file</source>
        <extracomment>backtimer/ui/problem_text.py:64</extracomment>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="778"/>
        <source>%1 was refused; nothing was imported:</source>
        <extracomment>backtimer/ui/problem_text.py:76</extracomment>
        <translation>%1 fue rechazado; no se importó nada:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="780"/>
        <source>A routine called “%1” already exists; choose another name.</source>
        <extracomment>backtimer/ui/problem_text.py:127</extracomment>
        <translation>Ya existe una rutina llamada «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="782"/>
        <source>field “%1”</source>
        <extracomment>backtimer/ui/problem_text.py:63</extracomment>
        <translation>campo «%1»</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="27"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="28"/>
        <source>has the wrong type</source>
        <translation>tiene un tipo incorrecto</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="29"/>
        <source>is out of the allowed range</source>
        <translation>está fuera del rango permitido</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="30"/>
        <source>names something BackTimer does not know</source>
        <translation>nombra algo que BackTimer no conoce</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="31"/>
        <source>is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="32"/>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="33"/>
        <source>is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="34"/>
        <source>is from a newer BackTimer</source>
        <translation>es de una versión más reciente de BackTimer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="35"/>
        <source>appears twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="36"/>
        <source>is not a BackTimer routine file</source>
        <translation>no es un archivo de rutina de BackTimer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="37"/>
        <source>is not valid</source>
        <translation>no es válido</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="40"/>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="41"/>
        <source>exercise %1</source>
        <translation>ejercicio %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="42"/>
        <source>session %1</source>
        <translation>sesión %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="43"/>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="44"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="45"/>
        <source>the routine</source>
        <translation>la rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="81"/>
        <location filename="../backtimer/ui/problem_text.py" line="82"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="83"/>
        <location filename="../backtimer/ui/problem_text.py" line="84"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="85"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="86"/>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="87"/>
        <source>a file stands where a folder should be</source>
        <translation>hay un archivo donde debería haber una carpeta</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="88"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="89"/>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="105"/>
        <source>%1: pictures can be PNG, JPEG, SVG or GIF files.</source>
        <translation>%1: las imágenes pueden ser archivos PNG, JPEG, SVG o GIF.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="106"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="107"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="108"/>
        <source>%1 is too large for a picture (at most 20 MB).</source>
        <translation>%1 es demasiado grande para una imagen (como máximo 20 MB).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="109"/>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 no se pudo leer como imagen.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="115"/>
        <source>the data file cannot be written</source>
        <translation>no se puede escribir en el archivo de datos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="117"/>
        <location filename="../backtimer/ui/problem_text.py" line="118"/>
        <source>the data file is damaged</source>
        <translation>el archivo de datos está dañado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="119"/>
        <source>another program is using the data file</source>
        <translation>otro programa está usando el archivo de datos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="139"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="140"/>
        <source>BackTimer cannot create the data folder %1: %2.</source>
        <translation>BackTimer no puede crear la carpeta de datos %1: %2.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="141"/>
        <source>The data file %1 is a link to a file that does not exist.</source>
        <translation>El archivo de datos %1 es un enlace a un archivo que no existe.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="144"/>
        <source>The data file %1 is not a regular file.</source>
        <translation>El archivo de datos %1 no es un archivo normal.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="145"/>
        <source>BackTimer may not write in the data folder %1.</source>
        <translation>BackTimer no tiene permiso para escribir en la carpeta de datos %1.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="148"/>
        <source>The data file %1 was written by a newer BackTimer. Update BackTimer to use it; the file has not been changed.</source>
        <translation>El archivo de datos %1 lo escribió un BackTimer más reciente. Actualice BackTimer para usarlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="153"/>
        <source>The disk holding %1 is full; free some space and try again.</source>
        <translation>El disco que contiene %1 está lleno; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="156"/>
        <source>BackTimer may not write in %1 (read-only or no permission).</source>
        <translation>BackTimer no puede escribir en %1 (solo lectura o sin permiso).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="159"/>
        <source>BackTimer cannot open the data file %1: its folder must exist and be writable.</source>
        <translation>BackTimer no puede abrir el archivo de datos %1: su carpeta debe existir y permitir la escritura.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="163"/>
        <source>The disk holding %1 reported an error; try again later.</source>
        <translation>El disco que contiene %1 informó de un error; inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="68"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="69"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="70"/>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="71"/>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="72"/>
        <source>hurt</source>
        <translation>con dolor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="89"/>
        <source>Warm-up: </source>
        <translation>Calentamiento: </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="802"/>
        <source>No system tray here: reminders need BackTimer to be running and show in the window&apos;s status bar instead.</source>
        <extracomment>backtimer/ui/reminders_page.py:54</extracomment>
        <translation>No hay bandeja del sistema: los recordatorios necesitan que BackTimer esté abierto y se muestran en la barra de estado de la ventana.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="804"/>
        <source>&amp;Remind me to do my back routine</source>
        <extracomment>backtimer/ui/reminders_page.py:66</extracomment>
        <translation>&amp;Recordarme mi rutina de espalda</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="806"/>
        <source>Reminders on</source>
        <extracomment>backtimer/ui/reminders_page.py:67</extracomment>
        <translation>Recordatorios activados</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="808"/>
        <source>Reminder days</source>
        <extracomment>backtimer/ui/reminders_page.py:81</extracomment>
        <translation>Días del recordatorio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="810"/>
        <source>Reminder time</source>
        <extracomment>backtimer/ui/reminders_page.py:84</extracomment>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="812"/>
        <source>Routine to open</source>
        <extracomment>backtimer/ui/reminders_page.py:86</extracomment>
        <translation>Rutina que se abrirá</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="814"/>
        <source>The last routine used</source>
        <extracomment>backtimer/ui/reminders_page.py:87</extracomment>
        <translation>La última rutina usada</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="816"/>
        <source>Days:</source>
        <extracomment>backtimer/ui/reminders_page.py:92</extracomment>
        <translation>Días:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="818"/>
        <source>&amp;Time:</source>
        <extracomment>backtimer/ui/reminders_page.py:93</extracomment>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="820"/>
        <source>R&amp;outine:</source>
        <extracomment>backtimer/ui/reminders_page.py:94</extracomment>
        <translation>R&amp;utina:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="822"/>
        <source>Reminders</source>
        <extracomment>backtimer/ui/reminders_page.py:192</extracomment>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="824"/>
        <source>Start BackTimer in the &amp;background when I log in</source>
        <extracomment>backtimer/ui/reminders_page.py:198</extracomment>
        <translation>Iniciar BackTimer en &amp;segundo plano al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="826"/>
        <source>Start at login</source>
        <extracomment>backtimer/ui/reminders_page.py:199</extracomment>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="828"/>
        <source>So that reminders come even when you have not opened BackTimer</source>
        <extracomment>backtimer/ui/reminders_page.py:201</extracomment>
        <translation>Para que los recordatorios lleguen aunque no hayas abierto BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="830"/>
        <source>Send a test noti&amp;fication</source>
        <extracomment>backtimer/ui/reminders_page.py:204</extracomment>
        <translation>Enviar una notificación de &amp;prueba</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="832"/>
        <source>Send a test notification</source>
        <extracomment>backtimer/ui/reminders_page.py:205</extracomment>
        <translation>Enviar una notificación de prueba</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="834"/>
        <source>No notifications here: the reminder shows in this window.</source>
        <extracomment>backtimer/ui/reminders_page.py:244</extracomment>
        <translation>Aquí no hay notificaciones: el recordatorio aparece en esta ventana.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="836"/>
        <source>Reminders are off.</source>
        <extracomment>backtimer/ui/reminders_page.py:250</extracomment>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="838"/>
        <source>Next reminder: {when}</source>
        <extracomment>backtimer/ui/reminders_page.py:256</extracomment>
        <translation>Próximo recordatorio: {when}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="840"/>
        <source>{routine} (not found)</source>
        <extracomment>backtimer/ui/reminders_page.py:164</extracomment>
        <translation>{routine} (no encontrada)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="842"/>
        <source>A test notification was sent.</source>
        <extracomment>backtimer/ui/reminders_page.py:242</extracomment>
        <translation>Se ha enviado una notificación de prueba.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="844"/>
        <source>A test message was shown by the tray icon.</source>
        <extracomment>backtimer/ui/reminders_page.py:243</extracomment>
        <translation>El icono de la bandeja ha mostrado un mensaje de prueba.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="846"/>
        <source>Exercise report</source>
        <extracomment>backtimer/ui/report_pdf.py:300</extracomment>
        <translation>Informe de ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="848"/>
        <source>Made by BackTimer, not a medical record. The person enters every figure themselves.</source>
        <extracomment>backtimer/ui/report_pdf.py:335</extracomment>
        <translation>Hecho con BackTimer, no es un historial médico. Todos los datos los introduce la propia persona.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="850"/>
        <source>Summary</source>
        <extracomment>backtimer/ui/report_pdf.py:341</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="852"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/report_pdf.py:364</extracomment>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="854"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/report_pdf.py:366</extracomment>
        <translation>Minutos de ejercicio por semana</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="856"/>
        <source>Pain before and after each session</source>
        <extracomment>backtimer/ui/report_pdf.py:379</extracomment>
        <translation>Dolor antes y después de cada sesión</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="858"/>
        <source>When something hurt</source>
        <extracomment>backtimer/ui/report_pdf.py:385</extracomment>
        <translation>Cuándo dolió algo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="860"/>
        <source>Routines done</source>
        <extracomment>backtimer/ui/report_pdf.py:398</extracomment>
        <translation>Rutinas realizadas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="862"/>
        <source>Made by BackTimer, not a medical record</source>
        <extracomment>backtimer/ui/report_pdf.py:315</extracomment>
        <translation>Hecho con BackTimer, no es un historial médico</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="864"/>
        <source>Pain change per session: no session was rated before and after</source>
        <extracomment>backtimer/ui/report_pdf.py:353</extracomment>
        <translation>Cambio del dolor por sesión: ninguna sesión se valoró antes y después</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="866"/>
        <source>No pain ratings in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:383</extracomment>
        <translation>No hay valoraciones de dolor en este periodo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="868"/>
        <source>Nothing was marked as hurting in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:387</extracomment>
        <translation>En este periodo no se marcó nada como doloroso.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="870"/>
        <source>Exercises that hurt more than once</source>
        <extracomment>backtimer/ui/report_pdf.py:393</extracomment>
        <translation>Ejercicios que dolieron más de una vez</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="872"/>
        <source>No sessions in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:400</extracomment>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="874"/>
        <source>Notes</source>
        <extracomment>backtimer/ui/report_pdf.py:414</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="876"/>
        <source>Pain before (0–10)</source>
        <extracomment>backtimer/ui/report_pdf.py:279</extracomment>
        <translation>Dolor antes (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="878"/>
        <source>Pain after (0–10)</source>
        <extracomment>backtimer/ui/report_pdf.py:279</extracomment>
        <translation>Dolor después (0–10)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="880"/>
        <source>Minutes exercised: %1</source>
        <extracomment>backtimer/ui/report_pdf.py:349</extracomment>
        <translation>Minutos de ejercicio: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="882"/>
        <source>Times something hurt: %1</source>
        <extracomment>backtimer/ui/report_pdf.py:350</extracomment>
        <translation>Veces que algo dolió: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="884"/>
        <source>Page %1</source>
        <extracomment>backtimer/ui/report_pdf.py:76</extracomment>
        <translation>Página %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="886"/>
        <source>Could not write %1</source>
        <extracomment>backtimer/ui/report_pdf.py:313</extracomment>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="888"/>
        <source>%1 to %2</source>
        <extracomment>backtimer/ui/report_pdf.py:329</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="890"/>
        <source>Average pain change per session: %1 (after minus before, %n sessions rated)</source>
        <extracomment>backtimer/ui/report_pdf.py:356</extracomment>
        <translation>
            <numerusform>Cambio medio del dolor por sesión: %1 (después menos antes, %n sesión valorada)</numerusform>
            <numerusform>Cambio medio del dolor por sesión: %1 (después menos antes, %n sesiones valoradas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="892"/>
        <source>%1 (%n sessions)</source>
        <extracomment>backtimer/ui/report_pdf.py:403</extracomment>
        <translation>
            <numerusform>%1 (%n sesión)</numerusform>
            <numerusform>%1 (%n sesiones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="894"/>
        <source>Goal: %1 a week</source>
        <extracomment>backtimer/ui/report_pdf.py:230</extracomment>
        <translation>Objetivo: %1 por semana</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="896"/>
        <source>on %n days</source>
        <extracomment>backtimer/ui/report_pdf.py:395</extracomment>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="898"/>
        <source>Sessions: %1 (goal: %2 a week; met in %3 of %n weeks)</source>
        <extracomment>backtimer/ui/report_pdf.py:345</extracomment>
        <translation>
            <numerusform>Sesiones: %1 (objetivo: %2 por semana; cumplido en %3 de %n semana)</numerusform>
            <numerusform>Sesiones: %1 (objetivo: %2 por semana; cumplido en %3 de %n semanas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="554"/>
        <source>Save the report</source>
        <extracomment>backtimer/ui/history/report_dialog.py:156</extracomment>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="556"/>
        <source>PDF files (*.pdf)</source>
        <extracomment>backtimer/ui/history/report_dialog.py:158</extracomment>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="558"/>
        <source>Report saved</source>
        <extracomment>backtimer/ui/history/report_dialog.py:166</extracomment>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="560"/>
        <source>&amp;Open it</source>
        <extracomment>backtimer/ui/history/report_dialog.py:168</extracomment>
        <translation>&amp;Abrirlo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="562"/>
        <source>Report not saved</source>
        <extracomment>backtimer/ui/history/report_dialog.py:143</extracomment>
        <translation>Informe no guardado</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="564"/>
        <source>The report (%n pages) was saved to %1.</source>
        <extracomment>backtimer/ui/history/report_dialog.py:167</extracomment>
        <translation>
            <numerusform>El informe (%n página) se guardó en %1.</numerusform>
            <numerusform>El informe (%n páginas) se guardó en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="566"/>
        <source>The report could not be written to %1: %2</source>
        <extracomment>backtimer/ui/history/report_dialog.py:144</extracomment>
        <translation>No se pudo escribir el informe en %1: %2</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="59"/>
        <source>Report for your physiotherapist</source>
        <translation>Informe para su fisioterapeuta</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="64"/>
        <source>A PDF of your sessions, minutes, pain ratings and everything that hurt, to take to your physiotherapist or doctor.</source>
        <translation>Un PDF con sus sesiones, minutos, valoraciones de dolor y todo lo que dolió, para llevar a su fisioterapeuta o médico.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="78"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="79"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="81"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="83"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="85"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="86"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="87"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="110"/>
        <source>The period ends before it starts: pick a later end.</source>
        <translation>El periodo termina antes de empezar: elija un final posterior.</translation>
    </message>
</context>
<context>
    <name>RoutineBar</name>
    <message>
        <location filename="../backtimer/ui/player/routine_bar.py" line="31"/>
        <source>Progress through the routine</source>
        <translation>Progreso en la rutina</translation>
    </message>
</context>
<context>
    <name>RoutineChoice</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="624"/>
        <source>entry level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:31</extracomment>
        <translation>nivel inicial</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="626"/>
        <source>home level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:32</extracomment>
        <translation>nivel en casa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="628"/>
        <source>gym level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:33</extracomment>
        <translation>nivel gimnasio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="630"/>
        <source>{n} min</source>
        <extracomment>backtimer/ui/player/routine_choice.py:117</extracomment>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="632"/>
        <source>{name} (not saved)</source>
        <extracomment>backtimer/ui/player/routine_choice.py:123</extracomment>
        <translation>{name} (sin guardar)</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="656"/>
        <source>What this loaded exercise needs</source>
        <extracomment>backtimer/ui/player/safety_panel.py:51</extracomment>
        <translation>Lo que necesita este ejercicio con carga</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="658"/>
        <source>Don&apos;t show again for this exercise</source>
        <extracomment>backtimer/ui/player/safety_panel.py:52</extracomment>
        <translation>No volver a mostrar para este ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="660"/>
        <source>Stop showing what this loaded exercise needs before it starts</source>
        <extracomment>backtimer/ui/player/safety_panel.py:55</extracomment>
        <translation>Dejar de mostrar lo que necesita este ejercicio con carga antes de empezar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="662"/>
        <source>Safety</source>
        <extracomment>backtimer/ui/player/safety_panel.py:60</extracomment>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="664"/>
        <source>Suggestion</source>
        <extracomment>backtimer/ui/player/safety_panel.py:64</extracomment>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="666"/>
        <source>About this exercise</source>
        <extracomment>backtimer/ui/player/safety_panel.py:122</extracomment>
        <translation>Sobre este ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="668"/>
        <source>About this routine</source>
        <extracomment>backtimer/ui/player/safety_panel.py:123</extracomment>
        <translation>Sobre esta rutina</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="670"/>
        <source>Read the routine&apos;s description and advice</source>
        <extracomment>backtimer/ui/player/safety_panel.py:125</extracomment>
        <translation>Leer la descripción y los consejos de la rutina</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="672"/>
        <source>Note:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:135</extracomment>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="674"/>
        <source>The numbers:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:137</extracomment>
        <translation>Las cifras:</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="676"/>
        <source>Source:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:139</extracomment>
        <translation>Fuente:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../backtimer/ui/save_status.py" line="52"/>
        <source>History is not being saved (disk full or failing). This session is kept in memory and saved when there is room.</source>
        <translation>El historial no se está guardando (disco lleno o con fallos). Esta sesión se conserva en memoria y se guardará cuando haya espacio.</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="510"/>
        <source>not given</source>
        <extracomment>backtimer/ui/history/details.py:33</extracomment>
        <translation>sin dato</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="512"/>
        <source>Started</source>
        <extracomment>backtimer/ui/history/details.py:57</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="514"/>
        <source>Status</source>
        <extracomment>backtimer/ui/history/details.py:58</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="516"/>
        <source>Duration</source>
        <extracomment>backtimer/ui/history/details.py:59</extracomment>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="518"/>
        <source>Exercised</source>
        <extracomment>backtimer/ui/history/details.py:60</extracomment>
        <translation>Ejercitado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="520"/>
        <source>Planned</source>
        <extracomment>backtimer/ui/history/details.py:61</extracomment>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="522"/>
        <source>Paused</source>
        <extracomment>backtimer/ui/history/details.py:62</extracomment>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="524"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/history/details.py:63</extracomment>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="526"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/history/details.py:64</extracomment>
        <translation>Dolor después</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="528"/>
        <source>Steps</source>
        <extracomment>backtimer/ui/history/details.py:66</extracomment>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="530"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="532"/>
        <source>Side</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="534"/>
        <source>Set</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="536"/>
        <source>Time</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="538"/>
        <source>Reps</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Rep.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="540"/>
        <source>Outcome</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="542"/>
        <source>Note</source>
        <extracomment>backtimer/ui/history/details.py:74</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="544"/>
        <source>Exercises</source>
        <extracomment>backtimer/ui/history/details.py:80</extracomment>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="546"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/details.py:67</extracomment>
        <translation>%1 hechos, %2 saltados, %3 con dolor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="18"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="19"/>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="20"/>
        <source>hurt</source>
        <translation>con dolor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="23"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="24"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="548"/>
        <source>Pain before → after the session, 0 to 10</source>
        <extracomment>backtimer/ui/history/models.py:202</extracomment>
        <translation>Dolor antes → después de la sesión, de 0 a 10</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="550"/>
        <source>%1 exercised, %2 paused</source>
        <extracomment>backtimer/ui/history/models.py:197</extracomment>
        <translation>%1 de ejercicio, %2 en pausa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="552"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/models.py:205</extracomment>
        <translation>%1 hechos, %2 saltados, %3 con dolor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="39"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="40"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="41"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="42"/>
        <source>Stopped for pain</source>
        <translation>Detenida por dolor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="43"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="86"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="87"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="88"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="89"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="90"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="82"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="83"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="85"/>
        <source>Play sound cues</source>
        <translation>Reproducir avisos sonoros</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="92"/>
        <source>Speak the steps aloud</source>
        <translation>Decir los pasos en voz alta</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="94"/>
        <source>System default</source>
        <translation>Predeterminada del sistema</translation>
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
        <translation> sesiones</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="100"/>
        <source>Ask how much my back hurts before and after</source>
        <translation>Preguntar cuánto me duele la espalda antes y después</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="103"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="109"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="104"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="105"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="112"/>
        <source>A new language is used after a restart.</source>
        <translation>Un idioma nuevo se usa tras reiniciar.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="121"/>
        <source>Keep running in the tray when closed</source>
        <translation>Seguir en la bandeja al cerrar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="125"/>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="132"/>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="136"/>
        <source>V&amp;oice</source>
        <translation>V&amp;oz</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="137"/>
        <source>Routines and goal</source>
        <translation>Rutinas y objetivo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="139"/>
        <source>&amp;Lead-in before the first exercise</source>
        <translation>&amp;Preparación antes del primer ejercicio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="140"/>
        <source>Default &amp;rest after an exercise</source>
        <translation>&amp;Descanso por defecto tras un ejercicio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="141"/>
        <source>Weekly &amp;goal</source>
        <translation>Objetivo &amp;semanal</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="145"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="146"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="148"/>
        <source>&amp;Countdown size</source>
        <translation>Tamaño de la &amp;cuenta atrás</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="165"/>
        <source>Put every setting back to its default</source>
        <translation>Devolver todos los ajustes a sus valores por defecto</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="216"/>
        <source>Sound on</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="216"/>
        <source>Play the tones that mark each step</source>
        <translation>Reproducir los tonos que marcan cada paso</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="217"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="217"/>
        <source>Loudness of the sound cues, 0 to 100 %</source>
        <translation>Volumen de los avisos sonoros, de 0 a 100 %</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="220"/>
        <source>Voice on</source>
        <translation>Voz activada</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="221"/>
        <source>Say each step aloud with the system voice</source>
        <translation>Decir cada paso en voz alta con la voz del sistema</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="223"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="223"/>
        <source>Which voice speaks the steps</source>
        <translation>Qué voz dice los pasos</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="226"/>
        <source>Lead-in</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="227"/>
        <source>Seconds to get ready before the first exercise</source>
        <translation>Segundos para prepararse antes del primer ejercicio</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="231"/>
        <source>Default rest</source>
        <translation>Descanso por defecto</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="232"/>
        <source>Seconds of rest the editor gives a new item</source>
        <translation>Segundos de descanso que el editor da a un elemento nuevo</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="234"/>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="234"/>
        <source>Sessions you aim for each week</source>
        <translation>Sesiones que se propone cada semana</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="237"/>
        <source>Pain check-in</source>
        <translation>Control del dolor</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="238"/>
        <source>A pain rating from 0 to 10 before and after each session</source>
        <translation>Una valoración del dolor de 0 a 10 antes y después de cada sesión</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="240"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="240"/>
        <source>Light or dark colours, or follow the system</source>
        <translation>Colores claros u oscuros, o como el sistema</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="243"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="244"/>
        <source>The language of the whole app; used after a restart</source>
        <translation>El idioma de toda la aplicación; se usa tras reiniciar</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="248"/>
        <source>Countdown size</source>
        <translation>Tamaño de la cuenta atrás</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="249"/>
        <source>Size of the countdown digits, in percent</source>
        <translation>Tamaño de las cifras de la cuenta atrás, en porcentaje</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="253"/>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="254"/>
        <source>Closing the window hides it in the tray</source>
        <translation>Al cerrar la ventana se oculta en la bandeja</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="678"/>
        <source>Session stopped</source>
        <extracomment>backtimer/ui/player/summary.py:60</extracomment>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="680"/>
        <source>{headline}: {done} done, {skipped} skipped, {hurt} hurt · {time} exercised</source>
        <extracomment>backtimer/ui/player/summary.py:66</extracomment>
        <translation>{headline}: {done} hechos, {skipped} saltados, {hurt} con dolor · {time} de ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="682"/>
        <source>Session stopped because it hurt</source>
        <extracomment>backtimer/ui/player/summary.py:57</extracomment>
        <translation>Sesión detenida por dolor</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="684"/>
        <source>Session stopped; something hurt</source>
        <extracomment>backtimer/ui/player/summary.py:59</extracomment>
        <translation>Sesión detenida; algo dolió</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="686"/>
        <source>not asked</source>
        <extracomment>backtimer/ui/player/summary.py:105</extracomment>
        <translation>no preguntado</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="688"/>
        <source>Routine completed, but something hurt</source>
        <extracomment>backtimer/ui/player/summary.py:55</extracomment>
        <translation>Rutina completada, pero algo dolió</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="690"/>
        <source>Routine completed</source>
        <extracomment>backtimer/ui/player/summary.py:55</extracomment>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="692"/>
        <source>Time exercised</source>
        <extracomment>backtimer/ui/player/summary.py:81</extracomment>
        <translation>Tiempo de ejercicio</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="694"/>
        <source>Whole session</source>
        <extracomment>backtimer/ui/player/summary.py:82</extracomment>
        <translation>Sesión completa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="696"/>
        <source>Exercises done</source>
        <extracomment>backtimer/ui/player/summary.py:83</extracomment>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="698"/>
        <source>Exercises skipped</source>
        <extracomment>backtimer/ui/player/summary.py:84</extracomment>
        <translation>Ejercicios saltados</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="700"/>
        <source>Exercises that hurt</source>
        <extracomment>backtimer/ui/player/summary.py:85</extracomment>
        <translation>Ejercicios que dolieron</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="702"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/player/summary.py:89</extracomment>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="704"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/player/summary.py:90</extracomment>
        <translation>Dolor después</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="706"/>
        <source>%n weeks in a row</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>
            <numerusform>%n semana seguida</numerusform>
            <numerusform>%n semanas seguidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="708"/>
        <source>none yet</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="710"/>
        <source>Session summary</source>
        <extracomment>backtimer/ui/player/summary.py:114</extracomment>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="712"/>
        <source>Close</source>
        <extracomment>backtimer/ui/player/summary.py:134</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="714"/>
        <source>Exercises not reached</source>
        <extracomment>backtimer/ui/player/summary.py:88</extracomment>
        <translation>Ejercicios no alcanzados</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="716"/>
        <source>This week</source>
        <extracomment>backtimer/ui/player/summary.py:95</extracomment>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="718"/>
        <source>Weekly goal streak</source>
        <extracomment>backtimer/ui/player/summary.py:100</extracomment>
        <translation>Racha de objetivos semanales</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="720"/>
        <source>{n} of 10</source>
        <extracomment>backtimer/ui/player/summary.py:105</extracomment>
        <translation>{n} de 10</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="722"/>
        <source>{n} of {total}</source>
        <extracomment>backtimer/ui/player/summary.py:83</extracomment>
        <translation>{n} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="724"/>
        <source>{n} of %n sessions</source>
        <extracomment>backtimer/ui/player/summary.py:96</extracomment>
        <translation>
            <numerusform>{n} de %n sesión</numerusform>
            <numerusform>{n} de %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncNotice</name>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="57"/>
        <source>Sync: skipped %1, which is incomplete or damaged (perhaps still being copied).</source>
        <translation>Sincronización: se omitió %1, que está incompleto o dañado (quizá aún se está copiando).</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="61"/>
        <source>Sync: skipped %1, written by a newer BackTimer. Update BackTimer to read it.</source>
        <translation>Sincronización: se omitió %1, escrito por un BackTimer más reciente. Actualice BackTimer para leerlo.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="65"/>
        <source>Sync: some routine changes in %1 were damaged and were skipped.</source>
        <translation>Sincronización: algunos cambios de rutinas en %1 estaban dañados y se omitieron.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="68"/>
        <source>Sync: also read %1, a conflict copy made by the sync tool.</source>
        <translation>Sincronización: también se leyó %1, una copia de conflicto creada por la herramienta de sincronización.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="71"/>
        <source>Sync: the sessions in %1 could not be read and were skipped.</source>
        <translation>Sincronización: no se pudieron leer las sesiones de %1 y se omitieron.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="74"/>
        <source>Sync: a routine from another computer could not be read and was skipped.</source>
        <translation>Sincronización: no se pudo leer una rutina de otro ordenador y se omitió.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="78"/>
        <source>Sync: skipped %1, which is not a BackTimer journal.</source>
        <translation>Sincronización: se omitió %1, que no es un diario de BackTimer.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="908"/>
        <source>Sync cannot use %1: it holds BackTimer&apos;s own data folder or is inside it, and a sync tool would copy the live history file and damage it.</source>
        <extracomment>backtimer/ui/sync_service.py:43</extracomment>
        <translation>La sincronización no puede usar %1: contiene la carpeta de datos de BackTimer o está dentro de ella, y un programa de sincronización copiaría el archivo de historial en uso y lo dañaría.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="910"/>
        <source>Sync cannot use %1: it is not a folder, or it does not exist.</source>
        <extracomment>backtimer/ui/sync_service.py:47</extracomment>
        <translation>La sincronización no puede usar %1: no es una carpeta o no existe.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="912"/>
        <source>Sync cannot use %1: BackTimer cannot write to it.</source>
        <extracomment>backtimer/ui/sync_service.py:48</extracomment>
        <translation>La sincronización no puede usar %1: BackTimer no puede escribir en ella.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="914"/>
        <source>Sync cannot use %1.</source>
        <extracomment>backtimer/ui/sync_service.py:49</extracomment>
        <translation>La sincronización no puede usar %1.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="916"/>
        <source>Sync failed: %1</source>
        <extracomment>backtimer/ui/sync_service.py:224</extracomment>
        <translation>Falló la sincronización: %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="918"/>
        <source>Sync could not write to %1: %2</source>
        <extracomment>backtimer/ui/sync_service.py:209</extracomment>
        <translation>La sincronización no pudo escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="30"/>
        <source>Sync between computers</source>
        <translation>Sincronizar entre ordenadores</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="33"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="36"/>
        <source>A folder that Syncthing, Nextcloud or Dropbox keeps the same on each computer</source>
        <translation>Una carpeta que Syncthing, Nextcloud o Dropbox mantiene igual en cada ordenador</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="38"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="39"/>
        <location filename="../backtimer/ui/sync_settings.py" line="102"/>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="46"/>
        <source>A folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same on each computer. BackTimer keeps a journal there; its history file stays here.</source>
        <translation>Una carpeta que su herramienta de sincronización (Syncthing, Nextcloud, Dropbox) mantiene igual en cada ordenador. BackTimer guarda allí un diario; su archivo de historial se queda aquí.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="60"/>
        <source>S&amp;ync folder</source>
        <translation>Carpeta de s&amp;incronización</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="92"/>
        <source>This folder holds BackTimer&apos;s own data folder, or is inside it. A sync tool would copy the live history file and damage it: choose a separate folder.</source>
        <translation>Esta carpeta contiene la carpeta de datos de BackTimer o está dentro de ella. Una herramienta de sincronización copiaría el archivo del historial en uso y lo dañaría: elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="95"/>
        <source>There is no such folder.</source>
        <translation>Esa carpeta no existe.</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="96"/>
        <source>BackTimer cannot write to this folder.</source>
        <translation>BackTimer no puede escribir en esta carpeta.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="920"/>
        <source>BackTimer tray menu</source>
        <extracomment>backtimer/ui/tray.py:74</extracomment>
        <translation>Menú de BackTimer en la bandeja</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="922"/>
        <source>Start the routine you used last</source>
        <extracomment>backtimer/ui/tray.py:76</extracomment>
        <translation>Empezar la última rutina usada</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="924"/>
        <source>Pause</source>
        <extracomment>backtimer/ui/tray.py:77</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="926"/>
        <source>Pause or resume the session under way</source>
        <extracomment>backtimer/ui/tray.py:78</extracomment>
        <translation>Pausar o reanudar la sesión en curso</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="928"/>
        <source>Show BackTimer</source>
        <extracomment>backtimer/ui/tray.py:79</extracomment>
        <translation>Mostrar BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="930"/>
        <source>Bring the BackTimer window to the front</source>
        <extracomment>backtimer/ui/tray.py:80</extracomment>
        <translation>Traer al frente la ventana de BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="932"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/tray.py:81</extracomment>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="934"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/tray.py:82</extracomment>
        <translation>Cerrar BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="936"/>
        <source>Time for your back routine. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:142</extracomment>
        <translation>Hora de su rutina de espalda. Haga clic para abrir BackTimer.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="938"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/tray.py:145</extracomment>
        <translation>Recordatorio de BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="940"/>
        <source>Start</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="942"/>
        <source>Resume</source>
        <extracomment>backtimer/ui/tray.py:116</extracomment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="944"/>
        <source>Time for {routine}. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:140</extracomment>
        <translation>Hora de {routine}. Haga clic para abrir BackTimer.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="946"/>
        <source>BackTimer: {routine} is paused</source>
        <extracomment>backtimer/ui/tray.py:120</extracomment>
        <translation>BackTimer: {routine} está en pausa</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="948"/>
        <source>Start {routine}</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation>Empezar {routine}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="950"/>
        <source>BackTimer: {routine} is under way</source>
        <extracomment>backtimer/ui/tray.py:122</extracomment>
        <translation>BackTimer: {routine} en curso</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="956"/>
        <source>The voice could not be started; using tones.</source>
        <extracomment>backtimer/ui/voice.py:233</extracomment>
        <translation>No se pudo iniciar la voz; se usan tonos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="954"/>
        <source>The voice stopped; using tones.</source>
        <extracomment>backtimer/ui/voice.py:241</extracomment>
        <translation>La voz se detuvo; se usan tonos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="960"/>
        <source>The voice failed; using tones.</source>
        <extracomment>backtimer/ui/voice.py:277</extracomment>
        <translation>La voz falló; se usan tonos.</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="958"/>
        <source>The voice did not start within {0} s; using tones.</source>
        <extracomment>backtimer/ui/voice.py:228</extracomment>
        <translation>La voz no se inició en {0} s; se usan tonos.</translation>
    </message>
</context>
</TS>
