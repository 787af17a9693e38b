"""Sources (`Bron`): where every fact and rule of asielketen comes from.

A source is one of eight frozen kinds, each with a :class:`Status` that says how sure we are of it:

* :class:`Wetsartikel` — an article of a law, AMvB or regeling, cited by BWB id, article and lid
  and the date of the text version read (the wetten.overheid.nl URL and the Juriconnect reference
  are derived);
* :class:`Uitspraak` — a judgment, cited by ECLI;
* :class:`Publicatie` — an official publication in the Staatsblad or Staatscourant;
* :class:`Brief` — a letter (sender, date, kenmerk), such as the VNG's and the minister's;
* :class:`Kamerstuk` — a parliamentary paper or Kamerbrief;
* :class:`Persbron` — a press or other secondary source (title, date, URL);
* :class:`Statistiek` — an official statistics table (CBS), with its reference date;
* :class:`Aanname` — an assumption of ours where no source could be verified.

>>> from datetime import date
>>> art = Wetsartikel(id="x", wet="Spreidingswet", bwb_id="BWBR0049307", artikel="5",
...                   versiedatum=date(2024, 1, 31))
>>> art.url
'https://wetten.overheid.nl/BWBR0049307/2024-01-31#Artikel5'
>>> str(art)
'Spreidingswet (BWBR0049307) art. 5, tekst geldend op 2024-01-31 [wettekst]'
>>> Uitspraak(id="y", ecli="ECLI:NL:RBNNE:2025:4074", instantie="Rechtbank Noord-Nederland",
...           datum=date(2025, 10, 6)).url
'https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:RBNNE:2025:4074'

The package's modules are private: what every source has and how its fields are checked
(``_velden``), law as a source (``_recht``: article, judgment, publication) and the other kinds
(``_stukken``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeAlias

from .._openbaar import publiek
from ._recht import Publicatie, Uitspraak, Wetsartikel
from ._stukken import Aanname, Brief, Kamerstuk, Persbron, Statistiek
from ._velden import Blad, BronBasis, Status, valideer_bwb_id, valideer_ecli

__all__ = [
    "BRON_SOORTEN",
    "Aanname",
    "Blad",
    "Brief",
    "Bron",
    "BronBasis",
    "Kamerstuk",
    "Persbron",
    "Publicatie",
    "Statistiek",
    "Status",
    "Uitspraak",
    "Wetsartikel",
    "valideer_bwb_id",
    "valideer_ecli",
]

publiek(
    __name__,
    Status,
    Blad,
    BronBasis,
    Wetsartikel,
    Uitspraak,
    Publicatie,
    Brief,
    Kamerstuk,
    Persbron,
    Statistiek,
    Aanname,
)

Bron: TypeAlias = Wetsartikel | Uitspraak | Publicatie | Brief | Kamerstuk | Persbron | Statistiek | Aanname
"""Any kind of source. Every kind derives from :class:`BronBasis`."""

BRON_SOORTEN: Mapping[str, type[BronBasis]] = MappingProxyType(
    {
        "wetsartikel": Wetsartikel,
        "uitspraak": Uitspraak,
        "publicatie": Publicatie,
        "brief": Brief,
        "kamerstuk": Kamerstuk,
        "persbron": Persbron,
        "statistiek": Statistiek,
        "aanname": Aanname,
    }
)
"""The tag (``soort`` in JSON) of each kind of source (read-only)."""
