"""Shipped reference data: versioned files with provenance, checked against their manifest.

Every file under ``asielketen/data/`` is listed in ``manifest.json`` with its source, reference
date, licence, status and sha256. Files are read lazily, on first use, never at import; every read
checks the sha256, so a truncated or altered file is a :class:`~asielketen.errors.DataIntegrityError`
naming the file — never a wrong number.

What the readers return is read-only, frozen once when the file is first read and shared by every
caller: :func:`lees_csv` gives a tuple of read-only rows, :func:`lees_json` objects as read-only
mappings (:class:`types.MappingProxyType`) and arrays as tuples. No caller can change what the
next one reads; copy (``dict(row)``, or ``json.loads(lees_bytes(naam))``) to get something to edit.

>>> info = bestand("gemeenten.csv")
>>> info.peildatum, info.rijen
(datetime.date(2024, 1, 1), 342)
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any, TypeVar

from .._klasse import frozen
from ..errors import AsielketenError, DataIntegrityError, UnknownNameError
from ..explain import DatasetVersie
from ..sources import Status
from ..taal import bericht

__all__ = ["Bestandsinfo", "bestand", "bestanden", "lees_bytes", "lees_csv", "lees_json"]

_T = TypeVar("_T")


@frozen(kw_only=True)
class Bestandsinfo:
    """The manifest entry of one shipped data file."""

    naam: str
    """The file name under ``asielketen/data/``."""
    omschrijving: str
    """What the file holds (Dutch)."""
    bron: str | None
    """The id of its source in the source registry (``None`` for the registry itself)."""
    peildatum: date
    """The reference date of the data."""
    licentie: str
    """The licence and required credit."""
    status: Status | None
    """The status of the data as a whole (``None`` where each record has its own)."""
    rijen: int | None
    """The number of data rows (CSV), checked on load."""
    sha256: str
    """The sha256 of the file's bytes."""

    @property
    def versie(self) -> DatasetVersie:
        """The data version to record in a result's :class:`~asielketen.explain.Herkomst`."""
        return DatasetVersie(self.naam, self.peildatum, self.sha256)


_DIR = os.path.dirname(os.path.abspath(__file__))


def _raw(naam: str) -> bytes:
    try:
        with open(os.path.join(_DIR, naam), "rb") as f:
            return f.read()
    except OSError as exc:
        raise DataIntegrityError(
            bericht("data.ontbreekt", naam=repr(naam), fout=exc.__class__.__name__),
            veld="bestand",
            waarde=naam,
        ) from None


@cache
def _manifest() -> Mapping[str, Bestandsinfo]:
    try:
        data: dict[str, Any] = json.loads(_raw("manifest.json"))
        result = {}
        for naam, entry in data["bestanden"].items():
            result[naam] = Bestandsinfo(
                naam=naam,
                omschrijving=entry["omschrijving"],
                bron=entry["bron"],
                peildatum=date.fromisoformat(entry["peildatum"]),
                licentie=entry["licentie"],
                status=None if entry["status"] is None else Status(entry["status"]),
                rijen=entry["rijen"],
                sha256=entry["sha256"],
            )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise DataIntegrityError(
            bericht("data.manifest", fout=repr(exc)),
            veld="bestand",
            waarde="manifest.json",
        ) from None
    return MappingProxyType(result)


def bestanden() -> tuple[Bestandsinfo, ...]:
    """The manifest entries of all shipped data files."""
    return tuple(_manifest().values())


def bestand(naam: str) -> Bestandsinfo:
    """The manifest entry of one shipped data file."""
    try:
        return _manifest()[naam]
    except KeyError:
        raise UnknownNameError("bestand", naam, bericht("data.soort"), sorted(_manifest())) from None


@cache
def lees_bytes(naam: str) -> bytes:
    """The bytes of a shipped data file, after checking them against the manifest's sha256."""
    info = bestand(naam)
    data = _raw(naam)
    digest = hashlib.sha256(data).hexdigest()
    if digest != info.sha256:
        raise DataIntegrityError(
            bericht("data.sha256", naam=repr(naam), gevonden=digest[:12], verwacht=info.sha256[:12]),
            veld="bestand",
            waarde=naam,
        )
    return data


def _bevries(waarde: Any) -> Any:
    """A read-only deep copy of parsed JSON or CSV: objects become read-only mappings
    (:class:`types.MappingProxyType`), lists tuples; strings, numbers, booleans and ``None`` stay.

    >>> rij = _bevries({"a": [1, {"b": 2}]})
    >>> rij["a"][1]["b"], type(rij["a"]).__name__
    (2, 'tuple')
    >>> rij["a"] = 3
    Traceback (most recent call last):
    ...
    TypeError: 'mappingproxy' object does not support item assignment
    """
    if isinstance(waarde, dict | MappingProxyType):
        return MappingProxyType({k: _bevries(v) for k, v in waarde.items()})
    if isinstance(waarde, list | tuple):
        return tuple(_bevries(v) for v in waarde)
    return waarde


def _ontdooi(waarde: Any) -> Any:
    """A plain, mutable copy of frozen content (read-only mappings → dicts, tuples → lists): the
    exact shapes ``json.loads`` gives, e.g. for the converter, which refuses an object for a list."""
    if isinstance(waarde, Mapping):
        return {k: _ontdooi(v) for k, v in waarde.items()}
    if isinstance(waarde, tuple):
        return [_ontdooi(v) for v in waarde]
    return waarde


_BEVROREN: dict[tuple[str, str], tuple[bytes, Any]] = {}
"""(reader, file) → (the checked bytes it was read from, the frozen content). Keyed on the bytes
object of :func:`lees_bytes`' cache, so clearing that cache (a test tampering with a file) also
re-reads and re-checks the content."""


def _bevroren(lezer: str, naam: str, lees: Callable[[bytes], _T]) -> _T:
    ruw = lees_bytes(naam)
    bekend = _BEVROREN.get((lezer, naam))
    if bekend is not None and bekend[0] is ruw:
        eerder: _T = bekend[1]
        return eerder
    inhoud = lees(ruw)
    _BEVROREN[(lezer, naam)] = (ruw, inhoud)
    return inhoud


def lees_csv(naam: str) -> tuple[Mapping[str, str], ...]:
    """The rows of a shipped CSV file as read-only mappings, checked against the manifest (sha256,
    row count). Read once and shared: ``dict(row)`` gives a row to edit."""
    return _bevroren("csv", naam, lambda ruw: _csv_rijen(naam, ruw))


def _csv_rijen(naam: str, ruw: bytes) -> tuple[Mapping[str, str], ...]:
    info = bestand(naam)
    try:
        rows = tuple(csv.DictReader(io.StringIO(ruw.decode("utf-8"))))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise DataIntegrityError(
            bericht("data.csv", naam=repr(naam), fout=exc), veld="bestand", waarde=naam
        ) from None
    if info.rijen is not None and len(rows) != info.rijen:
        raise DataIntegrityError(
            bericht("data.rijen", naam=repr(naam), rijen=len(rows), verwacht=info.rijen),
            veld="bestand",
            waarde=naam,
        )
    # a cell is a str (None or a list in a malformed row: frozen as well); each row's dict is new
    return tuple(
        MappingProxyType(row)
        if all(type(v) is str for v in row.values())
        else MappingProxyType({k: _bevries(v) for k, v in row.items()})
        for row in rows
    )


@contextmanager
def _inhoud(naam: str) -> Iterator[None]:
    """Turn any failure to read the content of shipped file ``naam`` into a DataIntegrityError.

    For the readers of the shipped files: a file that matches its manifest can still be malformed
    (a careless edit, after which ``_build`` updated the sha256); a missing column or a cell that
    is not a number then names the file instead of raising a bare KeyError or ValueError.
    """
    try:
        yield
    except DataIntegrityError:
        raise
    except (KeyError, IndexError, ValueError, TypeError, AttributeError, AsielketenError) as exc:
        raise DataIntegrityError(
            bericht("data.inhoud", naam=repr(naam), fout=repr(exc)), veld="bestand", waarde=naam
        ) from None


def lees_json(naam: str) -> Any:
    """The parsed content of a shipped JSON file, checked against the manifest, read-only: objects
    are read-only mappings (``MappingProxyType``), arrays tuples. Read once and shared."""
    return _bevroren("json", naam, lambda ruw: _json(naam, ruw))


def _json(naam: str, ruw: bytes) -> Any:
    try:
        return _bevries(json.loads(ruw))
    except (ValueError, RecursionError) as exc:  # also too deeply nested, or an int of > 4300 digits
        raise DataIntegrityError(
            bericht("data.json", naam=repr(naam), fout=exc), veld="bestand", waarde=naam
        ) from None
