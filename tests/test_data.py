"""Shipped data: manifest, integrity checks, and the reproducible derivation from ../shared."""

from __future__ import annotations

import hashlib
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
@pytest.mark.parametrize("naam", ["gemeenten.csv", "provincies.csv", "netwerken_g4_g40.csv"])
def test_shipped_copies_equal_shared_reference_data(naam: str) -> None:
    assert (SHARED / "data" / naam).read_bytes() == data.lees_bytes(naam)


def test_provinces_are_the_sum_of_gemeenten() -> None:
    # also runs without ../shared: the derivation of provincies.csv is checked on the shipped file
    assert _build.derive_provincies(data.lees_bytes("gemeenten.csv")) == data.lees_bytes("provincies.csv")
