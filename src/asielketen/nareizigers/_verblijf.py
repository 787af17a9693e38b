"""The stay with the referent is temporary (VNG-2025-10-13).

The letter describes the ministry's original plan as "kleine gezinnen (één à twee personen) die
tijdelijk bij de referent konden verblijven": a household of phase 1 stays with the referent
**temporarily** (shipped parameter ``nareizigers.fase1.tijdelijk``, from 23 September 2025). For
phase 2 the letter only says that households "bij de referent kunnen worden gehuisvest"; whether
that stay is temporary it does not say, so the check says so and claims nothing. A household
outside the action is not placed with the referent under it at all.
"""

from __future__ import annotations

from ..taal import bericht
from ._omvang import Route
from ._parameters import Regels
from ._uitkomst import Toetsing


def toets_verblijf(t: Toetsing, r: Regels, route: Route) -> bool | None:
    """The step on the nature of the stay with the referent; returns ``verblijf_tijdelijk``.

    ``True`` (phase 1, the letter: temporary), ``False`` (phase 1 when the shipped parameter says
    it is not temporary), ``None`` (phase 2: the letter does not say; outside the action: no
    placement under it, and no step).
    """
    if route is Route.FASE1:
        tijdelijk = bool(r.fase1_tijdelijk.waarde)
        grenzen = {"minimum": r.fase1_min.waarde, "maximum": r.fase1_max.waarde}
        t.rd.stap(
            bericht("nareizigers.stap.verblijf_tijdelijk", **grenzen)
            if tijdelijk
            else bericht("nareizigers.stap.verblijf_niet_tijdelijk", **grenzen),
            r.fase1_tijdelijk.bron,
            tijdelijk=tijdelijk,
        )
        return tijdelijk
    if route is Route.FASE2:
        t.rd.stap(bericht("nareizigers.stap.verblijf_fase2"), r.fase2_max.bron)
    return None
