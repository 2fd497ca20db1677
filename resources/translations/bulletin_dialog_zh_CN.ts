<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulletinDialog</name>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="232"/>
        <source>Bulletin of the townships</source>
        <translation>乡镇通报</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="233"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="234"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="244"/>
        <source>&amp;Show</source>
        <translation>生成(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="248"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="252"/>
        <source>containing &amp;the day</source>
        <translation>包含日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="274"/>
        <source> Figures in brackets are the previous period&apos;s.</source>
        <translation>括号内为上期数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="309"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="311"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="313"/>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="315"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="354"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="362"/>
        <source>Weekly bulletin</source>
        <translation>周通报</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="363"/>
        <source>Monthly bulletin</source>
        <translation>月通报</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="365"/>
        <source>%1 · %2 · open cases as of %3 · previous period: %4</source>
        <translation>%1 · %2 · 在办情况截至 %3 · 上期：%4</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="369"/>
        <source>No township&apos;s records are held here yet.</source>
        <translation>本站尚未收到任何乡镇的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="391"/>
        <source>Open cases past their completion deadline, all townships (%1):</source>
        <translation>逾期在办案件，全部乡镇（%1 件）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="395"/>
        <source>Open cases past their completion deadline in %1 (%2):</source>
        <translation>%1 逾期在办案件（%2 件）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="418"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="419"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="419"/>
        <source>Save the bulletin as</source>
        <translation>通报另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="430"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>BulletinModel</name>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="61"/>
        <source>Received</source>
        <extracomment>(attribute or getter of Figures, header source text) of the figure columns, in order.</extracomment>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="62"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="63"/>
        <source>of which 容缺</source>
        <translation>其中
容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="64"/>
        <source>Completed on time</source>
        <translation>按时
办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="65"/>
        <source>Completed late</source>
        <translation>超期
办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="66"/>
        <source>On-time rate</source>
        <translation>按时
办结率</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="67"/>
        <source>Overdue now</source>
        <translation>逾期
在办</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="68"/>
        <source>Promises kept</source>
        <translation>承诺
已履行</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="69"/>
        <source>Promises broken</source>
        <translation>承诺
未履行</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="70"/>
        <source>Packages</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="110"/>
        <source>This period; in brackets, the previous period</source>
        <translation>本期数字，括号内为上期</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="113"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="114"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="115"/>
        <source>Newest package</source>
        <translation>最新
数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="117"/>
        <source>Previous rank</source>
        <translation>上期
名次</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="138"/>
        <location filename="../../app/ui/bulletin_dialog.py" line="143"/>
        <source>No package for more than %1 working day(s): its figures may be incomplete</source>
        <translation>超过 %1 个工作日未报送数据包，数字可能不全</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="146"/>
        <source>%1: %2 this period, %3 the previous period</source>
        <translation>%1：本期 %2，上期 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="160"/>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="162"/>
        <source>Never</source>
        <translation>从未报送</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="191"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="191"/>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="192"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="192"/>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="193"/>
        <source>Completion due</source>
        <translation>承诺办结期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/bulletin_dialog.py" line="193"/>
        <source>Working days overdue</source>
        <translation>逾期工作日</translation>
    </message>
</context>
</TS>
