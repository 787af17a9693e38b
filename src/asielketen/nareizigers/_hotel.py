"""The hotel route of 19 December 2025: nareizigers in a hotel in the gemeente of destination.

Press (ANP, 19 December 2025; Hart van Nederland, the same day's letter of the minister to the
gemeenten, which was not read itself): the COA brings nareizigers who are still in the opvang to a
hotel in the gemeente where they are to be housed, for **at most six months**; after that they are
meant to move on to a dwelling; gemeenten that are **behind on their taakstelling** come first.
Every value has status ``pers`` and lives in ``nareizigers.json`` (``nareizigers.hotel.*``), valid
from 19 December 2025; before that day the route did not exist.

Whether a gemeente is behind is an input (``achterstand_taakstelling``): ``None`` — unknown — makes
the priority unknown, never assumed. The six months are counted as calendar months from the day of
placement (``geplaatst_op``), an assumption (``aanname.nareisactie.hotel-termijn``). How the route
relates to the nareisactie the sources do not say: the check reports it beside the action's
outcome and never changes that outcome.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import ja_nee, van_soort
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente
from ..parameters import parameter, parameterversie
from ..periods import Geldigheid, as_date
from ..taal import Bericht, bericht
from ._gemeenschappelijk import (
    BESTAND,
    check_count,
    check_gemeentecode,
    check_optional_bool,
    check_optional_date,
)

_AANNAME_TERMIJN = "aanname.nareisactie.hotel-termijn"
"""Aanname: the six months run as calendar months from the day of placement."""
_AANNAME_ACHTERSTAND = "aanname.nareisactie.hotel-achterstand"
"""Aanname: the press's "achterlopen" is read as being behind on the taakstelling."""


@frozen(kw_only=True)
class Hotelplaatsing:
    """The hotel route for nareizigers at a peildatum (press, from 19 December 2025)."""

    peildatum: date
    """The reference date."""
    vanaf: date
    """Since when the COA places nareizigers in a hotel in the gemeente of destination."""
    max_maanden: int = field(validator=check_count)
    """At most this many months in the hotel."""
    geplaatst_op: date | None = field(default=None, validator=check_optional_date)
    """The day the nareiziger(s) were placed in the hotel, if given."""
    uiterlijk_tot: date | None = field(default=None, validator=check_optional_date)
    """The end of the stay (exclusive): ``geplaatst_op`` + ``max_maanden`` calendar months."""
    termijn_verstreken: bool | None = field(default=None, validator=check_optional_bool)
    """True when the peildatum is on or after ``uiterlijk_tot``; ``None`` without a placement date."""
    achterstand_taakstelling: bool | None = field(default=None, validator=check_optional_bool)
    """The input: is the gemeente of destination behind on its taakstelling (``None``: unknown)."""
    voorrang: bool | None = field(default=None, validator=check_optional_bool)
    """The flag: True when the gemeente comes first (it is behind), False when it does not,
    ``None`` when that is unknown (no input)."""
    gemeentecode: str | None = field(default=None, validator=check_gemeentecode)
    """The gemeente of destination, if asked for one."""


class _Hotelregels:
    """The shipped parameters of the route on a peildatum (on or after its start)."""

    __slots__ = ("max_maanden", "vanaf", "voorrang")

    def __init__(self, peildatum: date) -> None:
        def g(naam: str) -> Geldigheid[Any]:
            return parameter(BESTAND, f"nareizigers.hotel.{naam}").geldigheid_op(peildatum)

        self.vanaf: Geldigheid[date] = g("vanaf")
        self.max_maanden: Geldigheid[int] = g("max_maanden")
        self.voorrang: Geldigheid[bool] = g("voorrang_achterstand")


def hotelroute_geldt(peildatum: date) -> bool:
    """True when the hotel route existed on ``peildatum`` (from the first validity of its start)."""
    return peildatum >= parameter(BESTAND, "nareizigers.hotel.vanaf").waarden[0].periode.van


def check_hotel_invoer(
    peildatum: date, geplaatst_op: object, achterstand_taakstelling: object, veld: str = "geplaatst_op"
) -> tuple[date | None, bool | None]:
    """The placement date (the parameter ``veld``) and the backlog as given; refused when they
    cannot be right: a placement before the route's start or after the peildatum."""
    achterstand = None
    if achterstand_taakstelling is not None:
        achterstand = ja_nee(
            "achterstand_taakstelling",
            achterstand_taakstelling,
            reden=lambda: bericht("nareizigers.fout.ja_nee_onbekend"),
        )
    if geplaatst_op is None:
        return None, achterstand
    d = as_date(geplaatst_op, veld)
    start = parameter(BESTAND, "nareizigers.hotel.vanaf").waarden[0].periode.van
    if d < start:
        raise InvalidInputError(
            veld, d.isoformat(), bericht("nareizigers.fout.hotel_voor_route", vanaf=start)
        )
    if d > peildatum:
        raise InvalidInputError(
            veld, d.isoformat(), bericht("nareizigers.fout.hotel_na_peildatum", peildatum=peildatum)
        )
    return d, achterstand


def stappen_hotel(
    rd: Redenering,
    peildatum: date,
    geplaatst_op: date | None,
    achterstand: bool | None,
    gemeente: Gemeente | None = None,
) -> Hotelplaatsing:
    """The steps of the route (what it is, the priority, the term) and its value; checked input."""
    from dateutil.relativedelta import relativedelta  # imported when needed (issue 18)

    r = _Hotelregels(peildatum)
    maanden = int(r.max_maanden.waarde)
    rd.stap(
        bericht("nareizigers.hotel.route", vanaf=r.vanaf.waarde, maanden=maanden),
        r.vanaf.bron,
        r.max_maanden.bron,
        hotel_vanaf=r.vanaf.waarde,
        max_maanden=maanden,
    )
    wie = gemeente.naam if gemeente is not None else bericht("nareizigers.hotel.bestemming")
    voorrang = _stap_voorrang(rd, r, achterstand, wie)
    tot = verstreken = None
    if geplaatst_op is not None:
        tot = geplaatst_op + relativedelta(months=maanden)
        verstreken = peildatum >= tot
        feiten = {"geplaatst": geplaatst_op, "tot": tot, "maanden": maanden, "peildatum": peildatum}
        rd.stap(
            bericht("nareizigers.hotel.termijn_verstreken", **feiten)
            if verstreken
            else bericht("nareizigers.hotel.termijn", **feiten),
            r.max_maanden.bron,
            bron(_AANNAME_TERMIJN),
            geplaatst_op=geplaatst_op,
        )
    return Hotelplaatsing(
        peildatum=peildatum,
        vanaf=r.vanaf.waarde,
        max_maanden=maanden,
        geplaatst_op=geplaatst_op,
        uiterlijk_tot=tot,
        termijn_verstreken=verstreken,
        achterstand_taakstelling=achterstand,
        voorrang=voorrang,
        gemeentecode=gemeente.code if gemeente is not None else None,
    )


def _stap_voorrang(
    rd: Redenering, r: _Hotelregels, achterstand: bool | None, wie: Bericht | str
) -> bool | None:
    """The step on the priority of gemeenten behind on their taakstelling; returns the flag."""
    if not r.voorrang.waarde:
        rd.stap(bericht("nareizigers.hotel.geen_voorrangsregel"), r.voorrang.bron)
        return False
    if achterstand is None:
        rd.stap(bericht("nareizigers.hotel.voorrang_onbekend", wie=wie), r.voorrang.bron)
        return None
    rd.stap(
        bericht("nareizigers.hotel.voorrang_ja", wie=wie)
        if achterstand
        else bericht("nareizigers.hotel.voorrang_nee", wie=wie),
        r.voorrang.bron,
        bron(_AANNAME_ACHTERSTAND),
        achterstand_taakstelling=achterstand,
    )
    return achterstand


def hotelplaatsing(
    peildatum: date,
    *,
    geplaatst_op: date | None = None,
    achterstand_taakstelling: bool | None = None,
    gemeente: Gemeente | None = None,
) -> Uitkomst[Hotelplaatsing]:
    """The hotel route for nareizigers on ``peildatum`` (press, from 19 December 2025), explained.

    ``geplaatst_op`` is the day of placement in the hotel (then the result says until when the stay
    runs, at most six months, and whether that term has passed); ``achterstand_taakstelling`` says
    whether the gemeente of destination is behind on its taakstelling (``None``: unknown, so the
    priority is unknown); ``gemeente`` names it. Every step rests on the press (status ``pers``).

    Raises :class:`~asielketen.errors.ParameterNotValidError` for a peildatum before 19 December 2025
    (the route did not exist yet) and :class:`~asielketen.errors.InvalidInputError` for a placement
    before that day or after the peildatum.
    """
    peildatum = as_date(peildatum)
    if gemeente is not None:
        van_soort("gemeente", gemeente, Gemeente, reden=lambda: bericht("nareizigers.fout.gemeente_of_none"))
    _Hotelregels(peildatum)  # before the route's start: ParameterNotValidError, before any input check
    geplaatst, achterstand = check_hotel_invoer(peildatum, geplaatst_op, achterstand_taakstelling)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    return rd.uitkomst(stappen_hotel(rd, peildatum, geplaatst, achterstand, gemeente))


publiceer_hier(globals())  # the package's public names defined here: asielketen.nareizigers.<name>
