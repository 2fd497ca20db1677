"""Lists and searches over the ``cases`` projection.

Filters run in SQL on stored deadlines: "due within N working days" becomes "deadline on
or before the Nth working day from today", a date comparison the index can serve.
Searching finds the case number, the applicant's name, the phone number, or the tail of
an ID number (matched as a prefix of the reversed number, so it uses an index too).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import and_, case, func, or_, select, union_all
from sqlalchemy.orm import Session

from app.domain import identifiers
from app.domain.deadlines import URGENCY, CountdownStatus
from app.domain.deemed import DEEMED_LABEL
from app.domain.lifecycle import STATUS_LABELS, Status
from app.domain.merge import ConflictKind
from app.domain.refusal import Worded, reworded
from app.services.projection import deemed_on, row_countdowns
from app.services.workspace import Workspace
from app.store import server
from app.store.matching import contains_text, starts_with
from app.store.models import CaseRow

_ID_TAIL = re.compile(r"^[0-9Xx]{3,18}$")


class QueryError(Worded, ValueError):
    pass


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    item_code: str | None = None
    overdue: bool = False
    due_within: int | None = None
    search: str = ""
    open_only: bool = False
    awaiting_materials: bool = False  # open and still missing required materials
    conflicts: bool = False  # in conflict between stations, waiting for an officer's settlement
    stations: tuple[str, ...] = ()  # only the cases of these stations (a township, in the county view)
    limit: int | None = None


@dataclass(frozen=True)
class CaseSummary:
    uuid: str
    number: str
    status: str
    item_code: str
    item_name: str
    applicant_name: str
    id_masked: str
    phone: str
    intake_date: dt.date
    countdowns: dict[str, CountdownStatus | None]
    conflicts: tuple[str, ...] = ()  # kinds of the open conflicts, see app.domain.merge
    deemed: bool = False  # accepted by law for want of a timely one-time notice (§32(4))
    station_uuid: str = ""  # the station that logged it

    @property
    def in_conflict(self) -> bool:
        return bool(self.conflicts)

    @property
    def urgency(self) -> tuple:
        states = [c for c in self.countdowns.values() if c is not None and c.state.is_open]
        if not states:
            return (9, 0)
        worst = min(states, key=lambda c: (URGENCY[c.state], c.days_left))
        return (URGENCY[worst.state], worst.days_left)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "uuid": self.uuid,
            "status": self.status,
            "status_label": DEEMED_LABEL if self.deemed else STATUS_LABELS[Status(self.status)],
            "deemed_acceptance": self.deemed,
            "item_code": self.item_code,
            "item_name": self.item_name,
            "applicant_name": self.applicant_name,
            "id_number": self.id_masked,
            "phone": self.phone,
            "intake_date": self.intake_date.isoformat(),
            "countdowns": {k: (v.to_json() if v else None) for k, v in self.countdowns.items()},
            "conflicts": [{"kind": k, "label": ConflictKind(k).label} for k in self.conflicts],
        }


MAX_SEARCH = 100
MAX_DUE_WITHIN = 250  # about a year of working days
MAX_LIMIT = 1_000_000




def search_condition(text: str):
    text = text.strip()
    if not text:
        return None
    if len(text) > MAX_SEARCH:
        raise QueryError(f"搜索内容过长（{len(text)} 个字），最多 {MAX_SEARCH} 个字", "search_too_long",
                         length=len(text), limit=MAX_SEARCH)
    conditions = [contains_text(CaseRow.number, text), contains_text(CaseRow.applicant_name, text)]
    digits = re.sub(r"[\s-]", "", text)
    if digits.isdigit() and len(digits) >= 3:
        # Landlines are stored as 0571-88886666; compare without the dashes either side.
        conditions.append(func.replace(CaseRow.phone, "-", "").like(f"%{digits}%"))
    if _ID_TAIL.match(digits):
        conditions.append(starts_with(CaseRow.id_rev, digits.upper()[::-1]))
    return or_(*conditions)


def deemed_condition(today: dt.date):
    """The case counts as accepted on ``today`` for want of a timely notice (SQL side of
    :func:`app.services.projection.deemed_on`)."""
    return and_(CaseRow.deemed_after.is_not(None), CaseRow.deemed_after < today)


def next_deadline_where(today: dt.date, compare) -> Any:
    """``compare`` applied to the next deadline as it stands on ``today``.

    Written as two branches rather than one CASE so that the common one can still use
    the (is_open, next_deadline) index.
    """
    not_deemed = or_(CaseRow.deemed_after.is_(None), CaseRow.deemed_after >= today)
    return or_(and_(not_deemed, compare(CaseRow.next_deadline)),
               and_(deemed_condition(today), compare(CaseRow.deemed_next_deadline)))


def judged_status(status: str, today: dt.date):
    """The status column as it stands on ``today``: 待补正 may have become 已受理 by law."""
    if status == Status.AWAITING_SUPPLEMENT.value:
        return and_(CaseRow.status == status, ~deemed_condition(today))
    if status == Status.ACCEPTED.value:
        return or_(CaseRow.status == status,
                   and_(CaseRow.status == Status.AWAITING_SUPPLEMENT.value, deemed_condition(today)))
    return CaseRow.status == status


def on_work_list():
    """Open cases, and closed ones whose poor rating is still being followed up."""
    return or_(CaseRow.is_open.is_(True), CaseRow.follow_up_open.is_(True))


def awaiting_materials_conditions() -> list:
    """A 待补正 case, or a 容缺 one whose materials are not all in yet."""
    return [CaseRow.is_open.is_(True), CaseRow.missing_count > 0]


def filter_conditions(ws: Workspace, f: CaseFilter, today: dt.date) -> list:
    conds = []
    if f.status:
        try:
            Status(f.status)
        except ValueError:
            raise QueryError(f"状态“{f.status}”无效，可选：{', '.join(s.value for s in Status)}", "status_unknown",
                             status=f.status, known=tuple(s.value for s in Status)) from None
        conds.append(judged_status(f.status, today))
    if f.open_only:  # a closed case in conflict still needs an officer: it stays on the work list
        conds.append(or_(on_work_list(), CaseRow.conflicts > ""))
    if f.awaiting_materials:
        conds += awaiting_materials_conditions()
    if f.conflicts:
        conds.append(CaseRow.conflicts > "")
    if f.item_code:
        conds.append(CaseRow.item_code == f.item_code)
    if f.stations:
        conds.append(CaseRow.station_uuid.in_(list(f.stations)))
    if f.due_within is not None:
        # With --overdue too, the list is "overdue or due within N": the work still to catch up.
        if not 0 <= f.due_within <= MAX_DUE_WITHIN:
            raise QueryError(f"到期范围应为 0–{MAX_DUE_WITHIN} 个工作日", "due_within_range", high=MAX_DUE_WITHIN)
        try:
            limit_day = ws.calendar.add_workdays(today, f.due_within) if f.due_within else today
        except ValueError as exc:
            raise reworded(exc, QueryError) from None
        conds.append(on_work_list())
        if f.overdue:
            conds.append(next_deadline_where(today, lambda c: c <= limit_day))
        else:
            conds.append(next_deadline_where(today, lambda c: and_(c <= limit_day, c >= today)))
    elif f.overdue:
        conds.append(on_work_list())
        conds.append(next_deadline_where(today, lambda c: c < today))
    cond = search_condition(f.search)
    if cond is not None:
        conds.append(cond)
    return conds


def work_order(today: dt.date) -> tuple:
    """Cases in conflict first (they wait for a supervisor), then open cases (and poor
    ratings still followed up), then by the nearest deadline as it stands on ``today``.

    "Open first" is a CASE rather than the bare column on purpose: with the column,
    SQLite walks the whole (is_open, next_deadline) index to avoid a sort and fetches
    every row in index order, which makes a search (a LIKE that must look at every row)
    three times slower than reading the table straight through and sorting the few hits.
    """
    nxt = case((deemed_condition(today), CaseRow.deemed_next_deadline), else_=CaseRow.next_deadline)
    return (case((CaseRow.conflicts > "", 0), (on_work_list(), 1), else_=2), nxt.is_(None), nxt, CaseRow.number)


def list_cases(ws: Workspace, f: CaseFilter, today: dt.date) -> list[CaseSummary]:
    soon = ws.settings().due_soon_days
    with ws.read() as s:
        conds = filter_conditions(ws, f, today)
        stmt = select(CaseRow).where(*conds).order_by(*work_order(today))
        if f.limit:
            if not 0 < f.limit <= MAX_LIMIT:
                raise QueryError(f"条数上限应为 1–{MAX_LIMIT}", "limit_range", high=MAX_LIMIT)
            stmt = stmt.limit(f.limit)
            if server.on_server(s) and not f.search.strip():
                stmt = stmt.where(CaseRow.uuid.in_(first_page_ids(conds, today, f.limit, f.open_only)))
        rows = s.scalars(stmt).all()
        return [summary(r, ws, today, soon) for r in rows]


def first_page_ids(conds: Sequence, today: dt.date, limit: int, open_only: bool):
    """A query of the uuids among which the first ``limit`` cases in work order are, found by index.

    The work order depends on "today" (a case deemed accepted takes another deadline), so
    no index holds it and a county's million cases would all be sorted for one page. It
    is split into the parts that an index does hold in order — in conflict; on the work
    list by next deadline; deemed accepted; with no deadline; closed — and the first
    ``limit`` of each part are enough to contain the first ``limit`` of all.
    """
    free = CaseRow.conflicts == ""
    listed = on_work_list()
    not_deemed = or_(CaseRow.deemed_after.is_(None), CaseRow.deemed_after >= today)
    parts = [
        ((CaseRow.conflicts > "",), work_order(today)),
        ((free, listed, not_deemed, CaseRow.next_deadline.is_not(None)), (CaseRow.next_deadline, CaseRow.number)),
        ((free, listed, deemed_condition(today)), work_order(today)),
        # all without a deadline, so this is by number; said so the partial index serves it
        ((free, listed, not_deemed, CaseRow.next_deadline.is_(None)), (CaseRow.next_deadline, CaseRow.number)),
    ]
    if not open_only:
        parts.append(((free, ~listed), work_order(today)))
    return union_all(*(select(CaseRow.uuid).where(*conds, *where).order_by(*order).limit(limit)
                       for where, order in parts))


def summary(r: CaseRow, ws: Workspace, today: dt.date, soon: int) -> CaseSummary:
    deemed = deemed_on(r, today)
    status = Status.ACCEPTED.value if deemed and r.status == Status.AWAITING_SUPPLEMENT.value else r.status
    return CaseSummary(
        uuid=r.uuid, number=r.number, status=status, item_code=r.item_code, item_name=r.item_name,
        applicant_name=r.applicant_name, id_masked=identifiers.mask_id(r.id_number), phone=r.phone,
        intake_date=r.intake_date, countdowns=row_countdowns(r, ws.calendar, today, soon),
        conflicts=tuple(k for k in (r.conflicts or "").split(",") if k), deemed=deemed, station_uuid=r.station_uuid,
    )


def ordered_ids(session: Session, conditions: Sequence, today: dt.date) -> list[str]:
    """Case UUIDs in work-list order (most urgent first); rows are fetched on demand."""
    stmt = select(CaseRow.uuid).where(*conditions).order_by(*work_order(today))
    return list(session.scalars(stmt))


def rows_by_ids(session: Session, ids: Sequence[str]) -> dict[str, CaseRow]:
    rows = session.scalars(select(CaseRow).where(CaseRow.uuid.in_(list(ids))))
    return {r.uuid: r for r in rows}


@dataclass(frozen=True)
class Counts:
    overdue: int
    due_today: int
    due_soon: int
    awaiting_materials: int
    open_total: int
    in_conflict: int = 0


def counts(ws: Workspace, today: dt.date) -> Counts:
    soon = ws.settings().due_soon_days
    soon_day = ws.calendar.add_workdays(today, soon) if soon else today
    with ws.read() as s:
        open_ = on_work_list()
        q = lambda *c: s.scalar(select(func.count()).select_from(CaseRow).where(open_, *c))  # noqa: E731
        nxt = lambda compare: next_deadline_where(today, compare)  # noqa: E731
        return Counts(
            overdue=q(nxt(lambda c: c < today)),
            due_today=q(nxt(lambda c: c == today)),
            due_soon=q(nxt(lambda c: and_(c > today, c <= soon_day))),
            awaiting_materials=q(*awaiting_materials_conditions()),
            open_total=q(),
            in_conflict=s.scalar(select(func.count()).select_from(CaseRow).where(CaseRow.conflicts > "")),
        )
