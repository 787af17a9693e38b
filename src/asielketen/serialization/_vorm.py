"""Classes whose JSON is not their fields (private; see :mod:`asielketen.serialization`).

Such a class says so itself, in a class attribute ``__json_vorm__`` (a :class:`JsonVorm`); the two
factories that :func:`configureer_vormen` registers read it, so no module registers a hook of its
own when it is imported (ADR 0007), and the schema reads the same declaration.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from cattrs import Converter

from .._klasse import frozen

__all__ = ["JsonVorm", "configureer_vormen", "json_vorm"]


@frozen(kw_only=True)
class JsonVorm:
    """The JSON shape of a class whose JSON is not its fields: declare it as ``__json_vorm__``.

    The JSON is that of ``vorm``, an attrs class with the public fields; ``naar_vorm`` and
    ``uit_vorm`` convert between the class and its shape (the plain path, with every check of the
    shape and the class). ``schrijf`` and ``lees`` are optional fast paths for the same JSON:
    ``schrijf(obj)`` writes the shape's JSON directly; ``lees(data)`` reads the common case and
    returns ``None`` for anything else (an exception counts as ``None``), which then takes the plain
    path, so that a bad document is reported as the plain path reports it.
    """

    vorm: type
    naar_vorm: Callable[[Any], Any]
    uit_vorm: Callable[[Any], Any]
    schrijf: Callable[[Any], Any] | None = None
    lees: Callable[[Any], Any] | None = None


def json_vorm(type_: Any) -> JsonVorm | None:
    """The :class:`JsonVorm` that ``type_`` declares, if any."""
    vorm = getattr(type_, "__json_vorm__", None) if isinstance(type_, type) else None
    return vorm if isinstance(vorm, JsonVorm) else None


def _heeft_json_vorm(type_: Any) -> bool:
    return json_vorm(type_) is not None


def _json_vorm_schrijver(type_: Any, c: Converter, snel: bool = True) -> Callable[[Any], Any]:
    v = json_vorm(type_)
    assert v is not None
    if v.schrijf is not None and snel:
        return v.schrijf
    vorm_hook = c.get_unstructure_hook(v.vorm)
    naar_vorm = v.naar_vorm
    return lambda obj: vorm_hook(naar_vorm(obj))


def _json_vorm_lezer(type_: Any, c: Converter, snel: bool = True) -> Callable[[Any, Any], Any]:
    v = json_vorm(type_)
    assert v is not None
    vorm, uit_vorm, lees = v.vorm, v.uit_vorm, v.lees if snel else None

    def structure_vorm(value: Any, _: Any) -> Any:
        if lees is not None:
            try:
                snel = lees(value)
            except Exception:  # e.g. a bad number in a text: the plain path names it
                snel = None
            if snel is not None:
                return snel
        return uit_vorm(c.structure(value, vorm))

    return structure_vorm


def configureer_vormen(c: Converter, *, snel: bool = True) -> None:
    """Register on ``c`` the two factories that read a class's ``__json_vorm__`` (with ``snel=False``
    without the shapes' fast paths ``schrijf`` and ``lees``: the plain path the tests compare with)."""
    c.register_unstructure_hook_factory(_heeft_json_vorm, partial(_json_vorm_schrijver, snel=snel))
    c.register_structure_hook_factory(_heeft_json_vorm, partial(_json_vorm_lezer, snel=snel))
