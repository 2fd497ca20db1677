<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Badge</name>
    <message>
        <location filename="../../app/ui/badges.py" line="63"/>
        <source>%n d overdue</source>
        <translation>逾期%n天</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="65"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="68"/>
        <source>%n d left</source>
        <translation>剩%n天</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="70"/>
        <source>Paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="73"/>
        <source>Supplied</source>
        <translation>已补齐</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="75"/>
        <source>Done in time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="77"/>
        <source>Notified</source>
        <translation>已告知</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="80"/>
        <source>%n d late</source>
        <translation>超期%n天</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="82"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="83"/>
        <source>Notice %1</source>
        <translation>告知%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="85"/>
        <source>Follow-up %1</source>
        <translation>整改%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="96"/>
        <source>Supply deadline</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="97"/>
        <source>Completion deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="98"/>
        <source>One-time notice due</source>
        <translation>一次性告知期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="99"/>
        <source>Follow-up of a poor rating due</source>
        <translation>差评整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="104"/>
        <source>%n working day(s) left</source>
        <translation>还剩 %n 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="107"/>
        <source>Overdue by %n working day(s)</source>
        <translation>已逾期 %n 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="110"/>
        <source>Clock paused with %n working day(s) left</source>
        <translation>已暂停计时，尚余 %n 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="113"/>
        <source>Closed %n working day(s) after the deadline</source>
        <translation>超过期限 %n 个工作日后结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/badges.py" line="115"/>
        <source>Holidays of that year are not imported: counted on weekends only, may move.</source>
        <translation>该年度法定节假日安排尚未导入，暂仅按周末计算，日期可能变动。</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="57"/>
        <source>Two stations recorded different results</source>
        <extracomment>Room left for a window&apos;s frame and title bar, which the free area does not count.</extracomment>
        <translation>两个站点记录了不同的办结结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="58"/>
        <source>Completed at one station, terminated at another</source>
        <translation>一个站点已办结，另一个站点已终止</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="59"/>
        <source>Extensions from several stations exceed the legal 10 working days</source>
        <translation>多个站点的延期合计超过法定的 10 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="60"/>
        <source>Recorded at one station after another closed the case</source>
        <translation>另一站点已结案后，本站点又登记了办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="61"/>
        <source>Accepted twice at different stations</source>
        <translation>在不同站点重复受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="68"/>
        <source>Waiting for a supervisor to settle it with a recorded decision.</source>
        <translation>待主管作出处理决定（记入案件经过）。</translation>
    </message>
</context>
<context>
    <name>CountTiles</name>
    <message>
        <location filename="../../app/ui/filters.py" line="213"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="214"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="215"/>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="216"/>
        <source>Waiting for materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="217"/>
        <source>Open in total</source>
        <translation>在办总数</translation>
    </message>
</context>
<context>
    <name>CrashHandlers</name>
    <message>
        <location filename="../../app/ui/application.py" line="228"/>
        <source>An unexpected error occurred. Your saved work is safe. The details were written to %1; please pass this file to technical support. Restarting the program is recommended.</source>
        <translation>程序发生意外错误。已保存的数据不受影响。详细信息已写入 %1，请将此文件交给技术支持人员。建议重新启动程序。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="234"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="245"/>
        <source>The program stopped unexpectedly</source>
        <translation>程序上次意外退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="250"/>
        <source>The last time, the program ended with an error. Data saved before the error is safe. The report was kept as %1; please pass it to technical support.</source>
        <translation>程序上次运行时出错退出。出错前已保存的数据是安全的。错误报告已保存为 %1，请交给技术支持人员。</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../app/ui/db_tasks.py" line="51"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/db_tasks.py" line="52"/>
        <source>%1

Nothing was saved. Try again?</source>
        <translation>%1

没有保存任何内容。要重试吗？</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filters.py" line="107"/>
        <source>Search: case number, name, phone or last digits of ID (Ctrl+F)</source>
        <translation>搜索：受理编号、姓名、电话或身份证号后几位（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="111"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="113"/>
        <source>&amp;Item:</source>
        <translation>事项(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="136"/>
        <source>All open cases</source>
        <translation>全部在办案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="137"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="138"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="139"/>
        <source>Due soon (incl. today)</source>
        <translation>临期（含今日到期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="140"/>
        <source>Waiting for materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="141"/>
        <source>All cases, incl. closed</source>
        <translation>全部案件（含已结束）</translation>
    </message>
    <message>
        <location filename="../../app/ui/filters.py" line="149"/>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="91"/>
        <source>Add 300 &amp;demo cases for practice (training laptops only)</source>
        <translation>加入 300 件演示案件用于练习（仅限培训用电脑）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="94"/>
        <source>Fictitious applicants spread over the past months, in every state, so that the work list, letters and countdowns can be tried out.</source>
        <translation>虚构的申请人，分布在过去几个月，涵盖各种办理状态，便于熟悉工作列表、文书打印和期限倒计时。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="48"/>
        <source>First-time setup</source>
        <translation>首次设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="51"/>
        <source>Set up this computer</source>
        <translation>设置本机</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="55"/>
        <source>Enter the name of the service centre and of this window, the address, phone and office hours printed on every letter, and choose the user name and password of the first administrator.</source>
        <translation>请填写便民服务中心和本窗口的名称、印在每份文书上的地址、电话和办公时间，并设置第一位管理员的用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="57"/>
        <source>Data folder: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="64"/>
        <source>e.g. 青山镇便民服务中心</source>
        <translation>例如：青山镇便民服务中心</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="67"/>
        <source>e.g. 综合受理窗口</source>
        <translation>例如：综合受理窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="70"/>
        <source>e.g. 青山县青山镇府前路8号便民服务中心一楼</source>
        <translation>如：青山县青山镇府前路8号便民服务中心一楼</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="73"/>
        <source>landline with area code, e.g. 0571-63210000</source>
        <translation>座机须带区号，如 0571-63210000</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="76"/>
        <source>e.g. 周一至周五 8:30—12:00、14:30—17:30</source>
        <translation>如：周一至周五 8:30—12:00、14:30—17:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="81"/>
        <source>Full name (optional)</source>
        <translation>姓名（可不填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="88"/>
        <source>&amp;Load the sample catalogue of township service items</source>
        <translation>载入乡镇政务服务事项示例清单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="99"/>
        <source>&amp;Centre name:</source>
        <translation>中心名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="100"/>
        <source>&amp;Window name:</source>
        <translation>窗口名称(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="101"/>
        <source>Add&amp;ress:</source>
        <translation>地址(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="102"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="103"/>
        <source>Office &amp;hours:</source>
        <translation>办公时间(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="104"/>
        <source>Administrator &amp;user name:</source>
        <translation>管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="105"/>
        <source>Administrator &amp;name:</source>
        <translation>管理员姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="106"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="107"/>
        <source>Password &amp;again:</source>
        <translation>确认密码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="117"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="142"/>
        <source>Please enter the name of the service centre.</source>
        <translation>请填写便民服务中心名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="144"/>
        <source>Please enter the name of this window.</source>
        <translation>请填写窗口名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="146"/>
        <source>Please enter the centre&apos;s address: it is printed on every letter.</source>
        <translation>请填写中心地址：每份文书上都会印出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="148"/>
        <source>Please enter the centre&apos;s phone: applicants call it.</source>
        <translation>请填写中心电话：申请人会按此电话联系。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="150"/>
        <source>Please enter the office hours.</source>
        <translation>请填写办公时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="152"/>
        <source>Please choose the administrator&apos;s user name.</source>
        <translation>请设置管理员用户名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="154"/>
        <source>Please choose a password.</source>
        <translation>请设置密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="156"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="190"/>
        <source>The centre was created, but the sample catalogue could not be loaded: %1</source>
        <translation>中心已创建，但示例事项清单未能载入：%1</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../app/ui/launch.py" line="169"/>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="172"/>
        <source>The database file failed its integrity check. Recent work is still saved, but the file may be damaged: ask the administrator to restore it from a backup (Administration → Backup and restore, or approval-window admin restore).</source>
        <translation>数据库文件未通过完整性检查。已保存的工作仍在，但文件可能已损坏：请管理员从备份恢复（管理 → 备份与恢复，或运行 approval-window admin restore）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="212"/>
        <source>The program is already running on this data folder; its window has been brought forward.</source>
        <translation>程序已在使用此数据目录运行，已切换到该窗口。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="215"/>
        <source>The program is already running on this data folder (%1). Use that window, or close it first.</source>
        <translation>程序已在使用此数据目录（%1）运行。请使用已打开的窗口，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="218"/>
        <source>Already running</source>
        <translation>程序已在运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="231"/>
        <source>Cannot open the data</source>
        <translation>无法打开数据</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <source>window officer</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>&amp;New intake…</source>
        <translation>新建收件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>New intake</source>
        <translation>新建收件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Log a new application (Ctrl+N)</source>
        <translation>登记新的申请（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Open selected case</source>
        <translation>打开所选案件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>S&amp;witch officer…</source>
        <translation>切换工作人员(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Switch officer</source>
        <translation>切换工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Sign in as another officer without closing the program (Ctrl+L)</source>
        <translation>不关闭程序，换另一位工作人员登录（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Print &amp;reminders…</source>
        <translation>批量打印补正提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Export the &amp;ledger…</source>
        <translation>导出台账(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>The monthly ledger of the cases received, as an Excel workbook</source>
        <translation>按收件日期导出案件台账（Excel 工作簿）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Monthly report…</source>
        <translation>月度报告(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>What the ledger adds up to, with charts: to read, print or save</source>
        <translation>按台账汇总的月度报告（含图表），可查看、打印或保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Service item &amp;catalogue…</source>
        <translation>事项清单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Officers…</source>
        <translation>工作人员(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Centre &amp;settings…</source>
        <translation>中心设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>&amp;Holiday calendar…</source>
        <translation>节假日日历(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>User &amp;manual</source>
        <translation>使用说明(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189"/>
        <source>&amp;Export a report package…</source>
        <translation>导出上报包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>&amp;Import a package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>Cases in &amp;conflict…</source>
        <translation>相互冲突的案件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Import a &amp;receipt…</source>
        <translation>导入回执(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>&amp;Reports</source>
        <translation>台账报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Today&apos;s work</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <location filename="../../app/ui/main_window.py" line="699"/>
        <source>Convenience Service Window Intake System</source>
        <translation>便民服务窗口受理系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379"/>
        <source>Officer: %1 (%2)</source>
        <translation>当前工作人员：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="386"/>
        <source>Only an administrator can do this</source>
        <translation>仅管理员可使用此功能</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394"/>
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source> (date set at start)</source>
        <translation>（启动时指定的日期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="406"/>
        <source>The official holidays of %1 are not in the calendar: deadlines are counted on weekends only and marked “?”. Import the year under Administration → Holiday calendar.</source>
        <translation>日历中还没有 %1 年的法定节假日安排：截止日期暂仅按周末计算，并标注“?”。请在“管理 → 节假日日历”中导入该年度安排。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410"/>
        <source>The official holidays of %1 are not in the calendar yet: deadlines in %1 are counted on weekends only and marked “?”. Import the year under Administration → Holiday calendar once it is published.</source>
        <translation>日历中还没有 %1 年的法定节假日安排：落在 %1 年的截止日期暂仅按周末计算，并标注“?”。国务院公布后，请在“管理 → 节假日日历”中导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="456"/>
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461"/>
        <source>No case matches “%1”.</source>
        <translation>没有与“%1”相符的案件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="463"/>
        <source>No cases to show.</source>
        <translation>没有符合条件的案件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="646"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="647"/>
        <source>The backup has been restored. The program closes now; start it again to work on the restored data.</source>
        <translation>备份已恢复。程序现在关闭，请重新启动后在恢复的数据上工作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="683"/>
        <source>%1 is now signed in.</source>
        <translation>已切换为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="698"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="700"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="701"/>
        <source>Data folder: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="702"/>
        <source>Holiday calendar: %1</source>
        <translation>节假日日历：%1 年</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../app/ui/manual.py" line="27"/>
        <source>User manual (Chinese)</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/manual.py" line="33"/>
        <source>The manual could not be read: {0}</source>
        <translation>无法读取使用说明：{0}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in.py" line="36"/>
        <source>Switch officer</source>
        <translation>切换工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="36"/>
        <location filename="../../app/ui/sign_in.py" line="62"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="40"/>
        <source>Convenience Service Window Intake System</source>
        <translation>便民服务窗口受理系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="58"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="59"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="67"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="88"/>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="92"/>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="75"/>
        <source>Awaiting materials</source>
        <translation>待补正</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="76"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="77"/>
        <source>Tolerant acceptance</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="78"/>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="79"/>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="80"/>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="82"/>
        <source>Not told in time: accepted by law</source>
        <translation>逾期未告知·依法视为受理</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="139"/>
        <source>The applicant&apos;s deadline for the missing materials</source>
        <extracomment>what a finished task changed (OpChanges), after its own callback</extracomment>
        <translation>申请人补齐所缺材料的期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="142"/>
        <source>The centre&apos;s promised completion deadline; before acceptance, the deadline for the one-time notice</source>
        <translation>本中心承诺的办结期限；受理前为出具一次性告知书的期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="146"/>
        <source>Materials due</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="147"/>
        <source>Completion due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="148"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="149"/>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="150"/>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="151"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="152"/>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="192"/>
        <source>The one-time notice was not given within five working days: by law the case counts as accepted from the day it was received</source>
        <translation>未在五个工作日内一次性告知：依《行政许可法》第三十二条，自收到申请材料之日起即为受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/worklist_model.py" line="204"/>
        <source>In conflict · %1</source>
        <translation>冲突 · %1</translation>
    </message>
</context>
</TS>
