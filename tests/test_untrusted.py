"""Untrusted input: no code execution from data anywhere, and loaders take only their own formats.

An AST scan of every module under ``src/asielketen`` fails on ``eval``, ``exec``, ``compile``,
``__import__``, ``breakpoint``; any import of ``pickle``, ``marshal``, ``shelve``, ``dill``,
``cloudpickle``, ``jsonpickle``, ``joblib``, ``ctypes``, ``subprocess``, ``pty`` or ``yaml``;
``os.system``/``os.popen``/``os.exec*``/``os.spawn*``; pandas' pickle readers; and a dynamic
``importlib.import_module`` outside the reviewed places that import only names of their own. The
scanner is itself tested on snippets, so it cannot pass by finding nothing.

The loaders read CSV (and, where documented, JSON); a JSON file given to a CSV loader, CSV given as
JSON, a spreadsheet, a pickle, YAML with a Python tag, or XML is refused with a documented error,
and no payload in such a file runs.
"""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from asielketen.errors import AsielketenError, InvalidInputError, StructureError

from .test_fuzz import LOADERS, Loader

SRC = Path(__file__).resolve().parent.parent / "src" / "asielketen"

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint"}
FORBIDDEN_MODULES = {
    "pickle",
    "_pickle",
    "cPickle",
    "marshal",
    "shelve",
    "dill",
    "cloudpickle",
    "jsonpickle",
    "joblib",
    "ctypes",
    "subprocess",
    "pty",
    "yaml",
}
FORBIDDEN_ATTRIBUTES = {
    ("os", "system"),
    ("os", "popen"),
    ("os", "startfile"),
    ("yaml", "load"),
    ("yaml", "unsafe_load"),
    ("importlib", "__import__"),
}
FORBIDDEN_ATTRIBUTE_PREFIXES = {("os", "exec"), ("os", "spawn"), ("os", "posix_spawn")}
FORBIDDEN_METHODS = {"read_pickle", "to_pickle"}
"""Methods whose name alone is enough (pandas' pickle readers and writers, on any object)."""

REVIEWED_DYNAMIC_IMPORTS = {
    ("__init__.py", "__getattr__"): "a module named in the constant _LAZY table",
    ("_extra.py", "importeer"): "an extra's package, named by the calling module (pandas, matplotlib)",
    ("__init__.py", "berichten_van"): "a part of the catalogue, only one of modules(): the package's own",
    ("schema.py", "_publieke_modules"): "the package's own modules, from pkgutil.walk_packages",
    ("_verouderd.py", "__getattr__"): "asielketen.spreidingswet or one of its modules named in the constant "
    "_CONSTANTEN table (deprecated module paths)",
    ("_openbaar.py", "laad"): "a private module of the package, named in the package's constant _NAMEN table",
    ("cli.py", "_bouw"): "asielketen._cli.<name> for names of the constant SUBCOMMANDS only",
}
"""Where ``importlib.import_module`` takes a computed name, and why no user input reaches it."""

REVIEWED_EVAL = {
    ("_openbaar.py", "_hints"): "the annotation texts of the package's own classes (its source code, "
    "as typing.get_type_hints evaluates them), compiled once per text; never user input",
    ("_snel.py", "compileer"): "the converter's fast function for an attrs class, as attrs and "
    "cattrs write theirs: source of fixed lines, the class's field names (checked Python names) and "
    "generated ones; every object is bound in the function's own namespace; no document reaches it",
}
"""Where ``compile``/``eval`` run, and why no user input reaches them (issue 18)."""


def scan(source: str, naam: str) -> list[str]:
    """Every forbidden construct in ``source`` (a module called ``naam``), one line each."""
    tree = ast.parse(source, filename=naam)
    gevonden: list[str] = []
    functie_van: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for kind in ast.walk(node):
                functie_van.setdefault(id(kind), node.name)
    aliassen: dict[str, str] = {}  # local name -> module it stands for ("import os as o")

    def waar(node: ast.AST) -> str:
        return f"{naam}:{getattr(node, 'lineno', '?')}"

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                aliassen[alias.asname or top] = alias.name
                if top in FORBIDDEN_MODULES:
                    gevonden.append(f"{waar(node)}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            top = module.split(".")[0]
            if node.level == 0 and top in FORBIDDEN_MODULES:
                gevonden.append(f"{waar(node)}: from {module} import …")
            for alias in node.names:
                if node.level == 0 and (top, alias.name) in FORBIDDEN_ATTRIBUTES:
                    gevonden.append(f"{waar(node)}: from {module} import {alias.name}")
                if node.level == 0 and any(
                    top == m and alias.name.startswith(p) for m, p in FORBIDDEN_ATTRIBUTE_PREFIXES
                ):
                    gevonden.append(f"{waar(node)}: from {module} import {alias.name}")
                if alias.name in FORBIDDEN_CALLS:
                    gevonden.append(f"{waar(node)}: from {module} import {alias.name}")
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_CALLS:
            if (Path(naam).name, functie_van.get(id(node), "<module>")) not in REVIEWED_EVAL:
                gevonden.append(f"{waar(node)}: {node.id}")
        elif isinstance(node, ast.Attribute):
            basis = node.value.id if isinstance(node.value, ast.Name) else None
            van = aliassen.get(basis, basis) if basis is not None else None
            if node.attr in FORBIDDEN_METHODS:
                gevonden.append(f"{waar(node)}: .{node.attr}")
            if van is not None:
                top = van.split(".")[0]
                if (top, node.attr) in FORBIDDEN_ATTRIBUTES or any(
                    top == m and node.attr.startswith(p) for m, p in FORBIDDEN_ATTRIBUTE_PREFIXES
                ):
                    gevonden.append(f"{waar(node)}: {van}.{node.attr}")
                if van in ("builtins", "__builtins__") and node.attr in FORBIDDEN_CALLS:
                    gevonden.append(f"{waar(node)}: {van}.{node.attr}")
        if isinstance(node, ast.Call) and _is_import_module(node, aliassen):
            argument = node.args[0] if node.args else None
            constant = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            plek = (Path(naam).name, functie_van.get(id(node), "<module>"))
            if not constant and plek not in REVIEWED_DYNAMIC_IMPORTS:
                gevonden.append(f"{waar(node)}: importlib.import_module with a computed name in {plek[1]}")
    return gevonden


def _is_import_module(node: ast.Call, aliassen: dict[str, str]) -> bool:
    f = node.func
    if isinstance(f, ast.Attribute) and f.attr == "import_module" and isinstance(f.value, ast.Name):
        return aliassen.get(f.value.id, f.value.id) == "importlib"
    return isinstance(f, ast.Name) and f.id == "import_module"


def modules() -> list[Path]:
    """Every Python module of the package."""
    return sorted(SRC.rglob("*.py"))


def test_the_scan_covers_the_whole_package() -> None:
    namen = {p.relative_to(SRC).as_posix() for p in modules()}
    assert {"serialization/__init__.py", "cli.py", "data/__init__.py", "spreidingswet/_verdeling.py"} <= namen
    assert len(namen) > 30


@pytest.mark.parametrize("pad", modules(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_code_execution_or_unsafe_deserialisation(pad: Path) -> None:
    assert scan(pad.read_text(encoding="utf-8"), pad.relative_to(SRC).as_posix()) == []


def test_every_reviewed_dynamic_import_still_exists() -> None:
    """The allow-list shrinks with the code: a reviewed place that no longer imports is removed."""
    gezien = set()
    for pad in modules():
        tree = ast.parse(pad.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                for kind in ast.walk(node):
                    if isinstance(kind, ast.Call) and _is_import_module(kind, {"importlib": "importlib"}):
                        gezien.add((pad.name, node.name))
    assert set(REVIEWED_DYNAMIC_IMPORTS) <= gezien


@pytest.mark.parametrize(
    "snippet",
    [
        "eval('1')",
        "x = exec",
        "compile('1', 'f', 'eval')",
        "__import__('os')",
        "import builtins\nbuiltins.eval('1')",
        "import pickle",
        "from pickle import loads",
        "import marshal as m",
        "import shelve",
        "import dill",
        "import subprocess",
        "from subprocess import run",
        "import os\nos.system('ls')",
        "import os as o\no.popen('ls')",
        "import os\nos.execv('/bin/sh', [])",
        "from os import system",
        "import yaml\nyaml.load(s)",
        "import ctypes",
        "frame.read_pickle('x.pkl')",
        "import importlib\ndef f(naam):\n    importlib.import_module(naam)",
        "from importlib import import_module\ndef g(naam):\n    import_module(naam)",
    ],
)
def test_the_scan_finds_each_forbidden_construct(snippet: str) -> None:
    assert scan(snippet, "voorbeeld.py"), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "import re\nre.compile('x')",
        "import importlib\nimportlib.import_module('json')",
        "import json\njson.loads('1')",
        "evaluate = 1",
        "def f(x):\n    return x.evaluate()",
    ],
)
def test_the_scan_lets_harmless_code_pass(snippet: str) -> None:
    assert scan(snippet, "voorbeeld.py") == []


# --------------------------------------------------------------------------------------------
# Loaders take only the formats they document
# --------------------------------------------------------------------------------------------


class _Payload:
    """Unpickling this would create the marker file: proof that nothing unpickles user files."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.touch, (str(self.marker),))


def _formats(loader: Loader, marker: Path) -> dict[str, bytes]:
    rij = {k: "GM0363" if "code" in k else "1" for k in loader.kolommen}
    csv_tekst = ",".join(loader.kolommen) + "\n" + ",".join(rij.values()) + "\n"
    return {
        "JSON rows": json.dumps([rij]).encode(),
        "JSON rows, pretty": json.dumps([rij], indent=2).encode(),
        "JSON object": json.dumps({"rijen": [rij]}).encode(),
        "CSV": csv_tekst.encode(),
        "xlsx (zip)": b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"\x00" * 64 + b"[Content_Types].xml",
        "pickle": pickle.dumps(_Payload(marker)),
        "YAML with a Python tag": f"- !!python/object/apply:os.system ['touch {marker}']\n".encode(),
        "XML": b"<?xml version='1.0'?><rijen><rij gemeentecode='GM0363'/></rijen>",
        "HTML": b"<html><table><tr><td>GM0363</td></tr></table></html>",
    }


@pytest.mark.parametrize("loader", LOADERS, ids=[lo.naam for lo in LOADERS])
def test_loaders_refuse_formats_they_do_not_document(loader: Loader, tmp_path: Path) -> None:
    marker = tmp_path / "uitgevoerd"
    suffixes = [".csv", ".json", ".xlsx", ".pkl", ".yaml", ".xml", ""]
    leest_json = loader.json_type is not None
    for naam, inhoud in _formats(loader, marker).items():
        for suffix in suffixes:
            if naam == "CSV" and not (suffix == ".json" and leest_json):
                continue  # CSV is what every loader documents, whatever the file is called
            if naam.startswith("JSON") and suffix == ".json" and leest_json:
                continue  # documented JSON (wrong content in it is the fuzz tests' business)
            pad = tmp_path / f"invoer{suffix}"
            pad.write_bytes(inhoud)
            with pytest.raises(AsielketenError) as exc:
                loader.lees(pad)
            assert isinstance(exc.value, StructureError | InvalidInputError), (naam, suffix, exc.value)
    assert not marker.exists(), "a loader executed a payload"
