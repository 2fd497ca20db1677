<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchReminderDialog</name>
    <message>
        <location filename="../../app/ui/batch_print.py" line="171"/>
        <source>Print reminders</source>
        <translation>打印补正催告</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="181"/>
        <source>Reminders (补正催告) go to applicants whose deadline to bring the missing materials is near. Each reminder printed or saved is recorded in its case.</source>
        <translation>补正催告发给补正期限临近的申请人。每份催告打印或保存后都会记入对应案件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="188"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="193"/>
        <source>Also remind &amp;again where a reminder for the same deadline was issued</source>
        <translation>已就同一补正期限催告过的案件也再次出具(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="197"/>
        <source>&amp;Print them (the printer is chosen when you start)</source>
        <translation>直接打印(&amp;P)（开始时选择打印机）</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="198"/>
        <source>&amp;Save them as PDF files in a folder, one per case</source>
        <translation>保存为 PDF 文件(&amp;S)，每件一个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="207"/>
        <source>Reminders %1</source>
        <translation>补正催告 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="209"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="215"/>
        <source>Supply deadline &amp;within:</source>
        <translation>补正期限在(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="217"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="227"/>
        <source>Output:</source>
        <translation>输出方式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="235"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="242"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="245"/>
        <source>S&amp;top after this letter</source>
        <translation>本份完成后停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="248"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="282"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_print.py" line="297"/>
        <source>No open case owing materials has a supply deadline within %n working day(s).</source>
        <translation>
            <numerusform>没有尚缺材料且补正期限在 %n 个工作日内的在办案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_print.py" line="300"/>
        <source>%n case(s) have a supply deadline by %1.</source>
        <translation>
            <numerusform>共 %n 件的补正期限于 %1（含）前届满。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_print.py" line="303"/>
        <source>%n of them already had a reminder for that deadline.</source>
        <translation>
            <numerusform>其中 %n 件已就该期限催告过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="320"/>
        <source>Folder for the reminders</source>
        <translation>选择保存催告的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="335"/>
        <location filename="../../app/ui/batch_print.py" line="341"/>
        <location filename="../../app/ui/batch_print.py" line="346"/>
        <source>No folder</source>
        <translation>未选择文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="335"/>
        <source>Choose the folder for the PDF files.</source>
        <translation>请选择保存 PDF 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="347"/>
        <source>Could not use the folder %1: %2</source>
        <translation>无法使用文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="358"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="366"/>
        <source>Stopping after the letter in hand…</source>
        <translation>当前这份完成后即停止…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="378"/>
        <source>Making the reminder for %1 (%2)…</source>
        <translation>正在出具 %1（%2）的补正催告…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="423"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="429"/>
        <source>Could not save the reminder for %1: %2</source>
        <translation>无法保存 %1 的补正催告：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="433"/>
        <source>The run stopped on an unexpected error.</source>
        <translation>发生意外错误，已停止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="441"/>
        <source>The reminder for %1 states a deadline the holiday calendar cannot confirm yet (a year whose holiday schedule has not been imported); it was counted on weekends alone.

Print reminders with such deadlines anyway? If not, they are left out of this run.</source>
        <translation>%1 的补正催告上的期限落在尚未导入节假日安排的年度，无法由日历确认，仅按周末推算。

仍要出具期限未经确认的催告吗？选“否”则本次跳过这些案件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="441"/>
        <source>Deadline not confirmed</source>
        <translation>期限未经确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="472"/>
        <source>Saved %1 of %2 reminders in %3.</source>
        <translation>已保存 %1 份补正催告（共 %2 件）到 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_print.py" line="475"/>
        <source>Printed %1 of %2 reminders.</source>
        <translation>已打印 %1 份补正催告（共 %2 件）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_print.py" line="477"/>
        <source>%n left out: deadline not confirmed by the holiday calendar.</source>
        <translation>
            <numerusform>%n 件未出具：期限未经节假日日历确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_print.py" line="479"/>
        <source>%n not made:</source>
        <translation>
            <numerusform>%n 件未能出具：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_print.py" line="482"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_print.py" line="486"/>
        <source>Stopped at your request; %n case(s) were not reached.</source>
        <translation>
            <numerusform>已按您的要求停止，%n 件未处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterPrinter</name>
    <message>
        <location filename="../../app/ui/printing.py" line="141"/>
        <location filename="../../app/ui/printing.py" line="195"/>
        <source>Not printed</source>
        <extracomment>every service call (prepare, render, record) runs on the window&apos;s worker</extracomment>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="169"/>
        <source>The deadline on this %1, %2, cannot be confirmed: the holiday schedule for %3 has not been imported, so it was counted on weekends alone. Holidays and make-up working days may move it.

Print it with this date anyway?</source>
        <translation>这份%1上的期限（%2）无法确认：尚未导入 %3 年的节假日安排，日期仅按周末推算，节假日和调休可能使其变动。

仍按此日期打印吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="173"/>
        <source>A deadline behind this %1 falls in a year whose holiday schedule has not been imported, so it was counted on weekends alone.

Print it anyway?</source>
        <translation>这份%1所依据的期限落在尚未导入节假日安排的年度，仅按周末推算。

仍要打印吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="174"/>
        <source>Deadline not confirmed</source>
        <translation>期限未经确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="184"/>
        <source>Reprint of the letter first printed on %1; it is marked as a reprint.</source>
        <translation>这是 %1 出具的文书的补打件，纸面上标明“补打”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="185"/>
        <source>Print preview — %1 %2</source>
        <translation>打印预览 — %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="213"/>
        <source>Not recorded</source>
        <translation>未能登记</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="109"/>
        <source>The letter&apos;s PDF could not be read for printing.</source>
        <translation>文书的 PDF 无法读取，不能打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="148"/>
        <source>The printer refused a new page.</source>
        <translation>打印机拒绝了新的一页。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="168"/>
        <source>Page %1 of the letter could not be rendered.</source>
        <translation>文书第 %1 页无法生成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="239"/>
        <source>Could not write the file %1.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="241"/>
        <source>the default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="242"/>
        <source>Printing could not start on %1. Check that the printer is switched on and connected, then try again.</source>
        <translation>无法在 %1 上开始打印。请检查打印机已开机并连接好，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="282"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="291"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="293"/>
        <source>Save as &amp;DOCX…</source>
        <translation>另存为 DOCX(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="302"/>
        <source>Print on paper (Ctrl+P)</source>
        <translation>打印到纸上（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="346"/>
        <location filename="../../app/ui/print_preview.py" line="360"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="375"/>
        <source>Save the letter as PDF</source>
        <translation>将文书另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="375"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="380"/>
        <source>Save the letter as DOCX</source>
        <translation>将文书另存为 DOCX</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="380"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="395"/>
        <location filename="../../app/ui/print_preview.py" line="398"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="399"/>
        <source>Could not write the file %1: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="405"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
<context>
    <name>SupervisorReasonDialog</name>
    <message>
        <location filename="../../app/ui/printing.py" line="53"/>
        <source>A one-time notice was already printed for this case. This one also asks for: %1.
Everything missing must be told at once, so adding materials needs a supervisor&apos;s reason. The reason is recorded and printed on the notice.</source>
        <translation>本案已打印过一次性告知书，本次还增列了：%1。
应补材料须一次告知，增列材料须由主管说明理由。理由将记录在案并印在告知书上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="54"/>
        <source>One-time notice: materials added</source>
        <translation>一次性告知书增列材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="55"/>
        <source>Print with this reason</source>
        <translation>按此理由打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="59"/>
        <source>e.g. the certificate brought turned out to have expired</source>
        <translation>例如：申请人补交的证明经核实已过有效期</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="62"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
</TS>
