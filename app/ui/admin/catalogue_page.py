"""The catalogue page: browse the service items, edit one, import and export the list.

An import is checked whole before anything changes: a refused file shows every problem
with its sheet, row and column, and the catalogue stays as it was; an accepted one says
how many items were added, updated and left unchanged. Reading a large workbook and
writing the new versions run on the worker, so the window keeps answering.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogue import CatalogueProblem
from app.services.catalogue import (
    ImportSummary,
    StoredItem,
    current_items,
    export_items,
    import_items,
    item_versions,
)
from app.services.catalogue_files import read_catalogue_file, write_catalogue_json, write_catalogue_xlsx
from app.services.exports import check_output_path
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.ui.admin.feedback import BusyIndicator, MessageLine, PageTasks, problems_of
from app.ui.admin.item_editor import ItemEditorDialog
from app.ui.admin.items_model import CodeRole, ItemFilter, ItemsModel, VersionsModel
from app.ui.admin.problems_model import ProblemsModel
from app.ui.worker import Runner


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did: a summary when accepted, every problem when refused."""

    summary: ImportSummary | None
    problems: tuple[CatalogueProblem, ...]


def import_catalogue(ws: Workspace, actor: Actor, path: Path) -> ImportOutcome:
    """Read and check the whole file, then store it in one transaction or not at all."""
    read = read_catalogue_file(path)
    if read.problems:
        return ImportOutcome(None, read.problems)
    return ImportOutcome(import_items(ws, actor, list(read.items)), ())


def export_catalogue(ws: Workspace, path: Path) -> int:
    check_output_path(ws.paths, path)
    items = export_items(ws)
    if path.suffix.lower() == ".xlsx":
        write_catalogue_xlsx(items, path)
    else:
        write_catalogue_json(items, path)
    return len(items)


class CataloguePage(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, actor: Actor, worker: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.worker = worker
        self.tasks = PageTasks(worker, self)
        self.editor: ItemEditorDialog | None = None
        self._versions_code: str | None = None
        self._build()
        self.tasks.busy_changed.connect(self._set_busy)
        self.reload()

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("catalogueFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by code, name or kind"))
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New item…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import service items from a catalogue file (.json or .xlsx)"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the current catalogue as a .json or .xlsx file"))
        self.new_button.clicked.connect(lambda: self.open_editor(new=True))
        self.edit_button.clicked.connect(lambda: self.open_editor())
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        for button in (self.new_button, self.edit_button, self.import_button, self.export_button):
            bar.addWidget(button)

        self.model = ItemsModel(self)
        self.proxy = ItemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.items_view = QTableView()
        self.items_view.setObjectName("catalogueItems")
        self.items_view.setModel(self.proxy)
        self.items_view.setSortingEnabled(True)
        self.items_view.sortByColumn(ItemsModel.CODE, Qt.SortOrder.AscendingOrder)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setAlternatingRowColors(True)
        self.items_view.verticalHeader().hide()
        self.items_view.setWordWrap(False)
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ItemsModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.items_view.doubleClicked.connect(lambda _index: self.open_editor())
        self.items_view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.versions_model = VersionsModel(self)
        self.versions_view = QTableView()
        self.versions_view.setObjectName("itemVersions")
        self.versions_view.setModel(self.versions_model)
        self.versions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_view.verticalHeader().hide()
        self.versions_view.setWordWrap(False)
        versions_header = self.versions_view.horizontalHeader()
        versions_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        versions_header.setSectionResizeMode(VersionsModel.CHANGES, QHeaderView.ResizeMode.Stretch)
        self.versions_box = QGroupBox(self.tr("Version history"))
        self.versions_hint = QLabel(self.tr("Cases keep the version they were accepted under; a change applies "
                                            "to new cases only."))
        self.versions_hint.setObjectName("adminHint")
        self.versions_hint.setWordWrap(True)
        versions_layout = QVBoxLayout(self.versions_box)
        versions_layout.addWidget(self.versions_hint)
        versions_layout.addWidget(self.versions_view)

        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setObjectName("importProblems")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.verticalHeader().hide()
        self.problems_view.setWordWrap(False)
        problems_header = self.problems_view.horizontalHeader()
        problems_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        problems_header.setSectionResizeMode(ProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.problems_box = QGroupBox(self.tr("Problems in the file"))
        self.dismiss_problems = QPushButton(self.tr("Hide"))
        self.dismiss_problems.clicked.connect(self.problems_box.hide)
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problems_view)
        problems_layout.addWidget(self.dismiss_problems, 0, Qt.AlignmentFlag.AlignRight)
        self.problems_box.hide()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.problems_box)
        self.splitter.addWidget(self.items_view)
        self.splitter.addWidget(self.versions_box)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)

        self.message = MessageLine()
        self.busy = BusyIndicator()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # -- list ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.tasks.run(lambda: current_items(self.ws), self._loaded, self._show_refusal)

    def _loaded(self, items: list[StoredItem]) -> None:
        code = self.selected_code()
        self.model.set_items(items)
        if code is not None:
            self.select_code(code)
        self._update_buttons()

    def selected_code(self) -> str | None:
        rows = self.items_view.selectionModel().selectedRows()
        return rows[0].data(CodeRole) if rows else None

    def selected_item(self) -> StoredItem | None:
        code = self.selected_code()
        row = self.model.row_of(code) if code is not None else None
        return self.model.item_at(row) if row is not None else None

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.items_view.selectRow(index.row())
        self.items_view.scrollTo(index)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        code = self.selected_code()
        self._versions_code = code
        if code is None:
            self.versions_model.set_versions([])
            self.versions_box.setTitle(self.tr("Version history"))
            return
        self.tasks.run(lambda: item_versions(self.ws, code), lambda versions: self._show_versions(code, versions),
                       self._show_refusal)

    def _show_versions(self, code: str, versions: list[StoredItem]) -> None:
        if code != self._versions_code:
            return  # the selection moved on while they were read
        self.versions_model.set_versions(versions)
        name = versions[-1].item.name if versions else code
        self.versions_box.setTitle(self.tr("Version history of %1").replace("%1", name))

    def _update_buttons(self) -> None:
        busy = self.tasks.busy
        self.edit_button.setEnabled(not busy and self.selected_code() is not None)
        for button in (self.new_button, self.import_button, self.export_button):
            button.setEnabled(not busy)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.busy.stop()
        self._update_buttons()

    def _show_refusal(self, exc: BaseException) -> None:
        self.message.show_error("\n".join(problems_of(exc)))

    # -- editing ----------------------------------------------------------------------------

    def open_editor(self, new: bool = False) -> ItemEditorDialog | None:
        stored = None if new else self.selected_item()
        if not new and stored is None:
            return None
        self.editor = ItemEditorDialog(self.ws, self.actor, stored, self.worker, self)
        self.editor.saved.connect(self._item_saved)
        self.editor.open()
        return self.editor

    def _item_saved(self, code: str) -> None:
        self.tasks.run(lambda: item_versions(self.ws, code), lambda versions: self._after_save(code, versions),
                       self._show_refusal)

    def _after_save(self, code: str, versions: list[StoredItem]) -> None:
        current = versions[-1]
        self.model.put(current)
        if not self.select_code(code):  # a new item the filter hides
            self.filter_edit.clear()
            self.select_code(code)
        self._versions_code = code
        self._show_versions(code, versions)
        self.message.show_success(self.tr("Saved “%1” as version %2. Cases already accepted keep the version "
                                          "they were accepted under.").replace("%1", current.item.name)
                                  .replace("%2", str(current.version)))
        self.changed.emit()

    # -- files --------------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import catalogue"), "",
                self.tr("Catalogue files (*.json *.xlsx);;JSON (*.json);;Excel workbook (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        self.message.clear_message()
        self.problems_box.hide()
        self.busy.start(self.tr("Reading and checking “%1”…").replace("%1", path.name))
        self.tasks.run(lambda: import_catalogue(self.ws, self.actor, path),
                       lambda outcome: self._imported(path, outcome), self._show_refusal)

    def _imported(self, path: Path, outcome: ImportOutcome) -> None:
        if outcome.problems:
            self.problems_model.set_problems(outcome.problems)
            self.problems_box.setTitle(self.tr("Problems in “%1”").replace("%1", path.name))
            self.problems_box.show()
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([total * 9 // 20, total * 7 // 20, total * 4 // 20])
            self.message.show_error(self.tr("The file was refused: %n problem(s) found. Nothing was imported; "
                                            "the catalogue is unchanged.", "", len(outcome.problems)))
            return
        summary = outcome.summary
        assert summary is not None
        self.message.show_success(
            self.tr("Imported “%1”: %2 added, %3 updated, %4 unchanged.").replace("%1", path.name)
            .replace("%2", str(len(summary.added))).replace("%3", str(len(summary.updated)))
            .replace("%4", str(len(summary.unchanged))))
        if summary.added or summary.updated:
            self.reload()
            self.changed.emit()

    def export_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, selected = QFileDialog.getSaveFileName(
                self, self.tr("Export catalogue"), "catalogue.xlsx",
                self.tr("Excel workbook (*.xlsx);;JSON (*.json)"))
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() not in (".json", ".xlsx"):
                path = path.with_name(path.name + (".json" if "json" in selected else ".xlsx"))
        self.message.clear_message()
        self.busy.start(self.tr("Writing “%1”…").replace("%1", path.name))
        self.tasks.run(lambda: export_catalogue(self.ws, path), lambda count: self._exported(path, count),
                       self._show_refusal)

    def _exported(self, path: Path, count: int) -> None:
        self.message.show_success(self.tr("Exported %1 items to %2.").replace("%1", str(count))
                                  .replace("%2", str(path)))
