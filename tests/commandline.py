"""The real ``vnpolicy`` executable, run as a child process, for the end-to-end command-line tests."""

from __future__ import annotations

import subprocess
import sys

VNPOLICY = [sys.executable, "-m", "vnpolicy"]

# A guard against a hung command, not a speed check (speed is measured in bench/):
# a build on a busy two-core CI machine has been seen to take over two minutes.
HANG_TIMEOUT_S = 900


def run_vnpolicy(*args: str, env: dict | None = None, stdin: str | None = None,
                 text: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([*VNPOLICY, *args], capture_output=True, text=text, env=env, input=stdin,
                          timeout=HANG_TIMEOUT_S)
