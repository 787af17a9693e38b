"""Values of our own types in JSON (private; see :mod:`asielketen.serialization`).

Dates as ISO text, ``Decimal`` and ``Fraction`` as text (never a float), whole numbers never from
a ``bool`` or a float, a :class:`~asielketen.taal.Bericht` as ``{"sleutel", "nl", "en"}`` (or a plain
text, the same in every language), a :class:`~asielketen.periods.Halfjaar` as ``"2025-H2"`` (the
object ``{"jaar", "helft"}`` of releases before 0.1.0 is still read), and sources tagged by
``"soort"``. :func:`configureer_waarden`
registers them on a converter; a refused value raises a :class:`CatalogusError` with the reason from
the catalogue, which :mod:`._fouten` turns into the message.
"""

from __future__ import annotations

import re
import threading
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from cattrs import Converter
from cattrs.gen import make_dict_structure_fn

from ..errors import InvalidPeriodError
from ..periods import Halfjaar
from ..sources import BRON_SOORTEN, Bron
from ..taal import TALEN, Bericht, bericht, letterlijk

__all__ = [
    "CatalogusError",
    "OngeldigTypeError",
    "OngeldigeWaardeError",
    "configureer_waarden",
    "kort",
    "structure_bool",
    "structure_date",
    "structure_int",
    "structure_str",
]


class CatalogusError(Exception):
    """A value the converter refuses, with the reason from the catalogue (``reden``)."""

    def __init__(self, reden: Bericht) -> None:
        super().__init__(reden.nl)
        self.reden = reden


class OngeldigeWaardeError(CatalogusError, ValueError):
    """A value of the right type that is not valid."""


class OngeldigTypeError(CatalogusError, TypeError):
    """A value of the wrong type."""


def kort(value: Any, limit: int = 80) -> str:
    tekst = repr(value)
    return tekst if len(tekst) <= limit else tekst[: limit - 1] + "…"


def structure_date(value: Any, _: type) -> date:
    if isinstance(value, datetime):
        raise OngeldigeWaardeError(bericht("serialisatie.datum_met_tijd", waarde=repr(value)))
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise OngeldigTypeError(bericht("serialisatie.datum_tekst", waarde=repr(value)))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise OngeldigeWaardeError(bericht("serialisatie.datum_ongeldig", waarde=repr(value))) from None


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, bool | float):
        raise OngeldigTypeError(bericht("serialisatie.decimaal_float", waarde=repr(value)))
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int | str):
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise OngeldigeWaardeError(bericht("serialisatie.geen_decimaal", waarde=repr(value))) from None
    else:
        raise OngeldigTypeError(bericht("serialisatie.decimaal_tekst", waarde=repr(value)))
    if not result.is_finite():
        raise OngeldigeWaardeError(bericht("serialisatie.niet_eindig", waarde=repr(value)))
    return result


_FRACTION_RE = re.compile(r"\s*[+-]?(?:[0-9]+(?:/[0-9]+)?|[0-9]*\.[0-9]+)\s*")


def _structure_fraction(value: Any, _: type) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise OngeldigTypeError(bericht("serialisatie.breuk_type", waarde=repr(value)))
    if isinstance(value, str) and not _FRACTION_RE.fullmatch(value):  # no exponent: "1e999999999" hangs
        raise OngeldigeWaardeError(bericht("serialisatie.geen_breuk", waarde=repr(value)))
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise OngeldigeWaardeError(bericht("serialisatie.geen_breuk", waarde=repr(value))) from None


def structure_int(value: Any, _: type) -> int:
    # JSON has one number type; refuse bools and non-integral floats instead of truncating.
    if isinstance(value, bool):
        raise OngeldigTypeError(bericht("serialisatie.geheel_getal", waarde=repr(value)))
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise OngeldigTypeError(bericht("serialisatie.geheel_getal", waarde=repr(value)))


def structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise OngeldigTypeError(bericht("serialisatie.waar_onwaar", waarde=repr(value)))
    return value


def structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise OngeldigTypeError(bericht("serialisatie.tekst", waarde=repr(value)))
    return value


def _unstructure_bericht(b: Bericht) -> dict[str, str]:
    return {"sleutel": b.sleutel, **dict(zip(TALEN, b.teksten, strict=True))}


def _structure_bericht(value: Any, _: type) -> Bericht:
    if isinstance(value, str):  # a user's own text (e.g. a scenario's toelichting): same in every language
        return letterlijk(value)
    if not isinstance(value, dict):
        raise OngeldigTypeError(
            bericht(
                "serialisatie.bericht_object", sleutels=", ".join(("sleutel", *TALEN)), waarde=repr(value)
            )
        )
    expected = {"sleutel", *TALEN}
    if set(value) != expected:
        raise OngeldigeWaardeError(
            bericht("serialisatie.bericht_sleutels", verwacht=sorted(expected), gekregen=sorted(value))
        )
    return Bericht(structure_str(value["sleutel"], str), tuple(structure_str(value[t], str) for t in TALEN))


def _halfjaar_lezer(c: Converter) -> Any:
    # "2025-H2" (the one form written); the object {"jaar": 2025, "helft": 2} written before 0.1.0
    # is read by cattrs' own function for the fields, so a bad old document is reported per field
    # made on the first old document, not when the converter is built (issue 18: a command that
    # never reads one does not pay for generating it)
    velden: list[Any] = []

    def structure_halfjaar(value: Any, _: type) -> Halfjaar:
        if isinstance(value, dict):
            if not velden:
                velden.append(make_dict_structure_fn(Halfjaar, c, _cattrs_forbid_extra_keys=True))
            oud: Halfjaar = velden[0](value, Halfjaar)
            return oud
        try:
            return Halfjaar.parse(value)
        except InvalidPeriodError:
            raise OngeldigeWaardeError(bericht("serialisatie.halfjaar", waarde=kort(value))) from None

    return structure_halfjaar


def configureer_waarden(c: Converter) -> None:
    """Register the hooks of dates, numbers, texts, sentences, half-years and sources on ``c``."""
    c.register_unstructure_hook(date, lambda d: d.isoformat())
    c.register_structure_hook(date, structure_date)
    c.register_unstructure_hook(Decimal, lambda d: format(d, "f"))
    c.register_structure_hook(Decimal, _structure_decimal)
    c.register_unstructure_hook(Fraction, str)
    c.register_structure_hook(Fraction, _structure_fraction)
    c.register_structure_hook(int, structure_int)
    c.register_structure_hook(str, structure_str)
    c.register_structure_hook(bool, structure_bool)
    c.register_unstructure_hook(Bericht, _unstructure_bericht)
    c.register_structure_hook(Bericht, _structure_bericht)
    c.register_structure_hook(int, structure_int)  # before the half-year's field function is made
    c.register_unstructure_hook(Halfjaar, str)
    c.register_structure_hook(Halfjaar, _halfjaar_lezer(c))
    _bronnen(c)


def _bronnen(c: Converter) -> None:
    """Sources (:data:`~asielketen.sources.Bron`) as a union tagged by ``"soort"``, set up on first use.

    What cattrs' ``configure_tagged_union`` does — the tag last in the written object, the tag
    taken off before the kind's own hook reads the rest (unknown keys are refused), a ``KeyError``
    for a missing or unknown tag — but the hooks of the nine kinds are fetched when a source is
    first written or read, so a command that writes none does not pay for them (issue 18). The
    tables are made under a lock and published in one step, so threads that meet the first use at
    once (the HTTP API) all see them whole; the converter itself is never half set up.
    """
    slot = threading.Lock()
    tabellen: list[tuple[dict[str, Any], dict[type, Any]]] = []

    def klaar() -> tuple[dict[str, Any], dict[type, Any]]:
        if not tabellen:
            with slot:
                if not tabellen:
                    lezers = {tag: (cls, c.get_structure_hook(cls)) for tag, cls in BRON_SOORTEN.items()}
                    schrijvers = {
                        cls: (tag, c.get_unstructure_hook(cls)) for tag, cls in BRON_SOORTEN.items()
                    }
                    tabellen.append((lezers, schrijvers))
        return tabellen[0]

    def unstructure_bron(obj: Any) -> Any:
        tag, schrijf = klaar()[1][obj.__class__]
        uit = schrijf(obj)
        uit["soort"] = tag
        return uit

    def structure_bron(value: Any, _: Any) -> Any:
        value = value.copy()
        cls, lees = klaar()[0][value.pop("soort")]
        return lees(value, cls)

    c.register_unstructure_hook(Bron, unstructure_bron)
    c.register_structure_hook(Bron, structure_bron)
