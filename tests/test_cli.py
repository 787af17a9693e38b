"""The command line: output, JSON through the converter, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from asielketen import __version__
from asielketen.explain import Uitkomst
from asielketen.profiel import Gemeenteprofiel
from asielketen.serialization import structure

from .conftest import run_cli as run


def test_gemeente_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "gemeente", "Het Hogeland")
    assert code == 0 and err == ""
    assert "Het Hogeland (GM1966)" in out
    assert "Groningen (PV20)" in out
    assert "48224 (peildatum 2024-01-01)" in out
    assert "CBS 85755NED" in out


def test_gemeente_json_is_the_converter_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "gemeente", "den haag", "--peildatum", "2025-06-30", "--format", "json")
    assert code == 0
    data = json.loads(out)
    u = structure(data, Uitkomst[Gemeenteprofiel])
    assert u.waarde.gemeente.code == "GM0518"
    assert u.waarde.netwerken == ("G4",)
    assert data["waarde"]["inwoners"] == {
        "peildatum": "2024-01-01",
        "aantal": 566221,
        "bron": "CBS-85755NED-2024",
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
    assert all(b["status"] in {"wettekst", "brief", "pers", "aanname"} for b in data)
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
    assert (u.waarde.totaal, u.waarde.verschil, u.waarde.sleutel.value) == (96_001, 1, "inwoners")
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
        and "som van gemeenten    88004 (verschil +4)" in out
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
