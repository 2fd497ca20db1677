"""The intake dialog: item, applicant, materials received, decision — then the letters.

The officer's most frequent task, so it runs from the keyboard alone: type to find the
item and press Enter, type the applicant's details (each number is checked as it is
typed, the reason shown beside the field), tick the papers with Space, Enter again, and
the decision page shows what the rules allow with the recommended one selected;
Ctrl+Enter logs the case. The decision itself is never computed here: the page shows
the options of :func:`app.services.cases.preview_intake`, and the service refuses
anything the rules forbid, with the reason, changing nothing.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import identifiers
from app.domain.catalogue import Material
from app.domain.deadlines import Unit
from app.domain.lifecycle import Decision
from app.services import cases
from app.services import catalogue as catalogue_service
from app.services.catalogue import StoredItem
from app.services.errors import USER_ERRORS
from app.services.letters import LETTERS_FOR_DECISION
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.ui.catalogue_picker import CataloguePicker
from app.ui.db_tasks import run_write
from app.ui.domain_words import (
    bracketed,
    decision_reason,
    gender_word,
    id_message,
    intake_warnings,
    letter_name,
    listing,
    ui_date,
)
from app.ui.geometry import GeometryKeeper
from app.ui.materials_model import IntakeMaterialsModel
from app.ui.worker import Runner, SyncWorker
from app.ui.refusal_words import refusal_text

#: The letters that go with each decision, printed in one step after intake.



def decision_text(decision: Decision) -> str:
    """The decision in the interface language."""
    return {
        Decision.ACCEPT: QCoreApplication.translate("IntakeDialog", "Accepted"),
        Decision.TOLERANT: QCoreApplication.translate("IntakeDialog", "Tolerant acceptance"),
        Decision.NOTICE: QCoreApplication.translate("IntakeDialog", "One-time notice to supplement"),
        Decision.REFUSE: QCoreApplication.translate("IntakeDialog", "Refused"),
    }[decision]


ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #9a6700;"
GOOD_STYLE = "color: #1b5e20;"
HINT_STYLE = "color: #5f6368;"

ITEM_PAGE, APPLICANT_PAGE, MATERIALS_PAGE, DECISION_PAGE = range(4)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FieldStatus(QLabel):
    """The reason beside a field: red when refused, amber for a warning, green when fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMinimumWidth(300)
        self.level = ""

    def show_level(self, level: str, text: str) -> None:
        self.level = level
        self.setText(text)
        self.setStyleSheet({"error": ERROR_STYLE, "warning": WARNING_STYLE, "ok": GOOD_STYLE}.get(level, ""))


class IntakeDialog(QDialog):
    """Log one applicant's visit as a case; ``created_view`` holds it after success."""

    case_created = Signal(str)
    print_requested = Signal(str, list)

    def __init__(self, ws: Workspace, actor: Actor, today: dt.date, parent: QWidget | None = None, *,
                 worker: Runner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.worker: Runner = worker if worker is not None else SyncWorker()
        self.actor = actor
        self.today = today
        self.created_view: cases.CaseView | None = None
        self._saving = False
        self.preview: cases.IntakePreview | None = None
        self._item: StoredItem | None = None
        self._touched: set[str] = set()
        self._supervisor_needed = False
        self.setWindowTitle(self.tr("New intake"))
        self.setMinimumSize(800, 560)

        # The pages are built before the buttons so that Tab reaches the buttons last.
        self._built = False
        self.steps = QLabel(self)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_item_page())
        self.stack.addWidget(self._build_applicant_page())
        self.stack.addWidget(self._build_materials_page())
        self.stack.addWidget(self._build_decision_page())

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setToolTip(self.tr("Previous step (Alt+B)"))
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setToolTip(self.tr("Next step (Enter or Alt+N)"))
        self.finish_button = QPushButton(self.tr("&Finish (Ctrl+Enter)"), self)
        self.finish_button.setToolTip(self.tr("Log the case with the chosen decision (Ctrl+Enter or Alt+F)"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.finish)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self._built = True
        self.geometry_keeper = GeometryKeeper(self, ws.paths.root, "intake", QSize(900, 660))
        self._show_page(ITEM_PAGE)

    # ------------------------------------------------------------------ page 1: item

    def _build_item_page(self) -> QWidget:
        page = QWidget(self)
        items = catalogue_service.current_items(self.ws)
        self.picker = CataloguePicker(items, page)
        self.picker.item_activated.connect(lambda _code: self.go_next())
        self.picker.current_changed.connect(lambda _code: self._update_buttons())
        intro = QLabel(self.tr("Which service item does the applicant ask for? Type part of its name or its code, "
                               "then press Enter."), page)
        intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        return page

    # ------------------------------------------------------------- page 2: applicant

    def _build_applicant_page(self) -> QWidget:
        page = QWidget(self)
        self.person_radio = QRadioButton(self.tr("&Person"), page)
        self.enterprise_radio = QRadioButton(self.tr("&Enterprise"), page)
        self.person_radio.setChecked(True)
        self.kind_group = QButtonGroup(page)
        self.kind_group.addButton(self.person_radio)
        self.kind_group.addButton(self.enterprise_radio)
        kinds = QHBoxLayout()
        kinds.addWidget(self.person_radio)
        kinds.addWidget(self.enterprise_radio)
        kinds.addStretch(1)

        self.name_edit = QLineEdit(page)
        self.id_edit = QLineEdit(page)
        self.id_edit.setMaxLength(40)
        self.legal_rep_edit = QLineEdit(page)
        self.phone_edit = QLineEdit(page)
        self.name_label = QLabel(page)
        self.id_label = QLabel(page)
        self.legal_rep_label = QLabel(self.tr("&Legal representative:"), page)
        self.phone_label = QLabel(self.tr("P&hone:"), page)
        self.name_label.setBuddy(self.name_edit)
        self.id_label.setBuddy(self.id_edit)
        self.legal_rep_label.setBuddy(self.legal_rep_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.name_status = FieldStatus(page)
        self.id_status = FieldStatus(page)
        self.legal_rep_status = FieldStatus(page)
        self.phone_status = FieldStatus(page)
        self.applicant_error = QLabel(page)
        self.applicant_error.setWordWrap(True)
        self.applicant_error.setStyleSheet(ERROR_STYLE)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(1, 260)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.addWidget(QLabel(self.tr("Applicant is a:"), page), 0, 0)
        grid.addLayout(kinds, 0, 1, 1, 2)
        rows = [
            (self.name_label, self.name_edit, self.name_status),
            (self.id_label, self.id_edit, self.id_status),
            (self.legal_rep_label, self.legal_rep_edit, self.legal_rep_status),
            (self.phone_label, self.phone_edit, self.phone_status),
        ]
        for row, (label, edit, status) in enumerate(rows, start=1):
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(status, row, 2)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Who applies? Numbers are checked as you type; the reason shows on the right."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.applicant_error)
        layout.addStretch(1)

        for name, edit in (("name", self.name_edit), ("id", self.id_edit), ("legal_rep", self.legal_rep_edit),
                           ("phone", self.phone_edit)):
            edit.textEdited.connect(lambda _text, name=name: self._touch(name))
            edit.textChanged.connect(lambda _text: self._check_applicant_fields())
        self.id_edit.textChanged.connect(lambda _text: self._fill_known_applicant())
        self.returning_note = QLabel(page)
        self.returning_note.setWordWrap(True)
        self.returning_note.setStyleSheet(HINT_STYLE)
        self.returning_note.hide()
        layout.insertWidget(layout.indexOf(self.applicant_error), self.returning_note)
        self.kind_group.buttonToggled.connect(lambda *_: self._kind_changed())
        self._kind_changed()
        return page

    def _fill_known_applicant(self) -> None:
        """A returning applicant: their name and phone as on their last case, for the officer to check."""
        known = cases.known_applicant(self.ws, self.applicant_kind(), self.id_edit.text(), self.today)
        if known is None:
            self.returning_note.hide()
            return
        filled = []
        for edit, value, name in ((self.name_edit, known.name, "name"), (self.phone_edit, known.phone, "phone"),
                                  (self.legal_rep_edit, known.legal_rep, "legal_rep")):
            if value and not edit.text().strip() and (edit is not self.legal_rep_edit
                                                        or self.applicant_kind() == "enterprise"):
                edit.setText(value)
                self._touched.add(name)
                filled.append(name)
        if filled:
            self.returning_note.setText(self.tr("A returning applicant: name and phone filled in from their last "
                                                "case. Check them with the applicant."))
            self.returning_note.show()
        self._check_applicant_fields()

    def applicant_kind(self) -> str:
        return "enterprise" if self.enterprise_radio.isChecked() else "person"

    def _kind_changed(self) -> None:
        enterprise = self.applicant_kind() == "enterprise"
        self.name_label.setText(self.tr("&Name of the enterprise:") if enterprise else self.tr("&Name:"))
        self.id_label.setText(self.tr("&Credit code:") if enterprise else self.tr("&ID number:"))
        self.id_edit.setPlaceholderText(self.tr("18-character unified social credit code") if enterprise
                                        else self.tr("18-digit resident ID number"))
        self.phone_edit.setPlaceholderText(self.tr("mobile, or landline with area code"))
        for widget in (self.legal_rep_label, self.legal_rep_edit, self.legal_rep_status):
            widget.setVisible(enterprise)
        self._check_applicant_fields()

    def _touch(self, name: str) -> None:
        if name not in self._touched:
            self._touched.add(name)
            self._check_applicant_fields()

    def _field_results(self) -> dict[str, tuple[str, str]]:
        """Each field's (level, text): level is error, warning, ok or "" (nothing to say yet)."""
        out: dict[str, tuple[str, str]] = {}
        name = self.name_edit.text().strip()
        out["name"] = ("ok", "") if name else ("error", self.tr("Please enter the name"))
        if self.applicant_kind() == "person":
            check = identifiers.check_resident_id(self.id_edit.text(), today=self.today)
            if check.ok:
                born = self.tr("born {0}, {1}").format(ui_date(check.birth_date), gender_word(check.gender))
                out["id"] = ("warning", f"{id_message(check)} ({born})") if check.warning else ("ok", "✓ " + born)
            else:
                out["id"] = ("error", id_message(check))
            out["legal_rep"] = ("ok", "")
        else:
            check = identifiers.check_uscc(self.id_edit.text())
            out["id"] = ("ok", "✓") if check.ok else ("error", id_message(check))
            rep = self.legal_rep_edit.text().strip()
            out["legal_rep"] = ("ok", "") if rep else ("error", self.tr("Please enter the legal representative"))
        phone = self._check_phone(self.phone_edit.text())
        out["phone"] = ("ok", "✓") if phone.ok else ("error", id_message(phone))
        return out

    def _id_check(self) -> identifiers.IdCheck:
        if self.applicant_kind() == "person":
            return identifiers.check_resident_id(self.id_edit.text(), today=self.today)
        return identifiers.check_uscc(self.id_edit.text())

    def _check_phone(self, text: str) -> identifiers.IdCheck:
        try:
            return identifiers.check_phone(text)
        except IndexError:
            # check_phone cannot yet read a lone leading "0" (a landline's area code just
            # begun); while typing, that is simply an incomplete number.
            return identifiers.IdCheck(ok=False, value=text, error=self.tr("Area code incomplete, e.g. 0571-88886666"))

    def _check_applicant_fields(self) -> None:
        results = self._field_results()
        statuses = {"name": self.name_status, "id": self.id_status, "legal_rep": self.legal_rep_status,
                    "phone": self.phone_status}
        for name, (level, text) in results.items():
            if level == "error" and name not in self._touched:
                statuses[name].show_level("", "")
            else:
                statuses[name].show_level(level, text)
        self.applicant_error.clear()
        self._update_buttons()

    def applicant_ok(self) -> bool:
        return all(level != "error" for level, _text in self._field_results().values())

    def applicant_input(self) -> cases.ApplicantInput:
        enterprise = self.applicant_kind() == "enterprise"
        return cases.ApplicantInput(
            kind=self.applicant_kind(),
            name=self.name_edit.text(),
            id_number=self.id_edit.text(),
            phone=self.phone_edit.text(),
            legal_rep=self.legal_rep_edit.text() if enterprise else "",
        )

    # ------------------------------------------------------------- page 3: materials

    def _build_materials_page(self) -> QWidget:
        page = QWidget(self)
        self.materials_intro = QLabel(page)
        self.materials_intro.setWordWrap(True)
        self.materials_model = IntakeMaterialsModel(self)
        self.materials_view = QTableView(page)
        self.materials_view.setModel(self.materials_model)
        self.materials_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materials_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.materials_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.materials_view.setAlternatingRowColors(True)
        self.materials_view.setTabKeyNavigation(False)
        self.materials_view.verticalHeader().setVisible(False)
        header = self.materials_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.materials_view.installEventFilter(self)
        self.materials_view.setAccessibleName(self.tr("Materials received"))

        self.tick_all_button = QPushButton(self.tr("Tick a&ll"), page)
        self.untick_all_button = QPushButton(self.tr("&Untick all"), page)
        self.tick_all_button.setAutoDefault(False)
        self.untick_all_button.setAutoDefault(False)
        self.tick_all_button.clicked.connect(lambda: self.materials_model.set_all(True))
        self.untick_all_button.clicked.connect(lambda: self.materials_model.set_all(False))
        self.materials_summary = QLabel(page)
        self.materials_summary.setWordWrap(True)

        self.commitment_check = QCheckBox(
            self.tr("The applicant asks for tolerant acceptance and has signed the &commitment"), page)
        self.supply_label = QLabel(self.tr("Supply &within:"), page)
        self.supply_days = QSpinBox(page)
        self.supply_days.setSuffix(self.tr(" working days"))
        self.supply_label.setBuddy(self.supply_days)
        self.supply_limit = QLabel(page)
        self.supply_limit.setStyleSheet(HINT_STYLE)
        self.tolerant_box = QWidget(page)
        tolerant_layout = QGridLayout(self.tolerant_box)
        tolerant_layout.setContentsMargins(0, 0, 0, 0)
        tolerant_layout.addWidget(self.commitment_check, 0, 0, 1, 3)
        tolerant_layout.addWidget(self.supply_label, 1, 0)
        tolerant_layout.addWidget(self.supply_days, 1, 1)
        tolerant_layout.addWidget(self.supply_limit, 1, 2)
        tolerant_layout.setColumnStretch(2, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.tick_all_button)
        buttons.addWidget(self.untick_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.materials_intro)
        layout.addWidget(self.materials_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.materials_summary)
        layout.addWidget(self.tolerant_box)
        self.materials_model.received_changed.connect(self._materials_changed)
        return page

    def _load_item(self, stored: StoredItem) -> None:
        if self._item is not None and self._item.version_uuid == stored.version_uuid:
            return
        self._item = stored
        item = stored.item
        self.materials_intro.setText(self.tr(
            "Materials of \"{0}\": tick each paper the applicant has handed in (Space ticks the current row). "
            "Hover over a name for what makes it acceptable.").format(item.name))
        self.materials_model.set_materials(item.materials)
        self.commitment_check.setChecked(False)
        if item.tolerant_allowed and item.default_supply_days:
            self.supply_days.setRange(1, item.default_supply_days)
            self.supply_days.setValue(item.default_supply_days)
            self.supply_limit.setText(self.tr("at most {0} working days for this item").format(
                item.default_supply_days))
        self.preview = None
        self._materials_changed()

    def missing_required(self) -> list[Material]:
        return [m for m in self.materials_model.missing() if m.required]

    def tolerant_relevant(self) -> bool:
        """The commitment and supply period matter only when what is missing may be tolerated."""
        if self._item is None or not self._item.item.tolerant_allowed:
            return False
        missing = self.missing_required()
        return bool(missing) and all(m.tolerable for m in missing)

    def _materials_changed(self) -> None:
        model = self.materials_model
        total = model.rowCount()
        got = len(model.received_codes())
        missing = self.missing_required()
        text = self.tr("Received {0} of {1}.").format(got, total)
        if missing:
            tolerable, core = self.tr("tolerable"), self.tr("core")
            names = listing(m.name + bracketed(tolerable if m.tolerable else core) for m in missing)
            text += " " + self.tr("Required but missing: {0}").format(names)
            self.materials_summary.setStyleSheet(WARNING_STYLE)
        else:
            text += " " + self.tr("Every required material is here.")
            self.materials_summary.setStyleSheet(GOOD_STYLE)
        self.materials_summary.setText(text)
        self.tolerant_box.setVisible(self.tolerant_relevant())
        self._update_buttons()

    # -------------------------------------------------------------- page 4: decision

    def _build_decision_page(self) -> QWidget:
        page = QWidget(self)
        self.decision_summary = QLabel(page)
        self.decision_summary.setWordWrap(True)
        self.decision_warnings = QLabel(page)
        self.decision_warnings.setWordWrap(True)
        self.decision_warnings.setStyleSheet(WARNING_STYLE)

        self.decision_group = QButtonGroup(page)
        self.decision_radios: dict[Decision, QRadioButton] = {}
        self.decision_reasons: dict[Decision, QLabel] = {}
        texts = {
            Decision.ACCEPT: self.tr("&Accept"),
            Decision.TOLERANT: self.tr("&Tolerant acceptance"),
            Decision.NOTICE: self.tr("One-time notice to &supplement"),
            Decision.REFUSE: self.tr("&Refuse"),
        }
        options = QGridLayout()
        options.setColumnStretch(1, 1)
        options.setHorizontalSpacing(16)
        options.setVerticalSpacing(4)
        row = 0
        for decision in Decision:
            radio = QRadioButton(texts[decision], page)
            reason = QLabel(page)
            reason.setWordWrap(True)
            self.decision_group.addButton(radio)
            self.decision_radios[decision] = radio
            self.decision_reasons[decision] = reason
            options.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            options.addWidget(reason, row, 1)
            row += 1
            if decision is Decision.TOLERANT:
                self.deadline_label = QLabel(page)
                self.deadline_label.setWordWrap(True)
                options.addWidget(self.deadline_label, row, 1)
                row += 1
                self.supervisor_label = QLabel(self.tr("Super&visor's reason:"), page)
                self.supervisor_reason = QLineEdit(page)
                self.supervisor_reason.setPlaceholderText(
                    self.tr("why tolerant acceptance is granted despite the broken commitment"))
                self.supervisor_label.setBuddy(self.supervisor_reason)
                box = QHBoxLayout()
                box.addWidget(self.supervisor_label)
                box.addWidget(self.supervisor_reason, 1)
                self.supervisor_label.hide()
                self.supervisor_reason.hide()
                options.addLayout(box, row, 1)
                row += 1
            if decision is Decision.REFUSE:
                self.refuse_label = QLabel(self.tr("Reason for refusal:"), page)
                self.refuse_reason = QLineEdit(page)
                self.refuse_reason.setPlaceholderText(self.tr("required: it is printed on the refusal notice"))
                self.refuse_label.setBuddy(self.refuse_reason)
                box = QHBoxLayout()
                box.addWidget(self.refuse_label)
                box.addWidget(self.refuse_reason, 1)
                options.addLayout(box, row, 1)
                row += 1

        self.duplicate_label = QLabel(self.tr("Reason to log it a&gain:"), page)
        self.duplicate_reason = QLineEdit(page)
        self.duplicate_reason.setPlaceholderText(
            self.tr("required: the same applicant already has an open case of this item"))
        self.duplicate_label.setBuddy(self.duplicate_reason)
        duplicate_row = QHBoxLayout()
        duplicate_row.addWidget(self.duplicate_label)
        duplicate_row.addWidget(self.duplicate_reason, 1)
        self.duplicate_label.hide()
        self.duplicate_reason.hide()

        self.print_check = QCheckBox(page)
        self.print_check.setChecked(True)
        self.finish_error = QLabel(page)
        self.finish_error.setWordWrap(True)
        self.finish_error.setStyleSheet(ERROR_STYLE)
        self.finish_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Check the decision, then press Ctrl+Enter to log the case."), page)
        hint.setStyleSheet(HINT_STYLE)

        layout = QVBoxLayout(page)
        layout.addWidget(self.decision_summary)
        layout.addWidget(self.decision_warnings)
        layout.addLayout(duplicate_row)
        layout.addSpacing(6)
        layout.addLayout(options)
        layout.addSpacing(10)
        layout.addWidget(self.print_check)
        layout.addWidget(self.finish_error)
        layout.addStretch(1)
        layout.addWidget(hint)

        self.decision_group.buttonToggled.connect(lambda *_: self._decision_changed())
        self.refuse_reason.textChanged.connect(lambda _text: self._decision_changed())
        self.duplicate_reason.textChanged.connect(lambda _text: self._update_buttons())
        self.supervisor_reason.textChanged.connect(lambda _text: self._refresh_preview(keep_choice=True))
        return page

    def _request(self, decision: Decision | None = None) -> cases.IntakeRequest:
        assert self._item is not None
        tolerant = self.tolerant_relevant()
        if decision is Decision.REFUSE:
            reason = self.refuse_reason.text()
        else:
            reason = self.supervisor_reason.text() if self._supervisor_needed else None
        return cases.IntakeRequest(
            item_code=self._item.item.code,
            applicant=self.applicant_input(),
            received=self.materials_model.received_codes(),
            missing=self.materials_model.missing_codes(),
            decision=decision,
            commitment_signed=tolerant and self.commitment_check.isChecked(),
            supply_days=self.supply_days.value() if tolerant else None,
            reason=reason or None,
            duplicate_reason=self.duplicate_reason.text().strip() or None,
        )

    def _refresh_preview(self, keep_choice: bool) -> None:
        if self._item is None:
            return
        previous = self.selected_decision() if keep_choice else None
        try:
            self.preview = cases.preview_intake(self.ws, self.actor, self._request(), self.today)
        except USER_ERRORS as exc:
            self.preview = None
            self.finish_error.setText(refusal_text(exc))
            for radio in self.decision_radios.values():
                radio.setEnabled(False)
            self._update_buttons()
            return
        self.finish_error.clear()
        preview = self.preview
        item = preview.facts.item
        applicant = self.applicant_input()
        self.decision_summary.setText(self.tr("{0} for {1}: {2} of {3} materials received.").format(
            item.name, applicant.name.strip(), len(preview.facts.received), len(item.materials)))
        warnings = intake_warnings(preview.warnings, id_check=self._id_check(), duplicates=preview.duplicates,
                                   broke_promise=preview.facts.applicant_broke_promise)
        self.decision_warnings.setText("\n".join(warnings))
        self.decision_warnings.setVisible(bool(warnings))
        for widget in (self.duplicate_label, self.duplicate_reason):
            widget.setVisible(bool(preview.duplicates))
        self._supervisor_needed = preview.facts.applicant_broke_promise and self.actor.is_supervisor
        for widget in (self.supervisor_label, self.supervisor_reason):
            widget.setVisible(self._supervisor_needed)

        for option in preview.options:
            radio = self.decision_radios[option.decision]
            label = self.decision_reasons[option.decision]
            radio.setEnabled(option.allowed)
            reason = decision_reason(option)
            if option.allowed:
                label.setText(reason + self._option_detail(option.decision))
                label.setStyleSheet("")
                radio.setToolTip("")
            else:
                label.setText(self.tr("Not possible: {0}").format(reason))
                label.setStyleSheet(ERROR_STYLE)
                radio.setToolTip(reason)
        tolerant_allowed = self.decision_radios[Decision.TOLERANT].isEnabled()
        self.deadline_label.setVisible(tolerant_allowed and preview.supply_deadline is not None)
        if preview.supply_deadline is not None:
            text = self.tr("Supply deadline: {0} ({1} working days)").format(
                ui_date(preview.supply_deadline), self.supply_days.value())
            if not preview.supply_confirmed:
                text += "  " + self.tr("⚠ calendar unconfirmed: the holidays of that year are not imported yet, "
                                       "the date may still move")
                self.deadline_label.setStyleSheet(WARNING_STYLE)
            else:
                self.deadline_label.setStyleSheet("font-weight: bold;")
            self.deadline_label.setText(text)

        choice = previous if previous is not None and self.decision_radios[previous].isEnabled() else None
        if choice is None:
            choice = preview.default if preview.default is not None else next(
                (o.decision for o in preview.options if o.allowed), None)
        if choice is not None:
            self.decision_radios[choice].setChecked(True)
        self._decision_changed()

    def _option_detail(self, decision: Decision) -> str:
        assert self.preview is not None
        item = self.preview.facts.item
        if decision is Decision.ACCEPT and item.promised_days:
            return self.tr(" (to be completed within {0} working days)").format(item.promised_days)
        if decision is Decision.NOTICE:
            unit = self.tr("working days") if item.supplement_unit is Unit.WORKING else self.tr("days")
            return self.tr(" (the applicant has {0} {1} to supply)").format(item.supplement_days, unit)
        return ""

    def selected_decision(self) -> Decision | None:
        for decision, radio in self.decision_radios.items():
            if radio.isChecked() and radio.isEnabled():
                return decision
        return None

    def _decision_changed(self) -> None:
        decision = self.selected_decision()
        refusing = decision is Decision.REFUSE
        self.refuse_reason.setEnabled(refusing)
        self.refuse_label.setEnabled(refusing)
        letters = LETTERS_FOR_DECISION.get(decision, ()) if decision else ()
        names = listing(letter_name(kind) for kind in letters)
        self.print_check.setText(self.tr("Print the letters no&w: {0}").format(names) if names
                                 else self.tr("Print the letters no&w"))
        self.finish_error.clear()
        self._update_buttons()

    def decision_ready(self) -> bool:
        decision = self.selected_decision()
        if decision is None or self.preview is None:
            return False
        if decision is Decision.REFUSE and not self.refuse_reason.text().strip():
            return False
        if self.preview.duplicates and not self.duplicate_reason.text().strip():
            return False
        return True

    # -------------------------------------------------------------------- navigation

    def _page_ok(self, page: int) -> bool:
        if page == ITEM_PAGE:
            return self.picker.current_code() is not None
        if page == APPLICANT_PAGE:
            return self.applicant_ok()
        if page == MATERIALS_PAGE:
            return self.materials_model.rowCount() > 0
        return self.decision_ready()

    def _update_buttons(self) -> None:
        if not self._built:
            return
        page = self.stack.currentIndex()
        self.back_button.setEnabled(page > ITEM_PAGE)
        self.next_button.setEnabled(page < DECISION_PAGE and self._page_ok(page))
        self.finish_button.setEnabled(page == DECISION_PAGE and self.decision_ready() and not self._saving)

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        names = [self.tr("Item"), self.tr("Applicant"), self.tr("Materials"), self.tr("Decision")]
        parts = []
        for i, name in enumerate(names):
            text = f"{i + 1}. {name}"
            parts.append(f"<b style='color:#0b57d0'>{text}</b>" if i == page else f"<span style='color:#5f6368'>"
                                                                                     f"{text}</span>")
        self.steps.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        self._update_buttons()
        if page == ITEM_PAGE:
            self.picker.search.setFocus()
        elif page == APPLICANT_PAGE:
            first_bad = next((edit for name, edit in (("name", self.name_edit), ("id", self.id_edit),
                                                      ("legal_rep", self.legal_rep_edit), ("phone", self.phone_edit))
                              if edit.isVisibleTo(self) and self._field_results()[name][0] == "error"),
                             self.name_edit)
            first_bad.setFocus()
        elif page == MATERIALS_PAGE:
            self.materials_view.setFocus()
            if not self.materials_view.currentIndex().isValid() and self.materials_model.rowCount():
                self.materials_view.setCurrentIndex(self.materials_model.index(0, 0))
        elif page == DECISION_PAGE:
            chosen = self.selected_decision()
            if chosen is not None:
                self.decision_radios[chosen].setFocus()

    def go_next(self) -> None:
        page = self.stack.currentIndex()
        if page >= DECISION_PAGE:
            return
        if not self._page_ok(page):
            if page == APPLICANT_PAGE:
                self._touched.update({"name", "id", "legal_rep", "phone"})
                self._check_applicant_fields()
            return
        if page == ITEM_PAGE:
            stored = self.picker.current_item()
            assert stored is not None
            self._load_item(stored)
        elif page == APPLICANT_PAGE:
            try:
                cases.check_applicant(self.applicant_input(), self.today)
            except cases.CaseRefused as exc:
                self.applicant_error.setText(refusal_text(exc))
                return
        elif page == MATERIALS_PAGE:
            self._refresh_preview(keep_choice=False)
        self._show_page(page + 1)

    def go_back(self) -> None:
        page = self.stack.currentIndex()
        if page > ITEM_PAGE:
            self._show_page(page - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Enter goes on; it never logs the case: that takes a deliberate Ctrl+Enter,
            # because a logged case uses up a case number that is never given again.
            if self.stack.currentIndex() < DECISION_PAGE:
                self.go_next()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (watched is self.materials_view and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space):
            index = self.materials_view.currentIndex()
            if index.isValid():
                self.materials_model.toggle(index.row())
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------------ finish

    def finish(self) -> None:
        if self.stack.currentIndex() != DECISION_PAGE or not self.decision_ready():
            return
        decision = self.selected_decision()
        assert decision is not None
        if self._saving:
            return
        request = self._request(decision)
        self._saving = True
        self.finish_button.setEnabled(False)  # one click, one case: the write runs on the worker
        run_write(self.worker, self, partial(cases.intake, self.ws, self.actor, request, self.today),
                  lambda view: self._logged(view, decision), self._not_logged, self._not_logged_yet)

    def _not_logged_yet(self) -> None:
        self._saving = False
        self._update_buttons()

    def _not_logged(self, exc: BaseException) -> None:
        self._saving = False
        self.finish_error.setText(self.tr("Not logged: {0}").format(exc))
        self._update_buttons()

    def _logged(self, view: cases.CaseView, decision: Decision) -> None:
        self.created_view = view
        case_uuid = view.state.uuid
        self.case_created.emit(case_uuid)
        if self.print_check.isChecked():
            self.print_requested.emit(case_uuid, [kind.value for kind in LETTERS_FOR_DECISION[decision]])
        self.accept()

    def has_input(self) -> bool:
        return any(edit.text().strip() for edit in (self.name_edit, self.id_edit, self.phone_edit,
                                                    self.legal_rep_edit))

    def reject(self) -> None:
        if self.created_view is None and self.has_input():
            answer = QMessageBox.question(
                self, self.tr("Discard this intake?"),
                self.tr("The applicant's details typed so far will be lost. Nothing has been logged."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
