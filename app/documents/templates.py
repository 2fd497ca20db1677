"""Letter templates (文书模板) in ``forms/``: loading and checking them.

Each letter kind has one TOML file holding its title, the kind abbreviation of its
document number and an ordered list of blocks whose text names fields in braces
(``{applicant_name}``). ``forms/centre.toml`` holds the centre's name, address, phone,
the name under the seal, the default stub choice, shared wording and page layout.
Centre staff edit these files by hand, so a file is checked completely before use and
every mistake is reported in Chinese with the file and the field it concerns; a file
with any mistake is refused as a whole.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.letters import FIELD_NAMES, KIND_NEEDS, CentreInfo, LetterContentError, LetterKind
from app.paths import forms_dir

CENTRE_FILE = "centre.toml"


class TemplateError(ValueError):
    """A template or the centre file is unusable; ``problems`` lists every reason."""

    def __init__(self, path: Path, problems: Iterable[str]) -> None:
        self.path = path
        self.problems = list(problems)
        super().__init__(f"文书模板 {path} 不能使用：\n" + "\n".join(self.problems))


class StubPlacement(StrEnum):
    """Whether the filed copy (存根联) is printed, and where."""

    NONE = "none"
    SAME_SHEET = "same-sheet"
    SECOND_PAGE = "second-page"

    @classmethod
    def parse(cls, text: object) -> "StubPlacement | None":
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            return None
        key = text.strip().lower().replace("_", "-")
        aliases = {"不打印": cls.NONE, "无": cls.NONE, "同页": cls.SAME_SHEET, "另页": cls.SECOND_PAGE}
        if key in aliases:
            return aliases[key]
        try:
            return cls(key)
        except ValueError:
            return None


STUB_CHOICES = "none（不打印）、same-sheet（同页，裁剪线下方）、second-page（另页）"

# ------------------------------------------------------------------------ placeholders


def fields_in(text: str) -> list[str]:
    """The field names ``text`` refers to; raises ValueError on malformed braces."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise ValueError("花括号不成对") from None
    names = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion:
            raise ValueError(f"字段 {{{name}}} 里不能有冒号或感叹号")
        names.append(name)
    return names


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every ``{field}`` replaced; ``{{`` and ``}}`` print single braces."""
    out = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            out.append(values[name])
    return "".join(out)


# ---------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Entry:
    """A line of text shown only when its ``when`` field is filled and ``unless`` is empty."""

    text: str
    when: str | None = None
    unless: str | None = None

    def shown(self, values: Mapping[str, str]) -> bool:
        if self.when and not values[self.when].strip():
            return False
        return not (self.unless and values[self.unless].strip())


DEFAULT_COLUMNS = ("序号", "材料名称", "材料形式", "份数", "要求说明")


@dataclass(frozen=True)
class Block:
    type: str
    when: str | None = None
    unless: str | None = None
    text: str = ""
    indent: bool = True
    rows: tuple[tuple[str, str], ...] = ()
    which: str = ""
    heading: str = ""
    empty_text: str | None = None
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    items: tuple[Entry, ...] = ()
    numbered: bool = True
    issuer: str = "{seal_text}"
    date: str = "{issue_date}"

    def shown(self, values: Mapping[str, str]) -> bool:
        return Entry("", self.when, self.unless).shown(values)


@dataclass(frozen=True)
class PageLayout:
    """A4 page margins (mm) and type sizes (pt): 14 pt is 四号, 12 pt 小四, 18 pt 小二, 22 pt 二号."""

    margin_top: float = 25.0
    margin_bottom: float = 20.0
    margin_left: float = 26.0
    margin_right: float = 24.0
    title_size: float = 20.0
    heading_size: float = 15.0
    body_size: float = 13.0
    table_size: float = 11.0
    line_spacing: float = 1.6


@dataclass(frozen=True)
class Wording:
    """Text shared by every kind; a template may override ``unconfirmed_note``."""

    reprint_mark: str = "补打"
    reprint_note: str = "本件为补打件，原件打印日期：{reprint_of}"
    unconfirmed_note: str = ""
    stub_heading: str = "存根联"
    cut_line: str = "沿此线剪开"
    stub_receipt: str = ""
    qr_caption: str = "验证码：{verification_code}"


@dataclass(frozen=True)
class CentreDefaults:
    """What ``forms/centre.toml`` says; the program's settings may override the centre."""

    centre: CentreInfo
    stub: StubPlacement
    wording: Wording
    layout: PageLayout
    source: Path

    def centre_info(self, overrides: Mapping[str, str | None] | None = None) -> CentreInfo:
        """The centre as printed: these defaults with each non-empty override applied."""
        known = {f.name for f in fields(CentreInfo)}
        changes: dict[str, str] = {}
        for key, value in (overrides or {}).items():
            if key not in known:
                raise ValueError(f"未知的便民服务中心设置项「{key}」")
            if value is not None and str(value).strip():
                changes[key] = str(value).strip()
        return replace(self.centre, **changes)


@dataclass(frozen=True)
class LetterTemplate:
    """One kind's checked template, with the centre's shared wording and page layout."""

    kind: LetterKind
    title: str
    heading: str
    number_abbreviation: str
    blocks: tuple[Block, ...]
    stub_placement: StubPlacement
    stub_lines: tuple[Entry, ...]
    unconfirmed_note: str
    wording: Wording
    layout: PageLayout
    source: Path


# --------------------------------------------------------------------------- reading


def _at(where: str) -> str:
    """``where`` ready to be followed by Chinese: a space after a Latin key name."""
    return where + " " if where[-1:].isascii() and where[-1:].isalnum() else where


class _Checker:
    """Collects every problem of one file, each prefixed with the file name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def problem(self, text: str) -> None:
        self.problems.append(f"{self.path.name}：{text}")

    def raise_if_any(self) -> None:
        if self.problems:
            raise TemplateError(self.path, self.problems)

    def text(self, value: object, where: str, *, required: bool = True) -> str:
        if value is None:
            if required:
                self.problem(f"{_at(where)}缺少文字")
            return ""
        if not isinstance(value, str):
            self.problem(f"{_at(where)}应为文字（用英文双引号括起来）")
            return ""
        if required and not value.strip():
            self.problem(f"{_at(where)}不能为空")
        try:
            for name in fields_in(value):
                if name not in FIELD_NAMES:
                    self.problem(f"{_at(where)}使用了未知字段 {{{name}}}（可用字段见 forms/README.md）")
        except ValueError as exc:
            self.problem(f"{_at(where)}的花括号有误：{exc}（要印出花括号本身，请写成 {{{{ 或 }}}}）")
        return value

    def field_name(self, value: object, where: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or value not in FIELD_NAMES:
            self.problem(f"{_at(where)}的条件字段「{value}」不是已知字段")
            return None
        return value

    def keys(self, table: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
        allowed = set(allowed)
        for key in table:
            if key not in allowed:
                self.problem(f"{_at(where)}有未知的设置项「{key}」（可用：{'、'.join(sorted(allowed))}）")

    def boolean(self, value: object, where: str, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(f"{_at(where)}应为 true 或 false")
            return default
        return value

    def entries(self, value: object, where: str) -> tuple[Entry, ...]:
        if not isinstance(value, list):
            self.problem(f"{_at(where)}应为文字列表")
            return ()
        out = []
        for n, raw in enumerate(value, 1):
            label = f"{where}第{n}项"
            if isinstance(raw, str):
                out.append(Entry(self.text(raw, label)))
            elif isinstance(raw, dict):
                self.keys(raw, ("text", "when", "unless"), label)
                out.append(Entry(self.text(raw.get("text"), label), self.field_name(raw.get("when"), label),
                                 self.field_name(raw.get("unless"), label)))
            else:
                self.problem(f"{label}应为文字")
        return tuple(out)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError(path, [f"{path.name}：找不到文件"]) from None
    except OSError as exc:
        raise TemplateError(path, [f"{path.name}：无法读取（{exc.strerror}）"]) from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TemplateError(path, [f"{path.name}：文件不是 UTF-8 编码，请用 UTF-8 保存"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(path, [f"{path.name}：不是有效的 TOML 格式（{exc}）"]) from None


_CENTRE_KEYS = tuple(f.name for f in fields(CentreInfo))
_CENTRE_LABELS = {
    "name": "中心名称 name", "short_name": "文号单位简称 short_name", "window": "窗口 window",
    "address": "地址 address", "phone": "电话 phone", "seal_text": "落款单位 seal_text", "hours": "办公时间 hours",
}
_LAYOUT_LIMITS = {
    "margin_top": (10, 50), "margin_bottom": (10, 50), "margin_left": (10, 50), "margin_right": (10, 50),
    "title_size": (12, 30), "heading_size": (10, 26), "body_size": (9, 18), "table_size": (8, 16),
    "line_spacing": (1.0, 2.5),
}


def load_centre_defaults(folder: Path | None = None) -> CentreDefaults:
    """Read and check ``centre.toml`` in ``folder`` (default: the shipped ``forms/``)."""
    path = (folder or forms_dir()) / CENTRE_FILE
    data = _read_toml(path)
    check = _Checker(path)
    check.keys(data, ("centre", "print", "wording", "page"), "文件")

    centre_raw = data.get("centre")
    centre: CentreInfo | None = None
    if not isinstance(centre_raw, dict):
        check.problem("缺少 [centre] 部分（中心名称、地址、电话等）")
    else:
        check.keys(centre_raw, _CENTRE_KEYS, "[centre]")
        values = {}
        for key in _CENTRE_KEYS:
            value = centre_raw.get(key, "" if key == "hours" else None)  # hours came later: optional
            if not isinstance(value, str):
                check.problem(f"[centre] 缺少{_CENTRE_LABELS[key]}，或它不是文字")
                value = ""
            values[key] = value.strip()
        if not check.problems:
            try:
                centre = CentreInfo(**values)
            except LetterContentError as exc:
                check.problem(f"[centre] {exc}")

    print_raw = data.get("print", {})
    stub = StubPlacement.SAME_SHEET
    if not isinstance(print_raw, dict):
        check.problem("[print] 应为一个部分")
    else:
        check.keys(print_raw, ("stub",), "[print]")
        if "stub" in print_raw:
            parsed = StubPlacement.parse(print_raw["stub"])
            if parsed is None:
                check.problem(f"[print] stub 的值「{print_raw['stub']}」无效，可选：{STUB_CHOICES}")
            else:
                stub = parsed

    wording_raw = data.get("wording", {})
    wording = Wording()
    if not isinstance(wording_raw, dict):
        check.problem("[wording] 应为一个部分")
    else:
        known = {f.name for f in fields(Wording)}
        check.keys(wording_raw, known, "[wording]")
        values = {key: check.text(value, f"[wording] {key}", required=key != "stub_receipt")
                  for key, value in wording_raw.items() if key in known}
        wording = replace(wording, **values)
        if not wording.unconfirmed_note.strip():
            check.problem("[wording] 缺少 unconfirmed_note（节假日安排未公布时印在期限下方的说明）")

    layout = _read_layout(data.get("page", {}), check)
    check.raise_if_any()
    assert centre is not None
    return CentreDefaults(centre=centre, stub=stub, wording=wording, layout=layout, source=path)


def _read_layout(raw: object, check: _Checker) -> PageLayout:
    if not isinstance(raw, dict):
        check.problem("[page] 应为一个部分")
        return PageLayout()
    check.keys(raw, _LAYOUT_LIMITS, "[page]")
    values = {}
    for key, (low, high) in _LAYOUT_LIMITS.items():
        if key not in raw:
            continue
        value = raw[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            check.problem(f"[page] {key} 应为 {low} 到 {high} 之间的数")
            continue
        values[key] = float(value)
    return replace(PageLayout(), **values)


_BLOCK_KEYS: dict[str, tuple[set[str], set[str]]] = {
    # type: (required keys, optional keys)
    "addressee": ({"text"}, set()),
    "paragraph": ({"text"}, {"indent"}),
    "deadline": ({"text"}, set()),
    "facts": ({"rows"}, set()),
    "materials": ({"which", "heading"}, {"empty_text", "columns"}),
    "notes": ({"items"}, {"heading", "numbered"}),
    "applicant_signature": ({"lines"}, set()),
    "signature": ({"lines"}, {"issuer", "date"}),
    "receipt": ({"text"}, set()),
}
_BLOCK_LABELS = {
    "addressee": "称谓", "paragraph": "段落", "deadline": "期限段", "facts": "基本信息表",
    "materials": "材料清单", "notes": "注意事项", "applicant_signature": "申请人签名栏",
    "signature": "落款（承办人、盖章、日期、二维码）", "receipt": "签收栏",
}


def _read_block(n: int, raw: object, check: _Checker) -> Block | None:
    where = f"第{n}个内容块"
    if not isinstance(raw, dict):
        check.problem(f"{where}应写成 [[blocks]] 表")
        return None
    kind = raw.get("type")
    if kind not in _BLOCK_KEYS:
        check.problem(f"{where}的类型「{kind}」未知（可用：{'、'.join(_BLOCK_KEYS)}）")
        return None
    where = f"第{n}个内容块（{kind}）"
    required, optional = _BLOCK_KEYS[kind]
    check.keys(raw, required | optional | {"type", "when", "unless"}, where)
    for key in sorted(required - raw.keys()):
        check.problem(f"{where}缺少必需的设置项「{key}」")
    values: dict[str, Any] = {
        "type": kind,
        "when": check.field_name(raw.get("when"), where),
        "unless": check.field_name(raw.get("unless"), where),
    }
    if "text" in raw:
        values["text"] = check.text(raw["text"], f"{where}的 text")
    if "indent" in raw:
        values["indent"] = check.boolean(raw["indent"], f"{where}的 indent", True)
    if "heading" in raw:
        values["heading"] = check.text(raw["heading"], f"{where}的 heading", required=False)
    if "numbered" in raw:
        values["numbered"] = check.boolean(raw["numbered"], f"{where}的 numbered", True)
    if "issuer" in raw:
        values["issuer"] = check.text(raw["issuer"], f"{where}的 issuer")
    if "date" in raw:
        values["date"] = check.text(raw["date"], f"{where}的 date")
    if "items" in raw:
        values["items"] = check.entries(raw["items"], f"{where}的 items")
    if "lines" in raw:
        values["items"] = check.entries(raw["lines"], f"{where}的 lines")
    if "empty_text" in raw:
        values["empty_text"] = check.text(raw["empty_text"], f"{where}的 empty_text")
    if "which" in raw:
        if raw["which"] not in ("missing", "received"):
            check.problem(f"{where}的 which 应为 missing（尚缺材料）或 received（已收材料）")
        else:
            values["which"] = raw["which"]
    if "columns" in raw:
        columns = raw["columns"]
        if (not isinstance(columns, list) or len(columns) != len(DEFAULT_COLUMNS)
                or not all(isinstance(c, str) and c.strip() for c in columns)):
            check.problem(f"{where}的 columns 应为 {len(DEFAULT_COLUMNS)} 个列名："
                          + "、".join(DEFAULT_COLUMNS))
        else:
            values["columns"] = tuple(columns)
    if "rows" in raw:
        values["rows"] = _read_rows(raw["rows"], where, check)
    return Block(**values)


def _read_rows(raw: object, where: str, check: _Checker) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list) or not raw:
        check.problem(f"{where}的 rows 应为 [\"项目\", \"内容\"] 的列表")
        return ()
    rows = []
    for n, row in enumerate(raw, 1):
        if not (isinstance(row, list) and len(row) == 2):
            check.problem(f"{where}的 rows 第{n}行应为 [\"项目\", \"内容\"]")
            continue
        rows.append((check.text(row[0], f"{where}的 rows 第{n}行"), check.text(row[1], f"{where}的 rows 第{n}行")))
    return tuple(rows)


def _block_fields(block: Block) -> set[str]:
    texts = [block.text, block.heading, block.issuer, block.date, block.empty_text or ""]
    texts += [entry.text for entry in block.items]
    texts += [cell for row in block.rows for cell in row]
    names: set[str] = set()
    for text in texts:
        try:
            names.update(fields_in(text))
        except ValueError:
            pass
    return names


_FIELD_LABELS = {
    "applicant_name": "申请人名称", "item_name": "事项名称", "received_date": "收件日期",
    "supply_deadline": "补正期限", "completion_deadline": "承诺办结日期", "reason": "理由",
    "supervisor_reason": "负责人同意增列材料的说明", "extension_period": "延长的期限", "approver": "批准人",
}


def _check_requirements(kind: LetterKind, blocks: list[Block], check: _Checker) -> None:
    """What every template of ``kind`` must contain, from the same table the content obeys."""
    needs = KIND_NEEDS[kind]
    used = set().union(*(_block_fields(b) for b in blocks)) if blocks else set()
    required_fields = {"applicant_name", "item_name"}
    required_fields |= {name for need, name in (("supply", "supply_deadline"), ("completion", "completion_deadline"),
                                                ("reason", "reason"), ("extension", "extension_period"),
                                                ("extension", "approver")) if need in needs}
    sections: list[tuple[str, bool]] = [
        ("落款（type = \"signature\"）", any(b.type == "signature" for b in blocks)),
        ("签收栏（type = \"receipt\"）", any(b.type == "receipt" for b in blocks)),
    ]
    if "missing" in needs:
        sections.append(("尚缺材料清单（type = \"materials\"，which = \"missing\"）",
                         any(b.type == "materials" and b.which == "missing" for b in blocks)))
    if kind is LetterKind.ONE_TIME_NOTICE:
        # One-time means once: a re-issued notice carries the supervisor's reason.
        required_fields |= {"received_date", "supervisor_reason"}
        sections.append(("已收材料清单（type = \"materials\"，which = \"received\"）",
                         any(b.type == "materials" and b.which == "received" for b in blocks)))
    if kind is LetterKind.COMMITMENT:
        sections.append(("申请人签名栏（type = \"applicant_signature\"）",
                         any(b.type == "applicant_signature" for b in blocks)))
    for name in sorted(required_fields - used):
        check.problem(f"{kind.label}必须使用字段 {{{name}}}（{_FIELD_LABELS[name]}），模板中没有")
    for label, present in sections:
        if not present:
            check.problem(f"{kind.label}缺少必需的部分：{label}")
    if sum(b.type == "signature" for b in blocks) > 1:
        check.problem("落款（signature）只能有一个")
    if kind is LetterKind.REFUSAL:
        all_text = "".join(b.text + b.heading + "".join(e.text for e in b.items) for b in blocks)
        for word in ("行政复议", "行政诉讼"):
            if word not in all_text:
                check.problem(f"不予受理通知书必须告知申请人依法申请{word}的权利，模板中没有「{word}」")


def template_path(kind: LetterKind, folder: Path | None = None) -> Path:
    return (folder or forms_dir()) / f"{kind.value}.toml"


def load_template(kind: LetterKind, folder: Path | None = None, centre: CentreDefaults | None = None) -> LetterTemplate:
    """The checked template of ``kind`` from ``folder`` (default: the shipped ``forms/``)."""
    centre = centre or load_centre_defaults(folder)
    return load_template_file(template_path(kind, folder), centre, expected=kind)


def load_template_file(path: Path, centre: CentreDefaults, *, expected: LetterKind | None = None) -> LetterTemplate:
    data = _read_toml(path)
    check = _Checker(path)
    check.keys(data, ("kind", "title", "heading", "number_abbreviation", "unconfirmed_note", "stub", "blocks"), "文件")
    kind: LetterKind | None = None
    try:
        kind = LetterKind(data.get("kind"))
    except ValueError:
        check.problem(f"kind 的值「{data.get('kind')}」无效，可选：{'、'.join(k.value for k in LetterKind)}")
    if kind is not None and expected is not None and kind is not expected:
        check.problem(f"这是「{kind.label}」的模板，但文件名表示「{expected.label}」")
    title = check.text(data.get("title"), "title（文书标题）")
    if "{" in title or "}" in title:
        check.problem("title（文书标题）不能使用字段")
    heading = check.text(data.get("heading", ""), "heading（标题上方的单位名称）", required=False)
    abbreviation = check.text(data.get("number_abbreviation"), "number_abbreviation（文号中的文书简称）")
    if abbreviation and ("{" in abbreviation or "}" in abbreviation or len(abbreviation.strip()) > 4):
        check.problem("number_abbreviation（文号中的文书简称）应为一到四个汉字，如 补、受、不受")
    unconfirmed = check.text(data.get("unconfirmed_note", centre.wording.unconfirmed_note),
                             "unconfirmed_note（节假日安排未公布时的说明）")

    stub_raw = data.get("stub")
    placement, stub_lines = centre.stub, ()
    if not isinstance(stub_raw, dict):
        check.problem("缺少 [stub] 部分（存根联的内容 lines 和打印位置 placement）")
    else:
        check.keys(stub_raw, ("placement", "lines"), "[stub]")
        raw_placement = stub_raw.get("placement", "default")
        if raw_placement not in ("default", "默认"):
            parsed = StubPlacement.parse(raw_placement)
            if parsed is None:
                check.problem(f"[stub] placement 的值「{raw_placement}」无效，可选：default（按 centre.toml）、{STUB_CHOICES}")
            else:
                placement = parsed
        stub_lines = check.entries(stub_raw.get("lines"), "[stub] lines")
        if not stub_lines:
            check.problem("[stub] lines 至少要有一行")

    blocks_raw = data.get("blocks")
    blocks: list[Block] = []
    if not isinstance(blocks_raw, list) or not blocks_raw:
        check.problem("没有任何内容块（[[blocks]]）")
    else:
        blocks = [b for n, raw in enumerate(blocks_raw, 1) if (b := _read_block(n, raw, check)) is not None]
    if kind is not None:
        _check_requirements(kind, blocks, check)
    check.raise_if_any()
    assert kind is not None
    return LetterTemplate(
        kind=kind, title=title.strip(), heading=heading.strip(), number_abbreviation=abbreviation.strip(),
        blocks=tuple(blocks), stub_placement=placement, stub_lines=stub_lines, unconfirmed_note=unconfirmed,
        wording=centre.wording, layout=centre.layout, source=path,
    )


def load_all_templates(folder: Path | None = None) -> dict[LetterKind, LetterTemplate]:
    """Every kind's template, checked; the problems of all files are reported together."""
    centre = load_centre_defaults(folder)
    templates: dict[LetterKind, LetterTemplate] = {}
    problems: list[str] = []
    for kind in LetterKind:
        try:
            templates[kind] = load_template(kind, folder, centre)
        except TemplateError as exc:
            problems.extend(exc.problems)
    if problems:
        raise TemplateError(folder or forms_dir(), problems)
    return templates
