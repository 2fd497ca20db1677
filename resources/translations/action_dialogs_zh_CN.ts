<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="55"/>
        <source>Enter or Ctrl+Enter</source>
        <translation>回车或 Ctrl+回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="56"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="177"/>
        <source>Complete the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="178"/>
        <source>Record the decision on this case. A completed case is closed.</source>
        <translation>登记本案的办理结果。办结后案件关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="179"/>
        <source>&amp;Complete</source>
        <translation>办结(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="180"/>
        <source>&amp;Approved</source>
        <translation>准予(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="181"/>
        <source>&amp;Not approved</source>
        <translation>不予(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="185"/>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="188"/>
        <source>Still missing: {0}</source>
        <translation>仍缺：{0}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="145"/>
        <source>Extend the completion limit</source>
        <translation>延长办结时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="146"/>
        <source>Extensions need a supervisor&apos;s approval and at most {0} working days in all; the applicant must be told the reason.</source>
        <translation>延期须经主管批准，合计不超过 {0} 个工作日，并应将理由告知申请人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="148"/>
        <source>&amp;Extend</source>
        <translation>延期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="152"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="156"/>
        <source>Already extended: {0} working days</source>
        <translation>已延期：{0} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="157"/>
        <source>&amp;Days:</source>
        <translation>延长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="159"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="331"/>
        <source>Verify the poor rating</source>
        <translation>核实差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="331"/>
        <source>Record the rectification</source>
        <translation>登记整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="332"/>
        <source>Record the return visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="333"/>
        <source>What was found: is the complaint founded?</source>
        <translation>核实情况：差评反映的问题是否属实？</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="334"/>
        <source>What was changed, or why nothing needed changing</source>
        <translation>整改措施，或无需整改的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="335"/>
        <source>How the applicant was called back and what they said</source>
        <translation>回访方式及申请人的意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="336"/>
        <source>&amp;Record %1</source>
        <translation>登记%1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="233"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="234"/>
        <source>The note is kept in the case&apos;s history with your name and the time.</source>
        <translation>备注连同您的姓名和时间记入办理记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="235"/>
        <source>&amp;Add note</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="239"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="122"/>
        <source>Pause the completion clock</source>
        <translation>暂停办结计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="123"/>
        <source>The days of a special procedure (public notice, inspection, hearing …) do not count against the promised limit. The supply deadline keeps running.</source>
        <translation>特别程序（公示、核查、听证等）所需时间不计入承诺办结时限。补正期限照常计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="125"/>
        <source>&amp;Pause clock</source>
        <translation>暂停计时(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="127"/>
        <source>Public notice period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="127"/>
        <source>On-site inspection</source>
        <translation>入户/现场核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="127"/>
        <source>Testing or appraisal</source>
        <translation>检测、鉴定</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="128"/>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="128"/>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="130"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="288"/>
        <source>Record the applicant&apos;s rating</source>
        <translation>登记申请人评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="289"/>
        <source>One rating per case. A rating of dissatisfied or below opens a follow-up: verification, rectification and a return visit, by a deadline.</source>
        <translation>一案一评。评价为“不满意”及以下的，须在期限内核实、整改并回访。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="291"/>
        <source>&amp;Record rating</source>
        <translation>登记评价(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="298"/>
        <source>Level:</source>
        <translation>评价等级：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="299"/>
        <source>The applicant &amp;declined to rate</source>
        <translation>申请人拒绝评价(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="305"/>
        <source>C&amp;omment:</source>
        <translation>评价意见(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="306"/>
        <source>The applicant asked to stay &amp;anonymous</source>
        <translation>申请人要求匿名评价(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="255"/>
        <source>Settle the conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="256"/>
        <source>Two stations recorded this case differently: %1. Choose the record that holds; the other stays in the history, set aside.</source>
        <translation>两个站点对本案的记录相互冲突：%1。请选择以哪一方为准；另一方仍保留在案件经过中，但不再生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="258"/>
        <source>&amp;Settle</source>
        <translation>确定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="264"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="268"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="92"/>
        <source>Supply materials</source>
        <translation>补齐材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="93"/>
        <source>Tick each missing material the applicant has brought today (Space ticks).</source>
        <translation>勾选申请人今天补交的材料（空格键勾选）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="94"/>
        <source>&amp;Record supply</source>
        <translation>登记补齐(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="97"/>
        <source>tolerable</source>
        <translation>可容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="98"/>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="98"/>
        <source>optional</source>
        <translation>非必要</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="210"/>
        <source>Terminate the case</source>
        <translation>终止办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="211"/>
        <source>Termination ends the case without a decision and cannot be undone.</source>
        <translation>终止办理将不作决定而结束本案，且不可撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="212"/>
        <source>&amp;Terminate</source>
        <translation>终止办理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="215"/>
        <source>The missing materials were not supplied by the deadline</source>
        <translation>申请人逾期未补齐材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="216"/>
        <source>The applicant withdrew the application</source>
        <translation>申请人撤回申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_dialogs.py" line="218"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
</TS>
