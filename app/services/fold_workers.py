"""Folding a large store's cases in several processes, for a rebuild of the projection.

Folding a case and building its row is pure Python work on that case's own events, and
cases do not depend on one another: a rebuild of 100,000 cases spends four fifths of its
time there, on one core, while the laptop has two or four. So the cases are cut into
ranges of ``case_uuid`` (the events' own index order), and worker processes each read
their range from the database file, read-only, and fold it with the very functions the
one-process rebuild uses (:mod:`app.services.replay`); the rows come back to the calling
process, which writes them into the emptied table in its own transaction, while the
workers go on with the next ranges.

The caller holds SQLite's write lock (``BEGIN IMMEDIATE``) before the workers start, so no
event can be committed while they read: the snapshot each worker reads is the one the
caller's transaction sees. Workers are spawned, never forked: the window runs a rebuild
on a worker thread, and a forked copy of a threaded Qt process is not safe to run.

A worker that dies (killed, out of memory) or a pool that cannot start does not fail the
rebuild: the ranges whose rows did not come back are folded in the calling process. An
error in the fold itself (an unreadable payload) is the rebuild's error, as it would be
in one process.
"""

from __future__ import annotations

import gc
import logging
import marshal
import multiprocessing
import os
import sqlite3
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from app.domain.calendar import WorkCalendar
from app.services.case_row import BOOL_COLUMNS, COLUMNS, DATE_COLUMNS
from app.services.replay import sqlite_rows
from app.store.event_format import OfficerLookup

log = logging.getLogger(__name__)

#: Below this many case events one process is faster: starting a worker (a fresh
#: interpreter importing the fold) costs about what folding 20,000 events does.
PARALLEL_FROM_EVENTS = 150_000
#: Ranges per worker: the caller writes one range's rows while the workers fold the next.
RANGES_PER_WORKER = 8
#: Ranges handed to each worker at a time: one to fold, one to start on when it is done.
QUEUED_PER_WORKER = 2
#: Most workers worth starting by default: past this the caller's writing is the bottleneck.
MAX_WORKERS = 4
#: Most workers started even when asked for more: each is a process with its own memory.
MAX_ASKED = 16

Range = tuple["str | None", "str | None"]  # low <= case_uuid < high; None is open-ended


def workers_for(case_events_count: int, jobs: int | None) -> int:
    """How many worker processes a rebuild of this many case events uses; 0 for none.

    ``jobs`` is the administrator's choice (``admin rebuild --jobs``): 1 folds in this
    process, more asks for that many workers whatever the size. ``None`` decides by size
    and by the processors this process may run on.
    """
    if jobs is not None:
        return 0 if jobs <= 1 else min(jobs, MAX_ASKED)
    if case_events_count < PARALLEL_FROM_EVENTS:
        return 0
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 0 if cpus < 2 else min(cpus, MAX_WORKERS)


def readers_may_share(connection: sqlite3.Connection) -> bool:
    """Whether other processes can read while this connection's write transaction runs.

    In WAL mode (which the program sets) readers never wait for the writer. In the old
    rollback-journal mode (a file system where WAL could not be set) the writer takes an
    exclusive lock when its page cache spills, and the workers' reads would fail.
    """
    return connection.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"


def case_event_count(connection: sqlite3.Connection) -> int:
    """The number of case events, from the ``(case_uuid, hlc)`` index alone."""
    return connection.execute("SELECT count(*) FROM events WHERE case_uuid IS NOT NULL").fetchone()[0]


def case_ranges(parts: int) -> list[Range]:
    """``parts`` ranges of case uuids, together covering every possible one.

    Case uuids are random (version 4), so even slices of their hex space hold about as
    many cases each, and the bounds cost no query; a store whose uuids were not random
    would only be shared out less evenly. A case is never split: a range is ``low <=
    case_uuid < high``.
    """
    if parts <= 1:
        return [(None, None)]
    span = 16 ** 4
    bounds = sorted({f"{span * k // parts:04x}" for k in range(1, parts)})
    edges: list[str | None] = [None, *bounds, None]
    return list(zip(edges, edges[1:]))


# -- in the worker ------------------------------------------------------------------------

_worker: dict[str, Any] = {}


def _start_worker(database: str, cal: WorkCalendar, lookup: OfficerLookup) -> None:
    """Each worker's set-up, once: its read-only connection, the calendar, the officers.

    The cyclic garbage collector is off: a worker lives for one rebuild, and the fold
    makes no reference cycles, only hundreds of thousands of tuples and dicts whose
    allocation would set the collector off again and again (a tenth of the fold's time).
    """
    gc.disable()
    uri = Path(database).resolve().as_uri() + "?mode=ro"
    _worker.update(connection=sqlite3.connect(uri, uri=True), cal=cal, lookup=lookup)


def fold_range(low: str | None, high: str | None) -> tuple[int, bytes]:
    """The projection rows of the cases in one range, folded in the worker, with its process id.

    The rows travel as :func:`marshal.dumps` of :func:`stored_values`: half the cost of
    pickling dates, on both sides, and the caller's driver then binds only text,
    numbers and NULLs. Marshal is read only here, from our own worker.
    """
    rows = sqlite_rows(_worker["connection"], _worker["lookup"], _worker["cal"], low, high)
    return os.getpid(), marshal.dumps(stored_values(rows))


_DATES = tuple(COLUMNS.index(c) for c in DATE_COLUMNS)
_BOOLS = tuple(COLUMNS.index(c) for c in BOOL_COLUMNS)


def stored_values(rows: Iterable[tuple]) -> list[tuple]:
    """Rows of :func:`app.services.case_row.row_tuple` with dates and booleans as SQLite
    stores them (ISO text, 1/0: what the driver's adapters in :mod:`app.store.upsert`
    write), so they can travel by :mod:`marshal`."""
    iso: dict = {}
    out = []
    for row in rows:
        values = list(row)
        for i in _DATES:
            day = values[i]
            if day is not None:
                text = iso.get(day)
                if text is None:
                    text = iso[day] = day.isoformat()
                values[i] = text
        for i in _BOOLS:
            values[i] = 1 if values[i] else 0
        out.append(tuple(values))
    return out


# -- in the caller ------------------------------------------------------------------------

def folded_in_workers(database: Path, ranges: list[Range], workers: int, cal: WorkCalendar, lookup: OfficerLookup,
                      fold_here: Callable[[str | None, str | None], list[tuple]],
                      helped: set[int] | None = None) -> Iterator[list[tuple]]:
    """The rows of every range, a range at a time, as they are ready.

    ``helped`` collects the process ids of the workers whose rows came back: none when
    the pool could not start or broke before any did.

    Each worker has at most :data:`QUEUED_PER_WORKER` ranges handed to it; the rest wait
    here. ``fold_here`` folds a range in this process: the caller does not wait idle, so
    while the workers start, and whenever none has rows ready, it folds a waiting range
    itself. A broken pool's unfinished ranges are folded here too. Leaving the iteration
    early (the caller's write failed) waits only for the ranges already handed out.
    """
    waiting = deque(ranges)
    handed: dict[Future, Range] = {}
    try:
        pool = ProcessPoolExecutor(max_workers=min(workers, len(ranges)), mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(str(database), cal, lookup))
    except (OSError, ValueError) as exc:
        log.warning("rebuild: worker processes could not start (%s); folding in this process", exc)
        pool = None
    if pool is not None:
        try:
            while waiting or handed:
                while waiting and len(handed) < workers * QUEUED_PER_WORKER:
                    future = pool.submit(fold_range, *waiting[0])  # taken off only once handed out
                    handed[future] = waiting.popleft()
                ready = [f for f in handed if f.done()]
                if not ready and waiting:
                    yield fold_here(*waiting.pop())  # the last ranges: the workers take from the front
                    continue
                if not ready:
                    ready, _ = wait(handed, return_when=FIRST_COMPLETED)
                for future in ready:
                    pid, rows = future.result()
                    del handed[future]
                    if helped is not None:
                        helped.add(pid)
                    yield marshal.loads(rows)
        except BrokenProcessPool as exc:
            log.warning("rebuild: a worker process stopped (%s); folding its cases in this process", exc)
            waiting.extend(handed.values())
            handed.clear()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    while waiting:
        yield fold_here(*waiting.popleft())
