"""Receipts: the receiver says what it holds; the sender checks it and stops re-sending it.

Confirmation is per chain: a receipt that names this station's event N with the hash this
station holds for N confirms events 1..N of that chain; the next export starts after N.
A receipt that disagrees (another hash, a range this station never wrote) is reported and
confirms nothing of that chain. A receipt holding less than an earlier one (the receiver
restored a backup) lowers the mark, so the next export sends the missing part again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from app.services.maintenance import projection_digest
from app.services.exports import check_output_path
from app.services.sync_keys import find_station, signing_key, trusted_key
from app.services.workspace import Workspace
from app.store.atomic import atomic_write_bytes
from app.services import changes
from app.services.changes import OpChanges
from app.store.models import CaseRow, ChainHeadRow, Event, Receipt, Station
from app.store.upsert import upsert
from app.sync import receipt as receipt_format
from app.sync.package import PackageProblem, read_file


@dataclass(frozen=True)
class ReceiptMade:
    path: Path
    stations: int
    events: int


def make_receipt(ws: Workspace, to: str, out: Path) -> ReceiptMade:
    station = ws.require_station()
    check_output_path(ws.paths, out)
    key = signing_key(ws)
    with ws.read() as s:
        peer = find_station(s, to)
        heads = list(s.scalars(select(ChainHeadRow).order_by(ChainHeadRow.station_uuid)))
        cases = s.scalar(select(func.count()).select_from(CaseRow)) or 0
    body = {
        "receiver": {"uuid": station.uuid, "name": station.centre_name + station.window_name, "code": station.code},
        "to_station": peer.uuid,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "holdings": [{"station": h.station_uuid, "through_seq": h.seq, "head_hash": h.hash} for h in heads],
        "cases_digest": projection_digest(ws),
        "case_count": cases,
    }
    atomic_write_bytes(out, receipt_format.build(body, key))
    out.chmod(0o600)
    return ReceiptMade(out, len(heads), sum(h.seq for h in heads))


@dataclass
class ReceiptReport:
    receiver: dict
    created: str
    confirmed: dict[str, int] = field(default_factory=dict)
    lowered: dict[str, tuple[int, int]] = field(default_factory=dict)
    disagreements: list[str] = field(default_factory=list)
    digest_agrees: bool | None = None
    unconfirmed_cases: int = 0

    def to_json(self) -> dict:
        return {"receiver": self.receiver, "created": self.created, "confirmed": self.confirmed,
                "lowered": {k: list(v) for k, v in self.lowered.items()}, "disagreements": self.disagreements,
                "digest_agrees": self.digest_agrees, "unconfirmed_cases": self.unconfirmed_cases}


def import_receipt(ws: Workspace, path: Path) -> ReceiptReport:
    ws.require_station()
    got = receipt_format.read(read_file(path), trusted_key(ws))
    with ws.read() as s:
        own = ws.own_stations(s)
        if got.to_station not in own:
            raise PackageProblem(f"这份回执是出具给另一站点的（{got.to_station[:8]}），不是本站的",
                                 "receipt_other_station", station=got.to_station[:8])
        codes = dict(s.execute(select(Station.uuid, Station.code)).all())
        heads = {h.station_uuid: (h.seq, h.hash) for h in s.scalars(select(ChainHeadRow))}
        earlier = dict(s.execute(select(Receipt.station_uuid, Receipt.last_seq)
                                 .where(Receipt.peer_uuid == got.receiver["uuid"])).all())
        report = ReceiptReport(got.receiver, got.created)
        for h in got.holdings:
            name = codes.get(h.station) or h.station[:8]
            held = heads.get(h.station)
            if held is None:
                continue  # a chain this station does not hold: nothing to compare, nothing to confirm
            if h.through_seq > held[0]:
                if h.station in own:
                    report.disagreements.append(f"回执称持有站点 {name} 到第 {h.through_seq} 号的事件，"
                                                f"但本站只写到第 {held[0]} 号：回执与本站记录不符")
                continue
            stored = s.scalar(select(Event.hash).where(Event.station_uuid == h.station, Event.seq == h.through_seq))
            if h.through_seq > 0 and stored != h.head_hash:
                report.disagreements.append(f"回执中站点 {name} 第 {h.through_seq} 号事件的校验值与本站不同："
                                            "对方持有的内容与本站不一致，未予确认")
                continue
            report.confirmed[h.station] = h.through_seq
            if earlier.get(h.station, 0) > h.through_seq:
                report.lowered[h.station] = (earlier[h.station], h.through_seq)
        same_set = {st: seq for st, (seq, _h) in heads.items()} == {h.station: h.through_seq for h in got.holdings}
    if same_set:
        report.digest_agrees = projection_digest(ws) == got.cases_digest
        if not report.digest_agrees:
            report.disagreements.append("双方持有相同的事件，但案件状态摘要不同：请在两边运行 admin check 并联系县级信息化人员")
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    if report.confirmed:
        with ws.write() as s:
            upsert(s, Receipt.__table__, [{"peer_uuid": got.receiver["uuid"], "station_uuid": st, "last_seq": seq,
                                           "received_at": now} for st, seq in report.confirmed.items()])
            changes.note_in_session(s.info, OpChanges(sync=True))
    report.unconfirmed_cases = unconfirmed_cases(ws, got.receiver["uuid"])
    return report


def unconfirmed_cases(ws: Workspace, receiver: str | None) -> int:
    """Cases with at least one event of this station's chains the receiver has not confirmed."""
    with ws.read() as s:
        own = ws.own_stations(s)
        marks = {} if receiver is None else dict(s.execute(
            select(Receipt.station_uuid, Receipt.last_seq).where(Receipt.peer_uuid == receiver)).all())
        unconfirmed: set[str] = set()
        for st in own:
            query = select(Event.case_uuid).where(Event.station_uuid == st, Event.seq > marks.get(st, 0),
                                                  Event.case_uuid.is_not(None)).distinct()
            unconfirmed.update(s.scalars(query))
        return len(unconfirmed)


@dataclass(frozen=True)
class SyncStatus:
    receiver: dict | None
    last_receipt: dt.datetime | None
    confirmed: dict[str, int]
    unconfirmed_cases: int


def status(ws: Workspace) -> SyncStatus:
    from app.services.sync_export import default_receiver

    receiver = default_receiver(ws)
    with ws.read() as s:
        info = None
        last = None
        confirmed: dict[str, int] = {}
        if receiver is not None:
            row = s.get(Station, receiver)
            info = {"uuid": receiver, "name": (row.centre_name + row.window_name) if row else "",
                    "code": row.code if row else ""}
            last = s.scalar(select(func.max(Receipt.received_at)).where(Receipt.peer_uuid == receiver))
            confirmed = dict(s.execute(select(Receipt.station_uuid, Receipt.last_seq)
                                       .where(Receipt.peer_uuid == receiver)).all())
    return SyncStatus(info, last, confirmed, unconfirmed_cases(ws, receiver))
