<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="66"/>
        <source>Enter or Ctrl+Enter</source>
        <translation>回车或 Ctrl+回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="67"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="312"/>
        <source>Complete the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="313"/>
        <source>Record the decision on this case. A completed case is closed.</source>
        <translation>登记本案的办理结果。办结后案件关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="314"/>
        <source>&amp;Complete</source>
        <translation>办结(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="315"/>
        <source>&amp;Approved</source>
        <translation>准予(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="316"/>
        <source>&amp;Not approved</source>
        <translation>不予(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="320"/>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="323"/>
        <source>Still missing: {0}</source>
        <translation>仍缺：{0}</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="212"/>
        <source>Correct the applicant&apos;s details</source>
        <translation>更正申请人信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="214"/>
        <source>The correction is kept in the history with the old value and your reason; letters printed from now on carry the corrected value.</source>
        <translation>更正连同原值和理由记入办理记录；此后打印的文书使用更正后的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="215"/>
        <source>C&amp;orrect</source>
        <translation>更正(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="218"/>
        <source>Name</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="219"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="221"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="223"/>
        <source>Mistyped at intake</source>
        <translation>收件时录入错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="223"/>
        <source>The applicant&apos;s number changed</source>
        <translation>申请人更换了号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="224"/>
        <source>&amp;Detail:</source>
        <translation>更正项目(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="225"/>
        <source>&amp;Correct value:</source>
        <translation>正确内容(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="226"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="277"/>
        <source>Extend the completion limit</source>
        <translation>延长办结时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="280"/>
        <source>Extensions need a supervisor&apos;s approval and at most {0} working days in all; the applicant is told the reason by the extension notice, printed next, which names you as the approving supervisor.</source>
        <translation>延期须经主管批准，合计不超过 {0} 个工作日；随后打印延期告知书，向申请人告知延期理由，并写明您为批准人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="281"/>
        <source>&amp;Extend</source>
        <translation>延期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="285"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="289"/>
        <source>Already extended: {0} working days</source>
        <translation>已延期：{0} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="290"/>
        <source>&amp;Days:</source>
        <translation>延长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="292"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="468"/>
        <source>Verify the poor rating</source>
        <translation>核实差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="468"/>
        <source>Record the rectification</source>
        <translation>登记整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="470"/>
        <source>Record the return visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="470"/>
        <source>What was found: is the complaint founded?</source>
        <translation>核实情况：差评反映的问题是否属实？</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="471"/>
        <source>What was changed, or why nothing needed changing</source>
        <translation>整改措施，或无需整改的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="473"/>
        <source>How the applicant was called back and what they said</source>
        <translation>回访方式及申请人的意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="473"/>
        <source>&amp;Record %1</source>
        <translation>登记%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="478"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="370"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="371"/>
        <source>The note is kept in the case&apos;s history with your name and the time.</source>
        <translation>备注连同您的姓名和时间记入办理记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="372"/>
        <source>&amp;Add note</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="376"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="254"/>
        <source>Pause the completion clock</source>
        <translation>暂停办结计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="256"/>
        <source>The days of a special procedure (public notice, inspection, hearing …) do not count against the promised limit. The supply deadline keeps running.</source>
        <translation>特别程序（公示、核查、听证等）所需时间不计入承诺办结时限。补正期限照常计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="257"/>
        <source>&amp;Pause clock</source>
        <translation>暂停计时(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="259"/>
        <source>Public notice period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="259"/>
        <source>On-site inspection</source>
        <translation>入户/现场核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="259"/>
        <source>Testing or appraisal</source>
        <translation>检测、鉴定</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="260"/>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="260"/>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="262"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="425"/>
        <source>Record the applicant&apos;s rating</source>
        <translation>登记申请人评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="427"/>
        <source>One rating per case. A rating of dissatisfied or below opens a follow-up: verification, rectification and a return visit, by a deadline.</source>
        <translation>一案一评。评价为“不满意”及以下的，须在期限内核实、整改并回访。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="428"/>
        <source>&amp;Record rating</source>
        <translation>登记评价(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="435"/>
        <source>Level:</source>
        <translation>评价等级：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="436"/>
        <source>The applicant &amp;declined to rate</source>
        <translation>申请人拒绝评价(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="442"/>
        <source>C&amp;omment:</source>
        <translation>评价意见(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="443"/>
        <source>The applicant asked to stay &amp;anonymous</source>
        <translation>申请人要求匿名评价(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="163"/>
        <source>Send back a material</source>
        <translation>退回材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="164"/>
        <source>The material is recorded as missing again; the applicant must be told why.</source>
        <translation>该材料将重新登记为缺少，须告知申请人退回原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="165"/>
        <source>&amp;Send back</source>
        <translation>退回(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="170"/>
        <source>Illegible or incomplete copy</source>
        <translation>复印件不清晰或不完整</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="170"/>
        <source>Expired</source>
        <translation>已过有效期</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="170"/>
        <source>Signature or seal missing</source>
        <translation>缺少签名或印章</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="171"/>
        <source>Does not match the applicant</source>
        <translation>与申请人信息不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="173"/>
        <source>&amp;Material:</source>
        <translation>材料(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="174"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="192"/>
        <source>Reopen the case</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="194"/>
        <source>For a case completed or terminated by mistake. The case returns to the state it had before, its clocks run again, and your reason is kept in the history.</source>
        <translation>用于误办结或误终止的案件。案件恢复到此前的状态，时限重新计算，您填写的理由记入办理记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="195"/>
        <source>Re&amp;open</source>
        <translation>重新办理(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="196"/>
        <source>Completed by mistake</source>
        <translation>误点办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="196"/>
        <source>Terminated by mistake</source>
        <translation>误点终止</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="197"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="392"/>
        <source>Settle the conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="394"/>
        <source>Two stations recorded this case differently: %1. Choose the record that holds; the other stays in the history, set aside.</source>
        <translation>两个站点对本案的记录相互冲突：%1。请选择以哪一方为准；另一方仍保留在案件经过中，但不再生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="395"/>
        <source>&amp;Settle</source>
        <translation>确定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="401"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="405"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="134"/>
        <source>Supply materials</source>
        <translation>补齐材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="135"/>
        <source>Tick each missing material the applicant has brought today (Space ticks).</source>
        <translation>勾选申请人今天补交的材料（空格键勾选）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="136"/>
        <source>&amp;Record supply</source>
        <translation>登记补齐(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="139"/>
        <source>tolerable</source>
        <translation>可容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="139"/>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="139"/>
        <source>optional</source>
        <translation>非必要</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="347"/>
        <source>Terminate the case</source>
        <translation>终止办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="348"/>
        <source>Termination ends the case without a decision and cannot be undone.</source>
        <translation>终止办理将不作决定而结束本案，且不可撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="349"/>
        <source>&amp;Terminate</source>
        <translation>终止办理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="352"/>
        <source>The missing materials were not supplied by the deadline</source>
        <translation>申请人逾期未补齐材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="353"/>
        <source>The applicant withdrew the application</source>
        <translation>申请人撤回申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="355"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
</TS>
