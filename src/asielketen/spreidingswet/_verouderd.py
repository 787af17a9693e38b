"""The former public modules of the package (``asielketen.spreidingswet.verdeling`` …), deprecated.

Until issue 15 the package had public submodules, so ``spreidingswet.raming`` was a module and a
function. Its modules are private now (ADR 0007); the old module paths keep working for at least
one minor release, each use with a ``DeprecationWarning`` naming the new path:

* ``from asielketen.spreidingswet.verdeling import verdeel`` (and ``import … as``,
  ``importlib.import_module``, ``from … import *``): each module is an :class:`OudeModule` placed
  in ``sys.modules`` when the package is imported — no file, so no tool lists it as a public
  module — whose former public names come from the package;
* ``spreidingswet.verdeling`` (an attribute of the package): the package's ``__getattr__`` gives
  the same module object.

``spreidingswet.raming`` and ``spreidingswet.escalatie`` stay the *functions*, also after an
import of ``asielketen.spreidingswet.raming``: the import system sets a package's attribute only
when it loads a submodule itself, never for one that is in ``sys.modules`` already (and a
submodule file ``raming.py`` would rebind the attribute after its body ran, too late to undo).
"""

from __future__ import annotations

import importlib
import sys
import warnings
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

__all__ = ["OUDE_MODULES", "OudeModule", "installeer", "oude_module"]

PAKKET = "asielketen.spreidingswet"

OUDE_MODULES: dict[str, tuple[str, ...]] = {
    "escalatie": ("Escalatiefeiten", "Escalatiestand", "Trede", "escalatie"),
    "raming": ("Raming", "Termijnen", "cyclus_op", "raming", "termijnen"),
    "realisatie": (
        "Aftrek",
        "DuurzameLocatie",
        "Realisatie",
        "Stand",
        "StandGemeente",
        "StandProvincie",
        "Toewijzing",
        "Uitruil",
        "Verdeelbesluit",
        "aftrek_duurzaam",
        "lees_realisaties",
        "lees_verdeelbesluiten",
        "stand",
    ),
    "uitkering": (
        "Aandeel",
        "AangebodenPlaatsen",
        "Fase",
        "Uitkering75",
        "UitkeringDuurzaam",
        "uitkering_75",
        "uitkering_duurzaam",
    ),
    "verdeling": (
        "GemeenteVerdeling",
        "Methode",
        "ProvincieVerdeling",
        "SesScore",
        "SesWoa",
        "Sleutel",
        "Spreiding",
        "lees_ses_csv",
        "uitleg_gemeente",
        "verdeel",
        "verdeel_aantallen",
        "wegingsgewichten",
    ),
    "vergelijking": ("Vergelijking", "vergelijk_gepubliceerd"),
}
"""Each former public module → its ``__all__``, every name of which the package exports."""

_CONSTANTEN = {
    ("verdeling", "GROOTSTE_GEWICHT"): "_sleutel",
    ("uitkering", "CENT"): "_uitkering",
}
"""Documented constants of the former modules that are not in the package's ``__all__``: they are
given from the private module that holds them now (with a warning that they are private)."""


class OudeModule(ModuleType):
    """A former public module of the package: its public names, each with a ``DeprecationWarning``."""

    def __init__(self, naam: str) -> None:
        super().__init__(f"{PAKKET}.{naam}", f"Deprecated: import from {PAKKET} instead.")
        self.__spec__ = ModuleSpec(self.__name__, None)
        self.__package__ = PAKKET
        self.__all__ = list(OUDE_MODULES[naam])

    def __getattr__(self, naam: str) -> Any:
        kort = self.__name__.rpartition(".")[2]
        if naam in OUDE_MODULES[kort]:
            warnings.warn(
                f"{self.__name__} is deprecated: import {naam} from {PAKKET}",
                DeprecationWarning,
                stacklevel=2,
            )
            return getattr(importlib.import_module(PAKKET), naam)
        thuis = _CONSTANTEN.get((kort, naam))
        if thuis is not None:
            warnings.warn(
                f"{self.__name__}.{naam} is deprecated and private from now on ({PAKKET}.{thuis}.{naam})",
                DeprecationWarning,
                stacklevel=2,
            )
            return getattr(importlib.import_module(f"{PAKKET}.{thuis}"), naam)
        raise AttributeError(f"module {self.__name__!r} has no attribute {naam!r}")

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self.__all__})


def oude_module(naam: str) -> OudeModule:
    """The former module ``naam`` (``"verdeling"`` …), with a ``DeprecationWarning`` (the package's
    ``__getattr__``); an ``AttributeError`` for any other name."""
    if naam not in OUDE_MODULES:
        raise AttributeError(f"module {PAKKET!r} has no attribute {naam!r}")
    warnings.warn(
        f"{PAKKET}.{naam} is deprecated: import its names from {PAKKET}", DeprecationWarning, stacklevel=3
    )
    module = sys.modules[f"{PAKKET}.{naam}"]
    assert isinstance(module, OudeModule)
    return module


def installeer() -> None:
    """Put every former module in ``sys.modules`` (called once, by the package's ``__init__``)."""
    for naam in OUDE_MODULES:
        sys.modules.setdefault(f"{PAKKET}.{naam}", OudeModule(naam))
