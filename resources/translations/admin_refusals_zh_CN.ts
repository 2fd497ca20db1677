<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="19"/>
        <source>A password has at least {least} characters</source>
        <translation>密码至少 {least} 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="20"/>
        <source>Role “{role}” is not valid: officer, supervisor or admin</source>
        <translation>角色“{role}”无效，应为 officer（窗口工作人员）、supervisor（主管）或 admin（管理员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="21"/>
        <source>A user name has 2–32 letters, digits, Chinese characters or _ . -</source>
        <translation>用户名应为 2–32 位字母、数字、汉字或 _ . -</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="22"/>
        <source>The user name “{username}” is taken</source>
        <translation>用户名“{username}”已存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="23"/>
        <source>Only an administrator can add officers</source>
        <translation>只有管理员可以添加工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="24"/>
        <source>There is no officer named “{username}”</source>
        <translation>没有名为“{username}”的工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="25"/>
        <source>Officer “{username}” is deactivated</source>
        <translation>工作人员“{username}”已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="29"/>
        <source>Wrong user name or password, or the account is locked or deactivated ({attempts} wrong passwords in a row lock it for {minutes} minutes)</source>
        <translation>用户名或密码错误，或账号已锁定、已停用（连续输错 {attempts} 次锁定 {minutes} 分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="30"/>
        <source>You cannot remove your own administrator role</source>
        <translation>不能取消自己的管理员角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="33"/>
        <source>A supervisor resets only window officers&apos; passwords; an administrator resets supervisors&apos; and administrators&apos;</source>
        <translation>主管只能重置窗口工作人员的密码；主管和管理员的密码须由管理员重置</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="34"/>
        <source>You cannot deactivate your own account</source>
        <translation>不能停用自己的账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="35"/>
        <source>Only an administrator can manage officers</source>
        <translation>只有管理员可以管理工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="43"/>
        <source>{label} contains a text-direction control character ({char}) that could make what is shown differ from what is stored: please type it again</source>
        <translation>“{label}”含有改变文字方向的控制字符（{char}），可能使显示的内容与实际不符，请重新输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="44"/>
        <source>{label} cannot contain a line break ({char}): please type it again</source>
        <translation>“{label}”不能含有换行（{char}），请重新输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="46"/>
        <source>{label} cannot contain a control character ({char}): please type it again</source>
        <translation>“{label}”不能含有控制字符（{char}），请重新输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="47"/>
        <source>{label} has only invisible characters: please type it again</source>
        <translation>“{label}”只有看不见的字符，请重新输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="48"/>
        <source>{label} is too long: {length} characters, at most {limit}</source>
        <translation>“{label}”过长：{length} 个字，最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="55"/>
        <source>The data folder {folder} is not a folder: point --data-dir to a folder</source>
        <translation>数据目录 {folder} 不是文件夹。请用 --data-dir 指向一个文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="56"/>
        <source>Cannot use the data folder {folder}: {problem}</source>
        <translation>无法使用数据目录 {folder}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="58"/>
        <source>The data folder {folder} is not set up yet: run init, or finish the first-run setup in the desktop program</source>
        <translation>数据目录 {folder} 尚未初始化。请先运行 init 或在桌面程序中完成首次设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="63"/>
        <source>The computer&apos;s time ({now}) is earlier than the newest saved record ({when}): the date may have been set back. Correct the computer&apos;s time first; if it is right (the earlier record&apos;s time was wrong), an administrator confirms it with admin confirm-clock. Until then no countdown is counted from a wrong “today”</source>
        <translation>电脑时间（{now}）早于已保存的最新记录（{when}），日期可能被调回。请先校正电脑时间；若电脑时间无误（是先前的记录时间有误），请管理员运行 admin confirm-clock 确认。在此之前不按错误的“今天”计算倒计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="66"/>
        <source>The date {day} is {days} days after the computer&apos;s date {computer}: work cannot be dated in the future. Check --today or the computer&apos;s time</source>
        <translation>日期 {day} 比电脑日期 {computer} 晚 {days} 天，不能按将来的日期办理。请检查 --today 或电脑时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="70"/>
        <source>The computer&apos;s date {computer} is {days} days after this station&apos;s latest record ({last}): the computer&apos;s time may be wrong. Check it; if it is right, an administrator confirms it with admin confirm-clock before work goes on</source>
        <translation>电脑日期 {computer} 比本站最近一次记录（{last}）晚 {days} 天，电脑时间可能不准。请核对电脑时间；若无误，请管理员运行 admin confirm-clock 确认后再办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="71"/>
        <source>Only an administrator can confirm the computer&apos;s time</source>
        <translation>只有管理员可以确认电脑时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="73"/>
        <source>The date {day} is too far ahead: deadlines are counted on from it, and the calendar only reaches {last}</source>
        <translation>日期 {day} 太远：期限要从它往后数，日历只算到 {last} 年</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="80"/>
        <source>The number format “{format}” is not valid: only {allowed} may be used ({problem})</source>
        <translation>编号格式“{format}”无效：只能使用 {allowed}（{problem}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="82"/>
        <source>The number format “{format}” is not valid: only {allowed} may be used, not {{{field}}}</source>
        <translation>编号格式“{format}”无效：只能使用 {allowed}，不认识 {{{field}}}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="84"/>
        <source>The number format must contain the serial {{serial}}, or numbers would repeat</source>
        <translation>编号格式必须包含流水号 {{serial}}，否则编号会重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="86"/>
        <source>The number format must contain the station code {{code}}, or windows and stations would issue the same numbers</source>
        <translation>编号格式必须包含站点代码 {{code}}，否则各窗口、各站点的编号会重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="88"/>
        <source>The number format must contain the year {{year}}: the serial starts again at 1 each year</source>
        <translation>编号格式必须包含年份 {{year}}，流水号每年从 1 开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="89"/>
        <source>The number format cannot be empty</source>
        <translation>编号格式不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="92"/>
        <source>The station code “{code}” is not valid: 1–6 digits or capital letters, such as 01, 02, A1; each window (station) in a county needs its own</source>
        <translation>站点代码“{code}”无效：应为 1–6 位数字或大写字母，如 01、02、A1；同一县内每个窗口（站点）须各不相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="93"/>
        <source>There is no setting {key}</source>
        <translation>没有这个设置项：{key}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="94"/>
        <source>{key} must be a whole number</source>
        <translation>{key} 应为整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="95"/>
        <source>{key} must be yes or no</source>
        <translation>{key} 应为是/否</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="96"/>
        <source>{key} must be text</source>
        <translation>{key} 应为文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="97"/>
        <source>{key} must be between {low} and {high} working days</source>
        <translation>{key}应在 {low}～{high} 个工作日之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="98"/>
        <source>The centre&apos;s phone number is wrong: {check}</source>
        <translation>中心联系电话有误：{check}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="99"/>
        <source>The centre&apos;s name and short name cannot be empty</source>
        <translation>中心名称和简称不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="100"/>
        <source>This station is not set up yet: its code cannot be set</source>
        <translation>本站点尚未初始化，不能设置站点代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="101"/>
        <source>Enter the service centre&apos;s name</source>
        <translation>请填写便民服务中心名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="102"/>
        <source>Enter the window&apos;s name</source>
        <translation>请填写窗口名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="108"/>
        <source>The search is too long ({length} characters), at most {limit}</source>
        <translation>搜索内容过长（{length} 个字），最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="109"/>
        <source>Status “{status}” is not valid; choose one of: {known}</source>
        <translation>状态“{status}”无效，可选：{known}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="110"/>
        <source>The due range is 0–{high} working days</source>
        <translation>到期范围应为 0–{high} 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="111"/>
        <source>The row limit is 1–{high}</source>
        <translation>条数上限应为 1–{high}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="120"/>
        <source>This station&apos;s signing key ({path}) is missing or does not match its registered public key: packages cannot be signed. Restore the keys folder from a backup, or call the county&apos;s IT staff</source>
        <translation>本站签名私钥（{path}）缺失或与登记的公钥不符：无法签署数据包，请从备份恢复密钥文件夹，或联系县级信息化人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="121"/>
        <source>Cannot read the public key file {path}: {problem}</source>
        <translation>无法读取公钥文件 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="122"/>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="124"/>
        <source>{name} is not a station&apos;s public key exported by this program (it names no station)</source>
        <translation>{name} 不是本程序导出的站点公钥（缺少站点标识）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="125"/>
        <source>{key_action} is for a supervisor or an administrator</source>
        <translation>{key_action}须由主管或管理员操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="126"/>
        <source>This is this station&apos;s own public key: it needs no registering</source>
        <translation>这是本站自己的公钥，无需登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="129"/>
        <source>Station {station} has another key registered (fingerprint {fingerprint}); to replace it, run station revoke first, then register the new one</source>
        <translation>站点 {station} 已登记了另一把密钥（指纹 {fingerprint}）；如确需更换，请先 station revoke 再登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="130"/>
        <source>This station&apos;s own key cannot be revoked</source>
        <translation>不能吊销本站自己的密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="131"/>
        <source>No station “{which}”: give the station&apos;s code or identifier</source>
        <translation>没有站点“{which}”：请给出站点代码或标识</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="133"/>
        <source>“{which}” matches several stations: give the full station identifier</source>
        <translation>“{which}”对应多个站点，请给出完整的站点标识</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="134"/>
        <source>The county&apos;s decryption key {path} cannot be used: {problem}</source>
        <translation>县级中心解密私钥 {path} 无法使用：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="135"/>
        <source>Only an administrator can create the county&apos;s decryption key</source>
        <translation>生成县级中心解密密钥须由管理员操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="144"/>
        <source>The package comes from a station not registered as trusted, “{name}” ({station}), whose key fingerprint is {fingerprint}. Check the fingerprint with them by phone, then import trusting the new key, or register their public key first</source>
        <translation>数据包来自未登记信任的站点“{name}”（{station}），其密钥指纹为 {fingerprint}。请与对方电话核对指纹后，信任新密钥导入或先登记其公钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="146"/>
        <source>This package is encrypted: it is opened with the county centre&apos;s private key</source>
        <translation>此数据包已加密，须用县级中心的私钥解密（--key 指定私钥文件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="147"/>
        <source>The package&apos;s signature is not valid: {problem}</source>
        <translation>数据包签名无效：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="148"/>
        <source>The package&apos;s manifest does not list all its files</source>
        <translation>数据包清单中的文件列表不完整</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="151"/>
        <source>{member} in the package does not match the checksum in its manifest: the file was changed after signing, or is damaged</source>
        <translation>数据包中的 {member} 与清单记载的校验值不符：文件在签名后被改动或已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="153"/>
        <source>The encrypted package&apos;s public header ({field}) differs from its signed manifest: the file was tampered with</source>
        <translation>加密数据包的公开信息（{field}）与签名清单不一致：文件被改动过</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="154"/>
        <source>The package&apos;s manifest does not say which station sent it</source>
        <translation>数据包清单没有写明来源站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="157"/>
        <source>The package&apos;s signing key (fingerprint {fingerprint}) is not the key registered for station “{name}” (fingerprint {known}): it may be forged, and was refused</source>
        <translation>数据包的签名密钥（指纹 {fingerprint}）不是站点“{name}”已登记的密钥（指纹 {known}）：可能是冒名的数据包，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="158"/>
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="160"/>
        <source>{name} is {megabytes} MB, over a package&apos;s limit: it is not a package of this program</source>
        <translation>{name} 有 {megabytes} MB，超过数据包的上限，不是本程序的数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="161"/>
        <source>Cannot read {path}: {problem}</source>
        <translation>无法读取 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="163"/>
        <source>The file is over a package&apos;s size limit: it is not a package of this program</source>
        <translation>文件超过数据包的大小上限，不是本程序的数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="165"/>
        <source>This is not a package of this program (the file is not a zip file, or is damaged)</source>
        <translation>这不是本程序的数据包（文件不是 zip 格式，或已损坏）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="167"/>
        <source>The package is damaged or incomplete (its zip directory cannot be read): copying may have been cut short</source>
        <translation>数据包已损坏或不完整（zip 目录无法读取），可能是拷贝中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="169"/>
        <source>The package holds a path that is not allowed, “{member}”, and was refused</source>
        <translation>数据包含有不允许的路径“{member}”，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="171"/>
        <source>The package holds two files of the same name, and was refused</source>
        <translation>数据包中有重名的文件，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="174"/>
        <source>The package&apos;s files do not fit its format (some are missing or extra): it is not a package of this program, or is damaged</source>
        <translation>数据包的内容与格式不符（缺少或多出文件），不是本程序的数据包或已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="175"/>
        <source>{member} in the package is too large, and was refused</source>
        <translation>数据包中的 {member} 过大，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="177"/>
        <source>{member} in the package has an abnormal compression ratio (a likely zip bomb), and was refused</source>
        <translation>数据包中的 {member} 压缩比异常（疑似压缩炸弹），已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="179"/>
        <source>{member} in the package is not the size it declares, and was refused</source>
        <translation>数据包中的 {member} 实际大小与声明不符，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="181"/>
        <source>{member} in the package is damaged and cannot be unpacked</source>
        <translation>数据包中的 {member} 已损坏（校验失败）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="182"/>
        <source>The package&apos;s {what} is not valid JSON</source>
        <translation>数据包的{what}不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="183"/>
        <source>The package&apos;s {what} is not in the expected form</source>
        <translation>数据包的{what}格式不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="185"/>
        <source>This is not a package of this program (its format mark does not match)</source>
        <translation>这不是本程序的数据包（格式标识不符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="186"/>
        <source>The package does not state its format version</source>
        <translation>数据包没有写明格式版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="189"/>
        <source>The package&apos;s format version {version} was made by approval-window {program}, newer than the version {supported} this program reads: upgrade this program first, then import</source>
        <translation>数据包格式版本 {version} 由 approval-window {program} 生成，比本程序支持的版本 {supported} 新：请先升级本程序再导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="190"/>
        <source>The package&apos;s format version {version} is not valid</source>
        <translation>数据包格式版本 {version} 无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="192"/>
        <source>Not a public key file in minisign form</source>
        <translation>不是 minisign 格式的公钥文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="193"/>
        <source>The public key file is incomplete or not an Ed25519 key</source>
        <translation>公钥文件内容不完整或算法不符（应为 Ed25519）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="195"/>
        <source>The signature was made with key {key}, not the trusted key {trusted}</source>
        <translation>签名所用密钥（{key}）不是本站信任的密钥（{trusted}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="197"/>
        <source>The signature does not match: the file was changed after signing, or was not signed by that station</source>
        <translation>签名不符：文件在签名后被改动过，或不是由该站点签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="199"/>
        <source>The signature file is not in the expected form (a minisign signature)</source>
        <translation>签名文件格式不对（应为 minisign 签名）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="200"/>
        <source>The signature is incomplete or of another algorithm</source>
        <translation>签名内容不完整或算法不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="201"/>
        <source>The signature is incomplete</source>
        <translation>签名内容不完整</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="202"/>
        <source>The signature&apos;s trusted comment is too long</source>
        <translation>签名中的可信注释过长</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="203"/>
        <source>The {what} is not valid Base64 text</source>
        <translation>{what}不是有效的 Base64 文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="205"/>
        <source>Not an age private key file (it should hold one line AGE-SECRET-KEY-1…)</source>
        <translation>不是 age 私钥文件（应含一行 AGE-SECRET-KEY-1…）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="207"/>
        <source>Not the county centre&apos;s encryption public key (one line of text starting age1…)</source>
        <translation>不是县级中心的加密公钥（应为一行 age1… 文本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="209"/>
        <source>The encryption public key is not valid: ask the county centre for its public key file again</source>
        <translation>加密公钥无效：请向县级中心重新索取公钥文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="210"/>
        <source>No encryption recipient was given</source>
        <translation>没有指定加密接收方</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="212"/>
        <source>Cannot decrypt: the file was not encrypted for this centre&apos;s key, or is damaged ({kind})</source>
        <translation>无法解密：此文件不是加密给本中心密钥的，或文件已损坏（{kind}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="213"/>
        <source>The age private key is not valid</source>
        <translation>age 私钥无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="215"/>
        <source>The receipt file is not sound: {problem}</source>
        <translation>回执文件有误：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="216"/>
        <source>This is not a receipt file of this program</source>
        <translation>这不是本程序的回执文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="218"/>
        <source>This program does not know the receipt&apos;s format version {version}: upgrade this program first</source>
        <translation>回执格式版本 {version} 本程序不认识：请先升级本程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="219"/>
        <source>The receipt does not say which station issued it</source>
        <translation>回执没有写明出具回执的站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="220"/>
        <source>The receipt&apos;s signature is not valid: {problem}</source>
        <translation>回执签名无效：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="223"/>
        <source>The receipt comes from a station not registered as trusted (or revoked), “{name}” (key fingerprint {fingerprint}), and is not accepted</source>
        <translation>回执来自未登记信任（或已吊销）的站点“{name}”（密钥指纹 {fingerprint}），不予采信</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="226"/>
        <source>The receipt&apos;s signing key (fingerprint {fingerprint}) is not the key registered for station “{name}”: it may be forged, and is not accepted</source>
        <translation>回执的签名密钥（指纹 {fingerprint}）不是站点“{name}”已登记的密钥：可能是冒名的回执，不予采信</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="227"/>
        <source>The receipt&apos;s holdings are not in the expected form</source>
        <translation>回执中的持有记录格式不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="229"/>
        <source>This receipt was issued to another station ({station}), not this one</source>
        <translation>这份回执是出具给另一站点的（{station}），不是本站的</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="232"/>
        <source>Nothing new to send: the receiver has confirmed every event held here</source>
        <translation>没有需要上报的新数据：对方已确认本机的全部事件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="233"/>
        <location filename="../../app/ui/admin_refusals.py" line="506"/>
        <source>Export cancelled; no file was written</source>
        <translation>已取消导出，未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="239"/>
        <source>The package was not imported: {problem}</source>
        <translation>数据包未导入：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="241"/>
        <source>The key of station “{name}” was revoked: its packages are no longer accepted</source>
        <translation>站点“{name}”的密钥已被吊销，不再接受其数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="243"/>
        <source>This package was exported by this station itself: there is nothing to import</source>
        <translation>这是本站自己导出的数据包，无需导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="246"/>
        <source>The package was made by a program with data structure version {revision} (approval-window {program}), newer than this one: upgrade this program first, then import</source>
        <translation>数据包由数据结构版本 {revision} 的程序（approval-window {program}）生成，比本程序新：请先升级本程序再导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="248"/>
        <source>The station seal attached to the package has an invalid signature, and was refused</source>
        <translation>数据包所附的站点封印签名无效，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="250"/>
        <source>The seal attached to the package belongs to another station, and was refused</source>
        <translation>数据包所附的封印属于另一个站点，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="252"/>
        <source>The end of station {station}&apos;s event chain in the package differs from the sender&apos;s seal, and was refused</source>
        <translation>数据包中站点 {station} 的事件链末端与发送站点封印的不同：已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="253"/>
        <source>Event {number} in the package is too long, and was refused</source>
        <translation>数据包第 {number} 条事件过长，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="254"/>
        <source>Event {number} in the package is not valid JSON</source>
        <translation>数据包第 {number} 条事件不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="256"/>
        <source>The number of events in the package&apos;s manifest does not match its content</source>
        <translation>数据包清单记载的事件数与内容不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="258"/>
        <source>The stations in the package&apos;s manifest do not match its events</source>
        <translation>数据包清单记载的站点与事件不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="260"/>
        <source>Station {station}&apos;s event chain in the package breaks at number {seq}, and was refused</source>
        <translation>数据包中站点 {station} 的事件链在第 {seq} 号处断开，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="262"/>
        <source>The range of station {station}&apos;s events in the package&apos;s manifest does not match its content</source>
        <translation>数据包清单记载的站点 {station} 事件范围与内容不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="263"/>
        <source>Event {number} in the package has the wrong fields</source>
        <translation>数据包第 {number} 条事件的字段不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="264"/>
        <source>Event {number} in the package has a {field} of the wrong type</source>
        <translation>数据包第 {number} 条事件的 {field} 类型不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="266"/>
        <source>This program does not know the format version {version} of event {number} in the package: upgrade this program first</source>
        <translation>数据包第 {number} 条事件的格式版本 {version} 本程序不认识：请先升级本程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="267"/>
        <source>Event {number} in the package has an invalid sequence number</source>
        <translation>数据包第 {number} 条事件的序号无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="269"/>
        <source>The checksum of event {number} in the package (station {station}, number {seq}) does not match: its content was changed</source>
        <translation>数据包第 {number} 条事件（站点 {station} 第 {seq} 号）的校验值不符：内容被改动过</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="270"/>
        <source>The content of event {number} in the package is not valid JSON</source>
        <translation>数据包第 {number} 条事件的内容不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="274"/>
        <source>Event number {seq} of station {station} differs from the one held here (a forked chain: the station may have reused numbers after a restore from backup); the whole package was not imported, contact that station</source>
        <translation>站点 {station} 的第 {seq} 号事件与本机已有的内容不同（链分叉：该站点可能从备份恢复后重复使用了序号）；整个数据包未导入，请联系该站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="277"/>
        <source>Event {event} is held here as number {seq} of station {station}, but the package puts it elsewhere (a fork); the whole package was not imported</source>
        <translation>事件 {event} 本机已作为站点 {station} 的第 {seq} 号事件持有，数据包却把它放在别处（分叉）；整个数据包未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="278"/>
        <source>The package&apos;s reference data is not valid JSON</source>
        <translation>数据包的引用数据不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="279"/>
        <source>The package&apos;s reference data is not in the expected form</source>
        <translation>数据包的引用数据格式不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="281"/>
        <source>The package&apos;s signing key differs from the public key in its station details, and was refused</source>
        <translation>数据包签名密钥与其站点信息中的公钥不一致，已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="282"/>
        <source>No package {name} is held aside</source>
        <translation>没有暂存的数据包 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="285"/>
        <source>Event {event} appears twice in this batch with different content; the whole batch was not imported</source>
        <translation>同一事件 {event} 在这批数据中出现两次且内容不同，整批未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="287"/>
        <source>Events come from an unregistered station {station}; the station&apos;s details must come with them</source>
        <translation>事件来自未登记的站点 {station}；须随事件提供该站点的信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="290"/>
        <source>The batch holds events of this station that it has not written (a station&apos;s events are written only by that station); nothing was changed</source>
        <translation>这批事件里有本站点自己尚未写出的事件（同一站点的事件只能由本站点写入），未作任何改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="292"/>
        <source>Officer “{officer}” names no station; the whole batch was not imported</source>
        <translation>工作人员“{officer}”没有注明所属站点，整批未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="294"/>
        <source>Event number {seq} of station {station} differs from the one held here (a forked chain); the whole batch was not imported</source>
        <translation>站点 {station} 的第 {seq} 号事件与本机已有的内容不同（链分叉），整批未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="296"/>
        <source>Event number {seq} of station {station} is missing: import the earlier events first; the whole batch was not imported</source>
        <translation>站点 {station} 缺少第 {seq} 号事件，须先导入之前的事件；整批未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="298"/>
        <source>Event number {seq} of station {station} does not follow on from the chain held here (a fork); the whole batch was not imported</source>
        <translation>站点 {station} 的第 {seq} 号事件接不上本机已有的链（链分叉），整批未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="302"/>
        <source>Case number {number} is already used by another case: two stations have the same station code. Give one of them a code unique in the county in its settings; the whole batch was not imported</source>
        <translation>受理编号 {number} 已被另一件案件使用：两个站点的站点代码相同。请在其中一个站点的设置中改用县内唯一的站点代码；整批未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="308"/>
        <source>“{text}” is not a valid date: YYYY-MM-DD</source>
        <translation>“{text}”不是有效日期，应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="309"/>
        <source>The date {day} is outside the calendar ({first}–{last})</source>
        <translation>日期 {day} 超出日历范围（{first}–{last}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="310"/>
        <source>The number of working days cannot be negative</source>
        <translation>工作日数不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="311"/>
        <source>The result is beyond the calendar (after {last})</source>
        <translation>结果超出日历范围（{last} 年以后）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="312"/>
        <source>{year} is not in the calendar (it has: {years})</source>
        <translation>{year} 年不在日历中（已有：{years}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="314"/>
        <source>The file is too large ({size} bytes): one year&apos;s holiday schedule is at most {limit} KB</source>
        <translation>文件过大（{size} 字节）：一年的节假日安排不超过 {limit} KB</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="316"/>
        <source>The file {file} is too large: one year&apos;s holiday schedule is at most {limit} KB</source>
        <translation>文件 {file} 过大：一年的节假日安排不超过 {limit} KB</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="317"/>
        <source>The file is not valid JSON: {problem}</source>
        <translation>文件不是有效的 JSON：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="319"/>
        <source>The file is not a valid holiday schedule: it is nested too deeply</source>
        <translation>文件不是有效的节假日安排：嵌套层次过深</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="320"/>
        <source>The file should hold one object, such as {hint}</source>
        <translation>文件内容应为一个对象，形如 {hint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="322"/>
        <source>year should be a whole year from {first} to {last}; it is “{year}”</source>
        <translation>year 应为 {first}–{last} 之间的整数年份，实为“{year}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="324"/>
        <source>source is missing (the number or title of the State Council General Office&apos;s notice)</source>
        <translation>缺少 source（国务院办公厅通知的文号或名称）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="325"/>
        <source>Unknown fields: {names}</source>
        <translation>不认识的字段：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="327"/>
        <source>{section} should be a list, each entry like {{&quot;name&quot;: …, &quot;dates&quot;: […]}}</source>
        <translation>{section} 应为列表，每项形如 {{&quot;name&quot;: …, &quot;dates&quot;: […]}}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="329"/>
        <source>{section} entry {index} should be an object with name and dates</source>
        <translation>{section}第{index}项应为对象，含 name 与 dates</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="330"/>
        <source>{section} entry {index} has no name</source>
        <translation>{section}第{index}项缺少名称 name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="332"/>
        <source>In {section} entry {index} ({entry}), dates should be a list of dates</source>
        <translation>{section}第{index}项（{entry}）的 dates 应为日期列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="334"/>
        <source>In {section} entry {index} ({entry}), the date “{value}” is not in the form YYYY-MM-DD</source>
        <translation>{section}第{index}项（{entry}）中的日期“{value}”格式不正确，应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="336"/>
        <source>holidays is empty: a year has at least its public holidays</source>
        <translation>holidays 为空：一年中至少应有法定节假日</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="339"/>
        <source>{count} days off in all, beyond what is plausible (public holidays with their swapped days are at most {limit} a year)</source>
        <translation>放假日期共 {count} 天，超出合理范围（法定节假日连同调休每年不超过 {limit} 天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="341"/>
        <source>{count} swapped working days in all, beyond what is plausible (at most {limit} a year)</source>
        <translation>调休上班日期共 {count} 天，超出合理范围（每年不超过 {limit} 天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="342"/>
        <source>The day off {day} ({entry}) is not in {year}</source>
        <translation>放假日期 {day}（{entry}）不在 {year} 年内</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="343"/>
        <source>The day off {day} appears twice ({names})</source>
        <translation>放假日期 {day} 重复出现（{names}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="344"/>
        <source>The swapped working day {day} ({entry}) is not in {year}</source>
        <translation>调休上班日期 {day}（{entry}）不在 {year} 年内</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="346"/>
        <source>The swapped working day {day} ({entry}) is a weekday: it is a working day anyway</source>
        <translation>调休上班日期 {day}（{entry}）是工作日，本来就要上班</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="348"/>
        <source>{day} is both a day off ({holiday}) and a swapped working day ({entry})</source>
        <translation>{day} 既是放假日期（{holiday}）又是调休上班日期（{entry}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="349"/>
        <source>The swapped working day {day} appears twice</source>
        <translation>调休上班日期 {day} 重复出现</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="350"/>
        <source>File not found: {file}</source>
        <translation>找不到文件 {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="351"/>
        <source>Cannot read the file {file}: {problem}</source>
        <translation>无法读取文件 {file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="353"/>
        <source>The calendar file {file} in the data folder is damaged ({problems}): import that year again</source>
        <translation>数据目录中的日历文件 {file} 已损坏：{problems}；请重新导入该年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="354"/>
        <source>Only an administrator can import a holiday schedule</source>
        <translation>只有管理员可以导入节假日安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="360"/>
        <source>Cannot use the output path {path}: {problem}</source>
        <translation>无法使用输出路径 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="362"/>
        <source>Cannot write inside the data folder {folder} ({path}): the database and its backups are kept there. Choose another folder</source>
        <translation>不能写到数据目录 {folder} 之内（{path}）：那里保存着数据库和备份。请另选一个文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="363"/>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} 是一个文件夹，请给出文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="364"/>
        <source>Cannot write {path}: {problem}</source>
        <translation>无法写出 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="365"/>
        <source>Cannot use the output folder {path}: {problem}</source>
        <translation>无法使用输出文件夹 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="366"/>
        <source>The output folder {path} cannot be written to</source>
        <translation>输出文件夹 {path} 不可写</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="372"/>
        <source>There is no database to back up: {path}</source>
        <translation>没有可备份的数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="375"/>
        <source>The database file is damaged, so no backup was made (a damaged copy would push out sound older ones): {problems}. Restore from a sound backup</source>
        <translation>数据库文件有损坏，未作备份（以免损坏的副本挤掉完好的旧备份）：{problems}。请从完好的备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="377"/>
        <source>The disk is full: no backup was made, and the existing backups are untouched. Free some space and try again</source>
        <translation>磁盘空间已满，未作备份；已有的备份不受影响。请清理磁盘后重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="380"/>
        <source>The database file is damaged: no backup was made, and the existing backups are untouched. Restore from a sound backup</source>
        <translation>数据库文件已损坏，未作备份；已有的备份不受影响。请从完好的备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="381"/>
        <source>The backup failed ({problem}); the existing backups are untouched</source>
        <translation>未能备份（{problem}）；已有的备份不受影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="383"/>
        <source>Cannot write the backup ({problem}); the existing backups are untouched</source>
        <translation>无法写入备份（{problem}）；已有的备份不受影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="384"/>
        <source>Not a valid database: {problem}</source>
        <translation>不是有效的数据库：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="385"/>
        <source>The backup cannot be restored; nothing was changed: {problems}</source>
        <translation>备份不能恢复，未作任何改动：{problems}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="386"/>
        <source>The backup cannot be restored; nothing was changed</source>
        <translation>备份不能恢复，未作任何改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="387"/>
        <source>Backup file not found: {path}</source>
        <translation>找不到备份文件 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="388"/>
        <source>The backup file is empty (0 bytes)</source>
        <translation>备份文件是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="389"/>
        <source>Not a valid database backup (its header does not match)</source>
        <translation>不是有效的数据库备份（文件头不符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="390"/>
        <source>The backup file is damaged: {problems}</source>
        <translation>备份文件已损坏：{problems}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="392"/>
        <source>The file has no table of case events: it is not a backup of this program</source>
        <translation>文件中没有案件事件表，不是本程序的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="393"/>
        <source>The backup lacks the tables {names}</source>
        <translation>备份缺少数据表：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="396"/>
        <source>The backup was made by a newer version of the program (data structure {revision}), which this one cannot use. Upgrade the program, then restore</source>
        <translation>备份由更新版本的程序创建（结构版本 {revision}），本程序无法使用。请升级程序后再恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="397"/>
        <source>The event chain is broken at event {seq}: {problem}</source>
        <translation>事件链第 {seq} 号事件：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="398"/>
        <source>Only an administrator can rebuild the case table</source>
        <translation>只有管理员可以重建案件状态表</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="399"/>
        <source>event {events} is missing (deleted)</source>
        <translation>第 {events} 号事件缺失（已被删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="401"/>
        <source>its link to the event before does not match (an event deleted, replaced or moved)</source>
        <translation>与前一事件的链接不符（事件被删除、替换或调换顺序）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="402"/>
        <source>its content was changed (the hash does not match)</source>
        <translation>事件内容被改动（哈希不符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="403"/>
        <source>its time is earlier than the event before (the order was changed)</source>
        <translation>事件时间戳早于前一事件（顺序被调换）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="405"/>
        <source>the record of the chain&apos;s end is missing (deleted): the newest events cannot be confirmed whole</source>
        <translation>链尾记录缺失（被删除），无法确认最新的事件是否完整</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="406"/>
        <source>every event is missing (the event record was emptied)</source>
        <translation>全部事件缺失（事件记录被清空）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="407"/>
        <source>event {events} is missing (the newest events were deleted)</source>
        <translation>第 {events} 号事件缺失（最新的事件被删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="409"/>
        <source>event {events} lies after the recorded end of the chain (added outside the program)</source>
        <translation>第 {events} 号事件在记录的链尾之后（在程序之外追加）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="411"/>
        <source>the record of the chain&apos;s end does not match the last event (an event was replaced)</source>
        <translation>链尾记录与最后一个事件不符（事件被替换）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="412"/>
        <source>The backup holds no record of its station</source>
        <translation>备份中没有本站点记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="414"/>
        <source>The backup has no usable administrator account: after restoring, nobody could administer it</source>
        <translation>备份中没有可用的管理员账号，恢复后将无人能管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="415"/>
        <source>Cannot read the backup&apos;s content: {problem}</source>
        <translation>无法读取备份内容：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="416"/>
        <source>Only an administrator can restore from a backup</source>
        <translation>只有管理员可以从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="417"/>
        <source>The chosen file is the current database</source>
        <translation>所选文件就是当前数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="419"/>
        <source>The restore did not finish: {problem}. The previous database was kept as {kept}</source>
        <translation>恢复未完成：{problem}。原数据库已另存为 {kept}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="425"/>
        <source>{problem} (nothing of this action was saved)</source>
        <translation>{problem}（本次操作未保存）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="427"/>
        <source>The database file is empty (0 bytes): {path}. Run init to set up this station first, or restore from a backup with admin restore</source>
        <translation>数据库文件是空的（0 字节）：{path}。请先运行 init 初始化本站点，或用 admin restore 从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="430"/>
        <source>There is no database in the data folder: {path}. Run init to set up this station first, or restore from a backup with admin restore</source>
        <translation>数据目录中没有数据库：{path}。请先运行 init 初始化本站点，或用 admin restore 从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="432"/>
        <source>{path} is not a database file of this program (its header does not match) and may be damaged. Restore from a backup</source>
        <translation>{path} 不是本程序的数据库文件（文件头不符），可能已损坏。请从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="435"/>
        <source>The database was made by a newer version of the program (data structure {revision}), which this one cannot open. Upgrade the program and try again; nothing was changed</source>
        <translation>数据库由更新版本的程序创建（结构版本 {revision}），本程序无法打开。请升级程序后再试；数据未作任何改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="437"/>
        <source>The database file is damaged and cannot be opened: {path} ({problem}). Restore from a backup</source>
        <translation>数据库文件已损坏，无法打开：{path}（{problem}）。请从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="441"/>
        <source>Upgrading the data structure ({current} → {head}) failed: {problem}. The copy made before the upgrade was put back, so the data are as before (backup: {saved}). Keep using the older version of the program and contact the county&apos;s IT staff</source>
        <translation>数据库结构升级（{current} → {head}）失败：{problem}。已从升级前的备份恢复，数据与升级前相同（备份：{saved}）。请继续使用旧版本程序，并联系县级技术人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="446"/>
        <source>Upgrading the data structure ({current} → {head}) failed: {problem}. Putting back the copy made before the upgrade failed too ({error}); do not open the program again: copy the backup file {saved} back to {path} and contact the county&apos;s IT staff</source>
        <translation>数据库结构升级（{current} → {head}）失败：{problem}。从升级前的备份恢复时又出错（{error}）；请勿再打开本程序，把备份文件 {saved} 复制回 {path} 后联系县级技术人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="447"/>
        <source>After the upgrade the data structure is {revision}, not {head}</source>
        <translation>升级后结构版本为 {revision}，应为 {head}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="449"/>
        <source>After the upgrade there are {cases} cases and {events} events; before it there were {cases_before} and {events_before}</source>
        <translation>升级后案件 {cases} 件、事件 {events} 条，升级前为 {cases_before} 件、{events_before} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="451"/>
        <source>Two actions on the database {database} clashed, and this one was undone. Try again; saved data are untouched</source>
        <translation>数据库 {database} 上同时办理的操作相互冲突，本次操作已撤销。请重试；已保存的数据不受影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="453"/>
        <source>The database is busy (another window or an import is writing): {database}. Saved data are untouched; wait a moment and try again</source>
        <translation>数据库正忙（另一个窗口或导入正在写入）：{database}。已保存的数据不受影响，请稍候重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="455"/>
        <source>The disk is full: the database cannot be written. Free some space and try again; saved data are untouched</source>
        <translation>磁盘空间已满，无法写入数据库。请清理磁盘后重试；已保存的数据不受影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="458"/>
        <source>The database file is read-only: {database}. Check the write permission of the file and its folder (or a USB stick&apos;s write protection) and try again</source>
        <translation>数据库文件只读，无法写入：{database}。请检查文件和文件夹的写入权限（或U盘写保护）后重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="460"/>
        <source>The database file is damaged or cannot be read: {database}. Restore from a backup (admin restore)</source>
        <translation>数据库文件已损坏或无法读取：{database}。请从备份恢复（admin restore）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="462"/>
        <source>Cannot open the database {database}: the file or its folder cannot be reached (read-only or no permission)</source>
        <translation>无法打开数据库 {database}：文件或所在文件夹无法访问（只读或权限不足）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="464"/>
        <source>A disk error while reading or writing the database {database}. Check the disk and try again; saved data are untouched</source>
        <translation>读写数据库 {database} 时磁盘出错。请检查磁盘后重试；已保存的数据不受影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="465"/>
        <source>Cannot use the database {database}: {problem}</source>
        <translation>无法使用数据库 {database}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="468"/>
        <source>The database server {database} refused the sign-in: wrong user name or password (the password is kept in ~/.pgpass or the file PGPASSFILE names)</source>
        <translation>数据库服务器 {database} 拒绝登录：用户名或密码不对（密码写在 ~/.pgpass 或 PGPASSFILE 指定的文件中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="470"/>
        <source>The database server has no such database: {database}. The database administrator creates it first (docs/hub.md)</source>
        <translation>数据库服务器上没有这个数据库：{database}。请先由数据库管理员建库（docs/hub.md）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="473"/>
        <source>Cannot reach the database server {database}: {problem}. Check that the server is running, the network, and the user name and password in ~/.pgpass; saved data are untouched</source>
        <translation>无法连接数据库服务器 {database}：{problem}。请检查服务器是否在运行、网络是否通畅，以及 ~/.pgpass 中的用户名和密码；已保存的数据不受影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="476"/>
        <source>The database {database} is a read-only replica, for queries and bulletins only; connect to the primary to work or import (docs/hub.md)</source>
        <translation>数据库 {database} 是只读副本，只能查询和出通报；办理和导入请连接主库（docs/hub.md）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="477"/>
        <source>The database user may not write to {database}: {problem}</source>
        <translation>数据库用户没有写入 {database} 的权限：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="479"/>
        <source>The database {database} holds no data of this program yet: run init --database … to set up the hub first</source>
        <translation>数据库 {database} 中还没有本程序的数据。请先运行 init --database … 初始化枢纽站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="483"/>
        <source>Upgrading the data structure ({current} → {head}) failed: {problem}. The upgrade ran in one transaction and was undone whole, so the data are as before. Contact the county&apos;s IT staff</source>
        <translation>数据库结构升级（{current} → {head}）失败：{problem}。升级在一个事务中进行，已整体撤销，数据与升级前相同。请联系县级技术人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="488"/>
        <source>This station&apos;s database is on a PostgreSQL server ({where}): it is backed up and restored with the server&apos;s pg_dump / pg_restore, not by this program; e.g. pg_dump -Fc -f hub-$(date +%F).dump {db}, restored with pg_restore -d {db} --clean FILE (see docs/hub.md)</source>
        <translation>本站的数据库在 PostgreSQL 服务器上（{where}），备份和恢复由服务器的 pg_dump / pg_restore 完成，本程序不做：例如 pg_dump -Fc -f hub-$(date +%F).dump {db}，恢复用 pg_restore -d {db} --clean 文件名（详见 docs/hub.md）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="490"/>
        <source>The database address “{url}” is not understood: it should be postgresql+psycopg://user@host/database</source>
        <translation>数据库地址“{url}”无法识别，应为 postgresql+psycopg://用户@主机/数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="493"/>
        <source>The database address “{url}” is not supported: only PostgreSQL (postgresql+psycopg://user@host/database); without one, the SQLite file in the data folder is used</source>
        <translation>数据库地址“{url}”不受支持：只支持 PostgreSQL（postgresql+psycopg://用户@主机/数据库）；不指定时使用数据目录中的 SQLite 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="495"/>
        <source>The database address “{url}” names no database (…/database)</source>
        <translation>数据库地址“{url}”没有写数据库名（…/数据库名）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="501"/>
        <source>The start date {first} is after the end date {last}</source>
        <translation>起始日期 {first} 晚于截止日期 {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="502"/>
        <source>One export covers at most five years: export it in parts</source>
        <translation>一次导出的期间不能超过五年，请分段导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="503"/>
        <source>A ledger file ends in .xlsx: {name}</source>
        <translation>台账文件应以 .xlsx 结尾：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="504"/>
        <source>A report file ends in .pdf: {name}</source>
        <translation>报告文件应以 .pdf 结尾：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="505"/>
        <source>The folder does not exist: {folder}</source>
        <translation>文件夹不存在：{folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="507"/>
        <source>Cannot write the file {path}: {problem}</source>
        <translation>无法写入文件 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="509"/>
        <source>The date {day} is after today ({today}): there is nothing to report yet</source>
        <translation>日期 {day} 晚于今天（{today}），还没有可通报的情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="510"/>
        <source>A bulletin file ends in .pdf or .xlsx: {name}</source>
        <translation>通报文件应以 .pdf 或 .xlsx 结尾：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="516"/>
        <source>Unknown kind of letter “{text}”; choose one of: {choices}</source>
        <translation>未知的文书种类「{text}」，可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="517"/>
        <source>{letter_field} cannot be empty</source>
        <translation>{letter_field}不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="518"/>
        <source>{letter_field} must be text</source>
        <translation>{letter_field}必须是文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="519"/>
        <source>{letter_field} must be a date</source>
        <translation>{letter_field}必须是日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="520"/>
        <source>{letter_field} must be a positive whole number</source>
        <translation>{letter_field}必须是正整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="521"/>
        <source>{letter_field} must be a whole number, not negative</source>
        <translation>{letter_field}必须是非负整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="523"/>
        <source>The applicant kind “{kind}” is not valid: person or enterprise</source>
        <translation>申请人类型「{kind}」无效，应为 person 或 enterprise</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="524"/>
        <source>The form “{form}” of material “{name}” is not valid</source>
        <translation>材料「{name}」的形式「{form}」无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="526"/>
        <source>The number of copies of material “{name}” must be a positive whole number</source>
        <translation>材料「{name}」的份数必须是正整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="527"/>
        <source>The requirement of material “{name}” must be text</source>
        <translation>材料「{name}」的要求必须是文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="528"/>
        <source>Not a kind of letter: {kind}</source>
        <translation>文书种类无效：{kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="529"/>
        <source>The case number cannot contain a vertical bar or a line break</source>
        <translation>办件编号不能包含竖线或换行</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="530"/>
        <source>The date received cannot be after the letter&apos;s date</source>
        <translation>收件日期不能晚于文书出具日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="531"/>
        <source>The supply period&apos;s unit “{unit}” is not valid: working or natural</source>
        <translation>补正期限单位「{unit}」无效，应为 working 或 natural</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="532"/>
        <source>The supply deadline cannot be before the letter&apos;s date</source>
        <translation>补正期限不能早于文书出具日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="533"/>
        <source>The supply deadline&apos;s date and days are given together</source>
        <translation>补正期限的日期和天数必须同时填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="535"/>
        <source>The promised completion date and time limit are given together</source>
        <translation>承诺办结日期和承诺办结时限必须同时填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="536"/>
        <source>Only a reprinted letter has an original printing date</source>
        <translation>只有补打的文书才有原打印日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="538"/>
        <source>Only the acceptance notice states the date the case counts as accepted by law</source>
        <translation>只有受理通知书才写明依法视为受理的日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="540"/>
        <source>The date the case counts as accepted by law is the day the materials were received</source>
        <translation>依法视为受理的日期应为收到申请材料之日</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="541"/>
        <source>The {kind} must list at least one missing material</source>
        <translation>{kind}必须列出至少一项尚缺的材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="542"/>
        <source>The {kind} must state the supply deadline</source>
        <translation>{kind}必须写明补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="543"/>
        <source>The {kind} must state the promised completion date</source>
        <translation>{kind}必须写明承诺办结日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="544"/>
        <source>The {kind} must state the reason</source>
        <translation>{kind}必须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="546"/>
        <source>The {kind} must state the days of the extension and who approved it</source>
        <translation>{kind}必须写明延长的天数和批准人</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="547"/>
        <source>A letter&apos;s serial number is a positive whole number</source>
        <translation>文书序号必须是正整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="553"/>
        <source>The service centre&apos;s name</source>
        <translation>便民服务中心名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="554"/>
        <source>The short name in document numbers</source>
        <translation>文号中的单位简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="555"/>
        <source>The address</source>
        <translation>办理地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="556"/>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="557"/>
        <source>The name under the seal</source>
        <translation>落款单位名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="558"/>
        <source>The window&apos;s name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="559"/>
        <source>The opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="561"/>
        <source>The applicant&apos;s ID number</source>
        <translation>申请人证件号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="563"/>
        <source>The applicant&apos;s phone number</source>
        <translation>申请人联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="564"/>
        <source>A material&apos;s name</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="565"/>
        <source>The letter&apos;s number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="566"/>
        <source>The case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="567"/>
        <source>The item&apos;s name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="568"/>
        <source>The officer in charge</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="569"/>
        <source>The legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="570"/>
        <source>The letter&apos;s date</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="571"/>
        <source>The date received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="572"/>
        <source>The supply period&apos;s days</source>
        <translation>补正期限天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="573"/>
        <source>The promised time limit</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="575"/>
        <source>The supervisor&apos;s note</source>
        <translation>负责人说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="665"/>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="754"/>
        <source>sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="756"/>
        <source>row %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="758"/>
        <source>column “%1”</source>
        <translation>“%1”列</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="560"/>
        <location filename="../../app/ui/admin_refusals.py" line="666"/>
        <source>The applicant&apos;s name</source>
        <translation>申请人姓名或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="562"/>
        <location filename="../../app/ui/admin_refusals.py" line="667"/>
        <source>The legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="668"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="574"/>
        <location filename="../../app/ui/admin_refusals.py" line="669"/>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="670"/>
        <source>The supervisor&apos;s reason</source>
        <translation>主管理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="671"/>
        <source>The reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="672"/>
        <source>The reason for the pause</source>
        <translation>暂停理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="673"/>
        <source>The reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="674"/>
        <source>The reason for terminating</source>
        <translation>终止理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="675"/>
        <source>The reason for sending it back</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="676"/>
        <source>The reason for logging it again</source>
        <translation>重复收件理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="677"/>
        <source>The reason for reopening</source>
        <translation>重新办理理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="678"/>
        <source>A holiday&apos;s name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="686"/>
        <source>Centre name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="687"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="688"/>
        <source>Window name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="689"/>
        <source>Address</source>
        <translation>办理地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="690"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="691"/>
        <source>Opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="692"/>
        <source>Number format</source>
        <translation>编号格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="693"/>
        <source>Due-soon warning</source>
        <translation>临期提醒天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="694"/>
        <source>Stub copy</source>
        <translation>存根联</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="695"/>
        <source>Seal text</source>
        <translation>印章文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="696"/>
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="697"/>
        <source>Rating period</source>
        <translation>评价期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="698"/>
        <source>Poor-rating follow-up period</source>
        <translation>差评整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="699"/>
        <source>Stale package warning</source>
        <translation>数据包过期提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="705"/>
        <source>public header</source>
        <translation>公开信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="706"/>
        <source>manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="707"/>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="708"/>
        <source>public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="709"/>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="583"/>
        <source>{place}{problem}</source>
        <translation>{place}{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="584"/>
        <source>Only an administrator can change the item catalogue</source>
        <translation>只有管理员可以修改事项清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="585"/>
        <source>The item catalogue has no item “{code}”</source>
        <translation>事项清单中没有编码为“{code}”的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="586"/>
        <source>Fill in “{field_label}”</source>
        <translation>请填写“{field_label}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="587"/>
        <source>“{field_label}” should be text, not “{value}”</source>
        <translation>“{field_label}”应为文字，现为“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="589"/>
        <source>“{field_label}” may hold only letters, digits, “-”, “_” and “.”, at most 64 of them; it is “{value}”</source>
        <translation>“{field_label}”只能由字母、数字和“-”“_”“.”组成，最长64位，现为“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="590"/>
        <source>“{field_label}” should be a whole number, not “{value}”</source>
        <translation>“{field_label}”应为整数，现为“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="591"/>
        <source>“{field_label}” may not be less than {limit}; it is {value}</source>
        <translation>“{field_label}”不能小于{limit}，现为{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="592"/>
        <source>“{field_label}” may not be more than {limit}; it is {value}</source>
        <translation>“{field_label}”不能大于{limit}，现为{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="593"/>
        <source>Fill in “{field_label}” (是 or 否)</source>
        <translation>请填写“{field_label}”（是/否）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="594"/>
        <source>“{field_label}” should be 是 or 否, not “{value}”</source>
        <translation>“{field_label}”应为“是”或“否”，现为“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="595"/>
        <source>Fill in “{field_label}” (one of {choices})</source>
        <translation>请填写“{field_label}”（{choices}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="596"/>
        <source>“{field_label}” should be one of {choices}, not “{value}”</source>
        <translation>“{field_label}”应为{choices}之一，现为“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="597"/>
        <source>Each item should be an object (keys and values)</source>
        <translation>每个事项应为一个对象（键值对）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="598"/>
        <source>Item code “{code}” appears twice (as in item {first})</source>
        <translation>事项编码“{code}”重复（与第{first}个事项相同）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="599"/>
        <source>Unknown field “{field}”</source>
        <translation>未知字段“{field}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="601"/>
        <source>The promised time ({promised} working days) may not exceed the legal time ({legal} working days)</source>
        <translation>承诺办结时限（{promised}个工作日）不能超过法定办结时限（{legal}个工作日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="602"/>
        <source>The enquiry phone “{phone}” is wrong: {check}</source>
        <translation>咨询电话“{phone}”不正确：{check}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="604"/>
        <source>An item that does not allow tolerant acceptance has no supply period for it</source>
        <translation>不允许容缺受理的事项不应填写容缺补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="606"/>
        <source>An item done on the spot (promised time 0) cannot allow tolerant acceptance</source>
        <translation>即办件（承诺办结时限为0）不能容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="608"/>
        <source>The supply period ({days} working days) may not exceed the promised time ({promised} working days)</source>
        <translation>容缺补正期限（{days}个工作日）不能超过承诺办结时限（{promised}个工作日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="609"/>
        <source>The special procedures should be a list</source>
        <translation>“特别程序”应为列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="610"/>
        <source>Each special procedure should be an object (keys and values)</source>
        <translation>每项特别程序应为一个对象（键值对）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="611"/>
        <source>An item needs at least one material</source>
        <translation>事项至少应有一项申请材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="612"/>
        <source>The materials should be a list</source>
        <translation>“申请材料”应为列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="613"/>
        <source>Each material should be an object (keys and values)</source>
        <translation>每项材料应为一个对象（键值对）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="615"/>
        <source>Material code “{code}” appears twice in this item (as in material {first})</source>
        <translation>材料编码“{code}”在本事项中重复（与第{first}项材料相同）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="616"/>
        <source>Only a required material can be allowed to follow later</source>
        <translation>非必要材料不需要容缺，只有必要材料可以设为可容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="618"/>
        <source>The item does not allow tolerant acceptance: no material can be allowed to follow later</source>
        <translation>本事项不允许容缺受理，材料不能设为可容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="620"/>
        <source>An item allowing tolerant acceptance needs at least one material allowed to follow later</source>
        <translation>允许容缺受理的事项至少应有一项可容缺材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="621"/>
        <source>Unknown column “{column}”</source>
        <translation>无法识别的列“{column}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="622"/>
        <source>Column “{column}” repeats column “{other}”</source>
        <translation>列“{column}”与列“{other}”重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="623"/>
        <source>Column “{column}” is missing</source>
        <translation>缺少“{column}”列</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="624"/>
        <source>Fill in the code of the item this row belongs to</source>
        <translation>请填写所属事项的编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="625"/>
        <source>Item code “{code}” is not on the sheet “{sheet}”</source>
        <translation>事项编码“{code}”在工作表“{sheet}”中不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="626"/>
        <source>The file does not exist</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="627"/>
        <source>This is a folder, not a catalogue file</source>
        <translation>这是一个文件夹，不是事项清单文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="628"/>
        <source>Cannot read the file: {problem}</source>
        <translation>无法读取文件：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="629"/>
        <source>The file is too big ({size} MB): a catalogue file is at most {limit} MB</source>
        <translation>文件过大（{size} MB）：事项清单文件不应超过 {limit} MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="631"/>
        <source>Old Excel and WPS formats are not read: save the file as .xlsx in the spreadsheet program, then import it</source>
        <translation>不支持旧版Excel或WPS格式，请在表格软件中“另存为”.xlsx格式后再导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="632"/>
        <source>Not a catalogue file: a catalogue is a .json or .xlsx file</source>
        <translation>不支持的文件类型，事项清单应为 .json 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="633"/>
        <source>The file holds no item</source>
        <translation>文件中没有任何事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="634"/>
        <source>The file is not UTF-8 text, so not a catalogue</source>
        <translation>文件不是UTF-8编码的文本，不是有效的事项清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="636"/>
        <source>The file is not valid JSON: a format error near line {line}, column {column}</source>
        <translation>文件不是有效的JSON：第{line}行第{column}列附近有格式错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="637"/>
        <source>Not a catalogue: nested too deeply</source>
        <translation>文件不是有效的事项清单：嵌套层次过深</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="638"/>
        <source>Not a catalogue: the mark &quot;format&quot;: &quot;{format}&quot; is missing</source>
        <translation>文件不是事项清单：缺少格式标记 &quot;format&quot;: &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="639"/>
        <source>The catalogue&apos;s version number is not valid</source>
        <translation>事项清单的版本号（version）无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="641"/>
        <source>The catalogue is in format version {version}; this program reads version {supported}: update the program first</source>
        <translation>事项清单为第{version}版格式，本程序只能读取第{supported}版，请先升级程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="642"/>
        <source>The catalogue has no list of items (items)</source>
        <translation>事项清单缺少事项列表（items）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="643"/>
        <source>Too many items ({count}): a catalogue holds at most {limit}</source>
        <translation>事项过多（{count} 项）：一份事项清单最多 {limit} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="645"/>
        <source>Not a valid Excel (.xlsx) file: it may be damaged, or only its name ends in .xlsx</source>
        <translation>文件不是有效的Excel（.xlsx）文件，可能已损坏或只是改了扩展名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="646"/>
        <source>The Excel file unpacks to {size} MB: not a normal catalogue</source>
        <translation>Excel文件解压后过大（{size} MB），不是正常的事项清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="647"/>
        <source>Cannot open the Excel file: it is damaged or not .xlsx</source>
        <translation>无法打开Excel文件：文件已损坏或不是.xlsx格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="648"/>
        <source>The sheet “{sheet}” is missing (the file&apos;s sheets: {sheets})</source>
        <translation>缺少工作表“{sheet}”（文件中的工作表：{sheets}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="650"/>
        <source>The sheet “{sheet}” has more than {limit} rows: not a normal catalogue</source>
        <translation>工作表“{sheet}”超过 {limit} 行，不是正常的事项清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="651"/>
        <source>The Excel file is damaged: its sheets cannot be read</source>
        <translation>Excel文件内容已损坏，无法读取其中的表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="716"/>
        <source>The text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="725"/>
        <source>Trusting a new station&apos;s key</source>
        <translation>信任新站点的密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="726"/>
        <source>Registering a trusted station</source>
        <translation>登记信任站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="727"/>
        <source>Revoking a station&apos;s key</source>
        <translation>吊销站点密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="731"/>
        <source>a newer version</source>
        <translation>更新的版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="732"/>
        <source>holidays</source>
        <translation>放假安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="733"/>
        <source>workdays</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_refusals.py" line="736"/>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
</context>
</TS>
