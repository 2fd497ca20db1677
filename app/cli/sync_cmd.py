"""``sync`` (packages and receipts) and ``station`` (this station's key, peers' keys)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Context
from app.services import sync_export, sync_import, sync_keys, sync_receipts
from app.sync.encryption import EncryptionProblem, read_recipient
from app.sync.package import EXTENSION


def register(sub: argparse._SubParsersAction, command) -> None:
    syn = command(sub, "sync", help="数据包：导出上报、导入、回执")
    syn_sub = syn.add_subparsers(title="sync 子命令", metavar="ACTION", required=True)
    p = command(syn_sub, "export", help="导出对方尚未确认的数据（签名；可加密给县级中心）")
    p.add_argument("--out", required=True, type=Path, metavar=f"FILE{EXTENSION}")
    p.add_argument("--to", metavar="STATION", help="接收方站点代码或标识（默认：最近出具回执的站点）")
    p.add_argument("--all", action="store_true", help="导出全部数据，不论对方是否已确认")
    p.add_argument("--encrypt-to", type=Path, metavar="KEYFILE", help="县级中心的加密公钥文件（age1…）")
    p.set_defaults(handler=export)
    p = command(syn_sub, "import", help="核验并导入数据包（先核验，后一次性导入）")
    p.add_argument("file", type=Path, metavar=f"FILE{EXTENSION}")
    p.add_argument("--dry-run", action="store_true", help="只核验并报告将导入的内容，不作改动")
    p.add_argument("--trust-new", action="store_true", help="信任尚未登记的来源站点（须先电话核对密钥指纹）")
    p.set_defaults(handler=import_)
    p = command(syn_sub, "pending", help="列出因缺少前序数据而暂存的数据包")
    p.set_defaults(handler=pending)
    p = command(syn_sub, "receipt", help="向数据包的来源站点出具签名回执")
    p.add_argument("--to", required=True, metavar="STATION", help="回执接收站点的代码或标识")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.awreceipt")
    p.set_defaults(handler=receipt)
    p = command(syn_sub, "import-receipt", help="导入对方出具的回执，确认已送达的数据")
    p.add_argument("file", type=Path, metavar="FILE.awreceipt")
    p.set_defaults(handler=import_receipt)
    p = command(syn_sub, "status", help="上报状态：最近回执、尚未确认的案件数")
    p.set_defaults(handler=status)

    key = command(sub, "station", help="站点密钥：导出本站公钥、登记或吊销对方公钥、县级加密密钥")
    key_sub = key.add_subparsers(title="station 子命令", metavar="ACTION", required=True)
    p = command(key_sub, "export-key", help="导出本站签名公钥（附指纹，供对方电话核对）")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pub")
    p.set_defaults(handler=key_export)
    p = command(key_sub, "trust", help="登记信任另一站点的公钥文件")
    p.add_argument("file", type=Path, metavar="FILE.pub")
    p.set_defaults(handler=key_trust)
    p = command(key_sub, "revoke", help="吊销站点的密钥：此后不再接受其数据包")
    p.add_argument("station", metavar="STATION", help="站点代码或标识")
    p.set_defaults(handler=key_revoke)
    p = command(key_sub, "county-key", help="县级中心：生成（一次）解密密钥，并写出供各乡镇加密用的公钥文件")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=key_county)


def export(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor()
    recipients = None
    if args.encrypt_to is not None:
        try:
            recipients = [read_recipient(args.encrypt_to.read_text(encoding="utf-8"))]
        except (OSError, UnicodeDecodeError) as exc:
            ctx.fail(f"无法读取加密公钥文件 {args.encrypt_to}：{exc}")
        except EncryptionProblem as exc:
            ctx.fail(str(exc))
    try:
        result = sync_export.export_package(ctx.workspace(), args.out, to=args.to, everything=args.all,
                                            encrypt_to=recipients)
    except sync_export.NothingToExport as exc:
        ctx.emit({"written": False, "reason": str(exc)}, str(exc))
        return 0
    ctx.emit({"written": True, "file": str(result.path), "events": result.events, "cases": result.cases,
              "ranges": result.ranges, "to": result.receiver, "encrypted": result.encrypted, "bytes": result.size},
             f"已导出数据包 {result.path}：{result.cases} 件案件、{result.events} 条事件"
             + ("，已加密" if result.encrypted else "") + f"，{result.size / 1024:.0f} KB")
    return 0


def _report_text(r: sync_import.ImportReport) -> str:
    head = f"来源：{r.source.get('name', '?')}（{r.source.get('code') or '-'}，密钥指纹 {r.fingerprint}）"
    if r.held_aside is not None:
        return "\n".join([head, "数据包已暂存，待缺少的数据到达后自动导入：", *("  " + g.text() for g in r.gaps)])
    if r.gaps:
        return "\n".join([head, "导入前须先导入缺少的数据：", *("  " + g.text() for g in r.gaps)])
    verb = "将导入" if r.dry_run else "已导入"
    lines = [head, f"{verb}新事件 {r.new_events} 条；本机已有 {r.present} 条",
             f"案件：新增 {r.cases_new} 件，更新 {r.cases_touched - r.cases_new} 件"]
    if r.conflicts:
        lines.append(f"{'将' if r.dry_run else ''}出现冲突的案件 {len(r.conflicts)} 件：" + "、".join(r.conflicts))
    if r.trusted_now and not r.dry_run:
        lines.append("已登记信任该站点的密钥")
    for other in r.also_applied:
        lines.append(f"另已导入此前暂存的数据包 {other.file.name}：新事件 {other.new_events} 条")
    if r.dry_run:
        lines.append("（试运行：未作任何改动）")
    return "\n".join(lines)


def import_(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    report = sync_import.import_package(ctx.workspace(), actor, args.file, dry_run=args.dry_run,
                                        trust_new=args.trust_new)
    ctx.emit(report.to_json(), _report_text(report))
    return 0


def pending(ctx: Context, args: argparse.Namespace) -> int:
    held = sync_import.list_pending(ctx.workspace())
    ctx.emit([{"file": h.file, "stored_as": str(h.path), "source": h.source, "gaps": h.gaps,
               "held_since": h.held_since} for h in held],
             "\n".join(f"{h.held_since}  {h.file}（来自 {h.source.get('name', '?')}）：{'；'.join(h.gaps)}"
                       for h in held) or "没有暂存的数据包")
    return 0


def receipt(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor()
    made = sync_receipts.make_receipt(ctx.workspace(), args.to, args.out)
    ctx.emit({"file": str(made.path), "stations": made.stations, "events": made.events},
             f"已出具回执 {made.path}：确认持有 {made.stations} 个站点的 {made.events} 条事件")
    return 0


def import_receipt(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor()
    r = sync_receipts.import_receipt(ctx.workspace(), args.file)
    lines = [f"回执来自 {r.receiver.get('name', '?')}（{r.created}）：确认 {len(r.confirmed)} 个站点的数据"]
    for station, (before, now) in r.lowered.items():
        lines.append(f"注意：对方持有站点 {station[:8]} 的数据从第 {before} 号降到第 {now} 号（可能从备份恢复），"
                     "下次导出将重新发送")
    lines += [f"不符：{d}" for d in r.disagreements]
    if r.digest_agrees:
        lines.append("双方案件状态摘要一致")
    lines.append(f"尚未经对方确认的本站案件：{r.unconfirmed_cases} 件")
    ctx.emit(r.to_json(), "\n".join(lines))
    return 1 if r.disagreements and ctx.as_json else 0


def status(ctx: Context, args: argparse.Namespace) -> int:
    st = sync_receipts.status(ctx.workspace())
    record = {"receiver": st.receiver, "last_receipt": st.last_receipt.isoformat() if st.last_receipt else None,
              "confirmed": st.confirmed, "unconfirmed_cases": st.unconfirmed_cases}
    if st.receiver is None:
        text = f"尚未收到任何回执；本站案件 {st.unconfirmed_cases} 件均未经确认"
    else:
        text = (f"最近回执：{st.receiver['name']}，{st.last_receipt:%Y-%m-%d %H:%M}；"
                f"尚未经其确认的本站案件 {st.unconfirmed_cases} 件")
    ctx.emit(record, text)
    return 0


def key_export(ctx: Context, args: argparse.Namespace) -> int:
    made = sync_keys.export_key(ctx.workspace(), args.out)
    ctx.emit({"file": str(made.path), "fingerprint": made.fingerprint},
             f"已导出本站公钥 {made.path}\n密钥指纹：{made.fingerprint}（请对方导入前电话核对）")
    return 0


def key_trust(ctx: Context, args: argparse.Namespace) -> int:
    got = sync_keys.trust(ctx.workspace(), ctx.actor(), args.file)
    ctx.emit({"station": got.uuid, "code": got.code, "fingerprint": got.fingerprint},
             f"已登记信任站点 {got.name or got.uuid[:8]}（{got.code or '-'}），密钥指纹 {got.fingerprint}")
    return 0


def key_revoke(ctx: Context, args: argparse.Namespace) -> int:
    got = sync_keys.revoke(ctx.workspace(), ctx.actor(), args.station)
    ctx.emit({"station": got.uuid, "revoked": True},
             f"已吊销站点 {got.name or got.uuid[:8]} 的密钥（指纹 {got.fingerprint}）：此后不再接受其数据包")
    return 0


def key_county(ctx: Context, args: argparse.Namespace) -> int:
    recipient = sync_keys.make_county_key(ctx.workspace(), ctx.actor(), args.out)
    ctx.emit({"file": str(args.out), "recipient": recipient},
             f"县级中心加密公钥已写入 {args.out}：{recipient}\n私钥保存在本机数据目录的 keys 文件夹中，请随备份妥善保管")
    return 0
