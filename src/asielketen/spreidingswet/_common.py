"""Shared bits of the Spreidingswet modules (private)."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidInputError
from ..taal import bericht

BESTAND = "spreidingswet.json"
"""The shipped parameter file of the Spreidingswet."""


def check_aantal(_: object, attribute: Any, value: int) -> None:
    """attrs validator: a whole number ≥ 0 (bools refused)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidInputError(attribute.name, value, bericht("spreidingswet.fout.aantal"))
