import copy
import json

import pytest

from app.domain.catalogue import (
    CatalogueError,
    ItemKind,
    Level,
    MaterialForm,
    MaterialSource,
    ServiceItem,
    validate_catalogue,
)
from app.domain.deadlines import Unit
from app.paths import resources_dir


def material(code="01", **changes):
    data = {
        "code": code,
        "name": "申请书",
        "form": "original",
        "copies": 1,
        "required": True,
        "tolerable": False,
        "requirement": "本人签字",
        "source": "applicant",
    }
    data.update(changes)
    return data


def item(**changes):
    data = {
        "code": "MZ-001",
        "name": "最低生活保障",
        "kind": "benefit",
        "department": "镇人民政府",
        "level": "township",
        "legal_days": 30,
        "promised_days": 20,
        "tolerant_allowed": True,
        "default_supply_days": 10,
        "supplement_days": 10,
        "supplement_unit": "working",
        "fees": "不收费",
        "phone": "0571-64202101",
        "legal_basis": "《社会救助暂行办法》第十一条",
        "result_name": "审核确认决定书",
        "special_steps": [{"name": "公示", "days": 7, "unit": "natural", "counted": False}],
        "notes": "",
        "materials": [
            material("01"),
            material("02", name="1寸免冠照片", tolerable=True, requirement="白底"),
        ],
    }
    data.update(changes)
    return data


def only_problem(raw_items):
    items, problems = validate_catalogue(raw_items)
    assert items == ()
    assert len(problems) == 1, [p.describe() for p in problems]
    return problems[0]


# ----------------------------------------------------------------- valid input


def test_valid_item_becomes_a_service_item():
    items, problems = validate_catalogue([item()])
    assert problems == ()
    (result,) = items
    assert result.kind is ItemKind.BENEFIT and result.kind.label == "行政给付"
    assert result.level is Level.TOWNSHIP
    assert result.default_supply_days == 10
    assert result.special_steps[0].unit is Unit.NATURAL and not result.special_steps[0].counted
    assert [m.code for m in result.core_materials] == ["01"]
    assert [m.code for m in result.tolerable_materials] == ["02"]
    assert result.material("02").name == "1寸免冠照片"
    with pytest.raises(KeyError):
        result.material("99")


def test_chinese_labels_and_yes_no_are_accepted_as_values():
    raw = item(kind="行政许可", level="乡镇级", tolerant_allowed="是", supplement_unit="自然日")
    raw["materials"] = [material("01", form="原件和复印件", source="政府部门核发", required="是"),
                        material("02", tolerable="是", form="复印件")]
    (result,), problems = validate_catalogue([raw])
    assert problems == ()
    assert result.kind is ItemKind.LICENCE
    assert result.supplement_unit is Unit.NATURAL
    assert result.materials[0].form is MaterialForm.ORIGINAL_AND_COPY
    assert result.materials[0].form.label == "原件和复印件"
    assert result.materials[0].source is MaterialSource.GOVERNMENT


def test_immediate_item_without_tolerance_has_no_supply_period():
    raw = item(promised_days=0, tolerant_allowed=False, default_supply_days=None)
    raw["materials"] = [material("01")]
    (result,), problems = validate_catalogue([raw])
    assert problems == ()
    assert result.is_immediate and result.default_supply_days is None


def test_phone_is_stored_normalised():
    (result,), _ = validate_catalogue([item(phone="(0571)64202101")])
    assert result.phone == "0571-64202101"


# -------------------------------------------------------------------- problems


def test_promised_limit_longer_than_legal_limit_is_a_problem_on_that_field():
    problem = only_problem([item(legal_days=10, promised_days=12, default_supply_days=5)])
    assert (problem.sheet, problem.row, problem.column) == ("items", 1, "promised_days")
    assert problem.message == "承诺办结时限（12个工作日）不能超过法定办结时限（10个工作日）"


def test_supply_period_longer_than_promised_limit_is_a_problem():
    problem = only_problem([item(promised_days=5, default_supply_days=8)])
    assert problem.column == "default_supply_days"
    assert "不能超过承诺办结时限（5个工作日）" in problem.message


def test_tolerant_item_needs_a_supply_period_of_at_least_one_day():
    problem = only_problem([item(default_supply_days=0)])
    assert problem.column == "default_supply_days"
    assert "不能小于1" in problem.message
    problem = only_problem([item(default_supply_days=None)])
    assert problem.message == "请填写“容缺补正期限（工作日）”"


def test_immediate_item_cannot_allow_tolerance():
    problem = only_problem([item(promised_days=0, default_supply_days=1)])
    assert problem.column == "tolerant_allowed"
    assert "即办件" in problem.message


def test_tolerable_material_in_an_item_without_tolerance_is_a_problem_on_the_material():
    raw = item(tolerant_allowed=False, default_supply_days=None)
    problem = only_problem([raw])
    assert problem.column == "materials[1].tolerable"
    assert problem.message == "本事项不允许容缺受理，材料不能设为可容缺"
    assert "第1个事项的第2项材料" in problem.describe()


def test_supply_period_on_an_item_without_tolerance_is_a_problem():
    raw = item(tolerant_allowed=False, default_supply_days=5)
    raw["materials"] = [material("01")]
    problem = only_problem([raw])
    assert problem.column == "default_supply_days"


def test_only_a_required_material_can_be_tolerable():
    raw = item()
    raw["materials"].append(material("03", required=False, tolerable=True))
    problem = only_problem([raw])
    assert problem.column == "materials[2].tolerable"
    assert "只有必要材料可以设为可容缺" in problem.message


def test_tolerant_item_without_any_tolerable_material_is_a_problem():
    raw = item()
    raw["materials"] = [material("01")]
    problem = only_problem([raw])
    assert problem.column == "tolerant_allowed"
    assert "至少应有一项可容缺材料" in problem.message


def test_item_without_materials_is_a_problem():
    problem = only_problem([item(materials=[])])
    assert problem.column == "materials"


def test_duplicate_codes_are_problems():
    problem = only_problem([item(), item(name="另一个事项")])
    assert (problem.row, problem.column) == (2, "code")
    assert "事项编码“MZ-001”重复" in problem.message

    raw = item()
    raw["materials"].append(material("01", name="重复的材料"))
    problem = only_problem([raw])
    assert problem.column == "materials[2].code"
    assert "材料编码“01”在本事项中重复" in problem.message


@pytest.mark.parametrize("field, value, message", [
    ("kind", "行政审批", "“事项类型”应为行政许可、行政确认、行政给付、行政奖励、行政备案、其他行政权力、公共服务、其他之一，现为“行政审批”"),
    ("level", "省级", "“行使层级”应为县级、乡镇级、村级之一，现为“省级”"),
    ("legal_days", "三十", "“法定办结时限（工作日）”应为整数，现为“三十”"),
    ("legal_days", 30.5, "“法定办结时限（工作日）”应为整数，现为“30.5”"),
    ("legal_days", -1, "“法定办结时限（工作日）”不能小于0，现为-1"),
    ("tolerant_allowed", "也许", "“可容缺受理”应为“是”或“否”，现为“也许”"),
    ("supplement_days", 0, "“补正期限”不能小于1，现为0"),
    ("supplement_unit", "月", "“补正期限单位”应为工作日、自然日之一，现为“月”"),
    ("name", "  ", "请填写“事项名称”"),
    ("fees", None, "请填写“收费标准”"),
    ("code", "MZ 001", "“事项编码”只能由字母、数字和“-”“_”“.”组成，最长64位，现为“MZ 001”"),
    ("phone", "8888666", "咨询电话“8888666”不正确：固定电话请加区号，例如 0571-88886666"),
    ("promise_days", 20, "未知字段“promise_days”"),
])
def test_bad_values_are_reported_on_their_field(field, value, message):
    problem = only_problem([item(**{field: value})])
    assert problem.column == field
    assert problem.message == message


def test_bad_material_and_step_values_are_located_in_their_entry():
    raw = item()
    raw["materials"][0]["copies"] = 0
    raw["materials"][1]["form"] = "扫描件"
    raw["special_steps"][0]["counted"] = "不知道"
    items, problems = validate_catalogue([raw])
    assert items == ()
    assert {p.column for p in problems} == {
        "materials[0].copies", "materials[1].form", "special_steps[0].counted"
    }


def test_one_bad_item_means_no_item_is_returned():
    good = item(code="MZ-002")
    bad = item(promised_days="很快")
    items, problems = validate_catalogue([good, bad])
    assert items == ()
    assert [p.row for p in problems] == [2]


def test_every_problem_is_reported_not_just_the_first():
    raw = item(name="", kind="未知", legal_days="x")
    _, problems = validate_catalogue([raw])
    assert {p.column for p in problems} >= {"name", "kind", "legal_days"}


# ------------------------------------------------------- dictionaries and hashes


def test_to_dict_and_from_dict_round_trip():
    (result,), _ = validate_catalogue([item()])
    data = result.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert ServiceItem.from_dict(data) == result


def test_from_dict_refuses_invalid_content_with_every_problem():
    with pytest.raises(CatalogueError) as caught:
        ServiceItem.from_dict(item(legal_days=1, promised_days=2, default_supply_days=1, fees=""))
    assert len(caught.value.problems) == 2
    assert "不能超过法定办结时限" in str(caught.value)


def test_content_hash_is_stable_and_follows_the_content():
    (result,), _ = validate_catalogue([item()])
    shuffled = dict(reversed(list(item().items())))
    assert ServiceItem.from_dict(shuffled).content_hash() == result.content_hash()
    assert len(result.content_hash()) == 64

    longer = ServiceItem.from_dict(item(promised_days=25))
    assert longer.content_hash() != result.content_hash()
    edited = copy.deepcopy(item())
    edited["materials"][1]["requirement"] = "蓝底"
    assert ServiceItem.from_dict(edited).content_hash() != result.content_hash()


# --------------------------------------------------------- the shipped catalogue


@pytest.fixture(scope="module")
def shipped():
    document = json.loads((resources_dir() / "catalogue" / "township.json").read_text(encoding="utf-8"))
    return document


def test_shipped_catalogue_is_valid_and_large_enough(shipped):
    assert shipped["format"] == "approval-window-catalogue" and shipped["version"] == 1
    items, problems = validate_catalogue(shipped["items"])
    assert [p.describe() for p in problems] == []
    assert len(items) >= 24
    assert len({i.code for i in items}) == len(items)


def test_shipped_catalogue_mixes_tolerant_strict_and_immediate_items(shipped):
    items, _ = validate_catalogue(shipped["items"])
    tolerant = [i for i in items if i.tolerant_allowed]
    immediate = [i for i in items if i.is_immediate]
    strict = [i for i in items if not i.tolerant_allowed and not i.is_immediate]
    assert len(tolerant) >= 10 and len(immediate) >= 3 and strict
    assert all(not i.tolerant_allowed for i in immediate)
    for entry in tolerant:
        assert entry.core_materials, entry.name
        assert 1 <= entry.default_supply_days <= entry.promised_days


def test_shipped_catalogue_holds_the_common_township_items(shipped):
    names = " ".join(i["name"] for i in shipped["items"])
    for expected in ("最低生活保障", "特困人员认定", "临时救助", "重度残疾人护理补贴", "高龄津贴", "生育登记",
                     "医疗保险参保登记", "养老保险参保登记", "宅基地", "个体工商户", "医疗救助", "殡葬"):
        assert expected in names


def test_shipped_catalogue_keeps_the_core_materials_core(shipped):
    items, _ = validate_catalogue(shipped["items"])
    by_name = {i.name: i for i in items}
    subsistence = by_name["最低生活保障"]
    assert subsistence.material("02").name == "家庭经济状况核对授权书" and subsistence.material("02").is_core
    assert subsistence.material("06").tolerable  # photo
    disability = by_name["困难残疾人生活补贴和重度残疾人护理补贴"]
    assert all(m.is_core for m in disability.materials if "残疾人证" in m.name)
    birth = by_name["生育登记"]
    assert birth.is_immediate and any(m.name == "结婚证" and m.is_core for m in birth.materials)
