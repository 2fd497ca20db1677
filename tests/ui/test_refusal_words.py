"""Every coded refusal of the domain has words in the English window, naming only what it is given.

Read from the source, so a new refusal written without a code, or a template asking for a
value the raise does not pass, fails here rather than in front of an officer.
"""

from __future__ import annotations

import ast
import datetime as dt
import string
from pathlib import Path

import pytest

from app.domain.lifecycle import Action, RuleViolation, Status
from app.ui import refusal_words

ROOT = Path(__file__).resolve().parents[2]
# The modules whose refusals reach the window's buttons, print menu and message boxes.
CODED = [*sorted((ROOT / "app" / "domain").glob("*.py")), ROOT / "app" / "services" / "cases.py",
         ROOT / "app" / "services" / "letters.py"]
REFUSALS = {"RuleViolation", "CaseRefused"}


def _raises() -> list[tuple[str, int, ast.Call]]:
    found = []
    for path in CODED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in REFUSALS:
                found.append((path.name, node.lineno, node))
    return found


def test_every_rule_refusal_has_a_code_and_english_words(english):
    words = refusal_words._words()
    raised = _raises()
    assert len(raised) > 60
    for where, line, call in raised:
        assert len(call.args) >= 2 and isinstance(call.args[1], ast.Constant), f"{where}:{line} has no code"
        code = call.args[1].value
        assert code in words, f"{where}:{line}: no English words for {code!r}"
        given = {k.arg for k in call.keywords}
        asked = {name for _, name, _, _ in string.Formatter().parse(words[code]) if name}
        assert asked <= given, f"{where}:{line}: {code!r} asks for {asked - given}"


def test_a_refusal_is_worded_from_its_values(english):
    refusal = RuleViolation("延期合计不得超过…", "extend_over_limit", limit=10, used=7)
    assert refusal_words.refusal_text(refusal) == (
        "Extensions may total at most 10 working days (Administrative Licensing Law, art. 42); 7 already granted")
    refusal = RuleViolation("…", "before_intake", action=Action.COMPLETE, day=dt.date(2026, 11, 2),
                            since=dt.date(2026, 11, 3))
    assert refusal_words.refusal_text(refusal) == "Cannot complete on 2 Nov 2026: before the intake date, 3 Nov 2026"
    refusal = RuleViolation("…", "not_open", number="X-1", status=Status.COMPLETED, action=Action.EXTEND)
    assert refusal_words.refusal_text(refusal) == "Case X-1 is Completed: cannot extend"


def test_an_uncoded_refusal_is_shown_as_written(english):
    assert refusal_words.refusal_text(ValueError("磁盘已满")) == "磁盘已满"


def test_a_refusal_keeps_its_code_across_processes():
    import pickle

    refusal = pickle.loads(pickle.dumps(RuleViolation("备注不能为空", "note_empty")))
    assert (str(refusal), refusal.code, refusal.params) == ("备注不能为空", "note_empty", {})


@pytest.fixture
def english(qapp):
    from PySide6.QtCore import QLocale

    from app.ui.i18n import install_translators

    before = QLocale()
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(before)
