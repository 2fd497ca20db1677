"""What a letter says, independent of how it is printed.

A letter's content is built once (from a case, elsewhere) and then rendered to PDF and
DOCX; both renderers read the same named text fields from :func:`letter_fields`, so the
two formats cannot drift apart. The content is validated on construction: a letter that
would be legally incomplete for its kind (a one-time notice without a missing material,
a refusal without a reason) cannot exist. The hash and the verification code printed on
the paper are derived from the content, so a printed letter can be checked against the
record; reprint flags are left out so that an original and its reprint verify alike.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.deadlines import Unit
from app.domain.refusal import Worded


class LetterContentError(Worded, ValueError):
    """A letter's content is incomplete or inconsistent; the message is for officers."""


class LetterKind(StrEnum):
    ONE_TIME_NOTICE = "one_time_notice"
    TOLERANT_ACCEPTANCE = "tolerant_acceptance"
    COMMITMENT = "commitment"
    ACCEPTANCE = "acceptance"
    REFUSAL = "refusal"
    REMINDER = "reminder"
    TERMINATION = "termination"
    EXTENSION_NOTICE = "extension_notice"

    @property
    def cli_name(self) -> str:
        """The spelling used on the command line, e.g. ``one-time-notice``."""
        return self.value.replace("_", "-")

    @property
    def label(self) -> str:
        """The usual Chinese name of the letter, for lists and messages."""
        return _KIND_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> "LetterKind":
        """The kind named by its value, its command-line spelling or its Chinese name."""
        key = text.strip().lower().replace("-", "_")
        for kind in cls:
            if key == kind.value or text.strip() == kind.label:
                return kind
        choices = "、".join(kind.cli_name for kind in cls)
        raise LetterContentError(f"未知的文书种类「{text}」，可选：{choices}",
                                 "letter_kind_unknown", text=text, choices=tuple(kind.cli_name for kind in cls))


_KIND_LABELS = {
    LetterKind.ONE_TIME_NOTICE: "一次性告知书",
    LetterKind.TOLERANT_ACCEPTANCE: "容缺受理通知书",
    LetterKind.COMMITMENT: "容缺受理承诺书",
    LetterKind.ACCEPTANCE: "受理通知书",
    LetterKind.REFUSAL: "不予受理通知书",
    LetterKind.REMINDER: "补正催告通知书",
    LetterKind.TERMINATION: "终止办理告知书",
    LetterKind.EXTENSION_NOTICE: "延期告知书",
}

APPLICANT_KINDS = ("person", "enterprise")
MATERIAL_FORM_LABELS = ("原件", "复印件", "原件和复印件")


def _require_text(value: object, label: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise LetterContentError(f"{label}不能为空", "letter_field_empty", letter_field=label)


def _optional_text(value: object, label: str) -> None:
    if value is not None and not isinstance(value, str):
        raise LetterContentError(f"{label}必须是文字", "letter_field_text", letter_field=label)


@dataclass(frozen=True)
class CentreInfo:
    """The issuing centre as printed: name, window, contact and the name under the seal."""

    name: str
    short_name: str
    window: str
    address: str
    phone: str
    seal_text: str
    hours: str = ""  # office hours, e.g. 周一至周五 8:30—12:00、14:30—17:30

    def __post_init__(self) -> None:
        _require_text(self.name, "便民服务中心名称")
        _require_text(self.short_name, "文号中的单位简称")
        _require_text(self.address, "办理地址")
        _require_text(self.phone, "联系电话")
        _require_text(self.seal_text, "落款单位名称")
        _optional_text(self.window, "窗口名称")
        _optional_text(self.hours, "办公时间")

    def sample_details(self) -> list[str]:
        """The contact details an applicant would be misled by: still the forms' samples, or blank.

        The shipped ``forms/centre.toml`` says 某某县某某镇…, 0000-0000000: a letter must
        never send an applicant to that address or phone.
        """
        problems = []
        if "某某" in self.name or "某某" in self.seal_text:
            problems.append("中心名称")
        if "某某" in self.address:
            problems.append("办理地址")
        digits = [c for c in self.phone if c.isdigit()]
        if not digits or set(digits) == {"0"}:
            problems.append("联系电话")
        if not self.hours.strip():
            problems.append("办公时间")
        return problems


@dataclass(frozen=True)
class ApplicantInfo:
    """The addressee. ``id_number`` is the full number: letters are not masked."""

    name: str
    kind: str
    id_number: str
    legal_rep: str | None = None
    phone: str | None = None

    def __post_init__(self) -> None:
        _require_text(self.name, "申请人名称")
        if self.kind not in APPLICANT_KINDS:
            raise LetterContentError(f"申请人类型「{self.kind}」无效，应为 person 或 enterprise",
                                     "letter_applicant_kind", kind=self.kind)
        _require_text(self.id_number, "申请人证件号码")
        _optional_text(self.legal_rep, "法定代表人")
        _optional_text(self.phone, "申请人联系电话")

    @property
    def id_label(self) -> str:
        return "统一社会信用代码" if self.kind == "enterprise" else "公民身份号码"


@dataclass(frozen=True)
class MaterialLine:
    """One material as listed on a letter, with the standard it must meet."""

    code: str
    name: str
    form_label: str
    copies: int
    requirement: str = ""

    def __post_init__(self) -> None:
        _require_text(self.name, "材料名称")
        if self.form_label not in MATERIAL_FORM_LABELS:
            raise LetterContentError(
                f"材料「{self.name}」的形式「{self.form_label}」无效，应为"
                + "、".join(MATERIAL_FORM_LABELS), "letter_material_form", name=self.name, form=self.form_label)
        if isinstance(self.copies, bool) or not isinstance(self.copies, int) or self.copies < 1:
            raise LetterContentError(f"材料「{self.name}」的份数必须是正整数", "letter_copies", name=self.name)
        if self.requirement is not None and not isinstance(self.requirement, str):
            raise LetterContentError(f"材料「{self.name}」的要求必须是文字", "letter_requirement_text", name=self.name)


@dataclass(frozen=True)
class LetterContent:
    kind: LetterKind
    number: str
    case_number: str
    issue_date: dt.date
    centre: CentreInfo
    applicant: ApplicantInfo
    item_code: str
    item_name: str
    item_version: str
    received_date: dt.date
    materials_received: tuple[MaterialLine, ...] = ()
    materials_missing: tuple[MaterialLine, ...] = ()
    supply_deadline: dt.date | None = None
    supply_days: int | None = None
    supply_unit: Unit = Unit.WORKING
    completion_deadline: dt.date | None = None
    promised_days: int | None = None
    deadline_confirmed: bool = True
    reason: str | None = None
    supervisor_reason: str | None = None
    officer_name: str = ""
    legal_basis: str = ""
    reprint: bool = False
    reprint_of: dt.date | None = None
    #: 行政许可法 §32(4): accepted by law from this day (the receipt date), no notice given in time
    deemed_acceptance_date: dt.date | None = None
    #: an extension (行政许可法 §42): the working days added and who approved them
    extension_days: int | None = None
    approver: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.kind, LetterKind):
            raise LetterContentError(f"文书种类无效：{self.kind!r}", "letter_kind_invalid", kind=repr(self.kind))
        for label, value in (("文书编号", self.number), ("办件编号", self.case_number),
                             ("事项名称", self.item_name), ("承办人", self.officer_name),
                             ("法律依据", self.legal_basis)):
            _require_text(value, label)
        if any(ch in self.case_number for ch in "|\r\n"):
            raise LetterContentError("办件编号不能包含竖线或换行", "letter_case_number")
        for label, value in (("出具日期", self.issue_date), ("收件日期", self.received_date)):
            if not isinstance(value, dt.date):
                raise LetterContentError(f"{label}必须是日期", "letter_field_date", letter_field=label)
        if self.received_date > self.issue_date:
            raise LetterContentError("收件日期不能晚于文书出具日期", "letter_received_after")
        object.__setattr__(self, "materials_received", tuple(self.materials_received))
        object.__setattr__(self, "materials_missing", tuple(self.materials_missing))
        if not isinstance(self.supply_unit, Unit):  # read back from a print event as text
            try:
                object.__setattr__(self, "supply_unit", Unit(self.supply_unit))
            except ValueError:
                raise LetterContentError(f"补正期限单位「{self.supply_unit}」无效，应为 working 或 natural",
                                         "letter_unit", unit=str(self.supply_unit)) from None
        if self.supply_deadline is not None and self.supply_deadline < self.issue_date:
            raise LetterContentError("补正期限不能早于文书出具日期", "letter_supply_before")
        if (self.supply_deadline is None) != (self.supply_days is None):
            raise LetterContentError("补正期限的日期和天数必须同时填写", "letter_supply_pair")
        if (self.completion_deadline is None) != (self.promised_days is None):
            raise LetterContentError("承诺办结日期和承诺办结时限必须同时填写", "letter_completion_pair")
        # A 即办件 promises a decision the same day: a completion limit of zero is legitimate.
        for label, days, least in (("补正期限天数", self.supply_days, 1), ("承诺办结时限", self.promised_days, 0)):
            if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < least):
                if least:
                    raise LetterContentError(f"{label}必须是正整数", "letter_days_positive", letter_field=label)
                raise LetterContentError(f"{label}必须是非负整数", "letter_days_not_negative", letter_field=label)
        _optional_text(self.reason, "理由")
        _optional_text(self.supervisor_reason, "负责人说明")
        if self.reprint_of is not None and not self.reprint:
            raise LetterContentError("只有补打的文书才有原打印日期", "letter_reprint_date")
        if self.deemed_acceptance_date is not None:
            if self.kind is not LetterKind.ACCEPTANCE:
                raise LetterContentError("只有受理通知书才写明依法视为受理的日期", "letter_deemed_kind")
            if self.deemed_acceptance_date != self.received_date:
                raise LetterContentError("依法视为受理的日期应为收到申请材料之日", "letter_deemed_date")
        _check_kind_needs(self)


def _check_kind_needs(content: LetterContent) -> None:
    label = content.kind.label
    needs = KIND_NEEDS[content.kind]
    if "missing" in needs and not content.materials_missing:
        raise LetterContentError(f"{label}必须列出至少一项尚缺的材料", "letter_needs_missing", kind=content.kind)
    if "supply" in needs and content.supply_deadline is None:
        raise LetterContentError(f"{label}必须写明补正期限", "letter_needs_supply", kind=content.kind)
    if "completion" in needs and content.completion_deadline is None:
        raise LetterContentError(f"{label}必须写明承诺办结日期", "letter_needs_completion", kind=content.kind)
    if "reason" in needs and not (content.reason or "").strip():
        raise LetterContentError(f"{label}必须写明理由", "letter_needs_reason", kind=content.kind)
    if "extension" in needs and not (content.extension_days and (content.approver or "").strip()):
        raise LetterContentError(f"{label}必须写明延长的天数和批准人", "letter_needs_extension", kind=content.kind)


KIND_NEEDS: dict[LetterKind, frozenset[str]] = {
    LetterKind.ONE_TIME_NOTICE: frozenset({"missing", "supply"}),
    LetterKind.TOLERANT_ACCEPTANCE: frozenset({"missing", "supply", "completion"}),
    LetterKind.COMMITMENT: frozenset({"missing", "supply"}),
    LetterKind.ACCEPTANCE: frozenset({"completion"}),
    LetterKind.REFUSAL: frozenset({"reason"}),
    LetterKind.REMINDER: frozenset({"missing", "supply"}),
    LetterKind.TERMINATION: frozenset({"reason"}),
    LetterKind.EXTENSION_NOTICE: frozenset({"completion", "reason", "extension"}),
}
"""What each kind must state: ``missing`` materials, the ``supply`` deadline, the
``completion`` deadline, a ``reason``, an ``extension`` (days and approver). Content and templates are both checked against it."""


def chinese_date(d: dt.date) -> str:
    """``2026年12月3日``: the form official letters print dates in."""
    return f"{d.year}年{d.month}月{d.day}日"


def document_number(office: str, abbreviation: str, year: int, serial: int, code: str = "") -> str:
    """``某镇便民补字〔2026〕第01-0001号`` from its parts: the station code and serial of the
    case, so letter numbers are unique across stations as case numbers are. A case numbered
    before station codes existed (``code`` empty) keeps the number its letters were printed with."""
    if serial < 1:
        raise LetterContentError("文书序号必须是正整数", "letter_serial")
    return f"{office}{abbreviation}字〔{year}〕第{code + '-' if code else ''}{serial:04d}号"


def period_text(days: int, unit: Unit) -> str:
    """``5个工作日`` or ``30日`` (natural days, as the law writes them)."""
    if days == 0 and unit is Unit.WORKING:
        return "即办（当日办结）"
    return f"{days}个工作日" if unit is Unit.WORKING else f"{days}日"


_UNHASHED = ("reprint", "reprint_of")
#: Added later: left out of the hash and the stored JSON while empty, so that the letters
#: printed before keep their verification codes.
_OMITTED_WHEN_EMPTY = ("deemed_acceptance_date",)


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Mapping):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    return value


def content_hash(content: LetterContent) -> str:
    """SHA-256 (hex) of the content in canonical JSON, reprint flags left out."""
    data = _as_dict(content)
    for key in _UNHASHED:
        data.pop(key)
    text = json.dumps(_canonical(data), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _as_dict(content: LetterContent) -> dict[str, Any]:
    data = dataclasses.asdict(content)
    for key in _OMITTED_WHEN_EMPTY:
        if data[key] is None:
            data.pop(key)
    return data


def content_to_json(content: LetterContent) -> dict[str, Any]:
    """The content as plain JSON, kept in the print event so a reprint says the same."""
    return _canonical(_as_dict(content))


def content_from_json(data: Mapping[str, Any]) -> LetterContent:
    def day(value: Any) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    def lines(rows: Any) -> tuple[MaterialLine, ...]:
        return tuple(MaterialLine(**row) for row in rows or ())

    d = dict(data)
    d["kind"] = LetterKind(d["kind"])
    d["centre"] = CentreInfo(**d["centre"])
    d["applicant"] = ApplicantInfo(**d["applicant"])
    d["materials_received"] = lines(d.get("materials_received"))
    d["materials_missing"] = lines(d.get("materials_missing"))
    for key in ("issue_date", "received_date", "supply_deadline", "completion_deadline", "reprint_of",
                "deemed_acceptance_date"):
        d[key] = day(d.get(key))
    return LetterContent(**d)


def verification_code(content: LetterContent) -> str:
    """Eight base32 characters from the content hash, short enough to read out by phone."""
    return base64.b32encode(bytes.fromhex(content_hash(content))[:5]).decode("ascii")


QR_PREFIX = "AW1"


def qr_payload(content: LetterContent) -> str:
    """``AW1|<case number>|<verification code>``: what the letter's QR code holds."""
    return f"{QR_PREFIX}|{content.case_number}|{verification_code(content)}"


FIELD_NAMES: frozenset[str] = frozenset({
    "number", "case_number", "issue_date",
    "centre_name", "centre_short_name", "window", "centre_address", "centre_phone", "centre_hours", "seal_text",
    "applicant_name", "applicant_id_label", "applicant_id_number", "applicant_legal_rep",
    "applicant_phone",
    "item_code", "item_name", "item_version", "received_date",
    "supply_deadline", "supply_days", "supply_unit", "supply_period",
    "completion_deadline", "promised_days", "promised_period",
    "reason", "supervisor_reason", "officer_name", "legal_basis",
    "missing_count", "received_count", "missing_list",
    "verification_code", "reprint_of", "deemed_acceptance_date", "acceptance_date",
    "extension_days", "extension_period", "approver",
})
"""Every name a template may put between braces."""


def letter_fields(content: LetterContent) -> dict[str, str]:
    """The text of every template field for this letter; absent values are empty strings."""

    def date_or_blank(d: dt.date | None) -> str:
        return chinese_date(d) if d else ""

    centre, applicant = content.centre, content.applicant
    supply_unit = "工作日" if content.supply_unit is Unit.WORKING else "日"
    fields = {
        "number": content.number,
        "case_number": content.case_number,
        "issue_date": chinese_date(content.issue_date),
        "centre_name": centre.name,
        "centre_short_name": centre.short_name,
        "window": centre.window,
        "centre_address": centre.address,
        "centre_phone": centre.phone,
        "centre_hours": centre.hours,
        "seal_text": centre.seal_text,
        "applicant_name": applicant.name,
        "applicant_id_label": applicant.id_label,
        "applicant_id_number": applicant.id_number,
        "applicant_legal_rep": applicant.legal_rep or "",
        "applicant_phone": applicant.phone or "",
        "item_code": content.item_code,
        "item_name": content.item_name,
        "item_version": content.item_version,
        "received_date": chinese_date(content.received_date),
        "supply_deadline": date_or_blank(content.supply_deadline),
        "supply_days": str(content.supply_days) if content.supply_days else "",
        "supply_unit": supply_unit if content.supply_days else "",
        "supply_period": period_text(content.supply_days, content.supply_unit) if content.supply_days else "",
        "completion_deadline": date_or_blank(content.completion_deadline),
        "promised_days": str(content.promised_days) if content.promised_days else "",
        "promised_period": period_text(content.promised_days, Unit.WORKING) if content.promised_days is not None else "",
        "reason": content.reason or "",
        "supervisor_reason": content.supervisor_reason or "",
        "officer_name": content.officer_name,
        "legal_basis": content.legal_basis,
        "missing_count": str(len(content.materials_missing)),
        "received_count": str(len(content.materials_received)),
        "missing_list": "、".join(m.name for m in content.materials_missing),
        "verification_code": verification_code(content),
        "reprint_of": date_or_blank(content.reprint_of),
        "deemed_acceptance_date": date_or_blank(content.deemed_acceptance_date),
        "acceptance_date": chinese_date(content.deemed_acceptance_date or content.issue_date),
        "extension_days": str(content.extension_days) if content.extension_days else "",
        "extension_period": period_text(content.extension_days, Unit.WORKING) if content.extension_days else "",
        "approver": content.approver or "",
    }
    return fields
