"""Finding 10: two copies of the program could run on one data folder."""

from __future__ import annotations

from app.ui.single_instance import SingleInstance


def test_a_second_start_on_the_same_folder_wakes_the_first(qtbot, tmp_data):
    first = SingleInstance(tmp_data)
    assert first.acquire()
    second = SingleInstance(tmp_data)
    try:
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert not second.acquire()
        assert second.woke_the_other
    finally:
        first.release()
    third = SingleInstance(tmp_data)
    assert third.acquire()  # once the first has closed, the folder is free again
    third.release()


def test_another_folder_is_another_program(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    try:
        assert a.acquire() and b.acquire()
    finally:
        a.release()
        b.release()
