"""Sign-in: who sits at the window. Every action afterwards is recorded under that name.

The same dialog serves "switch officer" while the main window stays open. The
service decides whether the password is right and when an account is locked; the
dialog shows its message beside the fields and keeps the user name, so the officer
only types the password again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.officers import Actor, OfficerError, authenticate
from app.services.workspace import Workspace
from app.ui.refusal_words import refusal_text


class SignInDialog(QDialog):
    """User name and password; ``actor`` is the signed-in officer once accepted."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, username: str = "",
                 switching: bool = False) -> None:
        super().__init__(parent)
        self._ws = ws
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Switch officer") if switching else self.tr("Sign in"))
        self.setMinimumWidth(420)

        station = ws.station
        heading = QLabel(self.tr("Convenience Service Window Intake System"))
        heading.setObjectName("dialogHeading")
        where = QLabel(f"{station.centre_name} · {station.window_name}" if station else "")
        where.setObjectName("dialogSubheading")

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if not switching:
            cancel.setText(self.tr("Exit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        name = self.username.text().strip()
        if not name:
            self.show_message(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        if not self.password.text():
            self.show_message(self.tr("Please enter your password."))
            self.password.setFocus()
            return
        try:
            self.actor = authenticate(self._ws, name, self.password.text())
        except OfficerError as exc:
            self.show_message(refusal_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()
