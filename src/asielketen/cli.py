"""The ``asielketen`` command line.

``asielketen gemeente NAAM [--peildatum D] [--format table|json]`` prints a gemeente's profile,
``asielketen bronnen [--format table|json]`` lists every source with its status. JSON output is the
package converter's output. Bad input prints one line on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from ._version import __version__
from .errors import AsielketenError
from .periods import as_date

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"asielketen: fout: {message}\n")


def _date_arg(text: str) -> Any:
    try:
        return as_date(text, "peildatum")
    except AsielketenError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _cmd_gemeente(args: argparse.Namespace) -> int:
    from .explain import Uitkomst
    from .profiel import Gemeenteprofiel, gemeenteprofiel
    from .serialization import unstructure

    uitkomst = gemeenteprofiel(args.naam, peildatum=args.peildatum)
    if args.format == "json":
        _print_json(unstructure(uitkomst, Uitkomst[Gemeenteprofiel]))
        return EXIT_OK
    p = uitkomst.waarde
    netwerken = ", ".join(p.netwerken) or "geen bekend netwerk"
    rows = [
        ("gemeente", f"{p.gemeente.naam} ({p.gemeente.code})"),
        ("provincie", f"{p.provincie.naam} ({p.provincie.code})"),
        ("veiligheidsregio", f"{p.veiligheidsregio.naam} ({p.veiligheidsregio.code})"),
        ("inwoners", f"{p.inwoners.aantal} (peildatum {p.inwoners.peildatum.isoformat()})"),
        ("netwerken", netwerken),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    print()
    print("Bronnen:")
    for b in uitkomst.bronnen:
        link = f" — {b.link}" if b.link else ""
        print(f"  {b}{link}")
    return EXIT_OK


def _cmd_bronnen(args: argparse.Namespace) -> int:
    from .bronregister import alle_bronnen
    from .serialization import unstructure
    from .sources import Bron

    bronnen = alle_bronnen()
    if args.format == "json":
        _print_json(unstructure(list(bronnen), list[Bron]))
        return EXIT_OK
    width = max(len(b.id) for b in bronnen)
    for b in bronnen:
        print(f"{b.id:<{width}}  {b.status.value:<8}  {b.citatie}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``asielketen`` command (exposed for docs and tests)."""
    parser = _Parser(
        prog="asielketen",
        description="Regels en referentiegegevens van de Nederlandse asielketen, met bronnen.",
    )
    parser.add_argument("--version", action="version", version=f"asielketen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("gemeente", help="profiel van een gemeente (naam of code)")
    p.add_argument("naam", help="gemeentenaam of -code, bijv. 'Het Hogeland' of GM1966")
    p.add_argument("--peildatum", type=_date_arg, default=None, help="JJJJ-MM-DD")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_cmd_gemeente)

    p = sub.add_parser("bronnen", help="alle bronnen met hun status")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_cmd_bronnen)
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
