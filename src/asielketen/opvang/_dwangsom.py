"""The dwangsom Ter Apel: what the COA owes Westerwolde for nights above the maximum.

Each night with more people in the aanmeldcentrum Ter Apel than the maximum (2,000) forfeits the
amount per night (€50,000) until the total, including what was forfeited before, reaches the cap
(€5 million). Maximum, amount and cap are read per night from the shipped parameters; their
source is the press (status pers: westerwoldeactueel, 30 October 2024).

A night missing between the first and the last night of a series is reported
(:attr:`Dwangsom.ontbrekende_nachten`), never counted as a night without forfeiture: the amount is
then a lower bound. A cap already reached before the series (``al_verbeurd``) is said as such, and no
night of the series is named as the night it was reached (ADR 0010). Amounts are whole cents.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import bedrag, geheel_getal, van_soort
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..parameters import parameter, parameterversie
from ..periods import Parameter
from ..taal import Bericht, bericht, letterlijk, samengevoegd
from ._locatie import BESTAND, _check_aantal

_BRON_DWANGSOM = "pers.westerwoldeactueel-2024-10-30-dwangsom-ter-apel"
"""The press report of the dwangsom (status pers)."""


@frozen(kw_only=True)
class Nachttelling:
    """The number of people who spent a night in the aanmeldcentrum Ter Apel."""

    datum: date
    """The date on which the night starts."""
    personen: int = field(validator=_check_aantal)
    """The number of people that night."""


@frozen(kw_only=True)
class DwangsomNacht:
    """One night of the series: the count, the maximum, and the dwangsom that night."""

    datum: date
    """The night (its start date)."""
    personen: int
    """The count."""
    maximum: int
    """The maximum number of people that night (2,000)."""
    bedrag: Decimal
    """The dwangsom forfeited that night (less than the full amount when the cap is reached)."""


def _datum_tuple(values: Iterable[date]) -> tuple[date, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Dwangsom:
    """The dwangsom owed over a series of nights in Ter Apel."""

    nachten: tuple[DwangsomNacht, ...]
    """Every night, in date order."""
    nachten_boven: int
    """Nights with more people than the maximum."""
    al_verbeurd: Decimal
    """Forfeited before the series (counts towards the cap)."""
    verbeurd: Decimal
    """Forfeited over this series."""
    totaal: Decimal
    """``al_verbeurd + verbeurd`` — never more than the maximum."""
    maximum: Decimal
    """The cap on the total (€5 million)."""
    maximum_bereikt_op: date | None
    """The night of the series on which the cap was reached, if a night of the series reached it
    (``None`` when it was already reached before the series: see :attr:`maximum_al_bereikt`)."""
    ontbrekende_nachten: tuple[date, ...] = field(default=(), converter=_datum_tuple)
    """Nights between the first and the last night of the series without a count: whether they
    forfeited is unknown, so :attr:`verbeurd` is a lower bound when this is not empty."""
    maximum_al_bereikt: bool = False
    """True when ``al_verbeurd`` already equals the cap: nothing more can be forfeited."""


def dwangsom_ter_apel(
    nachten: Sequence[Nachttelling], *, al_verbeurd: Decimal | int = Decimal(0)
) -> Uitkomst[Dwangsom]:
    """The dwangsom the COA owes Westerwolde over a series of nightly counts in Ter Apel.

    Each night with more people than the maximum (2,000) forfeits the amount per night (€50,000)
    until the total, including ``al_verbeurd`` (forfeited before the series), reaches the cap
    (€5 million). Amounts and maximum are read per night from the shipped parameters (status pers).
    A night twice in the series is an error; a night before the dwangsom applied raises
    :class:`~asielketen.errors.ParameterNotValidError`. Nights missing between the first and the
    last are listed in :attr:`Dwangsom.ontbrekende_nachten` and explained, never counted as nights
    without forfeiture. ``al_verbeurd`` is in whole cents (``Decimal("0.001")`` is refused).
    """
    al = _eerder_verbeurd(al_verbeurd)
    gesorteerd = sorted(nachten, key=lambda n: n.datum)
    ontbrekend: list[date] = []
    for a, b in itertools.pairwise(gesorteerd):
        if a.datum == b.datum:
            raise InvalidInputError("nachten", a.datum.isoformat(), bericht("opvang.fout.nacht_dubbel"))
        ontbrekend += (a.datum + timedelta(days=i) for i in range(1, (b.datum - a.datum).days))
    p_max = parameter(BESTAND, "opvang.ter_apel.maximum")
    p_bedrag = parameter(BESTAND, "opvang.ter_apel.dwangsom_per_nacht")
    p_cap = parameter(BESTAND, "opvang.ter_apel.dwangsom_maximum")
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    totaal = al
    per_nacht: list[DwangsomNacht] = []
    bereikt: date | None = None
    cap = p_cap.op(gesorteerd[0].datum) if gesorteerd else p_cap.waarden[-1].waarde
    al_bereikt = al >= cap
    for n in gesorteerd:
        maximum = int(p_max.op(n.datum))
        cap = p_cap.op(n.datum)
        if al > cap:
            raise InvalidInputError(
                "al_verbeurd", al_verbeurd, bericht("opvang.fout.boven_maximum", maximum=str(cap))
            )
        bedrag = Decimal(0)
        if n.personen > maximum:
            bedrag = max(Decimal(0), min(p_bedrag.op(n.datum), cap - totaal))
            totaal += bedrag
            if bereikt is None and bedrag > 0 and totaal >= cap:
                bereikt = n.datum  # a night that forfeited, never one after the cap was reached
        per_nacht.append(DwangsomNacht(datum=n.datum, personen=n.personen, maximum=maximum, bedrag=bedrag))
    if gesorteerd:
        _stap_regel(rd, gesorteerd[0].datum, p_max, p_bedrag, p_cap)
    boven = sum(1 for n in per_nacht if n.personen > n.maximum)
    verbeurd = totaal - al
    if ontbrekend:
        _stap_ontbrekend(rd, ontbrekend, bereikt)
    rd.stap(
        _zin_al_bereikt(boven, len(per_nacht), al, cap)
        if al_bereikt
        else _zin_dwangsom(boven, len(per_nacht), verbeurd, al, totaal, bereikt),
        bron(_BRON_DWANGSOM),
        nachten_boven=boven,
        verbeurd=verbeurd,
    )
    return rd.uitkomst(
        Dwangsom(
            nachten=tuple(per_nacht),
            nachten_boven=boven,
            al_verbeurd=al,
            verbeurd=verbeurd,
            totaal=totaal,
            maximum=cap,
            maximum_bereikt_op=bereikt,
            ontbrekende_nachten=ontbrekend,
            maximum_al_bereikt=al_bereikt,
        )
    )


def _eerder_verbeurd(al_verbeurd: object) -> Decimal:
    """``al_verbeurd`` as a Decimal: a whole number or a finite Decimal in whole cents, not negative."""
    if isinstance(al_verbeurd, int) and not isinstance(al_verbeurd, bool):
        # bounded before Decimal() converts it (quadratic in its digits)
        return Decimal(
            geheel_getal("al_verbeurd", al_verbeurd, reden=lambda: bericht("opvang.fout.bedrag_negatief"))
        )
    van_soort("al_verbeurd", al_verbeurd, Decimal, reden=lambda: bericht("opvang.fout.bedrag"))
    euro = bedrag("al_verbeurd", al_verbeurd, reden=lambda: bericht("opvang.fout.bedrag_negatief"))
    t = euro.as_tuple()
    assert isinstance(t.exponent, int)  # finite
    if t.exponent < -2 and any(t.digits[t.exponent + 2 :]):
        raise InvalidInputError("al_verbeurd", al_verbeurd, bericht("opvang.fout.centen"))
    return euro


def reeksen(nachten: Sequence[date]) -> Bericht:
    """Consecutive dates as ranges, in every language (``2025-06-03, 2025-06-05 t/m 2025-06-07``)."""
    delen: list[Bericht] = []
    begin = vorige = nachten[0]
    for dag in [*nachten[1:], None]:
        if dag is not None and dag == vorige + timedelta(days=1):
            vorige = dag
            continue
        delen.append(
            letterlijk(begin.isoformat())
            if begin == vorige
            else bericht("opvang.stap.nachten_reeks", van=begin, tot=vorige)
        )
        if dag is not None:
            begin = vorige = dag
    return samengevoegd(delen, letterlijk(", "))


def _stap_ontbrekend(rd: Redenering, ontbrekend: Sequence[date], bereikt: date | None) -> None:
    """The step on the nights without a count: unknown, not "no forfeiture"; the amount is a lower bound."""
    nachten = reeksen(ontbrekend)
    zin = (
        bericht("opvang.stap.dwangsom_ontbrekend_bereikt", aantal=len(ontbrekend), nachten=nachten)
        if bereikt is not None and ontbrekend[0] < bereikt
        else bericht("opvang.stap.dwangsom_ontbrekend", aantal=len(ontbrekend), nachten=nachten)
    )
    rd.stap(zin, bron(_BRON_DWANGSOM), ontbrekende_nachten=len(ontbrekend))


def _zin_al_bereikt(boven: int, nachten: int, al: Decimal, cap: Decimal) -> Bericht:
    """The sentence when the cap was reached before the series: no night of it reached the cap."""
    return bericht(
        "opvang.stap.dwangsom_al_bereikt", boven=boven, nachten=nachten, eerder=str(al), maximum=str(cap)
    )


def _stap_regel(
    rd: Redenering, eerste: date, p_max: Parameter[Any], p_bedrag: Parameter[Any], p_cap: Parameter[Any]
) -> None:
    """The step stating the rule (maximum, amount per night, cap) in force on the first night."""
    g_max, g_bedrag, g_cap = (p.geldigheid_op(eerste) for p in (p_max, p_bedrag, p_cap))
    rd.stap(
        bericht(
            "opvang.stap.dwangsom_regel",
            maximum=g_max.waarde,
            per_nacht=str(g_bedrag.waarde),
            plafond=str(g_cap.waarde),
        ),
        g_max.bron,
        g_bedrag.bron,
        g_cap.bron,
        maximum=g_max.waarde,
        per_nacht=g_bedrag.waarde,
        plafond=g_cap.waarde,
    )


def _zin_dwangsom(
    boven: int, nachten: int, verbeurd: Decimal, al: Decimal, totaal: Decimal, bereikt: date | None
) -> Bericht:
    """The sentence on a series of nights; amounts as ``str(Decimal)``, as before the catalogue."""
    if al and bereikt is not None:
        return bericht(
            "opvang.stap.dwangsom_eerder_bereikt",
            boven=boven,
            nachten=nachten,
            verbeurd=str(verbeurd),
            eerder=str(al),
            totaal=str(totaal),
            bereikt=bereikt,
        )
    if al:
        return bericht(
            "opvang.stap.dwangsom_eerder",
            boven=boven,
            nachten=nachten,
            verbeurd=str(verbeurd),
            eerder=str(al),
            totaal=str(totaal),
        )
    if bereikt is not None:
        return bericht(
            "opvang.stap.dwangsom_bereikt",
            boven=boven,
            nachten=nachten,
            verbeurd=str(verbeurd),
            bereikt=bereikt,
        )
    return bericht("opvang.stap.dwangsom", boven=boven, nachten=nachten, verbeurd=str(verbeurd))


publiceer_hier(globals())  # the package's public names defined here: asielketen.opvang.<name>
