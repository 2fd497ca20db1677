import datetime as dt

import pytest

from app.domain.identifiers import check_phone, check_resident_id, check_uscc, mask_id

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def with_check_digit(first17: str) -> str:
    """GB 11643 check digit, computed here independently of the library under test."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return first17 + "10X98765432"[total % 11]


def test_check_digit_helper_matches_the_published_example():
    assert with_check_digit("11010519491231002") == "11010519491231002X"


# ---------------------------------------------------------------- resident ID


def test_valid_id_gives_birth_date_and_gender():
    number = with_check_digit("33010619850314001")  # order code 001: odd, a man
    check = check_resident_id(number)
    assert check.ok and check.error is None and check.warning is None
    assert check.value == number
    assert check.birth_date == dt.date(1985, 3, 14)
    assert check.gender == "male" and check.gender_label == "男"


def test_lower_case_x_is_accepted_and_stored_upper_case():
    check = check_resident_id("11010519491231002x")
    assert check.ok
    assert check.value == "11010519491231002X"
    assert check.gender == "female"


def test_spaces_and_full_width_digits_are_normalised():
    check = check_resident_id(" 1101 0519 4912 3100 2X ")
    assert check.ok and check.value == "11010519491231002X"
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in "11010519491231002X")
    assert check_resident_id(full_width).value == "11010519491231002X"


def test_wrong_check_digit_is_refused_with_reason():
    check = check_resident_id("110105194912310021")
    assert not check.ok
    assert check.error == "身份证号码校验位错误，请核对是否输错"
    assert check.birth_date is None


@pytest.mark.parametrize("text, fragment", [
    ("11010519491231002", "应为18位，现为17位"),
    ("11010519491231002X1", "应为18位，现为19位"),
    ("110105491231002", "15位旧身份证号码已停止使用"),
    ("", "请填写身份证号码"),
    ("1101051949123100AX", "前17位应为数字"),
])
def test_wrong_length_or_format_is_refused(text, fragment):
    check = check_resident_id(text)
    assert not check.ok
    assert fragment in check.error


def test_february_30_is_refused_even_with_a_correct_check_digit():
    number = with_check_digit("11010519900230001")
    check = check_resident_id(number)
    assert not check.ok
    assert check.error == "身份证号码中的出生日期（1990年02月30日）不存在"


def test_birth_date_after_today_is_refused():
    number = with_check_digit("11010520300101001")
    check = check_resident_id(number, today=dt.date(2026, 5, 1))
    assert not check.ok and "晚于今天" in check.error


def test_region_code_unknown_to_the_library_is_accepted_with_a_warning():
    number = with_check_digit("11019919800101001")  # 110199: province known, county not
    check = check_resident_id(number)
    assert check.ok and check.error is None
    assert "110199" in check.warning
    assert check.birth_date == dt.date(1980, 1, 1)
    province_unknown = check_resident_id(with_check_digit("99010119800101001"))
    assert province_unknown.ok and "990101" in province_unknown.warning


def test_abolished_county_code_is_accepted_with_a_warning():
    # 110103 (崇文区) was merged into 东城区 in 2010; the library knows it only before then.
    born_before = check_resident_id(with_check_digit("11010319800101001"))
    assert born_before.ok and born_before.warning is None
    born_after = check_resident_id(with_check_digit("11010320120101001"))
    assert born_after.ok and born_after.warning and "已撤销" in born_after.warning


# ----------------------------------------------------------------------- USCC


def test_valid_uscc_lower_case_is_stored_upper_case():
    check = check_uscc("91110000600037341l")
    assert check.ok and check.value == "91110000600037341L"


def test_uscc_errors_have_reasons():
    assert check_uscc("91110000600037341A").error == "统一社会信用代码校验位错误，请核对是否输错"
    assert "应为18位，现为5位" in check_uscc("12345").error
    assert "前8位" in check_uscc("A1110000600037341L").error
    assert "不使用字母I、O、Z、S、V" in check_uscc("9111000060003734IL").error
    assert check_uscc("  ").error == "请填写统一社会信用代码"


# ---------------------------------------------------------------------- phones


@pytest.mark.parametrize("text, value, kind", [
    ("13800138000", "13800138000", "mobile"),
    ("138 0013 8000", "13800138000", "mobile"),
    ("+86 138-0013-8000", "13800138000", "mobile"),
    ("19912345678", "19912345678", "mobile"),
    ("0571-88886666", "0571-88886666", "landline"),
    ("057188886666", "0571-88886666", "landline"),
    ("010-12345678", "010-12345678", "landline"),
    ("01012345678", "010-12345678", "landline"),
    ("(0571)88886666", "0571-88886666", "landline"),
    ("0571-88886666-8001", "0571-88886666-8001", "landline"),
    ("0571-88886666转123", "0571-88886666-123", "landline"),
    ("021-6543210", "021-6543210", "landline"),
])
def test_accepted_phones_are_normalised(text, value, kind):
    check = check_phone(text)
    assert check.ok, check.error
    assert check.value == value and check.kind == kind


@pytest.mark.parametrize("text, fragment", [
    ("12800138000", "第二位应为3至9"),
    ("1380013800", "手机号码应为11位，现为10位"),
    ("13800138000转12", "不能带分机号"),
    ("88886666", "请加区号"),
    ("0123-4567890", "区号“0123”不正确"),
    ("0571-123456", "应为7至8位，现为6位"),
    ("0571-08888666", "不能以0开头"),
    ("电话", "只能包含数字"),
    ("", "请填写联系电话"),
])
def test_refused_phones_have_reasons(text, fragment):
    check = check_phone(text)
    assert not check.ok
    assert fragment in check.error


# --------------------------------------------------------------------- masking


def test_resident_id_masked_like_the_lists_show_it():
    assert mask_id("11010519491231002X") == "110105********002X"
    assert mask_id("11010519491231002x") == "110105********002X"


def test_uscc_masked_keeping_first_and_last_four():
    assert mask_id("91110000600037341L") == "9111**********341L"
    assert mask_id("91110000600037341L", kind="uscc") == "9111**********341L"


def test_short_or_other_numbers_show_only_last_four():
    assert mask_id("0571-88886666") == "*********6666"
    assert mask_id("123") == "***"
    assert mask_id("") == ""


@pytest.mark.parametrize("typed", ["0", "0-", "(0", "05", "01", "0571", "0571-", "(0571)"])
def test_a_landline_half_typed_is_refused_with_what_is_missing_not_a_crash(typed):
    check = check_phone(typed)
    assert not check.ok
    assert "不完整" in check.error or "填写7至8位电话号码" in check.error
