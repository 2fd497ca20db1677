<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="77"/>
        <location filename="../../app/ui/sync_dialogs.py" line="133"/>
        <source>Export a report package</source>
        <translation>导出上报包</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="81"/>
        <source>The package holds every case event the receiver has not confirmed by a receipt. It is signed with this station&apos;s key; encrypted to the county&apos;s key, a lost USB stick shows no personal data.</source>
        <translation>上报包包含接收方尚未以回执确认的全部案件事件，以本站密钥签名；加密给县级中心后，U 盘丢失也不会泄露个人信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="90"/>
        <source>&amp;Encrypt to the county&apos;s key</source>
        <translation>加密给县级中心(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="95"/>
        <source>Choose &amp;key…</source>
        <translation>选择公钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="100"/>
        <source>Export &amp;everything, also what the receiver has confirmed</source>
        <translation>导出全部数据，包括接收方已确认的(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="104"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="108"/>
        <source>County key:</source>
        <translation>县级中心公钥：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="117"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="134"/>
        <source>Sync packages (*%1)</source>
        <translation>数据包 (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="139"/>
        <source>The county&apos;s public key</source>
        <translation>县级中心的加密公钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="151"/>
        <source>The county&apos;s key file cannot be read.</source>
        <translation>无法读取县级中心的公钥文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="162"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="178"/>
        <source>Exported %1 cases (%2 events) to %3.</source>
        <translation>已导出 %1 件案件（%2 条事件）到 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="181"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="189"/>
        <source>Nothing new to export: the receiver has confirmed every event.</source>
        <translation>没有需要上报的新数据：接收方已确认全部事件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="191"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="198"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="240"/>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="242"/>
        <source>Checking %1…</source>
        <translation>正在核验 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="248"/>
        <source>I have read the fingerprint to the sending station by phone and it matches: &amp;trust this station</source>
        <translation>我已与发送站点电话核对密钥指纹，两者一致：信任该站点(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="256"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="259"/>
        <source>&amp;Settle conflicts…</source>
        <translation>处理冲突(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="286"/>
        <source>This package cannot be applied yet. Import it to keep it waiting.</source>
        <translation>此数据包暂不能导入。点“暂存”后，待缺少的数据到达时自动导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="287"/>
        <source>&amp;Keep it waiting</source>
        <translation>暂存(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="290"/>
        <source>Everything in this package is here already.</source>
        <translation>此数据包的全部内容本机都已有。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="293"/>
        <source>The package is sound. Nothing has been changed yet.</source>
        <translation>数据包核验无误，尚未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="300"/>
        <source>The package comes from a station this centre does not trust yet.</source>
        <translation>数据包来自本中心尚未信任的站点。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="304"/>
        <source>A supervisor must confirm the fingerprint and import it.</source>
        <translation>须由主管核对密钥指纹后导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="306"/>
        <source>The package was refused; nothing was changed.</source>
        <translation>数据包已被拒绝，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="323"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="333"/>
        <source>Kept waiting in the pending packages.</source>
        <translation>已暂存，待缺少的数据到达后自动导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="334"/>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="335"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SyncImport</name>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="207"/>
        <source>From: %1 (station %2), key fingerprint %3</source>
        <translation>来源：%1（站点代码 %2），密钥指纹 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="210"/>
        <source>The package was encrypted to this centre&apos;s key.</source>
        <translation>数据包已加密给本中心的密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="213"/>
        <source>Earlier events of a station are missing; the package waits until they arrive:</source>
        <translation>缺少某站点此前的事件，数据包将暂存至其到达：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="216"/>
        <source>New events: %1; already here: %2</source>
        <translation>新事件 %1 条；本机已有 %2 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="218"/>
        <source>Cases new: %1; cases updated: %2</source>
        <translation>新增案件 %1 件；更新案件 %2 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="222"/>
        <source>Cases in conflict (a supervisor settles each in the case view): %1</source>
        <translation>出现冲突的案件（由主管在案件详情中逐件处理）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="225"/>
        <source>A package held back earlier was applied too: %1 (%2 new events)</source>
        <translation>此前暂存的数据包也已导入：%1（新事件 %2 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="341"/>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="342"/>
        <source>Sync packages (*%1)</source>
        <translation>数据包 (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="347"/>
        <location filename="../../app/ui/sync_dialogs.py" line="360"/>
        <location filename="../../app/ui/sync_dialogs.py" line="365"/>
        <source>Import a receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="348"/>
        <source>Receipts (*%1)</source>
        <translation>回执 (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="354"/>
        <source>Receipt from %1, made %2: events of %3 stations confirmed.</source>
        <translation>回执来自 %1（出具于 %2）：已确认 %3 个站点的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="356"/>
        <source>Disagrees: %1</source>
        <translation>不符：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="358"/>
        <source>Cases of this station not yet confirmed: %1</source>
        <translation>本站尚未经确认的案件：%1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="373"/>
        <source>Not confirmed by the county: %1 cases (no receipt yet)</source>
        <translation>未经县级确认：%1 件（尚无回执）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialogs.py" line="375"/>
        <source>Not confirmed by %1: %2 cases · last receipt %3</source>
        <translation>未经%1确认：%2 件 · 最近回执 %3</translation>
    </message>
</context>
</TS>
