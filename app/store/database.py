"""Opening the database: pragmas, back up then migrate, refuse a file that is too new.

The embedded SQLite file is the default; a county hub names a PostgreSQL server instead
(:func:`open_server_database`), migrated by the same Alembic scripts.

SQLite runs in WAL mode with ``synchronous=FULL`` so that a power cut at any moment
leaves the last committed transaction on disk, with foreign keys enforced.  Problems of
the environment (a locked, damaged or too-new file, a full disk) become
:class:`DatabaseProblem` with a message an officer can act on, never a traceback.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import time
from functools import wraps
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.domain.refusal import Problem, Worded, reworded
from app.paths import make_private
from app.store import backup, server

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseProblem(Worded, RuntimeError):
    """The database cannot be used as it is; the message says what to do.

    A problem of the environment, not of the program: the front ends show the message
    (with a retry where ``retryable``) instead of a crash report.
    """

    retryable = False


class DatabaseBusy(DatabaseProblem):
    """Another process (a second window, an import) holds the write lock for too long."""

    retryable = True


class WriteConflict(DatabaseBusy):
    """The server chose this transaction to undo (a deadlock, a serialisation failure):
    nothing of it was saved, and running it again will go through. Retried by
    :func:`retried`, never shown unless it keeps happening."""


class DiskFull(DatabaseProblem):
    retryable = True


class ReadOnly(DatabaseProblem):
    retryable = True


class DatabaseDamaged(DatabaseProblem):
    """SQLite found the file malformed: only a restore from a backup helps."""


class BackupOnServer(DatabaseProblem):
    """A backup or restore asked of a database on a server: that is pg_dump's job."""

    def __init__(self, url: str) -> None:
        where, db = server.safe_url(url), server.database_name(url)
        super().__init__(server.BACKUP_ON_SERVER.format(where=where, db=db), "backup_on_server", where=where, db=db)


#: How long a writer waits for another's lock before the problem is shown (with a retry).
BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
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


def known_revisions() -> set[str]:
    """Every schema revision this program knows; a database at any other is from a newer program."""
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


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
        then = "请先运行 init 初始化本站点，或用 admin restore 从备份恢复"
        if db_path.exists():
            raise DatabaseProblem(f"数据库文件是空的（0 字节）：{db_path}。{then}", "database_empty", path=str(db_path))
        raise DatabaseProblem(f"数据目录中没有数据库：{db_path}。{then}", "database_missing", path=str(db_path))
    db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if exists:
        _check_sqlite_header(db_path)
    else:
        # Created 0600 before SQLite opens it: SQLite gives the WAL and shared-memory
        # files the same permissions as the database.
        os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY, 0o600))
    for f in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        make_private(f)
    engine = make_engine(db_path)
    try:
        current = current_revision(engine)
        script = ScriptDirectory.from_config(alembic_config())
        head = script.get_current_head()
        if current != head:
            if current is not None and current not in known_revisions():
                raise DatabaseProblem(
                    f"数据库由更新版本的程序创建（结构版本 {current}），本程序无法打开。请升级程序后再试；数据未作任何改动", "database_newer", revision=str(current))
            if exists and current is not None:
                saved = backup.backup_database(db_path, backups_dir, label=f"before-migration-{current}")
                _migrate_or_restore(engine, db_path, saved, current, head)
            else:
                _upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise classify(exc, db_path) from None
    except DatabaseProblem:
        engine.dispose()
        raise
    except SADatabaseError as exc:
        engine.dispose()
        raise DatabaseProblem(f"数据库文件已损坏，无法打开：{db_path}（{exc.orig}）。请从备份恢复",
                              "database_damaged_open", path=str(db_path), problem=str(exc.orig)) from None
    except DatabaseProblem:
        engine.dispose()
        raise
    return engine


def open_server_database(url: str, *, create: bool = False) -> Engine:
    """Open, check and migrate the hub's database on a PostgreSQL server.

    A schema revision this program does not know is refused as on SQLite. Migrations run
    in one transaction: PostgreSQL's DDL is transactional, so a failed one leaves the
    database exactly as it was — no copy is needed, and none is made (backups of a server
    are ``pg_dump``'s job).
    """
    try:
        engine = server.make_server_engine(url)
    except server.BadDatabaseUrl as exc:
        raise reworded(exc, DatabaseProblem) from None
    label = server.safe_url(url)
    try:
        current = current_revision(engine)
        head = head_revision()
        if current != head:
            if current is not None and current not in known_revisions():
                raise DatabaseProblem(
                    f"数据库由更新版本的程序创建（结构版本 {current}），本程序无法打开。请升级程序后再试；数据未作任何改动", "database_newer", revision=str(current))
            if current is None and not create:
                raise DatabaseProblem(f"数据库 {label} 中还没有本程序的数据。请先运行 init --database … 初始化枢纽站点",
                                      "server_database_empty", database=label)
            try:
                _upgrade(engine)
            except DatabaseProblem:
                raise
            except Exception as exc:  # any failure of a migration script: the transaction rolled back
                log.exception("migration %s -> %s on the server failed", current, head)
                reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
                raise DatabaseProblem(
                    f"数据库结构升级（{current or '空库'} → {head}）失败：{reason}。升级在一个事务中进行，已整体撤销，"
                    "数据与升级前相同。请联系县级技术人员",
                    "server_migration_failed", current=current or '', head=head, problem=reason) from None
    except OperationalError as exc:
        engine.dispose()
        raise classify(exc, label) from None
    except DatabaseProblem:
        engine.dispose()
        raise
    except SADatabaseError as exc:
        engine.dispose()
        raise classify(exc, label) from None
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
            problems.append(Problem(f"升级后结构版本为 {current_revision(engine)}，应为 {head}", "migrated_revision",
                                    revision=str(current_revision(engine)), head=head))
        after = _counts(engine)
        if after != before:
            problems.append(Problem(f"升级后案件 {after[0]} 件、事件 {after[1]} 条，升级前为 {before[0]} 件、{before[1]} 条",
                                    "migrated_counts", cases=after[0], events=after[1], cases_before=before[0],
                                    events_before=before[1]))
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
            f"请勿再打开本程序，把备份文件 {saved} 复制回 {db_path} 后联系县级技术人员",
            "migration_restore_failed", current=current, head=head, problem=reason, error=str(exc), saved=str(saved),
            path=str(db_path)) from None
    raise DatabaseProblem(
        f"数据库结构升级（{current} → {head}）失败：{reason}。已从升级前的备份恢复，数据与升级前相同（备份：{saved}）。"
        f"请继续使用旧版本程序，并联系县级技术人员", "migration_failed", current=current, head=head, problem=reason, saved=str(saved))


def _check_sqlite_header(db_path: Path) -> None:
    with open(db_path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseProblem(f"{db_path} 不是本程序的数据库文件（文件头不符），可能已损坏。请从备份恢复", "database_header", path=str(db_path))


def _explain(exc: BaseException, db_path: Path) -> str:
    return classify(exc, db_path).args[0]


def explain(exc: BaseException, db_path: Path) -> DatabaseProblem:
    """A failure met while working (full, read-only, locked, damaged) as a message.

    The transaction it interrupted has been rolled back, so the message can say that
    nothing of the refused action was saved.
    """
    problem = classify(exc, db_path)
    return type(problem)(problem.args[0] + "（本次操作未保存）", "not_saved", problem=problem)


#: What the database driver raises for problems of the file or the disk.
SQLITE_ERRORS: tuple[type[BaseException], ...] = (OperationalError, SADatabaseError, sqlite3.DatabaseError)


def classify(exc: BaseException, db_path: Path | str) -> DatabaseProblem:
    """The environment problem behind a driver error, as the exception to show.

    Matches SQLite's own messages (and PostgreSQL's SQLSTATE classes where they apply);
    an error that is none of these is still a database problem, shown with its text.
    """
    orig = getattr(exc, "orig", exc)
    msg = str(orig).lower()
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or ""
    if code in server.TRANSIENT_SQLSTATES:
        return WriteConflict(f"数据库 {db_path} 上同时办理的操作相互冲突，本次操作已撤销。请重试；已保存的数据不受影响",
                             "write_conflict", database=str(db_path))
    if code == "28P01" or code == "28000" or "password authentication failed" in msg:
        return DatabaseProblem(f"数据库服务器 {db_path} 拒绝登录：用户名或密码不对（密码写在 ~/.pgpass 或 PGPASSFILE 指定的文件中）",
                               "server_login", database=str(db_path))
    if code == "3D000" or ("database" in msg and "does not exist" in msg):
        return DatabaseProblem(f"数据库服务器上没有这个数据库：{db_path}。请先由数据库管理员建库（docs/hub.md）",
                               "server_no_database", database=str(db_path))
    if code.startswith("08") or "connection failed" in msg or "could not connect" in msg \
            or "connection refused" in msg or "server closed the connection" in msg:
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return DatabaseBusy(f"无法连接数据库服务器 {db_path}：{first}。请检查服务器是否在运行、网络是否通畅，"
                            "以及 ~/.pgpass 中的用户名和密码；已保存的数据不受影响",
                            "server_unreachable", database=str(db_path), problem=first)
    if code == "25006":
        return ReadOnly(f"数据库 {db_path} 是只读副本，只能查询和出通报；办理和导入请连接主库（docs/hub.md）",
                        "server_replica", database=str(db_path))
    if code.startswith("42501"):
        return ReadOnly(f"数据库用户没有写入 {db_path} 的权限：{str(orig).strip().splitlines()[0]}",
                        "server_no_write", database=str(db_path), problem=str(orig).strip().splitlines()[0])
    if "locked" in msg or "busy" in msg or code == "55P03":
        return DatabaseBusy(f"数据库正忙（另一个窗口或导入正在写入）：{db_path}。已保存的数据不受影响，请稍候重试", "database_busy", database=str(db_path))
    if ("disk" in msg and "full" in msg) or "no space" in msg or code == "53100":
        return DiskFull("磁盘空间已满，无法写入数据库。请清理磁盘后重试；已保存的数据不受影响", "disk_full")
    if "readonly" in msg or "read-only" in msg or "read only" in msg:
        return ReadOnly(f"数据库文件只读，无法写入：{db_path}。请检查文件和文件夹的写入权限（或U盘写保护）后重试",
                        "database_read_only", database=str(db_path))
    if "malformed" in msg or "not a database" in msg:
        return DatabaseDamaged(f"数据库文件已损坏或无法读取：{db_path}。请从备份恢复（admin restore）",
                               "database_damaged", database=str(db_path))
    if "unable to open" in msg:
        return ReadOnly(f"无法打开数据库 {db_path}：文件或所在文件夹无法访问（只读或权限不足）", "database_unopenable", database=str(db_path))
    if "i/o" in msg:
        return DatabaseProblem(f"读写数据库 {db_path} 时磁盘出错。请检查磁盘后重试；已保存的数据不受影响", "database_io", database=str(db_path))
    return DatabaseProblem(f"无法使用数据库 {db_path}：{orig}", "database_unusable", database=str(db_path), problem=str(orig))


#: How often a transaction the server undid (deadlock, serialisation failure) is run again.
RETRY_ATTEMPTS = 8
_F = TypeVar("_F", bound=Callable)


def retried(fn: _F) -> _F:
    """Run ``fn`` again when the server undid its transaction; bounded, with jittered backoff.

    Wraps a whole unit of work (a service call whose transactions start inside it), since
    an undone transaction must be redone from its first read. On SQLite nothing is ever
    undone this way (writers queue on the file lock), so this only acts on a server.
    """
    @wraps(fn)
    def run(*args, **kwargs):
        for attempt in range(RETRY_ATTEMPTS):
            try:
                return fn(*args, **kwargs)
            except WriteConflict:
                if attempt == RETRY_ATTEMPTS - 1:
                    raise
                log.info("%s: transaction undone by the server, running it again (%d)", fn.__name__, attempt + 1)
                time.sleep(min(0.02 * 2 ** attempt, 1.0) * random.uniform(0.5, 1.5))
        raise AssertionError("unreachable")

    return run  # type: ignore[return-value]


@contextmanager
def transaction(factory: Callable[[], Session], db_path: Path | str) -> Iterator[Session]:
    """One unit of work: committed whole, or rolled back whole with the reason explained.

    The single place the write policy lives for every caller (services, import, demo):
    the session's ``BEGIN`` (``IMMEDIATE`` for writers on SQLite) takes the lock up front,
    waits ``busy_timeout`` for another writer, and an environment failure at any point —
    including the commit — leaves the database as it was and raises a
    :class:`DatabaseProblem` instead of the driver's error.
    """
    try:
        with factory() as session, session.begin():
            yield session
    except IntegrityError:
        raise  # a broken rule of the schema is the caller's to explain
    except (OperationalError, SADatabaseError) as exc:
        raise explain(exc, db_path) from exc
    except sqlite3.Error as exc:
        raise explain(exc, db_path) from exc


def integrity_problems(engine: Engine, *, quick: bool = True) -> list[str]:
    """What SQLite's own check finds; an empty list means the file is sound.

    A PostgreSQL server keeps its own pages sound (WAL, checksums where enabled); what the
    program can check there is that the database answers.
    """
    if engine.dialect.name != "sqlite":
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1 FROM cases LIMIT 1"))
        except (OperationalError, SADatabaseError) as exc:
            return [str(getattr(exc, "orig", exc)).strip().splitlines()[0]]
        return []
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}"))]
    except (OperationalError, SADatabaseError, sqlite3.DatabaseError) as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows
