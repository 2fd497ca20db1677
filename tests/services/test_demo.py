"""Demo cases: realistic, every state represented, made by the same rules as real ones."""

from __future__ import annotations

import datetime as dt
import json
import shutil

from sqlalchemy import func, select

from app.domain.deadlines import State
from app.domain.identifiers import check_resident_id
from app.domain.lifecycle import Status
from app.paths import DataPaths
from app.services import demo
from app.services.maintenance import audit
from app.services.queries import CaseFilter, list_cases
from app.services.workspace import Workspace
from app.store.models import CaseRow, Event

DEMO_DAY = dt.date(2026, 11, 20)


def rows(ws) -> list[CaseRow]:
    with ws.read() as s:
        return list(s.scalars(select(CaseRow).order_by(CaseRow.year, CaseRow.serial)))


def test_every_status_and_countdown_state_is_represented(demo_workspace):
    found = rows(demo_workspace)
    assert len(found) == 500
    assert {r.status for r in found} == {s.value for s in Status}
    listed = list_cases(demo_workspace, CaseFilter(), DEMO_DAY)
    states = {c.state for r in listed for c in r.countdowns.values() if c is not None}
    assert {State.ON_TRACK, State.DUE_SOON, State.DUE_TODAY, State.OVERDUE, State.MET, State.MISSED,
            State.STOPPED} <= states
    assert any(r.promise_broken for r in found)
    assert sum(1 for r in found if r.is_open and r.next_deadline and r.next_deadline < DEMO_DAY) >= 5


def test_demo_events_pass_the_audit_and_nothing_is_dated_after_today(demo_workspace):
    result = audit(demo_workspace)
    assert result.problems == []
    with demo_workspace.read() as s:
        payloads = [json.loads(p) for (p,) in s.execute(select(Event.payload))]
    assert len(payloads) == result.events
    dates = {dt.date.fromisoformat(p["date"]) for p in payloads if "date" in p}
    assert max(dates) <= DEMO_DAY and min(dates) >= DEMO_DAY - dt.timedelta(days=250)


def test_numbers_are_gapless_per_year_and_ids_are_valid(demo_workspace):
    by_year: dict[int, list[int]] = {}
    for r in rows(demo_workspace):
        by_year.setdefault(r.year, []).append(r.serial)
        assert r.number == f"某镇便民受字〔{r.year}〕第01-{r.serial:04d}号"
        assert check_resident_id(r.id_number, today=DEMO_DAY).ok
    for serials in by_year.values():
        assert serials == list(range(1, len(serials) + 1))


def test_the_same_seed_gives_the_same_cases(workspace, staff, station_template):
    demo.generate(workspace, staff.admin, 60, seed=3, today=DEMO_DAY)
    other_dir = workspace.paths.root.parent / "other"
    shutil.copytree(station_template, other_dir)
    other = Workspace.open(DataPaths(other_dir), daily_backup=False)
    try:
        demo.generate(other, staff.admin, 60, seed=3, today=DEMO_DAY)
        fields = lambda r: (r.number, r.status, r.item_code, r.applicant_name, r.id_number, r.intake_date,  # noqa: E731
                            r.supply_deadline, r.completion_deadline, r.notice_deadline, r.closed_date)
        assert [fields(r) for r in rows(workspace)] == [fields(r) for r in rows(other)]
    finally:
        other.close()


def test_progress_can_stop_the_generation_between_batches(workspace, staff):
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    result = demo.generate(workspace, staff.admin, 50, seed=1, today=DEMO_DAY, progress=progress, batch_size=20)
    assert seen == [(20, 50)] and result.cases == 20
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(CaseRow)) == 20


def test_demo_after_real_cases_continues_their_numbers(workspace, staff):
    demo.generate(workspace, staff.admin, 30, seed=1, today=dt.date(2026, 3, 20), batch_size=7)
    demo.generate(workspace, staff.admin, 30, seed=2, today=dt.date(2026, 3, 20), batch_size=11)
    serials = {}
    for r in rows(workspace):
        serials.setdefault(r.year, []).append(r.serial)
    assert all(s == list(range(1, len(s) + 1)) for s in serials.values())
    assert sum(len(s) for s in serials.values()) == 60
    assert audit(workspace).problems == []
