"""Typed centre settings with defaults, stored as JSON rows.

A setting that was never written reads as its default, so adding a setting later needs
no data upgrade; an unknown key or a value of the wrong type is refused.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from app.domain.refusal import Worded, reworded
from app.domain.text import refusal as text_refusal
from sqlalchemy.orm import Session

from app.domain import identifiers
from app.store.models import Setting, Station

DEFAULT_NUMBER_FORMAT = "{short}便民受字〔{year}〕第{code}-{serial:04d}号"
DEFAULT_STATION_CODE = "01"
_CODE = re.compile(r"[0-9A-Z]{1,6}")
#: The fields a number format may use, with a sample value each for the check.
NUMBER_FIELDS = {"short": "某镇", "year": 2026, "code": "01", "serial": 1}


@dataclass
class CentreSettings:
    centre_name: str = ""
    short_name: str = ""
    window_name: str = ""
    address: str = ""
    phone: str = ""
    hours: str = ""
    number_format: str = DEFAULT_NUMBER_FORMAT
    due_soon_days: int = 2
    stub_copy: bool = True
    seal_text: str = ""
    station_code: str = DEFAULT_STATION_CODE  # stored on this station's row: it travels with the station
    # 好差评 (国办发〔2019〕51号): how long after closing a rating may be recorded, and the
    # working days to follow up a poor one (5 in many counties, 15 in some provinces)
    rating_window_days: int = 10
    follow_up_days: int = 5
    # the county hub marks a township stale when its newest package is older than this
    stale_after_days: int = 3

    @classmethod
    def keys(cls) -> list[str]:
        return [f.name for f in fields(cls)]


class SettingsError(Worded, ValueError):
    """A setting refused; the message says which and why."""


_ALLOWED = "{short}、{year}、{code}、{serial}"


def validate_number_format(fmt: str) -> None:
    """Only {short}, {year}, {code} and {serial} (with a format spec) may appear; {year},
    {code} and {serial} must, or two stations (or two years) would issue the same number."""
    fields = []
    try:
        for _literal, name, _spec, _conv in string.Formatter().parse(fmt):
            if name is not None:
                fields.append(name)
        sample = fmt.format(**NUMBER_FIELDS)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError) as exc:
        raise SettingsError(f"编号格式“{fmt}”无效：只能使用 {_ALLOWED}（{exc}）", "number_format_invalid",
                            format=fmt, allowed=_ALLOWED, problem=str(exc)) from None
    unknown = [f for f in fields if f not in NUMBER_FIELDS]
    if unknown:
        raise SettingsError(f"编号格式“{fmt}”无效：只能使用 {_ALLOWED}，不认识 {{{unknown[0]}}}",
                            "number_format_unknown", format=fmt, allowed=_ALLOWED, field=unknown[0])
    if "serial" not in fields:
        raise SettingsError("编号格式必须包含流水号 {serial}，否则编号会重复", "number_format_serial")
    if "code" not in fields:
        raise SettingsError("编号格式必须包含站点代码 {code}，否则各窗口、各站点的编号会重复", "number_format_code")
    if "year" not in fields:
        raise SettingsError("编号格式必须包含年份 {year}，流水号每年从 1 开始", "number_format_year")
    if not sample.strip():
        raise SettingsError("编号格式不能为空", "number_format_empty")


def normalise_station_code(code: str) -> str:
    """``01``, ``A``, ``BS2``: 1–6 digits or capital letters, printed in every number."""
    value = code.strip().upper()
    if not _CODE.fullmatch(value):
        raise SettingsError(f"站点代码“{code.strip()}”无效：应为 1–6 位数字或大写字母，如 01、02、A1；"
                            "同一县内每个窗口（站点）须各不相同", "station_code_invalid", code=code.strip())
    return value


def _local_station(session: Session) -> Station | None:
    return session.scalar(select(Station).where(Station.is_local.is_(True)))


def load_settings(session: Session) -> CentreSettings:
    stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
    settings = CentreSettings()
    for name in CentreSettings.keys():
        if name in stored:
            setattr(settings, name, stored[name])
    station = _local_station(session)
    if station is not None and station.code:
        settings.station_code = station.code
    return settings


def save_settings(session: Session, **changes: Any) -> CentreSettings:
    defaults = CentreSettings()
    for key, value in changes.items():
        if key not in CentreSettings.keys():
            raise SettingsError(f"没有这个设置项：{key}", "setting_unknown", key=key)
        expected = type(getattr(defaults, key))
        if expected is int and (not isinstance(value, int) or isinstance(value, bool)):
            raise SettingsError(f"{key} 应为整数", "setting_int", key=key)
        if expected is bool and not isinstance(value, bool):
            raise SettingsError(f"{key} 应为是/否", "setting_bool", key=key)
        if expected is str and not isinstance(value, str):
            raise SettingsError(f"{key} 应为文字", "setting_str", key=key)
        if key == "rating_window_days" and not 0 <= value <= 60:
            raise SettingsError("评价期限应在 0～60 个工作日之间", "setting_range", key=key, low=0, high=60)
        if key == "follow_up_days" and not 1 <= value <= 30:
            raise SettingsError("差评整改期限应在 1～30 个工作日之间", "setting_range", key=key, low=1, high=30)
        if key == "stale_after_days" and not 1 <= value <= 30:
            raise SettingsError("数据包过期提醒应在 1～30 个工作日之间", "setting_range", key=key, low=1, high=30)
        if key == "due_soon_days" and not 0 <= value <= 30:
            raise SettingsError("临期提醒天数应在 0–30 个工作日之间", "setting_range", key=key, low=0, high=30)
        if key == "number_format":
            validate_number_format(value)
        if expected is str and key != "number_format":
            why = text_refusal(value, key, 200 if key == "address" else 100)
            if why is not None:
                raise reworded(why, SettingsError)
        if key == "phone" and value.strip():
            check = identifiers.check_phone(value)
            if not check.ok:
                raise SettingsError(f"中心联系电话有误：{check.error}", "centre_phone", check=check)
        if key in ("centre_name", "short_name") and not value.strip():
            raise SettingsError("中心名称和简称不能为空", "centre_name_empty")
        if key == "station_code":
            changes[key] = normalise_station_code(value)
    for key, value in changes.items():
        if key == "station_code":
            station = _local_station(session)
            if station is None:
                raise SettingsError("本站点尚未初始化，不能设置站点代码", "station_not_set_up")
            station.code = value
            continue
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        else:
            row.value = json.dumps(value, ensure_ascii=False)
    session.flush()
    return load_settings(session)
