"""The 通报 as a PDF: one landscape table of the townships in rank order, last period's
figures under this period's, then the overdue cases each township must answer for.

Set in the letters' CJK font chain, every font embedded, like the monthly report.
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, SimpleDocTemplate, Table, TableStyle

from app.documents.fonts import FontSet, load_fonts
from app.documents.report_pdf import GRID, PRODUCT_NAME, percent, shorten
from app.documents.textflow import ChineseText, TextStyle
from app.domain.bulletin import RANKING_RULE, WORST_NAMED, Bulletin, BulletinLine, Figures

KIND_NAMES = {"week": "周", "month": "月"}
_GREY = colors.HexColor("#5f6b7a")
_RED = colors.HexColor("#b3261e")
PAGE = landscape(A4)

#: (header, the figure of a Figures) for the ranking table, in order.
FIGURE_COLUMNS: tuple[tuple[str, object], ...] = (
    ("收件", lambda f: f.received),
    ("受理", lambda f: f.accepted),
    ("其中\n容缺受理", lambda f: f.tolerant),
    ("按时\n办结", lambda f: f.on_time),
    ("超期\n办结", lambda f: f.late),
    ("按时\n办结率", lambda f: percent(f.on_time_rate)),
    ("逾期\n在办", lambda f: f.overdue),
    ("容缺承诺\n已履行", lambda f: f.promises_kept),
    ("容缺承诺\n未履行", lambda f: f.promises_broken),
    ("收到\n数据包", lambda f: f.packages),
)


def package_text(line: BulletinLine) -> str:
    day = line.now.newest_package
    if day is not None:
        return day.isoformat()
    return "本站" if line.township.local else "从未报送"


class _Bulletin:
    def __init__(self, b: Bulletin, centre: str, fonts: FontSet) -> None:
        self.b, self.centre, self.fonts = b, centre, fonts
        self.body = TextStyle(size=9, leading=12, align="left")
        self.small = TextStyle(size=8, leading=10.5, align="left")
        self.h1 = TextStyle(size=17, leading=24, align="center", space_after=2)
        self.h2 = TextStyle(size=12, leading=17, align="left", space_before=8, space_after=4)
        self.font = fonts.body.primary.name

    def text(self, value: object, style: TextStyle | None = None, heading: bool = False) -> ChineseText:
        return ChineseText(str(value), style or self.body, self.fonts.heading if heading else self.fonts.body)

    def grid(self, cells: list[list[object]], widths: Sequence[float]) -> Table:
        table = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
        table.setStyle(GRID)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.font, 9)]))  # else Helvetica, not embedded
        return table

    def header(self, titles: Sequence[str], centred: bool = True) -> list[ChineseText]:
        style = replace(self.small, align="center" if centred else "left")
        return [self.text(t, style, heading=True) for t in titles]

    def kind(self) -> str:
        return KIND_NAMES[self.b.period.kind]

    # -- parts ----------------------------------------------------------------------------

    def title(self) -> list[Flowable]:
        b = self.b
        return [
            self.text(self.centre, self.h1, heading=True),
            self.text(f"政务服务{self.kind()}通报（{b.period.label()}）", self.h1, heading=True),
            self.text(f"统计期间 {b.period.first.isoformat()} 至 {b.period.last.isoformat()}，在办情况截至 "
                      f"{b.as_of.isoformat()}；上期为 {b.previous.label()}（截至 {b.previous_as_of.isoformat()}）。"
                      "各乡镇按其便民服务中心的全部站点合计。", self.small),
        ]

    def overview(self) -> list[Flowable]:
        t, p = self.b.total, self.b.total_before
        rows = [self.header(("项目", "本期", "上期", "项目", "本期", "上期"))]
        pairs = [(h.replace("\n", ""), get(t), get(p)) for h, get in FIGURE_COLUMNS]
        pairs.append(("参加排名的乡镇", len(self.b.lines), len(self.b.lines)))
        pairs.append(("数据包超期未报的乡镇（截至统计日）", sum(line.stale for line in self.b.lines), "—"))
        half = len(pairs) // 2
        right = replace(self.body, align="right")
        for (a, a1, a2), (c, c1, c2) in zip(pairs[:half], pairs[half:]):
            rows.append([self.text(a), self.text(a1, right), self.text(a2, right),
                         self.text(c), self.text(c1, right), self.text(c2, right)])
        return [self.text("一、总体情况", self.h2, heading=True),
                self.grid(rows, (62, 22, 22, 62, 22, 22))]

    def _figure(self, now: object, before: object, alarm: bool = False) -> list[Flowable]:
        value = replace(self.body, align="right", color=_RED if alarm else colors.black)
        prior = replace(self.small, align="right", color=_GREY)
        return [self.text(now, value), self.text(f"上期{before}", prior)]

    def ranking_row(self, line: BulletinLine) -> list[object]:
        name_style = replace(self.body, color=_RED) if line.stale else self.body
        cells: list[object] = [
            self.text(line.rank, replace(self.body, align="center")),
            [self.text(line.township.label, name_style)]
            + ([self.text(f"超过{self.b.stale_after_days}个工作日未报送", replace(self.small, color=_RED))]
               if line.stale else []),
        ]
        for header, get in FIGURE_COLUMNS:
            alarm = (header.startswith("逾期") and line.now.overdue > 0) or (
                header.endswith("未履行") and line.now.promises_broken > 0)
            cells.append(self._figure(get(line.now), get(line.before), alarm))
        cells.append([self.text(package_text(line), replace(self.small, align="center",
                                                                            color=_RED if line.stale else colors.black))])
        cells.append(self.text(line.rank_before, replace(self.body, align="center")))
        return cells

    def ranking(self) -> list[Flowable]:
        titles = ("名次", "乡镇（站点代码）", *(h for h, _g in FIGURE_COLUMNS), "最新\n数据包", "上期\n名次")
        rows: list[list[object]] = [self.header(titles)]
        rows += [self.ranking_row(line) for line in self.b.lines]
        widths = (11, 55, *(20 if "率" in h else 16 for h, _g in FIGURE_COLUMNS), 22, 12)
        table = self.grid(rows, widths)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        out: list[Flowable] = [CondPageBreak(50 * mm), self.text("二、各乡镇情况与排名", self.h2, heading=True)]
        if not self.b.lines:
            return out + [self.text("本站尚未收到任何乡镇的数据。")]
        note = replace(self.small, space_before=3)
        return out + [table, self.text(RANKING_RULE + "每格下方灰字为上期数字；乡镇名称标红的，数据包超过"
                                       f"{self.b.stale_after_days}个工作日未报送，其数字可能不全。", note)]

    def overdue(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(40 * mm),
                               self.text(f"三、逾期在办案件（每个乡镇列逾期最久的 {WORST_NAMED} 件）", self.h2,
                                         heading=True)]
        rows: list[list[object]] = [self.header(("乡镇", "受理编号", "申请人", "事项", "承诺办结期限", "逾期工作日",
                                                 "该乡镇逾期在办"))]
        right = replace(self.small, align="right")
        for line in self.b.lines:
            for c in line.now.overdue_cases[:WORST_NAMED]:
                rows.append([self.text(line.township.name, self.small), self.text(c.number, self.small),
                             self.text(c.applicant, self.small), self.text(shorten(c.item, 20), self.small),
                             self.text(c.deadline.isoformat() if c.deadline else "—", self.small),
                             self.text(c.late_days, right), self.text(line.now.overdue, right)])
        if len(rows) == 1:
            return out + [self.text(f"截至 {self.b.as_of.isoformat()} 没有逾期在办的案件。")]
        return out + [self.grid(rows, (46, 66, 24, 58, 24, 22, 30))]

    def story(self) -> list[Flowable]:
        return [*self.title(), *self.overview(), *self.ranking(), *self.overdue()]


def render_bulletin_pdf(bulletin: Bulletin, centre: str, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or load_fonts()
    buffer = io.BytesIO()
    kind = KIND_NAMES[bulletin.period.kind]
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
        title=f"{centre}政务服务{kind}通报（{bulletin.period.label()}）", author=centre, creator=PRODUCT_NAME,
        producer=PRODUCT_NAME, initialFontName=fonts.body.primary.name, invariant=True,
    )
    parts = _Bulletin(bulletin, centre, fonts)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(fonts.body.primary.name, 8)
        canvas.drawCentredString(PAGE[0] / 2, 7 * mm, f"— {document.page} —")
        canvas.restoreState()

    doc.build(parts.story(), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def figures_row(f: Figures) -> list[object]:
    """The ranking table's figures of one township, in column order (for other renderers)."""
    return [get(f) for _h, get in FIGURE_COLUMNS]
