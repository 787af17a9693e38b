"""Import time of ``asielketen`` against importing its runtime dependencies alone.

Whole processes, side by side (A B A B …), median of N runs; prints each figure and the ratios.
Never asserted in tests: run ``python benchmarks/bench_import.py [-n RUNS]``.

Measured:
- ``python -c "import attrs, cattrs, dateutil"``          the baseline named in the issue
- ``python -c "import asielketen"``                         the lazy top-level import
- ``python -c "from asielketen import *"``                  every public name resolved
- ``python -c "import asielketen; asielketen.register()"``  plus loading and checking the data
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CASES = {
    "python (empty)": "pass",
    "attrs+cattrs+dateutil": "import attrs, cattrs, dateutil",
    "import asielketen": "import asielketen",
    "from asielketen import *": "from asielketen import *",
    "+ register()": "import asielketen; asielketen.register()",
}


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=21, help="runs per case (default 21)")
    n = parser.parse_args().n
    for code in CASES.values():  # warm-up (bytecode caches, file cache)
        _time(code)
    runs: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(n):
        for name, code in CASES.items():
            runs[name].append(_time(code))
    med = {name: statistics.median(times) for name, times in runs.items()}
    base = med["attrs+cattrs+dateutil"]
    empty = med["python (empty)"]
    print(f"{'case':<28}{'median ms':>10}{'vs deps':>9}{'import-only ms':>16}")
    for name in CASES:
        print(
            f"{name:<28}{med[name] * 1000:>10.1f}{med[name] / base:>9.2f}{(med[name] - empty) * 1000:>16.1f}"
        )
    print(f"\nratio import asielketen / deps alone (whole process): {med['import asielketen'] / base:.2f}")
    print(
        f"ratio from asielketen import * / deps alone:          {med['from asielketen import *'] / base:.2f}"
    )


if __name__ == "__main__":
    main()
