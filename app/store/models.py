"""The tables. Events are the record; ``cases`` is a projection rebuilt from them.

Dates are stored as ISO dates, times as UTC; UUIDs as 36-character strings so that rows
read the same in SQLite, PostgreSQL and a sync package.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Station(Base):
    """One chain of events written by one installation; ``is_local`` marks the one this
    laptop writes now. ``code`` goes into every case and letter number the station issues,
    so that numbers stay unique across a county; after a restore the installation starts a
    new chain whose ``previous_uuid`` names the one it continues."""

    __tablename__ = "stations"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    centre_name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(50))
    window_name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(20), default="")
    previous_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    number_format: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    trusted: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Officer(Base):
    """An officer, the same row everywhere by uuid; a username is unique at its home station only."""

    __tablename__ = "officers"
    __table_args__ = (UniqueConstraint("station_uuid", "username", name="uq_officers_station_username"),)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # officer | supervisor | admin
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class ItemVersion(Base):
    """One version of a service item; a case keeps the version it was accepted under.

    Versions are numbered by the station that made them; across stations only the uuid
    names a version, so two stations' "version 2" are two rows."""

    __tablename__ = "item_versions"
    __table_args__ = (UniqueConstraint("station_uuid", "code", "version", name="uq_item_versions_station_code_version"),)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    code: Mapped[str] = mapped_column(String(50), index=True)
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)  # JSON of the whole item with its materials
    content_hash: Mapped[str] = mapped_column(String(64))
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class Event(Base):
    """An immutable fact. ``seq`` numbers a station's events 1, 2, 3…; ``hash`` chains them.

    ``format`` is the version of the event's layout (see :mod:`app.store.event_format`);
    from format 2 on ``officer_uuid`` names the officer and ``officer`` keeps the display
    name as it was when the event was written."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("station_uuid", "seq", name="uq_events_station_seq"),
        Index("ix_events_case_order", "case_uuid", "hlc"),
    )
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("stations.uuid"))
    seq: Mapped[int] = mapped_column(Integer)
    case_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    officer: Mapped[str] = mapped_column(String(100))
    officer_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    format: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChainHeadRow(Base):
    """Where each station's chain ends, written with every append: removing the newest
    events leaves the chain itself consistent, but not with this."""

    __tablename__ = "chain_heads"
    station_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class CaseCounter(Base):
    """The last case serial used per station and year: gapless, never reused."""

    __tablename__ = "case_counters"
    station_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("stations.uuid"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class CaseRow(Base):
    """The projection read by lists and searches. Rebuilt from events at any time."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_open_next", "is_open", "next_deadline"),
        Index("ix_cases_station_number", "station_uuid", "year", "serial"),
    )
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(100), unique=True)
    station_uuid: Mapped[str] = mapped_column(String(36))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(30), index=True)
    is_open: Mapped[bool] = mapped_column(Boolean)
    start_date: Mapped[dt.date] = mapped_column(Date)  # first countdown start: the span to confirm
    decision: Mapped[str | None] = mapped_column(String(20), nullable=True)
    item_code: Mapped[str] = mapped_column(String(50), index=True)
    item_name: Mapped[str] = mapped_column(String(200))
    item_version: Mapped[int] = mapped_column(Integer)
    applicant_kind: Mapped[str] = mapped_column(String(20))
    applicant_name: Mapped[str] = mapped_column(String(200), index=True)
    id_number: Mapped[str] = mapped_column(String(30), index=True)
    id_rev: Mapped[str] = mapped_column(String(30), index=True)  # reversed: an ID tail becomes a prefix  # reversed, for tail search by range
    phone: Mapped[str] = mapped_column(String(40))
    intake_date: Mapped[dt.date] = mapped_column(Date, index=True)
    accepted_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)  # the 通报 reads by range
    closed_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    supply_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    supply_open: Mapped[bool] = mapped_column(Boolean, default=False)
    supply_closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    supply_missed: Mapped[bool] = mapped_column(Boolean, default=False)
    completion_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    completion_open: Mapped[bool] = mapped_column(Boolean, default=False)
    completion_closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    completion_paused: Mapped[bool] = mapped_column(Boolean, default=False)
    completion_paused_left: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notice_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notice_open: Mapped[bool] = mapped_column(Boolean, default=False)
    notice_closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    next_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # 行政许可法 §32(4): past this day without a timely one-time notice the case counts as
    # accepted, and then ``deemed_next_deadline`` replaces ``next_deadline``.
    deemed_after: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    deemed_next_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str | None] = mapped_column(String(20), nullable=True)  # approved | rejected
    intake_officer: Mapped[str] = mapped_column(String(64), default="")
    rating: Mapped[str | None] = mapped_column(String(20), nullable=True)  # a level, or "declined"
    rating_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    follow_up_closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    follow_up_open: Mapped[bool] = mapped_column(Boolean, default=False)
    stopped_clocks: Mapped[str] = mapped_column(String(40), default="")  # e.g. "supply,notice"
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    promise_broken: Mapped[bool] = mapped_column(Boolean, default=False)
    missing_count: Mapped[int] = mapped_column(Integer, default=0)
    last_hlc: Mapped[str] = mapped_column(String(24))
    conflicts: Mapped[str] = mapped_column(String(200), default="", server_default="", index=True)  # open conflict kinds


class SyncLogRow(Base):
    """A package received: from whom, when, what it brought (``applied`` or ``waiting``)."""

    __tablename__ = "sync_log"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_uuid: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    created: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    events: Mapped[int] = mapped_column(Integer)
    new_events: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))


class Receipt(Base):
    """What another station confirmed it holds of ours (sync)."""

    __tablename__ = "receipts"
    peer_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
