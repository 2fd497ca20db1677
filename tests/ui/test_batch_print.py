"""Reminders for all cases with a near supply deadline, printed or saved in one run."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from stdnum.cn import ric

from app.services import cases
from app.services.letters import PreparedLetter
from app.ui.batch_print import BatchReminderDialog
from app.ui.worker import SyncWorker, Worker

TODAY = dt.date(2026, 11, 20)  # a Friday; two working days on is Tuesday 24 November
NAMES = ("赵一", "钱二", "孙三", "李四")
ALL_MZ = ("01", "02", "03", "04", "05", "06", "07", "08")


def resident_id(serial: int) -> str:
    body = f"11010519800101{serial:03d}"
    return body + ric.calc_check_digit(body + "0")


def log(ws, actor, name: str, serial: int, supply_days: int | None, day: dt.date = TODAY) -> cases.CaseView:
    missing = ("06", "07") if supply_days else ()
    request = cases.IntakeRequest(
        item_code="MZ-001", applicant=cases.ApplicantInput("person", name, resident_id(serial), "13800138000"),
        received=tuple(c for c in ALL_MZ if c not in missing), missing=missing,
        commitment_signed=bool(supply_days), supply_days=supply_days)
    return cases.intake(ws, actor, request, day)


@pytest.fixture
def due(workspace, staff) -> list[cases.CaseView]:
    """Four tolerant cases due within two working days, one due in ten, one with nothing owed."""
    near = [log(workspace, staff.clerk, name, i + 1, 2) for i, name in enumerate(NAMES)]
    log(workspace, staff.clerk, "周五", 11, 10)
    log(workspace, staff.clerk, "吴六", 12, None)
    return near


def reminders(ws, view: cases.CaseView, day: dt.date = TODAY) -> list[dict]:
    return [p for p in cases.get_case(ws, view.state.uuid, day).state.letters if p["kind"] == "reminder"]


def pdf_text(path: Path) -> str:
    return "".join("".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages)


@pytest.fixture
def make_dialog(qtbot, workspace, staff):
    made: list[BatchReminderDialog] = []

    def make(worker=None, today: dt.date = TODAY) -> BatchReminderDialog:
        dialog = BatchReminderDialog(workspace, staff.clerk, today, None, worker=worker or SyncWorker())
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    return make


def save_into(dialog: BatchReminderDialog, folder: Path) -> None:
    dialog.to_folder.click()
    dialog.folder.setText(str(folder))


def test_the_count_follows_the_number_of_days(due, make_dialog):
    dialog = make_dialog()
    dialog.days.setValue(2)
    assert "4" in dialog.found_label.text() and dialog.start_button.isEnabled()
    dialog.days.setValue(10)
    assert "5" in dialog.found_label.text()
    dialog.days.setValue(0)  # nothing is due today
    assert not dialog.found and not dialog.start_button.isEnabled()


def test_saving_writes_one_pdf_per_case_named_by_its_number_and_records_each(due, make_dialog, workspace, tmp_path,
                                                                            qtbot):
    dialog = make_dialog()
    dialog.days.setValue(2)
    save_into(dialog, tmp_path / "reminders")
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.finished_run, timeout=20_000):
        dialog.start_button.click()

    files = sorted((tmp_path / "reminders").glob("*.pdf"))
    assert len(files) == 4
    assert dialog.progress.maximum() == 4 and values[-1] == 4 and values == sorted(values)
    for view, name in zip(due, NAMES):
        (event,) = reminders(workspace, view)
        assert event["format"] == "pdf" and event["officer"] == "王窗口"
        path = tmp_path / "reminders" / f"{event['number']}.pdf"
        assert path in files
        text = pdf_text(path)
        assert name in text and "补正催告" in text and "2026年11月24日" in text
    assert "4" in dialog.status.text() and dialog.close_button.isEnabled()
    assert not dialog.start_button.isEnabled()  # all four are reminded of this deadline now


def test_a_second_run_reminds_nobody_twice_unless_asked_and_keeps_the_earlier_files(
        due, make_dialog, workspace, tmp_path, qtbot):
    first = make_dialog()
    first.days.setValue(2)
    save_into(first, tmp_path)
    with qtbot.waitSignal(first.finished_run, timeout=20_000):
        first.start_button.click()

    second = make_dialog()
    second.days.setValue(2)
    assert "4" in second.found_label.text() and not second.start_button.isEnabled()
    assert second.again.isVisibleTo(second)
    second.again.setChecked(True)
    assert second.start_button.isEnabled()
    save_into(second, tmp_path)
    with qtbot.waitSignal(second.finished_run, timeout=20_000):
        second.start_button.click()
    assert len(list(tmp_path.glob("*.pdf"))) == 8
    assert len(list(tmp_path.glob("*（2）.pdf"))) == 4
    assert all(len(reminders(workspace, view)) == 2 for view in due)


def test_stop_ends_the_run_after_the_letter_in_hand_and_keeps_what_was_done(
        due, make_dialog, workspace, tmp_path, qtbot, monkeypatch):
    real_render = PreparedLetter.render

    def slow_render(self, fmt):  # slow enough to press Stop while a letter is being made
        time.sleep(0.3)
        return real_render(self, fmt)

    monkeypatch.setattr(PreparedLetter, "render", slow_render)
    worker = Worker()
    try:
        dialog = make_dialog(worker=worker)
        qtbot.waitUntil(lambda: bool(dialog.found), timeout=5000)
        dialog.days.setValue(2)
        qtbot.waitUntil(lambda: len(dialog.found) == 4, timeout=5000)
        save_into(dialog, tmp_path)
        dialog.start_button.click()
        assert dialog.running and not dialog.close_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.progress.value() == 1, timeout=10_000)
        with qtbot.waitSignal(dialog.finished_run, timeout=10_000):
            dialog.stop_button.click()
    finally:
        worker.shutdown()

    files = list(tmp_path.glob("*.pdf"))
    recorded = [view for view in due if reminders(workspace, view)]
    assert 1 <= len(files) < 4
    assert len(recorded) == len(files) == dialog.progress.value()
    assert {f"{reminders(workspace, v)[0]['number']}.pdf" for v in recorded} == {f.name for f in files}
    assert "not reached" in dialog.status.text() or "未处理" in dialog.status.text()


def test_closing_during_a_run_stops_it_first(due, make_dialog, tmp_path, qtbot, monkeypatch):
    real_render = PreparedLetter.render
    monkeypatch.setattr(PreparedLetter, "render", lambda self, fmt: (time.sleep(0.2), real_render(self, fmt))[1])
    worker = Worker()
    try:
        dialog = make_dialog(worker=worker)
        dialog.days.setValue(2)
        qtbot.waitUntil(lambda: len(dialog.found) == 4, timeout=5000)
        save_into(dialog, tmp_path)
        dialog.show()
        dialog.start_button.click()
        dialog.reject()
        assert dialog.isVisible() and dialog.running  # still finishing the letter in hand
        with qtbot.waitSignal(dialog.finished, timeout=10_000):
            pass
    finally:
        worker.shutdown()
    assert not dialog.isVisible()
    assert 1 <= len(list(tmp_path.glob("*.pdf"))) < 4


def test_printing_sends_every_reminder_in_one_job_and_records_each(due, make_dialog, workspace, tmp_path, qtbot,
                                                                   monkeypatch):
    out = tmp_path / "job.pdf"

    class ChosenPrinter:
        """The print dialog, as if the officer picked "print to file" and pressed Print."""

        def __init__(self, printer: QPrinter, parent) -> None:
            self.printer = printer

        def exec(self) -> int:
            assert self.printer.copyCount() == 1
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            self.printer.setResolution(150)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("app.ui.batch_print.QPrintDialog", ChosenPrinter)
    made: list[bytes] = []
    real_render = PreparedLetter.render

    def keep_a_copy(self, fmt):  # the real letter, noted to count its pages
        data = real_render(self, fmt)
        made.append(data)
        return data

    monkeypatch.setattr(PreparedLetter, "render", keep_a_copy)
    dialog = make_dialog()
    dialog.days.setValue(2)
    with qtbot.waitSignal(dialog.finished_run, timeout=20_000):
        dialog.start_button.click()

    for view in due:
        (event,) = reminders(workspace, view)
        assert event["format"] == "paper"
    assert len(made) == 4
    assert len(pypdf.PdfReader(out).pages) == sum(len(pypdf.PdfReader(io.BytesIO(d)).pages) for d in made)
    assert "4" in dialog.status.text()


def test_unconfirmed_deadlines_are_left_out_unless_the_officer_agrees(workspace, staff, make_dialog, tmp_path, qtbot,
                                                                     monkeypatch):
    day = dt.date(2026, 12, 30)  # two working days on is in 2027, whose holidays are not imported yet
    views = [log(workspace, staff.clerk, name, i + 1, 2, day=day) for i, name in enumerate(NAMES[:2])]
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}

    def question(_parent, _title, text, *a, **k):
        asked.append(text)
        return answer["button"]

    monkeypatch.setattr("app.ui.batch_print.QMessageBox.question", question)
    dialog = make_dialog(today=day)
    dialog.days.setValue(2)
    save_into(dialog, tmp_path / "no")
    with qtbot.waitSignal(dialog.finished_run, timeout=20_000):
        dialog.start_button.click()
    assert len(asked) == 1  # asked once for the run, not once per letter
    assert list((tmp_path / "no").glob("*.pdf")) == []
    assert all(reminders(workspace, v, day) == [] for v in views)
    assert "2" in dialog.status.text()

    answer["button"] = QMessageBox.StandardButton.Yes
    save_into(dialog, tmp_path / "yes")
    with qtbot.waitSignal(dialog.finished_run, timeout=20_000):
        dialog.start_button.click()
    assert len(list((tmp_path / "yes").glob("*.pdf"))) == 2
    assert all(len(reminders(workspace, v, day)) == 1 for v in views)


def test_a_case_that_moved_on_is_reported_and_the_others_are_done(due, make_dialog, workspace, staff, tmp_path,
                                                                  qtbot):
    dialog = make_dialog()
    dialog.days.setValue(2)
    # Another window took in the missing materials of the second case after the count.
    cases.supply(workspace, staff.clerk, due[1].state.uuid, ["06", "07"], TODAY)
    save_into(dialog, tmp_path)
    with qtbot.waitSignal(dialog.finished_run, timeout=20_000):
        dialog.start_button.click()
    assert len(list(tmp_path.glob("*.pdf"))) == 3
    assert reminders(workspace, due[1]) == []
    assert due[1].state.number in dialog.status.text()
