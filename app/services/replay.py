"""Reading a station's case events in replay order and folding them into projection rows.

One reader for every replay of the whole store: the rebuild, the check of the case table
against the events, and the worker processes of a parallel rebuild
(:mod:`app.services.fold_workers`), which read a range of cases from the same file.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence

import orjson

from app.domain.calendar import WorkCalendar
from app.domain.merge import fold_case, order_key
from app.services.case_row import row_tuple
from app.store.event_format import CURRENT_FORMAT, EventRecord, OfficerLookup, upgrade

Block = Sequence[Sequence[Any]]

#: The columns the fold needs, in the order :func:`case_events` unpacks them.
_COLUMNS = "case_uuid, uuid, type, {payload}, officer, officer_uuid, format, hlc, station_uuid, seq"
#: The ``(case_uuid, hlc)`` index's order: no sort in SQL.
_ORDER = "ORDER BY case_uuid, hlc"
_new_tuple = tuple.__new__


def folded_rows(case_events: Iterable[tuple[str, list[EventRecord]]], cal: WorkCalendar) -> Iterator[tuple]:
    """The projection row of every case, folded from its events as an action or import would.

    Each case is folded by the same :func:`app.domain.merge.fold_case`, so the row is the
    row those wrote. Events come grouped by case in replay order (:func:`case_events`), so
    only one case's events are held at a time.
    """
    for case_uuid, events in case_events:
        state = fold_case(case_uuid, events, ordered=True)
        if state.status is None:
            continue  # another station's events of a case whose intake has not arrived
        yield row_tuple(state, cal, events[-1].hlc)


def sqlite_rows(connection: Any, lookup: OfficerLookup, cal: WorkCalendar, low: str | None = None,
                high: str | None = None) -> Iterator[tuple]:
    """The projection rows of a plain ``sqlite3`` connection's cases, all of them or those
    with ``low <= case_uuid < high`` (a range of a parallel rebuild)."""
    return folded_rows(case_events(sqlite_blocks(connection, low, high), lookup), cal)


def case_events(blocks: Iterable[Block], lookup: OfficerLookup) -> Iterator[tuple[str, list[EventRecord]]]:
    """Each case's events, in :func:`app.domain.merge.order_key` order, one case at a time.

    ``blocks`` are rows of :data:`_COLUMNS` grouped by case in timestamp order (as
    :func:`sqlite_blocks` and :func:`server_blocks` read them); the rare events of one
    case that share a timestamp (written at two stations) are put in order here. Each
    payload is decoded once; events of an older format go through
    :func:`app.store.event_format.upgrade` like every other reader's.
    """
    loads = orjson.loads
    current: str | None = None
    events: list[EventRecord] = []
    add = events.append
    last_hlc = None
    tied = False
    for block in blocks:
        for case_uuid, uuid, etype, payload, officer, officer_uuid, fmt, hlc, station, seq in block:
            if case_uuid != current:
                if events:
                    if tied:
                        events.sort(key=order_key)
                    yield current, events
                current, events, tied = case_uuid, [], False
                add = events.append
            elif hlc == last_hlc:
                tied = True
            last_hlc = hlc
            if fmt == CURRENT_FORMAT:
                # the named tuple's own constructor parses keywords; the fields are all here, in order
                add(_new_tuple(EventRecord, (uuid, etype, loads(payload), officer_uuid or "", officer, hlc, station,
                                             seq)))
            else:
                add(upgrade(uuid=uuid, type=etype, payload=loads(payload), officer=officer, officer_uuid=officer_uuid,
                            format=fmt, hlc=hlc, station_uuid=station, seq=seq, lookup=lookup))
    if events:
        if tied:
            events.sort(key=order_key)
        yield current, events


def sqlite_blocks(connection: Any, low: str | None = None, high: str | None = None,
                  size: int = 5000) -> Iterator[Block]:
    """The case events of a plain ``sqlite3`` connection, in blocks of ``size`` rows.

    Only cases with ``low <= case_uuid < high`` when given (a worker's range). Straight
    from the driver (SQLAlchemy's row objects cost more than the read itself here), with
    the payload as bytes: the JSON decoder takes UTF-8 as it is stored, with no text
    object made on the way.
    """
    where = ["case_uuid IS NOT NULL"]
    params: list[str] = []
    if low is not None:
        where.append("case_uuid >= ?")
        params.append(low)
    if high is not None:
        where.append("case_uuid < ?")
        params.append(high)
    sql = f"SELECT {_COLUMNS.format(payload='CAST(payload AS BLOB)')} FROM events WHERE {' AND '.join(where)} {_ORDER}"
    cursor = connection.cursor()
    try:
        cursor.execute(sql, params)
        while block := cursor.fetchmany(size):
            yield block
    finally:
        cursor.close()


def server_blocks(connection: Any, size: int = 5000) -> Iterator[Block]:
    """The case events of a SQLAlchemy connection to a server, through a server-side
    cursor: a county's events are not all held at once."""
    sql = f"SELECT {_COLUMNS.format(payload='payload')} FROM events WHERE case_uuid IS NOT NULL {_ORDER}"
    result = connection.exec_driver_sql(sql, execution_options={"stream_results": True, "max_row_buffer": size})
    yield from result.partitions(size)
