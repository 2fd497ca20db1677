"""Letters as A4 PDF (reportlab), every font an embedded TrueType subset.

The layout follows the notices centres hand out: the document number top right, the
centre's name and the title centred, the body in the 仿宋-like font with headings in the
黑体-like one, ruled tables for materials (their heading row repeated on every page),
the officer's contact, a QR code with its verification code beside the issuer's name and
date where the seal goes, the applicant's receipt line, and the stub below a cut line or
on its own page. Every page carries the document number and "page N of M".

A notice that can fit one sheet is printed on one: the letter is laid out as its template
says and, when it spills onto a second page, laid out again a step tighter (line
spacing, cell padding, then type one size down, then narrower margins), never below
the sizes an official notice may use. A letter that needs two pages anyway keeps the
template's own sizes; its end (the last paragraph, the seal, the receipt line and the
same-sheet stub with its cut line) always shares one page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from app import PRODUCT_NAME
from app.documents.compose import (
    ApplicantSignaturePart,
    ComposedLetter,
    FactsPart,
    MaterialsPart,
    NotesPart,
    ReceiptPart,
    SignaturePart,
    StubPart,
    TextPart,
    compose,
)
from app.documents.fonts import FontChain, FontSet, load_fonts
from app.documents.qr import QRCodeFlowable
from app.documents.templates import LetterTemplate, PageLayout, StubPlacement
from app.documents.textflow import ChineseText, TextStyle, break_lines, text_width
from app.domain.letters import LetterContent

GRID = Color(0, 0, 0)
HEADER_FILL = Color(0.9, 0.9, 0.9)
SEAL_GUIDE = Color(0.55, 0.55, 0.55)


@dataclass(frozen=True)
class Spacing:
    """The room around the type that a template does not set: table cells, stub, QR code."""

    cell_leading: float = 1.4  # times the table size
    cell_padding: float = 3.0  # points above and below a cell's text
    cell_side: float = 4.0  # points left and right of a cell's text
    stub_leading: float = 1.5  # times the table size
    gap: float = 1.0  # times the fixed gaps between parts
    qr_size: float = 25.0  # mm
    title_leading: float = 1.5  # times the title and heading sizes
    small_notes: bool = False  # notes (注意事项) in the table size, unless the applicant signs them


@dataclass(frozen=True)
class FitStep:
    """One tighter setting tried when a letter spills onto another page.

    Each size is a target: the template's value is kept when already smaller, and
    nothing goes below ``FLOORS``.
    """

    layout: PageLayout
    spacing: Spacing


FLOORS = PageLayout(margin_top=13.0, margin_bottom=15.0, margin_left=22.0, margin_right=20.0,
                    title_size=18.0, heading_size=14.0, body_size=12.0, table_size=10.5, line_spacing=1.25)
"""The smallest a notice is set: 小二 title, 四号 centre name, 小四 body, 五号 tables."""

FIT_STEPS = (
    FitStep(PageLayout(line_spacing=1.45), Spacing(cell_leading=1.3, cell_padding=2.5, cell_side=3.5,
                                                   stub_leading=1.35, gap=0.75, qr_size=22.0,
                                                   title_leading=1.4)),
    FitStep(PageLayout(title_size=18.0, heading_size=14.0, body_size=12.0, table_size=10.5, line_spacing=1.4),
            Spacing(cell_leading=1.25, cell_padding=2.0, cell_side=3.0, stub_leading=1.3, gap=0.6, qr_size=21.0,
                    title_leading=1.35)),
    FitStep(PageLayout(margin_top=13.0, margin_bottom=15.0, margin_left=22.0, margin_right=20.0,
                       title_size=18.0, heading_size=14.0, body_size=12.0, table_size=10.5, line_spacing=1.25),
            Spacing(cell_leading=1.12, cell_padding=1.0, cell_side=3.0, stub_leading=1.2, gap=0.4, qr_size=20.0,
                    title_leading=1.25, small_notes=True)),
)


def tightened(layout: PageLayout, step: PageLayout) -> PageLayout:
    """``layout`` moved towards ``step``'s values, never looser and never below ``FLOORS``."""
    values = {}
    for field in fields(PageLayout):
        own, target, floor = (getattr(x, field.name) for x in (layout, step, FLOORS))
        values[field.name] = min(own, max(floor, target))
    return PageLayout(**values)


def render_pdf(content: LetterContent, template: LetterTemplate, *, stub: StubPlacement | None = None,
               fonts: FontSet | None = None) -> bytes:
    """The letter as PDF bytes. ``stub`` overrides the template's stub choice; ``fonts``
    defaults to the system's official-document fonts with the shipped ones behind them."""
    return render_composed_pdf(compose(content, template, stub), template.layout, fonts or load_fonts())


def draw_runs(canvas: Canvas, x: float, y: float, text: str, fonts: FontChain, size: float,
              align: str = "left") -> None:
    """One line of text at baseline ``y``, each character in the first font that has it."""
    if align != "left":
        width = text_width(text, fonts, size)
        x -= width / 2 if align == "center" else width
    text_object = canvas.beginText(x, y)
    for face, run in fonts.runs(text):
        text_object.setFont(face.name, size)
        text_object.textOut(run)
    canvas.drawText(text_object)


class _Styles:
    def __init__(self, layout: PageLayout, spacing: Spacing) -> None:
        s, t = layout.body_size, layout.table_size
        lead = s * layout.line_spacing
        self.body = TextStyle(size=s, leading=lead)
        self.paragraph = self.body.indented()
        self.left = TextStyle(size=s, leading=lead, align="left")
        self.section = TextStyle(size=s, leading=lead, align="left", space_before=s * 0.3 * spacing.gap)
        self.addressee = TextStyle(size=s, leading=lead, align="left", space_before=s * 0.5 * spacing.gap)
        self.heading = TextStyle(size=layout.heading_size, leading=layout.heading_size * spacing.title_leading,
                                 align="center")
        self.title = TextStyle(size=layout.title_size, leading=layout.title_size * spacing.title_leading, align="center",
                               space_after=layout.title_size * 0.4 * spacing.gap)
        self.number = TextStyle(size=s - 2, leading=(s - 2) * spacing.title_leading, align="right")
        self.cell = TextStyle(size=t, leading=t * spacing.cell_leading, align="left")
        self.cell_center = replace(self.cell, align="center")
        self.small = TextStyle(size=t - 1.5, leading=(t - 1.5) * spacing.cell_leading, align="left")
        self.fine_print = TextStyle(size=t, leading=t * layout.line_spacing).indented()
        self.warning = TextStyle(size=s - 2, leading=(s - 2) * 1.6)
        self.signature_line = TextStyle(size=s, leading=s * 2.4, align="left")
        self.receipt = TextStyle(size=s - 1.5, leading=(s - 1.5) * max(layout.line_spacing, 1.25), align="left")
        self.stub_line = TextStyle(size=t, leading=t * spacing.stub_leading, align="left")
        self.stub_heading = TextStyle(size=s, leading=s * spacing.stub_leading, align="center")


class _Mark(Flowable):
    """The boxed reprint mark (补打) at the top left."""

    def __init__(self, text: str, fonts: FontChain, size: float) -> None:
        super().__init__()
        self.text, self.fonts, self.size = text, fonts, size
        self.pad = size * 0.3

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = text_width(self.text, self.fonts, self.size) + 2 * self.pad
        self.height = self.size + 2 * self.pad
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(1.4)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        draw_runs(self.canv, self.pad, self.pad + self.size * 0.14, self.text, self.fonts, self.size)
        self.canv.restoreState()


class _SealArea(Flowable):
    """Issuer and date, centred under a dashed circle marking where the seal goes."""

    def __init__(self, issuer: str, date: str, fonts: FontChain, size: float) -> None:
        super().__init__()
        self.issuer, self.date, self.fonts, self.size = issuer, date, fonts, size
        self.radius = 20 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = 2 * self.radius + 1
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        middle_x, middle_y = self.width / 2, self.height / 2
        canvas.saveState()
        canvas.setStrokeColor(SEAL_GUIDE)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.6)
        canvas.circle(middle_x, middle_y, self.radius, stroke=1, fill=0)
        canvas.restoreState()
        draw_runs(canvas, middle_x, middle_y + self.size * 0.35, self.issuer, self.fonts, self.size, "center")
        draw_runs(canvas, middle_x, middle_y - self.size * 1.45, self.date, self.fonts, self.size, "center")


class _CutLine(Flowable):
    """A dashed line across the page with its instruction in a gap at the middle."""

    def __init__(self, text: str, fonts: FontChain, size: float, room: float = 2.0) -> None:
        super().__init__()
        self.text, self.fonts, self.size, self.room = text, fonts, size, room

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.size * self.room
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height / 2
        gap = text_width(self.text, self.fonts, self.size) + self.size
        left_end = (self.width - gap) / 2
        canvas.saveState()
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.7)
        canvas.line(0, y, max(left_end, 0), y)
        canvas.line(min(left_end + gap, self.width), y, self.width, y)
        canvas.restoreState()
        draw_runs(canvas, self.width / 2, y - self.size * 0.35, self.text, self.fonts, self.size, "center")


class _AtPageBottom(Flowable):
    """Its flowables pushed to the bottom of the page (the same-sheet stub).

    When they do not fit below the letter they move to the next page and stand at its
    top, since there is no letter left on that page to share the sheet with.
    """

    def __init__(self, flowables: Sequence[Flowable]) -> None:
        super().__init__()
        self.flowables = list(flowables)
        self.content_height = 0.0
        self.moved = False

    def _measure(self, availWidth: float, availHeight: float) -> float:
        total = 0.0
        for index, flowable in enumerate(self.flowables):
            _w, h = flowable.wrap(availWidth, availHeight)
            total += h + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0.0)
        return total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.content_height = self._measure(availWidth, availHeight)
        if self.content_height > availHeight:
            self.moved = True
        self.height = self.content_height if self.moved else max(self.content_height, availHeight - 1)
        return self.width, self.height

    def draw(self) -> None:
        y = self.content_height
        for index, flowable in enumerate(self.flowables):
            if index:
                y -= flowable.getSpaceBefore()
            y -= flowable.height
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()


def _stacked(flowables: Sequence[Flowable], availWidth: float, availHeight: float) -> tuple[float, list[float]]:
    """The height of ``flowables`` one under another, and each one's own height."""
    heights = [flowable.wrap(availWidth, availHeight)[1] for flowable in flowables]
    total = sum(heights)
    for index, flowable in enumerate(flowables):
        total += flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0.0)
    return total, heights


def _draw_stacked(flowables: Sequence[Flowable], heights: Sequence[float], canvas: Canvas, top: float) -> None:
    y = top
    for index, (flowable, height) in enumerate(zip(flowables, heights)):
        if index:
            y -= flowable.getSpaceBefore()
        y -= height
        flowable.drawOn(canvas, 0, y)
        y -= flowable.getSpaceAfter()


class _LetterEnd(Flowable):
    """The end of a letter and its same-sheet stub, always on one page.

    The end (the last paragraph, the signatures and seal, the receipt line) is drawn
    where the letter reaches, the stub with its cut line at the bottom of that page.
    When both do not fit below the text above they move to the next page together, so
    neither the seal nor the stub ever stands on a page without the letter's text.
    """

    def __init__(self, ending: Sequence[Flowable], stub: Sequence[Flowable], page_room: float) -> None:
        super().__init__()
        self.ending, self.stub = list(ending), list(stub)
        self.page_room = page_room
        self.ending_height = self.stub_height = 0.0
        self.ending_heights: list[float] = []
        self.stub_heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.ending_height, self.ending_heights = _stacked(self.ending, availWidth, availHeight)
        self.stub_height, self.stub_heights = _stacked(self.stub, availWidth, availHeight)
        needed = self.ending_height + self.stub_height
        self.height = max(needed, availHeight - 1) if self.stub and needed <= availHeight else needed
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.ending_height + self.stub_height <= self.page_room:
            return []  # the whole end moves to the next page
        # Longer than a page (a template with a very long closing): let it flow.
        return [*self.ending, _AtPageBottom(self.stub)] if self.stub else list(self.ending)

    def draw(self) -> None:
        _draw_stacked(self.ending, self.ending_heights, self.canv, self.height)
        _draw_stacked(self.stub, self.stub_heights, self.canv, self.stub_height)


def _flattened(flowables: Sequence[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for flowable in flowables:
        out += _flattened(flowable._content) if isinstance(flowable, KeepTogether) else [flowable]
    return out


def _footer_canvas(letter: ComposedLetter, fonts: FontSet, layout: PageLayout) -> type[Canvas]:
    """A canvas that writes "第 N 页 共 M 页" once the page count is known."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - reportlab's signature
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                text = f"{letter.number}　验证码：{letter.verification_code}　第{number}页　共{total}页"
                draw_runs(self, A4[0] / 2, layout.margin_bottom * mm / 2, text, fonts.body, 8.5, "center")
                super().showPage()
            super().save()

    return FooterCanvas


def _broken_between_fields(text: str, fonts: FontChain, size: float, width: float) -> str:
    """``text`` with a line break for each run of full-width spaces when it is wider than
    ``width``: templates separate a line's fields with them."""
    if text_width(text, fonts, size) <= width:
        return text
    return "\n".join(field for field in text.split("　") if field.strip())


class _Builder:
    def __init__(self, letter: ComposedLetter, layout: PageLayout, fonts: FontSet, spacing: Spacing,
                 page_room: float) -> None:
        self.letter, self.layout, self.fonts, self.spacing = letter, layout, fonts, spacing
        self.styles = _Styles(layout, spacing)
        self.width = A4[0] - (layout.margin_left + layout.margin_right) * mm
        self.page_room = page_room

    def gap(self, points: float) -> Spacer:
        return Spacer(0, points * self.spacing.gap)

    def table(self, rows: list[list], widths: list[float], commands: list[tuple], repeat_rows: int = 0) -> Table:
        """A table whose cell font is the letter's own: reportlab would otherwise select
        Helvetica for every cell, and the PDF would name a font it does not embed."""
        table = Table(rows, colWidths=widths, repeatRows=repeat_rows)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.fonts.body.primary.name, self.layout.table_size),
                                   *commands]))
        return table

    def text(self, text: str, style: TextStyle, heading: bool = False) -> ChineseText:
        return ChineseText(text, style, self.fonts.heading if heading else self.fonts.body)

    # -- the parts ------------------------------------------------------------------
    def header(self) -> list[Flowable]:
        letter, st = self.letter, self.styles
        left: list[Flowable] = []
        if letter.reprint_mark:
            left.append(_Mark(letter.reprint_mark, self.fonts.heading, self.layout.body_size + 4))
        if letter.reprint_note:
            left.append(self.text(letter.reprint_note, st.small))
        number = self.text(letter.number, st.number)
        row = self.table([[left or Spacer(0, 0), number]], [self.width * 0.45, self.width * 0.55],
                         [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        out: list[Flowable] = [row, self.gap(4)]
        if letter.heading:
            out.append(self.text(letter.heading, st.heading, heading=True))
        out.append(self.text(letter.title, st.title, heading=True))
        return out

    def material_widths(self, part: MaterialsPart) -> list[float]:
        """Number, form and copies as wide as their longest entry; name and requirement
        share the rest so that the rows take the fewest lines."""
        size, side = self.layout.table_size, 2 * self.spacing.cell_side + 1

        def longest(column: int) -> float:
            cells = [text_width(row[column], self.fonts.body, size) for row in part.rows]
            return max([text_width(part.columns[column], self.fonts.heading, size), *cells]) + side

        fixed = {0: longest(0), 2: min(longest(2), 36 * mm), 3: longest(3)}
        free = self.width - sum(fixed.values())
        cells = [(self.text(row[1], self.styles.cell), self.text(row[4], self.styles.cell)) for row in part.rows]

        def lines(cell: ChineseText, room: float) -> int:
            return len(cell.text) and len(break_lines(cell.text, cell._widths, room))

        def rows_lines(share: float) -> tuple[int, float]:
            name_room, requirement_room = free * share - side, free * (1 - share) - side
            total = sum(max(lines(name, name_room), lines(requirement, requirement_room), 1) for name, requirement in cells)
            return total, abs(share - 0.4)  # on a tie, the usual proportion

        heading_room = (text_width(part.columns[1], self.fonts.heading, size) + side) / free
        share = min((x / 40 for x in range(8, 25) if x / 40 >= heading_room), key=rows_lines)
        return [fixed[0], free * share, fixed[2], fixed[3], free * (1 - share)]

    def materials(self, part: MaterialsPart) -> list[Flowable]:
        st = self.styles
        heading = self.text(part.heading, st.section, heading=True)
        heading.keepWithNext = True
        if not part.rows:
            return [heading, self.text(part.empty_text or "", st.paragraph)]
        head = [self.text(c, st.cell_center, heading=True) for c in part.columns]
        body = [
            [self.text(n, st.cell_center), self.text(name, st.cell), self.text(form, st.cell_center),
             self.text(copies, st.cell_center), self.text(requirement, st.cell)]
            for n, name, form, copies, requirement in part.rows
        ]
        table = self.table([head, *body], self.material_widths(part), self._grid(header=True), repeat_rows=1)
        return [heading, table, self.gap(4)]

    def facts(self, part: FactsPart) -> list[Flowable]:
        st = self.styles
        rows = [[self.text(label, st.cell_center, heading=True), self.text(value, st.cell)] for label, value in part.rows]
        table = self.table(rows, [36 * mm, self.width - 36 * mm], self._grid(header=False))
        return [self.gap(4), table, self.gap(6)]

    def _grid(self, header: bool) -> list[tuple]:
        pad, side = self.spacing.cell_padding, self.spacing.cell_side
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (-1, -1), side),
            ("RIGHTPADDING", (0, 0), (-1, -1), side),
        ]
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL) if header else
                        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL))
        return commands

    def notes(self, part: NotesPart) -> list[Flowable]:
        out: list[Flowable] = []
        if part.heading:
            heading = self.text(part.heading, self.styles.section, heading=True)
            heading.keepWithNext = True
            out.append(heading)
        signed = any(isinstance(p, ApplicantSignaturePart) for p in self.letter.parts)
        style = self.styles.fine_print if self.spacing.small_notes and not signed else self.styles.paragraph
        out += [self.text(item, style) for item in part.items]
        return out

    def applicant_signature(self, part: ApplicantSignaturePart) -> list[Flowable]:
        style = replace(self.styles.signature_line, left_indent=self.width * 0.2)
        lines = [self.text(line, replace(style, space_before=6) if n == 0 else style)
                 for n, line in enumerate(part.lines)]
        for line in lines[:-1]:
            line.keepWithNext = True
        return lines

    def signature(self, part: SignaturePart, receipt: ReceiptPart | None = None) -> list[Flowable]:
        """The signature panel: at the left the QR code beside the officer's lines, and
        the applicant's receipt line under them; at the right, beside them, the seal over
        the issuer and date."""
        st = self.styles
        left_width = self.width * 0.6
        qr_size = self.spacing.qr_size * mm
        qr = [QRCodeFlowable(part.qr_payload, qr_size), self.text(part.qr_caption, st.small)]
        qr_width = max(qr_size, text_width(part.qr_caption, self.fonts.body, st.small.size) + 1) + 6
        lines_width = left_width - qr_width
        lines = [self.text(_broken_between_fields(line, self.fonts.body, st.left.size, lines_width), st.left)
                 for line in part.lines]
        contact = self.table([[qr, lines]], [qr_width, lines_width],
                             [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        left: list[Flowable] = [contact]
        if receipt is not None:
            left += self.receipt(receipt, left_width)
        seal = _SealArea(part.issuer, part.date, self.fonts.body, self.layout.body_size)
        row = self.table([[left, seal]], [left_width, self.width - left_width],
                         [("VALIGN", (0, 0), (0, 0), "BOTTOM"), ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        return [self.gap(3), row]

    def receipt(self, part: ReceiptPart, width: float | None = None) -> list[Flowable]:
        """The receipt line under a rule; too long for ``width`` it breaks between its
        blanks (at the full-width spaces), never inside one."""
        style = self.styles.receipt
        gap = 4 * self.spacing.gap
        rule = HRFlowable(width="100%", thickness=0.6, color=black, spaceBefore=gap + 2, spaceAfter=gap)
        return [rule, self.text(_broken_between_fields(part.text, self.fonts.body, style.size,
                                                      width or self.width), style)]

    def text_part(self, part: TextPart) -> list[Flowable]:
        st = self.styles
        if part.role == "addressee":
            return [self.text(part.text, st.addressee)]
        if part.role == "warning":
            box = self.table([[self.text(part.text, st.warning)]], [self.width],
                             [("BOX", (0, 0), (-1, -1), 0.8, black),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
            return [self.gap(2), box, self.gap(4)]
        return [self.text(part.text, st.paragraph if part.indent else st.body)]

    def stub_fields(self, lines: Sequence[str]) -> Table:
        """The stub's fields in two columns: the template separates fields on a line with
        a full-width space; a field that fits half the width shares its row with the next
        such field, a longer one has a row to itself. No number is torn across lines."""
        style = self.styles.stub_line
        half = self.width / 2
        rows: list[list] = []
        spans: list[tuple] = []
        pending: str | None = None

        def full(field: str) -> None:
            spans.append(("SPAN", (0, len(rows)), (1, len(rows))))
            rows.append([self.text(field, style), ""])

        for line in lines:
            for field in (f for f in line.split("　") if f.strip()):
                if text_width(field, self.fonts.body, style.size) + 3 > half:
                    if pending is not None:
                        rows.append([self.text(pending, style), ""])
                        pending = None
                    full(field)
                elif pending is None:
                    pending = field
                else:
                    rows.append([self.text(pending, style), self.text(field, style)])
                    pending = None
        if pending is not None:
            rows.append([self.text(pending, style), ""])
        return self.table(rows or [["", ""]], [half, half],
                          [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans])

    def stub(self, stub: StubPart) -> list[Flowable]:
        st = self.styles
        body: list[Flowable] = [
            self.text(f"{stub.heading}（{stub.title}）", st.stub_heading, heading=True),
            self.stub_fields(stub.lines),
        ]
        if stub.receipt:
            body += [self.gap(2), self.text(stub.receipt, st.stub_line)]
        if stub.placement is StubPlacement.SECOND_PAGE:
            return [PageBreak(), *body]
        return [self.gap(6), _CutLine(stub.cut_line, self.fonts.body, 9, 1.4 + 0.6 * self.spacing.gap), *body]

    def story(self) -> list[Flowable]:
        story = self.header()
        handlers = {
            TextPart: self.text_part, FactsPart: self.facts, MaterialsPart: self.materials, NotesPart: self.notes,
            ApplicantSignaturePart: self.applicant_signature, SignaturePart: self.signature, ReceiptPart: self.receipt,
        }
        signs = any(isinstance(p, ApplicantSignaturePart) for p in self.letter.parts)
        end_at: int | None = None
        parts = self.letter.parts
        for index, part in enumerate(parts):
            if isinstance(part, ReceiptPart) and index and isinstance(parts[index - 1], SignaturePart):
                continue  # printed in the signature panel
            following = parts[index + 1] if index + 1 < len(parts) else None
            if isinstance(part, SignaturePart) and isinstance(following, ReceiptPart):
                flowables = self.signature(part, following)
            else:
                flowables = handlers[type(part)](part)
            if isinstance(part, ApplicantSignaturePart) and story:
                story[-1].keepWithNext = True  # signatures stay with the text they sign
            if isinstance(part, SignaturePart) and end_at is None:
                # The seal never stands on a page without body text above it: take the
                # last flowable before it, with the chain of those kept with it.
                end_at = len(story) - 1
                while end_at > 0 and (isinstance(story[end_at], Spacer) or story[end_at - 1].getKeepWithNext()):
                    end_at -= 1
                if signs:
                    # What the applicant signs must share the page with the signatures:
                    # the last paragraph of the text above goes along with them.
                    while end_at > 0 and isinstance(story[end_at - 1], Spacer):
                        end_at -= 1
                    if end_at > 0 and isinstance(story[end_at - 1], ChineseText):
                        end_at -= 1
            story += flowables
        stub = self.letter.stub
        same_sheet = stub is not None and stub.placement is not StubPlacement.SECOND_PAGE
        if end_at is None:  # no signature block: only the stub is kept on its page
            end_at = len(story)
        ending = _flattened(story[end_at:])
        story = story[:end_at]
        story.append(_LetterEnd(ending, self.stub(stub) if stub and same_sheet else [], self.page_room))
        if stub and not same_sheet:
            story += self.stub(stub)
        return story


class _NoText:
    """What a measuring canvas hands out for a text object: it takes the calls, keeps nothing."""

    def __getattr__(self, name: str):  # noqa: ANN204 - any text-object method
        return lambda *args, **kwargs: None


class _MeasuringCanvas(Canvas):
    """A canvas that lays the pages out and draws and writes nothing: counting pages is
    all a trial setting needs, and drawing and writing (font subsets above all) are most
    of the cost of a build."""

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> _NoText:  # noqa: N802
        return _NoText()

    def drawText(self, aTextObject: object) -> None:  # noqa: N802, N803 - reportlab's names
        pass

    def line(self, *args: object, **kwargs: object) -> None:
        pass

    def lines(self, *args: object, **kwargs: object) -> None:
        pass

    def rect(self, *args: object, **kwargs: object) -> None:
        pass

    def circle(self, *args: object, **kwargs: object) -> None:
        pass

    def save(self) -> None:
        pass


def _build(letter: ComposedLetter, layout: PageLayout, spacing: Spacing, fonts: FontSet, *,
           measure: bool = False) -> tuple[bytes, int]:
    """The PDF of ``letter`` set with ``layout`` and ``spacing`` (nothing when only
    measuring), and its page count."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=layout.margin_left * mm,
        rightMargin=layout.margin_right * mm,
        topMargin=layout.margin_top * mm,
        bottomMargin=layout.margin_bottom * mm,
        title=f"{letter.title} {letter.number}",
        author=letter.author,
        subject=letter.subject,
        creator=PRODUCT_NAME,
        producer=PRODUCT_NAME,
        # Without this reportlab starts each page in Helvetica, a font it never embeds.
        initialFontName=fonts.body.primary.name,
        invariant=True,
    )
    page_room = doc.height - 12  # the frame's own padding, 6 pt above and below
    doc.build(_Builder(letter, layout, fonts, spacing, page_room).story(),
              canvasmaker=_MeasuringCanvas if measure else _footer_canvas(letter, fonts, layout))
    return buffer.getvalue(), doc.page


def _sheets(letter: ComposedLetter) -> int:
    """The pages the letter should take: one, and the stub's own page when it has one."""
    return 2 if letter.stub and letter.stub.placement is StubPlacement.SECOND_PAGE else 1


def fitted_setting(letter: ComposedLetter, layout: PageLayout, fonts: FontSet) -> tuple[PageLayout, Spacing]:
    """The setting the letter is printed with: as few pages as legible type allows.

    A letter that fits its sheet (plus the stub's own page when the stub is printed on
    another sheet) as the template sets it is printed so. Otherwise it gets the loosest
    of ``FIT_STEPS`` that prints it on as few pages as the tightest one does; when even
    that saves no page, the template's own setting, whose roomier type fills its pages
    better.
    """
    def pages(step: FitStep | None) -> int:
        setting = (layout, Spacing()) if step is None else (tightened(layout, step.layout), step.spacing)
        return _build(letter, *setting, fonts, measure=True)[1]

    loose = pages(None)
    if loose <= _sheets(letter):
        return layout, Spacing()
    fewest = pages(FIT_STEPS[-1])
    if fewest >= loose:
        return layout, Spacing()
    # The steps go from loose to tight, the pages only ever fewer: search them by halves.
    found, low, high = len(FIT_STEPS) - 1, 0, len(FIT_STEPS) - 2
    while low <= high:
        middle = (low + high) // 2
        if pages(FIT_STEPS[middle]) <= fewest:
            found, high = middle, middle - 1
        else:
            low = middle + 1
    step = FIT_STEPS[found]
    return tightened(layout, step.layout), step.spacing


def render_composed_pdf(letter: ComposedLetter, layout: PageLayout, fonts: FontSet) -> bytes:
    return _build(letter, *fitted_setting(letter, layout, fonts), fonts)[0]
