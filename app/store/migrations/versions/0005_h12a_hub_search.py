"""Search indexes for the county hub's PostgreSQL database; nothing changes on SQLite.

A hub holds about a million cases. Searching by a part of a name or case number (a
``LIKE '%…%'``) is served by trigram indexes (the pg_trgm extension, "trusted" since
PostgreSQL 13, so the database's owner may create it); an ID-number tail (a prefix of the
reversed number) by a ``text_pattern_ops`` index, whatever the database's collation; a
phone number's digits by a trigram index on the number without dashes. SQLite, a station's
few thousand cases, reads its table straight through faster than it would use any of these.

Revision ID: 0005_h12a_hub_search
Revises: 0003_i16_deemed
Create Date: 2026-12-01
"""
from alembic import op

revision = "0005_h12a_hub_search"
down_revision = "0003_i16_deemed"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_cases_applicant_name_trgm": "cases USING gin (applicant_name gin_trgm_ops)",
    "ix_cases_number_trgm": "cases USING gin (number gin_trgm_ops)",
    "ix_cases_phone_digits_trgm": "cases USING gin ((replace(phone, '-', '')) gin_trgm_ops)",
    "ix_cases_id_rev_prefix": "cases (id_rev text_pattern_ops)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, target in _INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
