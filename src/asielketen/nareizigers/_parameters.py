"""The shipped parameters of the nareisactie on a peildatum (``nareizigers.json``).

The announcement date (Kamerbrief 23 September 2025), the household bounds of phase 1, phase 2 and
"outside the action" (VNG-2025-10-13), whether phase 1 places a household *temporarily* with the
referent (the same letter), and the default reading of an unapproved dwelling. The bounds must tile
the household sizes from one upward; a file where they do not is a data error. The hotel route of
19 December 2025 has its own parameters (``_hotel``), valid from that day on.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .._klasse import frozen
from ..errors import DataIntegrityError
from ..parameters import parameter
from ..periods import Geldigheid
from ..taal import bericht
from ._gemeenschappelijk import BESTAND


@frozen(kw_only=True)
class Regels:
    """The parameters in force on ``peildatum``, each with its validity and source."""

    peildatum: date
    aankondiging: Geldigheid[date]
    fase1_min: Geldigheid[int]
    fase1_max: Geldigheid[int]
    fase2_min: Geldigheid[int]
    fase2_max: Geldigheid[int]
    buiten_actie_vanaf: Geldigheid[int]
    woning_blokkeert: Geldigheid[bool]
    fase1_tijdelijk: Geldigheid[bool]


def regels(peildatum: date) -> Regels:
    """The parameters on ``peildatum``; a :class:`~asielketen.errors.DataIntegrityError` when the
    household bounds do not fit together (phase 1 from 1, phase 2 right after it, then outside)."""

    def g(naam: str) -> Geldigheid[Any]:
        return parameter(BESTAND, f"nareizigers.{naam}").geldigheid_op(peildatum)

    r = Regels(
        peildatum=peildatum,
        aankondiging=g("actie.aankondiging"),
        fase1_min=g("fase1.min"),
        fase1_max=g("fase1.max"),
        fase2_min=g("fase2.min"),
        fase2_max=g("fase2.max"),
        buiten_actie_vanaf=g("buiten_actie_vanaf"),
        woning_blokkeert=g("woning_niet_goedgekeurd_blokkeert"),
        fase1_tijdelijk=g("fase1.tijdelijk"),
    )
    f1min, f1max = r.fase1_min.waarde, r.fase1_max.waarde
    f2min, f2max = r.fase2_min.waarde, r.fase2_max.waarde
    buiten = r.buiten_actie_vanaf.waarde
    if not (f1min == 1 and f1min <= f1max and f1max + 1 == f2min and f2min <= f2max and f2max + 1 == buiten):
        raise DataIntegrityError(
            bericht(
                "nareizigers.fout.grenzen",
                bestand=BESTAND,
                peildatum=peildatum,
                f1min=f1min,
                f1max=f1max,
                f2min=f2min,
                f2max=f2max,
                buiten=buiten,
            ),
            veld="bestand",
            waarde=BESTAND,
        )
    return r
