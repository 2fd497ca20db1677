"""A case's state holds its clocks and materials as frozen typed objects, one day unit
throughout: what a view or a letter is handed cannot be changed under the fold, and the
same events always give an equal state."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.domain.calendar import build_calendar
from app.domain.case_letters import build_content
from app.domain.case_materials import CaseMaterial, MaterialState
from app.domain.deadlines import Countdown, Extension, Pause, Unit
from app.domain.deemed import judged
from app.domain.letters import CentreInfo, LetterKind, content_from_json, content_to_json
from app.domain.lifecycle import MAX_EXTENSION_DAYS, CaseState, EventType, RuleViolation, apply, check_extend, fold

CAL = build_calendar()
MON = dt.date(2026, 3, 2)
MATERIALS = [
    {"code": "01", "name": "申请书", "required": True, "tolerable": False, "form": "original", "copies": 1},
    {"code": "02", "name": "户口簿", "required": True, "tolerable": True, "form": "copy", "copies": 2},
    {"code": "03", "name": "特殊情况证明", "required": False, "tolerable": False, "form": None, "copies": 1},
]
ITEM = {"code": "MZ-T", "name": "最低生活保障", "version": 1, "promised_days": 10}
CENTRE = CentreInfo("某镇便民服务中心", "某镇便民", "社会事务窗口", "某镇人民路8号", "0571-8765432", "某镇便民服务中心")


def day(n: int) -> str:
    return CAL.add_workdays(MON, n).isoformat()


def intake(received=("01", "03")) -> tuple[str, dict, str]:
    return (EventType.INTAKE_LOGGED, {
        "number": "N1", "year": 2026, "serial": 1, "date": MON.isoformat(), "item": ITEM,
        "applicant": {"kind": "person", "name": "张三", "id_number": "11010519491231002X"},
        "materials": [dict(m, received=m["code"] in received) for m in MATERIALS]}, "clerk")


def tolerant_history() -> list[tuple[str, dict, str]]:
    """Accepted under 容缺, paused, resumed, extended twice: every kind of clock entry."""
    return [
        intake(),
        (EventType.TOLERANT_ACCEPTED, {"date": MON.isoformat(), "promised_days": 10, "supply_days": 5}, "clerk"),
        (EventType.CLOCK_PAUSED, {"date": day(1), "reason": "公示"}, "clerk"),
        (EventType.CLOCK_RESUMED, {"date": day(3)}, "clerk"),
        (EventType.EXTENDED, {"date": day(4), "days": 3, "reason": "专家评审", "approved_by": "boss"}, "boss"),
        (EventType.EXTENDED, {"date": day(5), "days": 2, "reason": "补充核查"}, "boss"),
        (EventType.CLOCK_PAUSED, {"date": day(6), "reason": "现场勘验"}, "clerk"),
    ]


def noticed_history() -> list[tuple[str, dict, str]]:
    return [intake(received=("01",)),
            (EventType.SUPPLEMENT_REQUESTED, {"date": MON.isoformat(), "supply_days": 30, "supply_unit": "natural",
                                              "missing": ["02"]}, "clerk")]


def test_the_clocks_are_frozen_countdowns_with_typed_pauses_and_extensions():
    state = fold("case-1", tolerant_history())
    completion, supply = state.completion, state.supply
    assert isinstance(completion, Countdown) and isinstance(supply, Countdown) and state.notice is None
    assert completion.unit is Unit.WORKING and supply.unit is Unit.WORKING
    assert completion.pauses == (Pause(CAL.add_workdays(MON, 1), CAL.add_workdays(MON, 3), "公示"),
                                 Pause(CAL.add_workdays(MON, 6), None, "现场勘验"))
    assert completion.extensions == (Extension(3, "专家评审", CAL.add_workdays(MON, 4), "boss"),
                                     Extension(2, "补充核查", CAL.add_workdays(MON, 5), "boss"))
    assert state.paused and state.extended_days == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        completion.closed_on = MON
    with pytest.raises(dataclasses.FrozenInstanceError):
        completion.pauses[0].end = None
    with pytest.raises(dataclasses.FrozenInstanceError):
        completion.extensions[0].days = 10
    with pytest.raises(AttributeError):
        completion.pauses.append(Pause(MON))  # a tuple: no pause slips in beside the fold
    with pytest.raises((AttributeError, TypeError)):
        completion.note = "x"  # slots: no stray attribute either


def test_a_supplement_notice_counts_in_the_items_unit():
    state = fold("case-1", noticed_history())
    assert state.supply.unit is Unit.NATURAL and state.notice.unit is Unit.WORKING
    assert state.notice.limit == 5 and state.notice.closed_on is None


def test_the_materials_are_immutable_typed_objects():
    history = tolerant_history()[:2] + [(EventType.MATERIALS_SUPPLIED, {"date": day(2), "codes": ["02"]}, "clerk"),
                                        (EventType.MATERIAL_REJECTED, {"date": day(2), "code": "03",
                                                                       "reason": "字迹不清"}, "clerk")]
    state = fold("case-1", history)
    assert all(isinstance(m, CaseMaterial) for m in state.materials.values())
    assert state.materials["02"] == CaseMaterial("02", "户口簿", True, True, "copy", 2, MaterialState.SUPPLIED,
                                                 CAL.add_workdays(MON, 2))
    sent_back = state.materials["03"]
    assert sent_back.state is MaterialState.MISSING and sent_back.rejected_reason == "字迹不清"
    assert sent_back.missing and not sent_back.missing_required  # optional: does not hold the case up
    with pytest.raises(AttributeError):
        state.materials["01"].state = MaterialState.MISSING
    assert [m.code for m in state.missing_materials] == ["03"] and state.missing_required == []


def test_the_same_events_give_equal_states_and_other_events_do_not():
    for history in (tolerant_history(), noticed_history()):
        assert fold("case-1", history) == fold("case-1", history)
        one_by_one = CaseState(uuid="case-1")
        for etype, payload, officer in history:
            apply(one_by_one, etype, payload, officer)
        assert one_by_one == fold("case-1", history)
    assert fold("case-1", tolerant_history()[:-1]) != fold("case-1", tolerant_history())


def test_a_later_event_leaves_the_clock_a_view_was_given_as_it_was():
    state = fold("case-1", tolerant_history()[:2])
    shown = state.completion
    apply(state, EventType.EXTENDED, {"date": day(1), "days": 2, "reason": "专家评审"}, "boss")
    assert shown.extensions == () and state.completion.extra_days == 2


def test_the_case_as_judged_on_a_day_leaves_the_folded_state_alone():
    state = fold("case-1", noticed_history())
    before = dataclasses.replace(state)
    seen = judged(state, CAL, CAL.add_workdays(MON, 10))  # the five days ran out: accepted by law
    assert seen.deemed is not None and seen.completion is not None and seen.supply is None
    assert state == before and state.completion is None and state.notice.closed_on is None


def test_the_extension_limit_is_the_domains_sum():
    state = fold("case-1", tolerant_history()[:2] + tolerant_history()[4:6])
    assert state.extended_days == 5
    with pytest.raises(RuleViolation, match="已延期 5 个工作日"):
        check_extend(state, CAL, CAL.add_workdays(MON, 6), MAX_EXTENSION_DAYS - 4, "再延期", True)


def test_one_day_unit_for_catalogue_items_countdowns_and_letters():
    assert Unit.parse("自然日") is Unit.NATURAL and Unit.parse("工作日") is Unit.WORKING
    assert Unit.WORKING.label == "工作日"
    state = fold("case-1", noticed_history())
    countdowns = state.countdowns(CAL, MON, 2)
    content = build_content(state, LetterKind.ONE_TIME_NOTICE, centre=CENTRE, number_abbreviation="补",
                            item_details={}, countdowns=countdowns, officer_name="李四", issue_date=MON)
    assert content.supply_unit is Unit.NATURAL
    stored = content_to_json(content)
    assert stored["supply_unit"] == "natural"  # the print event keeps the text
    assert content_from_json(stored) == content and content_from_json(stored).supply_unit is Unit.NATURAL



def _closed_and_rated(level: str, *extra) -> CaseState:
    events = [intake(received=("01", "02", "03")), (EventType.ACCEPTED, {"date": MON.isoformat(), "promised_days": 10}, "clerk"),
              (EventType.COMPLETED, {"date": day(2), "result": "approved"}, "clerk"),
              (EventType.RATING_RECORDED, {"date": day(2), "level": level, "comment": "窗口少",
                                           "follow_up_due": day(7)}, "clerk"), *extra]
    return fold("c", events)


def test_the_rating_and_its_follow_up_are_immutable_typed_values():
    from app.domain.case_rating import FollowUp, FollowUpStep, Rating

    state = _closed_and_rated("dissatisfied")
    assert state.rating == Rating(dt.date.fromisoformat(day(2)), "dissatisfied", "窗口少", False, True, "clerk")
    assert state.follow_up == FollowUp(dt.date.fromisoformat(day(2)), dt.date.fromisoformat(day(7)))
    given = state.follow_up
    apply(state, EventType.FOLLOW_UP_RECORDED, {"date": day(3), "step": "verify", "text": "属实"}, "boss")
    assert given.steps == ()  # what a view was handed stays as it was
    assert state.follow_up.done("verify") == FollowUpStep("verify", dt.date.fromisoformat(day(3)), "属实", "boss")
    with pytest.raises(AttributeError):
        state.rating.level = "satisfied"  # type: ignore[misc]


def test_a_follow_up_step_from_another_station_waits_for_its_rating_and_the_earlier_visit_closes_it():
    from app.domain.rating import next_step

    visits = [(EventType.FOLLOW_UP_RECORDED, {"date": day(d), "step": s, "text": "已办"}, "clerk")
              for s, d in (("verify", 3), ("rectify", 4), ("revisit", 6), ("revisit", 5))]
    early = fold("c", [visits[0]])
    assert early.follow_up is not None and not early.follow_up.opened  # known, not yet opened
    state = _closed_and_rated("very_dissatisfied", *visits)
    assert state.follow_up.opened and not state.follow_up.open
    assert state.follow_up.closed_on == dt.date.fromisoformat(day(5))
    assert [s.step for s in state.follow_up.steps] == ["verify", "rectify", "revisit"]
    assert next_step(state) is None
