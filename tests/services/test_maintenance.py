"""Rebuilding the projection from the events, verifying the event chain, backups."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from app.domain.lifecycle import Status
from app.services import cases, maintenance, replay
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.case_row import COLUMNS, row_tuple
from app.store import backup
from app.store.database import BackupOnServer
from app.store.models import CaseRow, Event
from raw_sql import query, tamper

DEMO_DAY = dt.date(2026, 11, 20)


@pytest.fixture
def busy(demo_workspace, staff):
    """The 500 demo cases plus a few in states the demo makes rarely."""
    ws = demo_workspace
    applicant = ApplicantInput("person", "张三", "11010519491231002X", "13800138000")
    mz1 = ("01", "02", "03", "04", "05", "06", "08")
    paused = cases.intake(ws, staff.clerk, IntakeRequest("MZ-001", applicant, mz1, ("07",), commitment_signed=True,
                                                         date=dt.date(2026, 11, 2)), DEMO_DAY).state.number
    cases.pause(ws, staff.clerk, paused, "公示", DEMO_DAY, dt.date(2026, 11, 5))
    extended = cases.intake(ws, staff.clerk, IntakeRequest("MZ-001", applicant, mz1 + ("07",),
                                                           date=dt.date(2026, 11, 9),
                                                           duplicate_reason="申请人为另一家庭成员再次申请"),
                            DEMO_DAY).state.number
    cases.extend(ws, staff.boss, extended, 3, "联合核查", DEMO_DAY, dt.date(2026, 11, 12))
    cases.add_note(ws, staff.clerk, extended, "申请人来电询问进度", DEMO_DAY)
    return ws


def statuses(ws) -> set[str]:
    with ws.read() as s:
        return set(s.scalars(select(CaseRow.status).distinct()))


def test_rebuild_gives_the_same_projection(busy):
    assert statuses(busy) == {s.value for s in Status}
    before = maintenance.projection_digest(busy)
    assert maintenance.rebuild(busy) == (502, 0)
    assert maintenance.projection_digest(busy) == before


def test_rebuild_repairs_a_damaged_projection(busy):
    before = maintenance.projection_digest(busy)
    tamper(busy, ("UPDATE cases SET status = 'completed', is_open = false WHERE status = 'tolerant'", {}),
           ("DELETE FROM cases WHERE uuid IN (SELECT uuid FROM cases ORDER BY uuid LIMIT 7)", {}))
    assert maintenance.projection_digest(busy) != before
    maintenance.rebuild(busy)
    assert maintenance.projection_digest(busy) == before


def _indexes(ws) -> list[tuple[str, tuple[str, ...], bool]]:
    return sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                  for i in inspect(ws.engine).get_indexes("cases"))


def _stored_rows(ws) -> list[tuple]:
    """Every value of the case table as the database holds it, its storage class included."""
    columns = [c.name for c in CaseRow.__table__.columns]
    if ws.paths.on_server:
        return query(ws, f"SELECT {', '.join(f'{c}::text' for c in columns)} FROM cases ORDER BY uuid")
    return query(ws, f"SELECT {', '.join(f'quote({c}), typeof({c})' for c in columns)} FROM cases ORDER BY uuid")


def test_the_row_has_a_value_for_every_column_of_the_case_table():
    assert sorted(COLUMNS) == sorted(c.name for c in CaseRow.__table__.columns)
    assert len(set(COLUMNS)) == len(COLUMNS)


def test_rebuild_writes_every_row_as_the_actions_wrote_it(busy):
    """Byte for byte: the same text for dates, the same 1/0 and NULLs, the same numbers."""
    before = _stored_rows(busy)
    assert len(before) == 502
    maintenance.rebuild(busy)
    assert _stored_rows(busy) == before


def test_rebuild_keeps_every_index_of_the_case_table(busy):
    before = _indexes(busy)
    assert len(before) > 5
    maintenance.rebuild(busy)
    assert _indexes(busy) == before
    with busy.read() as s:  # the number is still unique
        assert s.scalar(select(func.count(CaseRow.number.distinct()))) == 502


@pytest.mark.parametrize("failure", ["in the fold", "in the database"])
def test_a_failed_rebuild_leaves_the_case_table_as_it_was(busy, monkeypatch, failure):
    before, indexes = _stored_rows(busy), _indexes(busy)
    with busy.read() as s:
        first_number = s.scalar(select(CaseRow.number).order_by(CaseRow.uuid).limit(1))

    def fail_midway(state, cal, last_hlc):
        row = row_tuple(state, cal, last_hlc)
        if state.number.endswith("0300号"):
            if failure == "in the fold":
                raise RuntimeError("stopped midway")
            row = tuple(first_number if c == "number" else v for c, v in zip(COLUMNS, row))  # refused as not unique
        return row

    monkeypatch.setattr(replay, "row_tuple", fail_midway)
    with pytest.raises(Exception, match="stopped midway|UNIQUE|unique|duplicate"):
        maintenance.rebuild(busy, batch=100)
    assert _stored_rows(busy) == before
    assert _indexes(busy) == indexes
    monkeypatch.undo()
    assert maintenance.rebuild(busy).cases == 502  # nothing left half done
    assert _stored_rows(busy) == before
    if not busy.paths.on_server:
        with busy.read() as s:  # the connection's own page cache is back
            assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -2000


KILLED_REBUILD = r"""
import os, signal, sys

from sqlalchemy import event

from app.paths import DataPaths
from app.services import maintenance, replay
from app.services.workspace import Workspace

ws = Workspace.open(DataPaths(sys.argv[1]), daily_backup=False)
where = sys.argv[2]
folded = replay.row_tuple
seen = []


def die():
    os.kill(os.getpid(), signal.SIGKILL)


def row_tuple(state, cal, last_hlc):
    seen.append(state.uuid)
    if where == "rows" and len(seen) == 300:
        die()
    return folded(state, cal, last_hlc)


def before_execute(conn, cursor, statement, parameters, context, executemany):
    if where == "indexes" and statement.startswith("CREATE INDEX") and len(seen) == 502:
        die()


replay.row_tuple = row_tuple
event.listen(ws.engine, "before_cursor_execute", before_execute)
event.listen(ws.engine, "commit", lambda conn: die() if where == "commit" and len(seen) == 502 else None)
maintenance.rebuild(ws, batch=100)
print("finished")
"""


@pytest.mark.slow
@pytest.mark.sqlite_only("killing the program mid-rebuild and reopening the SQLite file")
@pytest.mark.parametrize("where", ["rows", "indexes", "commit"])
def test_a_rebuild_killed_midway_leaves_the_case_table_as_it_was(busy, where):
    """A power cut while the table is emptied, refilled or indexed: the old table is whole."""
    before, indexes = _stored_rows(busy), _indexes(busy)
    busy.engine.dispose()
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", KILLED_REBUILD, str(busy.paths.root), where], cwd=repo,
                          env=dict(os.environ, PYTHONPATH=str(repo)), capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert _stored_rows(busy) == before
    assert _indexes(busy) == indexes
    assert maintenance.check_database(busy) == []


@pytest.mark.sqlite_only("the order of rows in the SQLite file")
def test_rebuild_orders_a_case_s_events_of_one_timestamp_by_station_and_sequence(busy):
    """Two events of a case stamped alike (as two stations can) replay in (station, seq)
    order, even when the table holds them the other way round."""
    before = maintenance.projection_digest(busy)
    with busy.read() as s:
        rows = s.execute(select(Event.case_uuid, Event.uuid, Event.type, Event.hlc)
                         .where(Event.case_uuid.is_not(None))
                         .order_by(Event.case_uuid, Event.hlc, Event.station_uuid, Event.seq)).all()
    accepted, completed = next((a, b) for a, b in zip(rows, rows[1:])
                               if a.case_uuid == b.case_uuid and (a.type, b.type) == ("accepted", "completed"))
    # Same timestamp, and the acceptance moved to the end of the table: read in the
    # index's order it would now come after the completion and make a conflict.
    tamper(busy, ("UPDATE events SET hlc = :hlc, rowid = (SELECT max(rowid) + 1 FROM events) WHERE uuid = :u",
                  {"hlc": completed.hlc, "u": accepted.uuid}))
    maintenance.rebuild(busy)
    assert maintenance.projection_digest(busy) == before
    with busy.read() as s:
        assert s.scalar(select(CaseRow.conflicts).where(CaseRow.uuid == accepted.case_uuid)) == ""


def test_audit_passes_on_a_clean_database(busy):
    result = maintenance.audit(busy)
    with busy.read() as s:
        assert result.events == s.scalar(select(func.count()).select_from(Event))
    assert result.problems == []


def _events(ws) -> list[tuple[str, int]]:
    with ws.read() as s:
        return [(u, q) for u, q in s.execute(select(Event.uuid, Event.seq).order_by(Event.seq))]


def test_audit_finds_an_edited_payload(busy):
    uuid, seq = _events(busy)[100]
    [(payload,)] = query(busy, "SELECT payload FROM events WHERE uuid = :u", {"u": uuid})
    edited = payload.replace("2026-", "2025-", 1) if "2026-" in payload else payload + " "
    tamper(busy, ("UPDATE events SET payload = :p WHERE uuid = :u", {"p": edited, "u": uuid}))
    problems = maintenance.audit(busy).problems
    assert [(p.seq, p.event_uuid, p.problem) for p in problems] == [(seq, uuid, "事件内容被改动（哈希不符）")]


def test_audit_finds_a_deleted_event(busy):
    uuid, seq = _events(busy)[200]
    tamper(busy, ("DELETE FROM events WHERE uuid = :u", {"u": uuid}))
    problems = maintenance.audit(busy).problems
    assert [(p.seq, p.problem) for p in problems] == [(seq, f"第 {seq} 号事件缺失（已被删除）")]


def test_audit_finds_two_swapped_events(busy):
    (a, seq_a), (b, seq_b) = _events(busy)[300:302]
    tamper(busy,
           ("UPDATE events SET seq = -1 WHERE uuid = :u", {"u": a}),
           ("UPDATE events SET seq = :s WHERE uuid = :u", {"s": seq_a, "u": b}),
           ("UPDATE events SET seq = :s WHERE uuid = :u", {"s": seq_b, "u": a}))
    found = [(p.seq, p.event_uuid, p.problem) for p in maintenance.audit(busy).problems]
    assert found[0] == (seq_a, b, "与前一事件的链接不符（事件被删除、替换或调换顺序）")
    assert (seq_b, a, "事件时间戳早于前一事件（顺序被调换）") in found
    assert {seq for seq, _, _ in found} == {seq_a, seq_b, seq_b + 1}


def test_integrity_check_and_manual_backup(busy):
    assert maintenance.check_database(busy) == []
    if busy.paths.on_server:  # the hub: backups are pg_dump's, and the program says so
        with pytest.raises(BackupOnServer, match="pg_dump -Fc"):
            maintenance.make_backup(busy)
        assert not any(busy.paths.backups.iterdir())
        return
    saved = maintenance.make_backup(busy)
    assert saved.parent == busy.paths.backups and saved.name.startswith("manual-")
    assert backup.file_problems(saved) == []
    conn = sqlite3.connect(saved)
    try:
        assert conn.execute("SELECT count(*) FROM cases").fetchone() == (502,)
    finally:
        conn.close()
