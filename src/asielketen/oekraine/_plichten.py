"""Both duties for one gemeente at a peildatum: the function the gemeente profile calls.

The VNG (letter of 22 September 2025) put the two side by side: "een inspanningsverplichting als
het gaat om de aantallen per gemeente, en tegelijk een ongelimiteerde plicht op basis van de
Tijdelijke wet opvang Oekraïne" — :func:`~asielketen.oekraine.collectieve_plicht` and
:func:`~asielketen.oekraine.individuele_plicht`, each with its own explanation.
"""

from __future__ import annotations

from datetime import date

from attrs import field, frozen

from .._validation import van_soort
from ..errors import InvalidInputError
from ..explain import Uitkomst
from ..gebied import Gemeente, Register, Veiligheidsregio, register
from ..periods import as_date
from ..taal import bericht
from ._collectief import CollectievePlicht, Gebiedsniveau, collectieve_plicht
from ._gemeenschappelijk import check_datum
from ._individueel import IndividuelePlicht, individuele_plicht
from ._verzoek import Capaciteit, Opvangverzoek


@frozen(kw_only=True)
class Oekraineplichten:
    """Both duties for one gemeente at a peildatum, each with its own explanation and sources."""

    gemeente_code: str
    """The gemeente's CBS code."""
    gemeente_naam: str
    """The gemeente's name."""
    peildatum: date = field(validator=check_datum)
    """The reference date."""
    individueel: Uitkomst[IndividuelePlicht]
    """The duty toward each ontheemde who asks (resultaatsverplichting)."""
    collectief: Uitkomst[CollectievePlicht]
    """The effort toward the number of places asked (inspanningsverplichting)."""


def oekraine_plichten(
    naam_of_code: str,
    peildatum: date,
    *,
    plaatsen: int | None = None,
    bezet: int | None = None,
    gevraagd: int | None = None,
    niveau: Gebiedsniveau = Gebiedsniveau.GEMEENTE,
    verzoek: Opvangverzoek | None = None,
    prioritering_vanaf: date | None = None,
    reg: Register | None = None,
) -> Oekraineplichten:
    """Both duties for one gemeente at ``peildatum`` — the function the gemeente profile calls.

    ``plaatsen`` and ``bezet`` give the gemeente's capacity (both or neither). The collective duty is
    computed for the gemeente or (``niveau``) its veiligheidsregio; ``gevraagd`` is the number of
    places the minister asks of that area and ``plaatsen`` the realised places (for a
    veiligheidsregio, give the region's numbers). ``verzoek`` defaults to an adult ontheemde under
    temporary protection with no exclusion ground.

    >>> from datetime import date
    >>> p = oekraine_plichten("Het Hogeland", date(2025, 10, 6), plaatsen=120, bezet=120, gevraagd=150)
    >>> p.individueel.waarde.uitkomst.value, p.collectief.waarde.tekort
    ('alternatief', 30)
    """
    if (plaatsen is None) != (bezet is None):
        raise InvalidInputError(
            "bezet" if bezet is None else "plaatsen",
            None,
            bericht("oekraine.fout.plaatsen_en_bezet"),
        )
    van_soort("niveau", niveau, Gebiedsniveau, reden=lambda: bericht("oekraine.fout.niveau"))
    r = register() if reg is None else reg
    g = r.gemeente(naam_of_code)
    peildatum = as_date(peildatum)
    capaciteit = None if plaatsen is None or bezet is None else Capaciteit(plaatsen=plaatsen, bezet=bezet)
    individueel = individuele_plicht(
        Opvangverzoek() if verzoek is None else verzoek,
        peildatum,
        capaciteit=capaciteit,
        prioritering_vanaf=prioritering_vanaf,
    )
    gebied: Gemeente | Veiligheidsregio = g if niveau is Gebiedsniveau.GEMEENTE else r.veiligheidsregio_van(g)
    collectief = collectieve_plicht(gebied, peildatum, gevraagd=gevraagd, gerealiseerd=plaatsen)
    return Oekraineplichten(
        gemeente_code=g.code,
        gemeente_naam=g.naam,
        peildatum=peildatum,
        individueel=individueel,
        collectief=collectief,
    )
