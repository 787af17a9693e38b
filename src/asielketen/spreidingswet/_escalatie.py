"""What comes next when a designated gemeente is late: the escalation ladder at a peildatum.

The Spreidingswet itself has **no enforcement article**: it obliges the college to make a locatie
available within six months of the verdeelbesluit (art. 7 lid 1 onder a) and to report at once when
that will not be on time (art. 8). Non-delivery falls under the general interbestuurlijk toezicht:

1. in time (before the locatie deadline);
2. delay reported to the minister (art. 8);
3. deadline passed;
4. asked for an explanation — the minister's letter of 26 March 2026 (kenmerk 7312829) announces
   letters to gemeenten that have not met the verdeelbesluit;
5. the minister has asked GS to apply art. 124 (Gemeentewet art. 124a lid 1), within a term the
   minister sets;
6. indeplaatsstelling: GS decided to act in the gemeente's place, at its cost (art. 124 lid 1) —
   also when they did so at the minister's request; the gemeente can still provide within the term
   of the decision, after which GS provide themselves (art. 124 lid 2–3);
7. the minister: GS did not decide within the minister's term, so the power passed to the
   minister (art. 124a lid 1; art. 124 lid 2–4 apply, art. 124a lid 2).

The enforcement is current policy: the minister wrote on 26 March 2026 that the Spreidingswet
"blijft ... in stand", and the VNG reported on 28 May 2026 that it will be enforced actively and
"dat van iedere gemeente een bijdrage wordt verwacht"; the explanation quotes both from their dates
on. A withdrawal of the law exists only as the user's scenario (``intrekking``, status aanname),
never as a default.

>>> from datetime import date
>>> f = Escalatiefeiten(locatie_uiterlijk=date(2025, 7, 1))
>>> escalatie(f, date(2025, 6, 30)).waarde.trede.value
'op_schema'
>>> escalatie(f, date(2025, 7, 2)).waarde.trede.value
'termijn_verstreken'
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..periods import as_date
from ..sources import Bron
from ..taal import Bericht, als_bericht, bericht

__all__ = ["Escalatiefeiten", "Escalatiestand", "Trede", "escalatie"]


class Trede(enum.Enum):
    """A step on the escalation ladder, in order of severity."""

    VOLDAAN = "voldaan"
    """The locatie is available to the COA."""
    OP_SCHEMA = "op_schema"
    """Before the locatie deadline, no delay reported."""
    VERTRAGING_GEMELD = "vertraging_gemeld"
    """The college reported to the minister that it will not be on time (art. 8)."""
    TERMIJN_VERSTREKEN = "termijn_verstreken"
    """The locatie deadline has passed without a locatie."""
    UITLEG_GEVRAAGD = "uitleg_gevraagd"
    """The minister asked the gemeente for an explanation (letter of 26 Mar 2026)."""
    VERZOEK_MINISTER = "verzoek_minister"
    """The minister asked GS to apply art. 124; GS have not decided yet and the minister's term
    runs (Gemeentewet art. 124a lid 1)."""
    INDEPLAATSSTELLING = "indeplaatsstelling"
    """Gedeputeerde Staten decided to act in the gemeente's place (Gemeentewet art. 124), also when
    at the minister's request; after the decision's term GS provide themselves (lid 3)."""
    MINISTER = "minister"
    """GS did not decide within the minister's term: the power has passed to the minister
    (Gemeentewet art. 124a lid 1)."""

    @property
    def niveau(self) -> int:
        """The position on the ladder (0 = voldaan)."""
        return list(Trede).index(self)


@frozen(kw_only=True)
class Escalatiefeiten:
    """The dated facts about one gemeente's locatie (``None``: did not happen / not known)."""

    locatie_uiterlijk: date
    """The locatie deadline (six months after publication, or the longer term the decision set)."""
    locatie_beschikbaar: date | None = None
    """When a locatie was made available to the COA."""
    vertraging_gemeld: date | None = None
    """When the college reported a delay to the minister (art. 8)."""
    uitleg_gevraagd: date | None = None
    """When the minister asked for an explanation."""
    indeplaatsstelling: date | None = None
    """When GS decided on indeplaatsstelling (art. 124)."""
    indeplaatsstelling_termijn: date | None = None
    """The last day of the term the GS decision gives the gemeente (art. 124 lid 2)."""
    verzoek_minister: date | None = None
    """When the minister asked GS to apply art. 124 (art. 124a lid 1)."""
    verzoek_termijn: date | None = None
    """The term the minister set for GS; after it, the power passes to the minister."""


@frozen(kw_only=True)
class Escalatiestand:
    """Where a gemeente stands at a peildatum and what comes next."""

    peildatum: date
    """The reference date."""
    trede: Trede
    """The current step."""
    volgende: Bericht = field(converter=als_bericht)
    """What comes next, in every language (``str(volgende)``: in the current language)."""
    termijn: date | None = None
    """The deadline that matters now (locatie, GS term, minister's term), if any."""

    def __str__(self) -> str:
        return bericht(
            "spreidingswet.escalatie.stand",
            trede=self.trede,
            peildatum=self.peildatum,
            volgende=self.volgende,
        ).tekst()


def _on(d: date | None, peildatum: date) -> bool:
    return d is not None and d <= peildatum


def _als_zin(tekst: Bericht) -> Bericht:
    """``tekst`` as a sentence in every language: a capital first letter and a full stop."""
    return Bericht(tekst.sleutel, tuple(t[:1].upper() + t[1:] + "." for t in tekst.teksten))


def escalatie(
    feiten: Escalatiefeiten, peildatum: date, *, intrekking: date | None = None
) -> Uitkomst[Escalatiestand]:
    """Place a gemeente on the escalation ladder at ``peildatum``; each step with its source.

    ``intrekking`` is the user's scenario of a withdrawal of the Spreidingswet on that date (status
    aanname; the minister keeps the law in force, letter of 26 March 2026): from that date on, the
    ladder stays where it stood the day before and nothing follows under this law. Without it — the
    default — the law applies.
    """
    peildatum = as_date(peildatum)
    if intrekking is not None:
        intrekking = as_date(intrekking, "intrekking")
    _controleer(feiten)
    rd = Redenering()
    rd.gebruikt(bronnen_versie())
    rd.stap("spreidingswet.escalatie.toezicht", bron("spreidingswet.art7.lid1"), bron("gemeentewet.art124"))
    _brieven(rd, peildatum)
    op = peildatum
    if intrekking is not None:
        op = _intrekking(rd, intrekking, peildatum)
    stand_ = _stand(rd, feiten, op)
    if op != peildatum:  # withdrawn in the user's scenario: the ladder stops where it stood
        stand_ = Escalatiestand(
            peildatum=peildatum,
            trede=stand_.trede,
            volgende=bericht("spreidingswet.escalatie.volgende_ingetrokken", datum=intrekking),
        )
    return rd.uitkomst(stand_)


def _stand(rd: Redenering, feiten: Escalatiefeiten, peildatum: date) -> Escalatiestand:
    """The step reached at ``peildatum``: voldaan, before the deadline, or after it."""
    if _on(feiten.locatie_beschikbaar, peildatum):
        return _voldaan(rd, feiten, peildatum)
    if peildatum <= feiten.locatie_uiterlijk:
        return _binnen_termijn(rd, feiten, peildatum)
    rd.stap(
        bericht("spreidingswet.escalatie.verstreken", datum=feiten.locatie_uiterlijk),
        bron("spreidingswet.art7.lid1"),
    )
    return _na_termijn(rd, feiten, peildatum)


def _brieven(rd: Redenering, peildatum: date) -> None:
    """The enforcement as current policy, each letter quoted from its own date on: the minister
    keeps the law in force (26 March 2026); the VNG reports active enforcement (28 May 2026)."""
    minister, vng = bron("AenM-2026-03-26"), bron("VNG-2026-05-28")
    if _verschenen(minister, peildatum):
        rd.stap(bericht("spreidingswet.escalatie.in_stand", datum=_datum(minister)), minister)
    if _verschenen(vng, peildatum):
        rd.stap(bericht("spreidingswet.escalatie.handhaving", datum=_datum(vng)), vng)


def _datum(brief: Bron) -> date | None:
    """The date printed on a letter (``None`` for a source without one)."""
    datum = getattr(brief, "datum", None)
    return datum if isinstance(datum, date) else None


def _verschenen(brief: Bron, peildatum: date) -> bool:
    """Whether the letter existed on ``peildatum``."""
    datum = _datum(brief)
    return datum is not None and datum <= peildatum


def _intrekking(rd: Redenering, intrekking: date, peildatum: date) -> date:
    """The user's scenario of a withdrawal (never a default): the date the ladder is read on."""
    scenario = bron("aanname.spreidingswet.intrekking-scenario")
    if intrekking > peildatum:
        rd.stap(
            bericht("spreidingswet.escalatie.intrekking_later", datum=intrekking, peildatum=peildatum),
            scenario,
            bron("AenM-2026-03-26"),
        )
        return peildatum
    rd.stap(
        bericht("spreidingswet.escalatie.intrekking", datum=intrekking),
        scenario,
        bron("AenM-2026-03-26"),
        intrekking=intrekking,
    )
    try:
        return intrekking - timedelta(days=1)
    except OverflowError:  # withdrawn on 1 January of year 1: nothing stood before
        return intrekking


def _controleer(feiten: Escalatiefeiten) -> None:
    """A term needs the decision that sets it, and ends on or after it."""
    if feiten.indeplaatsstelling_termijn is not None and feiten.indeplaatsstelling is None:
        raise InvalidInputError(
            "indeplaatsstelling_termijn",
            feiten.indeplaatsstelling_termijn,
            bericht("spreidingswet.escalatie.fout_termijn"),
        )
    if feiten.verzoek_termijn is not None and feiten.verzoek_minister is None:
        raise InvalidInputError(
            "verzoek_termijn", feiten.verzoek_termijn, bericht("spreidingswet.escalatie.fout_termijn_verzoek")
        )
    for termijnveld, besluitveld in (
        ("indeplaatsstelling_termijn", "indeplaatsstelling"),
        ("verzoek_termijn", "verzoek_minister"),
    ):
        eind, begin = getattr(feiten, termijnveld), getattr(feiten, besluitveld)
        if eind is not None and begin is not None and eind < begin:
            raise InvalidInputError(
                termijnveld,
                eind,
                bericht("spreidingswet.escalatie.fout_voor_besluit", besluit=besluitveld, datum=begin),
            )


def _voldaan(rd: Redenering, feiten: Escalatiefeiten, peildatum: date) -> Escalatiestand:
    """The locatie is available (art. 7 lid 1 onder a): realise the places, late or not."""
    beschikbaar = feiten.locatie_beschikbaar
    assert beschikbaar is not None
    rd.stap(
        bericht("spreidingswet.escalatie.beschikbaar", datum=beschikbaar), bron("spreidingswet.art7.lid1")
    )
    te_laat = beschikbaar > feiten.locatie_uiterlijk
    return Escalatiestand(
        peildatum=peildatum,
        trede=Trede.VOLDAAN,
        volgende=bericht("spreidingswet.escalatie.volgende_realiseren_te_laat")
        if te_laat
        else bericht("spreidingswet.escalatie.volgende_realiseren"),
    )


def _binnen_termijn(rd: Redenering, feiten: Escalatiefeiten, peildatum: date) -> Escalatiestand:
    """Before the locatie deadline: on schedule, or a delay reported (art. 8)."""
    uiterlijk = feiten.locatie_uiterlijk
    if _on(feiten.vertraging_gemeld, peildatum):
        rd.stap("spreidingswet.escalatie.vertraging", bron("spreidingswet.art8"))
        return Escalatiestand(
            peildatum=peildatum,
            trede=Trede.VERTRAGING_GEMELD,
            volgende=bericht("spreidingswet.escalatie.volgende_alsnog", datum=uiterlijk),
            termijn=uiterlijk,
        )
    rd.stap(
        bericht("spreidingswet.escalatie.termijn_loopt", datum=uiterlijk),
        bron("spreidingswet.art7.lid1"),
        bron("spreidingswet.art8"),
    )
    return Escalatiestand(
        peildatum=peildatum,
        trede=Trede.OP_SCHEMA,
        volgende=bericht("spreidingswet.escalatie.volgende_op_schema", datum=uiterlijk),
        termijn=uiterlijk,
    )


def _na_termijn(rd: Redenering, feiten: Escalatiefeiten, peildatum: date) -> Escalatiestand:
    """After the deadline, the highest step reached: the minister (the power passed, Gemeentewet
    art. 124a lid 1), indeplaatsstelling by GS (art. 124, also at the minister's request), the
    minister's request pending, an explanation asked, or only the deadline passed."""
    verzocht = _on(feiten.verzoek_minister, peildatum)
    if verzocht:
        rd.stap(
            bericht("spreidingswet.escalatie.verzoek_minister", datum=feiten.verzoek_minister),
            bron("gemeentewet.art124a"),
        )
    if verzocht and _bevoegdheid_over(feiten, peildatum):
        rd.stap(
            bericht("spreidingswet.escalatie.overgegaan", datum=feiten.verzoek_termijn),
            bron("gemeentewet.art124a"),
        )
        return Escalatiestand(
            peildatum=peildatum,
            trede=Trede.MINISTER,
            volgende=bericht("spreidingswet.escalatie.volgende_minister"),
        )
    if _on(feiten.indeplaatsstelling, peildatum):
        return _indeplaatsstelling(rd, feiten, peildatum)
    if verzocht:
        return Escalatiestand(
            peildatum=peildatum,
            trede=Trede.VERZOEK_MINISTER,
            volgende=bericht("spreidingswet.escalatie.volgende_gs_termijn"),
            termijn=feiten.verzoek_termijn,
        )
    if _on(feiten.uitleg_gevraagd, peildatum):
        rd.stap("spreidingswet.escalatie.uitleg_gevraagd", bron("AenM-2026-03-26"))
        return Escalatiestand(
            peildatum=peildatum,
            trede=Trede.UITLEG_GEVRAAGD,
            volgende=bericht("spreidingswet.escalatie.volgende_indeplaatsstelling"),
        )
    rd.stap("spreidingswet.escalatie.brief", bron("AenM-2026-03-26"))
    return Escalatiestand(
        peildatum=peildatum,
        trede=Trede.TERMIJN_VERSTREKEN,
        volgende=bericht("spreidingswet.escalatie.volgende_uitleg"),
    )


def _bevoegdheid_over(feiten: Escalatiefeiten, peildatum: date) -> bool:
    """The minister's term has passed and GS had not decided on indeplaatsstelling by its end: the
    power has passed to the minister (Gemeentewet art. 124a lid 1)."""
    termijn = feiten.verzoek_termijn
    return termijn is not None and peildatum > termijn and not _on(feiten.indeplaatsstelling, termijn)


def _indeplaatsstelling(rd: Redenering, feiten: Escalatiefeiten, peildatum: date) -> Escalatiestand:
    """GS decided to act in the gemeente's place (art. 124 lid 1): the gemeente can still provide
    within the decision's term (lid 2); after it GS provide themselves (lid 3)."""
    termijn = feiten.indeplaatsstelling_termijn
    rd.stap("spreidingswet.escalatie.gs_besloten", bron("gemeentewet.art124"))
    if termijn is not None and peildatum > termijn:
        volgende = bericht("spreidingswet.escalatie.volgende_gs_zelf")
        rd.stap(_als_zin(volgende), bron("gemeentewet.art124.lid3"))
    else:
        volgende = bericht("spreidingswet.escalatie.volgende_gemeente_alsnog")
        rd.stap(_als_zin(volgende), bron("gemeentewet.art124.lid2"))
    return Escalatiestand(
        peildatum=peildatum, trede=Trede.INDEPLAATSSTELLING, volgende=volgende, termijn=termijn
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
