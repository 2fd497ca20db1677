<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConflictCasesModel</name>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="65"/>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="65"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="65"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="104"/>
        <source>Cases in conflict between stations</source>
        <translation>站点间相互冲突的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="144"/>
        <source>No case is in conflict.</source>
        <translation>没有相互冲突的案件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="176"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="181"/>
        <source>Conflict %1: %2</source>
        <translation>冲突 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="185"/>
        <source>Applied first</source>
        <translation>先到、已采用的一方</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="187"/>
        <source>Held aside</source>
        <translation>后到、暂未采用的一方</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="192"/>
        <source>Reason for the decision (recorded in the case)</source>
        <translation>决定的理由（记入案件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="193"/>
        <source>Keep the &amp;left one</source>
        <translation>保留左侧(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="195"/>
        <source>Keep the &amp;right one</source>
        <translation>保留右侧(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="208"/>
        <source>Only a supervisor or an administrator settles a conflict.</source>
        <translation>冲突须由主管或管理员处理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="220"/>
        <source>Settled; the decision is recorded in the case and travels with the next package.</source>
        <translation>已处理：决定已记入案件，并随下一个数据包发往其他站点。</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="86"/>
        <source>Recorded:</source>
        <translation>记录内容：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="86"/>
        <source>Station:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="87"/>
        <source>Officer:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_dialog.py" line="87"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
</TS>
