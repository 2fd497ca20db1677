"""The county's weekly and monthly 通报: what each township did in the period, ranked.

The county centre drives progress by naming, every week and every month, which township
finishes on time, where cases are overdue and whose 容缺 promises were broken. Every
figure is a count of things that *happened in the period* (a flow), judged by the rules
of the ledger (:mod:`app.domain.ledger`), so a township's bulletin and its own ledger never
disagree about whether a case was on time:

- 收件: cases whose intake is dated in the period;
- 受理 (容缺 among them): cases accepted on a day in the period; a case deemed accepted
  for want of a timely one-time notice counts on the first day the law deems it accepted;
- 按时办结 / 超期办结: cases completed on a day in the period, on or after the completion
  deadline (extensions included);
- 逾期在办: a stock, not a flow: cases still open and past their completion deadline on
  the day the period is judged (today, or the period's last day once it is over);
- 容缺承诺已履行: promises met in the period (the last missing material brought on or
  before the supply deadline); 未履行: promises whose deadline ran out in the period
  without the materials (counted once, in the period holding the day after the deadline);
- 数据包: packages received from the township's stations in the period, and the date of
  the newest package received up to the period's end.

A past period is judged as it stood on its last day: what happened later (a completion,
a supply, an acceptance) is left out. Deadlines are taken as the records hold them now, so
an extension granted after the period also counts for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Iterable, Literal

from app.domain.calendar import WorkCalendar
from app.domain.ledger import CaseFacts, Promise, Timeliness, ledger_row

PeriodKind = Literal["week", "month"]
WORST_NAMED = 3  # the overdue cases named per township in the bulletin
#: A township whose newest package is more than this many working days old is marked
#: stale; a setting of the hub (``stale_after_days``), this is its default.
STALE_AFTER_DAYS = 3

RANKING_RULE = ("排名规则：按时办结率（按时办结件数÷本期办结件数）高者在前，本期无办结的乡镇列于其后；"
                "按时办结率相同的，逾期在办件数少者在前；仍相同的，容缺承诺未履行件数少者在前；"
                "各项均相同的并列同一名次。")


@dataclass(frozen=True)
class Period:
    """A calendar week (Monday to Sunday) or a calendar month."""

    kind: PeriodKind
    first: dt.date
    last: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def previous(self) -> "Period":
        return period_containing(self.kind, self.first - dt.timedelta(days=1))

    def label(self) -> str:
        if self.kind == "month":
            return f"{self.first.year}年{self.first.month}月"
        iso_year, week, _ = self.first.isocalendar()
        return (f"{iso_year}年第{week}周（{self.first.month}月{self.first.day}日—"
                f"{self.last.month}月{self.last.day}日）")

    def judged_on(self, today: dt.date) -> dt.date:
        """The day the period's stock figures are taken: today while it runs, else its last day."""
        return min(today, self.last) if today >= self.first else self.last


def period_containing(kind: PeriodKind, day: dt.date) -> Period:
    if kind == "week":
        first = day - dt.timedelta(days=day.weekday())
        return Period("week", first, first + dt.timedelta(days=6))
    if kind == "month":
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return Period("month", first, following - dt.timedelta(days=1))
    raise ValueError(f"unknown period kind {kind!r}")


# -- one case, as it stood on a day ------------------------------------------------------------


def as_it_stood(f: CaseFacts, day: dt.date) -> CaseFacts | None:
    """The case's facts with everything dated after ``day`` undone; None if not yet received.

    Lets a past period be judged by the ledger's own rules on its last day: a case
    completed a week later was still open (and perhaps overdue) then.
    """
    if f.intake_date > day:
        return None
    changes: dict = {}
    accepted = f.accepted_date
    if accepted is not None and accepted > day:
        accepted = changes["accepted_date"] = None
    if f.closed_date is not None and f.closed_date > day:
        status = "awaiting_supplement" if accepted is None else ("tolerant" if f.decision == "tolerant" else "accepted")
        changes.update(status=status, closed_date=None, result=None, promise_broken=False)
    elif accepted is None and f.accepted_date is not None:
        changes["status"] = "awaiting_supplement"
    if f.supply_closed_on is not None and f.supply_closed_on > day:
        closed = changes.get("closed_date", f.closed_date)
        if closed is not None:  # the case had ended by then, with the materials still owed
            changes.update(supply_closed_on=closed, supply_stopped=True)
        else:
            changes.update(supply_closed_on=None, supply_stopped=False)
    if f.completion_closed_on is not None and f.completion_closed_on > day:
        changes["completion_closed_on"] = None
    return replace(f, **changes) if changes else f


# -- what a township did --------------------------------------------------------------------


@dataclass(frozen=True)
class OverdueCase:
    """An open case past its completion deadline, named in the bulletin."""

    township: str
    number: str
    applicant: str
    item: str
    deadline: dt.date | None
    late_days: int  # working days past the deadline


@dataclass
class Figures:
    """One township's counts for one period."""

    received: int = 0
    accepted: int = 0
    tolerant: int = 0  # 容缺受理, among the accepted
    on_time: int = 0
    late: int = 0
    overdue: int = 0  # open past the deadline on the day judged
    promises_kept: int = 0
    promises_broken: int = 0
    packages: int = 0
    newest_package: dt.date | None = None  # up to the period's end
    overdue_cases: list[OverdueCase] = field(default_factory=list)

    @property
    def completed(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.completed if self.completed else None

    def add(self, other: "Figures") -> None:
        for name in ("received", "accepted", "tolerant", "on_time", "late", "overdue", "promises_kept",
                     "promises_broken", "packages"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        if other.newest_package is not None and (self.newest_package is None
                                                 or other.newest_package > self.newest_package):
            self.newest_package = other.newest_package
        self.overdue_cases.extend(other.overdue_cases)
        self.overdue_cases.sort(key=_worst_first)


def _worst_first(c: OverdueCase) -> tuple:
    return (-c.late_days, c.number)


def count_cases(facts: Iterable[CaseFacts], period: Period, as_of: dt.date, cal: WorkCalendar) -> dict[str, Figures]:
    """Per township (``CaseFacts.station`` holds the township's key): the period's counts.

    ``as_of`` is the day the period is judged on (:meth:`Period.judged_on`).
    """
    out: dict[str, Figures] = {}
    for f in facts:
        if _latest(f) < period.first:
            out.setdefault(f.station, Figures())
            continue  # closed, and everything about it settled, before the period began
        stood = as_it_stood(f, as_of)
        if stood is None:
            continue
        row = ledger_row(stood, cal, as_of)
        fig = out.setdefault(f.station, Figures())
        if period.contains(row.intake_date):
            fig.received += 1
        if row.accepted_date is not None:
            accepted_on = f.deemed_after + dt.timedelta(days=1) if row.deemed else row.accepted_date
            if period.contains(accepted_on):
                fig.accepted += 1
                fig.tolerant += bool(row.promise)
        if row.completed_on is not None and period.contains(row.completed_on):
            if row.timeliness == Timeliness.ON_TIME:
                fig.on_time += 1
            elif row.timeliness == Timeliness.LATE:
                fig.late += 1
        if row.timeliness == Timeliness.OPEN_OVERDUE:
            fig.overdue += 1
            fig.overdue_cases.append(OverdueCase(f.station, row.number, row.applicant_name, row.item_name,
                                                 row.completion_deadline, row.late_days))
        if row.promise == Promise.KEPT and row.supplied_on is not None and period.contains(row.supplied_on):
            fig.promises_kept += 1
        elif row.promise == Promise.BROKEN and period.contains(_broken_on(stood, as_of)):
            fig.promises_broken += 1
    for fig in out.values():
        fig.overdue_cases.sort(key=_worst_first)
    return out


_DAY = dt.timedelta(days=1)


def _latest(f: CaseFacts) -> dt.date:
    """The last day anything about the case can count on; far ahead while it is open."""
    if f.closed_date is None:
        return dt.date.max
    days = [f.closed_date, f.intake_date]
    for day in (f.accepted_date, f.supply_closed_on):
        if day is not None:
            days.append(day)
    for day in (f.supply_deadline, f.deemed_after):  # counted on the day after
        if day is not None:
            days.append(day + _DAY)
    return max(days)


def _broken_on(f: CaseFacts, as_of: dt.date) -> dt.date:
    """The day a broken promise broke: the day after the supply deadline."""
    if f.supply_deadline is not None:
        return f.supply_deadline + dt.timedelta(days=1)
    return f.closed_date or as_of


def count_packages(received: Iterable[tuple[str, dt.date]], period: Period) -> dict[str, Figures]:
    """Per township: packages received in the period and the newest up to its end.

    ``received`` holds (township key, local date received) for every package logged.
    """
    out: dict[str, Figures] = {}
    for township, day in received:
        if day > period.last:
            continue
        fig = out.setdefault(township, Figures())
        if day >= period.first:
            fig.packages += 1
        if fig.newest_package is None or day > fig.newest_package:
            fig.newest_package = day
    return out


def is_stale(newest: dt.date | None, today: dt.date, cal: WorkCalendar, days: int = STALE_AFTER_DAYS) -> bool:
    """Whether a township's records are too old to supervise by: no package for more than
    ``days`` working days (or none ever)."""
    if newest is None:
        return True
    if newest >= today:
        return False
    return cal.workdays_between(newest, today) > days


# -- the bulletin --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Township:
    key: str
    name: str
    codes: tuple[str, ...] = ()  # the station codes of its windows
    local: bool = False  # this installation's own centre: it sends no packages to itself

    @property
    def label(self) -> str:
        return f"{self.name}（{'、'.join(self.codes)}）" if self.codes else self.name


@dataclass
class BulletinLine:
    township: Township
    now: Figures
    before: Figures
    rank: int = 0
    rank_before: int = 0
    stale: bool = False


@dataclass
class Bulletin:
    period: Period
    previous: Period
    as_of: dt.date
    previous_as_of: dt.date
    stale_after_days: int
    lines: list[BulletinLine]  # in rank order
    total: Figures
    total_before: Figures

    @property
    def worst(self) -> list[OverdueCase]:
        return self.total.overdue_cases


def _rank_key(fig: Figures) -> tuple:
    rate = fig.on_time_rate
    return (rate is None, -(rate or 0.0), fig.overdue, fig.promises_broken)


def _ranks(figures: dict[str, Figures], names: dict[str, str]) -> dict[str, int]:
    """Standard competition ranking (1, 2, 2, 4) by the ranking rule; ties share a place."""
    order = sorted(figures, key=lambda k: (_rank_key(figures[k]), names[k], k))
    ranks: dict[str, int] = {}
    for i, key in enumerate(order):
        if i and _rank_key(figures[key]) == _rank_key(figures[order[i - 1]]):
            ranks[key] = ranks[order[i - 1]]
        else:
            ranks[key] = i + 1
    return ranks


def _merge(*parts: dict[str, Figures]) -> dict[str, Figures]:
    out: dict[str, Figures] = {}
    for part in parts:
        for key, fig in part.items():
            out.setdefault(key, Figures()).add(fig)
    return out


def assemble(townships: Iterable[Township], period: Period, today: dt.date, cal: WorkCalendar,
             facts: Iterable[CaseFacts], packages: Iterable[tuple[str, dt.date]],
             stale_after_days: int = STALE_AFTER_DAYS) -> Bulletin:
    """The bulletin of ``period`` and the one before it, from the cases and packages held.

    ``facts`` must hold every case that may count in either period (see the service's
    query); ``townships`` every township to list, with or without figures.
    """
    facts = list(facts)
    packages = list(packages)
    previous = period.previous()
    as_of, before_as_of = period.judged_on(today), previous.judged_on(today)
    now = _merge(count_cases(facts, period, as_of, cal), count_packages(packages, period))
    before = _merge(count_cases(facts, previous, before_as_of, cal), count_packages(packages, previous))
    known = {t.key: t for t in townships}
    for key in (*now, *before):
        known.setdefault(key, Township(key, key))
    for key in known:
        now.setdefault(key, Figures())
        before.setdefault(key, Figures())
    names = {k: t.name for k, t in known.items()}
    ranks, ranks_before = _ranks(now, names), _ranks(before, names)
    lines = [BulletinLine(known[k], now[k], before[k], ranks[k], ranks_before[k],
                          not known[k].local and is_stale(now[k].newest_package, as_of, cal, stale_after_days))
             for k in sorted(known, key=lambda k: (ranks[k], names[k], k))]
    total, total_before = Figures(), Figures()
    for line in lines:
        total.add(line.now)
        total_before.add(line.before)
    return Bulletin(period, previous, as_of, before_as_of, stale_after_days, lines, total, total_before)
