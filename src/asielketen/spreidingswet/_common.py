"""Shared bits of the Spreidingswet modules (private)."""

from __future__ import annotations

from typing import Any

from .._validation import geheel_getal
from ..errors import InvalidPeriodError
from ..periods import Cyclus
from ..taal import bericht

BESTAND = "spreidingswet.json"
"""The shipped parameter file of the Spreidingswet."""


def check_aantal(_: object, attribute: Any, value: int) -> None:
    """attrs validator: a whole number from 0 to ``GROOTSTE_AANTAL`` (bools refused)."""
    geheel_getal(attribute.name, value, reden=bericht("spreidingswet.fout.aantal"))


def als_cyclus(waarde: object, veld: str = "cyclus") -> Cyclus:
    """``waarde`` if it is a :class:`Cyclus`; else an error naming ``veld`` (never an AttributeError)."""
    if not isinstance(waarde, Cyclus):
        raise InvalidPeriodError(veld, waarde, bericht("periodes.moet_cyclus"))
    return waarde
