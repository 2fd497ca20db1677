"""Officers: signing in, the lock after five wrong passwords, roles, and first-run set-up."""

from __future__ import annotations


import pytest

from app.paths import DataPaths
from app.services import officers
from app.services.clock import Clock
from app.services.officers import OfficerError, Role
from app.services.setup import SetupError, derive_short_name, initialise
from app.services.workspace import Workspace
from raw_sql import query

CLERK_PASSWORD = "clerkpass1"


def wrong(ws, username: str = "clerk", password: str = "not-it") -> str:
    with pytest.raises(OfficerError) as info:
        officers.authenticate(ws, username, password)
    return str(info.value)


def test_sign_in_with_the_right_password(workspace):
    actor = officers.authenticate(workspace, "clerk", CLERK_PASSWORD)
    assert (actor.username, actor.display_name, actor.role) == ("clerk", "王窗口", Role.OFFICER)
    assert not actor.is_supervisor and not actor.is_admin


def locked(ws) -> bool:
    return [o["locked"] for o in officers.list_officers(ws) if o["username"] == "clerk"] == [True]


def test_every_sign_in_failure_says_the_same(workspace, staff):
    """Finding 10: an unknown name got another message than a real one, telling a guesser which exist."""
    officers.add_officer(workspace, staff.admin, "gone", "停用者", Role.OFFICER, "gonepass1")
    officers.set_active(workspace, staff.admin, "gone", False)
    messages = {wrong(workspace, "nobody"), wrong(workspace), wrong(workspace, "gone")}
    assert messages == {officers.SIGN_IN_FAILED}


def test_five_wrong_passwords_lock_the_account_until_reset(workspace, staff):
    messages = {wrong(workspace) for _ in range(5)}
    assert messages == {officers.SIGN_IN_FAILED}
    assert locked(workspace)
    assert wrong(workspace, password=CLERK_PASSWORD) == officers.SIGN_IN_FAILED  # even the right one, while locked

    officers.reset_password(workspace, staff.boss, "clerk", "newpass99")
    assert officers.authenticate(workspace, "clerk", "newpass99").username == "clerk"
    assert not locked(workspace)


def test_the_lock_ends_after_ten_minutes(workspace):
    start = Clock().now_ms()
    workspace.clock = Clock(fixed_ms=start)
    for _ in range(5):
        wrong(workspace)
    workspace.clock = Clock(fixed_ms=start + 9 * 60_000 + 30_000)
    assert wrong(workspace, password=CLERK_PASSWORD) == officers.SIGN_IN_FAILED
    workspace.clock = Clock(fixed_ms=start + 10 * 60_000 + 1)
    assert officers.authenticate(workspace, "clerk", CLERK_PASSWORD).username == "clerk"


def test_a_right_password_clears_earlier_failures(workspace):
    for _ in range(4):
        wrong(workspace)
    officers.authenticate(workspace, "clerk", CLERK_PASSWORD)
    for _ in range(4):
        wrong(workspace)
    assert not locked(workspace)  # four more after a success do not lock: the count started again


def test_only_an_admin_adds_officers(workspace, staff):
    for actor in (staff.clerk, staff.boss):
        with pytest.raises(OfficerError, match="只有管理员可以添加工作人员"):
            officers.add_officer(workspace, actor, "newbie", "新人", Role.OFFICER, "password1")
    added = officers.add_officer(workspace, staff.admin, "newbie", "新人", Role.OFFICER, "password1")
    assert added.role is Role.OFFICER
    with pytest.raises(OfficerError, match="用户名“newbie”已存在"):
        officers.add_officer(workspace, staff.admin, "newbie", "新人", Role.OFFICER, "password1")
    with pytest.raises(OfficerError, match="密码至少 6 位"):
        officers.add_officer(workspace, staff.admin, "shorty", "短", Role.OFFICER, "12345")
    with pytest.raises(OfficerError, match="用户名应为"):
        officers.add_officer(workspace, staff.admin, "a b", "空格", Role.OFFICER, "password1")


def test_roles_and_deactivation(workspace, staff):
    with pytest.raises(OfficerError, match="只有管理员可以管理工作人员"):
        officers.set_role(workspace, staff.boss, "clerk", Role.SUPERVISOR)
    officers.set_role(workspace, staff.admin, "clerk", Role.SUPERVISOR)
    assert officers.find_actor(workspace, "clerk").is_supervisor
    with pytest.raises(OfficerError, match="不能取消自己的管理员角色"):
        officers.set_role(workspace, staff.admin, "admin", Role.OFFICER)
    officers.set_active(workspace, staff.admin, "clerk", False)
    with pytest.raises(OfficerError, match="工作人员“clerk”已停用"):
        officers.find_actor(workspace, "clerk")
    assert wrong(workspace, password=CLERK_PASSWORD) == officers.SIGN_IN_FAILED
    with pytest.raises(OfficerError, match="没有名为“ghost”的工作人员"):
        officers.find_actor(workspace, "ghost")
    with pytest.raises(OfficerError, match="角色“boss”无效"):
        officers.parse_role("boss")


def test_passwords_are_stored_as_slow_hashes(workspace):
    hashes = [h for (h,) in query(workspace, "SELECT password_hash FROM officers")]
    assert len(hashes) == 3 and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(p in h for h in hashes for p in ("secret123", CLERK_PASSWORD))


# -- first run ------------------------------------------------------------------------------


def test_initialise_creates_the_station_once(tmp_data):
    paths = DataPaths(tmp_data)
    first = initialise(paths, centre="某镇便民服务中心", window="社会事务窗口", admin_username="admin",
                       admin_password="secret123")
    assert first.created and first.admin.is_admin
    again = initialise(paths, centre="别的中心", window="别的窗口", admin_username="other",
                       admin_password="another1")
    assert not again.created and again.station_uuid == first.station_uuid
    ws = Workspace.open(paths, daily_backup=False)
    try:
        assert ws.station.centre_name == "某镇便民服务中心" and ws.station.short_name == "某镇"
        assert [o["username"] for o in officers.list_officers(ws)] == ["admin"]
        assert ws.settings().window_name == "社会事务窗口"
    finally:
        ws.close()


def test_initialise_refuses_empty_names(tmp_data):
    with pytest.raises(SetupError, match="请填写便民服务中心名称"):
        initialise(DataPaths(tmp_data), centre=" ", window="窗口", admin_username="admin", admin_password="secret123")
    with pytest.raises(SetupError, match="请填写窗口名称"):
        initialise(DataPaths(tmp_data), centre="某镇便民服务中心", window="", admin_username="admin",
                   admin_password="secret123")


@pytest.mark.parametrize("centre, short", [
    ("某镇便民服务中心", "某镇"),
    ("城关街道党群服务中心", "城关街道"),
    ("青山乡人民政府", "青山乡"),
])
def test_short_name_for_document_numbers(centre, short):
    assert derive_short_name(centre) == short


def test_a_supervisor_resets_only_window_officers_passwords(workspace, staff):
    officers.add_officer(workspace, staff.admin, "boss2", "赵主管", Role.SUPERVISOR, "boss2pass")
    for target in ("admin", "boss2"):
        with pytest.raises(OfficerError, match="主管只能重置窗口工作人员的密码"):
            officers.reset_password(workspace, staff.boss, target, "takeover1")
    assert officers.authenticate(workspace, "admin", "secret123").is_admin  # unchanged
    assert officers.authenticate(workspace, "boss2", "boss2pass").is_supervisor
    officers.reset_password(workspace, staff.admin, "boss2", "boss2new1")
    assert officers.authenticate(workspace, "boss2", "boss2new1").username == "boss2"
    with pytest.raises(OfficerError, match="只有管理员可以管理工作人员"):
        officers.reset_password(workspace, staff.clerk, "boss2", "takeover1")
