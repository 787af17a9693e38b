"""Example: opvang capacity, occupancy above the agreements, the Ter Apel dwangsom and the shortage.

Run: ``python examples/opvang.py`` (executed in CI).
"""

from __future__ import annotations

from datetime import date, timedelta

from asielketen.opvang import (
    Bestuursovereenkomst,
    Bezetting,
    Locatie,
    Locatiesoort,
    Nachttelling,
    dwangsom_ter_apel,
    overzicht,
    referentiescenario,
    tekortverloop,
)
from asielketen.periods import Periode

PEILDATUM = date(2026, 4, 15)  # three weeks after the minister's letter of 26 March 2026


def locatie(
    id: str, soort: Locatiesoort, gemeente: str, van: date, tot: date | None, plaatsen: int
) -> Locatie:
    """A location with one bestuursovereenkomst (example data, not real agreements)."""
    return Locatie(
        id=id,
        naam=id,
        soort=soort,
        gemeentecode=gemeente,
        overeenkomsten=[Bestuursovereenkomst(periode=Periode(van, tot), capaciteit=plaatsen)],
    )


def main() -> None:
    locaties = [
        locatie("ter-apel", Locatiesoort.AANMELDCENTRUM, "GM1950", date(2024, 1, 1), None, 2000),
        locatie("azc-groningen", Locatiesoort.AZC, "GM0014", date(2021, 1, 1), date(2031, 1, 1), 500),
        locatie(
            "spoed-zwolle", Locatiesoort.SPOEDNOODOPVANG, "GM0193", date(2026, 5, 1), date(2026, 11, 1), 300
        ),
        locatie("hotel-duiven", Locatiesoort.HOTEL, "GM0226", date(2026, 4, 1), date(2027, 4, 1), 120),
    ]
    tellingen = [
        Bezetting(locatie_id="ter-apel", datum=date(2026, 4, 14), personen=2180),
        Bezetting(locatie_id="azc-groningen", datum=date(2026, 4, 13), personen=470),
    ]
    u = overzicht(locaties, PEILDATUM, bezettingen=tellingen)
    o = u.waarde
    print(
        f"Opvang op {PEILDATUM}: capaciteit {o.capaciteit}, bezetting {o.bezetting}, "
        f"boven de overeenkomsten {o.tekort}"
    )
    for p in o.provincies:
        print(
            f"  {p.provincienaam:<12} capaciteit {p.capaciteit:>5}  tekort {p.tekort:>4}  "
            f"zonder telling {p.zonder_telling}"
        )
    for s in o.signaleringen:
        print(f"  let op: {s.locatie_id} {s.personen} personen bij een overeenkomst van {s.capaciteit}")
    assert o.tekort == 180

    nachten = [Nachttelling(datum=date(2026, 1, 1) + timedelta(days=i), personen=2100) for i in range(110)]
    d = dwangsom_ter_apel(nachten).waarde
    print(
        f"\nDwangsom Ter Apel over {len(nachten)} nachten boven 2.000: {d.totaal} euro (maximum {d.maximum}),"
    )
    print(f"  maximum bereikt in de nacht van {d.maximum_bereikt_op}")
    assert d.totaal == d.maximum

    scenario = referentiescenario().waarde.met_locaties(*locaties[2:])
    v = tekortverloop(scenario, Periode(date(2026, 3, 26), date(2026, 9, 2))).waarde
    print("\nTekort volgens de minister (4.500 nu, 7.900 einde zomer), met spoednoodopvang en hotel erbij:")
    for punt in v.punten:
        print(f"  vanaf {punt.datum}: {punt.tekort} plaatsen")
    print(f"  samen {v.plaatsdagen} plaatsdagen tekort")


if __name__ == "__main__":
    main()
