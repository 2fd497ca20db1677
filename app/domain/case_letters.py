"""Which letters a case may have, and what each says, decided from the case alone.

Pure: the services look up the centre, the item version and the countdowns, then call
:func:`build_content`; the demo data builds its printed notices the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Mapping

from app.domain.deadlines import CountdownStatus, State, Unit
from app.domain.letters import (
    ApplicantInfo,
    CentreInfo,
    LetterContent,
    LetterContentError,
    LetterKind,
    MaterialLine,
    document_number,
)
from app.domain.case_materials import CaseMaterial
from app.domain.lifecycle import CaseState, Decision, RuleViolation, Status

FORM_LABELS = {"original": "原件", "copy": "复印件", "original_and_copy": "原件和复印件"}

#: The letters that belong to each intake decision, offered in one step after intake.
LETTERS_FOR_DECISION: dict[Decision, list[LetterKind]] = {
    Decision.ACCEPT: [LetterKind.ACCEPTANCE],
    Decision.TOLERANT: [LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT],
    Decision.NOTICE: [LetterKind.ONE_TIME_NOTICE],
    Decision.REFUSE: [LetterKind.REFUSAL],
}

_WITH_SUPPLY = (LetterKind.ONE_TIME_NOTICE, LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT,
                LetterKind.REMINDER)
_WITH_COMPLETION = (LetterKind.ACCEPTANCE, LetterKind.TOLERANT_ACCEPTANCE, LetterKind.EXTENSION_NOTICE)


def why_not(state: CaseState, kind: LetterKind) -> str | None:
    """Why this kind of letter does not fit the case now, or None when it does."""
    refusal = letter_refusal(state, kind)
    return None if refusal is None else str(refusal)


def letter_refusal(state: CaseState, kind: LetterKind) -> RuleViolation | None:
    """:func:`why_not` as a refusal with its code, for a window in another language."""
    status = state.status
    missing = bool(state.missing_required)
    if state.deemed is not None and kind in (LetterKind.ONE_TIME_NOTICE, LetterKind.REMINDER):
        return RuleViolation(state.deemed.reason(), "letter_deemed", notice_deadline=state.deemed.notice_deadline,
                             since=state.deemed.acceptance_date)
    if kind is LetterKind.ONE_TIME_NOTICE:
        if status is not Status.AWAITING_SUPPLEMENT or not missing:
            return RuleViolation("一次性告知书只用于材料不齐、等待补正的案件", "letter_notice_only", kind=kind)
    elif kind in (LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT):
        if state.decision is not Decision.TOLERANT:
            return RuleViolation(f"{kind.label}只用于容缺受理的案件", "letter_tolerant_only", kind=kind)
        if status is not None and not status.is_open:
            return _closed(status, kind)
        if status is not Status.TOLERANT or not missing:
            return RuleViolation(f"容缺材料已经补齐，无需再出具{kind.label}", "letter_all_supplied", kind=kind)
    elif kind is LetterKind.ACCEPTANCE:
        if state.accepted_date is None and state.deemed is None:  # deemed accepted by law (§32(4))
            return RuleViolation("案件尚未受理", "letter_not_accepted", kind=kind)
        if status is not None and not status.is_open:
            return _closed(status, kind)
        if status is Status.TOLERANT and missing:
            return RuleViolation("容缺材料尚未补齐，应出具容缺受理通知书", "letter_tolerant_instead", kind=kind)
    elif kind is LetterKind.REFUSAL:
        if status is not Status.REFUSED:
            return RuleViolation("不予受理通知书只用于不予受理的案件", "letter_refused_only", kind=kind)
    elif kind is LetterKind.REMINDER:
        if status not in (Status.AWAITING_SUPPLEMENT, Status.TOLERANT) or not missing:
            return RuleViolation("补正催告只用于尚有材料未补齐的案件", "letter_missing_only", kind=kind)
    elif kind is LetterKind.TERMINATION:
        if status is not Status.TERMINATED:
            return RuleViolation("终止办理告知书只用于已终止办理的案件", "letter_terminated_only", kind=kind)
    elif kind is LetterKind.EXTENSION_NOTICE:
        if state.completion is None or not state.completion.extensions:
            return RuleViolation("延期告知书只用于经批准延长办理期限的案件", "letter_extended_only", kind=kind)
        if status is not None and not status.is_open:
            return _closed(status, kind)
    return None


def _closed(status: Status, kind: LetterKind) -> RuleViolation:
    # A closed case's acceptance or commitment would promise dates that no longer run.
    return RuleViolation(f"案件{status.label}，不能再出具{kind.label}；需要原件的可补打", "letter_case_closed",
                         status=status, kind=kind)


def fitting_kinds(state: CaseState) -> list[LetterKind]:
    return [k for k in LetterKind if why_not(state, k) is None]


def new_notice_materials(state: CaseState) -> list[str]:
    """Missing materials a one-time notice would ask for that the first one did not."""
    if not state.notice_materials:
        return []
    return [m.code for m in state.missing_required if m.code not in state.notice_materials]


def check_one_time_rule(state: CaseState, kind: LetterKind, supervisor_reason: str | None,
                        actor_is_supervisor: bool) -> list[str]:
    """One-time means one time: adding a material to a second notice needs a supervisor's reason."""
    if kind is not LetterKind.ONE_TIME_NOTICE:
        return []
    new = new_notice_materials(state)
    if new:
        names = "、".join(state.materials[c].name for c in new)
        if not (supervisor_reason and supervisor_reason.strip()):
            raise RuleViolation(
                f"一次性告知书已经打印过；本次增列了首次未告知的材料（{names}），须由主管填写理由后方可打印",
                "notice_added_reason", names=tuple(state.materials[c].name for c in new))
        if not actor_is_supervisor:
            raise RuleViolation(f"增列首次未告知的材料（{names}）须由主管或管理员操作并填写理由",
                                "notice_added_supervisor", names=tuple(state.materials[c].name for c in new))
    return new


def material_lines(state: CaseState, item_details: Mapping[str, Any],
                   wanted: Callable[[CaseMaterial], bool]) -> tuple[MaterialLine, ...]:
    reqs = {m["code"]: m for m in item_details.get("materials", [])}
    out = []
    for m in state.materials.values():
        if not wanted(m):
            continue
        form = m.form or reqs.get(m.code, {}).get("form") or "original"
        out.append(MaterialLine(
            code=m.code, name=m.name, form_label=FORM_LABELS.get(form, "原件"),
            copies=m.copies, requirement=reqs.get(m.code, {}).get("requirement", ""),
        ))
    return tuple(out)


def build_content(
    state: CaseState,
    kind: LetterKind,
    *,
    centre: CentreInfo,
    number_abbreviation: str,
    item_details: Mapping[str, Any],
    countdowns: Mapping[str, CountdownStatus | None],
    officer_name: str,
    issue_date: dt.date,
    supervisor_reason: str | None = None,
) -> LetterContent:
    """The letter's content; raises RuleViolation when it does not fit or cannot be issued."""
    refusal = letter_refusal(state, kind)
    if refusal is not None:
        raise RuleViolation(
            f"不能打印{kind.label}：{refusal}（案件状态：{state.status.label if state.status else '未登记'}）",
            "letter_not_printable", kind=kind, refusal=refusal, status=state.status)
    supply = countdowns.get("supply")
    completion = countdowns.get("completion")
    with_supply = kind in _WITH_SUPPLY and supply is not None
    with_completion = kind in _WITH_COMPLETION and completion is not None
    if with_supply and supply.state is State.OVERDUE:
        raise RuleViolation(f"补正期限 {supply.deadline.isoformat()} 已过，不能再出具{kind.label}；应按规定终止办理",
                            "letter_supply_overdue", kind=kind, deadline=supply.deadline)
    extension = state.completion.extensions[-1] if kind is LetterKind.EXTENSION_NOTICE else None
    # Only the dates the letter states need the calendar's confirmation.
    confirmed = all(c.confirmed for c, shown in ((supply, with_supply), (completion, with_completion)) if shown)
    applicant = state.applicant
    try:
        return LetterContent(
            kind=kind,
            number=document_number(centre.short_name, number_abbreviation, state.year, state.serial,
                                   state.station_code),
            case_number=state.number,
            issue_date=issue_date,
            centre=centre,
            applicant=ApplicantInfo(
                name=applicant["name"], kind=applicant.get("kind", "person"), id_number=applicant["id_number"],
                legal_rep=applicant.get("legal_rep") or None, phone=applicant.get("phone") or None),
            item_code=state.item["code"],
            item_name=state.item["name"],
            item_version=str(state.item.get("version", 1)),
            received_date=state.intake_date,
            materials_received=material_lines(state, item_details, lambda m: not m.missing),
            materials_missing=material_lines(state, item_details, lambda m: m.missing_required),
            supply_deadline=supply.deadline if with_supply else None,
            supply_days=state.supply.limit if with_supply else None,
            supply_unit=state.supply.unit if with_supply else Unit.WORKING,
            completion_deadline=completion.deadline if with_completion else None,
            promised_days=int(state.item.get("promised_days", 0)) if with_completion else None,
            deadline_confirmed=confirmed,
            reason=extension.reason if extension else (
                state.reason if kind in (LetterKind.REFUSAL, LetterKind.TERMINATION) else None),
            deemed_acceptance_date=(state.deemed.acceptance_date
                                    if state.deemed is not None and kind is LetterKind.ACCEPTANCE else None),
            extension_days=extension.days if extension else None,
            approver=(extension.approved_by or None) if extension else None,
            supervisor_reason=(supervisor_reason.strip() or None) if supervisor_reason else None,
            officer_name=officer_name,
            legal_basis=item_details.get("legal_basis") or "相关法律法规",
        )
    except LetterContentError as exc:
        raise RuleViolation(f"不能生成{kind.label}：{exc}", "letter_content", kind=kind, problem=str(exc)) from None
