"""Effective-dated parameters shipped as data files (``data/<domein>.json``).

A parameter file lists named parameters, each with a value type, a unit and its validities; every
validity names its source by id in the source registry::

    {
     "schema": 1,
     "parameters": {
      "oekraine.normbedrag_per_plek_per_dag": {
       "type": "decimal",
       "eenheid": "EUR per gerealiseerde opvangplek per dag",
       "waarden": [
        {"van": "2024-01-01", "tot": "2025-01-01", "waarde": "61", "bron": "booo.art3.lid1"},
        {"van": "2025-01-01", "tot": null, "waarde": "44", "bron": "booo.art3.lid1"}
       ]
      }
     }
    }

Types: ``int``, ``decimal`` (written as a string, never a float), ``date``, ``str``, ``bool``.
Files are read on first use and checked against the manifest like every shipped file.
What a caller receives is shared with every other caller and therefore read-only: the mapping of
:func:`laad_parameters` is a :class:`types.MappingProxyType`, a :class:`~asielketen.periods.Parameter`
and its validities are frozen, with a tuple of validities and immutable values.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from types import MappingProxyType
from typing import Any

from . import data
from .bronregister import bron
from .errors import AsielketenError, DataIntegrityError, UnknownNameError
from .explain import DatasetVersie
from .periods import Geldigheid, Parameter, Periode
from .taal import bericht

__all__ = ["laad_parameters", "parameter", "parameterversie"]


def _convert(kind: str, value: Any, where: str) -> Any:
    try:
        if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
            return value
        if kind == "decimal" and isinstance(value, str):
            result = Decimal(value)
            if result.is_finite():
                return result
        if kind == "date" and isinstance(value, str):
            return date.fromisoformat(value)
        if kind == "str" and isinstance(value, str):
            return value
        if kind == "bool" and isinstance(value, bool):
            return value
    except (InvalidOperation, ValueError):
        pass
    raise DataIntegrityError(
        bericht("parameters.type", plaats=where, waarde=repr(value), type=repr(kind)),
        veld="waarde",
        waarde=value,
    )


@cache
def laad_parameters(bestand: str) -> Mapping[str, Parameter[Any]]:
    """All parameters of a shipped parameter file, by name (read and checked on first use).

    The mapping is read-only and shared by every caller (``dict(...)`` gives a copy to edit).
    """
    raw = data.lees_json(bestand)
    result: dict[str, Parameter[Any]] = {}
    try:
        for naam, spec in raw["parameters"].items():
            kind = spec["type"]
            geldig = []
            for i, w in enumerate(spec["waarden"]):
                where = f"{bestand}: {naam}.waarden[{i}]"
                tot = w.get("tot")
                geldig.append(
                    Geldigheid(
                        periode=Periode(
                            date.fromisoformat(w["van"]), None if tot is None else date.fromisoformat(tot)
                        ),
                        waarde=_convert(kind, w["waarde"], where),
                        bron=bron(w["bron"]),
                    )
                )
            result[naam] = Parameter(naam=naam, waarden=tuple(geldig), eenheid=spec.get("eenheid"))
    except DataIntegrityError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, AsielketenError) as exc:
        raise DataIntegrityError(
            bericht("parameters.bestand_ongeldig", bestand=repr(bestand), fout=repr(exc)),
            veld="bestand",
            waarde=bestand,
        ) from None
    return MappingProxyType(result)


def parameter(bestand: str, naam: str) -> Parameter[Any]:
    """One shipped parameter; an unknown name lists the parameters of the file."""
    params = laad_parameters(bestand)
    try:
        return params[naam]
    except KeyError:
        raise UnknownNameError("parameter", naam, bericht("parameters.soort"), sorted(params)) from None


def parameterversie(bestand: str) -> DatasetVersie:
    """The version of a parameter file, for a result's provenance."""
    return data.bestand(bestand).versie
