"""The core of the message machinery (private): a sentence in every language, and the refusal.

The public names live in :mod:`asielketen.taal` (:class:`Bericht`, :func:`bericht`,
:func:`in_taal` …) and :mod:`asielketen.errors` (:class:`AsielketenError`,
:class:`InvalidInputError`); their ``__module__`` says so, so reprs, tracebacks, pickles and the
docs keep the public path.

They share this one module because each needs the other, and a module may not import its way
round in a circle: a :class:`Bericht` refuses a language the catalogue lacks, or a wrong number of
texts, with an :class:`InvalidInputError`, and an :class:`InvalidInputError`'s message is a
:class:`Bericht` from the catalogue. Everything else of both modules stays in them. This module
imports nothing of asielketen but the catalogue's templates (:mod:`asielketen._catalogus`) and
:func:`asielketen._openbaar.publiek`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Literal, get_args

from attrs import field

from ._catalogus import SJABLONEN, sjablonen
from ._klasse import frozen
from ._openbaar import publiek

__all__ = [
    "TALEN",
    "AsielketenError",
    "Bericht",
    "InvalidInputError",
    "Taal",
    "als_bericht",
    "bericht",
    "hoofdletter",
    "huidige_taal",
    "in_taal",
    "letterlijk",
    "optioneel_bericht",
    "samengevoegd",
    "valideer_taal",
    "weergave",
]

Taal = Literal["nl", "en"]
"""A language the catalogue has: ``"nl"`` (Dutch, the default) or ``"en"`` (English)."""

TALEN: tuple[Taal, ...] = get_args(Taal)
"""Every language of the catalogue, the default first."""

_HUIDIG: ContextVar[Taal] = ContextVar("asielketen_taal", default="nl")


# -- languages -------------------------------------------------------------------------------------


def valideer_taal(taal: object, veld: str = "taal") -> Taal:
    """``taal`` if the catalogue has it, else an :class:`~asielketen.errors.InvalidInputError`."""
    if taal == "nl":
        return "nl"
    if taal == "en":
        return "en"
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


# -- the sentence ----------------------------------------------------------------------------------


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


publiek("asielketen.taal", Bericht)


def letterlijk(tekst: str) -> Bericht:
    """A text that is the same in every language (a name, a code, a quoted sentence of a letter)."""
    return Bericht("", (tekst,) * len(TALEN))


def als_bericht(tekst: Bericht | str) -> Bericht:
    """``tekst`` as a :class:`Bericht`; a plain string (a user's own text, a name) is :func:`letterlijk`."""
    return tekst if isinstance(tekst, Bericht) else letterlijk(tekst)


def optioneel_bericht(tekst: Bericht | str | None) -> Bericht | None:
    """attrs converter: ``None`` stays ``None``; a text becomes a :class:`Bericht` (:func:`als_bericht`)."""
    return None if tekst is None else als_bericht(tekst)


def hoofdletter(tekst: Bericht) -> Bericht:
    """``tekst`` with its first letter capitalised in every language (to start a sentence with it)."""
    return Bericht(tekst.sleutel, tuple(t[:1].upper() + t[1:] for t in tekst.teksten))


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


def bericht(sleutel: str, /, **argumenten: object) -> Bericht:
    """The catalogue's sentence ``sleutel`` with ``argumenten`` filled in, in every language.

    Arguments that are themselves a :class:`Bericht` are rendered in the same language; booleans
    become ``ja``/``nee`` or ``yes``/``no``; dates are ISO; ``Decimal`` is written in full.
    An unknown key or a missing argument is a programming error (``LookupError``), caught by the
    catalogue's tests.
    """
    vormen = SJABLONEN.get(sleutel) or sjablonen(sleutel)
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
            teksten = tuple(sjabloon.format_map(neutraal) for sjabloon in vormen)
        else:
            teksten = tuple(
                sjabloon.format_map(neutraal | {k: _render(argumenten[k], i) for k in per_taal})
                for i, sjabloon in enumerate(vormen)
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


# -- the refusal -----------------------------------------------------------------------------------


class AsielketenError(Exception):
    """Base class of every error asielketen raises on purpose.

    ``veld`` names the field (argument, column, JSON path) at fault and ``waarde`` holds the value
    that was given; both may be ``None`` when the error is not about one field. ``bericht`` is the
    message from the catalogue (:mod:`asielketen.taal`): ``str(error)`` renders it in the current
    language (Dutch unless inside :func:`asielketen.taal.in_taal`), ``error.tekst("en")`` in English.
    """

    def __init__(self, message: Bericht, *, veld: str | None = None, waarde: object = None) -> None:
        self.bericht = als_bericht(message)
        super().__init__(self.bericht.nl)
        self.veld = veld
        self.waarde = waarde

    @property
    def message(self) -> str:
        """The message in the current language."""
        return self.bericht.tekst()

    def tekst(self, taal: Taal | None = None) -> str:
        """The message in ``taal`` (default: the current language)."""
        return self.bericht.tekst(taal)

    def __str__(self) -> str:
        return self.bericht.tekst()


class InvalidInputError(AsielketenError, ValueError):
    """A value given to the library is not valid; the message names the field and the value."""

    def __init__(self, veld: str, waarde: object, reden: Bericht) -> None:
        reden = als_bericht(reden)
        super().__init__(
            bericht("fout.invoer", veld=veld, waarde=weergave(waarde), reden=reden), veld=veld, waarde=waarde
        )
        self.reden_bericht = reden

    @property
    def reden(self) -> str:
        """Why the value is not valid, in the current language."""
        return self.reden_bericht.tekst()


publiek("asielketen.errors", AsielketenError, InvalidInputError)

_GROOT_BITS = 133
"""An ``int`` of more bits (more than 40 digits) is shown in a message by its number of digits."""

_EXACT_BITS = 13_000
"""Up to this many bits (about 3900 digits) that number is counted exactly; beyond, bounded below."""


def weergave(waarde: object) -> str | Bericht:
    """``repr(waarde)`` as a message shows it; a huge ``int`` by its number of digits instead.

    Writing out an int of more than 4300 digits raises ``ValueError`` (and its cost grows with the
    square of its length), so a message never does: it says ``<getal van N cijfers>``.

    >>> weergave("Den Haag"), weergave(10**50).tekst("en")
    ("'Den Haag'", '<number of 51 digits>')
    """
    if (
        isinstance(waarde, Fraction)
        and max(waarde.numerator.bit_length(), waarde.denominator.bit_length()) > _GROOT_BITS
    ):
        return samengevoegd(
            ["Fraction(", weergave(waarde.numerator), ", ", weergave(waarde.denominator), ")"], ""
        )
    if isinstance(waarde, int) and not isinstance(waarde, bool) and waarde.bit_length() > _GROOT_BITS:
        bits = waarde.bit_length()
        if bits <= _EXACT_BITS:
            getal = bericht("fout.groot_getal", cijfers=len(str(abs(waarde))))
        else:  # 2**(bits-1) <= |waarde| and 0.30102999566 < log10(2): a lower bound, never written out
            cijfers = (bits - 1) * 30_102_999_566 // 10**11 + 1
            getal = bericht("fout.groot_getal_minstens", cijfers=cijfers)
        return samengevoegd(["-", getal], "") if waarde < 0 else getal
    return repr(waarde)
