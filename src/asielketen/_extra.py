"""Shared helpers of the optional extras (:mod:`asielketen.frames`, :mod:`asielketen.plot`).

Private: importing an extra's package on demand, checking that a function got the results it
expects, the language of its texts and the provinces of the register as its rows and bars show
them. Nothing here imports pandas or matplotlib at module level.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import ModuleType
from typing import NamedTuple, TypeVar, cast

from .errors import InvalidInputError, MissingExtraError
from .explain import Uitkomst
from .gebied import Register, register
from .taal import Taal, bericht, huidige_taal, valideer_taal

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


def taal_van(taal: object) -> Taal:
    """``taal`` checked, or the current language when it is ``None``."""
    return huidige_taal() if taal is None else valideer_taal(taal)


class Provincies(NamedTuple):
    """The provinces of a register as a frame's rows and a figure's bars show them."""

    namen: dict[str, str]
    """Province code → name."""
    per_gemeente: dict[str, str]
    """Gemeentecode → provinciecode."""

    def van(self, gemeentecode: str, delen: Iterable[str] = ()) -> str | None:
        """The province of a gemeente; after a herindeling (a code not in the register), the
        province of its first part that is in it; ``None`` when there is none."""
        return self.per_gemeente.get(gemeentecode) or next(
            (self.per_gemeente[d] for d in delen if d in self.per_gemeente), None
        )


def provincies(reg: Register | None) -> Provincies:
    """The provinces of ``reg`` (default: the shipped register): a new :class:`Provincies`."""
    r = register() if reg is None else reg
    return Provincies(
        namen={p.code: p.naam for p in r.provincies},
        per_gemeente={g.code: g.provinciecode for g in r.gemeenten},
    )
