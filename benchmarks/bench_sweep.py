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

The sweep API of issue 18 (:mod:`asielketen.sweep`), each figure beside its baseline measured in
the same run:

- per scenario, ``verdeel_reeks`` (inhabitants key, and the legal key of scenario 0's scores) and
  ``taakstelling_reeks`` against a plain exact-integer loop over the same precomputed weights —
  ``[(2*bo*w + som) // (2*som) for w in gewichten]`` and ``[-(-(vg*ig) // i_n) for ig in inwoners]``
  — side by side (``_timing.interleaved``, CPU time, medians; goal of issue 18: ≤ 1.5×);
- 100,000 needs through ``verdeel_reeks`` on one core, in CPU time (goal: under 6 s; with fewer
  scenarios, as ``--quick`` does, measured on ten times ``--scenarios`` and extrapolated);
- the peak memory (``tracemalloc``) of streaming ``verdeel_stroom`` over a generator of N and of
  10×N needs (flat: ratio ≤ 1.2);
- ``verdeel_reeks`` and ``taakstelling_reeks`` (one key, and a key per scenario) with a
  ``ProcessPoolExecutor``: the results must be identical to ``executor=None`` (``WRONG`` otherwise);
- the same on a local Dask cluster (``distributed.LocalCluster``, 2 worker processes) when the
  extra ``dask`` is installed; otherwise the row says it was skipped.

Never asserted in tests. Run: ``python benchmarks/bench_sweep.py [--scenarios N] [--full N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import random
import time
import tracemalloc
from array import array
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import date
from decimal import Decimal
from functools import cache

from _timing import Figure, interleaved, print_table

from asielketen.gebied import register
from asielketen.spreidingswet import SesScore, SesWoa, verdeel, verdeel_aantallen, wegingsgewichten
from asielketen.statushouders import taakstelling_aantallen, taakstellingen
from asielketen.sweep import Reeks, taakstelling_reeks, verdeel_reeks, verdeel_stroom

SEED = 20_250_701
PEILDATUM = date(2024, 1, 1)
GOAL = 10.0
SCENARIOS = 10_000
SWEEP_PEILDATUM = date(2024, 1, 31)  # the inhabitants of 1 January 2024, as in _basis()
HALFJAAR = "2025-H2"  # its inhabitants: 1 January 2024 as well
PER_SCENARIO_GOAL = 1.5
REEKS_SCENARIOS = 100_000
REEKS_GOAL = 6.0
FLAT_GOAL = 1.2


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


# -- issue 18: the sweep API ------------------------------------------------------------------------


def behoeften(n: int, start: int = 0) -> list[int]:
    """The needs BO of scenarios ``start … start+n-1`` (as :func:`scenario` draws them)."""
    return [random.Random(SEED + i).randrange(200_001) for i in range(start, start + n)]


def landelijk(n: int) -> list[int]:
    """The national numbers vg of scenarios ``0 … n-1`` (as :func:`scenario` draws them)."""
    uit = []
    for i in range(n):
        rng = random.Random(SEED + i)
        rng.randrange(200_001)
        uit.append(rng.randrange(30_001))
    return uit


def per_scenario(batch: int, runs: int) -> list[Figure]:
    """``verdeel_reeks`` and ``taakstelling_reeks`` per scenario beside the plain exact-integer loop."""
    _, inwoners = _basis()
    bos, vgs = behoeften(batch), landelijk(batch)
    sleutel = ses(scenario(0)[1])
    gewichten = list(inwoners)
    som = sum(gewichten)
    ses_gewichten = list(wegingsgewichten(inwoners, [s.score for s in sleutel.scores]))
    ses_som = sum(ses_gewichten)
    i_n = sum(inwoners)

    def plain(g: list[int], t: int) -> Callable[[], list[list[int]]]:
        return lambda: [[(2 * bo * w + t) // (2 * t) for w in g] for bo in bos]

    def plain_taakstelling() -> list[list[int]]:
        return [[-(-(vg * ig) // i_n) for ig in inwoners] for vg in vgs]

    gewoon, wettelijk = plain(gewichten, som), plain(ses_gewichten, ses_som)
    cases: dict[str, Callable[[], object]] = {
        "verdeel_reeks": lambda: verdeel_reeks(bos, peildatum=SWEEP_PEILDATUM),
        "plain loop": gewoon,
        "verdeel_reeks, legal key": lambda: verdeel_reeks(bos, ses=sleutel, peildatum=SWEEP_PEILDATUM),
        "plain loop, legal key": wettelijk,
        "taakstelling_reeks": lambda: taakstelling_reeks(vgs, halfjaar=HALFJAAR),
        "plain loop, taakstelling": plain_taakstelling,
    }

    def rijen_van(lijsten: list[list[int]]) -> tuple[tuple[int, ...], ...]:
        return tuple(map(tuple, lijsten))

    same = (
        verdeel_reeks(bos, peildatum=SWEEP_PEILDATUM).plaatsen == rijen_van(gewoon())
        and verdeel_reeks(bos, ses=sleutel, peildatum=SWEEP_PEILDATUM).plaatsen == rijen_van(wettelijk())
        and taakstelling_reeks(vgs, halfjaar=HALFJAAR).plaatsen == rijen_van(plain_taakstelling())
    )
    med = {k: v / batch for k, v in interleaved(cases, runs, warmup=1).items()}
    note = (
        f"per scenario, calls of {batch:,} scenarios side by side (CPU time, median of {runs}); "
        f"same numbers as the plain loop: {'yes' if same else 'NO'}"
    )
    rijen = [
        ("verdeel_reeks", "plain loop", "verdeel_reeks per scenario (inhabitants key)"),
        ("verdeel_reeks, legal key", "plain loop, legal key", "verdeel_reeks per scenario (legal key)"),
        ("taakstelling_reeks", "plain loop, taakstelling", "taakstelling_reeks per scenario"),
    ]
    return [
        Figure(
            "scenario sweep",
            case,
            med[a],
            "µs",
            "plain exact-integer loop",
            med[b],
            PER_SCENARIO_GOAL,
            note=note,
            ok=same,
        )
        for a, b, case in rijen
    ]


def honderdduizend(n: int) -> Figure:
    """``verdeel_reeks`` of ``n`` needs on one core (CPU time), scaled to 100,000."""
    bos = behoeften(n)
    verdeel_reeks(bos[:10], peildatum=SWEEP_PEILDATUM)  # the register and the rule loaded
    start, cpu = time.perf_counter(), time.process_time()
    r = verdeel_reeks(bos, peildatum=SWEEP_PEILDATUM)
    wall, cpu_t = time.perf_counter() - start, time.process_time() - cpu
    scale = REEKS_SCENARIOS / n
    measured = "" if n == REEKS_SCENARIOS else f" (measured {n:,}, ×{scale:g})"
    ok = len(r) == n
    del r
    return Figure(
        "scenario sweep",
        f"verdeel_reeks, {REEKS_SCENARIOS:,} needs, 1 core{measured}",
        cpu_t * scale,
        "s",
        goal=REEKS_GOAL,
        note=f"CPU time of one call, the Reeks of all rows built (wall {wall * scale:.1f} s)",
        ok=ok,
    )


def _piek(n: int, blok: int | None) -> int:
    """The peak memory (tracemalloc) of streaming ``verdeel_stroom`` over a generator of ``n`` needs."""

    def gen() -> Iterator[int]:
        for i in range(n):
            yield 90_000 + i % 1_000  # needs of one size: each row's numbers are alike

    tracemalloc.start()
    try:
        for _ in verdeel_stroom(gen(), peildatum=SWEEP_PEILDATUM, blok=blok):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def geheugen(n: int, blok: int | None = None) -> Figure:
    """Streamed peak memory at ``10 × n`` scenarios against ``n`` (chunks of ``blok`` ≤ ``n``
    scenarios, default 1,000): flat means a ratio near 1."""
    _piek(100, blok)  # caches of the rule and the register's columns, before measuring
    klein, groot = _piek(n, blok), _piek(10 * n, blok)
    return Figure(
        "scenario sweep",
        f"verdeel_stroom peak memory, {10 * n:,} needs streamed",
        groot,
        "MB",
        f"{n:,} needs",
        klein,
        FLAT_GOAL,
        note=f"tracemalloc peak of iterating over a stream of a generator (chunks of {blok or 1_000:,} "
        "scenarios)",
    )


def _alle(executor: Executor | None, n: int) -> list[Reeks]:
    """Every kind of sweep on the first ``n`` scenarios: one key, a key per scenario, taakstelling."""
    bos = behoeften(n)
    sleutels = (ses(scenario(i)[1]) for i in range(min(n, 200)))
    return [
        verdeel_reeks(bos, peildatum=SWEEP_PEILDATUM, executor=executor),
        verdeel_reeks(bos[:200], ses=sleutels, peildatum=SWEEP_PEILDATUM, executor=executor, blok=25),
        taakstelling_reeks(landelijk(n), halfjaar=HALFJAAR, executor=executor),
    ]


def uitvoerders(n: int) -> list[Figure]:
    """The sweeps with a ProcessPoolExecutor and (extra dask) a Dask LocalCluster, against ``None``."""
    verwacht = _alle(None, n)
    workers = os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers) as pool:
        start = time.perf_counter()
        same = _alle(pool, n) == verwacht
        wall = time.perf_counter() - start
    uit = [
        Figure(
            "scenario sweep",
            f"sweep API, ProcessPoolExecutor ({workers} processes), wall",
            wall,
            "s",
            note=f"verdeel_reeks ({n:,} needs; 200 with a key each) and taakstelling_reeks ({n:,}): "
            f"identical to executor=None: {'yes' if same else 'NO'}",
            ok=same,
        )
    ]
    case = "sweep API, Dask LocalCluster (2 worker processes), wall"
    if importlib.util.find_spec("distributed") is None:
        uit.append(
            Figure(
                "scenario sweep",
                case,
                float("nan"),
                "s",
                note="skipped: Dask is not installed (pip install 'asielketen[dask]')",
            )
        )
        return uit
    from distributed import Client, LocalCluster

    start = time.perf_counter()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        opstart = time.perf_counter() - start
        start = time.perf_counter()
        same = _alle(client.get_executor(), n) == verwacht
        wall = time.perf_counter() - start
    uit.append(
        Figure(
            "scenario sweep",
            case,
            wall,
            "s",
            note=f"the same sweeps: identical to executor=None: {'yes' if same else 'NO'} "
            f"(cluster started in {opstart:.1f} s, not counted)",
            ok=same,
        )
    )
    return uit


def measure(n: int = SCENARIOS, n_full: int = 200) -> list[Figure]:
    """Sequential and parallel sweep of ``n`` scenarios; the full rules on ``n_full`` (extrapolated);
    then the sweep API of issue 18 (see the module docstring).

    The one-core figures are CPU time of this process ("on one core": other work on a shared machine
    does not count); wall time is in the note. The parallel figure is wall time. With fewer than
    10,000 scenarios (``--quick``) the sweep API's figures are measured on fewer scenarios and
    rounds: 100,000 needs are extrapolated from ``10 × n``, the memory compares ``n`` with ``10 × n``.
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
    quick = n < SCENARIOS
    api = [
        *per_scenario(200 if quick else 1_000, 3 if quick else 7),
        honderdduizend(min(REEKS_SCENARIOS, 10 * n) if quick else REEKS_SCENARIOS),
        geheugen(300, blok=100) if quick else geheugen(2_000),
        *uitvoerders(n),
    ]
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
        *api,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenarios", type=int, default=SCENARIOS, help="scenarios (default 10,000)")
    parser.add_argument("--full", type=int, default=200, help="scenarios through the full rules (200)")
    args = parser.parse_args()
    print_table(measure(args.scenarios, args.full))


if __name__ == "__main__":
    main()
