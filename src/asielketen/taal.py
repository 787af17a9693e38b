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

import enum
import string
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Literal, get_args

from attrs import field, frozen

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

Taal = Literal["nl", "en"]
"""A language the catalogue has: ``"nl"`` (Dutch, the default) or ``"en"`` (English)."""

TALEN: tuple[Taal, ...] = get_args(Taal)
"""Every language of the catalogue, the default first."""

_HUIDIG: ContextVar[Taal] = ContextVar("asielketen_taal", default="nl")


def valideer_taal(taal: object, veld: str = "taal") -> Taal:
    """``taal`` if the catalogue has it, else an :class:`~asielketen.errors.InvalidInputError`."""
    if taal == "nl":
        return "nl"
    if taal == "en":
        return "en"
    from .errors import InvalidInputError  # errors imports this module

    raise InvalidInputError(veld, taal, bericht("taal.onbekend", talen=", ".join(TALEN)))


def huidige_taal() -> Taal:
    """The language used when a text is asked for without naming one (``"nl"`` unless set)."""
    return _HUIDIG.get()


@contextmanager
def in_taal(taal: Taal) -> Iterator[None]:
    """Within the ``with`` block, texts are rendered in ``taal`` unless a call names another.

    >>> with in_taal("en"):
    ...     huidige_taal()
    'en'
    """
    token = _HUIDIG.set(valideer_taal(taal))
    try:
        yield
    finally:
        _HUIDIG.reset(token)


def _teksten(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@frozen
class Bericht:
    """One sentence of the catalogue, rendered in every language.

    ``sleutel`` is the catalogue key (empty for a :func:`letterlijk` text that is the same in every
    language); ``teksten`` holds the rendering per language, in the order of :data:`TALEN`.
    """

    sleutel: str
    """The catalogue key, e.g. ``"statushouders.taakstelling.formule"``."""
    teksten: tuple[str, ...] = field(converter=_teksten)
    """The sentence per language, in the order of :data:`TALEN` (``nl``, ``en``)."""

    @teksten.validator
    def _check(self, attribute: object, value: tuple[str, ...]) -> None:
        if len(value) != len(TALEN) or not all(isinstance(t, str) for t in value):
            from .errors import InvalidInputError

            raise InvalidInputError(
                "teksten", value, bericht("taal.teksten", aantal=len(TALEN), talen=", ".join(TALEN))
            )

    def tekst(self, taal: Taal | None = None) -> str:
        """The sentence in ``taal`` (default: the current language, see :func:`in_taal`)."""
        if taal is None:
            taal = _HUIDIG.get()
        return self.teksten[TALEN.index(valideer_taal(taal))]

    @property
    def nl(self) -> str:
        """The Dutch sentence."""
        return self.teksten[0]

    @property
    def en(self) -> str:
        """The English sentence."""
        return self.teksten[1]

    def __str__(self) -> str:
        return self.tekst()


def letterlijk(tekst: str) -> Bericht:
    """A text that is the same in every language (a name, a code, a quoted sentence of a letter)."""
    return Bericht("", (tekst,) * len(TALEN))


def als_bericht(tekst: Bericht | str) -> Bericht:
    """``tekst`` as a :class:`Bericht`; a plain string (a user's own text, a name) is :func:`letterlijk`."""
    return tekst if isinstance(tekst, Bericht) else letterlijk(tekst)


def samengevoegd(delen: Iterable[Bericht | str], scheiding: Bericht | str) -> Bericht:
    """The parts joined with ``scheiding`` between them, in every language.

    >>> samengevoegd(["'Bergen (L.)'", "'Bergen (NH.)'"], bericht("fout.of")).tekst("en")
    "'Bergen (L.)' or 'Bergen (NH.)'"
    """
    stukken = [als_bericht(d) for d in delen]
    tussen = als_bericht(scheiding)
    return Bericht(
        "", tuple(tussen.teksten[i].join(s.teksten[i] for s in stukken) for i in range(len(TALEN)))
    )


def _render(value: object, index: int) -> str:
    if isinstance(value, Bericht):
        return value.teksten[index]
    if isinstance(value, bool):
        return _JA_NEE[index][value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


_JA_NEE: tuple[dict[bool, str], ...] = ({True: "ja", False: "nee"}, {True: "yes", False: "no"})

_CATALOGUS: dict[str, tuple[str, ...]] | None = None


def _laad() -> dict[str, tuple[str, ...]]:
    global _CATALOGUS
    if _CATALOGUS is None:
        from ._berichten import alle_berichten

        _CATALOGUS = alle_berichten()
    return _CATALOGUS


def bericht(sleutel: str, /, **argumenten: object) -> Bericht:
    """The catalogue's sentence ``sleutel`` with ``argumenten`` filled in, in every language.

    Arguments that are themselves a :class:`Bericht` are rendered in the same language; booleans
    become ``ja``/``nee`` or ``yes``/``no``; dates are ISO; ``Decimal`` is written in full.
    An unknown key or a missing argument is a programming error (``LookupError``), caught by the
    catalogue's tests.
    """
    catalogus = _CATALOGUS if _CATALOGUS is not None else _laad()
    try:
        sjablonen = catalogus[sleutel]
    except KeyError:
        raise LookupError(f"bericht {sleutel!r} staat niet in de catalogus") from None
    # Fast path (rules build many messages): values whose text does not depend on the language
    # are rendered once; only Bericht and bool arguments are rendered per language.
    neutraal: dict[str, object] = {}
    per_taal: list[str] = []
    for k, v in argumenten.items():
        soort = type(v)
        if soort is str or soort is int:
            neutraal[k] = v
        elif soort is Bericht or soort is bool:
            per_taal.append(k)
        else:
            neutraal[k] = _render(v, 0)
    try:
        if not per_taal:
            teksten = tuple(sjabloon.format_map(neutraal) for sjabloon in sjablonen)
        else:
            teksten = tuple(
                sjabloon.format_map(neutraal | {k: _render(argumenten[k], i) for k in per_taal})
                for i, sjabloon in enumerate(sjablonen)
            )
    except KeyError as exc:
        raise LookupError(f"bericht {sleutel!r} mist argument {exc.args[0]!r}") from None
    return _nieuw(sleutel, teksten)


def _nieuw(sleutel: str, teksten: tuple[str, ...]) -> Bericht:
    """A Bericht from the catalogue's own rendering (already valid: skip the boundary checks)."""
    b = object.__new__(Bericht)
    object.__setattr__(b, "sleutel", sleutel)
    object.__setattr__(b, "teksten", teksten)
    return b


def catalogus() -> Mapping[str, Mapping[Taal, str]]:
    """The whole catalogue: key → language → template (``str.format`` placeholders)."""
    return {k: dict(zip(TALEN, v, strict=True)) for k, v in sorted(_laad().items())}


def plaatshouders(sjabloon: str) -> frozenset[str]:
    """The placeholder names of a template (used by the catalogue's consistency tests)."""
    return frozenset(naam for _, naam, _, _ in string.Formatter().parse(sjabloon) if naam)
