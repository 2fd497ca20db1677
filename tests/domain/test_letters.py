"""The letter content model: what a letter must say, its dates, hash and QR payload."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import replace

import pytest

from app.domain.letters import (
    FIELD_NAMES,
    ApplicantInfo,
    CentreInfo,
    LetterContent,
    LetterContentError,
    LetterKind,
    MaterialLine,
    chinese_date,
    content_hash,
    document_number,
    letter_fields,
    qr_payload,
    verification_code,
)

CENTRE = CentreInfo("某某镇便民服务中心", "某镇便民", "1号窗口", "某某镇人民路1号", "0571-88886666", "某某镇便民服务中心")
APPLICANT = ApplicantInfo("王𠮷", "person", "11010519491231002X", phone="13900001111")
PHOTO = MaterialLine("M06", "一寸免冠彩色照片", "原件", 2, "白底")
ID_COPY = MaterialLine("M04", "身份证", "复印件", 1, "正反面")


def notice(**changes: object) -> LetterContent:
    fields: dict[str, object] = dict(
        kind=LetterKind.ONE_TIME_NOTICE, number="某镇便民补字〔2026〕第0001号", case_number="〔2026〕某镇便民第0001号",
        issue_date=dt.date(2026, 11, 20), centre=CENTRE, applicant=APPLICANT, item_code="MZ-0012",
        item_name="最低生活保障审核确认", item_version="1", received_date=dt.date(2026, 11, 18),
        materials_received=(ID_COPY,), materials_missing=(PHOTO,), supply_deadline=dt.date(2026, 12, 3),
        supply_days=9, officer_name="林晓燕", legal_basis="《最低生活保障审核确认办法》",
    )
    fields.update(changes)
    return LetterContent(**fields)  # type: ignore[arg-type]


def test_kinds_have_the_command_line_spellings_and_chinese_names() -> None:
    assert [k.cli_name for k in LetterKind] == [
        "one-time-notice", "tolerant-acceptance", "commitment", "acceptance", "refusal", "reminder", "termination",
        "extension-notice"]
    assert LetterKind.parse("one-time-notice") is LetterKind.ONE_TIME_NOTICE
    assert LetterKind.parse("tolerant_acceptance") is LetterKind.TOLERANT_ACCEPTANCE
    assert LetterKind.parse("不予受理通知书") is LetterKind.REFUSAL
    with pytest.raises(LetterContentError, match="未知的文书种类「notice」"):
        LetterKind.parse("notice")


def test_dates_print_in_chinese_form() -> None:
    assert chinese_date(dt.date(2026, 12, 3)) == "2026年12月3日"
    assert chinese_date(dt.date(2027, 1, 31)) == "2027年1月31日"


def test_document_number_has_office_kind_year_and_serial() -> None:
    assert document_number("某镇便民", "补", 2026, 1) == "某镇便民补字〔2026〕第0001号"
    assert document_number("某镇便民", "不受", 2026, 123) == "某镇便民不受字〔2026〕第0123号"


def test_fields_give_deadline_and_period_as_printed() -> None:
    fields = letter_fields(notice())
    assert fields.keys() == FIELD_NAMES
    assert fields["supply_deadline"] == "2026年12月3日"
    assert fields["supply_period"] == "9个工作日"
    assert fields["applicant_id_label"] == "公民身份号码"
    assert fields["applicant_id_number"] == "11010519491231002X"  # full, never masked on a letter
    assert letter_fields(notice(supply_unit="natural", supply_days=30))["supply_period"] == "30日"
    assert fields["missing_list"] == "一寸免冠彩色照片"


def test_hash_follows_content_but_not_the_reprint_flags() -> None:
    original = notice()
    assert content_hash(original) == content_hash(notice())
    reprint = replace(original, reprint=True, reprint_of=dt.date(2026, 11, 20))
    assert content_hash(reprint) == content_hash(original)
    assert verification_code(reprint) == verification_code(original)
    changed = notice(materials_missing=(replace(PHOTO, copies=3),))
    assert content_hash(changed) != content_hash(original)
    assert verification_code(changed) != verification_code(original)


def test_verification_code_is_eight_base32_characters_and_in_the_qr_payload() -> None:
    content = notice()
    code = verification_code(content)
    assert len(code) == 8
    base64.b32decode(code)  # only the base32 alphabet
    assert qr_payload(content) == f"AW1|〔2026〕某镇便民第0001号|{code}"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"materials_missing": ()}, "一次性告知书必须列出至少一项尚缺的材料"),
        ({"supply_deadline": None, "supply_days": None}, "一次性告知书必须写明补正期限"),
        ({"supply_deadline": dt.date(2026, 11, 1)}, "补正期限不能早于文书出具日期"),
        ({"supply_days": None}, "补正期限的日期和天数必须同时填写"),
        ({"received_date": dt.date(2026, 11, 21)}, "收件日期不能晚于文书出具日期"),
        ({"case_number": "A|B"}, "办件编号不能包含竖线"),
        ({"officer_name": " "}, "承办人不能为空"),
        ({"supply_unit": "hours"}, "补正期限单位"),
        ({"reprint_of": dt.date(2026, 11, 19)}, "只有补打的文书才有原打印日期"),
    ],
)
def test_incomplete_content_is_refused_with_the_reason(changes: dict, message: str) -> None:
    with pytest.raises(LetterContentError, match=message):
        notice(**changes)


def test_each_kind_requires_what_it_must_state() -> None:
    with pytest.raises(LetterContentError, match="不予受理通知书必须写明理由"):
        notice(kind=LetterKind.REFUSAL, materials_missing=(), supply_deadline=None, supply_days=None)
    with pytest.raises(LetterContentError, match="受理通知书必须写明承诺办结日期"):
        notice(kind=LetterKind.ACCEPTANCE)
    accepted = notice(kind=LetterKind.ACCEPTANCE, completion_deadline=dt.date(2026, 12, 11), promised_days=15)
    assert letter_fields(accepted)["promised_period"] == "15个工作日"


def test_bad_parts_are_refused() -> None:
    with pytest.raises(LetterContentError, match="材料「照片」的形式「扫描件」无效"):
        MaterialLine("M1", "照片", "扫描件", 1)
    with pytest.raises(LetterContentError, match="份数必须是正整数"):
        MaterialLine("M1", "照片", "原件", 0)
    with pytest.raises(LetterContentError, match="申请人类型"):
        ApplicantInfo("某公司", "company", "91330000000000000X")
    with pytest.raises(LetterContentError, match="联系电话不能为空"):
        replace(CENTRE, phone="")


def test_enterprise_applicant_prints_its_credit_code_label() -> None:
    firm = ApplicantInfo("某某合作社", "enterprise", "93330324MA2H7K3L56", legal_rep="张三")
    assert letter_fields(notice(applicant=firm))["applicant_id_label"] == "统一社会信用代码"
    assert letter_fields(notice(applicant=firm))["applicant_legal_rep"] == "张三"
