"""The domain's words and dates in the interface language.

The domain keeps Chinese: it is what is stored and printed, and the Chinese interface
shows the domain's own sentences unchanged. A window in another language words the same
things from codes the domain gives alongside its text (a letter kind, an identifier
check's code, a decision option's code), never by reading the Chinese back. Letters
themselves stay Chinese in every interface language: they are official documents for
Chinese applicants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.identifiers import IdCheck
from app.domain.letters import LetterKind, chinese_date
from app.domain.lifecycle import DecisionOption
from app.ui.i18n import status_text

translate = QCoreApplication.translate


def chinese_interface() -> bool:
    """Whether the interface speaks Chinese (the default, set with the translators)."""
    return QLocale().language() == QLocale.Language.Chinese


def ui_date(day: dt.date | str | None, empty: str = "—") -> str:
    """``2026年12月4日`` in the Chinese interface, ``4 Dec 2026`` in the English one."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    if not day:
        return empty
    if chinese_interface():
        return chinese_date(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def listing(names: Iterable[str]) -> str:
    """Names in a row: ``甲、乙`` in Chinese, ``甲, 乙`` in English."""
    return ("、" if chinese_interface() else ", ").join(names)


def bracketed(text: str) -> str:
    """A parenthesis in the interface's own punctuation: ``（MZ-001）`` or `` (MZ-001)``."""
    return f"（{text}）" if chinese_interface() else f" ({text})"


def letter_name(kind: LetterKind | str) -> str:
    """The name of a kind of letter."""
    kind = LetterKind(kind)
    if chinese_interface():
        return kind.label
    return {
        LetterKind.ONE_TIME_NOTICE: translate("DomainWords", "One-time notice"),
        LetterKind.TOLERANT_ACCEPTANCE: translate("DomainWords", "Tolerant acceptance notice"),
        LetterKind.COMMITMENT: translate("DomainWords", "Commitment letter"),
        LetterKind.ACCEPTANCE: translate("DomainWords", "Acceptance notice"),
        LetterKind.REFUSAL: translate("DomainWords", "Refusal notice"),
        LetterKind.REMINDER: translate("DomainWords", "Reminder to supply"),
        LetterKind.TERMINATION: translate("DomainWords", "Termination notice"),
        LetterKind.EXTENSION_NOTICE: translate("DomainWords", "Extension notice"),
    }[kind]


def gender_word(gender: str | None) -> str:
    if chinese_interface():
        return {"male": "男", "female": "女"}.get(gender or "", "")
    return {"male": translate("DomainWords", "male"), "female": translate("DomainWords", "female")}.get(
        gender or "", "")


def _id_words() -> dict[str, str]:
    return {
        "id_empty": translate("DomainWords", "Please enter the ID number"),
        "id_old_15": translate("DomainWords", "15-digit ID numbers are no longer in use; ask for the 18-digit number"),
        "id_length": translate("DomainWords", "An ID number has 18 characters, this one has {length}"),
        "id_characters": translate("DomainWords", "The first 17 characters are digits, the last a digit or X"),
        "id_check_digit": translate("DomainWords", "The check digit does not match: please check for a typing error"),
        "id_no_such_date": translate("DomainWords", "The date of birth in the number ({date}) does not exist"),
        "id_born_in_future": translate("DomainWords", "The date of birth in the number is after today"),
        "id_born_before_1900": translate("DomainWords", "The date of birth in the number is before 1900"),
        "id_unknown_region": translate("DomainWords", "Region code {region} is not in the current list (perhaps a "
                                                      "county since merged or renumbered): check the card itself"),
        "uscc_empty": translate("DomainWords", "Please enter the unified social credit code"),
        "uscc_length": translate("DomainWords", "A credit code has 18 characters, this one has {length}"),
        "uscc_first_eight": translate("DomainWords", "The first 8 characters of a credit code are digits"),
        "uscc_characters": translate("DomainWords", "The code has a character not used in credit codes "
                                                    "(I, O, Z, S and V never are)"),
        "uscc_check_digit": translate("DomainWords", "The check character does not match: please check for a "
                                                     "typing error"),
        "uscc_invalid": translate("DomainWords", "This is not a valid credit code"),
        "phone_empty": translate("DomainWords", "Please enter a phone number"),
        "phone_characters": translate("DomainWords", "A phone number has only digits, a \"-\" after the area code "
                                                     "and an extension"),
        "phone_format": translate("DomainWords", "Enter an 11-digit mobile number or a landline with its area code"),
        "mobile_extension": translate("DomainWords", "A mobile number has no extension"),
        "mobile_second_digit": translate("DomainWords", "The second digit of a mobile number is 3 to 9"),
        "mobile_length": translate("DomainWords", "A mobile number has 11 digits, this one has {length}"),
        "landline_no_area_code": translate("DomainWords", "Add the area code to a landline, e.g. 0571-88886666"),
        "landline_incomplete": translate("DomainWords", "Landline incomplete: area code and number, "
                                                        "e.g. 0571-88886666"),
        "landline_format": translate("DomainWords", "Write a landline as area code-number, e.g. 0571-88886666"),
        "landline_no_number": translate("DomainWords", "Enter the 7 or 8 digits after the area code {area}"),
        "landline_characters": translate("DomainWords", "A landline has only digits"),
        "landline_area_code": translate("DomainWords", "Area code {area} is not right (e.g. 010, 021, 0571)"),
        "landline_length": translate("DomainWords", "A landline number has 7 or 8 digits after the area code, "
                                                    "this one has {length}"),
        "landline_leading_zero": translate("DomainWords", "A landline number does not start with 0: is the area "
                                                          "code typed twice?"),
    }


def id_message(check: IdCheck) -> str:
    """Why a number is refused (or, when accepted, what to check): the check's error or warning."""
    text = check.error or check.warning or ""
    if chinese_interface() or not check.code:
        return text
    words = _id_words().get(check.code)
    return words.format(**check.params) if words else text


def _names(params: Mapping[str, Any]) -> str:
    return listing(params.get("names", ()))


def decision_reason(option: DecisionOption) -> str:
    """What a decision means for this intake, or why the rules do not allow it."""
    if chinese_interface() or not option.code:
        return option.reason
    p = option.params
    words = {
        "missing_required": translate("DomainWords", "required materials missing: {names}"),
        "complete": translate("DomainWords", "every material is here: accept"),
        "nothing_missing": translate("DomainWords", "every material is here, nothing to supply"),
        "item_not_tolerant": translate("DomainWords", "this item does not allow tolerant acceptance"),
        "core_missing": translate("DomainWords", "core materials missing, no tolerance for them: {names}"),
        "no_commitment": translate("DomainWords", "the applicant must sign the commitment letter of their own will"),
        "broken_promise": translate("DomainWords", "the applicant has broken a commitment before: a supervisor must "
                                                   "give the reason"),
        "supply_days_too_few": translate("DomainWords", "the supply period is at least 1 working day"),
        "supply_days_over_promise": translate("DomainWords", "a supply period of {days} working days is longer than "
                                                             "the item's promised {promised} working days"),
        "supply_days_over_item": translate("DomainWords", "the supply period may not be longer than the item's "
                                                          "{days} working days"),
        "tolerant_missing": translate("DomainWords", "accept now, to be supplied later: {names}"),
        "notice_missing": translate("DomainWords", "tell the applicant once what to supply: {names}"),
        "refuse": translate("DomainWords", "outside the centre's remit or the legal conditions (the reason is "
                                           "required)"),
    }.get(option.code)
    if words is None:
        return option.reason
    return words.format(names=_names(p), **{k: v for k, v in p.items() if k != "names"})


def intake_warnings(warnings: Sequence[str], *, id_check: IdCheck | None, broke_promise: bool,
                    duplicates: Sequence[Any]) -> list[str]:
    """The warnings of an intake preview: the service's own lines in Chinese, the same
    facts worded from their parts in another language."""
    if chinese_interface():
        return list(warnings)
    lines = []
    if id_check is not None and id_check.ok and id_check.warning:
        lines.append(id_message(id_check))
    if broke_promise:
        lines.append(translate("DomainWords", "The applicant has a broken commitment of tolerant acceptance on "
                                              "record."))
    if duplicates:
        cases = "; ".join(translate("DomainWords", "{number} (received {date}, {status})").format(
            number=d.number, date=ui_date(d.intake_date), status=status_text(d.status.value)) for d in duplicates)
        lines.append(translate("DomainWords", "This applicant already has an open case of this item: {cases}. "
                                              "Look at it first; to log another, give the reason.").format(cases=cases))
    return lines
