"""The administration window driven as an administrator drives it: typing, clicking,
choosing files; every change checked through the services it went through.

Files are chosen through the real buttons with the file dialog answered for the test
(``QFileDialog.getOpenFileName`` returns the prepared file), so what the admin would
pick goes down the same path.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QMessageBox, QTableView

from app.services import cases, queries
from app.services import catalogue as catalogue_service
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.catalogue_files import read_catalogue_file, write_catalogue_json, write_catalogue_xlsx
from app.services.catalogue import current_items
from app.services.officers import OfficerError, Role, authenticate, list_officers
from app.services.workspace import Workspace
from app.ui.admin import AdminDialog
from app.ui.admin.calendar_model import CalendarModel
from app.ui.admin.items_model import ItemFilter, ItemsModel, VersionsModel
from app.ui.admin.materials_edit_model import MaterialsEditModel
from app.ui.admin.officers_model import OfficersModel
from app.ui.admin.officers_page import AddOfficerDialog
from app.ui.admin.problems_model import ProblemsModel

TODAY = dt.date(2026, 11, 20)
MON = dt.date(2026, 3, 2)
APPLICANT = ApplicantInput("person", "张三", "11010519491231002X", "13800138000")

NEW_YEAR_2027 = {
    "year": 2027,
    "source": "国务院办公厅关于2027年部分节假日安排的通知",
    "holidays": [
        {"name": "元旦", "dates": ["2027-01-01", "2027-01-02", "2027-01-03"]},
        {"name": "春节", "dates": [f"2027-02-{d:02d}" for d in range(6, 15)]},
    ],
    "workdays": [{"name": "春节", "dates": ["2027-02-20"]}],
}


# -- set-up ----------------------------------------------------------------------------------


@pytest.fixture
def open_admin(qtbot, workspace, sync_worker):
    """Opens the administration window for an actor, database work run at once."""

    def open_for(actor, today: dt.date = TODAY) -> AdminDialog:
        dialog = AdminDialog(workspace, actor, worker=sync_worker, today=today)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_for


@pytest.fixture
def admin_dialog(open_admin, staff) -> AdminDialog:
    return open_admin(staff.admin)


@pytest.fixture
def choose_file(monkeypatch):
    """Answer the next file dialog with ``path``, as an admin picking that file would."""

    def answer(path: Path, kind: str = "open") -> None:
        name = "getOpenFileName" if kind == "open" else "getSaveFileName"
        selected = "JSON (*.json)" if path.suffix == ".json" else "Excel workbook (*.xlsx)"
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *args, **kwargs: (str(path), selected)))

    return answer


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), f"{widget.text()!r} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, view: QTableView, row: int, column: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def retype(qtbot, widget, text: str) -> None:
    """Select what the field holds and type over it."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def shown(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def current(ws, code: str):
    (stored,) = [s for s in catalogue_service.current_items(ws) if s.item.code == code]
    return stored


def version_count(ws) -> int:
    return sum(len(catalogue_service.item_versions(ws, s.item.code)) for s in catalogue_service.current_items(ws))


def open_item(qtbot, dialog: AdminDialog, code: str):
    page = dialog.catalogue_page
    qtbot.keyClicks(page.filter_edit, code)
    assert shown(page.items_view, ItemsModel.CODE) == [code]
    click_row(qtbot, page.items_view, 0)
    click(qtbot, page.edit_button)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=1000)
    return editor


# -- who may open it -------------------------------------------------------------------------


def test_only_an_administrator_gets_the_pages(open_admin, staff):
    for actor in (staff.clerk, staff.boss):
        dialog = open_admin(actor)
        assert dialog.refused and dialog.tabs is None and dialog.pages == {}
        assert "Only an administrator" in dialog.refusal.text() and actor.display_name in dialog.refusal.text()
        dialog.reject()
        assert not dialog.isVisible()


def test_the_pages_are_in_chinese_with_the_shipped_translation(chinese, qtbot, workspace, staff, sync_worker):
    dialog = AdminDialog(workspace, staff.admin, worker=sync_worker, today=TODAY)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["事项清单", "工作人员", "中心设置",
                                                                          "节假日日历", "备份与恢复"]
    assert dialog.catalogue_page.import_button.text() == "导入…"


# -- catalogue -------------------------------------------------------------------------------


def test_the_filter_finds_items_by_code_or_name(qtbot, admin_dialog, type_text):
    page = admin_dialog.catalogue_page
    assert page.proxy.rowCount() == 28
    type_text(page.filter_edit, "残疾")
    names = shown(page.items_view, ItemsModel.NAME)
    assert names and all("残疾" in name for name in names)
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "mz-00")
    assert all(code.startswith("MZ-00") for code in shown(page.items_view, ItemsModel.CODE))


def test_a_new_promised_limit_makes_a_new_version_and_an_old_case_keeps_its_own(qtbot, admin_dialog, workspace,
                                                                                staff):
    received = tuple(m.code for m in current(workspace, "CL-001").item.materials)
    old_case = cases.intake(workspace, staff.clerk, IntakeRequest("CL-001", APPLICANT, received), MON)
    assert old_case.countdowns["completion"].deadline == dt.date(2026, 3, 6)

    editor = open_item(qtbot, admin_dialog, "CL-001")
    retype(qtbot, editor.promised_days, "8")
    with qtbot.waitSignal(admin_dialog.catalogue_changed, timeout=1000):
        click(qtbot, editor.save_button)

    assert not editor.isVisible()
    versions = catalogue_service.item_versions(workspace, "CL-001")
    assert [(v.version, v.item.promised_days) for v in versions] == [(1, 4), (2, 8)]
    page = admin_dialog.catalogue_page
    assert "version 2" in page.message.text()
    assert shown(page.items_view, ItemsModel.PROMISED) == ["8"]
    assert shown(page.items_view, ItemsModel.VERSION) == ["2"]
    assert shown(page.versions_view, VersionsModel.VERSION) == ["2", "1"]
    assert shown(page.versions_view, VersionsModel.CHANGES)[0] == "Promised limit 4 → 8"

    kept = cases.get_case(workspace, old_case.state.number, MON)
    assert kept.state.item["version"] == 1
    assert kept.countdowns["completion"].deadline == dt.date(2026, 3, 6)


def test_saving_an_unchanged_item_says_so_and_makes_no_version(qtbot, admin_dialog, workspace):
    editor = open_item(qtbot, admin_dialog, "MZ-004")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "No change" in editor.message.text()
    assert [v.version for v in catalogue_service.item_versions(workspace, "MZ-004")] == [1]


def test_a_rule_broken_in_the_editor_is_listed_and_nothing_is_saved(qtbot, admin_dialog, workspace):
    editor = open_item(qtbot, admin_dialog, "CL-001")  # legal limit 24 working days
    retype(qtbot, editor.promised_days, "30")
    click(qtbot, editor.add_button)  # a material row with no name yet
    QApplication.focusWidget().clearFocus()
    before = version_count(workspace)

    click(qtbot, editor.save_button)

    problems = editor.problems()
    assert "Promised limit: 承诺办结时限（30个工作日）不能超过法定办结时限（24个工作日）" in problems
    assert "Material 9, Material: 请填写“材料名称”" in problems
    assert editor.isVisible() and "Not saved" in editor.message.text()
    assert editor.materials_model.problem_rows() == [8]
    assert version_count(workspace) == before
    assert current(workspace, "CL-001").item.promised_days == 4

    row = problems.index("Promised limit: 承诺办结时限（30个工作日）不能超过法定办结时限（24个工作日）")
    rect = editor.problems_view.visualRect(editor.problems_model.index(row, 0))
    qtbot.mouseClick(editor.problems_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.focusWidget() is editor.promised_days


def test_materials_are_added_reordered_and_removed_in_the_editor(qtbot, admin_dialog, workspace, type_text):
    editor = open_item(qtbot, admin_dialog, "MZ-004")
    names_before = [m.name for m in current(workspace, "MZ-004").item.materials]

    click(qtbot, editor.add_button)
    type_text(QApplication.focusWidget(), "百岁老人证明")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the view commits the edit on its next turn
    last = editor.materials_model.rowCount() - 1
    qtbot.waitUntil(lambda: editor.materials_model.index(last, MaterialsEditModel.NAME).data() == "百岁老人证明",
                    timeout=1000)
    click(qtbot, editor.up_button)
    click_row(qtbot, editor.materials_view, 0, MaterialsEditModel.NAME)
    click(qtbot, editor.remove_button)
    click(qtbot, editor.save_button)

    saved = current(workspace, "MZ-004")
    assert saved.version == 2
    names = [m.name for m in saved.item.materials]
    assert names == names_before[1:-1] + ["百岁老人证明", names_before[-1]]
    added = saved.item.materials[-2]
    assert (added.code, added.required, added.tolerable, added.copies) == ("07", True, False, 1)


def test_a_new_item_is_written_in_the_editor(qtbot, admin_dialog, workspace, type_text):
    page = admin_dialog.catalogue_page
    click(qtbot, page.new_button)
    editor = page.editor
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=1000)
    qtbot.keyClicks(editor.code, "MZ-100")
    type_text(editor.name, "百岁老人长寿补贴")
    type_text(editor.department, "镇人民政府")
    type_text(editor.result_name, "补贴发放通知")
    type_text(editor.fees, "不收费")
    click_row(qtbot, editor.materials_view, 0, MaterialsEditModel.NAME)
    qtbot.keyClick(editor.materials_view, Qt.Key.Key_F2)
    type_text(QApplication.focusWidget(), "户口簿")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.materials_model.index(0, MaterialsEditModel.NAME).data() == "户口簿", timeout=1000)
    with qtbot.waitSignal(admin_dialog.catalogue_changed, timeout=1000):
        click(qtbot, editor.save_button)

    stored = current(workspace, "MZ-100")
    assert (stored.version, stored.item.name, stored.item.promised_days) == (1, "百岁老人长寿补贴", 10)
    assert [m.name for m in stored.item.materials] == ["户口簿"]
    assert page.selected_code() == "MZ-100"


def test_closing_the_editor_with_changes_asks_first(qtbot, admin_dialog):
    editor = open_item(qtbot, admin_dialog, "MZ-004")
    retype(qtbot, editor.name, "Elderly allowance")
    click(qtbot, editor.close_button)
    assert editor.isVisible() and editor.discard_bar.isVisible()
    click(qtbot, editor.discard_button)
    assert not editor.isVisible()


def test_a_broken_workbook_is_refused_with_its_cells_and_nothing_is_imported(qtbot, admin_dialog, workspace, tmp_path,
                                                                            choose_file):
    path = write_catalogue_xlsx([s.item for s in catalogue_service.current_items(workspace)], tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    materials = workbook["材料"]
    header = [c.value for c in materials[1]]
    materials.cell(5, header.index("份数") + 1).value = "两份"
    items = workbook["事项"]
    item_header = [c.value for c in items[1]]
    items.cell(3, item_header.index("承诺办结时限（工作日）") + 1).value = "十天"
    workbook.save(path)
    before = version_count(workspace)

    choose_file(path)
    page = admin_dialog.catalogue_page
    click(qtbot, page.import_button)

    assert page.problems_box.isVisible()
    rows = [[page.problems_model.index(r, c).data() for c in range(3)]
            for r in range(page.problems_model.rowCount())]
    assert rows == [["事项", "3", "承诺办结时限（工作日）"], ["材料", "5", "份数"]]
    assert page.problems_model.index(1, ProblemsModel.MESSAGE).data() == "“份数” should be a whole number, not “两份”"
    assert "Nothing was imported" in page.message.text()
    assert version_count(workspace) == before


def test_an_import_runs_off_the_gui_thread_and_the_window_waits_for_it(qtbot, workspace, staff, tmp_path):
    path = write_catalogue_xlsx([s.item for s in catalogue_service.current_items(workspace)], tmp_path / "c.xlsx")
    dialog = AdminDialog(workspace, staff.admin, today=TODAY)  # with its own background worker
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.catalogue_page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 28, timeout=5000)

    page.import_file(path)
    assert page.busy.isVisible() and not page.import_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible() and "Please wait" in dialog.message.text()

    qtbot.waitUntil(lambda: not page.tasks.busy, timeout=10000)
    assert page.message.text() == "Imported “c.xlsx”: 0 added, 0 updated, 28 unchanged."
    assert page.import_button.isEnabled() and not page.busy.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_good_json_file_is_imported_and_the_summary_shown(qtbot, admin_dialog, workspace, tmp_path, choose_file):
    items = [s.item for s in catalogue_service.current_items(workspace)]
    changed = [item.__class__(**{**item.__dict__, "promised_days": 15}) if item.code == "MZ-001" else item
               for item in items]
    extra = items[0].__class__(**{**current(workspace, "MZ-004").item.__dict__, "code": "MZ-099",
                                  "name": "百岁老人长寿补贴"})
    path = write_catalogue_json(changed + [extra], tmp_path / "catalogue.json")

    choose_file(path)
    page = admin_dialog.catalogue_page
    with qtbot.waitSignal(admin_dialog.catalogue_changed, timeout=1000):
        click(qtbot, page.import_button)

    assert page.message.text() == "Imported “catalogue.json”: 1 added, 1 updated, 27 unchanged."
    assert not page.problems_box.isVisible()
    assert "MZ-099" in shown(page.items_view, ItemsModel.CODE)
    assert current(workspace, "MZ-001").version == 2 and current(workspace, "MZ-099").version == 1


def test_the_catalogue_is_exported_to_a_workbook(qtbot, admin_dialog, tmp_path, choose_file):
    target = tmp_path / "out" / "清单.xlsx"
    choose_file(target, kind="save")
    click(qtbot, admin_dialog.catalogue_page.export_button)
    read = read_catalogue_file(target)
    assert read.ok and len(read.items) == 28
    assert str(target) in admin_dialog.catalogue_page.message.text()


# -- officers --------------------------------------------------------------------------------


def officer_row(ws, username: str) -> dict:
    (row,) = [o for o in list_officers(ws) if o["username"] == username]
    return row


def select_officer(qtbot, page, username: str) -> None:
    click_row(qtbot, page.view, page.model.row_of(username))
    assert page.selected_username() == username


def test_an_officer_is_added_through_the_dialog(qtbot, admin_dialog, workspace, type_text):
    page = admin_dialog.show_page("officers")
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, AddOfficerDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "wangwu")
    type_text(dialog.display_name, "王五")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
    qtbot.keyClicks(dialog.password, "goodpass1")
    qtbot.keyClicks(dialog.password_again, "goodpass2")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.problem.text() == "The two passwords are not the same."

    retype(qtbot, dialog.password_again, "goodpass1")
    with qtbot.waitSignal(admin_dialog.officers_changed, timeout=1000):
        click(qtbot, dialog.ok_button)

    assert not dialog.isVisible()
    assert officer_row(workspace, "wangwu") == {"username": "wangwu", "display_name": "王五", "role": "supervisor",
                                                "active": True, "locked": False}
    assert authenticate(workspace, "wangwu", "goodpass1").role is Role.SUPERVISOR
    assert page.selected_username() == "wangwu"
    assert "Added 王五 (wangwu)" in page.message.text()


def test_a_name_already_taken_is_refused_in_the_dialog(qtbot, admin_dialog, workspace):
    page = admin_dialog.show_page("officers")
    click(qtbot, page.add_button)
    dialog = page.dialog
    qtbot.keyClicks(dialog.username, "clerk")
    qtbot.keyClicks(dialog.password, "goodpass1")
    qtbot.keyClicks(dialog.password_again, "goodpass1")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.problem.text() == "The user name “clerk” is taken"
    assert len(list_officers(workspace)) == 3


def test_role_password_and_deactivation(qtbot, admin_dialog, workspace):
    page = admin_dialog.show_page("officers")
    select_officer(qtbot, page, "boss")
    click(qtbot, page.role_button)
    page.dialog.role.setCurrentIndex(page.dialog.role.findData(Role.OFFICER.value))
    click(qtbot, page.dialog.ok_button)
    assert officer_row(workspace, "boss")["role"] == "officer"
    assert page.message.text() == "李主管 is now Window officer."

    for _ in range(5):
        with pytest.raises(OfficerError):
            authenticate(workspace, "clerk", "wrong-password")
    page.reload()
    assert shown(page.view, OfficersModel.LOCKED)[page.model.row_of("clerk")] == "Locked"
    select_officer(qtbot, page, "clerk")
    click(qtbot, page.password_button)
    qtbot.keyClicks(page.dialog.password, "newpass123")
    qtbot.keyClicks(page.dialog.password_again, "newpass123")
    click(qtbot, page.dialog.ok_button)
    assert officer_row(workspace, "clerk")["locked"] is False
    assert shown(page.view, OfficersModel.LOCKED)[page.model.row_of("clerk")] == ""
    assert authenticate(workspace, "clerk", "newpass123").username == "clerk"

    assert page.active_button.text() == "Deactivate"
    click(qtbot, page.active_button)
    assert officer_row(workspace, "clerk")["active"] is False
    assert page.active_button.text() == "Reactivate"
    with pytest.raises(OfficerError):
        authenticate(workspace, "clerk", "newpass123")
    click(qtbot, page.active_button)
    assert officer_row(workspace, "clerk")["active"] is True


def test_an_admin_cannot_demote_or_deactivate_themself(qtbot, admin_dialog, workspace):
    page = admin_dialog.show_page("officers")
    select_officer(qtbot, page, "admin")
    click(qtbot, page.active_button)
    assert page.message.tone == "error" and page.message.text() == "You cannot deactivate your own account"
    click(qtbot, page.role_button)
    page.dialog.role.setCurrentIndex(page.dialog.role.findData(Role.SUPERVISOR.value))
    click(qtbot, page.dialog.ok_button)
    assert page.dialog.isVisible() and page.dialog.problem.text() == "You cannot remove your own administrator role"
    assert officer_row(workspace, "admin") == {"username": "admin", "display_name": "张管理", "role": "admin",
                                               "active": True, "locked": False}


# -- settings --------------------------------------------------------------------------------


def test_a_bad_number_format_shows_why_and_is_not_saved(qtbot, admin_dialog, workspace):
    page = admin_dialog.show_page("settings")
    before = workspace.settings()
    retype(qtbot, page.number_format, "{short}-{year}")
    assert page.preview_text() == "The number format must contain the serial {serial}, or numbers would repeat"
    click(qtbot, page.save_button)
    assert page.message.tone == "error" and "must contain the serial {serial}" in page.message.text()
    retype(qtbot, page.number_format, "{short}{year[0]}{code}{serial}")
    assert "The number format “{short}{year[0]}{code}{serial}” is not valid" in page.preview_text()
    click(qtbot, page.save_button)
    assert workspace.settings() == before


def test_a_good_number_format_is_previewed_with_the_next_serial_and_saved(qtbot, open_admin, workspace, staff,
                                                                         type_text):
    received = tuple(m.code for m in current(workspace, "CL-001").item.materials)
    cases.intake(workspace, staff.clerk, IntakeRequest("CL-001", APPLICANT, received), TODAY)
    dialog = open_admin(staff.admin)  # opened after the first case of 2026
    page = dialog.show_page("settings")

    page.number_format.selectAll()
    type_text(page.number_format, "{short}受字第{year}-{code}{serial:05d}号")
    assert page.preview_text() == "某镇受字第2026-0100002号"
    qtbot.keyClicks(page.address, " Road 1")
    retype(qtbot, page.due_soon_days, "3")
    page.stub_copy.click()
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        click(qtbot, page.save_button)

    saved = workspace.settings()
    assert saved.number_format == "{short}受字第{year}-{code}{serial:05d}号"
    assert (saved.address, saved.due_soon_days, saved.stub_copy) == ("青石县某镇人民路18号 Road 1", 3, False)
    assert page.message.text() == "Settings saved."
    another = ApplicantInput("person", "李四", "110105194912310046", "13800138001")
    second = cases.intake(workspace, staff.clerk, IntakeRequest("CL-001", another, received), TODAY)
    assert second.state.number == "某镇受字第2026-0100002号"


def test_a_refused_setting_is_shown_beside_the_form(qtbot, admin_dialog, workspace):
    page = admin_dialog.show_page("settings")
    page.centre_name.clear()
    with qtbot.assertNotEmitted(admin_dialog.settings_changed):
        click(qtbot, page.save_button)
    assert page.message.tone == "error" and "name and short name cannot be empty" in page.message.text()
    assert workspace.settings().centre_name == "某镇便民服务中心"


# -- calendar --------------------------------------------------------------------------------


def write_year(tmp_path: Path, data: dict, name: str = "2027.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_next_year_is_missing_from_the_first_of_december(workspace):
    assert not workspace.calendar.next_year_due(dt.date(2026, 11, 30))
    assert workspace.calendar.next_year_due(dt.date(2026, 12, 1))
    assert not workspace.calendar.next_year_due(dt.date(2025, 12, 1))


def test_a_bad_calendar_file_shows_its_problems_and_changes_nothing(qtbot, open_admin, staff, workspace, tmp_path,
                                                                   choose_file):
    dialog = open_admin(staff.admin, dt.date(2026, 12, 3))
    page = dialog.show_page("calendar")
    bad = {**NEW_YEAR_2027, "workdays": [{"name": "春节", "dates": ["2027-02-17", "2026-02-28"]}]}
    choose_file(write_year(tmp_path, bad))
    with qtbot.assertNotEmitted(dialog.calendar_changed):
        click(qtbot, page.import_button)

    problems = page.problems_model.stringList()
    assert "The swapped working day 17 Feb 2027 (春节) is a weekday: it is a working day anyway" in problems
    assert "The swapped working day 28 Feb 2026 (春节) is not in 2027" in problems
    assert page.problems_box.isVisible() and "unchanged" in page.message.text()
    assert not workspace.calendar.covers(2027) and not workspace.paths.calendar.joinpath("2027.json").exists()
    assert page.note.isVisible()


def test_a_good_year_is_covered_and_deadlines_are_recomputed(qtbot, open_admin, staff, workspace, tmp_path,
                                                            choose_file):
    accepted_on = dt.date(2026, 12, 28)
    received = tuple(m.code for m in current(workspace, "MZ-001").item.materials)
    case = cases.intake(workspace, staff.clerk, IntakeRequest("MZ-001", APPLICANT, received), accepted_on)
    before = queries.list_cases(workspace, queries.CaseFilter(search=case.state.number), accepted_on)[0]
    assert before.countdowns["completion"].deadline == dt.date(2027, 1, 25)  # 1 January counted as a Friday
    assert not before.countdowns["completion"].confirmed

    dialog = open_admin(staff.admin, dt.date(2026, 12, 3))
    page = dialog.show_page("calendar")
    assert page.note.isVisible() and "2027" in page.note.text()
    choose_file(write_year(tmp_path, NEW_YEAR_2027))
    with qtbot.waitSignal(dialog.calendar_changed, timeout=1000):
        click(qtbot, page.import_button)

    assert workspace.calendar.covers(2027)
    assert shown(page.view, CalendarModel.YEAR)[0] == "2027"
    assert shown(page.view, CalendarModel.ORIGIN)[0] == "Imported"
    assert not page.note.isVisible() and not page.problems_box.isVisible()
    assert "recomputed" in page.message.text()
    after = queries.list_cases(workspace, queries.CaseFilter(search=case.state.number), accepted_on)[0]
    assert after.countdowns["completion"].deadline == dt.date(2027, 1, 26)
    assert after.countdowns["completion"].confirmed


# -- the item models -------------------------------------------------------------------------


def test_every_item_model_passes_the_model_tester(qtmodeltester, workspace, staff, qapp):
    stored = catalogue_service.current_items(workspace)

    items = ItemsModel()
    items.set_items(stored)
    qtmodeltester.check(items)
    proxy = ItemFilter()
    proxy.setSourceModel(items)
    proxy.set_text("MZ")
    qtmodeltester.check(proxy)

    versions = VersionsModel()
    versions.set_versions(stored[:3])
    qtmodeltester.check(versions)

    materials = MaterialsEditModel([m.to_dict() for m in stored[0].item.materials])
    materials.add_row(2)
    materials.move_row(3, -1)
    materials.remove_row(0)
    materials.set_problems({1: ["问题"]})
    qtmodeltester.check(materials)

    officers = OfficersModel()
    officers.set_officers(list_officers(workspace))
    qtmodeltester.check(officers)

    calendar = CalendarModel()
    calendar.set_years(workspace.calendar.covered_years)
    qtmodeltester.check(calendar)

    problems = ProblemsModel()
    problems.set_problems(read_catalogue_file(Path("missing.json")).problems)
    qtmodeltester.check(problems)


# -- backup and restore -------------------------------------------------------------------------


def test_backup_and_restore_in_the_window(qtbot, open_admin, staff, workspace, monkeypatch):
    """Finding 8: a message pointed to 管理 → 备份, but the window had no backup or restore."""
    dialog = open_admin(staff.admin)
    page = dialog.show_page("backup")
    before = page.model.rowCount()
    click(qtbot, page.backup_button)
    assert page.model.rowCount() == before + 1
    assert "Backed up" in page.message.text()
    backup_file = Path(page.model.index(0, 0).data(page.model.PathRole))

    applicant = ApplicantInput("person", "李四", "110105194912310046", "13800138001")
    received = tuple(m.code for m in current_items(workspace)[0].item.materials)
    later = cases.intake(workspace, staff.clerk, IntakeRequest(current_items(workspace)[0].item.code, applicant,
                                                               received), TODAY)

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    page.table.selectRow(0)
    click(qtbot, page.restore_button)
    assert len(asked) == 1 and cases.get_case(workspace, later.state.uuid, TODAY)  # said no: nothing changed

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    # The administrator signs in against the backup's own officers, as `admin restore` asks.
    typed = iter([("not-the-password", True), ("secret123", True)])  # the admin's password in the backup
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(typed))
    click(qtbot, page.restore_button)
    assert page.message.tone == "error" and cases.get_case(workspace, later.state.uuid, TODAY)  # wrong: unchanged
    with qtbot.waitSignal(dialog.restored, timeout=5000) as signal:
        click(qtbot, page.restore_button)
    saved = Path(signal.args[0])
    assert saved.name.startswith("before-restore-") and saved.is_file()
    reopened = Workspace.open(workspace.paths, daily_backup=False)
    try:
        with pytest.raises(cases.CaseRefused):
            cases.get_case(reopened, later.state.uuid, TODAY)  # the case logged after the backup is gone
    finally:
        reopened.close()
    assert not page.backup_button.isEnabled() and "start the program again" in page.message.text()
    assert "新的事件链" in page.message.text()  # numbers given before the restore are not given again
    assert backup_file.is_file()


def test_a_damaged_file_is_not_restored(qtbot, open_admin, staff, workspace, monkeypatch, tmp_path, choose_file):
    dialog = open_admin(staff.admin)
    page = dialog.show_page("backup")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    choose_file(bad)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, page.restore_file_button)
    assert page.message.tone == "error" and "nothing was changed" in page.message.text()
    assert list_officers(workspace)  # the database is still there and readable


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_on_the_hub_the_backup_page_says_pg_dump_and_offers_nothing_else(qtbot, open_admin, staff, workspace):
    page = open_admin(staff.admin).show_page("backup")
    shown = " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisible())
    assert "pg_dump -Fc" in shown and "pg_restore" in shown
    assert not any(b.isVisible() for b in (page.backup_button, page.restore_button, page.restore_file_button))
    assert not any(workspace.paths.backups.iterdir())
