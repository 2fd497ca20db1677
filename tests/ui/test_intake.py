"""The intake dialog driven as an officer drives it: typing, ticking, choosing, finishing.

Chinese text reaches a field the way an input method delivers it (a commit of the
composed characters); everything else is key presses and mouse clicks on the real
widgets. Each finished intake is checked in the database through the case service.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionViewItem, QWidget

from app.domain.lifecycle import Decision, Status
from app.services import cases, queries
from app.ui.intake import APPLICANT_PAGE, DECISION_PAGE, ITEM_PAGE, MATERIALS_PAGE, IntakeDialog
from intake_fixtures import (
    GOOD_ID,
    GOOD_USCC,
    OLD_REGION_ID,
    OTHER_ID,
    PHONE,
    TODAY,
    build_template,
    log_case,
    open_desk,
)


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("intake") / "template")


@pytest.fixture
def desk(desk_template, tmp_path):
    desk = open_desk(desk_template, tmp_path / "data")
    yield desk
    desk.ws.close()


@pytest.fixture
def dialog(qtbot, desk, monkeypatch):
    # Closing a dialog with typed details asks first; at the end of a test, discard.
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    dlg = IntakeDialog(desk.ws, desk.officer, TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    with qtbot.waitActive(dlg):  # shortcuts (Alt+N, Ctrl+Enter) go to the active window only
        dlg.activateWindow()
    return dlg


# -- how an officer types ----------------------------------------------------------------


def type_chinese(widget: QWidget, text: str) -> None:
    """What an input method sends when the officer confirms a composed word."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def pick_item(qtbot, dlg: IntakeDialog, text: str) -> None:
    qtbot.keyClicks(dlg.picker.search, text)
    qtbot.keyClick(dlg.picker.search, Qt.Key.Key_Return)


def fill_person(qtbot, dlg: IntakeDialog, name: str = "张三", id_number: str = GOOD_ID, phone: str = PHONE) -> None:
    type_chinese(dlg.name_edit, name)
    qtbot.keyClicks(dlg.id_edit, id_number)
    dlg.phone_edit.selectAll()  # a returning applicant's phone is filled in: type over it
    qtbot.keyClicks(dlg.phone_edit, phone)


def click_check(qtbot, dlg: IntakeDialog, row: int) -> None:
    """A mouse click on the "received" box of a row of the materials table."""
    view = dlg.materials_view
    index = dlg.materials_model.index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def click_option(qtbot, button) -> None:
    """A click on the indicator of a radio button or check box (its widget may be wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def to_decision(qtbot, dlg: IntakeDialog, ticked_rows, *, commitment: bool = False, item: str = "MZ-001") -> None:
    pick_item(qtbot, dlg, item)
    assert dlg.stack.currentIndex() == APPLICANT_PAGE
    fill_person(qtbot, dlg)
    qtbot.keyClick(dlg.phone_edit, Qt.Key.Key_Return)
    assert dlg.stack.currentIndex() == MATERIALS_PAGE
    for row in ticked_rows:
        click_check(qtbot, dlg, row)
    if commitment:
        click_option(qtbot, dlg.commitment_check)
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    assert dlg.stack.currentIndex() == DECISION_PAGE


def finish(qtbot, dlg: IntakeDialog) -> tuple[list, list]:
    created, printed = [], []
    dlg.case_created.connect(created.append)
    dlg.print_requested.connect(lambda uuid, kinds: printed.append((uuid, kinds)))
    qtbot.mouseClick(dlg.finish_button, Qt.MouseButton.LeftButton)
    return created, printed


def broken_promise_on_record(desk) -> None:
    """An earlier 容缺 case of the GOOD_ID applicant, terminated after its supply deadline."""
    earlier = cases.IntakeRequest("MZ-001", cases.ApplicantInput("person", "张三", GOOD_ID, PHONE),
                                  received=("01", "02", "03", "04", "05", "06"), decision=Decision.TOLERANT,
                                  commitment_signed=True, date=dt.date(2026, 10, 9))
    old = cases.intake(desk.ws, desk.supervisor, earlier, TODAY)
    cases.terminate(desk.ws, desk.supervisor, old.state.uuid, "逾期未补齐容缺材料", TODAY)


def stored_status(desk, case_uuid: str) -> cases.CaseView:
    return cases.get_case(desk.ws, case_uuid, TODAY)


# -- the item ------------------------------------------------------------------------------


def test_search_finds_items_by_fragment_and_code(qtbot, dialog, qtmodeltester):
    picker = dialog.picker
    type_chinese(picker.search, "低保")
    assert picker.visible_codes()[0] == "MZ-001"  # 最低生活保障: the characters in order
    assert "最低生活保障" in picker.details.text()
    picker.search.clear()
    qtbot.keyClicks(picker.search, "cl-00")
    assert picker.visible_codes() == ["CL-001", "CL-002"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.current_code() == "CL-002"
    picker.search.clear()
    qtbot.keyClicks(picker.search, "zzz")
    assert picker.visible_codes() == []
    assert picker.empty.isVisible()
    assert not dialog.next_button.isEnabled()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == ITEM_PAGE
    qtmodeltester.check(picker.proxy)


# -- the four decisions ----------------------------------------------------------------------


def test_accept_for_an_enterprise_with_every_material(qtbot, desk, dialog):
    pick_item(qtbot, dialog, "SC-001")
    click_option(qtbot, dialog.enterprise_radio)
    assert dialog.legal_rep_edit.isVisible()
    type_chinese(dialog.name_edit, "某镇好邻居便利店")
    qtbot.keyClicks(dialog.id_edit, GOOD_USCC)
    type_chinese(dialog.legal_rep_edit, "李四")
    qtbot.keyClicks(dialog.phone_edit, "0571-88886666")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MATERIALS_PAGE
    assert not dialog.commitment_check.isVisibleTo(dialog)  # the item allows no 容缺
    qtbot.mouseClick(dialog.tick_all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    assert dialog.decision_radios[Decision.ACCEPT].isChecked()
    assert not dialog.decision_radios[Decision.TOLERANT].isEnabled()
    assert not dialog.decision_radios[Decision.NOTICE].isEnabled()
    assert "Acceptance notice" in dialog.print_check.text()
    created, printed = finish(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    view = stored_status(desk, created[0])
    assert view.state.status is Status.ACCEPTED
    assert view.state.applicant["kind"] == "enterprise"
    assert view.state.applicant["legal_rep"] == "李四"
    assert dialog.created_view.state.uuid == created[0]
    assert printed == [(created[0], ["acceptance"])]


def test_tolerant_acceptance_with_the_commitment(qtbot, desk, dialog):
    to_decision(qtbot, dialog, range(6), commitment=True)  # all but the bank copy (07) and the optional 08

    assert dialog.decision_radios[Decision.TOLERANT].isChecked()
    assert not dialog.decision_radios[Decision.ACCEPT].isEnabled()
    assert "required materials missing" in dialog.decision_reasons[Decision.ACCEPT].text()
    assert "4 Dec 2026" in dialog.deadline_label.text()  # 10 working days after 20 Nov 2026
    assert "Tolerant acceptance notice" in dialog.print_check.text() and "Commitment letter" in dialog.print_check.text()
    created, printed = finish(qtbot, dialog)

    view = stored_status(desk, created[0])
    assert view.state.status is Status.TOLERANT
    assert [m.code for m in view.state.missing_required] == ["07"]
    assert view.countdowns["supply"].deadline == dt.date(2026, 12, 4)
    assert printed == [(created[0], ["tolerant_acceptance", "commitment"])]


def test_notice_when_the_applicant_signs_no_commitment(qtbot, desk, dialog):
    to_decision(qtbot, dialog, range(3))  # only the three core materials

    assert not dialog.decision_radios[Decision.TOLERANT].isEnabled()
    assert "commitment letter" in dialog.decision_reasons[Decision.TOLERANT].text()
    assert dialog.decision_radios[Decision.NOTICE].isChecked()
    created, printed = finish(qtbot, dialog)

    view = stored_status(desk, created[0])
    assert view.state.status is Status.AWAITING_SUPPLEMENT
    assert {m.code for m in view.state.missing_required} == {"04", "05", "06", "07"}
    assert printed == [(created[0], ["one_time_notice"])]


def test_refusal_needs_a_reason(qtbot, desk, dialog):
    to_decision(qtbot, dialog, range(8))
    click_option(qtbot, dialog.decision_radios[Decision.REFUSE])
    assert dialog.refuse_reason.isEnabled()
    assert not dialog.finish_button.isEnabled()
    qtbot.keyClick(dialog.refuse_reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # Ctrl+Enter without a reason logs nothing

    type_chinese(dialog.refuse_reason, "申请人户籍不在本镇，不属于本中心受理范围")
    click_option(qtbot, dialog.print_check)  # no letters this time
    created, printed = finish(qtbot, dialog)

    view = stored_status(desk, created[0])
    assert view.state.status is Status.REFUSED
    assert view.state.reason == "申请人户籍不在本镇，不属于本中心受理范围"
    assert printed == []


# -- what the rules forbid is not offered ---------------------------------------------------------


def test_invalid_id_shows_the_reason_and_keeps_next_disabled(qtbot, dialog):
    pick_item(qtbot, dialog, "MZ-001")
    type_chinese(dialog.name_edit, "张三")
    bad = GOOD_ID[:-1] + ("1" if GOOD_ID[-1] != "1" else "2")
    qtbot.keyClicks(dialog.id_edit, bad)
    qtbot.keyClicks(dialog.phone_edit, PHONE)

    assert dialog.id_status.text() == "The check digit does not match: please check for a typing error"
    assert dialog.id_status.level == "error"
    assert "#b3261e" in dialog.id_status.styleSheet()  # red
    assert not dialog.next_button.isEnabled()
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == APPLICANT_PAGE

    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, GOOD_ID[:10])
    assert "has 18 characters" in dialog.id_status.text()
    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, OLD_REGION_ID)
    assert dialog.id_status.level == "warning"  # amber: an abolished county's code is still valid
    assert "330102" in dialog.id_status.text()
    assert dialog.next_button.isEnabled()
    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "1380013800")
    assert dialog.phone_status.text() == "A mobile number has 11 digits, this one has 10"
    assert not dialog.next_button.isEnabled()


def test_tolerant_is_disabled_with_the_reason_when_a_core_material_is_missing(qtbot, dialog):
    to_decision(qtbot, dialog, range(1, 6))  # no application form (01, core)

    tolerant = dialog.decision_radios[Decision.TOLERANT]
    assert not tolerant.isEnabled()
    assert not tolerant.isChecked()
    reason = dialog.decision_reasons[Decision.TOLERANT].text()
    assert "core materials missing" in reason and "最低生活保障申请书" in reason
    assert not dialog.deadline_label.isVisibleTo(dialog)
    assert dialog.decision_radios[Decision.NOTICE].isChecked()


def test_a_refused_intake_shows_the_reason_and_keeps_what_was_typed(qtbot, desk, dialog):
    to_decision(qtbot, dialog, range(6), commitment=True)
    assert dialog.decision_radios[Decision.TOLERANT].isChecked()
    # Meanwhile, at another window, an earlier 容缺 case of this applicant ends with the
    # promise broken: the service now refuses 容缺 for them.
    broken_promise_on_record(desk)
    before = queries.counts(desk.ws, TODAY).open_total

    created, printed = finish(qtbot, dialog)

    assert created == [] and printed == []
    assert dialog.isVisible()
    assert "未履行容缺承诺" in dialog.finish_error.text()
    assert dialog.name_edit.text() == "张三" and dialog.id_edit.text() == GOOD_ID
    assert dialog.materials_model.received_codes() == ("01", "02", "03", "04", "05", "06")
    assert queries.counts(desk.ws, TODAY).open_total == before

    click_option(qtbot, dialog.decision_radios[Decision.NOTICE])
    created, _printed = finish(qtbot, dialog)
    assert stored_status(desk, created[0]).state.status is Status.AWAITING_SUPPLEMENT


# -- the keyboard alone ---------------------------------------------------------------------------


def test_keyboard_only_intake(qtbot, desk, dialog):
    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(focused(), k, modifier)

    assert focused() is dialog.picker.search
    qtbot.keyClicks(focused(), "mz-00")
    key(Qt.Key.Key_Return)  # the first match, 最低生活保障
    assert dialog.stack.currentIndex() == APPLICANT_PAGE
    type_chinese(focused(), "王五")
    key(Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), OTHER_ID)
    key(Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), PHONE)
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter does not skip the steps
    assert dialog.stack.currentIndex() == APPLICANT_PAGE
    key(Qt.Key.Key_Return)

    assert dialog.stack.currentIndex() == MATERIALS_PAGE
    assert focused() is dialog.materials_view
    for _row in range(6):
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Down)
    assert dialog.materials_model.received_codes() == ("01", "02", "03", "04", "05", "06")
    key(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the commitment box
    qtbot.waitUntil(dialog.commitment_check.isChecked)
    key(Qt.Key.Key_Return)

    assert dialog.stack.currentIndex() == DECISION_PAGE
    key(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == MATERIALS_PAGE)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DECISION_PAGE)
    assert dialog.decision_radios[Decision.TOLERANT].isChecked()
    key(Qt.Key.Key_Return)  # Enter alone never logs a case
    assert dialog.created_view is None
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.created_view is not None
    view = stored_status(desk, dialog.created_view.state.uuid)
    assert view.state.status is Status.TOLERANT
    assert view.state.applicant["name"] == "王五"


def test_cancelling_with_typed_details_asks_first(qtbot, monkeypatch, dialog):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or answers.pop(0))
    pick_item(qtbot, dialog, "MZ-001")
    type_chinese(dialog.name_edit, "张三")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_materials_model_ticks_and_reports(qtbot, dialog, qtmodeltester):
    pick_item(qtbot, dialog, "MZ-001")
    model = dialog.materials_model
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    assert model.received_codes() == ()  # nothing ticked until the officer sees the paper
    assert model.index(0, 5).data() == "Core"
    model.toggle(3)
    assert model.received_codes() == ("04",)
    model.set_all(True)
    assert model.missing_codes() == ()
    model.set_all(False)
    assert len(model.missing_codes()) == 8


def test_a_second_intake_of_an_open_case_warns_and_needs_a_reason(qtbot, desk, dialog):
    """Finding 6: a second intake for the same ID number and item went straight through."""
    first = log_case(desk)
    to_decision(qtbot, dialog, range(8))
    assert first.state.number in dialog.decision_warnings.text()
    assert dialog.duplicate_reason.isVisible()
    assert not dialog.finish_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.created_view is None
    type_chinese(dialog.duplicate_reason, "原件遗失，申请人重新申请")
    created, _printed = finish(qtbot, dialog)

    second = stored_status(desk, created[0])
    assert second.state.number != first.state.number
    assert second.state.status is Status.ACCEPTED
    logged = second.events[0].payload
    assert logged["duplicate_of"] == [first.state.number]
    assert logged["duplicate_reason"] == "原件遗失，申请人重新申请"


def test_a_returning_applicant_is_filled_in_from_the_id_number(qtbot, desk, dialog):
    earlier = log_case(desk, item="MZ-001")
    cases.terminate(desk.ws, desk.officer, earlier.state.uuid, "申请人撤回申请", TODAY)
    pick_item(qtbot, dialog, "MZ-001")
    assert not dialog.returning_note.isVisible()
    qtbot.keyClicks(dialog.id_edit, GOOD_ID)
    assert dialog.name_edit.text() == "张三"
    assert dialog.phone_edit.text() == PHONE
    assert dialog.returning_note.isVisible()
    assert dialog.next_button.isEnabled()
    to_materials = dialog.decision_warnings.text()
    assert "未办结" not in to_materials  # the earlier case is closed: no duplicate


def test_a_broken_promise_needs_a_supervisors_reason_for_tolerance(qtbot, desk, monkeypatch):
    broken_promise_on_record(desk)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    officer_dialog = IntakeDialog(desk.ws, desk.officer, TODAY)
    qtbot.addWidget(officer_dialog)
    officer_dialog.show()
    to_decision(qtbot, officer_dialog, range(6), commitment=True)
    assert not officer_dialog.decision_radios[Decision.TOLERANT].isEnabled()
    assert "a supervisor must give the reason" in officer_dialog.decision_reasons[Decision.TOLERANT].text()
    assert not officer_dialog.supervisor_reason.isVisible()
    assert "broken commitment" in officer_dialog.decision_warnings.text()

    dialog = IntakeDialog(desk.ws, desk.supervisor, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    to_decision(qtbot, dialog, range(6), commitment=True)
    assert dialog.supervisor_reason.isVisible()
    assert not dialog.decision_radios[Decision.TOLERANT].isEnabled()
    type_chinese(dialog.supervisor_reason, "申请人因住院未能按期补正，已提供住院证明")
    assert dialog.decision_radios[Decision.TOLERANT].isEnabled()
    click_option(qtbot, dialog.decision_radios[Decision.TOLERANT])
    created, _printed = finish(qtbot, dialog)

    state = stored_status(desk, created[0]).state
    assert state.status is Status.TOLERANT
    assert state.supervisor_reason == "申请人因住院未能按期补正，已提供住院证明"


def test_a_supply_deadline_in_an_unimported_year_is_marked_unconfirmed(qtbot, desk, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    dialog = IntakeDialog(desk.ws, desk.officer, dt.date(2026, 12, 28))
    qtbot.addWidget(dialog)
    dialog.show()
    to_decision(qtbot, dialog, range(6), commitment=True)
    assert dialog.decision_radios[Decision.TOLERANT].isChecked()
    text = dialog.deadline_label.text()
    assert "2027" in text and "calendar unconfirmed" in text


def test_an_empty_catalogue_says_what_to_do(qtbot, tmp_path):
    from app.paths import DataPaths
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    paths = DataPaths(tmp_path / "empty")
    admin = initialise(paths, centre="某镇便民服务中心", window="1号窗口", admin_username="admin",
                       admin_password="secret123").admin
    ws = Workspace.open(paths, daily_backup=False)
    try:
        dialog = IntakeDialog(ws, admin, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "catalogue is empty" in dialog.picker.empty.text()
        assert dialog.picker.empty.isVisible()
        assert not dialog.next_button.isEnabled()
    finally:
        ws.close()


def test_a_busy_database_asks_to_retry_and_keeps_what_was_typed(qtbot, desk, dialog, monkeypatch):
    from app.store.database import DatabaseBusy

    real = cases.intake
    calls = []

    def busy_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseBusy("数据库正忙（另一个窗口或导入正在写入）。已保存的数据不受影响，请稍候重试")
        return real(*args, **kwargs)

    monkeypatch.setattr(cases, "intake", busy_once)
    to_decision(qtbot, dialog, range(8))
    created, _printed = finish(qtbot, dialog)
    box = dialog.findChild(QMessageBox, "databaseRetry")
    assert box is not None and box.isVisible() and "数据库正忙" in box.text()
    assert created == [] and dialog.isVisible() and not dialog.finish_button.isEnabled()
    assert dialog.name_edit.text() == "张三"  # nothing typed is lost
    box.button(QMessageBox.StandardButton.Retry).click()
    assert len(calls) == 2 and len(created) == 1
    assert stored_status(desk, created[0]).state.status is Status.ACCEPTED


def test_declining_to_retry_leaves_the_intake_open_to_try_later(qtbot, desk, dialog, monkeypatch):
    from app.store.database import DiskFull

    def full(*_args, **_kwargs):
        raise DiskFull("磁盘空间已满，无法写入数据库。请清理磁盘后重试；已保存的数据不受影响")

    monkeypatch.setattr(cases, "intake", full)
    to_decision(qtbot, dialog, range(8))
    created, _printed = finish(qtbot, dialog)
    box = dialog.findChild(QMessageBox, "databaseRetry")
    assert "磁盘空间已满" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert created == [] and dialog.isVisible() and dialog.finish_button.isEnabled()
