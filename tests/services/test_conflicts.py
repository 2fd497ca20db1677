"""Each kind of conflict between stations: made, listed, settled, and the settlement merged back."""

from __future__ import annotations

import pytest
from stations_helpers import BOSS_PASSWORD, TODAY, boss, exchange, make_conflict, send

from app.cli import main
from app.cli.common import ENV_PASSWORD
from app.domain.lifecycle import Status
from app.domain.merge import ConflictKind
from app.services import cases
from app.services.cases import CaseRefused
from app.services.maintenance import audit, projection_digest, rebuild
from app.services.officers import find_actor
from app.services.queries import CaseFilter, counts, list_cases


EXPECTED = {  # kind: (status while in conflict, status once the second side is kept)
    ConflictKind.COMPLETED_AND_TERMINATED: (Status.COMPLETED, Status.TERMINATED),
    ConflictKind.TWO_RESULTS: (Status.COMPLETED, Status.COMPLETED),
    ConflictKind.EXTENSION_LIMIT: (Status.ACCEPTED, Status.ACCEPTED),
    ConflictKind.AFTER_CLOSE: (Status.TERMINATED, Status.ACCEPTED),
    ConflictKind.SECOND_ACCEPTANCE: (Status.ACCEPTED, Status.ACCEPTED),
}


@pytest.mark.parametrize("kind", list(ConflictKind), ids=[k.value for k in ConflictKind])
@pytest.mark.parametrize("keep", ["first", "second"])
def test_a_conflict_is_listed_everywhere_and_its_settlement_holds_everywhere(county, kind, keep):
    w1, w2, hub = county["window1"], county["window2"], county["county"]
    number = make_conflict(kind, w1, w2, hub)
    exchange(w1, w2, hub)

    for ws in (w1, w2, hub):
        listed = list_cases(ws, CaseFilter(conflicts=True), TODAY)
        assert [(c.number, c.conflicts) for c in listed] == [(number, (kind.value,))]
        assert counts(ws, TODAY).in_conflict == 1
        state = cases.get_case(ws, number, TODAY).state
        assert [c.kind for c in state.conflicts] == [kind] and state.status is EXPECTED[kind][0]
        assert state.event_count == len(cases.get_case(ws, number, TODAY).events)  # both sides kept
    assert len({projection_digest(ws) for ws in (w1, w2, hub)}) == 1

    settled = cases.settle(hub, boss(hub), number, "1", keep, "经核实以先办结的为准" if keep == "first" else "经核实",
                           TODAY)
    assert settled.state.conflicts == []
    exchange(w1, w2, hub)
    for ws in (w1, w2, hub):
        state = cases.get_case(ws, number, TODAY).state
        assert state.conflicts == [] and list_cases(ws, CaseFilter(conflicts=True), TODAY) == []
        expected = EXPECTED[kind][0 if keep == "first" else 1]
        assert state.status is expected
        assert audit(ws).problems == []
    if kind is ConflictKind.TWO_RESULTS:
        assert state.result == ("approved" if keep == "first" else "rejected")
    if kind is ConflictKind.EXTENSION_LIMIT:
        assert state.extended_days == 6
    digests = {projection_digest(ws) for ws in (w1, w2, hub)}
    rebuild(w2)
    assert digests == {projection_digest(w2)}


def test_settling_needs_a_supervisor_a_reason_and_one_of_the_two_sides(county):
    from app.services.officers import Role, add_officer

    w1, w2, hub = county["window1"], county["window2"], county["county"]
    number = make_conflict(ConflictKind.TWO_RESULTS, w1, w2, hub)
    send(w2, w1)
    add_officer(w1, find_actor(w1, "admin"), "clerk", "王窗口", Role.OFFICER, "clerkpass1")
    with pytest.raises(CaseRefused, match="主管"):
        cases.settle(w1, find_actor(w1, "clerk"), number, "1", "first", "理由", TODAY)
    with pytest.raises(CaseRefused, match="理由"):
        cases.settle(w1, boss(w1), number, "1", "first", "  ", TODAY)
    with pytest.raises(CaseRefused, match="一方"):
        cases.settle(w1, boss(w1), number, "1", "neither", "理由", TODAY)
    with pytest.raises(CaseRefused, match="没有编号为"):
        cases.settle(w1, boss(w1), number, "7", "first", "理由", TODAY)
    assert len(cases.get_case(w1, number, TODAY).state.conflicts) == 1


def test_the_command_line_lists_and_settles_conflicts(county, capsys, monkeypatch):
    w1, w2, hub = county["window1"], county["window2"], county["county"]
    number = make_conflict(ConflictKind.COMPLETED_AND_TERMINATED, w1, w2, hub)
    send(w2, w1)
    folder = str(w1.paths.root)
    w1.close()

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", folder, "--today", TODAY.isoformat(), *argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    monkeypatch.setenv(ENV_PASSWORD, BOSS_PASSWORD)  # boss signs each command, as a script does
    code, out, _ = run("case", "list", "--conflicts")
    assert code == 0 and number in out and "既办结又终止" in out and "共 1 件" in out
    code, out, _ = run("case", "show", number)
    assert "冲突 1" in out and "first" in out and "second" in out
    code, _, err = run("--officer", "boss", "case", "settle", number, "--keep", "second", "--reason", "")
    assert code == 1 and "理由" in err
    code, out, _ = run("--officer", "boss", "case", "settle", number, "--keep", "second", "--reason", "申请人已书面撤回")
    assert code == 0 and "已终止" in out
    code, out, _ = run("case", "list", "--conflicts")
    assert code == 0 and "共 0 件" in out
    code, out, _ = run("--json", "case", "show", number)
    assert '"conflict_settled"' in out and '"conflicts": []' in out
