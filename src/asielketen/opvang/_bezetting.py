"""Occupancy against the bestuursovereenkomst: placing above it, and using a location after it.

The minister allows placing above bestuursovereenkomsten only "als dit beheersbaar en veilig kan"
(AenM-2026-03-26). :func:`toets_bezetting` sets every count against the agreement in force on its
date; each count above it is a :class:`Bezettingstoets` with ``boven > 0`` and a step citing that
condition, and whether the condition holds is an input (``beheersbaar_en_veilig``: ``None`` — the
default — means it is not established, and the step says so). The same letter says that "een
aantal opvanglocaties in het land noodgedwongen langer openblijft" because the COA "niet in staat
[is] afspraken na te komen": a count dated after the end of its location's agreement is flagged
(``na_overeenkomst``), never refused (``aanname.opvang.langer-open``). :func:`~asielketen.opvang.overzicht`
writes the same steps for its signaleringen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from attrs import Attribute, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import ja_nee
from ..bronregister import bron, bronnen_versie
from ..explain import Redenering, Uitkomst
from ..gebied import Register, register
from ..taal import Bericht, bericht
from ._locatie import Bezetting, Locatie, _controleer

_BRON_BOVEN = "AenM-2026-03-26"
"""The minister's letter: placing above an agreement only where manageable and safe; locations
forced to stay open longer."""
_BRON_LANGER_OPEN = "aanname.opvang.langer-open"
"""Aanname: a count after the end of the agreement is a location kept open longer, flagged."""


def _check_optional_bool(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        ja_nee(attribute.name, value, reden=lambda: bericht("opvang.fout.ja_nee_onbekend"))


def check_voorwaarde(beheersbaar_en_veilig: object) -> bool | None:
    """The user's word on the minister's condition: ``True``, ``False`` or ``None`` (not established)."""
    if beheersbaar_en_veilig is None:
        return None
    return ja_nee(
        "beheersbaar_en_veilig", beheersbaar_en_veilig, reden=lambda: bericht("opvang.fout.ja_nee_onbekend")
    )


@frozen(kw_only=True)
class Bezettingstoets:
    """One count against the agreement in force on its date (or after the one that ended)."""

    locatie_id: str
    """The location."""
    datum: date
    """The date of the count."""
    personen: int
    """The count."""
    capaciteit: int
    """The agreed capacity on that date (0 after the agreement ended)."""
    boven: int
    """``max(0, personen − capaciteit)``: placed above the bestuursovereenkomst (0 after it ended)."""
    na_overeenkomst: bool = field(default=False)
    """True when the count lies after the end of the location's agreement: the location is used
    without one ("noodgedwongen langer open", AenM-2026-03-26) — flagged, not refused."""
    overeenkomst_tot: date | None = None
    """The end of the agreement that ended (only when ``na_overeenkomst``)."""
    beheersbaar_en_veilig: bool | None = field(default=None, validator=_check_optional_bool)
    """For a count above its agreement: whether placing above it "beheersbaar en veilig kan", as
    the user gave it; ``None``: not established (or not above the agreement)."""

    @property
    def boven_overeenkomst(self) -> bool:
        """True when more people are placed than the agreement allows."""
        return self.boven > 0


def toets(b: Bezetting, loc: Locatie, voorwaarde: bool | None) -> Bezettingstoets:
    """One count against ``loc``'s agreement on its date; the ended agreement when none is in force."""
    ov = loc.overeenkomst_op(b.datum)
    if ov is None:
        geeindigd = loc.beeindigd_op(b.datum)
        return Bezettingstoets(
            locatie_id=b.locatie_id,
            datum=b.datum,
            personen=b.personen,
            capaciteit=0,
            boven=0,
            na_overeenkomst=True,
            overeenkomst_tot=None if geeindigd is None else geeindigd.periode.tot,
        )
    boven = max(0, b.personen - ov.capaciteit)
    return Bezettingstoets(
        locatie_id=b.locatie_id,
        datum=b.datum,
        personen=b.personen,
        capaciteit=ov.capaciteit,
        boven=boven,
        beheersbaar_en_veilig=voorwaarde if boven else None,
    )


def _voorwaarde(t: Bezettingstoets) -> Bericht:
    """Whether the minister's condition holds for a count above its agreement, in a sentence."""
    if t.beheersbaar_en_veilig is None:
        return bericht("opvang.voorwaarde.onbekend")
    if t.beheersbaar_en_veilig:
        return bericht("opvang.voorwaarde.ja")
    return bericht("opvang.voorwaarde.nee")


def stap_boven(rd: Redenering, t: Bezettingstoets) -> None:
    """The step of one count above its agreement, citing the minister's condition and its state."""
    rd.stap(
        bericht(
            "opvang.stap.boven",
            locatie=t.locatie_id,
            datum=t.datum,
            personen=t.personen,
            capaciteit=t.capaciteit,
            boven=t.boven,
            voorwaarde=_voorwaarde(t),
        ),
        bron(_BRON_BOVEN),
        personen=t.personen,
        capaciteit=t.capaciteit,
        **({} if t.beheersbaar_en_veilig is None else {"beheersbaar_en_veilig": t.beheersbaar_en_veilig}),
    )


def stap_langer_open(rd: Redenering, t: Bezettingstoets) -> None:
    """The step of one count after the end of its location's agreement: flagged, not refused."""
    rd.stap(
        bericht(
            "opvang.stap.langer_open",
            locatie=t.locatie_id,
            datum=t.datum,
            personen=t.personen,
            tot=t.overeenkomst_tot,
        ),
        bron(_BRON_BOVEN),
        bron(_BRON_LANGER_OPEN),
        personen=t.personen,
    )


def toets_bezetting(
    locaties: Sequence[Locatie],
    bezettingen: Sequence[Bezetting],
    *,
    reg: Register | None = None,
    beheersbaar_en_veilig: bool | None = None,
) -> Uitkomst[tuple[Bezettingstoets, ...]]:
    """Every count against the agreement in force on its date, sorted by location and date.

    An unknown location, a duplicate count or a count before the location's first agreement is an
    error. Every count above the agreement gets a step citing the minister's condition that placing
    above bestuursovereenkomsten is allowed only "als dit beheersbaar en veilig kan", and saying
    whether it holds: ``beheersbaar_en_veilig`` is the user's word on it (``None``, the default:
    not established). A count after the end of the location's agreement is flagged
    (``na_overeenkomst``; the location "noodgedwongen langer open", AenM-2026-03-26), not refused.
    """
    r = register() if reg is None else reg
    voorwaarde = check_voorwaarde(beheersbaar_en_veilig)
    _controleer(locaties, bezettingen, r, veld="bezetting")
    per_id = {loc.id: loc for loc in locaties}
    rd = Redenering()
    rd.gebruikt(bronnen_versie())
    toetsen = tuple(
        toets(b, per_id[b.locatie_id], voorwaarde)
        for b in sorted(bezettingen, key=lambda b: (b.locatie_id, b.datum))
    )
    boven = [t for t in toetsen if t.boven_overeenkomst]
    na = [t for t in toetsen if t.na_overeenkomst]
    rd.stap(
        bericht("opvang.stap.getoetst", tellingen=len(toetsen), boven=len(boven))
        if not na
        else bericht(
            "opvang.stap.getoetst_langer_open", tellingen=len(toetsen), boven=len(boven), na=len(na)
        ),
        bron(_BRON_BOVEN),
    )
    for t in boven:
        stap_boven(rd, t)
    for t in na:
        stap_langer_open(rd, t)
    return rd.uitkomst(toetsen)


publiceer_hier(globals())  # the package's public names defined here: asielketen.opvang.<name>
