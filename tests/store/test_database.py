"""Opening the database: pragmas, migrations to head, and files the program must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.paths import DataPaths
from app.services.workspace import Workspace
from app.store.database import (
    DatabaseProblem,
    current_revision,
    head_revision,
    integrity_problems,
    open_database,
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "approval-window.sqlite3"


def make(db: Path) -> None:
    engine = open_database(db, db.parent / "backups", create=True)
    engine.dispose()


def test_a_fresh_database_is_at_head_with_safe_pragmas(db):
    engine = open_database(db, db.parent / "backups", create=True)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            tables = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
        assert {"events", "cases", "stations", "officers", "item_versions", "case_counters", "settings"} <= tables
        assert integrity_problems(engine) == [] and integrity_problems(engine, quick=False) == []
    finally:
        engine.dispose()
    assert not (db.parent / "backups").exists() or not any((db.parent / "backups").iterdir())


def test_reopening_a_current_database_changes_nothing(db):
    make(db)
    before = db.read_bytes()
    engine = open_database(db, db.parent / "backups")
    engine.dispose()
    assert db.read_bytes() == before


def test_a_missing_database_is_not_created_unless_asked(db):
    with pytest.raises(DatabaseProblem, match="数据目录中没有数据库.*请先运行 init"):
        open_database(db, db.parent / "backups")
    assert not db.exists()


def test_a_database_from_a_newer_program_is_refused_and_left_unchanged(db):
    make(db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseProblem) as info:
        open_database(db, db.parent / "backups")
    assert str(info.value) == (
        "数据库由更新版本的程序创建（结构版本 f00dfeed9999），本程序无法打开。请升级程序后再试；数据未作任何改动")
    assert db.read_bytes() == before
    assert not (db.parent / "backups").exists() or not any((db.parent / "backups").iterdir())


def test_a_file_that_is_not_sqlite_gives_a_clear_message(tmp_data):
    paths = DataPaths(tmp_data)
    paths.database.write_text("这不是数据库，是一份会议记录", encoding="utf-8")
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseProblem) as info:
        Workspace.open(paths)
    assert str(info.value) == f"{paths.database} 不是本程序的数据库文件（文件头不符），可能已损坏。请从备份恢复"
    assert paths.database.read_bytes() == before


def test_a_damaged_sqlite_file_gives_a_clear_message(db):
    make(db)
    data = bytearray(db.read_bytes())
    data[100:] = b"\x5a" * (len(data) - 100)
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem, match="数据库文件已损坏.*请从备份恢复"):
        open_database(db, db.parent / "backups")

