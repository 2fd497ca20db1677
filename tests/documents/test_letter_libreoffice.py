"""The DOCX opens in LibreOffice, as it does in the office suites centres use.

Read back from LibreOffice's own PDF, the letter must say every word in Chinese, in a
Chinese font LibreOffice embedded: a desktop without 仿宋 substitutes a CJK font of its
own, never one that draws every character as the same glyph.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from letter_reading import pdf_text, pdffonts_rows, squash
from letter_samples import MISSING, sample_content

from app.documents.docx import render_docx
from app.domain.letters import LetterKind, chinese_date


@pytest.mark.slow
def test_libreoffice_converts_the_docx_with_readable_chinese(templates, tmp_path: Path, libreoffice_pdf) -> None:
    kind = LetterKind.ONE_TIME_NOTICE
    content = sample_content(kind)
    source = tmp_path / "letter.docx"
    source.write_bytes(render_docx(content, templates[kind]))
    converted = libreoffice_pdf(source)
    text = pdf_text(converted)
    assert "堃喆" in text
    assert squash(content.number) in text
    for material in MISSING:
        assert squash(material.name) in text
    assert squash(chinese_date(content.supply_deadline)) in text
    assert "一次性告知书" in text
    fonts = pdffonts_rows(converted, tmp_path)
    assert fonts, "LibreOffice's PDF uses no font"
    assert all(row[-5] == "yes" for row in fonts), fonts  # name, type..., encoding, emb, sub, uni, object
