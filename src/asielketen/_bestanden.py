"""The one reader for user files: bounded, regular files or stdin, UTF-8, comma or semicolon.

Every public loader (``Register.met_inwoners_csv``, ``spreidingswet.lees_ses_csv``,
``lees_verdeelbesluiten``, ``lees_realisaties``, ``statushouders.met_netwerken_csv``,
``opvang.lees_locaties``, ``lees_bezetting``, ``lees_nachten``) reads through this module, so the
same rules hold for each of them:

- **What is read.** A regular file, or ``-`` for standard input. A directory, a FIFO, a device
  (``/dev/zero``), a socket is refused before a byte is read: nothing can hang or fill memory.
- **How much.** At most :data:`GROOTSTE_BESTAND` bytes (128 MiB, more than a million rows of any
  format here); a larger file is refused with its size named.
- **Which text.** UTF-8, with or without a byte-order mark (spreadsheet exports add one). A file
  that is not UTF-8, or that holds a NUL byte (a binary file), is refused with the position of the
  first bad byte, never with its content.
- **Which CSV.** Comma- or semicolon-separated (Dutch spreadsheet exports use ``;``), chosen by
  the header line; column names are compared without surrounding spaces and case; cells are
  stripped; blank lines are skipped; rows are numbered by the file's line.
- **Errors.** Every bad row is collected (:class:`Fouten`) and reported in one
  :class:`~asielketen.errors.StructureError`, capped at :data:`GETOONDE_FOUTEN` rows plus a count of
  the rest. A message never echoes more of a file than the offending cell, and a cell at most
  :data:`GETOONDE_TEKENS` characters of it (:func:`cel`).

The rows are produced one at a time (:meth:`Tabel.rijen`), so memory stays near the file's size
plus what the loader keeps.
"""

from __future__ import annotations

import csv
import hashlib
import heapq
import json
import os
import stat
import sys
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import date
from typing import Any

from ._klasse import frozen
from ._validation import GROOTSTE_AANTAL
from .errors import GETOONDE_FOUTEN, InvalidInputError, StructureError
from .taal import Bericht, bericht, letterlijk, samengevoegd

__all__ = [
    "GETOONDE_FOUTEN",
    "GETOONDE_TEKENS",
    "GROOTSTE_BESTAND",
    "Bestand",
    "Fouten",
    "Tabel",
    "cel",
    "datum",
    "geheel_getal",
    "kolomlijst",
    "lees",
    "veilige_naam",
]

GROOTSTE_BESTAND = 128 * 1024 * 1024
"""The largest user file read, in bytes (128 MiB)."""

GETOONDE_TEKENS = 60
"""How many characters of a bad cell a message shows (then the cell's length)."""

_STDIN = "-"
_CIJFERS = len(str(GROOTSTE_AANTAL))


def veilige_naam(pad: str | os.PathLike[str]) -> str:
    """A path as printable text: bytes that are not UTF-8 become ``\\xNN`` escapes.

    A file name read from the file system may hold bytes that are not UTF-8 (Python keeps them as
    lone surrogates); written to JSON or a UTF-8 terminal those would crash the output.

    >>> veilige_naam(os.fsdecode(b"inwoners-\\xe9.csv"))
    'inwoners-\\\\xe9.csv'
    """
    return os.fsencode(pad).decode("utf-8", "backslashreplace")


def cel(tekst: str) -> Bericht:
    """A cell as a message shows it: its ``repr``, cut to :data:`GETOONDE_TEKENS` characters.

    >>> cel("GM0363").tekst("en")
    "'GM0363'"
    >>> cel("9" * 5000).tekst("en")
    "'999999999999999999999999999999999999999999999999999999999999…' (5000 characters)"
    """
    if len(tekst) <= GETOONDE_TEKENS:
        return letterlijk(repr(tekst))
    return bericht("bestanden.cel_lang", begin=repr(tekst[:GETOONDE_TEKENS])[:-1], lengte=len(tekst))


@frozen
class Bestand:
    """A user file as read: its printable path and name, and its bytes."""

    pad: str
    """The path as given (``-`` for standard input), printable (:func:`veilige_naam`)."""
    naam: str
    """The file name without folders (``stdin`` for standard input), printable."""
    inhoud: bytes
    """The file's bytes (at most :data:`GROOTSTE_BESTAND`)."""

    @property
    def sha256(self) -> str:
        """The sha256 of the bytes, as recorded in a result's provenance."""
        return hashlib.sha256(self.inhoud).hexdigest()

    @property
    def is_json(self) -> bool:
        """True for a file whose name ends in ``.json`` (any case)."""
        return self.naam.lower().endswith(".json")

    def tekst(self, veld: str) -> str:
        """The bytes as text: UTF-8 with or without a byte-order mark, no NUL bytes."""
        try:
            text = self.inhoud.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise self.fout(veld, bericht("bestanden.geen_utf8", positie=exc.start)) from None
        nul = text.find("\x00")
        if nul >= 0:
            raise self.fout(veld, bericht("bestanden.binair", positie=nul))
        return text

    def json(self, veld: str) -> Any:
        """The bytes as JSON (any JSON value); malformed JSON names its line and column."""
        text = self.tekst(veld)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise self.fout(veld, bericht("bestanden.json", regel=exc.lineno, kolom=exc.colno)) from None
        except (ValueError, RecursionError):  # an int of more than 4300 digits; too deeply nested
            raise self.fout(veld, bericht("bestanden.json_te_groot")) from None

    def csv(self, veld: str, nodig: Collection[str], optioneel: Collection[str] = ()) -> Tabel:
        """The bytes as a CSV table with at least the columns ``nodig``.

        The separator is a comma, or a semicolon when the header only fits that way. Missing
        columns are a :class:`~asielketen.errors.StructureError` naming them and (shortened) the
        columns found.
        """
        text = self.tekst(veld)
        regels = _regels(text)
        kop = next(regels, "")
        kolommen: list[str] = []
        scheiding = ","
        pogingen: list[list[str]] = []
        for scheiding in (",", ";"):
            kolommen = _kop(kop, scheiding, veld, self)
            if set(nodig) <= set(kolommen):
                break
            pogingen.append(kolommen)
        else:
            gevonden = kolomlijst(max(pogingen, key=len))
            raise self.fout(
                veld,
                bericht(
                    "bestanden.kolommen",
                    nodig=", ".join(sorted(nodig)),
                    optioneel=", ".join(sorted(optioneel)) or "-",
                    gevonden=gevonden,
                ),
            )
        return Tabel(bestand=self, veld=veld, kolommen=tuple(kolommen), scheiding=scheiding, tekst=text)

    def fout(self, veld: str, reden: Bericht) -> StructureError:
        """A :class:`~asielketen.errors.StructureError` about the whole file."""
        return StructureError(veld, self.pad, [reden])


def kolomlijst(kolommen: Sequence[str]) -> Bericht:
    """Column names as an error shows them: at most ten, each shortened by :func:`cel`."""
    delen: list[Bericht | str] = [cel(k) for k in kolommen[:10]]
    if len(kolommen) > 10:
        delen.append(f"… ({len(kolommen)})")
    return samengevoegd(delen, ", ") if delen else letterlijk("-")


@frozen
class Tabel:
    """A CSV table of a :class:`Bestand`: its (normalised) columns and its rows, read lazily."""

    bestand: Bestand
    """The file."""
    veld: str
    """The field (argument, option) the file was given as, for errors."""
    kolommen: tuple[str, ...]
    """The column names, stripped and in lower case, in the file's order."""
    scheiding: str
    """The separator: ``,`` or ``;``."""
    tekst: str
    """The file's text (decoded once by :meth:`Bestand.tekst`), read line by line by :meth:`rijen`."""

    def rijen(self, fouten: Fouten | None = None) -> Iterator[tuple[int, dict[str, str]]]:
        """``(line number, {column: stripped cell})`` per non-blank row, in the file's order.

        With ``fouten``, its current row follows the row yielded (so problems sort by row).

        A missing cell is ``""``; cells beyond the header are ignored. Malformed CSV (an
        unterminated quote, a cell over the csv module's size limit) is a
        :class:`~asielketen.errors.StructureError` naming the line.
        """
        regels = _regels(self.tekst)
        next(regels, None)
        reader = csv.reader(regels, delimiter=self.scheiding, strict=False)
        n = len(self.kolommen)
        try:
            for cellen in reader:
                if not cellen or (len(cellen) == 1 and not cellen[0].strip()):
                    continue
                if len(cellen) < n:
                    cellen = cellen + [""] * (n - len(cellen))
                # the header is line 1, read apart: the reader counts from the line after it
                nr = reader.line_num + 1
                if fouten is not None:
                    fouten.rij = nr
                yield nr, {k: c.strip() for k, c in zip(self.kolommen, cellen, strict=False)}
        except csv.Error as exc:
            raise self.bestand.fout(
                self.veld, bericht("bestanden.csv", regel=reader.line_num + 1, reden=_csv_reden(exc))
            ) from None


def geheel_getal(
    rij: dict[str, str], kolom: str, nr: int, fouten: Fouten, *, leeg_mag: bool = False
) -> int | None:
    """The cell ``kolom`` as a whole number from 0 to ``GROOTSTE_AANTAL``, or ``None`` (problem recorded).

    Only ASCII digits count (``"²".isdigit()`` is true in Python); the length is checked before
    ``int()`` is called, so a cell of a million digits costs nothing and is echoed shortened.
    An empty cell is ``None`` without a problem when ``leeg_mag``.
    """
    tekst = rij.get(kolom, "")
    if leeg_mag and tekst == "":
        return None
    if not (tekst.isascii() and tekst.isdigit()):
        fouten.voeg(bericht("bestanden.geen_geheel_getal", rij=nr, kolom=kolom, waarde=cel(tekst)))
        return None
    if len(tekst.lstrip("0")) > _CIJFERS or int(tekst) > GROOTSTE_AANTAL:
        fouten.voeg(
            bericht("bestanden.getal_te_groot", rij=nr, kolom=kolom, waarde=cel(tekst), grens=GROOTSTE_AANTAL)
        )
        return None
    return int(tekst)


def datum(rij: dict[str, str], kolom: str, nr: int, fouten: Fouten, *, leeg_mag: bool = False) -> date | None:
    """The cell ``kolom`` as an ISO date (``JJJJ-MM-DD``), or ``None`` (problem recorded)."""
    tekst = rij.get(kolom, "")
    if leeg_mag and tekst == "":
        return None
    if len(tekst) == 10:
        try:
            return date.fromisoformat(tekst)
        except ValueError:
            pass
    fouten.voeg(bericht("bestanden.geen_datum", rij=nr, kolom=kolom, waarde=cel(tekst)))
    return None


class Fouten:
    """Bad rows of one file, collected: the :data:`GETOONDE_FOUTEN` of the lowest rows kept, the
    rest counted.

    A problem belongs to the row being read (``rij``, which :meth:`Tabel.rijen` sets when given
    this collector) or to the row passed explicitly, e.g. by a check that runs after the last row;
    the message lists the kept problems in row order.

    >>> f = Fouten("nachten", "n.csv")
    >>> f.voeg(bericht("bestanden.leeg", rij=2, kolom="datum"))
    >>> len(f), bool(f)
    (1, True)
    """

    __slots__ = ("_heap", "_pad", "_veld", "aantal", "rij")

    def __init__(self, veld: str, pad: str) -> None:
        self._veld = veld
        self._pad = pad
        self._heap: list[tuple[int, int, Bericht]] = []  # (-row, -sequence, message): a max-heap
        self.aantal = 0
        """How many problems were found (also those not kept)."""
        self.rij = 0
        """The row being read (0 before the first)."""

    def voeg(self, fout: Bericht, *, rij: int | None = None) -> None:
        """Record one problem of row ``rij`` (default: the row being read)."""
        self.aantal += 1
        sleutel = (-(self.rij if rij is None else rij), -self.aantal, fout)
        if len(self._heap) < GETOONDE_FOUTEN:
            heapq.heappush(self._heap, sleutel)
        elif sleutel[:2] > self._heap[0][:2]:  # an earlier row than the latest one kept
            heapq.heapreplace(self._heap, sleutel)

    def __len__(self) -> int:
        return self.aantal

    def controleer(self) -> None:
        """Raise one :class:`~asielketen.errors.StructureError` if any problem was recorded."""
        if self.aantal:
            gehouden = [fout for _, _, fout in sorted(self._heap, key=lambda t: (-t[0], -t[1]))]
            raise StructureError(self._veld, self._pad, gehouden, weggelaten=self.aantal - len(gehouden))


def lees(pad: str | os.PathLike[str], veld: str) -> Bestand:
    """Read a user file (or ``-`` for standard input) within the bounds of this module.

    A path that does not exist, is not a regular file, cannot be read or is larger than
    :data:`GROOTSTE_BESTAND` is an :class:`~asielketen.errors.InvalidInputError` naming ``veld``
    and the path.
    """
    if not isinstance(pad, str | os.PathLike):
        raise InvalidInputError(veld, pad, bericht("bestanden.geen_pad"))
    if os.fspath(pad) == _STDIN:  # a file really called "-" is "./-"
        try:
            inhoud = _begrensd(sys.stdin.buffer.read, _STDIN, veld)
        except (OSError, ValueError, AttributeError) as exc:  # no stdin, or a closed one
            raise InvalidInputError(veld, _STDIN, _reden(exc)) from None
        return Bestand(pad=_STDIN, naam="stdin", inhoud=inhoud)
    tekst = veilige_naam(pad)
    naam = veilige_naam(os.path.basename(os.path.normpath(os.fspath(pad))))
    try:
        fd = os.open(pad, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        raise InvalidInputError(veld, tekst, _reden(exc)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InvalidInputError(veld, tekst, bericht("bestanden.geen_gewoon_bestand"))
        inhoud = _begrensd(lambda n: os.read(fd, n), tekst, veld)
    except OSError as exc:
        raise InvalidInputError(veld, tekst, _reden(exc)) from None
    finally:
        os.close(fd)
    return Bestand(pad=tekst, naam=naam, inhoud=inhoud)


def _begrensd(read: Callable[[int], bytes], tekst: str, veld: str) -> bytes:
    """Everything ``read`` gives up to one byte over the limit (a short read is not the end)."""
    delen: list[bytes] = []
    gelezen = 0
    while gelezen <= GROOTSTE_BESTAND:
        deel = read(min(GROOTSTE_BESTAND + 1 - gelezen, 1 << 24))
        if not deel:
            break
        delen.append(deel)
        gelezen += len(deel)
    inhoud = b"".join(delen)
    if len(inhoud) > GROOTSTE_BESTAND:
        raise InvalidInputError(
            veld, tekst, bericht("bestanden.te_groot", grens=GROOTSTE_BESTAND // (1024 * 1024))
        )
    return inhoud


def _reden(exc: BaseException) -> Bericht:
    oorzaak = getattr(exc, "strerror", None) or exc.__class__.__name__
    return bericht("bestanden.onleesbaar", oorzaak=oorzaak)


def _regels(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends, one at a time (no copy of the whole text)."""
    start, lengte = 0, len(text)
    while start < lengte:
        eind = text.find("\n", start)
        if eind < 0:
            yield text[start:]
            return
        yield text[start : eind + 1]
        start = eind + 1


def _kop(regel: str, scheiding: str, veld: str, bestand: Bestand) -> list[str]:
    try:
        cellen = next(csv.reader([regel], delimiter=scheiding, strict=False), [])
    except csv.Error as exc:
        raise bestand.fout(veld, bericht("bestanden.csv", regel=1, reden=_csv_reden(exc))) from None
    return [c.strip().lower() for c in cellen]


def _csv_reden(exc: csv.Error) -> str:
    """The csv module's reason, without any text of the file."""
    reden = str(exc)
    return reden if len(reden) <= 80 else reden[:77] + "..."
