"""The ``asielketen`` command line.

``asielketen gemeente NAAM [--peildatum D] [--format table|json]`` prints a gemeente's profile,
``asielketen bronnen [--format table|json]`` lists every source with its status. JSON output is the
package converter's output. Bad input prints one line on stderr and exits with status 2; the
command never shows a traceback for input it refuses.

Each subcommand lives in its own private module ``asielketen._cli.<name>`` (listed in
``SUBCOMMANDS``), so adding one touches a single line here.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from ._version import __version__
from .errors import AsielketenError

__all__ = ["SUBCOMMANDS", "build_parser", "main"]

EXIT_OK = 0
EXIT_USAGE = 2

SUBCOMMANDS: tuple[str, ...] = (
    "gemeente",
    "spreiding",
    "bronnen",
    "nareizigers",
    "statushouders",
    "opvang",
    "oekraine",
)
"""The subcommands, in the order ``--help`` lists them (module ``asielketen._cli.<name>``)."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"asielketen: fout: {_one_line(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``asielketen`` command (exposed for docs and tests)."""
    parser = _Parser(
        prog="asielketen",
        description="Regels en referentiegegevens van de Nederlandse asielketen, met bronnen.",
    )
    parser.add_argument("--version", action="version", version=f"asielketen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    sub.required = True
    for name in SUBCOMMANDS:
        importlib.import_module(f"._cli.{name}", __package__).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except AsielketenError as exc:
        sys.stderr.write(f"asielketen: fout: {_one_line(str(exc))}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
