"""``asielketen bronnen [--format table|json|csv]``: every source with its status."""

from __future__ import annotations

import argparse
from typing import Any

from ..taal import bericht
from ._common import csv_cel, write_csv, write_json, write_table


def add_parser(sub: Any) -> None:
    """Add the ``bronnen`` subcommand."""
    p = sub.add_parser("bronnen", help=bericht("hulp.bronnen"))
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the registry."""
    from ..bronregister import alle_bronnen
    from ..serialization import unstructure
    from ..sources import Bron

    bronnen = alle_bronnen()
    if args.format == "json":
        write_json(unstructure(list(bronnen), list[Bron]))
        return 0
    if args.format == "csv":
        write_csv(
            ("id", "status", "citatie", "link"),
            ([b.id, b.status.value, b.citatie_bericht.tekst(), csv_cel(b.link)] for b in bronnen),
        )
        return 0
    write_table(
        ("id", "status", bericht("cli.kolom_bron").tekst()),
        ((b.id, b.status.value, b.citatie_bericht.tekst()) for b in bronnen),
    )
    return 0
