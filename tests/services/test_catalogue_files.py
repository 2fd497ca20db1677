import json
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from app.paths import resources_dir
from app.services.catalogue_files import (
    CatalogueWriteError,
    read_catalogue_file,
    write_catalogue_json,
    write_catalogue_xlsx,
)

SHIPPED = resources_dir() / "catalogue" / "township.json"


@pytest.fixture(scope="module")
def shipped_items():
    read = read_catalogue_file(SHIPPED)
    assert read.ok, [p.describe() for p in read.problems]
    return read.items


def only_problem(read):
    assert read.items == ()
    assert len(read.problems) == 1, [p.describe() for p in read.problems]
    return read.problems[0]


def rows_of(path, sheet):
    workbook = load_workbook(path)
    worksheet = workbook[sheet]
    header = [cell.value for cell in worksheet[1]]
    return workbook, worksheet, header


def row_number(worksheet, column, value):
    for row in range(2, worksheet.max_row + 1):
        if worksheet.cell(row=row, column=column).value == value:
            return row
    raise AssertionError(f"{value} not found")


# ---------------------------------------------------------------- round trips


def test_json_round_trip_gives_the_same_items_and_bytes(shipped_items, tmp_path):
    target = tmp_path / "catalogue.json"
    write_catalogue_json(shipped_items, target)
    again = read_catalogue_file(target)
    assert again.ok and again.items == shipped_items
    assert target.read_bytes() == SHIPPED.read_bytes()


def test_xlsx_round_trip_gives_the_same_items(shipped_items, tmp_path):
    target = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(shipped_items, target)
    again = read_catalogue_file(target)
    assert again.ok, [p.describe() for p in again.problems]
    assert again.items == shipped_items
    assert [i.content_hash() for i in again.items] == [i.content_hash() for i in shipped_items]


def test_written_xlsx_is_readable_by_people(shipped_items, tmp_path):
    target = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(shipped_items, target)
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["事项", "材料", "特别程序"]
    items = workbook["事项"]
    header = [c.value for c in items[1]]
    assert header[:3] == ["事项编码", "事项名称", "事项类型"]
    first = {h: c.value for h, c in zip(header, items[2])}
    assert first["事项名称"] == "最低生活保障"
    assert first["事项类型"] == "行政给付"
    assert first["可容缺受理"] == "是"
    materials = workbook["材料"]
    mheader = [c.value for c in materials[1]]
    assert mheader[:3] == ["事项编码", "材料编码", "材料名称"]
    assert materials.max_row - 1 == sum(len(i.materials) for i in shipped_items)


def test_xlsx_with_english_headers_and_no_steps_sheet_is_read(tmp_path):
    workbook = Workbook()
    items = workbook.active
    items.title = "items"
    items.append(["序号", "code", "name", "kind", "department", "level", "legal_days", "promised_days",
                  "tolerant_allowed", "default_supply_days", "supplement_days", "supplement_unit", "fees",
                  "result_name"])
    items.append([1, "SC-001", "个体工商户设立登记", "licence", "县市场监督管理局", "county", 3, 0, "否", None, 30,
                  "natural", "不收费", "营业执照"])
    materials = workbook.create_sheet("materials")
    materials.append(["item_code", "code", "name", "form", "copies", "required", "tolerable", "source"])
    materials.append(["SC-001", "01", "登记申请书", "original", 1, "yes", "no", "applicant"])
    target = tmp_path / "english.xlsx"
    workbook.save(target)
    read = read_catalogue_file(target)
    assert read.ok, [p.describe() for p in read.problems]
    (item,) = read.items
    assert item.is_immediate and item.materials[0].name == "登记申请书" and item.special_steps == ()


# ----------------------------------------------------------- problems in rows


def test_broken_xlsx_row_is_reported_with_sheet_row_and_column(shipped_items, tmp_path):
    target = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(shipped_items, target)
    workbook, worksheet, header = rows_of(target, "事项")
    row = row_number(worksheet, 1, "MZ-003")
    worksheet.cell(row=row, column=header.index("承诺办结时限（工作日）") + 1).value = "十天"
    workbook.save(target)

    read = read_catalogue_file(target)
    problem = only_problem(read)
    assert (problem.sheet, problem.row, problem.column) == ("事项", row, "承诺办结时限（工作日）")
    assert problem.describe() == f"工作表“事项”第{row}行“承诺办结时限（工作日）”列：“承诺办结时限（工作日）”应为整数，现为“十天”"


def test_tolerable_material_of_a_strict_item_is_reported_on_its_material_row(shipped_items, tmp_path):
    target = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(shipped_items, target)
    workbook, worksheet, header = rows_of(target, "材料")
    row = row_number(worksheet, 1, "MZ-006")  # 孤儿认定 does not allow 容缺
    worksheet.cell(row=row, column=header.index("可容缺") + 1).value = "是"
    workbook.save(target)

    problem = only_problem(read_catalogue_file(target))
    assert (problem.sheet, problem.row, problem.column) == ("材料", row, "可容缺")
    assert "不允许容缺受理" in problem.message


def test_material_row_of_an_unknown_item_is_reported(shipped_items, tmp_path):
    target = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(shipped_items[:2], target)
    workbook, worksheet, _ = rows_of(target, "材料")
    worksheet.append(["XX-999", "01", "多余材料", "原件", 1, "是", "否", None, "申请人自备"])
    workbook.save(target)

    problem = only_problem(read_catalogue_file(target))
    assert (problem.sheet, problem.row, problem.column) == ("材料", worksheet.max_row, "事项编码")
    assert problem.message == "事项编码“XX-999”在工作表“事项”中不存在"


def test_problems_in_several_sheets_are_all_reported_in_sheet_order(shipped_items, tmp_path):
    target = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(shipped_items, target)
    workbook = load_workbook(target)
    workbook["特别程序"]["C2"] = 0
    workbook["材料"]["E3"] = "两份"
    workbook["事项"]["C4"] = "行政审批"
    workbook.save(target)

    read = read_catalogue_file(target)
    assert read.items == ()
    assert [(p.sheet, p.row, p.column) for p in read.problems] == [
        ("事项", 4, "事项类型"), ("材料", 3, "份数"), ("特别程序", 2, "时长"),
    ]


def test_missing_and_unknown_columns_are_reported_on_the_header_row(shipped_items, tmp_path):
    target = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(shipped_items[:1], target)
    workbook, worksheet, header = rows_of(target, "事项")
    worksheet.delete_cols(header.index("收费标准") + 1)
    worksheet.cell(row=1, column=worksheet.max_column + 1).value = "负责人"
    workbook.save(target)

    read = read_catalogue_file(target)
    assert read.items == ()
    located = {(p.sheet, p.row, p.column, p.message) for p in read.problems}
    assert located == {
        ("事项", 1, "负责人", "无法识别的列“负责人”"),
        ("事项", 1, "收费标准", "缺少“收费标准”列"),
    }


# --------------------------------------------------------------- broken files


def test_text_that_is_not_json_gives_one_clear_problem(tmp_path):
    target = tmp_path / "catalogue.json"
    target.write_text('{"format": "approval-window-catalogue",\n "items": [', encoding="utf-8")
    problem = only_problem(read_catalogue_file(target))
    assert problem.message.startswith("文件不是有效的JSON：第2行")
    assert problem.describe().startswith("文件“catalogue.json”：")


@pytest.mark.parametrize("document, fragment", [
    ({"items": []}, "缺少格式标记"),
    ({"format": "something-else", "version": 1, "items": []}, "缺少格式标记"),
    ([1, 2], "缺少格式标记"),
    ({"format": "approval-window-catalogue", "version": 2, "items": []}, "第2版格式，本程序只能读取第1版"),
    ({"format": "approval-window-catalogue", "version": "1", "items": []}, "版本号（version）无效"),
    ({"format": "approval-window-catalogue", "version": 1, "items": {}}, "缺少事项列表"),
    ({"format": "approval-window-catalogue", "version": 1, "items": []}, "文件中没有任何事项"),
])
def test_json_with_wrong_marker_or_shape_gives_one_problem(tmp_path, document, fragment):
    target = tmp_path / "catalogue.json"
    target.write_text(json.dumps(document), encoding="utf-8")
    assert fragment in only_problem(read_catalogue_file(target)).message


def test_json_item_problem_names_the_item_and_field(tmp_path):
    target = tmp_path / "catalogue.json"
    document = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert document["items"][4]["materials"][2]["tolerable"] is True
    document["items"][4]["materials"][2]["required"] = False
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    problem = only_problem(read_catalogue_file(target))
    assert (problem.sheet, problem.row, problem.column) == ("items", 5, "materials[2].tolerable")
    assert problem.describe().startswith("第5个事项的第3项材料“可容缺”（tolerable）：")


def test_file_renamed_to_xlsx_gives_one_problem(tmp_path):
    target = tmp_path / "catalogue.xlsx"
    target.write_text("事项编码,事项名称\n", encoding="utf-8")
    assert "不是有效的Excel" in only_problem(read_catalogue_file(target)).message


def test_zip_that_is_not_a_workbook_gives_one_problem(tmp_path):
    target = tmp_path / "catalogue.xlsx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "无法打开Excel文件" in only_problem(read_catalogue_file(target)).message


def test_workbook_with_damaged_sheet_gives_one_problem(shipped_items, tmp_path):
    good = tmp_path / "good.xlsx"
    write_catalogue_xlsx(shipped_items[:2], good)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(entry, data)
    problem = only_problem(read_catalogue_file(damaged))
    assert "损坏" in problem.message


def test_workbook_without_materials_sheet_gives_one_problem(tmp_path):
    workbook = Workbook()
    workbook.active.title = "事项"
    workbook.create_sheet("说明")
    target = tmp_path / "catalogue.xlsx"
    workbook.save(target)
    problem = only_problem(read_catalogue_file(target))
    assert problem.message == "缺少工作表“材料”（文件中的工作表：“事项”、“说明”）"


@pytest.mark.parametrize("name, fragment", [
    ("catalogue.xls", "另存为”.xlsx格式"),
    ("catalogue.csv", "不支持的文件类型"),
])
def test_unsupported_file_types_give_one_problem(tmp_path, name, fragment):
    target = tmp_path / name
    target.write_bytes(b"\xd0\xcf\x11\xe0")
    assert fragment in only_problem(read_catalogue_file(target)).message


def test_missing_file_gives_one_problem(tmp_path):
    assert only_problem(read_catalogue_file(tmp_path / "none.json")).message == "找不到文件"


# --------------------------------------------------------------------- writing


def test_writing_replaces_the_file_whole_and_leaves_nothing_beside_it(shipped_items, tmp_path):
    target = tmp_path / "catalogue.json"
    target.write_text("old", encoding="utf-8")
    write_catalogue_json(shipped_items[:3], target)
    assert len(read_catalogue_file(target).items) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["catalogue.json"]


def test_failed_write_keeps_the_old_file_and_says_why(shipped_items, tmp_path, monkeypatch):
    target = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(shipped_items[:1], target)
    before = target.read_bytes()

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.store.atomic.os.replace", refuse)
    with pytest.raises(CatalogueWriteError, match="无法写入文件"):
        write_catalogue_xlsx(shipped_items, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["catalogue.xlsx"]
