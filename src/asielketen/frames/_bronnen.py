"""The sources of one or several results as a frame: one row per source."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._extra import taal_van
from .._extra import uitkomsten as uitkomsten_
from ..explain import Uitkomst
from ..sources import BRON_SOORTEN, Bron
from ..taal import Taal
from ._kolommen import Kolommen, frame, herkomst, pandas

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd


def bronnen_frame(
    uitkomst: Uitkomst[Any] | Iterable[Uitkomst[Any]], *, taal: Taal | None = None
) -> pd.DataFrame:
    """The sources a result (or several) rests on: one row per source, in the order of first use.

    Columns: ``id``, ``soort`` (the kind: wetsartikel, brief, …), ``status``, ``onzeker``
    (``boolean``), ``omschrijving`` (the citation and status as :meth:`Bron.tekst
    <asielketen.sources.BronBasis.tekst>` renders it in ``taal``; default: the current language)
    and ``url`` (``<NA>`` when unknown). The codes (``soort``, ``status``) are the same in every
    language.
    """
    t = taal_van(taal)
    pd = pandas()
    lijst = uitkomsten_(uitkomst, object, "uitkomst")
    bronnen = list(dict.fromkeys(b for u in lijst for b in u.bronnen))
    kolommen: Kolommen = {
        "id": ("string", [b.id for b in bronnen]),
        "soort": ("string", [_soort(b) for b in bronnen]),
        "status": ("string", [b.status.value for b in bronnen]),
        "onzeker": ("boolean", [b.status.onzeker for b in bronnen]),
        "omschrijving": ("string", [b.tekst(t) for b in bronnen]),
        "url": ("string", [b.link for b in bronnen]),
    }
    return frame(pd, kolommen, bronnen, herkomst(u.herkomst for u in lijst))


def _soort(b: Bron) -> str:
    """The kind of a source, as its ``"soort"`` tag in the JSON (wetsartikel, brief, …)."""
    return next(tag for tag, cls in BRON_SOORTEN.items() if type(b) is cls)
