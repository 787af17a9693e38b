"""Spreidingswet frames: a distribution per gemeente or province, and realisation against opgave."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._extra import Provincies, provincies
from .._extra import uitkomst as enkele_uitkomst
from .._extra import uitkomsten as uitkomsten_
from ..explain import Uitkomst
from ..gebied import Register
from ..sources import Bron
from ..taal import bericht
from ._kolommen import Niveau, Rijen, frame, herkomst, niveau_van, pandas, per_periode

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd

    from ..spreidingswet import Spreiding, Stand


def spreiding_frame(
    uitkomst: Uitkomst[Spreiding], *, niveau: Niveau = "gemeente", reg: Register | None = None
) -> pd.DataFrame:
    """A Spreidingswet distribution (:func:`asielketen.spreidingswet.verdeel`) as a frame.

    ``niveau="gemeente"`` (default): one row per gemeente with ``inwoners_peildatum`` (the period
    column: the reference date of iG), ``behoefte`` (BO), ``gemeentecode``, ``gemeentenaam``,
    ``provinciecode``, ``provincienaam``, ``inwoners`` (iG), ``ses_woa`` (``Decimal`` or ``<NA>``),
    ``quotum`` (``Float64``, display only), ``plaatsen`` (Iv), ``amv_quotum``, ``amv``, ``methode``,
    ``sleutel`` and the source columns. The sum of ``plaatsen`` is ``Spreiding.totaal``.

    ``niveau="provincie"``: one row per province with ``plaatsen`` (the provincial opgave, Besluit
    art. 2.1 lid 2), ``quotum`` and ``amv``; the sum is again ``Spreiding.totaal``.
    """
    pd = pandas()
    niveau = niveau_van(niveau)
    from ..spreidingswet import Spreiding

    u = enkele_uitkomst(uitkomst, Spreiding, "uitkomst")
    s = u.waarde
    pnaam = provincies(reg).namen
    bronnen = u.bronnen
    k = Rijen()
    if niveau == "gemeente":
        for g in s.gemeenten:
            k.rij(
                bronnen,
                inwoners_peildatum=("date", s.inwoners_peildatum),
                behoefte=("Int64", s.behoefte),
                gemeentecode=("string", g.gemeentecode),
                gemeentenaam=("string", g.gemeentenaam),
                provinciecode=("string", g.provinciecode),
                provincienaam=("string", pnaam.get(g.provinciecode)),
                inwoners=("Int64", g.inwoners),
                ses_woa=("object", g.ses_woa),
                quotum=("Float64", float(g.quotum)),
                plaatsen=("Int64", g.plaatsen),
                amv_quotum=("Float64", None if g.amv_quotum is None else float(g.amv_quotum)),
                amv=("Int64", g.amv),
                methode=("string", s.methode.value),
                sleutel=("string", s.sleutel.value),
            )
    else:
        for p in s.provincies:
            k.rij(
                bronnen,
                inwoners_peildatum=("date", s.inwoners_peildatum),
                behoefte=("Int64", s.behoefte),
                provinciecode=("string", p.provinciecode),
                provincienaam=("string", p.provincienaam),
                quotum=("Float64", float(p.quotum)),
                plaatsen=("Int64", p.plaatsen),
                amv=("Int64", p.amv),
                methode=("string", s.methode.value),
                sleutel=("string", s.sleutel.value),
            )
    return frame(pd, k.kolommen, bronnen, herkomst([u.herkomst]))


def stand_frame(
    uitkomsten: Uitkomst[Stand] | Iterable[Uitkomst[Stand]],
    *,
    niveau: Niveau = "provincie",
    reg: Register | None = None,
) -> pd.DataFrame:
    """Realisation against opgave (:func:`asielketen.spreidingswet.stand`) at one or more dates.

    Several results (e.g. the stand at the end of each quarter) are stacked in date order; a date
    given twice is an error.

    ``niveau="provincie"`` (default): one row per peildatum × province with a verdeelbesluit:
    ``peildatum``, ``provinciecode``, ``provincienaam``, ``opgave``, ``gerealiseerd``, ``tekort``,
    ``overschot``, ``saldo`` (``Int64``), ``realisatiegraad`` (``Float64``: gerealiseerd / opgave,
    ``<NA>`` for an opgave of 0) and the source columns.

    ``niveau="gemeente"``: one row per peildatum × designated gemeente, with ``realisatie_bekend``
    (``boolean``: False when no count was given — ``gerealiseerd`` is then 0 in the result, shown
    here as ``<NA>`` so that an unknown count is never read as zero).
    """
    pd = pandas()
    niveau = niveau_van(niveau)
    from ..spreidingswet import Stand

    return per_periode(
        pd,
        uitkomsten_(uitkomsten, Stand, "uitkomsten"),
        lambda st: st.peildatum,
        lambda: bericht("frames.peildatum_dubbel"),
        reg,
        _stand_per_provincie if niveau == "provincie" else _stand_per_gemeente,
    )


def _stand_per_provincie(k: Rijen, bronnen: tuple[Bron, ...], st: Stand, prov: Provincies) -> None:
    for p in st.provincies:
        k.rij(
            bronnen,
            peildatum=("date", st.peildatum),
            provinciecode=("string", p.provinciecode),
            provincienaam=("string", prov.namen.get(p.provinciecode)),
            opgave=("Int64", p.opgave),
            gerealiseerd=("Int64", p.gerealiseerd),
            tekort=("Int64", p.tekort),
            overschot=("Int64", p.overschot),
            saldo=("Int64", p.saldo),
            realisatiegraad=("Float64", p.gerealiseerd / p.opgave if p.opgave else None),
        )


def _stand_per_gemeente(k: Rijen, bronnen: tuple[Bron, ...], st: Stand, prov: Provincies) -> None:
    for g in st.gemeenten:
        pcode = prov.van(g.gemeentecode)
        gerealiseerd = g.gerealiseerd if g.realisatie_bekend else None
        k.rij(
            bronnen,
            peildatum=("date", st.peildatum),
            gemeentecode=("string", g.gemeentecode),
            gemeentenaam=("string", g.gemeentenaam),
            provinciecode=("string", pcode),
            provincienaam=("string", None if pcode is None else prov.namen.get(pcode)),
            opgave=("Int64", g.opgave),
            realisatie_bekend=("boolean", g.realisatie_bekend),
            gerealiseerd=("Int64", gerealiseerd),
            tekort=("Int64", g.tekort),
            overschot=("Int64", g.overschot),
            realisatiegraad=(
                "Float64",
                gerealiseerd / g.opgave if gerealiseerd is not None and g.opgave else None,
            ),
        )
