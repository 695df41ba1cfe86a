"""The session's network guard (tests/netguard/) refuses and records what it must, in the processes the tests start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading

import netguard_audit
import pytest
from conftest import NETGUARD_DIR

# An address of a private network that nothing here answers: without the guard, the connection would be tried.
OUTSIDE = ("10.255.255.1", 80)
# The discard port: below 1024, so no test server binds it.
UNBOUND_PORT = 9


# Where this worker's logs ended when each child was started: a long session reuses process ids, so a child's records
# are those its id wrote after it started.
_LOGS_BEFORE: dict[int, dict[str, int]] = {}


def run_python(code: str) -> tuple[int, subprocess.CompletedProcess]:
    """``python -c code`` with the session's environment, as the tests start ``vnpolicy``; and its process id."""
    before = netguard_audit.log_offsets(NETGUARD_DIR, netguard_audit.worker_name())
    result = subprocess.run([sys.executable, "-c", f"import os; print(os.getpid(), flush=True); {code}"],
                            capture_output=True, text=True, env=dict(os.environ), timeout=60)
    pid = int(result.stdout.split()[0])
    _LOGS_BEFORE[pid] = before
    return pid, result


def records_of(kind: str, pid: int) -> list[dict]:
    found = netguard_audit.read_log(kind, NETGUARD_DIR, netguard_audit.worker_name(), _LOGS_BEFORE[pid])
    return [entry for entry in found if entry["pid"] == pid]


def violations_of(pid: int) -> list[dict]:
    found = netguard_audit.violations(NETGUARD_DIR, netguard_audit.worker_name(), _LOGS_BEFORE[pid])
    return [entry for entry in found if entry["pid"] == pid]


def test_the_session_puts_the_guard_on_every_python_process():
    _, result = run_python("import sys; print('sitecustomize' in sys.modules and 'netguard_audit' in sys.modules)")
    assert result.stdout.split()[1] == "True", result.stderr


def test_a_connection_outside_the_machine_is_refused_in_the_process_and_recorded():
    pid, result = run_python(f"import socket; socket.create_connection({OUTSIDE!r}, 1)")
    refused = records_of(netguard_audit.REFUSED, pid)
    assert result.returncode != 0
    assert "NetworkRefusedError: netguard: socket.connect to '10.255.255.1' port 80 refused" in result.stderr
    assert [(entry["event"], entry["host"], entry["port"]) for entry in refused] == [("socket.connect", "10.255.255.1", 80)]
    assert violations_of(pid) == refused
    netguard_audit.expect(refused)  # this test's own doing: not held against the session
    assert violations_of(pid) == []


def test_a_name_lookup_outside_the_machine_is_refused():
    pid, result = run_python("import socket; socket.getaddrinfo('example.org', 443)")
    refused = records_of(netguard_audit.REFUSED, pid)
    netguard_audit.expect(refused)
    assert "NetworkRefusedError" in result.stderr
    assert [(entry["event"], entry["host"]) for entry in refused] == [("socket.getaddrinfo", "example.org")]


def test_the_pytest_process_is_guarded_too():
    offsets = netguard_audit.log_offsets(NETGUARD_DIR, netguard_audit.worker_name())
    with pytest.raises(netguard_audit.NetworkRefusedError):
        socket.create_connection(OUTSIDE, 1)
    found = netguard_audit.violations(NETGUARD_DIR, netguard_audit.worker_name(), offsets)
    netguard_audit.expect(found)
    assert [(entry["pid"], entry["host"]) for entry in found] == [(os.getpid(), OUTSIDE[0])]


def test_a_loopback_connection_to_a_server_of_the_tests_is_recorded_and_allowed():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        threading.Thread(target=lambda: server.accept()[0].close(), daemon=True).start()
        pid, result = run_python(f"import socket; socket.create_connection(('127.0.0.1', {port}), 5).close()")
    assert result.returncode == 0, result.stderr
    assert [entry["port"] for entry in records_of(netguard_audit.LOOPBACK, pid)] == [port]
    assert port in {entry["port"] for entry in netguard_audit.read_log(netguard_audit.BOUND, NETGUARD_DIR)}
    assert violations_of(pid) == []


def test_a_loopback_connection_to_a_port_no_test_bound_is_a_violation():
    pid, _ = run_python(f"import socket; socket.socket().connect_ex(('127.0.0.1', {UNBOUND_PORT}))")
    found = violations_of(pid)
    netguard_audit.expect(found)
    assert [(entry["port"], entry["reason"]) for entry in found] == [(UNBOUND_PORT, "no server of the tests bound this port")]


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True), ("::ffff:127.0.0.1", True),
    ("localhost", True), (None, True), ("10.255.255.1", False), ("0.0.0.0", False), ("example.org", False),
    ("::ffff:10.0.0.1", False), ("127.0.0.1.example.org", False),
])
def test_loopback_addresses(host, loopback):
    assert netguard_audit.is_loopback(host) is loopback
