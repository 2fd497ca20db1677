"""The package file: whole and signed, or refused with a reason; stock tools agree."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sync import package
from app.sync.encryption import CountyKey
from app.sync.package import PackageContent, PackageProblem, UnknownStation
from app.sync.signing import PublicKey

STATION = {"uuid": "7d5c0c52-0000-4000-8000-000000000001", "name": "青山镇便民服务中心", "code": "QS01"}
EVENTS = b"".join(json.dumps({"seq": i, "type": "note_added", "payload": {"text": "张三 13800138000"}},
                             ensure_ascii=False).encode() + b"\n" for i in range(1, 301))
REFS = json.dumps({"officers": [{"uuid": "o-1", "display_name": "王窗口"}]}, ensure_ascii=False).encode()


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def county() -> CountyKey:
    return CountyKey.generate()


def content() -> PackageContent:
    return PackageContent({"source": STATION, "created": "2026-12-01T09:00:00+08:00", "event_count": 300,
                           "schema_revision": "0002", "program_version": "1.0.0"}, EVENTS, REFS)


def trusting(key: Ed25519PrivateKey):
    public = PublicKey.of(key.public_key())
    return lambda uuid: public if uuid == STATION["uuid"] else None


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(members: dict[str, bytes] | list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (members.items() if isinstance(members, dict) else members):
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_package_reads_back_as_written(key) -> None:
    data = package.build(content(), key)
    got = package.read(data, trusting(key))
    assert got.content.events == EVENTS and got.content.refs == REFS
    assert got.manifest["source"] == STATION and not got.encrypted
    assert len(list(got.event_lines())) == 300


def test_the_same_content_builds_the_same_bytes(key) -> None:
    """A package written twice is byte-identical, so a resend is recognised as the same file."""
    assert package.build(content(), key) == package.build(content(), key)


def test_an_encrypted_package_shows_only_its_public_header(key, county) -> None:
    data = package.build(content(), key, encrypt_to=[county.recipient])
    assert "张三".encode() not in data and "13800138000".encode() not in data
    header = package.peek_public(data)
    assert header["source"] == STATION and header["encrypted"] is True and header["event_count"] == 300
    with pytest.raises(PackageProblem, match="已加密"):
        package.read(data, trusting(key))
    assert package.read(data, trusting(key), county_key=county).content.events == EVENTS
    with pytest.raises(PackageProblem, match="无法解密"):
        package.read(data, trusting(key), county_key=CountyKey.generate())


def test_the_public_header_of_an_encrypted_package_cannot_be_changed(key, county) -> None:
    members = members_of(package.build(content(), key, encrypt_to=[county.recipient]))
    public = json.loads(members[package.PUBLIC])
    public["event_count"] = 1
    members[package.PUBLIC] = json.dumps(public).encode()
    with pytest.raises(PackageProblem, match="公开信息"):
        package.read(rezip(members), trusting(key), county_key=county)


@pytest.mark.parametrize("member", [package.EVENTS, package.REFS, package.MANIFEST])
def test_one_changed_byte_in_any_member_is_found(key, member) -> None:
    members = members_of(package.build(content(), key))
    changed = bytearray(members[member])
    changed[len(changed) // 2] ^= 0x20
    members[member] = bytes(changed)
    with pytest.raises(PackageProblem):
        package.read(rezip(members), trusting(key))


def test_an_unknown_station_is_refused_with_its_fingerprint_unless_trusted_now(key) -> None:
    data = package.build(content(), key)
    with pytest.raises(UnknownStation) as refused:
        package.read(data, lambda uuid: None)
    assert PublicKey.of(key.public_key()).fingerprint in str(refused.value)
    assert package.read(data, lambda uuid: None, trust_new=True).key == PublicKey.of(key.public_key())


def test_a_package_signed_by_another_key_in_a_known_stations_name_is_refused(key) -> None:
    impostor = package.build(content(), Ed25519PrivateKey.generate())
    with pytest.raises(PackageProblem, match="冒名"):
        package.read(impostor, trusting(key))


def test_an_unsigned_package_is_refused(key) -> None:
    members = members_of(package.build(content(), key))
    members.pop(package.SIGNATURE)
    with pytest.raises(PackageProblem, match="缺少或多出"):
        package.read(rezip(members), trusting(key))


def test_a_newer_format_is_refused_by_name(key) -> None:
    newer = dict(content().manifest, program_version="9.0")
    members = members_of(package.build(PackageContent(newer, EVENTS, REFS), key))
    manifest = json.loads(members[package.MANIFEST])
    manifest["format_version"] = 2
    members[package.MANIFEST] = json.dumps(manifest).encode()
    with pytest.raises(PackageProblem, match="格式版本 2 .*9.0.*请先升级"):
        package.read(rezip(members), trusting(key))


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "sub/manifest.json", "..\\x"])
def test_paths_that_leave_the_package_are_refused(key, name) -> None:
    members = list(members_of(package.build(content(), key)).items()) + [(name, b"x")]
    with pytest.raises(PackageProblem, match="不允许的路径"):
        package.read(rezip(members), trusting(key))


def test_a_duplicate_member_is_refused(key) -> None:
    members = list(members_of(package.build(content(), key)).items())
    with pytest.warns(UserWarning):  # zipfile warns when asked to write a duplicate name
        data = rezip(members + [(package.EVENTS, b"{}\n")])
    with pytest.raises(PackageProblem, match="重名"):
        package.read(data, trusting(key))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(key) -> None:
    members = members_of(package.build(content(), key))
    members[package.EVENTS] = b"\0" * (50 * 1024 * 1024)
    with pytest.raises(PackageProblem, match="压缩炸弹"):
        package.read(rezip(members), trusting(key))


@pytest.mark.parametrize("data", [b"", b"hello", b"PK\x03\x04" + b"\0" * 40, "数据包".encode()])
def test_what_is_not_a_package_is_refused(key, data) -> None:
    with pytest.raises(PackageProblem):
        package.read(data, trusting(key))


def test_a_truncated_package_is_refused(key) -> None:
    data = package.build(content(), key)
    for cut in (10, len(data) // 3, len(data) - 30):
        with pytest.raises(PackageProblem):
            package.read(data[:cut], trusting(key))


@given(st.data())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_damage_is_refused_with_the_programs_own_error(key, data) -> None:
    original = package.build(content(), key)
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(damaged) - 1))
        damaged[pos] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(0, len(damaged)))]
    if bytes(damaged) == original:
        return
    try:
        got = package.read(bytes(damaged), trusting(key))
    except PackageProblem:
        return
    # A change the zip format ignores (a timestamp, a comment) may pass; the content may not.
    assert got.content.events == EVENTS and got.content.refs == REFS


# -- the same checks with stock tools, as a county's IT admin would make them ------------------

needs_tools = pytest.mark.skipif(not (shutil.which("minisign") and shutil.which("age")),
                                 reason="Debian's minisign and age are not installed; .ci/run installs them")


@needs_tools
def test_stock_tools_check_a_package_by_hand(key, county, tmp_path: Path) -> None:
    sealed = package.build(content(), key, encrypt_to=[county.recipient])
    (tmp_path / "county.key").write_text(county.to_file(), encoding="utf-8")
    (tmp_path / "p.age").write_bytes(members_of(sealed)[package.SEALED])
    plain = subprocess.run(["age", "-d", "-i", "county.key", "p.age"], cwd=tmp_path, capture_output=True,
                           check=True).stdout
    members = members_of(plain)
    for name, data in members.items():
        (tmp_path / name).write_bytes(data)
    manifest = json.loads(members[package.MANIFEST])
    (tmp_path / "station.pub").write_text(manifest["signer_key"], encoding="utf-8")
    checked = subprocess.run(["minisign", "-V", "-m", package.MANIFEST, "-p", "station.pub"], cwd=tmp_path,
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    for name, digest in manifest["members"].items():
        assert hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() == digest


def test_a_zip_that_needs_a_newer_zip_version_is_refused(key) -> None:
    """Found by the fuzz test: zipfile raises NotImplementedError for 'zip file version 6.4'."""
    import struct

    data = bytearray(package.build(content(), key))
    entry = data.find(b"PK\x01\x02")
    data[entry + 6:entry + 8] = struct.pack("<H", 64)  # version needed to extract, central directory
    data[4:6] = struct.pack("<H", 64)  # and in the first local header
    with pytest.raises(PackageProblem):
        package.read(bytes(data), trusting(key))
