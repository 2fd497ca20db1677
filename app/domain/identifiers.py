"""Checks of the numbers an applicant gives: resident ID, credit code, phone.

An officer types these under time pressure, often with a Chinese input method on, so
full-width digits, spaces and a lower-case ``x`` are normalised before checking.
Every refusal carries a reason in Chinese that can be shown to the officer as is, and a
code with its values (``code``, ``params``) from which a window in another language words
it.
A resident ID whose region code the library does not know is accepted with a warning:
codes of counties abolished or renumbered since the card was issued stay valid.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal, Mapping

from stdnum import exceptions as _stdnum_errors
from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc

Gender = Literal["male", "female"]
IdKind = Literal["resident_id", "uscc", "mobile", "landline"]

GENDER_LABELS: dict[str, str] = {"male": "男", "female": "女"}

# Resident ID cards were first issued in 1985; nobody alive was born before 1900.
_EARLIEST_BIRTH = _dt.date(1900, 1, 1)


@dataclass(frozen=True)
class IdCheck:
    """The outcome of checking one number: normalised value, or the reason it is refused."""

    ok: bool
    value: str
    error: str | None = None
    warning: str | None = None
    kind: IdKind | None = None
    birth_date: _dt.date | None = None
    gender: Gender | None = None
    #: what the error (or else the warning) says, as a code, and the values it names
    code: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def gender_label(self) -> str | None:
        return GENDER_LABELS.get(self.gender) if self.gender else None


def _normalise(text: str | None) -> str:
    """Full-width to half-width, then drop every kind of white space."""
    folded = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in folded if not ch.isspace())


def _refuse(value: str, reason: str, kind: IdKind | None = None, code: str = "invalid", **params: object) -> IdCheck:
    return IdCheck(ok=False, value=value, error=reason, kind=kind, code=code,
                   params={k: str(v) for k, v in params.items()})


# ---------------------------------------------------------------- resident ID (cn.ric)


def check_resident_id(text: str | None, *, today: _dt.date | None = None) -> IdCheck:
    """Check an 18-digit resident ID number (公民身份号码)."""
    number = _normalise(text).replace("-", "").upper()
    if not number:
        return _refuse(number, "请填写身份证号码", "resident_id", "id_empty")
    if len(number) == 15 and number.isdigit():
        return _refuse(number, "15位旧身份证号码已停止使用，请提供18位身份证号码", "resident_id", "id_old_15")
    if len(number) != 18:
        return _refuse(number, f"身份证号码应为18位，现为{len(number)}位", "resident_id", "id_length",
                       length=len(number))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return _refuse(number, "身份证号码前17位应为数字，最后一位为数字或X", "resident_id", "id_characters")
    if number[17] != _ric.calc_check_digit(number):
        return _refuse(number, "身份证号码校验位错误，请核对是否输错", "resident_id", "id_check_digit")

    try:
        birth = _ric.get_birth_date(number)
    except _stdnum_errors.InvalidComponent:
        shown = f"{number[6:10]}年{number[10:12]}月{number[12:14]}日"
        return _refuse(number, f"身份证号码中的出生日期（{shown}）不存在", "resident_id", "id_no_such_date",
                       date=f"{number[6:10]}-{number[10:12]}-{number[12:14]}")
    latest = today or _dt.date.today()
    if birth > latest:
        return _refuse(number, "身份证号码中的出生日期晚于今天", "resident_id", "id_born_in_future")
    if birth < _EARLIEST_BIRTH:
        return _refuse(number, "身份证号码中的出生日期早于1900年，不可能有效", "resident_id", "id_born_before_1900")

    warning = None
    try:
        _ric.get_birth_place(number)
    except (_stdnum_errors.InvalidComponent, KeyError):
        # A code whose province is known but county is not makes the library fail with
        # KeyError instead of InvalidComponent; both mean "region not in its table".
        warning = (
            f"地区码{number[:6]}不在现行行政区划代码表中（可能是已撤销或调整的县区），"
            "请核对证件原件"
        )
    gender: Gender = "male" if int(number[16]) % 2 == 1 else "female"
    return IdCheck(
        ok=True,
        value=number,
        warning=warning,
        kind="resident_id",
        birth_date=birth,
        gender=gender,
        code="id_unknown_region" if warning else None,
        params={"region": number[:6]} if warning else {},
    )


# ---------------------------------------------------------- credit code (cn.uscc)


def check_uscc(text: str | None) -> IdCheck:
    """Check a unified social credit code (统一社会信用代码)."""
    code = _normalise(text).replace("-", "").upper()
    if not code:
        return _refuse(code, "请填写统一社会信用代码", "uscc", "uscc_empty")
    if len(code) != 18:
        return _refuse(code, f"统一社会信用代码应为18位，现为{len(code)}位", "uscc", "uscc_length", length=len(code))
    try:
        _uscc.validate(code)
    except _stdnum_errors.InvalidLength:
        return _refuse(code, "统一社会信用代码应为18位", "uscc", "uscc_length", length=len(code))
    except _stdnum_errors.InvalidFormat:
        if not code[:8].isdigit():
            return _refuse(code, "统一社会信用代码前8位（登记管理部门、机构类别和行政区划码）应为数字", "uscc",
                           "uscc_first_eight")
        return _refuse(code, "统一社会信用代码含有不允许的字符（不使用字母I、O、Z、S、V）", "uscc", "uscc_characters")
    except _stdnum_errors.InvalidChecksum:
        return _refuse(code, "统一社会信用代码校验位错误，请核对是否输错", "uscc", "uscc_check_digit")
    except _stdnum_errors.ValidationError:
        return _refuse(code, "统一社会信用代码无效", "uscc", "uscc_invalid")
    return IdCheck(ok=True, value=code, kind="uscc")


# ------------------------------------------------------------------------ phones

_EXTENSION = re.compile(r"^(?P<main>.+?)(?:转|分机|ext\.?|x|#)(?P<ext>\d{1,6})$", re.IGNORECASE)
_DASHES = str.maketrans({"—": "-", "–": "-", "−": "-", "‐": "-"})


def _area_code_length(digits: str) -> int:
    """010 and 02x are three digits long; every other area code is four."""
    return 3 if digits[1] in "12" else 4


def check_phone(text: str | None) -> IdCheck:
    """Check a mobile number or a landline with its area code (and optional extension)."""
    raw = _normalise(text).translate(_DASHES)
    if not raw:
        return _refuse(raw, "请填写联系电话", None, "phone_empty")

    extension = None
    match = _EXTENSION.match(raw)
    if match:
        raw, extension = match.group("main"), match.group("ext")

    plain = raw.replace("(", "").replace(")", "").replace("-", "")
    if plain.startswith("+"):
        plain = plain[1:]
    if not plain.isdigit():
        return _refuse(raw, "电话号码只能包含数字、区号分隔符“-”和分机号", None, "phone_characters")

    mobile = re.fullmatch(r"(?:86)?(1\d{10})", plain)
    if mobile and not raw.startswith("0"):
        number = mobile.group(1)
        if extension:
            return _refuse(number, "手机号码不能带分机号", "mobile", "mobile_extension")
        if number[1] not in "3456789":
            return _refuse(number, "手机号码第二位应为3至9", "mobile", "mobile_second_digit")
        return IdCheck(ok=True, value=number, kind="mobile")

    if plain.startswith("0"):
        return _check_landline(raw, extension)
    if plain.startswith("1"):
        return _refuse(plain, f"手机号码应为11位，现为{len(plain)}位", "mobile", "mobile_length", length=len(plain))
    if 7 <= len(plain) <= 8:
        return _refuse(plain, "固定电话请加区号，例如 0571-88886666", "landline", "landline_no_area_code")
    return _refuse(plain, "电话号码格式不正确：应为11位手机号码或带区号的固定电话", None, "phone_format")


def _check_landline(raw: str, extension: str | None) -> IdCheck:
    parts = [p for p in raw.replace("(", "").replace(")", "-").split("-") if p]
    if len(parts) == 3 and extension is None:
        extension = parts.pop()
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) < 3:
            return _refuse(raw, "固定电话不完整：应为区号加号码，例如 0571-88886666", "landline",
                           "landline_incomplete")
        cut = _area_code_length(digits)
        area, local = digits[:cut], digits[cut:]
    elif len(parts) == 2:
        area, local = parts
    else:
        return _refuse(raw, "固定电话格式不正确，应为“区号-号码”，例如 0571-88886666", "landline",
                       "landline_format")

    if not local:
        return _refuse(raw, f"请在区号“{area}”后填写7至8位电话号码", "landline", "landline_no_number", area=area)
    if not (area.isdigit() and local.isdigit()):
        return _refuse(raw, "固定电话只能包含数字", "landline", "landline_characters")
    if len(area) < 3 or len(area) != _area_code_length(area) or area[:2] == "00":
        return _refuse(raw, f"区号“{area}”不正确（如 010、021、0571）", "landline", "landline_area_code", area=area)
    if area[1] == "1" and area != "010":
        return _refuse(raw, f"区号“{area}”不正确（如 010、021、0571）", "landline", "landline_area_code", area=area)
    if not 7 <= len(local) <= 8:
        return _refuse(raw, f"固定电话号码（不含区号）应为7至8位，现为{len(local)}位", "landline",
                       "landline_length", length=len(local))
    if local[0] == "0":
        return _refuse(raw, "固定电话号码（不含区号）不能以0开头，请检查区号是否重复", "landline",
                       "landline_leading_zero")
    value = f"{area}-{local}" + (f"-{extension}" if extension else "")
    return IdCheck(ok=True, value=value, kind="landline")


# ----------------------------------------------------------------------- masking


def mask_id(number: str | None, kind: Literal["resident_id", "uscc"] | None = None) -> str:
    """The form shown in lists: enough to tell two applicants apart, not enough to misuse.

    Without ``kind``, an 18-character value that carries a valid resident ID check digit
    is masked as an ID, another 18-character value as a credit code.
    """
    value = (number or "").strip().upper()
    if not value:
        return ""
    if len(value) == 18:
        if kind is None:
            looks_like_id = value[:17].isdigit() and value[17] == _ric.calc_check_digit(value)
            kind = "resident_id" if looks_like_id else "uscc"
        if kind == "resident_id":
            return value[:6] + "*" * 8 + value[-4:]
        return value[:4] + "*" * 10 + value[-4:]
    if len(value) <= 4:
        return "*" * len(value)
    return "*" * (len(value) - 4) + value[-4:]
