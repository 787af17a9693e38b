"""The command line: output, JSON through the converter, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from asielketen import __version__
from asielketen.explain import Uitkomst
from asielketen.profiel import Gemeenteprofiel
from asielketen.serialization import structure
from asielketen.sources import Status

from .conftest import run_cli as run


def test_gemeente_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "gemeente", "Het Hogeland")
    assert code == 0 and err == ""
    assert "Het Hogeland (GM1966)" in out
    assert "Groningen (PV20)" in out
    assert "48178 (peildatum 2025-01-01)" in out
    assert "CBS 85755NED" in out  # the division into gemeenten
    assert "CBS 03759NED (peildatum 2025-01-01)" in out  # the newest inhabitants


def test_gemeente_json_is_the_converter_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "gemeente", "den haag", "--peildatum", "2025-06-30", "--format", "json")
    assert code == 0
    data = json.loads(out)
    u = structure(data, Uitkomst[Gemeenteprofiel])
    assert u.waarde.gemeente.code == "GM0518"
    assert u.waarde.netwerken == ("G4",)
    assert data["waarde"]["inwoners"] == {
        "peildatum": "2025-01-01",
        "aantal": 568945,
        "bron": "CBS-03759NED-2025",
    }


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["gemeente", "Amsterdm"], "bedoelt u 'Amsterdam'"),
        (["gemeente", "Bergen"], "meerdere gemeenten passen"),
        (["gemeente", "Utrecht", "--peildatum", "2025-02-30"], "argument --peildatum: datum='2025-02-30'"),
        (["gemeente", "Utrecht", "--peildatum", "2019-01-01"], "2019-01-01"),
        (["gemeente", "Utrecht", "--format", "xml"], "invalid choice"),
        (["onbekend"], "invalid choice"),
        ([], "required"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("asielketen: fout: ")
    assert fragment in err
    assert "Traceback" not in err


def test_bronnen_lists_every_source_with_status(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bronnen", "--format", "json")
    assert code == 0
    data = json.loads(out)
    ids = {b["id"] for b in data}
    assert {
        "VNG-2025-09-22",
        "VNG-2025-10-13",
        "AenM-2026-03-26",
        "VNG-2026-05-13",
        "VNG-2026-05-28",
    } <= ids
    assert all(b["status"] in {s.value for s in Status} for b in data)
    code, out, _ = run(capsys, "bronnen")
    assert code == 0 and "U202600266, Lbr. 26/014" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"asielketen {__version__}"


def test_module_entry_point_in_a_subprocess() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "asielketen", "gemeente", "GM0363", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["waarde"]["gemeente"]["naam"] == "Amsterdam"
    proc = subprocess.run(
        [sys.executable, "-m", "asielketen", "gemeente", "Nergenshuizen"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and proc.stdout == "" and "Traceback" not in proc.stderr


def test_spreiding_json_csv_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    from asielketen.spreidingswet import Spreiding

    code, out, _ = run(capsys, "spreiding", "--behoefte", "96000", "--amv", "8140", "--format", "json")
    assert code == 0
    u = structure(json.loads(out), Uitkomst[Spreiding])
    assert (u.waarde.totaal, u.waarde.verschil, u.waarde.sleutel.value) == (96_002, 2, "inwoners")
    assert (u.waarde.inwoners_peildatum, u.waarde.inwoners_bron) == (date(2025, 1, 1), "CBS-03759NED-2025")
    rec = json.loads(out)["waarde"]["gemeenten"][0]
    assert {"gemeentecode", "gemeentenaam", "provinciecode", "plaatsen"} <= set(rec)
    code, out, _ = run(capsys, "spreiding", "--behoefte", "1000", "--methode", "hamilton", "--format", "csv")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 342
    assert list(rows[0])[:3] == ["gemeentecode", "gemeentenaam", "provinciecode"]
    assert sum(int(r["plaatsen"]) for r in rows) == 1000
    code, out, _ = run(capsys, "spreiding", "--behoefte", "88000")
    assert (
        code == 0
        and "som van gemeenten    88003 (verschil +3)" in out
        and "inwoners             CBS op 2025-01-01 (In = 18044027)" in out
        and "NIET de wettelijke sleutel" in out
    )


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["spreiding", "--behoefte", "-1"], "negatief"),
        (["spreiding", "--behoefte", "veel"], "geen geheel getal"),
        (["spreiding", "--behoefte", "10", "--ses", "x.csv"], "--ses-peildatum"),
        (
            ["spreiding", "--behoefte", "10", "--ses", "/nonexistent.csv", "--ses-peildatum", "2022-01-01"],
            "niet leesbaar",
        ),
        (["spreiding", "--behoefte", "10", "--amv", "11"], "amv=11"),
        (["spreiding"], "--behoefte"),
    ],
)
def test_spreiding_bad_input(capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and fragment in err


# -- languages: --taal nl|en and $ASIELKETEN_TAAL ----------------------------------------------


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--taal", "en", "gemeente", "Amsterdm"], "unknown gemeente; did you mean 'Amsterdam'"),
        (["gemeente", "Amsterdm", "--taal", "en"], "unknown gemeente; did you mean 'Amsterdam'"),
        (["--taal=en", "gemeente", "Bergen"], "more than one gemeente fits: 'Bergen (NH.) (GM0373)'"),
        (
            ["--taal", "en", "gemeente", "Utrecht", "--peildatum", "2025-02-30"],
            "argument --peildatum: datum='2025-02-30': not a valid date (YYYY-MM-DD)",
        ),
        (["--taal", "en", "gemeente", "Utrecht", "--format", "xml"], "argument --format: invalid choice"),
        (["--taal", "en", "gemeente", "Utrecht", "--peildatum", "2019-01-01"], "on or before 2019-01-01"),
        (["--taal", "en"], "required"),
    ],
)
def test_taal_en_gives_the_error_line_in_english(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("asielketen: error: "), err
    assert fragment in err and "Traceback" not in err


def test_taal_nl_is_the_default_and_can_be_named(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, standaard = run(capsys, "gemeente", "Amsterdm")
    _, _, nl = run(capsys, "gemeente", "Amsterdm", "--taal", "nl")
    assert standaard == nl
    assert nl.startswith("asielketen: fout: gemeente='Amsterdm': onbekende gemeente; bedoelt u 'Amsterdam'")


def test_unknown_taal_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--taal", "fr", "bronnen")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("asielketen: fout: argument --taal: invalid choice: 'fr'")


def test_profile_explanation_and_labels_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, en, _ = run(capsys, "--taal", "en", "gemeente", "Het Hogeland", "--uitleg")
    assert code == 0
    assert "inhabitants       48178 (reference date 2025-01-01)" in en
    assert "networks          no known network" in en
    assert "Result: profile of Het Hogeland (GM1966)\nWhy:\n" in en
    assert (
        "1. Het Hogeland (GM1966) lies in the provincie Groningen and the veiligheidsregio Groningen." in en
    )
    assert "source: CBS 85755NED (reference date 2024-01-01): Gebieden in Nederland 2024" in en
    assert "Note: this result rests (partly) on sources with status pers (press) or aanname" in en
    code, nl, _ = run(capsys, "gemeente", "Het Hogeland", "--uitleg")
    assert code == 0
    assert "inwoners          48178 (peildatum 2025-01-01)" in nl
    assert "Uitkomst: profiel van Het Hogeland (GM1966)\nWaarom:\n" in nl
    assert "1. Het Hogeland (GM1966) ligt in de provincie Groningen en de veiligheidsregio Groningen." in nl
    assert len(nl.splitlines()) == len(en.splitlines())


def test_sources_list_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "gemeente", "Het Hogeland", "--taal", "en")
    assert code == 0
    assert "\nSources:\n  CBS 85755NED (reference date 2024-01-01)" in out
    assert "Note: this result rests (partly) on sources with status pers (press) or aanname" in out
    code, out, _ = run(capsys, "--taal", "en", "bronnen")
    assert code == 0 and out.splitlines()[0].split() == ["id", "status", "source"]
    assert "Letter from VNG to leden van college en gemeenteraad, 2026-05-28, kenmerk U202600266" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["gemeente", "Het Hogeland", "--peildatum", "2025-06-01", "--format", "json"],
        ["gemeente", "den haag", "--peildatum", "2026-06-30", "--format", "json"],
        ["bronnen", "--format", "json"],
    ],
)
def test_json_is_the_same_in_every_language(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code_nl, nl, _ = run(capsys, "--taal", "nl", *argv)
    code_en, en, _ = run(capsys, "--taal", "en", *argv)
    assert code_nl == code_en == 0
    assert nl == en
    stappen = json.loads(nl).get("stappen", []) if argv[0] == "gemeente" else []
    for stap in stappen:  # every sentence carries both languages
        assert set(stap["bericht"]) == {"sleutel", "nl", "en"}


def test_environment_variable_sets_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASIELKETEN_TAAL", "en")
    _, _, err = run(capsys, "gemeente", "Amsterdm")
    assert err.startswith("asielketen: error: gemeente='Amsterdm': unknown gemeente")
    _, _, err = run(capsys, "--taal", "nl", "gemeente", "Amsterdm")  # the option wins
    assert err.startswith("asielketen: fout: ")
    monkeypatch.setenv("ASIELKETEN_TAAL", "fr")
    code, out, err = run(capsys, "bronnen")
    assert code == 2 and out == ""
    assert err == "asielketen: fout: ASIELKETEN_TAAL='fr': onbekende taal; kies uit nl, en\n"
    code, _, _ = run(capsys, "--taal", "en", "bronnen", "--format", "json")  # the option makes it moot
    assert code == 0
