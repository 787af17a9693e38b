"""Opvang figures: need, capacity and shortage of a scenario over time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._extra import taal_van
from .._extra import uitkomst as enkele_uitkomst
from ..errors import InvalidInputError
from ..explain import Uitkomst
from ..taal import Bericht, Taal, bericht
from ._figuur import as_duizendtallen, assen, bronvermelding, datums, duizendtal, toelichting_van

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    from matplotlib.axes import Axes

    from ..opvang import Tekortverloop


def tekort_verloop(
    uitkomst: Uitkomst[Tekortverloop],
    *,
    ax: Axes | None = None,
    toelichting: str | Bericht = "",
    taal: Taal | None = None,
) -> Axes:
    """Need, capacity and shortage of an opvang scenario over its period (step lines).

    For a scenario per province the lines are the national sums; the shortage is the sum of the
    provinces' shortages (a surplus in one does not offset another's shortage). Texts in ``taal``
    (default: the current language). Returns the Axes.
    """
    from ..opvang import Tekortverloop

    t = taal_van(taal)
    zin = toelichting_van(toelichting, t)
    ax = assen(ax)
    u = enkele_uitkomst(uitkomst, Tekortverloop, "uitkomst")
    v = u.waarde
    eind = v.periode.tot
    if eind is None:  # pragma: no cover - tekortverloop asks a closed period
        raise InvalidInputError("uitkomst.periode.tot", None, bericht("plot.gesloten_periode"))
    xs = datums(ax, [p.datum for p in v.punten] + [eind])

    def reeks(waarden: list[int]) -> list[int]:
        return [*waarden, waarden[-1]]

    behoefte = reeks([p.behoefte for p in v.punten])
    capaciteit = reeks([p.capaciteit for p in v.punten])
    tekort = reeks([p.tekort for p in v.punten])
    ax.fill_between(
        xs, tekort, step="post", color="C3", alpha=0.25, label=bericht("plot.tekort.tekort").tekst(t)
    )
    ax.step(xs, tekort, where="post", color="C3", linewidth=1.5)
    ax.step(
        xs, behoefte, where="post", color="C0", linewidth=2, label=bericht("plot.tekort.behoefte").tekst(t)
    )
    ax.step(
        xs,
        capaciteit,
        where="post",
        color="C2",
        linewidth=2,
        linestyle="--",
        label=bericht("plot.tekort.capaciteit").tekst(t),
    )
    h = v.hoogste
    as_duizendtallen(ax, t)
    ax.set_ylim(bottom=0)
    ax.set_ylabel(bericht("plot.opvangplaatsen").tekst(t))
    laatste = v.periode.laatste_dag
    ax.set_title(
        bericht(
            "plot.tekort.titel",
            scenario=v.scenario,
            van=v.periode.van,
            tot="…" if laatste is None else laatste,
            hoogste=duizendtal(h.tekort, t),
            datum=h.datum,
            plaatsdagen=duizendtal(v.plaatsdagen, t),
        ).tekst(t),
        fontsize=10,
    )
    ax.legend(fontsize=8, loc="upper left")
    bronvermelding(ax, u.bronnen, zin, t)
    return ax
