"""What the county view shows beside the cases: the townships, and whose records are stale.

A workspace is a county hub once it has received a package from a station of another
centre: a township's windows exchange packages among themselves, only the county (or a
higher level) collects them from several centres. From then on the desktop program shows
the county view and the 通报.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain.bulletin import is_stale
from app.services.bulletin import townships
from app.services.workspace import Workspace
from app.store.models import SyncLogRow


@dataclass(frozen=True)
class TownshipStatus:
    """One township as the county view lists it."""

    key: str
    name: str
    codes: tuple[str, ...]
    stations: tuple[str, ...]  # its station uuids, to filter the cases by
    newest_package: dt.date | None
    stale: bool
    local: bool  # this installation's own centre

    @property
    def label(self) -> str:
        return f"{self.name}（{'、'.join(self.codes)}）" if self.codes else self.name


def _local_day(when: dt.datetime) -> dt.date:
    return when.replace(tzinfo=dt.timezone.utc).astimezone().date()


def is_hub(ws: Workspace) -> bool:
    """Whether packages have come here from a station of another centre."""
    with ws.read() as s:
        township_of, _known, own = townships(s)
        sources = s.scalars(select(SyncLogRow.source_uuid).distinct()).all()
    return any(township_of.get(u, u) not in own for u in sources)


def township_statuses(ws: Workspace, today: dt.date) -> list[TownshipStatus]:
    """Every township held, with its newest package and whether that is too old, by name."""
    days = ws.settings().stale_after_days
    with ws.read() as s:
        township_of, known, own = townships(s)
        newest: dict[str, dt.date] = {}
        for source, when in s.execute(select(SyncLogRow.source_uuid, func.max(SyncLogRow.received_at))
                                      .group_by(SyncLogRow.source_uuid)):
            key = township_of.get(source, source)
            day = _local_day(when)
            if key not in newest or day > newest[key]:
                newest[key] = day
    stations: dict[str, list[str]] = {}
    for uuid, key in township_of.items():
        stations.setdefault(key, []).append(uuid)
    out = []
    for key, t in known.items():
        local = key in own
        out.append(TownshipStatus(key, t.name, t.codes, tuple(sorted(stations.get(key, ()))), newest.get(key),
                                  not local and is_stale(newest.get(key), today, ws.calendar, days), local))
    return sorted(out, key=lambda t: (t.local, t.name))


def township_names(ws: Workspace) -> dict[str, str]:
    """Station uuid → the name of its township, for the township column."""
    with ws.read() as s:
        township_of, _known, _own = townships(s)
    return township_of
