"""Applicants for tests that log many cases: each a different valid resident ID.

A second open case of the same item for the same ID number is refused without a reason
(the duplicate warning), so tests that log several cases give each applicant their own.
"""

from __future__ import annotations

from stdnum.cn import ric


def resident_id(n: int, birth: str = "19800101", region: str = "110105") -> str:
    """The ``n``-th resident ID: region, birth date, a serial from ``n``, and the right check digit."""
    body = f"{region}{birth}{n % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def id_for(name: str) -> str:
    """One stable ID per name, so a test's 张三 is always the same person."""
    return resident_id(sum(ord(c) for c in name) % 997 + 1)
