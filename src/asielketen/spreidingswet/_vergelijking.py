"""Compare a computed distribution with the published Spreidingswet figures (status pers).

The shipped ``spreidingswet_gepubliceerd.csv`` holds the indicative numbers the press reported for
cycle 1 (Stcrt. 2024, 3320; BO = 96,000) — gemeenten, and the provincial opgaven of Noord-Holland,
Groningen, Zuid-Holland (19,776), Noord-Brabant (14,689 incl. amv) and Gelderland (11,704, of which
992 amv) — and for the cycle announced in February 2026 (88,000). They include the SES-WOA
weighting and older inhabitants figures, so an inhabitants-only distribution will not reproduce
them; the ratio published / computed shows the weighting: low-SES cities sit below their
population share, high-SES gemeenten above it. Each row cites its own press source (status pers);
a row whose source is not in the registry is a data error naming the file, never another source.

>>> from datetime import date
>>> from asielketen.spreidingswet import verdeel
>>> v = vergelijk_gepubliceerd(verdeel(96000, peildatum=date(2024, 1, 31)).waarde).waarde
>>> [(x.naam, x.gepubliceerd, x.berekend) for x in v if x.code == "GM0599"]
[('Rotterdam', 2667, 3588)]
>>> [(x.naam, x.gepubliceerd, x.gepubliceerd_amv, x.bron_id) for x in v if x.code == "PV25"]
[('Gelderland', 11704, 992, 'pers.upday-2024-11-provincies-spreidingswet')]
"""

from __future__ import annotations

from fractions import Fraction

from attrs import frozen

from .. import data
from ..bronregister import alle_bronnen, bronnen_versie
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
    gepubliceerd_amv: int | None = None
    """The published number of amv places included in :attr:`gepubliceerd` (``None``: not reported)."""
    berekend_amv: int | None = None
    """The amv places in the computed distribution (``None``: no amv need was distributed)."""


def _press_source(url: str) -> Bron:
    """The registered press source of a row's ``source`` cell (its URL, then any remark)."""
    kaal = url.split(" ")[0]
    for b in alle_bronnen():
        if isinstance(b, Persbron) and b.url == kaal:
            return b
    raise KeyError(kaal)  # a row without a registered source: the file names itself


def vergelijk_gepubliceerd(spreiding: Spreiding) -> Uitkomst[tuple[Vergelijking, ...]]:
    """The published figures with the same national need as ``spreiding``, side by side."""
    rd = Redenering()
    rd.gebruikt(data.bestand(_BESTAND).versie, bronnen_versie())
    per_gemeente = {g.gemeentecode: (g.plaatsen, g.amv) for g in spreiding.gemeenten}
    per_provincie = {p.provinciecode: (p.plaatsen, p.amv) for p in spreiding.provincies}
    rijen: list[Vergelijking] = []
    bronnen: dict[str, Bron] = {}
    with data._inhoud(_BESTAND):  # a malformed file names itself, never a KeyError
        for row in data.lees_csv(_BESTAND):
            if int(row["landelijke_behoefte"]) != spreiding.behoefte:
                continue
            tabel = per_gemeente if row["niveau"] == "gemeente" else per_provincie
            berekend, berekend_amv = tabel[row["code"]]
            gepubliceerd = int(row["plaatsen_totaal"])
            amv = row["waarvan_amv"].strip()
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
                    gepubliceerd_amv=int(amv) if amv else None,
                    berekend_amv=berekend_amv,
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
