"""The per-station event chain: numbering, hashing, and verification naming each break."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, update
from sqlalchemy.orm import Session

from app.domain.hlc import Hlc
from app.store.events import (
    GENESIS,
    save_head,
    ChainHead,
    build_event,
    canonical_json,
    case_events,
    chain_head,
    event_hash,
    newest_hlc,
    records,
    verify_chain,
)
from app.store.models import Base, Event, Station

HERE, THERE = "station-here", "station-there"


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        for uuid in (HERE, THERE):
            s.add(Station(uuid=uuid, centre_name="某镇便民服务中心", short_name="某镇", window_name="窗口",
                          number_format="{serial}", is_local=uuid == HERE, created_at=dt.datetime(2026, 1, 1)))
        s.flush()
        yield s
    engine.dispose()


def append(s: Session, station: str, case: str, n: int, start_ms: int = 1_780_000_000_000) -> list[dict]:
    head = chain_head(s, station)
    rows = [build_event(head, station_uuid=station, case_uuid=case, officer="clerk", hlc=Hlc(start_ms + i, 0),
                        etype="note_added", payload={"date": "2026-03-02", "text": f"第{i}条"})
            for i in range(n)]
    s.add_all(Event(**r) for r in rows)
    save_head(s, station, head)  # as every append in the program does
    s.flush()
    return rows


def test_canonical_json_is_stable_and_keeps_chinese():
    assert canonical_json({"b": 1, "a": "张三"}) == '{"a":"张三","b":1}'
    assert canonical_json({"a": "张三", "b": 1}) == canonical_json({"b": 1, "a": "张三"})


def test_events_are_numbered_and_chained_per_station(session):
    assert chain_head(session, HERE) == ChainHead(0, GENESIS)
    here = append(session, HERE, "case-1", 3)
    there = append(session, THERE, "case-2", 2)
    assert [r["seq"] for r in here] == [1, 2, 3] and [r["seq"] for r in there] == [1, 2]
    assert here[0]["prev_hash"] == GENESIS and there[0]["prev_hash"] == GENESIS
    assert [r["prev_hash"] for r in here[1:]] == [r["hash"] for r in here[:-1]]
    assert chain_head(session, HERE) == ChainHead(3, here[-1]["hash"])
    more = append(session, HERE, "case-1", 1, start_ms=1_780_000_000_100)
    assert more[0]["seq"] == 4 and more[0]["prev_hash"] == here[-1]["hash"]
    assert verify_chain(session) == (6, [])


def test_the_hash_covers_every_field_that_carries_meaning():
    fields = dict(station_uuid=HERE, seq=1, uuid="e1", case_uuid="c1", officer="clerk", hlc="1-0",
                  type="note_added", payload="{}", prev_hash=GENESIS)
    original = event_hash(**fields)
    for key in fields:
        changed = dict(fields, **{key: (fields[key] + 1) if key == "seq" else f"{fields[key]}x"})
        assert event_hash(**changed) != original, key


def test_verification_names_the_edited_event(session):
    rows = append(session, HERE, "case-1", 5)
    session.execute(update(Event).where(Event.uuid == rows[2]["uuid"]).values(officer="boss"))
    count, problems = verify_chain(session)
    assert count == 5
    assert [(p.station_uuid, p.seq, p.event_uuid, p.problem) for p in problems] == [
        (HERE, 3, rows[2]["uuid"], "事件内容被改动（哈希不符）")]


def test_verification_names_a_removed_run_of_events(session):
    rows = append(session, HERE, "case-1", 6)
    for r in rows[2:4]:
        session.delete(session.get(Event, r["uuid"]))
    session.flush()
    _, problems = verify_chain(session)
    assert [(p.seq, p.problem) for p in problems] == [(3, "第 3–4 号事件缺失（已被删除）")]


def test_verification_finds_an_event_replaced_with_a_rehashed_one(session):
    rows = append(session, HERE, "case-1", 4)
    forged = dict(rows[1], payload=canonical_json({"date": "2026-03-02", "text": "改过的"}))
    forged["hash"] = event_hash(**{k: v for k, v in forged.items() if k != "hash"})
    session.execute(update(Event).where(Event.uuid == forged["uuid"]).values(payload=forged["payload"],
                                                                               hash=forged["hash"]))
    _, problems = verify_chain(session)
    assert [(p.seq, p.problem) for p in problems] == [(3, "与前一事件的链接不符（事件被删除、替换或调换顺序）")]


def test_case_events_come_in_clock_order_and_fold_input_reads_payloads(session):
    late = append(session, HERE, "case-1", 1, start_ms=1_780_000_100_000)
    early = append(session, THERE, "case-1", 1, start_ms=1_780_000_000_000)
    append(session, HERE, "case-9", 1)
    events = case_events(session, "case-1")
    assert [e.uuid for e in events] == [early[0]["uuid"], late[0]["uuid"]]
    first = records(session, events)[0]
    assert (first.type, first.payload, first.officer) == ("note_added", {"date": "2026-03-02", "text": "第0条"}, "clerk")
    assert newest_hlc(session) == Hlc(1_780_000_100_000, 0)
