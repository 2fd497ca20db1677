<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../app/ui/domain_words.py" line="59"/>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="60"/>
        <source>Tolerant acceptance notice</source>
        <translation>容缺受理通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="61"/>
        <source>Commitment letter</source>
        <translation>容缺受理承诺书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="62"/>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="63"/>
        <source>Refusal notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="64"/>
        <source>Reminder to supply</source>
        <translation>补正催告通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="65"/>
        <source>Termination notice</source>
        <translation>终止办理告知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="66"/>
        <source>Extension notice</source>
        <translation>延期告知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="73"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="73"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="79"/>
        <source>Please enter the ID number</source>
        <translation>请填写身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="80"/>
        <source>15-digit ID numbers are no longer in use; ask for the 18-digit number</source>
        <translation>15位旧身份证号码已停止使用，请提供18位身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="81"/>
        <source>An ID number has 18 characters, this one has {length}</source>
        <translation>身份证号码应为18位，现为{length}位</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="82"/>
        <source>The first 17 characters are digits, the last a digit or X</source>
        <translation>身份证号码前17位应为数字，最后一位为数字或X</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="83"/>
        <source>The check digit does not match: please check for a typing error</source>
        <translation>身份证号码校验位错误，请核对是否输错</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="84"/>
        <source>The date of birth in the number ({date}) does not exist</source>
        <translation>身份证号码中的出生日期（{date}）不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="85"/>
        <source>The date of birth in the number is after today</source>
        <translation>身份证号码中的出生日期晚于今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="86"/>
        <source>The date of birth in the number is before 1900</source>
        <translation>身份证号码中的出生日期早于1900年，不可能有效</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="88"/>
        <source>Region code {region} is not in the current list (perhaps a county since merged or renumbered): check the card itself</source>
        <translation>地区码{region}不在现行行政区划代码表中（可能是已撤销或调整的县区），请核对证件原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="89"/>
        <source>Please enter the unified social credit code</source>
        <translation>请填写统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="90"/>
        <source>A credit code has 18 characters, this one has {length}</source>
        <translation>统一社会信用代码应为18位，现为{length}位</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="91"/>
        <source>The first 8 characters of a credit code are digits</source>
        <translation>统一社会信用代码前8位（登记管理部门、机构类别和行政区划码）应为数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="93"/>
        <source>The code has a character not used in credit codes (I, O, Z, S and V never are)</source>
        <translation>统一社会信用代码含有不允许的字符（不使用字母I、O、Z、S、V）</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="95"/>
        <source>The check character does not match: please check for a typing error</source>
        <translation>统一社会信用代码校验位错误，请核对是否输错</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="96"/>
        <source>This is not a valid credit code</source>
        <translation>统一社会信用代码无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="97"/>
        <source>Please enter a phone number</source>
        <translation>请填写联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="99"/>
        <source>A phone number has only digits, a &quot;-&quot; after the area code and an extension</source>
        <translation>电话号码只能包含数字、区号分隔符“-”和分机号</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="100"/>
        <source>Enter an 11-digit mobile number or a landline with its area code</source>
        <translation>电话号码格式不正确：应为11位手机号码或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="101"/>
        <source>A mobile number has no extension</source>
        <translation>手机号码不能带分机号</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="102"/>
        <source>The second digit of a mobile number is 3 to 9</source>
        <translation>手机号码第二位应为3至9</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="103"/>
        <source>A mobile number has 11 digits, this one has {length}</source>
        <translation>手机号码应为11位，现为{length}位</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="104"/>
        <source>Add the area code to a landline, e.g. 0571-88886666</source>
        <translation>固定电话请加区号，例如 0571-88886666</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="106"/>
        <source>Landline incomplete: area code and number, e.g. 0571-88886666</source>
        <translation>固定电话不完整：应为区号加号码，例如 0571-88886666</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="107"/>
        <source>Write a landline as area code-number, e.g. 0571-88886666</source>
        <translation>固定电话格式不正确，应为“区号-号码”，例如 0571-88886666</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="108"/>
        <source>Enter the 7 or 8 digits after the area code {area}</source>
        <translation>请在区号“{area}”后填写7至8位电话号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="109"/>
        <source>A landline has only digits</source>
        <translation>固定电话只能包含数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="110"/>
        <source>Area code {area} is not right (e.g. 010, 021, 0571)</source>
        <translation>区号“{area}”不正确（如 010、021、0571）</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="112"/>
        <source>A landline number has 7 or 8 digits after the area code, this one has {length}</source>
        <translation>固定电话号码（不含区号）应为7至8位，现为{length}位</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="114"/>
        <source>A landline number does not start with 0: is the area code typed twice?</source>
        <translation>固定电话号码（不含区号）不能以0开头，请检查区号是否重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="137"/>
        <source>required materials missing: {names}</source>
        <translation>必要材料未齐：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="138"/>
        <source>every material is here: accept</source>
        <translation>材料齐全，予以受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="139"/>
        <source>every material is here, nothing to supply</source>
        <translation>材料已齐全，无需补正</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="140"/>
        <source>this item does not allow tolerant acceptance</source>
        <translation>本事项不适用容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="141"/>
        <source>core materials missing, no tolerance for them: {names}</source>
        <translation>缺少核心材料，不能容缺：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="142"/>
        <source>the applicant must sign the commitment letter of their own will</source>
        <translation>容缺受理须申请人自愿签署承诺书</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="144"/>
        <source>the applicant has broken a commitment before: a supervisor must give the reason</source>
        <translation>申请人有未履行容缺承诺的记录，须由主管填写理由后方可容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="145"/>
        <source>the supply period is at least 1 working day</source>
        <translation>补正期限至少 1 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="147"/>
        <source>a supply period of {days} working days is longer than the item&apos;s promised {promised} working days</source>
        <translation>补正期限 {days} 个工作日超过事项承诺办结时限 {promised} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="149"/>
        <source>the supply period may not be longer than the item&apos;s {days} working days</source>
        <translation>补正期限不能长于事项规定的 {days} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="150"/>
        <source>accept now, to be supplied later: {names}</source>
        <translation>容缺受理，缺少：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="151"/>
        <source>tell the applicant once what to supply: {names}</source>
        <translation>一次性告知补正：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="153"/>
        <source>outside the centre&apos;s remit or the legal conditions (the reason is required)</source>
        <translation>不属于受理范围或不符合法定条件的，不予受理（须写明理由）</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="171"/>
        <source>The applicant has a broken commitment of tolerant acceptance on record.</source>
        <translation>该申请人有未履行容缺承诺的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="173"/>
        <source>{number} (received {date}, {status})</source>
        <translation>{number}（{date} 收件，{status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/domain_words.py" line="176"/>
        <source>This applicant already has an open case of this item: {cases}. Look at it first; to log another, give the reason.</source>
        <translation>该申请人已有未办结的同一事项案件：{cases}。请先查看原案件；确需再次收件的，须写明理由</translation>
    </message>
</context>
</TS>
