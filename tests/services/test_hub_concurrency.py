"""The county hub under load: four townships' packages imported and two county officers
at work, all at once, on one PostgreSQL database.

Nothing may be lost or doubled, no process may fail or hang, and afterwards every chain
verifies and the case table is exactly the fold of the events.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import threading
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.paths import DataPaths
from app.services import maintenance
from app.services.cases import add_note
from app.services.demo import generate
from app.services.officers import Role, add_officer, find_actor
from app.services.setup import initialise
from app.services.sync_export import export_package
from app.services.sync_import import import_package
from app.services.workspace import Workspace
from app.store import server
from app.store.database import WriteConflict, retried
from app.store.events import verify_chain
from app.store.models import CaseRow, ChainHeadRow, Event

import hub_workers
from stations_helpers import ADMIN_PASSWORD, BOSS_PASSWORD

TODAY = hub_workers.TODAY
TOWNSHIPS = {"T1": "白沙镇便民服务中心", "T2": "青河乡便民服务中心", "T3": "石门镇便民服务中心", "T4": "东坪街道便民服务中心"}
CASES_EACH = 40


def _township(folder: Path, code: str, centre: str) -> Workspace:
    initialise(DataPaths(folder), centre=centre, window="综合窗口", admin_username="admin",
               admin_password=ADMIN_PASSWORD, station_code=code)
    ws = Workspace.open(DataPaths(folder), daily_backup=False)
    generate(ws, find_actor(ws, "admin"), CASES_EACH, seed=int(code[1]), today=TODAY)
    return ws


@pytest.fixture
def hub(tmp_path: Path, pg_hub_template, pg_clone) -> Path:
    import shutil

    folder = tmp_path / "hub"
    shutil.copytree(pg_hub_template.folder, folder)
    (folder / "database-url").write_text(pg_clone(pg_hub_template.database) + "\n", encoding="utf-8")
    ws = Workspace.open(DataPaths(folder), daily_backup=False)
    try:
        add_officer(ws, find_actor(ws, "admin"), "clerk", "县级窗口", Role.OFFICER, BOSS_PASSWORD)
    finally:
        ws.close()
    return folder


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_four_imports_and_two_officers_at_once_lose_and_double_nothing(tmp_path: Path, hub: Path) -> None:
    # Each township's first package is at the hub; the second carries follow-ups on the same
    # cases, which the county officers are following up at the same moment.
    second: dict[str, Path] = {}
    township_events = 0
    with Workspace.open(DataPaths(hub), daily_backup=False) as ws:
        boss = find_actor(ws, "boss")
        for code, centre in TOWNSHIPS.items():
            town = _township(tmp_path / code, code, centre)
            first = export_package(town, tmp_path / f"{code}-1.awsync").path
            import_package(ws, boss, first, trust_new=True)
            with town.read() as s:
                numbers = sorted(s.scalars(select(CaseRow.number).where(CaseRow.is_open.is_(True))))[:10]
            for n in numbers:
                add_note(town, find_actor(town, "admin"), n, f"{code} 乡镇跟踪", TODAY)
            second[code] = export_package(town, tmp_path / f"{code}-2.awsync", everything=True).path
            with town.read() as s:
                township_events += s.scalar(select(func.count()).select_from(Event))
            town.close()
        with ws.read() as s:
            followed = sorted(s.scalars(select(CaseRow.number).where(CaseRow.is_open.is_(True))
                                        .order_by(CaseRow.number).limit(24)))
            hub_before = s.scalar(select(func.count()).select_from(Event).where(
                Event.station_uuid == ws.require_station().uuid))

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(6) as pool:
        imports = [pool.apply_async(hub_workers.import_packages, (str(hub), [str(second[c])])) for c in TOWNSHIPS]
        officers = [pool.apply_async(hub_workers.act_on_cases, (str(hub), name, followed[i::2] + followed[:4], 3, 2))
                    for i, name in enumerate(("boss", "clerk"))]
        imported = [r.get(timeout=200) for r in imports]
        acted = [r.get(timeout=200) for r in officers]

    assert all(n > 0 for [n] in imported)  # each brought its township's follow-ups
    with Workspace.open(DataPaths(hub), daily_backup=False) as ws:
        with ws.read() as s:
            hub_uuid = ws.require_station().uuid
            count, problems = verify_chain(s)
            assert problems == []
            total = s.scalar(select(func.count()).select_from(Event))
            hub_events = s.scalar(select(func.count()).select_from(Event).where(Event.station_uuid == hub_uuid))
            assert total == township_events + hub_events == count
            heads = dict(s.execute(select(ChainHeadRow.station_uuid, ChainHeadRow.seq)).all())
            assert heads[hub_uuid] == hub_events  # the hub's chain: 1…n with no gap and no double
            notes = Counter(p for (p,) in s.execute(select(Event.payload).where(
                Event.station_uuid == hub_uuid, Event.type == "note_added")))
            numbers = list(s.scalars(select(CaseRow.number).where(CaseRow.station_uuid == hub_uuid)
                                     .order_by(CaseRow.serial)))
            serials = list(s.scalars(select(CaseRow.serial).where(CaseRow.station_uuid == hub_uuid)
                                     .order_by(CaseRow.serial)))
        assert sum(a["notes"] for a in acted) == len(notes) and set(notes.values()) == {1}
        assert hub_events - hub_before == sum(a["notes"] for a in acted) + 2 * sum(len(a["intakes"]) for a in acted)
        assert sorted(n for a in acted for n in a["intakes"]) == sorted(numbers)
        assert serials == list(range(1, len(serials) + 1))  # the county's own numbers: gapless, none twice
        assert maintenance.projection_differences(ws) == []  # every case shows every event
        assert maintenance.audit(ws).problems == []


def test_a_deadlock_is_run_again_and_never_shown(hub: Path) -> None:
    """Two transactions that lock in opposite order: the server undoes one, it runs again."""
    attempts: Counter[str] = Counter()
    barrier = threading.Barrier(2, timeout=10)

    def work(ws: Workspace, first: str, second: str) -> None:
        @retried
        def once() -> None:
            attempts[first] += 1
            with ws.write() as s:
                server.lock(s, first)
                if attempts[first] == 1:
                    barrier.wait()
                server.lock(s, second)

        once()

    spaces = [Workspace.open(DataPaths(hub), daily_backup=False) for _ in range(2)]
    try:
        threads = [threading.Thread(target=work, args=(spaces[0], "a", "b")),
                   threading.Thread(target=work, args=(spaces[1], "b", "a"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not any(t.is_alive() for t in threads)
    finally:
        for ws in spaces:
            ws.close()
    assert sorted(attempts.values()) == [1, 2]  # one was undone by the server and ran again


def test_a_conflict_that_keeps_coming_back_is_shown_after_the_last_attempt() -> None:
    calls = []

    @retried
    def always() -> None:
        calls.append(1)
        raise WriteConflict("冲突")

    with pytest.raises(WriteConflict):
        always()
    assert 1 < len(calls) <= 10
