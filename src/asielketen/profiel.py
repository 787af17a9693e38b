"""A gemeente's profile: who it is, where it lies, and — at a peildatum — what the rules ask of it.

>>> from datetime import date
>>> u = gemeenteprofiel("Het Hogeland", peildatum=date(2025, 6, 1))
>>> p = u.waarde
>>> p.gemeente.code, p.provincie.naam, p.inwoners.aantal, p.inwoners.peildatum.isoformat()
('GM1966', 'Groningen', 48224, '2024-01-01')
>>> p.spreiding.plaatsen  # Spreidingswet cycle 2024, inhabitants-only approximation
258
>>> [b.id for b in u.bronnen][:2]
['CBS-85755NED-2024', 'fy-wikipedia-gruttestedebelied']
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from attrs import field, frozen

from ._validation import tekst_tuple
from .bronregister import bron, bronnen_versie
from .errors import DataUnavailableError, InvalidInputError, ParameterNotValidError
from .explain import Redenering, Uitkomst
from .gebied import Gemeente, Inwonertal, Provincie, Register, Veiligheidsregio, register
from .oekraine import Oekraineplichten, oekraine_plichten
from .periods import as_date
from .sources import Bron
from .spreidingswet import GemeenteVerdeling, cyclus_op, raming, verdeel
from .statushouders import Taakstelling, VngActie, taakstelling_op, vng_actie_voor
from .taal import Bericht, bericht

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
    key, an approximation: the SES-WOA scores are not shipped), when a peildatum and raming are known."""
    taakstelling: Taakstelling | None = None
    """Its statushouders taakstelling for the half-year containing ``peildatum``, when the national
    number and the inhabitants on the prescribed reference date are known (Huisvestingswet 2014 art. 29)."""
    vng_actie: VngActie | None = None
    """What the VNG action "versneld huisvesten" (letter of 28 May 2026) asks of it, from that date on."""
    oekraine: Oekraineplichten | None = None
    """Its two duties toward ontheemden uit Oekraïne at ``peildatum`` (individual and collective)."""


def gemeenteprofiel(
    naam_of_code: str, *, peildatum: date | None = None, reg: Register | None = None
) -> Uitkomst[Gemeenteprofiel]:
    """The profile of a gemeente, each fact with its source.

    ``peildatum`` selects the most recent inhabitants figure on or before that date; without it,
    the most recent figure known is used. ``reg`` defaults to the shipped register. Like every
    date in the API, ``peildatum`` is a :class:`~datetime.date` or its ISO text (``"2025-10-06"``).
    """
    peildatum = None if peildatum is None else as_date(peildatum)
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
    else:
        rd.stap(bericht("profiel.geen_netwerk", naam=g.naam), bron("fy-wikipedia-gruttestedebelied"))
    spreiding = _spreiding(rd, g, peildatum, r) if peildatum is not None else None
    taak = (
        _optional(rd, lambda: taakstelling_op(g, peildatum, reg=r), bericht("profiel.taakstelling"))
        if peildatum
        else None
    )
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
            taakstelling=taak,
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


def _spreiding(rd: Redenering, g: Gemeente, peildatum: date, r: Register) -> GemeenteVerdeling | None:
    cyclus = cyclus_op(peildatum)
    if cyclus is None:
        return None
    try:
        raming_ = raming(cyclus)
    except ParameterNotValidError:
        rd.stap(bericht("profiel.geen_behoefte", cyclus=cyclus.omschrijving), bron("spreidingswet.art2.lid1"))
        return None
    verdeling = verdeel(raming_, peildatum=peildatum, reg=r)
    rd.gebruikt(*verdeling.herkomst.datasets)
    record = verdeling.waarde.gemeente(g.code, r)
    rd.stap(
        bericht(
            "profiel.spreiding",
            cyclus=cyclus.omschrijving,
            behoefte=verdeling.waarde.behoefte,
            naam=g.naam,
            plaatsen=record.plaatsen,
        ),
        bron("besluit-spreidingswet.art2.1.lid3"),
        bron("aanname.spreidingswet.inwonerssleutel"),
        plaatsen=record.plaatsen,
    )
    return record


def _source_or_none(id: str) -> Bron | None:
    """The registered source ``id``, or ``None`` for a user's own data label."""
    if id.startswith("gebruiker:"):
        return None
    return bron(id)
