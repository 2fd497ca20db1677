"""Installing a newer program over an older one keeps every case.

``tests/fixtures/schema-0001.sqlite3`` was written by the first released program (schema
0001; see make_schema_0001.py beside it). The current program starts over a copy and must
show every case, every event and every printed number; a migration that fails or loses
anything puts the backup back and says so.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from app.cli import main
from app.paths import DataPaths
from app.store import database
from app.store.database import DatabaseProblem, head_revision

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0001.sqlite3"


def snapshot(db: Path) -> dict:
    """What an officer relies on, read straight from the file with SQLite alone."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cases = dict(conn.execute("SELECT uuid, number FROM cases"))
        events: dict[str, Counter] = {}
        printed: dict[str, set[str]] = {}
        for case_uuid, etype, payload in conn.execute("SELECT case_uuid, type, payload FROM events"):
            events.setdefault(cases.get(case_uuid, case_uuid), Counter())[etype] += 1
            if etype == "letter_printed":
                printed.setdefault(cases[case_uuid], set()).add(json.loads(payload)["number"])
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()
    return {"numbers": set(cases.values()), "events": events, "printed": printed, "revision": revision,
            "event_count": count}


@pytest.fixture
def old_station(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data").ensure()
    shutil.copyfile(FIXTURE, paths.database)
    return paths


def cli_json(capsys, paths: DataPaths, *args: str):
    code = main(["--data-dir", str(paths.root), "--today", "2026-11-20", "--json", *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_the_fixture_is_the_first_released_schema_with_cases_in_every_state(old_station):
    old = snapshot(old_station.database)  # a copy: even reading a WAL database leaves files beside it
    assert old["revision"] == "0001"
    assert len(old["numbers"]) == 60 and sum(len(n) for n in old["printed"].values()) >= 20
    kinds = set().union(*old["events"].values())
    assert {"accepted", "tolerant_accepted", "completed", "refused", "terminated", "letter_printed",
            "clock_paused", "materials_supplied"} <= kinds


def test_the_current_program_finds_every_case_event_and_printed_number(old_station, capsys):
    old = snapshot(old_station.database)

    listed = cli_json(capsys, old_station, "case", "list")
    assert {row["number"] for row in listed} == old["numbers"]
    for number in sorted(old["numbers"]):
        shown = cli_json(capsys, old_station, "case", "show", number)
        assert shown["number"] == number
        assert Counter(e["type"] for e in shown["events"]) == old["events"][number], number
        assert {letter["number"] for letter in shown["letters"]} == old["printed"].get(number, set()), number

    new = snapshot(old_station.database)
    assert new["revision"] == head_revision()
    assert new["numbers"] == old["numbers"] and new["events"] == old["events"] and new["printed"] == old["printed"]
    backups = list(old_station.backups.glob("before-migration-0001-*.sqlite3"))
    assert len(backups) == 1 and snapshot(backups[0]) == old


def test_the_upgraded_station_keeps_numbering_after_its_last_case(old_station, capsys):
    """A case logged after the upgrade takes the next number, never one already printed."""
    old = snapshot(old_station.database)
    cli_json(capsys, old_station, "case", "list")  # the upgrade happens here
    serials = sorted(int(n.split("第")[1].rstrip("号")) for n in old["numbers"])
    conn = sqlite3.connect(old_station.database)
    try:
        last = conn.execute("SELECT max(last_serial) FROM case_counters WHERE year = 2026").fetchone()[0]
    finally:
        conn.close()
    assert last == serials[-1]


def failing_upgrade(engine):
    """A migration that gets half way (a new table) and then fails, as a broken script would."""
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        conn.exec_driver_sql("DELETE FROM events WHERE type = 'letter_printed'")
    raise RuntimeError("迁移脚本出错")


def losing_upgrade(engine):
    """A migration that finishes but loses events: the check after it must catch that."""
    real_upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM events WHERE type = 'letter_printed'")


real_upgrade = database._upgrade


@pytest.mark.parametrize("broken, reason", [(failing_upgrade, "迁移脚本出错"), (losing_upgrade, "事件")])
def test_a_failed_migration_restores_the_backup_and_says_so(old_station, monkeypatch, capsys, broken, reason):
    before = snapshot(old_station.database)
    monkeypatch.setattr(database, "_upgrade", broken)

    code = main(["--data-dir", str(old_station.root), "case", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "数据库结构升级（0001 → " in err and reason in err and "已从升级前的备份恢复" in err

    assert snapshot(old_station.database) == before
    conn = sqlite3.connect(old_station.database)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert "half_done" not in tables

    # With the fault gone (the fixed program), the same data folder upgrades normally.
    monkeypatch.setattr(database, "_upgrade", real_upgrade)
    assert {row["number"] for row in cli_json(capsys, old_station, "case", "list")} == before["numbers"]


def test_a_database_from_a_newer_program_is_refused_untouched(old_station, capsys):
    cli_json(capsys, old_station, "case", "list")
    conn = sqlite3.connect(old_station.database)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = old_station.database.read_bytes()
    backups = sorted(old_station.backups.iterdir())

    code = main(["--data-dir", str(old_station.root), "case", "list"])
    assert code == 1
    assert "更新版本的程序" in capsys.readouterr().err
    assert old_station.database.read_bytes() == before
    assert sorted(old_station.backups.iterdir()) == backups


def test_the_desktop_program_shows_the_officer_what_happened(old_station, monkeypatch, qtbot):
    """Started from the menu, a failed upgrade is a message box, not a crash, and the data is back."""
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from app.ui import launch

    before = snapshot(old_station.database)
    monkeypatch.setattr(database, "_upgrade", failing_upgrade)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    monkeypatch.setattr(launch, "setup_logging", lambda *a, **k: None)
    args = argparse.Namespace(data_dir=str(old_station.root), lang="zh_CN", today=None, smoke=False, screenshot=None)

    assert launch.run_gui(args) == 1
    assert len(shown) == 1 and "已从升级前的备份恢复" in shown[0]
    assert snapshot(old_station.database) == before
