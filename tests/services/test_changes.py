"""What a piece of work changed is reported by the store itself: each kind, and only when committed."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.cn import ric

from app.services import cases, catalogue, changes, maintenance, officers
from app.services.cases import ApplicantInput, CaseRefused, IntakeRequest
from app.services.changes import NOTHING, OpChanges, collecting
from app.services.settings import save_settings

TODAY = dt.date(2026, 11, 23)


def applicant(serial: int) -> ApplicantInput:
    body = f"11010519800101{serial:03d}"
    return ApplicantInput("person", "张三", body + ric.calc_check_digit(body + "0"), "13800138000")


def intake(ws, actor, serial: int = 1) -> cases.CaseView:
    (item,) = [s for s in catalogue.current_items(ws) if s.item.code == "MZ-001"]
    received = tuple(m.code for m in item.item.materials)
    return cases.intake(ws, actor, IntakeRequest("MZ-001", applicant(serial), received), TODAY)


def collected(work) -> OpChanges:
    with collecting() as got:
        work()
    return got.changes


def test_an_intake_and_an_action_name_their_case_and_nothing_else(workspace, staff):
    got = collected(lambda: intake(workspace, staff.clerk))
    assert len(got.cases) == 1 and not (got.all_cases or got.catalogue or got.officers or got.sync)
    (uuid,) = got.cases
    done = collected(lambda: cases.complete(workspace, staff.clerk, uuid, "approved", TODAY))
    assert done.cases == {uuid} and done.touches_case(uuid) and not done.touches_case("another")
    assert done.case_list


def test_reading_changes_nothing(workspace, staff):
    view = intake(workspace, staff.clerk)
    assert collected(lambda: cases.get_case(workspace, view.state.uuid, TODAY)) == NOTHING
    assert not collected(lambda: officers.list_officers(workspace))


def test_a_refused_action_reports_no_change(workspace, staff):
    view = intake(workspace, staff.clerk)
    cases.complete(workspace, staff.clerk, view.state.uuid, "approved", TODAY)

    def again() -> None:
        with pytest.raises(CaseRefused):
            cases.complete(workspace, staff.clerk, view.state.uuid, "approved", TODAY)

    assert collected(again) == NOTHING


def test_a_transaction_rolled_back_after_writing_reports_nothing(workspace):
    class Stop(Exception):
        pass

    def half() -> None:
        with workspace.write() as s:
            save_settings(s, address="某县某镇人民路20号")
            raise Stop

    with collecting() as got, pytest.raises(Stop):
        half()
    assert got.changes == NOTHING
    assert workspace.settings().address != "某县某镇人民路20号"


def test_settings_officers_and_catalogue_are_told_apart(workspace, staff):
    def settings() -> None:
        with workspace.write() as s:
            save_settings(s, due_soon_days=3)

    assert collected(settings) == OpChanges(settings=True)
    added = collected(lambda: officers.add_officer(workspace, staff.admin, "xiaoli", "李晓", officers.Role.OFFICER,
                                                   "xiaolipass1"))
    assert added.officers and not added.cases and not added.settings
    raw = [s for s in catalogue.current_items(workspace) if s.item.code == "MZ-004"][0].item.to_dict()
    raw["name"] = "高龄津贴（80周岁以上）"
    saved = collected(lambda: catalogue.save_item(workspace, staff.admin, raw))
    assert saved.catalogue and not saved.cases


def test_a_rebuild_changes_every_case_without_listing_them(workspace, staff):
    for serial in range(3):
        intake(workspace, staff.clerk, serial)
    got = collected(lambda: maintenance.rebuild(workspace))
    assert got.all_cases and got.cases == frozenset()


def test_a_transaction_of_many_cases_counts_as_all(workspace):
    info: dict = {}
    changes.note_cases_in_session(info, (f"case-{i}" for i in range(changes.MANY_CASES + 1)))
    with collecting() as got:
        changes.committed(info)
    assert got.changes.all_cases and not got.changes.cases


def test_collections_nest_and_the_outer_one_sees_everything(workspace, staff):
    with collecting() as outer:
        with collecting() as inner:
            intake(workspace, staff.clerk)
        assert len(inner.changes.cases) == 1
    assert outer.changes == inner.changes
