"""Removing the newest events is found too: the chain's end is recorded with every append."""

import datetime as dt

from sqlalchemy import text

from app.services import cases, maintenance
from app.store.database import current_revision, head_revision
from raw_sql import query, tamper

TODAY = dt.date(2026, 11, 20)


def new_case(ws, actor, id_number="110105198001010016"):
    return cases.intake(ws, actor, cases.IntakeRequest(
        item_code="MZ-001", applicant=cases.ApplicantInput("person", "赵六", id_number, "13800138000"),
        received=("01", "02", "03", "04", "05", "06", "07")), TODAY)


def test_deleting_the_newest_event_is_found(workspace, staff):
    new_case(workspace, staff.clerk)
    view = new_case(workspace, staff.clerk, "330106199003150022")
    assert maintenance.audit(workspace).problems == []
    tamper(workspace, ("DELETE FROM events WHERE seq = (SELECT MAX(seq) FROM events)", {}))
    problems = maintenance.audit(workspace).problems
    assert len(problems) == 1 and "最新的事件被删除" in problems[0].problem
    assert view.state.number  # the case the deleted event belonged to is named by its chain position


def test_replacing_the_newest_event_consistently_is_found(workspace, staff):
    from app.store.events import event_hash

    new_case(workspace, staff.clerk)
    [row] = query(workspace, "SELECT uuid, station_uuid, seq, case_uuid, officer, hlc, type, payload, prev_hash, "
                             "officer_uuid, format FROM events ORDER BY seq DESC LIMIT 1")
    if True:
        payload = row[7].replace("2026-11-20", "2026-11-19")
        new_hash = event_hash(station_uuid=row[1], seq=row[2], uuid=row[0], case_uuid=row[3], officer=row[4],
                              hlc=row[5], type=row[6], payload=payload, prev_hash=row[8], officer_uuid=row[9],
                              format=row[10])
    tamper(workspace, ("UPDATE events SET payload = :p, hash = :h WHERE uuid = :u",
                       {"p": payload, "h": new_hash, "u": row[0]}))
    problems = maintenance.audit(workspace).problems
    assert any("链尾记录" in p.problem for p in problems)


def test_databases_are_migrated_to_the_chain_head_revision(workspace):
    assert current_revision(workspace.engine) == head_revision()
    with workspace.read() as s:  # the chain_heads table of revision 0002 is there, empty on a new station
        assert s.execute(text("SELECT COUNT(*) FROM chain_heads")).scalar() == 0


def test_an_older_database_is_backed_up_then_migrated_and_keeps_its_cases(tmp_data):
    import shutil
    from pathlib import Path

    from alembic import command

    from app.paths import DataPaths
    from app.services.workspace import Workspace
    from app.store import backup
    from app.store.database import alembic_config, make_engine

    paths = DataPaths(tmp_data)
    paths.ensure()
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "release-0002.sqlite3", paths.database)
    number = "白沙镇便民受字〔2026〕第0013号"
    engine = make_engine(paths.database)
    with engine.begin() as conn:  # as a program of the version before 0002 left it
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    engine.dispose()
    assert backup.list_backups(paths.backups) == []

    ws = Workspace.open(paths, daily_backup=False)
    try:
        saved = [p.name for p in backup.list_backups(paths.backups)]
        assert len(saved) == 1 and saved[0].startswith("before-migration-0001-")
        assert current_revision(ws.engine) == head_revision()
        assert maintenance.audit(ws).problems == []
        assert cases.get_case(ws, number, TODAY).state.number == number
    finally:
        ws.close()
