"""Typed centre settings with defaults, stored as JSON rows.

A setting that was never written reads as its default, so adding a setting later needs
no data upgrade; an unknown key or a value of the wrong type is refused.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import identifiers
from app.store.models import Setting

DEFAULT_NUMBER_FORMAT = "{short}便民受字〔{year}〕第{serial:04d}号"


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

    @classmethod
    def keys(cls) -> list[str]:
        return [f.name for f in fields(cls)]


class SettingsError(ValueError):
    pass


def validate_number_format(fmt: str) -> None:
    """Only {short}, {year} and {serial} (with a format spec) may appear, and {serial} must."""
    fields = []
    try:
        for _literal, name, _spec, _conv in string.Formatter().parse(fmt):
            if name is not None:
                fields.append(name)
        sample = fmt.format(short="某镇", year=2026, serial=1)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError) as exc:
        raise SettingsError(f"编号格式“{fmt}”无效：只能使用 {{short}}、{{year}}、{{serial}}（{exc}）") from None
    unknown = [f for f in fields if f not in ("short", "year", "serial")]
    if unknown:
        raise SettingsError(f"编号格式“{fmt}”无效：只能使用 {{short}}、{{year}}、{{serial}}，不认识 {{{unknown[0]}}}")
    if "serial" not in fields:
        raise SettingsError("编号格式必须包含流水号 {serial}，否则编号会重复")
    if not sample.strip():
        raise SettingsError("编号格式不能为空")


def load_settings(session: Session) -> CentreSettings:
    stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
    settings = CentreSettings()
    for name in CentreSettings.keys():
        if name in stored:
            setattr(settings, name, stored[name])
    return settings


def save_settings(session: Session, **changes: Any) -> CentreSettings:
    defaults = CentreSettings()
    for key, value in changes.items():
        if key not in CentreSettings.keys():
            raise SettingsError(f"没有这个设置项：{key}")
        expected = type(getattr(defaults, key))
        if expected is int and (not isinstance(value, int) or isinstance(value, bool)):
            raise SettingsError(f"{key} 应为整数")
        if expected is bool and not isinstance(value, bool):
            raise SettingsError(f"{key} 应为是/否")
        if expected is str and not isinstance(value, str):
            raise SettingsError(f"{key} 应为文字")
        if key == "due_soon_days" and not 0 <= value <= 30:
            raise SettingsError("临期提醒天数应在 0–30 个工作日之间")
        if key == "number_format":
            validate_number_format(value)
        if key == "phone" and value.strip():
            check = identifiers.check_phone(value)
            if not check.ok:
                raise SettingsError(f"中心联系电话有误：{check.error}")
        if key in ("centre_name", "short_name") and not value.strip():
            raise SettingsError("中心名称和简称不能为空")
    for key, value in changes.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        else:
            row.value = json.dumps(value, ensure_ascii=False)
    session.flush()
    return load_settings(session)
