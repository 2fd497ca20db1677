"""First run on a data folder without a station: name the centre, the window, the first admin.

The dialog changes nothing until everything it asks for is acceptable; the service then
creates the station, its settings and the administrator in one transaction. The
administrator who just chose the password is signed in at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.paths import DataPaths
from app.services.catalogue import ensure_shipped_catalogue
from app.services.demo import generate as generate_demo
from app.services.errors import USER_ERRORS
from app.services.officers import Actor
from app.services.setup import initialise
from app.services.workspace import Workspace
from app.ui.refusal_words import refusal_text


DEMO_CASES = 300


class FirstRunDialog(QDialog):
    """Creates the station; ``actor`` is the new administrator once accepted.

    ``actor`` stays None when the folder turned out to be set up already (another
    program did it meanwhile): the caller then asks for a normal sign-in.
    """

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.actor: Actor | None = None
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("First-time setup"))
        self.setMinimumWidth(520)

        heading = QLabel(self.tr("Set up this computer"))
        heading.setObjectName("dialogHeading")
        intro = QLabel(self.tr("Enter the name of the service centre and of this window, the address, phone and "
                               "office hours printed on every letter, and choose the user name and password of the "
                               "first administrator."))
        intro.setWordWrap(True)
        folder = QLabel(self.tr("Data folder: %1").replace("%1", str(paths.root)))
        folder.setObjectName("dialogSubheading")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.centre = QLineEdit()
        self.centre.setObjectName("centreName")
        self.centre.setPlaceholderText(self.tr("e.g. 青山镇便民服务中心"))
        self.window_name = QLineEdit()
        self.window_name.setObjectName("windowName")
        self.window_name.setPlaceholderText(self.tr("e.g. 综合受理窗口"))
        self.address = QLineEdit()
        self.address.setObjectName("centreAddress")
        self.address.setPlaceholderText(self.tr("e.g. 青山县青山镇府前路8号便民服务中心一楼"))
        self.phone = QLineEdit()
        self.phone.setObjectName("centrePhone")
        self.phone.setPlaceholderText(self.tr("landline with area code, e.g. 0571-63210000"))
        self.hours = QLineEdit()
        self.hours.setObjectName("centreHours")
        self.hours.setPlaceholderText(self.tr("e.g. 周一至周五 8:30—12:00、14:30—17:30"))
        self.admin_username = QLineEdit("admin")
        self.admin_username.setObjectName("adminUsername")
        self.admin_display = QLineEdit()
        self.admin_display.setObjectName("adminDisplay")
        self.admin_display.setPlaceholderText(self.tr("Full name (optional)"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setObjectName("passwordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.load_catalogue = QCheckBox(self.tr("&Load the sample catalogue of township service items"))
        self.load_catalogue.setObjectName("loadCatalogue")
        self.load_catalogue.setChecked(True)
        self.load_demo = QCheckBox(self.tr("Add 300 &demo cases for practice (training laptops only)"))
        self.load_demo.setObjectName("loadDemo")
        self.load_demo.setToolTip(self.tr("Fictitious applicants spread over the past months, in every state, "
                                          "so that the work list, letters and countdowns can be tried out."))
        self.load_catalogue.toggled.connect(self.load_demo.setEnabled)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("&Centre name:"), self.centre)
        form.addRow(self.tr("&Window name:"), self.window_name)
        form.addRow(self.tr("Add&ress:"), self.address)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("Office &hours:"), self.hours)
        form.addRow(self.tr("Administrator &user name:"), self.admin_username)
        form.addRow(self.tr("Administrator &name:"), self.admin_display)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.password_again)
        form.addRow("", self.load_catalogue)
        form.addRow("", self.load_demo)

        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("Create and sign in"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.centre.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _problem(self) -> tuple[str, QLineEdit] | None:
        if not self.centre.text().strip():
            return self.tr("Please enter the name of the service centre."), self.centre
        if not self.window_name.text().strip():
            return self.tr("Please enter the name of this window."), self.window_name
        if not self.address.text().strip():
            return self.tr("Please enter the centre's address: it is printed on every letter."), self.address
        if not self.phone.text().strip():
            return self.tr("Please enter the centre's phone: applicants call it."), self.phone
        if not self.hours.text().strip():
            return self.tr("Please enter the office hours."), self.hours
        if not self.admin_username.text().strip():
            return self.tr("Please choose the administrator's user name."), self.admin_username
        if not self.password.text():
            return self.tr("Please choose a password."), self.password
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords are not the same."), self.password_again
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            text, field = problem
            self.show_message(text)
            field.setFocus()
            return
        try:
            result = initialise(
                self._paths,
                centre=self.centre.text().strip(),
                window=self.window_name.text().strip(),
                admin_username=self.admin_username.text().strip(),
                admin_password=self.password.text(),
                admin_display=self.admin_display.text().strip() or None,
                address=self.address.text(),
                phone=self.phone.text(),
                hours=self.hours.text(),
            )
        except USER_ERRORS as exc:
            self.show_message(refusal_text(exc))
            return
        if result.created and self.load_catalogue.isChecked() and result.admin is not None:
            ws = Workspace.open(self._paths, daily_backup=False)
            try:
                ensure_shipped_catalogue(ws, by=result.admin.username)
                if self.load_demo.isChecked():
                    generate_demo(ws, result.admin, DEMO_CASES, seed=1, today=ws.today())
            except USER_ERRORS as exc:
                QMessageBox.warning(self, self.windowTitle(), self.tr(
                    "The centre was created, but the sample catalogue could not be loaded: %1"
                ).replace("%1", refusal_text(exc)))
            finally:
                ws.close()
        self.actor = result.admin
        super().accept()
