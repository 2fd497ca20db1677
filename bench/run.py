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
import datetime as dt
import gc
import platform
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.calendar import build_calendar  # noqa: E402
from app.domain.deadlines import Countdown, Extension, Pause, Unit, evaluate_many  # noqa: E402


@dataclass(frozen=True)
class Options:
    cases: int
    repeats: int
    seed: int


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
    parser.add_argument("--only", action="append", choices=names, metavar="NAME", help=f"run only this row: {', '.join(names)}")
    parser.add_argument("--list", action="store_true", help="list the row names and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(names))
        return 0
    if args.cases < 1 or args.repeats < 1:
        parser.error("--cases and --repeats must be at least 1")
    opts = Options(cases=args.cases, repeats=args.repeats, seed=args.seed)
    chosen = [fn for name, fn in ROWS if not args.only or name in args.only]
    print(table([fn(opts) for fn in chosen]))
    print(f"\nPython {platform.python_version()} on {platform.machine()}, {platform.system()}; best of {opts.repeats} runs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
