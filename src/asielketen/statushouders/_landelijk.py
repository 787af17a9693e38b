"""Huisvestingswet 2014 art. 29 lid 1 onder a: the national number vg, as published and as adjusted.

vg is "het door Onze Minister … in de Staatscourant bekendgemaakte totale aantal
vergunninghouders …, welke bekendmaking ten minste dertien weken voor de aanvang van het
kalenderhalfjaar geschiedt". The shipped numbers (``data/statushouders.json``) are the numbers
published before each half-year (``statushouders.landelijk_aantal``) and, where the minister
adjusted one later, the adjustment (``statushouders.landelijk_aantal_bijgesteld``; 2025-H1:
17,700 published, lowered to 15,000 in April 2025). An adjustment after the deadline is no
publication under onder a, so a computation uses the published number unless the user asks for
the adjustment (:class:`LandelijkeVersie`, ADR 0009); the explanation always shows both.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import DataUnavailableError, InvalidInputError, ParameterNotValidError
from ..explain import Redenering, Uitkomst
from ..parameters import parameter, parameterversie
from ..periods import Geldigheid, Halfjaar
from ..sources import Bron
from ..taal import bericht
from . import _wettekst
from ._formule import uiterste_bekendmaking
from ._gemeenschappelijk import BESTAND, P_LANDELIJK, P_LANDELIJK_BIJGESTELD, als_halfjaar

__all__ = [
    "SCENARIO",
    "LandelijkAantalOntbreektError",
    "LandelijkeVersie",
    "als_versie",
    "landelijk_aantal",
    "leg_uit_voor_gemeente",
]

SCENARIO = "aanname.statushouders.landelijk-scenario"
"""The source of a vg the user gives (a scenario, or a publication we do not ship)."""
_KEUZE = "aanname.statushouders.landelijk-versie"


class LandelijkeVersie(enum.Enum):
    """Which shipped national number vg a computation uses for a half-year whose vg was adjusted
    after it was published (ADR 0009). The explanation always shows both numbers."""

    BEKENDGEMAAKT = "bekendgemaakt"
    """The number published before the half-year (art. 29 lid 1 onder a): the default."""
    BIJGESTELD = "bijgesteld"
    """The later adjustment (2025-H1: 15,000 instead of 17,700), on request; where a half-year has
    none, the published number counts and the explanation says so."""


def als_versie(waarde: object, veld: str = "landelijk_versie") -> LandelijkeVersie:
    """A :class:`LandelijkeVersie` from one or its value (``"bijgesteld"``); else an error naming ``veld``."""
    if isinstance(waarde, LandelijkeVersie):
        return waarde
    if isinstance(waarde, str):
        for v in LandelijkeVersie:
            if v.value == waarde:
                return v
    keuzes = ", ".join(v.value for v in LandelijkeVersie)
    raise InvalidInputError(veld, waarde, bericht("statushouders.fout.landelijk_versie", keuzes=keuzes))


class LandelijkAantalOntbreektError(ParameterNotValidError):
    """No national number vg is shipped for the half-year asked; the user must supply it.

    A :class:`~asielketen.errors.ParameterNotValidError` whose message also says how to supply vg
    (``landelijk=N`` in Python, ``--landelijk N`` on the command line).
    """

    def __init__(self, halfjaar: Halfjaar, oorzaak: ParameterNotValidError) -> None:
        super().__init__(
            oorzaak.parameter,
            oorzaak.peildatum,
            laatst_geldig=oorzaak.laatst_geldig,
            eerst_geldig=oorzaak.eerst_geldig,
        )
        self.halfjaar = halfjaar
        self.bericht = bericht("statushouders.vg_ontbreekt", fout=self.bericht, halfjaar=str(halfjaar))
        self.args = (self.bericht.nl,)


def _gedeeld(h: Halfjaar) -> tuple[Geldigheid[Any], Geldigheid[Any] | None]:
    """The shipped vg for ``h`` as published, and its later adjustment if one is shipped."""
    try:
        g = parameter(BESTAND, P_LANDELIJK).geldigheid_op(h.begin)
    except ParameterNotValidError as exc:
        raise LandelijkAantalOntbreektError(h, exc) from None
    bijgesteld = [b for b in parameter(BESTAND, P_LANDELIJK_BIJGESTELD).waarden if b.periode.bevat(h.begin)]
    for x, naam in ((g, P_LANDELIJK), *((b, P_LANDELIJK_BIJGESTELD) for b in bijgesteld)):
        if x.periode != h.periode:  # a validity is one half-year; anything else is a data error
            raise DataUnavailableError(
                bericht(
                    "statushouders.fout.vg_geen_halfjaar", bestand=BESTAND, periode=x.periode, parameter=naam
                ),
                veld=naam,
                waarde=str(x.periode),
            )
    return g, (bijgesteld[0] if bijgesteld else None)


def _datum(b: Bron) -> str:
    """The date of a source as it prints it (a press source may give only a month)."""
    d = getattr(b, "datum", None)
    return d.isoformat() if isinstance(d, date) else str(d)


def _stap_beide(
    rd: Redenering,
    h: Halfjaar,
    versie: LandelijkeVersie,
    bekend: Geldigheid[Any],
    bijgesteld: Geldigheid[Any],
) -> int:
    """The step that names both numbers with their sources and dates; returns the vg used."""
    gekozen, ander = (
        (bekend, bijgesteld) if versie is LandelijkeVersie.BEKENDGEMAAKT else (bijgesteld, bekend)
    )
    bronnen = [gekozen.bron] + ([ander.bron] if ander.bron != gekozen.bron else [])
    invoer: dict[str, Any] = {
        "halfjaar": h,
        "vg": gekozen.waarde,
        "uiterlijk": uiterste_bekendmaking(h),
        "bekendgemaakt": bekend.waarde,
        "bijgesteld": bijgesteld.waarde,
        "bijgesteld_op": _datum(bijgesteld.bron),
    }
    if versie is LandelijkeVersie.BEKENDGEMAAKT:
        zin = bericht("statushouders.stap.vg_bekendgemaakt", **invoer)
    else:
        zin = bericht("statushouders.stap.vg_bijgesteld", **invoer)
    rd.stap(zin, *bronnen, _wettekst.artikel(_wettekst.ART29_LID1, h), bron(_KEUZE), **invoer)
    return int(gekozen.waarde)


def landelijk_aantal(
    halfjaar: Halfjaar | str, *, versie: LandelijkeVersie | str | None = None
) -> Uitkomst[int]:
    """The shipped national number vg for ``halfjaar``, with its source (status pers or officieel).

    By default the number published before the half-year (art. 29 lid 1 onder a);
    ``versie=LandelijkeVersie.BIJGESTELD`` (or ``"bijgesteld"``) takes a later adjustment where
    one is shipped (ADR 0009). Where vg was adjusted, the explanation names both numbers with their
    sources and dates. Half-years without a shipped value raise
    :class:`LandelijkAantalOntbreektError` (a :class:`~asielketen.errors.ParameterNotValidError`)
    that says how to supply vg.

    >>> landelijk_aantal("2025-H2").waarde
    13000
    >>> landelijk_aantal("2025-H1").waarde, landelijk_aantal("2025-H1", versie="bijgesteld").waarde
    (17700, 15000)
    """
    h = als_halfjaar(halfjaar)
    v = LandelijkeVersie.BEKENDGEMAAKT if versie is None else als_versie(versie)
    bekend, bijgesteld = _gedeeld(h)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    art29 = _wettekst.artikel(_wettekst.ART29_LID1, h)
    if bijgesteld is not None:
        return rd.uitkomst(_stap_beide(rd, h, v, bekend, bijgesteld))
    if v is LandelijkeVersie.BIJGESTELD:  # asked for an adjustment that was not made
        rd.stap("statushouders.stap.vg_geen_bijstelling", bekend.bron, art29, halfjaar=h, vg=bekend.waarde)
    else:
        rd.stap("statushouders.stap.vg", bekend.bron, art29, vg=bekend.waarde, halfjaar=h)
    return rd.uitkomst(int(bekend.waarde))


def leg_uit_voor_gemeente(rd: Redenering, h: Halfjaar, vg: int, bron_id: str) -> None:
    """The vg step of one gemeente's explanation: vg with the publication deadline and its source;
    where the shipped vg of ``h`` was adjusted, both numbers (the one used is ``vg``)."""
    gedeeld: tuple[Geldigheid[Any], Geldigheid[Any] | None] | None = None
    if bron_id != SCENARIO:
        try:
            gedeeld = _gedeeld(h)
        except (ParameterNotValidError, DataUnavailableError):  # a table built with other data
            gedeeld = None
    if gedeeld is not None:
        bekend, bijgesteld = gedeeld
        if bijgesteld is not None and vg in (bekend.waarde, bijgesteld.waarde):
            versie = LandelijkeVersie.BEKENDGEMAAKT if vg == bekend.waarde else LandelijkeVersie.BIJGESTELD
            _stap_beide(rd, h, versie, bekend, bijgesteld)
            return
    zin = bericht("statushouders.stap.gemeente_vg", halfjaar=h, vg=vg, uiterlijk=uiterste_bekendmaking(h))
    rd.stap(zin, bron(bron_id), _wettekst.artikel(_wettekst.ART29_LID1, h), vg=vg, halfjaar=h)


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
