"""A scenario sweep: 10,000 random national needs and keys through the distribution and the taakstelling.

Every scenario ``i`` is generated from ``random.Random(SEED + i)`` (so any process can regenerate it):

- the distribution: a national need BO in 0 … 200,000 and a random legal key — SES-WOA scores in
  −0.600 … +0.600 (three decimals) for every gemeente, as the integer weights
  ``(SES-WOA + 1) × 1000 × iG`` (``wegingsgewichten`` gives the same up to a common factor) —
  through ``spreidingswet.verdeel_aantallen`` (the legal rounding);
- the taakstelling: a national number vg in 0 … 30,000 and random inhabitants (each gemeente's
  iG of 1 January 2024 × 0.900 … 1.100) through ``statushouders.taakstelling_aantallen``.

Both are the documented fast paths: the same arithmetic as ``verdeel`` and ``taakstellingen`` (one
shared function each, tested to give the full rules' numbers), without result objects. Measured:

- the whole sweep on one core, generating the scenarios included (goal of issue 10: under 10 s), in
  CPU time of the process;
- the same sweep over processes with ``concurrent.futures.ProcessPoolExecutor``; each scenario's
  numbers are hashed (BLAKE2b) and the parallel hashes must equal the sequential ones;
- for information: the full rules with result objects and explanations (``verdeel`` with a
  ``SesWoa``, ``taakstellingen`` with a register carrying the scenario's inhabitants) on the first
  scenarios, extrapolated to the whole sweep, and checked to give the same numbers as the fast path.

Never asserted in tests. Run: ``python benchmarks/bench_sweep.py [--scenarios N] [--full N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import time
from array import array
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from decimal import Decimal
from functools import cache

from _timing import Figure, print_table

from asielketen.gebied import register
from asielketen.spreidingswet import SesScore, SesWoa, verdeel, verdeel_aantallen
from asielketen.statushouders import taakstelling_aantallen, taakstellingen

SEED = 20_250_701
PEILDATUM = date(2024, 1, 1)
GOAL = 10.0
SCENARIOS = 10_000


@cache
def _basis() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The gemeentecodes and their inhabitants on 1 January 2024, in register order (by code)."""
    gemeenten = register().gemeenten
    return tuple(g.code for g in gemeenten), tuple(g.inwoners_op(PEILDATUM).aantal for g in gemeenten)


def scenario(i: int) -> tuple[int, array[int], list[int], int, list[int]]:
    """Scenario ``i``: BO, its random numbers, its integer weights, vg and the inhabitants.

    ``(SES-WOA + 1) × 1000 = 400 + r % 1201`` for each gemeente's random ``r`` (see :func:`ses`).
    """
    _, inwoners = _basis()
    n = len(inwoners)
    rng = random.Random(SEED + i)
    bo = rng.randrange(200_001)
    vg = rng.randrange(30_001)
    ruis = array("H", rng.randbytes(4 * n))
    gewichten = [(400 + x % 1201) * ig for x, ig in zip(ruis, inwoners, strict=False)]
    scenario_inwoners = [ig * (900 + x % 201) // 1000 for ig, x in zip(inwoners, ruis[n:], strict=True)]
    return bo, ruis, gewichten, vg, scenario_inwoners


def ses(ruis: array[int]) -> SesWoa:
    """The scenario's SES-WOA scores (−0.600 … +0.600) as a :class:`SesWoa`, for the full rule."""
    codes, _ = _basis()
    return SesWoa(
        scores=[SesScore(c, Decimal(x % 1201 - 600).scaleb(-3)) for c, x in zip(codes, ruis, strict=False)],
        bron="scenario",
    )


def _digest(plaatsen: tuple[int, ...], taak: tuple[int, ...]) -> bytes:
    return hashlib.blake2b(array("q", plaatsen + taak).tobytes(), digest_size=16).digest()


def sweep(start: int, stop: int) -> list[bytes]:
    """Scenarios ``start … stop-1`` through both fast paths; one hash of the numbers per scenario."""
    uit = []
    for i in range(start, stop):
        bo, _, gewichten, vg, inwoners = scenario(i)
        uit.append(_digest(verdeel_aantallen(bo, gewichten), taakstelling_aantallen(vg, inwoners)))
    return uit


def full_rules(start: int, stop: int) -> list[bytes]:
    """The same scenarios through the full rules with result objects and explanations."""
    codes, _ = _basis()
    reg = register()
    uit = []
    for i in range(start, stop):
        bo, ruis, _, vg, inwoners = scenario(i)
        spreiding = verdeel(bo, peildatum=date(2024, 1, 31), ses=ses(ruis)).waarde
        eigen = reg.met_inwoners(
            PEILDATUM, dict(zip(codes, inwoners, strict=True)), bron="gebruiker:scenario"
        )
        tabel = taakstellingen("2025-H2", landelijk=vg, reg=eigen).waarde
        uit.append(
            _digest(
                tuple(g.plaatsen for g in spreiding.gemeenten),
                tuple(r.volgens_formule for r in tabel.gemeenten),
            )
        )
    return uit


def parallel(n: int, workers: int) -> list[bytes]:
    """The sweep over ``workers`` processes, in chunks, results in scenario order."""
    chunk = max(1, n // (workers * 8))
    bounds = [(s, min(n, s + chunk)) for s in range(0, n, chunk)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parts = pool.map(sweep, *zip(*bounds, strict=True))
        return [d for part in parts for d in part]


def measure(n: int = SCENARIOS, n_full: int = 200) -> list[Figure]:
    """Sequential and parallel sweep of ``n`` scenarios; the full rules on ``n_full`` (extrapolated).

    The one-core figures are CPU time of this process ("on one core": other work on a shared machine
    does not count); wall time is in the note. The parallel figure is wall time.
    """
    _basis()  # the register is loaded before timing, as in a notebook
    workers = os.cpu_count() or 1
    start, cpu = time.perf_counter(), time.process_time()
    seq = sweep(0, n)
    wall_seq, cpu_seq = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    par = parallel(n, workers)
    wall_par = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    full = full_rules(0, n_full)
    wall_full, cpu_full = time.perf_counter() - start, time.process_time() - cpu
    same = par == seq
    same_full = full == seq[:n_full]
    scale = SCENARIOS / n
    extrapolated = "" if n == SCENARIOS else f" (measured {n:,}, ×{scale:g})"
    return [
        Figure(
            "scenario sweep",
            f"{SCENARIOS:,} scenarios, 1 core{extrapolated}",
            cpu_seq * scale,
            "s",
            goal=GOAL,
            note=f"CPU time, generating the scenarios included: {cpu_seq / n * 1e6:.0f} µs per scenario "
            f"(wall time on this shared machine {wall_seq * scale:.1f} s)",
        ),
        Figure(
            "scenario sweep",
            f"same, {workers} processes{extrapolated}, wall",
            wall_par * scale,
            "s",
            note=f"results identical to the sequential sweep: {'yes' if same else 'NO'} ({n:,} hashes)",
            ok=same,
        ),
        Figure(
            "scenario sweep",
            f"full rules with result objects (measured {n_full:,}, ×{SCENARIOS / n_full:g})",
            cpu_full * SCENARIOS / n_full,
            "s",
            note=f"CPU time (wall {wall_full * SCENARIOS / n_full:.0f} s); same numbers as the fast path: "
            f"{'yes' if same_full else 'NO'}",
            ok=same_full,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenarios", type=int, default=SCENARIOS, help="scenarios (default 10,000)")
    parser.add_argument("--full", type=int, default=200, help="scenarios through the full rules (200)")
    args = parser.parse_args()
    print_table(measure(args.scenarios, args.full))


if __name__ == "__main__":
    main()
