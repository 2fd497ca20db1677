"""Setting up the Qt application: fonts, language, look, log file and crash reports.

Chinese must render on a laptop without any CJK system font, so the fonts shipped in
``resources/fonts`` are registered with Qt, and when the system has no Chinese font the
shipped sans-serif becomes the application font. Logging goes to a rotating file in the
data folder. An unexpected exception or a hard crash is written to a crash report that
the next start shows (qutebrowser's crash handling in layers).
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Callable

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import PRODUCT_NAME, __version__, preflight
from app.paths import resources_dir
from app.services.errors import USER_ERRORS
from app.ui import input_method
from app.ui.i18n import install_translators, remove_translators
from app.ui.refusal_words import refusal_text

log = logging.getLogger(__name__)

SHIPPED_FONTS = ("DroidSansFallbackFull.ttf", "HanaMinA.ttf")
MIN_POINT_SIZE = 10.0
LOG_FILE = "approval-window.log"
CRASH_PENDING = "crash-pending.txt"
FAULT_LOG = "fault.log"
CRASH_ARCHIVE = "crashes"


@dataclass
class PreparedApp:
    """What :func:`prepare_application` set up, so that it can be taken down again."""

    app: QApplication
    translators: list = field(default_factory=list)
    fonts: list[str] = field(default_factory=list)
    system_cjk: bool = True

    def release(self) -> None:
        remove_translators(self.app, self.translators)
        self.translators = []


def system_has_cjk_font() -> bool:
    """Whether the system (not this program) has a font for Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def register_fonts() -> list[str]:
    """Register the shipped fonts with Qt; returns their family names, sans-serif first."""
    families: list[str] = []
    for name in SHIPPED_FONTS:
        path = resources_dir() / "fonts" / name
        if not path.is_file():
            log.warning("shipped font missing: %s", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def load_stylesheet() -> str:
    path = resources_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def prepare_application(lang: str, argv: list[str] | None = None) -> PreparedApp:
    """The QApplication (made once per process) with fonts, translators and style."""
    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux"):
            input_method.apply()
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(PRODUCT_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    system_cjk = system_has_cjk_font()
    families = register_fonts()
    font = QFont(app.font())
    if not system_cjk and families:
        font.setFamilies([families[0], *font.families()])
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    translators = install_translators(app, lang)
    app.setStyleSheet(load_stylesheet())
    return PreparedApp(app, translators, families, system_cjk)


# -- log file ------------------------------------------------------------------------------


def setup_logging(logs: Path, lang: str = "zh_CN") -> logging.Handler:
    """A rotating log file for the program's loggers and for Qt's own messages."""
    logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(logs / LOG_FILE, maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("app")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    qt_log = logging.getLogger("app.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), message)
        if kind == QtMsgType.QtFatalMsg:
            exit_on_platform_failure(message, lang)

    qInstallMessageHandler(qt_message)
    log.info("approval-window %s on Python %s, %s", __version__, platform.python_version(), platform.platform())
    return handler


def exit_on_platform_failure(message: str, lang: str = "zh_CN", exit: Callable[[int], object] = os._exit) -> None:
    """Qt is about to abort because the display cannot start: say why and leave quietly.

    Without this, Qt's abort would leave a crash report, and the next start would show a
    crash dialog for what is a missing library or display, not a bug.
    """
    if not preflight.is_platform_failure(message):
        return
    problem = preflight.platform_failure_problem(message)
    print(f"approval-window: {problem.message(lang)}", file=sys.stderr, flush=True)
    logging.shutdown()
    exit(1)


# -- crash reports -----------------------------------------------------------------------------


def write_crash_report(logs: Path, exc_type: type[BaseException], exc: BaseException,
                       tb: TracebackType | None) -> Path:
    """Append the traceback to the pending crash report that the next start will show."""
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / CRASH_PENDING
    with path.open("a", encoding="utf-8") as out:
        out.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} approval-window {__version__}\n")
        out.write("".join(traceback.format_exception(exc_type, exc, tb)))
        out.write("\n")
    return path


@dataclass(frozen=True)
class CrashReport:
    text: str
    saved_as: Path


def take_previous_crash(logs: Path) -> CrashReport | None:
    """The report left by the last run (exception or hard crash), moved to the archive."""
    parts = []
    for name in (CRASH_PENDING, FAULT_LOG):
        path = logs / name
        if path.is_file() and path.stat().st_size > 0:
            parts.append(path.read_text(encoding="utf-8", errors="replace").strip())
    if not parts:
        return None
    archive = logs / CRASH_ARCHIVE
    archive.mkdir(parents=True, exist_ok=True)
    saved = archive / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}.txt"
    text = "\n\n".join(parts)
    saved.write_text(text + "\n", encoding="utf-8")
    for name in (CRASH_PENDING, FAULT_LOG):
        (logs / name).unlink(missing_ok=True)
    return CrashReport(text, saved)


class CrashHandlers:
    """``sys.excepthook`` and ``faulthandler``; a user's mistake is a message, not a crash."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self._fault_file: IO[str] | None = None
        self._showing = False

    def install(self) -> None:
        self.logs.mkdir(parents=True, exist_ok=True)
        self._fault_file = (self.logs / FAULT_LOG).open("w", encoding="utf-8")
        faulthandler.enable(file=self._fault_file, all_threads=True)
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
            (self.logs / FAULT_LOG).unlink(missing_ok=True)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        parent = QApplication.activeWindow()
        if isinstance(exc, USER_ERRORS):
            log.warning("refused: %s", exc)
            if not self._showing and QApplication.instance() is not None:
                self._show(QMessageBox.Icon.Warning, refusal_text(exc), parent)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        path = write_crash_report(self.logs, exc_type, exc, tb)
        if self._showing or QApplication.instance() is None:
            return
        text = QCoreApplication.translate(
            "CrashHandlers",
            "An unexpected error occurred. Your saved work is safe. The details were written to %1; "
            "please pass this file to technical support. Restarting the program is recommended.",
        ).replace("%1", str(path))
        self._show(QMessageBox.Icon.Critical, text, parent, "".join(traceback.format_exception(exc_type, exc, tb)))

    def _show(self, icon: QMessageBox.Icon, text: str, parent: QWidget | None, details: str = "") -> None:
        self._showing = True
        try:
            box = QMessageBox(icon, QCoreApplication.translate("CrashHandlers", "Error"), text,
                              QMessageBox.StandardButton.Ok, parent)
            if details:
                box.setDetailedText(details)
            box.exec()
        finally:
            self._showing = False


def show_previous_crash(report: CrashReport, parent: QWidget | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("CrashHandlers", "The program stopped unexpectedly"),
                      QCoreApplication.translate(
                          "CrashHandlers",
                          "The last time, the program ended with an error. Data saved before the error is safe. "
                          "The report was kept as %1; please pass it to technical support.",
                      ).replace("%1", str(report.saved_as)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(report.text)
    box.exec()
