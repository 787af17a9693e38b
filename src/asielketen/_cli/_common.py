"""Output helpers shared by the subcommands: JSON, CSV and aligned tables, and argument types."""

from __future__ import annotations

import argparse
import codecs
import csv
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from .._validation import GROOTSTE_AANTAL, Soort, geheel_getal_uit_tekst, kort, soort
from ..errors import AsielketenError, InvalidInputError
from ..periods import as_date
from ..sources import BronBasis
from ..taal import Bericht, bericht

__all__ = ["aantal_arg", "date_arg", "write_bronnen", "write_csv", "write_json", "write_table"]


def date_arg(text: str) -> date:
    """argparse type for ``JJJJ-MM-DD`` dates; errors name the value."""
    try:
        return as_date(text, "datum")
    except AsielketenError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def aantal_arg(
    veld: str,
    *,
    minimum: int = 0,
    maximum: int = GROOTSTE_AANTAL,
    meldingen: Mapping[Soort, Callable[[str], Bericht]] | None = None,
) -> Callable[[str], int]:
    """argparse type for a whole number from ``minimum`` to ``maximum``: every integer option.

    Built on :func:`asielketen._validation.geheel_getal_uit_tekst`: the text's length is checked
    before it is converted, so a number of thousands of digits is refused at once, and the one error
    line names ``veld`` and at most the first characters of the text. ``meldingen`` gives a
    subcommand's own message per kind of refusal (``"geen"``, ``"te_klein"``, ``"te_groot"``), a
    function of the (shortened) text; a kind without one gets the general message.
    """

    def parse(tekst: str) -> int:
        try:
            return geheel_getal_uit_tekst(veld, tekst, minimum=minimum, maximum=maximum)
        except InvalidInputError as exc:
            s = soort(exc)
            eigen = None if meldingen is None or s is None else meldingen.get(s)
            melding = exc.bericht if eigen is None else eigen(kort(tekst.strip()))
            raise argparse.ArgumentTypeError(melding.tekst()) from None

    parse.__name__ = veld  # argparse names the type in messages of its own
    return parse


def write_json(data: Any) -> None:
    """Print plain data as indented JSON (deterministic: key order as given).

    UTF-8 on a UTF-8 stdout; on any other encoding (``PYTHONIOENCODING=cp1252``, an ASCII
    terminal) with ``\\u`` escapes, so the output is the same JSON and never an encoding error.
    """
    sys.stdout.write(json.dumps(data, ensure_ascii=not _unicode_uitvoer(), indent=2) + "\n")


def _unicode_uitvoer() -> bool:
    """True when stdout can write every character: a UTF encoding, or a text sink without one."""
    encoding = getattr(sys.stdout, "encoding", None)
    if not encoding:  # io.StringIO and the like: text, no bytes
        return True
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:  # pragma: no cover - an encoding Python does not know
        return False


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
