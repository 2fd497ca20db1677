"""Every path the program uses, decided in one place.

The data folder holds the database, backups, imported calendar years, keys and logs.
It comes from ``--data-dir``, else ``APPROVAL_WINDOW_DATA``, else a ``portable`` marker
folder next to a frozen executable (for locked-down laptops run from a USB stick), else
the platformdirs user data folder. Resources and letter templates ship beside the code
(source checkout) or inside the frozen bundle (installer build).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "approval-window"
ENV_DATA = "APPROVAL_WINDOW_DATA"
#: A database server's URL (the county hub), instead of the SQLite file in the data folder.
ENV_DATABASE = "APPROVAL_WINDOW_DATABASE"
#: The file in the data folder that names the hub's database server, one line.
DATABASE_SETTING = "database-url"


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def forms_dir() -> Path:
    return _bundle_root() / "forms"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA)
    if env:
        return Path(env).expanduser()
    if getattr(sys, "frozen", False):
        portable = Path(sys.executable).resolve().parent / "portable-data"
        if portable.is_dir():
            return portable
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


class DataPaths:
    """The files inside one data folder, and where its database is.

    The database is the SQLite file in the folder unless a server is named: by
    ``database_url`` (``--database``), else ``APPROVAL_WINDOW_DATABASE``, else the
    folder's ``database-url`` file. Keys, settings, pending packages and logs stay in the
    folder either way.
    """

    def __init__(self, root: Path | str | None = None, database_url: str | None = None) -> None:
        self.root = Path(root).expanduser() if root else default_data_dir()
        self._database_url = database_url.strip() if database_url else None

    @property
    def database(self) -> Path:
        return self.root / "approval-window.sqlite3"

    @property
    def database_setting(self) -> Path:
        return self.root / DATABASE_SETTING

    @property
    def database_url(self) -> str | None:
        """The server's SQLAlchemy URL, or None for the SQLite file in the folder."""
        if self._database_url:
            return self._database_url
        env = os.environ.get(ENV_DATABASE, "").strip()
        if env:
            return env
        try:
            lines = self.database_setting.read_text(encoding="utf-8").splitlines()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except (OSError, UnicodeDecodeError):
            lines = ["(unreadable)"]  # open_database refuses it with the file's name
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                return line
        return None

    def holds_database(self) -> bool:
        """A database to open: the SQLite file with content, or a server named (checked on opening)."""
        if self.on_server:
            return True
        return self.database.is_file() and self.database.stat().st_size > 0

    @property
    def on_server(self) -> bool:
        return self.database_url is not None

    @property
    def database_label(self) -> str:
        """Where the database is, for messages: the file, or the URL without its password."""
        url = self.database_url
        if url is None:
            return str(self.database)
        from app.store.server import safe_url

        return safe_url(url)

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def calendar(self) -> Path:
        return self.root / "calendar"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    def ensure(self) -> "DataPaths":
        """Create the folders, readable by this user only: they hold ID numbers and passwords."""
        for folder in (self.root, self.backups, self.calendar, self.logs, self.keys):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            make_private(folder)
        return self


def make_private(path: Path) -> None:
    """0700 for a folder, 0600 for a file; on Windows the user's profile ACL already does this."""
    if os.name != "posix" or not path.exists():
        return
    wanted = 0o700 if path.is_dir() else 0o600
    try:
        if (path.stat().st_mode & 0o777) != wanted:
            os.chmod(path, wanted)
    except PermissionError:
        pass  # a folder owned by someone else (a shared --data-dir): leave it as the admin set it
