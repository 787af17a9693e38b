"""The docs site's configuration covers every page and every public module.

`mkdocs build --strict` (in .ci/run) checks links and docstrings; these fast checks catch what it
cannot: a public module without an API reference page, or a page left out of the navigation.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_api import PUBLIC_MODULES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _nav_pages() -> set[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text[text.index("\nnav:") :]
    return set(re.findall(r"([\w./-]+\.md)\s*$", nav, flags=re.MULTILINE))


def test_every_public_module_has_a_reference_page_in_the_nav() -> None:
    nav = _nav_pages()
    missing = []
    for module in PUBLIC_MODULES:
        name = module.removeprefix("asielketen.")
        page = DOCS / "reference" / f"{name}.md"
        if not page.exists() or f"::: {module}" not in page.read_text(encoding="utf-8"):
            missing.append(f"{page.relative_to(ROOT)} (::: {module})")
        elif f"reference/{name}.md" not in nav:
            missing.append(f"reference/{name}.md not in the nav of mkdocs.yml")
    assert missing == []


def test_every_docs_page_is_in_the_nav() -> None:
    nav = _nav_pages()
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert pages - nav == set()
    # and the nav names no page that does not exist (figures.md is written by hand, too)
    assert nav - pages == set()


def test_the_hooks_live_outside_docs() -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "scripts/mkdocs_hooks.py" in text
    assert (ROOT / "scripts" / "mkdocs_hooks.py").exists()
    assert not list(DOCS.rglob("*.py")), "pytest collects docs/ with --doctest-modules"
