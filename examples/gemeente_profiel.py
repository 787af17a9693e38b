"""Example: look up gemeenten, explain a profile, and summarise inhabitants per province.

Run: ``python examples/gemeente_profiel.py`` (executed in CI).
"""

from __future__ import annotations

from datetime import date

import asielketen

PEILDATUM = date(2025, 10, 6)  # the day of the Het Hogeland judgment, as an example reference date


def main() -> None:
    r = asielketen.register()

    uitkomst = asielketen.gemeenteprofiel("Het Hogeland", peildatum=PEILDATUM)
    print(uitkomst.uitleg())
    print()

    print("Inwoners per provincie op 2024-01-01 (Bron: CBS):")
    totaal = 0
    for p in r.provincies:
        inwoners = sum(g.inwoners_op(date(2024, 1, 1)).aantal for g in r.gemeenten_in(p))
        totaal += inwoners
        print(f"  {p.naam:<14} {len(r.gemeenten_in(p)):>3} gemeenten {inwoners:>10,}".replace(",", "."))
    print(f"  {'Nederland':<14} {len(r.gemeenten):>3} gemeenten {totaal:>10,}".replace(",", "."))
    assert totaal == r.totaal_inwoners(date(2024, 1, 1))

    print()
    for naam in ("Den Haag", "Friesland", "Nuenen"):
        try:
            print(f"{naam!r} -> {r.gemeente(naam)}")
        except asielketen.UnknownNameError as fout:
            print(f"{naam!r} -> {fout}")


if __name__ == "__main__":
    main()
