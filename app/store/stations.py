"""Which station rows are this installation's own.

A restore starts a new chain (a new station row naming the one it continues), so "our
own" is the local row and every row it continues: our clock readings, our officers.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Station


def own_station_uuids(session: Session) -> list[str]:
    """The local station first, then the chains it continued, newest first."""
    rows = dict(session.execute(select(Station.uuid, Station.previous_uuid)).all())
    local = session.scalar(select(Station.uuid).where(Station.is_local.is_(True)))
    chain: list[str] = []
    at = local
    while at is not None and at in rows and at not in chain:
        chain.append(at)
        at = rows[at]
    return chain
