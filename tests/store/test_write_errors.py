"""A busy, full, read-only or damaged database while the program runs is an environment
problem with a message and a retry, never a driver traceback, and changes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import func, select

from app.services import cases
from app.services.cases import ApplicantInput, IntakeRequest
from app.store import database
from app.store.database import DatabaseBusy, DatabaseDamaged, DatabaseProblem, DiskFull, ReadOnly, classify
from app.store.models import Event

pytestmark = pytest.mark.sqlite_only("SQLite's file lock, disk and permissions")


def _request() -> IntakeRequest:
    return IntakeRequest("MZ-001", ApplicantInput("person", "张三", "11010519491231002X", "13800138000"),
                         received=("01", "02", "03", "04", "05", "06", "07", "08"))


def test_a_write_while_another_process_holds_the_lock_is_busy_with_a_retry(monkeypatch, station_dir, staff):
    from app.paths import DataPaths
    from app.services.workspace import Workspace

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    ws = Workspace.open(DataPaths(station_dir), daily_backup=False)
    try:
        other = sqlite3.connect(ws.paths.database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # an import holding the write lock
        try:
            with pytest.raises(DatabaseBusy) as info:
                cases.intake(ws, staff.clerk, _request(), dt.date(2026, 3, 2))
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert info.value.retryable and "数据库正忙" in str(info.value) and "重试" in str(info.value)
        with ws.read() as s:
            assert s.scalar(select(func.count()).select_from(Event)) == 0
        view = cases.intake(ws, staff.clerk, _request(), dt.date(2026, 3, 2))  # the retry
        assert view.state.number.endswith("第01-0001号")
    finally:
        ws.close()


@pytest.mark.parametrize("message, kind, words", [
    ("database or disk is full", DiskFull, "磁盘空间已满"),
    ("attempt to write a readonly database", ReadOnly, "只读"),
    ("database disk image is malformed", DatabaseDamaged, "从备份恢复"),
    ("database is locked", DatabaseBusy, "正忙"),
    ("something else entirely", DatabaseProblem, "something else entirely"),
])
def test_each_driver_error_becomes_its_own_problem(message, kind, words):
    problem = classify(sqlite3.OperationalError(message), "/data/approval-window.sqlite3")
    assert type(problem) is kind and words in str(problem)
    assert problem.retryable is (kind in (DatabaseBusy, DiskFull, ReadOnly))


def test_a_failure_inside_the_transaction_leaves_nothing_behind(workspace):
    from sqlalchemy.exc import OperationalError

    with pytest.raises(DiskFull):
        with workspace.write() as s:
            s.add(Event(uuid="x", station_uuid=workspace.station.uuid, seq=999, case_uuid=None, officer="",
                        hlc="0", type="note_added", payload="{}", prev_hash="", hash=""))
            s.flush()
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
    with workspace.read() as s:
        assert s.get(Event, "x") is None
