"""Build the installable program: PyInstaller folder, its checks, then the platform's installer.

The version comes from ``app/__init__.py`` alone and is handed to the spec, to the
Inno Setup script (``/DAppVersion=``) and to the Debian package, so they never disagree.
After building, the frozen program is started in ``--smoke`` mode: no installer is made
from a build that cannot open its own main window.

On Linux the build also reports the bundle's glibc floor (the highest ``GLIBC_`` symbol
version any bundled binary needs: the oldest system it can start on) and its size, and
refuses to package a bundle that needs a system library ``debian/control.in`` does not
declare. ``--buildroot SUITE`` builds inside a chroot of that older Debian release (made by
``linux/buildroot.sh``) so that the bundle's own binaries need no newer glibc than it has.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
SUMMARY = DIST / "build-summary.json"
# Build roots are whole Debian systems with /proc mounted: kept outside the source tree,
# where pip's and setuptools' walks over the project would wander into them.
BUILDROOTS = Path(os.environ.get("APPROVAL_WINDOW_BUILDROOTS", "/var/tmp/approval-window-buildroots"))
PACKAGING = ROOT / "packaging"
NAME = "approval-window"
# Reverse domain name: the Debian package, the UOS /opt/apps folder, the desktop file and
# the .deb file name all use it.
APP_ID = "cn.approvalwindow.desk"
TITLE_ZH = "便民服务窗口受理系统"
GLIBC_FAMILY = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|ld-linux-x86-64)\.so")
SYSTEM_FLOOR = "2.28"  # UOS 20 (Debian 10 based) and Kylin V10: the oldest glibc the bundle must start on


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def four_part(ver: str) -> str:
    """UOS wants ``a.b.c.d``: the project's ``a.b.c`` with a build number 0."""
    parts = re.findall(r"\d+", ver)[:4]
    return ".".join(parts + ["0"] * (4 - len(parts)))


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


# -- building the folder -----------------------------------------------------------------


def pyinstaller(buildroot: Path | None) -> Path:
    folder = DIST / f"{NAME}-{version()}"
    if buildroot is None:
        run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
             str(PACKAGING / "approval-window.spec")])
    else:
        src = buildroot / "src" / NAME
        if src.exists():
            shutil.rmtree(src)
        src.mkdir(parents=True)
        files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], check=True,
                               capture_output=True).stdout.split(b"\0")
        for rel in filter(None, files):
            target = src / rel.decode()
            if (ROOT / rel.decode()).is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / rel.decode(), target)
        in_root(buildroot, ["/venv/bin/python", "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
                            "WARN", "--distpath", f"/src/{NAME}/dist", "--workpath", "/tmp/pyinstaller",
                            f"/src/{NAME}/packaging/approval-window.spec"])
        if folder.exists():
            shutil.rmtree(folder)
        DIST.mkdir(exist_ok=True)
        shutil.move(str(src / "dist" / folder.name), folder)
    # PyInstaller links Qt's libraries into the top folder too; the links of the ones the
    # spec leaves out would point nowhere.
    for link in [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()
    if sys.platform != "win32":
        (folder / f"{NAME}-cli").symlink_to(NAME)  # one program; the name scripts use
    return folder


def in_root(buildroot: Path, cmd: list[str], **kw) -> subprocess.CompletedProcess:
    env = ["/usr/bin/env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", "LANG=C.UTF-8"]
    return run(["chroot", str(buildroot), *env, *cmd], **kw)


def smoke(folder: Path, buildroot: Path | None) -> None:
    """The frozen program opens its main window over demo cases, offscreen."""
    cli = folder / (f"{NAME}-cli.exe" if sys.platform == "win32" else f"{NAME}-cli")
    if buildroot is None:
        run([str(cli), "--smoke"], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        return
    # Where it was built: the older release's own libraries, nothing from this machine.
    inside = buildroot / "tmp" / folder.name
    if inside.exists():
        shutil.rmtree(inside)
    shutil.copytree(folder, inside, symlinks=True)
    try:
        in_root(buildroot, ["/usr/bin/env", "QT_QPA_PLATFORM=offscreen", f"/tmp/{folder.name}/{NAME}-cli", "--smoke"])
    finally:
        shutil.rmtree(inside)


# -- what the binaries need ----------------------------------------------------------------


@dataclass
class ElfReport:
    """The glibc versions and system libraries the bundled binaries need."""

    floor: tuple[int, ...] = (0,)
    floor_files: list[str] = field(default_factory=list)
    above_target: dict[str, str] = field(default_factory=dict)  # file -> highest GLIBC_ it needs
    system_libs: dict[str, list[str]] = field(default_factory=dict)  # soname -> files that need it

    @property
    def floor_text(self) -> str:
        return ".".join(map(str, self.floor))


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def _vtuple(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split("."))


def analyse(folder: Path) -> ElfReport:
    """Read each binary's dynamic section (objdump -p): NEEDED and GLIBC_ version references."""
    report = ElfReport()
    bundled = {p.name for p in folder.rglob("*")}
    target = _vtuple(SYSTEM_FLOOR)
    for path in elf_files(folder):
        out = subprocess.run(["objdump", "-p", str(path)], check=True, capture_output=True, text=True).stdout
        rel = str(path.relative_to(folder))
        versions = [_vtuple(v) for v in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", out)]
        if versions:
            top = max(versions)
            if top > report.floor:
                report.floor, report.floor_files = top, [rel]
            elif top == report.floor:
                report.floor_files.append(rel)
            if top > target:
                report.above_target[rel] = ".".join(map(str, top))
        for soname in re.findall(r"^\s+NEEDED\s+(\S+)$", out, re.M):
            if soname not in bundled and not GLIBC_FAMILY.match(soname):
                report.system_libs.setdefault(soname, []).append(rel)
    return report


def package_of(soname: str, buildroot: Path | None) -> str | None:
    """The Debian package that holds ``soname`` on the build system, or None."""
    prefix = ["chroot", str(buildroot)] if buildroot else []
    cache = subprocess.run([*prefix, "/sbin/ldconfig", "-p"], check=True, capture_output=True, text=True).stdout
    match = re.search(rf"^\s+{re.escape(soname)} \(libc6,x86-64\) => (\S+)$", cache, re.M)
    if not match:
        return None
    path = match.group(1)
    for candidate in (path, os.path.realpath(path) if not buildroot else path):
        found = subprocess.run([*prefix, "dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0].strip()
        if candidate.startswith("/lib/"):  # merged /usr: dpkg knows one of the two spellings
            found = subprocess.run([*prefix, "dpkg", "-S", "/usr" + candidate], capture_output=True, text=True)
            if found.returncode == 0:
                return found.stdout.split(":", 1)[0].strip()
    return None


def declared_depends(control: str) -> set[str]:
    unfolded = re.sub(r"\n[ \t]+", " ", control)  # a field may go on over indented lines
    line = re.search(r"^Depends:(.*)$", unfolded, re.M)
    names = set()
    for alt in (line.group(1) if line else "").split(","):
        for pkg in alt.split("|"):
            name = re.sub(r"\(.*?\)|:any", "", pkg).strip()
            if name:
                names.add(name)
    return names


def check_depends(report: ElfReport, control: str, buildroot: Path | None) -> list[str]:
    """Problems: system libraries the bundle needs that no declared package provides."""
    declared = declared_depends(control)
    problems = []
    for soname, users in sorted(report.system_libs.items()):
        pkg = package_of(soname, buildroot)
        if pkg is None:
            problems.append(f"{soname} (needed by {users[0]}) is not installed on the build system; "
                            f"install it there so its package can be found and declared")
        elif pkg not in declared:
            problems.append(f"{soname} comes from package {pkg}, which debian/control.in does not declare "
                            f"(needed by {users[0]})")
    return problems


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# -- installers ------------------------------------------------------------------------------


def windows_installer(folder: Path) -> Path:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={folder}", f"/O{DIST}",
         str(PACKAGING / "windows" / "approval-window.iss")])
    return DIST / f"{NAME}-setup-{version()}.exe"


def uos_info(ver: str) -> dict:
    """The ``info`` file of the UOS application layout."""
    return {
        "appid": APP_ID,
        "name": TITLE_ZH,
        "version": four_part(ver),
        "arch": ["amd64"],
        "permissions": {
            "autostart": False, "notification": False, "trayicon": False, "clipboard": True,
            "account": False, "bluetooth": False, "camera": False, "audio_record": False,
            "installed_apps": False,
        },
    }


def desktop_entry() -> str:
    text = (PACKAGING / "debian" / "approval-window.desktop").read_text(encoding="utf-8")
    return text.replace("@APPID@", APP_ID)


def debian_package(folder: Path, report: ElfReport) -> Path:
    """A .deb in the UOS layout: everything under /opt/apps/APPID, no maintainer scripts."""
    ver = four_part(version())
    stage = ROOT / "build" / "deb" / f"{APP_ID}_{ver}"
    if stage.exists():
        shutil.rmtree(stage)
    app = stage / "opt" / "apps" / APP_ID
    (stage / "DEBIAN").mkdir(parents=True)
    shutil.copytree(folder, app / "files", symlinks=True)
    (app / "entries" / "applications").mkdir(parents=True)
    (app / "entries" / "applications" / f"{APP_ID}.desktop").write_text(desktop_entry(), encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for png in sorted(icons.glob("approval-window-*.png")):
        size = re.search(r"-(\d+)\.png$", png.name).group(1)
        target = app / "entries" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / f"{APP_ID}.png")
    if (icons / "approval-window.svg").exists():
        target = app / "entries" / "icons" / "hicolor" / "scalable" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(icons / "approval-window.svg", target / f"{APP_ID}.svg")
    (app / "info").write_text(json.dumps(uos_info(version()), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    installed_kib = (folder_size(app) + 1023) // 1024
    control = (PACKAGING / "debian" / "control.in").read_text(encoding="utf-8")
    control = control.replace("@PACKAGE@", APP_ID).replace("@VERSION@", ver)
    control = control.replace("@GLIBC@", report.floor_text).replace("@INSTALLED_SIZE@", str(installed_kib))
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    for path in stage.rglob("*"):  # dpkg-deb wants 0755 folders and no group/world write
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    out = DIST / f"{APP_ID}_{ver}_amd64.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(stage), str(out)], stdout=subprocess.DEVNULL)
    return out


# -- command -----------------------------------------------------------------------------------


def human(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build approval-window for installation")
    parser.add_argument("--installer", choices=["auto", "none", "windows", "deb"], default="auto")
    parser.add_argument("--buildroot", metavar="SUITE",
                        help="build inside a chroot of this Debian release (e.g. bullseye), made or "
                             "updated by packaging/linux/buildroot.sh; needs root")
    parser.add_argument("--summary", metavar="FILE.json", help="also write the figures printed at the end here")
    args = parser.parse_args(argv)
    buildroot = None
    if args.buildroot:
        buildroot = BUILDROOTS / f"root-{args.buildroot}"
        run(["bash", str(PACKAGING / "linux" / "buildroot.sh"), str(buildroot), args.buildroot])
    folder = pyinstaller(buildroot)
    kind = args.installer
    if kind == "auto":
        kind = "windows" if sys.platform == "win32" else "deb"
    summary: dict = {"version": version(), "bundle": str(folder), "bundle_bytes": folder_size(folder),
                     "buildroot": args.buildroot or "host"}
    report = None
    if sys.platform.startswith("linux"):
        report = analyse(folder)
        summary.update(glibc_floor=report.floor_text, glibc_floor_files=report.floor_files[:5],
                       above_2_28=report.above_target, system_libs=sorted(report.system_libs))
        control = (PACKAGING / "debian" / "control.in").read_text(encoding="utf-8")
        problems = check_depends(report, control, buildroot)
        if problems:
            print("packaging/build.py: the bundle needs system libraries the package does not declare:",
                  *problems, sep="\n  ", file=sys.stderr)
            return 1
    smoke(folder, buildroot)
    if kind == "windows":
        summary["installer"] = str(windows_installer(folder))
    elif kind == "deb":
        deb = debian_package(folder, report)
        summary["installer"] = str(deb)
        summary["deb_bytes"] = deb.stat().st_size
        fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"], check=True, capture_output=True,
                                text=True).stdout.strip()
        summary["installed_bytes"] = int(fields) * 1024
    print()
    print(f"bundle:       {folder}  ({human(summary['bundle_bytes'])}, built on {summary['buildroot']})")
    if report is not None:
        print(f"glibc floor:  {report.floor_text}  (needed by {', '.join(report.floor_files[:3])})")
        if report.above_target:
            print(f"above {SYSTEM_FLOOR}:   " + ", ".join(f"{k} ({v})" for k, v in sorted(report.above_target.items())))
    if "installer" in summary:
        extra = f", {human(summary['deb_bytes'])}, installs {human(summary['installed_bytes'])}" if "deb_bytes" in summary else ""
        print(f"installer:    {summary['installer']}{extra}")
    text = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    SUMMARY.write_text(text, encoding="utf-8")  # for bench/run.py
    if args.summary:
        Path(args.summary).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
