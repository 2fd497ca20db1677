"""Shared test set-up.

Qt must find no display on a build server, so the offscreen platform is chosen here,
before any test module can import PySide6.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _interface_language_restored():
    """A test that starts the program (which sets the interface's language for the whole
    process) leaves the next test's window in the language it found: the suite's windows
    speak English unless a test asks for Chinese."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def tmp_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder; the environment variables are cleared so nothing leaks in."""
    monkeypatch.delenv("APPROVAL_WINDOW_DATA", raising=False)
    monkeypatch.delenv("APPROVAL_WINDOW_DATABASE", raising=False)
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


# -- an initialised station with the shipped catalogue and three officers ------------------

import datetime as _dt  # noqa: E402
import shutil  # noqa: E402
from dataclasses import dataclass  # noqa: E402

ADMIN_PASSWORD = "secret123"
CLERK_PASSWORD = "clerkpass1"
BOSS_PASSWORD = "bosspass1"
CENTRE = "某镇便民服务中心"
WINDOW = "社会事务窗口"


def _make_station(folder: Path, database_url: str | None = None) -> Path:
    from app.paths import DataPaths
    from app.services.catalogue import ensure_shipped_catalogue
    from app.services.officers import Role, add_officer, find_actor
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    paths = DataPaths(folder, database_url)
    initialise(paths, centre=CENTRE, window=WINDOW, admin_username="admin",
               admin_password=ADMIN_PASSWORD, admin_display="张管理", address="青石县某镇人民路18号",
               phone="0577-62881234", hours="周一至周五 8:30—12:00、14:30—17:30")
    ws = Workspace.open(paths, daily_backup=False)
    try:
        admin = find_actor(ws, "admin")
        ensure_shipped_catalogue(ws, by="admin")
        add_officer(ws, admin, "clerk", "王窗口", Role.OFFICER, CLERK_PASSWORD)
        add_officer(ws, admin, "boss", "李主管", Role.SUPERVISOR, BOSS_PASSWORD)
    finally:
        ws.close()
    return folder


@pytest.fixture(scope="session")
def station_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once per run and copied per test: Argon2 hashing and migrations take a while."""
    return _make_station(tmp_path_factory.mktemp("station") / "data")


# -- the same tests on SQLite and on PostgreSQL ------------------------------------------------

#: Test folders whose tests run on both databases when they use a station (``backend``).
BOTH_DATABASES = ("store", "services", "sync")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): a test of SQLite's file (backups, damage, pragmas)")
    config.addinivalue_line("markers", "both_databases: run on SQLite and PostgreSQL outside the folders that do")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    both = folder in BOTH_DATABASES or metafunc.definition.get_closest_marker("both_databases") is not None
    if both and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the station's data folder uses: SQLite's file, or a PostgreSQL server."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def station_dir(tmp_data: Path, backend: str, request: pytest.FixtureRequest) -> Path:
    """A data folder holding an initialised station: 某镇便民服务中心, admin/clerk/boss, catalogue."""
    if backend == "postgresql":
        template = request.getfixturevalue("pg_station_template")
        shutil.copytree(template.folder, tmp_data, dirs_exist_ok=True)
        url = request.getfixturevalue("pg_clone")(template.database)
        (tmp_data / "database-url").write_text(url + "\n", encoding="utf-8")
        return tmp_data
    shutil.copytree(request.getfixturevalue("station_template"), tmp_data, dirs_exist_ok=True)
    return tmp_data


@pytest.fixture
def workspace(station_dir: Path):
    from app.paths import DataPaths
    from app.services.workspace import Workspace

    ws = Workspace.open(DataPaths(station_dir), daily_backup=False)
    yield ws
    ws.close()


@dataclass(frozen=True)
class Staff:
    admin: object
    clerk: object
    boss: object


@pytest.fixture
def staff(workspace) -> Staff:
    """The station's officers as actors: admin (admin), clerk (officer), boss (supervisor)."""
    from app.services.officers import find_actor

    return Staff(*(find_actor(workspace, name) for name in ("admin", "clerk", "boss")))


@pytest.fixture
def demo_workspace(workspace, staff):
    """The station with 500 demo cases generated as of 2026-11-20 (every state represented)."""
    from app.services.demo import generate

    generate(workspace, staff.admin, 500, seed=7, today=_dt.date(2026, 11, 20))
    return workspace



# -- the office suite that centres open DOCX letters with --------------------------------

import subprocess  # noqa: E402


@pytest.fixture(scope="session")
def libreoffice_pdf():
    """Convert a DOCX to PDF with LibreOffice headless, as a county office's desktop would.

    The conversion reads Chinese only where the system has a CJK font, as every target
    desktop does (UOS/Kylin ship their own; ``.ci/run`` installs Debian's fonts-noto-cjk).
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; install libreoffice-writer-nogui")
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    if not listed.strip():
        pytest.skip("no Chinese system font for LibreOffice to substitute; install fonts-noto-cjk")

    def convert(source: Path) -> bytes:
        outdir = source.parent / "converted"
        profile = source.parent / "lo-profile"
        result = subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
             "--outdir", str(outdir), str(source)],
            capture_output=True, text=True, timeout=180,
        )
        converted = outdir / (source.stem + ".pdf")
        assert result.returncode == 0 and converted.is_file(), result.stdout + result.stderr
        return converted.read_bytes()

    return convert


# -- a real PostgreSQL server, for the county hub's database --------------------------------

import uuid as _uuid  # noqa: E402
from typing import Callable  # noqa: E402

PG_ADMIN_URL = os.environ.get("APPROVAL_WINDOW_TEST_PG", "postgresql+psycopg://aw_test:aw_test@127.0.0.1:5432/postgres")
PG_START = Path(__file__).resolve().parent / "postgres" / "start-server"


def _pg_reachable(url: str) -> str | None:
    """None when a connection succeeds, else why not."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return None
    except Exception as exc:  # any driver or network error means: not reachable
        return str(exc).splitlines()[0]
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of a PostgreSQL server where the tests may create databases.

    ``APPROVAL_WINDOW_TEST_PG`` names one; otherwise the machine's own Debian cluster is
    started (as root) by ``tests/postgres/start-server``, as ``.ci/run`` does. Where no
    server can be had, the PostgreSQL tests are skipped with the reason, except under
    ``APPROVAL_WINDOW_TEST_PG_REQUIRED=1`` (CI), where that is a failure.
    """
    try:
        import psycopg  # noqa: F401
    except ImportError:
        reason = "psycopg is not installed (pip install -e '.[test]')"
    else:
        reason = _pg_reachable(PG_ADMIN_URL)
        if reason and "APPROVAL_WINDOW_TEST_PG" not in os.environ and hasattr(os, "geteuid") \
                and os.geteuid() == 0 and shutil.which("pg_lsclusters"):
            started = subprocess.run(["bash", str(PG_START)], capture_output=True, text=True, timeout=180)
            reason = _pg_reachable(PG_ADMIN_URL) if started.returncode == 0 else started.stderr.strip()
    if reason:
        message = f"no PostgreSQL server could be started or reached at {PG_ADMIN_URL}: {reason}"
        if os.environ.get("APPROVAL_WINDOW_TEST_PG_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return PG_ADMIN_URL


@dataclass(frozen=True)
class PgTemplate:
    folder: Path  # the data folder (keys, settings file) belonging to the database
    database: str  # a database to clone per test with CREATE DATABASE … TEMPLATE


def _pg_admin(postgres_server: str):
    from sqlalchemy import create_engine

    return create_engine(postgres_server, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_session(postgres_server: str, tmp_path_factory: pytest.TempPathFactory):
    """The server for the session: the password in a pgpass file (as a hub keeps it), the
    template databases dropped at the end."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    url = make_url(postgres_server)
    if url.password and "PGPASSFILE" not in os.environ:
        passfile = tmp_path_factory.mktemp("pgpass") / "pgpass"
        passfile.write_text(f"{url.host or 'localhost'}:{url.port or 5432}:*:{url.username}:{url.password}\n")
        passfile.chmod(0o600)
        os.environ["PGPASSFILE"] = str(passfile)
    made: list[str] = []
    yield made
    admin = _pg_admin(postgres_server)
    for name in made:
        _drop(admin, name)
    admin.dispose()


def _pg_url(postgres_server: str, name: str) -> str:
    """The URL of a database on the test server, without a password (it is in PGPASSFILE)."""
    from sqlalchemy.engine import make_url

    return make_url(postgres_server).set(database=name)._replace(password=None).render_as_string(hide_password=False)


def _pg_template(postgres_server: str, made: list[str], build: Callable[[str], Path]) -> PgTemplate:
    from sqlalchemy import text

    name = f"aw_tmpl_{_uuid.uuid4().hex[:12]}"
    admin = _pg_admin(postgres_server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    made.append(name)
    folder = build(_pg_url(postgres_server, name))
    (folder / "database-url").write_text(_pg_url(postgres_server, name) + "\n", encoding="utf-8")
    return PgTemplate(folder, name)


@pytest.fixture(scope="session")
def pg_station_template(postgres_server: str, pg_session: list[str],
                        tmp_path_factory: pytest.TempPathFactory) -> PgTemplate:
    """The station of ``station_template`` with its database on the server."""
    folder = tmp_path_factory.mktemp("pg-station") / "data"
    return _pg_template(postgres_server, pg_session, lambda url: _make_station(folder, url))


@pytest.fixture(scope="session")
def pg_empty_template(postgres_server: str, pg_session: list[str]) -> str:
    """The URL (no password) of an empty database a module may initialise as its template."""
    from sqlalchemy import text

    name = f"aw_tmpl_{_uuid.uuid4().hex[:12]}"
    admin = _pg_admin(postgres_server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    pg_session.append(name)
    return _pg_url(postgres_server, name)


@pytest.fixture
def pg_clone(postgres_server: str, pg_session: list[str]):
    """Copies of template databases for this test (a file copy on the server), dropped after it."""
    from sqlalchemy import text

    admin = _pg_admin(postgres_server)
    made: list[str] = []

    def clone(template: str) -> str:
        name = f"aw_test_{_uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
            # a throw-away database: commits need not wait for the disk
            conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
        made.append(name)
        return _pg_url(postgres_server, name)

    yield clone
    for name in made:
        _drop(admin, name)
    admin.dispose()


def _drop(admin, name: str) -> None:
    """Drop a test database; an autovacuum worker (the server's, not ours to end) may be in
    it for a moment, and what is left is dropped with the session's templates."""
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for attempt in range(20):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            time.sleep(0.1 * (attempt + 1))


@pytest.fixture
def postgres_database(postgres_server: str):
    """A new, empty database on the server, dropped after the test."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"aw_test_{_uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()

# -- three stations of one county: two windows of one centre and the county centre ---------

STATIONS = {
    # name: (centre, window, station code)
    "window1": ("白沙镇便民服务中心", "社会事务窗口", "01"),
    "window2": ("白沙镇便民服务中心", "综合窗口", "02"),
    "county": ("青石县政务服务中心", "县级受理窗口", "X1"),
}


def _make_county_station(name: str, folder: Path, database_url: str | None = None) -> Path:
    from app.paths import DataPaths
    from app.services.catalogue import ensure_shipped_catalogue
    from app.services.officers import Role, add_officer, find_actor
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    centre, window, code = STATIONS[name]
    n = list(STATIONS).index(name) + 1
    paths = DataPaths(folder, database_url)
    initialise(paths, centre=centre, window=window, admin_username="admin",
               admin_password=ADMIN_PASSWORD, admin_display=f"{name}管理员", station_code=code,
               address=f"青石县{centre[:3]}人民路{n}号", phone=f"0577-6288{n:04d}",
               hours="周一至周五 8:30—12:00、14:30—17:30")
    ws = Workspace.open(paths, daily_backup=False)
    try:
        admin = find_actor(ws, "admin")
        ensure_shipped_catalogue(ws, by="admin")
        add_officer(ws, admin, "boss", f"{name}主管", Role.SUPERVISOR, BOSS_PASSWORD)
    finally:
        ws.close()
    return folder


@pytest.fixture(scope="session")
def county_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Three initialised data folders, each its own station with its own "admin" and "boss"."""
    return {name: _make_county_station(name, tmp_path_factory.mktemp(name) / "data") for name in STATIONS}


@pytest.fixture(scope="session")
def pg_hub_template(postgres_server: str, pg_session: list[str],
                    tmp_path_factory: pytest.TempPathFactory) -> PgTemplate:
    """The county centre's station with its database on the server: the hub."""
    folder = tmp_path_factory.mktemp("pg-county") / "data"
    return _pg_template(postgres_server, pg_session, lambda url: _make_county_station("county", folder, url))


@pytest.fixture
def county(tmp_path: Path, county_templates: dict[str, Path], backend: str, request: pytest.FixtureRequest):
    """The three stations, copied fresh for this test, opened as workspaces; on the
    PostgreSQL run the county centre is a hub over the server, the townships keep SQLite."""
    from app.paths import DataPaths
    from app.services.workspace import Workspace

    opened = {}
    for name, template in county_templates.items():
        folder = tmp_path / name
        if name == "county" and backend == "postgresql":
            hub = request.getfixturevalue("pg_hub_template")
            shutil.copytree(hub.folder, folder)
            url = request.getfixturevalue("pg_clone")(hub.database)
            (folder / "database-url").write_text(url + "\n", encoding="utf-8")
        else:
            shutil.copytree(template, folder)
        opened[name] = Workspace.open(DataPaths(folder), daily_backup=False)
    yield opened
    for ws in opened.values():
        ws.close()
