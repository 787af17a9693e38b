"""Shared pieces of the nareizigers package: the parameter file, the input bound, the attrs
validators (each a call into :mod:`asielketen._validation` in this domain's words) and converters."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from typing import Any

from attrs import Attribute

from .._validation import dag, geheel_getal, ja_nee, tekst, van_soort
from ..taal import Bericht, als_bericht, bericht

BESTAND = "nareizigers.json"
"""The shipped parameter file of this package."""

MAX_NAREIZIGERS = 50
"""Input sanity bound (not policy): more nareizigers in one household is refused as absurd input."""

_GM_RE = re.compile(r"^GM[0-9]{4}\Z")  # the whole text: "$" would let a final newline through


def check_bool(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: ``True`` or ``False``."""
    ja_nee(attribute.name, value, reden=lambda: bericht("nareizigers.fout.ja_nee"))


def check_optional_bool(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: ``True``, ``False`` or ``None`` (unknown)."""
    if value is not None:
        ja_nee(attribute.name, value, reden=lambda: bericht("nareizigers.fout.ja_nee_onbekend"))


def check_enum(cls: type[enum.Enum]) -> Callable[[object, Attribute[Any], object], None]:
    """attrs validator: a member of the enumeration ``cls``."""

    def reden() -> Bericht:
        return bericht("nareizigers.fout.een_van", waarden=", ".join(repr(m.value) for m in cls))

    def check(_: object, attribute: Attribute[Any], value: object) -> None:
        van_soort(attribute.name, value, cls, reden=reden)

    return check


def check_soort(cls: type, reden: Callable[[], Bericht]) -> Callable[[object, Attribute[Any], object], None]:
    """attrs validator: an instance of ``cls``; else refused with ``reden()``."""

    def check(_: object, attribute: Attribute[Any], value: object) -> None:
        van_soort(attribute.name, value, cls, reden=reden)

    return check


def check_optional_date(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a date (not a datetime) or ``None``."""
    if value is not None:
        dag(attribute.name, value, reden=lambda: bericht("nareizigers.fout.datum_of_none"))


def check_optional_name(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a non-blank name or ``None``."""
    if value is not None:
        tekst(attribute.name, value, reden=lambda: bericht("nareizigers.fout.naam_of_none"))


def check_gemeentecode(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a CBS gemeentecode (``GM`` + 4 digits) or ``None``."""
    if value is not None:
        tekst(attribute.name, value, patroon=_GM_RE, reden=lambda: bericht("nareizigers.fout.gemeentecode"))


def check_count(_: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: a whole number ≥ 0."""
    geheel_getal(attribute.name, value, reden=lambda: bericht("nareizigers.fout.aantal"))


def als_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: any iterable as a tuple."""
    return tuple(values)


def als_berichten(teksten: Iterable[Bericht | str]) -> tuple[Bericht, ...]:
    """attrs converter: sentences as a tuple."""
    return tuple(als_bericht(t) for t in teksten)
