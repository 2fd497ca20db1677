"""管理 → 备份与恢复: take a backup now, see the backups, restore one.

Backing up runs on the worker. Restoring replaces the whole database, so it asks first
(No is the default), keeps the current database as a backup before anything changes,
and then the program must start again on the restored data: the page says so and
emits ``restored`` for the main window to close.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import maintenance, recovery
from app.services.maintenance import BackupInfo
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.ui.admin.feedback import MessageLine, PageTasks, problems_of
from app.ui.worker import Runner

ModelIndex = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    """The data folder's backups, newest first: when, what kind, how big, which file."""

    TAKEN, KIND, SIZE, FILE = range(4)
    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("File")][section]

    def kind_text(self, kind: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "before-migration": self.tr("Before an upgrade"),
            "before-restore": self.tr("Before a restore"),
            "manual": self.tr("Taken by hand"),
        }.get(kind, kind)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.PathRole:
            return str(row.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.TAKEN:
            return row.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        if column == self.KIND:
            return self.kind_text(row.kind)
        if column == self.SIZE:
            return self.tr("{0} KB").format(max(1, row.size // 1024))
        return row.path.name


class BackupPage(QWidget):
    """Back up now, the list of backups, and restore with the current database kept first."""

    restored = Signal(str)  # the backup the current database was saved as before the restore

    def __init__(self, ws: Workspace, actor: Actor, worker: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.tasks = PageTasks(worker, self)
        self.model = BackupsModel(self)
        self.message = MessageLine()

        intro = QLabel(self.tr("A backup is taken every day at start-up and before every upgrade. Restoring "
                               "replaces all the data of this computer with the backup; the data as it is now "
                               "is backed up first, so a restore can itself be undone."))
        intro.setWordWrap(True)
        folder = QLabel(self.tr("Backup folder: {0}").format(ws.paths.backups))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No backup yet."))

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            button.setAutoDefault(False)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.tasks.busy_changed.connect(lambda _busy: self._update_buttons())
        self.on_server = maintenance.backups_elsewhere(ws)
        if self.on_server is not None:  # the hub: pg_dump's job, said plainly instead of a dead page
            intro.setText(self.on_server)
            intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for widget in (folder, self.table, self.empty, self.backup_button, self.restore_button,
                           self.restore_file_button):
                widget.hide()
            return
        self.reload()

    def reload(self) -> None:
        self.model.set_backups(maintenance.list_backups(self.ws))
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def selected_path(self) -> Path | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return Path(self.model.index(index.row(), 0).data(BackupsModel.PathRole))

    def _update_buttons(self) -> None:
        idle = not self.tasks.busy
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected_path() is not None)
        self.restore_file_button.setEnabled(idle)

    def back_up(self) -> None:
        ws = self.ws
        self.message.show_message(self.tr("Backing up…"))
        self.tasks.run(lambda: maintenance.make_backup(ws), self._backed_up,
                       lambda exc: self.message.show_error("\n".join(problems_of(exc))))

    def _backed_up(self, path: Path) -> None:
        self.reload()
        self.message.show_success(self.tr("Backed up to {0}.").format(path.name))

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.restore(path)

    def restore_from_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup file"),
                                                      str(self.ws.paths.backups),
                                                      self.tr("Backups (*.sqlite3);;All files (*)"))
        if chosen:
            self.restore(Path(chosen))

    def confirm(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("All data of this computer will be replaced by the backup {0}. The data as it is now is "
                    "backed up first. The program closes afterwards and must be started again.").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_password(self, path: Path) -> str | None:
        """The administrator signs in against the backup's own officers, as on the command line."""
        password, ok = QInputDialog.getText(
            self, self.tr("Sign in to the backup"),
            self.tr("Password of administrator {0} as recorded in the backup {1}:").format(self.actor.username,
                                                                                        path.name),
            QLineEdit.EchoMode.Password)
        return password if ok and password else None

    def restore(self, path: Path) -> None:
        if not self.confirm(path):
            return
        report = recovery.inspect_backup(path)
        if report.problems:
            self.message.show_error("\n".join(problems_of(recovery.RestoreRefused(report.problems))))
            return
        password = self.ask_password(path)
        if password is None:
            return
        ws, username = self.ws, self.actor.username

        def work() -> recovery.Restored:
            ws.close()  # release the database before replacing it
            return recovery.restore_and_continue(ws.paths, path, username, password)

        self.message.show_message(self.tr("Restoring…"))
        self.tasks.run(work, self._restored, lambda exc: self.message.show_error("\n".join(problems_of(exc))))

    def _restored(self, done: recovery.Restored) -> None:
        self.message.show_success(done.summary() + self.tr(". Please start the program again."))
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            button.setEnabled(False)
        self.restored.emit(str(done.before) if done.before else "")
