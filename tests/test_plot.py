"""asielketen.plot: pictures of results (extra ``plot``, matplotlib), and scripts/gen_figures.py.

Skipped with a reason where matplotlib is not installed (a core-only environment); CI installs
``.[dev]`` and must run them, so with ``CI`` set a missing matplotlib is a failure, not a skip.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

if os.environ.get("CI") and importlib.util.find_spec("matplotlib") is None:  # pragma: no cover
    pytest.fail("CI installeert de extra 'plot' (pip install -e '.[dev]'): test_plot moet draaien")
pytest.importorskip("matplotlib", reason="vraagt de extra plot: pip install 'asielketen[plot]'")

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from asielketen import plot
from asielketen.bronregister import bron
from asielketen.errors import InvalidInputError
from asielketen.oekraine import vergoeding
from asielketen.opvang import referentiescenario, tekortverloop
from asielketen.periods import Cyclus, Periode
from asielketen.plot._figuur import duizendtal
from asielketen.sources import Bron
from asielketen.spreidingswet import Realisatie, Toewijzing, Verdeelbesluit, raming, stand, verdeel
from asielketen.statushouders import taakstellingen
from asielketen.taal import TALEN, Bericht, Taal, bericht, in_taal

REPO = Path(__file__).resolve().parent.parent
PLOT_PROFIEL = settings(max_examples=30)
"""Drawing into a Figure costs tens of milliseconds: 30 examples keep this file fast."""


def _balken(ax: Axes) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def _teksten(ax: Axes) -> str:
    return "\n".join(t.get_text() for t in ax.texts)


def _citaties(ax: Axes) -> list[str]:
    """The caption's sources, one readable citation each (its wrapped lines joined)."""
    tekst = ax.texts[-1].get_text().replace("\n  ", " ")
    return [r.removeprefix("• ") for r in tekst.splitlines() if r.startswith("• ")]


def _leesbaar_bijschrift(ax: Axes, bronnen: Sequence[Bron], taal: Taal = "nl") -> None:
    """The caption cites every source as readers do (``Bron.tekst``), in ≥ 8 pt, lines of ≤ 110."""
    bijschrift = ax.texts[-1]
    grootte = bijschrift.get_fontsize()
    assert isinstance(grootte, int | float) and grootte >= 8
    assert all(len(r) <= 110 for r in bijschrift.get_text().splitlines())
    citaties = _citaties(ax)
    uniek = list(dict.fromkeys(bronnen))
    assert len(citaties) == len(uniek)
    for b in uniek:  # each by its citation (a long one shortened, its status kept), never by its id
        status = f" [{b.status.value}]"
        kort = [
            c
            for c in citaties
            if c.endswith("…" + status) and b.tekst(taal).startswith(c[: -len(status) - 1])
        ]
        assert b.tekst(taal) in citaties or len(kort) == 1, b.id
    assert not any(b.id in c and b.id not in b.tekst(taal) for b in uniek for c in citaties)


def _gen_figures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_figures", REPO / "scripts" / "gen_figures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_realisatie_per_provincie_draws_opgave_and_realised_per_province() -> None:
    vb = Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[
            Toewijzing(gemeentecode="GM0014", plaatsen=969),
            Toewijzing(gemeentecode="GM1966", plaatsen=258),
        ],
    )
    vb2 = Verdeelbesluit(
        provinciecode="PV21",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[Toewijzing(gemeentecode="GM0080", plaatsen=400)],
    )
    u = stand(
        [vb, vb2],
        [Realisatie(gemeentecode="GM0014", peildatum=date(2025, 6, 1), plaatsen=1000)],
        date(2025, 12, 31),
    )
    ax = plot.realisatie_per_provincie(u, toelichting="Voorbeeld.")
    assert isinstance(ax, Axes) and isinstance(ax.figure, Figure)
    breedtes = sorted(round(b.get_width()) for b in _balken(ax))
    assert breedtes == [0, 400, 1000, 1227]  # per province: opgave and realised
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Fryslân", "Groningen"]
    assert "stand op 2025-12-31" in ax.get_title() and "Spreidingswet" in ax.get_title()
    teksten = _teksten(ax)
    assert "81 %" in teksten and "0 %" in teksten  # 1000 / 1227 = 0.815
    assert bron("spreidingswet.art6").tekst() in _citaties(ax)  # not the id, its citation
    assert ax.texts[-1].get_text().startswith("Voorbeeld.")
    _leesbaar_bijschrift(ax, u.bronnen)
    assert "Let op" in teksten  # the uitruil reading is an aanname


def test_spreiding_per_provincie_compares_a_scenario_with_its_base() -> None:
    basis = verdeel(raming(Cyclus(2026)), peildatum=date(2026, 2, 1))
    hoger = verdeel(raming(Cyclus(2026), behoefte=88000 * 6 // 5), peildatum=date(2026, 2, 1))
    ax = plot.spreiding_per_provincie(hoger, basis=basis)
    hoogtes = [round(b.get_height()) for b in _balken(ax)]
    assert hoogtes[:12] == [p.plaatsen for p in basis.waarde.provincies]
    assert hoogtes[12:] == [p.plaatsen for p in hoger.waarde.provincies]
    assert "BO = 105.600 tegen 88.000" in ax.get_title() and "inwoners CBS 2025-01-01" in ax.get_title()
    assert "benadering" in ax.get_title()  # the inhabitants-only key says so
    verschil = hoger.waarde.provincie("Groningen").plaatsen - basis.waarde.provincie("Groningen").plaatsen
    assert f"+{verschil}" in _teksten(ax)
    assert bron("aanname.spreidingswet.scenario").tekst() in _citaties(ax)
    _leesbaar_bijschrift(ax, [*hoger.bronnen, *basis.bronnen])
    alleen = plot.spreiding_per_provincie(basis)
    assert len(_balken(alleen)) == 12


@PLOT_PROFIEL
@given(vg=st.lists(st.integers(0, 40_000), min_size=1, max_size=2))
def test_taakstelling_bars_sum_to_the_national_sum(vg: list[int]) -> None:
    halfjaren = ["2025-H1", "2025-H2"][: len(vg)]
    uitkomsten = [taakstellingen(h, landelijk=n) for h, n in zip(halfjaren, vg, strict=True)]
    ax = plot.taakstelling_per_provincie(uitkomsten)
    balken = _balken(ax)
    assert len(balken) == 12 * len(vg)
    for i, u in enumerate(uitkomsten):
        assert sum(round(b.get_height()) for b in balken[12 * i : 12 * (i + 1)]) == u.waarde.som
    assert all(h in ax.get_title() for h in halfjaren)


def test_taakstelling_per_provincie_of_the_shipped_half_years() -> None:
    ax = plot.taakstelling_per_provincie([taakstellingen("2025-H2"), taakstellingen("2025-H1")])
    legend = ax.get_legend()
    assert legend is not None
    legenda = [t.get_text() for t in legend.get_texts()]
    assert legenda == ["2025-H1: vg = 17.700", "2025-H2: vg = 13.000"]  # vg as published before H1 (ADR 0009)
    assert "Huisvestingswet 2014 art. 29" in ax.get_title() and "inwoners CBS 2024-01-01" in ax.get_title()
    assert bron("gemeente.nu-2025-04-faber-taakstelling").tekst() in _citaties(ax)


def test_vergoeding_verloop_draws_each_period_and_the_normbedrag() -> None:
    kwartalen = [
        vergoeding(120, Periode(date(2022, 7, 1), date(2022, 10, 1))),
        vergoeding(120, Periode(date(2022, 10, 1), date(2023, 1, 1))),
    ]
    ax = plot.vergoeding_verloop(list(reversed(kwartalen)))
    hoogtes = [round(b.get_height()) for b in _balken(ax)]
    assert (
        hoogtes == [int(u.waarde.totaal) for u in kwartalen] == [120 * 92 * 100, 120 * (14 * 100 + 78 * 83)]
    )
    tweede = next(a for a in ax.figure.axes if a is not ax)
    (lijn,) = tweede.get_lines()
    assert np.asarray(lijn.get_ydata()).tolist() == [100.0, 100.0, 83.0, 83.0]  # 1 Jul, 1 Oct, 15 Oct, end
    assert "2022-07-01 t/m 2022-12-31" in ax.get_title() and "art. 3" in ax.get_title()


def test_tekort_verloop_and_an_axes_given_by_the_caller() -> None:
    u = tekortverloop(referentiescenario().waarde, Periode(date(2026, 3, 26), date(2026, 9, 2)))
    fig = Figure()
    eigen = fig.add_subplot()
    ax = plot.tekort_verloop(u, ax=eigen)
    assert ax is eigen
    labels = [line.get_label() for line in ax.get_lines()]
    assert "behoefte" in labels and "capaciteit" in labels
    behoefte = next(line for line in ax.get_lines() if line.get_label() == "behoefte")
    assert np.asarray(behoefte.get_ydata()).tolist() == [4500, 7900, 7900]
    assert "hoogste tekort 7.900 plaatsen op 2026-09-01" in ax.get_title()
    assert any(c.startswith("Brief Minister van Asiel en Migratie") for c in _citaties(ax))


def test_bad_input_names_the_field() -> None:
    t = taakstellingen("2025-H2")
    with pytest.raises(InvalidInputError, match=r"uitkomst='Taakstellingen'"):
        plot.tekort_verloop(t)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="verwacht één Uitkomst"):
        plot.spreiding_per_provincie([verdeel(100, peildatum=date(2024, 6, 1))])  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="ax"):
        plot.taakstelling_per_provincie(t, ax="links")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="ten minste één"):
        plot.vergoeding_verloop([])


def test_gen_figures_writes_the_four_pictures_docs_figures_shows(tmp_path: Path) -> None:
    paden = _gen_figures().main(tmp_path)
    namen = [p.name for p in paden]
    assert namen == [
        "realisatie_per_provincie.png",
        "taakstelling_per_provincie.png",
        "oekraine_vergoeding.png",
        "opvang_tekort.png",
    ]
    for p in paden:
        assert (
            p.parent == tmp_path and p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 10_000
        )
    pagina = (REPO / "docs" / "figures.md").read_text(encoding="utf-8")
    assert re.findall(r"\]\(figures/([a-z_]+\.png)\)", pagina) == namen
    assert ">>>" not in pagina  # doctests of docs/*.md must not need matplotlib


def test_plots_need_no_pyplot_and_no_display() -> None:
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from asielketen import plot\n"
        "from asielketen.opvang import referentiescenario, tekortverloop\n"
        "from asielketen.periods import Periode\n"
        "u = tekortverloop(referentiescenario().waarde, Periode(date(2026, 4, 1), date(2026, 5, 1)))\n"
        "ax = plot.tekort_verloop(u)\n"
        "import io; buf = io.BytesIO(); ax.figure.savefig(buf, format='png')\n"
        "assert buf.getvalue()[:4] == b'\\x89PNG'\n"
        "assert 'matplotlib.pyplot' not in sys.modules and 'pandas' not in sys.modules\n"
        "print('ok')\n"
    )
    env = {**os.environ, "MPLBACKEND": "Agg"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


# -- languages: Dutch by default, English on request ----------------------------------------------


def _legenda(ax: Axes) -> list[str]:
    legend = ax.get_legend()
    assert legend is not None
    return [t.get_text() for t in legend.get_texts()]


def test_tekort_verloop_in_english_on_request_dutch_by_default() -> None:
    u = tekortverloop(referentiescenario().waarde, Periode(date(2026, 3, 26), date(2026, 9, 2)))
    nl = plot.tekort_verloop(u)
    en = plot.tekort_verloop(u, taal="en")
    assert nl.get_title() == (
        "Opvang: tekort in scenario 'minister 26 maart 2026', 2026-03-26 t/m 2026-09-01\n"
        "hoogste tekort 7.900 plaatsen op 2026-09-01; samen 723.400 plaatsdagen tekort"
    )
    assert en.get_title() == (
        "Opvang: shortage in scenario 'minister 26 maart 2026', 2026-03-26 to 2026-09-01 inclusive\n"
        "highest shortage 7,900 places on 2026-09-01; 723,400 place-days of shortage in total"
    )
    assert _legenda(nl) == ["tekort", "behoefte", "capaciteit"]
    assert _legenda(en) == ["shortage", "need", "capacity"]
    assert (nl.get_ylabel(), en.get_ylabel()) == ("opvangplaatsen", "opvang places")
    assert nl.yaxis.get_major_formatter()(8000, 0) == "8.000"
    assert en.yaxis.get_major_formatter()(8000, 0) == "8,000"
    brief = bron("AenM-2026-03-26")
    assert _teksten(nl).startswith("Bronnen:\n• " + brief.tekst("nl")[:60]) and "Let op:" in _teksten(nl)
    assert _teksten(en).startswith("Sources:\n• " + brief.tekst("en")[:60]) and "Note: rests" in _teksten(en)
    _leesbaar_bijschrift(nl, u.bronnen)
    _leesbaar_bijschrift(en, u.bronnen, "en")
    with in_taal("en"):
        assert plot.tekort_verloop(u).get_title() == en.get_title()
        assert plot.tekort_verloop(u, taal="nl").get_title() == nl.get_title()


def test_every_plot_titles_in_the_language_asked() -> None:
    vb = Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[Toewijzing(gemeentecode="GM0014", plaatsen=1227)],
    )
    st_ = stand(
        [vb],
        [Realisatie(gemeentecode="GM0014", peildatum=date(2025, 6, 1), plaatsen=1000)],
        date(2025, 12, 31),
    )
    basis = verdeel(raming(Cyclus(2026)), peildatum=date(2026, 2, 1))
    kwartaal = vergoeding(120, Periode(date(2022, 7, 1), date(2022, 10, 1)))
    tekeningen: dict[str, Callable[[Taal | None], Axes]] = {
        "realisatie": lambda taal: plot.realisatie_per_provincie(st_, taal=taal),
        "spreiding": lambda taal: plot.spreiding_per_provincie(basis, basis=basis, taal=taal),
        "taakstelling": lambda taal: plot.taakstelling_per_provincie(taakstellingen("2025-H2"), taal=taal),
        "vergoeding": lambda taal: plot.vergoeding_verloop(kwartaal, taal=taal),
    }
    verwacht: dict[str, tuple[str, str]] = {
        "realisatie": (
            "stand op 2025-12-31\nsamen 1.000 van 1.227 plaatsen",
            "as at 2025-12-31\n1,000 of 1,227 places",
        ),
        "spreiding": ("bij BO = 88.000 tegen 88.000", "at BO = 88,000 against 88,000"),
        "taakstelling": ("naar boven afgerond", "rounded up (Huisvestingswet 2014 art. 29); CBS inhabitants"),
        "vergoeding": ("Oekraïne: vergoeding voor 120", "Ukraine: compensation for 120 realised places"),
    }
    for naam, teken in tekeningen.items():
        nl, en = teken("nl"), teken("en")
        assert verwacht[naam][0] in nl.get_title(), naam
        assert verwacht[naam][1] in en.get_title(), naam
        assert teken(None).get_title() == nl.get_title(), naam  # Dutch is the default
        assert _legenda(nl) != _legenda(en), naam  # words or the thousands separator
    realisatie_en = tekeningen["realisatie"]("en")
    assert "81%" in _teksten(realisatie_en) and "81 %" not in _teksten(realisatie_en)
    assert _legenda(realisatie_en) == ["opgave", "realised"]


def test_a_toelichting_may_follow_the_language() -> None:
    u = vergoeding(10, Periode(date(2025, 1, 1), date(2025, 2, 1)))
    zin = Bericht("voorbeeld", ("Voorbeeld.", "Example."))
    assert _teksten(plot.vergoeding_verloop(u, toelichting=zin)).startswith("Voorbeeld.\nBronnen:\n• ")
    assert _teksten(plot.vergoeding_verloop(u, toelichting=zin, taal="en")).startswith(
        "Example.\nSources:\n• "
    )
    assert _teksten(plot.vergoeding_verloop(u, toelichting="Zo.", taal="en")).startswith("Zo.\nSources:\n• ")
    # a figure made by the function grows by its caption, so the plot keeps its size; a caller's does not
    from matplotlib.figure import Figure

    def hoogte(ax: Axes) -> float:
        figuur = ax.get_figure(root=True)
        assert isinstance(figuur, Figure)
        return float(figuur.get_figheight())

    lang = plot.vergoeding_verloop(u, toelichting="Een lange toelichting. " * 20)
    assert hoogte(lang) > hoogte(plot.vergoeding_verloop(u)) > 5.5
    eigen = Figure(figsize=(6, 4))
    assert hoogte(plot.vergoeding_verloop(u, ax=eigen.add_subplot())) == 4
    with pytest.raises(InvalidInputError, match="toelichting='int'"):
        plot.vergoeding_verloop(u, toelichting=3)  # type: ignore[arg-type]


def test_errors_render_in_english() -> None:
    t = taakstellingen("2025-H2")
    with pytest.raises(InvalidInputError) as info:
        plot.taakstelling_per_provincie(t, ax="links")  # type: ignore[arg-type]
    assert str(info.value) == "ax='str': verwacht een matplotlib Axes (of None)"
    assert info.value.tekst("en") == "ax='str': expected a matplotlib Axes (or None)"
    with pytest.raises(InvalidInputError) as leeg:
        plot.vergoeding_verloop([])
    assert leeg.value.tekst("en") == "uitkomsten=[]: give at least one Uitkomst[Vergoeding]"
    with pytest.raises(InvalidInputError) as soort, in_taal("en"):
        plot.tekort_verloop(t)  # type: ignore[arg-type]
    assert str(soort.value) == "uitkomst='Taakstellingen': verwacht een Uitkomst[Tekortverloop]"
    assert soort.value.tekst("en") == "uitkomst='Taakstellingen': expected an Uitkomst[Tekortverloop]"
    with pytest.raises(InvalidInputError) as lijst:
        plot.tekort_verloop([t])  # type: ignore[arg-type]
    assert lijst.value.tekst("en") == "uitkomst='list': expected exactly one Uitkomst[Tekortverloop]"
    with pytest.raises(InvalidInputError, match="taal='fr'"):
        plot.taakstelling_per_provincie(t, taal="fr")  # type: ignore[arg-type]


@given(getal=st.integers(-(10**12), 10**12), taal=st.sampled_from(TALEN), teken=st.booleans())
def test_numbers_use_the_thousands_separator_of_the_language(getal: int, taal: Taal, teken: bool) -> None:
    tekst = duizendtal(getal, taal, teken=teken)
    scheiding = bericht("plot.duizendtalscheiding").tekst(taal)
    assert int(tekst.replace(scheiding, "")) == getal
    assert ({".", ","} - {scheiding}).isdisjoint(tekst)
    assert all(len(groep) == 3 for groep in tekst.split(scheiding)[1:])
    assert tekst.startswith(("+", "-")) == (teken or getal < 0)


def test_gen_figures_notes_exist_in_every_language() -> None:
    gen = _gen_figures()
    for naam, teksten in gen.TOELICHTINGEN.items():
        assert set(teksten) == set(TALEN), naam
        assert len(set(teksten.values())) == len(TALEN), naam
    with pytest.raises(InvalidInputError, match="taal='fr'"):
        gen.main(Path("/nonexistent"), taal="fr")
