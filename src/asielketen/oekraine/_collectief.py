"""The collective duty: an inspanningsverplichting for the number of places the minister asks.

The VNG (letter of 22 September 2025): "een inspanningsverplichting als het gaat om de aantallen
per gemeente". The rule states the shortfall of a gemeente or veiligheidsregio against the number
asked; missing the number is not by itself unlawful and gives no individual a claim (the duty
toward each ontheemde is the other, individual one: ECLI:NL:RBNNE:2025:4074).
"""

from __future__ import annotations

import enum
from datetime import date

from attrs import Attribute, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, ParameterNotValidError
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente, Veiligheidsregio
from ..parameters import parameterversie
from ..periods import as_date
from ..taal import Bericht, als_bericht, bericht
from ._gemeenschappelijk import (
    BESTAND,
    GEEN_SAMENVATTING,
    Verplichtingsoort,
    aantal,
    check_datum,
    check_optioneel_aantal,
    param,
)
from ._regime import regime_op, regime_periode


class Gebiedsniveau(enum.Enum):
    """For which area the minister asks a number of places: a gemeente or a veiligheidsregio."""

    GEMEENTE = "gemeente"
    VEILIGHEIDSREGIO = "veiligheidsregio"


@frozen(kw_only=True)
class CollectievePlicht:
    """The effort toward the number of places the minister asks (an inspanningsverplichting)."""

    peildatum: date = field(validator=check_datum)
    """The reference date."""
    niveau: Gebiedsniveau
    """Gemeente or veiligheidsregio."""
    gebied_code: str
    """The code of the area (``GM…`` or ``VR…``)."""
    gebied_naam: str
    """The name of the area."""
    gevraagd: int | None = field(default=None, validator=check_optioneel_aantal)
    """The number of places the minister asks of the area (user data; ``None``: not given)."""
    gerealiseerd: int | None = field(default=None, validator=check_optioneel_aantal)
    """The places realised (``None``: not given)."""
    tekort: int | None = field(default=None, validator=check_optioneel_aantal)
    """``gevraagd − gerealiseerd`` when positive, else 0; ``None`` when either is unknown."""
    landelijk_streefaantal: int | None = field(default=None, validator=check_optioneel_aantal)
    """The national target at the peildatum (status pers), ``None`` when none is known."""
    tekort_op_zich_onrechtmatig: bool = field(default=False)
    """Always ``False``: missing the number is not by itself unlawful."""
    individuele_aanspraak: bool = field(default=False)
    """Always ``False``: the number asked gives no individual a claim."""
    samenvatting: Bericht = field(default=GEEN_SAMENVATTING, converter=als_bericht)
    """The outcome in one sentence, in every language (``str()`` gives the current one)."""
    soort: Verplichtingsoort = Verplichtingsoort.INSPANNINGSVERPLICHTING
    """Always an inspanningsverplichting (VNG-2025-09-22)."""

    @tekort_op_zich_onrechtmatig.validator
    def _check_onrechtmatig(self, attribute: Attribute[bool], value: bool) -> None:
        if value is not False:
            raise InvalidInputError(attribute.name, value, bericht("oekraine.fout.onrechtmatig"))

    @individuele_aanspraak.validator
    def _check_aanspraak(self, attribute: Attribute[bool], value: bool) -> None:
        if value is not False:
            raise InvalidInputError(attribute.name, value, bericht("oekraine.fout.aanspraak"))


def collectieve_plicht(
    gebied: Gemeente | Veiligheidsregio,
    peildatum: date,
    *,
    gevraagd: int | None = None,
    gerealiseerd: int | None = None,
) -> Uitkomst[CollectievePlicht]:
    """The effort toward the places the minister asks of a gemeente or veiligheidsregio.

    The outcome is an inspanningsverplichting: the shortfall (when both numbers are given), and that
    missing the number is not by itself unlawful and gives no individual a claim.
    """
    if isinstance(gebied, Gemeente):
        niveau = Gebiedsniveau.GEMEENTE
    elif isinstance(gebied, Veiligheidsregio):
        niveau = Gebiedsniveau.VEILIGHEIDSREGIO
    else:
        raise InvalidInputError("gebied", gebied, bericht("oekraine.fout.gebied"))
    peildatum = as_date(peildatum)
    for naam, waarde in (("gevraagd", gevraagd), ("gerealiseerd", gerealiseerd)):
        if waarde is not None:
            aantal(naam, waarde)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    wie = (
        bericht("oekraine.gebied.gemeente", naam=gebied.naam)
        if niveau is Gebiedsniveau.GEMEENTE
        else bericht("oekraine.gebied.veiligheidsregio", naam=gebied.naam)
    )
    rd.stap(
        bericht("oekraine.collectief.inspanning_stap", wie=wie),
        bron("VNG-2025-09-22"),
        bron("twoo.art2.lid1"),
    )
    if regime_op(peildatum) is None:
        rd.stap(
            "oekraine.collectief.buiten_regime",
            bron("twoo.art10.lid2") if peildatum >= regime_periode().van else bron("Stb-2022-133"),
            peildatum=peildatum,
        )
    streef = _streefaantal(rd, peildatum)
    tekort, samenvatting = _tekort(rd, gevraagd, gerealiseerd)
    rd.stap(
        "oekraine.collectief.geen_aanspraak_stap", bron("VNG-2025-09-22"), bron("ECLI:NL:RBNNE:2025:4074")
    )
    return rd.uitkomst(
        CollectievePlicht(
            peildatum=peildatum,
            niveau=niveau,
            gebied_code=gebied.code,
            gebied_naam=gebied.naam,
            gevraagd=gevraagd,
            gerealiseerd=gerealiseerd,
            tekort=tekort,
            landelijk_streefaantal=streef,
            samenvatting=samenvatting,
        )
    )


def _streefaantal(rd: Redenering, peildatum: date) -> int | None:
    """The national target at ``peildatum`` (status pers); ``None`` when none is known."""
    streef_p = param("oekraine.landelijk_streefaantal")
    try:
        g = streef_p.geldigheid_op(peildatum)
    except ParameterNotValidError:
        rd.stap(
            bericht("oekraine.collectief.geen_streefaantal", peildatum=peildatum), streef_p.waarden[-1].bron
        )
        return None
    streef: int = g.waarde
    rd.stap(bericht("oekraine.collectief.streefaantal", aantal=streef), g.bron, landelijk_streefaantal=streef)
    return streef


def _tekort(rd: Redenering, gevraagd: int | None, gerealiseerd: int | None) -> tuple[int | None, Bericht]:
    """The shortfall ``max(0, gevraagd − gerealiseerd)`` and the summary; unknown without both."""
    if gevraagd is None or gerealiseerd is None:
        rd.stap("oekraine.collectief.onbekend_stap", bron("VNG-2025-09-22"))
        return None, bericht("oekraine.collectief.onbekend")
    tekort = max(0, gevraagd - gerealiseerd)
    rd.stap(
        "oekraine.collectief.tekort_stap",
        bron("VNG-2025-09-22"),
        gevraagd=gevraagd,
        gerealiseerd=gerealiseerd,
        tekort=tekort,
    )
    if tekort:
        return tekort, bericht("oekraine.collectief.tekort", tekort=tekort, gevraagd=gevraagd)
    return tekort, bericht("oekraine.collectief.gehaald", gevraagd=gevraagd)


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
