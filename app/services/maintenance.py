"""Administration: rebuild the projection, verify the audit chain, back up and restore."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import orjson
from sqlalchemy import exists, select

from app.domain.merge import fold_case
from app.services.projection import clear, row_values, save_rows
from app.services.workspace import Workspace
from app.store import backup
from app.store.database import integrity_problems
from app.store.event_format import CURRENT_FORMAT, EventRecord, upgrade
from app.store.events import ChainProblem, officer_lookup, verify_chain
from app.store.models import CaseRow, Event


def rebuild(ws: Workspace, batch: int = 5000) -> int:
    """Replay every event into a fresh projection, case by case; returns the case count.

    Each case is folded by the same :func:`app.domain.merge.fold_case` as an action or an
    import, so the rebuilt row is the row those wrote. Events are read by case (the
    ``ix_events_case_order`` index) so only one case's events are held at a time, and rows
    are written in batches by the projection's own upsert.
    """
    with ws.write() as s:
        clear(s)
        lookup = officer_lookup(s) if s.scalar(select(exists().where(Event.format < CURRENT_FORMAT))) else None
        cursor = _replay_cursor(s)
        rows: list[dict] = []
        count = 0
        current: str | None = None
        events: list[EventRecord] = []
        loads = orjson.loads
        cal = ws.calendar

        def flush_case() -> None:
            nonlocal count
            state = fold_case(current, events, ordered=True)
            if state.status is None:
                return  # another station's events of a case whose intake has not arrived
            rows.append(row_values(state, cal, events[-1].hlc))
            count += 1
            if len(rows) >= batch:
                save_rows(s, rows)
                rows.clear()

        for case_uuid, uuid, etype, payload, officer, officer_uuid, fmt, hlc, station, seq in cursor:
            if case_uuid != current:
                if events:
                    flush_case()
                current, events = case_uuid, []
            if fmt == CURRENT_FORMAT:
                events.append(EventRecord(uuid, etype, loads(payload), officer_uuid or "", officer, hlc, station, seq))
            else:
                events.append(upgrade(uuid=uuid, type=etype, payload=loads(payload), officer=officer,
                                      officer_uuid=officer_uuid, format=fmt, hlc=hlc, station_uuid=station, seq=seq,
                                      lookup=lookup))
        if events:
            flush_case()
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
    if connection.dialect.name != "sqlite":
        yield from connection.exec_driver_sql(sql)
        return
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while block := cursor.fetchmany(5000):
            yield from block
    finally:
        cursor.close()


def projection_digest(ws: Workspace) -> str:
    """A fingerprint of the whole projection, to show a rebuild changed nothing."""
    digest = hashlib.sha256()
    with ws.read() as s:
        columns = [c for c in CaseRow.__table__.columns]
        for row in s.execute(select(*columns).order_by(CaseRow.uuid)):
            digest.update(json.dumps(list(row), default=str, ensure_ascii=False).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class AuditResult:
    events: int
    problems: list[ChainProblem]


def audit(ws: Workspace) -> AuditResult:
    with ws.read() as s:
        count, problems = verify_chain(s)
    return AuditResult(count, problems)


def check_database(ws: Workspace, quick: bool = False) -> list[str]:
    return integrity_problems(ws.engine, quick=quick)


def make_backup(ws: Workspace) -> Path:
    return backup.backup_database(ws.paths.database, ws.paths.backups, label="manual")
