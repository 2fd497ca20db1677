"""The 通报's rules on hand-made records, and its query on SQLite and PostgreSQL alike.

The counting rules are checked case by case here; the cross-station test in
tests/cli/test_bulletin_cli.py checks the whole against a direct count over the events.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

import pytest
from alembic import command
from sqlalchemy import create_engine, insert
from sqlalchemy.orm import Session

from app.domain.bulletin import (
    Figures,
    Period,
    as_it_stood,
    is_stale,
    period_containing,
)
from app.domain.calendar import build_calendar
from app.domain.ledger import CaseFacts
from app.services.bulletin import bulletin_of
from app.store.database import alembic_config
from app.store.models import CaseRow, Station, SyncLogRow
from app.store.upsert import upsert

CAL = build_calendar()
D = dt.date


# -- periods -----------------------------------------------------------------------------------


def test_weeks_run_monday_to_sunday_and_months_by_the_calendar() -> None:
    assert period_containing("week", D(2026, 11, 18)) == Period("week", D(2026, 11, 16), D(2026, 11, 22))
    assert period_containing("week", D(2026, 11, 22)).first == D(2026, 11, 16)
    assert period_containing("week", D(2026, 1, 1)).previous() == Period("week", D(2025, 12, 22), D(2025, 12, 28))
    assert period_containing("month", D(2026, 2, 14)) == Period("month", D(2026, 2, 1), D(2026, 2, 28))
    assert period_containing("month", D(2026, 1, 31)).previous() == Period("month", D(2025, 12, 1), D(2025, 12, 31))
    assert period_containing("week", D(2026, 11, 18)).label() == "2026年第47周（11月16日—11月22日）"
    week = period_containing("week", D(2026, 11, 18))
    assert week.judged_on(D(2026, 11, 20)) == D(2026, 11, 20)  # a running week: today
    assert week.judged_on(D(2026, 12, 1)) == D(2026, 11, 22)  # a past week: its last day


def _facts(**kw) -> CaseFacts:
    base = dict(number="N1", station="T", item_code="MZ-001", item_name="最低生活保障", applicant_name="张三",
                id_masked="", intake_date=D(2026, 11, 2), status="accepted", decision="accept", result=None,
                accepted_date=D(2026, 11, 2), closed_date=None, supply_deadline=None, supply_closed_on=None,
                supply_stopped=False, promise_broken=False, completion_deadline=D(2026, 11, 30),
                completion_closed_on=None, completion_paused=False, deemed_after=None, officer="")
    base.update(kw)
    return CaseFacts(**base)


def test_a_case_is_judged_as_it_stood_on_a_past_day() -> None:
    done = _facts(status="completed", result="approved", closed_date=D(2026, 11, 17),
                  completion_closed_on=D(2026, 11, 17))
    then = as_it_stood(done, D(2026, 11, 13))
    assert then.status == "accepted" and then.closed_date is None and then.completion_closed_on is None
    assert as_it_stood(done, D(2026, 11, 17)) is done
    assert as_it_stood(done, D(2026, 11, 1)) is None  # not yet received
    later = _facts(status="accepted", decision="notice", accepted_date=D(2026, 11, 9))
    assert as_it_stood(later, D(2026, 11, 5)).status == "awaiting_supplement"
    assert as_it_stood(later, D(2026, 11, 5)).accepted_date is None
    # ended before the materials came: at that day the supply had stopped with the case
    owed = _facts(status="completed", decision="tolerant", closed_date=D(2026, 11, 10), result="approved",
                  supply_deadline=D(2026, 11, 12), supply_closed_on=D(2026, 11, 16))
    then = as_it_stood(owed, D(2026, 11, 13))
    assert then.supply_stopped and then.supply_closed_on == D(2026, 11, 10)


def test_stale_means_more_working_days_than_set_without_a_package() -> None:
    friday = D(2026, 11, 20)
    assert not is_stale(D(2026, 11, 17), friday, CAL, 3)  # Tue → Fri: 3 working days
    assert is_stale(D(2026, 11, 16), friday, CAL, 3)
    assert not is_stale(D(2026, 11, 13), D(2026, 11, 18), CAL, 3)  # a weekend between does not count
    assert is_stale(None, friday, CAL, 3)
    assert not is_stale(D(2026, 9, 30), D(2026, 10, 8), CAL, 3)  # National Day holidays are no working days


def test_figures_add_up_and_rates_need_a_completion() -> None:
    a, b = Figures(on_time=3, late=1, newest_package=D(2026, 11, 3)), Figures(late=1, newest_package=D(2026, 11, 9))
    assert a.on_time_rate == 0.75 and Figures().on_time_rate is None
    a.add(b)
    assert (a.on_time, a.late, a.completed, a.newest_package) == (3, 2, 5, D(2026, 11, 9))


# -- the query on both databases -----------------------------------------------------------


STATIONS = [  # uuid, centre, code, is_local
    ("hub", "某县政务服务中心", "90", True),
    ("a1", "青山镇便民服务中心", "01", False),
    ("a2", "青山镇便民服务中心", "02", False),
    ("b1", "白沙镇便民服务中心", "11", False),
]


def _case(station: str, serial: int, **kw) -> dict:
    row = {"uuid": str(uuidlib.uuid4()), "number": f"某镇便民受字〔2026〕第{station}-{serial:04d}号",
           "station_uuid": station, "year": 2026, "serial": serial, "status": "accepted", "is_open": True,
           "start_date": kw.get("intake_date"), "decision": "accept", "item_code": "MZ-001", "item_name": "最低生活保障",
           "item_version": 1, "applicant_kind": "person", "applicant_name": f"申请人{serial}",
           "id_number": "11010519491231002X", "id_rev": "X2001321949150101", "phone": "13800138000",
           "intake_date": None, "accepted_date": None, "closed_date": None, "supply_deadline": None,
           "supply_open": False, "supply_closed_on": None, "supply_missed": False, "completion_deadline": None,
           "completion_open": True, "completion_closed_on": None, "completion_paused": False,
           "completion_paused_left": None, "notice_deadline": None, "notice_open": False, "notice_closed_on": None,
           "next_deadline": None, "deemed_after": None, "deemed_next_deadline": None, "result": None,
           "intake_officer": "", "rating": None, "rating_date": None, "follow_up_due": None,
           "follow_up_closed_on": None, "follow_up_open": False, "stopped_clocks": "", "flagged": False,
           "promise_broken": False, "missing_count": 0, "last_hlc": "1780000000000-00000", "conflicts": ""}
    row.update(kw)
    row["start_date"] = row["accepted_date"] or row["intake_date"]
    return row


def _completed(day: dt.date) -> dict:
    return {"status": "completed", "is_open": False, "closed_date": day, "completion_closed_on": day,
            "completion_open": False, "result": "approved"}


CASES = [
    # 青山镇: received and accepted this week, open in time
    _case("a1", 1, intake_date=D(2026, 11, 16), accepted_date=D(2026, 11, 16), completion_deadline=D(2026, 12, 14)),
    # 青山镇: completed late this week; open and overdue at the end of last week
    _case("a2", 1, intake_date=D(2026, 10, 1), accepted_date=D(2026, 10, 1), completion_deadline=D(2026, 11, 10),
          **_completed(D(2026, 11, 17))),
    # 青山镇: 容缺 last week, its promise kept last week
    _case("a1", 2, intake_date=D(2026, 11, 10), accepted_date=D(2026, 11, 10), decision="tolerant",
          status="tolerant", supply_deadline=D(2026, 11, 13), supply_closed_on=D(2026, 11, 12),
          completion_deadline=D(2026, 12, 8)),
    # 白沙镇: overdue since 12 November
    _case("b1", 1, intake_date=D(2026, 11, 2), accepted_date=D(2026, 11, 2), completion_deadline=D(2026, 11, 12)),
    # 白沙镇: 容缺 promise due 17 November, nothing brought: broken this week
    _case("b1", 2, intake_date=D(2026, 11, 5), accepted_date=D(2026, 11, 5), decision="tolerant", status="tolerant",
          supply_deadline=D(2026, 11, 17), supply_open=True, completion_deadline=D(2026, 12, 3)),
    # 白沙镇: received and completed on time this week
    _case("b1", 3, intake_date=D(2026, 11, 18), accepted_date=D(2026, 11, 18), completion_deadline=D(2026, 12, 1),
          **_completed(D(2026, 11, 19))),
    # 白沙镇: completed long ago: read by nobody
    _case("b1", 4, intake_date=D(2026, 3, 2), accepted_date=D(2026, 3, 2), completion_deadline=D(2026, 3, 30),
          **_completed(D(2026, 3, 20))),
]


def _local_noon_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12)).astimezone().astimezone(dt.timezone.utc).replace(tzinfo=None)


def _fill(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with Session(engine) as s, s.begin():
            for uuid, centre, code, local in STATIONS:
                s.add(Station(uuid=uuid, centre_name=centre, short_name="", window_name="窗口", code=code,
                              number_format="", is_local=local, trusted=True, created_at=dt.datetime(2026, 1, 1)))
            s.flush()
            upsert(s, CaseRow.__table__, CASES)
            s.execute(insert(SyncLogRow), [
                {"sha256": f"{n:064d}", "source_uuid": source, "file_name": f"{n}.awsync", "created": "",
                 "received_at": _local_noon_utc(day), "events": 1, "new_events": 1, "outcome": "applied"}
                for n, (source, day) in enumerate([("a1", D(2026, 11, 11)), ("a2", D(2026, 11, 18))])])
    finally:
        engine.dispose()


def _bulletin(url: str):
    engine = create_engine(url)
    try:
        with Session(engine) as s:
            return bulletin_of(s, CAL, "week", D(2026, 11, 18), D(2026, 11, 20), 3)
    finally:
        engine.dispose()


def _check(made) -> None:
    lines = {line.township.name: line for line in made.lines}
    assert list(lines) == ["白沙镇便民服务中心", "青山镇便民服务中心"]  # the hub's own centre has nothing to report
    bs, qs = lines["白沙镇便民服务中心"], lines["青山镇便民服务中心"]
    assert qs.township.codes == ("01", "02")
    n = qs.now
    assert (n.received, n.accepted, n.tolerant, n.on_time, n.late, n.overdue) == (1, 1, 0, 0, 1, 0)
    assert (n.promises_kept, n.promises_broken, n.packages, n.newest_package) == (0, 0, 1, D(2026, 11, 18))
    p = qs.before
    assert (p.received, p.accepted, p.tolerant, p.overdue, p.promises_kept, p.packages) == (1, 1, 1, 1, 1, 1)
    assert p.newest_package == D(2026, 11, 11)
    n = bs.now
    assert (n.received, n.accepted, n.on_time, n.late, n.overdue, n.promises_broken) == (1, 1, 1, 0, 1, 1)
    assert n.packages == 0 and n.newest_package is None and bs.stale and not qs.stale
    (worst,) = n.overdue_cases
    assert worst.number == "某镇便民受字〔2026〕第b1-0001号" and worst.late_days == CAL.workdays_between(
        D(2026, 11, 12), D(2026, 11, 20)) == 6
    # ranked: 100 % on time before 0 %; last week neither completed a case and both had one
    # overdue and no broken promise: they share the first place
    assert (bs.rank, qs.rank) == (1, 2) and (bs.rank_before, qs.rank_before) == (1, 1)
    assert made.total.received == 2 and made.total_before.overdue == 2


def test_the_bulletin_query_on_sqlite(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    _fill(url)
    _check(_bulletin(url))


def test_the_bulletin_query_on_postgresql(postgres_database: str) -> None:
    _fill(postgres_database)
    _check(_bulletin(postgres_database))


@pytest.mark.parametrize("kind", ["week", "month"])
def test_an_empty_hub_lists_the_townships_it_trusts_as_never_reported(tmp_path, kind) -> None:
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with Session(engine) as s, s.begin():
            for uuid, centre, code, local in STATIONS:
                s.add(Station(uuid=uuid, centre_name=centre, short_name="", window_name="窗口", code=code,
                              number_format="", is_local=local, trusted=True, created_at=dt.datetime(2026, 1, 1)))
        with Session(engine) as s:
            made = bulletin_of(s, CAL, kind, D(2026, 11, 18), D(2026, 11, 20), 3)
    finally:
        engine.dispose()
    assert [line.township.name for line in made.lines] == ["白沙镇便民服务中心", "青山镇便民服务中心"]
    assert all(line.stale and line.rank == 1 and line.now.newest_package is None for line in made.lines)


def test_the_stale_setting_is_a_number_of_working_days_within_reason(workspace) -> None:
    from app.services.settings import SettingsError, save_settings

    assert workspace.settings().stale_after_days == 3
    for bad in (0, 31, "3"):
        with pytest.raises(SettingsError), workspace.write() as s:
            save_settings(s, stale_after_days=bad)
    with workspace.write() as s:
        save_settings(s, stale_after_days=5)
    assert workspace.settings().stale_after_days == 5
