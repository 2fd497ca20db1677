"""First run on an empty data folder: the dialog, typed into and clicked as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.paths import DataPaths
from app.services.catalogue import current_items
from app.services.workspace import Workspace
from app.ui.first_run import FirstRunDialog
from app.ui.launch import needs_first_run, sign_in_flow
from app.ui.sign_in import SignInDialog

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def fill(qtbot, type_text, dialog: FirstRunDialog, *, password: str = "chuangkou1",
         again: str | None = None, catalogue: bool = True) -> None:
    type_text(dialog.centre, "青山镇便民服务中心")
    type_text(dialog.window_name, "综合受理窗口")
    type_text(dialog.address, "青山县青山镇府前路8号")
    type_text(dialog.phone, "0571-63210000")
    type_text(dialog.hours, "周一至周五 8:30—12:00、14:30—17:30")
    dialog.admin_username.clear()
    type_text(dialog.admin_username, "liwei")
    type_text(dialog.admin_display, "李伟")
    type_text(dialog.password, password)
    type_text(dialog.password_again, password if again is None else again)
    if dialog.load_catalogue.isChecked() != catalogue:
        qtbot.mouseClick(dialog.load_catalogue, Qt.MouseButton.LeftButton)


def station_of(paths: DataPaths):
    ws = Workspace.open(paths, daily_backup=False)
    try:
        return ws.station, current_items(ws)
    finally:
        ws.close()


def test_an_empty_folder_needs_the_first_run(tmp_data):
    assert needs_first_run(DataPaths(tmp_data))


def test_first_run_creates_the_station_and_its_administrator(qtbot, tmp_data, type_text):
    paths = DataPaths(tmp_data)
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    fill(qtbot, type_text, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "liwei" and dialog.actor.is_admin
    assert dialog.actor.display_name == "李伟"
    station, items = station_of(paths)
    assert (station.centre_name, station.window_name) == ("青山镇便民服务中心", "综合受理窗口")
    assert len(items) > 10  # the sample catalogue was loaded
    assert not needs_first_run(paths)


def test_without_the_sample_catalogue_the_catalogue_stays_empty(qtbot, tmp_data, type_text):
    paths = DataPaths(tmp_data)
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, type_text, dialog, catalogue=False)
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)  # Enter finishes, as the default button
    assert dialog.result() == QDialog.DialogCode.Accepted
    station, items = station_of(paths)
    assert station is not None and items == []


def test_different_passwords_are_refused_and_nothing_is_created(qtbot, tmp_data, type_text):
    paths = DataPaths(tmp_data)
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    fill(qtbot, type_text, dialog, again="chuangkou2")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == "The two passwords are not the same."
    assert not paths.database.exists()


def test_a_missing_window_name_is_asked_for(qtbot, tmp_data, type_text):
    paths = DataPaths(tmp_data)
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    fill(qtbot, type_text, dialog)
    dialog.window_name.clear()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Please enter the name of this window."
    assert not paths.database.exists()


def test_a_short_password_gets_the_service_reason_and_no_station(qtbot, tmp_data, type_text):
    paths = DataPaths(tmp_data)
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    fill(qtbot, type_text, dialog, password="123")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "A password has at least 6 characters" in dialog.message.text()
    assert needs_first_run(paths)


def drive_modal(qtbot, expected_type, steps) -> list:
    """Run ``steps(dialog)`` on the next modal dialog; closes it if the steps fail."""
    seen = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, expected_type):
            QTimer.singleShot(10, act)
            return
        seen.append(dialog)
        try:
            steps(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def test_start_on_an_empty_folder_runs_setup_then_signs_the_admin_in(qtbot, tmp_data, type_text):
    paths = DataPaths(tmp_data)

    def set_up(dialog: FirstRunDialog) -> None:
        fill(qtbot, type_text, dialog)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    seen = drive_modal(qtbot, FirstRunDialog, set_up)
    session = sign_in_flow(paths)
    assert len(seen) == 1
    assert session is not None
    ws, actor = session
    try:
        assert actor.username == "liwei" and actor.is_admin
        assert ws.station.centre_name == "青山镇便民服务中心"
    finally:
        ws.close()


def test_start_on_a_set_up_folder_asks_for_sign_in(qtbot, demo_paths, officer_password, type_text):
    def sign_in(dialog: SignInDialog) -> None:
        type_text(dialog.username, "zhangli")
        type_text(dialog.password, officer_password)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    seen = drive_modal(qtbot, SignInDialog, sign_in)
    session = sign_in_flow(demo_paths)
    assert len(seen) == 1
    ws, actor = session
    ws.close()
    assert actor.username == "zhangli"


def test_giving_up_at_sign_in_ends_the_start(qtbot, demo_paths):
    drive_modal(qtbot, SignInDialog, lambda dialog: dialog.reject())
    assert sign_in_flow(demo_paths) is None


def test_demo_cases_on_request_fill_the_work_list(qtbot, tmp_data, type_text):
    from app.services.queries import counts

    paths = DataPaths(tmp_data)
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    fill(qtbot, type_text, dialog)
    assert not dialog.load_demo.isChecked()  # never fictitious applicants unless asked
    qtbot.mouseClick(dialog.load_demo, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    ws = Workspace.open(paths, daily_backup=False)
    try:
        with ws.read() as s:
            from sqlalchemy import func, select

            from app.store.models import CaseRow

            assert s.scalar(select(func.count()).select_from(CaseRow)) == 300
        assert counts(ws, ws.today()).open_total > 0
    finally:
        ws.close()


def test_demo_cases_need_the_catalogue(qtbot, tmp_data, type_text):
    dialog = FirstRunDialog(DataPaths(tmp_data))
    qtbot.addWidget(dialog)
    fill(qtbot, type_text, dialog, catalogue=False)
    assert not dialog.load_demo.isEnabled()


def test_first_run_asks_for_the_centre_s_contact_details_and_keeps_them_in_the_settings(qtbot, tmp_data, type_text):
    """Finding 2: first run never asked for phone and address, so letters printed 0000-0000000."""
    paths = DataPaths(tmp_data)
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    fill(qtbot, type_text, dialog, catalogue=False)
    dialog.phone.clear()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "phone" in dialog.message.text() and dialog.focusWidget() is dialog.phone
    type_text(dialog.phone, "0571-6321")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and "phone number is wrong" in dialog.message.text()
    assert needs_first_run(paths)
    dialog.phone.clear()
    type_text(dialog.phone, "0571-63210000")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    ws = Workspace.open(paths, daily_backup=False)
    try:
        settings = ws.settings()
        assert (settings.address, settings.phone, settings.hours) == (
            "青山县青山镇府前路8号", "0571-63210000", "周一至周五 8:30—12:00、14:30—17:30")
    finally:
        ws.close()
