"""A conflict between two stations, seen side by side and settled by a supervisor in the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton
from stdnum.cn import ric

from app.services import cases
from app.services.append import append_foreign, export_rows
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.catalogue import current_items
from app.services.officers import Actor, Role, find_actor
from app.ui.conflicts_dialog import ConflictsDialog

TODAY = dt.date(2026, 11, 20)


def send(src, dst) -> None:
    with src.read() as s:
        batch = export_rows(s)
    append_foreign(dst, batch)


def completed_here_terminated_there(county) -> str:
    w1, hub = county["window1"], county["county"]
    (stored,) = [s for s in current_items(w1) if s.item.code == "MZ-003"]
    body = "11010519800101123"
    applicant = ApplicantInput("person", "赵六", body + ric.calc_check_digit(body + "0"), "13800138000")  # stdnum expects a placeholder check digit
    request = IntakeRequest(item_code="MZ-003", applicant=applicant,
                            received=tuple(m.code for m in stored.item.materials), missing=(),
                            commitment_signed=False, date=dt.date(2026, 11, 16))
    number = cases.intake(w1, find_actor(w1, "boss"), request, TODAY).state.number
    send(w1, hub)
    cases.complete(w1, find_actor(w1, "boss"), number, "approved", TODAY)
    cases.terminate(hub, find_actor(hub, "boss"), number, "申请人撤回申请", TODAY)
    send(w1, hub)
    return number


def test_both_sides_are_shown_and_a_supervisor_keeps_one(qtbot, county, sync_worker) -> None:
    number = completed_here_terminated_there(county)
    hub = county["county"]
    dialog = ConflictsDialog(hub, find_actor(hub, "boss"), sync_worker, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.model.rows[0].number == number
    box = dialog.detail.findChild(QGroupBox, "conflict1")
    shown = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "01 白沙镇便民服务中心社会事务窗口" in shown and "X1 青石县政务服务中心县级受理窗口" in shown
    box.findChild(QLineEdit, "reason1").setText("以窗口办结为准")
    with qtbot.waitSignal(dialog.settled):
        box.findChild(QPushButton, "keepFirst1").click()
    assert dialog.model.rowCount() == 0
    assert dialog.message.text() == dialog.tr("No case is in conflict.")
    assert not cases.get_case(hub, number, TODAY).state.conflicts


def test_an_officer_sees_the_conflict_but_cannot_settle_it(qtbot, county, sync_worker) -> None:
    completed_here_terminated_there(county)
    hub = county["county"]
    officer = Actor(uuid="officer-1", username="clerk", display_name="王窗口", role=Role.OFFICER)
    dialog = ConflictsDialog(hub, officer, sync_worker, TODAY)
    qtbot.addWidget(dialog)
    box = dialog.detail.findChild(QGroupBox, "conflict1")
    assert not box.findChild(QPushButton, "keepFirst1").isEnabled()
    assert not box.findChild(QPushButton, "keepSecond1").isEnabled()
