"""One test per finding of the attack on a working station: data loss or lock-out,
impersonation, a dishonest audit, wrong results, and tracebacks instead of messages.

Each runs the command line as an attacker or an unlucky officer would, on a copy of an
initialised station, and checks what they would see and what is left on disk.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from people import id_for

from app.cli import main
from app.cli.common import ENV_PASSWORD
from app.paths import DataPaths
from app.services.officers import SIGN_IN_FAILED
from signing_in import give_password

TODAY = "2026-03-20"
ZHANG_ID = "11010519491231002X"
MZ1_ALL = ["01", "02", "03", "04", "05", "06", "07", "08"]


@pytest.fixture
def cli(station_dir: Path, capsys, monkeypatch):
    def run(*argv: str, today: str | None = TODAY, stdin: str | bytes | None = None,
            folder: Path | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            raw = stdin.encode() if isinstance(stdin, str) else stdin
            wrapper = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
            monkeypatch.setattr("sys.stdin", wrapper)
        give_password(argv)
        args = ["--data-dir", str(folder or station_dir)] + (["--today", today] if today else []) + list(argv)
        try:
            code = main(args)
        except SystemExit as exc:  # a usage error
            code = exc.code
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "Traceback" not in out
        return code, out, err

    return run


def new_case(cli, name: str = "张三", **kw) -> str:
    id_number = ZHANG_ID if name == "张三" else id_for(name)
    code, out, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", name,
                         "--id-number", id_number, "--phone", "13800138000", "--received", *MZ1_ALL, **kw)
    assert code == 0, err
    return out.splitlines()[0]


def db_of(folder: Path) -> Path:
    return DataPaths(folder).database


def sql(folder: Path, *statements: str) -> None:
    conn = sqlite3.connect(db_of(folder))
    with conn:
        for s in statements:
            conn.execute(s)
    conn.close()


def case_count(folder: Path) -> int:
    conn = sqlite3.connect(db_of(folder))
    try:
        return conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        conn.close()


# -- 1. a letter or an export written over the database ------------------------------------------


def test_1_no_output_lands_inside_the_data_folder(cli, station_dir):
    number = new_case(cli)
    before = db_of(station_dir).read_bytes()
    for target, extra in ((db_of(station_dir), ()), (db_of(station_dir), ("--format", "docx")),
                          (station_dir / "backups" / "x.pdf", ())):
        code, _, err = cli("--officer", "clerk", "letter", number, "--kind", "acceptance", "--out", str(target), *extra)
        assert code == 1 and "不能写到数据目录" in err
    code, _, err = cli("calendar", "export", "2026", "--out", str(db_of(station_dir)))
    assert code == 1 and "不能写到数据目录" in err
    code, _, err = cli("catalogue", "export", str(station_dir / "cat.json"))
    assert code == 1 and "不能写到数据目录" in err
    assert db_of(station_dir).read_bytes()[:16] == b"SQLite format 3\x00"
    assert not (station_dir / "backups" / "x.pdf").exists() and not (station_dir / "cat.json").exists()
    assert cli("case", "show", number)[0] == 0 and len(before) > 0


# -- 2. restore needs nothing from the live database --------------------------------------------


@pytest.mark.parametrize("damage", ["zero-byte", "truncated", "garbage", "newer-schema"])
def test_2_restore_works_when_the_live_database_is_unusable(cli, station_dir, damage):
    number = new_case(cli)
    code, out, _ = cli("--json", "admin", "backup")
    saved = Path(json.loads(out)["file"])
    db = db_of(station_dir)
    original = db.read_bytes()
    if damage == "zero-byte":
        db.write_bytes(b"")
    elif damage == "truncated":
        db.write_bytes(original[: len(original) // 3])
    elif damage == "garbage":
        db.write_bytes(b"\x00garbage" * 1000)
    else:
        sql(station_dir, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    for wal in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        wal.unlink(missing_ok=True)
    damaged = db.read_bytes()
    assert cli("case", "list")[0] == 1  # the live file is unusable
    code, out, err = cli("--officer", "admin", "admin", "restore", str(saved))
    assert code == 0, err
    assert cli("case", "show", number)[0] == 0
    kept = [p for p in (station_dir / "backups").rglob("*.sqlite3") if p != saved]
    if damage == "newer-schema":  # a sound file: saved as an ordinary backup before the restore
        versions = []
        for p in kept:
            conn = sqlite3.connect(p)
            versions += [v for (v,) in conn.execute("SELECT version_num FROM alembic_version")]
            conn.close()
        assert "9999_from_the_future" in versions
    else:
        assert any(p.read_bytes() == damaged for p in kept)  # kept aside whole, never deleted


def test_2_a_zero_byte_database_can_be_initialised(cli, tmp_data):
    db_of(tmp_data).write_bytes(b"")
    code, _, err = cli("case", "list", folder=tmp_data)
    assert code == 1 and "0 字节" in err and "init" in err
    code, out, err = cli("init", "--centre", "某镇便民服务中心", "--window", "社会事务窗口", "--admin", "admin",
                         "--password-stdin", stdin="secret123\n", folder=tmp_data)
    assert code == 0 and out.startswith("已初始化"), err


# -- 3. a backup from a newer program is refused before anything is replaced -------------------


def test_3_a_newer_schema_backup_is_refused_and_nothing_changes(cli, station_dir, tmp_path):
    code, out, _ = cli("--json", "admin", "backup")
    future = tmp_path / "future.sqlite3"
    future.write_bytes(Path(json.loads(out)["file"]).read_bytes())
    conn = sqlite3.connect(future)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = db_of(station_dir).read_bytes()
    code, _, err = cli("--officer", "admin", "admin", "restore", str(future))
    assert code == 1 and "更新版本的程序" in err
    assert db_of(station_dir).read_bytes() == before
    assert cli("case", "list")[0] == 0


# -- 4. a damaged page is never backed up over good backups --------------------------------------


def test_4_a_damaged_database_is_not_backed_up_and_good_backups_stay(cli, station_dir):
    for i in range(3):
        new_case(cli, name=f"张{'三四五'[i]}")
    code, out, _ = cli("--json", "admin", "backup")
    good = Path(json.loads(out)["file"])
    before = sorted(p.name for p in (station_dir / "backups").glob("*"))
    (station_dir / "backups" / "manual-19990101-000000-000000.part").write_bytes(b"")  # left by a crash
    os.utime(station_dir / "backups" / "manual-19990101-000000-000000.part", (0, 0))
    conn = sqlite3.connect(db_of(station_dir))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db_of(station_dir), "r+b") as fh:  # scribble over the events table's root page
        fh.seek((pages - 1) * page_size)
        fh.write(b"\xff" * page_size)
    code, _, err = cli("admin", "backup")
    assert code == 1 and "未作备份" in err
    backups = sorted(p.name for p in (station_dir / "backups").glob("*"))
    assert backups == before and good.name in backups  # no bad copy, and the stray .part is gone
    from app.store import backup as backup_store
    assert backup_store.file_problems(good) == []


# -- 5. a backup whose event chain is broken is refused ------------------------------------------


def test_5_a_backup_with_a_broken_chain_is_refused(cli, station_dir, tmp_path):
    new_case(cli)
    code, out, _ = cli("--json", "admin", "backup")
    edited = tmp_path / "edited.sqlite3"
    edited.write_bytes(Path(json.loads(out)["file"]).read_bytes())
    conn = sqlite3.connect(edited)
    with conn:
        conn.execute("UPDATE events SET payload = replace(payload, '张三', '李四')")
    conn.close()
    before = db_of(station_dir).read_bytes()
    code, _, err = cli("--officer", "admin", "admin", "restore", str(edited))
    assert code == 1 and "事件链" in err and "哈希不符" in err
    assert db_of(station_dir).read_bytes() == before


# -- 6. the command line authenticates -----------------------------------------------------------


def test_6_the_command_line_signs_the_officer_in(cli, station_dir, monkeypatch):
    # the same words for a wrong password and for a name that does not exist
    code, _, err_wrong = cli("--officer", "admin", "--password-stdin", "officer", "add", "mallory", "--role", "admin",
                             stdin="not-it\nmallory1\n")
    code2, _, err_none = cli("--officer", "ghost", "--password-stdin", "officer", "add", "mallory", "--role", "admin",
                             stdin="not-it\nmallory1\n")
    assert code == code2 == 1 and err_wrong == err_none == f"approval-window: {SIGN_IN_FAILED}\n"
    # no password at all
    code, _, err = cli("--officer", "admin", "--password-stdin", "officer", "deactivate", "clerk", stdin="")
    assert code == 1 and "没有读到" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    os.environ[ENV_PASSWORD] = ""
    assert main(["--data-dir", str(station_dir), "--officer", "admin", "officer", "deactivate", "clerk"]) == 1
    # a locked account does not act, even with the right password
    sql(station_dir, "UPDATE officers SET locked_until = '2099-01-01 00:00:00' WHERE username = 'boss'")
    code, _, err = cli("--officer", "boss", "case", "new", "--item", "MZ-001", "--name", "张三", "--id-number",
                       ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL)
    assert code == 1 and SIGN_IN_FAILED in err
    # a window officer cannot make an administrator, extend, or restore
    code, _, err = cli("--officer", "clerk", "--password-stdin", "officer", "add", "mallory", "--role", "admin",
                       stdin="clerkpass1\nmallory1\n")
    assert code == 1 and "只有管理员" in err
    number = new_case(cli)
    code, _, err = cli("--officer", "clerk", "case", "extend", number, "--days", "5", "--reason", "复杂")
    assert code == 1 and "主管" in err
    listed = cli("--json", "officer", "list")[1]
    assert "mallory" not in listed


# -- 7. private files -----------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_7_data_folder_database_wal_backups_and_letters_are_private(cli, tmp_data, tmp_path):
    os.chmod(tmp_data, 0o755)
    assert cli("init", "--centre", "某镇便民服务中心", "--window", "社会事务窗口", "--admin", "admin",
               "--password-stdin", stdin="secret123\n", folder=tmp_data)[0] == 0
    code, out, _ = cli("--json", "admin", "backup", folder=tmp_data)
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert mode(tmp_data) == 0o700
    db = db_of(tmp_data)
    assert mode(db) == 0o600 and mode(Path(json.loads(out)["file"])) == 0o600
    for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if side.exists():
            assert mode(side) == 0o600
    for folder in ("backups", "keys", "calendar"):
        assert mode(tmp_data / folder) == 0o700
    assert mode(tmp_data / "keys" / "station-ed25519.pem") == 0o600
    code, _, _ = cli("calendar", "export", "2026", "--out", str(tmp_path / "2026.json"), folder=tmp_data)
    assert code == 0 and mode(tmp_path / "2026.json") == 0o600


# -- 8. an honest audit -----------------------------------------------------------------------------


@pytest.fixture
def with_cases(cli, station_dir):
    for name in ("张三", "李四", "王五"):
        new_case(cli, name=name)
    assert cli("audit", "verify")[0] == 0
    return station_dir


def audit_says(cli) -> str:
    code, out, err = cli("audit", "verify")
    assert code == 1, out
    return out + err


def test_8_deleting_the_newest_events_with_their_head_is_found(cli, with_cases):
    sql(with_cases, "DELETE FROM events WHERE seq > 1", "DELETE FROM chain_heads")
    assert "链尾" in audit_says(cli)


def test_8_an_event_appended_beyond_the_head_is_found(cli, with_cases):
    from app.store.events import event_hash
    conn = sqlite3.connect(db_of(with_cases))
    row = conn.execute("SELECT station_uuid, seq, case_uuid, officer, hlc, type, payload, hash FROM events "
                       "ORDER BY seq DESC LIMIT 1").fetchone()
    new = dict(station_uuid=row[0], seq=row[1] + 1, uuid="forged-0000", case_uuid=row[2], officer="admin",
               hlc=row[4][:-5] + "00009", type="note_added", payload='{"date":"2026-03-20","text":"x"}',
               prev_hash=row[7])
    new["hash"] = event_hash(**new)
    with conn:
        conn.execute("INSERT INTO events (uuid, station_uuid, seq, case_uuid, officer, hlc, type, payload, prev_hash,"
                     " hash) VALUES (:uuid, :station_uuid, :seq, :case_uuid, :officer, :hlc, :type, :payload,"
                     " :prev_hash, :hash)", new)
    conn.close()
    assert "链尾之后" in audit_says(cli)


def test_8_an_emptied_log_beside_a_full_case_list_is_found(cli, with_cases):
    sql(with_cases, "DELETE FROM events", "DELETE FROM chain_heads")
    said = audit_says(cli)
    assert "3 件案件在案件表中却没有任何事件" in said and "共核验 0 条事件" in said


def test_8_a_full_rehash_after_an_edit_is_found_by_the_seal(cli, with_cases):
    from app.store.events import GENESIS, event_hash
    conn = sqlite3.connect(db_of(with_cases))
    rows = conn.execute("SELECT uuid, station_uuid, seq, case_uuid, officer, hlc, type, payload FROM events "
                        "ORDER BY seq").fetchall()
    prev = GENESIS
    with conn:
        for r in rows:
            payload = r[7].replace("张三", "赵六")
            h = event_hash(station_uuid=r[1], seq=r[2], uuid=r[0], case_uuid=r[3], officer=r[4], hlc=r[5],
                           type=r[6], payload=payload, prev_hash=prev)
            conn.execute("UPDATE events SET payload = ?, prev_hash = ?, hash = ? WHERE uuid = ?", (payload, prev, h, r[0]))
            prev = h
        conn.execute("UPDATE chain_heads SET hash = ?", (prev,))
    conn.close()
    assert "重新计算了哈希" in audit_says(cli)


def test_8_edits_to_officers_and_catalogue_are_found(cli, with_cases):
    sql(with_cases, "UPDATE officers SET role = 'admin' WHERE username = 'clerk'")
    assert "工作人员表在程序之外被改动" in audit_says(cli)
    sql(with_cases, "UPDATE officers SET role = 'officer' WHERE username = 'clerk'",
        "UPDATE item_versions SET content_hash = 'x' || content_hash WHERE code = 'MZ-001'")
    assert "事项清单在程序之外被改动" in audit_says(cli)


@pytest.mark.parametrize("edit, named", [
    ("UPDATE cases SET status = 'completed'", "状态"),
    ("UPDATE cases SET applicant_name = '假名'", "申请人"),
    ("UPDATE cases SET phone = '13900000000'", "电话"),
    ("UPDATE cases SET next_deadline = '2030-01-01'", "最近期限"),
    ("DELETE FROM cases WHERE rowid = (SELECT min(rowid) FROM cases)", "不在案件表中"),
    ("UPDATE cases SET is_open = 0", "是否在办"),
])
def test_8_admin_check_names_each_edit_to_the_case_table(cli, with_cases, edit, named):
    sql(with_cases, edit)
    code, out, err = cli("admin", "check")
    assert code == 1 and named in out


# -- 9. text that forges lines or hides itself ---------------------------------------------------


@pytest.mark.parametrize("name, why", [
    ("张三\n某镇便民受字〔2026〕第9999号  已办结  李四", "换行"),
    ("张\x1b[31m三", "控制字符"),
    ("\u202e三张", "改变文字方向"),
    ("\u200b\u200b", "看不见"),
    ("张\x00三", "控制字符"),
])
def test_9_control_bidi_and_invisible_names_are_refused(cli, station_dir, name, why):
    code, _, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", name, "--id-number",
                       ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL)
    assert code == 1 and why in err and err.count("\n") == 1
    assert case_count(station_dir) == 0


# -- 10. LIKE wildcards -----------------------------------------------------------------------------


def test_10_percent_and_underscore_search_for_themselves(cli):
    new_case(cli, name="张三")
    new_case(cli, name="李四")
    for wildcard in ("%", "_", "张%", "_三"):
        code, out, _ = cli("case", "list", "--search", wildcard)
        assert code == 0 and out.strip().endswith("共 0 件"), wildcard


# -- 11. dates far ahead ------------------------------------------------------------------------------


@pytest.mark.parametrize("ahead", ["2099-06-01", "a year"])
def test_11_a_date_far_ahead_is_refused_for_writes(cli, station_dir, ahead):
    import datetime as dt
    day = ahead if ahead[0].isdigit() else (dt.date.today() + dt.timedelta(days=365)).isoformat()
    code, _, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三", "--id-number",
                       ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL, today=day)
    assert code == 1 and ("不能按将来的日期办理" in err or "太远" in err)
    assert case_count(station_dir) == 0
    conn = sqlite3.connect(db_of(station_dir))
    assert conn.execute("SELECT count(*) FROM case_counters").fetchone()[0] == 0  # no number burnt
    conn.close()


def test_11_a_clock_that_ran_ahead_once_is_confirmed_away(cli, station_dir):
    from app.domain.hlc import Hlc
    import time
    number = new_case(cli)
    year_ahead = Hlc(int(time.time() * 1000) + 365 * 86_400_000).encode()
    sql(station_dir, f"UPDATE events SET hlc = '{year_ahead}' WHERE seq = (SELECT max(seq) FROM events)")
    code, _, err = cli("--officer", "clerk", "case", "note", number, "补交身份证复印件", today=None)
    assert code == 1 and "admin confirm-clock" in err
    assert cli("--officer", "clerk", "admin", "confirm-clock", today=None)[0] == 1  # an administrator's call
    assert cli("--officer", "admin", "admin", "confirm-clock", today=None)[0] == 0
    code, _, err = cli("--officer", "clerk", "case", "note", number, "补交身份证复印件", today=None)
    assert code == 0, err


# -- 12. backdated actions ------------------------------------------------------------------------------


def test_12_an_action_may_not_predate_the_cases_last_event(cli):
    number = new_case(cli, **{})
    code, _, err = cli("--officer", "clerk", "case", "note", number, "倒填的备注", today="2026-03-01")
    assert code == 1 and "不能倒填" in err
    tolerant = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "李四", "--id-number",
                   id_for("李四"), "--phone", "13800138000", "--received", "01", "02", "03", "04", "05", "06",
                   "--missing", "07", "--commitment-signed", "--date", "2026-03-02")[1].splitlines()[0]
    assert cli("--officer", "clerk", "case", "pause", tolerant, "--reason", "公示", "--date", "2026-03-10")[0] == 0
    assert cli("--officer", "clerk", "case", "resume", tolerant, "--date", "2026-03-16")[0] == 0
    code, _, err = cli("--officer", "clerk", "case", "supply", tolerant, "07", "--date", "2026-03-12")
    assert code == 1 and "不能倒填" in err


# -- 13. lengths and bounds ------------------------------------------------------------------------------


def test_13_overlong_text_and_implausible_catalogue_and_calendar_values_are_refused(cli, station_dir, tmp_path):
    code, _, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张" * 100_000,
                       "--id-number", ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL)
    assert code == 1 and "过长" in err and len(err) < 300
    number = new_case(cli)
    code, _, err = cli("--officer", "boss", "case", "terminate", number, "--reason", "理" * 100_000)
    assert code == 1 and "过长" in err
    code, out, _ = cli("--json", "catalogue", "list")
    item = json.loads(out)[0]
    item = {k: v for k, v in item.items() if k not in ("version", "created_at", "created_by", "uuid")}
    item["promised_days"] = item["legal_days"] = 100_000
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "approval-window-catalogue", "version": 1, "items": [item]},
                              ensure_ascii=False), encoding="utf-8")
    code, _, err = cli("--officer", "admin", "catalogue", "import", str(bad))
    assert code == 1 and "不能大于" in err
    year = {"year": 2027, "source": "通知", "holidays": [{"name": "全年", "dates": [
        f"2027-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)]}]}
    (tmp_path / "y.json").write_text(json.dumps(year, ensure_ascii=False), encoding="utf-8")
    code, _, err = cli("--officer", "admin", "calendar", "import", str(tmp_path / "y.json"))
    assert code == 1 and "超出合理范围" in err


# -- tracebacks instead of messages ---------------------------------------------------------------------


def _pragma(monkeypatch, statement: str) -> None:
    from app.store import database
    original = database._sqlite_pragmas

    def with_extra(conn, record):
        original(conn, record)
        conn.execute(statement)

    monkeypatch.setattr(database, "_sqlite_pragmas", with_extra)


@pytest.mark.parametrize("statement, said", [
    ("PRAGMA query_only = ON", "只读"),
    ("PRAGMA max_page_count = 1", "磁盘空间已满"),
])
def test_sqlite_errors_at_write_time_are_messages_and_nothing_is_half_written(cli, station_dir, monkeypatch,
                                                                                statement, said):
    new_case(cli)
    _pragma(monkeypatch, statement)
    code, _, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "李四", "--id-number",
                       id_for("李四"), "--phone", "13800138000", "--received", *MZ1_ALL)
    assert code == 1 and said in err and "未保存" in err
    monkeypatch.undo()
    assert case_count(station_dir) == 1
    assert cli("audit", "verify")[0] == 0


def test_a_locked_database_is_a_message(cli, station_dir, monkeypatch):
    new_case(cli)
    _pragma(monkeypatch, "PRAGMA busy_timeout = 50")
    holder = sqlite3.connect(db_of(station_dir), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = cli("--officer", "clerk", "case", "note", "某镇便民受字〔2026〕第0001号", "x")
    finally:
        holder.rollback()
        holder.close()
    assert code == 1 and "正忙" in err


def test_a_backup_that_fails_leaves_no_part_file(cli, station_dir, monkeypatch):
    from app.store import backup

    def full(src, target):
        target.write_bytes(b"")
        src.close()
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full)
    code, _, err = cli("admin", "backup")
    assert code == 1 and "磁盘空间已满" in err
    assert list((station_dir / "backups").glob("*")) == []


@pytest.mark.parametrize("argv, code_wanted", [
    (("case", "list", "--limit", str(10 ** 20)), 2),
    (("case", "list", "--due-within", "100000"), 1),
    (("case", "list", "--search", "张" * 100_000), 1),
    (("case", "list",), 1),  # with --today 2100-12-30, below
])
def test_out_of_range_arguments_are_messages(cli, argv, code_wanted):
    today = "2100-12-30" if argv == ("case", "list") else TODAY
    code, _, err = cli(*argv, today=today)
    assert code == code_wanted and err.strip()


def test_invalid_utf8_on_stdin_is_a_message(cli):
    code, _, err = cli("--officer", "admin", "--password-stdin", "officer", "deactivate", "clerk",
                       stdin=b"\xff\xfe\xfa\n")
    assert code == 1 and "UTF-8" in err


def test_a_data_dir_that_is_a_file_is_a_message(cli, tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    code, _, err = cli("case", "list", folder=target)
    assert code == 1 and "不是文件夹" in err


def test_hostile_catalogue_files_are_refused_quickly(cli, tmp_path, monkeypatch):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    code, _, err = cli("--officer", "admin", "catalogue", "import", str(deep))
    assert code == 1 and "嵌套" in err
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as fh:
        fh.truncate(45 * 1024 * 1024)
    code, _, err = cli("--officer", "admin", "catalogue", "import", str(huge))
    assert code == 1 and "文件过大" in err
    from openpyxl import Workbook

    from app.services import catalogue_files
    monkeypatch.setattr(catalogue_files, "MAX_ROWS", 50)
    book = Workbook()
    book.active.title = "事项"
    book.active.append(["事项编码", "事项名称"])
    for i in range(60):
        book.active.append([f"X-{i}", "名称"])
    book.create_sheet("材料").append(["事项编码", "材料编码"])
    book.save(tmp_path / "rows.xlsx")
    code, _, err = cli("--officer", "admin", "catalogue", "import", str(tmp_path / "rows.xlsx"))
    assert code == 1 and "超过 50 行" in err


def test_8_a_database_put_back_to_an_older_copy_of_itself_is_found(cli, with_cases):
    """Each copy carries a valid seal; the newest seal kept beside the key shows it is older."""
    code, out, _ = cli("--json", "admin", "backup")
    older = Path(json.loads(out)["file"]).read_bytes()
    new_case(cli, name="赵六")
    db = db_of(with_cases)
    for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        side.unlink(missing_ok=True)
    db.write_bytes(older)
    assert "较早的副本" in audit_says(cli)


def test_8_a_restored_backup_is_the_newest_known_state(cli, with_cases):
    code, out, _ = cli("--json", "admin", "backup")
    saved = Path(json.loads(out)["file"])
    new_case(cli, name="赵六")
    assert cli("--officer", "admin", "admin", "restore", str(saved))[0] == 0
    code, out, err = cli("audit", "verify")
    assert code == 0, out + err  # chosen by an administrator, not a rollback
