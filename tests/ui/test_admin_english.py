"""``--lang en`` for an administrator: sign-in, settings, officers, the holiday calendar and
sync packages refuse in English, each problem of a refused file on its own line.

The Chinese window keeps the service's own sentences (tests/ui/test_admin.py); here the
same flows are driven with the English interface and every shown refusal must be free of
Chinese once the data (names the administrator typed, a holiday's name) is taken out.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from app.domain import calendar
from app.domain.refusal import Problem, reworded
from app.domain.text import TextRefused, clean
from app.services import settings as settings_service
from app.services.settings import SettingsError
from app.ui.admin import AdminDialog
from app.ui.refusal_words import refusal_text
from app.ui.sign_in import SignInDialog
from app.ui.sync_dialogs import ImportDialog
from test_english_interface import CJK, non_english

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def admin_window(qtbot, workspace, staff, sync_worker, english) -> AdminDialog:
    dialog = AdminDialog(workspace, staff.admin, worker=sync_worker, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), f"{widget.text()!r} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_every_failed_sign_in_gets_one_english_sentence(qtbot, demo_ws, english, type_text):
    dialog = SignInDialog(demo_ws)
    qtbot.addWidget(dialog)
    shown = []
    for username, password in (("zhangli", "not-the-password"), ("nobody", "whatever1")):
        dialog.username.clear()
        type_text(dialog.username, username)
        type_text(dialog.password, password)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.result() != QDialog.DialogCode.Accepted
        shown.append(dialog.message.text())
    assert shown[0] == shown[1]  # a guesser learns nothing of which names exist
    assert shown[0].startswith("Wrong user name or password") and "10 minutes" in shown[0]
    assert not CJK.search(shown[0])


def test_a_bad_number_format_and_a_bad_setting_are_refused_in_english(qtbot, admin_window, workspace):
    page = admin_window.show_page("settings")
    before = workspace.settings()
    retype(qtbot, page.number_format, "{short}-{year}")
    assert page.preview_text() == "The number format must contain the serial {serial}, or numbers would repeat"
    click(qtbot, page.save_button)
    assert page.message.tone == "error" and "must contain the serial {serial}" in page.message.text()
    page.number_format.setText(before.number_format)
    page.centre_name.clear()
    click(qtbot, page.save_button)
    assert page.message.tone == "error"
    assert "The centre's name and short name cannot be empty" in page.message.text()
    assert not CJK.search(page.message.text())
    assert workspace.settings() == before


def test_a_name_already_taken_is_refused_in_english(qtbot, admin_window, workspace):
    page = admin_window.show_page("officers")
    click(qtbot, page.add_button)
    dialog = page.dialog
    qtbot.keyClicks(dialog.username, "clerk")
    qtbot.keyClicks(dialog.password, "goodpass1")
    qtbot.keyClicks(dialog.password_again, "goodpass1")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.problem.text() == "The user name “clerk” is taken"


def test_a_bad_calendar_file_lists_each_problem_in_english(qtbot, admin_window, workspace, tmp_path, monkeypatch):
    page = admin_window.show_page("calendar")
    bad = {"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知", "colour": "red",
           "holidays": [{"name": "春节", "dates": ["2027-02-06", "2027-02-31"]}],
           "workdays": [{"name": "春节", "dates": ["2027-02-17", "2026-02-28"]}]}
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "JSON (*.json)")))
    click(qtbot, page.import_button)

    problems = page.problems_model.stringList()
    assert problems == [
        "Unknown fields: colour",
        "In holidays entry 1 (春节), the date “2027-02-31” is not in the form YYYY-MM-DD",
        "The swapped working day 17 Feb 2027 (春节) is a weekday: it is a working day anyway",
        "The swapped working day 28 Feb 2026 (春节) is not in 2027",
    ]
    assert non_english(problems, ["春节"]) == []
    assert not CJK.search(page.message.text())
    assert not workspace.calendar.covers(2027)


def test_a_damaged_package_is_refused_in_english(qtbot, demo_ws, officer, sync_worker, english, tmp_path):
    damaged = tmp_path / "p.awsync"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # begins like a zip, then nothing: a copy cut short
    dialog = ImportDialog(demo_ws, officer, sync_worker, damaged)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    shown = dialog.text.toPlainText()
    assert shown == ("The package is damaged or incomplete (its zip directory cannot be read): copying may have "
                     "been cut short")
    assert not CJK.search(dialog.heading.text())

    not_a_package = tmp_path / "notes.awsync"
    not_a_package.write_text("会议纪要", encoding="utf-8")
    dialog = ImportDialog(demo_ws, officer, sync_worker, not_a_package)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == ("This is not a package of this program (the file is not a zip file, or is "
                                         "damaged)")


def test_typed_text_names_its_field_in_english(english):
    with pytest.raises(TextRefused) as refused:
        clean("张三\n李四", "申请人姓名或名称", "name")
    assert str(refused.value) == "“申请人姓名或名称”不能含有换行（U+000A），请重新输入"  # the command line's words
    assert refusal_text(refused.value) == ("The applicant's name cannot contain a line break (U+000A): please type it "
                                           "again")
    with pytest.raises(SettingsError) as refused:
        settings_service.validate_number_format("{short}{year}{code}{serial}")  # fine: nothing raised
        raise reworded(TextRefused("“address”过长", "text_too_long", label="address", length=201, limit=200),
                       SettingsError)
    assert refusal_text(refused.value) == "“Address” is too long: 201 characters, at most 200"


def test_a_problem_stays_the_chinese_sentence_and_keeps_its_code(english):
    with pytest.raises(calendar.CalendarFileError) as refused:
        calendar.parse_year_file(json.dumps({"year": 2027, "source": "通知", "holidays": []}))
    (problem,) = refused.value.problems
    assert problem == "holidays 为空：一年中至少应有法定节假日" and str(refused.value) == problem
    copy = pickle.loads(pickle.dumps(problem))
    assert isinstance(copy, Problem) and copy.code == "calendar_no_holidays"
    assert refusal_text(copy) == "holidays is empty: a year has at least its public holidays"


def test_the_chinese_window_shows_the_service_s_sentence(chinese, qtbot, demo_ws, type_text):
    from app.services.officers import SIGN_IN_FAILED

    dialog = SignInDialog(demo_ws)
    qtbot.addWidget(dialog)
    type_text(dialog.username, "nobody")
    type_text(dialog.password, "whatever1")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == SIGN_IN_FAILED


def test_a_damaged_stored_calendar_names_its_problems_in_english(english, tmp_path):
    from app.paths import DataPaths
    from app.services.calendar_files import StoredCalendarError, load_calendar

    paths = DataPaths(tmp_path / "data")
    paths.calendar.mkdir(parents=True)
    Path(paths.calendar / "2027.json").write_text("{", encoding="utf-8")
    with pytest.raises(StoredCalendarError) as refused:
        load_calendar(paths)
    words = refusal_text(refused.value)
    assert words.startswith("The calendar file ") and "is damaged (The file is not valid JSON" in words
    assert not CJK.search(words)


def test_a_broken_catalogue_file_lists_its_problems_in_english(qtbot, admin_window, workspace, tmp_path, monkeypatch):
    """The cells keep the file's own sheet, column and value names; what is wrong is English."""
    from openpyxl import load_workbook

    from app.services import catalogue as catalogue_service
    from app.services.catalogue_files import write_catalogue_xlsx
    from app.ui.admin.problems_model import ProblemsModel

    path = write_catalogue_xlsx([s.item for s in catalogue_service.current_items(workspace)], tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    materials = workbook["材料"]
    header = [c.value for c in materials[1]]
    materials.cell(5, header.index("份数") + 1).value = "两份"
    materials.cell(6, header.index("事项编码") + 1).value = "NO-SUCH"
    workbook.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "Excel workbook (*.xlsx)")))
    page = admin_window.show_page("catalogue")
    click(qtbot, page.import_button)

    messages = [page.problems_model.index(r, ProblemsModel.MESSAGE).data()
                for r in range(page.problems_model.rowCount())]
    assert "“份数” should be a whole number, not “两份”" in messages
    assert "Item code “NO-SUCH” is not on the sheet “事项”" in messages
    data = ["份数", "两份", "事项", "NO-SUCH"]
    assert non_english(messages, data) == []
    tips = [page.problems_model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(page.problems_model.rowCount())]
    assert "sheet “材料”, row 5, column “份数”: “份数” should be a whole number, not “两份”" in tips

    workbook["事项"].cell(1, 30).value = "备用列"
    workbook.save(path)
    click(qtbot, page.import_button)
    texts = [page.problems_model.index(r, ProblemsModel.MESSAGE).data() for r in range(page.problems_model.rowCount())]
    assert texts == ["Unknown column “备用列”"]

    json_file = tmp_path / "c.json"
    json_file.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(json_file), "JSON (*.json)")))
    click(qtbot, page.import_button)
    texts = [page.problems_model.index(r, ProblemsModel.MESSAGE).data() for r in range(page.problems_model.rowCount())]
    assert texts == ["The file is not valid JSON: a format error near line 1, column 2"]


def test_a_broken_event_chain_is_told_in_english(english, demo_ws):
    """What `admin audit` and a refused restore find in a tampered chain, in the window's words."""
    from sqlalchemy import select, update

    from app.store.events import verify_chain
    from app.store.models import Event

    with demo_ws.write() as s:
        first = s.scalar(select(Event.uuid).order_by(Event.station_uuid, Event.seq).limit(1))
        s.execute(update(Event).where(Event.uuid == first).values(payload='{"tampered": true}'))
    with demo_ws.read() as s:
        _count, problems = verify_chain(s)
    words = [refusal_text(p.problem) for p in problems]
    assert "its content was changed (the hash does not match)" in words
    assert all(w and not CJK.search(w) for w in words), words
    assert any("哈希不符" in p.problem for p in problems)  # the command line's audit keeps the Chinese
