"""The launcher connects the bundled Qt to the desktop's input method, so Chinese can be typed."""

from __future__ import annotations

from pathlib import Path

from app.ui import input_method
from app.ui.input_method import bundled_plugins, choose, process_names

WHEEL = {"ibus", "compose"}  # what PySide6's wheels carry


def test_uos_fcitx5_desktop_asking_for_fcitx_gets_the_ibus_plugin_through_the_portal():
    env = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx"}
    choice = choose(env, WHEEL, ["systemd", "fcitx5", "dde-dock"])
    assert choice.daemon == "fcitx5"
    assert choice.changes == {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}


def test_ibus_desktop_without_qt_setting_gets_ibus():
    choice = choose({"XMODIFIERS": "@im=ibus"}, WHEEL, ["ibus-daemon", "ibus-x11"])
    assert choice.changes == {"QT_IM_MODULE": "ibus"}


def test_a_setting_the_bundle_can_honour_is_left_alone():
    assert choose({"QT_IM_MODULE": "ibus"}, WHEEL, ["fcitx5"]).changes == {}
    assert choose({"QT_IM_MODULE": "fcitx", "QT_IM_MODULES": "fcitx;ibus"}, WHEEL, ["fcitx5"]).changes == {}


def test_a_bundled_fcitx_plugin_is_preferred_for_its_own_daemon():
    choice = choose({"QT_IM_MODULE": "xim"}, WHEEL | {"fcitx5"}, ["fcitx5"])
    assert choice.changes == {"QT_IM_MODULE": "fcitx5"}


def test_fcitx4_without_a_plugin_changes_nothing_and_says_why():
    choice = choose({"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx"}, WHEEL, ["fcitx", "fcitx-dbus-watc"])
    assert choice.daemon == "fcitx" and choice.changes == {}
    assert "fcitx5 or ibus" in choice.note


def test_without_any_input_method_nothing_is_set():
    assert choose({}, WHEEL, ["bash", "Xorg"]).changes == {}


def test_the_daemon_is_read_from_the_environment_when_processes_are_hidden():
    assert choose({"XMODIFIERS": "@im=fcitx5"}, WHEEL, []).changes["QT_IM_MODULE"] == "ibus"


def test_plugins_are_found_by_their_file_names(tmp_path: Path):
    folder = tmp_path / "platforminputcontexts"
    folder.mkdir()
    for name in ("libibusplatforminputcontextplugin.so", "libcomposeplatforminputcontextplugin.so", "README"):
        (folder / name).write_bytes(b"")
    assert bundled_plugins(tmp_path) == {"ibus", "compose"}
    assert bundled_plugins(tmp_path / "missing") == set()


def test_apply_sets_the_environment_it_chose(tmp_path: Path):
    (tmp_path / "platforminputcontexts").mkdir()
    (tmp_path / "platforminputcontexts" / "libibusplatforminputcontextplugin.so").write_bytes(b"")
    env = {"QT_IM_MODULE": "fcitx"}
    input_method.apply(env, tmp_path, ["fcitx5"])
    assert env == {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}


def test_the_installed_qt_carries_the_ibus_plugin():
    from PySide6.QtCore import QLibraryInfo

    assert "ibus" in bundled_plugins(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))


def test_process_names_reads_proc():
    assert process_names()  # this very test runs in a process
    assert process_names(Path("/nonexistent")) == []
