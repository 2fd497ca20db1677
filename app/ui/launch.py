"""Starting the desktop program: first run or sign-in, then the main window.

``--smoke`` builds the main window over a throw-away data folder filled with demo cases
(never the user's data), renders it, optionally saves a PNG of it, prints ``ok`` and
exits 0; any failure on the way exits 1 with the reason on stderr. Installers and CI
run it to prove that a build starts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import secrets
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.paths import DataPaths
from app.services import demo
from app.services.catalogue import ensure_shipped_catalogue
from app.services.errors import USER_ERRORS
from app.services.officers import Actor, Role, add_officer, authenticate
from app.services.setup import initialise
from app.services.workspace import Workspace
from app.ui.application import (
    CrashHandlers,
    prepare_application,
    setup_logging,
    show_previous_crash,
    take_previous_crash,
)
from app.ui.first_run import FirstRunDialog
from app.ui.refusal_words import refusal_text
from app.ui.i18n import DEFAULT_LANG
from app.ui.sign_in import SignInDialog
from app.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

SMOKE_CASES = 300
SMOKE_TIMEOUT_S = 30.0
DEMO_CENTRE = "青山镇便民服务中心"
DEMO_WINDOW = "综合受理窗口"
# A practice centre's contact details: made up, but not the forms' samples, so letters print.
DEMO_ADDRESS = "青山县青山镇府前路8号便民服务中心一楼"
DEMO_PHONE = "0571-63210000"
DEMO_HOURS = "周一至周五 8:30—12:00、14:30—17:30"
DEMO_OFFICER = ("zhangli", "张丽")


def needs_first_run(paths: DataPaths) -> bool:
    """True when the folder has no database, or one without a station."""
    if not paths.holds_database():
        return True
    ws = Workspace.open(paths, daily_backup=False, create=paths.on_server)  # a hub's new database is migrated
    try:
        return ws.station is None
    finally:
        ws.close()


def sign_in_flow(paths: DataPaths, parent: QWidget | None = None) -> tuple[Workspace, Actor] | None:
    """First-run dialog when needed, then sign-in; None when the user gave up."""
    actor: Actor | None = None
    username = ""
    if needs_first_run(paths):
        first = FirstRunDialog(paths, parent)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        actor = first.actor
        username = first.admin_username.text().strip()
    ws = Workspace.open(paths, daily_backup=False)  # the backup runs after the window is up
    if actor is None:
        dialog = SignInDialog(ws, parent, username=username)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            ws.close()
            return None
        actor = dialog.actor
    return ws, actor


def build_demo_workspace(paths: DataPaths, today: dt.date | None = None, cases: int = SMOKE_CASES,
                         seed: int = 2026) -> tuple[Workspace, Actor, str]:
    """A station with the sample catalogue, a window officer and demo cases.

    Returns the open workspace, the signed-in officer and that officer's password.
    """
    admin_password = secrets.token_urlsafe(12)
    result = initialise(paths, centre=DEMO_CENTRE, window=DEMO_WINDOW, admin_username="admin",
                        admin_password=admin_password, admin_display="系统管理员", address=DEMO_ADDRESS,
                        phone=DEMO_PHONE, hours=DEMO_HOURS)
    if result.admin is None:
        raise RuntimeError(f"{paths.root} 已有站点，演示数据只能建在空的数据目录中")
    ws = Workspace.open(paths, daily_backup=False)
    ensure_shipped_catalogue(ws, by=result.admin.username)
    password = secrets.token_urlsafe(12)
    add_officer(ws, result.admin, DEMO_OFFICER[0], DEMO_OFFICER[1], Role.OFFICER, password)
    officer = authenticate(ws, DEMO_OFFICER[0], password)
    demo.generate(ws, officer, cases, seed, today or ws.clock.today())
    return ws, officer, password


def _wait_for(window, timeout_s: float) -> None:
    """Run the event loop until the window has shown its first list, or fail."""
    loop = QEventLoop()
    shown = []
    window.refreshed.connect(lambda: (shown.append(True), loop.quit()))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    loop.exec()
    if not shown:
        raise TimeoutError(f"主窗口在 {timeout_s:.0f} 秒内没有显示出案件列表")


def run_smoke(lang: str, screenshot: str | None, today: dt.date | None) -> int:
    from app.ui.main_window import MainWindow

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        target = Path(screenshot) if screenshot else None
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)  # a bad place fails before any work
        prepared = prepare_application(lang)
        with tempfile.TemporaryDirectory(prefix="approval-window-smoke-") as tmp:
            ws, officer, _password = build_demo_workspace(DataPaths(Path(tmp)), today)
            window = MainWindow(ws, officer, today=today)
            try:
                window.resize(1366, 820)
                window.show()
                _wait_for(window, SMOKE_TIMEOUT_S)
                if window.model.rowCount() == 0:
                    raise RuntimeError("演示数据已生成，但案件列表为空")
                prepared.app.processEvents()
                if target is not None:
                    if not window.grab().save(str(target), "PNG"):
                        raise OSError(f"无法保存截图：{target}")
            finally:
                window.close()
                window.deleteLater()
                ws.close()
        prepared.release()
    except Exception as exc:  # the reason goes to stderr and the exit code says it failed
        traceback.print_exc(file=sys.stderr)
        print(f"approval-window: 冒烟测试失败：{exc}", file=sys.stderr)
        return 1
    print("ok")
    return 0


def interface_language(args: argparse.Namespace) -> str:
    """``--lang`` if given; Chinese otherwise."""
    return getattr(args, "lang", None) or DEFAULT_LANG


def _report_integrity(window: QWidget, problems: list[str]) -> None:
    """SQLite found the database file damaged: say so plainly and point to the backups."""
    if not problems:
        return
    log.error("integrity check failed: %s", problems[:5])
    QMessageBox.warning(window, QCoreApplication.translate("Launch", "Database check"), QCoreApplication.translate(
        "Launch", "The database file failed its integrity check. Recent work is still saved, but the file "
                  "may be damaged: ask the administrator to restore it from a backup "
                  "(Administration → Backup and restore, or approval-window admin restore).") + "\n\n" + "\n".join(problems[:5]))


def bring_forward() -> None:
    """Another start asked for this program: show its front window (a dialog, else the main window)."""
    target = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()), None)
    if target is None:
        return
    if target.isMinimized():
        target.showNormal()
    target.raise_()
    target.activateWindow()


def run_gui(args: argparse.Namespace) -> int:
    """The desktop program, started by ``approval-window`` without a subcommand."""
    lang = interface_language(args)
    today = getattr(args, "today", None)
    if getattr(args, "screenshot", None) and not getattr(args, "smoke", False):
        print("approval-window: 用法错误：--screenshot 只能与 --smoke 同用", file=sys.stderr)
        return 2
    if getattr(args, "smoke", False):
        return run_smoke(lang, args.screenshot, today)

    from app.ui.main_window import MainWindow

    data_dir = getattr(args, "data_dir", None)
    paths = DataPaths(Path(data_dir) if data_dir else None)
    try:
        paths.ensure()
    except OSError as exc:
        print(f"approval-window: 无法使用数据目录 {paths.root}：{exc}", file=sys.stderr)
        return 1
    setup_logging(paths.logs, lang)  # first: it turns Qt's fatal start-up errors into a message
    prepared = prepare_application(lang)
    instance = SingleInstance(paths.root)
    if not instance.acquire():
        text = (QCoreApplication.translate("Launch", "The program is already running on this data folder; its "
                                                     "window has been brought forward.")
                if instance.woke_the_other else
                QCoreApplication.translate("Launch", "The program is already running on this data folder "
                                                     "(%1). Use that window, or close it first.")
                .replace("%1", str(paths.root)))
        print(f"approval-window: {text}", file=sys.stderr)
        if not instance.woke_the_other:
            QMessageBox.information(None, QCoreApplication.translate("Launch", "Already running"), text)
        prepared.release()
        return 0
    instance.activated.connect(bring_forward)
    previous = take_previous_crash(paths.logs)
    crash = CrashHandlers(paths.logs)
    crash.install()
    try:
        if previous is not None:
            show_previous_crash(previous)
        try:
            session = sign_in_flow(paths)
        except USER_ERRORS as exc:
            QMessageBox.critical(None, QCoreApplication.translate("Launch", "Cannot open the data"), refusal_text(exc))
            return 1
        if session is None:
            return 0
        ws, actor = session
        window = MainWindow(ws, actor, today=today)
        window.geometry_keeper.show()
        window.worker.submit(ws.daily_maintenance, lambda result: _report_integrity(window, result[1]),
                             lambda exc: log.warning("daily backup or integrity check failed: %s", exc))
        code = prepared.app.exec()
        ws.close()
        return code
    finally:
        crash.uninstall()
        instance.release()
        prepared.release()
