"""The TrueType fonts letters are set in, and which of them sets each character.

Letters prefer the official-document fonts (仿宋 for the body, 黑体 for headings) when
the computer has them, and fall back to the fonts shipped in ``resources/fonts``:
Hanazono Mincho A and B (serif, CJK up to Extension F, so rare name characters such as
𠮷 or 䶮 print) and Droid Sans Fallback (sans, for headings and the user interface).
Each text is split into runs by font: a character the first font of a chain lacks is
set in the next font that has it. Only TrueType files are ever used, and the PDF always
embeds subsets of them, so no letter depends on a font the reader's computer may lack.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.paths import resources_dir

log = logging.getLogger(__name__)

SHIPPED_SERIF = (("HanaMinA.ttf", "花园明朝A"), ("HanaMinB.ttf", "花园明朝B"))
SHIPPED_SANS = ("DroidSansFallbackFull.ttf", "Droid Sans Fallback")

# Official-document fonts by role, in order of preference: (file name, TTC index, family).
# Windows names first, then the CESI fonts of UOS / Kylin, then other common builds.
SYSTEM_CANDIDATES: dict[str, tuple[tuple[str, int, str], ...]] = {
    "fangsong": (
        ("simfang.ttf", 0, "仿宋"),
        ("fangsong.ttf", 0, "仿宋"),
        ("fangsong_gb2312.ttf", 0, "仿宋_GB2312"),
        ("cesi_fs_gb18030.ttf", 0, "CESI仿宋-GB18030"),
        ("cesi_fs_gb13000.ttf", 0, "CESI仿宋-GB13000"),
        ("cesi_fs_gb2312.ttf", 0, "CESI仿宋-GB2312"),
        ("fzfsk.ttf", 0, "方正仿宋_GBK"),
        ("stfangso.ttf", 0, "华文仿宋"),
    ),
    "song": (
        ("simsun.ttc", 0, "宋体"),
        ("simsun.ttf", 0, "宋体"),
        ("cesi_ss_gb18030.ttf", 0, "CESI宋体-GB18030"),
        ("cesi_ss_gb13000.ttf", 0, "CESI宋体-GB13000"),
        ("cesi_ss_gb2312.ttf", 0, "CESI宋体-GB2312"),
        ("fzssk.ttf", 0, "方正书宋_GBK"),
        ("stsong.ttf", 0, "华文宋体"),
    ),
    "hei": (
        ("simhei.ttf", 0, "黑体"),
        ("cesi_ht_gb18030.ttf", 0, "CESI黑体-GB18030"),
        ("cesi_ht_gb13000.ttf", 0, "CESI黑体-GB13000"),
        ("cesi_ht_gb2312.ttf", 0, "CESI黑体-GB2312"),
        ("fzhtk.ttf", 0, "方正黑体_GBK"),
        ("stheiti.ttf", 0, "华文黑体"),
    ),
    # Windows' companion of 宋体 for CJK Extension B.
    "song_ext_b": (("simsunb.ttf", 0, "宋体-ExtB"),),
}


def shipped_fonts_dir() -> Path:
    return resources_dir() / "fonts"


def ui_font_path() -> Path:
    """The shipped sans font the user interface can load when the system has no CJK font."""
    return shipped_fonts_dir() / SHIPPED_SANS[0]


def system_font_dirs() -> list[Path]:
    """The folders an installed font is usually found in on this platform."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts", home / ".fonts"]


@dataclass(frozen=True)
class FontFace:
    """One registered TrueType font: its reportlab name, where it came from, what it covers."""

    name: str
    family: str
    path: Path
    subfont_index: int
    shipped: bool
    coverage: frozenset[int] = field(repr=False, compare=False)
    widths: dict[int, float] = field(repr=False, compare=False, hash=False)
    default_width: float = field(repr=False, compare=False, default=1000.0)

    def covers(self, char: str) -> bool:
        return ord(char) in self.coverage

    def char_width(self, char: str, size: float) -> float:
        return self.widths.get(ord(char), self.default_width) * size / 1000.0


@dataclass(frozen=True)
class FontChain:
    """Fonts tried in order for each character."""

    faces: tuple[FontFace, ...]

    @property
    def primary(self) -> FontFace:
        return self.faces[0]

    def face_for(self, char: str) -> FontFace:
        for face in self.faces:
            if face.covers(char):
                return face
        return self.faces[0]

    def covers(self, char: str) -> bool:
        return any(face.covers(char) for face in self.faces)

    def runs(self, text: str) -> list[tuple[FontFace, str]]:
        """``text`` cut into consecutive pieces that share a font."""
        runs: list[tuple[FontFace, list[str]]] = []
        for char in text:
            face = self.face_for(char)
            if runs and runs[-1][0] is face:
                runs[-1][1].append(char)
            else:
                runs.append((face, [char]))
        return [(face, "".join(chars)) for face, chars in runs]


@dataclass(frozen=True)
class FontSet:
    """The chains a letter uses: the body (仿宋-like) and headings (黑体-like)."""

    body: FontChain
    heading: FontChain

    def describe(self) -> list[str]:
        """One line per role naming the fonts in order, for diagnostics."""
        return [
            "正文：" + " → ".join(f"{f.family}（{f.path}）" for f in self.body.faces),
            "标题：" + " → ".join(f"{f.family}（{f.path}）" for f in self.heading.faces),
        ]


def _fix_supplementary_tounicode() -> None:
    """Make reportlab's ToUnicode maps valid for characters beyond U+FFFF.

    reportlab writes such a code point as five hex digits (``<20BB7>``), which PDF readers
    reject, so 𠮷 would print but could not be copied or searched. The PDF form is the
    UTF-16 surrogate pair. Only replaced when the installed reportlab has the fault.
    """
    original = ttfonts.makeToUnicodeCMap
    if "<D842DFB7>" in original("probe", [0x20BB7]):
        return

    def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        text = original(fontname, subset)
        for code in subset:
            if code > 0xFFFF:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                text = text.replace(f"> <{code:04X}>", f"> <{utf16}>", 1)
        return text

    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


_fix_supplementary_tounicode()


@functools.lru_cache(maxsize=None)
def _register(path: Path, subfont_index: int, family: str, shipped: bool) -> FontFace:
    digest = hashlib.sha1(f"{path.resolve()}#{subfont_index}".encode()).hexdigest()[:8]
    name = f"AW-{path.stem}-{subfont_index}-{digest}"
    font = TTFont(name, str(path), subfontIndex=subfont_index)
    pdfmetrics.registerFont(font)
    face = font.face
    return FontFace(
        name=name,
        family=family,
        path=path,
        subfont_index=subfont_index,
        shipped=shipped,
        coverage=frozenset(code for code, glyph in face.charToGlyph.items() if glyph),
        widths=dict(face.charWidths),
        default_width=float(face.defaultWidth),
    )


def _try_register(path: Path, subfont_index: int, family: str) -> FontFace | None:
    try:
        return _register(path, subfont_index, family, False)
    except (TTFError, OSError, ValueError, KeyError) as exc:
        # A PostScript-outline (CFF) file, a font that forbids embedding, or a damaged file.
        log.warning("字体 %s 不能嵌入 PDF，已跳过：%s", path, exc)
        return None


def _index_files(dirs: Iterable[Path]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _subdirs, files in os.walk(folder):
            for file in files:
                found.setdefault(file.lower(), Path(root) / file)
    return found


def find_system_fonts(search_dirs: Iterable[Path] | None = None) -> dict[str, FontFace]:
    """The first usable official-document font for each role found in ``search_dirs``."""
    files = _index_files(system_font_dirs() if search_dirs is None else search_dirs)
    chosen: dict[str, FontFace] = {}
    for role, candidates in SYSTEM_CANDIDATES.items():
        for file_name, index, family in candidates:
            path = files.get(file_name)
            if path is None:
                continue
            face = _try_register(path, index, family)
            if face is not None:
                chosen[role] = face
                break
    return chosen


def _shipped(file_name: str, family: str) -> FontFace:
    return _register(shipped_fonts_dir() / file_name, 0, family, True)


def _dedupe(faces: Iterable[FontFace | None]) -> tuple[FontFace, ...]:
    seen: list[FontFace] = []
    for face in faces:
        if face is not None and face not in seen:
            seen.append(face)
    return tuple(seen)


@functools.lru_cache(maxsize=8)
def _load(search_dirs: tuple[Path, ...] | None) -> FontSet:
    system = find_system_fonts(search_dirs)
    serif = [_shipped(file, family) for file, family in SHIPPED_SERIF]
    sans = _shipped(*SHIPPED_SANS)
    body = _dedupe([system.get("fangsong"), system.get("song"), system.get("song_ext_b"), *serif, sans])
    heading_first = system.get("hei") or sans
    heading = _dedupe([heading_first, system.get("song_ext_b"), *serif, sans])
    return FontSet(body=FontChain(body), heading=FontChain(heading))


def load_fonts(search_dirs: Sequence[Path] | None = None) -> FontSet:
    """The fonts letters use. ``search_dirs=None`` looks in this system's font folders;
    an empty sequence uses only the shipped fonts (what tests and the reference PNGs use)."""
    return _load(None if search_dirs is None else tuple(Path(d) for d in search_dirs))


def shipped_only() -> FontSet:
    """The shipped fonts alone, the same on every computer."""
    return load_fonts(())
