"""What typed text may hold: no control or direction-override characters, a length limit.

A newline in a name forges an extra line in every list that prints it; an ANSI escape
repaints an administrator's terminal; a right-to-left override shows 张三 as something
else on a letter; a name of zero-width spaces looks empty but is not. The limits are the
longest value each letter lays out without breaking the page, so a stored value always
prints.
"""

from __future__ import annotations

import unicodedata

from app.domain.refusal import Worded

#: The longest value of each kind of field, in characters.
LIMITS: dict[str, int] = {
    "name": 100,          # an applicant: a person or an enterprise's registered name
    "person_name": 50,    # a legal representative, an officer's display name
    "reason": 500,        # refusal, pause, extension, termination, supervisor's reason
    "note": 1000,
    "item_name": 100,     # a service item or a material
    "item_text": 500,     # a requirement, a legal basis, notes in the catalogue
    "short": 100,         # centre, window, department and other one-line labels
}

_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")


class TextRefused(Worded, ValueError):
    """Text that cannot be stored; the message names the field and what is wrong."""


def refusal(value: str, label: str, limit: int, *, multiline: bool = False) -> TextRefused | None:
    """Why ``value`` cannot be stored in the field called ``label``, or None."""
    for ch in value:
        char = f"U+{ord(ch):04X}"
        if ch in _BIDI_CONTROLS:
            return TextRefused(f"“{label}”含有改变文字方向的控制字符（{char}），可能使显示的内容与实际不符，请重新输入",
                               "text_direction", label=label, char=char)
        if ch in "\n\r\t" and multiline and ch != "\r":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029":
            if ch in "\n\r\u2028\u2029":
                return TextRefused(f"“{label}”不能含有换行（{char}），请重新输入", "text_newline", label=label, char=char)
            return TextRefused(f"“{label}”不能含有控制字符（{char}），请重新输入", "text_control", label=label, char=char)
    visible = "".join(ch for ch in value if ch not in _INVISIBLE and not ch.isspace())
    if value.strip() and not visible:
        return TextRefused(f"“{label}”只有看不见的字符，请重新输入", "text_invisible", label=label)
    if len(value) > limit:
        return TextRefused(f"“{label}”过长：{len(value)} 个字，最多 {limit} 个字", "text_too_long", label=label,
                           length=len(value), limit=limit)
    return None


def problem(value: str, label: str, limit: int, *, multiline: bool = False) -> str | None:
    """The Chinese sentence of :func:`refusal`, or None."""
    why = refusal(value, label, limit, multiline=multiline)
    return None if why is None else str(why)


def clean(value: str | None, label: str, kind: str, *, multiline: bool = False) -> str:
    """The value trimmed, or :class:`TextRefused`; an empty value stays empty (the caller decides)."""
    text = (value or "").strip()
    why = refusal(text, label, LIMITS[kind], multiline=multiline)
    if why is not None:
        raise why
    return text
