"""A gemeente's profile: who it is, where it lies, and — at a peildatum — what the rules ask of it.

>>> from datetime import date
>>> u = gemeenteprofiel("Het Hogeland", peildatum=date(2025, 6, 1))
>>> p = u.waarde
>>> p.gemeente.code, p.provincie.naam, p.inwoners.aantal, p.inwoners.peildatum.isoformat()
('GM1966', 'Groningen', 48178, '2025-01-01')
>>> p.spreiding.plaatsen  # Spreidingswet cycle 2024, inhabitants-only approximation
258
>>> [b.id for b in u.bronnen][:3]
['CBS-85755NED-2024', 'CBS-03759NED-2025', 'pers.p10-toetredingen']
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from attrs import field

from ._klasse import frozen
from ._validation import tekst_tuple
from .bronregister import bron, bronnen_versie
from .errors import DataUnavailableError, InvalidInputError, ParameterNotValidError
from .explain import Redenering, Uitkomst
from .gebied import Gemeente, Inwonertal, Provincie, Register, Veiligheidsregio, register
from .oekraine import Oekraineplichten, oekraine_plichten
from .parameters import parameter
from .periods import Cyclus, Halfjaar, as_date
from .sources import Bron
from .spreidingswet import GemeenteVerdeling, Vergelijking, cyclus_op, raming, verdeel
from .statushouders import (
    Taakstelling,
    VngActie,
    landelijk_aantal,
    peildatum_inwoners,
    taakstelling_voor,
    vng_actie_voor,
)
from .taal import Bericht, bericht, letterlijk, samengevoegd

__all__ = ["Gemeenteprofiel", "gemeenteprofiel"]


@frozen(kw_only=True)
class Gemeenteprofiel:
    """The facts about one gemeente at a reference date."""

    gemeente: Gemeente
    """The gemeente (code, name, all known inhabitants figures)."""
    provincie: Provincie
    """Its province."""
    veiligheidsregio: Veiligheidsregio
    """Its veiligheidsregio."""
    peildatum: date | None
    """The reference date asked (``None``: the most recent figures known)."""
    inwoners: Inwonertal
    """The most recent inhabitants figure on or before ``peildatum``."""
    netwerken: tuple[str, ...] = field(default=(), converter=tekst_tuple)
    """The names of the networks it belongs to (empty: none known)."""
    spreiding: GemeenteVerdeling | None = None
    """Its indicative number under the Spreidingswet for the cycle at ``peildatum`` (inhabitants-only
    key, an approximation: the SES-WOA scores are not shipped), when a peildatum and raming are known.
    The inhabitants are those of the cycle's raming, whatever ``peildatum`` (Besluit art. 2.1 lid 3
    onder c): the number of a cycle does not change with the date asked. Before the law (31 January
    2024) there is none, and the reasoning says why."""
    spreiding_ontbreekt: Bericht | None = None
    """Why there is no indicative number at ``peildatum`` (before the law's entry into force, no
    published need, no inhabitants on the raming's date); ``None`` when there is one or no peildatum
    was asked."""
    spreiding_gepubliceerd: Vergelijking | None = None
    """The published indicative number of the gemeente in the same cycle (status pers), beside
    :attr:`spreiding`, with its source and the difference computed − published; ``None`` when no
    figure is published for the gemeente in that cycle (or there is no :attr:`spreiding`)."""
    taakstelling: Taakstelling | None = None
    """Its statushouders taakstelling for the half-year containing ``peildatum``, when the national
    number and the inhabitants on the prescribed reference date are known (Huisvestingswet 2014 art. 29)."""
    taakstelling_ontbreekt: Bericht | None = None
    """Exactly which numbers the taakstelling lacks when it is not known at ``peildatum`` (the
    national number vg of the half-year, the inhabitants on 1 January of the year before), with how
    to supply them; ``None`` when it is known or no peildatum was asked."""
    vng_actie: VngActie | None = None
    """What the VNG action "versneld huisvesten" (letter of 28 May 2026) asks of it, from that date on."""
    oekraine: Oekraineplichten | None = None
    """Its two duties toward ontheemden uit Oekraïne at ``peildatum`` (individual and collective)."""


def gemeenteprofiel(
    naam_of_code: str,
    *,
    peildatum: date | None = None,
    landelijk: int | None = None,
    reg: Register | None = None,
) -> Uitkomst[Gemeenteprofiel]:
    """The profile of a gemeente, each fact with its source.

    ``peildatum`` selects the most recent inhabitants figure on or before that date; without it,
    the most recent figure known is used. ``landelijk`` is the national number vg for the
    half-year containing ``peildatum`` (Huisvestingswet 2014 art. 29 lid 1 onder a) where none is
    shipped, or a scenario replacing the shipped one; it needs a ``peildatum``. ``reg`` defaults to
    the shipped register. Like every date in the API, ``peildatum`` is a :class:`~datetime.date` or
    its ISO text (``"2025-10-06"``).

    >>> p = gemeenteprofiel("Het Hogeland", peildatum=date(2026, 6, 1), landelijk=12000).waarde
    >>> p.taakstelling.taakstelling, p.taakstelling.peildatum_inwoners.isoformat()
    (33, '2025-01-01')
    >>> print(gemeenteprofiel("Het Hogeland", peildatum=date(2026, 6, 1)).waarde.taakstelling_ontbreekt)
    ... # doctest: +NORMALIZE_WHITESPACE
    het landelijk aantal vergunninghouders (vg) voor 2026-H1
    (geef het op met landelijk=N; opdrachtregel: --landelijk N)
    """
    peildatum = None if peildatum is None else as_date(peildatum)
    if landelijk is not None and peildatum is None:
        raise InvalidInputError("landelijk", landelijk, bericht("profiel.landelijk_zonder_peildatum"))
    r = register() if reg is None else reg
    g = r.gemeente(naam_of_code)
    inwoners = g.inwoners[-1] if peildatum is None else g.meest_recente_inwoners(peildatum)
    netwerken = r.netwerken_van(g)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    rd.stap(
        bericht(
            "profiel.ligging",
            naam=g.naam,
            code=g.code,
            provincie=r.provincie_van(g).naam,
            regio=r.veiligheidsregio_van(g).naam,
        ),
        bron("CBS-85755NED-2024"),
    )
    inw_bron = _source_or_none(inwoners.bron)
    rd.stap(
        bericht("profiel.inwoners", naam=g.naam, aantal=inwoners.aantal, peildatum=inwoners.peildatum),
        *([inw_bron] if inw_bron is not None else []),
        peildatum=inwoners.peildatum,
        inwoners=inwoners.aantal,
    )
    if netwerken:
        for n in netwerken:
            nb = _source_or_none(n.bron)
            rd.stap(bericht("profiel.netwerk", naam=g.naam, netwerk=n.naam), *([nb] if nb else []))
    else:  # which lists are complete: absent from an incomplete one is "unknown", not "none"
        lijsten = samengevoegd(
            (
                bericht("profiel.lijst_volledig", netwerk=n.naam)
                if n.volledig
                else bericht("profiel.lijst_onvolledig", netwerk=n.naam)
                for n in r.netwerken
            ),
            letterlijk("; "),
        )
        lijstbronnen = dict.fromkeys(b for b in (_source_or_none(n.bron) for n in r.netwerken) if b)
        rd.stap(bericht("profiel.geen_netwerk", naam=g.naam, lijsten=lijsten), *lijstbronnen)
    spreiding, spreiding_ontbreekt, spreiding_gepubliceerd = (
        _spreiding(rd, g, peildatum, r) if peildatum is not None else (None, None, None)
    )
    taak, taak_ontbreekt = _taakstelling(rd, g, peildatum, landelijk, r) if peildatum else (None, None)
    actie = (
        _optional(rd, lambda: vng_actie_voor(g, peildatum=peildatum, reg=r), bericht("profiel.vng_actie"))
        if peildatum
        else None
    )
    oekraine = _oekraine(rd, g, peildatum, r) if peildatum is not None else None
    return rd.uitkomst(
        Gemeenteprofiel(
            gemeente=g,
            provincie=r.provincie_van(g),
            veiligheidsregio=r.veiligheidsregio_van(g),
            peildatum=peildatum,
            inwoners=inwoners,
            netwerken=tuple(n.naam for n in netwerken),
            spreiding=spreiding,
            spreiding_ontbreekt=spreiding_ontbreekt,
            spreiding_gepubliceerd=spreiding_gepubliceerd,
            taakstelling=taak,
            taakstelling_ontbreekt=taak_ontbreekt,
            vng_actie=actie,
            oekraine=oekraine,
        )
    )


T = TypeVar("T")


def _optional(rd: Redenering, compute: Callable[[], Uitkomst[T]], wat: Bericht) -> T | None:
    """Take over a part's reasoning, or say why it is not known (no silent gap)."""
    try:
        deel = compute()
    except (ParameterNotValidError, DataUnavailableError) as exc:
        rd.stap(bericht("profiel.ontbreekt", wat=wat, fout=exc.bericht), bron("aanname.profiel.onbekend"))
        return None
    rd.voeg_toe(deel)
    return deel.waarde


def _taakstelling(
    rd: Redenering, g: Gemeente, peildatum: date, landelijk: int | None, r: Register
) -> tuple[Taakstelling | None, Bericht | None]:
    """Huisvestingswet 2014 art. 29 for the half-year containing ``peildatum``: the taakstelling
    with its reasoning, or exactly which numbers are missing (vg, inhabitants) and how to supply them."""
    h = Halfjaar.bevattende(peildatum)
    try:
        deel = taakstelling_voor(g, h, landelijk=landelijk, reg=r)
    except (ParameterNotValidError, DataUnavailableError) as exc:
        wat: list[Bericht] = []
        if landelijk is None:
            try:
                landelijk_aantal(h)
            except ParameterNotValidError:
                wat.append(bericht("profiel.ontbreekt_vg", halfjaar=h))
        peil = peildatum_inwoners(h)
        if any(peil not in x.peildata for x in r.gemeenten):
            wat.append(bericht("profiel.ontbreekt_inwoners", peildatum=peil))
        ontbreekt = samengevoegd(wat, bericht("profiel.en")) if wat else exc.bericht
        rd.stap(
            bericht("profiel.ontbreekt", wat=bericht("profiel.taakstelling"), fout=exc.bericht),
            bron("aanname.profiel.onbekend"),
        )
        return None, ontbreekt
    rd.voeg_toe(deel)
    return deel.waarde, None


def _oekraine(rd: Redenering, g: Gemeente, peildatum: date, r: Register) -> Oekraineplichten | None:
    try:
        plichten = oekraine_plichten(g.code, peildatum, reg=r)
    except (ParameterNotValidError, DataUnavailableError, InvalidInputError) as exc:
        rd.stap(
            bericht("profiel.ontbreekt", wat=bericht("profiel.oekraine"), fout=exc.bericht),
            bron("aanname.profiel.onbekend"),
        )
        return None
    rd.voeg_toe(plichten.individueel)
    rd.voeg_toe(plichten.collectief)
    return plichten


def _spreiding(
    rd: Redenering, g: Gemeente, peildatum: date, r: Register
) -> tuple[GemeenteVerdeling | None, Bericht | None, Vergelijking | None]:
    """The Spreidingswet row: the gemeente's indicative number in the cycle running at ``peildatum``,
    computed with the inhabitants of that cycle's raming whatever ``peildatum`` is (Besluit art. 2.1
    lid 3 onder c), and the published figure of that cycle beside it where there is one; or, with a
    step, the reason there is none (before the law; no published need; no inhabitants on the
    raming's date)."""
    cyclus = cyclus_op(peildatum)
    if cyclus is None:  # before the law's entry into force: no cycle, no number, and the step says so
        wet = parameter("spreidingswet.json", "spreidingswet.termijn.raming_voor").waarden[0]
        rd.stap(
            bericht("profiel.geen_cyclus", peildatum=peildatum, datum=wet.periode.van, naam=g.naam),
            bron("Stb-2024-12"),
            wet.bron,
        )
        return (
            None,
            bericht("profiel.spreiding_voor_de_wet", peildatum=peildatum, datum=wet.periode.van),
            None,
        )
    try:
        raming_ = raming(cyclus)
    except ParameterNotValidError:
        rd.stap(bericht("profiel.geen_behoefte", cyclus=cyclus.omschrijving), bron("spreidingswet.art2.lid1"))
        return None, bericht("profiel.spreiding_geen_behoefte", cyclus=cyclus.omschrijving), None
    try:  # the cycle's raming brings its own date: the profile's peildatum does not change the number
        verdeling = verdeel(raming_, reg=r, gepubliceerd=True)
    except DataUnavailableError as exc:
        rd.stap(
            bericht("profiel.ontbreekt", wat=bericht("profiel.spreiding_wat"), fout=exc.bericht),
            bron("aanname.profiel.onbekend"),
        )
        return None, exc.bericht, None
    rd.gebruikt(*verdeling.herkomst.datasets)
    record = verdeling.waarde.gemeente(g.code, r)
    rd.stap(
        bericht(
            "profiel.spreiding",
            cyclus=cyclus.omschrijving,
            behoefte=verdeling.waarde.behoefte,
            naam=g.naam,
            plaatsen=record.plaatsen,
            inwoners_peildatum=verdeling.waarde.inwoners_peildatum,
            raming=raming_.waarde.datum,
        ),
        bron("besluit-spreidingswet.art2.1.lid3"),
        bron("aanname.spreidingswet.inwoners-peildatum"),
        bron("aanname.spreidingswet.inwonerssleutel"),
        plaatsen=record.plaatsen,
    )
    return record, None, _gepubliceerd(rd, g, cyclus, verdeling.waarde.gepubliceerd)


def _gepubliceerd(
    rd: Redenering, g: Gemeente, cyclus: Cyclus, gepubliceerd: tuple[Vergelijking, ...]
) -> Vergelijking | None:
    """The published figure of ``g`` in ``cyclus`` beside the computed one, with a step citing its
    own source only (``None``, and no step, when none is published)."""
    v = next((x for x in gepubliceerd if x.code == g.code and x.cyclus == cyclus), None)
    if v is None:
        return None
    rd.stap(
        bericht(
            "spreidingswet.profiel.gepubliceerd",
            naam=g.naam,
            cyclus=cyclus.omschrijving,
            gepubliceerd=v.gepubliceerd,
            berekend=v.berekend,
            verschil=f"{v.verschil:+d}",
            status=v.status.value,
        ),
        bron(v.bron_id),
        gepubliceerd=v.gepubliceerd,
        verschil=v.verschil,
    )
    return v


def _source_or_none(id: str) -> Bron | None:
    """The registered source ``id``, or ``None`` for a user's own data label."""
    if id.startswith("gebruiker:"):
        return None
    return bron(id)
