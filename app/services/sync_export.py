"""Export a sync package: what the receiver has not yet confirmed, signed, maybe sealed.

By default the receiver is the station whose receipt came last (the county, for a
township), and the package carries every event of every chain held here past what that
receiver's receipt confirmed, so a township relays its windows' events too. ``--all``
ignores receipts. Nothing is written until the package is whole: a pulled stick or a
cancelled export leaves no file that looks complete.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import orjson
from sqlalchemy import and_, or_, select

from app import __version__
from app.domain.refusal import Worded
from app.services.append import _EVENT_COLUMNS
from app.services.exports import check_output_path
from app.services.sync_keys import find_station, signing_key
from app.services.workspace import Workspace
from app.store import seal
from app.store.atomic import atomic_write_bytes
from app.store.database import head_revision
from app.store.key_lists import key_conditions
from app.services import changes
from app.services.changes import OpChanges
from app.store.models import ChainHeadRow, Event, ItemVersion, Officer, Receipt, Station
from app.sync import package
from app.sync.package import PackageContent

Progress = Callable[[int, int], None]
STATION_COLUMNS = ("uuid", "centre_name", "short_name", "window_name", "code", "previous_uuid", "number_format",
                   "public_key")
OFFICER_COLUMNS = ("uuid", "station_uuid", "username", "display_name", "role")
ITEM_COLUMNS = ("uuid", "station_uuid", "code", "version", "name", "content", "content_hash", "created_at",
                "created_by")


class NothingToExport(Worded, Exception):
    """Every event held here is confirmed by the receiver: there is nothing new to carry."""


class ExportCancelled(Worded, Exception):
    """The officer cancelled; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    events: int
    cases: int
    ranges: dict[str, tuple[int, int]]
    receiver: str | None
    encrypted: bool
    size: int
    warnings: list[str] = field(default_factory=list)


def confirmed_by(ws: Workspace, receiver: str | None) -> dict[str, int]:
    """Station uuid → the last sequence number the receiver's receipt confirmed."""
    if receiver is None:
        return {}
    with ws.read() as s:
        return dict(s.execute(select(Receipt.station_uuid, Receipt.last_seq).where(Receipt.peer_uuid == receiver)).all())


def default_receiver(ws: Workspace) -> str | None:
    """The peer whose receipt came last: the station this one reports to."""
    with ws.read() as s:
        return s.scalar(select(Receipt.peer_uuid).order_by(Receipt.received_at.desc()).limit(1))


def export_package(ws: Workspace, out: Path, *, to: str | None = None, everything: bool = False,
                   encrypt_to: list[str] | None = None, progress: Progress | None = None,
                   cancelled: threading.Event | None = None) -> ExportResult:
    """Write one package file; raises :class:`NothingToExport` when there is nothing new."""
    station = ws.require_station()
    check_output_path(ws.paths, out)
    key = signing_key(ws)
    receiver = None
    if to is not None:
        with ws.read() as s:
            receiver = find_station(s, to).uuid
    elif not everything:
        receiver = default_receiver(ws)
    confirmed = {} if everything else confirmed_by(ws, receiver)
    with ws.read() as s:
        heads = {r.station_uuid: r.seq for r in s.scalars(select(ChainHeadRow))}
        wanted = {st: confirmed.get(st, 0) for st, seq in heads.items() if seq > confirmed.get(st, 0)}
        if not wanted:
            raise NothingToExport("没有需要上报的新数据：对方已确认本机的全部事件", "nothing_to_export")
        total = sum(heads[st] - after for st, after in wanted.items())
        lines: list[bytes] = []
        ranges: dict[str, list[Any]] = {}
        officers: set[str] = set()
        versions: set[str] = set()
        cases: set[str] = set()
        condition = or_(*[and_(Event.station_uuid == st, Event.seq > after) for st, after in wanted.items()])
        query = (select(*[getattr(Event, c) for c in _EVENT_COLUMNS]).where(condition)
                 .order_by(Event.station_uuid, Event.seq).execution_options(yield_per=5000))
        for row in s.execute(query):
            e = dict(row._mapping)
            lines.append(orjson.dumps(e) + b"\n")
            span = ranges.setdefault(e["station_uuid"], [e["seq"], e["seq"], e["prev_hash"], e["hash"], 0])
            span[1], span[3], span[4] = e["seq"], e["hash"], span[4] + 1
            if e["officer_uuid"]:
                officers.add(e["officer_uuid"])
            if e["case_uuid"]:
                cases.add(e["case_uuid"])
            if e["type"] == "intake_logged":
                version = orjson.loads(e["payload"]).get("item", {}).get("version_uuid")
                if version:
                    versions.add(version)
            if len(lines) % 5000 == 0:
                _step(progress, cancelled, len(lines), total)
        _step(progress, cancelled, len(lines), total)
        sealed = seal.current_seal(s)
        stations = set(ranges) | {station.uuid}
        refs = {
            "stations": _rows(s, Station, STATION_COLUMNS, stations),
            "officers": _rows(s, Officer, OFFICER_COLUMNS, officers),
            "item_versions": _rows(s, ItemVersion, ITEM_COLUMNS, versions),
        }
    manifest = {
        "source": {"uuid": station.uuid, "name": station.centre_name + station.window_name, "code": station.code},
        "to_station": receiver,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "schema_revision": head_revision(),
        "program_version": __version__,
        "event_count": len(lines),
        "case_count": len(cases),
        "seal": sealed,
        "stations": [{"uuid": st, "first_seq": a, "last_seq": b, "prev_hash": p, "head_hash": h, "count": n}
                     for st, (a, b, p, h, n) in sorted(ranges.items())],
    }
    refs_bytes = json.dumps(refs, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    data = package.build(PackageContent(manifest, b"".join(lines), refs_bytes), key, encrypt_to=encrypt_to)
    if cancelled is not None and cancelled.is_set():
        raise ExportCancelled("已取消导出，未写入任何文件", "export_cancelled")
    atomic_write_bytes(out, data)
    out.chmod(0o600)
    changes.note(OpChanges(sync=True))  # the package is written: the status line's "last sent" moves
    return ExportResult(out, len(lines), len(cases), {st: (r[0], r[1]) for st, r in ranges.items()}, receiver,
                        bool(encrypt_to), len(data))


def _step(progress: Progress | None, cancelled: threading.Event | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled.is_set():
        raise ExportCancelled("已取消导出，未写入任何文件", "export_cancelled")
    if progress is not None:
        progress(done, total)


def _rows(s, model, columns: tuple[str, ...], uuids: set[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for among in key_conditions(s, model.uuid, sorted(uuids)):
        for obj in s.scalars(select(model).where(among).order_by(model.uuid)):
            out.append({c: getattr(obj, c) for c in columns})
    return out
