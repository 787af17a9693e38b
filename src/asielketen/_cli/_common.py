"""Output helpers shared by the subcommands: JSON, CSV and aligned tables, and argument types."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from ..errors import AsielketenError
from ..periods import as_date
from ..sources import BronBasis
from ..taal import bericht

__all__ = ["date_arg", "write_bronnen", "write_csv", "write_json", "write_table"]


def date_arg(text: str) -> date:
    """argparse type for ``JJJJ-MM-DD`` dates; errors name the value."""
    try:
        return as_date(text, "datum")
    except AsielketenError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def write_json(data: Any) -> None:
    """Print plain data as indented JSON (deterministic: key order as given)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Print rows as CSV with a header."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)


def write_table(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Print rows as an aligned text table (numbers right-aligned)."""
    body = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(columns)]
    numeric = [all(_is_number(r[i]) for r in body) and bool(body) for i in range(len(columns))]

    def fmt(cells: Sequence[str]) -> str:
        return "  ".join(
            cell.rjust(w) if num else cell.ljust(w)
            for cell, w, num in zip(cells, widths, numeric, strict=True)
        ).rstrip()

    print(fmt(list(columns)))
    print("  ".join("-" * w for w in widths))
    for row in body:
        print(fmt(row))


def write_bronnen(bronnen: Iterable[BronBasis], *, onzeker: bool = False) -> None:
    """Print the sources of a result (with links), and a warning when it rests on pers/aanname."""
    print()
    print(bericht("cli.bronnen"))
    for b in bronnen:
        link = f" — {b.link}" if b.link else ""
        print(f"  {b.tekst()}{link}")
    if onzeker:
        print()
        print(bericht("cli.onzeker"))


def _is_number(text: str) -> bool:
    return text.lstrip("-").replace(".", "", 1).isdigit()
