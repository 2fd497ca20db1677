"""Bench rows of the county hub on PostgreSQL: importing every township's package, and
the work list and searches over the county's cases.

The townships are demo stations (``--hub-townships`` × ``--hub-cases``; 50 × 20,000, about
a million cases, by default), each exporting one signed package of everything it holds.
The hub imports them one after another in a child process, so the peak memory of the
import is that process's own. The floor is ``COPY`` of the same event and case rows into
an empty copy of their tables with the same indexes: what the server itself needs.

The server is ``APPROVAL_WINDOW_BENCH_PG`` (a URL whose user may create databases), else
the test server of tests/postgres/start-server.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG = "postgresql+psycopg://aw_test:aw_test@127.0.0.1:5432/postgres"
HUB_DB = "aw_bench_hub"
FLOOR_DB = "aw_bench_copy"
TODAY = "2026-11-20"


def server_url() -> str:
    return os.environ.get("APPROVAL_WINDOW_BENCH_PG", DEFAULT_PG)


def db_url(name: str) -> str:
    return make_url(server_url()).set(database=name).render_as_string(hide_password=False)


def recreate(name: str) -> None:
    admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


# -- the townships ---------------------------------------------------------------------------


def make_township(args: tuple[Path, int, int, int]) -> tuple[str, str]:
    """One township's data folder, demo cases, exported key and package; returns their paths."""
    from app.domain.calendar import parse_iso_date
    from app.paths import DataPaths
    from app.services.catalogue import ensure_shipped_catalogue
    from app.services.demo import generate
    from app.services.officers import find_actor
    from app.services.setup import initialise
    from app.services.sync_export import export_package
    from app.services.sync_keys import export_key
    from app.services.workspace import Workspace

    folder, number, cases, seed = args
    pkg, pub = folder / f"township-{number:02d}.awsync", folder / f"township-{number:02d}.pub"
    if pkg.exists() and pub.exists():
        return str(pkg), str(pub)
    paths = DataPaths(folder / f"township-{number:02d}")
    shutil.rmtree(paths.root, ignore_errors=True)
    initialise(paths, centre=f"第{number}镇便民服务中心", window="综合窗口", admin_username="admin",
               admin_password="bench-password", station_code=f"{number:02d}")
    ws = Workspace.open(paths, daily_backup=False)
    try:
        admin = find_actor(ws, "admin")
        ensure_shipped_catalogue(ws, by="admin")
        generate(ws, admin, cases, seed + number, parse_iso_date(TODAY))
        export_key(ws, pub)
        export_package(ws, pkg.with_suffix(".part.awsync"), everything=True)
    finally:
        ws.close()
    os.replace(pkg.with_suffix(".part.awsync"), pkg)
    shutil.rmtree(paths.root, ignore_errors=True)  # only the package and key are needed
    return str(pkg), str(pub)


def townships(cache: Path, count: int, cases: int, seed: int) -> list[tuple[str, str]]:
    folder = cache / f"{cases}-{seed}"  # any number of townships reuses those already made
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(folder, n, cases, seed) for n in range(1, count + 1)]
    with multiprocessing.get_context("spawn").Pool(min(2, os.cpu_count() or 1)) as pool:
        return pool.map(make_township, jobs, chunksize=1)


# -- the hub ---------------------------------------------------------------------------------


def import_all(hub: str, packages: list[str]) -> None:
    """Child process: import every package into the hub; prints the seconds and events."""
    from app.paths import DataPaths
    from app.services.officers import find_actor
    from app.services.sync_import import import_package
    from app.services.workspace import Workspace

    ws = Workspace.open(DataPaths(Path(hub)), daily_backup=False)
    try:
        admin = find_actor(ws, "admin")
        events = 0
        t0 = time.perf_counter()
        for p in packages:
            events += import_package(ws, admin, Path(p)).new_events
        took = time.perf_counter() - t0
    finally:
        ws.close()
    print(json.dumps({"seconds": took, "events": events,
                      "max_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))


@dataclass
class HubRun:
    folder: Path
    townships: int
    cases: int
    events: int
    import_s: float
    peak_rss: int
    copy_s: float


_RUN: dict[tuple, HubRun] = {}


def hub_run(townships_n: int, cases: int, seed: int, cache: Path, reuse: bool = False) -> HubRun:
    """Import the townships' packages into a new hub (or, with ``reuse``, take the hub the
    last run of the same size left, to measure its queries again)."""
    key = (townships_n, cases, seed)
    if key in _RUN:
        return _RUN[key]
    record = cache / f"hub-{townships_n}x{cases}-{seed}.json"
    if reuse and record.exists():
        saved = json.loads(record.read_text(encoding="utf-8"))
        _RUN[key] = HubRun(**{**saved, "folder": Path(saved["folder"])})
        return _RUN[key]
    from app.paths import DataPaths
    from app.services.officers import find_actor
    from app.services.setup import initialise
    from app.services.sync_keys import trust
    from app.services.workspace import Workspace

    made = townships(cache, townships_n, cases, seed)
    recreate(HUB_DB)
    folder = Path(tempfile.mkdtemp(prefix="approval-window-hub-")) / "hub"
    initialise(DataPaths(folder, db_url(HUB_DB)), centre="某县政务服务中心", window="县级受理窗口",
               admin_username="admin", admin_password="bench-password", station_code="X1")
    (folder / "database-url").write_text(db_url(HUB_DB) + "\n", encoding="utf-8")
    ws = Workspace.open(DataPaths(folder), daily_backup=False)
    try:
        admin = find_actor(ws, "admin")
        for _pkg, pub in made:
            trust(ws, admin, Path(pub))
    finally:
        ws.close()
    out = subprocess.run([sys.executable, __file__, "import", str(folder), *[p for p, _ in made]],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    result = json.loads(out.stdout.strip().splitlines()[-1])
    copy_s = copy_floor()
    _RUN[key] = HubRun(folder, townships_n, townships_n * cases, result["events"], result["seconds"],
                       result["max_rss"], copy_s)
    record.write_text(json.dumps({**_RUN[key].__dict__, "folder": str(folder)}), encoding="utf-8")
    return _RUN[key]


def copy_floor() -> float:
    """COPY the hub's event and case rows into empty tables of the same schema and indexes."""
    from alembic import command

    from app.store.database import alembic_config

    recreate(FLOOR_DB)
    floor = create_engine(db_url(FLOOR_DB))
    hub = create_engine(db_url(HUB_DB))
    try:
        with floor.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        buffers = {}
        with hub.connect() as conn:
            raw = conn.connection.driver_connection
            for table in ("stations", "events", "cases"):
                buf = io.BytesIO()
                with raw.cursor().copy(f"COPY {table} TO STDOUT (FORMAT binary)") as copy:
                    for block in copy:
                        buf.write(block)
                buffers[table] = buf.getvalue()
        with floor.connect() as conn:
            raw = conn.connection.driver_connection
            with raw.cursor() as cur:  # the stations first: events refer to them
                with cur.copy("COPY stations FROM STDIN (FORMAT binary)") as copy:
                    copy.write(buffers["stations"])
            raw.commit()
            t0 = time.perf_counter()
            with raw.cursor() as cur:
                for table in ("events", "cases"):
                    with cur.copy(f"COPY {table} FROM STDIN (FORMAT binary)") as copy:
                        copy.write(buffers[table])
            raw.commit()
            return time.perf_counter() - t0
    finally:
        floor.dispose()
        hub.dispose()


if __name__ == "__main__" and sys.argv[1:2] == ["import"]:
    sys.path.insert(0, str(ROOT))
    import_all(sys.argv[2], sys.argv[3:])
