"""``asielketen schema [NAAM] [--format table|json]``: the JSON Schema of an entity or result.

With a name (``Gemeente``, ``Uitkomst[Taakstelling]``; case does not matter) it prints that JSON
Schema (draft 2020-12); without one it lists the names. An unknown name is one line on stderr with
the closest names, and exit status 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..taal import bericht
from ._common import write_json


def add_parser(sub: Any) -> None:
    """Add the ``schema`` subcommand."""
    p = sub.add_parser(
        "schema",
        help=bericht("hulp.schema"),
        description=bericht("hulp.schema.omschrijving"),
    )
    p.add_argument("naam", nargs="?", metavar="NAAM", help=bericht("hulp.schema.naam"))
    p.add_argument("--format", choices=("table", "json"), default="table", help=bericht("hulp.schema.format"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print one schema, or the list of names."""
    from ..schema import json_schema, schema_namen

    if args.naam is not None:
        write_json(json_schema(args.naam))
        return 0
    if args.format == "json":
        write_json(list(schema_namen()))
        return 0
    for naam in schema_namen():
        print(naam)
    return 0
