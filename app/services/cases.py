"""Case use cases: intake and every action after it, one transaction each.

Each action loads the case's events, folds them into its state, asks the lifecycle
rules whether the action is allowed, appends the new events to this station's chain and
writes the projection row, all in one ``BEGIN IMMEDIATE`` transaction: either all of it
is on disk or none of it.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass, field, fields, replace
from typing import Any, Callable, Iterable, Mapping

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from app.domain import identifiers, text
from app.domain.availability import CaseOptions, case_options
from app.domain.deadlines import CountdownStatus
from app.domain.deemed import DEEMED_LABEL, judged
from app.domain import rating as rating_rules
from app.domain.lifecycle import (
    EVENT_LABELS,
    CaseState,
    Decision,
    EventType,
    IntakeFacts,
    RuleViolation,
    Status,
    check_complete,
    check_extend,
    check_materials,
    check_pause,
    check_reject,
    check_resume,
    check_supply,
    check_not_backdated,
    check_terminate,
    decide,
    decision_options,
    check_reopen,
)
from app.domain.merge import check_settle, fold_case, settlement_payload
from app.domain.refusal import Worded, reworded
from app.services import catalogue as catalogue_service
from app.services.append import LocalAppender, refold
from app.services.officers import Actor
from app.services.settings import CentreSettings, load_settings
from app.services.workspace import StationInfo, Workspace
from app.store import server
from app.store.database import retried
from app.store.event_format import EventRecord
from app.store.events import case_events, records
from app.store.models import CaseCounter, CaseRow


class CaseRefused(Worded):
    """An action refused, with the reason for the officer."""


@dataclass(frozen=True)
class ApplicantInput:
    kind: str  # "person" | "enterprise"
    name: str
    id_number: str = ""  # resident ID for a person, unified social credit code for an enterprise
    phone: str = ""
    legal_rep: str = ""


@dataclass(frozen=True)
class IntakeRequest:
    item_code: str
    applicant: ApplicantInput
    received: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    decision: Decision | None = None
    commitment_signed: bool = False
    supply_days: int | None = None
    reason: str | None = None
    date: dt.date | None = None
    #: why this applicant's item is logged again while an earlier case of it is still open
    duplicate_reason: str | None = None


@dataclass
class EventView:
    seq: int
    station_uuid: str
    hlc: str
    recorded_at: dt.datetime
    officer: str
    type: str
    label: str
    payload: dict[str, Any]
    uuid: str = ""
    officer_uuid: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "type": self.type,
            "label": self.label,
            "officer": self.officer,
            "officer_uuid": self.officer_uuid,
            "recorded_at": self.recorded_at.astimezone().isoformat(timespec="seconds"),
            "payload": self.payload,
        }


@dataclass
class CaseView:
    state: CaseState
    countdowns: dict[str, CountdownStatus | None]
    events: list[EventView] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self, *, full_id: bool = True) -> dict[str, Any]:
        s = self.state
        id_number = s.applicant.get("id_number", "")
        return {
            "number": s.number,
            "uuid": s.uuid,
            "status": s.status.value if s.status else None,
            "status_label": DEEMED_LABEL if s.deemed else (s.status.label if s.status else None),
            "deemed_acceptance": s.deemed.to_json() if s.deemed else None,
            "decision": s.decision.value if s.decision else None,
            "item_code": s.item.get("code"),
            "item_name": s.item.get("name"),
            "item_version": s.item.get("version"),
            "applicant_name": s.applicant.get("name"),
            "applicant_kind": s.applicant.get("kind"),
            "id_number": id_number if full_id else identifiers.mask_id(id_number),
            "phone": s.applicant.get("phone"),
            "legal_rep": s.applicant.get("legal_rep") or None,
            "intake_date": s.intake_date.isoformat() if s.intake_date else None,
            "accepted_date": s.accepted_date.isoformat() if s.accepted_date else None,
            "closed_date": s.closed_date.isoformat() if s.closed_date else None,
            "result": s.result,
            "reason": s.reason,
            "flagged": s.flagged,
            "promise_broken": s.promise_broken,
            "materials": [m.to_json() for m in s.materials.values()],
            "countdowns": {k: (v.to_json() if v else None) for k, v in self.countdowns.items()},
            "letters": [
                {k: l.get(k) for k in ("kind", "number", "reprint", "date", "officer", "verification")}
                for l in s.letters
            ],
            "rating": rating_rules.rating_json(s),
            "follow_up": rating_rules.follow_up_json(s),
            "events": [e.to_json() for e in self.events],
            "conflicts": [c.to_json() for c in s.conflicts],
            "warnings": self.warnings,
        }


# -- applicants -------------------------------------------------------------------------


def check_applicant(a: ApplicantInput, today: dt.date) -> tuple[dict[str, Any], list[str]]:
    """Validated, normalised applicant fields and warnings; refuses bad input with the reason."""
    warnings: list[str] = []
    name = text.clean(a.name, "申请人姓名或名称", "name")
    legal_rep = text.clean(a.legal_rep, "法定代表人", "person_name")
    if not name:
        raise CaseRefused("请填写申请人姓名或名称", "applicant_name_empty")
    if a.kind not in ("person", "enterprise"):
        raise CaseRefused("申请人类型应为个人或企业", "applicant_kind")
    if a.kind == "person":
        check = identifiers.check_resident_id(a.id_number, today=today)
        label = "身份证号码"
    else:
        check = identifiers.check_uscc(a.id_number)
        label = "统一社会信用代码"
        if not legal_rep:
            raise CaseRefused("企业申请须填写法定代表人", "legal_rep_empty")
    if not check.ok:
        raise CaseRefused(f"{label}有误：{check.error}", "identifier_refused", check=check)
    if check.warning:
        warnings.append(f"{label}：{check.warning}")
    phone = identifiers.check_phone(a.phone)
    if not phone.ok:
        raise CaseRefused(f"联系电话有误：{phone.error}", "phone_refused", check=phone)
    return {
        "kind": a.kind,
        "name": name,
        "id_number": check.value,
        "phone": phone.value,
        "legal_rep": legal_rep,
    }, warnings


def applicant_broke_promise(session: Session, id_number: str) -> bool:
    """Whether this ID or credit code has a 容缺 promise on record as broken."""
    return bool(session.scalar(select(exists().where(
        CaseRow.id_number == id_number, or_(CaseRow.promise_broken.is_(True), CaseRow.supply_missed.is_(True))
    ))))


@dataclass(frozen=True)
class OpenCase:
    """An earlier case still open for the same applicant and item: a likely duplicate."""

    uuid: str
    number: str
    intake_date: dt.date
    status: Status

    @property
    def text(self) -> str:
        return f"{self.number}（{self.intake_date.isoformat()} 收件，{self.status.label}）"


def open_cases_of(session: Session, id_number: str, item_code: str) -> list[OpenCase]:
    rows = session.execute(select(CaseRow.uuid, CaseRow.number, CaseRow.intake_date, CaseRow.status).where(
        CaseRow.id_number == id_number, CaseRow.item_code == item_code, CaseRow.is_open.is_(True),
    ).order_by(CaseRow.intake_date, CaseRow.number))
    return [OpenCase(u, n, d, Status(st)) for u, n, d, st in rows]


def duplicate_message(duplicates: list[OpenCase]) -> str:
    return ("该申请人已有未办结的同一事项案件：" + "；".join(d.text for d in duplicates)
            + "。请先查看原案件；确需再次收件的，须写明理由")


def known_applicant(ws: Workspace, kind: str, id_number: str, today: dt.date) -> ApplicantInput | None:
    """A returning applicant's details as on their latest case, found by ID number or credit code."""
    check = identifiers.check_resident_id(id_number, today=today) if kind == "person" else identifiers.check_uscc(
        id_number)
    if not check.ok:
        return None
    with ws.read() as s:
        latest = s.scalar(select(CaseRow.uuid).where(CaseRow.id_number == check.value, CaseRow.applicant_kind == kind)
                          .order_by(CaseRow.intake_date.desc(), CaseRow.number.desc()).limit(1))
        if latest is None:
            return None
        a = load_state(s, latest).applicant
    return ApplicantInput(kind=kind, name=a.get("name", ""), id_number=check.value, phone=a.get("phone", ""),
                          legal_rep=a.get("legal_rep", "") or "")


# -- intake -------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntakePreview:
    """What the window shows before the officer commits: the options the rules allow."""

    facts: IntakeFacts
    options: list
    default: Decision | None
    supply_deadline: dt.date | None
    supply_confirmed: bool
    warnings: list[str]
    duplicates: list[OpenCase] = field(default_factory=list)


def _facts(session: Session, actor: Actor, req: IntakeRequest, applicant: Mapping[str, Any]):
    stored = catalogue_service.current_item(session, req.item_code)
    rules = stored.rules()
    try:
        received, missing = check_materials(rules, req.received, req.missing)
    except RuleViolation as exc:
        raise reworded(exc, CaseRefused) from None
    facts = IntakeFacts(
        item=rules,
        received=received,
        missing=missing,
        commitment_signed=req.commitment_signed,
        applicant_broke_promise=applicant_broke_promise(session, applicant["id_number"]),
        supervisor_reason=(req.reason or None) if req.decision in (None, Decision.TOLERANT) else None,
        actor_is_supervisor=actor.is_supervisor,
    )
    return stored, facts


def preview_intake(ws: Workspace, actor: Actor, req: IntakeRequest, today: dt.date) -> IntakePreview:
    applicant, warnings = check_applicant(req.applicant, today)
    with ws.read() as s:
        _stored, facts = _facts(s, actor, req, applicant)
        duplicates = open_cases_of(s, applicant["id_number"], facts.item.code)
    options = decision_options(facts, req.supply_days)
    try:
        default = decide(facts, None, req.supply_days, req.reason)
    except RuleViolation:
        default = None
    day = req.date or today
    days = req.supply_days or facts.item.default_supply_days
    supply_deadline = ws.calendar.add_workdays(day, days) if days else None
    if facts.applicant_broke_promise:
        warnings.append("该申请人有未履行容缺承诺的记录")
    if duplicates:
        warnings.append(duplicate_message(duplicates))
    return IntakePreview(facts, options, default, supply_deadline,
                         ws.calendar.is_confirmed(day, supply_deadline or day), warnings, duplicates)


def format_case_number(settings: CentreSettings, station: StationInfo, year: int, serial: int) -> str:
    """A case number as people see it; the short name is the centre's current setting."""
    return settings.number_format.format(short=settings.short_name or station.short_name, year=year, serial=serial,
                                         code=settings.station_code)


def next_serial(ws: Workspace, year: int) -> int:
    """The serial the next case of ``year`` at this station will be given."""
    station = ws.require_station()
    with ws.read() as s:
        counter = s.get(CaseCounter, (station.uuid, year))
        return (counter.last_serial if counter is not None else 0) + 1


def lock_case(session: Session, case_uuid: str) -> None:
    """On a server, hold the case's projection row until commit (see append.lock_cases)."""
    if server.on_server(session):
        session.execute(select(CaseRow.uuid).where(CaseRow.uuid == case_uuid).with_for_update()).all()


def allocate_number(session: Session, station: StationInfo, year: int, settings: CentreSettings,
                    counters: dict[int, CaseCounter] | None = None) -> tuple[str, int]:
    """The next case number of this station and year: gapless, never reused (the counter
    row is written in the caller's transaction, so a refused intake takes no number).

    ``counters`` keeps the rows of a long transaction (the demo's thousands of cases) at
    hand: the session forgets an unchanged row it no longer references.
    """
    counter = counters.get(year) if counters is not None else None
    if counter is None:
        # On a server two officers' intakes queue here: the counter of a year not yet
        # numbered has no row for FOR UPDATE to lock.
        server.lock(session, f"counter:{station.uuid}:{year}")
        counter = session.get(CaseCounter, (station.uuid, year), populate_existing=True)
    if counter is None:
        counter = CaseCounter(station_uuid=station.uuid, year=year, last_serial=0)
        session.add(counter)
    if counters is not None:
        counters[year] = counter
    counter.last_serial += 1
    return format_case_number(settings, station, year, counter.last_serial), counter.last_serial


@retried
def intake(ws: Workspace, actor: Actor, req: IntakeRequest, today: dt.date) -> CaseView:
    station = ws.require_station()
    ws.check_dated_write(today)
    day = req.date or today
    if day > today:
        raise CaseRefused(f"收件日期 {day.isoformat()} 晚于今天 {today.isoformat()}", "intake_after_today", day=day,
                          today=today)
    _within_calendar(ws, day)
    applicant, warnings = check_applicant(req.applicant, today)
    if req.reason:
        req = replace(req, reason=text.clean(req.reason, "理由", "reason", multiline=True))
    if req.supply_days is not None and req.supply_days < 1:
        raise CaseRefused("补正期限至少 1 个工作日", "supply_days_too_few")
    with ws.write() as s:
        stored, facts = _facts(s, actor, req, applicant)
        try:
            decision = decide(facts, req.decision, req.supply_days, req.reason)
        except RuleViolation as exc:
            raise reworded(exc, CaseRefused) from None
        duplicates = open_cases_of(s, applicant["id_number"], facts.item.code)
        override = text.clean(req.duplicate_reason, "重复收件理由", "reason", multiline=True)
        if duplicates and not override:
            raise CaseRefused(duplicate_message(duplicates) + "（命令行用 --duplicate-reason）", "duplicate_open",
                              cases=tuple(d.number for d in duplicates))
        if facts.applicant_broke_promise:
            warnings.append("该申请人有未履行容缺承诺的记录" + ("，已由主管核准容缺受理" if decision is Decision.TOLERANT else ""))
        settings = load_settings(s)
        number, serial = allocate_number(s, station, day.year, settings)
        rules = facts.item
        case_uuid = str(uuidlib.uuid4())
        materials = [
            {"code": m["code"], "name": m["name"], "required": bool(m.get("required", True)),
             "tolerable": bool(m.get("tolerable")), "form": m.get("form"), "copies": m.get("copies", 1),
             "received": m["code"] in facts.received}
            for m in rules.materials
        ]
        item_snapshot = {k: v for k, v in rules.to_dict().items() if k != "materials"}
        events: list[tuple[str, dict[str, Any]]] = [(EventType.INTAKE_LOGGED, {
            "number": number, "year": day.year, "serial": serial, "station_uuid": station.uuid,
            "station_code": settings.station_code, "date": day.isoformat(), "item": item_snapshot,
            "applicant": applicant, "materials": materials, "flagged": facts.applicant_broke_promise,
        })]
        if duplicates:
            # The officer's explicit decision to log it again stays on the case's first event.
            events[0][1]["duplicate_of"] = [d.number for d in duplicates]
            events[0][1]["duplicate_reason"] = override
        if decision is Decision.ACCEPT:
            events.append((EventType.ACCEPTED, {"date": day.isoformat(), "promised_days": rules.promised_days}))
        elif decision is Decision.TOLERANT:
            payload = {"date": day.isoformat(), "promised_days": rules.promised_days,
                       "supply_days": req.supply_days or rules.default_supply_days,
                       "missing": sorted(m["code"] for m in facts.missing_required), "commitment_signed": True}
            if facts.applicant_broke_promise:
                payload["supervisor_reason"] = (req.reason or "").strip()
            events.append((EventType.TOLERANT_ACCEPTED, payload))
        elif decision is Decision.NOTICE:
            events.append((EventType.SUPPLEMENT_REQUESTED, {
                "date": day.isoformat(), "supply_days": rules.supplement_days,
                "supply_unit": rules.supplement_unit.value,
                "missing": sorted(m["code"] for m in facts.missing_required)}))
        else:
            events.append((EventType.REFUSED, {"date": day.isoformat(), "reason": (req.reason or "").strip()}))
        state = CaseState(uuid=case_uuid)
        _append(ws, s, station, actor, state, events, new=True)
    view = _view(ws, state, today)
    view.warnings.extend(warnings)
    return view


# -- actions after intake ------------------------------------------------------------------


def _append(ws: Workspace, s: Session, station: StationInfo, actor: Actor, state: CaseState,
            events: Iterable[tuple[str, dict[str, Any]]], *, new: bool = False) -> None:
    appender = LocalAppender(ws, s, station, actor)
    settles = False
    for etype, payload in events:
        appender.add(state, etype, payload)
        settles = settles or etype == EventType.CONFLICT_SETTLED
    if not settles:
        appender.done_with(state)
        appender.finish()
        return
    # A settlement changes which earlier events hold: fold the case again from all of them.
    appender.finish()
    refold(ws, s, [state.uuid])
    settled = load_state(s, state.uuid)
    for f in fields(settled):
        setattr(state, f.name, getattr(settled, f.name))


def find_case_uuid(session: Session, ref: str) -> str:
    ref = ref.strip()
    found = session.scalar(select(CaseRow.uuid).where(or_(CaseRow.uuid == ref, CaseRow.number == ref)))
    if found is None:
        raise CaseRefused(f"找不到案件“{ref}”（可用受理编号或案件 UUID）", "no_such_case", ref=ref)
    return found


def load_state(session: Session, case_uuid: str) -> CaseState:
    return fold_case(case_uuid, records(session, case_events(session, case_uuid)), ordered=True)


def _within_calendar(ws: Workspace, day: dt.date) -> None:
    """A mistyped year (1026 for 2026) must be refused here, before any deadline is computed."""
    try:
        ws.calendar.index(day)
    except ValueError as exc:
        raise CaseRefused(str(exc), "outside_calendar", day=day) from None


@retried
def _act(ws: Workspace, actor: Actor, ref: str, today: dt.date, day: dt.date | None,
         plan: Callable[[CaseState, dt.date], list[tuple[str, dict[str, Any]]]]) -> CaseView:
    station = ws.require_station()
    ws.check_dated_write(today)
    day = day or today
    if day > today:
        raise CaseRefused(f"日期 {day.isoformat()} 晚于今天 {today.isoformat()}", "after_today", day=day, today=today)
    _within_calendar(ws, day)
    with ws.write() as s:
        case_uuid = find_case_uuid(s, ref)
        lock_case(s, case_uuid)
        state = load_state(s, case_uuid)
        try:
            # The rules see the case as it stands on the action's day (deemed accepted or
            # not); the events are appended to the fold itself, which knows no "today".
            events = plan(judged(state, ws.calendar, day), day)  # its own, more precise reasons first
            check_not_backdated(state, day)
        except RuleViolation as exc:
            raise reworded(exc, CaseRefused) from None
        _append(ws, s, station, actor, state, events)
    return _view(ws, state, today)


def supply(ws: Workspace, actor: Actor, ref: str, codes: Iterable[str], today: dt.date,
           day: dt.date | None = None) -> CaseView:
    def plan(state: CaseState, d: dt.date):
        chosen = check_supply(state, codes, d)
        events = [(EventType.MATERIALS_SUPPLIED, {"date": d.isoformat(), "codes": chosen})]
        still = [m for m in state.missing_required if m.code not in chosen]
        if state.status is Status.AWAITING_SUPPLEMENT and not still:
            events.append((EventType.ACCEPTED, {"date": d.isoformat(),
                                                 "promised_days": int(state.item["promised_days"])}))
        return events

    return _act(ws, actor, ref, today, day, plan)


def reject_material(ws: Workspace, actor: Actor, ref: str, code: str, reason: str, today: dt.date,
                    day: dt.date | None = None) -> CaseView:
    reason = text.clean(reason, "退回理由", "reason", multiline=True)

    def plan(state: CaseState, d: dt.date):
        check_reject(state, code, d, reason)
        return [(EventType.MATERIAL_REJECTED, {"date": d.isoformat(), "code": code, "reason": reason.strip()})]

    return _act(ws, actor, ref, today, day, plan)


def pause(ws: Workspace, actor: Actor, ref: str, reason: str, today: dt.date, day: dt.date | None = None) -> CaseView:
    reason = text.clean(reason, "暂停理由", "reason", multiline=True)

    def plan(state: CaseState, d: dt.date):
        check_pause(state, ws.calendar, d, reason)
        return [(EventType.CLOCK_PAUSED, {"date": d.isoformat(), "reason": reason.strip()})]

    return _act(ws, actor, ref, today, day, plan)


def resume(ws: Workspace, actor: Actor, ref: str, today: dt.date, day: dt.date | None = None) -> CaseView:
    def plan(state: CaseState, d: dt.date):
        check_resume(state, d)
        return [(EventType.CLOCK_RESUMED, {"date": d.isoformat()})]

    return _act(ws, actor, ref, today, day, plan)


def extend(ws: Workspace, actor: Actor, ref: str, days: int, reason: str, today: dt.date,
           day: dt.date | None = None) -> CaseView:
    reason = text.clean(reason, "延期理由", "reason", multiline=True)

    def plan(state: CaseState, d: dt.date):
        check_extend(state, ws.calendar, d, days, reason, actor.is_supervisor)
        # The approving supervisor by name, as the 延期告知书 states it (行政许可法 §42).
        return [(EventType.EXTENDED, {"date": d.isoformat(), "days": days, "reason": reason.strip(),
                                      "approved_by": actor.display_name})]

    return _act(ws, actor, ref, today, day, plan)


def complete(ws: Workspace, actor: Actor, ref: str, result: str, today: dt.date,
             day: dt.date | None = None) -> CaseView:
    def plan(state: CaseState, d: dt.date):
        check_complete(state, d, result)
        return [(EventType.COMPLETED, {"date": d.isoformat(), "result": result})]

    return _act(ws, actor, ref, today, day, plan)


def terminate(ws: Workspace, actor: Actor, ref: str, reason: str, today: dt.date,
              day: dt.date | None = None) -> CaseView:
    reason = text.clean(reason, "终止理由", "reason", multiline=True)

    def plan(state: CaseState, d: dt.date):
        check_terminate(state, d, reason)
        broken = False
        if state.status is Status.TOLERANT and state.missing_required:
            deadline = state.supply.deadline(ws.calendar)
            broken = d > deadline
        return [(EventType.TERMINATED, {"date": d.isoformat(), "reason": reason.strip(), "promise_broken": broken})]

    return _act(ws, actor, ref, today, day, plan)


def add_note(ws: Workspace, actor: Actor, ref: str, note: str, today: dt.date) -> CaseView:
    note = text.clean(note, "备注", "note", multiline=True)

    def plan(state: CaseState, d: dt.date):
        if not note:
            raise RuleViolation("备注不能为空", "note_empty")
        return [(EventType.NOTE_ADDED, {"date": d.isoformat(), "text": note})]

    return _act(ws, actor, ref, today, None, plan)


def reopen(ws: Workspace, actor: Actor, ref: str, reason: str, today: dt.date) -> CaseView:
    """A mistaken 办结 or 终止 undone by a supervisor, with the reason kept in the history."""
    reason = text.clean(reason, "重新办理理由", "reason", multiline=True)

    def plan(state: CaseState, d: dt.date):
        check_reopen(state, reason, actor.is_supervisor)
        return [(EventType.REOPENED, {"date": d.isoformat(), "reason": reason.strip(),
                                      "was": state.status.value if state.status else None})]

    return _act(ws, actor, ref, today, None, plan)


#: The applicant's details an officer may correct, with their names in messages.
CORRECTABLE = {"name": "申请人姓名或名称", "phone": "联系电话", "legal_rep": "法定代表人"}


def correct_applicant(ws: Workspace, actor: Actor, ref: str, field_name: str, value: str, reason: str,
                      today: dt.date) -> CaseView:
    """A mistyped detail corrected, as an event with the old value and the reason.

    The history keeps both values; letters printed from now on carry the corrected one.
    """
    if field_name not in CORRECTABLE:
        raise CaseRefused(f"不能更正“{field_name}”，可更正：{'、'.join(CORRECTABLE)}", "not_correctable",
                          field=field_name)
    label = CORRECTABLE[field_name]
    if field_name == "phone":
        check = identifiers.check_phone(value)
        if not check.ok:
            raise CaseRefused(f"联系电话有误：{check.error}", "phone_refused", check=check)
        value = check.value
    else:
        value = " ".join(text.clean(value, label, "name").split())
        if not value:
            raise CaseRefused(f"{label}不能为空", "correction_empty", field=field_name)
    reason = text.clean(reason, "更正理由", "reason", multiline=True)

    def plan(state: CaseState, d: dt.date):
        if not reason.strip():
            raise RuleViolation("更正信息须写明理由", "correction_reason")
        if field_name == "legal_rep" and state.applicant.get("kind") != "enterprise":
            raise RuleViolation("个人申请人没有法定代表人", "person_no_legal_rep")
        old = state.applicant.get(field_name)
        if old == value:
            raise RuleViolation(f"{label}与原来相同，无需更正", "correction_same", field=field_name)
        return [(EventType.FIELD_CORRECTED, {"date": d.isoformat(), "field": f"applicant.{field_name}",
                                             "old": old, "new": value, "reason": reason.strip()})]

    return _act(ws, actor, ref, today, None, plan)


def correct_phone(ws: Workspace, actor: Actor, ref: str, phone: str, reason: str, today: dt.date) -> CaseView:
    return correct_applicant(ws, actor, ref, "phone", phone, reason, today)


def rate(ws: Workspace, actor: Actor, ref: str, level: str | None, comment: str, today: dt.date, *,
         declined: bool = False, named: bool = True, day: dt.date | None = None) -> CaseView:
    """The applicant's 好差评; a poor one opens a follow-up due in the set working days."""
    settings = ws.settings()

    def plan(state: CaseState, d: dt.date):
        code = rating_rules.level_of(level) if level else None
        rating_rules.check_rating(state, ws.calendar, d, code, declined, settings.rating_window_days)
        payload: dict[str, Any] = {"date": d.isoformat(), "level": code, "declined": declined,
                                   "comment": comment.strip(), "named": named}
        if code in rating_rules.POOR:
            payload["follow_up_due"] = rating_rules.follow_up_due(ws.calendar, d, settings.follow_up_days).isoformat()
        return [(EventType.RATING_RECORDED, payload)]

    return _act(ws, actor, ref, today, day, plan)


def follow_up(ws: Workspace, actor: Actor, ref: str, step: str, text: str, today: dt.date,
              day: dt.date | None = None) -> CaseView:
    """One step of a poor rating's follow-up: verification, rectification or the return visit."""

    def plan(state: CaseState, d: dt.date):
        rating_rules.check_follow_up(state, step, d, text)
        return [(EventType.FOLLOW_UP_RECORDED, {"date": d.isoformat(), "step": step, "text": text.strip()})]

    return _act(ws, actor, ref, today, day, plan)


def record_letter(ws: Workspace, actor: Actor, ref: str, payload: dict[str, Any], today: dt.date,
                  check: Callable[[CaseState], None] | None = None) -> CaseView:
    """A letter was printed or saved: an event with its kind, copy or reprint, and hash."""

    def plan(state: CaseState, d: dt.date):
        if check is not None:
            check(state)
        return [(EventType.LETTER_PRINTED, {"date": d.isoformat(), **payload})]

    return _act(ws, actor, ref, today, None, plan)


def settle(ws: Workspace, actor: Actor, ref: str, conflict_id: str, keep: str, reason: str,
           today: dt.date) -> CaseView:
    """An officer's decision on a conflict: which of the two events holds. Itself an event,
    so every station that receives it settles the conflict the same way."""
    if not actor.is_supervisor:
        raise CaseRefused("处理冲突须由主管或管理员决定", "settle_supervisor")

    def plan(state: CaseState, d: dt.date):
        conflict_uuid = _full_id(state, conflict_id)
        conflict = next((c for c in state.conflicts if c.id == conflict_uuid), None)
        keep_uuid = _side_uuid(conflict, keep) if conflict is not None else keep
        conflict = check_settle(state, conflict_uuid, keep_uuid, reason)
        return [(EventType.CONFLICT_SETTLED, settlement_payload(conflict, keep_uuid, reason, d.isoformat()))]

    return _act(ws, actor, ref, today, None, plan)


def _full_id(state: CaseState, given: str) -> str:
    """A conflict named by its number in the case's list (1, 2…) or by (the start of) its id."""
    given = given.strip()
    if given.isdigit() and len(given) < 4:  # a number in the list, never the start of an id
        return state.conflicts[int(given) - 1].id if 1 <= int(given) <= len(state.conflicts) else given
    hits = [c.id for c in state.conflicts if c.id.startswith(given)] if given else []
    return hits[0] if len(hits) == 1 else given


def _side_uuid(conflict, given: str) -> str:
    """``first``/``second`` (as the conflict lists them), or (the start of) the event's id."""
    given = given.strip()
    if given == "first":
        return conflict.first.event_uuid
    if given == "second":
        return conflict.second.event_uuid
    hits = [u for u in (conflict.first.event_uuid, conflict.second.event_uuid) if given and u.startswith(given)]
    return hits[0] if len(hits) == 1 else given


# -- reading ----------------------------------------------------------------------------------


def _view(ws: Workspace, state: CaseState, today: dt.date, events: list[EventRecord] | None = None) -> CaseView:
    """The case as judged on ``today``."""
    soon = ws.settings().due_soon_days
    state = judged(state, ws.calendar, today)
    views = [
        EventView(e.seq, e.station_uuid, e.hlc, _hlc_time(e.hlc), e.officer, e.type,
                  EVENT_LABELS.get(EventType(e.type), e.type) if e.type in EventType._value2member_map_ else e.type,
                  e.payload, e.uuid, e.officer_uuid)
        for e in (events or [])
    ]
    countdowns = state.countdowns(ws.calendar, today, soon)
    countdowns["follow_up"] = rating_rules.follow_up_countdown(state, ws.calendar, today, soon)
    return CaseView(state, countdowns, views)


def _hlc_time(hlc: str) -> dt.datetime:
    from app.domain.hlc import Hlc

    return Hlc.decode(hlc).wall_time


def get_case(ws: Workspace, ref: str, today: dt.date) -> CaseView:
    with ws.read() as s:
        case_uuid = find_case_uuid(s, ref)
        events = records(s, case_events(s, case_uuid))
        state = fold_case(case_uuid, events, ordered=True)
    return _view(ws, state, today, events)


def options(ws: Workspace, actor: Actor | None, view: CaseView, today: dt.date) -> CaseOptions:
    """What this officer may do with the case today, and why not: the front ends show only this.

    Without an officer (a read-only look from the command line) the rules of a window officer apply.
    """
    return case_options(view.state, ws.calendar, today, is_supervisor=bool(actor and actor.is_supervisor),
                        rating_window_days=ws.settings().rating_window_days)
