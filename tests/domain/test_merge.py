"""The merge fold on its own: order, conflicts, settlements — without a database."""

from __future__ import annotations

import itertools

from app.domain.lifecycle import Status
from app.domain.merge import ConflictKind, fold_case
from app.store.event_format import EventRecord

ITEM = {"code": "MZ-003", "name": "临时救助", "version": 1, "version_uuid": "v1", "promised_days": 10}


def ev(uuid: str, etype: str, payload: dict, hlc: int, station: str, seq: int) -> EventRecord:
    return EventRecord(uuid, etype, payload, f"o-{station}", f"officer {station}", f"{hlc:013d}-00000", station, seq)


def history() -> list[EventRecord]:
    intake = {"number": "某镇便民受字〔2026〕第01-0001号", "year": 2026, "serial": 1, "station_uuid": "A",
              "station_code": "01", "date": "2026-11-16", "item": ITEM, "flagged": False,
              "applicant": {"kind": "person", "name": "赵六", "id_number": "x", "phone": ""},
              "materials": [{"code": "01", "name": "申请表", "required": True, "tolerable": False, "received": True}]}
    return [
        ev("i", "intake_logged", intake, 1, "A", 1),
        ev("a", "accepted", {"date": "2026-11-16", "promised_days": 10}, 2, "A", 2),
        ev("c", "completed", {"date": "2026-11-20", "result": "approved"}, 3, "A", 3),
        ev("t", "terminated", {"date": "2026-11-20", "reason": "撤回"}, 4, "B", 1),
    ]


def test_completed_and_terminated_concurrently_is_a_conflict_with_both_kept():
    state = fold_case("case", history())
    assert state.status is Status.COMPLETED
    (conflict,) = state.conflicts
    assert conflict.kind is ConflictKind.COMPLETED_AND_TERMINATED
    assert (conflict.first.event_uuid, conflict.second.event_uuid) == ("c", "t")


def test_two_settlements_that_disagree_leave_one_decision_whatever_the_order():
    events = history() + [
        ev("s1", "conflict_settled", {"conflict": "t", "keep": "t", "drop": "c", "reason": "x"}, 5, "B", 2),
        ev("s2", "conflict_settled", {"conflict": "t", "keep": "c", "drop": "t", "reason": "y"}, 6, "C", 1),
    ]
    results = {(fold_case("case", order).status, len(fold_case("case", order).conflicts))
               for order in itertools.permutations(events)}
    assert results == {(Status.COMPLETED, 0)}  # the later settlement (s2) decides; s1 stays in the history
