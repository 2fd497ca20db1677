"""The county's 通报, as the hub makes it from the packages of several townships.

Four stations of three townships (青山镇 with two windows, 白沙镇, 石门乡) each log their
own cases, export sync packages and the county hub imports them, all on the command line.
The bulletin's figures are then checked against a count made here directly from the raw
events in the hub's database and its log of packages received, by the rules the bulletin
states: the two must agree for every township, in this period and the one before.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pypdf
import pytest

from app.cli.common import ENV_PASSWORD
from app.domain.calendar import build_calendar
from app.paths import DataPaths

from county_helpers import PASSWORD, STATIONS, TODAY, _go, build_county


@pytest.fixture(scope="module")
def county_template(tmp_path_factory) -> Path:
    return build_county(tmp_path_factory.mktemp("bulletin"))


@pytest.fixture
def hub(county_template, tmp_path) -> Path:
    shutil.copytree(county_template, tmp_path / "c")
    return tmp_path / "c" / "hub"


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    return _go


# -- the count made directly from the events -------------------------------------------------


@dataclass
class Case:
    township: str
    intake: dt.date
    accepted: dt.date | None = None
    tolerant: bool = False
    promised: int = 0
    extension_days: int = 0
    pauses: list[list[dt.date | None]] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)
    supply_days: int = 0
    supplied: dt.date | None = None  # the day the last missing material came
    notice_owed: bool = False
    notice_ended: dt.date | None = None  # a one-time notice, acceptance, refusal or end
    closed: dt.date | None = None
    completed: dt.date | None = None


def _date(payload: dict, key: str = "date") -> dt.date:
    return dt.date.fromisoformat(payload[key])


def read_cases(hub: Path) -> dict[str, Case]:
    conn = sqlite3.connect(DataPaths(hub).database)
    try:
        centre = dict(conn.execute("SELECT uuid, centre_name FROM stations"))
        events = conn.execute("SELECT case_uuid, station_uuid, type, payload FROM events "
                              "WHERE case_uuid IS NOT NULL ORDER BY hlc, station_uuid, seq").fetchall()
    finally:
        conn.close()
    cases: dict[str, Case] = {}
    for case_uuid, station, kind, text in events:
        p = json.loads(text)
        if kind == "intake_logged":
            cases[case_uuid] = Case(centre[station], _date(p), promised=int(p["item"]["promised_days"]))
            continue
        c = cases[case_uuid]
        if kind in ("accepted", "tolerant_accepted"):
            c.accepted = c.accepted or _date(p)
            c.notice_ended = c.notice_ended or _date(p)
            c.promised = int(p.get("promised_days", c.promised))
            if kind == "tolerant_accepted":
                c.tolerant, c.missing, c.supply_days = True, set(p["missing"]), int(p["supply_days"])
        elif kind == "supplement_requested":
            c.notice_owed = True
        elif kind == "letter_printed" and p["content"]["kind"] == "one_time_notice":
            day = _date(p["content"], "issue_date")
            c.notice_ended = min(c.notice_ended or day, day)
        elif kind == "materials_supplied" and c.tolerant and c.supplied is None:
            c.missing -= set(p["codes"])
            if not c.missing:
                c.supplied = _date(p)
        elif kind == "extended":
            c.extension_days += int(p["days"])
        elif kind == "clock_paused":
            c.pauses.append([_date(p), None])
        elif kind == "clock_resumed":
            c.pauses[-1][1] = _date(p)
        elif kind in ("completed", "terminated", "refused"):
            c.closed = _date(p)
            c.notice_ended = c.notice_ended or _date(p)
            if kind == "completed":
                c.completed = _date(p)
    return cases


@dataclass
class Count:
    received: int = 0
    accepted: int = 0
    tolerant: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    packages: int = 0
    newest_package: str | None = None


def recount(cases: dict[str, Case], hub: Path, first: dt.date, last: dt.date, as_of: dt.date) -> dict[str, Count]:
    """The period's figures by the bulletin's stated rules, from the events alone.

    Completion deadlines: the promised working days plus extensions from acceptance, moved
    on by the working days of each pause; a case with a pause still open is not overdue.
    """
    cal = build_calendar()
    out: dict[str, Count] = defaultdict(Count)

    def within(day: dt.date | None) -> bool:
        return day is not None and first <= day <= last and day <= as_of

    for c in cases.values():
        if c.intake > as_of:
            continue
        n = out[c.township]
        n.received += within(c.intake)
        accepted = c.accepted if c.accepted and c.accepted <= as_of else None
        start, accepted_on = accepted, accepted
        if c.notice_owed:
            notice_deadline = cal.add_workdays(c.intake, 5)
            if not (c.notice_ended and c.notice_ended <= notice_deadline) and as_of > notice_deadline:
                start, accepted_on = c.intake, notice_deadline + dt.timedelta(days=1)  # deemed accepted
        if within(accepted_on):
            n.accepted += 1
            n.tolerant += c.tolerant
        closed = c.closed if c.closed and c.closed <= as_of else None
        if start is not None:
            deadline = cal.add_workdays(start, c.promised + c.extension_days)
            for paused, resumed in c.pauses:
                if resumed is not None:
                    deadline = cal.add_workdays(deadline, cal.workdays_between(paused, resumed))
            if c.completed and closed and within(c.completed):
                if c.completed <= deadline:
                    n.on_time += 1
                else:
                    n.late += 1
            open_pause = any(resumed is None for _p, resumed in c.pauses) and c.closed is None
            if closed is None and not open_pause and as_of > deadline:
                n.overdue += 1
        if c.tolerant and accepted is not None:
            supply_deadline = cal.add_workdays(c.accepted, c.supply_days)
            supplied = c.supplied if c.supplied and c.supplied <= as_of else None
            if supplied is not None and supplied <= supply_deadline:
                n.promises_kept += within(supplied)
            elif supplied is not None or (not (closed and closed <= supply_deadline) and as_of > supply_deadline):
                # brought late, or not brought and the case had not ended before the deadline
                n.promises_broken += within(supply_deadline + dt.timedelta(days=1))
    conn = sqlite3.connect(DataPaths(hub).database)
    try:
        centre = dict(conn.execute("SELECT uuid, centre_name FROM stations"))
        for source, received in conn.execute("SELECT source_uuid, received_at FROM sync_log"):
            day = dt.datetime.fromisoformat(received).replace(tzinfo=dt.timezone.utc).astimezone().date()
            n = out[centre[source]]
            if day <= last:
                n.packages += first <= day
                n.newest_package = max(n.newest_package or "", day.isoformat())
    finally:
        conn.close()
    return out


FIGURES = ("received", "accepted", "tolerant", "on_time", "late", "overdue", "promises_kept", "promises_broken",
           "packages", "newest_package")


@pytest.mark.parametrize("kind", ["week", "month"])
def test_the_bulletin_equals_a_direct_count_over_the_events(hub, cli, kind) -> None:
    code, out, err = cli(hub, "--json", "report", "bulletin", f"--{kind}", "--date", "2026-11-18")
    assert code == 0, err
    made = json.loads(out)
    cases = read_cases(hub)
    assert len(cases) == sum(s[3] for s in STATIONS.values())
    townships = {line["township"]: line for line in made["townships"]}
    assert set(townships) == {"青山镇便民服务中心", "白沙镇便民服务中心", "石门乡便民服务中心"}
    for period, key in ((made["period"], None), (made["previous"], "previous")):
        first, last = dt.date.fromisoformat(period["first"]), dt.date.fromisoformat(period["last"])
        expected = recount(cases, hub, first, last, dt.date.fromisoformat(period["as_of"]))
        for name, line in townships.items():
            shown = line[key] if key else line
            assert {f: shown[f] for f in FIGURES} == {f: getattr(expected[name], f) for f in FIGURES}, (name, key)
    # the figures are not all zero: the demo data puts cases in every column
    total = made["total"]
    assert total["received"] and total["on_time"] and total["overdue"] and total["packages"]
    assert made["previous_total"]["received"]


def test_periods_ranking_staleness_and_the_worst_cases(hub, cli) -> None:
    code, out, _ = cli(hub, "--json", "report", "bulletin", "--week", "--date", "2026-11-18")
    made = json.loads(out)
    assert made["period"] == {"kind": "week", "first": "2026-11-16", "last": "2026-11-22", "as_of": TODAY}
    assert made["previous"] == {"first": "2026-11-09", "last": "2026-11-15", "as_of": "2026-11-15"}
    lines = made["townships"]
    # ranked by on-time rate, then overdue count, then promises broken
    keys = [(l["on_time_rate"] is None, -(l["on_time_rate"] or 0), l["overdue"], l["promises_broken"]) for l in lines]
    assert keys == sorted(keys) and [l["rank"] for l in lines][0] == 1
    by_name = {l["township"]: l for l in lines}
    assert by_name["石门乡便民服务中心"]["stale"] and not by_name["白沙镇便民服务中心"]["stale"]
    assert by_name["青山镇便民服务中心"]["codes"] == ["01", "02"]
    assert by_name["青山镇便民服务中心"]["packages"] == 2 and by_name["青山镇便民服务中心"]["previous"]["packages"] == 1
    for line in lines:
        named = line["overdue_cases"]
        assert len(named) == line["overdue"]
        assert [c["late_days"] for c in named] == sorted((c["late_days"] for c in named), reverse=True)
        assert all(c["number"] and c["applicant"] and c["item"] and c["late_days"] >= 1 for c in named)
    month = json.loads(cli(hub, "--json", "report", "bulletin", "--month", "--date", "2026-11-18")[1])
    assert (month["period"]["first"], month["period"]["last"]) == ("2026-11-01", "2026-11-30")
    assert (month["previous"]["first"], month["previous"]["last"]) == ("2026-10-01", "2026-10-31")


def test_the_pdf_names_every_township_embeds_its_fonts_and_the_workbook_reads_back(hub, cli, tmp_path) -> None:
    pdf, xlsx = tmp_path / "通报.pdf", tmp_path / "通报.xlsx"
    made = json.loads(cli(hub, "--json", "report", "bulletin", "--week", "--date", "2026-11-18")[1])
    code, out, err = cli(hub, "report", "bulletin", "--week", "--date", "2026-11-18", "--out", str(pdf))
    assert code == 0 and "已生成" in out, err
    reader = pypdf.PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "政务服务周通报" in text and "排名规则" in text
    for line in made["townships"]:
        assert line["township"] in text
        for case in line["overdue_cases"][:3]:
            assert case["number"] in text
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font.get("/FontDescriptor")
                          or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]).get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
    assert cli(hub, "report", "bulletin", "--week", "--date", "2026-11-18", "--out", str(xlsx))[0] == 0
    book = openpyxl.load_workbook(xlsx)
    sheet = book["通报"]
    header = [c.value for c in sheet[4]]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=5)]
    assert [r[header.index("乡镇")] for r in rows[:-1]] == [l["township"] for l in made["townships"]]
    for row, line in zip(rows, made["townships"]):
        assert row[header.index("收件")] == line["received"]
        assert row[header.index("逾期在办")] == line["overdue"]
        assert row[header.index("上期收件")] == line["previous"]["received"]
        rate = row[header.index("按时办结率")]
        assert rate == (line["on_time_rate"] if line["on_time_rate"] is not None else "—")
    assert rows[-1][header.index("收件")] == made["total"]["received"]
    overdue = book["逾期在办"]
    assert overdue.max_row - 1 == made["total"]["overdue"]


def test_bad_arguments_are_refused_and_write_nothing(hub, cli, tmp_path) -> None:
    code, _, err = cli(hub, "report", "bulletin", "--week", "--month")
    assert code == 2 and "用法错误" in err
    code, _, err = cli(hub, "report", "bulletin")
    assert code == 2
    code, _, err = cli(hub, "report", "bulletin", "--week", "--out", str(tmp_path / "b.docx"))
    assert code == 1 and ".xlsx" in err and not (tmp_path / "b.docx").exists()
    code, _, err = cli(hub, "report", "bulletin", "--week", "--out", str(hub / "b.pdf"))
    assert code == 1 and "数据目录" in err and not (hub / "b.pdf").exists()
    code, _, err = cli(hub, "report", "bulletin", "--week", "--out", str(tmp_path / "no" / "b.pdf"))
    assert code == 1 and "不存在" in err
    code, _, err = cli(hub, "report", "bulletin", "--week", "--date", "2026-12-25")
    assert code == 1 and "晚于今天" in err
    code, _, err = cli(hub, "report", "bulletin", "--week", "--date", "2026-13-01")
    assert code == 2


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed; install libreoffice-calc-nogui")
def test_libreoffice_reads_the_workbook_as_written(hub, cli, tmp_path) -> None:
    import csv
    import subprocess

    out = tmp_path / "bulletin.xlsx"
    made = json.loads(cli(hub, "--json", "report", "bulletin", "--month", "--date", "2026-11-18", "--out",
                          str(out))[1])
    fmt = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", fmt,
         "--outdir", str(tmp_path / "csv"), str(out)], capture_output=True, text=True, timeout=240)
    sheet = tmp_path / "csv" / "bulletin-通报.csv"
    assert result.returncode == 0 and sheet.is_file(), result.stdout + result.stderr
    with open(sheet, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[3]
    body = {r[header.index("乡镇")]: r for r in rows[4:] if len(r) > 1 and r[1]}
    for line in made["townships"]:
        row = body[line["township"]]
        assert row[header.index("收件")] == str(line["received"])
        assert row[header.index("逾期在办")] == str(line["overdue"])
        rate = line["on_time_rate"]
        assert row[header.index("按时办结率")] == (f"{rate:.1%}" if rate is not None else "—")
        assert row[header.index("最新数据包日期")] == (line["newest_package"] or "从未报送")
    assert body["合计"][header.index("收件")] == str(made["total"]["received"])


def test_the_hub_knows_it_is_one_lists_townships_with_staleness_and_filters_cases_by_township(hub) -> None:
    from app.services import county, queries
    from app.services.settings import save_settings
    from app.services.workspace import Workspace

    ws = Workspace.open(DataPaths(hub), daily_backup=False)
    township = Workspace.open(DataPaths(hub.parent / "qs1"), daily_backup=False)
    try:
        assert county.is_hub(ws) and not county.is_hub(township)
        today = dt.date.fromisoformat(TODAY)
        listed = {t.name: t for t in county.township_statuses(ws, today)}
        assert set(listed) == {"青山镇便民服务中心", "白沙镇便民服务中心", "石门乡便民服务中心", "某县政务服务中心"}
        assert listed["石门乡便民服务中心"].stale and listed["石门乡便民服务中心"].newest_package == dt.date(2026, 11, 12)
        assert not listed["白沙镇便民服务中心"].stale and not listed["某县政务服务中心"].stale
        assert listed["某县政务服务中心"].local and len(listed["青山镇便民服务中心"].stations) == 2
        with ws.write() as s:
            save_settings(s, stale_after_days=10)
        assert not any(t.stale for t in county.township_statuses(ws, today))
        qs = listed["青山镇便民服务中心"]
        found = queries.list_cases(ws, queries.CaseFilter(stations=qs.stations), today)
        assert len(found) == STATIONS["qs1"][3] + STATIONS["qs2"][3]
        names = county.township_names(ws)
        assert {names[c.station_uuid] for c in found} == {"青山镇便民服务中心"}
        everywhere = queries.list_cases(ws, queries.CaseFilter(search=found[0].applicant_name), today)
        assert found[0].uuid in {c.uuid for c in everywhere}
    finally:
        ws.close()
        township.close()
