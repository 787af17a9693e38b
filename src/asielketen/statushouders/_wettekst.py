"""Which text of the Huisvestingswet 2014 a half-year's explanation cites: the version in force.

The articles of the taakstelling (28, 29 lid 1 and 2, 30) are registered in ``data/bronnen.json``
once per text version that was read (``huisvestingswet.art29.lid1`` is the text of 2026-01-01,
``huisvestingswet.art29.lid1.2022-01-01`` that of 2022-01-01, …). A half-year cites the version
in force when it begins: the registered version with the latest ``versiedatum`` on or before its
first day. So 2022-H2 cites the text of 2022-01-01 (in which gedeputeerde staten still set the
inhabitants after a herindeling, art. 30 old), 2025-H1 that of 2025-01-01.

A half-year that begins before the oldest version read cites that oldest text, and its
explanation says so in a step of its own (:func:`leg_uit`) resting on an assumption: the text of
2015 (LAW.md §5) reads the same for arts. 28–30. A half-year after the newest version read cites
the newest, like every other law the library cites for later dates.

Who sets iG after a herindeling (art. 30) is shipped as the parameter
``statushouders.herindeling_inwoners`` (``gedeputeerde_staten`` under the old text, ``minister``
under the text in force from 2024-01-01), with the article versions as its sources.
"""

from __future__ import annotations

from functools import cache

from ..bronregister import alle_bronnen, bron
from ..explain import Redenering
from ..parameters import parameter
from ..periods import Halfjaar
from ..sources import Bron, Wetsartikel
from ._gemeenschappelijk import BESTAND, P_HERINDELING_INWONERS

__all__ = ["ART28", "ART29_LID1", "ART29_LID2", "ART30", "artikel", "door_gedeputeerde_staten", "leg_uit"]

ART28 = "huisvestingswet.art28"
ART29_LID1 = "huisvestingswet.art29.lid1"
ART29_LID2 = "huisvestingswet.art29.lid2"
ART30 = "huisvestingswet.art30"
"""The ids of the articles as registered for the current text; the other versions share their
law, article and lid."""

_AANNAME_VERSIE = "aanname.statushouders.wettekst-versie"
_GS = "gedeputeerde_staten"


@cache
def _versies(basis: str) -> tuple[Wetsartikel, ...]:
    """Every registered text version of the article ``basis``, oldest first."""
    b = bron(basis)
    assert isinstance(b, Wetsartikel)  # the ids above name articles
    return tuple(
        sorted(
            (
                x
                for x in alle_bronnen()
                if isinstance(x, Wetsartikel)
                and (x.bwb_id, x.artikel, x.lid, x.onderdeel) == (b.bwb_id, b.artikel, b.lid, b.onderdeel)
            ),
            key=lambda x: x.versiedatum,
        )
    )


def artikel(basis: str, halfjaar: Halfjaar) -> Bron:
    """The article ``basis`` in the text version in force when ``halfjaar`` begins.

    >>> artikel(ART29_LID1, Halfjaar(2022, 2)).versiedatum
    datetime.date(2022, 1, 1)
    >>> artikel(ART29_LID1, Halfjaar(2025, 1)).versiedatum
    datetime.date(2025, 1, 1)
    """
    versies = _versies(basis)
    geldend = [v for v in versies if v.versiedatum <= halfjaar.begin]
    return geldend[-1] if geldend else versies[0]


def leg_uit(rd: Redenering, halfjaar: Halfjaar) -> None:
    """A step when ``halfjaar`` begins before the oldest text read: which text is cited instead, and why."""
    oudste = _versies(ART29_LID1)[0]
    if oudste.versiedatum <= halfjaar.begin:
        return
    rd.stap(
        "statushouders.stap.wettekst_ouder",
        bron(_AANNAME_VERSIE),
        oudste,
        halfjaar=halfjaar,
        begin=halfjaar.begin,
        versie=oudste.versiedatum,
    )


def door_gedeputeerde_staten(halfjaar: Halfjaar) -> tuple[bool, Bron]:
    """Whether gedeputeerde staten set iG after a herindeling for ``halfjaar`` (art. 30 old text),
    with the source that says so; before the first validity shipped, the first one counts."""
    p = parameter(BESTAND, P_HERINDELING_INWONERS)
    eerste = p.waarden[0].periode.van
    g = p.geldigheid_op(max(halfjaar.begin, eerste))
    return g.waarde == _GS, g.bron
