"""Application set-up: shipped fonts, translations, and crash reports shown on the next start."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFontDatabase

from app.services.officers import OfficerError
from app.ui.application import CrashHandlers, register_fonts, take_previous_crash, write_crash_report
from app.ui.i18n import install_translators, remove_translators, translations_dir

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def test_shipped_fonts_cover_chinese_and_rare_characters(qapp):
    families = register_fonts()
    assert families, "no shipped font could be registered"
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families[0] in chinese  # the sans-serif used when the system has no CJK font
    assert any(f in chinese for f in families[1:])  # and the Ming face for rare characters


def test_chinese_loads_every_compiled_translation_and_english_none(qapp):
    compiled = sorted(translations_dir().glob("*_zh_CN.qm"))
    assert any(p.name == "shell_zh_CN.qm" for p in compiled)
    translators = install_translators(qapp, "zh_CN")
    try:
        assert len(translators) >= len(compiled)
        assert qapp.translate("MainWindow", "&File") == "文件(&F)"
    finally:
        remove_translators(qapp, translators)
    assert install_translators(qapp, "en") == []
    assert qapp.translate("MainWindow", "&File") == "&File"


def test_an_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError, match="不支持"):
        install_translators(qapp, "fr")


def crash() -> tuple:
    try:
        {}["missing"]
    except KeyError:
        return sys.exc_info()


def test_a_crash_report_is_shown_once_on_the_next_start(tmp_path):
    logs = tmp_path / "logs"
    assert take_previous_crash(logs) is None
    write_crash_report(logs, *crash())
    report = take_previous_crash(logs)
    assert report is not None and "KeyError" in report.text and "missing" in report.text
    assert report.saved_as.is_file()
    assert take_previous_crash(logs) is None  # shown once, kept in the archive


def test_a_hard_crash_left_by_faulthandler_is_reported(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "fault.log").write_text("Fatal Python error: Segmentation fault\n")
    report = take_previous_crash(logs)
    assert report is not None and "Segmentation fault" in report.text


def test_unexpected_errors_are_logged_and_user_errors_only_shown(tmp_path, monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(CrashHandlers, "_show", lambda self, icon, text, parent, details="": shown.append(text))
    handlers = CrashHandlers(tmp_path / "logs")
    handlers.excepthook(OfficerError, OfficerError("用户名或密码错误"), None)
    assert shown == ["用户名或密码错误"]
    assert take_previous_crash(tmp_path / "logs") is None  # a refusal is not a crash
    handlers.excepthook(*crash())
    assert "crash-pending.txt" in shown[-1]
    assert "KeyError" in take_previous_crash(tmp_path / "logs").text
