"""The county hub's database on a PostgreSQL server, as the county's administrator sets it up
and uses it from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.cli import main
from signing_in import give_password

TODAY = "2026-11-20"


@pytest.fixture
def hub_url(postgres_database: str, pg_session) -> str:
    """An empty database on the server; its password is in the session's PGPASSFILE."""
    return make_url(postgres_database)._replace(password=None).render_as_string(hide_password=False)


def run(capsys, folder: Path, *argv: str) -> tuple[int, str, str]:
    give_password(argv)
    code = main(["--data-dir", str(folder), "--today", TODAY, *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def init(capsys, monkeypatch, folder: Path, url: str) -> tuple[int, str, str]:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("secret123\nsecret123\n"))
    return run(capsys, folder, "init", "--database", url, "--password-stdin", "--centre", "青石县政务服务中心",
               "--window", "县级受理窗口", "--admin", "admin", "--station-code", "X1")


def test_init_keeps_the_server_in_the_data_folder_and_every_command_uses_it(tmp_data, hub_url, capsys,
                                                                             monkeypatch) -> None:
    code, out, err = init(capsys, monkeypatch, tmp_data, hub_url)
    assert code == 0, err
    assert (tmp_data / "database-url").read_text(encoding="utf-8").splitlines()[-1] == hub_url
    assert not (tmp_data / "approval-window.sqlite3").exists()  # only the database moved
    assert (tmp_data / "keys").is_dir()
    assert run(capsys, tmp_data, "demo", "--cases", "40", "--officer", "admin")[0] == 0
    code, out, _ = run(capsys, tmp_data, "case", "list", "--json")
    assert code == 0 and '"number"' in out
    code, out, _ = run(capsys, tmp_data, "audit", "verify")
    assert code == 0 and "事件链完好" in out
    code, out, _ = run(capsys, tmp_data, "admin", "check")
    assert code == 0
    with create_engine(hub_url).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM cases")).scalar_one() == 40


def test_backups_on_the_server_are_pg_dumps_and_the_program_says_so(tmp_data, hub_url, capsys,
                                                                     monkeypatch) -> None:
    assert init(capsys, monkeypatch, tmp_data, hub_url)[0] == 0
    db = make_url(hub_url).database
    for argv in (("admin", "backup"), ("admin", "backups"), ("admin", "restore", str(tmp_data / "x.sqlite3"),
                                                             "--officer", "admin")):
        code, _, err = run(capsys, tmp_data, *argv)
        assert code == 1 and "pg_dump" in err and f"pg_dump -Fc -f hub-$(date +%F).dump {db}" in err
        assert "pg_restore" in err
    assert not any((tmp_data / "backups").iterdir())


def test_a_password_is_not_kept_in_the_data_folder(tmp_data, postgres_database, capsys, monkeypatch) -> None:
    code, _, err = init(capsys, monkeypatch, tmp_data, postgres_database)  # the URL carries the password
    assert code == 1 and ".pgpass" in err
    assert not (tmp_data / "database-url").exists()


def test_a_database_of_a_newer_program_is_refused_and_left_alone(tmp_data, hub_url, capsys, monkeypatch) -> None:
    assert init(capsys, monkeypatch, tmp_data, hub_url)[0] == 0
    engine = create_engine(hub_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    code, _, err = run(capsys, tmp_data, "case", "list")
    assert code == 1 and "更新版本的程序" in err and "0099_from_the_future" in err
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0099_from_the_future"
    engine.dispose()


@pytest.mark.parametrize("url, says", [
    ("mysql://someone@db/aw", "只支持 PostgreSQL"),
    ("postgresql+psycopg://aw_test@127.0.0.1:1/aw", "无法连接数据库服务器"),
    ("postgresql+psycopg://aw_test@127.0.0.1/aw_no_such_database_here", "没有这个数据库"),
])
def test_a_server_that_cannot_be_used_is_named_without_a_traceback(tmp_data, pg_session, url, says, capsys) -> None:
    code, _, err = run(capsys, tmp_data, "--database", url, "case", "list")
    assert code == 1 and says in err
    assert "aw_test:" not in err  # never a password in a message
