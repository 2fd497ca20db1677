"""The ``letter`` commands on real cases: what is printed, what is refused, what is recorded."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pypdf
import pytest

from app.cli import main
from signing_in import give_password

TODAY = "2026-11-20"  # a Friday; 10 working days later is Friday 2026-12-04
RARE_NAME = "吉𠮷䶮堃喆"
ZHANG_ID = "11010519491231002X"
RECEIVED = ["01", "02", "03", "04", "05"]
MISSING = ["06", "07"]
MISSING_NAMES = ("1寸免冠照片", "银行账户（社会保障卡）复印件")
ALL_KINDS = ("one-time-notice", "tolerant-acceptance", "commitment", "acceptance", "refusal", "reminder",
             "termination")

YEAR_2027 = {
    "year": 2027,
    "source": "国务院办公厅关于2027年部分节假日安排的通知",
    "holidays": [{"name": "元旦", "dates": ["2027-01-01", "2027-01-02", "2027-01-03"]}],
    "workdays": [],
}


@pytest.fixture
def cli(station_dir: Path, capsys):
    """Run the command line on the station's data folder (admin, clerk, boss, shipped catalogue)."""

    def run(*argv: str, today: str = TODAY) -> tuple[int, str, str]:
        give_password(argv)
        code = main(["--data-dir", str(station_dir), "--today", today, *argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return squash("".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages))


def new_case(cli, *extra: str, name: str = RARE_NAME, received=RECEIVED, missing=MISSING,
             today: str = TODAY, id_number: str = ZHANG_ID) -> str:
    code, out, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", name,
                         "--id-number", id_number, "--phone", "13800138000", "--received", *received,
                         "--missing", *missing, *extra, today=today)
    assert code == 0, err
    return out.splitlines()[0]


def told_case(cli, tmp_path: Path) -> str:
    """A case missing materials whose one-time notice was printed the day it came in."""
    number = new_case(cli)
    code, _, err = letter(cli, number, "one-time-notice", tmp_path / f"notice-{len(list(tmp_path.iterdir()))}.pdf")
    assert code == 0, err
    return number


def shown(cli, number: str, today: str = TODAY) -> dict:
    code, out, err = cli("--json", "case", "show", number, today=today)
    assert code == 0, err
    return json.loads(out)


def letter(cli, number: str, kind: str, out: Path, *extra: str, officer: str = "clerk", fmt: str = "pdf",
           today: str = TODAY) -> tuple[int, str, str]:
    return cli("letter", number, "--kind", kind, "--format", fmt, "--out", str(out), "--officer", officer, *extra,
               today=today)


# -- the letters that fit each state, and only those ------------------------------------------

STATES = {
    "notice": ({"one-time-notice", "reminder"}, "待补正"),
    # The plain acceptance notice only once the tolerated materials are in.
    "tolerant": ({"tolerant-acceptance", "commitment", "reminder"}, "容缺受理"),
    "accepted": ({"acceptance"}, "已受理"),
    "refused": ({"refusal"}, "不予受理"),
    "terminated": ({"termination"}, "已终止"),
}


def case_in(cli, state: str) -> str:
    if state == "notice":
        return new_case(cli)
    if state == "tolerant":
        return new_case(cli, "--commitment-signed")
    if state == "accepted":
        return new_case(cli, received=RECEIVED + MISSING, missing=[])
    if state == "refused":
        return new_case(cli, "--decision", "refuse", "--reason", "不属于本中心受理范围", received=["01"], missing=[])
    number = new_case(cli)
    code, _, err = cli("--officer", "clerk", "case", "terminate", number, "--reason", "申请人撤回申请")
    assert code == 0, err
    return number


@pytest.mark.parametrize("state", list(STATES))
def test_each_state_prints_its_letters_and_refuses_the_rest(cli, state, tmp_path):
    number = case_in(cli, state)
    fitting, label = STATES[state]
    for kind in ALL_KINDS:
        for fmt, magic in (("pdf", b"%PDF"), ("docx", b"PK")):
            out = tmp_path / f"{kind}.{fmt}"
            code, stdout, err = letter(cli, number, kind, out, fmt=fmt)
            if kind in fitting:
                assert code == 0, err
                assert out.read_bytes().startswith(magic)
                assert str(out) in stdout and "验证码" in stdout
            else:
                assert code == 1, (kind, stdout)
                assert err.startswith("approval-window: 不能打印") and label in err, err
                assert not out.exists()
    letters = shown(cli, number)["letters"]
    assert sorted({entry["kind"].replace("_", "-") for entry in letters}) == sorted(fitting)
    assert len(letters) == 2 * len(fitting)


# -- what the applicant reads ------------------------------------------------------------------


def test_one_time_notice_reads_right(cli, tmp_path):
    number = new_case(cli)
    out = tmp_path / "notice.pdf"
    code, stdout, err = letter(cli, number, "one-time-notice", out)
    assert code == 0, err
    assert "补正期限 2026年12月4日" in stdout
    text = pdf_text(out)
    assert RARE_NAME in text and "2026年12月4日" in text and "10个工作日" in text
    assert all(squash(name) in text for name in MISSING_NAMES)


def test_markup_characters_in_name_and_reason_print_as_typed(cli, tmp_path):
    name, reason = "A&B<公司>\"甲\"", "不属于\"本中心\"受理范围 & <需转县级>"
    number = new_case(cli, "--decision", "refuse", "--reason", reason, name=name, received=["01"], missing=[])
    out = tmp_path / "refusal.pdf"
    assert letter(cli, number, "refusal", out)[0] == 0
    text = pdf_text(out)
    assert squash(name) in text and squash(reason) in text and "&amp;" not in text


# -- the record --------------------------------------------------------------------------------


def test_case_show_lists_the_print_and_its_event_keeps_the_hash(cli, tmp_path):
    number = new_case(cli)
    code, out, err = cli("--json", "letter", number, "--kind", "one-time-notice", "--out", str(tmp_path / "n.pdf"),
                         "--officer", "clerk")
    assert code == 0, err
    issued = json.loads(out)
    case = shown(cli, number)
    assert case["letters"] == [{"kind": "one_time_notice", "number": "某镇便民补字〔2026〕第01-0001号", "reprint": False,
                                "date": "2026-11-20", "officer": "王窗口", "verification": issued["verification"]}]
    (event,) = [e for e in case["events"] if e["type"] == "letter_printed"]
    assert re.fullmatch(r"[0-9a-f]{64}", event["payload"]["content_hash"])
    assert event["payload"]["verification"] == issued["verification"] and event["officer"] == "王窗口"


def test_reprint_reproduces_the_original_with_the_mark(cli, tmp_path):
    number = new_case(cli, received=RECEIVED + MISSING, missing=[])
    first, again = tmp_path / "first.pdf", tmp_path / "again.pdf"
    missing_reprint = tmp_path / "none.pdf"
    code, _, err = letter(cli, number, "acceptance", missing_reprint, "--reprint")
    assert code == 1 and "还没有打印过受理通知书" in err and not missing_reprint.exists()
    assert shown(cli, number)["letters"] == []

    assert letter(cli, number, "acceptance", first)[0] == 0
    code, out, err = letter(cli, number, "acceptance", again, "--reprint", officer="boss", today="2026-11-26")
    assert code == 0, err
    assert out.startswith("已生成补打受理通知书")
    text = pdf_text(again)
    assert "补打" in text and "原件打印日期：2026年11月20日" in text and "2026年11月26日" not in text
    original, reprint = shown(cli, number)["letters"]
    assert (original["reprint"], reprint["reprint"]) == (False, True)
    assert original["verification"] == reprint["verification"] and reprint["officer"] == "李主管"


# -- one time means one time -------------------------------------------------------------------


def test_a_second_notice_with_a_new_material_needs_a_supervisor_and_a_reason(cli, tmp_path):
    number = new_case(cli)
    assert letter(cli, number, "one-time-notice", tmp_path / "first.pdf")[0] == 0
    code, _, err = cli("--officer", "clerk", "case", "reject-material", number, "05", "--reason", "声明未签字",
                       today="2026-11-23")
    assert code == 0, err

    out = tmp_path / "second.pdf"
    code, _, err = letter(cli, number, "one-time-notice", out, today="2026-11-23")
    assert code == 1 and "家庭收入及财产状况声明" in err and "须由主管填写理由" in err
    reason = "申请人提交的收入声明未签字，须重新提交"
    code, _, err = letter(cli, number, "one-time-notice", out, "--reason", reason, today="2026-11-23")
    assert code == 1 and "须由主管或管理员操作" in err
    assert not out.exists() and len(shown(cli, number)["letters"]) == 1

    code, _, err = letter(cli, number, "one-time-notice", out, "--reason", reason, officer="boss",
                          today="2026-11-23")
    assert code == 0, err
    text = pdf_text(out)
    assert squash(reason) in text and "家庭收入及财产状况声明" in text
    events = [e for e in shown(cli, number)["events"] if e["type"] == "letter_printed"]
    assert [e["payload"]["supervisor_reason"] for e in events] == [None, reason]
    assert events[-1]["officer"] == "李主管"


# -- a deadline the calendar cannot confirm ------------------------------------------------------


def test_unconfirmed_deadline_needs_confirmation_until_the_year_is_imported(cli, tmp_path):
    day = "2026-12-28"
    number = new_case(cli, today=day)
    out = tmp_path / "u.pdf"
    code, _, err = letter(cli, number, "one-time-notice", out, today=day)
    assert code == 1 and "尚未导入节假日安排" in err and "--confirm-unconfirmed" in err
    assert not out.exists() and shown(cli, number, day)["letters"] == []

    code, stdout, err = letter(cli, number, "one-time-notice", out, "--confirm-unconfirmed", today=day)
    assert code == 0, err
    text = pdf_text(out)
    assert "国家法定节假日安排尚未公布" in text and "2027年1月11日" in text

    source = tmp_path / "2027.json"
    source.write_text(json.dumps(YEAR_2027, ensure_ascii=False), encoding="utf-8")
    assert cli("--officer", "admin", "calendar", "import", str(source))[0] == 0
    confirmed = tmp_path / "c.pdf"
    code, stdout, err = letter(cli, number, "one-time-notice", confirmed, today=day)
    assert code == 0, err
    text = pdf_text(confirmed)
    assert "国家法定节假日安排尚未公布" not in text and "2027年1月12日" in text


# -- verification ---------------------------------------------------------------------------------


def test_verify_by_code_and_by_qr_payload(cli, tmp_path):
    number = new_case(cli)
    code, out, _ = cli("--json", "letter", number, "--kind", "one-time-notice", "--out", str(tmp_path / "n.pdf"),
                       "--officer", "clerk")
    verification = json.loads(out)["verification"]

    code, out, err = cli("letter", "verify", number, verification)
    assert code == 0 and out.startswith("真实") and "一次性告知书" in out, err
    code, out, err = cli("--json", "letter", "verify", f"AW1|{number}|{verification}")
    assert code == 0 and json.loads(out)["genuine"] is True, err

    for argv in ((number, "ABCDEFGH"), (f"AW1|{number}|ABCDEFGH",)):
        code, out, err = cli("letter", "verify", *argv)
        assert code == 1 and "没有出具过验证码为 ABCDEFGH" in err


# -- reminders -------------------------------------------------------------------------------------


def test_reminders_print_one_letter_per_case_due_soon(cli, tmp_path):
    near = told_case(cli, tmp_path)  # supply deadline 2026-12-04
    later = new_case(cli, "--commitment-signed", today="2026-11-30", id_number="330324198001012346")  # 2026-12-14
    accepted = new_case(cli, received=RECEIVED + MISSING, missing=[], id_number="330324198001012354")
    folder = tmp_path / "reminders"
    code, out, err = cli("--json", "--officer", "clerk", "letter", "reminders", "--within", "3", "--out", str(folder),
                         today="2026-12-01")
    assert code == 0, err
    report = json.loads(out)
    assert [p["case"] for p in report["printed"]] == [near] and report["refused"] == []
    (made,) = folder.iterdir()
    assert made.name == "某镇便民催字〔2026〕第01-0001号.pdf"
    text = pdf_text(made)
    assert "2026年12月4日" in text and all(squash(name) in text for name in MISSING_NAMES)
    assert [entry["kind"] for entry in shown(cli, near, "2026-12-01")["letters"]] == ["one_time_notice", "reminder"]
    assert shown(cli, later, "2026-12-01")["letters"] == []
    assert shown(cli, accepted, "2026-12-01")["letters"] == []


def test_verify_without_a_code_asks_for_it(cli):
    number = new_case(cli)
    code, out, err = cli("letter", "verify", number)
    assert code == 1 and out == ""
    assert "请给出验证码" in err


def test_reminders_into_a_file_instead_of_a_folder_is_refused(cli, tmp_path):
    near = told_case(cli, tmp_path)
    taken = tmp_path / "taken.pdf"
    taken.write_bytes(b"kept")
    code, out, err = cli("--officer", "clerk", "letter", "reminders", "--within", "3", "--out", str(taken),
                         today="2026-12-01")
    assert code == 1 and "输出文件夹" in err
    assert taken.read_bytes() == b"kept"
    assert len(shown(cli, near, "2026-12-01")["letters"]) == 1


def test_format_follows_the_file_name_and_a_contradiction_is_refused(cli, tmp_path):
    number = new_case(cli, received=RECEIVED + MISSING, missing=[])
    word = tmp_path / "acceptance.docx"
    code, out, err = cli("letter", number, "--kind", "acceptance", "--out", str(word), "--officer", "clerk")
    assert code == 0, err
    assert word.read_bytes().startswith(b"PK")
    wrong = tmp_path / "acceptance2.docx"
    code, out, err = letter(cli, number, "acceptance", wrong, fmt="pdf")
    assert code == 1 and ".docx" in err and "pdf" in err
    assert not wrong.exists() and len(shown(cli, number)["letters"]) == 1


def test_reminders_run_twice_remind_each_case_once(cli, tmp_path):
    near = told_case(cli, tmp_path)
    folder = tmp_path / "reminders"
    argv = ("--officer", "clerk", "letter", "reminders", "--within", "3", "--out", str(folder))
    assert cli(*argv, today="2026-12-01")[0] == 0
    code, out, err = cli(*argv, today="2026-12-02")
    assert code == 0, err
    assert "已生成 0 份" in out and "1 件已催告过" in out
    assert len(shown(cli, near, "2026-12-02")["letters"]) == 2
    code, out, err = cli(*argv, "--again", today="2026-12-02")
    assert code == 0 and "已生成 1 份" in out, err
    assert len(shown(cli, near, "2026-12-02")["letters"]) == 3
