"""Logging and working cases through the services, in a real data folder."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from stdnum.cn import ric

from app.domain.deadlines import State
from app.domain.lifecycle import Decision, Status
from app.services import cases
from app.services.cases import ApplicantInput, CaseRefused, IntakeRequest
from app.services.catalogue import current_items
from app.services.clock import Clock
from app.services.maintenance import audit
from app.services.settings import SettingsError, save_settings
from app.services.workspace import ClockSetBack
from app.store.events import case_events
from app.store.models import CaseCounter

MON = dt.date(2026, 3, 2)


def resident_id(region: str, birth: str, serial: str) -> str:
    body = f"{region}{birth}{serial}"
    return body + ric.calc_check_digit(body + "0")


ZHANG = resident_id("110105", "19800101", "123")


_serials = iter(range(300, 1000))


def person(name: str = "张三", id_number: str | None = None, phone: str = "13800138000") -> ApplicantInput:
    """An applicant; each call without an ID number is someone new (one open case of an item each)."""
    return ApplicantInput("person", name, id_number or resident_id("110105", "19800101", str(next(_serials))),
                          phone)


def materials(ws, code: str) -> list[str]:
    (stored,) = [s for s in current_items(ws) if s.item.code == code]
    return [m.code for m in stored.item.materials]


def request(ws, item: str = "MZ-001", missing=(), applicant: ApplicantInput | None = None, **kw) -> IntakeRequest:
    received = tuple(c for c in materials(ws, item) if c not in missing)
    return IntakeRequest(item_code=item, applicant=applicant or person(), received=received, missing=tuple(missing),
                         **kw)


def new(ws, actor, today: dt.date = MON, **kw) -> cases.CaseView:
    return cases.intake(ws, actor, request(ws, **kw), today)


def refusal(fn, *args, **kw) -> str:
    with pytest.raises(CaseRefused) as info:
        fn(*args, **kw)
    return str(info.value)


# -- intake -------------------------------------------------------------------------------------


def test_complete_materials_are_accepted_and_the_completion_clock_runs(workspace, staff):
    view = new(workspace, staff.clerk, missing=("08",))  # 08 is optional
    s = view.state
    assert s.status is Status.ACCEPTED and s.number == "某镇便民受字〔2026〕第01-0001号"
    assert s.item["code"] == "MZ-001" and s.item["version"] == 1
    assert view.countdowns["completion"].deadline == dt.date(2026, 3, 30)  # 20 working days
    assert view.countdowns["supply"] is None and view.countdowns["notice"] is None
    shown = cases.get_case(workspace, s.number, MON)
    assert [e.type for e in shown.events] == ["intake_logged", "accepted"]
    assert {(e.officer, e.officer_uuid) for e in shown.events} == {("王窗口", staff.clerk.uuid)}


def test_tolerant_acceptance_with_commitment(workspace, staff):
    view = new(workspace, staff.clerk, missing=("06", "07"), commitment_signed=True, supply_days=5)
    assert view.state.status is Status.TOLERANT and view.state.decision is Decision.TOLERANT
    assert view.countdowns["supply"].deadline == dt.date(2026, 3, 9)
    assert view.countdowns["completion"].deadline == dt.date(2026, 3, 30)
    assert view.to_json()["status"] == "tolerant"


def test_tolerant_refused_with_a_core_material_missing(workspace, staff):
    plain = new(workspace, staff.clerk, missing=("02", "06"), commitment_signed=True)
    assert plain.state.status is Status.AWAITING_SUPPLEMENT and plain.state.decision is Decision.NOTICE
    why = refusal(new, workspace, staff.clerk, missing=("02", "06"), commitment_signed=True,
                  decision=Decision.TOLERANT)
    assert why == "不能容缺受理：缺少核心材料，不能容缺：家庭经济状况核对授权书"


def test_tolerant_refused_without_commitment_or_with_too_long_a_supply_period(workspace, staff):
    assert new(workspace, staff.clerk, missing=("06",)).state.status is Status.AWAITING_SUPPLEMENT
    assert refusal(new, workspace, staff.clerk, missing=("06",), decision=Decision.TOLERANT) == (
        "不能容缺受理：容缺受理须申请人自愿签署承诺书")
    assert refusal(new, workspace, staff.clerk, missing=("06",), commitment_signed=True, supply_days=11) == (
        "不能容缺受理：补正期限不能长于事项规定的 10 个工作日")
    assert refusal(new, workspace, staff.clerk, item="WJ-001", missing=("03",), commitment_signed=True,
                   decision=Decision.TOLERANT) == "不能容缺受理：事项“生育登记”不适用容缺受理"


def test_refusal_needs_a_reason_and_is_closed(workspace, staff):
    assert refusal(new, workspace, staff.clerk, decision=Decision.REFUSE) == "不予受理须写明理由"
    view = new(workspace, staff.clerk, decision=Decision.REFUSE, reason="户籍不在本镇")
    assert view.state.status is Status.REFUSED and view.state.reason == "户籍不在本镇"
    assert all(c is None for c in view.countdowns.values())


def test_notice_path_then_supply_accepts_and_starts_the_clock_the_day_after(workspace, staff):
    view = new(workspace, staff.clerk, missing=("01", "04"))
    assert view.state.status is Status.AWAITING_SUPPLEMENT
    assert view.countdowns["notice"].deadline == dt.date(2026, 3, 9)  # five working days after intake
    assert view.countdowns["supply"].deadline == dt.date(2026, 3, 16)  # MZ-001: 10 working days
    assert view.countdowns["completion"] is None
    half = cases.supply(workspace, staff.clerk, view.state.number, ["04"], dt.date(2026, 3, 5))
    assert half.state.status is Status.AWAITING_SUPPLEMENT
    assert half.countdowns["notice"].state is State.DUE_SOON
    done = cases.supply(workspace, staff.clerk, view.state.number, ["01"], dt.date(2026, 3, 6))
    assert done.state.status is Status.ACCEPTED and done.state.accepted_date == dt.date(2026, 3, 6)
    assert done.countdowns["completion"].deadline == dt.date(2026, 4, 3)  # day 1 is 3/9
    assert done.countdowns["completion"].days_left == 20
    assert done.countdowns["supply"].state is State.MET
    assert done.countdowns["notice"].state is State.MET


def test_an_unknown_item_or_material_is_refused(workspace, staff):
    req = IntakeRequest(item_code="XX-999", applicant=person())
    with pytest.raises(Exception, match="事项清单中没有编码为“XX-999”的事项"):
        cases.intake(workspace, staff.clerk, req, MON)
    req = IntakeRequest(item_code="MZ-001", applicant=person(), received=("01", "42"))
    assert "没有这些材料：42" in refusal(cases.intake, workspace, staff.clerk, req, MON)


# -- applicants -------------------------------------------------------------------------------


def test_wrong_check_digit_and_impossible_birth_date_are_refused(workspace, staff):
    wrong = ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")
    assert refusal(new, workspace, staff.clerk, applicant=person(id_number=wrong)) == (
        "身份证号码有误：身份证号码校验位错误，请核对是否输错")
    feb30 = resident_id("110105", "19800230", "123")
    assert refusal(new, workspace, staff.clerk, applicant=person(id_number=feb30)) == (
        "身份证号码有误：身份证号码中的出生日期（1980年02月30日）不存在")
    assert "请填写申请人姓名" in refusal(new, workspace, staff.clerk, applicant=person(name="  "))
    assert "联系电话有误" in refusal(new, workspace, staff.clerk, applicant=person(phone="12345"))


def test_lower_case_x_is_stored_upper_case(workspace, staff):
    view = new(workspace, staff.clerk, applicant=person(id_number="11010519491231002x"))
    assert view.state.applicant["id_number"] == "11010519491231002X"
    again = cases.get_case(workspace, view.state.uuid, MON)
    assert again.to_json()["id_number"] == "11010519491231002X"


def test_unknown_region_is_only_a_warning(workspace, staff):
    old_county = resident_id("990105", "19800101", "123")
    view = new(workspace, staff.clerk, applicant=person(id_number=old_county))
    assert view.state.status is Status.ACCEPTED
    assert view.warnings == ["身份证号码：地区码990105不在现行行政区划代码表中（可能是已撤销或调整的县区），请核对证件原件"]


def test_enterprise_applicant_with_credit_code_and_legal_representative(workspace, staff):
    company = ApplicantInput("enterprise", "某镇富民农机专业合作社", "91350100m000100y43", "0591-87654321", "陈大山")
    view = new(workspace, staff.clerk, item="NY-002", applicant=company)
    out = view.to_json()
    assert out["applicant_kind"] == "enterprise" and out["id_number"] == "91350100M000100Y43"
    assert out["legal_rep"] == "陈大山"
    no_rep = ApplicantInput("enterprise", "某镇富民农机专业合作社", "91350100M000100Y43", "0591-87654321", "")
    assert refusal(new, workspace, staff.clerk, item="NY-002", applicant=no_rep) == "企业申请须填写法定代表人"
    bad = ApplicantInput("enterprise", "某公司", "91350100M000100Y44", "0591-87654321", "陈大山")
    assert refusal(new, workspace, staff.clerk, item="NY-002", applicant=bad) == (
        "统一社会信用代码有误：统一社会信用代码校验位错误，请核对是否输错")


# -- case numbers -----------------------------------------------------------------------------


def test_numbers_are_gapless_and_refused_intakes_use_none(workspace, staff):
    first = new(workspace, staff.clerk).state.number
    with pytest.raises(CaseRefused):
        new(workspace, staff.clerk, applicant=person(id_number=ZHANG[:-1] + "0"))
    with pytest.raises(CaseRefused):
        new(workspace, staff.clerk, missing=("06",), decision=Decision.TOLERANT)
    second = new(workspace, staff.clerk, decision=Decision.REFUSE, reason="不属于本中心受理范围").state.number
    third = new(workspace, staff.clerk).state.number
    assert [first, second, third] == [f"某镇便民受字〔2026〕第01-{n:04d}号" for n in (1, 2, 3)]


def test_a_new_year_restarts_the_serial(workspace, staff):
    assert new(workspace, staff.clerk, today=dt.date(2025, 12, 30)).state.number == "某镇便民受字〔2025〕第01-0001号"
    assert new(workspace, staff.clerk, today=dt.date(2025, 12, 31)).state.number == "某镇便民受字〔2025〕第01-0002号"
    assert new(workspace, staff.clerk, today=dt.date(2026, 1, 5)).state.number == "某镇便民受字〔2026〕第01-0001号"
    # A case entered late for last year continues last year's series.
    late = new(workspace, staff.clerk, today=dt.date(2026, 1, 6), date=dt.date(2025, 12, 31))
    assert late.state.number == "某镇便民受字〔2025〕第01-0003号"
    with workspace.read() as s:
        counters = {c.year: c.last_serial for c in s.scalars(select(CaseCounter))}
    assert counters == {2025: 3, 2026: 1}


def test_number_format_comes_from_the_settings(workspace, staff):
    with workspace.write() as s:
        save_settings(s, number_format="{short}民政〔{year}〕{code}{serial:05d}号")
    assert new(workspace, staff.clerk).state.number == "某镇民政〔2026〕0100001号"
    with pytest.raises(SettingsError, match="必须包含流水号"):
        with workspace.write() as s:
            save_settings(s, number_format="{short}〔{year}〕号")
    assert new(workspace, staff.clerk).state.number == "某镇民政〔2026〕0100002号"


# -- actions after intake -------------------------------------------------------------------------


def test_actions_refused_by_state(workspace, staff):
    done = new(workspace, staff.clerk).state.number
    cases.complete(workspace, staff.clerk, done, "approved", dt.date(2026, 3, 4))
    assert refusal(cases.supply, workspace, staff.clerk, done, ["01"], dt.date(2026, 3, 5)) == (
        f"案件 {done} 状态为“已办结”，不能补齐材料")
    assert refusal(cases.terminate, workspace, staff.clerk, done, "撤回", dt.date(2026, 3, 5)) == (
        f"案件 {done} 状态为“已办结”，不能终止办理")

    waiting = new(workspace, staff.clerk, missing=("01",)).state.number
    assert refusal(cases.complete, workspace, staff.clerk, waiting, "approved", MON) == (
        "案件尚未受理（等待补正），不能办结；材料补齐后受理，或终止办理")

    tolerant = new(workspace, staff.clerk, missing=("07",), commitment_signed=True).state.number
    assert refusal(cases.complete, workspace, staff.clerk, tolerant, "approved", MON) == (
        "容缺材料尚未补齐（银行账户（社会保障卡）复印件），不能准予办结并发放结果")

    running = new(workspace, staff.clerk).state.number
    assert refusal(cases.resume, workspace, staff.clerk, running, MON) == "办结计时没有暂停，无需恢复"
    cases.pause(workspace, staff.clerk, running, "村（社区）公示七日", MON)
    assert refusal(cases.pause, workspace, staff.clerk, running, "公示", MON) == "办结计时已经暂停"
    assert refusal(cases.supply, workspace, staff.clerk, "某镇便民受字〔2026〕第9999号", ["01"], MON) == (
        "找不到案件“某镇便民受字〔2026〕第9999号”（可用受理编号或案件 UUID）")


def test_a_pause_stops_the_completion_clock_but_not_the_supply_clock(workspace, staff):
    number = new(workspace, staff.clerk, missing=("07",), commitment_signed=True, supply_days=3).state.number
    cases.pause(workspace, staff.clerk, number, "村（社区）公示七日", dt.date(2026, 3, 3))
    view = cases.get_case(workspace, number, dt.date(2026, 3, 10))
    assert (view.countdowns["completion"].state, view.countdowns["completion"].days_left) == (State.PAUSED, 19)
    assert (view.countdowns["supply"].state, view.countdowns["supply"].days_left) == (State.OVERDUE, -3)
    resumed = cases.resume(workspace, staff.clerk, number, dt.date(2026, 3, 10))
    assert resumed.countdowns["completion"].deadline == dt.date(2026, 4, 7)  # 5 paused working days later


def test_extension_by_a_supervisor_before_the_deadline_only(workspace, staff):
    number = new(workspace, staff.clerk, item="CL-001").state.number  # promised 4 working days: 3/6
    assert refusal(cases.extend, workspace, staff.clerk, number, 5, "核查", dt.date(2026, 3, 4)) == (
        "延期须由主管或管理员批准")
    view = cases.extend(workspace, staff.boss, number, 5, "需县残联复核", dt.date(2026, 3, 4))
    assert view.countdowns["completion"].deadline == dt.date(2026, 3, 13)
    assert "已延期 5 个工作日" in refusal(cases.extend, workspace, staff.boss, number, 6, "再核查",
                                        dt.date(2026, 3, 5))
    late = new(workspace, staff.clerk, item="CL-001").state.number
    assert refusal(cases.extend, workspace, staff.boss, late, 2, "核查", dt.date(2026, 3, 9)) == (
        "办结期限 2026-03-06 已过，逾期后申请延期本身即属超期，不能再延期")


def test_past_dated_actions_and_future_dates(workspace, staff):
    today = dt.date(2026, 3, 20)
    assert refusal(new, workspace, staff.clerk, today=today, date=dt.date(2026, 3, 23)) == (
        "收件日期 2026-03-23 晚于今天 2026-03-20")
    view = new(workspace, staff.clerk, today=today, date=MON, missing=("07",), commitment_signed=True)
    number = view.state.number
    assert view.state.intake_date == MON
    assert view.countdowns["supply"].state is State.OVERDUE  # its 10 working days ended 3/16
    assert refusal(cases.supply, workspace, staff.clerk, number, ["07"], today, dt.date(2026, 3, 21)) == (
        "日期 2026-03-21 晚于今天 2026-03-20")
    assert refusal(cases.supply, workspace, staff.clerk, number, ["07"], today, dt.date(2026, 2, 27)) == (
        "补齐材料日期 2026-02-27 早于收件日期 2026-03-02")
    supplied = cases.supply(workspace, staff.clerk, number, ["07"], today, dt.date(2026, 3, 12))
    assert supplied.state.materials["07"].supplied_on == dt.date(2026, 3, 12)
    assert supplied.countdowns["supply"].state is State.MET


def test_a_completion_dated_inside_a_pause_is_refused_without_a_traceback(workspace, staff):
    number = new(workspace, staff.clerk).state.number
    cases.pause(workspace, staff.clerk, number, "公示", dt.date(2026, 3, 10))
    assert refusal(cases.complete, workspace, staff.clerk, number, "approved", dt.date(2026, 3, 12),
                   dt.date(2026, 3, 5)) == "办结日期 2026-03-05 早于暂停计时日期 2026-03-10"


# -- broken promises --------------------------------------------------------------------------------


def test_a_broken_promise_flags_the_applicant_at_the_next_intake(workspace, staff):
    zhang = person(id_number=ZHANG)
    first = new(workspace, staff.clerk, missing=("07",), commitment_signed=True, applicant=zhang).state.number  # supply by 3/16
    ended = cases.terminate(workspace, staff.clerk, first, "逾期未补齐容缺材料，承诺未履行", dt.date(2026, 3, 20))
    assert ended.state.promise_broken and ended.countdowns["supply"].state is State.MISSED

    later = dt.date(2026, 3, 23)
    assert refusal(new, workspace, staff.clerk, today=later, missing=("07",), commitment_signed=True, applicant=zhang,
                   decision=Decision.TOLERANT, reason="家中急需") == (
        "不能容缺受理：申请人有未履行容缺承诺的记录，须由主管填写理由后方可容缺受理")
    plain = new(workspace, staff.clerk, today=later, missing=("07",), commitment_signed=True, applicant=zhang)
    assert plain.state.status is Status.AWAITING_SUPPLEMENT and plain.state.flagged
    assert "该申请人有未履行容缺承诺的记录" in plain.warnings
    assert refusal(new, workspace, staff.boss, today=later, missing=("07",), commitment_signed=True, applicant=zhang,
                   decision=Decision.TOLERANT) == (
        "不能容缺受理：申请人有未履行容缺承诺的记录，须由主管填写理由后方可容缺受理")
    granted = new(workspace, staff.boss, today=later, missing=("07",), commitment_signed=True, applicant=zhang,
                  decision=Decision.TOLERANT, reason="已当面说明后果，家中急需",
                  duplicate_reason="前一件待补正，申请人改为容缺受理")
    assert granted.state.status is Status.TOLERANT and granted.state.flagged
    assert granted.state.supervisor_reason == "已当面说明后果，家中急需"
    assert granted.to_json()["flagged"] is True
    # Someone else is not flagged.
    other = new(workspace, staff.clerk, today=later, missing=("07",), commitment_signed=True,
                applicant=person("李四", resident_id("330106", "19750505", "246")))
    assert other.state.status is Status.TOLERANT and not other.state.flagged


def test_a_tolerant_case_withdrawn_in_time_is_no_broken_promise(workspace, staff):
    first = new(workspace, staff.clerk, missing=("07",), commitment_signed=True).state.number
    ended = cases.terminate(workspace, staff.clerk, first, "申请人撤回申请", dt.date(2026, 3, 5))
    assert not ended.state.promise_broken
    again = new(workspace, staff.clerk, today=dt.date(2026, 3, 9), missing=("07",), commitment_signed=True)
    assert again.state.status is Status.TOLERANT and not again.state.flagged


# -- clocks ---------------------------------------------------------------------------------------------


def test_events_stay_ordered_when_the_clock_goes_back(workspace, staff):
    now = Clock().now_ms()
    workspace.clock = Clock(fixed_ms=now)
    number = new(workspace, staff.clerk, missing=("07",), commitment_signed=True).state.number
    workspace.clock = Clock(fixed_ms=now - 3 * 86_400_000)  # someone set the date three days back
    cases.supply(workspace, staff.clerk, number, ["07"], dt.date(2026, 3, 3))
    cases.complete(workspace, staff.clerk, number, "approved", dt.date(2026, 3, 4))
    view = cases.get_case(workspace, number, dt.date(2026, 3, 4))
    assert [e.type for e in view.events] == [
        "intake_logged", "tolerant_accepted", "materials_supplied", "completed"]
    stamps = [e.hlc for e in view.events]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert view.state.status is Status.COMPLETED
    assert audit(workspace).problems == []


def test_a_clock_set_back_is_reported_instead_of_a_wrong_today(workspace, staff):
    now = Clock().now_ms()
    workspace.clock = Clock(fixed_ms=now + 2 * 86_400_000)
    new(workspace, staff.clerk)
    assert workspace.clock_problem() is None
    workspace.clock = Clock(fixed_ms=now)
    problem = workspace.clock_problem()
    assert problem and "早于已保存的最新记录" in problem and "请先校正电脑时间" in problem
    with pytest.raises(ClockSetBack, match="日期可能被调回"):
        workspace.today()
    assert workspace.today(MON) == MON


def test_each_action_is_one_transaction_of_events_and_projection(workspace, staff):
    number = new(workspace, staff.clerk, missing=("01",)).state.number
    with workspace.read() as s:
        uuid = cases.find_case_uuid(s, number)
        before = len(case_events(s, uuid))
    with pytest.raises(CaseRefused):
        cases.complete(workspace, staff.clerk, number, "approved", MON)
    with workspace.read() as s:
        assert len(case_events(s, uuid)) == before
    payloads = [json.dumps(e.payload, ensure_ascii=False) for e in cases.get_case(workspace, number, MON).events]
    assert "张三" in payloads[0]


def test_a_date_outside_the_calendar_is_refused_not_crashed(workspace, staff):
    assert refusal(new, workspace, staff.clerk, date=dt.date(1026, 3, 2)) == "日期 1026-03-02 超出日历范围（1990–2100）"
    number = new(workspace, staff.clerk).state.number
    assert number == "某镇便民受字〔2026〕第01-0001号"  # the refused one took no number
    assert refusal(cases.complete, workspace, staff.clerk, number, "approved", MON, dt.date(1989, 12, 29)) == (
        "日期 1989-12-29 超出日历范围（1990–2100）")


def test_a_second_open_case_of_the_same_item_needs_a_reason(workspace, staff):
    zhang = person(id_number=ZHANG)
    first = new(workspace, staff.clerk, applicant=zhang)
    message = refusal(new, workspace, staff.clerk, applicant=zhang)
    assert first.state.number in message and "须写明理由" in message
    preview = cases.preview_intake(workspace, staff.clerk, request(workspace, applicant=zhang), MON)
    assert [d.number for d in preview.duplicates] == [first.state.number]
    # Another item, or after the first is closed, is no duplicate.
    assert new(workspace, staff.clerk, applicant=zhang, item="CL-001").state.number
    again = new(workspace, staff.clerk, applicant=zhang, duplicate_reason="申请人要求分开办理")
    with workspace.read() as s:
        logged = json.loads(case_events(s, again.state.uuid)[0].payload)
    assert logged["duplicate_of"] == [first.state.number] and logged["duplicate_reason"] == "申请人要求分开办理"
    cases.complete(workspace, staff.clerk, first.state.uuid, "approved", MON)
    cases.complete(workspace, staff.clerk, again.state.uuid, "approved", MON)
    assert new(workspace, staff.clerk, applicant=zhang).state.number


def test_a_returning_applicant_is_known_by_id_number(workspace, staff):
    new(workspace, staff.clerk, applicant=person("张三", ZHANG, "13900139000"))
    known = cases.known_applicant(workspace, "person", ZHANG.lower(), MON)
    assert (known.name, known.phone) == ("张三", "13900139000")
    assert cases.known_applicant(workspace, "person", resident_id("110105", "19800101", "999"), MON) is None
    assert cases.known_applicant(workspace, "person", "123", MON) is None
