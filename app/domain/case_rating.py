"""A case's 好差评 as it stands: the applicant's rating, and a poor rating's follow-up.

Immutable, like the case's materials and clocks: the fold replaces them as rating and
follow-up events arrive, so a view holding a state can never see them change. The
follow-up is the case's fourth clock: opened by a poor rating with its due date, closed
by the return visit.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class Rating(NamedTuple):
    date: dt.date
    level: str | None  # a code of rating.LEVELS; None when the applicant declined
    comment: str = ""
    declined: bool = False
    named: bool = True  # False: the applicant asked to stay anonymous
    officer: str = ""

    @property
    def code(self) -> str:
        """The level, or ``declined``; what the case table and the window's words are keyed by."""
        return "declined" if self.declined else (self.level or "not_rated")


class FollowUpStep(NamedTuple):
    step: str  # verify, rectify, revisit
    date: dt.date
    text: str = ""
    officer: str = ""


class FollowUp(NamedTuple):
    """A poor rating's verification, rectification and return visit, by a due date.

    ``start`` and ``due`` are None while only a step is known: events from another
    station may arrive before the rating that opened the follow-up.
    """

    start: dt.date | None = None
    due: dt.date | None = None
    steps: tuple[FollowUpStep, ...] = ()
    closed_on: dt.date | None = None

    @property
    def opened(self) -> bool:
        return self.start is not None

    @property
    def open(self) -> bool:
        return self.opened and self.closed_on is None

    def done(self, step: str) -> FollowUpStep | None:
        return next((s for s in self.steps if s.step == step), None)

    def recorded(self, entry: FollowUpStep) -> "FollowUp":
        """With this step recorded (a step recorded again replaces the earlier record, in place).

        The return visit closes the follow-up; of two return visits (from two stations) the
        earlier day counts.
        """
        if self.done(entry.step) is None:
            steps = (*self.steps, entry)
        else:
            steps = tuple(entry if s.step == entry.step else s for s in self.steps)
        closed_on = self.closed_on
        if entry.step == "revisit" and (closed_on is None or entry.date < closed_on):
            closed_on = entry.date
        return self._replace(steps=steps, closed_on=closed_on)
