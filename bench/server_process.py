"""A SPARQL server the benchmark runs itself: one process, its own data folder, ports on 127.0.0.1 only.

What every server has in common: a free port, waiting until the server answers,
the project's endpoint back-end pointed at it, and stopping it (as a context
manager, so that no process outlives the benchmark or a failed test).
"""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from vnpolicy.store.endpoint import EndpointStore

HOST = "127.0.0.1"
START_TIMEOUT_S = 180.0  # a guard against a server that never comes up, not a speed check
STOP_GRACE_S = 30.0


class ServerError(RuntimeError):
    """A server that could not be installed, started, loaded or stopped; the message says why."""


def free_port() -> int:
    """A port of 127.0.0.1 nobody listens on now (the kernel's choice)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def log_tail(log: Path, characters: int = 2000) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-characters:] if log.exists() else "(no log)"


def answers_ask(query_url: str) -> bool:
    """True once ``ASK {}`` gets an HTTP 200 from ``query_url``."""
    url = f"{query_url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def stop_process(process: subprocess.Popen, grace_s: float = STOP_GRACE_S) -> None:
    """SIGTERM, then SIGKILL after ``grace_s``: a server busy writing may take a while, or ignore SIGTERM."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=grace_s)


@dataclass
class Server:
    """A running SPARQL server: its process, its URLs, how to load N-Quads into it and how to stop it."""

    name: str
    process: subprocess.Popen
    port: int
    data_dir: Path
    log: Path
    query_path: str
    update_path: str
    graph_store_path: str | None = None
    loader: Callable[["Server", Path], None] | None = field(default=None, repr=False)
    stopper: Callable[["Server"], None] | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base_url + self.query_path

    @property
    def update_url(self) -> str:
        return self.base_url + self.update_path

    @property
    def graph_store_url(self) -> str | None:
        return self.base_url + self.graph_store_path if self.graph_store_path else None

    def endpoint_store(self, writable: bool = False) -> EndpointStore:
        """The project's endpoint back-end on this server (writing through SPARQL Update when ``writable``)."""
        return EndpointStore(self.query_url, self.update_url if writable else None)

    def load(self, nquads: Path) -> float:
        """Load an N-Quads file the server's fastest way; the seconds it took, until the data is durable."""
        if self.loader is None:
            raise ServerError(f"{self.name} has no loader")
        start = time.perf_counter()
        self.loader(self, Path(nquads).resolve())
        return time.perf_counter() - start

    def is_running(self) -> bool:
        return self.process.poll() is None

    def wait_until_answering(self, timeout_s: float = START_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.is_running():
                raise ServerError(f"{self.name} exited at start (code {self.process.returncode}):\n{log_tail(self.log)}")
            if answers_ask(self.query_url):
                return
            time.sleep(0.2)
        self.stop()
        raise ServerError(f"{self.name} did not answer within {timeout_s:g} s:\n{log_tail(self.log)}")

    def stop(self) -> None:
        """Stop the server the way it stops cleanly, then make sure its process is gone."""
        if self.is_running() and self.stopper is not None:
            try:
                self.stopper(self)
            except (ServerError, OSError, subprocess.SubprocessError):
                pass  # the signals below still stop it
        stop_process(self.process)

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def launch(command: list[str], log: Path, cwd: Path | None = None) -> subprocess.Popen:
    """Start ``command`` with its output in ``log`` (a server's messages are read from there when it fails)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as log_file:
        return subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=cwd)
