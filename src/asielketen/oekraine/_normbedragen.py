"""The normbedragen of the Bekostigingsregeling opvang ontheemden Oekraïne (BooO, BWBR0046732) art. 3.

Lid 1: an amount per realised place per day of gemeentelijke opvang (onderdelen a, b, c, d, one per
period of validity); lid 4: an amount per person per month of particuliere opvang. A period is split
exactly at every change of amount (:meth:`~asielketen.periods.Parameter.splits`), and each part is
priced at the amount valid in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron
from ..explain import Redenering
from ..periods import Periode
from ..sources import Bron, Wetsartikel
from ..taal import bericht
from ._gemeenschappelijk import param


@frozen(kw_only=True)
class Dagdeel:
    """One part of a period with one normbedrag per place per day (BooO art. 3 lid 1)."""

    periode: Periode
    """The part of the period (half-open)."""
    dagen: int
    """Its number of days."""
    normbedrag: Decimal
    """EUR per realised place per day in this part."""
    bedrag: Decimal
    """``plaatsen × dagen × normbedrag``."""
    onderdeel: str
    """The onderdeel of art. 3 lid 1 (``"a"`` … ``"d"``)."""


@frozen(kw_only=True)
class Maanddeel:
    """One part of a period with one monthly amount (particuliere opvang or eigen bijdrage)."""

    periode: Periode
    """The part of the period (whole calendar months)."""
    maanden: int
    """Its number of calendar months."""
    bedrag_per_maand: Decimal
    """The amount per month (per person, or for all households together for the eigen bijdrage)."""
    bedrag: Decimal
    """The amount for the part."""


def dag_tuple(values: Iterable[Dagdeel]) -> tuple[Dagdeel, ...]:
    """attrs converter: the day parts as a tuple."""
    return tuple(values)


def maand_tuple(values: Iterable[Maanddeel]) -> tuple[Maanddeel, ...]:
    """attrs converter: the month parts as a tuple."""
    return tuple(values)


def gemeentelijke_delen(
    rd: Redenering, plaatsen: int, periode: Periode, versies: list[date]
) -> list[Dagdeel]:
    """Lid 1: ``plaatsen × dagen × normbedrag`` for each part of ``periode`` with one normbedrag."""
    normbedrag = param("oekraine.normbedrag_per_plek_per_dag")
    eerste_van = normbedrag.waarden[0].periode.van
    volgorde = {g: i for i, g in enumerate(normbedrag.waarden)}
    dagdelen: list[Dagdeel] = []
    for deel, g in normbedrag.splits(periode):
        bedrag = Decimal(plaatsen) * Decimal(deel.dagen) * g.waarde
        onderdeel = _onderdeel(volgorde[g])
        dagdelen.append(
            Dagdeel(periode=deel, dagen=deel.dagen, normbedrag=g.waarde, bedrag=bedrag, onderdeel=onderdeel)
        )
        versie(g.bron, versies)
        rd.stap(
            bericht(
                "oekraine.vergoeding.gemeentelijk",
                periode=deel,
                plaatsen=plaatsen,
                dagen=deel.dagen,
                normbedrag=g.waarde,
                onderdeel=onderdeel,
                bedrag=bedrag,
            ),
            g.bron,
            plaatsen=plaatsen,
            dagen=deel.dagen,
            normbedrag=g.waarde,
        )
    if periode.van == eerste_van:
        rd.stap(
            bericht(
                "oekraine.vergoeding.begindatum", normbedrag=normbedrag.waarden[0].waarde, begin=eerste_van
            ),
            bron("booo.art3.lid1"),
            bron("Stb-2022-133"),
        )
    return dagdelen


def particuliere_delen(
    rd: Redenering, personen: int, periode: Periode, versies: list[date]
) -> list[Maanddeel]:
    """Lid 4: ``personen × maanden × bedrag per maand`` for each part of ``periode`` with one amount."""
    delen: list[Maanddeel] = []
    if not personen:
        return delen
    for deel, g in param("oekraine.particulier_per_persoon_per_maand").splits(periode):
        m = maanden(deel)
        bedrag = Decimal(personen) * Decimal(m) * g.waarde
        delen.append(Maanddeel(periode=deel, maanden=m, bedrag_per_maand=g.waarde, bedrag=bedrag))
        versie(g.bron, versies)
        rd.stap(
            bericht(
                "oekraine.vergoeding.particulier",
                periode=deel,
                personen=personen,
                maanden=m,
                bedrag_per_maand=g.waarde,
                bedrag=bedrag,
            ),
            g.bron,
            personen=personen,
            maanden=m,
            bedrag=g.waarde,
        )
    return delen


def _onderdeel(index: int) -> str:
    """The onderdeel of BooO art. 3 lid 1 of the ``index``-th validity (a, b, c, d in order)."""
    return "abcdefghijklmnopqrstuvwxyz"[index]


def is_maandbegin(d: date) -> bool:
    """True when ``d`` is the first day of a calendar month."""
    return d.day == 1


def maanden(periode: Periode) -> int:
    """The number of calendar months of ``periode`` (which begins and ends on a first day)."""
    assert periode.tot is not None
    return (periode.tot.year - periode.van.year) * 12 + periode.tot.month - periode.van.month


def versie(b: Bron, versies: list[date]) -> None:
    """Add the text version of the article ``b`` (if it is one) to ``versies``, once."""
    if isinstance(b, Wetsartikel) and b.versiedatum not in versies:
        versies.append(b.versiedatum)


def regeling_versie(bron_id: str) -> date:
    """The text version of the article ``bron_id``."""
    b = bron(bron_id)
    assert isinstance(b, Wetsartikel)
    return b.versiedatum


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
