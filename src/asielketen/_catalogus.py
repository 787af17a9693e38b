"""The catalogue's templates, loaded one part at a time (private; see :mod:`asielketen.taal`).

A key's part is what comes before its first dot (``oekraine.collectief.tekort`` → ``oekraine``);
the first sentence asked of a part loads that part's ``BERICHTEN`` (through
:mod:`asielketen._berichten`), never the whole catalogue. Templates are ``str.format`` strings, one
per language, in the order of :data:`asielketen.taal.TALEN`.

Imports nothing of asielketen but the catalogue's own data, and raises only ``LookupError`` (a
key that is not in the catalogue is a programming error, caught by the catalogue's tests).
"""

from __future__ import annotations

import string

from ._berichten import alle_berichten, berichten_van, modules

__all__ = ["SJABLONEN", "alle_sjablonen", "plaatshouders", "sjablonen"]

SJABLONEN: dict[str, tuple[str, ...]] = {}
"""The sentences loaded so far (key → templates), one part at a time (see :func:`sjablonen`).

Read it first (``SJABLONEN.get(sleutel) or sjablonen(sleutel)``): a rule builds many sentences."""
_GELADEN: set[str] = set()
"""The parts (``oekraine``, ``algemeen`` …) whose sentences are in :data:`SJABLONEN`."""


def sjablonen(sleutel: str) -> tuple[str, ...]:
    """The templates of ``sleutel``, loading its part of the catalogue on first use."""
    deel = sleutel.partition(".")[0]
    if deel not in _GELADEN:
        try:
            SJABLONEN.update(berichten_van(deel))
        except LookupError as exc:
            raise LookupError(f"bericht {sleutel!r} staat niet in de catalogus ({exc})") from None
        _GELADEN.add(deel)
    try:
        return SJABLONEN[sleutel]
    except KeyError:
        raise LookupError(f"bericht {sleutel!r} staat niet in de catalogus") from None


def alle_sjablonen() -> dict[str, tuple[str, ...]]:
    """The whole catalogue (every part loaded): key → templates."""
    if not _GELADEN.issuperset(modules()):
        SJABLONEN.update(alle_berichten())
        _GELADEN.update(modules())
    return SJABLONEN


def plaatshouders(sjabloon: str) -> frozenset[str]:
    """The placeholder names of a template (used by the catalogue's consistency tests).

    >>> sorted(plaatshouders("{veld}={waarde}: {reden}"))
    ['reden', 'veld', 'waarde']
    """
    return frozenset(naam for _, naam, _, _ in string.Formatter().parse(sjabloon) if naam)
