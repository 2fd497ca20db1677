"""What each process of the hub concurrency test does (importable by a spawned process)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TODAY = dt.date(2026, 11, 20)


def _open(folder: str):
    from app.paths import DataPaths
    from app.services.workspace import Workspace

    return Workspace.open(DataPaths(Path(folder)), daily_backup=False)


def import_packages(folder: str, files: list[str]) -> list[int]:
    """A county officer importing one township's packages: new events of each."""
    from app.services.officers import find_actor
    from app.services.sync_import import import_package

    ws = _open(folder)
    try:
        boss = find_actor(ws, "boss")
        return [import_package(ws, boss, Path(f), trust_new=True).new_events for f in files]
    finally:
        ws.close()


def act_on_cases(folder: str, username: str, numbers: list[str], rounds: int, intakes: int) -> dict:
    """A county officer following cases up (a note on each, round after round) and logging
    a few cases of the county's own window between."""
    from stdnum.cn import ric

    from app.services import cases
    from app.services.cases import ApplicantInput, IntakeRequest
    from app.services.officers import find_actor

    ws = _open(folder)
    try:
        actor = find_actor(ws, username)
        notes, made = 0, []
        for r in range(rounds):
            for k, n in enumerate(numbers):
                cases.add_note(ws, actor, n, f"{username}-{r}-{k}-{n}", TODAY)
                notes += 1
            if r < intakes:
                body = f"1101051949{1 + r:02d}{10 + len(username):02d}{100 + r:03d}"  # one applicant per case
                req = IntakeRequest("MZ-001", ApplicantInput("person", f"县级{username}{r}",
                                                             body + ric.calc_check_digit(body + "0"), "13800138000"),
                                    ("01", "02", "03", "04", "05", "06", "07", "08"), date=TODAY)
                made.append(cases.intake(ws, actor, req, TODAY).state.number)
        return {"notes": notes, "intakes": made}
    finally:
        ws.close()
