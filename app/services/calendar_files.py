"""The calendar years an administrator imported, kept as files in the data folder.

Each imported year is stored as ``calendar/YEAR.json`` in the same form as the file that
was imported, so an admin can read what the program uses, and it overrides the
package's data for that year after a restart as well as now.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.calendar import (
    MAX_FILE_BYTES,
    CalendarFileError,
    WorkCalendar,
    YearSchedule,
    build_calendar,
    parse_year_file,
)
from app.domain.refusal import Problem, Worded
from app.paths import DataPaths
from app.services import changes
from app.services.changes import OpChanges
from app.store.atomic import atomic_write_text

if TYPE_CHECKING:
    from app.services.officers import Actor


class StoredCalendarError(Worded, RuntimeError):
    """An imported year file in the data folder was damaged after import."""


def imported_years(paths: DataPaths) -> dict[int, YearSchedule]:
    years: dict[int, YearSchedule] = {}
    folder = paths.calendar
    if not folder.is_dir():
        return years
    for file in sorted(folder.glob("*.json")):
        try:
            schedule = parse_year_file(file.read_bytes())
        except CalendarFileError as exc:
            raise StoredCalendarError(f"数据目录中的日历文件 {file} 已损坏：{exc}；请重新导入该年份", "stored_calendar_damaged",
                                      file=str(file), problems=tuple(exc.problems)) from None
        years[schedule.year] = schedule
    return years


def load_calendar(paths: DataPaths) -> WorkCalendar:
    return build_calendar(imported_years(paths))


def read_year_file(file: Path) -> YearSchedule:
    try:
        if Path(file).stat().st_size > MAX_FILE_BYTES:
            raise CalendarFileError([Problem(f"文件 {file} 过大：一年的节假日安排不超过 {MAX_FILE_BYTES // 1024} KB",
                                                     "calendar_file_too_big", file=str(file),
                                                     limit=MAX_FILE_BYTES // 1024)])
        raw = Path(file).read_bytes()
    except FileNotFoundError:
        raise CalendarFileError([Problem(f"找不到文件 {file}", "file_not_found", file=str(file))]) from None
    except OSError as exc:
        raise CalendarFileError([Problem(f"无法读取文件 {file}：{exc.strerror}", "file_unreadable", file=str(file),
                                                 problem=exc.strerror)]) from None
    return parse_year_file(raw)


class CalendarImportRefused(Worded, PermissionError):
    """Only an administrator changes the working-day calendar."""


def import_year_by(paths: DataPaths, file: Path, by: "Actor") -> YearSchedule:
    """An administrator imports a year; every front end comes through here."""
    if not by.is_admin:
        raise CalendarImportRefused("只有管理员可以导入节假日安排", "calendar_import_admin")
    return import_year(paths, file)


def import_year(paths: DataPaths, file: Path) -> YearSchedule:
    """Validate the file whole, then store it; a refused file leaves everything as it was."""
    schedule = read_year_file(file)
    paths.calendar.mkdir(parents=True, exist_ok=True)
    atomic_write_text(
        paths.calendar / f"{schedule.year}.json",
        json.dumps(schedule.to_json(), ensure_ascii=False, indent=2) + "\n",
    )
    changes.note(OpChanges(calendar=True))
    return schedule
