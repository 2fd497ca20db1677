"""Update the translation sources (.ts) from the UI code and compile them (.qm).

Each UI author owns their own .ts file so that nobody edits the same file: the modules of
the program's shell share ``shell_zh_CN.ts``; every other module ``app/ui/<module>.py``
has ``<module>_zh_CN.ts``. The program loads every ``*_zh_CN.qm`` found here.

    python resources/translations/build.py            # update all .ts, compile all .qm
    python resources/translations/build.py intake     # only intake_zh_CN.ts / .qm
    python resources/translations/build.py --release  # only compile, do not scan code

Translations are filled in with Qt Linguist (``pyside6-linguist FILE.ts``) or any editor.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
UI = ROOT / "app" / "ui"
LANGUAGES = ("zh_CN",)

# Modules translated together in one file; any module not listed has a file of its own.
GROUPS: dict[str, tuple[str, ...]] = {
    "shell": ("application", "badges", "filters", "first_run", "geometry", "i18n", "launch", "main_window", "manual",
              "single_instance", "sign_in", "worker", "worklist_model", "db_tasks"),
    "printing": ("printing", "print_preview", "batch_print"),
    "reports": ("ledger_dialog",),
}


def catalogues() -> dict[str, list[Path]]:
    """Translation file stem → the UI modules it covers.

    A package under app/ui (e.g. ``admin``) is one catalogue of all its modules.
    """
    grouped = {m for members in GROUPS.values() for m in members}
    result: dict[str, list[Path]] = {name: [UI / f"{m}.py" for m in members if (UI / f"{m}.py").is_file()]
                                     for name, members in GROUPS.items()}
    for path in sorted(UI.glob("*.py")):
        if path.stem != "__init__" and path.stem not in grouped:
            result[path.stem] = [path]
    for package in sorted(p for p in UI.iterdir() if (p / "__init__.py").is_file()):
        result[package.name] = sorted(package.rglob("*.py"))
    return {name: files for name, files in result.items() if files}


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"找不到 {name}；请在程序的虚拟环境中安装 PySide6")
    return found


def update(name: str, sources: list[Path], lang: str) -> Path:
    ts = HERE / f"{name}_{lang}.ts"
    subprocess.run([tool("pyside6-lupdate"), *map(str, sources), "-ts", str(ts), "-no-obsolete",
                    "-locations", "absolute"], check=True, cwd=ROOT)
    return ts


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="更新并编译界面翻译")
    parser.add_argument("names", nargs="*", help="只处理这些翻译文件（如 shell、intake）")
    parser.add_argument("--release", action="store_true", help="只编译 .qm，不扫描代码")
    args = parser.parse_args(argv)
    known = catalogues()
    names = args.names or sorted(known)
    unknown = [n for n in names if n not in known]
    if unknown:
        parser.error(f"没有这些界面模块：{', '.join(unknown)}（可选：{', '.join(sorted(known))}）")
    for name in names:
        for lang in LANGUAGES:
            ts = HERE / f"{name}_{lang}.ts" if args.release else update(name, known[name], lang)
            if ts.is_file():
                release(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
