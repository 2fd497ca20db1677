"""Letters for a case: which kinds fit, what they say, and the record of every print.

A letter's content is built once from the case (``prepare``), rendered to PDF or DOCX,
and the print is recorded as an event holding the content itself, so a reprint says
exactly what the original said and a letter brought back to the window can be checked
against its verification code. The one-time notice is one-time: a later one that asks
for a material the first did not needs a supervisor's reason, printed on it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from app.documents.docx import render_docx
from app.documents.pdf import render_pdf
from app.documents.templates import (
    LetterTemplate,
    StubPlacement,
    TemplateError,
    load_centre_defaults,
    load_template,
)
from app.domain.deadlines import State
from app.domain.case_letters import (
    LETTERS_FOR_DECISION,
    build_content,
    check_one_time_rule,
    fitting_kinds,
    letter_refusal,
    why_not,
)
from app.domain.letters import (
    CentreInfo,
    LetterContent,
    LetterKind,
    content_from_json,
    content_hash,
    content_to_json,
    verification_code,
)
from app.domain.lifecycle import CaseState, RuleViolation, Status
from app.domain.refusal import reworded
from app.services import cases
from app.services.cases import CaseRefused
from app.services.queries import deemed_condition
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.domain import text
from app.services.exports import check_output_path
from app.store.atomic import atomic_write_bytes
from app.store.models import CaseRow, ItemVersion, Station

FORMATS = ("pdf", "docx")

#: What the front ends offer: the letters of each decision, and those a case may have now.
__all__ = ["FORMATS", "LETTERS_FOR_DECISION", "fitting_kinds", "why_not", "prepare", "issue", "record_print",
           "print_event_payload", "verify", "cases_needing_reminders", "centre_info", "PreparedLetter",
           "IssuedLetter", "Verification"]


@dataclass
class PreparedLetter:
    content: LetterContent
    template: LetterTemplate
    stub: StubPlacement
    case_uuid: str
    #: materials this one-time notice asks for that the first one did not
    new_materials: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def needs_calendar_confirmation(self) -> bool:
        return not self.content.deadline_confirmed

    def render(self, fmt: str) -> bytes:
        if fmt == "pdf":
            return render_pdf(self.content, self.template, stub=self.stub)
        if fmt == "docx":
            return render_docx(self.content, self.template, stub=self.stub)
        raise CaseRefused(f"不支持的格式“{fmt}”，可选：pdf、docx", "letter_format", format=fmt)


def _templates(kind: LetterKind):
    try:
        centre_defaults = load_centre_defaults()
        return centre_defaults, load_template(kind, centre=centre_defaults)
    except TemplateError as exc:
        raise CaseRefused("文书模板有误，请管理员修正 forms 文件夹：" + "；".join(exc.problems), "template_broken",
                          problems=tuple(exc.problems)) from None


def centre_info(centre_defaults, settings) -> CentreInfo:
    """The forms' centre defaults with the program's settings applied over them."""
    short = settings.short_name
    if short and not short.endswith("便民"):
        short = f"{short}便民"  # 白沙镇 → 白沙镇便民, as in 白沙镇便民补字〔2026〕第0001号
    return centre_defaults.centre_info({
        "name": settings.centre_name, "window": settings.window_name, "address": settings.address,
        "phone": settings.phone, "seal_text": settings.seal_text or settings.centre_name, "short_name": short,
        "hours": settings.hours,
    })


def _case_centre(ws: Workspace, state: CaseState, centre: CentreInfo) -> CentreInfo:
    """The centre as printed, with the 文号 short name of the station that numbered the case.

    A letter's number is the case's (its station code and serial), so a county printing a
    township's case keeps the township's 文号, which is unique; name, address and seal stay
    those of the centre that prints.
    """
    station = ws.station
    if not state.station_uuid or (station is not None and state.station_uuid == station.uuid):
        return centre
    with ws.read() as s:
        row = s.get(Station, state.station_uuid)
    if row is None or not row.short_name:
        return centre
    short = row.short_name if row.short_name.endswith("便民") else f"{row.short_name}便民"
    return replace(centre, short_name=short)


def _item_details(ws: Workspace, state: CaseState) -> dict:
    """The service item as the case was accepted under it, found by the version's uuid.

    Version numbers are per station, so (code, version) could name another station's
    version: it is used only for a snapshot that names no uuid (none does since the
    catalogue kept uuids). A uuid not held here is refused rather than guessed.
    """
    version_uuid = state.item.get("version_uuid")
    with ws.read() as s:
        if version_uuid:
            row = s.get(ItemVersion, version_uuid)
            if row is None:
                raise CaseRefused(
                    f"本机没有案件所依据的事项版本（{state.item.get('name')} 第 {state.item.get('version')} 版，"
                    f"编号 {version_uuid[:8]}）；请先导入受理站点的事项清单，再打印文书",
                    "item_version_unknown", item=state.item.get("name"), version=state.item.get("version"),
                    key=version_uuid[:8])
        else:
            row = s.scalar(select(ItemVersion).where(ItemVersion.code == state.item.get("code"),
                                                     ItemVersion.version == state.item.get("version"),
                                                     ItemVersion.station_uuid == state.station_uuid))
    return json.loads(row.content) if row is not None else {}


def _last_print(state: CaseState, kind: LetterKind) -> dict | None:
    prints = [p for p in state.letters if p.get("kind") == kind.value]
    return prints[-1] if prints else None


def prepare(ws: Workspace, actor: Actor, ref: str, kind: LetterKind, today: dt.date, *,
            reprint: bool = False, supervisor_reason: str | None = None) -> PreparedLetter:
    """Build the letter's content, or refuse with the reason; changes nothing."""
    if supervisor_reason:
        supervisor_reason = text.clean(supervisor_reason, "主管理由", "reason", multiline=True)
    view = cases.get_case(ws, ref, today)
    state = view.state
    centre_defaults, template = _templates(kind)
    settings = ws.settings()
    stub = StubPlacement.NONE if not settings.stub_copy else None

    if reprint:
        original = _last_print(state, kind)
        if original is None or "content" not in original:
            raise CaseRefused(f"本案还没有打印过{kind.label}，无从补打", "nothing_to_reprint", kind=kind)
        content = content_from_json(original["content"])
        # The date printed on the original is its issue date; the first print of the kind
        # may be an earlier letter with other content.
        content = replace(content, reprint=True, reprint_of=content.issue_date)
        return PreparedLetter(content, template, stub, state.uuid)

    centre = centre_info(centre_defaults, settings)
    samples = centre.sample_details()
    if samples:
        raise CaseRefused(
            f"文书上的中心信息（{'、'.join(samples)}）仍是示例或空白，申请人会按错误的信息联系；"
            "请管理员在“管理 → 中心设置”中填写后再打印", "centre_details_missing", fields=tuple(samples))
    try:
        new_materials = check_one_time_rule(state, kind, supervisor_reason, actor.is_supervisor)
        content = build_content(
            state, kind, centre=_case_centre(ws, state, centre), number_abbreviation=template.number_abbreviation,
            item_details=_item_details(ws, state), countdowns=view.countdowns, officer_name=actor.display_name,
            issue_date=today, supervisor_reason=supervisor_reason if new_materials else None,
        )
    except RuleViolation as exc:
        raise reworded(exc, CaseRefused) from None
    warnings: list[str] = []
    completion = view.countdowns.get("completion")
    if content.completion_deadline and completion is not None and completion.state is State.PAUSED:
        warnings.append("办结计时暂停中，受理通知上的办结日期按今天恢复计时推算")
    confirmed = content.deadline_confirmed
    if not confirmed:
        warnings.append("文书上的期限落在尚未导入节假日安排的年度，仅按周末推算，打印前须确认")
    return PreparedLetter(content, template, stub, state.uuid, new_materials, warnings)


@dataclass(frozen=True)
class IssuedLetter:
    content: LetterContent
    data: bytes
    fmt: str
    verification: str
    path: Path | None


def print_event_payload(content: LetterContent, fmt: str) -> dict:
    """What the print event keeps: kind, copy or reprint, hash, verification, the content."""
    return {
        "kind": content.kind.value,
        "number": content.number,
        "reprint": content.reprint,
        "format": fmt,
        "content_hash": content_hash(content),
        "verification": verification_code(content),
        "materials": [m.code for m in content.materials_missing] if content.kind is LetterKind.ONE_TIME_NOTICE else [],
        "supervisor_reason": content.supervisor_reason,
        "content": content_to_json(content),
    }


def record_print(ws: Workspace, actor: Actor, prepared: PreparedLetter, fmt: str, today: dt.date) -> None:
    """The print event, recorded when the letter is printed or saved, not on preview."""
    c = prepared.content
    payload = print_event_payload(c, fmt)

    def recheck(state: CaseState) -> None:
        # The case may have moved on since the letter was prepared (another window).
        if not c.reprint and why_not(state, c.kind):
            raise CaseRefused(f"案件状态已变化，不能打印{c.kind.label}：{why_not(state, c.kind)}", "case_moved_on",
                              kind=c.kind, refusal=letter_refusal(state, c.kind))

    cases.record_letter(ws, actor, prepared.case_uuid, payload, today, check=recheck)


def issue(ws: Workspace, actor: Actor, ref: str, kind: LetterKind, fmt: str, today: dt.date, *,
          out: Path | None = None, reprint: bool = False, supervisor_reason: str | None = None,
          confirm_unconfirmed: bool = False) -> IssuedLetter:
    """Prepare, render, write the file, then record the print; nothing is half done."""
    if fmt not in FORMATS:
        raise CaseRefused(f"不支持的格式“{fmt}”，可选：pdf、docx", "letter_format", format=fmt)
    if out is not None:
        out = check_output_path(ws.paths, out)
    prepared = prepare(ws, actor, ref, kind, today, reprint=reprint, supervisor_reason=supervisor_reason)
    if prepared.needs_calendar_confirmation and not confirm_unconfirmed and not reprint:
        raise CaseRefused(
            "文书上的期限落在尚未导入节假日安排的年度，日期仅按周末推算、尚未确认；"
            "请先导入该年度日历，或确认后再打印（命令行加 --confirm-unconfirmed）", "dates_unconfirmed")
    data = prepared.render(fmt)
    if out is not None:
        try:
            atomic_write_bytes(out, data)
        except OSError as exc:
            raise CaseRefused(f"无法写入文件 {out}：{exc.strerror or exc}", "cannot_write", path=str(out),
                              problem=exc.strerror or str(exc)) from None
    try:
        record_print(ws, actor, prepared, fmt, today)
    except Exception:
        if out is not None:
            Path(out).unlink(missing_ok=True)
        raise
    return IssuedLetter(prepared.content, data, fmt, verification_code(prepared.content), Path(out) if out else None)


@dataclass(frozen=True)
class Verification:
    genuine: bool
    case_number: str
    kind: str | None
    number: str | None
    printed_on: str | None
    officer: str | None


def verify(ws: Workspace, ref: str, code: str, today: dt.date) -> Verification:
    """Whether a printed letter with this verification code was issued for this case."""
    if ref.startswith("AW1|"):
        parts = ref.split("|")
        if len(parts) != 3:
            raise CaseRefused("二维码内容格式不正确", "bad_qr")
        ref, code = parts[1], parts[2]
    view = cases.get_case(ws, ref, today)
    code = code.strip().upper()
    for p in view.state.letters:
        if p.get("verification") == code:
            return Verification(True, view.state.number, p["kind"], p.get("number"), p.get("date"), p.get("officer"))
    return Verification(False, view.state.number, None, None, None, None)


def _reminded(state: CaseState, deadline: dt.date | None) -> bool:
    """Whether a reminder naming this supply deadline was already issued (reprints aside)."""
    day = deadline.isoformat() if deadline else None
    return any(p.get("kind") == LetterKind.REMINDER.value and not p.get("reprint")
               and (p.get("content") or {}).get("supply_deadline") == day for p in state.letters)


def cases_needing_reminders(ws: Workspace, within: int, today: dt.date, *, again: bool = False) -> list[str]:
    """Open cases whose supply deadline falls within ``within`` working days (not yet past).

    A case already reminded of the same deadline is left out unless ``again``: a batch run
    daily, or twice by mistake, sends each applicant one reminder per deadline.
    """
    limit = ws.calendar.add_workdays(today, within) if within > 0 else today
    with ws.read() as s:
        rows = s.execute(
            select(CaseRow.uuid, CaseRow.supply_deadline).where(
                CaseRow.supply_open.is_(True), CaseRow.is_open.is_(True),
                CaseRow.supply_deadline >= today, CaseRow.supply_deadline <= limit,
                CaseRow.status.in_([Status.AWAITING_SUPPLEMENT.value, Status.TOLERANT.value]),
                ~deemed_condition(today),  # accepted by law: no 补正 to remind of
            ).order_by(CaseRow.supply_deadline, CaseRow.number)
        ).all()
        if again:
            return [uuid for uuid, _ in rows]
        return [uuid for uuid, deadline in rows if not _reminded(cases.load_state(s, uuid), deadline)]
