"""Fonts: official-document fonts when present, shipped fallbacks, per-character choice."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from letter_reading import pdf_text, pdffonts_rows
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from app.documents.fonts import load_fonts, shipped_fonts_dir, ui_font_path
from app.documents.textflow import ChineseText, TextStyle

SANS = shipped_fonts_dir() / "DroidSansFallbackFull.ttf"


def test_shipped_fonts_cover_rare_name_characters(fonts) -> None:
    body = fonts.body
    assert body.primary.family == "花园明朝A"
    for char in "𠮷䶮堃喆〔〕＿0A":
        assert body.face_for(char).covers(char), char
    assert body.face_for("𪜁").family == "花园明朝B"  # CJK Extension C, only in Hanazono B


def test_text_is_cut_into_runs_by_the_font_that_has_each_character(fonts) -> None:
    heading = fonts.heading  # Droid Sans first: it has no Latin digits
    runs = [(face.family, text) for face, text in heading.runs("第2号𪜁")]
    assert runs == [("Droid Sans Fallback", "第"), ("花园明朝A", "2"), ("Droid Sans Fallback", "号"),
                    ("花园明朝B", "𪜁")]


def test_shipped_fonts_come_with_their_licences() -> None:
    folder = shipped_fonts_dir()
    assert "SIL Open Font License" in (folder / "LICENSE-Hanazono.txt").read_text(encoding="utf-8")
    assert "Apache License" in (folder / "LICENSE-DroidSansFallback.txt").read_text(encoding="utf-8")
    assert ui_font_path().is_file()


def test_official_document_fonts_are_preferred_when_installed(tmp_path: Path) -> None:
    # Stand-ins under the Windows file names; what matters is which file is chosen.
    windows_fonts = tmp_path / "Fonts"
    windows_fonts.mkdir()
    shutil.copy(SANS, windows_fonts / "SIMFANG.TTF")
    shutil.copy(SANS, windows_fonts / "simhei.ttf")
    chosen = load_fonts([windows_fonts])
    assert chosen.body.primary.path == windows_fonts / "SIMFANG.TTF"
    assert chosen.body.primary.family == "仿宋"
    assert chosen.heading.primary.family == "黑体"
    assert [f.family for f in chosen.body.faces][1:3] == ["花园明朝A", "花园明朝B"]
    # A character the official font lacks still prints, from the shipped fallback.
    assert chosen.body.face_for("𠮷").family == "花园明朝A"


def test_unusable_font_file_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "fonts"
    (folder / "uos").mkdir(parents=True)
    (folder / "uos" / "simfang.ttf").write_bytes(b"not a font at all" * 10)
    shutil.copy(SANS, folder / "uos" / "CESI_FS_GB18030.TTF")
    chosen = load_fonts([folder])
    assert chosen.body.primary.family == "CESI仿宋-GB18030"


def test_no_system_fonts_means_shipped_fonts(tmp_path: Path) -> None:
    chosen = load_fonts([tmp_path])
    assert all(face.shipped for face in chosen.body.faces + chosen.heading.faces)


def test_rare_characters_can_be_read_back_from_the_pdf(fonts, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=fonts.body.primary.name)
    name = "𠮷䶮堃喆𪜁"
    document.build([ChineseText(f"申请人：{name}", TextStyle(size=14, leading=20), fonts.body)])
    assert name in pdf_text(buffer.getvalue())
    rows = pdffonts_rows(buffer.getvalue(), tmp_path)
    assert {row[0].split("+")[1] for row in rows} == {"HanaMinA", "HanaMinB"}
    assert all(row[-5] == "yes" for row in rows)
