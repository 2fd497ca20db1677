"""Appending and reading events, and the per-station hash chain that seals them.

Each station numbers its events 1, 2, 3, … and each event stores the hash of the one
before, so an edited, removed or reordered event breaks the chain at a place that can
be named. The hash covers every field that carries meaning.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.hlc import Hlc
from app.store.models import ChainHeadRow, Event

GENESIS = "0" * 64


def canonical_json(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def event_hash(
    *, station_uuid: str, seq: int, uuid: str, case_uuid: str | None, officer: str, hlc: str, type: str,
    payload: str, prev_hash: str,
) -> str:
    body = json.dumps(
        [station_uuid, seq, uuid, case_uuid or "", officer, hlc, type, payload, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def newest_hlc(session: Session) -> Hlc | None:
    value = session.scalar(select(func.max(Event.hlc)))
    return Hlc.decode(value) if value else None


@dataclass
class ChainHead:
    seq: int
    hash: str


def chain_head(session: Session, station_uuid: str) -> ChainHead:
    row = session.execute(
        select(Event.seq, Event.hash).where(Event.station_uuid == station_uuid).order_by(Event.seq.desc()).limit(1)
    ).first()
    return ChainHead(row.seq, row.hash) if row else ChainHead(0, GENESIS)


def save_head(session: Session, station_uuid: str, head: ChainHead) -> None:
    """Record where the station's chain now ends, in the same transaction as the events."""
    row = session.get(ChainHeadRow, station_uuid)
    if row is None:
        session.add(ChainHeadRow(station_uuid=station_uuid, seq=head.seq, hash=head.hash))
    else:
        row.seq, row.hash = head.seq, head.hash


def build_event(
    head: ChainHead, *, station_uuid: str, case_uuid: str | None, officer: str, hlc: Hlc, etype: str,
    payload: Mapping[str, Any], event_uuid: str | None = None,
) -> dict[str, Any]:
    """The row of the next event after ``head``; advances ``head`` in place."""
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
    row["hash"] = event_hash(**row)
    head.seq, head.hash = row["seq"], row["hash"]
    return row


def case_events(session: Session, case_uuid: str) -> list[Event]:
    return list(
        session.scalars(
            select(Event).where(Event.case_uuid == case_uuid).order_by(Event.hlc, Event.station_uuid, Event.seq)
        )
    )


def as_fold_input(events: Iterable[Event]) -> list[tuple[str, dict[str, Any], str]]:
    return [(e.type, json.loads(e.payload), e.officer) for e in events]


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
                   Event.prev_hash, Event.hash)
            .where(Event.station_uuid == station)
            .order_by(Event.seq)
        )
        last_hlc = ""
        hashes: dict[int, str] = {}
        for r in rows:
            count += 1
            if r.seq != expected_seq:
                missing = f"{expected_seq}" if r.seq == expected_seq + 1 else f"{expected_seq}–{r.seq - 1}"
                problems.append(ChainProblem(station, expected_seq, "", f"第 {missing} 号事件缺失（已被删除）"))
            elif r.prev_hash != prev:
                problems.append(ChainProblem(station, r.seq, r.uuid, "与前一事件的链接不符（事件被删除、替换或调换顺序）"))
            recomputed = event_hash(
                station_uuid=station, seq=r.seq, uuid=r.uuid, case_uuid=r.case_uuid, officer=r.officer, hlc=r.hlc,
                type=r.type, payload=r.payload, prev_hash=r.prev_hash,
            )
            if recomputed != r.hash:
                problems.append(ChainProblem(station, r.seq, r.uuid, "事件内容被改动（哈希不符）"))
            if r.hlc < last_hlc:
                problems.append(ChainProblem(station, r.seq, r.uuid, "事件时间戳早于前一事件（顺序被调换）"))
            last_hlc = r.hlc
            hashes[r.seq] = r.hash
            expected_seq, prev = r.seq + 1, r.hash
        problems += _head_problems(session.get(ChainHeadRow, station), station, expected_seq - 1, hashes)
    return count, problems


def _head_problems(recorded: ChainHeadRow | None, station: str, last: int, hashes: dict[int, str]) -> list[ChainProblem]:
    if recorded is None:
        return [ChainProblem(station, last, "", "链尾记录缺失（被删除），无法确认最新的事件是否完整")] if last else []
    if recorded.seq > last:
        first = last + 1
        span = f"{first}" if first == recorded.seq else f"{first}–{recorded.seq}"
        what = "全部事件缺失（事件记录被清空）" if last == 0 else f"第 {span} 号事件缺失（最新的事件被删除）"
        return [ChainProblem(station, first, "", what)]
    if recorded.seq < last:
        first = recorded.seq + 1
        span = f"{first}" if first == last else f"{first}–{last}"
        return [ChainProblem(station, first, "", f"第 {span} 号事件在记录的链尾之后（在程序之外追加）")]
    if recorded.seq and hashes.get(recorded.seq) != recorded.hash:
        return [ChainProblem(station, recorded.seq, "", "链尾记录与最后一个事件不符（事件被替换）")]
    return []
