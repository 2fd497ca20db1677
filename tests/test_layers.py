"""The layers of DESIGN.md §3 hold: no Qt below the GUI, no database in the rules."""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"


def imported_modules(folder: Path):
    for file in sorted(folder.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield file, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield file, node.module


@pytest.mark.parametrize("layer", ["domain", "store", "services", "documents", "sync"])
def test_no_qt_below_the_gui(layer):
    offenders = [f"{f.relative_to(APP)}: {m}" for f, m in imported_modules(APP / layer)
                 if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("app.ui")]
    assert offenders == []


def test_rules_know_nothing_of_storage():
    offenders = [f"{f.relative_to(APP)}: {m}" for f, m in imported_modules(APP / "domain")
                 if m.split(".")[0] in ("sqlalchemy", "alembic", "sqlite3")
                 or m.startswith(("app.store", "app.services", "app.documents", "app.cli"))]
    assert offenders == []


def test_store_does_not_reach_up():
    offenders = [f"{f.relative_to(APP)}: {m}" for f, m in imported_modules(APP / "store")
                 if m.startswith(("app.services", "app.cli", "app.documents"))]
    assert offenders == []
