"""Reading letters back as an applicant would: the text on each page, the fonts listed."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pypdf
import pytest


def squash(text: str) -> str:
    """Text without any whitespace: line breaks fall anywhere in Chinese, so compare without them."""
    return re.sub(r"\s+", "", text)


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return squash("".join(pdf_pages(data)))


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]

    def cells(tables: list) -> None:
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    texts.extend(p.text for p in cell.paragraphs)
                    cells(cell.tables)

    cells(document.tables)
    return squash("".join(texts))


def pdffonts_rows(data: bytes, tmp_path: Path) -> list[list[str]]:
    """The font table ``pdffonts`` prints, one list of columns per font."""
    binary = shutil.which("pdffonts")
    if binary is None:
        pytest.skip("pdffonts (poppler-utils) is not installed, so embedded fonts cannot be listed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(data)
    output = subprocess.run([binary, str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in output.splitlines()[2:] if line.strip()]
