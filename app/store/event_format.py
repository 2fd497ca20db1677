"""The layout of an event, by format version, and the one place old layouts are upgraded.

Events are immutable and hashed, so an old event is never rewritten: it is read through
:func:`upgrade`, which turns any stored format into the current one in memory. A new
format adds a branch here and nowhere else.

Format 1 (schema 0001–0002): ``officer`` is the username, unique on one station only;
the intake names no station code (its numbers were printed without one).
Format 2: ``officer_uuid`` names the officer everywhere, ``officer`` keeps the display
name as it was; the intake carries ``station_code``; the hash covers both and the format.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Callable, Mapping, NamedTuple

CURRENT_FORMAT = 2


def event_hash(
    *, station_uuid: str, seq: int, uuid: str, case_uuid: str | None, officer: str, hlc: str, type: str,
    payload: str, prev_hash: str, officer_uuid: str | None = None, format: int = 1,
) -> str:
    """The chain hash of one event: every field that carries meaning, in a fixed order."""
    if format == 1:
        fields: list[Any] = [station_uuid, seq, uuid, case_uuid or "", officer, hlc, type, payload, prev_hash]
    else:
        fields = [format, station_uuid, seq, uuid, case_uuid or "", officer_uuid or "", officer, hlc, type,
                  payload, prev_hash]
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class EventRecord(NamedTuple):
    """One event as every reader sees it, whatever format it was written in.

    A named tuple: a rebuild makes one for each of hundreds of thousands of events, and
    a tuple is made several times faster than a frozen dataclass."""

    uuid: str
    type: str
    payload: dict[str, Any]
    officer_uuid: str
    officer: str  # display name as it was
    hlc: str = ""
    station_uuid: str = ""
    seq: int = 0


OfficerLookup = Callable[[str, str], "tuple[str, str] | None"]  # (station, username) → (uuid, display name)


def upgrade(
    *, uuid: str, type: str, payload: Mapping[str, Any], officer: str, officer_uuid: str | None, format: int,
    hlc: str = "", station_uuid: str = "", seq: int = 0, lookup: OfficerLookup | None = None,
) -> EventRecord:
    """An event of any known format, in the current layout."""
    if format > CURRENT_FORMAT:
        raise ValueError(f"事件格式版本 {format} 比本程序新，请升级程序")
    data = dict(payload)
    if format == 1:
        known = lookup(station_uuid, officer) if lookup is not None else None
        officer_uuid, officer = known if known is not None else ("", officer)
        if type == "intake_logged":
            data.setdefault("station_code", "")
    return EventRecord(uuid, type, data, officer_uuid or "", officer, hlc, station_uuid, seq)
