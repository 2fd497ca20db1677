<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LedgerExportDialog</name>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="63"/>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="78"/>
        <source>Received &amp;from:</source>
        <translation>收件日期自(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="79"/>
        <source>Received &amp;to:</source>
        <translation>收件日期至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="80"/>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="87"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="89"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="136"/>
        <source>Save the ledger as</source>
        <translation>台账保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="137"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="146"/>
        <source>Please choose where to save the ledger.</source>
        <translation>请选择台账的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="152"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="167"/>
        <source>Exporting… %1 rows written</source>
        <translation>正在导出…已写入 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="181"/>
        <source>Saved %1: %2 case(s) received, %3 completed, %4 on time.</source>
        <translation>已保存 %1：收件 %2 件，已办结 %3 件，按时办结率 %4。</translation>
    </message>
</context>
</TS>
