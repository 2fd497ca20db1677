"""The installed Qt binding must not corrupt the interpreter.

shiboken6 6.12.0 dropped a reference to ``None`` on every Qt call returning nothing; on
CPython 3.11 the program aborted ("deallocating None") after a few thousand calls, e.g.
while scrolling the work list. pyproject.toml keeps 3.11 on 6.11; this guards the pin.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("逾期3天")
    assert sys.getrefcount(None) - before > -100
