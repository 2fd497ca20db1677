"""A case's materials as they stand: what the item asked for, and where each one is now.

The intake event names every material of the item with whether it was received; later
events supply a missing one or send a received one back. The fold keeps one immutable
:class:`CaseMaterial` per code and replaces it as those events arrive, so a state handed
to a view or a letter cannot be changed under the fold's feet.

A named tuple rather than a frozen dataclass: every intake builds one per material of
the item, and a rebuild replays every intake ever logged; a tuple is built in about a
third of the time a frozen dataclass takes to set its fields one by one.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Iterable, Mapping, NamedTuple


class MaterialState(StrEnum):
    RECEIVED = "received"
    MISSING = "missing"
    SUPPLIED = "supplied"


_RECEIVED, _MISSING, _SUPPLIED = MaterialState.RECEIVED, MaterialState.MISSING, MaterialState.SUPPLIED
_new = tuple.__new__  # every field given: skips the keyword handling of the generated constructor


class CaseMaterial(NamedTuple):
    code: str
    name: str
    required: bool = True
    tolerable: bool = False  # may come later under 容缺受理
    form: str | None = None  # original, copy, or both; None: as the item version says
    copies: int = 1
    state: MaterialState = MaterialState.MISSING
    supplied_on: dt.date | None = None
    rejected_reason: str | None = None  # why it was sent back, when it was

    @classmethod
    def from_intake(cls, m: Mapping[str, Any]) -> "CaseMaterial":
        """One entry of an intake event's ``materials``."""
        get = m.get
        return _new(cls, (m["code"], m["name"], bool(get("required", True)), bool(get("tolerable")), get("form"),
                          int(get("copies") or 1), _RECEIVED if m["received"] else _MISSING, None, None))

    @property
    def missing(self) -> bool:
        return self.state is MaterialState.MISSING

    @property
    def missing_required(self) -> bool:
        """Missing and required: what keeps a case from acceptance or an approval."""
        return self.state is MaterialState.MISSING and self.required

    def supplied(self, day: dt.date) -> "CaseMaterial":
        return _new(CaseMaterial, (*self[:6], _SUPPLIED, day, self.rejected_reason))

    def sent_back(self, reason: str | None) -> "CaseMaterial":
        return _new(CaseMaterial, (*self[:6], _MISSING, None, reason))

    def to_json(self) -> dict[str, Any]:
        """As ``case show --json`` prints it."""
        return {"code": self.code, "name": self.name, "required": self.required, "tolerable": self.tolerable,
                "state": self.state.value, "supplied_on": self.supplied_on.isoformat() if self.supplied_on else None}


#: Materials already made from an intake entry, by the entry's keys and values: the
#: entries of one item version recur in every case of that item, and a material is
#: immutable, so one object serves them all. Bounded: emptied when it grows too large.
_FROM_INTAKE: dict[tuple, CaseMaterial] = {}
_FROM_INTAKE_MAX = 4096


def intake_materials(entries: Iterable[Mapping[str, Any]]) -> dict[str, CaseMaterial]:
    """An intake event's ``materials``, by code in the event's order."""
    known = _FROM_INTAKE
    out: dict[str, CaseMaterial] = {}
    for m in entries:
        key = (*m, *m.values())
        try:
            material = known.get(key)
        except TypeError:  # a value that cannot be a key (not in any format written so far)
            material = None
            key = None
        if material is None:
            material = CaseMaterial.from_intake(m)
            if key is not None:
                if len(known) >= _FROM_INTAKE_MAX:
                    known.clear()
                known[key] = material
        out[material.code] = material
    return out
