"""Sources: validation, citations, URLs and the registry's literal facts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given

from asielketen import strategies as aks
from asielketen.bronregister import alle_bronnen, bron
from asielketen.errors import AsielketenError, InvalidSourceError, UnknownNameError
from asielketen.serialization import from_json, to_json
from asielketen.sources import (
    Blad,
    Brief,
    Bron,
    Persbron,
    Publicatie,
    Status,
    Uitspraak,
    Wetsartikel,
    valideer_bwb_id,
    valideer_ecli,
)


@pytest.mark.parametrize(
    "ecli",
    ["ECLI:NL:RBNNE:2025:4074", "ECLI:NL:RBGEL:2024:2540", "ECLI:NL:HR:2020:1.A"],
)
def test_valid_ecli(ecli: str) -> None:
    assert valideer_ecli(ecli) == ecli


@pytest.mark.parametrize(
    "ecli", ["", "ECLI:NL:RBNNE:25:4074", "ecli:nl:rbnne:2025:4074", "NL:RBNNE:2025:4074", 42]
)
def test_invalid_ecli_names_field_and_value(ecli: object) -> None:
    with pytest.raises(InvalidSourceError) as exc:
        Uitspraak(id="x", ecli=ecli, instantie="Rb", datum=date(2025, 1, 1))  # type: ignore[arg-type]
    assert exc.value.veld == "ecli"
    assert exc.value.waarde == ecli
    assert repr(ecli) in str(exc.value)


@pytest.mark.parametrize("bwb", ["BWBR0049307", "BWBV0001234"])
def test_valid_bwb(bwb: str) -> None:
    assert valideer_bwb_id(bwb) == bwb


@pytest.mark.parametrize("bwb", ["BWBR049307", "bwbr0049307", "BWBX0049307", "0049307"])
def test_invalid_bwb(bwb: str) -> None:
    with pytest.raises(InvalidSourceError, match="bwb_id"):
        Wetsartikel(id="x", wet="W", artikel="1", versiedatum=date(2024, 1, 1), bwb_id=bwb)


def test_law_article_url_and_juriconnect() -> None:
    art = Wetsartikel(
        id="x",
        wet="Besluit",
        bwb_id="BWBR0049310",
        artikel="2.1",
        lid="3",
        versiedatum=date(2024, 3, 30),
    )
    assert art.url == "https://wetten.overheid.nl/BWBR0049310/2024-03-30#Artikel2.1"
    assert art.juriconnect == "jci1.3:c:BWBR0049310&artikel=2.1&lid=3&g=2024-03-30"
    assert art.status is Status.WETTEKST
    assert "art. 2.1 lid 3" in art.citatie


def test_law_article_without_bwb_has_no_url() -> None:
    art = Wetsartikel(id="x", wet="Regeling", artikel="3", versiedatum=date(2024, 1, 1))
    assert art.url is None and art.juriconnect is None and art.link is None


def test_publication_year_must_match_date() -> None:
    with pytest.raises(InvalidSourceError, match="datum"):
        Publicatie(id="p", blad=Blad.STCRT, jaar=2024, nummer=3320, titel="t", datum=date(2023, 1, 31))
    p = Publicatie(id="p", blad=Blad.STCRT, jaar=2024, nummer=3320, titel="t")
    assert p.url == "https://zoek.officielebekendmakingen.nl/stcrt-2024-3320"


@pytest.mark.parametrize("datum", ["2024", "2024-01", "2024-01-31"])
def test_press_partial_dates(datum: str) -> None:
    assert Persbron(id="p", titel="t", datum=datum).status is Status.PERS


@pytest.mark.parametrize("datum", ["24", "2024-13", "2024-02-30", "jan 2024"])
def test_press_bad_dates(datum: str) -> None:
    with pytest.raises(InvalidSourceError, match="datum"):
        Persbron(id="p", titel="t", datum=datum)


def test_empty_text_and_bad_status_rejected() -> None:
    with pytest.raises(InvalidSourceError, match="afzender"):
        Brief(id="b", afzender=" ", geadresseerde="x", datum=date(2025, 1, 1), titel="t")
    with pytest.raises(InvalidSourceError, match="status"):
        Brief(
            id="b",
            afzender="a",
            geadresseerde="x",
            datum=date(2025, 1, 1),
            titel="t",
            status="brief",  # type: ignore[arg-type]
        )


def test_onzeker_statuses() -> None:
    assert {s for s in Status if s.onzeker} == {Status.PERS, Status.AANNAME}


@given(aks.bronnen())
def test_every_source_round_trips_through_json(b: Bron) -> None:
    assert from_json(to_json(b, Bron), Bron) == b  # type: ignore[arg-type]
    assert str(b).endswith(f"[{b.status.value}]")


# -- the registry: what the letters say literally (DOMAIN.md §0) ---------------------------------

LETTERS = {
    "VNG-2025-09-22": (date(2025, 9, 22), None),
    "VNG-2025-10-13": (date(2025, 10, 13), "U20250645, Lbr. 25/046"),
    "AenM-2026-03-26": (date(2026, 3, 26), "7312829"),
    "VNG-2026-05-13": (date(2026, 5, 13), "TIS/U202600249"),
    "VNG-2026-05-28": (date(2026, 5, 28), "U202600266, Lbr. 26/014"),
}


@pytest.mark.parametrize(("id", "expected"), LETTERS.items())
def test_the_five_letters_are_registered(id: str, expected: tuple[date, str | None]) -> None:
    b = bron(id)
    assert isinstance(b, Brief)
    assert (b.datum, b.kenmerk) == expected
    assert b.status is Status.BRIEF


def test_registry_ids_unique_and_known_bwb_ids() -> None:
    bronnen = alle_bronnen()
    assert len({b.id for b in bronnen}) == len(bronnen)
    bwb = {b.wet: b.bwb_id for b in bronnen if isinstance(b, Wetsartikel)}
    assert bwb["Spreidingswet"] == "BWBR0049307"
    assert bwb["Besluit gemeentelijke taak mogelijk maken asielopvangvoorzieningen"] == "BWBR0049310"
    assert bwb["Huisvestingswet 2014"] == "BWBR0035303"
    assert bwb["Gemeentewet"] == "BWBR0005416"
    assert bwb["Tijdelijke wet opvang ontheemden Oekraïne"] == "BWBR0049876"


def test_het_hogeland_judgment() -> None:
    b = bron("ECLI:NL:RBNNE:2025:4074")
    assert isinstance(b, Uitspraak)
    assert b.datum == date(2025, 10, 6)
    assert b.instantie == "Rechtbank Noord-Nederland"


def test_unknown_source_suggests_close_ids() -> None:
    with pytest.raises(UnknownNameError) as exc:
        bron("VNG-2025-10-31")
    assert "VNG-2025-10-13" in exc.value.suggesties
    assert isinstance(exc.value, AsielketenError) and isinstance(exc.value, LookupError)
