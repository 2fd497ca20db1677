"""Letters as Word documents (python-docx), for centres that edit or archive them in Word.

The DOCX is laid out from the same composed parts as the PDF, so it says the same words
in the same order, and with the type sizes, spacing and margins the PDF settled on, so a
letter the PDF fits on one sheet is set as tightly in Word. Word paginates by itself: the
end of the letter (its last paragraph, the signatures, the receipt line and a same-sheet
stub) is chained with keep-with-next and its rows may not split, so it moves to the next
page as one block rather than leaving the seal or the stub on a page of their own. Word picks the font of CJK text from the East Asian slot of a run's
font setting (``w:eastAsia``), not from the name most programs show, so every run sets
all slots: 仿宋 for the body and 黑体 for headings, and 宋体-ExtB for characters beyond
the Basic Multilingual Plane (𠮷), which is where Windows keeps them.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from lxml import etree
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

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
from app.documents.fonts import FontSet, load_fonts
from app.documents.pdf import fitted_setting
from app.documents.qr import qr_png
from app.documents.templates import LetterTemplate, PageLayout, StubPlacement
from app.domain.letters import LetterContent

BODY_FONT = ("仿宋", "FangSong")  # (East Asian name, Latin name) of the same family
HEADING_FONT = ("黑体", "SimHei")
SUPPLEMENTARY_FONT = "SimSun-ExtB"

# How each named font is described in the font table, so that a desktop without it (a
# UOS or Kylin laptop, LibreOffice, WPS) substitutes a Chinese font of the same kind
# instead of a Latin one: the GB2312 character set (0x86), the family and pitch, and the
# English name as the alternative. (name, alternative name, PANOSE, family, pitch)
FONT_TABLE = (
    ("仿宋", "FangSong", "02010609060101010101", "modern", "fixed"),
    ("黑体", "SimHei", "02010609060101010101", "modern", "fixed"),
    ("SimSun-ExtB", "宋体-ExtB", "02010609060101010101", "modern", "fixed"),
)
GB2312_CHARSET = "86"
A4_WIDTH_MM, A4_HEIGHT_MM = 210, 297
CENTER, LEFT, RIGHT, JUSTIFY = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT,
                                WD_ALIGN_PARAGRAPH.JUSTIFY)


def render_docx(content: LetterContent, template: LetterTemplate, *, stub: StubPlacement | None = None,
                fonts: FontSet | None = None) -> bytes:
    """The letter as DOCX bytes; ``stub`` overrides the template's stub choice; ``fonts``
    are those the PDF is measured with to choose the type sizes."""
    letter = compose(content, template, stub)
    layout = fitted_setting(letter, template.layout, fonts or load_fonts())[0]
    return render_composed_docx(letter, layout)


def _set_fonts(r_pr: OxmlElement, east_asian: str, latin: str) -> None:
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for slot, name in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asian), ("w:cs", latin)):
        fonts.set(qn(slot), name)
    fonts.set(qn("w:hint"), "eastAsia")


def _pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` cut where it enters or leaves the planes beyond U+FFFF."""
    pieces: list[tuple[str, bool]] = []
    for char in text:
        beyond = ord(char) > 0xFFFF
        if pieces and pieces[-1][1] == beyond:
            pieces[-1] = (pieces[-1][0] + char, beyond)
        else:
            pieces.append((char, beyond))
    return pieces


# What may follow w:pBdr inside w:pPr; Word rejects a paragraph whose properties are
# out of the schema's order, so the border goes in before the first of these.
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)


def _paragraph_border(paragraph: Paragraph, sides: dict[str, str]) -> None:
    """Rules on the given sides of a paragraph (``{"top": "dashed"}``)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = p_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = p_pr.insert_element_before(OxmlElement("w:pBdr"), *_AFTER_BORDER)
    for side in ("top", "left", "bottom", "right"):
        if side not in sides:
            continue
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), sides[side])
        edge.set(qn("w:sz"), "6")
        edge.set(qn("w:space"), "4")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)


def _keep_together(document: DocumentObject, elements: list) -> None:
    """Chain ``elements`` (paragraphs and tables of the body) so Word keeps them on one page:
    every paragraph kept with the next and whole, every table row unsplit."""
    paragraphs = []
    for index, element in enumerate(elements):
        if element.tag == qn("w:p"):
            paragraphs.append(element)
        elif element.tag == qn("w:tbl"):
            rows = list(element.iter(qn("w:tr")))
            if index == 0:  # a table above the signatures: its last row goes with them
                rows = rows[-1:]
            for row in rows:
                tr_pr = row.get_or_add_trPr()
                if tr_pr.find(qn("w:cantSplit")) is None:
                    tr_pr.append(OxmlElement("w:cantSplit"))
                paragraphs += list(row.iter(qn("w:p")))
    for index, element in enumerate(paragraphs):
        fmt = Paragraph(element, document).paragraph_format
        fmt.keep_together = True
        if index < len(paragraphs) - 1:
            fmt.keep_with_next = True


class _Writer:
    def __init__(self, letter: ComposedLetter, layout: PageLayout) -> None:
        self.letter, self.layout = letter, layout
        self.doc: DocumentObject = Document()
        self.text_width_mm = A4_WIDTH_MM - layout.margin_left - layout.margin_right
        self._setup()

    # -- document set-up ----------------------------------------------------------------
    def _declare_fonts(self) -> None:
        """Describe the fonts the runs name in the font table, replacing any same-named entry."""
        part = next(rel.target_part for rel in self.doc.part.rels.values() if rel.reltype.endswith("/fontTable"))
        table = etree.fromstring(part.blob)
        for name, alt, panose, family, pitch in FONT_TABLE:
            for old in table.findall(qn("w:font")):
                if old.get(qn("w:name")) == name:
                    table.remove(old)
            font = etree.SubElement(table, qn("w:font"))
            font.set(qn("w:name"), name)
            for tag, value in (("w:altName", alt), ("w:panose1", panose), ("w:charset", GB2312_CHARSET),
                               ("w:family", family), ("w:pitch", pitch)):
                etree.SubElement(font, qn(tag)).set(qn("w:val"), value)
        part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _setup(self) -> None:
        layout = self.layout
        self._declare_fonts()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(A4_WIDTH_MM), Mm(A4_HEIGHT_MM)
        section.top_margin, section.bottom_margin = Mm(layout.margin_top), Mm(layout.margin_bottom)
        section.left_margin, section.right_margin = Mm(layout.margin_left), Mm(layout.margin_right)
        section.footer_distance = Mm(layout.margin_bottom / 2 - 2)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(layout.body_size)
        r_pr = normal.element.get_or_add_rPr()
        _set_fonts(r_pr, *BODY_FONT)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "zh-CN")
        lang.set(qn("w:eastAsia"), "zh-CN")
        r_pr.append(lang)
        fmt = normal.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(layout.body_size * layout.line_spacing)
        properties = self.doc.core_properties
        properties.title = f"{self.letter.title} {self.letter.number}"
        properties.author = properties.last_modified_by = self.letter.author
        properties.subject = self.letter.subject
        properties.comments = ""
        properties.keywords = self.letter.verification_code
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
        properties.created = properties.modified = now
        properties.revision = 1

    # -- text -----------------------------------------------------------------------------
    def runs(self, paragraph: Paragraph, text: str, size: float, heading: bool = False, bold: bool = False) -> None:
        east_asian, latin = HEADING_FONT if heading else BODY_FONT
        for piece, beyond in _pieces(text):
            run = paragraph.add_run(piece)
            run.font.size = Pt(size)
            run.font.bold = bold or None
            r_pr = run._r.get_or_add_rPr()
            if beyond:
                _set_fonts(r_pr, SUPPLEMENTARY_FONT, SUPPLEMENTARY_FONT)
            else:
                _set_fonts(r_pr, east_asian, latin)

    def paragraph(self, text: str, *, size: float | None = None, align: WD_ALIGN_PARAGRAPH = JUSTIFY,
                  indent: bool = False, heading: bool = False, leading: float | None = None,
                  space_before: float = 0, container: DocumentObject | _Cell | None = None) -> Paragraph:
        size = size or self.layout.body_size
        paragraph = (container or self.doc).add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.alignment = align
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(leading or size * self.layout.line_spacing)
        fmt.space_before = Pt(space_before)
        fmt.space_after = Pt(0)
        if indent:
            fmt.first_line_indent = Pt(size * 2)
        self.runs(paragraph, text, size, heading)
        return paragraph

    def cell_text(self, cell: _Cell, text: str, align: WD_ALIGN_PARAGRAPH = LEFT, heading: bool = False) -> None:
        size = self.layout.table_size
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.alignment = align
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        paragraph.paragraph_format.line_spacing = Pt(size * 1.4)
        self.runs(paragraph, text, size, heading)

    # -- tables ---------------------------------------------------------------------------
    def table(self, rows: int, widths_mm: list[float], grid: bool = True) -> Table:
        table = self.doc.add_table(rows=rows, cols=len(widths_mm))
        if grid:
            table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, widths_mm):
            column.width = Mm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_mm):
                cell.width = Mm(width)
        return table

    @staticmethod
    def shade(cell: _Cell) -> None:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), "E6E6E6")
        cell._tc.get_or_add_tcPr().append(shading)

    @staticmethod
    def repeat_header(table: Table) -> None:
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        tr_pr.append(header)
        for row in table.rows:
            cant_split = OxmlElement("w:cantSplit")
            row._tr.get_or_add_trPr().append(cant_split)

    # -- the parts ------------------------------------------------------------------------
    def header(self) -> None:
        letter, layout = self.letter, self.layout
        if letter.reprint_mark:
            mark = self.paragraph(letter.reprint_mark, size=layout.body_size + 4, align=LEFT, heading=True)
            for run in mark.runs:
                box = OxmlElement("w:bdr")
                for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "000000")):
                    box.set(qn(key), value)
                run._r.get_or_add_rPr().append(box)
        if letter.reprint_note:
            self.paragraph(letter.reprint_note, size=layout.table_size - 1.5, align=LEFT)
        self.paragraph(letter.number, size=layout.body_size - 2, align=RIGHT)
        if letter.heading:
            self.paragraph(letter.heading, size=layout.heading_size, align=CENTER, heading=True,
                           leading=layout.heading_size * 1.5, space_before=4)
        title = self.paragraph(letter.title, size=layout.title_size, align=CENTER, heading=True,
                               leading=layout.title_size * 1.5)
        title.paragraph_format.space_after = Pt(layout.title_size * 0.4)

    def section_heading(self, text: str) -> None:
        paragraph = self.paragraph(text, align=LEFT, heading=True, space_before=self.layout.body_size * 0.3)
        paragraph.paragraph_format.keep_with_next = True

    def materials(self, part: MaterialsPart) -> None:
        self.section_heading(part.heading)
        if not part.rows:
            self.paragraph(part.empty_text or "", indent=True)
            return
        free = self.text_width_mm - 13 - 28 - 13
        widths = [13, free * 0.44, 28, 13, free * 0.56]
        table = self.table(len(part.rows) + 1, widths)
        for cell, column in zip(table.rows[0].cells, part.columns):
            self.cell_text(cell, column, CENTER, heading=True)
            self.shade(cell)
        aligns = (CENTER, LEFT, CENTER, CENTER, LEFT)
        for row, values in zip(table.rows[1:], part.rows):
            for cell, value, align in zip(row.cells, values, aligns):
                self.cell_text(cell, value, align)
        self.repeat_header(table)

    def facts(self, part: FactsPart) -> None:
        table = self.table(len(part.rows), [36, self.text_width_mm - 36])
        for row, (label, value) in zip(table.rows, part.rows):
            self.cell_text(row.cells[0], label, CENTER, heading=True)
            self.shade(row.cells[0])
            self.cell_text(row.cells[1], value)

    def notes(self, part: NotesPart) -> None:
        if part.heading:
            self.section_heading(part.heading)
        for item in part.items:
            self.paragraph(item, indent=True)

    def applicant_signature(self, part: ApplicantSignaturePart) -> None:
        for line in part.lines:
            paragraph = self.paragraph(line, align=LEFT, leading=self.layout.body_size * 2.4)
            paragraph.paragraph_format.left_indent = Mm(self.text_width_mm * 0.2)
            paragraph.paragraph_format.keep_with_next = True

    def signature(self, part: SignaturePart) -> None:
        for line in part.lines:
            self.paragraph(line, align=LEFT).paragraph_format.keep_with_next = True
        table = self.table(1, [self.text_width_mm * 0.42, self.text_width_mm * 0.58], grid=False)
        left, right = table.rows[0].cells
        picture = left.paragraphs[0]
        picture.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        picture.add_run().add_picture(io.BytesIO(qr_png(part.qr_payload)), width=Mm(25))
        self.paragraph(part.qr_caption, size=self.layout.table_size - 1.5, align=LEFT, container=left)
        issuer = right.paragraphs[0]
        issuer.paragraph_format.alignment = CENTER
        issuer.paragraph_format.space_before = Pt(self.layout.body_size * 2)
        self.runs(issuer, part.issuer, self.layout.body_size)
        self.paragraph(part.date, align=CENTER, container=right)

    def receipt(self, part: ReceiptPart) -> None:
        paragraph = self.paragraph(part.text, size=self.layout.body_size - 1.5, align=LEFT, space_before=8)
        _paragraph_border(paragraph, {"top": "single"})

    def text_part(self, part: TextPart) -> None:
        if part.role == "addressee":
            self.paragraph(part.text, align=LEFT, space_before=self.layout.body_size * 0.5)
        elif part.role == "warning":
            paragraph = self.paragraph(part.text, size=self.layout.body_size - 2, space_before=4,
                                       leading=(self.layout.body_size - 2) * 1.6)
            _paragraph_border(paragraph, {"top": "single", "left": "single", "bottom": "single", "right": "single"})
        else:
            self.paragraph(part.text, indent=part.indent)

    def stub(self, stub: StubPart) -> None:
        size = self.layout.table_size
        if stub.placement is StubPlacement.SAME_SHEET:
            cut = self.paragraph(stub.cut_line, size=9, align=CENTER, space_before=24)
            _paragraph_border(cut, {"top": "dashed"})
        heading = self.paragraph(stub.heading, size=self.layout.body_size + 1, align=CENTER, heading=True,
                                 leading=(self.layout.body_size + 1) * 1.5)
        heading.paragraph_format.page_break_before = stub.placement is StubPlacement.SECOND_PAGE
        self.paragraph(stub.title, size=size, align=CENTER, leading=size * 1.6)
        for line in stub.lines:
            self.paragraph(line, size=size, align=LEFT, leading=size * 1.6)
        if stub.receipt:
            self.paragraph(stub.receipt, size=size, align=LEFT, leading=size * 1.6, space_before=4)

    def footer(self) -> None:
        paragraph = self.doc.sections[0].footer.paragraphs[0]
        paragraph.paragraph_format.alignment = CENTER
        size = 8.5
        self.runs(paragraph, f"{self.letter.number}　验证码：{self.letter.verification_code}　第", size)
        self._field(paragraph, "PAGE", size)
        self.runs(paragraph, "页　共", size)
        self._field(paragraph, "NUMPAGES", size)
        self.runs(paragraph, "页", size)

    def _field(self, paragraph: Paragraph, code: str, size: float) -> None:
        for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
            run = paragraph.add_run()
            run.font.size = Pt(size)
            _set_fonts(run._r.get_or_add_rPr(), *BODY_FONT)
            if kind:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)
            elif text.startswith(" "):
                instruction = OxmlElement("w:instrText")
                instruction.set(qn("xml:space"), "preserve")
                instruction.text = text
                run._r.append(instruction)
            else:
                run.text = text

    def write(self) -> bytes:
        self.header()
        handlers = {
            TextPart: self.text_part, FactsPart: self.facts, MaterialsPart: self.materials, NotesPart: self.notes,
            ApplicantSignaturePart: self.applicant_signature, SignaturePart: self.signature, ReceiptPart: self.receipt,
        }
        body = self.doc.element.body
        end_from: int | None = None
        for part in self.letter.parts:
            if isinstance(part, (ApplicantSignaturePart, SignaturePart)) and end_from is None:
                # The paragraph above the signatures goes with them.
                end_from = max(len(body) - 1 - (1 if body[-1].tag == qn("w:sectPr") else 0), 0)
            handlers[type(part)](part)
        stub = self.letter.stub
        if stub and stub.placement is StubPlacement.SAME_SHEET:
            self.stub(stub)
        if end_from is not None:
            _keep_together(self.doc, list(body)[end_from:])
        if stub and stub.placement is StubPlacement.SECOND_PAGE:
            self.stub(stub)
        self.footer()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def render_composed_docx(letter: ComposedLetter, layout: PageLayout) -> bytes:
    return _Writer(letter, layout).write()
