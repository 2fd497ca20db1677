"""Record where each station's event chain ends.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chain_heads",
        sa.Column("station_uuid", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("station_uuid", name=op.f("pk_chain_heads")),
    )
    # The chains written before this revision end where their last event is.
    op.execute(
        "INSERT INTO chain_heads (station_uuid, seq, hash) "
        "SELECT e.station_uuid, e.seq, e.hash FROM events e "
        "JOIN (SELECT station_uuid, MAX(seq) AS seq FROM events GROUP BY station_uuid) last "
        "ON last.station_uuid = e.station_uuid AND last.seq = e.seq"
    )


def downgrade() -> None:
    op.drop_table("chain_heads")
