<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="100"/>
        <source>Add an officer</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="108"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="109"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="110"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="111"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="112"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="113"/>
        <source>The officer signs in with the user name; the name is printed on letters.</source>
        <translation>工作人员用用户名登录；姓名会印在文书上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="120"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="49"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="67"/>
        <source>Only an administrator can open the administration window. You are signed in as %1 (%2); ask an administrator to sign in.</source>
        <translation>只有管理员可以打开系统管理。当前登录的是%1（%2），请由管理员登录后操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="70"/>
        <location filename="../../app/ui/admin/admin_window.py" line="102"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="96"/>
        <source>Service catalogue</source>
        <translation>事项清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="97"/>
        <source>Officers</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="98"/>
        <source>Centre settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="99"/>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="100"/>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/admin_window.py" line="127"/>
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前操作完成。</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="21"/>
        <source>Administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="22"/>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="23"/>
        <source>Administrative benefit</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="24"/>
        <source>Administrative reward</source>
        <translation>行政奖励</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="25"/>
        <source>Administrative filing</source>
        <translation>行政备案</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="26"/>
        <source>Other administrative power</source>
        <translation>其他行政权力</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="27"/>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="28"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="35"/>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="36"/>
        <source>Township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="37"/>
        <source>Village</source>
        <translation>村级</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="44"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="45"/>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="46"/>
        <source>Original and copy</source>
        <translation>原件和复印件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="53"/>
        <source>Applicant</source>
        <translation>申请人自备</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="54"/>
        <source>Government-issued</source>
        <translation>政府部门核发</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="61"/>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="62"/>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="69"/>
        <source>Window officer</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="70"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="71"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="79"/>
        <source>Shipped with the program</source>
        <translation>程序自带</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="80"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="86"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/labels.py" line="87"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="107"/>
        <source>A backup is taken every day at start-up and before every upgrade. Restoring replaces all the data of this computer with the backup; the data as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>程序每天启动时和每次升级前都会自动备份。恢复将用备份替换本机的全部数据；恢复前会先备份当前数据，因此恢复本身也可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="109"/>
        <source>Backup folder: {0}</source>
        <translation>备份文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="122"/>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="124"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="125"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="126"/>
        <source>Restore from a &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="168"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="174"/>
        <source>Backed up to {0}.</source>
        <translation>已备份到 {0}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="182"/>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="184"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>备份文件 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="190"/>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="192"/>
        <source>All data of this computer will be replaced by the backup {0}. The data as it is now is backed up first. The program closes afterwards and must be started again.</source>
        <translation>本机的全部数据将被备份 {0} 替换。恢复前会先备份当前数据。恢复后程序将关闭，须重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="199"/>
        <source>Sign in to the backup</source>
        <translation>验证备份中的管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="200"/>
        <source>Password of administrator {0} as recorded in the backup {1}:</source>
        <translation>请输入管理员 {0} 在备份 {1} 中的密码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="221"/>
        <source>Restoring…</source>
        <translation>正在恢复……</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="225"/>
        <source>. Please start the program again.</source>
        <translation>。请重新启动程序。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="64"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="64"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="64"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="64"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="68"/>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="69"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="70"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="71"/>
        <source>Taken by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_page.py" line="88"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../app/ui/admin/calendar_model.py" line="33"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_model.py" line="33"/>
        <source>Origin</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_model.py" line="33"/>
        <source>Source</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="61"/>
        <source>Import a year…</source>
        <translation>导入年份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="63"/>
        <source>Import one year&apos;s holidays and make-up working days from a .json file</source>
        <translation>从 .json 文件导入某一年的放假和调休上班安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="67"/>
        <source>Working days follow the State Council&apos;s holiday notice for each year. Years the calendar does not know are counted on weekends only, and their deadlines are marked as unconfirmed.</source>
        <translation>工作日以国务院办公厅每年的节假日安排通知为准。日历中没有的年份只按周末计算，其中的期限标记为“未确认”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="100"/>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="120"/>
        <source>The holidays of %1 are not in the calendar yet. Import the year as soon as the State Council publishes them: until then, deadlines in %1 are counted on weekends only.</source>
        <translation>日历中还没有%1年的节假日安排。国务院公布后请尽快导入；在此之前，%1年内的期限只按周末计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="134"/>
        <source>Import a calendar year</source>
        <translation>导入日历年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="135"/>
        <source>Calendar year (*.json)</source>
        <translation>日历年份文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="141"/>
        <source>Checking “%1”…</source>
        <translation>正在检查“%1”…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="151"/>
        <source>Problems in “%1”</source>
        <translation>“%1”中的问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="153"/>
        <source>The file was refused; the calendar is unchanged.</source>
        <translation>文件未被接受，日历没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="157"/>
        <source>The holidays of %1 were imported.</source>
        <translation>已导入%1年的节假日安排。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="158"/>
        <source>Recomputing the deadlines of every case with the new calendar…</source>
        <translation>正在按新日历重新计算所有案件的期限…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="164"/>
        <source>The holidays of %1 were imported and the deadlines of %2 cases recomputed.</source>
        <translation>已导入%1年的节假日安排，并重新计算了%2件案件的期限。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/calendar_page.py" line="170"/>
        <source>The year was imported, but the deadlines could not be recomputed: %1</source>
        <translation>年份已导入，但未能重新计算期限：%1</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="94"/>
        <source>Filter by code, name or kind</source>
        <translation>按编码、名称或类型筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="96"/>
        <source>New item…</source>
        <translation>新增事项…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="97"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="98"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="99"/>
        <source>Import service items from a catalogue file (.json or .xlsx)</source>
        <translation>从事项清单文件（.json 或 .xlsx）导入事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="100"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="101"/>
        <source>Save the current catalogue as a .json or .xlsx file</source>
        <translation>把当前事项清单保存为 .json 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="143"/>
        <location filename="../../app/ui/admin/catalogue_page.py" line="226"/>
        <source>Version history</source>
        <translation>版本记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="145"/>
        <source>Cases keep the version they were accepted under; a change applies to new cases only.</source>
        <translation>已受理的案件沿用受理时的版本；修改只对新案件生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="163"/>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="164"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="236"/>
        <source>Version history of %1</source>
        <translation>“%1”的版本记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="276"/>
        <source>Saved “%1” as version %2. Cases already accepted keep the version they were accepted under.</source>
        <translation>已将“%1”保存为第%2版。已受理的案件仍沿用受理时的版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="285"/>
        <source>Import catalogue</source>
        <translation>导入事项清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="286"/>
        <source>Catalogue files (*.json *.xlsx);;JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>事项清单文件 (*.json *.xlsx);;JSON 文件 (*.json);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="292"/>
        <source>Reading and checking “%1”…</source>
        <translation>正在读取并检查“%1”…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="299"/>
        <source>Problems in “%1”</source>
        <translation>“%1”中的问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/catalogue_page.py" line="304"/>
        <source>The file was refused: %n problem(s) found. Nothing was imported; the catalogue is unchanged.</source>
        <translation>
            <numerusform>文件未被接受：发现%n个问题。没有导入任何事项，事项清单没有改动。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="309"/>
        <source>Imported “%1”: %2 added, %3 updated, %4 unchanged.</source>
        <translation>已导入“%1”：新增%2项，更新%3项，%4项未变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="319"/>
        <source>Export catalogue</source>
        <translation>导出事项清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="320"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="327"/>
        <source>Writing “%1”…</source>
        <translation>正在写入“%1”…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/catalogue_page.py" line="332"/>
        <source>Exported %1 items to %2.</source>
        <translation>已将%1个事项导出到 %2。</translation>
    </message>
</context>
<context>
    <name>ItemEditorDialog</name>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="119"/>
        <source>Edit service item</source>
        <translation>编辑事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="119"/>
        <location filename="../../app/ui/admin/item_editor.py" line="333"/>
        <source>New service item</source>
        <translation>新增事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="148"/>
        <source>0 (decided on the spot)</source>
        <translation>0（即办件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="149"/>
        <source>Allowed</source>
        <translation>允许容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="151"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="169"/>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="169"/>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="169"/>
        <source>Kind</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="170"/>
        <source>Department</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="170"/>
        <source>Level</source>
        <translation>行使层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="170"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="171"/>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="171"/>
        <source>Enquiry phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="172"/>
        <source>Legal limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="172"/>
        <source>Promised limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="173"/>
        <source>Tolerant acceptance</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="173"/>
        <source>Supply period</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="174"/>
        <source>Supplement period</source>
        <translation>一般补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="175"/>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="175"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="176"/>
        <location filename="../../app/ui/admin/item_editor.py" line="228"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="176"/>
        <source>Special procedures</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="219"/>
        <source>Add material</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="220"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="221"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="222"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="245"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="249"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="268"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="270"/>
        <source>Nothing is saved while a problem is listed here. Click a problem to go to its field.</source>
        <translation>这里列有问题时不会保存。点击问题可跳到对应的栏目。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="293"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="314"/>
        <source>The item has unsaved changes. Close without saving them?</source>
        <translation>事项有尚未保存的修改。不保存就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="316"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="317"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="330"/>
        <source>%1 · %2 (version %3)</source>
        <translation>%1 · %2（第%3版）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="368"/>
        <source>Special procedures: none. They are changed by importing a catalogue file.</source>
        <translation>特别程序：无。特别程序通过导入事项清单文件修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="373"/>
        <source>counted in the limit</source>
        <translation>计入时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="374"/>
        <source>not counted</source>
        <translation>不计入时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="374"/>
        <source>%1 (%2 %3, %4)</source>
        <translation>%1（%2个%3，%4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="377"/>
        <source>Special procedures: %1. They are changed by importing a catalogue file.</source>
        <translation>特别程序：%1。特别程序通过导入事项清单文件修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="377"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="455"/>
        <source>Material %1</source>
        <translation>第%1项材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="460"/>
        <source>%1, %2</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="469"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="514"/>
        <location filename="../../app/ui/admin/item_editor.py" line="531"/>
        <source>Not saved: correct the problems listed on the right.</source>
        <translation>未保存：请先改正右侧列出的问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/item_editor.py" line="523"/>
        <source>No change: the item is the same as its current version, so no new version was made.</source>
        <translation>没有改动：事项与当前版本相同，未生成新版本。</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="35"/>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="57"/>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="57"/>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="57"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="57"/>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="58"/>
        <source>Tolerant</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="58"/>
        <source>Supply period</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="58"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="63"/>
        <source>Working days the centre promises for the result; “on the spot” items are decided at the window</source>
        <translation>中心承诺办结的工作日数；“即办”事项当场办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="65"/>
        <source>Whether the item may be accepted with tolerable materials still missing</source>
        <translation>缺少可容缺材料时能否先予受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="67"/>
        <source>Working days the applicant has to bring the missing materials</source>
        <translation>申请人补齐所缺材料的工作日数</translation>
    </message>
</context>
<context>
    <name>MaterialsEditModel</name>
    <message>
        <location filename="../../app/ui/admin/materials_edit_model.py" line="54"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/materials_edit_model.py" line="54"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/materials_edit_model.py" line="54"/>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/materials_edit_model.py" line="54"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/materials_edit_model.py" line="54"/>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/materials_edit_model.py" line="55"/>
        <source>Tolerable</source>
        <translation>可容缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/materials_edit_model.py" line="55"/>
        <source>Source</source>
        <translation>材料来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/materials_edit_model.py" line="55"/>
        <source>Requirement</source>
        <translation>材料要求</translation>
    </message>
</context>
<context>
    <name>OfficersModel</name>
    <message>
        <location filename="../../app/ui/admin/officers_model.py" line="34"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_model.py" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_model.py" line="34"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_model.py" line="34"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_model.py" line="35"/>
        <source>Sign-in lock</source>
        <translation>登录锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_model.py" line="51"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_model.py" line="61"/>
        <source>Too many wrong passwords; resetting the password unlocks the account.</source>
        <translation>密码输错次数过多；重置密码即可解锁。</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="184"/>
        <source>Add officer…</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="185"/>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="186"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="187"/>
        <location filename="../../app/ui/admin/officers_page.py" line="262"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="213"/>
        <source>Officers are never deleted: a deactivated officer cannot sign in, and the cases they handled keep their name.</source>
        <translation>工作人员不会被删除：停用后不能再登录，经办过的案件仍保留其姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="262"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="280"/>
        <source>Added %1 (%2) as %3.</source>
        <translation>已添加%1（%2），角色为%3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="293"/>
        <source>%1 is now %2.</source>
        <translation>%1的角色已改为%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="307"/>
        <source>The password of %1 was reset and the account is unlocked.</source>
        <translation>已重置%1的密码，账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="321"/>
        <source>%1 was reactivated and can sign in again.</source>
        <translation>已重新启用%1，可以登录了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="322"/>
        <source>%1 was deactivated and can no longer sign in.</source>
        <translation>已停用%1，不能再登录。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="149"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="153"/>
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="154"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="155"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="156"/>
        <source>Resetting the password also unlocks an account locked after wrong passwords.</source>
        <translation>重置密码的同时会解锁因输错密码而锁定的账号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="163"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../app/ui/admin/problems_model.py" line="34"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/problems_model.py" line="34"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/problems_model.py" line="34"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/problems_model.py" line="34"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="132"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="136"/>
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/officers_page.py" line="137"/>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="85"/>
        <source>e.g. 周一至周五 8:30—12:00、14:30—17:30</source>
        <translation>如：周一至周五 8:30—12:00、14:30—17:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="87"/>
        <source>The centre&apos;s name when left empty</source>
        <translation>留空时使用中心名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="88"/>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="91"/>
        <source>Centre name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="92"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="93"/>
        <source>Window name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="94"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="95"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="96"/>
        <source>Office hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="97"/>
        <source>Seal text</source>
        <translation>印章文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="106"/>
        <source>1–6 digits or capital letters, different for every window of the county, such as 01, 02 or A1</source>
        <translation>1–6 位数字或大写字母，县内每个窗口各不相同，如 01、02、A1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="112"/>
        <source>{short}: the centre&apos;s short name, {year}: the year, {code}: this window&apos;s station code, {serial:04d}: the case&apos;s serial with four digits</source>
        <translation>{short}：中心简称；{year}：年份；{code}：本窗口的站点代码；{serial:04d}：四位案件流水号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="119"/>
        <location filename="../../app/ui/admin/settings_page.py" line="133"/>
        <location filename="../../app/ui/admin/settings_page.py" line="137"/>
        <location filename="../../app/ui/admin/settings_page.py" line="148"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="120"/>
        <source>Print a stub copy with each letter</source>
        <translation>文书同时打印存根联</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="121"/>
        <source>Case numbers and reminders</source>
        <translation>受理编号与提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="124"/>
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="125"/>
        <source>Case number format</source>
        <translation>受理编号格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="127"/>
        <source>Next case number</source>
        <translation>下一个受理编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="128"/>
        <source>Due soon within</source>
        <translation>临期提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="129"/>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="134"/>
        <source>How long after a case closed its rating may still be recorded</source>
        <translation>办结后多少个工作日内仍可登记评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="140"/>
        <source>Verification, rectification and return visit of a poor rating, within this many working days (5 in many counties, 15 in some provinces)</source>
        <translation>差评须在此工作日数内完成核实、整改和回访（多数县为 5 个工作日，部分省为 15 个工作日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="141"/>
        <source>Ratings (好差评)</source>
        <translation>好差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="143"/>
        <source>Rating recorded within</source>
        <translation>评价登记期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="144"/>
        <source>Poor rating followed up within</source>
        <translation>差评整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="150"/>
        <source>At a county hub: a township whose newest package is older than this is marked in the county view and the bulletin</source>
        <translation>县级汇总站：乡镇最近一次报送的数据包早于此时限的，在全县案件视图和通报中标出</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="151"/>
        <source>County hub</source>
        <translation>县级汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="153"/>
        <source>Township stale after</source>
        <translation>乡镇数据包超期提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="155"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="158"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="256"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_page.py" line="260"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="184"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="184"/>
        <location filename="../../app/ui/admin/items_model.py" line="247"/>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="184"/>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="184"/>
        <source>Supply period</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="185"/>
        <location filename="../../app/ui/admin/items_model.py" line="251"/>
        <source>Materials</source>
        <translation>材料数</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="185"/>
        <source>Changed</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="225"/>
        <source>First version</source>
        <translation>首个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="230"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="232"/>
        <source>No visible change</source>
        <translation>无可见改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="234"/>
        <source>Promised limit %1 → %2</source>
        <translation>承诺时限 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="237"/>
        <source>Legal limit %1 → %2</source>
        <translation>法定时限 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="240"/>
        <source>Supply period %1 → %2</source>
        <translation>补正期限 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="243"/>
        <source>Supplement period %1 → %2</source>
        <translation>一般补正期限 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="247"/>
        <source>Kind</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="247"/>
        <source>Department</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="248"/>
        <source>Level</source>
        <translation>行使层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="248"/>
        <source>Tolerant acceptance</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="248"/>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="249"/>
        <source>Phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="249"/>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="249"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="250"/>
        <source>Special procedures</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/items_model.py" line="250"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
</TS>
