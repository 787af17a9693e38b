"""Example: the two duties of Oekraïne opvang for a gemeente, and the compensation for its places.

Run: ``python examples/oekraine.py`` (executed in CI).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from asielketen.oekraine import Capaciteit, Plichtuitkomst, oekraine_plichten, vergoeding
from asielketen.periods import Periode
from asielketen.taal import in_taal


def main() -> None:
    """Print both duties of Het Hogeland on the day of the judgment, and a compensation."""
    # the individual duty weighs the gemeente's own opvang (full), the collective one the places asked
    plichten = oekraine_plichten(
        "Het Hogeland",
        date(2025, 10, 6),
        plaatsen=120,
        gevraagd=150,
        eigen=Capaciteit(plaatsen=120, bezet=120),
    )
    ind = plichten.individueel
    col = plichten.collectief
    print(ind.uitleg(waarde_tekst=f"{ind.waarde.soort.value}: {ind.waarde.samenvatting}"))
    print()
    print(col.uitleg(waarde_tekst=f"{col.waarde.soort.value}: {col.waarde.samenvatting}"))
    assert ind.waarde.uitkomst is Plichtuitkomst.ALTERNATIEF and ind.waarde.plicht
    assert col.waarde.tekort == 30 and not col.waarde.individuele_aanspraak
    print()
    # every sentence is in the catalogue in Dutch (the default) and English
    with in_taal("en"):
        print(f"{ind.waarde.soort.value}: {ind.waarde.samenvatting}")
        print(f"{col.waarde.soort.value}: {col.waarde.samenvatting}")

    print()
    # BooO art. 3 lid 7 deducts what the gemeente received (eigen bijdragen, RooO art. 8)
    v = vergoeding(
        120, Periode(date(2025, 10, 1), date(2026, 1, 1)), ontvangen_eigen_bijdragen=Decimal("2930.64")
    )
    print(v.uitleg(waarde_tekst=f"EUR {v.waarde.totaal} (aftrek: {v.waarde.aftrek.value})"))
    assert v.waarde.gemeentelijke_opvang == 120 * 92 * 44
    assert v.waarde.totaal == 120 * 92 * 44 - Decimal("2930.64") and not v.onzeker


if __name__ == "__main__":
    main()
