"""Persistence: SQLAlchemy models, engine, migrations, backups. No Qt."""
