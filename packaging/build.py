"""Build the installable program: PyInstaller folder, then the platform's installer.

The version comes from ``app/__init__.py`` alone and is handed to the spec, to the
Inno Setup script (``/DAppVersion=``) and to the Debian control file, so the three
never disagree. After building, the frozen program is started in ``--smoke`` mode: an
installer is not produced from a build that cannot open its own main window.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def run(cmd: list[str], **kw) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def pyinstaller() -> Path:
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(DIST),
         "--workpath", str(ROOT / "build" / "pyinstaller"), str(ROOT / "packaging" / "approval-window.spec")])
    folder = DIST / f"approval-window-{version()}"
    cli = folder / ("approval-window-cli.exe" if sys.platform == "win32" else "approval-window-cli")
    run([str(cli), "--smoke"], env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    return folder


def windows_installer(folder: Path) -> None:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={folder}", f"/O{DIST}",
         str(ROOT / "packaging" / "windows" / "approval-window.iss")])


def debian_package(folder: Path) -> Path:
    ver = version()
    stage = ROOT / "build" / "deb" / f"approval-window_{ver}"
    if stage.exists():
        shutil.rmtree(stage)
    (stage / "DEBIAN").mkdir(parents=True)
    shutil.copytree(folder, stage / "opt" / "approval-window")
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "approval-window").symlink_to("/opt/approval-window/approval-window")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "debian" / "approval-window.desktop", apps)
    control = (ROOT / "packaging" / "debian" / "control.in").read_text(encoding="utf-8")
    (stage / "DEBIAN" / "control").write_text(control.replace("@VERSION@", ver), encoding="utf-8")
    out = DIST / f"approval-window_{ver}_amd64.deb"
    run(["dpkg-deb", "--root-owner-group", "--build", str(stage), str(out)])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="Build approval-window for installation")
    parser.add_argument("--installer", choices=["auto", "none", "windows", "deb"], default="auto")
    args = parser.parse_args()
    folder = pyinstaller()
    kind = args.installer
    if kind == "auto":
        kind = "windows" if sys.platform == "win32" else "deb"
    if kind == "windows":
        windows_installer(folder)
    elif kind == "deb":
        print(debian_package(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
