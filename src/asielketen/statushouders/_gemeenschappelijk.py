"""Shared helpers of the statushouders package: the parameter file, field checks, sources.

The checks are calls into :mod:`asielketen._validation` with this domain's reasons; the attrs
validators (``check_*``) wrap them for the records' fields.
"""

from __future__ import annotations

import re
from typing import Any

from attrs import Attribute

from .._validation import GROOTSTE_AANTAL, geheel_getal, tekst
from ..bronregister import bron
from ..errors import InvalidPeriodError
from ..periods import Halfjaar
from ..sources import Bron
from ..taal import bericht

BESTAND = "statushouders.json"
"""The shipped parameter file of this package."""

P_LANDELIJK = "statushouders.landelijk_aantal"
P_LANDELIJK_BIJGESTELD = "statushouders.landelijk_aantal_bijgesteld"
P_HERINDELING_INWONERS = "statushouders.herindeling_inwoners"
P_VNG_PREFIX = "statushouders.vng_actie."
P_VOORRANG = "statushouders.voorrangsverbod"
P_NAREIZIGERS = "statushouders.nareizigers_tellen_mee"

GM_RE = re.compile(r"^GM[0-9]{4}\Z")  # the whole text: "$" would let a final newline through


def als_halfjaar(waarde: object, veld: str = "halfjaar") -> Halfjaar:
    """A :class:`Halfjaar` from a ``Halfjaar`` or its text (``"2025-H2"``); else an error naming it."""
    if isinstance(waarde, Halfjaar):
        return waarde
    if isinstance(waarde, str):
        return Halfjaar.parse(waarde)
    raise InvalidPeriodError(veld, waarde, bericht("statushouders.fout.halfjaar"))


def aantal(waarde: object, veld: str, *, minimum: int = 0) -> int:
    """``waarde`` if it is an ``int`` (not a bool) from ``minimum`` to ``GROOTSTE_AANTAL``; else an error."""
    return geheel_getal(
        veld, waarde, minimum=minimum, reden=lambda: bericht("statushouders.fout.aantal", minimum=minimum)
    )


def check_aantal(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a whole number ≥ 0."""
    aantal(value, attribute.name)


def check_som(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a sum of counts rounded up per gemeente, so it may pass ``GROOTSTE_AANTAL``
    by less than the number of gemeenten (the record ties it to its parts); at most twice that."""
    geheel_getal(
        attribute.name,
        value,
        maximum=2 * GROOTSTE_AANTAL,
        reden=lambda: bericht("statushouders.fout.aantal", minimum=0),
    )


def gemeentecode(waarde: object, veld: str) -> str:
    """``waarde`` if it is a CBS gemeentecode (``GM`` + 4 digits); else an error naming ``veld``."""
    return tekst(veld, waarde, patroon=GM_RE, reden=lambda: bericht("statushouders.fout.gemeentecode"))


def check_code(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a CBS gemeentecode (``GM`` + 4 digits)."""
    gemeentecode(value, attribute.name)


def check_naam(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a non-empty name."""
    tekst(attribute.name, value, reden=lambda: bericht("statushouders.fout.naam_leeg"))


def bron_of_niets(id: str) -> tuple[Bron, ...]:
    """The registered source ``id`` as a 1-tuple, or ``()`` for a user's own data label."""
    if id.startswith("gebruiker:"):
        return ()
    return (bron(id),)
