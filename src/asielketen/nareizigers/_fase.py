"""Phase 2 of the nareisactie: households of three to four, "op een later moment" (VNG-2025-10-13).

When phase 2 opens is not known. A user may give a date (``fase2_vanaf``), which rests on an
assumption (``aanname.nareisactie.fase2-opening``) and cannot lie before the announcement; without
one, phase 2 is closed. A phase-2 household is "not yet" while phase 2 is closed.
"""

from __future__ import annotations

from datetime import date

from ..bronregister import bron
from ..errors import InvalidInputError
from ..periods import as_date
from ..taal import Bericht, bericht
from ._uitkomst import Nareisuitkomst, Redencode, Toetsing


def check_fase2_vanaf(fase2_vanaf: object, aankondiging: date) -> date | None:
    """The user's opening date of phase 2 (``None``: unknown); refused before ``aankondiging``."""
    if fase2_vanaf is None:
        return None
    d = as_date(fase2_vanaf, "fase2_vanaf")
    if d < aankondiging:
        raise InvalidInputError(
            "fase2_vanaf",
            d.isoformat(),
            bericht("nareizigers.fout.fase2_voor_aankondiging", aankondiging=aankondiging),
        )
    return d


def fase2_is_open(fase2_datum: date | None, peildatum: date) -> bool:
    """True when phase 2 has a (user-given) opening date on or before ``peildatum``."""
    return fase2_datum is not None and peildatum >= fase2_datum


def toets_fase2(t: Toetsing, fase2_datum: date | None, peildatum: date) -> None:
    """A step when phase 2 is open on ``peildatum``; else the reason ``FASE2_NIET_OPEN`` (not yet)."""
    vng = bron("VNG-2025-10-13")
    aanname = bron("aanname.nareisactie.fase2-opening")
    if fase2_datum is None:
        t.reden(
            Redencode.FASE2_NIET_OPEN,
            bericht("nareizigers.reden.fase2_onbekend"),
            Nareisuitkomst.NOG_NIET,
            [vng, aanname],
            bericht("nareizigers.wat.fase2"),
        )
    elif fase2_is_open(fase2_datum, peildatum):
        t.rd.stap(bericht("nareizigers.stap.fase2_open", datum=fase2_datum), aanname, fase2_vanaf=fase2_datum)
    else:
        t.reden(
            Redencode.FASE2_NIET_OPEN,
            bericht("nareizigers.reden.fase2_later", datum=fase2_datum),
            Nareisuitkomst.NOG_NIET,
            [vng, aanname],
            bericht("nareizigers.wat.fase2_op", datum=fase2_datum),
        )


def fase2_stand(fase2_datum: date | None, peildatum: date) -> Bericht:
    """Phase 2's state on ``peildatum`` in a few words: open since, opens on, or date unknown."""
    if fase2_datum is None:
        return bericht("nareizigers.stand.fase2_onbekend")
    if fase2_is_open(fase2_datum, peildatum):
        return bericht("nareizigers.stand.fase2_open", datum=fase2_datum)
    return bericht("nareizigers.stand.fase2_later", datum=fase2_datum)
