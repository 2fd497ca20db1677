"""What a piece of work changed, so each view refreshes that and nothing else.

The idea is Anki's ``OpChanges``: every operation reports which kinds of data it
touched, and one signal carries the report to every view. Here the report is built
where the data is written, so no service can forget it: a write transaction notes
the kinds of rows its session flushed (officers, settings, catalogue items, the
sync log), the projection notes each case whose row it saved, and writes outside the
database (the holiday calendar files) note themselves. Only a committed transaction
counts; the changes of one task are collected on the thread that ran it.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator


@dataclass(frozen=True)
class OpChanges:
    """The kinds of data one piece of work changed."""

    #: cases whose events (and so their row in the case list) changed
    cases: frozenset[str] = frozenset()
    #: every case may look different: a rebuild, an import of many, a restore
    all_cases: bool = False
    catalogue: bool = False
    settings: bool = False
    officers: bool = False
    #: the holiday calendar: every deadline may have moved
    calendar: bool = False
    #: packages, receipts and the sync log: the status bar's sync line
    sync: bool = False

    def __or__(self, other: "OpChanges") -> "OpChanges":
        return OpChanges(
            cases=self.cases | other.cases, all_cases=self.all_cases or other.all_cases,
            catalogue=self.catalogue or other.catalogue, settings=self.settings or other.settings,
            officers=self.officers or other.officers, calendar=self.calendar or other.calendar,
            sync=self.sync or other.sync)

    def __bool__(self) -> bool:
        return self != NOTHING

    @property
    def case_list(self) -> bool:
        """Whether the list of cases, its counts or its colours may look different."""
        return bool(self.cases) or self.all_cases or self.calendar or self.settings

    def touches_case(self, case_uuid: str) -> bool:
        return self.all_cases or self.calendar or case_uuid in self.cases


NOTHING = OpChanges()


@dataclass
class _Collector:
    changes: OpChanges = field(default_factory=OpChanges)


_local = threading.local()


@contextmanager
def collecting() -> Iterator[_Collector]:
    """Collect what the work done inside the block changed (on this thread); nests."""
    collector = _Collector()
    stack: list[_Collector] = _local.__dict__.setdefault("stack", [])
    stack.append(collector)
    try:
        yield collector
    finally:
        stack.remove(collector)
        if stack:  # an outer collection sees what the inner one saw
            stack[-1].changes |= collector.changes


def note(changes: OpChanges) -> None:
    """Report committed changes to whoever is collecting on this thread (nobody: no-op)."""
    stack = _local.__dict__.get("stack")
    if stack and changes:
        stack[-1].changes |= changes


# -- inside a write transaction: noted on the session, reported once it commits ----------------

_PENDING = "op_changes"
_CASES = "op_changes_cases"
#: Beyond this many cases one transaction counts as changing all of them: the views
#: re-read everything anyway, and an import of a township's year need not carry the list.
MANY_CASES = 2000


def note_in_session(info: dict, changes: OpChanges) -> None:
    """Remember ``changes`` on a session's ``info``; :func:`committed` reports them."""
    info[_PENDING] = info.get(_PENDING, NOTHING) | changes


def note_cases_in_session(info: dict, uuids: Iterable[str]) -> None:
    """Cases whose rows a transaction writes: kept in one set, not a new frozenset per batch."""
    pending = info.get(_PENDING, NOTHING)
    if pending.all_cases:
        return
    found: set[str] = info.setdefault(_CASES, set())
    found.update(uuids)
    if len(found) > MANY_CASES:
        info[_PENDING] = replace(pending, all_cases=True)
        found.clear()


def committed(info: dict) -> None:
    """The session committed: report what it noted."""
    pending = info.pop(_PENDING, NOTHING)
    found = info.pop(_CASES, None)
    if found and not pending.all_cases:
        pending = replace(pending, cases=pending.cases | frozenset(found))
    note(pending)
