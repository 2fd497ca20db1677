"""The monthly report as a PDF: the ledger's figures, two charts and the overdue cases.

Everything printed comes from the :class:`~app.domain.ledger.Summary` of the ledger rows,
so the report, the ledger's summary sheet and the rows themselves agree by construction.
Text is set in the letters' CJK font chain and embedded; the charts are reportlab
drawings, vector and embedded with the same fonts.
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.fonts import FontSet, load_fonts
from app.documents.ledger_xlsx import summary_lines
from app.documents.textflow import ChineseText, TextStyle
from app.domain.ledger import LedgerRow, Summary, Tally

PRODUCT_NAME = "approval-window"
OVERDUE_LISTED = 40  # the report lists this many; the ledger holds them all
GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f3")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
])


def percent(value: float | None) -> str:
    return f"{value:.1%}" if value is not None else "—"


def _value_text(label: str, value: object) -> str:
    if isinstance(value, float):
        return percent(value) if "率" in label else f"{value:.1f}"
    return str(value)


class _Report:
    def __init__(self, s: Summary, centre: str, fonts: FontSet) -> None:
        self.s, self.centre, self.fonts = s, centre, fonts
        self.body = TextStyle(size=9.5, leading=13, align="left")
        self.small = TextStyle(size=8.5, leading=11, align="left")
        self.right = TextStyle(size=9.5, leading=13, align="right")
        self.h1 = TextStyle(size=17, leading=24, align="center", space_after=2)
        self.h2 = TextStyle(size=12, leading=17, align="left", space_before=10, space_after=4)
        self.font = fonts.body.primary.name

    def text(self, value: object, style: TextStyle | None = None, heading: bool = False) -> ChineseText:
        return ChineseText(str(value), style or self.body, self.fonts.heading if heading else self.fonts.body)

    def table(self, rows: Sequence[Sequence[object]], widths: Sequence[float], numeric_from: int = 1,
              numeric: Sequence[int] | None = None, small: bool = False) -> Table:
        right = set(numeric) if numeric is not None else set(range(numeric_from, len(widths)))
        left_style = self.small if small else self.body
        right_style = replace(left_style, align="right")
        cells = [[self.text(v, right_style if i in right and r > 0 else left_style, heading=r == 0)
                  for i, v in enumerate(row)] for r, row in enumerate(rows)]
        table = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
        table.setStyle(GRID)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.font, 9)]))  # else Helvetica, not embedded
        return table

    # -- parts ----------------------------------------------------------------------------

    def title(self) -> list[Flowable]:
        s = self.s
        month = (f"{s.first.year}年{s.first.month}月" if (s.first.year, s.first.month) == (s.last.year, s.last.month)
                 else f"{s.first.isoformat()} 至 {s.last.isoformat()}")
        return [self.text(f"{self.centre}", self.h1, heading=True),
                self.text(f"政务服务月度报告（{month}）", self.h1, heading=True),
                self.text(f"统计对象：收件日期 {s.first.isoformat()} 至 {s.last.isoformat()} 的全部案件；"
                          f"办理情况统计截至 {s.as_of.isoformat()}。各项数字与同期台账逐行合计一致。", self.small)]

    def figures(self) -> list[Flowable]:
        lines = [(label, _value_text(label, value)) for label, value in summary_lines(self.s)
                 if not label.startswith("评价：") and "差评" not in label]
        half = (len(lines) + 1) // 2
        left, right = lines[:half], lines[half:] + [("", "")] * (2 * half - len(lines))
        rows = [("项目", "数值", "项目", "数值")] + [(a, b, c, d) for (a, b), (c, d) in zip(left, right)]
        return [self.text("一、总体情况", self.h2, heading=True), self.table(rows, (58, 22, 58, 22), numeric=(1, 3))]

    def _tally_rows(self, groups: dict[str, Tally], heading: str) -> list[Sequence[object]]:
        rows: list[Sequence[object]] = [(heading, "收件", "受理", "容缺", "办结", "按时", "超期", "逾期在办",
                                         "按时率", "平均用时", "视为受理")]
        for name, t in groups.items():
            rows.append((name, t.received, t.accepted, t.tolerant, t.completed, t.on_time, t.late, t.open_overdue,
                         percent(t.on_time_rate), f"{t.average_days:.1f}" if t.average_days is not None else "—",
                         t.deemed))
        return rows

    def by_item(self) -> list[Flowable]:
        groups = {name: t for (_code, name), t in sorted(self.s.by_item.items())}
        widths = (50, 12, 12, 12, 12, 12, 12, 15, 15, 15, 15)
        return [self.text("二、分事项统计", self.h2, heading=True),
                self.table(self._tally_rows(groups, "事项"), widths)]

    def by_officer(self) -> list[Flowable]:
        groups = dict(sorted(self.s.by_officer.items()))
        widths = (50, 12, 12, 12, 12, 12, 12, 15, 15, 15, 15)
        return [self.text("三、分承办人统计", self.h2, heading=True),
                self.table(self._tally_rows(groups, "承办人"), widths)]

    def charts(self) -> list[Flowable]:
        return [CondPageBreak(90 * mm), self.text("四、收件趋势与按时办结率", self.h2, heading=True),
                self.weekly_chart(), Spacer(0, 4 * mm), self.rate_chart()]

    def drawing(self, width: float, height: float) -> Drawing:
        d = Drawing(width, height)
        # the drawing's starting font, or reportlab starts it in Helvetica, which it never embeds
        d.initialFontName, d.initialFontSize = self.font, 8
        return d

    def weekly_chart(self) -> Drawing:
        weeks = sorted(self.s.by_week)
        width, height = 180 * mm, 62 * mm
        d = self.drawing(width, height)
        d.add(String(0, height - 10, "每周收件数（按收件日期所在周，周一为首日）", fontName=self.font, fontSize=9))
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 14 * mm, 12 * mm, width - 20 * mm, height - 24 * mm
        chart.data = [[self.s.by_week[w] for w in weeks] or [0]]
        chart.categoryAxis.categoryNames = [f"{w.month}/{w.day}" for w in weeks] or [""]
        chart.categoryAxis.labels.fontName = self.font
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.labels.fontName = self.font
        chart.valueAxis.labels.fontSize = 8
        chart.valueAxis.valueMin = 0
        top = max(chart.data[0]) if chart.data[0] else 0
        chart.valueAxis.valueMax = max(5, top + max(1, top // 5))
        chart.bars[0].fillColor = colors.HexColor("#3b73b9")
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = self.font
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 6
        d.add(chart)
        return d

    def rate_chart(self) -> Drawing:
        items = [(name, t.on_time_rate) for (_code, name), t in sorted(self.s.by_item.items()) if t.completed]
        bar = 7 * mm
        height = max(30 * mm, len(items) * bar + 24 * mm)
        width = 180 * mm
        d = self.drawing(width, height)
        d.add(String(0, height - 10, "分事项按时办结率（仅含已办结案件的事项）", fontName=self.font, fontSize=9))
        if not items:
            d.add(String(0, height - 26, "本期没有已办结的案件", fontName=self.font, fontSize=9))
            return d
        chart = HorizontalBarChart()
        chart.x, chart.y = 62 * mm, 10 * mm
        chart.width, chart.height = width - 80 * mm, len(items) * bar
        chart.data = [[round(rate * 100, 1) for _n, rate in reversed(items)]]
        chart.categoryAxis.categoryNames = [shorten(name, 16) for name, _r in reversed(items)]
        chart.categoryAxis.labels.fontName = self.font
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
        chart.valueAxis.labels.fontName = self.font
        chart.valueAxis.labels.fontSize = 8
        chart.valueAxis.labelTextFormat = "%d%%"
        chart.bars[0].fillColor = colors.HexColor("#2e7d32")
        chart.barLabelFormat = "%.1f%%"
        chart.barLabels.fontName = self.font
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        d.add(chart)
        return d

    def promises_and_ratings(self) -> list[Flowable]:
        lines = dict(summary_lines(self.s))
        promise_rows = [("容缺承诺", "件数")] + [(label.split("：")[1], lines[label]) for label in lines
                                                if label.startswith("容缺承诺：")]
        rating_rows = [("评价", "件数")] + [(label.split("：")[1], lines[label]) for label in lines
                                            if label.startswith("评价：")]
        poor_rows = [("差评整改", "数值")] + [(label, _value_text(label, lines[label])) for label in lines
                                             if "差评" in label]
        return [CondPageBreak(60 * mm), self.text("五、容缺承诺履行与好差评", self.h2, heading=True),
                Table([[self.table(promise_rows, (30, 16)), self.table(rating_rows, (30, 16)),
                        self.table(poor_rows, (52, 22))]], colWidths=[50 * mm, 50 * mm, 78 * mm],
                      style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("FONT", (0, 0), (-1, -1), self.font, 9)]))]

    def overdue(self) -> list[Flowable]:
        rows = self.s.overdue
        out: list[Flowable] = [CondPageBreak(40 * mm), self.text("六、超期案件", self.h2, heading=True)]
        if not rows:
            return out + [self.text("本期没有超期办结或逾期在办的案件。")]
        shown: list[LedgerRow] = rows[:OVERDUE_LISTED]
        table_rows: list[Sequence[object]] = [("受理编号", "事项", "申请人", "承办人", "办结期限", "情况", "超期工作日")]
        for r in shown:
            table_rows.append((r.number, shorten(r.item_name, 14), r.applicant_name, r.officer,
                               r.completion_deadline.isoformat() if r.completion_deadline else "—", r.timeliness,
                               r.late_days))
        out.append(self.table(table_rows, (57, 35, 16, 16, 20, 19, 17), numeric_from=6, small=True))
        if len(rows) > len(shown):
            out.append(self.text(f"另有 {len(rows) - len(shown)} 件超期案件，详见台账“是否按时”一列。", self.small))
        return out

    def story(self) -> list[Flowable]:
        return [*self.title(), *self.figures(), *self.by_item(), *self.by_officer(), *self.charts(),
                *self.promises_and_ratings(), *self.overdue()]


def shorten(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: chars - 1] + "…"


def render_report_pdf(summary: Summary, centre: str, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or load_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
        title=f"{centre}政务服务月度报告", author=centre, creator=PRODUCT_NAME, producer=PRODUCT_NAME,
        initialFontName=fonts.body.primary.name, invariant=True,
    )
    report = _Report(summary, centre, fonts)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(fonts.body.primary.name, 8)
        canvas.drawCentredString(A4[0] / 2, 8 * mm, f"— {document.page} —")
        canvas.restoreState()

    doc.build(report.story(), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
