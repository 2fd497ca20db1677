"""The holiday calendar page: which years are known, and importing the next one.

The State Council publishes next year's holidays in November; until the year is
imported, deadlines in it are counted on weekends alone and marked unconfirmed. A
refused file changes nothing and lists every reason. An accepted one changes deadlines
already stored for open cases, so every case's deadlines are recomputed on the worker
(with a busy bar) before the main window is told the calendar changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import YearSchedule
from app.services.calendar_files import StoredCalendarError, import_year_by
from app.services.maintenance import rebuild
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.ui.admin.calendar_model import CalendarModel
from app.ui.admin.feedback import BusyIndicator, MessageLine, PageTasks, problems_of
from app.ui.worker import Runner
from app.ui.refusal_words import refusal_text

def import_and_reload(ws: Workspace, path: Path, by: Actor) -> YearSchedule:
    """Store the year (or refuse the file whole), then count with it from now on."""
    schedule = import_year_by(ws.paths, path, by)
    ws.reload_calendar()
    return schedule


class CalendarPage(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, actor: Actor, worker: Runner, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.today = today
        self.tasks = PageTasks(worker, self)
        self._build()
        self.tasks.busy_changed.connect(self._set_busy)
        self.show_years()

    def _build(self) -> None:
        self.import_button = QPushButton(self.tr("Import a year…"))
        self.import_button.setToolTip(self.tr("Import one year's holidays and make-up working days from a "
                                              ".json file"))
        self.import_button.clicked.connect(lambda: self.import_file())
        intro = QLabel(self.tr("Working days follow the State Council's holiday notice for each year. Years the "
                               "calendar does not know are counted on weekends only, and their deadlines are "
                               "marked as unconfirmed."))
        intro.setObjectName("adminHint")
        intro.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(intro, 1)
        bar.addWidget(self.import_button)

        self.note = QLabel()
        self.note.setObjectName("adminNote")
        self.note.setWordWrap(True)
        self.note.setContentsMargins(8, 6, 8, 6)
        self.note.hide()

        self.model = CalendarModel(self)
        self.view = QTableView()
        self.view.setObjectName("calendarYears")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CalendarModel.SOURCE, QHeaderView.ResizeMode.Stretch)

        self.problems_model = QStringListModel(self)
        self.problems_view = QListView()
        self.problems_view.setObjectName("calendarProblems")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setWordWrap(True)
        self.problems_view.setSpacing(3)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_box = QGroupBox(self.tr("Problems in the file"))
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problems_view)
        self.problems_box.hide()

        self.message = MessageLine()
        self.busy = BusyIndicator()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.problems_box, 1)
        layout.addWidget(self.view, 2)

    def show_years(self) -> None:
        self.model.set_years(self.ws.calendar.covered_years)
        if self.ws.calendar.next_year_due(self.today):
            self.note.setText(self.tr("The holidays of %1 are not in the calendar yet. Import the year as soon as "
                                      "the State Council publishes them: until then, deadlines in %1 are "
                                      "counted on weekends only.").replace("%1", str(self.today.year + 1)))
            self.note.show()
        else:
            self.note.hide()

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        if not busy:
            self.busy.stop()

    # -- importing ---------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a calendar year"), "",
                                                          self.tr("Calendar year (*.json)"))
            if not chosen:
                return
            path = Path(chosen)
        self.message.clear_message()
        self.problems_box.hide()
        self.busy.start(self.tr("Checking “%1”…").replace("%1", path.name))
        self.tasks.run(lambda: import_and_reload(self.ws, path, self.actor), self._imported,
                       lambda exc: self._refused(path, exc))

    def _refused(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, StoredCalendarError):  # the new year is stored; an older stored one is damaged
            self.show_years()
            self.message.show_error(refusal_text(exc))
            return
        self.problems_model.setStringList(problems_of(exc))
        self.problems_box.setTitle(self.tr("Problems in “%1”").replace("%1", path.name))
        self.problems_box.show()
        self.message.show_error(self.tr("The file was refused; the calendar is unchanged."))

    def _imported(self, schedule: YearSchedule) -> None:
        self.show_years()
        self.message.show_success(self.tr("The holidays of %1 were imported.").replace("%1", str(schedule.year)))
        self.busy.start(self.tr("Recomputing the deadlines of every case with the new calendar…"))
        self.tasks.run(lambda: rebuild(self.ws).cases, lambda count: self._rebuilt(schedule, count),
                       self._rebuild_failed)

    def _rebuilt(self, schedule: YearSchedule, count: int) -> None:
        self.message.show_success(self.tr("The holidays of %1 were imported and the deadlines of %2 cases "
                                          "recomputed.").replace("%1", str(schedule.year))
                                  .replace("%2", str(count)))
        self.changed.emit()

    def _rebuild_failed(self, exc: BaseException) -> None:
        self.message.show_error(self.tr("The year was imported, but the deadlines could not be recomputed: %1")
                                .replace("%1", "\n".join(problems_of(exc))))
        self.changed.emit()
