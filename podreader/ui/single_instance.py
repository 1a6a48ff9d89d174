"""One window per library: a second start hands its files to the window already open.

A file manager runs ``podreader open FILE`` for every file opened with podreader. Without this,
each would start a second program on the same library — two importers, two search indexers
and two settings writers racing each other. Instead the first window listens on a local socket
(a Unix socket, a named pipe on Windows) named after the library folder and the user; a later
start with the same library connects, sends the files as one line of JSON and exits, and the
first window imports them and comes to the front. Different ``--data-dir`` libraries are
different names, so they can be open side by side.

macOS does not start a second program at all: Finder sends the running one a ``FileOpen``
event, which :class:`InstanceServer` turns into the same request.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from podreader.paths import DataPaths

if TYPE_CHECKING:
    from podreader.ui.main_window import MainWindow

#: How long a second start waits for the first window to take its files.
CONNECT_MS = 1000
#: The largest request read: a few thousand paths; anything larger is not from podreader.
MAX_REQUEST = 4 * 1024 * 1024


def server_name(paths: DataPaths) -> str:
    """The socket's name: short (Unix socket paths are limited to about 100 bytes) and the same
    for every start on this library by this user."""
    key = f"{getpass.getuser()}\0{paths.root.resolve()}".encode()
    return "podreader-" + hashlib.sha256(key).hexdigest()[:20]


def hand_over(name: str, files: Sequence[Path]) -> bool:
    """Send ``files`` (none: just come to the front) to the window listening as ``name``;
    False when no window listens, so this start should open one."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    request = json.dumps({"open": [str(p.absolute()) for p in files]}) + "\n"
    socket.write(request.encode())
    sent = socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_MS)
    return sent


class InstanceServer(QObject):
    """Listens for later starts on this library (and, on macOS, for Finder's FileOpen events).

    Signals: ``requested(paths)``, the files a later start or Finder asked to open (a list of
    :class:`~pathlib.Path`, empty when it only asked for the window).
    """

    requested = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        # A socket left by a program that crashed answers no one: hand_over failed before this
        # was made, so the name is free to take.
        if not self._server.listen(name):
            QLocalServer.removeServer(name)
            self._server.listen(name)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.requested.emit([Path(event.file())])
            return True
        return super().eventFilter(watched, event)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            received = bytearray()

            def read(socket: QLocalSocket = socket, received: bytearray = received) -> None:
                received.extend(socket.readAll().data())
                whole = received.endswith(b"\n")
                if whole or len(received) > MAX_REQUEST:
                    # One request a connection, nothing read after it. (Not ``abort()``: from
                    # inside the socket's own readyRead it leaves the socket to crash later.)
                    socket.readyRead.disconnect()
                    socket.disconnectFromServer()
                if whole and len(received) <= MAX_REQUEST:
                    self._request(bytes(received))

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            read()  # the bytes may have arrived with the connection

    def _request(self, data: bytes) -> None:
        try:
            files = json.loads(data)["open"]
        except (ValueError, KeyError, TypeError):
            return  # not a podreader start: ignore it
        if isinstance(files, list) and all(isinstance(f, str) for f in files):
            self.requested.emit([Path(f) for f in files])


class Requests(QObject):
    """Delivers the requests of an :class:`InstanceServer` to the window open at the time.

    A request that comes while no window is open (at startup, during a rebuild) waits for the
    next :meth:`attach`; files that come while the window imports wait for that import to end,
    rather than being refused as a drop would be: nobody is looking when a file manager asks.
    """

    def __init__(self, server: InstanceServer) -> None:
        super().__init__(server)
        self._window: MainWindow | None = None
        self._files: list[Path] = []
        self._forward = False
        server.requested.connect(self._requested)

    def attach(self, window: MainWindow, files: Sequence[Path] = ()) -> None:
        """Deliver to ``window`` from now on, starting with ``files`` (this start's own) and
        what waited, after the window's first paint."""
        self._window = window
        self._add(files)
        window.imports.idle.connect(self._deliver)
        QTimer.singleShot(0, self._deliver)

    def detach(self) -> None:
        if self._window is not None:
            self._window.imports.idle.disconnect(self._deliver)
        self._window = None

    def _requested(self, files: list[Path]) -> None:
        self._forward = True
        self._add(files)
        self._deliver()

    def _add(self, files: Sequence[Path]) -> None:
        self._files.extend(f for f in files if f not in self._files)

    def _deliver(self) -> None:
        window = self._window
        if window is None:
            return
        if self._forward:
            self._forward = False
            state = window.windowState() & ~Qt.WindowState.WindowMinimized
            window.setWindowState(state | Qt.WindowState.WindowActive)
            window.raise_()
            window.activateWindow()
        if self._files and not window.imports.busy():
            files, self._files = self._files, []
            window.open_paths(files)
