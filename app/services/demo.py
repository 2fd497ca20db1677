"""Synthetic, realistic cases for trying the program, for training, and for the benchmark.

Cases go through the same lifecycle rules and the same event chain as real ones (the
rules decide, the fold applies, the projection is written), only many to a transaction,
so that a hundred thousand of them load in seconds rather than hours.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuidlib
from dataclasses import dataclass
from typing import Any, Callable

from stdnum.cn import ric

from app.domain.lifecycle import (
    CaseState,
    Decision,
    EventType,
    IntakeFacts,
    RuleViolation,
    check_complete,
    check_extend,
    check_pause,
    check_terminate,
    decide,
)
from app.documents.templates import load_centre_defaults, load_template
from app.domain.case_letters import build_content
from app.domain.letters import LetterKind
from app.services import catalogue as catalogue_service
from app.services import letters as letters_service
from app.services.append import LocalAppender
from app.services.cases import allocate_number
from app.services.officers import Actor
from app.services.settings import load_settings
from app.services.workspace import Workspace

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰志强秀珍海燕春梅红梅德胜淑珍丽华金凤德明永福凤英建平桂兰文华玉珍春花宏伟子涵浩然欣怡梓萱宇轩雨桐思远俊杰晓燕小红"
REGIONS = ["110105", "330106", "510107", "420111", "441303", "370102", "320583", "430124", "350128", "610112",
           "130181", "410221", "522322", "532128", "360721"]
VILLAGES = ["东风村", "红旗村", "新民村", "和平村", "长青村", "五一村", "光明村", "向阳村", "河西村", "青山村"]


@dataclass
class DemoResult:
    cases: int
    events: int


def _person(rng: random.Random, today: dt.date) -> dict[str, Any]:
    birth = dt.date(rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28))
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{rng.randint(1, 999):03d}"
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    phone = f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"
    return {"kind": "person", "name": name, "id_number": body + ric.calc_check_digit(body + "0"), "phone": phone,
            "legal_rep": ""}


def _workday_back(ws: Workspace, rng: random.Random, today: dt.date, max_back: int) -> dt.date:
    day = today - dt.timedelta(days=rng.randint(0, max_back))
    while not ws.calendar.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


class _Batch(LocalAppender):
    """Many cases' events in one transaction, through the same append path as an officer's
    actions: the same number allocation, chain, fold and projection writes."""

    def __init__(self, ws: Workspace, session, station, actor: Actor) -> None:
        super().__init__(ws, session, station, actor)
        settings = load_settings(session)
        self.settings = settings
        self.soon = settings.due_soon_days
        centre_defaults = load_centre_defaults()
        self.centre = letters_service.centre_info(centre_defaults, settings)
        self.notice_abbr = load_template(LetterKind.ONE_TIME_NOTICE, centre=centre_defaults).number_abbreviation
        self.counters: dict = {}

    def number(self, year: int) -> tuple[str, int]:
        return allocate_number(self.s, self.station, year, self.settings, self.counters)

    def print_notice(self, state: CaseState, day: dt.date, item_details: dict[str, Any]) -> None:
        """The one-time notice handed over at the window, as officers do on the spot."""
        content = build_content(
            state, LetterKind.ONE_TIME_NOTICE, centre=self.centre, number_abbreviation=self.notice_abbr,
            item_details=item_details, countdowns=state.countdowns(self.ws.calendar, day, self.soon),
            officer_name=self.actor.display_name, issue_date=day)
        self.add(state, EventType.LETTER_PRINTED,
                 {"date": day.isoformat(), **letters_service.print_event_payload(content, "pdf")})

    def finish_case(self, state: CaseState) -> None:
        self.done_with(state)


def generate(ws: Workspace, actor: Actor, count: int, seed: int, today: dt.date,
             progress: Callable[[int, int], bool] | None = None, batch_size: int = 2000) -> DemoResult:
    """Create ``count`` cases spread over the past months, every state represented."""
    station = ws.require_station()
    catalogue_service.ensure_shipped_catalogue(ws, by=actor.username)
    items = [i.rules() for i in catalogue_service.current_items(ws)]
    rng = random.Random(seed)
    made = events = 0
    while made < count:
        n = min(batch_size, count - made)
        with ws.write() as s:
            batch = _Batch(ws, s, station, actor)
            for _ in range(n):
                _one_case(ws, batch, rng, items, today)
            events += len(batch.events)
            batch.finish()
        made += n
        if progress is not None and progress(made, count) is False:
            break
    return DemoResult(made, events)


def _one_case(ws: Workspace, b: _Batch, rng: random.Random, items, today: dt.date) -> None:
    cal = ws.calendar
    item = rng.choice(items)
    applicant = _person(rng, today)
    day = _workday_back(ws, rng, today, 240)
    mats = item.materials
    tolerable = [m["code"] for m in mats if m.get("required", True) and m.get("tolerable")]
    core = [m["code"] for m in mats if m.get("required", True) and not m.get("tolerable")]
    roll = rng.random()
    missing: set[str] = set()
    if roll < 0.30 and tolerable and item.tolerant_allowed:
        missing = set(rng.sample(tolerable, k=min(len(tolerable), rng.choice((1, 1, 2)))))
        commitment = True
    elif roll < 0.42 and (core or tolerable):
        missing = {rng.choice(core or tolerable)}
        commitment = False
    else:
        commitment = False
    received = {m["code"] for m in mats} - missing
    facts = IntakeFacts(item=item, received=frozenset(received), missing=frozenset(missing),
                        commitment_signed=commitment)
    refuse = rng.random() < 0.04
    decision = Decision.REFUSE if refuse else decide(facts, None, None, None)
    state = CaseState(uuid=str(uuidlib.uuid4()))
    number, serial = b.number(day.year)
    b.add(state, EventType.INTAKE_LOGGED, {
        "number": number, "year": day.year, "serial": serial, "station_uuid": b.station.uuid,
        "station_code": b.settings.station_code, "date": day.isoformat(), "item": {k: v for k, v in item.to_dict().items() if k != "materials"},
        "applicant": applicant, "flagged": False,
        "materials": [{"code": m["code"], "name": m["name"], "required": bool(m.get("required", True)),
                       "tolerable": bool(m.get("tolerable")), "form": m.get("form"), "copies": m.get("copies", 1),
                       "received": m["code"] in received} for m in mats],
    })
    iso = day.isoformat()
    if decision is Decision.REFUSE:
        b.add(state, EventType.REFUSED, {"date": iso, "reason": rng.choice(
            ["申请人户籍不在本镇，不属于本中心受理范围", "申请事项不属于本中心职权范围，请到县民政局办理",
             "申请人家庭人均收入明显高于当地低保标准"])})
        b.finish_case(state)
        return
    if decision is Decision.ACCEPT:
        b.add(state, EventType.ACCEPTED, {"date": iso, "promised_days": item.promised_days})
    elif decision is Decision.TOLERANT:
        b.add(state, EventType.TOLERANT_ACCEPTED, {
            "date": iso, "promised_days": item.promised_days, "supply_days": item.default_supply_days,
            "missing": sorted(missing), "commitment_signed": True})
    else:
        b.add(state, EventType.SUPPLEMENT_REQUESTED, {
            "date": iso, "supply_days": item.supplement_days, "supply_unit": item.supplement_unit.value,
            "missing": sorted(missing)})

    # What happened next, as far as "today" allows.
    def later(start: dt.date, lo: int, hi: int) -> dt.date | None:
        d = cal.add_workdays(start, rng.randint(lo, hi))
        return d if d <= today else None

    if decision is Decision.NOTICE:
        if rng.random() < 0.95:
            b.print_notice(state, day, item.to_dict())
        when = later(day, 1, 4)
        if when and rng.random() < 0.85:
            b.add(state, EventType.MATERIALS_SUPPLIED, {"date": when.isoformat(), "codes": sorted(missing)})
            b.add(state, EventType.ACCEPTED, {"date": when.isoformat(), "promised_days": item.promised_days})
            day = when
        else:
            deadline = state.supply.deadline(cal)
            if today > deadline and rng.random() < 0.9:
                end = cal.next_workday_on_or_after(deadline + dt.timedelta(days=1))
                if end <= today:
                    b.add(state, EventType.TERMINATED, {"date": end.isoformat(), "promise_broken": False,
                                                        "reason": "逾期未补正申请材料，视为撤回申请"})
            b.finish_case(state)
            return
    if state.status.value == "tolerant":
        when = later(day, 1, item.default_supply_days + 1)
        if when and rng.random() < 0.9:
            b.add(state, EventType.MATERIALS_SUPPLIED, {"date": when.isoformat(), "codes": sorted(missing)})
        else:
            deadline = state.supply.deadline(cal)
            if today > cal.add_workdays(deadline, 5) and rng.random() < 0.9:
                end = cal.add_workdays(deadline, rng.randint(1, 5))
                try:
                    check_terminate(state, end, "x")
                except RuleViolation:
                    pass
                else:
                    b.add(state, EventType.TERMINATED, {"date": end.isoformat(),
                                                        "reason": "逾期未补齐容缺材料，承诺未履行，终止办理",
                                                        "promise_broken": True})
            b.finish_case(state)
            return
    # Accepted and running: maybe a pause, an extension, a completion.
    r = rng.random()
    if r < 0.05 and item.promised_days > 2:
        p_day = later(day, 1, max(1, item.promised_days - 1))
        if p_day:
            try:
                check_pause(state, cal, p_day, "x")
            except RuleViolation:
                p_day = None
        if p_day:
            b.add(state, EventType.CLOCK_PAUSED, {"date": p_day.isoformat(), "reason": "村（社区）公示七日"})
            back = p_day + dt.timedelta(days=8)
            if back <= today:
                back = cal.next_workday_on_or_after(back)
                if back <= today:
                    b.add(state, EventType.CLOCK_RESUMED, {"date": back.isoformat()})
    elif r < 0.08 and item.promised_days > 0:
        e_day = later(day, 1, max(1, item.promised_days - 1))
        if e_day:
            try:
                check_extend(state, cal, e_day, 5, "x", True)
            except RuleViolation:
                e_day = None
        if e_day:
            b.add(state, EventType.EXTENDED, {"date": e_day.isoformat(), "days": 5,
                                              "reason": "需县级部门联合核查，经中心负责人批准延长"})
    if state.paused:
        b.finish_case(state)
        return
    deadline = state.completion.deadline(cal)
    spread = max(1, cal.workdays_between(day, deadline))
    done = later(day, 0 if item.promised_days == 0 else 1, spread + (3 if rng.random() < 0.1 else 0))
    # Most cases past their deadline were finished; a few are left overdue for the work list.
    finish_odds = 0.985 if deadline < today else 0.45
    if done and rng.random() < finish_odds:
        result = "approved" if rng.random() < 0.9 else "rejected"
        try:
            check_complete(state, done, result)
        except RuleViolation:
            result = "rejected"
        b.add(state, EventType.COMPLETED, {"date": done.isoformat(), "result": result})
        _rate(b, state, done, today)
    b.finish_case(state)


#: How applicants rate a township window, roughly: mostly very satisfied, a few poor.
_RATINGS = (("very_satisfied", 0.62), ("satisfied", 0.22), ("basic", 0.07), ("dissatisfied", 0.03),
            ("very_dissatisfied", 0.01), (None, 0.05))


def _rate(b: _Batch, state: CaseState, done: dt.date, today: dt.date) -> None:
    """The 好差评 at completion, and a poor one's follow-up as far as "today" allows.

    Drawn from a generator of its own (seeded by the case number) so that adding ratings
    left every other demo case as it was.
    """
    cal = b.ws.calendar
    rng = random.Random(state.number)
    if rng.random() < 0.15:
        return  # not rated at the window
    pick, acc = rng.random(), 0.0
    level = None
    for level, weight in _RATINGS:
        acc += weight
        if pick < acc:
            break
    payload: dict[str, Any] = {"date": done.isoformat(), "level": level, "declined": level is None,
                               "comment": "", "named": True}
    if level in ("dissatisfied", "very_dissatisfied"):
        payload["comment"] = rng.choice(["等候时间太长", "窗口人员解释不清楚", "要求重复提交材料"])
        payload["follow_up_due"] = cal.add_workdays(done, b.settings.follow_up_days).isoformat()
    b.add(state, EventType.RATING_RECORDED, payload)
    if "follow_up_due" not in payload:
        return
    day = done
    for step, text, lo, hi in (("verify", "经核实，情况属实", 1, 2), ("rectify", "已调整窗口排班并对工作人员进行提醒", 1, 2),
                               ("revisit", "电话回访，申请人表示认可", 1, 4)):
        day = cal.add_workdays(day, rng.randint(lo, hi))
        if day > today:
            return
        b.add(state, EventType.FOLLOW_UP_RECORDED, {"date": day.isoformat(), "step": step, "text": text})
