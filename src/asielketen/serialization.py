"""The one cattrs :class:`~cattrs.Converter` of asielketen, and JSON helpers around it.

Conventions: dates as ISO strings (``"2025-10-06"``), ``Decimal`` as strings (``"244.22"``, never a
float), exact ``Fraction`` s as strings (``"7/3"``), enums by value, a catalogue sentence
(:class:`~asielketen.taal.Bericht`) as ``{"sleutel": …, "nl": …, "en": …}``, sources
(:data:`~asielketen.sources.Bron`) tagged by ``"soort"``. Unknown
keys are refused. Structuring bad user data reports **all** bad fields at once as one
:class:`~asielketen.errors.StructureError`.

>>> from datetime import date
>>> from asielketen.periods import Periode
>>> to_json(Periode(date(2025, 1, 1), date(2025, 7, 1)))
'{"van": "2025-01-01", "tot": "2025-07-01"}'
>>> from_json('{"van": "2025-01-01", "tot": null}', Periode)
Periode(van=datetime.date(2025, 1, 1), tot=None)
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, TypeVar

from cattrs import Converter
from cattrs.errors import BaseValidationError, ForbiddenExtraKeysError
from cattrs.strategies import configure_tagged_union
from cattrs.v import transform_error

from .errors import AsielketenError, StructureError
from .sources import BRON_SOORTEN, Bron
from .taal import TALEN, Bericht

__all__ = ["converter", "from_json", "structure", "to_json", "unstructure"]

T = TypeVar("T")

converter = Converter(forbid_extra_keys=True, detailed_validation=True)
"""The package's converter. Use :func:`structure`/:func:`unstructure` for our error wrapping."""


def _structure_date(value: Any, _: type) -> date:
    if isinstance(value, datetime):
        raise ValueError(f"expected a date without time, got {value!r}")
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {value!r}")
    return date.fromisoformat(value)


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, bool | float):
        raise TypeError(f"expected a decimal string or int (no float), got {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int | str):
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    else:
        raise TypeError(f"expected a decimal string, got {value!r}")
    if not result.is_finite():
        raise ValueError(f"not a finite decimal number: {value!r}")
    return result


def _structure_fraction(value: Any, _: type) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"expected a fraction string like '7/3' or an int, got {value!r}")
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"not an exact fraction: {value!r}") from None


def _structure_int(value: Any, _: type) -> int:
    # JSON has one number type; refuse bools and non-integral floats instead of truncating.
    if isinstance(value, bool):
        raise TypeError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise TypeError(f"expected an integer, got {value!r}")


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


converter.register_unstructure_hook(date, lambda d: d.isoformat())
converter.register_structure_hook(date, _structure_date)
converter.register_unstructure_hook(Decimal, lambda d: format(d, "f"))
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(Fraction, str)
converter.register_structure_hook(Fraction, _structure_fraction)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(bool, _structure_bool)

def _unstructure_bericht(b: Bericht) -> dict[str, str]:
    return {"sleutel": b.sleutel, **dict(zip(TALEN, b.teksten, strict=True))}


def _structure_bericht(value: Any, _: type) -> Bericht:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object with keys sleutel, {', '.join(TALEN)}, got {value!r}")
    expected = {"sleutel", *TALEN}
    if set(value) != expected:
        raise ValueError(f"expected exactly the keys {sorted(expected)}, got {sorted(value)}")
    return Bericht(_structure_str(value["sleutel"], str), tuple(_structure_str(value[t], str) for t in TALEN))


converter.register_unstructure_hook(Bericht, _unstructure_bericht)
converter.register_structure_hook(Bericht, _structure_bericht)

_TAGS = {cls: tag for tag, cls in BRON_SOORTEN.items()}
configure_tagged_union(Bron, converter, tag_generator=lambda cls: _TAGS[cls], tag_name="soort")


def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, AsielketenError):
        return exc.message
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return "extra fields found: " + ", ".join(sorted(exc.extra_fields))
    name = getattr(type_, "__name__", None) or str(type_)
    return f"invalid value for {name} ({exc})" if type_ is not None else f"invalid value ({exc})"


def structure(data: Any, type_: type[T], *, veld: str = "invoer") -> T:
    """Structure plain data (parsed JSON) into ``type_``.

    Raises :class:`StructureError` listing every bad field with its path (``$.a.b``) at once.
    """
    try:
        return converter.structure(data, type_)
    except BaseValidationError as exc:
        raise StructureError(veld, data, transform_error(exc, format_exception=_format_exception)) from None
    except AsielketenError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise StructureError(veld, data, [_format_exception(exc, type_) + " @ $"]) from None


def unstructure(obj: Any, type_: Any = None) -> Any:
    """Turn an asielketen object into plain JSON-compatible data (dicts, lists, strings, ints)."""
    return converter.unstructure(obj, unstructure_as=type_)


def to_json(obj: Any, type_: Any = None, *, indent: int | None = None) -> str:
    """Serialise ``obj`` to a JSON string (deterministic: the field order of the classes)."""
    return json.dumps(unstructure(obj, type_), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, type_: type[T], *, veld: str = "json") -> T:
    """Parse JSON text into ``type_``; malformed JSON or bad fields raise :class:`StructureError`."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise StructureError(veld, text, ["geen geldige JSON (te diep genest)"]) from None
    except ValueError as exc:  # also an integer of more than 4300 digits, not only JSONDecodeError
        raise StructureError(veld, text, [f"geen geldige JSON ({exc})"]) from None
    return structure(data, type_, veld=veld)
