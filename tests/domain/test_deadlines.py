"""Countdowns: deadlines, pauses, extensions and states, against hand-counted calendars.

March 2026 has no holiday: Monday 3/2, and ten working days later is Monday 3/16.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import build_calendar
from app.domain.deadlines import (
    DEFAULT_DUE_SOON_DAYS,
    Countdown,
    Extension,
    Pause,
    State,
    Unit,
    evaluate_many,
)

D = dt.date.fromisoformat
CAL = build_calendar()


def status(c: Countdown, today: str, **kw):
    return c.evaluate(CAL, D(today), **kw)


# -- deadlines ------------------------------------------------------------------------------


def test_working_day_limit_across_national_day_2025() -> None:
    # Friday 9/26: 9/28 (Sun, worked), 9/29, 9/30, then 10/9, 10/10, 10/11 (Sat, worked), 10/13.
    assert Countdown(D("2025-09-26"), 7).deadline(CAL) == D("2025-10-13")


def test_working_day_limit_plain_month() -> None:
    assert Countdown(D("2026-03-02"), 10).deadline(CAL) == D("2026-03-16")


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        ("2026-03-02", 3, "2026-03-05"),  # start day not counted: 3/3, 3/4, 3/5
        ("2026-03-02", 5, "2026-03-09"),  # last day Saturday 3/7: moves to Monday
        ("2025-09-16", 15, "2025-10-09"),  # last day 10/1, inside National Day: first day back
        ("2025-10-01", 10, "2025-10-11"),  # last day the worked Saturday 10/11: stays
        ("2026-02-13", 3, "2026-02-24"),  # last day 2/16, inside Spring Festival 2026
    ],
)
def test_natural_day_limit(start: str, days: int, expected: str) -> None:
    assert Countdown(D(start), days, Unit.NATURAL).deadline(CAL) == D(expected)


def test_a_zero_limit_is_due_on_the_start_day() -> None:
    c = Countdown(D("2026-03-02"), 0)
    assert c.deadline(CAL) == D("2026-03-02")
    assert status(c, "2026-03-02").state is State.DUE_TODAY


def test_pause_days_are_not_counted() -> None:
    # (3/4, 3/9] holds 3/5, 3/6 and 3/9: three working days later than 3/16.
    c = Countdown(D("2026-03-02"), 10, pauses=(Pause(D("2026-03-04"), D("2026-03-09"), "现场勘验"),))
    assert c.deadline(CAL) == D("2026-03-19")


def test_pause_through_a_holiday_counts_only_its_working_days() -> None:
    # 2025-09-26 + 7 = 10/13. A pause (9/29, 10/10] covers 9/30, 10/9 and 10/10.
    c = Countdown(D("2025-09-26"), 7, pauses=(Pause(D("2025-09-29"), D("2025-10-10")),))
    assert c.deadline(CAL) == D("2025-10-16")


def test_a_pause_begun_before_the_start_excludes_only_days_after_the_start() -> None:
    # Paused Friday 2/27, resumed Tuesday 3/3, countdown from Monday 3/2: only 3/3 is lost
    # (2/28, a worked Saturday, and 3/2 were never part of the period).
    c = Countdown(D("2026-03-02"), 10, pauses=(Pause(D("2026-02-27"), D("2026-03-03")),))
    assert c.deadline(CAL) == D("2026-03-17")
    wholly_before = Countdown(D("2026-03-02"), 10, pauses=(Pause(D("2026-02-20"), D("2026-02-27")),))
    assert wholly_before.deadline(CAL) == D("2026-03-16")


def test_overlapping_pauses_do_not_count_a_day_twice() -> None:
    # (3/4, 3/9] and (3/6, 3/10] together hold 3/5, 3/6, 3/9, 3/10: four days, not five.
    pauses = (Pause(D("2026-03-04"), D("2026-03-09")), Pause(D("2026-03-06"), D("2026-03-10")))
    assert Countdown(D("2026-03-02"), 10, pauses=pauses).deadline(CAL) == D("2026-03-20")
    inside = (Pause(D("2026-03-04"), D("2026-03-09")), Pause(D("2026-03-05"), D("2026-03-06")))
    assert Countdown(D("2026-03-02"), 10, pauses=inside).deadline(CAL) == D("2026-03-19")
    natural = (Pause(D("2026-03-03"), D("2026-03-05")), Pause(D("2026-03-04"), D("2026-03-06")))
    # 5 natural days with (3/3, 3/6] out: 3/3, 3/7, 3/8, 3/9, 3/10.
    assert Countdown(D("2026-03-02"), 5, Unit.NATURAL, pauses=natural).deadline(CAL) == D("2026-03-10")


def test_a_pause_resumed_before_it_began_is_refused() -> None:
    with pytest.raises(ValueError, match="恢复计时日期不能早于暂停日期"):
        Pause(D("2026-03-09"), D("2026-03-04"))


@pytest.mark.parametrize("pause_start", ["2026-03-16", "2026-03-17", "2026-03-21"])
def test_a_pause_beginning_at_or_after_the_deadline_changes_nothing(pause_start: str) -> None:
    c = Countdown(D("2026-03-02"), 10, pauses=(Pause(D(pause_start), D("2026-03-27")),))
    assert c.deadline(CAL) == D("2026-03-16")
    assert status(c, "2026-03-18").state is State.OVERDUE


def test_pause_in_natural_days() -> None:
    # 5 natural days from 3/2 with (3/3, 3/5] not counted: 3/3, 3/6, 3/7, 3/8, 3/9.
    c = Countdown(D("2026-03-02"), 5, Unit.NATURAL, pauses=(Pause(D("2026-03-03"), D("2026-03-05")),))
    assert c.deadline(CAL) == D("2026-03-09")


def test_extensions_add_days_in_the_countdowns_unit() -> None:
    working = Countdown(D("2026-03-02"), 10, extensions=(Extension(5, "需要专家评审"),))
    assert working.deadline(CAL) == D("2026-03-23")
    two = Countdown(D("2026-03-02"), 10, extensions=(Extension(3, "补充材料"), Extension(2, "专家评审")))
    assert two.deadline(CAL) == D("2026-03-23")
    natural = Countdown(D("2026-03-02"), 3, Unit.NATURAL, extensions=(Extension(2, "补正"),))
    assert natural.deadline(CAL) == D("2026-03-09")  # 3/7 is a Saturday


def test_a_unit_given_as_text_counts_in_that_unit() -> None:
    # Stored rows and JSON give the unit back as text; "working" must not count natural days.
    assert Countdown(D("2026-03-02"), 10, "working").deadline(CAL) == D("2026-03-16")
    assert Countdown(D("2026-03-02"), 10, "natural").deadline(CAL) == D("2026-03-12")
    assert Countdown(D("2026-03-02"), 10, "working").unit is Unit.WORKING
    with pytest.raises(ValueError, match="时限单位"):
        Countdown(D("2026-03-02"), 10, "weeks")


def test_invalid_countdowns_are_refused() -> None:
    with pytest.raises(ValueError, match="时限不能为负数"):
        Countdown(D("2026-03-02"), -1)
    with pytest.raises(ValueError, match="延期天数必须为正数"):
        Countdown(D("2026-03-02"), 5, extensions=(Extension(0, "无"),))


# -- states ---------------------------------------------------------------------------------

NATIONAL_DAY = Countdown(D("2025-09-26"), 7)  # deadline Monday 2025-10-13


@pytest.mark.parametrize(
    ("today", "state", "days_left"),
    [
        ("2025-09-26", State.ON_TRACK, 7),
        ("2025-10-03", State.ON_TRACK, 4),  # mid-holiday: 10/9, 10/10, 10/11, 10/13
        ("2025-10-09", State.ON_TRACK, 3),
        ("2025-10-10", State.DUE_SOON, 2),
        ("2025-10-11", State.DUE_SOON, 1),
        ("2025-10-12", State.DUE_SOON, 1),  # a Sunday: Monday is still ahead
        ("2025-10-13", State.DUE_TODAY, 0),
        ("2025-10-14", State.OVERDUE, -1),
        ("2025-10-17", State.OVERDUE, -4),
        ("2025-10-18", State.OVERDUE, -4),  # the Saturday after adds nothing
    ],
)
def test_states_through_a_holiday(today: str, state: State, days_left: int) -> None:
    s = status(NATIONAL_DAY, today)
    assert (s.state, s.days_left, s.deadline, s.confirmed) == (state, days_left, D("2025-10-13"), True)


def test_overdue_days_are_reported_positive() -> None:
    s = status(NATIONAL_DAY, "2025-10-17")
    assert s.overdue_days == 4
    assert status(NATIONAL_DAY, "2025-10-09").overdue_days == 0


def test_the_day_after_a_friday_deadline_is_already_overdue() -> None:
    c = Countdown(D("2026-03-02"), 9)  # Friday 3/13
    assert (status(c, "2026-03-14").state, status(c, "2026-03-14").days_left) == (State.OVERDUE, -1)


def test_due_soon_threshold_is_configurable() -> None:
    assert DEFAULT_DUE_SOON_DAYS == 2
    assert status(NATIONAL_DAY, "2025-10-09", due_soon_days=3).state is State.DUE_SOON
    assert status(NATIONAL_DAY, "2025-10-11", due_soon_days=0).state is State.ON_TRACK
    assert status(NATIONAL_DAY, "2025-09-26", due_soon_days=10).state is State.DUE_SOON


@pytest.mark.parametrize(
    ("closed", "state", "days_left"),
    [
        ("2026-03-12", State.MET, 2),  # two working days to spare: 3/13, 3/16
        ("2026-03-16", State.MET, 0),
        ("2026-03-18", State.MISSED, -2),
        ("2026-03-21", State.MISSED, -4),  # a Saturday after 3/17–3/20
    ],
)
def test_closed_countdowns_are_met_or_missed(closed: str, state: State, days_left: int) -> None:
    c = Countdown(D("2026-03-02"), 10, closed_on=D(closed))
    for today in ("2026-03-21", "2026-06-30"):
        s = status(c, today)
        assert (s.state, s.days_left, s.deadline) == (state, days_left, D("2026-03-16"))
        assert not s.state.is_open


def test_an_open_pause_gives_state_paused_with_the_days_left_at_the_pause() -> None:
    c = Countdown(D("2026-03-02"), 10, pauses=(Pause(D("2026-03-04")),))
    s = status(c, "2026-03-06")
    # Two days (3/3, 3/4) ran before the pause; eight remain.
    assert (s.state, s.days_left) == (State.PAUSED, 8)
    # Were the clock resumed today, 3/5 and 3/6 would not count: 3/16 moves to 3/18.
    assert s.deadline == D("2026-03-18")
    assert s.state.is_open


def test_a_paused_natural_countdown_counts_the_days_left_to_its_real_deadline() -> None:
    # 5 natural days from Monday 3/2 end on Saturday 3/7, so on Monday 3/9 (art. 203).
    # Paused on 3/3, the working days left were 3/4, 3/5, 3/6 and 3/9.
    c = Countdown(D("2026-03-02"), 5, Unit.NATURAL, pauses=(Pause(D("2026-03-03")),))
    s = status(c, "2026-03-03")
    assert (s.state, s.deadline, s.days_left) == (State.PAUSED, D("2026-03-09"), 4)


def test_a_countdown_closed_during_a_pause_stops_moving() -> None:
    # Paused 3/4 and completed 3/6 without resuming: (3/4, 3/6] is not counted, so the
    # deadline is 3/18 and 8 working days were to spare, whenever one looks at it.
    c = Countdown(D("2026-03-02"), 10, pauses=(Pause(D("2026-03-04")),), closed_on=D("2026-03-06"))
    for today in ("2026-03-06", "2026-03-20", "2026-09-01"):
        s = status(c, today)
        assert (s.state, s.deadline, s.days_left) == (State.MET, D("2026-03-18"), 8)
    assert c.deadline(CAL, D("2026-09-01")) == D("2026-03-18")


def test_an_open_pause_after_the_deadline_does_not_rescue_it() -> None:
    c = Countdown(D("2026-03-02"), 10, pauses=(Pause(D("2026-03-17")),))
    s = status(c, "2026-03-19")
    assert (s.state, s.days_left) == (State.OVERDUE, -3)


def test_a_deadline_in_an_uncovered_year_is_unconfirmed() -> None:
    # Monday 2026-12-21 + 10: 12/22–12/25, 12/28–12/31, Friday 2027-01-01, Monday 1/4.
    c = Countdown(D("2026-12-21"), 10)
    s = status(c, "2026-12-21")
    assert (s.deadline, s.confirmed, s.state) == (D("2027-01-04"), False, State.ON_TRACK)
    assert status(Countdown(D("2026-12-01"), 10), "2026-12-01").confirmed is True
    # Counting the days left from a today in 2027 cannot be confirmed either.
    assert status(Countdown(D("2026-12-01"), 10), "2027-01-05").confirmed is False


def test_status_json() -> None:
    assert status(NATIONAL_DAY, "2025-10-17").to_json() == {
        "deadline": "2025-10-13",
        "state": "overdue",
        "days_left": -4,
        "confirmed": True,
    }


# -- many at once ---------------------------------------------------------------------------


def test_evaluate_many_equals_one_by_one_on_examples() -> None:
    batch = [
        NATIONAL_DAY,
        Countdown(D("2026-03-02"), 10, closed_on=D("2026-03-18")),
        Countdown(D("2026-03-02"), 5, Unit.NATURAL),
        Countdown(D("2026-03-02"), 10, pauses=(Pause(D("2026-03-04")),)),
        Countdown(D("2026-12-21"), 10, extensions=(Extension(2, "评审"),)),
    ]
    today = D("2026-03-10")
    assert evaluate_many(batch, CAL, today) == [c.evaluate(CAL, today) for c in batch]
    assert evaluate_many(iter(batch), CAL, today, 5) == [c.evaluate(CAL, today, 5) for c in batch]


@pytest.mark.parametrize("start", ["1989-12-29", "1926-03-02"])
def test_evaluate_many_refuses_a_start_outside_the_calendar_like_evaluate(start: str) -> None:
    # A mistyped year must not come back as a plausible-looking deadline.
    c = Countdown(D(start), 5)
    with pytest.raises(ValueError, match="超出日历范围"):
        c.evaluate(CAL, D("2026-03-02"))
    with pytest.raises(ValueError, match="超出日历范围"):
        evaluate_many([c], CAL, D("2026-03-02"))


days = st.dates(min_value=dt.date(2025, 9, 1), max_value=dt.date(2027, 3, 31))


@st.composite
def countdowns(draw: st.DrawFn) -> Countdown:
    start = draw(days)
    offset = st.integers(min_value=0, max_value=60)
    pauses = []
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        p_start = start + dt.timedelta(days=draw(offset))
        end = draw(st.none() | offset.map(lambda n, p=p_start: p + dt.timedelta(days=n)))
        pauses.append(Pause(p_start, end))
    pauses.sort(key=lambda p: (p.end is None, p.start))
    if any(p.end is None for p in pauses[:-1]):
        pauses = [p for p in pauses if p.end is not None]
    extensions = tuple(Extension(n, "延期") for n in draw(st.lists(st.integers(1, 20), max_size=2)))
    closed = draw(st.none() | offset.map(lambda n: start + dt.timedelta(days=n)))
    return Countdown(
        start=start,
        limit=draw(st.integers(min_value=0, max_value=40)),
        unit=draw(st.sampled_from(list(Unit))),
        pauses=tuple(pauses),
        extensions=extensions,
        closed_on=closed,
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(countdowns(), max_size=20), days, st.integers(min_value=0, max_value=5))
def test_evaluate_many_equals_one_by_one(batch: list[Countdown], today: dt.date, soon: int) -> None:
    assert evaluate_many(batch, CAL, today, soon) == [c.evaluate(CAL, today, soon) for c in batch]


@settings(max_examples=300, deadline=None)
@given(countdowns(), days, days)
def test_a_closed_countdown_looks_the_same_whatever_the_day(c: Countdown, a: dt.date, b: dt.date) -> None:
    if c.closed_on is not None:
        assert c.evaluate(CAL, a) == c.evaluate(CAL, b)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 12, 1)), st.integers(1, 30))
def test_an_unpaused_working_countdown_ends_where_add_workdays_says(start: dt.date, n: int) -> None:
    c = Countdown(start, n)
    assert c.deadline(CAL) == CAL.add_workdays(start, n)
    assert c.evaluate(CAL, start).days_left == n
