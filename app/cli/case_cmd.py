"""``case`` commands: log a case, act on it, list and show."""

from __future__ import annotations

import argparse

from app.cli.common import Context, iso_date, non_negative_int, positive_int
from app.domain.availability import Action
from app.domain.deadlines import CountdownStatus, State
from app.domain.deemed import DEEMED_LABEL
from app.domain.rating import follow_up_json, rating_json
from app.domain.case_materials import MaterialState
from app.domain.lifecycle import EVENT_LABELS, Decision, EventType, Status
from app.domain.merge import ConflictKind
from app.services import cases
from app.services.queries import CaseFilter, list_cases

STATE_ZH = {
    State.ON_TRACK: "正常", State.DUE_SOON: "临期", State.DUE_TODAY: "今日到期", State.OVERDUE: "逾期",
    State.PAUSED: "暂停", State.MET: "按期", State.MISSED: "超期", State.STOPPED: "已停止",
}
CLOCK_ZH = {"supply": "补正期限", "completion": "办结时限", "notice": "告知期限", "follow_up": "差评整改期限"}
MATERIAL_ZH = {MaterialState.RECEIVED: "已收", MaterialState.MISSING: "缺少", MaterialState.SUPPLIED: "已补齐"}


def register(sub: argparse._SubParsersAction, command) -> None:
    case = command(sub, "case", help="案件：收件登记、补齐、暂停、延期、办结、终止、查询")
    cs = case.add_subparsers(title="case 子命令", metavar="ACTION", required=True)

    p = command(cs, "new", help="收件登记并按规则决定受理方式")
    p.add_argument("--item", required=True, metavar="CODE", help="事项编码")
    p.add_argument("--name", required=True, metavar="NAME", help="申请人姓名或企业名称")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--id-number", metavar="ID", help="个人申请人的身份证号码")
    who.add_argument("--uscc", metavar="CODE", help="企业申请人的统一社会信用代码")
    p.add_argument("--legal-rep", metavar="NAME", default="", help="法定代表人（企业申请人必填）")
    p.add_argument("--phone", required=True, metavar="PHONE")
    p.add_argument("--received", nargs="*", default=[], metavar="CODE", help="已收材料编码")
    p.add_argument("--missing", nargs="*", default=[], metavar="CODE", help="缺少材料编码（未列出的材料也视为缺少）")
    p.add_argument("--decision", choices=[d.value for d in Decision], help="指定受理方式；规则不允许时拒绝")
    p.add_argument("--commitment-signed", action="store_true", help="申请人已签署容缺受理承诺书")
    p.add_argument("--supply-days", type=positive_int, metavar="N", help="容缺补正期限（工作日，不长于事项规定）")
    p.add_argument("--reason", metavar="TEXT", help="不予受理的理由，或主管核准容缺的理由")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="收件日期（补录以前的案件）")
    p.add_argument("--duplicate-reason", metavar="TEXT",
                   help="同一申请人同一事项已有未办结案件时，确需再次收件的理由（记入案件）")
    p.set_defaults(handler=new)

    p = command(cs, "list", help="列出案件（按紧急程度排序）")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--item", metavar="CODE")
    p.add_argument("--due-within", type=non_negative_int, metavar="N", help="N 个工作日内到期（含今日）")
    p.add_argument("--overdue", action="store_true", help="只列逾期的")
    p.add_argument("--search", default="", metavar="TEXT", help="受理编号、姓名、电话或身份证号末几位")
    p.add_argument("--conflicts", action="store_true", help="只列各站点记录相互冲突、待处理的案件")
    p.add_argument("--limit", type=positive_int, metavar="N")
    p.set_defaults(handler=list_)

    p = command(cs, "reopen", help="重新办理误办结或误终止的案件（主管，须写明理由）")
    p.add_argument("case", metavar="CASE", help="受理编号或 UUID")
    p.add_argument("--reason", required=True, metavar="TEXT", help="重新办理的理由")
    p.set_defaults(handler=reopen)

    p = command(cs, "correct", help="更正申请人信息（记入办理记录，须写明理由）")
    p.add_argument("case", metavar="CASE", help="受理编号或 UUID")
    p.add_argument("--field", required=True, choices=list(cases.CORRECTABLE), help="更正的项目")
    p.add_argument("--value", required=True, metavar="TEXT", help="更正后的内容")
    p.add_argument("--reason", required=True, metavar="TEXT", help="更正理由")
    p.set_defaults(handler=correct)

    p = command(cs, "show", help="显示案件的全部情况")
    p.add_argument("case", metavar="CASE", help="受理编号或 UUID")
    p.set_defaults(handler=show)

    def action(name: str, help_: str, handler, *, date: bool = True):
        q = command(cs, name, help=help_)
        q.add_argument("case", metavar="CASE", help="受理编号或 UUID")
        if date:
            q.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="办理日期（补录）")
        q.set_defaults(handler=handler)
        return q

    q = action("supply", "登记补齐的材料", supply)
    q.add_argument("codes", nargs="+", metavar="CODE")
    q = action("reject-material", "退回不符合要求的材料（重新列为缺少）", reject_material)
    q.add_argument("code", metavar="CODE")
    q.add_argument("--reason", required=True, metavar="TEXT")
    q = action("pause", "暂停办结计时（特别程序）", pause)
    q.add_argument("--reason", required=True, metavar="TEXT")
    action("resume", "恢复办结计时", resume)
    q = action("extend", "延长办结时限（主管）", extend)
    q.add_argument("--days", required=True, type=positive_int, metavar="N")
    q.add_argument("--reason", required=True, metavar="TEXT")
    q = action("complete", "办结", complete)
    q.add_argument("--result", required=True, choices=["approved", "rejected"])
    q = action("terminate", "终止办理", terminate)
    q.add_argument("--reason", required=True, metavar="TEXT")
    q = action("rate", "登记好差评（办结时或办结后规定期限内，一案一评）", rate)
    level = q.add_mutually_exclusive_group(required=True)
    level.add_argument("--level", metavar="LEVEL", help="非常满意、满意、基本满意、不满意、非常不满意")
    level.add_argument("--declined", action="store_true", help="申请人拒绝评价")
    q.add_argument("--comment", default="", metavar="TEXT", help="申请人的意见")
    q.add_argument("--anonymous", action="store_true", help="匿名评价（默认实名）")
    q = action("follow-up", "登记差评整改：核实、整改、回访", follow_up)
    q.add_argument("--step", required=True, choices=["verify", "rectify", "revisit"])
    q.add_argument("--text", required=True, metavar="TEXT", help="核实、整改或回访情况")
    q = action("note", "添加备注", note, date=False)
    q.add_argument("text", metavar="TEXT")
    q = action("settle", "处理冲突：决定两个站点相互冲突的记录中保留哪一个（主管）", settle, date=False)
    q.add_argument("--conflict", default="1", metavar="N",
                   help="冲突序号（case show 所列，默认 1）或冲突编号")
    q.add_argument("--keep", required=True, metavar="SIDE",
                   help="保留哪一方：first（先记录的一方）、second（后记录的一方）或事件编号")
    q.add_argument("--reason", required=True, metavar="TEXT")


def _countdown_text(name: str, c: CountdownStatus | None) -> str:
    if c is None:
        return ""
    mark = "" if c.confirmed else "（日历未确认）"
    if c.state is State.OVERDUE:
        left = f"{-c.days_left} 个工作日"
    elif c.state in (State.ON_TRACK, State.DUE_SOON):
        left = f"剩 {c.days_left} 个工作日"
    elif c.state is State.PAUSED:
        left = f"暂停中，剩 {c.days_left} 个工作日"
    else:
        left = ""
    return f"{CLOCK_ZH[name]} {c.deadline.isoformat()} {STATE_ZH[c.state]}{(' ' + left) if left else ''}{mark}"


def _print_case(ctx: Context, view: cases.CaseView, *, detail: bool) -> None:
    s = view.state
    status = DEEMED_LABEL if s.deemed else s.status.label
    lines = [f"{s.number}  {status}  {s.item.get('name')}（{s.item.get('code')}，第 {s.item.get('version')} 版）",
             f"申请人：{s.applicant.get('name')}  {s.applicant.get('id_number')}  {s.applicant.get('phone')}"]
    if s.deemed:
        lines.append(f"受理日期：{s.deemed.acceptance_date.isoformat()}（一次性告知期限 "
                     f"{s.deemed.notice_deadline.isoformat()} 已过而未告知，依法自收件之日起即为受理）")
    if s.applicant.get("legal_rep"):
        lines.append(f"法定代表人：{s.applicant['legal_rep']}")
    for which, c in view.countdowns.items():
        text = _countdown_text(which, c)
        if text:
            lines.append(text)
    if s.reason:
        lines.append(f"理由：{s.reason}")
    if s.rating:
        rated = rating_json(s)
        lines.append(f"评价：{rated['label']}（{rated['date']}）" + (f"  {rated['comment']}" if rated["comment"] else ""))
    follow = follow_up_json(s)
    if follow:
        steps = "、".join(f"{v['label']} {v['date']}" for v in follow["steps"].values()) or "尚未核实"
        lines.append(f"差评整改：期限 {follow['due']}；{steps}")
    if detail:
        lines.append("材料：")
        for m in s.materials.values():
            kind = "可容缺" if m.tolerable else ("必要" if m.required else "非必要")
            when = f" {m.supplied_on.isoformat()}" if m.supplied_on else ""
            lines.append(f"  {m.code}  {m.name}（{kind}）  {MATERIAL_ZH[m.state]}{when}")
        lines.append("经过：")
        for e in view.events:
            label = EVENT_LABELS.get(EventType(e.type), e.type) if e.type in EventType._value2member_map_ else e.type
            date = e.payload.get("date", "")
            lines.append(f"  {e.recorded_at.astimezone():%Y-%m-%d %H:%M}  {e.officer}  {label}  {date}")
    for i, c in enumerate(s.conflicts, 1):
        lines.append(f"冲突 {i}（{c.kind.label}），待主管处理（case settle --conflict {i} --keep first|second）：")
        for name, side in (("first", c.first), ("second", c.second)):
            label = EVENT_LABELS.get(EventType(side.type), side.type)
            lines.append(f"  {name}  {label} {side.date or ''}  {side.officer}  站点 {side.station_uuid[:8]}  "
                         f"{side.detail}  事件 {side.event_uuid[:8]}")
    for w in view.warnings:
        lines.append(f"注意：{w}")
    print("\n".join(lines))


def _emit_case(ctx: Context, view: cases.CaseView, *, detail: bool = False) -> None:
    if ctx.as_json:
        ctx.emit(view.to_json())
    else:
        _print_case(ctx, view, detail=detail)


def new(ctx: Context, args: argparse.Namespace) -> int:
    kind = "person" if args.id_number else "enterprise"
    req = cases.IntakeRequest(
        item_code=args.item,
        applicant=cases.ApplicantInput(kind=kind, name=args.name, id_number=args.id_number or args.uscc,
                                       phone=args.phone, legal_rep=args.legal_rep),
        received=tuple(args.received), missing=tuple(args.missing),
        decision=Decision(args.decision) if args.decision else None,
        commitment_signed=args.commitment_signed, supply_days=args.supply_days, reason=args.reason, date=args.date,
        duplicate_reason=args.duplicate_reason,
    )
    view = cases.intake(ctx.workspace(), ctx.actor(), req, ctx.day())
    if ctx.as_json:
        ctx.emit(view.to_json())
    else:
        print(view.state.number)
        for w in view.warnings:
            print(f"注意：{w}")
    return 0


def list_(ctx: Context, args: argparse.Namespace) -> int:
    f = CaseFilter(status=args.status, item_code=args.item, overdue=args.overdue, due_within=args.due_within,
                   search=args.search, conflicts=args.conflicts, limit=args.limit)
    rows = list_cases(ctx.workspace(), f, ctx.day())
    if ctx.as_json:
        ctx.emit([r.to_json() for r in rows])
        return 0
    for r in rows:
        clocks = "；".join(t for t in (_countdown_text(k, c) for k, c in r.countdowns.items()) if t)
        mark = "  冲突：" + "、".join(ConflictKind(k).label for k in r.conflicts) if r.conflicts else ""
        status = DEEMED_LABEL if r.deemed else Status(r.status).label
        print(f"{r.number}  {status}  {r.applicant_name}  {r.id_masked}  {r.item_name}  {clocks}{mark}")
    print(f"共 {len(rows)} 件")
    return 0


def show(ctx: Context, args: argparse.Namespace) -> int:
    ws, day = ctx.workspace(), ctx.day()
    view = cases.get_case(ws, args.case, day)
    options = cases.options(ws, ctx.actor() if ctx.officer_name else None, view, day)
    if ctx.as_json:
        ctx.emit(view.to_json() | {"options": options.to_json()})
        return 0
    _print_case(ctx, view, detail=True)
    allowed = [a for a in Action if options.allowed(a) and a is not Action.NOTE]
    print("可办理：" + ("、".join(a.label for a in allowed) or "无"))
    print("可打印：" + ("、".join(k.label for k in options.printable) or "无"))
    for a in Action:
        closed = not (view.state.status and view.state.status.is_open)
        if not options.allowed(a) and (a is not Action.RESUME or view.state.paused) \
                and (a is not Action.REOPEN or closed):
            print(f"  不能{a.label}：{options.why_not(a)}")
    return 0


def _done(ctx: Context, view: cases.CaseView) -> int:
    _emit_case(ctx, view)
    return 0


def supply(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.supply(ctx.workspace(), ctx.actor(), args.case, args.codes, ctx.day(), args.date))


def reject_material(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.reject_material(ctx.workspace(), ctx.actor(), args.case, args.code, args.reason,
                                            ctx.day(), args.date))


def pause(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.pause(ctx.workspace(), ctx.actor(), args.case, args.reason, ctx.day(), args.date))


def resume(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.resume(ctx.workspace(), ctx.actor(), args.case, ctx.day(), args.date))


def extend(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.extend(ctx.workspace(), ctx.actor(), args.case, args.days, args.reason, ctx.day(), args.date))


def complete(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.complete(ctx.workspace(), ctx.actor(), args.case, args.result, ctx.day(), args.date))


def terminate(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.terminate(ctx.workspace(), ctx.actor(), args.case, args.reason, ctx.day(), args.date))


def rate(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.rate(ctx.workspace(), ctx.actor(), args.case, args.level, args.comment, ctx.day(),
                                 declined=args.declined, named=not args.anonymous, day=args.date))


def follow_up(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.follow_up(ctx.workspace(), ctx.actor(), args.case, args.step, args.text, ctx.day(),
                                      args.date))


def reopen(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.reopen(ctx.workspace(), ctx.actor(), args.case, args.reason, ctx.day()))


def correct(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.correct_applicant(ctx.workspace(), ctx.actor(), args.case, args.field, args.value,
                                              args.reason, ctx.day()))


def note(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.add_note(ctx.workspace(), ctx.actor(), args.case, args.text, ctx.day()))


def settle(ctx: Context, args: argparse.Namespace) -> int:
    return _done(ctx, cases.settle(ctx.workspace(), ctx.actor(), args.case, args.conflict, args.keep, args.reason,
                                   ctx.day()))
