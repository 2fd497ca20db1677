"""Who signs, who is trusted: this station's signing key and the keys of its peers.

A package is accepted only from a station whose public key an officer registered here
(``station trust FILE``, or ``--trust-new`` after reading the fingerprint out on the
phone). Peers' keys live on their station rows; a revoked station stays known (its
events are history) but nothing it signs is accepted any more. The county decrypts
sealed packages with its age identity, kept beside the signing key in ``keys/``.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import or_, select

from app.domain.refusal import Worded
from app.services.exports import check_output_path
from app.services.officers import Actor, OfficerError
from app.services.station_key import key_path
from app.services.workspace import Workspace
from app.store.atomic import atomic_write_text
from app.store.models import Station
from app.sync.encryption import CountyKey, EncryptionProblem
from app.sync.signing import PublicKey, SignatureProblem

COUNTY_KEY_FILE = "county-age.key"


class KeyProblem(Worded, ValueError):
    """A key that cannot be used or registered; the message says why."""


def signing_key(ws: Workspace) -> Ed25519PrivateKey:
    """This station's signing key: the one its seal is made with, made at set-up."""
    ws.require_station()
    if ws.signing_key is None:
        raise KeyProblem(f"本站签名私钥（{key_path(ws.paths)}）缺失或与登记的公钥不符：无法签署数据包，"
                         "请从备份恢复密钥文件夹，或联系县级信息化人员", "signing_key_missing", path=str(key_path(ws.paths)))
    return ws.signing_key


def public_key_of(stored: str) -> PublicKey:
    raw = base64.b64decode(stored)
    from app.sync.signing import key_id_for

    return PublicKey(key_id_for(raw), raw)


@dataclass(frozen=True)
class ExportedKey:
    path: Path
    fingerprint: str


def export_key(ws: Workspace, out: Path) -> ExportedKey:
    """This station's public key as a minisign ``.pub`` file naming the station."""
    station = ws.require_station()
    check_output_path(ws.paths, out)
    public = PublicKey.of(signing_key(ws).public_key())
    comment = (f"approval-window station {station.uuid} {station.code or '-'} "
               f"{station.centre_name}{station.window_name}")
    atomic_write_text(out, public.to_file(comment))
    return ExportedKey(out, public.fingerprint)


@dataclass(frozen=True)
class TrustedStation:
    uuid: str
    name: str
    code: str
    fingerprint: str


@dataclass(frozen=True)
class KeyFile:
    station_uuid: str
    code: str
    name: str
    key: PublicKey


def read_key_file(path: Path) -> KeyFile:
    """The station and its key from a file written by ``station export-key``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyProblem(f"无法读取公钥文件 {path}：{exc}", "key_file_unreadable", path=str(path), problem=exc) from None
    try:
        key = PublicKey.from_file(text)
    except SignatureProblem as exc:
        raise KeyProblem(f"{path.name}：{exc}", "key_file_bad", name=path.name, problem=exc) from None
    words = text.splitlines()[0].split(maxsplit=6)
    if len(words) < 6 or words[2:4] != ["approval-window", "station"] or len(words[4]) != 36:
        raise KeyProblem(f"{path.name} 不是本程序导出的站点公钥（缺少站点标识）", "key_file_not_station", name=path.name)
    return KeyFile(words[4], "" if words[5] == "-" else words[5], words[6] if len(words) > 6 else "", key)


#: What only a supervisor may do with keys, as the refusal names it.
KEY_ACTIONS = {"trust_new_key": "信任新站点的密钥", "trust_station": "登记信任站点", "revoke_station": "吊销站点密钥"}


def require_supervisor(actor: Actor, action: str) -> None:
    """``action`` is a key of :data:`KEY_ACTIONS`."""
    if not actor.is_supervisor:
        raise OfficerError(f"{KEY_ACTIONS[action]}须由主管或管理员操作", "key_supervisor", key_action=action)


def trust(ws: Workspace, actor: Actor, path: Path) -> TrustedStation:
    """Register a peer's key from its exported file; a known station must keep its key."""
    require_supervisor(actor, "trust_station")
    found = read_key_file(path)
    uuid, key = found.station_uuid, found.key
    if ws.station is not None and uuid == ws.station.uuid:
        raise KeyProblem("这是本站自己的公钥，无需登记", "own_key")
    stored = base64.b64encode(key.raw).decode("ascii")
    with ws.write() as s:
        row = s.get(Station, uuid)
        if row is None:
            row = Station(uuid=uuid, centre_name=found.name, short_name="", window_name="", code=found.code,
                          previous_uuid=None,
                          number_format="", public_key=stored, is_local=False, trusted=True,
                          created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
            s.add(row)
        elif row.is_local:
            raise KeyProblem("这是本站自己的公钥，无需登记", "own_key")
        elif row.public_key and row.public_key != stored:
            raise KeyProblem(f"站点 {row.code or uuid[:8]} 已登记了另一把密钥（指纹 "
                             f"{public_key_of(row.public_key).fingerprint}）；如确需更换，请先 station revoke 再登记",
                             "other_key_registered", station=row.code or uuid[:8],
                             fingerprint=public_key_of(row.public_key).fingerprint)
        else:
            row.public_key, row.trusted = stored, True
        return TrustedStation(row.uuid, row.centre_name + row.window_name, row.code, key.fingerprint)


def revoke(ws: Workspace, actor: Actor, which: str) -> TrustedStation:
    """Stop accepting anything the station signs; its events already held stay."""
    require_supervisor(actor, "revoke_station")
    with ws.write() as s:
        row = find_station(s, which)
        if row.is_local:
            raise KeyProblem("不能吊销本站自己的密钥", "revoke_own_key")
        row.trusted = False
        fp = public_key_of(row.public_key).fingerprint if row.public_key else ""
        return TrustedStation(row.uuid, row.centre_name + row.window_name, row.code, fp)


def find_station(s, which: str) -> Station:
    rows = list(s.scalars(select(Station).where(or_(Station.uuid == which, Station.code == which,
                                                    Station.uuid.startswith(which) if len(which) >= 8 else False))))
    if not rows:
        raise KeyProblem(f"没有站点“{which}”：请给出站点代码或标识", "no_such_station", which=which)
    if len(rows) > 1:
        raise KeyProblem(f"“{which}”对应多个站点，请给出完整的站点标识", "station_ambiguous", which=which)
    return rows[0]


def station_labels(ws: Workspace) -> dict[str, str]:
    """Every station held, as people name it: code, centre and window."""
    with ws.read() as s:
        rows = s.execute(select(Station.uuid, Station.code, Station.centre_name, Station.window_name)).all()
    return {u: f"{c or '-'} {n}{w}" for u, c, n, w in rows}


def trusted_key(ws: Workspace):
    """A lookup: station uuid → its registered key, or None when unknown, revoked or keyless."""
    with ws.read() as s:
        rows = {u: (k, t) for u, k, t in s.execute(select(Station.uuid, Station.public_key, Station.trusted))}

    def lookup(uuid: str) -> PublicKey | None:
        key, trusted = rows.get(uuid, (None, False))
        return public_key_of(key) if key and trusted else None

    return lookup


def revoked(ws: Workspace, uuid: str) -> bool:
    with ws.read() as s:
        row = s.get(Station, uuid)
        return row is not None and row.public_key is not None and not row.trusted


# -- the county's age identity --------------------------------------------------------------


def county_key(ws: Workspace) -> CountyKey | None:
    path = ws.paths.keys / COUNTY_KEY_FILE
    if not path.is_file():
        return None
    try:
        return CountyKey.from_file(path.read_text(encoding="utf-8"))
    except (OSError, EncryptionProblem) as exc:
        raise KeyProblem(f"县级中心解密私钥 {path} 无法使用：{exc}", "county_key_unusable", path=str(path),
                         problem=exc) from None


def make_county_key(ws: Workspace, actor: Actor, public_out: Path) -> str:
    """Create the county's age identity (once) and write the recipient for the townships."""
    if not actor.is_admin:
        raise OfficerError("生成县级中心解密密钥须由管理员操作", "county_key_admin")
    path = ws.paths.keys / COUNTY_KEY_FILE
    check_output_path(ws.paths, public_out)
    key = county_key(ws)
    if key is None:
        key = CountyKey.generate()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write_text(path, key.to_file(dt.date.today().isoformat()))
        path.chmod(0o600)
    station = ws.require_station()
    check_output_path(ws.paths, public_out)
    atomic_write_text(public_out, f"# approval-window county key of {station.centre_name}\n{key.recipient}\n")
    return key.recipient
