"""The facts of one request for opvang: the ontheemde (:class:`Opvangverzoek`) and the gemeente's
own capacity (:class:`Capaciteit`, and where it came from: :class:`Herkomst`), with the exclusion
grounds of the Regeling opvang ontheemden Oekraïne (RooO) art. 4 lid 1 (:class:`Uitsluitingsgrond`)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from attrs import Attribute, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import van_soort
from ..errors import InvalidInputError
from ..taal import Bericht, bericht
from ._gemeenschappelijk import check_aantal, check_ja_nee


class Uitsluitingsgrond(enum.Enum):
    """The grounds on which the college may exclude an ontheemde (RooO art. 4 lid 1)."""

    VRIJHEIDSONTNEMING = "vrijheidsontneming"
    """a: "rechtens van zijn vrijheid is ontnomen"."""
    BESCHERMING_GEWEIGERD = "bescherming_geweigerd"
    """b: temporary protection refused on the ground of art. 28 of Richtlijn 2001/55/EG."""
    NEDERLANDERSCHAP = "nederlanderschap"
    """c: the ontheemde also holds Dutch nationality."""

    @property
    def omschrijving(self) -> Bericht:
        """The ground as in the article, in every language (``str()`` gives the current one)."""
        if self is Uitsluitingsgrond.VRIJHEIDSONTNEMING:
            return bericht("oekraine.grond.vrijheidsontneming")
        if self is Uitsluitingsgrond.BESCHERMING_GEWEIGERD:
            return bericht("oekraine.grond.bescherming_geweigerd")
        return bericht("oekraine.grond.nederlanderschap")


def grond_tuple(values: Iterable[Uitsluitingsgrond]) -> tuple[Uitsluitingsgrond, ...]:
    """attrs converter: the grounds in order, each once."""
    return tuple(dict.fromkeys(values))


def _check_gronden(_: object, attribute: Attribute[Any], value: tuple[object, ...]) -> None:
    for v in value:
        van_soort(attribute.name, v, Uitsluitingsgrond, reden=_geen_grond)


def _geen_grond() -> Bericht:
    return bericht("oekraine.fout.uitsluitingsgrond", gronden=", ".join(g.value for g in Uitsluitingsgrond))


@frozen(kw_only=True)
class Opvangverzoek:
    """One ontheemde's request for opvang at a gemeente: the facts that matter for the duty.

    The defaults describe an adult ontheemde under temporary protection with no exclusion ground.
    """

    tijdelijke_bescherming: bool = field(default=True, validator=check_ja_nee)
    """The person enjoys temporary protection (Twoo art. 1; Uitvoeringsbesluit (EU) 2022/382)."""
    alleenstaande_minderjarige: bool = field(default=False, validator=check_ja_nee)
    """An unaccompanied minor: outside the municipal task (RooO art. 2 lid 1)."""
    uitsluitingsgronden: tuple[Uitsluitingsgrond, ...] = field(
        default=(), converter=grond_tuple, validator=_check_gronden
    )
    """The grounds of RooO art. 4 that apply (empty: none)."""
    kwetsbaar: bool = field(default=False, validator=check_ja_nee)
    """A vulnerable ontheemde whose situation needs other opvang (RooO art. 3 onder b)."""
    overlastgever: bool = field(default=False, validator=check_ja_nee)
    """Has caused nuisance — not a ground to end opvang entirely (ECLI:NL:RBGEL:2024:2540, Tiel)."""
    beschermd_op_laatste_dag: bool = field(default=True, validator=check_ja_nee)
    """Had temporary protection on the day before it ended; matters only in the Twoo's final year."""


@frozen(kw_only=True)
class Capaciteit:
    """A gemeente's **own** opvang capacity at the peildatum: its places and how many are occupied.

    The individual duty weighs only the own opvang of the gemeente asked (ECLI:NL:RBNNE:2025:4074),
    never a veiligheidsregio's numbers or the places counted for the collective duty.

    ``bezet`` counts occupied places among ``plaatsen``, so it is at most ``plaatsen``: more occupied
    than existing places is a contradiction and an :class:`~asielketen.errors.InvalidInputError`
    naming ``bezet``. All places occupied (``bezet == plaatsen``) is a full location
    (:attr:`vol`); ``plaatsen == 0`` means no facility.
    """

    plaatsen: int = field(validator=check_aantal)
    """Places in the gemeente's own opvang (gemeentelijke opvang)."""
    bezet: int = field(validator=check_aantal)
    """Occupied places: at most :attr:`plaatsen`."""

    @bezet.validator
    def _check_bezet(self, attribute: Attribute[int], value: int) -> None:
        if value > self.plaatsen:
            raise InvalidInputError(
                attribute.name, value, bericht("oekraine.fout.bezet_boven_plaatsen", plaatsen=self.plaatsen)
            )

    @property
    def vrij(self) -> int:
        """Free places (never negative)."""
        return max(0, self.plaatsen - self.bezet)

    @property
    def vol(self) -> bool:
        """True when no place is free ("er geen opvangvoorziening meer beschikbaar is")."""
        return self.vrij == 0


class Herkomst(enum.Enum):
    """Where the capacity the individual duty weighs came from (private; set by ``oekraine_plichten``).

    * ``EIGEN`` — the gemeente's own opvang, given as such (or no capacity at all);
    * ``PLAATSEN_BEZET`` — deprecated: ``plaatsen``/``bezet`` of the collective duty at gemeente level,
      taken as the own opvang (``aanname.oekraine.plaatsen-als-eigen-capaciteit``);
    * ``REGIO`` — only the veiligheidsregio's numbers were given: they are not the gemeente's own
      opvang, so the own capacity is unknown.
    """

    EIGEN = "eigen"
    PLAATSEN_BEZET = "plaatsen_bezet"
    REGIO = "regio"


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
