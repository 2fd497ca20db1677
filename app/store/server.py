"""The county hub's database on a PostgreSQL server: the URL, the engine, and the locks.

SQLite serialises every writer on its one file lock; a server lets several officers and
imports write at once, so what that lock used to guard is locked by name here: a
station's chain (its next sequence number), a case (its fold and projection row), and
imports (one at a time, as on SQLite, while officers keep working beside them). Locks
are transaction-scoped advisory locks, released by the commit or rollback.

Backups of a server database are ``pg_dump``'s job, not this program's (docs/hub.md).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from app.domain.refusal import Worded

#: The only driver the program ships for a server: psycopg 3.
DRIVER = "postgresql+psycopg"

BACKUP_ON_SERVER = (
    "本站的数据库在 PostgreSQL 服务器上（{where}），备份和恢复由服务器的 pg_dump / pg_restore 完成，"
    "本程序不做：例如 pg_dump -Fc -f hub-$(date +%F).dump {db}，恢复用 pg_restore -d {db} --clean 文件名"
    "（详见 docs/hub.md）")


class BadDatabaseUrl(Worded, ValueError):
    """A ``--database`` value the program cannot use."""


def parse_url(url: str) -> URL:
    """The URL as SQLAlchemy reads it, with the psycopg driver; anything else refused."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise BadDatabaseUrl(f"数据库地址“{safe_text(url)}”无法识别，应为 postgresql+psycopg://用户@主机/数据库",
                             "database_url_unknown", url=safe_text(url)) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername=DRIVER)
    if parsed.drivername != DRIVER:
        raise BadDatabaseUrl(f"数据库地址“{safe_text(url)}”不受支持：只支持 PostgreSQL（postgresql+psycopg://用户@主机/数据库）；"
                             "不指定时使用数据目录中的 SQLite 文件", "database_url_unsupported", url=safe_text(url))
    if not parsed.database:
        raise BadDatabaseUrl(f"数据库地址“{safe_text(url)}”没有写数据库名（…/数据库名）", "database_url_no_name", url=safe_text(url))
    return parsed


def safe_text(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1][:80]


def safe_url(url: str) -> str:
    """The URL as shown to people and logs: never with a password."""
    return safe_text(url)


def database_name(url: str) -> str:
    try:
        return make_url(url).database or "?"
    except ArgumentError:
        return "?"


def make_server_engine(url: str) -> Engine:
    """An engine on the server; the password comes from the URL or, better, libpq's ~/.pgpass."""
    return create_engine(parse_url(url), pool_pre_ping=True, pool_size=2, max_overflow=4,
                         connect_args={"connect_timeout": 10, "application_name": "approval-window"})


def _key(name: str) -> int:
    """A stable signed 64-bit advisory lock key for a name (same in every process)."""
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def lock(session: Session, *names: str) -> None:
    """Hold the named locks until this transaction ends, taken in one order by everyone.

    A no-op on SQLite, whose write transaction already holds the whole file.
    """
    if session.get_bind().dialect.name != "postgresql" or not names:
        return
    for name in sorted(set(names)):
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _key(name)})


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


#: SQLSTATEs that mean "run the transaction again": serialisation failure, deadlock.
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})
