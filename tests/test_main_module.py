"""The program's entry point stays light: rebuild workers import it again."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_installed_command_starts_from_the_light_entry_point():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["approval-window"] == "app.__main__:run"


def test_importing_the_entry_point_loads_nothing_of_the_program():
    """A spawned rebuild worker runs the installed command's script again, which imports
    the entry point: that must not load the command line (two seconds of imports)."""
    probe = "import sys, app.__main__; print(sorted(m for m in sys.modules if m.startswith('app.')))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['app.__main__']"


def test_python_dash_m_app_still_runs_the_command_line():
    out = subprocess.run([sys.executable, "-m", "app", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and "admin" in out.stdout
