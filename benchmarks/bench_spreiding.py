"""The full national Spreidingswet distribution against the PyPI package ``apportionment``.

Measures in one process, side by side (A B A B …, medians of N rounds after a warm-up):

- ``asielketen.spreidingswet.verdeel`` — the legal rounding over all 342 gemeenten **with its result
  objects and explanation** (BO = 96,000), once with the inhabitants key (what verdeel uses without
  SES-WOA scores) and once with the legal key (SES-WOA + 1) × iG, using seeded synthetic SES-WOA
  scores with three decimals (CBS scores are not shipped);
- ``apportionment.methods.compute("largest_remainder", weights, 96000, verbose=False)`` on the very
  weights verdeel uses in each case (the goal of issue 10: verdeel at most 0.5× this);
- for information: with the amv part, with ``Methode.HAMILTON``, and the bare integer core.

Never asserted in tests. Run: ``pip install apportionment && python benchmarks/bench_spreiding.py``.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from _timing import Figure, interleaved, print_table

from asielketen.apportion import grootste_overschot
from asielketen.gebied import register
from asielketen.spreidingswet import Methode, SesScore, SesWoa, verdeel

PEILDATUM = date(2024, 1, 31)
INWONERS = date(2024, 1, 1)
BO = 96_000
GOAL = 0.5
LR = "apportionment largest_remainder"


def synthetic_ses(seed: int = 2024) -> SesWoa:
    """Seeded SES-WOA scores between −0.6 and +0.6 with three decimals, one per gemeente."""
    rng = random.Random(seed)
    scores = [SesScore(g.code, Decimal(rng.randint(-600, 600)).scaleb(-3)) for g in register().gemeenten]
    return SesWoa(scores=scores, bron="synthetisch (benchmark)")


def _apportionment() -> Any:
    try:
        from apportionment import methods
    except ImportError:
        return None
    return methods


def measure(runs: int) -> list[Figure]:
    """The distribution figures; the apportionment comparison is skipped if it is not installed."""
    reg = register()
    codes = [g.code for g in reg.gemeenten]
    inwoners = [g.inwoners_op(INWONERS).aantal for g in reg.gemeenten]
    ses = synthetic_ses()
    scores = ses.als_dict()
    # the integer weights verdeel uses: iG, or (SES-WOA + 1) × 1000 × iG for three-decimal scores
    wettelijk = [int((scores[c] + 1) * 1000) * i for c, i in zip(codes, inwoners, strict=True)]
    cases: dict[str, Callable[[], object]] = {
        "verdeel (inwoners)": lambda: verdeel(BO, peildatum=PEILDATUM),
        "verdeel (wettelijke sleutel)": lambda: verdeel(BO, peildatum=PEILDATUM, ses=ses),
        "verdeel (inwoners, + amv)": lambda: verdeel(BO, amv=8140, peildatum=PEILDATUM),
        "verdeel (inwoners, hamilton)": lambda: verdeel(BO, peildatum=PEILDATUM, methode=Methode.HAMILTON),
        "grootste_overschot (bare core)": lambda: grootste_overschot(
            BO, dict(zip(codes, inwoners, strict=True))
        ),
    }
    methods = _apportionment()
    if methods is not None:
        cases[LR + " (inwoners)"] = lambda: methods.compute(
            "largest_remainder", inwoners, BO, parties=codes, verbose=False
        )
        cases[LR + " (wettelijk)"] = lambda: methods.compute(
            "largest_remainder", wettelijk, BO, parties=codes, verbose=False
        )
    med = interleaved(cases, runs)
    skipped = (
        "" if methods is not None else "apportionment not installed (pip install apportionment): no ratio"
    )
    b_name = LR if methods is not None else None
    base_i, base_w = med.get(LR + " (inwoners)"), med.get(LR + " (wettelijk)")
    legal = "synthetic SES-WOA scores (seeded); apportionment on the same integer weights"
    figures = [
        Figure(
            "distribution",
            "verdeel (inwoners)",
            med["verdeel (inwoners)"],
            "ms",
            b_name,
            base_i,
            GOAL,
            skipped,
        ),
        Figure(
            "distribution",
            "verdeel (wettelijke sleutel)",
            med["verdeel (wettelijke sleutel)"],
            "ms",
            b_name,
            base_w,
            GOAL,
            legal,
        ),
    ]
    for case in (
        "verdeel (inwoners, + amv)",
        "verdeel (inwoners, hamilton)",
        "grootste_overschot (bare core)",
    ):
        figures.append(Figure("distribution", case, med[case], "ms", b_name, base_i))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=31, help="rounds (default 31)")
    print_table(measure(parser.parse_args().n))


if __name__ == "__main__":
    main()
