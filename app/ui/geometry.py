"""Window sizes that fit the laptop's screen, and are remembered between sessions.

Township laptops often have 1366×768 or even 1024×768 screens. Every window opens at
its natural size shrunk to the screen's free area, or where the officer last left it
(if that still fits the screen it is on now); the main window opens maximised when
the screen is smaller than its natural size. Positions are kept per data folder in a
small INI file beside the database, never in the registry of a shared laptop account.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

LAYOUT_FILE = "window-layout.ini"
#: Room left for a window's frame and title bar, which the free area does not count.
FRAME = QSize(16, 40)


def _screen(widget: QWidget) -> QScreen | None:
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen()
    return screen or QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect:
    screen = _screen(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fitted(natural: QSize, area: QRect) -> QSize:
    """The natural size, made smaller where the free area (less the frame) is smaller."""
    room = area.size() - FRAME
    return QSize(min(natural.width(), room.width()), min(natural.height(), room.height()))


class GeometryKeeper(QObject):
    """Opens a window at a size that fits and saves its geometry when it closes or hides."""

    def __init__(self, window: QWidget, folder: Path | None, key: str, natural: QSize, *,
                 maximise_when_small: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.key = key
        self.settings = QSettings(str(Path(folder) / LAYOUT_FILE), QSettings.Format.IniFormat) if folder else None
        self.maximise = False
        area = available_area(window)
        # A minimum size larger than the screen would push buttons off it.
        minimum = window.minimumSize()
        window.setMinimumSize(fitted(minimum, area).expandedTo(QSize(0, 0)))
        saved = self.settings.value(f"{key}/geometry") if self.settings is not None else None
        restored = False
        if isinstance(saved, (QByteArray, bytes)) and window.restoreGeometry(QByteArray(saved)):
            frame = window.geometry()
            restored = area.contains(frame.topLeft()) and frame.width() <= area.width() and \
                frame.height() <= area.height()
            if not restored:
                window.setGeometry(QRect(area.topLeft(), fitted(natural, area)))
            self.maximise = bool(self.settings.value(f"{key}/maximised", False, type=bool))
        if not restored:
            size = fitted(natural, area)
            window.resize(size)
            if maximise_when_small and (natural.width() > area.width() or natural.height() > area.height()):
                self.maximise = True
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            self.save()
        return False

    def save(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue(f"{self.key}/geometry", self.window.saveGeometry())
        self.settings.setValue(f"{self.key}/maximised", self.window.isMaximized())
        self.settings.sync()

    def show(self) -> None:
        """Show the window maximised when its screen is too small for it, else as placed."""
        if self.maximise:
            self.window.showMaximized()
        else:
            self.window.show()
