"""The nareisactie and its window in time.

Announced on 23 September 2025 (Kamerbrief; Rijksoverheid news "Minister Keijzer neemt
maatregelen om bezetting in Ter Apel onder de 2000 mensen te krijgen"): nareizigers whose referent
is already housed move in with the referent, small families first. Those who arrived at the
referent's before the announcement are not part of it (VNG-2025-10-13). Before the announcement
the action did not exist: a peildatum before it has no parameters. :func:`nareisactie_op` gives
the state of the action on a day, as a gemeente's profile shows it: with whether phase 1 is a
temporary stay with the referent (VNG-2025-10-13) and, from 19 December 2025, the hotel route for
nareizigers still in the opvang (press; ``_hotel``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from attrs import Attribute, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._taalkern import hoofdletter
from .._validation import van_soort
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente
from ..parameters import parameterversie
from ..periods import as_date
from ..taal import Bericht, bericht
from ._fase import check_fase2_vanaf, fase2_is_open, fase2_stand
from ._gemeenschappelijk import (
    BESTAND,
    check_bool,
    check_count,
    check_enum,
    check_gemeentecode,
    check_optional_bool,
    check_optional_date,
)
from ._hotel import Hotelplaatsing, check_hotel_invoer, hotelroute_geldt, stappen_hotel
from ._huishouden import Nareiziger, betrokkenen
from ._parameters import Regels, regels
from ._uitkomst import Nareisuitkomst, Redencode, Toetsing
from ._woning import Woninglezing, toegepaste_lezing


def check_aankomst(leden: Sequence[Nareiziger], peildatum: date) -> None:
    """Refuse an arrival after ``peildatum``: who has not arrived yet has ``aankomst`` ``None``."""
    for i, n in enumerate(leden):
        if n.aankomst is not None and n.aankomst > peildatum:
            raise InvalidInputError(
                f"nareizigers[{i}].aankomst",
                n.aankomst.isoformat(),
                bericht("nareizigers.fout.aankomst_na_peildatum", peildatum=peildatum),
            )


def stap_aankondiging(t: Toetsing, r: Regels, peildatum: date) -> None:
    """The first step of a check: the action and the day it was announced."""
    aankondiging = r.aankondiging.waarde
    t.rd.stap(
        bericht("nareizigers.stap.aankondiging", aankondiging=aankondiging),
        r.aankondiging.bron,
        bron("Kamerbrief-2025-09-23-nareisactie"),
        bron("Rijksoverheid-2025-09-23-ter-apel"),
        peildatum=peildatum,
        aankondiging=aankondiging,
    )


def toets_aankomst(t: Toetsing, r: Regels) -> None:
    """A step when nobody arrived before the announcement; else the reason
    ``AANGEKOMEN_VOOR_ACTIE`` (outside the action) for those who did."""
    aankondiging = r.aankondiging.waarde
    te_vroeg = [n for n in t.leden if n.aankomst is not None and n.aankomst < aankondiging]
    if not te_vroeg:
        t.rd.stap(bericht("nareizigers.stap.niet_te_vroeg", aankondiging=aankondiging), r.aankondiging.bron)
        return
    t.reden(
        Redencode.AANGEKOMEN_VOOR_ACTIE,
        bericht(
            "nareizigers.reden.te_vroeg",
            wie=hoofdletter(betrokkenen(te_vroeg, t.totaal)),
            aankondiging=aankondiging,
        ),
        Nareisuitkomst.BUITEN_ACTIE,
        [r.aankondiging.bron],
        None,
        te_vroeg,
    )


def _check_optional_hotel(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        van_soort(
            attribute.name, value, Hotelplaatsing, reden=lambda: bericht("nareizigers.fout.hotel_of_none")
        )


@frozen(kw_only=True)
class Nareisactiestand:
    """The state of the nareisactie at a peildatum (for a gemeente's profile)."""

    peildatum: date
    """The reference date."""
    aankondiging: date
    """The date the action was announced (Kamerbrief); earlier arrivals are not part of it."""
    fase1_min: int = field(validator=check_count)
    """Smallest household in phase 1."""
    fase1_max: int = field(validator=check_count)
    """Largest household in phase 1."""
    fase2_min: int = field(validator=check_count)
    """Smallest household in phase 2."""
    fase2_max: int = field(validator=check_count)
    """Largest household in phase 2."""
    buiten_actie_vanaf: int = field(validator=check_count)
    """From this household size on, not in scope (regular route)."""
    fase2_vanaf: date | None = field(validator=check_optional_date)
    """The opening date of phase 2 as given by the user; ``None``: unknown (closed)."""
    fase2_open: bool = field(validator=check_bool)
    """True when phase 2 is open on the peildatum."""
    woninglezing: Woninglezing = field(validator=check_enum(Woninglezing))
    """The reading of an unapproved dwelling that applies."""
    gemeentecode: str | None = field(default=None, validator=check_gemeentecode)
    """The gemeente the state was asked for, if any."""
    fase1_tijdelijk: bool | None = field(default=None, validator=check_optional_bool)
    """True when phase 1 places a household temporarily with the referent (VNG-2025-10-13)."""
    hotel: Hotelplaatsing | None = field(default=None, validator=_check_optional_hotel)
    """The hotel route on the peildatum (press, from 19 December 2025); ``None`` before it."""


def nareisactie_op(
    peildatum: date,
    *,
    fase2_vanaf: date | None = None,
    woning_blokkeert: bool | None = None,
    gemeente: Gemeente | None = None,
    achterstand_taakstelling: bool | None = None,
) -> Uitkomst[Nareisactiestand]:
    """The state of the nareisactie on ``peildatum`` — what a gemeente's profile shows.

    Which household sizes are in scope, whether phase 2 is open (``fase2_vanaf``, unset by
    default: closed), that phase 1 is a temporary stay with the referent, and which reading of an
    unapproved dwelling applies. From 19 December 2025 also the hotel route (press), with the
    priority of a gemeente behind on its taakstelling when ``achterstand_taakstelling`` is given
    (``None``: unknown; giving it before that day is refused). ``gemeente`` only names the gemeente
    in the explanation; the rules are the same for every gemeente.
    """
    peildatum = as_date(peildatum)
    if gemeente is not None:
        van_soort("gemeente", gemeente, Gemeente, reden=lambda: bericht("nareizigers.fout.gemeente_of_none"))
    r = regels(peildatum)
    fase2_datum = check_fase2_vanaf(fase2_vanaf, r.aankondiging.waarde)
    lezing, lezing_bronnen = toegepaste_lezing(woning_blokkeert, r)
    hotel_geldt, achterstand = _hotel_invoer(peildatum, achterstand_taakstelling)
    wie = (
        bericht("nareizigers.stand.college", gemeente=gemeente.naam)
        if gemeente is not None
        else bericht("nareizigers.stand.gemeente")
    )
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    _stappen_fasen(rd, r, peildatum, fase2_datum, wie)
    rd.stap(
        bericht("nareizigers.stand.tijdelijk"), r.fase1_tijdelijk.bron, tijdelijk=r.fase1_tijdelijk.waarde
    )
    rd.stap(bericht("nareizigers.stand.woning", lezing=lezing), *lezing_bronnen)
    hotel = stappen_hotel(rd, peildatum, None, achterstand, gemeente) if hotel_geldt else None
    return rd.uitkomst(
        Nareisactiestand(
            peildatum=peildatum,
            aankondiging=r.aankondiging.waarde,
            fase1_min=r.fase1_min.waarde,
            fase1_max=r.fase1_max.waarde,
            fase2_min=r.fase2_min.waarde,
            fase2_max=r.fase2_max.waarde,
            buiten_actie_vanaf=r.buiten_actie_vanaf.waarde,
            fase2_vanaf=fase2_datum,
            fase2_open=fase2_is_open(fase2_datum, peildatum),
            woninglezing=lezing,
            gemeentecode=gemeente.code if gemeente is not None else None,
            fase1_tijdelijk=r.fase1_tijdelijk.waarde,
            hotel=hotel,
        )
    )


def _hotel_invoer(peildatum: date, achterstand_taakstelling: object) -> tuple[bool, bool | None]:
    """Whether the hotel route exists on ``peildatum``, and the backlog given (refused before it)."""
    _, achterstand = check_hotel_invoer(peildatum, None, achterstand_taakstelling)
    hotel_geldt = hotelroute_geldt(peildatum)
    if achterstand is not None and not hotel_geldt:
        raise InvalidInputError(
            "achterstand_taakstelling",
            achterstand,
            bericht("nareizigers.fout.hotel_nog_niet", peildatum=peildatum),
        )
    return hotel_geldt, achterstand


def _stappen_fasen(
    rd: Redenering, r: Regels, peildatum: date, fase2_datum: date | None, wie: Bericht
) -> None:
    """The steps of the action's window and its phases: announcement, phase 1, phase 2, outside."""
    rd.stap(
        bericht("nareizigers.stand.aankondiging", aankondiging=r.aankondiging.waarde),
        r.aankondiging.bron,
        bron("Kamerbrief-2025-09-23-nareisactie"),
        bron("Rijksoverheid-2025-09-23-ter-apel"),
        peildatum=peildatum,
    )
    rd.stap(
        bericht("nareizigers.stand.fase1", minimum=r.fase1_min.waarde, maximum=r.fase1_max.waarde),
        r.fase1_max.bron,
    )
    rd.stap(
        bericht(
            "nareizigers.stand.fase2",
            minimum=r.fase2_min.waarde,
            maximum=r.fase2_max.waarde,
            wie=wie,
            stand=fase2_stand(fase2_datum, peildatum),
        ),
        r.fase2_max.bron,
        bron("aanname.nareisactie.fase2-opening"),
        fase2_vanaf=fase2_datum.isoformat() if fase2_datum else "onbekend",
    )
    rd.stap(
        bericht("nareizigers.stand.buiten", buiten=r.buiten_actie_vanaf.waarde),
        r.buiten_actie_vanaf.bron,  # aanname.nareisactie.vijf-plus: an inference from the letter
        bron("VNG-2025-10-13"),
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.nareizigers.<name>
