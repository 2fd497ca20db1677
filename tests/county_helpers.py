"""Several townships' data folders feeding one county hub, built on the command line.

Four stations of three townships (青山镇 with two windows, 白沙镇, 石门乡) each log demo
cases and export sync packages; the county hub trusts them and imports every package.
The hub's log of packages is then set to the days they are meant to have arrived on.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from app.cli import main
from app.cli.common import ENV_PASSWORD
from app.paths import DataPaths

TODAY = "2026-11-20"  # a Friday
PASSWORD = "pw-secret-1"
STATIONS = {
    # folder: (centre, window, code, demo cases, seed)
    "qs1": ("青山镇便民服务中心", "社会事务窗口", "01", 200, 3),
    "qs2": ("青山镇便民服务中心", "民政窗口", "02", 120, 4),
    "bs": ("白沙镇便民服务中心", "综合窗口", "11", 220, 5),
    "sm": ("石门乡便民服务中心", "综合窗口", "21", 160, 6),
}
HUB = ("某县政务服务中心", "县级受理窗口", "90")
# when each package reached the hub (local time): 石门乡 last reported more than three
# working days before the 20th, so it is stale; 青山镇 sent twice
ARRIVALS = {"qs1": ["2026-11-10 09:30", "2026-11-18 16:00"], "qs2": ["2026-11-19 10:00"],
            "bs": ["2026-11-17 11:00"], "sm": ["2026-11-12 15:20"]}


def _go(folder: Path, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    import sys
    from contextlib import redirect_stderr, redirect_stdout

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(["--data-dir", str(folder), "--today", TODAY, *argv])
            except SystemExit as exc:  # a usage error
                code = exc.code
    finally:
        sys.stdin = old_stdin
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


def _ok(folder: Path, *argv: str, stdin: str | None = None) -> str:
    code, out, err = _go(folder, *argv, stdin=stdin)
    assert code == 0, err
    return out


def build_county(root: Path, stations: dict = STATIONS) -> Path:
    """The stations' and the hub's data folders under ``root``; returns ``root``."""
    mp = pytest.MonkeyPatch()
    mp.setenv(ENV_PASSWORD, PASSWORD)
    try:
        for folder, (centre, window, code, *_rest) in {**stations, "hub": (*HUB, 0, 0)}.items():
            _ok(root / folder, "init", "--centre", centre, "--window", window, "--admin", "admin",
                "--station-code", code, "--password-stdin", stdin=PASSWORD + "\n")
            _ok(root / folder, "station", "export-key", "--out", str(root / f"{folder}.pub"))
        for folder, (*_names, cases, seed) in stations.items():
            _ok(root / folder, "demo", "--cases", str(cases), "--seed", str(seed), "--officer", "admin")
            _ok(root / "hub", "station", "trust", str(root / f"{folder}.pub"), "--officer", "admin")
        for folder, arrivals in ARRIVALS.items():
            for n, _when in enumerate(arrivals):
                if n:  # something new since the last package
                    number = json.loads(_ok(root / folder, "--json", "case", "list"))[0]["number"]
                    _ok(root / folder, "case", "note", number, "电话告知办理进度", "--officer", "admin")
                package = root / f"{folder}-{n}.awsync"
                _ok(root / folder, "sync", "export", "--all", "--out", str(package), "--officer", "admin")
                _ok(root / "hub", "sync", "import", str(package), "--officer", "admin")
        _backdate_arrivals(root / "hub")
    finally:
        mp.undo()
    return root


def _backdate_arrivals(hub: Path) -> None:
    """The packages were imported just now; the log is set to the days they are meant to
    have arrived on, in the order they were imported (the log keeps UTC)."""
    conn = sqlite3.connect(DataPaths(hub).database)
    try:
        uuids = {_station_uuid(hub.parent / f): f for f in STATIONS}
        rows = conn.execute("SELECT sha256, source_uuid FROM sync_log ORDER BY received_at").fetchall()
        seen: dict[str, int] = defaultdict(int)
        for sha, source in rows:
            folder = uuids[source]
            local = dt.datetime.strptime(ARRIVALS[folder][seen[folder]], "%Y-%m-%d %H:%M").astimezone()
            seen[folder] += 1
            utc = local.astimezone(dt.timezone.utc).replace(tzinfo=None)
            conn.execute("UPDATE sync_log SET received_at = ? WHERE sha256 = ?", (utc.isoformat(sep=" "), sha))
        conn.commit()
        assert sum(seen.values()) == sum(len(v) for v in ARRIVALS.values())
    finally:
        conn.close()


def _station_uuid(folder: Path) -> str:
    conn = sqlite3.connect(DataPaths(folder).database)
    try:
        return conn.execute("SELECT uuid FROM stations WHERE is_local = 1").fetchone()[0]
    finally:
        conn.close()
