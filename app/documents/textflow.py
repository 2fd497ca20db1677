"""Chinese paragraphs for reportlab: line breaking, per-character fonts, justification.

reportlab's own CJK wrapping lets a full-width comma (，) start a line and does not
justify CJK lines, and its paragraph markup would need every user string escaped. This
flowable takes plain text, so ``& < > " '`` print exactly as typed, and applies the
Chinese rules (GB/T 15834 标点符号用法): closing punctuation never starts a line,
opening punctuation never ends one, a dash or an ellipsis is never split, and a run of
Latin letters or digits (an ID number, a phone number) stays whole when the line allows.
Lines other than a paragraph's last are justified by spreading the characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from app.documents.fonts import FontChain, FontFace

NO_LINE_START = frozenset(
    "，。、；：？！）］｝〕〉》」』】〗〙〛’”｠»…—～·・％‰℃°′″"
    "!),.:;?]}%>"
    "々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー"
)
"""Characters that may not begin a line."""

NO_LINE_END = frozenset("（［｛〔〈《「『【〖〘〚‘“｟«([{<")
"""Characters that may not end a line."""

UNSPLITTABLE_PAIRS = frozenset("—…")
"""Doubled in Chinese (—— and ……) and never divided between lines."""


def _wordlike(char: str) -> bool:
    return "!" <= char <= "~"


def break_allowed(before: str, after: str) -> bool:
    """Whether a line may end after ``before`` and the next begin with ``after``."""
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if before == after and before in UNSPLITTABLE_PAIRS:
        return False
    return not (_wordlike(before) and _wordlike(after))


def _punctuation_allows(before: str, after: str) -> bool:
    return after not in NO_LINE_START and before not in NO_LINE_END


@dataclass(frozen=True)
class Line:
    text: str
    width: float
    last: bool  # the end of the paragraph or of a forced line: never justified


def break_lines(text: str, widths: Sequence[float], available: float, first_indent: float = 0.0) -> list[Line]:
    """Greedy line breaking of ``text`` whose characters have ``widths``.

    When a character overflows, the line ends at the latest break the rules allow, and
    never so that a single character is left alone on the paragraph's last line;
    if a long Latin run leaves none, the punctuation rules alone decide; a single
    character wider than the line still gets a line of its own.
    """
    lines: list[Line] = []
    n = len(text)
    start = 0
    while start < n:
        limit = available - (first_indent if not lines else 0.0)
        used = 0.0
        i = start
        forced = False
        while i < n:
            if text[i] == "\n":
                forced = True
                break
            if used + widths[i] > limit + 1e-6 and i > start:
                break
            used += widths[i]
            i += 1
        if i >= n or forced:
            lines.append(Line(text[start:i], used, True))
            start = i + 1 if forced else i
            continue
        end = _best_break(text, start, i)
        # A lone character on the last line (a 号 torn from its number) takes one more along.
        rest = text.find("\n", end)
        if (n if rest < 0 else rest) - end == 1 and end - start > 2:
            earlier = _best_break(text, start, end - 1)
            if start < earlier < end:
                end = earlier
        # Spaces where a line ends are not shown and do not take room.
        shown_end = end
        while shown_end > start and text[shown_end - 1] == " ":
            shown_end -= 1
        lines.append(Line(text[start:shown_end], sum(widths[start:shown_end]), False))
        start = end
        while start < n and text[start] == " ":
            start += 1
    if not lines:
        lines.append(Line("", 0.0, True))
    return lines


def _best_break(text: str, start: int, overflow: int) -> int:
    for rule in (break_allowed, _punctuation_allows):
        for end in range(overflow, start, -1):
            if text[end - 1] == " " or text[end] == " " or rule(text[end - 1], text[end]):
                return end
    return overflow


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    align: str = "justify"  # left | center | right | justify
    first_indent: float = 0.0  # in points; Chinese paragraphs indent two characters
    left_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    color: Color = black

    def indented(self, chars: float = 2) -> "TextStyle":
        return replace(self, first_indent=self.size * chars)


class ChineseText(Flowable):
    """A paragraph of plain text set in a font chain, splittable across pages."""

    def __init__(self, text: str, style: TextStyle, fonts: FontChain, *, _lines: list[Line] | None = None,
                 _continued: bool = False) -> None:
        super().__init__()
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.style = style
        self.fonts = fonts
        self._faces: list[FontFace] = [fonts.face_for(ch) for ch in self.text]
        self._widths = [face.char_width(ch, style.size) for face, ch in zip(self._faces, self.text)]
        self._preset = _lines
        self._continued = _continued
        self.lines: list[Line] = _lines or []
        self._avail = 0.0

    # Flowable protocol -------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth - self.style.left_indent
        if self._preset is None:
            indent = 0.0 if self._continued else self.style.first_indent
            self.lines = break_lines(self.text, self._widths, self._avail, indent)
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return 0.0 if self._continued else self.style.space_before

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(self.lines):
            return []
        # No line of a paragraph alone at the foot or the head of a page (widows and orphans).
        fit = min(fit, len(self.lines) - 2)
        if fit < 2:
            return []
        head_text = "".join(line.text for line in self.lines[:fit])
        head = ChineseText(head_text, self.style, self.fonts, _lines=self.lines[:fit], _continued=self._continued)
        rest_text = "".join(line.text for line in self.lines[fit:])
        rest = ChineseText(rest_text, self.style, self.fonts, _lines=self.lines[fit:], _continued=True)
        return [head, rest]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        canvas.saveState()
        canvas.setFillColor(style.color)
        y = self.height - style.size * 0.88 - (style.leading - style.size) / 2
        for index, line in enumerate(self.lines):
            indent = style.first_indent if index == 0 and not self._continued else 0.0
            x, char_space = self._placement(line, indent)
            self._draw_line(line, x, y, char_space)
            y -= style.leading
        canvas.restoreState()

    # ------------------------------------------------------------------------------
    def _placement(self, line: Line, indent: float) -> tuple[float, float]:
        style = self.style
        room = self._avail - indent
        x = style.left_indent + indent
        if style.align == "center":
            return x + (room - line.width) / 2, 0.0
        if style.align == "right":
            return x + room - line.width, 0.0
        if style.align == "justify" and not line.last and len(line.text) > 1:
            extra = room - line.width
            # Never spread a line that broke early inside a long Latin run.
            if 0 < extra <= style.size * 3:
                return x, extra / (len(line.text) - 1)
        return x, 0.0

    def _draw_line(self, line: Line, x: float, y: float, char_space: float) -> None:
        text_object = self.canv.beginText(x, y)
        text_object.setCharSpace(char_space)
        for face, run in self.fonts.runs(line.text):
            text_object.setFont(face.name, self.style.size)
            text_object.textOut(run)
        self.canv.drawText(text_object)


def text_width(text: str, fonts: FontChain, size: float) -> float:
    return sum(fonts.face_for(ch).char_width(ch, size) for ch in text)
