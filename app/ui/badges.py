"""How the work list paints its cells: countdown badges and two-line text.

A badge is read from across the room: its colour says how urgent (overdue red, due today
or soon amber, on track green, met grey-green, paused blue-grey) and its words say how
many working days are left or overdue. A deadline in a year whose holidays are not yet
published is counted on weekends alone; its badge ends in "?" with a dashed border, and
the tooltip says why. Painting reads only what the model gives; nothing is computed here
but words and colours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.deadlines import CountdownStatus, State

# (which countdown, CountdownStatus or None) for a badge cell.
CountdownRole = Qt.ItemDataRole.UserRole + 10
# The smaller, grey second line of a two-line cell (e.g. the masked ID under a name).
SecondLineRole = Qt.ItemDataRole.UserRole + 11

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BadgeColours:
    background: str
    text: str


COLOURS: dict[State, BadgeColours] = {
    State.OVERDUE: BadgeColours("#c62828", "#ffffff"),
    State.DUE_TODAY: BadgeColours("#e65100", "#ffffff"),
    State.DUE_SOON: BadgeColours("#ffe08a", "#5a3d00"),
    State.ON_TRACK: BadgeColours("#d9eed9", "#1b5e20"),
    State.PAUSED: BadgeColours("#dde4ea", "#37474f"),
    State.MET: BadgeColours("#edf1ed", "#2e7d32"),
    State.MISSED: BadgeColours("#f6e3e3", "#b71c1c"),
    State.STOPPED: BadgeColours("#eeeeee", "#6d6d6d"),
}


# Numerus counts are passed as plain names: pyside6-lupdate skips a call whose count is an
# expression, and the string would silently leave the translation file.
translate = QCoreApplication.translate


def badge_text(which: str, cd: CountdownStatus) -> str:
    """Short words for a badge: 逾期3天, 今日到期, 剩5天, 已补齐…; "?" when unconfirmed.

    The one-time notice clock is shown where the completion clock will be once the case
    is accepted, so its words say which clock it is (告知逾期3天).
    """
    state = cd.state
    if state is State.OVERDUE:
        n = max(1, -cd.days_left)
        text = translate("Badge", "%n d overdue", "", n)
    elif state is State.DUE_TODAY:
        text = translate("Badge", "Due today")
    elif state in (State.DUE_SOON, State.ON_TRACK):
        n = cd.days_left
        text = translate("Badge", "%n d left", "", n)
    elif state is State.PAUSED:
        text = translate("Badge", "Paused")
    elif state is State.MET:
        if which == "supply":
            text = translate("Badge", "Supplied")
        elif which == "completion":
            text = translate("Badge", "Done in time")
        else:
            text = translate("Badge", "Notified")
    elif state is State.MISSED:
        n = max(1, -cd.days_left)
        text = translate("Badge", "%n d late", "", n)
    else:
        text = translate("Badge", "Stopped")
    if which == "notice" and state.is_open:
        text = translate("Badge", "Notice %1").replace("%1", text)
    elif which == "follow_up" and state.is_open:
        text = translate("Badge", "Follow-up %1").replace("%1", text)
    return text if cd.confirmed else text + "?"


def widest_badge_text() -> str:
    """The longest usual badge words, for sizing a badge column."""
    return badge_text("notice", CountdownStatus(State.OVERDUE, dt.date(2026, 1, 5), -888, False))


def badge_tooltip(which: str, cd: CountdownStatus) -> str:
    names = {
        "supply": translate("Badge", "Supply deadline"),
        "completion": translate("Badge", "Completion deadline"),
        "notice": translate("Badge", "One-time notice due"),
        "follow_up": translate("Badge", "Follow-up of a poor rating due"),
    }
    lines = [f"{names.get(which, which)}: {cd.deadline.isoformat()}"]
    if cd.state in (State.DUE_SOON, State.ON_TRACK):
        n = cd.days_left
        lines.append(translate("Badge", "%n working day(s) left", "", n))
    elif cd.state is State.OVERDUE:
        n = -cd.days_left
        lines.append(translate("Badge", "Overdue by %n working day(s)", "", n))
    elif cd.state is State.PAUSED:
        n = cd.days_left
        lines.append(translate("Badge", "Clock paused with %n working day(s) left", "", n))
    elif cd.state is State.MISSED:
        n = -cd.days_left
        lines.append(translate("Badge", "Closed %n working day(s) after the deadline", "", n))
    if not cd.confirmed:
        lines.append(translate("Badge", "Holidays of that year are not imported: counted on weekends only, may move."))
    return "\n".join(lines)


def _paint_panel(painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex, widget: QWidget | None) -> None:
    """The cell background, selection and focus as the style draws them, without text."""
    opt = QStyleOptionViewItem(option)
    opt.text = ""
    opt.index = index
    style = widget.style() if widget is not None else None
    if style is not None:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)


def second_line_font(font: QFont) -> QFont:
    """The smaller font of a cell's second line."""
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(7.5, font.pointSizeF() * 0.86))
    return small


def _text_colour(option: QStyleOptionViewItem, muted: bool) -> QColor:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    colour = QColor(option.palette.color(role))
    if muted and not selected:
        colour = QColor(option.palette.color(QPalette.ColorRole.PlaceholderText))
    return colour


class TwoLineDelegate(QStyledItemDelegate):
    """The display text on the first line, the model's second line smaller and grey below."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        self.initStyleOption(option, index)
        _paint_panel(painter, option, index, option.widget)
        first = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        second = str(index.data(SecondLineRole) or "")
        rect = option.rect.adjusted(8, 3, -6, -3)
        painter.save()
        fm = QFontMetrics(option.font)
        small = second_line_font(option.font)
        sfm = QFontMetrics(small)
        total = fm.height() + (sfm.height() if second else 0)
        top = rect.top() + max(0, (rect.height() - total) // 2)
        painter.setFont(option.font)
        painter.setPen(_text_colour(option, muted=False))
        painter.drawText(QRect(rect.left(), top, rect.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()))
        if second:
            painter.setFont(small)
            painter.setPen(_text_colour(option, muted=True))
            painter.drawText(QRect(rect.left(), top + fm.height(), rect.width(), sfm.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             sfm.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        self.initStyleOption(option, index)
        fm = QFontMetrics(option.font)
        sfm = QFontMetrics(second_line_font(option.font))
        first = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        second = str(index.data(SecondLineRole) or "")
        width = max(fm.horizontalAdvance(first), sfm.horizontalAdvance(second)) + 16
        return QSize(width, fm.height() + sfm.height() + 8)


class BadgeDelegate(QStyledItemDelegate):
    """A rounded, coloured badge with the countdown's words, and its deadline below."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        self.initStyleOption(option, index)
        _paint_panel(painter, option, index, option.widget)
        value = index.data(CountdownRole)
        which, cd = value if value else ("", None)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(option.font)
        small = second_line_font(option.font)
        sfm = QFontMetrics(small)
        rect = option.rect.adjusted(6, 3, -6, -3)
        if cd is None:
            painter.setPen(_text_colour(option, muted=True))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "—")
            painter.restore()
            return
        text = badge_text(which, cd)
        colours = COLOURS[cd.state]
        badge_h = fm.height() + 4
        total = badge_h + sfm.height() + 1
        top = rect.top() + max(0, (rect.height() - total) // 2)
        badge_w = min(rect.width(), fm.horizontalAdvance(text) + 14)
        badge = QRect(rect.left(), top, badge_w, badge_h)
        painter.setBrush(QColor(colours.background))
        if cd.confirmed:
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            pen = QPen(QColor(colours.text), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
        painter.drawRoundedRect(badge.adjusted(0, 0, -1, -1), badge_h / 2.6, badge_h / 2.6)
        painter.setFont(option.font)
        painter.setPen(QColor(colours.text))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter),
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, badge_w - 8))
        painter.setFont(small)
        painter.setPen(_text_colour(option, muted=True))
        painter.drawText(QRect(rect.left() + 2, top + badge_h + 1, rect.width() - 2, sfm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         cd.deadline.isoformat())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        self.initStyleOption(option, index)
        fm = QFontMetrics(option.font)
        sfm = QFontMetrics(second_line_font(option.font))
        widest = max(fm.horizontalAdvance(widest_badge_text()), sfm.horizontalAdvance("2026-12-31")) + 28
        return QSize(widest, fm.height() + sfm.height() + 12)
