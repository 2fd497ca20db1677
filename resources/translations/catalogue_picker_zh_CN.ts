<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="75"/>
        <source>decided on the spot</source>
        <translation>即办件</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="76"/>
        <source>promised within {0} working days</source>
        <translation>承诺 {0} 个工作日办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="80"/>
        <source>tolerant acceptance possible (supply within {0} working days)</source>
        <translation>可容缺受理（{0} 个工作日内补正）</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="84"/>
        <source>no tolerant acceptance</source>
        <translation>不适用容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="84"/>
        <source>{0} materials</source>
        <translation>{0} 项材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="147"/>
        <source>Type part of the item&apos;s name or its code</source>
        <translation>输入事项名称的一部分或事项编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="149"/>
        <source>Search the catalogue</source>
        <translation>搜索事项清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="156"/>
        <source>No item matches. Check the spelling, or search by the item code.</source>
        <translation>没有匹配的事项。请检查输入，或按事项编码搜索。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="164"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="205"/>
        <source>The catalogue is empty: an administrator must import the service items first.</source>
        <translation>事项清单为空：请管理员先导入服务事项。</translation>
    </message>
</context>
</TS>
