"""Files the program writes for people: letters, catalogue and calendar exports.

Such a file must never land inside the data folder: a letter saved as the database's
name would replace the station's records (the write is atomic, so it would succeed).
Everything written here is private to the user (0600), since letters carry full ID
numbers.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.domain.refusal import Worded
from app.paths import DataPaths
from app.store.atomic import atomic_write_bytes


class OutputRefused(Worded, ValueError):
    """An output path the program will not write to; the message says why."""


def check_output_path(paths: DataPaths, out: Path | str) -> Path:
    """The target, resolved; refused if it is inside the data folder or is a folder."""
    target = Path(out).expanduser()
    try:
        resolved = target.resolve(strict=False)
        root = paths.root.expanduser().resolve(strict=False)
    except (OSError, RuntimeError) as exc:
        raise OutputRefused(f"无法使用输出路径 {out}：{exc}", "output_path_unusable", path=str(out), problem=str(exc)) from None
    if resolved == root or root in resolved.parents:
        raise OutputRefused(
            f"不能写到数据目录 {root} 之内（{out}）：那里保存着数据库和备份。请另选一个文件夹", "output_in_data", folder=str(root), path=str(out))
    if resolved.is_dir():
        raise OutputRefused(f"{out} 是一个文件夹，请给出文件名", "output_is_folder", path=str(out))
    return target


def write_export(paths: DataPaths, out: Path | str, data: bytes) -> Path:
    """Check the path, then write whole-or-nothing; an OS failure becomes a message."""
    target = check_output_path(paths, out)
    try:
        return atomic_write_bytes(target, data)
    except OSError as exc:
        raise OutputRefused(f"无法写出 {out}：{exc.strerror or exc}",
                            "output_write_failed", path=str(out), problem=exc.strerror or str(exc)) from None


def check_output_folder(paths: DataPaths, folder: Path | str) -> Path:
    """A folder for a batch of letters: refused inside the data folder, created if missing."""
    target = Path(folder).expanduser()
    resolved = target.resolve(strict=False)
    root = paths.root.expanduser().resolve(strict=False)
    if resolved == root or root in resolved.parents:
        raise OutputRefused(f"不能写到数据目录 {root} 之内（{folder}）。请另选一个文件夹",
                            "output_in_data", folder=str(root), path=str(folder))
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputRefused(f"无法使用输出文件夹 {folder}：{exc.strerror or exc}",
                            "output_folder_unusable", path=str(folder), problem=exc.strerror or str(exc)) from None
    if not os.access(target, os.W_OK):
        raise OutputRefused(f"输出文件夹 {folder} 不可写", "output_folder_read_only", path=str(folder))
    return target
