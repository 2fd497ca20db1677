"""Backups: made with SQLite's online API, rotated per kind, checked before a restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest

from app.paths import DataPaths
from app.services.workspace import Workspace
from app.services import recovery
from app.store import backup

pytestmark = pytest.mark.sqlite_only("backups are of the SQLite file; a hub uses pg_dump")

ADMIN_PASSWORD = "secret123"  # the shared test station's administrator


def officers_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [u for (u,) in conn.execute("SELECT username FROM officers ORDER BY username")]
    finally:
        conn.close()


def add_officer_row(path: Path, username: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO officers (uuid, username, display_name, role, password_hash, active, failed_attempts,"
            " created_at, updated_at) VALUES (?, ?, ?, 'officer', 'x', 1, 0, '2026-01-01', '2026-01-01')",
            (f"uuid-{username}", username, username))
    conn.close()


def test_a_backup_is_a_sound_copy(station_dir):
    paths = DataPaths(station_dir)
    saved = backup.backup_database(paths.database, paths.backups, label="manual")
    assert saved.parent == paths.backups and saved.name.startswith("manual-") and saved.suffix == ".sqlite3"
    assert not list(paths.backups.glob("*.part"))
    assert backup.file_problems(saved) == []
    assert officers_in(saved) == ["admin", "boss", "clerk"]
    assert backup.list_backups(paths.backups) == [saved]


def test_each_kind_is_rotated_on_its_own(station_dir):
    paths = DataPaths(station_dir)
    manual = backup.backup_database(paths.database, paths.backups, label="manual")
    made = []
    for _ in range(backup.KEEP["daily"] + 2):
        made.append(backup.backup_database(paths.database, paths.backups, label="daily"))
        time.sleep(0.015)  # distinct modification times, even with a coarse file-system clock
    daily = [p for p in backup.list_backups(paths.backups) if p.name.startswith("daily-")]
    assert daily == list(reversed(made))[: backup.KEEP["daily"]]  # the newest fourteen, newest first
    assert not made[0].exists() and not made[1].exists()
    assert manual.exists()


def test_daily_backup_is_due_once_a_day(station_dir):
    paths = DataPaths(station_dir)
    today = dt.date.today()
    assert backup.daily_backup_due(paths.backups, today)
    ws = Workspace.open(paths)  # opening makes the day's backup
    ws.close()
    ws = Workspace.open(paths)
    ws.close()
    assert len([p for p in backup.list_backups(paths.backups) if p.name.startswith("daily-")]) == 1
    assert not backup.daily_backup_due(paths.backups, today)
    assert backup.daily_backup_due(paths.backups, today + dt.timedelta(days=1))


def test_restore_brings_back_the_backup_and_keeps_the_current_file(station_dir):
    paths = DataPaths(station_dir)
    saved = backup.backup_database(paths.database, paths.backups, label="manual")
    add_officer_row(paths.database, "later")
    assert officers_in(paths.database) == ["admin", "boss", "clerk", "later"]

    previous = recovery.restore(paths, saved, "admin", ADMIN_PASSWORD).previous
    assert officers_in(paths.database) == ["admin", "boss", "clerk"]
    assert previous is not None and previous.name.startswith("before-restore-")
    assert officers_in(previous) == ["admin", "boss", "clerk", "later"]
    ws = Workspace.open(paths, daily_backup=False)  # the restored file opens as usual
    try:
        assert ws.station.centre_name == "某镇便民服务中心"
    finally:
        ws.close()


@pytest.mark.parametrize("content, problem", [
    (b"not a database at all, just some text that is long enough" * 4, "不是有效的数据库备份（文件头不符）"),
    (None, "文件中没有案件事件表，不是本程序的备份"),
])
def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(station_dir, tmp_path, content, problem):
    paths = DataPaths(station_dir)
    bogus = tmp_path / "bogus.sqlite3"
    if content is None:
        conn = sqlite3.connect(bogus)
        with conn:
            conn.execute("CREATE TABLE notes (text TEXT)")
        conn.close()
    else:
        bogus.write_bytes(content)
    before = paths.database.read_bytes()
    with pytest.raises(recovery.RestoreRefused, match=problem):
        recovery.restore(paths, bogus, "admin", ADMIN_PASSWORD)
    assert paths.database.read_bytes() == before
    assert backup.list_backups(paths.backups) == []
