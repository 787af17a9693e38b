"""The endpoints, read from the command line's argparse definitions (no web framework here).

Every leaf subcommand of :func:`asielketen.cli.build_parser` that can write JSON (its ``--format``
offers ``json``) is an endpoint ``/v1/<subcommand>[/<subsubcommand>]``, except ``serve`` itself.
Its parameters are the subcommand's options under their long name without the dashes, and its
positional arguments under their own name (``naam``). An option that takes a file (its metavar is
``PAD…``, or its help starts with ``CSV``) is not a query parameter: it is a file of the ``POST``
body. ``--taal`` becomes the language of the request, ``--format`` is always ``json``.
"""

from __future__ import annotations

import argparse
import functools
from typing import Literal, NamedTuple

Soort = Literal["waarde", "vlag", "lijst", "bestand", "positie"]

GROOTSTE_VERZOEK = 16 * 1024 * 1024
"""The largest request body the API accepts, in bytes (16 MiB); a larger one is a 413 problem."""

UITGESLOTEN = frozenset({("serve",)})
"""Subcommands that are not endpoints."""

EIGEN = frozenset({"help", "taal", "format", "version"})
"""Option names the API handles itself (the language, the JSON format) or never offers."""

PEILDATUM_VERPLICHT = frozenset({("gemeente",)})
"""Endpoints whose ``peildatum`` the API requires although the command line does not: the API never
evaluates at "today" (the command line may)."""


class Optie(NamedTuple):
    """One parameter of an endpoint (an option or positional argument of its subcommand)."""

    naam: str
    """The parameter's name: the long option without dashes (``halfjaar``), or the positional's."""
    optie: str | None
    """The long option (``--halfjaar``); ``None`` for a positional argument."""
    soort: Soort
    """``waarde`` (one value), ``vlag`` (``true``/``false``), ``lijst`` (repeatable), ``bestand``
    (a file of the POST body) or ``positie`` (a positional argument)."""
    verplicht: bool
    """Whether the command needs it."""
    keuzes: tuple[str, ...] | None
    """The values allowed, if the option limits them."""
    datum: bool
    """Whether the value is a date (``JJJJ-MM-DD``)."""
    hulp: str
    """The option's help text (Dutch, as in ``--help``)."""
    meervoud: bool = False
    """For a file: whether several files may be given under this name."""
    extensie: str = ".csv"
    """For a file sent as the bare body: the extension of its name (``.toml`` for scenario files)."""


class Eindpunt(NamedTuple):
    """One endpoint: a leaf subcommand and its parameters."""

    opdracht: tuple[str, ...]
    """The subcommand's words (``("opvang", "dwangsom")``)."""
    opties: tuple[Optie, ...]
    """Its parameters, in the order of ``--help``."""
    beschrijving: str
    """The subcommand's description (or help), Dutch."""

    @property
    def pad(self) -> str:
        """The URL path: ``/v1/opvang/dwangsom``."""
        return "/v1/" + "/".join(self.opdracht)

    @property
    def bestanden(self) -> tuple[Optie, ...]:
        """The parameters that are files of the POST body."""
        return tuple(o for o in self.opties if o.soort == "bestand")

    def optie(self, naam: str) -> Optie | None:
        """The parameter called ``naam``, if any."""
        return next((o for o in self.opties if o.naam == naam), None)


@functools.cache
def eindpunten() -> tuple[Eindpunt, ...]:
    """Every endpoint, in the order of ``asielketen --help``."""
    from ..cli import build_parser

    return tuple(_blaadjes(build_parser(), ()))


def eindpunt(pad: str) -> Eindpunt | None:
    """The endpoint at URL path ``pad`` (``/v1/…``), if any."""
    return next((e for e in eindpunten() if e.pad == pad.rstrip("/")), None)


def _blaadjes(parser: argparse.ArgumentParser, woorden: tuple[str, ...]) -> list[Eindpunt]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        formaat = parser._option_string_actions.get("--format")
        if woorden in UITGESLOTEN or formaat is None or "json" not in (formaat.choices or ()):
            return []
        opties = tuple(o for a in parser._actions if (o := _optie(a, woorden)) is not None)
        return [Eindpunt(woorden, opties, parser.description or "")]
    gevonden: list[Eindpunt] = []
    for actie in subs:
        hulp = {c.dest: c.help or "" for c in actie._choices_actions}
        for naam, sub in actie.choices.items():
            for e in _blaadjes(sub, (*woorden, naam)):
                gevonden.append(e if e.beschrijving else e._replace(beschrijving=hulp.get(naam, "")))
    return gevonden


def _optie(actie: argparse.Action, woorden: tuple[str, ...]) -> Optie | None:
    lang = next((s for s in actie.option_strings if s.startswith("--")), None)
    naam = lang[2:] if lang else actie.dest
    if naam in EIGEN or isinstance(actie, argparse._HelpAction | argparse._VersionAction):
        return None
    hulp = (actie.help or "").replace("%%", "%")
    metavar = actie.metavar if isinstance(actie.metavar, str) else ""
    meervoud = isinstance(actie, argparse._AppendAction) or actie.nargs in ("+", "*")
    soort: Soort
    if metavar.startswith("PAD") or hulp.lower().startswith("csv"):
        soort = "bestand"
    elif lang is None:
        soort = "positie"
    elif isinstance(actie, argparse._StoreTrueAction):
        soort = "vlag"
    elif isinstance(actie, argparse._AppendAction):
        soort = "lijst"
    else:
        soort = "waarde"
    verplicht = bool(actie.required) if lang else actie.nargs not in ("?", "*")
    if naam == "peildatum" and woorden in PEILDATUM_VERPLICHT:
        verplicht = True
    keuzes = tuple(str(k) for k in actie.choices) if actie.choices else None
    datum = getattr(actie.type, "__name__", "") == "date_arg"
    extensie = ".toml" if "toml" in hulp.lower() else ".csv"
    return Optie(naam, lang, soort, verplicht, keuzes, datum, hulp, meervoud, extensie)
