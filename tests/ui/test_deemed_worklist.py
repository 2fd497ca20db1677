"""The work list when the one-time notice was never given: the case counts as accepted by
law (行政许可法 §32(4)) and its completion countdown, running from receipt, is what shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.domain.deadlines import State
from app.services import cases
from app.services.cases import ApplicantInput, IntakeRequest
from app.ui.badges import CountdownRole
from app.ui.worklist_model import COMPLETION, NUMBER, STATUS, SUPPLY

TODAY = dt.date(2026, 11, 20)  # the day the demo data is judged on (tests/ui/conftest.py)
RECEIVED = dt.date(2026, 11, 10)  # notice owed by 17 November; completion (10 wd) due 24 November
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def log_untold_case(ws, officer) -> str:
    req = IntakeRequest(item_code="ZR-002", applicant=ApplicantInput("person", "欧阳修远", "11010519491231002X",
                                                                     "13800138000"),
                        received=("01", "02", "03"), missing=("04", "05", "06"), date=RECEIVED)
    return cases.intake(ws, officer, req, RECEIVED).state.number


def row_of_number(model, number: str) -> int:
    for row in range(model.rowCount()):
        if model.data(model.index(row, NUMBER)) == number:
            return row
    raise AssertionError(f"{number} is not in the work list")


def test_the_work_list_shows_the_deemed_accepted_case_with_its_completion_countdown(
        chinese, qtbot, demo_ws, officer, main_window):
    number = log_untold_case(demo_ws, officer)
    main_window.refresh()
    model = main_window.model
    row = row_of_number(model, number)

    assert model.data(model.index(row, STATUS)) == "逾期未告知·依法视为受理"
    assert "即为受理" in model.data(model.index(row, STATUS), Qt.ItemDataRole.ToolTipRole)
    which, countdown = model.data(model.index(row, COMPLETION), CountdownRole)
    assert which == "completion"
    assert countdown.deadline == dt.date(2026, 11, 24) and countdown.state is State.DUE_SOON
    assert model.data(model.index(row, COMPLETION)) == "剩2天"
    assert model.data(model.index(row, SUPPLY)) == "—"  # no 补正 period conditions acceptance any more



def test_on_the_fifth_working_day_the_list_still_shows_the_notice_due(chinese, qtbot, demo_ws, officer, sync_worker):
    from app.ui.main_window import MainWindow

    number = log_untold_case(demo_ws, officer)
    window = MainWindow(demo_ws, officer, worker=sync_worker, today=dt.date(2026, 11, 17))
    qtbot.addWidget(window)
    model = window.model
    row = row_of_number(model, number)
    assert model.data(model.index(row, STATUS)) == "待补正"
    which, countdown = model.data(model.index(row, COMPLETION), CountdownRole)
    assert which == "notice" and countdown.state is State.DUE_TODAY


def test_the_case_view_says_why_and_offers_the_acceptance_notice(chinese, qtbot, demo_ws, officer):
    from app.ui.case_view import CaseViewDialog

    number = log_untold_case(demo_ws, officer)
    view = CaseViewDialog(demo_ws, officer, cases.get_case(demo_ws, number, TODAY).state.uuid, TODAY)
    qtbot.addWidget(view)
    assert view.status_label.text() == "逾期未告知·依法视为受理"
    assert "2026年11月17日" in view.flag_label.text() and "2026年11月10日起即为受理" in view.flag_label.text()
    assert [a.text() for a in view.print_menu.actions()] == ["受理通知书"]
    assert view.countdown_dates["completion"].text().startswith("2026年11月24日")
