"""Example: a national uncertainty sweep — the Spreidingswet distribution for 20,000 possible needs.

The national need of the next cycle is uncertain; here it is drawn from a triangular distribution
around the raming of 96,000 (an illustration, not a forecast). ``verdeel_stroom`` reads the
scenarios lazily and gives one row per scenario, so memory stays flat however many there are;
``executor=`` spreads the chunks over two processes with results identical to one process. Then
the taakstellingen of 2026-H1 for three national numbers (the half-year's vg is not yet known).

Run: ``python examples/sweep.py`` (executed in CI; a few seconds). Only the core is needed; with
the ``pandas`` extra, ``Reeks.to_frame()`` gives a DataFrame, and with ``dask`` the same sweep runs
on a cluster (``docs/sweep.md``).
"""

from __future__ import annotations

import random
import statistics
from concurrent.futures import ProcessPoolExecutor

from asielketen.sweep import taakstelling_reeks, verdeel_stroom

SCENARIOS = 20_000
GEMEENTEN = ("GM0363", "GM0599", "GM1966")  # Amsterdam, Rotterdam, Het Hogeland


def main() -> None:
    rng = random.Random(2026)
    behoeften = (round(rng.triangular(80_000, 130_000, 96_000)) for _ in range(SCENARIOS))
    with ProcessPoolExecutor(max_workers=2) as pool:
        stroom = verdeel_stroom(behoeften, peildatum="2026-01-31", executor=pool, blok=2_000)
        kolommen = [stroom.gemeentecodes.index(code) for code in GEMEENTEN]
        per_gemeente: list[list[int]] = [[] for _ in GEMEENTEN]
        with stroom:
            for rij in stroom:
                for lijst, j in zip(per_gemeente, kolommen, strict=True):
                    lijst.append(rij.plaatsen[j])
    print(f"{SCENARIOS:,} scenarios, inhabitants of {stroom.inwoners_peildatum}, statuses that are")
    print(f"uncertain: {', '.join(s.value for s in stroom.onzeker_door) or 'none'}")
    for code, lijst in zip(GEMEENTEN, per_gemeente, strict=True):
        q = statistics.quantiles(lijst, n=20)
        midden = statistics.median(lijst)
        print(f"  {code}: median {midden:,.0f} places, 90% between {q[0]:,.0f} and {q[-1]:,.0f}")

    t = taakstelling_reeks([10_000, 12_000, 14_000], halfjaar="2026-H1")
    print(f"taakstelling 2026-H1 of Het Hogeland for vg 10,000 / 12,000 / 14,000: {t.kolom('Het Hogeland')}")


if __name__ == "__main__":  # the worker processes import this module: run only as a script
    main()
