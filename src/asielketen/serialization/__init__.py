"""The one cattrs :class:`~cattrs.Converter` of asielketen, and JSON helpers around it.

Conventions: dates as ISO strings (``"2025-10-06"``), ``Decimal`` as strings (``"244.22"``, never a
float), exact ``Fraction`` s as strings (``"7/3"``), enums by value, a catalogue sentence
(:class:`~asielketen.taal.Bericht`) as ``{"sleutel": …, "nl": …, "en": …}`` (on input a plain
string is also accepted, as a text that is the same in every language), sources
(:data:`~asielketen.sources.Bron`) tagged by ``"soort"``. Unknown
keys are refused. Structuring bad user data reports **all** bad fields at once as one
:class:`~asielketen.errors.StructureError`.

>>> from datetime import date
>>> from asielketen.periods import Periode
>>> to_json(Periode(date(2025, 1, 1), date(2025, 7, 1)))
'{"van": "2025-01-01", "tot": "2025-07-01"}'
>>> from_json('{"van": "2025-01-01", "tot": null}', Periode)
Periode(van=datetime.date(2025, 1, 1), tot=None)

The converter is built by ``_nieuwe_converter()`` from private modules, one mechanism each, in
cattrs' ``configure_converter(c)`` style (nothing registers a hook when a module is imported): the
values of our own types (``_waarden``), the fast paths (``_snel``), classes that declare their JSON
shape (``_vorm``: :class:`JsonVorm`), and the messages of a bad document (``_fouten``).
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from cattrs import Converter
from cattrs.errors import BaseValidationError

from ..errors import AsielketenError, StructureError
from ..taal import bericht
from ._fouten import format_exception, fouten
from ._snel import configureer_snel
from ._vorm import JsonVorm as JsonVorm  # declared by classes whose JSON is not their fields
from ._vorm import configureer_vormen
from ._vorm import json_vorm as json_vorm
from ._waarden import configureer_waarden

__all__ = ["converter", "from_json", "structure", "to_json", "unstructure"]

T = TypeVar("T")


def _nieuwe_converter() -> Converter:
    """A converter with asielketen's conventions (the module's :data:`converter` is one)."""
    c = Converter(forbid_extra_keys=True, detailed_validation=True)
    configureer_waarden(c)
    configureer_snel(c)
    configureer_vormen(c)
    return c


converter = _nieuwe_converter()
"""The package's converter. Use :func:`structure`/:func:`unstructure` for our error wrapping."""


def structure(data: Any, type_: type[T], *, veld: str = "invoer") -> T:
    """Structure plain data (parsed JSON) into ``type_``.

    Raises :class:`StructureError` listing every bad field with its path (``$.a.b``) at once.
    """
    try:
        return converter.structure(data, type_)
    except BaseValidationError as exc:
        raise StructureError(veld, data, fouten(exc)) from None
    except AsielketenError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise StructureError(
            veld, data, [bericht("serialisatie.op_pad", fout=format_exception(exc, type_), pad="$")]
        ) from None


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
        raise StructureError(veld, text, [bericht("serialisatie.json_te_diep")]) from None
    except ValueError as exc:  # also an integer of more than 4300 digits, not only JSONDecodeError
        raise StructureError(veld, text, [bericht("serialisatie.json_ongeldig", reden=exc)]) from None
    return structure(data, type_, veld=veld)
