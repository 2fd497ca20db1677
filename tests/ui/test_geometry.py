"""Finding 3: every window fits a 1024×768 laptop screen and opens where it was left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

import app.ui.geometry as geometry
from app.services import queries
from app.services.officers import find_actor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def screen(monkeypatch):
    """A laptop screen's free area, less a 30-pixel task bar."""
    area = {"rect": QRect(0, 0, 1024, 738)}
    monkeypatch.setattr(geometry, "available_area", lambda _widget: area["rect"])
    return area


def windows(demo_ws, today, sync_worker):
    from app.ui.admin.admin_window import AdminDialog
    from app.ui.admin.item_editor import ItemEditorDialog
    from app.ui.case_view import CaseViewDialog
    from app.ui.intake import IntakeDialog
    from app.ui.main_window import MainWindow
    from app.services.catalogue import current_items

    admin = find_actor(demo_ws, "admin")
    main = MainWindow(demo_ws, admin, worker=sync_worker, today=today)
    case_uuid = queries.list_cases(demo_ws, queries.CaseFilter(), today)[0].uuid
    stored = current_items(demo_ws)[0]
    return {
        "main": main,
        "case view": CaseViewDialog(demo_ws, admin, case_uuid, today, main),
        "intake": IntakeDialog(demo_ws, admin, today, main),
        "admin": AdminDialog(demo_ws, admin, main, worker=sync_worker, today=today),
        "item editor": ItemEditorDialog(demo_ws, admin, stored, sync_worker, main),
    }


@pytest.mark.parametrize("width,height", [(1024, 738), (1366, 738), (1920, 1040)])
def test_every_window_fits_the_screen(qtbot, demo_ws, today, sync_worker, screen, width, height):
    screen["rect"] = QRect(0, 0, width, height)
    fit(qtbot, demo_ws, today, sync_worker, width, height)


def test_every_window_fits_a_small_screen_in_chinese(qtbot, demo_ws, today, sync_worker, screen, chinese):
    """Chinese, the officers' language, made the case view's row of buttons 1032 pixels wide."""
    screen["rect"] = QRect(0, 0, 1024, 738)
    fit(qtbot, demo_ws, today, sync_worker, 1024, 738)


def fit(qtbot, demo_ws, today, sync_worker, width: int, height: int) -> None:
    shown = windows(demo_ws, today, sync_worker)
    for name, window in shown.items():
        qtbot.addWidget(window)
        size, least = window.size(), window.minimumSizeHint().expandedTo(window.minimumSize())
        assert size.width() <= width and size.height() <= height, (name, size)
        assert least.width() <= width and least.height() <= height, (name, least)
    # The main window's natural size is 1280×800: smaller screens get it maximised.
    assert shown["main"].geometry_keeper.maximise == (height < 800)


def test_a_window_opens_at_the_size_it_was_left(qtbot, demo_ws, today, sync_worker, screen):
    from app.ui.case_view import CaseViewDialog

    case_uuid = queries.list_cases(demo_ws, queries.CaseFilter(), today)[0].uuid
    admin = find_actor(demo_ws, "admin")
    first = CaseViewDialog(demo_ws, admin, case_uuid, today)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(800, 580)  # the offscreen screen is 800 wide
    first.close()
    again = CaseViewDialog(demo_ws, admin, case_uuid, today)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (800, 580)

    screen["rect"] = QRect(0, 0, 800, 560)  # a smaller screen now: what was left no longer fits
    smaller = CaseViewDialog(demo_ws, admin, case_uuid, today)
    qtbot.addWidget(smaller)
    assert smaller.width() <= 800 and smaller.height() <= 560
