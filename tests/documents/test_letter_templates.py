"""Templates in forms/: what centre staff may change, and what a broken file is told."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from letter_reading import pdf_text
from letter_samples import sample_content

from app.documents.pdf import render_pdf
from app.documents.templates import (
    StubPlacement,
    TemplateError,
    load_all_templates,
    load_centre_defaults,
    load_template,
)
from app.domain.letters import LetterKind
from app.paths import forms_dir


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    """A copy of the shipped forms folder to edit."""
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def refusal_reasons(folder: Path, kind: LetterKind) -> str:
    with pytest.raises(TemplateError) as caught:
        load_template(kind, folder)
    return str(caught.value)


def test_shipped_templates_all_load_with_their_number_abbreviations(templates) -> None:
    assert set(templates) == set(LetterKind)
    abbreviations = {kind: t.number_abbreviation for kind, t in templates.items()}
    assert abbreviations == {
        LetterKind.ONE_TIME_NOTICE: "补", LetterKind.TOLERANT_ACCEPTANCE: "容", LetterKind.COMMITMENT: "诺",
        LetterKind.ACCEPTANCE: "受", LetterKind.REFUSAL: "不受", LetterKind.REMINDER: "催", LetterKind.TERMINATION: "终",
        LetterKind.EXTENSION_NOTICE: "延",
    }
    assert templates[LetterKind.ONE_TIME_NOTICE].title == "一次性告知书"


def test_shipped_wording_states_the_law(templates) -> None:
    def words(kind: LetterKind) -> str:
        t = templates[kind]
        return "".join(b.text + b.heading + "".join(e.text for e in b.items) for b in t.blocks)

    assert "《中华人民共和国行政许可法》第三十二条" in words(LetterKind.ONE_TIME_NOTICE)
    assert "一次性告知" in words(LetterKind.ONE_TIME_NOTICE)
    refusal = words(LetterKind.REFUSAL)
    assert "六十日内依法申请行政复议" in refusal and "六个月内依法向人民法院提起行政诉讼" in refusal
    commitment = words(LetterKind.COMMITMENT)
    for promise in ("真实意思表示", "已知悉", "真实、合法、有效", "补齐上述容缺材料", "终止办理", "承担相应的法律责任"):
        assert promise in commitment
    assert "终止办理" in words(LetterKind.TOLERANT_ACCEPTANCE)


def test_unknown_field_is_refused_naming_file_and_field(forms: Path) -> None:
    edit(forms / "acceptance.toml", "{applicant_name}：", "{applicant_nmae}：")
    message = refusal_reasons(forms, LetterKind.ACCEPTANCE)
    assert "acceptance.toml" in message
    assert "第1个内容块（addressee）的 text 使用了未知字段 {applicant_nmae}" in message


def test_missing_required_field_is_refused(forms: Path) -> None:
    edit(forms / "refusal.toml", 'text = "不予受理的理由：{reason}"', 'text = "不予受理的理由见附页。"')
    message = refusal_reasons(forms, LetterKind.REFUSAL)
    assert "refusal.toml" in message and "不予受理通知书必须使用字段 {reason}（理由）" in message


def test_missing_required_section_is_refused(forms: Path) -> None:
    path = forms / "reminder.toml"
    edit(path, 'type = "materials"\nwhich = "missing"', 'type = "paragraph"\nindent = false')
    edit(path, 'heading = "尚未补齐的材料（共{missing_count}项）"', 'text = "尚未补齐的材料（共{missing_count}项）"')
    message = refusal_reasons(forms, LetterKind.REMINDER)
    assert "reminder.toml" in message and "缺少必需的部分：尚缺材料清单" in message


def test_refusal_without_the_rights_notice_is_refused(forms: Path) -> None:
    edit(forms / "refusal.toml", "或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼", "")
    assert "必须告知申请人依法申请行政诉讼的权利" in refusal_reasons(forms, LetterKind.REFUSAL)


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('type = "receipt"', 'type = "receit"', "第8个内容块的类型「receit」未知"),
        ('text = "{applicant_name}："', 'txt = "{applicant_name}："', "有未知的设置项「txt」"),
        ('text = "{applicant_name}："', 'text = "{applicant_name："', "的花括号有误"),
        ('kind = "acceptance"', 'kind = "refusal"', "这是「不予受理通知书」的模板，但文件名表示「受理通知书」"),
        ('placement = "default"', 'placement = "left"', "[stub] placement 的值「left」无效"),
        ('title = "受理通知书"', 'title = "受理通知书', "不是有效的 TOML 格式"),
        ('type = "addressee"', 'type = "addressee"\nwhen = "nothing"', "条件字段「nothing」不是已知字段"),
    ],
)
def test_broken_template_is_refused_with_the_reason(forms: Path, old: str, new: str, reason: str) -> None:
    edit(forms / "acceptance.toml", old, new)
    message = refusal_reasons(forms, LetterKind.ACCEPTANCE)
    assert reason in message and "acceptance.toml" in message


def test_all_problems_of_all_files_are_reported_together(forms: Path) -> None:
    edit(forms / "acceptance.toml", "{applicant_name}：", "{who}：")
    edit(forms / "termination.toml", "{applicant_name}：", "{whom}：")
    with pytest.raises(TemplateError) as caught:
        load_all_templates(forms)
    assert "{who}" in str(caught.value) and "{whom}" in str(caught.value)


def test_centre_file_problems_are_refused(forms: Path) -> None:
    edit(forms / "centre.toml", 'phone = "0000-0000000"\n', "")
    edit(forms / "centre.toml", 'stub = "same-sheet"', 'stub = "both"')
    edit(forms / "centre.toml", "body_size = 13", "body_size = 40")
    with pytest.raises(TemplateError) as caught:
        load_centre_defaults(forms)
    message = str(caught.value)
    assert "centre.toml" in message
    assert "[centre] 缺少电话 phone" in message
    assert "[print] stub 的值「both」无效" in message
    assert "[page] body_size 应为 9 到 18 之间的数" in message


def test_file_saved_in_another_encoding_is_refused(forms: Path) -> None:
    path = forms / "acceptance.toml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    assert "不是 UTF-8 编码" in refusal_reasons(forms, LetterKind.ACCEPTANCE)


def test_centre_can_change_wording_and_stub_without_code(forms: Path, fonts) -> None:
    edit(forms / "acceptance.toml", "办理结果将及时通知你（单位）", "办理结果将以短信方式通知你（单位）")
    edit(forms / "centre.toml", 'stub = "same-sheet"', 'stub = "不打印"')
    template = load_template(LetterKind.ACCEPTANCE, forms)
    assert template.stub_placement is StubPlacement.NONE
    text = pdf_text(render_pdf(sample_content(LetterKind.ACCEPTANCE), template, fonts=fonts))
    assert "办理结果将以短信方式通知你（单位）" in text
    assert "存根联" not in text


def test_template_stub_choice_overrides_the_centre_default(forms: Path) -> None:
    edit(forms / "refusal.toml", 'placement = "default"', 'placement = "second-page"')
    assert load_template(LetterKind.REFUSAL, forms).stub_placement is StubPlacement.SECOND_PAGE
    assert load_template(LetterKind.ACCEPTANCE, forms).stub_placement is StubPlacement.SAME_SHEET
    assert load_template(LetterKind.COMMITMENT, forms).stub_placement is StubPlacement.NONE


def test_settings_override_the_centre_defaults() -> None:
    defaults = load_centre_defaults()
    centre = defaults.centre_info({"name": "青石县白沙镇便民服务中心", "phone": " 0577-62881234 ", "window": None})
    assert centre.name == "青石县白沙镇便民服务中心"
    assert centre.phone == "0577-62881234"
    assert centre.window == defaults.centre.window
    with pytest.raises(ValueError, match="未知的便民服务中心设置项「fax」"):
        defaults.centre_info({"fax": "1"})
