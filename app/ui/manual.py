"""The short user manual on 帮助 (F1): a Markdown file shipped in resources/manual.

The manual is written in Chinese for the officers; with ``--lang en`` the same Chinese
manual is shown (there is no English one), which the window title says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.paths import resources_dir
from app.ui.geometry import GeometryKeeper


def manual_path() -> Path:
    return resources_dir() / "manual" / "zh_CN.md"


class ManualDialog(QDialog):
    """The manual, readable while the main window stays usable (not modal)."""

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User manual (Chinese)"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        try:
            self.browser.setMarkdown(manual_path().read_text(encoding="utf-8"))
        except OSError as exc:
            self.browser.setPlainText(self.tr("The manual could not be read: {0}").format(exc))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.geometry_keeper = GeometryKeeper(self, folder, "manual", QSize(720, 680))
