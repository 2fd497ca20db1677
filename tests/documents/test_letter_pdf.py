"""Letters as PDF, read back as an applicant and a records clerk would."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from letter_reading import pdf_pages, pdf_text, pdffonts_rows, squash
from letter_samples import ENTERPRISE, MISSING, PERSON, RARE_NAME, sample_content

from app.documents.compose import ApplicantSignaturePart, NotesPart, SignaturePart, compose, printed_texts
from app.documents.pdf import FIT_STEPS, FLOORS, render_pdf, tightened
from app.documents.templates import StubPlacement
from app.documents.textflow import NO_LINE_START
from app.domain.letters import LetterKind, MaterialLine, chinese_date, verification_code

KINDS_WITH_SUPPLY_DEADLINE = (LetterKind.ONE_TIME_NOTICE, LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT,
                              LetterKind.REMINDER)
KINDS_WITH_MISSING = (LetterKind.ONE_TIME_NOTICE, LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT,
                      LetterKind.REMINDER, LetterKind.TERMINATION)


@pytest.fixture(scope="module")
def letters(templates, fonts) -> dict[LetterKind, bytes]:
    return {kind: render_pdf(sample_content(kind), templates[kind], fonts=fonts) for kind in LetterKind}


@pytest.mark.parametrize("kind", list(LetterKind))
def test_letter_text_holds_name_materials_deadline_and_number(kind: LetterKind, letters, templates) -> None:
    content = sample_content(kind)
    text = pdf_text(letters[kind])
    assert text.startswith(squash(content.number)) or squash(content.number) in text
    assert templates[kind].title in text
    if kind is LetterKind.COMMITMENT:
        assert squash(ENTERPRISE.name) in text and "张𠮷" in text and ENTERPRISE.id_number in text
    else:
        assert RARE_NAME in text
    if kind in KINDS_WITH_MISSING:
        for material in MISSING:
            assert squash(material.name) in text, material.name
            assert squash(material.requirement) in text
    if kind in KINDS_WITH_SUPPLY_DEADLINE:
        assert chinese_date(content.supply_deadline) in text
        assert "9个工作日" in text
    if kind in (LetterKind.ACCEPTANCE, LetterKind.TOLERANT_ACCEPTANCE):
        assert chinese_date(content.completion_deadline) in text
    if content.reason:
        assert squash(content.reason) in text
    assert verification_code(content) in text
    assert "0577-62881234" in text and "林晓燕" in text
    assert chinese_date(content.issue_date) in text


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_printed_string_of_the_template_is_in_the_pdf(kind: LetterKind, letters, templates) -> None:
    text = pdf_text(letters[kind])
    for piece in printed_texts(compose(sample_content(kind), templates[kind])):
        assert squash(piece) in text, piece


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_font_is_embedded(kind: LetterKind, letters, tmp_path: Path) -> None:
    rows = pdffonts_rows(letters[kind], tmp_path)
    assert rows, "the letter uses no font at all"
    for row in rows:
        # name, type..., encoding, emb, sub, uni, object, generation
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), f"font not embedded as a subset: {row}"
        assert "TrueType" in row, row
    assert not any("Helvetica" in row[0] or "Times" in row[0] for row in rows)


def test_closing_punctuation_never_starts_a_line_in_any_letter(letters) -> None:
    for kind, data in letters.items():
        for page in pdf_pages(data):
            for line in page.splitlines():
                stripped = line.strip()
                assert not stripped or stripped[0] not in NO_LINE_START, f"{kind}: {line!r}"


def test_user_text_with_markup_characters_prints_exactly(templates, fonts) -> None:
    name = "张&<三>\"李'"
    reason = "材料<复印件>与原件不符 & 签名\"不一致\"，'存疑'"
    for kind, extra in ((LetterKind.REFUSAL, {"reason": reason}), (LetterKind.ONE_TIME_NOTICE, {})):
        content = sample_content(kind, applicant=replace(PERSON, name=name), **extra)
        text = pdf_text(render_pdf(content, templates[kind], fonts=fonts))
        assert squash(name) in text
        assert "&amp;" not in text and "&lt;" not in text
        if extra:
            assert squash(reason) in text


def many_materials(count: int) -> tuple[MaterialLine, ...]:
    return tuple(MaterialLine(f"X{n:02d}", f"测试材料第{n}项证明文件", "原件和复印件", 1,
                              "须加盖出具单位公章，复印件注明“与原件一致”") for n in range(1, count + 1))


def test_long_material_list_flows_to_next_page_with_the_heading_repeated(templates, fonts) -> None:
    # Sixty: more than one page holds even in the tightest setting.
    content = sample_content(LetterKind.REMINDER, materials_missing=many_materials(60))
    data = render_pdf(content, templates[LetterKind.REMINDER], fonts=fonts, stub=StubPlacement.NONE)
    pages = [squash(p) for p in pdf_pages(data)]
    with_rows = [i for i, page in enumerate(pages) if "测试材料第" in page]
    assert len(pages) >= 2 and len(with_rows) >= 2
    for i in with_rows:
        assert "材料名称" in pages[i] and "要求说明" in pages[i], f"page {i + 1} lost the table heading"
    text = "".join(pages)
    for n in range(1, 61):
        assert f"测试材料第{n}项证明文件" in text


def test_reprint_is_marked_with_the_original_date(templates, fonts) -> None:
    kind = LetterKind.ACCEPTANCE
    original = pdf_text(render_pdf(sample_content(kind), templates[kind], fonts=fonts))
    reprint = pdf_text(render_pdf(sample_content(kind, reprint=True, reprint_of=dt.date(2026, 11, 19)),
                                  templates[kind], fonts=fonts))
    assert "补打" not in original
    assert "补打" in reprint and "原件打印日期：2026年11月19日" in reprint
    # Same content, same verification code: a reprint checks against the same record.
    assert verification_code(sample_content(kind)) in reprint


def test_unconfirmed_calendar_is_noted_under_the_deadline(templates, fonts) -> None:
    kind = LetterKind.ONE_TIME_NOTICE
    confirmed = pdf_text(render_pdf(sample_content(kind), templates[kind], fonts=fonts))
    unconfirmed = pdf_text(render_pdf(sample_content(kind, deadline_confirmed=False), templates[kind], fonts=fonts))
    note = "法定节假日安排尚未公布"
    assert note not in confirmed
    assert note in unconfirmed
    assert unconfirmed.index("逾期未补正") < unconfirmed.index(note) < unconfirmed.index("四、注意事项")


def test_supervisor_reason_printed_only_on_a_reissued_notice(templates, fonts) -> None:
    kind = LetterKind.ONE_TIME_NOTICE
    plain = pdf_text(render_pdf(sample_content(kind), templates[kind], fonts=fonts))
    reason = "申请人家庭成员中有一人在外地务工，需增加其务工收入证明"
    reissued = pdf_text(render_pdf(sample_content(kind, supervisor_reason=reason), templates[kind], fonts=fonts))
    assert "增列材料说明" not in plain
    assert "增列材料说明" in reissued and squash(reason) in reissued


def _page_of(pages: list[str], needle: str) -> int:
    return next(i for i, page in enumerate(pages) if needle in squash(page))


def test_stub_copy_placement(templates, fonts) -> None:
    kind = LetterKind.REFUSAL
    content = sample_content(kind)

    def pages(stub: StubPlacement) -> list[str]:
        return pdf_pages(render_pdf(content, templates[kind], fonts=fonts, stub=stub))

    none = pages(StubPlacement.NONE)
    assert "存根联" not in squash("".join(none))
    same = pages(StubPlacement.SAME_SHEET)
    assert "沿此线剪开" in squash("".join(same))
    second = pages(StubPlacement.SECOND_PAGE)
    seal_page = _page_of(second, "青石县白沙镇便民服务中心2026年11月20日")
    assert _page_of(second, "存根联") == seal_page + 1
    assert "沿此线剪开" not in squash("".join(second))
    assert len(second) == len(none) + 1


def test_same_sheet_stub_shares_the_page_when_the_letter_is_short(templates, fonts) -> None:
    kind = LetterKind.REFUSAL
    content = sample_content(kind, materials_received=(), reason="申请人户籍不在本镇辖区。")
    pages = pdf_pages(render_pdf(content, templates[kind], fonts=fonts, stub=StubPlacement.SAME_SHEET))
    assert len(pages) == 1
    assert _page_of(pages, "存根联") == _page_of(pages, "申请人签收")


def test_every_page_carries_number_and_page_count(templates, fonts) -> None:
    kind = LetterKind.REMINDER
    content = sample_content(kind, materials_missing=many_materials(40))
    pages = [squash(p) for p in pdf_pages(render_pdf(content, templates[kind], fonts=fonts))]
    for n, page in enumerate(pages, 1):
        assert f"第{n}页共{len(pages)}页" in page
        assert squash(content.number) in page


def test_pdf_is_a4_with_title_metadata(letters, templates) -> None:
    reader = pypdf.PdfReader(io.BytesIO(letters[LetterKind.ACCEPTANCE]))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata.title == f"受理通知书 {sample_content(LetterKind.ACCEPTANCE).number}"
    assert reader.metadata.author == "青石县白沙镇便民服务中心"


def test_template_of_another_kind_is_refused(templates, fonts) -> None:
    with pytest.raises(ValueError, match="不能用于「一次性告知书」"):
        render_pdf(sample_content(LetterKind.ONE_TIME_NOTICE), templates[LetterKind.REFUSAL], fonts=fonts)


@pytest.mark.parametrize("count", [2, 3, 4, 5, 6])
def test_the_commitment_s_signatures_share_their_page_with_a_promise(templates, fonts, count) -> None:
    """Finding 5: the 承诺书's signatures stood alone on page 2, apart from the promises they sign."""
    content = sample_content(LetterKind.COMMITMENT, materials_missing=many_materials(count))
    data = render_pdf(content, templates[LetterKind.COMMITMENT], fonts=fonts, stub=StubPlacement.NONE)
    pages = [squash(p) for p in pdf_pages(data)]
    signed = _page_of(pages, "承诺日期")
    assert "法律责任" in pages[signed] or "承诺事项" in pages[signed]


# -- one sheet when it can be, and a whole end when it cannot (issue 14, finding 5) ----------

ONE_SHEET = [
    (LetterKind.ACCEPTANCE, {}),  # seven materials received
    (LetterKind.ACCEPTANCE, {"materials_received": many_materials(8)}),
    (LetterKind.ONE_TIME_NOTICE, {}),  # four missing, three received
    (LetterKind.TOLERANT_ACCEPTANCE, {}),  # four missing, three received
    (LetterKind.COMMITMENT, {}),
    (LetterKind.REFUSAL, {}),
    (LetterKind.REMINDER, {}),
    (LetterKind.TERMINATION, {}),
    (LetterKind.EXTENSION_NOTICE, {}),
]


@pytest.mark.parametrize("kind, changes", ONE_SHEET, ids=[f"{k.value}-{len(c)}" for k, c in ONE_SHEET])
def test_a_notice_that_can_fit_one_sheet_is_printed_on_one(kind, changes, templates, fonts) -> None:
    """These used to spill their last paragraphs, the seal and the stub onto a second page."""
    content = sample_content(kind, **changes)
    pages = pdf_pages(render_pdf(content, templates[kind], fonts=fonts))
    assert len(pages) == 1
    if templates[kind].stub_placement is not StubPlacement.NONE:
        text = squash(pages[0])
        assert "沿此线剪开" in text and "存根联" in text


def _last_text_before_signature(content, template) -> str:
    parts = compose(content, template).parts
    at = next(i for i, p in enumerate(parts) if isinstance(p, (SignaturePart, ApplicantSignaturePart)))
    before = parts[at - 1]
    return before.items[-1] if isinstance(before, NotesPart) else before.text


TWO_PAGES = [
    (LetterKind.ONE_TIME_NOTICE, {"materials_missing": many_materials(9)}),
    (LetterKind.TOLERANT_ACCEPTANCE, {"materials_missing": many_materials(8)}),
    (LetterKind.ACCEPTANCE, {"materials_received": many_materials(24)}),
    (LetterKind.COMMITMENT, {"materials_missing": many_materials(16)}),
    (LetterKind.REMINDER, {"materials_missing": many_materials(24)}),
]


@pytest.mark.parametrize("kind, changes", TWO_PAGES, ids=[k.value for k, _c in TWO_PAGES])
def test_a_letter_on_two_pages_keeps_its_end_whole_and_no_page_nearly_blank(kind, changes, templates,
                                                                                 fonts) -> None:
    content = sample_content(kind, **changes)
    template = templates[kind]
    pages = [squash(p) for p in pdf_pages(render_pdf(content, template, fonts=fonts))]
    assert len(pages) == 2
    seal = _page_of(pages, squash(f"青石县白沙镇便民服务中心{chinese_date(content.issue_date)}"))
    # The seal shares its page with the text it signs, never alone.
    assert squash(_last_text_before_signature(content, template))[-12:] in pages[seal]
    assert "申请人签收" in pages[seal] or "签收" in pages[seal]
    if template.stub_placement is not StubPlacement.NONE:
        # The stub, with its cut line and every field, is on the page where the letter ends.
        assert "沿此线剪开" in pages[seal] and "存根联" in pages[seal]
        assert squash(content.case_number) in pages[seal].split("存根联", 1)[1]
    for n, page in enumerate(pages, 1):
        assert len(page) > 250, f"page {n} is nearly blank"


def test_stub_fields_are_never_torn_across_lines(templates, fonts) -> None:
    """Finding 5: the stub's 办件编号 wrapped a lone 号 onto the next line."""
    kind = LetterKind.ACCEPTANCE
    content = sample_content(kind, case_number="〔2026〕白沙镇便民服务中心第01-0137号")
    pages = pdf_pages(render_pdf(content, templates[kind], fonts=fonts))
    stub = "\n".join(pages).split("存 根 联", 1)[1] if "存 根 联" in "\n".join(pages) else "\n".join(pages)
    lines = [squash(line) for line in stub.splitlines()]
    assert any(squash(f"办件编号：{content.case_number}") in line for line in lines), lines
    assert any(squash(f"文书编号：{content.number}") in line for line in lines), lines


def test_no_type_below_the_floors_however_tight(templates, fonts) -> None:
    """Fitting a sheet tightens spacing and type, never below 小四 body and 五号 tables."""
    for step in FIT_STEPS:
        for template in templates.values():
            tight = tightened(template.layout, step.layout)
            for name in ("title_size", "heading_size", "body_size", "table_size", "line_spacing",
                         "margin_top", "margin_bottom", "margin_left", "margin_right"):
                assert getattr(FLOORS, name) <= getattr(tight, name) <= getattr(template.layout, name), name
    assert FLOORS.body_size >= 12 and FLOORS.table_size >= 10.5
    content = sample_content(LetterKind.ONE_TIME_NOTICE)  # fitted to its sheet, so set tighter
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(content, templates[content.kind], fonts=fonts)))
    sizes = {float(size) for page in reader.pages
             for size in re.findall(rb"/F\d+\+?\d* ([\d.]+) Tf", page.get_contents().get_data())}
    assert sizes and min(sizes) >= 8.5  # the footer, the smallest print on a letter
    assert 12 in sizes  # the body


def test_a_template_with_small_type_is_never_enlarged(templates) -> None:
    small = replace(templates[LetterKind.ACCEPTANCE].layout, body_size=10.5, table_size=9, line_spacing=1.2)
    for step in FIT_STEPS:
        tight = tightened(small, step.layout)
        assert (tight.body_size, tight.table_size, tight.line_spacing) == (10.5, 9, 1.2)
