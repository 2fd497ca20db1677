"""Every English string the program shows has its Chinese translation shipped.

The interface is Chinese by default; a string missing from the translation files would
appear in English in the middle of a Chinese window.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"


def strings_in_code() -> dict[str, str]:
    """Each translatable literal → the file that uses it."""
    found: dict[str, str] = {}
    for file in sorted(UI.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr" and node.args:
                arg = node.args[0]
            elif name in ("translate", "_translate") and len(node.args) >= 2:
                arg = node.args[1]
            else:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, str(file.relative_to(ROOT)))
    return found


def translations() -> tuple[dict[str, str], list[str]]:
    done: dict[str, str] = {}
    unfinished: list[str] = []
    for ts in sorted(TRANSLATIONS.glob("*_zh_CN.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            text = (translation.text or "").strip() if translation is not None else ""
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (text or any(forms)):
                unfinished.append(f"{ts.name}: {source}")
            else:
                done[source] = text or forms[0]
    return done, unfinished


def test_every_translation_file_is_finished():
    _done, unfinished = translations()
    assert unfinished == []


def test_every_string_in_the_interface_has_a_chinese_translation():
    done, _ = translations()
    missing = sorted(f"{where}: {text}" for text, where in strings_in_code().items() if text not in done)
    assert missing == []


def test_every_translation_file_is_compiled():
    for ts in TRANSLATIONS.glob("*_zh_CN.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} missing: run resources/translations/build.py --release"
        assert qm.stat().st_size > 16
