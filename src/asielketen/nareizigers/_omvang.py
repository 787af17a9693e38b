"""Household size: which part of the nareisactie a household's size points to (VNG-2025-10-13).

One to two nareizigers: phase 1, on which the action focuses "in eerste instantie"; three to
four: phase 2, only "op een later moment" and with the gemeente's consent; five or more: outside
the action, the regular route remains — our inference, since the letter never says "vijf": it
rests on ``aanname.nareisactie.vijf-plus``, which cites the letter. The bounds are shipped
parameters (``nareizigers.json``).
"""

from __future__ import annotations

import enum

from .._openbaar import publiceer_hier
from ..bronregister import bron
from ..taal import bericht
from ._parameters import Regels
from ._uitkomst import Nareisuitkomst, Redencode, Toetsing


class Route(enum.Enum):
    """Which part of the nareisactie the household's size points to."""

    FASE1 = "fase1"
    FASE2 = "fase2"
    BUITEN_ACTIE = "buiten_actie"


def toets_omvang(t: Toetsing, r: Regels) -> tuple[Route, Nareisuitkomst]:
    """The route the household's size points to and the best outcome that route allows.

    A step for phase 1 or phase 2; for a larger household the reason ``HUISHOUDEN_TE_GROOT``
    (outside the action), whose cap decides the outcome.
    """
    totaal = t.totaal
    f1min, f1max = r.fase1_min.waarde, r.fase1_max.waarde
    f2min, f2max = r.fase2_min.waarde, r.fase2_max.waarde
    if totaal <= f1max:
        t.rd.stap(
            bericht("nareizigers.stap.fase1", aantal=totaal, minimum=f1min, maximum=f1max),
            r.fase1_max.bron,
            aantal=totaal,
        )
        return Route.FASE1, Nareisuitkomst.BINNEN_ACTIE
    if totaal <= f2max:
        t.rd.stap(
            bericht("nareizigers.stap.fase2", aantal=totaal, minimum=f2min, maximum=f2max),
            r.fase2_max.bron,
            aantal=totaal,
        )
        return Route.FASE2, Nareisuitkomst.BINNEN_ACTIE_MET_INSTEMMING
    t.reden(
        Redencode.HUISHOUDEN_TE_GROOT,
        bericht(
            "nareizigers.reden.te_groot",
            aantal=totaal,
            buiten=r.buiten_actie_vanaf.waarde,
            f1min=f1min,
            f1max=f1max,
            f2min=f2min,
            f2max=f2max,
        ),
        Nareisuitkomst.BUITEN_ACTIE,
        [r.buiten_actie_vanaf.bron, bron("VNG-2025-10-13")],  # an aanname read from the letter
        None,
    )
    return Route.BUITEN_ACTIE, Nareisuitkomst.BINNEN_ACTIE


publiceer_hier(globals())  # the package's public names defined here: asielketen.nareizigers.<name>
