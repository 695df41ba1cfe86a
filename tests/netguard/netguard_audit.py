"""The test session's network guard: no connection leaves the machine, every loopback connection is logged.

Installed in the pytest process by ``tests/conftest.py`` and in every Python
process the tests start through ``sitecustomize.py`` in this folder, which
conftest puts first on ``PYTHONPATH``: the ``vnpolicy`` command line, the
Streamlit app, the query workers. It is a ``sys.addaudithook`` hook on the
interpreter's socket events, so it sees what Python code does, in any library:

- ``socket.connect`` / ``socket.sendto`` to an address that is not loopback,
  and ``socket.getaddrinfo`` of a name that is not loopback (a DNS query leaves
  the machine), are refused (``NetworkRefusedError``, a ``PermissionError``, raised
  in the process) and written to the session's log of refusals;
- a connection to a loopback address is written to the log of loopback
  connections, and every port a guarded process binds (a server, or a test
  picking a free port for a server it starts) to the log of bound ports: the
  session checks that every loopback connection went to a bound port, i.e. to
  a server the tests started.

Native code calling the C library directly (pyoxigraph's HTTP client for
SERVICE, Chromium, nginx, the Oxigraph server binary) raises no audit event and
is not seen.

The logs are JSON lines in the folder named by ``NETGUARD_DIR``, one file per
kind and pytest-xdist worker (``refused-gw0.jsonl``), appended by one
``write`` per line, so the processes of one worker can share them.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kept out of the start of every process: json and ipaddress are imported on first use too
    from pathlib import Path

DIR_VARIABLE = "NETGUARD_DIR"
REFUSED, LOOPBACK, BOUND, EXPECTED = "refused", "loopback", "bound", "expected"
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
IP_FAMILIES = {socket.AF_INET, socket.AF_INET6}
LOOKUP_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"}

_installed = False
_own_names: set[str] = set()  # this machine's host name: looking it up reads /etc/hosts


class NetworkRefusedError(PermissionError):
    """A test process tried to reach an address outside the machine."""


def worker_name() -> str:
    """The pytest-xdist worker a process belongs to (inherited through the environment), or "main"."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def log_file(kind: str, worker: str | None = None) -> str | None:
    folder = os.environ.get(DIR_VARIABLE)
    if not folder:
        return None
    return os.path.join(folder, f"{kind}-{worker or worker_name()}.jsonl")


def record(kind: str, **fields: object) -> None:
    """One JSON line in the log of ``kind``: which process, during which test, what."""
    import json

    path = log_file(kind)
    if path is None:
        return
    line = json.dumps({"kind": kind, "id": os.urandom(12).hex(), "pid": os.getpid(), "test": os.environ.get("PYTEST_CURRENT_TEST", ""),
                       "argv": sys.argv[:4], **fields}, ensure_ascii=False, default=str) + "\n"
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line.encode("utf-8"))
    finally:
        os.close(descriptor)


def is_loopback(host: object) -> bool:
    """True for 127.0.0.0/8, ::1 (also IPv4-mapped) and the names of the loopback interface."""
    import ipaddress

    if host is None or host == "":
        return True  # getaddrinfo(None, port): the local wildcard or loopback, no lookup
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    text = str(host).strip("[]").split("%", 1)[0].rstrip(".").lower()
    if text in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


def is_address(host: object) -> bool:
    """An IP address written out: looking it up asks no name server (the connection is judged on its own)."""
    import ipaddress

    try:
        ipaddress.ip_address(str(host).strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def _refuse(event: str, host: object, port: object) -> None:
    record(REFUSED, event=event, host=str(host), port=port)
    raise NetworkRefusedError(f"netguard: {event} to {host!r} port {port!r} refused: tests may only reach 127.0.0.1")


def _audit(event: str, args: tuple) -> None:
    if not event.startswith("socket."):
        return
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[1]
        if getattr(sock, "family", None) not in IP_FAMILIES or not isinstance(address, tuple):
            return  # a Unix socket or a netlink socket: nothing leaves the machine
        host, port = address[0], address[1]
        if not is_loopback(host):
            _refuse(event, host, port)
        if event == "socket.connect":
            record(LOOPBACK, host=str(host), port=port)
    elif event in LOOKUP_EVENTS:
        host = args[0]
        if not (is_loopback(host) or is_address(host) or str(host).lower() in _own_names):
            _refuse(event, host, args[1] if len(args) > 1 else None)


def _logging_bind(original):
    """``socket.socket.bind`` that logs the port it got: with port 0 the kernel chooses it, after the audit event."""

    def bind(self, address):
        original(self, address)
        if self.family in IP_FAMILIES:
            try:
                record(BOUND, host=str(address[0]), port=self.getsockname()[1])
            except OSError:
                pass  # the log must not break a server's start; an unlogged port shows up as a violation

    bind.__doc__ = original.__doc__
    return bind


def install() -> None:
    """Guard this process (once): the audit hook, and the logging ``bind``."""
    global _installed
    if _installed or not os.environ.get(DIR_VARIABLE):
        return
    _installed = True
    _own_names.add(socket.gethostname().lower())
    socket.socket.bind = _logging_bind(socket.socket.bind)
    sys.addaudithook(_audit)


def read_log(kind: str, folder: Path, worker: str | None = None, offsets: dict[str, int] | None = None) -> list[dict]:
    """The records of ``kind`` (of one worker's file, from its offset in ``offsets``, or of every worker)."""
    import json

    records = []
    for path in sorted(folder.glob(f"{kind}-{worker or '*'}.jsonl")):
        with path.open("rb") as stream:
            stream.seek((offsets or {}).get(path.name, 0))
            data = stream.read()
        records += [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    return records


def log_offsets(folder: Path, worker: str) -> dict[str, int]:
    """Where each log file of ``worker`` ends now: the records a test adds come after."""
    return {path.name: path.stat().st_size for path in folder.glob(f"*-{worker}.jsonl")}


def expect(entries: list[dict]) -> None:
    """Say that these records are a test's own doing (the guard's own tests): not violations."""
    for entry in entries:
        record(EXPECTED, expected_id=entry["id"])


def violations(folder: Path, worker: str | None = None, offsets: dict[str, int] | None = None) -> list[dict]:
    """Refusals, and loopback connections to a port no guarded process bound, except those of expected processes.

    With ``worker`` (and ``offsets``), only what that worker's processes did since then: one test's doing.
    """
    bound = {entry["port"] for entry in read_log(BOUND, folder)}
    expected = {entry["expected_id"] for entry in read_log(EXPECTED, folder)}
    found = read_log(REFUSED, folder, worker, offsets)
    found += [dict(entry, reason="no server of the tests bound this port")
              for entry in read_log(LOOPBACK, folder, worker, offsets) if entry["port"] not in bound]
    return [entry for entry in found if entry["id"] not in expected]


def describe(found: list[dict]) -> str:
    """One line per violation: process, test, what it tried."""
    lines = []
    for entry in found:
        what = entry.get("reason") or entry.get("event")
        lines.append(f"pid {entry['pid']} {entry['argv']} during {entry['test'] or 'no test'}: "
                     f"{entry['host']} port {entry['port']}: {what}")
    return "\n".join(lines)
