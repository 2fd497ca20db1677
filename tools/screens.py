"""Screenshots of the main windows at a laptop's screen size, for docs/screens/.

Run under a virtual X display of the wanted size, e.g.::

    xvfb-run -s "-screen 0 1024x768x24" python tools/screens.py 1024x768
    xvfb-run -s "-screen 0 1024x768x24" python tools/screens.py 1024x768 en   # the English interface

Each window is shown as the program shows it (placed to fit the screen) over demo
data, and the whole screen is saved, so a window that would not fit shows as cut off.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.paths import DataPaths  # noqa: E402
from app.services import queries  # noqa: E402
from app.services.officers import find_actor  # noqa: E402
from app.ui.application import prepare_application  # noqa: E402
from app.ui.launch import build_demo_workspace  # noqa: E402

TODAY = dt.date(2026, 11, 20)


def settle(app: QApplication, ms: int = 600) -> None:
    end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
    while dt.datetime.now() < end:
        app.processEvents()


def shoot(app: QApplication, target: Path) -> None:
    settle(app)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(target), "PNG")
    print(target)


def main() -> int:
    size = sys.argv[1] if len(sys.argv) > 1 else "1366x768"
    lang = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    if lang != "zh_CN":
        size += f"-{lang}"
    out = ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    prepared = prepare_application(lang)
    app = prepared.app
    from app.ui.admin.admin_window import AdminDialog
    from app.ui.case_view import CaseViewDialog
    from app.ui.intake import IntakeDialog
    from app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        ws, officer, _password = build_demo_workspace(DataPaths(Path(tmp)), TODAY, cases=120)
        admin = find_actor(ws, "admin")
        window = MainWindow(ws, officer, today=TODAY)
        window.geometry_keeper.show()
        shoot(app, out / f"main-{size}.png")

        intake = IntakeDialog(ws, officer, TODAY, window)
        intake.show()
        settle(app, 200)
        intake.picker.search.setText("MZ-001")
        intake.go_next()
        intake.name_edit.setText("张三")
        intake.id_edit.setText("11010519491231002X")
        intake.phone_edit.setText("13800138000")
        intake.go_next()
        shoot(app, out / f"intake-{size}.png")
        intake.done(0)

        tolerant = [r for r in queries.list_cases(ws, queries.CaseFilter(status="tolerant"), TODAY)]
        view = CaseViewDialog(ws, officer, tolerant[0].uuid, TODAY, window)
        view.show()
        shoot(app, out / f"case-view-{size}.png")
        view.done(0)

        admin_window = AdminDialog(ws, admin, window, today=TODAY)
        admin_window.show()
        shoot(app, out / f"admin-{size}.png")
        admin_window.show_page("backup")
        shoot(app, out / f"admin-backup-{size}.png")
        admin_window.done(0)
        window.close()
        QTimer.singleShot(0, app.quit)
        app.exec()
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
