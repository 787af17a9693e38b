"""The financing: the compensation of the Bekostigingsregeling opvang ontheemden Oekraïne art. 3.

``vergoeding = (normbedragen lid 1 − ontvangsten) + normbedragen lid 4``, over a half-open period
within the regime: the parts priced by :mod:`._normbedragen`, the deduction by :mod:`._aftrek`.
Lid 7 deducts the receipts "op het totaalbedrag op basis van het eerste lid" only: the amount for
particuliere opvang (lid 4) is never reduced (ADR 0010). Every amount is whole cents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import geheel_getal, van_soort
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, InvalidPeriodError
from ..explain import Redenering, Uitkomst
from ..parameters import parameterversie
from ..periods import Periode
from ..taal import bericht
from ._aftrek import Aftreklezing, aftrek_stappen, aftreklezing
from ._gemeenschappelijk import BESTAND, aantal, centen
from ._normbedragen import (
    Dagdeel,
    Maanddeel,
    dag_tuple,
    gemeentelijke_delen,
    is_maandbegin,
    maand_tuple,
    particuliere_delen,
    regeling_versie,
)
from ._regime import regime_periode


def _int_tuple(values: Iterable[int]) -> tuple[int, ...]:
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
    dagdelen: tuple[Dagdeel, ...] = field(converter=dag_tuple)
    """The period split at every change of the normbedrag."""
    maanddelen_particulier: tuple[Maanddeel, ...] = field(converter=maand_tuple)
    """The months of particuliere opvang, split at every change of amount."""
    maanddelen_eigen_bijdrage: tuple[Maanddeel, ...] = field(converter=maand_tuple)
    """The months of the assumed maximum eigen bijdrage (only with ``MAXIMUM_AANNAME``)."""
    gemeentelijke_opvang: Decimal
    """The sum of :attr:`dagdelen`."""
    particuliere_opvang: Decimal
    """The sum of :attr:`maanddelen_particulier`."""
    eigen_bijdragen: Decimal
    """The eigen bijdragen (RooO art. 8) deducted from :attr:`gemeentelijke_opvang` (BooO art. 3
    lid 7): the receipts given, or the assumed maximum."""
    cateringbijdragen: Decimal
    """The received catering contributions (RooO art. 7 lid 4) deducted from
    :attr:`gemeentelijke_opvang` (BooO art. 3 lid 7)."""
    totaal: Decimal
    """``(gemeentelijke_opvang − eigen_bijdragen − cateringbijdragen) + particuliere_opvang``: lid 7
    deducts from the lid 1 total only, never from the particuliere opvang (ADR 0010)."""
    regeling_versie: date
    """The version (text valid from) of the Bekostigingsregeling the amounts were read in."""


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

    Art. 3 lid 7 deducts what the gemeente *received* from "het totaalbedrag op basis van het eerste
    lid" — the gemeentelijke opvang, never the particuliere opvang of lid 4: pass
    ``ontvangen_eigen_bijdragen`` (RooO art. 8) and/or ``ontvangen_cateringbijdragen`` (RooO art. 7
    lid 4), in EUR over the period, in whole cents (``Decimal("0.001")`` is refused; ``1.000`` is
    read as ``1.00``) (reading ``Aftreklezing.ONTVANGSTEN``). Receipts above the lid 1 total are
    refused as inconsistent input. Lid 7 speaks of receipts "in een boekjaar": for the settlement
    per year give one period per calendar year (the explanation says so when a period spans more).
    Before 1 January 2025 (the first text read with lid 7) the deduction is an aanname, and says so.
    Only when the receipts are unknown may the caller ask for the assumption that each household in
    ``huishoudens_met_inkomen`` (adults with income from work per household) paid the maximum of
    RooO art. 8 lid 2 every month (reading
    ``Aftreklezing.MAXIMUM_AANNAME``, source ``aanname.oekraine.eigen-bijdrage-maximum``: the result
    is onzeker). Receipts and households together are an error; with neither nothing is deducted
    (``Aftreklezing.GEEN``). :attr:`Vergoeding.aftrek` says which reading was used.

    Monthly amounts need a period of whole calendar months. A period before the regime began, after
    it ended, or reversed, is an error.
    """
    aantal("plaatsen", plaatsen)
    aantal("particuliere_personen", particuliere_personen)
    huishoudens = _huishoudens(huishoudens_met_inkomen)
    ontvangen_eb, ontvangen_cat = _ontvangsten(
        ontvangen_eigen_bijdragen, ontvangen_cateringbijdragen, huishoudens
    )
    aftrek = aftreklezing(huishoudens, ontvangen_eb, ontvangen_cat)
    _check_periode(periode, maandelijks=particuliere_personen > 0 or bool(huishoudens))

    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    versies: list[date] = []
    dagdelen = gemeentelijke_delen(rd, plaatsen, periode, versies)
    particulier_delen = particuliere_delen(rd, particuliere_personen, periode, versies)
    eigen_delen, eigen, catering = aftrek_stappen(
        rd, aftrek, periode, huishoudens, ontvangen_eb, ontvangen_cat
    )
    gemeentelijk = sum((d.bedrag for d in dagdelen), Decimal(0))
    particulier = sum((d.bedrag for d in particulier_delen), Decimal(0))
    _check_aftrek(aftrek, huishoudens, eigen + catering, lid1=gemeentelijk)
    if aftrek is not Aftreklezing.GEEN and periode.van.year != (periode.laatste_dag or periode.van).year:
        rd.stap("oekraine.vergoeding.boekjaren", bron("booo.art3.lid7"), van=periode.van, tot=periode.tot)
    totaal = gemeentelijk - eigen - catering + particulier
    versie = max(versies) if versies else regeling_versie("booo.art3.lid1")
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


def _huishoudens(huishoudens_met_inkomen: Sequence[int]) -> tuple[int, ...]:
    """Per household the adults with income from work: each from 1 to 100."""
    huishoudens = tuple(huishoudens_met_inkomen)
    for i, n in enumerate(huishoudens):
        geheel_getal(
            f"huishoudens_met_inkomen[{i}]",
            n,
            minimum=1,
            maximum=100,
            reden=lambda: bericht("oekraine.fout.huishouden"),
        )
    return huishoudens


def _ontvangsten(
    eigen: object, catering: object, huishoudens: tuple[int, ...]
) -> tuple[Decimal | None, Decimal | None]:
    """The receipts given: each ``None`` or an amount in EUR; never together with households."""
    eb = None if eigen is None else centen("ontvangen_eigen_bijdragen", eigen)
    cat = None if catering is None else centen("ontvangen_cateringbijdragen", catering)
    if huishoudens and (eb is not None or cat is not None):
        raise InvalidInputError(
            "huishoudens_met_inkomen", list(huishoudens), bericht("oekraine.fout.niet_allebei")
        )
    return eb, cat


def _check_aftrek(
    aftrek: Aftreklezing, huishoudens: tuple[int, ...], afgetrokken: Decimal, *, lid1: Decimal
) -> None:
    """The deduction may not exceed the lid 1 total it is taken from (lid 7 deducts "op het
    totaalbedrag op basis van het eerste lid"; it never charges, nor touches the lid 4 amount)."""
    if afgetrokken > lid1:
        veld, waarde = (
            ("huishoudens_met_inkomen", list(huishoudens))
            if aftrek is Aftreklezing.MAXIMUM_AANNAME
            else ("ontvangen_eigen_bijdragen", str(afgetrokken))
        )
        raise InvalidInputError(
            veld, waarde, bericht("oekraine.fout.aftrek_te_hoog", aftrek=afgetrokken, bruto=lid1)
        )


def _check_periode(periode: Periode, *, maandelijks: bool) -> None:
    """A closed period within the regime; of whole calendar months when an amount is monthly."""
    van_soort(
        "periode", periode, Periode, reden=lambda: bericht("oekraine.fout.periode"), fout=InvalidPeriodError
    )
    if periode.tot is None:
        raise InvalidPeriodError("tot", None, bericht("oekraine.fout.gesloten"))
    regime = regime_periode()
    if periode.van < regime.van:
        raise InvalidPeriodError("van", periode.van, bericht("oekraine.fout.voor_regime", begin=regime.van))
    if regime.tot is not None and periode.tot > regime.tot:
        raise InvalidPeriodError("tot", periode.tot, bericht("oekraine.fout.na_twoo", einde=regime.tot))
    if maandelijks and not (is_maandbegin(periode.van) and is_maandbegin(periode.tot)):
        raise InvalidPeriodError("periode", str(periode), bericht("oekraine.fout.kalendermaand"))


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
