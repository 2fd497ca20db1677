"""What the audit checks, on the open database or on a backup before it is restored.

It can prove, to anyone who trusts this station's public key: that no event was edited,
removed, reordered or added outside the program since the last seal, that no officer's
account, role or password and no catalogue item was changed outside it, and that the
case list agrees with the events. It cannot prove that what an officer entered was true,
nor detect a forger who holds the private key file (someone with this user's login on
the laptop could read it), nor tell a rolled-back copy of the whole data folder (database
and key together) from the real one: only the county's record of the chain heads in
earlier sync packages can.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.store import seal
from app.store.events import ChainProblem, verify_chain
from app.store.models import CaseRow, Event, Station


@dataclass(frozen=True)
class AuditResult:
    events: int
    problems: list[ChainProblem]
    fingerprint: str | None = None


def audit_session(session: Session, extra: list[str] | None = None) -> AuditResult:
    count, problems = verify_chain(session)
    orphans = session.scalar(
        select(func.count()).select_from(CaseRow).where(~exists().where(Event.case_uuid == CaseRow.uuid)))
    if orphans:
        problems.append(ChainProblem("", 0, "", f"{orphans} 件案件在案件表中却没有任何事件（事件记录被删除）"))
    local = session.scalar(select(Station).where(Station.is_local.is_(True)))
    fingerprint = None
    if local is not None:
        fingerprint = seal.fingerprint(local.public_key) if local.public_key else None
        for finding in seal.check(session, local.uuid, local.public_key):
            problems.append(ChainProblem(local.uuid, 0, "", finding.problem))
    elif count:
        problems.append(ChainProblem("", 0, "", "没有本站记录，事件无法核对封印"))
    for text in extra or []:
        problems.append(ChainProblem(local.uuid if local else "", 0, "", text))
    return AuditResult(count, problems, fingerprint)
