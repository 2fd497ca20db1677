"""Administration: rebuild the projection, verify the audit chain, back up and restore."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterator, NamedTuple

from sqlalchemy import delete, select

from app.services import fold_workers, replay
from app.services.audit import AuditResult, audit_session
from app.services.officers import Actor, OfficerError
from app.services.case_row import COLUMNS
from app.services.projection import replacing_all
from app.services.station_key import key_findings, load_seal_copy
from app.services.workspace import Workspace
from app.store import backup, seal
from app.store.database import BackupOnServer, integrity_problems
from app.store.events import officer_lookup
from app.store.models import CaseRow, Setting


REBUILD_MARK = "projection_rebuild_needed"


def rebuild_if_marked(ws: Workspace) -> int | None:
    """Rebuild once when a migration added columns only the fold can fill; else None."""
    with ws.read() as s:
        if s.get(Setting, REBUILD_MARK) is None:
            return None
    return rebuild(ws).cases


def _folded_rows(s, ws: Workspace) -> Iterator[tuple]:
    """The projection row of every case, folded in this process (:mod:`app.services.replay`)."""
    connection = s.connection()
    if connection.dialect.name == "sqlite":
        return replay.sqlite_rows(connection.connection.driver_connection, officer_lookup(s), ws.calendar)
    return replay.folded_rows(replay.case_events(replay.server_blocks(connection), officer_lookup(s)), ws.calendar)


class Rebuilt(NamedTuple):
    cases: int
    workers: int  # worker processes whose folded cases were written; 0 when all were folded here


def rebuild(ws: Workspace, by: Actor | None = None, batch: int = 5000, jobs: int | None = None) -> Rebuilt:
    """Replay every event into a fresh projection, case by case.

    The table is replaced whole in one transaction (:func:`app.store.bulk.replacing`),
    its rows written ``batch`` at a time. A large SQLite store is folded by worker
    processes (:mod:`app.services.fold_workers`); ``jobs`` overrides how many (1: none).
    """
    if by is not None and not by.is_admin:
        raise OfficerError("只有管理员可以重建案件状态表", "rebuild_admin_only")
    helped: set[int] = set()
    with ws.write() as s:
        s.execute(delete(Setting).where(Setting.key == REBUILD_MARK))
        count = 0
        with replacing_all(s) as write, _collector_paused():
            for rows in _rows_in_batches(s, ws, batch, jobs, helped):
                write(rows)
                count += len(rows)
    return Rebuilt(count, len(helped))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the rows pass through.

    A rebuild makes and drops a few tuples and dicts per event and no reference cycles,
    yet every few hundred allocations set the collector off to walk them all: a tenth
    of the rebuild's time. It is on again when the rows are written, as it was.
    """
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _rows_in_batches(s, ws: Workspace, batch: int, jobs: int | None, helped: set[int]) -> Iterator[list[tuple]]:
    """Every case's row, folded here or by worker processes, ``batch`` at a time."""
    connection = s.connection()
    workers = 0
    if connection.dialect.name == "sqlite":
        driver = connection.connection.driver_connection
        if fold_workers.readers_may_share(driver):
            workers = fold_workers.workers_for(fold_workers.case_event_count(driver), jobs)
    if not workers:
        folded = _folded_rows(s, ws)
        while rows := list(islice(folded, batch)):
            yield rows
        return
    lookup = officer_lookup(s)

    def fold_here(low: str | None, high: str | None) -> list[tuple]:
        return list(replay.sqlite_rows(driver, lookup, ws.calendar, low, high))

    ranges = fold_workers.case_ranges(workers * fold_workers.RANGES_PER_WORKER)
    for rows in fold_workers.folded_in_workers(ws.paths.database, ranges, workers, ws.calendar, lookup, fold_here,
                                               helped):
        for i in range(0, len(rows), batch):
            yield rows[i:i + batch]


#: Column names as an officer reads them, for the differences ``admin check`` names.
_COLUMN_LABELS = {"status": "状态", "applicant_name": "申请人", "id_number": "证件号码", "phone": "电话",
                  "number": "受理编号", "item_name": "事项", "is_open": "是否在办", "next_deadline": "最近期限",
                  "completion_deadline": "办结期限", "supply_deadline": "补正期限", "decision": "受理方式"}


def projection_differences(ws: Workspace, limit: int = 50) -> list[str]:
    """Each way the case table differs from a rebuild from the events, named; changes nothing."""
    with ws.read() as s:
        expected = {r[0]: dict(zip(COLUMNS, r)) for r in _folded_rows(s, ws)}
        columns = list(CaseRow.__table__.columns)
        stored = {r.uuid: r._asdict() for r in s.execute(select(*columns))}
    found: list[str] = []
    for uuid in sorted(set(stored) - set(expected)):
        found.append(f"案件 {stored[uuid]['number']} 在案件表中，却没有任何事件")
    for uuid in sorted(set(expected) - set(stored)):
        found.append(f"案件 {expected[uuid]['number']} 有事件，却不在案件表中")
    for uuid in sorted(set(stored) & set(expected)):
        have, want = stored[uuid], expected[uuid]
        for name, value in want.items():
            if have.get(name) != value:
                label = _COLUMN_LABELS.get(name, name)
                found.append(f"案件 {want['number']} 的{label}为“{have.get(name)}”，按事件应为“{value}”")
    if len(found) > limit:
        found = found[:limit] + [f"……另有 {len(found) - limit} 处不同"]
    return found


def projection_digest(ws: Workspace) -> str:
    """A fingerprint of the whole projection, to show a rebuild changed nothing."""
    digest = hashlib.sha256()
    with ws.read() as s:
        columns = [c for c in CaseRow.__table__.columns]
        for row in s.execute(select(*columns).order_by(CaseRow.uuid)):
            digest.update(json.dumps(list(row), default=str, ensure_ascii=False).encode())
    return digest.hexdigest()


def audit(ws: Workspace) -> AuditResult:
    """The chain, its recorded heads, the seal, the key and cases without events."""
    extra = key_findings(ws)
    known = load_seal_copy(ws.paths)
    with ws.read() as s:
        if known is not None:
            extra += [f.problem for f in seal.rolled_back(known, seal.current_seal(s))]
        return audit_session(s, extra)


def check_database(ws: Workspace, quick: bool = False) -> list[str]:
    """SQLite's own check of the file, then the case table against the events."""
    problems = integrity_problems(ws.engine, quick=quick)
    return problems or projection_differences(ws)


def backups_elsewhere(ws: Workspace) -> str | None:
    """Why this program makes no backups here (the database is on a server), else None."""
    return str(BackupOnServer(ws.paths.database_url)) if ws.paths.on_server else None


def make_backup(ws: Workspace) -> Path:
    """A copy of the SQLite file; on a server the message says to use pg_dump instead."""
    if ws.paths.on_server:
        raise BackupOnServer(ws.paths.database_url)
    return backup.backup_database(ws.paths.database, ws.paths.backups, label="manual")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # daily, before-migration, before-restore, manual
    taken_at: dt.datetime
    size: int


def list_backups(ws: Workspace) -> list[BackupInfo]:
    """This data folder's backups, newest first (SQLite's; a server's are pg_dump's)."""
    if ws.paths.on_server:
        raise BackupOnServer(ws.paths.database_url)
    out = []
    for path in backup.list_backups(ws.paths.backups):
        stat = path.stat()
        out.append(BackupInfo(path, backup.kind_of(path.name), dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return out
