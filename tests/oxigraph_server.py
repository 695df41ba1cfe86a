"""A real Oxigraph SPARQL server for tests: own data folder, free port on 127.0.0.1.

The binary is the ``oxigraph`` PyPI package's, installed next to the running
Python (``pip install oxigraph``, in the project's ``dev`` extra).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from processes import stop_process

START_TIMEOUT = 120.0  # a guard against a server that never starts, not a speed check
# The server stops a query after this long, so that a test of the client's
# time limit does not leave the server busy for the rest of the session.
SERVER_QUERY_TIMEOUT_S = 10


def oxigraph_binary() -> Path:
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.exists():
        return beside_python
    found = shutil.which("oxigraph")
    if found is None:
        pytest.fail("the Oxigraph server is missing: pip install oxigraph==0.5.13 (in the dev extra)")
    return Path(found)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class OxigraphServer:
    process: subprocess.Popen
    port: int
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.base_url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base_url}/update"

    @property
    def graph_store_url(self) -> str:
        return f"{self.base_url}/store"

    def stop(self) -> None:
        stop_process(self.process, grace_s=10)


def wait_until_answering(server: OxigraphServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"the Oxigraph server exited at start: {server.log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"{server.query_url}?query=ASK%7B%7D", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    server.stop()
    pytest.fail(f"the Oxigraph server did not answer within {START_TIMEOUT:g} s")


def start_oxigraph(data_dir: Path) -> OxigraphServer:
    """Start ``oxigraph serve`` with the union of named graphs as default graph, as the store requires."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = data_dir.parent / f"oxigraph-{port}.log"
    command = [str(oxigraph_binary()), "serve", "--location", str(data_dir), "--bind", f"127.0.0.1:{port}",
               "--union-default-graph", "--timeout-s", str(SERVER_QUERY_TIMEOUT_S)]
    with log.open("wb") as log_file:
        process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT)
    server = OxigraphServer(process, port, log)
    wait_until_answering(server)
    return server
