"""Database work off the GUI thread, with its result handed back on the GUI thread.

One thread does all the background database work, in the order it was asked for (as
Anki's task manager does with its collection): a list refresh never races a write.
A task is a plain function that opens its own session through the Workspace; it never
touches a widget. Its result, or its exception, is delivered to a callback on the GUI
thread through a queued signal (Picard's ``run_task`` → callback).

What a task changed (:class:`app.services.changes.OpChanges`, collected while it ran)
goes out on one signal, ``changed``, after the task's own callback: every view listens
to it and refreshes what concerns it, whoever did the work (Anki's
``operation_did_execute``). A task that failed half-way still reports what it committed.

:class:`SyncWorker` has the same interface and runs everything at once; tests use it so
that what a click causes is visible on the next line.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from app.services.changes import NOTHING, OpChanges, collecting

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    changed: Any  # Signal(OpChanges)

    def submit(self, task: Callable[[], T], on_done: Callable[[T], None] | None = None,
               on_error: Failed | None = None) -> None: ...

    def shutdown(self) -> None: ...


@dataclass
class _Outcome:
    value: Any = None
    error: BaseException | None = None
    changes: OpChanges = NOTHING


def _run(task: Callable[[], Any]) -> _Outcome:
    """Run ``task`` collecting what it changed; an exception is kept, not raised."""
    outcome = _Outcome()
    with collecting() as got:
        try:
            outcome.value = task()
        except Exception as exc:  # delivered to on_error on the GUI thread
            outcome.error = exc
    outcome.changes = got.changes
    return outcome


def _deliver(outcome: _Outcome, on_done: Done | None, on_error: Failed | None,
             changed: Callable[[OpChanges], None]) -> None:
    try:
        if outcome.error is None:
            if on_done is not None:
                on_done(outcome.value)
            return
        if on_error is None:
            raise outcome.error  # no one expected this: a bug, for the crash handler
        on_error(outcome.error)
    finally:
        if outcome.changes:
            changed(outcome.changes)


class Worker(QObject):
    """One background thread for database tasks; callbacks run on the GUI thread."""

    _ready = Signal(object)
    #: what a finished task changed (OpChanges), after its own callback
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database")
        self._pending = 0
        self._ready.connect(self._run_on_gui_thread)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, task: Callable[[], T], on_done: Callable[[T], None] | None = None,
               on_error: Failed | None = None) -> None:
        self._pending += 1
        future = self._pool.submit(_run, task)
        # Emitted from the worker thread, so Qt queues it to this object's (the GUI) thread.
        future.add_done_callback(lambda f: self._ready.emit(partial(self._finish, f, on_done, on_error)))

    def _finish(self, future: Future, on_done: Done | None, on_error: Failed | None) -> None:
        _deliver(future.result(), on_done, on_error, self.changed.emit)

    def _run_on_gui_thread(self, deliver: Callable[[], None]) -> None:
        self._pending -= 1
        deliver()

    def shutdown(self) -> None:
        """Finish what was asked; called when the program closes."""
        self._pool.shutdown(wait=True, cancel_futures=False)


class SyncWorker(QObject):
    """The same interface, run on the calling thread at once."""

    busy = False
    changed = Signal(object)

    def submit(self, task: Callable[[], T], on_done: Callable[[T], None] | None = None,
               on_error: Failed | None = None) -> None:
        _deliver(_run(task), on_done, on_error, self.changed.emit)

    def shutdown(self) -> None:
        pass
