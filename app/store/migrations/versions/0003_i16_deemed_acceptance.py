"""Cases deemed accepted for want of a timely one-time notice (行政许可法 §32(4)); the
result and the receiving officer of each case, for the monthly ledger; the 好差评 rating
and the follow-up of a poor one.

Revision ID: 0003_i16_deemed
Revises: 0004_i11_sync_log
Create Date: 2026-12-01

The new columns are derived from the events with the working-day calendar, which a
migration does not have; it marks the projection for a rebuild, done when the data
folder is next opened (``Workspace.open``).
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_i16_deemed"
down_revision = "0004_i11_sync_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("deemed_after", sa.Date(), nullable=True))
        batch.add_column(sa.Column("deemed_next_deadline", sa.Date(), nullable=True))
        batch.add_column(sa.Column("result", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("intake_officer", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("rating", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("rating_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("follow_up_due", sa.Date(), nullable=True))
        batch.add_column(sa.Column("follow_up_closed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("follow_up_open", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.create_index("ix_cases_deemed_after", ["deemed_after"])
    op.execute("DELETE FROM settings WHERE key = 'projection_rebuild_needed'")
    op.execute("INSERT INTO settings (key, value) VALUES ('projection_rebuild_needed', 'true')")


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_deemed_after")
        for column in ("follow_up_open", "follow_up_closed_on", "follow_up_due", "rating_date", "rating"):
            batch.drop_column(column)
        batch.drop_column("intake_officer")
        batch.drop_column("result")
        batch.drop_column("deemed_next_deadline")
        batch.drop_column("deemed_after")
