"""The gemeente profile: each rule's part at a peildatum, with its reasoning, or why it is missing."""

from __future__ import annotations

from datetime import date

from asielketen.explain import Uitkomst
from asielketen.profiel import Gemeenteprofiel, gemeenteprofiel
from asielketen.serialization import from_json, to_json


def test_without_peildatum_only_the_facts() -> None:
    p = gemeenteprofiel("Het Hogeland").waarde
    assert (p.spreiding, p.taakstelling, p.vng_actie, p.oekraine) == (None, None, None, None)


def test_profile_in_2025_h2() -> None:
    u = gemeenteprofiel("Het Hogeland", peildatum=date(2025, 10, 6))
    p = u.waarde
    assert p.spreiding is not None and p.spreiding.plaatsen == 258
    assert p.taakstelling is not None and p.taakstelling.taakstelling == 35  # ⌈13000 × 48224 / 17942942⌉
    assert p.vng_actie is None  # the action dates from 28 May 2026
    assert p.oekraine is not None and p.oekraine.individueel.waarde.soort.value == "resultaatsverplichting"
    assert p.oekraine.collectief.waarde.soort.value == "inspanningsverplichting"
    ids = {b.id for b in u.bronnen}
    assert {
        "huisvestingswet.art29.lid1",
        "ECLI:NL:RBNNE:2025:4074",
        "besluit-spreidingswet.art2.1.lid3",
    } <= ids
    assert {"spreidingswet.json", "statushouders.json", "oekraine.json"} <= {
        d.naam for d in u.herkomst.datasets
    }


def test_missing_figures_are_said_not_hidden() -> None:
    u = gemeenteprofiel("Utrecht", peildatum=date(2026, 6, 30))
    p = u.waarde
    assert p.taakstelling is None  # no national number for 2026 is shipped
    assert any("Voor de taakstelling ontbreekt een gegeven" in s.zin for s in u.stappen)
    assert p.vng_actie is not None and p.vng_actie.plekken == 30  # G4


def test_profile_round_trips() -> None:
    u = gemeenteprofiel("Amsterdam", peildatum=date(2026, 6, 30))
    assert from_json(to_json(u), Uitkomst[Gemeenteprofiel]) == u
