"""Reception locations, their kinds and the bestuursovereenkomsten that give them capacity.

A :class:`Locatie` of a :class:`Locatiesoort` lies in a gemeente; its capacity and term are fixed by
one or more :class:`Bestuursovereenkomst` en between the COA and the gemeente (DOMAIN.md §5), which
may not overlap. Outside every agreement a location contributes no capacity. A :class:`Bezetting`
is a count of the people in a location on a date. A location may be marked *kleinschalig* by the
user (VNG-2026-05-28 names "kleinschalige opvanglocaties" but no source gives a threshold, so it is
an attribute, never derived from the capacity).

A count dated after the end of a location's agreement (none in force on its date) is accepted and
flagged: the minister writes that "een aantal opvanglocaties in het land noodgedwongen langer
openblijft" (AenM-2026-03-26; :meth:`Locatie.beeindigd_op`). A count before a location's first
agreement is an error. :func:`_controleer` checks a data set (locations and counts) against the
register in one go, for every rule and loader of the domain.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from attrs import Attribute, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import geheel_getal, ja_nee, tekst, van_soort
from ..bronregister import bron
from ..errors import InvalidInputError, InvalidPeriodError, StructureError
from ..gebied import Register
from ..periods import Periode, as_date
from ..sources import Bron
from ..taal import Bericht, bericht

BESTAND = "opvang.json"
"""The shipped parameter file of this module."""


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
    OEKRAINE_OVERLAST = "oekraine-overlast"
    """National location for overlastgevende ontheemden from Ukraine: Oekraïne opvang (Twoo), not
    asylum opvang, so never realised or durable places for the Spreidingswet (an aanname reading
    VNG-2025-09-22, "de al lang beloofde aanpak van overlastgevende Oekraïners")."""

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

    @property
    def oekraine(self) -> bool:
        """True for Oekraïne opvang (not asylum opvang): it never counts for the Spreidingswet."""
        return self is Locatiesoort.OEKRAINE_OVERLAST


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
    Locatiesoort.OEKRAINE_OVERLAST: (
        lambda: bericht("opvang.soort.oekraine_overlast"),
        "aanname.opvang.oekraine-overlast",
    ),
}

NOOIT_REALISATIE: frozenset[Locatiesoort] = frozenset(s for s in Locatiesoort if s.oekraine)
"""The kinds that never count for the Spreidingswet, even when asked: Oekraïne opvang (Twoo)."""

REALISATIE_SOORTEN: frozenset[Locatiesoort] = (
    frozenset(Locatiesoort) - {Locatiesoort.DOORSTROOMLOCATIE} - NOOIT_REALISATIE
)
"""The kinds that count as realised places for the Spreidingswet by default (an aanname)."""


def _soorten(
    soorten: Iterable[Locatiesoort] | None,
) -> tuple[frozenset[Locatiesoort], frozenset[Locatiesoort]]:
    """The kinds that count as realised — ``soorten`` checked, or :data:`REALISATIE_SOORTEN` — and
    the kinds asked for that never count (:data:`NOOIT_REALISATIE`; their step says so)."""
    if soorten is None:
        return REALISATIE_SOORTEN, frozenset()
    result = frozenset(soorten)
    for s in result:
        van_soort("soorten", s, Locatiesoort, reden=lambda: bericht("opvang.fout.geen_locatiesoort"))
    return result - NOOIT_REALISATIE, result & NOOIT_REALISATIE


# -- validators ----------------------------------------------------------------------------------


def _check_aantal(_: object, attribute: Attribute[Any], value: object) -> None:
    geheel_getal(attribute.name, value, reden=lambda: bericht("opvang.fout.aantal"))


def _check_tekst(_: object, attribute: Attribute[Any], value: object) -> None:
    tekst(attribute.name, value, reden=lambda: bericht("opvang.fout.leeg"))


def _check_gemeentecode(_: object, attribute: Attribute[Any], value: object) -> None:
    if not (isinstance(value, str) and len(value) == 6 and value.startswith("GM") and value[2:].isdigit()):
        raise InvalidInputError(attribute.name, value, bericht("opvang.fout.gemeentecode"))


def _check_periode(_: object, attribute: Attribute[Any], value: object) -> None:
    van_soort(attribute.name, value, Periode, reden=_reden_periode, fout=InvalidPeriodError)


def _reden_periode() -> Bericht:
    return bericht("opvang.fout.periode")


def _check_soort(_: object, attribute: Attribute[Any], value: object) -> None:
    van_soort(attribute.name, value, Locatiesoort, reden=_reden_soort)


def _reden_soort() -> Bericht:
    return bericht("opvang.fout.soort", soorten=", ".join(s.value for s in Locatiesoort))


def _check_optional_bool(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        ja_nee(attribute.name, value, reden=lambda: bericht("opvang.fout.ja_nee_onbekend"))


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
    kleinschalig: bool | None = field(default=None, validator=_check_optional_bool)
    """True when the user marks it a *kleinschalige opvanglocatie* (VNG-2026-05-28), False when
    not; ``None``: not given. No source gives a size threshold, so it is never derived from the
    capacity (``aanname.opvang.kleinschalig``)."""

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

    def beeindigd_op(self, dag: date) -> Bestuursovereenkomst | None:
        """The agreement that ended last on or before ``dag`` when none is in force on ``dag``.

        Then the location is used *after* its agreement ("noodgedwongen langer open",
        AenM-2026-03-26): a count on ``dag`` is flagged, not refused. ``None`` when an agreement is
        in force on ``dag`` or none has ended yet (before the first one: a count is an error).
        """
        dag = as_date(dag, "dag")
        if self.overeenkomst_op(dag) is not None:
            return None
        geeindigd = [o for o in self.overeenkomsten if o.periode.tot is not None and o.periode.tot <= dag]
        return geeindigd[-1] if geeindigd else None

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
        from dateutil.relativedelta import relativedelta  # imported when needed (issue 18)

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


# -- the data set against the register -----------------------------------------------------------


def _controleer(
    locaties: Sequence[Locatie], bezettingen: Sequence[Bezetting], r: Register, veld: str = "locaties"
) -> None:
    """Raise one StructureError listing every location or count that does not fit."""
    fouten: list[Bericht] = []
    per_id = _locaties_per_id(locaties, r, fouten)
    gezien: set[tuple[str, date]] = set()
    for i, b in enumerate(bezettingen):
        loc = per_id.get(b.locatie_id)
        if loc is None:
            fouten.append(bericht("opvang.fout.bezetting_onbekend", i=i, locatie=repr(b.locatie_id)))
            continue
        if loc.overeenkomst_op(b.datum) is None and loc.beeindigd_op(b.datum) is None:
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


def _locaties_per_id(locaties: Sequence[Locatie], r: Register, fouten: list[Bericht]) -> dict[str, Locatie]:
    """The locations by id; a non-location, an unknown gemeente and a duplicate id go to ``fouten``."""
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
    return per_id


publiceer_hier(globals())  # the package's public names defined here: asielketen.opvang.<name>
