"""One location at a peildatum: its agreement, its latest count, and the flags the letters ask for.

:class:`LocatieStand` holds, per location, the capacity of the agreement in force and the latest
count within it; a location used after its agreement ended carries that count apart
(``langer_open``: "noodgedwongen langer open", AenM-2026-03-26), and the user's mark *kleinschalig*
(VNG-2026-05-28) travels with it. The steps of :func:`~asielketen.opvang.overzicht` about these
flags are here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron
from ..explain import Redenering
from ..taal import bericht
from ._bezetting import Bezettingstoets, stap_langer_open
from ._locatie import Bezetting, Locatie, Locatiesoort

_BRON_KLEINSCHALIG = "aanname.opvang.kleinschalig"
"""Aanname: no source gives a threshold; kleinschalig is the user's mark per location."""
_BRIEF_KLEINSCHALIG = "VNG-2026-05-28"
"""The VNG's letter: "het belang van kleinschalige opvanglocaties"."""


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
    """False when no agreement applies on the peildatum: the location contributes no capacity."""
    duurzaam: bool
    """True when it is available for at least the minimum number of years (Besluit art. 1.1)."""
    bezetting: int | None
    """The latest count on or before the peildatum within the current agreement — or, for a location
    kept open after its agreement (``langer_open``), since that agreement ended — if any."""
    bezetting_datum: date | None
    """The date of that count."""
    tekort: int
    """People above the agreement: ``max(0, bezetting − capaciteit)`` (0 without a count or agreement)."""
    vrij: int
    """Free places: ``max(0, capaciteit − bezetting)`` (0 without a count or agreement)."""
    langer_open: bool = False
    """True when the location is still used after its agreement ended (a count since then):
    flagged, not refused ("noodgedwongen langer open", AenM-2026-03-26)."""
    overeenkomst_tot: date | None = None
    """The end of the agreement that ended (only when ``langer_open``)."""
    kleinschalig: bool | None = None
    """The user's mark: a *kleinschalige opvanglocatie* (VNG-2026-05-28), or ``None`` (not given)."""


def standen(
    locaties: Sequence[Locatie], bezettingen: Sequence[Bezetting], peildatum: date, min_jaren: int
) -> list[LocatieStand]:
    """Every location at ``peildatum``, sorted by gemeente and id, with its latest count within the
    agreement in force or, when its agreement ended, since the end (``None`` without one)."""
    tellingen: dict[str, list[Bezetting]] = {}
    for b in bezettingen:
        tellingen.setdefault(b.locatie_id, []).append(b)
    result: list[LocatieStand] = []
    for loc in sorted(locaties, key=lambda x: (x.gemeentecode, x.id)):
        ov = loc.overeenkomst_op(peildatum)
        eigen = [b for b in tellingen.get(loc.id, ()) if b.datum <= peildatum]
        geeindigd = loc.beeindigd_op(peildatum) if ov is None else None
        if ov is not None:
            eigen = [b for b in eigen if ov.periode.bevat(b.datum)]
        elif geeindigd is not None and geeindigd.periode.tot is not None:
            eigen = [b for b in eigen if b.datum >= geeindigd.periode.tot]
        else:
            eigen = []
        telling = max(eigen, key=lambda b: b.datum, default=None)
        cap = 0 if ov is None else ov.capaciteit
        bez = None if telling is None else telling.personen
        langer = ov is None and telling is not None
        result.append(
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
                tekort=0 if bez is None or ov is None else max(0, bez - cap),
                vrij=0 if bez is None or ov is None else max(0, cap - bez),
                langer_open=langer,
                overeenkomst_tot=geeindigd.periode.tot if langer and geeindigd is not None else None,
                kleinschalig=loc.kleinschalig,
            )
        )
    return result


def langer_open(rd: Redenering, alle: Sequence[LocatieStand]) -> tuple[Bezettingstoets, ...]:
    """The locations still used after their agreement ended, each with its step (flagged, not refused)."""
    result = tuple(
        Bezettingstoets(
            locatie_id=s.locatie_id,
            datum=s.bezetting_datum,
            personen=s.bezetting,
            capaciteit=0,
            boven=0,
            na_overeenkomst=True,
            overeenkomst_tot=s.overeenkomst_tot,
        )
        for s in alle
        if s.langer_open and s.bezetting is not None and s.bezetting_datum is not None
    )
    for t in result:
        stap_langer_open(rd, t)
    return result


def _eerste_tien(ids: Sequence[str]) -> str:
    """At most ten ids, comma-separated, then ``…`` if there are more."""
    return ", ".join(ids[:10]) + (" …" if len(ids) > 10 else "")


def stap_kleinschalig(rd: Redenering, alle: Sequence[LocatieStand]) -> None:
    """The step on the locations the user marked kleinschalig; none when no location has the mark."""
    gegeven = [s for s in alle if s.kleinschalig is not None]
    if not gegeven:
        return
    klein = [s.locatie_id for s in gegeven if s.kleinschalig]
    rd.stap(
        bericht(
            "opvang.stap.kleinschalig",
            aantal=len(klein),
            gegeven=len(gegeven),
            locaties=_eerste_tien(klein) if klein else "-",
        ),
        bron(_BRIEF_KLEINSCHALIG),
        bron(_BRON_KLEINSCHALIG),
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.opvang.<name>
