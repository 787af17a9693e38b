"""The message catalogue: complete in every language, every key used, rendering per language."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import asielketen
from asielketen import strategies as ak_st
from asielketen._berichten import alle_berichten, modules
from asielketen.errors import InvalidInputError, UnknownNameError
from asielketen.explain import Redenering
from asielketen.serialization import from_json, to_json
from asielketen.sources import Aanname
from asielketen.taal import (
    TALEN,
    Bericht,
    bericht,
    catalogus,
    huidige_taal,
    in_taal,
    letterlijk,
    plaatshouders,
    samengevoegd,
    valideer_taal,
)

SRC = Path(asielketen.__file__).parent


_DOORGEEFPUNTEN = {("explain.py", "stap")}
"""Functions that take a key and pass it on to ``bericht``: their callers' keys are checked
(``Redenering.stap("key", …)``), so their own ``bericht(zin, …)`` call may name a variable."""


def _forwarded_calls(tree: ast.Module, pad: str) -> set[ast.AST]:
    """The ``bericht(…)`` calls inside a function of :data:`_DOORGEEFPUNTEN` in file ``pad``."""
    calls: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and (pad, node.name) in _DOORGEEFPUNTEN:
            calls.update(n for n in ast.walk(node) if isinstance(n, ast.Call))
    return calls


def _used_keys() -> dict[str, list[str]]:
    """Every literal key of a ``bericht(...)`` or ``….stap(...)`` call in the package, with where it is."""
    used: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        if "_berichten" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        doorgegeven = _forwarded_calls(tree, path.relative_to(SRC).as_posix())
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "bericht"
                and node not in doorgegeven
            ):
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.relative_to(SRC)}:{node.lineno}: bericht() needs a literal key"
                )
                used.setdefault(first.value, []).append(f"{path.relative_to(SRC)}:{node.lineno}")
            elif (  # Redenering.stap("key", …): the inputs fill the sentence
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "stap"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                used.setdefault(node.args[0].value, []).append(f"{path.relative_to(SRC)}:{node.lineno}")
    return used


def test_every_entry_has_every_language_with_the_same_placeholders() -> None:
    for sleutel, sjablonen in alle_berichten().items():
        assert len(sjablonen) == len(TALEN), sleutel
        assert all(isinstance(t, str) and t for t in sjablonen), sleutel
        namen = {plaatshouders(t) for t in sjablonen}
        assert len(namen) == 1, f"{sleutel}: placeholders differ per language: {namen}"


def test_every_used_key_exists_and_every_key_is_used() -> None:
    catalogue = set(alle_berichten())
    used = _used_keys()
    missing = {k: v for k, v in used.items() if k not in catalogue}
    assert not missing, f"keys used but not in the catalogue: {missing}"
    unused = sorted(catalogue - set(used))
    assert not unused, f"keys in the catalogue that no code uses: {unused}"


def test_catalogue_modules_are_named_after_their_keys() -> None:
    assert "algemeen" in modules()
    for sleutel in alle_berichten():
        assert sleutel.split(".", 1)[0] in modules()
    assert set(catalogus()) == set(alle_berichten())


def test_unknown_key_or_missing_argument_is_a_programming_error() -> None:
    with pytest.raises(LookupError, match="niet in de catalogus"):
        bericht("bestaat.niet")
    with pytest.raises(LookupError, match="mist argument"):
        bericht("algemeen.uitkomst")


def test_rendering_per_language() -> None:
    b = bericht("fout.parameter_laatst", datum=__import__("datetime").date(2025, 7, 1))
    assert b.tekst("nl") == "laatst geldig op 2025-07-01"
    assert b.tekst("en") == "last valid on 2025-07-01"
    assert (b.nl, b.en) == b.teksten
    assert str(b) == b.nl
    with in_taal("en"):
        assert str(b) == b.en
        assert huidige_taal() == "en"
    assert huidige_taal() == "nl"


def test_language_is_per_thread() -> None:
    seen: list[str] = []
    with in_taal("en"):
        t = threading.Thread(target=lambda: seen.append(huidige_taal()))
        t.start()
        t.join()
    assert seen == ["nl"]


def test_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(InvalidInputError, match="taal='fr'") as info:
        valideer_taal("fr")
    assert info.value.tekst("en").endswith("unknown language; choose from nl, en")
    with pytest.raises(InvalidInputError), in_taal("de"):  # type: ignore[arg-type]
        pass  # pragma: no cover


def test_errors_render_in_both_languages() -> None:
    err = UnknownNameError("gemeente", "Nergens", letterlijk("gemeente"), ["Nuenen", "Neder-Betuwe"])
    assert str(err) == "gemeente='Nergens': onbekende gemeente; bedoelt u 'Nuenen' of 'Neder-Betuwe'?"
    assert err.tekst("en") == "gemeente='Nergens': unknown gemeente; did you mean 'Nuenen' or 'Neder-Betuwe'?"
    with in_taal("en"):
        assert str(err) == err.tekst("en")
        assert err.reden == "unknown gemeente; did you mean 'Nuenen' or 'Neder-Betuwe'?"


def test_explanation_renders_in_english() -> None:
    r = Redenering()
    r.stap(bericht("fout.parameter_geen"), Aanname(id="a", omschrijving="rekenen"), klopt=True)
    u = r.uitkomst(4)
    en = u.uitleg(taal="en")
    assert en.startswith("Result: 4\nWhy:\n  1. no value known at all\n     input: klopt = yes")
    assert "Note: this result rests (partly) on sources" in en
    assert u.uitleg().startswith("Uitkomst: 4\nWaarom:\n  1. geen enkele waarde bekend")
    with in_taal("en"):
        assert u.uitleg() == en
        assert u.stappen[0].zin == "no value known at all"


def test_joined_texts() -> None:
    b = samengevoegd(["a", bericht("fout.parameter_geen")], bericht("fout.of"))
    assert b.teksten == ("a of geen enkele waarde bekend", "a or no value known at all")
    assert letterlijk("x").teksten == ("x",) * len(TALEN)


@given(ak_st.berichten())
def test_bericht_round_trips_through_json(b: Bericht) -> None:
    assert from_json(to_json(b), Bericht) == b
    assert set(__import__("json").loads(to_json(b))) == {"sleutel", *TALEN}


@given(st.text(max_size=5))
def test_bericht_needs_one_text_per_language(text: str) -> None:
    with pytest.raises(InvalidInputError, match="teksten"):
        Bericht("x", (text,))
