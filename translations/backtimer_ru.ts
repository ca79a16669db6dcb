<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../backtimer/app.py" line="328"/>
        <source>Voice is off ({why}); the tones go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="324"/>
        <source>Time for your back routine: {name}. Press Space to start.</source>
        <extracomment>backtimer/app.py:302</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="326"/>
        <source>&amp;Routines</source>
        <extracomment>backtimer/app.py:134</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="328"/>
        <source>&amp;History</source>
        <extracomment>backtimer/app.py:135</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="330"/>
        <source>The reminder&apos;s routine {name} is gone; here is the last one.</source>
        <extracomment>backtimer/app.py:276</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="332"/>
        <source>Loaded {name}: press Space to start.</source>
        <extracomment>backtimer/app.py:173</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="13"/>
        <source>Supine lower-back lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="14"/>
        <source>Lying on your back, raise and lower the lower back using the muscles around the waist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="15"/>
        <source>Lie on your back on a mat with knees bent and feet flat, about hip-width apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="16"/>
        <source>Leave your shoulders and upper back resting on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="17"/>
        <source>Tense the lower back and lift it, and the hips with it, off the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="18"/>
        <source>Lower it slowly and begin the next lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="19"/>
        <source>Let the lower back do the work, not the arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="20"/>
        <source>Breathe out as you rise, in as you lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="21"/>
        <source>Stop straight away if it hurts; working muscles may tire, but nothing should be painful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="22"/>
        <source>Breathe in an even rhythm and lift without straining or jerking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="23"/>
        <source>The article gives no count. BackTimer suggests 10 slow lifts of about 4 seconds each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="24"/>
        <source>mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="25"/>
        <source>Supine leg kicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="26"/>
        <source>Propped on the elbows, bend and stretch one leg at a time while the lower back stays firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="27"/>
        <source>Lie on your back with head and shoulders down, hands on the lower ribs and elbows pressing into the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="28"/>
        <source>Bend one knee to a right angle and plant that foot for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="29"/>
        <source>Bend and stretch the other leg in a slow kick, keeping the lower back firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="30"/>
        <source>Finish the count, then change legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="31"/>
        <source>Back straight and braced throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="32"/>
        <source>Drive each kick from the lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="33"/>
        <source>Keep the back long and firm, and move slowly and under control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="34"/>
        <source>The article gives no count. BackTimer suggests 10 kicks of about 3 seconds with each leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="35"/>
        <source>Prone flying with hand shakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="36"/>
        <source>Face down, lift the lower legs and spread the arms like wings, shaking the hands as you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="37"/>
        <source>Lie face down on a mat with the legs together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="38"/>
        <source>Tense the whole back of the body and raise the lower legs off the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="39"/>
        <source>Spread the arms out to the sides like wings and lift them a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="40"/>
        <source>Keep the hands shaking loosely until the time is up, then lower and relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="41"/>
        <source>Balance with the lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="42"/>
        <source>Keep breathing while you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="43"/>
        <source>The article sets no time. BackTimer holds the pose for 20 seconds; lengthen it as you get stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="44"/>
        <source>Prone arm raises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="45"/>
        <source>In the same face-down pose, raise the arms toward the head and lower them again without rocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="46"/>
        <source>Lie face down with the back of the body tensed and the lower legs lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="47"/>
        <source>Reach the arms forward beyond the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="48"/>
        <source>Raise them off the floor, then lower them under control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="49"/>
        <source>Repeat at a steady pace while the body stays still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="50"/>
        <source>Small, controlled movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="51"/>
        <source>No rocking from side to side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="52"/>
        <source>The article gives no count. BackTimer suggests 10 raises of about 4 seconds each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="53"/>
        <source>Swallow fly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="54"/>
        <source>Face down with the hands on the back, lift head, chest and feet so the body curves into a U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="55"/>
        <source>Lie face down on a bed or mat, with no pillow under your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="56"/>
        <source>Rest both hands on your lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="57"/>
        <source>Lift head, chest and feet off the surface together so the body curves like a shallow U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="58"/>
        <source>Hold the curve, then lower and rest before the next lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="59"/>
        <source>Chest and feet rise at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="60"/>
        <source>Neck long, eyes on the floor ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="61"/>
        <source>Do only as many as you can do well; more is not better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="62"/>
        <source>The article says to hold for about five seconds, rest, and repeat as your strength allows. BackTimer plans 6 holds of 5 seconds with 10 seconds of rest between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="63"/>
        <source>Bent-leg deadlift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="64"/>
        <source>Knees bent and back flat, raise a barbell by straightening the legs and pause at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="65"/>
        <source>Stand with the toes turned out a little and the barbell in front of your shins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="66"/>
        <source>Bend the knees and grip the bar with hands shoulder-width apart or slightly wider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="67"/>
        <source>Chest up, back tight and hips raised, lean the upper body forward about 45 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="68"/>
        <source>Straighten the knees to raise the bar, open the shoulders and hold for 2 seconds at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="69"/>
        <source>Bend the knees to lower the bar slowly, stopping just before it reaches the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="70"/>
        <source>The legs drive the lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="71"/>
        <source>The bar stays off the floor between reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="72"/>
        <source>Pause 2 seconds at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="73"/>
        <source>A loaded lift: learn the technique first, ideally with a trainer watching, and stop if your form slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="74"/>
        <source>Start with a light bar and add weight only when every rep looks the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="75"/>
        <source>The article asks for a 2-second pause at the top but gives no count. BackTimer allows 5 seconds per rep (rise, pause, slow lowering) and suggests 8 reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="76"/>
        <source>barbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="77"/>
        <source>Prone push-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="78"/>
        <source>Face down with arms overhead, lift the arms, upper back and legs while belly and thighs stay down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="79"/>
        <source>Lie face down on a mat, legs straight and together, arms stretched past your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="80"/>
        <source>Press the belly and the fronts of the thighs into the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="81"/>
        <source>Raise the arms, upper back and legs upward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="82"/>
        <source>Pause at the top and squeeze the back muscles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="83"/>
        <source>Come down slowly to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="84"/>
        <source>Belly and thighs stay on the mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="85"/>
        <source>Squeeze at the top, lower slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="86"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each to leave time for the pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="87"/>
        <source>Prone towel row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="88"/>
        <source>Face down holding a towel overhead, pull it toward the chest by bending the elbows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="89"/>
        <source>Lie face down on a mat and hold a towel by both ends, hands above your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="90"/>
        <source>Keep hips and thighs on the mat and raise the upper body with the towel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="91"/>
        <source>Bend the elbows and draw the towel down toward your chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="92"/>
        <source>Stop at the top and squeeze the back, then return slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="93"/>
        <source>Keep the towel taut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="94"/>
        <source>Elbows slide in toward the ribs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="95"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="96"/>
        <source>towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="97"/>
        <source>Prone arm circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="98"/>
        <source>With the upper back lifted, sweep the arms in circles from overhead down toward the hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="99"/>
        <source>Lie face down on a mat and lift the upper back; the rest of you stays on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="100"/>
        <source>Sweep both arms in a wide circle from above the head down toward the thighs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="101"/>
        <source>Bring them back around and keep circling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="102"/>
        <source>Feel the lower back and the muscles beside the spine working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="103"/>
        <source>Upper back stays lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="104"/>
        <source>Smooth, even circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="105"/>
        <source>The heading asks for 15 to 20; the text also suggests 4 to 5 rounds of 20 to 25. BackTimer&apos;s default is one set of 15 at about 3 seconds per circle; the home routine uses 4 sets of 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="106"/>
        <source>Prone breaststroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="107"/>
        <source>Face down with chest and legs lifted, sweep the arms back toward the thighs like a swimmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="108"/>
        <source>Lie face down, belly and hips on the mat, arms reaching forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="109"/>
        <source>Lift the chest and legs off the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="110"/>
        <source>As the upper body rises, sweep the arms out and back to the sides of the thighs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="111"/>
        <source>Pause, then bring the arms forward again to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="112"/>
        <source>Legs stay up for the whole set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="113"/>
        <source>Back long and straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="114"/>
        <source>Reverse row under a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="115"/>
        <source>Lying under a sturdy table, hold its edge and pull your body up with the back muscles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="116"/>
        <source>Lie on your back under a sturdy table, knees bent and feet flat on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="117"/>
        <source>Reach up and grip the table edge with both hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="118"/>
        <source>Brace the trunk so the body stays straight from shoulders to knees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="119"/>
        <source>Bend the elbows and pull the chest toward the table, then pause and squeeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="120"/>
        <source>Lower yourself slowly and under control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="121"/>
        <source>Body straight, core tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="122"/>
        <source>Pull with the back, not only the arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="123"/>
        <source>Make sure the table is solid and cannot tip or slide before you pull on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="124"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="125"/>
        <source>Prone double-end lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="126"/>
        <source>Face down, lift the upper body and the legs together and squeeze the lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="127"/>
        <source>Lie face down on a mat, arms by your sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="128"/>
        <source>Raise the chest and the legs at the same time while the hips stay on the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="129"/>
        <source>Squeeze the lower back firmly at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="130"/>
        <source>Lower both ends together and go again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="131"/>
        <source>Both ends rise together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="132"/>
        <source>A short squeeze at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="133"/>
        <source>The article compares it to the swallow fly and suggests 4 to 5 rounds of 20 to 25. BackTimer takes the lower end: 4 sets of 20, about 3 seconds each, with 30 seconds of rest between sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="134"/>
        <source>Abdominal drawing-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="135"/>
        <source>Pull the navel in, away from the waistband, and hold it while breathing normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="136"/>
        <source>Lie on your back with knees bent and feet flat on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="137"/>
        <source>Breathe out and gently draw your navel in toward the spine, away from your waistband.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="138"/>
        <source>Hold it there while you go on breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="139"/>
        <source>Let go slowly and rest before the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="140"/>
        <source>Breathe; never hold your breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="141"/>
        <source>Back and hips stay still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="142"/>
        <source>The article names the exercise without a dose. BackTimer suggests 8 holds of 6 seconds with 4 seconds of rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="143"/>
        <source>Prone opposite arm and leg lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="144"/>
        <source>Face down, raise one arm together with the opposite leg, lower them, and repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="145"/>
        <source>Lie face down on a mat with arms stretched forward and legs straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="146"/>
        <source>On the left side, raise the left arm and the right leg a little way together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="147"/>
        <source>Hold briefly, lower both and repeat for the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="148"/>
        <source>After the switch, lift the right arm with the left leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="149"/>
        <source>Hips stay flat on the mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="150"/>
        <source>Reach long rather than high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="151"/>
        <source>The article only says to repeat it. BackTimer suggests 8 lifts of about 4 seconds for each pairing: left arm with right leg, then right arm with left leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="152"/>
        <source>Forearm plank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="153"/>
        <source>Hold the body in one straight line, resting on the forearms and toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="154"/>
        <source>Lie face down with elbows under the shoulders and forearms on the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="155"/>
        <source>Tuck the toes under and lift the body off the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="156"/>
        <source>Make a straight line from head to heels, with the belly drawn in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="157"/>
        <source>Hold for the time, then lower to the knees and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="158"/>
        <source>Hips neither sagging nor piked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="159"/>
        <source>Keep breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="160"/>
        <source>The article gives no time. BackTimer suggests 3 holds of 20 seconds with 20 seconds of rest; build toward 30 seconds as it gets easier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="161"/>
        <source>Band core rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="162"/>
        <source>Standing with straight arms, turn the trunk against a resistance band anchored at your side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="163"/>
        <source>Anchor a resistance band at chest height and stand side-on to it, feet shoulder-width apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="164"/>
        <source>Hold the band with both hands, arms straight out in front of the chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="165"/>
        <source>Turn the trunk away from the anchor, keeping arms and back straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="166"/>
        <source>Return slowly; after the switch, face the other way to work the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="167"/>
        <source>Arms and back stay straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="168"/>
        <source>Turn from the trunk, hips steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="169"/>
        <source>The article gives no count. BackTimer suggests 10 slow turns of about 4 seconds to each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="170"/>
        <source>resistance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="171"/>
        <source>Hyperextension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="172"/>
        <source>On a hyperextension bench, lower the trunk and rise back to a straight line with the lower back gently arched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="173"/>
        <source>Set the bench so the pad sits under the top half of your pelvis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="174"/>
        <source>Cross your hands over your chest or rest them behind your head; draw the shoulder blades back and keep the head a little up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="175"/>
        <source>Bend forward only as far as you can keep the natural curve of the lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="176"/>
        <source>Rise until the body is in line with the legs, and no further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="177"/>
        <source>Back straight at all times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="178"/>
        <source>Rise to a straight line, never beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="179"/>
        <source>Use the bench only with sound technique, ideally shown to you by a trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="180"/>
        <source>At home on a couch, do it only with a spotter holding your legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="181"/>
        <source>The article suggests one set of 15 the first time, building later to 3 sets. BackTimer&apos;s default is that first set of 15, about 4 seconds per rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="182"/>
        <source>hyperextension bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="183"/>
        <source>Deadlift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="184"/>
        <source>Lift a barbell from the floor to standing with a flat back, driving through the legs and hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="185"/>
        <source>Stand with the bar over the middle of your feet, feet about hip-width apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="186"/>
        <source>Hinge at the hips and bend the knees to grip the bar just outside the legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="187"/>
        <source>Brace the trunk with the chest up and the back flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="188"/>
        <source>Push through the feet and stand up, keeping the bar close to the legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="189"/>
        <source>Lower it the same way, under control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="190"/>
        <source>Bar close to the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="191"/>
        <source>Back flat from start to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="192"/>
        <source>Try it only once the basic exercises feel easy and free of pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="193"/>
        <source>The article gives no dose and treats it as a heavier step for later. BackTimer suggests 8 reps at your own pace (press Done) with a light bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="194"/>
        <source>Bent-over row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="195"/>
        <source>Leaning forward with a flat back, pull a barbell up to the lower ribs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="196"/>
        <source>Hold a barbell with hands a little wider than the shoulders, knees soft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="197"/>
        <source>Hinge forward at the hips until the upper body leans well forward, back flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="198"/>
        <source>Pull the bar to the lower ribs, squeezing the shoulder blades together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="199"/>
        <source>Lower it slowly until the arms are straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="200"/>
        <source>Trunk stays still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="201"/>
        <source>Elbows travel back, close to the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="202"/>
        <source>Partial curls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="203"/>
        <source>On your back with knees bent, curl the head and upper chest up while the lower back stays down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="204"/>
        <source>Lie on a mat with knees bent and hands resting on your chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="205"/>
        <source>Curl the head and upper chest up off the mat, only as far as is comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="206"/>
        <source>Keep the lower back pressed to the mat throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="207"/>
        <source>After the first set, move your hands behind your head for the second set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="208"/>
        <source>Lower back stays down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="209"/>
        <source>Move slowly and notice any pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="210"/>
        <source>Begin only once any back pain has turned dull and is easing, never while it is sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="211"/>
        <source>The article asks for 10 with the hands on the chest, then 10 with the hands behind the head. BackTimer runs this as 2 sets of 10, about 4 seconds each, with 15 seconds between to move the hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="212"/>
        <source>Heel-reach rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="213"/>
        <source>On your back with the arms hovering, bend sideways to reach one hand toward the heel on that side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="214"/>
        <source>Lie on your back, knees bent and feet flat, arms along your sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="215"/>
        <source>Lift the arms so they hover just above the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="216"/>
        <source>Bend the trunk sideways and reach the hand toward the heel on the same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="217"/>
        <source>Return to the centre and repeat; after the switch, reach toward the other heel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="218"/>
        <source>Arms hover, never resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="219"/>
        <source>Bend sideways without lifting the hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="220"/>
        <source>The article asks for 10 on each side. BackTimer counts 10 reaches of about 3 seconds on the left, then 10 on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="221"/>
        <source>Superman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="222"/>
        <source>Face down with arms forward and palms together, lift the body slightly off the mat and lower it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="223"/>
        <source>Lie face down on a mat with arms stretched forward and palms pressed together, like a diver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="224"/>
        <source>Arch gently so that chest, arms and legs rise a little off the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="225"/>
        <source>Hold the tension for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="226"/>
        <source>Lower slowly and relax before the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="227"/>
        <source>A small lift is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="228"/>
        <source>Keep the tension as you lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="229"/>
        <source>The article asks for 10. BackTimer paces them at about 4 seconds each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="230"/>
        <source>Cat stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="231"/>
        <source>On hands and knees, hollow the lower back with the head up, then round the back with the head down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="232"/>
        <source>Kneel on all fours, hands under the shoulders and knees under the hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="233"/>
        <source>Let the lower back sink into an arch while you lift your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="234"/>
        <source>Then push the back up into a round and let the head drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="235"/>
        <source>Move slowly between the two shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="236"/>
        <source>Slow and smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="237"/>
        <source>Only as far as feels comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="238"/>
        <source>The article asks for 10. BackTimer gives each arch-and-round about 5 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="239"/>
        <source>Back fundamentals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="240"/>
        <source>The basic strengthening set from the fourth article (003_bb2363511375c3bc.txt): drawing-in, opposite arm and leg lifts, the plank, band rotations and hyperextensions. Do it 4 to 5 times a week, always after the warm-up. Ask your doctor before you start, and stop if anything hurts. Grow the time or difficulty a little at a time. Once your back is clearly stronger, the deadlift and the bent-over row are heavier options for later, with sound technique or a trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="241"/>
        <source>Warm-up: slow, easy movements to loosen the back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="242"/>
        <source>Needs a hyperextension bench, or a couch with a spotter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="243"/>
        <source>Floor basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="244"/>
        <source>Four floor exercises that work the lower back, two on your back and two face down, taken from the first article (000_88aeeae81530ba78.txt). Good for building lower-back strength that upper-back training tends to miss. Keep the breathing steady and never force a lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="245"/>
        <source>Warm-up: gentle holds to wake up the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="246"/>
        <source>Gentle start after back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="247"/>
        <source>An entry-level set from the fifth article (004_b60a387a6788c37c.txt) for when back pain has turned dull and is fading; wait while it is still sharp. Abdominal curls and side reaches come first, because the belly muscles support the spine too, then two easy back exercises. No gym needed. The harder next step is the hyperextension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="248"/>
        <source>First set hands on the chest, second set hands behind the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="249"/>
        <source>Home back workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="250"/>
        <source>Six face-down and table exercises for people who spend the day bent over a desk or a phone, from the third article (002_be902267e7eb699b.txt). Each is done 15 times; the arm circles and the double-end lift come in 4 sets of 20. You need a mat, a towel and a sturdy table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="251"/>
        <source>Swallow fly and bent-leg deadlift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="252"/>
        <source>Short holds of the swallow fly followed by the bent-leg deadlift with a barbell, as in the second article (001_91405eeb505fef34.txt). Strong lower-back muscles help keep the spine stable. Adjust the numbers to your own ability: more is not better. The deadlift needs a barbell and sound technique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="253"/>
        <source>Then fetch the barbell; start light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="254"/>
        <source>Rise, pause 2 seconds at the top, lower slowly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../backtimer/ui/countdown.py" line="42"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="334"/>
        <source>Sound cues could not be played on this audio device.</source>
        <extracomment>backtimer/ui/audio.py:188</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="336"/>
        <source>No audio output device was found: sound cues are off.</source>
        <extracomment>backtimer/ui/audio.py:111</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="338"/>
        <source>Sound files are missing: {0}</source>
        <extracomment>backtimer/ui/audio.py:116</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="340"/>
        <source>Exercises must not hurt. Skip this one, or end the session for today.</source>
        <extracomment>backtimer/ui/dialogs.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="342"/>
        <source>It hurts</source>
        <extracomment>backtimer/ui/dialogs.py:72</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="344"/>
        <source>If the pain stays or comes back, see a doctor.</source>
        <extracomment>backtimer/ui/dialogs.py:77</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="346"/>
        <source>Skip this exercise</source>
        <extracomment>backtimer/ui/dialogs.py:80</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="348"/>
        <source>End the session</source>
        <extracomment>backtimer/ui/dialogs.py:81</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="350"/>
        <source>End the session?</source>
        <extracomment>backtimer/ui/dialogs.py:93</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="352"/>
        <source>End this session now? What you did so far is kept in your history.</source>
        <extracomment>backtimer/ui/dialogs.py:94</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="354"/>
        <source>Before you start</source>
        <extracomment>backtimer/ui/dialogs.py:43</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="356"/>
        <source>Safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:53</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="358"/>
        <source>I understand</source>
        <extracomment>backtimer/ui/dialogs.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="360"/>
        <source>I understand the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="362"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/dialogs.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="364"/>
        <source>Quit BackTimer</source>
        <extracomment>backtimer/ui/dialogs.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="366"/>
        <source>{name} was stopped and noted as painful.</source>
        <extracomment>backtimer/ui/dialogs.py:73</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="368"/>
        <source>Time exercised</source>
        <extracomment>backtimer/ui/dialogs.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="370"/>
        <source>Whole session</source>
        <extracomment>backtimer/ui/dialogs.py:113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="372"/>
        <source>Paused</source>
        <extracomment>backtimer/ui/dialogs.py:114</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="374"/>
        <source>Done</source>
        <extracomment>backtimer/ui/dialogs.py:115</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="376"/>
        <source>Skipped</source>
        <extracomment>backtimer/ui/dialogs.py:116</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="378"/>
        <source>Hurt</source>
        <extracomment>backtimer/ui/dialogs.py:117</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="380"/>
        <source>Session summary</source>
        <extracomment>backtimer/ui/dialogs.py:126</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="382"/>
        <source>Close</source>
        <extracomment>backtimer/ui/dialogs.py:130</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="384"/>
        <source>Close the summary</source>
        <extracomment>backtimer/ui/dialogs.py:131</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="386"/>
        <source>Keyboard shortcuts</source>
        <extracomment>backtimer/ui/dialogs.py:144</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="388"/>
        <source>Next time, try the easier {easier} instead.</source>
        <extracomment>backtimer/ui/dialogs.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="390"/>
        <source>Keys</source>
        <extracomment>backtimer/ui/dialogs.py:150</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="392"/>
        <source>Press any key to close.</source>
        <extracomment>backtimer/ui/dialogs.py:151</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="394"/>
        <source>Train your back safely</source>
        <extracomment>backtimer/ui/dialogs.py:47</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="396"/>
        <source>Add “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:143</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="398"/>
        <source>Remove “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:155</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="400"/>
        <source>Move item {a} to place {b}</source>
        <extracomment>backtimer/ui/editor/commands.py:168</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="402"/>
        <source>Change item {n}</source>
        <extracomment>backtimer/ui/editor/commands.py:184</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="404"/>
        <source>Set every rest to {s} s</source>
        <extracomment>backtimer/ui/editor/commands.py:244</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="406"/>
        <source>New exercise “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:262</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorModels</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="408"/>
        <source>Your routine</source>
        <extracomment>backtimer/ui/editor/models.py:93</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="410"/>
        <source>Built-in routine: read-only. Duplicate it to make your own copy.</source>
        <extracomment>backtimer/ui/editor/models.py:92</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="412"/>
        <source> (custom)</source>
        <extracomment>backtimer/ui/editor/models.py:333</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="414"/>
        <source>{name}: about {time}, its rest included</source>
        <extracomment>backtimer/ui/editor/models.py:200</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="416"/>
        <source>{name} (built-in)</source>
        <extracomment>backtimer/ui/editor/models.py:89</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="150"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="205"/>
        <source>Planned time: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="212"/>
        <source>built-in, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="214"/>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="216"/>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="224"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="224"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="226"/>
        <source>item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="228"/>
        <source>Cannot be saved: {place}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="230"/>
        <source>(and {n} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="287"/>
        <source>Add {n} exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="341"/>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="346"/>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="348"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="349"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="350"/>
        <source>Gym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="359"/>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="391"/>
        <source>Save routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="407"/>
        <location filename="../backtimer/ui/editor/page.py" line="417"/>
        <location filename="../backtimer/ui/editor/page.py" line="449"/>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="415"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="416"/>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="442"/>
        <source>{name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="459"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="463"/>
        <source>Duplicate routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="476"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="476"/>
        <source>Save or revert your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="480"/>
        <location filename="../backtimer/ui/editor/page.py" line="487"/>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="480"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="502"/>
        <source>Deleted “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="516"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="529"/>
        <location filename="../backtimer/ui/editor/page.py" line="540"/>
        <source>Import routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="529"/>
        <location filename="../backtimer/ui/editor/page.py" line="555"/>
        <source>BackTimer routines (*.backtimer.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="537"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="553"/>
        <location filename="../backtimer/ui/editor/page.py" line="565"/>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="92"/>
        <location filename="../backtimer/ui/editor/view.py" line="95"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="100"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="100"/>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="103"/>
        <source>Duplicate routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="104"/>
        <source>Make an editable copy of this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="107"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="107"/>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="107"/>
        <source>Rename this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="110"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="110"/>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="110"/>
        <source>Delete this routine (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="113"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="113"/>
        <source>Import routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="113"/>
        <source>Import a routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="116"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="116"/>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="116"/>
        <source>Save this routine to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="138"/>
        <location filename="../backtimer/ui/editor/view.py" line="313"/>
        <location filename="../backtimer/ui/editor/view.py" line="329"/>
        <location filename="../backtimer/ui/editor/view.py" line="337"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="138"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="138"/>
        <source>Bring the deleted routine back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="151"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="159"/>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="161"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="163"/>
        <location filename="../backtimer/ui/editor/view.py" line="166"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="169"/>
        <location filename="../backtimer/ui/editor/view.py" line="174"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="170"/>
        <location filename="../backtimer/ui/editor/view.py" line="189"/>
        <source>Lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="171"/>
        <source>Countdown before the first exercise (0–600 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="175"/>
        <location filename="../backtimer/ui/editor/view.py" line="185"/>
        <source>Default rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="176"/>
        <source>Rest after each exercise you add (0–1800 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="178"/>
        <source>Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="179"/>
        <source>Apply default rest to all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="180"/>
        <source>Give every item this rest after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="191"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="194"/>
        <source>Items of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="195"/>
        <source>Drag to reorder; Alt+Up / Alt+Down moves; Del removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="206"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="206"/>
        <source>Move item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="206"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="209"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="209"/>
        <source>Move item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="209"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="212"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="212"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="212"/>
        <source>Remove the item (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="223"/>
        <source>Planned time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="232"/>
        <source>What stops saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="236"/>
        <location filename="../backtimer/ui/editor/view.py" line="317"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="236"/>
        <source>Save routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="236"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Throw away unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="243"/>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Run in player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="245"/>
        <source>Run this routine in the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="258"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="260"/>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="261"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="266"/>
        <source>Filter by position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="268"/>
        <source>Filter by equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="270"/>
        <source>Filter by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="280"/>
        <source>Exercises to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="282"/>
        <source>Double-click or Enter adds; or drag into the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="290"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="290"/>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="290"/>
        <source>Add after the current item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="293"/>
        <source>New exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="294"/>
        <source>New custom exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="295"/>
        <source>Describe an exercise of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="315"/>
        <location filename="../backtimer/ui/editor/view.py" line="330"/>
        <location filename="../backtimer/ui/editor/view.py" line="338"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="320"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="321"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="67"/>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="72"/>
        <source>Exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="75"/>
        <source>Instructions, one step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="76"/>
        <source>One step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="78"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="97"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="82"/>
        <source>Equipment, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="83"/>
        <source>mat, towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="84"/>
        <source>Done one side at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="85"/>
        <source>One-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="86"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="87"/>
        <source>Choose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="88"/>
        <source>Choose picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="96"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="98"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="103"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="144"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="123"/>
        <source>The exercise needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="125"/>
        <source>Write at least one step of instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="134"/>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="134"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="51"/>
        <source>Exercise illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="168"/>
        <source>Picture of the exercise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="171"/>
        <source>Animated figure showing %1, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="173"/>
        <source>Animated figure showing %1, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="175"/>
        <source>Animated figure showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="178"/>
        <location filename="../backtimer/ui/figure_widget.py" line="180"/>
        <source>No illustration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="310"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="311"/>
        <source>{reps} reps × {pace} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="312"/>
        <source>1 rep × {pace} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="313"/>
        <source>{reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="314"/>
        <source>1 rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="315"/>
        <source>{holds} × {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="316"/>
        <source>{sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="317"/>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="318"/>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="418"/>
        <source>not given</source>
        <extracomment>backtimer/ui/history/charts.py:321</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="420"/>
        <source>History charts</source>
        <extracomment>backtimer/ui/history/charts.py:107</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="422"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/history/charts.py:118</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="424"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/history/charts.py:119</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="426"/>
        <source>Pain before and after (0–10)</source>
        <extracomment>backtimer/ui/history/charts.py:120</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="428"/>
        <source>Before</source>
        <extracomment>backtimer/ui/history/charts.py:141</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="430"/>
        <source>After</source>
        <extracomment>backtimer/ui/history/charts.py:144</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="432"/>
        <source>1 session</source>
        <extracomment>backtimer/ui/history/charts.py:307</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="434"/>
        <source>goal of %1 met</source>
        <extracomment>backtimer/ui/history/charts.py:310</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="436"/>
        <source>goal of %1 not met</source>
        <extracomment>backtimer/ui/history/charts.py:310</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="438"/>
        <source>goal %1</source>
        <extracomment>backtimer/ui/history/charts.py:236</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="440"/>
        <source>%1 minutes exercised</source>
        <extracomment>backtimer/ui/history/charts.py:306</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="442"/>
        <source>%1 sessions</source>
        <extracomment>backtimer/ui/history/charts.py:307</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="444"/>
        <source>Pain before: %1</source>
        <extracomment>backtimer/ui/history/charts.py:327</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="446"/>
        <source>Pain after: %1</source>
        <extracomment>backtimer/ui/history/charts.py:328</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="448"/>
        <source>Week %1 of %2, from %3</source>
        <extracomment>backtimer/ui/history/charts.py:302</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="134"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="145"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="157"/>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="160"/>
        <location filename="../backtimer/ui/history/page.py" line="163"/>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="161"/>
        <source>Delete the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="167"/>
        <location filename="../backtimer/ui/history/page.py" line="176"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="177"/>
        <source>Undo the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="187"/>
        <source> a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="188"/>
        <source>Weekly goal, sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="189"/>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="192"/>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="194"/>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="195"/>
        <source>Show the last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="196"/>
        <source>All weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="197"/>
        <source>Show all weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="285"/>
        <source>Stopped for pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="308"/>
        <source>Delete the session of %1 (%2)? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="310"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="313"/>
        <source>Deleted the session of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="385"/>
        <source>No session selected. Finished sessions appear in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="404"/>
        <source>No streak yet: meet the goal this week to start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="406"/>
        <source>Streak: 1 week meeting the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="409"/>
        <source>Streak: %1+ weeks in a row meeting the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="411"/>
        <source>Streak: %1 weeks in a row meeting the goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="69"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="178"/>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="76"/>
        <source>Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="77"/>
        <source>Paced repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="78"/>
        <source>Repetitions at my own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="79"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="142"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="83"/>
        <source>Each side (left, then right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="84"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="157"/>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="86"/>
        <source>A short note shown with the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="90"/>
        <source>Problems with this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="125"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="126"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="128"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="127"/>
        <source>How the exercise is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="129"/>
        <source>Work time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="129"/>
        <source>Seconds of work (1–7200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Repetitions per set (1–1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="133"/>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="134"/>
        <source> s per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="135"/>
        <source>Seconds per repetition (0.5–60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="138"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="138"/>
        <source>Seconds per hold (1–7200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="140"/>
        <source>Rest between holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="140"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Seconds (0–1800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="142"/>
        <source>Number of holds (1–200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Number of sets (1–50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="146"/>
        <source>Do the work on the left side, then on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="149"/>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="149"/>
        <source>Pause to change sides (0–1800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="153"/>
        <source>Rest after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="155"/>
        <source>Rest after this item (0–1800); not after the last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="158"/>
        <source>Mark this item as a warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="160"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="162"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="161"/>
        <source>A short note shown with the item (500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="214"/>
        <source>This item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="215"/>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="494"/>
        <source>Pages</source>
        <extracomment>backtimer/ui/main_window.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="496"/>
        <source>&amp;Player</source>
        <extracomment>backtimer/ui/main_window.py:60</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="498"/>
        <source>Full screen</source>
        <extracomment>backtimer/ui/main_window.py:63</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="500"/>
        <source>Status</source>
        <extracomment>backtimer/ui/main_window.py:67</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="502"/>
        <source>This page could not be opened: {error}</source>
        <extracomment>backtimer/ui/main_window.py:39</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <location filename="../backtimer/ui/pain_checkin.py" line="53"/>
        <location filename="../backtimer/ui/pain_checkin.py" line="54"/>
        <source>Pain check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/pain_checkin.py" line="58"/>
        <source>0 = no pain, 10 = the worst pain you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/pain_checkin.py" line="67"/>
        <source>Pain %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/pain_checkin.py" line="75"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/pain_checkin.py" line="76"/>
        <source>Skip the pain check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/pain_checkin.py" line="98"/>
        <source>How much does your back hurt now, before you start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/pain_checkin.py" line="99"/>
        <source>How much does your back hurt now, after the session?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="259"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="260"/>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="261"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="262"/>
        <source>Hold {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="263"/>
        <source>Rest between holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="264"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="265"/>
        <source>Rest before set {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="266"/>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="267"/>
        <source>Rep {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="268"/>
        <source>{total} reps at your pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="269"/>
        <source>Set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="270"/>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="271"/>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="272"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="273"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="274"/>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="275"/>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="276"/>
        <source>Paused. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="277"/>
        <source>Paused because the computer was asleep. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="278"/>
        <source>Stopped because it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="279"/>
        <source>Press Enter when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="280"/>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="281"/>
        <source>Next: {name}, {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="282"/>
        <source>Next: {name}, {side}, {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="283"/>
        <source>Next: {name}. Hold, {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="284"/>
        <source>Next: {name}, {side}. Hold, {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="285"/>
        <source>Get ready. First: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="286"/>
        <source>Set {set_no} of {sets}, {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="287"/>
        <source>Right side, {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="288"/>
        <source>Hold, {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="289"/>
        <source>Rest, {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="290"/>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="291"/>
        <source>Well done. Routine finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="292"/>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="293"/>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="294"/>
        <source>{count} repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="295"/>
        <source>{count} repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="296"/>
        <source>{count} second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="297"/>
        <source>{count} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="298"/>
        <source>{count} minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="299"/>
        <source>{count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="300"/>
        <source>{minutes} and {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="301"/>
        <source>at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="302"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="303"/>
        <source>{reps} reps × {pace} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="304"/>
        <source>1 rep × {pace} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="305"/>
        <source>{reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="306"/>
        <source>1 rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="307"/>
        <source>{holds} × {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="308"/>
        <source>{sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="309"/>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="504"/>
        <source>Stop the current session before choosing another routine.</source>
        <extracomment>backtimer/ui/player_controller.py:131</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="506"/>
        <source>If the pain keeps coming back, see a doctor.</source>
        <extracomment>backtimer/ui/player_controller.py:171</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="508"/>
        <source>Following a back routine</source>
        <extracomment>backtimer/ui/player_controller.py:202</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="510"/>
        <source>{name} hurt in {hurt} of your last {of} sessions.</source>
        <extracomment>backtimer/ui/player_controller.py:162</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="512"/>
        <source>Skip it if it hurts again.</source>
        <extracomment>backtimer/ui/player_controller.py:170</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="514"/>
        <source>Try the easier {easier} instead, or skip it.</source>
        <extracomment>backtimer/ui/player_controller.py:166</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="516"/>
        <source>Routine</source>
        <extracomment>backtimer/ui/player_view.py:70</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="518"/>
        <source>Choose the routine to follow</source>
        <extracomment>backtimer/ui/player_view.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="520"/>
        <source>Sound</source>
        <extracomment>backtimer/ui/player_view.py:82</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="522"/>
        <source>Sound on</source>
        <extracomment>backtimer/ui/player_view.py:83</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="524"/>
        <source>Play sound cues</source>
        <extracomment>backtimer/ui/player_view.py:84</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="526"/>
        <source>Volume</source>
        <extracomment>backtimer/ui/player_view.py:88</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="528"/>
        <source>Volume of the sound cues</source>
        <extracomment>backtimer/ui/player_view.py:89</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="530"/>
        <source>Exercise queue</source>
        <extracomment>backtimer/ui/player_view.py:98</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="532"/>
        <source>Double-click an item, or select it and press J, to go there</source>
        <extracomment>backtimer/ui/player_view.py:100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="534"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/player_view.py:111</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="536"/>
        <source>Phase</source>
        <extracomment>backtimer/ui/player_view.py:117</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="538"/>
        <source>Next exercise</source>
        <extracomment>backtimer/ui/player_view.py:122</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="540"/>
        <source>Status</source>
        <extracomment>backtimer/ui/player_view.py:126</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="542"/>
        <source>Warning</source>
        <extracomment>backtimer/ui/player_view.py:132</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="544"/>
        <source>Instructions</source>
        <extracomment>backtimer/ui/player_view.py:141</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="546"/>
        <source>Illustration</source>
        <extracomment>backtimer/ui/player_view.py:146</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="548"/>
        <source>Time left in the routine</source>
        <extracomment>backtimer/ui/player_view.py:155</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="550"/>
        <source>Pause</source>
        <extracomment>backtimer/ui/player_view.py:213</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="552"/>
        <source>Start</source>
        <extracomment>backtimer/ui/player_view.py:213</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="554"/>
        <source>Resume</source>
        <extracomment>backtimer/ui/player_view.py:213</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="556"/>
        <source>Cues:</source>
        <extracomment>backtimer/ui/player_view.py:203</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../backtimer/ui/queue_model.py" line="76"/>
        <source>Warm-up: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="558"/>
        <source>No system tray here: reminders need BackTimer to be running and show in the window&apos;s status bar instead.</source>
        <extracomment>backtimer/ui/reminders_page.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="560"/>
        <source>&amp;Remind me to do my back routine</source>
        <extracomment>backtimer/ui/reminders_page.py:48</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="562"/>
        <source>Reminders on</source>
        <extracomment>backtimer/ui/reminders_page.py:49</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="564"/>
        <source>Reminder days</source>
        <extracomment>backtimer/ui/reminders_page.py:63</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="566"/>
        <source>Reminder time</source>
        <extracomment>backtimer/ui/reminders_page.py:66</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="568"/>
        <source>Routine to open</source>
        <extracomment>backtimer/ui/reminders_page.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="570"/>
        <source>The last routine used</source>
        <extracomment>backtimer/ui/reminders_page.py:69</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="572"/>
        <source>Days:</source>
        <extracomment>backtimer/ui/reminders_page.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="574"/>
        <source>&amp;Time:</source>
        <extracomment>backtimer/ui/reminders_page.py:75</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="576"/>
        <source>R&amp;outine:</source>
        <extracomment>backtimer/ui/reminders_page.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="578"/>
        <source>{routine} (not found)</source>
        <extracomment>backtimer/ui/reminders_page.py:144</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="450"/>
        <source>not given</source>
        <extracomment>backtimer/ui/history/details.py:25</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="452"/>
        <source>Started</source>
        <extracomment>backtimer/ui/history/details.py:49</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="454"/>
        <source>Status</source>
        <extracomment>backtimer/ui/history/details.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="456"/>
        <source>Duration</source>
        <extracomment>backtimer/ui/history/details.py:51</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="458"/>
        <source>Exercised</source>
        <extracomment>backtimer/ui/history/details.py:52</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="460"/>
        <source>Planned</source>
        <extracomment>backtimer/ui/history/details.py:53</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="462"/>
        <source>Paused</source>
        <extracomment>backtimer/ui/history/details.py:54</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="464"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/history/details.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="466"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/history/details.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="468"/>
        <source>Steps</source>
        <extracomment>backtimer/ui/history/details.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="470"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/history/details.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="472"/>
        <source>Side</source>
        <extracomment>backtimer/ui/history/details.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="474"/>
        <source>Set</source>
        <extracomment>backtimer/ui/history/details.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="476"/>
        <source>Time</source>
        <extracomment>backtimer/ui/history/details.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="478"/>
        <source>Reps</source>
        <extracomment>backtimer/ui/history/details.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="480"/>
        <source>Outcome</source>
        <extracomment>backtimer/ui/history/details.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="482"/>
        <source>Note</source>
        <extracomment>backtimer/ui/history/details.py:66</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="484"/>
        <source>Exercises</source>
        <extracomment>backtimer/ui/history/details.py:72</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="486"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/details.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="488"/>
        <source>Pain before → after the session, 0 to 10</source>
        <extracomment>backtimer/ui/history/models.py:195</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="490"/>
        <source>%1 exercised, %2 paused</source>
        <extracomment>backtimer/ui/history/models.py:190</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="492"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/models.py:198</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="70"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="71"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="73"/>
        <source>Play sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="80"/>
        <source>Speak the steps aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="82"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="85"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="86"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="87"/>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="90"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="96"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="91"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="92"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="99"/>
        <source>A new language is used after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="108"/>
        <source>Keep running in the tray when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="112"/>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="118"/>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="120"/>
        <source>V&amp;oice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="121"/>
        <source>Routines and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="123"/>
        <source>&amp;Lead-in before the first exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="124"/>
        <source>Default &amp;rest after an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="125"/>
        <source>Weekly &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="126"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="128"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="129"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="131"/>
        <source>&amp;Countdown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="148"/>
        <source>Put every setting back to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="168"/>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="168"/>
        <source>Play the tones that mark each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="169"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="169"/>
        <source>Loudness of the sound cues, 0 to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="172"/>
        <source>Voice on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="173"/>
        <source>Say each step aloud with the system voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="175"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="175"/>
        <source>Which voice speaks the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="178"/>
        <source>Lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="179"/>
        <source>Seconds to get ready before the first exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="183"/>
        <source>Default rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="184"/>
        <source>Seconds of rest the editor gives a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="186"/>
        <source>Weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="186"/>
        <source>Sessions you aim for each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="187"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="187"/>
        <source>Light or dark colours, or follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="190"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="191"/>
        <source>The language of the whole app; used after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="195"/>
        <source>Countdown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="196"/>
        <source>Size of the countdown digits, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="200"/>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="201"/>
        <source>Closing the window hides it in the tray</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="580"/>
        <source>BackTimer tray menu</source>
        <extracomment>backtimer/ui/tray.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="582"/>
        <source>Start the routine you used last</source>
        <extracomment>backtimer/ui/tray.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="584"/>
        <source>Pause</source>
        <extracomment>backtimer/ui/tray.py:77</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="586"/>
        <source>Pause or resume the session under way</source>
        <extracomment>backtimer/ui/tray.py:78</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="588"/>
        <source>Show BackTimer</source>
        <extracomment>backtimer/ui/tray.py:79</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="590"/>
        <source>Bring the BackTimer window to the front</source>
        <extracomment>backtimer/ui/tray.py:80</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="592"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/tray.py:81</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="594"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/tray.py:82</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="596"/>
        <source>Time for your back routine. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:141</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="598"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/tray.py:144</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="600"/>
        <source>Start</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="602"/>
        <source>Resume</source>
        <extracomment>backtimer/ui/tray.py:116</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="604"/>
        <source>Time for {routine}. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:139</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="606"/>
        <source>BackTimer: {routine} is paused</source>
        <extracomment>backtimer/ui/tray.py:120</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="608"/>
        <source>Start {routine}</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="610"/>
        <source>BackTimer: {routine} is under way</source>
        <extracomment>backtimer/ui/tray.py:122</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../backtimer/content_strings.py" line="612"/>
        <source>The voice could not be started; using tones.</source>
        <extracomment>backtimer/ui/voice.py:229</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="614"/>
        <source>The voice stopped; using tones.</source>
        <extracomment>backtimer/ui/voice.py:235</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="616"/>
        <source>The voice failed; using tones.</source>
        <extracomment>backtimer/ui/voice.py:271</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backtimer/content_strings.py" line="618"/>
        <source>The voice did not start within {0} s; using tones.</source>
        <extracomment>backtimer/ui/voice.py:224</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="84"/>
        <source>Delete the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
