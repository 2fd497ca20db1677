"""Letters as DOCX: the same words as the PDF, in fonts Word will pick for Chinese."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import docx
import pytest
from lxml import etree
from letter_reading import docx_text, pdf_text, squash
from docx.oxml.ns import qn
from docx.shared import Mm
from letter_samples import MISSING, PERSON, RARE_NAME, sample_content

from app.documents.compose import compose, printed_texts
from app.documents.docx import BODY_FONT, HEADING_FONT, SUPPLEMENTARY_FONT, render_docx
from app.documents.pdf import render_pdf
from app.documents.templates import StubPlacement
from app.domain.letters import LetterKind, chinese_date, verification_code


@pytest.fixture(scope="module")
def documents(templates) -> dict[LetterKind, bytes]:
    return {kind: render_docx(sample_content(kind), templates[kind]) for kind in LetterKind}


@pytest.mark.parametrize("kind", list(LetterKind))
def test_docx_says_what_the_pdf_says(kind: LetterKind, documents, templates, fonts) -> None:
    content = sample_content(kind)
    in_docx = docx_text(documents[kind])
    in_pdf = pdf_text(render_pdf(content, templates[kind], fonts=fonts))
    for piece in printed_texts(compose(content, templates[kind])):
        assert squash(piece) in in_docx, piece
        assert squash(piece) in in_pdf, piece


def test_docx_holds_name_materials_and_deadline(documents) -> None:
    content = sample_content(LetterKind.ONE_TIME_NOTICE)
    text = docx_text(documents[LetterKind.ONE_TIME_NOTICE])
    assert RARE_NAME in text
    for material in MISSING:
        assert material.name in text and material.requirement in text
    assert chinese_date(content.supply_deadline) in text
    assert verification_code(content) in text


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_run_sets_the_east_asian_font(kind: LetterKind, documents) -> None:
    document = docx.Document(io.BytesIO(documents[kind]))
    runs = [run for p in document.paragraphs for run in p.runs]
    runs += [run for t in document.tables for row in t.rows for cell in row.cells
             for p in cell.paragraphs for run in p.runs]
    runs = [run for run in runs if run.text]  # the QR picture's run holds no text
    assert runs
    used = set()
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts is not None, run.text
        east_asian = fonts.get(qn("w:eastAsia"))
        used.add(east_asian)
        if any(ord(ch) > 0xFFFF for ch in run.text):
            assert east_asian == SUPPLEMENTARY_FONT, run.text
        else:
            assert east_asian in (BODY_FONT[0], HEADING_FONT[0]), run.text
    assert {BODY_FONT[0], HEADING_FONT[0]} <= used
    defaults = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsia")) == BODY_FONT[0]


def test_font_table_describes_each_chinese_font_for_substitution(documents) -> None:
    """A desktop without 仿宋 or 黑体 picks a Chinese font of the same kind, not a Latin one."""
    with zipfile.ZipFile(io.BytesIO(documents[LetterKind.ONE_TIME_NOTICE])) as archive:
        table = etree.fromstring(archive.read("word/fontTable.xml"))
    described = {font.get(qn("w:name")): font for font in table.findall(qn("w:font"))}
    for name, alternative in (BODY_FONT, HEADING_FONT, (SUPPLEMENTARY_FONT, "宋体-ExtB")):
        font = described[name]
        assert font.find(qn("w:charset")).get(qn("w:val")) == "86"  # GB2312
        assert font.find(qn("w:altName")).get(qn("w:val")) == alternative
        assert font.find(qn("w:family")).get(qn("w:val")) == "modern"
    assert [f.get(qn("w:name")) for f in table.findall(qn("w:font"))].count(BODY_FONT[0]) == 1


def test_rare_characters_beyond_the_basic_plane_get_their_own_font(documents) -> None:
    document = docx.Document(io.BytesIO(documents[LetterKind.ONE_TIME_NOTICE]))
    addressee = next(p for p in document.paragraphs if p.text.startswith(RARE_NAME))
    pieces = [(run.text, run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))) for run in addressee.runs]
    assert pieces[0] == ("𠮷", SUPPLEMENTARY_FONT)
    assert pieces[1] == ("䶮堃喆：", BODY_FONT[0])


def test_user_text_with_markup_characters_prints_exactly(templates) -> None:
    name = "张&<三>\"李'"
    reason = "材料<复印件>与原件不符 & 签名\"不一致\"，'存疑'"
    content = sample_content(LetterKind.REFUSAL, applicant=replace(PERSON, name=name), reason=reason)
    text = docx_text(render_docx(content, templates[LetterKind.REFUSAL]))
    assert squash(name) in text and squash(reason) in text
    assert "&amp;" not in text


def test_page_is_a4_with_the_layout_margins(documents, templates) -> None:
    section = docx.Document(io.BytesIO(documents[LetterKind.ACCEPTANCE])).sections[0]
    layout = templates[LetterKind.ACCEPTANCE].layout
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert abs(section.left_margin - Mm(layout.margin_left)) < Mm(0.1)
    assert abs(section.top_margin - Mm(layout.margin_top)) < Mm(0.1)


def test_materials_table_repeats_its_heading_row(documents) -> None:
    document = docx.Document(io.BytesIO(documents[LetterKind.REMINDER]))
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "材料名称")
    header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
    assert header is not None and header.get(qn("w:val")) == "true"
    assert [row.cells[1].text for row in table.rows[1:]] == [m.name for m in MISSING]


def test_qr_code_is_a_picture_and_the_footer_counts_pages(documents) -> None:
    document = docx.Document(io.BytesIO(documents[LetterKind.ACCEPTANCE]))
    assert len(document.inline_shapes) == 1
    assert round(document.inline_shapes[0].width.mm) == 25
    footer = document.sections[0].footer._element.xml
    assert "NUMPAGES" in footer and " PAGE " in footer


def test_stub_follows_the_choice(templates) -> None:
    kind = LetterKind.ACCEPTANCE
    content = sample_content(kind)
    assert "存根联" not in docx_text(render_docx(content, templates[kind], stub=StubPlacement.NONE))
    second = docx.Document(io.BytesIO(render_docx(content, templates[kind], stub=StubPlacement.SECOND_PAGE)))
    heading = next(p for p in second.paragraphs if squash(p.text) == "存根联")
    assert heading.paragraph_format.page_break_before
    same = render_docx(content, templates[kind], stub=StubPlacement.SAME_SHEET)
    assert "沿此线剪开" in docx_text(same)


def test_reprint_mark_and_unconfirmed_note(templates) -> None:
    import datetime as dt

    kind = LetterKind.TOLERANT_ACCEPTANCE
    content = sample_content(kind, reprint=True, reprint_of=dt.date(2026, 11, 19), deadline_confirmed=False)
    text = docx_text(render_docx(content, templates[kind]))
    assert "补打" in text and "原件打印日期：2026年11月19日" in text
    assert "法定节假日安排尚未公布" in text


# Children of w:pPr and w:rPr in the order the WordprocessingML schema requires; Word
# refuses to open a document whose properties are out of order (LibreOffice does not mind).
PARAGRAPH_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
    "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)
RUN_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
    "lang", "eastAsianLayout", "specVanish", "oMath",
)


@pytest.mark.parametrize("kind", list(LetterKind))
def test_properties_are_in_schema_order(kind: LetterKind, templates) -> None:
    import datetime as dt

    content = sample_content(kind, reprint=True, reprint_of=dt.date(2026, 11, 19), deadline_confirmed=False)
    document = docx.Document(io.BytesIO(render_docx(content, templates[kind], stub=StubPlacement.SAME_SHEET)))
    parts = [document.element, document.styles.element, document.sections[0].footer._element]
    for root in parts:
        for tag, order in (("w:pPr", PARAGRAPH_ORDER), ("w:rPr", RUN_ORDER)):
            for properties in root.iter(qn(tag)):
                names = [child.tag.split("}")[1] for child in properties]
                positions = [order.index(name) for name in names if name in order]
                assert positions == sorted(positions), f"{tag} children out of order: {names}"
