"""Cold calls: every CLI subcommand and the imports, against importing the runtime dependencies alone.

Whole processes, side by side (A B A B …), median CPU time (user + system) of N runs of each; each
figure with its ratio to the baseline and its goal (issue 18: ≤ 1.5× for every subcommand's cold
call and for ``from asielketen import *``; issue 10: ≤ 1.25× for ``import asielketen``).
Never asserted in tests: run ``python benchmarks/bench_import.py [-n RUNS]`` (or ``run.py``).

"Cold" is a new interpreter per call, as a user's shell starts one, with the bytecode of the
package and its dependencies present (what ``pip install`` leaves): the package is compiled once
before the runs, and the children run without ``PYTHONDONTWRITEBYTECODE``.

Measured:
- ``python -c "import attrs, cattrs, dateutil"``          the baseline named in the issues
- ``python -c "import asielketen"``                         the lazy top-level import
- ``python -c "from asielketen import *"``                  every public name resolved
- ``python -c "import asielketen; asielketen.register()"``  plus loading and checking the data
- ``asielketen <subcommand> …``                             one typical call of every subcommand, on the
  shipped data (and the example files in ``examples/scenarios`` where a subcommand reads files);
  ``serve`` starts a server that does not end, so its cold call is ``serve --help`` (its parser).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

try:
    import resource
except ImportError:  # pragma: no cover - not on Windows: wall time instead
    resource = None  # type: ignore[assignment]

from _timing import Figure, print_table

import asielketen

DEPS = "attrs+cattrs+dateutil"
VOORBEELDEN = Path(__file__).resolve().parent.parent / "examples" / "scenarios"
PY = [sys.executable, "-c"]
CLI = [sys.executable, "-m", "asielketen"]
IMPORTS: dict[str, list[str]] = {
    "python (empty)": [*PY, "pass"],
    DEPS: [*PY, "import attrs, cattrs, dateutil"],
    "import asielketen": [*PY, "import asielketen"],
    "from asielketen import *": [*PY, "from asielketen import *"],
    "import + register()": [*PY, "import asielketen; asielketen.register()"],
}
SUBCOMMANDS: dict[str, list[str]] = {
    "gemeente": ["gemeente", "Amsterdam", "--peildatum", "2025-10-06"],
    "spreiding": ["spreiding", "--behoefte", "96000", "--peildatum", "2025-01-01"],
    "bronnen": ["bronnen"],
    "nareizigers": ["nareizigers", "--personen", "4", "--peildatum", "2025-11-01"],
    "statushouders": ["statushouders", "--halfjaar", "2025-H2"],
    "opvang overzicht": [
        "opvang", "overzicht", "--locaties", str(VOORBEELDEN / "locaties.csv"),
        "--bezetting", str(VOORBEELDEN / "bezetting.csv"), "--peildatum", "2025-06-30",
    ],
    "opvang dwangsom": ["opvang", "dwangsom", "--nachten", str(VOORBEELDEN / "nachten.csv")],
    "oekraine plicht": ["oekraine", "plicht", "--gemeente", "Utrecht", "--peildatum", "2026-01-01"],
    "oekraine vergoeding": [
        "oekraine", "vergoeding", "--plaatsen", "3", "--van", "2024-06-15", "--tot", "2025-02-01",
    ],
    "schema": ["schema", "Uitkomst[Spreiding]"],
    "toets": ["toets", str(VOORBEELDEN / "gemeente.toml")],
    "serve --help": ["serve", "--help"],
}  # fmt: skip
GOAL_IMPORT = 1.25
GOAL = 1.5


def _env() -> dict[str, str]:
    """The children's environment: bytecode allowed, "today" fixed (``gemeente`` without a date)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["ASIELKETEN_VANDAAG"] = "2025-10-06"
    return env


def _process(cmd: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) of one whole process (wall time on Windows); it must succeed."""
    if resource is None:  # pragma: no cover
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _bytecode() -> None:
    """Compile the package and its dependencies once, as an installation does."""
    import attr
    import cattrs
    import dateutil

    for mod in (asielketen, attr, cattrs, dateutil):
        compileall.compile_dir(os.path.dirname(mod.__file__ or ""), quiet=1)


KLASSEN = """
import contextlib, io, json, sys, time
import attrs, cattrs, dateutil
import asielketen._klasse as k
echt, tijd, aantal = k._frozen, [0.0], [0]
def meet(maybe_cls=None, /, **opties):
    def wrap(cls):
        start = time.thread_time()
        uit = echt(**opties)(cls)
        tijd[0] += time.thread_time() - start
        aantal[0] += 1
        return uit
    return wrap if maybe_cls is None else wrap(maybe_cls)
k.frozen = meet
voor = set(sys.modules)
if sys.argv[1:] == ["*"]:
    exec("from asielketen import *", {})
else:
    from asielketen.cli import main
    with contextlib.redirect_stdout(io.StringIO()):
        main(sys.argv[1:])
nieuw = set(sys.modules) - voor
print(json.dumps([tijd[0], aantal[0], sum(m.startswith("asielketen") for m in nieuw), len(nieuw)]))
"""
"""Run in a child: the CPU time of creating the package's attrs classes during one call, their
number, and the modules it imports after the dependencies (the floor below which no lazy loading
can go while those classes are attrs classes; information)."""


def _klassen(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, int, int, int]:
    """Median class-creation time, classes, our modules and other modules of one call (see KLASSEN)."""
    uit = [
        json.loads(subprocess.run([*PY, KLASSEN, *argv], check=True, env=env, capture_output=True).stdout)
        for _ in range(max(3, runs // 4))
    ]
    return statistics.median(u[0] for u in uit), uit[0][1], uit[0][2], uit[0][3]


def measure(runs: int) -> list[Figure]:
    """Median CPU time of whole processes per case, side by side, against the baseline.

    CPU time of the child process (user + system), so other work on a shared machine does not count.
    """
    _bytecode()
    env = _env()
    cases = {**IMPORTS, **{f"asielketen {k}": [*CLI, *argv] for k, argv in SUBCOMMANDS.items()}}
    for cmd in cases.values():  # warm-up: file cache
        _process(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, cmd in cases.items():
            times[name].append(_process(cmd, env))
    med = {name: statistics.median(t) for name, t in times.items()}
    base = med[DEPS]
    note = f"interpreter start alone {med['python (empty)'] * 1e3:.0f} ms is included in every case"
    figures = [
        Figure("import", "import asielketen", med["import asielketen"], "ms", DEPS, base, GOAL_IMPORT, note),
        Figure("import", "from asielketen import *", med["from asielketen import *"], "ms", DEPS, base, GOAL),
        Figure("import", "import + register()", med["import + register()"], "ms", DEPS, base),
    ]
    for name in SUBCOMMANDS:
        figures.append(
            Figure("cold call", f"asielketen {name}", med[f"asielketen {name}"], "ms", DEPS, base, GOAL)
        )
    for case, argv in (("from asielketen import *", ["*"]), ("asielketen gemeente", SUBCOMMANDS["gemeente"])):
        tijd, klassen, eigen, andere = _klassen(argv, env, runs)
        figures.append(
            Figure(
                "floor",
                f"attrs classes made by {case}",
                tijd,
                "ms",
                DEPS,
                base,
                note=f"{klassen} classes ({tijd / klassen * 1e3:.2f} ms each); {eigen} modules of asielketen "
                f"and {andere - eigen} others imported after the dependencies. The budget of a 1.5x goal "
                f"is 0.5x the baseline, {base * 0.5e3:.0f} ms, for everything a call does",
            )
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=21, help="runs per case (default 21)")
    print_table(measure(parser.parse_args().n))


if __name__ == "__main__":
    main()
