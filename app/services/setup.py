"""First run: create this station, its settings and the first administrator."""

from __future__ import annotations

import re
import uuid as uuidlib
from dataclasses import dataclass

from sqlalchemy import select

from app.domain import identifiers
from app.domain.refusal import Worded, reworded
from app.paths import DataPaths
from app.services.clock import Clock
from app.services.officers import Actor, Role, create_officer
from app.services.settings import (
    DEFAULT_NUMBER_FORMAT,
    DEFAULT_STATION_CODE,
    SettingsError,
    normalise_station_code,
    save_settings,
)
from app.services.station_key import ensure_station_key
from app.services.workspace import Workspace
from app.store.models import Station


class SetupError(Worded, ValueError):
    """The first-run details refused; the message says which and why."""


@dataclass(frozen=True)
class InitResult:
    created: bool
    station_uuid: str
    admin: Actor | None


def derive_short_name(centre: str) -> str:
    """青石县白沙镇便民服务中心 → 白沙镇: the township that starts document numbers."""
    name = centre.strip()
    towns = re.findall(r"[^省市县区旗]{1,8}?(?:镇|乡|街道|苏木)", name)
    if towns:
        return towns[-1]
    short = re.sub(r"(党群|政务|便民|综合)?(服务中心|服务大厅|办事处)$", "", name)
    short = re.sub(r"(人民政府)$", "", short)
    return short or name[:4]


def check_contact(address: str, phone: str, hours: str) -> dict[str, str]:
    """The centre's contact details as printed on every letter, checked; empty ones are left out."""
    out: dict[str, str] = {}
    if address.strip():
        out["address"] = address.strip()
    if phone.strip():
        check = identifiers.check_phone(phone)
        if not check.ok:
            raise SetupError(f"中心联系电话有误：{check.error}", "centre_phone", check=check)
        out["phone"] = check.value
    if hours.strip():
        out["hours"] = hours.strip()
    return out


def initialise(paths: DataPaths, *, centre: str, window: str, admin_username: str, admin_password: str,
               admin_display: str | None = None, short_name: str | None = None, clock: Clock | None = None,
               station_code: str = DEFAULT_STATION_CODE, address: str = "", phone: str = "",
               hours: str = "") -> InitResult:
    """Create the station once; on an initialised folder change nothing and say so.

    The centre's address, phone and office hours go into the settings, the one place
    letters read them from; left empty, letters are refused until they are filled in.
    """
    if not centre.strip():
        raise SetupError("请填写便民服务中心名称", "centre_name_missing")
    if not window.strip():
        raise SetupError("请填写窗口名称", "window_name_missing")
    try:
        code = normalise_station_code(station_code)
    except SettingsError as exc:
        raise reworded(exc, SetupError) from None
    contact = check_contact(address, phone, hours)
    ws = Workspace.open(paths, create=True, clock=clock, daily_backup=False)
    try:
        existing = ws.station
        if existing is not None:
            return InitResult(False, existing.uuid, None)
        now = ws.clock.now()
        short = (short_name or derive_short_name(centre)).strip()
        with ws.write() as s:
            if s.scalar(select(Station).where(Station.is_local.is_(True))) is not None:
                return InitResult(False, "", None)
            station = Station(
                uuid=str(uuidlib.uuid4()), centre_name=centre.strip(), short_name=short,
                window_name=window.strip(), code=code, number_format=DEFAULT_NUMBER_FORMAT, public_key=None,
                is_local=True, trusted=True, created_at=now.replace(tzinfo=None),
            )
            s.add(station)
            s.flush()
            admin = create_officer(s, admin_username, admin_display or admin_username, Role.ADMIN, admin_password, now)
            save_settings(s, centre_name=centre.strip(), short_name=short, window_name=window.strip(),
                          seal_text=centre.strip(), **contact)
        ws.forget_station()
        ensure_station_key(ws)
        return InitResult(True, station.uuid, admin)
    finally:
        ws.close()
