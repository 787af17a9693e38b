"""The public surface: __all__, docstrings, and an import that reads no data."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import asielketen
from asielketen._lazy import _LAZY

PUBLIC_MODULES = [
    "asielketen.errors",
    "asielketen.sources",
    "asielketen.periods",
    "asielketen.explain",
    "asielketen.serialization",
    "asielketen.data",
    "asielketen.bronregister",
    "asielketen.parameters",
    "asielketen.gebied",
    "asielketen.profiel",
    "asielketen.apportion",
    "asielketen.spreidingswet",
    "asielketen.nareizigers",
    "asielketen.statushouders",
    "asielketen.opvang",
    "asielketen.strategies",
    "asielketen.oekraine",
    "asielketen.cli",
    "asielketen.schema",
    "asielketen.taal",
    "asielketen.frames",
    "asielketen.plot",
    "asielketen.api",
    "asielketen.sweep",
]

PUBLIC_PARTS: dict[str, list[str]] = {
    # public parts of a public package (named in its docstring) whose every name the package
    # re-exports, so the package's reference page documents them. None today: the former public
    # modules of asielketen.spreidingswet are private (ADR 0007; their old paths are deprecated).
}


def test_all_names_resolve_and_nothing_else_is_public() -> None:
    for name in asielketen.__all__:
        assert getattr(asielketen, name) is not None
    for mod_name in PUBLIC_MODULES:  # submodules become attributes of the package once imported
        importlib.import_module(mod_name)
    public = {
        n
        for n in dir(asielketen)
        if not n.startswith("_") and not inspect.ismodule(getattr(asielketen, n))  # not a submodule
    } - {"annotations", "importlib", "TYPE_CHECKING", "Any"}  # the module's own imports
    assert public == set(asielketen.__all__) - {"__version__"}


def test_every_public_name_has_a_docstring() -> None:
    missing = []
    for mod_name in ["asielketen", *PUBLIC_MODULES]:
        mod = importlib.import_module(mod_name)
        assert mod.__doc__, mod_name
        for name in getattr(mod, "__all__", []):
            obj = inspect.unwrap(getattr(mod, name)) if callable(getattr(mod, name)) else getattr(mod, name)
            if inspect.isclass(obj) or inspect.isfunction(obj):
                if not inspect.getdoc(obj):
                    missing.append(f"{mod_name}.{name}")
                if inspect.isclass(obj):
                    for attr, member in vars(obj).items():
                        if attr.startswith("_") or not (
                            inspect.isfunction(member) or isinstance(member, property)
                        ):
                            continue
                        if not inspect.getdoc(member):
                            missing.append(f"{mod_name}.{name}.{attr}")
    assert missing == []


def test_import_reads_no_data_and_stays_small() -> None:
    code = (
        "import sys, asielketen\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('asielketen'))\n"
        "assert loaded == ['asielketen', 'asielketen._lazy', 'asielketen._version'], loaded\n"
        "from asielketen import *\n"
        "import asielketen.data as d, asielketen.gebied as g\n"
        "assert d.lees_bytes.cache_info().currsize == 0\n"
        "assert g.register.cache_info().currsize == 0\n"
        "assert 'pandas' not in sys.modules and 'matplotlib' not in sys.modules\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def _init_source() -> tuple[ast.Module, list[str]]:
    path = Path(asielketen.__file__)
    text = path.read_text(encoding="utf-8")
    return ast.parse(text), text.splitlines()


def _all_groups(lines: list[str]) -> dict[str, list[str]]:
    """``__all__`` of ``asielketen/__init__.py`` as its commented groups (comment → names)."""
    start = next(i for i, line in enumerate(lines) if line.startswith("__all__ = ["))
    groups: dict[str, list[str]] = {"": []}
    current = ""
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if stripped == "]":
            break
        if stripped.startswith("#"):
            current = stripped.lstrip("# ")
            groups[current] = []
        else:
            groups[current].append(ast.literal_eval(stripped.rstrip(",")))
    return groups


def _isort_key(name: str) -> tuple[int, str]:
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def test_all_is_curated_and_agrees_with_lazy_and_type_checking() -> None:
    tree, lines = _init_source()
    groups = _all_groups(lines)
    assert groups.pop("") == ["__version__"]
    assert len(groups) >= 10  # one per domain
    for title, names in groups.items():
        assert names == sorted(names, key=_isort_key), f"group {title!r} is not sorted"
    flat = ["__version__", *(n for names in groups.values() for n in names)]
    assert flat == list(asielketen.__all__)
    assert len(flat) == len(set(flat)), "a name is listed twice"

    checked = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
    )
    imported: dict[str, str] = {}
    for node in ast.walk(checked):
        if isinstance(node, ast.ImportFrom) and node.module != "typing":  # Any, for an annotation
            for alias in node.names:
                assert alias.asname is None, alias.name
                imported[alias.name] = str(node.module)
    lazy = _LAZY
    assert asielketen._LAZY is _LAZY  # type: ignore[attr-defined]  # the package's own name for it
    assert set(imported) == set(lazy) == set(flat) - {"__version__"}
    # each name comes from the module _LAZY names (or a part of it, for a function that shares a
    # submodule's name)
    assert {n: m.split(".")[0] for n, m in imported.items()} == lazy


def test_every_module_is_public_or_private() -> None:
    import pkgutil

    found = {
        m.name
        for m in pkgutil.walk_packages(asielketen.__path__, prefix="asielketen.", onerror=lambda _: None)
    }
    parts = [f"{package}.{part}" for package, names in PUBLIC_PARTS.items() for part in names]
    neither = sorted(
        name
        for name in found
        if name not in {*PUBLIC_MODULES, *parts} and not any(p.startswith("_") for p in name.split("."))
    )
    assert neither == [], "list the module in PUBLIC_MODULES or start its name with '_'"
    assert set(PUBLIC_MODULES) | set(parts) <= found
    for name in [*PUBLIC_MODULES, *parts]:
        module = importlib.import_module(name)
        assert module.__doc__ and isinstance(getattr(module, "__all__", None), list), name
        for export in module.__all__:
            assert hasattr(module, export), f"{name}.{export}"
    for package, names in PUBLIC_PARTS.items():
        assert package in PUBLIC_MODULES
        package_doc = str(importlib.import_module(package).__doc__)
        exported = set(importlib.import_module(package).__all__)
        for part in names:
            assert f":mod:`.{part}`" in package_doc, f"{package}.{part} is not named in its docstring"
            assert set(importlib.import_module(f"{package}.{part}").__all__) <= exported, part


def test_spreidingswet_main_names_are_top_level_except_the_clashing_ones() -> None:
    from asielketen import spreidingswet, statushouders

    for name in ("verdeel", "raming", "cyclus_op", "Spreiding", "Verdeelbesluit", "stand", "escalatie"):
        assert getattr(asielketen, name) is getattr(spreidingswet, name)
    assert callable(asielketen.raming) and callable(asielketen.escalatie)  # not the submodules
    # the same spelling in two domains: module-only (docs/stability.md)
    for name in ("Realisatie", "Toewijzing", "uitleg_gemeente"):
        assert getattr(spreidingswet, name) is not getattr(statushouders, name)
        assert name not in asielketen.__all__
