"""Backlog: the achterstand or voorsprong a gemeente carries from half-year to half-year."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from attrs import Attribute, field
from attrs.validators import instance_of

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import GROOTSTE_AANTAL, geheel_getal, ja_nee, van_soort
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, InvalidPeriodError
from ..explain import Redenering, Uitkomst
from ..parameters import parameter, parameterversie
from ..periods import Halfjaar
from ..taal import Bericht, bericht, letterlijk
from ._gemeenschappelijk import (
    BESTAND,
    P_NAREIZIGERS,
    als_halfjaar,
    check_aantal,
    check_code,
)

__all__ = [
    "Achterstandsverloop",
    "Halfjaarsaldo",
    "Nareizigersstand",
    "Realisatie",
    "achterstandsverloop",
    "nareizigers_tellen_mee",
]


def _halfjaar(value: object) -> Halfjaar:
    return als_halfjaar(value)


@frozen(kw_only=True)
class Realisatie:
    """What a gemeente had to house in a half-year and what it housed.

    ``taakstelling`` is the half-year's own taakstelling (art. 29; e.g. from
    :func:`~asielketen.statushouders.taakstelling_voor`), without carried-over backlog.
    """

    halfjaar: Halfjaar = field(converter=_halfjaar)
    """The calendar half-year (a ``Halfjaar`` or its text, ``"2025-H2"``)."""
    taakstelling: int = field(validator=check_aantal)
    """The taakstelling of this half-year alone."""
    gehuisvest: int = field(validator=check_aantal)
    """Vergunninghouders housed in the half-year (nareizigers not included)."""
    nareizigers: int = field(default=0, validator=check_aantal)
    """Nareizigers who joined a housed referent in the gemeente in the half-year."""


@frozen(kw_only=True)
class Halfjaarsaldo:
    """One half-year of the backlog: the balance carried in, the task, what counted, the balance out.

    A balance (``saldo``) above 0 is a voorsprong (lead), below 0 an achterstand (backlog).
    """

    halfjaar: Halfjaar
    """The calendar half-year."""
    beginsaldo: int
    """The balance carried in from the previous half-year."""
    taakstelling: int = field(validator=check_aantal)
    """The taakstelling of this half-year alone."""
    gehuisvest: int = field(validator=check_aantal)
    """Vergunninghouders housed (nareizigers not included)."""
    nareizigers_meegeteld: int = field(validator=check_aantal)
    """Housed nareizigers that count toward the taakstelling (0 when they do not count)."""
    eindsaldo: int
    """``beginsaldo + gerealiseerd - taakstelling``: carried to the next half-year."""

    def __attrs_post_init__(self) -> None:
        verwacht = self.beginsaldo + self.gerealiseerd - self.taakstelling
        if self.eindsaldo != verwacht:
            raise InvalidInputError(
                "eindsaldo", self.eindsaldo, bericht("statushouders.fout.eindsaldo", verwacht=verwacht)
            )

    @property
    def gerealiseerd(self) -> int:
        """What counts as housed: ``gehuisvest + nareizigers_meegeteld``."""
        return self.gehuisvest + self.nareizigers_meegeteld

    @property
    def te_huisvesten(self) -> int:
        """The task including the carried balance: ``taakstelling - beginsaldo``, at least 0."""
        return max(0, self.taakstelling - self.beginsaldo)

    @property
    def achterstand(self) -> int:
        """The backlog at the end of the half-year (0 when on schedule or ahead)."""
        return max(0, -self.eindsaldo)

    @property
    def voorsprong(self) -> int:
        """The lead at the end of the half-year (0 when on schedule or behind)."""
        return max(0, self.eindsaldo)


def _saldo_tuple(values: Iterable[Halfjaarsaldo]) -> tuple[Halfjaarsaldo, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Achterstandsverloop:
    """The balance of a gemeente over consecutive half-years."""

    gemeentecode: str | None = field(default=None)
    """The gemeente, where given (the computation itself does not need it)."""
    halfjaren: tuple[Halfjaarsaldo, ...] = field(converter=_saldo_tuple)
    """One entry per half-year (at least one), consecutive, each beginning with the previous end."""

    @gemeentecode.validator
    def _check_code(self, attribute: Attribute[str | None], value: str | None) -> None:
        if value is not None:
            check_code(self, attribute, value)

    @halfjaren.validator
    def _check_reeks(self, attribute: object, value: tuple[Halfjaarsaldo, ...]) -> None:
        if not value:
            raise InvalidInputError("halfjaren", value, bericht("statushouders.fout.halfjaren_leeg"))
        for a, b in itertools.pairwise(value):
            if b.halfjaar != a.halfjaar.volgende() or b.beginsaldo != a.eindsaldo:
                raise InvalidInputError(
                    "halfjaren",
                    str(b.halfjaar),
                    bericht("statushouders.fout.sluit_niet_aan", halfjaar=a.halfjaar, eindsaldo=a.eindsaldo),
                )

    @property
    def eindsaldo(self) -> int:
        """The balance after the last half-year (>0 voorsprong, <0 achterstand)."""
        return self.halfjaren[-1].eindsaldo

    @property
    def achterstand(self) -> int:
        """The backlog after the last half-year."""
        return max(0, -self.eindsaldo)

    @property
    def voorsprong(self) -> int:
        """The lead after the last half-year."""
        return max(0, self.eindsaldo)


@frozen(kw_only=True)
class Nareizigersstand:
    """Whether housed nareizigers count toward the taakstelling in a half-year."""

    halfjaar: Halfjaar
    """The calendar half-year."""
    tellen_mee: bool = field(validator=instance_of(bool))
    """True: nareizigers joining a housed referent count as housed vergunninghouders."""


def nareizigers_tellen_mee(halfjaar: Halfjaar | str) -> Uitkomst[Nareizigersstand]:
    """Whether housed nareizigers count toward the taakstelling in ``halfjaar`` (shipped aanname).

    The question is open (DOMAIN.md); the shipped default is **yes**, with status aanname.

    >>> nareizigers_tellen_mee("2025-H2").waarde.tellen_mee
    True
    """
    h = als_halfjaar(halfjaar)
    g = parameter(BESTAND, P_NAREIZIGERS).geldigheid_op(h.begin)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    rd.stap(
        bericht("statushouders.stap.nareizigers_wel", halfjaar=h)
        if g.waarde
        else bericht("statushouders.stap.nareizigers_niet", halfjaar=h),
        g.bron,
        nareizigers_tellen_mee=bool(g.waarde),
    )
    return rd.uitkomst(Nareizigersstand(halfjaar=h, tellen_mee=bool(g.waarde)))


def _reeks(realisaties: Iterable[Realisatie]) -> list[Realisatie]:
    """The realisations sorted by half-year; an error names a duplicate or a missing half-year."""
    lijst = list(realisaties)
    for x in lijst:
        van_soort("realisaties", x, Realisatie, reden=lambda: bericht("statushouders.fout.realisaties_type"))
    if not lijst:
        raise InvalidInputError("realisaties", [], bericht("statushouders.fout.realisaties_leeg"))
    lijst.sort(key=lambda x: x.halfjaar)
    for a, b in itertools.pairwise(lijst):
        if b.halfjaar == a.halfjaar:
            raise InvalidPeriodError(
                "realisaties", str(b.halfjaar), bericht("statushouders.fout.halfjaar_dubbel")
            )
        if b.halfjaar != a.halfjaar.volgende():
            raise InvalidPeriodError(
                "realisaties",
                str(a.halfjaar.volgende()),
                bericht("statushouders.fout.halfjaar_ontbreekt", vorige=a.halfjaar, volgende=b.halfjaar),
            )
    return lijst


_DOORSCHUIVEN = "gemeente.nu-2022-04-taakstelling-13500"
"""A backlog carries over to the next half-year (press)."""
_VOORSPRONG = "aanname.statushouders.voorsprong-schuift-door"
"""A lead carries over as well (the library's assumption)."""


def _toestand(saldo: int) -> Bericht:
    """``achterstand N``, ``voorsprong N`` or ``op schema`` for a balance."""
    if saldo < 0:
        return bericht("statushouders.toestand.achterstand", aantal=-saldo)
    if saldo > 0:
        return bericht("statushouders.toestand.voorsprong", aantal=saldo)
    return bericht("statushouders.toestand.op_schema")


def _nareizigers_stand(rd: Redenering, x: Realisatie, nareizigers: bool | None, vorige: bool | None) -> bool:
    """Whether nareizigers count in ``x``'s half-year: the user's choice, else the shipped assumption
    (explained when it changes from the previous half-year's, ``vorige``)."""
    if nareizigers is not None:
        return nareizigers
    aanname = nareizigers_tellen_mee(x.halfjaar)
    if aanname.waarde.tellen_mee != vorige:
        rd.voeg_toe(aanname)
    return aanname.waarde.tellen_mee


def _halfjaarsaldo(rd: Redenering, x: Realisatie, saldo: int, telt: bool) -> Halfjaarsaldo:
    """One half-year: ``eindsaldo = beginsaldo + gerealiseerd - taakstelling`` (art. 28), explained."""
    meegeteld = x.nareizigers if telt else 0
    eind = saldo + x.gehuisvest + meegeteld - x.taakstelling
    if meegeteld:
        over_nareizigers = bericht("statushouders.stap.waarvan_nareizigers", aantal=meegeteld)
    elif x.nareizigers:
        over_nareizigers = bericht("statushouders.stap.plus_nareizigers", aantal=x.nareizigers)
    else:
        over_nareizigers = letterlijk("")
    rd.stap(
        bericht(
            "statushouders.stap.halfjaar",
            halfjaar=x.halfjaar,
            taakstelling=x.taakstelling,
            gerealiseerd=x.gehuisvest + meegeteld,
            nareizigers=over_nareizigers,
            saldo=saldo,
            eindsaldo=eind,
            toestand=_toestand(eind),
        ),
        bron("huisvestingswet.art28"),
        bron(_DOORSCHUIVEN),
        *((bron(_VOORSPRONG),) if eind > 0 else ()),
        beginsaldo=saldo,
        taakstelling=x.taakstelling,
        gerealiseerd=x.gehuisvest + meegeteld,
        eindsaldo=eind,
    )
    return Halfjaarsaldo(
        halfjaar=x.halfjaar,
        beginsaldo=saldo,
        taakstelling=x.taakstelling,
        gehuisvest=x.gehuisvest,
        nareizigers_meegeteld=meegeteld,
        eindsaldo=eind,
    )


def achterstandsverloop(
    realisaties: Iterable[Realisatie],
    *,
    gemeente: str | None = None,
    beginsaldo: int = 0,
    nareizigers: bool | None = None,
) -> Uitkomst[Achterstandsverloop]:
    """The achterstand or voorsprong carried over consecutive half-years.

    Per half-year: ``eindsaldo = beginsaldo + gerealiseerd - taakstelling``, carried in full to the
    next half-year (a backlog carries over [pers]; a lead as well [aanname]). ``beginsaldo`` is the
    balance before the first half-year (negative: an existing backlog). Housed nareizigers count
    toward ``gerealiseerd`` per the shipped assumption (asked per half-year) unless ``nareizigers``
    says otherwise. The half-years may come in any order but must be consecutive, each once.
    ``gemeente`` (a gemeentecode) only labels the result.

    >>> u = achterstandsverloop([
    ...     Realisatie(halfjaar="2025-H1", taakstelling=41, gehuisvest=30),
    ...     Realisatie(halfjaar="2025-H2", taakstelling=35, gehuisvest=40, nareizigers=3)])
    >>> [(str(s.halfjaar), s.eindsaldo) for s in u.waarde.halfjaren], u.waarde.achterstand
    ([('2025-H1', -11), ('2025-H2', -3)], 3)
    """
    lijst = _reeks(realisaties)
    geheel_getal(
        "beginsaldo", beginsaldo, minimum=-GROOTSTE_AANTAL, reden=lambda: bericht("statushouders.fout.saldo")
    )
    if nareizigers is not None:
        ja_nee("nareizigers", nareizigers, reden=lambda: bericht("statushouders.fout.ja_nee_geen"))
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    if nareizigers is not None:
        rd.stap(
            bericht("statushouders.stap.nareizigers_gebruiker_wel")
            if nareizigers
            else bericht("statushouders.stap.nareizigers_gebruiker_niet"),
            bron("aanname.statushouders.nareizigers"),
            nareizigers_tellen_mee=nareizigers,
        )
    if beginsaldo:
        rd.stap(
            bericht(
                "statushouders.stap.beginsaldo",
                halfjaar=lijst[0].halfjaar,
                saldo=beginsaldo,
                toestand=_toestand(beginsaldo),
            ),
            bron(_DOORSCHUIVEN if beginsaldo < 0 else _VOORSPRONG),
            beginsaldo=beginsaldo,
        )
    saldi: list[Halfjaarsaldo] = []
    saldo = beginsaldo
    telt: bool | None = None
    for x in lijst:
        telt = _nareizigers_stand(rd, x, nareizigers, telt)
        saldi.append(_halfjaarsaldo(rd, x, saldo, telt))
        saldo = saldi[-1].eindsaldo
    return rd.uitkomst(Achterstandsverloop(gemeentecode=gemeente, halfjaren=saldi))


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
