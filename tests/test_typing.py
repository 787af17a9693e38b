"""Downstream type test: the public API type-checks for a user, and wrong uses fail (``tests/typing``).

As py-moneyed's typing tests do, but without a plugin: ``tests/typing/downstream.py`` uses the API as
a pinning project would and must pass ``mypy --strict``; ``tests/typing/wrong.py`` holds wrong calls,
each marked ``# type: ignore[<code>]`` with the error mypy must give, checked with
``--warn-unused-ignores``: a wrong call that stops failing (or fails differently) fails this test.
"""

from __future__ import annotations

import ast
import re
import tokenize
from pathlib import Path

import pytest

from .typing import downstream

TYPING = Path(__file__).parent / "typing"
IGNORE = re.compile(r"#\s*type:\s*ignore\[[a-z-]+(,\s*[a-z-]+)*\]")


def _ignored_lines(path: Path) -> dict[int, str]:
    """Line number → the ``type: ignore[...]`` comment on it."""
    with path.open("rb") as f:
        tokens = tokenize.tokenize(f.readline)
        return {
            t.start[0]: t.string for t in tokens if t.type == tokenize.COMMENT and IGNORE.search(t.string)
        }


def test_every_wrong_statement_is_marked() -> None:
    path = TYPING / "wrong.py"
    ignored = _ignored_lines(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrong: list[int] = []
    for func in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        for stmt in func.body[1:] if ast.get_docstring(func) else func.body:
            # a statement that sets up a wrong call (t = …) is fine unmarked; one that is wrong is marked
            if stmt.lineno in ignored:
                wrong.append(stmt.lineno)
            else:
                assert isinstance(stmt, ast.Assign), f"wrong.py:{stmt.lineno} is neither set-up nor marked"
    assert len(wrong) >= 15
    assert len(wrong) == len(ignored)  # no ignore comment outside a statement of a function
    codes = {c for comment in ignored.values() for c in re.findall(r"[a-z-]+(?=[\],])", comment)}
    assert {"arg-type", "call-arg", "attr-defined", "assignment", "misc"} <= codes


def test_downstream_passes_and_wrong_calls_fail_mypy_strict() -> None:
    api = pytest.importorskip("mypy.api")
    out, err, status = api.run(
        [
            "--strict",
            "--warn-unused-ignores",
            "--show-error-codes",
            "--no-error-summary",
            str(TYPING / "downstream.py"),
            str(TYPING / "wrong.py"),
        ]
    )
    assert (status, out, err) == (0, "", "")


def test_downstream_runs() -> None:
    seen = downstream.main()
    assert seen["inwoners"] == 48224  # Het Hogeland, CBS 1 January 2024
    assert seen["taakstelling"] == 35  # 2025-H2 (see docs/statushouders.md)
    bronnen = seen["bronnen"]
    # the text in force when 2025-H2 began (citations are versioned per half-year)
    assert isinstance(bronnen, list) and "huisvestingswet.art29.lid1.2025-07-01" in bronnen
