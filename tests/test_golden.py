"""Golden outputs: what every command prints is pinned, byte for byte.

Every invocation of ``tests/test_determinism.py`` (one per command path, JSON wherever the command
has it) is run in every format its command offers, in Dutch and in English, plus invocations that
exercise options the others do not (herverdeling inputs, SES scores, Oekraïne financing, errors).
Its exit status, stdout and stderr are compared with ``tests/golden/NNN.txt``.

A restructuring of the code (issue 15) must leave every file unchanged. A change that is *meant* to
change an output (a new field, a corrected sentence) regenerates them —
``ASIELKETEN_GOLDEN=schrijf pytest tests/test_golden.py`` — and the diff of ``tests/golden/`` is
then part of the review and named in the CHANGELOG.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest

from asielketen.cli import main

from .test_determinism import INVOCATIONS, write_files
from .test_fuzz import COMMANDS

GOLDEN = Path(__file__).resolve().parent / "golden"
SCHRIJF = os.environ.get("ASIELKETEN_GOLDEN") == "schrijf"

EXTRA: list[list[str]] = [
    ["gemeente", "Amsterdam", "--peildatum", "2025-10-06", "--format", "json"],
    ["gemeente", "Schiermonnikoog", "--peildatum", "2024-01-15", "--format", "json"],
    ["gemeente", "Het Hogeland", "--peildatum", "2025-10-06", "--uitleg"],
    ["spreiding", "--behoefte", "96000", "--peildatum", "2024-01-31", "--format", "json"],
    ["spreiding", "--behoefte", "96000", "--amv", "8140", "--methode", "hamilton", "--format", "csv"],
    ["statushouders", "--halfjaar", "2025-H1", "--gemeente", "Het Hogeland", "--format", "json"],
    ["statushouders", "--halfjaar", "2024-H2", "--format", "csv"],
    ["nareizigers", "--personen", "1", "--peildatum", "2025-10-20", "--aankomst", "2025-10-01"],
    ["nareizigers", "--personen", "6", "--peildatum", "2026-02-01", "--format", "json"],
    ["oekraine", "plicht", "--gemeente", "Het Hogeland", "--peildatum", "2025-10-06", "--format", "json"],
    ["oekraine", "vergoeding", "--plaatsen", "40", "--van", "2025-01-01", "--tot", "2026-01-01"],
    ["opvang", "dwangsom", "--nachten", "@nachten.csv", "--format", "csv"],
    ["gemeente", "Nergenshuizen"],
    ["spreiding", "--behoefte", "-5"],
    ["opvang", "dwangsom", "--nachten", "@bestaat-niet.csv"],
]
"""Invocations beyond those of test_determinism (``@name``: a file of :func:`write_files`)."""


def _varianten() -> list[list[str]]:
    """Every invocation in every format of its command, then the extra ones; each also in English."""
    result: list[list[str]] = []
    for argv in INVOCATIONS:
        pad = next(p for p in sorted(COMMANDS, key=len, reverse=True) if list(p) == argv[: len(p)])
        keuzes = COMMANDS[pad]._option_string_actions["--format"].choices or ()
        basis = [a for i, a in enumerate(argv) if a != "--format" and (i == 0 or argv[i - 1] != "--format")]
        for formaat in ("table", *sorted(set(keuzes) - {"table"})):
            result.append(basis if formaat == "table" else [*basis, "--format", formaat])
    result += EXTRA
    gezien: list[list[str]] = []
    for argv in result:
        for variant in (argv, [*argv, "--taal", "en"] if "--taal" not in argv else argv):
            if variant not in gezien:
                gezien.append(variant)
    return gezien


VARIANTEN = _varianten()


VANDAAG = "2026-12-06"
"""The "today" of every invocation (``$ASIELKETEN_VANDAAG``): ``gemeente X`` without ``--peildatum``
evaluates at today's date, and the golden files must not change with the calendar."""


@pytest.fixture(autouse=True)
def _vandaag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASIELKETEN_VANDAAG", VANDAAG)


@pytest.fixture(scope="module")
def map_(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("golden")
    write_files(folder)
    return folder


def _run(argv: list[str], folder: Path) -> str:
    echt = [str(folder / a[1:]) if a.startswith("@") else a for a in argv]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(echt)
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    kop = f"$ asielketen {' '.join(argv)}\n# status {code}\n"
    return (kop + f"# stdout\n{out.getvalue()}# stderr\n{err.getvalue()}").replace(str(folder), "@")


@pytest.mark.parametrize("nr", range(len(VARIANTEN)), ids=[" ".join(a) for a in VARIANTEN])
def test_output_is_golden(nr: int, map_: Path) -> None:
    argv = VARIANTEN[nr]
    pad = GOLDEN / f"{nr:03d}.txt"
    gekregen = _run(argv, map_)
    if SCHRIJF:
        GOLDEN.mkdir(exist_ok=True)
        pad.write_text(gekregen, encoding="utf-8")
    assert pad.exists(), f"no golden output {pad.name}: ASIELKETEN_GOLDEN=schrijf pytest {__file__}"
    verwacht = pad.read_text(encoding="utf-8")
    assert gekregen == verwacht, f"{' '.join(argv)}: output differs from {pad.name}"


def test_no_stale_golden_files() -> None:
    bekend = {f"{nr:03d}.txt" for nr in range(len(VARIANTEN))}
    assert {p.name for p in GOLDEN.glob("*.txt")} <= bekend
