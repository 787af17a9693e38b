"""The full national taakstelling (342 gemeenten, with explanations) against a bare integer loop.

Measures, in one process, the median wall time over N runs (interleaved, after a warm-up) of:

- A: ``asielketen.statushouders.taakstellingen("2025-H2")`` — vg from the parameter file, the
  inhabitants on the reference date from the register, one typed record per gemeente, the
  invariant checks of the table, and the national explanation with its sources;
- A + one gemeente explained: A followed by ``uitleg_gemeente`` for Het Hogeland;
- B: a bare integer loop over the same data — for each gemeente of the register, its inhabitants
  on 1 January 2024 (``Gemeente.inwoners_op``), iN as their sum, and ``-(-(vg*iG)//iN)`` into a
  dict code → taakstelling (no records, no checks, no explanation);
- C: the arithmetic alone, over a pre-extracted list of 342 ints (a floor for reference).

Prints each figure and the ratio A/B (goal of issue 5: within 5×). Never asserted in tests.
Run: ``python benchmarks/bench_statushouders.py [-n RUNS]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date

from asielketen.gebied import register
from asielketen.statushouders import taakstellingen, uitleg_gemeente

PEILDATUM = date(2024, 1, 1)
VG = 13_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=301, help="runs per case (default 301)")
    n = parser.parse_args().n

    reg = register()
    gemeenten = reg.gemeenten
    ints = [g.inwoners_op(PEILDATUM).aantal for g in gemeenten]

    def bare_loop() -> dict[str, int]:
        ig = {g.code: g.inwoners_op(PEILDATUM).aantal for g in gemeenten}
        i_n = sum(ig.values())
        return {code: -(-(VG * x) // i_n) for code, x in ig.items()}

    def arithmetic() -> list[int]:
        i_n = sum(ints)
        return [-(-(VG * x) // i_n) for x in ints]

    def with_one() -> object:
        return uitleg_gemeente(taakstellingen("2025-H2"), "GM1966")

    cases: dict[str, Callable[[], object]] = {
        "A asielketen taakstellingen (342, explained)": lambda: taakstellingen("2025-H2"),
        "A + uitleg_gemeente (one gemeente)": with_one,
        "B bare integer loop (register data)": bare_loop,
        "C arithmetic only (list of ints)": arithmetic,
    }
    assert taakstellingen("2025-H2").waarde.som == sum(bare_loop().values()) == sum(arithmetic())
    for func in cases.values():  # warm-up: data loaded, caches filled
        func()
    runs: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(n):
        for name, func in cases.items():
            start = time.perf_counter()
            func()
            runs[name].append(time.perf_counter() - start)
    med = {name: statistics.median(times) for name, times in runs.items()}
    print(f"{'case':<46}{'median µs':>12}")
    for name in cases:
        print(f"{name:<46}{med[name] * 1e6:>12.1f}")
    a = med["A asielketen taakstellingen (342, explained)"]
    print(f"\nratio A / B (goal ≤ 5): {a / med['B bare integer loop (register data)']:.2f}")
    print(f"ratio A / C (arithmetic floor): {a / med['C arithmetic only (list of ints)']:.1f}")


if __name__ == "__main__":
    main()
