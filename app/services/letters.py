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
from typing import Callable

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
from app.domain.letters import (
    ApplicantInfo,
    LetterContent,
    LetterContentError,
    LetterKind,
    MaterialLine,
    content_from_json,
    content_hash,
    content_to_json,
    document_number,
    verification_code,
)
from app.domain.lifecycle import CaseState, Decision, MaterialState, Status
from app.services import cases
from app.services.cases import CaseRefused
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.store.atomic import atomic_write_bytes
from app.store.models import CaseRow, ItemVersion

FORMATS = ("pdf", "docx")
_FORM_LABELS = {"original": "原件", "copy": "复印件", "original_and_copy": "原件和复印件"}

#: The letters that belong to each intake decision, offered in one step after intake.
LETTERS_FOR_DECISION: dict[Decision, list[LetterKind]] = {
    Decision.ACCEPT: [LetterKind.ACCEPTANCE],
    Decision.TOLERANT: [LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT],
    Decision.NOTICE: [LetterKind.ONE_TIME_NOTICE],
    Decision.REFUSE: [LetterKind.REFUSAL],
}


def why_not(state: CaseState, kind: LetterKind) -> str | None:
    """Why this kind of letter does not fit the case now, or None when it does."""
    status = state.status
    missing = bool(state.missing_required)
    if kind is LetterKind.ONE_TIME_NOTICE:
        if status is not Status.AWAITING_SUPPLEMENT or not missing:
            return "一次性告知书只用于材料不齐、等待补正的案件"
    elif kind in (LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT):
        if state.decision is not Decision.TOLERANT:
            return f"{kind.label}只用于容缺受理的案件"
        if not missing and kind is LetterKind.COMMITMENT:
            return "容缺材料已经补齐，无需再签承诺书"
    elif kind is LetterKind.ACCEPTANCE:
        if state.accepted_date is None:
            return "案件尚未受理"
    elif kind is LetterKind.REFUSAL:
        if status is not Status.REFUSED:
            return "不予受理通知书只用于不予受理的案件"
    elif kind is LetterKind.REMINDER:
        if status not in (Status.AWAITING_SUPPLEMENT, Status.TOLERANT) or not missing:
            return "补正催告只用于尚有材料未补齐的案件"
    elif kind is LetterKind.TERMINATION:
        if status is not Status.TERMINATED:
            return "终止办理告知书只用于已终止办理的案件"
    return None


def fitting_kinds(state: CaseState) -> list[LetterKind]:
    return [k for k in LetterKind if why_not(state, k) is None]


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
        raise CaseRefused(f"不支持的格式“{fmt}”，可选：pdf、docx")


def _templates(kind: LetterKind):
    try:
        centre_defaults = load_centre_defaults()
        return centre_defaults, load_template(kind, centre=centre_defaults)
    except TemplateError as exc:
        raise CaseRefused("文书模板有误，请管理员修正 forms 文件夹：" + "；".join(exc.problems)) from None


def _item_details(ws: Workspace, state: CaseState) -> dict:
    with ws.read() as s:
        row = s.scalar(select(ItemVersion).where(ItemVersion.uuid == state.item.get("version_uuid")))
        if row is None:
            row = s.scalar(select(ItemVersion).where(ItemVersion.code == state.item.get("code"),
                                                     ItemVersion.version == state.item.get("version")))
    return json.loads(row.content) if row is not None else {}


def _lines(state: CaseState, details: dict, wanted: Callable[[dict], bool]) -> tuple[MaterialLine, ...]:
    reqs = {m["code"]: m for m in details.get("materials", [])}
    out = []
    for m in state.materials.values():
        if not wanted(m):
            continue
        form = m.get("form") or reqs.get(m["code"], {}).get("form") or "original"
        out.append(MaterialLine(
            code=m["code"], name=m["name"], form_label=_FORM_LABELS.get(form, "原件"),
            copies=int(m.get("copies") or 1), requirement=reqs.get(m["code"], {}).get("requirement", ""),
        ))
    return tuple(out)


def _last_print(state: CaseState, kind: LetterKind) -> dict | None:
    prints = [p for p in state.letters if p.get("kind") == kind.value]
    return prints[-1] if prints else None


def prepare(ws: Workspace, actor: Actor, ref: str, kind: LetterKind, today: dt.date, *,
            reprint: bool = False, supervisor_reason: str | None = None) -> PreparedLetter:
    """Build the letter's content, or refuse with the reason; changes nothing."""
    view = cases.get_case(ws, ref, today)
    state = view.state
    centre_defaults, template = _templates(kind)
    settings = ws.settings()
    stub = StubPlacement.NONE if not settings.stub_copy else None

    if reprint:
        original = _last_print(state, kind)
        if original is None or "content" not in original:
            raise CaseRefused(f"本案还没有打印过{kind.label}，无从补打")
        first = next(p for p in state.letters if p.get("kind") == kind.value)
        content = content_from_json(original["content"])
        content = replace(content, reprint=True, reprint_of=dt.date.fromisoformat(first["date"]))
        return PreparedLetter(content, template, stub, state.uuid)

    reason = why_not(state, kind)
    if reason:
        raise CaseRefused(f"不能打印{kind.label}：{reason}（案件状态：{state.status.label}）")

    missing_codes = [m["code"] for m in state.missing_required]
    new_materials: list[str] = []
    warnings: list[str] = []
    if kind is LetterKind.ONE_TIME_NOTICE and state.notice_materials:
        new_materials = [c for c in missing_codes if c not in state.notice_materials]
        if new_materials:
            names = "、".join(state.materials[c]["name"] for c in new_materials)
            if not (supervisor_reason and supervisor_reason.strip()):
                raise CaseRefused(
                    f"一次性告知书已经打印过；本次增列了首次未告知的材料（{names}），须由主管填写理由后方可打印")
            if not actor.is_supervisor:
                raise CaseRefused(f"增列首次未告知的材料（{names}）须由主管或管理员操作并填写理由")

    details = _item_details(ws, state)
    overrides = {
        "name": settings.centre_name, "window": settings.window_name, "address": settings.address,
        "phone": settings.phone, "seal_text": settings.seal_text or settings.centre_name,
        "short_name": f"{settings.short_name}便民" if settings.short_name and not settings.short_name.endswith("便民")
        else settings.short_name,
    }
    centre = centre_defaults.centre_info(overrides)
    supply = view.countdowns.get("supply")
    completion = view.countdowns.get("completion")
    supply_spec = state.supply or {}
    confirmed = all(c.confirmed for c in (supply, completion) if c is not None)
    with_supply = kind in (LetterKind.ONE_TIME_NOTICE, LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT,
                           LetterKind.REMINDER)
    with_completion = kind in (LetterKind.ACCEPTANCE, LetterKind.TOLERANT_ACCEPTANCE)
    if with_supply and supply is not None and supply.state is State.OVERDUE:
        raise CaseRefused(f"补正期限 {supply.deadline.isoformat()} 已过，不能再出具{kind.label}；应按规定终止办理")
    if with_completion and completion is not None and completion.state is State.PAUSED:
        warnings.append("办结计时暂停中，受理通知上的办结日期按今天恢复计时推算")
    try:
        content = LetterContent(
            kind=kind,
            number=document_number(centre.short_name, template.number_abbreviation, state.year, state.serial),
            case_number=state.number,
            issue_date=today,
            centre=centre,
            applicant=ApplicantInfo(
                name=state.applicant["name"], kind=state.applicant.get("kind", "person"),
                id_number=state.applicant["id_number"], legal_rep=state.applicant.get("legal_rep") or None,
                phone=state.applicant.get("phone") or None),
            item_code=state.item["code"],
            item_name=state.item["name"],
            item_version=str(state.item.get("version", 1)),
            received_date=state.intake_date,
            materials_received=_lines(state, details, lambda m: m["state"] != MaterialState.MISSING.value),
            materials_missing=_lines(state, details,
                                     lambda m: m["state"] == MaterialState.MISSING.value and m.get("required", True)),
            supply_deadline=supply.deadline if (with_supply and supply) else None,
            supply_days=int(supply_spec["limit"]) if (with_supply and supply) else None,
            supply_unit=supply_spec.get("unit", "working") if (with_supply and supply) else "working",
            completion_deadline=completion.deadline if (with_completion and completion) else None,
            promised_days=int(state.item.get("promised_days", 0)) if (with_completion and completion) else None,
            deadline_confirmed=confirmed,
            reason=state.reason if kind in (LetterKind.REFUSAL, LetterKind.TERMINATION) else None,
            supervisor_reason=supervisor_reason.strip() if new_materials and supervisor_reason else None,
            officer_name=actor.display_name,
            legal_basis=details.get("legal_basis") or "相关法律法规",
        )
    except LetterContentError as exc:
        raise CaseRefused(f"不能生成{kind.label}：{exc}") from None
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


def record_print(ws: Workspace, actor: Actor, prepared: PreparedLetter, fmt: str, today: dt.date) -> None:
    """The print event: kind, original or reprint, hash, verification code, the content."""
    c = prepared.content
    payload = {
        "kind": c.kind.value,
        "number": c.number,
        "reprint": c.reprint,
        "format": fmt,
        "content_hash": content_hash(c),
        "verification": verification_code(c),
        "materials": [m.code for m in c.materials_missing] if c.kind is LetterKind.ONE_TIME_NOTICE else [],
        "supervisor_reason": c.supervisor_reason,
        "content": content_to_json(c),
    }

    def recheck(state: CaseState) -> None:
        # The case may have moved on since the letter was prepared (another window).
        if not c.reprint and why_not(state, c.kind):
            raise CaseRefused(f"案件状态已变化，不能打印{c.kind.label}：{why_not(state, c.kind)}")

    cases.record_letter(ws, actor, prepared.case_uuid, payload, today, check=recheck)


def issue(ws: Workspace, actor: Actor, ref: str, kind: LetterKind, fmt: str, today: dt.date, *,
          out: Path | None = None, reprint: bool = False, supervisor_reason: str | None = None,
          confirm_unconfirmed: bool = False) -> IssuedLetter:
    """Prepare, render, write the file, then record the print; nothing is half done."""
    if fmt not in FORMATS:
        raise CaseRefused(f"不支持的格式“{fmt}”，可选：pdf、docx")
    prepared = prepare(ws, actor, ref, kind, today, reprint=reprint, supervisor_reason=supervisor_reason)
    if prepared.needs_calendar_confirmation and not confirm_unconfirmed and not reprint:
        raise CaseRefused(
            "文书上的期限落在尚未导入节假日安排的年度，日期仅按周末推算、尚未确认；"
            "请先导入该年度日历，或确认后再打印（命令行加 --confirm-unconfirmed）")
    data = prepared.render(fmt)
    if out is not None:
        try:
            atomic_write_bytes(out, data)
        except OSError as exc:
            raise CaseRefused(f"无法写入文件 {out}：{exc.strerror or exc}") from None
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
            raise CaseRefused("二维码内容格式不正确")
        ref, code = parts[1], parts[2]
    view = cases.get_case(ws, ref, today)
    code = code.strip().upper()
    for p in view.state.letters:
        if p.get("verification") == code:
            return Verification(True, view.state.number, p["kind"], p.get("number"), p.get("date"), p.get("officer"))
    return Verification(False, view.state.number, None, None, None, None)


def cases_needing_reminders(ws: Workspace, within: int, today: dt.date) -> list[str]:
    """Open cases whose supply deadline falls within ``within`` working days (not yet past)."""
    limit = ws.calendar.add_workdays(today, within) if within > 0 else today
    with ws.read() as s:
        rows = s.execute(
            select(CaseRow.uuid).where(
                CaseRow.supply_open.is_(True), CaseRow.is_open.is_(True),
                CaseRow.supply_deadline >= today, CaseRow.supply_deadline <= limit,
                CaseRow.status.in_([Status.AWAITING_SUPPLEMENT.value, Status.TOLERANT.value]),
            ).order_by(CaseRow.supply_deadline, CaseRow.number)
        )
        return [r[0] for r in rows]
