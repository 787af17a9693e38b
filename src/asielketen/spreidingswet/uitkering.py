"""The specifieke uitkeringen of the Spreidingswet (art. 9, art. 13; Besluit art. 3.2).

* :func:`uitkering_75` — art. 9 lid 3: after the two-year period, an uitkering for every place by
  which **75 %** of the province's number is exceeded (places already paid under lid 2 excluded),
  split between the province and — pro rata to the places they offered — the gemeenten that
  offered places and met their task. The 75 % and the split are law and computed exactly; the
  amount per place and the province's part are not in the texts we could read, so the user gives
  them (without them the result gives places and shares, no euros).
* :func:`uitkering_duurzaam` — art. 9 lid 2 onder b (and art. 13 lid 3 for the first cycle): an
  uitkering per durable place above a threshold set by regeling. Amounts per phase are press figures
  (status pers) shipped in ``spreidingswet.json``; the threshold is taken as the indicative number
  (status aanname). Both can be overridden.

Money is ``Decimal``; splits of money are exact to the cent and add up to the total.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal, DecimalException, Inexact, localcontext
from fractions import Fraction
from typing import Any

from attrs import field, frozen

from .._validation import geheel_getal
from ..apportion import _hamilton_kern
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..parameters import parameter, parameterversie
from ..periods import Cyclus, as_date
from ..taal import bericht
from ._common import BESTAND, als_cyclus, check_aantal

__all__ = [
    "Aandeel",
    "AangebodenPlaatsen",
    "Fase",
    "Uitkering75",
    "UitkeringDuurzaam",
    "uitkering_75",
    "uitkering_duurzaam",
]

CENT = Decimal("0.01")


def _check_money(_: object, attribute: object, value: Any) -> None:
    if value is not None and (not isinstance(value, Decimal) or not value.is_finite() or value < 0):
        raise InvalidInputError(
            getattr(attribute, "name", "bedrag"), value, bericht("spreidingswet.uitkering.fout_bedrag")
        )


@frozen(kw_only=True)
class Aandeel:
    """One recipient's share of the art. 9 lid 3 uitkering."""

    ontvanger: str
    """``"provincie"`` or a gemeentecode."""
    fractie: Fraction
    """The exact share: of the whole uitkering when the province's part is known, otherwise of the
    gemeenten' part (see :attr:`Uitkering75.provincie_aandeel_bekend`)."""
    bedrag: Decimal | None = field(default=None, validator=_check_money)
    """The amount in euro (cents exact), when an amount per place was given."""


@frozen(kw_only=True)
class Uitkering75:
    """The art. 9 lid 3 uitkering of one province after the two-year period."""

    provinciecode: str
    """The province."""
    opgave: int
    """The province's number of places (art. 3 lid 1)."""
    drempel: int
    """``⌊0.75 × opgave⌋``: places above this number count."""
    geboden: int
    """Places offered in the province, excluding those paid under lid 2."""
    plaatsen_boven_drempel: int
    """``max(0, geboden − drempel)``: the places the uitkering pays for."""
    verschuldigd: bool
    """False before the two-year period has ended, or when no place exceeds the threshold."""
    aandelen: tuple[Aandeel, ...] = ()
    """The split: province first, then the eligible gemeenten by code."""
    totaal: Decimal | None = field(default=None, validator=_check_money)
    """The whole uitkering in euro, when an amount per place and the province's part were given."""
    provincie_aandeel_bekend: bool = False
    """Whether the province's part was given; without it the shares are of the gemeenten' part only."""
    niet_toegewezen: Fraction = Fraction(0)
    """The share of the whole that no recipient qualifies for (no gemeente met its task)."""
    niet_toegewezen_bedrag: Decimal | None = field(default=None, validator=_check_money)
    """That share in euro, when amounts are known."""


def _split_cents(totaal: Decimal, fracties: Mapping[str, Fraction]) -> dict[str, Decimal]:
    """Split an amount exactly to the cent by largest remainder (deterministic by key)."""
    cents = int((totaal / CENT).to_integral_value())
    noemer = math.lcm(*(f.denominator for f in fracties.values()))
    sleutels = sorted(fracties)
    # the fractions sum to 1, so the weights to noemer > 0; amounts are bounded by the decimal
    # context (not by GROOTSTE_AANTAL, which bounds counts): the kernel, not the public function
    gewichten = [int(fracties[k] * noemer) for k in sleutels]
    delen = dict(zip(sleutels, _hamilton_kern(cents, gewichten, sum(gewichten)), strict=True))
    with _exact():
        return {k: Decimal(v) * CENT for k, v in delen.items()}


@contextmanager
def _exact() -> Iterator[None]:
    """A decimal context in which a rounded (inexact) result raises ``decimal.Inexact``."""
    with localcontext() as ctx:
        ctx.traps[Inexact] = True
        yield


def uitkering_75(
    provinciecode: str,
    *,
    cyclus: Cyclus,
    opgave: int,
    geboden: Mapping[str, int],
    voldaan: Sequence[str],
    peildatum: date,
    uitgesloten_lid2: int = 0,
    provincie_aandeel: Fraction | None = None,
    bedrag_per_plaats: Decimal | None = None,
) -> Uitkomst[Uitkering75]:
    """The art. 9 lid 3 uitkering of a province, at ``peildatum``.

    ``geboden`` maps each gemeente of the province to the places it offered; ``voldaan`` lists the
    gemeenten that met their task under the verdeelbesluit (art. 5 lid 1). ``uitgesloten_lid2`` are
    places already paid on a gemeente's request under lid 2 (excluded; part of those offered, so at
    most the sum of ``geboden``). ``provincie_aandeel`` (a
    fraction of the whole) and ``bedrag_per_plaats`` are not in the law: without them the result
    gives places and exact shares but no euros.
    """
    cyclus = als_cyclus(cyclus)
    peildatum = as_date(peildatum)
    for naam, waarde in (("opgave", opgave), ("uitgesloten_lid2", uitgesloten_lid2)):
        geheel_getal(naam, waarde, reden=bericht("spreidingswet.fout.geheel_getal"))
    for code, n in geboden.items():
        geheel_getal(f"geboden[{code}]", n, reden=bericht("spreidingswet.fout.geheel_getal"))
    if uitgesloten_lid2 > sum(geboden.values()):  # the excluded places are among those offered
        raise InvalidInputError(
            "uitgesloten_lid2",
            uitgesloten_lid2,
            bericht("spreidingswet.uitkering.fout_uitgesloten", geboden=sum(geboden.values())),
        )
    onbekend = sorted(set(voldaan) - set(geboden))
    if onbekend:
        raise InvalidInputError("voldaan", onbekend, bericht("spreidingswet.uitkering.fout_voldaan"))
    if provincie_aandeel is not None and not 0 <= provincie_aandeel <= 1:
        raise InvalidInputError(
            "provincie_aandeel", provincie_aandeel, bericht("spreidingswet.uitkering.fout_fractie")
        )
    if bedrag_per_plaats is not None:
        _check_money(None, None, bedrag_per_plaats)

    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    art = bron("spreidingswet.art9.lid3")
    fractie = parameter(BESTAND, "spreidingswet.uitkering.drempel_fractie").geldigheid_op(peildatum)
    f = Fraction(fractie.waarde)
    drempel = (f.numerator * opgave) // f.denominator
    totaal_geboden = sum(geboden.values())
    netto = max(0, totaal_geboden - uitgesloten_lid2)
    boven = max(0, netto - drempel)
    einde = cyclus.verdeelperiode.tot
    assert einde is not None
    rd.stap(
        bericht(
            "spreidingswet.uitkering.drempel",
            periode=cyclus.verdeelperiode,
            procent=f.numerator * 100 // f.denominator,
            opgave=opgave,
            drempel=drempel,
        ),
        fractie.bron,
        opgave=opgave,
        drempel=drempel,
    )
    rd.stap(
        bericht(
            "spreidingswet.uitkering.geboden",
            geboden=totaal_geboden,
            uitgesloten=uitgesloten_lid2,
            boven=boven,
        ),
        art,
        geboden=totaal_geboden,
        uitgesloten=uitgesloten_lid2,
        boven_drempel=boven,
    )
    verschuldigd = peildatum >= einde and boven > 0
    if peildatum < einde:
        rd.stap(
            bericht("spreidingswet.uitkering.nog_niet", peildatum=peildatum, einde=einde),
            art,
        )
    recht = sorted(c for c in voldaan if geboden.get(c, 0) > 0)
    som_recht = sum(geboden[c] for c in recht)
    aandelen: list[Aandeel] = []
    totaal: Decimal | None = None
    niet_toegewezen = Fraction(0)
    niet_toegewezen_bedrag: Decimal | None = None
    if verschuldigd:
        if provincie_aandeel is None:
            rd.stap(
                bericht("spreidingswet.uitkering.provincie_deel_onbekend"),
                bron("aanname.spreidingswet.provincie-aandeel"),
            )
            gem_deel = Fraction(1)
        else:
            gem_deel = 1 - provincie_aandeel
            aandelen.append(Aandeel(ontvanger="provincie", fractie=provincie_aandeel))
            rd.stap(
                bericht("spreidingswet.uitkering.provincie_deel", aandeel=provincie_aandeel),
                bron("aanname.spreidingswet.provincie-aandeel"),
                provincie_aandeel=provincie_aandeel,
            )
        if som_recht > 0:
            for c in recht:
                aandelen.append(Aandeel(ontvanger=c, fractie=gem_deel * Fraction(geboden[c], som_recht)))
        elif gem_deel > 0:
            niet_toegewezen = gem_deel if provincie_aandeel is not None else Fraction(0)
            rd.stap(
                bericht("spreidingswet.uitkering.niemand"),
                art,
            )
        rd.stap(
            bericht("spreidingswet.uitkering.naar_rato", aantal=len(recht)),
            art,
            gemeenten=len(recht),
        )
        if bedrag_per_plaats is not None and provincie_aandeel is not None:
            fracties = {a.ontvanger: a.fractie for a in aandelen}
            if niet_toegewezen:
                fracties["(niet toegewezen)"] = niet_toegewezen
            try:  # exact to the cent, or refused: never a rounded amount, never decimal.Overflow
                with _exact():
                    totaal = bedrag_per_plaats * boven
                cents = _split_cents(totaal, fracties)
            except DecimalException:
                raise InvalidInputError(
                    "bedrag_per_plaats",
                    bedrag_per_plaats,
                    bericht("spreidingswet.uitkering.fout_bedrag_groot"),
                ) from None
            aandelen = [
                Aandeel(ontvanger=a.ontvanger, fractie=a.fractie, bedrag=cents[a.ontvanger]) for a in aandelen
            ]
            niet_toegewezen_bedrag = cents.get("(niet toegewezen)", Decimal("0.00"))
            rd.stap(
                bericht("spreidingswet.uitkering.bedrag", bedrag=str(bedrag_per_plaats), totaal=str(totaal)),
                bron("aanname.gebruiker.bedrag"),
                bedrag_per_plaats=bedrag_per_plaats,
                totaal=totaal,
            )
    return rd.uitkomst(
        Uitkering75(
            provinciecode=provinciecode,
            opgave=opgave,
            drempel=drempel,
            geboden=netto,
            plaatsen_boven_drempel=boven,
            verschuldigd=verschuldigd,
            aandelen=tuple(aandelen),
            totaal=totaal,
            provincie_aandeel_bekend=provincie_aandeel is not None,
            niet_toegewezen=niet_toegewezen,
            niet_toegewezen_bedrag=niet_toegewezen_bedrag,
        )
    )


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
    totaal: Decimal = field(validator=_check_money)
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
    geheel_getal("drempel", drempel, reden=bericht("spreidingswet.fout.geheel_getal"))
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    rd.stap(
        bericht("spreidingswet.duurzaam.drempel", drempel=drempel),
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
        if telt == 0:
            continue
        if bedragen is not None and batch.fase in bedragen:
            bedrag = bedragen[batch.fase]
            _check_money(None, None, bedrag)
            rd.stap(
                bericht(
                    "spreidingswet.duurzaam.batch_gebruiker",
                    plaatsen=telt,
                    fase=batch.fase,
                    bedrag=str(bedrag),
                ),
                bron("aanname.gebruiker.bedrag"),
                plaatsen=telt,
                bedrag=bedrag,
            )
        elif batch.fase in _PARAM:
            g = parameter(BESTAND, _PARAM[batch.fase]).geldigheid_op(peildatum)
            bedrag = g.waarde
            rd.stap(
                bericht("spreidingswet.duurzaam.batch", plaatsen=telt, fase=batch.fase, bedrag=str(bedrag)),
                g.bron,
                plaatsen=telt,
                bedrag=bedrag,
            )
        else:
            rd.stap(
                bericht("spreidingswet.duurzaam.batch_dwang", plaatsen=telt),
                bron("pers.omroepbrabant-2024-01-spreidingswet-bonus"),
                plaatsen=telt,
            )
            continue
        try:  # exact, or refused: never a rounded amount, never decimal.Overflow
            with _exact():
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
