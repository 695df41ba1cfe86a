"""A TCP listener on 127.0.0.1 that records every connection: what a fetch the project must never make would reach.

One class for every test that proves nothing was fetched (a forged SERVICE call, a remote JSON-LD
context, an image in a title): the test points the hostile input at ``url()`` and asserts
``settle() == []``; the control tests (an unguarded engine does call it) look for their request in it.
"""

from __future__ import annotations

import socket
import threading
import time

# What a caller gets back: an error page, as an internal admin URL would answer (never read by the project).
ANSWER = b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 11\r\nConnection: close\r\n\r\nadmin page!"


class ConnectionRecorder:
    """Accepts connections on a free port of 127.0.0.1 and keeps the first bytes of each."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"  # for f-strings: f"{recorder.base}/img.png"
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:  # the accept timeout, or the socket closed
                continue
            with connection:
                connection.settimeout(2)
                try:
                    self.received.append(connection.recv(4096) or b"(connected)")
                    connection.sendall(ANSWER)
                except OSError:
                    self.received.append(b"(connected)")

    def url(self, path: str = "/admin") -> str:
        return f"{self.base}{path}"

    @property
    def hits(self) -> int:
        return len(self.received)

    def settle(self) -> list[bytes]:
        time.sleep(0.5)  # a connection made at the very end is accepted before the test looks
        return self.received

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.socket.close()

    def __enter__(self) -> "ConnectionRecorder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
