"""The 通报 from the records: which cases can count, which township each belongs to.

A township is the stations of one centre (their ``centre_name``): the windows of 青山镇
便民服务中心 are one township however many laptops they use, and a station restored onto a
new chain stays in it. The query reads only the cases that can count in the period or the
one before it — received, accepted or completed since the earlier period began, with a
supply deadline from then on, or still open — so a weekly bulletin over a million cases
reads a few thousand rows. It is plain SQL over indexed columns, the same on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.documents.bulletin_pdf import render_bulletin_pdf
from app.documents.bulletin_xlsx import render_bulletin_xlsx
from app.domain.bulletin import Bulletin, PeriodKind, Township, assemble, period_containing
from app.domain.calendar import WorkCalendar
from app.domain.ledger import CaseFacts
from app.domain.refusal import reworded
from app.services.exports import check_output_path
from app.services.ledger import LedgerRefused
from app.services.workspace import Workspace
from app.store.atomic import atomic_write_bytes
from app.store.models import CaseRow, Station, SyncLogRow
from app.store.stations import own_station_uuids

FORMATS = (".pdf", ".xlsx")


class BulletinRefused(LedgerRefused):
    """A bulletin that cannot be made as asked; the message says why."""


def townships(session: Session) -> tuple[dict[str, str], dict[str, Township], set[str]]:
    """Station uuid → township key; the townships by key; the keys that are this station's own."""
    rows = session.execute(select(Station.uuid, Station.centre_name, Station.code)).all()
    of_station: dict[str, str] = {}
    codes: dict[str, set[str]] = {}
    for uuid, centre, code in rows:
        key = (centre or "").strip() or f"站点 {code or uuid[:8]}"
        of_station[uuid] = key
        codes.setdefault(key, set())
        if code:
            codes[key].add(code)
    own = {of_station[u] for u in own_station_uuids(session) if u in of_station}
    return of_station, {k: Township(k, k, tuple(sorted(c)), k in own) for k, c in codes.items()}, own


_COLUMNS = (CaseRow.number, CaseRow.station_uuid, CaseRow.item_code, CaseRow.item_name, CaseRow.applicant_name,
            CaseRow.intake_date, CaseRow.status, CaseRow.decision, CaseRow.result, CaseRow.accepted_date,
            CaseRow.closed_date, CaseRow.supply_deadline, CaseRow.supply_closed_on, CaseRow.stopped_clocks,
            CaseRow.promise_broken, CaseRow.completion_deadline, CaseRow.completion_closed_on,
            CaseRow.completion_paused, CaseRow.deemed_after)


def candidate_facts(session: Session, since: dt.date, until: dt.date,
                    township_of: dict[str, str]) -> list[CaseFacts]:
    """Every case that can count in a bulletin of the days ``since``…``until`` (or be open then).

    Only what the counting reads (no ID number, officer or rating): the open cases of a
    county are many thousands, and a fact is made for each.
    """
    facts = []
    for (number, station, code, item, applicant, intake, status, decision, result, accepted, closed, supply_deadline,
         supply_closed, stopped, broken, completion_deadline, completion_closed, paused,
         deemed_after) in session.execute(candidate_query(since, until)):
        facts.append(CaseFacts(
            number=number, station=township_of.get(station, station), item_code=code, item_name=item,
            applicant_name=applicant, id_masked="", intake_date=intake, status=status, decision=decision,
            result=result, accepted_date=accepted, closed_date=closed, supply_deadline=supply_deadline,
            supply_closed_on=supply_closed, supply_stopped="supply" in (stopped or "").split(","),
            promise_broken=bool(broken), completion_deadline=completion_deadline,
            completion_closed_on=completion_closed, completion_paused=bool(paused), deemed_after=deemed_after,
            officer=""))
    return facts


def candidate_query(since: dt.date, until: dt.date):
    """Cases received, accepted or deemed accepted in the days, closed since they began, open,
    or with a supply deadline from the day before they began: each test an index range."""
    day_before = since - dt.timedelta(days=1)
    return select(*_COLUMNS).where(or_(
        and_(CaseRow.intake_date >= since, CaseRow.intake_date <= until),
        and_(CaseRow.accepted_date >= since, CaseRow.accepted_date <= until),
        CaseRow.closed_date >= since,  # completed in the period, or open on its last day
        CaseRow.is_open.is_(True),
        CaseRow.supply_deadline >= day_before,  # a promise met, or broken, in the period
        and_(CaseRow.deemed_after >= day_before, CaseRow.deemed_after <= until),
    ))


def _local_day(when: dt.datetime) -> dt.date:
    """The sync log keeps UTC; a package belongs to the day it arrived on the hub's clock."""
    return when.replace(tzinfo=dt.timezone.utc).astimezone().date()


def _utc(day: dt.date) -> dt.datetime:
    """Local midnight starting ``day``, as the naive UTC the sync log holds."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def packages(session: Session, since: dt.date, until: dt.date,
             township_of: dict[str, str]) -> list[tuple[str, dt.date]]:
    """(township, local day received) of each package from ``since`` to ``until``, and for
    each station its newest package before ``since`` (all that counts of older ones)."""
    start, end = _utc(since), _utc(until + dt.timedelta(days=1))
    found = [(township_of.get(u, u), _local_day(t)) for u, t in session.execute(
        select(SyncLogRow.source_uuid, SyncLogRow.received_at)
        .where(SyncLogRow.received_at >= start, SyncLogRow.received_at < end))]
    older = session.execute(select(SyncLogRow.source_uuid, func.max(SyncLogRow.received_at))
                            .where(SyncLogRow.received_at < start).group_by(SyncLogRow.source_uuid))
    found += [(township_of.get(u, u), _local_day(t)) for u, t in older]
    return found


def bulletin_of(session: Session, cal: WorkCalendar, kind: PeriodKind, day: dt.date, today: dt.date,
                stale_after_days: int) -> Bulletin:
    """The bulletin of the week or month holding ``day``, judged on ``today``."""
    period = period_containing(kind, day)
    earlier = period.previous()
    township_of, known, own = townships(session)
    facts = candidate_facts(session, earlier.first, period.last, township_of)
    received = packages(session, earlier.first, period.last, township_of)
    listed = (set(township_of.values()) - own) | {f.station for f in facts} | {t for t, _d in received}
    return assemble([known[k] for k in listed if k in known], period, today, cal, facts, received,
                    stale_after_days)


def check_day(ws: Workspace, day: dt.date, today: dt.date) -> None:
    if day > today:
        raise BulletinRefused(f"日期 {day.isoformat()} 晚于今天（{today.isoformat()}），还没有可通报的情况",
                              "bulletin_future", day=day, today=today)
    for d in (period_containing("month", day).first - dt.timedelta(days=40), day):
        try:
            ws.calendar.index(d)
        except ValueError as exc:
            raise reworded(exc, BulletinRefused) from None


def build(ws: Workspace, kind: PeriodKind, day: dt.date, today: dt.date) -> Bulletin:
    check_day(ws, day, today)
    settings = ws.settings()
    with ws.read() as s:
        return bulletin_of(s, ws.calendar, kind, day, today, settings.stale_after_days)


def render(ws: Workspace, bulletin: Bulletin, suffix: str) -> bytes:
    centre = ws.settings().centre_name
    if suffix == ".pdf":
        return render_bulletin_pdf(bulletin, centre)
    return render_bulletin_xlsx(bulletin, centre)


def check_out(ws: Workspace, out: Path) -> Path:
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise BulletinRefused(f"通报文件应以 .pdf 或 .xlsx 结尾：{out.name}", "bulletin_suffix", name=out.name)
    target = check_output_path(ws.paths, out)  # never inside the data folder
    if not target.parent.is_dir():
        raise BulletinRefused(f"文件夹不存在：{target.parent}", "folder_missing", folder=str(target.parent))
    return target


def export(ws: Workspace, kind: PeriodKind, day: dt.date, today: dt.date, out: Path) -> Bulletin:
    """Build the bulletin and write it as PDF or workbook; the file is whole or not there."""
    target = check_out(ws, out)
    made = build(ws, kind, day, today)
    save(ws, made, target)
    return made


def save(ws: Workspace, made: Bulletin, out: Path) -> Path:
    target = check_out(ws, out)
    data = render(ws, made, target.suffix.lower())
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise BulletinRefused(f"无法写入文件 {target}：{exc.strerror or exc}",
                              "cannot_write_file", path=str(target), problem=exc.strerror or str(exc)) from None
    return target
