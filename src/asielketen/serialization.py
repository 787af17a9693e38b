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
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from types import NoneType, UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

from attrs import fields as attrs_fields
from attrs import has as attrs_has
from cattrs import Converter
from cattrs.cols import list_structure_factory
from cattrs.errors import BaseValidationError, ForbiddenExtraKeysError
from cattrs.fns import identity
from cattrs.strategies import configure_tagged_union
from cattrs.v import transform_error

from .errors import AsielketenError, StructureError
from .sources import BRON_SOORTEN, Bron
from .taal import TALEN, Bericht, bericht, letterlijk

__all__ = ["converter", "from_json", "structure", "to_json", "unstructure"]

T = TypeVar("T")

converter = Converter(forbid_extra_keys=True, detailed_validation=True)
"""The package's converter. Use :func:`structure`/:func:`unstructure` for our error wrapping."""


class _CatalogusError(Exception):
    """A value the converter refuses, with the reason from the catalogue (``reden``)."""

    def __init__(self, reden: Bericht) -> None:
        super().__init__(reden.nl)
        self.reden = reden


class _OngeldigeWaardeError(_CatalogusError, ValueError):
    """A value of the right type that is not valid."""


class _OngeldigTypeError(_CatalogusError, TypeError):
    """A value of the wrong type."""


def _kort(value: Any, limit: int = 80) -> str:
    tekst = repr(value)
    return tekst if len(tekst) <= limit else tekst[: limit - 1] + "…"


def _structure_date(value: Any, _: type) -> date:
    if isinstance(value, datetime):
        raise _OngeldigeWaardeError(bericht("serialisatie.datum_met_tijd", waarde=repr(value)))
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise _OngeldigTypeError(bericht("serialisatie.datum_tekst", waarde=repr(value)))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _OngeldigeWaardeError(bericht("serialisatie.datum_ongeldig", waarde=repr(value))) from None


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, bool | float):
        raise _OngeldigTypeError(bericht("serialisatie.decimaal_float", waarde=repr(value)))
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int | str):
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise _OngeldigeWaardeError(bericht("serialisatie.geen_decimaal", waarde=repr(value))) from None
    else:
        raise _OngeldigTypeError(bericht("serialisatie.decimaal_tekst", waarde=repr(value)))
    if not result.is_finite():
        raise _OngeldigeWaardeError(bericht("serialisatie.niet_eindig", waarde=repr(value)))
    return result


_FRACTION_RE = re.compile(r"\s*[+-]?(?:[0-9]+(?:/[0-9]+)?|[0-9]*\.[0-9]+)\s*")


def _structure_fraction(value: Any, _: type) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _OngeldigTypeError(bericht("serialisatie.breuk_type", waarde=repr(value)))
    if isinstance(value, str) and not _FRACTION_RE.fullmatch(value):  # no exponent: "1e999999999" hangs
        raise _OngeldigeWaardeError(bericht("serialisatie.geen_breuk", waarde=repr(value)))
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise _OngeldigeWaardeError(bericht("serialisatie.geen_breuk", waarde=repr(value))) from None


def _structure_int(value: Any, _: type) -> int:
    # JSON has one number type; refuse bools and non-integral floats instead of truncating.
    if isinstance(value, bool):
        raise _OngeldigTypeError(bericht("serialisatie.geheel_getal", waarde=repr(value)))
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise _OngeldigTypeError(bericht("serialisatie.geheel_getal", waarde=repr(value)))


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise _OngeldigTypeError(bericht("serialisatie.waar_onwaar", waarde=repr(value)))
    return value


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise _OngeldigTypeError(bericht("serialisatie.tekst", waarde=repr(value)))
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
    if isinstance(value, str):  # a user's own text (e.g. a scenario's toelichting): same in every language
        return letterlijk(value)
    if not isinstance(value, dict):
        raise _OngeldigTypeError(
            bericht(
                "serialisatie.bericht_object", sleutels=", ".join(("sleutel", *TALEN)), waarde=repr(value)
            )
        )
    expected = {"sleutel", *TALEN}
    if set(value) != expected:
        raise _OngeldigeWaardeError(
            bericht("serialisatie.bericht_sleutels", verwacht=sorted(expected), gekregen=sorted(value))
        )
    return Bericht(_structure_str(value["sleutel"], str), tuple(_structure_str(value[t], str) for t in TALEN))


converter.register_unstructure_hook(Bericht, _unstructure_bericht)
converter.register_structure_hook(Bericht, _structure_bericht)

_TAGS = {cls: tag for tag, cls in BRON_SOORTEN.items()}
configure_tagged_union(Bron, converter, tag_generator=lambda cls: _TAGS[cls], tag_name="soort")

# Speed: cattrs looks up the element hook of a ``tuple[X, ...]`` on every call and collects errors
# element by element. Look it up once per tuple type and build the tuple directly; if anything
# fails, redo it cattrs' detailed way, so a bad document still reports every bad element.
_DETAILED_TUPLE = getattr(converter, "_structure_tuple", None)
_HOOK_OF = getattr(converter, "get_structure_hook", None)


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return (
        get_origin(type_) is tuple
        and len(args) == 2
        and args[1] is Ellipsis
        and args[0] is not Any
        and _DETAILED_TUPLE is not None
        and _HOOK_OF is not None
    )


def _homogeneous_tuple_hook(type_: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
    element = get_args(type_)[0]
    hook = _HOOK_OF(element)  # type: ignore[misc]
    detailed = _DETAILED_TUPLE

    def structure_tuple(value: Any, type_: Any) -> tuple[Any, ...]:
        if type(value) is list or type(value) is tuple:  # never a one-shot iterator: it may be redone
            try:
                return tuple([hook(e, element) for e in value])
            except Exception:
                pass
        if isinstance(value, str | bytes | dict):  # iterable, but not a list: "AB12" is not ("A", "B", …)
            raise _OngeldigTypeError(bericht("serialisatie.lijst", waarde=_kort(value)))
        return detailed(value, type_)  # type: ignore[misc, no-any-return]

    return structure_tuple


converter.register_structure_hook_factory(_is_homogeneous_tuple, _homogeneous_tuple_hook)


def _list_hook(type_: Any) -> Callable[[Any, Any], list[Any]]:
    # a string or an object is iterable but never a list: refuse it at once (a long string would
    # otherwise be structured character by character, one error each)
    full = list_structure_factory(type_, converter)

    def structure_list(value: Any, type_: Any) -> list[Any]:
        if isinstance(value, str | bytes | dict):
            raise _OngeldigTypeError(bericht("serialisatie.lijst", waarde=_kort(value)))
        return full(value, type_)  # type: ignore[no-any-return]

    return structure_list


def _is_list(type_: Any) -> bool:
    return get_origin(type_) is list


converter.register_structure_hook_factory(_is_list, _list_hook)


def _is_optional(type_: Any) -> bool:
    args = get_args(type_)
    union = get_origin(type_) in (Union, UnionType)
    return union and len(args) == 2 and NoneType in args and _HOOK_OF is not None


def _optional_hook(type_: Any) -> Callable[[Any, Any], Any]:
    # ``X | None``: cattrs looks up X's hook on every call; look it up once
    args = get_args(type_)
    other = args[0] if args[1] is NoneType else args[1]
    hook = _HOOK_OF(other)  # type: ignore[misc]

    def structure_optional(value: Any, _: Any) -> Any:
        return None if value is None else hook(value, other)

    return structure_optional


converter.register_structure_hook_factory(_is_optional, _optional_hook)

# Speed: a record read back from our own JSON has exactly its fields, plain strings and ints, ISO
# dates. For that case, check those inline instead of one hook call per field and build the class
# (its validators run as always); anything else — a missing or extra key, another type, a failing
# check — is structured by cattrs' own generated function, so errors are reported exactly as before.
_EXACT = {str: _structure_str, int: _structure_int, bool: _structure_bool}
"""Hooks that return a value of exactly their type unchanged: the fast path checks the type inline.
(Should one of them ever check more, e.g. a length, take it out of this table.)"""


def _is_plain_attrs_class(type_: Any) -> bool:
    return (
        isinstance(type_, type)
        and attrs_has(type_)
        and not getattr(type_, "__parameters__", ())
        and _HOOK_OF is not None
        and hasattr(converter, "gen_structure_attrs_fromdict")
    )


def _attrs_class_hook(cls: Any) -> Callable[[Any, Any], Any]:
    full = converter.gen_structure_attrs_fromdict(cls)  # cattrs' own function (resolves the types)
    velden = attrs_fields(cls)
    if any(not a.init or a.alias != a.name or a.type is None or isinstance(a.type, str) for a in velden):
        return full
    exact: list[tuple[str, type, bool]] = []  # str, int, bool: the value as it is, of exactly that type
    dates: list[tuple[str, bool]] = []  # ISO text → _structure_date
    hooks: list[tuple[str, Any, Any, bool]] = []  # anything else: the converter's hook for the type
    for a in velden:
        type_, optional, args = a.type, False, get_args(a.type)
        if get_origin(type_) in (Union, UnionType) and len(args) == 2 and NoneType in args:
            type_, optional = (args[0] if args[1] is NoneType else args[1]), True
        hook = _HOOK_OF(type_)  # type: ignore[misc]
        if type_ in _EXACT and hook is _EXACT[type_]:
            exact.append((a.name, type_, optional))
        elif type_ is date and hook is _structure_date:
            dates.append((a.name, optional))  # a text: the hook itself, without the dispatch
        else:
            hooks.append((a.name, hook, type_, optional))
    keys = frozenset(a.name for a in velden)

    def structure_record(value: Any, type_: Any) -> Any:
        if type(value) is dict and value.keys() == keys:
            try:
                kwargs: dict[str, Any] = {}
                for name, soort, optional in exact:
                    v = value[name]
                    if type(v) is not soort and not (optional and v is None):
                        raise TypeError(name)
                    kwargs[name] = v
                for name, optional in dates:
                    v = value[name]
                    if type(v) is not str and not (optional and v is None):
                        raise TypeError(name)
                    kwargs[name] = None if v is None else _structure_date(v, date)
                for name, hook, soort, optional in hooks:
                    v = value[name]
                    kwargs[name] = None if optional and v is None else hook(v, soort)
                return cls(**kwargs)  # the class's validators and converters run as always
            except Exception:
                pass
        return full(value, type_)

    return structure_record


converter.register_structure_hook_factory(_is_plain_attrs_class, _attrs_class_hook)


def _is_optional_passthrough(type_: Any) -> bool:
    # ``int | None``, ``str | None``: unstructured as they are, so let cattrs inline the attribute
    args = get_args(type_)
    if get_origin(type_) not in (Union, UnionType) or len(args) != 2 or NoneType not in args:
        return False
    other = args[0] if args[1] is NoneType else args[1]
    return converter.get_unstructure_hook(other) is identity


converter.register_unstructure_hook_factory(_is_optional_passthrough, lambda _: identity)


def _format_exception(exc: BaseException, type_: type | None) -> Bericht:
    """What is wrong with one value, in every language (without its path)."""
    if isinstance(exc, AsielketenError):
        return exc.bericht
    if isinstance(exc, KeyError):
        return bericht("serialisatie.veld_ontbreekt")
    if isinstance(exc, ForbiddenExtraKeysError):
        return bericht("serialisatie.extra_velden", velden=", ".join(sorted(exc.extra_fields)))
    reden: object = exc.reden if isinstance(exc, _CatalogusError) else str(exc)
    if type_ is None:
        return bericht("serialisatie.ongeldig", reden=reden)
    name = getattr(type_, "__name__", None) or str(type_)
    return bericht("serialisatie.ongeldig_voor", type=name, reden=reden)


_MERK_RE = re.compile(r"\A\x00([0-9]+)\x00 @ (.*)\Z", re.DOTALL)


def _fouten(exc: BaseValidationError) -> list[Bericht]:
    """Every problem of a cattrs validation error, each ``<what is wrong> @ <path>``, per language.

    cattrs' ``transform_error`` builds the paths; each description is first a marker, then
    replaced by the catalogue sentence, so a path is never rendered twice or translated.
    """
    berichten: list[Bericht] = []

    def merk(e: BaseException, type_: type | None) -> str:
        berichten.append(_format_exception(e, type_))
        return f"\x00{len(berichten) - 1}\x00"

    fouten: list[Bericht] = []
    for regel in transform_error(exc, format_exception=merk):
        m = _MERK_RE.match(regel)
        if m is None:  # pragma: no cover - transform_error always writes "<description> @ <path>"
            fouten.append(letterlijk(regel))
        else:
            fouten.append(bericht("serialisatie.op_pad", fout=berichten[int(m.group(1))], pad=m.group(2)))
    return fouten


def structure(data: Any, type_: type[T], *, veld: str = "invoer") -> T:
    """Structure plain data (parsed JSON) into ``type_``.

    Raises :class:`StructureError` listing every bad field with its path (``$.a.b``) at once.
    """
    try:
        return converter.structure(data, type_)
    except BaseValidationError as exc:
        raise StructureError(veld, data, _fouten(exc)) from None
    except AsielketenError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise StructureError(
            veld, data, [bericht("serialisatie.op_pad", fout=_format_exception(exc, type_), pad="$")]
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
