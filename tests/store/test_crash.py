"""A power cut in the middle of work: the last committed case must survive, the file stay sound.

A child process logs cases one by one, printing each case number as soon as its
transaction has returned; the test kills it (SIGKILL, no chance to clean up) at
different moments and then checks what is on disk.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.paths import DataPaths
from app.services.maintenance import audit
from app.services.workspace import Workspace

pytestmark = pytest.mark.sqlite_only("killing the program mid-write and reopening the SQLite file; a server keeps its own WAL")

REPO = Path(__file__).resolve().parents[2]

WRITER = r"""
import datetime as dt
import sys

from stdnum.cn import ric

from app.paths import DataPaths
from app.services import cases
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.officers import find_actor
from app.services.workspace import Workspace

ws = Workspace.open(DataPaths(sys.argv[1]), daily_backup=False)
clerk = find_actor(ws, "clerk")
today = dt.date(2026, 3, 20)
materials = ("01", "02", "03", "04", "05", "06", "07", "08")
# Each applicant is someone new: a restarted writer goes on after the cases already there.
i = cases.next_serial(ws, today.year) - 1
while True:
    i += 1
    body = f"3301061970{1 + i % 12:02d}{1 + i % 28:02d}{i % 1000:03d}"
    applicant = ApplicantInput("person", f"申请人{i}", body + ric.calc_check_digit(body + "0"), "13800138000")
    view = cases.intake(ws, clerk, IntakeRequest("MZ-001", applicant, materials), today)
    print(view.state.number, flush=True)
"""


def run_and_kill(folder: Path, after: int, rng: random.Random) -> list[str]:
    """Start the writer, kill it once ``after`` cases are reported; every number it printed."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    printed: list[str] = []
    try:
        while len(printed) < after:
            line = proc.stdout.readline()
            if not line:
                pytest.fail(f"the writer stopped by itself: {proc.stderr.read()}")
            printed.append(line.rstrip("\n"))
        time.sleep(rng.uniform(0, 0.02))  # land somewhere inside the next transaction
    finally:
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    printed += [line for line in rest.split("\n")[:-1]]  # only whole lines were reported
    return printed


@pytest.mark.slow
def test_killing_the_program_mid_batch_keeps_every_reported_case(station_dir):
    paths = DataPaths(station_dir)
    rng = random.Random(20261120)
    reported: list[str] = []
    for kills, after in enumerate((1, 4, 9, 16), start=1):
        reported += run_and_kill(station_dir, after, rng)

        conn = sqlite3.connect(paths.database)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = {n for (n,) in conn.execute("SELECT number FROM cases")}
            serials = sorted(s for (s,) in conn.execute("SELECT serial FROM cases"))
        finally:
            conn.close()
        assert set(reported) <= stored
        assert len(stored) - len(set(reported)) <= kills  # at most one per kill: committed, print cut off
        assert serials == list(range(1, len(serials) + 1))  # still gapless after each crash

        ws = Workspace.open(paths, daily_backup=False)
        try:
            result = audit(ws)
        finally:
            ws.close()
        assert result.problems == []
        assert result.events == 2 * len(stored)  # intake and acceptance of each case, nothing half-written
    assert len(reported) == len(set(reported)) >= 30
