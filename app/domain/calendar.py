"""The working-day calendar: the one place that knows which dates count.

Weekends are rest days, statutory holidays are rest days, and the weekend days moved to
make longer breaks (调休) are working days. Years 2004–2026 come from the
``chinesecalendar`` package; later years come from files an administrator imports when
the State Council publishes them, and an imported year overrides the package's. A year
nobody has described is judged on weekends alone and reported as *unconfirmed*.

Counting follows 民法典 art. 201: the day a period starts is never counted, so
"N working days after D" is the Nth working day strictly after D.  Both
``add_workdays`` and ``workdays_between`` are constant-time lookups in arrays of
working-day ordinals built once per calendar, because every list refresh recomputes
thousands of countdowns.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from app.domain.refusal import Problem, Worded, as_problem
from app.domain.text import refusal as text_refusal

#: From this month on, next year's schedule should be imported: the State Council
#: publishes it in early or mid November.
ANNOUNCE_MONTH = 12
SPAN_FIRST = dt.date(1990, 1, 1)
SPAN_LAST = dt.date(2100, 12, 31)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
FILE_FORMAT_HINT = '{"year": 2027, "source": "…", "holidays": [{"name": "春节", "dates": [...]}], "workdays": [...]}'

_PACKAGE_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


class CalendarRefused(Worded, ValueError):
    """A date or a count the working-day calendar cannot work with."""


class CalendarFileError(ValueError):
    """A year file that cannot be used; ``problems`` lists every reason, each a coded refusal."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("；".join(problems))


@dataclass(frozen=True)
class NamedDates:
    name: str
    dates: tuple[dt.date, ...]


@dataclass(frozen=True)
class YearSchedule:
    """One year's official rest days and makeup working days."""

    year: int
    source: str
    origin: str  # "package" or "imported"
    holidays: tuple[NamedDates, ...] = ()
    workdays: tuple[NamedDates, ...] = ()

    @property
    def holiday_dates(self) -> frozenset[dt.date]:
        return frozenset(d for group in self.holidays for d in group.dates)

    @property
    def workday_dates(self) -> frozenset[dt.date]:
        return frozenset(d for group in self.workdays for d in group.dates)

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "source": self.source,
            "holidays": [{"name": g.name, "dates": [d.isoformat() for d in g.dates]} for g in self.holidays],
            "workdays": [{"name": g.name, "dates": [d.isoformat() for d in g.dates]} for g in self.workdays],
        }


def _group(pairs: Iterable[tuple[dt.date, str]]) -> tuple[NamedDates, ...]:
    by_name: dict[str, list[dt.date]] = {}
    for day, name in sorted(pairs):
        by_name.setdefault(name, []).append(day)
    ordered = sorted(by_name.items(), key=lambda kv: kv[1][0])
    return tuple(NamedDates(name, tuple(days)) for name, days in ordered)


def package_schedules() -> dict[int, YearSchedule]:
    """The years the ``chinesecalendar`` package knows, in our own form."""
    import chinese_calendar
    from chinese_calendar import constants

    version = getattr(chinese_calendar, "__version__", "")
    source = f"chinesecalendar {version}".strip()
    holidays: dict[int, list[tuple[dt.date, str]]] = {}
    workdays: dict[int, list[tuple[dt.date, str]]] = {}
    for day, name in constants.holidays.items():
        holidays.setdefault(day.year, []).append((day, _PACKAGE_NAMES_ZH.get(name, name)))
    for day, name in constants.workdays.items():
        workdays.setdefault(day.year, []).append((day, _PACKAGE_NAMES_ZH.get(name, name)))
    years = set(holidays) | set(workdays)
    return {
        y: YearSchedule(y, source, "package", _group(holidays.get(y, ())), _group(workdays.get(y, ())))
        for y in sorted(years)
    }


def parse_iso_date(text: str) -> dt.date:
    """A date written exactly as YYYY-MM-DD.

    ``date.fromisoformat`` also takes ``20270208`` and week dates like ``2027-W06-1``;
    a schedule copied from a notice never looks like that, so such text is a mistake.
    """
    if isinstance(text, str) and _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise CalendarRefused(f"“{text}”不是有效日期，应为 YYYY-MM-DD", "date_form", text=text)


def _parse_dates(raw: Any, where: str, at: dict[str, Any], problems: list[Problem]) -> list[dt.date]:
    """``where`` names the entry in Chinese, ``at`` by its section, number and name."""
    if not isinstance(raw, list):
        problems.append(Problem(f"{where} 的 dates 应为日期列表", "calendar_dates_list", **at))
        return []
    out = []
    for value in raw:
        try:
            out.append(parse_iso_date(value))
        except ValueError:
            problems.append(Problem(f"{where} 中的日期“{value}”格式不正确，应为 YYYY-MM-DD", "calendar_date_form",
                                            value=str(value), **at))
    return out


def _parse_groups(raw: Any, key: str, label: str, problems: list[Problem]) -> list[tuple[str, list[dt.date]]]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(Problem(f"{key} 应为列表，每项形如 {{\"name\": …, \"dates\": […]}}",
                                        "calendar_section_list", section=key))
        return []
    groups = []
    for i, entry in enumerate(raw, start=1):
        where = f"{label}第{i}项"
        if not isinstance(entry, dict):
            problems.append(Problem(f"{where} 应为对象，含 name 与 dates", "calendar_entry_object",
                                            section=key, index=i))
            continue
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(Problem(f"{where} 缺少名称 name", "calendar_entry_name", section=key, index=i))
            name = ""
        at = {"section": key, "index": i, "entry": name.strip() or None}
        groups.append((name.strip(), _parse_dates(entry.get("dates"), f"{where}（{name or '未命名'}）", at, problems)))
    return groups


#: Plausible bounds of one year's schedule: 2004–2026 never had more than 33 days off
#: in holiday periods, nor more than 8 weekend days worked.
MAX_HOLIDAYS = 45
MAX_MAKEUP_WORKDAYS = 12
MAX_FILE_BYTES = 64 * 1024


def parse_year_file(data: Mapping[str, Any] | str | bytes) -> YearSchedule:
    """Validate one year file; refuse it whole, listing every problem, if anything is off."""
    if isinstance(data, (str, bytes)):
        if len(data) > MAX_FILE_BYTES:
            raise CalendarFileError([Problem(
                f"文件过大（{len(data)} 字节）：一年的节假日安排不超过 {MAX_FILE_BYTES // 1024} KB", "calendar_file_big",
                size=len(data), limit=MAX_FILE_BYTES // 1024)])
        try:
            data = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise CalendarFileError([Problem(f"文件不是有效的 JSON：{exc}", "calendar_json",
                                                     problem=str(exc))]) from None
        except RecursionError:
            raise CalendarFileError([Problem("文件不是有效的节假日安排：嵌套层次过深", "calendar_nested")]) from None
    if not isinstance(data, Mapping):
        raise CalendarFileError([Problem(f"文件内容应为一个对象，形如 {FILE_FORMAT_HINT}", "calendar_not_object",
                                                 hint=FILE_FORMAT_HINT)])
    problems: list[Problem] = []
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not (SPAN_FIRST.year <= year <= SPAN_LAST.year):
        raise CalendarFileError([Problem(f"year 应为 {SPAN_FIRST.year}–{SPAN_LAST.year} 之间的整数年份，实为“{year}”",
                                                 "calendar_year", first=SPAN_FIRST.year, last=SPAN_LAST.year,
                                                 year=str(year))])
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(Problem("缺少 source（国务院办公厅通知的文号或名称）", "calendar_no_source"))
        source = ""
    unknown = sorted(set(data) - {"year", "source", "holidays", "workdays", "note"})
    if unknown:
        problems.append(Problem(f"不认识的字段：{', '.join(unknown)}", "calendar_unknown_fields",
                                        names=tuple(unknown)))
    holidays = _parse_groups(data.get("holidays"), "holidays", "放假安排", problems)
    workdays = _parse_groups(data.get("workdays"), "workdays", "调休上班", problems)
    if not holidays:
        problems.append(Problem("holidays 为空：一年中至少应有法定节假日", "calendar_no_holidays"))
    for name, _days in holidays + workdays:
        why = text_refusal(name, "名称", 50) if isinstance(name, str) else None
        if why is not None:
            problems.append(as_problem(why))
    why = text_refusal(source, "source", 200)
    if why is not None:
        problems.append(as_problem(why))
    n_holidays = sum(len(days) for _n, days in holidays)
    n_workdays = sum(len(days) for _n, days in workdays)
    if n_holidays > MAX_HOLIDAYS:
        problems.append(Problem(f"放假日期共 {n_holidays} 天，超出合理范围（法定节假日连同调休每年不超过 {MAX_HOLIDAYS} 天）",
                                        "calendar_many_holidays", count=n_holidays, limit=MAX_HOLIDAYS))
    if n_workdays > MAX_MAKEUP_WORKDAYS:
        problems.append(Problem(f"调休上班日期共 {n_workdays} 天，超出合理范围（每年不超过 {MAX_MAKEUP_WORKDAYS} 天）",
                                        "calendar_many_workdays", count=n_workdays, limit=MAX_MAKEUP_WORKDAYS))
    seen_h: dict[dt.date, str] = {}
    for name, days in holidays:
        for d in days:
            if d.year != year:
                problems.append(Problem(f"放假日期 {d.isoformat()}（{name}）不在 {year} 年内", "holiday_other_year",
                                                day=d, entry=name, year=year))
            if d in seen_h:
                problems.append(Problem(f"放假日期 {d.isoformat()} 重复出现（{seen_h[d]}、{name}）", "holiday_twice",
                                                day=d, names=(seen_h[d], name)))
            seen_h[d] = name
    seen_w: dict[dt.date, str] = {}
    for name, days in workdays:
        for d in days:
            if d.year != year:
                problems.append(Problem(f"调休上班日期 {d.isoformat()}（{name}）不在 {year} 年内", "workday_other_year",
                                                day=d, entry=name, year=year))
            if d.weekday() < 5:
                problems.append(Problem(
                    f"调休上班日期 {d.isoformat()}（{name}）是周{'一二三四五'[d.weekday()]}，本来就是工作日",
                    "workday_weekday", day=d, entry=name))
            if d in seen_h:
                problems.append(Problem(f"{d.isoformat()} 既是放假日期（{seen_h[d]}）又是调休上班日期（{name}）",
                                                "holiday_and_workday", day=d, holiday=seen_h[d], entry=name))
            if d in seen_w:
                problems.append(Problem(f"调休上班日期 {d.isoformat()} 重复出现", "workday_twice", day=d))
            seen_w[d] = name
    if problems:
        raise CalendarFileError(problems)
    return YearSchedule(
        year=year,
        source=source.strip(),
        origin="imported",
        holidays=tuple(NamedDates(n, tuple(sorted(ds))) for n, ds in holidays),
        workdays=tuple(NamedDates(n, tuple(sorted(ds))) for n, ds in workdays),
    )


@dataclass(frozen=True)
class YearStatus:
    year: int
    origin: str
    source: str


@dataclass
class WorkCalendar:
    """Working days over a fixed span, with constant-time counting.

    ``_cum[i]`` is the number of working days from ``SPAN_FIRST`` through day ``i``;
    ``_nth[k]`` is the day index of the k-th working day.  Then the working days in
    (A, B] are ``_cum[B] - _cum[A]`` and the Nth working day after D is
    ``_nth[_cum[D] + N]``.
    """

    schedules: Mapping[int, YearSchedule]
    _base: int = field(init=False, repr=False)
    _work: bytearray = field(init=False, repr=False)
    _cum: list[int] = field(init=False, repr=False)
    _nth: list[int] = field(init=False, repr=False)
    _dates: list[dt.date] = field(init=False, repr=False)
    _covered: frozenset[int] = field(init=False, repr=False)

    def __reduce__(self) -> tuple:
        # The schedules alone: the day tables are ten times their size and rebuilt in a
        # few milliseconds (a parallel rebuild sends the calendar to each worker).
        return WorkCalendar, (dict(self.schedules),)

    def __post_init__(self) -> None:
        self._base = SPAN_FIRST.toordinal()
        length = SPAN_LAST.toordinal() - self._base + 1
        rest: set[int] = set()
        extra: set[int] = set()
        for schedule in self.schedules.values():
            rest.update(d.toordinal() - self._base for d in schedule.holiday_dates)
            extra.update(d.toordinal() - self._base for d in schedule.workday_dates)
        work = bytearray(length)
        cum = [0] * length
        nth = [0]
        count = 0
        weekday0 = SPAN_FIRST.weekday()
        for i in range(length):
            is_work = ((weekday0 + i) % 7 < 5 and i not in rest) or i in extra
            if is_work:
                work[i] = 1
                count += 1
                nth.append(i)
            cum[i] = count
        self._work, self._cum, self._nth = work, cum, nth
        self._dates = [dt.date.fromordinal(self._base + i) for i in range(length)]
        self._covered = frozenset(self.schedules)

    # -- lookups -------------------------------------------------------------------------

    def index(self, day: dt.date) -> int:
        i = day.toordinal() - self._base
        if i < 0 or i >= len(self._cum):
            raise CalendarRefused(f"日期 {day.isoformat()} 超出日历范围（{SPAN_FIRST.year}–{SPAN_LAST.year}）",
                                  "calendar_span", day=day, first=SPAN_FIRST.year, last=SPAN_LAST.year)
        return i

    def day(self, index: int) -> dt.date:
        return self._dates[index]

    def is_workday(self, day: dt.date) -> bool:
        return bool(self._work[self.index(day)])

    def covers(self, year: int) -> bool:
        return year in self._covered

    def is_confirmed(self, first: dt.date, last: dt.date | None = None) -> bool:
        """Whether every year touched between the two dates is officially known."""
        last = last or first
        lo, hi = sorted((first.year, last.year))
        return all(y in self._covered for y in range(lo, hi + 1))

    def next_year_due(self, today: dt.date) -> bool:
        """From 1 December, next year's holidays should be in the calendar and are not."""
        return today.month >= ANNOUNCE_MONTH and not self.covers(today.year + 1)

    @property
    def covered_years(self) -> list[YearStatus]:
        return [YearStatus(y, s.origin, s.source) for y, s in sorted(self.schedules.items())]

    # -- counting ------------------------------------------------------------------------

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The Nth working day after ``start`` (``start`` itself never counts); N=0 gives ``start``."""
        if n < 0:
            raise CalendarRefused("工作日数不能为负数", "workdays_negative")
        if n == 0:
            return start
        k = self._cum[self.index(start)] + n
        if k >= len(self._nth):
            raise CalendarRefused(f"结果超出日历范围（{SPAN_LAST.year} 年以后）", "calendar_result_span",
                                  last=SPAN_LAST.year)
        return self.day(self._nth[k])

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when ``end`` is before ``start``."""
        return self._cum[self.index(end)] - self._cum[self.index(start)]

    def next_workday_on_or_after(self, day: dt.date) -> dt.date:
        i = self.index(day)
        if self._work[i]:
            return day
        return self.day(self._nth[self._cum[i] + 1])

    def export_year(self, year: int) -> YearSchedule:
        if year not in self.schedules:
            raise CalendarRefused(f"{year} 年不在日历中（已有：{', '.join(str(y) for y in sorted(self.schedules))}）",
                                  "year_not_in_calendar", year=year, years=tuple(sorted(self.schedules)))
        return self.schedules[year]


def build_calendar(imported: Mapping[int, YearSchedule] | None = None) -> WorkCalendar:
    """The package's years, overridden year by year by the imported ones."""
    schedules = dict(package_schedules())
    schedules.update(imported or {})
    return WorkCalendar(schedules)
