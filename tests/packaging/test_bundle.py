"""The built Linux bundle: Chinese input works and every library it needs resolves.

Runs against the folder named by ``APPROVAL_WINDOW_BUNDLE`` (packaging/linux/install-test.sh
points it at the installed ``/opt/apps/APPID/files``), else against the last build in
``dist/``; skipped when neither exists, since building takes minutes.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
_spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
build = importlib.util.module_from_spec(_spec)
sys.modules["packaging_build"] = build
_spec.loader.exec_module(build)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("APPROVAL_WINDOW_BUNDLE")
    folder = Path(given) if given else build.DIST / f"{build.NAME}-{build.version()}"
    if not (folder / build.NAME).exists():
        if given:
            pytest.fail(f"APPROVAL_WINDOW_BUNDLE={given} holds no {build.NAME} program")
        pytest.skip("no bundle built: python packaging/build.py")
    return folder


def qt_plugins(bundle: Path) -> Path:
    found = list(bundle.rglob("platforminputcontexts"))
    assert found, "no Qt input-context plugin folder in the bundle"
    return found[0].parent


def ldd(binary: Path, bundle: Path) -> str:
    """``ldd`` as the frozen program's loader sees it: the bundle's folder first (PyInstaller's
    bootloader puts it on LD_LIBRARY_PATH), then the binary's RUNPATH, then the system."""
    out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(bundle / "_internal")})
    assert out.returncode == 0, out.stderr
    return out.stdout


def unresolved(binary: Path, bundle: Path) -> list[str]:
    """What the dynamic loader cannot find for ``binary`` against the bundle and this system."""
    return re.findall(r"^\s*(\S+) => not found", ldd(binary, bundle), re.M)


def test_the_ibus_input_method_plugin_is_bundled_and_all_its_libraries_resolve(bundle):
    plugin = qt_plugins(bundle) / "platforminputcontexts" / "libibusplatforminputcontextplugin.so"
    assert plugin.is_file()
    assert unresolved(plugin, bundle) == []
    # Its Qt libraries come from the bundle, not from a Qt the system may have.
    for line in ldd(plugin, bundle).splitlines():
        if "libQt6" in line:
            assert str(bundle.resolve()) in str(Path(line.split("=>")[1].split("(")[0].strip()).resolve()), line


def test_the_xcb_platform_and_every_bundled_binary_resolve_on_this_system(bundle):
    plugins = qt_plugins(bundle)
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    missing = {str(p.relative_to(bundle)): unresolved(p, bundle) for p in build.elf_files(bundle)}
    assert {k: v for k, v in missing.items() if v} == {}


def test_the_launcher_chooses_a_plugin_the_bundle_carries(bundle):
    from app.ui.input_method import bundled_plugins, choose

    available = bundled_plugins(qt_plugins(bundle))
    assert {"ibus", "compose"} <= available
    choice = choose({"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx"}, available, ["fcitx5"])
    assert choice.changes["QT_IM_MODULE"] in available


def test_the_bundle_reports_its_glibc_floor(bundle):
    report = build.analyse(bundle)
    assert report.floor >= (2, 17) and report.floor_files
    # Needing a system library it neither carries nor declares would fail on a fresh laptop.
    control = (ROOT / "packaging" / "debian" / "control.in").read_text(encoding="utf-8")
    assert build.check_depends(report, control, None) == []


def test_unused_qt_parts_are_left_out(bundle):
    assert [str(p) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()] == []
    names = {p.name for p in bundle.rglob("*.so*")}
    assert not any(part in n.lower() for n in names for part in ("virtualkeyboard", "wayland", "qt6quick", "qt6qml"))
    assert not any(n.startswith(("libX11.", "libxcb-icccm", "libfontconfig", "libglib-2.0")) for n in names)


def test_the_frozen_program_rebuilds_with_worker_processes(bundle, tmp_path):
    """A worker of a parallel rebuild is the frozen program started again: it must become
    the worker (multiprocessing.freeze_support), not a second copy of the command line."""
    cli = bundle / f"{build.NAME}-cli"
    data = tmp_path / "data"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8", "APPROVAL_WINDOW_PASSWORD": "bundle-pass1"}

    def run(*argv: str, stdin: str | None = None) -> str:
        done = subprocess.run([str(cli), "--data-dir", str(data), *argv], input=stdin, capture_output=True, text=True,
                              env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("init", "--centre", "某镇便民服务中心", "--window", "社会事务窗口", "--admin", "admin", "--password-stdin",
        stdin="bundle-pass1\n")
    run("--officer", "admin", "demo", "--cases", "60", "--seed", "4")
    out = run("--officer", "admin", "--json", "admin", "rebuild", "--jobs", "2")
    record = json.loads(out)
    assert record["cases"] == 60 and record["unchanged"] is True
    assert record["workers"] >= 1  # 0 would mean every worker failed and this process folded all
