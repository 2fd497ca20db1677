"""Insert-or-replace by primary key, in the dialect of the database at hand.

Projection rows are written this way whatever the caller knows of their existence: a
rebuild, a local action and an imported batch all converge on the same row, and the
statement is the one both SQLite and PostgreSQL spell ``INSERT … ON CONFLICT DO UPDATE``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Write ``rows`` (each with every column) into ``table``, replacing rows of the same key."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upsert(session, table, rows)
        return
    builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = builder(table)
    key = [c.name for c in table.primary_key.columns]
    stmt = stmt.on_conflict_do_update(
        index_elements=key, set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name not in key})
    session.execute(stmt, list(rows))


def _driver_value(value: Any) -> Any:
    """What SQLAlchemy's SQLite types would store: ISO text for dates, 0/1 for booleans."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _sqlite_upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """One prepared statement and one ``executemany`` straight to the driver.

    SQLAlchemy's per-row parameter processing costs more than SQLite's own insert for the
    projection's two dozen columns; the values stored are the same (see ``_driver_value``).
    """
    columns = [c.name for c in table.columns]
    key = {c.name for c in table.primary_key.columns}
    defaults = {c.name: c.default.arg for c in table.columns
                if c.default is not None and not callable(c.default.arg)}
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
           f"ON CONFLICT ({', '.join(sorted(key))}) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key))
    params = [tuple(_driver_value(r[c] if c in r else defaults.get(c)) for c in columns) for r in rows]
    session.connection().exec_driver_sql(sql, params)
