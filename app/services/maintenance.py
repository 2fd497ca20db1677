"""Administration: rebuild the projection, verify the audit chain, back up and restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterator, Sequence

import orjson
from sqlalchemy import delete, select

from app.domain.merge import fold_case, order_key
from app.services.audit import AuditResult, audit_session
from app.services.officers import Actor, OfficerError
from app.services.projection import COLUMNS, replacing_all, row_tuple
from app.services.station_key import key_findings, load_seal_copy
from app.services.workspace import Workspace
from app.store import backup, seal
from app.store.database import BackupOnServer, integrity_problems
from app.store.event_format import CURRENT_FORMAT, EventRecord, OfficerLookup, upgrade
from app.store.events import officer_lookup
from app.store.models import CaseRow, Setting


REBUILD_MARK = "projection_rebuild_needed"
_new_tuple = tuple.__new__


def rebuild_if_marked(ws: Workspace) -> int | None:
    """Rebuild once when a migration added columns only the fold can fill; else None."""
    with ws.read() as s:
        if s.get(Setting, REBUILD_MARK) is None:
            return None
    return rebuild(ws)


def _folded_rows(s, ws: Workspace) -> Iterator[tuple]:
    """The projection row of every case, folded from its events as an action or import would.

    Each case is folded by the same :func:`app.domain.merge.fold_case`, so the row is the
    row those wrote. Events come grouped by case in replay order (:func:`_case_events`), so
    only one case's events are held at a time.
    """
    cal = ws.calendar
    for case_uuid, events in _case_events(s):
        state = fold_case(case_uuid, events, ordered=True)
        if state.status is None:
            continue  # another station's events of a case whose intake has not arrived
        yield row_tuple(state, cal, events[-1].hlc)


def _case_events(s) -> Iterator[tuple[str, list[EventRecord]]]:
    """Each case's events, in :func:`app.domain.merge.order_key` order, one case at a time.

    The read follows the ``(case_uuid, hlc)`` index; the rare events of one case that
    share a timestamp (written at two stations) are put in order here. Each payload is
    decoded once; events of an older format go through
    :func:`app.store.event_format.upgrade` like every other reader's.
    """
    loads = orjson.loads
    lookup: OfficerLookup | None = None
    current: str | None = None
    events: list[EventRecord] = []
    add = events.append
    last_hlc = None
    tied = False
    for block in _replay_blocks(s):
        for case_uuid, uuid, etype, payload, officer, officer_uuid, fmt, hlc, station, seq in block:
            if case_uuid != current:
                if events:
                    if tied:
                        events.sort(key=order_key)
                    yield current, events
                current, events, tied = case_uuid, [], False
                add = events.append
            elif hlc == last_hlc:
                tied = True
            last_hlc = hlc
            if fmt == CURRENT_FORMAT:
                # the named tuple's own constructor parses keywords; the fields are all here, in order
                add(_new_tuple(EventRecord, (uuid, etype, loads(payload), officer_uuid or "", officer, hlc, station,
                                             seq)))
            else:
                if lookup is None:
                    lookup = officer_lookup(s)
                add(upgrade(uuid=uuid, type=etype, payload=loads(payload), officer=officer, officer_uuid=officer_uuid,
                            format=fmt, hlc=hlc, station_uuid=station, seq=seq, lookup=lookup))
    if events:
        if tied:
            events.sort(key=order_key)
        yield current, events


def rebuild(ws: Workspace, by: Actor | None = None, batch: int = 5000) -> int:
    """Replay every event into a fresh projection, case by case; returns the case count.

    The table is replaced whole in one transaction (:func:`app.store.bulk.replacing`),
    its rows written ``batch`` at a time.
    """
    if by is not None and not by.is_admin:
        raise OfficerError("只有管理员可以重建案件状态表", "rebuild_admin_only")
    with ws.write() as s:
        s.execute(delete(Setting).where(Setting.key == REBUILD_MARK))
        count = 0
        with replacing_all(s) as write:
            folded = _folded_rows(s, ws)
            while rows := list(islice(folded, batch)):
                write(rows)
                count += len(rows)
        return count


def _replay_blocks(s) -> Iterator[Sequence[Sequence[Any]]]:
    """Every case event, grouped by case in timestamp order, in blocks of a few thousand.

    Only the columns the fold needs. On SQLite straight from the driver (SQLAlchemy's row
    objects cost more than the read itself here), with the payload as bytes: the JSON
    decoder takes UTF-8 as it is stored, with no text object made on the way.
    """
    order = "ORDER BY case_uuid, hlc"  # the index's order: no sort in SQL
    columns = "case_uuid, uuid, type, {payload}, officer, officer_uuid, format, hlc, station_uuid, seq"
    connection = s.connection()
    if connection.dialect.name != "sqlite":  # a server-side cursor: a county's events are not all held at once
        sql = f"SELECT {columns.format(payload='payload')} FROM events WHERE case_uuid IS NOT NULL {order}"
        result = connection.exec_driver_sql(sql, execution_options={"stream_results": True, "max_row_buffer": 5000})
        yield from result.partitions(5000)
        return
    sql = f"SELECT {columns.format(payload='CAST(payload AS BLOB)')} FROM events WHERE case_uuid IS NOT NULL {order}"
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while block := cursor.fetchmany(5000):
            yield block
    finally:
        cursor.close()


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
