"""A hard time bound on each generated example of a property test: a hang fails the example instead of CI.

hypothesis's ``deadline`` is checked after an example returns, so an example that never returns
would hold the run until CI's own limit. ``bounded`` arms a real-time alarm around each call (it
goes under ``@given``, so it wraps one example, not the whole test) and raises ``ExampleHangError``
when it rings. The alarm is delivered between Python bytecodes: a C call that never returns
(a regex backtracking for ever) is still only stopped by CI's limit.
"""

from __future__ import annotations

import functools
import signal
from collections.abc import Callable


class ExampleHangError(AssertionError):
    """An example ran past its bound."""


def bounded(seconds: float) -> Callable:
    def wrap(test: Callable) -> Callable:
        @functools.wraps(test)
        def run(*args, **kwargs):
            def ring(signum, frame):
                raise ExampleHangError(f"an example of {test.__name__} ran over {seconds} s")

            previous = signal.signal(signal.SIGALRM, ring)
            signal.setitimer(signal.ITIMER_REAL, seconds)
            try:
                return test(*args, **kwargs)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)

        return run

    return wrap
