<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LedgerExportDialog</name>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="64"/>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="72"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="79"/>
        <source>Received &amp;from:</source>
        <translation>收件日期自(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="80"/>
        <source>Received &amp;to:</source>
        <translation>收件日期至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="81"/>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="88"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="90"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="137"/>
        <source>Save the ledger as</source>
        <translation>台账保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="138"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="147"/>
        <source>Please choose where to save the ledger.</source>
        <translation>请选择台账的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="153"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="168"/>
        <source>Exporting… %1 rows written</source>
        <translation>正在导出…已写入 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="183"/>
        <source>Saved %1: %2 case(s) received, %3 completed, %4 on time.</source>
        <translation>已保存 %1：收件 %2 件，已办结 %3 件，按时办结率 %4。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="213"/>
        <location filename="../../app/ui/ledger_dialog.py" line="260"/>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="219"/>
        <source>Received &amp;from:</source>
        <translation>收件日期自(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="220"/>
        <source>Received &amp;to:</source>
        <translation>收件日期至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="226"/>
        <source>&amp;Show report</source>
        <translation>生成报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="232"/>
        <source>The cases received in the period, as they stand today. The figures are the same as the ledger&apos;s.</source>
        <translation>统计期间内收件的全部案件，办理情况截至今天；各项数字与台账一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_dialog.py" line="246"/>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
</TS>
