"""``asielketen toets``: scenario files run, compare, report and refuse as documented."""

from __future__ import annotations

import contextlib
import io
import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from asielketen._cli._toets import opdrachten, toetsbestand_schema, zoek
from asielketen.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "examples" / "scenarios"
VOORBEELDEN = sorted(SCENARIOS.glob("*.toml"))


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: object = main(list(argv))
        except SystemExit as exc:
            code = exc.code
    return (code if isinstance(code, int) else -1), out.getvalue(), err.getvalue()


def _bestand(tmp_path: Path, tekst: str, naam: str = "s.toml") -> Path:
    pad = tmp_path / naam
    pad.write_text(tekst, encoding="utf-8")
    return pad


GOED = """
[[geval]]
naam = "HH"
opdracht = "statushouders"
invoer = { halfjaar = "2025-H2", gemeente = "Het Hogeland" }
verwacht = { "waarde.taakstelling" = %s }
"""

# -- the examples ----------------------------------------------------------------------------------


def test_the_examples_cover_every_domain() -> None:
    gebruikt = set()
    for pad in VOORBEELDEN:
        gebruikt |= {g["opdracht"] for g in tomllib.loads(pad.read_text(encoding="utf-8"))["geval"]}
    assert {
        "spreiding",
        "statushouders",
        "gemeente",
        "nareizigers",
        "oekraine plicht",
        "oekraine vergoeding",
        "opvang dwangsom",
        "opvang overzicht",
    } <= gebruikt


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_every_example_runs_green(taal: str) -> None:
    code, out, err = _run("toets", str(SCENARIOS), "--taal", taal)
    assert (code, err) == (0, ""), out + err
    assert ("MISLUKT" if taal == "nl" else "FAIL") not in out
    assert out.rstrip().endswith("0 mislukt." if taal == "nl" else "0 failed.")


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=[p.name for p in VOORBEELDEN])
def test_each_example_file_runs_green_and_fits_the_schema(pad: Path) -> None:
    code, out, err = _run("toets", str(pad))
    assert (code, err) == (0, ""), out + err
    data = json.loads(json.dumps(tomllib.loads(pad.read_text(encoding="utf-8")), default=str))
    Draft202012Validator(toetsbestand_schema()).validate(data)


def test_the_schema_is_valid_and_printed_by_the_command() -> None:
    schema = toetsbestand_schema()
    Draft202012Validator.check_schema(schema)
    code, out, _ = _run("toets", "--schema")
    assert code == 0 and json.loads(out) == schema
    assert set(schema["properties"]["geval"]["items"]["properties"]["opdracht"]["enum"]) == set(opdrachten())
    assert "toets" not in opdrachten() and "serve" not in opdrachten()


def test_the_schema_refuses_what_the_runner_refuses() -> None:
    v = Draft202012Validator(toetsbestand_schema())
    assert not v.is_valid({"geval": []})
    assert not v.is_valid({"geval": [{"naam": "x", "opdracht": "bestaat niet", "verwacht": {"a": 1}}]})
    assert not v.is_valid({"geval": [{"naam": "x", "opdracht": "spreiding"}]})  # nothing expected
    assert not v.is_valid(
        {"geval": [{"naam": "x", "opdracht": "spreiding", "fout": True, "verwacht": {"a": 1}}]}
    )
    assert v.is_valid({"geval": [{"naam": "x", "opdracht": "spreiding", "fout": True}]})


# -- pass, fail, exit status -----------------------------------------------------------------------


def test_a_failing_case_shows_expected_and_actual_and_exits_1(tmp_path: Path) -> None:
    pad = _bestand(tmp_path, GOED % 36)
    code, out, err = _run("toets", str(pad))
    assert code == 1 and err == ""
    assert f"MISLUKT  {pad}: HH" in out
    assert "waarde.taakstelling: verwacht 36, gekregen 35" in out
    assert "1 gevallen: 0 geslaagd, 1 mislukt." in out
    code, out, _ = _run("toets", str(pad), "--taal", "en")
    assert code == 1 and "waarde.taakstelling: expected 36, got 35" in out and f"FAIL {pad}: HH" in out


def test_a_missing_path_or_a_refusal_fails_the_case(tmp_path: Path) -> None:
    pad = _bestand(tmp_path, GOED.replace('"waarde.taakstelling"', '"waarde.bestaat[0]"') % 1)
    code, out, _ = _run("toets", str(pad))
    assert code == 1 and "(ontbreekt: geen veld 'bestaat' in waarde)" in out
    pad = _bestand(tmp_path, GOED.replace("2025-H2", "2025-H7") % 1)
    code, out, _ = _run("toets", str(pad))
    assert code == 1 and "de opdracht weigerde de invoer" in out
    pad = _bestand(tmp_path, GOED.replace('verwacht = { "waarde.taakstelling" = %s }', "fout = true"))
    code, out, _ = _run("toets", str(pad))
    assert code == 1 and "verwacht: de opdracht weigert de invoer; gekregen: een uitkomst" in out


def test_json_output(tmp_path: Path) -> None:
    pad = _bestand(tmp_path, GOED % 35)
    code, out, _ = _run("toets", str(pad), "--format", "json")
    assert code == 0
    [u] = json.loads(out)
    assert u["geslaagd"] is True and u["opdracht"] == "statushouders"
    assert u["controles"] == [
        {
            "pad": "waarde.taakstelling",
            "verwacht": 35,
            "gekregen": 35,
            "gevonden": True,
            "reden": None,
            "klopt": True,
        }
    ]


def test_files_are_resolved_next_to_the_scenario_file_and_flags_are_true(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "n.csv").write_text("datum,personen\n2025-06-01,2001\n", encoding="utf-8")
    _bestand(
        tmp_path / "sub",
        '[[geval]]\nnaam = "d"\nopdracht = "opvang dwangsom"\ninvoer = { nachten = "n.csv" }\n'
        'verwacht = { "waarde.totaal" = 50000, "waarde.nachten[-1].personen" = 2001 }\n'
        '[[geval]]\nnaam = "v"\nopdracht = "statushouders"\n'
        'invoer = { vng-actie = true, peildatum = 2026-07-01, gemeente = "GM0014", landelijk = 5 }\n'
        "fout = true\n",
    )
    code, out, err = _run("toets", str(tmp_path))  # a folder: every *.toml below it
    assert code == 0, out + err


# -- malformed files: exit 2, one line naming file, case and key -----------------------------------


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("[[geval]\n", "geen geldig TOML"),
        ("titel = 1\n", "titel"),
        ("omschrijving = 'x'\n", "geen gevallen"),
        ('[[geval]]\nopdracht = "spreiding"\n', "sleutel naam"),
        (
            '[[geval]]\nnaam = "a"\nopdracht = "spreidng"\nverwacht = { x = 1 }\n',
            "geval 'a', sleutel opdracht",
        ),
        ('[[geval]]\nnaam = "a"\nopdracht = "toets"\nverwacht = { x = 1 }\n', "onbekende opdracht"),
        ('[[geval]]\nnaam = "a"\nopdracht = "spreiding"\nverwachting = { x = 1 }\n', "sleutel verwachting"),
        ('[[geval]]\nnaam = "a"\nopdracht = "spreiding"\ninvoer = { behoefte = 1 }\n', "sleutel verwacht"),
        (
            '[[geval]]\nnaam = "a"\nopdracht = "spreiding"\ninvoer = { behoeft = 1 }\nverwacht = { x = 1 }\n',
            "sleutel invoer.behoeft='behoeft': geen optie van 'spreiding'; mogelijk: behoefte",
        ),
        (
            '[[geval]]\nnaam = "a"\nopdracht = "spreiding"\ninvoer = { format = "csv" }\n'
            "verwacht = { x = 1 }\n",
            "sleutel invoer.format",
        ),
        (
            '[[geval]]\nnaam = "a"\nopdracht = "statushouders"\ninvoer = { vng-actie = 1 }\n'
            "verwacht = { x = 1 }\n",
            "moet true of false zijn",
        ),
        (
            '[[geval]]\nnaam = "a"\nopdracht = "opvang dwangsom"\ninvoer = { nachten = "weg.csv" }\n'
            "verwacht = { x = 1 }\n",
            "invoerbestand bestaat niet",
        ),
        (
            '[[geval]]\nnaam = "a"\nopdracht = "spreiding"\nverwacht = { "a..b" = 1 }\n',
            "sleutel verwacht.a..b",
        ),
        (
            '[[geval]]\nnaam = "a"\nopdracht = "spreiding"\nverwacht = { "a[x]" = 1 }\n',
            "ongeldig pad bij '[x]'",
        ),
        (
            '[[geval]]\nnaam = "a"\nopdracht = "spreiding"\nfout = true\n[[geval]]\nnaam = "a"\n'
            'opdracht = "spreiding"\nfout = true\n',
            "naam komt twee keer voor",
        ),
    ],
)
def test_a_malformed_file_is_exit_2_naming_file_case_and_key(
    tmp_path: Path, tekst: str, verwacht: str
) -> None:
    pad = _bestand(tmp_path, tekst)
    code, out, err = _run("toets", str(pad))
    assert code == 2 and out == "", err
    assert err.count("\n") == 1 and err.startswith("asielketen: fout: ") and str(pad) in err, err
    assert verwacht in err, err


def test_a_malformed_file_stops_before_any_case_runs(tmp_path: Path) -> None:
    _bestand(tmp_path, GOED % 35, "a.toml")
    _bestand(tmp_path, "[[geval]]\n", "b.toml")
    code, out, err = _run("toets", str(tmp_path), "--taal", "en")
    assert code == 2 and out == "" and "asielketen: error: " in err and "b.toml, case '#1', key naam" in err


def test_paths_that_are_not_there(tmp_path: Path) -> None:
    code, _, err = _run("toets", str(tmp_path / "weg.toml"))
    assert code == 2 and "bestaat niet" in err
    code, _, err = _run("toets", str(tmp_path))
    assert code == 2 and "geen scenariobestanden" in err
    code, _, err = _run("toets")
    assert code == 2 and "--schema" in err
    code, _, err = _run("toets", "")  # not the current folder
    assert code == 2 and "bestaat niet" in err


# -- paths and comparison --------------------------------------------------------------------------

DATA: dict[str, Any] = {
    "waarde": {
        "regels": [
            {"gemeentecode": "GM0014", "taakstelling": 177, "bedrag": "12.50"},
            {"gemeentecode": "GM1966", "taakstelling": 35, "bedrag": "0"},
        ],
        "zin": {"sleutel": "x.y", "nl": "Hallo", "en": "Hello"},
        "datum": "2025-10-06",
    }
}


def test_path_syntax() -> None:
    assert zoek(DATA, "waarde.regels[gemeentecode=GM1966].taakstelling")[:2] == (True, 35)
    assert zoek(DATA, "waarde.regels[0].taakstelling")[:2] == (True, 177)
    assert zoek(DATA, "waarde.regels[-1].gemeentecode")[:2] == (True, "GM1966")
    assert zoek(DATA, "waarde.regels[taakstelling=35].gemeentecode")[:2] == (True, "GM1966")
    gevonden, _, reden = zoek(DATA, "waarde.regels[2]")
    assert not gevonden and reden is not None and reden.tekst("en") == "waarde.regels has 2 elements, no [2]"
    gevonden, _, reden = zoek(DATA, "waarde.regels[gemeentecode=GM9999]")
    assert not gevonden and reden is not None and "GM9999" in reden.tekst()
    assert not zoek(DATA, "waarde.datum[0]")[0] and not zoek(DATA, "waarde.datum.x")[0]


def test_comparison_rules() -> None:
    from asielketen._cli._toets import _gelijk

    assert _gelijk(12.5, "12.50") and _gelijk(0, "0") and not _gelijk(1, "1x")
    assert _gelijk(date(2025, 10, 6), "2025-10-06")
    assert _gelijk("Hello", DATA["waarde"]["zin"]) and _gelijk("Hallo", DATA["waarde"]["zin"])
    assert not _gelijk(True, 1) and not _gelijk(1, True) and _gelijk(False, False)
    assert not _gelijk("12.5", "12.50")  # two texts are compared as texts
    assert _gelijk([1, "a"], [1, "a"]) and not _gelijk([1], [1, 2])


@given(st.lists(st.integers(), min_size=1, max_size=20), st.data())
def test_index_paths_find_what_python_finds(lijst: list[int], data: st.DataObject) -> None:
    i = data.draw(st.integers(min_value=-len(lijst), max_value=len(lijst) - 1))
    assert zoek({"l": lijst}, f"l[{i}]")[:2] == (True, lijst[i])


def test_the_example_of_the_docs_page_passes(tmp_path: Path) -> None:
    tekst = (ROOT / "docs" / "scenarios.md").read_text(encoding="utf-8")
    blok = tekst.split("```toml\n", 1)[1].split("```", 1)[0]
    pad = _bestand(tmp_path, blok, "hogeland.toml")
    code, out, err = _run("toets", str(pad))
    assert (code, err) == (0, ""), out + err
    assert out.rstrip().endswith("3 gevallen: 3 geslaagd, 0 mislukt.")
