"""Public objects defined in private modules keep their public path (private; ADR 0007).

A package's ``__init__`` is its public surface and its modules are private, so a class such as
:class:`~asielketen.gebied.Gemeente` is defined in ``asielketen.gebied._gebieden``. :func:`publiek`
gives it the package as its ``__module__``, so reprs, ``help()``, the docs, schema names and
pickles show ``asielketen.gebied.Gemeente``.

A class's annotations are strings (``from __future__ import annotations``) that
``typing.get_type_hints`` — used by cattrs and the schema — evaluates in the module the class says
it belongs to; :func:`publiek` resolves them first, in the module that defines the class, and
keeps them resolved. :func:`publiceer` does it for every class and function a package exports
(its ``__all__``) from its private modules: the one call each package's ``__init__`` ends with.
Imports nothing of asielketen.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["publiceer", "publiek"]


def publiek(module: str, *objecten: Any) -> None:
    """Give ``objecten`` (classes, functions) the public ``module`` as their ``__module__``.

    >>> from attrs import frozen
    >>> @frozen
    ... class Punt:
    ...     x: int
    >>> publiek("asielketen.voorbeeld", Punt)
    >>> Punt.__module__, Punt.__annotations__, attrs.fields(Punt).x.type
    ('asielketen.voorbeeld', {'x': <class 'int'>}, <class 'int'>)
    """
    for obj in objecten:
        if isinstance(obj, type) and attrs.has(obj):
            attrs.resolve_types(obj)  # the fields' types, as cattrs reads them
            hints = typing.get_type_hints(obj)
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
