"""Generate the pictures of docs/figures.md: four PNGs from shipped data and documented example inputs.

Run ``python scripts/gen_figures.py [OUT_DIR] [--taal nl|en]`` (default ``docs/figures/``, in the
current language: Dutch), or call ``main(out_dir, taal=...)`` — the MkDocs hook
(``scripts/mkdocs_hooks.py``) does so during ``mkdocs build``. Needs the ``plot`` extra
(matplotlib). ``docs/figures/`` is generated, not committed. The titles, labels and captions come
from the message catalogue (:mod:`asielketen.plot`); the two notes on the example inputs below are
this script's own, in both languages (:data:`TOELICHTINGEN`).

Inputs (all shipped with the library, or the example inputs of ``docs/`` and ``examples/``):

* **Spreidingswet, realisation against opgave** — the opgave is the indicative distribution of
  cycle 2024 (raming 96,000 places, Stcrt. 2024, 3320; CBS inhabitants on 1 January 2024; the
  inhabitants-only key, because the SES-WOA scores are not shipped — an *aanname*), taken as each
  province's verdeelbesluit, published 23 December 2024 (the date of the example in
  ``docs/spreidingswet.md``). The realised places are those of the example locations of
  ``examples/opvang.py`` on 1 June 2026, through :func:`asielketen.opvang.realisaties` — example
  data, not a count of real places.
* **Statushouders** — the taakstellingen of 2025-H1 and 2025-H2 with the shipped national numbers vg
  (17,700 as published before 2025-H1, ADR 0009, and 13,000; status *pers*).
* **Oekraïne** — the compensation for 120 realised places (as in ``examples/oekraine.py``) per
  calendar quarter from the start of the regime (1 April 2022) through the first quarter of 2026.
* **Opvang** — the minister's reference scenario of 26 March 2026 (4,500 places short, 7,900 from the
  end of summer) with the spoednoodopvang and hotel of ``examples/opvang.py`` added, from 26 March
  through 1 September 2026, the last day the scenario has a figure for (as in ``examples/opvang.py``
  and ``docs/opvang.md``).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from asielketen import plot
from asielketen.explain import Uitkomst
from asielketen.oekraine import Vergoeding, vergoeding
from asielketen.opvang import (
    Bestuursovereenkomst,
    Locatie,
    Locatiesoort,
    realisaties,
    referentiescenario,
    tekortverloop,
)
from asielketen.periods import Cyclus, Periode
from asielketen.spreidingswet import Stand, Toewijzing, Verdeelbesluit, raming, stand, verdeel
from asielketen.statushouders import taakstellingen
from asielketen.taal import TALEN, Taal, huidige_taal, valideer_taal

OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "figures"
"""Where the PNGs go by default (gitignored: generated in CI)."""

RAMINGSDATUM = date(2024, 1, 31)
"""The date of the cycle-2024 raming (Stcrt. 2024, 3320), as in docs/spreidingswet.md."""
VERDEELBESLUIT_BEKENDGEMAAKT = date(2024, 12, 23)
"""Publication date used for the verdeelbesluiten (as in the example of docs/spreidingswet.md)."""
STAND_OP = date(2026, 6, 1)
"""The peildatum of the realisation picture."""
OEKRAINE_PLAATSEN = 120
"""Realised places in the Oekraïne picture (as in examples/oekraine.py)."""
OEKRAINE_VAN, OEKRAINE_TOT = date(2022, 4, 1), date(2026, 4, 1)
"""The quarters of the Oekraïne picture: from the start of the regime to the end of 2026-Q1."""
TEKORT_PERIODE = Periode(date(2026, 3, 26), date(2026, 9, 2))
"""The period of the shortage picture (as in examples/opvang.py)."""

TOELICHTINGEN: dict[str, dict[Taal, str]] = {
    "realisatie": {
        "nl": "Opgave: indicatieve verdeling cyclus 2024 (96.000, inwonerssleutel) als verdeelbesluit; "
        "gerealiseerd: de voorbeeldlocaties van examples/opvang.py, geen echte telling.",
        "en": "Opgave: the indicative distribution of cycle 2024 (96,000, inhabitants key) as "
        "verdeelbesluit; realised: the example locations of examples/opvang.py, not a real count.",
    },
    "tekort": {
        "nl": "Behoefte: het tekort boven de bestaande capaciteit volgens de minister; "
        "capaciteit: de spoednoodopvang en het hotel van examples/opvang.py.",
        "en": "Need: the shortage beyond the existing capacity according to the minister; "
        "capacity: the spoednoodopvang and the hotel of examples/opvang.py.",
    },
}
"""The notes put before the source caption of two pictures, per language (they describe this
script's example inputs, so they live here rather than in the library's catalogue)."""


def _locatie(
    id: str, soort: Locatiesoort, gemeente: str, van: date, tot: date | None, plaatsen: int
) -> Locatie:
    """A location with one bestuursovereenkomst (example data of examples/opvang.py)."""
    return Locatie(
        id=id,
        naam=id,
        soort=soort,
        gemeentecode=gemeente,
        overeenkomsten=[Bestuursovereenkomst(periode=Periode(van, tot), capaciteit=plaatsen)],
    )


VOORBEELDLOCATIES = (
    _locatie("ter-apel", Locatiesoort.AANMELDCENTRUM, "GM1950", date(2024, 1, 1), None, 2000),
    _locatie("azc-groningen", Locatiesoort.AZC, "GM0014", date(2021, 1, 1), date(2031, 1, 1), 500),
    _locatie(
        "spoed-zwolle", Locatiesoort.SPOEDNOODOPVANG, "GM0193", date(2026, 5, 1), date(2026, 11, 1), 300
    ),
    _locatie("hotel-duiven", Locatiesoort.HOTEL, "GM0226", date(2026, 4, 1), date(2027, 4, 1), 120),
)
"""The example locations of examples/opvang.py (not real agreements)."""


def realisatie_stand() -> Uitkomst[Stand]:
    """The stand of the realisation picture (see the module docstring for its inputs)."""
    spreiding = verdeel(raming(Cyclus(2024)), peildatum=RAMINGSDATUM).waarde
    besluiten = [
        Verdeelbesluit(
            provinciecode=p.provinciecode,
            cyclus=Cyclus(2024),
            bekendgemaakt=VERDEELBESLUIT_BEKENDGEMAAKT,
            toewijzingen=[
                Toewijzing(gemeentecode=g.gemeentecode, plaatsen=g.plaatsen, amv=g.amv)
                for g in spreiding.gemeenten
                if g.provinciecode == p.provinciecode and g.plaatsen > 0
            ],
        )
        for p in spreiding.provincies
    ]
    gerealiseerd = realisaties(VOORBEELDLOCATIES, STAND_OP).waarde
    return stand(besluiten, gerealiseerd, STAND_OP)


def oekraine_kwartalen() -> list[Uitkomst[Vergoeding]]:
    """The compensation per calendar quarter for the Oekraïne picture."""
    uitkomsten = []
    van = OEKRAINE_VAN
    while van < OEKRAINE_TOT:
        tot = van + relativedelta(months=3)
        uitkomsten.append(vergoeding(OEKRAINE_PLAATSEN, Periode(van, tot)))
        van = tot
    return uitkomsten


def _opslaan(ax: Any, pad: Path) -> Path:
    ax.figure.savefig(pad, dpi=110)
    return pad


def main(out_dir: Path | None = None, *, taal: Taal | None = None) -> list[Path]:
    """Write the four PNGs into ``out_dir`` (default ``docs/figures/``) and return their paths.

    Texts in ``taal`` (``"nl"`` or ``"en"``; default: the current language, Dutch unless set).
    """
    t = huidige_taal() if taal is None else valideer_taal(taal)
    doel = OUT_DIR if out_dir is None else Path(out_dir)
    doel.mkdir(parents=True, exist_ok=True)
    scenario = referentiescenario().waarde.met_locaties(*VOORBEELDLOCATIES[2:])
    return [
        _opslaan(
            plot.realisatie_per_provincie(
                realisatie_stand(), toelichting=TOELICHTINGEN["realisatie"][t], taal=t
            ),
            doel / "realisatie_per_provincie.png",
        ),
        _opslaan(
            plot.taakstelling_per_provincie([taakstellingen("2025-H1"), taakstellingen("2025-H2")], taal=t),
            doel / "taakstelling_per_provincie.png",
        ),
        _opslaan(plot.vergoeding_verloop(oekraine_kwartalen(), taal=t), doel / "oekraine_vergoeding.png"),
        _opslaan(
            plot.tekort_verloop(
                tekortverloop(scenario, TEKORT_PERIODE), toelichting=TOELICHTINGEN["tekort"][t], taal=t
            ),
            doel / "opvang_tekort.png",
        ),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Generate the pictures of docs/figures.md.")
    parser.add_argument("out_dir", nargs="?", type=Path, default=None, help="default: docs/figures/")
    parser.add_argument("--taal", choices=TALEN, default=None, help="language of the texts (default: nl)")
    args = parser.parse_args()
    for pad in main(args.out_dir, taal=args.taal):
        print(pad)
