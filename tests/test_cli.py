"""The command line: output, JSON through the converter, one-line errors with exit status 2."""

from __future__ import annotations

import json
import re
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
    assert re.search(r"\ninhabitants +48178 \(reference date 2025-01-01\)\n", en)
    assert re.search(r"\nnetworks +P10\n", en)  # issue 19: P10 ships
    assert "Result: profile of Het Hogeland (GM1966)\nWhy:\n" in en
    assert (
        "1. Het Hogeland (GM1966) lies in the provincie Groningen and the veiligheidsregio Groningen." in en
    )
    assert "source: CBS 85755NED (reference date 2024-01-01): Gebieden in Nederland 2024" in en
    assert "Note: this result rests (partly) on sources with status pers (press) or aanname" in en
    code, nl, _ = run(capsys, "gemeente", "Het Hogeland", "--uitleg")
    assert code == 0
    assert re.search(r"\ninwoners +48178 \(peildatum 2025-01-01\)\n", nl)
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


# --- issue 17: today's date by default, --format csv everywhere, --invoer (a CSV file of cases) ---

import csv as _csv  # noqa: E402
import io as _io  # noqa: E402
from pathlib import Path  # noqa: E402

from asielketen.bronregister import alle_bronnen  # noqa: E402


def _csv_rijen(out: str) -> list[dict[str, str]]:
    return list(_csv.DictReader(_io.StringIO(out)))


def test_gemeente_without_peildatum_evaluates_today_and_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASIELKETEN_VANDAAG", "2025-10-06")
    code, out, err = run(capsys, "gemeente", "Het Hogeland")
    assert code == 0 and err == ""
    assert out.startswith("peildatum: 2025-10-06 (vandaag; kies een andere met --peildatum)\n\n")
    assert "taakstelling          35 statushouders in 2025-H2" in out  # the rules, not only geography
    code, en, _ = run(capsys, "gemeente", "Het Hogeland", "--taal", "en")
    assert en.startswith("reference date: 2025-10-06 (today; choose another with --peildatum)\n")
    # the same as asking for that date, but for the first line
    _, expliciet, _ = run(capsys, "gemeente", "Het Hogeland", "--peildatum", "2025-10-06")
    assert out.split("\n", 2)[2] == expliciet
    code, js, _ = run(capsys, "gemeente", "Het Hogeland", "--format", "json")
    assert json.loads(js)["waarde"]["peildatum"] == "2025-10-06"


def test_gemeente_today_names_the_missing_number(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASIELKETEN_VANDAAG", "2026-12-06")
    code, out, _ = run(capsys, "gemeente", "Het Hogeland")
    assert code == 0
    assert "ontbreekt het landelijk aantal vergunninghouders (vg) voor 2026-H2" in out
    assert "--landelijk N" in out


def test_gemeente_today_is_the_system_date_without_the_variable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASIELKETEN_VANDAAG", raising=False)
    code, out, _ = run(capsys, "gemeente", "Utrecht", "--format", "csv")
    assert code == 0 and _csv_rijen(out)[0]["peildatum"] == date.today().isoformat()


@pytest.mark.parametrize("waarde", ["morgen", "2025-02-30", "9" * 500])
def test_a_bad_today_variable_is_one_error_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, waarde: str
) -> None:
    monkeypatch.setenv("ASIELKETEN_VANDAAG", waarde)
    code, out, err = run(capsys, "gemeente", "Utrecht")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("asielketen: fout: ASIELKETEN_VANDAAG=")
    code, _, _ = run(capsys, "gemeente", "Utrecht", "--peildatum", "2025-10-06")  # not read then
    assert code == 0


CSV_OPDRACHTEN: list[tuple[list[str], tuple[str, ...]]] = [
    (
        ["gemeente", "Het Hogeland", "--peildatum", "2025-10-06"],
        ("gemeentecode", "peildatum", "taakstelling"),
    ),
    (["nareizigers", "--personen", "2", "--peildatum", "2025-11-01"], ("peildatum", "personen", "uitkomst")),
    (
        ["oekraine", "plicht", "--gemeente", "Utrecht", "--peildatum", "2026-01-01", "--gevraagd", "150"],
        ("gemeentecode", "individueel_uitkomst", "tekort"),
    ),
    (
        ["oekraine", "vergoeding", "--plaatsen", "40", "--van", "2025-01-01", "--tot", "2026-01-01"],
        ("van", "tot", "totaal"),
    ),
]


@pytest.mark.parametrize(("argv", "kolommen"), CSV_OPDRACHTEN, ids=lambda v: " ".join(v[:2]))
def test_every_case_command_writes_one_csv_row(
    capsys: pytest.CaptureFixture[str], argv: list[str], kolommen: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, *argv, "--format", "csv")
    assert code == 0 and err == ""
    kop = out.splitlines()[0].split(",")
    assert all(k == k.lower() and " " not in k for k in kop)  # stable snake_case
    assert set(kolommen) | {"bronnen", "onzeker"} <= set(kop)
    (rij,) = _csv_rijen(out)
    assert rij["onzeker"] in {"true", "false"}
    bekend = {b.id for b in alle_bronnen()}
    assert rij["bronnen"] and set(rij["bronnen"].split(";")) <= bekend
    _, en, _ = run(capsys, *argv, "--format", "csv", "--taal", "en")
    assert en.splitlines()[0] == out.splitlines()[0]  # the header does not depend on the language


def test_csv_cells_are_plain() -> None:
    from decimal import Decimal

    from asielketen._cli._common import csv_cel
    from asielketen.sources import Status

    assert [csv_cel(v) for v in (None, True, False, date(2025, 1, 2), Status.PERS, Decimal("12.50"), 7)] == [
        "",
        "true",
        "false",
        "2025-01-02",
        "pers",
        "12.50",
        "7",
    ]


def test_bronnen_csv_lists_every_source(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bronnen", "--format", "csv")
    assert code == 0
    rijen = _csv_rijen(out)
    assert list(rijen[0]) == ["id", "status", "citatie", "link"]
    assert [r["id"] for r in rijen] == [b.id for b in alle_bronnen()]
    assert {r["status"] for r in rijen} <= {s.value for s in Status}


def _bestand(tmp_path: Path, tekst: str, *, bom: bool = False) -> str:
    pad = tmp_path / "gevallen.csv"
    pad.write_bytes((b"\xef\xbb\xbf" if bom else b"") + tekst.encode("utf-8"))
    return str(pad)


def test_gemeente_batch_one_row_per_case_in_input_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASIELKETEN_VANDAAG", "2025-10-06")
    pad = _bestand(
        tmp_path,
        "gemeente;peildatum;landelijk\nUtrecht;2025-06-30;\n\nGM0014;;\nHet Hogeland;2026-03-01;9000\n",
        bom=True,
    )
    code, out, err = run(capsys, "gemeente", "--invoer", pad, "--format", "csv")
    assert code == 0 and err == ""
    rijen = _csv_rijen(out)
    assert [(r["gemeentenaam"], r["peildatum"]) for r in rijen] == [
        ("Utrecht", "2025-06-30"),
        ("Groningen", "2025-10-06"),  # an empty peildatum: today
        ("Het Hogeland", "2026-03-01"),
    ]
    # each row is what the single command gives for that case
    _, enkel, _ = run(
        capsys,
        "gemeente",
        "Het Hogeland",
        "--peildatum",
        "2026-03-01",
        "--landelijk",
        "9000",
        "--format",
        "csv",
    )
    assert _csv_rijen(enkel)[0] == rijen[2]
    code, js, _ = run(capsys, "gemeente", "--invoer", pad, "--format", "json")
    lijst = json.loads(js)
    assert isinstance(lijst, list) and len(lijst) == 3
    _, enkel_json, _ = run(capsys, "gemeente", "Utrecht", "--peildatum", "2025-06-30", "--format", "json")
    assert lijst[0] == json.loads(enkel_json)
    code, tabel, _ = run(capsys, "gemeente", "--invoer", pad)
    assert code == 0 and len(tabel.splitlines()) == 2 + 3


def test_nareizigers_batch_flags_as_ja_nee(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pad = _bestand(
        tmp_path,
        "personen,peildatum,aankomst,zonder-mvv,toestemming_gemeente,achterstand_taakstelling\n"
        "4,2025-11-01,,ja,nee,\n2,2025-11-01,,NEE,false,\n1,2026-01-10,2025-12-20,true,,ja\n",
    )
    code, out, err = run(capsys, "nareizigers", "--invoer", pad, "--format", "csv")
    assert code == 0 and err == ""
    rijen = _csv_rijen(out)
    verwacht = [
        ["--personen", "4", "--peildatum", "2025-11-01", "--zonder-mvv"],
        ["--personen", "2", "--peildatum", "2025-11-01"],
        [
            "--personen", "1", "--peildatum", "2026-01-10", "--aankomst", "2025-12-20",
            "--zonder-mvv", "--achterstand-taakstelling", "ja",
        ],
    ]  # fmt: skip
    for rij, argv in zip(rijen, verwacht, strict=True):
        _, enkel, _ = run(capsys, "nareizigers", *argv, "--format", "csv")
        assert _csv_rijen(enkel) == [rij]
    code, js, _ = run(capsys, "nareizigers", "--invoer", pad, "--format", "json")
    assert [u["waarde"]["aantal_nareizigers"] for u in json.loads(js)] == [4, 2, 1]


def test_oekraine_plicht_batch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pad = _bestand(
        tmp_path,
        "gemeente,peildatum,eigen_plaatsen,eigen_bezet,gevraagd,plaatsen,niveau,kwetsbaar\n"
        "Het Hogeland,2025-10-06,10,10,,,,ja\nUtrecht,2026-01-01,,,150,100,,\n"
        "Groningen,2026-01-01,,,400,380,veiligheidsregio,nee\n",
    )
    code, out, err = run(capsys, "oekraine", "plicht", "--invoer", pad, "--format", "csv")
    assert code == 0 and err == ""
    rijen = _csv_rijen(out)
    assert [r["gemeentenaam"] for r in rijen] == ["Het Hogeland", "Utrecht", "Groningen"]
    assert (
        rijen[0]["vol"] == "true" and rijen[1]["tekort"] == "50" and rijen[2]["niveau"] == "veiligheidsregio"
    )
    code, js, _ = run(capsys, "oekraine", "plicht", "--invoer", pad, "--format", "json")
    assert [p["gemeente_code"] for p in json.loads(js)] == ["GM1966", "GM0344", "GM0014"]


@pytest.mark.parametrize(
    ("argv", "inhoud", "delen"),
    [
        (
            ["gemeente"],
            "gemeente,peildatum,landelijk\nUtrecht,2025-02-30,-4\nAmsterdm,,\n,2025-01-01,\n",
            [
                "rij 2, kolom peildatum: datum='2025-02-30'",
                "rij 2, kolom landelijk: landelijk='-4'",
                "rij 3: gemeente='Amsterdm': onbekende gemeente",
                "rij 4, kolom gemeente: leeg, maar verplicht",
            ],
        ),
        (
            ["nareizigers"],
            "personen,peildatum,zonder_mvv\n0,2025-11-01,misschien\n1,,\n2,2025-11-01,ja\n",
            [
                "rij 2, kolom personen: personen='0'",
                "rij 2, kolom zonder_mvv: 'misschien' is geen ja/nee/true/false",
                "rij 3, kolom peildatum: leeg, maar verplicht",
            ],
        ),
        (
            ["oekraine", "plicht"],
            "gemeente,peildatum,eigen_plaatsen,niveau\nUtrecht,2026-01-01,5,\nUtrecht,2026-01-01,,provincie\n",
            [
                "rij 2: eigen-bezet=None: geef --eigen-plaatsen en --eigen-bezet allebei op",
                "rij 3, kolom niveau:",
            ],
        ),
        (["gemeente"], "gemeente,peildatm\nUtrecht,2025-01-01\n", ["onbekende kolommen: 'peildatm'"]),
        (["gemeente"], "gemeente,format\nUtrecht,json\n", ["onbekende kolommen: 'format'"]),
        (["nareizigers"], "personen\n2\n", ["kolommen vereist: peildatum, personen"]),
        (["gemeente"], "gemeente\n", ["geen gevallen"]),
    ],
)
def test_a_bad_case_file_is_one_error_line_before_any_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], inhoud: str, delen: list[str]
) -> None:
    pad = _bestand(tmp_path, inhoud)
    for formaat in ("table", "csv", "json"):
        code, out, err = run(capsys, *argv, "--invoer", pad, "--format", formaat)
        assert code == 2 and out == "" and err.count("\n") == 1, err
        assert err.startswith(f"asielketen: fout: invoer='{pad}': ")
        for deel in delen:
            assert deel in err, (deel, err)
    _, _, en = run(capsys, *argv, "--invoer", pad, "--taal", "en")
    assert en.startswith("asielketen: error: invoer=")


@pytest.mark.parametrize(
    "argv",
    [
        ["gemeente", "Utrecht"],
        ["gemeente", "--peildatum", "2025-01-01"],
        ["nareizigers", "--personen", "2"],
        ["oekraine", "plicht", "--kwetsbaar"],
    ],
)
def test_invoer_does_not_mix_with_case_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    pad = _bestand(tmp_path, "gemeente,personen,peildatum\nUtrecht,1,2025-11-01\n")
    code, out, err = run(capsys, *argv, "--invoer", pad)
    assert code == 2 and out == "" and "gaat niet samen met" in err


@pytest.mark.parametrize(
    ("argv", "ontbreekt"),
    [
        (["gemeente"], "naam"),
        (["nareizigers", "--personen", "2"], "--peildatum"),
        (["nareizigers"], "--personen, --peildatum"),
        (["oekraine", "plicht", "--peildatum", "2025-01-01"], "--gemeente"),
    ],
)
def test_a_single_case_still_needs_its_required_options(
    capsys: pytest.CaptureFixture[str], argv: list[str], ontbreekt: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"verplicht: {ontbreekt} (of geef een bestand met gevallen: --invoer PAD)" in err


def test_invoer_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys as _sys

    class _Stdin:
        buffer = _io.BytesIO(b"gemeente,peildatum\nGM0363,2025-10-06\n")

    monkeypatch.setattr(_sys, "stdin", _Stdin())
    code, out, _ = run(capsys, "gemeente", "--invoer", "-", "--format", "csv")
    assert code == 0 and _csv_rijen(out)[0]["gemeentenaam"] == "Amsterdam"
