"""Render resources/icons/approval-window.svg to the PNG sizes of the hicolor theme and to
the Windows .ico; run after changing the SVG and commit the results."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICONS / "approval-window.svg"))
    for size in SIZES:
        if not render(renderer, size).save(str(ICONS / f"approval-window-{size}.png")):
            raise SystemExit(f"cannot write the {size}px icon")
    if not render(renderer, 256).save(str(ICONS / "approval-window.ico"), "ICO"):
        raise SystemExit("cannot write approval-window.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
