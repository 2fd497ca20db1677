"""The two ways events enter the store, and the one way projections follow them.

:class:`LocalAppender` writes this station's new events (an officer's action, or the
demo's thousands of cases) onto the end of its own chain. :func:`append_foreign` takes
events another station wrote — already verified by the import that read them — and adds
those not yet held, refolding every case they touch. Both run inside the caller's single
write transaction and both end in :func:`app.services.projection.save_rows`, so the
projection is always the fold of the events committed with it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.hlc import Hlc, tick
from app.domain.lifecycle import CaseState, apply
from app.domain.merge import fold_case
from app.domain.refusal import Worded
from app.services.officers import Actor
from app.services.case_row import row_values
from app.services.projection import save_rows
from app.services.workspace import StationInfo, Workspace
from app.store.event_format import CURRENT_FORMAT, EventRecord, upgrade
from app.store.events import build_event, chain_head, insert_events, officer_lookup, save_head
from app.store import server
from app.store.database import retried
from app.store.key_lists import key_conditions
from app.store.models import CaseRow, Event, ItemVersion, Officer, Station
from app.store.stations import own_station_uuids


class BatchRefused(Worded, Exception):
    """A batch of foreign events that cannot be added; nothing was changed."""


class LocalAppender:
    """This station's next events, chained and folded, written when :meth:`finish` is called."""

    def __init__(self, ws: Workspace, session: Session, station: StationInfo, actor: Actor) -> None:
        self.ws, self.s, self.station, self.actor = ws, session, station, actor
        self.head = chain_head(session, station.uuid)  # locks the head row until commit
        self.hlc: Hlc | None = None
        self.events: list[dict[str, Any]] = []
        self.rows: dict[str, dict[str, Any]] = {}

    def _tick(self) -> Hlc:
        self.hlc = self.ws.next_hlc(self.s) if self.hlc is None else tick(self.hlc, self.ws.clock.now_ms())
        self.ws.remember_hlc(self.hlc)
        return self.hlc

    def add(self, state: CaseState, etype: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        row = build_event(self.head, station_uuid=self.station.uuid, case_uuid=state.uuid,
                          officer=self.actor.display_name, officer_uuid=self.actor.uuid, hlc=self._tick(),
                          etype=str(etype), payload=payload)
        self.events.append(row)
        apply(state, str(etype), orjson.loads(row["payload"]), self.actor.display_name)
        return row

    def done_with(self, state: CaseState) -> None:
        """The case's events are all added: its projection row is written at :meth:`finish`."""
        last = next(e["hlc"] for e in reversed(self.events) if e["case_uuid"] == state.uuid)
        self.rows[state.uuid] = row_values(state, self.ws.calendar, last)

    def finish(self) -> None:
        insert_events(self.s, self.events)
        if self.events:
            save_head(self.s, self.station.uuid, self.head)
        save_rows(self.s, list(self.rows.values()))
        self.events, self.rows = [], {}


# -- foreign events ------------------------------------------------------------------------


@dataclass
class ForeignBatch:
    """What an import hands over: event rows as stored, and the rows they refer to.

    ``events`` are dicts with the columns of ``events``; ``stations``, ``officers`` and
    ``item_versions`` are dicts with (a subset of) their tables' columns, by uuid.
    """

    events: list[dict[str, Any]]
    stations: list[dict[str, Any]] = field(default_factory=list)
    officers: list[dict[str, Any]] = field(default_factory=list)
    item_versions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class AppendResult:
    added: int
    already_held: int
    cases: int
    in_conflict: list[str]


_EVENT_COLUMNS = ("uuid", "station_uuid", "seq", "case_uuid", "officer", "officer_uuid", "format", "hlc", "type",
                  "payload", "prev_hash", "hash")
_COLUMN_SET = frozenset(_EVENT_COLUMNS)  # an event dict with just these is stored as it is, not copied


def hold_import_lock(s: Session) -> None:
    """Imports into a server database run one at a time, as every writer does on SQLite;
    officers' own work is not held up by it (it locks only the cases an import touches)."""
    server.lock(s, "import")


def lock_cases(s: Session, case_uuids: Iterable[str]) -> None:
    """Lock the projection rows of these cases until commit, in one order (the uuid's).

    An officer acting on a case locks its row the same way, so an import and an action on
    one case follow each other: each folds the other's committed events, none is lost from
    the projection. A case not yet held has no row; only an import can bring it, and
    imports follow each other.
    """
    if not server.on_server(s):
        return
    keys = sorted(set(u for u in case_uuids if u))
    for keys_in in key_conditions(s, CaseRow.uuid, keys):
        s.execute(select(CaseRow.uuid).where(keys_in).order_by(CaseRow.uuid).with_for_update()).all()


@retried
def append_foreign(ws: Workspace, batch: ForeignBatch) -> AppendResult:
    """Add another station's events, refold the cases they touch; one transaction, or nothing."""
    with ws.write() as s:
        result = append_foreign_in(ws, s, batch)
    return result


def append_foreign_in(ws: Workspace, s: Session, batch: ForeignBatch) -> AppendResult:
    """:func:`append_foreign` inside a transaction the caller holds."""
    hold_import_lock(s)
    lock_cases(s, (e.get("case_uuid") for e in batch.events))
    _store_references(s, batch)
    local = own_station_uuids(s)[:1]  # our older chains may receive their lost tail back; this one never
    by_station: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen: dict[str, str] = {}
    held = 0
    for e in batch.events:
        if e["uuid"] in seen:  # the same event twice in one batch: once is enough
            if seen[e["uuid"]] != e["hash"]:
                raise BatchRefused(f"同一事件 {e['uuid'][:8]} 在这批数据中出现两次且内容不同，整批未导入",
                                   "batch_event_twice", event=e['uuid'][:8])
            held += 1
            continue
        seen[e["uuid"]] = e["hash"]
        by_station[e["station_uuid"]].append(e)
    known_stations = {u for (u,) in s.execute(select(Station.uuid))}
    new: list[dict[str, Any]] = []
    for station, events in sorted(by_station.items()):
        if station not in known_stations:
            raise BatchRefused(f"事件来自未登记的站点 {station}；须随事件提供该站点的信息", "batch_unknown_station", station=station)
        events.sort(key=lambda e: e["seq"])
        fresh, dupes = _continue_chain(s, station, events)
        if fresh and station in local:
            raise BatchRefused("这批事件里有本站点自己尚未写出的事件（同一站点的事件只能由本站点写入），未作任何改动", "batch_own_events")
        held += dupes
        new.extend(fresh)
    _check_numbers(s, new)
    touched = sorted({e["case_uuid"] for e in new if e.get("case_uuid")})
    known = _cases_with_events(s, touched)  # before the insert: whose other events must be read back
    insert_events(s, [e if e.keys() == _COLUMN_SET else {c: e.get(c) for c in _EVENT_COLUMNS} for e in new])
    if new:
        ws.remember_hlc(Hlc.decode(max(e["hlc"] for e in new)))
    in_conflict = refold(ws, s, touched, new, known)
    return AppendResult(len(new), held, len(touched), in_conflict)


def _store_references(s: Session, batch: ForeignBatch) -> None:
    """Stations, officers and item versions named by the events, added if not yet held.

    A row already held is left as it is: the same uuid is the same row everywhere. A peer's
    officer is held so that events can name them; with no password they cannot sign in here.
    """
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    stations = _missing(s, Station, batch.stations)
    for r in stations:
        s.add(Station(uuid=r["uuid"], centre_name=r.get("centre_name", ""), short_name=r.get("short_name", ""),
                      window_name=r.get("window_name", ""), code=r.get("code", ""),
                      previous_uuid=r.get("previous_uuid"), number_format=r.get("number_format", ""),
                      public_key=r.get("public_key"), is_local=False, trusted=True, created_at=now))
    for r in _missing(s, Officer, batch.officers):
        if not r.get("station_uuid"):
            raise BatchRefused(f"工作人员“{r.get('display_name') or r['username']}”没有注明所属站点，整批未导入",
                               "batch_officer_station", officer=r.get('display_name') or r['username'])
        s.add(Officer(uuid=r["uuid"], station_uuid=r.get("station_uuid"), username=r["username"],
                      display_name=r.get("display_name") or r["username"], role=r.get("role", "officer"),
                      password_hash="", active=False, failed_attempts=0, locked_until=None,
                      created_at=now, updated_at=now))
    for r in _missing(s, ItemVersion, batch.item_versions):
        s.add(ItemVersion(uuid=r["uuid"], station_uuid=r.get("station_uuid"), code=r["code"], version=r["version"],
                          name=r["name"], content=r["content"], content_hash=r["content_hash"], is_current=False,
                          created_at=r.get("created_at") or now, created_by=r.get("created_by", "")))
    s.flush()


def _missing(s: Session, model, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    wanted = {r["uuid"]: r for r in rows}
    held: set[str] = set()
    for keys_in in key_conditions(s, model.uuid, wanted):
        held.update(s.scalars(select(model.uuid).where(keys_in)))
    return [r for u, r in wanted.items() if u not in held]


def _continue_chain(s: Session, station: str, events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The events not yet held, checked to continue the station's chain; and how many were held."""
    head = chain_head(s, station)
    held_part = [e for e in events if e["seq"] <= head.seq]
    fresh = [e for e in events if e["seq"] > head.seq]
    if held_part:
        stored = {}
        for seqs_in in key_conditions(s, Event.seq, [e["seq"] for e in held_part]):
            for seq, uuid, hash_ in s.execute(
                    select(Event.seq, Event.uuid, Event.hash).where(Event.station_uuid == station, seqs_in)):
                stored[seq] = (uuid, hash_)
        for e in held_part:
            if stored.get(e["seq"]) != (e["uuid"], e["hash"]):
                raise BatchRefused(
                    f"站点 {station[:8]} 的第 {e['seq']} 号事件与本机已有的内容不同（链分叉），整批未导入",
                    "batch_fork", station=station[:8], seq=e['seq'])
    prev_seq, prev_hash = head.seq, head.hash
    for e in fresh:
        if e["seq"] != prev_seq + 1:
            raise BatchRefused(f"站点 {station[:8]} 缺少第 {prev_seq + 1} 号事件，须先导入之前的事件；整批未导入",
                               "batch_gap", station=station[:8], seq=prev_seq + 1)
        if e["prev_hash"] != prev_hash:
            raise BatchRefused(f"站点 {station[:8]} 的第 {e['seq']} 号事件接不上本机已有的链（链分叉），整批未导入",
                               "batch_chain", station=station[:8], seq=e['seq'])
        prev_seq, prev_hash = e["seq"], e["hash"]
    if fresh:
        save_head(s, station, type(head)(prev_seq, prev_hash))
    return fresh, len(held_part)


def _check_numbers(s: Session, new: list[dict[str, Any]]) -> None:
    """Two cases with one number means two stations share a station code: refuse by name."""
    numbers: dict[str, str] = {}
    for e in new:
        if e["type"] == "intake_logged":
            number = orjson.loads(e["payload"])["number"]
            if numbers.setdefault(number, e["case_uuid"]) != e["case_uuid"]:
                raise _same_number(number)
    for keys_in in key_conditions(s, CaseRow.number, numbers):
        for number, uuid in s.execute(select(CaseRow.number, CaseRow.uuid).where(keys_in)):
            if uuid != numbers[number]:
                raise _same_number(number)


def _same_number(number: str) -> BatchRefused:
    return BatchRefused(f"受理编号 {number} 已被另一件案件使用：两个站点的站点代码相同。"
                        "请在其中一个站点的设置中改用县内唯一的站点代码；整批未导入", "batch_same_number", number=number)


def _cases_with_events(s: Session, case_uuids: list[str]) -> set[str]:
    held: set[str] = set()
    for keys_in in key_conditions(s, Event.case_uuid, case_uuids):
        held.update(s.scalars(select(Event.case_uuid).where(keys_in).distinct()))
    return held


def refold(ws: Workspace, s: Session, case_uuids: list[str], new: list[dict[str, Any]] | None = None,
           known: set[str] | None = None) -> list[str]:
    """Fold each case again from all its events and write its projection row.

    Without ``new``, every case is read back whole. With the batch just inserted as
    ``new``, only the cases in ``known`` (those that had events here before it) are read
    back; the others are folded from the batch itself, which holds all their events.
    """
    existing = set(known or ()) if new is not None else set(case_uuids)
    lookup = None
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    need_lookup = any(e.get("format", CURRENT_FORMAT) < CURRENT_FORMAT for e in (new or []))
    if existing or need_lookup:
        lookup = officer_lookup(s)
    for keys_in in key_conditions(s, Event.case_uuid, sorted(existing)):
        rows = s.execute(select(*[getattr(Event, c) for c in _EVENT_COLUMNS]).where(keys_in))
        for r in rows:
            grouped[r.case_uuid].append(r._mapping)
    for e in new or []:
        if e.get("case_uuid") and e["case_uuid"] not in existing:
            grouped[e["case_uuid"]].append(e)
    out_rows = []
    in_conflict = []
    for case_uuid in case_uuids:
        # read one case at a time: a township's parsed payloads need not all be held at once
        events = [_record(e, lookup) for e in grouped.pop(case_uuid, ())]
        if not events:
            continue
        state = fold_case(case_uuid, events)
        if state.status is None:
            continue  # its intake has not arrived yet: no row until it does
        if state.conflicts:
            in_conflict.append(case_uuid)
        out_rows.append(row_values(state, ws.calendar, max(e.hlc for e in events)))
    save_rows(s, out_rows)
    return in_conflict


def _record(e: Mapping[str, Any], lookup) -> EventRecord:
    if e.get("format") == CURRENT_FORMAT:
        return EventRecord(e["uuid"], e["type"], orjson.loads(e["payload"]), e.get("officer_uuid") or "", e["officer"],
                           e["hlc"], e["station_uuid"], e["seq"])
    return upgrade(uuid=e["uuid"], type=e["type"], payload=orjson.loads(e["payload"]), officer=e["officer"],
                   officer_uuid=e.get("officer_uuid"), format=e.get("format") or 1, hlc=e["hlc"],
                   station_uuid=e["station_uuid"], seq=e["seq"], lookup=lookup)


def export_rows(s: Session, station_uuid: str | None = None) -> ForeignBatch:
    """Every event held (or one station's), with the rows they name: what a peer needs.

    The package export of the sync issue writes this to a file; tests hand it straight to
    another data folder's :func:`append_foreign`.
    """
    query = select(*[getattr(Event, c) for c in _EVENT_COLUMNS]).order_by(Event.station_uuid, Event.seq)
    if station_uuid is not None:
        query = query.where(Event.station_uuid == station_uuid)
    events = [dict(r._mapping) for r in s.execute(query)]
    stations = [_row(r, ("uuid", "centre_name", "short_name", "window_name", "code", "previous_uuid",
                         "number_format", "public_key")) for r in s.scalars(select(Station))]
    officers = [_row(r, ("uuid", "station_uuid", "username", "display_name", "role"))
                for r in s.scalars(select(Officer))]
    items = [_row(r, ("uuid", "station_uuid", "code", "version", "name", "content", "content_hash", "created_at",
                      "created_by")) for r in s.scalars(select(ItemVersion))]
    return ForeignBatch(events, stations, officers, items)


def _row(obj: Any, columns: Iterable[str]) -> dict[str, Any]:
    return {c: getattr(obj, c) for c in columns}


__all__ = ["AppendResult", "BatchRefused", "ForeignBatch", "LocalAppender", "append_foreign", "append_foreign_in",
           "export_rows", "refold"]
