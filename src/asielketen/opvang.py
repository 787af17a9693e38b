"""Opvang capacity: locations, bestuursovereenkomsten, occupancy, Ter Apel and shortage scenarios.

A :class:`Locatie` is a reception location of a :class:`Locatiesoort` in a gemeente; its capacity
and term are fixed by one or more :class:`Bestuursovereenkomst` en between the COA and the gemeente
(DOMAIN.md §5). Outside every agreement a location contributes nothing. From the locations the
library derives, at a peildatum:

* :func:`overzicht` — capacity, occupancy, places short (people above the agreement) and free places
  per location, gemeente, province and nationally; placing above an agreement is always flagged,
  with the minister's condition "als dit beheersbaar en veilig kan" (AenM-2026-03-26) as source;
* :func:`toets_bezetting` — every occupancy count against the agreement in force on its date;
* :func:`realisaties` and :func:`duurzame_locaties` — the realised places per gemeente
  (:class:`asielketen.spreidingswet.Realisatie`) and the durable places (Besluit art. 1.1, 3.1) for
  the Spreidingswet;
* :func:`dwangsom_ter_apel` — the dwangsom owed over a series of nightly counts in Ter Apel
  (above 2,000: €50,000 per night, at most €5 million; status pers);
* :func:`tekortverloop` — the shortage of a :class:`Scenario` (a dated series of need, with
  locations opening and agreements ending) over time and per province; :func:`referentiescenario`
  ships the minister's figures of 26 March 2026 (4,500 short term, 7,900 by the end of summer).

All functions are pure: same inputs, same result; no clock. User data is read with
:func:`lees_locaties`, :func:`lees_bezetting` and :func:`lees_nachten`, which report every bad row
at once in a :class:`~asielketen.errors.StructureError`.

>>> from datetime import date
>>> from asielketen.periods import Periode
>>> azc = Locatie(id="azc-1", naam="azc Voorbeeld", soort=Locatiesoort.AZC, gemeentecode="GM0363",
...               overeenkomsten=[Bestuursovereenkomst(periode=Periode(date(2024, 1, 1), date(2034, 1, 1)),
...                                                    capaciteit=400)])
>>> o = overzicht([azc], date(2026, 4, 1),
...               bezettingen=[Bezetting(locatie_id="azc-1", datum=date(2026, 4, 1), personen=430)]).waarde
>>> o.capaciteit, o.bezetting, o.tekort, o.gemeenten[0].duurzaam
(400, 430, 30, 400)
>>> o.signaleringen[0].boven
30
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from attrs import Attribute, evolve, field, frozen
from dateutil.relativedelta import relativedelta

from . import _bestanden
from ._validation import geheel_getal
from .bronregister import bron, bronnen_versie
from .errors import InvalidInputError, InvalidPeriodError, StructureError
from .explain import Redenering, Uitkomst
from .gebied import Gemeente, Register, register
from .parameters import parameter, parameterversie
from .periods import Periode, as_date
from .serialization import structure
from .sources import Brief, Bron
from .spreidingswet import DuurzameLocatie, Realisatie
from .taal import Bericht, als_bericht, bericht, letterlijk

__all__ = [
    "BESTAND",
    "LANDELIJK",
    "REALISATIE_SOORTEN",
    "Behoefte",
    "Bestuursovereenkomst",
    "Bezetting",
    "Bezettingstoets",
    "Dwangsom",
    "DwangsomNacht",
    "GebiedTekort",
    "GemeenteOpvang",
    "Locatie",
    "LocatieStand",
    "Locatiesoort",
    "Nachttelling",
    "Opvangoverzicht",
    "ProvincieOpvang",
    "Scenario",
    "Tekortpunt",
    "Tekortverloop",
    "duurzame_locaties",
    "dwangsom_ter_apel",
    "lees_bezetting",
    "lees_locaties",
    "lees_nachten",
    "opvang_gemeente",
    "overzicht",
    "realisaties",
    "referentiescenario",
    "tekort_op",
    "tekortverloop",
    "toets_bezetting",
]

BESTAND = "opvang.json"
"""The shipped parameter file of this module."""

LANDELIJK = "NL"
"""The area code of a national (not per-province) need in a :class:`Scenario`."""

_BRON_BOVEN = "AenM-2026-03-26"
_BRON_DUURZAAM = "aanname.opvang.duurzaam-overeenkomst"
_BRON_REALISATIE = "aanname.opvang.realisatie-soorten"
_BRON_TEKORT = "aanname.opvang.tekort-per-gebied"


# -- kinds of location ---------------------------------------------------------------------------


class Locatiesoort(enum.Enum):
    """The kind of a reception location (DOMAIN.md §5); each kind has an omschrijving and a source.

    Serialised by value (``"azc"``, ``"amv-opvang"`` …). :attr:`bron` gives the source where the
    kind is named; :attr:`bijzonder` is true for opvangplaatsen van bijzondere aard (Besluit art. 3.1
    lid 2 sets their minimum size at 16 instead of 100).
    """

    AZC = "azc"
    """Regular asielzoekerscentrum of the COA (source: VNG-2026-05-13, on riots at azc's)."""
    NOODOPVANG = "noodopvang"
    """Temporary emergency reception, "als overbrugging naar reguliere locaties" (AenM-2026-03-26)."""
    CRISISNOODOPVANG = "crisisnoodopvang"
    """Crisis emergency reception by gemeenten or veiligheidsregio's (aanname: no source read)."""
    SPOEDNOODOPVANG = "spoednoodopvang"
    """"Acuut inzetbare spoednoodopvang" the minister asks every gemeente for (AenM-2026-03-26)."""
    PAVILJOEN = "paviljoen"
    """Temporary pavilion units (aanname: no source read)."""
    HOTEL = "hotel"
    """Hotels where the COA places (nagereisde) statushouders (AenM-2026-03-26)."""
    DOORSTROOMLOCATIE = "doorstroomlocatie"
    """Alternative housing for statushouders leaving the opvang (AenM-2026-03-26)."""
    AANMELDCENTRUM = "aanmeldcentrum"
    """Aanmeldvoorziening for the application process, such as Ter Apel (Besluit art. 1.1)."""
    AMV_OPVANG = "amv-opvang"
    """Places for alleenstaande minderjarige vreemdelingen (Besluit art. 2.2 lid 1)."""
    BIJZONDERE_AARD = "bijzondere-aard"
    """Opvangplaatsen van bijzondere aard: special guidance needed (Besluit art. 1.1)."""

    @property
    def omschrijving(self) -> Bericht:
        """A short description of the kind, in every language (``str()``: the current language)."""
        return _SOORTEN[self][0]()

    @property
    def bron_id(self) -> str:
        """The id of the source that names this kind, in the source registry."""
        return _SOORTEN[self][1]

    @property
    def bron(self) -> Bron:
        """The source that names this kind (read from the registry)."""
        return bron(self.bron_id)

    @property
    def bijzonder(self) -> bool:
        """True for opvangplaatsen van bijzondere aard (minimum size 16, Besluit art. 3.1 lid 2)."""
        return self is Locatiesoort.BIJZONDERE_AARD


_SOORTEN: dict[Locatiesoort, tuple[Callable[[], Bericht], str]] = {
    Locatiesoort.AZC: (lambda: bericht("opvang.soort.azc"), "VNG-2026-05-13"),
    Locatiesoort.NOODOPVANG: (lambda: bericht("opvang.soort.noodopvang"), "AenM-2026-03-26"),
    Locatiesoort.CRISISNOODOPVANG: (
        lambda: bericht("opvang.soort.crisisnoodopvang"),
        "aanname.opvang.locatiesoorten",
    ),
    Locatiesoort.SPOEDNOODOPVANG: (lambda: bericht("opvang.soort.spoednoodopvang"), "AenM-2026-03-26"),
    Locatiesoort.PAVILJOEN: (lambda: bericht("opvang.soort.paviljoen"), "aanname.opvang.locatiesoorten"),
    Locatiesoort.HOTEL: (lambda: bericht("opvang.soort.hotel"), "AenM-2026-03-26"),
    Locatiesoort.DOORSTROOMLOCATIE: (lambda: bericht("opvang.soort.doorstroomlocatie"), "AenM-2026-03-26"),
    Locatiesoort.AANMELDCENTRUM: (
        lambda: bericht("opvang.soort.aanmeldcentrum"),
        "besluit-spreidingswet.art1.1",
    ),
    Locatiesoort.AMV_OPVANG: (
        lambda: bericht("opvang.soort.amv_opvang"),
        "besluit-spreidingswet.art2.2.lid1",
    ),
    Locatiesoort.BIJZONDERE_AARD: (
        lambda: bericht("opvang.soort.bijzondere_aard"),
        "besluit-spreidingswet.art1.1",
    ),
}

REALISATIE_SOORTEN: frozenset[Locatiesoort] = frozenset(Locatiesoort) - {Locatiesoort.DOORSTROOMLOCATIE}
"""The kinds that count as realised places for the Spreidingswet by default (an aanname)."""


# -- validators ----------------------------------------------------------------------------------


def _check_aantal(_: object, attribute: Attribute[Any], value: object) -> None:
    geheel_getal(attribute.name, value, reden=bericht("opvang.fout.aantal"))


def _check_tekst(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(attribute.name, value, bericht("opvang.fout.leeg"))


def _check_gemeentecode(_: object, attribute: Attribute[Any], value: object) -> None:
    if not (isinstance(value, str) and len(value) == 6 and value.startswith("GM") and value[2:].isdigit()):
        raise InvalidInputError(attribute.name, value, bericht("opvang.fout.gemeentecode"))


def _check_periode(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, Periode):
        raise InvalidPeriodError(attribute.name, value, bericht("opvang.fout.periode"))


def _check_soort(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, Locatiesoort):
        raise InvalidInputError(
            attribute.name,
            value,
            bericht("opvang.fout.soort", soorten=", ".join(s.value for s in Locatiesoort)),
        )


# -- entities ------------------------------------------------------------------------------------


@frozen(kw_only=True)
class Bestuursovereenkomst:
    """An agreement between COA and gemeente that fixes a location's capacity and term."""

    periode: Periode = field(validator=_check_periode)
    """The term (half-open; ``tot=None`` when it has no end date)."""
    capaciteit: int = field(validator=_check_aantal)
    """The number of places agreed."""
    kenmerk: str | None = None
    """The agreement's reference, where the user knows it."""


def _van(o: Bestuursovereenkomst) -> date:
    return o.periode.van


def _sorted_overeenkomsten(values: Iterable[Bestuursovereenkomst]) -> tuple[Bestuursovereenkomst, ...]:
    return tuple(sorted(values, key=lambda o: o.periode.van))


@frozen(kw_only=True)
class Locatie:
    """A reception location: kind, gemeente and its bestuursovereenkomsten (which may not overlap)."""

    id: str = field(validator=_check_tekst)
    """The user's identifier of the location (unique within one data set)."""
    naam: str = field(validator=_check_tekst)
    """The location's name."""
    soort: Locatiesoort = field(validator=_check_soort)
    """The kind of location."""
    gemeentecode: str = field(validator=_check_gemeentecode)
    """The gemeente it lies in (checked against the register by every rule)."""
    overeenkomsten: tuple[Bestuursovereenkomst, ...] = field(converter=_sorted_overeenkomsten)
    """The agreements, sorted by start date; at most one applies on any day."""

    @overeenkomsten.validator
    def _check_overlap(self, _: Attribute[Any], value: tuple[Bestuursovereenkomst, ...]) -> None:
        for a, b in itertools.pairwise(value):
            if a.periode.overlapt(b.periode):
                raise InvalidInputError(
                    f"{self.id}.overeenkomsten",
                    str(b.periode),
                    bericht("opvang.fout.overlap", periode=str(a.periode)),
                )

    def overeenkomst_op(self, dag: date) -> Bestuursovereenkomst | None:
        """The agreement in force on ``dag``, or ``None`` (the location then has no capacity)."""
        dag = as_date(dag, "dag")
        for o in self.overeenkomsten:
            if o.periode.bevat(dag):
                return o
        return None

    def capaciteit_op(self, dag: date) -> int:
        """The agreed capacity on ``dag``; 0 outside every agreement's term."""
        dag = as_date(dag, "dag")
        o = self.overeenkomst_op(dag)
        return 0 if o is None else o.capaciteit

    def beschikbaar_op(self, dag: date) -> Periode | None:
        """The uninterrupted availability around ``dag``: agreements that follow each other without
        a gap taken together; ``None`` when no agreement applies on ``dag``."""
        dag = as_date(dag, "dag")
        ovs = self.overeenkomsten
        i = next((k for k, o in enumerate(ovs) if o.periode.bevat(dag)), None)
        if i is None:
            return None
        j = i
        while j > 0 and ovs[j - 1].periode.tot == ovs[j].periode.van:
            j -= 1
        k = i
        while (
            k + 1 < len(ovs)
            and ovs[k].periode.tot is not None
            and ovs[k + 1].periode.van == ovs[k].periode.tot
        ):
            k += 1
        return Periode(ovs[j].periode.van, ovs[k].periode.tot)

    def duurzaam_op(self, dag: date, min_jaren: int) -> bool:
        """True when, on ``dag``, at least ``min_jaren`` years of availability remain (or it has no end).

        The years are counted from the later of ``dag`` and the start of the uninterrupted availability
        around it (:meth:`beschikbaar_op`), not from that start: a location with one month of its
        agreements left is not duurzaam, however long it has run. This is the measure of
        :func:`asielketen.spreidingswet.aftrek_duurzaam` (five years from the later of the raming date
        and the start).
        """
        dag = as_date(dag, "dag")
        p = self.beschikbaar_op(dag)
        if p is None:
            return False
        if p.tot is None:
            return True
        return max(p.van, dag) + relativedelta(years=min_jaren) <= p.tot

    @property
    def wijzigingsdata(self) -> tuple[date, ...]:
        """Every date on which the location's capacity may change (agreement starts and ends)."""
        data = {o.periode.van for o in self.overeenkomsten}
        data |= {o.periode.tot for o in self.overeenkomsten if o.periode.tot is not None}
        return tuple(sorted(data))


@frozen(kw_only=True)
class Bezetting:
    """The number of people in a location on a date (a count)."""

    locatie_id: str = field(validator=_check_tekst)
    """The location counted."""
    datum: date
    """The date of the count."""
    personen: int = field(validator=_check_aantal)
    """The number of people present."""


@frozen(kw_only=True)
class Nachttelling:
    """The number of people who spent a night in the aanmeldcentrum Ter Apel."""

    datum: date
    """The date on which the night starts."""
    personen: int = field(validator=_check_aantal)
    """The number of people that night."""


# -- results: overview ---------------------------------------------------------------------------


@frozen(kw_only=True)
class LocatieStand:
    """One location at the peildatum."""

    locatie_id: str
    """The location."""
    naam: str
    """Its name."""
    soort: Locatiesoort
    """Its kind."""
    gemeentecode: str
    """Its gemeente."""
    capaciteit: int
    """The capacity of the agreement in force (0 when none applies)."""
    in_overeenkomst: bool
    """False when no agreement applies on the peildatum: the location contributes nothing."""
    duurzaam: bool
    """True when it is available for at least the minimum number of years (Besluit art. 1.1)."""
    bezetting: int | None
    """The latest count on or before the peildatum within the current agreement, if any."""
    bezetting_datum: date | None
    """The date of that count."""
    tekort: int
    """People above the agreement: ``max(0, bezetting − capaciteit)`` (0 without a count)."""
    vrij: int
    """Free places: ``max(0, capaciteit − bezetting)`` (0 without a count)."""


@frozen(kw_only=True)
class GemeenteOpvang:
    """Capacity, occupancy and shortage of the locations in one gemeente at the peildatum."""

    gemeentecode: str
    """The gemeente."""
    gemeentenaam: str
    """Its name."""
    provinciecode: str
    """Its province."""
    locaties: int
    """Locations with an agreement in force."""
    capaciteit: int
    """Σ capacity of the agreements in force."""
    bezetting: int
    """Σ of the counts known (see ``zonder_telling``)."""
    zonder_telling: int
    """Locations in an agreement without a count: their occupancy is unknown, not zero."""
    tekort: int
    """Σ people above the agreement, per location (a free place elsewhere does not offset it)."""
    vrij: int
    """Σ free places of the counted locations."""
    duurzaam: int
    """Durable places that meet the minimum size per gemeente (Besluit art. 3.1)."""
    realisatie: int
    """Places that count as realised for the Spreidingswet (kinds per aanname)."""


@frozen(kw_only=True)
class ProvincieOpvang:
    """The sums of a province's gemeenten."""

    provinciecode: str
    """The province."""
    provincienaam: str
    """Its name."""
    locaties: int
    """Locations with an agreement in force."""
    capaciteit: int
    """Σ capacity."""
    bezetting: int
    """Σ counts known."""
    zonder_telling: int
    """Locations without a count."""
    tekort: int
    """Σ people above the agreements."""
    vrij: int
    """Σ free places."""
    duurzaam: int
    """Σ durable places of its gemeenten."""
    realisatie: int
    """Σ realised places for the Spreidingswet."""


@frozen(kw_only=True)
class Opvangoverzicht:
    """Capacity, occupancy and shortage at a peildatum per location, gemeente, province and in total."""

    peildatum: date
    """The reference date."""
    locaties: tuple[LocatieStand, ...]
    """Every location given, sorted by gemeente and id."""
    gemeenten: tuple[GemeenteOpvang, ...]
    """Every gemeente with a location, sorted by code."""
    provincies: tuple[ProvincieOpvang, ...]
    """Every province with a location, sorted by code."""
    signaleringen: tuple[Bezettingstoets, ...]
    """The locations placed above their agreement at the peildatum — never passed silently."""

    @property
    def capaciteit(self) -> int:
        """National capacity."""
        return sum(p.capaciteit for p in self.provincies)

    @property
    def bezetting(self) -> int:
        """National occupancy (counts known)."""
        return sum(p.bezetting for p in self.provincies)

    @property
    def tekort(self) -> int:
        """National number of people above the agreements."""
        return sum(p.tekort for p in self.provincies)

    @property
    def vrij(self) -> int:
        """National number of free places at counted locations."""
        return sum(p.vrij for p in self.provincies)


@frozen(kw_only=True)
class Bezettingstoets:
    """One count against the agreement in force on its date."""

    locatie_id: str
    """The location."""
    datum: date
    """The date of the count."""
    personen: int
    """The count."""
    capaciteit: int
    """The agreed capacity on that date."""
    boven: int
    """``max(0, personen − capaciteit)``: placed above the bestuursovereenkomst."""

    @property
    def boven_overeenkomst(self) -> bool:
        """True when more people are placed than the agreement allows."""
        return self.boven > 0


# -- results: Ter Apel ---------------------------------------------------------------------------


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
    """The night on which the cap was reached, if it was."""


# -- results: scenarios --------------------------------------------------------------------------


@frozen(kw_only=True)
class Behoefte:
    """A need for places from a date on (a step): nationally or for one province."""

    vanaf: date
    """From this date the need is ``plaatsen`` (until the next step of the same area)."""
    plaatsen: int = field(validator=_check_aantal)
    """The number of places needed."""
    gebied: str = field(default=LANDELIJK)
    """``"NL"`` for a national need, or a province code (``"PV20"``)."""

    @gebied.validator
    def _check_gebied(self, attribute: Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not (
            value == LANDELIJK or (len(value) == 4 and value.startswith("PV") and value[2:].isdigit())
        ):
            raise InvalidInputError(attribute.name, value, bericht("opvang.fout.gebied"))


def _sorted_behoefte(values: Iterable[Behoefte]) -> tuple[Behoefte, ...]:
    return tuple(sorted(values, key=lambda b: (b.gebied, b.vanaf)))


def _tuple_locaties(values: Iterable[Locatie]) -> tuple[Locatie, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Scenario:
    """A dated series of need, and the locations whose agreements make the capacity over time.

    The need is either national (every step ``gebied="NL"``) or per province (no ``"NL"``);
    locations opening and agreements ending are the starts and ends of their agreements.
    """

    naam: str = field(validator=_check_tekst)
    """The scenario's name."""
    behoefte: tuple[Behoefte, ...] = field(converter=_sorted_behoefte)
    """The steps of need, sorted by area and date."""
    locaties: tuple[Locatie, ...] = field(default=(), converter=_tuple_locaties)
    """The locations counted as capacity."""
    bron: str | None = None
    """The id (in the source registry) of the source of the figures, if any."""
    toelichting: Bericht = field(default=letterlijk(""), converter=als_bericht)
    """What the scenario assumes, for the reader, in every language (a plain string is taken as
    the same text in every language)."""

    @behoefte.validator
    def _check_behoefte(self, _: Attribute[Any], value: tuple[Behoefte, ...]) -> None:
        if not value:
            raise InvalidInputError("behoefte", value, bericht("opvang.fout.behoefte_leeg"))
        gebieden = {b.gebied for b in value}
        if LANDELIJK in gebieden and len(gebieden) > 1:
            raise InvalidInputError("behoefte", sorted(gebieden), bericht("opvang.fout.door_elkaar"))
        for a, b in itertools.pairwise(value):
            if (a.gebied, a.vanaf) == (b.gebied, b.vanaf):
                raise InvalidInputError(
                    "behoefte", f"{b.gebied} {b.vanaf.isoformat()}", bericht("opvang.fout.zelfde_datum")
                )

    @property
    def landelijk(self) -> bool:
        """True when the need is national."""
        return self.behoefte[0].gebied == LANDELIJK

    @property
    def gebieden(self) -> tuple[str, ...]:
        """The areas with a need, sorted."""
        return tuple(sorted({b.gebied for b in self.behoefte}))

    def behoefte_op(self, dag: date, gebied: str = LANDELIJK) -> int | None:
        """The need in ``gebied`` on ``dag``; ``None`` before its first step."""
        dag = as_date(dag, "dag")
        waarde = None
        for b in self.behoefte:
            if b.gebied == gebied and b.vanaf <= dag:
                waarde = b.plaatsen
        return waarde

    def met_locaties(self, *locaties: Locatie) -> Scenario:
        """A copy with more locations (e.g. new spoednoodopvang opening)."""
        return evolve(self, locaties=(*self.locaties, *locaties))


@frozen(kw_only=True)
class GebiedTekort:
    """Need, capacity and shortage of one area (``"NL"`` or a province) on a date."""

    gebied: str
    """``"NL"`` or a province code."""
    behoefte: int
    """Places needed."""
    capaciteit: int
    """Places under agreement."""
    tekort: int
    """``max(0, behoefte − capaciteit)``."""
    overschot: int
    """``max(0, capaciteit − behoefte)``."""


@frozen(kw_only=True)
class Tekortpunt:
    """The scenario on one date: per area and the sums."""

    datum: date
    """The date."""
    gebieden: tuple[GebiedTekort, ...]
    """Per area, sorted."""

    @property
    def behoefte(self) -> int:
        """Σ need."""
        return sum(g.behoefte for g in self.gebieden)

    @property
    def capaciteit(self) -> int:
        """Σ capacity."""
        return sum(g.capaciteit for g in self.gebieden)

    @property
    def tekort(self) -> int:
        """Σ of the areas' shortages (a surplus in one province does not offset another's shortage)."""
        return sum(g.tekort for g in self.gebieden)


@frozen(kw_only=True)
class Tekortverloop:
    """The shortage of a scenario over a period: a step function, given at every change date."""

    scenario: str
    """The scenario's name."""
    periode: Periode
    """The period evaluated."""
    punten: tuple[Tekortpunt, ...]
    """The start of the period and every date within it on which need or capacity changes."""
    plaatsdagen: int
    """Σ shortage × days over the period (place-days short; ADR 0006)."""

    @property
    def hoogste(self) -> Tekortpunt:
        """The first point with the highest shortage."""
        return max(self.punten, key=lambda p: p.tekort)


# -- helpers -------------------------------------------------------------------------------------


def _controleer(
    locaties: Sequence[Locatie], bezettingen: Sequence[Bezetting], r: Register, veld: str = "locaties"
) -> None:
    """Raise one StructureError listing every location or count that does not fit."""
    fouten: list[Bericht] = []
    codes = {g.code for g in r.gemeenten}
    per_id: dict[str, Locatie] = {}
    for i, loc in enumerate(locaties):
        if not isinstance(loc, Locatie):
            fouten.append(bericht("opvang.fout.geen_locatie", i=i, waarde=repr(loc)))
            continue
        if loc.gemeentecode not in codes:
            fouten.append(
                bericht(
                    "opvang.fout.onbekende_gemeentecode", locatie=repr(loc.id), code=repr(loc.gemeentecode)
                )
            )
        if loc.id in per_id:
            fouten.append(bericht("opvang.fout.dubbele_locatie", locatie=repr(loc.id)))
        per_id[loc.id] = loc
    gezien: set[tuple[str, date]] = set()
    for i, b in enumerate(bezettingen):
        loc_ = per_id.get(b.locatie_id)
        if loc_ is None:
            fouten.append(bericht("opvang.fout.bezetting_onbekend", i=i, locatie=repr(b.locatie_id)))
            continue
        if loc_.overeenkomst_op(b.datum) is None:
            fouten.append(
                bericht("opvang.fout.bezetting_buiten", i=i, locatie=repr(b.locatie_id), datum=b.datum)
            )
        if (b.locatie_id, b.datum) in gezien:
            fouten.append(
                bericht("opvang.fout.bezetting_dubbel", i=i, locatie=repr(b.locatie_id), datum=b.datum)
            )
        gezien.add((b.locatie_id, b.datum))
    if fouten:
        raise StructureError(veld, len(locaties), fouten)


def _duurzaam_per_gemeente(
    standen: Sequence[LocatieStand], min_reg: int, min_bijz: int, soorten: frozenset[Locatiesoort]
) -> dict[str, int]:
    som: dict[tuple[str, bool], int] = {}
    for s in standen:
        if s.duurzaam and s.soort in soorten:
            key = (s.gemeentecode, s.soort.bijzonder)
            som[key] = som.get(key, 0) + s.capaciteit
    result: dict[str, int] = {}
    for (code, bijzonder), plaatsen in som.items():
        if plaatsen >= (min_bijz if bijzonder else min_reg):
            result[code] = result.get(code, 0) + plaatsen
    return result


def _soorten(soorten: Iterable[Locatiesoort] | None) -> frozenset[Locatiesoort]:
    if soorten is None:
        return REALISATIE_SOORTEN
    result = frozenset(soorten)
    for s in result:
        if not isinstance(s, Locatiesoort):
            raise InvalidInputError("soorten", s, bericht("opvang.fout.geen_locatiesoort"))
    return result


# -- rules: overview and occupancy ---------------------------------------------------------------


def overzicht(
    locaties: Sequence[Locatie],
    peildatum: date,
    *,
    bezettingen: Sequence[Bezetting] = (),
    soorten: Iterable[Locatiesoort] | None = None,
    reg: Register | None = None,
) -> Uitkomst[Opvangoverzicht]:
    """Capacity, occupancy, shortage and durable places at ``peildatum``, per location, gemeente and province.

    A location contributes only through the agreement in force on the peildatum. Its occupancy is
    the latest count on or before the peildatum within that agreement; a location without a count
    is reported (``zonder_telling``), never counted as empty. Placing above the agreement is flagged
    with the minister's condition (AenM-2026-03-26). ``soorten`` are the kinds that count as
    realised for the Spreidingswet (default: every kind except doorstroomlocatie, an aanname).
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    telt = _soorten(soorten)
    _controleer(locaties, bezettingen, r)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, parameterversie(BESTAND), bronnen_versie())
    min_jaren = parameter(BESTAND, "opvang.duurzaam.min_jaren").geldigheid_op(peildatum)
    min_reg = parameter(BESTAND, "opvang.duurzaam.min_plaatsen_regulier").geldigheid_op(peildatum)
    min_bijz = parameter(BESTAND, "opvang.duurzaam.min_plaatsen_bijzonder").geldigheid_op(peildatum)
    tellingen: dict[str, list[Bezetting]] = {}
    for b in bezettingen:
        tellingen.setdefault(b.locatie_id, []).append(b)
    standen: list[LocatieStand] = []
    for loc in sorted(locaties, key=lambda x: (x.gemeentecode, x.id)):
        ov = loc.overeenkomst_op(peildatum)
        telling = None
        if ov is not None:
            binnen = [
                b for b in tellingen.get(loc.id, ()) if b.datum <= peildatum and ov.periode.bevat(b.datum)
            ]
            telling = max(binnen, key=lambda b: b.datum, default=None)
        cap = 0 if ov is None else ov.capaciteit
        bez = None if telling is None else telling.personen
        standen.append(
            LocatieStand(
                locatie_id=loc.id,
                naam=loc.naam,
                soort=loc.soort,
                gemeentecode=loc.gemeentecode,
                capaciteit=cap,
                in_overeenkomst=ov is not None,
                duurzaam=loc.duurzaam_op(peildatum, int(min_jaren.waarde)),
                bezetting=bez,
                bezetting_datum=None if telling is None else telling.datum,
                tekort=0 if bez is None else max(0, bez - cap),
                vrij=0 if bez is None else max(0, cap - bez),
            )
        )
    actief = [s for s in standen if s.in_overeenkomst]
    buiten = [s.locatie_id for s in standen if not s.in_overeenkomst]
    rd.stap(
        bericht(
            "opvang.stap.overeenkomsten_buiten",
            peildatum=peildatum,
            actief=len(actief),
            totaal=len(standen),
            buiten=f"{', '.join(buiten[:10])}{' …' if len(buiten) > 10 else ''}",
        )
        if buiten
        else bericht(
            "opvang.stap.overeenkomsten", peildatum=peildatum, actief=len(actief), totaal=len(standen)
        ),
        bron(_BRON_BOVEN),
        capaciteit=sum(s.capaciteit for s in actief),
    )
    zonder = [s.locatie_id for s in actief if s.bezetting is None]
    if zonder:
        rd.stap(
            bericht(
                "opvang.stap.zonder_telling",
                aantal=len(zonder),
                locaties=", ".join(zonder[:10]) + (" …" if len(zonder) > 10 else ""),
            ),
            bron(_BRON_BOVEN),
        )
    signaleringen = tuple(
        Bezettingstoets(
            locatie_id=s.locatie_id,
            datum=s.bezetting_datum,
            personen=s.bezetting,
            capaciteit=s.capaciteit,
            boven=s.tekort,
        )
        for s in actief
        if s.bezetting is not None and s.bezetting_datum is not None and s.tekort > 0
    )
    for sig in signaleringen:
        rd.stap(_zin_boven(sig), bron(_BRON_BOVEN), personen=sig.personen, capaciteit=sig.capaciteit)
    rd.stap(
        bericht(
            "opvang.stap.duurzaam",
            peildatum=peildatum,
            jaren=min_jaren.waarde,
            regulier=min_reg.waarde,
            bijzonder=min_bijz.waarde,
        ),
        min_jaren.bron,
        min_reg.bron,
        min_bijz.bron,
        bron(_BRON_DUURZAAM),
    )
    duurzaam = _duurzaam_per_gemeente(standen, int(min_reg.waarde), int(min_bijz.waarde), telt)
    rd.stap(
        bericht("opvang.stap.realisatie_soorten", soorten=", ".join(sorted(s.value for s in telt))),
        bron("spreidingswet.art6"),
        bron(_BRON_REALISATIE),
    )
    gemeenten: list[GemeenteOpvang] = []
    for code, groep_ in itertools.groupby(standen, key=lambda s: s.gemeentecode):
        groep = [s for s in groep_ if s.in_overeenkomst]
        g = r.gemeente(code)
        gemeenten.append(
            GemeenteOpvang(
                gemeentecode=code,
                gemeentenaam=g.naam,
                provinciecode=g.provinciecode,
                locaties=len(groep),
                capaciteit=sum(s.capaciteit for s in groep),
                bezetting=sum(s.bezetting or 0 for s in groep),
                zonder_telling=sum(1 for s in groep if s.bezetting is None),
                tekort=sum(s.tekort for s in groep),
                vrij=sum(s.vrij for s in groep),
                duurzaam=duurzaam.get(code, 0),
                realisatie=sum(s.capaciteit for s in groep if s.soort in telt),
            )
        )
    provincies: list[ProvincieOpvang] = []
    for pcode in sorted({g.provinciecode for g in gemeenten}):
        leden = [g for g in gemeenten if g.provinciecode == pcode]
        provincies.append(
            ProvincieOpvang(
                provinciecode=pcode,
                provincienaam=r.provincie(pcode).naam,
                locaties=sum(g.locaties for g in leden),
                capaciteit=sum(g.capaciteit for g in leden),
                bezetting=sum(g.bezetting for g in leden),
                zonder_telling=sum(g.zonder_telling for g in leden),
                tekort=sum(g.tekort for g in leden),
                vrij=sum(g.vrij for g in leden),
                duurzaam=sum(g.duurzaam for g in leden),
                realisatie=sum(g.realisatie for g in leden),
            )
        )
    result = Opvangoverzicht(
        peildatum=peildatum,
        locaties=tuple(standen),
        gemeenten=tuple(gemeenten),
        provincies=tuple(provincies),
        signaleringen=signaleringen,
    )
    rd.stap(
        bericht(
            "opvang.stap.landelijk",
            capaciteit=result.capaciteit,
            bezetting=result.bezetting,
            tekort=result.tekort,
            vrij=result.vrij,
        ),
        bron(_BRON_BOVEN),
        bron(_BRON_TEKORT),
    )
    return rd.uitkomst(result)


def _zin_boven(t: Bezettingstoets) -> Bericht:
    return bericht(
        "opvang.stap.boven",
        locatie=t.locatie_id,
        datum=t.datum,
        personen=t.personen,
        capaciteit=t.capaciteit,
        boven=t.boven,
    )


def toets_bezetting(
    locaties: Sequence[Locatie], bezettingen: Sequence[Bezetting], *, reg: Register | None = None
) -> Uitkomst[tuple[Bezettingstoets, ...]]:
    """Every count against the agreement in force on its date, sorted by location and date.

    A count dated outside every agreement of its location, an unknown location or a duplicate count
    is an error. Every count above the agreement gets a step citing the minister's condition that
    placing above bestuursovereenkomsten is allowed only where manageable and safe.
    """
    r = register() if reg is None else reg
    _controleer(locaties, bezettingen, r, veld="bezetting")
    per_id = {loc.id: loc for loc in locaties}
    rd = Redenering()
    rd.gebruikt(bronnen_versie())
    toetsen = tuple(
        Bezettingstoets(
            locatie_id=b.locatie_id,
            datum=b.datum,
            personen=b.personen,
            capaciteit=per_id[b.locatie_id].capaciteit_op(b.datum),
            boven=max(0, b.personen - per_id[b.locatie_id].capaciteit_op(b.datum)),
        )
        for b in sorted(bezettingen, key=lambda b: (b.locatie_id, b.datum))
    )
    boven = [t for t in toetsen if t.boven_overeenkomst]
    rd.stap(
        bericht("opvang.stap.getoetst", tellingen=len(toetsen), boven=len(boven)),
        bron(_BRON_BOVEN),
    )
    for t in boven:
        rd.stap(_zin_boven(t), bron(_BRON_BOVEN), personen=t.personen, capaciteit=t.capaciteit)
    return rd.uitkomst(toetsen)


def opvang_gemeente(
    gemeente: Gemeente | str,
    locaties: Sequence[Locatie],
    peildatum: date,
    *,
    bezettingen: Sequence[Bezetting] = (),
    reg: Register | None = None,
) -> Uitkomst[GemeenteOpvang]:
    """The opvang of one gemeente at ``peildatum`` (for the gemeente profile).

    Takes the locations of the data set (those elsewhere are ignored); a gemeente without a location
    gets a row of zeros, with a step that says so.
    """
    r = register() if reg is None else reg
    g = gemeente if isinstance(gemeente, Gemeente) else r.gemeente(gemeente)
    eigen = [loc for loc in locaties if isinstance(loc, Locatie) and loc.gemeentecode == g.code]
    ids = {loc.id for loc in eigen}
    u = overzicht(eigen, peildatum, bezettingen=[b for b in bezettingen if b.locatie_id in ids], reg=r)
    rd = Redenering()
    rd.voeg_toe(u)
    if u.waarde.gemeenten:
        return rd.uitkomst(u.waarde.gemeenten[0])
    rd.stap(bericht("opvang.stap.geen_locaties", gemeente=g.naam), bron(_BRON_BOVEN))
    return rd.uitkomst(
        GemeenteOpvang(
            gemeentecode=g.code,
            gemeentenaam=g.naam,
            provinciecode=g.provinciecode,
            locaties=0,
            capaciteit=0,
            bezetting=0,
            zonder_telling=0,
            tekort=0,
            vrij=0,
            duurzaam=0,
            realisatie=0,
        )
    )


# -- rules: Spreidingswet ------------------------------------------------------------------------


def realisaties(
    locaties: Sequence[Locatie],
    peildatum: date,
    *,
    soorten: Iterable[Locatiesoort] | None = None,
    reg: Register | None = None,
) -> Uitkomst[tuple[Realisatie, ...]]:
    """The places realised per gemeente at ``peildatum``, as Spreidingswet :class:`Realisatie` records.

    One record per gemeente that has a location of a counting kind; its places are the capacity of
    the agreements in force (0 when none applies). Feed them to :func:`asielketen.spreidingswet.stand`.
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    telt = _soorten(soorten)
    _controleer(locaties, (), r)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    som: dict[str, int] = {}
    for loc in locaties:
        if loc.soort in telt:
            som[loc.gemeentecode] = som.get(loc.gemeentecode, 0) + loc.capaciteit_op(peildatum)
    result = tuple(
        Realisatie(gemeentecode=code, peildatum=peildatum, plaatsen=som[code]) for code in sorted(som)
    )
    rd.stap(
        bericht(
            "opvang.stap.realisaties",
            peildatum=peildatum,
            soorten=", ".join(sorted(s.value for s in telt)),
            gemeenten=len(result),
            plaatsen=sum(som.values()),
        ),
        bron("spreidingswet.art6"),
        bron(_BRON_REALISATIE),
    )
    return rd.uitkomst(result)


def duurzame_locaties(
    locaties: Sequence[Locatie],
    peildatum: date,
    *,
    soorten: Iterable[Locatiesoort] | None = None,
    reg: Register | None = None,
) -> Uitkomst[tuple[DuurzameLocatie, ...]]:
    """Locations in an agreement on ``peildatum`` as Spreidingswet :class:`DuurzameLocatie` records.

    ``beschikbaar`` is the uninterrupted availability from the agreements; feed the records to
    :func:`asielketen.spreidingswet.aftrek_duurzaam`, which applies art. 2 lid 3 (five years from the
    raming, within twelve months) and the minimum size of Besluit art. 3.1.
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    telt = _soorten(soorten)
    _controleer(locaties, (), r)
    rd = Redenering()
    rd.gebruikt(bronnen_versie())
    result: list[DuurzameLocatie] = []
    for loc in sorted(locaties, key=lambda x: (x.gemeentecode, x.id)):
        beschikbaar = loc.beschikbaar_op(peildatum)
        if beschikbaar is None or loc.soort not in telt:
            continue
        result.append(
            DuurzameLocatie(
                gemeentecode=loc.gemeentecode,
                plaatsen=loc.capaciteit_op(peildatum),
                beschikbaar=beschikbaar,
                bijzonder=loc.soort.bijzonder,
            )
        )
    rd.stap(
        bericht("opvang.stap.beschikbaarheid"),
        bron("spreidingswet.art2.lid3"),
        bron(_BRON_DUURZAAM),
    )
    return rd.uitkomst(tuple(result))


# -- rules: Ter Apel -----------------------------------------------------------------------------


def dwangsom_ter_apel(
    nachten: Sequence[Nachttelling], *, al_verbeurd: Decimal | int = Decimal(0)
) -> Uitkomst[Dwangsom]:
    """The dwangsom the COA owes Westerwolde over a series of nightly counts in Ter Apel.

    Each night with more people than the maximum (2,000) forfeits the amount per night (€50,000)
    until the total, including ``al_verbeurd`` (forfeited before the series), reaches the cap
    (€5 million). Amounts and maximum are read per night from the shipped parameters (status pers).
    A night twice in the series is an error; a night before the dwangsom applied raises
    :class:`~asielketen.errors.ParameterNotValidError`.
    """
    if isinstance(al_verbeurd, bool) or not isinstance(al_verbeurd, int | Decimal):
        raise InvalidInputError("al_verbeurd", al_verbeurd, bericht("opvang.fout.bedrag"))
    if isinstance(al_verbeurd, int):  # bounded before Decimal() converts it (quadratic in its digits)
        geheel_getal("al_verbeurd", al_verbeurd, reden=bericht("opvang.fout.bedrag_negatief"))
    al = Decimal(al_verbeurd)
    if not al.is_finite() or al < 0:
        raise InvalidInputError("al_verbeurd", al_verbeurd, bericht("opvang.fout.bedrag_negatief"))
    gesorteerd = sorted(nachten, key=lambda n: n.datum)
    for a, b in itertools.pairwise(gesorteerd):
        if a.datum == b.datum:
            raise InvalidInputError("nachten", a.datum.isoformat(), bericht("opvang.fout.nacht_dubbel"))
    p_max = parameter(BESTAND, "opvang.ter_apel.maximum")
    p_bedrag = parameter(BESTAND, "opvang.ter_apel.dwangsom_per_nacht")
    p_cap = parameter(BESTAND, "opvang.ter_apel.dwangsom_maximum")
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    totaal = al
    per_nacht: list[DwangsomNacht] = []
    bereikt: date | None = None
    cap = Decimal(0)
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
            if bereikt is None and totaal >= cap:
                bereikt = n.datum
        per_nacht.append(DwangsomNacht(datum=n.datum, personen=n.personen, maximum=maximum, bedrag=bedrag))
    if gesorteerd:
        eerste = gesorteerd[0].datum
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
    boven = sum(1 for n in per_nacht if n.personen > n.maximum)
    verbeurd = totaal - al
    rd.stap(
        _zin_dwangsom(boven, len(per_nacht), verbeurd, al, totaal, bereikt),
        bron("pers.westerwoldeactueel-2024-10-30-dwangsom-ter-apel"),
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
            maximum=cap if gesorteerd else p_cap.waarden[-1].waarde,
            maximum_bereikt_op=bereikt,
        )
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


# -- rules: shortage scenarios -------------------------------------------------------------------


def _punt(scenario: Scenario, dag: date, provincie_van: dict[str, str]) -> Tekortpunt:
    capaciteit: dict[str, int] = {}
    for loc in scenario.locaties:
        gebied = LANDELIJK if scenario.landelijk else provincie_van[loc.gemeentecode]
        capaciteit[gebied] = capaciteit.get(gebied, 0) + loc.capaciteit_op(dag)
    gebieden = []
    for gebied in scenario.gebieden:
        behoefte = scenario.behoefte_op(dag, gebied)
        if behoefte is None:
            eerste = min(b.vanaf for b in scenario.behoefte if b.gebied == gebied)
            raise InvalidInputError(
                "peildatum",
                dag.isoformat(),
                bericht(
                    "opvang.fout.behoefte_later", scenario=repr(scenario.naam), gebied=gebied, eerste=eerste
                ),
            )
        cap = capaciteit.get(gebied, 0)
        gebieden.append(
            GebiedTekort(
                gebied=gebied,
                behoefte=behoefte,
                capaciteit=cap,
                tekort=max(0, behoefte - cap),
                overschot=max(0, cap - behoefte),
            )
        )
    return Tekortpunt(datum=dag, gebieden=tuple(gebieden))


def _scenario_check(scenario: Scenario, r: Register) -> dict[str, str]:
    _controleer(scenario.locaties, (), r, veld="scenario.locaties")
    provincie_van = {g.code: g.provinciecode for g in r.gemeenten}
    if not scenario.landelijk:
        bekend = {p.code for p in r.provincies}
        onbekend = [g for g in scenario.gebieden if g not in bekend]
        if onbekend:
            raise InvalidInputError("behoefte.gebied", onbekend, bericht("opvang.fout.onbekende_provincie"))
        zonder = sorted(
            {provincie_van[loc.gemeentecode] for loc in scenario.locaties} - set(scenario.gebieden)
        )
        if zonder:
            raise InvalidInputError("behoefte", zonder, bericht("opvang.fout.provincie_zonder_behoefte"))
    return provincie_van


def _scenario_stappen(rd: Redenering, scenario: Scenario) -> None:
    bronnen = [bron(scenario.bron)] if scenario.bron is not None else []
    behoefte = (
        bericht("opvang.stap.behoefte_landelijk")
        if scenario.landelijk
        else bericht("opvang.stap.behoefte_provincies", gebieden=", ".join(scenario.gebieden))
    )
    naam, stappen, locaties = repr(scenario.naam), len(scenario.behoefte), len(scenario.locaties)
    if any(scenario.toelichting.teksten):
        zin = bericht(
            "opvang.stap.scenario_toelichting",
            scenario=naam,
            behoefte=behoefte,
            stappen=stappen,
            locaties=locaties,
            toelichting=scenario.toelichting,
        )
    else:
        zin = bericht(
            "opvang.stap.scenario", scenario=naam, behoefte=behoefte, stappen=stappen, locaties=locaties
        )
    rd.stap(zin, *bronnen)


def tekort_op(scenario: Scenario, peildatum: date, *, reg: Register | None = None) -> Uitkomst[Tekortpunt]:
    """Need, capacity and shortage of ``scenario`` on ``peildatum``, per area (nationally or per province)."""
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    provincie_van = _scenario_check(scenario, r)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    _scenario_stappen(rd, scenario)
    punt = _punt(scenario, peildatum, provincie_van)
    rd.stap(
        bericht(
            "opvang.stap.tekort_op",
            peildatum=peildatum,
            behoefte=punt.behoefte,
            capaciteit=punt.capaciteit,
            tekort=punt.tekort,
        ),
        bron(_BRON_TEKORT),
        behoefte=punt.behoefte,
        capaciteit=punt.capaciteit,
        tekort=punt.tekort,
    )
    return rd.uitkomst(punt)


def tekortverloop(
    scenario: Scenario, periode: Periode, *, reg: Register | None = None
) -> Uitkomst[Tekortverloop]:
    """The shortage of ``scenario`` over ``periode`` (closed): a point at its start and at every change.

    Changes are the steps of need and the starts and ends of agreements (locations opening, agreements
    ending). Between two points nothing changes, so ``plaatsdagen`` (shortage × days) is exact (ADR 0006).
    """
    if not isinstance(periode, Periode):
        raise InvalidPeriodError("periode", periode, bericht("opvang.fout.periode"))
    if periode.tot is None:
        raise InvalidPeriodError("periode.tot", None, bericht("opvang.fout.gesloten_periode"))
    r = register() if reg is None else reg
    provincie_van = _scenario_check(scenario, r)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    _scenario_stappen(rd, scenario)
    data = {periode.van}
    data |= {b.vanaf for b in scenario.behoefte if periode.bevat(b.vanaf)}
    for loc in scenario.locaties:
        data |= {d for d in loc.wijzigingsdata if periode.bevat(d)}
    punten = [_punt(scenario, d, provincie_van) for d in sorted(data)]
    grenzen = [p.datum for p in punten[1:]] + [periode.tot]
    plaatsdagen = sum(p.tekort * (eind - p.datum).days for p, eind in zip(punten, grenzen, strict=True))
    verloop = Tekortverloop(
        scenario=scenario.naam, periode=periode, punten=tuple(punten), plaatsdagen=plaatsdagen
    )
    h = verloop.hoogste
    rd.stap(
        bericht(
            "opvang.stap.tekortverloop",
            periode=str(periode),
            standen=len(punten),
            datum=h.datum,
            tekort=h.tekort,
            plaatsdagen=plaatsdagen,
        ),
        bron(_BRON_TEKORT),
        hoogste=h.tekort,
        plaatsdagen=plaatsdagen,
    )
    return rd.uitkomst(verloop)


def _duizendtal(aantal: int) -> str:
    """A whole number with Dutch thousands separators, as the letters write it (``4.500``)."""
    return f"{aantal:,}".replace(",", ".")


def referentiescenario() -> Uitkomst[Scenario]:
    """The minister's shortage of 26 March 2026 as a national scenario (AenM-2026-03-26).

    4,500 places short from the date of the letter, 7,900 from the end of summer (1 September 2026,
    an aanname). The letter gives shortages only, so they are the need *beyond the existing capacity*
    and the scenario has no locations: add new ones with :meth:`Scenario.met_locaties` to see how much
    of the shortage they solve.
    """
    brief = bron(_BRON_BOVEN)
    if not isinstance(brief, Brief):  # pragma: no cover - guarded by the registry's tests
        raise InvalidInputError("bron", _BRON_BOVEN, bericht("opvang.fout.geen_brief"))
    peildatum = brief.datum
    kort = parameter(BESTAND, "opvang.tekort.korte_termijn").geldigheid_op(peildatum)
    zomer = parameter(BESTAND, "opvang.tekort.einde_zomer").geldigheid_op(peildatum)
    zomer_datum = parameter(BESTAND, "opvang.tekort.einde_zomer_datum").geldigheid_op(peildatum)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    rd.stap(
        bericht(
            "opvang.stap.minister",
            datum=peildatum,
            kort=_duizendtal(kort.waarde),
            zomer=_duizendtal(zomer.waarde),
        ),
        kort.bron,
        korte_termijn=kort.waarde,
        einde_zomer=zomer.waarde,
    )
    rd.stap(
        bericht("opvang.stap.einde_zomer", datum=zomer_datum.waarde),
        zomer_datum.bron,
        bron("aanname.opvang.referentiescenario"),
    )
    return rd.uitkomst(
        Scenario(
            naam="minister 26 maart 2026",
            behoefte=(
                Behoefte(vanaf=peildatum, plaatsen=int(kort.waarde)),
                Behoefte(vanaf=zomer_datum.waarde, plaatsen=int(zomer.waarde)),
            ),
            bron=_BRON_BOVEN,
            toelichting=bericht("opvang.scenario.toelichting"),
        )
    )


# -- loading user data ---------------------------------------------------------------------------


def lees_locaties(pad: str | Path, *, reg: Register | None = None) -> tuple[Locatie, ...]:
    """Read locations from CSV or JSON, validating every row and reporting all problems at once.

    CSV: one row per bestuursovereenkomst, columns ``locatie_id, naam, soort, gemeente, van, tot,
    capaciteit`` (``tot`` empty for no end; ``gemeente`` a code or name; optional ``kenmerk``).
    JSON: a list of :class:`Locatie` as the converter writes them. Unknown gemeenten, unknown kinds,
    negative capacity, bad dates, overlapping agreements of one location and rows that disagree on a
    location's name, kind or gemeente each name their row and value in one :class:`StructureError`.
    The file is read by the library's one reader for user files (:mod:`asielketen._bestanden`: a
    regular file or ``-``, bounded size, UTF-8, comma or semicolon); time is linear in its rows.
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "locaties")
    if bestand.is_json:
        locaties = tuple(structure(bestand.json("locaties"), list[Locatie], veld=bestand.pad))
        _controleer(locaties, (), r, veld=bestand.pad)
        return locaties
    tabel = bestand.csv(
        "locaties",
        ("locatie_id", "naam", "soort", "gemeente", "van", "tot", "capaciteit"),
        optioneel=("kenmerk",),
    )
    fouten = _bestanden.Fouten("locaties", bestand.pad)
    kop: dict[str, tuple[int, str, Locatiesoort, str]] = {}
    ovs: dict[str, list[tuple[int, Bestuursovereenkomst]]] = {}
    gemeenten: dict[str, str | Bericht] = {}  # a name or code as written → code, or why not
    for nr, row in tabel.rijen(fouten):
        lid, naam = row["locatie_id"], row["naam"]
        soort = _locatiesoort(row["soort"], nr, fouten)
        code = _gemeente_cel(row["gemeente"], nr, r, gemeenten, fouten)
        for kolom in ("locatie_id", "naam"):
            if not row[kolom]:
                fouten.voeg(bericht("bestanden.leeg", rij=nr, kolom=kolom))
        van = _bestanden.datum(row, "van", nr, fouten)
        tot = _bestanden.datum(row, "tot", nr, fouten, leeg_mag=True)
        cap = _bestanden.geheel_getal(row, "capaciteit", nr, fouten)
        periode = None
        if van is not None and tot is not None and tot <= van:
            fouten.voeg(bericht("opvang.lees.tot_voor_van", rij=nr, tot=tot, van=van))
        elif van is not None and (tot is not None or row["tot"] == ""):
            periode = Periode(van, tot)
        if not lid or not naam or soort is None or code is None:
            continue
        eerder = kop.setdefault(lid, (nr, naam, soort, code))
        if eerder[1:] != (naam, soort, code):
            fouten.voeg(
                bericht(
                    "opvang.lees.kop_anders",
                    rij=nr,
                    locatie=_bestanden.cel(lid),
                    hier=_bestanden.cel(f"{naam}/{soort.value}/{code}"),
                    eerder=eerder[0],
                    daar=_bestanden.cel(f"{eerder[1]}/{eerder[2].value}/{eerder[3]}"),
                )
            )
            continue
        if periode is not None and cap is not None:
            kenmerk = row.get("kenmerk") or None
            nieuw = Bestuursovereenkomst(periode=periode, capaciteit=cap, kenmerk=kenmerk)
            ovs.setdefault(lid, []).append((nr, nieuw))
    for lid, lijst in ovs.items():
        _overlappingen(lid, lijst, fouten)
    fouten.controleer()
    return tuple(
        Locatie(
            id=lid, naam=naam, soort=soort, gemeentecode=code, overeenkomsten=[o for _, o in ovs.get(lid, [])]
        )
        for lid, (_, naam, soort, code) in kop.items()
    )


def _locatiesoort(tekst: str, nr: int, fouten: _bestanden.Fouten) -> Locatiesoort | None:
    try:
        return Locatiesoort(tekst)
    except ValueError:
        soorten = ", ".join(s.value for s in Locatiesoort)
        fouten.voeg(bericht("opvang.lees.soort", rij=nr, soort=_bestanden.cel(tekst), soorten=soorten))
        return None


def _gemeente_cel(
    tekst: str, nr: int, r: Register, bekend: dict[str, str | Bericht], fouten: _bestanden.Fouten
) -> str | None:
    """The gemeentecode a cell names (a code or a name), each distinct text looked up once."""
    if tekst not in bekend:
        try:
            bekend[tekst] = r.gemeente(tekst).code
        except InvalidInputError as exc:
            bekend[tekst] = exc.reden_bericht
    gevonden = bekend[tekst]
    if isinstance(gevonden, Bericht):
        fouten.voeg(bericht("opvang.lees.gemeente", rij=nr, gemeente=_bestanden.cel(tekst), reden=gevonden))
        return None
    return gevonden


def _overlappingen(
    lid: str, lijst: list[tuple[int, Bestuursovereenkomst]], fouten: _bestanden.Fouten
) -> None:
    """Record every agreement of one location that overlaps an earlier-starting one (O(n log n))."""
    verste: tuple[int, Bestuursovereenkomst] | None = None  # the one reaching furthest so far
    for nr, o in sorted(lijst, key=lambda t: (t[1].periode.van, t[0])):
        if verste is not None and verste[1].periode.overlapt(o.periode):
            rij, ander = max(nr, verste[0]), min(nr, verste[0])
            hier, daar = (o, verste[1]) if rij == nr else (verste[1], o)
            fouten.voeg(
                bericht(
                    "opvang.lees.overlap",
                    rij=rij,
                    periode=str(hier.periode),
                    locatie=_bestanden.cel(lid),
                    ander=ander,
                    andere_periode=str(daar.periode),
                ),
                rij=rij,
            )
        if verste is None or _reikt_verder(o.periode, verste[1].periode):
            verste = (nr, o)


def _reikt_verder(a: Periode, b: Periode) -> bool:
    """True when ``a`` ends later than ``b`` (an open end is the latest)."""
    return b.tot is not None and (a.tot is None or a.tot > b.tot)


def lees_bezetting(
    pad: str | Path, locaties: Sequence[Locatie], *, reg: Register | None = None
) -> tuple[Bezetting, ...]:
    """Read occupancy counts (CSV ``locatie_id, datum, personen`` or a JSON list of :class:`Bezetting`).

    Every count is checked against ``locaties``: an unknown location, a negative or non-integer
    count, a bad date, a count dated outside every agreement of its location and a duplicate each
    name their row and value in one :class:`StructureError`. The file is read by the library's one
    reader for user files (:mod:`asielketen._bestanden`); time is linear in its rows.
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "bezetting")
    if bestand.is_json:
        tellingen = tuple(structure(bestand.json("bezetting"), list[Bezetting], veld=bestand.pad))
        _controleer(locaties, tellingen, r, veld=bestand.pad)
        return tellingen
    per_id = {loc.id: loc for loc in locaties}
    fouten = _bestanden.Fouten("bezetting", bestand.pad)
    result: list[Bezetting] = []
    gezien: dict[tuple[str, date], int] = {}
    for nr, row in bestand.csv("bezetting", ("locatie_id", "datum", "personen")).rijen(fouten):
        lid = row["locatie_id"]
        dag = _bestanden.datum(row, "datum", nr, fouten)
        personen = _bestanden.geheel_getal(row, "personen", nr, fouten)
        loc = per_id.get(lid)
        if loc is None:
            fouten.voeg(bericht("opvang.lees.onbekende_locatie", rij=nr, locatie=_bestanden.cel(lid)))
            continue
        if dag is None or personen is None:
            continue
        if loc.overeenkomst_op(dag) is None:
            perioden = ", ".join(str(o.periode) for o in loc.overeenkomsten[:10])
            fouten.voeg(
                bericht(
                    "opvang.lees.buiten_overeenkomst",
                    rij=nr,
                    datum=dag,
                    locatie=_bestanden.cel(lid),
                    perioden=perioden or bericht("opvang.lees.geen_perioden"),
                )
            )
            continue
        if (lid, dag) in gezien:
            fouten.voeg(
                bericht(
                    "opvang.lees.telling_dubbel",
                    rij=nr,
                    locatie=_bestanden.cel(lid),
                    datum=dag,
                    eerder=gezien[(lid, dag)],
                )
            )
            continue
        gezien[(lid, dag)] = nr
        result.append(Bezetting(locatie_id=lid, datum=dag, personen=personen))
    fouten.controleer()
    _controleer(locaties, result, r, veld=bestand.pad)
    return tuple(result)


def lees_nachten(pad: str | Path) -> tuple[Nachttelling, ...]:
    """Read nightly counts of Ter Apel (CSV ``datum, personen`` or a JSON list of :class:`Nachttelling`).

    A bad date, a negative or non-integer count and a night given twice each name their row and
    value in one :class:`StructureError`. The file is read by the library's one reader for user
    files (:mod:`asielketen._bestanden`); time is linear in its rows.
    """
    bestand = _bestanden.lees(pad, "nachten")
    fouten = _bestanden.Fouten("nachten", bestand.pad)
    if bestand.is_json:
        nachten = tuple(structure(bestand.json("nachten"), list[Nachttelling], veld=bestand.pad))
        eerste: dict[date, int] = {}
        for i, n in enumerate(nachten):
            if n.datum in eerste:
                fouten.voeg(bericht("opvang.lees.nacht_dubbel_json", i=i, datum=n.datum))
            eerste.setdefault(n.datum, i)
        fouten.controleer()
        return nachten
    result: list[Nachttelling] = []
    gezien: dict[date, int] = {}
    for nr, row in bestand.csv("nachten", ("datum", "personen")).rijen(fouten):
        dag = _bestanden.datum(row, "datum", nr, fouten)
        personen = _bestanden.geheel_getal(row, "personen", nr, fouten)
        if dag is None or personen is None:
            continue
        if dag in gezien:
            fouten.voeg(bericht("opvang.lees.nacht_dubbel", rij=nr, datum=dag, eerder=gezien[dag]))
            continue
        gezien[dag] = nr
        result.append(Nachttelling(datum=dag, personen=personen))
    fouten.controleer()
    return tuple(result)
