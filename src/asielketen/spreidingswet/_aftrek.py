"""Durable places deducted from a province's number (Spreidingswet art. 2 lid 3; Besluit art. 3.1).

A place counts when it is available for at least five years and is available on the raming date
or becomes so within the twelve months after it (the day twelve months after the raming included:
ADR 0008), at locations of the minimum size of Besluit art.
3.1: 100 regular or 16 special places per gemeente (spread over facilities within the gemeente, so
the minimum applies to the gemeente's total). The terms and sizes are effective-dated parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, InvalidPeriodError
from ..explain import Redenering, Uitkomst
from ..gebied import Provincie, Register, register
from ..parameters import parameter, parameterversie
from ..periods import Geldigheid, Periode, as_date
from ..taal import bericht
from ._gemeenschappelijk import BESTAND, check_aantal, geheel

__all__ = ["Aftrek", "DuurzameLocatie", "aftrek_duurzaam"]


@frozen(kw_only=True)
class DuurzameLocatie:
    """A location with places whose availability may make them durable (art. 2 lid 3)."""

    gemeentecode: str
    """The gemeente it lies in."""
    plaatsen: int = field(validator=check_aantal)
    """The number of places."""
    beschikbaar: Periode
    """When the places are available (open-ended: ``tot=None``)."""
    bijzonder: bool = False
    """True for opvangplaatsen van bijzondere aard (minimum 16 instead of 100)."""


@frozen(kw_only=True)
class Aftrek:
    """The deduction of durable places from a province's number."""

    provinciecode: str
    """The province."""
    opgave: int
    """The province's number before the deduction."""
    aftrek: int
    """Durable places deducted."""
    resterend: int
    """``max(0, opgave − aftrek)``: what the province must still provide."""
    meegeteld: tuple[DuurzameLocatie, ...]
    """The locations that counted."""
    niet_meegeteld: tuple[DuurzameLocatie, ...]
    """The locations that did not count (too short, too late, or below the minimum size)."""


def aftrek_duurzaam(
    provinciecode: str,
    opgave: int,
    locaties: Sequence[DuurzameLocatie],
    *,
    raming_datum: date,
    reg: Register | None = None,
) -> Uitkomst[Aftrek]:
    """Subtract durable places from a province's number (Spreidingswet art. 2 lid 3).

    A place counts when it is available for at least five years and is available on
    ``raming_datum`` or becomes so within the twelve months after it (up to and including the day
    twelve months later, ADR 0008), at locations of the minimum
    size of Besluit art. 3.1: 100 regular or 16 special places per gemeente (they may be spread over
    several facilities within the gemeente, so the minimum applies to the gemeente's total).
    """
    from dateutil.relativedelta import relativedelta  # imported when needed (issue 18)

    raming_datum = as_date(raming_datum, "raming_datum")
    r = register() if reg is None else reg
    p = r.provincie(provinciecode)
    geheel("opgave", opgave)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    jaren = parameter(BESTAND, "spreidingswet.duurzaam.min_jaren").geldigheid_op(raming_datum)
    maanden = parameter(BESTAND, "spreidingswet.duurzaam.vooruit_maanden").geldigheid_op(raming_datum)
    min_reg = parameter(BESTAND, "spreidingswet.duurzaam.min_plaatsen_regulier").geldigheid_op(raming_datum)
    min_bijz = parameter(BESTAND, "spreidingswet.duurzaam.min_plaatsen_bijzonder").geldigheid_op(raming_datum)
    try:
        grens = raming_datum + relativedelta(months=int(maanden.waarde))
    except (ValueError, OverflowError):  # after 31 December 9999
        raise InvalidPeriodError(
            "raming_datum", raming_datum, bericht("spreidingswet.fout.na_kalender", maanden=maanden.waarde)
        ) from None
    rd.stap(
        bericht(
            "spreidingswet.duurzaam.regel",
            jaren=jaren.waarde,
            maanden=maanden.waarde,
            grens=grens,
            provincie=p.naam,
        ),
        jaren.bron,
        opgave=opgave,
    )
    tijdig: list[DuurzameLocatie] = []
    niet: list[DuurzameLocatie] = []
    for loc in locaties:
        _in_provincie(r, loc, p)
        (tijdig if _lang_en_tijdig(loc, raming_datum, grens, int(jaren.waarde)) else niet).append(loc)
    rd.stap(
        bericht("spreidingswet.duurzaam.omvang", regulier=min_reg.waarde, bijzonder=min_bijz.waarde),
        min_reg.bron,
        min_bijz.bron,
    )
    meegeteld, te_klein = _groot_genoeg(tijdig, min_reg, min_bijz)
    niet.extend(te_klein)
    aftrek = sum(x.plaatsen for x in meegeteld)
    resterend = max(0, opgave - aftrek)
    rd.stap(
        bericht("spreidingswet.duurzaam.aftrek_groter", aftrek=aftrek, provincie=p.naam, resterend=resterend)
        if aftrek > opgave
        else bericht("spreidingswet.duurzaam.aftrek", aftrek=aftrek, provincie=p.naam, resterend=resterend),
        bron("spreidingswet.art2.lid3"),
        aftrek=aftrek,
        resterend=resterend,
    )
    return rd.uitkomst(
        Aftrek(
            provinciecode=p.code,
            opgave=opgave,
            aftrek=aftrek,
            resterend=resterend,
            meegeteld=tuple(meegeteld),
            niet_meegeteld=tuple(niet),
        )
    )


def _in_provincie(r: Register, loc: DuurzameLocatie, p: Provincie) -> None:
    """A location of another province is an error naming it."""
    g = r.gemeente(loc.gemeentecode)
    if g.provinciecode != p.code:
        raise InvalidInputError(
            "locaties.gemeentecode",
            loc.gemeentecode,
            bericht("spreidingswet.fout.gemeente_ligt_niet_in", gemeente=g.naam, provincie=p.naam),
        )


def _lang_en_tijdig(loc: DuurzameLocatie, raming_datum: date, grens: date, jaren: int) -> bool:
    """Available for at least ``jaren`` years from the raming (or its later start), and available
    on the raming date or from a day within the twelve months after it, ``grens`` included: the
    months are counted as the six months of art. 7 lid 1 onder a are (ADR 0008)."""
    from dateutil.relativedelta import relativedelta  # imported when needed (issue 18)

    start = max(loc.beschikbaar.van, raming_datum)
    try:
        lang_genoeg = loc.beschikbaar.tot is None or start + relativedelta(years=jaren) <= loc.beschikbaar.tot
    except (ValueError, OverflowError):  # the minimum term ends after 9999: not durable
        lang_genoeg = False
    op_tijd = loc.beschikbaar.van <= grens and (  # the twelve months include their last day (ADR 0008)
        loc.beschikbaar.tot is None or loc.beschikbaar.tot > raming_datum
    )
    return lang_genoeg and op_tijd


def _groot_genoeg(
    locaties: Sequence[DuurzameLocatie], min_reg: Geldigheid[Any], min_bijz: Geldigheid[Any]
) -> tuple[list[DuurzameLocatie], list[DuurzameLocatie]]:
    """The locations whose gemeente has at least the minimum of its kind in total (Besluit art. 3.1),
    and the others; by gemeente and kind, in that order."""
    per_gemeente: dict[tuple[str, bool], list[DuurzameLocatie]] = {}
    for loc in locaties:
        per_gemeente.setdefault((loc.gemeentecode, loc.bijzonder), []).append(loc)
    meegeteld: list[DuurzameLocatie] = []
    te_klein: list[DuurzameLocatie] = []
    for (_code, bijzonder), locs in sorted(per_gemeente.items()):
        minimum = int(min_bijz.waarde if bijzonder else min_reg.waarde)
        (meegeteld if sum(x.plaatsen for x in locs) >= minimum else te_klein).extend(locs)
    return meegeteld, te_klein


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
