"""好差评 in the desktop program: the rating recorded from the case view, a poor one
followed up step by step, and an overdue follow-up red on the work list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from app.domain.deadlines import State
from app.services import cases
from app.services.cases import ApplicantInput, IntakeRequest
from app.ui.badges import CountdownRole
from app.ui.case_view import CaseViewDialog
from app.ui.worklist_model import COMPLETION, NUMBER

TODAY = dt.date(2026, 11, 20)
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def completed(ws, officer, done=dt.date(2026, 11, 10)) -> str:
    req = IntakeRequest(item_code="MZ-001", applicant=ApplicantInput("person", "欧阳修远", "11010519491231002X",
                                                                     "13800138000"),
                        received=("01", "02", "03", "04", "05", "06", "07", "08"), date=dt.date(2026, 11, 2))
    number = cases.intake(ws, officer, req, dt.date(2026, 11, 2)).state.number
    cases.complete(ws, officer, number, "approved", done, done)
    return number


def open_view(qtbot, ws, officer, number) -> CaseViewDialog:
    view = CaseViewDialog(ws, officer, cases.get_case(ws, number, TODAY).state.uuid, TODAY)
    qtbot.addWidget(view)
    return view


def accept_dialog(view, fill) -> None:
    dialog = view.action_dialog
    fill(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_poor_rating_is_recorded_and_followed_up_from_the_case_view(chinese, qtbot, demo_ws, officer):
    number = completed(demo_ws, officer)
    view = open_view(qtbot, demo_ws, officer, number)
    assert view.rate_button.isEnabled() and not view.follow_up_button.isVisibleTo(view)
    view.rate_button.click()
    dialog = view.action_dialog
    assert not dialog.ok_button.isEnabled()  # nothing chosen yet
    accept_dialog(view, lambda d: (d.level_radios["dissatisfied"].setChecked(True),
                                   d.comment_edit.setPlainText("窗口人员离岗")))
    assert not view.rate_button.isEnabled()
    assert "评价：不满意" in view.outcome.text() or "不满意" in view.outcome.text()
    assert view.countdown_dates["follow_up"].text().startswith("2026年11月27日")
    for step, text in (("verify", "属实"), ("rectify", "已批评教育并调整排班"), ("revisit", "电话回访，表示满意")):
        assert view.follow_up_button.isVisibleTo(view)
        view.follow_up_button.click()
        assert view.action_dialog.step == step
        accept_dialog(view, lambda d: d.text_edit.setPlainText(text))
    assert not view.follow_up_button.isVisibleTo(view)
    assert view.countdown_labels["follow_up"].state is State.MET


def test_an_overdue_follow_up_is_red_on_the_work_list(chinese, qtbot, demo_ws, officer, main_window):
    number = completed(demo_ws, officer, done=dt.date(2026, 11, 10))
    cases.rate(demo_ws, officer, number, "非常不满意", "", TODAY, day=dt.date(2026, 11, 10))  # due 17 November
    main_window.refresh()
    model = main_window.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, NUMBER)) == number)
    which, countdown = model.data(model.index(row, COMPLETION), CountdownRole)
    assert which == "follow_up" and countdown.state is State.OVERDUE and countdown.days_left == -3
    assert model.data(model.index(row, COMPLETION)).startswith("整改")
    assert main_window.model.summary_at(0).urgency[0] == 0  # among the overdue, at the top
