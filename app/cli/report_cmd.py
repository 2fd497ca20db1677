"""``report bulletin``: the county's weekly or monthly 通报 of every township."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Context, iso_date
from app.documents.bulletin_pdf import package_text
from app.documents.report_pdf import percent
from app.domain.bulletin import RANKING_RULE, Bulletin, Figures
from app.services import bulletin


def register(sub: argparse._SubParsersAction, command) -> None:
    p = command(sub, "report", help="通报：各乡镇收件、受理、按时办结、逾期、容缺承诺与数据包报送情况")
    rs = p.add_subparsers(title="report 子命令", metavar="ACTION", required=True)
    b = command(rs, "bulletin", help="周通报或月通报：各乡镇排名，附上期数字和逾期最久的案件")
    which = b.add_mutually_exclusive_group(required=True)
    which.add_argument("--week", dest="kind", action="store_const", const="week", help="按自然周（周一至周日）")
    which.add_argument("--month", dest="kind", action="store_const", const="month", help="按自然月")
    b.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="通报包含此日期的那一周或那一月（默认：今天）")
    b.add_argument("--out", type=Path, metavar="FILE.pdf|FILE.xlsx", help="另存为 PDF 或 Excel 文件")
    b.set_defaults(handler=report_bulletin)


def _figures(f: Figures) -> dict:
    return {"received": f.received, "accepted": f.accepted, "tolerant": f.tolerant, "on_time": f.on_time,
            "late": f.late, "on_time_rate": f.on_time_rate, "overdue": f.overdue,
            "promises_kept": f.promises_kept, "promises_broken": f.promises_broken, "packages": f.packages,
            "newest_package": f.newest_package.isoformat() if f.newest_package else None}


def record(b: Bulletin) -> dict:
    return {
        "period": {"kind": b.period.kind, "first": b.period.first.isoformat(), "last": b.period.last.isoformat(),
                   "as_of": b.as_of.isoformat()},
        "previous": {"first": b.previous.first.isoformat(), "last": b.previous.last.isoformat(),
                     "as_of": b.previous_as_of.isoformat()},
        "ranking_rule": RANKING_RULE,
        "townships": [
            {"rank": line.rank, "township": line.township.name, "codes": list(line.township.codes),
             "stale": line.stale, **_figures(line.now),
             "overdue_cases": [{"number": c.number, "applicant": c.applicant, "item": c.item,
                                "deadline": c.deadline.isoformat() if c.deadline else None,
                                "late_days": c.late_days} for c in line.now.overdue_cases],
             "previous": {"rank": line.rank_before, **_figures(line.before)}}
            for line in b.lines],
        "total": _figures(b.total),
        "previous_total": _figures(b.total_before),
    }


def text(b: Bulletin) -> str:
    head = ("名次", "乡镇", "收件", "受理", "容缺", "按时", "超期", "按时率", "逾期在办", "承诺履行", "未履行",
            "数据包", "最新数据包", "上期名次")
    lines = [f"{b.period.label()}通报（在办情况截至 {b.as_of.isoformat()}；括号内为上期 {b.previous.label()}）",
             "\t".join(head)]
    for line in b.lines:
        n, p = line.now, line.before
        cells = [str(line.rank), line.township.label + ("（数据包超期未报）" if line.stale else "")]
        for now, before in ((n.received, p.received), (n.accepted, p.accepted), (n.tolerant, p.tolerant),
                            (n.on_time, p.on_time), (n.late, p.late),
                            (percent(n.on_time_rate), percent(p.on_time_rate)), (n.overdue, p.overdue),
                            (n.promises_kept, p.promises_kept), (n.promises_broken, p.promises_broken),
                            (n.packages, p.packages)):
            cells.append(f"{now}（{before}）")
        cells += [package_text(line), str(line.rank_before)]
        lines.append("\t".join(cells))
        for c in n.overdue_cases[:3]:
            lines.append(f"\t  逾期：{c.number} {c.applicant} {c.item} 逾期 {c.late_days} 个工作日")
    if not b.lines:
        lines.append("本站尚未收到任何乡镇的数据")
    lines.append(RANKING_RULE)
    return "\n".join(lines)


def report_bulletin(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    today = ctx.day()
    day = args.date or today
    if args.out is not None:
        made = bulletin.export(ws, args.kind, day, today, args.out)
        t = made.total
        ctx.emit({"file": str(args.out), **record(made)},
                 f"已生成{made.period.label()}通报 {args.out}：{len(made.lines)} 个乡镇，收件 {t.received} 件，"
                 f"按时办结 {t.on_time} 件，超期办结 {t.late} 件，逾期在办 {t.overdue} 件")
        return 0
    made = bulletin.build(ws, args.kind, day, today)
    ctx.emit(record(made), text(made))
    return 0
