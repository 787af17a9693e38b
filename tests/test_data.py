"""Shipped data: manifest, integrity checks, and the reproducible derivation from ../shared."""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from datetime import date
from fractions import Fraction
from importlib import resources

import pytest

from asielketen import data
from asielketen.data import _build
from asielketen.errors import DataIntegrityError, UnknownNameError
from asielketen.taal import letterlijk

from .conftest import SHARED

RAW = SHARED / "data" / "raw" / "cbs_gebieden_in_nederland_2024.csv"


def test_every_shipped_file_is_in_the_manifest_and_matches_it() -> None:
    folder = resources.files("asielketen.data")
    shipped = {
        p.name for p in folder.iterdir() if p.name.endswith((".csv", ".json")) and p.name != "manifest.json"
    }
    assert shipped == {b.naam for b in data.bestanden()}
    for info in data.bestanden():
        raw = folder.joinpath(info.naam).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == info.sha256, info.naam
        assert info.licentie and info.omschrijving
        assert info.versie.sha256 == info.sha256


@pytest.mark.parametrize(
    "tamper",
    [
        lambda b: b[:-100],  # truncated
        lambda b: b.replace(b"931298", b"931299"),  # one number changed
        lambda b: b"",  # emptied
    ],
)
def test_tampered_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tamper: object) -> None:
    original = data._raw("gemeenten.csv")
    monkeypatch.setattr(data, "_raw", lambda naam: tamper(original))  # type: ignore[operator]
    data.lees_bytes.cache_clear()
    try:
        with pytest.raises(DataIntegrityError) as exc:
            data.lees_csv("gemeenten.csv")
        assert "gemeenten.csv" in str(exc.value) and exc.value.waarde == "gemeenten.csv"
    finally:
        data.lees_bytes.cache_clear()


def test_missing_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(naam: str) -> bytes:
        reden = letterlijk(f"gegevensbestand {naam!r} ontbreekt")
        raise DataIntegrityError(reden, veld="bestand", waarde=naam)

    monkeypatch.setattr(data, "_raw", missing)
    data.lees_bytes.cache_clear()
    try:
        with pytest.raises(DataIntegrityError, match=r"netwerken_g4_g40\.csv"):
            data.lees_bytes("netwerken_g4_g40.csv")
    finally:
        data.lees_bytes.cache_clear()


def test_unknown_file_name() -> None:
    with pytest.raises(UnknownNameError, match=r"gemeenten\.csv"):
        data.bestand("gemeenten.cvs")


@pytest.mark.skipif(not RAW.exists(), reason="../shared/data/raw is not beside this checkout")
def test_derivation_from_raw_cbs_export_is_reproducible() -> None:
    gemeenten = _build.derive_gemeenten(RAW.read_bytes())
    assert gemeenten == data.lees_bytes("gemeenten.csv")
    assert _build.derive_provincies(gemeenten) == data.lees_bytes("provincies.csv")


@pytest.mark.skipif(not (SHARED / "data").exists(), reason="../shared/data is not beside this checkout")
@pytest.mark.parametrize(
    "naam",
    [
        "gemeenten.csv",
        "provincies.csv",
        "netwerken_g4_g40.csv",
        "netwerken_m50_p10_k80_r8.csv",
        "inwoners_2025_01_01.csv",
        "spreidingswet_gepubliceerd.csv",
    ],
)
def test_shipped_copies_equal_shared_reference_data(naam: str) -> None:
    assert (SHARED / "data" / naam).read_bytes() == data.lees_bytes(naam)


# -- CBS inhabitants on 1 January 2025 (03759NED, via a public mirror) ---------------------------------

INWONERS_2025 = "inwoners_2025_01_01.csv"

# data/README.md: "Four pairs of gemeenten carry the same value (...) say these pairs were not
# checked against StatLine."
ONGECONTROLEERDE_PAREN = {
    10_539: {"Scherpenzeel", "Alphen-Chaam"},
    47_999: {"Soest", "Ridderkerk"},
    50_945: {"Houten", "Utrechtse Heuvelrug"},
    90_747: {"Hoeksche Waard", "Dijk en Waard"},
}


def _inwoners_2025() -> dict[str, tuple[str, int]]:
    return {
        r["gemeentecode"]: (r["gemeentenaam"], int(r["inwoners_2025_01_01"]))
        for r in data.lees_csv(INWONERS_2025)
    }


def test_inhabitants_2025_literal_checks() -> None:
    """data/README.md: 342 rows with exactly the codes of gemeenten.csv; sum 18,044,027 (the national
    population on 1 Jan 2025); Amsterdam 934,526; Het Hogeland 48,178; Schiermonnikoog 971; growth
    against 1 Jan 2024 between −3.0 % (Vlieland) and +4.3 % (Gilze en Rijen)."""
    rijen = data.lees_csv(INWONERS_2025)
    assert len(rijen) == 342 == data.bestand(INWONERS_2025).rijen
    per_code = _inwoners_2025()
    assert len(per_code) == 342  # every code once
    gemeenten = {r["gemeentecode"]: r for r in data.lees_csv("gemeenten.csv")}
    assert set(per_code) == set(gemeenten)
    assert all(per_code[c][0] == g["gemeentenaam"] for c, g in gemeenten.items())  # the CBS spelling
    assert sum(n for _, n in per_code.values()) == 18_044_027
    assert per_code["GM0363"] == ("Amsterdam", 934_526)
    assert per_code["GM1966"] == ("Het Hogeland", 48_178)
    assert per_code["GM0088"] == ("Schiermonnikoog", 971)
    groei = {
        per_code[c][0]: Fraction(per_code[c][1], int(g["inwoners_2024_01_01"])) - 1
        for c, g in gemeenten.items()
    }
    laagste, hoogste = min(groei, key=groei.__getitem__), max(groei, key=groei.__getitem__)
    assert (laagste, hoogste) == ("Vlieland", "Gilze en Rijen")
    assert Fraction(-31, 1000) < groei[laagste] < Fraction(-29, 1000)
    assert Fraction(42, 1000) < groei[hoogste] < Fraction(44, 1000)


def test_inhabitants_2025_equal_values_are_exactly_the_four_unverified_pairs() -> None:
    """A new equal pair (a copying error in a later mirror) would not be covered by the provenance."""
    per_waarde: dict[int, set[str]] = {}
    for naam, n in _inwoners_2025().values():
        per_waarde.setdefault(n, set()).add(naam)
    assert {n: s for n, s in per_waarde.items() if len(s) > 1} == ONGECONTROLEERDE_PAREN


def test_inhabitants_2025_provenance_names_the_mirror_and_the_pairs() -> None:
    """Status officieel (CBS statistics), the mirror named, the four pairs stated as not checked."""
    from asielketen.bronregister import bron
    from asielketen.sources import Statistiek, Status

    info = data.bestand(INWONERS_2025)
    assert (info.status, info.bron, info.peildatum.isoformat()) == (
        Status.OFFICIEEL,
        "CBS-03759NED-2025",
        "2025-01-01",
    )
    b = bron("CBS-03759NED-2025")
    assert isinstance(b, Statistiek) and (b.status, b.tabel, b.peildatum) == (
        Status.OFFICIEEL,
        "03759NED",
        info.peildatum,
    )
    for tekst in (info.omschrijving, b.toelichting or ""):
        assert "DennisHedegreen/netherlands-politics-data" in tekst
        assert "97c1fa87db1f897057948c3c71a9c37b5ba6909a" in tekst
        assert "niet" in tekst and "StatLine" in tekst
        for waarde, namen in ONGECONTROLEERDE_PAREN.items():
            assert f"{waarde:,}".replace(",", ".") in tekst
            assert all(naam in tekst for naam in namen)


# -- vg 2024-H1 (answer to Kamervragen 2024D33148) ------------------------------------------------------


def test_vg_2024_h1_from_the_answer_to_kamervragen() -> None:
    """Antwoord 2 (2024D33148): "De taakstelling voor de eerste helft van 2024 betrof inderdaad
    18.750 te huisvesten statushouders." """
    from asielketen.sources import Kamerstuk, Status
    from asielketen.statushouders import landelijk_aantal

    u = landelijk_aantal("2024-H1")
    assert u.waarde == 18_750
    b = u.stappen[0].bronnen[0]
    assert isinstance(b, Kamerstuk) and b.id == "kv-2024Z12156-antwoord"
    assert (b.status, b.documentnummer, b.datum.isoformat()) == (Status.OFFICIEEL, "2024D33148", "2024-09-16")
    assert "18.750" in (b.toelichting or "")
    assert not u.onzeker  # an official answer, not press


# -- cycle-1 provincial opgaven in the comparison with published figures ------------------------------


def test_cycle_1_provincial_opgaven_in_the_comparison() -> None:
    """DOMAIN.md §8: Zuid-Holland 19,776 (ANP, quoting the CdK); Noord-Brabant 14,689 incl. amv;
    Gelderland 11,704, of which amv 992 — each with its own press source (status pers)."""
    from asielketen.bronregister import bron
    from asielketen.sources import Status
    from asielketen.spreidingswet import verdeel, vergelijk_gepubliceerd

    u = vergelijk_gepubliceerd(verdeel(96_000, peildatum=date(2024, 1, 31), amv=8_140).waarde)
    v = {x.code: x for x in u.waarde}
    verwacht = {
        "PV28": (19_776, None, "pers.nieuws-nl-2024-01-31-zuid-holland"),
        "PV30": (14_689, None, "pers.omroepbrabant-2024-11-brabant-asielplan"),
        "PV25": (11_704, 992, "pers.upday-2024-11-provincies-spreidingswet"),
    }
    for code, (plaatsen, amv, bron_id) in verwacht.items():
        x = v[code]
        assert (x.niveau, x.gepubliceerd, x.gepubliceerd_amv, x.bron_id) == (
            "provincie",
            plaatsen,
            amv,
            bron_id,
        )
        assert x.berekend_amv is not None and x.verschil == x.berekend - plaatsen
        assert bron(bron_id).status is Status.PERS
    assert v["GM0479"].gepubliceerd_amv == 69  # Zaanstad, 818 of which 69 amv
    assert len(u.waarde) == 21  # 18 cycle-1 figures before, and the three provinces
    assert {b.id for b in u.bronnen} >= {t[2] for t in verwacht.values()}
    assert u.onzeker


def test_every_published_row_cites_its_own_registered_source() -> None:
    """No row falls back on another row's source: the URL of each row is a registered press source."""
    from asielketen.bronregister import alle_bronnen
    from asielketen.sources import Persbron

    urls = {b.url for b in alle_bronnen() if isinstance(b, Persbron)}
    rijen = data.lees_csv("spreidingswet_gepubliceerd.csv")
    assert len(rijen) == 23
    assert all(r["source"].split(" ")[0] in urls for r in rijen)


def test_an_unregistered_published_source_is_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from asielketen.spreidingswet import verdeel, vergelijk_gepubliceerd

    naam = "spreidingswet_gepubliceerd.csv"
    echt = data.lees_bytes
    ruw = echt(naam).replace(b"https://www.upday.com/nl/", b"https://example.org/")
    monkeypatch.setattr(data, "lees_bytes", lambda n: ruw if n == naam else echt(n))
    with pytest.raises(DataIntegrityError) as exc:
        vergelijk_gepubliceerd(verdeel(96_000, peildatum=date(2024, 1, 31)).waarde)
    assert exc.value.waarde == naam and "example.org" in str(exc.value)


@pytest.mark.skipif(not (SHARED / "data").exists(), reason="../shared/data is not beside this checkout")
def test_published_rows_agree_with_shared_where_they_overlap() -> None:
    """Row by row (cyclus, niveau, code): the same numbers and sources as ../shared/data."""

    def sleutel(r: dict[str, str]) -> tuple[str, str, str]:
        return (r["cyclus"], r["niveau"], r["code"])

    gedeeld = {
        sleutel(r): r
        for r in csv.DictReader(
            io.StringIO((SHARED / "data" / "spreidingswet_gepubliceerd.csv").read_text("utf-8"))
        )
    }
    eigen = [dict(r) for r in data.lees_csv("spreidingswet_gepubliceerd.csv")]
    assert Counter(sleutel(r) for r in eigen).most_common(1)[0][1] == 1
    overlap = [r for r in eigen if sleutel(r) in gedeeld]
    assert {"PV28", "PV30", "PV25"} <= {r["code"] for r in overlap if r["cyclus"].startswith("1 ")}
    assert all(r == gedeeld[sleutel(r)] for r in overlap)


def test_provinces_are_the_sum_of_gemeenten() -> None:
    # also runs without ../shared: the derivation of provincies.csv is checked on the shipped file
    assert _build.derive_provincies(data.lees_bytes("gemeenten.csv")) == data.lees_bytes("provincies.csv")


def test_network_completeness_agrees_with_the_member_lists() -> None:
    """``netwerken_volledigheid.csv`` names every network of both member files once, with the
    number of members listed, and a registered press source; the incomplete lists say so per row."""
    from asielketen.bronregister import bron
    from asielketen.sources import Status

    leden = Counter(
        r["netwerk"]
        for naam in ("netwerken_g4_g40.csv", "netwerken_m50_p10_k80_r8.csv")
        for r in data.lees_csv(naam)
    )
    rijen = {r["netwerk"]: r for r in data.lees_csv("netwerken_volledigheid.csv")}
    assert {k: int(r["bekend"]) for k, r in rijen.items()} == dict(leden)
    assert {k for k, r in rijen.items() if r["volledig"] == "nee"} == {"P10", "K80"}
    assert all(bron(r["bron"]).status is Status.PERS for r in rijen.values())
    for r in data.lees_csv("netwerken_m50_p10_k80_r8.csv"):
        onvolledig = rijen[r["netwerk"]]["volledig"] == "nee"
        assert r["lijst"].startswith("onvolledig") is onvolledig and r["source"] and r["source_date"]
    info = data.bestand("netwerken_m50_p10_k80_r8.csv")
    assert (info.status, info.rijen) == (Status.PERS, 108)
