"""A folded case's projection row: its values, column by column.

Apart from :mod:`app.services.projection`, which writes the rows, because the worker
processes of a parallel rebuild (:mod:`app.services.fold_workers`) build rows too and
start faster without the database layer: this module needs only the domain.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

from app.domain.calendar import WorkCalendar
from app.domain.deadlines import Countdown
from app.domain.deemed import deemed_state, notice_lapse
from app.domain.lifecycle import CaseState, Decision, Status


#: The row's columns in the order :func:`row_tuple` gives their values.
COLUMNS = (
    "uuid", "number", "station_uuid", "year", "serial", "status", "is_open", "start_date", "decision", "item_code",
    "item_name", "item_version", "applicant_kind", "applicant_name", "id_number", "id_rev", "phone", "intake_date",
    "accepted_date", "closed_date", "supply_deadline", "supply_open", "supply_closed_on", "supply_missed",
    "completion_deadline", "completion_open", "completion_closed_on", "completion_paused", "completion_paused_left",
    "notice_deadline", "notice_open", "notice_closed_on", "next_deadline", "deemed_after", "deemed_next_deadline",
    "result", "intake_officer", "rating", "rating_date", "follow_up_due", "follow_up_closed_on", "follow_up_open",
    "stopped_clocks", "flagged", "promise_broken", "missing_count", "last_hlc", "conflicts",
)
_AT = {name: i for i, name in enumerate(COLUMNS)}
#: The columns holding dates and booleans: stored on SQLite as ISO text and 1/0.
DATE_COLUMNS = ("start_date", "intake_date", "accepted_date", "closed_date", "supply_deadline", "supply_closed_on",
                "completion_deadline", "completion_closed_on", "notice_deadline", "notice_closed_on", "next_deadline",
                "deemed_after", "deemed_next_deadline", "rating_date", "follow_up_due", "follow_up_closed_on")
BOOL_COLUMNS = ("is_open", "supply_open", "supply_missed", "completion_open", "completion_paused", "notice_open",
                "follow_up_open", "flagged", "promise_broken")
#: What a case deemed accepted takes from its deemed state when the notice never came late.
_FROM_DEEMED = tuple(_AT[c] for c in ("accepted_date", "completion_deadline", "completion_open", "completion_closed_on",
                                      "completion_paused", "completion_paused_left"))


def row_values(state: CaseState, cal: WorkCalendar, last_hlc: str) -> dict[str, Any]:
    """The row of a folded (not judged) state, by column name."""
    return dict(zip(COLUMNS, row_tuple(state, cal, last_hlc)))


def row_tuple(state: CaseState, cal: WorkCalendar, last_hlc: str) -> tuple:
    """The row of a folded (not judged) state, its values in :data:`COLUMNS` order.

    A tuple, as the driver takes it: a rebuild makes one for every case.
    """
    lapse = notice_lapse(state, cal) if state.notice is not None else None
    if lapse is None:
        return _values(state, cal, last_hlc)
    deemed_values = _values(deemed_state(state, lapse), cal, last_hlc)
    if lapse.late_notice_on is not None:
        # Something ended the duty after the five days: the case was accepted by law
        # before that, whichever day it is judged on.
        values = list(deemed_values)
        values[_AT["status"]] = state.status.value
    else:
        values = list(_values(state, cal, last_hlc))
        for i in _FROM_DEEMED:
            values[i] = deemed_values[i]
    values[_AT["deemed_after"]] = lapse.notice_deadline
    values[_AT["deemed_next_deadline"]] = deemed_values[_AT["next_deadline"]]
    return tuple(values)


_AWAITING = Status.AWAITING_SUPPLEMENT.value
_TOLERANT = Decision.TOLERANT
_TEXT = {member: member.value for member in (*Status, *Decision)}  # plain text, as stored


def _values(state: CaseState, cal: WorkCalendar, last_hlc: str) -> tuple:
    """The row without the deemed acceptance (``deemed_after`` and its deadline None)."""
    status = state.status
    is_open = status is not None and status.is_open
    decision = state.decision
    open_deadlines: list[dt.date] = []
    stopped: list[str] = []
    paused = state.paused
    paused_left = None
    known = _known_deadlines(cal)

    clock = state.supply
    if clock is None:
        supply_deadline = supply_closed_on = None
        supply_open = False
    else:
        supply_closed_on = clock.closed_on
        supply_open = supply_closed_on is None and is_open
        supply_deadline = _deadline(clock, cal, known)
        if supply_open:
            open_deadlines.append(supply_deadline)
        if clock.stopped:
            stopped.append("supply")

    clock = state.completion
    if clock is None:
        completion_deadline = completion_closed_on = None
        completion_open = False
    else:
        completion_closed_on = clock.closed_on
        completion_open = completion_closed_on is None and is_open
        if paused:
            paused_left = clock.evaluate(cal, clock.open_pause().start).days_left
            completion_deadline = None
        else:
            completion_deadline = _deadline(clock, cal, known)
            if completion_open:
                open_deadlines.append(completion_deadline)
        if clock.stopped:
            stopped.append("completion")

    clock = state.notice
    if clock is None:
        notice_deadline = notice_closed_on = None
        notice_open = False
    else:
        notice_closed_on = clock.closed_on
        notice_open = notice_closed_on is None and is_open
        notice_deadline = _deadline(clock, cal, known)
        if notice_open:
            open_deadlines.append(notice_deadline)
        if clock.stopped:
            stopped.append("notice")

    follow = state.follow_up
    if follow is not None and follow.due:
        follow_up_due, follow_up_closed_on = follow.due, follow.closed_on
        follow_up_open = follow_up_closed_on is None
        if follow_up_open:
            open_deadlines.append(follow_up_due)  # a poor rating's follow-up is work like any other
    else:
        follow_up_due = follow_up_closed_on = None
        follow_up_open = False

    item = state.item
    applicant = state.applicant
    id_number = applicant.get("id_number", "")
    rating = state.rating
    return (
        state.uuid,
        state.number,
        state.station_uuid,
        state.year,
        state.serial,
        _TEXT[status] if status else _AWAITING,
        is_open,
        state.accepted_date or state.intake_date,
        _TEXT[decision] if decision else None,
        item.get("code", ""),
        item.get("name", ""),
        int(item.get("version", 1)),
        applicant.get("kind", "person"),
        applicant.get("name", ""),
        id_number,
        id_number[::-1],
        applicant.get("phone", ""),
        state.intake_date,
        state.accepted_date,
        state.closed_date,
        supply_deadline,
        supply_open,
        supply_closed_on,
        bool(state.promise_broken
             or (supply_deadline and supply_closed_on and supply_closed_on > supply_deadline
                 and decision is _TOLERANT)),
        completion_deadline,
        completion_open,
        completion_closed_on,
        paused and is_open,
        paused_left,
        notice_deadline,
        notice_open,
        notice_closed_on,
        min(open_deadlines) if open_deadlines else None,
        None,  # deemed_after
        None,  # deemed_next_deadline
        state.result,
        state.intake_officer,
        ("declined" if rating.declined else rating.level) if rating else None,
        rating.date if rating else None,
        follow_up_due,
        follow_up_closed_on,
        follow_up_open,
        ",".join(stopped),
        state.flagged,
        state.promise_broken,
        state.missing_required_count,
        last_hlc,
        ",".join(sorted({c.kind.value for c in state.conflicts})) if state.conflicts else "",
    )


_DEADLINES: dict[int, dict] = {}  # id(calendar) → remembered deadlines, dropped with the calendar


def _known_deadlines(cal: WorkCalendar) -> dict:
    known = _DEADLINES.get(id(cal))
    if known is None:
        known = _DEADLINES[id(cal)] = {}
        weakref.finalize(cal, _DEADLINES.pop, id(cal), None)
    return known


def _deadline(clock: Countdown, cal: WorkCalendar, known: dict) -> dt.date:
    """The countdown's deadline, remembered per calendar (in ``known``): a rebuild meets
    the same (start, limit, extensions) thousands of times, and the answer depends on
    nothing else unless there are pauses."""
    if clock.pauses:
        return clock.deadline(cal)
    key = (clock.start, clock.limit, clock.unit, clock.extensions)
    found = known.get(key)
    if found is None:
        found = known[key] = clock.deadline(cal)
    return found
