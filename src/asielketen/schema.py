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
* a :class:`~asielketen.periods.Halfjaar` is its text ``"2025-H2"`` (pattern ``^[0-9]{4}-H[12]$``);
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

import copy
import difflib
import functools
import importlib
import json
import pkgutil
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from ._schema.bouwer import Bouwer, omschrijving
from ._schema.index import Index, bouw_index, normaal, typenaam
from ._version import __version__
from .errors import UnknownNameError
from .taal import bericht

__all__ = ["DIALECT", "json_schema", "schema_namen"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every generated schema (``$schema``)."""

_ZONDER_ENTITEITEN = frozenset({"asielketen.strategies", "asielketen.cli", "asielketen.schema"})
"""Public modules that define no entity (and ``strategies`` needs the test extra)."""

_EXTRA_PAKKETTEN = frozenset({"pandas", "matplotlib", "hypothesis"})
"""Packages of the extras: a public module that needs one may be skipped when it is missing."""


# ---------------------------------------------------------------------------------------------
# The public entities and results, by name (the index itself: asielketen._schema.index)


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


@functools.cache
def _index() -> Index:
    return bouw_index(_publieke_modules())


def schema_namen() -> tuple[str, ...]:
    """The names :func:`json_schema` knows: every public entity, enum and rule result.

    An entity's name is its class name, qualified by its module where two domains use the same
    name (``"spreidingswet.Realisatie"``, ``"statushouders.Realisatie"``). A rule's result is
    ``Uitkomst[X]`` for the type ``X`` of its value.
    """
    return tuple(sorted(_index().namen, key=lambda n: (n.casefold(), n)))


def _dichtbij(naam: str, gevouwen: dict[str, str]) -> list[str]:
    """At most three known names close to ``naam``: by spelling (difflib), else those containing it."""
    gezocht = naam.casefold().strip()
    for cutoff in (0.6, 0.45):
        dichtbij = difflib.get_close_matches(gezocht, list(gevouwen), n=3, cutoff=cutoff)
        if dichtbij:
            return [gevouwen[d] for d in dichtbij]
    if len(gezocht) < 3:
        return []
    bevattend = sorted((n for n in gevouwen if gezocht in n), key=lambda n: (len(n), n))
    return [gevouwen[n] for n in bevattend[:3]]


def _zoek(naam: str) -> Any:
    index = _index()
    canoniek = index.aliassen.get(normaal(naam))
    if canoniek is None:
        namen = schema_namen()
        gevouwen = {n.casefold(): n for n in namen}
        gezocht = normaal(naam)
        # a class name that two domains share: its qualified names first
        zelfde = [n for n in namen if "." in n and normaal(n.rsplit(".", 1)[1]) == gezocht]
        suggesties = zelfde or _dichtbij(naam, gevouwen)
        soort = bericht("schema.soort") if suggesties else bericht("schema.soort_alle", aantal=len(namen))
        raise UnknownNameError("naam", naam, soort, suggesties)
    return index.namen[canoniek]


# ---------------------------------------------------------------------------------------------
# Generation (one schema: asielketen._schema.bouwer)


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
    naam = typenaam(tp, index)
    bouwer = Bouwer(index, _vorm)
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
        boven["description"] = omschrijving(tp, index)
        boven.update(root)
    if bouwer.defs:
        boven["$defs"] = dict(sorted(bouwer.defs.items()))
    return boven


# ---------------------------------------------------------------------------------------------
# Classes whose JSON is not their fields


def _vorm(klasse: type) -> type:
    """The attrs class whose fields the converter writes for ``klasse`` (usually ``klasse`` itself).

    A class whose JSON is not its fields declares its shape itself, as ``__json_vorm__`` (an
    :class:`asielketen.serialization.JsonVorm`, which the converter reads too). A class of
    asielketen written by a hook of its own without that declaration raises, so that no schema
    silently differs from the JSON.
    """
    from .serialization import converter, json_vorm

    verklaard = json_vorm(klasse)
    if verklaard is not None:
        return verklaard.vorm
    haak = converter.get_unstructure_hook(klasse)
    if not str(getattr(haak, "__module__", None) or "").startswith("asielketen"):
        return klasse  # the converter's generated field-by-field function
    raise TypeError(
        f"{klasse.__qualname__} is written by {haak.__qualname__}: declare its JSON shape as "
        "__json_vorm__ (asielketen.serialization.JsonVorm)"
    )
