"""Names (private; see :mod:`asielketen.gebied`): folding a name for lookup, the kinds of area.

A user types ``"den haag"``, ``"S GRAVENHAGE"`` or ``"Súdwest Fryslan"``; the register compares
names folded by :func:`normaliseer_naam`, and names each kind of area in its messages.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Collection

from .._openbaar import publiceer_hier
from ..taal import Bericht, bericht

__all__ = ["kort", "meervoud", "normaliseer_naam", "soort", "suggesties"]

_HAAKJES_RE = re.compile(r"\s*\([^)]*\)\s*$")


def normaliseer_naam(naam: str) -> str:
    """Fold a name for lookup: case, accents, apostrophes, hyphens, dots and spacing.

    >>> normaliseer_naam("  's-Gravenhage ") == normaliseer_naam("S GRAVENHAGE")
    True
    >>> normaliseer_naam("Súdwest-Fryslân")
    'sudwest fryslan'
    """
    if not naam.isascii():  # ASCII has no accents to take off (NFKD leaves it as it is)
        naam = "".join(c for c in unicodedata.normalize("NFKD", naam) if not unicodedata.combining(c))
    return " ".join(naam.casefold().translate(_VOUW).split())


_VOUW = str.maketrans(dict.fromkeys("'’‘`´.", None) | dict.fromkeys("-‐‑–—_/", " "))
"""Apostrophes and dots go; hyphens, dashes, underscores and slashes become spaces."""


def kort(naam: str) -> str:
    """The name without a closing part in brackets: ``"Hengelo"`` for ``"Hengelo (O.)"``."""
    return _HAAKJES_RE.sub("", naam)


def suggesties(gevraagd: str, namen: Collection[str]) -> list[str]:
    """The folded names closest to the folded ``gevraagd``: those it begins, then look-alikes."""
    begint = re.compile(re.escape(gevraagd) + r"\b")
    voorvoegsel = [n for n in namen if n != gevraagd and begint.match(n)][:3]
    return voorvoegsel + difflib.get_close_matches(gevraagd, list(namen), n=3, cutoff=0.6)


def soort(kind: str) -> Bericht:
    """The kind of area, as an error names it (``gemeente``)."""
    if kind == "gemeente":
        return bericht("gebied.soort_gemeente")
    if kind == "provincie":
        return bericht("gebied.soort_provincie")
    return bericht("gebied.soort_veiligheidsregio")


def meervoud(kind: str) -> Bericht:
    """The kind for "more than one … fits" (Dutch plural ``gemeenten``, English ``gemeente``)."""
    if kind == "gemeente":
        return bericht("gebied.meervoud_gemeente")
    if kind == "provincie":
        return bericht("gebied.meervoud_provincie")
    return bericht("gebied.meervoud_veiligheidsregio")


publiceer_hier(globals())  # the package's public names defined here: asielketen.gebied.<name>
