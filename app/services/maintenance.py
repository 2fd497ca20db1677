"""Administration: rebuild the projection, verify the audit chain, back up and restore."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import insert, select

from app.domain.lifecycle import CaseState, apply
from app.services.audit import AuditResult, audit_session
from app.services.officers import Actor, OfficerError
from app.services.projection import clear, row_values
from app.services.station_key import key_findings, load_seal_copy
from app.services.workspace import Workspace
from app.store import backup, seal
from app.store.database import integrity_problems
from app.store.models import CaseRow, Event


def _replayed_rows(s, ws: Workspace) -> list[dict]:
    """The projection rows the events give, replayed in clock order."""
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
    return [row_values(st, ws.calendar, last[u]) for u, st in states.items()]


def rebuild(ws: Workspace, by: Actor | None = None, batch: int = 5000) -> int:
    """Replay every event, in clock order, into a fresh projection; returns the case count."""
    if by is not None and not by.is_admin:
        raise OfficerError("只有管理员可以重建案件状态表")
    with ws.write() as s:
        clear(s)
        rows = _replayed_rows(s, ws)
        # A Core insert: the ORM one splits the rows wherever a different set of columns
        # is None and sends tens of thousands of small statements instead of one batch.
        for i in range(0, len(rows), batch):
            s.execute(insert(CaseRow.__table__), rows[i:i + batch])
        return len(rows)


#: Column names as an officer reads them, for the differences ``admin check`` names.
_COLUMN_LABELS = {"status": "状态", "applicant_name": "申请人", "id_number": "证件号码", "phone": "电话",
                  "number": "受理编号", "item_name": "事项", "is_open": "是否在办", "next_deadline": "最近期限",
                  "completion_deadline": "办结期限", "supply_deadline": "补正期限", "decision": "受理方式"}


def projection_differences(ws: Workspace, limit: int = 50) -> list[str]:
    """Each way the case table differs from a rebuild from the events, named; changes nothing."""
    with ws.read() as s:
        expected = {r["uuid"]: r for r in _replayed_rows(s, ws)}
        columns = list(CaseRow.__table__.columns)
        stored = {r.uuid: r._asdict() for r in s.execute(select(*columns))}
    found: list[str] = []
    for uuid in sorted(set(stored) - set(expected)):
        found.append(f"案件 {stored[uuid]['number']} 在案件表中，却没有任何事件")
    for uuid in sorted(set(expected) - set(stored)):
        found.append(f"案件 {expected[uuid]['number']} 有事件，却不在案件表中")
    for uuid in sorted(set(stored) & set(expected)):
        have, want = stored[uuid], expected[uuid]
        for name, value in want.items():
            if have.get(name) != value:
                label = _COLUMN_LABELS.get(name, name)
                found.append(f"案件 {want['number']} 的{label}为“{have.get(name)}”，按事件应为“{value}”")
    if len(found) > limit:
        found = found[:limit] + [f"……另有 {len(found) - limit} 处不同"]
    return found


def projection_digest(ws: Workspace) -> str:
    """A fingerprint of the whole projection, to show a rebuild changed nothing."""
    digest = hashlib.sha256()
    with ws.read() as s:
        columns = [c for c in CaseRow.__table__.columns]
        for row in s.execute(select(*columns).order_by(CaseRow.uuid)):
            digest.update(json.dumps(list(row), default=str, ensure_ascii=False).encode())
    return digest.hexdigest()


def audit(ws: Workspace) -> AuditResult:
    """The chain, its recorded heads, the seal, the key and cases without events."""
    extra = key_findings(ws)
    known = load_seal_copy(ws.paths)
    with ws.read() as s:
        if known is not None:
            extra += [f.problem for f in seal.rolled_back(known, seal.current_seal(s))]
        return audit_session(s, extra)


def check_database(ws: Workspace, quick: bool = False) -> list[str]:
    """SQLite's own check of the file, then the case table against the events."""
    problems = integrity_problems(ws.engine, quick=quick)
    return problems or projection_differences(ws)


def make_backup(ws: Workspace) -> Path:
    return backup.backup_database(ws.paths.database, ws.paths.backups, label="manual")
