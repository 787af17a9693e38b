"""The specifieke uitkering of art. 9 lid 3 Spreidingswet: 75 % of the province's number.

After the two-year period the minister pays for every place by which **75 %** of the province's
number is exceeded (places already paid under lid 2 excluded), split between the province and —
pro rata to the places they offered — the gemeenten that offered places and met their task. The
75 % and the split are law and computed exactly; the amount per place and the province's part are
not in the texts we could read, so the user gives them (without them the result gives places and
shares, no euros).

Money is ``Decimal``; splits of money are exact to the cent and add up to the total.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, DecimalException
from fractions import Fraction

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..apportion import _hamilton_kern
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..gebied import Register, register
from ..parameters import parameter, parameterversie
from ..periods import Cyclus, as_date
from ..taal import bericht
from ._cyclus import wettelijke_cyclus
from ._gemeenschappelijk import BESTAND, check_bedrag, exact, geheel

__all__ = ["CENT", "Aandeel", "Uitkering75", "uitkering_75"]

CENT = Decimal("0.01")

_NIET_TOEGEWEZEN = "(niet toegewezen)"
"""The key of the share no recipient qualifies for, in the split of the money."""


def _split_cents(totaal: Decimal, fracties: Mapping[str, Fraction]) -> dict[str, Decimal]:
    """Split an amount exactly to the cent by largest remainder (deterministic by key)."""
    cents = int((totaal / CENT).to_integral_value())
    noemer = math.lcm(*(f.denominator for f in fracties.values()))
    sleutels = sorted(fracties)
    # the fractions sum to 1, so the weights to noemer > 0; amounts are bounded by the decimal
    # context (not by GROOTSTE_AANTAL, which bounds counts): the kernel, not the public function
    gewichten = [int(fracties[k] * noemer) for k in sleutels]
    delen = dict(zip(sleutels, _hamilton_kern(cents, gewichten, sum(gewichten)), strict=True))
    with exact():
        return {k: Decimal(v) * CENT for k, v in delen.items()}


@frozen(kw_only=True)
class Aandeel:
    """One recipient's share of the art. 9 lid 3 uitkering."""

    ontvanger: str
    """``"provincie"`` or a gemeentecode."""
    fractie: Fraction
    """The exact share: of the whole uitkering when the province's part is known, otherwise of the
    gemeenten' part (see :attr:`Uitkering75.provincie_aandeel_bekend`)."""
    bedrag: Decimal | None = field(default=None, validator=check_bedrag)
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
    totaal: Decimal | None = field(default=None, validator=check_bedrag)
    """The whole uitkering in euro, when an amount per place and the province's part were given."""
    provincie_aandeel_bekend: bool = False
    """Whether the province's part was given; without it the shares are of the gemeenten' part only."""
    niet_toegewezen: Fraction = Fraction(0)
    """The share of the whole that no recipient qualifies for (no gemeente met its task)."""
    niet_toegewezen_bedrag: Decimal | None = field(default=None, validator=check_bedrag)
    """That share in euro, when amounts are known."""


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
    reg: Register | None = None,
) -> Uitkomst[Uitkering75]:
    """The art. 9 lid 3 uitkering of a province, at ``peildatum``.

    ``geboden`` maps each gemeente of the province to the places it offered; ``voldaan`` lists the
    gemeenten that met their task under the verdeelbesluit (art. 5 lid 1). ``uitgesloten_lid2`` are
    places already paid on a gemeente's request under lid 2 (excluded; part of those offered, so at
    most the sum of ``geboden``). ``provincie_aandeel`` (a
    fraction of the whole) and ``bedrag_per_plaats`` are not in the law: without them the result
    gives places and exact shares but no euros.

    The places counted are those "in de provincie" (art. 9 lid 3): the province must exist and every
    gemeente of ``geboden`` lie in it (checked in ``reg``, the shipped register by default), else an
    :class:`~asielketen.errors.InvalidInputError` naming it. ``cyclus`` is one of the law's cycles.
    """
    cyclus = wettelijke_cyclus(cyclus)
    peildatum = as_date(peildatum)
    _controleer_75(opgave, geboden, voldaan, uitgesloten_lid2, provincie_aandeel, bedrag_per_plaats)
    provinciecode = _in_de_provincie(provinciecode, geboden, register() if reg is None else reg)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    art = bron("spreidingswet.art9.lid3")
    fractie = parameter(BESTAND, "spreidingswet.uitkering.drempel_fractie").geldigheid_op(peildatum)
    f = Fraction(fractie.waarde)
    drempel = (f.numerator * opgave) // f.denominator  # ⌊75 % × opgave⌋
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
        rd.stap(bericht("spreidingswet.uitkering.nog_niet", peildatum=peildatum, einde=einde), art)
    aandelen: list[Aandeel] = []
    totaal: Decimal | None = None
    niet_toegewezen = Fraction(0)
    niet_toegewezen_bedrag: Decimal | None = None
    if verschuldigd:
        aandelen, niet_toegewezen = _aandelen(rd, geboden, voldaan, provincie_aandeel)
        if bedrag_per_plaats is not None and provincie_aandeel is not None:
            totaal, aandelen, niet_toegewezen_bedrag = _bedragen(
                rd, bedrag_per_plaats, boven, aandelen, niet_toegewezen
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


def _in_de_provincie(provinciecode: str, geboden: Mapping[str, int], r: Register) -> str:
    """The province's code (an unknown province is an error naming it), after checking that every
    gemeente of ``geboden`` lies in it: art. 9 lid 3 counts the places "in de provincie"."""
    p = r.provincie(provinciecode)
    for code in geboden:
        g = r.gemeente(code)
        if g.provinciecode != p.code:
            raise InvalidInputError(
                f"geboden[{code}]",
                g.naam,
                bericht("spreidingswet.uitkering.fout_buiten_provincie", gemeente=g.naam, provincie=p.naam),
            )
    return p.code


def _controleer_75(
    opgave: int,
    geboden: Mapping[str, int],
    voldaan: Sequence[str],
    uitgesloten_lid2: int,
    provincie_aandeel: Fraction | None,
    bedrag_per_plaats: Decimal | None,
) -> None:
    """The inputs of :func:`uitkering_75`, checked before any step."""
    geheel("opgave", opgave)
    geheel("uitgesloten_lid2", uitgesloten_lid2)
    for code, n in geboden.items():
        geheel(f"geboden[{code}]", n)
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
        check_bedrag(None, None, bedrag_per_plaats)


def _aandelen(
    rd: Redenering, geboden: Mapping[str, int], voldaan: Sequence[str], provincie_aandeel: Fraction | None
) -> tuple[list[Aandeel], Fraction]:
    """The split: the province's part (if given), the rest to the gemeenten that offered places and
    met their task, pro rata to the places they offered; and the share no one qualifies for."""
    art = bron("spreidingswet.art9.lid3")
    aandelen: list[Aandeel] = []
    if provincie_aandeel is None:
        rd.stap(
            "spreidingswet.uitkering.provincie_deel_onbekend", bron("aanname.spreidingswet.provincie-aandeel")
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
    recht = sorted(c for c in voldaan if geboden.get(c, 0) > 0)
    som_recht = sum(geboden[c] for c in recht)
    niet_toegewezen = Fraction(0)
    if som_recht > 0:
        aandelen.extend(
            Aandeel(ontvanger=c, fractie=gem_deel * Fraction(geboden[c], som_recht)) for c in recht
        )
    elif gem_deel > 0:
        niet_toegewezen = gem_deel if provincie_aandeel is not None else Fraction(0)
        rd.stap("spreidingswet.uitkering.niemand", art)
    rd.stap(bericht("spreidingswet.uitkering.naar_rato", aantal=len(recht)), art, gemeenten=len(recht))
    return aandelen, niet_toegewezen


def _bedragen(
    rd: Redenering, bedrag_per_plaats: Decimal, boven: int, aandelen: list[Aandeel], niet_toegewezen: Fraction
) -> tuple[Decimal, list[Aandeel], Decimal]:
    """The whole uitkering in euro and each share of it, exact to the cent (or refused: never a
    rounded amount, never decimal.Overflow); the shares add up to the whole."""
    fracties = {a.ontvanger: a.fractie for a in aandelen}
    if niet_toegewezen:
        fracties[_NIET_TOEGEWEZEN] = niet_toegewezen
    try:
        with exact():
            totaal = bedrag_per_plaats * boven
        cents = _split_cents(totaal, fracties)
    except DecimalException:
        raise InvalidInputError(
            "bedrag_per_plaats", bedrag_per_plaats, bericht("spreidingswet.uitkering.fout_bedrag_groot")
        ) from None
    rd.stap(
        bericht("spreidingswet.uitkering.bedrag", bedrag=str(bedrag_per_plaats), totaal=str(totaal)),
        bron("aanname.gebruiker.bedrag"),
        bedrag_per_plaats=bedrag_per_plaats,
        totaal=totaal,
    )
    met_bedrag = [
        Aandeel(ontvanger=a.ontvanger, fractie=a.fractie, bedrag=cents[a.ontvanger]) for a in aandelen
    ]
    return totaal, met_bedrag, cents.get(_NIET_TOEGEWEZEN, Decimal("0.00"))


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
