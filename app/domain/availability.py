"""What an officer may do with a case now, and why not: one answer for every front end.

The window's buttons and print menu and the command line's ``case show`` ask here
instead of working it out themselves, so they can never offer what the services then
refuse. The answer comes from the same guards the services enforce (the ``check_*``
functions of :mod:`app.domain.lifecycle` and :func:`app.domain.case_letters.why_not`):
each guard is asked with the action's own input filled in (a reason, one day), so the
only refusals left are those of the case's state and the officer's role.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from app.domain.calendar import WorkCalendar
from app.domain.case_letters import letter_refusal
from app.domain.letters import LetterKind
from app.domain import rating as rating_rules
from app.domain.lifecycle import (
    Action,
    CaseState,
    RuleViolation,
    check_complete,
    check_extend,
    check_pause,
    check_reopen,
    check_reject,
    check_resume,
    check_supply,
    check_terminate,
)

# The text a guard needs to see filled in: the officer writes the real one in the dialog.
_GIVEN = "—"


@dataclass(frozen=True)
class Availability:
    """One action or letter: may it be done now, and if not, why (in Chinese, for the officer)."""

    allowed: bool
    reason: str = ""
    #: the reason as a code, and the values it names, for a window in another language
    code: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseOptions:
    actions: dict[Action, Availability]
    letters: dict[LetterKind, Availability]
    #: materials that may be sent back as inadequate (received or supplied ones the rules allow)
    rejectable: tuple[str, ...] = ()

    def allowed(self, action: Action) -> bool:
        return self.actions[action].allowed

    def why_not(self, action: Action) -> str:
        return self.actions[action].reason

    def to_json(self) -> dict:
        return {
            "actions": {a.value: {"allowed": v.allowed, "reason": v.reason or None} for a, v in self.actions.items()},
            "letters": {k.value: {"allowed": v.allowed, "reason": v.reason or None} for k, v in self.letters.items()},
        }

    @property
    def printable(self) -> list[LetterKind]:
        """The letters that fit the case now, in the catalogue's order."""
        return [k for k, a in self.letters.items() if a.allowed]


def _ask(guard) -> Availability:
    try:
        guard()
    except RuleViolation as exc:
        return Availability(False, str(exc), exc.code, exc.params)
    return Availability(True)


def _supply(state: CaseState, today: dt.date) -> None:
    missing = state.missing_codes
    if not missing:
        raise RuleViolation("没有缺少的材料", "nothing_to_supply")
    check_supply(state, missing, today)


def rejectable_materials(state: CaseState, today: dt.date) -> tuple[str, ...]:
    out = []
    for code, m in state.materials.items():
        if m.missing:
            continue
        if _ask(lambda c=code: check_reject(state, c, today, _GIVEN)).allowed:
            out.append(code)
    return tuple(out)


def _reject(state: CaseState, today: dt.date, rejectable: tuple[str, ...]) -> None:
    if rejectable:
        return
    held = state.held_codes
    if not held:
        raise RuleViolation("没有已收取的材料可以退回", "nothing_to_reject")
    check_reject(state, held[0], today, _GIVEN)  # says why for the first; none may be sent back
    raise RuleViolation("容缺受理后只能退回可容缺材料", "reject_only_tolerable")


def _follow_up(state: CaseState, today: dt.date) -> None:
    step = rating_rules.next_step(state)
    if step is None:
        raise RuleViolation("本案没有需要整改的差评", "no_follow_up")
    rating_rules.check_follow_up(state, step, today, _GIVEN)


def case_options(state: CaseState, cal: WorkCalendar, today: dt.date, *, is_supervisor: bool,
                 rating_window_days: int) -> CaseOptions:
    """Every action and letter for this case, today, for an officer of this role.

    ``rating_window_days`` is the centre's setting: how long after closing a rating is taken.
    """
    rejectable = rejectable_materials(state, today)
    actions = {
        Action.SUPPLY: _ask(lambda: _supply(state, today)),
        Action.REJECT_MATERIAL: _ask(lambda: _reject(state, today, rejectable)),
        Action.PAUSE: _ask(lambda: check_pause(state, cal, today, _GIVEN)),
        Action.RESUME: _ask(lambda: check_resume(state, today)),
        Action.EXTEND: _ask(lambda: check_extend(state, cal, today, 1, _GIVEN, is_supervisor)),
        Action.COMPLETE: _ask(lambda: check_complete(state, today, "rejected")),
        Action.TERMINATE: _ask(lambda: check_terminate(state, today, _GIVEN)),
        Action.REOPEN: _ask(lambda: check_reopen(state, _GIVEN, is_supervisor)),
        Action.RATE: _ask(lambda: rating_rules.check_rating(state, cal, today, None, True, rating_window_days)),
        Action.FOLLOW_UP: _ask(lambda: _follow_up(state, today)),
        Action.NOTE: (Availability(True) if state.status is not None
                      else Availability(False, "案件未登记", "not_logged")),
    }
    letters = {}
    for kind in LetterKind:
        refusal = letter_refusal(state, kind)
        letters[kind] = (Availability(True) if refusal is None
                         else Availability(False, str(refusal), refusal.code, refusal.params))
    return CaseOptions(actions, letters, rejectable)
