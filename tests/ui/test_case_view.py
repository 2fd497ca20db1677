"""The case view driven as an officer drives it: read, act through the small dialogs, see the result."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.case_materials import MaterialState
from app.domain.deadlines import State
from app.domain.lifecycle import Decision, Status
from app.services import cases
from app.ui.action_dialogs import CompleteDialog, ExtendDialog, NoteDialog, PauseDialog, SupplyDialog
from app.ui.case_view import CaseViewDialog
from intake_fixtures import GOOD_ID, TODAY, build_template, log_case, open_desk

# The offscreen platform says this whenever a second window (an action dialog) opens.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("case-view") / "template")


@pytest.fixture
def desk(desk_template, tmp_path):
    desk = open_desk(desk_template, tmp_path / "data")
    yield desk
    desk.ws.close()


@pytest.fixture
def warnings_shown(monkeypatch):
    """Every message box the view raises, instead of a modal box waiting for a click."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: shown.append((title, text)))
    return shown


def open_view(qtbot, desk, case_uuid: str, actor=None) -> CaseViewDialog:
    view = CaseViewDialog(desk.ws, actor or desk.officer, case_uuid, TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def type_chinese(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_indicator(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def column(model, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


# -- what the view shows ---------------------------------------------------------------------------


def test_the_view_shows_applicant_item_materials_and_countdowns(qtbot, desk, qtmodeltester, warnings_shown):
    case = log_case(desk)
    view = open_view(qtbot, desk, case.state.uuid)

    assert view.title.text() == case.state.number
    assert view.status_label.text() == "Tolerant acceptance"
    assert view.applicant_id.text() == GOOD_ID  # the full number, here only
    assert view.item_name.text() == "最低生活保障 (MZ-001)"  # English punctuation in the English window
    assert view.item_version.text() == "version 1"
    supply = view.countdown_labels["supply"]
    assert supply.state is State.ON_TRACK
    assert supply.text() == "10 working days left"
    assert view.countdown_dates["supply"].text() == "4 Dec 2026"
    assert view.countdown_dates["completion"].text() == "18 Dec 2026"
    assert not view.countdown_labels["notice"].isVisibleTo(view)
    states = dict(zip(column(view.materials_model, 0), column(view.materials_model, 5)))
    assert states["银行账户（社会保障卡）复印件"] == "Missing"
    assert states["户口簿"] == "Received"
    assert view.supply_button.isEnabled()
    for model in (view.materials_model, view.events_model, view.letters_model):
        qtmodeltester.check(model)
    assert warnings_shown == []


def test_the_history_lists_every_event_in_order(qtbot, desk):
    case = log_case(desk)
    cases.add_note(desk.ws, desk.officer, case.state.uuid, "申请人来电，周一补交银行卡复印件", TODAY)
    view = open_view(qtbot, desk, case.state.uuid)

    assert column(view.events_model, 2) == ["Intake logged", "Tolerant acceptance", "Note"]
    assert set(column(view.events_model, 1)) == {"王芳"}  # the name as it was when recorded
    details = column(view.events_model, 3)
    assert "6 of 8 materials received" in details[0]
    assert "银行账户（社会保障卡）复印件" in details[1] and "10 working days" in details[1]
    assert "申请人来电，周一补交银行卡复印件" in details[2]
    assert view.tabs.tabText(1) == "&History (3)"


# -- actions -------------------------------------------------------------------------------------


def test_supplying_the_missing_material_meets_the_supply_countdown(qtbot, desk, warnings_shown):
    case = log_case(desk)
    view = open_view(qtbot, desk, case.state.uuid)
    changed = []
    view.changed.connect(changed.append)

    click(qtbot, view.supply_button)
    dialog = view.action_dialog
    assert isinstance(dialog, SupplyDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # the bank copy, the first missing material
    assert dialog.codes() == ["07"]
    click(qtbot, dialog.ok_button)

    assert warnings_shown == []
    assert changed == [case.state.uuid]
    supply = view.countdown_labels["supply"]
    assert supply.state is State.MET
    assert supply.text() == "all supplied in time"
    assert view.status_label.text() == "Accepted"
    states = dict(zip(column(view.materials_model, 0), column(view.materials_model, 5)))
    assert states["银行账户（社会保障卡）复印件"] == "Supplied 20 Nov 2026"
    assert column(view.events_model, 2)[-1] == "Materials supplied"
    assert cases.get_case(desk.ws, case.state.uuid, TODAY).state.status is Status.ACCEPTED


def test_a_case_awaiting_supplement_offers_no_completion_extension_or_pause(qtbot, desk, warnings_shown):
    """Finding 1: the window offered 办结, 延期 and 暂停计时 and only refused after submitting."""
    case = log_case(desk, received=("01", "02", "03"), decision=Decision.NOTICE, commitment=False)
    view = open_view(qtbot, desk, case.state.uuid, actor=desk.supervisor)

    for button in (view.complete_button, view.extend_button, view.pause_button):
        assert not button.isEnabled()
        assert "not accepted" in button.toolTip()
    click(qtbot, view.complete_button)
    assert view.action_dialog is None
    assert view.supply_button.isEnabled() and view.terminate_button.isEnabled()
    assert [a.text() for a in view.print_menu.actions()] == ["One-time notice", "Reminder to supply"]
    assert warnings_shown == []
    assert cases.get_case(desk.ws, case.state.uuid, TODAY).state.status is Status.AWAITING_SUPPLEMENT


def test_letters_offered_follow_the_case_through_supply_and_completion(qtbot, desk, warnings_shown):
    """Finding 1: once supplied the 容缺 letters were offered (and refused), the 受理通知书 hidden."""
    case = log_case(desk)
    cases.supply(desk.ws, desk.officer, case.state.uuid, ["07"], TODAY)
    view = open_view(qtbot, desk, case.state.uuid)
    assert [a.text() for a in view.print_menu.actions()] == ["Acceptance notice"]

    cases.complete(desk.ws, desk.officer, case.state.uuid, "approved", TODAY)
    view.reload()
    assert view.print_menu.isEmpty() and not view.print_button.isEnabled()
    for button in (view.supply_button, view.complete_button, view.terminate_button, view.extend_button):
        assert not button.isEnabled()
    assert warnings_shown == []


def test_extension_is_for_supervisors_and_limited_to_ten_days(qtbot, desk, warnings_shown):
    case = log_case(desk, received=tuple(f"0{i}" for i in range(1, 9)), decision=Decision.ACCEPT, commitment=False)
    officer_view = open_view(qtbot, desk, case.state.uuid)
    assert not officer_view.extend_button.isEnabled()
    assert "approved by a supervisor" in officer_view.extend_button.toolTip()

    view = open_view(qtbot, desk, case.state.uuid, actor=desk.supervisor)
    assert view.extend_button.isEnabled()
    before = view.countdown_dates["completion"].text()
    click(qtbot, view.extend_button)
    dialog = view.action_dialog
    assert isinstance(dialog, ExtendDialog)
    dialog.days_box.setValue(10)
    assert not dialog.ok_button.isEnabled()
    type_chinese(dialog.reason_edit, "需入户核查家庭财产状况")
    click(qtbot, dialog.ok_button)
    assert warnings_shown == []
    assert view.countdown_dates["completion"].text() != before
    # The ten days of 行政许可法 §42 are used up: the window no longer offers an extension.
    assert not view.extend_button.isEnabled()
    assert "at most 10 working days" in view.extend_button.toolTip()
    assert column(view.events_model, 2).count("Extended") == 1


def test_pause_and_resume_the_completion_clock(qtbot, desk, warnings_shown):
    case = log_case(desk, received=tuple(f"0{i}" for i in range(1, 9)), decision=Decision.ACCEPT, commitment=False)
    view = open_view(qtbot, desk, case.state.uuid)

    click(qtbot, view.pause_button)
    dialog = view.action_dialog
    assert isinstance(dialog, PauseDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason_box.setCurrentIndex(0)  # the first usual reason, the public notice period
    click(qtbot, dialog.ok_button)
    assert view.countdown_labels["completion"].state is State.PAUSED
    assert view.pause_button.text() == "&Resume clock"

    click(qtbot, view.pause_button)  # resuming asks nothing
    assert view.countdown_labels["completion"].state is State.ON_TRACK
    assert column(view.events_model, 2)[-2:] == ["Clock paused", "Clock resumed"]
    assert warnings_shown == []


def test_terminating_closes_the_actions_but_keeps_notes_and_letters(qtbot, desk, warnings_shown):
    case = log_case(desk)
    view = open_view(qtbot, desk, case.state.uuid)
    click(qtbot, view.terminate_button)
    dialog = view.action_dialog
    type_chinese(dialog.reason_box.lineEdit(), "申请人撤回申请")
    click(qtbot, dialog.ok_button)

    assert view.status_label.text() == "Terminated"
    for button in (view.supply_button, view.pause_button, view.complete_button, view.terminate_button):
        assert not button.isEnabled()
    assert view.note_button.isEnabled()
    assert "Termination notice" in [a.text() for a in view.print_menu.actions()]

    click(qtbot, view.note_button)
    note = view.action_dialog
    assert isinstance(note, NoteDialog)
    type_chinese(note.text_edit, "已电话告知申请人")
    with qtbot.waitActive(note):
        note.activateWindow()
    qtbot.keyClick(note.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert column(view.events_model, 2)[-1] == "Note"
    assert warnings_shown == []


def test_print_and_reprint_requests(qtbot, desk):
    case = log_case(desk)
    cases.record_letter(desk.ws, desk.officer, case.state.uuid,
                        {"kind": "tolerant_acceptance", "number": "某镇便民容字〔2026〕第01-0001号", "reprint": False,
                         "hash": "0" * 64}, TODAY)
    view = open_view(qtbot, desk, case.state.uuid)
    printed, reprinted = [], []
    view.print_requested.connect(lambda uuid, kinds: printed.append((uuid, kinds)))
    view.reprint_requested.connect(lambda uuid, kind: reprinted.append((uuid, kind)))

    offered = [a.text() for a in view.print_menu.actions()]
    assert offered == ["Tolerant acceptance notice", "Commitment letter", "Reminder to supply"]
    view.print_menu.actions()[1].trigger()
    assert printed == [(case.state.uuid, ["commitment"])]

    assert column(view.letters_model, 0) == ["Tolerant acceptance notice"]
    assert column(view.letters_model, 2) == ["Original"]
    assert not view.reprint_button.isEnabled()
    view.tabs.setCurrentIndex(2)
    view.letters_view.selectRow(0)
    click(qtbot, view.reprint_button)
    assert reprinted == [(case.state.uuid, "tolerant_acceptance")]


def test_an_unconfirmed_deadline_is_marked(qtbot, desk):
    late = dt.date(2026, 12, 28)
    request = cases.IntakeRequest("MZ-001", cases.ApplicantInput("person", "张三", GOOD_ID, "13800138000"),
                                  received=("01", "02", "03", "04", "05", "06"), decision=Decision.TOLERANT,
                                  commitment_signed=True)
    case = cases.intake(desk.ws, desk.officer, request, late)
    view = CaseViewDialog(desk.ws, desk.officer, case.state.uuid, late)
    qtbot.addWidget(view)
    assert "(calendar unconfirmed)" in view.countdown_labels["supply"].text()
    assert "(unconfirmed)" in view.countdown_dates["supply"].text()


def test_a_conflict_is_shown_above_all_and_a_supervisor_settles_it_here(qtbot, county):
    from PySide6.QtWidgets import QRadioButton
    from stations_helpers import boss, intake, send

    from app.services.officers import Role, add_officer, find_actor

    w1, w2 = county["window1"], county["window2"]
    view = intake(w1)
    send(w1, w2)
    cases.complete(w1, boss(w1), view.state.number, "approved", TODAY)
    cases.terminate(w2, boss(w2), view.state.number, "申请人撤回申请", TODAY)
    send(w2, w1)

    clerk = add_officer(w1, find_actor(w1, "admin"), "clerk", "王窗口", Role.OFFICER, "clerkpass1")
    as_clerk = CaseViewDialog(w1, clerk, view.state.uuid, TODAY)
    qtbot.addWidget(as_clerk)
    assert not as_clerk.settle_button.isEnabled()

    dialog = CaseViewDialog(w1, boss(w1), view.state.uuid, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    banner = dialog.conflict_label.text()
    assert dialog.conflict_label.isVisible() and "Conflict 1" in banner
    assert "first: Completed" in banner and "second: Terminated" in banner and "申请人撤回申请" in banner
    qtbot.mouseClick(dialog.settle_button, Qt.MouseButton.LeftButton)
    settle = dialog.action_dialog
    assert not settle.ok_button.isEnabled()
    settle.findChildren(QRadioButton)[1].click()  # keep the termination
    settle.reason_edit.setPlainText("申请人已书面撤回，以终止为准")
    assert settle.ok_button.isEnabled()
    qtbot.mouseClick(settle.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.conflict_label.isVisible() and not dialog.settle_button.isVisible()
    state = cases.get_case(w1, view.state.uuid, TODAY).state
    assert state.conflicts == [] and state.status is Status.TERMINATED
def test_a_material_can_be_sent_back_from_the_window(qtbot, desk, warnings_shown):
    """Finding 7: `case reject-material` had no button."""
    case = log_case(desk, received=("01", "02", "03"), decision=Decision.NOTICE, commitment=False)
    view = open_view(qtbot, desk, case.state.uuid)
    assert view.reject_button.isEnabled()
    click(qtbot, view.reject_button)
    dialog = view.action_dialog
    assert dialog.material_box.count() == 3  # the three received
    assert not dialog.ok_button.isEnabled()
    dialog.material_box.setCurrentIndex(1)
    code = dialog.code()
    type_chinese(dialog.reason_box.lineEdit(), "复印件字迹不清")
    click(qtbot, dialog.ok_button)

    assert warnings_shown == []
    stored = cases.get_case(desk.ws, case.state.uuid, TODAY).state
    assert stored.materials[code].state is MaterialState.MISSING
    assert stored.materials[code].rejected_reason == "复印件字迹不清"
    assert column(view.events_model, 2)[-1] == "Material sent back"


def test_a_tolerant_case_sends_back_only_tolerable_materials(qtbot, desk):
    case = log_case(desk)
    view = open_view(qtbot, desk, case.state.uuid)
    materials = case.state.materials
    assert view.options.rejectable and all(materials[c].tolerable for c in view.options.rejectable)


def test_an_extension_prints_the_extension_notice_and_records_the_approving_supervisor(qtbot, desk, warnings_shown):
    """Finding 9: no 延期告知书 to print (行政许可法 §42), and the approving supervisor not recorded."""
    case = log_case(desk, received=tuple(f"0{i}" for i in range(1, 9)), decision=Decision.ACCEPT, commitment=False)
    view = open_view(qtbot, desk, case.state.uuid, actor=desk.supervisor)
    assert "Extension notice" not in [a.text() for a in view.print_menu.actions()]
    printed = []
    view.print_requested.connect(lambda uuid, kinds: printed.append((uuid, kinds)))
    click(qtbot, view.extend_button)
    dialog = view.action_dialog
    dialog.days_box.setValue(5)
    type_chinese(dialog.reason_edit, "需入户核查家庭财产状况")
    click(qtbot, dialog.ok_button)

    assert warnings_shown == []
    assert printed == [(case.state.uuid, ["extension_notice"])]
    assert "Extension notice" in [a.text() for a in view.print_menu.actions()]
    details = column(view.events_model, 3)[-1]
    assert "需入户核查家庭财产状况" in details and "李主任" in details


def test_a_mistyped_phone_is_corrected_with_a_reason_kept_in_the_history(qtbot, desk, warnings_shown):
    """Finding 7: a wrong phone number or name could not be fixed."""
    from app.ui.action_dialogs import CorrectDialog

    case = log_case(desk)
    view = open_view(qtbot, desk, case.state.uuid)
    click(qtbot, view.correct_button)
    dialog = view.action_dialog
    assert isinstance(dialog, CorrectDialog)
    dialog.field_box.setCurrentIndex(1)  # the phone
    assert dialog.value_edit.text() == case.state.applicant["phone"]
    assert not dialog.ok_button.isEnabled()
    dialog.value_edit.setText("13912345678")
    type_chinese(dialog.reason_box.lineEdit(), "收件时录错一位")
    click(qtbot, dialog.ok_button)

    assert warnings_shown == []
    assert view.applicant_phone.text() == "13912345678"
    assert column(view.events_model, 2)[-1] == "Details corrected"
    details = column(view.events_model, 3)[-1]
    assert case.state.applicant["phone"] in details and "13912345678" in details and "收件时录错一位" in details
    stored = cases.get_case(desk.ws, case.state.uuid, TODAY).state
    assert stored.applicant["phone"] == "13912345678"


def test_a_bad_correction_is_refused_and_changes_nothing(qtbot, desk, warnings_shown):
    case = log_case(desk)
    view = open_view(qtbot, desk, case.state.uuid)
    click(qtbot, view.correct_button)
    dialog = view.action_dialog
    dialog.field_box.setCurrentIndex(1)
    dialog.value_edit.setText("1391234")
    type_chinese(dialog.reason_box.lineEdit(), "录错")
    click(qtbot, dialog.ok_button)
    assert len(warnings_shown) == 1 and "The phone number is wrong" in warnings_shown[0][1]
    assert cases.get_case(desk.ws, case.state.uuid, TODAY).state.applicant["phone"] == case.state.applicant["phone"]


def test_a_supervisor_reopens_a_case_completed_by_mistake(qtbot, desk, warnings_shown):
    """Finding 7: a mistaken 办结 or 终止 could not be reopened."""
    from app.ui.action_dialogs import ReopenDialog

    case = log_case(desk, received=tuple(f"0{i}" for i in range(1, 9)), decision=Decision.ACCEPT, commitment=False)
    cases.complete(desk.ws, desk.officer, case.state.uuid, "approved", TODAY)
    officer_view = open_view(qtbot, desk, case.state.uuid)
    assert officer_view.reopen_button.isVisible() and not officer_view.reopen_button.isEnabled()
    assert "Only a supervisor or an administrator can reopen" in officer_view.reopen_button.toolTip()

    view = open_view(qtbot, desk, case.state.uuid, actor=desk.supervisor)
    assert view.reopen_button.isEnabled() and not view.complete_button.isVisible()
    click(qtbot, view.reopen_button)
    dialog = view.action_dialog
    assert isinstance(dialog, ReopenDialog) and not dialog.ok_button.isEnabled()
    type_chinese(dialog.reason_box.lineEdit(), "误点办结，审批尚未完成")
    click(qtbot, dialog.ok_button)

    assert warnings_shown == []
    assert view.status_label.text() == "Accepted"
    assert view.complete_button.isVisible() and view.complete_button.isEnabled()
    assert not view.reopen_button.isVisible()
    assert view.countdown_labels["completion"].state is State.ON_TRACK
    assert column(view.events_model, 2)[-1] == "Reopened"
    assert "误点办结" in column(view.events_model, 3)[-1]
    stored = cases.get_case(desk.ws, case.state.uuid, TODAY).state
    assert stored.status is Status.ACCEPTED and stored.result is None and stored.closed_date is None


def test_a_terminated_tolerant_case_reopens_with_its_supply_clock(qtbot, desk):
    case = log_case(desk)
    cases.terminate(desk.ws, desk.officer, case.state.uuid, "误操作", TODAY)
    view = cases.reopen(desk.ws, desk.supervisor, case.state.uuid, "误点终止", TODAY)
    assert view.state.status is Status.TOLERANT
    assert view.countdowns["supply"].state is State.ON_TRACK
    with pytest.raises(cases.CaseRefused, match="只有已办结或已终止"):
        cases.reopen(desk.ws, desk.supervisor, case.state.uuid, "再来一次", TODAY)
