"""The registrations moving in requires: BRP registration and a BSN (COA, VNG-2025-10-13), an
mvv (COA, IND), and the report at the IND after arrival (Zevenaar since 6 March 2023). Each one a
member lacks is a reason of its own — "not yet" — never silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable

from .._klasse import frozen
from .._taalkern import hoofdletter
from ..bronregister import bron
from ..taal import Bericht, bericht
from ._huishouden import betrokkenen
from ._uitkomst import Nareisuitkomst, Redencode, Toetsing


@frozen
class _Registratie:
    """One registration the COA or the IND requires: its attribute, sources and three sentences."""

    code: Redencode
    attribuut: str
    bronnen: tuple[str, ...]
    """The ids of the sources that require it."""
    ontbreekt: Callable[[Bericht], Bericht]
    """The reason when it is missing, for the members concerned."""
    wat: Callable[[], Bericht]
    """What would lift the reason."""
    aanwezig: Callable[[Bericht], Bericht]
    """The step when every member has it."""


_REGISTRATIES: tuple[_Registratie, ...] = (
    _Registratie(
        Redencode.GEEN_BRP,
        "brp",
        ("COA-uitstromen-referent", "VNG-2025-10-13"),
        lambda wie: bericht("nareizigers.reden.geen_brp", wie=wie),
        lambda: bericht("nareizigers.wat.brp"),
        lambda wie: bericht("nareizigers.stap.brp", wie=wie),
    ),
    _Registratie(
        Redencode.GEEN_BSN,
        "bsn",
        ("COA-uitstromen-referent", "VNG-2025-10-13"),
        lambda wie: bericht("nareizigers.reden.geen_bsn", wie=wie),
        lambda: bericht("nareizigers.wat.bsn"),
        lambda wie: bericht("nareizigers.stap.bsn", wie=wie),
    ),
    _Registratie(
        Redencode.GEEN_MVV,
        "mvv",
        ("COA-uitstromen-referent", "IND-nareis"),
        lambda wie: bericht("nareizigers.reden.geen_mvv", wie=wie),
        lambda: bericht("nareizigers.wat.mvv"),
        lambda wie: bericht("nareizigers.stap.mvv", wie=wie),
    ),
    _Registratie(
        Redencode.GEEN_IND_MELDING,
        "ind_melding",
        ("IND-nareis", "IND-2023-03-06-zevenaar", "VNG-2025-10-13"),
        lambda wie: bericht("nareizigers.reden.geen_ind_melding", wie=wie),
        lambda: bericht("nareizigers.wat.ind_melding"),
        lambda wie: bericht("nareizigers.stap.ind_melding", wie=wie),
    ),
)


def toets_registraties(t: Toetsing) -> None:
    """Per registration: a step when every member has it, else a reason (not yet) for those without."""
    for reg in _REGISTRATIES:
        zonder = [n for n in t.leden if not getattr(n, reg.attribuut)]
        bronnen = [bron(b) for b in reg.bronnen]
        if zonder:
            t.reden(
                reg.code,
                reg.ontbreekt(hoofdletter(betrokkenen(zonder, t.totaal))),
                Nareisuitkomst.NOG_NIET,
                bronnen,
                reg.wat(),
                zonder,
            )
        else:
            t.rd.stap(reg.aanwezig(hoofdletter(betrokkenen(t.leden, t.totaal, met_namen=False))), *bronnen)
