"""行政许可法 §32(4): an incomplete application never told what is missing within five working
days counts as accepted from the day the materials came in, with no officer doing anything."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from app.domain.calendar import build_calendar
from app.domain.deadlines import State
from app.domain.deemed import DEEMED_LABEL, judged, notice_lapse
from app.domain.lifecycle import (
    CaseState,
    EventType,
    RuleViolation,
    Status,
    check_complete,
    check_pause,
    fold,
)

CAL = build_calendar()
RECEIVED = dt.date(2026, 3, 2)  # a Monday; March 2026 has no holiday
ITEM = {"code": "ZJ-002", "name": "乡村建设规划许可", "version": 1, "promised_days": 20}
MATERIALS = [
    {"code": "01", "name": "申请书", "required": True, "tolerable": False, "received": True},
    {"code": "02", "name": "户口簿", "required": True, "tolerable": False, "received": False},
    {"code": "03", "name": "村民会议记录", "required": True, "tolerable": False, "received": False},
    {"code": "04", "name": "公示材料", "required": True, "tolerable": False, "received": False},
]


def wd(n: int, start: dt.date = RECEIVED) -> dt.date:
    """The nth working day after ``start``."""
    return CAL.add_workdays(start, n)


def intake(day: dt.date = RECEIVED, item=ITEM) -> list[tuple[str, dict, str]]:
    return [
        (EventType.INTAKE_LOGGED, {"number": "某镇便民受字〔2026〕第0001号", "year": day.year, "serial": 1,
                                   "date": day.isoformat(), "item": item,
                                   "applicant": {"kind": "person", "name": "王五", "id_number": "x"},
                                   "materials": MATERIALS}, "clerk"),
        (EventType.SUPPLEMENT_REQUESTED, {"date": day.isoformat(), "supply_days": 30, "supply_unit": "natural",
                                          "missing": ["02", "03", "04"]}, "clerk"),
    ]


def notice_printed(day: dt.date, officer: str = "clerk") -> tuple[str, dict, str]:
    return (EventType.LETTER_PRINTED, {"date": day.isoformat(), "kind": "one_time_notice",
                                       "materials": ["02", "03", "04"]}, officer)


def case(*events) -> CaseState:
    return fold("c1", [*intake(), *events])


def test_the_issue_example_is_accepted_since_receipt_with_its_completion_clock_running():
    seen = judged(case(), CAL, dt.date(2026, 3, 20))
    assert seen.deemed is not None and seen.status is Status.ACCEPTED
    assert seen.accepted_date == RECEIVED
    assert seen.deemed.notice_deadline == dt.date(2026, 3, 9)
    clocks = seen.countdowns(CAL, dt.date(2026, 3, 20), 2)
    completion = clocks["completion"]
    assert completion.deadline == wd(20) == dt.date(2026, 3, 30)
    assert CAL.workdays_between(RECEIVED, dt.date(2026, 3, 20)) == 14  # running for 14 working days
    assert completion.state is State.ON_TRACK and completion.days_left == 6
    assert clocks["notice"].state is State.MISSED
    assert clocks["supply"] is None  # the 补正 period no longer conditions acceptance
    assert DEEMED_LABEL == "逾期未告知·依法视为受理"


def test_deemed_accepted_on_the_sixth_working_day_not_before():
    state = case()
    for n in range(0, 6):
        seen = judged(state, CAL, wd(n))
        assert seen.deemed is None and seen.status is Status.AWAITING_SUPPLEMENT, n
        assert seen.countdowns(CAL, wd(n), 2)["completion"] is None
    assert judged(state, CAL, wd(5)).countdowns(CAL, wd(5), 2)["notice"].state is State.DUE_TODAY
    sixth = judged(state, CAL, wd(6))
    assert sixth.deemed is not None and sixth.status is Status.ACCEPTED and sixth.accepted_date == RECEIVED
    # the fold itself knows no "today": judging never changes it
    assert state.status is Status.AWAITING_SUPPLEMENT and state.accepted_date is None and state.deemed is None


def test_the_five_days_are_working_days_across_a_holiday_and_the_completion_deadline_too():
    # Received on Monday 28 September 2026: National Day 1–7 October is off, Saturday 10 October is worked.
    received = dt.date(2026, 9, 28)
    state = fold("c2", intake(received))
    lapse = notice_lapse(state, CAL)
    assert lapse.notice_deadline == dt.date(2026, 10, 10)  # 29, 30 Sep, 8, 9, 10 Oct
    assert judged(state, CAL, dt.date(2026, 10, 10)).deemed is None
    assert judged(state, CAL, dt.date(2026, 10, 9)).deemed is None
    seen = judged(state, CAL, dt.date(2026, 10, 12))
    assert seen.deemed is not None and seen.accepted_date == received
    # 20 working days from 28 September: 29, 30 Sep, 8–10, 12–16, 19–23, 26–30 Oct
    completion = seen.countdowns(CAL, dt.date(2026, 10, 12), 2)["completion"]
    assert completion.deadline == dt.date(2026, 10, 30) == wd(20, received)
    assert completion.days_left == 14


def test_a_notice_printed_on_day_five_prevents_it():
    state = case(notice_printed(wd(5)))
    assert notice_lapse(state, CAL) is None
    seen = judged(state, CAL, wd(30))
    assert seen.deemed is None and seen.status is Status.AWAITING_SUPPLEMENT
    assert seen.countdowns(CAL, wd(30), 2)["notice"].state is State.MET


def test_a_notice_printed_on_day_six_is_too_late():
    state = case(notice_printed(wd(6)))
    lapse = notice_lapse(state, CAL)
    assert lapse is not None and lapse.late_notice_on == wd(6)
    assert judged(state, CAL, wd(6)).accepted_date == RECEIVED


def test_the_same_outcome_whatever_order_the_events_are_folded_in():
    """Station B printed the notice on day five; station A closed the case on day eight.
    However the events arrive, the earliest end of the duty decides."""
    b_notice = notice_printed(wd(5), "officer-b")
    a_terminated = (EventType.TERMINATED, {"date": wd(8).isoformat(), "reason": "申请人撤回"}, "officer-a")
    a_note = (EventType.NOTE_ADDED, {"date": wd(7).isoformat(), "text": "电话联系"}, "officer-a")
    outcomes = set()
    for order in itertools.permutations([b_notice, a_terminated, a_note]):
        state = case(*order)
        seen = judged(state, CAL, wd(10))
        notice = seen.countdowns(CAL, wd(10), 2)["notice"]
        outcomes.add((seen.deemed is None, seen.status, state.notice.closed_on, notice.state))
    assert outcomes == {(True, Status.TERMINATED, wd(5), State.MET)}

    late = notice_printed(wd(6), "officer-b")
    outcomes = set()
    for order in itertools.permutations([late, a_terminated, a_note]):
        seen = judged(case(*order), CAL, wd(10))
        outcomes.add((seen.deemed is not None, seen.status, seen.accepted_date))
    assert outcomes == {(True, Status.TERMINATED, RECEIVED)}


def test_after_deemed_acceptance_the_completion_clock_can_be_paused_and_the_case_completed():
    state = case()
    seen = judged(state, CAL, wd(7))
    check_pause(seen, CAL, wd(7), "公示")
    paused = case((EventType.CLOCK_PAUSED, {"date": wd(7).isoformat(), "reason": "公示"}, "clerk"),
                  (EventType.CLOCK_RESUMED, {"date": wd(12).isoformat()}, "clerk"))
    seen = judged(paused, CAL, wd(13))
    assert seen.countdowns(CAL, wd(13), 2)["completion"].deadline == wd(25)  # five days paused
    # approving still needs the materials; a refusal of the application does not
    with pytest.raises(RuleViolation, match="必要材料尚未补齐"):
        check_complete(seen, wd(13), "approved")
    check_complete(seen, wd(13), "rejected")
    done = case((EventType.COMPLETED, {"date": wd(13).isoformat(), "result": "rejected"}, "clerk"))
    seen = judged(done, CAL, wd(20))
    assert seen.status is Status.COMPLETED and seen.deemed is not None
    assert seen.countdowns(CAL, wd(20), 2)["completion"].state is State.MET


def test_before_the_five_days_run_out_nothing_can_be_done_to_a_completion_clock():
    seen = judged(case(), CAL, wd(3))
    with pytest.raises(RuleViolation, match="尚未受理"):
        check_pause(seen, CAL, wd(3), "公示")
    with pytest.raises(RuleViolation, match="尚未受理"):
        check_complete(seen, wd(3), "rejected")


def test_a_case_accepted_in_time_or_at_the_window_never_lapses():
    supplied = case((EventType.MATERIALS_SUPPLIED, {"date": wd(2).isoformat(), "codes": ["02", "03", "04"]}, "c"),
                    (EventType.ACCEPTED, {"date": wd(2).isoformat(), "promised_days": 20}, "c"))
    assert notice_lapse(supplied, CAL) is None
    assert judged(supplied, CAL, wd(30)).accepted_date == wd(2)
    accepted = fold("c3", [intake()[0], (EventType.ACCEPTED, {"date": RECEIVED.isoformat(), "promised_days": 20},
                                          "c")])
    assert notice_lapse(accepted, CAL) is None


def test_materials_brought_only_after_the_five_days_do_not_move_the_acceptance_date():
    late = case((EventType.MATERIALS_SUPPLIED, {"date": wd(8).isoformat(), "codes": ["02", "03", "04"]}, "c"),
                (EventType.ACCEPTED, {"date": wd(8).isoformat(), "promised_days": 20}, "c"))
    seen = judged(late, CAL, wd(8))
    assert seen.deemed is not None and seen.accepted_date == RECEIVED
    assert seen.countdowns(CAL, wd(8), 2)["completion"].deadline == wd(20)
