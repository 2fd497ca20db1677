"""The store's write paths on PostgreSQL: chain head locked and saved, events inserted in a
batch, projection rows upserted — the same calls the services make on SQLite."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from app.domain.hlc import Hlc
from app.store.bulk import replacing
from app.store.database import alembic_config
from app.store.events import build_event, chain_head, insert_events, save_head, verify_chain
from app.store.key_lists import key_conditions
from app.store.models import CaseRow, ChainHeadRow, Event, Station
from app.store.upsert import _COPY_FROM, upsert


def _row(uuid: str, status: str) -> dict:
    return {"uuid": uuid, "number": f"某镇便民受字〔2026〕第01-{uuid[-4:]}号", "station_uuid": "s1", "year": 2026,
            "serial": 1, "status": status, "is_open": status == "accepted", "start_date": dt.date(2026, 3, 2),
            "decision": "accept", "item_code": "MZ-001", "item_name": "低保", "item_version": 1,
            "applicant_kind": "person", "applicant_name": "张三", "id_number": "11010519491231002X",
            "id_rev": "X2001321949150101", "phone": "13800138000", "intake_date": dt.date(2026, 3, 2),
            "accepted_date": dt.date(2026, 3, 2), "closed_date": None, "supply_deadline": None,
            "supply_open": False, "supply_closed_on": None, "supply_missed": False,
            "completion_deadline": dt.date(2026, 3, 30), "completion_open": True, "completion_closed_on": None,
            "completion_paused": False, "completion_paused_left": None, "notice_deadline": None,
            "notice_open": False, "notice_closed_on": None, "next_deadline": dt.date(2026, 3, 30),
            "stopped_clocks": "", "flagged": False, "promise_broken": False, "missing_count": 0,
            "last_hlc": "1780000000000-00000", "conflicts": ""}


def test_appending_and_upserting_on_postgresql(postgres_database: str) -> None:
    engine = create_engine(postgres_database)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with Session(engine) as s, s.begin():
            s.add(Station(uuid="s1", centre_name="某镇便民服务中心", short_name="某镇", window_name="窗口", code="01",
                          number_format="", is_local=True, trusted=True, created_at=dt.datetime(2026, 1, 1)))
        with Session(engine) as s, s.begin():
            head = chain_head(s, "s1")  # SELECT … FOR UPDATE on the head row
            rows = [build_event(head, station_uuid="s1", case_uuid="c1", officer="王窗口", officer_uuid="o1",
                                hlc=Hlc(1_780_000_000_000 + i), etype="note_added", payload={"text": f"第{i}条"})
                    for i in range(3)]
            insert_events(s, rows)
            save_head(s, "s1", head)
            upsert(s, CaseRow.__table__, [_row("case-0001", "accepted")])
        with Session(engine) as s, s.begin():
            head = chain_head(s, "s1")
            assert (head.seq, head.hash) == (3, rows[-1]["hash"])
            save_head(s, "s1", head)  # the second save updates the row in place
            upsert(s, CaseRow.__table__, [_row("case-0001", "completed"), _row("case-0002", "accepted")])
        with Session(engine) as s:
            assert s.scalar(select(CaseRow.status).where(CaseRow.uuid == "case-0001")) == "completed"
            assert len(s.scalars(select(CaseRow)).all()) == 2
            assert s.get(ChainHeadRow, "s1").seq == 3
            assert [e.seq for e in s.scalars(select(Event).order_by(Event.seq))] == [1, 2, 3]
            assert verify_chain(s) == (3, [])
        with Session(engine) as s, s.begin():  # a rebuild's whole-table replace
            columns = list(_row("", ""))
            with replacing(s, CaseRow.__table__, columns) as write:
                write([tuple(_row("case-0003", "accepted").values())])  # by INSERT
                write([tuple(_row(f"case-1{i:03d}", "completed").values()) for i in range(250)])  # by COPY
        with Session(engine) as s:
            uuids = s.scalars(select(CaseRow.uuid).order_by(CaseRow.uuid)).all()
            assert uuids[0] == "case-0003" and len(uuids) == 251
            assert s.get(CaseRow, "case-1249").status == "completed"
    finally:
        engine.dispose()


def _migrated(url: str):
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return engine


def _statuses(engine) -> dict[str, str]:
    with Session(engine) as s:
        return dict(s.execute(select(CaseRow.uuid, CaseRow.status)).all())


def test_many_projection_rows_are_upserted_through_a_staging_table_all_or_nothing(postgres_database: str) -> None:
    """From _COPY_FROM rows on, the server path: new rows added, held rows replaced, the
    last of two rows with one key kept, and a rollback leaves neither rows nor the stage."""
    engine = _migrated(postgres_database)
    many = _COPY_FROM + 50
    try:
        with Session(engine) as s, s.begin():
            upsert(s, CaseRow.__table__, [_row(f"case-{i:04d}", "accepted") for i in range(many)])
        assert _statuses(engine) == {f"case-{i:04d}": "accepted" for i in range(many)}
        changed = [_row(f"case-{i:04d}", "completed") for i in range(0, many + 100, 2)]
        changed.append(_row("case-0001", "rejected"))
        changed.append(_row("case-0001", "withdrawn"))  # the later of two rows for one case wins
        with Session(engine) as s, s.begin():
            upsert(s, CaseRow.__table__, changed)
            upsert(s, CaseRow.__table__, changed[:_COPY_FROM])  # the stage again in one transaction
        expected = {f"case-{i:04d}": "completed" if i % 2 == 0 else "accepted" for i in range(many + 100)
                    if i < many or i % 2 == 0}
        expected["case-0001"] = "withdrawn"
        assert _statuses(engine) == expected
        with Session(engine) as s:
            full = s.get(CaseRow, "case-0002")
            assert (full.completion_deadline, full.applicant_name, full.is_open) == (dt.date(2026, 3, 30), "张三", False)
        with pytest.raises(RuntimeError), Session(engine) as s, s.begin():
            upsert(s, CaseRow.__table__, [_row(f"case-{i:04d}", "rejected") for i in range(many + 300)])
            raise RuntimeError("the import fails after writing its rows")
        assert _statuses(engine) == expected
        with Session(engine) as s:
            assert s.scalar(text("SELECT count(*) FROM pg_class WHERE relname = 'staged_cases'")) == 0
    finally:
        engine.dispose()


def test_key_lists_find_every_key_in_one_array_on_the_server(postgres_database: str) -> None:
    engine = _migrated(postgres_database)
    try:
        with Session(engine) as s, s.begin():
            upsert(s, CaseRow.__table__, [_row(f"case-{i:04d}", "accepted") for i in range(1200)])
        wanted = [f"case-{i:04d}" for i in range(0, 2400, 3)]  # half of them not held
        with Session(engine) as s:
            conditions = list(key_conditions(s, CaseRow.uuid, wanted))
            found = {u for c in conditions for u in s.scalars(select(CaseRow.uuid).where(c))}
            assert len(conditions) == 1 and list(key_conditions(s, CaseRow.uuid, [])) == []
        assert found == {u for u in wanted if int(u[-4:]) < 1200}
    finally:
        engine.dispose()
