"""Appending and reading events, and the per-station hash chain that seals them.

Each station numbers its events 1, 2, 3, … and each event stores the hash of the one
before, so an edited, removed or reordered event breaks the chain at a place that can
be named. The hash covers every field that carries meaning.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.hlc import Hlc
from app.domain.refusal import Problem
from app.store.event_format import CURRENT_FORMAT, EventRecord, OfficerLookup, event_hash, upgrade
from app.store import server
from app.store.models import ChainHeadRow, Event, Officer, Station
from app.store.upsert import insert_rows, upsert

GENESIS = "0" * 64

__all__ = ["GENESIS", "ChainHead", "ChainProblem", "EventRecord", "build_event", "canonical_json", "case_events",
           "chain_head", "event_hash", "insert_events", "newest_clock_reading", "newest_hlc", "records", "save_head", "verify_chain"]


def canonical_json(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def newest_hlc(session: Session, stations: Iterable[str] | None = None) -> Hlc | None:
    """The newest timestamp held, of every station or of the given ones only."""
    query = select(func.max(Event.hlc))
    if stations is not None:
        query = query.where(Event.station_uuid.in_(list(stations)))
    value = session.scalar(query)
    return Hlc.decode(value) if value else None


def newest_clock_reading(session: Session, stations: Iterable[str]) -> Hlc | None:
    """The latest time these stations' own clocks showed when they wrote an event.

    A timestamp with counter 0 is a reading of the writer's clock; one with a counter took
    its wall time from an earlier timestamp, which may have come from a peer whose clock
    runs fast, and says nothing about this computer's clock.
    """
    value = session.scalar(
        select(Event.hlc).where(Event.station_uuid.in_(list(stations)), Event.hlc.like("%-00000"))
        .order_by(Event.hlc.desc()).limit(1))
    return Hlc.decode(value) if value else None


@dataclass
class ChainHead:
    seq: int
    hash: str


def chain_head(session: Session, station_uuid: str) -> ChainHead:
    """Where the station's chain ends, with its head row locked until the transaction ends.

    On SQLite the write transaction (``BEGIN IMMEDIATE``) already holds the only write
    lock; on PostgreSQL the chain's advisory lock makes two writers of one chain queue
    here instead of both taking the same next sequence number — also for a station whose
    head row does not exist yet, which ``FOR UPDATE`` alone could not lock.
    """
    server.lock(session, f"chain:{station_uuid}")
    row = session.execute(
        select(ChainHeadRow.seq, ChainHeadRow.hash).where(ChainHeadRow.station_uuid == station_uuid).with_for_update()
    ).first()
    if row is not None:
        return ChainHead(row.seq, row.hash)
    row = session.execute(
        select(Event.seq, Event.hash).where(Event.station_uuid == station_uuid).order_by(Event.seq.desc()).limit(1)
    ).first()
    return ChainHead(row.seq, row.hash) if row else ChainHead(0, GENESIS)


def save_head(session: Session, station_uuid: str, head: ChainHead) -> None:
    """Record where the station's chain now ends, in the same transaction as the events.

    A Core upsert goes past the ORM's flush, so the session is marked for the seal here.
    """
    session.info["reseal"] = True
    upsert(session, ChainHeadRow.__table__, [{"station_uuid": station_uuid, "seq": head.seq, "hash": head.hash}])


def build_event(
    head: ChainHead, *, station_uuid: str, case_uuid: str | None, officer: str, hlc: Hlc, etype: str,
    payload: Mapping[str, Any], event_uuid: str | None = None, officer_uuid: str | None = None,
    format: int = CURRENT_FORMAT,
) -> dict[str, Any]:
    """The row of the next event after ``head``; advances ``head`` in place.

    ``officer`` is the display name as it is now and ``officer_uuid`` the officer's
    identity; format 1 (``officer`` a username, no uuid) is only built by tests of old data.
    """
    row = {
        "uuid": event_uuid or str(uuidlib.uuid4()),
        "station_uuid": station_uuid,
        "seq": head.seq + 1,
        "case_uuid": case_uuid,
        "officer": officer,
        "hlc": hlc.encode(),
        "type": etype,
        "payload": canonical_json(payload),
        "prev_hash": head.hash,
    }
    if format >= 2:
        row["officer_uuid"] = officer_uuid or ""
    row["format"] = format
    row["hash"] = event_hash(**row)
    if format < 2:
        row["officer_uuid"] = None
    head.seq, head.hash = row["seq"], row["hash"]
    return row


def insert_events(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert event rows in one batch (Core, not ORM: one executemany, not one per row)."""
    insert_rows(session, Event.__table__, rows)


def case_events(session: Session, case_uuid: str) -> list[Event]:
    return list(
        session.scalars(
            select(Event).where(Event.case_uuid == case_uuid).order_by(Event.hlc, Event.station_uuid, Event.seq)
        )
    )


class _OfficerDirectory:
    """(station, username) → (officer uuid, display name), for reading format-1 events.

    A plain object rather than a closure, so a parallel rebuild can hand it to its
    worker processes."""

    __slots__ = ("_known", "_local")

    def __init__(self, known: dict[tuple[str, str], tuple[str, str]], local: str) -> None:
        self._known = known
        self._local = local

    def __call__(self, station: str, username: str) -> tuple[str, str] | None:
        known = self._known
        return known.get((station, username)) or known.get(("", username)) or (
            known.get((self._local, username)) if station else None)


def officer_lookup(session: Session) -> OfficerLookup:
    """(station, username) → (officer uuid, display name), for reading format-1 events."""
    known: dict[tuple[str, str], tuple[str, str]] = {}
    rows = session.execute(select(Officer.station_uuid, Officer.username, Officer.uuid, Officer.display_name))
    for station, username, uuid, name in rows:
        known[(station or "", username)] = (uuid, name)
    local = session.scalar(select(Station.uuid).where(Station.is_local.is_(True)))
    return _OfficerDirectory(known, local or "")


def records(session: Session, events: Iterable[Event], lookup: OfficerLookup | None = None) -> list[EventRecord]:
    """Stored events in the current format, in the order given."""
    events = list(events)
    if lookup is None and any(e.format < CURRENT_FORMAT for e in events):
        lookup = officer_lookup(session)
    return [
        upgrade(uuid=e.uuid, type=e.type, payload=json.loads(e.payload), officer=e.officer,
                officer_uuid=e.officer_uuid, format=e.format, hlc=e.hlc, station_uuid=e.station_uuid, seq=e.seq,
                lookup=lookup)
        for e in events
    ]


@dataclass(frozen=True)
class ChainProblem:
    station_uuid: str
    seq: int
    event_uuid: str
    problem: str


def verify_chain(session: Session) -> tuple[int, list[ChainProblem]]:
    """Walk every station's chain; returns the number of events checked and each break.

    Each chain is also held against its recorded head: a missing head, events past it,
    and a head whose events are gone are all breaks.
    """
    problems: list[ChainProblem] = []
    count = 0
    stations = {s for (s,) in session.execute(select(Event.station_uuid).distinct())}
    stations |= {s for (s,) in session.execute(select(ChainHeadRow.station_uuid))}
    for station in sorted(stations):
        expected_seq, prev = 1, GENESIS
        rows = session.execute(
            select(Event.uuid, Event.seq, Event.case_uuid, Event.officer, Event.hlc, Event.type, Event.payload,
                   Event.prev_hash, Event.hash, Event.officer_uuid, Event.format)
            .where(Event.station_uuid == station)
            .order_by(Event.seq)
        )
        last_hlc = ""
        hashes: dict[int, str] = {}
        for r in rows:
            count += 1
            if r.seq != expected_seq:
                missing = f"{expected_seq}" if r.seq == expected_seq + 1 else f"{expected_seq}–{r.seq - 1}"
                problems.append(ChainProblem(station, expected_seq, "", Problem(
                    f"第 {missing} 号事件缺失（已被删除）", "chain_missing", events=str(missing))))
            elif r.prev_hash != prev:
                problems.append(ChainProblem(station, r.seq, r.uuid, Problem(
                    "与前一事件的链接不符（事件被删除、替换或调换顺序）", "chain_link")))
            recomputed = event_hash(
                station_uuid=station, seq=r.seq, uuid=r.uuid, case_uuid=r.case_uuid, officer=r.officer, hlc=r.hlc,
                type=r.type, payload=r.payload, prev_hash=r.prev_hash, officer_uuid=r.officer_uuid, format=r.format,
            )
            if recomputed != r.hash:
                problems.append(ChainProblem(station, r.seq, r.uuid, Problem("事件内容被改动（哈希不符）", "chain_hash")))
            if r.hlc < last_hlc:
                problems.append(ChainProblem(station, r.seq, r.uuid, Problem(
                    "事件时间戳早于前一事件（顺序被调换）", "chain_order")))
            last_hlc = r.hlc
            hashes[r.seq] = r.hash
            expected_seq, prev = r.seq + 1, r.hash
        problems += _head_problems(session.get(ChainHeadRow, station), station, expected_seq - 1, hashes)
    return count, problems


def _head_problems(recorded: ChainHeadRow | None, station: str, last: int, hashes: dict[int, str]) -> list[ChainProblem]:
    if recorded is None:
        missing = Problem("链尾记录缺失（被删除），无法确认最新的事件是否完整", "chain_head_missing")
        return [ChainProblem(station, last, "", missing)] if last else []
    if recorded.seq > last:
        first = last + 1
        span = f"{first}" if first == recorded.seq else f"{first}–{recorded.seq}"
        what = (Problem("全部事件缺失（事件记录被清空）", "chain_all_missing") if last == 0
                else Problem(f"第 {span} 号事件缺失（最新的事件被删除）", "chain_newest_missing", events=span))
        return [ChainProblem(station, first, "", what)]
    if recorded.seq < last:
        first = recorded.seq + 1
        span = f"{first}" if first == last else f"{first}–{last}"
        appended = Problem(f"第 {span} 号事件在记录的链尾之后（在程序之外追加）", "chain_appended", events=span)
        return [ChainProblem(station, first, "", appended)]
    if recorded.seq and hashes.get(recorded.seq) != recorded.hash:
        replaced = Problem("链尾记录与最后一个事件不符（事件被替换）", "chain_head_replaced")
        return [ChainProblem(station, recorded.seq, "", replaced)]
    return []
