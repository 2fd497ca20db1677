"""A log of the sync packages this station received, for the county's 通报 and for audit.

Revision ID: 0004_i11_sync_log
Revises: 0003_i10_identities
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_i11_sync_log"
down_revision = "0003_i10_identities"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_log",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("source_uuid", sa.String(36), nullable=False, index=True),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("new_events", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_log")
