"""Voorrang: the intended ban on priority for vergunninghouders (bill 36 831), off until set."""

from __future__ import annotations

from datetime import date

from attrs import field
from attrs.validators import instance_of

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..parameters import parameter, parameterversie
from ..periods import Geldigheid, Parameter, Periode, as_date
from ..taal import bericht
from ._gemeenschappelijk import BESTAND, P_VOORRANG

__all__ = ["Voorrangsstand", "voorrangsregel", "voorrangsverbod"]


@frozen(kw_only=True)
class Voorrangsstand:
    """Whether the ban on priority for vergunninghouders applies on a date, and under which rule."""

    peildatum: date
    """The date asked."""
    verbod: bool = field(validator=instance_of(bool))
    """True: a gemeente may not give priority on the ground of being a vergunninghouder."""
    verbod_vanaf: date | None = None
    """The scenario's start date of the ban; ``None`` for the shipped rule (ban off)."""


def voorrangsregel(*, verbod_vanaf: date | None = None) -> Parameter[bool]:
    """The effective-dated rule "is priority for vergunninghouders forbidden?" (True = forbidden).

    Shipped: off (``False``) from 2015-01-01 on, with status aanname — bill 36 831 has not become
    law as far as known. A scenario passes ``verbod_vanaf``: the ban then applies from that date
    (its source is the user's assumption), and the shipped value up to it.

    >>> from datetime import date
    >>> r = voorrangsregel(verbod_vanaf=date(2027, 1, 1))
    >>> r.op(date(2026, 12, 31)), r.op(date(2027, 1, 1))
    (False, True)
    """
    basis: Parameter[bool] = parameter(BESTAND, P_VOORRANG)
    if verbod_vanaf is None:
        return basis
    dag = as_date(verbod_vanaf, "verbod_vanaf")
    eerste = basis.waarden[0].periode.van
    if dag <= eerste:
        raise InvalidInputError("verbod_vanaf", dag, bericht("statushouders.fout.verbod_vanaf", datum=eerste))
    delen: list[Geldigheid[bool]] = []
    for g in basis.waarden:
        deel = g.periode.doorsnede(Periode(g.periode.van, dag))
        if deel is not None:
            delen.append(Geldigheid(periode=deel, waarde=g.waarde, bron=g.bron))
    delen.append(
        Geldigheid(
            periode=Periode(dag, None),
            waarde=True,
            bron=bron("aanname.statushouders.voorrangsverbod-scenario"),
        )
    )
    return Parameter(naam=basis.naam, waarden=tuple(delen), eenheid=basis.eenheid)


def voorrangsverbod(peildatum: date, *, verbod_vanaf: date | None = None) -> Uitkomst[Voorrangsstand]:
    """Whether the ban on priority for vergunninghouders applies on ``peildatum``, explained.

    ``True``: a gemeente may not give priority on the ground of being a vergunninghouder.

    >>> from datetime import date
    >>> voorrangsverbod(date(2026, 6, 1)).waarde.verbod
    False
    >>> voorrangsverbod(date(2027, 6, 1), verbod_vanaf=date(2027, 1, 1)).waarde.verbod
    True
    """
    dag = as_date(peildatum)
    g = voorrangsregel(verbod_vanaf=verbod_vanaf).geldigheid_op(dag)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    if g.waarde:
        zin = bericht("statushouders.stap.voorrang_verbod", peildatum=dag, vanaf=g.periode.van)
    else:
        zin = bericht("statushouders.stap.voorrang_geen", peildatum=dag)
    rd.stap(
        zin,
        g.bron,
        bron("kst-36831-6"),
        bron("VNG-2025-10-13"),
        peildatum=dag,
        verbod=g.waarde,
    )
    return rd.uitkomst(
        Voorrangsstand(
            peildatum=dag,
            verbod=bool(g.waarde),
            verbod_vanaf=None if verbod_vanaf is None else as_date(verbod_vanaf, "verbod_vanaf"),
        )
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
