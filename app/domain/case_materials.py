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
from typing import Any, Mapping, NamedTuple


class MaterialState(StrEnum):
    RECEIVED = "received"
    MISSING = "missing"
    SUPPLIED = "supplied"


_RECEIVED, _MISSING = MaterialState.RECEIVED, MaterialState.MISSING
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
        return self._replace(state=MaterialState.SUPPLIED, supplied_on=day)

    def sent_back(self, reason: str | None) -> "CaseMaterial":
        return self._replace(state=MaterialState.MISSING, supplied_on=None, rejected_reason=reason)

    def to_json(self) -> dict[str, Any]:
        """As ``case show --json`` prints it."""
        return {"code": self.code, "name": self.name, "required": self.required, "tolerable": self.tolerable,
                "state": self.state.value, "supplied_on": self.supplied_on.isoformat() if self.supplied_on else None}
