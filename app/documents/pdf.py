"""Letters as A4 PDF (reportlab), every font an embedded TrueType subset.

The layout follows the notices centres hand out: the document number top right, the
centre's name and the title centred, the body in the 仿宋-like font with headings in the
黑体-like one, ruled tables for materials (their heading row repeated on every page),
the officer's contact, a QR code with its verification code beside the issuer's name and
date where the seal goes, the applicant's receipt line, and the stub below a cut line or
on its own page. Every page carries the document number and "page N of M".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

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
from app.documents.textflow import ChineseText, TextStyle, text_width
from app.domain.letters import LetterContent

GRID = Color(0, 0, 0)
HEADER_FILL = Color(0.9, 0.9, 0.9)
SEAL_GUIDE = Color(0.55, 0.55, 0.55)


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
    def __init__(self, layout: PageLayout) -> None:
        s, t = layout.body_size, layout.table_size
        lead = s * layout.line_spacing
        self.body = TextStyle(size=s, leading=lead)
        self.paragraph = self.body.indented()
        self.left = TextStyle(size=s, leading=lead, align="left")
        self.section = TextStyle(size=s, leading=lead, align="left", space_before=s * 0.3)
        self.addressee = TextStyle(size=s, leading=lead, align="left", space_before=s * 0.5)
        self.heading = TextStyle(size=layout.heading_size, leading=layout.heading_size * 1.5, align="center")
        self.title = TextStyle(size=layout.title_size, leading=layout.title_size * 1.5, align="center",
                               space_after=layout.title_size * 0.4)
        self.number = TextStyle(size=s - 2, leading=(s - 2) * 1.5, align="right")
        self.cell = TextStyle(size=t, leading=t * 1.4, align="left")
        self.cell_center = replace(self.cell, align="center")
        self.small = TextStyle(size=t - 1.5, leading=(t - 1.5) * 1.4, align="left")
        self.warning = TextStyle(size=s - 2, leading=(s - 2) * 1.6)
        self.signature_line = TextStyle(size=s, leading=s * 2.4, align="left")
        self.receipt = TextStyle(size=s - 1.5, leading=(s - 1.5) * 1.6, align="left")
        self.stub_line = TextStyle(size=t, leading=t * 1.5, align="left")
        self.stub_heading = TextStyle(size=s + 1, leading=(s + 1) * 1.5, align="center")


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
        self.height = 2 * self.radius + 4
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

    def __init__(self, text: str, fonts: FontChain, size: float) -> None:
        super().__init__()
        self.text, self.fonts, self.size = text, fonts, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.size * 2.2
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


class _Builder:
    def __init__(self, letter: ComposedLetter, layout: PageLayout, fonts: FontSet) -> None:
        self.letter, self.layout, self.fonts = letter, layout, fonts
        self.styles = _Styles(layout)
        self.width = A4[0] - (layout.margin_left + layout.margin_right) * mm

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
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        out: list[Flowable] = [row, Spacer(0, 4)]
        if letter.heading:
            out.append(self.text(letter.heading, st.heading, heading=True))
        out.append(self.text(letter.title, st.title, heading=True))
        return out

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
        fixed = [13 * mm, 0, 28 * mm, 13 * mm, 0]
        free = self.width - sum(fixed)
        widths = [fixed[0], free * 0.44, fixed[2], fixed[3], free * 0.56]
        table = self.table([head, *body], widths, self._grid(header=True), repeat_rows=1)
        return [heading, table, Spacer(0, 4)]

    def facts(self, part: FactsPart) -> list[Flowable]:
        st = self.styles
        rows = [[self.text(label, st.cell_center, heading=True), self.text(value, st.cell)] for label, value in part.rows]
        table = self.table(rows, [36 * mm, self.width - 36 * mm], self._grid(header=False))
        return [Spacer(0, 4), table, Spacer(0, 6)]

    def _grid(self, header: bool) -> list[tuple]:
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
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
        out += [self.text(item, self.styles.paragraph) for item in part.items]
        return out

    def applicant_signature(self, part: ApplicantSignaturePart) -> list[Flowable]:
        style = replace(self.styles.signature_line, left_indent=self.width * 0.2)
        lines = [self.text(line, replace(style, space_before=6) if n == 0 else style)
                 for n, line in enumerate(part.lines)]
        for line in lines[:-1]:
            line.keepWithNext = True
        return lines

    def signature(self, part: SignaturePart) -> list[Flowable]:
        st = self.styles
        lines: list[Flowable] = [self.text(line, st.left) for line in part.lines]
        qr = [QRCodeFlowable(part.qr_payload, 25 * mm), self.text(part.qr_caption, st.small)]
        seal = _SealArea(part.issuer, part.date, self.fonts.body, self.layout.body_size)
        row = self.table([[qr, seal]], [self.width * 0.42, self.width * 0.58],
                         [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2)])
        return [Spacer(0, 4), *lines, row]

    def receipt(self, part: ReceiptPart) -> list[Flowable]:
        rule = HRFlowable(width="100%", thickness=0.6, color=black, spaceBefore=4, spaceAfter=4)
        return [KeepTogether([rule, self.text(part.text, self.styles.receipt)])]

    def text_part(self, part: TextPart) -> list[Flowable]:
        st = self.styles
        if part.role == "addressee":
            return [self.text(part.text, st.addressee)]
        if part.role == "warning":
            box = self.table([[self.text(part.text, st.warning)]], [self.width],
                             [("BOX", (0, 0), (-1, -1), 0.8, black),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
            return [Spacer(0, 2), box, Spacer(0, 4)]
        return [self.text(part.text, st.paragraph if part.indent else st.body)]

    def stub(self, stub: StubPart) -> list[Flowable]:
        st = self.styles
        body: list[Flowable] = [
            self.text(stub.heading, st.stub_heading, heading=True),
            self.text(stub.title, replace(st.stub_line, align="center")),
            *[self.text(line, st.stub_line) for line in stub.lines],
        ]
        if stub.receipt:
            body += [Spacer(0, 4), self.text(stub.receipt, st.stub_line)]
        if stub.placement is StubPlacement.SECOND_PAGE:
            return [PageBreak(), *body]
        return [_AtPageBottom([Spacer(0, 6), _CutLine(stub.cut_line, self.fonts.body, 9), *body])]

    def story(self) -> list[Flowable]:
        story = self.header()
        handlers = {
            TextPart: self.text_part, FactsPart: self.facts, MaterialsPart: self.materials, NotesPart: self.notes,
            ApplicantSignaturePart: self.applicant_signature, SignaturePart: self.signature, ReceiptPart: self.receipt,
        }
        for part in self.letter.parts:
            flowables = handlers[type(part)](part)
            if isinstance(part, ApplicantSignaturePart) and story:
                story[-1].keepWithNext = True  # signatures stay with the text they sign
            if isinstance(part, SignaturePart):
                # The seal never stands on a page without body text above it: take the
                # last flowable before it, with the chain of those kept with it.
                kept = [story.pop()]
                while story and (isinstance(kept[0], Spacer) or story[-1].getKeepWithNext()):
                    kept.insert(0, story.pop())
                if any(isinstance(p, ApplicantSignaturePart) for p in self.letter.parts):
                    # What the applicant signs must share the page with the signatures:
                    # the last paragraph of the text above goes along with them.
                    while story and isinstance(story[-1], Spacer):
                        kept.insert(0, story.pop())
                    if story and isinstance(story[-1], ChineseText):
                        kept.insert(0, story.pop())
                flowables = [KeepTogether(kept + flowables)]
            story += flowables
        if self.letter.stub:
            story += self.stub(self.letter.stub)
        return story


def render_composed_pdf(letter: ComposedLetter, layout: PageLayout, fonts: FontSet) -> bytes:
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
    doc.build(_Builder(letter, layout, fonts).story(), canvasmaker=_footer_canvas(letter, fonts, layout))
    return buffer.getvalue()
