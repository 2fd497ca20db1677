"""Import a sync package: verify everything, show a dry run, then apply all or nothing.

Order of checks, each refusing the whole package with a sentence an officer understands
and the database untouched: the container, the signature against the sender's registered
key (a revoked sender is refused, an unknown one needs ``--trust-new``), the format and
schema revision, every event's hash and each station's chain inside the package, and
then the package against what is held here: the same event again is "already present";
the same id or sequence number with other content is a fork, refused by name.

A package that starts past what is held of a station (a gap: an earlier package has not
arrived yet) is kept aside in ``sync/pending`` and applied by itself once the gap is
filled, so packages in any order end in the same state and one waiting package blocks
no other. The dry run is the real apply inside a transaction that is rolled back, so its
counts (new, present, cases, conflicts) are exactly what applying would do.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import func, select

from app.services.append import BatchRefused, ForeignBatch, append_foreign_in, hold_import_lock
from app.services.officers import Actor
from app.services.sync_keys import county_key, require_supervisor, revoked, trusted_key
from app.services.workspace import Workspace
from app.store import seal
from app.store import server
from app.store.database import known_revisions, retried
from app.store.event_format import CURRENT_FORMAT, event_hash
from app.store.events import GENESIS, chain_head
from app.store.key_lists import key_conditions
from app.store.models import CaseRow, Event, Station, SyncLogRow
from app.sync import package
from app.sync.package import PackageProblem, VerifiedPackage

PENDING = Path("sync") / "pending"
MAX_LINE = 4 * 1024 * 1024


class ImportRefused(PackageProblem):
    """The package is sound as a file but cannot join what is held here (a fork, a clash)."""


@dataclass
class Gap:
    station: str
    code: str
    held_through: int
    starts_at: int

    def text(self) -> str:
        return (f"站点 {self.code or self.station[:8]} 本机只有到第 {self.held_through} 号的事件，"
                f"数据包从第 {self.starts_at} 号开始，缺第 {self.held_through + 1}–{self.starts_at - 1} 号")


@dataclass
class ImportReport:
    file: Path
    source: dict[str, Any]
    fingerprint: str
    encrypted: bool
    events: int = 0
    new_events: int = 0
    present: int = 0
    cases_new: int = 0
    cases_touched: int = 0
    conflicts: list[str] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    held_aside: Path | None = None
    applied: bool = False
    dry_run: bool = False
    trusted_now: bool = False
    also_applied: list["ImportReport"] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file), "source": self.source, "fingerprint": self.fingerprint,
            "encrypted": self.encrypted, "events": self.events, "new_events": self.new_events,
            "present": self.present, "cases_new": self.cases_new, "cases_touched": self.cases_touched,
            "conflicts": self.conflicts, "gaps": [g.text() for g in self.gaps],
            "held_aside": str(self.held_aside) if self.held_aside else None, "applied": self.applied,
            "dry_run": self.dry_run, "trusted_now": self.trusted_now,
            "also_applied": [r.to_json() for r in self.also_applied],
        }


class _DryRun(Exception):
    """Raised inside the transaction to roll the dry run back."""


@retried
def import_package(ws: Workspace, actor: Actor, path: Path, *, dry_run: bool = False, trust_new: bool = False,
                   retry_pending: bool = True) -> ImportReport:
    if trust_new:
        require_supervisor(actor, "trust_new_key")
    data = package.read_file(path)
    pkg = verify(ws, data, trust_new=trust_new)
    digest = hashlib.sha256(data).hexdigest()
    held = already_held(ws, pkg)
    if held is not None:
        if not dry_run:
            _log_once(ws, digest, path, pkg, 0, "applied")
        return ImportReport(path, pkg.manifest["source"], pkg.key.fingerprint, pkg.encrypted, events=held,
                            present=held, dry_run=dry_run)
    events = parse_events(pkg)
    report = ImportReport(path, pkg.manifest["source"], pkg.key.fingerprint, pkg.encrypted, events=len(events),
                          dry_run=dry_run)
    fresh, report.present, report.gaps = against_store(ws, events)
    if report.gaps:
        if not dry_run:
            if trusted_key(ws)(pkg.manifest["source"]["uuid"]) is None:
                with ws.write() as s:  # the officer trusted it on its fingerprint: remember that now
                    hold_import_lock(s)
                    _register_stations(s, pkg, trust_signer=True)
                report.trusted_now = True
            report.held_aside = hold_aside(ws, path, data, pkg, report.gaps)
            _log_once(ws, digest, path, pkg, 0, "waiting")
        return report
    report.new_events = len(fresh)
    signer_known = trusted_key(ws)(pkg.manifest["source"]["uuid"]) is not None
    report.trusted_now = not signer_known
    if not fresh and signer_known:
        if not dry_run:
            _log_once(ws, digest, path, pkg, 0, "applied")
        return report  # all already here: nothing else to write
    batch = _batch(pkg, fresh)
    try:
        with ws.write() as s:
            hold_import_lock(s)
            _register_stations(s, pkg, trust_signer=not signer_known)
            before = _held_cases(s, {e["case_uuid"] for e in fresh if e.get("case_uuid")})
            result = append_foreign_in(ws, s, batch)
            report.cases_touched = result.cases
            report.cases_new = result.cases - before
            report.conflicts = _numbers(s, result.in_conflict)
            if dry_run:
                raise _DryRun
            _log(s, digest, path, pkg, report.new_events, "applied")
    except _DryRun:
        return report
    except BatchRefused as exc:
        raise ImportRefused(f"数据包未导入：{exc}", "import_batch_refused", problem=exc) from None
    report.applied = True
    if retry_pending:
        report.also_applied = apply_pending(ws, actor)
    return report


def verify(ws: Workspace, data: bytes, *, trust_new: bool = False) -> VerifiedPackage:
    header = package.peek_public(data)
    source = header.get("source") or {}
    if isinstance(source, dict) and isinstance(source.get("uuid"), str) and revoked(ws, source["uuid"]):
        raise ImportRefused(f"站点“{source.get('name', '?')}”的密钥已被吊销，不再接受其数据包",
                            "import_revoked", name=str(source.get('name', '?')))
    if ws.station is not None and isinstance(source, dict) and source.get("uuid") in _own(ws):
        raise ImportRefused("这是本站自己导出的数据包，无需导入", "import_own")
    pkg = package.read(data, trusted_key(ws), county_key=county_key(ws), trust_new=trust_new)
    _check_seal(pkg)
    revision = pkg.manifest.get("schema_revision")
    if revision not in known_revisions():
        raise ImportRefused(f"数据包由数据结构版本 {revision} 的程序（approval-window "
                            f"{pkg.manifest.get('program_version', '?')}）生成，比本程序新：请先升级本程序再导入",
                            "import_newer_schema", revision=str(revision),
                            program=str(pkg.manifest.get('program_version', '?')))
    return pkg


def already_held(ws: Workspace, pkg: VerifiedPackage) -> int | None:
    """The event count when every chain the package carries is held here already, else None.

    The signed manifest names each chain's range by the hash before its first event and
    the hash of its last; the chains are hash-linked, so when this station holds both ends
    with those hashes it holds every event between, byte for byte (the member hashes under
    the signature tie the events to the manifest). A package carried twice is then
    recognised without reading its events again.
    """
    spans = pkg.manifest.get("stations")
    if not isinstance(spans, list) or not spans:
        return None
    total = 0
    with ws.read() as s:
        for span in spans:
            if not isinstance(span, dict):
                return None
            station, first, last = span.get("uuid"), span.get("first_seq"), span.get("last_seq")
            if not (isinstance(station, str) and isinstance(first, int) and isinstance(last, int)
                    and 1 <= first <= last and span.get("count") == last - first + 1):
                return None
            ends = dict(s.execute(select(Event.seq, Event.hash).where(
                Event.station_uuid == station, Event.seq.in_([first - 1, last]))).all())
            before = GENESIS if first == 1 else ends.get(first - 1)
            if ends.get(last) != span.get("head_hash") or before != span.get("prev_hash"):
                return None
            total += last - first + 1
    if total != pkg.manifest.get("event_count") or pkg.content.events.count(b"\n") != total:
        return None
    return total


def _check_seal(pkg: VerifiedPackage) -> None:
    """The sender's seal over its chain heads travels in the package: it must be the sender's,
    and say the same as the package about any chain end they share."""
    sealed = pkg.manifest.get("seal")
    if sealed is None:
        return  # a station that has not sealed yet (no key when it last wrote)
    source = pkg.manifest["source"]
    try:
        body = seal.verified_statement(sealed, base64.b64encode(pkg.key.raw).decode("ascii"))
    except ValueError:
        raise PackageProblem("数据包所附的站点封印签名无效，已拒绝", "import_seal_invalid") from None
    if body.get("station") != source["uuid"]:
        raise PackageProblem("数据包所附的封印属于另一个站点，已拒绝", "import_seal_other")
    for span in pkg.manifest.get("stations") or []:
        head = body["heads"].get(span.get("uuid")) if isinstance(span, dict) else None
        if isinstance(head, list) and len(head) == 2 and head[0] == span.get("last_seq") \
                and head[1] != span.get("head_hash"):
            raise PackageProblem(f"数据包中站点 {str(span.get('uuid'))[:8]} 的事件链末端与发送站点封印的不同：已拒绝",
                                 "import_seal_head", station=str(span.get('uuid'))[:8])


def parse_events(pkg: VerifiedPackage) -> list[dict[str, Any]]:
    """The events, each re-hashed and chained within the package, matching the manifest."""
    events: list[dict[str, Any]] = []
    for number, line in enumerate(pkg.event_lines(), 1):
        if len(line) > MAX_LINE:
            raise PackageProblem(f"数据包第 {number} 条事件过长，已拒绝", "event_too_long", number=number)
        try:
            e = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise PackageProblem(f"数据包第 {number} 条事件不是有效的 JSON", "event_json", number=number) from None
        events.append(_checked_event(e, number))
    declared = pkg.manifest.get("stations")
    if not isinstance(declared, list) or pkg.manifest.get("event_count") != len(events):
        raise PackageProblem("数据包清单记载的事件数与内容不符", "manifest_event_count")
    by_station: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        by_station.setdefault(e["station_uuid"], []).append(e)
    spans = {d.get("uuid"): d for d in declared if isinstance(d, dict)}
    if set(spans) != set(by_station):
        raise PackageProblem("数据包清单记载的站点与事件不符", "manifest_stations")
    for station, chain in by_station.items():
        chain.sort(key=lambda e: e["seq"])
        span = spans[station]
        for a, b in zip(chain, chain[1:]):
            if b["seq"] != a["seq"] + 1 or b["prev_hash"] != a["hash"]:
                raise PackageProblem(f"数据包中站点 {station[:8]} 的事件链在第 {b['seq']} 号处断开，已拒绝",
                                     "chain_broken", station=station[:8], seq=b['seq'])
        if (span.get("first_seq"), span.get("last_seq"), span.get("count"), span.get("head_hash"),
                span.get("prev_hash")) != (chain[0]["seq"], chain[-1]["seq"], len(chain), chain[-1]["hash"],
                                           chain[0]["prev_hash"]):
            raise PackageProblem(f"数据包清单记载的站点 {station[:8]} 事件范围与内容不符", "manifest_span", station=station[:8])
    return events


_FIELDS: dict[str, type | tuple[type, ...]] = {
    "uuid": str, "station_uuid": str, "seq": int, "case_uuid": (str, type(None)), "officer": str,
    "officer_uuid": (str, type(None)), "format": int, "hlc": str, "type": str, "payload": str, "prev_hash": str,
    "hash": str,
}


def _checked_event(e: Any, number: int) -> dict[str, Any]:
    if not isinstance(e, dict) or set(e) != set(_FIELDS):
        raise PackageProblem(f"数据包第 {number} 条事件的字段不对", "event_fields", number=number)
    for name, kind in _FIELDS.items():
        if not isinstance(e[name], kind) or isinstance(e[name], bool):
            raise PackageProblem(f"数据包第 {number} 条事件的 {name} 类型不对", "event_field_type", number=number, field=name)
    if not 1 <= e["format"] <= CURRENT_FORMAT:
        raise PackageProblem(f"数据包第 {number} 条事件的格式版本 {e['format']} 本程序不认识：请先升级本程序",
                             "event_format", number=number, version=e['format'])
    if e["seq"] < 1:
        raise PackageProblem(f"数据包第 {number} 条事件的序号无效", "event_seq", number=number)
    fields = {k: e[k] for k in _FIELDS if k != "hash"}
    if e["format"] < 2:
        fields.pop("officer_uuid")
    if event_hash(**fields) != e["hash"]:
        raise PackageProblem(f"数据包第 {number} 条事件（站点 {e['station_uuid'][:8]} 第 {e['seq']} 号）"
                             "的校验值不符：内容被改动过", "event_hash", number=number, station=e['station_uuid'][:8], seq=e['seq'])
    try:
        orjson.loads(e["payload"])
    except orjson.JSONDecodeError:
        raise PackageProblem(f"数据包第 {number} 条事件的内容不是有效的 JSON", "event_payload", number=number) from None
    for name in _REPEATED:  # one string object per station, case, officer and type, not one per event
        if e[name] is not None:
            e[name] = sys.intern(e[name])
    return e


_REPEATED = ("station_uuid", "case_uuid", "officer", "officer_uuid", "type")


def against_store(ws: Workspace, events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int, list[Gap]]:
    """Events not yet held, how many are held already, and the gaps before what is not."""
    fresh: list[dict[str, Any]] = []
    present = 0
    gaps: list[Gap] = []
    by_station: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        by_station.setdefault(e["station_uuid"], []).append(e)
    with ws.read() as s:
        codes = dict(s.execute(select(Station.uuid, Station.code)).all())
        for station, chain in sorted(by_station.items()):
            head = chain_head(s, station)
            held = [e for e in chain if e["seq"] <= head.seq]
            stored: dict[int, tuple[str, str]] = {}
            for seqs_in in key_conditions(s, Event.seq, [e["seq"] for e in held]):
                for seq, uuid, hash_ in s.execute(select(Event.seq, Event.uuid, Event.hash).where(
                        Event.station_uuid == station, seqs_in)):
                    stored[seq] = (uuid, hash_)
            for e in held:
                if stored.get(e["seq"]) != (e["uuid"], e["hash"]):
                    raise _fork(codes.get(station, ""), station, e["seq"])
            present += len(held)
            new = [e for e in chain if e["seq"] > head.seq]
            if not new:
                continue
            if new[0]["seq"] > head.seq + 1:
                gaps.append(Gap(station, codes.get(station, ""), head.seq, new[0]["seq"]))
                continue
            if new[0]["prev_hash"] != head.hash:
                raise _fork(codes.get(station, ""), station, new[0]["seq"])
            fresh.extend(new)
        for uuids_in in key_conditions(s, Event.uuid, [e["uuid"] for e in fresh]):
            for uuid, station, seq in s.execute(select(Event.uuid, Event.station_uuid, Event.seq).where(uuids_in)):
                raise ImportRefused(f"事件 {uuid} 本机已作为站点 {codes.get(station) or station[:8]} 的第 {seq} 号"
                                    "事件持有，数据包却把它放在别处（分叉）；整个数据包未导入",
                                    "event_elsewhere", event=uuid, station=codes.get(station) or station[:8], seq=seq)
    return fresh, present, gaps


def _fork(code: str, station: str, seq: int) -> ImportRefused:
    return ImportRefused(f"站点 {code or station[:8]} 的第 {seq} 号事件与本机已有的内容不同（链分叉：该站点可能从备份恢复后"
                         "重复使用了序号）；整个数据包未导入，请联系该站点", "import_fork", station=code or station[:8],
                         seq=seq)


def _batch(pkg: VerifiedPackage, fresh: list[dict[str, Any]]) -> ForeignBatch:
    try:
        refs = json.loads(pkg.content.refs.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageProblem("数据包的引用数据不是有效的 JSON", "refs_json") from None
    if not isinstance(refs, dict):
        raise PackageProblem("数据包的引用数据格式不对", "refs_shape")
    items = [dict(r, created_at=_when(r.get("created_at"))) for r in refs.get("item_versions", [])
             if isinstance(r, dict)]
    return ForeignBatch(fresh, [r for r in refs.get("stations", []) if isinstance(r, dict)],
                        [r for r in refs.get("officers", []) if isinstance(r, dict)], items)


def _when(text: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def _register_stations(s, pkg: VerifiedPackage, *, trust_signer: bool) -> None:
    """Stations named in the package, held from now on; only the signer's key is trusted, and
    only when an officer chose to trust it on its fingerprint."""
    source = pkg.manifest["source"]
    signer_key = pkg.key.raw
    import base64

    signer_text = base64.b64encode(signer_key).decode("ascii")
    refs = json.loads(pkg.content.refs.decode("utf-8")).get("stations", [])
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    for r in refs:
        if not isinstance(r, dict) or not isinstance(r.get("uuid"), str):
            continue
        row = s.get(Station, r["uuid"])
        is_signer = r["uuid"] == source["uuid"]
        if is_signer and r.get("public_key") not in (None, signer_text):
            raise PackageProblem("数据包签名密钥与其站点信息中的公钥不一致，已拒绝", "signer_key_differs")
        if row is None:
            s.add(Station(uuid=r["uuid"], centre_name=str(r.get("centre_name", "")),
                          short_name=str(r.get("short_name", "")), window_name=str(r.get("window_name", "")),
                          code=str(r.get("code", "")), previous_uuid=r.get("previous_uuid"),
                          number_format=str(r.get("number_format", "")),
                          public_key=signer_text if is_signer else r.get("public_key"), is_local=False,
                          trusted=is_signer and trust_signer, created_at=now))
        elif is_signer and trust_signer:
            row.public_key, row.trusted = signer_text, True
        elif not row.is_local:
            # names and codes may have been set in the settings since; keys are never replaced here
            row.centre_name = str(r.get("centre_name", row.centre_name))
            row.window_name = str(r.get("window_name", row.window_name))
            row.code = str(r.get("code", row.code))
    s.flush()


def _log(s, digest: str, path: Path, pkg: VerifiedPackage, new_events: int, outcome: str) -> None:
    server.lock(s, f"sync_log:{digest}")  # the same file imported by two hub processes at once
    row = s.get(SyncLogRow, digest)
    if row is None:
        s.add(SyncLogRow(sha256=digest, source_uuid=pkg.manifest["source"]["uuid"], file_name=path.name[:255],
                         created=str(pkg.manifest.get("created", ""))[:40],
                         received_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                         events=int(pkg.manifest.get("event_count", 0)), new_events=new_events, outcome=outcome))
    elif row.outcome != outcome:
        row.outcome, row.new_events = outcome, new_events


def _log_once(ws: Workspace, digest: str, path: Path, pkg: VerifiedPackage, new_events: int, outcome: str) -> None:
    with ws.read() as s:
        row = s.get(SyncLogRow, digest)
        if row is not None and row.outcome == outcome:
            return
    with ws.write() as s:
        _log(s, digest, path, pkg, new_events, outcome)


@dataclass(frozen=True)
class Received:
    source_uuid: str
    packages: int
    newest: dt.datetime | None


def packages_received(ws: Workspace, first: dt.datetime | None = None,
                      last: dt.datetime | None = None) -> dict[str, Received]:
    """Per sending station: packages received (in the period) and when the newest came."""
    with ws.read() as s:
        query = select(SyncLogRow.source_uuid, func.count(), func.max(SyncLogRow.received_at)).group_by(
            SyncLogRow.source_uuid)
        if first is not None:
            query = query.where(SyncLogRow.received_at >= first)
        if last is not None:
            query = query.where(SyncLogRow.received_at < last)
        return {u: Received(u, n, newest) for u, n, newest in s.execute(query).all()}


def _held_cases(s, uuids: set[str]) -> int:
    count = 0
    for keys_in in key_conditions(s, CaseRow.uuid, sorted(uuids)):
        count += s.scalar(select(func.count()).select_from(CaseRow).where(keys_in))
    return count


def _numbers(s, uuids: list[str]) -> list[str]:
    if not uuids:
        return []
    return sorted(s.scalars(select(CaseRow.number).where(CaseRow.uuid.in_(uuids))))


def _own(ws: Workspace) -> list[str]:
    with ws.read() as s:
        return ws.own_stations(s)


# -- packages waiting for an earlier one ------------------------------------------------------


def pending_folder(ws: Workspace) -> Path:
    return ws.paths.root / PENDING


def hold_aside(ws: Workspace, path: Path, data: bytes, pkg: VerifiedPackage, gaps: list[Gap]) -> Path:
    folder = pending_folder(ws)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{hashlib.sha256(data).hexdigest()[:32]}{package.EXTENSION}"
    if not target.exists():
        from app.store.atomic import atomic_write_bytes

        atomic_write_bytes(target, data)
        target.chmod(0o600)
    info = {"file": path.name, "source": pkg.manifest["source"], "gaps": [g.text() for g in gaps],
            "held_since": dt.datetime.now().isoformat(timespec="seconds")}
    target.with_suffix(".json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    return target


@dataclass(frozen=True)
class PendingPackage:
    path: Path
    file: str
    source: dict[str, Any]
    gaps: list[str]
    held_since: str


def list_pending(ws: Workspace) -> list[PendingPackage]:
    out = []
    for path in sorted(pending_folder(ws).glob(f"*{package.EXTENSION}")):
        try:
            info = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        out.append(PendingPackage(path, info.get("file", path.name), info.get("source", {}), info.get("gaps", []),
                                  info.get("held_since", "")))
    return out


def apply_pending(ws: Workspace, actor: Actor) -> list[ImportReport]:
    """Apply every held package whose gap is now filled, until none moves; a bad one is left."""
    applied: list[ImportReport] = []
    progress = True
    while progress:
        progress = False
        for held in list_pending(ws):
            try:
                report = import_package(ws, actor, held.path, retry_pending=False)
            except PackageProblem:
                continue  # it stays aside, listed, and blocks nothing
            if report.held_aside is None:
                held.path.unlink(missing_ok=True)
                held.path.with_suffix(".json").unlink(missing_ok=True)
                applied.append(report)
                progress = True
    return applied


def discard_pending(ws: Workspace, name: str) -> Path:
    for held in list_pending(ws):
        if held.path.name == name or held.path.stem == name:
            shutil.move(str(held.path), str(held.path.with_suffix(".discarded")))
            held.path.with_suffix(".json").unlink(missing_ok=True)
            return held.path
    raise ImportRefused(f"没有暂存的数据包 {name}", "no_pending_package", name=name)
