"""Chinese line breaking: what may start and end a line, checked on the rules and on paper."""

from __future__ import annotations

import io

import pytest
from letter_reading import pdf_pages
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from app.documents.textflow import NO_LINE_END, NO_LINE_START, ChineseText, TextStyle, break_allowed, break_lines

PARAGRAPH = (
    "你（单位）于2026年11月18日申请办理的“最低生活保障审核确认”事项，经审查，申请材料不齐全。"
    "请于2026年12月3日前补正：身份证复印件、收入证明、照片——共三项……联系电话0577-62881234；"
    "逾期未补正的，视为放弃申请。《中华人民共和国行政许可法》第三十二条！"
)


def test_break_rules() -> None:
    assert not break_allowed("字", "，")
    assert not break_allowed("字", "。")
    assert not break_allowed("字", "）")
    assert not break_allowed("字", "」")
    assert not break_allowed("字", "》")
    assert not break_allowed("（", "字")
    assert not break_allowed("“", "字")
    assert not break_allowed("—", "—")
    assert not break_allowed("…", "…")
    assert not break_allowed("1", "2")  # inside a number
    assert break_allowed("字", "字")
    assert break_allowed("，", "字")
    assert break_allowed("字", "（")


@pytest.mark.parametrize("chars_per_line", range(4, 40))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(chars_per_line: int) -> None:
    widths = [1.0 if ord(ch) > 0x2E80 else 0.5 for ch in PARAGRAPH]
    lines = break_lines(PARAGRAPH, widths, float(chars_per_line))
    assert "".join(line.text for line in lines) == PARAGRAPH
    for line in lines[1:]:
        assert line.text[0] not in NO_LINE_START, [ln.text for ln in lines]
    for line in lines[:-1]:
        assert line.text[-1] not in NO_LINE_END, [ln.text for ln in lines]
        assert not (line.text.endswith("—") and not line.text.endswith("——"))
    for line in lines:
        assert line.width <= chars_per_line + 1e-6


def test_numbers_stay_whole_when_the_line_allows() -> None:
    text = "联系电话：0577-62881234，身份证号码33032419850612102X。"
    widths = [1.0 if ord(ch) > 0x2E80 else 0.5 for ch in text]
    for limit in range(12, 30):
        lines = [line.text for line in break_lines(text, widths, float(limit))]
        joined = "|".join(lines)
        assert "0577-62881234" in joined and "33032419850612102X" in joined, lines


def test_a_word_longer_than_the_line_is_still_broken() -> None:
    text = "A" * 30
    lines = break_lines(text, [1.0] * 30, 10.0)
    assert [line.text for line in lines] == ["A" * 10] * 3


def test_paragraph_forced_to_wrap_at_a_comma_moves_a_character_down(fonts) -> None:
    # Exactly 20 characters fill the line; the comma that follows may not start the next.
    head = "申请人应当按照规定的期限补齐全部材料并签"
    assert len(head) == 20
    text = head + "，逾期未补正的视为放弃申请。"
    size = 12.0
    width = 20 * size
    flowable = ChineseText(text, TextStyle(size=size, leading=18), fonts.body)
    flowable.wrap(width, 1000)
    first, second = flowable.lines[0].text, flowable.lines[1].text
    assert len(first) == 19
    assert second.startswith(text[19] + "，")

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=0, rightMargin=A4[0] - width - 1,
                                 initialFontName=fonts.body.primary.name)
    document.build([ChineseText(text, TextStyle(size=size, leading=18), fonts.body)])
    lines = [line for line in pdf_pages(buffer.getvalue())[0].splitlines() if line.strip()]
    assert lines[0] == text[:19]
    assert lines[1].startswith(text[19] + "，")


def test_no_lone_character_on_the_last_line() -> None:
    """Finding 5: the stub's 办件编号 wrapped a lone 号."""
    text = "办件编号：某镇便民受字〔2026〕第0001号"
    width = len(text) - 1  # one character short of the whole
    lines = break_lines(text, [1.0] * len(text), float(width))
    assert [len(line.text) for line in lines][-1] > 1
    assert "".join(line.text for line in lines) == text
    assert not lines[-1].text == "号"
    # A last line that is a lone character because the text is one character long is fine.
    assert [line.text for line in break_lines("号", [1.0], 5.0)] == ["号"]
