"""The 通报 as a workbook: the ranking with this and last period side by side, and every
overdue case, as real numbers, percentages and dates the county can sort and chart."""

from __future__ import annotations

import io
from typing import Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from app.documents.bulletin_pdf import KIND_NAMES
from app.documents.ledger_xlsx import DATE_FORMAT, PERCENT_FORMAT, HEADER_FILL, HEADER_FONT, TITLE_FONT
from app.domain.bulletin import RANKING_RULE, Bulletin, Figures

RANKING_SHEET = "通报"
OVERDUE_SHEET = "逾期在办"
HEADER_ROW = 4  # the ranking's header row (title, period and rule above it)

#: (header, attribute of Figures) for the workbook; a rate is a fraction shown as a percentage.
FIGURES: tuple[tuple[str, str], ...] = (
    ("收件", "received"),
    ("受理", "accepted"),
    ("其中容缺受理", "tolerant"),
    ("按时办结", "on_time"),
    ("超期办结", "late"),
    ("按时办结率", "on_time_rate"),
    ("逾期在办", "overdue"),
    ("容缺承诺已履行", "promises_kept"),
    ("容缺承诺未履行", "promises_broken"),
    ("收到数据包", "packages"),
    ("最新数据包日期", "newest_package"),
)


def _cell(ws, value, fmt: str | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if fmt is not None and value is not None:
        cell.number_format = fmt
    return cell


def _header(ws, titles: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cells.append(cell)
    return cells


def _figures(ws, f: Figures, local: bool = False) -> list[object]:
    out: list[object] = []
    for _title, name in FIGURES:
        value = getattr(f, name)
        if name == "on_time_rate":
            out.append(_cell(ws, value, PERCENT_FORMAT) if value is not None else "—")
        elif name == "newest_package":
            out.append(_cell(ws, value, DATE_FORMAT) if value is not None else ("本站" if local else "从未报送"))
        else:
            out.append(value)
    return out


def ranking_titles() -> list[str]:
    return (["名次", "乡镇", "站点代码", "数据包超期未报"] + [t for t, _n in FIGURES]
            + ["上期名次"] + [f"上期{t}" for t, _n in FIGURES])


def _write_ranking(wb: Workbook, b: Bulletin, centre: str) -> None:
    ws = wb.create_sheet(RANKING_SHEET)
    titles = ranking_titles()
    widths = [6, 30, 12, 14] + [max(10, len(t) * 2 + 3) for t, _n in FIGURES] + [9] + \
             [max(10, len(t) * 2 + 5) for t, _n in FIGURES]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    title = WriteOnlyCell(ws, value=f"{centre}政务服务{KIND_NAMES[b.period.kind]}通报（{b.period.label()}）")
    title.font = TITLE_FONT
    ws.append([title])
    ws.append([f"统计期间 {b.period.first.isoformat()} 至 {b.period.last.isoformat()}，在办情况截至 {b.as_of.isoformat()}；"
               f"上期 {b.previous.first.isoformat()} 至 {b.previous.last.isoformat()}（截至 {b.previous_as_of.isoformat()}）"])
    ws.append([RANKING_RULE + f"数据包超过 {b.stale_after_days} 个工作日未报送的乡镇标为“是”。"])
    ws.append(_header(ws, titles))
    for line in b.lines:
        t = line.township
        ws.append([line.rank, t.name, "、".join(t.codes), "是" if line.stale else "", *_figures(ws, line.now, t.local),
                   line.rank_before, *_figures(ws, line.before, t.local)])
    ws.append(["", "合计", "", str(sum(line.stale for line in b.lines)), *_figures(ws, b.total), "",
               *_figures(ws, b.total_before)])


def _write_overdue(wb: Workbook, b: Bulletin) -> None:
    ws = wb.create_sheet(OVERDUE_SHEET)
    titles = ["乡镇", "受理编号", "申请人", "事项", "承诺办结期限", "逾期工作日"]
    for i, width in enumerate((30, 40, 14, 40, 14, 12), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:F{len(b.worst) + 1}"
    ws.append(_header(ws, titles))
    for c in b.worst:
        ws.append([c.township, c.number, c.applicant, c.item, _cell(ws, c.deadline, DATE_FORMAT), c.late_days])


def render_bulletin_xlsx(bulletin: Bulletin, centre: str) -> bytes:
    wb = Workbook(write_only=True)
    _write_ranking(wb, bulletin, centre)
    _write_overdue(wb, bulletin)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
