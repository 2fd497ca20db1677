"""A township's whole history imported at the county in one package: hundreds of cases,
enough for a server's bulk paths (events and projection rows copied, keys asked about in
one array). The hub must end with the township's projection exactly; a dry run and
the same package again must change nothing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.services import cases
from app.services.demo import generate
from app.services.maintenance import audit, projection_digest
from app.services.officers import find_actor
from app.services.sync_export import export_package
from app.services.sync_import import import_package
from app.services.sync_keys import export_key, trust
from app.store.models import CaseRow
from app.store.upsert import _COPY_FROM

TODAY = dt.date(2026, 11, 20)
CASES = _COPY_FROM + 40  # more rows than the server writes one statement each


def _numbers(ws, limit: int) -> list[str]:
    with ws.read() as s:
        return list(s.scalars(select(CaseRow.number).order_by(CaseRow.number).limit(limit)))


def test_a_townships_whole_history_and_then_its_next_weeks_arrive_whole(county, tmp_path):
    town, hub = county["window1"], county["county"]
    clerk, admin = find_actor(town, "admin"), find_actor(hub, "admin")
    generate(town, clerk, CASES, seed=5, today=TODAY)
    export_key(town, tmp_path / "town.pub")
    trust(hub, admin, tmp_path / "town.pub")
    first = export_package(town, tmp_path / "first.awsync", everything=True).path
    before = projection_digest(hub)

    dry = import_package(hub, admin, first, dry_run=True)
    assert (dry.cases_new, dry.cases_touched, dry.applied) == (CASES, CASES, False)
    assert projection_digest(hub) == before  # the dry run wrote everything, then undid it

    done = import_package(hub, admin, first)
    assert done.applied and (done.new_events, done.cases_new) == (dry.new_events, CASES)
    assert projection_digest(hub) == projection_digest(town)

    noted = _numbers(town, _COPY_FROM + 10)
    assert len(noted) > _COPY_FROM
    for number in noted:  # a week's work on cases the hub holds already
        cases.add_note(town, clerk, number, "已电话联系申请人", TODAY)
    second = export_package(town, tmp_path / "second.awsync", everything=True).path
    again = import_package(hub, admin, second)
    assert (again.new_events, again.present, again.cases_new, again.cases_touched) == (
        len(noted), done.new_events, 0, len(noted))
    assert projection_digest(hub) == projection_digest(town)
    assert audit(hub).problems == []

    after = projection_digest(hub)
    assert import_package(hub, admin, second).new_events == 0
    assert projection_digest(hub) == after

