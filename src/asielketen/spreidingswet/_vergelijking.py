"""Compare a computed distribution with the published Spreidingswet figures (status pers).

The shipped ``spreidingswet_gepubliceerd.csv`` holds the indicative numbers the press reported for
cycle 1 (Stcrt. 2024, 3320; BO = 96,000) — gemeenten, and the provincial opgaven of Noord-Holland,
Groningen, Zuid-Holland (19,776), Noord-Brabant (14,689 incl. amv) and Gelderland (11,704, of which
992 amv) — and for the cycle announced in February 2026 (88,000). They include the SES-WOA
weighting and older inhabitants figures, so an inhabitants-only distribution will not reproduce
them; the ratio published / computed shows the weighting: low-SES cities sit below their
population share, high-SES gemeenten above it. Each row cites its own press source (status pers);
a row whose source is not in the registry is a data error naming the file, never another source.

>>> from datetime import date
>>> from asielketen.spreidingswet import verdeel
>>> v = vergelijk_gepubliceerd(verdeel(96000, peildatum=date(2024, 1, 31)).waarde).waarde
>>> [(x.naam, x.gepubliceerd, x.berekend) for x in v if x.code == "GM0599"]
[('Rotterdam', 2667, 3588)]
>>> [(x.naam, x.gepubliceerd, x.gepubliceerd_amv, x.bron_id) for x in v if x.code == "PV25"]
[('Gelderland', 11704, 992, 'pers.upday-2024-11-provincies-spreidingswet')]

A published figure belongs to the cycle whose published need (``spreidingswet.landelijke_behoefte``)
is its ``landelijke_behoefte`` — 96,000: cycle 2024, 88,000: cycle 2026 — and is compared only with
a distribution of that same need, whether given as the cycle's :func:`raming` or as that number. A
distribution of any other need (a user's scenario) has no published figures beside it: none would
belong to it.

>>> [(x.cyclus.ramingsjaar, x.status.value) for x in v if x.code == "GM0599"]
[(2024, 'pers')]
>>> vergelijk_gepubliceerd(verdeel(90000, peildatum=date(2024, 1, 31)).waarde).waarde
()
"""

from __future__ import annotations

from .._openbaar import publiceer_hier
from ..explain import Uitkomst
from ._gepubliceerd import Vergelijking, vergelijk
from ._verdeling import Spreiding

__all__ = ["Vergelijking", "vergelijk_gepubliceerd"]


def vergelijk_gepubliceerd(spreiding: Spreiding) -> Uitkomst[tuple[Vergelijking, ...]]:
    """The published figures with the same national need as ``spreiding``, side by side.

    Only the figures of the cycle whose published need ``spreiding`` distributes (see the module's
    text): for any other need, none.
    """
    return vergelijk(
        spreiding.behoefte,
        spreiding.methode,
        spreiding.sleutel,
        {g.gemeentecode: (g.plaatsen, g.amv) for g in spreiding.gemeenten},
        {p.provinciecode: (p.plaatsen, p.amv) for p in spreiding.provincies},
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
