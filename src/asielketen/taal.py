"""Languages: every sentence the library writes comes from one message catalogue, Dutch or English.

Rules never hard-code their sentences. They create a :class:`Bericht` from a key of the catalogue
(the package-private ``asielketen._berichten``) and named arguments; the :class:`Bericht` holds the
sentence rendered in every language, so a result or an error can be shown in Dutch (the default)
or in English later, and its JSON carries both.

The language used when a text is asked for without naming one is the *current* language: Dutch,
unless a block runs inside :func:`in_taal` (a context variable, so threads and async tasks each keep
their own). Domain words stay Dutch in both languages where the law is Dutch (*gemeente*,
*taakstelling*, *statushouder* …; see the glossary).

>>> b = bericht("algemeen.ja_nee", waarde=True)
>>> b.tekst(), b.tekst("en")
('ja', 'yes')
>>> with in_taal("en"):
...     str(b)
'yes'
>>> huidige_taal()
'nl'
"""

from __future__ import annotations

from collections.abc import Mapping

from ._catalogus import alle_sjablonen, plaatshouders
from ._taalkern import (
    TALEN,
    Bericht,
    Taal,
    als_bericht,
    bericht,
    huidige_taal,
    in_taal,
    letterlijk,
    samengevoegd,
    valideer_taal,
)

__all__ = [
    "TALEN",
    "Bericht",
    "Taal",
    "als_bericht",
    "bericht",
    "catalogus",
    "huidige_taal",
    "in_taal",
    "letterlijk",
    "plaatshouders",
    "samengevoegd",
    "valideer_taal",
]


def catalogus() -> Mapping[str, Mapping[Taal, str]]:
    """The whole catalogue: key → language → template (``str.format`` placeholders)."""
    return {k: dict(zip(TALEN, v, strict=True)) for k, v in sorted(alle_sjablonen().items())}
