"""The overview: capacity, occupancy, shortage and durable places at a peildatum.

:func:`overzicht` gives, per location, gemeente, province and nationally, the capacity of the
agreements in force, the latest count within them, the people placed above an agreement
(``tekort``, never offset by free places elsewhere) and the free places; locations without a count
are reported, never counted as empty. :func:`opvang_gemeente` is the same for one gemeente (the
gemeente profile).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import date

from attrs import frozen

from ..bronregister import bron, bronnen_versie
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente, Register, register
from ..parameters import parameterversie
from ..periods import as_date
from ..taal import bericht
from ._bezetting import _BRON_BOVEN, Bezettingstoets, _stap_boven
from ._locatie import BESTAND, Bezetting, Locatie, Locatiesoort, _controleer, _soorten
from ._realisatie import (
    _duurzaam_per_gemeente,
    _duurzaamheid,
    _stap_duurzaamheid,
    _stap_realisatie_soorten,
)
from ._tekort import _BRON_TEKORT


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


# -- the rules -----------------------------------------------------------------------------------


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
    regel = _duurzaamheid(peildatum)
    standen = _standen(locaties, bezettingen, peildatum, int(regel.jaren.waarde))
    actief = [s for s in standen if s.in_overeenkomst]
    _stap_overeenkomsten(rd, standen, actief, peildatum)
    signaleringen = _signaleringen(rd, actief)
    _stap_duurzaamheid(rd, regel, peildatum)
    duurzaam = _duurzaam_per_gemeente(
        ((s.gemeentecode, s.soort, s.capaciteit) for s in standen if s.duurzaam and s.soort in telt), regel
    )
    _stap_realisatie_soorten(rd, telt)
    gemeenten = _gemeenten(standen, duurzaam, telt, r)
    result = Opvangoverzicht(
        peildatum=peildatum,
        locaties=tuple(standen),
        gemeenten=gemeenten,
        provincies=_provincies(gemeenten, r),
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


# -- the parts of the overview -------------------------------------------------------------------


def _standen(
    locaties: Sequence[Locatie], bezettingen: Sequence[Bezetting], peildatum: date, min_jaren: int
) -> list[LocatieStand]:
    """Every location at ``peildatum``, sorted by gemeente and id, with its latest count within the
    agreement in force (``None`` without one)."""
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
                duurzaam=loc.duurzaam_op(peildatum, min_jaren),
                bezetting=bez,
                bezetting_datum=None if telling is None else telling.datum,
                tekort=0 if bez is None else max(0, bez - cap),
                vrij=0 if bez is None else max(0, cap - bez),
            )
        )
    return standen


def _eerste_tien(ids: Sequence[str]) -> str:
    """At most ten ids, comma-separated, then ``…`` if there are more."""
    return ", ".join(ids[:10]) + (" …" if len(ids) > 10 else "")


def _stap_overeenkomsten(
    rd: Redenering, standen: Sequence[LocatieStand], actief: Sequence[LocatieStand], peildatum: date
) -> None:
    """The step on which locations have an agreement in force (and which do not)."""
    buiten = [s.locatie_id for s in standen if not s.in_overeenkomst]
    rd.stap(
        bericht(
            "opvang.stap.overeenkomsten_buiten",
            peildatum=peildatum,
            actief=len(actief),
            totaal=len(standen),
            buiten=_eerste_tien(buiten),
        )
        if buiten
        else bericht(
            "opvang.stap.overeenkomsten", peildatum=peildatum, actief=len(actief), totaal=len(standen)
        ),
        bron(_BRON_BOVEN),
        capaciteit=sum(s.capaciteit for s in actief),
    )


def _signaleringen(rd: Redenering, actief: Sequence[LocatieStand]) -> tuple[Bezettingstoets, ...]:
    """The locations placed above their agreement, each with a step; a step names those without a count."""
    zonder = [s.locatie_id for s in actief if s.bezetting is None]
    if zonder:
        rd.stap(
            bericht("opvang.stap.zonder_telling", aantal=len(zonder), locaties=_eerste_tien(zonder)),
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
        _stap_boven(rd, sig)
    return signaleringen


def _gemeenten(
    standen: Sequence[LocatieStand], duurzaam: dict[str, int], telt: frozenset[Locatiesoort], r: Register
) -> tuple[GemeenteOpvang, ...]:
    """The sums per gemeente of its locations in an agreement (``standen`` sorted by gemeente)."""
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
    return tuple(gemeenten)


def _provincies(gemeenten: Sequence[GemeenteOpvang], r: Register) -> tuple[ProvincieOpvang, ...]:
    """The sums per province of its gemeenten, sorted by code."""
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
    return tuple(provincies)
