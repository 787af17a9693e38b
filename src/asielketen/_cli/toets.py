"""``asielketen toets PAD… [--format table|json] [--schema]``: run scenario files.

Each file (or every ``*.toml`` in a folder) states cases: which command, its inputs and the expected
values at paths into the command's JSON result (``asielketen._cli._toets``; docs/scenarios.md).
Every case prints pass or fail with expected and actual; the exit status is 0 when every case
passes, 1 when one fails, 2 for a malformed file (the error line names the file, the case and the
key). ``--schema`` prints the JSON Schema of the file format instead.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..taal import bericht
from ._common import write_json

EXIT_MISLUKT = 1
"""The exit status when a case fails."""


def add_parser(sub: Any) -> None:
    """Add the ``toets`` subcommand."""
    p = sub.add_parser(
        "toets",
        help=bericht("hulp.toets"),
        description=bericht("hulp.toets.omschrijving"),
    )
    p.add_argument("paden", nargs="*", metavar="PAD", help=bericht("hulp.toets.paden"))
    p.add_argument("--schema", action="store_true", help=bericht("hulp.toets.schema"))
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run every case of the files given; print each result and a summary."""
    from ..errors import InvalidInputError
    from ._toets import als_json, gevallen_in, regels, toets_geval, toetsbestand_schema

    if args.schema:
        write_json(toetsbestand_schema())
        return 0
    if not args.paden:
        raise InvalidInputError("PAD", None, bericht("toets.geen_pad"))
    uitslagen = [toets_geval(g) for g in gevallen_in(args.paden)]
    mislukt = sum(not u.geslaagd for u in uitslagen)
    if args.format == "json":
        write_json([als_json(u) for u in uitslagen])
    else:
        for u in uitslagen:
            for regel in regels(u):
                print(regel)
        print()
        print(
            bericht(
                "toets.samenvatting",
                gevallen=len(uitslagen),
                geslaagd=len(uitslagen) - mislukt,
                mislukt=mislukt,
            )
        )
    return EXIT_MISLUKT if mislukt else 0
