"""Three data folders — two windows of one centre and the county — exchanging events
through the internal entry point: numbers, identities, audit and projections agree."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from stations_helpers import DAY, TODAY, boss, exchange, intake, numbers, send

from app.domain.letters import LetterKind
from app.services import cases
from app.services import letters as letters_service
from app.services.append import BatchRefused, ForeignBatch, append_foreign, export_rows
from app.services.maintenance import audit, projection_digest, rebuild
from app.services.officers import OfficerError, authenticate
from app.services.settings import save_settings
from app.store.models import Event, Officer


def test_three_stations_end_with_unique_numbers_sound_chains_and_one_projection(county):
    w1, w2, hub = county["window1"], county["window2"], county["county"]
    made = [intake(w1) for _ in range(3)] + [intake(w2) for _ in range(3)] + [intake(hub)]
    made.append(intake(w1, missing=("04",), tolerant=True))
    exchange(w1, w2, hub)

    everyone = [numbers(ws) for ws in (w1, w2, hub)]
    assert everyone[0] == everyone[1] == everyone[2]
    assert len(everyone[0]) == len(set(everyone[0])) == len(made)
    assert {v.state.number for v in made[:3]} == {f"白沙镇便民受字〔2026〕第01-000{i}号" for i in (1, 2, 3)}
    assert {v.state.number for v in made[3:6]} == {f"白沙镇便民受字〔2026〕第02-000{i}号" for i in (1, 2, 3)}

    # Letters printed at either window and at the county carry distinct numbers.
    printed = []
    for ws, view in ((w1, made[0]), (w2, made[3]), (hub, made[1]), (hub, made[4]), (w1, made[7])):
        kind = LetterKind.TOLERANT_ACCEPTANCE if view is made[7] else LetterKind.ACCEPTANCE
        issued = letters_service.issue(ws, boss(ws), view.state.uuid, kind, "docx", TODAY)
        printed.append(issued.content.number)
    assert len(set(printed)) == len(printed)
    assert "白沙镇便民受字〔2026〕第01-0001号" in printed and "白沙镇便民受字〔2026〕第02-0001号" in printed

    exchange(w1, w2, hub)
    for ws in (w1, w2, hub):
        result = audit(ws)
        assert result.problems == [] and result.events > 0
    digests = {projection_digest(ws) for ws in (w1, w2, hub)}
    assert len(digests) == 1
    rebuild(hub)
    assert projection_digest(hub) in digests


def test_events_name_officers_by_uuid_and_a_peer_cannot_sign_in(county):
    w1, hub = county["window1"], county["county"]
    view = intake(w1)
    send(w1, hub)
    with hub.read() as s:
        intake_event = s.scalar(select(Event).where(Event.case_uuid == view.state.uuid, Event.seq > 0).limit(1))
        peers = list(s.scalars(select(Officer).where(Officer.username == "boss")))
    assert intake_event.officer_uuid == boss(w1).uuid and intake_event.officer == "window1主管"
    assert intake_event.format == 2
    assert len(peers) == 2  # the county's own boss and window 1's, one row each
    shown = cases.get_case(hub, view.state.number, TODAY)
    assert {e.officer for e in shown.events} == {"window1主管"}
    assert authenticate(hub, "boss", "bosspass1").uuid == boss(hub).uuid  # the county's own
    assert boss(hub).uuid != boss(w1).uuid


def test_the_same_batch_twice_changes_nothing(county):
    w1, w2 = county["window1"], county["window2"]
    intake(w1)
    first = send(w1, w2)
    before = projection_digest(w2)
    again = send(w1, w2)
    assert first.added > 0 and again.added == 0 and again.already_held == first.added
    assert projection_digest(w2) == before


def test_a_fork_and_a_gap_are_refused_by_name_and_change_nothing(county):
    w1, w2 = county["window1"], county["window2"]
    intake(w1)
    intake(w1)
    with w1.read() as s:
        batch = export_rows(s, w1.station.uuid)
    gap = ForeignBatch(batch.events[1:], batch.stations, batch.officers, batch.item_versions)
    before = projection_digest(w2)
    with pytest.raises(BatchRefused, match="缺少第 1 号事件"):
        append_foreign(w2, gap)
    send(w1, w2)
    forked = dict(batch.events[0], payload=json.dumps({"date": "2026-11-16"}), hash="f" * 64)
    with pytest.raises(BatchRefused, match="链分叉"):
        append_foreign(w2, ForeignBatch([forked], batch.stations))
    assert projection_digest(w2) != before  # the good batch went in; the bad ones changed nothing after it
    assert audit(w2).problems == []


def test_a_station_code_shared_by_two_stations_is_refused_with_the_number(county):
    w1, w2 = county["window1"], county["window2"]
    with w2.write() as s:
        save_settings(s, station_code="01")  # misconfigured: the same code as window 1
    intake(w1)
    intake(w2)
    with pytest.raises(BatchRefused, match="第01-0001号.*站点代码相同"):
        send(w1, w2)


def test_events_of_this_stations_own_chain_are_never_taken_from_a_peer(county):
    w1, w2 = county["window1"], county["window2"]
    intake(w1)
    send(w1, w2)
    with w1.read() as s:
        mine = export_rows(s, w1.station.uuid)
    intake(w2)
    with w2.read() as s:
        theirs = export_rows(s)
    # A forged continuation of window 1's chain, handed back to window 1, is refused.
    last = mine.events[-1]
    extra = dict(last, uuid="00000000-0000-0000-0000-000000000001", seq=last["seq"] + 1, prev_hash=last["hash"],
                 hash="e" * 64)
    with pytest.raises(BatchRefused, match="本站点自己"):
        append_foreign(w1, ForeignBatch(theirs.events + [extra], theirs.stations, theirs.officers,
                                        theirs.item_versions))


def test_a_letter_uses_the_item_version_the_case_names_never_a_local_namesake(county):
    w1, hub = county["window1"], county["county"]
    view = intake(w1)
    send(w1, hub)
    version_uuid = view.state.item["version_uuid"]
    prepared = letters_service.prepare(hub, boss(hub), view.state.uuid, LetterKind.ACCEPTANCE, TODAY)
    assert prepared.content.number == "白沙镇便民受字〔2026〕第01-0001号"
    with hub.read() as s:
        from app.store.models import ItemVersion

        held = s.get(ItemVersion, version_uuid)
        same_code = list(s.scalars(select(ItemVersion).where(ItemVersion.code == held.code,
                                                             ItemVersion.version == held.version)))
    assert held is not None and not held.is_current and len(same_code) == 2


def test_a_case_whose_item_version_never_arrived_cannot_print_under_another(county):
    w1, hub = county["window1"], county["county"]
    view = intake(w1)
    with w1.read() as s:
        batch = export_rows(s)
    append_foreign(hub, ForeignBatch(batch.events, batch.stations, batch.officers, []))
    with pytest.raises(Exception, match="事项版本"):
        letters_service.prepare(hub, boss(hub), view.state.uuid, LetterKind.ACCEPTANCE, TODAY)


def test_the_day_of_intake_is_kept_on_every_station(county):
    w1, w2 = county["window1"], county["window2"]
    view = intake(w1)
    send(w1, w2)
    shown = cases.get_case(w2, view.state.number, TODAY)
    assert shown.state.intake_date == DAY and shown.state.station_uuid == w1.station.uuid


def test_a_peers_username_does_not_block_adding_the_same_name_here(county):
    from app.services.officers import Role, add_officer, find_actor

    w1, hub = county["window1"], county["county"]
    admin = find_actor(w1, "admin")
    add_officer(w1, admin, "xiaowang", "小王", Role.OFFICER, "password1")
    send(w1, hub)
    add_officer(hub, find_actor(hub, "admin"), "xiaowang", "县里的小王", Role.OFFICER, "password2")
    assert find_actor(hub, "xiaowang").display_name == "县里的小王"
    with pytest.raises(OfficerError):
        authenticate(hub, "xiaowang", "password1")


def test_events_that_arrive_before_the_case_they_belong_to_wait_and_then_apply(county):
    w1, w2, hub = county["window1"], county["window2"], county["county"]
    view = intake(w1)
    send(w1, w2)
    cases.extend(w2, boss(w2), view.state.number, 3, "需入户调查", TODAY)
    with w2.read() as s:
        only_w2 = export_rows(s, w2.station.uuid)
    append_foreign(hub, only_w2)  # window 2's extension, without window 1's intake
    from app.services.queries import CaseFilter, list_cases

    assert list_cases(hub, CaseFilter(), TODAY) == []
    send(w1, hub)
    state = cases.get_case(hub, view.state.number, TODAY).state
    assert [e.days for e in state.completion.extensions] == [3] and state.waiting == []
    assert projection_digest(hub) == projection_digest(w2)


def test_a_peer_whose_clock_runs_fast_does_not_make_this_clock_look_set_back(county):
    from app.domain.hlc import Hlc
    from app.services.clock import Clock
    from app.services.workspace import ClockSetBack

    w1, w2 = county["window1"], county["window2"]
    now = Clock().now_ms()
    w1.clock = Clock(fixed_ms=now + 10 * 60_000)  # window 1's clock runs ten minutes fast
    w2.clock = Clock(fixed_ms=now)
    intake(w2)  # an event stamped by this computer's own clock
    fast = intake(w1)
    send(w1, w2)
    assert w2.clock_problem() is None
    mine = cases.add_note(w2, boss(w2), fast.state.number, "电话联系申请人", TODAY)  # no ClockSetBack
    assert mine.state.notes[-1]["text"] == "电话联系申请人"
    with w2.read() as s:
        ordered = [e.hlc for e in s.scalars(select(Event).where(Event.case_uuid == fast.state.uuid)
                                            .order_by(Event.hlc))]
        last = s.scalar(select(Event).where(Event.station_uuid == w2.station.uuid).order_by(Event.seq.desc()))
    assert last.hlc == ordered[-1] and Hlc.decode(last.hlc).wall_ms >= now + 10 * 60_000  # still after the peer's

    w2.clock = Clock(fixed_ms=now - 86_400_000)  # and then this computer's date is set a day back
    assert w2.clock_problem() is not None
    with pytest.raises(ClockSetBack):
        w2.today()
