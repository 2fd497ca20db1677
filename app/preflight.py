"""What the desktop program needs from the system, checked before Qt is loaded.

When a shared library of Qt's platform plugin is missing, Qt prints a misleading line to
a log nobody reads and aborts the process; the next start would then show a crash report
for what was never a bug. So, before anything imports PySide6, the program asks the
dynamic linker (``ldd``) which libraries of the Qt modules it uses and of the platform
plugin Qt is about to load cannot be found, and names them with the packages that bring
them, in the user's language. No display at all is reported the same way.

This module imports no Qt: it must run where Qt cannot.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Sequence

# The Qt modules the program imports (app/ui); their own libraries must load too.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf")

# soname -> the package that installs it, by the names Debian, UOS and Kylin use.
PACKAGES: Mapping[str, str] = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libcups.so.2": "libcups2",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}

# Every system library a Linux desktop needs for the program, for the README and the .deb.
DESKTOP_PACKAGES = (
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0",
    "libxkbcommon0", "libxkbcommon-x11-0", "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1",
    "libxcb-xfixes0", "libxcb-xkb1",
)

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)

Ldd = Callable[[Path], str]


@dataclass(frozen=True)
class Problem:
    """Why the window cannot open, in both languages, with what to install."""

    zh: str
    en: str
    packages: tuple[str, ...] = ()

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


def candidate_platforms(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in its order; empty when there is no display."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        # "wayland;xcb" is a list of choices and "vnc:size=800x600" carries options.
        return [p.split(":")[0].strip() for p in requested.split(";") if p.split(":")[0].strip()]
    wayland, x11 = bool(env.get("WAYLAND_DISPLAY")), bool(env.get("DISPLAY"))
    if wayland and (not x11 or env.get("XDG_SESSION_TYPE") == "wayland"):
        return ["wayland", "xcb"] if x11 else ["wayland"]
    return ["xcb"] if x11 else []


def qt_binaries(platform: str, qt_root: Path) -> list[Path]:
    """The Qt module and plugin files that will be loaded for ``platform``."""
    files = [qt_root / f"{name}.abi3.so" for name in QT_MODULES]
    plugins = qt_root / "Qt" / "plugins" / "platforms"
    names = ["libqwayland.so", "libqwayland-generic.so"] if platform == "wayland" else [f"libq{platform}.so"]
    files.extend(plugins / name for name in names)
    if platform == "xcb":
        files.append(qt_root / "Qt" / "lib" / "libQt6XcbQpa.so.6")
    return [f for f in files if f.is_file()]


def missing_libraries(files: Sequence[Path], ldd: Ldd) -> list[str]:
    """Sonames the dynamic linker cannot find for any of ``files``, in first-seen order."""
    found: dict[str, None] = {}
    for path in files:
        for soname in _NOT_FOUND.findall(ldd(path)):
            found.setdefault(soname, None)
    return list(found)


def run_ldd(path: Path) -> str:
    try:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout


def pyside_root() -> Path | None:
    """Where PySide6 lies (the venv's site-packages, or inside a frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "PySide6").is_dir():
        return Path(frozen) / "PySide6"
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def check(env: Mapping[str, str] | None = None, *, platform: str = sys.platform,
          qt_root: Path | None = None, ldd: Ldd | None = None) -> Problem | None:
    """The one thing stopping the window from opening, or None when nothing is seen to."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    platforms = candidate_platforms(env)
    if not platforms:
        return Problem(
            zh="无法打开程序窗口：没有图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY）。"
               "请在桌面会话中启动本程序；远程登录时请开启 X11 转发；仅作安装自检时可用 --smoke",
            en="Cannot open the program window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
               "Start the program from a desktop session, or enable X11 forwarding for a remote login; "
               "use --smoke for an installation self-check",
        )
    root = qt_root if qt_root is not None else pyside_root()
    if root is None:
        return Problem(zh="找不到 PySide6（Qt 界面库），程序安装不完整，请重新安装",
                       en="PySide6 (the Qt interface library) is not installed; reinstall the program")
    if ldd is None:
        if shutil.which("ldd") is None:
            return None  # nothing to ask; Qt will speak for itself
        ldd = run_ldd
    missing = {p: missing_libraries(qt_binaries(p, root), ldd) for p in platforms}
    if any(not sonames for sonames in missing.values()):
        return None  # Qt falls back to the first platform whose libraries are all there
    # Name what the usual desktop (X11) lacks when Qt would have tried it.
    sonames = missing.get("xcb") or missing[platforms[0]]
    packages = tuple(dict.fromkeys(PACKAGES.get(s, s) for s in sonames))
    libs, pkgs = "、".join(sonames), " ".join(packages)
    return Problem(
        zh=f"无法打开程序窗口：系统缺少图形界面所需的库 {libs}。"
           f"请让管理员安装：sudo apt install {pkgs}（统信 UOS、麒麟同名）",
        en=f"Cannot open the program window: the system lacks the libraries {', '.join(sonames)} that the "
           f"interface needs. Ask the administrator to install them: sudo apt install {pkgs}",
        packages=packages,
    )


# Qt's own fatal lines when the platform cannot start: the environment, not a bug.
_PLATFORM_FATAL = ("could not load the qt platform plugin", "could not connect to display",
                   "no qt platform plugin could be initialized", "failed to create wl_display")


def is_platform_failure(message: str) -> bool:
    """Whether a fatal Qt message says the display or its plugin could not start."""
    text = message.lower()
    return any(marker in text for marker in _PLATFORM_FATAL)


def platform_failure_problem(message: str) -> Problem:
    """The one line shown when Qt itself gives up on the display after the check passed."""
    first = message.strip().splitlines()[0] if message.strip() else ""
    return Problem(
        zh=f"无法打开程序窗口：图形显示无法启动（Qt：{first}）。请在桌面会话中启动本程序，"
           f"或请管理员按 README 安装图形界面所需的系统库",
        en=f"Cannot open the program window: the display could not be started (Qt: {first}). Start the "
           f"program from a desktop session, or ask the administrator to install the system libraries "
           f"listed in the README",
    )
