"""Catalogue files: the JSON form the program ships and exports, and the Excel form
that county staff edit by hand.

Reading never raises for a bad file: everything wrong comes back as problems, each
with the sheet, the row number Excel shows and the column header, and no item comes
back unless the whole file is valid. Writing goes through a temporary file beside the
target, so an interrupted export never leaves half a catalogue behind.
"""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from app.domain.catalogue import (
    ITEM_FIELD_LABELS,
    MATERIAL_FIELD_LABELS,
    STEP_FIELD_LABELS,
    CatalogueProblem,
    FieldRef,
    ItemKind,
    Level,
    Location,
    MaterialForm,
    MaterialSource,
    ServiceItem,
    json_locator,
    validate_catalogue,
)
from app.domain.deadlines import Unit
from app.domain.refusal import Problem, Worded
from app.store.atomic import atomic_write_bytes

CATALOGUE_FORMAT = "approval-window-catalogue"
CATALOGUE_VERSION = 1

ITEMS_SHEET = "事项"
MATERIALS_SHEET = "材料"
STEPS_SHEET = "特别程序"
_SHEET_ALIASES = {
    ITEMS_SHEET: ("items",),
    MATERIALS_SHEET: ("materials",),
    STEPS_SHEET: ("special_steps", "steps"),
}
ITEM_CODE_LABEL = "事项编码"

# Column order of the written workbook; headers are the Chinese field labels.
_ITEM_COLUMNS = (
    "code", "name", "kind", "department", "level", "legal_days", "promised_days", "tolerant_allowed",
    "default_supply_days", "supplement_days", "supplement_unit", "fees", "phone", "legal_basis",
    "result_name", "notes",
)
_MATERIAL_COLUMNS = ("item_code", "code", "name", "form", "copies", "required", "tolerable", "requirement", "source")
_STEP_COLUMNS = ("item_code", "name", "days", "unit", "counted")

_ITEM_REQUIRED = {
    "code", "name", "kind", "department", "level", "legal_days", "promised_days", "tolerant_allowed",
    "supplement_days", "supplement_unit", "fees", "result_name",
}
_MATERIAL_REQUIRED = {"item_code", "code", "name", "form", "copies", "required", "tolerable", "source"}
_STEP_REQUIRED = set(_STEP_COLUMNS)

# Headers people commonly use for the same column, besides the label and the English key.
_EXTRA_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    ITEMS_SHEET: {
        "legal_days": ("法定办结时限", "法定时限"),
        "promised_days": ("承诺办结时限", "承诺时限"),
        "tolerant_allowed": ("是否可容缺受理", "容缺受理", "是否容缺受理"),
        "default_supply_days": ("容缺补正期限", "容缺期限"),
        "department": ("实施机关",),
        "level": ("层级",),
        "phone": ("联系电话",),
        "legal_basis": ("法律依据",),
        "result_name": ("办理结果", "审批结果名称"),
    },
    MATERIALS_SHEET: {
        "form": ("材料类型",),
        "required": ("必要性", "是否必需"),
        "tolerable": ("是否可容缺",),
        "requirement": ("受理标准", "要求"),
        "source": ("来源", "来源渠道"),
    },
    STEPS_SHEET: {
        "name": ("特别程序名称",),
        "unit": ("单位",),
        "counted": ("是否计入办理时限", "是否计时"),
    },
}
_IGNORED_HEADERS = {"序号", "no", "no.", "#"}


@dataclass(frozen=True)
class CatalogueRead:
    items: tuple[ServiceItem, ...]
    problems: tuple[CatalogueProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class CatalogueWriteError(Worded, RuntimeError):
    """The catalogue could not be written; the message is for the officer."""


# ------------------------------------------------------------------------ reading


#: Far beyond any county's catalogue (a few hundred items of a few KB each), small enough
#: that a wrong or hostile file is refused before it can fill the memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ITEMS = 3000
MAX_ROWS = 30000


class _TooManyRows(Exception):
    pass


def read_catalogue_file(path: Path | str) -> CatalogueRead:
    """Read a .json or .xlsx catalogue; all of it valid, or none of it with every problem."""
    file = Path(path)
    if not file.exists():
        return _broken(file, Problem("找不到文件", "file_missing"))
    if file.is_dir():
        return _broken(file, Problem("这是一个文件夹，不是事项清单文件", "file_is_folder"))
    try:
        size = file.stat().st_size
    except OSError as exc:
        return _broken(file, Problem(f"无法读取文件：{exc.strerror or exc}", "catalogue_unreadable", problem=exc.strerror or str(exc)))
    if size > MAX_FILE_BYTES:
        return _broken(file, Problem(
            f"文件过大（{size // (1024 * 1024)} MB）：事项清单文件不应超过 {MAX_FILE_BYTES // (1024 * 1024)} MB",
            "file_too_big", size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)))
    suffix = file.suffix.lower()
    if suffix == ".json":
        return _read_json(file)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(file)
    if suffix in (".xls", ".et", ".wps"):
        return _broken(file, Problem("不支持旧版Excel或WPS格式，请在表格软件中“另存为”.xlsx格式后再导入", "file_old_excel"))
    return _broken(file, Problem("不支持的文件类型，事项清单应为 .json 或 .xlsx 文件", "file_kind"))


def _broken(file: Path, message: str, *, sheet: str = "") -> CatalogueRead:
    place = f"文件“{file.name}”" + (f"工作表“{sheet}”" if sheet else "")
    problem = CatalogueProblem(sheet=sheet, row=None, column="", message=message, place=place)
    return CatalogueRead(items=(), problems=(problem,))


def _finish(file: Path, items: tuple[ServiceItem, ...], problems: tuple[CatalogueProblem, ...]) -> CatalogueRead:
    if not problems and not items:
        return _broken(file, Problem("文件中没有任何事项", "file_no_items"))
    return CatalogueRead(items=items, problems=problems)


def _read_json(file: Path) -> CatalogueRead:
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return _broken(file, Problem(f"无法读取文件：{exc.strerror or exc}", "catalogue_unreadable", problem=exc.strerror or str(exc)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _broken(file, Problem("文件不是UTF-8编码的文本，不是有效的事项清单", "file_not_utf8"))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return _broken(file, Problem(f"文件不是有效的JSON：第{exc.lineno}行第{exc.colno}列附近有格式错误", "file_not_json",
                                     line=exc.lineno, column=exc.colno))
    except RecursionError:
        return _broken(file, Problem("文件不是有效的事项清单：嵌套层次过深", "file_too_deep"))
    if not isinstance(data, dict) or data.get("format") != CATALOGUE_FORMAT:
        return _broken(file, Problem(f"文件不是事项清单：缺少格式标记 \"format\": \"{CATALOGUE_FORMAT}\"", "file_no_format",
                                     format=CATALOGUE_FORMAT))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return _broken(file, Problem("事项清单的版本号（version）无效", "file_bad_version"))
    if version > CATALOGUE_VERSION:
        return _broken(
            file, Problem(f"事项清单为第{version}版格式，本程序只能读取第{CATALOGUE_VERSION}版，请先升级程序",
                          "file_newer_version", version=version, supported=CATALOGUE_VERSION))
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        return _broken(file, Problem("事项清单缺少事项列表（items）", "file_no_item_list"))
    if len(raw_items) > MAX_ITEMS:
        return _broken(file, Problem(f"事项过多（{len(raw_items)} 项）：一份事项清单最多 {MAX_ITEMS} 项", "file_too_many_items",
                                     count=len(raw_items), limit=MAX_ITEMS))
    items, problems = validate_catalogue(raw_items, source_locator=json_locator)
    return _finish(file, items, problems)


def _fold_header(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value))
    return "".join(text.split()).strip("*").lower()


def _header_map(sheet: str, fields: Sequence[str]) -> dict[str, str]:
    labels = {ITEMS_SHEET: ITEM_FIELD_LABELS, MATERIALS_SHEET: MATERIAL_FIELD_LABELS, STEPS_SHEET: STEP_FIELD_LABELS}
    mapping: dict[str, str] = {}
    for name in fields:
        label = ITEM_CODE_LABEL if name == "item_code" else labels[sheet][name]
        for header in (label, name, *_EXTRA_HEADERS.get(sheet, {}).get(name, ())):
            mapping[_fold_header(header)] = name
    return mapping


def _canonical_header(sheet: str, name: str) -> str:
    if name == "item_code":
        return ITEM_CODE_LABEL
    labels = {ITEMS_SHEET: ITEM_FIELD_LABELS, MATERIALS_SHEET: MATERIAL_FIELD_LABELS, STEPS_SHEET: STEP_FIELD_LABELS}
    return labels[sheet][name]


@dataclass
class _Sheet:
    """One worksheet's rows as dictionaries keyed by field, with their Excel row numbers."""

    name: str
    title: str
    headers: dict[str, str]  # field -> the header text as written in the file
    rows: list[tuple[int, dict[str, Any]]]


def _place(sheet: str, row: int | None, column: str) -> str:
    text = f"工作表“{sheet}”"
    if row is not None:
        text += f"第{row}行"
    if column:
        text += f"“{column}”列"
    return text


def _sheet_problem(sheet: str, row: int | None, column: str, message: str) -> CatalogueProblem:
    return CatalogueProblem(sheet=sheet, row=row, column=column, message=message, place=_place(sheet, row, column))


def _read_sheet(
    worksheet: Any, name: str, fields: Sequence[str], required: set[str], problems: list[CatalogueProblem]
) -> _Sheet:
    mapping = _header_map(name, fields)
    rows_iter = worksheet.iter_rows(values_only=True)
    header_row = next(rows_iter, None) or ()
    column_field: dict[int, str] = {}
    headers: dict[str, str] = {}
    for position, cell in enumerate(header_row):
        if cell is None or not str(cell).strip():
            continue
        text = str(cell).strip()
        key = _fold_header(text)
        if key in _IGNORED_HEADERS:
            continue
        field = mapping.get(key)
        if field is None:
            problems.append(_sheet_problem(worksheet.title, 1, text,
                                           Problem(f"无法识别的列“{text}”", "unknown_column", column=text)))
        elif field in headers:
            problems.append(_sheet_problem(worksheet.title, 1, text, Problem(
                f"列“{text}”与列“{headers[field]}”重复", "column_twice", column=text, other=headers[field])))
        else:
            column_field[position] = field
            headers[field] = text
    for field in fields:
        if field in required and field not in headers:
            label = _canonical_header(name, field)
            problems.append(_sheet_problem(worksheet.title, 1, label,
                                           Problem(f"缺少“{label}”列", "column_missing", column=label)))

    rows: list[tuple[int, dict[str, Any]]] = []
    for number, values in enumerate(rows_iter, start=2):
        if number > MAX_ROWS + 1:
            raise _TooManyRows(worksheet.title)
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        record = {field: values[pos] for pos, field in column_field.items() if pos < len(values)}
        rows.append((number, record))
    return _Sheet(name=name, title=worksheet.title, headers=headers, rows=rows)


def _find_sheet(workbook: Any, name: str) -> Any | None:
    wanted = {_fold_header(name), *(_fold_header(a) for a in _SHEET_ALIASES[name])}
    for worksheet in workbook.worksheets:
        if _fold_header(worksheet.title) in wanted:
            return worksheet
    return None


def _read_xlsx(file: Path) -> CatalogueRead:
    if not zipfile.is_zipfile(file):
        return _broken(file, Problem("文件不是有效的Excel（.xlsx）文件，可能已损坏或只是改了扩展名", "file_not_xlsx_zip"))
    problems: list[CatalogueProblem] = []
    try:
        with zipfile.ZipFile(file) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError):
        return _broken(file, Problem("文件不是有效的Excel（.xlsx）文件，可能已损坏或只是改了扩展名", "file_not_xlsx_zip"))
    if unpacked > MAX_UNPACKED_BYTES:
        return _broken(file, Problem(f"Excel文件解压后过大（{unpacked // (1024 * 1024)} MB），不是正常的事项清单",
                                     "file_unpacks_too_big", size=unpacked // (1024 * 1024)))
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of errors for a damaged package
        return _broken(file, Problem("无法打开Excel文件：文件已损坏或不是.xlsx格式", "file_not_xlsx"))
    try:
        items_ws = _find_sheet(workbook, ITEMS_SHEET)
        materials_ws = _find_sheet(workbook, MATERIALS_SHEET)
        steps_ws = _find_sheet(workbook, STEPS_SHEET)
        existing = "、".join(f"“{ws.title}”" for ws in workbook.worksheets)
        for name, worksheet in ((ITEMS_SHEET, items_ws), (MATERIALS_SHEET, materials_ws)):
            if worksheet is None:
                return _broken(file, Problem(f"缺少工作表“{name}”（文件中的工作表：{existing}）", "sheet_missing",
                                             sheet=name, sheets=tuple(ws.title for ws in workbook.worksheets)))
        try:
            items = _read_sheet(items_ws, ITEMS_SHEET, _ITEM_COLUMNS, _ITEM_REQUIRED, problems)
            materials = _read_sheet(materials_ws, MATERIALS_SHEET, _MATERIAL_COLUMNS, _MATERIAL_REQUIRED, problems)
            steps = (
                _read_sheet(steps_ws, STEPS_SHEET, _STEP_COLUMNS, _STEP_REQUIRED, problems)
                if steps_ws is not None
                else None
            )
        except _TooManyRows as exc:
            return _broken(file, Problem(f"工作表“{exc}”超过 {MAX_ROWS} 行，不是正常的事项清单", "sheet_too_long",
                                         sheet=str(exc), limit=MAX_ROWS), sheet=str(exc))
        except Exception:  # damaged sheet XML surfaces only while the rows are read
            return _broken(file, Problem("Excel文件内容已损坏，无法读取其中的表格", "file_damaged_sheet"))
    finally:
        workbook.close()
    if problems:
        return CatalogueRead(items=(), problems=tuple(problems))
    return _validate_sheets(file, items, materials, steps)


def _validate_sheets(file: Path, items: _Sheet, materials: _Sheet, steps: _Sheet | None) -> CatalogueRead:
    problems: list[CatalogueProblem] = []
    raw_items: list[dict[str, Any]] = []
    item_rows: list[int] = []
    index_of_code: dict[str, int] = {}
    for number, record in items.rows:
        record["materials"] = []
        record["special_steps"] = []
        code = _cell_text(record.get("code"))
        if code and code not in index_of_code:
            index_of_code[code] = len(raw_items)
        raw_items.append(record)
        item_rows.append(number)

    part_rows: dict[tuple[str, int, int], int] = {}
    for part, sheet in (("materials", materials), ("special_steps", steps)):
        if sheet is None:
            continue
        item_header = sheet.headers.get("item_code", ITEM_CODE_LABEL)
        for number, record in sheet.rows:
            code = _cell_text(record.pop("item_code", None))
            if not code:
                problems.append(_sheet_problem(sheet.title, number, item_header,
                                               Problem("请填写所属事项的编码", "row_item_empty")))
                continue
            if code not in index_of_code:
                problems.append(
                    _sheet_problem(sheet.title, number, item_header, Problem(
                        f"事项编码“{code}”在工作表“{items.title}”中不存在", "row_item_unknown", code=code,
                        sheet=items.title))
                )
                continue
            index = index_of_code[code]
            entries = raw_items[index][part]
            part_rows[(part, index, len(entries))] = number
            entries.append(record)

    def locate(ref: FieldRef) -> Location:
        if ref.part is None:
            sheet, row = items, item_rows[ref.item]
            field = "code" if ref.field in ("materials", "special_steps", "") else ref.field
        else:
            sheet = materials if ref.part == "materials" else steps
            assert sheet is not None
            row = part_rows[(ref.part, ref.item, ref.index or 0)]
            field = ref.field or "name"
        column = sheet.headers.get(field) or _canonical_header(sheet.name, field)
        return Location(sheet=sheet.title, row=row, column=column, place=_place(sheet.title, row, column))

    valid, found = validate_catalogue(raw_items, source_locator=locate)
    problems.extend(found)
    if problems:
        problems.sort(key=lambda p: (_sheet_order(p.sheet, items, materials, steps), p.row or 0))
        return CatalogueRead(items=(), problems=tuple(problems))
    return _finish(file, valid, ())


def _sheet_order(title: str, *sheets: _Sheet | None) -> int:
    for position, sheet in enumerate(sheets):
        if sheet is not None and sheet.title == title:
            return position
    return len(sheets)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# ------------------------------------------------------------------------ writing


def catalogue_document(items: Iterable[ServiceItem]) -> dict[str, Any]:
    """The JSON document of a catalogue, as shipped and exported."""
    return {
        "format": CATALOGUE_FORMAT,
        "version": CATALOGUE_VERSION,
        "items": [item.to_dict() for item in items],
    }


def write_catalogue_json(items: Iterable[ServiceItem], path: Path | str) -> Path:
    text = json.dumps(catalogue_document(items), ensure_ascii=False, indent=2) + "\n"
    return _write(Path(path), text.encode("utf-8"))


def write_catalogue_xlsx(items: Iterable[ServiceItem], path: Path | str) -> Path:
    items = list(items)
    workbook = Workbook()
    items_ws = workbook.active
    items_ws.title = ITEMS_SHEET
    materials_ws = workbook.create_sheet(MATERIALS_SHEET)
    steps_ws = workbook.create_sheet(STEPS_SHEET)

    _write_header(items_ws, ITEMS_SHEET, _ITEM_COLUMNS)
    _write_header(materials_ws, MATERIALS_SHEET, _MATERIAL_COLUMNS)
    _write_header(steps_ws, STEPS_SHEET, _STEP_COLUMNS)
    for item in items:
        items_ws.append([_item_cell(item, name) for name in _ITEM_COLUMNS])
        for material in item.materials:
            materials_ws.append([
                item.code,
                material.code,
                material.name,
                material.form.label,
                material.copies,
                _yes_no(material.required),
                _yes_no(material.tolerable),
                material.requirement or None,
                material.source.label,
            ])
        for step in item.special_steps:
            steps_ws.append([item.code, step.name, step.days, step.unit.label, _yes_no(step.counted)])

    _add_choices(items_ws, _ITEM_COLUMNS, {
        "kind": ItemKind.labels(), "level": Level.labels(), "tolerant_allowed": ["是", "否"],
        "supplement_unit": Unit.labels(),
    })
    _add_choices(materials_ws, _MATERIAL_COLUMNS, {
        "form": MaterialForm.labels(), "required": ["是", "否"], "tolerable": ["是", "否"],
        "source": MaterialSource.labels(),
    })
    _add_choices(steps_ws, _STEP_COLUMNS, {"unit": Unit.labels(), "counted": ["是", "否"]})
    for worksheet, columns in ((items_ws, _ITEM_COLUMNS), (materials_ws, _MATERIAL_COLUMNS), (steps_ws, _STEP_COLUMNS)):
        _keep_codes_as_text(worksheet, columns)

    buffer = io.BytesIO()
    workbook.save(buffer)
    return _write(Path(path), buffer.getvalue())


def _write(path: Path, data: bytes) -> Path:
    try:
        return atomic_write_bytes(path, data)
    except OSError as exc:
        raise CatalogueWriteError(f"无法写入文件“{path}”：{exc.strerror or exc}", "cannot_write", path=str(path),
                                  problem=exc.strerror or str(exc)) from None


def _yes_no(value: bool) -> str:
    return "是" if value else "否"


def _item_cell(item: ServiceItem, name: str) -> object:
    value = getattr(item, name)
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, (ItemKind, Level, Unit)):
        return value.label
    if value == "":
        return None
    return value


_WIDE = {"name": 30, "department": 26, "legal_basis": 48, "notes": 36, "requirement": 48, "result_name": 22}


def _write_header(worksheet: Any, sheet: str, columns: Sequence[str]) -> None:
    worksheet.append([_canonical_header(sheet, name) for name in columns])
    fill = PatternFill("solid", fgColor="DDEBF7")
    for position, name in enumerate(columns, start=1):
        cell = worksheet.cell(row=1, column=position)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        worksheet.column_dimensions[get_column_letter(position)].width = _WIDE.get(name, 14)
    worksheet.freeze_panes = "A2"


def _add_choices(worksheet: Any, columns: Sequence[str], choices: dict[str, list[str]]) -> None:
    """Drop-down lists, so that hand edits use the words the reader accepts."""
    for name, options in choices.items():
        letter = get_column_letter(columns.index(name) + 1)
        validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
        validation.add(f"{letter}2:{letter}5000")
        worksheet.add_data_validation(validation)


def _keep_codes_as_text(worksheet: Any, columns: Sequence[str]) -> None:
    """Codes like ``01`` must not turn into the number 1 when someone edits the sheet."""
    for name in ("code", "item_code"):
        if name not in columns:
            continue
        position = columns.index(name) + 1
        for row in range(2, max(worksheet.max_row, 1) + 1):
            worksheet.cell(row=row, column=position).number_format = "@"
