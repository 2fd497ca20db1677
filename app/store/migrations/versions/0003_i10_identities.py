"""Identities that hold across stations: a station code in numbers, officers and item
versions owned by a station, events with a format version, unique case numbers.

Nothing already printed changes: the numbers of existing cases and letters are kept as
they are in their events (they carry no station code); only numbers issued from now on
carry one. The local station gets code ``01``, which the administrator changes in the
settings when a centre has more than one window.

Revision ID: 0003_i10_identities
Revises: 0002
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_i10_identities"
down_revision = "0002"
branch_labels = None
depends_on = None

OLD_DEFAULT_FORMAT = "{short}便民受字〔{year}〕第{serial:04d}号"
NEW_DEFAULT_FORMAT = "{short}便民受字〔{year}〕第{code}-{serial:04d}号"


def _with_code(fmt: str) -> str:
    """A centre's own number format, with the station code put just before the serial."""
    if "{code" in fmt:
        return fmt
    if fmt == OLD_DEFAULT_FORMAT:
        return NEW_DEFAULT_FORMAT
    at = fmt.find("{serial")
    return fmt[:at] + "{code}-" + fmt[at:] if at >= 0 else fmt


def upgrade() -> None:
    conn = op.get_bind()
    duplicates = conn.execute(sa.text(
        "SELECT number FROM cases GROUP BY number HAVING COUNT(*) > 1 LIMIT 5")).scalars().all()
    if duplicates:
        from app.store.database import DatabaseProblem

        raise DatabaseProblem(
            "数据库中有重复的受理编号，无法加上唯一约束：" + "、".join(duplicates)
            + "。数据未作改动；请联系县级管理员处理后再升级")

    # Plain ADD COLUMN: other tables refer to stations, so it must not be copied and dropped.
    op.add_column("stations", sa.Column("code", sa.String(length=20), nullable=False, server_default=""))
    op.add_column("stations", sa.Column("previous_uuid", sa.String(length=36), nullable=True))
    conn.execute(sa.text("UPDATE stations SET code = '01' WHERE is_local = :yes"), {"yes": True})

    local = conn.execute(sa.text("SELECT uuid FROM stations WHERE is_local = :yes"), {"yes": True}).scalar()

    with op.batch_alter_table("officers") as batch:
        batch.add_column(sa.Column("station_uuid", sa.String(length=36), nullable=True))
        batch.drop_constraint("uq_officers_username", type_="unique")
        batch.create_unique_constraint("uq_officers_station_username", ["station_uuid", "username"])
    with op.batch_alter_table("item_versions") as batch:
        batch.add_column(sa.Column("station_uuid", sa.String(length=36), nullable=True))
        batch.drop_constraint("uq_item_versions_code_version", type_="unique")
        batch.create_unique_constraint("uq_item_versions_station_code_version", ["station_uuid", "code", "version"])
    if local is not None:
        conn.execute(sa.text("UPDATE officers SET station_uuid = :s"), {"s": local})
        conn.execute(sa.text("UPDATE item_versions SET station_uuid = :s"), {"s": local})

    op.add_column("events", sa.Column("officer_uuid", sa.String(length=36), nullable=True))
    op.add_column("events", sa.Column("format", sa.Integer(), nullable=False, server_default="1"))
    if conn.dialect.name != "sqlite":  # SQLite does not enforce lengths; a display name may be longer
        op.alter_column("events", "officer", type_=sa.String(length=100), existing_type=sa.String(length=64))

    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("conflicts", sa.String(length=200), nullable=False, server_default=""))
        batch.create_index("ix_cases_conflicts", ["conflicts"], unique=False)
        batch.drop_index("ix_cases_number")
        batch.create_unique_constraint("uq_cases_number", ["number"])

    stored = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'number_format'")).scalar()
    if stored is not None:
        import json

        fmt = json.loads(stored)
        conn.execute(sa.text("UPDATE settings SET value = :v WHERE key = 'number_format'"),
                     {"v": json.dumps(_with_code(fmt), ensure_ascii=False)})


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_constraint("uq_cases_number", type_="unique")
        batch.create_index("ix_cases_number", ["number"], unique=False)
        batch.drop_index("ix_cases_conflicts")
        batch.drop_column("conflicts")
    op.drop_column("events", "format")
    op.drop_column("events", "officer_uuid")
    with op.batch_alter_table("item_versions") as batch:
        batch.drop_constraint("uq_item_versions_station_code_version", type_="unique")
        batch.create_unique_constraint("uq_item_versions_code_version", ["code", "version"])
        batch.drop_column("station_uuid")
    with op.batch_alter_table("officers") as batch:
        batch.drop_constraint("uq_officers_station_username", type_="unique")
        batch.create_unique_constraint("uq_officers_username", ["username"])
        batch.drop_column("station_uuid")
    op.drop_column("stations", "previous_uuid")
    op.drop_column("stations", "code")
