"""A published Spreidingswet figure beside a computed one, and the cycle a published need belongs to.

The record (:class:`Vergelijking`) lives apart from the comparison (``_vergelijking``) so that a
:class:`~asielketen.spreidingswet.Spreiding` can carry the published figures of its own cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from .. import data
from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import alle_bronnen, bronnen_versie
from ..explain import Redenering, Uitkomst
from ..parameters import parameter, parameterversie
from ..periods import Cyclus
from ..sources import Bron, Persbron, Status
from ..taal import bericht
from ._afronding import Methode
from ._gemeenschappelijk import BESTAND
from ._sleutel import Sleutel

__all__ = ["Vergelijking", "gepubliceerde_cyclus", "vergelijk"]

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
    cyclus: Cyclus | None = None
    """The cycle the published figure belongs to: the one whose published need is the figure's
    national need (``None``: no cycle of the shipped parameters has that need)."""
    status: Status = Status.PERS
    """The status of the figure's source (:attr:`bron_id`): ``pers`` for every shipped row, which
    the press reported (the Staatscourant itself was not read)."""


def gepubliceerde_cyclus(behoefte: int) -> Cyclus | None:
    """The cycle whose published national need (BO) is ``behoefte``, or ``None``.

    The need is the parameter ``spreidingswet.landelijke_behoefte`` for a cycle's verdeelperiode,
    the two calendar years after its ramingsjaar (art. 5 lid 1).
    """
    for w in parameter(BESTAND, "spreidingswet.landelijke_behoefte").waarden:
        if int(w.waarde) == behoefte:
            return Cyclus(w.periode.van.year - 1)
    return None


def _press_source(url: str) -> Bron:
    """The registered press source of a row's ``source`` cell (its URL, then any remark)."""
    kaal = url.split(" ")[0]
    for b in alle_bronnen():
        if isinstance(b, Persbron) and b.url == kaal:
            return b
    raise KeyError(kaal)  # a row without a registered source: the file names itself


def vergelijk(
    behoefte: int,
    methode: Methode,
    sleutel: Sleutel,
    per_gemeente: Mapping[str, tuple[int, int | None]],
    per_provincie: Mapping[str, tuple[int, int | None]],
) -> Uitkomst[tuple[Vergelijking, ...]]:
    """The published figures of the cycle whose published need is ``behoefte``, each beside the
    computed places (and amv places) by code; none for any other need."""
    rd = Redenering()
    rd.gebruikt(data.bestand(_BESTAND).versie, parameterversie(BESTAND), bronnen_versie())
    rijen: list[Vergelijking] = []
    bronnen: dict[str, Bron] = {}
    cyclus = gepubliceerde_cyclus(behoefte)
    with data._inhoud(_BESTAND):  # a malformed file names itself, never a KeyError
        for row in data.lees_csv(_BESTAND):
            if int(row["landelijke_behoefte"]) != behoefte:
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
                    cyclus=cyclus,
                    status=b.status,
                )
            )
    rd.stap(
        bericht(
            "spreidingswet.vergelijking",
            aantal=len(rijen),
            behoefte=behoefte,
            methode=methode,
            sleutel=sleutel,
        ),
        *bronnen.values(),
    )
    return rd.uitkomst(tuple(rijen))


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
