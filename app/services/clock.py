"""The wall clock, replaceable in tests and in the benchmark."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass


@dataclass
class Clock:
    """System time; ``fixed_ms`` pins it (tests of a clock set back)."""

    fixed_ms: int | None = None

    def now_ms(self) -> int:
        return self.fixed_ms if self.fixed_ms is not None else time.time_ns() // 1_000_000

    def now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.now_ms() / 1000, tz=dt.timezone.utc)

    def today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self.now_ms() / 1000).date()
