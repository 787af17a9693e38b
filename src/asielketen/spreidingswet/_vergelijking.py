"""Compare a computed distribution with the published Spreidingswet figures (status pers).

The shipped ``spreidingswet_gepubliceerd.csv`` holds the indicative numbers the press reported for
cycle 1 (Stcrt. 2024, 3320; BO = 96,000) and for the cycle announced in February 2026 (88,000). They
include the SES-WOA weighting and older inhabitants figures, so an inhabitants-only distribution
will not reproduce them; the ratio published / computed shows the weighting: low-SES cities sit
below their population share, high-SES gemeenten above it.

>>> from datetime import date
>>> from asielketen.spreidingswet import verdeel
>>> v = vergelijk_gepubliceerd(verdeel(96000, peildatum=date(2024, 1, 31)).waarde).waarde
>>> [(x.naam, x.gepubliceerd, x.berekend) for x in v if x.code == "GM0599"]
[('Rotterdam', 2667, 3588)]
"""

from __future__ import annotations

from fractions import Fraction

from attrs import frozen

from .. import data
from ..bronregister import alle_bronnen, bron, bronnen_versie
from ..explain import Redenering, Uitkomst
from ..sources import Bron, Persbron
from ..taal import bericht
from ._verdeling import Spreiding

__all__ = ["Vergelijking", "vergelijk_gepubliceerd"]

_BESTAND = "spreidingswet_gepubliceerd.csv"


@frozen(kw_only=True)
class Vergelijking:
    """One published figure next to the computed one."""

    niveau: str
    """``"gemeente"`` or ``"provincie"``."""
    code: str
    """GMxxxx or PVxx."""
    naam: str
    """The CBS name."""
    gepubliceerd: int
    """The published number (press)."""
    berekend: int
    """The number in the computed distribution."""
    verschil: int
    """``berekend − gepubliceerd``."""
    verhouding: Fraction | None
    """``gepubliceerd / berekend`` (``None`` when berekend is 0)."""
    bron_id: str
    """The id of the press source of the published number."""


def _press_source(url: str) -> Bron:
    kaal = url.split(" ")[0]
    for b in alle_bronnen():
        if isinstance(b, Persbron) and b.url == kaal:
            return b
    return bron("pers.gemeente-nu-2024-01-spreidingswet")


def vergelijk_gepubliceerd(spreiding: Spreiding) -> Uitkomst[tuple[Vergelijking, ...]]:
    """The published figures with the same national need as ``spreiding``, side by side."""
    rd = Redenering()
    rd.gebruikt(data.bestand(_BESTAND).versie, bronnen_versie())
    per_gemeente = {g.gemeentecode: g.plaatsen for g in spreiding.gemeenten}
    per_provincie = {p.provinciecode: p.plaatsen for p in spreiding.provincies}
    rijen: list[Vergelijking] = []
    bronnen: dict[str, Bron] = {}
    with data._inhoud(_BESTAND):  # a malformed file names itself, never a KeyError
        for row in data.lees_csv(_BESTAND):
            if int(row["landelijke_behoefte"]) != spreiding.behoefte:
                continue
            tabel = per_gemeente if row["niveau"] == "gemeente" else per_provincie
            berekend = tabel[row["code"]]
            gepubliceerd = int(row["plaatsen_totaal"])
            b = _press_source(row["source"])
            bronnen[b.id] = b
            rijen.append(
                Vergelijking(
                    niveau=row["niveau"],
                    code=row["code"],
                    naam=row["naam"],
                    gepubliceerd=gepubliceerd,
                    berekend=berekend,
                    verschil=berekend - gepubliceerd,
                    verhouding=None if berekend == 0 else Fraction(gepubliceerd, berekend),
                    bron_id=b.id,
                )
            )
    rd.stap(
        bericht(
            "spreidingswet.vergelijking",
            aantal=len(rijen),
            behoefte=spreiding.behoefte,
            methode=spreiding.methode,
            sleutel=spreiding.sleutel,
        ),
        *bronnen.values(),
    )
    return rd.uitkomst(tuple(rijen))
