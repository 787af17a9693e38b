"""Opvang ontheemden uit Oekraïne: two duties side by side, and the financing.

The VNG put it in one sentence (letter of 22 September 2025): the opvang of Oekraïners is "een
inspanningsverplichting als het gaat om de aantallen per gemeente, en tegelijk een ongelimiteerde
plicht op basis van de Tijdelijke wet opvang Oekraïne". This module encodes both halves:

* :func:`individuele_plicht` — the **resultaatsverplichting** toward each ontheemde who asks: the
  college provides opvang (Twoo art. 2 lid 1); a full location does not lift that duty but makes the
  college find an alternative (Rechtbank Noord-Nederland 6 October 2025, ECLI:NL:RBNNE:2025:4074,
  Het Hogeland). Only the exclusion grounds of the Regeling opvang ontheemden Oekraïne art. 4 give
  "no duty"; alleenstaande minderjarigen (art. 2) and requests outside the regime are outside the
  municipal task and say so.
* :func:`collectieve_plicht` — the **inspanningsverplichting** for the number of places the minister
  asks of a gemeente or veiligheidsregio: the shortfall, which is not by itself unlawful and gives
  no individual a claim.
* :func:`vergoeding` — the Bekostigingsregeling (BWBR0046732) art. 3: the normbedrag per realised
  place per day and the amount per person per month for particuliere opvang, split exactly at every
  change of amount, minus the gemeente's receipts of eigen bijdragen and catering contributions
  (art. 3 lid 7; RooO artt. 7 lid 4 and 8) or, only when asked, an assumed maximum (:class:`Aftreklezing`).
* :func:`oekraine_plichten` — both duties for one gemeente at a peildatum (for the gemeente profile).

>>> from datetime import date
>>> u = individuele_plicht(Opvangverzoek(), date(2025, 11, 1), capaciteit=Capaciteit(plaatsen=40, bezet=40))
>>> u.waarde.uitkomst, u.waarde.plicht, u.waarde.soort.value
(<Plichtuitkomst.ALTERNATIEF: 'alternatief'>, True, 'resultaatsverplichting')
>>> [a.value for a in u.waarde.alternatieven]  # doctest: +NORMALIZE_WHITESPACE
['tijdelijke_alternatieve_voorziening', 'andere_gemeente', 'particuliere_opvang_met_vergoeding',
 'geld_om_opvang_te_regelen']
>>> v = vergoeding(10, Periode(date(2024, 12, 1), date(2025, 2, 1))).waarde
>>> [(str(d.periode), d.normbedrag, d.bedrag) for d in v.dagdelen]  # doctest: +NORMALIZE_WHITESPACE
[('[2024-12-01, 2025-01-01)', Decimal('61'), Decimal('18910')),
 ('[2025-01-01, 2025-02-01)', Decimal('44'), Decimal('13640'))]
>>> v.totaal
Decimal('32550')
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from attrs import Attribute, field, frozen

from ._validation import GROOTSTE_AANTAL, geheel_getal
from .bronregister import bron, bronnen_versie
from .errors import InvalidInputError, InvalidPeriodError, ParameterNotValidError
from .explain import Redenering, Uitkomst
from .gebied import Gemeente, Register, Veiligheidsregio, register
from .parameters import parameter, parameterversie
from .periods import Periode, as_date
from .sources import Bron, Wetsartikel
from .taal import Bericht, als_bericht, bericht, letterlijk, samengevoegd

__all__ = [
    "Aftreklezing",
    "Alternatief",
    "Capaciteit",
    "CollectievePlicht",
    "Dagdeel",
    "Gebiedsniveau",
    "IndividuelePlicht",
    "Maanddeel",
    "Oekraineplichten",
    "Opvangverzoek",
    "Plichtuitkomst",
    "Regime",
    "Uitsluitingsgrond",
    "Vergoeding",
    "Verplichtingsoort",
    "collectieve_plicht",
    "individuele_plicht",
    "oekraine_plichten",
    "regime_op",
    "vergoeding",
]

BESTAND = "oekraine.json"
"""The shipped parameter file of this module."""

MAX_AANTAL = GROOTSTE_AANTAL
"""Input sanity bound (not policy): more places, persons or adults than this is refused as absurd.

The library-wide bound on every count (10^15, :data:`asielketen.GROOTSTE_AANTAL`); this name is
kept for code that used it (it was 10^7 before that bound was unified).
"""


# --------------------------------------------------------------------------------------------
# Enumerations
# --------------------------------------------------------------------------------------------


class Verplichtingsoort(enum.Enum):
    """The legal character of a duty (VNG-2025-09-22, ECLI:NL:RBNNE:2025:4074).

    * ``RESULTAATSVERPLICHTING`` — a result is owed: opvang for each ontheemde who asks;
    * ``INSPANNINGSVERPLICHTING`` — an effort is owed: working toward the number of places asked.
    """

    RESULTAATSVERPLICHTING = "resultaatsverplichting"
    INSPANNINGSVERPLICHTING = "inspanningsverplichting"


class Regime(enum.Enum):
    """The legal basis of the municipal opvang task at a date (``oekraine.regime``; ADR 0005).

    * ``WVB`` — Wet verplaatsing bevolking artt. 2c and 4 (from 1 April 2022): the burgemeester;
    * ``TWOO`` — Tijdelijke wet opvang ontheemden Oekraïne: the college (art. 2 lid 1);
    * ``TWOO_UITLOOP`` — the year after temporary protection ends, in which the Twoo lapses at the
      latest and applies only to those protected on the day before (art. 10 lid 2).
    """

    WVB = "wvb"
    TWOO = "twoo"
    TWOO_UITLOOP = "twoo_uitloop"

    @property
    def plichthouder(self) -> Bericht:
        """Who bears the duty under this regime (in every language; ``str()`` gives the current one)."""
        if self is Regime.WVB:
            return bericht("oekraine.plichthouder.burgemeester")
        return bericht("oekraine.plichthouder.college")


class Plichtuitkomst(enum.Enum):
    """The outcome of :func:`individuele_plicht`.

    * ``OPVANG`` — the duty holds and a place is available (or capacity was not given);
    * ``ALTERNATIEF`` — the duty holds, the location is full: the college must arrange an
      alternative (the outcome lists them and the term a court set);
    * ``VOORRANG`` — scenario only (prioritering switched on): a full location, a vulnerable
      ontheemde gets priority; the duty holds;
    * ``GEEN_PLICHT`` — an exclusion ground of RooO art. 4 applies: the college may exclude the
      ontheemde — the **only** way to "no duty";
    * ``BUITEN_TAAK_AMV`` — an alleenstaande minderjarige: outside the municipal task (RooO art. 2);
    * ``GEEN_ONTHEEMDE`` — no temporary protection: not an ontheemde in the sense of Twoo art. 1;
    * ``BUITEN_REGIME`` — the peildatum lies outside the regime (before 1 April 2022, after the Twoo
      lapsed, or in the final year for someone not protected on the day before protection ended).
    """

    OPVANG = "opvang"
    ALTERNATIEF = "alternatief"
    VOORRANG = "voorrang"
    GEEN_PLICHT = "geen_plicht"
    BUITEN_TAAK_AMV = "buiten_taak_amv"
    GEEN_ONTHEEMDE = "geen_ontheemde"
    BUITEN_REGIME = "buiten_regime"

    @property
    def plicht(self) -> bool:
        """True when the college (or burgemeester) must provide opvang."""
        return self in (Plichtuitkomst.OPVANG, Plichtuitkomst.ALTERNATIEF, Plichtuitkomst.VOORRANG)


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


class Alternatief(enum.Enum):
    """What the college can do when its location is full (ECLI:NL:RBNNE:2025:4074; RooO art. 3)."""

    TIJDELIJKE_ALTERNATIEVE_VOORZIENING = "tijdelijke_alternatieve_voorziening"
    ANDERE_GEMEENTE = "andere_gemeente"
    PARTICULIERE_OPVANG_MET_VERGOEDING = "particuliere_opvang_met_vergoeding"
    GELD_OM_OPVANG_TE_REGELEN = "geld_om_opvang_te_regelen"

    @property
    def omschrijving(self) -> Bericht:
        """The alternative in every language (``str()`` gives the current one)."""
        if self is Alternatief.TIJDELIJKE_ALTERNATIEVE_VOORZIENING:
            return bericht("oekraine.alternatief.tijdelijke_alternatieve_voorziening")
        if self is Alternatief.ANDERE_GEMEENTE:
            return bericht("oekraine.alternatief.andere_gemeente")
        if self is Alternatief.PARTICULIERE_OPVANG_MET_VERGOEDING:
            return bericht("oekraine.alternatief.particuliere_opvang_met_vergoeding")
        return bericht("oekraine.alternatief.geld_om_opvang_te_regelen")

    @property
    def bron_ids(self) -> tuple[str, ...]:
        """The ids of the sources the alternative rests on."""
        if self is Alternatief.TIJDELIJKE_ALTERNATIEVE_VOORZIENING:
            return ("rooo.art3",)
        return ("ECLI:NL:RBNNE:2025:4074",)


class Gebiedsniveau(enum.Enum):
    """For which area the minister asks a number of places: a gemeente or a veiligheidsregio."""

    GEMEENTE = "gemeente"
    VEILIGHEIDSREGIO = "veiligheidsregio"


class Aftreklezing(enum.Enum):
    """Which reading of BooO art. 3 lid 7 a :class:`Vergoeding` used for the deduction.

    Art. 3 lid 7 deducts the gemeente's *ontvangsten* (receipts) under RooO art. 7 lid 4 and art. 8;
    art. 8 lid 1 allows charging "geheel of gedeeltelijk" and art. 2b exempts hardship cases, so the
    maximum of art. 8 lid 2 is not what a gemeente receives.

    * ``GEEN`` — no receipts given: nothing deducted (the result is before the deduction of lid 7);
    * ``ONTVANGSTEN`` — the receipts the caller passed (eigen bijdragen and/or catering contributions);
    * ``MAXIMUM_AANNAME`` — the caller asked to assume that every listed household paid the maximum
      of RooO art. 8 lid 2 every month (source ``aanname.oekraine.eigen-bijdrage-maximum``: onzeker).
    """

    GEEN = "geen"
    ONTVANGSTEN = "ontvangsten"
    MAXIMUM_AANNAME = "maximum_aanname"


# --------------------------------------------------------------------------------------------
# Validators and inputs
# --------------------------------------------------------------------------------------------


def _check_aantal(_: object, attribute: Attribute[Any], value: object) -> None:
    geheel_getal(attribute.name, value, reden=bericht("oekraine.fout.aantal", maximum=MAX_AANTAL))


def _check_optional_aantal(inst: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        _check_aantal(inst, attribute, value)


def _check_bool(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidInputError(attribute.name, value, bericht("oekraine.fout.ja_nee"))


def _check_datum(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInputError(attribute.name, value, bericht("oekraine.fout.datum"))


def _grond_tuple(values: Iterable[Uitsluitingsgrond]) -> tuple[Uitsluitingsgrond, ...]:
    return tuple(dict.fromkeys(values))


def _check_gronden(_: object, attribute: Attribute[Any], value: tuple[object, ...]) -> None:
    for v in value:
        if not isinstance(v, Uitsluitingsgrond):
            raise InvalidInputError(
                attribute.name,
                v,
                bericht(
                    "oekraine.fout.uitsluitingsgrond", gronden=", ".join(g.value for g in Uitsluitingsgrond)
                ),
            )


def _alternatief_tuple(values: Iterable[Alternatief]) -> tuple[Alternatief, ...]:
    return tuple(values)


def _int_tuple(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(values)


def _als_bericht_of_none(tekst: Bericht | str | None) -> Bericht | None:
    return None if tekst is None else als_bericht(tekst)


_GEEN_SAMENVATTING = letterlijk("")


@frozen(kw_only=True)
class Opvangverzoek:
    """One ontheemde's request for opvang at a gemeente: the facts that matter for the duty.

    The defaults describe an adult ontheemde under temporary protection with no exclusion ground.
    """

    tijdelijke_bescherming: bool = field(default=True, validator=_check_bool)
    """The person enjoys temporary protection (Twoo art. 1; Uitvoeringsbesluit (EU) 2022/382)."""
    alleenstaande_minderjarige: bool = field(default=False, validator=_check_bool)
    """An unaccompanied minor: outside the municipal task (RooO art. 2 lid 1)."""
    uitsluitingsgronden: tuple[Uitsluitingsgrond, ...] = field(
        default=(), converter=_grond_tuple, validator=_check_gronden
    )
    """The grounds of RooO art. 4 that apply (empty: none)."""
    kwetsbaar: bool = field(default=False, validator=_check_bool)
    """A vulnerable ontheemde whose situation needs other opvang (RooO art. 3 onder b)."""
    overlastgever: bool = field(default=False, validator=_check_bool)
    """Has caused nuisance — not a ground to end opvang entirely (ECLI:NL:RBGEL:2024:2540, Tiel)."""
    beschermd_op_laatste_dag: bool = field(default=True, validator=_check_bool)
    """Had temporary protection on the day before it ended; matters only in the Twoo's final year."""


@frozen(kw_only=True)
class Capaciteit:
    """A gemeente's opvang capacity at the peildatum: realised places and how many are occupied.

    ``bezet`` counts occupied places among ``plaatsen``, so it is at most ``plaatsen``: more occupied
    than existing places is a contradiction and an :class:`~asielketen.errors.InvalidInputError`
    naming ``bezet``. All places occupied (``bezet == plaatsen``) is a full location
    (:attr:`vol`); ``plaatsen == 0`` means no facility.
    """

    plaatsen: int = field(validator=_check_aantal)
    """Realised places (gemeentelijke opvang)."""
    bezet: int = field(validator=_check_aantal)
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


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@frozen(kw_only=True)
class IndividuelePlicht:
    """The duty toward one ontheemde who asks for opvang (a resultaatsverplichting)."""

    peildatum: date = field(validator=_check_datum)
    """The date of the request."""
    uitkomst: Plichtuitkomst
    """The outcome (see :class:`Plichtuitkomst`)."""
    regime: Regime | None
    """The legal basis at the peildatum; ``None`` outside the regime."""
    plichthouder: Bericht | None = field(converter=_als_bericht_of_none)
    """Who bears the duty, in every language (:attr:`Regime.plichthouder`); ``None`` outside the regime."""
    vol: bool | None = None
    """Whether the location is full (``None``: capacity not given)."""
    alternatieven: tuple[Alternatief, ...] = field(default=(), converter=_alternatief_tuple)
    """The alternatives the college must consider (when full, or art. 3 onder b for the vulnerable)."""
    termijn_uren: int | None = None
    """The term a court set to provide opvang when full (72 hours, Vlaardingen, pers); ``None``: unknown."""
    uitsluitingsgronden: tuple[Uitsluitingsgrond, ...] = field(default=(), converter=_grond_tuple)
    """The exclusion grounds that led to ``GEEN_PLICHT``."""
    scenario: bool = False
    """True when a prioritering scenario (not law) shaped the outcome."""
    samenvatting: Bericht = field(default=_GEEN_SAMENVATTING, converter=als_bericht)
    """The outcome in one sentence, in every language (``str()`` gives the current one)."""
    soort: Verplichtingsoort = Verplichtingsoort.RESULTAATSVERPLICHTING
    """Always a resultaatsverplichting (ECLI:NL:RBNNE:2025:4074)."""

    @property
    def plicht(self) -> bool:
        """True when opvang must be provided."""
        return self.uitkomst.plicht


@frozen(kw_only=True)
class CollectievePlicht:
    """The effort toward the number of places the minister asks (an inspanningsverplichting)."""

    peildatum: date = field(validator=_check_datum)
    """The reference date."""
    niveau: Gebiedsniveau
    """Gemeente or veiligheidsregio."""
    gebied_code: str
    """The code of the area (``GM…`` or ``VR…``)."""
    gebied_naam: str
    """The name of the area."""
    gevraagd: int | None = field(default=None, validator=_check_optional_aantal)
    """The number of places the minister asks of the area (user data; ``None``: not given)."""
    gerealiseerd: int | None = field(default=None, validator=_check_optional_aantal)
    """The places realised (``None``: not given)."""
    tekort: int | None = field(default=None, validator=_check_optional_aantal)
    """``gevraagd − gerealiseerd`` when positive, else 0; ``None`` when either is unknown."""
    landelijk_streefaantal: int | None = field(default=None, validator=_check_optional_aantal)
    """The national target at the peildatum (status pers), ``None`` when none is known."""
    tekort_op_zich_onrechtmatig: bool = field(default=False)
    """Always ``False``: missing the number is not by itself unlawful."""
    individuele_aanspraak: bool = field(default=False)
    """Always ``False``: the number asked gives no individual a claim."""
    samenvatting: Bericht = field(default=_GEEN_SAMENVATTING, converter=als_bericht)
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


@frozen(kw_only=True)
class Oekraineplichten:
    """Both duties for one gemeente at a peildatum, each with its own explanation and sources."""

    gemeente_code: str
    """The gemeente's CBS code."""
    gemeente_naam: str
    """The gemeente's name."""
    peildatum: date = field(validator=_check_datum)
    """The reference date."""
    individueel: Uitkomst[IndividuelePlicht]
    """The duty toward each ontheemde who asks (resultaatsverplichting)."""
    collectief: Uitkomst[CollectievePlicht]
    """The effort toward the number of places asked (inspanningsverplichting)."""


@frozen(kw_only=True)
class Dagdeel:
    """One part of a period with one normbedrag per place per day (BooO art. 3 lid 1)."""

    periode: Periode
    """The part of the period (half-open)."""
    dagen: int
    """Its number of days."""
    normbedrag: Decimal
    """EUR per realised place per day in this part."""
    bedrag: Decimal
    """``plaatsen × dagen × normbedrag``."""
    onderdeel: str
    """The onderdeel of art. 3 lid 1 (``"a"`` … ``"d"``)."""


@frozen(kw_only=True)
class Maanddeel:
    """One part of a period with one monthly amount (particuliere opvang or eigen bijdrage)."""

    periode: Periode
    """The part of the period (whole calendar months)."""
    maanden: int
    """Its number of calendar months."""
    bedrag_per_maand: Decimal
    """The amount per month (per person, or for all households together for the eigen bijdrage)."""
    bedrag: Decimal
    """The amount for the part."""


def _dag_tuple(values: Iterable[Dagdeel]) -> tuple[Dagdeel, ...]:
    return tuple(values)


def _maand_tuple(values: Iterable[Maanddeel]) -> tuple[Maanddeel, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Vergoeding:
    """The compensation under the Bekostigingsregeling for a number of places over a period."""

    periode: Periode
    """The period (half-open)."""
    plaatsen: int
    """Realised places of gemeentelijke opvang, the whole period."""
    particuliere_personen: int
    """Registered persons in particuliere opvang, each month of the period."""
    huishoudens_met_inkomen: tuple[int, ...] = field(converter=_int_tuple)
    """Per household, the number of adults with income from work, for which the caller asked to
    assume the maximum eigen bijdrage (RooO art. 8 lid 2); empty unless :attr:`aftrek` is
    ``MAXIMUM_AANNAME``."""
    aftrek: Aftreklezing
    """Which reading of BooO art. 3 lid 7 the deduction used (receipts, assumed maximum, or none)."""
    dagdelen: tuple[Dagdeel, ...] = field(converter=_dag_tuple)
    """The period split at every change of the normbedrag."""
    maanddelen_particulier: tuple[Maanddeel, ...] = field(converter=_maand_tuple)
    """The months of particuliere opvang, split at every change of amount."""
    maanddelen_eigen_bijdrage: tuple[Maanddeel, ...] = field(converter=_maand_tuple)
    """The months of the assumed maximum eigen bijdrage (only with ``MAXIMUM_AANNAME``)."""
    gemeentelijke_opvang: Decimal
    """The sum of :attr:`dagdelen`."""
    particuliere_opvang: Decimal
    """The sum of :attr:`maanddelen_particulier`."""
    eigen_bijdragen: Decimal
    """The eigen bijdragen (RooO art. 8) deducted (BooO art. 3 lid 7): the receipts given, or the
    assumed maximum."""
    cateringbijdragen: Decimal
    """The received catering contributions (RooO art. 7 lid 4) deducted (BooO art. 3 lid 7)."""
    totaal: Decimal
    """``gemeentelijke_opvang + particuliere_opvang − eigen_bijdragen − cateringbijdragen``."""
    regeling_versie: date
    """The version (text valid from) of the Bekostigingsregeling the amounts were read in."""


# --------------------------------------------------------------------------------------------
# The regime
# --------------------------------------------------------------------------------------------


def _p(naam: str) -> Any:
    return parameter(BESTAND, naam)


def regime_op(peildatum: date) -> Regime | None:
    """The legal basis of the municipal opvang task on ``peildatum``; ``None`` outside the regime.

    >>> regime_op(date(2023, 1, 1)), regime_op(date(2025, 1, 1)), regime_op(date(2022, 3, 1))
    (<Regime.WVB: 'wvb'>, <Regime.TWOO: 'twoo'>, None)
    """
    peildatum = as_date(peildatum)
    try:
        return Regime(_p("oekraine.regime").op(peildatum))
    except ParameterNotValidError:
        return None


def _regime_periode() -> Periode:
    waarden = _p("oekraine.regime").waarden
    return Periode(waarden[0].periode.van, waarden[-1].periode.tot)


def _laatste_beschermingsdag() -> date:
    laatste: Periode = _p("oekraine.tijdelijke_bescherming").waarden[-1].periode
    dag = laatste.laatste_dag
    assert dag is not None
    return dag


def _laatste_beschermingsbron() -> Bron:
    """The source of the last validity of the temporary protection (the latest extension)."""
    b: Bron = _p("oekraine.tijdelijke_bescherming").waarden[-1].bron
    return b


def _twoo_begin() -> date:
    """The first day of the Twoo regime in ``oekraine.regime`` (an aanname, ADR 0005)."""
    waarden = _p("oekraine.regime").waarden
    begin: date = next(g.periode.van for g in waarden if g.waarde == Regime.TWOO.value)
    return begin


def _regime_stap(rd: Redenering, peildatum: date, verzoek: Opvangverzoek | None) -> Regime | None:
    """Explain the regime at ``peildatum``; return it, or ``None`` when the request falls outside."""
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    periode = _regime_periode()
    regime = regime_op(peildatum)
    if regime is None:
        if peildatum < periode.van:
            rd.stap(
                bericht("oekraine.regime.nog_niet", peildatum=peildatum, begin=periode.van),
                bron("Stb-2022-133"),
                peildatum=peildatum,
            )
        else:
            rd.stap(
                bericht(
                    "oekraine.regime.vervallen",
                    peildatum=peildatum,
                    laatste_dag=_laatste_beschermingsdag(),
                    einde=periode.tot if periode.tot else "?",
                ),
                bron("twoo.art10.lid2"),
                _laatste_beschermingsbron(),
                peildatum=peildatum,
            )
        return None
    g = _p("oekraine.regime").geldigheid_op(peildatum)
    if regime is Regime.WVB:
        rd.stap(
            bericht("oekraine.regime.wvb", peildatum=peildatum),
            bron("Stb-2022-133"),
            peildatum=peildatum,
        )
        eerste: date = _p("oekraine.twoo.eerste_bwb_versie").waarden[0].waarde
        if peildatum >= eerste:
            rd.stap(
                bericht("oekraine.regime.twoo_venster", eerste=eerste, begin=_twoo_begin()),
                bron("twoo.art10.lid1"),
                g.bron,
            )
        return regime
    beschermd = _p("oekraine.tijdelijke_bescherming")
    if regime is Regime.TWOO:
        rd.stap(
            bericht(
                "oekraine.regime.twoo",
                peildatum=peildatum,
                laatste_dag=_laatste_beschermingsdag(),
                begin=_twoo_begin(),
            ),
            bron("twoo.art2.lid1"),
            g.bron,
            *dict.fromkeys((beschermd.geldigheid_op(peildatum).bron, _laatste_beschermingsbron())),
            peildatum=peildatum,
        )
        return regime
    # the Twoo's final year (art. 10 lid 2)
    laatste = _laatste_beschermingsdag()
    rd.stap(
        bericht("oekraine.regime.uitloop", laatste_dag=laatste),
        bron("twoo.art10.lid2"),
        _laatste_beschermingsbron(),
        peildatum=peildatum,
    )
    if verzoek is not None and not verzoek.beschermd_op_laatste_dag:
        rd.stap(
            bericht("oekraine.regime.uitloop_niet_beschermd", laatste_dag=laatste),
            bron("twoo.art10.lid2"),
            beschermd_op_laatste_dag=False,
        )
        return None
    return regime


# --------------------------------------------------------------------------------------------
# The individual duty
# --------------------------------------------------------------------------------------------


def _plicht_bronnen(regime: Regime) -> tuple[Bron, ...]:
    if regime is Regime.WVB:
        return (bron("ECLI:NL:RBNNE:2025:4074"), bron("aanname.oekraine.wvb-zelfde-lezing"))
    return (bron("ECLI:NL:RBNNE:2025:4074"),)


def _prioritering_aan(rd: Redenering, peildatum: date, prioritering_vanaf: date | None) -> bool:
    wettelijk = _p("oekraine.prioritering_wettelijk_mogelijk").geldigheid_op(peildatum)
    if wettelijk.waarde:  # pragma: no cover - no such law is known; kept for a future data file
        return True
    if prioritering_vanaf is not None and peildatum >= prioritering_vanaf:
        rd.stap(
            bericht("oekraine.prioritering.scenario", vanaf=prioritering_vanaf),
            wettelijk.bron,
            bron("aanname.oekraine.prioritering-scenario"),
            prioritering_vanaf=prioritering_vanaf,
        )
        return True
    rd.stap(
        bericht("oekraine.prioritering.niet_mogelijk"),
        wettelijk.bron,
    )
    return False


def individuele_plicht(
    verzoek: Opvangverzoek,
    peildatum: date,
    *,
    capaciteit: Capaciteit | None = None,
    prioritering_vanaf: date | None = None,
) -> Uitkomst[IndividuelePlicht]:
    """The duty toward one ontheemde who asks the college for opvang on ``peildatum``.

    A full location never yields "no duty": the outcome is :attr:`Plichtuitkomst.ALTERNATIEF` with
    the alternatives and the court's term. Only an exclusion ground of RooO art. 4 gives
    :attr:`Plichtuitkomst.GEEN_PLICHT`. ``prioritering_vanaf`` switches on a scenario (not law) in
    which vulnerable ontheemden get priority within scarce opvang from that date.
    """
    if not isinstance(verzoek, Opvangverzoek):
        raise InvalidInputError("verzoek", verzoek, bericht("oekraine.fout.verzoek"))
    peildatum = as_date(peildatum)
    if capaciteit is not None and not isinstance(capaciteit, Capaciteit):
        raise InvalidInputError("capaciteit", capaciteit, bericht("oekraine.fout.capaciteit"))
    if prioritering_vanaf is not None:
        prioritering_vanaf = as_date(prioritering_vanaf, "prioritering_vanaf")
    rd = Redenering()
    regime = _regime_stap(rd, peildatum, verzoek)

    def klaar(uitkomst: Plichtuitkomst, samenvatting: Bericht, **kw: Any) -> Uitkomst[IndividuelePlicht]:
        return rd.uitkomst(
            IndividuelePlicht(
                peildatum=peildatum,
                uitkomst=uitkomst,
                regime=regime,
                plichthouder=None if regime is None else regime.plichthouder,
                samenvatting=samenvatting,
                **kw,
            )
        )

    if regime is None:
        return klaar(
            Plichtuitkomst.BUITEN_REGIME,
            bericht("oekraine.individueel.buiten_regime", peildatum=peildatum),
        )
    if not verzoek.tijdelijke_bescherming:
        rd.stap(
            bericht("oekraine.individueel.geen_ontheemde_stap"),
            bron("twoo.art1"),
            bron("eu.uitvoeringsbesluit-2022-382.art2"),
            tijdelijke_bescherming=False,
        )
        return klaar(Plichtuitkomst.GEEN_ONTHEEMDE, bericht("oekraine.individueel.geen_ontheemde"))
    if verzoek.alleenstaande_minderjarige:
        rd.stap(
            bericht("oekraine.individueel.amv_stap"),
            bron("rooo.art2"),
            alleenstaande_minderjarige=True,
        )
        return klaar(Plichtuitkomst.BUITEN_TAAK_AMV, bericht("oekraine.individueel.amv"))
    if verzoek.uitsluitingsgronden:
        gronden = verzoek.uitsluitingsgronden
        extra = (
            (bron("eu.richtlijn-2001-55.art28"),)
            if Uitsluitingsgrond.BESCHERMING_GEWEIGERD in gronden
            else ()
        )
        rd.stap(
            bericht(
                "oekraine.individueel.uitsluiting_stap",
                gronden=samengevoegd((g.omschrijving for g in gronden), letterlijk("; ")),
            ),
            bron("rooo.art4"),
            *extra,
            uitsluitingsgronden=", ".join(g.value for g in gronden),
        )
        return klaar(
            Plichtuitkomst.GEEN_PLICHT,
            bericht("oekraine.individueel.geen_plicht"),
            uitsluitingsgronden=gronden,
        )
    rd.stap(
        bericht("oekraine.individueel.plicht_stap", plichthouder=regime.plichthouder),
        bron("twoo.art2.lid1") if regime is not Regime.WVB else bron("Stb-2022-133"),
        *_plicht_bronnen(regime),
    )
    if verzoek.overlastgever:
        rd.stap(
            bericht("oekraine.individueel.overlast_stap"),
            bron("ECLI:NL:RBGEL:2024:2540"),
            bron("rooo.art4"),
            overlastgever=True,
        )
    if capaciteit is None:
        alternatieven: tuple[Alternatief, ...] = ()
        if verzoek.kwetsbaar:
            alternatieven = (Alternatief.TIJDELIJKE_ALTERNATIEVE_VOORZIENING,)
            _kwetsbaar_stap(rd)
        rd.stap(bericht("oekraine.individueel.capaciteit_onbekend"), bron("ECLI:NL:RBNNE:2025:4074"))
        return klaar(
            Plichtuitkomst.OPVANG,
            bericht("oekraine.individueel.opvang", plichthouder=_hoofdletter(regime.plichthouder)),
            alternatieven=alternatieven,
        )
    rd.stap(
        bericht("oekraine.individueel.capaciteit_vol", plaatsen=capaciteit.plaatsen, bezet=capaciteit.bezet)
        if capaciteit.vol
        else bericht(
            "oekraine.individueel.capaciteit_vrij",
            plaatsen=capaciteit.plaatsen,
            bezet=capaciteit.bezet,
            vrij=capaciteit.vrij,
        ),
        plaatsen=capaciteit.plaatsen,
        bezet=capaciteit.bezet,
    )
    if not capaciteit.vol:
        alternatieven = ()
        if verzoek.kwetsbaar:
            alternatieven = (Alternatief.TIJDELIJKE_ALTERNATIEVE_VOORZIENING,)
            _kwetsbaar_stap(rd)
        return klaar(
            Plichtuitkomst.OPVANG,
            bericht("oekraine.individueel.opvang_plaats", plichthouder=_hoofdletter(regime.plichthouder)),
            vol=False,
            alternatieven=alternatieven,
        )
    # Full: the duty stays; the outcome names the alternatives and the term.
    alternatieven = tuple(Alternatief)
    rd.stap(
        bericht(
            "oekraine.individueel.vol_stap",
            alternatieven=samengevoegd((a.omschrijving for a in alternatieven), letterlijk("; ")),
        ),
        bron("ECLI:NL:RBNNE:2025:4074"),
        bron("rooo.art3"),
    )
    termijn = _termijn(rd, peildatum)
    scenario = _prioritering_aan(rd, peildatum, prioritering_vanaf)
    if scenario and verzoek.kwetsbaar:
        rd.stap(
            bericht("oekraine.individueel.voorrang_stap"),
            bron("aanname.oekraine.prioritering-scenario"),
            kwetsbaar=True,
        )
        return klaar(
            Plichtuitkomst.VOORRANG,
            bericht("oekraine.individueel.voorrang"),
            vol=True,
            alternatieven=alternatieven,
            termijn_uren=termijn,
            scenario=True,
        )
    if scenario:
        rd.stap(
            bericht("oekraine.individueel.scenario_stap"),
            bron("aanname.oekraine.prioritering-scenario"),
            kwetsbaar=False,
        )
    return klaar(
        Plichtuitkomst.ALTERNATIEF,
        bericht(
            "oekraine.individueel.alternatief",
            termijn=(
                bericht("oekraine.individueel.alternatief_termijn", uren=termijn)
                if termijn is not None
                else letterlijk("")
            ),
            scenario=bericht("oekraine.individueel.alternatief_scenario") if scenario else letterlijk(""),
        ),
        vol=True,
        alternatieven=alternatieven,
        termijn_uren=termijn,
        scenario=scenario,
    )


def _hoofdletter(tekst: Bericht) -> Bericht:
    """``tekst`` with a capital first letter in every language (to start a sentence with it)."""
    return Bericht(tekst.sleutel, tuple(t[:1].upper() + t[1:] for t in tekst.teksten))


def _kwetsbaar_stap(rd: Redenering) -> None:
    rd.stap(
        bericht("oekraine.individueel.kwetsbaar_stap"),
        bron("rooo.art3"),
        kwetsbaar=True,
    )


def _termijn(rd: Redenering, peildatum: date) -> int | None:
    p = _p("oekraine.rechterlijke_termijn_uren")
    try:
        g = p.geldigheid_op(peildatum)
    except ParameterNotValidError:
        rd.stap(bericht("oekraine.termijn.onbekend", peildatum=peildatum, eerste=p.waarden[0].periode.van))
        return None
    uren: int = g.waarde
    rd.stap(
        bericht("oekraine.termijn.bekend", uren=uren),
        g.bron,
        termijn_uren=uren,
    )
    return uren


# --------------------------------------------------------------------------------------------
# The collective duty
# --------------------------------------------------------------------------------------------


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
            geheel_getal(naam, waarde, reden=bericht("oekraine.fout.aantal", maximum=MAX_AANTAL))
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    regime = regime_op(peildatum)
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
    if regime is None:
        rd.stap(
            bericht("oekraine.collectief.buiten_regime", peildatum=peildatum),
            bron("twoo.art10.lid2") if peildatum >= _regime_periode().van else bron("Stb-2022-133"),
            peildatum=peildatum,
        )
    streef_p = _p("oekraine.landelijk_streefaantal")
    streef: int | None
    try:
        g = streef_p.geldigheid_op(peildatum)
        streef = g.waarde
        rd.stap(
            bericht("oekraine.collectief.streefaantal", aantal=streef),
            g.bron,
            landelijk_streefaantal=streef,
        )
    except ParameterNotValidError:
        streef = None
        rd.stap(
            bericht("oekraine.collectief.geen_streefaantal", peildatum=peildatum),
            streef_p.waarden[-1].bron,
        )
    tekort: int | None = None
    if gevraagd is None or gerealiseerd is None:
        rd.stap(bericht("oekraine.collectief.onbekend_stap"), bron("VNG-2025-09-22"))
        samenvatting = bericht("oekraine.collectief.onbekend")
    else:
        tekort = max(0, gevraagd - gerealiseerd)
        rd.stap(
            bericht(
                "oekraine.collectief.tekort_stap", gevraagd=gevraagd, gerealiseerd=gerealiseerd, tekort=tekort
            ),
            bron("VNG-2025-09-22"),
            gevraagd=gevraagd,
            gerealiseerd=gerealiseerd,
            tekort=tekort,
        )
        samenvatting = (
            bericht("oekraine.collectief.tekort", tekort=tekort, gevraagd=gevraagd)
            if tekort
            else bericht("oekraine.collectief.gehaald", gevraagd=gevraagd)
        )
    rd.stap(
        bericht("oekraine.collectief.geen_aanspraak_stap"),
        bron("VNG-2025-09-22"),
        bron("ECLI:NL:RBNNE:2025:4074"),
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
    if not isinstance(niveau, Gebiedsniveau):
        raise InvalidInputError("niveau", niveau, bericht("oekraine.fout.niveau"))
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


# --------------------------------------------------------------------------------------------
# Financing
# --------------------------------------------------------------------------------------------


def _onderdeel(index: int) -> str:
    """The onderdeel of BooO art. 3 lid 1 of the ``index``-th validity (a, b, c, d in order)."""
    return "abcdefghijklmnopqrstuvwxyz"[index]


def _is_maandbegin(d: date) -> bool:
    return d.day == 1


def _maanden(periode: Periode) -> int:
    assert periode.tot is not None
    return (periode.tot.year - periode.van.year) * 12 + periode.tot.month - periode.van.month


def vergoeding(
    plaatsen: int,
    periode: Periode,
    *,
    particuliere_personen: int = 0,
    ontvangen_eigen_bijdragen: Decimal | None = None,
    ontvangen_cateringbijdragen: Decimal | None = None,
    huishoudens_met_inkomen: Sequence[int] = (),
) -> Uitkomst[Vergoeding]:
    """The compensation under the Bekostigingsregeling art. 3 for ``plaatsen`` over ``periode``.

    ``periode`` is half-open (``tot`` is the first day after it). The normbedrag per realised place
    per day (art. 3 lid 1) is applied per sub-period, split exactly at every change of amount.
    ``particuliere_personen`` persons in particuliere opvang get the monthly amount of art. 3 lid 4.

    Art. 3 lid 7 deducts what the gemeente *received*: pass ``ontvangen_eigen_bijdragen`` (RooO
    art. 8) and/or ``ontvangen_cateringbijdragen`` (RooO art. 7 lid 4), in EUR over the period
    (reading ``Aftreklezing.ONTVANGSTEN``). Only when the receipts are unknown may the caller ask for
    the assumption that each household in ``huishoudens_met_inkomen`` (adults with income from work
    per household) paid the maximum of RooO art. 8 lid 2 every month (reading
    ``Aftreklezing.MAXIMUM_AANNAME``, source ``aanname.oekraine.eigen-bijdrage-maximum``: the result
    is onzeker). Receipts and households together are an error; with neither nothing is deducted
    (``Aftreklezing.GEEN``). :attr:`Vergoeding.aftrek` says which reading was used.

    Monthly amounts need a period of whole calendar months. A period before the regime began, after
    it ended, or reversed, is an error.
    """
    geheel_getal("plaatsen", plaatsen, reden=bericht("oekraine.fout.aantal", maximum=MAX_AANTAL))
    geheel_getal(
        "particuliere_personen",
        particuliere_personen,
        reden=bericht("oekraine.fout.aantal", maximum=MAX_AANTAL),
    )
    huishoudens = tuple(huishoudens_met_inkomen)
    for i, n in enumerate(huishoudens):
        geheel_getal(
            f"huishoudens_met_inkomen[{i}]",
            n,
            minimum=1,
            maximum=100,
            reden=bericht("oekraine.fout.huishouden"),
        )
    ontvangen_eb = _check_bedrag("ontvangen_eigen_bijdragen", ontvangen_eigen_bijdragen)
    ontvangen_cat = _check_bedrag("ontvangen_cateringbijdragen", ontvangen_cateringbijdragen)
    if huishoudens and (ontvangen_eb is not None or ontvangen_cat is not None):
        raise InvalidInputError(
            "huishoudens_met_inkomen",
            list(huishoudens),
            bericht("oekraine.fout.niet_allebei"),
        )
    if huishoudens:
        aftrek = Aftreklezing.MAXIMUM_AANNAME
    elif ontvangen_eb is not None or ontvangen_cat is not None:
        aftrek = Aftreklezing.ONTVANGSTEN
    else:
        aftrek = Aftreklezing.GEEN
    if not isinstance(periode, Periode):
        raise InvalidPeriodError("periode", periode, bericht("oekraine.fout.periode"))
    if periode.tot is None:
        raise InvalidPeriodError("tot", None, bericht("oekraine.fout.gesloten"))
    regime = _regime_periode()
    if periode.van < regime.van:
        raise InvalidPeriodError("van", periode.van, bericht("oekraine.fout.voor_regime", begin=regime.van))
    if regime.tot is not None and periode.tot > regime.tot:
        raise InvalidPeriodError("tot", periode.tot, bericht("oekraine.fout.na_twoo", einde=regime.tot))
    maandelijks = particuliere_personen > 0 or bool(huishoudens)
    if maandelijks and not (_is_maandbegin(periode.van) and _is_maandbegin(periode.tot)):
        raise InvalidPeriodError("periode", str(periode), bericht("oekraine.fout.kalendermaand"))

    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    normbedrag = _p("oekraine.normbedrag_per_plek_per_dag")
    eerste_van = normbedrag.waarden[0].periode.van
    volgorde = {g: i for i, g in enumerate(normbedrag.waarden)}
    dagdelen: list[Dagdeel] = []
    versies: list[date] = []
    for deel, g in normbedrag.splits(periode):
        bedrag = Decimal(plaatsen) * Decimal(deel.dagen) * g.waarde
        onderdeel = _onderdeel(volgorde[g])
        dagdelen.append(
            Dagdeel(periode=deel, dagen=deel.dagen, normbedrag=g.waarde, bedrag=bedrag, onderdeel=onderdeel)
        )
        _versie(g.bron, versies)
        rd.stap(
            bericht(
                "oekraine.vergoeding.gemeentelijk",
                periode=deel,
                plaatsen=plaatsen,
                dagen=deel.dagen,
                normbedrag=g.waarde,
                onderdeel=onderdeel,
                bedrag=bedrag,
            ),
            g.bron,
            plaatsen=plaatsen,
            dagen=deel.dagen,
            normbedrag=g.waarde,
        )
    if periode.van == eerste_van:
        rd.stap(
            bericht(
                "oekraine.vergoeding.begindatum", normbedrag=normbedrag.waarden[0].waarde, begin=eerste_van
            ),
            bron("booo.art3.lid1"),
            bron("Stb-2022-133"),
        )
    gemeentelijk = sum((d.bedrag for d in dagdelen), Decimal(0))

    particulier_delen: list[Maanddeel] = []
    if particuliere_personen:
        for deel, g in _p("oekraine.particulier_per_persoon_per_maand").splits(periode):
            m = _maanden(deel)
            bedrag = Decimal(particuliere_personen) * Decimal(m) * g.waarde
            particulier_delen.append(
                Maanddeel(periode=deel, maanden=m, bedrag_per_maand=g.waarde, bedrag=bedrag)
            )
            _versie(g.bron, versies)
            rd.stap(
                bericht(
                    "oekraine.vergoeding.particulier",
                    periode=deel,
                    personen=particuliere_personen,
                    maanden=m,
                    bedrag_per_maand=g.waarde,
                    bedrag=bedrag,
                ),
                g.bron,
                personen=particuliere_personen,
                maanden=m,
                bedrag=g.waarde,
            )
    particulier = sum((d.bedrag for d in particulier_delen), Decimal(0))

    eigen_delen: list[Maanddeel] = []
    if aftrek is Aftreklezing.MAXIMUM_AANNAME:
        per_volw = _p("oekraine.eigen_bijdrage_per_volwassene_per_maand")
        maximum = _p("oekraine.eigen_bijdrage_max_per_huishouden_per_maand")
        for deel, g in per_volw.splits(periode):
            mx = maximum.op(deel.van)
            per_maand = sum((min(Decimal(n) * g.waarde, mx) for n in huishoudens), Decimal(0))
            m = _maanden(deel)
            bedrag = per_maand * Decimal(m)
            eigen_delen.append(Maanddeel(periode=deel, maanden=m, bedrag_per_maand=per_maand, bedrag=bedrag))
            rd.stap(
                bericht(
                    "oekraine.vergoeding.aanname_eigen_bijdrage",
                    periode=deel,
                    per_volwassene=g.waarde,
                    maximum=mx,
                    per_maand=per_maand,
                    maanden=m,
                    bedrag=bedrag,
                ),
                g.bron,
                bron("booo.art3.lid7"),
                bron("rooo.art2b"),
                bron("aanname.oekraine.eigen-bijdrage-maximum"),
                huishoudens=len(huishoudens),
                volwassenen_met_inkomen=sum(huishoudens),
            )
        eigen = sum((d.bedrag for d in eigen_delen), Decimal(0))
        catering = Decimal(0)
    else:
        eigen = ontvangen_eb if ontvangen_eb is not None else Decimal(0)
        catering = ontvangen_cat if ontvangen_cat is not None else Decimal(0)
        if aftrek is Aftreklezing.ONTVANGSTEN:
            rd.stap(
                bericht("oekraine.vergoeding.ontvangsten", periode=periode, eigen=eigen, catering=catering),
                bron("booo.art3.lid7"),
                *([bron("rooo.art8")] if ontvangen_eb is not None else []),
                *([bron("rooo.art7.lid4")] if ontvangen_cat is not None else []),
                ontvangen_eigen_bijdragen=eigen,
                ontvangen_cateringbijdragen=catering,
            )
        else:
            rd.stap(bericht("oekraine.vergoeding.geen_aftrek"), bron("booo.art3.lid7"))
    bruto = gemeentelijk + particulier
    if eigen + catering > bruto:
        veld, waarde = (
            ("huishoudens_met_inkomen", list(huishoudens))
            if aftrek is Aftreklezing.MAXIMUM_AANNAME
            else ("ontvangen_eigen_bijdragen", str(eigen + catering))
        )
        raise InvalidInputError(
            veld,
            waarde,
            bericht("oekraine.fout.aftrek_te_hoog", aftrek=eigen + catering, bruto=bruto),
        )
    totaal = bruto - eigen - catering
    versie = max(versies) if versies else _regeling_versie("booo.art3.lid1")
    rd.stap(
        bericht(
            "oekraine.vergoeding.totaal",
            gemeentelijk=gemeentelijk,
            particulier=particulier,
            eigen=eigen,
            catering=catering,
            totaal=totaal,
            aftrek=aftrek,
            versie=versie,
        ),
        bron("booo.art3.lid1"),
        totaal=totaal,
    )
    return rd.uitkomst(
        Vergoeding(
            periode=periode,
            plaatsen=plaatsen,
            particuliere_personen=particuliere_personen,
            huishoudens_met_inkomen=huishoudens,
            aftrek=aftrek,
            dagdelen=dagdelen,
            maanddelen_particulier=particulier_delen,
            maanddelen_eigen_bijdrage=eigen_delen,
            gemeentelijke_opvang=gemeentelijk,
            particuliere_opvang=particulier,
            eigen_bijdragen=eigen,
            cateringbijdragen=catering,
            totaal=totaal,
            regeling_versie=versie,
        )
    )


def _check_bedrag(veld: str, waarde: object) -> Decimal | None:
    """A received amount in EUR: ``None`` or a finite ``Decimal`` ≥ 0 (never a float)."""
    if waarde is None:
        return None
    if not isinstance(waarde, Decimal) or not waarde.is_finite() or waarde < 0:
        raise InvalidInputError(veld, waarde, bericht("oekraine.fout.bedrag"))
    return waarde


def _versie(b: Bron, versies: list[date]) -> None:
    if isinstance(b, Wetsartikel) and b.versiedatum not in versies:
        versies.append(b.versiedatum)


def _regeling_versie(bron_id: str) -> date:
    b = bron(bron_id)
    assert isinstance(b, Wetsartikel)
    return b.versiedatum
