"""Example: check households of nareizigers against the nareisactie, with every reason and source.

Run: ``python examples/nareizigers.py`` (executed in CI).
"""

from __future__ import annotations

from datetime import date

import asielketen
from asielketen import Huishouden, Nareisuitkomst, Nareiziger, Referent, Relatie

PEILDATUM = date(2025, 11, 1)  # a few weeks after the VNG ledenbrief of 13 October 2025
FASE2_VANAF = date(2026, 2, 1)  # an example opening date of phase 2: the real one is not known


def lid(relatie: Relatie, **feiten: object) -> Nareiziger:
    """A nareiziger still in opvang, with every registration present unless stated otherwise."""
    alles: dict[str, object] = {"aankomst": None, "brp": True, "bsn": True, "mvv": True, "ind_melding": True}
    alles.update(feiten)
    return Nareiziger(relatie=relatie, **alles)  # type: ignore[arg-type]


def huishouden(n: int, **feiten: object) -> Huishouden:
    """A spouse and n - 1 children joining a housed referent whose dwelling the gemeente approved."""
    return Huishouden(
        referent=Referent(gehuisvest=True, als_amv=False),
        nareizigers=[lid(Relatie.ECHTGENOOT if i == 0 else Relatie.KIND, **feiten) for i in range(n)],
        woning_goedgekeurd=True,
        instemming_gemeente=True,
    )


def main() -> None:
    print("Uitkomst per huishoudgrootte (alle voorwaarden vervuld, gemeente stemt in):")
    print(f"  {'personen':>8}  {'fase 2 dicht':<28}  fase 2 open sinds {FASE2_VANAF.isoformat()}")
    vorige_dicht = vorige_open = Nareisuitkomst.BINNEN_ACTIE
    for n in range(1, 8):
        dicht = asielketen.beoordeel_nareis(huishouden(n), PEILDATUM).waarde.uitkomst
        open_ = asielketen.beoordeel_nareis(huishouden(n), date(2026, 3, 1), fase2_vanaf=FASE2_VANAF)
        print(f"  {n:>8}  {dicht.value:<28}  {open_.waarde.uitkomst.value}")
        # monotone: a larger household is never more eligible
        assert dicht <= vorige_dicht and open_.waarde.uitkomst <= vorige_open
        vorige_dicht, vorige_open = dicht, open_.waarde.uitkomst

    print()
    print("Twee nareizigers zonder BRP-inschrijving, BSN en IND-melding (de bezwaren van de VNG):")
    u = asielketen.beoordeel_nareis(huishouden(2, brp=False, bsn=False, ind_melding=False), PEILDATUM)
    print(f"  uitkomst: {u.waarde.uitkomst.omschrijving}")
    for r in u.waarde.redenen:
        print(f"  - {r.zin} (bronnen: {', '.join(b.id for b in r.bronnen)})")
    print(f"  {u.waarde.verandering}")
    assert u.waarde.uitkomst is Nareisuitkomst.NOG_NIET and len(u.waarde.redenen) == 3
    print("  In English (every sentence comes from the catalogue in both languages):")
    for r in u.waarde.redenen:
        print(f"  - {r.zin.tekst('en')}")
    print(f"  {u.waarde.verandering.tekst('en')}")

    print()
    print("Volledige uitleg voor een gezin van drie, fase 2 nog niet geopend:")
    print(asielketen.beoordeel_nareis(huishouden(3), PEILDATUM).uitleg(waarde_tekst="zie redenen"))

    print()
    stand = asielketen.nareisactie_op(PEILDATUM, gemeente=asielketen.register().gemeente("Het Hogeland"))
    print(f"Stand van de nareisactie op {PEILDATUM.isoformat()} (Het Hogeland):")
    for stap in stand.stappen:
        print(f"  - {stap.zin}")


if __name__ == "__main__":
    main()
