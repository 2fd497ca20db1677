"""A database written by the release at schema 0002 opens in this one: every case, event
and printed number survives, and the station numbers on with its code from here on."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from stdnum.cn import ric

from app.domain.letters import LetterKind
from app.paths import DataPaths
from app.services import cases
from app.services import letters as letters_service
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.maintenance import audit, projection_digest, rebuild
from app.services.officers import authenticate, find_actor
from app.services.settings import save_settings
from app.services.workspace import Workspace
from app.store.database import current_revision, head_revision

FIXTURE = Path(__file__).parent.parent / "fixtures" / "release-0002.sqlite3"
TODAY = dt.date(2026, 11, 20)


def _raw(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {
            "events": conn.execute("SELECT uuid, station_uuid, seq, case_uuid, officer, hlc, type, payload, "
                                   "prev_hash, hash FROM events ORDER BY station_uuid, seq").fetchall(),
            "cases": conn.execute("SELECT uuid, number, status FROM cases ORDER BY uuid").fetchall(),
            "letters": sorted(json.loads(p)["number"] for (p,) in conn.execute(
                "SELECT payload FROM events WHERE type = 'letter_printed'")),
            "counters": conn.execute("SELECT year, last_serial FROM case_counters").fetchall(),
        }
    finally:
        conn.close()


@pytest.fixture
def migrated(tmp_data):
    paths = DataPaths(tmp_data)
    paths.ensure()
    shutil.copy(FIXTURE, paths.database)
    before = _raw(paths.database)
    ws = Workspace.open(paths, daily_backup=False)
    yield ws, before
    ws.close()


def test_every_event_case_and_printed_number_survives(migrated):
    ws, before = migrated
    assert current_revision(ws.engine) == head_revision()
    after = _raw(ws.paths.database)
    assert after["events"] == before["events"] and len(before["events"]) == 52
    assert after["cases"] == before["cases"] and len(before["cases"]) == 13
    assert after["letters"] == before["letters"] and len(before["letters"]) >= 3
    assert after["counters"] == before["counters"]
    assert audit(ws).problems == []
    for _uuid, number, status in before["cases"]:
        view = cases.get_case(ws, number, TODAY)
        assert (view.state.number, view.state.status.value) == (number, status)
    digest = projection_digest(ws)
    rebuild(ws)
    assert projection_digest(ws) == digest


def test_old_events_read_with_the_officers_name_and_identity(migrated):
    ws, _ = migrated
    view = cases.get_case(ws, "白沙镇便民受字〔2026〕第0013号", TODAY)
    clerk = find_actor(ws, "clerk")
    assert {(e.officer, e.officer_uuid) for e in view.events} == {("李办事员", clerk.uuid)}
    assert view.state.letters[0]["officer"] == "李办事员"
    assert authenticate(ws, "clerk", "pw12345678").uuid == clerk.uuid


def test_a_reprint_and_a_new_letter_of_an_old_case_keep_its_printed_number(migrated):
    ws, before = migrated
    admin = find_actor(ws, "admin")
    again = letters_service.prepare(ws, admin, "白沙镇便民受字〔2026〕第0013号", LetterKind.TOLERANT_ACCEPTANCE, TODAY,
                                    reprint=True)
    assert again.content.number == "白沙镇便民容字〔2026〕第0013号" and again.content.number in before["letters"]
    # The release kept no centre contact details: a new letter waits for them, with the way to fill them in.
    with pytest.raises(cases.CaseRefused, match="中心设置"):
        letters_service.prepare(ws, admin, "白沙镇便民受字〔2026〕第0011号", LetterKind.ACCEPTANCE, TODAY)
    with ws.write() as s:
        save_settings(s, address="青石县白沙镇人民路1号", phone="0577-62880001", hours="周一至周五 8:30—17:30")
    fresh = letters_service.prepare(ws, admin, "白沙镇便民受字〔2026〕第0011号", LetterKind.ACCEPTANCE, TODAY)
    assert fresh.content.number == "白沙镇便民受字〔2026〕第0011号"


def test_the_next_case_continues_the_serial_with_the_station_code(migrated):
    ws, before = migrated
    body = "11010519800101123"
    applicant = ApplicantInput("person", "孙七", body[:17] + ric.calc_check_digit(body[:17] + "0"), "13800138002")
    req = IntakeRequest("MZ-003", applicant, received=("01", "02", "03", "04", "05", "06"), date=TODAY)
    view = cases.intake(ws, find_actor(ws, "clerk"), req, TODAY)
    last = dict(before["counters"])[2026]
    assert view.state.number == f"白沙镇便民受字〔2026〕第01-{last + 1:04d}号"
    assert ws.settings().number_format == "{short}便民受字〔{year}〕第{code}-{serial:04d}号"
    assert audit(ws).problems == []
