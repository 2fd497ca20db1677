"""The centre settings page: names, contact, seal text, case numbers and reminders.

The case number format is checked as it is typed, and the number the next case will get
is shown beside it, so a mistake is seen before any case carries it. Saving writes every
setting in one transaction through the settings service; a refusal is shown beside the
form and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.officers import Actor
from app.services.settings import (
    CentreSettings,
    SettingsError,
    normalise_station_code,
    save_settings,
    validate_number_format,
)
from app.services.workspace import Workspace
from app.services.cases import next_serial
from app.ui.admin.feedback import MessageLine, PageTasks, problems_of
from app.ui.worker import Runner
from app.ui.refusal_words import refusal_text

_TEXT_KEYS = ("centre_name", "short_name", "window_name", "address", "phone", "hours", "seal_text", "number_format",
              "station_code")


def format_number(fmt: str, short: str, year: int, serial: int, code: str) -> str:
    """A case number in ``fmt``; SettingsError says why a format or a station code cannot make one."""
    code = normalise_station_code(code)
    try:
        validate_number_format(fmt)
        return fmt.format(short=short, year=year, serial=serial, code=code)
    except (TypeError, AttributeError) as exc:  # e.g. {year[0]}, which the service's check does not catch
        raise SettingsError(f"编号格式“{fmt}”无效：只能使用 {{short}}、{{year}}、{{code}}、{{serial}}（{exc}）") from None


def store_settings(ws: Workspace, values: dict[str, Any]) -> CentreSettings:
    with ws.write() as s:
        return save_settings(s, **values)


class SettingsPage(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, actor: Actor, worker: Runner, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.today = today
        self.tasks = PageTasks(worker, self)
        self._loaded: CentreSettings | None = None
        self._serial = 1
        self._short = ws.station.short_name if ws.station else ""
        self._build()
        self.tasks.busy_changed.connect(self._set_busy)
        self.reload()

    def _build(self) -> None:
        self.centre_name = QLineEdit()
        self.short_name = QLineEdit()
        self.window_name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 周一至周五 8:30—12:00、14:30—17:30"))
        self.seal_text = QLineEdit()
        self.seal_text.setPlaceholderText(self.tr("The centre's name when left empty"))
        centre = QGroupBox(self.tr("Centre"))
        centre_form = QFormLayout(centre)
        centre_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        centre_form.addRow(self.tr("Centre name"), self.centre_name)
        centre_form.addRow(self.tr("Short name"), self.short_name)
        centre_form.addRow(self.tr("Window name"), self.window_name)
        centre_form.addRow(self.tr("Address"), self.address)
        centre_form.addRow(self.tr("Phone"), self.phone)
        centre_form.addRow(self.tr("Office hours"), self.hours)
        centre_form.addRow(self.tr("Seal text"), self.seal_text)

        self.number_format = QLineEdit()
        self.number_format.setObjectName("numberFormat")
        self.number_format.textChanged.connect(self.update_preview)
        self.station_code = QLineEdit()
        self.station_code.setObjectName("stationCode")
        self.station_code.setMaxLength(6)
        self.station_code.setToolTip(self.tr("1–6 digits or capital letters, different for every window of the "
                                             "county, such as 01, 02 or A1"))
        self.station_code.textChanged.connect(self.update_preview)
        self.preview = QLabel()
        self.preview.setObjectName("adminPreview")
        self.preview.setWordWrap(True)
        format_hint = QLabel(self.tr("{short}: the centre's short name, {year}: the year, {code}: this "
                                     "window's station code, {serial:04d}: the case's serial with four digits"))
        format_hint.setObjectName("adminHint")
        format_hint.setWordWrap(True)
        for label in (self.preview, format_hint):  # wrapped labels take the form's width, not their own guess
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.due_soon_days = QSpinBox()
        self.due_soon_days.setRange(0, 30)
        self.due_soon_days.setSuffix(self.tr(" working days"))
        self.stub_copy = QCheckBox(self.tr("Print a stub copy with each letter"))
        numbers = QGroupBox(self.tr("Case numbers and reminders"))
        numbers_form = QFormLayout(numbers)
        numbers_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        numbers_form.addRow(self.tr("Station code"), self.station_code)
        numbers_form.addRow(self.tr("Case number format"), self.number_format)
        numbers_form.addRow("", format_hint)
        numbers_form.addRow(self.tr("Next case number"), self.preview)
        numbers_form.addRow(self.tr("Due soon within"), self.due_soon_days)
        numbers_form.addRow(self.tr("Letters"), self.stub_copy)

        self.rating_window_days = QSpinBox()
        self.rating_window_days.setRange(0, 60)
        self.rating_window_days.setSuffix(self.tr(" working days"))
        self.rating_window_days.setToolTip(self.tr("How long after a case closed its rating may still be recorded"))
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setRange(1, 30)
        self.follow_up_days.setSuffix(self.tr(" working days"))
        self.follow_up_days.setToolTip(self.tr("Verification, rectification and return visit of a poor rating, "
                                               "within this many working days (5 in many counties, 15 in some "
                                               "provinces)"))
        ratings = QGroupBox(self.tr("Ratings (好差评)"))
        ratings_form = QFormLayout(ratings)
        ratings_form.addRow(self.tr("Rating recorded within"), self.rating_window_days)
        ratings_form.addRow(self.tr("Poor rating followed up within"), self.follow_up_days)
        self.stale_after_days = QSpinBox()
        self.stale_after_days.setObjectName("staleAfterDays")
        self.stale_after_days.setRange(1, 30)
        self.stale_after_days.setSuffix(self.tr(" working days"))
        self.stale_after_days.setToolTip(self.tr("At a county hub: a township whose newest package is older than "
                                                 "this is marked in the county view and the bulletin"))
        hub = QGroupBox(self.tr("County hub"))
        hub_form = QFormLayout(hub)
        hub_form.addRow(self.tr("Township stale after"), self.stale_after_days)

        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        form = QVBoxLayout()
        form.addWidget(centre)
        form.addWidget(numbers)
        lower = QHBoxLayout()
        lower.addWidget(ratings, 1)
        lower.addWidget(hub, 1)
        form.addLayout(lower)
        form.addStretch(1)
        form.addLayout(buttons)

        self.message = MessageLine()
        side = QVBoxLayout()
        side.addWidget(self.message)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(300)

        layout = QHBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(side_box)

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        year = self.today.year
        self.tasks.run(lambda: (self.ws.settings(), next_serial(self.ws, year)), self._show, self._show_refusal)

    def _show(self, loaded: tuple[CentreSettings, int]) -> None:
        settings, self._serial = loaded
        self._loaded = settings
        for key in _TEXT_KEYS:
            getattr(self, key).setText(getattr(settings, key))
        self.due_soon_days.setValue(settings.due_soon_days)
        self.stub_copy.setChecked(settings.stub_copy)
        self.rating_window_days.setValue(settings.rating_window_days)
        self.follow_up_days.setValue(settings.follow_up_days)
        self.stale_after_days.setValue(settings.stale_after_days)
        self.update_preview()

    def revert(self) -> None:
        self.message.clear_message()
        if self._loaded is not None:
            self._show((self._loaded, self._serial))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: getattr(self, key).text().strip() for key in _TEXT_KEYS}
        values["due_soon_days"] = self.due_soon_days.value()
        values["stub_copy"] = self.stub_copy.isChecked()
        values["rating_window_days"] = self.rating_window_days.value()
        values["follow_up_days"] = self.follow_up_days.value()
        values["stale_after_days"] = self.stale_after_days.value()
        return values

    def is_changed(self) -> bool:
        if self._loaded is None:
            return False
        return any(getattr(self._loaded, key) != value for key, value in self.values().items())

    # -- the number preview ----------------------------------------------------------------

    def update_preview(self) -> None:
        try:
            number = format_number(self.number_format.text().strip(), self.short_name.text().strip() or self._short,
                                   self.today.year, self._serial, self.station_code.text())
        except SettingsError as exc:
            self.preview.setProperty("tone", "error")
            self.preview.setText(refusal_text(exc))
        else:
            self.preview.setProperty("tone", "")
            self.preview.setText(number)
        self.preview.style().unpolish(self.preview)
        self.preview.style().polish(self.preview)

    def preview_text(self) -> str:
        return self.preview.text()

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        self.message.clear_message()
        values = self.values()
        try:
            format_number(values["number_format"], self._short, self.today.year, self._serial, values["station_code"])
        except SettingsError as exc:
            self._show_refusal(exc)
            return
        self.tasks.run(lambda: store_settings(self.ws, values), self._saved, self._show_refusal)

    def _saved(self, settings: CentreSettings) -> None:
        self._show((settings, self._serial))
        self.message.show_success(self.tr("Settings saved."))
        self.changed.emit()

    def _show_refusal(self, exc: BaseException) -> None:
        self.message.show_error(self.tr("Not saved: %1").replace("%1", "\n".join(problems_of(exc))))

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.revert_button.setEnabled(not busy)
