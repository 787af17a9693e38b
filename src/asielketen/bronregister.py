"""The registry of every source asielketen cites (shipped as ``data/bronnen.json``).

Rules cite sources by id; the registry gives the typed :data:`~asielketen.sources.Bron`.
Loaded lazily on first use and checked against the data manifest. The sources are frozen and
shared by every caller.

>>> bron("VNG-2025-10-13").kenmerk
'U20250645, Lbr. 25/046'
>>> bron("huisvestingswet.art29.lid1").url
'https://wetten.overheid.nl/BWBR0035303/2026-01-01#Artikel29'
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from . import data
from .errors import DataIntegrityError, StructureError, UnknownNameError
from .explain import DatasetVersie
from .serialization import structure
from .sources import Bron
from .taal import bericht

__all__ = ["alle_bronnen", "bron", "bronnen_versie"]

_BESTAND = "bronnen.json"


@cache
def _index() -> Mapping[str, Bron]:
    try:
        # the checked bytes, parsed here: the converter gets the shapes of json.loads (it must tell
        # an object from an array), and nothing shared is thawed or copied
        raw = json.loads(data.lees_bytes(_BESTAND))
        bronnen = structure(raw["bronnen"], list[Bron], veld=_BESTAND)
    except (StructureError, KeyError, TypeError, ValueError, RecursionError) as exc:
        fout = exc.bericht if isinstance(exc, StructureError) else str(exc)
        raise DataIntegrityError(
            bericht("bronnen.register_past_niet", bestand=_BESTAND, fout=fout),
            veld="bestand",
            waarde=_BESTAND,
        ) from None
    index: dict[str, Bron] = {}
    for b in bronnen:
        if b.id in index:
            raise DataIntegrityError(
                bericht("bronnen.register_dubbel", bestand=_BESTAND, id=repr(b.id)),
                veld="bestand",
                waarde=_BESTAND,
            )
        index[b.id] = b
    return MappingProxyType(index)  # the sources themselves are frozen, with tuple fields


def bron(id: str) -> Bron:
    """The source with this id; an unknown id raises :class:`UnknownNameError` with close ids."""
    index = _index()
    try:
        return index[id]
    except (KeyError, TypeError):
        close = difflib.get_close_matches(str(id), list(index), n=3, cutoff=0.5)
        raise UnknownNameError("bron", id, bericht("bronnen.soort"), close) from None


def alle_bronnen() -> tuple[Bron, ...]:
    """Every registered source, in registry order."""
    return tuple(_index().values())


def bronnen_versie() -> DatasetVersie:
    """The version of the source registry file, for a result's provenance."""
    return data.bestand(_BESTAND).versie
