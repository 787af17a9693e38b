"""Help texts: ``--help`` of the command and of every subcommand in the language of ``--taal``."""

from __future__ import annotations

import argparse
import re

import pytest

from asielketen.cli import build_parser
from asielketen.taal import in_taal

from .conftest import run_cli as run

NEDERLANDS = re.compile(
    r"(?<![\w,])(de|het|een|van|met|voor|zonder|niet|naar|bij|standaard|verplicht|weglaten|JJJJ|taal|opmaak)(?![\w,])"
)
"""Words of a Dutch help sentence (domain words such as gemeente or taakstelling stay Dutch)."""

ENGELS = re.compile(r"(?<![\w,])(the|with|for|without|default|required|omit|YYYY|language)(?![\w,])")


def _paden(parser: argparse.ArgumentParser, pad: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The command path of every (sub)parser: (), ("gemeente",), ("oekraine", "plicht"), …"""
    paden = [pad]
    for actie in parser._actions:
        if isinstance(actie, argparse._SubParsersAction):
            for naam, sub in actie.choices.items():
                paden += _paden(sub, (*pad, naam))
    return paden


PADEN = _paden(build_parser())


def _hulpteksten(tekst: str) -> str:
    """The help sentences of a ``--help`` output: without the usage lines, option names, metavars."""
    tekst = tekst.split("\n\n", 1)[1] if tekst.startswith("usage:") else tekst
    tekst = re.sub(r"(?m)^\s*(-[-\w]+(?:\s[A-Z_]+)?(?:,\s)?)+", " ", tekst)  # option strings and metavars
    tekst = re.sub(r"--[\w-]+|\$\w+|\{[\w,-]+\}|\b[A-Z_]{3,}\b", " ", tekst)
    # argparse's own sentences are English in every language
    for eigen in ("show this help message and exit", "show program's version number and exit"):
        tekst = tekst.replace(eigen, " ")
    return tekst


def test_every_subcommand_is_covered() -> None:
    assert {p[0] for p in PADEN if p} >= {"gemeente", "spreiding", "statushouders", "oekraine", "schema"}
    assert ("oekraine", "plicht") in PADEN and ("opvang", "dwangsom") in PADEN


@pytest.mark.parametrize("pad", PADEN, ids=lambda p: " ".join(p) or "asielketen")
def test_help_in_english_has_no_dutch_sentence(
    capsys: pytest.CaptureFixture[str], pad: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, "--taal", "en", *pad, "--help")
    assert code == 0 and err == ""
    zinnen = _hulpteksten(out)
    gevonden = sorted({m.group(0) for m in NEDERLANDS.finditer(zinnen)})
    assert not gevonden, f"Dutch words {gevonden} in:\n{out}"
    # --taal after the subcommand gives the same help; so does $ASIELKETEN_TAAL
    code, na, _ = run(capsys, *pad, "--taal", "en", "--help")
    assert code == 0 and na == out


@pytest.mark.parametrize("pad", PADEN, ids=lambda p: " ".join(p) or "asielketen")
def test_help_in_dutch_by_default(capsys: pytest.CaptureFixture[str], pad: tuple[str, ...]) -> None:
    code, out, _ = run(capsys, *pad, "--help")
    assert code == 0
    assert "taal van uitleg" in out  # --taal's own help, on every parser
    assert not ENGELS.search(_hulpteksten(out).replace("JSON Schema", "")), out


def test_help_follows_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASIELKETEN_TAAL", "en")
    code, out, _ = run(capsys, "gemeente", "--help")
    assert code == 0 and "profile of a gemeente" not in out  # a subcommand's own help is its description
    assert "language of explanations" in out and "YYYY-MM-DD" in out
    code, out, _ = run(capsys, "--help")
    assert "Rules and reference data of the Dutch asylum reception chain" in out


def test_the_parser_is_built_in_the_current_language() -> None:
    with in_taal("en"):
        assert (
            build_parser().description
            == "Rules and reference data of the Dutch asylum reception chain, with sources."
        )
    assert (
        build_parser().description
        == "Regels en referentiegegevens van de Nederlandse asielketen, met bronnen."
    )
