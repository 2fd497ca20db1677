"""The case lifecycle as the officer meets it: which decisions are allowed, what each event
does to the case and its clocks, and the reason given when an action is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.case_materials import MaterialState
from app.domain.calendar import build_calendar
from app.domain.deadlines import State, Unit
from app.domain.lifecycle import (
    NOTICE_DUE_WORKDAYS,
    CaseState,
    Decision,
    EventType,
    IntakeFacts,
    ItemRules,
    RuleViolation,
    Status,
    apply,
    check_complete,
    check_extend,
    check_materials,
    check_pause,
    check_resume,
    check_supply,
    check_terminate,
    decide,
    decision_options,
    fold,
)

CAL = build_calendar()
MON = dt.date(2026, 3, 2)  # a Monday in a month without holidays


def day(n: int) -> dt.date:
    """The nth working day after MON (MON itself for 0)."""
    return CAL.add_workdays(MON, n)


MATERIALS = (
    {"code": "01", "name": "申请书", "required": True, "tolerable": False},
    {"code": "02", "name": "核对授权书", "required": True, "tolerable": False},
    {"code": "03", "name": "户口簿", "required": True, "tolerable": True},
    {"code": "04", "name": "照片", "required": True, "tolerable": True},
    {"code": "05", "name": "特殊情况证明", "required": False, "tolerable": False},
)


def item(**changes) -> ItemRules:
    base = dict(code="MZ-T", name="最低生活保障", version=1, version_uuid="v1", promised_days=10, legal_days=20,
                tolerant_allowed=True, default_supply_days=5, supplement_days=30, supplement_unit=Unit.NATURAL,
                materials=MATERIALS)
    base.update(changes)
    return ItemRules(**base)


def facts(missing=(), *, rules: ItemRules | None = None, **kw) -> IntakeFacts:
    rules = rules or item()
    received, missing = check_materials(rules, [m["code"] for m in rules.materials if m["code"] not in missing],
                                        missing)
    return IntakeFacts(item=rules, received=received, missing=missing, **kw)


def refused(fn, *args, **kw) -> str:
    with pytest.raises(RuleViolation) as info:
        fn(*args, **kw)
    return str(info.value)


# -- the decision at intake --------------------------------------------------------------------


def test_all_required_materials_received_is_accepted_even_without_an_optional_one():
    f = facts(missing=("05",))
    assert decide(f, None, None, None) is Decision.ACCEPT
    options = {o.decision: o for o in decision_options(f)}
    assert options[Decision.ACCEPT].allowed
    assert not options[Decision.TOLERANT].allowed and options[Decision.TOLERANT].reason == "材料已齐全，无需容缺"
    assert not options[Decision.NOTICE].allowed and options[Decision.NOTICE].reason == "材料已齐全，无需补正"
    assert "无需补正" in refused(decide, f, Decision.NOTICE, None, None)


def test_materials_not_named_count_as_missing_and_unknown_or_doubled_codes_are_refused():
    rules = item()
    received, missing = check_materials(rules, ["01", "02"], [])
    assert missing == {"03", "04", "05"}
    assert refused(check_materials, rules, ["01", "99"], []) == (
        "事项“最低生活保障”没有这些材料：99（可用：01, 02, 03, 04, 05）")
    assert refused(check_materials, rules, ["01", "03"], ["03"]) == "材料不能同时登记为已收和缺少：03"


def test_tolerant_acceptance_with_commitment_and_only_tolerable_materials_missing():
    f = facts(missing=("03", "04"), commitment_signed=True)
    assert decide(f, None, None, None) is Decision.TOLERANT
    assert decide(f, Decision.TOLERANT, 5, None) is Decision.TOLERANT
    assert decide(f, Decision.TOLERANT, 3, None) is Decision.TOLERANT
    option = {o.decision: o for o in decision_options(f)}[Decision.TOLERANT]
    assert option.allowed and option.reason == "容缺受理，缺少：户口簿、照片"
    assert refused(decide, f, Decision.ACCEPT, None, None) == "不能受理：必要材料未齐：户口簿、照片"


def test_tolerant_acceptance_needs_the_signed_commitment():
    f = facts(missing=("03",), commitment_signed=False)
    assert decide(f, None, None, None) is Decision.NOTICE
    assert refused(decide, f, Decision.TOLERANT, None, None) == "不能容缺受理：容缺受理须申请人自愿签署承诺书"


def test_tolerant_acceptance_only_for_items_that_allow_it():
    f = facts(missing=("03",), rules=item(tolerant_allowed=False), commitment_signed=True)
    assert decide(f, None, None, None) is Decision.NOTICE
    assert refused(decide, f, Decision.TOLERANT, None, None) == "不能容缺受理：事项“最低生活保障”不适用容缺受理"


def test_a_missing_core_material_falls_to_the_notice_path_and_refuses_tolerance():
    f = facts(missing=("01", "03"), commitment_signed=True)
    assert decide(f, None, None, None) is Decision.NOTICE
    assert decide(f, None, 3, None) is Decision.NOTICE
    assert refused(decide, f, Decision.TOLERANT, None, None) == "不能容缺受理：缺少核心材料，不能容缺：申请书"


def test_supply_days_may_be_shorter_than_the_item_default_but_never_longer():
    f = facts(missing=("03",), commitment_signed=True)
    assert refused(decide, f, Decision.TOLERANT, 6, None) == "不能容缺受理：补正期限不能长于事项规定的 5 个工作日"
    assert refused(decide, f, Decision.TOLERANT, 11, None) == (
        "不能容缺受理：补正期限 11 个工作日超过事项承诺办结时限 10 个工作日")
    assert refused(decide, f, Decision.TOLERANT, 0, None) == "不能容缺受理：补正期限至少 1 个工作日"
    # Asking for a too long period without naming the decision is refused, not quietly sent to 补正.
    assert "不能长于事项规定的 5 个工作日" in refused(decide, f, None, 6, None)


def test_an_item_default_longer_than_its_promised_limit_cannot_be_used():
    f = facts(missing=("03",), rules=item(default_supply_days=12), commitment_signed=True)
    assert decide(f, None, None, None) is Decision.NOTICE
    assert "补正期限 12 个工作日超过事项承诺办结时限 10 个工作日" in refused(decide, f, Decision.TOLERANT, None, None)


def test_refusal_requires_a_reason():
    f = facts()
    assert refused(decide, f, Decision.REFUSE, None, None) == "不予受理须写明理由"
    assert refused(decide, f, Decision.REFUSE, None, "   ") == "不予受理须写明理由"
    assert decide(f, Decision.REFUSE, None, "户籍不在本镇") is Decision.REFUSE


def test_an_applicant_who_broke_a_promise_needs_a_supervisor_with_a_reason():
    base = dict(missing=("03",), commitment_signed=True, applicant_broke_promise=True)
    why = "不能容缺受理：申请人有未履行容缺承诺的记录，须由主管填写理由后方可容缺受理"
    assert decide(facts(**base), None, None, None) is Decision.NOTICE
    assert refused(decide, facts(**base, supervisor_reason="家中急需"), Decision.TOLERANT, None, None) == why
    assert refused(decide, facts(**base, actor_is_supervisor=True), Decision.TOLERANT, None, None) == why
    ok = facts(**base, actor_is_supervisor=True, supervisor_reason="已当面说明，家中急需")
    assert decide(ok, Decision.TOLERANT, None, None) is Decision.TOLERANT


# -- the fold: what each event does ---------------------------------------------------------------


def logged(missing=(), when: dt.date = MON, rules: ItemRules | None = None) -> CaseState:
    rules = rules or item()
    state = CaseState(uuid="case-1")
    snapshot = {k: v for k, v in rules.to_dict().items() if k != "materials"}
    apply(state, EventType.INTAKE_LOGGED, {
        "number": "某镇便民受字〔2026〕第0001号", "year": when.year, "serial": 1, "date": when.isoformat(),
        "item": snapshot, "applicant": {"kind": "person", "name": "张三", "id_number": "11010519491231002X"},
        "materials": [dict(m, received=m["code"] not in missing) for m in rules.materials],
    }, "clerk")
    return state


def accepted(when: dt.date = MON) -> CaseState:
    state = logged()
    return apply(state, EventType.ACCEPTED, {"date": when.isoformat(), "promised_days": 10})


def tolerant(missing=("03",), supply_days: int = 5, when: dt.date = MON) -> CaseState:
    state = logged(missing, when)
    return apply(state, EventType.TOLERANT_ACCEPTED, {"date": when.isoformat(), "promised_days": 10,
                                                      "supply_days": supply_days, "missing": list(missing)})


def noticed(missing=("01", "03"), when: dt.date = MON) -> CaseState:
    state = logged(missing, when)
    return apply(state, EventType.SUPPLEMENT_REQUESTED, {"date": when.isoformat(), "supply_days": 30,
                                                         "supply_unit": "natural", "missing": list(missing)})


def clocks(state: CaseState, today: dt.date):
    return state.countdowns(CAL, today, 2)


def test_acceptance_starts_the_completion_clock_the_day_after():
    state = accepted()
    assert state.status is Status.ACCEPTED and state.status.label == "已受理"
    c = clocks(state, MON)
    assert c["supply"] is None and c["notice"] is None
    assert c["completion"].deadline == dt.date(2026, 3, 16)  # 10 working days: 3/3 … 3/16
    assert (c["completion"].state, c["completion"].days_left) == (State.ON_TRACK, 10)


def test_tolerant_acceptance_runs_both_clocks():
    state = tolerant(supply_days=3)
    assert state.status is Status.TOLERANT and state.commitment_signed
    c = clocks(state, day(2))
    assert c["supply"].deadline == dt.date(2026, 3, 5)
    assert (c["supply"].state, c["supply"].days_left) == (State.DUE_SOON, 1)
    assert c["completion"].deadline == dt.date(2026, 3, 16)


def test_supplying_the_last_tolerable_material_meets_the_supply_clock():
    state = tolerant(missing=("03", "04"))
    apply(state, EventType.MATERIALS_SUPPLIED, {"date": day(1).isoformat(), "codes": ["03"]})
    assert state.status is Status.TOLERANT
    supply = clocks(state, day(2))["supply"]
    assert (supply.deadline, supply.state, supply.days_left) == (dt.date(2026, 3, 9), State.ON_TRACK, 3)
    apply(state, EventType.MATERIALS_SUPPLIED, {"date": day(2).isoformat(), "codes": ["04"]})
    assert state.status is Status.ACCEPTED
    assert state.materials["04"].state is MaterialState.SUPPLIED and state.materials["04"].supplied_on == day(2)
    c = clocks(state, day(8))
    assert (c["supply"].state, c["supply"].days_left) == (State.MET, 3)
    assert (c["completion"].state, c["completion"].days_left) == (State.DUE_SOON, 2)


def test_notice_path_waits_and_owes_the_notice_within_five_working_days():
    state = noticed()
    assert state.status is Status.AWAITING_SUPPLEMENT and state.decision is Decision.NOTICE
    assert NOTICE_DUE_WORKDAYS == 5
    c = clocks(state, MON)
    assert c["completion"] is None
    assert c["notice"].deadline == dt.date(2026, 3, 9)
    assert c["supply"].deadline == dt.date(2026, 4, 1)  # 30 natural days
    assert (clocks(state, day(3))["notice"].state, clocks(state, day(3))["notice"].days_left) == (State.DUE_SOON, 2)
    assert clocks(state, day(5))["notice"].state is State.DUE_TODAY
    late = clocks(state, day(6))["notice"]
    assert (late.state, late.days_left) == (State.OVERDUE, -1)


def test_notice_path_case_is_accepted_when_the_last_material_arrives():
    state = noticed()
    arrived = dt.date(2026, 3, 11)
    apply(state, EventType.MATERIALS_SUPPLIED, {"date": arrived.isoformat(), "codes": ["01", "03"]})
    apply(state, EventType.ACCEPTED, {"date": arrived.isoformat(), "promised_days": 10})
    assert state.status is Status.ACCEPTED and state.accepted_date == arrived
    c = clocks(state, arrived)
    assert c["completion"].deadline == dt.date(2026, 3, 25)  # day 1 is 3/12
    assert c["completion"].days_left == 10
    assert c["supply"].state is State.MET
    assert c["notice"].state is State.MISSED  # the notice was owed by 3/9 and never printed


def test_printing_the_one_time_notice_meets_the_notice_clock():
    state = noticed()
    apply(state, EventType.LETTER_PRINTED, {"date": day(1).isoformat(), "kind": "one_time_notice",
                                            "materials": ["01", "03"]})
    notice = clocks(state, day(9))["notice"]
    assert (notice.state, notice.days_left) == (State.MET, 4)
    assert state.notice_materials == ["01", "03"]


def test_a_pause_stops_only_the_completion_clock():
    state = tolerant(supply_days=5)
    apply(state, EventType.CLOCK_PAUSED, {"date": day(2).isoformat(), "reason": "村（社区）公示七日"})
    assert state.paused
    c = clocks(state, day(6))
    assert (c["completion"].state, c["completion"].days_left) == (State.PAUSED, 8)
    assert (c["supply"].state, c["supply"].days_left) == (State.OVERDUE, -1)  # the applicant's clock ran on
    apply(state, EventType.CLOCK_RESUMED, {"date": day(7).isoformat()})
    assert not state.paused
    c = clocks(state, day(7))
    assert c["completion"].deadline == day(15)  # five paused working days added
    assert c["completion"].days_left == 8


def test_an_extension_moves_the_completion_deadline():
    state = accepted()
    apply(state, EventType.EXTENDED, {"date": day(3).isoformat(), "days": 5, "reason": "联合核查"})
    assert clocks(state, day(3))["completion"].deadline == day(15)


def test_completion_and_termination_close_the_case_and_stop_the_clocks():
    done = accepted()
    apply(done, EventType.COMPLETED, {"date": day(4).isoformat(), "result": "approved"})
    assert done.status is Status.COMPLETED and done.result == "approved" and not done.status.is_open
    c = clocks(done, day(30))["completion"]
    assert (c.state, c.days_left) == (State.MET, 6)

    stopped = tolerant(supply_days=5)
    apply(stopped, EventType.TERMINATED, {"date": day(2).isoformat(), "reason": "申请人撤回", "promise_broken": False})
    c = clocks(stopped, day(30))
    assert stopped.status is Status.TERMINATED and not stopped.promise_broken
    assert c["supply"].state is State.STOPPED and c["completion"].state is State.STOPPED

    broken = tolerant(supply_days=5)
    apply(broken, EventType.TERMINATED, {"date": day(7).isoformat(), "reason": "逾期未补齐，承诺未履行",
                                         "promise_broken": True})
    c = clocks(broken, day(30))
    assert broken.promise_broken and broken.reason == "逾期未补齐，承诺未履行"
    assert (c["supply"].state, c["supply"].days_left) == (State.MISSED, -2)


def test_refusal_is_closed_at_once():
    state = logged()
    apply(state, EventType.REFUSED, {"date": MON.isoformat(), "reason": "户籍不在本镇"})
    assert state.status is Status.REFUSED and state.reason == "户籍不在本镇" and state.closed_date == MON
    assert all(c is None for c in clocks(state, MON).values())


def test_fold_replays_events_into_the_same_state():
    events = [
        (EventType.INTAKE_LOGGED, {
            "number": "N1", "year": 2026, "serial": 1, "date": MON.isoformat(), "item": item().to_dict(),
            "applicant": {"name": "张三"}, "materials": [dict(m, received=m["code"] != "03") for m in MATERIALS]},
         "clerk"),
        (EventType.TOLERANT_ACCEPTED, {"date": MON.isoformat(), "promised_days": 10, "supply_days": 5}, "clerk"),
        (EventType.MATERIALS_SUPPLIED, {"date": day(2).isoformat(), "codes": ["03"]}, "boss"),
    ]
    state = fold("case-1", events)
    assert state.status is Status.ACCEPTED and state.event_count == 3 and state.last_officer == "boss"
    assert fold("case-1", events) == state


# -- guards: actions the state does not allow --------------------------------------------------


def test_supply_is_refused_on_a_closed_case_and_for_materials_not_missing():
    state = tolerant(missing=("03",))
    assert refused(check_supply, state, [], day(1)) == "请指明补齐的材料"
    assert refused(check_supply, state, ["09"], day(1)) == "本案没有这些材料：09"
    assert refused(check_supply, state, ["01"], day(1)) == "这些材料并未缺少，无需补齐：申请书（01）"
    assert refused(check_supply, state, ["03"], MON - dt.timedelta(days=1)) == (
        "补齐材料日期 2026-03-01 早于收件日期 2026-03-02")
    assert check_supply(state, ["03", "03"], day(1)) == ["03"]
    apply(state, EventType.COMPLETED, {"date": day(3).isoformat(), "result": "rejected"})
    assert refused(check_supply, state, ["03"], day(4)) == (
        "案件 某镇便民受字〔2026〕第0001号 状态为“已办结”，不能补齐材料")


def test_pause_rules():
    assert "尚未受理" in refused(check_pause, noticed(), CAL, day(1), "公示")
    state = accepted()
    assert refused(check_pause, state, CAL, day(1), "  ") == "暂停计时须写明理由（如公示、检测、听证等特别程序）"
    assert refused(check_pause, state, CAL, dt.date(2026, 3, 16), "公示") == (
        "办结期限 2026-03-16 已届满，不能再暂停计时")
    check_pause(state, CAL, day(1), "公示")
    apply(state, EventType.CLOCK_PAUSED, {"date": day(1).isoformat(), "reason": "公示"})
    assert refused(check_pause, state, CAL, day(2), "检测") == "办结计时已经暂停"


def test_resume_rules():
    state = accepted()
    assert refused(check_resume, state, day(1)) == "办结计时没有暂停，无需恢复"
    apply(state, EventType.CLOCK_PAUSED, {"date": day(2).isoformat(), "reason": "公示"})
    assert refused(check_resume, state, day(1)) == f"恢复日期不能早于暂停日期 {day(2).isoformat()}"
    check_resume(state, day(2))


def test_complete_rules():
    assert refused(check_complete, noticed(), day(1), "approved") == (
        "案件尚未受理（等待补正），不能办结；材料补齐后受理，或终止办理")
    state = tolerant(missing=("03", "04"))
    assert refused(check_complete, state, day(1), "approved") == (
        "容缺材料尚未补齐（户口簿、照片），不能准予办结并发放结果")
    check_complete(state, day(1), "rejected")
    assert "approved（准予）或 rejected（不予）" in refused(check_complete, accepted(), day(1), "maybe")
    check_complete(accepted(), day(1), "approved")


def test_an_action_dated_inside_an_open_pause_before_it_began_is_refused():
    state = accepted()
    apply(state, EventType.CLOCK_PAUSED, {"date": day(4).isoformat(), "reason": "公示"})
    assert refused(check_complete, state, day(2), "approved") == (
        f"办结日期 {day(2).isoformat()} 早于暂停计时日期 {day(4).isoformat()}")
    assert refused(check_terminate, state, day(2), "撤回") == (
        f"终止办理日期 {day(2).isoformat()} 早于暂停计时日期 {day(4).isoformat()}")


def test_completion_cannot_be_dated_before_the_acceptance():
    state = noticed()
    apply(state, EventType.MATERIALS_SUPPLIED, {"date": day(6).isoformat(), "codes": ["01", "03"]})
    apply(state, EventType.ACCEPTED, {"date": day(6).isoformat(), "promised_days": 10})
    assert refused(check_complete, state, day(3), "approved") == (
        f"办结日期 {day(3).isoformat()} 早于受理日期 {day(6).isoformat()}")


def test_terminate_rules():
    state = accepted()
    assert refused(check_terminate, state, day(1), "") == "终止办理须写明理由"
    check_terminate(state, day(1), "申请人撤回申请")
    apply(state, EventType.TERMINATED, {"date": day(1).isoformat(), "reason": "申请人撤回申请"})
    assert refused(check_terminate, state, day(2), "再次终止") == (
        "案件 某镇便民受字〔2026〕第0001号 状态为“已终止”，不能终止办理")


def test_extension_is_for_a_supervisor_before_the_deadline_and_at_most_ten_days():
    state = accepted()  # deadline 2026-03-16
    assert refused(check_extend, state, CAL, day(3), 5, "核查", False) == "延期须由主管或管理员批准"
    assert refused(check_extend, noticed(), CAL, day(3), 5, "核查", True) == "案件尚未受理，不能延期"
    assert refused(check_extend, state, CAL, day(3), 5, " ", True) == "延期须写明理由，并告知申请人"
    assert refused(check_extend, state, CAL, day(3), 0, "核查", True) == "延期天数应为正整数"
    assert refused(check_extend, state, CAL, day(3), 11, "核查", True) == (
        "延期合计不得超过 10 个工作日（《行政许可法》第四十二条），已延期 0 个工作日")
    assert refused(check_extend, state, CAL, dt.date(2026, 3, 17), 5, "核查", True) == (
        "办结期限 2026-03-16 已过，逾期后申请延期本身即属超期，不能再延期")
    check_extend(state, CAL, dt.date(2026, 3, 16), 5, "核查", True)  # on the last day it is still in time
    apply(state, EventType.EXTENDED, {"date": day(3).isoformat(), "days": 6, "reason": "核查"})
    assert refused(check_extend, state, CAL, day(4), 5, "再核查", True) == (
        "延期合计不得超过 10 个工作日（《行政许可法》第四十二条），已延期 6 个工作日")
    check_extend(state, CAL, day(4), 4, "再核查", True)
    # The extended deadline (3/24) is what counts for "before the deadline".
    check_extend(state, CAL, dt.date(2026, 3, 24), 4, "再核查", True)
    apply(state, EventType.CLOCK_PAUSED, {"date": day(5).isoformat(), "reason": "公示"})
    assert refused(check_extend, state, CAL, day(6), 2, "核查", True) == "计时暂停期间不能延期，请先恢复计时"
