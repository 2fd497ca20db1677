"""The main window: today's work list with its counts, filters, banners and menus.

The list shows open cases most urgent first. Everything it shows is read on the worker
thread (ids in work-list order and the counts); rows are painted from the model's pages.
After any dialog that may have changed something, the ids and counts are read again and
the selected case stays selected; nothing else is rebuilt. A timer notices the date
change at midnight. Dialogs built in other modules are imported when first opened.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.lifecycle import Status
from app.services.catalogue import current_items
from app.services.errors import USER_ERRORS
from app.services.officers import Actor, Role
from app.services import sync_receipts
from app.services.queries import Counts, counts, ordered_ids
from app.services.changes import OpChanges
from app.services.workspace import Workspace
from app.ui.badges import BadgeDelegate, TwoLineDelegate, second_line_font, widest_badge_text
from app.ui.filters import CountTiles, Criteria, FilterBar, StateChoice, conditions_for
from app.ui.geometry import GeometryKeeper
from app.ui.i18n import long_date, status_text
from app.ui import sync_dialogs
from app.ui.refusal_words import refusal_text
from app.ui.sign_in import SignInDialog
from app.ui.worker import Runner, Worker
from app.ui.worklist_model import APPLICANT, COMPLETION, INTAKE, ITEM, NUMBER, STATUS, SUPPLY, WorklistModel

if TYPE_CHECKING:
    from app.ui.printing import LetterPrinter

DAY_CHECK_MS = 30_000
log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def role_text(role: Role) -> str:
    return {
        Role.OFFICER: translate("MainWindow", "window officer"),
        Role.SUPERVISOR: translate("MainWindow", "supervisor"),
        Role.ADMIN: translate("MainWindow", "administrator"),
    }[role]


class Banner(QFrame):
    """A full-width message above the list (clock set back, calendar not imported)."""

    def __init__(self, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("level", level)
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.hide()

    def show_text(self, text: str | None) -> None:
        self.label.setText(text or "")
        self.setVisible(bool(text))


class MainWindow(QMainWindow):
    """Today's work list for the signed-in officer."""

    refreshed = Signal()
    day_changed = Signal(object)  # the new day (a date), when the clock passes midnight
    actor_changed = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, *, worker: Runner | None = None,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.worker: Runner = worker if worker is not None else Worker(self)
        self._fixed_today = today
        self._today = today or ws.clock.today()
        self._clock_problem: str | None = None
        self._generation = 0
        self._pending_select: str | None = None
        self._open_dialogs: list[QDialog] = []
        self._letter_printer: Any = None
        self._manual: QDialog | None = None
        self.setObjectName("mainWindow")

        self.model = WorklistModel(ws, self._today, self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._update_title()
        self._update_actor_widgets()
        self._update_day_widgets()

        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()
        self.geometry_keeper = GeometryKeeper(self, ws.paths.root, "main", QSize(1280, 800),
                                              maximise_when_small=True)
        self.filters.search.setFocus()
        self.worker.changed.connect(self._on_changes)
        from app.ui.county_view import CountyMenu

        self.county_menu = CountyMenu(self, self.view_menu, self.reports_menu)  # shown at a county hub
        self.refresh()
        self.refresh_sync_status()

    # -- building -----------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_intake_action = self._action(self.tr("&New intake…"), self.new_intake,
                                              QKeySequence.StandardKey.New, "newIntake")
        self.new_intake_action.setIconText(self.tr("New intake"))
        self.new_intake_action.setToolTip(self.tr("Log a new application (Ctrl+N)"))
        self.open_case_action = self._action(self.tr("&Open selected case"), self.open_selected, None, "openCase")
        self.open_case_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_case_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.switch_action = self._action(self.tr("S&witch officer…"), self.switch_officer, "Ctrl+L", "switchOfficer")
        self.switch_action.setIconText(self.tr("Switch officer"))
        self.switch_action.setToolTip(self.tr("Sign in as another officer without closing the program (Ctrl+L)"))
        self.quit_action = self._action(self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.refresh_action = self._action(self.tr("&Refresh"), lambda: self.refresh(),
                                           QKeySequence.StandardKey.Refresh, "refresh")
        if self.refresh_action.shortcut().isEmpty():
            self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setIconText(self.tr("Refresh"))
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find, "find")
        self.batch_print_action = self._action(self.tr("Print &reminders…"), self.open_batch_print, None,
                                               "batchPrint")
        self.ledger_action = self._action(self.tr("Export the &ledger…"), self.open_ledger_export, None, "ledgerExport")
        self.ledger_action.setToolTip(self.tr("The monthly ledger of the cases received, as an Excel workbook"))
        self.report_action = self._action(self.tr("&Monthly report…"), self.open_report, None, "monthlyReport")
        self.report_action.setToolTip(self.tr("What the ledger adds up to, with charts: to read, print or save"))
        self.catalogue_action = self._action(self.tr("Service item &catalogue…"),
                                             lambda: self.open_admin("catalogue"), None, "catalogue")
        self.officers_action = self._action(self.tr("&Officers…"), lambda: self.open_admin("officers"), None,
                                            "officers")
        self.settings_action = self._action(self.tr("Centre &settings…"), lambda: self.open_admin("settings"), None,
                                            "settings")
        self.calendar_action = self._action(self.tr("&Holiday calendar…"), lambda: self.open_admin("calendar"),
                                            None, "calendar")
        self.backup_action = self._action(self.tr("&Backup and restore…"), lambda: self.open_admin("backup"),
                                          None, "backup")
        self.manual_action = self._action(self.tr("User &manual"), self.show_manual,
                                          QKeySequence.StandardKey.HelpContents, "manual")
        self.about_action = self._action(self.tr("&About"), self.show_about, None, "about")
        self.export_package_action = self._action(self.tr("&Export a report package…"), self.export_package, None,
                                                  "exportPackage")
        self.import_package_action = self._action(self.tr("&Import a package…"), self.import_package, None,
                                                  "importPackage")
        self.conflicts_action = self._action(self.tr("Cases in &conflict…"), self.open_conflicts, None, "conflicts")
        self.import_receipt_action = self._action(self.tr("Import a &receipt…"), self.import_receipt, None,
                                                  "importReceipt")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_intake_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_package_action)
        self.file_menu.addAction(self.import_package_action)
        self.file_menu.addAction(self.import_receipt_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.switch_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.conflicts_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.open_case_action)
        self.print_menu = bar.addMenu(self.tr("&Print"))
        self.print_menu.addAction(self.batch_print_action)
        self.reports_menu = bar.addMenu(self.tr("&Reports"))
        self.reports_menu.addAction(self.ledger_action)
        self.reports_menu.addAction(self.report_action)
        self.admin_menu = bar.addMenu(self.tr("&Administration"))
        for action in (self.catalogue_action, self.officers_action, self.settings_action, self.calendar_action):
            self.admin_menu.addAction(action)
        self.admin_menu.addSeparator()
        self.admin_menu.addAction(self.backup_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.manual_action)
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_intake_action)
        new_button = bar.widgetForAction(self.new_intake_action)
        if new_button is not None:
            new_button.setObjectName("newIntakeButton")
        bar.addAction(self.refresh_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.officer_label = QLabel()
        self.officer_label.setObjectName("officerLabel")
        bar.addWidget(self.officer_label)
        bar.addAction(self.switch_action)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_central(self) -> None:
        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(14, 10, 14, 6)
        layout.setSpacing(10)

        self.clock_banner = Banner("error")
        self.clock_banner.setObjectName("clockBanner")
        self.calendar_banner = Banner("warning")
        self.calendar_banner.setObjectName("calendarBanner")
        layout.addWidget(self.clock_banner)
        layout.addWidget(self.calendar_banner)

        header = QHBoxLayout()
        header.setSpacing(16)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.heading = QLabel(self.tr("Today's work"))
        self.heading.setObjectName("pageHeading")
        self.date_label = QLabel()
        self.date_label.setObjectName("dateLabel")
        titles.addWidget(self.heading)
        titles.addWidget(self.date_label)
        titles.addStretch(1)
        header.addLayout(titles)
        header.addStretch(1)
        self.tiles = CountTiles()
        self.tiles.picked.connect(lambda value: self.filters.set_state(StateChoice(value)))
        header.addWidget(self.tiles)
        layout.addLayout(header)

        self.filters = FilterBar(current_items(self.ws))
        self.filters.changed.connect(lambda: self.refresh(with_counts=False))
        self.filters.search.leave_down.connect(self.focus_list)
        layout.addWidget(self.filters)

        self.table = QTableView()
        self.table.setObjectName("worklist")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        self._badge_delegate = BadgeDelegate(self.table)
        self._two_line_delegate = TwoLineDelegate(self.table)
        for column in (SUPPLY, COMPLETION):
            self.table.setItemDelegateForColumn(column, self._badge_delegate)
        self.table.setItemDelegateForColumn(APPLICANT, self._two_line_delegate)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        fm = QFontMetrics(self.table.font())
        vertical.setDefaultSectionSize(fm.height() * 2 + 16)
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.table.doubleClicked.connect(lambda index: self.open_case(self.model.case_uuid(index.row())))
        self.table.addAction(self.open_case_action)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        layout.addWidget(self.list_stack, 1)
        self.setCentralWidget(central)

    def _size_columns(self) -> None:
        """Widths that fit the title and the longest usual content in the current language."""
        fm = QFontMetrics(self.table.font())
        bold = self.table.horizontalHeader().font()
        bold.setBold(True)
        head = QFontMetrics(bold)
        em = fm.horizontalAdvance("中")
        badge = fm.horizontalAdvance(widest_badge_text()) + 30
        content = {
            SUPPLY: badge,
            COMPLETION: badge,
            APPLICANT: max(em * 7, QFontMetrics(second_line_font(self.table.font())).horizontalAdvance(
                "110105********002X")) + 28,
            NUMBER: fm.horizontalAdvance("青山镇便民受字〔2026〕第00-0000号") + 24,
            # The everyday statuses on one line; the long "deemed accepted" wraps onto the row's
            # second line, so that the item keeps its room on a 1024-pixel screen.
            STATUS: max(fm.horizontalAdvance(status_text(s.value)) for s in Status)
            + fm.horizontalAdvance("冲突 · ")
            + 24,
            INTAKE: fm.horizontalAdvance("2026-12-31") + 28,
        }
        for column, width in content.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(column, max(width, head.horizontalAdvance(title) + 30))

    def _build_status_bar(self) -> None:
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.status_officer = QLabel()
        self.status_officer.setObjectName("statusOfficer")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncStatus")
        self.statusBar().addWidget(self.result_label, 1)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.status_officer)

    # -- what is shown -------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._today

    def _update_title(self) -> None:
        settings = self.ws.settings()
        station = self.ws.station
        centre = settings.centre_name or (station.centre_name if station else "")
        window = settings.window_name or (station.window_name if station else "")
        place = " · ".join(x for x in (centre, window) if x)
        product = self.tr("Convenience Service Window Intake System")
        self.setWindowTitle(f"{product} — {place}" if place else product)

    def _update_actor_widgets(self) -> None:
        self.officer_label.setText(self.tr("Officer: %1 (%2)").replace("%1", self.actor.display_name)
                                   .replace("%2", role_text(self.actor.role)))
        self.status_officer.setText(self.tr("Signed in: %1 (%2)").replace("%1", self.actor.display_name)
                                    .replace("%2", self.actor.username))
        for action in (self.catalogue_action, self.officers_action, self.settings_action, self.calendar_action,
                       self.backup_action):
            action.setEnabled(self.actor.is_admin)
            action.setToolTip("" if self.actor.is_admin else self.tr("Only an administrator can do this"))
        self._update_intake_enabled()

    def _update_intake_enabled(self) -> None:
        blocked = self._clock_problem is not None and self._fixed_today is None
        self.new_intake_action.setEnabled(not blocked)

    def _update_day_widgets(self) -> None:
        text = self.tr("Today: %1").replace("%1", long_date(self._today))
        if self._fixed_today is not None:
            text += self.tr(" (date set at start)")
        self.date_label.setText(text)
        self.calendar_banner.show_text(self._calendar_warning())

    def _calendar_warning(self) -> str | None:
        year = self._today.year
        cal = self.ws.calendar
        if not cal.covers(year):
            return self.tr("The official holidays of %1 are not in the calendar: deadlines are counted on "
                           "weekends only and marked “?”. Import the year under Administration → Holiday "
                           "calendar.").replace("%1", str(year))
        if cal.next_year_due(self._today):
            return self.tr("The official holidays of %1 are not in the calendar yet: deadlines in %1 are counted "
                           "on weekends only and marked “?”. Import the year under Administration → Holiday "
                           "calendar once it is published.").replace("%1", str(year + 1))
        return None

    def _show_clock_problem(self, refusal: BaseException | None) -> None:
        problem = None if refusal is None else refusal_text(refusal)
        self._clock_problem = problem
        self.clock_banner.show_text(problem)
        self._update_intake_enabled()

    # -- refreshing -------------------------------------------------------------------------

    def refresh(self, *, with_counts: bool = True, select: str | None = None, to_top: bool = False) -> None:
        """Read the list again (and the counts); the selected case stays selected.

        ``to_top`` brings the list back to its first rows, where the most urgent cases are.
        """
        self._generation += 1
        generation = self._generation
        keep = select or self._pending_select or self.selected_uuid()
        self._pending_select = None
        ws, today, criteria = self.ws, self._today, self.filters.criteria()

        def load() -> tuple[list[str], Counts | None, BaseException | None]:
            conditions = conditions_for(ws, criteria, today)
            with ws.read() as session:
                ids = ordered_ids(session, conditions, today)
            if not with_counts:
                return ids, None, None
            return ids, counts(ws, today), ws.clock_refusal()

        self.worker.submit(load, lambda result: self._apply(generation, keep, criteria, with_counts, result,
                                                            to_top),
                           self._refresh_failed)

    def _apply(self, generation: int, keep: str | None, criteria: Criteria, with_counts: bool,
               result: tuple[list[str], Counts | None, BaseException | None], to_top: bool = False) -> None:
        ids, found_counts, problem = result
        if with_counts and found_counts is not None:
            self.tiles.set_counts(found_counts)
            self._show_clock_problem(problem)
        if generation != self._generation:
            return  # a newer query is on its way
        self.model.set_ids(ids)
        self._reselect(keep, scroll=not to_top)
        if to_top:
            self.table.scrollToTop()
        self.result_label.setText(self.tr("%n case(s) shown", "", len(ids)))
        if ids:
            self.list_stack.setCurrentWidget(self.table)
        else:
            if criteria.search:
                self.empty_label.setText(self.tr("No case matches “%1”.").replace("%1", criteria.search))
            else:
                self.empty_label.setText(self.tr("No cases to show."))
            self.list_stack.setCurrentWidget(self.empty_label)
        self.refreshed.emit()

    def _reselect(self, case_uuid: str | None, *, scroll: bool = True) -> None:
        row = self.model.row_of(case_uuid) if case_uuid else None
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _refresh_failed(self, error: BaseException) -> None:
        if not isinstance(error, USER_ERRORS):
            raise error
        self.result_label.setText(refusal_text(error))
        self.refreshed.emit()

    def check_day(self) -> None:
        """At midnight (or after the laptop wakes up on a later day) count from the new day."""
        if self._fixed_today is None:
            now = self.ws.clock.today()
            if now != self._today:
                self._today = now
                self.model.set_today(now)
                self._update_day_widgets()
                self.refresh()
                self.day_changed.emit(now)
                return
        self.worker.submit(self.ws.clock_refusal, self._show_clock_problem, self._refresh_failed)

    def after_changes(self, case_uuid: str | None = None) -> None:
        """Something was done (by a dialog): read the list and counts again, from the top.

        The case acted on stays selected, but the list shows its first rows again: the
        overdue and due-today cases sort there and must not slip out of sight.
        """
        if case_uuid:
            self._pending_select = case_uuid
        self.refresh(select=case_uuid, to_top=True)

    def _on_changes(self, changes: OpChanges) -> None:
        """Work done anywhere in the window changed these kinds of data: show them again.

        One signal from the worker carries every change (app.services.changes), so no
        dialog has to tell the window what it did, and nothing is read again for nothing.
        """
        if changes.settings:
            self.ws.forget_station()
            self._update_title()
        if changes.calendar:
            self.ws.reload_calendar()
            self._update_day_widgets()
        if changes.catalogue:
            self.worker.submit(lambda: current_items(self.ws), self.filters.set_items, self._refresh_failed)
        if changes.case_list:
            one = next(iter(changes.cases)) if len(changes.cases) == 1 and not changes.all_cases else None
            self.after_changes(one)
        if changes.sync:
            self.refresh_sync_status()

    # -- sync by file -----------------------------------------------------------------------

    def refresh_sync_status(self) -> None:
        self.worker.submit(lambda: sync_receipts.status(self.ws),
                           lambda status: self.sync_label.setText(sync_dialogs.status_text(status)),
                           lambda error: log.warning("sync status not read: %s", error))

    def export_package(self) -> None:
        dialog = sync_dialogs.ExportDialog(self.ws, self.actor, self.worker, self)
        dialog.exported.connect(lambda _r: self.refresh_sync_status())
        self._show_dialog(dialog)

    def import_package(self) -> None:
        path = sync_dialogs.choose_package(self)
        if path is None:
            return
        dialog = sync_dialogs.ImportDialog(self.ws, self.actor, self.worker, path, self)
        dialog.settle_requested.connect(self.open_conflicts)
        self._show_dialog(dialog)

    def open_conflicts(self) -> None:
        from app.ui.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.ws, self.actor, self.worker, self.today, self)
        self._show_dialog(dialog)

    def import_receipt(self) -> None:
        sync_dialogs.import_receipt(self.ws, self.worker, self, self.refresh_sync_status)

    # -- selection and navigation ------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else QModelIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.case_uuid(index.row())

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def focus_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if self.selected_uuid() is None:
            self._reselect(self.model.case_uuid(0))

    # -- actions ---------------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking; the list is read again when it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self._open_dialogs.append(dialog)
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        """What the dialog changed was shown as it happened (``_on_changes``); the case it
        was about is selected in the list."""
        if dialog in self._open_dialogs:
            self._open_dialogs.remove(dialog)
        if self._pending_select and self._pending_select != self.selected_uuid():
            self.refresh(with_counts=False, select=self._pending_select)

    def _remember_selection(self, case_uuid: str) -> None:
        self._pending_select = case_uuid

    def new_intake(self) -> None:
        if not self.new_intake_action.isEnabled():
            return
        from app.ui.intake import IntakeDialog

        dialog = IntakeDialog(self.ws, self.actor, self._today, self, worker=self.worker)
        dialog.case_created.connect(self._remember_selection)
        dialog.print_requested.connect(self.print_letters_soon)
        self._show_dialog(dialog)

    def open_selected(self) -> None:
        self.open_case(self.selected_uuid())

    def open_case(self, case_uuid: str | None) -> None:
        if not case_uuid:
            return
        from app.ui.case_view import CaseViewDialog

        self._pending_select = case_uuid
        dialog = CaseViewDialog(self.ws, self.actor, case_uuid, self._today, self, worker=self.worker)
        dialog.print_requested.connect(self.print_letters_soon)
        dialog.reprint_requested.connect(lambda uuid, kind: self.print_letters_soon(uuid, [kind], True))
        self._show_dialog(dialog)

    def open_batch_print(self) -> None:
        from app.ui.batch_print import BatchReminderDialog

        dialog = BatchReminderDialog(self.ws, self.actor, self._today, self, worker=self.worker)
        dialog.changed.connect(self._remember_selection)
        self._show_dialog(dialog)

    def open_ledger_export(self) -> None:
        from app.ui.ledger_dialog import LedgerExportDialog

        self._show_dialog(LedgerExportDialog(self.ws, self._today, self, worker=self.worker))

    def open_report(self) -> None:
        from app.ui.ledger_dialog import ReportDialog

        self._show_dialog(ReportDialog(self.ws, self._today, self, worker=self.worker))

    def open_admin(self, page: str) -> None:
        if not self.actor.is_admin:
            return
        from app.ui.admin.admin_window import AdminDialog

        dialog = AdminDialog(self.ws, self.actor, self, worker=self.worker, today=self._today, page=page)
        dialog.restored.connect(self._restored)
        self._show_dialog(dialog)

    def _restored(self, _saved: str) -> None:
        """The database under this window was replaced: only a new start reads it."""
        QMessageBox.information(self, self.tr("Restored"), self.tr(
            "The backup has been restored. The program closes now; start it again to work on the restored data."))
        QTimer.singleShot(0, self.close)

    # -- letters ---------------------------------------------------------------------------

    def letter_printer(self) -> "LetterPrinter":
        """The window's one letter printer (its QPrinter keeps the officer's choices)."""
        if self._letter_printer is None:
            from app.ui.printing import LetterPrinter

            self._letter_printer = LetterPrinter(self.ws, self, worker=self.worker)
        return self._letter_printer

    def print_letters_soon(self, case_uuid: str, kinds: list, reprint: bool = False) -> None:
        """Print once the requesting dialog has finished what it is doing (an intake closes first)."""
        QTimer.singleShot(0, lambda: self.print_letters(case_uuid, list(kinds), reprint))

    def print_letters(self, case_uuid: str, kinds: list[str], reprint: bool = False) -> None:
        printer = self.letter_printer()
        if reprint:
            for kind in kinds:
                printer.reprint(self.actor, case_uuid, kind, self._today)
        else:
            printer.print_letters(self.actor, case_uuid, kinds, self._today)


    def switch_officer(self) -> None:
        dialog = SignInDialog(self.ws, self, switching=True)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            self.set_actor(dialog.actor)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self._update_actor_widgets()
        self.table.clearSelection()
        self.refresh(to_top=True)  # the next officer starts from the most urgent cases
        self.statusBar().showMessage(self.tr("%1 is now signed in.").replace("%1", actor.display_name), 5000)
        self.actor_changed.emit(actor)

    def show_manual(self) -> None:
        from app.ui.manual import ManualDialog

        if self._manual is None:
            self._manual = ManualDialog(self.ws.paths.root, self)
        self._manual.show()
        self._manual.raise_()
        self._manual.activateWindow()

    def show_about(self) -> None:
        years = [str(y.year) for y in self.ws.calendar.covered_years]
        span = f"{years[0]}–{years[-1]}" if years else "—"
        QMessageBox.about(self, self.tr("About"), "\n".join([
            self.tr("Convenience Service Window Intake System"),
            self.tr("Version %1").replace("%1", __version__),
            self.tr("Data folder: %1").replace("%1", str(self.ws.paths.root)),
            self.tr("Holiday calendar: %1").replace("%1", span),
        ]))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._day_timer.stop()
        self.worker.shutdown()
        super().closeEvent(event)
