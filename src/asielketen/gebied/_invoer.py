"""The user's inhabitants file (private; see :meth:`asielketen.gebied.Register.met_inwoners_csv`).

A CSV with the columns ``gemeentecode`` and ``inwoners`` (others are ignored), read by the one
reader for user files (:mod:`asielketen._bestanden`): every bad row is reported at once, in one
:class:`~asielketen.errors.StructureError`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .. import _bestanden
from ..explain import DatasetVersie
from ..taal import bericht

__all__ = ["KOLOMMEN", "lees_aantallen", "lees_inwoners"]

KOLOMMEN = ("gemeentecode", "inwoners")
"""The columns an inhabitants file must have."""


def lees_inwoners(pad: str | Path, peildatum: date) -> tuple[dict[str, int], DatasetVersie]:
    """``gemeentecode → inwoners`` from the file at ``pad``, and the file's version on ``peildatum``."""
    bestand = _bestanden.lees(pad, "inwoners")
    return lees_aantallen(bestand), DatasetVersie(bestand.naam, peildatum, bestand.sha256)


def lees_aantallen(bestand: _bestanden.Bestand) -> dict[str, int]:
    """``gemeentecode → inwoners`` from an inhabitants CSV; every bad row in one StructureError."""
    fouten = _bestanden.Fouten("inwoners", bestand.pad)
    aantallen: dict[str, int] = {}
    for nr, row in bestand.csv("inwoners", KOLOMMEN).rijen(fouten):
        code = row["gemeentecode"]
        if code in aantallen:
            fouten.voeg(bericht("gebied.rij_dubbel", nr=nr, code=_bestanden.cel(code)))
            continue
        aantal = _bestanden.geheel_getal(row, "inwoners", nr, fouten)
        if aantal is not None:
            aantallen[code] = aantal
    fouten.controleer()
    return aantallen
