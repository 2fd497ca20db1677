"""File → export, import and receipts in the window, driven as an officer would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.paths import DataPaths
from app.services import sync_receipts
from app.services.officers import find_actor
from app.services.setup import initialise
from app.services.sync_keys import export_key, trust
from app.services.workspace import Workspace
from app.ui import sync_dialogs
from app.ui.sync_dialogs import ExportDialog, ImportDialog


@pytest.fixture
def county(tmp_path: Path, demo_ws: Workspace):
    """An empty county folder; ``trusting`` registers the demo station's key there first."""
    paths = DataPaths(tmp_path / "county")
    initialise(paths, centre="某县政务服务中心", window="县级受理窗口", admin_username="admin",
               admin_password="county-pass-1", station_code="90")
    ws = Workspace.open(paths, daily_backup=False)
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def no_remembered_key(monkeypatch, tmp_path):
    QSettings().remove(sync_dialogs.KEY_SETTING)
    yield
    QSettings().remove(sync_dialogs.KEY_SETTING)


def export_in_window(qtbot, ws, officer, worker, out: Path) -> ExportDialog:
    dialog = ExportDialog(ws, officer, worker)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(out))
    dialog.encrypt.setChecked(False)
    dialog.start.click()
    return dialog


def test_export_writes_the_package_and_says_what_it_holds(qtbot, demo_ws, officer, sync_worker, tmp_path) -> None:
    out = tmp_path / "out" / "p.awsync"
    dialog = export_in_window(qtbot, demo_ws, officer, sync_worker, out)
    assert out.is_file()
    assert str(out) in dialog.status.text()
    assert dialog.bar.isHidden() and not dialog.running


def test_cancelling_an_export_writes_nothing(qtbot, demo_ws, officer, sync_worker, tmp_path) -> None:
    out = tmp_path / "p.awsync"
    dialog = ExportDialog(demo_ws, officer, sync_worker)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(out))
    dialog.encrypt.setChecked(False)
    dialog.relay.progress.connect(lambda *_: dialog.cancel_flag.set())  # the officer presses Cancel mid-way
    dialog.start.click()
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert dialog.status.text() == dialog.tr("Cancelled; no file was written.")


def test_a_bad_county_key_is_said_before_anything_runs(qtbot, demo_ws, officer, sync_worker, tmp_path) -> None:
    bad = tmp_path / "county.pub"
    bad.write_text("not a key", encoding="utf-8")
    dialog = ExportDialog(demo_ws, officer, sync_worker)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(tmp_path / "p.awsync"))
    dialog.encrypt.setChecked(True)
    dialog.key_file.setText(str(bad))
    dialog.start.click()
    assert "age1" in dialog.status.text() and not (tmp_path / "p.awsync").exists()


def test_import_shows_the_dry_run_first_then_applies(qtbot, demo_ws, officer, county, sync_worker, tmp_path) -> None:
    export_key(demo_ws, tmp_path / "station.pub")
    admin = find_actor(county, "admin")
    trust(county, admin, tmp_path / "station.pub")
    package = tmp_path / "p.awsync"
    export_in_window(qtbot, demo_ws, officer, sync_worker, package)
    dialog = ImportDialog(county, admin, sync_worker, package)
    qtbot.addWidget(dialog)
    assert dialog.apply_button.isEnabled()
    with county.read() as s:
        from sqlalchemy import func, select

        from app.store.models import CaseRow

        assert s.scalar(select(func.count()).select_from(CaseRow)) == 0  # the dry run changed nothing
    assert "150" in dialog.text.toPlainText()
    with qtbot.waitSignal(dialog.imported):
        dialog.apply_button.click()
    assert dialog.applied
    with county.read() as s:
        assert s.scalar(select(func.count()).select_from(CaseRow)) == 150
    again = ImportDialog(county, admin, sync_worker, package)
    qtbot.addWidget(again)
    assert not again.apply_button.isEnabled()  # everything is here already


def test_an_unknown_station_needs_a_supervisor_to_confirm_its_fingerprint(qtbot, demo_ws, officer, county,
                                                                           sync_worker, tmp_path) -> None:
    package = tmp_path / "p.awsync"
    export_in_window(qtbot, demo_ws, officer, sync_worker, package)
    admin = find_actor(county, "admin")
    dialog = ImportDialog(county, admin, sync_worker, package)
    qtbot.addWidget(dialog)
    assert not dialog.trust.isHidden() and not dialog.apply_button.isEnabled()
    fingerprint = export_key(demo_ws, tmp_path / "k.pub").fingerprint
    assert fingerprint in dialog.text.toPlainText()
    dialog.trust.setChecked(True)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.apply_button.click()
    assert sync_receipts.status(county).unconfirmed_cases == 0


def test_the_status_bar_counts_cases_the_county_has_not_confirmed(qtbot, main_window) -> None:
    text = main_window.sync_label.text()
    assert "150" in text
