"""Projection rows written straight to the SQLite driver are stored exactly as SQLAlchemy
would store them: same text for dates, 1/0 for booleans, NULL for None."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import create_engine, insert
from sqlalchemy.orm import Session

from app.store.bulk import replacing
from app.store.models import Base, CaseRow
from app.store.upsert import upsert


def _row(uuid: str, **changes) -> dict:
    row = {c.name: None for c in CaseRow.__table__.columns}
    row.update(uuid=uuid, number=f"某镇便民受字〔2026〕第01-{uuid}号", station_uuid="s1", year=2026, serial=1,
               status="accepted", is_open=True, start_date=dt.date(2026, 3, 2), item_code="MZ-001",
               item_name="低保", item_version=1, applicant_kind="person", applicant_name="张三",
               id_number="11010519491231002X", id_rev="X2001321949150101", phone="13800138000",
               intake_date=dt.date(2026, 3, 2), supply_open=False, supply_missed=False, completion_open=True,
               completion_deadline=dt.date(2026, 3, 30), completion_paused=False, notice_open=False,
               stopped_clocks="", flagged=False, promise_broken=True, missing_count=0,
               last_hlc="1780000000000-00000", conflicts="", intake_officer="", follow_up_open=False)
    row.update(changes)
    return row


def _stored(path, uuid: str) -> tuple:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT *, typeof(is_open), typeof(closed_date) FROM cases WHERE uuid = ?",
                            (uuid,)).fetchone()
    finally:
        conn.close()


def test_driver_rows_are_stored_as_sqlalchemy_stores_them(tmp_path):
    path = tmp_path / "t.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    try:
        with Session(engine) as s, s.begin():
            s.execute(insert(CaseRow), [_row("A")])  # SQLAlchemy's own type processing
            upsert(s, CaseRow.__table__, [_row("B")])  # straight to the driver
        a, b = _stored(path, "A"), _stored(path, "B")
        assert a[2:] == b[2:] and a[:2] != b[:2]  # all but uuid and number
        assert "2026-03-30" in b and "integer" in b and "null" in b
        with Session(engine) as s, s.begin():
            row = _row("C", closed_date=dt.date(2026, 4, 1), is_open=False)
            with replacing(s, CaseRow.__table__, list(row)) as write:
                write([tuple(row.values())])
        c = _stored(path, "C")
        assert "2026-04-01" in c and c[-2:] == ("integer", "text")
    finally:
        engine.dispose()
