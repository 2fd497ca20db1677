"""The 台账 as the county reads it: one row per case received in the period, the same as
the cases themselves, in a workbook with real Excel types that LibreOffice reads cell for
cell as written."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from app.domain.deadlines import State
from app.domain.ledger import COLUMNS, Promise, Timeliness
from app.services import cases, ledger
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.ledger import LedgerRefused
from app.services.queries import CaseFilter, list_cases

AS_OF = dt.date(2026, 11, 20)
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def refused(fn, *args, **kw) -> str:
    with pytest.raises(LedgerRefused) as info:
        fn(*args, **kw)
    return str(info.value)


def log(ws, actor, day, *, missing=(), commitment=False, id_number="11010519491231002X", item="MZ-001"):
    all_codes = ("01", "02", "03", "04", "05", "06", "07", "08")
    req = IntakeRequest(item_code=item, applicant=ApplicantInput("person", "张三", id_number, "13800138000"),
                        received=tuple(c for c in all_codes if c not in missing), missing=tuple(missing),
                        commitment_signed=commitment, date=day)
    return cases.intake(ws, actor, req, day).state.number


def test_the_ledger_agrees_with_every_case_on_demo_data(demo_workspace):
    made = ledger.build(demo_workspace, *OCTOBER, AS_OF)
    received = [c for c in list_cases(demo_workspace, CaseFilter(), AS_OF) if OCTOBER[0] <= c.intake_date <= OCTOBER[1]]
    assert sorted(r.number for r in made.rows) == sorted(c.number for c in received) and made.rows
    seen = set()
    for row in made.rows:
        view = cases.get_case(demo_workspace, row.number, AS_OF)
        s = view.state
        completion = view.countdowns["completion"]
        assert row.intake_date == s.intake_date and row.accepted_date == s.accepted_date
        assert row.completed_on == (s.closed_date if s.status.value == "completed" else None)
        assert row.completion_deadline == (completion.deadline if completion and s.accepted_date else None)
        assert row.deemed == (s.deemed is not None)
        expected = {State.MET: Timeliness.ON_TIME, State.MISSED: Timeliness.LATE, State.OVERDUE: Timeliness.OPEN_OVERDUE,
                    State.PAUSED: Timeliness.PAUSED}.get(completion.state if completion else None)
        if s.status.value == "completed":
            assert row.timeliness == expected
            assert row.late_days == (completion.overdue_days if expected == Timeliness.LATE else 0)
        elif s.status.is_open and completion is not None:
            assert row.timeliness == (expected or Timeliness.OPEN)
            assert row.late_days == completion.overdue_days
        if s.decision and s.decision.value == "tolerant":
            supply = view.countdowns["supply"]
            if s.promise_broken or (supply.state is State.MISSED) or supply.state is State.OVERDUE:
                assert row.promise == Promise.BROKEN
            elif supply.state is State.MET:
                assert row.promise == Promise.KEPT
        seen.add(row.timeliness)
    # the demo month has finished, open and refused cases alike
    assert {Timeliness.ON_TIME, Timeliness.NOT_APPLICABLE} <= seen

    t = made.summary.total
    assert t.received == len(made.rows)
    assert t.completed == sum(r.completed_on is not None for r in made.rows)
    assert t.on_time + t.late == t.completed
    assert t.tolerant == sum(made.summary.promises.values())
    assert sum(made.summary.by_week.values()) == t.received
    assert sum(x.received for x in made.summary.by_item.values()) == t.received
    assert sum(x.received for x in made.summary.by_officer.values()) == t.received


def test_a_case_belongs_to_the_month_it_was_received_in_and_shows_its_later_completion(workspace, staff):
    late_october = log(workspace, staff.clerk, dt.date(2026, 10, 30))
    cases.complete(workspace, staff.clerk, late_october, "approved", AS_OF, dt.date(2026, 11, 3))
    still_open = log(workspace, staff.clerk, dt.date(2026, 10, 29), id_number="330106199003150022")
    november = log(workspace, staff.clerk, dt.date(2026, 11, 2), id_number="110105198001010016")
    october = {r.number: r for r in ledger.build(workspace, *OCTOBER, AS_OF).rows}
    assert set(october) == {late_october, still_open}
    row = october[late_october]
    assert (row.completed_on, row.result, row.timeliness, row.late_days) == (
        dt.date(2026, 11, 3), "准予", Timeliness.ON_TIME, 0)
    assert row.days_taken == 2  # 2 and 3 November
    # MZ-001 promises 20 working days: due 26 November, still running on the 20th
    assert (october[still_open].timeliness, october[still_open].completion_deadline) == (
        Timeliness.OPEN, dt.date(2026, 11, 26))
    assert october[still_open].result == "在办"
    assert ledger.build(workspace, *OCTOBER, dt.date(2026, 11, 27)).rows[0].timeliness == Timeliness.OPEN_OVERDUE
    assert [r.number for r in ledger.build(workspace, dt.date(2026, 11, 1), AS_OF, AS_OF).rows] == [november]


def test_a_case_deemed_accepted_counts_as_a_failure_of_the_centre(workspace, staff):
    req = IntakeRequest(item_code="ZR-002", applicant=ApplicantInput("person", "王五", "11010519491231002X",
                                                                     "13800138000"),
                        received=("01", "02", "03"), missing=("04", "05", "06"), date=dt.date(2026, 10, 12))
    number = cases.intake(workspace, staff.clerk, req, dt.date(2026, 10, 12)).state.number
    (row,) = ledger.build(workspace, *OCTOBER, AS_OF).rows
    assert row.number == number and row.deemed and row.decision == "逾期未告知·依法视为受理"
    assert row.accepted_date == dt.date(2026, 10, 12) and row.timeliness == Timeliness.OPEN_OVERDUE
    assert ledger.build(workspace, *OCTOBER, AS_OF).summary.total.deemed == 1
    (early,) = ledger.build(workspace, *OCTOBER, dt.date(2026, 10, 14)).rows
    assert not early.deemed and early.timeliness == Timeliness.NOT_ACCEPTED and early.accepted_date is None


def test_tolerant_promises_kept_broken_and_open(workspace, staff):
    kept = log(workspace, staff.clerk, dt.date(2026, 11, 2), missing=("06",), commitment=True)
    cases.supply(workspace, staff.clerk, kept, ["06"], AS_OF, dt.date(2026, 11, 4))
    open_ = log(workspace, staff.clerk, dt.date(2026, 11, 18), missing=("06",), commitment=True,
                id_number="330106199003150022")
    broken = log(workspace, staff.clerk, dt.date(2026, 11, 3), missing=("06",), commitment=True,
                 id_number="110105198001010016")
    rows = {r.number: r for r in ledger.build(workspace, dt.date(2026, 11, 1), AS_OF, AS_OF).rows}
    assert rows[kept].promise == Promise.KEPT and rows[kept].supplied_on == dt.date(2026, 11, 4)
    assert rows[open_].promise == Promise.OPEN
    assert rows[broken].promise == Promise.BROKEN  # due 10 November, nothing brought


def test_bad_periods_and_files_are_refused_and_write_nothing(workspace, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    assert "晚于" in refused(ledger.export, workspace, dt.date(2026, 11, 1), dt.date(2026, 10, 1),
                            tmp_path / "a.xlsx", AS_OF)
    assert ".xlsx" in refused(ledger.export, workspace, *OCTOBER, tmp_path / "a.csv", AS_OF)
    assert "文件夹不存在" in refused(ledger.export, workspace, *OCTOBER, tmp_path / "no" / "a.xlsx", AS_OF)
    assert "五年" in refused(ledger.export, workspace, dt.date(2010, 1, 1), dt.date(2026, 1, 1),
                            tmp_path / "a.xlsx", AS_OF)
    assert list(tmp_path.iterdir()) == []


def test_neither_ledger_nor_report_is_written_inside_the_data_folder(workspace):
    from app.services.exports import OutputRefused

    inside = workspace.paths.root
    before = sorted(p.name for p in inside.iterdir())
    for fn, name in ((ledger.export, "台账.xlsx"), (ledger.export_report, "月报.pdf")):
        with pytest.raises(OutputRefused, match="数据目录"):
            fn(workspace, *OCTOBER, inside / name, AS_OF)
    assert sorted(p.name for p in inside.iterdir()) == before


def read_back(path: Path):
    wb = openpyxl.load_workbook(path)
    return wb["台账"], wb["汇总"]


def test_the_workbook_has_real_types_a_frozen_filtered_header_and_fitting_widths(demo_workspace, tmp_path):
    out = tmp_path / "台账.xlsx"
    made = ledger.export(demo_workspace, *OCTOBER, out, AS_OF)
    sheet, summary = read_back(out)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(COLUMNS))}{len(made.rows) + 1}"
    assert [c.value for c in sheet[1]] == [title for _n, title in COLUMNS]
    assert sheet.max_row == len(made.rows) + 1
    names = [n for n, _t in COLUMNS]
    for excel_row, row in zip(sheet.iter_rows(min_row=2), made.rows):
        for cell, name in zip(excel_row, names):
            value = getattr(row, name)
            if isinstance(value, dt.date):
                assert cell.is_date and cell.value.date() == value and cell.number_format == "yyyy-mm-dd"
            elif name == "deemed":
                assert cell.value == ("是" if value else None)
            elif value in (None, ""):
                assert cell.value is None
            else:
                assert cell.value == value and type(cell.value) is type(value)
    item_col = names.index("item_name") + 1
    longest = max(len(r.item_name) for r in made.rows)
    assert sheet.column_dimensions[openpyxl.utils.get_column_letter(item_col)].width >= 2 * longest
    figures = {r[0].value: r[1].value for r in summary.iter_rows(min_row=5) if r[0].value and r[1].value is not None}
    t = made.summary.total
    assert figures["收件总数"] == t.received == len(made.rows)
    assert figures["已办结"] == sum(r.completed_on is not None for r in made.rows)
    assert figures["按时办结"] == sum(r.timeliness == Timeliness.ON_TIME for r in made.rows)
    assert figures["逾期在办"] == sum(r.timeliness == Timeliness.OPEN_OVERDUE for r in made.rows)
    assert figures["容缺承诺：已履行"] == sum(r.promise == Promise.KEPT for r in made.rows)
    assert figures["按时办结率"] == pytest.approx(t.on_time / t.completed)


def test_ledger_export_on_the_command_line(station_dir, workspace, staff, capsys, tmp_path):
    from app.cli import main

    log(workspace, staff.clerk, dt.date(2026, 10, 30))
    workspace.close()
    out = tmp_path / "十月.xlsx"
    code = main(["--data-dir", str(station_dir), "--today", AS_OF.isoformat(), "ledger", "export",
                 "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(out)])
    text, err = capsys.readouterr()
    assert code == 0, err
    assert "收件 1 件" in text and out.is_file()
    code = main(["--data-dir", str(station_dir), "ledger", "export", "--from", "2026-10-31", "--to", "2026-10-01",
                 "--out", str(tmp_path / "b.xlsx")])
    _, err = capsys.readouterr()
    assert code == 1 and "晚于" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(station_dir), "ledger", "export", "--from", "2026-13-01", "--to", "2026-10-01",
              "--out", str(tmp_path / "c.xlsx")])
    assert info.value.code == 2


def shown_text(value) -> str:
    """A cell as LibreOffice shows it with the workbook's own formats."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed; install libreoffice-calc-nogui")
def test_libreoffice_reads_every_cell_as_written(demo_workspace, tmp_path):
    out = tmp_path / "ledger.xlsx"
    made = ledger.export(demo_workspace, *OCTOBER, out, AS_OF)
    # UTF-8, comma-separated, formatted as shown, every sheet to its own file
    fmt = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", fmt,
         "--outdir", str(tmp_path / "csv"), str(out)],
        capture_output=True, text=True, timeout=240)
    sheet_csv = tmp_path / "csv" / "ledger-台账.csv"
    assert result.returncode == 0 and sheet_csv.is_file(), result.stdout + result.stderr
    with open(sheet_csv, encoding="utf-8", newline="") as handle:
        read = list(csv.reader(handle))
    expected = [[title for _n, title in COLUMNS]]
    expected += [[shown_text(getattr(r, name)) for name, _t in COLUMNS] for r in made.rows]
    assert read == expected
    with open(tmp_path / "csv" / "ledger-汇总.csv", encoding="utf-8", newline="") as handle:
        summary = {row[0]: row[1] for row in csv.reader(handle) if len(row) > 1 and row[0]}
    t = made.summary.total
    assert summary["收件总数"] == str(t.received) and summary["已办结"] == str(t.completed)
    assert summary["按时办结率"] == f"{t.on_time / t.completed:.1%}"


def test_a_cancelled_export_deletes_its_half_written_sheet(demo_workspace, monkeypatch):
    """The streamed sheet holds applicants' names and ID numbers: a stopped export must not
    leave it in the temporary folder, nor complain when it is collected."""
    import gc
    import tempfile
    import warnings

    from app.documents import ledger_xlsx

    def temp_sheets() -> set[Path]:
        return set(Path(tempfile.gettempdir()).glob("openpyxl.*"))

    made = ledger.build(demo_workspace, dt.date(2026, 1, 1), dt.date(2026, 12, 31), dt.date(2026, 11, 20))
    assert len(made.rows) > 20
    monkeypatch.setattr(ledger_xlsx, "CANCEL_CHECK_ROWS", 10)
    before = temp_sheets()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ledger_xlsx.ExportCancelled):
            ledger_xlsx.render_ledger_xlsx(made.rows, made.summary, "某镇便民服务中心", cancelled=lambda n: n >= 10)
        gc.collect()
    assert temp_sheets() <= before
    assert not [w for w in caught if "Exception ignored" in str(w.message)]
