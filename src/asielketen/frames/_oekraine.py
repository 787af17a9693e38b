"""Oekraïne frames: the financing of gemeentelijke and particuliere opvang, one row per period."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._extra import uitkomsten as uitkomsten_
from ..explain import Uitkomst
from ..sources import Bron
from ._kolommen import Rijen, gestapeld, pandas

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd

    from ..oekraine import Vergoeding


def vergoeding_frame(
    uitkomsten: Uitkomst[Vergoeding] | Iterable[Uitkomst[Vergoeding]],
) -> pd.DataFrame:
    """Oekraïne financing (:func:`asielketen.oekraine.vergoeding`) over time: one row per period.

    Give one result per period (e.g. per quarter); rows are sorted by ``van``. A compensation is not
    tied to one gemeente in the library, so the rows are periods only. Columns: ``van``, ``tot``
    (first day after the period), ``dagen``, ``plaatsen``, ``particuliere_personen`` (``Int64``),
    the amounts ``gemeentelijke_opvang``, ``particuliere_opvang``, ``eigen_bijdragen``,
    ``cateringbijdragen`` and ``totaal`` (exact :class:`~decimal.Decimal`, ``object`` dtype),
    ``normbedragen`` (the normbedragen per place per day used, as text, e.g. ``"100, 83"``),
    ``aftrek`` (the reading of BooO art. 3 lid 7), ``regeling_versie`` and the source columns.
    """
    pd = pandas()
    from ..oekraine import Vergoeding

    lijst = sorted(uitkomsten_(uitkomsten, Vergoeding, "uitkomsten"), key=lambda u: u.waarde.periode.van)
    return gestapeld(pd, lijst, _rij)


def _rij(k: Rijen, bronnen: tuple[Bron, ...], v: Vergoeding) -> None:
    """The row of one period."""
    normbedragen = ", ".join(dict.fromkeys(format(d.normbedrag, "f") for d in v.dagdelen))
    k.rij(
        bronnen,
        van=("date", v.periode.van),
        tot=("date", v.periode.tot),
        dagen=("Int64", v.periode.dagen),
        plaatsen=("Int64", v.plaatsen),
        particuliere_personen=("Int64", v.particuliere_personen),
        gemeentelijke_opvang=("object", v.gemeentelijke_opvang),
        particuliere_opvang=("object", v.particuliere_opvang),
        eigen_bijdragen=("object", v.eigen_bijdragen),
        cateringbijdragen=("object", v.cateringbijdragen),
        totaal=("object", v.totaal),
        normbedragen=("string", normbedragen or None),
        aftrek=("string", v.aftrek.value),
        regeling_versie=("date", v.regeling_versie),
    )
