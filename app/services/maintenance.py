"""Administration: rebuild the projection, verify the audit chain, back up and restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import orjson
from sqlalchemy import delete, exists, select

from app.domain.merge import fold_case
from app.services.audit import AuditResult, audit_session
from app.services.officers import Actor, OfficerError
from app.services.projection import clear, row_values, save_rows
from app.services.station_key import key_findings, load_seal_copy
from app.services.workspace import Workspace
from app.store import backup, seal
from app.store.database import BackupOnServer, integrity_problems
from app.store.event_format import CURRENT_FORMAT, EventRecord, upgrade
from app.store.events import officer_lookup
from app.store.models import CaseRow, Event, Setting


REBUILD_MARK = "projection_rebuild_needed"


def rebuild_if_marked(ws: Workspace) -> int | None:
    """Rebuild once when a migration added columns only the fold can fill; else None."""
    with ws.read() as s:
        if s.get(Setting, REBUILD_MARK) is None:
            return None
    return rebuild(ws)


def _folded_rows(s, ws: Workspace) -> Iterator[dict]:
    """The projection row of every case, folded from its events as an action or import would.

    Each case is folded by the same :func:`app.domain.merge.fold_case`, so the row is the
    row those wrote. Events are read by case (the ``ix_events_case_order`` index) so only
    one case's events are held at a time.
    """
    lookup = officer_lookup(s) if s.scalar(select(exists().where(Event.format < CURRENT_FORMAT))) else None
    loads = orjson.loads
    cal = ws.calendar
    current: str | None = None
    events: list[EventRecord] = []

    def row_of() -> dict | None:
        state = fold_case(current, events, ordered=True)
        if state.status is None:
            return None  # another station's events of a case whose intake has not arrived
        return row_values(state, cal, events[-1].hlc)

    for case_uuid, uuid, etype, payload, officer, officer_uuid, fmt, hlc, station, seq in _replay_cursor(s):
        if case_uuid != current:
            if events and (row := row_of()) is not None:
                yield row
            current, events = case_uuid, []
        if fmt == CURRENT_FORMAT:
            events.append(EventRecord(uuid, etype, loads(payload), officer_uuid or "", officer, hlc, station, seq))
        else:
            events.append(upgrade(uuid=uuid, type=etype, payload=loads(payload), officer=officer,
                                  officer_uuid=officer_uuid, format=fmt, hlc=hlc, station_uuid=station, seq=seq,
                                  lookup=lookup))
    if events and (row := row_of()) is not None:
        yield row


def rebuild(ws: Workspace, by: Actor | None = None, batch: int = 5000) -> int:
    """Replay every event into a fresh projection, case by case; returns the case count.

    Rows are written in batches by the projection's own upsert.
    """
    if by is not None and not by.is_admin:
        raise OfficerError("只有管理员可以重建案件状态表")
    with ws.write() as s:
        clear(s)
        s.execute(delete(Setting).where(Setting.key == REBUILD_MARK))
        rows: list[dict] = []
        count = 0
        for row in _folded_rows(s, ws):
            rows.append(row)
            count += 1
            if len(rows) >= batch:
                save_rows(s, rows)
                rows.clear()
        save_rows(s, rows)
        return count


def _replay_cursor(s):
    """Every case event, grouped by case in replay order, fetched in large blocks.

    Straight from the driver on SQLite (SQLAlchemy's row objects cost more than the read
    itself here); through SQLAlchemy elsewhere.
    """
    sql = ("SELECT case_uuid, uuid, type, payload, officer, officer_uuid, format, hlc, station_uuid, seq"
           " FROM events WHERE case_uuid IS NOT NULL ORDER BY case_uuid, hlc, station_uuid, seq")
    connection = s.connection()
    if connection.dialect.name != "sqlite":  # a server-side cursor: a county's events are not all held at once
        yield from connection.exec_driver_sql(sql, execution_options={"stream_results": True, "max_row_buffer": 5000})
        return
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while block := cursor.fetchmany(5000):
            yield from block
    finally:
        cursor.close()


#: Column names as an officer reads them, for the differences ``admin check`` names.
_COLUMN_LABELS = {"status": "状态", "applicant_name": "申请人", "id_number": "证件号码", "phone": "电话",
                  "number": "受理编号", "item_name": "事项", "is_open": "是否在办", "next_deadline": "最近期限",
                  "completion_deadline": "办结期限", "supply_deadline": "补正期限", "decision": "受理方式"}


def projection_differences(ws: Workspace, limit: int = 50) -> list[str]:
    """Each way the case table differs from a rebuild from the events, named; changes nothing."""
    with ws.read() as s:
        expected = {r["uuid"]: r for r in _folded_rows(s, ws)}
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
