"""Search indexes for the county hub's PostgreSQL database; nothing changes on SQLite.

A hub holds about a million cases. Searching by a part of a name or case number (a
``LIKE '%…%'``) is served by an index of each text's two-character pieces (``aw_bigrams``):
a Chinese name is two or three characters, too short for trigrams. A phone number's
digits (three or more) use a trigram index (the pg_trgm extension, "trusted" since
PostgreSQL 13, so the database's owner may create it); an ID-number tail (a prefix of the
reversed number) by a ``text_pattern_ops`` index, whatever the database's collation; the work list's
first page by a partial index of the open cases in deadline order. SQLite, a station's
few thousand cases, reads its table straight through faster than it would use any of these.

Revision ID: 0005_h12a_hub_search
Revises: 0005_h12b_bulletin
Create Date: 2026-12-01
"""
from alembic import op

revision = "0005_h12a_hub_search"
down_revision = "0005_h12b_bulletin"
branch_labels = None
depends_on = None

#: The distinct two-character pieces of a text, lower-cased: what a name search needs first.
_BIGRAMS = """
CREATE OR REPLACE FUNCTION aw_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i
$$"""

_INDEXES = {
    "ix_cases_applicant_name_bigrams": "cases USING gin (aw_bigrams(applicant_name))",
    "ix_cases_number_bigrams": "cases USING gin (aw_bigrams(number))",
    "ix_cases_phone_digits_trgm": "cases USING gin ((replace(phone, '-', '')) gin_trgm_ops)",
    "ix_cases_id_rev_prefix": "cases (id_rev text_pattern_ops)",
    # the work list's first page: open cases (and poor ratings followed up) by deadline
    "ix_cases_worklist_next": "cases (next_deadline, number) WHERE (is_open IS true OR follow_up_open IS true)"
                              " AND conflicts = ''",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(_BIGRAMS)
    for name, target in _INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP FUNCTION IF EXISTS aw_bigrams(text)")
