"""The sync package file: a zip with a signed manifest, optionally sealed to the county.

Layout, so that stock tools can check every step by hand (``unzip``, ``minisign -V``,
``sha256sum -c``, ``age -d``), as apt's signed Release files are checked:

- a plain package holds ``manifest.json``, its minisign signature
  ``manifest.json.minisig``, and the members the manifest lists with the SHA-256 of each
  (``events.jsonl``, ``refs.json``). The signature covers the manifest, the manifest
  covers every member: one changed byte anywhere is found.
- an encrypted package holds ``public.json`` (only what is not personal: format, source
  station, time, counts) and ``package.age``: the whole plain package, encrypted to the
  county's key. Signed first, then encrypted, since age does not say who sent a file.

Reading checks the container before anything is trusted: the file size, the member
names (no folders, no ``..``, no absolute path, no duplicate), the unpacked sizes and
the compression ratio (a zip bomb), then hashes and the signature. Every refusal is a
:class:`PackageProblem` with a sentence an officer understands.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.refusal import Worded, reworded
from app.sync import encryption, signing
from app.sync.encryption import CountyKey

EXTENSION = ".awsync"
FORMAT = "approval-window-sync"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
EVENTS = "events.jsonl"
REFS = "refs.json"
PUBLIC = "public.json"
SEALED = "package.age"
PLAIN_MEMBERS = frozenset({MANIFEST, SIGNATURE, EVENTS, REFS})
SEALED_MEMBERS = frozenset({PUBLIC, SEALED})

MAX_FILE_BYTES = 2 * 1024**3  # a package of a county's years still fits; a disk image does not
MAX_MEMBER_BYTES = 4 * 1024**3
MAX_SMALL_MEMBER_BYTES = 64 * 1024**2  # manifest, signature, refs, public header
MAX_RATIO = 200  # JSON lines compress about 10:1; a zip bomb compresses a thousandfold
PUBLIC_FIELDS = ("format", "format_version", "schema_revision", "program_version", "source", "created",
                 "event_count", "to_station")


class PackageProblem(Worded, ValueError):
    """A file that is not a sound package; nothing was changed because of it."""


class UnknownStation(PackageProblem):
    """A well-signed package from a station this one has not been told to trust."""

    def __init__(self, station: dict[str, Any], key: signing.PublicKey) -> None:
        self.station, self.key = station, key
        super().__init__(
            f"数据包来自未登记信任的站点“{station.get('name', '?')}”（{station.get('code', '?')}），"
            f"其密钥指纹为 {key.fingerprint}。请与对方电话核对指纹后，用 --trust-new 导入或先登记其公钥",
            "unknown_station", name=str(station.get("name", "?")), station=str(station.get("code", "?")),
            fingerprint=key.fingerprint,
        )


@dataclass(frozen=True)
class PackageContent:
    """What a package says: the manifest fields, the events as JSON lines, the referred rows."""

    manifest: dict[str, Any]
    events: bytes
    refs: bytes


@dataclass(frozen=True)
class VerifiedPackage:
    content: PackageContent
    key: signing.PublicKey
    encrypted: bool
    trusted_comment: str
    public: dict[str, Any] = field(default_factory=dict)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.content.manifest

    def event_lines(self) -> Iterator[bytes]:
        """One event's JSON at a time: a township's history is tens of megabytes of lines,
        which need not all be held as separate objects besides the events read from them."""
        events, start = self.content.events, 0
        while start < len(events):
            end = events.find(b"\n", start)
            if end < 0:
                end = len(events)
            if end > start:
                yield events[start:end]
            start = end + 1


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build(content: PackageContent, key: Ed25519PrivateKey, *, encrypt_to: list[str] | None = None) -> bytes:
    """The bytes of a package file: manifest completed with hashes, signed, maybe sealed."""
    manifest = dict(content.manifest)
    manifest.update(format=FORMAT, format_version=FORMAT_VERSION,
                    members={EVENTS: sha256(content.events), REFS: sha256(content.refs)},
                    signer_key=signing.PublicKey.of(key.public_key()).to_file())
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    source = manifest.get("source", {})
    comment = (f"{FORMAT} v{FORMAT_VERSION} station={source.get('uuid', '')} "
               f"manifest-sha256={sha256(manifest_bytes)}")
    plain = zip_members({MANIFEST: manifest_bytes, SIGNATURE: signing.sign(key, manifest_bytes, comment).encode("ascii"),
                  EVENTS: content.events, REFS: content.refs})
    if not encrypt_to:
        return plain
    try:
        sealed = encryption.encrypt(plain, encrypt_to)
    except encryption.EncryptionProblem as exc:
        raise reworded(exc, PackageProblem) from None
    public = {k: manifest[k] for k in PUBLIC_FIELDS if k in manifest}
    public["encrypted"] = True
    return zip_members({PUBLIC: json.dumps(public, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8"),
                 SEALED: sealed}, compress=False)


def read(data: bytes, trusted_key: Callable[[str], signing.PublicKey | None], *,
         county_key: CountyKey | None = None, trust_new: bool = False) -> VerifiedPackage:
    """Check everything about a package file and return what it says, or refuse it whole.

    ``trusted_key(station_uuid)`` is the key this station has registered for the sender;
    with ``trust_new`` an unregistered sender is accepted on its own well-formed signature
    (the caller shows the fingerprint and records the key).
    """
    members = unzip_members(data, allowed=(PLAIN_MEMBERS, SEALED_MEMBERS))
    public: dict[str, Any] = {}
    encrypted = set(members) == SEALED_MEMBERS
    if encrypted:
        public = json_object(members[PUBLIC], "公开信息")
        _check_format(public)
        if county_key is None:
            raise PackageProblem("此数据包已加密，须用县级中心的私钥解密（--key 指定私钥文件）", "package_encrypted")
        try:
            plain = encryption.decrypt(members[SEALED], county_key)
        except encryption.EncryptionProblem as exc:
            raise reworded(exc, PackageProblem) from None
        members = unzip_members(plain, allowed=(PLAIN_MEMBERS,))
    manifest_bytes = members[MANIFEST]
    manifest = json_object(manifest_bytes, "清单")
    _check_format(manifest)
    try:
        key = signing.PublicKey.from_file(str(manifest.get("signer_key", "")))
        comment = key.verify(manifest_bytes, members[SIGNATURE].decode("ascii", "replace"))
    except signing.SignatureProblem as exc:
        raise PackageProblem(f"数据包签名无效：{exc}", "package_signature", problem=exc) from None
    listed = manifest.get("members")
    if not isinstance(listed, dict) or set(listed) != {EVENTS, REFS}:
        raise PackageProblem("数据包清单中的文件列表不完整", "package_member_list")
    for name, digest in listed.items():
        if sha256(members[name]) != digest:
            raise PackageProblem(f"数据包中的 {name} 与清单记载的校验值不符：文件在签名后被改动或已损坏", "package_member_changed", member=name)
    if encrypted:
        for name in PUBLIC_FIELDS:
            if name in public and public.get(name) != manifest.get(name):
                raise PackageProblem(f"加密数据包的公开信息（{name}）与签名清单不一致：文件被改动过", "package_public_changed", field=name)
    source = manifest.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("uuid"), str):
        raise PackageProblem("数据包清单没有写明来源站点", "package_no_source")
    known = trusted_key(source["uuid"])
    if known is None:
        if not trust_new:
            raise UnknownStation(source, key)
    elif known != key:
        raise PackageProblem(
            f"数据包的签名密钥（指纹 {key.fingerprint}）不是站点“{source.get('name', '?')}”已登记的密钥"
            f"（指纹 {known.fingerprint}）：可能是冒名的数据包，已拒绝",
            "package_key_mismatch", name=str(source.get("name", "?")), fingerprint=key.fingerprint,
            known=known.fingerprint)
    return VerifiedPackage(PackageContent(manifest, members[EVENTS], members[REFS]), key, encrypted, comment, public)


def peek_public(data: bytes) -> dict[str, Any]:
    """What a package says of itself without any key: its public header or manifest fields."""
    members = unzip_members(data, allowed=(PLAIN_MEMBERS, SEALED_MEMBERS))
    header = json_object(members[PUBLIC] if PUBLIC in members else members[MANIFEST], "清单")
    return {k: header[k] for k in (*PUBLIC_FIELDS, "encrypted") if k in header}


def read_file(path: Path) -> bytes:
    """The bytes of a package file, refusing what cannot be one before reading it whole."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PackageProblem(f"{path} 不是文件", "package_not_file", path=str(path))
        if size > MAX_FILE_BYTES:
            raise PackageProblem(f"{path.name} 有 {size // 1024**2} MB，超过数据包的上限，不是本程序的数据包",
                                 "package_too_big", name=path.name, megabytes=size // 1024**2)
        return path.read_bytes()
    except OSError as exc:
        raise PackageProblem(f"无法读取 {path}：{exc.strerror or exc}",
                             "package_unreadable", path=str(path), problem=exc.strerror or str(exc)) from None


# -- the container --------------------------------------------------------------------------


def zip_members(members: dict[str, bytes], *, compress: bool = True) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", compression=method, compresslevel=6) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = 0o600 << 16
            archive.writestr(info, members[name])
    return buffer.getvalue()


def unzip_members(data: bytes, *, allowed: tuple[frozenset[str], ...]) -> dict[str, bytes]:
    if len(data) > MAX_FILE_BYTES:
        raise PackageProblem("文件超过数据包的大小上限，不是本程序的数据包", "package_too_big_bytes")
    if not data.startswith(b"PK\x03\x04"):
        raise PackageProblem("这不是本程序的数据包（文件不是 zip 格式，或已损坏）", "package_not_zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError):
        raise PackageProblem("数据包已损坏或不完整（zip 目录无法读取），可能是拷贝中断", "package_zip_damaged") from None
    names = [info.filename for info in infos]
    for name in names:
        if "/" in name or "\\" in name or name.startswith(".") or ":" in name:
            raise PackageProblem(f"数据包含有不允许的路径“{name[:80]}”，已拒绝", "package_bad_path", member=name[:80])
    if len(set(names)) != len(names):
        raise PackageProblem("数据包中有重名的文件，已拒绝", "package_duplicate_member")
    if frozenset(names) not in allowed:
        raise PackageProblem("数据包的内容与格式不符（缺少或多出文件），不是本程序的数据包或已损坏", "package_members_wrong")
    members: dict[str, bytes] = {}
    for info in infos:
        limit = MAX_MEMBER_BYTES if info.filename in (EVENTS, SEALED) else MAX_SMALL_MEMBER_BYTES
        if info.file_size > limit:
            raise PackageProblem(f"数据包中的 {info.filename} 过大，已拒绝", "package_member_too_big", member=info.filename)
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise PackageProblem(f"数据包中的 {info.filename} 压缩比异常（疑似压缩炸弹），已拒绝", "package_zip_bomb", member=info.filename)
        members[info.filename] = _read_member(archive, info, limit)
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read one member in chunks, never past its declared size or the limit."""
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                out += chunk
                if len(out) > min(limit, info.file_size):
                    raise PackageProblem(f"数据包中的 {info.filename} 实际大小与声明不符，已拒绝",
                                         "package_member_size", member=info.filename)
    except PackageProblem:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise PackageProblem(f"数据包中的 {info.filename} 已损坏（校验失败）",
                             "package_member_damaged", member=info.filename) from None
    except Exception:  # zlib.error and the like from a damaged stream
        raise PackageProblem(f"数据包中的 {info.filename} 已损坏，无法解压",
                             "package_member_damaged", member=info.filename) from None
    return bytes(out)


def json_object(data: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackageProblem(f"数据包的{what}不是有效的 JSON", "package_json", what=what) from None
    if not isinstance(value, dict):
        raise PackageProblem(f"数据包的{what}格式不对", "package_json_shape", what=what)
    return value


def _check_format(header: dict[str, Any]) -> None:
    if header.get("format") != FORMAT:
        raise PackageProblem("这不是本程序的数据包（格式标识不符）", "package_format")
    version = header.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackageProblem("数据包没有写明格式版本", "package_no_version")
    if version > FORMAT_VERSION:
        program = header.get("program_version", "更新的版本")
        raise PackageProblem(f"数据包格式版本 {version} 由 approval-window {program} 生成，比本程序支持的"
                             f"版本 {FORMAT_VERSION} 新：请先升级本程序再导入",
                             "package_newer", version=version, program=str(program), supported=FORMAT_VERSION)
    if version < 1:
        raise PackageProblem(f"数据包格式版本 {version} 无效", "package_version_invalid", version=version)
