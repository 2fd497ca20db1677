<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseViewDialog</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="178"/>
        <source>Settle the c&amp;onflict…</source>
        <translation>处理冲突(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="199"/>
        <source>R&amp;eprint the selected letter</source>
        <translation>补打所选文书(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="249"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="256"/>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="257"/>
        <source>Name:</source>
        <translation>姓名/名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="260"/>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="264"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="269"/>
        <source>Item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="270"/>
        <source>Version used:</source>
        <translation>适用版本：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="272"/>
        <source>Received:</source>
        <translation>收件日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="272"/>
        <source>Accepted:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="273"/>
        <source>Closed:</source>
        <translation>结案日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="279"/>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="283"/>
        <source>Countdowns</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="287"/>
        <source>Supply deadline</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="288"/>
        <source>Completion deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="289"/>
        <source>One-time notice due</source>
        <translation>告知期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="290"/>
        <source>Follow-up of a poor rating due</source>
        <translation>差评整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="296"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="303"/>
        <source>No clock is running for this case.</source>
        <translation>本案没有正在计算的时限。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="317"/>
        <source>&amp;Supply…</source>
        <translation>补齐材料(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="317"/>
        <location filename="../../app/ui/case_view.py" line="480"/>
        <source>Record missing materials brought in</source>
        <translation>登记申请人补交的材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="319"/>
        <source>Send &amp;back…</source>
        <translation>退回材料(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="320"/>
        <location filename="../../app/ui/case_view.py" line="487"/>
        <source>&amp;Pause clock…</source>
        <translation>暂停计时(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="321"/>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="322"/>
        <source>&amp;Complete…</source>
        <translation>办结(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="322"/>
        <location filename="../../app/ui/case_view.py" line="490"/>
        <source>Record the decision: approved or not</source>
        <translation>登记办理结果：准予或不予</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="324"/>
        <source>&amp;Terminate…</source>
        <translation>终止办理(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="324"/>
        <location filename="../../app/ui/case_view.py" line="491"/>
        <source>End the case without a decision</source>
        <translation>不作决定，终止本案</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="326"/>
        <source>Print &amp;letter</source>
        <translation>打印文书(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="327"/>
        <location filename="../../app/ui/case_view.py" line="513"/>
        <source>Print one of this case&apos;s letters</source>
        <translation>打印本案的文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="333"/>
        <source>&amp;Rating…</source>
        <translation>登记评价(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="333"/>
        <location filename="../../app/ui/case_view.py" line="494"/>
        <source>Record the applicant&apos;s rating</source>
        <translation>登记申请人的好差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="334"/>
        <source>&amp;Follow-up…</source>
        <translation>差评整改(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="334"/>
        <location filename="../../app/ui/case_view.py" line="495"/>
        <source>The next step of a poor rating&apos;s follow-up</source>
        <translation>差评整改的下一环节</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="336"/>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="336"/>
        <location filename="../../app/ui/case_view.py" line="492"/>
        <source>Add a note to the history</source>
        <translation>在办理记录中添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="337"/>
        <source>Re&amp;open…</source>
        <translation>重新办理(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="338"/>
        <source>Co&amp;rrect…</source>
        <translation>更正信息(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="338"/>
        <source>Correct a mistyped name or phone number</source>
        <translation>更正录错的姓名或电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="340"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="340"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="384"/>
        <source>Cannot open the case</source>
        <translation>无法打开案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="393"/>
        <source>Case {0}</source>
        <translation>案件 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="404"/>
        <source>The one-time notice was due by %1 and was not given: by law the case counts as accepted from %2, and the completion deadline runs from that day.</source>
        <translation>一次性告知期限为%1，逾期未告知：依《行政许可法》第三十二条，本案自%2起即为受理，办结时限自该日起计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="406"/>
        <source>The applicant has a broken commitment of tolerant acceptance on record.</source>
        <translation>该申请人有未履行容缺承诺的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="408"/>
        <source>The applicant&apos;s commitment was broken on this case.</source>
        <translation>本案申请人未履行容缺承诺。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="410"/>
        <source>The completion clock is paused.</source>
        <translation>办结计时已暂停。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="418"/>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="418"/>
        <source>ID number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="427"/>
        <source>version {0}</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="436"/>
        <source>approved</source>
        <translation>准予</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="436"/>
        <source>not approved</source>
        <translation>不予</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="438"/>
        <source>reason: {0}</source>
        <translation>理由：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="440"/>
        <source>rated: %1</source>
        <translation>评价：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="454"/>
        <source>(unconfirmed)</source>
        <translation>（未确认）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="463"/>
        <source>&amp;Materials ({0} missing)</source>
        <translation>材料(&amp;M)（缺 {0} 项）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="464"/>
        <source>&amp;Materials</source>
        <translation>材料(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="465"/>
        <source>&amp;History ({0})</source>
        <translation>办理记录(&amp;H)（{0}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="466"/>
        <source>Letters printe&amp;d ({0})</source>
        <translation>已打印文书(&amp;D)（{0}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="482"/>
        <source>Send back a material that does not meet the requirements</source>
        <translation>退回不符合要求的材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="484"/>
        <source>&amp;Resume clock</source>
        <translation>恢复计时(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="485"/>
        <source>Start the completion clock again</source>
        <translation>恢复办结计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="488"/>
        <source>Stop the completion clock for a special procedure</source>
        <translation>特别程序期间暂停办结计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="489"/>
        <source>Add working days to the completion limit</source>
        <translation>延长办结时限的工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="493"/>
        <source>Take up a case completed or terminated by mistake</source>
        <translation>重新办理误办结或误终止的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="507"/>
        <source>&amp;Follow-up: %1…</source>
        <translation>差评整改：%1(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="514"/>
        <source>No letter fits this case now</source>
        <translation>本案当前没有可打印的文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="529"/>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="629"/>
        <source>Conflict %1: %2</source>
        <translation>冲突 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="630"/>
        <source>  first: %1</source>
        <translation>  先记录的一方：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="631"/>
        <source>  second: %1</source>
        <translation>  后记录的一方：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="637"/>
        <source>Choose which station&apos;s record holds</source>
        <translation>决定以哪个站点的记录为准</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="638"/>
        <source>Only a supervisor or an administrator can settle a conflict</source>
        <translation>只有主管或管理员可以处理冲突</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="116"/>
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="116"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="116"/>
        <source>Copy</source>
        <translation>原件/补打</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="116"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="116"/>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="132"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="133"/>
        <source>Original</source>
        <translation>首次打印</translation>
    </message>
</context>
</TS>
