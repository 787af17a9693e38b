"""Where a class is defined: its module, its ``class`` statement, its field docstrings and type hints.

A public class defined in a private module of a package names the package as its ``__module__``
(``asielketen.oekraine``, see docs/adr/0007-domeinpakketten.md), so neither
``inspect.getsource(klasse)`` nor ``typing.get_type_hints(klasse)`` finds it by that name alone: the
class is looked up in the module it names and then in the modules inside that package that hold it.
"""

from __future__ import annotations

import ast
import functools
import inspect
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any, get_type_hints

import attrs


def definierende_module(klasse: type) -> ModuleType | None:
    """The module whose source defines ``klasse`` (None when no module with its source has it)."""
    gevonden = _definitie(klasse)
    return None if gevonden is None else gevonden[0]


def typehints(klasse: type) -> dict[str, Any]:
    """``typing.get_type_hints(klasse)``, resolved in the modules that define it and its bases."""
    try:
        return get_type_hints(klasse)
    except NameError:  # a name of the defining module that the public package does not import
        namen: dict[str, Any] = {}
        for basis in reversed(klasse.__mro__):
            module = definierende_module(basis)
            if module is not None:
                namen.update(vars(module))
        return get_type_hints(klasse, globalns=namen, localns=namen)


@functools.cache
def velddocs(cls: type) -> dict[str, str]:
    """The attribute docstrings (the string literal after a field) of ``cls`` and its bases."""
    docs: dict[str, str] = {}
    for klasse in reversed(cls.__mro__):
        if not attrs.has(klasse):
            continue
        gevonden = _definitie(klasse)
        if gevonden is None:  # pragma: no cover - no source (e.g. a zipapp)
            continue
        definitie = gevonden[1]
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


def _definitie(klasse: type) -> tuple[ModuleType, ast.ClassDef] | None:
    """The defining module of ``klasse`` and its ``class`` statement there, or None."""
    for module in _modules_van(klasse):
        boom = _boom(module.__name__)
        if boom is None:  # pragma: no cover - no source (e.g. a zipapp)
            continue
        definitie = _zoek(boom, klasse.__qualname__.split("."))
        if definitie is not None:
            return module, definitie
    return None


def _modules_van(klasse: type) -> Iterator[ModuleType]:
    """The module ``klasse`` names, then the (imported) modules inside it that hold ``klasse``."""
    naam = klasse.__module__
    eigen = sys.modules.get(naam)
    if eigen is not None:
        yield eigen
    binnen = sorted((n, m) for n, m in list(sys.modules.items()) if n.startswith(naam + "."))
    for _, module in binnen:
        if isinstance(module, ModuleType) and vars(module).get(klasse.__name__) is klasse:
            yield module


@functools.cache
def _boom(modulenaam: str) -> ast.Module | None:
    """The parsed source of a module (cached: modules do not change while the program runs)."""
    try:
        return ast.parse(inspect.getsource(sys.modules[modulenaam]))
    except (OSError, TypeError, SyntaxError, KeyError):  # pragma: no cover - no source
        return None


def _zoek(boom: ast.Module | ast.ClassDef, pad: list[str]) -> ast.ClassDef | None:
    """The class statement at ``pad`` (a qualified name, split) among the statements of ``boom``."""
    for knoop in boom.body:
        if isinstance(knoop, ast.ClassDef) and knoop.name == pad[0]:
            return knoop if len(pad) == 1 else _zoek(knoop, pad[1:])
    return None
