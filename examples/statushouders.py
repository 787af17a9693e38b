"""Example: the statushouders taakstelling of a gemeente, a region, a backlog and the VNG action.

The last part prints an explanation in English (``uitleg(taal="en")``).

Run: ``python examples/statushouders.py`` (executed in CI; takes well under a second).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from asielketen import register
from asielketen.statushouders import (
    Realisatie,
    achterstandsverloop,
    met_netwerken_csv,
    taakstelling_voor,
    taakstellingen,
    uitleg_gemeente,
    vng_actie,
    vng_actie_voor,
    voorrangsverbod,
)

NA_BRIEF = date(2026, 6, 1)  # a reference date after the VNG letter of 28 May 2026


def main() -> None:
    reg = register()

    # 1. One gemeente, explained (vg 13,000 for 2025-H2; CBS inhabitants on 1 January 2024).
    print(
        taakstelling_voor("Het Hogeland", "2025-H2").uitleg(waarde_tekst="taakstelling Het Hogeland 2025-H2")
    )
    print()

    # 2. The national table once, then the gemeenten of one province from it.
    u = taakstellingen("2025-H2")
    t = u.waarde
    groningen = {g.code for g in reg.gemeenten_in("Groningen")}
    print(f"2025-H2: vg {t.landelijk_aantal}, som {t.som} (+{t.overschot} door naar boven afronden)")
    for r in t.gemeenten:
        if r.gemeentecode in groningen:
            print(f"  {r.gemeentenaam:<20} {r.inwoners:>8} inwoners  taakstelling {r.taakstelling:>4}")
    assert sum(r.taakstelling for r in t.gemeenten) == t.som >= t.landelijk_aantal
    print(f"  (uitleg per gemeente op verzoek: {uitleg_gemeente(u, 'Groningen').waarde.taakstelling})")
    print()

    # 3. A backlog over two half-years (fictitious housed numbers).
    verloop = achterstandsverloop(
        [
            Realisatie(halfjaar="2025-H1", taakstelling=41, gehuisvest=30),
            Realisatie(halfjaar="2025-H2", taakstelling=35, gehuisvest=40, nareizigers=3),
        ],
        gemeente="GM1966",
    ).waarde
    print(f"Achterstand Het Hogeland na 2025-H2 (voorbeeldcijfers): {verloop.achterstand}")

    # 4. Voorrang: off by default; a scenario switches the ban on.
    print("Verbod op voorrang op 2026-06-01:", voorrangsverbod(date(2026, 6, 1)).waarde.verbod)
    print(
        "… in een scenario vanaf 2027-01-01, op 2027-06-01:",
        voorrangsverbod(date(2027, 6, 1), verbod_vanaf=date(2027, 1, 1)).waarde.verbod,
    )
    print()

    # 5. The VNG action: shipped membership (G4, G40), then a made-up P10 membership from a file.
    print(vng_actie_voor("Het Hogeland", peildatum=NA_BRIEF).uitleg(waarde_tekst="VNG-actie Het Hogeland"))
    with tempfile.TemporaryDirectory() as tmp:
        pad = Path(tmp) / "netwerken.csv"
        pad.write_text("netwerk,gemeentecode,gemeentenaam\nP10,GM1966,Het Hogeland\n", encoding="utf-8")
        met_p10 = met_netwerken_csv(pad, peildatum=NA_BRIEF)
    print(
        "Met P10-lidmaatschap (voorbeeld):",
        vng_actie_voor("Het Hogeland", peildatum=NA_BRIEF, reg=met_p10).waarde.plekken,
    )
    landelijk = vng_actie(peildatum=NA_BRIEF).waarde
    print(
        f"Landelijk (G4/G40): circa {landelijk.totaal} plekken; "
        f"{landelijk.zonder_netwerk} gemeenten zonder netwerk"
    )
    print()

    # 6. The same explanations in English (Dutch is the default; the catalogue has both).
    print(taakstelling_voor("Het Hogeland", "2025-H2").uitleg(taal="en", waarde_tekst="taakstelling 35"))


if __name__ == "__main__":
    main()
