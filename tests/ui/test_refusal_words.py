"""Every coded refusal of the domain has words in the English window, naming only what it is given.

Read from the source, so a new refusal written without a code, or a template asking for a
value the raise does not pass, fails here rather than in front of an officer.
"""

from __future__ import annotations

import ast
import datetime as dt
import string
from pathlib import Path

from app.domain.lifecycle import Action, RuleViolation, Status
from app.ui import admin_refusals, refusal_words

ROOT = Path(__file__).resolve().parents[2]
# The modules whose refusals reach the window's buttons, print menu and message boxes.
CODED = [*sorted((ROOT / "app" / "domain").glob("*.py")), ROOT / "app" / "services" / "cases.py",
         ROOT / "app" / "services" / "letters.py"]
REFUSALS = {"RuleViolation", "CaseRefused"}
# The modules whose refusals an administrator (or an officer outside a case) meets, and
# the refusals they raise; their English words live in app/ui/admin_refusals.py.
ADMIN_CODED = [ROOT / "app" / path for path in (
    "services/officers.py", "domain/text.py", "services/workspace.py", "services/settings.py", "services/queries.py",
    "services/setup.py", "services/sync_keys.py", "services/sync_import.py", "services/sync_export.py",
    "services/sync_receipts.py", "sync/package.py", "sync/signing.py", "sync/encryption.py", "sync/receipt.py",
    "services/calendar_files.py", "domain/calendar.py", "services/exports.py", "services/recovery.py",
    "store/backup.py", "store/database.py", "store/server.py", "services/ledger.py", "services/bulletin.py",
    "domain/letters.py", "services/append.py", "domain/catalogue.py", "services/catalogue.py",
    "services/catalogue_files.py", "store/events.py", "services/maintenance.py",
)]
ADMIN_REFUSALS = {
    "OfficerError", "TextRefused", "ClockAhead", "ClockSetBack", "DateOutsideCalendar", "DatabaseProblem",
    "NotInitialized", "SettingsError", "QueryError", "SetupError", "KeyProblem", "PackageProblem", "ImportRefused",
    "SignatureProblem", "EncryptionProblem", "CalendarRefused", "Problem", "StoredCalendarError",
    "CalendarImportRefused", "OutputRefused", "NothingToExport", "ExportCancelled", "BackupRefused", "WriteConflict",
    "DatabaseBusy", "ReadOnly", "DiskFull", "DatabaseDamaged", "BadDatabaseUrl", "LedgerRefused", "BulletinRefused",
    "LetterContentError", "BatchRefused", "_Invalid", "CatalogueWriteError",
}


def _raises(paths: list[Path], kinds: set[str]) -> list[tuple[str, int, ast.Call]]:
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in kinds:
                found.append((path.name, node.lineno, node))
    return found


def _check(raised: list[tuple[str, int, ast.Call]], words: dict[str, str]) -> None:
    for where, line, call in raised:
        if (len(call.args) >= 2 and not isinstance(call.args[1], ast.Constant)
                and any(k.arg is None for k in call.keywords)):
            continue  # a coded refusal raised again as another kind, its code and values passed on
        assert len(call.args) >= 2 and isinstance(call.args[1], ast.Constant), f"{where}:{line} has no code"
        code = call.args[1].value
        assert code in words, f"{where}:{line}: no English words for {code!r}"
        if any(k.arg is None for k in call.keywords):
            continue  # values passed as **mapping: read at run time
        given = {k.arg for k in call.keywords}
        asked = {name for _, name, _, _ in string.Formatter().parse(words[code]) if name}
        assert asked <= given, f"{where}:{line}: {code!r} asks for {asked - given}"


def test_every_rule_refusal_has_a_code_and_english_words(english):
    raised = _raises(CODED, REFUSALS)
    assert len(raised) > 60
    _check(raised, refusal_words._words())


def test_every_refusal_an_administrator_meets_has_a_code_and_english_words(english):
    raised = _raises(ADMIN_CODED, REFUSALS | ADMIN_REFUSALS)
    assert len(raised) > 150
    _check(raised, {**admin_refusals.words(), **refusal_words._words()})


def test_every_problem_a_catalogue_file_can_have_has_a_code_and_english_words(english):
    """The catalogue's checks record a problem with ``out.add(where, message, code, **values)``."""
    words = {**admin_refusals.words(), **refusal_words._words()}
    tree = ast.parse((ROOT / "app" / "domain" / "catalogue.py").read_text(encoding="utf-8"))
    added = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr == "add" and len(node.args) >= 2
             and isinstance(node.args[1], (ast.Constant, ast.JoinedStr))]
    assert len(added) > 15
    for call in added:
        # the message as the second argument, the code as the third: the same check as a raise's
        call.args = call.args[1:]
    _check([("catalogue.py", call.lineno, call) for call in added], words)


def test_the_two_word_lists_name_no_code_twice(english):
    assert not set(admin_refusals.words()) & set(refusal_words._words())


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

