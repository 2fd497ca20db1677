"""The main window as an officer sees it: counts, filters, search, opening cases, banners."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from app.domain.deadlines import State
from app.services import cases
from app.services.queries import CaseFilter, counts, list_cases
from app.ui.badges import CountdownRole
from app.ui.worklist_model import APPLICANT, COMPLETION, NUMBER, STATUS, SUPPLY

TODAY = dt.date(2026, 11, 20)  # the day the demo data is judged on (tests/ui/conftest.py)
ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def show_active(qtbot, window) -> None:
    """Shown and active, as on a desk: shortcuts only reach the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def shown_uuids(window) -> list[str]:
    return [window.model.case_uuid(r) for r in range(window.model.rowCount())]


def test_counts_at_the_top_match_the_service(main_window, demo_ws):
    expected = counts(demo_ws, TODAY)
    tiles = main_window.tiles
    assert tiles.value("overdue") == str(expected.overdue)
    assert tiles.value("due_today") == str(expected.due_today)
    assert tiles.value("due_soon") == str(expected.due_soon)
    assert tiles.value("awaiting_materials") == str(expected.awaiting_materials)
    assert tiles.value("open_total") == str(expected.open_total)
    assert expected.open_total > 0


def test_the_list_holds_every_open_case_most_urgent_first(main_window, demo_ws):
    expected = list_cases(demo_ws, CaseFilter(open_only=True), TODAY)
    assert shown_uuids(main_window) == [c.uuid for c in expected]
    assert main_window.result_label.text() == f"{len(expected)} case(s) shown"
    first = main_window.model.summary_at(0)
    assert first.urgency[0] == 0  # an overdue case is on top


def test_window_title_names_the_product_centre_and_window(main_window):
    title = main_window.windowTitle()
    assert "Convenience Service Window Intake System" in title
    assert "青山镇便民服务中心" in title and "综合受理窗口" in title


def test_signed_in_officer_is_shown(main_window):
    assert "张丽" in main_window.officer_label.text()
    assert "zhangli" in main_window.status_officer.text()


def test_typing_in_the_search_box_filters_the_list(qtbot, main_window, type_text):
    model = main_window.model
    before = model.rowCount()
    name = model.data(model.index(before // 2, APPLICANT))
    refreshes = []
    main_window.refreshed.connect(lambda: refreshes.append(1))
    type_text(main_window.filters.search, name)
    qtbot.waitUntil(lambda: model.rowCount() < before, timeout=3000)
    assert all(name in model.data(model.index(r, APPLICANT)) for r in range(model.rowCount()))
    assert len(refreshes) == 1  # one query once the typing paused, not one per key


def test_search_finds_a_case_number_and_an_id_tail(qtbot, main_window):
    model = main_window.model
    case = model.summary_at(3)
    serial = case.number[-5:-1]
    qtbot.keyClicks(main_window.filters.search, serial)
    qtbot.waitUntil(lambda: model.rowCount() >= 1 and all(
        serial in model.data(model.index(r, NUMBER)) or serial in (model.summary_at(r).phone or "")
        or model.summary_at(r).id_masked.endswith(serial) for r in range(model.rowCount())), timeout=3000)
    assert case.uuid in shown_uuids(main_window)

    main_window.filters.search.clear()
    tail = case.id_masked[-4:]
    qtbot.keyClicks(main_window.filters.search, tail)
    qtbot.waitUntil(lambda: case.uuid in shown_uuids(main_window)
                    and model.rowCount() < len(list_cases(main_window.ws, CaseFilter(open_only=True), TODAY)),
                    timeout=3000)


def test_search_with_no_match_says_so(qtbot, main_window, type_text):
    type_text(main_window.filters.search, "查无此人")
    qtbot.waitUntil(lambda: main_window.model.rowCount() == 0, timeout=3000)
    assert main_window.list_stack.currentWidget() is main_window.empty_label
    assert "查无此人" in main_window.empty_label.text()


def test_clicking_the_overdue_tile_shows_the_overdue_cases(qtbot, main_window, demo_ws):
    qtbot.mouseClick(main_window.tiles.tiles["overdue"], Qt.MouseButton.LeftButton)
    model = main_window.model
    assert main_window.filters.state_combo.currentText() == "Overdue"
    assert model.rowCount() == counts(demo_ws, TODAY).overdue > 0
    for row in range(model.rowCount()):
        states = {model.data(model.index(row, c), CountdownRole)[1] for c in (SUPPLY, COMPLETION)}
        notice = model.summary_at(row).countdowns["notice"]
        assert State.OVERDUE in {cd.state for cd in states | {notice} if cd is not None}


def test_waiting_for_materials_matches_its_count(qtbot, main_window, demo_ws):
    qtbot.mouseClick(main_window.tiles.tiles["awaiting_materials"], Qt.MouseButton.LeftButton)
    model = main_window.model
    assert model.rowCount() == counts(demo_ws, TODAY).awaiting_materials > 0
    assert {model.data(model.index(r, STATUS)) for r in range(model.rowCount())} <= {
        "Awaiting materials", "Tolerant acceptance"}


def test_item_filter_keeps_only_that_item(main_window):
    model = main_window.model
    item_name = model.data(model.index(0, 3))
    combo = main_window.filters.item_combo
    combo.setCurrentIndex(combo.findText(item_name))
    assert model.rowCount() >= 1
    assert {model.data(model.index(r, 3)) for r in range(model.rowCount())} == {item_name}


def test_all_cases_includes_closed_ones(main_window, demo_ws):
    open_count = main_window.model.rowCount()
    combo = main_window.filters.state_combo
    combo.setCurrentIndex(combo.findData("all"))
    assert main_window.model.rowCount() == len(list_cases(demo_ws, CaseFilter(), TODAY)) > open_count


class RecordingCaseView(QDialog):
    """Stands in for the case view: records how it was opened, has its signals."""

    changed = Signal(str)
    print_requested = Signal(str, list)
    reprint_requested = Signal(str, str)
    opened: list[tuple] = []

    def __init__(self, ws, actor, case_uuid, today, parent=None, **_kw) -> None:
        super().__init__(parent)
        RecordingCaseView.opened.append((ws, actor, case_uuid, today))


@pytest.fixture
def recording_case_view(monkeypatch):
    import app.ui.case_view

    RecordingCaseView.opened = []
    monkeypatch.setattr(app.ui.case_view, "CaseViewDialog", RecordingCaseView)
    return RecordingCaseView


def test_enter_opens_the_selected_case_for_the_current_officer(qtbot, main_window, recording_case_view, officer):
    show_active(qtbot, main_window)
    main_window.table.selectRow(4)
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Return)
    ws, actor, case_uuid, today = recording_case_view.opened[-1]
    assert (ws, actor, case_uuid, today) == (main_window.ws, officer, main_window.model.case_uuid(4), TODAY)


def test_double_click_opens_the_case(qtbot, main_window, recording_case_view):
    main_window.show()
    rect = main_window.table.visualRect(main_window.model.index(2, NUMBER))
    viewport = main_window.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's first press
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert recording_case_view.opened[-1][2] == main_window.model.case_uuid(2)


def test_after_a_change_in_the_case_view_the_list_and_counts_follow(qtbot, main_window, recording_case_view,
                                                                    demo_ws, officer):
    model = main_window.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, STATUS)) == "Accepted")
    case_uuid = model.case_uuid(row)
    before = counts(demo_ws, TODAY).open_total
    main_window.open_case(case_uuid)
    dialog = main_window._open_dialogs[-1]
    # as the case view does it: on the window's worker, whose one ``changed`` signal says what changed
    main_window.worker.submit(lambda: cases.complete(demo_ws, officer, case_uuid, "approved", TODAY))
    dialog.accept()
    assert main_window.tiles.value("open_total") == str(before - 1)
    assert case_uuid not in shown_uuids(main_window)


def test_refresh_keeps_the_selected_case_selected(qtbot, main_window, demo_ws, officer):
    model = main_window.model
    main_window.table.selectRow(6)
    chosen = model.case_uuid(6)
    first = model.case_uuid(0)
    cases.add_note(demo_ws, officer, first, "电话提醒申请人补齐材料", TODAY)
    main_window.refresh_action.trigger()
    assert main_window.selected_uuid() == chosen


class RecordingIntake(QDialog):
    """Stands in for the intake dialog: records how it was opened, has its signals."""

    case_created = Signal(str)
    print_requested = Signal(str, list)
    opened: list[tuple] = []

    def __init__(self, ws, actor, today, parent=None, **_kw) -> None:
        super().__init__(parent)
        RecordingIntake.opened.append((actor, today))


class RecordingPrinter(QObject):
    """Stands in for the letter printer of the window."""

    recorded = Signal(str, str)
    asked: list[tuple] = []

    def __init__(self, ws, parent=None, *, worker=None) -> None:
        super().__init__(parent)

    def print_letters(self, actor, case_uuid, kinds, today, reprint=False):
        RecordingPrinter.asked.append((actor, case_uuid, list(kinds), today))
        self.recorded.emit(case_uuid, kinds[0])
        return kinds


@pytest.fixture
def recording_intake(monkeypatch):
    RecordingIntake.opened = []
    RecordingPrinter.asked = []
    import app.ui.intake
    import app.ui.printing

    monkeypatch.setattr(app.ui.intake, "IntakeDialog", RecordingIntake)
    monkeypatch.setattr(app.ui.printing, "LetterPrinter", RecordingPrinter)
    return RecordingIntake


def test_ctrl_n_opens_the_intake_for_the_current_officer(qtbot, main_window, recording_intake, officer):
    show_active(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert recording_intake.opened == [(officer, TODAY)]


def test_a_new_case_is_selected_and_its_letters_printed(qtbot, main_window, recording_intake, demo_ws, officer):
    main_window.new_intake()
    dialog = main_window._open_dialogs[-1]
    chosen = main_window.model.case_uuid(5)  # stands for the case the intake created
    dialog.case_created.emit(chosen)
    dialog.print_requested.emit(chosen, ["acceptance_notice"])
    dialog.accept()
    assert main_window.selected_uuid() == chosen
    qtbot.waitUntil(lambda: bool(RecordingPrinter.asked), timeout=2000)
    assert RecordingPrinter.asked == [(officer, chosen, ["acceptance_notice"], TODAY)]


def test_menus_show_their_shortcuts(main_window):
    assert main_window.new_intake_action.shortcut().toString() == "Ctrl+N"
    assert main_window.switch_action.shortcut().toString() == "Ctrl+L"
    assert main_window.refresh_action.shortcut().toString() == "F5"
    assert main_window.new_intake_action in main_window.file_menu.actions()


def test_administration_is_for_administrators_only(main_window, demo_ws):
    from app.services.officers import find_actor

    assert not main_window.catalogue_action.isEnabled()
    main_window.set_actor(find_actor(demo_ws, "admin"))
    assert main_window.catalogue_action.isEnabled()
    assert "系统管理员" in main_window.officer_label.text()


def test_the_list_moves_to_the_new_day_at_midnight(qtbot, demo_ws, officer, sync_worker):
    from app.ui.main_window import MainWindow

    window = MainWindow(demo_ws, officer, worker=sync_worker)
    qtbot.addWidget(window)
    now_ms = demo_ws.clock.now_ms()
    demo_ws.clock.fixed_ms = now_ms + 24 * 3600 * 1000
    try:
        tomorrow = demo_ws.clock.today()
        window.check_day()
        assert window.today == tomorrow
        assert window.model.today == tomorrow
        assert f"{tomorrow.day}" in window.date_label.text()
    finally:
        demo_ws.clock.fixed_ms = None


def test_a_clock_set_back_shows_a_banner_and_stops_intake(qtbot, demo_ws, officer, sync_worker):
    from app.ui.main_window import MainWindow

    demo_ws.clock.fixed_ms = demo_ws.clock.now_ms() - 3 * 24 * 3600 * 1000
    try:
        window = MainWindow(demo_ws, officer, worker=sync_worker)
        qtbot.addWidget(window)
        assert not window.clock_banner.isHidden()
        assert "is earlier than the newest saved record" in window.clock_banner.label.text()
        assert not window.new_intake_action.isEnabled()
    finally:
        demo_ws.clock.fixed_ms = None
    window.check_day()
    assert window.clock_banner.isHidden()
    assert window.new_intake_action.isEnabled()


def test_december_warns_when_next_year_has_no_holidays(qtbot, demo_ws, officer, sync_worker, main_window):
    from app.ui.main_window import MainWindow

    assert main_window.calendar_banner.isHidden()  # 20 November: no warning yet
    december = MainWindow(demo_ws, officer, worker=sync_worker, today=dt.date(2026, 12, 1))
    qtbot.addWidget(december)
    if demo_ws.calendar.covers(2027):
        assert december.calendar_banner.isHidden()
    else:
        assert not december.calendar_banner.isHidden()
        assert "2027" in december.calendar_banner.label.text()


def test_menus_are_english_with_lang_en_and_chinese_by_default(qtbot, demo_ws, officer, sync_worker, qapp):
    from app.cli.common import build_parser
    from app.ui.i18n import install_translators, remove_translators
    from app.ui.launch import interface_language
    from app.ui.main_window import MainWindow

    parser = build_parser()
    expected = {"en": ("&File", "&New intake…", "Materials due", "Convenience Service Window Intake System"),
                "zh_CN": ("文件(&F)", "新建收件(&N)…", "补正期限", "便民服务窗口受理系统")}
    for argv, lang in ((["--lang", "en"], "en"), ([], "zh_CN")):
        assert interface_language(parser.parse_args(argv)) == lang
        translators = install_translators(qapp, lang)
        try:
            window = MainWindow(demo_ws, officer, worker=sync_worker, today=TODAY)
            qtbot.addWidget(window)
            shown = (window.file_menu.title(), window.new_intake_action.text(),
                     window.model.headerData(0, Qt.Orientation.Horizontal), window.windowTitle())
        finally:
            remove_translators(qapp, translators)
        menu, action, header, title = expected[lang]
        assert shown[:3] == (menu, action, header)
        assert shown[3].startswith(title)


@pytest.mark.slow
def test_smoke_mode_renders_the_window_and_saves_a_png(tmp_path):
    shot = tmp_path / "main.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("APPROVAL_WINDOW_DATA", None)
    done = subprocess.run([sys.executable, "-m", "app", "--smoke", "--screenshot", str(shot)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 1000 and image.height() >= 600


@pytest.mark.slow
def test_smoke_mode_fails_with_a_reason(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    target = tmp_path / "not-a-folder"
    target.write_text("a file where a folder should be")
    done = subprocess.run([sys.executable, "-m", "app", "--smoke", "--screenshot", str(target / "x.png")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "冒烟测试失败" in done.stderr
    assert done.stdout.strip() != "ok"


def test_after_an_action_the_list_shows_its_most_urgent_rows_again(qtbot, main_window, recording_case_view,
                                                                   demo_ws, officer):
    """Finding 10: the list kept its scroll position, so the overdue rows at the top were out of sight."""
    main_window.resize(1024, 500)
    main_window.show()
    qtbot.waitExposed(main_window)
    bar = main_window.table.verticalScrollBar()
    last = main_window.model.rowCount() - 1
    case_uuid = main_window.model.case_uuid(last)
    main_window.table.selectRow(last)
    assert bar.value() > 0
    main_window.open_case(case_uuid)
    dialog = main_window._open_dialogs[-1]
    main_window.worker.submit(lambda: cases.add_note(demo_ws, officer, case_uuid, "已电话联系", TODAY))
    dialog.accept()
    assert bar.value() == 0
    assert main_window.selected_uuid() == case_uuid  # still selected, for Enter to open it again


def test_a_switch_of_officer_starts_from_the_top(qtbot, main_window, demo_ws):
    main_window.resize(1024, 500)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.table.selectRow(main_window.model.rowCount() - 1)
    assert main_window.table.verticalScrollBar().value() > 0
    from app.services.officers import find_actor

    main_window.set_actor(find_actor(demo_ws, "admin"))
    assert main_window.table.verticalScrollBar().value() == 0
    assert main_window.selected_uuid() is None


def test_qt_own_dialogs_are_chinese_by_default(qapp):
    """Finding 10: Qt's file dialogs said "Look in:" in the Chinese interface."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_f1_opens_the_chinese_manual(qtbot, main_window):
    show_active(qtbot, main_window)
    assert main_window.manual_action.shortcut().toString() == "F1"
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    manual = main_window._manual
    assert manual is not None and manual.isVisible()
    text = manual.browser.toPlainText()
    assert "容缺受理" in text and "备份与恢复" in text and "Ctrl+N" in text
