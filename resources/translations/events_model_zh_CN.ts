<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../app/ui/events_model.py" line="64"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="64"/>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="64"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="64"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="91"/>
        <source>Intake logged</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="92"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="93"/>
        <source>Tolerant acceptance</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="94"/>
        <source>One-time notice to supplement</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="95"/>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="96"/>
        <source>Materials supplied</source>
        <translation>补齐材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="97"/>
        <source>Material sent back</source>
        <translation>材料退回补正</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="98"/>
        <source>Clock paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="99"/>
        <source>Clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="100"/>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="101"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="102"/>
        <source>Terminated</source>
        <translation>终止办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="103"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="104"/>
        <source>Letter printed</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="105"/>
        <source>Details corrected</source>
        <translation>更正信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="106"/>
        <source>Conflict settled</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="107"/>
        <source>Rating recorded</source>
        <translation>好差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="108"/>
        <source>Poor rating followed up</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="109"/>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="130"/>
        <source>{0} (version {1}); applicant {2}; {3} of {4} materials received</source>
        <translation>{0}（第 {1} 版）；申请人 {2}；收到材料 {3} / {4} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="133"/>
        <source>logged again while {0} was open: {1}</source>
        <translation>在 {0} 未办结时再次收件：{1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="136"/>
        <source>promised within {0} working days</source>
        <translation>承诺 {0} 个工作日办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="138"/>
        <source>missing: {0}; to be supplied within {1} working days; commitment signed</source>
        <translation>缺：{0}；{1} 个工作日内补正；已签承诺书</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="141"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="142"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="142"/>
        <source>to supply: {0}; within {1} {2}</source>
        <translation>须补正：{0}；期限 {1} {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="145"/>
        <source>reason: {0}</source>
        <translation>理由：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="147"/>
        <source>commitment broken</source>
        <translation>未履行承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="151"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="153"/>
        <source>by {0} working days: {1}</source>
        <translation>延长 {0} 个工作日：{1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="155"/>
        <source>approved by {0}</source>
        <translation>批准人：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="157"/>
        <source>approved</source>
        <translation>准予</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="157"/>
        <source>not approved</source>
        <translation>不予</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="164"/>
        <source>reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="169"/>
        <source>follow-up due {0}</source>
        <translation>整改期限 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="171"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="173"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="173"/>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="175"/>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="175"/>
        <source>{0}: {1} → {2} ({3})</source>
        <translation>{0}：{1} → {2}（{3}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="180"/>
        <source>dated {0}</source>
        <translation>业务日期 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/events_model.py" line="181"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
</TS>
