<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="360"/>
        <source>About BackTimer</source>
        <extracomment>backtimer/ui/about.py:31</extracomment>
        <translation>关于 BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="362"/>
        <source>The built-in exercises come from these articles:</source>
        <extracomment>backtimer/ui/about.py:41</extracomment>
        <translation>内置练习来自以下文章：</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="364"/>
        <source>Timed routines for a weak or aching lower back.</source>
        <extracomment>backtimer/ui/about.py:37</extracomment>
        <translation>为腰部无力或酸痛的人准备的计时训练。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="366"/>
        <source>Free software under the licence {licence}.</source>
        <extracomment>backtimer/ui/about.py:39</extracomment>
        <translation>自由软件，许可证为 {licence}。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="788"/>
        <source>Time for your back routine: {name}. Press Space to start.</source>
        <extracomment>backtimer/ui/reminders_controller.py:174</extracomment>
        <translation>该做背部训练了：{name}。按空格键开始。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/save_status.py" line="35"/>
        <source>The history could not be saved: {error}</source>
        <translation>无法保存历史记录：{error}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="610"/>
        <source>&amp;Routines</source>
        <extracomment>backtimer/ui/pages.py:68</extracomment>
        <translation>训练方案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="612"/>
        <source>&amp;History</source>
        <extracomment>backtimer/ui/pages.py:69</extracomment>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="784"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/reminders_controller.py:44</extracomment>
        <translation>BackTimer 提醒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="786"/>
        <source>Time for your back routine.</source>
        <extracomment>backtimer/ui/reminders_controller.py:49</extracomment>
        <translation>该做背部训练了。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="790"/>
        <source>Time for your back routine: {name}.</source>
        <extracomment>backtimer/ui/reminders_controller.py:50</extracomment>
        <translation>该做背部训练了：{name}。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="792"/>
        <source>So that reminders come even when you have not opened BackTimer</source>
        <extracomment>backtimer/ui/reminders_controller.py:115</extracomment>
        <translation>即使没有打开 BackTimer，也能收到提醒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="794"/>
        <source>Start at login could not be changed: the desktop&apos;s background service (portal) did not answer.</source>
        <extracomment>backtimer/ui/reminders_controller.py:143</extracomment>
        <translation>无法更改登录时启动：桌面的后台服务（门户）没有响应。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="796"/>
        <source>The desktop did not allow BackTimer to start at login.</source>
        <extracomment>backtimer/ui/reminders_controller.py:137</extracomment>
        <translation>桌面不允许 BackTimer 在登录时启动。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="798"/>
        <source>The desktop did not stop BackTimer from starting at login.</source>
        <extracomment>backtimer/ui/reminders_controller.py:139</extracomment>
        <translation>桌面没有取消 BackTimer 的登录时启动。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="800"/>
        <source>Start at login could not be changed: {error}</source>
        <extracomment>backtimer/ui/reminders_controller.py:122</extracomment>
        <translation>无法更改登录时启动：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="902"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/sync_controller.py:91</extracomment>
        <translation>
            <numerusform>%n 次训练</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="904"/>
        <source>%n routines</source>
        <extracomment>backtimer/ui/sync_controller.py:92</extracomment>
        <translation>
            <numerusform>%n 个训练计划</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="906"/>
        <source>Synced: %1 and %2 came in.</source>
        <extracomment>backtimer/ui/sync_controller.py:93</extracomment>
        <translation>已同步：收到 %1 和 %2。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="952"/>
        <source>The reminder&apos;s routine is gone; here is the last one.</source>
        <extracomment>backtimer/ui/tray_controller.py:84</extracomment>
        <translation>提醒所指的训练已不存在；这是上次使用的训练。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="900"/>
        <source>The new language is used after a restart.</source>
        <extracomment>backtimer/ui/settings_controller.py:76</extracomment>
        <translation>新语言将在重启后生效。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="608"/>
        <source>Loaded {name}: press Space to start.</source>
        <extracomment>backtimer/ui/menu_controller.py:58</extracomment>
        <translation>已载入{name}：按空格键开始。</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="13"/>
        <source>Supine lower-back lift</source>
        <translation>仰卧腰部上抬</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="14"/>
        <source>Lying on your back, raise and lower the lower back using the muscles around the waist.</source>
        <translation>仰卧，用腰部周围的肌肉抬起和放下下背部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="15"/>
        <source>Lie on your back on a mat with knees bent and feet flat, about hip-width apart.</source>
        <translation>仰卧在垫子上，屈膝，双脚平放，约与髋同宽。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="16"/>
        <source>Leave your shoulders and upper back resting on the floor.</source>
        <translation>肩膀和上背部保持贴在地面上。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="17"/>
        <source>Tense the lower back and lift it, and the hips with it, off the floor.</source>
        <translation>收紧下背部，将其连同臀部一起抬离地面。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="18"/>
        <source>Lower it slowly and begin the next lift.</source>
        <translation>慢慢放下，开始下一次上抬。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="19"/>
        <source>Let the lower back do the work, not the arms</source>
        <translation>让下背部发力，而不是手臂</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="20"/>
        <source>Breathe out as you rise, in as you lower</source>
        <translation>抬起时呼气，放下时吸气</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="21"/>
        <source>Stop straight away if it hurts; working muscles may tire, but nothing should be painful.</source>
        <translation>一旦疼痛立即停止；工作的肌肉可以疲劳，但不应有任何疼痛。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="22"/>
        <source>Breathe in an even rhythm and lift without straining or jerking.</source>
        <translation>呼吸均匀，上抬时不要憋气或猛地用力。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="23"/>
        <source>The article gives no count. BackTimer suggests 10 slow lifts of about 4 seconds each.</source>
        <translation>文章没有给出次数。BackTimer 建议慢速上抬 10 次，每次约 4 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="24"/>
        <source>mat</source>
        <translation>垫子</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="25"/>
        <source>Supine leg kicks</source>
        <translation>仰卧踢腿</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="27"/>
        <source>Lie on your back with head and shoulders down, hands on the lower ribs and elbows pressing into the floor.</source>
        <translation>仰卧，头和肩膀着地，双手放在下肋部，肘部压向地面。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="28"/>
        <source>Bend one knee to a right angle and plant that foot for support.</source>
        <translation>一侧膝盖弯成直角，该脚踩地作为支撑。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="26"/>
        <source>On your back with head and shoulders down and elbows pressing into the floor, bend and stretch one leg at a time while the lower back stays firm.</source>
        <translation>仰卧，头和肩膀着地，肘部压向地面，一次屈伸一条腿，同时下背部保持稳定。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="29"/>
        <source>Slowly stretch the other leg out with the heel low, close to the floor, then bend it back in; the lower back stays firm.</source>
        <translation>缓慢伸出另一条腿，脚跟放低、贴近地面，然后再收回弯曲；下背部保持稳定。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="30"/>
        <source>Finish the count, then change legs.</source>
        <translation>数完后换腿。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="31"/>
        <source>Back straight and braced throughout</source>
        <translation>背部始终挺直并收紧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="32"/>
        <source>Drive each kick from the lower back</source>
        <translation>每次踢腿都由下背部发力</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="33"/>
        <source>Keep the back long and firm, and move slowly and under control.</source>
        <translation>保持背部伸展、稳定，动作缓慢可控。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="34"/>
        <source>The article gives no count. BackTimer suggests 10 kicks of about 3 seconds with each leg.</source>
        <translation>文章没有给出次数。BackTimer 建议每条腿踢 10 次，每次约 3 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="35"/>
        <source>Prone flying with hand shakes</source>
        <translation>俯卧飞燕抖手</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="36"/>
        <source>Face down, lift the lower legs and spread the arms like wings, shaking the hands as you hold.</source>
        <translation>俯卧，抬起小腿，双臂像翅膀一样张开，保持时抖动双手。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="37"/>
        <source>Lie face down on a mat with the legs together.</source>
        <translation>俯卧在垫子上，双腿并拢。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="38"/>
        <source>Tense the whole back of the body and raise the lower legs off the floor.</source>
        <translation>收紧整个身体背面，将小腿抬离地面。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="39"/>
        <source>Spread the arms out to the sides like wings and lift them a little.</source>
        <translation>双臂像翅膀一样向两侧张开并稍微抬起。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="40"/>
        <source>Keep the hands shaking loosely until the time is up, then lower and relax.</source>
        <translation>双手放松地抖动，直到时间结束，然后放下并放松。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="41"/>
        <source>Balance with the lower back</source>
        <translation>用下背部保持平衡</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="42"/>
        <source>Keep breathing while you hold</source>
        <translation>保持时继续呼吸</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="43"/>
        <source>The article sets no time. BackTimer holds the pose for 20 seconds; lengthen it as you get stronger.</source>
        <translation>文章没有规定时间。BackTimer 保持该姿势 20 秒；随着力量增强可以延长。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="44"/>
        <source>Prone arm raises</source>
        <translation>俯卧举臂</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="45"/>
        <source>In the same face-down pose, raise the arms toward the head and lower them again without rocking.</source>
        <translation>保持同样的俯卧姿势，将手臂向头的方向抬起再放下，身体不要摇晃。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="46"/>
        <source>Lie face down with the back of the body tensed and the lower legs lifted.</source>
        <translation>俯卧，身体背面收紧，小腿抬起。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="47"/>
        <source>Reach the arms forward beyond the head.</source>
        <translation>双臂向前伸过头顶。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="48"/>
        <source>Raise them off the floor, then lower them under control.</source>
        <translation>将手臂抬离地面，然后有控制地放下。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="49"/>
        <source>Repeat at a steady pace while the body stays still.</source>
        <translation>以稳定的节奏重复，身体保持不动。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="50"/>
        <source>Small, controlled movements</source>
        <translation>幅度小、动作可控</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="51"/>
        <source>No rocking from side to side</source>
        <translation>不要左右摇晃</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="52"/>
        <source>The article gives no count. BackTimer suggests 10 raises of about 4 seconds each.</source>
        <translation>文章没有给出次数。BackTimer 建议举臂 10 次，每次约 4 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="53"/>
        <source>Swallow fly</source>
        <translation>燕子飞</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="54"/>
        <source>Face down with the hands on the back, lift head, chest and feet so the body curves into a U.</source>
        <translation>俯卧，双手放在背上，抬起头、胸和脚，使身体弯成 U 形。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="55"/>
        <source>Lie face down on a bed or mat, with no pillow under your head.</source>
        <translation>俯卧在床上或垫子上，头下不垫枕头。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="56"/>
        <source>Rest both hands on your lower back.</source>
        <translation>双手放在下背部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="57"/>
        <source>Lift head, chest and feet off the surface together so the body curves like a shallow U.</source>
        <translation>同时将头、胸和脚抬离床面，使身体弯成浅浅的 U 形。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="58"/>
        <source>Hold the curve, then lower and rest before the next lift.</source>
        <translation>保持弧度，然后放下，休息后再做下一次。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="59"/>
        <source>Chest and feet rise at the same moment</source>
        <translation>胸和脚同时抬起</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="60"/>
        <source>Neck long, eyes on the floor ahead</source>
        <translation>颈部伸长，目视前方地面</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="61"/>
        <source>Do only as many as you can do well; more is not better.</source>
        <translation>只做你能做好的次数；并非越多越好。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="62"/>
        <source>The article says to hold for about five seconds, rest, and repeat as your strength allows. BackTimer plans 6 holds of 5 seconds with 10 seconds of rest between them.</source>
        <translation>文章说保持约五秒，休息，按自己的力量重复。BackTimer 安排保持 6 次，每次 5 秒，中间休息 10 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="63"/>
        <source>Bent-leg deadlift</source>
        <translation>屈腿硬拉</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="64"/>
        <source>Knees bent and back flat, raise a barbell by straightening the legs and pause at the top.</source>
        <translation>屈膝、背部平直，通过伸直双腿举起杠铃，并在顶部停顿。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="65"/>
        <source>Stand with the toes turned out a little and the barbell in front of your shins.</source>
        <translation>站立，脚尖稍向外，杠铃放在小腿前方。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="66"/>
        <source>Bend the knees and grip the bar with hands shoulder-width apart or slightly wider.</source>
        <translation>屈膝，双手与肩同宽或稍宽握住杠铃。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="67"/>
        <source>Chest up, back tight and hips raised, lean the upper body forward about 45 degrees.</source>
        <translation>挺胸、背部收紧、臀部抬高，上身前倾约 45 度。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="68"/>
        <source>Straighten the knees to raise the bar, open the shoulders and hold for 2 seconds at the top.</source>
        <translation>伸直膝盖举起杠铃，打开双肩，在顶部保持 2 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="69"/>
        <source>Bend the knees to lower the bar slowly, stopping just before it reaches the floor.</source>
        <translation>屈膝慢慢放下杠铃，在即将触地前停住。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="70"/>
        <source>The legs drive the lift</source>
        <translation>由双腿发力举起</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="71"/>
        <source>The bar stays off the floor between reps</source>
        <translation>两次之间杠铃不触地</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="72"/>
        <source>Pause 2 seconds at the top</source>
        <translation>顶部停顿 2 秒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="73"/>
        <source>A loaded lift: learn the technique first, ideally with a trainer watching, and stop if your form slips.</source>
        <translation>负重练习：先学好技术，最好有教练在旁指导，一旦动作变形就停止。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="74"/>
        <source>Start with a light bar and add weight only when every rep looks the same.</source>
        <translation>先用轻杠铃，只有每一次动作都一样标准时才加重。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="75"/>
        <source>The article asks for a 2-second pause at the top but gives no count. BackTimer allows 5 seconds per rep (rise, pause, slow lowering) and suggests 8 reps.</source>
        <translation>文章要求在顶部停顿 2 秒，但没有给出次数。BackTimer 每次留 5 秒（上举、停顿、慢放），建议做 8 次。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="76"/>
        <source>barbell</source>
        <translation>杠铃</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="77"/>
        <source>Prone overhead lift</source>
        <translation>俯卧伸臂抬起</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="78"/>
        <source>Face down with arms overhead, lift the arms, upper back and legs a little while belly and hips stay down.</source>
        <translation>俯卧，双臂举过头顶，稍稍抬起手臂、上背部和双腿，腹部和髋部贴地。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="80"/>
        <source>Keep the belly and hips resting on the mat throughout.</source>
        <translation>腹部和髋部始终贴在垫子上。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="81"/>
        <source>Lift the arms, chest and straight legs a little way off the mat together.</source>
        <translation>同时将手臂、胸部和伸直的双腿稍稍抬离垫子。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="84"/>
        <source>Belly and hips stay on the mat</source>
        <translation>腹部和髋部保持贴垫</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="105"/>
        <source>The heading asks for 15 to 20; the text also suggests 4 to 5 rounds of 20 to 25. BackTimer takes the lower reading: one set of 15, about 3 seconds per circle. Build up only slowly, and only while it stays free of pain.</source>
        <translation>标题要求 15 到 20 次；正文也建议做 4 到 5 轮，每轮 20 到 25 次。BackTimer 取较低的读法：1 组 15 次，每圈约 3 秒。只在不痛的前提下慢慢增加。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="133"/>
        <source>The article likens it to the swallow fly and suggests 4 to 5 rounds of 20 to 25, on top of five other exercises. BackTimer starts lower, with the 15 repetitions the article asks of its other exercises: one set, about 3 seconds each. Add rounds only slowly, and only while it stays free of pain.</source>
        <translation>文章把它比作燕子飞，建议做 4 到 5 轮，每轮 20 到 25 次，而且是在另外五个练习之后。BackTimer 从更低的量开始，采用文章对其他练习要求的 15 次：1 组，每次约 3 秒。只在不痛的前提下慢慢增加轮数。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="162"/>
        <source>Standing with straight arms, turn shoulders and hips together against a band anchored at your side, so the lower back does not twist.</source>
        <translation>站立，双臂伸直，对抗固定在身体一侧的弹力带，肩部和髋部一起转动，下背部不扭转。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="165"/>
        <source>Turn away from the anchor with shoulders and hips moving together as one block, letting the feet pivot a little; arms and back stay straight.</source>
        <translation>向远离固定点的方向转身，肩部和髋部作为一个整体一起转动，双脚可稍微转动；手臂和背部保持伸直。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="168"/>
        <source>Shoulders and hips turn together; the lower back stays still</source>
        <translation>肩部和髋部一起转动，下背部保持不动</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="169"/>
        <source>Keep the turn small and never twist the lower back against the band.</source>
        <translation>转动幅度要小，绝不要让下背部对抗弹力带扭转。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="173"/>
        <source>On a hyperextension bench, bend forward at the hips and rise back to a straight line, keeping the natural curve of the lower back.</source>
        <translation>在罗马椅上从髋部向前弯，再起身回到一条直线，保持下背部的自然曲线。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="174"/>
        <source>Set the bench so that the pad supports only the half of your pelvis nearer the thighs; the half nearer the waist stays free, so you bend at the hips and not in the lower back.</source>
        <translation>调整罗马椅，使垫子只托住靠近大腿的那一半骨盆，靠近腰部的一半悬空，这样弯曲发生在髋部，而不是下背部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="208"/>
        <source>For the second set, rest your hands behind your head; they only carry its weight and never pull on the neck.</source>
        <translation>第二组把双手放在脑后；双手只托住头部的重量，绝不拉扯颈部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="214"/>
        <source>Heel-reach side bend</source>
        <translation>触踵侧屈</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="221"/>
        <source>Bend sideways only, without twisting or lifting the hips</source>
        <translation>只向侧面弯，不扭转，也不抬起臀部</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="226"/>
        <source>Tense the back gently so that chest, arms and legs rise a little off the mat.</source>
        <translation>轻轻收紧背部，使胸部、手臂和双腿稍稍离开垫子。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="233"/>
        <source>On hands and knees, let the lower back sink into an arch with the head up, then round the back with the head down.</source>
        <translation>四点跪姿，抬头让下背部下凹，然后低头把背部向上拱起。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="242"/>
        <source>The basic strengthening set of its source article: drawing-in, opposite arm and leg lifts, the plank, band turns and hyperextensions. It opens with two minutes of easy movement to warm up. Do it 4 to 5 times a week. Ask your doctor before you start, and stop if anything hurts. Grow the time or difficulty a little at a time. The hyperextension needs a bench, or a couch and someone to hold your legs. Once your back is clearly stronger, the deadlift and the bent-over row are heavier options for later, with sound technique or a trainer.</source>
        <translation>来源文章中的基础强化组合：腹部内收、对侧举臂抬腿、平板支撑、弹力带转体和山羊挺身。先用两分钟轻松的动作热身。每周做 4 到 5 次。开始前请咨询医生，任何地方疼痛就停止。时间或难度要一点一点增加。山羊挺身需要罗马椅，或一张沙发加一个帮你压住双腿的人。等背部明显变强后，硬拉和俯身划船是以后更重的选择，需要技术规范或有教练指导。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="247"/>
        <source>Four floor exercises that work the lower back, two on your back and two face down, after two minutes of easy warm-up movement. Good for building lower-back strength that upper-back training tends to miss. Keep the breathing steady and never force a lift.</source>
        <translation>四个锻炼下背部的地面练习，两个仰卧、两个俯卧，之前先用两分钟轻松的动作热身。有助于增强上背部训练常常忽略的下背部力量。保持呼吸平稳，绝不勉强上抬。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="249"/>
        <source>An entry-level set for when back pain has turned dull and is fading; wait while it is still sharp. After an easy warm-up, belly curls and side bends come first, because the belly muscles support the spine too, then two easy back exercises. No gym needed. The harder next step is the hyperextension.</source>
        <translation>入门组合，适合背痛已变钝并逐渐减轻时使用；疼痛仍尖锐时请等待。轻松热身之后，先做卷腹和侧屈，因为腹部肌肉也支撑脊柱，然后是两个简单的背部练习。无需健身房。更难的下一步是山羊挺身。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="250"/>
        <source>First set hands on the chest, second set hands behind the head without pulling on the neck.</source>
        <translation>第一组双手放在胸前，第二组双手放在脑后，不要拉扯颈部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="252"/>
        <source>Six face-down and table exercises for people who spend the day bent over a desk or a phone, after an easy warm-up. Each is done 15 times, the lower end of what the source asks. Level: intermediate, not a first routine. All six work the back and none the belly: if your back is sore, begin with Gentle start after back pain, and train the belly on other days, for example with Back fundamentals. You need a mat, a towel and a sturdy table.</source>
        <translation>为整天伏案或低头看手机的人准备的六个俯卧和桌下练习，先轻松热身。每个做 15 次，即来源要求的下限。难度：中级，不适合作为第一套方案。六个练习都练背部，没有一个练腹部：如果背部疼痛，请先从“背痛后的轻柔入门”开始，并在其他日子锻炼腹部，例如用“背部基础”。你需要一张垫子、一条毛巾和一张结实的桌子。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="254"/>
        <source>Short holds of the swallow fly followed by the bent-leg deadlift with a barbell, after an easy warm-up. Strong lower-back muscles help keep the spine stable. Adjust the numbers to your own ability: more is not better. The deadlift needs a barbell and sound technique: start with a light bar, ideally with a trainer watching.</source>
        <translation>先轻松热身，然后做燕子飞的短时保持，接着用杠铃做屈腿硬拉。强壮的下背部肌肉有助于保持脊柱稳定。根据自己的能力调整数字：并非越多越好。硬拉需要杠铃和规范的技术：从轻杠铃开始，最好有教练在旁指导。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="79"/>
        <source>Lie face down on a mat, legs straight and together, arms stretched past your head.</source>
        <translation>俯卧在垫子上，双腿伸直并拢，双臂伸过头顶。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="82"/>
        <source>Pause at the top and squeeze the back muscles.</source>
        <translation>在顶部停顿，收紧背部肌肉。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="83"/>
        <source>Come down slowly to the start.</source>
        <translation>慢慢回到起始姿势。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="85"/>
        <source>Squeeze at the top, lower slowly</source>
        <translation>顶部收紧，慢慢放下</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="86"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each to leave time for the pause.</source>
        <translation>文章要求重复 15 到 20 次。BackTimer 从 15 次开始，每次约 4 秒，留出停顿时间。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="87"/>
        <source>Prone towel row</source>
        <translation>俯卧毛巾划船</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="88"/>
        <source>Face down holding a towel overhead, pull it toward the chest by bending the elbows.</source>
        <translation>俯卧，双手在头顶上方握住毛巾，屈肘将其拉向胸部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="89"/>
        <source>Lie face down on a mat and hold a towel by both ends, hands above your head.</source>
        <translation>俯卧在垫子上，双手握住毛巾两端，放在头顶上方。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="90"/>
        <source>Keep hips and thighs on the mat and raise the upper body with the towel.</source>
        <translation>臀部和大腿贴住垫子，用毛巾带动上身抬起。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="91"/>
        <source>Bend the elbows and draw the towel down toward your chest.</source>
        <translation>屈肘，将毛巾向胸部拉下。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="92"/>
        <source>Stop at the top and squeeze the back, then return slowly.</source>
        <translation>在顶部停住，收紧背部，然后慢慢还原。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="93"/>
        <source>Keep the towel taut</source>
        <translation>毛巾保持绷紧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="94"/>
        <source>Elbows slide in toward the ribs</source>
        <translation>肘部向肋部滑动</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="95"/>
        <source>The article asks for 15 to 20 repetitions. BackTimer starts at 15, about 4 seconds each.</source>
        <translation>文章要求重复 15 到 20 次。BackTimer 从 15 次开始，每次约 4 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="96"/>
        <source>towel</source>
        <translation>毛巾</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="97"/>
        <source>Prone arm circles</source>
        <translation>俯卧绕臂</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="98"/>
        <source>With the upper back lifted, sweep the arms in circles from overhead down toward the hips.</source>
        <translation>上背部抬起，双臂从头顶上方向髋部画圈。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="99"/>
        <source>Lie face down on a mat and lift the upper back; the rest of you stays on the floor.</source>
        <translation>俯卧在垫子上，抬起上背部；身体其他部分留在地面。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="100"/>
        <source>Sweep both arms in a wide circle from above the head down toward the thighs.</source>
        <translation>双臂从头顶上方大幅画圈，向下绕到大腿。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="101"/>
        <source>Bring them back around and keep circling.</source>
        <translation>再绕回去，持续画圈。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="102"/>
        <source>Feel the lower back and the muscles beside the spine working.</source>
        <translation>感受下背部和脊柱两侧肌肉在发力。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="103"/>
        <source>Upper back stays lifted</source>
        <translation>上背部保持抬起</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="104"/>
        <source>Smooth, even circles</source>
        <translation>画圈平稳均匀</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="106"/>
        <source>Prone breaststroke</source>
        <translation>俯卧蛙泳</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="107"/>
        <source>Face down with chest and legs lifted, sweep the arms back toward the thighs like a swimmer.</source>
        <translation>俯卧，抬起胸部和双腿，像游泳一样将手臂向后划向大腿。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="108"/>
        <source>Lie face down, belly and hips on the mat, arms reaching forward.</source>
        <translation>俯卧，腹部和臀部贴垫，双臂向前伸。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="109"/>
        <source>Lift the chest and legs off the mat.</source>
        <translation>将胸部和双腿抬离垫子。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="110"/>
        <source>As the upper body rises, sweep the arms out and back to the sides of the thighs.</source>
        <translation>上身抬起时，双臂向外、向后划到大腿两侧。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="111"/>
        <source>Pause, then bring the arms forward again to the start.</source>
        <translation>停顿一下，然后将手臂向前收回到起始位置。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="112"/>
        <source>Legs stay up for the whole set</source>
        <translation>整组过程中双腿保持抬起</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="113"/>
        <source>Back long and straight</source>
        <translation>背部伸展挺直</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="114"/>
        <source>Reverse row under a table</source>
        <translation>桌下反向划船</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="115"/>
        <source>Lying under a sturdy table, hold its edge and pull your body up with the back muscles.</source>
        <translation>躺在结实的桌子下面，抓住桌边，用背部肌肉把身体拉起。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="116"/>
        <source>Lie on your back under a sturdy table, knees bent and feet flat on the floor.</source>
        <translation>仰卧在结实的桌子下面，屈膝，双脚平放在地上。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="117"/>
        <source>Reach up and grip the table edge with both hands.</source>
        <translation>向上伸手，双手抓住桌边。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="118"/>
        <source>Brace the trunk so the body stays straight from shoulders to knees.</source>
        <translation>收紧躯干，使身体从肩到膝保持一条直线。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="119"/>
        <source>Bend the elbows and pull the chest toward the table, then pause and squeeze.</source>
        <translation>屈肘，把胸部拉向桌子，然后停顿并收紧。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="120"/>
        <source>Lower yourself slowly and under control.</source>
        <translation>缓慢、有控制地放下身体。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="121"/>
        <source>Body straight, core tight</source>
        <translation>身体挺直，核心收紧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="122"/>
        <source>Pull with the back, not only the arms</source>
        <translation>用背部拉，而不只是用手臂</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="123"/>
        <source>Make sure the table is solid and cannot tip or slide before you pull on it.</source>
        <translation>拉之前确认桌子稳固，不会翻倒或滑动。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="124"/>
        <source>table</source>
        <translation>桌子</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="125"/>
        <source>Prone double-end lift</source>
        <translation>俯卧两头起</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="126"/>
        <source>Face down, lift the upper body and the legs together and squeeze the lower back.</source>
        <translation>俯卧，同时抬起上身和双腿，收紧下背部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="127"/>
        <source>Lie face down on a mat, arms by your sides.</source>
        <translation>俯卧在垫子上，双臂放在身体两侧。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="128"/>
        <source>Raise the chest and the legs at the same time while the hips stay on the mat.</source>
        <translation>同时抬起胸部和双腿，臀部留在垫子上。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="129"/>
        <source>Squeeze the lower back firmly at the top.</source>
        <translation>在顶部用力收紧下背部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="130"/>
        <source>Lower both ends together and go again.</source>
        <translation>两头一起放下，再做一次。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="131"/>
        <source>Both ends rise together</source>
        <translation>两头同时抬起</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="132"/>
        <source>A short squeeze at the top</source>
        <translation>顶部短暂收紧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="134"/>
        <source>Abdominal drawing-in</source>
        <translation>腹部内收</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="135"/>
        <source>Pull the navel in, away from the waistband, and hold it while breathing normally.</source>
        <translation>将肚脐向内收，远离裤腰，保持住，同时正常呼吸。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="136"/>
        <source>Lie on your back with knees bent and feet flat on the floor.</source>
        <translation>仰卧，屈膝，双脚平放在地上。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="137"/>
        <source>Breathe out and gently draw your navel in toward the spine, away from your waistband.</source>
        <translation>呼气，轻轻把肚脐向脊柱方向收，远离裤腰。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="138"/>
        <source>Hold it there while you go on breathing.</source>
        <translation>保持在那里，同时继续呼吸。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="139"/>
        <source>Let go slowly and rest before the next one.</source>
        <translation>慢慢放松，休息后再做下一次。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="140"/>
        <source>Breathe; never hold your breath</source>
        <translation>保持呼吸；绝不憋气</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="141"/>
        <source>Back and hips stay still</source>
        <translation>背部和臀部保持不动</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="142"/>
        <source>The article names the exercise without a dose. BackTimer suggests 8 holds of 6 seconds with 4 seconds of rest.</source>
        <translation>文章只给出了练习名称，没有给出量。BackTimer 建议保持 8 次，每次 6 秒，休息 4 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="143"/>
        <source>Prone opposite arm and leg lift</source>
        <translation>俯卧对侧举臂抬腿</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="144"/>
        <source>Face down, raise one arm together with the opposite leg, lower them, and repeat.</source>
        <translation>俯卧，抬起一侧手臂和对侧腿，放下，再重复。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="145"/>
        <source>Lie face down on a mat with arms stretched forward and legs straight.</source>
        <translation>俯卧在垫子上，双臂向前伸直，双腿伸直。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="146"/>
        <source>On the left side, raise the left arm and the right leg a little way together.</source>
        <translation>在左侧时，同时将左臂和右腿稍稍抬起。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="147"/>
        <source>Hold briefly, lower both and repeat for the count.</source>
        <translation>短暂保持，两者一起放下，按次数重复。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="148"/>
        <source>After the switch, lift the right arm with the left leg.</source>
        <translation>换边后，抬起右臂和左腿。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="149"/>
        <source>Hips stay flat on the mat</source>
        <translation>臀部平贴垫子</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="150"/>
        <source>Reach long rather than high</source>
        <translation>向远处伸展，而不是向高处</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="151"/>
        <source>The article only says to repeat it. BackTimer suggests 8 lifts of about 4 seconds for each pairing: left arm with right leg, then right arm with left leg.</source>
        <translation>文章只说要重复。BackTimer 建议每组搭配做 8 次，每次约 4 秒：先左臂配右腿，再右臂配左腿。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="152"/>
        <source>Forearm plank</source>
        <translation>前臂平板支撑</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="153"/>
        <source>Hold the body in one straight line, resting on the forearms and toes.</source>
        <translation>以前臂和脚尖支撑，身体保持一条直线。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="154"/>
        <source>Lie face down with elbows under the shoulders and forearms on the mat.</source>
        <translation>俯卧，肘部在肩膀正下方，前臂放在垫子上。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="155"/>
        <source>Tuck the toes under and lift the body off the mat.</source>
        <translation>脚尖勾起撑地，将身体抬离垫子。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="156"/>
        <source>Make a straight line from head to heels, with the belly drawn in.</source>
        <translation>从头到脚跟形成一条直线，腹部内收。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="157"/>
        <source>Hold for the time, then lower to the knees and rest.</source>
        <translation>保持到时间结束，然后膝盖着地休息。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="158"/>
        <source>Hips neither sagging nor piked</source>
        <translation>臀部既不下沉也不撅起</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="159"/>
        <source>Keep breathing</source>
        <translation>保持呼吸</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="160"/>
        <source>The article gives no time. BackTimer suggests 3 holds of 20 seconds with 20 seconds of rest; build toward 30 seconds as it gets easier.</source>
        <translation>文章没有给出时间。BackTimer 建议保持 3 次，每次 20 秒，休息 20 秒；变轻松后逐步增加到 30 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="161"/>
        <source>Band core rotation</source>
        <translation>弹力带躯干旋转</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="163"/>
        <source>Anchor a resistance band at chest height and stand side-on to it, feet shoulder-width apart.</source>
        <translation>将弹力带固定在胸部高度，侧身站立，双脚与肩同宽。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="164"/>
        <source>Hold the band with both hands, arms straight out in front of the chest.</source>
        <translation>双手握住弹力带，双臂在胸前伸直。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="166"/>
        <source>Return slowly; after the switch, face the other way to work the other side.</source>
        <translation>慢慢转回；换边后转向另一面，练习另一侧。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="167"/>
        <source>Arms and back stay straight</source>
        <translation>手臂和背部保持伸直</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="170"/>
        <source>The article gives no count. BackTimer suggests 10 slow turns of about 4 seconds to each side.</source>
        <translation>文章没有给出次数。BackTimer 建议每侧慢速转动 10 次，每次约 4 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="171"/>
        <source>resistance band</source>
        <translation>弹力带</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="172"/>
        <source>Hyperextension</source>
        <translation>山羊挺身</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="175"/>
        <source>Cross your hands over your chest or rest them behind your head; draw the shoulder blades back and keep the head a little up.</source>
        <translation>双手交叉放在胸前或放在脑后；肩胛骨向后收，头稍微抬起。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="176"/>
        <source>Bend forward only as far as you can keep the natural curve of the lower back.</source>
        <translation>前屈的幅度以能保持下背部自然曲线为限。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="177"/>
        <source>Rise until the body is in line with the legs, and no further.</source>
        <translation>抬起到身体与双腿成一条直线，不要再高。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="178"/>
        <source>Back straight at all times</source>
        <translation>背部始终挺直</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="179"/>
        <source>Rise to a straight line, never beyond</source>
        <translation>抬到一条直线，绝不超过</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="180"/>
        <source>Use the bench only with sound technique, ideally shown to you by a trainer.</source>
        <translation>只有在技术规范时才使用罗马椅，最好由教练示范。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="181"/>
        <source>At home on a couch, do it only with a spotter holding your legs.</source>
        <translation>在家用沙发做时，必须有人扶住你的双腿。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="182"/>
        <source>The article suggests one set of 15 the first time, building later to 3 sets. BackTimer&apos;s default is that first set of 15, about 4 seconds per rep.</source>
        <translation>文章建议第一次做 1 组 15 次，之后逐渐增加到 3 组。BackTimer 默认就是这第一组 15 次，每次约 4 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="183"/>
        <source>hyperextension bench</source>
        <translation>罗马椅</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="184"/>
        <source>Deadlift</source>
        <translation>硬拉</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="185"/>
        <source>Lift a barbell from the floor to standing with a flat back, driving through the legs and hips.</source>
        <translation>背部平直，用腿和髋部发力，将杠铃从地面拉起至站立。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="186"/>
        <source>Stand with the bar over the middle of your feet, feet about hip-width apart.</source>
        <translation>站立，杠铃位于脚掌中部上方，双脚约与髋同宽。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="187"/>
        <source>Hinge at the hips and bend the knees to grip the bar just outside the legs.</source>
        <translation>屈髋屈膝，在双腿外侧握住杠铃。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="188"/>
        <source>Brace the trunk with the chest up and the back flat.</source>
        <translation>收紧躯干，挺胸，背部平直。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="189"/>
        <source>Push through the feet and stand up, keeping the bar close to the legs.</source>
        <translation>双脚蹬地站起，杠铃贴近双腿。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="190"/>
        <source>Lower it the same way, under control.</source>
        <translation>以同样方式有控制地放下。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="191"/>
        <source>Bar close to the body</source>
        <translation>杠铃贴近身体</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="192"/>
        <source>Back flat from start to finish</source>
        <translation>背部自始至终平直</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="193"/>
        <source>Try it only once the basic exercises feel easy and free of pain.</source>
        <translation>只有在基础练习变得轻松且无痛后再尝试。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="194"/>
        <source>The article gives no dose and treats it as a heavier step for later. BackTimer suggests 8 reps at your own pace (press Done) with a light bar.</source>
        <translation>文章没有给出量，并把它视为以后再做的较重一步。BackTimer 建议用轻杠铃按自己的节奏做 8 次（按“完成”）。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="195"/>
        <source>Bent-over row</source>
        <translation>俯身划船</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="196"/>
        <source>Leaning forward with a flat back, pull a barbell up to the lower ribs.</source>
        <translation>背部平直地前倾，将杠铃拉到下肋部。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="197"/>
        <source>Hold a barbell with hands a little wider than the shoulders, knees soft.</source>
        <translation>双手握杠铃，握距略宽于肩，膝盖微屈。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="198"/>
        <source>Hinge forward at the hips until the upper body leans well forward, back flat.</source>
        <translation>屈髋前倾，直到上身明显前倾，背部平直。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="199"/>
        <source>Pull the bar to the lower ribs, squeezing the shoulder blades together.</source>
        <translation>将杠铃拉到下肋部，同时夹紧肩胛骨。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="200"/>
        <source>Lower it slowly until the arms are straight.</source>
        <translation>慢慢放下，直到手臂伸直。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="201"/>
        <source>Trunk stays still</source>
        <translation>躯干保持不动</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="202"/>
        <source>Elbows travel back, close to the body</source>
        <translation>肘部向后，贴近身体</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="203"/>
        <source>Partial curls</source>
        <translation>部分卷腹</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="204"/>
        <source>On your back with knees bent, curl the head and upper chest up while the lower back stays down.</source>
        <translation>仰卧屈膝，抬起头和上胸部，下背部贴地。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="205"/>
        <source>Lie on a mat with knees bent and hands resting on your chest.</source>
        <translation>躺在垫子上，屈膝，双手放在胸前。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="206"/>
        <source>Curl the head and upper chest up off the mat, only as far as is comfortable.</source>
        <translation>将头和上胸部抬离垫子，只抬到舒适的高度。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="207"/>
        <source>Keep the lower back pressed to the mat throughout.</source>
        <translation>下背部始终压在垫子上。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="209"/>
        <source>Lower back stays down</source>
        <translation>下背部保持贴地</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="210"/>
        <source>Move slowly and notice any pain</source>
        <translation>动作缓慢，留意任何疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="211"/>
        <source>Begin only once any back pain has turned dull and is easing, never while it is sharp.</source>
        <translation>只有在背痛变钝并逐渐减轻后才开始，疼痛尖锐时绝不要做。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="212"/>
        <source>With the hands behind the head, never pull the head forward; the belly muscles do the lifting.</source>
        <translation>双手放在脑后时，绝不要把头往前拉；由腹部肌肉发力抬起。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="213"/>
        <source>The article asks for 10 with the hands on the chest, then 10 with the hands behind the head. BackTimer runs this as 2 sets of 10, about 4 seconds each, with 15 seconds between to move the hands.</source>
        <translation>文章要求双手放胸前做 10 次，再双手放脑后做 10 次。BackTimer 将其安排为 2 组，每组 10 次，每次约 4 秒，组间 15 秒用来换手的位置。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="215"/>
        <source>On your back with the arms hovering, bend sideways to reach one hand toward the heel on that side.</source>
        <translation>仰卧，双臂悬空，向一侧弯曲，用手去够同侧脚跟。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="216"/>
        <source>Lie on your back, knees bent and feet flat, arms along your sides.</source>
        <translation>仰卧，屈膝，双脚平放，双臂放在身体两侧。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="217"/>
        <source>Lift the arms so they hover just above the floor.</source>
        <translation>抬起双臂，使其悬在地面上方。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="218"/>
        <source>Bend the trunk sideways and reach the hand toward the heel on the same side.</source>
        <translation>躯干向一侧弯曲，手伸向同侧脚跟。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="219"/>
        <source>Return to the centre and repeat; after the switch, reach toward the other heel.</source>
        <translation>回到中间再重复；换边后伸向另一侧脚跟。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="220"/>
        <source>Arms hover, never resting</source>
        <translation>手臂悬空，从不放下</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="222"/>
        <source>The article asks for 10 on each side. BackTimer counts 10 reaches of about 3 seconds on the left, then 10 on the right.</source>
        <translation>文章要求每侧 10 次。BackTimer 左侧数 10 次，每次约 3 秒，然后右侧 10 次。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="223"/>
        <source>Superman</source>
        <translation>超人式</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="224"/>
        <source>Face down with arms forward and palms together, lift the body slightly off the mat and lower it.</source>
        <translation>俯卧，双臂前伸、掌心相对，将身体稍稍抬离垫子再放下。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="225"/>
        <source>Lie face down on a mat with arms stretched forward and palms pressed together, like a diver.</source>
        <translation>俯卧在垫子上，双臂向前伸直，掌心相贴，像跳水的人一样。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="227"/>
        <source>Hold the tension for a moment.</source>
        <translation>保持紧张片刻。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="228"/>
        <source>Lower slowly and relax before the next one.</source>
        <translation>慢慢放下，放松后再做下一次。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="229"/>
        <source>A small lift is enough</source>
        <translation>稍微抬起就够了</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="230"/>
        <source>Keep the tension as you lower</source>
        <translation>放下时保持紧张</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="231"/>
        <source>The article asks for 10. BackTimer paces them at about 4 seconds each.</source>
        <translation>文章要求做 10 次。BackTimer 每次约 4 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="232"/>
        <source>Cat stretch</source>
        <translation>猫式伸展</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="234"/>
        <source>Kneel on all fours, hands under the shoulders and knees under the hips.</source>
        <translation>四点跪地，双手在肩膀下方，膝盖在臀部下方。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="235"/>
        <source>Let the lower back sink into an arch while you lift your head.</source>
        <translation>抬头，同时让下背部慢慢下凹。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="236"/>
        <source>Then push the back up into a round and let the head drop.</source>
        <translation>然后把背部向上拱圆，让头垂下。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="237"/>
        <source>Move slowly between the two shapes.</source>
        <translation>在两种姿势之间缓慢转换。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="238"/>
        <source>Slow and smooth</source>
        <translation>缓慢、流畅</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="239"/>
        <source>Only as far as feels comfortable</source>
        <translation>只做到舒适的程度</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="240"/>
        <source>The article asks for 10. BackTimer gives each arch-and-round about 5 seconds.</source>
        <translation>文章要求做 10 次。BackTimer 给每次下凹再拱背的动作约 5 秒。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="241"/>
        <source>Back fundamentals</source>
        <translation>背部基础</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="243"/>
        <source>Warm-up: slow, easy movements to loosen the back.</source>
        <translation>热身：缓慢、轻松的动作，让背部放松。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="244"/>
        <source>Warm-up: small, easy side bends, without twisting.</source>
        <translation>热身：幅度小、轻松的侧屈，不要扭转。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="245"/>
        <source>Needs a hyperextension bench, or a couch with a spotter.</source>
        <translation>需要一张罗马椅，或一张沙发和一位帮手。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="246"/>
        <source>Floor basics</source>
        <translation>地面基础</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="248"/>
        <source>Gentle start after back pain</source>
        <translation>背痛后的轻柔入门</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="251"/>
        <source>Home back workout</source>
        <translation>居家背部训练</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="253"/>
        <source>Swallow fly and bent-leg deadlift</source>
        <translation>燕子飞与屈腿硬拉</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="255"/>
        <source>Then fetch the barbell; start light.</source>
        <translation>然后去拿杠铃；从轻重量开始。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="256"/>
        <source>Rise, pause 2 seconds at the top, lower slowly.</source>
        <translation>上举，在顶部停顿 2 秒，慢慢放下。</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../backtimer/ui/player/countdown.py" line="80"/>
        <source>Countdown</source>
        <extracomment>Height of the progress track, as a share of the widget&apos;s height (at least 6 px).</extracomment>
        <translation>倒计时</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="370"/>
        <source>Sound cues could not be played on this audio device.</source>
        <extracomment>backtimer/ui/cue_sounds.py:89</extracomment>
        <translation>无法在此音频设备上播放提示音。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="368"/>
        <source>No audio output device was found: sound cues are off.</source>
        <extracomment>backtimer/ui/cue_sounds.py:81</extracomment>
        <translation>未找到音频输出设备：提示音已关闭。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="372"/>
        <source>Sound files are missing: {0}</source>
        <extracomment>backtimer/ui/cue_sounds.py:85</extracomment>
        <translation>缺少声音文件：{0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="374"/>
        <source>Exercises must not hurt. Skip this one, or end the session for today.</source>
        <extracomment>backtimer/ui/dialogs.py:120</extracomment>
        <translation>练习不应引起疼痛。请跳过这一项，或结束今天的训练。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="376"/>
        <source>It hurts</source>
        <extracomment>backtimer/ui/dialogs.py:118</extracomment>
        <translation>疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="378"/>
        <source>If the pain stays or comes back, see a doctor.</source>
        <extracomment>backtimer/ui/dialogs.py:123</extracomment>
        <translation>如果疼痛持续或反复出现，请就医。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="380"/>
        <source>Skip this exercise</source>
        <extracomment>backtimer/ui/dialogs.py:126</extracomment>
        <translation>跳过此练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="382"/>
        <source>End the session</source>
        <extracomment>backtimer/ui/dialogs.py:127</extracomment>
        <translation>结束训练</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="384"/>
        <source>End the session?</source>
        <extracomment>backtimer/ui/dialogs.py:139</extracomment>
        <translation>结束训练？</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="386"/>
        <source>End this session now? What you did so far is kept in your history.</source>
        <extracomment>backtimer/ui/dialogs.py:140</extracomment>
        <translation>现在结束本次训练吗？已完成的部分会保存在历史中。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="388"/>
        <source>Before you start</source>
        <extracomment>backtimer/ui/dialogs.py:65</extracomment>
        <translation>开始之前</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="390"/>
        <source>Safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:76</extracomment>
        <translation>安全守则</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="392"/>
        <source>I understand</source>
        <extracomment>backtimer/ui/dialogs.py:85</extracomment>
        <translation>我已了解</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="394"/>
        <source>I understand the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:86</extracomment>
        <translation>我已了解安全守则</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="404"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/dialogs.py:92</extracomment>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="406"/>
        <source>Quit BackTimer</source>
        <extracomment>backtimer/ui/dialogs.py:93</extracomment>
        <translation>退出 BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="396"/>
        <source>{name} was stopped and noted as painful.</source>
        <extracomment>backtimer/ui/dialogs.py:119</extracomment>
        <translation>{name}已停止，并记录为引起疼痛。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="400"/>
        <source>Close</source>
        <extracomment>backtimer/ui/dialogs.py:89</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="398"/>
        <source>Keyboard shortcuts</source>
        <extracomment>backtimer/ui/dialogs.py:152</extracomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="402"/>
        <source>Close the safety rules</source>
        <extracomment>backtimer/ui/dialogs.py:90</extracomment>
        <translation>关闭安全规则</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/summary.py" line="174"/>
        <source>This session is not saved yet: the disk is full or failing. BackTimer keeps trying while it runs.</source>
        <translation>本次训练尚未保存：磁盘已满或出错。BackTimer 运行期间会继续尝试。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="408"/>
        <source>Next time, try the easier {easier} instead.</source>
        <extracomment>backtimer/ui/dialogs.py:122</extracomment>
        <translation>下次请改做较容易的{easier}。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="410"/>
        <source>Keys</source>
        <extracomment>backtimer/ui/dialogs.py:158</extracomment>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="412"/>
        <source>Press any key to close.</source>
        <extracomment>backtimer/ui/dialogs.py:159</extracomment>
        <translation>按任意键关闭。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="414"/>
        <source>Train your back safely</source>
        <extracomment>backtimer/ui/dialogs.py:69</extracomment>
        <translation>安全地锻炼背部</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="26"/>
        <source>See your doctor before you start: some back problems need their own treatment.</source>
        <translation>开始前请先咨询医生：有些背部问题需要专门治疗。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="30"/>
        <source>No exercise should hurt. If one does, stop at once (press H) and ask for advice.</source>
        <translation>任何练习都不应引起疼痛。如有疼痛，请立即停止（按 H）并寻求建议。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="34"/>
        <source>Do not train while the pain is sharp or inflamed; begin once it has become dull and is fading.</source>
        <translation>疼痛尖锐或有炎症时不要锻炼；等疼痛变钝并逐渐减轻后再开始。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="39"/>
        <source>Always begin with a gentle warm-up. Every built-in routine opens with one.</source>
        <translation>始终从轻柔的热身开始。每个内置方案都以热身开头。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="43"/>
        <source>Aim for four to five sessions a week.</source>
        <translation>目标是每周四到五次。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="47"/>
        <source>Add time or difficulty a little at a time. More is not better; go by what you can do.</source>
        <translation>时间或难度要一点一点增加。并非越多越好；量力而行。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/dialogs.py" line="51"/>
        <source>Loaded exercises (deadlifts, rows, gym hyperextensions) only with sound technique or a trainer; a hyperextension on a couch needs someone to hold your legs.</source>
        <translation>负重练习（硬拉、划船、健身房山羊挺身）只能在技术规范或有教练指导时进行；在沙发上做山羊挺身需要有人扶住双腿。</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="416"/>
        <source>Add “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:140</extracomment>
        <translation>添加“{name}”</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="418"/>
        <source>Remove “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:152</extracomment>
        <translation>移除“{name}”</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="420"/>
        <source>Move item {a} to place {b}</source>
        <extracomment>backtimer/ui/editor/commands.py:165</extracomment>
        <translation>将第 {a} 项移到第 {b} 位</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="422"/>
        <source>Change item {n}</source>
        <extracomment>backtimer/ui/editor/commands.py:181</extracomment>
        <translation>修改第 {n} 项</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="424"/>
        <source>Set every rest to {s} s</source>
        <extracomment>backtimer/ui/editor/commands.py:257</extracomment>
        <translation>将所有休息设为 {s} 秒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="426"/>
        <source>New exercise “{name}”</source>
        <extracomment>backtimer/ui/editor/commands.py:275</extracomment>
        <translation>新练习“{name}”</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="215"/>
        <source>Rename routine</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="216"/>
        <source>Change description</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="217"/>
        <source>Change lead-in</source>
        <translation>修改准备时间</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/commands.py" line="222"/>
        <source>Change routine</source>
        <translation>修改方案</translation>
    </message>
</context>
<context>
    <name>EditorModels</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="428"/>
        <source>Your routine</source>
        <extracomment>backtimer/ui/editor/models.py:93</extracomment>
        <translation>你的方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="430"/>
        <source>Built-in routine: read-only. Duplicate it to make your own copy.</source>
        <extracomment>backtimer/ui/editor/models.py:92</extracomment>
        <translation>内置方案：只读。复制后即可得到自己的副本。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="432"/>
        <source> (custom)</source>
        <extracomment>backtimer/ui/editor/models.py:333</extracomment>
        <translation>（自定义）</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="434"/>
        <source>{name}: about {time}, its rest included</source>
        <extracomment>backtimer/ui/editor/models.py:200</extracomment>
        <translation>{name}：约 {time}，含休息</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="436"/>
        <source>{name} (built-in)</source>
        <extracomment>backtimer/ui/editor/models.py:89</extracomment>
        <translation>{name}（内置）</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="179"/>
        <source>Routine</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="236"/>
        <source>Planned time: {t}</source>
        <translation>计划时长：{t}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="244"/>
        <source>built-in, read-only</source>
        <translation>内置，只读</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="246"/>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="248"/>
        <source>unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="256"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="256"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="258"/>
        <source>item {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="260"/>
        <source>Cannot be saved: {place}: {message}</source>
        <translation>无法保存：{place}：{message}</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="262"/>
        <source>(and {n} more)</source>
        <translation>（另有 {n} 个）</translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/editor/page.py" line="319"/>
        <source>Add %n exercises</source>
        <translation>
            <numerusform>添加 %n 个动作</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="373"/>
        <source>Any position</source>
        <translation>任意姿势</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="380"/>
        <source>Any level</source>
        <translation>任意级别</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="382"/>
        <source>Entry</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="383"/>
        <source>Home</source>
        <translation>居家</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="384"/>
        <source>Gym</source>
        <translation>健身房</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="393"/>
        <source>Any equipment</source>
        <translation>任意器材</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="425"/>
        <source>Save routine</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="441"/>
        <location filename="../backtimer/ui/editor/page.py" line="451"/>
        <location filename="../tools/translations/content_strings.py" line="464"/>
        <source>New routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:61</extracomment>
        <translation>新方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="449"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/page.py" line="450"/>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation>“{name}”有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="452"/>
        <source>{name} ({n})</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:47</extracomment>
        <translation>{name}（{n}）</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="454"/>
        <source>{name} (copy)</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:71</extracomment>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="456"/>
        <source>Duplicate routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:75</extracomment>
        <translation>复制方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="448"/>
        <source>Rename</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:86</extracomment>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="450"/>
        <source>Save or revert your changes first.</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:86</extracomment>
        <translation>请先保存或撤销你的更改。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="438"/>
        <source>Rename routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:89</extracomment>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="440"/>
        <source>New name:</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:89</extracomment>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="458"/>
        <source>Deleted “{name}”.</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:109</extracomment>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="460"/>
        <source>Undo delete</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:121</extracomment>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="442"/>
        <source>Import routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:133</extracomment>
        <translation>导入方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="444"/>
        <source>BackTimer routines (*.backtimer.json)</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:133</extracomment>
        <translation>BackTimer 方案 (*.backtimer.json)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="462"/>
        <source>Import refused</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:141</extracomment>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="446"/>
        <source>Export routine</source>
        <extracomment>backtimer/ui/editor/routine_actions.py:155</extracomment>
        <translation>导出方案</translation>
    </message>
</context>
<context>
    <name>EditorSafety</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="466"/>
        <source> (loaded)</source>
        <extracomment>backtimer/ui/editor/safety_notes.py:48</extracomment>
        <translation>（负重）</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="468"/>
        <source>Warm-up advice</source>
        <extracomment>backtimer/ui/editor/safety_notes.py:36</extracomment>
        <translation>热身建议</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="94"/>
        <location filename="../backtimer/ui/editor/view.py" line="97"/>
        <source>Routines</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="102"/>
        <source>New routine</source>
        <translation>新方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="104"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="105"/>
        <source>Duplicate routine</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="106"/>
        <source>Make an editable copy of this routine</source>
        <translation>创建此方案的可编辑副本</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename routine</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="109"/>
        <source>Rename this routine</source>
        <translation>重命名此方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete routine</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="112"/>
        <source>Delete this routine (undoable)</source>
        <translation>删除此方案（可撤销）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import routine</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="115"/>
        <source>Import a routine file</source>
        <translation>导入方案文件</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Export routine</source>
        <translation>导出方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="118"/>
        <source>Save this routine to a file</source>
        <translation>将此方案保存到文件</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <location filename="../backtimer/ui/editor/view.py" line="326"/>
        <location filename="../backtimer/ui/editor/view.py" line="342"/>
        <location filename="../backtimer/ui/editor/view.py" line="350"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="140"/>
        <source>Bring the deleted routine back</source>
        <translation>恢复已删除的方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="153"/>
        <source>Routine</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="161"/>
        <source>Routine name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="163"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="165"/>
        <location filename="../backtimer/ui/editor/view.py" line="168"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="171"/>
        <location filename="../backtimer/ui/editor/view.py" line="176"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="172"/>
        <location filename="../backtimer/ui/editor/view.py" line="191"/>
        <source>Lead-in</source>
        <translation>准备时间</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="173"/>
        <source>Countdown before the first exercise (0–600 s)</source>
        <translation>第一个练习前的倒计时（0–600 秒）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="177"/>
        <location filename="../backtimer/ui/editor/view.py" line="187"/>
        <source>Default rest</source>
        <translation>默认休息</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="178"/>
        <source>Rest after each exercise you add (0–1800 s)</source>
        <translation>每个新添加练习后的休息（0–1800 秒）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="180"/>
        <source>Apply to all</source>
        <translation>应用到全部</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="181"/>
        <source>Apply default rest to all items</source>
        <translation>将默认休息应用到所有项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="182"/>
        <source>Give every item this rest after it</source>
        <translation>让每个项目之后都休息这么久</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="193"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="196"/>
        <source>Items of the routine</source>
        <translation>方案中的项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="197"/>
        <source>Drag to reorder; Alt+Up / Alt+Down moves; Del removes</source>
        <translation>拖动可调整顺序；Alt+上 / Alt+下 移动；Del 移除</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move item up</source>
        <translation>上移项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="208"/>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+上）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move item down</source>
        <translation>下移项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="211"/>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+下）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove item</source>
        <translation>移除项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="214"/>
        <source>Remove the item (Del)</source>
        <translation>移除项目（Del）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="225"/>
        <source>Planned time</source>
        <translation>计划时长</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="234"/>
        <source>What stops saving</source>
        <translation>无法保存的原因</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <location filename="../backtimer/ui/editor/view.py" line="330"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Save routine</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="240"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Revert changes</source>
        <translation>还原更改</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="244"/>
        <source>Throw away unsaved changes</source>
        <translation>放弃未保存的更改</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="247"/>
        <location filename="../backtimer/ui/editor/view.py" line="248"/>
        <source>Run in player</source>
        <translation>在播放器中运行</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="249"/>
        <source>Run this routine in the player</source>
        <translation>在播放器中运行此方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="262"/>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="264"/>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="265"/>
        <source>Search exercises</source>
        <translation>搜索练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="270"/>
        <source>Filter by position</source>
        <translation>按姿势筛选</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="272"/>
        <source>Filter by equipment</source>
        <translation>按器材筛选</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="274"/>
        <source>Filter by level</source>
        <translation>按级别筛选</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="276"/>
        <source>Position</source>
        <translation>姿势</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="277"/>
        <source>Equipment</source>
        <translation>器材</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="278"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="293"/>
        <source>Exercises to add</source>
        <translation>可添加的练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="295"/>
        <source>Double-click or Enter adds; or drag into the items</source>
        <translation>双击或按 Enter 添加；也可拖到项目中</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add exercise</source>
        <translation>添加练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="303"/>
        <source>Add after the current item (Enter)</source>
        <translation>添加到当前项目之后（Enter）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="306"/>
        <source>New exercise…</source>
        <translation>新练习…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="307"/>
        <source>New custom exercise</source>
        <translation>新建自定义练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="308"/>
        <source>Describe an exercise of your own</source>
        <translation>描述你自己的练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="328"/>
        <location filename="../backtimer/ui/editor/view.py" line="343"/>
        <location filename="../backtimer/ui/editor/view.py" line="351"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="333"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/view.py" line="334"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="40"/>
        <source>Lying on the back</source>
        <translation>仰卧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="41"/>
        <source>Lying face down</source>
        <translation>俯卧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="42"/>
        <source>On all fours</source>
        <translation>四点跪姿</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="43"/>
        <source>Standing</source>
        <translation>站立</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="44"/>
        <source>Lying on one side</source>
        <translation>侧卧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="45"/>
        <source>Kneeling</source>
        <translation>跪姿</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="46"/>
        <source>On a bench or machine</source>
        <translation>在长凳或器械上</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="70"/>
        <source>New exercise</source>
        <translation>新练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="75"/>
        <source>Exercise name</source>
        <translation>练习名称</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="78"/>
        <source>Instructions, one step per line</source>
        <translation>步骤说明，每行一步</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="79"/>
        <source>One step per line</source>
        <translation>每行一步</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="81"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="100"/>
        <source>Position</source>
        <translation>姿势</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="85"/>
        <source>Equipment, separated by commas</source>
        <translation>器材，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="86"/>
        <source>mat, towel</source>
        <translation>垫子，毛巾</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="87"/>
        <source>Done one side at a time</source>
        <translation>每次做一侧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="88"/>
        <source>One-sided</source>
        <translation>单侧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="89"/>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="90"/>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="91"/>
        <source>Choose picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="98"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="99"/>
        <source>Instructions</source>
        <translation>步骤说明</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="101"/>
        <source>Equipment</source>
        <translation>器材</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="106"/>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="147"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="126"/>
        <source>The exercise needs a name.</source>
        <translation>练习需要一个名称。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="128"/>
        <source>Write at least one step of instructions.</source>
        <translation>请至少写一个步骤。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="137"/>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/exercise_dialog.py" line="137"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="101"/>
        <source>Exercise illustration</source>
        <translation>练习插图</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="297"/>
        <source>Picture of the exercise %1</source>
        <translation>练习%1的图片</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="300"/>
        <source>Animated figure showing %1, left side</source>
        <translation>动画人物演示%1，左侧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="302"/>
        <source>Animated figure showing %1, right side</source>
        <translation>动画人物演示%1，右侧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="304"/>
        <source>Animated figure showing %1</source>
        <translation>动画人物演示%1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/figure_widget.py" line="307"/>
        <location filename="../backtimer/ui/figure_widget.py" line="309"/>
        <source>No illustration</source>
        <translation>无插图</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="338"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="341"/>
        <source>{holds} × {hold} hold</source>
        <translation>{holds} × 保持 {hold}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="339"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n 次 × {pace} 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="340"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="342"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n 组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="343"/>
        <source>each side</source>
        <translation>每侧</translation>
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
        <translation>未给出</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="472"/>
        <source>History charts</source>
        <extracomment>backtimer/ui/history/charts.py:79</extracomment>
        <translation>历史图表</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="474"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/history/charts.py:94</extracomment>
        <translation>每周练习分钟数</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="476"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/history/charts.py:95</extracomment>
        <translation>每周训练次数</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="478"/>
        <source>Pain before and after (0–10)</source>
        <extracomment>backtimer/ui/history/charts.py:96</extracomment>
        <translation>训练前后疼痛（0–10）</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="480"/>
        <source>No sessions yet.</source>
        <extracomment>backtimer/ui/history/charts.py:192</extracomment>
        <translation>还没有训练记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="482"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/history/charts.py:393</extracomment>
        <translation>
            <numerusform>%n 次训练</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="484"/>
        <source>Before</source>
        <extracomment>backtimer/ui/history/charts.py:123</extracomment>
        <translation>训练前</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="486"/>
        <source>After</source>
        <extracomment>backtimer/ui/history/charts.py:126</extracomment>
        <translation>训练后</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="494"/>
        <source>Exercised: %1 min</source>
        <extracomment>backtimer/ui/history/charts.py:392</extracomment>
        <translation>训练时长：%1 分钟</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="488"/>
        <source>goal of %1 met</source>
        <extracomment>backtimer/ui/history/charts.py:396</extracomment>
        <translation>已达成目标 %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="490"/>
        <source>goal of %1 not met</source>
        <extracomment>backtimer/ui/history/charts.py:396</extracomment>
        <translation>未达成目标 %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="492"/>
        <source>goal %1</source>
        <extracomment>backtimer/ui/history/charts.py:297</extracomment>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="496"/>
        <source>Pain before: %1</source>
        <extracomment>backtimer/ui/history/charts.py:415</extracomment>
        <translation>训练前疼痛：%1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="498"/>
        <source>Pain after: %1</source>
        <extracomment>backtimer/ui/history/charts.py:416</extracomment>
        <translation>训练后疼痛：%1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="500"/>
        <source>Goal met in %1 of the last %2 weeks.</source>
        <extracomment>backtimer/ui/history/charts.py:207</extracomment>
        <translation>最近 %2 周中有 %1 周达成目标。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="502"/>
        <source>Last week: %1 sessions, %2 minutes.</source>
        <extracomment>backtimer/ui/history/charts.py:201</extracomment>
        <translation>上周：%1 次训练，%2 分钟。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="504"/>
        <source>Pain at the last session: %1 before, %2 after.</source>
        <extracomment>backtimer/ui/history/charts.py:217</extracomment>
        <translation>上次训练的疼痛：训练前 %1，训练后 %2。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="506"/>
        <source>This week: %1 sessions of a goal of %2, %3 minutes.</source>
        <extracomment>backtimer/ui/history/charts.py:194</extracomment>
        <translation>本周：%1 次训练（目标 %2 次），%3 分钟。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="508"/>
        <source>Week %1 of %2, from %3</source>
        <extracomment>backtimer/ui/history/charts.py:388</extracomment>
        <translation>第 %1 周，共 %2 周，从 %3 起</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="83"/>
        <source>Delete the session of %1</source>
        <translation>删除 %1 的训练</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="136"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="147"/>
        <source>Sessions</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="148"/>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="162"/>
        <source>Session details</source>
        <translation>训练详情</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="165"/>
        <location filename="../backtimer/ui/history/page.py" line="168"/>
        <source>Delete session…</source>
        <translation>删除训练…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="166"/>
        <source>Delete the selected session</source>
        <translation>删除所选训练</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="172"/>
        <location filename="../backtimer/ui/history/page.py" line="187"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="181"/>
        <source>Rep&amp;ort for your physiotherapist…</source>
        <translation>给理疗师的报告(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="184"/>
        <source>A PDF of your sessions, pain ratings and what hurt, for a chosen period</source>
        <translation>所选时间段内训练、疼痛评分和疼痛记录的 PDF</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="188"/>
        <source>Undo the deletion</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="198"/>
        <source> a week</source>
        <translation> 次/周</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="199"/>
        <source>Weekly goal, sessions a week</source>
        <translation>每周目标，每周训练次数</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="200"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="203"/>
        <source>Current streak</source>
        <translation>当前连续</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="205"/>
        <source>Last 12 weeks</source>
        <translation>最近 12 周</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="206"/>
        <source>Show the last 12 weeks</source>
        <translation>显示最近 12 周</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="207"/>
        <source>All weeks</source>
        <translation>所有周</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="208"/>
        <source>Show all weeks</source>
        <translation>显示所有周</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="343"/>
        <source>Delete the session of %1 (%2)? You can undo this.</source>
        <translation>删除 %1 的训练（%2）吗？可以撤销。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="345"/>
        <source>Delete session</source>
        <translation>删除训练</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="348"/>
        <source>Deleted the session of %1.</source>
        <translation>已删除 %1 的训练。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="420"/>
        <source>No session selected. Finished sessions appear in the list.</source>
        <translation>未选择训练。已完成的训练会出现在列表中。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/page.py" line="439"/>
        <source>No streak yet: meet the goal this week to start one</source>
        <translation>尚无连续记录：本周达成目标即可开始</translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="442"/>
        <source>Streak: %n+ weeks in a row meeting the goal</source>
        <translation>
            <numerusform>连续 %n 周以上达到目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="444"/>
        <source>Streak: %n weeks in a row meeting the goal</source>
        <translation>
            <numerusform>连续 %n 周达到目标</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="70"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="179"/>
        <source>No item selected</source>
        <translation>未选择项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="77"/>
        <source>Timed</source>
        <translation>计时</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="78"/>
        <source>Paced repetitions</source>
        <translation>按节拍重复</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="79"/>
        <source>Repetitions at my own pace</source>
        <translation>按自己的节奏重复</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="80"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Holds</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="84"/>
        <source>Each side (left, then right)</source>
        <translation>每侧（先左后右）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="85"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="158"/>
        <source>Warm-up</source>
        <translation>热身</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="87"/>
        <source>A short note shown with the item</source>
        <translation>随项目显示的简短备注</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="91"/>
        <source>Problems with this item</source>
        <translation>此项目的问题</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="126"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="127"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="129"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="128"/>
        <source>How the exercise is done</source>
        <translation>练习如何进行</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Work time</source>
        <translation>练习时间</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="130"/>
        <source>Seconds of work (1–7200)</source>
        <translation>练习秒数（1–7200）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="131"/>
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="131"/>
        <source>Repetitions per set (1–1000)</source>
        <translation>每组重复次数（1–1000）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="134"/>
        <source>Pace</source>
        <translation>节拍</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="135"/>
        <source> s per rep</source>
        <translation> 秒/次</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="136"/>
        <source>Seconds per repetition (0.5–60)</source>
        <translation>每次重复的秒数（0.5–60）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="139"/>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="139"/>
        <source>Seconds per hold (1–7200)</source>
        <translation>每次保持的秒数（1–7200）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="141"/>
        <source>Rest between holds</source>
        <translation>保持之间的休息</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="141"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Seconds (0–1800)</source>
        <translation>秒数（0–1800）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="143"/>
        <source>Number of holds (1–200)</source>
        <translation>保持次数（1–200）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Sets</source>
        <translation>组数</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="144"/>
        <source>Number of sets (1–50)</source>
        <translation>组数（1–50）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="145"/>
        <source>Rest between sets</source>
        <translation>组间休息</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="146"/>
        <source>Each side</source>
        <translation>每侧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="147"/>
        <source>Do the work on the left side, then on the right</source>
        <translation>先练左侧，再练右侧</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="150"/>
        <source>Switch sides</source>
        <translation>换边</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="150"/>
        <source>Pause to change sides (0–1800)</source>
        <translation>换边停顿（0–1800）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="154"/>
        <source>Rest after</source>
        <translation>之后休息</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="156"/>
        <source>Rest after this item (0–1800); not after the last item</source>
        <translation>此项目之后的休息（0–1800）；最后一项之后不休息</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="159"/>
        <source>Mark this item as a warm-up</source>
        <translation>将此项目标为热身</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="161"/>
        <location filename="../backtimer/ui/editor/item_form.py" line="163"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="162"/>
        <source>A short note shown with the item (500 characters)</source>
        <translation>随项目显示的简短备注（500 字符）</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="215"/>
        <source>This item</source>
        <translation>此项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/editor/item_form.py" line="216"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="350"/>
        <source>%n earlier sessions ended without saving; kept as interrupted.</source>
        <extracomment>backtimer/startup.py:203</extracomment>
        <translation>
            <numerusform>之前有 %n 次训练未保存就结束了；已记为中断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="352"/>
        <source>%n history writes could not be saved (the disk is full or failing); they are lost.</source>
        <extracomment>backtimer/startup.py:222</extracomment>
        <translation>
            <numerusform>有 %n 条历史记录无法保存（磁盘已满或出错），已丢失。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="358"/>
        <source>There is no routine called “%1”.</source>
        <extracomment>backtimer/startup.py:181</extracomment>
        <translation>没有名为“%1”的训练计划。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="354"/>
        <source>The history file was damaged. It was moved to %1 and a new one was started.</source>
        <extracomment>backtimer/startup.py:241</extracomment>
        <translation>历史文件已损坏，已移至 %1，并新建了一个文件。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="356"/>
        <source>The history is empty because the earlier, damaged file was moved to %1.</source>
        <extracomment>backtimer/startup.py:248</extracomment>
        <translation>历史为空，因为之前损坏的文件已移至 %1。</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="84"/>
        <source>BackTimer cannot use the data folder %1: it cannot create its lock file there.</source>
        <translation>BackTimer 无法使用数据文件夹 %1：无法在其中创建锁文件。</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="87"/>
        <source>BackTimer is already running; brought it to the front.</source>
        <translation>BackTimer 已在运行；已将其窗口置于前台。</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="88"/>
        <source>BackTimer is already running for %1 (it did not answer: %2); bring its window to the front yourself.</source>
        <translation>BackTimer 已在为 %1 运行（它没有响应：%2）；请自行将其窗口置于前台。</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="119"/>
        <source>BackTimer needs a graphical desktop to open its window, and there is none here (DISPLAY is not set). The sub-commands work without one: see backtimer --help.</source>
        <translation>BackTimer 需要图形桌面才能打开窗口，而这里没有（未设置 DISPLAY）。子命令不需要桌面也能使用：请参阅 backtimer --help。</translation>
    </message>
    <message>
        <location filename="../backtimer/launch.py" line="131"/>
        <source>BackTimer cannot reach the display %1: no X server is running there.</source>
        <translation>BackTimer 无法连接到显示器 %1：那里没有运行 X 服务器。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="568"/>
        <source>Pages</source>
        <extracomment>backtimer/ui/main_window.py:85</extracomment>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="570"/>
        <source>&amp;Player</source>
        <extracomment>backtimer/ui/main_window.py:88</extracomment>
        <translation>训练(&amp;P)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="580"/>
        <source>Full screen</source>
        <extracomment>backtimer/ui/main_window.py:143</extracomment>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="572"/>
        <source>Status</source>
        <extracomment>backtimer/ui/main_window.py:99</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="582"/>
        <source>&amp;Settings…</source>
        <extracomment>backtimer/ui/main_window.py:164</extracomment>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="584"/>
        <source>Open the settings</source>
        <extracomment>backtimer/ui/main_window.py:165</extracomment>
        <translation>打开设置</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="586"/>
        <source>&amp;Reminders…</source>
        <extracomment>backtimer/ui/main_window.py:170</extracomment>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="588"/>
        <source>Choose when BackTimer reminds you</source>
        <extracomment>backtimer/ui/main_window.py:170</extracomment>
        <translation>选择 BackTimer 何时提醒你</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="590"/>
        <source>Sa&amp;fety rules</source>
        <extracomment>backtimer/ui/main_window.py:172</extracomment>
        <translation>安全规则(&amp;F)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="592"/>
        <source>Read the safety rules again</source>
        <extracomment>backtimer/ui/main_window.py:172</extracomment>
        <translation>再次阅读安全规则</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="594"/>
        <source>&amp;About BackTimer</source>
        <extracomment>backtimer/ui/main_window.py:174</extracomment>
        <translation>关于 BackTimer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="596"/>
        <source>Version, licence and sources</source>
        <extracomment>backtimer/ui/main_window.py:174</extracomment>
        <translation>版本、许可证和来源</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="598"/>
        <source>&amp;Quit</source>
        <extracomment>backtimer/ui/main_window.py:177</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="600"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/main_window.py:177</extracomment>
        <translation>关闭 BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="574"/>
        <source>Menu</source>
        <extracomment>backtimer/ui/main_window.py:101</extracomment>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="576"/>
        <source>Application menu</source>
        <extracomment>backtimer/ui/main_window.py:102</extracomment>
        <translation>应用程序菜单</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="578"/>
        <source>Settings, reminders, help and quit</source>
        <extracomment>backtimer/ui/main_window.py:106</extracomment>
        <translation>设置、提醒、帮助和退出</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="602"/>
        <source>Next page</source>
        <extracomment>backtimer/ui/main_window.py:139</extracomment>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="604"/>
        <source>Previous page</source>
        <extracomment>backtimer/ui/main_window.py:139</extracomment>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="606"/>
        <source>This page could not be opened: {error}</source>
        <extracomment>backtimer/ui/main_window.py:61</extracomment>
        <translation>无法打开此页面：{error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../backtimer/ui/notifications.py" line="161"/>
        <source>Open BackTimer</source>
        <translation>打开 BackTimer</translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="52"/>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="53"/>
        <source>Pain check-in</source>
        <translation>疼痛评估</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="57"/>
        <source>0 = no pain, 10 = the worst pain you can imagine</source>
        <translation>0 = 无痛，10 = 能想象的最剧烈疼痛</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="66"/>
        <source>Pain %1 out of 10</source>
        <translation>疼痛 %1 / 10</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="74"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="75"/>
        <source>Skip the pain check-in</source>
        <translation>跳过疼痛评估</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="97"/>
        <source>How much does your back hurt now, before you start?</source>
        <translation>现在背部有多痛（开始前）？</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/pain_checkin.py" line="98"/>
        <source>How much does your back hurt now, after the session?</source>
        <translation>现在背部有多痛（训练后）？</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="261"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="262"/>
        <source>Get ready</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="263"/>
        <source>Work</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="264"/>
        <source>Hold {n} of {total}</source>
        <translation>保持 第 {n}/{total} 次</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="265"/>
        <source>Rest between holds</source>
        <translation>保持之间的休息</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="266"/>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="267"/>
        <source>Rest before set {n}</source>
        <translation>第 {n} 组前休息</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="268"/>
        <source>Switch sides</source>
        <translation>换边</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="269"/>
        <source>Switch to your left side</source>
        <translation>换到左侧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="270"/>
        <source>Switch to your right side</source>
        <translation>换到右侧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="271"/>
        <source>Rep {n} of {total}</source>
        <translation>第 {n}/{total} 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="272"/>
        <source>%n reps at your pace</source>
        <translation>
            <numerusform>按自己的节奏做 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="273"/>
        <source>Set {n} of {total}</source>
        <translation>第 {n}/{total} 组</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="274"/>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="275"/>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="276"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="277"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="278"/>
        <source>Routine completed</source>
        <translation>方案已完成</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="279"/>
        <source>Routine completed, but something hurt</source>
        <translation>训练完成，但有练习引起疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="280"/>
        <source>Session stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="281"/>
        <source>Session stopped because it hurt</source>
        <translation>训练因疼痛而停止</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="282"/>
        <source>Session stopped; something hurt</source>
        <translation>训练已停止；有练习引起疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="283"/>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="284"/>
        <source>Next: {name}</source>
        <translation>下一个：{name}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="285"/>
        <source>This is the last exercise</source>
        <translation>这是最后一个练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="286"/>
        <source>Paused. Press Space to go on.</source>
        <translation>已暂停。按空格键继续。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="287"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="288"/>
        <source>Paused because the computer was asleep. Press Space to go on.</source>
        <translation>因电脑休眠而暂停。按空格键继续。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="289"/>
        <source>Paused because BackTimer was frozen for a while. Press Space to go on.</source>
        <translation>因 BackTimer 曾卡住一段时间而暂停。按空格键继续。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="290"/>
        <source>Stopped because it hurts.</source>
        <translation>因疼痛而停止。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="291"/>
        <source>Press Enter when done</source>
        <translation>完成后按 Enter</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="292"/>
        <source>Done when ready</source>
        <translation>完成后按确认</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="293"/>
        <source>of {total} · {time} left</source>
        <translation>共 {total} 次 · 剩余 {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="295"/>
        <source>Press Space to start</source>
        <translation>按空格键开始</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="296"/>
        <source>Press Space to start again</source>
        <translation>按空格键重新开始</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="297"/>
        <source>{name}: {phase}.</source>
        <translation>{name}：{phase}。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="298"/>
        <source>Get ready. First: {name}.</source>
        <translation>准备。第一个：{name}。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="299"/>
        <source>Rest. Next: {name}.</source>
        <translation>休息。接下来：{name}。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="300"/>
        <source>Rest.</source>
        <translation>休息。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="301"/>
        <source>Routine completed. Well done.</source>
        <translation>训练完成。做得好。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="302"/>
        <source>Session stopped.</source>
        <translation>训练已停止。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="303"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="304"/>
        <source>Next: {name}, {dose}</source>
        <translation>下一个：{name}，{dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="305"/>
        <source>Next: {name}, {side}, {dose}</source>
        <translation>下一个：{name}，{side}，{dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="306"/>
        <source>Next: {name}. Hold, {duration}</source>
        <translation>下一个：{name}。保持 {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="307"/>
        <source>Next: {name}, {side}. Hold, {duration}</source>
        <translation>下一个：{name}，{side}。保持 {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="308"/>
        <source>Get ready. First: {name}</source>
        <translation>准备。第一个：{name}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="309"/>
        <source>Set {set_no} of {sets}, {dose}</source>
        <translation>第 {set_no} 组，共 {sets} 组，{dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="310"/>
        <source>Right side, {dose}</source>
        <translation>右侧，{dose}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="311"/>
        <source>Hold, {duration}</source>
        <translation>保持 {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="312"/>
        <source>Rest, {duration}</source>
        <translation>休息 {duration}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="313"/>
        <source>Halfway</source>
        <translation>过半</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="314"/>
        <source>Well done. Routine finished.</source>
        <translation>做得好。方案完成。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="315"/>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="316"/>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="317"/>
        <source>%n repetitions</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="318"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="319"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="323"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n 次 × {pace} 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="324"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="326"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n 组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="334"/>
        <source>The warm-up lasts %n seconds. Two minutes of easy movement prepare the back better.</source>
        <translation>
            <numerusform>热身只有 %n 秒。两分钟的轻松活动能更好地让背部做好准备。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="336"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or try {next}. Go slowly; more is not better.</source>
        <translation>
            <numerusform>已连续 %n 次轻松完成“{routine}”。如果你觉得准备好了，可以稍微加一点难度：给一个练习加一组，或者试试“{next}”。慢慢来，并非越多越好。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="337"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or a few seconds to a hold. Go slowly; more is not better.</source>
        <translation>
            <numerusform>已连续 %n 次轻松完成“{routine}”。如果你觉得准备好了，可以稍微加一点难度：给一个练习加一组，或者把保持时间延长几秒。慢慢来，并非越多越好。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="616"/>
        <source>No training today. Start again once the pain has turned dull and is easing.</source>
        <extracomment>backtimer/ui/player/controller.py:257</extracomment>
        <translation>今天不练。等疼痛变钝并逐渐减轻后再开始。</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="770"/>
        <source>{name} hurt in {hurt} of your last %n sessions.</source>
        <extracomment>backtimer/ui/player/warnings.py:37</extracomment>
        <translation>
            <numerusform>{name} 在您最近 %n 次训练中有 {hurt} 次引起疼痛。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="320"/>
        <source>{minutes} and {seconds}</source>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="294"/>
        <source>%n reps · {time}</source>
        <translation>
            <numerusform>%n 次 · {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="321"/>
        <source>at your own pace</source>
        <translation>按自己的节奏</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="322"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="325"/>
        <source>{holds} × {hold} hold</source>
        <translation>{holds} × 保持 {hold}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="327"/>
        <source>each side</source>
        <translation>每侧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="328"/>
        <source>{name} is a loaded lift: it needs a barbell and sound technique. Start with a light bar, ideally with a trainer watching, and stop if your form slips or it hurts.</source>
        <translation>{name}是负重练习：需要杠铃和规范的技术。从轻杠铃开始，最好有教练在旁指导；动作变形或感到疼痛时立即停止。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="329"/>
        <source>{name} needs a hyperextension bench, or a couch with a spotter holding your legs. Learn it with a trainer if you can, start with one easy set, and stop if it hurts.</source>
        <translation>{name}需要罗马椅，或一张沙发加一个帮你压住双腿的人。尽量在教练指导下学习，先做一组轻松的，感到疼痛就停止。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="330"/>
        <source>{name} carries a load: learn the technique first, ideally with a trainer, start light, and stop if it hurts.</source>
        <translation>{name}是负重练习：先学好技术，最好有教练指导，从轻重量开始，感到疼痛就停止。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="331"/>
        <source>Your pain is high ({rating} of 10). The articles advise waiting while pain is sharp and starting only once it has turned dull and is easing. You can do Gentle start instead, or not train today.</source>
        <translation>你的疼痛程度较高（{rating}/10）。文章建议在疼痛尖锐时等待，等疼痛变钝并逐渐减轻后再开始。你可以改做“轻柔入门”，或者今天不练。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="332"/>
        <source>You describe your pain as sharp. The articles advise waiting while pain is sharp and starting only once it has turned dull and is easing. You can do Gentle start instead, or not train today.</source>
        <translation>你描述的疼痛是尖锐的。文章建议在疼痛尖锐时等待，等疼痛变钝并逐渐减轻后再开始。你可以改做“轻柔入门”，或者今天不练。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="333"/>
        <source>This routine does not start with a warm-up. Begin with two minutes of easy movement, such as the cat stretch, and mark it as a warm-up.</source>
        <translation>这个方案没有以热身开始。请先做两分钟轻松的动作，例如猫式伸展，并把它标记为热身。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="335"/>
        <source>The warm-up holds still. Easy movement, such as the cat stretch, prepares the back better.</source>
        <translation>热身只有静止保持。轻松的动作，例如猫式伸展，能更好地让背部做好准备。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="614"/>
        <source>Stop the current session before choosing another routine.</source>
        <extracomment>backtimer/ui/player/controller.py:182</extracomment>
        <translation>请先停止当前训练，再选择其他方案。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="618"/>
        <source>Stopped before the first exercise. Rest, and see a doctor if the pain stays.</source>
        <extracomment>backtimer/ui/player/controller.py:327</extracomment>
        <translation>在第一个练习前已停止。请休息；如果疼痛持续，请就医。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="620"/>
        <source>That does not apply right now.</source>
        <extracomment>backtimer/ui/player/controller.py:380</extracomment>
        <translation>现在无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="768"/>
        <source>If the pain keeps coming back, see a doctor.</source>
        <extracomment>backtimer/ui/player/warnings.py:46</extracomment>
        <translation>如果疼痛反复出现，请就医。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="622"/>
        <source>Following a back routine</source>
        <extracomment>backtimer/ui/player/controller.py:246</extracomment>
        <translation>正在进行背部训练方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="772"/>
        <source>Skip it if it hurts again.</source>
        <extracomment>backtimer/ui/player/warnings.py:45</extracomment>
        <translation>如果再次疼痛，请跳过。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="774"/>
        <source>Try the easier {easier} instead, or skip it.</source>
        <extracomment>backtimer/ui/player/warnings.py:41</extracomment>
        <translation>请改做较容易的{easier}，或跳过它。</translation>
    </message>
</context>
<context>
    <name>PlayerSafety</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="634"/>
        <source>Pain before the session</source>
        <extracomment>backtimer/ui/player/safety.py:44</extracomment>
        <translation>训练前的疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="636"/>
        <source>Do Gentle start instead</source>
        <extracomment>backtimer/ui/player/safety.py:46</extracomment>
        <translation>改做轻柔入门</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="638"/>
        <source>Not today</source>
        <extracomment>backtimer/ui/player/safety.py:47</extracomment>
        <translation>今天不练</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="640"/>
        <source>Is the pain sharp or stabbing, rather than dull and easing?</source>
        <extracomment>backtimer/ui/player/safety.py:57</extracomment>
        <translation>疼痛是尖锐或刺痛的，而不是钝痛并正在减轻吗？</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="642"/>
        <source>Sharp</source>
        <extracomment>backtimer/ui/player/safety.py:58</extracomment>
        <translation>尖锐</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="644"/>
        <source>Dull or easing</source>
        <extracomment>backtimer/ui/player/safety.py:59</extracomment>
        <translation>钝痛或正在减轻</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="646"/>
        <source>Skip the warm-up?</source>
        <extracomment>backtimer/ui/player/safety.py:68</extracomment>
        <translation>跳过热身？</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="648"/>
        <source>A mild warm-up always comes first: it prepares the back for the work. Skip it anyway?</source>
        <extracomment>backtimer/ui/player/safety.py:69</extracomment>
        <translation>轻度热身总是放在最前面：它让背部为锻炼做好准备。仍要跳过吗？</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="650"/>
        <source>This routine has no description.</source>
        <extracomment>backtimer/ui/player/safety.py:79</extracomment>
        <translation>这个方案没有说明。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="652"/>
        <source>loaded: needs care</source>
        <extracomment>backtimer/ui/player/safety.py:157</extracomment>
        <translation>负重：需谨慎</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="654"/>
        <source>Source: {titles}</source>
        <extracomment>backtimer/ui/player/safety.py:81</extracomment>
        <translation>来源：{titles}</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="726"/>
        <source>Routine</source>
        <extracomment>backtimer/ui/player/view.py:83</extracomment>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="728"/>
        <source>Choose the routine to follow</source>
        <extracomment>backtimer/ui/player/view.py:84</extracomment>
        <translation>选择要跟练的方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="730"/>
        <source>Sound</source>
        <extracomment>backtimer/ui/player/view.py:89</extracomment>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="732"/>
        <source>Sound on</source>
        <extracomment>backtimer/ui/player/view.py:90</extracomment>
        <translation>声音开启</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="734"/>
        <source>Play sound cues</source>
        <extracomment>backtimer/ui/player/view.py:91</extracomment>
        <translation>播放提示音</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="736"/>
        <source>Volume</source>
        <extracomment>backtimer/ui/player/view.py:95</extracomment>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="738"/>
        <source>Volume of the sound cues</source>
        <extracomment>backtimer/ui/player/view.py:96</extracomment>
        <translation>提示音音量</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="744"/>
        <source>Set</source>
        <extracomment>backtimer/ui/player/view.py:111</extracomment>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="748"/>
        <source>About the main figure</source>
        <extracomment>backtimer/ui/player/view.py:131</extracomment>
        <translation>关于主数字</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="750"/>
        <source>Side</source>
        <extracomment>backtimer/ui/player/view.py:146</extracomment>
        <translation>侧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="752"/>
        <source>Next up</source>
        <extracomment>backtimer/ui/player/view.py:163</extracomment>
        <translation>接下来</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="754"/>
        <source>Next up, details</source>
        <extracomment>backtimer/ui/player/view.py:164</extracomment>
        <translation>接下来，详情</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="756"/>
        <source>Exercise queue</source>
        <extracomment>backtimer/ui/player/view.py:183</extracomment>
        <translation>练习队列</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="758"/>
        <source>Double-click an item, or select it and press J, to go there</source>
        <extracomment>backtimer/ui/player/view.py:185</extracomment>
        <translation>双击某项，或选中后按 J，即可跳到该项</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="740"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/player/view.py:109</extracomment>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="742"/>
        <source>Phase</source>
        <extracomment>backtimer/ui/player/view.py:110</extracomment>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="764"/>
        <source>Status</source>
        <extracomment>backtimer/ui/player/view.py:215</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="746"/>
        <source>Warning</source>
        <extracomment>backtimer/ui/player/view.py:122</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="760"/>
        <source>Instructions</source>
        <extracomment>backtimer/ui/player/view.py:195</extracomment>
        <translation>步骤说明</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="762"/>
        <source>Time left in the routine</source>
        <extracomment>backtimer/ui/player/view.py:214</extracomment>
        <translation>方案剩余时间</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="103"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="27"/>
        <location filename="../backtimer/ui/player/actions.py" line="102"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="104"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="766"/>
        <source>Cues:</source>
        <extracomment>backtimer/ui/player/view.py:334</extracomment>
        <translation>要点：</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="29"/>
        <source>Start, pause or resume the routine</source>
        <translation>开始、暂停或继续方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="33"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="35"/>
        <source>Go back to the previous exercise</source>
        <translation>返回上一个练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="39"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="41"/>
        <source>Skip to the next step</source>
        <translation>跳到下一步</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="45"/>
        <source>Restart step</source>
        <translation>重做此步</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="47"/>
        <source>Start the current step again</source>
        <translation>重新开始当前步骤</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="51"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="53"/>
        <source>Finish self-paced repetitions</source>
        <translation>结束按自己节奏的重复</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="57"/>
        <source>It hurts</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="59"/>
        <source>Stop this exercise at once because it hurts</source>
        <translation>因疼痛立即停止此练习</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="63"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="65"/>
        <source>End the session</source>
        <translation>结束训练</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="69"/>
        <source>Go to item</source>
        <translation>转到项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="71"/>
        <source>Jump to the item selected in the queue</source>
        <translation>跳到队列中所选的项目</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="75"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="77"/>
        <source>Switch full screen on or off</source>
        <translation>开启或关闭全屏</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="81"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="83"/>
        <source>Show the keyboard shortcuts</source>
        <translation>显示键盘快捷键</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="105"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="109"/>
        <source>Length of the routine</source>
        <translation>训练计划时长</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="110"/>
        <source>Time left in this step</source>
        <translation>本步骤剩余时间</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="111"/>
        <source>Repetition</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="112"/>
        <source>Repetitions at your own pace</source>
        <translation>按自己的节奏重复</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/actions.py" line="113"/>
        <source>End of the session</source>
        <translation>训练结束</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="776"/>
        <source>the file</source>
        <extracomment>backtimer/ui/problem_text.py:64</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="778"/>
        <source>%1 was refused; nothing was imported:</source>
        <extracomment>backtimer/ui/problem_text.py:76</extracomment>
        <translation>%1 被拒绝，未导入任何内容：</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="780"/>
        <source>A routine called “%1” already exists; choose another name.</source>
        <extracomment>backtimer/ui/problem_text.py:127</extracomment>
        <translation>已有名为“%1”的方案；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="782"/>
        <source>field “%1”</source>
        <extracomment>backtimer/ui/problem_text.py:63</extracomment>
        <translation>字段“%1”</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="27"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="28"/>
        <source>has the wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="29"/>
        <source>is out of the allowed range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="30"/>
        <source>names something BackTimer does not know</source>
        <translation>引用了 BackTimer 不认识的内容</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="31"/>
        <source>is not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="32"/>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="33"/>
        <source>is too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="34"/>
        <source>is from a newer BackTimer</source>
        <translation>来自更新版本的 BackTimer</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="35"/>
        <source>appears twice</source>
        <translation>出现了两次</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="36"/>
        <source>is not a BackTimer routine file</source>
        <translation>不是 BackTimer 训练计划文件</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="37"/>
        <source>is not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="40"/>
        <source>item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="41"/>
        <source>exercise %1</source>
        <translation>动作 %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="42"/>
        <source>session %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="43"/>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="44"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="45"/>
        <source>the routine</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="81"/>
        <location filename="../backtimer/ui/problem_text.py" line="82"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="83"/>
        <location filename="../backtimer/ui/problem_text.py" line="84"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="85"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="86"/>
        <source>it does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="87"/>
        <source>a file stands where a folder should be</source>
        <translation>应为文件夹的位置是一个文件</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="88"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="89"/>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="105"/>
        <source>%1: pictures can be PNG, JPEG, SVG or GIF files.</source>
        <translation>%1：图片必须是 PNG、JPEG、SVG 或 GIF 文件。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="106"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="107"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="108"/>
        <source>%1 is too large for a picture (at most 20 MB).</source>
        <translation>%1 作为图片太大（最多 20 MB）。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="109"/>
        <source>%1 could not be read as a picture.</source>
        <translation>无法将 %1 作为图片读取。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="115"/>
        <source>the data file cannot be written</source>
        <translation>无法写入数据文件</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="117"/>
        <location filename="../backtimer/ui/problem_text.py" line="118"/>
        <source>the data file is damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="119"/>
        <source>another program is using the data file</source>
        <translation>另一个程序正在使用数据文件</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="139"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>数据文件夹 %1 是一个文件，而不是文件夹。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="140"/>
        <source>BackTimer cannot create the data folder %1: %2.</source>
        <translation>BackTimer 无法创建数据文件夹 %1：%2。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="141"/>
        <source>The data file %1 is a link to a file that does not exist.</source>
        <translation>数据文件 %1 是指向一个不存在的文件的链接。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="144"/>
        <source>The data file %1 is not a regular file.</source>
        <translation>数据文件 %1 不是普通文件。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="145"/>
        <source>BackTimer may not write in the data folder %1.</source>
        <translation>BackTimer 无权写入数据文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="148"/>
        <source>The data file %1 was written by a newer BackTimer. Update BackTimer to use it; the file has not been changed.</source>
        <translation>数据文件 %1 由更新版本的 BackTimer 写入。请更新 BackTimer 后再使用；该文件未被更改。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="153"/>
        <source>The disk holding %1 is full; free some space and try again.</source>
        <translation>存放 %1 的磁盘已满；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="156"/>
        <source>BackTimer may not write in %1 (read-only or no permission).</source>
        <translation>BackTimer 无法写入 %1（只读或没有权限）。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="159"/>
        <source>BackTimer cannot open the data file %1: its folder must exist and be writable.</source>
        <translation>BackTimer 无法打开数据文件 %1：其所在文件夹必须存在且可写。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/problem_text.py" line="163"/>
        <source>The disk holding %1 reported an error; try again later.</source>
        <translation>存放 %1 的磁盘报告了错误；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="68"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="69"/>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="70"/>
        <source>to come</source>
        <translation>待做</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="71"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="72"/>
        <source>hurt</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/player/queue_model.py" line="89"/>
        <source>Warm-up: </source>
        <translation>热身：</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="802"/>
        <source>No system tray here: reminders need BackTimer to be running and show in the window&apos;s status bar instead.</source>
        <extracomment>backtimer/ui/reminders_page.py:54</extracomment>
        <translation>此处没有系统托盘：提醒需要 BackTimer 保持运行，并改为显示在窗口的状态栏中。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="804"/>
        <source>&amp;Remind me to do my back routine</source>
        <extracomment>backtimer/ui/reminders_page.py:66</extracomment>
        <translation>提醒我做背部训练(&amp;R)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="806"/>
        <source>Reminders on</source>
        <extracomment>backtimer/ui/reminders_page.py:67</extracomment>
        <translation>提醒已开启</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="808"/>
        <source>Reminder days</source>
        <extracomment>backtimer/ui/reminders_page.py:81</extracomment>
        <translation>提醒日</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="810"/>
        <source>Reminder time</source>
        <extracomment>backtimer/ui/reminders_page.py:84</extracomment>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="812"/>
        <source>Routine to open</source>
        <extracomment>backtimer/ui/reminders_page.py:86</extracomment>
        <translation>要打开的方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="814"/>
        <source>The last routine used</source>
        <extracomment>backtimer/ui/reminders_page.py:87</extracomment>
        <translation>上次使用的方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="816"/>
        <source>Days:</source>
        <extracomment>backtimer/ui/reminders_page.py:92</extracomment>
        <translation>星期：</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="818"/>
        <source>&amp;Time:</source>
        <extracomment>backtimer/ui/reminders_page.py:93</extracomment>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="820"/>
        <source>R&amp;outine:</source>
        <extracomment>backtimer/ui/reminders_page.py:94</extracomment>
        <translation>方案(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="822"/>
        <source>Reminders</source>
        <extracomment>backtimer/ui/reminders_page.py:192</extracomment>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="824"/>
        <source>Start BackTimer in the &amp;background when I log in</source>
        <extracomment>backtimer/ui/reminders_page.py:198</extracomment>
        <translation>登录时在后台启动 BackTimer(&amp;B)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="826"/>
        <source>Start at login</source>
        <extracomment>backtimer/ui/reminders_page.py:199</extracomment>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="828"/>
        <source>So that reminders come even when you have not opened BackTimer</source>
        <extracomment>backtimer/ui/reminders_page.py:201</extracomment>
        <translation>即使没有打开 BackTimer，也能收到提醒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="830"/>
        <source>Send a test noti&amp;fication</source>
        <extracomment>backtimer/ui/reminders_page.py:204</extracomment>
        <translation>发送测试通知(&amp;F)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="832"/>
        <source>Send a test notification</source>
        <extracomment>backtimer/ui/reminders_page.py:205</extracomment>
        <translation>发送测试通知</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="834"/>
        <source>No notifications here: the reminder shows in this window.</source>
        <extracomment>backtimer/ui/reminders_page.py:244</extracomment>
        <translation>此处没有通知功能：提醒会显示在此窗口中。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="836"/>
        <source>Reminders are off.</source>
        <extracomment>backtimer/ui/reminders_page.py:250</extracomment>
        <translation>提醒已关闭。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="838"/>
        <source>Next reminder: {when}</source>
        <extracomment>backtimer/ui/reminders_page.py:256</extracomment>
        <translation>下次提醒：{when}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="840"/>
        <source>{routine} (not found)</source>
        <extracomment>backtimer/ui/reminders_page.py:164</extracomment>
        <translation>{routine}（未找到）</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="842"/>
        <source>A test notification was sent.</source>
        <extracomment>backtimer/ui/reminders_page.py:242</extracomment>
        <translation>已发送测试通知。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="844"/>
        <source>A test message was shown by the tray icon.</source>
        <extracomment>backtimer/ui/reminders_page.py:243</extracomment>
        <translation>托盘图标已显示一条测试消息。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="846"/>
        <source>Exercise report</source>
        <extracomment>backtimer/ui/report_pdf.py:300</extracomment>
        <translation>锻炼报告</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="848"/>
        <source>Made by BackTimer, not a medical record. The person enters every figure themselves.</source>
        <extracomment>backtimer/ui/report_pdf.py:335</extracomment>
        <translation>由 BackTimer 生成，并非医疗记录。所有数据均由本人自行填写。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="850"/>
        <source>Summary</source>
        <extracomment>backtimer/ui/report_pdf.py:341</extracomment>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="852"/>
        <source>Sessions per week</source>
        <extracomment>backtimer/ui/report_pdf.py:364</extracomment>
        <translation>每周训练次数</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="854"/>
        <source>Minutes exercised per week</source>
        <extracomment>backtimer/ui/report_pdf.py:366</extracomment>
        <translation>每周练习分钟数</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="856"/>
        <source>Pain before and after each session</source>
        <extracomment>backtimer/ui/report_pdf.py:379</extracomment>
        <translation>每次训练前后的疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="858"/>
        <source>When something hurt</source>
        <extracomment>backtimer/ui/report_pdf.py:385</extracomment>
        <translation>何时出现疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="860"/>
        <source>Routines done</source>
        <extracomment>backtimer/ui/report_pdf.py:398</extracomment>
        <translation>完成的训练计划</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="862"/>
        <source>Made by BackTimer, not a medical record</source>
        <extracomment>backtimer/ui/report_pdf.py:315</extracomment>
        <translation>由 BackTimer 生成，并非医疗记录</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="864"/>
        <source>Pain change per session: no session was rated before and after</source>
        <extracomment>backtimer/ui/report_pdf.py:353</extracomment>
        <translation>每次训练的疼痛变化：没有同时记录训练前后评分的训练</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="866"/>
        <source>No pain ratings in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:383</extracomment>
        <translation>此期间没有疼痛评分。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="868"/>
        <source>Nothing was marked as hurting in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:387</extracomment>
        <translation>此期间没有标记为疼痛的项目。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="870"/>
        <source>Exercises that hurt more than once</source>
        <extracomment>backtimer/ui/report_pdf.py:393</extracomment>
        <translation>多次引起疼痛的练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="872"/>
        <source>No sessions in this period.</source>
        <extracomment>backtimer/ui/report_pdf.py:400</extracomment>
        <translation>此期间没有训练。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="874"/>
        <source>Notes</source>
        <extracomment>backtimer/ui/report_pdf.py:414</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="876"/>
        <source>Pain before (0–10)</source>
        <extracomment>backtimer/ui/report_pdf.py:279</extracomment>
        <translation>训练前疼痛（0–10）</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="878"/>
        <source>Pain after (0–10)</source>
        <extracomment>backtimer/ui/report_pdf.py:279</extracomment>
        <translation>训练后疼痛（0–10）</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="880"/>
        <source>Minutes exercised: %1</source>
        <extracomment>backtimer/ui/report_pdf.py:349</extracomment>
        <translation>锻炼分钟数：%1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="882"/>
        <source>Times something hurt: %1</source>
        <extracomment>backtimer/ui/report_pdf.py:350</extracomment>
        <translation>出现疼痛的次数：%1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="884"/>
        <source>Page %1</source>
        <extracomment>backtimer/ui/report_pdf.py:76</extracomment>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="886"/>
        <source>Could not write %1</source>
        <extracomment>backtimer/ui/report_pdf.py:313</extracomment>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="888"/>
        <source>%1 to %2</source>
        <extracomment>backtimer/ui/report_pdf.py:329</extracomment>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="890"/>
        <source>Average pain change per session: %1 (after minus before, %n sessions rated)</source>
        <extracomment>backtimer/ui/report_pdf.py:356</extracomment>
        <translation>
            <numerusform>每次训练的平均疼痛变化：%1（训练后减训练前，共评分 %n 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="892"/>
        <source>%1 (%n sessions)</source>
        <extracomment>backtimer/ui/report_pdf.py:403</extracomment>
        <translation>
            <numerusform>%1（%n 次训练）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="894"/>
        <source>Goal: %1 a week</source>
        <extracomment>backtimer/ui/report_pdf.py:230</extracomment>
        <translation>目标：每周 %1 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="896"/>
        <source>on %n days</source>
        <extracomment>backtimer/ui/report_pdf.py:395</extracomment>
        <translation>
            <numerusform>共 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="898"/>
        <source>Sessions: %1 (goal: %2 a week; met in %3 of %n weeks)</source>
        <extracomment>backtimer/ui/report_pdf.py:345</extracomment>
        <translation>
            <numerusform>训练次数：%1（目标：每周 %2 次；%n 周中有 %3 周达到）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="554"/>
        <source>Save the report</source>
        <extracomment>backtimer/ui/history/report_dialog.py:156</extracomment>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="556"/>
        <source>PDF files (*.pdf)</source>
        <extracomment>backtimer/ui/history/report_dialog.py:158</extracomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="558"/>
        <source>Report saved</source>
        <extracomment>backtimer/ui/history/report_dialog.py:166</extracomment>
        <translation>报告已保存</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="560"/>
        <source>&amp;Open it</source>
        <extracomment>backtimer/ui/history/report_dialog.py:168</extracomment>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="562"/>
        <source>Report not saved</source>
        <extracomment>backtimer/ui/history/report_dialog.py:143</extracomment>
        <translation>报告未保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="564"/>
        <source>The report (%n pages) was saved to %1.</source>
        <extracomment>backtimer/ui/history/report_dialog.py:167</extracomment>
        <translation>
            <numerusform>报告（%n 页）已保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="566"/>
        <source>The report could not be written to %1: %2</source>
        <extracomment>backtimer/ui/history/report_dialog.py:144</extracomment>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="59"/>
        <source>Report for your physiotherapist</source>
        <translation>给理疗师的报告</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="64"/>
        <source>A PDF of your sessions, minutes, pain ratings and everything that hurt, to take to your physiotherapist or doctor.</source>
        <translation>一份包含训练次数、分钟数、疼痛评分及所有疼痛记录的 PDF，可带给理疗师或医生。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="78"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="79"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="81"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="83"/>
        <source>Your &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="85"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="86"/>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="87"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/report_dialog.py" line="110"/>
        <source>The period ends before it starts: pick a later end.</source>
        <translation>结束日期早于开始日期：请选择更晚的结束日期。</translation>
    </message>
</context>
<context>
    <name>RoutineBar</name>
    <message>
        <location filename="../backtimer/ui/player/routine_bar.py" line="31"/>
        <source>Progress through the routine</source>
        <translation>训练进度</translation>
    </message>
</context>
<context>
    <name>RoutineChoice</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="624"/>
        <source>entry level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:31</extracomment>
        <translation>入门级</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="626"/>
        <source>home level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:32</extracomment>
        <translation>居家级</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="628"/>
        <source>gym level</source>
        <extracomment>backtimer/ui/player/routine_choice.py:33</extracomment>
        <translation>健身房级</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="630"/>
        <source>{n} min</source>
        <extracomment>backtimer/ui/player/routine_choice.py:117</extracomment>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="632"/>
        <source>{name} (not saved)</source>
        <extracomment>backtimer/ui/player/routine_choice.py:123</extracomment>
        <translation>{name}（未保存）</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="656"/>
        <source>What this loaded exercise needs</source>
        <extracomment>backtimer/ui/player/safety_panel.py:51</extracomment>
        <translation>此负重练习需要什么</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="658"/>
        <source>Don&apos;t show again for this exercise</source>
        <extracomment>backtimer/ui/player/safety_panel.py:52</extracomment>
        <translation>此练习不再显示</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="660"/>
        <source>Stop showing what this loaded exercise needs before it starts</source>
        <extracomment>backtimer/ui/player/safety_panel.py:55</extracomment>
        <translation>不再在开始前显示此负重练习的要求</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="662"/>
        <source>Safety</source>
        <extracomment>backtimer/ui/player/safety_panel.py:60</extracomment>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="664"/>
        <source>Suggestion</source>
        <extracomment>backtimer/ui/player/safety_panel.py:64</extracomment>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="666"/>
        <source>About this exercise</source>
        <extracomment>backtimer/ui/player/safety_panel.py:122</extracomment>
        <translation>关于此练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="668"/>
        <source>About this routine</source>
        <extracomment>backtimer/ui/player/safety_panel.py:123</extracomment>
        <translation>关于此方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="670"/>
        <source>Read the routine&apos;s description and advice</source>
        <extracomment>backtimer/ui/player/safety_panel.py:125</extracomment>
        <translation>阅读方案的说明和建议</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="672"/>
        <source>Note:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:135</extracomment>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="674"/>
        <source>The numbers:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:137</extracomment>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="676"/>
        <source>Source:</source>
        <extracomment>backtimer/ui/player/safety_panel.py:139</extracomment>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../backtimer/ui/save_status.py" line="52"/>
        <source>History is not being saved (disk full or failing). This session is kept in memory and saved when there is room.</source>
        <translation>历史记录未能保存（磁盘已满或出错）。本次训练暂存在内存中，有空间后即会保存。</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="510"/>
        <source>not given</source>
        <extracomment>backtimer/ui/history/details.py:33</extracomment>
        <translation>未给出</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="512"/>
        <source>Started</source>
        <extracomment>backtimer/ui/history/details.py:57</extracomment>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="514"/>
        <source>Status</source>
        <extracomment>backtimer/ui/history/details.py:58</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="516"/>
        <source>Duration</source>
        <extracomment>backtimer/ui/history/details.py:59</extracomment>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="518"/>
        <source>Exercised</source>
        <extracomment>backtimer/ui/history/details.py:60</extracomment>
        <translation>已练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="520"/>
        <source>Planned</source>
        <extracomment>backtimer/ui/history/details.py:61</extracomment>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="522"/>
        <source>Paused</source>
        <extracomment>backtimer/ui/history/details.py:62</extracomment>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="524"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/history/details.py:63</extracomment>
        <translation>训练前疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="526"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/history/details.py:64</extracomment>
        <translation>训练后疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="528"/>
        <source>Steps</source>
        <extracomment>backtimer/ui/history/details.py:66</extracomment>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="530"/>
        <source>Exercise</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="532"/>
        <source>Side</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>侧</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="534"/>
        <source>Set</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="536"/>
        <source>Time</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="538"/>
        <source>Reps</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="540"/>
        <source>Outcome</source>
        <extracomment>backtimer/ui/history/details.py:79</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="542"/>
        <source>Note</source>
        <extracomment>backtimer/ui/history/details.py:74</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="544"/>
        <source>Exercises</source>
        <extracomment>backtimer/ui/history/details.py:80</extracomment>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="546"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/details.py:67</extracomment>
        <translation>完成 %1，跳过 %2，疼痛 %3</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="18"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="19"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="20"/>
        <source>hurt</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="23"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/details.py" line="24"/>
        <source>right</source>
        <translation>右</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="548"/>
        <source>Pain before → after the session, 0 to 10</source>
        <extracomment>backtimer/ui/history/models.py:202</extracomment>
        <translation>训练前 → 训练后疼痛，0 到 10</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="550"/>
        <source>%1 exercised, %2 paused</source>
        <extracomment>backtimer/ui/history/models.py:197</extracomment>
        <translation>练习 %1，暂停 %2</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="552"/>
        <source>%1 done, %2 skipped, %3 hurt</source>
        <extracomment>backtimer/ui/history/models.py:205</extracomment>
        <translation>完成 %1，跳过 %2，疼痛 %3</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="39"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="40"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="41"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="42"/>
        <source>Stopped for pain</source>
        <translation>因疼痛停止</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="43"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="87"/>
        <source>Routine</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="88"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="89"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/history/models.py" line="90"/>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="82"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="83"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="85"/>
        <source>Play sound cues</source>
        <translation>播放提示音</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="92"/>
        <source>Speak the steps aloud</source>
        <translation>朗读步骤</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="94"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="97"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="98"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="99"/>
        <source> sessions</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="100"/>
        <source>Ask how much my back hurts before and after</source>
        <translation>训练前后询问我的背部疼痛程度</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="103"/>
        <location filename="../backtimer/ui/settings_dialog.py" line="109"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="104"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="105"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="112"/>
        <source>A new language is used after a restart.</source>
        <translation>新语言将在重启后生效。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="121"/>
        <source>Keep running in the tray when closed</source>
        <translation>关闭时保留在托盘中运行</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="125"/>
        <source>Sound and voice</source>
        <translation>声音和语音</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="132"/>
        <source>&amp;Volume</source>
        <translation>音量(&amp;V)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="136"/>
        <source>V&amp;oice</source>
        <translation>语音(&amp;O)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="137"/>
        <source>Routines and goal</source>
        <translation>方案和目标</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="139"/>
        <source>&amp;Lead-in before the first exercise</source>
        <translation>第一个练习前的准备时间(&amp;L)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="140"/>
        <source>Default &amp;rest after an exercise</source>
        <translation>练习后的默认休息(&amp;R)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="141"/>
        <source>Weekly &amp;goal</source>
        <translation>每周目标(&amp;G)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="145"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="146"/>
        <source>La&amp;nguage</source>
        <translation>语言(&amp;N)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="148"/>
        <source>&amp;Countdown size</source>
        <translation>倒计时大小(&amp;C)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="165"/>
        <source>Put every setting back to its default</source>
        <translation>将所有设置恢复为默认值</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="216"/>
        <source>Sound on</source>
        <translation>声音开启</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="216"/>
        <source>Play the tones that mark each step</source>
        <translation>播放标记每个步骤的提示音</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="217"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="217"/>
        <source>Loudness of the sound cues, 0 to 100 %</source>
        <translation>提示音的响度，0 到 100 %</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="220"/>
        <source>Voice on</source>
        <translation>语音开启</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="221"/>
        <source>Say each step aloud with the system voice</source>
        <translation>用系统语音朗读每个步骤</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="223"/>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="223"/>
        <source>Which voice speaks the steps</source>
        <translation>由哪个语音朗读步骤</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="226"/>
        <source>Lead-in</source>
        <translation>准备时间</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="227"/>
        <source>Seconds to get ready before the first exercise</source>
        <translation>第一个练习前用于准备的秒数</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="231"/>
        <source>Default rest</source>
        <translation>默认休息</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="232"/>
        <source>Seconds of rest the editor gives a new item</source>
        <translation>编辑器为新项目设置的休息秒数</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="234"/>
        <source>Weekly goal</source>
        <translation>每周目标</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="234"/>
        <source>Sessions you aim for each week</source>
        <translation>你每周计划的训练次数</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="237"/>
        <source>Pain check-in</source>
        <translation>疼痛评估</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="238"/>
        <source>A pain rating from 0 to 10 before and after each session</source>
        <translation>每次训练前后给疼痛打分，0 到 10</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="240"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="240"/>
        <source>Light or dark colours, or follow the system</source>
        <translation>浅色或深色，或跟随系统</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="243"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="244"/>
        <source>The language of the whole app; used after a restart</source>
        <translation>整个应用的语言；重启后生效</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="248"/>
        <source>Countdown size</source>
        <translation>倒计时大小</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="249"/>
        <source>Size of the countdown digits, in percent</source>
        <translation>倒计时数字的大小，百分比</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="253"/>
        <source>Keep running in the tray</source>
        <translation>保留在托盘中运行</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/settings_dialog.py" line="254"/>
        <source>Closing the window hides it in the tray</source>
        <translation>关闭窗口时将其隐藏到托盘</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="678"/>
        <source>Session stopped</source>
        <extracomment>backtimer/ui/player/summary.py:60</extracomment>
        <translation>训练已停止</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="680"/>
        <source>{headline}: {done} done, {skipped} skipped, {hurt} hurt · {time} exercised</source>
        <extracomment>backtimer/ui/player/summary.py:66</extracomment>
        <translation>{headline}：完成 {done}，跳过 {skipped}，疼痛 {hurt} · 锻炼 {time}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="682"/>
        <source>Session stopped because it hurt</source>
        <extracomment>backtimer/ui/player/summary.py:57</extracomment>
        <translation>训练因疼痛而停止</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="684"/>
        <source>Session stopped; something hurt</source>
        <extracomment>backtimer/ui/player/summary.py:59</extracomment>
        <translation>训练已停止；有练习引起疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="686"/>
        <source>not asked</source>
        <extracomment>backtimer/ui/player/summary.py:105</extracomment>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="688"/>
        <source>Routine completed, but something hurt</source>
        <extracomment>backtimer/ui/player/summary.py:55</extracomment>
        <translation>训练完成，但有练习引起疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="690"/>
        <source>Routine completed</source>
        <extracomment>backtimer/ui/player/summary.py:55</extracomment>
        <translation>方案已完成</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="692"/>
        <source>Time exercised</source>
        <extracomment>backtimer/ui/player/summary.py:81</extracomment>
        <translation>练习时间</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="694"/>
        <source>Whole session</source>
        <extracomment>backtimer/ui/player/summary.py:82</extracomment>
        <translation>整个训练</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="696"/>
        <source>Exercises done</source>
        <extracomment>backtimer/ui/player/summary.py:83</extracomment>
        <translation>已完成的练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="698"/>
        <source>Exercises skipped</source>
        <extracomment>backtimer/ui/player/summary.py:84</extracomment>
        <translation>跳过的练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="700"/>
        <source>Exercises that hurt</source>
        <extracomment>backtimer/ui/player/summary.py:85</extracomment>
        <translation>引起疼痛的练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="702"/>
        <source>Pain before</source>
        <extracomment>backtimer/ui/player/summary.py:89</extracomment>
        <translation>训练前疼痛</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="704"/>
        <source>Pain after</source>
        <extracomment>backtimer/ui/player/summary.py:90</extracomment>
        <translation>训练后疼痛</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="706"/>
        <source>%n weeks in a row</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>
            <numerusform>连续 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="708"/>
        <source>none yet</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="710"/>
        <source>Session summary</source>
        <extracomment>backtimer/ui/player/summary.py:114</extracomment>
        <translation>训练总结</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="712"/>
        <source>Close</source>
        <extracomment>backtimer/ui/player/summary.py:134</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="714"/>
        <source>Exercises not reached</source>
        <extracomment>backtimer/ui/player/summary.py:88</extracomment>
        <translation>未做到的练习</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="716"/>
        <source>This week</source>
        <extracomment>backtimer/ui/player/summary.py:95</extracomment>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="718"/>
        <source>Weekly goal streak</source>
        <extracomment>backtimer/ui/player/summary.py:100</extracomment>
        <translation>连续达成每周目标</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="720"/>
        <source>{n} of 10</source>
        <extracomment>backtimer/ui/player/summary.py:105</extracomment>
        <translation>{n}/10</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="722"/>
        <source>{n} of {total}</source>
        <extracomment>backtimer/ui/player/summary.py:83</extracomment>
        <translation>{n}/{total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="724"/>
        <source>{n} of %n sessions</source>
        <extracomment>backtimer/ui/player/summary.py:96</extracomment>
        <translation>
            <numerusform>%n 次训练中的 {n} 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncNotice</name>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="57"/>
        <source>Sync: skipped %1, which is incomplete or damaged (perhaps still being copied).</source>
        <translation>同步：已跳过 %1，该文件不完整或已损坏（可能仍在复制中）。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="61"/>
        <source>Sync: skipped %1, written by a newer BackTimer. Update BackTimer to read it.</source>
        <translation>同步：已跳过 %1，它由更新版本的 BackTimer 写入。请更新 BackTimer 以读取它。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="65"/>
        <source>Sync: some routine changes in %1 were damaged and were skipped.</source>
        <translation>同步：%1 中的部分训练计划更改已损坏，已跳过。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="68"/>
        <source>Sync: also read %1, a conflict copy made by the sync tool.</source>
        <translation>同步：同时读取了 %1，这是同步工具生成的冲突副本。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="71"/>
        <source>Sync: the sessions in %1 could not be read and were skipped.</source>
        <translation>同步：无法读取 %1 中的训练，已跳过。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="74"/>
        <source>Sync: a routine from another computer could not be read and was skipped.</source>
        <translation>同步：无法读取来自另一台电脑的训练计划，已跳过。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_service.py" line="78"/>
        <source>Sync: skipped %1, which is not a BackTimer journal.</source>
        <translation>同步：已跳过 %1，它不是 BackTimer 日志。</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="908"/>
        <source>Sync cannot use %1: it holds BackTimer&apos;s own data folder or is inside it, and a sync tool would copy the live history file and damage it.</source>
        <extracomment>backtimer/ui/sync_service.py:43</extracomment>
        <translation>同步无法使用 %1：它包含 BackTimer 自己的数据文件夹或位于其中，同步工具会复制正在使用的历史文件并将其损坏。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="910"/>
        <source>Sync cannot use %1: it is not a folder, or it does not exist.</source>
        <extracomment>backtimer/ui/sync_service.py:47</extracomment>
        <translation>同步无法使用 %1：它不是文件夹，或者不存在。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="912"/>
        <source>Sync cannot use %1: BackTimer cannot write to it.</source>
        <extracomment>backtimer/ui/sync_service.py:48</extracomment>
        <translation>同步无法使用 %1：BackTimer 无法写入其中。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="914"/>
        <source>Sync cannot use %1.</source>
        <extracomment>backtimer/ui/sync_service.py:49</extracomment>
        <translation>同步无法使用 %1。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="916"/>
        <source>Sync failed: %1</source>
        <extracomment>backtimer/ui/sync_service.py:224</extracomment>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="918"/>
        <source>Sync could not write to %1: %2</source>
        <extracomment>backtimer/ui/sync_service.py:209</extracomment>
        <translation>同步无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="30"/>
        <source>Sync between computers</source>
        <translation>在多台电脑之间同步</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="33"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="36"/>
        <source>A folder that Syncthing, Nextcloud or Dropbox keeps the same on each computer</source>
        <translation>由 Syncthing、Nextcloud 或 Dropbox 在每台电脑上保持一致的文件夹</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="38"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="39"/>
        <location filename="../backtimer/ui/sync_settings.py" line="102"/>
        <source>Choose the sync folder</source>
        <translation>选择同步文件夹</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="46"/>
        <source>A folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same on each computer. BackTimer keeps a journal there; its history file stays here.</source>
        <translation>由您的同步工具（Syncthing、Nextcloud、Dropbox）在每台电脑上保持一致的文件夹。BackTimer 在其中保存日志；历史记录文件留在本机。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="60"/>
        <source>S&amp;ync folder</source>
        <translation>同步文件夹(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="92"/>
        <source>This folder holds BackTimer&apos;s own data folder, or is inside it. A sync tool would copy the live history file and damage it: choose a separate folder.</source>
        <translation>此文件夹包含 BackTimer 自己的数据文件夹，或位于其中。同步工具会复制正在使用的历史文件并将其损坏：请选择另一个文件夹。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="95"/>
        <source>There is no such folder.</source>
        <translation>没有这个文件夹。</translation>
    </message>
    <message>
        <location filename="../backtimer/ui/sync_settings.py" line="96"/>
        <source>BackTimer cannot write to this folder.</source>
        <translation>BackTimer 无法写入此文件夹。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="920"/>
        <source>BackTimer tray menu</source>
        <extracomment>backtimer/ui/tray.py:74</extracomment>
        <translation>BackTimer 托盘菜单</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="922"/>
        <source>Start the routine you used last</source>
        <extracomment>backtimer/ui/tray.py:76</extracomment>
        <translation>开始上次使用的方案</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="924"/>
        <source>Pause</source>
        <extracomment>backtimer/ui/tray.py:77</extracomment>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="926"/>
        <source>Pause or resume the session under way</source>
        <extracomment>backtimer/ui/tray.py:78</extracomment>
        <translation>暂停或继续进行中的训练</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="928"/>
        <source>Show BackTimer</source>
        <extracomment>backtimer/ui/tray.py:79</extracomment>
        <translation>显示 BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="930"/>
        <source>Bring the BackTimer window to the front</source>
        <extracomment>backtimer/ui/tray.py:80</extracomment>
        <translation>将 BackTimer 窗口置于最前</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="932"/>
        <source>Quit</source>
        <extracomment>backtimer/ui/tray.py:81</extracomment>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="934"/>
        <source>Close BackTimer</source>
        <extracomment>backtimer/ui/tray.py:82</extracomment>
        <translation>关闭 BackTimer</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="936"/>
        <source>Time for your back routine. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:142</extracomment>
        <translation>该做背部训练了。点击打开 BackTimer。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="938"/>
        <source>BackTimer reminder</source>
        <extracomment>backtimer/ui/tray.py:145</extracomment>
        <translation>BackTimer 提醒</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="940"/>
        <source>Start</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="942"/>
        <source>Resume</source>
        <extracomment>backtimer/ui/tray.py:116</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="944"/>
        <source>Time for {routine}. Click to open BackTimer.</source>
        <extracomment>backtimer/ui/tray.py:140</extracomment>
        <translation>该做{routine}了。点击打开 BackTimer。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="946"/>
        <source>BackTimer: {routine} is paused</source>
        <extracomment>backtimer/ui/tray.py:120</extracomment>
        <translation>BackTimer：{routine}已暂停</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="948"/>
        <source>Start {routine}</source>
        <extracomment>backtimer/ui/tray.py:112</extracomment>
        <translation>开始{routine}</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="950"/>
        <source>BackTimer: {routine} is under way</source>
        <extracomment>backtimer/ui/tray.py:122</extracomment>
        <translation>BackTimer：{routine}进行中</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../tools/translations/content_strings.py" line="956"/>
        <source>The voice could not be started; using tones.</source>
        <extracomment>backtimer/ui/voice.py:233</extracomment>
        <translation>无法启动语音；改用提示音。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="954"/>
        <source>The voice stopped; using tones.</source>
        <extracomment>backtimer/ui/voice.py:241</extracomment>
        <translation>语音已停止；改用提示音。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="960"/>
        <source>The voice failed; using tones.</source>
        <extracomment>backtimer/ui/voice.py:277</extracomment>
        <translation>语音出错；改用提示音。</translation>
    </message>
    <message>
        <location filename="../tools/translations/content_strings.py" line="958"/>
        <source>The voice did not start within {0} s; using tones.</source>
        <extracomment>backtimer/ui/voice.py:228</extracomment>
        <translation>语音未在 {0} 秒内启动；改用提示音。</translation>
    </message>
</context>
</TS>
