"""The words shown for the catalogue's and the officers' stored values.

The domain stores values (``original_and_copy``, ``supervisor``) and knows them only by
their Chinese labels; the administration window shows them in the interface language,
so an English interface reads English words and the shipped translation reads the same
Chinese words the catalogue files use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.catalogue import ItemKind, Level, MaterialForm, MaterialSource
from app.domain.deadlines import Unit
from app.services.officers import Role

translate = QCoreApplication.translate


def kind_text(kind: ItemKind | str) -> str:
    words = {
        ItemKind.LICENCE: translate("AdminLabels", "Administrative licence"),
        ItemKind.CONFIRMATION: translate("AdminLabels", "Administrative confirmation"),
        ItemKind.BENEFIT: translate("AdminLabels", "Administrative benefit"),
        ItemKind.REWARD: translate("AdminLabels", "Administrative reward"),
        ItemKind.FILING: translate("AdminLabels", "Administrative filing"),
        ItemKind.OTHER_POWER: translate("AdminLabels", "Other administrative power"),
        ItemKind.PUBLIC_SERVICE: translate("AdminLabels", "Public service"),
        ItemKind.OTHER: translate("AdminLabels", "Other"),
    }
    return words.get(ItemKind(kind), str(kind))


def level_text(level: Level | str) -> str:
    words = {
        Level.COUNTY: translate("AdminLabels", "County"),
        Level.TOWNSHIP: translate("AdminLabels", "Township"),
        Level.VILLAGE: translate("AdminLabels", "Village"),
    }
    return words.get(Level(level), str(level))


def form_text(form: MaterialForm | str) -> str:
    words = {
        MaterialForm.ORIGINAL: translate("AdminLabels", "Original"),
        MaterialForm.COPY: translate("AdminLabels", "Copy"),
        MaterialForm.ORIGINAL_AND_COPY: translate("AdminLabels", "Original and copy"),
    }
    return words.get(MaterialForm(form), str(form))


def source_text(source: MaterialSource | str) -> str:
    words = {
        MaterialSource.APPLICANT: translate("AdminLabels", "Applicant"),
        MaterialSource.GOVERNMENT: translate("AdminLabels", "Government-issued"),
    }
    return words.get(MaterialSource(source), str(source))


def unit_text(unit: Unit | str) -> str:
    words = {
        Unit.WORKING: translate("AdminLabels", "working days"),
        Unit.NATURAL: translate("AdminLabels", "calendar days"),
    }
    return words.get(Unit(unit), str(unit))


def role_text(role: Role | str) -> str:
    words = {
        Role.OFFICER: translate("AdminLabels", "Window officer"),
        Role.SUPERVISOR: translate("AdminLabels", "Supervisor"),
        Role.ADMIN: translate("AdminLabels", "Administrator"),
    }
    return words.get(Role(role), str(role))


def origin_text(origin: str) -> str:
    """Where a calendar year came from: the program's package or a file an admin imported."""
    words = {
        "package": translate("AdminLabels", "Shipped with the program"),
        "imported": translate("AdminLabels", "Imported"),
    }
    return words.get(origin, origin)


def yes_no(value: bool) -> str:
    return translate("AdminLabels", "Yes") if value else translate("AdminLabels", "No")
