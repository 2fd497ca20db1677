"""The officers page: who may sign in at this station, and with which role.

Every change goes through the officers service, which refuses what must not happen (an
administrator removing their own rights, a short password, a name already taken); the
refusal is shown where the admin is looking: in the small dialog that asked for the
values, or on the page. Password hashing is slow on purpose, so it runs on the worker.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.officers import Actor, Role, add_officer, list_officers, reset_password, set_active, set_role
from app.services.workspace import Workspace
from app.ui.admin.feedback import ADMIN_STYLE, MessageLine, PageTasks, problems_of
from app.ui.admin.labels import role_text
from app.ui.admin.officers_model import OfficersModel, UsernameRole
from app.ui.worker import Runner


class OfficerActionDialog(QDialog):
    """A few fields, and OK that runs the change: refused, it stays open and says why."""

    done = Signal(object)

    def __init__(self, tasks: PageTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ADMIN_STYLE)
        self.tasks = tasks
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def _password_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def task(self) -> Callable[[], Any] | None:
        """The change to run, or None after saying what is wrong with the input."""
        raise NotImplementedError

    def submit(self) -> None:
        self.problem.clear_message()
        task = self.task()
        if task is None:
            return
        self.ok_button.setEnabled(False)
        self.tasks.run(task, self._finished, self._refused)

    def _finished(self, result: Any) -> None:
        self.done.emit(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.problem.show_error("\n".join(problems_of(exc)))

    def reject(self) -> None:
        if not self.tasks.busy:
            super().reject()


def _role_box() -> QComboBox:
    box = QComboBox()
    for role in Role:
        box.addItem(role_text(role), role.value)
    return box


class AddOfficerDialog(OfficerActionDialog):
    def __init__(self, ws: Workspace, actor: Actor, tasks: PageTasks, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.setWindowTitle(self.tr("Add an officer"))
        self.ws, self.actor = ws, actor
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit()
        self.role = _role_box()
        self.password = self._password_field()
        self.password_again = self._password_field()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Name"), self.display_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.password_again)
        hint = QLabel(self.tr("The officer signs in with the user name; the name is printed on letters."))
        hint.setObjectName("adminHint")
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def task(self) -> Callable[[], Any] | None:
        if self.password.text() != self.password_again.text():
            self.problem.show_error(self.tr("The two passwords are not the same."))
            self.password_again.setFocus()
            return None
        username, display = self.username.text().strip(), self.display_name.text().strip()
        role, password = Role(self.role.currentData()), self.password.text()
        return lambda: add_officer(self.ws, self.actor, username, display, role, password)


class RoleDialog(OfficerActionDialog):
    def __init__(self, ws: Workspace, actor: Actor, officer: dict[str, Any], tasks: PageTasks,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.setWindowTitle(self.tr("Change role"))
        self.ws, self.actor, self.officer = ws, actor, officer
        self.role = _role_box()
        self.role.setCurrentIndex(max(self.role.findData(officer["role"]), 0))
        self.form.addRow(self.tr("Officer"), QLabel(f"{officer['display_name']} ({officer['username']})"))
        self.form.addRow(self.tr("New role"), self.role)

    def task(self) -> Callable[[], Any] | None:
        role = Role(self.role.currentData())
        username = self.officer["username"]
        return lambda: (set_role(self.ws, self.actor, username, role), role)[1]


class PasswordDialog(OfficerActionDialog):
    def __init__(self, ws: Workspace, actor: Actor, officer: dict[str, Any], tasks: PageTasks,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.ws, self.actor, self.officer = ws, actor, officer
        self.password = self._password_field()
        self.password_again = self._password_field()
        self.form.addRow(self.tr("Officer"), QLabel(f"{officer['display_name']} ({officer['username']})"))
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Password again"), self.password_again)
        hint = QLabel(self.tr("Resetting the password also unlocks an account locked after wrong passwords."))
        hint.setObjectName("adminHint")
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def task(self) -> Callable[[], Any] | None:
        if self.password.text() != self.password_again.text():
            self.problem.show_error(self.tr("The two passwords are not the same."))
            self.password_again.setFocus()
            return None
        username, password = self.officer["username"], self.password.text()
        return lambda: reset_password(self.ws, self.actor, username, password)


class OfficersPage(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, actor: Actor, worker: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.tasks = PageTasks(worker, self)
        self.dialog: OfficerActionDialog | None = None
        self._build()
        self.tasks.busy_changed.connect(lambda _busy: self._update_buttons())
        self.reload()

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Add officer…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.add_button.clicked.connect(self.add_officer)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        bar = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button, self.active_button):
            bar.addWidget(button)
        bar.addStretch(1)

        self.model = OfficersModel(self)
        self.view = QTableView()
        self.view.setObjectName("officersTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M") * 8)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        hint = QLabel(self.tr("Officers are never deleted: a deactivated officer cannot sign in, and the "
                              "cases they handled keep their name."))
        hint.setObjectName("adminHint")
        hint.setWordWrap(True)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self._update_buttons()

    # -- list ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select or self.selected_username()
        self.tasks.run(lambda: list_officers(self.ws), lambda rows: self._loaded(rows, keep), self._show_refusal)

    def _loaded(self, rows: list[dict[str, Any]], select: str | None) -> None:
        self.model.set_officers(rows)
        if select is not None:
            self.select(select)
        self._update_buttons()

    def select(self, username: str) -> bool:
        row = self.model.row_of(username)
        if row is None:
            return False
        self.view.selectRow(row)
        return True

    def selected_username(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(UsernameRole) if rows else None

    def selected_officer(self) -> dict[str, Any] | None:
        username = self.selected_username()
        row = self.model.row_of(username) if username is not None else None
        return self.model.officer_at(row) if row is not None else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        officer = self.selected_officer()
        idle = not self.tasks.busy
        self.add_button.setEnabled(idle)
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(idle and officer is not None)
        active = officer is None or officer["active"]
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def _show_refusal(self, exc: BaseException) -> None:
        self.message.show_error("\n".join(problems_of(exc)))

    # -- actions -----------------------------------------------------------------------------

    def _open(self, dialog: OfficerActionDialog, on_done: Callable[[Any], None]) -> OfficerActionDialog:
        self.message.clear_message()
        self.dialog = dialog
        dialog.done.connect(on_done)
        dialog.open()
        return dialog

    def add_officer(self) -> OfficerActionDialog:
        return self._open(AddOfficerDialog(self.ws, self.actor, self.tasks, self), self._added)

    def _added(self, officer: Actor) -> None:
        self.message.show_success(self.tr("Added %1 (%2) as %3.").replace("%1", officer.display_name)
                                  .replace("%2", officer.username).replace("%3", role_text(officer.role)))
        self.reload(select=officer.username)
        self.changed.emit()

    def change_role(self) -> OfficerActionDialog | None:
        officer = self.selected_officer()
        if officer is None:
            return None
        return self._open(RoleDialog(self.ws, self.actor, officer, self.tasks, self),
                          lambda role: self._role_changed(officer, role))

    def _role_changed(self, officer: dict[str, Any], role: Role) -> None:
        self.message.show_success(self.tr("%1 is now %2.").replace("%1", officer["display_name"])
                                  .replace("%2", role_text(role)))
        self.reload(select=officer["username"])
        self.changed.emit()

    def reset_password(self) -> OfficerActionDialog | None:
        officer = self.selected_officer()
        if officer is None:
            return None
        return self._open(PasswordDialog(self.ws, self.actor, officer, self.tasks, self),
                          lambda _none: self._password_reset(officer))

    def _password_reset(self, officer: dict[str, Any]) -> None:
        self.message.show_success(self.tr("The password of %1 was reset and the account is unlocked.")
                                  .replace("%1", officer["display_name"]))
        self.reload(select=officer["username"])
        self.changed.emit()

    def toggle_active(self) -> None:
        officer = self.selected_officer()
        if officer is None:
            return
        self.message.clear_message()
        username, active = officer["username"], not officer["active"]
        self.tasks.run(lambda: set_active(self.ws, self.actor, username, active),
                       lambda _none: self._active_changed(officer, active), self._show_refusal)

    def _active_changed(self, officer: dict[str, Any], active: bool) -> None:
        text = (self.tr("%1 was reactivated and can sign in again.") if active
                else self.tr("%1 was deactivated and can no longer sign in."))
        self.message.show_success(text.replace("%1", officer["display_name"]))
        self.reload(select=officer["username"])
        self.changed.emit()
