"""Service items (政务服务事项) and their materials, and the rules a catalogue must obey.

A catalogue arrives from a file someone edited by hand, so validation never stops at
the first mistake: it reports every problem with where it is (sheet, row, column as the
source file shows them, through a locator the reader supplies) and accepts the
catalogue only when there is none. The rules that make 容缺受理 possible live here:
only a required material can be tolerable, only an item that allows 容缺 may have one,
and the supply period fits inside the promised completion limit.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import text
from app.domain.deadlines import Unit
from app.domain.identifiers import check_phone
from app.domain.labelled import Labelled, fold, register
from app.domain.refusal import Problem, Worded, as_problem

# ------------------------------------------------------------------------- enums


class ItemKind(Labelled):
    LICENCE = "licence"
    CONFIRMATION = "confirmation"
    BENEFIT = "benefit"
    REWARD = "reward"
    FILING = "filing"
    OTHER_POWER = "other_power"
    PUBLIC_SERVICE = "public_service"
    OTHER = "other"


class Level(Labelled):
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"


class MaterialForm(Labelled):
    ORIGINAL = "original"
    COPY = "copy"
    ORIGINAL_AND_COPY = "original_and_copy"


class MaterialSource(Labelled):
    APPLICANT = "applicant"
    GOVERNMENT = "government"


register(ItemKind, {
    "licence": ("行政许可",),
    "confirmation": ("行政确认",),
    "benefit": ("行政给付",),
    "reward": ("行政奖励",),
    "filing": ("行政备案",),
    "other_power": ("其他行政权力",),
    "public_service": ("公共服务",),
    "other": ("其他",),
})
register(Level, {
    "county": ("县级", "县", "县（市、区）级", "县(市、区)级"),
    "township": ("乡镇级", "乡级", "镇级", "乡镇", "乡镇（街道）级", "乡镇(街道)级"),
    "village": ("村级", "村", "村（社区）级", "村(社区)级"),
})
register(MaterialForm, {
    "original": ("原件",),
    "copy": ("复印件",),
    "original_and_copy": ("原件和复印件", "原件及复印件", "原件+复印件"),
})
register(MaterialSource, {
    "applicant": ("申请人自备", "申请人", "自备"),
    "government": ("政府部门核发", "政府部门", "部门核发"),
})


# -------------------------------------------------------------------- the records


@dataclass(frozen=True)
class SpecialStep:
    """A special procedure (公示, 评定, 听证 ...) and whether its time counts in the limit."""

    name: str
    days: int
    unit: Unit
    counted: bool

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "days": self.days, "unit": self.unit.value, "counted": self.counted}


@dataclass(frozen=True)
class Material:
    code: str
    name: str
    form: MaterialForm
    copies: int
    required: bool
    tolerable: bool
    requirement: str
    source: MaterialSource

    @property
    def is_core(self) -> bool:
        """A core material (主要材料) must be present before any acceptance."""
        return self.required and not self.tolerable

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "form": self.form.value,
            "copies": self.copies,
            "required": self.required,
            "tolerable": self.tolerable,
            "requirement": self.requirement,
            "source": self.source.value,
        }


@dataclass(frozen=True)
class ServiceItem:
    code: str
    name: str
    kind: ItemKind
    department: str
    level: Level
    legal_days: int
    promised_days: int
    tolerant_allowed: bool
    default_supply_days: int | None
    supplement_days: int
    supplement_unit: Unit
    fees: str
    result_name: str
    materials: tuple[Material, ...]
    phone: str = ""
    legal_basis: str = ""
    special_steps: tuple[SpecialStep, ...] = ()
    notes: str = ""

    @property
    def is_immediate(self) -> bool:
        """即办件: decided on the spot, no completion clock to speak of."""
        return self.promised_days == 0

    @property
    def core_materials(self) -> tuple[Material, ...]:
        return tuple(m for m in self.materials if m.is_core)

    @property
    def tolerable_materials(self) -> tuple[Material, ...]:
        return tuple(m for m in self.materials if m.tolerable)

    def material(self, code: str) -> Material:
        for candidate in self.materials:
            if candidate.code == code:
                return candidate
        raise KeyError(f"事项“{self.name}”没有编码为“{code}”的材料")

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind.value,
            "department": self.department,
            "level": self.level.value,
            "legal_days": self.legal_days,
            "promised_days": self.promised_days,
            "tolerant_allowed": self.tolerant_allowed,
            "default_supply_days": self.default_supply_days,
            "supplement_days": self.supplement_days,
            "supplement_unit": self.supplement_unit.value,
            "fees": self.fees,
            "phone": self.phone,
            "legal_basis": self.legal_basis,
            "result_name": self.result_name,
            "special_steps": [step.to_dict() for step in self.special_steps],
            "notes": self.notes,
            "materials": [material.to_dict() for material in self.materials],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ServiceItem":
        """Build an item from its dictionary form; invalid content raises CatalogueError."""
        items, problems = validate_catalogue([dict(data)])
        if problems:
            raise CatalogueError(problems)
        return items[0]

    def content_hash(self) -> str:
        """Equal for equal content; any edit that matters to a case changes it."""
        canonical = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# ------------------------------------------------------------ problems and places

ITEM_FIELD_LABELS: dict[str, str] = {
    "code": "事项编码",
    "name": "事项名称",
    "kind": "事项类型",
    "department": "实施主体",
    "level": "行使层级",
    "legal_days": "法定办结时限（工作日）",
    "promised_days": "承诺办结时限（工作日）",
    "tolerant_allowed": "可容缺受理",
    "default_supply_days": "容缺补正期限（工作日）",
    "supplement_days": "补正期限",
    "supplement_unit": "补正期限单位",
    "fees": "收费标准",
    "phone": "咨询电话",
    "legal_basis": "设定依据",
    "result_name": "办理结果名称",
    "notes": "备注",
    "materials": "申请材料",
    "special_steps": "特别程序",
}
MATERIAL_FIELD_LABELS: dict[str, str] = {
    "code": "材料编码",
    "name": "材料名称",
    "form": "材料形式",
    "copies": "份数",
    "required": "是否必要",
    "tolerable": "可容缺",
    "requirement": "材料要求",
    "source": "材料来源",
}
STEP_FIELD_LABELS: dict[str, str] = {
    "name": "程序名称",
    "days": "时长",
    "unit": "时长单位",
    "counted": "计入办理时限",
}
PART_LABELS = {"materials": MATERIAL_FIELD_LABELS, "special_steps": STEP_FIELD_LABELS}


@dataclass(frozen=True)
class FieldRef:
    """Which value a problem is about: item ``item``, or its ``part`` entry ``index``."""

    item: int
    field: str
    part: str | None = None
    index: int | None = None

    @property
    def label(self) -> str:
        labels = PART_LABELS.get(self.part or "", ITEM_FIELD_LABELS)
        return labels.get(self.field, self.field)


@dataclass(frozen=True)
class Location:
    sheet: str
    row: int | None
    column: str
    place: str


SourceLocator = Callable[[FieldRef], Location]


def json_locator(ref: FieldRef) -> Location:
    """Places in the JSON form: the position of the item and of its material or step."""
    place = f"第{ref.item + 1}个事项"
    column = ref.field
    if ref.part is not None and ref.index is not None:
        noun = "材料" if ref.part == "materials" else "特别程序"
        place += f"的第{ref.index + 1}项{noun}"
        column = f"{ref.part}[{ref.index}].{ref.field}"
    if ref.field:
        label = ref.label
        place += f"“{label}”（{ref.field}）" if label != ref.field else f"“{ref.field}”"
    return Location(sheet="items", row=ref.item + 1, column=column, place=place)


@dataclass(frozen=True)
class CatalogueProblem:
    sheet: str
    row: int | None
    column: str
    message: str
    place: str = ""

    def describe(self) -> str:
        where = self.place
        if not where:
            parts = [f"工作表“{self.sheet}”" if self.sheet else ""]
            if self.row is not None:
                parts.append(f"第{self.row}行")
            if self.column:
                parts.append(f"“{self.column}”列")
            where = "".join(parts)
        return f"{where}：{self.message}" if where else self.message

    def __str__(self) -> str:
        return self.describe()

    # A window in another language words the problem from these, keeping the file's own
    # sheet, row and column names (see app.ui.refusal_words).
    @property
    def reason(self) -> str:
        return self.describe()

    @property
    def code(self) -> str:
        return "catalogue_problem" if getattr(self.message, "code", "") else ""

    @property
    def params(self) -> dict[str, Any]:
        return {"place": (self.sheet, self.row, self.column), "problem": self.message}


class CatalogueError(ValueError):
    """Raised where a single item must be valid; carries every problem found."""

    def __init__(self, problems: Iterable[CatalogueProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("；".join(p.describe() for p in self.problems))


# --------------------------------------------------------------- value parsing

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")
_TRUE = {"true", "yes", "y", "1", "是", "√", "允许", "可以", "可", "必要"}
_FALSE = {"false", "no", "n", "0", "否", "×", "不允许", "不可以", "不可", "非必要", "不必要"}

_ITEM_FIELDS = set(ITEM_FIELD_LABELS)
_MATERIAL_FIELDS = set(MATERIAL_FIELD_LABELS)
_STEP_FIELDS = set(STEP_FIELD_LABELS)


class _Invalid(Worded):
    """Why one field's value cannot be used, with its code for a window in another language."""


#: The longest time limit an item may state, in working or natural days: a year and more
#: is no promise a window can keep, and would run past the calendar's range.
MAX_DAYS = 365
#: Paper copies of one material.
MAX_COPIES = 20


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def _text(value: object, label: str, *, required: bool, limit: int = text.LIMITS["short"]) -> str:
    result = _plain_text(value, label, required=required)
    why = text.refusal(result, label, limit, multiline=limit > text.LIMITS["short"])
    if why is not None:
        raise _Invalid(str(why), why.code, **why.params)
    return result


def _plain_text(value: object, label: str, *, required: bool) -> str:
    if _blank(value):
        if required:
            raise _Invalid(f"请填写“{label}”", "field_empty", field_label=label)
        return ""
    if isinstance(value, bool):
        raise _Invalid(f"“{label}”应为文字，现为“{_shown(value)}”", "field_not_text", field_label=label, value=_shown(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, str)):
        return str(value).strip()
    raise _Invalid(f"“{label}”应为文字，现为“{_shown(value)}”", "field_not_text", field_label=label, value=_shown(value))


def _code(value: object, label: str) -> str:
    code = _text(value, label, required=True)
    if not _CODE.fullmatch(code):
        raise _Invalid(f"“{label}”只能由字母、数字和“-”“_”“.”组成，最长64位，现为“{code}”", "field_code",
                      field_label=label, value=code)
    return code


def _int(value: object, label: str, *, minimum: int, maximum: int = MAX_DAYS) -> int:
    if _blank(value):
        raise _Invalid(f"请填写“{label}”", "field_empty", field_label=label)
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        folded = fold(value)
        if re.fullmatch(r"[+-]?\d+", folded):
            number = int(folded)
    if number is None:
        raise _Invalid(f"“{label}”应为整数，现为“{_shown(value)}”", "field_not_integer", field_label=label, value=_shown(value))
    if number < minimum:
        raise _Invalid(f"“{label}”不能小于{minimum}，现为{number}", "field_below", field_label=label, limit=minimum,
                      value=number)
    if number > maximum:
        raise _Invalid(f"“{label}”不能大于{maximum}，现为{number}", "field_above", field_label=label, limit=maximum,
                      value=number)
    return number


def _bool(value: object, label: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        folded = fold(value)
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False
    if _blank(value):
        raise _Invalid(f"请填写“{label}”（是/否）", "field_empty_yes_no", field_label=label)
    raise _Invalid(f"“{label}”应为“是”或“否”，现为“{_shown(value)}”", "field_not_yes_no", field_label=label,
                  value=_shown(value))


def _choice(enum: type[Labelled], value: object, label: str) -> Any:
    if _blank(value):
        raise _Invalid(f"请填写“{label}”（{'/'.join(enum.labels())}）", "field_empty_choice", field_label=label,
                      choices=tuple(enum.labels()))
    member = enum.parse(value)
    if member is None:
        raise _Invalid(f"“{label}”应为{'、'.join(enum.labels())}之一，现为“{_shown(value)}”", "field_not_choice",
                      field_label=label, choices=tuple(enum.labels()), value=_shown(value))
    return member


# ------------------------------------------------------------------- validation


class _Collector:
    def __init__(self, locator: SourceLocator) -> None:
        self.locator = locator
        self.problems: list[CatalogueProblem] = []

    def add(self, ref: FieldRef, message: str, code: str = "", /, **params: Any) -> None:
        where = self.locator(ref)
        self.problems.append(
            CatalogueProblem(sheet=where.sheet, row=where.row, column=where.column,
                             message=Problem(str(message), code or getattr(message, "code", ""),
                                             **(params or getattr(message, "params", {}))),
                             place=where.place)
        )

    def read(self, ref: FieldRef, parse: Callable[[], Any]) -> Any:
        """The parsed value, or None after recording why it could not be parsed."""
        try:
            return parse()
        except _Invalid as refusal:
            self.add(ref, as_problem(refusal))
            return None


def validate_catalogue(
    raw_items: list[dict[str, Any]], *, source_locator: SourceLocator = json_locator
) -> tuple[tuple[ServiceItem, ...], tuple[CatalogueProblem, ...]]:
    """Every item if the whole catalogue is valid, else no item and every problem."""
    out = _Collector(source_locator)
    items: list[ServiceItem] = []
    first_row_of_code: dict[str, int] = {}
    for index, raw in enumerate(raw_items):
        if not isinstance(raw, Mapping):
            out.add(FieldRef(index, ""), "每个事项应为一个对象（键值对）", "item_not_object")
            continue
        before = len(out.problems)
        item = _validate_item(index, raw, out)
        code = raw.get("code")
        if isinstance(code, (str, int)) and not _blank(code):
            key = str(code).strip()
            if key in first_row_of_code:
                out.add(FieldRef(index, "code"), f"事项编码“{key}”重复（与第{first_row_of_code[key] + 1}个事项相同）",
                        "item_code_twice", code=key, first=first_row_of_code[key] + 1)
            else:
                first_row_of_code[key] = index
        if item is not None and len(out.problems) == before:
            items.append(item)
    if out.problems:
        return (), tuple(out.problems)
    return tuple(items), ()


def _validate_item(index: int, raw: Mapping[str, Any], out: _Collector) -> ServiceItem | None:
    def ref(name: str) -> FieldRef:
        return FieldRef(index, name)

    def label(name: str) -> str:
        return ITEM_FIELD_LABELS[name]

    for key in raw:
        if key not in _ITEM_FIELDS:
            out.add(ref(str(key)), f"未知字段“{key}”", "unknown_field", field=str(key))

    code = out.read(ref("code"), lambda: _code(raw.get("code"), label("code")))
    name = out.read(ref("name"), lambda: _text(raw.get("name"), label("name"), required=True,
                                              limit=text.LIMITS["item_name"]))
    kind = out.read(ref("kind"), lambda: _choice(ItemKind, raw.get("kind"), label("kind")))
    department = out.read(ref("department"), lambda: _text(raw.get("department"), label("department"), required=True))
    level = out.read(ref("level"), lambda: _choice(Level, raw.get("level"), label("level")))
    legal = out.read(ref("legal_days"), lambda: _int(raw.get("legal_days"), label("legal_days"), minimum=0))
    promised = out.read(ref("promised_days"), lambda: _int(raw.get("promised_days"), label("promised_days"), minimum=0))
    tolerant = out.read(ref("tolerant_allowed"), lambda: _bool(raw.get("tolerant_allowed"), label("tolerant_allowed")))
    supplement_days = out.read(
        ref("supplement_days"), lambda: _int(raw.get("supplement_days"), label("supplement_days"), minimum=1)
    )
    supplement_unit = out.read(
        ref("supplement_unit"), lambda: _choice(Unit, raw.get("supplement_unit"), label("supplement_unit"))
    )
    fees = out.read(ref("fees"), lambda: _text(raw.get("fees"), label("fees"), required=True,
                                              limit=text.LIMITS["item_text"]))
    result_name = out.read(ref("result_name"), lambda: _text(raw.get("result_name"), label("result_name"), required=True))
    legal_basis = out.read(ref("legal_basis"), lambda: _text(raw.get("legal_basis"), label("legal_basis"),
                                                             required=False, limit=text.LIMITS["item_text"]))
    notes = out.read(ref("notes"), lambda: _text(raw.get("notes"), label("notes"), required=False,
                                                 limit=text.LIMITS["item_text"]))
    phone = out.read(ref("phone"), lambda: _phone(raw.get("phone")))

    if legal is not None and promised is not None and promised > legal:
        out.add(ref("promised_days"), f"承诺办结时限（{promised}个工作日）不能超过法定办结时限（{legal}个工作日）",
                "promised_over_legal", promised=promised, legal=legal)

    supply = _validate_supply_days(index, raw.get("default_supply_days"), tolerant, promised, out)
    steps = _validate_steps(index, raw.get("special_steps"), out)
    materials = _validate_materials(index, raw.get("materials"), tolerant, out)

    values = (code, name, kind, department, level, legal, promised, tolerant, supplement_days, supplement_unit,
              fees, result_name, legal_basis, notes, phone, steps, materials)
    if any(value is None for value in values):
        return None
    return ServiceItem(
        code=code,
        name=name,
        kind=kind,
        department=department,
        level=level,
        legal_days=legal,
        promised_days=promised,
        tolerant_allowed=tolerant,
        default_supply_days=supply,
        supplement_days=supplement_days,
        supplement_unit=supplement_unit,
        fees=fees,
        result_name=result_name,
        materials=materials,
        phone=phone,
        legal_basis=legal_basis,
        special_steps=steps,
        notes=notes,
    )


def _phone(value: object) -> str:
    text = _text(value, ITEM_FIELD_LABELS["phone"], required=False)
    if not text:
        return ""
    check = check_phone(text)
    if not check.ok:
        raise _Invalid(f"咨询电话“{text}”不正确：{check.error}", "enquiry_phone", phone=text, check=check)
    return check.value


def _validate_supply_days(
    index: int, value: object, tolerant: bool | None, promised: int | None, out: _Collector
) -> int | None:
    ref = FieldRef(index, "default_supply_days")
    label = ITEM_FIELD_LABELS["default_supply_days"]
    if tolerant is False:
        if _blank(value):
            return None
        try:
            if _int(value, label, minimum=0) == 0:
                return None
        except _Invalid:
            pass
        out.add(ref, "不允许容缺受理的事项不应填写容缺补正期限", "supply_days_not_tolerant")
        return None
    days = out.read(ref, lambda: _int(value, label, minimum=1))
    if days is None or tolerant is None or promised is None:
        return days
    if promised == 0:
        out.add(FieldRef(index, "tolerant_allowed"), "即办件（承诺办结时限为0）不能容缺受理", "instant_not_tolerant")
    elif days > promised:
        out.add(ref, f"容缺补正期限（{days}个工作日）不能超过承诺办结时限（{promised}个工作日）", "supply_over_promised",
                days=days, promised=promised)
    return days


def _validate_steps(index: int, value: object, out: _Collector) -> tuple[SpecialStep, ...] | None:
    if _blank(value):
        return ()
    if not isinstance(value, list):
        out.add(FieldRef(index, "special_steps"), "“特别程序”应为列表", "steps_not_list")
        return None
    steps: list[SpecialStep] = []
    ok = True
    for position, raw in enumerate(value):
        def ref(name: str, position: int = position) -> FieldRef:
            return FieldRef(index, name, "special_steps", position)

        if not isinstance(raw, Mapping):
            out.add(ref(""), "每项特别程序应为一个对象（键值对）", "step_not_object")
            ok = False
            continue
        for key in raw:
            if key not in _STEP_FIELDS:
                out.add(ref(str(key)), f"未知字段“{key}”", "unknown_field", field=str(key))
                ok = False
        name = out.read(ref("name"), lambda: _text(raw.get("name"), STEP_FIELD_LABELS["name"], required=True))
        days = out.read(ref("days"), lambda: _int(raw.get("days"), STEP_FIELD_LABELS["days"], minimum=1))
        unit = out.read(ref("unit"), lambda: _choice(Unit, raw.get("unit"), STEP_FIELD_LABELS["unit"]))
        counted = out.read(ref("counted"), lambda: _bool(raw.get("counted"), STEP_FIELD_LABELS["counted"]))
        if None in (name, days, unit, counted):
            ok = False
            continue
        steps.append(SpecialStep(name=name, days=days, unit=unit, counted=counted))
    return tuple(steps) if ok else None


def _validate_materials(
    index: int, value: object, tolerant: bool | None, out: _Collector
) -> tuple[Material, ...] | None:
    if _blank(value) or value == []:
        out.add(FieldRef(index, "materials"), "事项至少应有一项申请材料", "no_materials")
        return None
    if not isinstance(value, list):
        out.add(FieldRef(index, "materials"), "“申请材料”应为列表", "materials_not_list")
        return None
    materials: list[Material] = []
    seen: dict[str, int] = {}
    ok = True
    for position, raw in enumerate(value):
        def ref(name: str, position: int = position) -> FieldRef:
            return FieldRef(index, name, "materials", position)

        def label(name: str) -> str:
            return MATERIAL_FIELD_LABELS[name]

        if not isinstance(raw, Mapping):
            out.add(ref(""), "每项材料应为一个对象（键值对）", "material_not_object")
            ok = False
            continue
        before = len(out.problems)
        for key in raw:
            if key not in _MATERIAL_FIELDS:
                out.add(ref(str(key)), f"未知字段“{key}”", "unknown_field", field=str(key))
        code = out.read(ref("code"), lambda: _code(raw.get("code"), label("code")))
        name = out.read(ref("name"), lambda: _text(raw.get("name"), label("name"), required=True,
                                                  limit=text.LIMITS["item_name"]))
        form = out.read(ref("form"), lambda: _choice(MaterialForm, raw.get("form"), label("form")))
        copies = out.read(ref("copies"), lambda: _int(raw.get("copies"), label("copies"), minimum=1,
                                                      maximum=MAX_COPIES))
        required = out.read(ref("required"), lambda: _bool(raw.get("required"), label("required")))
        tolerable = out.read(ref("tolerable"), lambda: _bool(raw.get("tolerable"), label("tolerable")))
        requirement = out.read(
            ref("requirement"), lambda: _text(raw.get("requirement"), label("requirement"), required=False,
                                              limit=text.LIMITS["item_text"])
        )
        source = out.read(ref("source"), lambda: _choice(MaterialSource, raw.get("source"), label("source")))

        if code is not None:
            if code in seen:
                out.add(ref("code"), f"材料编码“{code}”在本事项中重复（与第{seen[code] + 1}项材料相同）",
                        "material_code_twice", code=code, first=seen[code] + 1)
            else:
                seen[code] = position
        if tolerable and required is False:
            out.add(ref("tolerable"), "非必要材料不需要容缺，只有必要材料可以设为可容缺", "optional_tolerable")
        if tolerable and tolerant is False:
            out.add(ref("tolerable"), "本事项不允许容缺受理，材料不能设为可容缺", "tolerable_not_allowed")
        if len(out.problems) != before:
            ok = False
            continue
        materials.append(
            Material(
                code=code,
                name=name,
                form=form,
                copies=copies,
                required=required,
                tolerable=tolerable,
                requirement=requirement,
                source=source,
            )
        )
    if ok and tolerant and not any(m.tolerable for m in materials):
        out.add(FieldRef(index, "tolerant_allowed"), "允许容缺受理的事项至少应有一项可容缺材料", "tolerant_without_tolerable")
    return tuple(materials) if ok else None
