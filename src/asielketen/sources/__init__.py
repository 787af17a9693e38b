"""Sources (`Bron`): where every fact and rule of asielketen comes from.

A source is one of eight frozen kinds, each with a :class:`Status` that says what kind of authority
it has (DOMAIN.md's six statuses; the status a kind has when the source itself was read in brackets):

* :class:`Wetsartikel` — an article of a law, AMvB or regeling, cited by BWB id, article and lid
  and the date of the text version read (the wetten.overheid.nl URL and the Juriconnect reference
  are derived) [``wettekst``];
* :class:`Uitspraak` — a judgment, cited by ECLI, whose text was read [``rechtspraak``];
* :class:`Publicatie` — an official publication in the Staatsblad or Staatscourant [``wettekst``];
* :class:`Brief` — a letter (sender, date, kenmerk), such as the VNG's and the minister's [``brief``];
* :class:`Kamerstuk` — a parliamentary paper, Kamerbrief or answer to Kamervragen [``officieel``];
* :class:`Persbron` — a press or other secondary source (title, date, URL) [``pers``], or an
  official web page or news item of the Rijksoverheid, IND or COA [``officieel``];
* :class:`Statistiek` — an official statistics table (CBS), with its reference date [``officieel``];
* :class:`Aanname` — our reading, an inference or a default where no source decides [``aanname``].

A source known only through another text takes the weaker status of the two (a judgment known only
from the press is a :class:`Persbron` with status ``pers``); ``tests/test_sources.py`` checks that
kind and status agree for every source in the registry.

>>> from datetime import date
>>> art = Wetsartikel(id="x", wet="Spreidingswet", bwb_id="BWBR0049307", artikel="5",
...                   versiedatum=date(2024, 1, 31))
>>> art.url
'https://wetten.overheid.nl/BWBR0049307/2024-01-31#Artikel5'
>>> str(art)
'Spreidingswet (BWBR0049307) art. 5, tekst geldend op 2024-01-31 [wettekst]'
>>> u = Uitspraak(id="y", ecli="ECLI:NL:RBNNE:2025:4074", instantie="Rechtbank Noord-Nederland",
...               datum=date(2025, 10, 6))
>>> u.url, u.status.value
('https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:RBNNE:2025:4074', 'rechtspraak')

The package's modules are private: what every source has and how its fields are checked
(``_velden``), law as a source (``_recht``: article, judgment, publication) and the other kinds
(``_stukken``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeAlias

from .._openbaar import publiceer
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

# reprs, help(), the docs, schema names and pickles show asielketen.sources.<name> (ADR 0007)
publiceer(globals())
