"""One JSON Schema from a type: what the converter writes for it, classes collected in ``$defs``."""

from __future__ import annotations

import collections.abc
import enum
import functools
import inspect
import json
import operator
import re
import types
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

import attrs

from ..explain import Uitkomst
from ..sources import BRON_SOORTEN, Bron
from .definitie import typehints, velddocs
from .index import Index, typenaam

_DECIMAAL_PATROON = r"^-?[0-9]+(\.[0-9]+)?$"
_BREUK_PATROON = r"^-?[0-9]+(/[0-9]+)?$"
_DATUM_PATROON = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_HALFJAAR_PATROON = r"^[0-9]{4}-H[12]$"

_SCALAIRE: dict[type, dict[str, Any]] = {
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    str: {"type": "string"},
    date: {"type": "string", "format": "date", "pattern": _DATUM_PATROON},
    Decimal: {
        "type": "string",
        "pattern": _DECIMAAL_PATROON,
        "description": 'A decimal number as a string, never a float (e.g. "244.22").',
    },
    Fraction: {
        "type": "string",
        "pattern": _BREUK_PATROON,
        "description": 'An exact fraction as a string (e.g. "7/3" or "2").',
    },
}
"""Types with a hook in the converter, and plain JSON scalars."""

_REEKSEN = (list, tuple, collections.abc.Sequence, collections.abc.Set)
_VERZAMELINGEN = (collections.abc.Set,)

_BRON_OMSCHRIJVING = (
    "A source (asielketen.sources.Bron): one of the kinds Wetsartikel, Uitspraak, Publicatie, Brief, "
    'Kamerstuk, Persbron, Statistiek and Aanname, told apart by the key "soort".'
)


class Bouwer:
    """Builds one schema, collecting the classes it uses in ``defs``.

    ``vorm`` gives, for an attrs class, the attrs class whose fields the converter writes for it
    (usually the class itself; see ``asielketen.schema._vorm``).
    """

    def __init__(self, index: Index, vorm: Callable[[type], type]) -> None:
        self.index = index
        self.vorm = vorm
        self.defs: dict[str, dict[str, Any]] = {}
        self._types: dict[str, Any] = {}

    def schema(self, tp: Any) -> dict[str, Any]:
        """The schema of ``tp`` (classes become ``$ref`` s into :attr:`defs`)."""
        if tp is Any or isinstance(tp, TypeVar):
            return {}
        if tp is None or tp is type(None):
            return {"type": "null"}
        if isinstance(tp, type) and tp in _SCALAIRE:
            return dict(_SCALAIRE[tp])
        if isinstance(tp, type) and issubclass(tp, datetime):
            raise TypeError("the converter writes no datetime; use a date")
        bijzonder = _bijzondere_objecten().get(tp)
        if bijzonder is not None:
            return self._ref(tp, lambda: bijzonder(self))
        origin, args = get_origin(tp), get_args(tp)
        if origin is Literal:
            return {"enum": [a.value if isinstance(a, enum.Enum) else a for a in args]}
        if origin in (Union, types.UnionType):
            return self._unie(tp, args)
        if _is_subklasse(origin, _REEKSEN):
            return self._reeks(origin, args)
        if _is_subklasse(origin, (collections.abc.Mapping,)):
            return self._afbeelding(args)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self._ref(tp, lambda: self._enum(tp))
        klasse = origin if origin is not None else tp
        if isinstance(klasse, type) and attrs.has(klasse):
            return self._ref(tp, lambda: self._object(tp))
        raise TypeError(f"no JSON Schema for the type {tp!r}")

    def _ref(self, tp: Any, maak: Any) -> dict[str, Any]:
        naam = typenaam(tp, self.index)
        sleutel = _sleutel(naam)
        while sleutel in self._types and self._types[sleutel] != tp:
            sleutel += "_"
        if sleutel not in self._types:
            self._types[sleutel] = tp
            self.defs[sleutel] = {}  # reserve the key first: classes may refer to themselves
            self.defs[sleutel] = maak()
        return {"$ref": f"#/$defs/{sleutel}"}

    def _unie(self, tp: Any, args: tuple[Any, ...]) -> dict[str, Any]:
        leden = [a for a in args if a is not type(None)]
        nullable = len(leden) < len(args)
        if set(leden) == set(get_args(Bron)):
            kern = self._ref(Bron, self._bron)
        elif len(leden) == 1:
            kern = self.schema(leden[0])
        else:
            kern = {"anyOf": [self.schema(a) for a in leden]}
        if not nullable:
            return kern
        return {"anyOf": [kern, {"type": "null"}]}

    def _reeks(self, origin: Any, args: tuple[Any, ...]) -> dict[str, Any]:
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            return {
                "type": "array",
                "prefixItems": [self.schema(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        uit: dict[str, Any] = {"type": "array", "items": self.schema(args[0]) if args else {}}
        if _is_subklasse(origin, _VERZAMELINGEN):
            uit["uniqueItems"] = True
        return uit

    def _afbeelding(self, args: tuple[Any, ...]) -> dict[str, Any]:
        sleutel, waarde = args if args else (str, Any)
        uit: dict[str, Any] = {"type": "object", "additionalProperties": self.schema(waarde)}
        if sleutel is not str:
            namen = self.schema(sleutel)
            uit["propertyNames"] = self.defs[namen["$ref"].split("/")[-1]] if "$ref" in namen else namen
        return uit

    def _enum(self, tp: type[enum.Enum]) -> dict[str, Any]:
        waarden = [lid.value for lid in tp]
        uit: dict[str, Any] = {"title": typenaam(tp, self.index), "description": doc(tp)}
        if all(isinstance(w, str) for w in waarden):
            uit["type"] = "string"
        elif all(isinstance(w, int) and not isinstance(w, bool) for w in waarden):
            uit["type"] = "integer"
        uit["enum"] = waarden
        return uit

    def _object(self, tp: Any) -> dict[str, Any]:
        klasse = get_origin(tp) or tp
        vorm = self.vorm(klasse)
        vervanging = dict(zip(getattr(klasse, "__parameters__", ()), get_args(tp), strict=False))
        hints = typehints(vorm)
        docs = {**velddocs(vorm), **velddocs(klasse)}
        eigenschappen: dict[str, Any] = {}
        for veld in attrs.fields(vorm):
            if not veld.init:  # cattrs neither writes nor reads fields outside __init__
                continue
            eigenschap = self.schema(_substitueer(hints[veld.name], vervanging))
            eigenschap_van_klasse = inspect.getattr_static(klasse, veld.name, None)
            tekst = docs.get(veld.name) or (
                doc(eigenschap_van_klasse) if isinstance(eigenschap_van_klasse, property) else ""
            )
            if tekst:
                eigenschap = {**eigenschap, "description": tekst}
            standaard = _standaard(veld)
            if standaard is not None:
                eigenschap = {**eigenschap, "default": standaard[0]}
            eigenschappen[veld.name] = eigenschap
        return {
            "title": typenaam(tp, self.index),
            "description": omschrijving(tp, self.index),
            "type": "object",
            "properties": eigenschappen,
            "required": list(eigenschappen),
            "additionalProperties": False,
        }

    def _bron(self) -> dict[str, Any]:
        varianten = []
        for soort, klasse in BRON_SOORTEN.items():
            body = self._object(klasse)
            body["title"] = f"{body['title']} (soort {soort!r})"
            body["properties"] = {"soort": {"const": soort}, **body["properties"]}
            body["required"] = ["soort", *body["required"]]
            self.defs[f"Bron.{soort}"] = body
            varianten.append({"$ref": f"#/$defs/Bron.{soort}"})
        return {"title": "Bron", "description": _BRON_OMSCHRIJVING, "oneOf": varianten}


def doc(obj: Any) -> str:
    """The docstring of ``obj`` without its examples (from the first ``>>>`` paragraph on)."""
    tekst = inspect.cleandoc(obj.__doc__) if getattr(obj, "__doc__", None) else ""
    delen = tekst.split("\n\n")
    eind = next((i for i, d in enumerate(delen) if d.lstrip().startswith(">>>")), len(delen))
    return "\n\n".join(delen[:eind]).strip()


def omschrijving(tp: Any, index: Index) -> str:
    """The description of a type's schema: its docstring (for ``Uitkomst[X]``, also ``X``'s first line)."""
    origin = get_origin(tp) or tp
    tekst = doc(origin) if isinstance(origin, type) else ""
    if origin is Uitkomst and get_args(tp):
        waarde = get_args(tp)[0]
        eerste = doc(get_origin(waarde) or waarde).split("\n\n")[0]
        tekst += f"\n\nwaarde: {typenaam(waarde, index)}" + (f" — {eerste}" if eerste else "")
    return tekst or f"The converter's JSON of {typenaam(tp, index)}."


def _substitueer(tp: Any, vervanging: Mapping[Any, Any]) -> Any:
    """``tp`` with its type variables replaced (an unbound one becomes ``Any``)."""
    if isinstance(tp, TypeVar):
        return vervanging.get(tp, Any)
    origin, args = get_origin(tp), get_args(tp)
    if origin is None or not args or origin is Literal:
        return tp
    nieuw = tuple(a if a is Ellipsis else _substitueer(a, vervanging) for a in args)
    if nieuw == args:
        return tp
    if origin in (Union, types.UnionType):
        return functools.reduce(operator.or_, nieuw)
    return origin[nieuw]


def _sleutel(naam: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.]+", "-", naam.replace(", ...", "")).strip("-")


def _is_subklasse(origin: Any, klassen: tuple[type, ...]) -> bool:
    return isinstance(origin, type) and issubclass(origin, klassen)


def _standaard(veld: attrs.Attribute[Any]) -> tuple[Any] | None:
    """The field's default as the converter writes it, or None (no default, or a factory)."""
    if veld.default is attrs.NOTHING or isinstance(veld.default, attrs.Factory):  # type: ignore[arg-type]
        return None
    from ..serialization import unstructure

    try:
        return (json.loads(json.dumps(unstructure(veld.default))),)
    except (TypeError, ValueError):  # pragma: no cover - not JSON by itself
        return None


@functools.cache
def _bijzondere_objecten() -> dict[Any, Any]:
    """Classes with a hook of their own in the converter (not written field by field)."""
    from ..periods import Halfjaar
    from ..taal import TALEN, Bericht

    def bericht(bouwer: Bouwer) -> dict[str, Any]:
        velden = ["sleutel", *TALEN]
        return {
            "title": "Bericht",
            "description": doc(Bericht),
            "type": "object",
            "properties": {v: {"type": "string"} for v in velden},
            "required": velden,
            "additionalProperties": False,
        }

    def halfjaar(bouwer: Bouwer) -> dict[str, Any]:
        return {
            "title": "Halfjaar",
            "description": doc(Halfjaar),
            "type": "string",
            "pattern": _HALFJAAR_PATROON,
        }

    return {Bericht: bericht, Halfjaar: halfjaar}
