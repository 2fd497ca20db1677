"""The work-list model: ids only, rows on demand, badges as an officer reads them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.deadlines import CountdownStatus, State
from app.services.queries import CaseFilter, CaseSummary, filter_conditions, list_cases, ordered_ids
from app.ui.badges import CountdownRole, SecondLineRole, badge_text
from app.ui.worklist_model import APPLICANT, COMPLETION, NUMBER, STATUS, SUPPLY, WorklistModel, shown_countdown

TODAY = dt.date(2026, 11, 20)  # the day the demo data is judged on (tests/ui/conftest.py)
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def open_ids(ws, today=TODAY):
    with ws.read() as s:
        return ordered_ids(s, filter_conditions(ws, CaseFilter(open_only=True), today), today)


@pytest.fixture
def model(qapp, demo_ws):
    m = WorklistModel(demo_ws, TODAY)
    m.set_ids(open_ids(demo_ws))
    return m


def test_model_passes_the_qt_model_checks(qtmodeltester, model):
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_empty_model_passes_the_qt_model_checks(qtmodeltester, qapp, demo_ws):
    qtmodeltester.check(WorklistModel(demo_ws, TODAY))


def test_rows_show_the_same_cases_as_the_case_list_service(model, demo_ws):
    expected = list_cases(demo_ws, CaseFilter(open_only=True), TODAY)
    assert model.rowCount() == len(expected)
    for row in (0, len(expected) // 2, len(expected) - 1):
        case = expected[row]
        assert model.data(model.index(row, NUMBER)) == case.number
        assert model.data(model.index(row, APPLICANT)) == case.applicant_name
        assert model.data(model.index(row, APPLICANT), SecondLineRole) == case.id_masked
        assert "*" in case.id_masked  # the list never shows a whole ID number
        assert model.data(model.index(row, SUPPLY), CountdownRole) == ("supply", case.countdowns["supply"])
        assert model.data(model.index(row, COMPLETION), CountdownRole) == shown_countdown(case, COMPLETION)
        assert model.data(model.index(row, STATUS))


def test_rows_are_read_a_page_at_a_time_and_the_cache_stays_small(model, monkeypatch):
    monkeypatch.setattr(WorklistModel, "PAGE_SIZE", 3)
    monkeypatch.setattr(WorklistModel, "MAX_PAGES", 2)
    model.set_ids(list(model._ids))
    assert model.rowCount() >= 9
    assert model._pages == {}
    model.data(model.index(0, NUMBER))
    assert list(model._pages) == [0]
    model.data(model.index(7, NUMBER))
    model.data(model.index(4, NUMBER))
    assert list(model._pages) == [2, 1]
    assert all(len(rows) == 3 for rows in model._pages.values())


def test_badges_read_like_the_countdowns(model):
    seen = set()
    for row in range(model.rowCount()):
        for column in (SUPPLY, COMPLETION):
            which, cd = model.data(model.index(row, column), CountdownRole)
            text = model.data(model.index(row, column))
            if cd is None:
                assert text == "—"
                continue
            seen.add(cd.state)
            assert text == badge_text(which, cd)
            if cd.state is State.OVERDUE:
                assert text.startswith(f"{-cd.days_left} d overdue")
                assert "Overdue by" in model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    assert State.OVERDUE in seen


def test_before_acceptance_the_centre_column_shows_the_notice_clock(qapp):
    day = dt.date(2026, 11, 24)
    notice = CountdownStatus(State.DUE_SOON, day, 2, True)
    supply = CountdownStatus(State.ON_TRACK, dt.date(2026, 12, 20), 20, True)
    waiting = CaseSummary(uuid="u", number="n", status="awaiting_supplement", item_code="x", item_name="x",
                          applicant_name="a", id_masked="", phone="", intake_date=TODAY,
                          countdowns={"supply": supply, "completion": None, "notice": notice})
    assert shown_countdown(waiting, COMPLETION) == ("notice", notice)
    assert shown_countdown(waiting, SUPPLY) == ("supply", supply)
    assert badge_text("notice", notice) == "Notice 2 d left"
    notified = waiting.countdowns | {"notice": notice._replace(state=State.MET)}
    assert shown_countdown(replace(waiting, countdowns=notified), COMPLETION) == ("completion", None)


def test_moving_the_day_on_turns_a_running_countdown_overdue(model):
    for row in range(model.rowCount()):
        cd = model.data(model.index(row, COMPLETION), CountdownRole)[1]
        if cd is not None and cd.state is State.ON_TRACK:
            break
    else:
        pytest.fail("the demo data has no completion countdown on track")
    model.set_today(cd.deadline + dt.timedelta(days=7))
    later = model.data(model.index(row, COMPLETION), CountdownRole)[1]
    assert later.state is State.OVERDUE
    assert model.data(model.index(row, COMPLETION)).endswith("d overdue")


def test_badge_words_in_chinese(chinese):
    day = dt.date(2026, 11, 30)
    assert badge_text("completion", CountdownStatus(State.OVERDUE, day, -3, True)) == "逾期3天"
    assert badge_text("completion", CountdownStatus(State.DUE_SOON, day, 2, True)) == "剩2天"
    assert badge_text("supply", CountdownStatus(State.ON_TRACK, day, 5, True)) == "剩5天"
    assert badge_text("supply", CountdownStatus(State.DUE_TODAY, day, 0, True)) == "今日到期"
    assert badge_text("supply", CountdownStatus(State.MET, day, 1, True)) == "已补齐"
    assert badge_text("completion", CountdownStatus(State.MET, day, 1, True)) == "按时办结"
    assert badge_text("completion", CountdownStatus(State.ON_TRACK, dt.date(2027, 1, 8), 9, False)) == "剩9天?"
    assert badge_text("notice", CountdownStatus(State.OVERDUE, day, -2, True)) == "告知逾期2天"


def test_unconfirmed_deadline_is_marked_and_explained(qapp):
    from app.ui.badges import badge_tooltip

    cd = CountdownStatus(State.ON_TRACK, dt.date(2027, 1, 8), 9, False)
    assert badge_text("completion", cd).endswith("?")
    assert "weekends only" in badge_tooltip("completion", cd)
    assert "weekends only" not in badge_tooltip("completion", cd._replace(confirmed=True))


def test_a_case_in_conflict_leads_the_work_list_even_when_closed_and_says_why(qapp, county):
    from stations_helpers import boss, exchange, intake, send

    from app.services import cases

    w1, w2, hub = county["window1"], county["window2"], county["county"]
    intake(w1)
    view = intake(w1)
    send(w1, w2)
    cases.complete(w1, boss(w1), view.state.number, "approved", TODAY)
    cases.terminate(w2, boss(w2), view.state.number, "申请人撤回申请", TODAY)
    exchange(w1, w2, hub)
    m = WorklistModel(w1, TODAY)
    m.set_ids(open_ids(w1))
    assert m.rowCount() == 2 and m.case_uuid(0) == view.state.uuid  # closed, yet first
    status = m.index(0, STATUS)
    assert m.data(status) == "In conflict · Completed"
    assert "Completed at one station, terminated at another" in m.data(status, Qt.ItemDataRole.ToolTipRole)
    assert m.data(status, Qt.ItemDataRole.ForegroundRole) is not None
    assert m.data(m.index(1, STATUS)) == "Accepted" and m.data(m.index(1, STATUS), Qt.ItemDataRole.ForegroundRole) is None
