"""Shipped parameter files: types, sources, validation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from asielketen import data, parameters
from asielketen.errors import DataIntegrityError, ParameterNotValidError, UnknownNameError


def _install(monkeypatch: pytest.MonkeyPatch, content: dict[str, Any]) -> None:
    original = data.lees_json
    monkeypatch.setattr(data, "lees_json", lambda naam: content if naam == "x.json" else original(naam))
    parameters.laad_parameters.cache_clear()


@pytest.fixture(autouse=True)
def _clear() -> Any:
    yield
    parameters.laad_parameters.cache_clear()


def test_loads_typed_values_with_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    _install(
        monkeypatch,
        {
            "schema": 1,
            "parameters": {
                "p": {
                    "type": "decimal",
                    "eenheid": "EUR",
                    "waarden": [
                        {"van": "2024-01-01", "tot": "2025-01-01", "waarde": "61", "bron": "booo.art3.lid1"},
                        {"van": "2025-01-01", "tot": None, "waarde": "44", "bron": "booo.art3.lid1"},
                    ],
                }
            },
        },
    )
    p = parameters.parameter("x.json", "p")
    assert p.op(date(2024, 12, 31)) == Decimal("61")
    assert p.geldigheid_op(date(2030, 1, 1)).bron.id == "booo.art3.lid1"
    assert p.eenheid == "EUR"
    with pytest.raises(ParameterNotValidError):
        p.op(date(2023, 12, 31))
    with pytest.raises(UnknownNameError, match="'p'"):
        parameters.parameter("x.json", "q")


@pytest.mark.parametrize(
    ("kind", "value"),
    [("decimal", 61.5), ("int", "12"), ("int", True), ("date", "2024-02-30"), ("bool", 1)],
)
def test_wrong_value_type_is_an_integrity_error(
    monkeypatch: pytest.MonkeyPatch, kind: str, value: object
) -> None:
    _install(
        monkeypatch,
        {
            "parameters": {
                "p": {
                    "type": kind,
                    "waarden": [{"van": "2024-01-01", "waarde": value, "bron": "booo.art3.lid1"}],
                }
            }
        },
    )
    with pytest.raises(DataIntegrityError, match=r"p\.waarden"):
        parameters.laad_parameters("x.json")


@pytest.mark.parametrize(
    "spec",
    [
        {"type": "int", "waarden": [{"van": "2024-01-01", "waarde": 1, "bron": "bestaat-niet"}]},
        {"type": "int", "waarden": []},
        {"type": "int"},
        {
            "type": "int",
            "waarden": [{"van": "2025-01-01", "tot": "2024-01-01", "waarde": 1, "bron": "booo.art3.lid1"}],
        },
    ],
)
def test_malformed_file_names_the_file(monkeypatch: pytest.MonkeyPatch, spec: dict[str, Any]) -> None:
    _install(monkeypatch, {"parameters": {"p": spec}})
    with pytest.raises(DataIntegrityError, match=r"x\.json"):
        parameters.laad_parameters("x.json")
