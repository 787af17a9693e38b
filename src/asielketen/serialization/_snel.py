"""Speed machinery of the converter (private; see :mod:`asielketen.serialization`).

cattrs looks up a hook per element and per field on every call; these factories look it up once per
type, and build a record read back from our own JSON directly. Each falls back to cattrs' own
detailed path when anything fails, so a bad document is reported exactly as without them;
``tests/test_fast_paths.py`` and ``tests/test_serialisatie_snel.py`` prove the fast path and
cattrs' own one give the same result.

A record read back from our own JSON has exactly its fields, plain strings and ints, ISO dates. For
that case a function made per class (straight-line code, as cattrs makes its own) reads each field,
checks those kinds of value inline, calls the hooks of the other fields directly and builds the
class with its constructor: the class's converters, validators and post-init checks run as always.
Anything else — a missing or extra key, another type, any exception — goes to cattrs' own generated
function for the class, made only when a document first needs it. A ``tuple[X, ...]`` of such
records, strings, numbers or dates reads its elements with the same code inline in one loop.
"""

from __future__ import annotations

import linecache
import threading
from collections.abc import Callable
from datetime import date
from functools import partial
from keyword import iskeyword
from types import NoneType, UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

from attrs import Attribute, resolve_types
from attrs import fields as attrs_fields
from attrs import has as attrs_has
from cattrs import Converter
from cattrs.cols import list_structure_factory
from cattrs.fns import identity

from ..taal import bericht
from ._waarden import OngeldigTypeError, kort, structure_bool, structure_date, structure_int, structure_str

__all__ = ["configureer_snel"]

_EXACT = {str: structure_str, int: structure_int, bool: structure_bool}
"""Hooks that return a value of exactly their type unchanged: the fast path checks the type inline.
(Should one of them ever check more, e.g. a length, take it out of this table.)"""

_RECORD = "__asielketen_record__"
"""Attribute of a record function made here: the class it reads (so a tuple of them reads inline)."""
_OPTIONAL = "__asielketen_optional__"
"""Attribute of the hook of an ``X | None`` made here: ``X`` (so a record reads the field inline)."""


# -- generated code ------------------------------------------------------------------------------


class _Code:
    """The source and the names of one generated function (each name bound once, in ``ns``).

    The source holds fixed lines of this module, names made here (``_n3``, ``value_code``) and the
    field names of an attrs class — Python names, checked by :func:`_velden` — and nothing else:
    hooks, types and classes are bound by name in ``ns``, never written into it, and no value of a
    document reaches it (``tests/test_untrusted.py`` lists this place as reviewed).
    """

    def __init__(self) -> None:
        self.ns: dict[str, Any] = {"_datum": date.fromisoformat}
        self.regels: list[str] = []

    def naam(self, waarde: Any) -> str:
        """A name in the function's namespace bound to ``waarde``."""
        naam = f"_n{len(self.ns)}"
        self.ns[naam] = waarde
        return naam

    def compileer(self, titel: str) -> Any:
        """Compile the lines as one module and return its function ``f`` (its source shown in tracebacks)."""
        bron = "\n".join(self.regels) + "\n"
        exec(compile(bron, titel, "exec"), self.ns)  # see the class: no document's data in ``bron``
        linecache.cache[titel] = (len(bron), None, bron.splitlines(True), titel)
        return self.ns["f"]


def _waarde(code: _Code, type_: Any, hook: Any, v: str) -> tuple[str | None, str]:
    """How the code reads the JSON value in variable ``v`` as ``type_`` (not optional): the check
    that it is the common case (``None``: none needed) and the expression of the value."""
    if type_ in _EXACT and hook is _EXACT[type_]:  # the value as it is, of exactly that type
        return f"type({v}) is {code.naam(type_)}", v
    if type_ is date and hook is structure_date:  # an ISO text: what structure_date does with it
        return f"type({v}) is str", f"_datum({v})"
    return None, f"{code.naam(hook)}({v}, {code.naam(type_)})"  # the converter's hook, looked up once


def _velden(cls: Any, c: Converter) -> tuple[Attribute[Any], ...] | None:
    """The fields of ``cls`` when the fast path can read it (types resolved), else ``None``."""
    if getattr(c, "type_overrides", None) or getattr(c, "_prefer_attrib_converters", False):
        return None  # options of cattrs this fast path does not follow
    try:
        velden: tuple[Attribute[Any], ...] = attrs_fields(cls)
        if any(isinstance(a.type, str) for a in velden):  # PEP 563 annotations, resolved as cattrs does
            resolve_types(cls)
            velden = attrs_fields(cls)
    except Exception:
        return None  # cattrs' own function reports it
    for a in velden:
        if not a.init or a.alias != a.name or a.type is None or isinstance(a.type, str):
            return None
        if not a.name.isidentifier() or iskeyword(a.name):
            return None
    return velden


def _record_code(
    code: _Code,
    cls: Any,
    velden: tuple[Attribute[Any], ...],
    c: Converter,
    bron: str,
    klaar: Callable[[str], list[str]],
) -> list[str]:
    """Lines that read the record in variable ``bron``: in the common case they end in the lines
    ``klaar(<the record built by its constructor>)``; in any other they fall through (or raise)."""
    regels = [f"if type({bron}) is dict and len({bron}) == {len(velden)}:  # each field read: no other key"]
    checks, argumenten = [], []
    for a in velden:
        v = f"{bron}_{a.name}"
        regels.append(f"    {v} = {bron}[{a.name!r}]")
        type_, optional = a.type, False
        try:
            hook = c.get_structure_hook(type_)  # the field's hook, as cattrs' own function calls it
            anders = getattr(hook, _OPTIONAL, None)
            if anders is not None:  # ``X | None`` by _optional_hook: None, or X by X's hook
                type_, optional, hook = anders, True, c.get_structure_hook(anders)
        except RecursionError:  # a class that holds itself (it is being made): its hook when called
            type_, optional, hook = a.type, False, c.structure
        check, expressie = _waarde(code, type_, hook, v)
        if optional:
            check = None if check is None else f"({v} is None or {check})"
            expressie = v if expressie == v else f"(None if {v} is None else {expressie})"
        if check is not None:
            checks.append(check)
        argumenten.append(f"{a.name}={expressie}")
    record = klaar(f"{code.naam(cls)}({', '.join(argumenten)})")
    if checks:
        regels.append(f"    if {' and '.join(checks)}:")
        return regels + _in(record, 8)
    return regels + _in(record, 4)


def _in(regels: list[str], spaties: int) -> list[str]:
    """``regels`` indented by ``spaties``."""
    return [" " * spaties + r for r in regels]


def _is_plain_attrs_class(type_: Any) -> bool:
    return isinstance(type_, type) and attrs_has(type_) and not getattr(type_, "__parameters__", ())


_bezig = threading.local()
"""Per thread: the classes whose function is being made (a class may hold itself, as cattrs knows)."""


def _attrs_class_hook(cls: Any, c: Converter) -> Callable[[Any, Any], Any]:
    velden = _velden(cls, c)
    if velden is None:
        return c.gen_structure_attrs_fromdict(cls)
    bezig: set[Any] = _bezig.__dict__.setdefault("klassen", set())
    if cls in bezig:  # as cattrs: the field that holds the class looks its hook up when called
        raise RecursionError
    bezig.add(cls)
    try:
        return _record_functie(cls, velden, c)
    finally:
        bezig.discard(cls)


def _record_functie(cls: Any, velden: tuple[Attribute[Any], ...], c: Converter) -> Callable[[Any, Any], Any]:
    """The function that reads a record of ``cls`` (see the module), cattrs' own one behind it."""
    detailed: list[Callable[[Any, Any], Any]] = []

    def volledig(value: Any, type_: Any) -> Any:  # cattrs' own function, made on first need
        if not detailed:
            detailed.append(c.gen_structure_attrs_fromdict(cls))
        return detailed[0](value, type_)

    code = _Code()
    code.regels = [
        "def f(value, type_):",
        "    try:",
        *_in(_record_code(code, cls, velden, c, "value", lambda record: [f"return {record}"]), 8),
        "    except Exception:",
        "        pass",
        f"    return {code.naam(volledig)}(value, type_)",
    ]
    functie = code.compileer(f"<asielketen fast structure {cls.__module__}.{cls.__qualname__}>")
    setattr(functie, _RECORD, cls)
    return functie  # type: ignore[no-any-return]


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis and args[0] is not Any


def _tuple_hook(type_: Any, c: Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    """A ``tuple[X, ...]`` the plain way: cattrs' own, each bad element reported (not a text or object)."""
    detailed: Any = getattr(c, "_structure_tuple", None)

    def structure_tuple(value: Any, type_: Any) -> tuple[Any, ...]:
        if isinstance(value, str | bytes | dict):  # iterable, but not a list: "AB12" is not ("A", "B", …)
            raise OngeldigTypeError(bericht("serialisatie.lijst", waarde=kort(value)))
        return detailed(value, type_)  # type: ignore[no-any-return]

    return structure_tuple


def _homogeneous_tuple_hook(type_: Any, c: Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    # cattrs looks up the element hook of a ``tuple[X, ...]`` on every call and collects errors
    # element by element. Look it up once per tuple type and build the tuple directly, reading each
    # element inline when it is a record, a text, a number or a date of the common case; if anything
    # fails, redo it cattrs' detailed way, so a bad document still reports every bad element.
    element = get_args(type_)[0]
    hook = c.get_structure_hook(element)
    anders = _tuple_hook(type_, c)
    code = _Code()
    velden = _velden(element, c) if getattr(hook, _RECORD, None) is element else None
    lezen: list[str] = []
    if velden is not None:
        lezen = _record_code(
            code, element, velden, c, "e", lambda record: [f"uit.append({record})", "continue"]
        )
    else:
        check, expressie = _waarde(code, element, hook, "e")
        if check is not None:
            lezen = [f"if {check}:", f"    uit.append({expressie})", "    continue"]
    code.regels = [
        "def f(value, type_):",
        "    if type(value) is list or type(value) is tuple:  # never a one-shot iterator: it may be redone",
        "        try:",
        "            uit = []",
        "            for e in value:",
        *_in(lezen, 16),
        f"                uit.append({code.naam(hook)}(e, {code.naam(element)}))",
        "            return tuple(uit)",
        "        except Exception:",
        "            pass",
        f"    return {code.naam(anders)}(value, type_)",
    ]
    return code.compileer(f"<asielketen fast structure {type_}>")  # type: ignore[no-any-return]


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

    setattr(structure_optional, _OPTIONAL, other)
    return structure_optional


# -- unstructuring -------------------------------------------------------------------------------


def _is_homogeneous_sequence(type_: Any) -> bool:
    args = get_args(type_)
    if get_origin(type_) is list:
        return len(args) == 1 and args[0] is not Any and not isinstance(args[0], TypeVar)
    return _is_homogeneous_tuple(type_) and not isinstance(args[0], TypeVar)


def _sequence_unstructure_hook(type_: Any, c: Converter) -> Callable[[Any], Any]:
    # cattrs writes ``list(hook(e) for e in value)``: a generator per call; a comprehension is the
    # same list without it (and ``list`` itself when the elements are written as they are, as cattrs)
    if getattr(c, "_unstruct_collection_overrides", None):
        return c.gen_unstructure_iterable(type_)
    hook = c.get_unstructure_hook(get_args(type_)[0], cache_result=False)
    if hook == identity:
        return list

    def unstructure_sequence(value: Any) -> list[Any]:
        return [hook(e) for e in value]

    return unstructure_sequence


def _is_optional_passthrough(c: Converter, type_: Any) -> bool:
    # ``int | None``, ``str | None``: unstructured as they are, so let cattrs inline the attribute
    args = get_args(type_)
    if get_origin(type_) not in (Union, UnionType) or len(args) != 2 or NoneType not in args:
        return False
    other = args[0] if args[1] is NoneType else args[1]
    return c.get_unstructure_hook(other) is identity


def configureer_snel(c: Converter, *, snel: bool = True) -> None:
    """Register the fast paths on ``c`` (after the hooks of the values they look up).

    With ``snel=False`` only what a list or a tuple refuses (a text, an object) is registered and
    cattrs' own functions do the rest: the plain path that the tests compare the fast one with.
    """
    kent_hooks = hasattr(c, "get_structure_hook")  # the cattrs API the fast paths use
    if kent_hooks and hasattr(c, "_structure_tuple"):
        tuple_hook = _homogeneous_tuple_hook if snel else _tuple_hook
        c.register_structure_hook_factory(_is_homogeneous_tuple, tuple_hook)
    c.register_structure_hook_factory(_is_list, _list_hook)
    if not snel:
        return
    if kent_hooks:
        c.register_structure_hook_factory(_is_optional, _optional_hook)
    if kent_hooks and hasattr(c, "gen_structure_attrs_fromdict"):
        c.register_structure_hook_factory(_is_plain_attrs_class, _attrs_class_hook)
    c.register_unstructure_hook_factory(partial(_is_optional_passthrough, c), lambda _: identity)
    if kent_hooks:
        c.register_unstructure_hook_factory(_is_homogeneous_sequence, _sequence_unstructure_hook)
