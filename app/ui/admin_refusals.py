"""The English words of the refusals an administrator meets: sync packages and keys,
settings, the calendar and catalogue files, backups, the ledger and the bulletin.

Kept apart from :mod:`app.ui.refusal_words` (an officer's day at the window) so each
list stays short enough to read; :func:`app.ui.refusal_words.refusal_text` asks both.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def words() -> dict[str, str]:
    """Code → English template; the values are named as the raise names them."""
    return {}


def shown(name: str, value: Any) -> str | None:
    """A value only these refusals name, in the interface's words; None for the common ones."""
    return None
