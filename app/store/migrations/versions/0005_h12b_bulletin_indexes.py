"""Indexes for the county's 通报: cases accepted, closed, or with a 容缺 supply deadline
in a period are found by range instead of reading every case (a hub holds a million).

Revision ID: 0005_h12b_bulletin
Revises: 0003_i16_deemed
Create Date: 2026-12-01
"""
from alembic import op

revision = "0005_h12b_bulletin"
down_revision = "0003_i16_deemed"
branch_labels = None
depends_on = None

INDEXED = ("accepted_date", "closed_date", "supply_deadline")


def upgrade() -> None:
    for column in INDEXED:
        op.create_index(f"ix_cases_{column}", "cases", [column])


def downgrade() -> None:
    for column in INDEXED:
        op.drop_index(f"ix_cases_{column}", table_name="cases")
