"""The ``calendar`` commands as an administrator or a script uses them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from signing_in import give_password
from app.domain.calendar import package_schedules, parse_year_file
from app.paths import resources_dir

REPO = Path(__file__).resolve().parents[2]

YEAR_2027 = {
    "year": 2027,
    "source": "国务院办公厅关于2027年部分节假日安排的通知",
    "holidays": [
        {"name": "元旦", "dates": ["2027-01-01", "2027-01-02", "2027-01-03"]},
        {"name": "春节", "dates": [f"2027-02-{d:02d}" for d in range(6, 15)]},
    ],
    "workdays": [{"name": "春节", "dates": ["2027-02-20"]}],
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    give_password(argv)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "用法错误" in err and "Traceback" not in err
    return err


def write(folder: Path, name: str, content: object) -> Path:
    path = folder / name
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"" for p in sorted(folder.rglob("*"))}


# -- counting -------------------------------------------------------------------------------


def test_add_workdays_prints_the_date(tmp_data: Path, capsys) -> None:
    # Friday 2025-09-26: 9/28 (Sun, worked), 9/29, 9/30, then 10/9 after National Day.
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2025-09-26", "4") == (
        0,
        "2025-10-09\n",
        "",
    )


def test_add_workdays_marks_an_uncovered_result(tmp_data: Path, capsys) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2026-12-30", "2")
    assert (code, out) == (0, "2027-01-01 unconfirmed\n")


def test_add_workdays_json(tmp_data: Path, capsys) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_data), "--json", "calendar", "add-workdays", "2026-12-30", "2")
    assert code == 0 and json.loads(out) == {"date": "2027-01-01", "confirmed": False}
    code, out, _ = run(capsys, "--data-dir", str(tmp_data), "--json", "calendar", "add-workdays", "2025-12-31", "1")
    assert code == 0 and json.loads(out) == {"date": "2026-01-04", "confirmed": True}


def test_workdays_between(tmp_data: Path, capsys) -> None:
    # Thursday 2026-02-12 to Monday 3/2 across Spring Festival: 2/13, 2/14, 2/24–2/28, 3/2.
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "workdays-between", "2026-02-12", "2026-03-02")[:2] == (
        0,
        "8\n",
    )
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "workdays-between", "2026-03-02", "2026-02-12")[:2] == (
        0,
        "-8\n",
    )
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_data), "--json", "calendar", "workdays-between", "2026-12-30", "2027-01-04"
    )
    assert code == 0 and json.loads(out) == {"workdays": 3, "confirmed": False}


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "{d}", "--json", "calendar", "add-workdays", "2026-12-30", "2"],
        ["calendar", "--data-dir", "{d}", "--json", "add-workdays", "2026-12-30", "2"],
        ["calendar", "add-workdays", "2026-12-30", "2", "--data-dir", "{d}", "--json"],
        ["--json", "calendar", "add-workdays", "--data-dir", "{d}", "2026-12-30", "2"],
    ],
    ids=["before", "between", "after", "split"],
)
def test_global_options_anywhere(tmp_data: Path, capsys, argv: list[str]) -> None:
    code, out, _ = run(capsys, *[a.replace("{d}", str(tmp_data)) for a in argv])
    assert code == 0 and json.loads(out) == {"date": "2027-01-01", "confirmed": False}


# -- import, export, status -----------------------------------------------------------------


def test_import_makes_a_year_confirmed_and_survives_a_restart(tmp_data: Path, tmp_path: Path, capsys) -> None:
    before = run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2027-02-05", "1")
    assert before[:2] == (0, "2027-02-08 unconfirmed\n")
    code, out, err = run(capsys, "--data-dir", str(tmp_data), "calendar", "import", str(write(tmp_path, "y.json", YEAR_2027)))
    assert (code, err) == (0, "")
    assert "已导入 2027 年日历" in out and "12 个放假日" in out and "1 个调休上班日" in out
    assert (tmp_data / "calendar" / "2027.json").is_file()
    # Each call loads the calendar afresh from the data folder, as a restarted program does.
    after = run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2027-02-05", "1")
    assert after[:2] == (0, "2027-02-15\n")
    code, out, _ = run(capsys, "--data-dir", str(tmp_data), "--json", "calendar", "status")
    years = {y["year"]: y for y in json.loads(out)}
    assert years[2027] == {"year": 2027, "origin": "imported", "source": YEAR_2027["source"]}
    assert years[2025]["origin"] == "package" and min(years) == 2004


def test_status_lists_the_years_in_text(tmp_data: Path, capsys) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_data), "calendar", "status")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("2004  内置") and any(l.startswith("2026  内置") for l in lines)
    assert "未确认" in lines[-1]


def test_the_shipped_2026_file_imports_and_overrides_the_package(tmp_data: Path, capsys) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_data), "calendar", "import", str(resources_dir() / "calendar" / "2026.json"))
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "--data-dir", str(tmp_data), "--json", "calendar", "status")
    assert {y["year"]: y["origin"] for y in json.loads(out)}[2026] == "imported"
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2026-09-18", "9")[1] == "2026-10-08\n"


def test_an_imported_year_overrides_the_package_year(tmp_data: Path, tmp_path: Path, capsys) -> None:
    data = json.loads((resources_dir() / "calendar" / "2026.json").read_text(encoding="utf-8"))
    data["workdays"] = [g for g in data["workdays"] if g["name"] != "春节"]
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2026-02-27", "1")[1] == "2026-02-28\n"
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "import", str(write(tmp_path, "fix.json", data)))[0] == 0
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2026-02-27", "1")[1] == "2026-03-02\n"


def _refusal(**changes: object) -> dict:
    return {**YEAR_2027, **changes}


REFUSED_FILES = [
    ("holiday and workday", _refusal(workdays=[{"name": "春节", "dates": ["2027-02-06"]}]), "既是放假日期"),
    ("outside the year", _refusal(holidays=[{"name": "元旦", "dates": ["2028-01-01"]}]), "不在 2027 年内"),
    ("malformed date", _refusal(holidays=[{"name": "元旦", "dates": ["2027/01/01"]}]), "格式不正确"),
    ("weekday as workday", _refusal(workdays=[{"name": "春节", "dates": ["2027-02-05"]}]), "本来就是工作日"),
    ("not JSON", '{"year": 2027, "holidays": [', "不是有效的 JSON"),
    ("missing source", {k: v for k, v in YEAR_2027.items() if k != "source"}, "缺少 source"),
]


@pytest.mark.parametrize(("content", "reason"), [r[1:] for r in REFUSED_FILES], ids=[r[0] for r in REFUSED_FILES])
def test_a_bad_file_is_refused_whole_and_changes_nothing(
    tmp_data: Path, tmp_path: Path, capsys, content: object, reason: str
) -> None:
    good = write(tmp_path, "good.json", {**YEAR_2027, "source": "先前导入的版本"})
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "import", str(good))[0] == 0
    before = snapshot(tmp_data)
    code, out, err = run(capsys, "--data-dir", str(tmp_data), "calendar", "import", str(write(tmp_path, "bad.json", content)))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.endswith("\n")
    assert reason in err and "未导入" in err and "Traceback" not in err
    assert snapshot(tmp_data) == before
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2027-02-05", "1")[1] == "2027-02-15\n"


def test_a_bad_file_leaves_an_empty_data_folder_empty(tmp_data: Path, tmp_path: Path, capsys) -> None:
    bad = write(tmp_path, "bad.json", _refusal(workdays=[{"name": "春节", "dates": ["2027-02-05"]}]))
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "import", str(bad))[0] == 1
    assert list(tmp_data.iterdir()) == []


def test_importing_a_missing_file_is_refused(tmp_data: Path, tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_data), "calendar", "import", str(tmp_path / "nope.json"))
    assert code == 1 and "找不到文件" in err and err.count("\n") == 1


def test_export_reimports_to_the_same_schedule(tmp_data: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_data), "calendar", "export", "2025")
    assert code == 0
    exported = parse_year_file(out)
    package = package_schedules()[2025]
    assert (exported.holidays, exported.workdays) == (package.holidays, package.workdays)
    target = tmp_path / "2025.json"
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "export", "2025", "--out", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == out
    fresh = tmp_path / "other"
    assert run(capsys, "--data-dir", str(fresh), "calendar", "import", str(target))[0] == 0
    code, again, _ = run(capsys, "--data-dir", str(fresh), "calendar", "export", "2025")
    assert again == out
    # Still the real 2025: National Day 10/1–10/8, Saturday 10/11 worked.
    assert run(capsys, "--data-dir", str(fresh), "calendar", "add-workdays", "2025-09-26", "6")[1] == "2025-10-11\n"


def test_exporting_to_a_place_that_cannot_be_written_is_refused(tmp_data: Path, tmp_path: Path, capsys) -> None:
    blocker = write(tmp_path, "a-file", "not a folder")
    code, out, err = run(capsys, "--data-dir", str(tmp_data), "calendar", "export", "2025", "--out", str(blocker / "2025.json"))
    assert (code, out) == (1, "")
    assert "无法写出" in err and err.count("\n") == 1 and "Traceback" not in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_exporting_an_uncovered_year_is_refused(tmp_data: Path, capsys) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_data), "calendar", "export", "2030")
    assert (code, out) == (1, "") and "2030 年不在日历中" in err


def test_a_damaged_stored_year_is_reported_not_crashed(tmp_data: Path, capsys) -> None:
    (tmp_data / "calendar").mkdir()
    (tmp_data / "calendar" / "2027.json").write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "2027-02-05", "1")
    assert code == 1 and "已损坏" in err and "Traceback" not in err


# -- data folder ----------------------------------------------------------------------------


def test_data_dir_and_environment_choose_the_data_folder(
    tmp_data: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other"
    file = write(tmp_path, "y.json", YEAR_2027)
    assert run(capsys, "--data-dir", str(tmp_data), "calendar", "import", str(file))[0] == 0
    assert run(capsys, "--data-dir", str(other), "calendar", "add-workdays", "2027-02-05", "1")[1] == "2027-02-08 unconfirmed\n"
    monkeypatch.setenv("APPROVAL_WINDOW_DATA", str(tmp_data))
    assert run(capsys, "calendar", "add-workdays", "2027-02-05", "1")[1] == "2027-02-15\n"
    # --data-dir wins over the environment.
    assert run(capsys, "calendar", "add-workdays", "2027-02-05", "1", "--data-dir", str(other))[1] == "2027-02-08 unconfirmed\n"


# -- usage errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["calendar", "add-workdays", "2026-02-30", "3"],
        ["calendar", "add-workdays", "next monday", "3"],
        ["calendar", "add-workdays", "2026-W10-1", "3"],
        ["calendar", "workdays-between", "20260302", "2026-03-09"],
        ["calendar", "add-workdays", "2026-03-02", "three"],
        ["calendar", "add-workdays", "2026-03-02", "-3"],
        ["calendar", "add-workdays", "2026-03-07", "0"],
        ["calendar", "add-workdays", "2026-03-02"],
        ["calendar", "workdays-between", "2026-03-02"],
        ["calendar", "import"],
        ["calendar", "export", "twenty"],
        ["calendar"],
        ["calendar", "frobnicate"],
        ["frobnicate"],
        ["calendar", "status", "--today", "tomorrow"],
        ["calendar", "status", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2_without_traceback(tmp_data: Path, capsys, argv: list[str]) -> None:
    usage_error(capsys, *argv, "--data-dir", str(tmp_data))
    assert list(tmp_data.iterdir()) == []


def test_a_bad_date_names_the_expected_form(tmp_data: Path, capsys) -> None:
    err = usage_error(capsys, "calendar", "add-workdays", "2026-02-30", "3", "--data-dir", str(tmp_data))
    assert "2026-02-30" in err and "YYYY-MM-DD" in err


def test_a_date_outside_the_span_is_refused(tmp_data: Path, capsys) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_data), "calendar", "add-workdays", "1989-06-01", "3")
    assert code == 1 and "超出日历范围" in err


# -- the real entry point -------------------------------------------------------------------


def test_python_dash_m_app_runs_the_command_line(tmp_data: Path, tmp_path: Path) -> None:
    env = {**os.environ, "APPROVAL_WINDOW_DATA": str(tmp_data)}
    cmd = [sys.executable, "-m", "app", "calendar"]
    imported = subprocess.run(
        [*cmd, "import", str(write(tmp_path, "y.json", YEAR_2027))], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert imported.returncode == 0, imported.stderr
    done = subprocess.run([*cmd, "add-workdays", "2027-02-05", "1"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "2027-02-15\n", "")
    bad = subprocess.run([*cmd, "add-workdays", "2027-02-30", "1"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "用法错误" in bad.stderr and "Traceback" not in bad.stderr
