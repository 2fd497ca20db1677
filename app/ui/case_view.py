"""Everything about one case, and the actions its state allows.

The view shows the applicant (full ID number: this is the one place it is shown
unmasked), the item and the version it was accepted under, every material with its
state, the countdowns with their deadlines, the history, and the letters printed. Each
action asks only what it needs in a small dialog, then goes to the case service; a
refusal is shown with the service's reason and nothing changes. After a success the
view reloads from the store and emits ``changed`` so the work list can refresh the row.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from types import SimpleNamespace
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.availability import Action, CaseOptions
from app.domain.letters import LetterKind
from app.domain.lifecycle import Status
from app.domain.rating import next_step, rating_code
from app.services import cases, officers
from app.services.changes import OpChanges
from app.services.errors import USER_ERRORS
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.ui.action_dialogs import (
    ActionDialog,
    CompleteDialog,
    CorrectDialog,
    ExtendDialog,
    FollowUpDialog,
    NoteDialog,
    PauseDialog,
    RatingDialog,
    RejectDialog,
    ReopenDialog,
    SettleDialog,
    SupplyDialog,
    TerminateDialog,
)
from app.ui.countdown_labels import CountdownLabel
from app.ui.db_tasks import run_write
from app.ui.domain_words import bracketed, chinese_interface, letter_name, ui_date
from app.ui.geometry import GeometryKeeper
from app.ui.events_model import EventsModel, letter_label
from app.ui.i18n import status_text
from app.ui.intake import decision_text
from app.ui.materials_model import CaseMaterialsModel
from app.ui.worker import Runner, SyncWorker
from app.ui.refusal_words import conflict_kind_word, rating_word, refusal_text, step_word

ModelIndex = QModelIndex | QPersistentModelIndex

STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    Status.AWAITING_SUPPLEMENT: ("#fff3cd", "#7a4d00"),
    Status.ACCEPTED: ("#d3e3fd", "#0b3d91"),
    Status.TOLERANT: ("#ffe0b2", "#7a3e00"),
    Status.REFUSED: ("#f2d7d5", "#8c1d18"),
    Status.COMPLETED: ("#c8e6c9", "#1b5e20"),
    Status.TERMINATED: ("#e0e0e0", "#424242"),
}
COUNTDOWN_KINDS = ("supply", "completion", "notice", "follow_up")


def _date(value: Any) -> str:
    return ui_date(value)


class LettersModel(QAbstractTableModel):
    """The letters printed for a case: kind, number, original or reprint, date, officer."""

    KIND, NUMBER, COPY, DATE, OFFICER = range(5)
    KindRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._letters: list[dict[str, Any]] = []
        self._officers: dict[str, str] = {}

    def set_letters(self, letters: Sequence[dict[str, Any]], officers: dict[str, str] | None = None) -> None:
        """``officers`` maps user names to display names."""
        self.beginResetModel()
        self._letters = [dict(x) for x in letters]
        self._officers = dict(officers or {})
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._letters)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Letter"), self.tr("Number"), self.tr("Copy"), self.tr("Date"), self.tr("Officer")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._letters):
            return None
        letter = self._letters[index.row()]
        if role == self.KindRole:
            return letter.get("kind")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.KIND:
            return letter_label(letter.get("kind", ""))
        if column == self.NUMBER:
            return letter.get("number", "")
        if column == self.COPY:
            return self.tr("Reprint") if letter.get("reprint") else self.tr("Original")
        if column == self.DATE:
            return _date(letter.get("date"))
        username = letter.get("officer", "")
        display = self._officers.get(username)
        return display + bracketed(username) if display and display != username else username


class CaseViewDialog(QDialog):
    """One case, read from the store, with the actions its state allows."""

    changed = Signal(str)
    print_requested = Signal(str, list)
    reprint_requested = Signal(str, str)

    def __init__(self, ws: Workspace, actor: Actor, case_uuid: str, today: dt.date,
                 parent: QWidget | None = None, *, worker: Runner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.worker: Runner = worker if worker is not None else SyncWorker()
        self.actor = actor
        self.case_uuid = case_uuid
        self.today = today
        self.view: cases.CaseView | None = None
        self.options: CaseOptions | None = None
        self._officer_names: dict[str, str] = {}
        self.action_dialog: ActionDialog | None = None
        self.setMinimumSize(800, 560)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.flag_label = QLabel(self)
        self.flag_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.flag_label.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.status_label)
        heading.addStretch(1)
        # Two stations recorded this case in ways that cannot both hold: say so above all else.
        self.conflict_label = QLabel(self)
        self.conflict_label.setObjectName("conflictBanner")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet("color: #8e1010; background: #fdecea; border: 1px solid #f5c2c0; "
                                          "border-radius: 4px; padding: 6px;")
        self.settle_button = QPushButton(self.tr("Settle the c&onflict…"), self)
        self.settle_button.setAutoDefault(False)
        self.settle_button.clicked.connect(self.settle_conflict)
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.conflict_label, 1)
        conflict_row.addWidget(self.settle_button, 0, Qt.AlignmentFlag.AlignTop)

        top = QHBoxLayout()
        top.addWidget(self._build_applicant_box(), 3)
        top.addWidget(self._build_item_box(), 3)
        top.addWidget(self._build_countdown_box(), 4)

        self.tabs = QTabWidget(self)
        self.materials_model = CaseMaterialsModel(self)
        self.materials_view = self._table(self.materials_model, stretch=CaseMaterialsModel.NAME)
        self.events_model = EventsModel(self)
        self.events_view = self._table(self.events_model, stretch=EventsModel.DETAILS)
        # One line per event, like a log; a long note or reason is shown whole as its tooltip.
        self.events_view.setWordWrap(False)
        self.letters_model = LettersModel(self)
        self.letters_view = self._table(self.letters_model, stretch=LettersModel.NUMBER)
        self.reprint_button = QPushButton(self.tr("R&eprint the selected letter"), self)
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.letters_view.selectionModel().selectionChanged.connect(lambda *_: self._update_reprint())
        letters_page = QWidget(self)
        letters_layout = QVBoxLayout(letters_page)
        letters_layout.addWidget(self.letters_view, 1)
        reprint_row = QHBoxLayout()
        reprint_row.addStretch(1)
        reprint_row.addWidget(self.reprint_button)
        letters_layout.addLayout(reprint_row)
        self.tabs.addTab(self.materials_view, "")
        self.tabs.addTab(self.events_view, "")
        self.tabs.addTab(letters_page, "")

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(conflict_row)
        layout.addWidget(self.flag_label)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_actions())

        self.geometry_keeper = GeometryKeeper(self, ws.paths.root, "case_view", QSize(1040, 720))
        self.worker.changed.connect(self._on_changes)
        self.reload()

    # ------------------------------------------------------------------- building

    def _table(self, model: QAbstractTableModel, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _value(self) -> QLabel:
        label = QLabel(self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _build_applicant_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Applicant"), self)
        form = QFormLayout(box)
        self.applicant_name = self._value()
        self.applicant_id = self._value()
        self.applicant_rep = self._value()
        self.applicant_phone = self._value()
        self.applicant_id_caption = QLabel(box)
        self.applicant_rep_caption = QLabel(self.tr("Legal representative:"), box)
        form.addRow(self.tr("Name:"), self.applicant_name)
        form.addRow(self.applicant_id_caption, self.applicant_id)
        form.addRow(self.applicant_rep_caption, self.applicant_rep)
        form.addRow(self.tr("Phone:"), self.applicant_phone)
        return box

    def _build_item_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Item"), self)
        form = QFormLayout(box)
        self.item_name = self._value()
        self.item_version = self._value()
        self.outcome = self._value()
        form.addRow(self.tr("Item:"), self.item_name)
        form.addRow(self.tr("Version used:"), self.item_version)
        self.date_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key, caption in (("intake", self.tr("Received:")), ("accepted", self.tr("Accepted:")),
                             ("closed", self.tr("Closed:"))):
            label = QLabel(caption, box)
            value = self._value()
            value.setWordWrap(False)
            form.addRow(label, value)
            self.date_rows[key] = (label, value)
        form.addRow(self.tr("Decision:"), self.outcome)
        return box

    def _build_countdown_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Countdowns"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        names = {
            "supply": self.tr("Supply deadline"),
            "completion": self.tr("Completion deadline"),
            "notice": self.tr("One-time notice due"),
            "follow_up": self.tr("Follow-up of a poor rating due"),
        }
        self.countdown_labels: dict[str, CountdownLabel] = {}
        self.countdown_dates: dict[str, QLabel] = {}
        self.countdown_names: dict[str, QLabel] = {}
        for row, kind in enumerate(COUNTDOWN_KINDS):
            self.countdown_names[kind] = QLabel(names[kind] + self.tr(":"), box)
            self.countdown_labels[kind] = CountdownLabel(kind, box)
            self.countdown_dates[kind] = self._value()
            self.countdown_dates[kind].setWordWrap(False)
            grid.addWidget(self.countdown_names[kind], row, 0)
            grid.addWidget(self.countdown_labels[kind], row, 1)
            grid.addWidget(self.countdown_dates[kind], row, 2)
        self.no_clock = QLabel(self.tr("No clock is running for this case."), box)
        self.no_clock.setStyleSheet("color: #5f6368;")
        grid.addWidget(self.no_clock, len(COUNTDOWN_KINDS), 0, 1, 3)
        grid.setRowStretch(len(COUNTDOWN_KINDS) + 1, 1)
        return box

    def _build_actions(self) -> QVBoxLayout:
        def button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            return b

        self.supply_button = button(self.tr("&Supply…"), self.tr("Record missing materials brought in"),
                                    self.supply_materials)
        self.reject_button = button(self.tr("Send &back…"), "", self.reject_material)
        self.pause_button = button(self.tr("&Pause clock…"), "", self.pause_or_resume)
        self.extend_button = button(self.tr("E&xtend…"), "", self.extend)
        self.complete_button = button(self.tr("&Complete…"), self.tr("Record the decision: approved or not"),
                                      self.complete)
        self.terminate_button = button(self.tr("&Terminate…"), self.tr("End the case without a decision"),
                                       self.terminate)
        self.print_button = QPushButton(self.tr("Print &letter"), self)
        self.print_button.setToolTip(self.tr("Print one of this case's letters"))
        self.print_button.setAutoDefault(False)
        self.print_menu = QMenu(self)
        self.print_button.setMenu(self.print_menu)
        # Room for the menu arrow, which the size hint leaves out under a style sheet.
        self.print_button.setMinimumWidth(self.print_button.sizeHint().width() + 16)
        self.rate_button = button(self.tr("&Rating…"), self.tr("Record the applicant's rating"), self.rate)
        self.follow_up_button = button(self.tr("&Follow-up…"), self.tr("The next step of a poor rating's follow-up"),
                                       self.follow_up)
        self.note_button = button(self.tr("Add &note…"), self.tr("Add a note to the history"), self.add_note)
        self.reopen_button = button(self.tr("Re&open…"), "", self.reopen)
        self.correct_button = button(self.tr("Co&rrect…"), self.tr("Correct a mistyped name or phone number"),
                                     self.correct)
        self.close_button = button(self.tr("Close"), self.tr("Esc"), self.accept)
        # Two rows: what the case's clocks allow, then what any case allows. One row of
        # them all is wider than a 1024-pixel screen in Chinese.
        actions, general = QHBoxLayout(), QHBoxLayout()
        for b in (self.supply_button, self.reject_button, self.pause_button, self.extend_button, self.complete_button,
                  self.terminate_button, self.reopen_button, self.rate_button, self.follow_up_button):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.print_button, self.note_button, self.correct_button):
            general.addWidget(b)
        general.addStretch(1)
        general.addWidget(self.close_button)
        rows = QVBoxLayout()
        rows.addLayout(actions)
        rows.addLayout(general)
        return rows

    # -------------------------------------------------------------------- showing

    def reload(self) -> None:
        """Read the case again on the worker and show it; a case that cannot be read is said so.

        What the officer may do with it is read in the same task, so the buttons always
        match the case shown.
        """
        ws, actor, case_uuid, today = self.ws, self.actor, self.case_uuid, self.today

        def load() -> tuple[cases.CaseView, CaseOptions, dict[str, str]]:
            view = cases.get_case(ws, case_uuid, today)
            try:
                names = {o["username"]: o["display_name"] for o in officers.list_officers(ws)}
            except USER_ERRORS:
                names = {}
            return view, cases.options(ws, actor, view, today), names

        self.worker.submit(load, self._loaded, self._load_failed)

    def _loaded(self, got: tuple[cases.CaseView, CaseOptions, dict[str, str]]) -> None:
        self.view, self.options, self._officer_names = got
        self._show(self.view)

    def _load_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, USER_ERRORS):
            raise exc
        QMessageBox.warning(self, self.tr("Cannot open the case"), refusal_text(exc))

    def _on_changes(self, changes: OpChanges) -> None:
        """Work done anywhere (here, a print, an import) that touched this case: show it again."""
        if changes.touches_case(self.case_uuid):
            self.reload()

    def _show(self, view: cases.CaseView) -> None:
        s = view.state
        self.setWindowTitle(self.tr("Case {0}").format(s.number))
        self.title.setText(s.number)
        background, foreground = STATUS_COLOURS.get(s.status, ("#e0e0e0", "#424242")) if s.status else (
            "#e0e0e0", "#424242")
        self.status_label.setText(status_text("deemed_accepted" if s.deemed else s.status.value) if s.status else "")
        self.status_label.setStyleSheet(f"background: {background}; color: {foreground}; border-radius: 4px; "
                                        f"padding: 3px 10px; font-weight: bold;")
        flags = []
        if s.deemed:
            flags.append(self.tr("The one-time notice was due by %1 and was not given: by law the case counts as "
                                 "accepted from %2, and the completion deadline runs from that day.")
                         .replace("%1", _date(s.deemed.notice_deadline)).replace("%2", _date(s.deemed.acceptance_date)))
        if s.flagged:
            flags.append(self.tr("The applicant has a broken commitment of tolerant acceptance on record."))
        if s.promise_broken:
            flags.append(self.tr("The applicant's commitment was broken on this case."))
        if s.paused:
            flags.append(self.tr("The completion clock is paused."))
        self.flag_label.setText(" ".join(flags))
        self.flag_label.setVisible(bool(flags))
        self._show_conflicts(s)

        a = s.applicant
        enterprise = a.get("kind") == "enterprise"
        self.applicant_name.setText(a.get("name", ""))
        self.applicant_id_caption.setText(self.tr("Credit code:") if enterprise else self.tr("ID number:"))
        self.applicant_id.setText(a.get("id_number", ""))
        self.applicant_rep.setText(a.get("legal_rep", ""))
        self.applicant_rep.setVisible(enterprise)
        self.applicant_rep_caption.setVisible(enterprise)
        self.applicant_phone.setText(a.get("phone", ""))

        item = s.item
        self.item_name.setText(item.get("name", "") + bracketed(item.get("code", "")))
        self.item_version.setText(self.tr("version {0}").format(item.get("version", "")))
        for key, day in (("intake", s.intake_date), ("accepted", s.accepted_date), ("closed", s.closed_date)):
            label, value = self.date_rows[key]
            value.setText(_date(day))
            label.setVisible(day is not None)
            value.setVisible(day is not None)
        outcome = decision_text(s.decision) if s.decision else "—"
        separator = "；" if chinese_interface() else "; "
        if s.result:
            outcome += separator + (self.tr("approved") if s.result == "approved" else self.tr("not approved"))
        if s.reason:
            outcome += separator + self.tr("reason: {0}").format(s.reason)
        if s.rating:
            outcome += separator + self.tr("rated: %1").replace("%1", rating_word(rating_code(s)))
        self.outcome.setText(outcome)

        shown = 0
        for kind in COUNTDOWN_KINDS:
            status = view.countdowns.get(kind)
            for widget in (self.countdown_names[kind], self.countdown_labels[kind], self.countdown_dates[kind]):
                widget.setVisible(status is not None)
            self.countdown_labels[kind].set_status(status)
            if status is not None:
                shown += 1
                text = _date(status.deadline)
                if not status.confirmed:
                    text += " " + self.tr("(unconfirmed)")
                self.countdown_dates[kind].setText(text)
        self.no_clock.setVisible(shown == 0)

        names = {code: m.name for code, m in s.materials.items()}
        self.materials_model.set_materials(list(s.materials.values()))
        display = self._officer_names
        self.events_model.set_events(view.events, officers=display, material_names=names)
        self.letters_model.set_letters(s.letters, display)
        missing = len(s.missing_required)
        self.tabs.setTabText(0, self.tr("&Materials ({0} missing)").format(missing) if missing
                             else self.tr("&Materials"))
        self.tabs.setTabText(1, self.tr("&History ({0})").format(len(view.events)))
        self.tabs.setTabText(2, self.tr("Letters printe&d ({0})").format(len(s.letters)))
        self._update_actions()
        self._update_reprint()

    def _update_actions(self) -> None:
        """Enable what the domain allows for this officer today; a disabled button says why."""
        o = self.options
        paused = bool(self.view and self.view.state.paused)

        def offer(button: QPushButton, action: Action, tip: str) -> None:
            allowed = o is not None and o.allowed(action)
            button.setEnabled(allowed)
            button.setToolTip(tip if allowed or o is None else refusal_text(o.actions[action]))

        offer(self.supply_button, Action.SUPPLY, self.tr("Record missing materials brought in"))
        offer(self.reject_button, Action.REJECT_MATERIAL,
              self.tr("Send back a material that does not meet the requirements"))
        if paused:
            self.pause_button.setText(self.tr("&Resume clock"))
            offer(self.pause_button, Action.RESUME, self.tr("Start the completion clock again"))
        else:
            self.pause_button.setText(self.tr("&Pause clock…"))
            offer(self.pause_button, Action.PAUSE, self.tr("Stop the completion clock for a special procedure"))
        offer(self.extend_button, Action.EXTEND, self.tr("Add working days to the completion limit"))
        offer(self.complete_button, Action.COMPLETE, self.tr("Record the decision: approved or not"))
        offer(self.terminate_button, Action.TERMINATE, self.tr("End the case without a decision"))
        offer(self.note_button, Action.NOTE, self.tr("Add a note to the history"))
        offer(self.reopen_button, Action.REOPEN, self.tr("Take up a case completed or terminated by mistake"))
        offer(self.rate_button, Action.RATE, self.tr("Record the applicant's rating"))
        offer(self.follow_up_button, Action.FOLLOW_UP, self.tr("The next step of a poor rating's follow-up"))
        # A closed case has no clock to act on: the row shows 重新办理, the rating and a poor
        # rating's follow-up where the clock's actions were, and stays within a small screen.
        closed = bool(self.view and self.view.state.status is not None and not self.view.state.status.is_open)
        for b in (self.supply_button, self.reject_button, self.pause_button, self.extend_button,
                  self.complete_button, self.terminate_button):
            b.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.rate_button.setVisible(closed and bool(o and o.allowed(Action.RATE)))
        step = next_step(self.view.state) if self.view is not None else None
        self.follow_up_button.setVisible(step is not None)
        if step is not None:
            self.follow_up_button.setText(self.tr("&Follow-up: %1…").replace("%1", step_word(step)))
        self.print_menu.clear()
        for kind in self.letter_kinds():
            action = self.print_menu.addAction(letter_name(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.print_letter(k.value))
        self.print_button.setEnabled(not self.print_menu.isEmpty())
        self.print_button.setToolTip(self.tr("Print one of this case's letters") if not self.print_menu.isEmpty()
                                     else self.tr("No letter fits this case now"))

    def letter_kinds(self) -> list[LetterKind]:
        """The letters that fit the case now, as the domain says."""
        return self.options.printable if self.options is not None else []

    def _update_reprint(self) -> None:
        self.reprint_button.setEnabled(self.letters_view.currentIndex().isValid()
                                       and self.letters_view.selectionModel().hasSelection())

    # -------------------------------------------------------------------- actions

    def _run(self, action: Callable[[], Any], after: Callable[[], None] | None = None) -> None:
        """Do one service action on the worker; on refusal say why and change nothing."""
        run_write(self.worker, self, action, lambda view: self._done(view, after),
                  lambda exc: QMessageBox.warning(self, self.tr("Not done"), refusal_text(exc)))

    def _done(self, _view: Any, after: Callable[[], None] | None = None) -> None:
        # The worker's ``changed`` signal, which comes next, shows the case again.
        self.changed.emit(self.case_uuid)
        if after is not None:
            after()

    def _open(self, dialog: ActionDialog, on_accept: Callable[[], Callable[[], Any]],
              after: Callable[[], None] | None = None) -> None:
        """``on_accept`` reads the dialog (on the GUI thread) and returns the action to run;
        ``after`` runs once the action was done (not when it was refused)."""
        self.action_dialog = dialog
        dialog.accepted.connect(lambda: self._run(on_accept(), after))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def supply_materials(self) -> None:
        if self.view is None:
            return
        missing = sorted(self.view.state.missing_materials, key=lambda m: not m.required)  # required first
        dialog = SupplyDialog(missing, self)
        self._open(dialog, lambda: partial(cases.supply, self.ws, self.actor, self.case_uuid, dialog.codes(), self.today))

    def reject_material(self) -> None:
        if self.view is None or self.options is None:
            return
        materials = [self.view.state.materials[c] for c in self.options.rejectable]
        dialog = RejectDialog(materials, self)
        self._open(dialog, lambda: partial(cases.reject_material, self.ws, self.actor, self.case_uuid,
                                           dialog.code() or "", dialog.reason(), self.today))

    def pause_or_resume(self) -> None:
        if self.view is None:
            return
        if self.view.state.paused:
            self._run(partial(cases.resume, self.ws, self.actor, self.case_uuid, self.today))
            return
        dialog = PauseDialog(self)
        self._open(dialog, lambda: partial(cases.pause, self.ws, self.actor, self.case_uuid, dialog.reason(), self.today))

    def extend(self) -> None:
        if self.view is None:
            return
        dialog = ExtendDialog(self.view.state.extended_days, self)
        # The applicant must be told the extension and its reason (行政许可法 §42): the
        # 延期告知书 goes to printing at once.
        self._open(dialog, lambda: partial(cases.extend, self.ws, self.actor, self.case_uuid, dialog.days(),
                                           dialog.reason(), self.today),
                   after=lambda: self.print_letter(LetterKind.EXTENSION_NOTICE.value))

    def complete(self) -> None:
        if self.view is None:
            return
        missing = [m.name for m in self.view.state.missing_required]
        dialog = CompleteDialog(missing, self)
        self._open(dialog, lambda: partial(cases.complete, self.ws, self.actor, self.case_uuid, dialog.result() or "",
                                                  self.today))

    def terminate(self) -> None:
        dialog = TerminateDialog(self)
        self._open(dialog, lambda: partial(cases.terminate, self.ws, self.actor, self.case_uuid, dialog.reason(), self.today))

    def rate(self) -> None:
        dialog = RatingDialog(self)
        self._open(dialog, lambda: partial(cases.rate, self.ws, self.actor, self.case_uuid, dialog.level(),
                                           dialog.comment(), self.today, declined=dialog.declined(),
                                           named=dialog.named()))

    def follow_up(self) -> None:
        step = next_step(self.view.state) if self.view else None
        if step is None:
            return
        dialog = FollowUpDialog(step, self)
        self._open(dialog, lambda: partial(cases.follow_up, self.ws, self.actor, self.case_uuid, step,
                                           dialog.text(), self.today))

    def reopen(self) -> None:
        dialog = ReopenDialog(self)
        self._open(dialog, lambda: partial(cases.reopen, self.ws, self.actor, self.case_uuid, dialog.reason(),
                                           self.today))

    def correct(self) -> None:
        if self.view is None:
            return
        dialog = CorrectDialog(self.view.state.applicant, self)
        self._open(dialog, lambda: partial(cases.correct_applicant, self.ws, self.actor, self.case_uuid,
                                           dialog.field() or "", dialog.value(), dialog.reason(), self.today))

    def add_note(self) -> None:
        dialog = NoteDialog(self)
        self._open(dialog, lambda: partial(cases.add_note, self.ws, self.actor, self.case_uuid, dialog.text(), self.today))

    def _side_text(self, side) -> str:
        label = self.events_model.event_label(SimpleNamespace(type=side.type, label=side.type))
        return " ".join(x for x in (label, side.date or "", side.officer, side.detail) if x)

    def _show_conflicts(self, s) -> None:
        lines = []
        for i, c in enumerate(s.conflicts, 1):
            lines.append(self.tr("Conflict %1: %2").replace("%1", str(i)).replace("%2", conflict_kind_word(c.kind)))
            lines.append(self.tr("  first: %1").replace("%1", self._side_text(c.first)))
            lines.append(self.tr("  second: %1").replace("%1", self._side_text(c.second)))
        self.conflict_label.setText("\n".join(lines))
        self.conflict_label.setVisible(bool(lines))
        self.settle_button.setVisible(bool(lines))
        self.settle_button.setEnabled(self.actor.is_supervisor)
        self.settle_button.setToolTip(
            self.tr("Choose which station's record holds") if self.actor.is_supervisor
            else self.tr("Only a supervisor or an administrator can settle a conflict"))

    def settle_conflict(self) -> None:
        if self.view is None or not self.view.state.conflicts:
            return
        conflict = self.view.state.conflicts[0]
        dialog = SettleDialog(conflict_kind_word(conflict.kind), [(conflict.first.event_uuid, self._side_text(conflict.first)),
                                                    (conflict.second.event_uuid, self._side_text(conflict.second))],
                              self)
        self._open(dialog, lambda: partial(cases.settle, self.ws, self.actor, self.case_uuid, conflict.id,
                                           dialog.keep() or "", dialog.reason(), self.today))

    def print_letter(self, kind: str) -> None:
        self.print_requested.emit(self.case_uuid, [kind])

    def reprint_selected(self) -> None:
        index = self.letters_view.currentIndex()
        if not index.isValid():
            return
        kind = self.letters_model.index(index.row(), 0).data(LettersModel.KindRole)
        if kind:
            self.reprint_requested.emit(self.case_uuid, kind)
