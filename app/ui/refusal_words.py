"""A refusal in the interface language: the domain's Chinese sentence in the Chinese
window, the same reason worded from its code and values in another.

Every place the window shows why something was refused or is not offered (a message
box, a disabled button's tooltip, the print menu) goes through :func:`refusal_text`, so
a reason the domain has coded is never shown in Chinese to an English interface, and a
reason it has not coded is still shown rather than lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.letters import LetterKind
from app.domain.lifecycle import Action, Decision, DecisionOption, Status
from app.domain.merge import ConflictKind
from app.domain.rating import DECLINED_LABEL, LEVELS, NOT_RATED_LABEL, STEPS
from app.ui import admin_refusals
from app.ui.domain_words import chinese_interface, decision_reason, id_message, letter_name, listing, ui_date
from app.ui.i18n import conflict_kind_text, status_text

translate = QCoreApplication.translate


def action_word(action: Action | str) -> str:
    """An action as the officer's verb: "supply materials", "extend"."""
    action = Action(action)
    if chinese_interface():
        return action.label
    return {
        Action.SUPPLY: translate("Refusals", "record supplied materials"),
        Action.REJECT_MATERIAL: translate("Refusals", "send a material back"),
        Action.PAUSE: translate("Refusals", "pause the clock"),
        Action.RESUME: translate("Refusals", "resume the clock"),
        Action.EXTEND: translate("Refusals", "extend"),
        Action.COMPLETE: translate("Refusals", "complete"),
        Action.TERMINATE: translate("Refusals", "terminate"),
        Action.NOTE: translate("Refusals", "add a note"),
        Action.REOPEN: translate("Refusals", "reopen"),
        Action.RATE: translate("Refusals", "record a rating"),
        Action.FOLLOW_UP: translate("Refusals", "follow up a poor rating"),
    }[action]


def rating_word(level: str) -> str:
    """A rating level (or ``declined``, ``not_rated``) in the interface language."""
    if chinese_interface():
        return {"declined": DECLINED_LABEL, "not_rated": NOT_RATED_LABEL}.get(level) or LEVELS.get(level, level)
    return {
        "very_satisfied": translate("Rating", "very satisfied"),
        "satisfied": translate("Rating", "satisfied"),
        "basic": translate("Rating", "fairly satisfied"),
        "dissatisfied": translate("Rating", "dissatisfied"),
        "very_dissatisfied": translate("Rating", "very dissatisfied"),
        "declined": translate("Rating", "declined to rate"),
        "not_rated": translate("Rating", "not rated"),
    }.get(level, level)


def step_word(step: str) -> str:
    """A step of a poor rating's follow-up: verification, rectification, return visit."""
    if chinese_interface():
        return STEPS.get(step, step)
    return {
        "verify": translate("Rating", "verification"),
        "rectify": translate("Rating", "rectification"),
        "revisit": translate("Rating", "return visit"),
    }.get(step, step)


def conflict_kind_word(kind: ConflictKind | str) -> str:
    """What kind of clash two stations' events make, in a few words."""
    kind = ConflictKind(kind)
    return kind.label if chinese_interface() else conflict_kind_text(kind.value)


def correction_field_word(field_name: str) -> str:
    return {
        "name": translate("Refusals", "The applicant's name"),
        "phone": translate("Refusals", "The phone number"),
        "legal_rep": translate("Refusals", "The legal representative"),
    }.get(field_name, field_name)


def _centre_fields() -> dict[str, str]:
    return {
        "中心名称": translate("Refusals", "the centre's name"),
        "办理地址": translate("Refusals", "the address"),
        "联系电话": translate("Refusals", "the phone number"),
        "办公时间": translate("Refusals", "the opening hours"),
    }


def _decision_word(decision: Decision) -> str:
    from app.ui.intake import decision_text

    return decision_text(decision)


def _shown(name: str, value: Any) -> str:
    """A value a reason names, in the interface's words."""
    own = admin_refusals.shown(name, value)
    if own is not None:
        return own
    if isinstance(value, dt.date):
        return ui_date(value)
    if isinstance(value, Status):
        return status_text(value.value)
    if value is None and name == "status":
        return translate("Refusals", "not logged")
    if isinstance(value, Action):
        return action_word(value)
    if isinstance(value, LetterKind):
        return letter_name(value)
    if isinstance(value, Decision):
        return _decision_word(value)
    if isinstance(value, DecisionOption):
        return decision_reason(value)
    if isinstance(value, BaseException):
        return refusal_text(value)
    if name == "step":
        return step_word(value)
    if name == "level":
        return rating_word(value)
    if name == "field":
        return correction_field_word(value)
    if name == "before":
        return listing(step_word(s) for s in value)
    if name == "check":
        return id_message(value)
    if name == "fields":
        return listing(_centre_fields().get(f, f) for f in value)
    if isinstance(value, (tuple, list, frozenset)):
        return listing(str(v) for v in value)
    return str(value)


def _words() -> dict[str, str]:
    return {
        # intake
        "unknown_item_materials": translate("Refusals", "Item “{item}” has no materials {codes} (it has: {known})"),
        "received_and_missing": translate("Refusals", "A material cannot be both received and missing: {codes}"),
        "decision_not_allowed": translate("Refusals", "Cannot decide “{decision}”: {option}"),
        "refusal_reason": translate("Refusals", "A refusal needs the reason written down"),
        # dates
        "backdated": translate("Refusals", "The date {day} is before the case's latest recorded step ({last}): steps cannot be "
                       "backdated"),
        "before_intake": translate("Refusals", "Cannot {action} on {day}: before the intake date, {since}"),
        "before_acceptance": translate("Refusals", "Cannot {action} on {day}: before the acceptance date, {since}"),
        "before_pause": translate("Refusals", "Cannot {action} on {day}: before the clock was paused, {since}"),
        # the case's state
        "not_logged": translate("Refusals", "The case is not logged"),
        "not_open": translate("Refusals", "Case {number} is {status}: cannot {action}"),
        "nothing_to_supply": translate("Refusals", "No material is missing"),
        "supply_none_named": translate("Refusals", "Name the materials brought in"),
        "unknown_case_materials": translate("Refusals", "The case has no materials {codes}"),
        "not_missing": translate("Refusals", "These materials are not missing, nothing to supply: {names}"),
        "nothing_to_reject": translate("Refusals", "No material has been taken in that could be sent back"),
        "reject_only_tolerable": translate("Refusals", "After tolerant acceptance only the materials allowed to follow may be sent back"),
        "already_missing": translate("Refusals", "“{name}” is already recorded as missing"),
        "reject_core": translate("Refusals", "After tolerant acceptance only the materials allowed to follow may be sent back; "
                         "“{name}” is a core material: terminate the case or take the application again"),
        "reject_after_acceptance": translate("Refusals", "The case has been accepted: materials can no longer be sent back"),
        "reject_reason": translate("Refusals", "Sending a material back needs the reason it is inadequate"),
        "pause_before_acceptance": translate("Refusals", "The case is not accepted yet: the completion clock has not started, so "
                                     "it cannot be paused"),
        "already_paused": translate("Refusals", "The completion clock is already paused"),
        "pause_reason": translate("Refusals", "Pausing the clock needs a reason (a special procedure such as publication, testing "
                          "or a hearing)"),
        "pause_before_accepted_date": translate("Refusals", "The clock cannot be paused before the acceptance date"),
        "pause_after_deadline": translate("Refusals", "The completion limit ran out on {deadline}: the clock can no longer be paused"),
        "not_paused": translate("Refusals", "The completion clock is not paused"),
        "resume_before_pause": translate("Refusals", "The clock cannot resume before the day it was paused, {start}"),
        "extend_supervisor": translate("Refusals", "An extension must be approved by a supervisor or an administrator"),
        "extend_before_acceptance": translate("Refusals", "The case is not accepted yet: it cannot be extended"),
        "extend_days_positive": translate("Refusals", "The extension is a whole number of working days, at least 1"),
        "extend_reason": translate("Refusals", "An extension needs a reason, which the applicant is told"),
        "extend_over_limit": translate("Refusals", "Extensions may total at most {limit} working days (Administrative Licensing Law, "
                               "art. 42); {used} already granted"),
        "extend_while_paused": translate("Refusals", "The case cannot be extended while its clock is paused: resume it first"),
        "extend_after_deadline": translate("Refusals", "The completion limit passed on {deadline}: an extension asked for after it "
                                   "would itself be late"),
        "complete_result": translate("Refusals", "The result is approved or rejected"),
        "complete_before_acceptance": translate("Refusals", "The case is awaiting materials and not accepted: it cannot be completed; "
                                        "accept it once the materials are in, or terminate it"),
        "complete_missing": translate("Refusals", "Materials still missing ({names}): the case cannot be approved and the result "
                              "issued"),
        "terminate_reason": translate("Refusals", "Terminating a case needs the reason written down"),
        "reopen_open": translate("Refusals", "The case is {status}: only a completed or terminated case can be reopened"),
        "reopen_supervisor": translate("Refusals", "Only a supervisor or an administrator can reopen a case, with the reason"),
        "reopen_reason": translate("Refusals", "Reopening needs the reason written down (e.g. completed or terminated by mistake)"),
        "note_empty": translate("Refusals", "The note is empty"),
        "correction_reason": translate("Refusals", "A correction needs the reason written down"),
        "person_no_legal_rep": translate("Refusals", "A person applying has no legal representative"),
        "correction_same": translate("Refusals", "{field} is the same as before: nothing to correct"),
        # rating
        "rating_level": translate("Refusals", "“{text}” is not a rating level"),
        "rating_open": translate("Refusals", "The case is not closed yet: record the rating at completion or within the set days "
                         "after it"),
        "rating_once": translate("Refusals", "The case was rated on {day} ({level}): one rating per case"),
        "rating_choice": translate("Refusals", "Choose a rating level, or record that the applicant declined (one of the two)"),
        "rating_before_close": translate("Refusals", "The rating date {day} is before the case was closed, {since}"),
        "rating_window_over": translate("Refusals", "The time for rating has passed: within {days} working days of closing (until "
                                "{end})"),
        "follow_up_step": translate("Refusals", "“{step}” is not a step of the follow-up"),
        "no_follow_up": translate("Refusals", "The case has no poor rating to follow up"),
        "follow_up_closed": translate("Refusals", "The poor rating's follow-up was closed by the return visit on {day}"),
        "follow_up_done": translate("Refusals", "The {step} is already recorded"),
        "follow_up_order": translate("Refusals", "Record the {before} first, then the {step}"),
        "follow_up_text": translate("Refusals", "Write what the {step} found or did"),
        "follow_up_backdated": translate("Refusals", "The {step} date {day} is before the previous step's, {since}"),
        # conflicts
        "no_conflicts": translate("Refusals", "Case {number} has no conflict to settle"),
        "no_such_conflict": translate("Refusals", "Case {number} has no conflict {conflict}"),
        "keep_one_side": translate("Refusals", "Keep one of the two sides of the conflict"),
        "settle_reason": translate("Refusals", "Settling a conflict needs the reason written down"),
        # letters
        "letter_deemed": translate("Refusals", "The one-time notice was due by {notice_deadline} and not given: by law (Administrative "
                           "Licensing Law, art. 32) the case counts as accepted from {since}, and materials can no "
                           "longer be made a condition of acceptance"),
        "letter_notice_only": translate("Refusals", "The one-time notice is only for a case awaiting missing materials"),
        "letter_tolerant_only": translate("Refusals", "The {kind} is only for a case of tolerant acceptance"),
        "letter_all_supplied": translate("Refusals", "The materials allowed to follow are all in: no {kind} is needed"),
        "letter_not_accepted": translate("Refusals", "The case is not accepted yet"),
        "letter_tolerant_instead": translate("Refusals", "Materials allowed to follow are still missing: give the tolerant acceptance "
                                     "notice"),
        "letter_refused_only": translate("Refusals", "The refusal notice is only for a refused case"),
        "letter_missing_only": translate("Refusals", "The reminder is only for a case with materials still missing"),
        "letter_terminated_only": translate("Refusals", "The termination notice is only for a terminated case"),
        "letter_extended_only": translate("Refusals", "The extension notice is only for a case whose limit was extended with approval"),
        "letter_case_closed": translate("Refusals", "The case is {status}: no new {kind} can be given; reprint the original if one "
                                "is needed"),
        "letter_not_printable": translate("Refusals", "Cannot print the {kind}: {refusal} (case status: {status})"),
        "letter_supply_overdue": translate("Refusals", "The supply deadline {deadline} has passed: no {kind} can be given; terminate "
                                   "the case as the rules say"),
        "letter_content": translate("Refusals", "Cannot make the {kind}: {problem}"),
        "notice_added_reason": translate("Refusals", "The one-time notice was printed before; this one adds materials it did not name "
                                 "({names}): a supervisor must give the reason before it is printed"),
        # the services' own refusals on a case and its letters
        "applicant_name_empty": translate("Refusals", "Enter the applicant's name"),
        "applicant_kind": translate("Refusals", "The applicant is a person or an enterprise"),
        "legal_rep_empty": translate("Refusals", "An enterprise's application needs its legal representative"),
        "identifier_refused": translate("Refusals", "The ID number or credit code is wrong: {check}"),
        "phone_refused": translate("Refusals", "The phone number is wrong: {check}"),
        "intake_after_today": translate("Refusals", "The intake date {day} is after today, {today}"),
        "after_today": translate("Refusals", "The date {day} is after today, {today}"),
        "supply_days_too_few": translate("Refusals", "The supply period is at least 1 working day"),
        "duplicate_open": translate("Refusals", "The applicant already has an open case of this item ({cases}): "
                                                "look at it first; to log another, give the reason"),
        "no_such_case": translate("Refusals", "No case “{ref}” (give the case number or its UUID)"),
        "outside_calendar": translate("Refusals", "{day} is outside the years the working-day calendar covers: "
                                                  "is the year mistyped?"),
        "not_correctable": translate("Refusals", "“{field}” cannot be corrected"),
        "correction_empty": translate("Refusals", "{field} cannot be empty"),
        "settle_supervisor": translate("Refusals", "A conflict is settled by a supervisor or an administrator"),
        "letter_format": translate("Refusals", "Format “{format}” is not offered: PDF or DOCX"),
        "template_broken": translate("Refusals", "The letter templates are faulty; the administrator must mend the "
                                                 "forms folder: {problems}"),
        "item_version_unknown": translate("Refusals", "This computer does not have the version of the item the case "
                                                      "was logged under ({item}, version {version}, key {key}): "
                                                      "import the logging station's catalogue first"),
        "nothing_to_reprint": translate("Refusals", "No {kind} has been printed for this case: nothing to reprint"),
        "centre_details_missing": translate("Refusals", "The centre's details on the letter ({fields}) are still the "
                                                        "samples or blank, and the applicant would be sent to the "
                                                        "wrong place: the administrator fills them in under "
                                                        "Administration → Centre settings"),
        "case_moved_on": translate("Refusals", "The case has changed meanwhile: the {kind} cannot be printed: "
                                               "{refusal}"),
        "dates_unconfirmed": translate("Refusals", "A deadline on the letter falls in a year whose holiday schedule "
                                                   "has not been imported, so it is counted on weekends only: "
                                                   "import that year's calendar first"),
        "cannot_write": translate("Refusals", "Cannot write the file {path}: {problem}"),
        "bad_qr": translate("Refusals", "The QR code's content is not in the expected form"),
        "notice_added_supervisor": translate("Refusals", "Adding materials the first notice did not name ({names}) is for a supervisor "
                                     "or an administrator, with the reason"),
    }


def refusal_text(refusal: BaseException | Any) -> str:
    """Why something is refused or not offered, in the interface language.

    ``refusal`` is a refusal the domain or a service raised, or anything with the same
    ``code`` and ``params`` (an action's or a letter's availability, with its ``reason``).
    """
    text = refusal.reason if hasattr(refusal, "reason") and not isinstance(refusal, BaseException) else str(refusal)
    code = getattr(refusal, "code", "")
    if chinese_interface() or not code:
        return text
    words = _words().get(code) or admin_refusals.words().get(code)
    if words is None:
        return text
    params: Mapping[str, Any] = getattr(refusal, "params", {}) or {}
    return words.format(**{name: _shown(name, value) for name, value in params.items()})
