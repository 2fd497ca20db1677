"""One open data folder: database, calendar, this station, settings and the clock.

Services receive a Workspace and open one short transaction per use case through
:meth:`Workspace.write` (SQLite ``BEGIN IMMEDIATE``: the writer takes the lock up front,
so two windows saving at once queue instead of failing half-way) or :meth:`read`.
Nothing here is global: a test or the benchmark can hold several workspaces at once.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.calendar import WorkCalendar
from app.domain.hlc import Hlc, clock_set_back, tick
from app.paths import DataPaths
from app.services import calendar_files
from app.services.clock import Clock
from app.services.settings import CentreSettings, load_settings
from app.store import backup
from app.store.database import DatabaseProblem, integrity_problems, open_database
from app.store.events import newest_hlc
from app.store.models import Station


class NotInitialized(DatabaseProblem):
    """The data folder has no station yet: run ``init`` (or the first-run dialog)."""


class ClockSetBack(RuntimeError):
    """This computer's date is earlier than the newest event: countdowns would be wrong."""


class DateOutsideCalendar(ValueError):
    """A "today" the working-day calendar cannot count from (a mistyped year)."""


@dataclass(frozen=True)
class StationInfo:
    uuid: str
    centre_name: str
    short_name: str
    window_name: str


def _use_immediate_transactions(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_conn, _rec):  # the driver must not open transactions itself
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")


class Workspace:
    def __init__(self, paths: DataPaths, engine: Engine, clock: Clock) -> None:
        self.paths = paths
        self.engine = engine
        self.clock = clock
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(bind=engine.execution_options(immediate=True), expire_on_commit=False)
        self.calendar: WorkCalendar = calendar_files.load_calendar(paths)
        self._station: StationInfo | None = None
        self._last_hlc: Hlc | None = None

    @classmethod
    def open(cls, paths: DataPaths, *, create: bool = False, clock: Clock | None = None,
             daily_backup: bool = True) -> "Workspace":
        paths.ensure()
        engine = open_database(paths.database, paths.backups, create=create)
        _use_immediate_transactions(engine)
        engine.dispose()  # reconnect so the listeners apply to every connection
        ws = cls(paths, engine, clock or Clock())
        from app.services.maintenance import rebuild_if_marked  # it builds on this module

        rebuild_if_marked(ws)
        if daily_backup and ws.station is not None and backup.daily_backup_due(paths.backups, ws.clock.today()):
            backup.backup_database(paths.database, paths.backups, label="daily")
        return ws

    def close(self) -> None:
        self.engine.dispose()

    def daily_maintenance(self, quick_check: bool = True) -> tuple[Path | None, list[str]]:
        """Today's backup if not yet taken, and SQLite's own check of the file.

        Slow on a large database, so the desktop program runs it off the GUI thread after
        the main window is up, instead of making the officer wait at start-up.
        """
        made = None
        if self.station is not None and backup.daily_backup_due(self.paths.backups, self.clock.today()):
            made = backup.backup_database(self.paths.database, self.paths.backups, label="daily")
        return made, integrity_problems(self.engine, quick=quick_check)

    # -- transactions ---------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    # -- this station -------------------------------------------------------------------

    @property
    def station(self) -> StationInfo | None:
        if self._station is None:
            with self.read() as s:
                row = s.scalar(select(Station).where(Station.is_local.is_(True)))
                if row is not None:
                    self._station = StationInfo(row.uuid, row.centre_name, row.short_name, row.window_name)
        return self._station

    def require_station(self) -> StationInfo:
        station = self.station
        if station is None:
            raise NotInitialized(f"数据目录 {self.paths.root} 尚未初始化。请先运行 init 或在桌面程序中完成首次设置")
        return station

    def forget_station(self) -> None:
        self._station = None

    def settings(self) -> CentreSettings:
        with self.read() as s:
            return load_settings(s)

    def reload_calendar(self) -> WorkCalendar:
        self.calendar = calendar_files.load_calendar(self.paths)
        return self.calendar

    # -- time -------------------------------------------------------------------------------

    def next_hlc(self, session: Session) -> Hlc:
        newest = newest_hlc(session)
        if self._last_hlc is not None and (newest is None or self._last_hlc > newest):
            newest = self._last_hlc
        self._last_hlc = tick(newest, self.clock.now_ms())
        return self._last_hlc

    def remember_hlc(self, hlc: Hlc) -> None:
        if self._last_hlc is None or hlc > self._last_hlc:
            self._last_hlc = hlc

    def clock_problem(self) -> str | None:
        """A message when the computer's date is behind the newest event, else None."""
        with self.read() as s:
            newest = newest_hlc(s)
        if clock_set_back(newest, self.clock.now_ms()):
            when = newest.wall_time.astimezone().strftime("%Y-%m-%d %H:%M")
            now = self.clock.now().astimezone().strftime("%Y-%m-%d %H:%M")
            return (
                f"电脑时间（{now}）早于已保存的最新记录（{when}），日期可能被调回。"
                "请先校正电脑时间；在此之前不按错误的“今天”计算倒计时"
            )
        return None

    def today(self, given: dt.date | None = None) -> dt.date:
        """The day countdowns are judged on: the given one, else the computer's, if trustworthy."""
        if given is None:
            problem = self.clock_problem()
            if problem:
                raise ClockSetBack(problem)
        day = given if given is not None else self.clock.today()
        try:
            self.calendar.index(day)
        except ValueError as exc:
            raise DateOutsideCalendar(str(exc)) from None
        return day
