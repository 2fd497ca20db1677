"""Shared test set-up.

Qt must find no display on a build server, so the offscreen platform is chosen here,
before any test module can import PySide6.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def tmp_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder; the environment variable is cleared so nothing leaks in."""
    monkeypatch.delenv("APPROVAL_WINDOW_DATA", raising=False)
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
