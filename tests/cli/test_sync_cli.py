"""Sync by file between data folders, as officers carry packages on a stick.

Two windows of one township centre (codes 01 and 02) and the county (90), each its own
data folder, exchanging packages and receipts through the command line only.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy.engine import make_url

from app.cli import main
from app.cli.common import ENV_PASSWORD
from app.paths import DataPaths
from app.services.maintenance import projection_digest
from app.services.workspace import Workspace
from app.sync import package, receipt
from app.sync.package import PackageContent

TODAY = "2026-11-20"
PASSWORD = "pw-secret-1"


def run(capsys, monkeypatch, folder: Path, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(folder), "--today", TODAY, *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@dataclass
class County:
    root: Path
    w1: Path
    w2: Path
    hub: Path

    @property
    def county_pub(self) -> Path:
        return self.root / "county.age.pub"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hub_backend(request) -> str:
    """The county centre's database: a SQLite file, or the hub's PostgreSQL server."""
    return request.param


@pytest.fixture(scope="module")
def three_template(tmp_path_factory, hub_backend, request) -> Path:
    root = tmp_path_factory.mktemp("county")
    hub_database: list[str] = []
    if hub_backend == "postgresql":
        hub_database = ["--database", request.getfixturevalue("pg_empty_template")]
    mp = pytest.MonkeyPatch()
    mp.setenv(ENV_PASSWORD, PASSWORD)  # every station's admin has this password

    def go(folder: str, *argv: str, stdin: str | None = None) -> None:
        if stdin is not None:
            mp.setattr("sys.stdin", io.StringIO(stdin))
        assert main(["--data-dir", str(root / folder), "--today", TODAY, *argv]) == 0

    for folder, centre, window, code in (("w1", "青山镇便民服务中心", "社会事务窗口", "01"),
                                         ("w2", "青山镇便民服务中心", "民政窗口", "02"),
                                         ("hub", "某县政务服务中心", "县级受理窗口", "90")):
        go(folder, "init", *(hub_database if folder == "hub" else []), "--centre", centre, "--window", window, "--admin", "admin", "--station-code", code,
           "--password-stdin", stdin=PASSWORD + "\n")
        go(folder, "station", "export-key", "--out", str(root / f"{folder}.pub"))
    go("w1", "demo", "--cases", "12", "--seed", "1", "--officer", "admin")
    go("w2", "demo", "--cases", "8", "--seed", "2", "--officer", "admin")
    go("hub", "station", "county-key", "--out", str(root / "county.age.pub"), "--officer", "admin")
    for a, b in (("hub", "w1"), ("hub", "w2"), ("w1", "hub"), ("w2", "hub"), ("w1", "w2"), ("w2", "w1")):
        go(a, "station", "trust", str(root / f"{b}.pub"), "--officer", "admin")
    mp.undo()
    return root


@pytest.fixture
def county(three_template, tmp_path, hub_backend, request) -> County:
    root = tmp_path / "c"
    shutil.copytree(three_template, root)
    if hub_backend == "postgresql":  # each test its own copy of the hub's database
        setting = root / "hub" / "database-url"
        template = make_url(setting.read_text(encoding="utf-8").splitlines()[-1]).database
        setting.write_text(request.getfixturevalue("pg_clone")(template) + "\n", encoding="utf-8")
    return County(root, root / "w1", root / "w2", root / "hub")


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)

    def go(folder: Path, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, folder, *argv, "--officer", "admin", stdin=stdin)
    return go


def dump_hash(folder: Path) -> str:
    """Every row of every table, on the SQLite file or the hub's server alike."""
    from sqlalchemy import MetaData, select

    ws = Workspace.open(DataPaths(folder), daily_backup=False)
    try:
        meta = MetaData()
        meta.reflect(ws.engine)
        digest = hashlib.sha256()
        with ws.engine.connect() as conn:
            for table in meta.sorted_tables:
                key = list(table.primary_key.columns) or list(table.columns)
                for r in conn.execute(select(table).order_by(*key)):
                    digest.update(repr(tuple(r)).encode())
        return digest.hexdigest()
    finally:
        ws.close()


def digest(folder: Path) -> str:
    ws = Workspace.open(DataPaths(folder), daily_backup=False)
    try:
        return projection_digest(ws)
    finally:
        ws.close()


def export(cli, folder: Path, out: Path, *extra: str) -> Path:
    code, out_text, err = cli(folder, "sync", "export", "--out", str(out), *extra)
    assert code == 0, err
    assert out.is_file(), out_text
    return out


def import_(cli, folder: Path, file: Path, *extra: str) -> dict:
    code, out, err = cli(folder, "--json", "sync", "import", str(file), *extra)
    assert code == 0, err
    return json.loads(out)


# -- round trips ---------------------------------------------------------------------------------


def test_encrypted_export_import_and_reimport(county, cli) -> None:
    p1 = export(cli, county.w1, county.root / "w1.awsync", "--encrypt-to", str(county.county_pub))
    assert "13800138000".encode() not in p1.read_bytes()
    dry = import_(cli, county.hub, p1, "--dry-run")
    assert dry["dry_run"] and dry["new_events"] > 0 and dry["cases_new"] == 12
    first = import_(cli, county.hub, p1)
    assert first["applied"] and first["new_events"] == dry["new_events"] and first["cases_new"] == 12
    again = import_(cli, county.hub, p1)
    assert again["new_events"] == 0 and again["present"] == first["new_events"] and not again["applied"]
    code, out, _ = cli(county.hub, "case", "list")
    assert out.count("第01-") == 12


def test_packages_in_either_order_end_in_the_same_state(county, cli, tmp_path) -> None:
    p1 = export(cli, county.w1, county.root / "w1.awsync")
    p2 = export(cli, county.w2, county.root / "w2.awsync")
    other = tmp_path / "hub2"
    shutil.copytree(county.hub, other)
    import_(cli, county.hub, p1)
    import_(cli, county.hub, p2)
    import_(cli, other, p2)
    import_(cli, other, p1)
    assert digest(county.hub) == digest(other)
    for folder in (county.hub, other):
        code, out, _ = cli(folder, "audit", "verify")
        assert code == 0, out


def test_a_relayed_package_brings_the_other_windows_cases(county, cli) -> None:
    """Window 2's events reach the county through window 1's package, and are counted as present later."""
    import_(cli, county.w1, export(cli, county.w2, county.root / "w2.awsync"))
    relay = import_(cli, county.hub, export(cli, county.w1, county.root / "w1.awsync"))
    assert relay["cases_new"] == 20
    direct = import_(cli, county.hub, export(cli, county.w2, county.root / "w2-again.awsync", "--all"))
    assert direct["new_events"] == 0 and direct["present"] > 0


def test_a_package_after_a_gap_waits_and_is_applied_when_the_gap_fills(county, cli, tmp_path) -> None:
    early = export(cli, county.w1, county.root / "early.awsync")
    # window 2 confirms what it got, so window 1's next export starts after it
    import_(cli, county.w2, early)
    assert cli(county.w2, "sync", "receipt", "--to", "01", "--out", str(county.root / "r.awreceipt"))[0] == 0
    assert cli(county.w1, "sync", "import-receipt", str(county.root / "r.awreceipt"))[0] == 0
    assert cli(county.w1, "case", "note", _any_open_case(cli, county.w1), "来电询问进度")[0] == 0
    late = export(cli, county.w1, county.root / "late.awsync")
    before = digest(county.hub)
    held = import_(cli, county.hub, late)
    assert held["held_aside"] and not held["applied"] and held["gaps"]
    assert digest(county.hub) == before  # no case changed: the package only waits
    code, out, _ = cli(county.hub, "sync", "pending")
    assert "late.awsync" in out and "缺第" in out
    filled = import_(cli, county.hub, early)
    assert filled["applied"] and [r["file"].endswith(".awsync") for r in filled["also_applied"]] == [True]
    assert cli(county.hub, "sync", "pending")[1].strip() == "没有暂存的数据包"
    straight = tmp_path / "straight"
    shutil.copytree(county.root / "w1", straight)  # any folder holding both: compare with w1 itself
    assert digest(county.hub) == digest(county.w1)


def _any_open_case(cli, folder: Path) -> str:
    code, out, _ = cli(folder, "--json", "case", "list", "--status", "accepted")
    return json.loads(out)[0]["number"]


def test_receipt_round_trip_confirms_and_the_next_export_leaves_confirmed_events_out(county, cli) -> None:
    import_(cli, county.hub, export(cli, county.w1, county.root / "w1.awsync"))
    assert cli(county.hub, "sync", "receipt", "--to", "01", "--out", str(county.root / "r.awreceipt"))[0] == 0
    code, out, _ = cli(county.w1, "--json", "sync", "import-receipt", str(county.root / "r.awreceipt"))
    report = json.loads(out)
    assert code == 0 and report["unconfirmed_cases"] == 0 and not report["disagreements"]
    code, out, _ = cli(county.w1, "sync", "export", "--out", str(county.root / "nothing.awsync"))
    assert code == 0 and "没有需要上报的新数据" in out and not (county.root / "nothing.awsync").exists()
    number = _any_open_case(cli, county.w1)
    assert cli(county.w1, "case", "note", number, "申请人来电")[0] == 0
    code, out, _ = cli(county.w1, "--json", "sync", "status")
    assert json.loads(out)["unconfirmed_cases"] == 1
    small = export(cli, county.w1, county.root / "small.awsync")
    got = import_(cli, county.hub, small)
    assert got["new_events"] == 1 and got["present"] == 0 and got["cases_touched"] == 1


def test_a_receipt_that_disagrees_is_reported_and_confirms_nothing(county, cli) -> None:
    import_(cli, county.hub, export(cli, county.w1, county.root / "w1.awsync"))
    key = serialization.load_pem_private_key((county.hub / "keys" / "station-ed25519.pem").read_bytes(), None)
    hub_ws = Workspace.open(DataPaths(county.hub), daily_backup=False)
    w1_ws = Workspace.open(DataPaths(county.w1), daily_backup=False)
    try:
        body = {"receiver": {"uuid": hub_ws.station.uuid, "name": "某县", "code": "90"},
                "to_station": w1_ws.station.uuid, "created": "2026-11-20T10:00:00+00:00",
                "holdings": [{"station": w1_ws.station.uuid, "through_seq": 3, "head_hash": "0" * 64}],
                "cases_digest": "", "case_count": 0}
    finally:
        hub_ws.close()
        w1_ws.close()
    forged = county.root / "forged.awreceipt"
    forged.write_bytes(receipt.build(body, key))
    code, out, _ = cli(county.w1, "--json", "sync", "import-receipt", str(forged))
    report = json.loads(out)
    assert report["confirmed"] == {} and "校验值与本站不同" in report["disagreements"][0]
    assert json.loads(cli(county.w1, "--json", "sync", "status")[1])["receiver"] is None


def test_a_conflict_made_at_two_stations_is_settled_and_the_settlement_travels(county, cli) -> None:
    import_(cli, county.hub, export(cli, county.w1, county.root / "w1.awsync"))
    number = _any_open_case(cli, county.w1)
    assert cli(county.w1, "case", "complete", number, "--result", "approved")[0] == 0
    assert cli(county.hub, "case", "terminate", number, "--reason", "申请人撤回申请")[0] == 0
    got = import_(cli, county.hub, export(cli, county.w1, county.root / "done.awsync", "--all"))
    assert got["conflicts"] == [number]
    code, out, _ = cli(county.hub, "case", "list", "--conflicts")
    assert number in out
    assert cli(county.hub, "case", "settle", number, "--conflict", "1", "--keep", "first",
               "--reason", "以窗口办结为准")[0] == 0
    back = import_(cli, county.w1, export(cli, county.hub, county.root / "settled.awsync", "--to", "01"))
    assert back["applied"]
    assert json.loads(cli(county.w1, "--json", "case", "list", "--conflicts")[1]) == []
    assert digest(county.w1) == digest(county.hub)


# -- refused files: a message, and the database byte for byte as it was ---------------------------


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def _zip(members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (members.items() if isinstance(members, dict) else members):
            archive.writestr(name, data)
    return buffer.getvalue()


def _w1_key(county: County):
    return serialization.load_pem_private_key((county.w1 / "keys" / "station-ed25519.pem").read_bytes(), None)


def _tampered(data: bytes, county: County) -> bytes:
    m = _members(data)
    m[package.EVENTS] = m[package.EVENTS].replace("赵".encode(), "钱".encode(), 1) if "赵".encode() in m[
        package.EVENTS] else m[package.EVENTS][:-2] + b" \n"
    return _zip(m)


def _unsigned(data: bytes, county: County) -> bytes:
    m = _members(data)
    del m[package.SIGNATURE]
    return _zip(m)


def _foreign(data: bytes, county: County) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    m = _members(data)
    manifest = json.loads(m[package.MANIFEST])
    return package.build(PackageContent({k: v for k, v in manifest.items() if k not in ("members", "signer_key")},
                                        m[package.EVENTS], m[package.REFS]), Ed25519PrivateKey.generate())


def _future(data: bytes, county: County) -> bytes:
    m = _members(data)
    manifest = json.loads(m[package.MANIFEST])
    manifest["format_version"] = 9
    manifest["program_version"] = "9.0.0"
    body = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    from app.sync import signing

    m[package.MANIFEST] = body
    m[package.SIGNATURE] = signing.sign(_w1_key(county), body, "future").encode()
    return _zip(m)


def _fork(data: bytes, county: County, keep_seal: bool = False) -> bytes:
    """Station 01's events re-hashed from number 3 on with other content, signed with its own key.

    Without the seal (as from a station that has not sealed) the fork is found against what
    the county holds; with it, the seal the package carries already contradicts the chain.
    """
    from app.store.event_format import event_hash

    m = _members(data)
    events = [json.loads(line) for line in m[package.EVENTS].splitlines()]
    chain = [e for e in events if e["seq"] >= 3]
    chain[0]["payload"] = chain[0]["payload"].replace("}", ',"x":1}', 1) if chain[0]["payload"] != "{}" else '{"x":1}'
    prev = chain[0]["prev_hash"]
    for e in chain:
        e["prev_hash"] = prev
        fields = {k: v for k, v in e.items() if k != "hash"}
        e["hash"] = prev = event_hash(**fields)
    manifest = json.loads(m[package.MANIFEST])
    manifest["stations"][0]["head_hash"] = events[-1]["hash"]
    if not keep_seal:
        manifest.pop("seal", None)
    lines = b"".join(json.dumps(e, ensure_ascii=False).encode() + b"\n" for e in events)
    return package.build(PackageContent({k: v for k, v in manifest.items() if k not in ("members", "signer_key")},
                                        lines, m[package.REFS]), _w1_key(county))


def _bomb(data: bytes, county: County) -> bytes:
    m = _members(data)
    m[package.EVENTS] = b"\n" * (60 * 1024 * 1024)
    return _zip(m)


REFUSALS = {
    "damaged": (lambda d, c: d[:500] + bytes([d[500] ^ 0xFF]) + d[501:], "损坏|校验|签名|不符"),
    "truncated": (lambda d, c: d[: len(d) // 2], "损坏|不完整"),
    "tampered": (_tampered, "校验值不符|改动"),
    "foreign-signed": (_foreign, "冒名"),
    "unsigned": (_unsigned, "缺少或多出"),
    "future-version": (_future, "格式版本 9.*9.0.0.*升级"),
    "not-a-package": (lambda d, c: "这是一封信".encode() * 100, "不是本程序的数据包"),
    "path-traversal": (lambda d, c: _zip(list(_members(d).items()) + [("../../evil.sh", b"rm -rf /")]), "不允许的路径"),
    "absolute-path": (lambda d, c: _zip(list(_members(d).items()) + [("/etc/cron.d/x", b"x")]), "不允许的路径"),
    "zip-bomb": (_bomb, "压缩炸弹"),
    "fork": (_fork, "第 3 号事件.*分叉"),
    "seal-contradicts-chain": (lambda d, c: _fork(d, c, keep_seal=True), "封印的不同"),
}


@pytest.mark.parametrize("kind", list(REFUSALS))
def test_a_bad_file_is_refused_with_a_message_and_changes_nothing(county, cli, kind) -> None:
    good = export(cli, county.w1, county.root / "good.awsync").read_bytes()
    if kind in ("fork", "seal-contradicts-chain"):
        import_(cli, county.hub, county.root / "good.awsync")
    make, pattern = REFUSALS[kind]
    bad = county.root / f"{kind}.awsync"
    bad.write_bytes(make(good, county))
    before = dump_hash(county.hub)
    code, out, err = cli(county.hub, "sync", "import", str(bad))
    assert code == 1, out
    import re

    assert re.search(pattern, err), err
    assert len(err.strip().splitlines()) == 1
    assert dump_hash(county.hub) == before
    assert not list((county.hub / "sync" / "pending").glob("*")) if (county.hub / "sync" / "pending").exists() else True


def test_a_duplicate_member_is_refused(county, cli) -> None:
    good = export(cli, county.w1, county.root / "good.awsync").read_bytes()
    m = list(_members(good).items())
    with pytest.warns(UserWarning):
        data = _zip(m + [(package.EVENTS, b"{}\n")])
    bad = county.root / "dup.awsync"
    bad.write_bytes(data)
    before = dump_hash(county.hub)
    code, _, err = cli(county.hub, "sync", "import", str(bad))
    assert code == 1 and "重名" in err and dump_hash(county.hub) == before


def test_an_unknown_station_needs_trust_new_and_a_revoked_one_is_refused(county, cli) -> None:
    code, _, _ = cli(county.hub, "station", "revoke", "02")
    assert code == 0
    p2 = export(cli, county.w2, county.root / "w2.awsync")
    before = dump_hash(county.hub)
    code, _, err = cli(county.hub, "sync", "import", str(p2), "--trust-new")
    assert code == 1 and "吊销" in err and dump_hash(county.hub) == before


def test_every_package_received_is_logged_once_with_its_outcome(county, cli) -> None:
    from app.services.sync_import import packages_received

    p1 = export(cli, county.w1, county.root / "w1.awsync")
    import_(cli, county.hub, p1)
    import_(cli, county.hub, p1)  # the same file again: still one package
    import_(cli, county.hub, export(cli, county.w2, county.root / "w2.awsync"))
    ws = Workspace.open(DataPaths(county.hub), daily_backup=False)
    try:
        got = packages_received(ws)
        stations = {Workspace.open(DataPaths(f), daily_backup=False) for f in (county.w1, county.w2)}
        uuids = set()
        for w in stations:
            uuids.add(w.station.uuid)
            w.close()
        assert set(got) == uuids and all(r.packages == 1 and r.newest is not None for r in got.values())
    finally:
        ws.close()
