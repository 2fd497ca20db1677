<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseViewDialog</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="176"/>
        <source>R&amp;eprint the selected letter</source>
        <translation>补打所选文书(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="224"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="231"/>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="232"/>
        <source>Name:</source>
        <translation>姓名/名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="235"/>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="239"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="244"/>
        <source>Item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="245"/>
        <source>Version used:</source>
        <translation>适用版本：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="247"/>
        <source>Received:</source>
        <translation>收件日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="247"/>
        <source>Accepted:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="248"/>
        <source>Closed:</source>
        <translation>结案日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="254"/>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="258"/>
        <source>Countdowns</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="262"/>
        <source>Supply deadline</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="263"/>
        <source>Completion deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="264"/>
        <source>One-time notice due</source>
        <translation>告知期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="270"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="277"/>
        <source>No clock is running for this case.</source>
        <translation>本案没有正在计算的时限。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="291"/>
        <source>&amp;Supply materials…</source>
        <translation>补齐材料(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="291"/>
        <location filename="../../app/ui/case_view.py" line="418"/>
        <source>Record missing materials brought in</source>
        <translation>登记申请人补交的材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="293"/>
        <source>Send &amp;back…</source>
        <translation>退回材料(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="294"/>
        <location filename="../../app/ui/case_view.py" line="425"/>
        <source>&amp;Pause clock…</source>
        <translation>暂停计时(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="295"/>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="296"/>
        <source>&amp;Complete…</source>
        <translation>办结(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="296"/>
        <location filename="../../app/ui/case_view.py" line="428"/>
        <source>Record the decision: approved or not</source>
        <translation>登记办理结果：准予或不予</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="298"/>
        <source>&amp;Terminate…</source>
        <translation>终止办理(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="298"/>
        <location filename="../../app/ui/case_view.py" line="429"/>
        <source>End the case without a decision</source>
        <translation>不作决定，终止本案</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="300"/>
        <source>Print &amp;letter</source>
        <translation>打印文书(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="301"/>
        <location filename="../../app/ui/case_view.py" line="442"/>
        <source>Print one of this case&apos;s letters</source>
        <translation>打印本案的文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="307"/>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="307"/>
        <location filename="../../app/ui/case_view.py" line="430"/>
        <source>Add a note to the history</source>
        <translation>在办理记录中添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="308"/>
        <source>Re&amp;open…</source>
        <translation>重新办理(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="309"/>
        <source>Co&amp;rrect…</source>
        <translation>更正信息(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="309"/>
        <source>Correct a mistyped name or phone number</source>
        <translation>更正录错的姓名或电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="311"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="311"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="328"/>
        <source>Cannot open the case</source>
        <translation>无法打开案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="335"/>
        <source>Case {0}</source>
        <translation>案件 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="344"/>
        <source>The applicant has a broken 容缺 commitment on record.</source>
        <translation>该申请人有未履行容缺承诺的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="346"/>
        <source>The applicant&apos;s commitment was broken on this case.</source>
        <translation>本案申请人未履行容缺承诺。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="348"/>
        <source>The completion clock is paused.</source>
        <translation>办结计时已暂停。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="355"/>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="355"/>
        <source>ID number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="364"/>
        <source>version {0}</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="372"/>
        <source>approved</source>
        <translation>准予</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="372"/>
        <source>not approved</source>
        <translation>不予</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="374"/>
        <source>reason: {0}</source>
        <translation>理由：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="387"/>
        <source>(unconfirmed)</source>
        <translation>（未确认）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="400"/>
        <source>&amp;Materials ({0} missing)</source>
        <translation>材料(&amp;M)（缺 {0} 项）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="401"/>
        <source>&amp;Materials</source>
        <translation>材料(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="402"/>
        <source>&amp;History ({0})</source>
        <translation>办理记录(&amp;H)（{0}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="403"/>
        <source>Letters printe&amp;d ({0})</source>
        <translation>已打印文书(&amp;D)（{0}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="420"/>
        <source>Send back a material that does not meet the requirements</source>
        <translation>退回不符合要求的材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="422"/>
        <source>&amp;Resume clock</source>
        <translation>恢复计时(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="423"/>
        <source>Start the completion clock again</source>
        <translation>恢复办结计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="426"/>
        <source>Stop the completion clock for a special procedure</source>
        <translation>特别程序期间暂停办结计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="427"/>
        <source>Add working days to the completion limit</source>
        <translation>延长办结时限的工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="431"/>
        <source>Take up a case completed or terminated by mistake</source>
        <translation>重新办理误办结或误终止的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="443"/>
        <source>No letter fits this case now</source>
        <translation>本案当前没有可打印的文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="460"/>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="107"/>
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="107"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="107"/>
        <source>Copy</source>
        <translation>原件/补打</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="107"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="107"/>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="123"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="123"/>
        <source>Original</source>
        <translation>首次打印</translation>
    </message>
</context>
</TS>
