"""The layering of ARCHITECTURE.md, read from the source: no import cycle, the core below the face.

The import graph is built from the AST of every module under ``src/asielketen``: module-level and
function-level ``import``/``from … import`` alike (also those under ``if TYPE_CHECKING:``), relative
imports resolved. An edge goes to the module named and, for a module inside a package, to the
packages it lies in (importing ``a.b._c`` runs ``a/b/__init__``), except the importer's own
packages: ``from . import _zus`` inside a package is an edge to the sibling ``_zus`` only, so a
package's ``__init__`` may import its private submodules and those may import each other (without
a circle). ``from . import naam`` where ``naam`` is not a module is an edge to the package's
``__init__``: a submodule that takes public names from its own package is a cycle, and fails.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path

import pytest

import asielketen

SRC = Path(asielketen.__file__).resolve().parent
ROOT = "asielketen"

# -- the graph -------------------------------------------------------------------------------------


def _modules(src: Path, root: str) -> dict[str, Path]:
    """Every module under ``src`` (a package named ``root``): dotted name → file."""
    found: dict[str, Path] = {}
    for path in sorted(src.rglob("*.py")):
        parts = [root, *path.relative_to(src).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _imported(
    name: str, path: Path, tree: ast.Module, modules: Collection[str]
) -> Iterator[tuple[str, ast.stmt]]:
    """Every module an ``import`` statement of the module ``name`` imports, resolved.

    ``from pkg import x`` imports the module ``pkg.x`` if there is one, else ``pkg`` itself (``x``
    is a name defined there); other packages' modules are named as written (``json``, ``pandas``).
    """
    package = name if _is_package(path) else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                module = ".".join(
                    parts[: len(parts) - node.level + 1] + ([node.module] if node.module else [])
                )
            else:
                module = node.module or ""
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                yield (sub if sub in modules else module), node


def _packages_of(name: str) -> list[str]:
    """The packages ``name`` lies in, outermost first (``a.b.c`` → ``a``, ``a.b``)."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def import_graph(src: Path, root: str) -> dict[str, set[str]]:
    """Module → the modules of the package it imports (see the module docstring for the rules)."""
    modules = _modules(src, root)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        own = {*_packages_of(name), name}
        targets: set[str] = set()
        for module, _ in _imported(name, path, tree, modules):
            if module in modules:
                targets.add(module)
                targets.update(p for p in _packages_of(module) if p not in own and p != root)
        graph[name] = targets - {name}
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, todo = work[-1]
            step = next(todo, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph.get(step, ())))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(SRC, ROOT)


# -- the graph builder finds what is there -------------------------------------------------------


def test_the_builder_resolves_every_kind_of_import(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    files = {
        "__init__.py": (
            "from .sub import Publiek\nTYPE_CHECKING = False\nif TYPE_CHECKING:\n    from . import laag\n"
        ),
        "laag.py": "import json\n",
        "midden.py": "def f():\n    from .laag import x\n    import pkg.sub._a\n",
        "sub/__init__.py": "from ._a import Publiek\n",
        "sub/_a.py": "from . import _b\nfrom .. import laag\n",
        "sub/_b.py": "from ..midden import f\n",
        "sub/_c.py": "from . import Publiek\n",
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    g = import_graph(pkg, "pkg")
    assert g["pkg"] == {"pkg.sub", "pkg.laag"}  # TYPE_CHECKING imports count
    assert g["pkg.laag"] == set()  # the standard library is not ours
    assert g["pkg.midden"] == {"pkg.laag", "pkg.sub", "pkg.sub._a"}  # function level; its package
    assert g["pkg.sub"] == {"pkg.sub._a"}
    assert g["pkg.sub._a"] == {"pkg.sub._b", "pkg.laag"}  # a sibling, not its own __init__
    assert g["pkg.sub._b"] == {"pkg.midden"}
    assert g["pkg.sub._c"] == {"pkg.sub"}  # a public name of its own package: the __init__
    assert cycles(g) == [["pkg.midden", "pkg.sub", "pkg.sub._a", "pkg.sub._b"]]
    (pkg / "sub" / "_b.py").write_text("import json\n", encoding="utf-8")
    (pkg / "sub" / "__init__.py").write_text("from ._c import x\n", encoding="utf-8")
    assert cycles(import_graph(pkg, "pkg")) == [["pkg.sub", "pkg.sub._c"]]


def test_the_graph_holds_the_known_edges(graph: dict[str, set[str]]) -> None:
    assert len(graph) > 60
    assert sum(len(t) for t in graph.values()) > 250
    known = {
        ("asielketen.errors", "asielketen._taalkern"),  # module level, relative
        ("asielketen.taal", "asielketen._catalogus"),
        ("asielketen.gebied._invoer", "asielketen._bestanden"),
        ("asielketen.gebied._meegeleverd", "asielketen.data"),  # ``from .. import data``
        ("asielketen.sources._recht", "asielketen.sources._velden"),
        ("asielketen.gebied", "asielketen.gebied._register"),
        ("asielketen.profiel", "asielketen.gebied"),
        ("asielketen", "asielketen.gebied"),  # under TYPE_CHECKING
        ("asielketen._start", "asielketen.cli"),  # inside a function
    }
    assert {(a, b) for a, b in known if b not in graph.get(a, set())} == set()


# -- the rules -------------------------------------------------------------------------------------

ALLOWED_CYCLES: dict[frozenset[str], str] = {
    frozenset({"asielketen.statushouders._herverdeling", "asielketen.statushouders._tabel"}): (
        "TO REMOVE by the statushouders owner (issue 15, work in progress): _herverdeling imports "
        "_tabel under TYPE_CHECKING while _tabel imports _herverdeling"
    ),
}
"""Known cycles, each naming who removes it; every entry must still occur (no stale entry)."""


def test_no_import_cycle(graph: dict[str, set[str]]) -> None:
    found = [c for c in cycles(graph) if frozenset(c) not in ALLOWED_CYCLES]
    assert found == []
    assert all(frozenset(c) in map(frozenset, cycles(graph)) for c in ALLOWED_CYCLES), "stale entry"


LAYERS: dict[str, int] = {
    # 1 foundations
    "asielketen._version": 1,
    "asielketen._berichten": 1,
    "asielketen._catalogus": 1,
    "asielketen._taalkern": 1,
    "asielketen._openbaar": 1,
    "asielketen._klasse": 1,
    "asielketen._records": 1,  # speed machinery more than one domain uses (zonder_controle)
    "asielketen._validation": 1,  # the one set of input checks: sources checks its fields with it
    "asielketen.taal": 1,
    "asielketen.errors": 1,
    "asielketen.sources": 1,
    # 2 building blocks
    "asielketen.periods": 2,
    "asielketen.explain": 2,
    "asielketen.apportion": 2,
    # 3 data and input
    "asielketen.data": 3,
    "asielketen.parameters": 3,
    "asielketen.bronregister": 3,
    "asielketen.serialization": 3,
    "asielketen._bestanden": 3,
    # 4 geography
    "asielketen.gebied": 4,
    # 5 domain rules (a domain may use another's public package where the law links them)
    "asielketen.spreidingswet": 5,
    "asielketen.statushouders": 5,
    "asielketen.oekraine": 5,
    "asielketen.nareizigers": 5,
    "asielketen.opvang": 5,
    "asielketen.profiel": 5,
    # 6 the face
    "asielketen": 6,
    "asielketen.__main__": 6,
    "asielketen._start": 6,
    "asielketen._lazy": 6,
    "asielketen._extra": 6,
    "asielketen.cli": 6,
    "asielketen._cli": 6,
    "asielketen.strategies": 6,
    "asielketen.frames": 6,
    "asielketen.plot": 6,
    "asielketen.schema": 6,
    "asielketen._schema": 6,
    "asielketen.api": 6,  # the HTTP API (extra api): a face over the command line
    "asielketen.sweep": 6,  # scenario sweeps over the rules; Reeks.to_frame (pandas via _extra)
}
"""The layer of every module (a package's layer holds for every module inside it)."""

FACE_ONLY = ("pandas", "matplotlib", "argparse", "starlette", "uvicorn")
"""Third-party or standard packages only the face (layer 6) may import."""


def _layer(module: str) -> int | None:
    """The layer of ``module``: its own, or its package's (the root's holds for the root only)."""
    for candidate in (module, *reversed(_packages_of(module)[1:])):
        if candidate in LAYERS:
            return LAYERS[candidate]
    return None


def test_every_module_has_a_layer(graph: dict[str, set[str]]) -> None:
    assert sorted(m for m in graph if _layer(m) is None) == []


def test_every_module_imports_only_its_layer_and_below(graph: dict[str, set[str]]) -> None:
    upward = sorted(
        f"{a} (layer {_layer(a)}) imports {b} (layer {_layer(b)})"
        for a, targets in graph.items()
        for b in targets
        if (_layer(b) or 0) > (_layer(a) or 0)
    )
    assert upward == []


def test_the_core_imports_no_extra_and_no_command_line() -> None:
    found = []
    for name, path in _modules(SRC, ROOT).items():
        if (_layer(name) or 6) >= 6:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for module, node in _imported(name, path, tree, ()):
            if module.split(".")[0] in FACE_ONLY:
                found.append(f"{name}:{node.lineno} imports {module}")
    assert sorted(set(found)) == []


# -- no registration at import ---------------------------------------------------------------------

DOMAINS = ("spreidingswet", "statushouders", "oekraine", "nareizigers", "opvang")

ALLOWED_REGISTRATIONS: dict[str, str] = {}
"""Known import-time registrations (module → who removes them); every entry must still occur."""


def _import_time_calls(tree: ast.Module) -> Iterator[ast.expr]:
    """Every call that runs when the module is imported: not inside a function or lambda body
    (decorators and default values of a function do run at import, and so do class bodies). A
    decorator without arguments (``@converter.register_structure_hook``) is its own call."""
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield from (d for d in node.decorator_list if not isinstance(d, ast.Call))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            todo.extend(node.decorator_list)
            todo.extend(node.args.defaults)
            todo.extend(d for d in node.args.kw_defaults if d is not None)
            continue
        if isinstance(node, ast.Lambda):
            todo.extend(node.args.defaults)
            continue
        if isinstance(node, ast.Call):
            yield node
        todo.extend(ast.iter_child_nodes(node))


def _registers_a_hook(call: ast.expr) -> bool:
    func = call.func if isinstance(call, ast.Call) else call
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in ("configure_tagged_union", "include_subclasses") or (
        name.startswith("register_") and "hook" in name
    )


def _registrations(modules: Mapping[str, Path]) -> list[str]:
    found = []
    for name, path in modules.items():
        if not any(name == f"{ROOT}.{d}" or name.startswith(f"{ROOT}.{d}.") for d in DOMAINS):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{name}:{c.lineno}" for c in _import_time_calls(tree) if _registers_a_hook(c)]
    return found


def test_the_registration_check_sees_decorators_and_blocks(tmp_path: Path) -> None:
    pkg = tmp_path / "asielketen"
    (pkg / "opvang").mkdir(parents=True)
    (pkg / "opvang" / "__init__.py").write_text(
        "@converter.register_structure_hook\n"
        "def f(v, t): return v\n"
        "def g():\n"
        "    converter.register_unstructure_hook(int, str)\n"
        "if True:\n"
        "    conv.register_structure_hook_factory(p, h)\n"
        "class K:\n"
        "    configure_tagged_union(U, conv)\n",
        encoding="utf-8",
    )
    (pkg / "schema.py").write_text("converter.register_structure_hook(int, f)\n", encoding="utf-8")
    assert sorted(_registrations(_modules(pkg, ROOT))) == [
        "asielketen.opvang:1",
        "asielketen.opvang:6",
        "asielketen.opvang:8",
    ]


def test_no_domain_module_registers_converter_hooks_at_import() -> None:
    found = _registrations(_modules(SRC, ROOT))
    assert sorted(f for f in found if f.partition(":")[0] not in ALLOWED_REGISTRATIONS) == []
    assert {f.partition(":")[0] for f in found} >= set(ALLOWED_REGISTRATIONS), "stale entry"
