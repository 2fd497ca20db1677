"""Measured in a process of its own: the desktop program as an officer meets it.

Started by ``bench/run.py`` with the wall-clock time just before the process was
launched, so that the start-up figure includes the interpreter, the imports, opening the
database, signing in and showing the first page of the work list. Prints one JSON line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from app.paths import DataPaths  # noqa: E402
from app.services.officers import authenticate  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402
from app.ui.application import prepare_application  # noqa: E402
from app.ui.filters import StateChoice  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux ru_maxrss keeps
    the high-water mark of the process that forked us (the bench, holding a big database)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def wait_refreshed(window: MainWindow, app, timeout_s: float = 60.0) -> None:
    loop = QEventLoop()
    done = []
    handler = lambda: (done.append(True), loop.quit())  # noqa: E731
    window.refreshed.connect(handler)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    window.refreshed.disconnect(handler)
    if not done:
        raise TimeoutError("the work list did not refresh")
    app.processEvents()  # the repaint of what the refresh changed


def main() -> int:
    data_dir, password, launched, today, searches = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5:]
    prepared = prepare_application("zh_CN")
    app = prepared.app
    ws = Workspace.open(DataPaths(Path(data_dir)), daily_backup=False)
    actor = authenticate(ws, "admin", password)
    window = MainWindow(ws, actor, today=dt.date.fromisoformat(today))
    window.resize(1366, 820)
    window.show()
    wait_refreshed(window, app)
    window.table.viewport().repaint()
    startup = time.time() - launched
    rows_open = window.model.rowCount()

    timings = []
    for text in searches:  # each as the debounce would send it, one keystroke after another
        for end in range(1, len(text) + 1):
            window.filters.search.setText(text[:end])
            t0 = time.perf_counter()
            window.filters.changed.emit()
            wait_refreshed(window, app)
            window.table.viewport().repaint()
            timings.append(time.perf_counter() - t0)
    window.filters.search.clear()
    window.filters.set_state(StateChoice.ALL)
    wait_refreshed(window, app)
    window.table.scrollToBottom()
    app.processEvents()
    window.table.viewport().repaint()
    rows_all = window.model.rowCount()
    print(json.dumps({"startup_s": startup, "rows_open": rows_open, "rows_all": rows_all,
                      "search_s": timings, "peak_mb": peak_mb()}))
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
