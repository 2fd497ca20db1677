"""What every administration page shares: a line saying what happened, a busy
indicator, and background tasks whose refusals come back as messages.

A refusal the user can act on (a service's message, a file the system would not write)
is shown on the page; anything else is a bug and is raised again on the GUI thread, for
the crash handler.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from app.services.errors import USER_ERRORS
from app.ui.worker import Runner
from app.ui.refusal_words import refusal_text

ADMIN_STYLE = """
QLabel#adminMessage[tone="error"] {
    color: #8e1010; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px;
}
QLabel#adminMessage[tone="success"] {
    color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 4px;
}
QLabel#adminMessage[tone="info"] {
    color: #37474f; background: #eef3f9; border: 1px solid #c9d6e6; border-radius: 4px;
}
QLabel#adminNote {
    color: #5a4200; background: #fff6d6; border: 1px solid #f0c96a; border-radius: 4px;
}
QLabel#adminHint { color: #607d8b; }
QLabel#adminPreview { color: #1f2d3d; font-weight: bold; }
QLabel#adminPreview[tone="error"] { color: #b71c1c; font-weight: normal; }
QLabel[invalid="true"] { color: #b71c1c; font-weight: bold; }
"""


def is_user_error(exc: BaseException) -> bool:
    """A refusal to show, not a bug: a service said no, or the disk or a file did."""
    return isinstance(exc, USER_ERRORS) or isinstance(exc, OSError)


def problems_of(exc: BaseException) -> list[str]:
    """Every reason a refusal carries, one per line, each in the interface language."""
    problems = getattr(exc, "problems", None)
    if problems:
        return [refusal_text(p) for p in problems]
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}：" if exc.filename else ""
        return [f"{where}{exc.strerror}"]
    return [refusal_text(exc)]


class MessageLine(QLabel):
    """One line (or a few) saying what the last action did, coloured by its outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminMessage")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never squeezed
        self.setContentsMargins(8, 5, 8, 5)  # margins, not style padding: wrapped labels count only these
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")

    def show_message(self, text: str, tone: str = "info") -> None:
        self.setProperty("tone", tone)
        self.setText(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.show_message(text, "error")

    def show_success(self, text: str) -> None:
        self.show_message(text, "success")

    def clear_message(self) -> None:
        self.setText("")
        self.setProperty("tone", "")
        self.hide()


class BusyIndicator(QWidget):
    """A moving bar with a sentence, shown while a long task runs on the worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class PageTasks(QObject):
    """Runs a page's work on the shared worker and knows whether any of it is still running."""

    busy_changed = Signal(bool)

    def __init__(self, worker: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, task: Callable[[], Any], on_done: Callable[[Any], None],
            on_refused: Callable[[BaseException], None]) -> None:
        """``on_refused`` gets a user's refusal; any other exception is raised as a bug."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._worker.submit(task, lambda result: self._finish(on_done, result),
                            lambda exc: self._fail(on_refused, exc))

    def _settle(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    def _finish(self, on_done: Callable[[Any], None], result: Any) -> None:
        self._settle()
        on_done(result)

    def _fail(self, on_refused: Callable[[BaseException], None], exc: BaseException) -> None:
        self._settle()
        if not is_user_error(exc):
            raise exc
        on_refused(exc)
