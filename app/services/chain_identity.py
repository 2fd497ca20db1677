"""After a restore this installation writes on under a new chain identity.

A backup ends where it was taken; the station may have issued more events after that and
handed them to peers. Numbering on from the backup's chain head would give those
sequence numbers a second content — a fork that every peer must refuse. So a restore
never continues the old chain: the station gets a new station row (same centre, window
and station code) that names the old one as ``previous_uuid``, and its events start at
sequence 1 of the new chain. The old chain stays valid (``audit verify`` checks it up to
the head the backup recorded), and its lost tail can still come back from a peer.

Case serials are not per chain but per station code and year, and must stay gapless and
unique: the new chain starts from the larger of the restored counters and those of the
database that was replaced (kept as the "before-restore" backup), when that is readable.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.services.workspace import Workspace
from app.store.models import CaseCounter, Station
from app.store.stations import own_station_uuids


@dataclass(frozen=True)
class NewChain:
    station_uuid: str
    previous_uuid: str
    counters_from_replaced: bool  # False: the replaced database could not be read


def start_new_chain(ws: Workspace, replaced: Path | None) -> NewChain | None:
    """Give this station a new chain identity; ``replaced`` is the database the restore replaced."""
    carried = _counters(replaced) if replaced is not None else None
    with ws.write() as s:
        old = s.scalar(select(Station).where(Station.is_local.is_(True)))
        if old is None:
            return None
        lineage = own_station_uuids(s)
        counters: dict[int, int] = {}
        for year, last in s.execute(select(CaseCounter.year, CaseCounter.last_serial)
                                    .where(CaseCounter.station_uuid.in_(lineage))):
            counters[year] = max(counters.get(year, 0), last)
        for year, last in (carried or {}).items():
            counters[year] = max(counters.get(year, 0), last)
        old.is_local = False
        s.flush()
        new = Station(uuid=str(uuidlib.uuid4()), centre_name=old.centre_name, short_name=old.short_name,
                      window_name=old.window_name, code=old.code, previous_uuid=old.uuid,
                      number_format=old.number_format, public_key=old.public_key, is_local=True, trusted=True,
                      created_at=ws.clock.now().replace(tzinfo=None))
        s.add(new)
        s.flush()
        for year, last in counters.items():
            s.add(CaseCounter(station_uuid=new.uuid, year=year, last_serial=last))
        result = NewChain(new.uuid, old.uuid, carried is not None)
    ws.forget_station()
    return result


def _counters(db: Path) -> dict[int, int] | None:
    """Year → last serial issued by the replaced database's own station chains, or None."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            links = dict(conn.execute("SELECT uuid, previous_uuid FROM stations").fetchall()) \
                if _has_column(conn, "stations", "previous_uuid") \
                else {u: None for (u,) in conn.execute("SELECT uuid FROM stations")}
            at = conn.execute("SELECT uuid FROM stations WHERE is_local = 1").fetchone()
            lineage: list[str] = []
            at = at[0] if at else None
            while at is not None and at in links and at not in lineage:
                lineage.append(at)
                at = links[at]
            if not lineage:
                return {}
            marks = ",".join("?" * len(lineage))
            rows = conn.execute(f"SELECT year, MAX(last_serial) FROM case_counters WHERE station_uuid IN ({marks})"
                                " GROUP BY year", lineage).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return {int(year): int(last) for year, last in rows}


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))
