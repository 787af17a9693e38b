"""Check what ``python -m build`` made: the wheel ships every module and data file, and no tests.

Usage: ``python scripts/check_dist.py DIST_DIR`` (the directory with one wheel and one sdist). Run by
``.ci/run`` before the wheel is installed into a fresh environment. Prints the sizes; exits 1 with
every problem listed.
"""

from __future__ import annotations

import json
import sys
import tarfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "asielketen"
CORE_DEPENDENCIES = {"attrs", "cattrs", "python-dateutil"}


def _expected_wheel_files() -> set[str]:
    """Every file of the package in the source tree, as wheel paths (caches left out)."""
    return {
        "asielketen/" + p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo"}
    }


def check_wheel(wheel: Path) -> list[str]:
    """The problems of the wheel (empty: fine)."""
    problems = []
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("asielketen/data/manifest.json"))
        metadata = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = z.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    for missing in sorted(_expected_wheel_files() - names):
        problems.append(f"missing from the wheel: {missing}")
    for data_file in manifest.get("bestanden", manifest):
        if f"asielketen/data/{data_file}" not in names:
            problems.append(f"data file of manifest.json missing from the wheel: {data_file}")
    for required in ("asielketen/py.typed", "asielketen/data/manifest.json"):
        if required not in names:
            problems.append(f"missing from the wheel: {required}")
    for name in sorted(names):
        top = name.split("/")[0]
        if top not in {"asielketen"} and not top.endswith(".dist-info"):
            problems.append(f"not part of the package: {name}")
        if "__pycache__" in name or name.endswith((".pyc", ".pyo")) or name.startswith("tests/"):
            problems.append(f"should not be in the wheel: {name}")
    if "asielketen = asielketen._start:main" not in entry_points:
        problems.append("the console script 'asielketen' is missing")
    core = {
        line.split(":", 1)[1].strip().split(">")[0].split("<")[0].split("=")[0].split(";")[0].strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    }
    if core != CORE_DEPENDENCIES:
        problems.append(f"core dependencies are {sorted(core)}, expected {sorted(CORE_DEPENDENCIES)}")
    return problems


def check_sdist(sdist: Path) -> list[str]:
    """The problems of the sdist (it must hold what is needed to build and test)."""
    with tarfile.open(sdist) as t:
        names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    needed = [
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "src/asielketen/data/manifest.json",
        "tests/conftest.py",
    ]
    return [f"missing from the sdist: {n}" for n in needed if n not in names]


def main(argv: list[str]) -> int:
    """Check the wheel and sdist in ``argv[0]``; 0 when both are fine."""
    dist = Path(argv[0])
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"expected one wheel and one sdist in {dist}, found {wheels + sdists}", file=sys.stderr)
        return 1
    problems = check_wheel(wheels[0]) + check_sdist(sdists[0])
    for p in problems:
        print(p, file=sys.stderr)
    for f in (*wheels, *sdists):
        print(f"{f.name}: {f.stat().st_size / 1024:.0f} KiB")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
