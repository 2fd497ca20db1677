"""The monthly 台账 from the records: rows from the ``cases`` projection, judged on a day.

The rows are read in one query of plain columns (a year of a busy centre is a hundred
thousand cases), turned into ledger rows by the rules in :mod:`app.domain.ledger`, and
written as a workbook. The summary sheet and the monthly report are sums over the same
rows, so the three never disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from app.documents.ledger_xlsx import ExportCancelled, render_ledger_xlsx
from app.documents.report_pdf import render_report_pdf
from app.domain import identifiers
from app.domain.ledger import CaseFacts, LedgerRow, Summary, ledger_row, summarise
from app.domain.lifecycle import EventType
from app.domain.rating import DECLINED_LABEL, LEVELS, NOT_RATED_LABEL
from app.domain.refusal import Worded, reworded
from app.services.exports import check_output_path
from app.services.workspace import Workspace
from app.store.atomic import atomic_write_bytes
from app.store.key_lists import key_conditions
from app.store.models import CaseRow, Event, Officer, Station

MAX_SPAN_DAYS = 366 * 5


class LedgerRefused(Worded, Exception):
    """A ledger that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class Ledger:
    rows: list[LedgerRow]
    summary: Summary


def check_period(ws: Workspace, first: dt.date, last: dt.date) -> None:
    if first > last:
        raise LedgerRefused(f"起始日期 {first.isoformat()} 晚于截止日期 {last.isoformat()}",
                            "period_reversed", first=first, last=last)
    if (last - first).days > MAX_SPAN_DAYS:
        raise LedgerRefused("一次导出的期间不能超过五年，请分段导出", "period_too_long")
    for day in (first, last):
        try:
            ws.calendar.index(day)
        except ValueError as exc:
            raise reworded(exc, LedgerRefused) from None


FACT_FIELDS = (CaseRow.number, CaseRow.station_uuid, CaseRow.item_code, CaseRow.item_name, CaseRow.applicant_name,
               CaseRow.id_number, CaseRow.intake_date, CaseRow.status, CaseRow.decision, CaseRow.result,
               CaseRow.accepted_date, CaseRow.closed_date, CaseRow.supply_deadline, CaseRow.supply_closed_on,
               CaseRow.stopped_clocks, CaseRow.promise_broken, CaseRow.completion_deadline,
               CaseRow.completion_closed_on, CaseRow.completion_paused, CaseRow.deemed_after, CaseRow.intake_officer,
               CaseRow.rating, CaseRow.follow_up_due, CaseRow.uuid)
"""The columns a ledger or bulletin reads of a case, in one query of plain columns."""


def case_facts(ws: Workspace, first: dt.date, last: dt.date) -> list[CaseFacts]:
    """Every case received from ``first`` to ``last``, in the order they were received."""
    with ws.read() as s:
        stations = {st.uuid: f"{st.short_name} {st.window_name}".strip() for st in s.scalars(select(Station))}
        names = {o.username: o.display_name for o in s.scalars(select(Officer))}
        result = s.execute(select(*FACT_FIELDS).where(CaseRow.intake_date >= first, CaseRow.intake_date <= last)
                           .order_by(CaseRow.intake_date, CaseRow.station_uuid, CaseRow.year, CaseRow.serial))
        rows = result.all()
        followed = _follow_up_steps(s, [r.uuid for r in rows if r.follow_up_due is not None])
    facts = []
    for row in rows:
        follow = {}
        if row.follow_up_due is not None:
            steps = followed.get(row.uuid, {})
            follow = {"rating_named": steps.get("named", True), "follow_up_due": row.follow_up_due,
                      "rectified_on": steps.get("rectify"), "revisited_on": steps.get("revisit")}
        facts.append(fact_of(row, stations.get(row.station_uuid, row.station_uuid),
                             names.get(row.intake_officer, row.intake_officer), **follow))
    return facts


def fact_of(row, station: str, officer: str, **follow) -> CaseFacts:
    """One case's facts from a row of :data:`FACT_FIELDS`; the 好差评 follow-up is the caller's."""
    return CaseFacts(
        number=row.number, station=station, item_code=row.item_code, item_name=row.item_name,
        applicant_name=row.applicant_name, id_masked=identifiers.mask_id(row.id_number),
        intake_date=row.intake_date, status=row.status, decision=row.decision, result=row.result,
        accepted_date=row.accepted_date, closed_date=row.closed_date, supply_deadline=row.supply_deadline,
        supply_closed_on=row.supply_closed_on, supply_stopped="supply" in (row.stopped_clocks or "").split(","),
        promise_broken=bool(row.promise_broken), completion_deadline=row.completion_deadline,
        completion_closed_on=row.completion_closed_on, completion_paused=bool(row.completion_paused),
        deemed_after=row.deemed_after, officer=officer, rating=_rating_label(row.rating), **follow,
    )


def _rating_label(code: str | None) -> str:
    if code is None:
        return NOT_RATED_LABEL
    return DECLINED_LABEL if code == "declined" else LEVELS.get(code, code)


def _follow_up_steps(session, case_uuids: list[str]) -> dict[str, dict]:
    """For the poorly rated cases: whether the rating was named, and the day of each step.

    Read from their rating and follow-up events in a few queries, not by replaying each
    case: a year holds thousands of them.
    """
    out: dict[str, dict] = {}
    kinds = (EventType.RATING_RECORDED.value, EventType.FOLLOW_UP_RECORDED.value)
    for among in key_conditions(session, Event.case_uuid, case_uuids):
        found = session.execute(
            select(Event.case_uuid, Event.type, Event.payload)
            .where(among, Event.type.in_(kinds))
            .order_by(Event.hlc, Event.station_uuid, Event.seq))
        for case_uuid, etype, payload in found:
            p = json.loads(payload)
            steps = out.setdefault(case_uuid, {})
            if etype == EventType.RATING_RECORDED.value:
                steps["named"] = bool(p.get("named", True))
            else:
                day = dt.date.fromisoformat(p["date"])
                if p["step"] not in steps or day < steps[p["step"]]:
                    steps[p["step"]] = day  # the earliest, as the fold keeps it
    return out


def build(ws: Workspace, first: dt.date, last: dt.date, as_of: dt.date) -> Ledger:
    """The ledger of the cases received in the period, judged on ``as_of``."""
    check_period(ws, first, last)
    rows = [ledger_row(f, ws.calendar, as_of) for f in case_facts(ws, first, last)]
    return Ledger(rows, summarise(rows, first, last, as_of))


def export(ws: Workspace, first: dt.date, last: dt.date, out: Path, as_of: dt.date,
           cancelled: Callable[[int], bool] | None = None) -> Ledger:
    """Build and write the workbook; the file is whole or not there at all."""
    if out.suffix.lower() != ".xlsx":
        raise LedgerRefused(f"台账文件应以 .xlsx 结尾：{out.name}", "ledger_suffix", name=out.name)
    out = check_output_path(ws.paths, out)  # never inside the data folder
    if out.exists() and out.is_dir():
        raise LedgerRefused(f"{out} 是文件夹，请给出文件名", "output_is_folder", path=str(out))
    if not out.parent.is_dir():
        raise LedgerRefused(f"文件夹不存在：{out.parent}", "folder_missing", folder=str(out.parent))
    ledger = build(ws, first, last, as_of)
    try:
        data = render_ledger_xlsx(ledger.rows, ledger.summary, ws.settings().centre_name, cancelled)
    except ExportCancelled:
        raise LedgerRefused("已取消导出，未写入文件", "ledger_cancelled") from None
    try:
        atomic_write_bytes(out, data)
    except OSError as exc:
        raise LedgerRefused(f"无法写入文件 {out}：{exc.strerror or exc}",
                            "cannot_write_file", path=str(out), problem=exc.strerror or str(exc)) from None
    return ledger


def report_pdf(ws: Workspace, first: dt.date, last: dt.date, as_of: dt.date) -> tuple[Ledger, bytes]:
    """The monthly report of the same ledger rows, as PDF bytes (for the screen or a file)."""
    made = build(ws, first, last, as_of)
    return made, render_report_pdf(made.summary, ws.settings().centre_name)


def export_report(ws: Workspace, first: dt.date, last: dt.date, out: Path, as_of: dt.date) -> Ledger:
    if out.suffix.lower() != ".pdf":
        raise LedgerRefused(f"报告文件应以 .pdf 结尾：{out.name}", "report_suffix", name=out.name)
    out = check_output_path(ws.paths, out)
    if not out.parent.is_dir():
        raise LedgerRefused(f"文件夹不存在：{out.parent}", "folder_missing", folder=str(out.parent))
    made, data = report_pdf(ws, first, last, as_of)
    try:
        atomic_write_bytes(out, data)
    except OSError as exc:
        raise LedgerRefused(f"无法写入文件 {out}：{exc.strerror or exc}",
                            "cannot_write_file", path=str(out), problem=exc.strerror or str(exc)) from None
    return made

