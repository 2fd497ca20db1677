"""Folding a case whose events were written at several stations: order and conflicts.

Two rules make the result independent of the order events arrive in:

1. The fold replays a case's events in one total order, (timestamp, station, sequence),
   whichever station delivered them first.
2. An event the lifecycle rules would have refused in that order (a second result, an
   action on a closed case, an extension past the legal limit, a second acceptance) can
   only have been written at a station that had not yet seen the event it clashes with.
   It is not applied and not dropped: the case is **in conflict**, both events kept,
   until an officer settles it with a ``conflict_settled`` event that names the event to
   keep and the one to set aside. Settlements are read before the replay, so a
   settlement that arrives before (or after) the events it settles gives the same state.

The rules themselves stay in :mod:`app.domain.lifecycle`; this module only decides which
events the fold applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Iterable, Mapping, Protocol

from app.domain.lifecycle import (
    MAX_EXTENSION_DAYS,
    CaseState,
    EventType,
    RuleViolation,
    Status,
    apply,
)


class Fact(Protocol):
    """What the fold needs of a stored event (``app.store.event_format.EventRecord``)."""

    uuid: str
    type: str
    payload: Mapping[str, Any]
    officer: str
    hlc: str
    station_uuid: str
    seq: int


class ConflictKind(StrEnum):
    TWO_RESULTS = "two_results"
    COMPLETED_AND_TERMINATED = "completed_and_terminated"
    EXTENSION_LIMIT = "extension_limit"
    AFTER_CLOSE = "after_close"
    SECOND_ACCEPTANCE = "second_acceptance"

    @property
    def label(self) -> str:
        return CONFLICT_LABELS[self]


CONFLICT_LABELS = {
    ConflictKind.TWO_RESULTS: "两个办结结果",
    ConflictKind.COMPLETED_AND_TERMINATED: "既办结又终止（或不予受理）",
    ConflictKind.EXTENSION_LIMIT: f"延期合计超过 {MAX_EXTENSION_DAYS} 个工作日（《行政许可法》第四十二条）",
    ConflictKind.AFTER_CLOSE: "案件结束后又登记了办理",
    ConflictKind.SECOND_ACCEPTANCE: "重复受理",
}

def _texts(*types: EventType) -> frozenset[str]:
    """Event types as the plain text events carry: a set lookup the fold makes per event."""
    return frozenset(t.value for t in types)


_CLOSING = _texts(EventType.COMPLETED, EventType.TERMINATED, EventType.REFUSED)
_ACCEPTING = _texts(EventType.ACCEPTED, EventType.TOLERANT_ACCEPTED)
_OPEN_ONLY = _texts(EventType.MATERIALS_SUPPLIED, EventType.MATERIAL_REJECTED, EventType.CLOCK_PAUSED,
                    EventType.CLOCK_RESUMED, EventType.EXTENDED, EventType.SUPPLEMENT_REQUESTED)


@dataclass(frozen=True)
class Side:
    """One of the two events in a conflict, as an officer needs to see it."""

    event_uuid: str
    type: str
    officer: str
    station_uuid: str
    date: str | None
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"event": self.event_uuid, "type": self.type, "officer": self.officer,
                "station": self.station_uuid, "date": self.date, "detail": self.detail}


@dataclass(frozen=True)
class Conflict:
    """``first`` was applied (it comes first in the replay order); ``second`` is held aside."""

    kind: ConflictKind
    first: Side
    second: Side

    @property
    def id(self) -> str:
        return self.second.event_uuid

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind.value, "label": self.kind.label,
                "first": self.first.to_json(), "second": self.second.to_json()}


def order_key(e: Fact) -> tuple[str, str, int]:
    """The one replay order every station uses."""
    return (e.hlc, e.station_uuid, e.seq)


def _detail(e: Fact) -> str:
    p = e.payload
    t = e.type
    if t == EventType.COMPLETED:
        return "准予" if p.get("result") == "approved" else "不予"
    if t == EventType.EXTENDED:
        return f"延期 {p.get('days')} 个工作日：{p.get('reason', '')}"
    if t == EventType.MATERIALS_SUPPLIED:
        return "补齐 " + "、".join(p.get("codes", []))
    return str(p.get("reason") or "")


def _side(e: Fact) -> Side:
    return Side(e.uuid, e.type, e.officer, e.station_uuid, e.payload.get("date"), _detail(e))


@dataclass
class _Marks:
    """Which applied event did what, so a clash can name the other side."""

    close: Fact | None = None
    accept: Fact | None = None
    extensions: list[Fact] = field(default_factory=list)

    def note(self, e: Fact) -> None:
        t = e.type
        if t in _CLOSING:
            self.close = e
        elif t == EventType.REOPENED:
            self.close = None
        elif t in _ACCEPTING:
            self.accept = e
        elif t == EventType.EXTENDED:
            self.extensions.append(e)


def _clash(state: CaseState, marks: _Marks, e: Fact) -> Conflict | None:
    t = e.type
    closed = state.status is not None and not state.status.is_open
    if t in _CLOSING and closed and marks.close is not None:
        both_completed = t == EventType.COMPLETED and state.status is Status.COMPLETED
        kind = ConflictKind.TWO_RESULTS if both_completed else ConflictKind.COMPLETED_AND_TERMINATED
        return Conflict(kind, _side(marks.close), _side(e))
    if t in _ACCEPTING and state.accepted_date is not None and marks.accept is not None:
        return Conflict(ConflictKind.SECOND_ACCEPTANCE, _side(marks.accept), _side(e))
    if (t in _OPEN_ONLY or t in _ACCEPTING) and closed and marks.close is not None:
        return Conflict(ConflictKind.AFTER_CLOSE, _side(marks.close), _side(e))
    if t == EventType.EXTENDED and state.completion is not None:
        if state.extended_days + int(e.payload["days"]) > MAX_EXTENSION_DAYS and marks.extensions:
            return Conflict(ConflictKind.EXTENSION_LIMIT, _side(marks.extensions[-1]), _side(e))
    return None


_NEEDS_COMPLETION = _texts(EventType.EXTENDED, EventType.CLOCK_PAUSED, EventType.CLOCK_RESUMED)


def _waiting(state: CaseState, e: Fact) -> bool:
    """Whether ``e`` builds on an event not held here yet (it came from another station
    before the events it follows): it waits, and applies once they arrive."""
    t = e.type
    if state.status is None:
        return t != EventType.INTAKE_LOGGED
    if t in _NEEDS_COMPLETION:
        # A case that owed a one-time notice may have been paused or extended as deemed
        # accepted (app.domain.deemed): its clock needs no acceptance event.
        return state.completion is None and state.notice is None
    if t == EventType.MATERIALS_SUPPLIED:
        return any(code not in state.materials for code in e.payload.get("codes", ()))
    if t == EventType.MATERIAL_REJECTED:
        return e.payload.get("code") not in state.materials
    return False


def set_aside(events: Iterable[Fact]) -> dict[str, str]:
    """Event uuid → uuid of the settlement that set it aside.

    Two supervisors at two stations may settle one conflict differently before either
    sees the other's decision; setting both sides aside would leave the case with
    neither. The settlement last in the replay order decides (every station picks the
    same one); the other stays in the history.
    """
    deciding: dict[str, Fact] = {}
    for e in events:
        if e.type == EventType.CONFLICT_SETTLED:
            known = deciding.get(e.payload["conflict"])
            if known is None or order_key(e) > order_key(known):
                deciding[e.payload["conflict"]] = e
    return {e.payload["drop"]: e.uuid for e in deciding.values()}


#: Types :func:`_waiting` can hold once the intake is in, and types :func:`_clash` can
#: refuse: every other event goes straight to ``apply``, as most of a rebuild's do.
_MAY_WAIT = _NEEDS_COMPLETION | _texts(EventType.MATERIALS_SUPPLIED, EventType.MATERIAL_REJECTED)
_MAY_CLASH = _CLOSING | _ACCEPTING | _OPEN_ONLY | _texts(EventType.EXTENDED)
_MARKED = _CLOSING | _ACCEPTING | _texts(EventType.EXTENDED, EventType.REOPENED)
_SETTLED = EventType.CONFLICT_SETTLED.value


def fold_case(case_uuid: str, events: Iterable[Fact], *, ordered: bool = False) -> CaseState:
    """The case's state from its events, whatever order they are given in.

    ``ordered`` says the events already come in :func:`order_key` order (the rebuild
    reads them so), which spares the sort.
    """
    facts = list(events) if ordered else sorted(events, key=order_key)
    settled = [e for e in facts if e.type == _SETTLED]
    dropped = set_aside(settled) if settled else {}
    state = CaseState(case_uuid)
    marks = _Marks()
    for e in facts:
        t = e.type
        if t == _SETTLED or (dropped and e.uuid in dropped):
            state.event_count += 1  # kept in the history, not in the state
            continue
        if (state.status is None or t in _MAY_WAIT) and _waiting(state, e):
            state.event_count += 1
            state.waiting.append(e.uuid)
            continue
        if t in _MAY_CLASH:
            clash = _clash(state, marks, e)
            if clash is not None:
                state.event_count += 1
                state.conflicts.append(clash)
                continue
        apply(state, t, e.payload, e.officer)
        if t in _MARKED:
            marks.note(e)
    return state


def check_settle(state: CaseState, conflict_id: str, keep: str, reason: str) -> Conflict:
    """The conflict an officer settles, and that ``keep`` is one of its two sides."""
    if not state.conflicts:
        raise RuleViolation(f"案件 {state.number} 没有待处理的冲突", "no_conflicts", number=state.number)
    found = next((c for c in state.conflicts if c.id == conflict_id), None)
    if found is None:
        raise RuleViolation(f"案件 {state.number} 没有编号为 {conflict_id} 的冲突", "no_such_conflict",
                            number=state.number, conflict=conflict_id)
    if keep not in (found.first.event_uuid, found.second.event_uuid):
        raise RuleViolation("只能保留冲突双方中的一方", "keep_one_side")
    if not reason.strip():
        raise RuleViolation("处理冲突须写明理由", "settle_reason")
    return found


def settlement_payload(conflict: Conflict, keep: str, reason: str, day: str) -> dict[str, Any]:
    drop = conflict.second.event_uuid if keep == conflict.first.event_uuid else conflict.first.event_uuid
    return {"date": day, "conflict": conflict.id, "kind": conflict.kind.value, "keep": keep, "drop": drop,
            "reason": reason.strip()}
