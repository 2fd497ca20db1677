"""Backups through SQLite's online backup API: consistent even while the program runs.

Taken before every migration, once a day at start-up, and before a restore; each kind is
rotated so the folder does not grow without end. A copy is checked before it takes its
place in the folder: a database with a damaged page must not push the last good backups
out of the rotation. A live database that cannot be backed up (damaged, empty) is moved
aside whole, with its WAL, into ``backups/kept-aside`` and never rotated.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from pathlib import Path

from app.domain.refusal import Problem, Worded
from app.paths import make_private

KEEP = {"daily": 14, "before-migration": 10, "before-restore": 5, "manual": 20}
KEPT_ASIDE = "kept-aside"
#: A ``.part`` older than this was left by a copy that died (power cut, full disk).
STALE_PART_SECONDS = 3600


class BackupRefused(Worded, RuntimeError):
    """No backup was written (the database is damaged, the disk full); older ones are kept."""


def kind_of(name: str) -> str:
    """The kind of a backup file from its name: daily, before-migration, before-restore or manual."""
    return _kind(name)


def _kind(label: str) -> str:
    for kind in KEEP:
        if label.startswith(kind):
            return kind
    return "manual"


def _copy(src: sqlite3.Connection, target: Path, *, keep_wal: bool = False) -> None:
    """Page-by-page copy through SQLite's online backup API; closes both connections."""
    try:
        if not target.exists():
            os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            if not keep_wal:
                # A backup is one self-contained file: no -wal or -shm beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def file_problems(path: Path, *, quick: bool = True) -> list[str]:
    """SQLite's own check of a database file, opened read-only; empty when sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [Problem(f"不是有效的数据库：{exc}", "not_a_database", problem=str(exc))]
    return [] if rows == ["ok"] else rows


def clean_stale_parts(folder: Path, *, older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Remove half-written copies left by a backup that was interrupted."""
    removed = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for part in [*folder.glob("*.part"), *folder.glob("*.part-wal"), *folder.glob("*.part-shm")]:
        try:
            if now - part.stat().st_mtime >= older_than:
                part.unlink()
                removed.append(part)
        except FileNotFoundError:
            continue
    return removed


def copy_database(source: Path, target: Path) -> None:
    """Overwrite ``target`` with the pages of ``source`` (which is only read)."""
    _copy(sqlite3.connect(f"file:{source}?mode=ro", uri=True), target)


def backup_database(db_path: Path, folder: Path, *, label: str = "manual") -> Path:
    """A checked copy in ``folder``; raises :class:`BackupRefused` and leaves no file if it fails."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise BackupRefused(f"没有可备份的数据库：{db_path}", "backup_no_database", path=str(db_path))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    clean_stale_parts(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{label}-{stamp}.sqlite3"
    part = target.with_suffix(".part")
    try:
        _copy(sqlite3.connect(db_path), part)
        problems = file_problems(part)
        if problems:
            raise BackupRefused(
                "数据库文件有损坏，未作备份（以免损坏的副本挤掉完好的旧备份）：" + "；".join(problems[:3])
                + "。请从完好的备份恢复", "backup_damaged", problems=tuple(problems[:3]))
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, target)
    except sqlite3.DatabaseError as exc:
        raise _why(exc) from None
    except OSError as exc:
        raise BackupRefused(f"无法写入备份（{exc.strerror or exc}）；已有的备份不受影响", "backup_write_failed",
                            problem=exc.strerror or str(exc)) from None
    finally:
        part.unlink(missing_ok=True)
    make_private(target)
    rotate(folder, _kind(label))
    return target


def _why(exc: sqlite3.DatabaseError) -> BackupRefused:
    msg = str(exc)
    if "full" in msg:
        return BackupRefused("磁盘空间已满，未作备份；已有的备份不受影响。请清理磁盘后重试", "backup_disk_full")
    if "malformed" in msg or "not a database" in msg:
        return BackupRefused("数据库文件已损坏，未作备份；已有的备份不受影响。请从完好的备份恢复", "backup_database_damaged")
    return BackupRefused(f"未能备份（{msg}）；已有的备份不受影响", "backup_failed", problem=msg)


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


def sidecars(db_path: Path) -> list[Path]:
    """The WAL and shared-memory files that belong to a database file."""
    return [db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")]


def set_aside(db_path: Path, folder: Path, why: str) -> Path:
    """Move a live database (with its WAL: committed work may be there) out of the way, whole."""
    aside = folder / KEPT_ASIDE
    aside.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = aside / f"{why}-{stamp}.sqlite3"
    for src, dst in zip([db_path, *sidecars(db_path)], [target, *sidecars(target)]):
        if src.exists():
            os.replace(src, dst)
    return target


def replace_database(backup_file: Path, db_path: Path) -> None:
    """Write the backup's pages into the database through SQLite, so its WAL stays coherent."""
    _copy(sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True), db_path, keep_wal=True)
    make_private(db_path)
