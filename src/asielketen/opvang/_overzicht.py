"""The overview: capacity, occupancy, shortage and durable places at a peildatum.

:func:`overzicht` gives, per location, gemeente, province and nationally, the capacity of the
agreements in force, the latest count within them, the people placed above an agreement
(``tekort``, never offset by free places elsewhere) and the free places; locations without a count
are reported, never counted as empty. Flagged, never refused: placing above an agreement (with the
user's word on "als dit beheersbaar en veilig kan"), a location used after its agreement ended
("noodgedwongen langer open"; both AenM-2026-03-26), and the locations the user marked
kleinschalig (VNG-2026-05-28). :func:`opvang_gemeente` is the same for one gemeente (the gemeente
profile).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import date

from attrs import fields

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente, Register, register
from ..parameters import parameterversie
from ..periods import as_date
from ..taal import bericht
from ._bezetting import _BRON_BOVEN, Bezettingstoets, check_voorwaarde, stap_boven
from ._locatie import BESTAND, Bezetting, Locatie, Locatiesoort, _controleer, _soorten
from ._realisatie import (
    _duurzaam_per_gemeente,
    _duurzaamheid,
    _stap_duurzaamheid,
    _stap_nooit,
    _stap_realisatie_soorten,
)
from ._stand import LocatieStand, _eerste_tien, langer_open, standen, stap_kleinschalig
from ._tekort import _BRON_TEKORT


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
    langer_open: int = 0
    """People in locations used after their agreement ended (not in ``bezetting``, ``tekort``)."""
    locaties_langer_open: int = 0
    """Locations used after their agreement ended ("noodgedwongen langer open")."""


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
    langer_open: int = 0
    """Σ people in locations used after their agreement ended."""
    locaties_langer_open: int = 0
    """Σ locations used after their agreement ended."""


_TELLINGEN = tuple(a.name for a in fields(ProvincieOpvang))[2:]
"""The counts of a :class:`ProvincieOpvang` (its fields after code and name), each a field of a
:class:`GemeenteOpvang` too: a province's counts are the sums of its gemeenten'."""


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
    langer_open: tuple[Bezettingstoets, ...] = ()
    """The locations still used after their agreement ended ("noodgedwongen langer open",
    AenM-2026-03-26): flagged, never refused."""
    beheersbaar_en_veilig: bool | None = None
    """The user's word on the minister's condition for placing above an agreement ("als dit
    beheersbaar en veilig kan"); ``None``: not established."""

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
    beheersbaar_en_veilig: bool | None = None,
) -> Uitkomst[Opvangoverzicht]:
    """Capacity, occupancy, shortage and durable places at ``peildatum``, per location, gemeente and province.

    A location contributes only through the agreement in force on the peildatum. Its occupancy is
    the latest count on or before the peildatum within that agreement; a location without a count
    is reported (``zonder_telling``), never counted as empty. Placing above the agreement is flagged
    with the minister's condition (AenM-2026-03-26), and ``beheersbaar_en_veilig`` is the user's
    word on it (``None``, the default: not established, and the flag says so). A location still
    used after its agreement ended is flagged in ``langer_open`` (its people apart from the
    occupancy within agreements), never refused. The locations the user marked kleinschalig get a
    step. ``soorten`` are the kinds that count as realised for the Spreidingswet (default: every
    kind except doorstroomlocatie, an aanname; Oekraïne opvang never counts).
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    telt, nooit = _soorten(soorten)
    voorwaarde = check_voorwaarde(beheersbaar_en_veilig)
    _controleer(locaties, bezettingen, r)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, parameterversie(BESTAND), bronnen_versie())
    regel = _duurzaamheid(peildatum)
    alle = standen(locaties, bezettingen, peildatum, int(regel.jaren.waarde))
    actief = [s for s in alle if s.in_overeenkomst]
    _stap_overeenkomsten(rd, alle, actief, peildatum)
    signaleringen = _signaleringen(rd, actief, voorwaarde)
    na = langer_open(rd, alle)
    stap_kleinschalig(rd, alle)
    _stap_duurzaamheid(rd, regel, peildatum)
    duurzaam = _duurzaam_per_gemeente(
        ((s.gemeentecode, s.soort, s.capaciteit) for s in alle if s.duurzaam and s.soort in telt), regel
    )
    _stap_nooit(rd, nooit)
    _stap_realisatie_soorten(rd, telt)
    gemeenten = _gemeenten(alle, duurzaam, telt, r)
    result = Opvangoverzicht(
        peildatum=peildatum,
        locaties=tuple(alle),
        gemeenten=gemeenten,
        provincies=_provincies(gemeenten, r),
        signaleringen=signaleringen,
        langer_open=na,
        beheersbaar_en_veilig=voorwaarde,
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
    beheersbaar_en_veilig: bool | None = None,
) -> Uitkomst[GemeenteOpvang]:
    """The opvang of one gemeente at ``peildatum`` (for the gemeente profile).

    Takes the locations of the data set (those elsewhere are ignored); a gemeente without a location
    gets a row of zeros, with a step that says so.
    """
    r = register() if reg is None else reg
    g = gemeente if isinstance(gemeente, Gemeente) else r.gemeente(gemeente)
    eigen = [loc for loc in locaties if isinstance(loc, Locatie) and loc.gemeentecode == g.code]
    ids = {loc.id for loc in eigen}
    u = overzicht(
        eigen,
        peildatum,
        bezettingen=[b for b in bezettingen if b.locatie_id in ids],
        reg=r,
        beheersbaar_en_veilig=beheersbaar_en_veilig,
    )
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
            **dict.fromkeys(_TELLINGEN, 0),
        )
    )


# -- the parts of the overview -------------------------------------------------------------------


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


def _signaleringen(
    rd: Redenering, actief: Sequence[LocatieStand], voorwaarde: bool | None
) -> tuple[Bezettingstoets, ...]:
    """The locations placed above their agreement, each with a step saying whether the minister's
    condition is established; a step names those without a count."""
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
            beheersbaar_en_veilig=voorwaarde,
        )
        for s in actief
        if s.bezetting is not None and s.bezetting_datum is not None and s.tekort > 0
    )
    for sig in signaleringen:
        stap_boven(rd, sig)
    return signaleringen


def _gemeenten(
    standen: Sequence[LocatieStand], duurzaam: dict[str, int], telt: frozenset[Locatiesoort], r: Register
) -> tuple[GemeenteOpvang, ...]:
    """The sums per gemeente of its locations in an agreement (``standen`` sorted by gemeente)."""
    gemeenten: list[GemeenteOpvang] = []
    for code, groep_ in itertools.groupby(standen, key=lambda s: s.gemeentecode):
        leden = list(groep_)
        groep = [s for s in leden if s.in_overeenkomst]
        langer = [s for s in leden if s.langer_open]
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
                langer_open=sum(s.bezetting or 0 for s in langer),
                locaties_langer_open=len(langer),
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
                **{n: sum(getattr(g, n) for g in leden) for n in _TELLINGEN},
            )
        )
    return tuple(provincies)


publiceer_hier(globals())  # the package's public names defined here: asielketen.opvang.<name>
