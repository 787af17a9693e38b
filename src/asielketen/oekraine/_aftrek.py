"""The deduction of BooO art. 3 lid 7: what the gemeente received from the ontheemden.

Art. 3 lid 7 deducts the gemeente's *ontvangsten* under the Regeling opvang ontheemden Oekraïne
(RooO) art. 7 lid 4 (catering contributions) and art. 8 (eigen bijdragen) from "het totaalbedrag op
basis van het eerste lid" — the gemeentelijke opvang only (ADR 0010). Lid 7 is in the texts read from
1 January 2025; before that date deducting is an aanname, and the explanation says so. Art. 8 lid 1 allows
charging "geheel of gedeeltelijk" and art. 2b exempts hardship cases, so the maximum of art. 8 lid 2
is not what a gemeente receives: the rule deducts the receipts the caller gives, and assumes the
maximum only when asked (:attr:`Aftreklezing.MAXIMUM_AANNAME`, an aanname).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from decimal import Decimal

from .._openbaar import publiceer_hier
from ..bronregister import bron
from ..explain import Redenering
from ..periods import Periode
from ..taal import bericht
from ._gemeenschappelijk import param
from ._normbedragen import Maanddeel, maanden


class Aftreklezing(enum.Enum):
    """Which reading of BooO art. 3 lid 7 a :class:`Vergoeding` used for the deduction.

    Art. 3 lid 7 deducts the gemeente's *ontvangsten* (receipts) under RooO art. 7 lid 4 and art. 8;
    art. 8 lid 1 allows charging "geheel of gedeeltelijk" and art. 2b exempts hardship cases, so the
    maximum of art. 8 lid 2 is not what a gemeente receives.

    * ``GEEN`` — no receipts given: nothing deducted (the result is before the deduction of lid 7);
    * ``ONTVANGSTEN`` — the receipts the caller passed (eigen bijdragen and/or catering contributions);
    * ``MAXIMUM_AANNAME`` — the caller asked to assume that every listed household paid the maximum
      of RooO art. 8 lid 2 every month (source ``aanname.oekraine.eigen-bijdrage-maximum``: onzeker).
    """

    GEEN = "geen"
    ONTVANGSTEN = "ontvangsten"
    MAXIMUM_AANNAME = "maximum_aanname"


def aftreklezing(huishoudens: Sequence[int], eigen: Decimal | None, catering: Decimal | None) -> Aftreklezing:
    """The reading the caller chose: households (assumed maximum), receipts, or neither."""
    if huishoudens:
        return Aftreklezing.MAXIMUM_AANNAME
    if eigen is not None or catering is not None:
        return Aftreklezing.ONTVANGSTEN
    return Aftreklezing.GEEN


def aftrek_stappen(
    rd: Redenering,
    lezing: Aftreklezing,
    periode: Periode,
    huishoudens: Sequence[int],
    eigen: Decimal | None,
    catering: Decimal | None,
) -> tuple[list[Maanddeel], Decimal, Decimal]:
    """Lid 7 in the reading chosen: the months of the assumed maximum (if any), and the eigen
    bijdragen and catering contributions deducted."""
    if lezing is Aftreklezing.MAXIMUM_AANNAME:
        delen = aangenomen_eigen_bijdragen(rd, huishoudens, periode)
        _lid7_in_tekst(rd, periode)
        return delen, sum((d.bedrag for d in delen), Decimal(0)), Decimal(0)
    eb, cat = ontvangsten_stap(rd, periode, eigen, catering)
    if lezing is Aftreklezing.ONTVANGSTEN:
        _lid7_in_tekst(rd, periode)
    return [], eb, cat


def _lid7_in_tekst(rd: Redenering, periode: Periode) -> None:
    """A period that begins before the first text read with lid 7: deducting there is an aanname."""
    p = param("oekraine.aftrek_lid7_in_tekst")
    buiten = [g for _, g in p.splits(periode) if not g.waarde]
    if buiten:
        vanaf = next(g.periode.van for g in p.waarden if g.waarde)
        rd.stap(
            bericht("oekraine.vergoeding.lid7_aanname", vanaf=vanaf), bron("booo.art3.lid7"), buiten[0].bron
        )


def aangenomen_eigen_bijdragen(
    rd: Redenering, huishoudens: Sequence[int], periode: Periode
) -> list[Maanddeel]:
    """The assumed maximum (RooO art. 8 lid 2): per household ``min(volwassenen × bedrag, maximum)``
    every month of ``periode``, split at every change of either amount."""
    per_volw = param("oekraine.eigen_bijdrage_per_volwassene_per_maand")
    maximum = param("oekraine.eigen_bijdrage_max_per_huishouden_per_maand")
    delen: list[Maanddeel] = []
    for deel, g in per_volw.splits(periode):
        mx = maximum.op(deel.van)
        per_maand = sum((min(Decimal(n) * g.waarde, mx) for n in huishoudens), Decimal(0))
        m = maanden(deel)
        bedrag = per_maand * Decimal(m)
        delen.append(Maanddeel(periode=deel, maanden=m, bedrag_per_maand=per_maand, bedrag=bedrag))
        rd.stap(
            bericht(
                "oekraine.vergoeding.aanname_eigen_bijdrage",
                periode=deel,
                per_volwassene=g.waarde,
                maximum=mx,
                per_maand=per_maand,
                maanden=m,
                bedrag=bedrag,
            ),
            g.bron,
            bron("booo.art3.lid7"),
            bron("rooo.art2b"),
            bron("aanname.oekraine.eigen-bijdrage-maximum"),
            huishoudens=len(huishoudens),
            volwassenen_met_inkomen=sum(huishoudens),
        )
    return delen


def ontvangsten_stap(
    rd: Redenering, periode: Periode, eigen: Decimal | None, catering: Decimal | None
) -> tuple[Decimal, Decimal]:
    """The receipts given (or none): explain the deduction, return (eigen bijdragen, catering)."""
    if eigen is None and catering is None:
        rd.stap("oekraine.vergoeding.geen_aftrek", bron("booo.art3.lid7"))
        return Decimal(0), Decimal(0)
    eb = eigen if eigen is not None else Decimal(0)
    cat = catering if catering is not None else Decimal(0)
    rd.stap(
        bericht("oekraine.vergoeding.ontvangsten", periode=periode, eigen=eb, catering=cat),
        bron("booo.art3.lid7"),
        *([bron("rooo.art8")] if eigen is not None else []),
        *([bron("rooo.art7.lid4")] if catering is not None else []),
        ontvangen_eigen_bijdragen=eb,
        ontvangen_cateringbijdragen=cat,
    )
    return eb, cat


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
