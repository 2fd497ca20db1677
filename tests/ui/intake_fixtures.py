"""A service desk for the intake and case view tests: one station, the shipped catalogue,
an officer, a supervisor and an administrator.

Setting up a station hashes passwords and runs the migrations, so the folder is built
once per test session and copied for each test: every test still gets a fresh database.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from stdnum.cn import ric, uscc

from app.domain.lifecycle import Decision
from app.paths import DataPaths
from app.services import cases, catalogue, officers
from app.services.officers import Actor, Role
from app.services.setup import initialise
from app.services.workspace import Workspace

TODAY = dt.date(2026, 11, 20)
PASSWORD = "secret123"
PHONE = "13800138000"


def resident_id(body17: str) -> str:
    """A resident ID with the right check digit for its first 17 digits."""
    return body17 + ric.calc_check_digit(body17 + "0")


def credit_code(body17: str) -> str:
    """A unified social credit code with the right check character."""
    return body17 + uscc.calc_check_digit(body17)


GOOD_ID = resident_id("11010519491231002")  # 北京朝阳, born 1949-12-31, female
OTHER_ID = resident_id("11010119800101123")  # 北京东城, born 1980-01-01, male
OLD_REGION_ID = resident_id("33010219800101123")  # 杭州上城 under its code before 2021
GOOD_USCC = credit_code("91330106MA2B3C4D0")


@dataclass
class Desk:
    ws: Workspace
    officer: Actor
    supervisor: Actor
    admin: Actor


def build_template(folder: Path) -> Path:
    paths = DataPaths(folder)
    result = initialise(paths, centre="某镇便民服务中心", window="1号窗口", admin_username="admin",
                        admin_password=PASSWORD, admin_display="管理员", address="青石县某镇人民路18号",
                        phone="0577-62881234", hours="周一至周五 8:30—12:00、14:30—17:30")
    ws = Workspace.open(paths, daily_backup=False)
    try:
        catalogue.ensure_shipped_catalogue(ws, "admin")
        officers.add_officer(ws, result.admin, "wang", "王芳", Role.OFFICER, PASSWORD)
        officers.add_officer(ws, result.admin, "li", "李主任", Role.SUPERVISOR, PASSWORD)
    finally:
        ws.close()
    return folder


def open_desk(template: Path, folder: Path) -> Desk:
    shutil.copytree(template, folder)
    ws = Workspace.open(DataPaths(folder), daily_backup=False)
    return Desk(ws, officers.find_actor(ws, "wang"), officers.find_actor(ws, "li"), officers.find_actor(ws, "admin"))


def log_case(desk: Desk, *, item: str = "MZ-001", received: tuple[str, ...] = ("01", "02", "03", "04", "05", "06"),
             decision: Decision | None = Decision.TOLERANT, commitment: bool = True, reason: str | None = None,
             name: str = "张三", id_number: str = GOOD_ID) -> cases.CaseView:
    """A case logged through the service, as the intake dialog would."""
    request = cases.IntakeRequest(
        item_code=item,
        applicant=cases.ApplicantInput("person", name, id_number, PHONE),
        received=received,
        decision=decision,
        commitment_signed=commitment,
        reason=reason,
    )
    return cases.intake(desk.ws, desk.officer, request, TODAY)
