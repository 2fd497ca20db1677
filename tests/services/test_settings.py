"""Centre settings: typed, validated, and the short name really used in case numbers."""

import datetime as dt
import itertools

import pytest

from app.services import cases
from app.services.settings import CentreSettings, SettingsError, save_settings

TODAY = dt.date(2026, 11, 20)


_people = itertools.cycle(("110105198001010016", "110105198001010032", "110105198001010059", "110105198001010075"))


def person(name="赵六", id_number=None):
    """Someone new at each call: one applicant has one open case of an item."""
    return cases.ApplicantInput(kind="person", name=name, id_number=id_number or next(_people), phone="13800138000")


def accept(ws, actor):
    return cases.intake(ws, actor, cases.IntakeRequest(
        item_code="MZ-001", applicant=person(), received=("01", "02", "03", "04", "05", "06", "07")), TODAY)


@pytest.mark.parametrize("fmt", ["{year[0]}第{serial}号", "{short.upper}{serial}", "{serial:q}", "{nope}{serial}",
                                 "{short}{year}", "{short}〔{year}〕第{serial:04d}号", "{short}第{code}-{serial}号"])
def test_a_number_format_that_cannot_make_numbers_is_refused(workspace, fmt):
    with pytest.raises(SettingsError):
        with workspace.write() as s:
            save_settings(s, number_format=fmt)
    assert workspace.settings().number_format == CentreSettings().number_format


def test_changing_the_short_name_changes_the_next_case_numbers(workspace, staff):
    first = accept(workspace, staff.clerk).state.number
    assert first.startswith("某镇便民受字〔2026〕")
    with workspace.write() as s:
        save_settings(s, short_name="白沙镇")
    second = accept(workspace, staff.clerk).state.number
    assert second == "白沙镇便民受字〔2026〕第01-0002号"
    assert cases.next_serial(workspace, 2026) == 3
    assert cases.next_serial(workspace, 2027) == 1


def test_a_custom_number_format_is_used(workspace, staff):
    with workspace.write() as s:
        save_settings(s, number_format="{short}民受〔{year}〕{code}-{serial:05d}")
    assert accept(workspace, staff.clerk).state.number == "某镇民受〔2026〕01-00001"


def test_the_station_code_is_normalised_kept_on_the_station_and_put_in_new_numbers(workspace, staff):
    with workspace.write() as s:
        saved = save_settings(s, station_code=" b2 ")
    assert saved.station_code == "B2" and workspace.settings().station_code == "B2"
    assert accept(workspace, staff.clerk).state.number == "某镇便民受字〔2026〕第B2-0001号"
    for bad in ("", "01-2", "窗口一", "1234567"):
        with pytest.raises(SettingsError, match="站点代码"):
            with workspace.write() as s:
                save_settings(s, station_code=bad)
    assert workspace.settings().station_code == "B2"
