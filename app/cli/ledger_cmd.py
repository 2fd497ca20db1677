"""``ledger export``: the monthly 台账 as an Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Context, iso_date
from app.services import ledger


def register(sub: argparse._SubParsersAction, command) -> None:
    p = command(sub, "ledger", help="台账：按收件日期导出案件台账（Excel）")
    ls = p.add_subparsers(title="ledger 子命令", metavar="ACTION", required=True)
    e = command(ls, "export", help="导出台账：每件一行，另附汇总表")
    e.add_argument("--from", dest="first", type=iso_date, required=True, metavar="YYYY-MM-DD", help="收件日期自")
    e.add_argument("--to", dest="last", type=iso_date, required=True, metavar="YYYY-MM-DD", help="收件日期至")
    e.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="输出的 Excel 文件")
    e.set_defaults(handler=export)
    r = command(ls, "report", help="月度报告（PDF）：总体、分事项、分承办人、图表、容缺承诺、好差评、超期案件")
    r.add_argument("--from", dest="first", type=iso_date, required=True, metavar="YYYY-MM-DD", help="收件日期自")
    r.add_argument("--to", dest="last", type=iso_date, required=True, metavar="YYYY-MM-DD", help="收件日期至")
    r.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
    r.set_defaults(handler=report)


def export(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    made = ledger.export(ws, args.first, args.last, args.out, ctx.day())
    t = made.summary.total
    rate = f"{t.on_time_rate:.1%}" if t.on_time_rate is not None else "—"
    ctx.emit(
        {"file": str(args.out), "from": args.first.isoformat(), "to": args.last.isoformat(),
         "as_of": made.summary.as_of.isoformat(), "rows": len(made.rows), "received": t.received,
         "accepted": t.accepted, "tolerant": t.tolerant, "completed": t.completed, "on_time": t.on_time,
         "late": t.late, "open_overdue": t.open_overdue, "deemed": t.deemed},
        f"已导出台账 {args.out}：收件 {t.received} 件，已办结 {t.completed} 件，按时办结率 {rate}，"
        f"逾期在办 {t.open_overdue} 件，逾期未告知视为受理 {t.deemed} 件",
    )
    return 0


def report(ctx: Context, args: argparse.Namespace) -> int:
    made = ledger.export_report(ctx.workspace(), args.first, args.last, args.out, ctx.day())
    t = made.summary.total
    ctx.emit({"file": str(args.out), "received": t.received, "completed": t.completed, "on_time": t.on_time},
             f"已生成月度报告 {args.out}：收件 {t.received} 件，已办结 {t.completed} 件")
    return 0

