"""The life of a case: which decisions the rules allow, and what each event does.

Everything that happens to a case is an event; the case's current state is the fold of
its events through :func:`apply`. The same fold serves the services (which append an
event and store the new state in one transaction) and the rebuild (which replays every
event from scratch), so both always agree.

The rules are enforced here, not advised: a decision or action the state or the
catalogue does not allow raises :class:`RuleViolation` with the reason in Chinese.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Iterable, Mapping

from app.domain.calendar import WorkCalendar
from app.domain.case_materials import CaseMaterial, MaterialState, intake_materials
from app.domain.case_rating import FollowUp, FollowUpStep, Rating
from app.domain.deadlines import Countdown, CountdownStatus, Extension, Unit
from app.domain.refusal import Worded

NOTICE_DUE_WORKDAYS = 5  # 行政许可法 art. 32: tell everything within five days
MAX_EXTENSION_DAYS = 10  # 行政许可法 art. 42: the head of the office may extend by ten days


class RuleViolation(Worded):
    """An action the rules do not allow; the message says why, for the officer."""


class Action(StrEnum):
    """What an officer does with a case after intake."""

    SUPPLY = "supply"
    REJECT_MATERIAL = "reject_material"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    COMPLETE = "complete"
    TERMINATE = "terminate"
    NOTE = "note"
    REOPEN = "reopen"
    RATE = "rate"
    FOLLOW_UP = "follow_up"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    Action.SUPPLY: "补齐材料", Action.REJECT_MATERIAL: "退回材料", Action.PAUSE: "暂停计时",
    Action.RESUME: "恢复计时", Action.EXTEND: "延期", Action.COMPLETE: "办结", Action.TERMINATE: "终止办理",
    Action.NOTE: "备注", Action.REOPEN: "重新办理", Action.RATE: "登记好差评", Action.FOLLOW_UP: "差评整改",
}


class Status(StrEnum):
    AWAITING_SUPPLEMENT = "awaiting_supplement"
    ACCEPTED = "accepted"
    TOLERANT = "tolerant"
    REFUSED = "refused"
    COMPLETED = "completed"
    TERMINATED = "terminated"

    @property
    def is_open(self) -> bool:
        return self in _OPEN_STATUSES

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


_MISSING = MaterialState.MISSING
_OPEN_STATUSES = frozenset({Status.AWAITING_SUPPLEMENT, Status.ACCEPTED, Status.TOLERANT})

STATUS_LABELS = {
    Status.AWAITING_SUPPLEMENT: "待补正",
    Status.ACCEPTED: "已受理",
    Status.TOLERANT: "容缺受理",
    Status.REFUSED: "不予受理",
    Status.COMPLETED: "已办结",
    Status.TERMINATED: "已终止",
}


class Decision(StrEnum):
    ACCEPT = "accept"
    TOLERANT = "tolerant"
    NOTICE = "notice"
    REFUSE = "refuse"

    @property
    def label(self) -> str:
        return {"accept": "受理", "tolerant": "容缺受理", "notice": "一次性告知补正", "refuse": "不予受理"}[self.value]


class EventType(StrEnum):
    INTAKE_LOGGED = "intake_logged"
    ACCEPTED = "accepted"
    TOLERANT_ACCEPTED = "tolerant_accepted"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    REFUSED = "refused"
    MATERIALS_SUPPLIED = "materials_supplied"
    MATERIAL_REJECTED = "material_rejected"
    CLOCK_PAUSED = "clock_paused"
    CLOCK_RESUMED = "clock_resumed"
    EXTENDED = "extended"
    COMPLETED = "completed"
    TERMINATED = "terminated"
    NOTE_ADDED = "note_added"
    LETTER_PRINTED = "letter_printed"
    FIELD_CORRECTED = "field_corrected"
    CONFLICT_SETTLED = "conflict_settled"
    RATING_RECORDED = "rating_recorded"
    FOLLOW_UP_RECORDED = "follow_up_recorded"
    REOPENED = "reopened"


EVENT_LABELS = {
    EventType.INTAKE_LOGGED: "收件登记",
    EventType.ACCEPTED: "受理",
    EventType.TOLERANT_ACCEPTED: "容缺受理",
    EventType.SUPPLEMENT_REQUESTED: "一次性告知补正",
    EventType.REFUSED: "不予受理",
    EventType.MATERIALS_SUPPLIED: "补齐材料",
    EventType.MATERIAL_REJECTED: "材料退回补正",
    EventType.CLOCK_PAUSED: "暂停计时",
    EventType.CLOCK_RESUMED: "恢复计时",
    EventType.EXTENDED: "延期",
    EventType.COMPLETED: "办结",
    EventType.TERMINATED: "终止办理",
    EventType.NOTE_ADDED: "备注",
    EventType.LETTER_PRINTED: "打印文书",
    EventType.FIELD_CORRECTED: "更正信息",
    EventType.CONFLICT_SETTLED: "处理冲突",
    EventType.RATING_RECORDED: "好差评",
    EventType.FOLLOW_UP_RECORDED: "差评整改",
    EventType.REOPENED: "重新办理",
}


@dataclass(frozen=True)
class ItemRules:
    """What the lifecycle needs to know of a service item (a snapshot of one version)."""

    code: str
    name: str
    version: int
    version_uuid: str
    promised_days: int
    legal_days: int
    tolerant_allowed: bool
    default_supply_days: int
    supplement_days: int
    supplement_unit: Unit
    materials: tuple[Mapping[str, Any], ...]

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ItemRules":
        return cls(
            code=d["code"],
            name=d["name"],
            version=int(d.get("version", 1)),
            version_uuid=d.get("version_uuid", ""),
            promised_days=int(d["promised_days"]),
            legal_days=int(d.get("legal_days", d["promised_days"])),
            tolerant_allowed=bool(d.get("tolerant_allowed", False)),
            default_supply_days=int(d.get("default_supply_days") or 0),
            supplement_days=int(d.get("supplement_days") or 30),
            supplement_unit=Unit(d.get("supplement_unit") or "natural"),
            materials=tuple(dict(m) for m in d.get("materials", ())),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "version": self.version,
            "version_uuid": self.version_uuid,
            "promised_days": self.promised_days,
            "legal_days": self.legal_days,
            "tolerant_allowed": self.tolerant_allowed,
            "default_supply_days": self.default_supply_days,
            "supplement_days": self.supplement_days,
            "supplement_unit": self.supplement_unit.value,
            "materials": [dict(m) for m in self.materials],
        }

    def material(self, code: str) -> Mapping[str, Any]:
        for m in self.materials:
            if m["code"] == code:
                return m
        raise KeyError(code)


# -- deciding at intake ---------------------------------------------------------------


@dataclass(frozen=True)
class IntakeFacts:
    """What the officer established at the window."""

    item: ItemRules
    received: frozenset[str]
    missing: frozenset[str]
    commitment_signed: bool = False
    applicant_broke_promise: bool = False
    supervisor_reason: str | None = None
    actor_is_supervisor: bool = False

    @property
    def missing_required(self) -> list[Mapping[str, Any]]:
        return [m for m in self.item.materials if m["code"] in self.missing and m.get("required", True)]

    @property
    def missing_core(self) -> list[Mapping[str, Any]]:
        return [m for m in self.missing_required if not m.get("tolerable")]


@dataclass(frozen=True)
class DecisionOption:
    decision: Decision
    allowed: bool
    reason: str  # why not, or what it means
    #: the reason as a code, and the values it names, for a window in another language
    code: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)


def check_materials(item: ItemRules, received: Iterable[str], missing: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Every material of the item is either received or missing; unknown codes are refused."""
    received, missing = frozenset(received), frozenset(missing)
    codes = {m["code"] for m in item.materials}
    unknown = sorted((received | missing) - codes)
    if unknown:
        raise RuleViolation(f"事项“{item.name}”没有这些材料：{', '.join(unknown)}（可用：{', '.join(sorted(codes))}）",
                            "unknown_item_materials", item=item.name, codes=tuple(unknown), known=tuple(sorted(codes)))
    both = sorted(received & missing)
    if both:
        raise RuleViolation(f"材料不能同时登记为已收和缺少：{', '.join(both)}", "received_and_missing", codes=tuple(both))
    return received, frozenset(missing | (codes - received))


def decision_options(facts: IntakeFacts, supply_days: int | None = None) -> list[DecisionOption]:
    """Each decision with whether the rules allow it now, and why not."""
    item = facts.item
    missing_required = facts.missing_required
    core = facts.missing_core
    names = lambda ms: "、".join(m["name"] for m in ms)  # noqa: E731
    missing_names = tuple(m["name"] for m in missing_required)
    options = []
    if missing_required:
        options.append(DecisionOption(Decision.ACCEPT, False, f"必要材料未齐：{names(missing_required)}",
                                      "missing_required", {"names": missing_names}))
    else:
        options.append(DecisionOption(Decision.ACCEPT, True, "材料齐全，予以受理", "complete"))

    why_not = code = None
    params: dict[str, Any] = {}
    if not missing_required:
        why_not, code = "材料已齐全，无需容缺", "nothing_missing"
    elif not item.tolerant_allowed:
        why_not, code, params = f"事项“{item.name}”不适用容缺受理", "item_not_tolerant", {"item": item.name}
    elif core:
        why_not, code = f"缺少核心材料，不能容缺：{names(core)}", "core_missing"
        params = {"names": tuple(m["name"] for m in core)}
    elif not facts.commitment_signed:
        why_not, code = "容缺受理须申请人自愿签署承诺书", "no_commitment"
    elif facts.applicant_broke_promise and not (facts.supervisor_reason and facts.actor_is_supervisor):
        why_not, code = "申请人有未履行容缺承诺的记录，须由主管填写理由后方可容缺受理", "broken_promise"
    else:
        days = item.default_supply_days if supply_days is None else supply_days
        if days < 1:
            why_not, code = "补正期限至少 1 个工作日", "supply_days_too_few"
        elif days > item.promised_days:
            why_not, code = f"补正期限 {days} 个工作日超过事项承诺办结时限 {item.promised_days} 个工作日", \
                "supply_days_over_promise"
            params = {"days": days, "promised": item.promised_days}
        elif days > item.default_supply_days:
            why_not, code = f"补正期限不能长于事项规定的 {item.default_supply_days} 个工作日", "supply_days_over_item"
            params = {"days": item.default_supply_days}
    options.append(
        DecisionOption(Decision.TOLERANT, why_not is None, why_not or f"容缺受理，缺少：{names(missing_required)}",
                       code or "tolerant_missing", params if why_not else {"names": missing_names})
    )
    if missing_required:
        options.append(DecisionOption(Decision.NOTICE, True, f"一次性告知补正：{names(missing_required)}",
                                      "notice_missing", {"names": missing_names}))
    else:
        options.append(DecisionOption(Decision.NOTICE, False, "材料已齐全，无需补正", "nothing_missing"))
    options.append(DecisionOption(Decision.REFUSE, True, "不属于受理范围或不符合法定条件的，不予受理（须写明理由）",
                                  "refuse"))
    return options


def decide(facts: IntakeFacts, requested: Decision | None, supply_days: int | None, reason: str | None) -> Decision:
    """The decision to take: the requested one if the rules allow it, else the rules' own."""
    options = {o.decision: o for o in decision_options(facts, supply_days)}
    if requested is not None:
        option = options[requested]
        if not option.allowed:
            raise RuleViolation(f"不能{requested.label}：{option.reason}", "decision_not_allowed", decision=requested,
                                option=option)
        if requested is Decision.REFUSE and not (reason and reason.strip()):
            raise RuleViolation("不予受理须写明理由", "refusal_reason")
        return requested
    if options[Decision.ACCEPT].allowed:
        return Decision.ACCEPT
    if options[Decision.TOLERANT].allowed:
        return Decision.TOLERANT
    if supply_days is not None:
        # A supply period was asked for: if it alone blocks 容缺, say so rather than
        # quietly taking the notice path.
        if decision_options(facts, None)[1].allowed:
            raise RuleViolation(f"不能容缺受理：{options[Decision.TOLERANT].reason}", "decision_not_allowed",
                                decision=Decision.TOLERANT, option=options[Decision.TOLERANT])
    return Decision.NOTICE


# -- the fold -----------------------------------------------------------------------------


@dataclass(slots=True)
class CaseState:
    uuid: str
    number: str = ""
    year: int = 0
    serial: int = 0
    station_uuid: str = ""
    station_code: str = ""  # in letter numbers; empty for cases numbered before station codes
    status: Status | None = None
    decision: Decision | None = None
    item: dict[str, Any] = field(default_factory=dict)
    applicant: dict[str, Any] = field(default_factory=dict)
    materials: dict[str, CaseMaterial] = field(default_factory=dict)  # by code, in the item's order
    intake_date: dt.date | None = None
    accepted_date: dt.date | None = None
    commitment_signed: bool = False
    supervisor_reason: str | None = None
    flagged: bool = False
    supply: Countdown | None = None  # the applicant's 补正期限
    completion: Countdown | None = None  # the centre's 承诺办结时限, with its pauses and extensions
    notice: Countdown | None = None  # the five working days to give the one-time notice
    result: str | None = None
    reason: str | None = None
    closed_date: dt.date | None = None
    promise_broken: bool = False
    notice_materials: list[str] = field(default_factory=list)  # codes told in the first one-time notice
    letters: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    event_count: int = 0
    last_officer: str = ""
    conflicts: list[Any] = field(default_factory=list)  # open conflicts, see app.domain.merge
    waiting: list[str] = field(default_factory=list)  # events held until those they follow arrive
    last_date: dt.date | None = None  # the latest date any event of the case was recorded for
    intake_officer: str = ""  # who received the case: its 承办人 in the ledger
    rating: Rating | None = None  # 好差评
    follow_up: FollowUp | None = None  # a poor rating's verification, rectification and return visit
    #: set only on a state judged on a day (app.domain.deemed): accepted by law, not by an event
    deemed: Any = None

    # -- derived views --

    @property
    def missing_codes(self) -> list[str]:
        return [c for c, m in self.materials.items() if m.missing]

    @property
    def missing_materials(self) -> list[CaseMaterial]:
        """Every material still missing, required or not (an optional one may be brought too)."""
        return [m for m in self.materials.values() if m.missing]

    @property
    def missing_required(self) -> list[CaseMaterial]:
        return [m for m in self.materials.values() if m.missing_required]

    @property
    def missing_required_count(self) -> int:
        """How many of :attr:`missing_required` there are (the case list's 缺件数)."""
        return sum(1 for m in self.materials.values() if m.state is _MISSING and m.required)

    @property
    def held_codes(self) -> list[str]:
        """Materials taken in (received at intake or supplied since)."""
        return [c for c, m in self.materials.items() if not m.missing]

    @property
    def paused(self) -> bool:
        return self.completion is not None and self.completion.paused

    @property
    def extended_days(self) -> int:
        """Working days the completion limit was extended by so far (at most ten in all)."""
        return self.completion.extra_days if self.completion is not None else 0

    def clocks(self) -> dict[str, Countdown | None]:
        return {"supply": self.supply, "completion": self.completion, "notice": self.notice}

    def countdowns(self, cal: WorkCalendar, today: dt.date, due_soon_days: int) -> dict[str, CountdownStatus | None]:
        return {which: c.evaluate(cal, today, due_soon_days) if c is not None else None
                for which, c in self.clocks().items()}

    def snapshot(self) -> "CaseState":
        """A copy whose attributes may be set without touching this state.

        Clocks, materials and the rating are frozen, so they are shared; the containers are copied.
        """
        return replace(
            self, item=dict(self.item), applicant=dict(self.applicant), materials=dict(self.materials),
            notice_materials=list(self.notice_materials), letters=list(self.letters), notes=list(self.notes),
            conflicts=list(self.conflicts), waiting=list(self.waiting))


def _d(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def check_not_backdated(state: CaseState, day: dt.date) -> None:
    """An action is dated no earlier than the latest thing already recorded on the case.

    Otherwise a completion could be dated before a pause it ends, or a note before the
    intake, and the countdowns would be recomputed from a history that never happened.
    """
    if state.last_date is not None and day < state.last_date:
        raise RuleViolation(
            f"办理日期 {day.isoformat()} 早于本案已登记的最近一次办理（{state.last_date.isoformat()}），不能倒填",
            "backdated", day=day, last=state.last_date)


def apply(state: CaseState, etype: str, payload: Mapping[str, Any], officer: str = "") -> CaseState:
    """Apply one event to a case state, in place; returns the state for chaining.

    Events are facts that already happened: the fold never refuses one (a refused action
    never became an event), it only records it. Each type has its own step in
    ``_STEPS``: one dictionary lookup per event, as the rebuild applies every event.
    """
    step = _STEPS.get(etype)
    if step is None:
        step = _STEPS[EventType(etype)]  # raises for a type this program does not know
    p = payload
    state.event_count += 1
    if officer:
        state.last_officer = officer
    day = p.get("date")
    if isinstance(day, str):
        day = _day(day)
        if state.last_date is None or day > state.last_date:
            state.last_date = day
    elif day is not None:
        day = _d(day)
    elif "date" not in p and step in _DATED:
        raise KeyError("date")  # a malformed event: refused as it always was
    step(state, p, officer, day)  # the event's date, parsed once
    return state


_day = dt.date.fromisoformat


def _intake(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.number, state.year, state.serial = p["number"], p["year"], p["serial"]
    state.intake_officer = officer
    state.station_uuid = p.get("station_uuid", "")
    state.station_code = p.get("station_code", "")
    # The event's own dicts, not copies: the fold never changes them in place (a
    # correction replaces the applicant with a new dict), so the event stays as written.
    state.item = p["item"]
    state.applicant = p["applicant"]
    state.intake_date = day
    state.flagged = bool(p.get("flagged"))
    state.materials = intake_materials(p["materials"])
    state.status = Status.AWAITING_SUPPLEMENT


def _accepted(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.accepted_date = day
    state.decision = Decision.ACCEPT
    state.status = Status.ACCEPTED
    state.completion = Countdown(day, int(p["promised_days"]))
    if state.supply is not None and state.supply.closed_on is None:
        state.supply = state.supply.closed(day)  # the supplement arrived: the applicant's clock is met
    _end_notice_duty(state, day)  # accepting ends the duty to notify


def _tolerant_accepted(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.accepted_date = day
    state.decision = Decision.TOLERANT
    state.status = Status.TOLERANT
    state.completion = Countdown(day, int(p["promised_days"]))
    state.commitment_signed = True
    state.supervisor_reason = p.get("supervisor_reason")
    state.supply = Countdown(day, int(p["supply_days"]))
    _end_notice_duty(state, day)


def _supplement_requested(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.decision = Decision.NOTICE
    state.status = Status.AWAITING_SUPPLEMENT
    state.supply = Countdown(day, int(p["supply_days"]), Unit(p.get("supply_unit", Unit.NATURAL)))
    state.notice = Countdown(day, NOTICE_DUE_WORKDAYS)


def _refused(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.decision = Decision.REFUSE
    state.status = Status.REFUSED
    state.reason = p.get("reason")
    state.closed_date = day
    _stop_clocks(state, day)


def _materials_supplied(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    materials = state.materials
    for code in p["codes"]:
        materials[code] = materials[code].supplied(day)
    if state.status is Status.TOLERANT and not state.missing_required:
        state.status = Status.ACCEPTED
        if state.supply is not None:
            state.supply = state.supply.closed(day)


def _material_rejected(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.materials[p["code"]] = state.materials[p["code"]].sent_back(p.get("reason"))


def _clock_paused(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.completion = _completion_clock(state).paused_on(day, p.get("reason", ""))


def _clock_resumed(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.completion = _completion_clock(state).resumed_on(day)


def _extended(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    extension = Extension(int(p["days"]), p["reason"], day, p.get("approved_by") or officer)
    state.completion = _completion_clock(state).extended(extension)


def _completed(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.status = Status.COMPLETED
    state.result = p["result"]
    state.closed_date = day
    if state.completion is not None and state.completion.closed_on is None:
        state.completion = state.completion.resumed_on(day).closed(day)
    _stop_clocks(state, day)


def _terminated(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.status = Status.TERMINATED
    state.reason = p.get("reason")
    state.closed_date = day
    state.promise_broken = bool(p.get("promise_broken"))
    _stop_clocks(state, day)


def _note_added(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.notes.append({"text": p["text"], "officer": officer, "date": p.get("date")})


def _letter_printed(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.letters.append(dict(p, officer=officer))
    if p["kind"] == "one_time_notice":
        if not state.notice_materials:
            state.notice_materials = list(p.get("materials", []))
        else:
            state.notice_materials = sorted(set(state.notice_materials) | set(p.get("materials", [])))
        _end_notice_duty(state, _d(p["date"]))


def _rating_recorded(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    state.rating = Rating(day, p.get("level"), p.get("comment", ""), bool(p.get("declined")),
                          bool(p.get("named", True)), officer)
    if p.get("follow_up_due"):
        state.follow_up = (state.follow_up or FollowUp())._replace(start=day, due=_d(p["follow_up_due"]))


def _follow_up_recorded(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    # Folded before the rating that opened it (events from another station): kept until it comes.
    step = FollowUpStep(p["step"], day, p.get("text", ""), officer)
    state.follow_up = (state.follow_up or FollowUp()).recorded(step)


def _reopened(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    if state.status is not None and not state.status.is_open:  # a second reopening changes nothing
        _reopen(state)


def _field_corrected(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    field_name = p["field"]
    if field_name.startswith("applicant."):
        # a new dict: the one the intake gave may be the intake event's own
        state.applicant = {**state.applicant, field_name.split(".", 1)[1]: p["new"]}


def _history_only(state: CaseState, p: Mapping[str, Any], officer: str, day: dt.date | None) -> None:
    """Counted and dated, nothing else: a settlement acts through the merge (app.domain.merge)."""


_STEPS: dict[str, Any] = {  # by the plain text events carry: looked up once per event
    EventType.INTAKE_LOGGED.value: _intake,
    EventType.ACCEPTED.value: _accepted,
    EventType.TOLERANT_ACCEPTED.value: _tolerant_accepted,
    EventType.SUPPLEMENT_REQUESTED.value: _supplement_requested,
    EventType.REFUSED.value: _refused,
    EventType.MATERIALS_SUPPLIED.value: _materials_supplied,
    EventType.MATERIAL_REJECTED.value: _material_rejected,
    EventType.CLOCK_PAUSED.value: _clock_paused,
    EventType.CLOCK_RESUMED.value: _clock_resumed,
    EventType.EXTENDED.value: _extended,
    EventType.COMPLETED.value: _completed,
    EventType.TERMINATED.value: _terminated,
    EventType.NOTE_ADDED.value: _note_added,
    EventType.LETTER_PRINTED.value: _letter_printed,
    EventType.FIELD_CORRECTED.value: _field_corrected,
    EventType.CONFLICT_SETTLED.value: _history_only,
    EventType.RATING_RECORDED.value: _rating_recorded,
    EventType.FOLLOW_UP_RECORDED.value: _follow_up_recorded,
    EventType.REOPENED.value: _reopened,
}

#: The steps that need the event's date.
_DATED = frozenset({_intake, _accepted, _tolerant_accepted, _supplement_requested, _refused, _materials_supplied,
                    _clock_paused, _clock_resumed, _extended, _completed, _terminated, _rating_recorded,
                    _follow_up_recorded})


def _stop_clocks(state: CaseState, day: dt.date) -> None:
    """A closed case stops every clock still running, on the day it closed."""
    if state.completion is not None:
        state.completion = state.completion.resumed_on(day)
        if state.completion.closed_on is None:
            state.completion = state.completion.closed(day, stopped=True)
    if state.supply is not None and state.supply.closed_on is None:
        state.supply = state.supply.closed(day, stopped=True)
    _end_notice_duty(state, day, stopped=True)


def _end_notice_duty(state: CaseState, day: dt.date | None, *, stopped: bool = False) -> None:
    """The duty to notify ends on the earliest day anything ended it, whatever the order
    the events are folded in: that day decides whether the case was deemed accepted."""
    clock = state.notice
    if clock is None or day is None:
        return
    if clock.closed_on is None or day < clock.closed_on:
        state.notice = clock.closed(day, stopped)


def _completion_clock(state: CaseState) -> Countdown:
    """The completion clock; a case deemed accepted (§32(4)) has it from the receipt date.

    The officer can only pause or extend a case that is not yet formally accepted because
    it counts as accepted by law; the clock then runs from the day the materials came in.
    """
    if state.completion is None:
        state.completion = Countdown(state.intake_date, int(state.item.get("promised_days", 0)))
    return state.completion


def _reopen(state: CaseState) -> None:
    """A mistaken 办结 or 终止 undone: the case is as it was before, its clocks run again."""
    day = state.closed_date
    for which in ("supply", "completion", "notice"):
        clock = getattr(state, which)
        if clock is not None and clock.closed_on == day and (clock.stopped or which == "completion"):
            setattr(state, which, clock.closed(None))
    if state.supply is not None and not state.missing_required and state.supply.closed_on is None:
        state.supply = state.supply.closed(day)  # nothing is owed any more: the applicant's clock stays met
    if state.accepted_date is None:
        state.status = Status.AWAITING_SUPPLEMENT
    elif state.decision is Decision.TOLERANT and state.missing_required:
        state.status = Status.TOLERANT
    else:
        state.status = Status.ACCEPTED
    state.result = state.reason = state.closed_date = None
    state.promise_broken = False


def fold(case_uuid: str, events: Iterable[tuple[str, Mapping[str, Any], str]]) -> CaseState:
    state = CaseState(uuid=case_uuid)
    for etype, payload, officer in events:
        apply(state, etype, payload, officer)
    return state


# -- guards for the actions after intake ----------------------------------------------------


def require_open(state: CaseState, action: Action) -> None:
    if state.status is None or not state.status.is_open:
        label = state.status.label if state.status else "未登记"
        raise RuleViolation(f"案件 {state.number} 状态为“{label}”，不能{action.label}", "not_open",
                            number=state.number, status=state.status, action=action)


def check_supply(state: CaseState, codes: Iterable[str], day: dt.date) -> list[str]:
    require_open(state, Action.SUPPLY)
    codes = list(dict.fromkeys(codes))
    if not codes:
        raise RuleViolation("请指明补齐的材料", "supply_none_named")
    unknown = [c for c in codes if c not in state.materials]
    if unknown:
        raise RuleViolation(f"本案没有这些材料：{', '.join(unknown)}", "unknown_case_materials", codes=tuple(unknown))
    not_missing = [c for c in codes if not state.materials[c].missing]
    if not_missing:
        names = "、".join(f"{state.materials[c].name}（{c}）" for c in not_missing)
        raise RuleViolation(f"这些材料并未缺少，无需补齐：{names}", "not_missing",
                            names=tuple(state.materials[c].name for c in not_missing))
    _not_before(state, day, Action.SUPPLY)
    return codes


def check_reject(state: CaseState, code: str, day: dt.date, reason: str) -> None:
    """A material taken in turns out inadequate: it is missing again, and must be told."""
    require_open(state, Action.REJECT_MATERIAL)
    if code not in state.materials:
        raise RuleViolation(f"本案没有材料 {code}", "unknown_case_materials", codes=(code,))
    m = state.materials[code]
    if m.missing:
        raise RuleViolation(f"材料“{m.name}”本就登记为缺少", "already_missing", name=m.name)
    if state.status is Status.TOLERANT:
        if not m.tolerable:
            raise RuleViolation(f"容缺受理后只能退回可容缺材料；“{m.name}”是核心材料，应终止办理或重新收件",
                                "reject_core", name=m.name)
    elif state.status is not Status.AWAITING_SUPPLEMENT:
        raise RuleViolation("案件已受理，不能再退回材料", "reject_after_acceptance")
    if not reason.strip():
        raise RuleViolation("退回材料须写明不符合要求的原因", "reject_reason")
    _not_before(state, day, Action.REJECT_MATERIAL)


def check_pause(state: CaseState, cal: WorkCalendar, day: dt.date, reason: str) -> None:
    require_open(state, Action.PAUSE)
    if state.status is Status.AWAITING_SUPPLEMENT or state.completion is None:
        raise RuleViolation("案件尚未受理，办结时限还没有开始计算，不能暂停", "pause_before_acceptance")
    if state.paused:
        raise RuleViolation("办结计时已经暂停", "already_paused")
    if not reason.strip():
        raise RuleViolation("暂停计时须写明理由（如公示、检测、听证等特别程序）", "pause_reason")
    _not_before(state, day, Action.PAUSE)
    if day < state.completion.start:
        raise RuleViolation("暂停日期不能早于受理日期", "pause_before_accepted_date")
    deadline = state.completion.deadline(cal)
    if day >= deadline:
        raise RuleViolation(f"办结期限 {deadline.isoformat()} 已届满，不能再暂停计时", "pause_after_deadline",
                            deadline=deadline)


def check_resume(state: CaseState, day: dt.date) -> None:
    require_open(state, Action.RESUME)
    if not state.paused:
        raise RuleViolation("办结计时没有暂停，无需恢复", "not_paused")
    start = state.completion.open_pause().start
    if day < start:
        raise RuleViolation(f"恢复日期不能早于暂停日期 {start.isoformat()}", "resume_before_pause", start=start)


def check_extend(state: CaseState, cal: WorkCalendar, day: dt.date, days: int, reason: str, is_supervisor: bool) -> None:
    require_open(state, Action.EXTEND)
    if not is_supervisor:
        raise RuleViolation("延期须由主管或管理员批准", "extend_supervisor")
    if state.status is Status.AWAITING_SUPPLEMENT or state.completion is None:
        raise RuleViolation("案件尚未受理，不能延期", "extend_before_acceptance")
    if days < 1:
        raise RuleViolation("延期天数应为正整数", "extend_days_positive")
    if not reason.strip():
        raise RuleViolation("延期须写明理由，并告知申请人", "extend_reason")
    used = state.extended_days
    if used + days > MAX_EXTENSION_DAYS:
        raise RuleViolation(
            f"延期合计不得超过 {MAX_EXTENSION_DAYS} 个工作日（《行政许可法》第四十二条），已延期 {used} 个工作日",
            "extend_over_limit", limit=MAX_EXTENSION_DAYS, used=used)
    if state.paused:
        raise RuleViolation("计时暂停期间不能延期，请先恢复计时", "extend_while_paused")
    deadline = state.completion.deadline(cal, day)
    if day > deadline:
        raise RuleViolation(
            f"办结期限 {deadline.isoformat()} 已过，逾期后申请延期本身即属超期，不能再延期",
            "extend_after_deadline", deadline=deadline)
    _not_before(state, day, Action.EXTEND)


def check_complete(state: CaseState, day: dt.date, result: str) -> None:
    require_open(state, Action.COMPLETE)
    if result not in ("approved", "rejected"):
        raise RuleViolation("办结结果应为 approved（准予）或 rejected（不予）", "complete_result")
    if state.status is Status.AWAITING_SUPPLEMENT:
        raise RuleViolation("案件尚未受理（等待补正），不能办结；材料补齐后受理，或终止办理", "complete_before_acceptance")
    if result == "approved" and state.missing_required:
        names = "、".join(m.name for m in state.missing_required)
        what = "容缺材料" if state.decision is Decision.TOLERANT else "必要材料"
        raise RuleViolation(f"{what}尚未补齐（{names}），不能准予办结并发放结果",
                            "complete_missing", names=tuple(m.name for m in state.missing_required),
                            tolerant=state.decision is Decision.TOLERANT)
    _not_before(state, day, Action.COMPLETE)
    _not_before_clock(state, day, Action.COMPLETE)


def check_terminate(state: CaseState, day: dt.date, reason: str) -> None:
    require_open(state, Action.TERMINATE)
    if not reason.strip():
        raise RuleViolation("终止办理须写明理由", "terminate_reason")
    _not_before(state, day, Action.TERMINATE)
    _not_before_clock(state, day, Action.TERMINATE)


def check_reopen(state: CaseState, reason: str, is_supervisor: bool) -> None:
    """Only a completed or terminated case, by a supervisor, with the reason written down."""
    if state.status not in (Status.COMPLETED, Status.TERMINATED):
        label = state.status.label if state.status else "未登记"
        raise RuleViolation(f"案件状态为“{label}”，只有已办结或已终止的案件才能重新办理", "reopen_open",
                            status=state.status)
    if not is_supervisor:
        raise RuleViolation("重新办理须由主管或管理员操作并写明理由", "reopen_supervisor")
    if not reason.strip():
        raise RuleViolation("重新办理须写明理由（如误点办结、终止）", "reopen_reason")


def _not_before(state: CaseState, day: dt.date, action: Action) -> None:
    if state.intake_date and day < state.intake_date:
        raise RuleViolation(f"{action.label}日期 {day.isoformat()} 早于收件日期 {state.intake_date.isoformat()}",
                            "before_intake", action=action, day=day, since=state.intake_date)


def _not_before_clock(state: CaseState, day: dt.date, action: Action) -> None:
    """Closing a case stops its clocks on that day, so it cannot precede their start or an open pause."""
    if state.accepted_date and day < state.accepted_date:
        raise RuleViolation(f"{action.label}日期 {day.isoformat()} 早于受理日期 {state.accepted_date.isoformat()}",
                            "before_acceptance", action=action, day=day, since=state.accepted_date)
    if state.paused:
        start = state.completion.open_pause().start
        if day < start:
            raise RuleViolation(f"{action.label}日期 {day.isoformat()} 早于暂停计时日期 {start.isoformat()}",
                                "before_pause", action=action, day=day, since=start)
