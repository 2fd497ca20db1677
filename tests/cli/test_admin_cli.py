"""``init``, ``officer``, ``demo``, ``catalogue``, ``audit`` and ``admin`` as an administrator uses them."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from signing_in import give_password
from app.paths import DataPaths
from app.services.officers import SIGN_IN_FAILED
from app.services.catalogue_files import read_catalogue_file, write_catalogue_json, write_catalogue_xlsx

TODAY = "2026-03-20"
MZ1_ALL = ["01", "02", "03", "04", "05", "06", "07", "08"]


def run(capsys, monkeypatch, folder: Path, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    give_password(argv)
    code = main(["--data-dir", str(folder), "--today", TODAY, *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def cli(station_dir, capsys, monkeypatch):
    def go(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, station_dir, *argv, stdin=stdin)

    return go


def database_dump(folder: Path) -> list[str]:
    conn = sqlite3.connect(DataPaths(folder).database)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# -- init --------------------------------------------------------------------------------------


def test_init_reads_the_password_from_stdin_and_twice_changes_nothing(tmp_data, capsys, monkeypatch):
    args = ("init", "--centre", "某镇便民服务中心", "--window", "社会事务窗口", "--admin", "admin", "--password-stdin")
    code, out, _ = run(capsys, monkeypatch, tmp_data, *args, stdin="secret123\n")
    assert code == 0
    assert out == f"已初始化：某镇便民服务中心 · 社会事务窗口；管理员 admin；数据目录 {tmp_data}\n"
    before = database_dump(tmp_data)
    code, out, _ = run(capsys, monkeypatch, tmp_data, "init", "--centre", "别的中心", "--window", "别的窗口",
                       "--admin", "other", "--password-stdin", stdin="another99\n")
    assert code == 0
    assert out == f"数据目录 {tmp_data} 已初始化（某镇便民服务中心 · 社会事务窗口），未作任何改动\n"
    assert database_dump(tmp_data) == before
    code, out, _ = run(capsys, monkeypatch, tmp_data, "--json", "init", "--centre", "x", "--window", "y",
                       "--admin", "z", "--password-stdin", stdin="whatever1\n")
    assert code == 0 and json.loads(out)["created"] is False


def test_init_without_a_password_changes_nothing(tmp_data, capsys, monkeypatch):
    args = ("init", "--centre", "某镇便民服务中心", "--window", "社会事务窗口", "--admin", "admin")
    code, _, err = run(capsys, monkeypatch, tmp_data, *args, "--password-stdin", stdin="")
    assert (code, err) == (1, "approval-window: 标准输入中没有读到密码\n")
    code, _, err = run(capsys, monkeypatch, tmp_data, *args, stdin="secret123\n")  # stdin is no terminal
    assert (code, err) == (1, "approval-window: 没有终端可以输入密码；请使用 --password-stdin\n")
    code, _, err = run(capsys, monkeypatch, tmp_data, *args, "--password-stdin", stdin="short\n")
    assert (code, err) == (1, "approval-window: 密码至少 6 位\n")
    assert not any(line.startswith('INSERT INTO "stations"') for line in database_dump(tmp_data))
    assert not any(line.startswith('INSERT INTO "officers"') for line in database_dump(tmp_data))


# -- officers ------------------------------------------------------------------------------------


def test_only_the_admin_adds_officers(cli):
    code, out, _ = cli("--officer", "admin", "officer", "add", "xiaoli", "--role", "officer",
                       "--display-name", "小李", "--password-stdin", stdin="secret123\nxiaoli123\n")
    assert (code, out) == (0, "已添加工作人员 xiaoli（窗口工作人员）\n")
    code, _, err = cli("--officer", "boss", "officer", "add", "xiaozhao", "--role", "officer", "--password-stdin",
                       stdin="bosspass1\nxiaozhao1\n")
    assert (code, err) == (1, "approval-window: 只有管理员可以添加工作人员\n")
    code, _, err = cli("officer", "add", "xiaozhao", "--role", "officer", "--password-stdin", stdin="xiaozhao1\n")
    assert (code, err) == (1, "approval-window: 此命令会修改数据，须用 --officer NAME 指明操作人\n")
    code, out, _ = cli("--json", "officer", "list")
    listed = {o["username"]: o for o in json.loads(out)}
    assert set(listed) == {"admin", "boss", "clerk", "xiaoli"}
    assert listed["xiaoli"] == {"username": "xiaoli", "display_name": "小李", "role": "officer", "active": True,
                                "locked": False}


def test_set_role_reset_password_and_deactivate(cli):
    assert cli("--officer", "boss", "officer", "reset-password", "clerk", "--password-stdin",
               stdin="bosspass1\nclerknew9\n")[0] == 0
    code, _, err = cli("--officer", "boss", "officer", "reset-password", "admin", "--password-stdin",
                       stdin="bosspass1\ntakeover1\n")
    assert (code, err) == (1, "approval-window: 主管只能重置窗口工作人员的密码；主管和管理员的密码须由管理员重置\n")
    assert cli("--officer", "admin", "officer", "set-role", "clerk", "--role", "supervisor")[0] == 0
    code, out, _ = cli("--officer", "admin", "officer", "deactivate", "boss")
    assert (code, out) == (0, "已停用 boss\n")
    code, _, err = cli("--officer", "boss", "case", "resume", "X")
    assert (code, err) == (1, f"approval-window: {SIGN_IN_FAILED}\n")  # the same as an unknown name


def test_role_choices_are_checked_by_the_parser(station_dir, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(station_dir), "officer", "add", "x", "--role", "boss"])
    assert info.value.code == 2 and "无效的选项" in capsys.readouterr().err


# -- demo -----------------------------------------------------------------------------------------


def test_demo_with_json(cli):
    code, out, _ = cli("--officer", "admin", "--json", "demo", "--cases", "40", "--seed", "5")
    record = json.loads(out)
    assert code == 0 and record["cases"] == 40 and record["events"] >= 80
    code, out, _ = cli("--json", "case", "list")
    assert len(json.loads(out)) == 40


# -- catalogue ---------------------------------------------------------------------------------


def test_catalogue_list_json_fields(cli):
    code, out, _ = cli("--json", "catalogue", "list")
    items = {i["code"]: i for i in json.loads(out)}
    assert code == 0 and len(items) == 28
    mz1 = items["MZ-001"]
    assert (mz1["name"], mz1["tolerant_allowed"], mz1["promised_days"], mz1["default_supply_days"]) == (
        "最低生活保障", True, 20, 10)
    first = mz1["materials"][0]
    assert {"code", "name", "required", "tolerable"} <= set(first)
    assert (first["code"], first["required"], first["tolerable"]) == ("01", True, False)
    assert [m["tolerable"] for m in mz1["materials"]] == [False, False, False, True, True, True, True, False]
    assert items["WJ-001"]["tolerant_allowed"] is False and items["WJ-001"]["default_supply_days"] is None
    code, out, _ = cli("catalogue", "list")
    assert "MZ-001  最低生活保障  承诺 20 个工作日  可容缺（补正 10 个工作日）  第 1 版" in out


def _changed_catalogue(station_dir: Path, tmp_path: Path, suffix: str) -> Path:
    shipped = read_catalogue_file(Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "township.json")
    items = [dataclasses.replace(i, promised_days=8) if i.code == "CL-001" else i for i in shipped.items]
    target = tmp_path / f"catalogue{suffix}"
    (write_catalogue_json if suffix == ".json" else write_catalogue_xlsx)(items, target)
    return target


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_catalogue_import_makes_a_new_version_and_a_case_keeps_its_own(cli, station_dir, tmp_path, suffix):
    code, out, _ = cli("--officer", "clerk", "case", "new", "--item", "CL-001", "--name", "张三", "--id-number",
                       "11010519491231002X", "--phone", "13800138000", "--received", *MZ1_ALL)
    number = out.strip()
    path = _changed_catalogue(station_dir, tmp_path, suffix)
    code, _, err = cli("--officer", "clerk", "catalogue", "import", str(path))
    assert (code, err) == (1, "approval-window: 只有管理员可以修改事项清单\n")
    code, out, _ = cli("--officer", "admin", "catalogue", "import", str(path))
    assert (code, out) == (0, "已导入：新增 0 项，更新 1 项（生成新版本），未变 27 项\n")
    code, out, _ = cli("catalogue", "list")
    assert "CL-001  困难残疾人生活补贴和重度残疾人护理补贴  承诺 8 个工作日" in out and "第 2 版" in out
    code, out, _ = cli("case", "show", number)
    assert "（CL-001，第 1 版）" in out.splitlines()[0]
    assert "办结时限 2026-03-26" in out  # still 4 working days from 3/20


def test_catalogue_import_with_a_bad_cell_names_sheet_row_and_column(cli, station_dir, tmp_path):
    path = _changed_catalogue(station_dir, tmp_path, ".xlsx")
    workbook = load_workbook(path)
    sheet = workbook["事项"]
    header = [c.value for c in sheet[1]]
    sheet.cell(3, header.index("承诺办结时限（工作日）") + 1).value = "十天"
    workbook.save(path)
    code, out, err = cli("--officer", "admin", "catalogue", "import", str(path))
    assert (code, out) == (1, "")
    assert err == ("approval-window: 工作表“事项”第3行“承诺办结时限（工作日）”列："
                   "“承诺办结时限（工作日）”应为整数，现为“十天”\n")
    code, out, _ = cli("catalogue", "list")
    assert "第 2 版" not in out  # the valid change to CL-001 was not imported either


def test_catalogue_export_round_trip(cli, tmp_path):
    target = tmp_path / "out.xlsx"
    code, out, _ = cli("catalogue", "export", str(target))
    assert (code, out) == (0, f"已导出 28 项到 {target}\n")
    assert read_catalogue_file(target).ok
    code, _, err = cli("catalogue", "export", str(tmp_path / "out.csv"))
    assert (code, err) == (1, "approval-window: 不支持的导出格式“.csv”，请用 .json 或 .xlsx\n")


# -- audit and admin ----------------------------------------------------------------------------


@pytest.fixture
def with_cases(cli):
    assert cli("--officer", "admin", "--json", "demo", "--cases", "30", "--seed", "2")[0] == 0
    return cli


def test_audit_verify_passes_then_names_an_edited_event(with_cases, station_dir):
    cli = with_cases
    code, out, _ = cli("audit", "verify")
    assert code == 0 and out.startswith("事件链完好：共核验 ")
    conn = sqlite3.connect(DataPaths(station_dir).database)
    with conn:
        uuid, seq, payload = conn.execute("SELECT uuid, seq, payload FROM events WHERE seq = 10").fetchone()
        conn.execute("UPDATE events SET payload = ? WHERE uuid = ?", (payload.replace('"date":"', '"date":"1', 1),
                                                                      uuid))
    conn.close()
    code, out, err = cli("audit", "verify")
    assert code == 1
    assert "第 10 号事件：事件内容被改动（哈希不符）" in out
    assert err.startswith("approval-window: 事件链已被破坏：发现 1 处问题")
    code, out, _ = cli("--json", "audit", "verify")
    record = json.loads(out)
    assert code == 1 and record["ok"] is False
    assert record["problems"] == [{"station": record["problems"][0]["station"], "seq": 10, "event": uuid,
                                   "problem": "事件内容被改动（哈希不符）"}]


def test_rebuild_says_the_state_is_unchanged(with_cases):
    code, out, _ = with_cases("--officer", "admin", "--json", "admin", "rebuild")
    assert code == 0 and json.loads(out) == {"cases": 30, "workers": 0, "unchanged": True}
    code, out, _ = with_cases("--officer", "admin", "admin", "rebuild")
    assert out == "已由事件重建 30 件案件，结果与重建前一致\n"


def test_rebuild_with_worker_processes_says_the_state_is_unchanged(with_cases, capsys):
    """``--jobs 2`` folds in two worker processes even for a few cases; 0 is refused before anything runs."""
    code, out, _ = with_cases("--officer", "admin", "--json", "admin", "rebuild", "--jobs", "2")
    record = json.loads(out)
    assert code == 0 and record["cases"] == 30 and record["unchanged"] is True
    assert record["workers"] in (1, 2)  # whichever worker started first may have taken every range
    code, out, _ = with_cases("--officer", "admin", "admin", "rebuild", "--jobs", "2")
    assert re.fullmatch(r"已由事件重建 30 件案件（[12] 个工作进程分担），结果与重建前一致\n", out)
    with pytest.raises(SystemExit) as info:
        with_cases("--officer", "admin", "admin", "rebuild", "--jobs", "0")
    assert info.value.code == 2 and "应为正整数" in capsys.readouterr().err


def test_backup_list_check_and_restore(with_cases, station_dir):
    cli = with_cases
    code, out, _ = cli("--json", "admin", "backup")
    saved = Path(json.loads(out)["file"])
    assert code == 0 and saved.exists()
    code, out, _ = cli("--json", "admin", "backups")
    assert str(saved) in [b["file"] for b in json.loads(out)]
    assert cli("admin", "check") == (0, "数据库完整性检查通过：案件表与事件一致\n", "")
    cli("--officer", "admin", "--json", "demo", "--cases", "5", "--seed", "9")
    code, out, _ = cli("--json", "case", "list")
    assert len(json.loads(out)) == 35
    code, _, err = cli("--officer", "clerk", "admin", "restore", str(saved))
    assert (code, err) == (1, "approval-window: 只有管理员可以从备份恢复\n")
    code, out, _ = cli("--officer", "admin", "admin", "restore", str(saved))
    assert code == 0 and out.startswith(f"已从 {saved.name} 恢复（30 件案件")
    assert "恢复前的数据库已另存为" in out and "before-restore-" in out
    code, out, _ = cli("--json", "case", "list")
    assert len(json.loads(out)) == 30
    code, _, err = cli("--officer", "admin", "admin", "restore", str(station_dir / "nope.sqlite3"))
    assert code == 1 and "找不到备份文件" in err
