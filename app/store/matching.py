"""Text matching that reads the same on SQLite and on PostgreSQL.

SQLite's ``LIKE`` ignores the case of ASCII letters and PostgreSQL's does not, so a
search typed as "abc" must be ``ILIKE`` on the server to find what the station finds.
A prefix (an ID number's tail, stored reversed) is a ``LIKE 'p%'`` on the server, where a
``text_pattern_ops`` index serves it whatever the collation, and a range on SQLite,
whose ``LIKE`` would not use the index.
"""

from __future__ import annotations

from sqlalchemy import String, and_, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import Boolean


class contains_text(ColumnElement):
    """``column`` contains ``text``, ignoring the case of ASCII letters.

    On the server the column's bigram index (migration 0005_h12a_hub_search) finds the
    candidates first: a Chinese name is two or three characters, too short for trigrams.
    """

    type = Boolean()
    inherit_cache = True

    def __init__(self, column, text: str) -> None:
        self.column = column
        self.text = text
        self.pattern = "%" + escape_like(text) + "%"


def escape_like(text: str) -> str:
    """``%`` and ``_`` typed into a search mean themselves, not "anything"."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@compiles(contains_text)
def _contains_default(element: contains_text, compiler, **kw) -> str:
    return compiler.process(element.column.like(element.pattern, escape="\\"), **kw)


@compiles(contains_text, "postgresql")
def _contains_pg(element: contains_text, compiler, **kw) -> str:
    matches = element.column.ilike(element.pattern, escape="\\")
    if len(element.text) >= 2:
        bigrams = func.aw_bigrams(element.column).op("@>")(func.aw_bigrams(literal(element.text, String())))
        matches = and_(bigrams, matches)
    return compiler.process(matches, **kw)


class starts_with(ColumnElement):
    """``column`` starts with ``prefix`` (letters and digits only, never a LIKE wildcard)."""

    type = Boolean()
    inherit_cache = True

    def __init__(self, column, prefix: str) -> None:
        if not prefix.isalnum():
            raise ValueError("a prefix of letters and digits")
        self.column = column
        self.prefix = prefix


@compiles(starts_with)
def _starts_default(element: starts_with, compiler, **kw) -> str:
    col, p = element.column, element.prefix
    return compiler.process(and_(col >= p, col < p + "\uffff"), **kw)


@compiles(starts_with, "postgresql")
def _starts_pg(element: starts_with, compiler, **kw) -> str:
    return compiler.process(element.column.like(element.prefix + "%"), **kw)
