"""The ``asielketen`` command line.

``asielketen gemeente NAAM [--peildatum D] [--format table|json]`` prints a gemeente's profile,
``asielketen bronnen [--format table|json]`` lists every source with its status. JSON output is the
package converter's output. Bad input prints one line on stderr and exits with status 2; the
command never shows a traceback for input it refuses.

``--taal nl|en`` (before the subcommand or after it; default: the environment variable
``ASIELKETEN_TAAL``, else ``nl``) chooses the language of explanations, table labels and error
lines (``asielketen: fout: …`` / ``asielketen: error: …``). JSON output is the same in every
language: each sentence in it carries every language. Help texts (``--help``) come from the
catalogue too (``_berichten/hulp.py``): ``--taal en --help`` is English.

Each subcommand lives in its own private module ``asielketen._cli.<name>`` (listed in
``SUBCOMMANDS``), so adding one touches a single line here.

:func:`uitvoeren` runs a command line in-process and returns its status, output and error instead
of writing them (the HTTP API, :mod:`asielketen.api`, runs every request through it).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import sys
import threading
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from typing import Any, NamedTuple, NoReturn

from ._version import __version__
from .errors import AsielketenError
from .taal import TALEN, Bericht, Taal, bericht, in_taal, valideer_taal

__all__ = ["SUBCOMMANDS", "TAAL_VARIABELE", "Uitvoering", "build_parser", "main", "uitvoeren"]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

TAAL_VARIABELE = "ASIELKETEN_TAAL"
"""The environment variable that sets the default of ``--taal`` (``nl`` or ``en``)."""

SUBCOMMANDS: tuple[str, ...] = (
    "gemeente",
    "spreiding",
    "bronnen",
    "nareizigers",
    "statushouders",
    "opvang",
    "oekraine",
    "schema",
    "serve",
    "toets",
)
"""The subcommands, in the order ``--help`` lists them (module ``asielketen._cli.<name>``)."""


def _tekst(kwargs: dict[str, Any], *namen: str) -> dict[str, Any]:
    """``kwargs`` with each catalogue sentence (a ``Bericht``) among ``namen`` as text, in the current
    language: the parser is built inside :func:`~asielketen.taal.in_taal` of ``--taal``."""
    return {k: str(v) if k in namen and isinstance(v, Bericht) else v for k, v in kwargs.items()}


class _Subopdrachten(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The subcommands' action: a subcommand's ``help`` and ``description`` may be a ``Bericht``."""

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return super().add_parser(name, **_tekst(kwargs, "help", "description"))


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2.

    Every parser of the command (the main one, each subcommand's and their own subcommands')
    accepts ``--taal``, so it may stand before or after the subcommand. Help texts and
    descriptions may be catalogue sentences (``help=bericht("hulp.…")``): they are shown in the
    language of ``--taal``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **_tekst(kwargs, "description", "epilog"))
        self.register("action", "parsers", _Subopdrachten)
        self.add_argument(
            "--taal",
            choices=TALEN,
            default=argparse.SUPPRESS,
            help=bericht("hulp.taal", variabele=TAAL_VARIABELE),
        )

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """As ``ArgumentParser.add_argument``; a ``help`` that is a ``Bericht`` is shown as text."""
        return super().add_argument(*args, **_tekst(kwargs, "help"))

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, _foutregel(message))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``asielketen`` command (exposed for docs and tests)."""
    return _bouw(SUBCOMMANDS)


def _bouw(namen: Sequence[str]) -> argparse.ArgumentParser:
    """The parser with the subcommands ``namen`` (each module imported, its parser built)."""
    parser = _Parser(
        prog="asielketen",
        description=bericht("hulp.asielketen"),
    )
    parser.add_argument("--version", action="version", version=f"asielketen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    sub.required = True
    for name in namen:
        importlib.import_module(f"._cli.{name}", __package__).add_parser(sub)
    return parser


def _opdracht(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` asks for, if it names one before any other option; else ``None``.

    Only ``--taal X`` / ``--taal=X`` may stand before it. ``--help``, ``--version``, a typing
    error or no subcommand at all give ``None``: then the whole parser answers.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--taal":
            i += 2
        elif arg.startswith("--taal="):
            i += 1
        else:
            return arg if arg in SUBCOMMANDS else None
    return None


def _parser_voor(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for one command line: only its subcommand's (issue 18), or the whole one.

    A call of one subcommand imports and builds that subcommand alone: the others' modules,
    their options and help texts are not its concern. Its parsing, its errors and its ``--help``
    are those of :func:`build_parser` (the tests compare every command's output with the whole
    parser's); anything else — ``asielketen --help``, no or an unknown subcommand — is answered by
    the whole parser.
    """
    naam = _opdracht(argv)
    return build_parser() if naam is None else _bouw((naam,))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input, 130 interrupted).

    The command runs inside :func:`asielketen.taal.in_taal` for the language of ``--taal``
    (default: ``$ASIELKETEN_TAAL``, else ``nl``); so do the parsing and its error line.

    Whatever the input, the terminal or the moment, the command ends with one of these, never with
    a traceback: its output and status 0; one error line on stderr and status 2; on Ctrl-C one
    line and status 130; on a closed pipe (``| head``) silently with status 0. Output that the
    terminal's encoding cannot show is escaped (``\xfa``), never a crash; JSON is then written
    with ASCII escapes, so it stays valid JSON.
    """
    try:
        _veilige_uitvoer()
        return _voer_uit(list(sys.argv[1:] if argv is None else argv))[0]
    except KeyboardInterrupt:
        return _afgebroken()
    except BrokenPipeError:
        return _pijp_dicht()


def _voer_uit(argv: list[str]) -> tuple[int, AsielketenError | None]:
    """Parse and run ``argv``: the status and the error refused (its line already on stderr)."""
    gevraagd = _taal_in(argv)
    if gevraagd is None:
        try:
            standaard = _taal_uit_omgeving()
        except AsielketenError as exc:
            sys.stderr.write(_foutregel(str(exc)))
            return EXIT_USAGE, exc
    else:
        standaard = "nl"
    with in_taal(gevraagd or standaard):  # parse errors (and their line) in that language
        args = _parser_voor(argv).parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    with in_taal(getattr(args, "taal", None) or standaard):
        try:
            return func(args), None
        except AsielketenError as exc:
            sys.stderr.write(_foutregel(str(exc)))
            return EXIT_USAGE, exc


class Uitvoering(NamedTuple):
    """What :func:`uitvoeren` gives back: the command's status, output and refused error."""

    status: int
    """The exit status :func:`main` would return (0 ok, 2 bad input)."""
    uitvoer: str
    """Everything the command wrote to stdout."""
    melding: str
    """Everything it wrote to stderr (the error line, in the language of ``--taal``)."""
    fout: AsielketenError | None
    """The error the command refused its input with; ``None`` on success and for a parse error
    (an unknown option, a bad choice: then ``melding`` holds the line)."""


def uitvoeren(argv: Sequence[str]) -> Uitvoering:
    """Run the command line ``argv`` in-process; return its status, stdout, stderr and error.

    Safe to call from several threads at once: while it runs, ``sys.stdout`` and ``sys.stderr``
    of *this* call go to its own buffers (the streams are routed per context, see
    :class:`contextvars.ContextVar`); writes by other code go where they went before. The first
    call installs that routing on ``sys.stdout`` and ``sys.stderr``. Give ``--taal`` in ``argv``
    for the language (else ``$ASIELKETEN_TAAL`` applies, as for :func:`main`).

    >>> u = uitvoeren(["schema", "--format", "json", "--taal", "en"])
    >>> u.status, u.uitvoer.startswith("["), u.fout
    (0, True, None)
    >>> u = uitvoeren(["gemeente", "Nergenshuizen", "--taal", "en"])
    >>> u.status, u.fout.veld, u.melding.startswith("asielketen: error:")
    (2, 'gemeente', True)
    """
    _leid_om()
    uit, fout = io.StringIO(), io.StringIO()
    token = _OPVANG.set((uit, fout))
    try:
        try:
            status, exc = _voer_uit(list(argv))
        except SystemExit as stop:  # argparse: a parse error, --help, --version
            status, exc = (stop.code if isinstance(stop.code, int) else EXIT_USAGE), None
    finally:
        _OPVANG.reset(token)
    return Uitvoering(status, uit.getvalue(), fout.getvalue(), exc)


_OPVANG: ContextVar[tuple[io.StringIO, io.StringIO] | None] = ContextVar("asielketen_opvang", default=None)
_OMLEIDING = threading.Lock()


class _Wissel(io.TextIOBase):
    """A stream that writes to the current context's buffer (of :func:`uitvoeren`), else to ``echt``."""

    def __init__(self, echt: Any, index: int) -> None:
        super().__init__()
        self.echt = echt
        self.index = index

    def _doel(self) -> Any:
        opvang = _OPVANG.get()
        return self.echt if opvang is None else opvang[self.index]

    def write(self, tekst: str) -> int:
        return int(self._doel().write(tekst))

    def flush(self) -> None:
        self._doel().flush()

    @property
    def encoding(self) -> Any:  # type: ignore[override]
        return getattr(self._doel(), "encoding", None)

    def writable(self) -> bool:
        return True


def _leid_om() -> None:
    """Route ``sys.stdout`` and ``sys.stderr`` through :class:`_Wissel` (once per stream object)."""
    with _OMLEIDING:
        if not isinstance(sys.stdout, _Wissel):
            sys.stdout = _Wissel(sys.stdout, 0)
        if not isinstance(sys.stderr, _Wissel):
            sys.stderr = _Wissel(sys.stderr, 1)


def _veilige_uitvoer() -> None:
    """Let stdout and stderr escape what their encoding cannot write instead of raising."""
    for stroom in (sys.stdout, sys.stderr):
        reconfigure = getattr(stroom, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a stream that cannot be reconfigured
                reconfigure(errors="backslashreplace")


def _afgebroken() -> int:
    """Ctrl-C: one line on stderr, status 130 (128 + SIGINT), as shells expect."""
    try:
        sys.stderr.write(_foutregel(bericht("cli.afgebroken").tekst()))
        sys.stderr.flush()
    except (OSError, ValueError, KeyboardInterrupt):  # pragma: no cover - stderr gone or a second Ctrl-C
        pass
    return EXIT_INTERRUPTED


def _pijp_dicht() -> int:
    """The reader of our output went away (``asielketen … | head``): stop quietly.

    stdout is pointed at ``/dev/null``, so the interpreter's final flush does not raise again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # pragma: no cover - stdout without a file descriptor
        pass
    return EXIT_OK


def _taal_in(argv: Sequence[str]) -> Taal | None:
    """The valid language given with ``--taal`` anywhere on the line (the last one), else ``None``.

    Read before parsing, so that a parse error is already reported in that language; an invalid
    value is left to the parser, which refuses it with the choices.
    """
    gevonden: Taal | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        waarde = argv[i + 1] if arg == "--taal" and i + 1 < len(argv) else None
        if arg.startswith("--taal="):
            waarde = arg.removeprefix("--taal=")
        if waarde in TALEN:
            gevonden = valideer_taal(waarde)
    return gevonden


def _taal_uit_omgeving() -> Taal:
    """``$ASIELKETEN_TAAL`` if set (and not empty), else ``nl``; another value is an input error."""
    waarde = os.environ.get(TAAL_VARIABELE, "").strip()
    return valideer_taal(waarde, TAAL_VARIABELE) if waarde else "nl"


def _foutregel(melding: str) -> str:
    """The one error line on stderr, in the current language."""
    return bericht("cli.fout", melding=_one_line(melding)).tekst() + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
