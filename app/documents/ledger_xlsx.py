"""The 台账 as an Excel workbook that opens alike in Excel, WPS and LibreOffice.

Real cell types (dates as dates, numbers as numbers, so the county can sort and sum),
the header frozen with a filter on it, columns wide enough for their Chinese text, and a
summary sheet of what the rows add up to. Written in openpyxl's streaming mode: a year
of a busy centre is a hundred thousand rows, and the workbook is never held whole.
"""

from __future__ import annotations

import io
from pathlib import Path
import unicodedata
from typing import Callable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.domain.ledger import COLUMNS, RATING_DECLINED, FollowUp, RATING_LEVELS, RATING_NONE, LedgerRow, Promise, Summary

DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"
LEDGER_SHEET = "台账"
SUMMARY_SHEET = "汇总"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
TITLE_FONT = Font(bold=True, size=14)
_DATE_FIELDS = {"intake_date", "accepted_date", "supply_deadline", "supplied_on", "completion_deadline",
                "completed_on"}
_MAX_WIDTH = 60
CANCEL_CHECK_ROWS = 5000  # how often a long export asks whether to stop


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_value(row: LedgerRow, name: str):
    value = getattr(row, name)
    if name == "deemed":
        return "是" if value else ""
    return value


def _widths(rows: Sequence[LedgerRow]) -> list[float]:
    widths = []
    for name, header in COLUMNS:
        if name in _DATE_FIELDS:
            width = max(display_width(header), 10)
        else:
            values = {_cell_value(r, name) for r in rows}
            longest = max((display_width(str(v)) for v in values if v not in (None, "")), default=0)
            width = max(display_width(header), longest)
        widths.append(min(width + 3, _MAX_WIDTH))  # room for the filter button
    return widths


def _header(ws, titles: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        cells.append(cell)
    return cells


def _write_ledger(wb: Workbook, rows: Sequence[LedgerRow], cancelled: Callable[[int], bool] | None) -> None:
    ws = wb.create_sheet(LEDGER_SHEET)
    for i, width in enumerate(_widths(rows), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    ws.append(_header(ws, [title for _name, title in COLUMNS]))
    names = [name for name, _title in COLUMNS]
    date_cells = {i for i, name in enumerate(names) if name in _DATE_FIELDS}
    # One formatted cell per date column, given each row's value in turn: a streamed row is
    # written out at append, and making six styled cells per row doubled the export's time.
    dated = {i: WriteOnlyCell(ws) for i in date_cells}
    for cell in dated.values():
        cell.number_format = DATE_FORMAT
    for n, r in enumerate(rows):
        values = [_cell_value(r, name) for name in names]
        for i, cell in dated.items():
            if values[i] is not None:
                cell.value = values[i]
                values[i] = cell
        ws.append(values)
        if cancelled is not None and (n + 1) % CANCEL_CHECK_ROWS == 0 and cancelled(n + 1):
            raise ExportCancelled()


class ExportCancelled(Exception):
    """The officer stopped the export; no file was written."""


def _rate(value: float | None):
    return value if value is not None else "—"


def summary_lines(s: Summary) -> list[tuple[str, object]]:
    """The summary sheet's figures, label and value, in order; the report shows the same."""
    t = s.total
    return [
        ("收件总数", t.received),
        ("受理（含容缺受理、依法视为受理）", t.accepted),
        ("其中：容缺受理", t.tolerant),
        ("其中：逾期未告知·依法视为受理（中心责任）", t.deemed),
        ("不予受理", t.refused),
        ("尚未受理（待补正或受理前终止）", t.not_accepted),
        ("已办结", t.completed),
        ("按时办结", t.on_time),
        ("超期办结", t.late),
        ("按时办结率", _rate(t.on_time_rate)),
        ("平均办理用时（工作日）", round(t.average_days, 1) if t.average_days is not None else "—"),
        ("在办（未超期）", t.open),
        ("逾期在办", t.open_overdue),
        ("终止办理", t.terminated),
        ("容缺承诺：已履行", s.promises.get(Promise.KEPT, 0)),
        ("容缺承诺：未履行", s.promises.get(Promise.BROKEN, 0)),
        ("容缺承诺：履行中", s.promises.get(Promise.OPEN, 0)),
        ("容缺承诺：办理终止", s.promises.get(Promise.ENDED, 0)),
        *((f"评价：{level}", s.ratings.get(level, 0)) for level in (*RATING_LEVELS, RATING_DECLINED, RATING_NONE)),
        ("差评（不满意、非常不满意）", s.poor),
        ("差评整改率", _rate(s.rectification_rate)),
        ("差评回访率", _rate(s.revisit_rate)),
        ("实名差评回访率（应为100%）", _rate(s.named_revisit_rate)),
        *((f"差评整改：{state}", s.follow_ups.get(state, 0))
          for state in (FollowUp.ON_TIME, FollowUp.LATE, FollowUp.OPEN, FollowUp.OVERDUE)),
    ]


def _write_summary(wb: Workbook, s: Summary, centre: str) -> None:
    ws = wb.create_sheet(SUMMARY_SHEET)
    for col, width in zip("ABCDEFGHIJ", (44, 12, 12, 12, 12, 12, 12, 14, 16, 12)):
        ws.column_dimensions[col].width = width
    title = WriteOnlyCell(ws, value=f"{centre}政务服务台账汇总")
    title.font = TITLE_FONT
    ws.append([title])
    ws.append([f"收件日期 {s.first.isoformat()} 至 {s.last.isoformat()}，统计截至 {s.as_of.isoformat()}"])
    ws.append([])
    ws.append(_header(ws, ["项目", "数值"]))
    for label, value in summary_lines(s):
        if isinstance(value, float) and "率" in label:
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = PERCENT_FORMAT
            ws.append([label, cell])
        else:
            ws.append([label, value])
    for heading, groups in (("按事项", {f"{code} {name}": t for (code, name), t in sorted(s.by_item.items())}),
                            ("按承办人", dict(sorted(s.by_officer.items())))):
        ws.append([])
        ws.append(_header(ws, [heading, "收件", "受理", "容缺受理", "已办结", "按时办结", "超期办结", "逾期在办",
                               "按时办结率", "视为受理"]))
        for name, t in groups.items():
            rate = WriteOnlyCell(ws, value=_rate(t.on_time_rate))
            if t.on_time_rate is not None:
                rate.number_format = PERCENT_FORMAT
            ws.append([name, t.received, t.accepted, t.tolerant, t.completed, t.on_time, t.late, t.open_overdue,
                       rate, t.deemed])


def _discard(wb: Workbook) -> None:
    """Finish a workbook that will not be saved and delete its sheets' temporary files now.

    A streamed sheet is written to a temporary file as rows are appended; left to the
    garbage collector, the half-written file holds applicants' names and ID numbers in the
    temporary folder until the program exits, and its writer fails noisily when collected.
    """
    for sheet in wb.worksheets:
        if not sheet.closed:
            sheet.close()
        writer = getattr(sheet, "_writer", None)  # openpyxl's writer of a streamed sheet
        if writer is not None and Path(writer.out).exists():
            writer.cleanup()


def render_ledger_xlsx(rows: Sequence[LedgerRow], summary: Summary, centre: str,
                       cancelled: Callable[[int], bool] | None = None) -> bytes:
    """The workbook's bytes: the ledger sheet first, then the summary."""
    wb = Workbook(write_only=True)
    try:
        _write_ledger(wb, rows, cancelled)
    except BaseException:
        _discard(wb)
        raise
    _write_summary(wb, summary, centre)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
