"""An Oxigraph SPARQL server (``oxigraph serve``) on 127.0.0.1, loaded with ``oxigraph load``.

The server answers over the union of its named graphs as the default graph
(``--union-default-graph``), as the project's endpoint back-end requires. The
binary is the ``oxigraph`` PyPI package's (the project's ``dev`` extra), found
next to the running Python or on the PATH.

Loading uses the offline bulk loader, the fastest way Oxigraph has: the server
is stopped (its database is locked while it runs), ``oxigraph load`` writes the
file, and the server is started again on the same port.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from bench.server_process import Server, ServerError, free_port, launch, log_tail, stop_process

INSTALL_HINT = "pip install oxigraph==0.5.13 (in the project's dev extra)"
# The server stops any one query after this long: a runaway query must not keep the benchmark busy.
QUERY_TIMEOUT_S = 300


def oxigraph_binary() -> Path:
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.exists():
        return beside_python
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError(f"the Oxigraph server is missing: {INSTALL_HINT}")
    return Path(found)


def load_offline(data_dir: Path, nquads: Path) -> None:
    """``oxigraph load`` of one N-Quads file into the (stopped) database in ``data_dir``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    command = [str(oxigraph_binary()), "load", "--location", str(data_dir), "--file", str(nquads), "--format", "application/n-quads"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise ServerError(f"oxigraph load {nquads} failed: {(done.stderr or done.stdout).strip()[-2000:]}")


def serve_command(data_dir: Path, port: int) -> list[str]:
    return [str(oxigraph_binary()), "serve", "--location", str(data_dir), "--bind", f"127.0.0.1:{port}",
            "--union-default-graph", "--timeout-s", str(QUERY_TIMEOUT_S)]


def reload_and_restart(server: Server, nquads: Path) -> None:
    """The loader of a running server: stop it, bulk-load offline, serve again on the same port."""
    stop_process(server.process)
    load_offline(server.data_dir / "db", nquads)
    server.process = launch(serve_command(server.data_dir / "db", server.port), server.log)
    server.wait_until_answering()


def start_oxigraph_server(data_dir: Path, nquads: Path | None = None) -> Server:
    """``oxigraph serve`` on a free port of 127.0.0.1, its database in ``data_dir/db``; ``nquads`` loaded first.

    Use it as a context manager: the server is stopped on leaving the block.
    """
    data_dir = Path(data_dir).resolve()
    database = data_dir / "db"
    if nquads is not None:
        load_offline(database, Path(nquads).resolve())
    database.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = data_dir / "oxigraph.log"
    process = launch(serve_command(database, port), log)
    server = Server("oxigraph", process, port, data_dir, log, query_path="/query", update_path="/update",
                    graph_store_path="/store", loader=reload_and_restart)
    try:
        server.wait_until_answering()
    except ServerError:
        server.stop()
        raise
    if not server.is_running():
        raise ServerError(f"oxigraph exited: {log_tail(log)}")
    return server
