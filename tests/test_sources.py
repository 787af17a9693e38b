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
    Aanname,
    Blad,
    Brief,
    Bron,
    BronBasis,
    Kamerstuk,
    Persbron,
    Publicatie,
    Statistiek,
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
    assert [s.value for s in Status] == ["wettekst", "rechtspraak", "officieel", "brief", "pers", "aanname"]
    assert {s for s in Status if s.onzeker} == {Status.PERS, Status.AANNAME}


def test_default_status_follows_the_kind() -> None:
    d = date(2025, 1, 1)
    assert (
        Uitspraak(id="u", ecli="ECLI:NL:RBNNE:2025:4074", instantie="r", datum=d).status is Status.RECHTSPRAAK
    )
    assert Kamerstuk(id="k", titel="t", datum=d).status is Status.OFFICIEEL
    assert Statistiek(id="s", instantie="CBS", tabel="t", titel="t", peildatum=d).status is Status.OFFICIEEL
    assert Wetsartikel(id="w", wet="w", artikel="1", versiedatum=d).status is Status.WETTEKST
    assert Persbron(id="p", titel="t", datum="2025").status is Status.PERS


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


# -- kind and status agree (DOMAIN.md: six statuses, each only for its own kind of source) --------

STERK_NAAR_ZWAK = list(Status)
"""DOMAIN.md's order, strongest first: a source known only through another takes the weaker."""

EIGEN_STATUS: dict[type[BronBasis], Status] = {
    Wetsartikel: Status.WETTEKST,  # a law text read
    Publicatie: Status.WETTEKST,  # Staatsblad / Staatscourant, read
    Uitspraak: Status.RECHTSPRAAK,  # a judgment whose text was read
    Statistiek: Status.OFFICIEEL,  # CBS
    Kamerstuk: Status.OFFICIEEL,  # Kamerstuk, Kamerbrief, answer to Kamervragen
    Brief: Status.BRIEF,  # one of the five letters, or another letter read in full
    Persbron: Status.PERS,  # press; an official web page or news item is officieel (below)
    Aanname: Status.AANNAME,
}
"""The status a source of each kind has when it was read itself."""

OFFICIELE_SITES = ("rijksoverheid.nl", "ind.nl", "mycoa.nl", "coa.nl", "tweedekamer.nl", "cbs.nl")
"""Web pages and news items of these hosts are official publications (``officieel``)."""

NIET_ZELF_GELEZEN = ("niet ingezien", "niet gelezen")
"""How a toelichting says that the source itself was not read (known only through another text)."""


def _host(url: str | None) -> str:
    return "" if url is None else url.split("/")[2].removeprefix("www.")


def _toegestaan(b: Bron) -> set[Status]:
    eigen = EIGEN_STATUS[type(b)]
    if isinstance(b, Persbron) and _host(b.url).endswith(OFFICIELE_SITES):
        eigen = Status.OFFICIEEL
    toegestaan = {eigen}
    if any(z in b.toelichting for z in NIET_ZELF_GELEZEN) and not isinstance(b, Aanname):
        # known only through another text: the weaker status of the two, never a stronger one
        toegestaan |= set(STERK_NAAR_ZWAK[STERK_NAAR_ZWAK.index(eigen) + 1 :]) - {Status.AANNAME}
    return toegestaan


@pytest.mark.parametrize("b", alle_bronnen(), ids=lambda b: b.id)
def test_kind_and_status_agree(b: Bron) -> None:
    assert b.status in _toegestaan(b), (b.id, type(b).__name__, b.status.value)


def test_strong_statuses_only_for_their_own_kind() -> None:
    for b in alle_bronnen():
        if b.status is Status.WETTEKST:
            assert isinstance(b, Wetsartikel | Publicatie), b.id  # law texts read, nothing else
        if b.status is Status.RECHTSPRAAK:
            assert isinstance(b, Uitspraak), b.id
        if isinstance(b, Aanname):
            assert b.status is Status.AANNAME, b.id
    assert {b.status for b in alle_bronnen()} == set(Status)  # all six are in use


@pytest.mark.parametrize(
    ("id", "status"),
    [
        ("CBS-85755NED-2024", Status.OFFICIEEL),
        ("IND-nareis", Status.OFFICIEEL),
        ("IND-2023-03-06-zevenaar", Status.OFFICIEEL),
        ("COA-uitstromen-referent", Status.OFFICIEEL),
        ("Rijksoverheid-2025-09-23-ter-apel", Status.OFFICIEEL),
        ("Kamerbrief-2026D05614", Status.OFFICIEEL),
        ("kst-36831-6", Status.OFFICIEEL),
        ("Kamerbrief-2025-09-23-nareisactie", Status.BRIEF),  # not read: known through VNG-2025-10-13
        ("ECLI:NL:RBNNE:2025:4074", Status.RECHTSPRAAK),
        ("ECLI:NL:RBGEL:2024:2540", Status.PERS),  # its text not read
        ("Stb-2022-133", Status.WETTEKST),  # the Besluit itself read (title, date of issue)
        ("aanname.nareisactie.vijf-plus", Status.AANNAME),
    ],
)
def test_relabelled_sources(id: str, status: Status) -> None:
    assert bron(id).status is status


def test_cbs_table_number_is_said_to_be_inferred() -> None:
    b = bron("CBS-85755NED-2024")
    assert isinstance(b, Statistiek) and "afgeleid" in b.toelichting


def test_judgment_known_only_through_others_is_press() -> None:
    b = bron("ECLI:NL:RBGEL:2024:2540")
    assert isinstance(b, Persbron)  # no Uitspraak: its text was not read
    assert "niet is gelezen" in b.toelichting and "ECLI:NL:RBGEL:2024:2540" in b.titel


def test_staatsblad_2022_133_as_published() -> None:
    b = bron("Stb-2022-133")
    assert isinstance(b, Publicatie)
    assert b.titel == (
        "Besluit van 31 maart 2022, houdende inwerkingstelling van de artikelen 2c en 4 van de Wet "
        "verplaatsing bevolking"
    )
    assert b.datum == date(2022, 4, 1)  # "Uitgegeven de eerste april 2022"


def test_five_plus_is_an_assumption_citing_the_letter() -> None:
    b = bron("aanname.nareisactie.vijf-plus")
    assert isinstance(b, Aanname) and "VNG-2025-10-13" in b.omschrijving
    assert "vijf staat er niet in" in b.omschrijving
