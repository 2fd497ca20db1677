"""One open data folder: database, calendar, this station, settings and the clock.

Services receive a Workspace and open one short transaction per use case through
:meth:`Workspace.write` (SQLite ``BEGIN IMMEDIATE``: the writer takes the lock up front,
so two windows saving at once queue instead of failing half-way) or :meth:`read`.
Nothing here is global: a test or the benchmark can hold several workspaces at once.
"""

from __future__ import annotations

import datetime as dt
import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.calendar import WorkCalendar
from app.domain.hlc import Hlc, clock_set_back, tick
from app.domain.refusal import Worded, reworded
from app.paths import DataPaths
from app.services import calendar_files, changes
from app.services.changes import NOTHING, OpChanges
from app.services.clock import Clock
from app.services.settings import CentreSettings, load_settings
from app.store import backup
from app.store.database import (
    SQLITE_ERRORS,
    DatabaseProblem,
    integrity_problems,
    open_database,
    open_server_database,
    transaction,
)
from app.store.events import newest_clock_reading, newest_hlc
from app.store import seal
from app.store.models import (
    CaseRow,
    ChainHeadRow,
    Event,
    ItemVersion,
    Officer,
    Receipt,
    Setting,
    Station,
    SyncLogRow,
)
from app.store.stations import own_station_uuids


class NotInitialized(DatabaseProblem):
    """The data folder has no station yet: run ``init`` (or the first-run dialog)."""


class ClockSetBack(Worded, RuntimeError):
    """This computer's date is earlier than the newest event: countdowns would be wrong."""


class ClockAhead(Worded, ValueError):
    """A date for new work far beyond what the station's records make plausible."""


#: How far a dated write may run ahead of the computer's date: a month covers planning
#: into the next year's calendar (published in December), not a mistyped year.
MAX_DAYS_AHEAD = 31
#: How far the computer's date may run ahead of the newest record before it needs an
#: administrator's word: a laptop left in a drawer for a season, not a clock a year out.
MAX_IDLE_DAYS = 90
CLOCK_CONFIRMED = "clock_confirmed"
#: Deadlines count up to a year and more of working days forward from "today".
LAST_USABLE_YEAR = 2097


class DateOutsideCalendar(Worded, ValueError):
    """A "today" the working-day calendar cannot count from (a mistyped year)."""


@dataclass(frozen=True)
class StationInfo:
    uuid: str
    centre_name: str
    short_name: str
    window_name: str
    code: str = ""


def _use_immediate_transactions(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_conn, _rec):  # the driver must not open transactions itself
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")


_SEALED = (ChainHeadRow, Officer, ItemVersion, Station)


def _mark_sealed_change(session: Session, _context, _instances) -> None:
    if any(isinstance(o, _SEALED) for o in (*session.new, *session.dirty, *session.deleted)):
        session.info["reseal"] = True


#: The kind of change a row of each table is, for the views (app.services.changes).
_KINDS = {Officer: OpChanges(officers=True),
          Station: OpChanges(settings=True, sync=True), ItemVersion: OpChanges(catalogue=True),
          SyncLogRow: OpChanges(sync=True), Receipt: OpChanges(sync=True)}


_CENTRE_KEYS = frozenset(CentreSettings.keys())


def _note_flushed_kinds(session: Session, _context, _instances) -> None:
    """What the ORM is about to write, by kind; Core writes (events, case rows) note themselves."""
    found = NOTHING
    for o in (*session.new, *session.dirty, *session.deleted):
        kind = _KINDS.get(type(o))
        if isinstance(o, Setting):
            if o.key in _CENTRE_KEYS:  # not the seal or other bookkeeping kept in the same table
                found |= OpChanges(settings=True)
        elif kind is not None:
            found |= kind
        elif isinstance(o, Event) and o.case_uuid:
            changes.note_cases_in_session(session.info, [o.case_uuid])
        elif isinstance(o, CaseRow):
            changes.note_cases_in_session(session.info, [o.uuid])
    if found:
        changes.note_in_session(session.info, found)


class Workspace:
    def __init__(self, paths: DataPaths, engine: Engine, clock: Clock) -> None:
        self.paths = paths
        self.database_label = paths.database_label
        self.engine = engine
        self.clock = clock
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(bind=engine.execution_options(immediate=True), expire_on_commit=False)
        self.calendar: WorkCalendar = calendar_files.load_calendar(paths)
        self._station: StationInfo | None = None
        self._last_hlc: Hlc | None = None
        #: The station's Ed25519 key; None until set up, or when the key file is missing.
        self.signing_key = None
        event.listen(self._writer, "before_flush", _mark_sealed_change)
        event.listen(self._writer, "before_flush", _note_flushed_kinds)

    @classmethod
    def open(cls, paths: DataPaths, *, create: bool = False, clock: Clock | None = None,
             daily_backup: bool = True) -> "Workspace":
        if paths.root.exists() and not paths.root.is_dir():
            raise DatabaseProblem(f"数据目录 {paths.root} 不是文件夹。请用 --data-dir 指向一个文件夹", "data_not_folder",
                                  folder=str(paths.root))
        try:
            paths.ensure()
        except OSError as exc:
            raise DatabaseProblem(f"无法使用数据目录 {paths.root}：{exc.strerror or exc}", "data_unusable",
                                  folder=str(paths.root), problem=exc.strerror or str(exc)) from None
        if paths.on_server:
            engine = open_server_database(paths.database_url, create=create)
            daily_backup = False  # a server's backups are pg_dump's (docs/hub.md)
        else:
            engine = open_database(paths.database, paths.backups, create=create)
            _use_immediate_transactions(engine)
        engine.dispose()  # reconnect so the listeners apply to every connection
        ws = cls(paths, engine, clock or Clock())
        from app.services.station_key import ensure_station_key

        try:
            ensure_station_key(ws)
        except (OSError, DatabaseProblem, *SQLITE_ERRORS):
            ws.signing_key = None  # a read-only folder or a full disk: work on; the audit says it

        from app.services.maintenance import rebuild_if_marked  # it builds on this module

        rebuild_if_marked(ws)
        if daily_backup and ws.station is not None and backup.daily_backup_due(paths.backups, ws.clock.today()):
            try:
                backup.backup_database(paths.database, paths.backups, label="daily")
            except backup.BackupRefused:
                pass  # the older backups stay; the integrity check says what is wrong
        return ws

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def daily_maintenance(self, quick_check: bool = True) -> tuple[Path | None, list[str]]:
        """Today's backup if not yet taken, and SQLite's own check of the file.

        Slow on a large database, so the desktop program runs it off the GUI thread after
        the main window is up, instead of making the officer wait at start-up.
        """
        made, problems = None, []
        if not self.paths.on_server and self.station is not None and backup.daily_backup_due(self.paths.backups, self.clock.today()):
            try:
                made = backup.backup_database(self.paths.database, self.paths.backups, label="daily")
            except backup.BackupRefused as exc:
                problems.append(str(exc))
        return made, problems + integrity_problems(self.engine, quick=quick_check)

    # -- transactions ---------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: all or nothing, an environment failure explained as a
        DatabaseProblem; a change to a chain head, officer or item is re-sealed in it."""
        sealed = None
        with transaction(self._writer, self.database_label) as session:
            info = session.info
            yield session
            session.flush()
            if session.info.pop("reseal", False) and self.signing_key is not None:
                # read in this transaction: a restore may have just given the station a new chain
                local = session.scalar(select(Station.uuid).where(Station.is_local.is_(True)))
                if local is not None:
                    sealed = seal.reseal(session, local, self.signing_key)
        changes.committed(info)  # only now does what it changed count
        if sealed is not None:  # committed: now the copy outside the database may follow
            from app.services.station_key import save_seal_copy

            save_seal_copy(self.paths, sealed)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with transaction(self._reader, self.database_label) as session:
            yield session

    # -- this station -------------------------------------------------------------------

    @property
    def station(self) -> StationInfo | None:
        if self._station is None:
            with self.read() as s:
                row = s.scalar(select(Station).where(Station.is_local.is_(True)))
                if row is not None:
                    self._station = StationInfo(row.uuid, row.centre_name, row.short_name, row.window_name,
                                                row.code)
        return self._station

    def own_stations(self, session: Session) -> list[str]:
        """This installation's chains: the current one and those it continued after restores."""
        return own_station_uuids(session)

    def require_station(self) -> StationInfo:
        station = self.station
        if station is None:
            raise NotInitialized(f"数据目录 {self.paths.root} 尚未初始化。请先运行 init 或在桌面程序中完成首次设置",
                                 "not_initialized", folder=str(self.paths.root))
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

    # The clock rule. The newest event tells roughly what time it is. A computer date
    # behind it means the clock was set back: countdowns would be judged on the wrong day,
    # so dated work stops until the clock is corrected. A computer date (or a --today) far
    # ahead of it is not trusted for dated writes either, so that one wrong clock cannot
    # number a case 〔2099〕第0001号. Since event times never run backwards, events made
    # under a clock that ran ahead would keep the station "set back" until real time
    # caught up with them (a year, for a clock a year ahead); an administrator who has
    # checked the clock confirms it once (``admin confirm-clock``), and from then on those
    # future-stamped events no longer count as evidence of the present.

    def _newest_evidence_ms(self) -> int | None:
        """The wall time of this station's own newest event, unless an administrator has
        confirmed past it. Only our own events count: a peer whose clock runs fast says
        nothing about ours."""
        with self.read() as s:
            newest = newest_clock_reading(s, self.own_stations(s))
            confirmed = s.get(Setting, CLOCK_CONFIRMED)
        if newest is None:
            return None
        if confirmed is not None:
            record = json.loads(confirmed.value)
            if newest.wall_ms <= record["future_wall_ms"]:
                return record["confirmed_at_ms"]
        return newest.wall_ms

    def clock_refusal(self) -> ClockSetBack | None:
        """Why countdowns are held when the computer's date is behind this station's own newest event."""
        evidence = self._newest_evidence_ms()
        if evidence is not None and clock_set_back(Hlc(evidence), self.clock.now_ms()):
            when = Hlc(evidence).wall_time.astimezone().strftime("%Y-%m-%d %H:%M")
            now = self.clock.now().astimezone().strftime("%Y-%m-%d %H:%M")
            return ClockSetBack(
                f"电脑时间（{now}）早于已保存的最新记录（{when}），日期可能被调回。"
                "请先校正电脑时间；若电脑时间无误（是先前的记录时间有误），请管理员运行 admin confirm-clock 确认。"
                "在此之前不按错误的“今天”计算倒计时", "clock_set_back", now=now, when=when)
        return None

    def clock_problem(self) -> str | None:
        """The Chinese sentence of :meth:`clock_refusal`, or None."""
        refusal = self.clock_refusal()
        return None if refusal is None else str(refusal)

    def check_dated_write(self, day: dt.date) -> None:
        """Refuse work dated from a clock (or a ``--today``) far ahead of real time."""
        computer = self.clock.today()
        if (day - computer).days > MAX_DAYS_AHEAD:
            raise ClockAhead(
                f"日期 {day.isoformat()} 比电脑日期 {computer.isoformat()} 晚 {(day - computer).days} 天，"
                "不能按将来的日期办理。请检查 --today 或电脑时间", "date_ahead", day=day, computer=computer,
                days=(day - computer).days)
        evidence = self._newest_evidence_ms()
        if evidence is None:
            return
        last = dt.datetime.fromtimestamp(evidence / 1000).date()
        if (computer - last).days > MAX_IDLE_DAYS:
            raise ClockAhead(
                f"电脑日期 {computer.isoformat()} 比本站最近一次记录（{last.isoformat()}）晚 {(computer - last).days} 天，"
                "电脑时间可能不准。请核对电脑时间；若无误，请管理员运行 admin confirm-clock 确认后再办理",
                "clock_idle", computer=computer, last=last, days=(computer - last).days)

    def confirm_clock(self, by) -> None:
        """An administrator vouches for the computer's clock as it is now."""
        if not by.is_admin:
            raise ClockAhead("只有管理员可以确认电脑时间", "confirm_clock_admin")
        with self.write() as s:
            newest = newest_clock_reading(s, self.own_stations(s))
            record = {"future_wall_ms": max(newest.wall_ms if newest else 0, self.clock.now_ms()),
                      "confirmed_at_ms": self.clock.now_ms(), "by": by.username}
            row = s.get(Setting, CLOCK_CONFIRMED)
            if row is None:
                s.add(Setting(key=CLOCK_CONFIRMED, value=json.dumps(record)))
            else:
                row.value = json.dumps(record)

    def today(self, given: dt.date | None = None) -> dt.date:
        """The day countdowns are judged on: the given one, else the computer's, if trustworthy."""
        if given is None:
            refusal = self.clock_refusal()
            if refusal is not None:
                raise refusal
        day = given if given is not None else self.clock.today()
        try:
            self.calendar.index(day)
        except ValueError as exc:
            raise reworded(exc, DateOutsideCalendar) from None
        if day.year > LAST_USABLE_YEAR:
            raise DateOutsideCalendar(
                f"日期 {day.isoformat()} 太远：期限要从它往后数，日历只算到 {LAST_USABLE_YEAR + 3} 年",
                "date_too_far", day=day, last=LAST_USABLE_YEAR + 3)
        return day
