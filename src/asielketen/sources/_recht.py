"""Law as a source (private; public in :mod:`asielketen.sources`): an article of a regulation
(:class:`Wetsartikel`), a judgment (:class:`Uitspraak`) and an official publication in the
Staatsblad or Staatscourant (:class:`Publicatie`). An article's and a publication's status is
``wettekst`` unless given, a judgment's ``rechtspraak`` (its text read); one known only through
another text is given the weaker status (``pers``, ``brief``).
"""

from __future__ import annotations

from datetime import date

from attrs import Attribute, field

from .._klasse import frozen
from .._validation import geheel_getal_tussen, tekst_tuple, van_soort
from ..errors import InvalidSourceError
from ..taal import Bericht, bericht, letterlijk
from ._velden import (
    Blad,
    BronBasis,
    Status,
    check_date,
    check_optional_date,
    check_optional_text,
    check_status,
    check_text,
    valideer_bwb_id,
    valideer_ecli,
)

__all__ = ["Publicatie", "Uitspraak", "Wetsartikel"]


@frozen(kw_only=True)
class Wetsartikel(BronBasis):
    """An article (and optionally lid and onderdeel) of a law, AMvB or ministeriële regeling."""

    wet: str = field(validator=check_text)
    """The citation title of the regulation, e.g. ``"Spreidingswet"``."""
    artikel: str = field(validator=check_text)
    """The article number as printed, e.g. ``"2.1"`` or ``"29"``."""
    versiedatum: date = field(validator=check_date)
    """The date from which the text version that was read applies (wetten.overheid.nl)."""
    bwb_id: str | None = field(default=None)
    """The BWB identifier (``BWBR…``), where known; never invented."""
    lid: str | None = field(default=None, validator=check_optional_text)
    """The lid (paragraph), where the citation is that precise."""
    onderdeel: str | None = field(default=None, validator=check_optional_text)
    """The onderdeel (sub-item, e.g. ``"a"``), where the citation is that precise."""
    status: Status = field(default=Status.WETTEKST, validator=check_status)

    @bwb_id.validator
    def _check_bwb(self, _: Attribute[str | None], value: str | None) -> None:
        if value is not None:
            valideer_bwb_id(value)

    @property
    def url(self) -> str | None:
        """The wetten.overheid.nl URL of the article in the cited text version."""
        if self.bwb_id is None:
            return None
        return (
            f"https://wetten.overheid.nl/{self.bwb_id}/{self.versiedatum.isoformat()}#Artikel{self.artikel}"
        )

    @property
    def juriconnect(self) -> str | None:
        """The Juriconnect 1.3 reference (``jci1.3:c:BWBR…&artikel=…``), where the BWB id is known."""
        if self.bwb_id is None:
            return None
        ref = f"jci1.3:c:{self.bwb_id}&artikel={self.artikel}"
        if self.lid is not None:
            ref += f"&lid={self.lid}"
        if self.onderdeel is not None:
            ref += f"&onderdeel={self.onderdeel}"
        return ref + f"&g={self.versiedatum.isoformat()}"

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Huisvestingswet 2014 (BWBR0035303) art. 29 lid 1, tekst geldend op 2026-01-01``."""
        return bericht(
            "bronnen.citatie_wetsartikel",
            wet=f"{self.wet} ({self.bwb_id})" if self.bwb_id else self.wet,
            artikel=self.artikel,
            lid=letterlijk("") if self.lid is None else bericht("bronnen.lid", lid=self.lid),
            onderdeel=(
                letterlijk("")
                if self.onderdeel is None
                else bericht("bronnen.onderdeel", onderdeel=self.onderdeel)
            ),
            versiedatum=self.versiedatum,
        )


@frozen(kw_only=True)
class Uitspraak(BronBasis):
    """A judgment, cited by its ECLI."""

    ecli: str = field()
    """The European Case Law Identifier, e.g. ``ECLI:NL:RBNNE:2025:4074``."""
    instantie: str = field(validator=check_text)
    """The court, e.g. ``"Rechtbank Noord-Nederland"``."""
    datum: date = field(validator=check_date)
    """The date of the judgment."""
    zaaknummers: tuple[str, ...] = field(default=(), converter=tekst_tuple)
    """Case numbers, where known (e.g. ``("LEE 25/3040", "LEE 25/3041")``)."""
    status: Status = field(default=Status.RECHTSPRAAK, validator=check_status)

    @ecli.validator
    def _check_ecli(self, _: Attribute[str], value: str) -> None:
        valideer_ecli(value)

    @property
    def url(self) -> str:
        """The rechtspraak.nl deeplink for the ECLI."""
        return f"https://deeplink.rechtspraak.nl/uitspraak?id={self.ecli}"

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Rechtbank Noord-Nederland 2025-10-06, ECLI:NL:RBNNE:2025:4074``."""
        return letterlijk(f"{self.instantie} {self.datum.isoformat()}, {self.ecli}")


@frozen(kw_only=True)
class Publicatie(BronBasis):
    """An official publication in the Staatsblad (Stb.) or Staatscourant (Stcrt.)."""

    blad: Blad = field()
    """Staatsblad or Staatscourant."""
    jaar: int = field()
    """The year of the issue, e.g. 2024 in Stcrt. 2024, 3320."""
    nummer: int = field()
    """The number in that year, e.g. 3320."""
    titel: str = field(validator=check_text)
    """What was published."""
    datum: date | None = field(default=None, validator=check_optional_date)
    """The date of issue, where known."""
    status: Status = field(default=Status.WETTEKST, validator=check_status)

    @blad.validator
    def _check_blad(self, attribute: Attribute[Blad], value: Blad) -> None:
        van_soort(attribute.name, value, Blad, reden=lambda: bericht("bronnen.blad"), fout=InvalidSourceError)

    @jaar.validator
    def _check_jaar(self, attribute: Attribute[int], value: int) -> None:
        geheel_getal_tussen(
            attribute.name,
            value,
            minimum=1814,
            maximum=9999,
            reden=lambda: bericht("bronnen.jaar"),
            fout=InvalidSourceError,
        )

    @nummer.validator
    def _check_nummer(self, attribute: Attribute[int], value: int) -> None:
        geheel_getal_tussen(
            attribute.name, value, minimum=1, reden=lambda: bericht("bronnen.nummer"), fout=InvalidSourceError
        )

    def __attrs_post_init__(self) -> None:
        if self.datum is not None and self.datum.year != self.jaar:
            raise InvalidSourceError("datum", self.datum, bericht("bronnen.datum_jaar", jaar=self.jaar))

    @property
    def url(self) -> str:
        """The officielebekendmakingen.nl URL, e.g. ``…/stcrt-2024-3320``."""
        prefix = "stb" if self.blad is Blad.STB else "stcrt"
        return f"https://zoek.officielebekendmakingen.nl/{prefix}-{self.jaar}-{self.nummer}"

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Stcrt. 2024, 3320 (2024-01-31): Capaciteitsraming …``."""
        datum = f" ({self.datum.isoformat()})" if self.datum else ""
        return letterlijk(f"{self.blad.value} {self.jaar}, {self.nummer}{datum}: {self.titel}")
