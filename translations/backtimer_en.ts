<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="902"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/sync_controller.py:91</extracomment>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="904"/>
        <source>%n routines</source>
        <extracomment>backtimer/ui/sync_controller.py:92</extracomment>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <location filename="../backtimer/ui/editor/page.py" line="319"/>
        <source>Add %n exercises</source>
        <translation>
            <numerusform>Add %n exercise</numerusform>
            <numerusform>Add %n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="339"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n rep × {pace} s</numerusform>
            <numerusform>%n reps × {pace} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="340"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="342"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="482"/>
        <source>%n sessions</source>
        <extracomment>backtimer/ui/history/charts.py:393</extracomment>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="442"/>
        <source>Streak: %n+ weeks in a row meeting the goal</source>
        <translation>
            <numerusform>Streak: %n+ week meeting the goal</numerusform>
            <numerusform>Streak: %n+ weeks in a row meeting the goal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backtimer/ui/history/page.py" line="444"/>
        <source>Streak: %n weeks in a row meeting the goal</source>
        <translation>
            <numerusform>Streak: %n week meeting the goal</numerusform>
            <numerusform>Streak: %n weeks in a row meeting the goal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="350"/>
        <source>%n earlier sessions ended without saving; kept as interrupted.</source>
        <extracomment>backtimer/startup.py:203</extracomment>
        <translation>
            <numerusform>%n earlier session ended without saving; kept as interrupted.</numerusform>
            <numerusform>%n earlier sessions ended without saving; kept as interrupted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="352"/>
        <source>%n history writes could not be saved (the disk is full or failing); they are lost.</source>
        <extracomment>backtimer/startup.py:222</extracomment>
        <translation>
            <numerusform>%n history write could not be saved (the disk is full or failing); it is lost.</numerusform>
            <numerusform>%n history writes could not be saved (the disk is full or failing); they are lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="272"/>
        <source>%n reps at your pace</source>
        <translation>
            <numerusform>%n rep at your pace</numerusform>
            <numerusform>%n reps at your pace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="294"/>
        <source>%n reps · {time}</source>
        <translation>
            <numerusform>%n rep · {time}</numerusform>
            <numerusform>%n reps · {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="317"/>
        <source>%n repetitions</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="318"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="319"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="323"/>
        <source>%n reps × {pace} s</source>
        <translation>
            <numerusform>%n rep × {pace} s</numerusform>
            <numerusform>%n reps × {pace} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="324"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="326"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="334"/>
        <source>The warm-up lasts %n seconds. Two minutes of easy movement prepare the back better.</source>
        <translation>
            <numerusform>The warm-up lasts %n second. Two minutes of easy movement prepare the back better.</numerusform>
            <numerusform>The warm-up lasts %n seconds. Two minutes of easy movement prepare the back better.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="336"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or try {next}. Go slowly; more is not better.</source>
        <translation>
            <numerusform>%n comfortable session of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or try {next}. Go slowly; more is not better.</numerusform>
            <numerusform>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or try {next}. Go slowly; more is not better.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="337"/>
        <source>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or a few seconds to a hold. Go slowly; more is not better.</source>
        <translation>
            <numerusform>%n comfortable session of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or a few seconds to a hold. Go slowly; more is not better.</numerusform>
            <numerusform>%n comfortable sessions of {routine} in a row. If you feel ready, make it a little harder: add one set to one exercise, or a few seconds to a hold. Go slowly; more is not better.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="770"/>
        <source>{name} hurt in {hurt} of your last %n sessions.</source>
        <extracomment>backtimer/ui/player/warnings.py:37</extracomment>
        <translation>
            <numerusform>{name} hurt in {hurt} of your last %n session.</numerusform>
            <numerusform>{name} hurt in {hurt} of your last %n sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="890"/>
        <source>Average pain change per session: %1 (after minus before, %n sessions rated)</source>
        <extracomment>backtimer/ui/report_pdf.py:356</extracomment>
        <translation>
            <numerusform>Average pain change per session: %1 (after minus before, %n session rated)</numerusform>
            <numerusform>Average pain change per session: %1 (after minus before, %n sessions rated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="892"/>
        <source>%1 (%n sessions)</source>
        <extracomment>backtimer/ui/report_pdf.py:403</extracomment>
        <translation>
            <numerusform>%1 (%n session)</numerusform>
            <numerusform>%1 (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="896"/>
        <source>on %n days</source>
        <extracomment>backtimer/ui/report_pdf.py:395</extracomment>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="898"/>
        <source>Sessions: %1 (goal: %2 a week; met in %3 of %n weeks)</source>
        <extracomment>backtimer/ui/report_pdf.py:345</extracomment>
        <translation>
            <numerusform>Sessions: %1 (goal: %2 a week; met in %3 of %n week)</numerusform>
            <numerusform>Sessions: %1 (goal: %2 a week; met in %3 of %n weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="564"/>
        <source>The report (%n pages) was saved to %1.</source>
        <extracomment>backtimer/ui/history/report_dialog.py:167</extracomment>
        <translation>
            <numerusform>The report (%n page) was saved to %1.</numerusform>
            <numerusform>The report (%n pages) was saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="706"/>
        <source>%n weeks in a row</source>
        <extracomment>backtimer/ui/player/summary.py:99</extracomment>
        <translation>
            <numerusform>%n week in a row</numerusform>
            <numerusform>%n weeks in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tools/translations/content_strings.py" line="724"/>
        <source>{n} of %n sessions</source>
        <extracomment>backtimer/ui/player/summary.py:96</extracomment>
        <translation>
            <numerusform>{n} of %n session</numerusform>
            <numerusform>{n} of %n sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
