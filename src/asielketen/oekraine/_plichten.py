"""Both duties for one gemeente at a peildatum: the function the gemeente profile calls.

Each duty has its own numbers (ADR 0010): the individual duty weighs the gemeente's own opvang
(``eigen``), the collective duty the places asked and realised in the gemeente or veiligheidsregio.

The VNG (letter of 22 September 2025) put the two side by side: "een inspanningsverplichting als
het gaat om de aantallen per gemeente, en tegelijk een ongelimiteerde plicht op basis van de
Tijdelijke wet opvang Oekraïne" — :func:`~asielketen.oekraine.collectieve_plicht` and
:func:`~asielketen.oekraine.individuele_plicht`, each with its own explanation.
"""

from __future__ import annotations

import warnings
from datetime import date
from typing import Any

from attrs import Converter, Factory, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import van_soort
from ..errors import InvalidInputError
from ..explain import Uitkomst
from ..gebied import Gemeente, Register, Veiligheidsregio, register
from ..periods import as_date
from ..sources import Status
from ..taal import bericht
from ._collectief import CollectievePlicht, Gebiedsniveau, collectieve_plicht
from ._gemeenschappelijk import check_datum
from ._individueel import IndividuelePlicht, individueel_met_herkomst
from ._verzoek import Capaciteit, Herkomst, Opvangverzoek


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
    onzeker_door: tuple[Status, ...] = field(
        default=Factory(lambda self: _samen_onzeker(self), takes_self=True),
        converter=Converter(lambda _, self: _samen_onzeker(self), takes_self=True),  # type: ignore[misc]
    )
    """The statuses ``pers`` and ``aanname`` that either duty rests on (as each
    :class:`~asielketen.explain.Uitkomst` says for itself), so that the JSON says so at its top level;
    derived, never taken as given."""


def _samen_onzeker(plichten: Any) -> tuple[Status, ...]:
    return tuple(
        s for s in Status if s in plichten.individueel.onzeker_door or s in plichten.collectief.onzeker_door
    )


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
    eigen: Capaciteit | None = None,
) -> Oekraineplichten:
    """Both duties for one gemeente at ``peildatum`` — the function the gemeente profile calls.

    Each duty has its own numbers. ``eigen`` is the gemeente's **own** opvang (places and occupied),
    the only capacity the individual duty weighs (ECLI:NL:RBNNE:2025:4074); without it that duty
    claims no free place. The collective duty is computed for the gemeente or (``niveau``) its
    veiligheidsregio: ``gevraagd`` is the number of places the minister asks of that area and
    ``plaatsen`` the places realised there (for a veiligheidsregio, the region's numbers).
    ``verzoek`` defaults to an adult ontheemde under temporary protection with no exclusion ground.

    Deprecated (``DeprecationWarning``): at gemeente level without ``eigen``, ``plaatsen`` and
    ``bezet`` are still taken as the own opvang too, as before, and the explanation says so; pass
    ``eigen`` instead. ``bezet`` is used for nothing else: given with ``eigen`` or at
    veiligheidsregio level it is ignored, with a warning. ``bezet`` without ``plaatsen`` is an error.

    >>> from datetime import date
    >>> p = oekraine_plichten("Het Hogeland", date(2025, 10, 6), plaatsen=120, gevraagd=150,
    ...                       eigen=Capaciteit(plaatsen=120, bezet=120))
    >>> p.individueel.waarde.uitkomst.value, p.collectief.waarde.tekort
    ('alternatief', 30)
    """
    if bezet is not None and plaatsen is None:
        raise InvalidInputError("plaatsen", None, bericht("oekraine.fout.bezet_zonder_plaatsen"))
    van_soort("niveau", niveau, Gebiedsniveau, reden=lambda: bericht("oekraine.fout.niveau"))
    if eigen is not None:
        van_soort("eigen", eigen, Capaciteit, reden=lambda: bericht("oekraine.fout.capaciteit"))
    r = register() if reg is None else reg
    g = r.gemeente(naam_of_code)
    peildatum = as_date(peildatum)
    capaciteit, herkomst = _eigen_capaciteit(eigen, plaatsen, bezet, niveau)
    individueel = individueel_met_herkomst(
        Opvangverzoek() if verzoek is None else verzoek,
        peildatum,
        capaciteit=capaciteit,
        prioritering_vanaf=prioritering_vanaf,
        herkomst=herkomst,
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


def _eigen_capaciteit(
    eigen: Capaciteit | None, plaatsen: int | None, bezet: int | None, niveau: Gebiedsniveau
) -> tuple[Capaciteit | None, Herkomst]:
    """The own capacity the individual duty weighs, and where it came from (ADR 0010).

    ``eigen`` when given; else, deprecated, ``plaatsen``/``bezet`` at gemeente level; never the
    veiligheidsregio's numbers.
    """
    if eigen is not None or niveau is Gebiedsniveau.VEILIGHEIDSREGIO or bezet is None:
        if bezet is not None:
            warnings.warn(
                "oekraine_plichten: bezet is ignored here (it is never the own opvang of the gemeente "
                "next to eigen= or at veiligheidsregio level); give the own opvang as "
                "eigen=Capaciteit(plaatsen=..., bezet=...)",
                DeprecationWarning,
                stacklevel=3,
            )
        if eigen is None and niveau is Gebiedsniveau.VEILIGHEIDSREGIO and plaatsen is not None:
            return None, Herkomst.REGIO
        return eigen, Herkomst.EIGEN
    assert plaatsen is not None  # checked by the caller: bezet needs plaatsen
    warnings.warn(
        "oekraine_plichten: plaatsen/bezet as the gemeente's own opvang is deprecated; give it as "
        "eigen=Capaciteit(plaatsen=..., bezet=...) (plaatsen then feeds only the collective duty)",
        DeprecationWarning,
        stacklevel=3,
    )
    return Capaciteit(plaatsen=plaatsen, bezet=bezet), Herkomst.PLAATSEN_BEZET


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
