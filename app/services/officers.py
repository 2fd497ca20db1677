"""Officers: sign-in with a slow password hash, lock-out, roles.

Argon2id makes a stolen laptop's password table expensive to attack. Five wrong
passwords in a row lock the account for a while; a supervisor or admin can reset it.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain import text
from app.domain.refusal import Worded
from app.services.workspace import Workspace
from app.store.models import Officer
from app.store.stations import own_station_uuids

MAX_FAILED = 5
LOCK_MINUTES = 10
MIN_PASSWORD = 6
_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,32}$")


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {"officer": "窗口工作人员", "supervisor": "主管", "admin": "管理员"}[self.value]


class OfficerError(Worded, ValueError):
    """A refused officer action or a failed sign-in; the message is for the user."""


@dataclass(frozen=True)
class Actor:
    """Who acts: every event carries the officer's uuid and display name."""

    uuid: str
    username: str
    display_name: str
    role: Role

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def _actor(row: Officer) -> Actor:
    return Actor(row.uuid, row.username, row.display_name, Role(row.role))


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise OfficerError(f"密码至少 {MIN_PASSWORD} 位", "password_short", least=MIN_PASSWORD)
    return _hasher.hash(password)


def parse_role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        raise OfficerError(f"角色“{text}”无效，应为 officer（窗口工作人员）、supervisor（主管）或 admin（管理员）", "role_unknown",
                           role=text) from None


def _local(session: Session):
    """Officers who sign in here: those of this installation, not a peer's named in its events."""
    own = own_station_uuids(session)
    return or_(Officer.station_uuid.in_(own), Officer.station_uuid.is_(None))


def create_officer(session: Session, username: str, display_name: str, role: Role, password: str,
                   now: dt.datetime) -> Actor:
    username = username.strip()
    display_name = text.clean(display_name, "姓名", "person_name")
    if not _USERNAME.match(username):
        raise OfficerError("用户名应为 2–32 位字母、数字、汉字或 _ . -", "username_form")
    if session.scalar(select(Officer).where(_local(session), Officer.username == username)) is not None:
        raise OfficerError(f"用户名“{username}”已存在", "username_taken", username=username)
    row = Officer(
        uuid=str(uuidlib.uuid4()), station_uuid=(own_station_uuids(session) or [None])[0], username=username,
        display_name=(display_name or username).strip(),
        role=role.value, password_hash=hash_password(password), active=True, failed_attempts=0,
        locked_until=None, created_at=now.replace(tzinfo=None), updated_at=now.replace(tzinfo=None),
    )
    session.add(row)
    session.flush()
    return _actor(row)


def add_officer(ws: Workspace, by: Actor, username: str, display_name: str, role: Role, password: str) -> Actor:
    if not by.is_admin:
        raise OfficerError("只有管理员可以添加工作人员", "add_officer_admin")
    with ws.write() as s:
        return create_officer(s, username, display_name, role, password, ws.clock.now())


def find_actor(ws: Workspace, username: str) -> Actor:
    """The officer named on the command line; must exist and be active."""
    with ws.read() as s:
        row = s.scalar(select(Officer).where(_local(s), Officer.username == username))
    if row is None:
        raise OfficerError(f"没有名为“{username}”的工作人员", "no_such_officer", username=username)
    if not row.active:
        raise OfficerError(f"工作人员“{username}”已停用", "officer_inactive", username=username)
    return _actor(row)


#: The one answer to every failed sign-in: whether the name exists, the account is
#: locked or deactivated, or the password is wrong must not be told apart from outside.
SIGN_IN_FAILED = f"用户名或密码错误，或账号已锁定、已停用（连续输错 {MAX_FAILED} 次锁定 {LOCK_MINUTES} 分钟）"
_DUMMY_HASH = _hasher.hash("not-a-password-of-anyone")


def _password_matches(stored_hash: str | None, password: str) -> bool:
    """Always spends one Argon2 verification, so a missing user answers as slowly as a real one."""
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(ws: Workspace, username: str, password: str) -> Actor:
    """Sign in: counts failures and locks the account after too many; one message for every failure."""
    now = ws.clock.now().replace(tzinfo=None)
    failed = False
    with ws.write() as s:
        row = s.scalar(select(Officer).where(_local(s), Officer.username == username.strip()))
        usable = row is not None and row.active and not (row.locked_until is not None and row.locked_until > now)
        matches = _password_matches(row.password_hash if row is not None else None, password)
        if row is None or not row.active:
            failed = True
        elif not usable:
            failed = True  # locked: even the right password waits, and is not told apart
        elif not matches:
            # Count the failure in this transaction and raise only after it commits:
            # raising inside it would roll the count back and the lock would never come.
            failed = True
            row.failed_attempts += 1
            if row.failed_attempts >= MAX_FAILED:
                row.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                row.failed_attempts = 0
        else:
            row.failed_attempts = 0
            row.locked_until = None
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            actor = _actor(row)
    if failed:
        raise OfficerError(SIGN_IN_FAILED, "sign_in_failed", attempts=MAX_FAILED, minutes=LOCK_MINUTES)
    return actor


def authenticate_read_only(session: Session, username: str, password: str, now: dt.datetime) -> Actor:
    """Check a sign-in against officers that must not be written (a backup about to be restored)."""
    row = session.scalar(select(Officer).where(Officer.username == username.strip()))
    matches = _password_matches(row.password_hash if row is not None else None, password)
    locked = row is not None and row.locked_until is not None and row.locked_until > now.replace(tzinfo=None)
    if row is None or not row.active or locked or not matches:
        raise OfficerError(SIGN_IN_FAILED, "sign_in_failed", attempts=MAX_FAILED, minutes=LOCK_MINUTES)
    return _actor(row)


def list_officers(ws: Workspace) -> list[dict]:
    with ws.read() as s:
        rows = s.scalars(select(Officer).where(_local(s)).order_by(Officer.username))
        return [
            {"username": r.username, "display_name": r.display_name, "role": r.role, "active": r.active,
             "locked": bool(r.locked_until and r.locked_until > ws.clock.now().replace(tzinfo=None))}
            for r in rows
        ]


def set_role(ws: Workspace, by: Actor, username: str, role: Role) -> None:
    with ws.write() as s:
        row = _editable(s, by, username)
        if row.username == by.username and role is not Role.ADMIN:
            raise OfficerError("不能取消自己的管理员角色", "own_admin_role")
        row.role = role.value
        row.updated_at = ws.clock.now().replace(tzinfo=None)


def reset_password(ws: Workspace, by: Actor, username: str, password: str) -> None:
    with ws.write() as s:
        row = _editable(s, by, username, allow_supervisor=True)
        if not by.is_admin and row.role != Role.OFFICER.value:
            # Otherwise a supervisor could set the admin's password and sign in as admin.
            raise OfficerError("主管只能重置窗口工作人员的密码；主管和管理员的密码须由管理员重置",
                               "supervisor_resets_officers")
        row.password_hash = hash_password(password)
        row.failed_attempts = 0
        row.locked_until = None
        row.updated_at = ws.clock.now().replace(tzinfo=None)


def change_own_password(ws: Workspace, actor: Actor, old: str, new: str) -> None:
    authenticate(ws, actor.username, old)
    with ws.write() as s:
        row = s.scalar(select(Officer).where(_local(s), Officer.username == actor.username))
        row.password_hash = hash_password(new)


def set_active(ws: Workspace, by: Actor, username: str, active: bool) -> None:
    with ws.write() as s:
        row = _editable(s, by, username)
        if row.username == by.username and not active:
            raise OfficerError("不能停用自己的账号", "own_deactivate")
        row.active = active
        row.updated_at = ws.clock.now().replace(tzinfo=None)


def _editable(s: Session, by: Actor, username: str, *, allow_supervisor: bool = False) -> Officer:
    if not (by.is_admin or (allow_supervisor and by.is_supervisor)):
        raise OfficerError("只有管理员可以管理工作人员", "manage_officers_admin")
    row = s.scalar(select(Officer).where(_local(s), Officer.username == username))
    if row is None:
        raise OfficerError(f"没有名为“{username}”的工作人员", "no_such_officer", username=username)
    return row
