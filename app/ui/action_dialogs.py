"""The small dialogs of the case view: each asks only what its action needs.

None of them decides anything: they collect the officer's input (which materials came,
why the clock stops, how many days, the result), and the case service accepts or
refuses it with the reason. Their OK button stays disabled until the input is complete,
so an empty reason never reaches the service. Enter (or Ctrl+Enter in a text box)
confirms, Esc cancels.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_materials import CaseMaterial
from app.domain.lifecycle import MAX_EXTENSION_DAYS
from app.domain.rating import LEVELS
from app.ui.domain_words import listing
from app.ui.refusal_words import rating_word, step_word

WARNING_STYLE = "color: #9a6700;"


class ActionDialog(QDialog):
    """Title, a line of explanation, the fields, and OK/Cancel with OK enabled when ready.

    Focus starts on the first field, never on a button, so Space ticks or types instead of
    cancelling. A destructive action (one that closes the case) is never the default:
    Enter does not confirm it, only a click or its Alt shortcut does.
    """

    destructive = False

    def __init__(self, title: str, explanation: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setToolTip(self.tr("Enter or Ctrl+Enter"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        if self.destructive:
            self.ok_button.setAutoDefault(False)
            self.ok_button.setDefault(False)
        else:
            for keys in ("Ctrl+Return", "Ctrl+Enter"):
                QShortcut(QKeySequence(keys), self, activated=self._confirm)

    def first_field(self) -> QWidget | None:
        """The widget that takes the focus when the dialog opens."""
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    return widget
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.destructive:
            self.ok_button.setDefault(False)  # the button box makes OK the default when shown
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialog presses the default button on Enter; a destructive dialog has none, and
        # must not fall back to the first auto-default button either.
        if self.destructive and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return
        super().keyPressEvent(event)

    def ready(self) -> bool:
        raise NotImplementedError

    def _update(self) -> None:
        self.ok_button.setEnabled(self.ready())

    def _confirm(self) -> None:
        if self.ready():
            self.accept()


def _reason_box(parent: QWidget, suggestions: Sequence[str]) -> QComboBox:
    """An editable box with the usual reasons to choose from, empty at first."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.addItems(list(suggestions))
    box.setCurrentIndex(-1)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMinimumContentsLength(24)
    return box


class SupplyDialog(ActionDialog):
    """Which of the missing materials the applicant has brought."""

    def __init__(self, missing: Sequence[CaseMaterial], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Supply materials"),
                         self.tr("Tick each missing material the applicant has brought today (Space ticks)."),
                         self.tr("&Record supply"), parent)
        self.list = QListWidget(self)
        for m in missing:
            kind = self.tr("tolerable") if m.tolerable else (self.tr("required") if m.required else self.tr("optional"))
            entry = QListWidgetItem(f"{m.name}（{kind}）", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, m.code)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setMinimumHeight(min(40 + 26 * self.list.count(), 260))
        self.form.addRow(self.list)
        self.list.itemChanged.connect(lambda _item: self._update())
        self._update()

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def ready(self) -> bool:
        return bool(self.codes())


class RejectDialog(ActionDialog):
    """Which material taken in does not meet the requirements, and why: it becomes missing again."""

    def __init__(self, materials: Sequence[CaseMaterial], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Send back a material"),
                         self.tr("The material is recorded as missing again; the applicant must be told why."),
                         self.tr("&Send back"), parent)
        self.material_box = QComboBox(self)
        for m in materials:
            self.material_box.addItem(m.name, m.code)
        self.reason_box = _reason_box(self, [
            self.tr("Illegible or incomplete copy"), self.tr("Expired"), self.tr("Signature or seal missing"),
            self.tr("Does not match the applicant"),
        ])
        self.form.addRow(self.tr("&Material:"), self.material_box)
        self.form.addRow(self.tr("&Reason:"), self.reason_box)
        self.reason_box.editTextChanged.connect(lambda _text: self._update())
        self._update()

    def code(self) -> str | None:
        return self.material_box.currentData()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def ready(self) -> bool:
        return self.code() is not None and bool(self.reason())


class ReopenDialog(ActionDialog):
    """Why a completed or terminated case is taken up again (a supervisor's decision)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reopen the case"),
                         self.tr("For a case completed or terminated by mistake. The case returns to the state "
                                 "it had before, its clocks run again, and your reason is kept in the history."),
                         self.tr("Re&open"), parent)
        self.reason_box = _reason_box(self, [self.tr("Completed by mistake"), self.tr("Terminated by mistake")])
        self.form.addRow(self.tr("&Reason:"), self.reason_box)
        self.reason_box.editTextChanged.connect(lambda _t: self._update())
        self._update()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def ready(self) -> bool:
        return bool(self.reason())


class CorrectDialog(ActionDialog):
    """A mistyped detail of the applicant: which, the right value, and why."""

    def __init__(self, applicant: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct the applicant's details"),
                         self.tr("The correction is kept in the history with the old value and your reason; "
                                 "letters printed from now on carry the corrected value."),
                         self.tr("C&orrect"), parent)
        self.applicant = dict(applicant)
        self.field_box = QComboBox(self)
        self.field_box.addItem(self.tr("Name"), "name")
        self.field_box.addItem(self.tr("Phone"), "phone")
        if applicant.get("kind") == "enterprise":
            self.field_box.addItem(self.tr("Legal representative"), "legal_rep")
        self.value_edit = QLineEdit(self)
        self.reason_box = _reason_box(self, [self.tr("Mistyped at intake"), self.tr("The applicant's number changed")])
        self.form.addRow(self.tr("&Detail:"), self.field_box)
        self.form.addRow(self.tr("&Correct value:"), self.value_edit)
        self.form.addRow(self.tr("&Reason:"), self.reason_box)
        self.field_box.currentIndexChanged.connect(lambda _i: self._field_changed())
        self.value_edit.textChanged.connect(lambda _t: self._update())
        self.reason_box.editTextChanged.connect(lambda _t: self._update())
        self._field_changed()

    def _field_changed(self) -> None:
        self.value_edit.setText(str(self.applicant.get(self.field() or "", "") or ""))
        self._update()

    def field(self) -> str | None:
        return self.field_box.currentData()

    def value(self) -> str:
        return self.value_edit.text().strip()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def ready(self) -> bool:
        current = str(self.applicant.get(self.field() or "", "") or "")
        return bool(self.value()) and self.value() != current and bool(self.reason())


class PauseDialog(ActionDialog):
    """Why the completion clock stops (a special procedure that does not count)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pause the completion clock"),
                         self.tr("The days of a special procedure (public notice, inspection, hearing …) "
                                 "do not count against the promised limit. The supply deadline keeps running."),
                         self.tr("&Pause clock"), parent)
        self.reason_box = _reason_box(self, [
            self.tr("Public notice period"), self.tr("On-site inspection"), self.tr("Testing or appraisal"),
            self.tr("Hearing"), self.tr("Expert review"),
        ])
        self.form.addRow(self.tr("&Reason:"), self.reason_box)
        self.reason_box.editTextChanged.connect(lambda _text: self._update())
        self._update()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def ready(self) -> bool:
        return bool(self.reason())


class ExtendDialog(ActionDialog):
    """How many working days to add to the completion limit, and why."""

    def __init__(self, used_days: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extend the completion limit"),
                         self.tr("Extensions need a supervisor's approval and at most {0} working days in all; "
                                 "the applicant is told the reason by the extension notice, printed next, which "
                                 "names you as the approving supervisor.").format(MAX_EXTENSION_DAYS),
                         self.tr("&Extend"), parent)
        self.days_box = QSpinBox(self)
        self.days_box.setRange(1, MAX_EXTENSION_DAYS)
        self.days_box.setValue(max(1, MAX_EXTENSION_DAYS - used_days))
        self.days_box.setSuffix(self.tr(" working days"))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(72)
        self.used = QLabel(self.tr("Already extended: {0} working days").format(used_days), self)
        self.form.addRow(self.tr("&Days:"), self.days_box)
        self.form.addRow("", self.used)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.reason_edit.textChanged.connect(self._update)
        self._update()

    def days(self) -> int:
        return self.days_box.value()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def ready(self) -> bool:
        return bool(self.reason())


class CompleteDialog(ActionDialog):
    """The result of the case: approved or not. Nothing is preselected."""

    destructive = True

    def __init__(self, missing_names: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Complete the case"),
                         self.tr("Record the decision on this case. A completed case is closed."),
                         self.tr("&Complete"), parent)
        self.approved_radio = QRadioButton(self.tr("&Approved"), self)
        self.rejected_radio = QRadioButton(self.tr("&Not approved"), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.approved_radio)
        self.group.addButton(self.rejected_radio)
        self.form.addRow(self.tr("Result:"), self.approved_radio)
        self.form.addRow("", self.rejected_radio)
        if missing_names:
            note = QLabel(self.tr("Still missing: {0}").format(listing(missing_names)), self)
            note.setWordWrap(True)
            note.setStyleSheet(WARNING_STYLE)
            self.form.addRow("", note)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self._update()

    def result(self) -> str | None:
        if self.approved_radio.isChecked():
            return "approved"
        if self.rejected_radio.isChecked():
            return "rejected"
        return None

    def ready(self) -> bool:
        return self.result() is not None


class TerminateDialog(ActionDialog):
    """Why the case ends without a decision."""

    destructive = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Terminate the case"),
                         self.tr("Termination ends the case without a decision and cannot be undone."),
                         self.tr("&Terminate"), parent)
        self.explanation.setStyleSheet(WARNING_STYLE)
        self.reason_box = _reason_box(self, [
            self.tr("The missing materials were not supplied by the deadline"),
            self.tr("The applicant withdrew the application"),
        ])
        self.form.addRow(self.tr("&Reason:"), self.reason_box)
        self.reason_box.editTextChanged.connect(lambda _text: self._update())
        self._update()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def ready(self) -> bool:
        return bool(self.reason())


class NoteDialog(ActionDialog):
    """A free note on the case's history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a note"),
                         self.tr("The note is kept in the case's history with your name and the time."),
                         self.tr("&Add note"), parent)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(96)
        self.form.addRow(self.tr("&Note:"), self.text_edit)
        self.text_edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def ready(self) -> bool:
        return bool(self.text())


class SettleDialog(ActionDialog):
    """Which of two stations' records holds: the supervisor's decision, kept as an event."""

    def __init__(self, kind: str, sides: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``sides`` are (event id, what it says) of the first and the second record."""
        super().__init__(self.tr("Settle the conflict"),
                         self.tr("Two stations recorded this case differently: %1. Choose the record that "
                                 "holds; the other stays in the history, set aside.").replace("%1", kind),
                         self.tr("&Settle"), parent)
        self.group = QButtonGroup(self)
        self._sides = [uuid for uuid, _text in sides]
        for i, (_uuid, text) in enumerate(sides):
            radio = QRadioButton(text, self)
            self.group.addButton(radio, i)
            self.form.addRow(self.tr("Keep:") if i == 0 else "", radio)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(72)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.group.idClicked.connect(lambda _id: self._update())
        self.reason_edit.textChanged.connect(self._update)
        self._update()

    def keep(self) -> str | None:
        chosen = self.group.checkedId()
        return self._sides[chosen] if chosen >= 0 else None

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def ready(self) -> bool:
        return self.keep() is not None and bool(self.reason())


class RatingDialog(ActionDialog):
    """好差评: the applicant's level and comment, or that they declined. One per case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the applicant's rating"),
                         self.tr("One rating per case. A rating of dissatisfied or below opens a follow-up: "
                                 "verification, rectification and a return visit, by a deadline."),
                         self.tr("&Record rating"), parent)
        self.group = QButtonGroup(self)
        self.level_radios: dict[str, QRadioButton] = {}
        for n, code in enumerate(LEVELS):
            radio = QRadioButton(rating_word(code), self)  # the official level names (国办发〔2019〕51号)
            self.group.addButton(radio)
            self.level_radios[code] = radio
            self.form.addRow(self.tr("Level:") if n == 0 else "", radio)
        self.declined_radio = QRadioButton(self.tr("The applicant &declined to rate"), self)
        self.group.addButton(self.declined_radio)
        self.form.addRow("", self.declined_radio)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(72)
        self.form.addRow(self.tr("C&omment:"), self.comment_edit)
        self.anonymous_check = QCheckBox(self.tr("The applicant asked to stay &anonymous"), self)
        self.form.addRow("", self.anonymous_check)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self._update()

    def level(self) -> str | None:
        return next((code for code, radio in self.level_radios.items() if radio.isChecked()), None)

    def declined(self) -> bool:
        return self.declined_radio.isChecked()

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()

    def named(self) -> bool:
        return not self.anonymous_check.isChecked()

    def ready(self) -> bool:
        return self.level() is not None or self.declined()


class FollowUpDialog(ActionDialog):
    """The next step of a poor rating's follow-up, with what was found or done."""

    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        titles = {"verify": self.tr("Verify the poor rating"), "rectify": self.tr("Record the rectification"),
                  "revisit": self.tr("Record the return visit")}
        hints = {"verify": self.tr("What was found: is the complaint founded?"),
                 "rectify": self.tr("What was changed, or why nothing needed changing"),
                 "revisit": self.tr("How the applicant was called back and what they said")}
        super().__init__(titles[step], hints[step], self.tr("&Record %1").replace("%1", step_word(step)), parent)
        self.step = step
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(96)
        self.form.addRow(self.tr("%1:").replace("%1", step_word(step)), self.text_edit)
        self.text_edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def ready(self) -> bool:
        return bool(self.text())
