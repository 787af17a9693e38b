"""The public entities and rule results by name: the index behind ``schema_namen`` and ``json_schema``."""

from __future__ import annotations

import enum
import inspect
import types
from collections.abc import Iterable
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs

from ..explain import Uitkomst


@attrs.frozen
class Index:
    """The names :func:`asielketen.schema.json_schema` knows, and the name of each type."""

    namen: dict[str, Any]
    """Canonical name → type (an attrs class, an enum, the Bron union or ``Uitkomst[X]``)."""
    naam_van: dict[Any, str]
    """Type → canonical name (the inverse, for titles and $defs keys)."""
    aliassen: dict[str, str]
    """Normalised spelling (case, spaces, ``module.Naam``) → canonical name."""


def _is_entiteit(obj: object) -> bool:
    if isinstance(obj, type):
        return attrs.has(obj) or issubclass(obj, enum.Enum)
    if isinstance(obj, types.UnionType) or get_origin(obj) is Union:
        return all(isinstance(a, type) and attrs.has(a) for a in get_args(obj))
    return False


def _functie(obj: object) -> Any:
    return getattr(obj, "__wrapped__", obj)


def bouw_index(modules: Iterable[Any]) -> Index:
    """The index of every entity, enum and rule result exported by ``modules`` (public modules)."""
    gevonden: dict[Any, tuple[str, str]] = {}  # entity → (module short name, name), first module wins
    functies: list[Any] = []
    ook: list[tuple[Any, str]] = []  # every module.Naam under which an entity is exported
    for module in modules:
        kort = module.__name__.removeprefix("asielketen.")
        for naam in getattr(module, "__all__", ()):
            obj = getattr(module, naam)
            if _is_entiteit(obj):
                gevonden.setdefault(obj, (kort, naam))
                ook.append((obj, f"{kort}.{naam}"))
            elif inspect.isfunction(_functie(obj)):
                functies.append(_functie(obj))
    aantal: dict[str, int] = {}
    for _, naam in gevonden.values():
        aantal[naam] = aantal.get(naam, 0) + 1
    naam_van: dict[Any, str] = {}
    aliassen: dict[str, str] = {}
    for obj, (kort, naam) in gevonden.items():
        canoniek = naam if aantal[naam] == 1 else f"{kort}.{naam}"
        naam_van[obj] = canoniek
        aliassen[normaal(f"{kort}.{naam}")] = canoniek
    index = Index(namen={}, naam_van=naam_van, aliassen=aliassen)
    for obj, canoniek in naam_van.items():
        index.namen[canoniek] = obj
    for obj, gekwalificeerd in ook:
        aliassen.setdefault(normaal(gekwalificeerd), naam_van[obj])
    for functie in functies:
        resultaat = _resultaattype(functie)
        if resultaat is not None:
            naam = typenaam(resultaat, index)
            index.namen.setdefault(naam, resultaat)
            index.naam_van.setdefault(resultaat, naam)
    for canoniek in index.namen:
        aliassen.setdefault(normaal(canoniek), canoniek)
    return index


def _resultaattype(functie: Any) -> Any:
    """The ``Uitkomst[X]`` a function returns, or None (its other annotations are not evaluated:
    they may name types that are only imported for type checkers, such as an extra's)."""
    resultaat = inspect.get_annotations(functie).get("return")
    if isinstance(resultaat, str):
        if not resultaat.startswith("Uitkomst["):
            return None
        # resolve only the return annotation, in the function's module (no eval of our own)
        alleen = types.FunctionType((lambda: None).__code__, functie.__globals__)
        alleen.__annotations__ = {"return": resultaat}
        resultaat = get_type_hints(alleen)["return"]
    return resultaat if get_origin(resultaat) is Uitkomst else None


def normaal(naam: str) -> str:
    """A name as looked up: without spaces, case folded."""
    return "".join(naam.split()).casefold()


def typenaam(tp: Any, index: Index) -> str:
    """A readable name of a type: the entity's name, ``tuple[X, ...]``, ``X | None`` …"""
    if tp in index.naam_van:
        return index.naam_van[tp]
    if tp is type(None) or tp is None:
        return "None"
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, types.UnionType):
        return " | ".join(typenaam(a, index) for a in args)
    if origin is not None and args:
        delen = ", ".join("..." if a is Ellipsis else typenaam(a, index) for a in args)
        return f"{typenaam(origin, index)}[{delen}]"
    return str(getattr(tp, "__name__", tp))
