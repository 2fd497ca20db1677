"""The small dialogs of the case view: OK only once the input is complete, and what they hand back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.case_materials import CaseMaterial
from app.ui.action_dialogs import (
    CompleteDialog,
    ExtendDialog,
    NoteDialog,
    PauseDialog,
    SupplyDialog,
    TerminateDialog,
)

# The offscreen platform says this whenever a dialog window opens.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MISSING = [
    CaseMaterial("07", "银行账户（社会保障卡）复印件", required=True, tolerable=True),
    CaseMaterial("06", "1寸免冠照片", required=True, tolerable=True),
    CaseMaterial("08", "重病、重残等特殊情况证明", required=False, tolerable=False),
]


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def type_chinese(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_supply_ticks_with_space_and_returns_the_codes(qtbot):
    dialog = shown(qtbot, SupplyDialog(MISSING))
    assert [dialog.list.item(i).text() for i in range(3)] == [
        "银行账户（社会保障卡）复印件（tolerable）", "1寸免冠照片（tolerable）", "重病、重残等特殊情况证明（optional）"]
    assert not dialog.ok_button.isEnabled()
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.codes() == ["06"]
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.codes() == ["07", "06"]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)


def test_pause_takes_a_usual_reason_or_a_typed_one(qtbot):
    dialog = shown(qtbot, PauseDialog())
    assert dialog.reason() == ""
    assert not dialog.ok_button.isEnabled()
    type_chinese(dialog.reason_box.lineEdit(), "   ")
    assert not dialog.ok_button.isEnabled()  # blanks are no reason
    dialog.reason_box.lineEdit().clear()
    type_chinese(dialog.reason_box.lineEdit(), "宅基地申请公示7日")
    assert dialog.reason() == "宅基地申请公示7日"
    assert dialog.ok_button.isEnabled()
    dialog.reason_box.setCurrentIndex(3)
    assert dialog.reason() == "Hearing"


def test_extend_offers_what_is_left_of_the_ten_days(qtbot):
    dialog = shown(qtbot, ExtendDialog(used_days=4))
    assert dialog.days() == 6
    assert dialog.days_box.maximum() == 10 and dialog.days_box.minimum() == 1
    assert "4" in dialog.used.text()
    assert not dialog.ok_button.isEnabled()
    type_chinese(dialog.reason_edit, "需组织专家评审")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (dialog.days(), dialog.reason()) == (6, "需组织专家评审")


def test_complete_has_no_result_until_one_is_chosen(qtbot):
    dialog = shown(qtbot, CompleteDialog(["1寸免冠照片"]))
    assert dialog.result() is None
    assert not dialog.ok_button.isEnabled()
    assert any("1寸免冠照片" in label.text() for label in dialog.findChildren(type(dialog.explanation)))
    radio = dialog.rejected_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.result() == "rejected"
    assert dialog.ok_button.isEnabled()


def test_terminate_and_note_need_text(qtbot):
    terminate = shown(qtbot, TerminateDialog())
    assert not terminate.ok_button.isEnabled()
    terminate.reason_box.setCurrentIndex(0)
    assert terminate.reason() == "The missing materials were not supplied by the deadline"
    assert terminate.ok_button.isEnabled()

    note = shown(qtbot, NoteDialog())
    assert not note.ok_button.isEnabled()
    type_chinese(note.text_edit, "申请人要求邮寄结果")
    assert note.text() == "申请人要求邮寄结果"
    assert note.ok_button.isEnabled()


@pytest.mark.parametrize("make", [lambda: SupplyDialog(MISSING), PauseDialog, ExtendDialog, CompleteDialog,
                                  TerminateDialog, NoteDialog])
def test_escape_cancels(qtbot, make):
    dialog = shown(qtbot, make())
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_space_in_the_supply_dialog_ticks_the_first_material_instead_of_cancelling(qtbot):
    """Finding 4: the dialog opened with focus on Cancel, so Space closed it and recorded nothing."""
    dialog = shown(qtbot, SupplyDialog(MISSING))
    assert dialog.focusWidget() is dialog.list
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert rejected == [] and dialog.isVisible()
    assert dialog.codes() == ["07"]


def test_complete_opens_on_the_first_result_and_enter_does_not_close_the_case(qtbot):
    """Finding 4: the 办结 dialog opened on Cancel; closing a case is never Enter's default."""
    dialog = shown(qtbot, CompleteDialog())
    assert dialog.focusWidget() is dialog.approved_radio
    qtbot.keyClick(dialog.approved_radio, Qt.Key.Key_Space)
    assert dialog.result() == "approved"
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClick(dialog.approved_radio, Qt.Key.Key_Return)
    assert accepted == [] and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert accepted == [True]


def test_enter_does_not_terminate(qtbot):
    dialog = shown(qtbot, TerminateDialog())
    assert dialog.focusWidget() is dialog.reason_box.lineEdit() or dialog.focusWidget() is dialog.reason_box
    type_chinese(dialog.reason_box.lineEdit(), "申请人撤回申请")
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClick(dialog.reason_box.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClick(dialog.reason_box.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert accepted == []
    assert not dialog.ok_button.isDefault()
