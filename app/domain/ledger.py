"""The monthly 台账: one row per case received in the period, and what the rows add up to.

Township centres report every month how many cases came in, how many were accepted with
tolerated gaps, how many promises were kept and how many cases were finished on time.
The rules for each column live here, once, so that the ledger file, its summary sheet
and the monthly report are the same figures: the summary is computed from the rows, and
nothing else.

A case belongs to the period of the day it was received (收件日期). Its state is judged
on the day the ledger is made (``as_of``): a case still open then is 在办 or 逾期在办.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from app.domain.calendar import WorkCalendar
from app.domain.rating import DECLINED_LABEL, LEVELS, NOT_RATED_LABEL

DECISION_LABELS = {"accept": "受理", "tolerant": "容缺受理", "notice": "一次性告知补正", "refuse": "不予受理"}
DEEMED_DECISION = "逾期未告知·依法视为受理"


class Timeliness:
    """Whether the centre kept its completion promise; the ledger's 是否按时 column."""

    ON_TIME = "按时办结"
    LATE = "超期办结"
    OPEN = "在办"
    OPEN_OVERDUE = "逾期在办"
    PAUSED = "暂停计时"
    NOT_ACCEPTED = "未受理"
    NOT_APPLICABLE = "不适用"


class Promise:
    """The applicant's 容缺 promise to bring the missing materials by the supply deadline."""

    KEPT = "已履行"
    BROKEN = "未履行"
    OPEN = "履行中"
    ENDED = "办理终止"  # the case ended before the deadline, for another reason


RATING_LEVELS = tuple(LEVELS.values())
RATING_DECLINED = DECLINED_LABEL
RATING_NONE = NOT_RATED_LABEL


@dataclass(frozen=True)
class CaseFacts:
    """What the ledger reads of one case (its projection row, judged by nobody yet)."""

    number: str
    station: str
    item_code: str
    item_name: str
    applicant_name: str
    id_masked: str
    intake_date: dt.date
    status: str
    decision: str | None
    result: str | None
    accepted_date: dt.date | None
    closed_date: dt.date | None
    supply_deadline: dt.date | None
    supply_closed_on: dt.date | None
    supply_stopped: bool
    promise_broken: bool
    completion_deadline: dt.date | None
    completion_closed_on: dt.date | None
    completion_paused: bool
    deemed_after: dt.date | None
    officer: str
    rating: str = RATING_NONE
    rating_named: bool = True
    follow_up_due: dt.date | None = None
    rectified_on: dt.date | None = None
    revisited_on: dt.date | None = None


class FollowUp:
    """Where a poor rating's follow-up stands; the ledger's 差评整改 column."""

    ON_TIME = "按期回访"
    LATE = "超期回访"
    OPEN = "整改中"
    OVERDUE = "逾期未回访"


@dataclass(frozen=True)
class LedgerRow:
    number: str
    station: str
    item_code: str
    item_name: str
    applicant_name: str
    id_masked: str
    intake_date: dt.date
    decision: str
    accepted_date: dt.date | None
    supply_deadline: dt.date | None
    supplied_on: dt.date | None
    completion_deadline: dt.date | None
    completed_on: dt.date | None
    result: str
    timeliness: str
    late_days: int  # working days past the completion deadline (0 when in time)
    days_taken: int | None  # working days from acceptance to completion
    promise: str  # for 容缺 cases, else ""
    deemed: bool  # accepted by law for want of a timely notice: a failure of the centre
    officer: str
    rating: str
    follow_up: str = ""  # for a poor rating, else ""
    rectified: bool = False
    revisited: bool = False
    named: bool = True


COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "受理编号"),
    ("station", "站点/窗口"),
    ("item_code", "事项编码"),
    ("item_name", "事项名称"),
    ("applicant_name", "申请人"),
    ("id_masked", "证件号码"),
    ("intake_date", "收件日期"),
    ("decision", "受理决定"),
    ("accepted_date", "受理日期"),
    ("supply_deadline", "补正期限"),
    ("supplied_on", "补齐日期"),
    ("completion_deadline", "承诺办结期限"),
    ("completed_on", "办结日期"),
    ("result", "办理结果"),
    ("timeliness", "是否按时"),
    ("late_days", "超期工作日"),
    ("days_taken", "办理用时（工作日）"),
    ("promise", "容缺承诺"),
    ("deemed", "逾期未告知"),
    ("officer", "承办人"),
    ("rating", "评价"),
    ("follow_up", "差评整改"),
)
"""The ledger's columns in order: attribute of :class:`LedgerRow` and Chinese header."""


def _result(f: CaseFacts) -> str:
    if f.status == "completed":
        return "准予" if f.result == "approved" else "不予批准"
    return {"refused": "不予受理", "terminated": "终止办理"}.get(f.status, "在办")


def ledger_row(f: CaseFacts, cal: WorkCalendar, as_of: dt.date) -> LedgerRow:
    """One case's ledger row, judged on ``as_of``."""
    deemed = f.deemed_after is not None and as_of > f.deemed_after
    pending_lapse = f.deemed_after is not None and not deemed
    accepted_date = None if pending_lapse and f.status == "awaiting_supplement" else f.accepted_date
    completion_deadline = None if accepted_date is None else f.completion_deadline
    decision = DEEMED_DECISION if deemed else DECISION_LABELS.get(f.decision or "", "")
    completed_on = f.closed_date if f.status == "completed" else None

    late = 0
    taken = None
    if f.status == "refused":
        timeliness = Timeliness.NOT_APPLICABLE
    elif accepted_date is None:
        timeliness = Timeliness.NOT_APPLICABLE if f.status == "terminated" else Timeliness.NOT_ACCEPTED
    elif f.status == "completed":
        closed = f.completion_closed_on or f.closed_date
        taken = cal.workdays_between(accepted_date, f.closed_date)
        if completion_deadline is None or closed <= completion_deadline:
            timeliness = Timeliness.ON_TIME
        else:
            timeliness = Timeliness.LATE
            late = cal.workdays_between(completion_deadline, closed)
    elif f.status == "terminated":
        timeliness = Timeliness.NOT_APPLICABLE
    elif f.completion_paused or completion_deadline is None:
        timeliness = Timeliness.PAUSED
    elif as_of > completion_deadline:
        timeliness = Timeliness.OPEN_OVERDUE
        late = max(1, cal.workdays_between(completion_deadline, as_of))
    else:
        timeliness = Timeliness.OPEN

    promise = ""
    supplied_on = None
    if f.supply_closed_on is not None and not f.supply_stopped:
        supplied_on = f.supply_closed_on
    if f.decision == "tolerant":
        if f.promise_broken or (supplied_on and f.supply_deadline and supplied_on > f.supply_deadline):
            promise = Promise.BROKEN
        elif supplied_on is not None:
            promise = Promise.KEPT
        elif f.supply_stopped:
            # the case ended with the materials still owed: broken if it ended after the deadline
            ended = f.supply_closed_on
            promise = Promise.BROKEN if ended and f.supply_deadline and ended > f.supply_deadline else Promise.ENDED
        elif f.supply_deadline is not None and as_of > f.supply_deadline:
            promise = Promise.BROKEN
        else:
            promise = Promise.OPEN

    follow_up = ""
    if f.follow_up_due is not None:
        if f.revisited_on is not None:
            follow_up = FollowUp.ON_TIME if f.revisited_on <= f.follow_up_due else FollowUp.LATE
        else:
            follow_up = FollowUp.OVERDUE if as_of > f.follow_up_due else FollowUp.OPEN

    return LedgerRow(
        number=f.number, station=f.station, item_code=f.item_code, item_name=f.item_name,
        applicant_name=f.applicant_name, id_masked=f.id_masked, intake_date=f.intake_date, decision=decision,
        accepted_date=accepted_date,
        supply_deadline=None if deemed else f.supply_deadline,
        supplied_on=supplied_on,
        completion_deadline=completion_deadline, completed_on=completed_on, result=_result(f),
        timeliness=timeliness, late_days=late, days_taken=taken, promise=promise, deemed=deemed,
        officer=f.officer, rating=f.rating, follow_up=follow_up, rectified=f.rectified_on is not None,
        revisited=f.revisited_on is not None, named=f.rating_named,
    )


# -- what the rows add up to ---------------------------------------------------------------


@dataclass
class Tally:
    """Counts of one group of rows (all, one item, one officer)."""

    received: int = 0
    accepted: int = 0  # accepted in any way, 容缺 and deemed included
    tolerant: int = 0
    refused: int = 0
    not_accepted: int = 0  # still waiting for materials, or ended before acceptance
    completed: int = 0
    on_time: int = 0
    late: int = 0
    open: int = 0
    open_overdue: int = 0
    terminated: int = 0
    deemed: int = 0
    days_taken: int = 0  # sum over completed cases

    def add(self, r: LedgerRow) -> None:
        self.received += 1
        if r.accepted_date is not None:
            self.accepted += 1
        if r.promise:
            self.tolerant += 1
        if r.result == "不予受理":
            self.refused += 1
        if r.timeliness == Timeliness.NOT_ACCEPTED or (r.accepted_date is None and r.result == "终止办理"):
            self.not_accepted += 1
        if r.completed_on is not None:
            self.completed += 1
            self.days_taken += r.days_taken or 0
        if r.timeliness == Timeliness.ON_TIME:
            self.on_time += 1
        elif r.timeliness == Timeliness.LATE:
            self.late += 1
        elif r.timeliness in (Timeliness.OPEN, Timeliness.PAUSED):
            self.open += 1
        elif r.timeliness == Timeliness.OPEN_OVERDUE:
            self.open_overdue += 1
        if r.result == "终止办理":
            self.terminated += 1
        if r.deemed:
            self.deemed += 1

    @property
    def on_time_rate(self) -> float | None:
        """On-time completions over completions; None with nothing completed."""
        return self.on_time / self.completed if self.completed else None

    @property
    def average_days(self) -> float | None:
        return self.days_taken / self.completed if self.completed else None


@dataclass
class Summary:
    first: dt.date
    last: dt.date
    as_of: dt.date
    total: Tally = field(default_factory=Tally)
    by_item: dict[tuple[str, str], Tally] = field(default_factory=dict)
    by_officer: dict[str, Tally] = field(default_factory=dict)
    promises: Counter = field(default_factory=Counter)
    ratings: Counter = field(default_factory=Counter)
    by_week: dict[dt.date, int] = field(default_factory=dict)  # Monday of the week → cases received
    overdue: list[LedgerRow] = field(default_factory=list)  # completed late or open past the deadline
    follow_ups: Counter = field(default_factory=Counter)  # FollowUp state → poor ratings
    rectified: int = 0
    named_poor: int = 0
    named_revisited: int = 0
    revisited: int = 0

    @property
    def rated(self) -> int:
        """Cases with a rating given (declined and not rated left out)."""
        return sum(n for label, n in self.ratings.items() if label in RATING_LEVELS)

    @property
    def poor(self) -> int:
        return sum(self.follow_ups.values())

    @property
    def rectification_rate(self) -> float | None:
        return self.rectified / self.poor if self.poor else None

    @property
    def revisit_rate(self) -> float | None:
        return self.revisited / self.poor if self.poor else None

    @property
    def named_revisit_rate(self) -> float | None:
        """Must be 100 %: every named poor rating is called back."""
        return self.named_revisited / self.named_poor if self.named_poor else None


def week_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def summarise(rows: Iterable[LedgerRow], first: dt.date, last: dt.date, as_of: dt.date) -> Summary:
    s = Summary(first, last, as_of)
    week = week_of(first)
    while week <= last:
        s.by_week[week] = 0
        week += dt.timedelta(days=7)
    for r in rows:
        s.total.add(r)
        s.by_item.setdefault((r.item_code, r.item_name), Tally()).add(r)
        s.by_officer.setdefault(r.officer, Tally()).add(r)
        if r.promise:
            s.promises[r.promise] += 1
        s.ratings[r.rating] += 1
        s.by_week[week_of(r.intake_date)] = s.by_week.get(week_of(r.intake_date), 0) + 1
        if r.timeliness in (Timeliness.LATE, Timeliness.OPEN_OVERDUE):
            s.overdue.append(r)
        if r.follow_up:
            s.follow_ups[r.follow_up] += 1
            s.rectified += r.rectified
            s.revisited += r.revisited
            if r.named:
                s.named_poor += 1
                s.named_revisited += r.revisited
    s.overdue.sort(key=lambda r: (-r.late_days, r.number))
    return s
