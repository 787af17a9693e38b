"""A downstream project's use of the public API; ``mypy --strict`` must accept it as it is.

``tests/test_typing.py`` type-checks this file (and ``wrong.py``) and runs :func:`main`, so the
annotations below are both checked and true at run time.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import asielketen
from asielketen import (
    Bron,
    Cyclus,
    Gemeente,
    Halfjaar,
    Methode,
    Periode,
    Raming,
    Spreiding,
    Status,
    Taakstelling,
    Uitkomst,
    Vergoeding,
    from_json,
    raming,
    register,
    taakstelling_voor,
    to_json,
    verdeel,
    vergoeding,
)
from asielketen.spreidingswet import Realisatie


def main() -> dict[str, object]:
    """Use the API the way a tool would, and return what it read (for the test to check)."""
    reg = asielketen.register()
    assert reg is register()
    gemeente: Gemeente = reg.gemeente("Het Hogeland")
    inwoners: int = gemeente.inwoners_op(date(2024, 1, 1)).aantal

    # Spreidingswet: the raming of a cycle and its distribution over the gemeenten
    r: Uitkomst[Raming] = raming(Cyclus(2024))
    spreiding: Uitkomst[Spreiding] = verdeel(r, peildatum=date(2024, 1, 31), methode=Methode.WET)
    hogeland = next(g for g in spreiding.waarde.gemeenten if g.gemeentecode == gemeente.code)
    plaatsen: int = hogeland.plaatsen
    realisatie = Realisatie(gemeentecode=gemeente.code, peildatum=date(2025, 6, 1), plaatsen=plaatsen)

    # statushouders: a taakstelling, its value, sources and explanation
    t: Uitkomst[Taakstelling] = taakstelling_voor(gemeente, Halfjaar(2025, 2))
    taakstelling: int = t.waarde.taakstelling
    bronnen: tuple[Bron, ...] = t.bronnen
    statussen: frozenset[Status] = t.statussen
    uitleg: str = t.uitleg()

    # Oekraïne: money is Decimal
    v: Uitkomst[Vergoeding] = vergoeding(4, Periode(date(2026, 1, 1), date(2026, 3, 1)))
    totaal: Decimal = v.waarde.totaal

    # JSON round trip, typed
    terug: Uitkomst[Taakstelling] = from_json(to_json(t), Uitkomst[Taakstelling])
    assert terug.waarde == t.waarde
    return {
        "inwoners": inwoners,
        "plaatsen": plaatsen,
        "realisatie": realisatie,
        "taakstelling": taakstelling,
        "bronnen": [b.id for b in bronnen],
        "onzeker": Status.PERS in statussen or Status.AANNAME in statussen,
        "uitleg": uitleg,
        "totaal": totaal,
    }


if __name__ == "__main__":
    print(main())
