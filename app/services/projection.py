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
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.deadlines import CountdownStatus, judge
from app.services import changes
from app.services.case_row import COLUMNS
from app.services.changes import OpChanges
from app.store.bulk import replacing
from app.store.models import CaseRow
from app.store.upsert import upsert


def save_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert or replace projection rows: the same statement for a new case, an action, an
    import and a rebuild, on SQLite and PostgreSQL alike."""
    upsert(session, CaseRow.__table__, rows)
    changes.note_cases_in_session(session.info, (r["uuid"] for r in rows))


def save_row(session: Session, values: dict[str, Any], *, new: bool = False) -> None:
    save_rows(session, [values])


@contextmanager
def replacing_all(session: Session) -> Iterator[Callable[[list[tuple]], None]]:
    """Every projection row written anew (a rebuild): yields the function that writes a
    batch of :func:`row_tuple` rows into the emptied table (:func:`app.store.bulk.replacing`)."""
    with replacing(session, CaseRow.__table__, COLUMNS) as write:
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
