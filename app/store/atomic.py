"""Write a file so that it is either the old one or the whole new one, never half.

A letter, a package or a settings file interrupted by a power cut must not be left
truncated. Write beside the target, flush to disk, then rename over it; on Windows a
virus scanner or an open preview briefly locks the target, so the rename is retried.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def atomic_write_bytes(path: Path | str, data: bytes, *, retries: int = 5) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        for attempt in range(retries):
            try:
                os.replace(tmp, target)
                break
            except PermissionError:
                if attempt == retries - 1:
                    raise
                time.sleep(0.1 * (attempt + 1))
        _fsync_dir(target.parent)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def atomic_write_text(path: Path | str, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
