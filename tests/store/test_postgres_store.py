"""The store's write paths on PostgreSQL: chain head locked and saved, events inserted in a
batch, projection rows upserted — the same calls the services make on SQLite."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.domain.hlc import Hlc
from app.store.database import alembic_config
from app.store.events import build_event, chain_head, insert_events, save_head, verify_chain
from app.store.models import CaseRow, ChainHeadRow, Event, Station
from app.store.upsert import upsert


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
    finally:
        engine.dispose()
