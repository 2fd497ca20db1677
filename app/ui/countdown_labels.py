"""A countdown shown as a coloured label in the case view, in words with room to spare.

The colours are the work list's badge colours (red overdue, amber due today or soon,
green on track, grey-green met, blue-grey paused), so a case looks the same in both
places. A deadline the calendar cannot confirm (a year not yet imported) carries a mark,
because the date may still move when the State Council publishes the holidays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.deadlines import CountdownStatus, State
from app.ui.badges import COLOURS
from app.ui.domain_words import ui_date


class CountdownLabel(QLabel):
    """One countdown (``which``: supply, completion or notice); ``state`` is what it shows."""

    def __init__(self, which: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = which
        self.state: State | None = None
        self.status: CountdownStatus | None = None
        self.setMargin(2)
        self.set_status(None)

    def state_text(self, status: CountdownStatus) -> str:
        days = status.days_left
        s = status.state
        if s is State.ON_TRACK:
            return self.tr("{0} working days left").format(days)
        if s is State.DUE_SOON:
            return self.tr("due soon: {0} working days left").format(days)
        if s is State.DUE_TODAY:
            return self.tr("due today")
        if s is State.OVERDUE:
            return self.tr("overdue by {0} working days").format(-days)
        if s is State.PAUSED:
            return self.tr("paused ({0} working days left)").format(days)
        if s is State.MET:
            if self.which == "supply":
                return self.tr("all supplied in time")
            if self.which == "notice":
                return self.tr("notified in time")
            if self.which == "follow_up":
                return self.tr("called back in time")
            return self.tr("completed in time")
        if s is State.MISSED:
            if self.which == "notice":
                return self.tr("not given in time")  # 行政许可法 §32: the case counts as accepted
            return self.tr("closed {0} working days late").format(-days)
        return self.tr("stopped")

    def set_status(self, status: CountdownStatus | None) -> None:
        self.status = status
        self.state = status.state if status else None
        if status is None:
            self.setText(self.tr("not applicable"))
            self.setStyleSheet("color: #616161;")
            self.setToolTip("")
            return
        colours = COLOURS[status.state]
        background, foreground = colours.background, colours.text
        text = self.state_text(status)
        if not status.confirmed:
            text += " " + self.tr("(calendar unconfirmed)")
        self.setText(text)
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border-radius: 4px; padding: 2px 8px; }}")
        tip = self.tr("Deadline {0}").format(ui_date(status.deadline))
        if not status.confirmed:
            tip += "\n" + self.tr("The holidays of that year are not in the calendar yet; the date may still move.")
        self.setToolTip(tip)
