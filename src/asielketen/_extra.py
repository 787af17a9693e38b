"""Shared helpers of the optional extras (:mod:`asielketen.frames`, :mod:`asielketen.plot`).

Private: importing an extra's package on demand, and checking that a function got the results it
expects. Nothing here imports pandas or matplotlib at module level.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import ModuleType
from typing import TypeVar, cast

from .errors import InvalidInputError, MissingExtraError
from .explain import Uitkomst
from .taal import bericht

T = TypeVar("T")


def importeer(module: str, extra: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``extra`` (never an ImportError)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(extra, module.split(".")[0]) from None


def uitkomsten(waarde: object, soort: type[T], veld: str) -> list[Uitkomst[T]]:
    """One result or an iterable of results, each an ``Uitkomst`` whose value is a ``soort``.

    Anything else is an :class:`InvalidInputError` naming ``veld`` (with its index) and the type.
    """
    items: list[object] = (
        list(cast(Iterable[object], waarde))
        if not isinstance(waarde, Uitkomst) and isinstance(waarde, Iterable) and not isinstance(waarde, str)
        else [waarde]
    )
    if not items:
        raise InvalidInputError(veld, waarde, bericht("extra.ten_minste_een", soort=soort.__name__))
    for i, u in enumerate(items):
        if not isinstance(u, Uitkomst) or not isinstance(u.waarde, soort):
            naam = veld if len(items) == 1 else f"{veld}[{i}]"
            gekregen = type(u.waarde if isinstance(u, Uitkomst) else u).__name__
            raise InvalidInputError(naam, gekregen, bericht("extra.verwacht", soort=soort.__name__))
    return cast(list[Uitkomst[T]], items)


def uitkomst(waarde: object, soort: type[T], veld: str) -> Uitkomst[T]:
    """Exactly one ``Uitkomst`` whose value is a ``soort`` (a list is refused, naming ``veld``)."""
    if not isinstance(waarde, Uitkomst):
        gekregen = type(waarde).__name__
        raise InvalidInputError(veld, gekregen, bericht("extra.verwacht_een", soort=soort.__name__))
    (enkel,) = uitkomsten(waarde, soort, veld)
    return enkel
