"""The DOCX opens in LibreOffice, as it does in the office suites centres use."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from letter_reading import pdf_text, squash
from letter_samples import MISSING, sample_content

from app.documents.docx import render_docx
from app.domain.letters import LetterKind, chinese_date

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; install libreoffice-writer-nogui")
def test_libreoffice_converts_the_docx_without_error(templates, tmp_path: Path) -> None:
    kind = LetterKind.ONE_TIME_NOTICE
    content = sample_content(kind)
    source = tmp_path / "letter.docx"
    source.write_bytes(render_docx(content, templates[kind]))
    profile = tmp_path / "profile"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    converted = tmp_path / "letter.pdf"
    assert result.returncode == 0, result.stderr
    assert converted.is_file(), result.stdout + result.stderr
    text = pdf_text(converted.read_bytes())
    assert "堃喆" in text
    assert squash(content.number) in text
    for material in MISSING:
        assert squash(material.name) in text
    assert squash(chinese_date(content.supply_deadline)) in text
