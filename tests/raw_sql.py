"""Changing a station's database behind the program's back, as an intruder with a SQL
client would: on the SQLite file or on the hub's PostgreSQL server alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text


def tamper(ws, *statements: tuple[str, dict[str, Any]]) -> None:
    """Run each ``(sql, params)`` (named ``:params``) in one transaction outside the services."""
    with ws.engine.begin() as conn:
        for sql, params in statements:
            conn.execute(text(sql), params)


def query(ws, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
    with ws.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params or {})]
