"""Any interleaving and any order of delivery of the same events from three stations gives
the same projection and the same list of conflicts, ratings and follow-ups included."""

from __future__ import annotations

import json
import shutil
from dataclasses import fields
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stations_helpers import TODAY, boss, intake, send

from app.domain.merge import fold_case
from app.paths import DataPaths
from app.services import cases
from app.services.append import ForeignBatch, append_foreign, export_rows
from app.services.maintenance import audit, projection_digest
from app.services.queries import CaseFilter, list_cases
from app.services.setup import initialise
from app.services.workspace import Workspace
from app.store.event_format import upgrade


@pytest.fixture(scope="module")
def history(county_templates, tmp_path_factory):
    """Three stations' chains after concurrent, conflicting work, and an empty observer."""
    root = tmp_path_factory.mktemp("history")
    ws = {}
    for name, template in county_templates.items():
        shutil.copytree(template, root / name)
        ws[name] = Workspace.open(DataPaths(root / name), daily_backup=False)
    w1, w2, hub = ws["window1"], ws["window2"], ws["county"]
    try:
        c = [intake(w1) for _ in range(3)] + [intake(w1, missing=("04",), tolerant=True), intake(w1)]
        for other in (w2, hub):
            send(w1, other)
        n = [v.state.number for v in c]
        cases.complete(w1, boss(w1), n[0], "approved", TODAY)
        cases.terminate(w2, boss(w2), n[0], "申请人撤回", TODAY)
        cases.complete(hub, boss(hub), n[1], "rejected", TODAY)
        cases.complete(w1, boss(w1), n[1], "approved", TODAY)
        cases.extend(w1, boss(w1), n[2], 6, "核查", TODAY)
        cases.extend(w2, boss(w2), n[2], 5, "调查", TODAY)
        cases.terminate(w1, boss(w1), n[3], "撤回", TODAY)
        cases.supply(w2, boss(w2), n[3], ["04"], TODAY)
        # a poor 好差评 at one station, its follow-up verified at two before either hears of the other
        cases.complete(w1, boss(w1), n[4], "approved", TODAY)
        cases.rate(w1, boss(w1), n[4], "不满意", "等候太久", TODAY)
        send(w1, w2)
        cases.follow_up(w2, boss(w2), n[4], "verify", "属实", TODAY)
        cases.follow_up(w1, boss(w1), n[4], "verify", "经核实，情况属实", TODAY)
        cases.follow_up(w1, boss(w1), n[4], "rectify", "已调整排班", TODAY)
        own = intake(w2)
        cases.add_note(w2, boss(w2), own.state.number, "来电", TODAY)
        send(w2, hub)
        send(w1, hub)
        cases.settle(hub, boss(hub), n[0], "1", "second", "申请人书面撤回在先", TODAY)
        chains = []
        for station in (w1, w2, hub):
            with station.read() as s:
                chains.append(export_rows(s, station.station.uuid).events)
        with hub.read() as s:
            refs = export_rows(s)
    finally:
        for station in ws.values():
            station.close()
    observer = root / "observer"
    initialise(DataPaths(observer), centre="青石县数据中心", window="汇总", admin_username="admin",
               admin_password="observer1", station_code="Z9")
    refs = ForeignBatch([], refs.stations, refs.officers, refs.item_versions)
    (root / "reference").mkdir()
    reference = _deliver(observer, root / "reference", refs, [sum(chains, [])])
    return chains, refs, observer, reference


def _deliver(observer: Path, tmp: Path, refs: ForeignBatch, batches: list[list[dict]]) -> tuple[str, list]:
    folder = tmp / "observer"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(observer, folder)
    ws = Workspace.open(DataPaths(folder), daily_backup=False)
    try:
        for events in batches:
            append_foreign(ws, ForeignBatch(events, refs.stations, refs.officers, refs.item_versions))
        assert audit(ws).problems == []
        conflicts = []
        for row in list_cases(ws, CaseFilter(conflicts=True), TODAY):
            state = cases.get_case(ws, row.uuid, TODAY).state
            conflicts.append((row.number, [(c.kind.value, c.first.event_uuid, c.second.event_uuid)
                                           for c in state.conflicts]))
        return projection_digest(ws), sorted(conflicts)
    finally:
        ws.close()


@st.composite
def deliveries(draw, chains: list[list[dict]]) -> list[list[dict]]:
    """Batches in any interleaving of the stations, each station's events in chain order
    (a gap waits, as the import keeps a package after a gap aside), with repeats."""
    sent = [0] * len(chains)
    batches: list[list[dict]] = []
    while any(sent[i] < len(c) for i, c in enumerate(chains)):
        i = draw(st.sampled_from([i for i, c in enumerate(chains) if sent[i] < len(c)]))
        size = draw(st.integers(1, len(chains[i]) - sent[i]))
        again = draw(st.integers(0, sent[i]))  # events already delivered, sent once more
        batch = chains[i][sent[i] - again:sent[i] + size]
        if draw(st.booleans()) and batches:  # and mixed into another station's batch
            batch = draw(st.permutations(batches.pop() + batch))
        batches.append(list(batch))
        sent[i] += size
    return batches


def test_the_history_holds_open_and_settled_conflicts(history):
    _chains, _refs, _observer, (_digest, conflicts) = history
    kinds = sorted(k for _number, found in conflicts for k, _a, _b in found)
    assert kinds == ["after_close", "extension_limit", "two_results"]  # the fourth was settled


def test_the_history_holds_a_poor_rating_followed_up_at_two_stations(history):
    chains = history[0]
    types = [e["type"] for chain in chains for e in chain]
    assert types.count("rating_recorded") == 1 and types.count("follow_up_recorded") == 3
    stations = {e["station_uuid"] for chain in chains for e in chain if e["type"] == "follow_up_recorded"}
    assert len(stations) == 2


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(data=st.data())
def test_any_interleaving_and_order_of_delivery_gives_one_projection(history, tmp_path, data):
    chains, refs, observer, reference = history
    batches = data.draw(deliveries(chains))
    assert _deliver(observer, tmp_path, refs, batches) == reference


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_folding_a_case_in_any_order_gives_one_state(history, data):
    chains = history[0]
    events = [e for chain in chains for e in chain if e["case_uuid"]]
    by_case: dict[str, list] = {}
    for e in events:
        by_case.setdefault(e["case_uuid"], []).append(upgrade(
            uuid=e["uuid"], type=e["type"], payload=orjson.loads(e["payload"]), officer=e["officer"],
            officer_uuid=e["officer_uuid"], format=e["format"], hlc=e["hlc"], station_uuid=e["station_uuid"],
            seq=e["seq"]))
    for case_uuid, facts in by_case.items():
        shuffled = data.draw(st.permutations(facts))
        assert json.dumps(vars_of(fold_case(case_uuid, shuffled)), default=str) == \
            json.dumps(vars_of(fold_case(case_uuid, facts)), default=str)


def vars_of(state) -> dict:
    out = {f.name: getattr(state, f.name) for f in fields(state)}
    out["conflicts"] = [c.to_json() for c in state.conflicts]
    return out
