"""The history of one case as a table: when, who, what, and the details that matter.

Events are the audit trail, so every one is listed, in the order they happened, with
the officer's name and the essentials of its payload written out for a reader (a
reason, the materials named, the letter's number), never raw JSON.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.deadlines import Unit
from app.domain.letters import LetterKind
from app.services.cases import EventView
from app.ui.domain_words import bracketed, letter_name, listing, ui_date
from app.ui.refusal_words import rating_word, step_word

ModelIndex = QModelIndex | QPersistentModelIndex


def letter_label(kind: str) -> str:
    """The name of a kind of letter in the interface language; an unknown kind as stored."""
    try:
        return letter_name(LetterKind(kind))
    except ValueError:
        return kind


class EventsModel(QAbstractTableModel):
    """Rows are a case's events in time order (the order the service returns them)."""

    TIME, OFFICER, WHAT, DETAILS = range(4)
    TypeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[EventView] = []
        self._officers: Mapping[str, str] = {}
        self._materials: Mapping[str, str] = {}

    def set_events(self, events: Sequence[EventView], *, officers: Mapping[str, str] | None = None,
                   material_names: Mapping[str, str] | None = None) -> None:
        """``officers`` maps user names to display names; ``material_names`` codes to names."""
        self.beginResetModel()
        self._events = list(events)
        self._officers = dict(officers or {})
        self._materials = dict(material_names or {})
        self.endResetModel()

    def event_at(self, row: int) -> EventView:
        return self._events[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Time"), self.tr("Officer"), self.tr("What"), self.tr("Details")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        e = self._events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return e.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if column == self.OFFICER:
                return self.officer_name(e.officer)
            if column == self.WHAT:
                return self.event_label(e)
            if column == self.DETAILS:
                return self.details(e)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS:
            return self.details(e)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TIME:
            return e.recorded_at.astimezone().isoformat(timespec="seconds")
        if role == self.TypeRole:
            return e.type
        return None

    def event_label(self, e: EventView) -> str:
        """What happened, in the interface language."""
        words = {
            "intake_logged": self.tr("Intake logged"),
            "accepted": self.tr("Accepted"),
            "tolerant_accepted": self.tr("Tolerant acceptance"),
            "supplement_requested": self.tr("One-time notice to supplement"),
            "refused": self.tr("Refused"),
            "materials_supplied": self.tr("Materials supplied"),
            "material_rejected": self.tr("Material sent back"),
            "clock_paused": self.tr("Clock paused"),
            "clock_resumed": self.tr("Clock resumed"),
            "extended": self.tr("Extended"),
            "completed": self.tr("Completed"),
            "terminated": self.tr("Terminated"),
            "note_added": self.tr("Note"),
            "letter_printed": self.tr("Letter printed"),
            "field_corrected": self.tr("Details corrected"),
            "conflict_settled": self.tr("Conflict settled"),
            "rating_recorded": self.tr("Rating recorded"),
            "follow_up_recorded": self.tr("Poor rating followed up"),
            "reopened": self.tr("Reopened"),
        }
        return words.get(e.type, e.label)

    def officer_name(self, username: str) -> str:
        display = self._officers.get(username)
        return display + bracketed(username) if display and display != username else username

    def _names(self, codes: Sequence[str]) -> str:
        return listing(self._materials.get(c, c) for c in codes)

    def details(self, e: EventView) -> str:
        """The essentials of one event, in words."""
        p = e.payload
        parts: list[str] = []
        t = e.type
        if t == "intake_logged":
            item = p.get("item", {})
            applicant = p.get("applicant", {})
            materials = p.get("materials", [])
            got = sum(1 for m in materials if m.get("received"))
            parts.append(self.tr("{0} (version {1}); applicant {2}; {3} of {4} materials received").format(
                item.get("name", ""), item.get("version", ""), applicant.get("name", ""), got, len(materials)))
            if p.get("duplicate_of"):
                parts.append(self.tr("logged again while {0} was open: {1}").format(
                    listing(p["duplicate_of"]), p.get("duplicate_reason", "")))
        elif t == "accepted":
            parts.append(self.tr("promised within {0} working days").format(p.get("promised_days", "")))
        elif t == "tolerant_accepted":
            parts.append(self.tr("missing: {0}; to be supplied within {1} working days; commitment signed").format(
                self._names(p.get("missing", [])), p.get("supply_days", "")))
        elif t == "supplement_requested":
            unit = self.tr("working days") if p.get("supply_unit") == Unit.WORKING else self.tr("days")
            parts.append(self.tr("to supply: {0}; within {1} {2}").format(
                self._names(p.get("missing", [])), p.get("supply_days", ""), unit))
        elif t in ("refused", "clock_paused", "terminated", "reopened"):
            parts.append(self.tr("reason: {0}").format(p.get("reason", "")))
            if t == "terminated" and p.get("promise_broken"):
                parts.append(self.tr("commitment broken"))
        elif t == "materials_supplied":
            parts.append(self._names(p.get("codes", [])))
        elif t == "material_rejected":
            parts.append(self.tr("{0}: {1}").format(self._names([p.get("code", "")]), p.get("reason", "")))
        elif t == "extended":
            parts.append(self.tr("by {0} working days: {1}").format(p.get("days", ""), p.get("reason", "")))
            if p.get("approved_by"):
                parts.append(self.tr("approved by {0}").format(p["approved_by"]))
        elif t == "completed":
            parts.append(self.tr("approved") if p.get("result") == "approved" else self.tr("not approved"))
        elif t == "note_added":
            parts.append(p.get("text", ""))
        elif t == "letter_printed":
            text = f"{letter_label(p.get('kind', ''))} {p.get('number', '')}".strip()
            parts.append(text)
            if p.get("reprint"):
                parts.append(self.tr("reprint"))
        elif t == "rating_recorded":
            parts.append(rating_word("declined") if p.get("declined") else rating_word(p.get("level") or ""))
            parts.append(p.get("comment", ""))
            if p.get("follow_up_due"):
                parts.append(self.tr("follow-up due {0}").format(ui_date(p["follow_up_due"])))
        elif t == "follow_up_recorded":
            parts.append(self.tr("%1: %2").replace("%1", step_word(p.get("step", ""))).replace("%2", p.get("text", "")))
        elif t == "field_corrected":
            names = {"applicant.name": self.tr("name"), "applicant.phone": self.tr("phone"),
                     "applicant.legal_rep": self.tr("legal representative")}
            parts.append(self.tr("{0}: {1} → {2} ({3})").format(
                names.get(p.get("field", ""), p.get("field", "")), p.get("old", ""), p.get("new", ""),
                p.get("reason", "")))
        day = p.get("date")
        if day and day != e.recorded_at.astimezone().date().isoformat():
            parts.append(self.tr("dated {0}").format(ui_date(day)))
        return self.tr("; ").join(x for x in parts if x)
