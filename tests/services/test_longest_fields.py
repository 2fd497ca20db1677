"""Every field at its longest still prints: the limits in ``app.domain.text`` are the ones
the letters can lay out, so a stored case can never make a letter fail."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.cn import ric

from app.domain.letters import LetterKind
from app.domain.text import LIMITS, TextRefused
from app.services import cases, catalogue, letters
from app.services.cases import ApplicantInput, IntakeRequest

FRI = dt.date(2026, 11, 20)
#: Worst cases for line breaking: one unbreakable Latin run, and wide CJK.
LATIN = "W" * 400 + "x" * 600
CJK = "龘" * 1000


def long_item(workspace, admin) -> str:
    raw = next(s.item for s in catalogue.current_items(workspace) if s.item.code == "MZ-001").to_dict()
    raw["code"] = "LONG-1"
    raw["name"] = CJK[: LIMITS["item_name"]]
    raw["legal_basis"] = LATIN[: LIMITS["item_text"]]
    for i, m in enumerate(raw["materials"]):
        m["name"] = (CJK if i % 2 else LATIN)[: LIMITS["item_name"] - 2] + f"{i:02d}"
        m["requirement"] = (LATIN if i % 2 else CJK)[: LIMITS["item_text"]]
    catalogue.save_item(workspace, admin, raw)
    return raw["code"]


def uscc() -> str:
    return "91350100M000100Y43"


@pytest.mark.parametrize("text", [LATIN, CJK], ids=["latin", "cjk"])
def test_letters_print_with_every_field_at_its_limit(workspace, staff, text):
    code = long_item(workspace, staff.admin)
    name = text[: LIMITS["name"]]
    rep = text[: LIMITS["person_name"]]
    reason = text[: LIMITS["reason"]]
    applicant = ApplicantInput("enterprise", name, uscc(), "13800138000", legal_rep=rep)
    rules = catalogue.current_items(workspace)
    item = next(s.item for s in rules if s.item.code == code)
    tolerable = [m.code for m in item.materials if m.tolerable]
    received = tuple(m.code for m in item.materials if not m.tolerable)

    def log(**kw) -> str:
        # one applicant, one item, several open cases: each after the first with its reason at the limit
        req = IntakeRequest(item_code=code, applicant=applicant, duplicate_reason=reason, **kw)
        return cases.intake(workspace, staff.boss, req, FRI).state.number

    made = []
    notice = log(received=received, missing=tuple(tolerable))
    made.append((notice, LetterKind.ONE_TIME_NOTICE))
    tolerant = log(received=received, missing=tuple(tolerable), commitment_signed=True, reason=reason)
    made += [(tolerant, LetterKind.TOLERANT_ACCEPTANCE), (tolerant, LetterKind.COMMITMENT),
             (tolerant, LetterKind.REMINDER)]
    accepted = log(received=received + tuple(tolerable))
    made.append((accepted, LetterKind.ACCEPTANCE))
    refused = log(received=(), decision=cases.Decision.REFUSE, reason=reason)
    made.append((refused, LetterKind.REFUSAL))
    ended = log(received=received, missing=tuple(tolerable), commitment_signed=True)
    cases.terminate(workspace, staff.boss, ended, reason, FRI)
    made.append((ended, LetterKind.TERMINATION))
    for number, kind in made:
        for fmt in ("pdf", "docx"):
            issued = letters.issue(workspace, staff.boss, number, kind, fmt, FRI, confirm_unconfirmed=True)
            assert issued.data, (kind, fmt)


@pytest.mark.parametrize("field, kind", [("name", "name"), ("legal_rep", "person_name")])
def test_one_character_more_is_refused_before_anything_is_stored(workspace, staff, field, kind):
    values = {"name": "张三", "legal_rep": "李四"} | {field: "张" * (LIMITS[kind] + 1)}
    applicant = ApplicantInput("enterprise", values["name"], uscc(), "13800138000", legal_rep=values["legal_rep"])
    with pytest.raises(TextRefused, match=f"最多 {LIMITS[kind]} 个字"):
        cases.intake(workspace, staff.clerk, IntakeRequest(item_code="MZ-001", applicant=applicant), FRI)
