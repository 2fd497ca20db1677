"""Writing a case's state into the ``cases`` projection row.

The row holds what lists filter and sort on: status, applicant, and each countdown's
deadline and whether it is still running. Deadlines depend on the calendar, so the row
is recomputed when a calendar year is imported; states (overdue, due soon…) depend on
"today" and are never stored.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.deadlines import CountdownStatus, judge
from app.domain.lifecycle import CaseState, Status
from app.store.models import CaseRow
from app.store.upsert import upsert


def row_values(state: CaseState, cal: WorkCalendar, last_hlc: str) -> dict[str, Any]:
    is_open = bool(state.status and state.status.is_open)
    values: dict[str, Any] = {
        "uuid": state.uuid,
        "number": state.number,
        "station_uuid": state.station_uuid,
        "year": state.year,
        "serial": state.serial,
        "status": state.status.value if state.status else Status.AWAITING_SUPPLEMENT.value,
        "is_open": is_open,
        "start_date": state.accepted_date or state.intake_date,
        "decision": state.decision.value if state.decision else None,
        "item_code": state.item.get("code", ""),
        "item_name": state.item.get("name", ""),
        "item_version": int(state.item.get("version", 1)),
        "applicant_kind": state.applicant.get("kind", "person"),
        "applicant_name": state.applicant.get("name", ""),
        "id_number": state.applicant.get("id_number", ""),
        "id_rev": state.applicant.get("id_number", "")[::-1],
        "phone": state.applicant.get("phone", ""),
        "intake_date": state.intake_date,
        "accepted_date": state.accepted_date,
        "closed_date": state.closed_date,
        "flagged": state.flagged,
        "promise_broken": state.promise_broken,
        "missing_count": len(state.missing_required),
        "last_hlc": last_hlc,
        "conflicts": ",".join(sorted({c.kind.value for c in state.conflicts})),
    }
    open_deadlines: list[dt.date] = []
    paused = state.paused
    for which in ("supply", "completion", "notice"):
        spec = getattr(state, which)
        deadline = closed_on = None
        running = False
        if spec:
            closed_on = spec.get("closed_on")
            running = closed_on is None and is_open
            if which == "completion" and paused:
                countdown = state.countdown(which)
                values["completion_paused_left"] = countdown.evaluate(cal, countdown.open_pause().start).days_left
                deadline = None
            else:
                deadline = _deadline(state, which, spec, cal)
                if running:
                    open_deadlines.append(deadline)
        values[f"{which}_deadline"] = deadline
        values[f"{which}_open"] = running
        values[f"{which}_closed_on"] = closed_on
    values.setdefault("completion_paused_left", None)
    values["completion_paused"] = state.paused and is_open
    supply_deadline = values["supply_deadline"]
    values["supply_missed"] = bool(
        state.promise_broken
        or (supply_deadline and values["supply_closed_on"] and values["supply_closed_on"] > supply_deadline
            and state.decision is not None and state.decision.value == "tolerant")
    )
    values["next_deadline"] = min(open_deadlines) if open_deadlines else None
    values["stopped_clocks"] = ",".join(
        w for w in ("supply", "completion", "notice") if (getattr(state, w) or {}).get("stopped")
    )
    return values


_DEADLINES: dict[int, dict] = {}  # id(calendar) → remembered deadlines, dropped with the calendar


def _deadline(state: CaseState, which: str, spec: dict[str, Any], cal: WorkCalendar) -> dt.date:
    """The countdown's deadline, remembered per calendar: a rebuild meets the same
    (start, limit, extensions) thousands of times, and the answer depends on nothing else
    unless there are pauses."""
    pauses = spec.get("pauses")
    if pauses:
        return state.countdown(which).deadline(cal)
    key = (spec["start"], spec["limit"], spec.get("unit", "working"),
           sum(e["days"] for e in spec.get("extensions", ())))
    known = _DEADLINES.get(id(cal))
    if known is None:
        known = _DEADLINES[id(cal)] = {}
        weakref.finalize(cal, _DEADLINES.pop, id(cal), None)
    found = known.get(key)
    if found is None:
        found = known[key] = state.countdown(which).deadline(cal)
    return found


def save_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert or replace projection rows: the same statement for a new case, an action, an
    import and a rebuild, on SQLite and PostgreSQL alike."""
    upsert(session, CaseRow.__table__, rows)


def save_row(session: Session, values: dict[str, Any], *, new: bool = False) -> None:
    save_rows(session, [values])


def clear(session: Session) -> None:
    session.execute(delete(CaseRow))


def row_countdowns(row: Any, cal: WorkCalendar, today: dt.date, soon: int) -> dict[str, CountdownStatus | None]:
    """Countdown states straight from a projection row, without replaying events."""
    out: dict[str, CountdownStatus | None] = {}
    start = row.start_date or row.intake_date
    for which in ("supply", "completion", "notice"):
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
    return out
