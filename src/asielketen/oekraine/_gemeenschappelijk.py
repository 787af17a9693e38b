"""Shared by every part of the Oekraïne rules: the parameter file, the field checks, the kind of duty."""

from __future__ import annotations

import enum
from typing import Any

from attrs import Attribute

from .._validation import GROOTSTE_AANTAL, dag, geheel_getal, ja_nee
from ..parameters import parameter
from ..taal import Bericht, als_bericht, bericht, letterlijk

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
    return geheel_getal(veld, waarde, reden=bericht("oekraine.fout.aantal", maximum=MAX_AANTAL))


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


def als_bericht_of_none(tekst: Bericht | str | None) -> Bericht | None:
    """attrs converter: ``None`` stays ``None``; a text becomes a :class:`~asielketen.taal.Bericht`."""
    return None if tekst is None else als_bericht(tekst)
