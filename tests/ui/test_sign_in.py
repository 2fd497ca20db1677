"""Signing in, the lock-out after five wrong passwords, and switching officer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.services.officers import SIGN_IN_FAILED, Role, add_officer, find_actor
from app.ui.sign_in import SignInDialog

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def dialog(qtbot, demo_ws):
    d = SignInDialog(demo_ws)
    qtbot.addWidget(d)
    return d


def attempt(qtbot, type_text, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username.clear()
    type_text(dialog.username, username)
    dialog.password.clear()
    type_text(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_the_right_password_signs_the_officer_in(qtbot, type_text, dialog, officer_password):
    attempt(qtbot, type_text, dialog, "zhangli", officer_password)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "zhangli" and dialog.actor.display_name == "张丽"


def test_a_wrong_password_is_refused_and_typed_again(chinese, qtbot, type_text, dialog):
    attempt(qtbot, type_text, dialog, "zhangli", "not-the-password")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.message.text() == SIGN_IN_FAILED
    assert dialog.password.text() == ""  # typed again from scratch
    assert dialog.username.text() == "zhangli"  # the name is kept


def test_an_unknown_user_gets_the_same_message_as_a_wrong_password(chinese, qtbot, type_text, dialog):
    """Finding 10: a real user name got a different message (with the tries left) than an unknown one."""
    attempt(qtbot, type_text, dialog, "nobody", "whatever1")
    unknown = dialog.message.text()
    attempt(qtbot, type_text, dialog, "zhangli", "not-the-password")
    assert dialog.message.text() == unknown == SIGN_IN_FAILED


def test_five_wrong_passwords_lock_the_account(chinese, qtbot, type_text, dialog, officer_password):
    for _ in range(5):
        attempt(qtbot, type_text, dialog, "zhangli", "wrong-password")
    attempt(qtbot, type_text, dialog, "zhangli", officer_password)
    assert dialog.result() != QDialog.DialogCode.Accepted  # locked: even the right password fails
    assert dialog.message.text() == SIGN_IN_FAILED


def test_empty_fields_are_asked_for(qtbot, dialog):
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Please enter your user name."
    dialog.username.setText("zhangli")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Please enter your password."


def when_signing_in(qtbot, type_text, username: str | None, password: str = "") -> list:
    """Answer the next sign-in dialog (or cancel it when ``username`` is None)."""
    seen = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(10, act)
            return
        seen.append(dialog.windowTitle())
        try:
            if username is not None:
                attempt(qtbot, type_text, dialog, username, password)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def test_switch_officer_keeps_the_window_and_acts_as_the_new_officer(qtbot, type_text, main_window, demo_ws):
    add_officer(demo_ws, find_actor(demo_ws, "admin"), "wangfang", "王芳", Role.SUPERVISOR, "zhuguan-2026")
    main_window.show()
    seen = when_signing_in(qtbot, type_text, "wangfang", "zhuguan-2026")
    main_window.switch_action.trigger()
    assert seen == ["Switch officer"]
    assert main_window.isVisible()
    assert main_window.actor.username == "wangfang"
    assert "王芳" in main_window.officer_label.text() and "supervisor" in main_window.officer_label.text()
    assert "wangfang" in main_window.status_officer.text()


def test_cancelling_a_switch_keeps_the_officer_signed_in(qtbot, type_text, main_window):
    main_window.show()
    when_signing_in(qtbot, type_text, None)
    main_window.switch_action.trigger()
    assert main_window.actor.username == "zhangli"
    assert "张丽" in main_window.officer_label.text()
