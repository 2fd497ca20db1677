"""Hybrid logical clock: event order that never runs backwards.

A timestamp is the wall time in milliseconds plus a counter. Each new event takes the
larger of the wall clock and the newest timestamp seen (here or in an imported package),
bumping the counter on a tie, so events stay in order even when a laptop's clock is set
back. Encoded as a fixed-width string so that text order is time order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: How far the wall clock may lag the newest event before we call the clock wrong.
CLOCK_TOLERANCE_MS = 5 * 60 * 1000


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int = 0

    def encode(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}"

    @classmethod
    def decode(cls, text: str) -> "Hlc":
        wall, _, counter = text.partition("-")
        if not (wall.isdigit() and counter.isdigit()):
            raise ValueError(f"不是有效的时间戳：{text}")
        return cls(int(wall), int(counter))

    @property
    def wall_time(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.wall_ms / 1000, tz=dt.timezone.utc)


def tick(last: Hlc | None, now_ms: int) -> Hlc:
    """The timestamp of a new local event."""
    if last is None or now_ms > last.wall_ms:
        return Hlc(now_ms, 0)
    return Hlc(last.wall_ms, last.counter + 1)


def clock_set_back(newest: Hlc | None, now_ms: int) -> bool:
    """Whether this computer's clock is behind the newest event we hold."""
    return newest is not None and now_ms + CLOCK_TOLERANCE_MS < newest.wall_ms
