"""The full national taakstelling (342 gemeenten, with explanations) against a bare integer loop.

Measures in one process, side by side (A B A B …, medians of N rounds after a warm-up):

- A: ``asielketen.statushouders.taakstellingen("2025-H2")`` — vg from the parameter file, the
  inhabitants on the reference date from the register, one typed record per gemeente, the
  invariant checks of the table, and the national explanation with its sources;
- B: a bare integer loop over the same data — for each gemeente of the register, its inhabitants
  on 1 January 2024 (``Gemeente.inwoners_op``), iN as their sum, and ``-(-(vg*iG)//iN)`` into a
  dict code → taakstelling (no records, no checks, no explanation) — the goal: A within 5× B;
- for information: A followed by ``uitleg_gemeente`` for one gemeente, and the arithmetic alone
  over a pre-extracted list of 342 ints (a floor).

Never asserted in tests. Run: ``python benchmarks/bench_statushouders.py [-n RUNS]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from _timing import Figure, interleaved, print_table

from asielketen.gebied import register
from asielketen.statushouders import taakstellingen, uitleg_gemeente

PEILDATUM = date(2024, 1, 1)
VG = 13_000
GOAL = 5.0
A = "taakstellingen (342, explained)"
B = "bare integer loop"


def measure(runs: int) -> list[Figure]:
    """The taakstelling figures (µs per national table)."""
    gemeenten = register().gemeenten
    ints = [g.inwoners_op(PEILDATUM).aantal for g in gemeenten]

    def bare_loop() -> dict[str, int]:
        ig = {g.code: g.inwoners_op(PEILDATUM).aantal for g in gemeenten}
        i_n = sum(ig.values())
        return {code: -(-(VG * x) // i_n) for code, x in ig.items()}

    def arithmetic() -> list[int]:
        i_n = sum(ints)
        return [-(-(VG * x) // i_n) for x in ints]

    if taakstellingen("2025-H2").waarde.som != sum(bare_loop().values()):  # pragma: no cover
        raise SystemExit("taakstellingen and the bare loop disagree")
    cases: dict[str, Callable[[], object]] = {
        A: lambda: taakstellingen("2025-H2"),
        B: bare_loop,
        "+ uitleg_gemeente (one gemeente)": lambda: uitleg_gemeente(taakstellingen("2025-H2"), "GM1966"),
        "arithmetic only (list of ints)": arithmetic,
    }
    med = interleaved(cases, runs, warmup=5)
    return [
        Figure("taakstelling", A, med[A], "µs", B, med[B], GOAL),
        Figure(
            "taakstelling",
            "+ uitleg_gemeente (one gemeente)",
            med["+ uitleg_gemeente (one gemeente)"],
            "µs",
            B,
            med[B],
        ),
        Figure(
            "taakstelling",
            "arithmetic only (list of ints)",
            med["arithmetic only (list of ints)"],
            "µs",
            B,
            med[B],
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=301, help="rounds (default 301)")
    print_table(measure(parser.parse_args().n))


if __name__ == "__main__":
    main()
