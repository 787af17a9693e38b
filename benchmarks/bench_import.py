"""Import time of ``asielketen`` against importing its runtime dependencies alone.

Whole processes, side by side (A B A B …), median CPU time (user + system) of N runs of each; prints
each figure and the ratios.
Never asserted in tests: run ``python benchmarks/bench_import.py [-n RUNS]`` (or ``run.py``).

Measured:
- ``python -c "import attrs, cattrs, dateutil"``          the baseline named in the issue
- ``python -c "import asielketen"``                         the lazy top-level import (the goal)
- ``python -c "from asielketen import *"``                  every public name resolved
- ``python -c "import asielketen; asielketen.register()"``  plus loading and checking the data
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

try:
    import resource
except ImportError:  # pragma: no cover - not on Windows: wall time instead
    resource = None  # type: ignore[assignment]

from _timing import Figure, print_table

DEPS = "attrs+cattrs+dateutil"
CASES = {
    "python (empty)": "pass",
    DEPS: "import attrs, cattrs, dateutil",
    "import asielketen": "import asielketen",
    "from asielketen import *": "from asielketen import *",
    "import + register()": "import asielketen; asielketen.register()",
}
GOAL = 1.25


def _process(code: str) -> float:
    """CPU seconds (user + system) of one whole ``python -c code`` process (wall time on Windows)."""
    if resource is None:  # pragma: no cover
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(runs: int) -> list[Figure]:
    """Median CPU time of whole processes per case, side by side; the issue's figure is the first.

    CPU time of the child process (user + system), so other work on a shared machine does not count.
    """
    for code in CASES.values():  # warm-up: bytecode caches, file cache
        _process(code)
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, code in CASES.items():
            times[name].append(_process(code))
    med = {name: statistics.median(t) for name, t in times.items()}
    base = med[DEPS]
    empty = med["python (empty)"]
    note = f"interpreter start alone {empty * 1e3:.0f} ms is included in both"
    return [
        Figure("import", "import asielketen", med["import asielketen"], "ms", DEPS, base, GOAL, note),
        Figure("import", "from asielketen import *", med["from asielketen import *"], "ms", DEPS, base),
        Figure("import", "import + register()", med["import + register()"], "ms", DEPS, base),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=21, help="runs per case (default 21)")
    print_table(measure(parser.parse_args().n))


if __name__ == "__main__":
    main()
