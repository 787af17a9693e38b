"""Every speed and memory figure of issues 10 and 18 in one table, each against its goal.

``python benchmarks/run.py`` measures (see each ``bench_*.py`` for the details, and to run a topic
alone):

- import and cold calls — ``import asielketen`` (≤ 1.25×), ``from asielketen import *`` (≤ 1.5×) and
  one call of every CLI subcommand (≤ 1.5× each) vs ``import attrs, cattrs, dateutil``, whole
  processes with the bytecode present, side by side;
- distribution — ``spreidingswet.verdeel`` over 342 gemeenten with result objects vs the PyPI package
  ``apportionment``'s largest remainder on the same weights (≤ 0.5×; skipped with a message if
  ``apportionment`` is not installed);
- taakstelling — ``statushouders.taakstellingen`` with explanation vs a bare integer loop (≤ 5×);
- serialisation — JSON round trips of the register and of two national results through
  ``asielketen.serialization`` vs ``json`` on the equivalent plain dicts (≤ 3×);
- scenario sweep — 10,000 random needs and keys through the distribution and the taakstelling on one
  core (< 10 s), and over processes with identical results; the sweep API (``asielketen.sweep``): per
  scenario against a plain exact-integer loop (≤ 1.5×), 100,000 needs on one core (< 6 s), streamed
  memory at N and 10×N scenarios (flat), process and Dask executors identical;
- memory — the register and every shipped data file loaded, ``tracemalloc`` (< 10 MB);
- loaders — every loader of user files: time per row at 100,000 rows over that at 1,000 (≤ 2×:
  linear), and the peak memory of reading a 1,000,000-row file (information);
- http — the HTTP API's taakstelling endpoint under 16 concurrent local clients for 10 s: requests
  per second and p50/p99 latency, no errors (information; skipped without the ``api`` extra).

Comparisons run side by side (A B A B …) and compare medians of CPU time (of the benchmark thread, or
of each whole process for the import), so other work on a shared machine does not distort a ratio;
the parallel sweep is wall time. Benchmarks print; they never fail on
a time or a ratio. The exit status is 1 only if a result is wrong (the parallel sweep differs from
the sequential one, or the fast path from the full rules). ``--quick`` is a smoke run for CI: few
rounds and 500 scenarios (extrapolated), so its figures are indicative only.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from typing import Any

import bench_geheugen
import bench_http
import bench_import
import bench_loaders
import bench_serialisatie
import bench_spreiding
import bench_statushouders
import bench_sweep
from _timing import Figure, print_table

FULL: dict[str, Any] = {
    "import": 21,
    "spreiding": 31,
    "taakstelling": 301,
    "serialisatie": 21,
    "sweep": 10_000,
    "full": 200,
    "loaders": (1_000, 100_000, 1_000_000),
    "http": 10.0,
}
QUICK: dict[str, Any] = {
    "import": 3,
    "spreiding": 5,
    "taakstelling": 21,
    "serialisatie": 3,
    "sweep": 500,
    "full": 10,
    "loaders": (1_000, 10_000, 100_000),
    "http": 2.0,
}


def _load() -> str:
    try:
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on every platform
        return "load average unknown"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: few rounds, 500 scenarios")
    args = parser.parse_args()
    n = QUICK if args.quick else FULL
    print(
        f"asielketen benchmarks{' (--quick: indicative only)' if args.quick else ''} — Python "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, {_load()}"
    )
    if bench_spreiding._apportionment() is None:
        print("note: the PyPI package 'apportionment' is not installed; its comparison is skipped")
    topics: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("import", lambda: bench_import.measure(n["import"])),
        ("distribution", lambda: bench_spreiding.measure(n["spreiding"])),
        ("taakstelling", lambda: bench_statushouders.measure(n["taakstelling"])),
        ("serialisation", lambda: bench_serialisatie.measure(n["serialisatie"])),
        ("scenario sweep", lambda: bench_sweep.measure(n["sweep"], n["full"])),
        ("memory", bench_geheugen.measure),
        ("loaders", lambda: bench_loaders.measure(*n["loaders"])),
        ("http", lambda: bench_http.measure(n["http"])),
    ]
    figures: list[Figure] = []
    for name, measure in topics:
        start = time.perf_counter()
        print(f"... {name}", end="", flush=True)
        figures.extend(measure())
        print(f" ({time.perf_counter() - start:.1f} s)", flush=True)
    print(f"done, {_load()}\n")
    print_table(figures)
    wrong = [f for f in figures if not f.ok]
    for f in wrong:
        print(f"WRONG: {f.topic} / {f.case}: {f.note}", file=sys.stderr)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
