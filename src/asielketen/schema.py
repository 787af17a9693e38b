"""JSON Schema (draft 2020-12) of every public entity and result, generated from the classes.

The schemas describe exactly what :mod:`asielketen.serialization` writes, so a tool in another
language can check (or generate code for) the JSON of ``asielketen … --format json`` and
:func:`~asielketen.serialization.to_json`:

* every field of an attrs class is a property, and every property is **required** (the converter
  writes every field, also one that has its default); no other keys are allowed
  (``additionalProperties: false``, as the converter refuses unknown keys);
* ``date`` is an ISO string (``format: date``), ``Decimal`` a decimal string (``"244.22"``),
  ``Fraction`` an exact fraction string (``"7/3"``), an enum one of its values, ``X | None`` may be
  ``null``, ``tuple[X, ...]`` and ``frozenset[X]`` are arrays, a mapping is an object;
* a source (:data:`~asielketen.sources.Bron`) is one of the eight kinds, told apart by ``"soort"``;
* a rule's result ``Uitkomst[X]`` has a schema per concrete ``X`` (``"Uitkomst[Spreiding]"``).

The names come from the ``__all__`` of the public modules, so a new class is covered without
touching this module. :func:`schema_namen` lists them; ``asielketen schema NAAM`` prints one.

The schema is of the *output*: :func:`~asielketen.serialization.from_json` also accepts a little
more (an omitted field that has a default, an integer for a ``Decimal`` or ``Fraction``).

>>> s = json_schema("Periode")
>>> s["$schema"], s["title"], s["required"]
('https://json-schema.org/draft/2020-12/schema', 'Periode', ['van', 'tot'])
>>> s["properties"]["van"]["format"]
'date'
>>> "Uitkomst[Spreiding]" in schema_namen()
True
>>> json_schema("Periodes")
Traceback (most recent call last):
    ...
asielketen.errors.UnknownNameError: ...
"""

from __future__ import annotations

import ast
import collections.abc
import copy
import difflib
import enum
import functools
import importlib
import inspect
import json
import operator
import pkgutil
import re
import textwrap
import types
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints
from urllib.parse import quote

import attrs

from ._version import __version__
from .errors import UnknownNameError
from .explain import Uitkomst
from .sources import BRON_SOORTEN, Bron
from .taal import bericht

__all__ = ["DIALECT", "json_schema", "schema_namen"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every generated schema (``$schema``)."""

_ZONDER_ENTITEITEN = frozenset({"asielketen.strategies", "asielketen.cli", "asielketen.schema"})
"""Public modules that define no entity (and ``strategies`` needs the test extra)."""

_EXTRA_PAKKETTEN = frozenset({"pandas", "matplotlib", "hypothesis"})
"""Packages of the extras: a public module that needs one may be skipped when it is missing."""

_DECIMAAL_PATROON = r"^-?[0-9]+(\.[0-9]+)?$"
_BREUK_PATROON = r"^-?[0-9]+(/[0-9]+)?$"
_DATUM_PATROON = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

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


# ---------------------------------------------------------------------------------------------
# The public entities and results, by name


@attrs.frozen
class _Index:
    namen: dict[str, Any]
    """Canonical name → type (an attrs class, an enum, the Bron union or ``Uitkomst[X]``)."""
    naam_van: dict[Any, str]
    """Type → canonical name (the inverse, for titles and $defs keys)."""
    aliassen: dict[str, str]
    """Normalised spelling (case, spaces, ``module.Naam``) → canonical name."""


def _publieke_modules() -> Iterator[Any]:
    import asielketen

    namen = [
        m.name
        for m in pkgutil.walk_packages(asielketen.__path__, prefix="asielketen.", onerror=lambda _: None)
    ]
    for naam in sorted(namen, key=lambda n: (n.count("."), n)):
        if any(deel.startswith("_") for deel in naam.split(".")) or naam in _ZONDER_ENTITEITEN:
            continue
        try:
            yield importlib.import_module(naam)
        except ImportError as exc:  # pragma: no cover - a module of an extra that is not installed
            # only an extra's own package may be missing; a broken core dependency must show, not
            # turn every schema name into "onbekende schemanaam"
            if (exc.name or "").split(".")[0] not in _EXTRA_PAKKETTEN:
                raise
            continue


def _is_entiteit(obj: object) -> bool:
    if isinstance(obj, type):
        return attrs.has(obj) or issubclass(obj, enum.Enum)
    if isinstance(obj, types.UnionType) or get_origin(obj) is Union:
        return all(isinstance(a, type) and attrs.has(a) for a in get_args(obj))
    return False


def _functie(obj: object) -> Any:
    return getattr(obj, "__wrapped__", obj)


@functools.cache
def _index() -> _Index:
    gevonden: dict[Any, tuple[str, str]] = {}  # entity → (module short name, name), first module wins
    functies: list[Any] = []
    ook: list[tuple[Any, str]] = []  # every module.Naam under which an entity is exported
    for module in _publieke_modules():
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
        aliassen[_normaal(f"{kort}.{naam}")] = canoniek
    index = _Index(namen={}, naam_van=naam_van, aliassen=aliassen)
    for obj, canoniek in naam_van.items():
        index.namen[canoniek] = obj
    for obj, gekwalificeerd in ook:
        aliassen.setdefault(_normaal(gekwalificeerd), naam_van[obj])
    for functie in functies:
        resultaat = _resultaattype(functie)
        if resultaat is not None:
            naam = _typenaam(resultaat, index)
            index.namen.setdefault(naam, resultaat)
            index.naam_van.setdefault(resultaat, naam)
    for canoniek in index.namen:
        aliassen.setdefault(_normaal(canoniek), canoniek)
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


def _normaal(naam: str) -> str:
    return "".join(naam.split()).casefold()


def _typenaam(tp: Any, index: _Index) -> str:
    """A readable name of a type: the entity's name, ``tuple[X, ...]``, ``X | None`` …"""
    if tp in index.naam_van:
        return index.naam_van[tp]
    if tp is type(None) or tp is None:
        return "None"
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, types.UnionType):
        return " | ".join(_typenaam(a, index) for a in args)
    if origin is not None and args:
        delen = ", ".join("..." if a is Ellipsis else _typenaam(a, index) for a in args)
        return f"{_typenaam(origin, index)}[{delen}]"
    return str(getattr(tp, "__name__", tp))


def schema_namen() -> tuple[str, ...]:
    """The names :func:`json_schema` knows: every public entity, enum and rule result.

    An entity's name is its class name, qualified by its module where two domains use the same
    name (``"spreidingswet.Realisatie"``, ``"statushouders.Realisatie"``). A rule's result is
    ``Uitkomst[X]`` for the type ``X`` of its value.
    """
    return tuple(sorted(_index().namen, key=lambda n: (n.casefold(), n)))


def _zoek(naam: str) -> Any:
    index = _index()
    canoniek = index.aliassen.get(_normaal(naam))
    if canoniek is None:
        namen = schema_namen()
        gevouwen = {n.casefold(): n for n in namen}
        gezocht = _normaal(naam)
        # a class name that two domains share: its qualified names first
        zelfde = [n for n in namen if "." in n and _normaal(n.rsplit(".", 1)[1]) == gezocht]
        dichtbij = difflib.get_close_matches(naam.casefold(), list(gevouwen), n=3, cutoff=0.6)
        suggesties = zelfde or [gevouwen[d] for d in dichtbij]
        raise UnknownNameError("naam", naam, bericht("schema.soort"), suggesties)
    return index.namen[canoniek]


# ---------------------------------------------------------------------------------------------
# Generation


def json_schema(cls_or_name: Any) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the converter's JSON of a class, type or name.

    ``cls_or_name`` is a name of :func:`schema_namen` (``"Gemeente"``, ``"Uitkomst[Taakstelling]"``;
    case and spaces do not matter) or a type (``Gemeente``, ``Uitkomst[Taakstelling]``,
    ``tuple[Periode, ...]``). Classes used inside it are in ``$defs``. An unknown name raises
    :class:`~asielketen.errors.UnknownNameError` with the closest names as suggestions.
    """
    tp = _zoek(cls_or_name) if isinstance(cls_or_name, str) else cls_or_name
    return copy.deepcopy(_json_schema(tp))


@functools.lru_cache(maxsize=256)
def _json_schema(tp: Any) -> dict[str, Any]:
    index = _index()
    naam = _typenaam(tp, index)
    bouwer = _Bouwer(index)
    root = bouwer.schema(tp)
    boven: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": f"urn:asielketen:{__version__}:schema:{quote(naam, safe='')}",
        "title": naam,
    }
    ref = root.get("$ref", "")
    sleutel = ref.removeprefix("#/$defs/")
    if ref and len(root) == 1 and json.dumps(bouwer.defs).count(json.dumps(ref)) == 0:
        body = bouwer.defs.pop(sleutel)  # used once: inline it instead of a lone $ref
        boven.update({k: v for k, v in body.items() if k != "title"})
    else:
        boven["description"] = _omschrijving(tp, index)
        boven.update(root)
    if bouwer.defs:
        boven["$defs"] = dict(sorted(bouwer.defs.items()))
    return boven


def _doc(obj: Any) -> str:
    """The docstring of ``obj`` without its examples (from the first ``>>>`` paragraph on)."""
    tekst = inspect.cleandoc(obj.__doc__) if getattr(obj, "__doc__", None) else ""
    delen = tekst.split("\n\n")
    eind = next((i for i, d in enumerate(delen) if d.lstrip().startswith(">>>")), len(delen))
    return "\n\n".join(delen[:eind]).strip()


def _omschrijving(tp: Any, index: _Index) -> str:
    origin = get_origin(tp) or tp
    tekst = _doc(origin) if isinstance(origin, type) else ""
    if origin is Uitkomst and get_args(tp):
        waarde = get_args(tp)[0]
        eerste = _doc(get_origin(waarde) or waarde).split("\n\n")[0]
        tekst += f"\n\nwaarde: {_typenaam(waarde, index)}" + (f" — {eerste}" if eerste else "")
    return tekst or f"The converter's JSON of {_typenaam(tp, index)}."


@functools.cache
def _velddocs(cls: type) -> dict[str, str]:
    """The attribute docstrings (the string literal after a field) of ``cls`` and its bases."""
    docs: dict[str, str] = {}
    for klasse in reversed(cls.__mro__):
        if not attrs.has(klasse):
            continue
        try:
            boom = ast.parse(textwrap.dedent(inspect.getsource(klasse)))
        except (OSError, TypeError, SyntaxError):  # pragma: no cover - no source (e.g. a zipapp)
            continue
        definitie = next((n for n in boom.body if isinstance(n, ast.ClassDef)), None)
        if definitie is None:  # pragma: no cover
            continue
        for stmt, volgende in zip(definitie.body, definitie.body[1:], strict=False):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(volgende, ast.Expr)
                and isinstance(volgende.value, ast.Constant)
                and isinstance(volgende.value.value, str)
            ):
                docs[stmt.target.id] = inspect.cleandoc(volgende.value.value)
    return docs


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


class _Bouwer:
    """Builds one schema, collecting the classes it uses in ``defs``."""

    def __init__(self, index: _Index) -> None:
        self.index = index
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
        naam = _typenaam(tp, self.index)
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
        uit: dict[str, Any] = {"title": _typenaam(tp, self.index), "description": _doc(tp)}
        if all(isinstance(w, str) for w in waarden):
            uit["type"] = "string"
        elif all(isinstance(w, int) and not isinstance(w, bool) for w in waarden):
            uit["type"] = "integer"
        uit["enum"] = waarden
        return uit

    def _object(self, tp: Any) -> dict[str, Any]:
        klasse = get_origin(tp) or tp
        vorm = _vorm(klasse)
        vervanging = dict(zip(getattr(klasse, "__parameters__", ()), get_args(tp), strict=False))
        hints = get_type_hints(vorm)
        docs = {**_velddocs(vorm), **_velddocs(klasse)}
        eigenschappen: dict[str, Any] = {}
        for veld in attrs.fields(vorm):
            if not veld.init:  # cattrs neither writes nor reads fields outside __init__
                continue
            eigenschap = self.schema(_substitueer(hints[veld.name], vervanging))
            eigenschap_van_klasse = inspect.getattr_static(klasse, veld.name, None)
            doc = docs.get(veld.name) or (
                _doc(eigenschap_van_klasse) if isinstance(eigenschap_van_klasse, property) else ""
            )
            if doc:
                eigenschap = {**eigenschap, "description": doc}
            standaard = _standaard(veld)
            if standaard is not None:
                eigenschap = {**eigenschap, "default": standaard[0]}
            eigenschappen[veld.name] = eigenschap
        return {
            "title": _typenaam(tp, self.index),
            "description": _omschrijving(tp, self.index),
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


_BRON_OMSCHRIJVING = (
    "A source (asielketen.sources.Bron): one of the kinds Wetsartikel, Uitspraak, Publicatie, Brief, "
    'Kamerstuk, Persbron, Statistiek and Aanname, told apart by the key "soort".'
)


_VORMEN = {
    "asielketen.spreidingswet.verdeling.GemeenteVerdeling": "_GemeenteVerdelingJson",
}
"""Classes the converter writes through a hook of their own → the attrs class (in the same module)
whose fields are what the hook writes."""


def _vorm(klasse: type) -> type:
    """The attrs class whose fields the converter writes for ``klasse`` (usually ``klasse`` itself).

    A class of asielketen with an unstructure hook of its own must be listed in :data:`_VORMEN`
    (else this raises), so that no schema silently differs from the JSON.
    """
    from .serialization import converter

    haak = converter.get_unstructure_hook(klasse)
    if not str(getattr(haak, "__module__", None) or "").startswith("asielketen"):
        return klasse  # the converter's generated field-by-field function
    naam = _VORMEN.get(f"{klasse.__module__}.{klasse.__qualname__}")
    if naam is None:
        raise TypeError(
            f"{klasse.__qualname__} is written by {haak.__qualname__}: add its JSON shape to "
            "asielketen.schema._VORMEN"
        )
    vorm: type = getattr(importlib.import_module(klasse.__module__), naam)
    return vorm


def _is_subklasse(origin: Any, klassen: tuple[type, ...]) -> bool:
    return isinstance(origin, type) and issubclass(origin, klassen)


def _standaard(veld: attrs.Attribute[Any]) -> tuple[Any] | None:
    """The field's default as the converter writes it, or None (no default, or a factory)."""
    if veld.default is attrs.NOTHING or isinstance(veld.default, attrs.Factory):  # type: ignore[arg-type]
        return None
    from .serialization import unstructure

    try:
        return (json.loads(json.dumps(unstructure(veld.default))),)
    except (TypeError, ValueError):  # pragma: no cover - not JSON by itself
        return None


@functools.cache
def _bijzondere_objecten() -> dict[Any, Any]:
    """Classes with a hook of their own in the converter (not written field by field)."""
    from .taal import TALEN, Bericht

    def bericht(bouwer: _Bouwer) -> dict[str, Any]:
        velden = ["sleutel", *TALEN]
        return {
            "title": "Bericht",
            "description": _doc(Bericht),
            "type": "object",
            "properties": {v: {"type": "string"} for v in velden},
            "required": velden,
            "additionalProperties": False,
        }

    return {Bericht: bericht}
