"""``column IN (many keys)`` in the fewest statements each database takes well.

An import asks about every event and case of a package at once: tens of thousands of
keys. SQLite takes them in lists of a few hundred parameters. On PostgreSQL the same
500-parameter statement, run hundreds of times, is prepared by the driver and then
planned once for any values (a generic plan), which the planner may make a sequential
scan per list: minutes per package on a county's events. One array parameter
(``column = ANY(:keys)``) is one statement, planned for the keys it carries.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from sqlalchemy import any_, literal
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

#: Keys per ``IN (...)`` list on SQLite: well under its parameter limit.
CHUNK = 500


def key_conditions(session: Session, column: Any, keys: Iterable[Any]) -> Iterator[ColumnElement[bool]]:
    """Conditions that together select ``column IN keys``; none for no keys."""
    keys = list(keys)
    if not keys:
        return
    if session.get_bind().dialect.name == "postgresql":
        yield column == any_(literal(keys, type_=postgresql.ARRAY(column.type)))
        return
    for i in range(0, len(keys), CHUNK):
        yield column.in_(keys[i:i + CHUNK])
