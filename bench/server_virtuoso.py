"""OpenLink Virtuoso 7.2 (Debian's ``virtuoso-opensource-7-bin``) on 127.0.0.1, loaded with its bulk loader.

Each server gets its own folder with a ``virtuoso.ini`` written here: the SQL
port (for ``isql``) and the HTTP port (``/sparql``) listen on 127.0.0.1 only, no
Unix socket, buffers sized for a small machine, no result-row cap (Virtuoso
cuts answers at 10,000 rows by default, which would make answers differ), and
no time limit of its own.

Queries with no FROM run over every graph, the union the project requires; the
three graphs Virtuoso keeps for itself (its RDF views, an LDP stub, its
service description) are made private so that ``GRAPH ?g`` and counts see only
the project's graphs. The SPARQL user is granted ``SPARQL_UPDATE``, so that
the endpoint back-end can replace and drop graphs through ``/sparql`` with no
credentials: acceptable only because the instance listens on loopback and is
thrown away; a shared server would use ``/sparql-auth`` with an account.

Loading: ``ld_dir`` + ``rdf_loader_run()`` + ``checkpoint`` through ``isql``
(the ``.nq`` extension selects N-Quads, each quad keeping its graph). The
loader may only read folders listed in ``DirsAllowed``: the file is linked into
the server's own ``load`` folder.

The binary comes from the ``virtuoso-opensource-7-bin`` package, not the
``virtuoso-opensource`` one: that one also installs a system service that
Debian starts on every interface with the default password.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.server_process import Server, ServerError, free_port, launch

PACKAGE = "virtuoso-opensource-7-bin"
INSTALL_HINT = f"apt-get install -y {PACKAGE}  (Debian's Virtuoso 7.2: the server binary and isql, without a system service)"
DBA_USER, DBA_PASSWORD = "dba", "dba"  # the fresh database's account; the SQL port listens on 127.0.0.1 only
ISQL_TIMEOUT_S = 3600
# Virtuoso's own graphs, hidden from the SPARQL user so that the endpoint shows only the project's graphs.
SYSTEM_GRAPHS = ("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#", "http://localuriqaserver/sparql")
PRIVATE_GROUP = "http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs"
# 8 KiB pages: 170,000 buffers are 1.3 GiB, a sixth of what Virtuoso's own table suggests for a 16 GiB machine.
BUFFERS, DIRTY_BUFFERS = 170_000, 130_000


def virtuoso_binaries() -> tuple[Path, Path] | None:
    """``virtuoso-t`` and ``isql-vt``, or None when Virtuoso is not installed."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    return (Path(server), Path(isql)) if server and isql else None


def install_virtuoso() -> None:
    """Install the package with apt-get (as root, or through sudo): the benchmark's fallback when it is missing."""
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (prefix + ["apt-get", "update", "-qq"], prefix + ["apt-get", "install", "-y", "-qq", PACKAGE]):
        done = subprocess.run(command, capture_output=True, text=True, env=environment)
        if done.returncode != 0:
            raise ServerError(f"could not install Virtuoso ({' '.join(command)}): {done.stderr.strip()[-500:]}\n"
                              f"install it with: {INSTALL_HINT}")


def require_virtuoso(install: bool = False) -> tuple[Path, Path]:
    """The binaries; installed first when missing and ``install`` is set, else an error saying how to install."""
    found = virtuoso_binaries()
    if found is None and install:
        install_virtuoso()
        found = virtuoso_binaries()
    if found is None:
        raise ServerError(f"Virtuoso is not installed: {INSTALL_HINT}")
    return found


def virtuoso_ini(data_dir: Path, sql_port: int, http_port: int) -> str:
    """The server's configuration: everything in ``data_dir``, listening on 127.0.0.1 only."""
    return f"""\
[Database]
DatabaseFile = {data_dir}/virtuoso.db
ErrorLogFile = {data_dir}/virtuoso.log
LockFile = {data_dir}/virtuoso.lck
TransactionFile = {data_dir}/virtuoso.trx
xa_persistent_file = {data_dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {data_dir}/virtuoso-temp.db
TransactionFile = {data_dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 8
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {data_dir}
NumberOfBuffers = {BUFFERS}
MaxDirtyBuffers = {DIRTY_BUFFERS}
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 2
MaxQueryMem = 1G
AllowOSCalls = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {data_dir}
MaxClientConnections = 4
EnabledDavVSP = 0
HTTPProxyEnabled = 0
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


def run_isql(server: Server, statements: str, timeout_s: float = ISQL_TIMEOUT_S) -> str:
    """Run SQL statements with ``isql-vt`` on the server's SQL port; an error in any of them is a ServerError."""
    _, isql = require_virtuoso()
    command = [str(isql), f"127.0.0.1:{server.sql_port}", DBA_USER, DBA_PASSWORD, "VERBOSE=OFF", "PROMPT=OFF", "BANNER=OFF"]
    done = subprocess.run(command, input=statements, capture_output=True, text=True, timeout=timeout_s)
    output = done.stdout + done.stderr
    if done.returncode != 0 or "*** Error" in output:
        raise ServerError(f"isql on {server.name} failed: {output.strip()[-1500:]}")
    return output


def sql_string(text: str) -> str:
    """``text`` as an SQL string literal (file and graph names the benchmark chose, never a user's)."""
    return "'" + text.replace("'", "''") + "'"


def setup_statements() -> str:
    """Hide Virtuoso's own graphs from the SPARQL user and let it update (a loopback-only, throwaway instance)."""
    lines = [f"DB.DBA.RDF_GRAPH_GROUP_CREATE ({sql_string(PRIVATE_GROUP)}, 1);"]
    lines += [f"DB.DBA.RDF_GRAPH_GROUP_INS ({sql_string(PRIVATE_GROUP)}, {sql_string(graph)});" for graph in SYSTEM_GRAPHS]
    lines += ["DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);", 'GRANT SPARQL_UPDATE TO "SPARQL";', "checkpoint;"]
    return "\n".join(lines) + "\n"


def bulk_load(server: Server, nquads: Path) -> None:
    """``ld_dir`` + ``rdf_loader_run`` + ``checkpoint``; the file's quads keep their graphs."""
    folder = server.data_dir / "load" / f"{len(list((server.data_dir / 'load').glob('*'))):04d}"
    folder.mkdir(parents=True)
    link = folder / "data.nq"  # the loader picks the parser by extension; .nq is N-Quads
    link.symlink_to(nquads)
    statements = (f"ld_dir({sql_string(str(folder))}, 'data.nq', 'urn:x-vnpolicy:bench:no-graph');\n"
                  "rdf_loader_run();\ncheckpoint;\n"
                  f"SELECT ll_state, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file = {sql_string(str(link))};\n")
    lines = [line for line in run_isql(server, statements).splitlines() if line.strip()]
    state = lines[-1].split() if lines else []  # the file's row of LOAD_LIST: state 2 (done) and no error
    if state[:2] != ["2", "NULL"]:
        raise ServerError(f"Virtuoso's loader did not finish {nquads} cleanly: {' '.join(lines[-3:])}")


def shutdown(server: Server) -> None:
    """``shutdown`` through isql: a checkpoint, then the process exits."""
    try:
        run_isql(server, "shutdown;\n", timeout_s=120)
    except ServerError:
        pass  # isql loses its connection as the server exits, and says so
    try:
        server.process.wait(timeout=120)
    except subprocess.TimeoutExpired:
        pass  # the caller's signals follow


@dataclass
class VirtuosoServer(Server):
    """A Virtuoso server: also has the SQL port ``isql`` talks to."""

    sql_port: int = 0


def start_virtuoso(data_dir: Path, install: bool = False) -> Server:
    """Virtuoso on two free ports of 127.0.0.1, its database and ``virtuoso.ini`` in ``data_dir``.

    Use it as a context manager: the server is shut down on leaving the block.
    ``install``: install Debian's package first if it is missing.
    """
    server_binary, _ = require_virtuoso(install)
    data_dir = Path(data_dir).resolve()
    (data_dir / "load").mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = data_dir / "virtuoso.ini"
    ini.write_text(virtuoso_ini(data_dir, sql_port, http_port), encoding="utf-8")
    log = data_dir / "virtuoso.out"
    process = launch([str(server_binary), "+foreground", "+configfile", str(ini)], log, cwd=data_dir)
    server = VirtuosoServer("virtuoso", process, http_port, data_dir, log, query_path="/sparql", update_path="/sparql",
                            loader=bulk_load, stopper=shutdown, sql_port=sql_port)
    try:
        server.wait_until_answering()
        run_isql(server, setup_statements())
    except BaseException:
        server.stop()
        raise
    return server
