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
from app.documents.fonts import load_fonts
from app.documents.pdf import fitted_setting, render_pdf
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


def test_page_is_a4_with_the_margins_the_pdf_was_set_with(documents, templates) -> None:
    content = sample_content(LetterKind.ACCEPTANCE)
    layout = fitted_setting(compose(content, templates[LetterKind.ACCEPTANCE]), templates[LetterKind.ACCEPTANCE].layout,
                    load_fonts())[0]
    section = docx.Document(io.BytesIO(documents[LetterKind.ACCEPTANCE])).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert abs(section.left_margin - Mm(layout.margin_left)) < Mm(0.1)
    assert abs(section.top_margin - Mm(layout.margin_top)) < Mm(0.1)


def test_a_short_letter_keeps_the_template_s_layout(templates) -> None:
    content = sample_content(LetterKind.REFUSAL, materials_received=(), reason="申请人户籍不在本镇辖区。")
    template = templates[LetterKind.REFUSAL]
    document = docx.Document(io.BytesIO(render_docx(content, template)))
    section = document.sections[0]
    assert abs(section.left_margin - Mm(template.layout.margin_left)) < Mm(0.1)
    assert document.styles["Normal"].font.size.pt == template.layout.body_size


def test_the_end_of_the_letter_and_its_stub_are_chained_onto_one_page(templates) -> None:
    """Word paginates by itself; the last paragraph, the signature panel, the receipt line
    and the same-sheet stub are kept with each other, so none of them stands alone."""
    kind = LetterKind.ONE_TIME_NOTICE
    content = sample_content(kind)
    document = docx.Document(io.BytesIO(render_docx(content, templates[kind], stub=StubPlacement.SAME_SHEET)))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    last_note = next(i for i, p in enumerate(paragraphs) if p.text.startswith("3．"))
    for paragraph in paragraphs[last_note:-1]:
        assert paragraph.paragraph_format.keep_with_next, paragraph.text
        assert paragraph.paragraph_format.keep_together, paragraph.text
    assert "存根联" in squash(paragraphs[-1].text) or "签收" in paragraphs[-1].text
    # The body above is free to break across pages.
    assert not paragraphs[last_note - 1].paragraph_format.keep_with_next
    signature_rows = [row for table in document.tables for row in table.rows
                      if len(row.cells) == 2 and chinese_date(content.issue_date) in row.cells[1].text]
    assert signature_rows and all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in signature_rows)


def test_a_second_page_stub_is_not_chained_to_the_letter(templates) -> None:
    kind = LetterKind.ACCEPTANCE
    document = docx.Document(io.BytesIO(render_docx(sample_content(kind), templates[kind],
                                                    stub=StubPlacement.SECOND_PAGE)))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    stub_heading = next(i for i, p in enumerate(paragraphs) if squash(p.text) == "存根联")
    assert paragraphs[stub_heading].paragraph_format.page_break_before
    assert not paragraphs[stub_heading - 1].paragraph_format.keep_with_next


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
