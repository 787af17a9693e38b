"""Example: the two duties of Oekraïne opvang for a gemeente, and the compensation for its places.

Run: ``python examples/oekraine.py`` (executed in CI).
"""

from __future__ import annotations

from datetime import date

from asielketen.oekraine import Plichtuitkomst, oekraine_plichten, vergoeding
from asielketen.periods import Periode


def main() -> None:
    """Print both duties of Het Hogeland on the day of the judgment, and a compensation."""
    plichten = oekraine_plichten("Het Hogeland", date(2025, 10, 6), plaatsen=120, bezet=120, gevraagd=150)
    ind = plichten.individueel
    col = plichten.collectief
    print(ind.uitleg(waarde_tekst=f"{ind.waarde.soort.value}: {ind.waarde.samenvatting}"))
    print()
    print(col.uitleg(waarde_tekst=f"{col.waarde.soort.value}: {col.waarde.samenvatting}"))
    assert ind.waarde.uitkomst is Plichtuitkomst.ALTERNATIEF and ind.waarde.plicht
    assert col.waarde.tekort == 30 and not col.waarde.individuele_aanspraak

    print()
    v = vergoeding(120, Periode(date(2025, 10, 1), date(2026, 1, 1)), huishoudens_met_inkomen=[1, 2, 1])
    print(v.uitleg(waarde_tekst=f"EUR {v.waarde.totaal}"))
    assert v.waarde.gemeentelijke_opvang == 120 * 92 * 44


if __name__ == "__main__":
    main()
