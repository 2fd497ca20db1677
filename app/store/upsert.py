"""Insert-or-replace by primary key, in the dialect of the database at hand.

Projection rows are written this way whatever the caller knows of their existence: a
rebuild, a local action and an imported batch all converge on the same row, and the
statement is the one both SQLite and PostgreSQL spell ``INSERT … ON CONFLICT DO UPDATE``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from functools import lru_cache, partial
from operator import itemgetter
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
    if dialect == "postgresql" and len(rows) >= _COPY_FROM:
        _pg_staged_upsert(session, table, rows)
        return
    builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = builder(table)
    key = [c.name for c in table.primary_key.columns]
    stmt = stmt.on_conflict_do_update(
        index_elements=key, set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name not in key})
    session.execute(stmt, list(rows))


# Values go to the driver as they are. On Python 3.11 the driver looks every value that
# is not exactly an int, float or str up among the registered adapters, and failing that
# raises and swallows an AttributeError inside: for None and booleans that costs more
# than the binding itself, and date.isoformat (formatted by PyUnicode_FromFormat) nearly
# as much, over the projection's 49 columns of 100,000 rows. So every type the rows hold
# has an adapter here, each writing what SQLAlchemy's SQLite types write: NULL, 1/0, and
# ISO text (a space before the time) — for dates and datetimes these are the driver's own
# defaults (deprecated from 3.12 as implicit), made explicit; dates, few and repeated,
# are remembered.


def _null(_value: None) -> None:
    return None


sqlite3.register_adapter(type(None), _null)
sqlite3.register_adapter(bool, int)
sqlite3.register_adapter(dt.date, lru_cache(maxsize=4096)(dt.date.isoformat))
sqlite3.register_adapter(dt.datetime, partial(dt.datetime.isoformat, sep=" "))


def _driver_rows(table: Table, rows: Sequence[dict[str, Any]]) -> tuple[list[str], list[tuple]]:
    """The rows as the driver's parameter tuples, in the table's column order."""
    columns = [c.name for c in table.columns]
    take = itemgetter(*columns)
    width = len(columns)
    if all(len(r) >= width for r in rows):
        return columns, [take(r) for r in rows]
    defaults = {c.name: c.default.arg for c in table.columns
                if c.default is not None and not callable(c.default.arg)}
    return columns, [take({**{c: defaults.get(c) for c in columns}, **r}) for r in rows]


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """A plain batch insert, straight to the driver on SQLite (see :func:`_sqlite_upsert`)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql" and len(rows) >= _COPY_FROM:
        _pg_copy(session, table, rows)
        return
    if dialect != "sqlite":
        session.execute(table.insert(), list(rows))
        return
    columns, params = _driver_rows(table, rows)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    session.connection().exec_driver_sql(sql, params)


def insert_tuples(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain batch insert of rows given as values in ``columns`` order (no dict per row)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql" and len(rows) >= _COPY_FROM:
        session.flush()
        raw = session.connection().connection.driver_connection
        with raw.cursor() as cur:
            with cur.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
        return
    if dialect != "sqlite":
        session.execute(table.insert(), [dict(zip(columns, r)) for r in rows])
        return
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    session.connection().exec_driver_sql(sql, list(rows))


#: From this many rows on, PostgreSQL is sent a ``COPY`` rather than INSERT statements.
_COPY_FROM = 200


def _pg_copy(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """``COPY … FROM STDIN`` on the session's own connection, inside its transaction.

    An import brings a township's tens of thousands of events at once; COPY is the
    server's own bulk path, several times faster than even batched INSERTs.
    """
    session.flush()
    columns = [c.name for c in table.columns]
    defaults = {c.name: c.default.arg for c in table.columns
                if c.default is not None and not callable(c.default.arg)}
    raw = session.connection().connection.driver_connection
    with raw.cursor() as cur:
        with cur.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([r[c] if c in r else defaults.get(c) for c in columns])


def _pg_staged_upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """``COPY`` into a temporary table, then one ``INSERT … SELECT … ON CONFLICT DO UPDATE``.

    An import writes the projection rows of a township's twenty thousand cases at once;
    as parameters of one statement per row they cost the server (and the driver) several
    times what the rows themselves do. The staging table lives only until the transaction
    ends, so a rollback leaves nothing behind. Rows are taken in key order (the order
    :func:`app.services.append.lock_cases` locks in), the last of two with one key winning
    as it would in a run of single statements.
    """
    session.flush()
    columns = [c.name for c in table.columns]
    key = [c.name for c in table.primary_key.columns]
    defaults = {c.name: c.default.arg for c in table.columns
                if c.default is not None and not callable(c.default.arg)}
    latest = {tuple(r[k] for k in key): r for r in rows}
    stage = f"staged_{table.name}"
    names = ", ".join(columns)
    raw = session.connection().connection.driver_connection
    with raw.cursor() as cur:
        cur.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {stage} "
                    f"(LIKE {table.name} INCLUDING DEFAULTS) ON COMMIT DROP")
        cur.execute(f"TRUNCATE {stage}")
        with cur.copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
            for _key, r in sorted(latest.items()):
                copy.write_row([r[c] if c in r else defaults.get(c) for c in columns])
        cur.execute(f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {stage} ORDER BY {', '.join(key)} "
                    f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET "
                    + ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key))


def _sqlite_upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """One prepared statement and one ``executemany`` straight to the driver.

    SQLAlchemy's per-row parameter processing costs more than SQLite's own insert for the
    projection's two dozen columns; the values stored are the same (see the adapters above).
    """
    columns, params = _driver_rows(table, rows)
    key = {c.name for c in table.primary_key.columns}
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
           f"ON CONFLICT ({', '.join(sorted(key))}) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key))
    session.connection().exec_driver_sql(sql, params)
