"""The relation to the referent (IND, nareis): the spouse or partner and the (foster) children may
join a statushouder; the parents only when the referent came as an alleenstaande minderjarige.
Any other relation is outside the nareisactie."""

from __future__ import annotations

from ..bronregister import bron
from ..taal import bericht
from ._huishouden import Referent, Relatie, betrokkenen
from ._uitkomst import Nareisuitkomst, Redencode, Toetsing


def is_nareisrelatie(relatie: Relatie, referent: Referent) -> bool:
    """True when ``relatie`` may join ``referent`` as a nareiziger."""
    if relatie is Relatie.OUDER:
        return referent.als_amv
    return relatie is not Relatie.ANDERS


def toets_relatie(t: Toetsing, referent: Referent) -> None:
    """A step when every member has a nareis relation; else the reason ``RELATIE_GEEN_NAREIS``
    (outside the action) for the members who have none."""
    ind_nareis = bron("IND-nareis")
    geen_relatie = [n for n in t.leden if not is_nareisrelatie(n.relatie, referent)]
    if not geen_relatie:
        t.rd.stap(
            bericht("nareizigers.stap.relatie", wie=betrokkenen(t.leden, t.totaal, met_namen=False)),
            ind_nareis,
        )
        return
    soorten = sorted({n.relatie.value for n in geen_relatie})
    amv = bericht("nareizigers.amv.ja") if referent.als_amv else bericht("nareizigers.amv.nee")
    t.reden(
        Redencode.RELATIE_GEEN_NAREIS,
        bericht(
            "nareizigers.reden.relatie",
            wie=betrokkenen(geen_relatie, t.totaal),
            soorten=", ".join(soorten),
            amv=amv,
        ),
        Nareisuitkomst.BUITEN_ACTIE,
        [ind_nareis],
        None,
        geen_relatie,
    )
