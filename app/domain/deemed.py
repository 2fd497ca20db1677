"""Deemed acceptance: what the law makes of a one-time notice the centre did not give.

行政许可法 §32(4): when the materials are incomplete the centre must tell the applicant
everything that is missing, at once, within five days (working days, §82); if it does
not, the application counts as accepted from the day the materials were received
(逾期不告知的，自收到申请材料之日起即为受理).

Nobody records this: it follows from the dates. The events say when the materials came
in and when, if ever, the duty to notify ended (a one-time notice printed, the case
accepted, refused or closed); the calendar says when the five days ran out. Whether the
case *is* deemed accepted then depends only on the day it is judged on. So the fold and
the stored projection stay free of "today": :func:`notice_lapse` says, from the events
alone, whether and after which day the case counts as accepted, and :func:`judged` turns
a folded state into the state as it stands on a given day.

The earliest date that ended the duty decides (the fold keeps the minimum), so the same
events give the same answer whatever order they arrive in from several stations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from app.domain.calendar import WorkCalendar
from app.domain.deadlines import Countdown
from app.domain.lifecycle import CaseState, Decision, Status

DEEMED_LABEL = "逾期未告知·依法视为受理"
LEGAL_BASIS = "《中华人民共和国行政许可法》第三十二条第一款第（四）项"


@dataclass(frozen=True)
class NoticeLapse:
    """The notice duty was not met in time: the case counts as accepted from receipt."""

    acceptance_date: dt.date  # the day the materials were received
    notice_deadline: dt.date  # the end of the fifth working day
    late_notice_on: dt.date | None  # when the duty was ended after all, too late (None: never)

    @property
    def since(self) -> dt.date:
        """The first day the case is judged as accepted (the day after the five days)."""
        return self.notice_deadline + dt.timedelta(days=1)

    def holds_on(self, day: dt.date) -> bool:
        return day > self.notice_deadline

    def reason(self) -> str:
        """Why the centre can no longer ask for materials as a condition of acceptance."""
        return (
            f"一次性告知期限 {self.notice_deadline.isoformat()} 已过而未告知，依{LEGAL_BASIS}，"
            f"本案自收到申请材料之日（{self.acceptance_date.isoformat()}）起即为受理，"
            "不能再以补正材料作为受理的条件"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "label": DEEMED_LABEL,
            "acceptance_date": self.acceptance_date.isoformat(),
            "notice_deadline": self.notice_deadline.isoformat(),
            "since": self.since.isoformat(),
        }


def notice_lapse(state: CaseState, cal: WorkCalendar) -> NoticeLapse | None:
    """The deemed acceptance this case comes to unless the notice is given in time.

    None when the case never owed a one-time notice or the duty ended within the five
    working days. Independent of "today": the caller asks :meth:`NoticeLapse.holds_on`.
    """
    clock = state.notice
    if clock is None or state.intake_date is None:
        return None
    deadline = clock.deadline(cal)
    closed_on = clock.closed_on
    if closed_on is not None and closed_on <= deadline:
        return None
    return NoticeLapse(state.intake_date, deadline, closed_on)


def deemed_state(state: CaseState, lapse: NoticeLapse) -> CaseState:
    """The state once the case counts as accepted: a copy, the fold's own left as it is.

    Accepted on the receipt date with the completion clock running from it (keeping any
    pause or extension recorded since); the applicant's 补正 period no longer conditions
    anything, and the notice clock is over, missed.
    """
    s = state.snapshot()
    s.deemed = lapse
    s.accepted_date = lapse.acceptance_date
    if s.status is Status.AWAITING_SUPPLEMENT:
        s.status = Status.ACCEPTED
    if s.completion is None:
        closed = s.status is not None and not s.status.is_open and s.closed_date is not None
        s.completion = Countdown(lapse.acceptance_date, int(s.item.get("promised_days", 0)),
                                 closed_on=s.closed_date if closed else None,
                                 stopped=closed and s.status is not Status.COMPLETED)
    else:
        s.completion = replace(s.completion, start=lapse.acceptance_date)
    if s.supply is not None and s.decision is Decision.NOTICE:
        s.supply = None
    if s.notice is not None:
        s.notice = replace(s.notice, closed_on=lapse.since, stopped=False)
    return s


def judged(state: CaseState, cal: WorkCalendar, day: dt.date) -> CaseState:
    """The case as it stands on ``day``: deemed accepted once the five days have run out."""
    lapse = notice_lapse(state, cal)
    if lapse is None or not lapse.holds_on(day):
        return state
    return deemed_state(state, lapse)
