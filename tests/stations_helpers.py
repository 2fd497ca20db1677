"""Shared steps of the tests that pass events between data folders."""

from __future__ import annotations

import datetime as dt
from itertools import count

from sqlalchemy import select
from stdnum.cn import ric

from app.domain.merge import ConflictKind
from app.services import cases
from app.services.append import AppendResult, append_foreign, export_rows
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.catalogue import current_items
from app.services.officers import find_actor
from app.services.workspace import Workspace
from app.store.models import CaseRow

# The passwords the county_templates fixture (tests/conftest.py) gives each station's officers.
ADMIN_PASSWORD = "secret123"
BOSS_PASSWORD = "bosspass1"

TODAY = dt.date(2026, 11, 20)
DAY = dt.date(2026, 11, 16)  # intake day: a Monday, so limits run into the following weeks
ITEM = "MZ-003"  # 临时救助: 容缺 allowed, materials 04–06 tolerable

_serials = count(100)


def applicant() -> ApplicantInput:
    body = f"110105198001{next(_serials) % 28 + 1:02d}{next(_serials) % 900 + 100:03d}"
    return ApplicantInput("person", "赵六", body + ric.calc_check_digit(body + "0"), "13800138000")


def boss(ws: Workspace):
    return find_actor(ws, "boss")


def intake(ws: Workspace, missing: tuple[str, ...] = (), tolerant: bool = False, day: dt.date = DAY) -> cases.CaseView:
    (stored,) = [s for s in current_items(ws) if s.item.code == ITEM]
    codes = [m.code for m in stored.item.materials]
    req = IntakeRequest(item_code=ITEM, applicant=applicant(), received=tuple(c for c in codes if c not in missing),
                        missing=missing, commitment_signed=tolerant, date=day)
    return cases.intake(ws, boss(ws), req, TODAY)


def send(src: Workspace, dst: Workspace) -> AppendResult:
    """Everything ``src`` holds, handed to ``dst`` through the internal entry point."""
    with src.read() as s:
        batch = export_rows(s)
    return append_foreign(dst, batch)


def exchange(*stations: Workspace) -> None:
    """Every station sends to every other, twice round, so all hold the same events."""
    for _ in range(2):
        for a in stations:
            for b in stations:
                if a is not b:
                    send(a, b)


def shared_case(w1, w2, hub, **kw) -> str:
    view = intake(w1, **kw)
    send(w1, w2)
    send(w1, hub)
    return view.state.number


def make_conflict(kind: ConflictKind, w1, w2, hub) -> str:
    """Two windows act on one case without having seen each other's action."""
    if kind is ConflictKind.COMPLETED_AND_TERMINATED:
        number = shared_case(w1, w2, hub)
        cases.complete(w1, boss(w1), number, "approved", TODAY)
        cases.terminate(w2, boss(w2), number, "申请人撤回申请", TODAY)
    elif kind is ConflictKind.TWO_RESULTS:
        number = shared_case(w1, w2, hub)
        cases.complete(w1, boss(w1), number, "approved", TODAY)
        cases.complete(w2, boss(w2), number, "rejected", TODAY)
    elif kind is ConflictKind.EXTENSION_LIMIT:
        number = shared_case(w1, w2, hub)
        cases.extend(w1, boss(w1), number, 6, "需县民政局核查", TODAY)
        cases.extend(w2, boss(w2), number, 6, "需入户调查", TODAY)
    elif kind is ConflictKind.AFTER_CLOSE:
        number = shared_case(w1, w2, hub, missing=("04",), tolerant=True)
        cases.terminate(w1, boss(w1), number, "申请人撤回申请", TODAY)
        cases.supply(w2, boss(w2), number, ["04"], TODAY)
    else:
        number = shared_case(w1, w2, hub, missing=("01",))
        cases.supply(w1, boss(w1), number, ["01"], TODAY)
        cases.supply(w2, boss(w2), number, ["01"], TODAY)
    return number


def numbers(ws: Workspace) -> list[str]:
    with ws.read() as s:
        return list(s.scalars(select(CaseRow.number).order_by(CaseRow.number)))
