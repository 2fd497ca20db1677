"""Before Qt starts, the program names what the system lacks instead of aborting.

Nothing is uninstalled here: a missing library is simulated by an ``ldd`` that reports
it as not found, the way the dynamic linker does on a desktop without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import preflight
from app.ui.application import exit_on_platform_failure, take_previous_crash

ROOT = Path(__file__).resolve().parents[1]
LIBQXCB_WITHOUT_ICCCM = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f85)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f85)
"""
ALL_FOUND = "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f85)\n"


@pytest.fixture
def qt_root(tmp_path: Path) -> Path:
    """A stand-in PySide6 folder with the files the check looks at."""
    root = tmp_path / "PySide6"
    for rel in ("QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so", "Qt/lib/libQt6XcbQpa.so.6",
                "Qt/plugins/platforms/libqxcb.so", "Qt/plugins/platforms/libqwayland.so",
                "Qt/plugins/platforms/libqoffscreen.so"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"\x7fELF")
    return root


def fake_ldd(missing_in: dict[str, str]):
    def ldd(path: Path) -> str:
        return missing_in.get(path.name, ALL_FOUND)
    return ldd


def test_a_missing_xcb_library_is_named_with_its_package(qt_root: Path) -> None:
    problem = preflight.check({"DISPLAY": ":0"}, platform="linux", qt_root=qt_root,
                              ldd=fake_ldd({"libqxcb.so": LIBQXCB_WITHOUT_ICCCM,
                                            "libQt6XcbQpa.so.6": LIBQXCB_WITHOUT_ICCCM}))
    assert problem is not None
    assert problem.packages == ("libxcb-icccm4", "libxcb-keysyms1")
    assert "libxcb-icccm.so.4" in problem.zh and "sudo apt install libxcb-icccm4 libxcb-keysyms1" in problem.zh
    assert problem.message("en").startswith("Cannot open the program window")
    assert "xcb-cursor" not in problem.zh  # Qt's own message blames the one that is there


def test_no_display_at_all_is_said_plainly(qt_root: Path) -> None:
    problem = preflight.check({}, platform="linux", qt_root=qt_root, ldd=fake_ldd({}))
    assert problem is not None and "没有图形显示" in problem.zh and "DISPLAY" in problem.zh


def test_a_complete_system_passes(qt_root: Path) -> None:
    assert preflight.check({"DISPLAY": ":0"}, platform="linux", qt_root=qt_root, ldd=fake_ldd({})) is None


def test_offscreen_needs_no_display_and_no_xcb(qt_root: Path) -> None:
    ldd = fake_ldd({"libqxcb.so": LIBQXCB_WITHOUT_ICCCM})
    assert preflight.check({"QT_QPA_PLATFORM": "offscreen"}, platform="linux", qt_root=qt_root, ldd=ldd) is None


def test_a_wayland_session_falls_back_to_xwayland_as_qt_does(qt_root: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}
    wayland_missing = "\tlibwayland-cursor.so.0 => not found\n"
    assert preflight.candidate_platforms(env) == ["wayland", "xcb"]
    assert preflight.check(env, platform="linux", qt_root=qt_root,
                           ldd=fake_ldd({"libqwayland.so": wayland_missing})) is None
    both = fake_ldd({"libqwayland.so": wayland_missing, "libqxcb.so": LIBQXCB_WITHOUT_ICCCM})
    problem = preflight.check(env, platform="linux", qt_root=qt_root, ldd=both)
    assert problem is not None and problem.packages == ("libxcb-icccm4", "libxcb-keysyms1")


def test_an_explicit_platform_list_is_read_as_qt_reads_it() -> None:
    assert preflight.candidate_platforms({"QT_QPA_PLATFORM": "vnc:size=800x600;offscreen"}) == ["vnc", "offscreen"]


def test_other_systems_are_not_checked(qt_root: Path) -> None:
    assert preflight.check({}, platform="win32", qt_root=qt_root, ldd=fake_ldd({})) is None


def test_every_library_the_check_can_name_is_in_the_desktop_package_list() -> None:
    """The README and the .deb declare what the check would ask an administrator for."""
    wanted = set(preflight.DESKTOP_PACKAGES)
    xcb_names = {pkg for soname, pkg in preflight.PACKAGES.items()
                 if soname.startswith(("libxcb", "libxkb", "libX11", "libEGL", "libGL.", "libfontconfig",
                                       "libdbus", "libglib"))}
    assert xcb_names - {"libxcb-xinput0", "libxcb-glx0"} <= wanted
    control = (ROOT / "packaging" / "debian" / "control.in").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    carried = {"libxcb-util1"}  # the bundle carries libxcb-util.so.1 (packaging/approval-window.spec)
    for package in preflight.DESKTOP_PACKAGES:
        assert package in control or package in carried, package
        assert package in readme, package


def test_qt_giving_up_on_the_display_exits_with_a_message_not_a_crash(capsys) -> None:
    codes: list[int] = []
    exit_on_platform_failure("This application failed to start because no Qt platform plugin could be "
                             "initialized. Reinstalling the application may fix this problem.", "zh_CN", codes.append)
    assert codes == [1]
    assert "图形显示无法启动" in capsys.readouterr().err
    exit_on_platform_failure("QPainter::begin: Paint device returned engine == 0", "zh_CN", codes.append)
    assert codes == [1]  # any other fatal message stays a bug


def _fake_ldd_on_path(folder: Path, *, hide: str | None) -> dict[str, str]:
    """An ``ldd`` that answers like the real one, less or plus one missing library."""
    folder.mkdir()
    script = folder / "ldd"
    if hide:
        script.write_text(f"#!/bin/sh\nldd_out=$(/usr/bin/ldd \"$@\" | grep -v 'not found')\necho \"$ldd_out\"\n"
                          f"case \"$1\" in *libqxcb.so|*libQt6XcbQpa.so.6) printf '\\t{hide} => not found\\n';; esac\n")
    else:
        script.write_text("#!/bin/sh\n/usr/bin/ldd \"$@\" | grep -v 'not found'\n")
    script.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(PATH=f"{folder}:{env.get('PATH', '')}", DISPLAY=":97", HOME=str(folder.parent))
    return env


needs_linux_ldd = pytest.mark.skipif(not (sys.platform.startswith("linux") and Path("/usr/bin/ldd").exists()),
                                     reason="the check reads the dynamic linker's answer on Linux")


@needs_linux_ldd
@pytest.mark.slow
def test_starting_without_libxcb_icccm_prints_one_line_and_changes_nothing(tmp_path: Path) -> None:
    env = _fake_ldd_on_path(tmp_path / "bin", hide="libxcb-icccm.so.4")
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "libxcb-icccm.so.4" in lines[0] and "libxcb-icccm4" in lines[0]
    assert not data.exists()  # nothing written: no log, no crash report for the next start


@needs_linux_ldd
@pytest.mark.slow
def test_starting_without_a_display_says_so(tmp_path: Path) -> None:
    env = _fake_ldd_on_path(tmp_path / "bin", hide=None)
    env.pop("DISPLAY")
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "--lang", "en"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == ("approval-window: " + preflight.check({}, platform="linux").en)


@needs_linux_ldd
@pytest.mark.slow
def test_when_qt_still_cannot_reach_the_display_no_crash_is_reported_next_time(tmp_path: Path) -> None:
    """The check passed, but no X server answers on the display: Qt's fatal line becomes a message."""
    env = _fake_ldd_on_path(tmp_path / "bin", hide=None)
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("approval-window: 无法打开程序窗口")
    assert take_previous_crash(data / "logs") is None
