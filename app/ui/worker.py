"""Database work off the GUI thread, with its result handed back on the GUI thread.

One thread does all the background database work, in the order it was asked for (as
Anki's task manager does with its collection): a list refresh never races a write.
A task is a plain function that opens its own session through the Workspace; it never
touches a widget. Its result, or its exception, is delivered to a callback on the GUI
thread through a queued signal (Picard's ``run_task`` → callback).

:class:`SyncWorker` has the same interface and runs everything at once; tests use it so
that what a click causes is visible on the next line.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, Callable, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    def submit(self, task: Callable[[], T], on_done: Callable[[T], None] | None = None,
               on_error: Failed | None = None) -> None: ...

    def shutdown(self) -> None: ...


def _deliver(future: Future, on_done: Done | None, on_error: Failed | None) -> None:
    error = future.exception()
    if error is None:
        if on_done is not None:
            on_done(future.result())
        return
    if on_error is None:
        raise error  # no one expected this: a bug, for the crash handler
    on_error(error)


class Worker(QObject):
    """One background thread for database tasks; callbacks run on the GUI thread."""

    _ready = Signal(object)

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
        future = self._pool.submit(task)
        # Emitted from the worker thread, so Qt queues it to this object's (the GUI) thread.
        future.add_done_callback(lambda f: self._ready.emit(partial(_deliver, f, on_done, on_error)))

    def _run_on_gui_thread(self, deliver: Callable[[], None]) -> None:
        self._pending -= 1
        deliver()

    def shutdown(self) -> None:
        """Finish what was asked; called when the program closes."""
        self._pool.shutdown(wait=True, cancel_futures=False)


class SyncWorker(QObject):
    """The same interface, run on the calling thread at once."""

    busy = False

    def submit(self, task: Callable[[], T], on_done: Callable[[T], None] | None = None,
               on_error: Failed | None = None) -> None:
        future: Future = Future()
        try:
            future.set_result(task())
        except Exception as exc:  # handed to on_error exactly as the threaded worker does
            future.set_exception(exc)
        _deliver(future, on_done, on_error)

    def shutdown(self) -> None:
        pass
