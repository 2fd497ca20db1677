"""The station's signature over where every chain ends, and over officers and catalogue.

The hash chain shows an edited event, but someone who edits an event and then re-hashes
every later one (and the recorded chain head) leaves a consistent chain. The seal closes
that gap: after every write that moves a chain head or changes an officer or a catalogue
item, the station signs a statement of all chain heads and a digest of the officer and
catalogue tables with its Ed25519 key (the key sync packages are signed with). The
private key lives outside the database, in the data folder's ``keys`` folder; the public
key is in the database and goes out with every sync package, so a replaced key pair shows
as a new fingerprint wherever the old one is known.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import ChainHeadRow, ItemVersion, Officer, Setting

SEAL_KEY = "audit_seal"


def _digest(rows: list[Any]) -> str:
    body = json.dumps(rows, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def officers_digest(session: Session) -> str:
    """What may only change through the program: who exists, their role, status and password."""
    rows = session.execute(
        select(Officer.uuid, Officer.username, Officer.display_name, Officer.role, Officer.active,
               Officer.password_hash).order_by(Officer.uuid)
    )
    return _digest([list(r) for r in rows])


def catalogue_digest(session: Session) -> str:
    rows = session.execute(
        select(ItemVersion.uuid, ItemVersion.code, ItemVersion.version, ItemVersion.content_hash,
               ItemVersion.is_current).order_by(ItemVersion.uuid)
    )
    return _digest([list(r) for r in rows])


def current_heads(session: Session) -> dict[str, list]:
    return {r.station_uuid: [r.seq, r.hash] for r in session.scalars(select(ChainHeadRow))}


def statement(session: Session, station_uuid: str) -> dict[str, Any]:
    return {
        "format": 1,
        "station": station_uuid,
        "heads": current_heads(session),
        "officers": officers_digest(session),
        "catalogue": catalogue_digest(session),
    }


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def public_key_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def fingerprint(public_key: str) -> str:
    """A short form people compare by eye or read out on the phone: 80 bits of the key's
    SHA-256 in groups of four. The one fingerprint of a station key, in the audit and in sync."""
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest()[:20].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class SealFinding:
    what: str
    problem: str


def reseal(session: Session, station_uuid: str, key: Ed25519PrivateKey) -> dict[str, Any]:
    """Sign the present state, in the transaction that produced it; returns the seal."""
    body = statement(session, station_uuid)
    signature = base64.b64encode(key.sign(_canonical(body))).decode("ascii")
    sealed = {"statement": body, "signature": signature}
    value = json.dumps(sealed, ensure_ascii=False)
    row = session.get(Setting, SEAL_KEY)
    if row is None:
        session.add(Setting(key=SEAL_KEY, value=value))
    else:
        row.value = value
    return sealed


def rolled_back(newest_known: dict[str, Any], sealed: dict[str, Any] | None) -> list[SealFinding]:
    """Chains that were longer when the station last sealed than the database's seal says.

    ``newest_known`` is the copy of the last seal kept outside the database: a database
    replaced by an older copy of itself carries an older seal, valid but shorter.
    """
    was = newest_known.get("statement", {}).get("heads", {})
    now = (sealed or {}).get("statement", {}).get("heads", {})
    findings = []
    for station, (seq, _hash) in sorted(was.items()):
        have = now.get(station, [0, ""])[0]
        if have < seq:
            findings.append(SealFinding(
                f"chain:{station}",
                f"站点 {station[:8]} 上次签封时已有第 {seq} 号事件，数据库中的封印只到第 {have} 号："
                "数据库被换成了较早的副本，或最新的事件连同封印被回退"))
    return findings


def current_seal(session: Session) -> dict[str, Any] | None:
    """The last signed statement and its signature, as a sync package carries it."""
    row = session.get(Setting, SEAL_KEY)
    return json.loads(row.value) if row is not None else None


def verified_statement(sealed: Any, public_key: str) -> dict[str, Any]:
    """The statement of a seal carried in from elsewhere, if the key signed it; else ValueError."""
    try:
        body, signature = sealed["statement"], base64.b64decode(sealed["signature"])
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(signature, _canonical(body))
    except (ValueError, KeyError, TypeError, InvalidSignature):
        raise ValueError("seal signature does not verify") from None
    if not isinstance(body, dict) or not isinstance(body.get("heads"), dict):
        raise ValueError("seal statement malformed")
    return body


def check(session: Session, station_uuid: str, public_key: str | None) -> list[SealFinding]:
    """Each way the present database differs from what the station last signed."""
    if not public_key:
        return [SealFinding("seal", "本站尚未建立签名密钥，事件链末端未加封印")]
    row = session.get(Setting, SEAL_KEY)
    if row is None:
        return [SealFinding("seal", "封印记录缺失（被删除），无法证明事件链末端未被改写")]
    try:
        sealed = json.loads(row.value)
        body, signature = sealed["statement"], base64.b64decode(sealed["signature"])
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(signature, _canonical(body))
    except (ValueError, KeyError, TypeError, InvalidSignature):
        return [SealFinding("seal", "封印签名无效：封印记录被改写，或不是本站密钥所签")]
    if body.get("station") != station_uuid:
        return [SealFinding("seal", "封印属于另一个站点")]
    findings = []
    now = current_heads(session)
    was = body.get("heads", {})
    for station in sorted(set(now) | set(was)):
        before, after = was.get(station), now.get(station)
        if before == after:
            continue
        if after is None:
            findings.append(SealFinding(f"chain:{station}", f"站点 {station[:8]} 的链尾记录缺失（封印时为第 {before[0]} 号事件）"))
        elif before is None:
            findings.append(SealFinding(f"chain:{station}", f"站点 {station[:8]} 的链尾不在封印中（在程序之外添加）"))
        elif before[0] != after[0]:
            findings.append(SealFinding(f"chain:{station}",
                                        f"站点 {station[:8]} 的链尾封印时为第 {before[0]} 号事件，现为第 {after[0]} 号"))
        else:
            findings.append(SealFinding(f"chain:{station}",
                                        f"站点 {station[:8]} 第 {after[0]} 号事件的链尾哈希与封印不符（事件被改动后重新计算了哈希）"))
    if body.get("officers") != officers_digest(session):
        findings.append(SealFinding("officers", "工作人员表在程序之外被改动（账号、角色、状态或密码）"))
    if body.get("catalogue") != catalogue_digest(session):
        findings.append(SealFinding("catalogue", "事项清单在程序之外被改动"))
    return findings
