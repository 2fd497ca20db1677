"""好差评: the applicant's rating of a case, and the follow-up of a poor one.

国办发〔2019〕51号: every service is rated once (一次一评), on five levels; a poor rating
(不满意, 非常不满意) is verified, the fault rectified, and the applicant called back (回访),
every named poor rating without exception, within a limit the province sets (a setting
in working days). Each step is an event; the follow-up's deadline is a countdown like
any other, and goes red on the work list when missed.

The rating is recorded at completion or within a set window of working days after the
case closed; an applicant may decline to rate, which is recorded too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.calendar import WorkCalendar
from app.domain.deadlines import CountdownStatus, judge
from app.domain.lifecycle import CaseState, RuleViolation

LEVELS: dict[str, str] = {
    "very_satisfied": "非常满意",
    "satisfied": "满意",
    "basic": "基本满意",
    "dissatisfied": "不满意",
    "very_dissatisfied": "非常不满意",
}
POOR = frozenset({"dissatisfied", "very_dissatisfied"})
DECLINED_LABEL = "拒绝评价"
NOT_RATED_LABEL = "未评价"
STEPS: dict[str, str] = {"verify": "核实", "rectify": "整改", "revisit": "回访"}
_ORDER = ("verify", "rectify", "revisit")


def level_of(text: str) -> str:
    """A level from its code or its Chinese name; refused with the choices otherwise."""
    text = text.strip()
    if text in LEVELS:
        return text
    for code, label in LEVELS.items():
        if text == label:
            return code
    raise RuleViolation(f"评价等级“{text}”无效，可选：{'、'.join(LEVELS.values())}", "rating_level", text=text)


def rating_label(state: CaseState) -> str:
    r = state.rating
    if r is None:
        return NOT_RATED_LABEL
    return DECLINED_LABEL if r.declined else LEVELS.get(r.level, r.level or NOT_RATED_LABEL)


def rating_code(state: CaseState) -> str:
    """The rating as a code: a level, ``declined`` or ``not_rated``; the window words it."""
    return "not_rated" if state.rating is None else state.rating.code


def rating_window_end(state: CaseState, cal: WorkCalendar, window_days: int) -> dt.date | None:
    if state.closed_date is None:
        return None
    return cal.add_workdays(state.closed_date, window_days) if window_days else state.closed_date


def check_rating(state: CaseState, cal: WorkCalendar, day: dt.date, level: str | None, declined: bool,
                 window_days: int) -> None:
    """One rating per case, once the case is closed, within the window."""
    if state.status is None or state.status.is_open:
        raise RuleViolation("案件尚未办结，办结时（或办结后规定期限内）再登记评价", "rating_open")
    if state.rating is not None:
        raise RuleViolation(f"本案已于 {state.rating.date.isoformat()} 登记评价（{rating_label(state)}），"
                            "一次一评，不能再次评价", "rating_once", day=state.rating.date,
                            level=rating_code(state))
    if declined == (level is not None):
        raise RuleViolation("请选择评价等级，或登记申请人拒绝评价（二者选一）", "rating_choice")
    if day < state.closed_date:
        raise RuleViolation(f"评价日期 {day.isoformat()} 早于办结日期 {state.closed_date.isoformat()}", "rating_before_close",
                            day=day, since=state.closed_date)
    end = rating_window_end(state, cal, window_days)
    if day > end:
        raise RuleViolation(f"评价期限已过：办结后 {window_days} 个工作日内（至 {end.isoformat()}）可登记评价",
                            "rating_window_over", days=window_days, end=end)


def follow_up_due(cal: WorkCalendar, day: dt.date, days: int) -> dt.date:
    return cal.add_workdays(day, days)


def next_step(state: CaseState) -> str | None:
    """The follow-up step due next (verify, rectify, revisit), or None when none is open."""
    follow = state.follow_up
    if follow is None or not follow.open:
        return None
    return next((step for step in _ORDER if follow.done(step) is None), None)


def check_follow_up(state: CaseState, step: str, day: dt.date, text: str) -> None:
    """Verification, then rectification, then the return visit that closes the follow-up."""
    if step not in STEPS:
        raise RuleViolation(f"整改环节“{step}”无效，可选：{'、'.join(f'{k}（{v}）' for k, v in STEPS.items())}",
                            "follow_up_step", step=step)
    follow = state.follow_up
    if follow is None or not follow.opened:
        raise RuleViolation("本案没有需要整改的差评", "no_follow_up")
    if follow.closed_on is not None:
        raise RuleViolation(f"差评整改已于 {follow.closed_on.isoformat()} 回访办结", "follow_up_closed",
                            day=follow.closed_on)
    if follow.done(step) is not None:
        raise RuleViolation(f"“{STEPS[step]}”已登记过", "follow_up_done", step=step)
    before = _ORDER[: _ORDER.index(step)]
    missing = [STEPS[s] for s in before if follow.done(s) is None]
    if missing:
        raise RuleViolation(f"请先登记{'、'.join(missing)}，再登记{STEPS[step]}", "follow_up_order", step=step,
                            before=tuple(s for s in before if follow.done(s) is None))
    if not text.strip():
        raise RuleViolation(f"请填写{STEPS[step]}情况", "follow_up_text", step=step)
    last = max([follow.start, *(s.date for s in follow.steps)])
    if day < last:
        raise RuleViolation(f"{STEPS[step]}日期 {day.isoformat()} 早于上一环节日期 {last.isoformat()}",
                            "follow_up_backdated", step=step, day=day, since=last)


def follow_up_countdown(state: CaseState, cal: WorkCalendar, today: dt.date, soon: int) -> CountdownStatus | None:
    follow = state.follow_up
    if follow is None or follow.due is None:
        return None
    return judge(cal, follow.due, follow.start, today, follow.closed_on, soon)


def rating_json(state: CaseState) -> dict[str, Any] | None:
    r = state.rating
    if r is None:
        return None
    return {"date": r.date.isoformat(), "level": r.level, "label": rating_label(state),
            "comment": r.comment, "declined": r.declined, "named": r.named, "officer": r.officer}


def follow_up_json(state: CaseState) -> dict[str, Any] | None:
    f = state.follow_up
    if f is None or not f.opened:
        return None
    return {"opened": f.start.isoformat(), "due": f.due.isoformat(),
            "closed_on": f.closed_on.isoformat() if f.closed_on else None,
            "steps": {s.step: {"label": STEPS[s.step], "date": s.date.isoformat(), "text": s.text,
                               "officer": s.officer} for s in f.steps}}
