"""The issue's case as an officer meets it: 乡村建设规划许可 logged on 2026-03-02 with three
materials missing and no one-time notice, looked at on later days, in lists, letters and
the command line (行政许可法 §32(4))."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pypdf
import pytest
from sqlalchemy import select

from app.cli import main
from app.domain.deemed import DEEMED_LABEL
from app.domain.letters import LetterKind
from app.services import cases, letters, maintenance, queries
from app.services.cases import ApplicantInput, CaseRefused, IntakeRequest
from app.services.queries import CaseFilter, list_cases
from app.store.models import CaseRow, Setting

RECEIVED = dt.date(2026, 3, 2)  # Monday; the notice is owed by Monday 9 March
DAY5 = dt.date(2026, 3, 9)
DAY6 = dt.date(2026, 3, 10)
JUDGED = dt.date(2026, 3, 20)


def log(ws, actor, id_number="11010519491231002X", day=RECEIVED) -> str:
    req = IntakeRequest(item_code="ZR-002", applicant=ApplicantInput("person", "王五", id_number, "13800138000"),
                        received=("01", "02", "03"), missing=("04", "05", "06"), date=day)
    view = cases.intake(ws, actor, req, day)
    assert view.state.decision.value == "notice"
    return view.state.number


def numbers(ws, today, **kw) -> list[str]:
    return [c.number for c in list_cases(ws, CaseFilter(**kw), today)]


def refused(fn, *args, **kw) -> str:
    with pytest.raises(CaseRefused) as info:
        fn(*args, **kw)
    return str(info.value)


def test_the_case_counts_as_accepted_from_receipt_once_five_working_days_pass(workspace, staff):
    number = log(workspace, staff.clerk)
    before = cases.get_case(workspace, number, DAY5).to_json()
    assert before["status"] == "awaiting_supplement" and before["deemed_acceptance"] is None
    assert before["countdowns"]["notice"]["state"] == "due_today" and before["countdowns"]["completion"] is None

    data = cases.get_case(workspace, number, JUDGED).to_json()
    assert data["status_label"] == DEEMED_LABEL == "逾期未告知·依法视为受理"
    assert data["status"] == "accepted" and data["accepted_date"] == "2026-03-02"
    assert data["deemed_acceptance"] == {"label": DEEMED_LABEL, "acceptance_date": "2026-03-02",
                                         "notice_deadline": "2026-03-09", "since": "2026-03-10"}
    # promised 10 working days from 2 March: due 16 March, four working days overdue on the 20th
    assert data["countdowns"]["completion"] == {"deadline": "2026-03-16", "state": "overdue", "days_left": -4,
                                                "confirmed": True}
    assert data["countdowns"]["notice"]["state"] == "missed"
    assert data["countdowns"]["supply"] is None


def test_the_work_list_shows_the_completion_deadline_that_now_matters(workspace, staff):
    number = log(workspace, staff.clerk)
    (row,) = list_cases(workspace, CaseFilter(), DAY5)
    assert not row.deemed and row.status == "awaiting_supplement" and row.countdowns["completion"] is None
    (row,) = list_cases(workspace, CaseFilter(), JUDGED)
    assert row.deemed and row.status == "accepted"
    assert row.to_json()["status_label"] == DEEMED_LABEL
    assert row.countdowns["completion"].deadline == dt.date(2026, 3, 16)
    # filters and counts judge the same day
    assert numbers(workspace, DAY5, status="awaiting_supplement") == [number]
    assert numbers(workspace, JUDGED, status="awaiting_supplement") == []
    assert numbers(workspace, JUDGED, status="accepted") == [number]
    assert numbers(workspace, JUDGED, overdue=True) == [number]
    # on day six the completion deadline (16 March) is four working days away: not overdue
    assert numbers(workspace, DAY6, overdue=True) == []
    assert numbers(workspace, DAY6, due_within=4) == [number]
    assert numbers(workspace, DAY5, overdue=True) == []
    assert numbers(workspace, DAY5, due_within=0) == [number]  # the notice is due today
    assert queries.counts(workspace, JUDGED).overdue == 1
    assert queries.counts(workspace, DAY6).overdue == 0


def test_afterwards_a_one_time_notice_is_refused_and_the_acceptance_notice_states_the_receipt_date(
        workspace, staff, tmp_path):
    number = log(workspace, staff.clerk)
    reason = refused(letters.issue, workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, "pdf", DAY6)
    assert "一次性告知期限 2026-03-09 已过而未告知" in reason and "即为受理" in reason
    assert "不能再以补正材料作为受理的条件" in reason
    assert letters.why_not(cases.get_case(workspace, number, DAY6).state, LetterKind.ACCEPTANCE) is None
    issued = letters.issue(workspace, staff.clerk, number, LetterKind.ACCEPTANCE, "pdf", DAY6)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(issued.data)).pages))
    assert "2026年3月2日起即为受理" in text and "受理日期为2026年3月2日" in text
    assert "第三十二条第一款第（四）项" in text
    assert "申请材料齐全" not in text
    assert "2026年3月16日前" in text  # the completion deadline from the receipt date
    view = cases.get_case(workspace, number, DAY6)
    assert [entry["kind"] for entry in view.to_json()["letters"]] == ["acceptance"]
    assert view.state.deemed is not None  # printing the acceptance notice changes nothing of the law's


def test_a_notice_printed_on_day_five_stops_the_clock_as_that_day(workspace, staff):
    number = log(workspace, staff.clerk)
    letters.issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, "pdf", DAY5)
    data = cases.get_case(workspace, number, JUDGED).to_json()
    assert data["deemed_acceptance"] is None and data["status"] == "awaiting_supplement"
    assert data["countdowns"]["notice"]["state"] == "met" and data["countdowns"]["notice"]["days_left"] == 0
    assert numbers(workspace, JUDGED, status="awaiting_supplement") == [number]


def test_after_deemed_acceptance_the_officer_works_the_case_to_completion(workspace, staff):
    number = log(workspace, staff.clerk)
    assert "尚未受理" in refused(cases.pause, workspace, staff.clerk, number, "公示", DAY5)
    cases.pause(workspace, staff.clerk, number, "公示", DAY6)
    cases.resume(workspace, staff.clerk, number, dt.date(2026, 3, 17))
    view = cases.supply(workspace, staff.clerk, number, ["04", "05", "06"], dt.date(2026, 3, 18))
    assert [e.type for e in cases.get_case(workspace, number, JUDGED).events][-1] == "materials_supplied"
    assert view.state.accepted_date == RECEIVED  # no new acceptance on the day the materials came
    # paused 10–17 March (5 working days): due 23 March instead of 16 March
    assert view.countdowns["completion"].deadline == dt.date(2026, 3, 23)
    (row,) = list_cases(workspace, CaseFilter(), JUDGED)
    assert row.countdowns["completion"].deadline == dt.date(2026, 3, 23)
    done = cases.complete(workspace, staff.clerk, number, "approved", JUDGED)
    assert done.to_json()["status"] == "completed" and done.state.deemed is not None
    assert done.countdowns["completion"].state.value == "met"


def test_case_show_and_list_say_so_in_text_and_json(station_dir, workspace, staff, capsys):
    number = log(workspace, staff.clerk)
    workspace.close()

    def cli(*argv):
        code = main(["--data-dir", str(station_dir), "--today", JUDGED.isoformat(), *argv])
        out, err = capsys.readouterr()
        assert code == 0 and "Traceback" not in err, err
        return out

    shown = cli("case", "show", number)
    assert DEEMED_LABEL in shown and "受理日期：2026-03-02" in shown
    assert "办结时限 2026-03-16 逾期 4 个工作日" in shown
    listed = cli("case", "list")
    assert DEEMED_LABEL in listed
    (entry,) = json.loads(cli("--json", "case", "list"))
    assert entry["status_label"] == DEEMED_LABEL and entry["countdowns"]["completion"]["deadline"] == "2026-03-16"
    assert json.loads(cli("--json", "case", "show", number))["deemed_acceptance"]["acceptance_date"] == "2026-03-02"


def deemed_columns(ws) -> dict[str, tuple]:
    with ws.read() as s:
        return {r.number: (r.deemed_after, r.deemed_next_deadline, r.completion_deadline)
                for r in s.scalars(select(CaseRow))}


def test_the_projection_rebuilt_from_events_agrees_with_the_rows_written_case_by_case(workspace, staff):
    lapsed = log(workspace, staff.clerk)
    told = log(workspace, staff.clerk, "330106199003150022")
    letters.issue(workspace, staff.clerk, told, LetterKind.ONE_TIME_NOTICE, "pdf", RECEIVED)
    digest, rows = maintenance.projection_digest(workspace), deemed_columns(workspace)
    maintenance.rebuild(workspace)
    assert maintenance.projection_digest(workspace) == digest and deemed_columns(workspace) == rows
    assert rows[told] == (None, None, None)
    assert rows[lapsed] == (DAY5, dt.date(2026, 3, 16), dt.date(2026, 3, 16))


@pytest.mark.sqlite_only("an older program's SQLite file")
def test_a_database_of_the_previous_version_is_rebuilt_once_and_shows_the_lapsed_case(station_dir):
    from alembic import command

    from app.paths import DataPaths
    from app.services.officers import find_actor
    from app.services.workspace import Workspace
    from app.store.database import alembic_config, make_engine

    paths = DataPaths(station_dir)
    ws = Workspace.open(paths, daily_backup=False)
    number = log(ws, find_actor(ws, "clerk"))
    ws.close()
    engine = make_engine(paths.database)
    with engine.begin() as conn:  # as the previous version of the program left it
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_i11_sync_log")
    engine.dispose()

    ws = Workspace.open(paths, daily_backup=False)
    try:
        (row,) = list_cases(ws, CaseFilter(), JUDGED)
        assert row.number == number and row.deemed
        assert row.countdowns["completion"].deadline == dt.date(2026, 3, 16)
        with ws.read() as s:
            assert s.get(Setting, maintenance.REBUILD_MARK) is None
    finally:
        ws.close()
