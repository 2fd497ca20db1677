"""Backups through SQLite's online backup API: consistent even while the program runs.

Taken before every migration, once a day at start-up, and before a restore; each kind is
rotated so the folder does not grow without end.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

KEEP = {"daily": 14, "before-migration": 10, "before-restore": 5, "manual": 20}


def kind_of(name: str) -> str:
    """The kind of a backup file from its name: daily, before-migration, before-restore or manual."""
    return _kind(name)


def _kind(label: str) -> str:
    for kind in KEEP:
        if label.startswith(kind):
            return kind
    return "manual"


def _copy(src: sqlite3.Connection, target: Path) -> None:
    """Page-by-page copy through SQLite's online backup API; closes both connections."""
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup_database(db_path: Path, folder: Path, *, label: str = "manual") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{label}-{stamp}.sqlite3"
    part = target.with_suffix(".part")
    _copy(sqlite3.connect(db_path), part)
    with open(part, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(part, target)
    rotate(folder, _kind(label))
    return target


def list_backups(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)


def rotate(folder: Path, kind: str) -> None:
    keep = KEEP.get(kind, 20)
    mine = [p for p in list_backups(folder) if re.match(rf"{re.escape(kind)}(-|$)", p.name)]
    for old in mine[keep:]:
        old.unlink(missing_ok=True)


def daily_backup_due(folder: Path, today: dt.date) -> bool:
    for p in list_backups(folder):
        if p.name.startswith("daily-") and dt.date.fromtimestamp(p.stat().st_mtime) == today:
            return False
    return True


def check_backup_file(path: Path) -> list[str]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"不是有效的数据库备份：{exc}"]
    problems = [] if rows == ["ok"] else rows
    if "events" not in tables:
        problems.append("文件中没有案件事件表，不是本程序的备份")
    return problems


def restore_database(backup_file: Path, db_path: Path, folder: Path) -> Path | None:
    """Replace the database with a backup, keeping the current file as a backup first."""
    problems = check_backup_file(backup_file)
    if problems:
        raise ValueError("；".join(problems))
    saved = backup_database(db_path, folder, label="before-restore") if db_path.exists() else None
    _copy(sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True), db_path)
    return saved
