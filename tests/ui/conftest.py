"""Qt fixtures: a data folder with demo cases, the officer signed in, the main window.

The demo folder is built once per test session and copied for each test, so every test
gets a fresh database in its own tmp_path without paying for the set-up again. Tests
judge countdowns on a fixed day so that what they see does not depend on the date.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from app.paths import DataPaths
from app.services.officers import Actor, find_actor
from app.services.workspace import Workspace

TODAY = dt.date(2026, 11, 20)
DEMO_CASES = 150


@dataclass(frozen=True)
class DemoTemplate:
    root: Path
    username: str
    password: str


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    from app.ui.launch import DEMO_OFFICER, build_demo_workspace

    root = tmp_path_factory.mktemp("demo-template") / "data"
    ws, officer, password = build_demo_workspace(DataPaths(root), TODAY, cases=DEMO_CASES)
    ws.close()
    assert officer.username == DEMO_OFFICER[0]
    return DemoTemplate(root, officer.username, password)


@pytest.fixture
def today() -> dt.date:
    """The day the demo data is judged on."""
    return TODAY


@pytest.fixture
def demo_paths(tmp_path: Path, demo_template: DemoTemplate, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    """A fresh copy of the demo data folder for this test."""
    monkeypatch.delenv("APPROVAL_WINDOW_DATA", raising=False)
    root = tmp_path / "data"
    shutil.copytree(demo_template.root, root)
    return DataPaths(root)


@pytest.fixture
def demo_ws(demo_paths: DataPaths) -> Iterator[Workspace]:
    ws = Workspace.open(demo_paths, daily_backup=False)
    yield ws
    ws.close()


@pytest.fixture
def officer(demo_ws: Workspace) -> Actor:
    """The demo window officer, as if signed in."""
    from app.ui.launch import DEMO_OFFICER

    return find_actor(demo_ws, DEMO_OFFICER[0])


@pytest.fixture
def officer_password(demo_template: DemoTemplate) -> str:
    return demo_template.password


@pytest.fixture
def sync_worker(qapp):
    from app.ui.worker import SyncWorker

    return SyncWorker()


@pytest.fixture
def main_window(qtbot, demo_ws: Workspace, officer: Actor, sync_worker):
    """The main window over the demo data on :data:`TODAY`, database work run at once."""
    from app.ui.main_window import MainWindow

    window = MainWindow(demo_ws, officer, worker=sync_worker, today=TODAY)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def type_text(qtbot):
    """Type as an officer does: Latin letters and digits key by key, Chinese through the IME.

    QTest cannot press a key for a Chinese character; a real officer's input method sends
    the committed characters to the widget as an input-method event, and so does this.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        widget.setFocus()
        run = ""
        for ch in text + "\0":
            if ch != "\0" and ch.isascii():
                run += ch
                continue
            if run:
                qtbot.keyClicks(widget, run)
                run = ""
            if ch != "\0":
                event = QInputMethodEvent()
                event.setCommitString(ch)
                QApplication.sendEvent(widget, event)

    return type_into


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The interface as ``--lang en`` sets it up (no translation installed); widgets are built inside it."""
    from PySide6.QtCore import QLocale

    from app.ui.i18n import install_translators

    before = QLocale()
    assert install_translators(qapp, "en") == []
    yield
    QLocale.setDefault(before)


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The shipped Chinese translation installed for one test (widgets built inside it)."""
    from PySide6.QtCore import QLocale

    from app.ui.i18n import install_translators, remove_translators

    before = QLocale()
    translators = install_translators(qapp, "zh_CN")
    assert translators, "no compiled translation found in resources/translations"
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(before)
