"""Interface language: translators, locale, and the words the domain only knows in Chinese.

Source strings are English inside ``tr()``; Chinese (the default) comes from the compiled
``*_zh_CN.qm`` files in ``resources/translations``, one per UI author, all loaded at
start. ``--lang en`` loads none. Status and countdown names are stored in the domain as
values (``accepted``, ``overdue``); the words shown for them are chosen here, so that an
English interface shows English words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

translate = QCoreApplication.translate

DEFAULT_LANG = "zh_CN"
LANGUAGES = ("zh_CN", "en")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, lang: str = DEFAULT_LANG) -> list[QTranslator]:
    """Load Qt's own and every program ``.qm`` for ``lang``; returns them for removal."""
    if lang not in LANGUAGES:
        raise ValueError(f"不支持的界面语言：{lang}（可选：{'、'.join(LANGUAGES)}）")
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    files = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm"]
    files += sorted(translations_dir().glob(f"*_{lang}.qm"))
    installed = []
    for path in files:
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def conflict_kind_text(kind: str) -> str:
    """One kind of clash between two stations' events, in a few words."""
    return {
        "two_results": translate("Conflict", "Two stations recorded different results"),
        "completed_and_terminated": translate("Conflict", "Completed at one station, terminated at another"),
        "extension_limit": translate("Conflict", "Extensions from several stations exceed the legal 10 working days"),
        "after_close": translate("Conflict", "Recorded at one station after another closed the case"),
        "second_acceptance": translate("Conflict", "Accepted twice at different stations"),
    }.get(kind, kind)


def conflict_text(kinds: tuple[str, ...] | list[str]) -> str:
    """Why a case is in conflict, one line per kind, and what to do about it."""
    lines = [conflict_kind_text(k) for k in kinds]
    lines.append(translate("Conflict", "Waiting for a supervisor to settle it with a recorded decision."))
    return "\n".join(lines)


def status_text(status: str) -> str:
    """The word for a case status value, in the interface language."""
    words = {
        "awaiting_supplement": translate("Status", "Awaiting materials"),
        "accepted": translate("Status", "Accepted"),
        "tolerant": translate("Status", "Tolerant acceptance"),
        "refused": translate("Status", "Refused"),
        "completed": translate("Status", "Completed"),
        "terminated": translate("Status", "Terminated"),
        # 行政许可法 §32(4): the one-time notice was not given in time
        "deemed_accepted": translate("Status", "Not told in time: accepted by law"),
    }
    return words.get(status, status)


def long_date(day: dt.date) -> str:
    """``2026年11月22日 星期日`` / ``Sunday, 22 November 2026`` by the interface locale."""
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    if locale.language() == QLocale.Language.Chinese:
        return f"{day.year}年{day.month}月{day.day}日 {locale.dayName(qdate.dayOfWeek())}"
    return locale.toString(qdate, "dddd, d MMMM yyyy")
