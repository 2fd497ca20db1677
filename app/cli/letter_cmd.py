"""``letter`` commands: print a letter for a case to PDF/DOCX, verify one, batch reminders."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Context, non_negative_int
from app.domain.letters import LetterContentError, LetterKind, chinese_date
from app.services import letters
from app.services.exports import check_output_folder

KIND_CHOICES = [k.cli_name for k in LetterKind]


def register(sub: argparse._SubParsersAction, command) -> None:
    p = command(sub, "letter", help="打印文书：一次性告知书、受理通知书等（PDF 或 DOCX）")
    p.add_argument("case", metavar="CASE", help="受理编号或 UUID；或 verify / reminders")
    p.add_argument("rest", nargs="*", metavar="ARG", help=argparse.SUPPRESS)
    p.add_argument("--kind", choices=KIND_CHOICES, help="文书种类")
    p.add_argument("--format", choices=list(letters.FORMATS), dest="fmt",
                   help="pdf 或 docx（默认按 --out 的扩展名，否则 pdf）")
    p.add_argument("--out", type=Path, metavar="FILE", help="输出文件；批量时为输出文件夹")
    p.add_argument("--reprint", action="store_true", help="补打（按原件内容，标明补打）")
    p.add_argument("--reason", metavar="TEXT", help="主管理由：一次性告知后增列材料时必填")
    p.add_argument("--confirm-unconfirmed", action="store_true", help="确认打印期限尚未由日历确认的文书")
    p.add_argument("--within", type=non_negative_int, default=2, metavar="N",
                   help="reminders：补正期限在 N 个工作日内的案件（默认 2）")
    p.add_argument("--again", action="store_true", help="reminders：已就同一补正期限催告过的案件也再出具")
    p.set_defaults(handler=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.case == "verify":
        return verify(ctx, args)
    if args.case == "reminders":
        return reminders(ctx, args)
    if args.rest:
        ctx.fail(f"多余的参数：{' '.join(args.rest)}")
    if not args.kind:
        ctx.fail(f"请用 --kind 指明文书种类：{'、'.join(KIND_CHOICES)}")
    if not args.out:
        ctx.fail("请用 --out FILE 指明输出文件")
    kind = LetterKind.parse(args.kind)
    fmt = _format(ctx, args)
    issued = letters.issue(
        ctx.workspace(), ctx.actor(), args.case, kind, fmt, ctx.day(), out=args.out,
        reprint=args.reprint, supervisor_reason=args.reason, confirm_unconfirmed=args.confirm_unconfirmed,
    )
    c = issued.content
    ctx.emit(
        {"file": str(issued.path), "kind": kind.value, "number": c.number, "case": c.case_number,
         "reprint": c.reprint, "verification": issued.verification, "format": issued.fmt,
         "supply_deadline": c.supply_deadline.isoformat() if c.supply_deadline else None,
         "deadline_confirmed": c.deadline_confirmed},
        f"已生成{'补打' if c.reprint else ''}{kind.label} {c.number} → {issued.path}（验证码 {issued.verification}）"
        + (f"；补正期限 {chinese_date(c.supply_deadline)}" if c.supply_deadline else ""),
    )
    return 0


def _format(ctx: Context, args: argparse.Namespace) -> str:
    """The format asked for, else the one the file name says; a file named for the other is refused."""
    named = args.out.suffix.lower().lstrip(".")
    if named not in letters.FORMATS:
        return args.fmt or "pdf"
    if args.fmt and args.fmt != named:
        ctx.fail(f"输出文件扩展名 .{named} 与 --format {args.fmt} 不一致，生成的文件将无法打开")
    return named


def verify(ctx: Context, args: argparse.Namespace) -> int:
    if len(args.rest) not in (1, 2):
        ctx.fail("用法：letter verify CASE CODE，或 letter verify 'AW1|受理编号|验证码'")
    ref, code = (args.rest[0], args.rest[1]) if len(args.rest) == 2 else (args.rest[0], "")
    if not code and not ref.startswith("AW1|"):
        ctx.fail("请给出验证码：letter verify CASE CODE，或 letter verify 'AW1|受理编号|验证码'")
    result = letters.verify(ctx.workspace(), ref, code, ctx.day())
    record = result.__dict__
    if not result.genuine:
        ctx.emit(record, None)
        ctx.fail(f"案件 {result.case_number} 没有出具过验证码为 {code or ref.split('|')[-1]} 的文书，请核实文书来源")
    ctx.emit(record, f"真实：{result.case_number} 的{LetterKind(result.kind).label} {result.number}，"
                     f"{result.printed_on} 由 {result.officer} 出具")
    return 0


def reminders(ctx: Context, args: argparse.Namespace) -> int:
    if args.rest:
        ctx.fail(f"多余的参数：{' '.join(args.rest)}")
    if not args.out:
        ctx.fail("请用 --out DIR 指明输出文件夹")
    ws, actor, today = ctx.workspace(), ctx.actor(), ctx.day()
    fmt = args.fmt or "pdf"
    due = letters.cases_needing_reminders(ws, args.within, today, again=True)
    targets = due if args.again else letters.cases_needing_reminders(ws, args.within, today)
    check_output_folder(ctx.paths, args.out)
    made, refused = [], []
    for case_uuid in targets:
        try:
            issued = letters.issue(ws, actor, case_uuid, LetterKind.REMINDER, fmt, today,
                                   out=args.out / f"{case_uuid}.{fmt}",
                                   confirm_unconfirmed=args.confirm_unconfirmed)
        except (letters.CaseRefused, LetterContentError) as exc:
            number = letters.cases.get_case(ws, case_uuid, today).state.number
            refused.append({"case": number, "reason": str(exc)})
            continue
        final = args.out / f"{issued.content.number}.{fmt}".replace("/", "_")
        issued.path.replace(final)
        made.append({"case": issued.content.case_number, "file": str(final)})
    reminded = len(due) - len(targets)
    ctx.emit({"printed": made, "refused": refused, "already_reminded": reminded},
             "\n".join([f"已生成 {len(made)} 份补正催告通知书 → {args.out}"]
                       + ([f"另有 {reminded} 件已催告过同一补正期限，未重复出具（需要时加 --again）"] if reminded else [])
                       + [f"未生成 {r['case']}：{r['reason']}" for r in refused]))
    return 0
