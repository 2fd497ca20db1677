"""Writing a case's state into the ``cases`` projection row.

The row holds what lists filter and sort on: status, applicant, and each countdown's
deadline and whether it is still running. Deadlines depend on the calendar, so the row
is recomputed when a calendar year is imported; states (overdue, due soon…) depend on
"today" and are never stored.

A case that owes a one-time notice may come to count as accepted once the five working
days run out (行政许可法 §32(4)). Whether it does depends on the day it is judged on, so
the row stores both sides and no "today": ``deemed_after`` (the notice deadline, when
the duty was not met in time), the completion clock counted from the receipt date, and
``deemed_next_deadline``; readers pick the side with :func:`deemed_on`.
"""

from __future__ import annotations

import datetime as dt
import weakref
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.deadlines import Countdown, CountdownStatus, judge
from app.domain.deemed import deemed_state, notice_lapse
from app.domain.lifecycle import CaseState, Status
from app.services import changes
from app.services.changes import OpChanges
from app.store.bulk import replacing
from app.store.models import CaseRow
from app.store.upsert import upsert


def row_values(state: CaseState, cal: WorkCalendar, last_hlc: str) -> dict[str, Any]:
    """The row of a folded (not judged) state."""
    lapse = notice_lapse(state, cal) if state.notice is not None else None
    if lapse is None:
        values = _values(state, cal, last_hlc)
        values["deemed_after"] = values["deemed_next_deadline"] = None
        return values
    deemed = deemed_state(state, lapse)
    deemed_values = _values(deemed, cal, last_hlc)
    if lapse.late_notice_on is not None:
        # Something ended the duty after the five days: the case was accepted by law
        # before that, whichever day it is judged on.
        values = deemed_values
        values["status"] = state.status.value
    else:
        values = _values(state, cal, last_hlc)
        for key in ("accepted_date", "completion_deadline", "completion_open", "completion_closed_on",
                    "completion_paused", "completion_paused_left"):
            values[key] = deemed_values[key]
    values["deemed_after"] = lapse.notice_deadline
    values["deemed_next_deadline"] = deemed_values["next_deadline"]
    return values


#: Each countdown's name and its three columns.
_CLOCKS = tuple((w, f"{w}_deadline", f"{w}_open", f"{w}_closed_on") for w in ("supply", "completion", "notice"))
_AWAITING = Status.AWAITING_SUPPLEMENT.value


def _values(state: CaseState, cal: WorkCalendar, last_hlc: str) -> dict[str, Any]:
    status = state.status
    is_open = status is not None and status.is_open
    item = state.item
    applicant = state.applicant
    id_number = applicant.get("id_number", "")
    rating = state.rating
    values: dict[str, Any] = {
        "uuid": state.uuid,
        "number": state.number,
        "station_uuid": state.station_uuid,
        "year": state.year,
        "serial": state.serial,
        "status": status.value if status else _AWAITING,
        "is_open": is_open,
        "start_date": state.accepted_date or state.intake_date,
        "decision": state.decision.value if state.decision else None,
        "item_code": item.get("code", ""),
        "item_name": item.get("name", ""),
        "item_version": int(item.get("version", 1)),
        "applicant_kind": applicant.get("kind", "person"),
        "applicant_name": applicant.get("name", ""),
        "id_number": id_number,
        "id_rev": id_number[::-1],
        "phone": applicant.get("phone", ""),
        "intake_date": state.intake_date,
        "accepted_date": state.accepted_date,
        "closed_date": state.closed_date,
        "flagged": state.flagged,
        "promise_broken": state.promise_broken,
        "missing_count": len(state.missing_required),
        "result": state.result,
        "intake_officer": state.intake_officer,
        "rating": (("declined" if rating.declined else rating.level) if rating else None),
        "rating_date": rating.date if rating else None,
        "last_hlc": last_hlc,
        "conflicts": ",".join(sorted({c.kind.value for c in state.conflicts})) if state.conflicts else "",
        "completion_paused_left": None,
    }
    open_deadlines: list[dt.date] = []
    paused = state.paused
    stopped = []
    for which, deadline_key, open_key, closed_key in _CLOCKS:
        clock = getattr(state, which)
        deadline = closed_on = None
        running = False
        if clock is not None:
            closed_on = clock.closed_on
            running = closed_on is None and is_open
            if paused and which == "completion":
                values["completion_paused_left"] = clock.evaluate(cal, clock.open_pause().start).days_left
            else:
                deadline = _deadline(clock, cal)
                if running:
                    open_deadlines.append(deadline)
            if clock.stopped:
                stopped.append(which)
        values[deadline_key] = deadline
        values[open_key] = running
        values[closed_key] = closed_on
    values["completion_paused"] = paused and is_open
    supply_deadline = values["supply_deadline"]
    values["supply_missed"] = bool(
        state.promise_broken
        or (supply_deadline and values["supply_closed_on"] and values["supply_closed_on"] > supply_deadline
            and state.decision is not None and state.decision.value == "tolerant")
    )
    follow = state.follow_up if state.follow_up is not None and state.follow_up.due else None
    values["follow_up_due"] = follow.due if follow else None
    values["follow_up_closed_on"] = follow.closed_on if follow else None
    values["follow_up_open"] = bool(follow and follow.closed_on is None)
    if values["follow_up_open"]:
        open_deadlines.append(follow.due)  # a poor rating's follow-up is work like any other
    values["next_deadline"] = min(open_deadlines) if open_deadlines else None
    values["stopped_clocks"] = ",".join(stopped)
    return values


_DEADLINES: dict[int, dict] = {}  # id(calendar) → remembered deadlines, dropped with the calendar


def _deadline(clock: Countdown, cal: WorkCalendar) -> dt.date:
    """The countdown's deadline, remembered per calendar: a rebuild meets the same
    (start, limit, extensions) thousands of times, and the answer depends on nothing else
    unless there are pauses."""
    if clock.pauses:
        return clock.deadline(cal)
    key = (clock.start, clock.limit, clock.unit, clock.extra_days)
    known = _DEADLINES.get(id(cal))
    if known is None:
        known = _DEADLINES[id(cal)] = {}
        weakref.finalize(cal, _DEADLINES.pop, id(cal), None)
    found = known.get(key)
    if found is None:
        found = known[key] = clock.deadline(cal)
    return found


def save_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert or replace projection rows: the same statement for a new case, an action, an
    import and a rebuild, on SQLite and PostgreSQL alike."""
    upsert(session, CaseRow.__table__, rows)
    changes.note_cases_in_session(session.info, (r["uuid"] for r in rows))


def save_row(session: Session, values: dict[str, Any], *, new: bool = False) -> None:
    save_rows(session, [values])


@contextmanager
def replacing_all(session: Session) -> Iterator[Callable[[list[dict[str, Any]]], None]]:
    """Every projection row written anew (a rebuild): yields the function that writes a
    batch of rows into the emptied table (:func:`app.store.bulk.replacing`)."""
    with replacing(session, CaseRow.__table__) as write:
        yield write
    changes.note_in_session(session.info, OpChanges(all_cases=True))


def deemed_on(row: Any, today: dt.date) -> bool:
    """Whether the row's case counts as accepted on ``today`` for want of a timely notice."""
    return row.deemed_after is not None and today > row.deemed_after


def row_countdowns(row: Any, cal: WorkCalendar, today: dt.date, soon: int) -> dict[str, CountdownStatus | None]:
    """Countdown states straight from a projection row, without replaying events."""
    out: dict[str, CountdownStatus | None] = {}
    start = row.start_date or row.intake_date
    deemed = deemed_on(row, today)
    for which in ("supply", "completion", "notice"):
        if row.deemed_after is not None:
            if which == "notice" and deemed:
                # the duty lapsed: missed, the day after the fifth working day
                lapsed = row.deemed_after + dt.timedelta(days=1)
                out[which] = judge(cal, row.deemed_after, start, today, lapsed, soon)
                continue
            if (which == "supply" and deemed and row.decision == "notice") or (which == "completion" and not deemed):
                out[which] = None
                continue
        deadline = getattr(row, f"{which}_deadline")
        closed_on = getattr(row, f"{which}_closed_on")
        if which == "completion" and row.completion_paused:
            left = row.completion_paused_left or 0
            provisional = cal.add_workdays(today, max(left, 0)) if left > 0 else today
            out[which] = judge(cal, provisional, start, today, None, soon, paused_left=left)
            continue
        if deadline is None:
            out[which] = None
            continue
        out[which] = judge(cal, deadline, start, today, closed_on, soon, stopped=which in row.stopped_clocks.split(","))
    out["follow_up"] = (judge(cal, row.follow_up_due, row.rating_date, today, row.follow_up_closed_on, soon)
                        if row.follow_up_due is not None else None)
    return out
