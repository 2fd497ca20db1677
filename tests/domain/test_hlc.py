"""The hybrid logical clock: events keep their order even when the laptop's clock does not."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.hlc import CLOCK_TOLERANCE_MS, Hlc, clock_set_back, tick

NOON = 1_780_000_000_000  # some afternoon in 2026, in milliseconds


def test_a_new_event_takes_the_wall_time_when_it_is_ahead():
    assert tick(None, NOON) == Hlc(NOON, 0)
    assert tick(Hlc(NOON, 4), NOON + 1) == Hlc(NOON + 1, 0)


def test_events_stay_in_order_when_the_clock_stands_still_or_goes_back():
    stamps = [tick(None, NOON)]
    for now in (NOON, NOON - 60_000, NOON - 86_400_000, NOON + 5):
        stamps.append(tick(stamps[-1], now))
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert stamps[1:4] == [Hlc(NOON, 1), Hlc(NOON, 2), Hlc(NOON, 3)]
    assert stamps[4] == Hlc(NOON + 5, 0)


def test_encoded_text_sorts_like_the_timestamps():
    stamps = [Hlc(999, 7), Hlc(1000, 0), Hlc(1000, 12), Hlc(NOON, 3), Hlc(NOON + 1, 0)]
    texts = [s.encode() for s in stamps]
    assert sorted(texts) == texts
    assert [Hlc.decode(t) for t in texts] == stamps
    assert Hlc(NOON, 3).encode() == f"{NOON:013d}-00003"


@pytest.mark.parametrize("text", ["", "abc", "123-", "12a-00001", "-5"])
def test_decoding_refuses_what_is_not_a_timestamp(text):
    with pytest.raises(ValueError, match="不是有效的时间戳"):
        Hlc.decode(text)


def test_wall_time_is_utc():
    assert Hlc(0, 0).wall_time == dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def test_a_clock_behind_the_newest_event_is_noticed_beyond_a_small_tolerance():
    newest = Hlc(NOON, 2)
    assert not clock_set_back(None, 0)
    assert not clock_set_back(newest, NOON)
    assert not clock_set_back(newest, NOON - CLOCK_TOLERANCE_MS)  # a few minutes of drift is normal
    assert clock_set_back(newest, NOON - CLOCK_TOLERANCE_MS - 1)
    assert clock_set_back(newest, NOON - 86_400_000)
