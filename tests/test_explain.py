"""Explanations: steps, sources, status warnings, provenance and JSON."""

from __future__ import annotations

import json
from datetime import date

import attrs
from hypothesis import given

from asielketen import strategies as aks
from asielketen.bronregister import bron
from asielketen.explain import DatasetVersie, Herkomst, Redenering, Uitkomst
from asielketen.schema import json_schema
from asielketen.serialization import from_json, to_json
from asielketen.sources import Aanname, Status
from asielketen.taal import letterlijk


def _uitkomst(*ids: str) -> Uitkomst[int]:
    r = Redenering()
    for i, id in enumerate(ids):
        r.stap(letterlijk(f"Stap {i}."), bron(id), x=i)
    r.gebruikt(DatasetVersie("gemeenten.csv", date(2024, 1, 1), "ab" * 32))
    return r.uitkomst(7)


def test_steps_keep_order_inputs_and_sources() -> None:
    u = _uitkomst("huisvestingswet.art29.lid1", "VNG-2026-05-28")
    assert [s.zin for s in u.stappen] == ["Stap 0.", "Stap 1."]
    assert [(i.naam, i.waarde) for i in u.stappen[1].invoer] == [("x", "1")]
    assert [b.id for b in u.bronnen] == ["huisvestingswet.art29.lid1", "VNG-2026-05-28"]
    assert u.statussen == {Status.WETTEKST, Status.BRIEF}
    assert not u.onzeker


def test_rendering_is_dutch_and_cites_sources_with_links() -> None:
    text = _uitkomst("huisvestingswet.art29.lid1").uitleg()
    assert text.startswith("Uitkomst: 7\nWaarom:\n  1. Stap 0.")
    assert "Huisvestingswet 2014 (BWBR0035303) art. 29 lid 1" in text
    assert "https://wetten.overheid.nl/BWBR0035303/2026-01-01#Artikel29" in text
    assert "Let op" not in text
    assert "gemeenten.csv (peildatum 2024-01-01, sha256 abababababab…)" in text


def test_rendering_warns_for_press_and_assumptions() -> None:
    u = _uitkomst("huisvestingswet.art29.lid1", "fy-wikipedia-gruttestedebelied", "aanname.aliassen")
    assert u.onzeker
    text = u.uitleg()
    assert "Let op: deze uitkomst steunt (deels) op bronnen met status pers of aanname" in text
    assert "fy-wikipedia-gruttestedebelied, aanname.aliassen" in text


def test_herkomst_records_library_version_and_dedups() -> None:
    from asielketen import __version__

    d = DatasetVersie("a.csv", date(2024, 1, 1), "0" * 64)
    h = Herkomst().met([d, d])
    assert h.bibliotheekversie == __version__ and h.datasets == (d,)


def test_voeg_toe_merges_partial_results() -> None:
    deel = _uitkomst("VNG-2025-10-13")
    r = Redenering()
    r.voeg_toe(deel)
    r.stap(letterlijk("Slot."), Aanname(id="a", omschrijving="x"))
    u = r.uitkomst("klaar")
    assert len(u.stappen) == 2 and u.herkomst.datasets == deel.herkomst.datasets


@given(aks.uitkomsten())
def test_result_round_trips_through_json(u: Uitkomst[int]) -> None:
    assert from_json(to_json(u), Uitkomst[int]) == u
    assert u.onzeker == any(b.status.onzeker for b in u.bronnen)
    assert ("Let op" in u.uitleg()) == u.onzeker
    assert u.onzeker_door == tuple(s for s in (Status.PERS, Status.AANNAME) if s in u.statussen)
    assert json.loads(to_json(u))["onzeker_door"] == [s.value for s in u.onzeker_door]


def test_json_says_whether_a_result_rests_on_pers_or_aanname() -> None:
    zeker = json.loads(
        to_json(_uitkomst("huisvestingswet.art29.lid1", "VNG-2026-05-28", "CBS-85755NED-2024"))
    )
    assert zeker["onzeker_door"] == []
    beide = _uitkomst("aanname.aliassen", "huisvestingswet.art29.lid1", "fy-wikipedia-gruttestedebelied")
    assert json.loads(to_json(beide))["onzeker_door"] == ["pers", "aanname"]  # Status order
    assert list(json.loads(to_json(beide)))[-1] == "onzeker_door"  # a top-level field, last


def test_onzeker_door_is_derived_never_taken_as_given() -> None:
    u = _uitkomst("fy-wikipedia-gruttestedebelied")
    assert u.onzeker_door == (Status.PERS,)
    assert attrs.evolve(u, stappen=()).onzeker_door == ()
    gegeven = Uitkomst(waarde=1, onzeker_door=(Status.AANNAME,))
    assert gegeven.onzeker_door == ()
    data = json.loads(to_json(u))
    data["onzeker_door"] = []
    assert from_json(json.dumps(data), Uitkomst[int]) == u


def test_json_written_before_the_field_still_reads() -> None:
    u = _uitkomst("huisvestingswet.art29.lid1", "aanname.aliassen")
    data = json.loads(to_json(u))
    del data["onzeker_door"]
    terug = from_json(json.dumps(data), Uitkomst[int])
    assert terug == u and terug.onzeker_door == (Status.AANNAME,)


def test_schema_of_a_result_has_the_field() -> None:
    schema = json_schema("Uitkomst[Taakstelling]")
    veld = schema["properties"]["onzeker_door"]
    assert veld["type"] == "array" and "onzeker_door" in schema["required"]
    assert "pers" in veld["description"] and "aanname" in veld["description"]


def test_explanation_opens_with_a_short_summary_of_the_value() -> None:
    from asielketen.profiel import gemeenteprofiel
    from asielketen.statushouders import taakstelling_voor

    profiel = gemeenteprofiel("Het Hogeland", peildatum=date(2025, 10, 6))
    oekraine = profiel.waarde.oekraine
    assert oekraine is not None
    for u in (profiel, taakstelling_voor("Het Hogeland", "2025-H2"), oekraine.collectief):
        for taal in ("nl", "en"):
            eerste = u.uitleg(taal=taal).splitlines()[0]
            waarde = eerste.split(": ", 1)[1]
            assert len(waarde) <= 120 and "datetime" not in eerste and "Inwonertal(" not in eerste, eerste
            assert waarde.startswith(type(u.waarde).__name__ + "(") and waarde.endswith(")")
    eerste = profiel.uitleg().splitlines()[0]
    assert eerste.startswith("Uitkomst: Gemeenteprofiel(gemeente=Het Hogeland (GM1966), provincie=Groningen")
    # a value that says how it reads keeps its own text; plain values as before
    r = Redenering()
    r.stap(letterlijk("stap"))
    assert r.uitkomst(date(2025, 1, 1)).uitleg().startswith("Uitkomst: 2025-01-01\n")
    assert r.uitkomst(Status.PERS).uitleg().startswith("Uitkomst: pers\n")
    assert r.uitkomst((1, 2, 3, 4)).uitleg().startswith("Uitkomst: [1, 2, 3, …]\n")
    assert r.uitkomst("x" * 500).uitleg().splitlines()[0] == "Uitkomst: " + "x" * 119 + "…"
