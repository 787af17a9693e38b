"""Occupancy against the bestuursovereenkomst: placing above an agreement is always flagged.

The minister allows placing above bestuursovereenkomsten only "als dit beheersbaar en veilig kan"
(AenM-2026-03-26). :func:`toets_bezetting` sets every count against the agreement in force on its
date; each count above it is a :class:`Bezettingstoets` with ``boven > 0`` and a step citing that
condition (the same step :func:`~asielketen.opvang.overzicht` writes for its signaleringen).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from attrs import frozen

from ..bronregister import bron, bronnen_versie
from ..explain import Redenering, Uitkomst
from ..gebied import Register, register
from ..taal import Bericht, bericht
from ._locatie import Bezetting, Locatie, _controleer

_BRON_BOVEN = "AenM-2026-03-26"
"""The minister's letter: placing above an agreement only where manageable and safe."""


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


def _zin_boven(t: Bezettingstoets) -> Bericht:
    """The sentence on one count above its agreement."""
    return bericht(
        "opvang.stap.boven",
        locatie=t.locatie_id,
        datum=t.datum,
        personen=t.personen,
        capaciteit=t.capaciteit,
        boven=t.boven,
    )


def _stap_boven(rd: Redenering, t: Bezettingstoets) -> None:
    """The step of one count above its agreement, citing the minister's condition."""
    rd.stap(_zin_boven(t), bron(_BRON_BOVEN), personen=t.personen, capaciteit=t.capaciteit)


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
        _stap_boven(rd, t)
    return rd.uitkomst(toetsen)
