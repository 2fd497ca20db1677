"""Enums stored by their English value and shown, typed and imported by a Chinese label.

A catalogue file or a form may say 工作日 where the program stores ``working``; each
such enum registers its labels once here (the first is the one shown and written, the
others are accepted on import), so the day unit of a countdown and that of a catalogue
item are one enum with one set of words.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

_LABELS: dict[type, dict[str, tuple[str, ...]]] = {}


def register(enum: type["Labelled"], labels: dict[str, tuple[str, ...]]) -> None:
    """Give every member of ``enum`` its labels; a member without any is a mistake."""
    missing = {m.value for m in enum} - set(labels)
    if missing:
        raise ValueError(f"{enum.__name__}: no label for {sorted(missing)}")
    _LABELS[enum] = labels


def fold(text: str) -> str:
    """The form labels are compared in: width-normalised, no spaces, lower case."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


class Labelled(StrEnum):
    """An enum stored by its English value and shown by its Chinese label."""

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self.value][0]

    @classmethod
    def parse(cls, text: object) -> "Labelled | None":
        """The member named by its value or any of its Chinese labels, else None."""
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            return None
        key = fold(text)
        for value, labels in _LABELS[cls].items():
            if key == value.lower() or key in (fold(label) for label in labels):
                return cls(value)
        return None

    @classmethod
    def labels(cls) -> list[str]:
        return [member.label for member in cls]
