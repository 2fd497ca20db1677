<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CountdownLabel</name>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="33"/>
        <source>{0} working days left</source>
        <translation>剩 {0} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="35"/>
        <source>due soon: {0} working days left</source>
        <translation>即将到期：剩 {0} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="38"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="39"/>
        <source>overdue by {0} working days</source>
        <translation>已逾期 {0} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="41"/>
        <source>paused ({0} working days left)</source>
        <translation>已暂停（剩 {0} 个工作日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="45"/>
        <source>all supplied in time</source>
        <translation>已按期补齐</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="47"/>
        <source>notified in time</source>
        <translation>已按期告知</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="49"/>
        <source>called back in time</source>
        <translation>按期回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="50"/>
        <source>completed in time</source>
        <translation>已按期办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="53"/>
        <source>not given in time</source>
        <translation>逾期未告知</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="53"/>
        <source>closed {0} working days late</source>
        <translation>超期 {0} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="56"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="60"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="69"/>
        <source>(calendar unconfirmed)</source>
        <translation>（日历未确认）</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="72"/>
        <source>Deadline {0}</source>
        <translation>期限 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/countdown_labels.py" line="75"/>
        <source>The holidays of that year are not in the calendar yet; the date may still move.</source>
        <translation>该年度节假日尚未导入日历，日期可能变动。</translation>
    </message>
</context>
</TS>
