"""The gemeente's consent: phase 2 places a household only "na toestemming van de gemeente"
(VNG-2025-10-13). Without it a phase-2 household is "not yet"; phase 1 asks no consent."""

from __future__ import annotations

from ..bronregister import bron
from ..taal import bericht
from ._uitkomst import Nareisuitkomst, Redencode, Toetsing


def toets_instemming(t: Toetsing, instemming_gemeente: bool) -> None:
    """A step when the gemeente consented; else the reason ``GEEN_INSTEMMING_GEMEENTE`` (not yet)."""
    vng = bron("VNG-2025-10-13")
    if instemming_gemeente:
        t.rd.stap(bericht("nareizigers.stap.instemming"), vng, instemming_gemeente=True)
    else:
        t.reden(
            Redencode.GEEN_INSTEMMING_GEMEENTE,
            bericht("nareizigers.reden.geen_instemming"),
            Nareisuitkomst.NOG_NIET,
            [vng],
            bericht("nareizigers.wat.instemming"),
        )
