"""The specifieke uitkering for durable places (art. 9 lid 2 onder b, art. 13 lid 3; Besluit art. 3.2).

An uitkering per durable place above a threshold set by regeling. Amounts per phase are press
figures (status pers) shipped in ``spreidingswet.json``; the threshold is taken as the indicative
number (status aanname). Both can be overridden. Money is ``Decimal``, exact or refused.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, DecimalException

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..parameters import parameter, parameterversie
from ..periods import as_date
from ..taal import bericht
from ._gemeenschappelijk import BESTAND, check_aantal, check_bedrag, exact, geheel

__all__ = ["AangebodenPlaatsen", "Fase", "UitkeringDuurzaam", "uitkering_duurzaam"]


class Fase(enum.Enum):
    """When places were offered, which sets the press amount per place."""

    LANDELIJK = "landelijk"
    """Offered in the national (first) phase."""
    PROVINCIAAL = "provinciaal"
    """Found after provincial prompting."""
    DWANG = "dwang"
    """Realised under compulsion."""


@frozen(kw_only=True)
class AangebodenPlaatsen:
    """A batch of places a gemeente offered: how many, durable or not, in which phase."""

    plaatsen: int = field(validator=check_aantal)
    """The number of places."""
    duurzaam: bool
    """Available for at least five years (Besluit art. 1.1)."""
    fase: Fase
    """The phase in which they were offered."""


@frozen(kw_only=True)
class UitkeringDuurzaam:
    """The art. 9 lid 2 onder b uitkering of one gemeente."""

    drempel: int
    """Places up to this number earn nothing."""
    plaatsen_boven_drempel: int
    """Places above the threshold that earn an amount."""
    totaal: Decimal = field(validator=check_bedrag)
    """The uitkering in euro."""


_PARAM = {
    Fase.LANDELIJK: "spreidingswet.uitkering.duurzaam_landelijke_fase",
    Fase.PROVINCIAAL: "spreidingswet.uitkering.duurzaam_provinciale_fase",
}
_ORDER = {Fase.LANDELIJK: 0, Fase.PROVINCIAAL: 1, Fase.DWANG: 2}


def uitkering_duurzaam(
    aangeboden: Sequence[AangebodenPlaatsen],
    *,
    drempel: int,
    peildatum: date,
    bedragen: Mapping[Fase, Decimal] | None = None,
) -> Uitkomst[UitkeringDuurzaam]:
    """The uitkering for durable places above ``drempel`` (art. 9 lid 2 onder b; Besluit art. 1.1, 3.2).

    Only durable places (available for at least five years, Besluit art. 1.1) count: the Besluit
    defines this uitkering as the one "voor duurzame opvangplaatsen". Non-durable batches are listed
    in the explanation but neither count nor use up the threshold. The threshold is set by regeling,
    which we could not read: pass the gemeente's indicative number (as art. 13 lid 3 does for the
    first cycle; status aanname). Durable places count in the order they were offered — national
    phase, then provincial, then under compulsion — so the first ``drempel`` of them earn nothing.
    Amounts per place default to the press figures (€ 5,000 national phase, € 4,000 after
    provincial prompting; status pers); the press gives none for durable places under compulsion,
    so those earn nothing unless ``bedragen`` gives an amount for that phase.
    """
    peildatum = as_date(peildatum)
    geheel("drempel", drempel)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    rd.stap(
        "spreidingswet.duurzaam.drempel",
        bron("spreidingswet.art9.lid2"),
        bron("besluit-spreidingswet.art3.2"),
        bron("aanname.spreidingswet.drempel-duurzaam"),
        drempel=drempel,
    )
    niet_duurzaam = sum(b.plaatsen for b in aangeboden if not b.duurzaam)
    if niet_duurzaam:
        rd.stap(
            bericht("spreidingswet.duurzaam.niet_duurzaam", aantal=niet_duurzaam),
            bron("besluit-spreidingswet.art1.1"),
            niet_duurzaam=niet_duurzaam,
        )
    over = drempel
    totaal = Decimal(0)
    boven = 0
    for batch in sorted((b for b in aangeboden if b.duurzaam), key=lambda b: _ORDER[b.fase]):
        telt = max(0, batch.plaatsen - over)
        over = max(0, over - batch.plaatsen)
        bedrag = None if telt == 0 else _bedrag_per_plaats(rd, batch.fase, telt, peildatum, bedragen)
        if bedrag is None:
            continue
        try:  # exact, or refused: never a rounded amount, never decimal.Overflow
            with exact():
                totaal += bedrag * telt
        except DecimalException:
            raise InvalidInputError(
                "bedragen", bedrag, bericht("spreidingswet.uitkering.fout_bedrag_groot")
            ) from None
        boven += telt
    rd.stap(
        bericht("spreidingswet.duurzaam.totaal", totaal=str(totaal), plaatsen=boven),
        bron("spreidingswet.art9.lid2"),
    )
    return rd.uitkomst(UitkeringDuurzaam(drempel=drempel, plaatsen_boven_drempel=boven, totaal=totaal))


def _bedrag_per_plaats(
    rd: Redenering, fase: Fase, telt: int, peildatum: date, bedragen: Mapping[Fase, Decimal] | None
) -> Decimal | None:
    """The amount per place of a phase: the user's, else the press figure; ``None``: none known
    (under compulsion), so these places earn nothing."""
    if bedragen is not None and fase in bedragen:
        bedrag = bedragen[fase]
        check_bedrag(None, None, bedrag)
        rd.stap(
            bericht("spreidingswet.duurzaam.batch_gebruiker", plaatsen=telt, fase=fase, bedrag=str(bedrag)),
            bron("aanname.gebruiker.bedrag"),
            plaatsen=telt,
            bedrag=bedrag,
        )
        return bedrag
    if fase in _PARAM:
        g = parameter(BESTAND, _PARAM[fase]).geldigheid_op(peildatum)
        rd.stap(
            bericht("spreidingswet.duurzaam.batch", plaatsen=telt, fase=fase, bedrag=str(g.waarde)),
            g.bron,
            plaatsen=telt,
            bedrag=g.waarde,
        )
        gepubliceerd: Decimal = g.waarde
        return gepubliceerd
    rd.stap(
        "spreidingswet.duurzaam.batch_dwang",
        bron("pers.omroepbrabant-2024-01-spreidingswet-bonus"),
        plaatsen=telt,
    )
    return None


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
