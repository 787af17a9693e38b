"""A sweep on a local Dask cluster (extra ``dask``): identical results, and the docs' example runs.

One ``LocalCluster`` (2 worker processes, 1 thread each, no dashboard) for the module, started and
stopped by the very blocks of ``docs/sweep.md`` that show it; the page's sweep block runs on it as
written, and every kind of sweep gives on it what it gives in this process.

Skipped, with the reason, when ``distributed`` is not installed — unless the environment variable
``ASIELKETEN_DASK_VERPLICHT=1`` is set (CI sets it, so there a missing Dask fails instead of
skipping: the cluster test provably ran).
"""

from __future__ import annotations

import importlib.util
import io
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asielketen.sweep import verdeel_stroom

from .test_sweep import _verdelingen

ROOT = Path(__file__).resolve().parent.parent
VERPLICHT = os.environ.get("ASIELKETEN_DASK_VERPLICHT") == "1"
AFWEZIG = importlib.util.find_spec("distributed") is None

if AFWEZIG and not VERPLICHT:
    pytest.skip(
        "Dask is not installed (extra dask: pip install 'asielketen[dask]'); "
        "set ASIELKETEN_DASK_VERPLICHT=1 to make this a failure",
        allow_module_level=True,
    )


def _blok(naam: str) -> str:
    """The code of the block of ``docs/sweep.md`` marked ``<!-- naam: … -->``."""
    tekst = (ROOT / "docs" / "sweep.md").read_text(encoding="utf-8")
    m = re.search(rf"<!-- {naam}:[^>]*-->\n```python\n(.*?)```", tekst, re.DOTALL)
    assert m is not None, f"docs/sweep.md has no block {naam}"
    return m.group(1)


@pytest.fixture(scope="module")
def cluster() -> Iterator[dict[str, Any]]:
    """The docs' cluster: its start block run, its namespace given to the tests, its stop block run."""
    if AFWEZIG:
        pytest.fail("ASIELKETEN_DASK_VERPLICHT=1 but distributed is not installed: pip install -e '.[dask]'")
    ns: dict[str, Any] = {"__name__": "docs_sweep"}
    exec(_blok("dask-start"), ns)
    try:
        yield ns
    finally:
        exec(_blok("dask-stop"), ns)


def test_the_docs_uncertainty_sweep_runs_and_equals_one_in_this_process(
    cluster: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fouten = io.StringIO()
    uit = io.StringIO()
    monkeypatch.setattr(sys, "stderr", fouten)  # the progress bar
    monkeypatch.setattr(sys, "stdout", uit)
    exec(_blok("dask-sweep"), cluster)
    monkeypatch.undo()
    assert fouten.getvalue().endswith(f"{cluster['N']} van {cluster['N']} scenario's\n")
    assert uit.getvalue().startswith("Amsterdam: ")

    # the same sweep in this process
    rng = random.Random(2026)
    behoeften = (round(rng.triangular(80_000, 130_000, 96_000)) for _ in range(cluster["N"]))
    rijen = list(verdeel_stroom(behoeften, peildatum=date(2026, 1, 31)))
    assert cluster["laagste"] == tuple(map(min, *(r.plaatsen for r in rijen)))
    assert cluster["hoogste"] == tuple(map(max, *(r.plaatsen for r in rijen)))
    assert cluster["verschil"] == Counter(sum(r.plaatsen) - r.scenario for r in rijen)


def test_a_dask_executor_gives_identical_results(cluster: dict[str, Any]) -> None:
    executor = cluster["client"].get_executor()
    verwacht = _verdelingen()
    for blok, gelijktijdig in [(None, None), (1, 2), (5, None)]:
        assert _verdelingen(executor=executor, blok=blok, gelijktijdig=gelijktijdig) == verwacht
