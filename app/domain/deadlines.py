"""Countdowns: a limit counted from a start date, with pauses and extensions.

A case carries up to three: the applicant's supply deadline (补正期限), the centre's
promised completion limit (承诺办结时限), and, for an incomplete application, the five
working days in which the one-time notice is owed (行政许可法 art. 32).  Every deadline
in the program is computed here and nowhere else.

Rules:
- The start day is not counted (民法典 art. 201); the deadline is the end of the last
  counted day.
- A natural-day limit whose last day is a rest day ends on the next working day
  (民法典 art. 203).
- A pause from day P to resume day R does not count the days in (P, R]; a pause that
  begins on or after the deadline changes nothing (the time had already run out). Only
  days after the start are ever taken out, and a day inside two pauses is taken out once.
- Extensions add days in the countdown's unit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Iterable, NamedTuple, Sequence

from app.domain.calendar import WorkCalendar
from app.domain.labelled import Labelled, register

DEFAULT_DUE_SOON_DAYS = 2


class Unit(Labelled):
    """The one day unit of the program: countdowns, catalogue items, letters and events."""

    WORKING = "working"
    NATURAL = "natural"


register(Unit, {"working": ("工作日",), "natural": ("自然日", "日", "天")})


class State(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    PAUSED = "paused"
    MET = "met"
    MISSED = "missed"
    STOPPED = "stopped"  # the case ended before this clock ran out (terminated, refused)

    @property
    def is_open(self) -> bool:
        return self not in (State.MET, State.MISSED, State.STOPPED)


#: Sort key for work lists: most urgent first.
URGENCY = {
    State.OVERDUE: 0,
    State.DUE_TODAY: 1,
    State.DUE_SOON: 2,
    State.ON_TRACK: 3,
    State.PAUSED: 4,
    State.MISSED: 5,
    State.MET: 6,
    State.STOPPED: 7,
}


@dataclass(frozen=True, slots=True)
class Pause:
    start: dt.date
    end: dt.date | None = None
    reason: str = ""

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(
                f"恢复计时日期不能早于暂停日期（暂停 {self.start.isoformat()}，恢复 {self.end.isoformat()}）"
            )


@dataclass(frozen=True, slots=True)
class Extension:
    days: int
    reason: str
    granted_on: dt.date | None = None
    approved_by: str = ""  # the supervisor who approved it (行政许可法 §42), named on the 延期告知书


class CountdownStatus(NamedTuple):
    """A countdown seen from one day. A tuple, because lists build a hundred thousand."""

    state: State
    deadline: dt.date
    days_left: int  # working days; negative when overdue or missed
    confirmed: bool

    @property
    def overdue_days(self) -> int:
        return -self.days_left if self.state in (State.OVERDUE, State.MISSED) else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "deadline": self.deadline.isoformat(),
            "state": self.state.value,
            "days_left": self.days_left,
            "confirmed": self.confirmed,
        }


@dataclass(frozen=True, slots=True, init=False)
class Countdown:
    """A clock of a case: the fold keeps one per clock (supply, completion, notice) and
    replaces it as events pause, extend or close it; it is never changed in place.

    Its fields are set through the slots' own descriptors (:func:`_made`) rather than a
    frozen dataclass's ``object.__setattr__`` per field: a rebuild makes several clocks
    for every case, and this takes half the time.
    """

    start: dt.date
    limit: int
    unit: Unit = Unit.WORKING
    pauses: tuple[Pause, ...] = field(default=())
    extensions: tuple[Extension, ...] = field(default=())
    closed_on: dt.date | None = None
    stopped: bool = False  # closed because the case ended, not because it was fulfilled

    def __init__(self, start: dt.date, limit: int, unit: Unit | str = Unit.WORKING, pauses: tuple[Pause, ...] = (),
                 extensions: tuple[Extension, ...] = (), closed_on: dt.date | None = None,
                 stopped: bool = False) -> None:
        if unit.__class__ is not Unit:
            try:
                unit = Unit(unit)
            except ValueError:
                raise ValueError(f"时限单位应为 working（工作日）或 natural（自然日），实为“{unit}”") from None
        if limit < 0:
            raise ValueError("时限不能为负数")
        if extensions and any(e.days <= 0 for e in extensions):
            raise ValueError("延期天数必须为正数")
        _fill(self, start, limit, unit, pauses, extensions, closed_on, stopped)

    # -- the clock after an event (a new countdown: this one is never changed) -------------

    def paused_on(self, day: dt.date, reason: str) -> "Countdown":
        return _made(self.start, self.limit, self.unit, self.pauses + (Pause(day, None, reason),),
                     self.extensions, self.closed_on, self.stopped)

    def resumed_on(self, day: dt.date) -> "Countdown":
        """Every pause still open ended on ``day``."""
        if not self.paused:
            return self
        pauses = tuple(Pause(p.start, day, p.reason) if p.end is None else p for p in self.pauses)
        return _made(self.start, self.limit, self.unit, pauses, self.extensions, self.closed_on, self.stopped)

    def extended(self, extension: Extension) -> "Countdown":
        return Countdown(self.start, self.limit, self.unit, self.pauses, self.extensions + (extension,),
                         self.closed_on, self.stopped)

    def closed(self, day: dt.date | None, stopped: bool = False) -> "Countdown":
        """Closed on ``day`` (met, or ``stopped`` by the end of the case); None runs it again."""
        return _made(self.start, self.limit, self.unit, self.pauses, self.extensions, day, stopped)

    @property
    def extra_days(self) -> int:
        return sum(e.days for e in self.extensions)

    def open_pause(self) -> Pause | None:
        return next((p for p in self.pauses if p.end is None), None)

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and any(p.end is None for p in self.pauses)

    # -- the deadline ----------------------------------------------------------------

    def _deadline_index(self, cal: WorkCalendar, today: dt.date | None) -> tuple[int, int | None]:
        """Day index of the deadline and, when paused, the working days left at the pause.

        While a pause is open the deadline is provisional: it is where the deadline would
        fall if the clock resumed today. Closing a countdown stops its clock, so a pause
        still open then ends on the closing day and the deadline no longer moves.
        """
        if self.closed_on is not None:
            today = self.closed_on
        total = self.limit + self.extra_days
        start_i = cal.index(self.start)
        spans = self._pause_spans(cal, start_i, cal.index(today) if today is not None else -1)
        remaining_at_pause = None
        if self.unit is Unit.WORKING:
            cum = cal._cum
            target = cum[start_i] + total
            for p_i, end_i, is_open in spans:
                if cum[p_i] >= target:
                    continue  # began on or after the deadline: the time had run out
                if is_open:
                    remaining_at_pause = target - cum[p_i]
                target += cum[end_i] - cum[p_i]
            if target == cum[start_i]:
                return start_i, remaining_at_pause
            return cal._nth[target], remaining_at_pause
        # natural days
        last = start_i + total
        for p_i, end_i, is_open in spans:
            if p_i >= last:
                continue
            if is_open:
                remaining_at_pause = cal._cum[_off_rest_day(cal, last, total)] - cal._cum[p_i]
            last += end_i - p_i
        return _off_rest_day(cal, last, total), remaining_at_pause

    def _pause_spans(self, cal: WorkCalendar, start_i: int, until_i: int) -> list[tuple[int, int, bool]]:
        """The pauses as day-index intervals (from, to], in order, each open one running to ``until_i``.

        Only days after the start can be taken out of a period, and a day inside two
        pauses is still only one day, so each interval is clipped to begin no earlier than
        the start and than the end of the pauses before it.
        """
        spans = []
        floor = start_i
        for p in sorted(self.pauses, key=lambda p: p.start):
            p_i = max(cal.index(p.start), floor)
            end_i = max(cal.index(p.end) if p.end is not None else until_i, p_i)
            spans.append((p_i, end_i, p.end is None))
            floor = end_i
        return spans

    def deadline(self, cal: WorkCalendar, today: dt.date | None = None) -> dt.date:
        return cal.day(self._deadline_index(cal, today)[0])

    # -- the state against a given today ---------------------------------------------------

    def evaluate(
        self, cal: WorkCalendar, today: dt.date, due_soon_days: int = DEFAULT_DUE_SOON_DAYS
    ) -> CountdownStatus:
        dl_i, paused_left = self._deadline_index(cal, today)
        return judge(cal, cal.day(dl_i), self.start, today, self.closed_on, due_soon_days, paused_left, self.stopped)


_SETTERS = tuple(getattr(Countdown, name).__set__
                 for name in ("start", "limit", "unit", "pauses", "extensions", "closed_on", "stopped"))


def _fill(c: Countdown, start: dt.date, limit: int, unit: Unit, pauses: tuple[Pause, ...],
          extensions: tuple[Extension, ...], closed_on: dt.date | None, stopped: bool) -> None:
    set_start, set_limit, set_unit, set_pauses, set_extensions, set_closed_on, set_stopped = _SETTERS
    set_start(c, start)
    set_limit(c, limit)
    set_unit(c, unit)
    set_pauses(c, pauses)
    set_extensions(c, extensions)
    set_closed_on(c, closed_on)
    set_stopped(c, stopped)


def _made(start: dt.date, limit: int, unit: Unit, pauses: tuple[Pause, ...], extensions: tuple[Extension, ...],
          closed_on: dt.date | None, stopped: bool) -> Countdown:
    """A countdown derived from a valid one: its fields need no checking again."""
    c = _new_object(Countdown)
    _fill(c, start, limit, unit, pauses, extensions, closed_on, stopped)
    return c


_new_object = object.__new__


def _off_rest_day(cal: WorkCalendar, last: int, total: int) -> int:
    """A natural-day period whose last day is a rest day ends on the next working day (art. 203)."""
    if total > 0 and not cal._work[last]:
        return cal._nth[cal._cum[last] + 1]
    return last


def judge(
    cal: WorkCalendar,
    deadline: dt.date,
    start: dt.date,
    today: dt.date,
    closed_on: dt.date | None = None,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
    paused_left: int | None = None,
    stopped: bool = False,
) -> CountdownStatus:
    """The state of a countdown whose deadline is already known (lists read it stored)."""
    cum = cal._cum
    dl_i = cal.index(deadline)
    if closed_on is not None:
        margin = cum[dl_i] - cum[cal.index(closed_on)]
        if closed_on <= deadline:
            state = State.STOPPED if stopped else State.MET
            return CountdownStatus(state, deadline, margin, cal.is_confirmed(start, deadline))
        return CountdownStatus(State.MISSED, deadline, min(margin, -1), cal.is_confirmed(start, closed_on))
    confirmed = cal.is_confirmed(min(start, today), max(deadline, today))
    if paused_left is not None:
        return CountdownStatus(State.PAUSED, deadline, paused_left, confirmed)
    state, left = _state_for(cum, dl_i, cal.index(today), due_soon_days)
    return CountdownStatus(state, deadline, left, confirmed)


def _state_for(cum: list[int], dl_i: int, today_i: int, soon: int) -> tuple[State, int]:
    if today_i > dl_i:
        return State.OVERDUE, -max(1, cum[today_i] - cum[dl_i])
    if today_i == dl_i:
        return State.DUE_TODAY, 0
    left = cum[dl_i] - cum[today_i]
    return (State.DUE_SOON if left <= soon else State.ON_TRACK), left


def evaluate_many(
    countdowns: Sequence[Countdown] | Iterable[Countdown],
    cal: WorkCalendar,
    today: dt.date,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> list[CountdownStatus]:
    """Evaluate a batch; the common case (working days, no pause, open) is one lookup."""
    cum, nth, base = cal._cum, cal._nth, cal._base
    today_i = cal.index(today)
    confirmed_spans: dict[tuple[int, int], bool] = {}
    out: list[CountdownStatus] = []
    append = out.append
    dates = cal._dates
    span_days = len(cum)
    for c in countdowns:
        start_i = c.start.toordinal() - base
        if (
            c.pauses
            or c.closed_on is not None
            or c.unit is not Unit.WORKING
            or c.stopped
            or not 0 <= start_i < span_days  # evaluate() refuses it with the reason
        ):
            append(c.evaluate(cal, today, due_soon_days))
            continue
        total = c.limit + (c.extra_days if c.extensions else 0)
        dl_i = nth[cum[start_i] + total] if total else start_i
        if today_i > dl_i:
            state, left = State.OVERDUE, -max(1, cum[today_i] - cum[dl_i])
        elif today_i == dl_i:
            state, left = State.DUE_TODAY, 0
        else:
            left = cum[dl_i] - cum[today_i]
            state = State.DUE_SOON if left <= due_soon_days else State.ON_TRACK
        deadline = dates[dl_i]
        span = (min(c.start.year, today.year), max(deadline.year, today.year))
        confirmed = confirmed_spans.get(span)
        if confirmed is None:
            confirmed = confirmed_spans[span] = all(cal.covers(y) for y in range(span[0], span[1] + 1))
        append(CountdownStatus(state, deadline, left, confirmed))
    return out
