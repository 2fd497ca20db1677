"""Officers: sign-in with a slow password hash, lock-out, roles.

Argon2id makes a stolen laptop's password table expensive to attack. Five wrong
passwords in a row lock the account for a while; a supervisor or admin can reset it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid as uuidlib
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.workspace import Workspace
from app.store.models import Officer

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


class OfficerError(ValueError):
    """A refused officer action or a failed sign-in; the message is for the user."""


@dataclass(frozen=True)
class Actor:
    """Who acts: every event carries the username."""

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
        raise OfficerError(f"密码至少 {MIN_PASSWORD} 位")
    return _hasher.hash(password)


def parse_role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        raise OfficerError(f"角色“{text}”无效，应为 officer（窗口工作人员）、supervisor（主管）或 admin（管理员）") from None


def create_officer(session: Session, username: str, display_name: str, role: Role, password: str,
                   now: dt.datetime) -> Actor:
    username = username.strip()
    if not _USERNAME.match(username):
        raise OfficerError("用户名应为 2–32 位字母、数字、汉字或 _ . -")
    if session.scalar(select(Officer).where(Officer.username == username)) is not None:
        raise OfficerError(f"用户名“{username}”已存在")
    row = Officer(
        uuid=str(uuidlib.uuid4()), username=username, display_name=(display_name or username).strip(),
        role=role.value, password_hash=hash_password(password), active=True, failed_attempts=0,
        locked_until=None, created_at=now.replace(tzinfo=None), updated_at=now.replace(tzinfo=None),
    )
    session.add(row)
    session.flush()
    return _actor(row)


def add_officer(ws: Workspace, by: Actor, username: str, display_name: str, role: Role, password: str) -> Actor:
    if not by.is_admin:
        raise OfficerError("只有管理员可以添加工作人员")
    with ws.write() as s:
        return create_officer(s, username, display_name, role, password, ws.clock.now())


def find_actor(ws: Workspace, username: str) -> Actor:
    """The officer named on the command line; must exist and be active."""
    with ws.read() as s:
        row = s.scalar(select(Officer).where(Officer.username == username))
    if row is None:
        raise OfficerError(f"没有名为“{username}”的工作人员")
    if not row.active:
        raise OfficerError(f"工作人员“{username}”已停用")
    return _actor(row)


#: The one answer to every failed sign-in: a wrong name, a wrong password, a disabled or
#: locked account all read the same, so a guesser learns nothing about which names exist.
SIGN_IN_FAILED = (f"用户名或密码错误；连续输错 {MAX_FAILED} 次账号将锁定 {LOCK_MINUTES} 分钟，"
                  "忘记密码或被锁定请找管理员")
_dummy_hash: str | None = None


def _burn_time(password: str) -> None:
    """Hash as long for an unknown name as for a known one, so timing tells nothing either."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("not-a-password")
    try:
        _hasher.verify(_dummy_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        pass


def authenticate(ws: Workspace, username: str, password: str) -> Actor:
    now = ws.clock.now().replace(tzinfo=None)
    failed = False
    with ws.write() as s:
        row = s.scalar(select(Officer).where(Officer.username == username.strip()))
        if row is None or not row.active:
            _burn_time(password)
            raise OfficerError(SIGN_IN_FAILED)
        if row.locked_until is not None and row.locked_until > now:
            _burn_time(password)
            raise OfficerError(SIGN_IN_FAILED)
        try:
            _hasher.verify(row.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
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
        raise OfficerError(SIGN_IN_FAILED)
    return actor


def list_officers(ws: Workspace) -> list[dict]:
    with ws.read() as s:
        rows = s.scalars(select(Officer).order_by(Officer.username))
        return [
            {"username": r.username, "display_name": r.display_name, "role": r.role, "active": r.active,
             "locked": bool(r.locked_until and r.locked_until > ws.clock.now().replace(tzinfo=None))}
            for r in rows
        ]


def set_role(ws: Workspace, by: Actor, username: str, role: Role) -> None:
    with ws.write() as s:
        row = _editable(s, by, username)
        if row.username == by.username and role is not Role.ADMIN:
            raise OfficerError("不能取消自己的管理员角色")
        row.role = role.value
        row.updated_at = ws.clock.now().replace(tzinfo=None)


def reset_password(ws: Workspace, by: Actor, username: str, password: str) -> None:
    with ws.write() as s:
        row = _editable(s, by, username, allow_supervisor=True)
        if not by.is_admin and row.role != Role.OFFICER.value:
            # Otherwise a supervisor could set the admin's password and sign in as admin.
            raise OfficerError("主管只能重置窗口工作人员的密码；主管和管理员的密码须由管理员重置")
        row.password_hash = hash_password(password)
        row.failed_attempts = 0
        row.locked_until = None
        row.updated_at = ws.clock.now().replace(tzinfo=None)


def change_own_password(ws: Workspace, actor: Actor, old: str, new: str) -> None:
    authenticate(ws, actor.username, old)
    with ws.write() as s:
        row = s.scalar(select(Officer).where(Officer.username == actor.username))
        row.password_hash = hash_password(new)


def set_active(ws: Workspace, by: Actor, username: str, active: bool) -> None:
    with ws.write() as s:
        row = _editable(s, by, username)
        if row.username == by.username and not active:
            raise OfficerError("不能停用自己的账号")
        row.active = active
        row.updated_at = ws.clock.now().replace(tzinfo=None)


def _editable(s: Session, by: Actor, username: str, *, allow_supervisor: bool = False) -> Officer:
    if not (by.is_admin or (allow_supervisor and by.is_supervisor)):
        raise OfficerError("只有管理员可以管理工作人员")
    row = s.scalar(select(Officer).where(Officer.username == username))
    if row is None:
        raise OfficerError(f"没有名为“{username}”的工作人员")
    return row
