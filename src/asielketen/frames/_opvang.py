"""Opvang frames: a shortage scenario over time, per point in time and area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._extra import provincies, taal_van
from .._extra import uitkomst as enkele_uitkomst
from ..explain import Uitkomst
from ..gebied import Register
from ..taal import Taal, bericht
from ._kolommen import Rijen, frame, herkomst, pandas

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd

    from ..opvang import Tekortverloop

_LANDELIJK = "NL"
"""The area of a national scenario."""


def tekortverloop_frame(
    uitkomst: Uitkomst[Tekortverloop], *, reg: Register | None = None, taal: Taal | None = None
) -> pd.DataFrame:
    """An opvang shortage scenario over time (:func:`asielketen.opvang.tekortverloop`).

    One row per point in time × area (``"NL"`` for a national scenario, else each province):
    ``scenario``, ``datum`` (the point), ``tot`` (the next point, or the end of the period),
    ``dagen``, ``gebied``, ``gebiedsnaam`` (the province's name, or for ``"NL"`` the country's
    name in ``taal``: ``"Nederland"``, ``"Netherlands"``; default: the current language),
    ``behoefte``, ``capaciteit``, ``tekort``, ``overschot`` and ``plaatsdagen`` (tekort × dagen;
    their sum is ``Tekortverloop.plaatsdagen``), and the source columns.
    """
    t = taal_van(taal)
    pd = pandas()
    from ..opvang import Tekortverloop

    u = enkele_uitkomst(uitkomst, Tekortverloop, "uitkomst")
    v = u.waarde
    pnaam = provincies(reg).namen
    pnaam[_LANDELIJK] = bericht("frames.nederland").tekst(t)
    bronnen = u.bronnen
    assert v.periode.tot is not None  # tekortverloop asks a closed period
    grenzen = [p.datum for p in v.punten[1:]] + [v.periode.tot]
    k = Rijen()
    for punt, eind in zip(v.punten, grenzen, strict=True):
        dagen = (eind - punt.datum).days
        for g in punt.gebieden:
            k.rij(
                bronnen,
                scenario=("string", v.scenario),
                datum=("date", punt.datum),
                tot=("date", eind),
                dagen=("Int64", dagen),
                gebied=("string", g.gebied),
                gebiedsnaam=("string", pnaam.get(g.gebied)),
                behoefte=("Int64", g.behoefte),
                capaciteit=("Int64", g.capaciteit),
                tekort=("Int64", g.tekort),
                overschot=("Int64", g.overschot),
                plaatsdagen=("Int64", g.tekort * dagen),
            )
    return frame(pd, k.kolommen, bronnen, herkomst([u.herkomst]))
