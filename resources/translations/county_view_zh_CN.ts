<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CountyMenu</name>
    <message>
        <location filename="../../app/ui/county_view.py" line="353"/>
        <source>&amp;County view…</source>
        <translation>全县案件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="357"/>
        <source>Weekly &amp;bulletin of the townships…</source>
        <translation>乡镇周通报(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>CountyModel</name>
    <message>
        <location filename="../../app/ui/county_view.py" line="77"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="96"/>
        <source>No recent package from this township: the case may be out of date</source>
        <translation>该乡镇近期未报送数据包，案件情况可能不是最新</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../../app/ui/county_view.py" line="110"/>
        <source>County view</source>
        <translation>全县案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="119"/>
        <source>Search all townships: name, case number, phone, ID tail</source>
        <translation>在全部乡镇中查找：姓名、受理编号、电话、证件号尾号</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="123"/>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="124"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="161"/>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="199"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="200"/>
        <source>&amp;Weekly bulletin…</source>
        <translation>周通报(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="203"/>
        <source>&amp;Monthly bulletin…</source>
        <translation>月通报(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="208"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="209"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="213"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="260"/>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="262"/>
        <source> — no recent package</source>
        <translation> — 数据包超期未报</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="272"/>
        <source>%1: newest package %2</source>
        <translation>%1（最新数据包 %2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="273"/>
        <source>none received</source>
        <translation>从未报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_view.py" line="277"/>
        <source>No package for more than %1 working day(s) — their cases may be out of date: </source>
        <translation>以下乡镇超过 %1 个工作日未报送数据包，案件情况可能不是最新：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/county_view.py" line="306"/>
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>显示 %n 件</numerusform>
        </translation>
    </message>
</context>
</TS>
