"""Shared by the modules of the Spreidingswet package: the parameter file, field checks, money."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Inexact, localcontext
from fractions import Fraction
from typing import Any

from .._validation import GROOTSTE_AANTAL, bedrag, geheel_getal, van_soort
from ..errors import InvalidInputError, InvalidPeriodError
from ..periods import Cyclus
from ..taal import Bericht, bericht

BESTAND = "spreidingswet.json"
"""The shipped parameter file of the Spreidingswet."""


def aantal(veld: str, waarde: object) -> int:
    """``waarde`` if it is a count from 0 to ``GROOTSTE_AANTAL`` (not a bool); else an error naming it."""
    return geheel_getal(veld, waarde, reden=lambda: bericht("spreidingswet.fout.aantal"))


def geheel(veld: str, waarde: object) -> int:
    """As :func:`aantal`, with the reason "a whole number ≥ 0" (for numbers that are not counts of places)."""
    return geheel_getal(veld, waarde, reden=lambda: bericht("spreidingswet.fout.geheel_getal"))


def check_aantal(_: object, attribute: Any, value: int) -> None:
    """attrs validator: a count (:func:`aantal`)."""
    aantal(attribute.name, value)


def check_optioneel_aantal(_: object, attribute: Any, value: int | None) -> None:
    """attrs validator: ``None`` or a count."""
    if value is not None:
        aantal(attribute.name, value)


def exact_getal(veld: str, waarde: object) -> Fraction:
    """An exact share from 0 to ``GROOTSTE_AANTAL`` (a quotum never exceeds its need), as a Fraction.

    The bound keeps ``float(quotum)`` (tables, frames, explanations) finite.
    """
    if isinstance(waarde, Fraction):
        q = waarde
    elif isinstance(waarde, int) and not isinstance(waarde, bool):
        q = Fraction(waarde)
    else:
        raise InvalidInputError(veld, waarde, bericht("spreidingswet.verdeling.fout_exact"))
    if not 0 <= q <= GROOTSTE_AANTAL:
        raise InvalidInputError(
            veld, waarde, bericht("spreidingswet.verdeling.fout_quotum", maximum=GROOTSTE_AANTAL)
        )
    return q


def check_quotum(_: object, attribute: Any, value: Fraction) -> None:
    """attrs validator: an exact share (:func:`exact_getal`)."""
    exact_getal(attribute.name, value)


def check_optioneel_quotum(_: object, attribute: Any, value: Fraction | None) -> None:
    """attrs validator: ``None`` or an exact share."""
    if value is not None:
        exact_getal(attribute.name, value)


def check_bedrag(_: object, attribute: object, value: Any) -> None:
    """attrs validator (also called as ``check_bedrag(None, None, bedrag)``): ``None`` or an amount
    in euro, a finite ``Decimal`` ≥ 0; the error names the field (else ``bedrag``)."""
    if value is not None:
        bedrag(getattr(attribute, "name", "bedrag"), value, reden=_reden_bedrag)


def _reden_bedrag() -> Bericht:
    return bericht("spreidingswet.uitkering.fout_bedrag")


@contextmanager
def exact() -> Iterator[None]:
    """A decimal context in which a rounded (inexact) result raises ``decimal.Inexact``."""
    with localcontext() as ctx:
        ctx.traps[Inexact] = True
        yield


def als_cyclus(waarde: object, veld: str = "cyclus") -> Cyclus:
    """``waarde`` if it is a :class:`Cyclus`; else an error naming ``veld`` (never an AttributeError)."""
    return van_soort(
        veld, waarde, Cyclus, reden=lambda: bericht("periodes.moet_cyclus"), fout=InvalidPeriodError
    )
