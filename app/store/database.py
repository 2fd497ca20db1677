"""Opening the database: pragmas, back up then migrate, refuse a file that is too new.

SQLite runs in WAL mode with ``synchronous=FULL`` so that a power cut at any moment
leaves the last committed transaction on disk, with foreign keys enforced.  Problems of
the environment (a locked, damaged or too-new file, a full disk) become
:class:`DatabaseProblem` with a message an officer can act on, never a traceback.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from app.store import backup

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseProblem(RuntimeError):
    """The database cannot be used as it is; the message says what to do."""


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_database(db_path: Path, backups_dir: Path, *, create: bool = False) -> Engine:
    """Open, check and migrate: back up, migrate, check, and restore the backup on failure.

    An existing database one or more schema versions behind (a newer program installed
    over an older one) is copied to ``backups_dir`` first. If the migration raises, or the
    file afterwards fails SQLite's check or holds fewer cases or events than before, the
    copy is put back and :class:`DatabaseProblem` says so: the officer's data is then
    exactly as the older program left it.
    """
    exists = db_path.exists() and db_path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseProblem(f"数据目录中没有数据库：{db_path}。请先运行 init 初始化本站点")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if exists:
        _check_sqlite_header(db_path)
    engine = make_engine(db_path)
    try:
        current = current_revision(engine)
        script = ScriptDirectory.from_config(alembic_config())
        head = script.get_current_head()
        if current != head:
            known = {rev.revision for rev in script.walk_revisions()}
            if current is not None and current not in known:
                raise DatabaseProblem(
                    f"数据库由更新版本的程序创建（结构版本 {current}），本程序无法打开。请升级程序后再试；数据未作任何改动"
                )
            if exists and current is not None:
                saved = backup.backup_database(db_path, backups_dir, label=f"before-migration-{current}")
                _migrate_or_restore(engine, db_path, saved, current, head)
            else:
                _upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseProblem(_explain(exc, db_path)) from None
    except SADatabaseError as exc:
        engine.dispose()
        raise DatabaseProblem(f"数据库文件已损坏，无法打开：{db_path}（{exc.orig}）。请从备份恢复") from None
    except DatabaseProblem:
        engine.dispose()
        raise
    return engine


def _upgrade(engine: Engine) -> None:
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _counts(engine: Engine) -> tuple[int, int]:
    """Cases and events: what no migration may lose."""
    with engine.connect() as conn:
        return (conn.execute(text("SELECT count(*) FROM cases")).scalar_one(),
                conn.execute(text("SELECT count(*) FROM events")).scalar_one())


def _migrate_or_restore(engine: Engine, db_path: Path, saved: Path, current: str, head: str) -> None:
    """Migrate ``current`` to ``head``; on any failure put ``saved`` back and say so."""
    try:
        before = _counts(engine)
        _upgrade(engine)
        problems = integrity_problems(engine)
        if current_revision(engine) != head:
            problems.append(f"升级后结构版本为 {current_revision(engine)}，应为 {head}")
        after = _counts(engine)
        if after != before:
            problems.append(f"升级后案件 {after[0]} 件、事件 {after[1]} 条，升级前为 {before[0]} 件、{before[1]} 条")
        if not problems:
            return
        reason = "；".join(problems[:3])
    except Exception as exc:  # any failure of a migration script: the backup goes back
        log.exception("migration %s -> %s failed", current, head)
        reason = str(getattr(exc, "orig", None) or exc).strip() or type(exc).__name__
    engine.dispose()
    try:
        for extra in (db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
            extra.unlink(missing_ok=True)
        backup.copy_database(saved, db_path)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseProblem(
            f"数据库结构升级（{current} → {head}）失败：{reason}。从升级前的备份恢复时又出错（{exc}）；"
            f"请勿再打开本程序，把备份文件 {saved} 复制回 {db_path} 后联系县级技术人员") from None
    raise DatabaseProblem(
        f"数据库结构升级（{current} → {head}）失败：{reason}。已从升级前的备份恢复，数据与升级前相同（备份：{saved}）。"
        f"请继续使用旧版本程序，并联系县级技术人员")


def _check_sqlite_header(db_path: Path) -> None:
    with open(db_path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseProblem(f"{db_path} 不是本程序的数据库文件（文件头不符），可能已损坏。请从备份恢复")


def _explain(exc: OperationalError, db_path: Path) -> str:
    msg = str(exc.orig)
    if "locked" in msg:
        return f"数据库正被其他程序占用：{db_path}。请关闭其他正在运行的本程序后重试"
    if "disk" in msg and "full" in msg:
        return "磁盘空间已满，无法写入数据库。请清理磁盘后重试；已保存的数据不受影响"
    if "readonly" in msg or "read-only" in msg:
        return f"数据库文件只读，无法写入：{db_path}"
    if "malformed" in msg or "not a database" in msg:
        return f"数据库文件已损坏：{db_path}。请从备份恢复"
    return f"无法打开数据库 {db_path}：{msg}"


def integrity_problems(engine: Engine, *, quick: bool = True) -> list[str]:
    """What SQLite's own check finds; an empty list means the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}"))]
    except (OperationalError, SADatabaseError, sqlite3.DatabaseError) as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows
