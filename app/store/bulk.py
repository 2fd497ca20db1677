"""Replacing every row of a table in one transaction, as a rebuild of the projection does.

On SQLite the table's own indexes cost more than its rows when 100,000 rows go in one by
one: each row lands at a random place in each of a dozen B-trees, and the pages those
touch outgrow the default page cache and spill to the journal in the middle of the
transaction. A whole-table replace therefore drops the table's declared indexes, inserts
the rows into the bare table (its primary key and unique constraints still checked on
every row), and then creates the indexes again from their stored SQL, each by one sort,
with a page cache large enough to hold the work. All of it is one transaction: if
anything fails the rollback brings back the old rows and the indexes with them, and
readers see the old table until the commit.

Elsewhere (PostgreSQL) the rows are deleted and inserted by the ordinary statements.
"""

from __future__ import annotations

from contextlib import contextmanager, suppress
from typing import Any, Callable, Iterator, Sequence

from sqlalchemy import Table, delete
from sqlalchemy.orm import Session

from app.store.upsert import insert_tuples

#: Page cache for the transaction, in KiB: the rows of 100,000 cases (about 50 MiB with
#: the constraints' own indexes) stay in memory until the commit instead of spilling to
#: the journal; the connection's own setting returns when the replace ends.
BULK_CACHE_KIB = 64 * 1024

Writer = Callable[[Sequence[Sequence[Any]]], None]


@contextmanager
def replacing(session: Session, table: Table, columns: Sequence[str]) -> Iterator[Writer]:
    """Empty ``table`` and yield a function that writes its new rows (values in
    ``columns`` order), in the session's transaction; the table is whole again (indexes
    included) when the block ends."""
    connection = session.connection()

    def write(rows: Sequence[Sequence[Any]]) -> None:
        insert_tuples(session, table, columns, rows)

    if connection.dialect.name != "sqlite":
        session.execute(delete(table))
        yield write
        return
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table.name,)).all()
    cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar())
    connection.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        connection.exec_driver_sql(f'DELETE FROM "{table.name}"')
        for name, _sql in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
        yield write
        for _name, sql in indexes:
            connection.exec_driver_sql(sql)
    except BaseException:
        with suppress(Exception):  # the first failure is the one to report
            connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")
        raise
    connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")
