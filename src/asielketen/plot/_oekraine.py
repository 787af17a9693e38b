"""Oekraïne figures: the compensation per period and the normbedrag per place per day over time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from .._extra import taal_van, uitkomsten
from ..explain import Uitkomst
from ..taal import Bericht, Taal, bericht
from ._figuur import (
    alle_bronnen,
    as_duizendtallen,
    assen,
    bronvermelding,
    datums,
    duizendtal,
    toelichting_van,
)

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    from matplotlib.axes import Axes

    from ..oekraine import Vergoeding


def vergoeding_verloop(
    uitkomsten_: Uitkomst[Vergoeding] | Iterable[Uitkomst[Vergoeding]],
    *,
    ax: Axes | None = None,
    toelichting: str | Bericht = "",
    taal: Taal | None = None,
) -> Axes:
    """The Oekraïne compensation over time: a bar per period (e.g. per quarter) and the normbedrag.

    Bars show the total compensation of each result over its period (Bekostigingsregeling art. 3),
    stacked by gemeentelijke and particuliere opvang; a step line on a second axis shows the
    normbedrag per realised place per day (art. 3 lid 1). Texts in ``taal`` (default: the current
    language). Returns the main Axes.
    """
    from ..oekraine import Vergoeding

    t = taal_van(taal)
    zin = toelichting_van(toelichting, t)
    ax = assen(ax)
    lijst = sorted(uitkomsten(uitkomsten_, Vergoeding, "uitkomsten"), key=lambda u: u.waarde.periode.van)
    van = datums(ax, [u.waarde.periode.van for u in lijst])
    breedte = [float(u.waarde.periode.dagen) for u in lijst]
    gemeentelijk = [float(u.waarde.gemeentelijke_opvang) for u in lijst]
    particulier = [float(u.waarde.particuliere_opvang) for u in lijst]
    ax.bar(
        van,
        gemeentelijk,
        width=breedte,
        align="edge",
        color="C0",
        edgecolor="white",
        label=bericht("plot.vergoeding.gemeentelijk").tekst(t),
    )
    if any(particulier):
        ax.bar(
            van,
            particulier,
            width=breedte,
            bottom=gemeentelijk,
            align="edge",
            color="C1",
            edgecolor="white",
            label=bericht("plot.vergoeding.particulier").tekst(t),
        )
    as_duizendtallen(ax, t)
    ax.set_ylabel(bericht("plot.vergoeding.as").tekst(t))
    tweede = _normbedraglijn(ax, lijst, t)
    plaatsen = ", ".join(dict.fromkeys(duizendtal(u.waarde.plaatsen, t) for u in lijst))
    eind = lijst[-1].waarde.periode.laatste_dag
    ax.set_title(
        bericht(
            "plot.vergoeding.titel",
            plaatsen=plaatsen,
            begin=lijst[0].waarde.periode.van,
            eind="…" if eind is None else eind,
        ).tekst(t),
        fontsize=10,
    )
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = tweede.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, fontsize=8, loc="upper right")
    bronvermelding(ax, alle_bronnen(lijst), zin, t)
    return ax


def _normbedraglijn(ax: Axes, lijst: list[Uitkomst[Vergoeding]], t: Taal) -> Axes:
    """A second y-axis with the normbedrag per place per day as a step line (art. 3 lid 1)."""
    tweede = ax.twinx()
    stappen: list[tuple[date, float]] = []
    for u in lijst:
        for d in u.waarde.dagdelen:
            stappen.append((d.periode.van, float(d.normbedrag)))
    laatste = lijst[-1].waarde.periode.tot
    if stappen and laatste is not None:
        xs = datums(tweede, [s[0] for s in stappen] + [laatste])
        ys = [s[1] for s in stappen] + [stappen[-1][1]]
        tweede.step(
            xs,
            ys,
            where="post",
            color="C3",
            linewidth=2,
            label=bericht("plot.vergoeding.normbedrag").tekst(t),
        )
        tweede.set_ylim(0, max(ys) * 1.25)
    tweede.set_ylabel(bericht("plot.vergoeding.as_normbedrag").tekst(t), color="C3")
    tweede.tick_params(axis="y", colors="C3")
    return tweede
