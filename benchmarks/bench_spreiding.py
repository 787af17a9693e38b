"""The full national Spreidingswet distribution against the PyPI package ``apportionment``.

Measures, in one process, median wall time over N runs of:

- A: ``asielketen.spreidingswet.verdeel`` — the legal formula over all 342 gemeenten **with its
  result objects and explanation** (inhabitants key, BO = 96,000, amv 8,140), and the same with
  ``Methode.HAMILTON``;
- the bare largest-remainder core of ``asielketen.apportion`` on the same weights (no result objects);
- B: ``apportionment.methods.compute("largest_remainder", weights, 96000)`` on the same weights
  (the inhabitants), ``verbose=False``.

Prints each figure and the ratio A/B (goal of issue 4: at most 0.5). Never asserted in tests.
Run: ``pip install apportionment && python benchmarks/bench_spreiding.py [-n RUNS]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date

from asielketen.apportion import grootste_overschot
from asielketen.gebied import register
from asielketen.spreidingswet import Methode, verdeel

PEILDATUM = date(2024, 1, 31)


def _median_seconds(func: Callable[[], object], n: int) -> float:
    func()  # warm-up (loads data, fills caches)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=31, help="runs per case (default 31)")
    n = parser.parse_args().n
    try:
        from apportionment import methods
    except ImportError:  # pragma: no cover
        raise SystemExit("pip install apportionment  (benchmark-only dependency)") from None

    reg = register()
    weights = [g.inwoners_op(date(2024, 1, 1)).aantal for g in reg.gemeenten]
    gewichten = {g.code: w for g, w in zip(reg.gemeenten, weights, strict=True)}
    cases = {
        "asielketen verdeel (wet, + amv)": lambda: verdeel(96000, amv=8140, peildatum=PEILDATUM),
        "asielketen verdeel (wet)": lambda: verdeel(96000, peildatum=PEILDATUM),
        "asielketen verdeel (hamilton)": lambda: verdeel(
            96000, peildatum=PEILDATUM, methode=Methode.HAMILTON
        ),
        "asielketen apportion (bare integers)": lambda: grootste_overschot(96000, gewichten),
        "apportionment largest_remainder": lambda: methods.compute(
            "largest_remainder", weights, 96000, parties=[g.code for g in reg.gemeenten], verbose=False
        ),
    }
    med = {name: _median_seconds(f, n) for name, f in cases.items()}
    base = med["apportionment largest_remainder"]
    print(f"{'case':<36}{'median ms':>10}{'ratio':>8}")
    for name, seconds in med.items():
        print(f"{name:<36}{seconds * 1000:>10.2f}{seconds / base:>8.2f}")


if __name__ == "__main__":
    main()
