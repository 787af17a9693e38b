"""Statushouders frames: taakstellingen per gemeente or province, one or several half-years."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._extra import Provincies
from .._extra import uitkomsten as uitkomsten_
from ..explain import Uitkomst
from ..gebied import Register
from ..sources import Bron
from ..taal import bericht
from ._kolommen import Niveau, Rijen, niveau_van, pandas, per_periode

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd

    from ..statushouders import Taakstellingen


def taakstellingen_frame(
    uitkomsten: Uitkomst[Taakstellingen] | Iterable[Uitkomst[Taakstellingen]],
    *,
    niveau: Niveau = "gemeente",
    reg: Register | None = None,
) -> pd.DataFrame:
    """Statushouders taakstellingen (:func:`asielketen.statushouders.taakstellingen`) as a frame.

    Give one result or several (e.g. 2025-H1 and 2025-H2): they are stacked, one block per
    half-year, in half-year order; a half-year given twice is an error.

    ``niveau="gemeente"`` (default): one row per half-year × gemeente with ``halfjaar``
    (``"2025-H2"``), ``van`` (its first day), ``gemeentecode``, ``gemeentenaam``,
    ``provinciecode``, ``provincienaam`` (from the register; after a herindeling, the province of
    its first part), ``inwoners`` (iG), ``inwoners_nederland`` (iN), ``peildatum_inwoners``,
    ``landelijk_aantal`` (vg), ``volgens_formule``, ``taakstelling``, ``herverdeeld`` and the source
    columns of that half-year's result. Per half-year, ``taakstelling`` sums to ``Taakstellingen.som``.

    ``niveau="provincie"``: one row per half-year × province, with the sums of ``inwoners``,
    ``volgens_formule`` and ``taakstelling`` and the number of ``gemeenten``.
    """
    pd = pandas()
    niveau = niveau_van(niveau)
    from ..statushouders import Taakstellingen

    return per_periode(
        pd,
        uitkomsten_(uitkomsten, Taakstellingen, "uitkomsten"),
        lambda t: t.halfjaar,
        lambda: bericht("frames.halfjaar_dubbel"),
        reg,
        _per_gemeente if niveau == "gemeente" else _per_provincie,
    )


def _periode(t: Taakstellingen) -> dict[str, tuple[str, Any]]:
    return {"halfjaar": ("string", str(t.halfjaar)), "van": ("date", t.halfjaar.begin)}


def _landelijk(t: Taakstellingen) -> dict[str, tuple[str, Any]]:
    return {
        "inwoners_nederland": ("Int64", t.inwoners_nederland),
        "peildatum_inwoners": ("date", t.peildatum_inwoners),
        "landelijk_aantal": ("Int64", t.landelijk_aantal),
    }


def _per_gemeente(k: Rijen, bronnen: tuple[Bron, ...], t: Taakstellingen, prov: Provincies) -> None:
    periode, landelijk = _periode(t), _landelijk(t)
    for g in t.gemeenten:
        pcode = prov.van(g.gemeentecode, g.delen)
        k.rij(
            bronnen,
            **periode,
            gemeentecode=("string", g.gemeentecode),
            gemeentenaam=("string", g.gemeentenaam),
            provinciecode=("string", pcode),
            provincienaam=("string", None if pcode is None else prov.namen.get(pcode)),
            inwoners=("Int64", g.inwoners),
            **landelijk,
            volgens_formule=("Int64", g.volgens_formule),
            taakstelling=("Int64", g.taakstelling),
            herverdeeld=("Int64", g.herverdeeld),
        )


def _per_provincie(k: Rijen, bronnen: tuple[Bron, ...], t: Taakstellingen, prov: Provincies) -> None:
    som: dict[str | None, list[int]] = {}
    for g in t.gemeenten:
        pcode = prov.van(g.gemeentecode, g.delen)
        acc = som.setdefault(pcode, [0, 0, 0, 0])
        acc[0] += g.inwoners
        acc[1] += g.volgens_formule
        acc[2] += g.taakstelling
        acc[3] += 1
    periode, landelijk = _periode(t), _landelijk(t)
    for pcode in sorted(som, key=lambda c: (c is None, c or "")):
        inw, formule, taak, aantal = som[pcode]
        k.rij(
            bronnen,
            **periode,
            provinciecode=("string", pcode),
            provincienaam=("string", None if pcode is None else prov.namen.get(pcode)),
            gemeenten=("Int64", aantal),
            inwoners=("Int64", inw),
            **landelijk,
            volgens_formule=("Int64", formule),
            taakstelling=("Int64", taak),
        )
