"""Exporting the 台账 from the desktop program, as an officer does it."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate

from app.services import ledger
from app.ui.ledger_dialog import LedgerExportDialog, last_month

TODAY = dt.date(2026, 11, 20)
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def dialog(qtbot, ws, worker) -> LedgerExportDialog:
    d = LedgerExportDialog(ws, TODAY, worker=worker)
    qtbot.addWidget(d)
    return d


def test_last_month_is_offered_and_the_export_writes_the_workbook(qtbot, demo_ws, sync_worker, tmp_path):
    d = dialog(qtbot, demo_ws, sync_worker)
    assert d.period() == last_month(TODAY) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert d.file_edit.text().endswith("台账_2026-10.xlsx")
    d.file_edit.setText(str(tmp_path / "台账_2026-10.xlsx"))
    d.from_edit.setDate(QDate(2026, 9, 1))
    assert d.file_edit.text().endswith("台账_2026-09-01_2026-10-31.xlsx")  # the name follows the period
    d.export_button.click()
    out = tmp_path / "台账_2026-09-01_2026-10-31.xlsx"
    expected = ledger.build(demo_ws, dt.date(2026, 9, 1), dt.date(2026, 10, 31), TODAY)
    assert out.is_file() and d.message.tone == "success"
    assert f"{expected.summary.total.received} case(s) received" in d.message.text()
    sheet = openpyxl.load_workbook(out)["台账"]
    assert sheet.max_row == len(expected.rows) + 1


def test_a_reversed_period_is_refused_in_words_and_nothing_is_written(qtbot, demo_ws, sync_worker, tmp_path):
    d = dialog(qtbot, demo_ws, sync_worker)
    d.file_edit.setText(str(tmp_path / "x.xlsx"))
    d.from_edit.setDate(QDate(2026, 11, 1))
    d.to_edit.setDate(QDate(2026, 10, 1))
    d.export_button.click()
    assert d.message.tone == "error" and "is after the end date" in d.message.text()
    assert not (tmp_path / "x.xlsx").exists()
    assert d.export_button.isEnabled()


def test_stop_ends_the_export_without_a_file(qtbot, demo_ws, sync_worker, tmp_path, monkeypatch):
    d = dialog(qtbot, demo_ws, sync_worker)
    d.file_edit.setText(str(tmp_path / "stopped.xlsx"))
    d.from_edit.setDate(QDate(2026, 1, 1))
    monkeypatch.setattr("app.documents.ledger_xlsx.CANCEL_CHECK_ROWS", 10)
    d._progress.advanced.connect(lambda _rows: d.stop())  # the officer clicks Stop as rows go out
    d.export_button.click()
    assert d.message.tone == "error" and "cancelled" in d.message.text()
    assert not (tmp_path / "stopped.xlsx").exists()


def test_the_monthly_report_opens_on_screen_in_the_preview(qtbot, demo_ws, sync_worker):
    from app.ui.ledger_dialog import ReportDialog

    d = ReportDialog(demo_ws, TODAY, worker=sync_worker)
    qtbot.addWidget(d)
    assert d.period() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    d.show_button.click()
    preview = d.preview
    assert preview is not None and preview.document.pageCount() >= 2
    _made, pdf = ledger.report_pdf(demo_ws, dt.date(2026, 10, 1), dt.date(2026, 10, 31), TODAY)
    assert preview.pdf == pdf  # what is shown is what is printed or saved
    preview.close()


def test_a_reversed_report_period_is_refused_in_words(qtbot, demo_ws, sync_worker):
    from app.ui.ledger_dialog import ReportDialog

    d = ReportDialog(demo_ws, TODAY, worker=sync_worker)
    qtbot.addWidget(d)
    d.from_edit.setDate(QDate(2026, 11, 1))
    d.to_edit.setDate(QDate(2026, 10, 1))
    d.show_button.click()
    assert d.preview is None and d.message.tone == "error" and "is after the end date" in d.message.text()
