"""Fixtures shared by the letter tests: the shipped templates and the shipped fonts."""

from __future__ import annotations

import pytest

from app.documents.fonts import FontSet, shipped_only
from app.documents.templates import LetterTemplate, load_all_templates
from app.domain.letters import LetterKind


@pytest.fixture(scope="session")
def templates() -> dict[LetterKind, LetterTemplate]:
    return load_all_templates()


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    return shipped_only()
