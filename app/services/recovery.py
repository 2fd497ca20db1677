"""Restoring a backup: everything is checked on the backup itself, nothing on the live file.

A restore is needed exactly when the live database is damaged, truncated, empty or from
a newer program, so nothing here opens it as a database: the officer signs in against
the backup's own officers (an administrator there), the backup is checked whole (SQLite's
integrity check, schema revision, event chain and seal, officers), and only then is the
live file saved as a backup, or, if it cannot be, moved aside whole into
``backups/kept-aside``. Nothing is deleted.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from app.domain.refusal import Problem, Worded
from app.paths import DataPaths
from app.services.audit import audit_session
from app.services.clock import Clock
from app.services.officers import Actor, OfficerError, authenticate_read_only
from app.services.station_key import save_seal_copy
from app.store import backup, seal
from app.store.database import BackupOnServer, DatabaseProblem, known_revisions
from app.store.models import CaseRow, Officer, Station

if TYPE_CHECKING:
    from app.services.chain_identity import NewChain

SQLITE_HEADER = b"SQLite format 3\x00"
_NEEDED_TABLES = {"events", "officers", "stations", "cases", "chain_heads", "alembic_version"}


class RestoreRefused(Worded, ValueError):
    """The backup cannot be restored; nothing was changed. ``problems`` says why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("备份不能恢复，未作任何改动：" + "；".join(problems), "restore_refused", problems=tuple(problems))
        self.problems = [Problem("备份不能恢复，未作任何改动", "restore_refused_head"), *problems]


@dataclass
class BackupReport:
    """What a backup holds and whether it may be restored."""

    path: Path
    revision: str | None = None
    events: int = 0
    cases: int = 0
    centre: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return not self.problems


def _read_only_engine(path: Path):
    return create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", future=True)


def inspect_backup(path: Path) -> BackupReport:
    """Check a backup file without changing it or anything else."""
    report = BackupReport(Path(path))
    if not report.path.is_file():
        report.problems.append(Problem(f"找不到备份文件 {path}", "backup_not_found", path=str(path)))
        return report
    with open(report.path, "rb") as fh:
        header = fh.read(16)
    if not header:
        report.problems.append(Problem("备份文件是空的（0 字节）", "backup_empty"))
        return report
    if header != SQLITE_HEADER:
        report.problems.append(Problem("不是有效的数据库备份（文件头不符）", "backup_header"))
        return report
    damage = backup.file_problems(report.path, quick=False)
    if damage:
        report.problems.append(Problem("备份文件已损坏：" + "；".join(damage[:3]), "backup_file_damaged",
                                       problems=tuple(damage[:3])))
        return report
    conn = sqlite3.connect(f"file:{report.path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"events", "officers"} <= tables:
            report.problems.append(Problem("文件中没有案件事件表，不是本程序的备份", "backup_not_ours"))
            return report
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            report.revision = row[0] if row else None
    finally:
        conn.close()
    missing = _NEEDED_TABLES - tables
    if missing:
        report.problems.append(Problem("备份缺少数据表：" + "、".join(sorted(missing)), "backup_tables_missing",
                                       names=tuple(sorted(missing))))
        return report
    if report.revision not in known_revisions():
        report.problems.append(Problem(
            f"备份由更新版本的程序创建（结构版本 {report.revision}），本程序无法使用。请升级程序后再恢复",
            "backup_newer", revision=str(report.revision)))
        return report
    engine = _read_only_engine(report.path)
    try:
        with Session(engine) as s:
            result = audit_session(s)
            report.events = result.events
            report.cases = s.scalar(select(func.count()).select_from(CaseRow)) or 0
            station = s.scalar(select(Station).where(Station.is_local.is_(True)))
            report.centre = station.centre_name if station is not None else ""
            admins = s.scalar(select(func.count()).select_from(Officer).where(
                Officer.role == "admin", Officer.active.is_(True))) or 0
        for p in result.problems:
            where = f"第 {p.seq} 号事件：" if p.seq else ""
            report.problems.append(Problem(f"事件链{where}{p.problem}", "backup_chain", seq=p.seq,
                                           problem=p.problem))
        if station is None:
            report.problems.append(Problem("备份中没有本站点记录", "backup_no_station"))
        if not admins:
            report.problems.append(Problem("备份中没有可用的管理员账号，恢复后将无人能管理", "backup_no_admin"))
    except Exception as exc:  # a file SQLite accepts but whose rows are not ours
        report.problems.append(Problem(f"无法读取备份内容：{exc}", "backup_unreadable", problem=str(exc)))
    finally:
        engine.dispose()
    return report


def sign_in_to_backup(path: Path, username: str, password: str, clock: Clock | None = None) -> Actor:
    """An administrator of the backup; the live database is not consulted."""
    engine = _read_only_engine(path)
    try:
        with Session(engine) as s:
            actor = authenticate_read_only(s, username, password, (clock or Clock()).now())
    finally:
        engine.dispose()
    if not actor.is_admin:
        raise OfficerError("只有管理员可以从备份恢复", "restore_admin")
    return actor


@dataclass(frozen=True)
class RestoreResult:
    report: BackupReport
    previous: Path | None  # the live database, saved as a backup
    kept_aside: Path | None  # or moved aside whole, when it could not be backed up
    by: Actor


def _live_state(db: Path) -> str:
    """"missing", "empty", "damaged" or "sound", judged on the file alone."""
    if not db.exists():
        return "missing"
    if db.stat().st_size == 0:
        return "empty"
    with open(db, "rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            return "damaged"
    return "damaged" if backup.file_problems(db) else "sound"


def restore(paths: DataPaths, backup_file: Path, username: str, password: str, *,
            clock: Clock | None = None) -> RestoreResult:
    """Check, sign in, keep the live file, replace it, and open the result once (migrating it).

    SQLite only: a hub's database on a server is restored with pg_restore.
    """
    if paths.on_server:
        raise BackupOnServer(paths.database_url)
    report = inspect_backup(Path(backup_file))
    if report.problems:
        raise RestoreRefused(report.problems)
    actor = sign_in_to_backup(report.path, username, password, clock)
    db = paths.database
    paths.ensure()
    if db.resolve() == report.path.resolve():
        raise RestoreRefused([Problem("所选文件就是当前数据库", "restore_same_file")])
    previous = kept = None
    state = _live_state(db)
    if state == "sound":
        try:
            previous = backup.backup_database(db, paths.backups, label="before-restore")
        except backup.BackupRefused:
            state = "damaged"
    if state in ("empty", "damaged"):
        kept = backup.set_aside(db, paths.backups, state)
    elif state == "missing":
        for stray in backup.sidecars(db):  # a WAL without its database belongs to nothing now
            if stray.exists():
                backup.set_aside(stray, paths.backups, "orphan-" + stray.name.rsplit("-", 1)[-1])
    try:
        backup.replace_database(report.path, db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(f"恢复未完成：{exc}。原数据库已另存为 {previous or kept}", "restore_unfinished",
                              problem=str(exc), kept=str(previous or kept)) from None
    from app.services.workspace import Workspace

    ws = Workspace.open(paths, daily_backup=False)  # migrates an older backup forward
    try:
        with ws.read() as s:  # the administrator chose this state: it is the newest known now
            save_seal_copy(paths, seal.current_seal(s))
    finally:
        ws.close()
    return RestoreResult(report, previous, kept, actor)



@dataclass(frozen=True)
class Restored:
    """A restore done, and the chain this station writes to from now on."""

    result: RestoreResult
    new_chain: "NewChain | None"

    @property
    def before(self) -> Path | None:
        """Where the database as it was before went: saved as a backup, or moved aside."""
        return self.result.previous or self.result.kept_aside

    def summary(self) -> str:
        """One sentence for the officer, in the same words on the command line and in the window."""
        report = self.result.report
        text = (f"已从 {report.path.name} 恢复（{report.cases} 件案件，{report.events} 条事件，事件链完好）；"
                + (f"恢复前的数据库已另存为 {self.before}" if self.before else "恢复前没有数据库"))
        if self.new_chain is not None:
            text += "；本站点此后的事件记入新的事件链，不会与恢复前已发出的事件重号"
            if not self.new_chain.counters_from_replaced:
                text += "。注意：恢复前的数据库无法读取，请核对最近发出的受理编号，避免重号"
        return text


def restore_and_continue(paths: DataPaths, backup_file: Path, username: str, password: str, *,
                         clock: Clock | None = None) -> Restored:
    """Restore, then give this station a new chain so no event or number it sent is reused.

    The caller must have released the live database (closed its workspace) first.
    """
    from app.services.chain_identity import start_new_chain
    from app.services.workspace import Workspace

    result = restore(paths, backup_file, username, password, clock=clock)
    ws = Workspace.open(paths, daily_backup=False)
    try:
        chain = start_new_chain(ws, result.previous or result.kept_aside)
    finally:
        ws.close()
    return Restored(result, chain)
