"""The boundary: the one reader for user files, and the command as a process.

The reader (:mod:`asielketen._bestanden`): comma or semicolon, BOM, stdin, the size limit, capped error
reports that echo at most the offending cell, provenance that survives a file name that is not
UTF-8. The process: Ctrl-C, a closed pipe, a terminal that is not UTF-8. The attacks on the process
are rows of :data:`PROCESS_ATTACKS`; those on the file boundary are rows of
``tests/test_fuzz.py::SPECIAL_FILES`` (every loader × every row).
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import types
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asielketen import _bestanden, opvang, spreidingswet, to_json
from asielketen.errors import GETOONDE_FOUTEN, InvalidInputError, StructureError
from asielketen.gebied import register

from .conftest import run_cli

PEIL = date(2025, 1, 1)


def _inwoners_csv(scheiding: str = ",", bom: bool = False) -> bytes:
    regels = [f"gemeentecode{scheiding}inwoners"] + [
        f"{g.code}{scheiding}{1000 + i}" for i, g in enumerate(register().gemeenten)
    ]
    tekst = "\r\n".join(regels) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + tekst.encode("utf-8")


# --------------------------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheiding", [",", ";"])
@pytest.mark.parametrize("bom", [False, True])
def test_comma_or_semicolon_with_or_without_bom(tmp_path: Path, scheiding: str, bom: bool) -> None:
    pad = tmp_path / "inwoners.csv"
    pad.write_bytes(_inwoners_csv(scheiding, bom))
    r = register().met_inwoners_csv(pad, PEIL)
    assert r.gemeente("GM0363").inwoners_op(PEIL).aantal > 1000


def test_semicolon_export_with_comma_decimals_and_spaced_headings(tmp_path: Path) -> None:
    """A Dutch spreadsheet export: ``;``, decimal commas, headings with spaces and capitals."""
    pad = tmp_path / "ses.csv"
    pad.write_text(" Gemeentecode ; SES_WOA \nGM0363;-0,25\nGM0014;0,1\n", encoding="utf-8-sig")
    ses = spreidingswet.lees_ses_csv(pad, peildatum=PEIL)
    assert {s.gemeentecode: str(s.score) for s in ses.scores} == {"GM0363": "-0.25", "GM0014": "0.1"}


def test_stdin_is_read_for_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"datum;personen\n2025-09-01;2100\n")))
    (nacht,) = opvang.lees_nachten("-")
    assert (nacht.datum, nacht.personen) == (date(2025, 9, 1), 2100)


def test_the_size_limit_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_bestanden, "GROOTSTE_BESTAND", 10)
    pad = tmp_path / "n.csv"
    pad.write_bytes(b"datum,personen\n")
    with pytest.raises(InvalidInputError, match="MiB") as exc:
        opvang.lees_nachten(pad)
    assert exc.value.veld == "nachten"


def test_a_million_bad_rows_give_a_short_line(tmp_path: Path) -> None:
    pad = tmp_path / "slecht.csv"
    pad.write_bytes(b"datum,personen\n" + b"2025-13-01,x\n" * 1_000_000)
    with pytest.raises(StructureError) as exc:
        opvang.lees_nachten(pad)
    err = exc.value
    assert len(err.fouten) == GETOONDE_FOUTEN
    assert err.weggelaten == 2 * 1_000_000 - GETOONDE_FOUTEN  # two bad cells per row
    assert len(str(err)) < 5_000 and "en nog 1999980 fouten" in str(err)
    assert "and 1999980 more errors" in err.tekst("en")


@given(st.text(min_size=_bestanden.GETOONDE_TEKENS + 1, max_size=500))
def test_a_message_echoes_at_most_the_start_of_a_cell(cel: str) -> None:
    getoond = _bestanden.cel(cel).tekst("nl")
    assert len(getoond) < _bestanden.GETOONDE_TEKENS * 6 + 40  # a repr escapes a character in ≤ 6
    assert f"({len(cel)} tekens)" in getoond


def test_a_binary_file_is_refused_without_its_content(tmp_path: Path) -> None:
    pad = tmp_path / "environ"
    pad.write_bytes(b"GEHEIM=abc\x00PATH=/usr/bin\x00")
    with pytest.raises(StructureError) as exc:
        register().met_inwoners_csv(pad, PEIL)
    assert "NUL" in str(exc.value) and "GEHEIM" not in str(exc.value)


def test_provenance_of_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    pad = Path(os.fsdecode(bytes(tmp_path) + b"/inwoners-\xe9.csv"))
    pad.write_bytes(_inwoners_csv())
    r = register().met_inwoners_csv(pad, PEIL)
    (versie,) = [v for v in r.herkomst if v.naam.startswith("inwoners-")]
    assert versie.naam == "inwoners-\\xe9.csv"
    to_json(r).encode("utf-8")  # strict: no lone surrogate reaches the JSON


def test_agreements_of_one_location_overlap_check_names_both_rows(tmp_path: Path) -> None:
    pad = tmp_path / "locaties.csv"
    pad.write_text(
        "locatie_id,naam,soort,gemeente,van,tot,capaciteit\n"
        "L,azc,azc,Zwolle,2024-01-01,2025-01-01,10\n"
        "L,azc,azc,Zwolle,2026-01-01,,10\n"
        "L,azc,azc,Zwolle,2024-06-01,2024-07-01,10\n",
        encoding="utf-8",
    )
    with pytest.raises(StructureError) as exc:
        opvang.lees_locaties(pad)
    (fout,) = exc.value.fouten
    assert fout.startswith("rij 4:") and "rij 2" in fout


# --------------------------------------------------------------------------------------------
# The process
# --------------------------------------------------------------------------------------------

CLI = [sys.executable, "-m", "asielketen"]


def _run(argv: list[str], env: dict[str, str], stdin: int | None) -> subprocess.CompletedProcess[bytes]:
    omgeving = {**os.environ, **env}
    return subprocess.run(
        [*CLI, *argv], capture_output=True, env=omgeving, timeout=60, check=False, stdin=stdin
    )


PROCESS_ATTACKS: list[tuple[str, dict[str, str], list[str], int]] = [
    ("cp1252 stdout", {"PYTHONIOENCODING": "cp1252"}, ["bronnen"], 0),
    ("ascii stdout, accented name", {"PYTHONIOENCODING": "ascii"}, ["gemeente", "Súdwest-Fryslân"], 0),
    (
        "ascii stdout, JSON",
        {"PYTHONIOENCODING": "ascii"},
        ["gemeente", "Súdwest-Fryslân", "--format", "json"],
        0,
    ),
    ("ascii stderr, accented error", {"PYTHONIOENCODING": "ascii"}, ["gemeente", "Fryslânstad"], 2),
    ("latin-1 stdout, English", {"PYTHONIOENCODING": "latin-1"}, ["--taal", "en", "bronnen"], 0),
    ("a FIFO is not read", {}, ["opvang", "dwangsom", "--nachten", "/dev/stdin"], 2),
    ("the environment is not echoed", {}, ["spreiding", "--behoefte", "96000", "--inwoners",
                                           "/proc/self/environ", "--inwoners-peildatum", "2025-01-01"], 2),
]
"""(name, environment, arguments, exit status): a process that must end with that status, one
error line at most, no traceback, and output that decodes in its encoding. New attacks are rows."""


@pytest.mark.parametrize(
    ("naam", "env", "argv", "status"), PROCESS_ATTACKS, ids=[a[0] for a in PROCESS_ATTACKS]
)
def test_process_attacks(naam: str, env: dict[str, str], argv: list[str], status: int) -> None:
    stdin = subprocess.PIPE if "FIFO" in naam else None
    proc = _run(argv, {**env, "ASIELKETEN_GEHEIM": "s3cr3t"}, stdin)
    encoding = env.get("PYTHONIOENCODING", "utf-8")
    out, err = proc.stdout.decode(encoding), proc.stderr.decode(encoding)
    assert proc.returncode == status, err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, err
    assert "s3cr3t" not in err + out
    if "--format" in argv:
        json.loads(out)


def test_ctrl_c_exits_130_with_one_line() -> None:
    """The command waits on stdin (``--nachten -``); a Ctrl-C then ends it with one line."""
    proc = subprocess.Popen(
        [*CLI, "opvang", "dwangsom", "--nachten", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        time.sleep(3)  # far more than the start needs; the process then waits in read()
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert err.decode().strip() == "asielketen: fout: afgebroken (Ctrl-C)"


def test_ctrl_c_during_start_never_shows_a_traceback_of_ours() -> None:
    """A Ctrl-C at a spread of moments of the start and the run: status 130 and one line, or done
    before it (0), or killed before Python installed its handler. Only the interpreter's own start,
    before any line of asielketen runs, may still answer with Python's traceback: none of its
    frames is then in asielketen."""
    for ms in range(0, 400, 25):
        proc = subprocess.Popen([*CLI, "bronnen"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(ms / 1000)
        proc.send_signal(signal.SIGINT)
        _, raw = proc.communicate(timeout=60)
        err = raw.decode(errors="replace")
        if proc.returncode == 130:
            assert err.strip() == "asielketen: fout: afgebroken (Ctrl-C)", (ms, err)
        elif proc.returncode not in (0, -signal.SIGINT):
            assert f"{os.sep}asielketen{os.sep}" not in err, (ms, err)


def test_a_closed_pipe_is_a_quiet_end() -> None:
    proc = subprocess.Popen([*CLI, "bronnen"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read() if proc.stderr else b""
    proc.wait(timeout=60)
    assert proc.returncode == 0 and b"Traceback" not in err and b"Exception ignored" not in err


def test_in_process_encoding_errors_are_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "gemeente", "Súdwest-Fryslân", "--format", "json")
    assert code == 0 and json.loads(out)["waarde"]["gemeente"]["naam"] == "Súdwest-Fryslân"


def test_problems_are_listed_by_row_and_the_lowest_rows_are_kept(tmp_path: Path) -> None:
    """An overlap is found after the last row, yet is listed at its row and kept over later rows."""
    pad = tmp_path / "locaties.csv"
    pad.write_text(
        "locatie_id,naam,soort,gemeente,van,tot,capaciteit\n"
        "L,azc,azc,Zwolle,2024-01-01,2025-01-01,10\n"
        "L,azc,azc,Zwolle,2024-06-01,2024-07-01,10\n"
        + "M,azc,azc,Zwolle,2024-01-01,,-1\n" * 40,
        encoding="utf-8",
    )
    with pytest.raises(StructureError) as exc:
        opvang.lees_locaties(pad)
    fouten = exc.value.fouten
    assert fouten[0].startswith("rij 3:") and "overlapt" in fouten[0]
    rijen = [int(f.split(":")[0].removeprefix("rij ")) for f in fouten]
    assert rijen == sorted(rijen) and len(fouten) == GETOONDE_FOUTEN
    assert exc.value.weggelaten == 41 - GETOONDE_FOUTEN


class _Onderbreekt(types.ModuleType):
    """A stand-in for ``asielketen.cli`` whose every name is a Ctrl-C (an interrupted import)."""

    def __getattr__(self, naam: str) -> object:
        raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("taal", "regel"),
    [("", "asielketen: fout: afgebroken (Ctrl-C)"), ("en", "asielketen: error: interrupted (Ctrl-C)")],
)
def test_ctrl_c_while_the_library_loads_is_one_line_in_the_language(
    taal: str, regel: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``_start`` writes its own line before the catalogue is loaded, in ``$ASIELKETEN_TAAL``'s language."""
    from asielketen import _start

    monkeypatch.setitem(sys.modules, "asielketen.cli", _Onderbreekt("asielketen.cli"))
    monkeypatch.setenv("ASIELKETEN_TAAL", taal)
    assert _start.main() == 130
    assert capsys.readouterr().err == regel + "\n"
