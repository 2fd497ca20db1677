"""One running program per data folder: a second start brings the first forward.

Two programs writing one data folder would each hold their own idea of the next case
number and of who is signed in. A lock file in the data folder says a program runs on
it (Qt's QLockFile notices a lock left by a crashed program); the running program
listens on a local socket named after the folder, and a second start asks it to come
forward instead of opening the folder again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "running.lock"
WAKE = b"raise\n"


def server_name(folder: Path) -> str:
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"approval-window-{digest}"


class SingleInstance(QObject):
    """Holds the data folder's lock while the program runs; ``activated`` when another start asks."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.name = server_name(folder)
        self.lock = QLockFile(str(folder / LOCK_FILE))
        self.server: QLocalServer | None = None
        self.woke_the_other = False

    def acquire(self) -> bool:
        """True when this program may open the folder; False when another one has it (asked to come forward)."""
        if self.lock.tryLock(200):
            QLocalServer.removeServer(self.name)  # a socket left behind by a crashed program
            self.server = QLocalServer(self)
            self.server.newConnection.connect(self._wake)
            self.server.listen(self.name)
            return True
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(1000):
            socket.write(WAKE)
            self.woke_the_other = socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
        return False

    def _wake(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activated.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
