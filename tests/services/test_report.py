"""The monthly report as the county reads it: its figures are what the ledger rows add up
to, counted here from the rows themselves, and every font it uses is embedded."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdf
import pytest

from app.domain.ledger import Promise, Timeliness
from app.services import cases, ledger
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.ledger import LedgerRefused

AS_OF = dt.date(2026, 11, 20)
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
SEPTEMBER = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))  # the demo's poor ratings fall in other months than October


def pdf_lines(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [line.strip() for page in reader.pages for line in (page.extract_text() or "").splitlines()]


def value_after(lines: list[str], label: str) -> str:
    """The figure printed right after a label in the two-column summary table."""
    for line in lines:
        m = re.search(re.escape(label) + r" (\S+)", line)
        if m:
            return m.group(1)
    raise AssertionError(f"{label} is not in the report")


def test_the_report_figures_equal_what_the_ledger_rows_add_up_to(demo_workspace):
    made, data = ledger.report_pdf(demo_workspace, *SEPTEMBER, AS_OF)
    rows = made.rows
    lines = pdf_lines(data)
    completed = [r for r in rows if r.completed_on is not None]
    on_time = sum(r.timeliness == Timeliness.ON_TIME for r in rows)
    assert value_after(lines, "收件总数") == str(len(rows))
    assert value_after(lines, "已办结") == str(len(completed))
    assert value_after(lines, "按时办结") == str(on_time)
    assert value_after(lines, "超期办结") == str(sum(r.timeliness == Timeliness.LATE for r in rows))
    assert value_after(lines, "逾期在办") == str(sum(r.timeliness == Timeliness.OPEN_OVERDUE for r in rows))
    assert value_after(lines, "按时办结率") == f"{on_time / len(completed):.1%}"
    assert value_after(lines, "平均办理用时（工作日）") == f"{sum(r.days_taken for r in completed) / len(completed):.1f}"
    assert value_after(lines, "其中：容缺受理") == str(sum(bool(r.promise) for r in rows))
    for label, promise in (("容缺承诺：已履行", Promise.KEPT), ("容缺承诺：未履行", Promise.BROKEN)):
        assert value_after(lines, label) == str(sum(r.promise == promise for r in rows))
    # per officer: one demo officer received them all
    (officer,) = {r.officer for r in rows}
    assert any(line.startswith(f"{officer} {len(rows)} {sum(r.accepted_date is not None for r in rows)} ") for line in lines)
    # the 好差评 summary
    poor = [r for r in rows if r.follow_up]
    assert poor, "the demo month has poor ratings"
    assert value_after(lines, "差评（不满意、非常不满意）") == str(len(poor))
    assert value_after(lines, "差评回访率") == f"{sum(r.revisited for r in poor) / len(poor):.1%}"
    for level in ("非常满意", "满意", "不满意"):
        shown = re.search(r"(?<![常不本])" + level + r" (\d+)", "\n".join(lines))
        assert shown and shown.group(1) == str(sum(r.rating == level for r in rows)), level
    # every overdue case is listed, by number
    overdue = [r.number for r in rows if r.timeliness in (Timeliness.LATE, Timeliness.OPEN_OVERDUE)]
    text = "".join(lines)
    assert overdue and all(number in text for number in overdue[: ledger_listed()])


def ledger_listed() -> int:
    from app.documents.report_pdf import OVERDUE_LISTED

    return OVERDUE_LISTED


def test_every_font_of_the_report_is_embedded(demo_workspace):
    _made, data = ledger.report_pdf(demo_workspace, *OCTOBER, AS_OF)
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[font["/BaseFont"]] = any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts


def test_a_deemed_acceptance_is_reported_as_the_centres_failure(workspace, staff):
    req = IntakeRequest(item_code="ZR-002", applicant=ApplicantInput("person", "王五", "11010519491231002X",
                                                                     "13800138000"),
                        received=("01", "02", "03"), missing=("04", "05", "06"), date=dt.date(2026, 10, 12))
    cases.intake(workspace, staff.clerk, req, dt.date(2026, 10, 12))
    _made, data = ledger.report_pdf(workspace, *OCTOBER, AS_OF)
    lines = pdf_lines(data)
    assert any(line.startswith("其中：逾期未告知·依法视为受理") for line in lines)
    assert any(re.match(r"（中心责任） 1\b", line) for line in lines)


def test_a_report_file_must_be_a_pdf(workspace, tmp_path):
    with pytest.raises(LedgerRefused, match=".pdf"):
        ledger.export_report(workspace, *OCTOBER, tmp_path / "r.xlsx", AS_OF)
    made = ledger.export_report(workspace, *OCTOBER, tmp_path / "r.pdf", AS_OF)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF") and made.summary.total.received == 0
