"""Cold calls before and after a change: the package of another revision against this tree.

``python benchmarks/voor_na.py [--base REV] [-n RUNS]`` unpacks ``src/`` of ``REV`` (default
``8455c8e``, the tree before issue 18) into a temporary folder with ``git archive``, compiles both
trees' bytecode, and times the same command lines with each on ``PYTHONPATH`` — ``from asielketen
import *`` and the cold call of every subcommand of ``bench_import.py`` — side by side (A B A B …),
median CPU time of whole processes, each with its ratio to ``import attrs, cattrs, dateutil``.
Prints only; never asserts. Needs git and the repository's history.
"""

from __future__ import annotations

import argparse
import compileall
import io
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from bench_import import SUBCOMMANDS

HIER = Path(__file__).resolve().parent.parent
PY = [sys.executable]
CLI = [sys.executable, "-m", "asielketen"]
GEVALLEN = {
    "from asielketen import *": [*PY, "-c", "from asielketen import *"],
    **{naam: [*CLI, *argv] for naam, argv in SUBCOMMANDS.items()},  # the cold calls of run.py
}


def _cpu(cmd: list[str], env: dict[str, str]) -> float:
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime)


def main() -> None:
    vorm = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=vorm)
    parser.add_argument("--base", default="8455c8e", help="the revision to compare with (default 8455c8e)")
    parser.add_argument("-n", type=int, default=11, help="rounds (default 11)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archief = subprocess.run(
            ["git", "-C", str(HIER), "archive", args.base, "src"], capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archief)) as tar:
            tar.extractall(tmp, filter="data")
        oud, nieuw = Path(tmp) / "src", HIER / "src"
        for boom in (oud, nieuw):
            compileall.compile_dir(str(boom / "asielketen"), quiet=1)
        basis = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        omgeving = {"voor": {**basis, "PYTHONPATH": str(oud)}, "na": {**basis, "PYTHONPATH": str(nieuw)}}
        deps = [*PY, "-c", "import attrs, cattrs, dateutil"]
        tijden: dict[tuple[str, str], list[float]] = {(g, w): [] for g in GEVALLEN for w in omgeving}
        for cmd in GEVALLEN.values():  # warm-up
            for env in omgeving.values():
                _cpu(cmd, env)
        basislijn = []
        for _ in range(args.n):
            basislijn.append(_cpu(deps, basis))
            for g, cmd in GEVALLEN.items():
                for w, env in omgeving.items():
                    tijden[(g, w)].append(_cpu(cmd, env))
    b = statistics.median(basislijn)
    print(f"{args.base} → this tree; baseline import attrs, cattrs, dateutil {b * 1e3:.1f} ms (CPU medians)")
    for g in GEVALLEN:
        v, n = statistics.median(tijden[(g, "voor")]), statistics.median(tijden[(g, "na")])
        voor, na = f"{v * 1e3:6.1f} ms ({v / b:.2f}×)", f"{n * 1e3:6.1f} ms ({n / b:.2f}×)"
        print(f"{g:34s} {voor} → {na}  {v / n:.2f}× faster")


if __name__ == "__main__":
    main()
