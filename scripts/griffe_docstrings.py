"""A griffe extension that renders asielketen's reST-flavoured docstrings well in the docs site.

The docstrings are written for ``help()``, pytest's doctests and Sphinx-style readers: they use
roles (``:class:`Uitkomst```), literal blocks introduced by ``::`` and bare ``>>>`` examples. The
docs site renders docstrings as Markdown, where those would come out as raw text (and a doctest's
``[...]`` output even as a broken Markdown link). This extension rewrites the docstrings in memory,
only for the docs site — the source files stay as they are:

* every ``>>>`` example (up to the next blank line, as doctest reads it) becomes a fenced
  ``pycon`` block, with ``# doctest:`` directives dropped;
* ``:class:`X```, ``:func:`~a.b.f```, … become cross-references to the documented object
  (resolved in the docstring's scope; unresolved ones render as plain code, silently);
* a paragraph ending in ``::`` ends in ``:`` (its indented block is a Markdown code block);
* an attrs field's value ``field(default=X, validator=…)`` is shown as its default ``X``
  (``factory=f`` as ``f()``; no default: no value), so attributes read like the constructor's.

Registered in mkdocs.yml under the python handler's ``extensions``. It lives outside ``docs/``
because pytest collects ``docs/`` with ``--doctest-modules``.
"""

from __future__ import annotations

import ast
import html
import re
from typing import Any

import griffe

_ROLE_RE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj|const):`(~?)([^`<>]+)`")
_DIRECTIVE_RE = re.compile(r"\s*#\s*doctest:.*$")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")


def _resolve(obj: griffe.Object, name: str) -> str | None:
    """The full path of ``name`` as seen from ``obj``'s docstring, or None."""
    name = name.strip().lstrip(".")
    if name.startswith("asielketen.") or name == "asielketen":
        return name
    head, _, rest = name.partition(".")
    scope: griffe.Object | None = obj
    while scope is not None:
        if scope.is_module and head in (getattr(scope, "exports", None) or ()):
            # a name the module exports: its public path, also when it is defined in a private
            # module (``asielketen.frames.register_frame``, not ``…frames._register.register_frame``)
            path = f"{scope.path}.{head}"
            return f"{path}.{rest}" if rest else path
        try:
            path = scope.resolve(head)
        except (griffe.NameResolutionError, KeyError, AttributeError):
            scope = scope.parent
            continue
        return f"{path}.{rest}" if rest else path
    return None


def _role(obj: griffe.Object, match: re.Match[str]) -> str:
    tilde, target = match.group(1), match.group(2).strip()
    title = target.rsplit(".", 1)[-1] if tilde else target
    path = _resolve(obj, target)
    code = f"<code>{html.escape(title)}</code>"
    if path is None or not path.startswith("asielketen"):
        return f"`{title}`"
    return f'<autoref identifier="{html.escape(path)}" optional>{code}</autoref>'


def _fence_doctests(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE_RE.match(line):
            in_fence = not in_fence
        stripped = line.lstrip()
        if not in_fence and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            if out and out[-1].strip():
                out.append("")
            out.append(f"{indent}```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(_DIRECTIVE_RE.sub("", lines[i]))
                i += 1
            out.append(f"{indent}```")
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _literal_blocks(text: str) -> str:
    text = re.sub(r"(\S)::$", r"\1:", text, flags=re.MULTILINE)
    return re.sub(r"\s+::$", "", text, flags=re.MULTILINE)


def rewrite(obj: griffe.Object, text: str) -> str:
    """The Markdown form of one docstring of ``obj``."""
    text = _fence_doctests(text)
    # Roles and '::' only outside fenced blocks.
    parts = re.split(r"(```pycon\n.*?\n\s*```)", text, flags=re.DOTALL)
    for k in range(0, len(parts), 2):
        parts[k] = _literal_blocks(_ROLE_RE.sub(lambda m: _role(obj, m), parts[k]))
    return "".join(parts)


def _attrs_default(value: str) -> str | None:
    """The default of an attrs ``field(...)`` call as source text, or None when it has none."""
    try:
        call = ast.parse(value, mode="eval").body
    except SyntaxError:
        return value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "field"):
        return value
    for kw in call.keywords:
        if kw.arg == "default":
            return ast.unparse(kw.value)
        if kw.arg == "factory":
            return f"{ast.unparse(kw.value)}()"
    return None


class AsielketenDocstrings(griffe.Extension):
    """Rewrite every docstring of the loaded package once it is fully loaded."""

    def __init__(self) -> None:
        super().__init__()
        self._done: set[str] = set()

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Walk the package and rewrite each object's docstring (aliases share their target's)."""

        def walk(obj: griffe.Object) -> None:
            if obj.path in self._done:
                return
            self._done.add(obj.path)
            if obj.docstring is not None:
                obj.docstring.value = rewrite(obj, obj.docstring.value)
            if isinstance(obj, griffe.Attribute) and obj.value is not None:
                obj.value = _attrs_default(str(obj.value))
            for member in obj.members.values():
                if not member.is_alias:
                    walk(member)  # type: ignore[arg-type]

        walk(pkg)

    def on_package_loaded(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """The same, under the hook's name in griffe 1.x."""
        self.on_package(pkg=pkg, **kwargs)
