<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseMaterialsModel</name>
    <message>
        <location filename="../../app/ui/materials_model.py" line="199"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="210"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="214"/>
        <source>Supplied {0}</source>
        <translation>{0}补齐</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="215"/>
        <source>Supplied</source>
        <translation>已补齐</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="217"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="219"/>
        <source>Not provided</source>
        <translation>未提供</translation>
    </message>
</context>
<context>
    <name>IntakeMaterialsModel</name>
    <message>
        <location filename="../../app/ui/materials_model.py" line="120"/>
        <location filename="../../app/ui/materials_model.py" line="138"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="139"/>
        <source>Not received</source>
        <translation>未收</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message>
        <location filename="../../app/ui/materials_model.py" line="34"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="35"/>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="36"/>
        <source>Original and copy</source>
        <translation>原件和复印件</translation>
    </message>
</context>
<context>
    <name>_MaterialColumns</name>
    <message>
        <location filename="../../app/ui/materials_model.py" line="57"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="57"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="57"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="57"/>
        <location filename="../../app/ui/materials_model.py" line="71"/>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="58"/>
        <source>Core or tolerable</source>
        <translation>核心/可容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="72"/>
        <source>Optional</source>
        <translation>非必要</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="75"/>
        <source>Tolerable</source>
        <translation>可容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/materials_model.py" line="76"/>
        <source>Core</source>
        <translation>核心材料</translation>
    </message>
</context>
</TS>
