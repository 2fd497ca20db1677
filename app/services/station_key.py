"""This station's Ed25519 key: made at set-up (or on the first open of an older database).

The private key is a PEM file in the data folder's ``keys`` folder, readable by this
user only, and never inside the database: whoever can rewrite the database alone cannot
re-sign it. The public key is registered on the station's row. A key file that is missing
or does not match the registered public key is not replaced silently: the station keeps
working, its seal is not renewed, and the audit says so.
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.paths import DataPaths
from app.store import seal
from app.store.atomic import atomic_write_bytes
from app.store.models import Station

KEY_FILE = "station-ed25519.pem"
#: A copy of the newest seal, outside the database: a database put back to an older copy
#: of itself carries a valid but older seal, and this copy shows the difference.
SEAL_COPY = "last-seal.json"


def key_path(paths: DataPaths) -> Path:
    return paths.keys / KEY_FILE


def load_key(paths: DataPaths) -> Ed25519PrivateKey | None:
    try:
        data = key_path(paths).read_bytes()
        key = serialization.load_pem_private_key(data, password=None)
    except (OSError, ValueError, TypeError):
        return None
    return key if isinstance(key, Ed25519PrivateKey) else None


def create_key(paths: DataPaths) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    paths.keys.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_bytes(key_path(paths), pem)  # written 0600
    return key


def ensure_station_key(ws) -> None:
    """Give the open workspace its signing key, creating and registering one if there is none."""
    station = ws.station
    if station is None:
        return
    with ws.read() as s:
        public = s.scalar(select(Station.public_key).where(Station.uuid == station.uuid))
    key = load_key(ws.paths)
    if public:
        ws.signing_key = key if key is not None and seal.public_key_text(key) == public else None
        return
    if key is None:
        key = create_key(ws.paths)
    ws.signing_key = key
    with ws.write() as s:
        row = s.get(Station, station.uuid)
        row.public_key = seal.public_key_text(key)
        s.info["reseal"] = True


def key_findings(ws) -> list[str]:
    """Problems with the key itself, for the audit."""
    station = ws.station
    if station is None:
        return []
    with ws.read() as s:
        public = s.scalar(select(Station.public_key).where(Station.uuid == station.uuid))
    if not public:
        return []
    key = load_key(ws.paths)
    if key is None:
        return [f"本站私钥文件 {key_path(ws.paths)} 缺失或无法读取：封印无法更新"]
    if seal.public_key_text(key) != public:
        return ["本站私钥文件与数据库中登记的公钥不符（密钥或公钥被替换）：封印无法更新"]
    return []


def save_seal_copy(paths: DataPaths, sealed: dict | None) -> None:
    """Keep the newest seal beside the key; a failure here never undoes committed work."""
    target = paths.keys / SEAL_COPY
    try:
        if sealed is None:
            target.unlink(missing_ok=True)
        else:
            atomic_write_bytes(target, json.dumps(sealed, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass


def load_seal_copy(paths: DataPaths) -> dict | None:
    try:
        data = json.loads((paths.keys / SEAL_COPY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
