"""Huisvestingswet 2014 art. 29 lid 1: the dates and the formula (vg itself: :mod:`._landelijk`).

The taakstelling of a gemeente for a calendar half-year is

    vg × iG / iN, rounded **up** to a whole number (art. 29 lid 1, first sentence),

with vg the national number of vergunninghouders to house, published in the Staatscourant at
least thirteen weeks before the half-year (onder a), and iG and iN the inhabitants of the gemeente
and of the Netherlands according to the CBS on 1 January of the calendar year before the
half-year's year (onder b and c). The arithmetic is exact integer arithmetic
(``ceil(a / b) = -(-a // b)``): no float ever rounds a taakstelling the wrong way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from .._openbaar import publiceer_hier
from ..errors import InvalidInputError, InvalidPeriodError
from ..periods import Halfjaar
from ..taal import bericht
from ._gemeenschappelijk import aantal, als_halfjaar

__all__ = ["kern", "peildatum_inwoners", "taakstelling_formule", "uiterste_bekendmaking"]


# -- the dates (onder a, b and c) -----------------------------------------------------------------


def peildatum_inwoners(halfjaar: Halfjaar | str) -> date:
    """The reference date of iG and iN for ``halfjaar``: 1 January of the preceding calendar year.

    Huisvestingswet 2014 art. 29 lid 1 onder b and c: "op 1 januari van het kalenderjaar dat
    voorafgaat aan het kalenderjaar waartoe het kalenderhalfjaar … behoort". So 2025-H1 and 2025-H2
    both use 1 January 2024.

    >>> peildatum_inwoners("2025-H2")
    datetime.date(2024, 1, 1)
    """
    h = als_halfjaar(halfjaar)
    if h.jaar < 2:  # 1 January of the year 0 does not exist
        raise InvalidPeriodError("halfjaar", str(h), bericht("statushouders.fout.voor_kalender"))
    return date(h.jaar - 1, 1, 1)


def uiterste_bekendmaking(halfjaar: Halfjaar | str) -> date:
    """The last day on which vg may be published in the Staatscourant for ``halfjaar``.

    Art. 29 lid 1 onder a: the publication takes place "ten minste dertien weken voor de aanvang
    van het kalenderhalfjaar", so at the latest 13 weeks (91 days) before its first day.

    >>> uiterste_bekendmaking("2025-H2")
    datetime.date(2025, 4, 1)
    """
    h = als_halfjaar(halfjaar)
    if h.begin < date(1, 1, 1) + timedelta(weeks=13):
        raise InvalidPeriodError("halfjaar", str(h), bericht("statushouders.fout.voor_kalender"))
    return h.begin - timedelta(weeks=13)


# -- the formula and its rounding -----------------------------------------------------------------


def taakstelling_formule(vg: int, ig: int, i_n: int) -> int:
    """Art. 29 lid 1: ``vg × iG / iN``, rounded **up** to a whole number, in exact integer arithmetic.

    >>> taakstelling_formule(13000, 48224, 17942942)   # Het Hogeland, 2025-H2
    35
    >>> taakstelling_formule(13000, 0, 17942942)
    0
    >>> taakstelling_formule(0, 0, 0)                  # nobody to house, and no inhabitants
    0

    ``iG`` (the gemeente's inhabitants) is part of ``iN`` (the country's): ``iG > iN`` is refused.
    """
    aantal(vg, "vg")
    aantal(ig, "iG")
    aantal(i_n, "iN", minimum=0 if vg == 0 else 1)  # nobody to house: 0, even without inhabitants
    if ig > i_n:  # the gemeente's inhabitants are part of the national total
        raise InvalidInputError("iG", ig, bericht("statushouders.fout.ig_in", i_n=i_n))
    return kern(vg, (ig,), i_n)[0]


def kern(vg: int, igs: Iterable[int], i_n: int) -> list[int]:
    """``ceil(vg × iG / iN)`` for every iG, in exact integer arithmetic: THE arithmetic of art. 29 lid 1.

    The one implementation behind :func:`taakstelling_formule`, ``taakstellingen``,
    ``taakstelling_aantallen`` and the invariant checks of ``Taakstellingen``. ``iN = 0``
    (no inhabitants) only comes with ``vg = 0`` (the callers refuse more): 0 for every gemeente.
    """
    if i_n == 0:
        return [0 for _ in igs]
    return [-(-(vg * ig) // i_n) for ig in igs]


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
