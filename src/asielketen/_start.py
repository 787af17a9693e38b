"""The ``asielketen`` command's entry point: the command line, safe from the first moment.

The console script imports this module, which imports nothing but the standard library's
``os`` and ``sys`` (already loaded by the interpreter), and then :mod:`asielketen.cli` *inside* a
``try``: a Ctrl-C while the library is still being imported ends the command like a Ctrl-C later
on — one line on stderr and exit status 130 — instead of a ``KeyboardInterrupt`` traceback.
(A Ctrl-C during the interpreter's own start, before any line of asielketen runs, is Python's.)
"""

from __future__ import annotations

import os
import sys

__all__ = ["main"]


def main() -> int:
    """Run :func:`asielketen.cli.main` on ``sys.argv``; Ctrl-C at any point gives status 130."""
    try:
        from .cli import main as cli_main

        return cli_main()
    except KeyboardInterrupt:
        # the catalogue may not be loaded yet: the same line as asielketen.cli writes, in the
        # language of ASIELKETEN_TAAL
        en = os.environ.get("ASIELKETEN_TAAL", "").strip() == "en"
        regel = "asielketen: error: interrupted (Ctrl-C)" if en else "asielketen: fout: afgebroken (Ctrl-C)"
        try:  # noqa: SIM105 - no contextlib import before the library is even loaded
            sys.stderr.write(regel + "\n")
        except (OSError, ValueError, KeyboardInterrupt):  # pragma: no cover - stderr gone
            pass
        return 130
