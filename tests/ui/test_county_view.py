"""The county view and the 通报 screen, at a hub fed by three townships' packages."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.paths import DataPaths
from app.services import bulletin, county, queries
from app.services.officers import find_actor
from app.services.workspace import Workspace
from app.ui.bulletin_dialog import NEWEST, TOWNSHIP, BulletinDialog
from app.ui.county_view import TOWNSHIP_COLUMN, CountyWindow
from county_helpers import build_county

TODAY = dt.date(2026, 11, 20)
SMALL = {  # fewer cases than the command-line test: the screens need only some of each kind
    "qs1": ("青山镇便民服务中心", "社会事务窗口", "01", 40, 3),
    "qs2": ("青山镇便民服务中心", "民政窗口", "02", 30, 4),
    "bs": ("白沙镇便民服务中心", "综合窗口", "11", 40, 5),
    "sm": ("石门乡便民服务中心", "综合窗口", "21", 30, 6),
}
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture(scope="module")
def county_template(tmp_path_factory) -> Path:
    return build_county(tmp_path_factory.mktemp("county-ui"), SMALL)


@pytest.fixture
def folders(county_template, tmp_path) -> Path:
    shutil.copytree(county_template, tmp_path / "c")
    return tmp_path / "c"


@pytest.fixture
def hub_ws(folders):
    ws = Workspace.open(DataPaths(folders / "hub"), daily_backup=False)
    yield ws
    ws.close()


def test_the_main_window_offers_the_county_view_only_at_a_hub(qtbot, folders, hub_ws, sync_worker):
    from app.ui.main_window import MainWindow

    window = MainWindow(hub_ws, find_actor(hub_ws, "admin"), worker=sync_worker, today=TODAY)
    qtbot.addWidget(window)
    assert window.county_menu.county_action.isVisible() and window.county_menu.bulletin_action.isVisible()
    ws = Workspace.open(DataPaths(folders / "qs1"), daily_backup=False)
    try:
        township = MainWindow(ws, find_actor(ws, "admin"), worker=sync_worker, today=TODAY)
        qtbot.addWidget(township)
        assert not township.county_menu.county_action.isVisible()
    finally:
        ws.close()
    opened = window.county_menu.open_county()
    assert isinstance(opened, CountyWindow) and window.county_menu.open_county() is opened  # one, raised again


def _shown_townships(w: CountyWindow) -> set[str]:
    return {w.model.data(w.model.index(r, TOWNSHIP_COLUMN)) for r in range(w.model.rowCount())}


def test_the_county_view_filters_by_township_searches_all_and_names_the_stale(qtbot, hub_ws, sync_worker):
    w = CountyWindow(hub_ws, TODAY, worker=sync_worker)
    qtbot.addWidget(w)
    labels = [w.township_combo.itemText(i) for i in range(w.township_combo.count())]
    assert labels[0] == "All townships"
    assert any(label.startswith("石门乡便民服务中心（21）") and "no recent package" in label for label in labels)
    assert w.stale_label.isVisibleTo(w) and "石门乡便民服务中心" in w.stale_label.text()
    assert "白沙镇" not in w.stale_label.text()
    everywhere = queries.list_cases(hub_ws, queries.CaseFilter(open_only=True), TODAY)
    assert w.model.rowCount() == len(everywhere)
    assert _shown_townships(w) >= {"青山镇便民服务中心", "白沙镇便民服务中心", "石门乡便民服务中心"}
    # the same countdown badges as the work list
    assert w.table.itemDelegateForColumn(1).__class__.__name__ == "BadgeDelegate"

    w.township_combo.setCurrentIndex(w.township_combo.findData("石门乡便民服务中心"))
    assert _shown_townships(w) == {"石门乡便民服务中心"}
    stale = w.model.index(0, TOWNSHIP_COLUMN)
    assert w.model.data(stale, Qt.ItemDataRole.ForegroundRole) is not None
    w.open_only.setCurrentIndex(1)  # all cases of the township, closed ones too
    (sm,) = [t for t in county.township_statuses(hub_ws, TODAY) if t.name == "石门乡便民服务中心"]
    assert w.model.rowCount() == len(queries.list_cases(hub_ws, queries.CaseFilter(stations=sm.stations), TODAY))

    w.township_combo.setCurrentIndex(0)
    someone = queries.list_cases(hub_ws, queries.CaseFilter(stations=sm.stations), TODAY)[0]
    w.search.setText(someone.number)
    w.refresh()
    assert w.model.rowCount() == 1 and w.model.case_uuid(0) == someone.uuid
    with qtbot.waitSignal(w.open_case) as opened:
        w.table.doubleClicked.emit(w.model.index(0, 0))
    assert opened.args == [someone.uuid]


def test_the_bulletin_screen_shows_the_ranking_and_saves_the_same_files(qtbot, hub_ws, sync_worker, tmp_path):
    d = BulletinDialog(hub_ws, TODAY, worker=sync_worker)
    qtbot.addWidget(d)
    assert not d.pdf_button.isEnabled()  # nothing to save before it is made
    d.show_button.click()
    made = bulletin.build(hub_ws, "week", TODAY, TODAY)
    assert d.model.rowCount() == len(made.lines) == 3
    shown = [d.model.data(d.model.index(r, TOWNSHIP)) for r in range(3)]
    assert shown == [line.township.name for line in made.lines]
    first = made.lines[0]
    assert d.model.data(d.model.index(0, 2)) == f"{first.now.received} ({first.before.received})"
    stale_row = shown.index("石门乡便民服务中心")
    assert d.model.data(d.model.index(stale_row, NEWEST)) == "2026-11-12"
    assert d.model.data(d.model.index(stale_row, TOWNSHIP), Qt.ItemDataRole.ForegroundRole) is not None
    assert "2026-11-16" not in d.heading.text() and "11月16日" in d.heading.text()

    assert d.overdue_model.rowCount() == made.total.overdue  # all townships until one is picked
    d.table.selectRow(stale_row)
    assert d.overdue_model.rowCount() == made.lines[stale_row].now.overdue
    assert {c.township for c in d.overdue_model.cases} <= {"石门乡便民服务中心"}

    d.save(".xlsx", str(tmp_path / "通报"))
    out = tmp_path / "通报.xlsx"
    assert out.is_file() and d.message.tone == "success"
    assert openpyxl.load_workbook(out)["通报"].cell(5, 2).value == made.lines[0].township.name
    inside = hub_ws.paths.root / "通报.pdf"
    d.save(".pdf", str(inside))
    assert not inside.exists() and d.message.tone == "error"

    d.month_radio.setChecked(True)
    d.show_button.click()
    assert "Monthly bulletin" in d.heading.text() and "2026年11月" in d.heading.text()


def test_the_county_view_moves_to_the_new_day_at_midnight(qtbot, hub_ws, sync_worker):
    """The county view counted from the day it was opened, all night and the next day."""
    from app.ui.main_window import MainWindow

    window = MainWindow(hub_ws, find_actor(hub_ws, "admin"), worker=sync_worker)
    qtbot.addWidget(window)
    opened = window.county_menu.open_county()
    assert opened.today == window.today
    hub_ws.clock.fixed_ms = hub_ws.clock.now_ms() + 24 * 3600 * 1000
    try:
        tomorrow = hub_ws.clock.today()
        window.check_day()
        assert opened.today == tomorrow
        assert opened.model.today == tomorrow
    finally:
        hub_ws.clock.fixed_ms = None
