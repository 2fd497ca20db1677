"""The performance table: one row per measurement, each beside its target and physical floor.

Run from the repository root:

    .venv/bin/python bench/run.py [--cases N] [--repeats R] [--only NAME ...] [--list]

Each row is a function registered with ``@row("name")`` that takes the options and
returns a ``Row``; add a measurement by adding such a function. Times are the best of
``--repeats`` runs with ``time.perf_counter``, because the best run is the one least
disturbed by the rest of the machine.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import gc
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(1, str(Path(__file__).resolve().parent))  # bench/hub.py

from sqlalchemy import func, select  # noqa: E402
from stdnum.cn import ric  # noqa: E402

from app.domain.calendar import build_calendar  # noqa: E402
from app.domain.deadlines import Countdown, Extension, Pause, Unit, evaluate_many  # noqa: E402
from app.domain.ledger import COLUMNS as LEDGER_COLUMNS  # noqa: E402
from app.domain.letters import LetterKind  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.services import cases as case_service  # noqa: E402
from app.services import ledger as ledger_service  # noqa: E402
from app.services import letters as letter_service  # noqa: E402
from app.services.catalogue import ensure_shipped_catalogue  # noqa: E402
from app.services.demo import generate  # noqa: E402
from app.services.append import append_foreign, export_rows  # noqa: E402
from app.services.maintenance import projection_digest  # noqa: E402
from app.services.officers import Actor, find_actor  # noqa: E402
from app.services.queries import CaseFilter, filter_conditions, first_page_ids, list_cases, work_order  # noqa: E402
from app.services.setup import initialise  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402
from app.store.models import CaseRow  # noqa: E402


@dataclass(frozen=True)
class Options:
    cases: int
    repeats: int
    seed: int
    hub_townships: int = 50
    hub_cases: int = 20_000
    hub_cache: Path = Path(tempfile.gettempdir()) / "approval-window-bench-townships"
    hub_reuse: bool = False


@dataclass(frozen=True)
class Row:
    measurement: str
    result: str
    target: str
    reference: str


Measure = Callable[[Options], Row]
ROWS: list[tuple[str, Measure]] = []


def row(name: str) -> Callable[[Measure], Measure]:
    """Register a measurement under ``name``; the table lists rows in registration order."""

    def register(fn: Measure) -> Measure:
        if any(existing == name for existing, _ in ROWS):
            raise ValueError(f"duplicate bench row {name!r}")
        ROWS.append((name, fn))
        return fn

    return register


def best_of(fn: Callable[[], object], repeats: int) -> float:
    """Seconds taken by the fastest of ``repeats`` calls, with the collector kept out."""
    times = []
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        finally:
            gc.enable()
    return min(times)


def seconds(value: float) -> str:
    return f"{value:.3f} s" if value >= 0.01 else f"{value * 1000:.2f} ms"


def verdict(value: float, limit: float) -> str:
    return "met" if value < limit else "NOT met"


# -- rows -----------------------------------------------------------------------------------

TODAY = dt.date(2026, 11, 20)


def sample_countdowns(n: int, seed: int) -> list[Countdown]:
    """A work list as a busy centre's would look: mostly open working-day clocks.

    85 % open working-day countdowns (3–20 working days, a few extended), 5 % natural-day
    ones (30-day ordinary 补正), 5 % with a pause (a third still open), 5 % closed.
    Starts spread over the 18 months before today, so some run into the uncovered 2027.
    """
    rng = random.Random(seed)
    first = TODAY - dt.timedelta(days=540)
    out = []
    for _ in range(n):
        start = first + dt.timedelta(days=rng.randrange(540 + 30))
        kind = rng.random()
        limit = rng.choice((3, 5, 5, 10, 10, 15, 20))
        extensions = (Extension(rng.choice((5, 10)), "专家评审"),) if rng.random() < 0.03 else ()
        if kind < 0.85:
            out.append(Countdown(start, limit, extensions=extensions))
        elif kind < 0.90:
            out.append(Countdown(start, 30, Unit.NATURAL))
        elif kind < 0.95:
            p_start = start + dt.timedelta(days=rng.randrange(1, 10))
            end = None if rng.random() < 1 / 3 else p_start + dt.timedelta(days=rng.randrange(1, 20))
            out.append(Countdown(start, limit, pauses=(Pause(p_start, end, "现场勘验"),)))
        else:
            closed = start + dt.timedelta(days=rng.randrange(1, 40))
            out.append(Countdown(start, limit, closed_on=min(closed, TODAY)))
    return out


@row("countdowns")
def recompute_countdowns(opts: Options) -> Row:
    cal = build_calendar()
    batch = sample_countdowns(opts.cases, opts.seed)
    statuses = evaluate_many(batch, cal, TODAY)
    if len(statuses) != len(batch):
        raise RuntimeError("evaluate_many lost countdowns")
    took = best_of(lambda: evaluate_many(batch, cal, TODAY), opts.repeats)

    lookup = {c.start: 0 for c in batch}

    def bare_lookups() -> None:
        for c in batch:
            lookup[c.start]

    floor = best_of(bare_lookups, opts.repeats)
    return Row(
        measurement=f"deadlines and states of {opts.cases:,} countdowns (evaluate_many)",
        result=f"{seconds(took)} ({opts.cases / took / 1e6:.2f} M/s), {verdict(took, 0.2)}",
        target="< 0.2 s",
        reference=f"{seconds(floor)}: bare dict lookup × {opts.cases:,}",
    )


# -- the case store: a station holding --cases demo cases --------------------------------------


@dataclass(frozen=True)
class DemoStation:
    paths: DataPaths
    cases: int
    events: int
    seconds: float


_STATIONS: dict[tuple[int, int], DemoStation] = {}


def demo_station(opts: Options) -> DemoStation:
    """A data folder filled by ``demo`` once per run, shared by the rows that read it."""
    key = (opts.cases, opts.seed)
    if key not in _STATIONS:
        root = Path(tempfile.mkdtemp(prefix="approval-window-bench-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        paths = DataPaths(root / "data")
        initialise(paths, centre="某镇便民服务中心", window="社会事务窗口", admin_username="admin",
                   admin_password="bench-password")
        ws = Workspace.open(paths, daily_backup=False)
        try:
            admin = find_actor(ws, "admin")
            ensure_shipped_catalogue(ws, by="admin")
            t0 = time.perf_counter()
            made = generate(ws, admin, opts.cases, opts.seed, TODAY)
            took = time.perf_counter() - t0
        finally:
            ws.close()
        _STATIONS[key] = DemoStation(paths, made.cases, made.events, took)
    return _STATIONS[key]


def _raw_copy_seconds(source: Path, repeats: int) -> float:
    """Best time to insert the source's event and case rows into an empty copy of their tables.

    Plain sqlite3, one transaction, one executemany per table, same schema and indexes and
    the same WAL + synchronous=FULL: what the disk and SQLite need for these rows.
    """
    src = sqlite3.connect(source)
    try:
        schema = [sql for (sql,) in src.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN ('events', 'cases') AND sql IS NOT NULL"
            " ORDER BY type = 'index'")]
        tables = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in ("events", "cases")}
    finally:
        src.close()
    best = float("inf")
    for _ in range(min(repeats, 3)):
        folder = Path(tempfile.mkdtemp(prefix="approval-window-raw-"))
        try:
            dst = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
            dst.execute("PRAGMA journal_mode=WAL")
            dst.execute("PRAGMA synchronous=FULL")
            for sql in schema:
                dst.execute(sql)
            t0 = time.perf_counter()
            dst.execute("BEGIN")
            for table, rows in tables.items():
                marks = ",".join("?" * len(rows[0]))
                dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            dst.execute("COMMIT")
            best = min(best, time.perf_counter() - t0)
            dst.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return best


@row("demo")
def create_cases(opts: Options) -> Row:
    station = demo_station(opts)
    raw = _raw_copy_seconds(station.paths.database, opts.repeats)
    return Row(
        measurement=f"creating {station.cases:,} cases with demo ({station.events:,} events; one run)",
        result=f"{seconds(station.seconds)} ({station.cases / station.seconds:,.0f} cases/s)",
        target="—",
        reference=f"{station.cases / raw:,.0f} cases/s ({seconds(raw)}): raw sqlite3 executemany of the same "
                  f"event and case rows",
    )


def _raw_same_query(ws: Workspace, f: CaseFilter, repeats: int) -> float:
    """The statement ``list_cases`` sends, run by plain sqlite3: the time SQLite itself needs."""
    stmt = select(CaseRow).where(*filter_conditions(ws, f, TODAY)).order_by(*work_order(TODAY))
    compiled = stmt.compile(dialect=ws.engine.dialect)
    params = [compiled.params[name] for name in compiled.positiontup]
    conn = sqlite3.connect(ws.paths.database)
    try:
        return best_of(lambda: conn.execute(str(compiled), params).fetchall(), repeats)
    finally:
        conn.close()


def _search_row(opts: Options, what: str, pick: Callable[[str, str], str]) -> Row:
    station = demo_station(opts)
    ws = Workspace.open(station.paths, daily_backup=False)
    try:
        with ws.read() as s:
            name, id_number = s.execute(
                select(CaseRow.applicant_name, CaseRow.id_number).order_by(CaseRow.year, CaseRow.serial)
                .offset(station.cases // 2).limit(1)).one()
        text = pick(name, id_number)
        f = CaseFilter(search=text)
        hits = len(list_cases(ws, f, TODAY))
        took = best_of(lambda: list_cases(ws, f, TODAY), opts.repeats)
        raw = _raw_same_query(ws, f, opts.repeats)
    finally:
        ws.close()
    return Row(
        measurement=f"case list --search {what} “{text}” in {station.cases:,} cases ({hits} found)",
        result=f"{seconds(took)}, {verdict(took, 0.1)}",
        target="< 100 ms",
        reference=f"{seconds(raw)}: the same SQL in raw sqlite3",
    )


@row("search-name")
def search_by_name(opts: Options) -> Row:
    return _search_row(opts, "by name", lambda name, _id: name)


@row("search-id-tail")
def search_by_id_tail(opts: Options) -> Row:
    return _search_row(opts, "by ID tail", lambda _name, id_number: id_number[-4:])


#: The rebuild as the command line runs it: in a process of its own whose main module is
#: not this file. A worker process of a parallel rebuild is spawned and imports the main
#: module of its parent again; here that would be this whole bench, a second per worker
#: that ``admin rebuild`` (main module ``app.__main__``, which spawn skips) never pays.
REBUILD_RUNS = r"""
import json, sys, time
from app.paths import DataPaths
from app.services.maintenance import rebuild
from app.services.workspace import Workspace

folder, runs, jobs = sys.argv[1], int(sys.argv[2]), (int(sys.argv[3]) or None)
with Workspace.open(DataPaths(folder), daily_backup=False) as ws:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = rebuild(ws, jobs=jobs)
        out.append([time.perf_counter() - t0, done.cases, done.workers])
print(json.dumps(out))
"""


def _rebuild_runs(folder: Path, runs: int, jobs: int = 0) -> list[tuple[float, int, int]]:
    """(seconds, cases, workers) of each of ``runs`` rebuilds in a fresh process."""
    repo = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", REBUILD_RUNS, str(folder), str(runs), str(jobs)], cwd=repo,
                          env={**os.environ, "PYTHONPATH": str(repo)}, capture_output=True, text=True, check=True)
    return [tuple(r) for r in json.loads(done.stdout)]


@row("rebuild")
def rebuild_projection(opts: Options) -> Row:
    """As ``admin rebuild`` runs (worker processes when the store is large), best of
    ``--repeats`` runs like the read it is set beside; one run in one process (``--jobs 1``) too."""
    station = demo_station(opts)
    with Workspace.open(station.paths, daily_backup=False) as ws:
        before = projection_digest(ws)
    runs = _rebuild_runs(station.paths.root, opts.repeats)
    took, count, workers = min(runs)
    ((alone, _, _),) = _rebuild_runs(station.paths.root, 1, jobs=1)
    with Workspace.open(station.paths, daily_backup=False) as ws:
        if projection_digest(ws) != before or {r[1] for r in runs} != {station.cases}:
            raise RuntimeError("rebuild did not give the same projection")
    conn = sqlite3.connect(station.paths.database)
    try:
        read = best_of(lambda: conn.execute(
            "SELECT case_uuid, type, payload, officer, hlc FROM events WHERE case_uuid IS NOT NULL"
            " ORDER BY hlc, station_uuid, seq").fetchall(), opts.repeats)
    finally:
        conn.close()
    return Row(
        measurement=f"admin rebuild: {station.events:,} events replayed into {count:,} case rows, "
                    f"{workers or 'no'} worker processes (best of {opts.repeats}; "
                    f"--jobs 1, one run: {seconds(alone)} = {alone / read:.1f}×)",
        result=f"{seconds(took)} = {took / read:.1f}× the raw read, {verdict(took, 5 * read)}",
        target="≤ 5× the raw read",
        reference=f"{seconds(read)}: reading the events in replay order, raw sqlite3",
    )


@row("merge")
def merge_foreign(opts: Options) -> Row:
    """Another station's whole history arriving at once, as a county receives a township."""
    station = demo_station(opts)
    with Workspace.open(station.paths, daily_backup=False) as source:
        with source.read() as s:
            batch = export_rows(s, source.station.uuid)
        expected = projection_digest(source)
    raw = _raw_copy_seconds(station.paths.database, opts.repeats)
    best = float("inf")
    for _ in range(min(opts.repeats, 2)):  # each run needs a fresh receiving station
        root = Path(tempfile.mkdtemp(prefix="approval-window-merge-"))
        try:
            paths = DataPaths(root / "data")
            initialise(paths, centre="某县政务服务中心", window="县级窗口", admin_username="admin",
                       admin_password="bench-password", station_code="X1")
            with Workspace.open(paths, daily_backup=False) as hub:
                gc.collect()
                gc.disable()
                try:
                    t0 = time.perf_counter()
                    result = append_foreign(hub, batch)
                    best = min(best, time.perf_counter() - t0)
                finally:
                    gc.enable()
                if result.cases != station.cases or projection_digest(hub) != expected:
                    raise RuntimeError("the merged projection differs from the source station's")
        finally:
            shutil.rmtree(root, ignore_errors=True)
    share = raw / best
    return Row(
        measurement=f"append_foreign: {len(batch.events):,} events of {station.cases:,} cases from another station, "
                    f"with their projection rows (one transaction)",
        result=f"{seconds(best)} ({station.cases / best:,.0f} cases/s) = {share:.0%} of raw, {verdict(-share, -0.25)}",
        target="≥ 25 % of raw",
        reference=f"{station.cases / raw:,.0f} cases/s ({seconds(raw)}): raw sqlite3 executemany of the same "
                  f"event and case rows",
    )


# -- letters: one notice, a batch of 100, and LibreOffice as offices convert today -----------

LETTER_DAY = dt.date(2026, 11, 20)
BATCH = 100


@dataclass
class LetterStation:
    """A fresh station holding BATCH one-time-notice cases, opened for the letter rows."""

    root: Path
    ws: Workspace
    actor: Actor
    numbers: list[str]
    lo_cache: dict
    ours: dict


_LETTERS: list[LetterStation] = []


def letter_station() -> LetterStation:
    if _LETTERS:
        return _LETTERS[0]
    root = Path(tempfile.mkdtemp(prefix="approval-window-letters-"))
    paths = DataPaths(root / "data")
    initialise(paths, centre="某镇便民服务中心", window="社会事务窗口", admin_username="admin",
               admin_password="bench-password", admin_display="王窗口", address="青石县某镇人民路18号",
               phone="0571-88886666", hours="工作日 9:00—17:00")
    ws = Workspace.open(paths, daily_backup=False)
    actor = find_actor(ws, "admin")
    ensure_shipped_catalogue(ws, by="admin")
    given = "堃喆明华秀英建国"
    numbers = []
    for i in range(BATCH):
        body = f"330324{1950 + i % 50}0101{i:03d}"
        name = "吉𠮷䶮" if i == 0 else f"王{given[i % len(given)]}{given[(i * 3) % len(given)]}"
        req = case_service.IntakeRequest(
            "MZ-001", case_service.ApplicantInput("person", name, body + ric.calc_check_digit(body + "0"),
                                                  "13800138000"),
            received=("01", "02", "03", "04", "05"), missing=("06", "07"))
        numbers.append(case_service.intake(ws, actor, req, LETTER_DAY).state.number)
    station = LetterStation(root, ws, actor, numbers, {}, {})
    _LETTERS.append(station)

    def close() -> None:
        ws.close()
        shutil.rmtree(root, ignore_errors=True)

    atexit.register(close)
    return station


def build_letter(station: LetterStation, number: str, fmt: str = "pdf") -> bytes:
    """What the officer waits for: the case read, the content built, the file rendered."""
    prepared = letter_service.prepare(station.ws, station.actor, number, LetterKind.ONE_TIME_NOTICE, LETTER_DAY)
    return prepared.render(fmt)


def median_after_warmup(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def libreoffice(station: LetterStation, count: int) -> float | None:
    """Seconds LibreOffice headless takes to turn ``count`` of the letters' DOCX into PDF.

    One ``soffice --headless --convert-to pdf`` call for all the files, with its own
    profile, after a first call that creates the profile; None when LibreOffice is absent.
    """
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        return None
    if count in station.lo_cache:
        return station.lo_cache[count]
    folder = station.root / f"docx-{count}"
    folder.mkdir()
    files = []
    for i, number in enumerate(station.numbers[:count]):
        path = folder / f"{i:03d}.docx"
        path.write_bytes(build_letter(station, number, "docx"))
        files.append(str(path))
    profile = (station.root / "lo-profile").as_uri()

    def convert(paths: list[str]) -> None:
        out = station.root / "lo-out"
        subprocess.run([binary, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), *paths], check=True, capture_output=True, timeout=600)
        missing = [p for p in paths if not (out / Path(p).with_suffix(".pdf").name).is_file()]
        if missing:
            raise RuntimeError(f"LibreOffice did not convert {missing[:3]}")

    if count == 1:
        station.lo_cache[1] = median_after_warmup(lambda: convert(files), 3)
    else:
        libreoffice(station, 1)  # the profile exists and the program files are in the page cache
        t0 = time.perf_counter()
        convert(files)
        station.lo_cache[count] = time.perf_counter() - t0
    return station.lo_cache[count]


def _lo_text(took: float | None, what: str) -> str:
    return "LibreOffice not installed (soffice not found)" if took is None else f"{seconds(took)}: {what}"


@row("letter-pdf")
def one_letter_pdf(opts: Options) -> Row:
    station = letter_station()
    first = station.numbers[0]
    runs = max(opts.repeats, 5)
    data = build_letter(station, first)
    totals, renders = [], []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        prepared = letter_service.prepare(station.ws, station.actor, first, LetterKind.ONE_TIME_NOTICE, LETTER_DAY)
        t1 = time.perf_counter()
        prepared.render("pdf")
        t2 = time.perf_counter()
        totals.append(t2 - t0)
        renders.append(t2 - t1)
    took = station.ours["pdf"] = statistics.median(totals)
    pages = len(re.findall(rb"/Type /Page\b(?!s)", data))
    return Row(
        measurement=f"one one-time notice as PDF, warm: case read, content built, rendered "
                    f"({pages} pages, font subsets embedded, {len(data) // 1024} KB; median of {runs})",
        result=f"{seconds(took)} (of which rendering {seconds(statistics.median(renders))})",
        target="—",
        reference=_lo_text(libreoffice(station, 1), "LibreOffice headless converting the same letter's DOCX"),
    )


@row("letters-batch")
def batch_of_letters(opts: Options) -> Row:
    station = letter_station()
    build_letter(station, station.numbers[0])

    def batch() -> None:
        for number in station.numbers:
            build_letter(station, number)

    took = best_of(batch, min(opts.repeats, 3))
    return Row(
        measurement=f"{BATCH} one-time notices of {BATCH} different cases as PDF, one after another",
        result=f"{seconds(took)} ({seconds(took / BATCH)} a letter)",
        target="—",
        reference=_lo_text(libreoffice(station, BATCH), f"LibreOffice headless converting the {BATCH} DOCX in one call"),
    )


@row("letter-libreoffice")
def letter_by_libreoffice(opts: Options) -> Row:
    station = letter_station()
    took = libreoffice(station, 1)
    ours = station.ours.get("pdf") or median_after_warmup(
        lambda: build_letter(station, station.numbers[0]), max(opts.repeats, 5))
    return Row(
        measurement="the same notice's DOCX to PDF by LibreOffice headless (soffice --convert-to pdf; "
                    "median of 3 after a warm-up): what offices use today",
        result="skipped: soffice not found; install libreoffice-writer-nogui" if took is None
        else f"{seconds(took)} ({took / ours:,.0f}× this program's PDF)",
        target="reference",
        reference=f"{seconds(ours)}: this program's PDF of the same letter",
    )


def _ledger_row(opts: Options, first: dt.date, last: dt.date, what: str) -> Row:
    """``ledger export`` of a period of the demo station, beside openpyxl writing the same cells bare."""
    from openpyxl import Workbook

    station = demo_station(opts)
    ws = Workspace.open(station.paths, daily_backup=False)
    folder = Path(tempfile.mkdtemp(prefix="approval-window-ledger-"))
    try:
        out = folder / "ledger.xlsx"
        made = ledger_service.export(ws, first, last, out, TODAY)
        took = best_of(lambda: ledger_service.export(ws, first, last, out, TODAY), min(opts.repeats, 3))
        size = out.stat().st_size
        values = [[getattr(r, name) for name, _title in LEDGER_COLUMNS] for r in made.rows]

        def bare() -> None:
            wb = Workbook(write_only=True)
            sheet = wb.create_sheet("台账")
            for row in values:
                sheet.append([v if not isinstance(v, bool) else int(v) for v in row])
            wb.save(folder / "bare.xlsx")

        floor = best_of(bare, min(opts.repeats, 3))
    finally:
        ws.close()
        shutil.rmtree(folder, ignore_errors=True)
    return Row(
        measurement=f"ledger export of {what} ({first.isoformat()} – {last.isoformat()}: {len(made.rows):,} rows of "
                    f"{station.cases:,} cases; query, rows judged, workbook with summary sheet, {size // 1024:,} KB)",
        result=seconds(took),
        target="—",
        reference=f"{seconds(floor)}: openpyxl write-only saving the same cells bare (no styles, no summary)",
    )


@row("ledger-month")
def ledger_month(opts: Options) -> Row:
    return _ledger_row(opts, dt.date(2026, 10, 1), dt.date(2026, 10, 31), "a month")


@row("ledger-year")
def ledger_year(opts: Options) -> Row:
    return _ledger_row(opts, dt.date(2026, 1, 1), dt.date(2026, 12, 31), "a year")


@row("bulletin-week")
def bulletin_week(opts: Options) -> Row:
    """The weekly 通报 over the demo station, beside its candidate query run by plain sqlite3."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from app.domain.bulletin import period_containing
    from app.services import bulletin as bulletin_service

    station = demo_station(opts)
    ws = Workspace.open(station.paths, daily_backup=False)
    try:
        made = bulletin_service.build(ws, "week", TODAY, TODAY)
        took = best_of(lambda: bulletin_service.build(ws, "week", TODAY, TODAY), opts.repeats)
        with ws.read() as s:
            township_of, _known, _own = bulletin_service.townships(s)
            earlier = period_containing("week", TODAY).previous()
            candidates = len(bulletin_service.candidate_facts(s, earlier.first, TODAY, township_of))
        stmt = bulletin_service.candidate_query(earlier.first, period_containing("week", TODAY).last)
        sql = str(stmt.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}))
    finally:
        ws.close()
    conn = sqlite3.connect(station.paths.database)
    try:
        floor = best_of(lambda: conn.execute(sql).fetchall(), opts.repeats)
    finally:
        conn.close()
    t = made.total
    return Row(
        measurement=f"weekly 通报 over {station.cases:,} cases on SQLite ({made.period.first.isoformat()} – "
                    f"{made.period.last.isoformat()} and the week before: {candidates:,} cases read, "
                    f"{t.received:,} received, {t.overdue:,} overdue; query, judging, ranking)",
        result=seconds(took),
        target=f"≤ 2 s at 1,000,000 cases on PostgreSQL: {verdict(took, 2.0)} here",
        reference=f"{seconds(floor)}: the same candidate query by plain sqlite3, rows fetched",
    )


#: Where the county rows put their hub database; unset, the tests' local server is tried.
BENCH_PG = os.environ.get("APPROVAL_WINDOW_BENCH_PG", "postgresql+psycopg://aw_test:aw_test@127.0.0.1:5432/postgres")
COUNTY_COPIES, COUNTY_STATIONS = 10, 50  # 50 townships, one station each
COPY_SHIFT = dt.timedelta(days=245)  # 35 weeks: each copy is an earlier stretch of the same weekdays


def _county_rows(source: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """The demo station's cases as a county of 50 stations over about six and a half years.

    Copy k of the demo's cases is moved k × 35 weeks back; every copy is dealt out among
    the 50 townships. Cases of the earlier copies are closed (completed on their deadline),
    as old cases are: only copy 0 reaches the current weeks, as only the newest cases do.
    """
    conn = sqlite3.connect(source)
    conn.row_factory = sqlite3.Row
    try:
        cases = [dict(r) for r in conn.execute("SELECT * FROM cases")]
    finally:
        conn.close()
    date_columns = [c for c in cases[0] if c.endswith(("_date", "_deadline", "_on", "_after", "_due"))]
    stations, rows, log = [], [], []
    received = dt.datetime(2026, 11, 19, 2)
    ids = [f"{i:04d}0000-0000-4000-8000-000000000000"[:36] for i in range(COUNTY_STATIONS)]
    for i, uuid in enumerate(ids):
        stations.append({"uuid": uuid, "centre_name": f"第{i + 1:02d}镇便民服务中心", "short_name": f"第{i + 1:02d}镇",
                         "window_name": "综合窗口", "code": f"{i + 1:02d}", "previous_uuid": None,
                         "number_format": "", "public_key": None, "is_local": False, "trusted": True,
                         "created_at": dt.datetime(2020, 1, 1)})
        log.append({"sha256": f"{i:064d}", "source_uuid": uuid, "file_name": "p.awsync", "created": "",
                    "received_at": received - dt.timedelta(days=i % 7), "events": 1, "new_events": 1,
                    "outcome": "applied"})
    for k in range(COUNTY_COPIES):
        shift = COPY_SHIFT * k
        for n, r in enumerate(cases):
            r = dict(r)
            r["uuid"] = f"{k:02d}{r['uuid'][2:]}"
            r["number"] = f"{k:02d}{r['number']}"
            r["station_uuid"] = ids[n % COUNTY_STATIONS]
            for c in date_columns:
                if r[c] is not None:
                    r[c] = dt.date.fromisoformat(r[c]) - shift
            if k and r["is_open"]:
                done = r["completion_deadline"] or r["intake_date"]
                r.update(status="completed", is_open=False, closed_date=done, completion_closed_on=done,
                         result="approved", completion_open=False, supply_open=False, notice_open=False,
                         next_deadline=None, completion_paused=False)
            for c in ("is_open", "supply_open", "supply_missed", "completion_open", "completion_paused",
                      "notice_open", "flagged", "promise_broken", "follow_up_open"):
                r[c] = bool(r[c])
            rows.append(r)
    return stations, rows, log


def _county_database(url: str, source: Path):
    """A hub database at ``url`` (created, migrated and filled); returns its engine."""
    from alembic import command
    from sqlalchemy import create_engine, insert

    from app.store.database import alembic_config
    from app.store.models import CaseRow as Cases, Station, SyncLogRow

    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    stations, rows, log = _county_rows(source)
    with engine.begin() as conn:
        conn.execute(insert(Station), stations)
        conn.execute(insert(SyncLogRow), log)
        for i in range(0, len(rows), 20_000):
            conn.execute(insert(Cases), rows[i:i + 20_000])
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return engine, len(rows)


def _pg_scratch(admin_url: str):
    """A throw-away database on the server, or None with why not."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"aw_bench_{os.getpid()}"
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server: the row says so
        return None, str(exc).splitlines()[0]

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    atexit.register(drop)
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), None


@row("bulletin-week-county")
def bulletin_week_county(opts: Options) -> Row:
    """The weekly 通报 at a hub of 50 stations holding ten times the demo station's cases."""
    from sqlalchemy.orm import Session

    from app.services.bulletin import bulletin_of

    station = demo_station(opts)
    cal = build_calendar()
    results, total = [], 0
    folder = Path(tempfile.mkdtemp(prefix="approval-window-county-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    targets = [("SQLite", f"sqlite:///{folder / 'hub.sqlite3'}")]
    pg_url, why_not = _pg_scratch(BENCH_PG)
    targets.append(("PostgreSQL", pg_url))
    verdicts = []
    for name, url in targets:
        if url is None:
            results.append(f"{name}: not measured ({why_not})")
            continue
        engine, total = _county_database(url, station.paths.database)
        try:
            def run():
                with Session(engine) as s:
                    return bulletin_of(s, cal, "week", TODAY, TODAY, 3)
            made = run()
            took = best_of(run, opts.repeats)
        finally:
            engine.dispose()
        results.append(f"{name} {seconds(took)}")
        verdicts.append(f"{name} {verdict(took, 2.0)}")
    return Row(
        measurement=f"weekly 通报 at a county hub: {total:,} cases of 50 townships "
                    f"(the demo's {station.cases:,} ten times, moved back 35 weeks a copy; this week "
                    f"{made.total.received:,} received, {made.total.overdue:,} overdue)",
        result="; ".join(results),
        target=f"≤ 2 s at about 1,000,000 cases on PostgreSQL: {', '.join(verdicts)}",
        reference="—",
    )


# -- the desktop program on the demo station ---------------------------------------------------

_PROBES: dict[tuple[int, int], dict] = {}
_FLOOR = textwrap.dedent("""
    import json, os, resource, sys, time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    w = QMainWindow(); w.resize(1366, 820); w.show(); app.processEvents()
    hwm = [int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")]
    print(json.dumps({"startup_s": time.time() - float(sys.argv[1]),
                      "peak_mb": (hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024}))
""")


def ui_probe(opts: Options) -> dict:
    """Start the real main window on the demo station in a fresh process (best of a few)."""
    key = (opts.cases, opts.seed)
    if key not in _PROBES:
        station = demo_station(opts)
        ws = Workspace.open(station.paths, daily_backup=False)
        try:
            with ws.read() as s:
                name, id_number = s.execute(
                    select(CaseRow.applicant_name, CaseRow.id_number).order_by(CaseRow.year, CaseRow.serial)
                    .offset(station.cases // 3).limit(1)).one()
        finally:
            ws.close()
        probe = str(Path(__file__).resolve().parent / "ui_probe.py")
        runs = []
        for _ in range(min(opts.repeats, 3)):
            launched = time.time()
            out = subprocess.run(
                [sys.executable, probe, str(station.paths.root), "bench-password", repr(launched), TODAY.isoformat(),
                 name, id_number[-4:]],
                capture_output=True, text=True, timeout=900, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            if out.returncode != 0:
                raise RuntimeError(f"ui_probe failed: {out.stderr.strip()[-800:]}")
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        floors = []
        for _ in range(min(opts.repeats, 3)):
            launched = time.time()
            out = subprocess.run([sys.executable, "-c", _FLOOR, repr(launched)], capture_output=True, text=True,
                                 timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            floors.append(json.loads(out.stdout.strip().splitlines()[-1]))
        _PROBES[key] = {
            "cases": station.cases,
            "startup_s": min(r["startup_s"] for r in runs),
            "search_s": [min(col) for col in zip(*(r["search_s"] for r in runs))],
            "peak_mb": max(r["peak_mb"] for r in runs),
            "rows_open": runs[0]["rows_open"], "rows_all": runs[0]["rows_all"],
            "search_texts": (name, id_number[-4:]),
            "floor_startup_s": min(f["startup_s"] for f in floors),
            "floor_mb": min(f["peak_mb"] for f in floors),
        }
    return _PROBES[key]


@row("ui-startup")
def ui_startup(opts: Options) -> Row:
    p = ui_probe(opts)
    return Row(
        measurement=f"start-up to a usable main window on {p['cases']:,} cases (process start, imports, open "
                    f"database, sign in, first page of {p['rows_open']:,} open cases painted)",
        result=f"{seconds(p['startup_s'])}, {verdict(p['startup_s'], 1.5)}",
        target="< 1.5 s",
        reference=f"{seconds(p['floor_startup_s'])}: a bare PySide6 process showing an empty window",
    )


@row("ui-search")
def ui_search(opts: Options) -> Row:
    p = ui_probe(opts)
    worst = max(p["search_s"])
    name, tail = p["search_texts"]
    return Row(
        measurement=f"search as you type in the main window on {p['cases']:,} cases: each keystroke of "
                    f"“{name}” and “{tail}” (query, list reset, repaint; after the 150 ms typing pause)",
        result=f"slowest {seconds(worst)}, median {seconds(statistics.median(p['search_s']))}, {verdict(worst, 0.1)}",
        target="< 100 ms",
        reference="the raw SQL of the same searches: see the search-name and search-id-tail rows",
    )


@row("ui-memory")
def ui_memory(opts: Options) -> Row:
    p = ui_probe(opts)
    return Row(
        measurement=f"peak memory of the program with the list open, searched, then all {p['rows_all']:,} cases "
                    f"listed and scrolled to the end",
        result=f"{p['peak_mb']:.0f} MB, {verdict(p['peak_mb'], 300)}",
        target="< 300 MB",
        reference=f"{p['floor_mb']:.0f} MB: a bare PySide6 process showing an empty window",
    )


# -- sync packages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncRun:
    package: Path
    size: int
    export_s: float
    import_s: float
    reimport_s: float
    events: int
    raw_s: float
    db_bytes: int


_SYNC: dict[tuple[int, int], SyncRun] = {}


def sync_run(opts: Options) -> SyncRun:
    """Export the demo station whole, import it into an empty county folder, then again."""
    from app.services.officers import find_actor as actor_of
    from app.services.sync_export import export_package
    from app.services.sync_import import import_package
    from app.services.sync_keys import export_key, trust

    key = (opts.cases, opts.seed)
    if key in _SYNC:
        return _SYNC[key]
    station = demo_station(opts)
    root = Path(tempfile.mkdtemp(prefix="approval-window-sync-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    county = DataPaths(root / "county")
    initialise(county, centre="某县政务服务中心", window="县级受理窗口", admin_username="admin",
               admin_password="bench-password", station_code="90")
    src = Workspace.open(station.paths, daily_backup=False)
    hub = Workspace.open(county, daily_backup=False)
    try:
        export_key(src, root / "station.pub")
        admin = actor_of(hub, "admin")
        trust(hub, admin, root / "station.pub")
        out = root / "all.awsync"
        t0 = time.perf_counter()
        export_package(src, out, everything=True)
        export_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        first = import_package(hub, admin, out)
        import_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = import_package(hub, admin, out)
        reimport_s = time.perf_counter() - t0
        assert first.new_events == again.present, (first.new_events, again.present)
    finally:
        src.close()
        hub.close()
    raw = _raw_copy_seconds(station.paths.database, opts.repeats)
    _SYNC[key] = SyncRun(out, out.stat().st_size, export_s, import_s, reimport_s, first.new_events, raw,
                         station.paths.database.stat().st_size)
    return _SYNC[key]


@row("sync-export")
def sync_export_row(opts: Options) -> Row:
    r = sync_run(opts)
    return Row(
        measurement=f"sync export of {opts.cases:,} cases ({r.events:,} events), signed; one run",
        result=f"{seconds(r.export_s)}; package {r.size / 1e6:,.1f} MB ({r.size / r.db_bytes:.0%} of the database)",
        target=f"package ≤ 40 % of the database: {verdict(r.size / r.db_bytes, 0.40)}",
        reference=f"{r.db_bytes / 1e6:,.1f} MB: a plain copy of the database file",
    )


@row("sync-import")
def sync_import_row(opts: Options) -> Row:
    r = sync_run(opts)
    rate, raw_rate = r.events / r.import_s, r.events / r.raw_s
    return Row(
        measurement="sync import of that package into an empty county database; one run",
        result=f"{seconds(r.import_s)} ({rate:,.0f} events/s, {rate / raw_rate:.0%} of raw)",
        target=f"≥ 25 % of raw: {verdict(-rate / raw_rate, -0.25)}",
        reference=f"{raw_rate:,.0f} events/s ({seconds(r.raw_s)}): raw sqlite3 executemany of the same event "
                  f"and case rows",
    )


@row("sync-reimport")
def sync_reimport_row(opts: Options) -> Row:
    r = sync_run(opts)
    share = r.reimport_s / r.import_s
    return Row(
        measurement="sync import of the same package again (all present); one run",
        result=f"{seconds(r.reimport_s)} ({share:.0%} of the first import)",
        target=f"≤ 10 % of the first import: {verdict(share, 0.10)}",
        reference=f"{seconds(r.import_s)}: the first import",
    )


# -- the county hub on PostgreSQL ---------------------------------------------------------------


def _hub(opts: Options):
    import hub as hub_bench

    return hub_bench, hub_bench.hub_run(opts.hub_townships, opts.hub_cases, opts.seed, opts.hub_cache,
                                        opts.hub_reuse)


@row("hub-import")
def hub_import_row(opts: Options) -> Row:
    _mod, r = _hub(opts)
    rate, floor = r.events / r.import_s, r.events / r.copy_s
    return Row(
        measurement=f"hub on PostgreSQL: sync import of {r.townships} townships × {opts.hub_cases:,} cases "
                    f"({r.cases:,} cases, {r.events:,} events), one package each, one after another; one run",
        result=f"{seconds(r.import_s)} ({rate:,.0f} events/s, {rate / floor:.0%} of COPY)",
        target=f"≥ 25 % of COPY: {verdict(-rate / floor, -0.25)}",
        reference=f"{floor:,.0f} events/s ({seconds(r.copy_s)}): COPY of the same event and case rows into "
                  f"empty tables with the same indexes",
    )


@row("hub-import-memory")
def hub_memory_row(opts: Options) -> Row:
    _mod, r = _hub(opts)
    return Row(
        measurement=f"hub on PostgreSQL: peak memory of the process importing the {r.townships} packages",
        result=f"{r.peak_rss / 2**20:,.0f} MiB",
        target="—",
        reference="the largest package is read and applied whole (one transaction per package)",
    )


def _hub_query_row(opts: Options, what: str, make_filter: Callable[[Workspace], CaseFilter]) -> Row:
    mod, r = _hub(opts)
    ws = Workspace.open(DataPaths(r.folder), daily_backup=False)
    try:
        f = make_filter(ws)
        hits = len(list_cases(ws, f, TODAY))
        took = best_of(lambda: list_cases(ws, f, TODAY), opts.repeats)
        conds = filter_conditions(ws, f, TODAY)
        stmt = select(CaseRow).where(*conds).order_by(*work_order(TODAY)).limit(f.limit)
        if not f.search:  # as list_cases sends it on the server
            stmt = stmt.where(CaseRow.uuid.in_(first_page_ids(conds, TODAY, f.limit, f.open_only)))
        compiled = stmt.compile(dialect=ws.engine.dialect)
        with ws.engine.connect() as conn:
            raw = conn.connection.driver_connection
            server = best_of(lambda: raw.execute(str(compiled), compiled.params).fetchall(), opts.repeats)
    finally:
        ws.close()
    return Row(
        measurement=f"hub on PostgreSQL: {what} over {r.cases:,} cases, first page of 50 ({hits} shown)",
        result=f"{seconds(took)}, {verdict(took, 0.1)}",
        target="≤ 100 ms",
        reference=f"{seconds(server)}: the same SQL straight through psycopg",
    )


def _hub_sample(ws: Workspace) -> tuple[str, str]:
    with ws.read() as s:
        total = s.scalar(select(func.count()).select_from(CaseRow))
        return s.execute(select(CaseRow.applicant_name, CaseRow.id_number).order_by(CaseRow.uuid)
                         .offset(total // 2).limit(1)).one()


@row("hub-worklist")
def hub_worklist_row(opts: Options) -> Row:
    return _hub_query_row(opts, "work list (open cases, most urgent first)",
                          lambda ws: CaseFilter(open_only=True, limit=50))


@row("hub-search-name")
def hub_search_name_row(opts: Options) -> Row:
    def make(ws: Workspace) -> CaseFilter:
        name, _ = _hub_sample(ws)
        return CaseFilter(search=name, limit=50)

    return _hub_query_row(opts, "search by name", make)


@row("hub-search-id-tail")
def hub_search_id_row(opts: Options) -> Row:
    def make(ws: Workspace) -> CaseFilter:
        _, id_number = _hub_sample(ws)
        return CaseFilter(search=id_number[-6:], limit=50)

    return _hub_query_row(opts, "search by the last 6 characters of an ID number", make)


# -- the installed program ----------------------------------------------------------------------

BUILD_SUMMARY = Path(__file__).resolve().parent.parent / "dist" / "build-summary.json"
NOT_BUILT = "not built: run python packaging/build.py first"


def build_summary() -> dict | None:
    """The figures packaging/build.py wrote for the last bundle it built, if any."""
    try:
        summary = json.loads(BUILD_SUMMARY.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return summary if Path(summary.get("bundle", "")).is_dir() else None


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MiB"


def qt_bytes(bundle: Path) -> int:
    qt = next(bundle.rglob("PySide6"), None)
    return sum(p.stat().st_size for p in qt.rglob("*") if p.is_file() and not p.is_symlink()) if qt else 0


@row("bundle-size")
def bundle_size(opts: Options) -> Row:
    s = build_summary()
    if s is None:
        return Row("size of the Linux bundle (PyInstaller folder)", NOT_BUILT, "none set", "")
    size = s["bundle_bytes"]
    return Row(
        measurement=f"size of the Linux bundle (PyInstaller folder, built on {s['buildroot']}; glibc floor "
                    f"{s.get('glibc_floor', '?')})",
        result=mib(size),
        target="none set",
        reference=f"{mib(qt_bytes(Path(s['bundle'])))}: the Qt libraries and plugins in it alone",
    )


@row("installed-size")
def installed_size(opts: Options) -> Row:
    s = build_summary()
    if s is None or "installed_bytes" not in s:
        return Row("installed size of the .deb", NOT_BUILT, "none set", "")
    return Row(
        measurement="installed size of the .deb (dpkg's Installed-Size) and its download size",
        result=f"{mib(s['installed_bytes'])} installed, {mib(s['deb_bytes'])} to download",
        target="none set",
        reference=f"{mib(s['bundle_bytes'])}: the bundle it installs",
    )


def _best_run(cmd: list[str], repeats: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
        took = time.perf_counter() - started
        if out.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed: {out.stderr.strip()[-800:]}")
        best = min(best, took)
    return best


@row("frozen-startup")
def frozen_startup(opts: Options) -> Row:
    s = build_summary()
    what = "start-up of the frozen program beside the same from source: --smoke (builds 300 demo cases, " \
           "shows the main window, exits) and --version (process start and imports only)"
    if s is None:
        return Row(what, NOT_BUILT, "none set", "")
    cli = Path(s["bundle"]) / "approval-window-cli"
    source = [sys.executable, "-m", "app"]
    repeats = min(opts.repeats, 3)
    frozen_smoke, source_smoke = _best_run([str(cli), "--smoke"], repeats), _best_run([*source, "--smoke"], repeats)
    frozen_version, source_version = _best_run([str(cli), "--version"], repeats), _best_run([*source, "--version"], repeats)
    return Row(
        measurement=what,
        result=f"frozen: --smoke {seconds(frozen_smoke)}, --version {seconds(frozen_version)}",
        target="none set",
        reference=f"from source: --smoke {seconds(source_smoke)}, --version {seconds(source_version)}",
    )


# -- the table ------------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    lines = ["| measurement | result | target | reference (physical floor) |", "|---|---|---|---|"]
    lines += [f"| {r.measurement} | {r.result} | {r.target} | {r.reference} |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    names = [name for name, _ in ROWS]
    parser = argparse.ArgumentParser(description="Print the approval-window performance table.")
    parser.add_argument("--cases", type=int, default=100_000, help="size of each measurement (default 100000)")
    parser.add_argument("--repeats", type=int, default=5, help="runs per timing; the best counts (default 5)")
    parser.add_argument("--seed", type=int, default=20261120, help="seed of the synthetic data")
    parser.add_argument("--hub-townships", type=int, default=50, help="hub rows: townships (default 50)")
    parser.add_argument("--hub-cases", type=int, default=20_000, help="hub rows: cases per township (default 20000)")
    parser.add_argument("--hub-cache", type=Path, default=Options.hub_cache,
                        help="hub rows: folder keeping the townships' packages between runs")
    parser.add_argument("--hub-reuse", action="store_true",
                        help="hub rows: measure again the hub the last run of this size imported")
    parser.add_argument("--only", action="append", choices=names, metavar="NAME", help=f"run only this row: {', '.join(names)}")
    parser.add_argument("--list", action="store_true", help="list the row names and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(names))
        return 0
    if args.cases < 1 or args.repeats < 1:
        parser.error("--cases and --repeats must be at least 1")
    opts = Options(cases=args.cases, repeats=args.repeats, seed=args.seed, hub_townships=args.hub_townships,
                   hub_cases=args.hub_cases, hub_cache=args.hub_cache, hub_reuse=args.hub_reuse)
    chosen = [fn for name, fn in ROWS if not args.only or name in args.only]
    print(table([fn(opts) for fn in chosen]))
    print(f"\nPython {platform.python_version()} on {platform.machine()}, {platform.system()}; best of {opts.repeats} runs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
