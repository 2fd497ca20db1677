"""Administration: rebuild the projection, verify the audit chain, back up and restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from app.domain.lifecycle import CaseState, apply
from app.services.projection import clear, row_values
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.store import backup
from app.store.database import integrity_problems
from app.store.events import ChainProblem, verify_chain
from app.store.models import CaseRow, Event


def rebuild(ws: Workspace, batch: int = 5000) -> int:
    """Replay every event, in clock order, into a fresh projection; returns the case count."""
    with ws.write() as s:
        clear(s)
        states: dict[str, CaseState] = {}
        last: dict[str, str] = {}
        result = s.execute(
            select(Event.case_uuid, Event.type, Event.payload, Event.officer, Event.hlc)
            .where(Event.case_uuid.is_not(None))
            .order_by(Event.hlc, Event.station_uuid, Event.seq)
        )
        for case_uuid, etype, payload, officer, hlc in result:
            state = states.get(case_uuid)
            if state is None:
                state = states[case_uuid] = CaseState(uuid=case_uuid)
            apply(state, etype, json.loads(payload), officer)
            last[case_uuid] = hlc
        rows = [row_values(st, ws.calendar, last[u]) for u, st in states.items()]
        # A Core insert: the ORM one splits the rows wherever a different set of columns
        # is None and sends tens of thousands of small statements instead of one batch.
        for i in range(0, len(rows), batch):
            s.execute(insert(CaseRow.__table__), rows[i:i + batch])
        return len(rows)


def projection_digest(ws: Workspace) -> str:
    """A fingerprint of the whole projection, to show a rebuild changed nothing."""
    digest = hashlib.sha256()
    with ws.read() as s:
        columns = [c for c in CaseRow.__table__.columns]
        for row in s.execute(select(*columns).order_by(CaseRow.uuid)):
            digest.update(json.dumps(list(row), default=str, ensure_ascii=False).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class AuditResult:
    events: int
    problems: list[ChainProblem]


def audit(ws: Workspace) -> AuditResult:
    with ws.read() as s:
        count, problems = verify_chain(s)
    return AuditResult(count, problems)


def check_database(ws: Workspace, quick: bool = False) -> list[str]:
    return integrity_problems(ws.engine, quick=quick)


def make_backup(ws: Workspace) -> Path:
    return backup.backup_database(ws.paths.database, ws.paths.backups, label="manual")


class RestoreRefused(Exception):
    """A restore that was not done; the message says why, and nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # daily, before-migration, before-restore, manual
    taken_at: dt.datetime
    size: int


def list_backups(ws: Workspace) -> list[BackupInfo]:
    """This data folder's backups, newest first."""
    out = []
    for path in backup.list_backups(ws.paths.backups):
        stat = path.stat()
        out.append(BackupInfo(path, backup.kind_of(path.name), dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return out


def restore(ws: Workspace, actor: Actor, file: Path) -> Path | None:
    """Put a backup in place of the database, the current one kept as a backup first.

    The workspace is closed: the caller opens the data folder again (which migrates an
    older backup forward). Returns the backup of the database as it was before.
    """
    if not actor.is_admin:
        raise RestoreRefused("只有管理员可以从备份恢复")
    if not file.is_file():
        raise RestoreRefused(f"找不到备份文件 {file}")
    problems = backup.check_backup_file(file)
    if problems:
        raise RestoreRefused("备份文件不可用，未作任何改动：" + "；".join(problems))
    ws.close()  # release the database before replacing it
    saved = backup.restore_database(file, ws.paths.database, ws.paths.backups)
    Workspace.open(ws.paths, daily_backup=False).close()
    return saved
