"""Whole-number input checks: the one place where a count given to asielketen is checked.

Every public rule that takes a count (a national need, inhabitants, places, persons, a threshold …)
checks it here, at its boundary, before any arithmetic or rendering:

- :func:`geheel_getal` for a value given to the API: an ``int`` (never a ``bool``, never a float)
  from ``minimum`` to ``maximum``;
- :func:`geheel_getal_uit_tekst` for text (a command-line argument, a cell): ASCII digits with an
  optional sign, whose *length* is checked before :func:`int` is called, so neither Python's
  int-to-str limit (4300 digits) nor the quadratic cost of converting a huge number is ever met;
  a refused text is echoed at most :data:`GETOONDE_TEKENS` characters long.

Every refusal is an :class:`~asielketen.errors.InvalidInputError` naming the field (``veld``) and the
value (``waarde``), with a message from the catalogue (``algemeen.getal.*``).

:data:`GROOTSTE_AANTAL` bounds every count: 10^15 is more than a hundred million times the
population of the Netherlands (and of the world), so no real need, number of inhabitants, places
or persons comes near it, yet exact arithmetic on it (a need times the inhabitants of a gemeente,
a sum over 342 gemeenten) stays far below any limit of Python's integers, ``float`` and ``Decimal``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Literal, TypeVar

from .errors import InvalidInputError
from .taal import Bericht, bericht

__all__ = [
    "GETOONDE_TEKENS",
    "GROOTSTE_AANTAL",
    "Soort",
    "bedrag",
    "dag",
    "geheel_getal",
    "geheel_getal_tussen",
    "geheel_getal_uit_tekst",
    "ja_nee",
    "kort",
    "soort",
    "tekst",
    "tekst_tuple",
    "van_soort",
]

GROOTSTE_AANTAL = 10**15
"""The largest count any rule accepts (10^15): an input sanity bound, not policy.

No real count in the asylum chain approaches it (the Netherlands has under 2·10^7 inhabitants,
the world under 10^10 people), so a larger number is a mistake; with it every product and sum
the rules compute stays exact and small enough for ``float`` and ``Decimal``.
"""

GETOONDE_TEKENS = 20
"""How many characters of a refused text an error message shows (then ``…`` and its length)."""

LANGSTE_TEKST = 40
"""The longest text read as a number (white space and leading zeros included); a longer one is
refused whatever it holds. A count of at most :data:`GROOTSTE_AANTAL` has 16 digits."""

Soort = Literal["geen", "te_klein", "te_groot"]
"""Why a number was refused: not a whole number, below the minimum, above the maximum."""

_SOORTEN: dict[str, Soort] = {
    "algemeen.getal.geen": "geen",
    "algemeen.getal.tekens": "geen",
    "algemeen.getal.te_lang": "geen",
    "algemeen.getal.te_klein": "te_klein",
    "algemeen.getal.te_groot": "te_groot",
    "algemeen.getal.cijfers": "te_groot",
}


def geheel_getal(
    veld: str,
    waarde: object,
    *,
    minimum: int = 0,
    maximum: int = GROOTSTE_AANTAL,
    reden: _Reden | None = None,
) -> int:
    """``waarde`` unchanged if it is an ``int`` (not a ``bool``) from ``minimum`` to ``maximum``.

    Otherwise an :class:`~asielketen.errors.InvalidInputError` naming ``veld`` and ``waarde``. The
    reason is ``reden`` (the field's own wording) when the value is not a whole number or below the
    minimum, and always the general one when it is above the maximum, which names the bound. As for
    every check here, ``reden`` may be a function that makes the sentence: then an accepted value
    costs no sentence (attrs validators run this for every count of every record).

    >>> geheel_getal("behoefte", 96000)
    96000
    >>> try:
    ...     geheel_getal("behoefte", 10**5000)
    ... except InvalidInputError as fout:
    ...     print(fout.tekst("en"))
    behoefte=<number of at least 5000 digits>: greater than 1000000000000000, the upper bound of this input
    """
    if not isinstance(waarde, int) or isinstance(waarde, bool):
        raise _weiger(
            veld, waarde, reden or (lambda: bericht("algemeen.getal.geen", minimum=minimum, maximum=maximum))
        )
    if waarde < minimum:
        raise _weiger(
            veld,
            waarde,
            reden or (lambda: bericht("algemeen.getal.te_klein", minimum=minimum, maximum=maximum)),
        )
    if waarde > maximum:
        raise InvalidInputError(veld, waarde, bericht("algemeen.getal.te_groot", maximum=maximum))
    return waarde


def geheel_getal_uit_tekst(
    veld: str,
    tekst: object,
    *,
    minimum: int = 0,
    maximum: int = GROOTSTE_AANTAL,
    reden: Bericht | None = None,
) -> int:
    """The whole number written in ``tekst``, from ``minimum`` to ``maximum``.

    Surrounding white space is ignored; the text is an optional ``+`` or ``-`` and ASCII digits
    only (``"²"`` and ``"1_000"`` are refused, though Python's ``int`` takes them). Its length is
    checked before ``int`` is called: a text of a million digits is refused at once, as is any text
    longer than :data:`LANGSTE_TEKST` (or than the bounds' digits, if those are longer), and the
    error echoes at most :data:`GETOONDE_TEKENS` characters of it (:func:`kort`) with its length.
    An error is an :class:`~asielketen.errors.InvalidInputError` naming ``veld``; ``reden`` as in
    :func:`geheel_getal`.

    >>> geheel_getal_uit_tekst("behoefte", " 96000 ")
    96000
    """
    if not isinstance(tekst, str):
        return geheel_getal(veld, tekst, minimum=minimum, maximum=maximum, reden=reden)
    kern = tekst.strip()
    teken, cijfers = (kern[0], kern[1:]) if kern[:1] in ("+", "-") else ("", kern)
    if not (cijfers and cijfers.isascii() and cijfers.isdigit()):
        if len(tekst) > GETOONDE_TEKENS:
            reden = reden or bericht("algemeen.getal.tekens", tekens=len(tekst))
        raise InvalidInputError(
            veld, kort(tekst), reden or bericht("algemeen.getal.geen", minimum=minimum, maximum=maximum)
        )
    significant = cijfers.lstrip("0") or "0"
    grens = len(str(max(abs(minimum), abs(maximum))))
    if len(significant) > grens:  # beyond both bounds
        if teken == "-":
            raise InvalidInputError(
                veld,
                kort(kern),
                reden or bericht("algemeen.getal.te_klein", minimum=minimum, maximum=maximum),
            )
        raise InvalidInputError(
            veld, kort(kern), bericht("algemeen.getal.cijfers", cijfers=len(significant), maximum=maximum)
        )
    if len(tekst) > max(LANGSTE_TEKST, grens + 1):  # padded with white space or zeros
        raise InvalidInputError(veld, kort(tekst), bericht("algemeen.getal.te_lang", tekens=len(tekst)))
    return geheel_getal(veld, int(teken + significant), minimum=minimum, maximum=maximum, reden=reden)


def kort(tekst: str) -> str:
    """``tekst`` as an error shows it: its ``repr`` at most :data:`GETOONDE_TEKENS` characters
    (plus quotes) long, then ``…``; a character ``repr`` escapes counts as its escape.

    >>> kort("9" * 5000)
    '99999999999999999999…'
    >>> kort("\\x00" * 10)
    '\\x00\\x00\\x00\\x00\\x00…'
    """
    if len(tekst) <= GETOONDE_TEKENS and len(repr(tekst)) <= GETOONDE_TEKENS + 2:
        return tekst
    begin = tekst[:GETOONDE_TEKENS]
    while len(repr(begin)) > GETOONDE_TEKENS + 2:
        begin = begin[:-1]
    return begin + "…"


def soort(fout: InvalidInputError) -> Soort | None:
    """Why :func:`geheel_getal` or :func:`geheel_getal_uit_tekst` refused, from its general reason.

    ``None`` when the error carries the caller's own ``reden`` (or came from elsewhere).
    """
    return _SOORTEN.get(fout.reden_bericht.sleutel)


# --------------------------------------------------------------------------------------------
# Other input checks: yes/no, a kind of value, a day, a text
# --------------------------------------------------------------------------------------------
#
# Each returns the value unchanged or raises an InvalidInputError naming the field and the value,
# with the caller's own reason: a Bericht, or a function making it, called only on refusal (so a
# validator that runs on every record never renders a sentence it does not need). ``fout`` names a
# more precise InvalidInputError a field's refusal is (InvalidSourceError, InvalidPeriodError).

_T = TypeVar("_T")

_Reden = Bericht | Callable[[], Bericht]
"""The reason of a refusal: a sentence, or a function that makes it when the value is refused."""


_Fout = type[InvalidInputError]
"""The class of a refusal: :class:`~asielketen.errors.InvalidInputError` or a subclass of it."""


def _weiger(veld: str, waarde: object, reden: _Reden, fout: _Fout = InvalidInputError) -> InvalidInputError:
    return fout(veld, waarde, reden if isinstance(reden, Bericht) else reden())


def ja_nee(veld: str, waarde: object, *, reden: _Reden, fout: _Fout = InvalidInputError) -> bool:
    """``waarde`` unchanged if it is a ``bool`` (``1``, ``"ja"`` and ``None`` are not)."""
    if not isinstance(waarde, bool):
        raise _weiger(veld, waarde, reden, fout)
    return waarde


def van_soort(
    veld: str, waarde: object, soort: type[_T], *, reden: _Reden, fout: _Fout = InvalidInputError
) -> _T:
    """``waarde`` unchanged if it is an instance of ``soort`` (a record class, an enum …)."""
    if not isinstance(waarde, soort):
        raise _weiger(veld, waarde, reden, fout)
    return waarde


def dag(veld: str, waarde: object, *, reden: _Reden, fout: _Fout = InvalidInputError) -> date:
    """``waarde`` unchanged if it is a :class:`datetime.date` and not a ``datetime`` (no text:
    :func:`asielketen.periods.as_date` reads that)."""
    if not isinstance(waarde, date) or isinstance(waarde, datetime):
        raise _weiger(veld, waarde, reden, fout)
    return waarde


def tekst(
    veld: str,
    waarde: object,
    *,
    reden: _Reden,
    patroon: re.Pattern[str] | None = None,
    fout: _Fout = InvalidInputError,
) -> str:
    """``waarde`` unchanged if it is a ``str`` that is not blank and, given ``patroon``, matches it
    from its start (:meth:`re.Pattern.match`; anchor the pattern's end yourself)."""
    if (
        not isinstance(waarde, str)
        or not waarde.strip()
        or (patroon is not None and patroon.match(waarde) is None)
    ):
        raise _weiger(veld, waarde, reden, fout)
    return waarde


def geheel_getal_tussen(
    veld: str,
    waarde: object,
    *,
    minimum: int,
    maximum: int | None = None,
    reden: _Reden,
    fout: _Fout = InvalidInputError,
) -> int:
    """``waarde`` unchanged if it is an ``int`` (not a ``bool``) from ``minimum`` to ``maximum``
    (``None``: no upper bound); else ``fout`` with the caller's reason, whichever bound it breaks.

    For a field with a range of its own that its reason names (a year, a half 1 or 2, a class 1 to
    5); a count is :func:`geheel_getal`, whose reason above the maximum names the general bound.

    >>> geheel_getal_tussen("helft", 2, minimum=1, maximum=2, reden=bericht("periodes.helft"))
    2
    >>> try:
    ...     geheel_getal_tussen("helft", True, minimum=1, maximum=2, reden=bericht("periodes.helft"))
    ... except InvalidInputError as fout:
    ...     print(fout.tekst("en"))
    helft=True: helft is 1 or 2
    """
    if (
        not isinstance(waarde, int)
        or isinstance(waarde, bool)
        or waarde < minimum
        or (maximum is not None and waarde > maximum)
    ):
        raise _weiger(veld, waarde, reden, fout)
    return waarde


def bedrag(veld: str, waarde: object, *, reden: _Reden, fout: _Fout = InvalidInputError) -> Decimal:
    """``waarde`` unchanged if it is a finite :class:`~decimal.Decimal` ≥ 0: an amount in euro
    (never a ``float``, whose binary fraction is not the amount; never ``NaN`` or ``Infinity``)."""
    if not isinstance(waarde, Decimal) or not waarde.is_finite() or waarde < 0:
        raise _weiger(veld, waarde, reden, fout)
    return waarde


# --------------------------------------------------------------------------------------------
# Converters of attrs fields
# --------------------------------------------------------------------------------------------
#
# A field ``tuple[X, ...]`` takes any iterable through a converter whose parameter is annotated
# ``Iterable[X]``: mypy's attrs plugin gives ``__init__`` the converter's parameter type. A generic
# ``def tuple_of(values: Iterable[T]) -> tuple[T, ...]`` is not accepted: the plugin does not bind
# ``T`` to the field's element type, so every call site fails ("expected T"). So a record module
# keeps its own converter per element class; the one shared element type, ``str``, is here.


def tekst_tuple(waarden: Iterable[str]) -> tuple[str, ...]:
    """``waarden`` as a tuple (the converter of a ``tuple[str, ...]`` field)."""
    return tuple(waarden)
