"""Every loader of user files runs in linear time; peak memory of a 1,000,000-row file.

For each public loader a CSV of 1,000 and of 100,000 rows is written and read; the figure is the time
per row at 100k divided by the time per row at 1k (goal ≤ 2: flat). Loaders whose valid rows are
bounded by the 342 gemeenten (inhabitants, SES-WOA, networks, verdeelbesluiten) get rows that repeat
gemeenten, so every row past the 342nd is a reported (and counted) duplicate — the path a wrong
file takes. ``lees_locaties`` gets one location with many consecutive agreements (the case that was
quadratic), ``lees_bezetting`` one location counted every day, ``lees_nachten`` one count a night.

Memory: ``tracemalloc`` peak while ``lees_nachten`` reads a file of 1,000,000 nights (in a fresh
process), reported with the file's size and the ratio (information: the result itself, a million
``Nachttelling`` objects, dominates). Run alone: ``python benchmarks/bench_loaders.py [--quick]``.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from _timing import Figure, print_table

GOAL = 2.0


def _codes() -> list[str]:
    from asielketen import register

    return [g.code for g in register().gemeenten]


def _dagen(n: int) -> list[str]:
    start = date(1800, 1, 1)
    return [(start + timedelta(days=i)).isoformat() for i in range(n)]


def _bestanden(n: int) -> dict[str, tuple[str, Callable[[Path], object]]]:
    """Loader name → (CSV text of ``n`` rows, read function)."""
    from asielketen import opvang, spreidingswet, statushouders
    from asielketen.gebied import register
    from asielketen.opvang import Bestuursovereenkomst, Locatie, Locatiesoort
    from asielketen.periods import Periode

    codes = _codes()
    rondje = [codes[i % len(codes)] for i in range(n)]
    dagen = _dagen(n + 1)
    peil = date(2025, 1, 1)
    loc = Locatie(
        id="L1",
        naam="azc",
        soort=Locatiesoort.AZC,
        gemeentecode="GM0363",
        overeenkomsten=[Bestuursovereenkomst(periode=Periode(date(1800, 1, 1), None), capaciteit=10**6)],
    )
    pv = {g.code: g.provinciecode for g in register().gemeenten}

    def tekst(kop: str, rijen: list[str]) -> str:
        return kop + "\n" + "\n".join(rijen) + "\n"

    return {
        "Register.met_inwoners_csv": (
            tekst("gemeentecode,inwoners", [f"{c},{1000 + i}" for i, c in enumerate(rondje)]),
            lambda p: register().met_inwoners_csv(p, peil),
        ),
        "spreidingswet.lees_ses_csv": (
            tekst("gemeentecode,ses_woa", [f"{c},0.{i % 97}" for i, c in enumerate(rondje)]),
            lambda p: spreidingswet.lees_ses_csv(p, peildatum=peil),
        ),
        "spreidingswet.lees_verdeelbesluiten": (
            tekst(
                "provinciecode,ramingsjaar,bekendgemaakt,gemeentecode,plaatsen",
                [f"{pv[c]},2024,2024-03-01,{c},10" for c in rondje],
            ),
            spreidingswet.lees_verdeelbesluiten,
        ),
        "spreidingswet.lees_realisaties": (
            tekst(
                "gemeentecode,peildatum,plaatsen",
                [f"{codes[i % len(codes)]},{dagen[i // len(codes)]},5" for i in range(n)],
            ),
            spreidingswet.lees_realisaties,
        ),
        "statushouders.met_netwerken_csv": (
            tekst("netwerk,gemeentecode", [f"K80,{c}" for c in rondje]),
            lambda p: statushouders.met_netwerken_csv(p, peildatum=peil),
        ),
        "opvang.lees_locaties": (
            tekst(
                "locatie_id,naam,soort,gemeente,van,tot,capaciteit",
                [f"L1,azc,azc,GM0363,{dagen[i]},{dagen[i + 1]},100" for i in range(n)],
            ),
            opvang.lees_locaties,
        ),
        "opvang.lees_bezetting": (
            tekst("locatie_id,datum,personen", [f"L1,{d},{i % 500}" for i, d in enumerate(dagen[:n])]),
            lambda p: opvang.lees_bezetting(p, [loc]),
        ),
        "opvang.lees_nachten": (
            tekst("datum,personen", [f"{d},{1800 + i % 400}" for i, d in enumerate(dagen[:n])]),
            opvang.lees_nachten,
        ),
    }


def _tijd(lees: Callable[[Path], object], pad: Path, rondes: int) -> float:
    """Best of ``rondes`` reads, in seconds (a documented error of a wrong file counts as a read)."""
    from asielketen.errors import AsielketenError

    beste = float("inf")
    for _ in range(rondes):
        start = time.perf_counter()
        with contextlib.suppress(AsielketenError):
            lees(pad)
        beste = min(beste, time.perf_counter() - start)
    return beste


_PROBE = r"""
import json, sys, tracemalloc
from asielketen import opvang
tracemalloc.start()
opvang.lees_nachten(sys.argv[1])
print(json.dumps(tracemalloc.get_traced_memory()[1]))
"""


def measure(klein: int = 1_000, groot: int = 100_000, geheugen_rijen: int = 1_000_000) -> list[Figure]:
    """Time per row at ``groot`` over time per row at ``klein`` for every loader; memory peak."""
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(tmp)
        kleine, grote = _bestanden(klein), _bestanden(groot)
        for naam, (tekst_k, lees) in kleine.items():
            pk, pg = map_ / f"k-{naam}.csv", map_ / f"g-{naam}.csv"
            pk.write_text(tekst_k, encoding="utf-8")
            pg.write_text(grote[naam][0], encoding="utf-8")
            per_rij_k = _tijd(lees, pk, 5) / klein
            per_rij_g = _tijd(lees, pg, 2) / groot
            figures.append(
                Figure(
                    "loaders",
                    f"{naam}: s/row at {groot:,} rows",
                    per_rij_g,
                    "s",
                    f"s/row at {klein:,} rows",
                    per_rij_k,
                    GOAL,
                    note=f"{per_rij_g * 1e6:.1f} µs/row vs {per_rij_k * 1e6:.1f} µs/row",
                )
            )
        pad = map_ / "nachten-groot.csv"
        dagen = _dagen(geheugen_rijen)
        pad.write_text(
            "datum,personen\n" + "\n".join(f"{d},{1800 + i % 400}" for i, d in enumerate(dagen)) + "\n",
            encoding="utf-8",
        )
        grootte = pad.stat().st_size
        out = subprocess.run(
            [sys.executable, "-c", _PROBE, str(pad)], check=True, capture_output=True, text=True
        )
        piek = float(json.loads(out.stdout))
        figures.append(
            Figure(
                "loaders",
                f"lees_nachten peak memory, {geheugen_rijen:,} rows",
                piek,
                "MB",
                "file size",
                grootte,
                None,
                note=f"information: {piek / grootte:.1f}× the file; the result objects dominate",
            )
        )
    return figures


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    print_table(measure(1_000, 10_000, 100_000) if quick else measure())
