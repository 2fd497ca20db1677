"""The administration window: catalogue, officers, centre settings and holiday calendar.

Only an administrator gets the pages; anyone else sees why and nothing is read or
changed. The window says what it changed through one signal per subject, so the main
window refreshes only that (the item list after a catalogue change, the deadlines after
a calendar import) instead of everything.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.officers import Actor
from app.services.workspace import Workspace
from app.ui.admin.backup_page import BackupPage
from app.ui.admin.calendar_page import CalendarPage
from app.ui.admin.catalogue_page import CataloguePage
from app.ui.admin.feedback import ADMIN_STYLE, MessageLine, PageTasks
from app.ui.admin.labels import role_text
from app.ui.admin.officers_page import OfficersPage
from app.ui.admin.settings_page import SettingsPage
from app.ui.geometry import GeometryKeeper
from app.ui.worker import Runner, Worker

PAGES = ("catalogue", "officers", "settings", "calendar", "backup")


class AdminDialog(QDialog):
    catalogue_changed = Signal()
    settings_changed = Signal()
    calendar_changed = Signal()
    officers_changed = Signal()
    restored = Signal(str)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None, *,
                 worker: Runner | None = None, today: dt.date | None = None, page: str = "catalogue") -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.today = today or ws.clock.today()
        self._own_worker = worker is None
        self.worker: Runner = worker if worker is not None else Worker(self)
        self.tabs: QTabWidget | None = None
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("adminDialog")
        self.setWindowTitle(self.tr("Administration"))
        self.setStyleSheet(ADMIN_STYLE)
        self.message = MessageLine()
        if actor.is_admin:
            self._build_pages()
            self.show_page(page)
            self.geometry_keeper = GeometryKeeper(self, ws.paths.root, "admin", QSize(1100, 700))
        else:
            self._build_refusal()
        self.finished.connect(self._release_worker)

    @property
    def refused(self) -> bool:
        return self.tabs is None

    def _build_refusal(self) -> None:
        self.refusal = QLabel(self.tr("Only an administrator can open the administration window. You are signed "
                                      "in as %1 (%2); ask an administrator to sign in.")
                              .replace("%1", self.actor.display_name).replace("%2", role_text(self.actor.role)))
        self.refusal.setObjectName("adminRefusal")
        self.refusal.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.refusal)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

    def _build_pages(self) -> None:
        self.catalogue_page = CataloguePage(self.ws, self.actor, self.worker)
        self.officers_page = OfficersPage(self.ws, self.actor, self.worker)
        self.settings_page = SettingsPage(self.ws, self.actor, self.worker, self.today)
        self.calendar_page = CalendarPage(self.ws, self.actor, self.worker, self.today)
        self.catalogue_page.changed.connect(self.catalogue_changed)
        self.officers_page.changed.connect(self.officers_changed)
        self.settings_page.changed.connect(self.settings_changed)
        self.calendar_page.changed.connect(self.calendar_changed)
        self.backup_page = BackupPage(self.ws, self.actor, self.worker)
        self.backup_page.restored.connect(self.restored)
        self.pages = {"catalogue": self.catalogue_page, "officers": self.officers_page,
                      "settings": self.settings_page, "calendar": self.calendar_page, "backup": self.backup_page}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.catalogue_page, self.tr("Service catalogue"))
        self.tabs.addTab(self.officers_page, self.tr("Officers"))
        # The settings form is the tallest page: it scrolls rather than push the window
        # past a 768-pixel screen.
        self.settings_scroll = QScrollArea(self)
        self.settings_scroll.setWidgetResizable(True)
        self.settings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_scroll.setWidget(self.settings_page)
        self.tabs.addTab(self.settings_scroll, self.tr("Centre settings"))
        self.tabs.addTab(self.calendar_page, self.tr("Holiday calendar"))
        self.tabs.addTab(self.backup_page, self.tr("Backup and restore"))

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addStretch()
        footer.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)

    def show_page(self, key: str) -> QWidget:
        if key not in PAGES:
            raise ValueError(f"unknown administration page {key!r}; expected one of {', '.join(PAGES)}")
        page = self.pages[key]
        assert self.tabs is not None
        self.tabs.setCurrentWidget(self.settings_scroll if page is self.settings_page else page)
        return page

    def busy(self) -> bool:
        return any(isinstance(tasks, PageTasks) and tasks.busy
                   for page in self.pages.values() for tasks in page.findChildren(PageTasks))

    def reject(self) -> None:
        """Not while an import or a recount is running: its result must be seen, and it must finish."""
        if self.busy():
            self.message.show_message(self.tr("Please wait until the current task has finished."))
            return
        super().reject()

    def _release_worker(self) -> None:
        if self._own_worker:
            self.worker.shutdown()
