"""Printing a letter from the desktop program as an officer does it: preview, then print or save.

The letter goes through the real print path into a QPrinter writing a PDF file, so the
test can count the sheets and compare them with the letter the service rendered.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Callable

import docx
import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from stdnum.cn import ric

from app.domain.letters import LetterKind
from app.services import cases, letters
from app.ui.print_preview import PrintPreview, new_letter_printer, open_pdf, print_pdf_to_printer
from app.ui.i18n import long_date
from app.ui.printing import LetterPrinter, SupervisorReasonDialog

TODAY = dt.date(2026, 11, 20)
NAME = "李喆"
ID_BODY = "11010519491231002"
ID_NUMBER = ID_BODY + ric.calc_check_digit(ID_BODY + "0")
ALL_MZ = ("01", "02", "03", "04", "05", "06", "07", "08")


def log_case(ws, actor, *, missing=("06", "07"), commitment=True, day=TODAY, name=NAME) -> cases.CaseView:
    request = cases.IntakeRequest(
        item_code="MZ-001",
        applicant=cases.ApplicantInput("person", name, ID_NUMBER, "13800138000"),
        received=tuple(c for c in ALL_MZ if c not in missing), missing=tuple(missing),
        commitment_signed=commitment, supply_days=10 if commitment else None)
    return cases.intake(ws, actor, request, day)


def printed(ws, case_uuid: str, day: dt.date = TODAY) -> list[dict]:
    return cases.get_case(ws, case_uuid, day).state.letters


def pdf_printer(path: Path, dpi: int | None = 150) -> QPrinter:
    """A printer writing a PDF file; at 150 dpi unless asked for the letter printer's own resolution."""
    printer = new_letter_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if dpi is not None:
        printer.setResolution(dpi)
    return printer


def pdf_text(data: bytes) -> str:
    return "".join("".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "".join("".join(parts).split())


def ink_box(data: bytes, page: int, width: int = 420) -> tuple[int, int, int, int]:
    """Where the print is on a page: the box around every clearly dark pixel, on a page ``width`` wide."""
    document = open_pdf(data)
    size = document.pagePointSize(page)
    rendered = document.render(page, (size * (width / size.width())).toSize())
    document.close()
    picture = QImage(rendered.size(), QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    painter.drawImage(0, 0, rendered)
    painter.end()
    grey = picture.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = grey.width(), grey.height(), grey.bytesPerLine()
    raw = bytes(grey.constBits())
    dark = bytes(1 if value < 128 else 0 for value in range(256))
    marks = [raw[y * stride:y * stride + w].translate(dark) for y in range(h)]
    rows = [y for y, mark in enumerate(marks) if 1 in mark]
    assert rows, "the page is blank"
    left = min(marks[y].find(1) for y in rows)
    right = max(marks[y].rfind(1) for y in rows)
    return left, rows[0], right, rows[-1]


class Modals:
    """Answers the dialogs a flow opens, in order, each by a handler given its expected type."""

    def __init__(self, *steps: tuple[type, Callable[[QWidget], None]]) -> None:
        self.pending = list(steps)
        self.errors: list[BaseException] = []
        self._polls = 0
        if self.pending:
            QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        self._polls += 1
        widget = QApplication.activeModalWidget()
        if self.pending and isinstance(widget, self.pending[0][0]) and widget.isVisible():
            _kind, handler = self.pending.pop(0)
            try:
                handler(widget)
            except BaseException as exc:  # keep the test from hanging in the dialog's loop
                self.errors.append(exc)
                widget.reject()
        if self.pending and self._polls < 500:
            QTimer.singleShot(10, self._poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]
        assert not self.pending, f"these dialogs never opened: {[kind.__name__ for kind, _ in self.pending]}"


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def printer_for(workspace, window):
    return LetterPrinter(workspace, window)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def test_printing_through_the_print_path_gives_the_previewed_pages_and_one_event(
        workspace, staff, printer_for, tmp_path, warnings):
    case = log_case(workspace, staff.clerk)
    out = tmp_path / "printed.pdf"
    seen: dict = {}

    def print_twice(preview: PrintPreview) -> None:
        seen["previewed pages"] = preview.preview_widget.pageCount()
        seen["pdf"] = preview.pdf
        assert printed(workspace, case.state.uuid) == []  # previewing is not printing
        seen["sheets"] = preview.print_to(pdf_printer(out, dpi=None))
        seen["again"] = preview.print_to(pdf_printer(tmp_path / "again.pdf"))
        preview.accept()

    modals = Modals((PrintPreview, print_twice))
    given = printer_for.print_letters(staff.clerk, case.state.uuid, [LetterKind.TOLERANT_ACCEPTANCE.value], TODAY)
    modals.check()

    pages = len(pypdf.PdfReader(io.BytesIO(seen["pdf"])).pages)
    result = pypdf.PdfReader(out)
    assert given == [LetterKind.TOLERANT_ACCEPTANCE]
    assert seen["previewed pages"] == pages == seen["sheets"] == len(result.pages) == seen["again"]
    assert out.read_bytes().startswith(b"%PDF")
    box = result.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    # Each sheet shows the letter's page where the letter has it, at its size (to about a millimetre).
    for page in range(pages):
        letter_box, sheet_box = ink_box(seen["pdf"], page), ink_box(out.read_bytes(), page)
        assert all(abs(a - b) <= 2 for a, b in zip(letter_box, sheet_box)), (page, letter_box, sheet_box)
    events = printed(workspace, case.state.uuid)
    assert [(e["kind"], e["format"], e["reprint"]) for e in events] == [("tolerant_acceptance", "paper", False)]
    assert events[0]["officer"] == "王窗口"
    assert warnings == []


def test_print_pdf_to_printer_prints_every_page_of_a_letter(workspace, staff, tmp_path):
    case = log_case(workspace, staff.clerk)
    data = letters.prepare(workspace, staff.clerk, case.state.uuid, LetterKind.COMMITMENT, TODAY).render("pdf")
    out = tmp_path / "commitment.pdf"
    sheets = print_pdf_to_printer(data, pdf_printer(out))
    assert sheets == len(pypdf.PdfReader(io.BytesIO(data)).pages) == len(pypdf.PdfReader(out).pages)
    assert printed(workspace, case.state.uuid) == []  # the bare print path records nothing by itself


def test_closing_the_preview_prints_and_records_nothing(workspace, staff, printer_for, warnings):
    case = log_case(workspace, staff.clerk)
    modals = Modals((PrintPreview, lambda preview: preview.reject()))
    assert printer_for.print_letters(staff.clerk, case.state.uuid, [LetterKind.COMMITMENT], TODAY) == []
    modals.check()
    assert printed(workspace, case.state.uuid) == []


def test_each_letter_of_a_decision_is_previewed_in_turn_and_the_copy_count_starts_at_one(
        workspace, staff, printer_for, tmp_path, warnings):
    case = log_case(workspace, staff.clerk)
    titles: list[str] = []

    def print_with_copies(preview: PrintPreview) -> None:
        titles.append(preview.windowTitle())
        assert printer_for.printer.copyCount() == 1
        printer_for.printer.setCopyCount(3)  # the officer asked for three in the print dialog
        preview.print_to(pdf_printer(tmp_path / f"{len(titles)}.pdf"))
        preview.accept()

    modals = Modals((PrintPreview, print_with_copies), (PrintPreview, print_with_copies))
    given = printer_for.print_letters(staff.clerk, case.state.uuid, ["tolerant_acceptance", "commitment"], TODAY)
    modals.check()
    assert given == [LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT]
    assert "Tolerant acceptance notice" in titles[0] and "Commitment letter" in titles[1]
    assert [e["kind"] for e in printed(workspace, case.state.uuid)] == ["tolerant_acceptance", "commitment"]


def test_saving_as_pdf_and_docx_writes_the_letter_and_records_it_once(
        workspace, staff, printer_for, tmp_path, monkeypatch, warnings):
    case = log_case(workspace, staff.clerk)
    answers = iter([str(tmp_path / "out" / "notice"), str(tmp_path / "out" / "notice.docx")])
    asked: list[str] = []

    def choose(_parent, _caption, start, _filters, *args, **kw):
        asked.append(start)
        return next(answers), ""

    monkeypatch.setattr("app.ui.print_preview.QFileDialog.getSaveFileName", choose)
    seen: dict = {}

    def save_both(preview: PrintPreview) -> None:
        seen["pdf"] = preview.pdf
        seen["saved pdf"] = preview.save_pdf()
        seen["saved docx"] = preview.save_docx()
        preview.reject()  # closed after saving, without printing on paper

    modals = Modals((PrintPreview, save_both))
    given = printer_for.print_letters(staff.clerk, case.state.uuid, [LetterKind.TOLERANT_ACCEPTANCE], TODAY)
    modals.check()

    assert asked[0].endswith(".pdf") and asked[1].endswith(".docx")
    pdf_path, docx_path = seen["saved pdf"], seen["saved docx"]
    assert pdf_path == tmp_path / "out" / "notice.pdf"  # the suffix added to a bare name
    assert pdf_path.read_bytes() == seen["pdf"]  # exactly what was previewed
    assert NAME in pdf_text(pdf_path.read_bytes()) and "1寸免冠照片" in pdf_text(pdf_path.read_bytes())
    text = docx_text(docx_path.read_bytes())
    assert NAME in text and "1寸免冠照片" in text
    assert given == [LetterKind.TOLERANT_ACCEPTANCE]
    events = printed(workspace, case.state.uuid)
    assert [(e["kind"], e["format"]) for e in events] == [("tolerant_acceptance", "pdf")]
    assert events[0]["number"] in pdf_text(pdf_path.read_bytes())


def test_an_unconfirmed_deadline_is_printed_only_when_the_officer_confirms(
        workspace, staff, printer_for, tmp_path, monkeypatch, warnings):
    late = dt.date(2026, 12, 21)  # the completion deadline falls in 2027, not imported yet
    assert not workspace.calendar.covers(2027)
    case = log_case(workspace, staff.clerk, day=late)
    questions: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}

    def ask(_parent, _title, text, *args, **kw):
        questions.append(text)
        return answer["button"]

    monkeypatch.setattr("app.ui.printing.QMessageBox.question", ask)
    given = printer_for.print_letters(staff.clerk, case.state.uuid, [LetterKind.TOLERANT_ACCEPTANCE], late)
    assert given == [] and printed(workspace, case.state.uuid, late) == []
    assert "2027" in questions[0] and long_date(case.countdowns["completion"].deadline) in questions[0]

    answer["button"] = QMessageBox.StandardButton.Yes
    out = tmp_path / "late.pdf"
    notes: list[str] = []

    def print_it(preview: PrintPreview) -> None:
        notes.append(preview.notes.text())
        preview.print_to(pdf_printer(out))
        preview.accept()

    modals = Modals((PrintPreview, print_it))
    given = printer_for.print_letters(staff.clerk, case.state.uuid, [LetterKind.TOLERANT_ACCEPTANCE], late)
    modals.check()
    assert given == [LetterKind.TOLERANT_ACCEPTANCE] and len(questions) == 2
    assert len(pypdf.PdfReader(out).pages) >= 1
    assert "尚未导入节假日安排" in notes[0]
    assert [e["kind"] for e in printed(workspace, case.state.uuid, late)] == ["tolerant_acceptance"]


def notice_case_with_a_returned_material(ws, actor) -> str:
    """A one-time notice printed for 06 and 07; then 05 turns out inadequate and is missing too."""
    case = log_case(ws, actor, commitment=False)
    letters.issue(ws, actor, case.state.uuid, LetterKind.ONE_TIME_NOTICE, "pdf", TODAY)
    cases.reject_material(ws, actor, case.state.uuid, "05", "声明未签名", TODAY)
    return case.state.uuid


def test_a_window_officer_is_told_why_a_notice_adding_materials_is_refused(
        workspace, staff, printer_for, warnings):
    uuid = notice_case_with_a_returned_material(workspace, staff.clerk)
    assert printer_for.print_letters(staff.clerk, uuid, [LetterKind.ONE_TIME_NOTICE], TODAY) == []
    assert len(warnings) == 1 and "家庭收入及财产状况声明" in warnings[0] and "a supervisor must give" in warnings[0]
    assert len(printed(workspace, uuid)) == 1


def test_a_supervisor_gives_the_reason_and_it_is_printed_and_recorded(
        workspace, staff, printer_for, tmp_path, monkeypatch, warnings):
    uuid = notice_case_with_a_returned_material(workspace, staff.clerk)
    explained: list[str] = []
    reason = "申请人提交的声明未签名，退回补正"

    def give_reason(dialog: SupervisorReasonDialog) -> None:
        explained.append(dialog.explanation.text())
        assert not dialog.ok_button.isEnabled()
        dialog.text.setPlainText(reason)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    monkeypatch.setattr("app.ui.print_preview.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "second-notice.pdf"), ""))
    saved: dict = {}

    def save(preview: PrintPreview) -> None:
        saved["path"] = preview.save_pdf()
        preview.reject()

    modals = Modals((SupervisorReasonDialog, give_reason), (PrintPreview, save))
    given = printer_for.print_letters(staff.boss, uuid, [LetterKind.ONE_TIME_NOTICE], TODAY)
    modals.check()
    assert given == [LetterKind.ONE_TIME_NOTICE]
    assert "家庭收入及财产状况声明" in explained[0]
    assert reason in pdf_text(saved["path"].read_bytes())
    last = printed(workspace, uuid)[-1]
    assert last["supervisor_reason"] == reason and last["officer"] == "李主管"
    assert "05" in last["materials"]


def test_cancelling_the_supervisor_reason_prints_nothing(workspace, staff, printer_for, warnings):
    uuid = notice_case_with_a_returned_material(workspace, staff.clerk)
    modals = Modals((SupervisorReasonDialog, lambda dialog: dialog.reject()))
    assert printer_for.print_letters(staff.boss, uuid, [LetterKind.ONE_TIME_NOTICE], TODAY) == []
    modals.check()
    assert len(printed(workspace, uuid)) == 1 and warnings == []


def test_a_letter_that_does_not_fit_the_case_is_refused_with_the_reason(workspace, staff, printer_for, warnings):
    case = log_case(workspace, staff.clerk)
    assert printer_for.print_letters(staff.clerk, case.state.uuid, [LetterKind.REFUSAL], TODAY) == []
    assert warnings and "The refusal notice is only for a refused case" in warnings[0]
    assert printed(workspace, case.state.uuid) == []


def test_a_reprint_is_marked_and_recorded_as_a_reprint(workspace, staff, printer_for, tmp_path, warnings):
    case = log_case(workspace, staff.clerk)
    letters.issue(workspace, staff.clerk, case.state.uuid, LetterKind.COMMITMENT, "pdf", TODAY)
    later = dt.date(2026, 11, 23)
    notes: list[str] = []

    def print_it(preview: PrintPreview) -> None:
        notes.append(preview.notes.text())
        preview.print_to(pdf_printer(tmp_path / "reprint.pdf"))
        preview.accept()

    modals = Modals((PrintPreview, print_it))
    assert printer_for.reprint(staff.clerk, case.state.uuid, "commitment", later)
    modals.check()
    assert long_date(TODAY) in notes[0]
    assert [e["reprint"] for e in printed(workspace, case.state.uuid, later)] == [False, True]


def test_a_failed_record_leaves_no_saved_file(workspace, staff, printer_for, tmp_path, monkeypatch, warnings):
    case = log_case(workspace, staff.clerk)
    target = tmp_path / "commitment.pdf"
    monkeypatch.setattr("app.ui.print_preview.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    result: dict = {}

    def supply_then_save(preview: PrintPreview) -> None:
        # Meanwhile another window took in the missing materials: no commitment is needed any more.
        cases.supply(workspace, staff.clerk, case.state.uuid, ["06", "07"], TODAY)
        result["saved"] = preview.save_pdf()
        preview.reject()

    modals = Modals((PrintPreview, supply_then_save))
    assert printer_for.print_letters(staff.clerk, case.state.uuid, [LetterKind.COMMITMENT], TODAY) == []
    modals.check()
    assert result["saved"] is None and not target.exists()
    assert warnings and "The case has changed meanwhile" in warnings[0]
    assert printed(workspace, case.state.uuid) == []


def test_a_letter_with_the_sample_phone_and_address_is_refused_with_a_pointer_to_the_settings(
        workspace, staff, printer_for, warnings):
    """Finding 2: every letter said 联系电话：0000-0000000 and 某某县某某镇人民路1号."""
    from app.services.settings import save_settings

    with workspace.write() as s:
        save_settings(s, phone="", address="")  # as on a station set up before these were asked
    case = log_case(workspace, staff.clerk)
    assert printer_for.print_letters(staff.clerk, case.state.uuid, [LetterKind.COMMITMENT], TODAY) == []
    assert len(warnings) == 1
    assert "the address, the phone number" in warnings[0] and "Administration → Centre settings" in warnings[0]
    assert printed(workspace, case.state.uuid) == []
