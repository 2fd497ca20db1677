"""The schema migrates on PostgreSQL, the county hub's database, as it does on SQLite.

Every migration runs on both; a migration that only SQLite accepts fails here, before a
county upgrades its hub.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from app.store.database import alembic_config, current_revision, head_revision, open_database


def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def _shape(engine) -> dict[str, set[str]]:
    inspector = inspect(engine)
    return {table: {c["name"] for c in inspector.get_columns(table)} for table in inspector.get_table_names()}


def test_every_migration_runs_on_postgresql_to_the_same_tables(postgres_database: str, tmp_path: Path) -> None:
    _migrate(postgres_database)
    pg = create_engine(postgres_database)
    lite = open_database(tmp_path / "db.sqlite3", tmp_path / "backups", create=True)
    try:
        assert current_revision(pg) == head_revision()
        assert _shape(pg) == _shape(lite)
    finally:
        pg.dispose()
        lite.dispose()
