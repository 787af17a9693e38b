"""Determinism: every command's output is byte-identical across runs and across PYTHONHASHSEED.

Every command path of ``asielketen.cli.build_parser()`` has a representative valid invocation
below (``--format json`` wherever the command has it, and its default table/text output as well);
a new subcommand without one fails :func:`test_every_command_has_an_invocation`. The invocations
run in fresh processes: once each as ``python -m asielketen …`` (hash seed random), and grouped,
one process per hash seed (0, 1, 12345, and random twice), through the same ``main`` the
``-m`` entry point calls. All outputs must be identical, byte for byte.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from asielketen.cli import build_parser

from .test_fuzz import COMMANDS, _commands

INVOCATIONS: list[list[str]] = [
    ["gemeente", "Het Hogeland", "--peildatum", "2026-06-01", "--format", "json"],
    ["gemeente", "den haag"],
    ["spreiding", "--behoefte", "20000", "--amv", "1500", "--format", "json"],
    [
        "spreiding",
        "--behoefte",
        "12345",
        "--ses",
        "@ses.csv",
        "--ses-peildatum",
        "2023-01-01",
        "--methode",
        "sainte-lague",
        "--format",
        "json",
    ],
    ["spreiding", "--behoefte", "999", "--inwoners", "@inwoners.csv", "--inwoners-peildatum", "2025-01-01"],
    ["bronnen", "--format", "json"],
    ["bronnen"],
    ["nareizigers", "--personen", "4", "--peildatum", "2025-11-01", "--zonder-mvv", "--format", "json"],
    ["nareizigers", "--personen", "2", "--peildatum", "2025-11-01"],
    ["statushouders", "--halfjaar", "2025-H2", "--format", "json"],
    [
        "statushouders",
        "--halfjaar",
        "2026-H1",
        "--landelijk",
        "10000",
        "--inwoners",
        "@inwoners.csv",
        "--gemeente",
        "Utrecht",
        "--format",
        "json",
    ],
    ["statushouders", "--vng-actie", "--peildatum", "2026-06-01", "--format", "json"],
    ["statushouders", "--vng-actie", "--peildatum", "2026-06-01", "--netwerken", "@netwerken.csv"],
    [
        "opvang",
        "overzicht",
        "--locaties",
        "@locaties.csv",
        "--bezetting",
        "@bezetting.csv",
        "--peildatum",
        "2025-06-30",
        "--format",
        "json",
    ],
    ["opvang", "overzicht", "--locaties", "@locaties.csv", "--peildatum", "2026-01-01"],
    ["opvang", "dwangsom", "--nachten", "@nachten.csv", "--al-verbeurd", "100000", "--format", "json"],
    ["opvang", "dwangsom", "--nachten", "@nachten.csv"],
    [
        "oekraine",
        "plicht",
        "--gemeente",
        "Utrecht",
        "--peildatum",
        "2026-01-01",
        "--plaatsen",
        "100",
        "--bezet",
        "90",
        "--gevraagd",
        "150",
        "--format",
        "json",
    ],
    ["oekraine", "plicht", "--gemeente", "GM0014", "--peildatum", "2025-06-01", "--kwetsbaar"],
    [
        "oekraine",
        "vergoeding",
        "--plaatsen",
        "10",
        "--van",
        "2025-10-01",
        "--tot",
        "2026-03-01",
        "--huishouden",
        "2",
        "--format",
        "json",
    ],
    ["oekraine", "vergoeding", "--plaatsen", "3", "--van", "2024-06-15", "--tot", "2025-02-01"],
    ["schema", "Uitkomst[Spreiding]"],
    ["schema", "--format", "json"],
    ["schema", "Gemeente", "--taal", "en"],
    ["gemeente", "GM0014", "--peildatum", "2026-06-01", "--taal", "en"],
    ["toets", "@toets.toml", "--format", "json"],
    ["toets", "@toets.toml"],
]
"""Representative valid invocations; ``@name`` is a file written by :func:`write_files`."""


def write_files(folder: Path) -> None:
    """The input files of the invocations (deterministic content)."""
    from asielketen.gebied import register

    codes = [g.code for g in register().gemeenten]
    (folder / "ses.csv").write_text(
        "gemeentecode,ses_woa\n" + "".join(f"{c},{(i % 17 - 8) / 20}\n" for i, c in enumerate(codes))
    )
    (folder / "inwoners.csv").write_text(
        "gemeentecode,inwoners\n" + "".join(f"{c},{1000 + 37 * i}\n" for i, c in enumerate(codes))
    )
    (folder / "netwerken.csv").write_text("netwerk,gemeentecode\nM50,GM0014\nM50,GM0034\nR8,GM0344\n")
    (folder / "locaties.csv").write_text(
        "locatie_id,naam,soort,gemeente,van,tot,capaciteit\n"
        "L1,azc Een,azc,GM0363,2024-01-01,,400\n"
        "L2,nood Twee,noodopvang,Het Hogeland,2025-01-01,2027-01-01,100\n"
        "L3,hotel Drie,hotel,GM0518,2025-03-01,,60\n"
    )
    (folder / "bezetting.csv").write_text(
        "locatie_id,datum,personen\nL1,2025-06-30,430\nL2,2025-06-30,50\nL3,2025-06-30,61\n"
    )
    (folder / "toets.toml").write_text(
        'omschrijving = "Determinism"\n\n[[geval]]\nnaam = "Het Hogeland 2025-H2"\n'
        'opdracht = "statushouders"\ninvoer = { halfjaar = "2025-H2", gemeente = "Het Hogeland" }\n\n'
        '[geval.verwacht]\n"waarde.taakstelling" = 35\n'
    )
    (folder / "nachten.csv").write_text(
        "datum,personen\n" + "".join(f"2025-06-{d:02d},{1900 + 25 * d}\n" for d in range(1, 29))
    )


def test_every_command_has_an_invocation() -> None:
    paths = set(_commands(build_parser()))
    assert paths == set(COMMANDS)
    for path in paths:
        if "--format" not in COMMANDS[path]._option_string_actions:  # serve: runs a server, no result
            continue
        assert any(argv[: len(path)] == list(path) for argv in INVOCATIONS), f"no invocation for {path}"
        json_capable = "json" in (COMMANDS[path]._option_string_actions["--format"].choices or ())
        if json_capable:
            assert any(argv[: len(path)] == list(path) and "json" in argv for argv in INVOCATIONS), path


DRIVER = """
import contextlib, io, json, sys
from asielketen.cli import main
results = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
    results.append([code, out.getvalue(), err.getvalue()])
sys.stdout.write(json.dumps(results))
"""
"""Runs every invocation in one process (as ``python -m asielketen`` would: the same ``main``)."""


def _argv(folder: Path) -> list[list[str]]:
    return [[str(folder / a[1:]) if a.startswith("@") else a for a in argv] for argv in INVOCATIONS]


def _env(seed: str) -> dict[str, str]:
    # "today" is fixed: `gemeente` without --peildatum evaluates at today's date
    return {**os.environ, "PYTHONHASHSEED": seed, "ASIELKETEN_VANDAAG": "2026-12-06"}


def _grouped(folder: Path, seed: str) -> list[list[object]]:
    proc = subprocess.run(
        [sys.executable, "-c", DRIVER, json.dumps(_argv(folder))],
        capture_output=True,
        text=True,
        env=_env(seed),
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results: list[list[object]] = json.loads(proc.stdout)
    return results


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The input files, shared by every run."""
    path = tmp_path_factory.mktemp("determinism")
    write_files(path)
    return path


@pytest.fixture(scope="module")
def reference(folder: Path) -> list[list[object]]:
    """The outputs under PYTHONHASHSEED=0: every invocation succeeds, every JSON output parses."""
    results = _grouped(folder, "0")
    for argv, (code, out, err) in zip(INVOCATIONS, results, strict=True):
        assert code == 0 and err == "", (argv, err)
        assert isinstance(out, str) and out.strip(), argv
        if "json" in argv:
            json.loads(out)
    return results


@pytest.mark.parametrize("seed", ["1", "12345", "random"])
def test_output_is_identical_across_hash_seeds(
    seed: str, folder: Path, reference: list[list[object]]
) -> None:
    for argv, expected, got in zip(INVOCATIONS, reference, _grouped(folder, seed), strict=True):
        assert got == expected, f"{' '.join(argv)}: output differs under PYTHONHASHSEED={seed}"


def test_output_is_identical_across_runs(folder: Path, reference: list[list[object]]) -> None:
    first, second = _grouped(folder, "random"), _grouped(folder, "random")
    assert first == second == reference


def test_python_dash_m_gives_the_same_bytes(folder: Path, reference: list[list[object]]) -> None:
    # one real `python -m asielketen` process per command (the first, JSON, invocation of each)
    eerste: dict[tuple[str, ...], int] = {}
    for i, argv in enumerate(INVOCATIONS):
        eerste.setdefault(next(p for p in COMMANDS if list(p) == argv[: len(p)]), i)
    for i in sorted(eerste.values()):
        argv, expected = _argv(folder)[i], reference[i][1]
        proc = subprocess.run(
            [sys.executable, "-m", "asielketen", *argv],
            capture_output=True,
            env=_env("random"),
            check=False,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert proc.stdout.decode("utf-8") == expected, f"{' '.join(argv)}: python -m asielketen differs"
