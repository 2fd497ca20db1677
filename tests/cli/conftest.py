"""The command-line tests start with no script password set, and end with none."""

from __future__ import annotations

import pytest

from app.cli.common import ENV_PASSWORD


@pytest.fixture(autouse=True)
def no_script_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_PASSWORD, "")
