"""What every figure shares: matplotlib on demand, the Axes, number formats and the source caption.

Private: the public functions are in :mod:`asielketen.plot`.
"""

from __future__ import annotations

import textwrap
import weakref
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


_EIGEN_FIGUREN: weakref.WeakSet[Any] = weakref.WeakSet()
"""The figures :func:`assen` made: the caption may make them taller (a caller's figure keeps its size)."""


def assen(ax: Axes | None) -> Axes:
    """``ax`` checked, or the Axes of a new Figure (made without pyplot)."""
    axes_mod = importeer("matplotlib.axes", "plot")
    if ax is None:
        figure_mod = importeer("matplotlib.figure", "plot")
        fig = figure_mod.Figure(figsize=FIGUURMAAT, layout="constrained")
        _EIGEN_FIGUREN.add(fig)
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


BIJSCHRIFT_PUNTEN = 8.0
"""The font size of the source caption, in points (readable when the figure is printed)."""

BIJSCHRIFT_BREEDTE = 110
"""The width of the source caption in characters: wrapped to fit the figure at that font size."""

CITATIE_LENGTE = 240
"""The longest citation in a caption (characters); a longer one (a long assumption) is shortened."""


def citatie(bron: Bron, taal: Taal) -> str:
    """A source as readers cite it (:meth:`Bron.tekst`, status included), shortened to one item."""
    tekst = bron.tekst(taal)
    if len(tekst) <= CITATIE_LENGTE:
        return tekst
    status = f" [{bron.status.value}]"
    kern = textwrap.shorten(tekst.removesuffix(status), width=CITATIE_LENGTE - len(status), placeholder=" …")
    return kern + status


def bijschrift(bronnen: Iterable[Bron], toelichting: str, taal: Taal) -> str:
    """The caption's text: the sentence, the readable citations (one item each) and a warning."""
    uniek = list(dict.fromkeys(bronnen))
    regels = textwrap.wrap(toelichting, width=BIJSCHRIFT_BREEDTE) if toelichting else []
    kop = bericht("plot.bronnen_kop").tekst(taal)
    regels.append(kop)
    for bron in uniek:
        regels.extend(
            textwrap.wrap(
                citatie(bron, taal), BIJSCHRIFT_BREEDTE, initial_indent="• ", subsequent_indent="  "
            )
        )
    if any(b.status.onzeker for b in uniek):
        regels.extend(textwrap.wrap(bericht("plot.onzeker").tekst(taal), width=BIJSCHRIFT_BREEDTE))
    return "\n".join(regels)


def bronvermelding(ax: Axes, bronnen: Iterable[Bron], toelichting: str, taal: Taal) -> None:
    """A caption under the axes: the sources as readable citations, and a warning if uncertain.

    A figure made here grows by the caption's height, so that the plot keeps its size.
    """
    tekst = bijschrift(bronnen, toelichting, taal)
    figuur: Any = ax.figure
    if figuur in _EIGEN_FIGUREN:
        regels = tekst.count("\n") + 1
        figuur.set_figheight(FIGUURMAAT[1] + regels * BIJSCHRIFT_PUNTEN * 1.25 / 72)
    ax.annotate(
        tekst,
        xy=(0, 0),
        xycoords=lambda renderer: ax.xaxis.get_tightbbox(renderer) or ax.bbox,  # under the tick labels
        xytext=(0, -4),
        textcoords="offset points",
        va="top",
        ha="left",
        fontsize=BIJSCHRIFT_PUNTEN,
        color="0.25",
        annotation_clip=False,
    )


def alle_bronnen(lijst: Sequence[Uitkomst[Any]]) -> list[Bron]:
    """The sources of several results, each once, in the order of first use."""
    return list(dict.fromkeys(b for u in lijst for b in u.bronnen))


def naast_elkaar(x: Sequence[int], i: int, reeksen: int) -> tuple[list[float], float]:
    """The x positions and width of the ``i``-th of ``reeksen`` bar series side by side at ``x``."""
    breedte = 0.8 / reeksen
    return [xi + (i - (reeksen - 1) / 2) * breedte for xi in x], breedte
