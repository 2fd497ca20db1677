"""好差评 as the window records it: one rating per case, at or after completion within the
set window, and a poor rating followed up (verified, rectified, called back) by a deadline
that shows on the work list and in the ledger."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.domain.ledger import FollowUp
from app.services import cases, ledger
from app.services.cases import ApplicantInput, CaseRefused, IntakeRequest
from app.services.queries import CaseFilter, counts, list_cases
from app.services.settings import save_settings

MZ1_ALL = ("01", "02", "03", "04", "05", "06", "07", "08")
DONE = dt.date(2026, 11, 2)  # Monday


def refused(fn, *args, **kw) -> str:
    with pytest.raises(CaseRefused) as info:
        fn(*args, **kw)
    return str(info.value)


def completed_case(ws, actor, id_number="11010519491231002X", day=dt.date(2026, 10, 26), done=DONE) -> str:
    req = IntakeRequest(item_code="MZ-001", applicant=ApplicantInput("person", "张三", id_number, "13800138000"),
                        received=MZ1_ALL, date=day)
    number = cases.intake(ws, actor, req, day).state.number
    cases.complete(ws, actor, number, "approved", done, done)
    return number


def test_one_rating_per_case_at_or_after_completion_within_the_window(workspace, staff):
    req = IntakeRequest(item_code="MZ-001", applicant=ApplicantInput("person", "李四", "330106199003150022",
                                                                     "13800138000"), received=MZ1_ALL)
    still_open = cases.intake(workspace, staff.clerk, req, DONE).state.number
    assert "尚未办结" in refused(cases.rate, workspace, staff.clerk, still_open, "满意", "", DONE)
    number = completed_case(workspace, staff.clerk)
    assert "评价等级“很好”无效" in refused(cases.rate, workspace, staff.clerk, number, "很好", "", DONE)
    # the window: ten working days after completion by default (2 November → 16 November)
    assert "评价期限已过" in refused(cases.rate, workspace, staff.clerk, number, "满意", "", dt.date(2026, 11, 17))
    view = cases.rate(workspace, staff.clerk, number, "非常满意", "服务热情", dt.date(2026, 11, 16))
    assert view.to_json()["rating"] == {
        "date": "2026-11-16", "level": "very_satisfied", "label": "非常满意", "comment": "服务热情",
        "declined": False, "named": True, "officer": "王窗口"}  # the officer as events name them
    assert view.to_json()["follow_up"] is None
    assert "一次一评" in refused(cases.rate, workspace, staff.clerk, number, "满意", "", dt.date(2026, 11, 16))


def test_an_applicant_who_declines_is_recorded_as_declining(workspace, staff):
    number = completed_case(workspace, staff.clerk)
    view = cases.rate(workspace, staff.clerk, number, None, "", DONE, declined=True)
    assert view.to_json()["rating"]["label"] == "拒绝评价"
    assert "二者选一" in refused(cases.rate, workspace, staff.clerk, completed_case(
        workspace, staff.clerk, "330106199003150022"), "满意", "", DONE, declined=True)


def test_a_poor_rating_opens_a_follow_up_on_the_work_list_red_when_late(workspace, staff):
    number = completed_case(workspace, staff.clerk)
    view = cases.rate(workspace, staff.clerk, number, "不满意", "等候时间太长", DONE)
    follow = view.to_json()["follow_up"]
    assert follow["due"] == "2026-11-09" and follow["closed_on"] is None  # five working days by default
    assert [c.number for c in list_cases(workspace, CaseFilter(open_only=True), DONE)] == [number]
    (row,) = list_cases(workspace, CaseFilter(overdue=True), dt.date(2026, 11, 10))
    assert row.number == number and row.countdowns["follow_up"].state.value == "overdue"
    assert counts(workspace, dt.date(2026, 11, 10)).overdue == 1
    # steps in order, each with what was found or done
    assert "请先登记核实" in refused(cases.follow_up, workspace, staff.clerk, number, "revisit", "已回访", DONE)
    assert "请填写核实情况" in refused(cases.follow_up, workspace, staff.clerk, number, "verify", " ", DONE)
    cases.follow_up(workspace, staff.clerk, number, "verify", "高峰时段仅开一个窗口，属实", dt.date(2026, 11, 3))
    cases.follow_up(workspace, staff.clerk, number, "rectify", "高峰时段增开综合窗口", dt.date(2026, 11, 4))
    view = cases.follow_up(workspace, staff.clerk, number, "revisit", "电话回访，申请人表示认可", dt.date(2026, 11, 5))
    assert view.to_json()["follow_up"]["closed_on"] == "2026-11-05"
    assert view.countdowns["follow_up"].state.value == "met"
    assert list_cases(workspace, CaseFilter(open_only=True), dt.date(2026, 11, 10)) == []
    assert "回访办结" in refused(cases.follow_up, workspace, staff.clerk, number, "revisit", "再次", dt.date(2026, 11, 6))


def test_the_follow_up_limit_is_a_setting(workspace, staff):
    with workspace.write() as s:
        save_settings(s, follow_up_days=15)
    number = completed_case(workspace, staff.clerk)
    view = cases.rate(workspace, staff.clerk, number, "非常不满意", "", DONE)
    assert view.to_json()["follow_up"]["due"] == "2026-11-23"


def test_the_ledger_counts_a_poor_rating_followed_up_in_time_and_one_late(workspace, staff):
    on_time = completed_case(workspace, staff.clerk)
    late = completed_case(workspace, staff.clerk, "330106199003150022")
    still = completed_case(workspace, staff.clerk, "110105198001010016")
    happy = completed_case(workspace, staff.clerk, "110105198001010024")
    for number in (on_time, late, still):
        cases.rate(workspace, staff.clerk, number, "不满意", "", DONE)
    cases.rate(workspace, staff.clerk, happy, "满意", "", DONE)
    for step, day in (("verify", 3), ("rectify", 4), ("revisit", 5)):
        cases.follow_up(workspace, staff.clerk, on_time, step, "已办", dt.date(2026, 11, day))
    for step, day in (("verify", 3), ("rectify", 10), ("revisit", 12)):  # due 9 November
        cases.follow_up(workspace, staff.clerk, late, step, "已办", dt.date(2026, 11, day), dt.date(2026, 11, day))
    cases.follow_up(workspace, staff.clerk, still, "verify", "属实", dt.date(2026, 11, 3))
    made = ledger.build(workspace, dt.date(2026, 10, 1), dt.date(2026, 10, 31), dt.date(2026, 11, 20))
    rows = {r.number: r for r in made.rows}
    assert rows[on_time].follow_up == FollowUp.ON_TIME and rows[on_time].rating == "不满意"
    assert rows[late].follow_up == FollowUp.LATE
    assert rows[still].follow_up == FollowUp.OVERDUE and not rows[still].rectified
    assert rows[happy].follow_up == "" and rows[happy].rating == "满意"
    s = made.summary
    assert (s.poor, s.rectified, s.revisited) == (3, 2, 2)
    assert s.rectification_rate == pytest.approx(2 / 3) and s.named_revisit_rate == pytest.approx(2 / 3)
    assert s.ratings["不满意"] == 3 and s.ratings["满意"] == 1 and s.rated == 4


def test_rating_on_the_command_line(station_dir, workspace, staff, capsys, monkeypatch):
    from app.cli import main
    from app.cli.common import ENV_PASSWORD

    number = completed_case(workspace, staff.clerk)
    workspace.close()
    monkeypatch.setenv(ENV_PASSWORD, "clerkpass1")  # the clerk's password: recording changes data

    def cli(*argv):
        code = main(["--data-dir", str(station_dir), "--today", "2026-11-03", *argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    code, out, err = cli("--officer", "clerk", "case", "rate", number, "--level", "不满意", "--comment", "太慢")
    assert code == 0, err
    assert "评价：不满意（2026-11-03）  太慢" in out and "差评整改：期限 2026-11-10" in out
    code, out, err = cli("--officer", "clerk", "--json", "case", "follow-up", number, "--step", "verify",
                         "--text", "属实")
    assert code == 0 and json.loads(out)["follow_up"]["steps"]["verify"]["text"] == "属实"
    code, _, err = cli("--officer", "clerk", "case", "rate", number, "--level", "满意")
    assert code == 1 and "一次一评" in err
    code, out, _ = cli("case", "list", "--overdue", "--today", "2026-11-11")
    assert number in out and "差评整改期限 2026-11-10 逾期" in out
