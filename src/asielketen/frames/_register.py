"""The register as a frame: gemeenten × reference dates of their inhabitants."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from .._extra import provincies
from ..errors import DataUnavailableError, InvalidInputError
from ..gebied import Register, register
from ..periods import as_date
from ..sources import Bron
from ..taal import bericht
from ._kolommen import Rijen, frame, herkomst, pandas

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd


def register_frame(reg: Register | None = None, *, peildata: Iterable[date] | None = None) -> pd.DataFrame:
    """The gemeenten with their inhabitants: one row per gemeente × reference date.

    Columns: ``peildatum``, ``gemeentecode``, ``gemeentenaam``, ``provinciecode``,
    ``provincienaam``, ``veiligheidsregiocode``, ``veiligheidsregionaam`` (``string``),
    ``stedelijkheid``, ``inwoners`` (``Int64``) and the source columns — here the source of each
    row's inhabitants figure (a user's figures, ``gebruiker:…``, have no registry entry: their
    ``statussen`` is ``<NA>``).

    ``peildata`` chooses the reference dates (default: every date of the register), each a
    :class:`~datetime.date` or its ISO text. A gemeente
    without a figure on a date asked gets ``<NA>`` inhabitants; a date no gemeente has a figure for
    is a :class:`~asielketen.errors.DataUnavailableError`.
    """
    pd = pandas()
    from ..bronregister import bron, bronnen_versie

    r = register() if reg is None else reg
    if not isinstance(r, Register):
        raise InvalidInputError("reg", type(r).__name__, bericht("frames.register"))
    data = _peildata(r, peildata)
    pnaam = provincies(r).namen
    vnaam = {v.code: v.naam for v in r.veiligheidsregios}
    cache: dict[str, tuple[Bron, ...]] = {}

    def bronnen_van(id_: str) -> tuple[Bron, ...]:
        if id_ not in cache:
            cache[id_] = () if id_.startswith("gebruiker:") else (bron(id_),)
        return cache[id_]

    k = Rijen()
    alle: list[Bron] = []
    for d in data:
        for g in r.gemeenten:
            cijfer = next((i for i in g.inwoners if i.peildatum == d), None)
            bronnen = () if cijfer is None else bronnen_van(cijfer.bron)
            alle.extend(bronnen)
            k.rij(
                cijfer.bron if cijfer is not None and not bronnen else bronnen,
                peildatum=("date", d),
                gemeentecode=("string", g.code),
                gemeentenaam=("string", g.naam),
                provinciecode=("string", g.provinciecode),
                provincienaam=("string", pnaam.get(g.provinciecode)),
                veiligheidsregiocode=("string", g.veiligheidsregiocode),
                veiligheidsregionaam=("string", vnaam.get(g.veiligheidsregiocode)),
                stedelijkheid=("Int64", g.stedelijkheid),
                inwoners=("Int64", None if cijfer is None else cijfer.aantal),
            )
    return frame(pd, k.kolommen, alle, herkomst((), (*r.herkomst, bronnen_versie())))


def _peildata(r: Register, peildata: Iterable[date] | None) -> list[date]:
    """The reference dates asked (default: every date of the register), sorted, each one known."""
    bekend = sorted({d for g in r.gemeenten for d in g.peildata})
    if peildata is None:
        return bekend
    if isinstance(peildata, str | date) or not isinstance(peildata, Iterable):
        raise InvalidInputError("peildata", peildata, bericht("frames.peildatum"))
    data = sorted({as_date(d, "peildata") for d in peildata})
    for d in data:
        if d not in bekend:
            raise DataUnavailableError(
                bericht(
                    "frames.geen_inwoners",
                    peildatum=d,
                    bekend=", ".join(x.isoformat() for x in bekend) or bericht("frames.geen"),
                ),
                veld="peildata",
                waarde=d,
            )
    return data
