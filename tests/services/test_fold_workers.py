"""A rebuild whose cases are folded by worker processes writes what one process writes."""

from __future__ import annotations

import datetime as dt
import marshal
import pickle
import sqlite3
import uuid as uuidlib
from pathlib import Path

import pytest
from stations_helpers import TODAY, boss, exchange, make_conflict, send

from app.domain.calendar import build_calendar
from app.domain.merge import ConflictKind
from app.paths import DataPaths
from app.services import case_row, cases, fold_workers, maintenance, replay
from app.services.demo import generate
from app.services.officers import find_actor
from app.services.workspace import Workspace
from app.store.events import officer_lookup
from app.store.models import CaseRow
from raw_sql import query, tamper

RELEASE = Path(__file__).resolve().parent.parent / "fixtures" / "release-0002.sqlite3"


def stored_rows(ws: Workspace) -> list[tuple]:
    """Every value of the case table as SQLite holds it, its storage class included."""
    columns = [c.name for c in CaseRow.__table__.columns]
    return query(ws, f"SELECT {', '.join(f'quote({c}), typeof({c})' for c in columns)} FROM cases ORDER BY uuid")


def rows_both_ways(ws: Workspace, jobs: int) -> tuple[list[tuple], list[tuple]]:
    """The case table rebuilt in this process, then by ``jobs`` workers."""
    assert maintenance.rebuild(ws, jobs=1).workers == 0
    alone = stored_rows(ws)
    done = maintenance.rebuild(ws, jobs=jobs)
    # How many of the workers get a range first depends on how fast each starts.
    assert done.cases == len(alone) and 1 <= done.workers <= jobs
    return alone, stored_rows(ws)


@pytest.mark.sqlite_only("worker processes read the SQLite file")
def test_workers_write_every_row_as_one_process_does_conflicts_and_settlements_included(county):
    w1, w2, hub = county["window1"], county["window2"], county["county"]
    made = {kind: make_conflict(kind, w1, w2, hub) for kind in ConflictKind}
    exchange(w1, w2, hub)
    cases.settle(hub, boss(hub), made[ConflictKind.TWO_RESULTS], "1", "second", "经核实", TODAY)
    generate(hub, find_actor(hub, "admin"), 300, seed=3, today=TODAY)
    send(w1, hub)

    alone, in_workers = rows_both_ways(hub, jobs=3)
    assert len(alone) == 300 + len(made)
    assert in_workers == alone
    assert query(hub, "SELECT count(*) FROM cases WHERE conflicts != ''")[0][0] == len(made) - 1  # one settled
    assert maintenance.projection_differences(hub) == []


@pytest.mark.sqlite_only("worker processes read the SQLite file")
def test_workers_read_the_first_release_s_events_through_the_one_upgrade(tmp_data):
    """Format-1 events name officers by username: the workers look them up as this process does."""
    paths = DataPaths(tmp_data)
    paths.ensure()
    paths.database.write_bytes(RELEASE.read_bytes())
    with Workspace.open(paths, daily_backup=False) as ws:
        alone, in_workers = rows_both_ways(ws, jobs=2)
        officer = [c.name for c in CaseRow.__table__.columns].index("intake_officer")
        assert in_workers == alone and all(r[2 * officer] != "''" for r in alone)


@pytest.mark.sqlite_only("worker processes read the SQLite file")
def test_cases_are_folded_here_when_no_worker_can_start(demo_workspace):
    """A pool whose workers fail at start (here: a database they cannot open) breaks; the
    ranges are folded in this process and every row still comes back, once."""
    ws = demo_workspace
    driver = sqlite3.connect(ws.paths.database)
    try:
        with ws.read() as s:
            lookup = officer_lookup(s)

        def fold_here(low, high):
            return list(replay.sqlite_rows(driver, lookup, ws.calendar, low, high))

        ranges = fold_workers.case_ranges(6)
        parts = list(fold_workers.folded_in_workers(ws.paths.root / "no-such.sqlite3", ranges, 2, ws.calendar,
                                                    lookup, fold_here))
    finally:
        driver.close()
    got = sorted(row for part in parts for row in part)
    with ws.read() as s:
        expected = sorted(maintenance._folded_rows(s, ws))
    assert len(got) == 500 and got == expected


@pytest.mark.sqlite_only("worker processes read the SQLite file")
def test_an_unreadable_event_in_a_worker_fails_the_rebuild_and_leaves_the_table_as_it_was(demo_workspace):
    ws = demo_workspace
    before = stored_rows(ws)
    tamper(ws, ("UPDATE events SET payload = '{not json' WHERE uuid = (SELECT uuid FROM events"
                " WHERE type = 'completed' ORDER BY uuid LIMIT 1)", {}))
    with pytest.raises(ValueError):
        maintenance.rebuild(ws, jobs=2)
    assert stored_rows(ws) == before


@pytest.mark.sqlite_only("SQLite's journal modes")
def test_workers_start_only_where_readers_never_wait_for_the_writer(demo_workspace, monkeypatch):
    """In rollback-journal mode (WAL refused by the file system) the writer's spilled cache
    locks readers out, so the rebuild folds in this process."""
    ws = demo_workspace
    conn = sqlite3.connect(ws.paths.root / "journal.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
        assert fold_workers.readers_may_share(conn) is False
        conn.execute("PRAGMA journal_mode=WAL")
        assert fold_workers.readers_may_share(conn) is True
    finally:
        conn.close()
    monkeypatch.setattr(fold_workers, "readers_may_share", lambda _conn: False)
    assert maintenance.rebuild(ws, jobs=2) == (500, 0)


def test_rows_travel_with_the_values_sqlite_stores():
    """Which columns are dates and booleans is said once beside the row; the model agrees."""
    from sqlalchemy import Boolean, Date

    columns = CaseRow.__table__.columns
    assert set(case_row.DATE_COLUMNS) == {c.name for c in columns if isinstance(c.type, Date)}
    assert set(case_row.BOOL_COLUMNS) == {c.name for c in columns if isinstance(c.type, Boolean)}
    row = tuple(dt.date(2026, 10, 8) if c in case_row.DATE_COLUMNS else c in ("flagged", "is_open")
                if c in case_row.BOOL_COLUMNS else c for c in case_row.COLUMNS)
    (plain,) = fold_workers.stored_values([row])
    assert marshal.loads(marshal.dumps([plain])) == [plain]
    by_name = dict(zip(case_row.COLUMNS, plain))
    assert by_name["next_deadline"] == "2026-10-08" and (by_name["is_open"], by_name["promise_broken"]) == (1, 0)
    assert by_name["number"] == "number"


def test_the_ranges_share_out_every_case_uuid_once():
    for parts in (1, 2, 3, 8, 16, 64):
        ranges = fold_workers.case_ranges(parts)
        assert len(ranges) == parts and ranges[0][0] is None and ranges[-1][1] is None
        for uuid in [str(uuidlib.uuid4()) for _ in range(200)] + ["0" * 8, "f" * 8, "8000", "7fff-ffff"]:
            holding = [r for r in ranges if (r[0] is None or uuid >= r[0]) and (r[1] is None or uuid < r[1])]
            assert len(holding) == 1, (parts, uuid)


def test_how_many_workers_a_rebuild_starts(monkeypatch):
    monkeypatch.setattr(fold_workers.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    small, large = fold_workers.PARALLEL_FROM_EVENTS - 1, fold_workers.PARALLEL_FROM_EVENTS
    assert fold_workers.workers_for(small, None) == 0  # starting workers costs more than it saves
    assert fold_workers.workers_for(large, None) == 2
    assert fold_workers.workers_for(large, 1) == 0  # --jobs 1: this process alone
    assert fold_workers.workers_for(small, 3) == 3  # asked for: whatever the size
    assert fold_workers.workers_for(small, 10_000) == fold_workers.MAX_ASKED
    monkeypatch.setattr(fold_workers.os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    assert fold_workers.workers_for(large * 10, None) == 0  # one processor: nothing to share


def test_the_calendar_and_the_officers_reach_a_worker_whole(workspace):
    cal = build_calendar()
    copy = pickle.loads(pickle.dumps(cal))
    day = dt.date(2026, 9, 25)  # before the National Day holiday
    assert [copy.add_workdays(day, n) for n in range(12)] == [cal.add_workdays(day, n) for n in range(12)]
    assert len(pickle.dumps(cal)) < 50_000  # the schedules, not the day tables
    with workspace.read() as s:
        lookup = officer_lookup(s)
    again = pickle.loads(pickle.dumps(lookup))
    station = query(workspace, "SELECT uuid FROM stations WHERE is_local")[0][0]
    assert again(station, "clerk") == lookup(station, "clerk") == (
        query(workspace, "SELECT uuid FROM officers WHERE username = 'clerk'")[0][0], "王窗口")
    assert again(station, "nobody") is None


def test_a_rebuild_asked_for_workers_on_a_server_folds_in_one_process(demo_workspace):
    """On either database the rows are the same; on PostgreSQL no worker is started."""
    before = maintenance.projection_digest(demo_workspace)
    done = maintenance.rebuild(demo_workspace, jobs=2)
    assert done.cases == 500 and (done.workers == 0 if demo_workspace.paths.on_server else done.workers >= 1)
    assert maintenance.projection_digest(demo_workspace) == before
