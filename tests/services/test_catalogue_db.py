"""The catalogue in the database: versions, all-or-nothing imports, cases keeping their version."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.services import cases
from app.services import catalogue as catalogue_service
from app.services.cases import ApplicantInput, IntakeRequest
from app.services.catalogue import CatalogueRefused
from app.services.catalogue_files import write_catalogue_json, write_catalogue_xlsx
from app.store.models import ItemVersion

MON = dt.date(2026, 3, 2)


def version_rows(ws) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(ItemVersion))


def current(ws, code: str):
    (stored,) = [s for s in catalogue_service.current_items(ws) if s.item.code == code]
    return stored


def with_promise(ws, code: str, days: int):
    """The current catalogue with one item's promised limit changed."""
    return [dataclasses.replace(s.item, promised_days=days) if s.item.code == code else s.item
            for s in catalogue_service.current_items(ws)]


def test_the_shipped_catalogue_is_loaded_once(workspace, staff):
    items = catalogue_service.current_items(workspace)
    assert len(items) == 28 and {s.version for s in items} == {1}
    assert catalogue_service.ensure_shipped_catalogue(workspace, by="admin") is None
    assert version_rows(workspace) == 28


def test_a_changed_item_makes_a_new_version_and_old_cases_keep_theirs(workspace, staff, tmp_path):
    applicant = ApplicantInput("person", "张三", "11010519491231002X", "13800138000")
    received = tuple(m.code for m in current(workspace, "CL-001").item.materials)
    old_case = cases.intake(workspace, staff.clerk, IntakeRequest("CL-001", applicant, received), MON)
    assert old_case.countdowns["completion"].deadline == dt.date(2026, 3, 6)  # 4 working days

    path = write_catalogue_json(with_promise(workspace, "CL-001", 8), tmp_path / "catalogue.json")
    summary = catalogue_service.import_file(workspace, staff.admin, path)
    assert summary.updated == ["CL-001"] and summary.added == [] and len(summary.unchanged) == 27
    assert current(workspace, "CL-001").version == 2
    assert [v.version for v in catalogue_service.item_versions(workspace, "CL-001")] == [1, 2]
    assert [v.item.promised_days for v in catalogue_service.item_versions(workspace, "CL-001")] == [4, 8]

    kept = cases.get_case(workspace, old_case.state.number, MON)
    assert kept.state.item["version"] == 1 and kept.to_json()["item_version"] == 1
    assert kept.countdowns["completion"].deadline == dt.date(2026, 3, 6)
    another = ApplicantInput("person", "李四", "110105194912310046", "13800138001")
    new_case = cases.intake(workspace, staff.clerk, IntakeRequest("CL-001", another, received), MON)
    assert new_case.state.item["version"] == 2
    assert new_case.countdowns["completion"].deadline == dt.date(2026, 3, 12)


def test_importing_the_same_catalogue_again_changes_nothing(workspace, staff, tmp_path):
    path = write_catalogue_xlsx([s.item for s in catalogue_service.current_items(workspace)], tmp_path / "c.xlsx")
    summary = catalogue_service.import_file(workspace, staff.admin, path)
    assert (summary.added, summary.updated, len(summary.unchanged)) == ([], [], 28)
    assert version_rows(workspace) == 28


def test_an_xlsx_with_one_bad_cell_imports_nothing_and_says_where(workspace, staff, tmp_path):
    path = write_catalogue_xlsx(with_promise(workspace, "MZ-001", 15), tmp_path / "c.xlsx")
    workbook = load_workbook(path)
    sheet = workbook["材料"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, header.index("事项编码") + 1).value == "MZ-003")
    sheet.cell(row, header.index("份数") + 1).value = "两份"
    workbook.save(path)

    with pytest.raises(CatalogueRefused) as info:
        catalogue_service.import_file(workspace, staff.admin, path)
    assert len(info.value.problems) == 1
    assert info.value.problems[0].startswith(f"工作表“材料”第{row}行“份数”列")
    assert current(workspace, "MZ-001").version == 1 and version_rows(workspace) == 28  # MZ-001 not changed either


def test_a_json_with_a_bad_item_imports_nothing_and_names_it(workspace, staff, tmp_path):
    path = write_catalogue_json(with_promise(workspace, "MZ-001", 15), tmp_path / "c.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"][1]["promised_days"] = -3
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogueRefused) as info:
        catalogue_service.import_file(workspace, staff.admin, path)
    assert info.value.problems == [
        "第2个事项“承诺办结时限（工作日）”（promised_days）：“承诺办结时限（工作日）”不能小于0，现为-3"]
    assert version_rows(workspace) == 28


def test_only_an_admin_changes_the_catalogue(workspace, staff, tmp_path):
    path = write_catalogue_json(with_promise(workspace, "MZ-001", 15), tmp_path / "c.json")
    for actor in (staff.clerk, staff.boss):
        with pytest.raises(CatalogueRefused, match="只有管理员可以修改事项清单"):
            catalogue_service.import_file(workspace, actor, path)
    assert version_rows(workspace) == 28


def test_saving_one_item_from_the_editor(workspace, staff):
    raw = current(workspace, "MZ-004").item.to_dict()
    raw["name"] = "高龄津贴（80周岁以上）"
    summary = catalogue_service.save_item(workspace, staff.admin, raw)
    assert summary.updated == ["MZ-004"]
    assert current(workspace, "MZ-004").item.name == "高龄津贴（80周岁以上）"
    raw["materials"] = []
    with pytest.raises(CatalogueRefused):
        catalogue_service.save_item(workspace, staff.admin, raw)
    assert current(workspace, "MZ-004").version == 2


def test_a_new_item_is_added(workspace, staff, tmp_path):
    new = dataclasses.replace(current(workspace, "MZ-004").item, code="MZ-099", name="百岁老人长寿补贴")
    path = write_catalogue_json([new], tmp_path / "one.json")
    summary = catalogue_service.import_file(workspace, staff.admin, path)
    assert summary.added == ["MZ-099"] and summary.updated == [] and summary.unchanged == []
    assert current(workspace, "MZ-099").version == 1
    assert len(catalogue_service.current_items(workspace)) == 29


def test_a_missing_file_is_refused_with_a_message(workspace, staff, tmp_path):
    with pytest.raises(CatalogueRefused, match="找不到文件"):
        catalogue_service.import_file(workspace, staff.admin, tmp_path / "nope.json")
