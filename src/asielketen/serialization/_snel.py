"""Speed machinery of the converter (private; see :mod:`asielketen.serialization`).

cattrs looks up a hook per element and per field on every call; these factories look it up once per
type, and build a record read back from our own JSON directly. Each falls back to cattrs' own
detailed path when anything fails, so a bad document is reported exactly as without them;
``tests/test_fast_paths.py`` proves the fast path and cattrs' own one give the same result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

from attrs import fields as attrs_fields
from attrs import has as attrs_has
from cattrs import Converter
from cattrs.cols import list_structure_factory
from cattrs.fns import identity

from ..taal import bericht
from ._waarden import OngeldigTypeError, kort, structure_bool, structure_date, structure_int, structure_str

__all__ = ["configureer_snel"]


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis and args[0] is not Any


def _homogeneous_tuple_hook(type_: Any, c: Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    # cattrs looks up the element hook of a ``tuple[X, ...]`` on every call and collects errors
    # element by element. Look it up once per tuple type and build the tuple directly; if anything
    # fails, redo it cattrs' detailed way, so a bad document still reports every bad element.
    element = get_args(type_)[0]
    hook = c.get_structure_hook(element)
    detailed: Any = getattr(c, "_structure_tuple", None)

    def structure_tuple(value: Any, type_: Any) -> tuple[Any, ...]:
        if type(value) is list or type(value) is tuple:  # never a one-shot iterator: it may be redone
            try:
                return tuple([hook(e, element) for e in value])
            except Exception:
                pass
        if isinstance(value, str | bytes | dict):  # iterable, but not a list: "AB12" is not ("A", "B", …)
            raise OngeldigTypeError(bericht("serialisatie.lijst", waarde=kort(value)))
        return detailed(value, type_)  # type: ignore[no-any-return]

    return structure_tuple


def _list_hook(type_: Any, c: Converter) -> Callable[[Any, Any], list[Any]]:
    # a string or an object is iterable but never a list: refuse it at once (a long string would
    # otherwise be structured character by character, one error each)
    full = list_structure_factory(type_, c)

    def structure_list(value: Any, type_: Any) -> list[Any]:
        if isinstance(value, str | bytes | dict):
            raise OngeldigTypeError(bericht("serialisatie.lijst", waarde=kort(value)))
        return full(value, type_)  # type: ignore[no-any-return]

    return structure_list


def _is_list(type_: Any) -> bool:
    return get_origin(type_) is list


def _is_optional(type_: Any) -> bool:
    args = get_args(type_)
    union = get_origin(type_) in (Union, UnionType)
    return union and len(args) == 2 and NoneType in args


def _optional_hook(type_: Any, c: Converter) -> Callable[[Any, Any], Any]:
    # ``X | None``: cattrs looks up X's hook on every call; look it up once
    args = get_args(type_)
    other = args[0] if args[1] is NoneType else args[1]
    hook = c.get_structure_hook(other)

    def structure_optional(value: Any, _: Any) -> Any:
        return None if value is None else hook(value, other)

    return structure_optional


# A record read back from our own JSON has exactly its fields, plain strings and ints, ISO dates.
# For that case, check those inline instead of one hook call per field and build the class (its
# validators run as always); anything else — a missing or extra key, another type, a failing
# check — is structured by cattrs' own generated function, so errors are reported exactly as before.
_EXACT = {str: structure_str, int: structure_int, bool: structure_bool}
"""Hooks that return a value of exactly their type unchanged: the fast path checks the type inline.
(Should one of them ever check more, e.g. a length, take it out of this table.)"""


def _is_plain_attrs_class(type_: Any) -> bool:
    return isinstance(type_, type) and attrs_has(type_) and not getattr(type_, "__parameters__", ())


def _attrs_class_hook(cls: Any, c: Converter) -> Callable[[Any, Any], Any]:
    full = c.gen_structure_attrs_fromdict(cls)  # cattrs' own function (resolves the types)
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
        hook = c.get_structure_hook(type_)
        if type_ in _EXACT and hook is _EXACT[type_]:
            exact.append((a.name, type_, optional))
        elif type_ is date and hook is structure_date:
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
                    kwargs[name] = None if v is None else structure_date(v, date)
                for name, hook, soort, optional in hooks:
                    v = value[name]
                    kwargs[name] = None if optional and v is None else hook(v, soort)
                return cls(**kwargs)  # the class's validators and converters run as always
            except Exception:
                pass
        return full(value, type_)

    return structure_record


def _is_optional_passthrough(c: Converter, type_: Any) -> bool:
    # ``int | None``, ``str | None``: unstructured as they are, so let cattrs inline the attribute
    args = get_args(type_)
    if get_origin(type_) not in (Union, UnionType) or len(args) != 2 or NoneType not in args:
        return False
    other = args[0] if args[1] is NoneType else args[1]
    return c.get_unstructure_hook(other) is identity


def configureer_snel(c: Converter) -> None:
    """Register the fast paths on ``c`` (after the hooks of the values they look up)."""
    kent_hooks = hasattr(c, "get_structure_hook")  # the cattrs API the fast paths use
    if kent_hooks and hasattr(c, "_structure_tuple"):
        c.register_structure_hook_factory(_is_homogeneous_tuple, _homogeneous_tuple_hook)
    c.register_structure_hook_factory(_is_list, _list_hook)
    if kent_hooks:
        c.register_structure_hook_factory(_is_optional, _optional_hook)
    if kent_hooks and hasattr(c, "gen_structure_attrs_fromdict"):
        c.register_structure_hook_factory(_is_plain_attrs_class, _attrs_class_hook)
    c.register_unstructure_hook_factory(partial(_is_optional_passthrough, c), lambda _: identity)
