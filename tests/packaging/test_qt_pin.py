"""The source tree runs on the Qt the installers ship, and that Qt needs no newer glibc than 2.28.

On Python 3.11 (the installers' interpreter) pyproject.toml pins PySide6 to one version;
the whole test suite then runs on it. This checks that the installed Qt is that pin and
that its wheels are the manylinux_2_28 kind UOS 20 and Kylin V10 can load (the program's
own --smoke start on it is tests/ui/test_main_window.py).
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the pin is for Python 3.11")


def pinned() -> dict[str, str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return dict(re.findall(r'"(PySide6-\w+)==([\d.]+); python_version < \'3.12\'"', text))


def test_the_installed_qt_is_the_pinned_one():
    pins = pinned()
    assert set(pins) == {"PySide6-Essentials", "PySide6-Addons"} and len(set(pins.values())) == 1
    for name, version in pins.items():
        assert metadata.version(name) == version, name
    import PySide6

    assert PySide6.__version__ == next(iter(pins.values()))


def test_the_pinned_wheels_need_at_most_glibc_2_28():
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux wheels")
    for name in pinned():
        wheel = metadata.distribution(name).read_text("WHEEL") or ""
        tags = re.findall(r"^Tag: \S+-manylinux_(\d+)_(\d+)_x86_64$", wheel, re.M)
        assert tags, f"{name}: not an x86_64 manylinux wheel"
        assert max((int(a), int(b)) for a, b in tags) <= (2, 28), f"{name}: {tags}"

