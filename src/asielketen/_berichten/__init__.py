"""The message catalogue: every sentence asielketen writes, in Dutch and English.

One module per part of the library (``algemeen``, ``spreidingswet``, ``statushouders`` …), each with
a ``BERICHTEN`` dict mapping a key to its ``(nl, en)`` templates (``str.format`` placeholders, the
same names in both). Keys start with the module's name, so they never collide; the tests check
that every key is used, exists in every language with the same placeholders, and is unique.
Loaded on the first :func:`asielketen.taal.bericht` call, never at import of ``asielketen``.
"""

from __future__ import annotations

import importlib
import pkgutil

__all__ = ["alle_berichten", "modules"]


def modules() -> tuple[str, ...]:
    """The names of the catalogue's modules, sorted."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


def alle_berichten() -> dict[str, tuple[str, ...]]:
    """Every key of every catalogue module → its templates (``nl``, ``en``)."""
    alles: dict[str, tuple[str, ...]] = {}
    for naam in modules():
        berichten: dict[str, tuple[str, str]] = importlib.import_module(f".{naam}", __name__).BERICHTEN
        for sleutel, sjablonen in berichten.items():
            if not sleutel.startswith(naam + ".") or sleutel in alles:
                raise LookupError(f"catalogus {naam}: sleutel {sleutel!r} dubbel of niet in {naam!r}")
            alles[sleutel] = sjablonen
    return alles
