"""Shared by every part of the Oekraïne rules: the parameter file, the field checks, the kind of duty."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

from attrs import Attribute

from .._openbaar import publiceer_hier
from .._validation import GROOTSTE_AANTAL, bedrag, dag, geheel_getal, ja_nee
from ..errors import InvalidInputError
from ..parameters import parameter
from ..taal import bericht, letterlijk

BESTAND = "oekraine.json"
"""The shipped parameter file of this package."""

MAX_AANTAL = GROOTSTE_AANTAL
"""Input sanity bound (not policy): more places, persons or adults than this is refused as absurd.

The library-wide bound on every count (10^15, :data:`asielketen.GROOTSTE_AANTAL`); this name is
kept for code that used it (it was 10^7 before that bound was unified).
"""

GEEN_SAMENVATTING = letterlijk("")
"""The default summary of a result built by hand (the rules always write one)."""


def param(naam: str) -> Any:
    """The parameter ``naam`` of :data:`BESTAND` (its validities, each with its source)."""
    return parameter(BESTAND, naam)


class Verplichtingsoort(enum.Enum):
    """The legal character of a duty (VNG-2025-09-22, ECLI:NL:RBNNE:2025:4074).

    * ``RESULTAATSVERPLICHTING`` — a result is owed: opvang for each ontheemde who asks;
    * ``INSPANNINGSVERPLICHTING`` — an effort is owed: working toward the number of places asked.
    """

    RESULTAATSVERPLICHTING = "resultaatsverplichting"
    INSPANNINGSVERPLICHTING = "inspanningsverplichting"


def aantal(veld: str, waarde: object) -> int:
    """``waarde`` if it is a count from 0 to :data:`MAX_AANTAL`; else an error naming ``veld``."""
    return geheel_getal(veld, waarde, reden=lambda: bericht("oekraine.fout.aantal", maximum=MAX_AANTAL))


def check_aantal(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a count (:func:`aantal`)."""
    aantal(attribute.name, value)


def check_optioneel_aantal(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: ``None`` or a count (:func:`aantal`)."""
    if value is not None:
        aantal(attribute.name, value)


def check_ja_nee(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a ``bool``."""
    ja_nee(attribute.name, value, reden=lambda: bericht("oekraine.fout.ja_nee"))


def check_datum(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a ``date`` (not a ``datetime``)."""
    dag(attribute.name, value, reden=lambda: bericht("oekraine.fout.datum"))


def in_centen(waarde: Decimal) -> Decimal | None:
    """A finite amount as whole cents (``Decimal('1.000')`` → ``Decimal('1.00')``); ``None`` when it
    has a non-zero digit beyond the cent (``0.001``). Money in this package is whole cents (ADR 0010)."""
    t = waarde.as_tuple()
    assert isinstance(t.exponent, int)  # finite: checked by the caller
    overtollig = -2 - t.exponent
    if overtollig <= 0:
        return waarde
    if any(t.digits[-overtollig:]):
        return None
    return Decimal((t.sign, t.digits[:-overtollig] or (0,), -2))


def centen(veld: str, waarde: object) -> Decimal:
    """``waarde`` if it is an amount in euro (a finite :class:`~decimal.Decimal` ≥ 0) in whole cents,
    with more decimals written as cents (``1.000`` → ``1.00``); else an error naming ``veld``."""
    euro = bedrag(veld, waarde, reden=lambda: bericht("oekraine.fout.bedrag"))
    heel = in_centen(euro)
    if heel is None:
        raise InvalidInputError(veld, waarde, bericht("oekraine.fout.centen"))
    return heel


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
