<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Rating</name>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="54"/>
        <source>very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="55"/>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="56"/>
        <source>fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="57"/>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="58"/>
        <source>very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="59"/>
        <source>declined to rate</source>
        <translation>拒绝评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="60"/>
        <source>not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="69"/>
        <source>verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="70"/>
        <source>rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="71"/>
        <source>return visit</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="35"/>
        <source>record supplied materials</source>
        <translation>补齐材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="36"/>
        <source>send a material back</source>
        <translation>退回材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="37"/>
        <source>pause the clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="38"/>
        <source>resume the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="39"/>
        <source>extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="40"/>
        <source>complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="41"/>
        <source>terminate</source>
        <translation>终止办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="42"/>
        <source>add a note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="43"/>
        <source>reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="44"/>
        <source>record a rating</source>
        <translation>登记好差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="45"/>
        <source>follow up a poor rating</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="83"/>
        <source>The applicant&apos;s name</source>
        <translation>申请人姓名或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="84"/>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="85"/>
        <source>The legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="91"/>
        <source>the centre&apos;s name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="92"/>
        <source>the address</source>
        <translation>办理地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="93"/>
        <source>the phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="94"/>
        <source>the opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="115"/>
        <source>not logged</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="145"/>
        <source>Item “{item}” has no materials {codes} (it has: {known})</source>
        <translation>事项“{item}”没有这些材料：{codes}（可用：{known}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="146"/>
        <source>A material cannot be both received and missing: {codes}</source>
        <translation>材料不能同时登记为已收和缺少：{codes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="147"/>
        <source>Cannot decide “{decision}”: {option}</source>
        <translation>不能{decision}：{option}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="148"/>
        <source>A refusal needs the reason written down</source>
        <translation>不予受理须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="151"/>
        <source>The date {day} is before the case&apos;s latest recorded step ({last}): steps cannot be backdated</source>
        <translation>办理日期 {day} 早于本案已登记的最近一次办理（{last}），不能倒填</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="152"/>
        <source>Cannot {action} on {day}: before the intake date, {since}</source>
        <translation>{action}日期 {day} 早于收件日期 {since}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="153"/>
        <source>Cannot {action} on {day}: before the acceptance date, {since}</source>
        <translation>{action}日期 {day} 早于受理日期 {since}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="154"/>
        <source>Cannot {action} on {day}: before the clock was paused, {since}</source>
        <translation>{action}日期 {day} 早于暂停计时日期 {since}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="156"/>
        <source>The case is not logged</source>
        <translation>案件未登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="157"/>
        <source>Case {number} is {status}: cannot {action}</source>
        <translation>案件 {number} 状态为“{status}”，不能{action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="158"/>
        <source>No material is missing</source>
        <translation>没有缺少的材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="159"/>
        <source>Name the materials brought in</source>
        <translation>请指明补齐的材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="160"/>
        <source>The case has no materials {codes}</source>
        <translation>本案没有这些材料：{codes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="161"/>
        <source>These materials are not missing, nothing to supply: {names}</source>
        <translation>这些材料并未缺少，无需补齐：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="162"/>
        <source>No material has been taken in that could be sent back</source>
        <translation>没有已收取的材料可以退回</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="163"/>
        <source>After tolerant acceptance only the materials allowed to follow may be sent back</source>
        <translation>容缺受理后只能退回可容缺材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="164"/>
        <source>“{name}” is already recorded as missing</source>
        <translation>材料“{name}”本就登记为缺少</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="166"/>
        <source>After tolerant acceptance only the materials allowed to follow may be sent back; “{name}” is a core material: terminate the case or take the application again</source>
        <translation>容缺受理后只能退回可容缺材料；“{name}”是核心材料，应终止办理或重新收件</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="167"/>
        <source>The case has been accepted: materials can no longer be sent back</source>
        <translation>案件已受理，不能再退回材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="168"/>
        <source>Sending a material back needs the reason it is inadequate</source>
        <translation>退回材料须写明不符合要求的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="170"/>
        <source>The case is not accepted yet: the completion clock has not started, so it cannot be paused</source>
        <translation>案件尚未受理，办结时限还没有开始计算，不能暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="171"/>
        <source>The completion clock is already paused</source>
        <translation>办结计时已经暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="173"/>
        <source>Pausing the clock needs a reason (a special procedure such as publication, testing or a hearing)</source>
        <translation>暂停计时须写明理由（如公示、检测、听证等特别程序）</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="174"/>
        <source>The clock cannot be paused before the acceptance date</source>
        <translation>暂停日期不能早于受理日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="175"/>
        <source>The completion limit ran out on {deadline}: the clock can no longer be paused</source>
        <translation>办结期限 {deadline} 已届满，不能再暂停计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="176"/>
        <source>The completion clock is not paused</source>
        <translation>办结计时没有暂停，无需恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="177"/>
        <source>The clock cannot resume before the day it was paused, {start}</source>
        <translation>恢复日期不能早于暂停日期 {start}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="178"/>
        <source>An extension must be approved by a supervisor or an administrator</source>
        <translation>延期须由主管或管理员批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="179"/>
        <source>The case is not accepted yet: it cannot be extended</source>
        <translation>案件尚未受理，不能延期</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="180"/>
        <source>The extension is a whole number of working days, at least 1</source>
        <translation>延期天数应为正整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="181"/>
        <source>An extension needs a reason, which the applicant is told</source>
        <translation>延期须写明理由，并告知申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="183"/>
        <source>Extensions may total at most {limit} working days (Administrative Licensing Law, art. 42); {used} already granted</source>
        <translation>延期合计不得超过 {limit} 个工作日（《行政许可法》第四十二条），已延期 {used} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="184"/>
        <source>The case cannot be extended while its clock is paused: resume it first</source>
        <translation>计时暂停期间不能延期，请先恢复计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="186"/>
        <source>The completion limit passed on {deadline}: an extension asked for after it would itself be late</source>
        <translation>办结期限 {deadline} 已过，逾期后申请延期本身即属超期，不能再延期</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="187"/>
        <source>The result is approved or rejected</source>
        <translation>办结结果应为准予或不予</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="189"/>
        <source>The case is awaiting materials and not accepted: it cannot be completed; accept it once the materials are in, or terminate it</source>
        <translation>案件尚未受理（等待补正），不能办结；材料补齐后受理，或终止办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="191"/>
        <source>Materials still missing ({names}): the case cannot be approved and the result issued</source>
        <translation>材料尚未补齐（{names}），不能准予办结并发放结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="192"/>
        <source>Terminating a case needs the reason written down</source>
        <translation>终止办理须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="193"/>
        <source>The case is {status}: only a completed or terminated case can be reopened</source>
        <translation>案件状态为“{status}”，只有已办结或已终止的案件才能重新办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="194"/>
        <source>Only a supervisor or an administrator can reopen a case, with the reason</source>
        <translation>重新办理须由主管或管理员操作并写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="195"/>
        <source>Reopening needs the reason written down (e.g. completed or terminated by mistake)</source>
        <translation>重新办理须写明理由（如误点办结、终止）</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="196"/>
        <source>The note is empty</source>
        <translation>备注不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="197"/>
        <source>A correction needs the reason written down</source>
        <translation>更正信息须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="198"/>
        <source>A person applying has no legal representative</source>
        <translation>个人申请人没有法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="199"/>
        <source>{field} is the same as before: nothing to correct</source>
        <translation>{field}与原来相同，无需更正</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="201"/>
        <source>“{text}” is not a rating level</source>
        <translation>评价等级“{text}”无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="203"/>
        <source>The case is not closed yet: record the rating at completion or within the set days after it</source>
        <translation>案件尚未办结，办结时（或办结后规定期限内）再登记评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="204"/>
        <source>The case was rated on {day} ({level}): one rating per case</source>
        <translation>本案已于 {day} 登记评价（{level}），一次一评，不能再次评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="205"/>
        <source>Choose a rating level, or record that the applicant declined (one of the two)</source>
        <translation>请选择评价等级，或登记申请人拒绝评价（二者选一）</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="206"/>
        <source>The rating date {day} is before the case was closed, {since}</source>
        <translation>评价日期 {day} 早于办结日期 {since}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="208"/>
        <source>The time for rating has passed: within {days} working days of closing (until {end})</source>
        <translation>评价期限已过：办结后 {days} 个工作日内（至 {end}）可登记评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="209"/>
        <source>“{step}” is not a step of the follow-up</source>
        <translation>整改环节“{step}”无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="210"/>
        <source>The case has no poor rating to follow up</source>
        <translation>本案没有需要整改的差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="211"/>
        <source>The poor rating&apos;s follow-up was closed by the return visit on {day}</source>
        <translation>差评整改已于 {day} 回访办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="212"/>
        <source>The {step} is already recorded</source>
        <translation>“{step}”已登记过</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="213"/>
        <source>Record the {before} first, then the {step}</source>
        <translation>请先登记{before}，再登记{step}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="214"/>
        <source>Write what the {step} found or did</source>
        <translation>请填写{step}情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="215"/>
        <source>The {step} date {day} is before the previous step&apos;s, {since}</source>
        <translation>{step}日期 {day} 早于上一环节日期 {since}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="217"/>
        <source>Case {number} has no conflict to settle</source>
        <translation>案件 {number} 没有待处理的冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="218"/>
        <source>Case {number} has no conflict {conflict}</source>
        <translation>案件 {number} 没有编号为 {conflict} 的冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="219"/>
        <source>Keep one of the two sides of the conflict</source>
        <translation>只能保留冲突双方中的一方</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="220"/>
        <source>Settling a conflict needs the reason written down</source>
        <translation>处理冲突须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="224"/>
        <source>The one-time notice was due by {notice_deadline} and not given: by law (Administrative Licensing Law, art. 32) the case counts as accepted from {since}, and materials can no longer be made a condition of acceptance</source>
        <translation>一次性告知期限 {notice_deadline} 已过而未告知，依《行政许可法》第三十二条，本案自收到申请材料之日（{since}）起即为受理，不能再以补正材料作为受理的条件</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="225"/>
        <source>The one-time notice is only for a case awaiting missing materials</source>
        <translation>一次性告知书只用于材料不齐、等待补正的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="226"/>
        <source>The {kind} is only for a case of tolerant acceptance</source>
        <translation>{kind}只用于容缺受理的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="227"/>
        <source>The materials allowed to follow are all in: no {kind} is needed</source>
        <translation>容缺材料已经补齐，无需再出具{kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="228"/>
        <source>The case is not accepted yet</source>
        <translation>案件尚未受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="230"/>
        <source>Materials allowed to follow are still missing: give the tolerant acceptance notice</source>
        <translation>容缺材料尚未补齐，应出具容缺受理通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="231"/>
        <source>The refusal notice is only for a refused case</source>
        <translation>不予受理通知书只用于不予受理的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="232"/>
        <source>The reminder is only for a case with materials still missing</source>
        <translation>补正催告只用于尚有材料未补齐的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="233"/>
        <source>The termination notice is only for a terminated case</source>
        <translation>终止办理告知书只用于已终止办理的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="234"/>
        <source>The extension notice is only for a case whose limit was extended with approval</source>
        <translation>延期告知书只用于经批准延长办理期限的案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="236"/>
        <source>The case is {status}: no new {kind} can be given; reprint the original if one is needed</source>
        <translation>案件{status}，不能再出具{kind}；需要原件的可补打</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="237"/>
        <source>Cannot print the {kind}: {refusal} (case status: {status})</source>
        <translation>不能打印{kind}：{refusal}（案件状态：{status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="239"/>
        <source>The supply deadline {deadline} has passed: no {kind} can be given; terminate the case as the rules say</source>
        <translation>补正期限 {deadline} 已过，不能再出具{kind}；应按规定终止办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="240"/>
        <source>Cannot make the {kind}: {problem}</source>
        <translation>不能生成{kind}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="242"/>
        <source>The one-time notice was printed before; this one adds materials it did not name ({names}): a supervisor must give the reason before it is printed</source>
        <translation>一次性告知书已经打印过；本次增列了首次未告知的材料（{names}），须由主管填写理由后方可打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="244"/>
        <source>Enter the applicant&apos;s name</source>
        <translation>请填写申请人姓名或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="245"/>
        <source>The applicant is a person or an enterprise</source>
        <translation>申请人类型应为个人或企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="246"/>
        <source>An enterprise&apos;s application needs its legal representative</source>
        <translation>企业申请须填写法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="247"/>
        <source>The ID number or credit code is wrong: {check}</source>
        <translation>证件号码有误：{check}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="248"/>
        <source>The phone number is wrong: {check}</source>
        <translation>联系电话有误：{check}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="249"/>
        <source>The intake date {day} is after today, {today}</source>
        <translation>收件日期 {day} 晚于今天 {today}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="250"/>
        <source>The date {day} is after today, {today}</source>
        <translation>日期 {day} 晚于今天 {today}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="251"/>
        <source>The supply period is at least 1 working day</source>
        <translation>补正期限至少 1 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="253"/>
        <source>The applicant already has an open case of this item ({cases}): look at it first; to log another, give the reason</source>
        <translation>该申请人已有未办结的同一事项案件（{cases}）。请先查看原案件；确需再次收件的，须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="254"/>
        <source>No case “{ref}” (give the case number or its UUID)</source>
        <translation>找不到案件“{ref}”（可用受理编号或案件 UUID）</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="256"/>
        <source>{day} is outside the years the working-day calendar covers: is the year mistyped?</source>
        <translation>{day} 不在工作日历覆盖的年度内：年份是否输错？</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="257"/>
        <source>“{field}” cannot be corrected</source>
        <translation>不能更正“{field}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="258"/>
        <source>{field} cannot be empty</source>
        <translation>{field}不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="259"/>
        <source>A conflict is settled by a supervisor or an administrator</source>
        <translation>处理冲突须由主管或管理员决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="260"/>
        <source>Format “{format}” is not offered: PDF or DOCX</source>
        <translation>不支持的格式“{format}”，可选：PDF、DOCX</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="262"/>
        <source>The letter templates are faulty; the administrator must mend the forms folder: {problems}</source>
        <translation>文书模板有误，请管理员修正 forms 文件夹：{problems}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="265"/>
        <source>This computer does not have the version of the item the case was logged under ({item}, version {version}, key {key}): import the logging station&apos;s catalogue first</source>
        <translation>本机没有案件所依据的事项版本（{item} 第 {version} 版，编号 {key}）；请先导入受理站点的事项清单，再打印文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="266"/>
        <source>No {kind} has been printed for this case: nothing to reprint</source>
        <translation>本案还没有打印过{kind}，无从补打</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="270"/>
        <source>The centre&apos;s details on the letter ({fields}) are still the samples or blank, and the applicant would be sent to the wrong place: the administrator fills them in under Administration → Centre settings</source>
        <translation>文书上的中心信息（{fields}）仍是示例或空白，申请人会按错误的信息联系；请管理员在“管理 → 中心设置”中填写后再打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="272"/>
        <source>The case has changed meanwhile: the {kind} cannot be printed: {refusal}</source>
        <translation>案件状态已变化，不能打印{kind}：{refusal}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="275"/>
        <source>A deadline on the letter falls in a year whose holiday schedule has not been imported, so it is counted on weekends only: import that year&apos;s calendar first</source>
        <translation>文书上的期限落在尚未导入节假日安排的年度，日期仅按周末推算、尚未确认；请先导入该年度日历</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="276"/>
        <source>Cannot write the file {path}: {problem}</source>
        <translation>无法写入文件 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="277"/>
        <source>The QR code&apos;s content is not in the expected form</source>
        <translation>二维码内容格式不正确</translation>
    </message>
    <message>
        <location filename="../../app/ui/refusal_words.py" line="279"/>
        <source>Adding materials the first notice did not name ({names}) is for a supervisor or an administrator, with the reason</source>
        <translation>增列首次未告知的材料（{names}）须由主管或管理员操作并填写理由</translation>
    </message>
</context>
</TS>
