"""Commands that change data ask for the acting officer's password; tests give it the way a
script does, through the environment, for the officers of the shared test station."""

from __future__ import annotations

import os
from typing import Sequence

from app.cli.common import ENV_PASSWORD

PASSWORDS = {"admin": "secret123", "clerk": "clerkpass1", "boss": "bosspass1"}


def officer_in(argv: Sequence[str]) -> str | None:
    for flag, value in zip(argv, list(argv)[1:]):
        if flag == "--officer":
            return value
    return None


def give_password(argv: Sequence[str]) -> None:
    """Set the script password for the officer named in ``argv`` (the cli conftest undoes it)."""
    officer = officer_in(argv)
    if "--password-stdin" in argv:  # the test types it on stdin instead
        officer = None
    os.environ[ENV_PASSWORD] = PASSWORDS.get(officer, "not-their-password") if officer else ""
