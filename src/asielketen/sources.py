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
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, TypeAlias

from attrs import Attribute, field, frozen

from .errors import InvalidSourceError
from .taal import Bericht, Taal, bericht, letterlijk

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


class Status(enum.Enum):
    """How sure we are of a source (the labels of DOMAIN.md).

    * ``WETTEKST`` [W]: law text, an official publication or a judgment's text, seen;
    * ``BRIEF`` [B]: stated in an official letter (VNG, minister, Kamerbrief);
    * ``PERS`` [P]: press or another secondary source only — likely, not legal text;
    * ``AANNAME`` [O]: open, not verified — an assumption the user may change.
    """

    WETTEKST = "wettekst"
    BRIEF = "brief"
    PERS = "pers"
    AANNAME = "aanname"

    @property
    def onzeker(self) -> bool:
        """True for ``PERS`` and ``AANNAME``: a result resting on it must say so."""
        return self in (Status.PERS, Status.AANNAME)


class Blad(enum.Enum):
    """The official gazette of a :class:`Publicatie`: Staatsblad or Staatscourant."""

    STB = "Stb."
    STCRT = "Stcrt."


_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]*$")
_ECLI_RE = re.compile(r"^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:[0-9]{4}:[A-Z0-9.]{1,25}$")
_BWB_RE = re.compile(r"^BWB[RV][0-9]{7}$")
_PARTIAL_DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
_URL_RE = re.compile(r"^https?://[^\s]+$")


def valideer_ecli(ecli: str, veld: str = "ecli") -> str:
    """Return ``ecli`` if it is a syntactically valid European Case Law Identifier, else raise.

    >>> valideer_ecli("ECLI:NL:RBNNE:2025:4074")
    'ECLI:NL:RBNNE:2025:4074'
    """
    if not isinstance(ecli, str) or not _ECLI_RE.match(ecli):
        raise InvalidSourceError(veld, ecli, bericht("bronnen.ecli"))
    return ecli


def valideer_bwb_id(bwb_id: str, veld: str = "bwb_id") -> str:
    """Return ``bwb_id`` if it has the form of a BWB identifier (``BWBR`` + 7 digits), else raise.

    >>> valideer_bwb_id("BWBR0049307")
    'BWBR0049307'
    """
    if not isinstance(bwb_id, str) or not _BWB_RE.match(bwb_id):
        raise InvalidSourceError(veld, bwb_id, bericht("bronnen.bwb_id"))
    return bwb_id


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _check_id(_: object, attribute: Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise InvalidSourceError(attribute.name, value, bericht("bronnen.id"))


def _check_text(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidSourceError(attribute.name, value, bericht("bronnen.leeg"))


def _check_optional_text(inst: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(inst, attribute, value)


def _check_date(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidSourceError(attribute.name, value, bericht("bronnen.datum"))


def _check_optional_date(inst: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        _check_date(inst, attribute, value)


def _check_url(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not _URL_RE.match(value)):
        raise InvalidSourceError(attribute.name, value, bericht("bronnen.url"))


def _check_status(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, Status):
        raise InvalidSourceError(
            attribute.name, value, bericht("bronnen.status", statussen=", ".join(s.value for s in Status))
        )


@frozen(kw_only=True)
class BronBasis:
    """Fields every source has: a stable ``id``, its ``status`` and an optional ``toelichting``."""

    id: str = field(validator=_check_id)
    """Stable key in the source registry, e.g. ``"VNG-2025-10-13"`` or ``"spreidingswet.art5"``."""
    status: Status = field(validator=_check_status)
    """How sure we are of this source (see :class:`Status`)."""
    toelichting: str = ""
    """A note for the reader, e.g. what exactly in the source is relied on."""

    @property
    def citatie_bericht(self) -> Bericht:
        """A short human-readable citation in every language (names and titles as printed)."""
        raise NotImplementedError  # pragma: no cover - every kind overrides it

    @property
    def citatie(self) -> str:
        """The citation in Dutch (see :attr:`citatie_bericht` for other languages)."""
        return self.citatie_bericht.nl

    @property
    def link(self) -> str | None:
        """A URL where the source can be read, if one is known."""
        return None

    def tekst(self, taal: Taal | None = None) -> str:
        """The citation and status, e.g. ``… [wettekst]``, in ``taal`` (default: the current language)."""
        return f"{self.citatie_bericht.tekst(taal)} [{self.status.value}]"

    def __str__(self) -> str:
        """The citation and status in Dutch, the same in every language context.

        (Stable so that a source passed as an argument to :func:`~asielketen.taal.bericht` never
        mixes languages; use :meth:`tekst` to render in a language.)
        """
        return self.tekst("nl")


@frozen(kw_only=True)
class Wetsartikel(BronBasis):
    """An article (and optionally lid and onderdeel) of a law, AMvB or ministeriële regeling."""

    wet: str = field(validator=_check_text)
    """The citation title of the regulation, e.g. ``"Spreidingswet"``."""
    artikel: str = field(validator=_check_text)
    """The article number as printed, e.g. ``"2.1"`` or ``"29"``."""
    versiedatum: date = field(validator=_check_date)
    """The date from which the text version that was read applies (wetten.overheid.nl)."""
    bwb_id: str | None = field(default=None)
    """The BWB identifier (``BWBR…``), where known; never invented."""
    lid: str | None = field(default=None, validator=_check_optional_text)
    """The lid (paragraph), where the citation is that precise."""
    onderdeel: str | None = field(default=None, validator=_check_optional_text)
    """The onderdeel (sub-item, e.g. ``"a"``), where the citation is that precise."""
    status: Status = field(default=Status.WETTEKST, validator=_check_status)

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
    def link(self) -> str | None:
        """The wetten.overheid.nl URL (see :attr:`url`)."""
        return self.url

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
    instantie: str = field(validator=_check_text)
    """The court, e.g. ``"Rechtbank Noord-Nederland"``."""
    datum: date = field(validator=_check_date)
    """The date of the judgment."""
    zaaknummers: tuple[str, ...] = field(default=(), converter=_str_tuple)
    """Case numbers, where known (e.g. ``("LEE 25/3040", "LEE 25/3041")``)."""
    status: Status = field(default=Status.WETTEKST, validator=_check_status)

    @ecli.validator
    def _check_ecli(self, _: Attribute[str], value: str) -> None:
        valideer_ecli(value)

    @property
    def url(self) -> str:
        """The rechtspraak.nl deeplink for the ECLI."""
        return f"https://deeplink.rechtspraak.nl/uitspraak?id={self.ecli}"

    @property
    def link(self) -> str | None:
        """The rechtspraak.nl deeplink (see :attr:`url`)."""
        return self.url

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
    titel: str = field(validator=_check_text)
    """What was published."""
    datum: date | None = field(default=None, validator=_check_optional_date)
    """The date of issue, where known."""
    status: Status = field(default=Status.WETTEKST, validator=_check_status)

    @blad.validator
    def _check_blad(self, attribute: Attribute[Blad], value: Blad) -> None:
        if not isinstance(value, Blad):
            raise InvalidSourceError(attribute.name, value, bericht("bronnen.blad"))

    @jaar.validator
    def _check_jaar(self, attribute: Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not 1814 <= value <= 9999:
            raise InvalidSourceError(attribute.name, value, bericht("bronnen.jaar"))

    @nummer.validator
    def _check_nummer(self, attribute: Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InvalidSourceError(attribute.name, value, bericht("bronnen.nummer"))

    def __attrs_post_init__(self) -> None:
        if self.datum is not None and self.datum.year != self.jaar:
            raise InvalidSourceError("datum", self.datum, bericht("bronnen.datum_jaar", jaar=self.jaar))

    @property
    def url(self) -> str:
        """The officielebekendmakingen.nl URL, e.g. ``…/stcrt-2024-3320``."""
        prefix = "stb" if self.blad is Blad.STB else "stcrt"
        return f"https://zoek.officielebekendmakingen.nl/{prefix}-{self.jaar}-{self.nummer}"

    @property
    def link(self) -> str | None:
        """The officielebekendmakingen.nl URL (see :attr:`url`)."""
        return self.url

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Stcrt. 2024, 3320 (2024-01-31): Capaciteitsraming …``."""
        datum = f" ({self.datum.isoformat()})" if self.datum else ""
        return letterlijk(f"{self.blad.value} {self.jaar}, {self.nummer}{datum}: {self.titel}")


@frozen(kw_only=True)
class Brief(BronBasis):
    """A letter: sender, addressee, date and kenmerk (reference), as printed on it."""

    afzender: str = field(validator=_check_text)
    """Who sent it, e.g. ``"VNG"``."""
    geadresseerde: str = field(validator=_check_text)
    """To whom, e.g. ``"leden (gemeenten)"``."""
    datum: date = field(validator=_check_date)
    """The date printed on the letter."""
    titel: str = field(validator=_check_text)
    """The subject line."""
    kenmerk: str | None = field(default=None, validator=_check_optional_text)
    """The kenmerk as printed (``None`` when the letter prints none)."""
    url: str | None = field(default=None, validator=_check_url)
    """Where it can be read, if public."""
    status: Status = field(default=Status.BRIEF, validator=_check_status)

    @property
    def link(self) -> str | None:
        """The letter's URL, if known."""
        return self.url

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Brief VNG aan leden, 2025-10-13, kenmerk U20250645: …``."""
        return bericht(
            "bronnen.citatie_brief",
            afzender=self.afzender,
            geadresseerde=self.geadresseerde,
            datum=self.datum,
            kenmerk=(
                bericht("bronnen.kenmerk", kenmerk=self.kenmerk)
                if self.kenmerk
                else bericht("bronnen.zonder_kenmerk")
            ),
            titel=self.titel,
        )


@frozen(kw_only=True)
class Kamerstuk(BronBasis):
    """A parliamentary paper: a Kamerstuk (dossier and ondernummer) or a Kamerbrief."""

    titel: str = field(validator=_check_text)
    """The title or subject."""
    datum: date = field(validator=_check_date)
    """The date of the paper."""
    dossier: str | None = field(default=None, validator=_check_optional_text)
    """The dossier number, e.g. ``"36 333"``."""
    ondernummer: str | None = field(default=None, validator=_check_optional_text)
    """The number within the dossier, where known."""
    documentnummer: str | None = field(default=None, validator=_check_optional_text)
    """The Tweede Kamer document number, e.g. ``"2026D05614"``."""
    afzender: str | None = field(default=None, validator=_check_optional_text)
    """The minister or body that sent it, where relevant."""
    url: str | None = field(default=None, validator=_check_url)
    """Where it can be read, if known."""
    status: Status = field(default=Status.BRIEF, validator=_check_status)

    @property
    def link(self) -> str | None:
        """The paper's URL, if known."""
        return self.url

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Kamerstuk 36 333 nr. 5, 2024-01-30: …`` (a citation form, the same in every language)."""
        delen = ["Kamerstuk"]
        if self.dossier:
            delen.append(self.dossier)
            if self.ondernummer:
                delen.append(f"nr. {self.ondernummer}")
        if self.documentnummer:
            delen.append(f"({self.documentnummer})")
        return letterlijk(" ".join(delen) + f", {self.datum.isoformat()}: {self.titel}")


@frozen(kw_only=True)
class Persbron(BronBasis):
    """A press or other secondary source. Its date may be partial (``"2024"``, ``"2024-01"``)."""

    titel: str = field(validator=_check_text)
    """The headline or page title."""
    datum: str = field()
    """ISO date, possibly partial: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    url: str | None = field(default=None, validator=_check_url)
    """Where it was read."""
    medium: str | None = field(default=None, validator=_check_optional_text)
    """The outlet, e.g. ``"gemeente.nu"``."""
    status: Status = field(default=Status.PERS, validator=_check_status)

    @datum.validator
    def _check_datum(self, attribute: Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _PARTIAL_DATE_RE.match(value):
            raise InvalidSourceError(attribute.name, value, bericht("bronnen.persdatum"))
        parts = [int(p) for p in value.split("-")]
        try:
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise InvalidSourceError(
                attribute.name, value, bericht("bronnen.persdatum_bestaat", reden=exc)
            ) from None

    @property
    def link(self) -> str | None:
        """The URL where it was read, if known."""
        return self.url

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``gemeente.nu, 2024-01: Aantal opvangplekken spreidingswet bekend``."""
        medium = f"{self.medium}, " if self.medium else ""
        return letterlijk(f"{medium}{self.datum}: {self.titel}")


@frozen(kw_only=True)
class Statistiek(BronBasis):
    """An official statistics table, e.g. a CBS StatLine table, at a reference date."""

    instantie: str = field(validator=_check_text)
    """Who publishes it, e.g. ``"CBS"``."""
    tabel: str = field(validator=_check_text)
    """The table id, e.g. ``"85755NED"``."""
    titel: str = field(validator=_check_text)
    """What the table holds."""
    peildatum: date = field(validator=_check_date)
    """The reference date of the figures used (e.g. 1 January 2024 for inhabitants)."""
    licentie: str | None = field(default=None, validator=_check_optional_text)
    """The licence and required credit, e.g. ``"CC BY 4.0 (Bron: CBS)"``."""
    url: str | None = field(default=None, validator=_check_url)
    """Where the table can be read, if known."""
    status: Status = field(default=Status.WETTEKST, validator=_check_status)

    @property
    def link(self) -> str | None:
        """The table's URL, if known."""
        return self.url

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``CBS 85755NED (peildatum 2024-01-01): Gebieden in Nederland 2024``."""
        return bericht(
            "bronnen.citatie_statistiek",
            instantie=self.instantie,
            tabel=self.tabel,
            peildatum=self.peildatum,
            titel=self.titel,
        )


@frozen(kw_only=True)
class Aanname(BronBasis):
    """An assumption of ours, used where no source could be verified ([O] in DOMAIN.md)."""

    omschrijving: str = field(validator=_check_text)
    """What is assumed and why; what a user should check or override."""
    status: Status = field(default=Status.AANNAME, validator=_check_status)

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Aanname: …`` (English: ``Assumption: …``; the description stays as written)."""
        return bericht("bronnen.citatie_aanname", omschrijving=self.omschrijving)


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
