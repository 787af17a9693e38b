"""What every source has, and how its fields are checked (private; see :mod:`asielketen.sources`).

The status of a source (:class:`Status`), the gazette of a publication (:class:`Blad`), the forms
of its identifiers (ECLI, BWB id) and the attrs validators of the kinds' fields: every refusal is an
:class:`~asielketen.errors.InvalidSourceError` naming the field, by the checks of
:mod:`asielketen._validation`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import Any

from attrs import Attribute, field

from .._klasse import frozen
from .._validation import dag, tekst, van_soort
from ..errors import InvalidSourceError
from ..taal import Bericht, Taal, bericht

__all__ = [
    "Blad",
    "BronBasis",
    "Status",
    "bron_tekst",
    "check_date",
    "check_optional_date",
    "check_optional_text",
    "check_status",
    "check_text",
    "check_url",
    "valideer_bwb_id",
    "valideer_ecli",
]


class Status(enum.Enum):
    """What kind of authority a source has (the six statuses of DOMAIN.md; six, no more).

    * ``WETTEKST``: the text of a law, AMvB or ministeriële regeling (BWB, Staatsblad,
      Staatscourant) that was read — never statistics, web pages, news items or judgments;
    * ``RECHTSPRAAK``: a judgment identified by its ECLI whose text or official summary was read —
      a judgment known only from the press is ``PERS``;
    * ``OFFICIEEL``: an official publication that is not a legal rule: CBS statistics, a Kamerstuk
      or answer to Kamervragen, Rijksoverheid/IND/COA pages and news items — nothing that binds by
      itself;
    * ``BRIEF``: one of the five letters, or another letter read in full — not a letter known only
      because another text mentions it;
    * ``PERS``: press and secondary sources, and any document known only through them;
    * ``AANNAME``: our reading, an inference, or a default chosen where no source decides — an
      assumption the user may change.

    A source known only through another takes the weaker status of the two; an inference from a
    source is an ``AANNAME`` that cites that source. Only ``PERS`` and ``AANNAME`` are uncertain
    (:attr:`onzeker`): a result resting on either says so.

    >>> [s.value for s in Status]
    ['wettekst', 'rechtspraak', 'officieel', 'brief', 'pers', 'aanname']
    >>> [s.value for s in Status if s.onzeker]
    ['pers', 'aanname']
    """

    WETTEKST = "wettekst"
    RECHTSPRAAK = "rechtspraak"
    OFFICIEEL = "officieel"
    BRIEF = "brief"
    PERS = "pers"
    AANNAME = "aanname"

    @property
    def onzeker(self) -> bool:
        """True for ``PERS`` and ``AANNAME`` only: a result resting on it must say so."""
        return self in (Status.PERS, Status.AANNAME)


class Blad(enum.Enum):
    """The official gazette of a :class:`Publicatie`: Staatsblad or Staatscourant."""

    STB = "Stb."
    STCRT = "Stcrt."


_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]*\Z")
_ECLI_RE = re.compile(r"^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:[0-9]{4}:[A-Z0-9.]{1,25}\Z")
_BWB_RE = re.compile(r"^BWB[RV][0-9]{7}\Z")
_URL_RE = re.compile(r"^https?://[^\s]+\Z")


def bron_tekst(
    veld: str, waarde: object, reden: Callable[[], Bericht], patroon: re.Pattern[str] | None = None
) -> str:
    """``waarde`` if it is a text that is not blank (and matches ``patroon``), else an
    :class:`~asielketen.errors.InvalidSourceError` naming ``veld``, with ``reden`` (made only then)."""
    return tekst(veld, waarde, reden=reden, patroon=patroon, fout=InvalidSourceError)


def valideer_ecli(ecli: str, veld: str = "ecli") -> str:
    """Return ``ecli`` if it is a syntactically valid European Case Law Identifier, else raise.

    >>> valideer_ecli("ECLI:NL:RBNNE:2025:4074")
    'ECLI:NL:RBNNE:2025:4074'
    """
    return bron_tekst(veld, ecli, lambda: bericht("bronnen.ecli"), _ECLI_RE)


def valideer_bwb_id(bwb_id: str, veld: str = "bwb_id") -> str:
    """Return ``bwb_id`` if it has the form of a BWB identifier (``BWBR`` + 7 digits), else raise.

    >>> valideer_bwb_id("BWBR0049307")
    'BWBR0049307'
    """
    return bron_tekst(veld, bwb_id, lambda: bericht("bronnen.bwb_id"), _BWB_RE)


# attrs validators: ``reden`` is made only when a value is refused (a lambda), never at import


def _check_id(_: object, attribute: Attribute[str], value: str) -> None:
    bron_tekst(attribute.name, value, lambda: bericht("bronnen.id"), _ID_RE)


def check_text(_: object, attribute: Attribute[Any], value: object) -> None:
    """A text that is not blank."""
    bron_tekst(attribute.name, value, lambda: bericht("bronnen.leeg"))


def check_optional_text(inst: object, attribute: Attribute[Any], value: object) -> None:
    """``None`` or a text that is not blank."""
    if value is not None:
        check_text(inst, attribute, value)


def check_date(_: object, attribute: Attribute[Any], value: object) -> None:
    """A :class:`datetime.date` (not a ``datetime``)."""
    dag(attribute.name, value, reden=lambda: bericht("bronnen.datum"), fout=InvalidSourceError)


def check_optional_date(inst: object, attribute: Attribute[Any], value: object) -> None:
    """``None`` or a :class:`datetime.date`."""
    if value is not None:
        check_date(inst, attribute, value)


def check_url(_: object, attribute: Attribute[Any], value: object) -> None:
    """``None`` or an ``http(s)://`` URL without white space."""
    if value is not None:
        bron_tekst(attribute.name, value, lambda: bericht("bronnen.url"), _URL_RE)


def _statussen() -> Bericht:
    return bericht("bronnen.status", statussen=", ".join(s.value for s in Status))


def check_status(_: object, attribute: Attribute[Any], value: object) -> None:
    """A :class:`Status`."""
    van_soort(attribute.name, value, Status, reden=_statussen, fout=InvalidSourceError)


@frozen(kw_only=True)
class BronBasis:
    """Fields every source has: a stable ``id``, its ``status`` and an optional ``toelichting``."""

    id: str = field(validator=_check_id)
    """Stable key in the source registry, e.g. ``"VNG-2025-10-13"`` or ``"spreidingswet.art5"``."""
    status: Status = field(validator=check_status)
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
        url = getattr(self, "url", None)  # the kinds with a URL have a field or property ``url``
        return url if isinstance(url, str) else None

    def tekst(self, taal: Taal | None = None) -> str:
        """The citation and status, e.g. ``… [wettekst]``, in ``taal`` (default: the current language)."""
        return f"{self.citatie_bericht.tekst(taal)} [{self.status.value}]"

    def __str__(self) -> str:
        """The citation and status in Dutch, the same in every language context.

        (Stable so that a source passed as an argument to :func:`~asielketen.taal.bericht` never
        mixes languages; use :meth:`tekst` to render in a language.)
        """
        return self.tekst("nl")
