"""The ``case`` commands as an officer or a script uses them: output, exit codes, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from signing_in import give_password
from app.paths import DataPaths
from app.services import cases
from app.services.clock import Clock
from app.services.officers import SIGN_IN_FAILED, find_actor
from app.services.workspace import Workspace

TODAY = "2026-03-20"
ZHANG_ID = "11010519491231002X"
LI_USCC = "91350100M000100Y43"
MZ1_ALL = ["01", "02", "03", "04", "05", "06", "07", "08"]


@pytest.fixture
def cli(station_dir: Path, capsys):
    """Run the command line on the station's data folder as of Friday 2026-03-20."""

    def run(*argv: str, today: str | None = TODAY) -> tuple[int, str, str]:
        args = ["--data-dir", str(station_dir)] + (["--today", today] if today else []) + list(argv)
        give_password(args)
        code = main(args)
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def usage(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "用法错误" in err and "Traceback" not in err
    return err


def new_case(cli, *extra: str, name: str = "张三", id_number: str = ZHANG_ID, received=MZ1_ALL,
             item: str = "MZ-001") -> str:
    code, out, err = cli("--officer", "clerk", "case", "new", "--item", item, "--name", name,
                         "--id-number", id_number, "--phone", "13800138000", "--received", *received, *extra)
    assert code == 0, err
    return out.splitlines()[0]


def shown(cli, number: str, today: str = TODAY) -> dict:
    code, out, _ = cli("--json", "case", "show", number, today=today)
    assert code == 0
    return json.loads(out)


# -- case new -------------------------------------------------------------------------------------


def test_new_prints_the_case_number(cli):
    assert new_case(cli, "--date", "2026-03-02") == "某镇便民受字〔2026〕第01-0001号"
    assert new_case(cli, "--duplicate-reason", "申请人为另一套房屋申请") == "某镇便民受字〔2026〕第01-0002号"


def test_a_second_open_case_of_the_same_item_is_refused_without_a_reason(cli):
    """Finding 6: a second intake for the same ID number and item went straight through."""
    first = new_case(cli)
    code, out, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三",
                         "--id-number", ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL)
    assert code == 1 and out == ""
    assert first in err and "--duplicate-reason" in err and len(err.strip().splitlines()) == 1
    second = new_case(cli, "--duplicate-reason", "原申请材料遗失，重新申请")
    events = shown(cli, second)["events"]
    assert events[0]["payload"]["duplicate_of"] == [first]
    assert events[0]["payload"]["duplicate_reason"] == "原申请材料遗失，重新申请"


def test_new_with_json_gives_the_case_object(cli):
    code, out, _ = cli("--json", "--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三",
                       "--id-number", ZHANG_ID.lower(), "--phone", "13800138000",
                       "--received", "01", "02", "03", "04", "05", "06", "--missing", "07",
                       "--commitment-signed", "--supply-days", "5", "--date", "2026-03-16")
    assert code == 0
    case = json.loads(out)
    assert {"number", "uuid", "status", "item_code", "applicant_name", "countdowns"} <= set(case)
    assert (case["number"], case["status"], case["item_code"], case["applicant_name"]) == (
        "某镇便民受字〔2026〕第01-0001号", "tolerant", "MZ-001", "张三")
    assert case["id_number"] == ZHANG_ID
    assert case["countdowns"] == {
        "supply": {"deadline": "2026-03-23", "state": "due_soon", "days_left": 1, "confirmed": True},
        "completion": {"deadline": "2026-04-14", "state": "on_track", "days_left": 16, "confirmed": True},
        "notice": None,
        "follow_up": None,
    }


def test_the_rules_decide_without_a_decision(cli):
    tolerant = new_case(cli, "--missing", "07", "--commitment-signed", received=MZ1_ALL[:6] + ["08"])
    notice = new_case(cli, "--missing", "07", received=MZ1_ALL[:6] + ["08"], name="李四", id_number="330106197505052466")
    core = new_case(cli, "--missing", "02", "07", "--commitment-signed", received=["01", "03", "04", "05", "06"],
                    name="王五", id_number="510107196007071352")
    assert [shown(cli, n)["status"] for n in (tolerant, notice, core)] == [
        "tolerant", "awaiting_supplement", "awaiting_supplement"]
    assert shown(cli, notice)["countdowns"]["notice"]["deadline"] == "2026-03-27"


def test_a_decision_the_rules_forbid_is_refused_with_the_reason(cli):
    code, out, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三",
                         "--id-number", ZHANG_ID, "--phone", "13800138000", "--received", "01", "03",
                         "--missing", "02", "--commitment-signed", "--decision", "tolerant")
    assert (code, out) == (1, "")
    assert err == "approval-window: 不能容缺受理：缺少核心材料，不能容缺：家庭经济状况核对授权书\n"
    code, _, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三",
                       "--id-number", ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL,
                       "--decision", "refuse")
    assert (code, err) == (1, "approval-window: 不予受理须写明理由\n")
    # Nothing was numbered by the refusals.
    assert new_case(cli) == "某镇便民受字〔2026〕第01-0001号"


def test_warnings_are_printed_with_the_number(cli):
    code, out, _ = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三",
                       "--id-number", "990105198001011231", "--phone", "13800138000", "--received", *MZ1_ALL)
    assert code == 0
    assert out.splitlines() == ["某镇便民受字〔2026〕第01-0001号",
                                "注意：身份证号码：地区码990105不在现行行政区划代码表中（可能是已撤销或调整的县区），请核对证件原件"]


def test_an_enterprise_applicant(cli):
    code, out, err = cli("--json", "--officer", "clerk", "case", "new", "--item", "NY-002", "--name", "某镇富民农机专业合作社",
                         "--uscc", LI_USCC, "--legal-rep", "陈大山", "--phone", "0591-87654321",
                         "--received", "01", "02", "03", "04", "05", "06")
    assert code == 0, err
    case = json.loads(out)
    assert (case["applicant_kind"], case["id_number"], case["legal_rep"]) == ("enterprise", LI_USCC, "陈大山")
    code, _, err = cli("--officer", "clerk", "case", "new", "--item", "NY-002", "--name", "某合作社",
                       "--uscc", LI_USCC, "--phone", "0591-87654321", "--received", "01")
    assert (code, err) == (1, "approval-window: 企业申请须填写法定代表人\n")


@pytest.mark.parametrize("id_number, message", [
    ("110105194912310021", "身份证号码有误：身份证号码校验位错误，请核对是否输错"),
    ("110105198002301237", "身份证号码有误：身份证号码中的出生日期（1980年02月30日）不存在"),
    ("1101051949123100", "身份证号码有误：身份证号码应为18位，现为16位"),
])
def test_a_bad_id_number_is_refused_in_one_line(cli, id_number, message):
    code, out, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三",
                         "--id-number", id_number, "--phone", "13800138000", "--received", *MZ1_ALL)
    assert (code, out, err) == (1, "", f"approval-window: {message}\n")


# -- mistakes: exit codes and messages, never a traceback ---------------------------------------------


def test_refusals_exit_1_with_one_line(cli):
    code, _, err = cli("--officer", "clerk", "case", "new", "--item", "XX-1", "--name", "张三",
                       "--id-number", ZHANG_ID, "--phone", "13800138000")
    assert code == 1 and err.startswith("approval-window: 事项清单中没有编码为“XX-1”的事项") and err.count("\n") == 1
    code, _, err = cli("case", "new", "--item", "MZ-001", "--name", "张三", "--id-number", ZHANG_ID,
                       "--phone", "13800138000", "--received", *MZ1_ALL)
    assert (code, err) == (1, "approval-window: 此命令会修改数据，须用 --officer NAME 指明操作人\n")
    code, _, err = cli("--officer", "ghost", "case", "supply", "X", "01")
    assert (code, err) == (1, f"approval-window: {SIGN_IN_FAILED}\n")
    code, _, err = cli("case", "show", "某镇便民受字〔2026〕第01-0042号")
    assert (code, err) == (1, "approval-window: 找不到案件“某镇便民受字〔2026〕第01-0042号”（可用受理编号或案件 UUID）\n")
    code, _, err = cli("--officer", "clerk", "case", "complete", "nope", "--result", "approved")
    assert code == 1 and "找不到案件“nope”" in err


def test_usage_errors_exit_2(station_dir, capsys):
    d = ["--data-dir", str(station_dir)]
    assert "缺少必需的参数" in usage(capsys, *d, "case", "new", "--name", "张三", "--id-number", ZHANG_ID,
                                     "--phone", "1")
    assert "--uscc" in usage(capsys, *d, "case", "new", "--item", "MZ-001", "--name", "张三",
                                        "--id-number", ZHANG_ID, "--uscc", LI_USCC, "--phone", "1")
    assert "不是有效日期" in usage(capsys, *d, "case", "list", "--today", "2026/03/20")
    assert "无效的选项" in usage(capsys, *d, "case", "list", "--status", "open")
    assert "无效的选项" in usage(capsys, *d, "case", "complete", "X", "--result", "ok")
    assert "不能为负数" in usage(capsys, *d, "case", "list", "--due-within", "-1")
    assert "应为正整数" in usage(capsys, *d, "case", "extend", "X", "--days", "0", "--reason", "r")
    usage(capsys, *d, "case")


def test_a_folder_that_was_never_initialised(tmp_data, capsys):
    code = main(["--data-dir", str(tmp_data), "case", "list"])
    err = capsys.readouterr().err
    assert code == 1 and "请先运行 init" in err and "Traceback" not in err


# -- list and show ----------------------------------------------------------------------------------


@pytest.fixture
def three(cli):
    """张三 accepted 3/2 (due 3/30), 李四 on a 4-day item accepted 3/2 (overdue), 王五 tolerant 3/16."""
    return {
        "zhang": new_case(cli, "--date", "2026-03-02"),
        "li": new_case(cli, "--date", "2026-03-02", name="李四", id_number="330106197505052466", item="CL-001",
                       received=["01", "02", "03", "04", "05", "06", "07", "08"]),
        "wang": new_case(cli, "--date", "2026-03-16", "--missing", "07", "--commitment-signed", "--supply-days", "5",
                         name="王五", id_number="510107196007071352", received=MZ1_ALL[:6] + ["08"]),
    }


def test_list_masks_id_numbers_and_show_gives_them_whole(cli, three):
    code, out, _ = cli("case", "list")
    assert code == 0 and ZHANG_ID not in out and "110105********002X" in out
    assert out.splitlines()[-1] == "共 3 件"
    code, out, _ = cli("--json", "case", "list")
    listed = json.loads(out)
    assert [c["id_number"] for c in listed if c["applicant_name"] == "张三"] == ["110105********002X"]
    assert all("********" in c["id_number"] for c in listed)
    code, out, _ = cli("case", "show", three["zhang"])
    assert code == 0 and ZHANG_ID in out and "第 1 版" in out and "材料：" in out and "经过：" in out
    case = shown(cli, three["zhang"])
    assert case["id_number"] == ZHANG_ID
    assert shown(cli, case["uuid"])["number"] == three["zhang"]  # by UUID too


def test_list_filters(cli, three):
    def names(*argv):
        code, out, _ = cli("--json", "case", "list", *argv)
        assert code == 0
        return sorted(c["applicant_name"] for c in json.loads(out))

    assert names() == ["张三", "李四", "王五"]
    assert names("--status", "tolerant") == ["王五"]
    assert names("--overdue") == ["李四"]
    assert names("--due-within", "1") == ["王五"]
    assert names("--search", "李四") == ["李四"]
    assert names("--search", "002x") == ["张三"]
    assert names("--search", "31002X") == ["张三"]
    assert names("--search", "2466") == ["李四"]
    assert names("--search", "052466") == ["李四"]
    assert names("--search", "13800138000") == ["张三", "李四", "王五"]
    assert names("--search", three["wang"]) == ["王五"]
    code, out, _ = cli("case", "list", "--search", "没有这个人")
    assert (code, out) == (0, "共 0 件\n")


def test_list_and_show_give_the_same_countdowns(cli, three):
    for today in (TODAY, "2026-03-23", "2026-04-30"):
        code, out, _ = cli("--json", "case", "list", today=today)
        for case in json.loads(out):
            assert case["countdowns"] == shown(cli, case["number"], today)["countdowns"]
            assert set(case["countdowns"]) == {"supply", "completion", "notice", "follow_up"}
            for c in case["countdowns"].values():
                assert c is None or set(c) == {"deadline", "state", "days_left", "confirmed"}


# -- actions ----------------------------------------------------------------------------------------


def test_working_a_case_to_completion(cli, three):
    n = three["wang"]
    code, out, _ = cli("--officer", "clerk", "case", "pause", n, "--reason", "村（社区）公示七日", "--date", "2026-03-17")
    assert code == 0 and "暂停" in out
    code, _, err = cli("--officer", "clerk", "case", "pause", n, "--reason", "再停")
    assert (code, err) == (1, "approval-window: 办结计时已经暂停\n")
    assert cli("--officer", "clerk", "case", "resume", n, "--date", "2026-03-19")[0] == 0
    code, _, err = cli("--officer", "clerk", "case", "complete", n, "--result", "approved")
    assert code == 1 and "容缺材料尚未补齐" in err
    assert cli("--officer", "clerk", "case", "supply", n, "07", "--date", "2026-03-20")[0] == 0
    code, _, err = cli("--officer", "clerk", "case", "extend", n, "--days", "3", "--reason", "核查")
    assert (code, err) == (1, "approval-window: 延期须由主管或管理员批准\n")
    assert cli("--officer", "boss", "case", "extend", n, "--days", "3", "--reason", "需县级复核")[0] == 0
    assert cli("--officer", "clerk", "case", "note", n, "申请人来电询问进度")[0] == 0
    code, out, _ = cli("--json", "--officer", "clerk", "case", "complete", n, "--result", "approved")
    assert code == 0 and json.loads(out)["status"] == "completed"
    code, _, err = cli("--officer", "clerk", "case", "terminate", n, "--reason", "撤回")
    assert (code, err) == (1, f"approval-window: 案件 {n} 状态为“已办结”，不能终止办理\n")
    events = [e["type"] for e in shown(cli, n)["events"]]
    assert events == ["intake_logged", "tolerant_accepted", "clock_paused", "clock_resumed", "materials_supplied",
                      "extended", "note_added", "completed"]


def test_dates_after_today_are_refused(cli, three):
    code, _, err = cli("--officer", "clerk", "case", "supply", three["wang"], "07", "--date", "2026-03-21")
    assert (code, err) == (1, "approval-window: 日期 2026-03-21 晚于今天 2026-03-20\n")
    code, _, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三",
                       "--id-number", ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL,
                       "--date", "2026-04-01")
    assert (code, err) == (1, "approval-window: 收件日期 2026-04-01 晚于今天 2026-03-20\n")


def test_terminating_a_broken_promise_flags_the_next_intake(cli):
    first = new_case(cli, "--date", "2026-03-02", "--missing", "07", "--commitment-signed",
                     received=MZ1_ALL[:6] + ["08"])
    assert cli("--officer", "clerk", "case", "terminate", first, "--reason", "逾期未补齐，承诺未履行")[0] == 0
    assert shown(cli, first)["promise_broken"] is True
    code, out, _ = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三", "--id-number",
                       ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL[:6], "08", "--missing", "07",
                       "--commitment-signed")
    assert code == 0 and "注意：该申请人有未履行容缺承诺的记录" in out
    assert shown(cli, out.splitlines()[0])["status"] == "awaiting_supplement"


# -- the clock --------------------------------------------------------------------------------------


def test_a_clock_set_back_stops_the_list_until_a_day_is_given(cli, station_dir):
    number = new_case(cli)
    # A note written while the computer's date was three days ahead; then the date was put back.
    future = Workspace.open(DataPaths(station_dir), clock=Clock(fixed_ms=Clock().now_ms() + 3 * 86_400_000),
                            daily_backup=False)
    try:
        cases.add_note(future, find_actor(future, "clerk"), number, "三天后的备注", future.clock.today())
    finally:
        future.close()
    code, out, err = cli("case", "list", today=None)
    assert (code, out) == (1, "")
    assert err.startswith("approval-window: 电脑时间（") and "早于已保存的最新记录" in err
    assert "请先校正电脑时间" in err and err.count("\n") == 1
    code, out, _ = cli("case", "list", today=TODAY)
    assert code == 0 and out.splitlines()[-1] == "共 1 件"


def test_a_mistyped_year_is_refused_in_one_line(cli):
    code, out, err = cli("--officer", "clerk", "case", "new", "--item", "MZ-001", "--name", "张三",
                         "--id-number", ZHANG_ID, "--phone", "13800138000", "--received", *MZ1_ALL,
                         "--date", "1026-03-02")
    assert (code, out, err) == (1, "", "approval-window: 日期 1026-03-02 超出日历范围（1990–2100）\n")
    new_case(cli)
    code, out, err = cli("case", "list", today="2106-03-20")
    assert (code, out, err) == (1, "", "approval-window: 日期 2106-03-20 超出日历范围（1990–2100）\n")


def test_show_says_what_may_be_done_and_why_not(cli):
    number = new_case(cli, received=["01", "02", "03"])  # materials short: a one-time notice
    code, out, _ = cli("case", "show", number)
    assert code == 0
    assert "可办理：补齐材料、退回材料、终止办理" in out
    assert "可打印：一次性告知书、补正催告通知书" in out
    assert "不能办结：" in out and "尚未受理" in out
    options = shown(cli, number)["options"]
    assert options["actions"]["complete"]["allowed"] is False
    assert options["letters"]["one_time_notice"] == {"allowed": True, "reason": None}
    code, out, _ = cli("--officer", "boss", "case", "show", number)
    assert "不能延期：案件尚未受理" in out


def test_correct_a_mistyped_name(cli):
    number = new_case(cli)
    code, out, err = cli("--officer", "clerk", "case", "correct", number, "--field", "name", "--value", "张山",
                         "--reason", "收件时录错")
    assert code == 0, err
    case = shown(cli, number)
    assert case["applicant_name"] == "张山"
    assert case["events"][-1]["payload"]["old"] == "张三"
    code, _out, err = cli("--officer", "clerk", "case", "correct", number, "--field", "phone", "--value", "123",
                          "--reason", "录错")
    assert code == 1 and "联系电话有误" in err


def test_reopen_is_for_supervisors_with_a_reason(cli):
    number = new_case(cli)
    assert cli("--officer", "clerk", "case", "complete", number, "--result", "approved")[0] == 0
    code, _out, err = cli("--officer", "clerk", "case", "reopen", number, "--reason", "误点办结")
    assert code == 1 and "主管" in err
    code, _out, err = cli("--officer", "boss", "case", "reopen", number, "--reason", "误点办结")
    assert code == 0, err
    case = shown(cli, number)
    assert case["status"] == "accepted" and case["events"][-1]["type"] == "reopened"
