"""Repository-level pytest configuration: doc pages that need an optional extra.

``docs/frames.md`` runs its ``>>>`` examples with pandas (extra ``pandas``). Where that extra is not
installed — a core-only environment (``pip install -e '.[test]'``) — the page is skipped with a
reason instead of failing; CI installs ``.[dev]`` and runs it (``tests/test_frames.py`` fails there
when pandas is missing).
"""

from __future__ import annotations

import importlib.util

import pytest

EXTRA_PAGINAS: dict[str, tuple[str, str]] = {"docs/frames.md": ("pandas", "pandas")}
"""Doc page (relative to the repository) → (package it imports, extra that installs it)."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the examples of a page whose extra is not installed, naming the extra."""
    for item in items:
        try:
            pad = item.path.resolve().relative_to(config.rootpath.resolve()).as_posix()
        except ValueError:
            continue
        nodig = EXTRA_PAGINAS.get(pad)
        if nodig is not None and importlib.util.find_spec(nodig[0]) is None:
            item.add_marker(
                pytest.mark.skip(reason=f"vraagt de extra {nodig[1]}: pip install 'asielketen[{nodig[1]}]'")
            )
