"""Memory of the loaded register and of all shipped data, measured with ``tracemalloc``.

In a fresh process: import the package, start tracing, then load the register (with its lookup
indexes) and read every file of the data manifest through the package API — CSV files with
``asielketen.data.lees_csv``, the source registry with ``alle_bronnen()``, parameter files with
``laad_parameters``. Reports the memory still held afterwards (the goal of issue 10: under 10 MB)
and the peak while loading; for information also the same including the import of the code.
Never asserted in tests. Run: ``python benchmarks/bench_geheugen.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from _timing import Figure, print_table

GOAL = 10e6

_PROBE = r"""
import json, sys, tracemalloc
if sys.argv[1] == "with-import":
    tracemalloc.start()
import asielketen
from asielketen import data
from asielketen.bronregister import alle_bronnen
from asielketen.parameters import laad_parameters
if sys.argv[1] != "with-import":
    tracemalloc.start()
reg = asielketen.register()
reg.gemeente("Den Haag")  # builds the lookup indexes
files = []
for info in data.bestanden():
    if info.naam.endswith(".csv"):
        data.lees_csv(info.naam)
    elif info.naam == "bronnen.json":
        alle_bronnen()
    elif info.naam.endswith(".json"):
        laad_parameters(info.naam)
    else:
        data.lees_bytes(info.naam)
    files.append(info.naam)
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"current": current, "peak": peak, "files": files}))
"""


def _probe(mode: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", _PROBE, mode], check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def measure() -> list[Figure]:
    """Retained and peak memory of loading all data (after the import), and including the import."""
    data = _probe("data-only")
    full = _probe("with-import")
    files = data["files"]
    note = f"{len(files)} manifest files read: {', '.join(files)}"
    return [
        Figure("memory", "register + all shipped data (held)", data["current"], "MB", goal=GOAL, note=note),
        Figure("memory", "register + all shipped data (peak)", data["peak"], "MB"),
        Figure("memory", "incl. importing the code (held)", full["current"], "MB"),
    ]


def main() -> None:
    print_table(measure())


if __name__ == "__main__":
    main()
