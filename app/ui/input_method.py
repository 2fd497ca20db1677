"""Which Qt input-method plugin lets an officer type Chinese on this desktop.

The desktop tells programs its input method through ``QT_IM_MODULE`` (UOS and Kylin set
``fcitx``), but Qt from PySide6 wheels carries only the ``ibus`` and ``compose`` plugins.
Asked for a plugin it does not have, Qt silently gives no input method at all, and a
Chinese name cannot be typed. fcitx5 also serves the ibus protocol (directly and as the
``org.freedesktop.portal.IBus`` service), and ibus-daemon is ibus: for both, Qt's own
ibus plugin works. fcitx 4 speaks only its own protocol and needs a ``fcitx`` plugin built
for this Qt; without one the program says so in its log and keeps the desktop's setting.

Decided before the QApplication exists, from the environment and the running processes.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, MutableMapping

log = logging.getLogger(__name__)

PLUGIN_PREFIX = "lib"
PLUGIN_SUFFIX = "platforminputcontextplugin.so"


@dataclass(frozen=True)
class InputMethodChoice:
    """What to set in the environment before Qt starts, and why."""

    daemon: str | None
    changes: dict[str, str] = field(default_factory=dict)
    note: str = ""


def bundled_plugins(plugins_dir: Path) -> set[str]:
    """Keys of the input-context plugins beside this Qt: ``ibus``, ``compose``, ``fcitx5``…"""
    folder = plugins_dir / "platforminputcontexts"
    if not folder.is_dir():
        return set()
    return {p.name[len(PLUGIN_PREFIX):-len(PLUGIN_SUFFIX)] for p in folder.iterdir()
            if p.name.startswith(PLUGIN_PREFIX) and p.name.endswith(PLUGIN_SUFFIX)}


def running_daemon(process_names: Iterable[str], environ: Mapping[str, str]) -> str | None:
    """``fcitx5``, ``fcitx`` (version 4), ``ibus`` or None: the input method of this session."""
    names = set(process_names)
    for daemon, procs in (("fcitx5", {"fcitx5"}), ("fcitx", {"fcitx", "fcitx-dbus-watc"}),
                          ("ibus", {"ibus-daemon"})):
        if names & procs:
            return daemon
    hint = " ".join(environ.get(k, "") for k in ("QT_IM_MODULE", "XMODIFIERS", "GTK_IM_MODULE", "INPUT_METHOD"))
    if "fcitx5" in hint:
        return "fcitx5"
    if "fcitx" in hint:
        return "fcitx"
    if "ibus" in hint:
        return "ibus"
    return None


def process_names(proc: Path = Path("/proc")) -> list[str]:
    """Command names of the processes this user can see (Linux ``/proc``)."""
    names = []
    try:
        entries = list(proc.iterdir())
    except OSError:
        return names
    for entry in entries:
        if entry.name.isdigit():
            try:
                names.append((entry / "comm").read_text(encoding="utf-8", errors="replace").strip())
            except OSError:
                continue
    return names


def choose(environ: Mapping[str, str], available: set[str], names: Iterable[str]) -> InputMethodChoice:
    """The environment changes that connect this Qt to the session's input method."""
    wanted = environ.get("QT_IM_MODULE", "")
    daemon = running_daemon(names, environ)
    if wanted and wanted in available:
        return InputMethodChoice(daemon, {}, f"QT_IM_MODULE={wanted} is available")
    listed = [m for m in environ.get("QT_IM_MODULES", "").split(";") if m]
    if any(m in available for m in listed):  # Qt 6.7+: a list with fallbacks, first match wins
        return InputMethodChoice(daemon, {}, f"QT_IM_MODULES={';'.join(listed)} has one available")
    if daemon in ("fcitx5", "fcitx") and daemon in available:
        return InputMethodChoice(daemon, {"QT_IM_MODULE": daemon}, f"{daemon} plugin bundled")
    if daemon == "fcitx5" and "ibus" in available:
        # fcitx5 answers on the session bus as the ibus portal; the plugin finds it there
        # even when no ibus address file exists.
        return InputMethodChoice(daemon, {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"},
                                 "fcitx5 through its ibus protocol")
    if daemon == "ibus" and "ibus" in available:
        return InputMethodChoice(daemon, {"QT_IM_MODULE": "ibus"}, "ibus")
    if daemon == "fcitx":
        return InputMethodChoice(daemon, {}, "fcitx 4 is running and no fcitx plugin is bundled: "
                                             "Chinese input needs fcitx5 or ibus on this desktop")
    return InputMethodChoice(daemon, {}, "no input method found" if daemon is None else f"{daemon}: nothing to set")


def apply(environ: MutableMapping[str, str] | None = None, plugins_dir: Path | None = None,
          names: Iterable[str] | None = None) -> InputMethodChoice:
    """Decide and set; called once, before the QApplication is made (Linux only)."""
    env = os.environ if environ is None else environ
    if plugins_dir is None:
        from PySide6.QtCore import QLibraryInfo

        plugins_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    choice = choose(env, bundled_plugins(plugins_dir), process_names() if names is None else names)
    env.update(choice.changes)
    log.info("input method: %s (%s)", choice.daemon or "none", choice.note)
    return choice
