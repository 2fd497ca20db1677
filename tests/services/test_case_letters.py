"""Letters for real cases through the services: what the applicant reads, what the record keeps.

Every case here is logged through the intake service in a station initialised with the
shipped catalogue; the letters are read back as an applicant would (text extracted from
the PDF, the DOCX opened with python-docx) and the record is read as an auditor would.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pypdf
import pytest
from stdnum.cn import ric

from app.domain.letters import LetterKind, chinese_date, content_hash, verification_code
from app.services import cases, letters
from app.services.calendar_files import import_year
from app.services.cases import ApplicantInput, CaseRefused, IntakeRequest

FRI = dt.date(2026, 11, 20)
RARE_NAME = "吉𠮷䶮堃喆"
"""𠮷 is in CJK Extension B (beyond the basic plane), 䶮 in Extension A; many fonts lack both."""

#: MZ-001 最低生活保障: materials 06 and 07 are tolerable; 05 is received and can be rejected.
ITEM = "MZ-001"
RECEIVED = ("01", "02", "03", "04", "05")
MISSING = ("06", "07")
MISSING_NAMES = ("1寸免冠照片", "银行账户（社会保障卡）复印件")
REJECTED_NAME = "家庭收入及财产状况声明"
UNCONFIRMED_NOTE = "期限所在年度的国家法定节假日安排尚未公布"

YEAR_2027 = {
    "year": 2027,
    "source": "国务院办公厅关于2027年部分节假日安排的通知",
    "holidays": [
        {"name": "元旦", "dates": ["2027-01-01", "2027-01-02", "2027-01-03"]},
        {"name": "春节", "dates": [f"2027-02-{d:02d}" for d in range(6, 15)]},
    ],
    "workdays": [{"name": "春节", "dates": ["2027-02-20"]}],
}


def resident_id(serial: str = "123", birth: str = "19800101", region: str = "330324") -> str:
    body = f"{region}{birth}{serial}"
    return body + ric.calc_check_digit(body + "0")


def squash(text: str) -> str:
    """Without whitespace: Chinese lines break anywhere, so compare the text run together."""
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    return squash("".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages))


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    return squash("".join(texts))


def log(ws, actor, *, name: str = RARE_NAME, received=RECEIVED, missing=MISSING, day: dt.date = FRI,
        serial: str | None = None, **kw) -> str:
    """Log a MZ-001 case on ``day`` and return its number; each name is another person."""
    serial = serial or str(100 + sum(map(ord, name)) % 900)
    req = IntakeRequest(item_code=ITEM, applicant=ApplicantInput("person", name, resident_id(serial), "13800138000"),
                        received=tuple(received), missing=tuple(missing), **kw)
    return cases.intake(ws, actor, req, day).state.number


def notice_case(ws, actor, **kw) -> str:
    """Materials missing and no commitment: the one-time notice path."""
    return log(ws, actor, **kw)


def tolerant_case(ws, actor, **kw) -> str:
    return log(ws, actor, commitment_signed=True, **kw)


def accepted_case(ws, actor, **kw) -> str:
    return log(ws, actor, received=RECEIVED + MISSING, missing=(), **kw)


def printed(ws, ref: str) -> list[dict]:
    return cases.get_case(ws, ref, FRI).to_json()["letters"]


def print_events(ws, ref: str) -> list[dict]:
    return [e.payload for e in cases.get_case(ws, ref, FRI).events if e.type == "letter_printed"]


def issue(ws, actor, ref: str, kind: LetterKind, fmt: str = "pdf", day: dt.date = FRI, **kw) -> letters.IssuedLetter:
    return letters.issue(ws, actor, ref, kind, fmt, day, **kw)


def refused(fn, *args, **kw) -> str:
    with pytest.raises(CaseRefused) as info:
        fn(*args, **kw)
    return str(info.value)


# -- what the applicant reads ------------------------------------------------------------------


def test_one_time_notice_holds_the_name_every_missing_material_and_the_deadline(workspace, staff, tmp_path):
    number = notice_case(workspace, staff.clerk)
    pdf = issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, out=tmp_path / "n.pdf")
    word = issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, "docx", out=tmp_path / "n.docx")
    assert (tmp_path / "n.pdf").read_bytes() == pdf.data and pdf.data.startswith(b"%PDF")

    for text in (pdf_text(pdf.data), docx_text(word.data)):
        assert RARE_NAME in text
        for name in MISSING_NAMES:
            assert squash(name) in text
        # 10 working days from Friday 2026-11-20: Friday 2026-12-04
        assert "2026年12月4日" in text and "10个工作日" in text
        assert squash(number) in text
    assert pdf.content.supply_deadline == dt.date(2026, 12, 4)


def test_every_font_of_a_case_letter_is_embedded(workspace, staff, tmp_path):
    binary = shutil.which("pdffonts")
    if binary is None:
        pytest.skip("pdffonts (poppler-utils) is not installed, so embedded fonts cannot be listed")
    number = notice_case(workspace, staff.clerk)
    path = tmp_path / "n.pdf"
    issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, out=path)
    listing = subprocess.run([binary, str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert rows, listing
    # columns from the right: object ID (2), uni, sub, emb
    assert all(row[-5] == "yes" for row in rows), listing


def test_each_decision_letter_states_its_own_dates(workspace, staff):
    tolerant = tolerant_case(workspace, staff.clerk, name="堃喆")
    accepted = accepted_case(workspace, staff.clerk, name="王喆")
    for kind in (LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT):
        text = pdf_text(issue(workspace, staff.clerk, tolerant, kind).data)
        assert "堃喆" in text and "2026年12月4日" in text
        assert all(squash(name) in text for name in MISSING_NAMES)
    text = pdf_text(issue(workspace, staff.clerk, accepted, LetterKind.ACCEPTANCE).data)
    # 20 promised working days from 2026-11-20
    assert "王喆" in text and "2026年12月18日" in text and "20个工作日" in text


def test_names_and_reasons_with_markup_characters_print_as_typed(workspace, staff):
    name = "张&三<李>\"四\"'五'"
    reason = "材料\"不全\" & <需核实> 'A&B'"
    number = log(workspace, staff.clerk, name=name, received=("01",), missing=(), decision=cases.Decision.REFUSE,
                 reason=reason)
    pdf = issue(workspace, staff.clerk, number, LetterKind.REFUSAL).data
    word = issue(workspace, staff.clerk, number, LetterKind.REFUSAL, "docx").data
    for text in (pdf_text(pdf), docx_text(word)):
        assert squash(name) in text and squash(reason) in text
        assert "&amp;" not in text and "&lt;" not in text and "&quot;" not in text


# -- the record of each print ------------------------------------------------------------------


def test_printing_records_kind_number_hash_and_verification(workspace, staff):
    number = notice_case(workspace, staff.clerk)
    issued = issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE)
    (letter,) = printed(workspace, number)
    assert letter == {"kind": "one_time_notice", "number": issued.content.number, "reprint": False,
                      "date": "2026-11-20", "officer": "王窗口", "verification": issued.verification}
    (payload,) = print_events(workspace, number)
    assert payload["content_hash"] == content_hash(issued.content)
    assert payload["verification"] == verification_code(issued.content) == issued.verification
    assert payload["materials"] == list(MISSING)
    assert issued.verification in pdf_text(issued.data)


def test_reprint_says_what_the_original_said_and_is_marked(workspace, staff):
    number = accepted_case(workspace, staff.clerk)
    original = issue(workspace, staff.clerk, number, LetterKind.ACCEPTANCE)
    later = dt.date(2026, 11, 25)
    again = issue(workspace, staff.boss, number, LetterKind.ACCEPTANCE, day=later, reprint=True)
    assert again.verification == original.verification
    assert again.content.issue_date == FRI and again.content.reprint_of == FRI
    text = pdf_text(again.data)
    assert "补打" in text and "原件打印日期：2026年11月20日" in text
    assert chinese_date(later) not in text
    assert "王窗口" in text  # the officer who issued the original
    assert [(p["reprint"], p["officer"], p["date"]) for p in printed(workspace, number)] == [
        (False, "王窗口", "2026-11-20"), (True, "李主管", "2026-11-25")]


def test_reprint_gives_the_date_of_the_letter_it_reproduces(workspace, staff):
    number = notice_case(workspace, staff.clerk)
    issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE)
    second_day = dt.date(2026, 11, 24)
    cases.reject_material(workspace, staff.clerk, number, "05", "声明未签字", second_day)
    second = issue(workspace, staff.boss, number, LetterKind.ONE_TIME_NOTICE, day=second_day,
                   supervisor_reason="声明未签字")
    again = issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, day=dt.date(2026, 11, 25),
                  reprint=True)
    assert again.verification == second.verification
    assert again.content.reprint_of == second_day
    assert "原件打印日期：2026年11月24日" in pdf_text(again.data)


def test_reprint_without_an_earlier_print_is_refused_and_records_nothing(workspace, staff, tmp_path):
    number = accepted_case(workspace, staff.clerk)
    out = tmp_path / "r.pdf"
    message = refused(issue, workspace, staff.clerk, number, LetterKind.ACCEPTANCE, out=out, reprint=True)
    assert "还没有打印过受理通知书" in message
    assert not out.exists() and printed(workspace, number) == []


def test_a_letter_that_does_not_fit_is_refused_with_the_reason(workspace, staff, tmp_path):
    number = accepted_case(workspace, staff.clerk)
    out = tmp_path / "x.pdf"
    for kind, why in ((LetterKind.REFUSAL, "不予受理的案件"), (LetterKind.ONE_TIME_NOTICE, "等待补正的案件"),
                      (LetterKind.TERMINATION, "已终止办理的案件")):
        message = refused(issue, workspace, staff.clerk, number, kind, out=out)
        assert why in message and "已受理" in message
    assert not out.exists() and printed(workspace, number) == []


def test_a_closed_case_gets_no_new_acceptance_or_commitment(workspace, staff, tmp_path):
    tolerant = tolerant_case(workspace, staff.clerk)
    cases.terminate(workspace, staff.clerk, tolerant, "申请人撤回申请", dt.date(2026, 11, 24))
    out = tmp_path / "x.pdf"
    for kind in (LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT, LetterKind.ACCEPTANCE,
                 LetterKind.REMINDER):
        message = refused(issue, workspace, staff.clerk, tolerant, kind, day=dt.date(2026, 11, 24), out=out)
        assert "已终止" in message, kind
    assert not out.exists() and printed(workspace, tolerant) == []
    text = pdf_text(issue(workspace, staff.clerk, tolerant, LetterKind.TERMINATION, day=dt.date(2026, 11, 24)).data)
    assert "申请人撤回申请" in text

    done = accepted_case(workspace, staff.clerk, serial="124")
    cases.complete(workspace, staff.clerk, done, "approved", dt.date(2026, 11, 24))
    message = refused(issue, workspace, staff.clerk, done, LetterKind.ACCEPTANCE, day=dt.date(2026, 11, 24))
    assert "已办结" in message and "补打" in message


def test_supplied_tolerant_case_gets_no_new_tolerant_acceptance_notice(workspace, staff):
    number = tolerant_case(workspace, staff.clerk)
    cases.supply(workspace, staff.clerk, number, list(MISSING), FRI)
    for kind in (LetterKind.TOLERANT_ACCEPTANCE, LetterKind.COMMITMENT):
        assert "已经补齐" in refused(issue, workspace, staff.clerk, number, kind)
    assert "2026年12月18日" in pdf_text(issue(workspace, staff.clerk, number, LetterKind.ACCEPTANCE).data)


# -- one time means one time -------------------------------------------------------------------


def test_a_second_notice_asking_for_more_needs_a_supervisors_reason(workspace, staff, tmp_path):
    number = notice_case(workspace, staff.clerk)
    issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE)
    cases.reject_material(workspace, staff.clerk, number, "05", "声明未签字", FRI)

    out = tmp_path / "again.pdf"
    message = refused(issue, workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, out=out)
    assert REJECTED_NAME in message and "主管" in message and "理由" in message
    reason = "申请人提交的声明未签字，经核实须重新提交"
    message = refused(issue, workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, out=out,
                      supervisor_reason=reason)
    assert "主管或管理员" in message
    assert not out.exists() and len(printed(workspace, number)) == 1

    issued = issue(workspace, staff.boss, number, LetterKind.ONE_TIME_NOTICE, out=out, supervisor_reason=reason)
    text = pdf_text(out.read_bytes())
    assert squash(reason) in text and squash(REJECTED_NAME) in text
    payload = print_events(workspace, number)[-1]
    assert payload["supervisor_reason"] == reason == issued.content.supervisor_reason
    assert sorted(payload["materials"]) == ["05", "06", "07"]


def test_reissuing_the_same_notice_needs_no_reason(workspace, staff):
    number = notice_case(workspace, staff.clerk)
    issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE)
    cases.supply(workspace, staff.clerk, number, ["06"], FRI)
    again = issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE)
    assert [m.code for m in again.content.materials_missing] == ["07"]
    assert again.content.supervisor_reason is None


# -- deadlines the calendar cannot confirm yet ---------------------------------------------------


def test_a_deadline_in_an_unimported_year_needs_confirmation(workspace, staff, station_dir, tmp_path):
    day = dt.date(2026, 12, 28)
    number = notice_case(workspace, staff.clerk, day=day)
    out = tmp_path / "u.pdf"
    message = refused(issue, workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, day=day, out=out)
    assert "尚未导入" in message and "--confirm-unconfirmed" in message
    assert not out.exists() and printed(workspace, number) == []

    issued = issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, day=day, out=out,
                   confirm_unconfirmed=True)
    assert not issued.content.deadline_confirmed
    text = pdf_text(out.read_bytes())
    assert UNCONFIRMED_NOTE in text and "2027年1月11日" in text  # weekends only
    assert len(printed(workspace, number)) == 1

    from app.paths import DataPaths

    source = tmp_path / "2027.json"
    source.write_text(json.dumps(YEAR_2027, ensure_ascii=False), encoding="utf-8")
    import_year(DataPaths(station_dir), source)
    workspace.reload_calendar()
    confirmed = issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, day=day)
    text = pdf_text(confirmed.data)
    assert confirmed.content.deadline_confirmed and UNCONFIRMED_NOTE not in text
    assert "2027年1月12日" in text  # New Year's Day 2027 is a holiday


def test_only_deadlines_printed_on_the_letter_need_confirmation(workspace, staff):
    day = dt.date(2026, 12, 28)
    number = tolerant_case(workspace, staff.clerk, day=day)  # both clocks end in 2027
    cases.terminate(workspace, staff.clerk, number, "申请人撤回申请", dt.date(2026, 12, 29))
    issued = issue(workspace, staff.clerk, number, LetterKind.TERMINATION, day=dt.date(2026, 12, 29))
    assert issued.content.deadline_confirmed
    assert UNCONFIRMED_NOTE not in pdf_text(issued.data)


# -- verification ---------------------------------------------------------------------------


def test_a_printed_code_verifies_and_an_unknown_one_does_not(workspace, staff):
    number = notice_case(workspace, staff.clerk)
    other = accepted_case(workspace, staff.clerk, name="王喆")
    issued = issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE)
    foreign = issue(workspace, staff.clerk, other, LetterKind.ACCEPTANCE)

    result = letters.verify(workspace, number, issued.verification.lower(), FRI)
    assert (result.genuine, result.kind, result.number, result.printed_on, result.officer) == (
        True, "one_time_notice", issued.content.number, "2026-11-20", "王窗口")
    assert letters.verify(workspace, f"AW1|{number}|{issued.verification}", "", FRI).genuine
    assert not letters.verify(workspace, number, "AAAAAAAA", FRI).genuine
    assert not letters.verify(workspace, number, foreign.verification, FRI).genuine
    assert "格式不正确" in refused(letters.verify, workspace, f"AW1|{number}", "", FRI)


# -- reminders ------------------------------------------------------------------------------


def test_reminders_pick_open_cases_whose_supply_deadline_is_near(workspace, staff):
    near = notice_case(workspace, staff.clerk)  # deadline 2026-12-04
    issue(workspace, staff.clerk, near, LetterKind.ONE_TIME_NOTICE)  # told in time: not deemed accepted
    tolerant = tolerant_case(workspace, staff.clerk, serial="124")  # deadline 2026-12-04
    later = tolerant_case(workspace, staff.clerk, serial="125", day=dt.date(2026, 11, 30))  # 2026-12-14
    accepted_case(workspace, staff.clerk, serial="126")
    today = dt.date(2026, 12, 1)
    due = letters.cases_needing_reminders(workspace, 3, today)
    numbers = [cases.get_case(workspace, u, today).state.number for u in due]
    assert numbers == [near, tolerant]
    assert later not in numbers
    assert letters.cases_needing_reminders(workspace, 2, today) == []


def test_a_case_deemed_accepted_is_not_reminded_of_materials(workspace, staff):
    """Never told within five working days: accepted by law, no 补正 left to remind of."""
    number = notice_case(workspace, staff.clerk)  # received 2026-11-20, notice due 2026-11-27
    assert letters.cases_needing_reminders(workspace, 5, dt.date(2026, 11, 27))
    assert letters.cases_needing_reminders(workspace, 5, dt.date(2026, 11, 30)) == []
    reason = refused(issue, workspace, staff.clerk, number, LetterKind.REMINDER, day=dt.date(2026, 11, 30))
    assert "即为受理" in reason


def test_a_case_reminded_for_its_deadline_is_not_reminded_again(workspace, staff):
    near = notice_case(workspace, staff.clerk)
    issue(workspace, staff.clerk, near, LetterKind.ONE_TIME_NOTICE)  # told in time: not deemed accepted
    today = dt.date(2026, 12, 1)
    (due,) = letters.cases_needing_reminders(workspace, 3, today)
    issue(workspace, staff.clerk, near, LetterKind.REMINDER, day=today)
    assert letters.cases_needing_reminders(workspace, 3, dt.date(2026, 12, 2)) == []
    assert letters.cases_needing_reminders(workspace, 3, dt.date(2026, 12, 2), again=True) == [due]


# -- the office suite ---------------------------------------------------------------------------

@pytest.mark.slow
def test_libreoffice_converts_a_case_docx(workspace, staff, tmp_path, libreoffice_pdf):
    number = notice_case(workspace, staff.clerk)
    source = tmp_path / "notice.docx"
    issue(workspace, staff.clerk, number, LetterKind.ONE_TIME_NOTICE, "docx", out=source)
    text = pdf_text(libreoffice_pdf(source))
    assert "堃喆" in text and "2026年12月4日" in text
    assert all(squash(name) in text for name in MISSING_NAMES)


def test_sample_or_blank_contact_details_refuse_every_letter(workspace, staff):
    from app.services.settings import save_settings

    number = tolerant_case(workspace, staff.clerk)
    with workspace.write() as s:
        save_settings(s, phone="", hours="")
    message = refused(issue, workspace, staff.clerk, number, LetterKind.COMMITMENT)
    assert "联系电话、办公时间" in message and "中心设置" in message
    with workspace.write() as s:
        save_settings(s, phone="0577-62881234", hours="周一至周五 9:00—17:00", address="某某县某某镇人民路1号")
    assert "办理地址" in refused(issue, workspace, staff.clerk, number, LetterKind.COMMITMENT)
    with workspace.write() as s:
        save_settings(s, address="青石县某镇人民路18号")
    text = pdf_text(issue(workspace, staff.clerk, number, LetterKind.COMMITMENT).data)
    assert "0577-62881234" in text and "0000-0000000" not in text


def test_an_extension_is_told_by_a_notice_naming_the_reason_the_days_and_the_approving_supervisor(workspace, staff):
    number = accepted_case(workspace, staff.clerk)
    assert "延期告知书只用于" in refused(issue, workspace, staff.clerk, number, LetterKind.EXTENSION_NOTICE)
    cases.extend(workspace, staff.boss, number, 5, "须会同县民政局入户核查家庭财产", FRI)
    letter = issue(workspace, staff.clerk, number, LetterKind.EXTENSION_NOTICE)
    text = pdf_text(letter.data)
    assert "延期告知书" in text and "须会同县民政局入户核查家庭财产" in text
    assert "5个工作日" in text and "李主管" in text and "第四十二条" in text
    # 20 promised working days from 2026-11-20 end 2026-12-18; five more end 2026-12-25.
    assert "2026年12月25日" in text
    assert letter.content.approver == "李主管" and letter.content.extension_days == 5


def test_a_letter_printed_after_a_correction_carries_the_corrected_name(workspace, staff):
    number = accepted_case(workspace, staff.clerk, name="王喆")
    cases.correct_applicant(workspace, staff.clerk, number, "name", "王哲", "身份证上为“哲”", FRI)
    text = pdf_text(issue(workspace, staff.clerk, number, LetterKind.ACCEPTANCE).data)
    assert "王哲" in text and "王喆" not in text
