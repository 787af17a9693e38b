"""The optional extras are optional: without pandas and matplotlib the core works and the extra
functions raise MissingExtraError naming the extra to install. Runs in every environment."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from asielketen.errors import AsielketenError, MissingExtraError

ZONDER_EXTRAS = r"""
import sys
sys.modules["pandas"] = None          # makes "import pandas" fail, as if not installed
sys.modules["matplotlib"] = None
from datetime import date

import asielketen
from asielketen.errors import AsielketenError, MissingExtraError
from asielketen.oekraine import vergoeding
from asielketen.opvang import referentiescenario, tekortverloop
from asielketen.periods import Cyclus, Periode
from asielketen.spreidingswet import Toewijzing, Verdeelbesluit, stand, verdeel
from asielketen.statushouders import taakstellingen

# the core rules work
assert asielketen.register().gemeente("Den Haag").code == "GM0518"
s = verdeel(96000, peildatum=date(2024, 1, 31))
assert s.waarde.totaal == 96001
t = taakstellingen("2025-H2")
assert t.waarde.som == 13164
assert asielketen.gemeenteprofiel("Het Hogeland").waarde.inwoners.aantal == 48178  # CBS 2025-01-01
vb = Verdeelbesluit(provinciecode="PV20", cyclus=Cyclus(2024), bekendgemaakt=date(2024, 12, 23),
                    toewijzingen=[Toewijzing(gemeentecode="GM0014", plaatsen=10)])
st = stand([vb], [], date(2025, 1, 1))
v = vergoeding(10, Periode(date(2025, 1, 1), date(2025, 2, 1)))
tv = tekortverloop(referentiescenario().waarde, Periode(date(2026, 4, 1), date(2026, 5, 1)))

# the extra modules import, their functions say what to install
from asielketen import frames, plot

aanroepen = {
    "pandas": [
        lambda: frames.register_frame(),
        lambda: frames.spreiding_frame(s),
        lambda: frames.taakstellingen_frame(t),
        lambda: frames.stand_frame(st),
        lambda: frames.vergoeding_frame(v),
        lambda: frames.tekortverloop_frame(tv),
        lambda: frames.bronnen_frame(s),
    ],
    "plot": [
        lambda: plot.realisatie_per_provincie(st),
        lambda: plot.spreiding_per_provincie(s),
        lambda: plot.taakstelling_per_provincie(t),
        lambda: plot.vergoeding_verloop(v),
        lambda: plot.tekort_verloop(tv),
    ],
}
for extra, functies in aanroepen.items():
    for f in functies:
        try:
            f()
        except MissingExtraError as e:
            assert isinstance(e, AsielketenError) and isinstance(e, ImportError)
            assert e.extra == extra and f"asielketen[{extra}]" in str(e), str(e)
        else:
            raise AssertionError(f"{extra}: no MissingExtraError")
assert sys.modules["pandas"] is None and sys.modules["matplotlib"] is None
print("ok")
"""


def test_core_works_without_the_extras_and_extra_functions_name_what_to_install() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", ZONDER_EXTRAS], capture_output=True, text=True, check=False, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_missing_extra_error_names_extra_and_package() -> None:
    e = MissingExtraError("plot", "matplotlib")
    assert (e.extra, e.pakket, e.veld, e.waarde) == ("plot", "matplotlib", "extra", "plot")
    assert "'matplotlib'" in str(e) and "pip install 'asielketen[plot]'" in str(e)
    assert e.tekst("en").startswith("this function needs the package 'matplotlib'")
    with pytest.raises(ImportError):  # code that catches ImportError keeps working
        raise e
    assert isinstance(e, AsielketenError)


def test_importing_the_extra_modules_imports_neither_package() -> None:
    code = (
        "import sys, asielketen.frames, asielketen.plot\n"
        "assert 'pandas' not in sys.modules and 'matplotlib' not in sys.modules\n"
        "print('ok')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_the_notebook_is_committed_clean() -> None:
    """Cell outputs stay out of the repository: the notebook is executed in CI (nbmake), not stored run."""
    pad = Path(__file__).resolve().parent.parent / "examples" / "scenario_hogere_behoefte.ipynb"
    nb = json.loads(pad.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "no code cells"
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    bron = "".join("".join(c["source"]) for c in code)
    assert "frames." in bron and "plot." in bron and "verdeel(" in bron
