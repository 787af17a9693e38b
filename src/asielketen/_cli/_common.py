"""Output helpers shared by the subcommands: JSON, CSV and aligned tables, and argument types."""

from __future__ import annotations

import argparse
import codecs
import csv
import enum
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, NoReturn, TypeVar

from .._validation import GROOTSTE_AANTAL, Soort, geheel_getal_uit_tekst, kort, soort
from ..errors import AsielketenError, InvalidInputError
from ..periods import as_date
from ..sources import BronBasis
from ..taal import Bericht, bericht

__all__ = [
    "VANDAAG_VARIABELE",
    "aantal_arg",
    "bronnen_cel",
    "csv_cel",
    "date_arg",
    "invoer_arg",
    "lees_gevallen",
    "rij_parser",
    "vandaag",
    "vereist",
    "write_bronnen",
    "write_csv",
    "write_json",
    "write_table",
]

VANDAAG_VARIABELE = "ASIELKETEN_VANDAAG"
"""The environment variable that fixes "today" of the command line (``JJJJ-MM-DD``), for tests and
reproducible runs; unset, today is the system's date."""

_T = TypeVar("_T")


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


def vandaag() -> date:
    """The date the command line evaluates at when ``--peildatum`` is absent.

    ``$ASIELKETEN_VANDAAG`` (``JJJJ-MM-DD``) when set and not empty, else the system's date. Only
    the command line knows "today"; the library and the API always take an explicit date. A
    malformed value is an :class:`~asielketen.errors.InvalidInputError` naming the variable.
    """
    waarde = os.environ.get(VANDAAG_VARIABELE, "").strip()
    return as_date(waarde, VANDAAG_VARIABELE) if waarde else date.today()


def csv_cel(waarde: object) -> str:
    """One CSV cell: numbers plain, dates ISO, booleans ``true``/``false``, enums their value,
    sentences in the current language, ``None`` empty."""
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, enum.Enum):
        return str(waarde.value)
    if isinstance(waarde, Decimal):
        return format(waarde, "f")
    if isinstance(waarde, Bericht):
        return waarde.tekst()
    return str(waarde)


def bronnen_cel(bronnen: Iterable[BronBasis]) -> str:
    """The ``bronnen`` column: the ids of the sources, each once, joined by ``;``."""
    return ";".join(dict.fromkeys(b.id for b in bronnen))


def invoer_arg(p: argparse.ArgumentParser) -> None:
    """Add ``--invoer PAD``: a CSV file of cases, one per row (``-``: standard input)."""
    p.add_argument(
        "--invoer",
        default=None,
        metavar="PAD",
        help=str(bericht("hulp.algemeen.invoer")),
    )


class _RijError(Exception):
    """An argparse error while parsing one row of ``--invoer``."""


class _RijParser(argparse.ArgumentParser):
    """A parser whose errors raise :class:`_RijError` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise _RijError(message)


def rij_parser(add_parser: Callable[[Any], None], *pad: str) -> argparse.ArgumentParser:
    """A fresh parser of the subcommand ``pad`` (built by its own ``add_parser``) that raises on errors.

    The rows of ``--invoer`` are parsed with it, so a cell meets the same types and checks as the
    option on the command line.
    """
    top = _RijParser(prog="asielketen", add_help=False)
    sub = top.add_subparsers(parser_class=_RijParser)
    add_parser(sub)
    parser: argparse.ArgumentParser = top
    for naam in pad:
        keuzes = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
        parser = keuzes[naam]
    return parser


_BUITEN_INVOER = frozenset({"help", "format", "invoer", "uitleg", "taal"})
"""Options that are not columns of ``--invoer`` (they apply to the whole run)."""

_JA = frozenset({"ja", "true", "1", "yes", "j", "y"})
_NEE = frozenset({"nee", "false", "0", "no", "n", ""})


def _kolom(naam: str) -> str:
    return naam.lstrip("-").replace("-", "_").lower()


def vereist(args: argparse.Namespace, opties: Sequence[str]) -> None:
    """Refuse a single case without the options ``opties`` (required unless ``--invoer`` is given)."""
    ontbreekt = [o for o in opties if getattr(args, _kolom(o)) is None]
    if ontbreekt:
        raise InvalidInputError(
            _kolom(ontbreekt[0]), None, bericht("cli.verplicht", opties=", ".join(ontbreekt))
        )


def lees_gevallen(
    args: argparse.Namespace,
    parser: argparse.ArgumentParser,
    evalueer: Callable[[argparse.Namespace], _T],
    *,
    verplicht: Sequence[str],
    positioneel: Mapping[str, str] | None = None,
) -> list[_T]:
    """The results of every case of ``args.invoer``, in the file's order; bad rows refused together.

    Each row becomes an argument list for ``parser`` (:func:`rij_parser`): a column is a long
    option without its dashes (``-`` or ``_``), a flag takes ``ja``/``nee``/``true``/``false``, an
    empty cell is an absent option; ``positioneel`` names the column of a positional argument
    (``{"naam": "gemeente"}``). Every cell is parsed on its own first, so each bad cell of each row
    is reported; then ``verplicht`` (option names) must be present, and ``evalueer`` must not raise
    an :class:`~asielketen.errors.AsielketenError` (every well-formed row is evaluated). Any
    problem: one :class:`~asielketen.errors.StructureError` for field ``invoer`` listing rows and
    columns in row order, raised before anything is returned; so no output is written for a file
    with a bad row.

    Case options given on the command line next to ``--invoer`` are refused.
    """
    from .. import _bestanden

    positioneel = dict(positioneel or {})
    opties: dict[str, argparse.Action] = {}  # column -> action
    for actie in parser._actions:
        if actie.dest in _BUITEN_INVOER or actie.dest is argparse.SUPPRESS:
            continue
        if actie.option_strings:
            lang = max(actie.option_strings, key=len)
            opties[_kolom(lang)] = actie
        else:
            opties[positioneel.get(actie.dest, actie.dest)] = actie
    naast = [kolom for kolom, a in opties.items() if getattr(args, a.dest, a.default) != a.default]
    if naast:
        raise InvalidInputError("invoer", args.invoer, bericht("cli.invoer_naast", opties=", ".join(naast)))
    bestand = _bestanden.lees(args.invoer, "invoer")
    nodig = [positioneel.get(v, _kolom(v)) for v in verplicht]
    tabel = bestand.csv("invoer", nodig, sorted(set(opties) - set(nodig)))
    kolommen = [_kolom(k) for k in tabel.kolommen]
    onbekend = [k for k in kolommen if k not in opties]
    if onbekend:
        raise bestand.fout(
            "invoer",
            bericht(
                "cli.invoer_onbekend",
                kolommen=_bestanden.kolomlijst(onbekend),
                bekend=", ".join(sorted(opties)),
            ),
        )
    fouten = _bestanden.Fouten("invoer", bestand.pad)
    gevallen: list[tuple[int, argparse.Namespace]] = []
    for nr, rij in tabel.rijen(fouten):
        argv: list[str] = []
        slot: list[str] = []
        goed = True
        for kop, cel_tekst in rij.items():
            kolom = _kolom(kop)
            actie = opties[kolom]
            deel = _argumenten(actie, cel_tekst)
            if deel is None:
                fouten.voeg(bericht("cli.invoer_vlag", rij=nr, kolom=kolom, waarde=_bestanden.cel(cel_tekst)))
                goed = False
                continue
            try:
                parser.parse_args(["--", *deel] if not actie.option_strings else deel)
            except _RijError as exc:
                melding = _zonder_argument(str(exc))
                fouten.voeg(bericht("cli.invoer_cel", rij=nr, kolom=kolom, melding=melding))
                goed = False
                continue
            if actie.option_strings:
                argv += deel
            else:
                slot += deel
        if not goed:
            continue
        try:
            ns = parser.parse_args([*argv, "--", *slot] if slot else argv)
        except _RijError as exc:  # pragma: no cover - each cell parsed alone already
            fouten.voeg(bericht("cli.invoer_rij", rij=nr, melding=str(exc)))
            continue
        ontbreekt = [positioneel.get(v, _kolom(v)) for v in verplicht if getattr(ns, _kolom(v)) is None]
        for kolom in ontbreekt:
            fouten.voeg(bericht("cli.invoer_leeg", rij=nr, kolom=kolom))
        if not ontbreekt:
            gevallen.append((nr, ns))
    if not gevallen and not fouten:
        raise bestand.fout("invoer", bericht("cli.invoer_geen_rijen"))
    resultaten: list[_T] = []
    for nr, ns in gevallen:
        try:
            resultaten.append(evalueer(ns))
        except AsielketenError as exc:
            fouten.voeg(bericht("cli.invoer_rij", rij=nr, melding=str(exc)), rij=nr)
    fouten.controleer()
    return resultaten


def _argumenten(actie: argparse.Action, tekst: str) -> list[str] | None:
    """The arguments of one cell: none for an empty cell, the flag or nothing, ``--optie=waarde``."""
    if actie.nargs == 0:  # a flag
        waarde = tekst.strip().lower()
        if waarde in _JA:
            return [max(actie.option_strings, key=len)]
        return [] if waarde in _NEE else None
    if tekst == "":
        return []
    if not actie.option_strings:
        return [tekst]
    return [f"{max(actie.option_strings, key=len)}={tekst}"]


def _zonder_argument(melding: str) -> str:
    """argparse's message without its ``argument --optie:`` prefix (the column names it)."""
    kop, scheiding, rest = melding.partition(": ")
    return rest if scheiding and kop.startswith("argument ") else melding
