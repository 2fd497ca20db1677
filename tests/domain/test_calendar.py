"""The working-day calendar against the State Council's published schedules.

Every expected date below was worked out by hand from the notices (see DOMAIN.md,
"Working days", and the 2019 and 2024 notices), not read back from the code.
"""

from __future__ import annotations

import datetime as dt
import json

import chinese_calendar
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.domain.calendar import (
    CalendarFileError,
    NamedDates,
    YearSchedule,
    build_calendar,
    package_schedules,
    parse_year_file,
)
from app.paths import resources_dir

D = dt.date.fromisoformat
CAL = build_calendar()


# -- counting across real 调休 periods ---------------------------------------------------------

COUNTING = [
    # Spring Festival 2025: off 1/28–2/4, worked Sun 1/26 and Sat 2/8.
    ("2025-01-24", 1, "2025-01-26"),
    ("2025-01-24", 2, "2025-01-27"),
    ("2025-01-24", 3, "2025-02-05"),
    ("2025-01-24", 6, "2025-02-08"),
    ("2025-01-24", 7, "2025-02-10"),
    # National Day and Mid-Autumn 2025: off 10/1–10/8, worked Sun 9/28 and Sat 10/11.
    ("2025-09-26", 1, "2025-09-28"),
    ("2025-09-26", 3, "2025-09-30"),
    ("2025-09-26", 4, "2025-10-09"),
    ("2025-09-26", 6, "2025-10-11"),
    ("2025-09-26", 7, "2025-10-13"),
    # Spring Festival 2026: off 2/15–2/23, worked Sat 2/14 and Sat 2/28.
    ("2026-02-12", 1, "2026-02-13"),
    ("2026-02-12", 2, "2026-02-14"),
    ("2026-02-12", 3, "2026-02-24"),
    ("2026-02-12", 7, "2026-02-28"),
    ("2026-02-12", 8, "2026-03-02"),
    # Mid-Autumn 9/25–9/27 and National Day 10/1–10/7 2026, worked Sun 9/20 and Sat 10/10.
    ("2026-09-18", 1, "2026-09-20"),
    ("2026-09-18", 5, "2026-09-24"),
    ("2026-09-18", 6, "2026-09-28"),
    ("2026-09-18", 8, "2026-09-30"),
    ("2026-09-18", 9, "2026-10-08"),
    ("2026-09-18", 11, "2026-10-10"),
    ("2026-09-18", 12, "2026-10-12"),
    # Spring Festival 2024: off 2/10–2/17, worked Sun 2/4 and Sun 2/18 (2/9, 除夕, a working day).
    ("2024-02-08", 1, "2024-02-09"),
    ("2024-02-08", 2, "2024-02-18"),
    ("2024-02-08", 3, "2024-02-19"),
    # National Day 2024: off 10/1–10/7, worked Sun 9/29 and Sat 10/12.
    ("2024-09-27", 1, "2024-09-29"),
    ("2024-09-27", 2, "2024-09-30"),
    ("2024-09-27", 3, "2024-10-08"),
    ("2024-09-27", 7, "2024-10-12"),
    ("2024-09-27", 8, "2024-10-14"),
    # Spring Festival 2019: off 2/4–2/10, worked Sat 2/2 and Sun 2/3.
    ("2019-02-01", 1, "2019-02-02"),
    ("2019-02-01", 2, "2019-02-03"),
    ("2019-02-01", 3, "2019-02-11"),
    # National Day 2019: off 10/1–10/7, worked Sun 9/29 and Sat 10/12.
    ("2019-09-27", 1, "2019-09-29"),
    ("2019-09-27", 3, "2019-10-08"),
    ("2019-09-27", 7, "2019-10-12"),
    ("2019-09-27", 8, "2019-10-14"),
]


@pytest.mark.parametrize(("start", "n", "expected"), COUNTING)
def test_add_workdays_through_real_holiday_periods(start: str, n: int, expected: str) -> None:
    assert CAL.add_workdays(D(start), n) == D(expected)


@pytest.mark.parametrize(("start", "n", "expected"), COUNTING)
def test_workdays_between_counts_the_same_periods(start: str, n: int, expected: str) -> None:
    assert CAL.workdays_between(D(start), D(expected)) == n
    assert CAL.workdays_between(D(expected), D(start)) == -n


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2025-01-26", True),  # Sunday worked before Spring Festival
        ("2025-01-28", False),
        ("2025-02-08", True),  # Saturday worked after it
        ("2025-10-08", False),  # a Wednesday inside the 2025 National Day break
        ("2025-10-11", True),
        ("2026-01-04", True),  # Sunday worked after New Year 2026
        ("2026-02-23", False),  # a Monday inside Spring Festival 2026
        ("2026-05-09", True),
        ("2026-09-25", False),  # Mid-Autumn, a Friday
        ("2026-10-10", True),
        ("2026-03-07", False),  # an ordinary Saturday
        ("2026-03-09", True),  # an ordinary Monday
    ],
)
def test_is_workday_on_known_days(day: str, working: bool) -> None:
    assert CAL.is_workday(D(day)) is working


def test_package_years_agree_with_chinesecalendar_day_by_day() -> None:
    day, last = dt.date(2004, 1, 1), dt.date(2026, 12, 31)
    while day <= last:
        assert CAL.is_workday(day) is chinese_calendar.is_workday(day), day
        day += dt.timedelta(days=1)


def test_counting_across_a_year_boundary() -> None:
    # 2026 New Year: off 1/1–1/3, Sunday 1/4 worked.
    assert CAL.add_workdays(D("2025-12-31"), 1) == D("2026-01-04")
    assert CAL.add_workdays(D("2025-12-31"), 2) == D("2026-01-05")
    assert CAL.workdays_between(D("2025-12-31"), D("2026-01-05")) == 2
    # 2024 New Year's Day was a Monday: Friday 2023-12-29 plus one is Tuesday 2024-01-02.
    assert CAL.add_workdays(D("2023-12-29"), 1) == D("2024-01-02")
    assert CAL.is_confirmed(D("2023-12-29"), D("2024-01-02"))


def test_a_saturday_duty_shift_counts_from_the_next_working_day() -> None:
    # Accepted on Saturday 2026-03-07: Monday 3/9 is the first counted day.
    assert CAL.add_workdays(D("2026-03-07"), 1) == D("2026-03-09")
    assert CAL.add_workdays(D("2026-03-07"), 5) == D("2026-03-13")
    assert CAL.workdays_between(D("2026-03-07"), D("2026-03-09")) == 1
    # Accepted on a holiday: the first counted day is the first day back.
    assert CAL.add_workdays(D("2025-10-03"), 1) == D("2025-10-09")
    assert CAL.add_workdays(D("2026-02-15"), 1) == D("2026-02-24")


def test_the_start_day_never_counts_even_when_it_is_a_working_day() -> None:
    # Saturday 2026-02-14 is worked, yet a case accepted that day counts from 2/24.
    assert CAL.add_workdays(D("2026-02-14"), 1) == D("2026-02-24")


def test_an_uncovered_year_uses_weekends_alone_and_is_unconfirmed() -> None:
    assert not CAL.covers(2027)
    assert CAL.covers(2026) and CAL.covers(2004)
    assert CAL.add_workdays(D("2026-12-30"), 1) == D("2026-12-31")
    assert CAL.is_confirmed(D("2026-12-30"), D("2026-12-31"))
    # 2027-01-01 is a Friday; nobody has said it is a holiday yet.
    assert CAL.add_workdays(D("2026-12-30"), 2) == D("2027-01-01")
    assert CAL.add_workdays(D("2026-12-30"), 3) == D("2027-01-04")
    assert not CAL.is_confirmed(D("2026-12-30"), D("2027-01-01"))
    # Friday 2027-02-05 plus one is Monday 2/8, whatever Spring Festival will bring.
    assert CAL.add_workdays(D("2027-02-05"), 1) == D("2027-02-08")
    assert not CAL.is_confirmed(D("2027-02-05"))


def test_negative_counts_and_dates_outside_the_span_are_refused() -> None:
    with pytest.raises(ValueError, match="负数"):
        CAL.add_workdays(D("2026-03-02"), -1)
    with pytest.raises(ValueError, match="超出日历范围"):
        CAL.add_workdays(D("1989-12-29"), 1)
    with pytest.raises(ValueError, match="超出日历范围"):
        CAL.workdays_between(D("2026-03-02"), D("2101-01-03"))


# -- properties ---------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(2003, 6, 1), max_value=dt.date(2028, 12, 31))


@settings(max_examples=400, deadline=None)
@given(dates, dates)
def test_add_workdays_inverts_workdays_between_on_working_days(a: dt.date, b: dt.date) -> None:
    assume(b > a and CAL.is_workday(b))
    assert CAL.add_workdays(a, CAL.workdays_between(a, b)) == b


@settings(max_examples=400, deadline=None)
@given(dates, st.integers(min_value=1, max_value=400))
def test_workdays_between_inverts_add_workdays(a: dt.date, n: int) -> None:
    b = CAL.add_workdays(a, n)
    assert b > a and CAL.is_workday(b)
    assert CAL.workdays_between(a, b) == n


@settings(max_examples=300, deadline=None)
@given(dates, dates)
def test_workdays_between_is_antisymmetric(a: dt.date, b: dt.date) -> None:
    assert CAL.workdays_between(a, b) == -CAL.workdays_between(b, a)


@settings(max_examples=300, deadline=None)
@given(dates, dates, dates, st.integers(min_value=1, max_value=200))
def test_counting_is_monotonic(a: dt.date, b: dt.date, c: dt.date, n: int) -> None:
    a, b, c = sorted((a, b, c))
    assert CAL.workdays_between(a, b) <= CAL.workdays_between(a, c)
    assert CAL.workdays_between(b, c) <= CAL.workdays_between(a, c)
    assert CAL.add_workdays(a, n) <= CAL.add_workdays(b, n)
    assert CAL.add_workdays(a, n) < CAL.add_workdays(a, n + 1)


@settings(max_examples=200, deadline=None)
@given(dates, st.integers(min_value=-60, max_value=60))
def test_workdays_between_matches_a_day_by_day_count(a: dt.date, span: int) -> None:
    b = a + dt.timedelta(days=span)
    lo, hi = sorted((a, b))
    count = sum(CAL.is_workday(lo + dt.timedelta(days=i)) for i in range(1, (hi - lo).days + 1))
    assert CAL.workdays_between(a, b) == (count if b >= a else -count)


# -- year files ----------------------------------------------------------------------------

SHIPPED_2026 = resources_dir() / "calendar" / "2026.json"


def _range(first: str, last: str) -> set[dt.date]:
    a, b = D(first), D(last)
    return {a + dt.timedelta(days=i) for i in range((b - a).days + 1)}


def test_shipped_2026_file_is_accepted_and_matches_the_notice_and_the_package() -> None:
    schedule = parse_year_file(SHIPPED_2026.read_bytes())
    assert schedule.year == 2026 and schedule.origin == "imported"
    assert "国务院办公厅" in schedule.source
    notice_holidays = (
        _range("2026-01-01", "2026-01-03")
        | _range("2026-02-15", "2026-02-23")
        | _range("2026-04-04", "2026-04-06")
        | _range("2026-05-01", "2026-05-05")
        | _range("2026-06-19", "2026-06-21")
        | _range("2026-09-25", "2026-09-27")
        | _range("2026-10-01", "2026-10-07")
    )
    notice_workdays = {D(x) for x in ("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")}
    assert schedule.holiday_dates == notice_holidays
    assert schedule.workday_dates == notice_workdays
    package = package_schedules()[2026]
    assert schedule.holidays == package.holidays
    assert schedule.workdays == package.workdays


def _file_2027(**changes: object) -> dict:
    data: dict = {
        "year": 2027,
        "source": "国务院办公厅关于2027年部分节假日安排的通知",
        "holidays": [
            {"name": "元旦", "dates": ["2027-01-01", "2027-01-02", "2027-01-03"]},
            {"name": "春节", "dates": [f"2027-02-{d:02d}" for d in range(6, 15)]},
        ],
        "workdays": [{"name": "春节", "dates": ["2027-02-20"]}],
    }
    data.update(changes)
    return data


def test_an_imported_year_makes_that_year_confirmed() -> None:
    schedule = parse_year_file(json.dumps(_file_2027(), ensure_ascii=False))
    cal = build_calendar({2027: schedule})
    assert cal.covers(2027)
    # Friday 2/5 is the last day before a break running Saturday 2/6 to Sunday 2/14.
    assert cal.add_workdays(D("2027-02-05"), 1) == D("2027-02-15")
    assert cal.add_workdays(D("2027-02-19"), 1) == D("2027-02-20")  # Saturday worked
    assert cal.add_workdays(D("2026-12-31"), 1) == D("2027-01-04")
    assert cal.is_confirmed(D("2026-12-31"), D("2027-01-04"))


def test_an_imported_year_overrides_the_package() -> None:
    data = json.loads(SHIPPED_2026.read_text(encoding="utf-8"))
    data["source"] = "更正后的通知"
    data["workdays"] = [g for g in data["workdays"] if g["name"] != "春节"]
    cal = build_calendar({2026: parse_year_file(data)})
    # Without the makeup Saturday 2/28, Friday 2/27 plus one is Monday 3/2.
    assert cal.add_workdays(D("2026-02-27"), 1) == D("2026-03-02")
    assert CAL.add_workdays(D("2026-02-27"), 1) == D("2026-02-28")
    assert [(y.year, y.origin, y.source) for y in cal.covered_years if y.year == 2026] == [
        (2026, "imported", "更正后的通知")
    ]
    # Other package years are untouched.
    assert cal.add_workdays(D("2025-09-26"), 4) == D("2025-10-09")


def _holidays(*dates: str) -> list[dict]:
    return [{"name": "春节", "dates": list(dates)}]


REFUSALS = [
    (
        "both holiday and workday",
        _file_2027(workdays=[{"name": "春节", "dates": ["2027-02-06"]}]),
        "既是放假日期",
    ),
    ("date outside its year", _file_2027(holidays=_holidays("2027-02-08", "2028-02-09")), "不在 2027 年内"),
    ("malformed date", _file_2027(holidays=_holidays("2027-2-8")), "格式不正确"),
    ("impossible date", _file_2027(holidays=_holidays("2027-02-30")), "格式不正确"),
    ("week date instead of a calendar date", _file_2027(holidays=_holidays("2027-W06-1")), "格式不正确"),
    ("date without dashes", _file_2027(workdays=[{"name": "春节", "dates": ["20270220"]}]), "格式不正确"),
    ("weekday as makeup workday", _file_2027(workdays=[{"name": "春节", "dates": ["2027-02-05"]}]), "本来就是工作日"),
    ("missing source", {k: v for k, v in _file_2027().items() if k != "source"}, "缺少 source"),
    ("no holidays at all", _file_2027(holidays=[]), "holidays 为空"),
]


@pytest.mark.parametrize(("data", "reason"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_a_contradictory_file_is_refused_with_its_reason(data: dict, reason: str) -> None:
    with pytest.raises(CalendarFileError) as err:
        parse_year_file(json.dumps(data, ensure_ascii=False))
    assert any(reason in p for p in err.value.problems), err.value.problems


def test_every_problem_is_listed_not_just_the_first() -> None:
    data = _file_2027(
        holidays=_holidays("2027-02-08", "2026-12-31"),
        workdays=[{"name": "春节", "dates": ["2027-02-08", "2027-02-09"]}],
    )
    with pytest.raises(CalendarFileError) as err:
        parse_year_file(data)
    text = "；".join(err.value.problems)
    assert "不在 2027 年内" in text and "既是放假日期" in text and "本来就是工作日" in text


@pytest.mark.parametrize("raw", [b"not json", b'{"year": 2027,', "\u5e74\u4efd".encode("gbk"), b"[1, 2]"])
def test_a_file_that_is_not_a_json_object_is_refused(raw: bytes) -> None:
    with pytest.raises(CalendarFileError) as err:
        parse_year_file(raw)
    assert err.value.problems and all(p for p in err.value.problems)


def test_a_file_saved_with_a_byte_order_mark_is_accepted() -> None:
    raw = "\ufeff".encode() + json.dumps(_file_2027(), ensure_ascii=False).encode("utf-8")
    assert parse_year_file(raw).year == 2027


def test_every_package_year_exports_and_reimports_unchanged() -> None:
    for year, schedule in package_schedules().items():
        again = parse_year_file(json.dumps(CAL.export_year(year).to_json(), ensure_ascii=False))
        assert (again.year, again.holidays, again.workdays) == (year, schedule.holidays, schedule.workdays)


def test_exporting_an_uncovered_year_is_refused() -> None:
    with pytest.raises(ValueError, match="2027 年不在日历中"):
        CAL.export_year(2027)


def test_year_schedule_json_uses_iso_dates() -> None:
    schedule = YearSchedule(2027, "通知", "imported", (NamedDates("元旦", (D("2027-01-01"),)),))
    assert schedule.to_json() == {
        "year": 2027,
        "source": "通知",
        "holidays": [{"name": "元旦", "dates": ["2027-01-01"]}],
        "workdays": [],
    }


def test_next_year_is_due_from_december_until_imported():
    cal = build_calendar()
    assert not cal.next_year_due(dt.date(2026, 11, 30))
    assert cal.next_year_due(dt.date(2026, 12, 1))
    assert not cal.next_year_due(dt.date(2025, 12, 1))  # 2026 is known
    imported = YearSchedule(2027, "国办发明电〔2026〕", "imported", (NamedDates("元旦", (dt.date(2027, 1, 1),)),))
    assert not build_calendar({2027: imported}).next_year_due(dt.date(2026, 12, 1))
