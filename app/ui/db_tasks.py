"""Writes from the window: off the GUI thread, and a busy database is a message, not a crash.

A write may wait for the database lock (another window saving, an import applying a
package) for up to the busy timeout; on the GUI thread that would freeze the window, so
every officer's action runs on the worker. When the database stays busy, the disk is
full or the file is read-only, the transaction has changed nothing and the officer is
asked whether to try again (qutebrowser's ``misc/sql.py`` draws the same line between an
environment error and a bug). A refusal by the rules comes back to the caller's handler;
anything else is a bug, raised again on the GUI thread for the crash handler.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import USER_ERRORS
from app.store.database import DatabaseProblem
from app.ui.worker import Runner
from app.ui.refusal_words import refusal_text

translate = QCoreApplication.translate
T = TypeVar("T")


def run_write(worker: Runner, parent: QWidget, task: Callable[[], Any], on_done: Callable[[Any], None],
              on_refused: Callable[[BaseException], None], on_cancel: Callable[[], None] | None = None) -> None:
    """Run ``task`` on the worker; ``on_done`` or ``on_refused`` run on the GUI thread.

    ``on_cancel`` runs when the officer declines to retry after an environment error.
    """

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DatabaseProblem) and exc.retryable:
            # Cancel leaves everything as it is: the dialog keeps what the officer typed.
            ask_retry(parent, exc, lambda: run_write(worker, parent, task, on_done, on_refused, on_cancel),
                      on_cancel or (lambda: None))
            return
        if isinstance(exc, USER_ERRORS):
            on_refused(exc)
            return
        raise exc

    worker.submit(task, on_done, failed)


def ask_retry(parent: QWidget, exc: BaseException, retry: Callable[[], None], give_up: Callable[[], None]) -> QMessageBox:
    """A window-modal question: the reason, "nothing was saved", Retry or Cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("DatabaseProblem", "Not saved"),
                      translate("DatabaseProblem", "%1\n\nNothing was saved. Try again?").replace("%1", refusal_text(exc)),
                      QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("databaseRetry")
    box.setDefaultButton(QMessageBox.StandardButton.Retry)

    def answered(button) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Retry:
            retry()
        else:
            give_up()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def wait_for(worker: Runner, task: Callable[[], T]) -> T:
    """Run ``task`` on the worker and wait for its result, the window still painting.

    For a step-by-step flow on the GUI thread (printing asks, previews, then records)
    whose service calls must still run on the worker in order with everything else. A
    local event loop waits, so the window repaints and the worker's ``changed`` signal
    arrives as usual; the task's exception is raised here.
    """
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(value: Any) -> None:
        outcome["value"] = value
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    worker.submit(task, done, failed)
    if not outcome:  # a synchronous worker has answered already
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
