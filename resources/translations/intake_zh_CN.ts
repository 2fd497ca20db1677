<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../app/ui/intake.py" line="73"/>
        <source>Accepted</source>
        <extracomment>The letters that go with each decision, printed in one step after intake.</extracomment>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="74"/>
        <source>Tolerant acceptance</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="75"/>
        <source>One-time notice to supplement</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="76"/>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="123"/>
        <source>New intake</source>
        <translation>新收件</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="136"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="137"/>
        <source>Previous step (Alt+B)</source>
        <translation>上一步（Alt+B）</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="138"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="139"/>
        <source>Next step (Enter or Alt+N)</source>
        <translation>下一步（回车或 Alt+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="140"/>
        <source>&amp;Finish (Ctrl+Enter)</source>
        <translation>完成(&amp;F)（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="141"/>
        <source>Log the case with the chosen decision (Ctrl+Enter or Alt+F)</source>
        <translation>按所选决定登记案件（Ctrl+回车或 Alt+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="142"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="180"/>
        <source>Which service item does the applicant ask for? Type part of its name or its code, then press Enter.</source>
        <translation>申请人办理哪个事项？输入事项名称的一部分或事项编码，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="191"/>
        <source>&amp;Person</source>
        <translation>个人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="192"/>
        <source>&amp;Enterprise</source>
        <translation>企业(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="209"/>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="210"/>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="228"/>
        <source>Applicant is a:</source>
        <translation>申请人类型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="241"/>
        <source>Who applies? Numbers are checked as you type; the reason shows on the right.</source>
        <translation>申请人是谁？号码边输入边核验，有误时原因显示在右侧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="278"/>
        <source>A returning applicant: name and phone filled in from their last case. Check them with the applicant.</source>
        <translation>老申请人：姓名和电话已按其上一件案件填入，请与申请人核对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="287"/>
        <source>&amp;Name of the enterprise:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="287"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="288"/>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="288"/>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="289"/>
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="290"/>
        <source>18-digit resident ID number</source>
        <translation>18位公民身份号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="291"/>
        <source>mobile, or landline with area code</source>
        <translation>手机号码，或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="305"/>
        <source>Please enter the name</source>
        <translation>请填写姓名或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="309"/>
        <source>born {0}, {1}</source>
        <translation>{0}出生，{1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="318"/>
        <source>Please enter the legal representative</source>
        <translation>请填写法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="334"/>
        <source>Area code incomplete, e.g. 0571-88886666</source>
        <translation>区号不完整，例如 0571-88886666</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="380"/>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="382"/>
        <source>Tick a&amp;ll</source>
        <translation>全部勾选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="383"/>
        <source>&amp;Untick all</source>
        <translation>全部取消(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="392"/>
        <source>The applicant asks for tolerant acceptance and has signed the &amp;commitment</source>
        <translation>申请人申请容缺受理，并已签署承诺书(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="393"/>
        <source>Supply &amp;within:</source>
        <translation>补正期限(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="395"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="428"/>
        <source>Materials of &quot;{0}&quot;: tick each paper the applicant has handed in (Space ticks the current row). Hover over a name for what makes it acceptable.</source>
        <translation>「{0}」的申请材料：逐项勾选申请人已提交的材料（空格键勾选当前行）。鼠标停在材料名称上可查看材料要求。</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="434"/>
        <source>at most {0} working days for this item</source>
        <translation>本事项最长 {0} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="454"/>
        <source>Received {0} of {1}.</source>
        <translation>已收 {0} / {1} 项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="456"/>
        <source>tolerable</source>
        <translation>可容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="457"/>
        <source>core</source>
        <translation>核心材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="458"/>
        <source>Required but missing: {0}</source>
        <translation>缺少必要材料：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="462"/>
        <source>Every required material is here.</source>
        <translation>必要材料齐全。</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="481"/>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="482"/>
        <source>&amp;Tolerant acceptance</source>
        <translation>容缺受理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="483"/>
        <source>One-time notice to &amp;supplement</source>
        <translation>一次性告知补正(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="484"/>
        <source>&amp;Refuse</source>
        <translation>不予受理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="506"/>
        <source>Super&amp;visor&apos;s reason:</source>
        <translation>主管理由(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="509"/>
        <source>why tolerant acceptance is granted despite the broken commitment</source>
        <translation>申请人曾未履行承诺，仍予容缺受理的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="519"/>
        <source>Reason for refusal:</source>
        <translation>不予受理理由：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="521"/>
        <source>required: it is printed on the refusal notice</source>
        <translation>必填：将打印在不予受理通知书上</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="529"/>
        <source>Reason to log it a&amp;gain:</source>
        <translation>再次收件理由(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="532"/>
        <source>required: the same applicant already has an open case of this item</source>
        <translation>必填：该申请人已有未办结的同一事项案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="546"/>
        <source>Check the decision, then press Ctrl+Enter to log the case.</source>
        <translation>核对决定后，按 Ctrl+回车 登记案件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="603"/>
        <source>{0} for {1}: {2} of {3} materials received.</source>
        <translation>{1}申请“{0}”：已收材料 {2} / {3} 项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="625"/>
        <source>Not possible: {0}</source>
        <translation>不可选：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="631"/>
        <source>Supply deadline: {0} ({1} working days)</source>
        <translation>补正期限：{0}（{1} 个工作日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="636"/>
        <source>⚠ calendar unconfirmed: the holidays of that year are not imported yet, the date may still move</source>
        <translation>⚠ 日历未确认：该年度节假日安排尚未导入，日期可能变动</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="653"/>
        <source> (to be completed within {0} working days)</source>
        <translation>（承诺 {0} 个工作日内办结）</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="655"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="656"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="656"/>
        <source> (the applicant has {0} {1} to supply)</source>
        <translation>（申请人须在 {0} {1}内补正）</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="672"/>
        <source>Print the letters no&amp;w: {0}</source>
        <translation>立即打印文书(&amp;W)：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="673"/>
        <source>Print the letters no&amp;w</source>
        <translation>立即打印文书(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="708"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="708"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="708"/>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="709"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="801"/>
        <source>Not logged: {0}</source>
        <translation>未登记：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="819"/>
        <source>Discard this intake?</source>
        <translation>放弃本次收件？</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake.py" line="820"/>
        <source>The applicant&apos;s details typed so far will be lost. Nothing has been logged.</source>
        <translation>已输入的申请人信息将丢失。尚未登记任何内容。</translation>
    </message>
</context>
</TS>
