"""What every figure shares: matplotlib on demand, the Axes, number formats and the source caption.

Private: the public functions are in :mod:`asielketen.plot`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from .._extra import importeer
from ..errors import InvalidInputError
from ..explain import Uitkomst
from ..sources import Bron
from ..taal import Bericht, Taal, bericht

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    from matplotlib.axes import Axes

FIGUURMAAT = (9.0, 5.5)
"""The size of a new figure, in inches."""


def toelichting_van(toelichting: object, taal: Taal) -> str:
    """The caller's sentence before the source caption, in ``taal`` when it is a ``Bericht``."""
    if isinstance(toelichting, Bericht):
        return toelichting.tekst(taal)
    if isinstance(toelichting, str):
        return toelichting
    raise InvalidInputError("toelichting", type(toelichting).__name__, bericht("plot.toelichting"))


def assen(ax: Axes | None) -> Axes:
    """``ax`` checked, or the Axes of a new Figure (made without pyplot)."""
    axes_mod = importeer("matplotlib.axes", "plot")
    if ax is None:
        figure_mod = importeer("matplotlib.figure", "plot")
        fig = figure_mod.Figure(figsize=FIGUURMAAT, layout="constrained")
        nieuw: Axes = fig.add_subplot()
        return nieuw
    if not isinstance(ax, axes_mod.Axes):
        raise InvalidInputError("ax", type(ax).__name__, bericht("plot.ax"))
    return cast("Axes", ax)


def datums(ax: Axes, dagen: Sequence[date]) -> Any:
    """Dates as matplotlib date numbers (days), with the x-axis set to show dates."""
    mdates = importeer("matplotlib.dates", "plot")
    ax.xaxis_date()
    return mdates.date2num(list(dagen))


def duizendtal(x: float, taal: Taal, *, teken: bool = False) -> str:
    """A whole number with the thousands separator of ``taal`` (``96.000``, ``96,000``).

    With ``teken`` the sign is always written (``+1.234``, ``-56``).
    """
    getal = f"{x:+,.0f}" if teken else f"{x:,.0f}"
    return getal.replace(",", bericht("plot.duizendtalscheiding").tekst(taal))


def as_duizendtallen(ax: Axes, taal: Taal, as_: str = "y") -> None:
    """Label the ``as_`` axis (``"x"`` or ``"y"``) in whole numbers with thousands separators."""
    ticker = importeer("matplotlib.ticker", "plot")
    fmt = ticker.FuncFormatter(lambda x, _pos: duizendtal(x, taal))
    (ax.yaxis if as_ == "y" else ax.xaxis).set_major_formatter(fmt)


def bronvermelding(ax: Axes, bronnen: Iterable[Bron], toelichting: str, taal: Taal) -> None:
    """A caption under the axes: the sources' ids with their status, and a warning if uncertain."""
    uniek = list(dict.fromkeys(bronnen))
    ids = "; ".join(f"{b.id} [{b.status.value}]" for b in uniek)
    tekst = bericht("plot.bronnen", bronnen=ids).tekst(taal)
    if any(b.status.onzeker for b in uniek):
        tekst += " " + bericht("plot.onzeker").tekst(taal)
    if toelichting:
        tekst = toelichting + " " + tekst
    ax.annotate(
        "\n".join(textwrap.wrap(tekst, width=150)),
        xy=(0, 0),
        xycoords=lambda renderer: ax.xaxis.get_tightbbox(renderer) or ax.bbox,  # under the tick labels
        xytext=(0, -4),
        textcoords="offset points",
        va="top",
        ha="left",
        fontsize=6.5,
        color="0.3",
    )


def alle_bronnen(lijst: Sequence[Uitkomst[Any]]) -> list[Bron]:
    """The sources of several results, each once, in the order of first use."""
    return list(dict.fromkeys(b for u in lijst for b in u.bronnen))


def naast_elkaar(x: Sequence[int], i: int, reeksen: int) -> tuple[list[float], float]:
    """The x positions and width of the ``i``-th of ``reeksen`` bar series side by side at ``x``."""
    breedte = 0.8 / reeksen
    return [xi + (i - (reeksen - 1) / 2) * breedte for xi in x], breedte
