"""Public objects defined in private modules keep their public path (private; ADR 0007).

A package's ``__init__`` is its public surface and its modules are private, so a class such as
:class:`~asielketen.gebied.Gemeente` is defined in ``asielketen.gebied._gebieden``. :func:`publiek`
gives it the package as its ``__module__``, so reprs, ``help()``, the docs, schema names and
pickles show ``asielketen.gebied.Gemeente``.

A class's annotations are strings (``from __future__ import annotations``) that
``typing.get_type_hints`` — used by cattrs and the schema — evaluates in the module the class says
it belongs to; :func:`publiek` resolves them first, in the module that defines the class, and
keeps them resolved. :func:`publiceer` does it for every class and function a package exports
(its ``__all__``) from its private modules, when the package imports them all at once
(``sources``, ``frames``, ``plot``, ``sweep``).

The domain packages and ``gebied`` import their private modules on first use of a name (issue 18):
their ``__init__`` holds a table name → private module, and :func:`lui` makes their ``__getattr__``
and ``__dir__`` over it (:func:`laad`). Each private module that defines a public name ends with
:func:`publiceer_hier`, so its objects get their public path when the module is imported,
whichever way it is reached. Imports nothing of asielketen.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = ["laad", "lui", "publiceer", "publiceer_hier", "publiek"]


_CODE: dict[str, Any] = {}
"""Annotation text → its compiled code: the same texts ("int", "date", "tuple[Bron, ...]") recur
in many classes, so each is compiled once per process."""


def _hints(cls: type) -> dict[str, Any]:
    """``typing.get_type_hints(cls)`` for classes whose annotations are texts, without its cost.

    ``get_type_hints`` builds (and compiles) a ``ForwardRef`` for every annotation of every class
    in the MRO. Here each class's own annotations are evaluated as ``get_type_hints`` does for a
    class — the names of the module that defines it first, then the class's own namespace; bases
    first, so a subclass's own annotation wins; ``None`` read as ``NoneType``; a text inside a type
    handed to ``get_type_hints`` itself — but each distinct text is compiled once.
    ``tests/test_klasse.py`` checks the result equals ``get_type_hints``.
    """
    hints: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        eigen = inspect.get_annotations(base)
        if not eigen:
            continue
        globs = sys.modules[base.__module__].__dict__
        plaatselijk = dict(vars(base))
        for naam, waarde in eigen.items():
            if isinstance(waarde, str):
                code = _CODE.get(waarde)
                if code is None:
                    code = _CODE[waarde] = compile(waarde, "<annotation>", "eval")
                # the class's names as globals and the module's as locals, so a module name wins
                # over a field of the same name (a slot): what get_type_hints does for a class
                waarde = eval(code, plaatselijk, globs)
                if _heeft_tekst(waarde):  # a text inside (tuple[int, "Decimal | None"]): typing's way
                    proxy = type("_", (), {"__annotations__": {naam: eigen[naam]}})
                    waarde = typing.get_type_hints(proxy, plaatselijk, globs)[naam]
            hints[naam] = type(None) if waarde is None else waarde
    return hints


def _heeft_tekst(waarde: Any) -> bool:
    """Whether a type has a forward reference (a text) among its arguments, at any depth."""
    return any(
        isinstance(arg, str | typing.ForwardRef) or _heeft_tekst(arg) for arg in typing.get_args(waarde)
    )


def publiek(module: str, *objecten: Any) -> None:
    """Give ``objecten`` (classes, functions) the public ``module`` as their ``__module__``.

    An attrs class's annotations are resolved first, in the module that defines it: its
    ``__annotations__`` and its fields' ``type`` become the types themselves (what
    ``attrs.resolve_types`` does), so cattrs, the schema and ``typing.get_type_hints`` read them
    under the public path.

    >>> from attrs import frozen
    >>> @frozen
    ... class Punt:
    ...     x: int
    >>> publiek("asielketen.voorbeeld", Punt)
    >>> Punt.__module__, Punt.__annotations__, attrs.fields(Punt).x.type
    ('asielketen.voorbeeld', {'x': <class 'int'>}, <class 'int'>)
    """
    for obj in objecten:
        if isinstance(obj, type) and attrs.has(obj) and obj.__module__ != module:
            hints = _hints(obj)
            for veld in attrs.fields(obj):
                if veld.name in hints:
                    object.__setattr__(veld, "type", hints[veld.name])  # as attrs.resolve_types
            obj.__attrs_types_resolved__ = obj  # type: ignore[attr-defined]  # attrs' own mark
            obj.__annotations__ = {n: hints[n] for n in inspect.get_annotations(obj)}
        obj.__module__ = module


def publiceer(pakket: Mapping[str, Any]) -> None:
    """:func:`publiek` for every class and function in ``pakket["__all__"]`` defined in one of the
    package's private modules; ``pakket`` is the package's namespace (``globals()`` of its
    ``__init__``). Constants, type aliases and names taken from elsewhere keep what they have.

    >>> def regel() -> None: ...
    >>> regel.__module__ = "asielketen.voorbeeld._regels"
    >>> publiceer({"__name__": "asielketen.voorbeeld", "__all__": ["GRENS", "regel"], "GRENS": 3,
    ...            "regel": regel})
    >>> regel.__module__
    'asielketen.voorbeeld'
    """
    naam = pakket["__name__"]
    eigen = [
        obj
        for obj in map(pakket.__getitem__, pakket["__all__"])
        if callable(obj) and str(getattr(obj, "__module__", "")).startswith(f"{naam}._")
    ]
    publiek(naam, *eigen)


def publiceer_hier(module: Mapping[str, Any]) -> None:
    """:func:`publiek` for the classes and functions of one private module that its package exports.

    The last line of every private module that defines a public name: ``module`` is its
    ``globals()``. Each object *defined* in it (its ``__module__`` is this module) whose name is in
    the package's ``__all__`` gets the package as ``__module__`` and its annotations resolved — as
    soon as the module is imported, whichever way: a package whose names are loaded on first use
    (:func:`laad`) shows the same public path whether a class was reached through the package or
    through a result object.
    """
    naam = module["__name__"]
    pakket = sys.modules[naam.rpartition(".")[0]]
    eigen = [
        obj
        for obj in (module.get(n) for n in pakket.__all__)
        if callable(obj) and getattr(obj, "__module__", None) == naam
    ]
    publiek(pakket.__name__, *eigen)


def laad(pakket: dict[str, Any], namen: Mapping[str, str], naam: str) -> Any:
    """A package's ``__getattr__`` (PEP 562): the public ``naam`` from the private module ``namen`` names.

    Importing a package costs nothing but its table: each private module is imported when one of
    its names is first asked for (``from asielketen.spreidingswet import verdeel`` imports
    ``_verdeling`` and what it needs, not the loaders or the escalation), then kept in the
    package's namespace. Only constant module names from the package's own table are imported.
    """
    module = namen.get(naam)
    if module is None:
        raise AttributeError(f"module {pakket['__name__']!r} has no attribute {naam!r}")
    waarde = getattr(importlib.import_module(f"{pakket['__name__']}.{module}"), naam)
    pakket[naam] = waarde
    return waarde


def lui(
    pakket: dict[str, Any], namen: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__`` over its table ``namen`` (:func:`laad`).

    A package assigns them only when not type checking (``if not TYPE_CHECKING:``), so type
    checkers see its names from its ``TYPE_CHECKING`` imports and still refuse a misspelt one.
    """

    def __getattr__(naam: str) -> Any:  # noqa: N807 - the module's own
        return laad(pakket, namen, naam)

    def __dir__() -> list[str]:  # noqa: N807
        return sorted(set(pakket) | set(namen))

    return __getattr__, __dir__
