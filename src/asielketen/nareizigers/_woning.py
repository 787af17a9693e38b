"""The referent's home: the referent must already be housed in a gemeente (Kamerbrief 23
September 2025; Rijksoverheid news), and the COA lets nareizigers move in only into a dwelling the
gemeente approved — unless the press reading applies, where an unapproved dwelling is reported but
does not block (ADR 0004; which reading applies is a shipped parameter or the user's choice).
"""

from __future__ import annotations

import enum

from .._openbaar import publiceer_hier
from .._validation import ja_nee
from ..bronregister import bron
from ..sources import Bron
from ..taal import bericht
from ._huishouden import Referent
from ._parameters import Regels
from ._uitkomst import Nareisuitkomst, Redencode, Toetsing


class Woninglezing(enum.Enum):
    """How an unapproved dwelling is weighed (ADR 0004).

    * ``COA_VOORWAARDE`` — the COA's condition: without an approved dwelling, no moving in (blocks);
    * ``PERSLEZING`` — the press reading of the action: people move in even when the dwelling is not
      yet suitable; a missing approval is reported but does not block (status aanname/pers).
    """

    COA_VOORWAARDE = "coa_voorwaarde"
    PERSLEZING = "perslezing"


def toegepaste_lezing(woning_blokkeert: object, r: Regels) -> tuple[Woninglezing, tuple[Bron, ...]]:
    """The reading to apply and its sources: the user's choice (``True``/``False``) or, for
    ``None``, the shipped default."""
    if woning_blokkeert is None:
        blokkeert = r.woning_blokkeert.waarde
    else:
        blokkeert = ja_nee(
            "woning_blokkeert", woning_blokkeert, reden=lambda: bericht("nareizigers.fout.woning_blokkeert")
        )
    if blokkeert:
        return Woninglezing.COA_VOORWAARDE, (bron("COA-uitstromen-referent"),)
    return Woninglezing.PERSLEZING, (bron("aanname.nareisactie.woning-perslezing"), bron("VNG-2025-10-13"))


def toets_gehuisvest(t: Toetsing, referent: Referent) -> None:
    """A step when the referent is housed; else the reason ``REFERENT_NIET_GEHUISVEST`` (outside)."""
    nieuws = bron("Rijksoverheid-2025-09-23-ter-apel")
    kamerbrief = bron("Kamerbrief-2025-09-23-nareisactie")
    if referent.gehuisvest:
        t.rd.stap(bericht("nareizigers.stap.gehuisvest"), nieuws, kamerbrief)
    else:
        t.reden(
            Redencode.REFERENT_NIET_GEHUISVEST,
            bericht("nareizigers.reden.niet_gehuisvest"),
            Nareisuitkomst.BUITEN_ACTIE,
            [nieuws, kamerbrief],
            bericht("nareizigers.wat.gehuisvest"),
        )


def toets_woning(t: Toetsing, goedgekeurd: bool, lezing: Woninglezing, bronnen: tuple[Bron, ...]) -> None:
    """A step when the dwelling is approved; else the reason ``WONING_NIET_GOEDGEKEURD``: blocking
    (not yet) under the COA condition, reported only under the press reading."""
    if goedgekeurd:
        t.rd.stap(bericht("nareizigers.stap.woning", lezing=lezing), *bronnen)
    elif lezing is Woninglezing.COA_VOORWAARDE:
        t.reden(
            Redencode.WONING_NIET_GOEDGEKEURD,
            bericht("nareizigers.reden.woning_coa"),
            Nareisuitkomst.NOG_NIET,
            bronnen,
            bericht("nareizigers.wat.woning"),
        )
    else:
        t.reden(
            Redencode.WONING_NIET_GOEDGEKEURD,
            bericht("nareizigers.reden.woning_pers"),
            None,
            bronnen,
            bericht("nareizigers.wat.woning"),
        )


publiceer_hier(globals())  # the package's public names defined here: asielketen.nareizigers.<name>
