"""The signed receipt a receiver sends back: what it holds, so the sender can prove agreement.

A receipt is a small zip of ``receipt.json`` and its minisign signature, made by the
receiver's station key. It states, per station chain, the last sequence number held and
that event's hash, and a digest of the cases' state; the sender checks each against its
own chain before it believes anything (ODK and CouchDB trust their server's word; a USB
stick gives no such server).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync import signing
from app.sync.package import PackageProblem, json_object, unzip_members, zip_members

EXTENSION = ".awreceipt"
FORMAT = "approval-window-receipt"
FORMAT_VERSION = 1
BODY = "receipt.json"
SIGNATURE = "receipt.json.minisig"
MEMBERS = frozenset({BODY, SIGNATURE})


@dataclass(frozen=True)
class Holding:
    station: str
    through_seq: int
    head_hash: str


@dataclass(frozen=True)
class Receipt:
    receiver: dict[str, Any]
    to_station: str
    created: str
    holdings: list[Holding]
    cases_digest: str
    case_count: int
    key: signing.PublicKey


def build(body: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    body = dict(body, format=FORMAT, format_version=FORMAT_VERSION,
                signer_key=signing.PublicKey.of(key.public_key()).to_file())
    data = json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    comment = f"{FORMAT} v{FORMAT_VERSION} from={body['receiver']['uuid']} to={body['to_station']}"
    return zip_members({BODY: data, SIGNATURE: signing.sign(key, data, comment).encode("ascii")})


def read(data: bytes, trusted_key: Callable[[str], signing.PublicKey | None]) -> Receipt:
    try:
        members = unzip_members(data, allowed=(MEMBERS,))
    except PackageProblem as exc:
        raise PackageProblem(str(exc).replace("数据包", "回执"), "receipt_container", problem=exc) from None
    body = json_object(members[BODY], "回执")
    if body.get("format") != FORMAT:
        raise PackageProblem("这不是本程序的回执文件", "receipt_format")
    version = body.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise PackageProblem(f"回执格式版本 {version} 本程序不认识：请先升级本程序", "receipt_version", version=version)
    receiver = body.get("receiver")
    if not isinstance(receiver, dict) or not isinstance(receiver.get("uuid"), str):
        raise PackageProblem("回执没有写明出具回执的站点", "receipt_no_receiver")
    try:
        key = signing.PublicKey.from_file(str(body.get("signer_key", "")))
        key.verify(members[BODY], members[SIGNATURE].decode("ascii", "replace"))
    except signing.SignatureProblem as exc:
        raise PackageProblem(f"回执签名无效：{exc}", "receipt_signature", problem=exc) from None
    known = trusted_key(receiver["uuid"])
    if known is None:
        raise PackageProblem(f"回执来自未登记信任（或已吊销）的站点“{receiver.get('name', '?')}”"
                             f"（密钥指纹 {key.fingerprint}），不予采信",
                             "receipt_untrusted", name=str(receiver.get("name", "?")), fingerprint=key.fingerprint)
    if known != key:
        raise PackageProblem(f"回执的签名密钥（指纹 {key.fingerprint}）不是站点“{receiver.get('name', '?')}”"
                             "已登记的密钥：可能是冒名的回执，不予采信",
                             "receipt_key_mismatch", name=str(receiver.get("name", "?")), fingerprint=key.fingerprint)
    holdings = []
    for h in body.get("holdings", []):
        if not (isinstance(h, dict) and isinstance(h.get("station"), str) and isinstance(h.get("through_seq"), int)
                and isinstance(h.get("head_hash"), str)):
            raise PackageProblem("回执中的持有记录格式不对", "receipt_holdings")
        holdings.append(Holding(h["station"], h["through_seq"], h["head_hash"]))
    return Receipt(receiver, str(body.get("to_station", "")), str(body.get("created", "")), holdings,
                   str(body.get("cases_digest", "")), int(body.get("case_count", 0) or 0), key)
