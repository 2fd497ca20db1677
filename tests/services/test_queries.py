"""The work list: filters, search, masking, and countdowns read from the projection."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.cn import ric

from app.domain.deadlines import State
from app.services import cases, queries
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.catalogue import current_items
from app.services.queries import CaseFilter, QueryError, list_cases

TODAY = dt.date(2026, 3, 20)  # a Friday


def resident_id(region: str, birth: str, serial: str) -> str:
    body = f"{region}{birth}{serial}"
    return body + ric.calc_check_digit(body + "0")


ZHANG_ID = "11010519491231002X"
LI_ID = resident_id("330106", "19750505", "246")


def log(ws, actor, item: str, name: str, id_number: str, phone: str, when: dt.date, missing=(), today=TODAY, **kw):
    (stored,) = [s for s in current_items(ws) if s.item.code == item]
    received = tuple(m.code for m in stored.item.materials if m.code not in missing)
    req = IntakeRequest(item, ApplicantInput("person", name, id_number, phone), received, tuple(missing), date=when,
                        **kw)
    return cases.intake(ws, actor, req, today).state.number


@pytest.fixture
def work_list(workspace, staff):
    """Seven cases as they stand on Friday 2026-03-20, one per situation a list must tell apart."""
    clerk = staff.clerk
    n = {
        "zhang": log(workspace, clerk, "MZ-001", "张三", ZHANG_ID, "13800138000", dt.date(2026, 3, 2)),
        "li": log(workspace, clerk, "CL-001", "李四", LI_ID, "13912345678", dt.date(2026, 3, 2)),
        "wang": log(workspace, clerk, "MZ-001", "王五", resident_id("510107", "19600707", "135"), "13700001111",
                    dt.date(2026, 3, 16), missing=("07",), commitment_signed=True, supply_days=5),
        "zhao": log(workspace, clerk, "MZ-003", "赵六", resident_id("420111", "19880808", "357"), "0571-88886666",
                    TODAY, missing=("01",)),
        "qian": log(workspace, clerk, "MZ-004", "钱七", resident_id("441303", "19400404", "468"), "13611112222",
                    dt.date(2026, 3, 3)),
        "sun": log(workspace, clerk, "CL-001", "孙八", resident_id("370102", "19700303", "579"), "13522223333",
                   dt.date(2026, 3, 16)),
        "zhou": log(workspace, clerk, "MZ-002", "周九", resident_id("320583", "19550505", "680"), "13433334444",
                    dt.date(2026, 3, 9)),
    }
    cases.complete(workspace, clerk, n["qian"], "approved", TODAY, dt.date(2026, 3, 10))
    cases.pause(workspace, clerk, n["zhou"], "村（社区）公示七日", TODAY, dt.date(2026, 3, 12))
    return n


def numbers(ws, **filters) -> list[str]:
    return [r.number for r in list_cases(ws, CaseFilter(**filters), TODAY)]


def by_name(ws, **filters) -> set[str]:
    return {r.applicant_name for r in list_cases(ws, CaseFilter(**filters), TODAY)}


def test_the_list_puts_the_most_urgent_first_and_closed_cases_last(workspace, work_list):
    names = [r.applicant_name for r in list_cases(workspace, CaseFilter(), TODAY)]
    assert names[:3] == ["李四", "孙八", "王五"]  # overdue, due today, due on Monday
    assert names[-1] == "钱七"
    assert set(names) == {"张三", "李四", "王五", "赵六", "钱七", "孙八", "周九"}


def test_filter_by_status(workspace, work_list):
    assert by_name(workspace, status="accepted") == {"张三", "李四", "孙八", "周九"}
    assert by_name(workspace, status="tolerant") == {"王五"}
    assert by_name(workspace, status="awaiting_supplement") == {"赵六"}
    assert by_name(workspace, status="completed") == {"钱七"}
    with pytest.raises(QueryError, match="状态“open”无效"):
        list_cases(workspace, CaseFilter(status="open"), TODAY)


def test_overdue_and_due_within(workspace, work_list):
    assert by_name(workspace, overdue=True) == {"李四"}
    assert by_name(workspace, due_within=0) == {"孙八"}
    assert by_name(workspace, due_within=1) == {"孙八", "王五"}
    assert by_name(workspace, due_within=5) == {"孙八", "王五", "赵六"}
    assert by_name(workspace, due_within=1, overdue=True) == {"李四", "孙八", "王五"}
    with pytest.raises(QueryError, match="到期范围应为 0–250 个工作日"):
        list_cases(workspace, CaseFilter(due_within=-1), TODAY)


@pytest.mark.parametrize("text, expected", [
    ("张三", {"张三"}),
    ("王", {"王五"}),
    ("13912345678", {"李四"}),
    ("139 1234 5678", {"李四"}),
    ("88886666", {"赵六"}),
    ("0571-88886666", {"赵六"}),
    ("057188886666", {"赵六"}),
    ("002X", {"张三"}),
    ("002x", {"张三"}),
    ("31002X", {"张三"}),
    (LI_ID[-4:], {"李四"}),
    (LI_ID[-6:], {"李四"}),
    (LI_ID, {"李四"}),
    ("不存在的人", set()),
])
def test_search_by_name_phone_and_id_tail(workspace, work_list, text, expected):
    assert by_name(workspace, search=text) == expected


def test_search_by_case_number(workspace, work_list):
    assert numbers(workspace, search=work_list["zhao"]) == [work_list["zhao"]]
    assert by_name(workspace, search="第01-0004号") == {"赵六"}


def test_an_id_tail_matches_only_the_end_of_the_number(workspace, work_list):
    assert by_name(workspace, search=ZHANG_ID[6:10]) == set()  # 1949, in the middle of the number


def test_list_rows_carry_the_fields_and_a_masked_id(workspace, work_list):
    (row,) = list_cases(workspace, CaseFilter(search="王五"), TODAY)
    out = row.to_json()
    assert {"number", "uuid", "status", "item_code", "applicant_name", "countdowns"} <= set(out)
    assert (out["number"], out["status"], out["item_code"]) == (work_list["wang"], "tolerant", "MZ-001")
    assert out["id_number"] == "510107********" + out["id_number"][-4:]
    assert set(out["countdowns"]) == {"supply", "completion", "notice", "follow_up"}
    assert out["countdowns"]["notice"] is None
    assert out["countdowns"]["supply"] == {"deadline": "2026-03-23", "state": "due_soon", "days_left": 1,
                                           "confirmed": True}
    (zhang,) = list_cases(workspace, CaseFilter(search="张三"), TODAY)
    assert zhang.id_masked == "110105********002X"


def test_counts_for_the_dashboard(workspace, work_list):
    c = queries.counts(workspace, TODAY)
    assert (c.overdue, c.due_today, c.due_soon, c.awaiting_materials, c.open_total) == (1, 1, 1, 2, 6)


def test_limit(workspace, work_list):
    assert len(list_cases(workspace, CaseFilter(limit=2), TODAY)) == 2


def test_ordered_ids_and_rows_by_ids_agree_with_the_list(workspace, work_list):
    conditions = queries.filter_conditions(workspace, CaseFilter(status="accepted"), TODAY)
    with workspace.read() as s:
        ids = queries.ordered_ids(s, conditions, TODAY)
        rows = queries.rows_by_ids(s, ids)
    assert [rows[i].number for i in ids] == numbers(workspace, status="accepted")


# -- countdowns from the projection agree with a replay of the events ------------------------------


def test_list_countdowns_equal_case_show_countdowns(demo_workspace, staff):
    ws = demo_workspace
    demo_day = dt.date(2026, 11, 20)
    # Cases in states the demo makes rarely: paused while tolerant, extended and paused, resumed.
    extra = {
        "paused_tolerant": log(ws, staff.clerk, "MZ-001", "甲", ZHANG_ID, "13800138000", dt.date(2026, 11, 2),
                               missing=("06",), commitment_signed=True, supply_days=5, today=demo_day),
        "extended_paused": log(ws, staff.clerk, "MZ-002", "乙", LI_ID, "13912345678", dt.date(2026, 11, 2),
                               today=demo_day),
        "resumed": log(ws, staff.clerk, "MZ-003", "丙", LI_ID, "13912345678", dt.date(2026, 11, 3), today=demo_day),
    }
    cases.pause(ws, staff.clerk, extra["paused_tolerant"], "公示", demo_day, dt.date(2026, 11, 4))
    cases.extend(ws, staff.boss, extra["extended_paused"], 5, "联合核查", demo_day, dt.date(2026, 11, 5))
    cases.pause(ws, staff.clerk, extra["extended_paused"], "检测", demo_day, dt.date(2026, 11, 6))
    cases.pause(ws, staff.clerk, extra["resumed"], "听证", demo_day, dt.date(2026, 11, 4))
    cases.resume(ws, staff.clerk, extra["resumed"], demo_day, dt.date(2026, 11, 12))

    days = [demo_day, dt.date(2026, 11, 23), dt.date(2026, 12, 31), dt.date(2027, 2, 15)]
    listed = {d: {r.uuid: r.countdowns for r in list_cases(ws, CaseFilter(), d)} for d in days}
    assert len(listed[demo_day]) == 503
    states = set()
    for uuid in listed[demo_day]:
        shown = cases.get_case(ws, uuid, demo_day)
        assert listed[demo_day][uuid] == shown.countdowns, shown.state.number
        for d in days[1:]:
            # judged on that day: a case may have come to count as accepted since (§32(4))
            assert listed[d][uuid] == cases.get_case(ws, uuid, d).countdowns, (shown.state.number, d)
        states |= {c.state for c in shown.countdowns.values() if c is not None}
    assert states == set(State)  # every countdown state was compared


def test_waiting_for_materials_lists_what_the_count_counts(demo_workspace):
    today = dt.date(2026, 11, 20)
    waiting = list_cases(demo_workspace, CaseFilter(awaiting_materials=True), today)
    assert len(waiting) == queries.counts(demo_workspace, today).awaiting_materials > 0
    assert {r.status for r in waiting} <= {"awaiting_supplement", "tolerant"}
    every_open_missing = [r for r in list_cases(demo_workspace, CaseFilter(open_only=True), today)
                          if cases.get_case(demo_workspace, r.uuid, today).state.missing_required]
    assert sorted(r.uuid for r in waiting) == sorted(r.uuid for r in every_open_missing)


@pytest.mark.parametrize("open_only", [False, True])
def test_a_first_page_is_the_head_of_the_whole_list(workspace, work_list, open_only):
    whole = numbers(workspace, open_only=open_only)
    for size in range(1, len(whole) + 2):
        assert numbers(workspace, open_only=open_only, limit=size) == whole[:size]


def test_search_ignores_the_case_of_latin_letters_on_every_database(workspace, staff, work_list):
    log(workspace, staff.clerk, "MZ-001", "Anna Li", resident_id("110105", "19800101", "123"), "13811112222",
        dt.date(2026, 3, 18))
    for typed in ("anna li", "ANNA", "nna L"):
        assert by_name(workspace, search=typed) == {"Anna Li"}
    assert by_name(workspace, search="张") == {"张三"}  # one character: no two-character piece to look up
