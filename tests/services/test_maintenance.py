"""Rebuilding the projection from the events, verifying the event chain, backups."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import func, select

from app.domain.lifecycle import Status
from app.services import cases, maintenance
from app.services.cases import ApplicantInput, IntakeRequest
from app.store import backup
from app.store.database import BackupOnServer
from app.store.models import CaseRow, Event
from raw_sql import query, tamper

DEMO_DAY = dt.date(2026, 11, 20)


@pytest.fixture
def busy(demo_workspace, staff):
    """The 500 demo cases plus a few in states the demo makes rarely."""
    ws = demo_workspace
    applicant = ApplicantInput("person", "张三", "11010519491231002X", "13800138000")
    mz1 = ("01", "02", "03", "04", "05", "06", "08")
    paused = cases.intake(ws, staff.clerk, IntakeRequest("MZ-001", applicant, mz1, ("07",), commitment_signed=True,
                                                         date=dt.date(2026, 11, 2)), DEMO_DAY).state.number
    cases.pause(ws, staff.clerk, paused, "公示", DEMO_DAY, dt.date(2026, 11, 5))
    extended = cases.intake(ws, staff.clerk, IntakeRequest("MZ-001", applicant, mz1 + ("07",),
                                                           date=dt.date(2026, 11, 9),
                                                           duplicate_reason="申请人为另一家庭成员再次申请"),
                            DEMO_DAY).state.number
    cases.extend(ws, staff.boss, extended, 3, "联合核查", DEMO_DAY, dt.date(2026, 11, 12))
    cases.add_note(ws, staff.clerk, extended, "申请人来电询问进度", DEMO_DAY)
    return ws


def statuses(ws) -> set[str]:
    with ws.read() as s:
        return set(s.scalars(select(CaseRow.status).distinct()))


def test_rebuild_gives_the_same_projection(busy):
    assert statuses(busy) == {s.value for s in Status}
    before = maintenance.projection_digest(busy)
    assert maintenance.rebuild(busy) == 502
    assert maintenance.projection_digest(busy) == before


def test_rebuild_repairs_a_damaged_projection(busy):
    before = maintenance.projection_digest(busy)
    tamper(busy, ("UPDATE cases SET status = 'completed', is_open = false WHERE status = 'tolerant'", {}),
           ("DELETE FROM cases WHERE uuid IN (SELECT uuid FROM cases ORDER BY uuid LIMIT 7)", {}))
    assert maintenance.projection_digest(busy) != before
    maintenance.rebuild(busy)
    assert maintenance.projection_digest(busy) == before


def test_audit_passes_on_a_clean_database(busy):
    result = maintenance.audit(busy)
    with busy.read() as s:
        assert result.events == s.scalar(select(func.count()).select_from(Event))
    assert result.problems == []


def _events(ws) -> list[tuple[str, int]]:
    with ws.read() as s:
        return [(u, q) for u, q in s.execute(select(Event.uuid, Event.seq).order_by(Event.seq))]


def test_audit_finds_an_edited_payload(busy):
    uuid, seq = _events(busy)[100]
    [(payload,)] = query(busy, "SELECT payload FROM events WHERE uuid = :u", {"u": uuid})
    edited = payload.replace("2026-", "2025-", 1) if "2026-" in payload else payload + " "
    tamper(busy, ("UPDATE events SET payload = :p WHERE uuid = :u", {"p": edited, "u": uuid}))
    problems = maintenance.audit(busy).problems
    assert [(p.seq, p.event_uuid, p.problem) for p in problems] == [(seq, uuid, "事件内容被改动（哈希不符）")]


def test_audit_finds_a_deleted_event(busy):
    uuid, seq = _events(busy)[200]
    tamper(busy, ("DELETE FROM events WHERE uuid = :u", {"u": uuid}))
    problems = maintenance.audit(busy).problems
    assert [(p.seq, p.problem) for p in problems] == [(seq, f"第 {seq} 号事件缺失（已被删除）")]


def test_audit_finds_two_swapped_events(busy):
    (a, seq_a), (b, seq_b) = _events(busy)[300:302]
    tamper(busy,
           ("UPDATE events SET seq = -1 WHERE uuid = :u", {"u": a}),
           ("UPDATE events SET seq = :s WHERE uuid = :u", {"s": seq_a, "u": b}),
           ("UPDATE events SET seq = :s WHERE uuid = :u", {"s": seq_b, "u": a}))
    found = [(p.seq, p.event_uuid, p.problem) for p in maintenance.audit(busy).problems]
    assert found[0] == (seq_a, b, "与前一事件的链接不符（事件被删除、替换或调换顺序）")
    assert (seq_b, a, "事件时间戳早于前一事件（顺序被调换）") in found
    assert {seq for seq, _, _ in found} == {seq_a, seq_b, seq_b + 1}


def test_integrity_check_and_manual_backup(busy):
    assert maintenance.check_database(busy) == []
    if busy.paths.on_server:  # the hub: backups are pg_dump's, and the program says so
        with pytest.raises(BackupOnServer, match="pg_dump -Fc"):
            maintenance.make_backup(busy)
        assert not any(busy.paths.backups.iterdir())
        return
    saved = maintenance.make_backup(busy)
    assert saved.parent == busy.paths.backups and saved.name.startswith("manual-")
    assert backup.file_problems(saved) == []
    conn = sqlite3.connect(saved)
    try:
        assert conn.execute("SELECT count(*) FROM cases").fetchone() == (502,)
    finally:
        conn.close()
