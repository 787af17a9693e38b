"""The runner of scenario files (``asielketen toets``): read, check, run and compare cases.

A scenario file is TOML (read with the standard library's :mod:`tomllib`)::

    [[geval]]
    naam = "Het Hogeland, tweede halfjaar 2025"
    opdracht = "statushouders"                    # the subcommand, e.g. "oekraine plicht"
    invoer = { halfjaar = "2025-H2", gemeente = "Het Hogeland" }   # its long options, no dashes

    [geval.verwacht]                              # path into the JSON result = expected value
    "waarde.taakstelling" = 35

Each case runs in-process through :func:`asielketen.cli.main` with ``--format json`` (the very code
of the command line), and each expected value is looked up in that JSON by a path:

* ``a.b.c`` — the field ``c`` of the field ``b`` of ``a`` (dotted TOML keys work the same);
* ``lijst[3]`` — the element at position 3 of a list, counting from 0 (``[-1]``: the last);
* ``lijst[veld=waarde]`` — the one element of a list of records whose ``veld`` is ``waarde``.

A number matches a number or a numeric text of the same value (money is written ``"642400"``); a
TOML date matches its ``JJJJ-MM-DD`` text; a text matches a sentence of the result in either
language. A malformed file is one :class:`asielketen.errors.InvalidInputError` naming the file, the
case and the key; a case whose result differs is a failure, reported with expected and actual.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .._bestanden import lees, veilige_naam
from .._klasse import frozen
from ..errors import InvalidInputError
from ..taal import Bericht, bericht, huidige_taal

__all__ = [
    "Controle",
    "Geval",
    "Uitslag",
    "als_json",
    "gevallen_in",
    "lees_scenariobestand",
    "opdrachten",
    "regels",
    "scenariobestanden",
    "toets_geval",
    "toetsbestand_schema",
    "voer_uit",
    "zoek",
]

GEVAL_SLEUTELS = ("naam", "opdracht", "omschrijving", "invoer", "verwacht", "fout")
"""The keys a case (``[[geval]]``) may have."""

BESTAND_SLEUTELS = ("omschrijving", "geval")
"""The keys at the top of a scenario file."""

EIGEN_OPTIES = frozenset({"format", "taal", "help", "version"})
"""Options the runner sets itself; a case may not give them."""

NIET_TOETSBAAR = frozenset({"serve", "toets"})
"""Subcommands a case cannot run."""


@frozen
class Geval:
    """One case of a scenario file, checked: the command line it runs and what it expects."""

    bestand: str
    """The scenario file, as named on the command line (or found in a folder)."""
    naam: str
    """The case's name (unique in its file)."""
    opdracht: tuple[str, ...]
    """The subcommand, e.g. ``("oekraine", "plicht")``."""
    argumenten: tuple[str, ...]
    """The options of the command line (file names resolved next to the scenario file)."""
    verwacht: tuple[tuple[str, Any], ...]
    """Path into the JSON result → expected value, in the file's order."""
    fout: bool
    """True when the case expects the command to refuse its input."""


@frozen
class Controle:
    """One expected value compared with the result."""

    pad: str
    """The path into the JSON result."""
    verwacht: Any
    """The expected value, as written in the file."""
    gekregen: Any
    """The value found (JSON data), or ``None`` when the path found nothing."""
    gevonden: bool
    """True when the path found a value."""
    reden: Bericht | None
    """Why the path found nothing (``None`` when it found a value)."""
    klopt: bool
    """True when the value found matches the expected one."""


@frozen
class Uitslag:
    """The result of one case: pass or fail, and why."""

    geval: Geval
    """The case."""
    controles: tuple[Controle, ...]
    """Every expected value compared (empty when the command refused its input)."""
    weigering: str | None
    """The command's error line when it refused the input, else ``None``."""

    @property
    def geslaagd(self) -> bool:
        """True when the case passes."""
        if self.geval.fout:
            return self.weigering is not None
        return self.weigering is None and all(c.klopt for c in self.controles)


# -- the commands a case can run -----------------------------------------------------------------


def opdrachten(parser: argparse.ArgumentParser | None = None) -> dict[str, argparse.ArgumentParser]:
    """Every command a case can run (``"statushouders"``, ``"oekraine plicht"``) with its parser."""
    if parser is None:
        from ..cli import build_parser

        parser = build_parser()
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(p: argparse.ArgumentParser, pad: tuple[str, ...]) -> None:
        subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            if pad and pad[0] not in NIET_TOETSBAAR:
                found[" ".join(pad)] = p
            return
        for naam, kind in subs[0].choices.items():
            walk(kind, (*pad, naam))

    walk(parser, ())
    return found


def _is_bestandsoptie(action: argparse.Action) -> bool:
    """True when the option takes a file: its metavar says ``PAD``, or it is a known file option."""
    return str(action.metavar or "").startswith("PAD") or action.dest in {"ses", "inwoners", "invoer"}


# -- reading a file ------------------------------------------------------------------------------


def scenariobestanden(paden: Sequence[str]) -> list[Path]:
    """The scenario files of the command line: each file as given, each folder's ``*.toml`` (sorted,
    recursively). A path that does not exist, or a folder without one, is an input error."""
    gevonden: list[Path] = []
    for tekst in paden:
        pad = Path(tekst)
        if not tekst.strip():
            raise InvalidInputError("PAD", tekst, bericht("toets.pad_bestaat_niet"))
        try:
            is_map, is_bestand = pad.is_dir(), pad.is_file()
            binnen = sorted(p for p in pad.rglob("*.toml") if p.is_file()) if is_map else []
        except (OSError, ValueError):  # a name too long, a NUL in the path
            is_map = is_bestand = False
            binnen = []
        if is_map:
            if not binnen:
                raise InvalidInputError("PAD", veilige_naam(tekst), bericht("toets.geen_bestanden"))
            gevonden.extend(binnen)
        elif is_bestand:
            gevonden.append(pad)
        else:
            raise InvalidInputError("PAD", veilige_naam(tekst)[:200], bericht("toets.pad_bestaat_niet"))
    return gevonden


def _veld(bestand: str, geval: str, sleutel: str) -> str:
    return bericht("toets.veld", bestand=bestand, geval=repr(geval), sleutel=sleutel).tekst()


def lees_scenariobestand(pad: Path, parser: argparse.ArgumentParser | None = None) -> list[Geval]:
    """The cases of one scenario file, checked; a malformed file is an :class:`InvalidInputError`
    whose field names the file, the case and the key."""
    bestand = veilige_naam(pad)
    tekst = lees(pad, bestand).tekst(bestand)  # the one bounded reader: regular file, UTF-8, no NUL
    try:
        data = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInputError(bestand, None, bericht("toets.onleesbaar", reden=str(exc))) from None
    for sleutel in data:
        if sleutel not in BESTAND_SLEUTELS:
            veld = bericht("toets.veld_bestand", bestand=bestand).tekst() + f": {sleutel}"
            raise InvalidInputError(
                veld, sleutel, bericht("toets.onbekende_sleutel", toegestaan=", ".join(BESTAND_SLEUTELS))
            )
    ruw = data.get("geval", [])
    if not isinstance(ruw, list) or not ruw:
        raise InvalidInputError(bestand, None, bericht("toets.geen_gevallen"))
    soorten = opdrachten(parser)
    gevallen: list[Geval] = []
    namen: set[str] = set()
    for nr, geval in enumerate(ruw, start=1):
        g = _lees_geval(pad, nr, geval, soorten)
        if g.naam in namen:
            raise InvalidInputError(_veld(bestand, g.naam, "naam"), g.naam, bericht("toets.dubbele_naam"))
        namen.add(g.naam)
        gevallen.append(g)
    return gevallen


def _soort(soort: str) -> Bericht:
    return bericht("toets.soort", soort=_SOORTEN[soort]())


_SOORTEN = {
    "tekst": lambda: bericht("toets.soort_tekst"),
    "tabel": lambda: bericht("toets.soort_tabel"),
    "ja_nee": lambda: bericht("toets.soort_ja_nee"),
    "waarde": lambda: bericht("toets.soort_waarde"),
}


def _lees_geval(pad: Path, nr: int, geval: object, soorten: Mapping[str, argparse.ArgumentParser]) -> Geval:
    bestand = str(pad)
    if not isinstance(geval, dict):
        raise InvalidInputError(_veld(bestand, f"#{nr}", "geval"), geval, _soort("tabel"))
    naam = geval.get("naam")
    if not isinstance(naam, str) or not naam.strip():
        veld = _veld(bestand, f"#{nr}", "naam")
        raise InvalidInputError(veld, naam, bericht("toets.nodig") if naam is None else _soort("tekst"))
    for sleutel in geval:
        if sleutel not in GEVAL_SLEUTELS:
            raise InvalidInputError(
                _veld(bestand, naam, sleutel),
                sleutel,
                bericht("toets.onbekende_sleutel", toegestaan=", ".join(GEVAL_SLEUTELS)),
            )
    if not isinstance(geval.get("omschrijving", ""), str):
        raise InvalidInputError(_veld(bestand, naam, "omschrijving"), geval["omschrijving"], _soort("tekst"))
    opdracht = geval.get("opdracht")
    if opdracht is None:
        raise InvalidInputError(_veld(bestand, naam, "opdracht"), None, bericht("toets.nodig"))
    if not isinstance(opdracht, str):
        raise InvalidInputError(_veld(bestand, naam, "opdracht"), opdracht, _soort("tekst"))
    sleutel_opdracht = " ".join(opdracht.split())
    if sleutel_opdracht not in soorten:
        raise InvalidInputError(
            _veld(bestand, naam, "opdracht"),
            opdracht,
            bericht("toets.onbekende_opdracht", keuzes=", ".join(sorted(soorten))),
        )
    fout = geval.get("fout", False)
    if not isinstance(fout, bool):
        raise InvalidInputError(_veld(bestand, naam, "fout"), fout, _soort("ja_nee"))
    invoer = geval.get("invoer", {})
    if not isinstance(invoer, dict):
        raise InvalidInputError(_veld(bestand, naam, "invoer"), invoer, _soort("tabel"))
    argumenten = _argumenten(pad, naam, soorten[sleutel_opdracht], sleutel_opdracht, invoer)
    verwacht_ruw = geval.get("verwacht")
    if verwacht_ruw is not None and not isinstance(verwacht_ruw, dict):
        raise InvalidInputError(_veld(bestand, naam, "verwacht"), verwacht_ruw, _soort("tabel"))
    verwacht = tuple(_plat(verwacht_ruw or {}))
    if fout and verwacht:
        raise InvalidInputError(_veld(bestand, naam, "fout"), fout, bericht("toets.fout_en_verwacht"))
    if not fout and not verwacht:
        raise InvalidInputError(_veld(bestand, naam, "verwacht"), None, bericht("toets.niets_verwacht"))
    for sleutel, _ in verwacht:
        try:
            _stappen(sleutel)
        except ValueError as exc:
            raise InvalidInputError(
                _veld(bestand, naam, f"verwacht.{sleutel}"), sleutel, _padfout(str(exc))
            ) from None
    return Geval(
        bestand=bestand,
        naam=naam,
        opdracht=tuple(sleutel_opdracht.split()),
        argumenten=tuple(argumenten),
        verwacht=verwacht,
        fout=fout,
    )


def _plat(tabel: Mapping[str, Any], voor: str = "") -> Iterator[tuple[str, Any]]:
    """A table of expected values as (path, value): nested tables (TOML dotted keys) joined by dots."""
    for sleutel, waarde in tabel.items():
        pad = f"{voor}.{sleutel}" if voor else sleutel
        if isinstance(waarde, dict):
            yield from _plat(waarde, pad)
        else:
            yield pad, waarde


def _argumenten(
    pad: Path, naam: str, parser: argparse.ArgumentParser, opdracht: str, invoer: Mapping[str, Any]
) -> list[str]:
    """The command line of a case's inputs: ``halfjaar = "2025-H2"`` → ``--halfjaar 2025-H2``."""
    bestand = str(pad)
    opties = {s[2:]: a for a in parser._actions for s in a.option_strings if s.startswith("--")}
    posities = {a.dest.replace("_", "-"): a for a in parser._actions if not a.option_strings}
    voor: list[str] = []
    na: list[str] = []
    for sleutel, waarde in invoer.items():
        veld = _veld(bestand, naam, f"invoer.{sleutel}")
        optie = sleutel.strip().replace("_", "-")
        if optie in EIGEN_OPTIES:
            raise InvalidInputError(veld, sleutel, bericht("toets.eigen_optie"))
        action = opties.get(optie) or posities.get(optie)
        if action is None:
            bekend = sorted(o for o in {*opties, *posities} if o not in EIGEN_OPTIES)
            dichtbij = difflib.get_close_matches(optie, bekend, n=3) or bekend
            raise InvalidInputError(
                veld, sleutel, bericht("toets.onbekende_optie", opdracht=opdracht, opties=", ".join(dichtbij))
            )
        if action.nargs == 0:  # a flag: true gives it, false leaves it out
            if not isinstance(waarde, bool):
                raise InvalidInputError(veld, waarde, _soort("ja_nee"))
            if waarde:
                na.append(f"--{optie}")
            continue
        waarden = waarde if isinstance(waarde, list) else [waarde]
        if isinstance(waarde, list) and not isinstance(action, argparse._AppendAction):
            raise InvalidInputError(veld, waarde, _soort("waarde"))
        for w in waarden:
            tekst = _als_argument(w)
            if tekst is None:
                raise InvalidInputError(veld, w, _soort("waarde"))
            if _is_bestandsoptie(action):
                doel = pad.parent / tekst
                if not doel.is_file():
                    raise InvalidInputError(veld, tekst, bericht("toets.invoerbestand", pad=str(doel)))
                tekst = str(doel)
            if action.option_strings:
                na.extend((f"--{optie}", tekst))
            else:
                voor.append(tekst)
    return [*voor, *na]


def _als_argument(waarde: object) -> str | None:
    """The command-line text of an input value; ``None`` for a kind an option cannot take."""
    if isinstance(waarde, bool | dict | list | time):
        return None
    if isinstance(waarde, date | datetime):
        return waarde.isoformat()
    if isinstance(waarde, str | int | float):
        return str(waarde)
    return None  # pragma: no cover - tomllib gives no other kind


# -- paths into the result -----------------------------------------------------------------------

_STAP = re.compile(r"\[([^\[\]]*)\]|([^.\[\]]+)|(\.)")


def _stappen(pad: str) -> list[tuple[str, Any]]:
    """The steps of a path: ``("veld", naam)``, ``("index", n)`` or ``("kies", (veld, waarde))``.

    A malformed path raises ``ValueError`` with the part that is wrong.
    """
    if not pad.strip():
        raise ValueError("")
    stappen: list[tuple[str, Any]] = []
    pos = 0
    na_punt = True  # a field name may follow (at the start and after a dot)
    while pos < len(pad):
        m = _STAP.match(pad, pos)
        if m is None or (m.group(2) is not None and not na_punt) or (m.group(3) and na_punt):
            raise ValueError(pad[pos:] or pad)
        if m.group(2) is not None:
            stappen.append(("veld", m.group(2).strip()))
            na_punt = False
        elif m.group(3):
            na_punt = True
        else:
            if na_punt:
                raise ValueError(pad[pos:])
            binnen = m.group(1).strip()
            if re.fullmatch(r"-?\d+", binnen):
                stappen.append(("index", int(binnen)))
            elif "=" in binnen and binnen.split("=", 1)[0].strip():
                veld, waarde = binnen.split("=", 1)
                stappen.append(("kies", (veld.strip(), waarde.strip())))
            else:
                raise ValueError(m.group(0))
        pos = m.end()
    if na_punt:
        raise ValueError(pad)
    return stappen


def _padfout(deel: str) -> Bericht:
    return bericht("toets.leeg_pad") if not deel else bericht("toets.slecht_pad", deel=deel)


def zoek(data: Any, pad: str) -> tuple[bool, Any, Bericht | None]:
    """Look ``pad`` up in JSON data: ``(True, value, None)``, or ``(False, None, why not)``.

    >>> data = {"waarde": {"regels": [{"code": "A", "n": 1}, {"code": "B", "n": 2}]}}
    >>> zoek(data, "waarde.regels[code=B].n")
    (True, 2, None)
    """
    huidig = data
    waar = ""
    for soort, arg in _stappen(pad):
        plek = waar or "resultaat"
        if soort == "veld":
            if not isinstance(huidig, dict):
                return False, None, bericht("toets.geen_record", waar=plek)
            if arg not in huidig:
                return False, None, bericht("toets.geen_veld", veld=arg, waar=plek)
            huidig = huidig[arg]
            waar = f"{waar}.{arg}" if waar else arg
            continue
        if not isinstance(huidig, list):
            return False, None, bericht("toets.geen_lijst", waar=plek)
        if soort == "index":
            if not -len(huidig) <= arg < len(huidig):
                return False, None, bericht("toets.buiten_lijst", waar=plek, lengte=len(huidig), index=arg)
            huidig = huidig[arg]
            waar = f"{waar}[{arg}]"
            continue
        veld, waarde = arg
        treffers = [x for x in huidig if isinstance(x, dict) and veld in x and _gelijk(waarde, x[veld])]
        if not treffers:
            return False, None, bericht("toets.geen_selectie", waar=plek, veld=veld, waarde=waarde)
        if len(treffers) > 1:
            n = len(treffers)
            return False, None, bericht("toets.meer_selectie", waar=plek, veld=veld, waarde=waarde, aantal=n)
        huidig = treffers[0]
        waar = f"{waar}[{veld}={waarde}]"
    return True, huidig, None


# -- comparing -----------------------------------------------------------------------------------


def _getal(waarde: object) -> Decimal | None:
    if isinstance(waarde, bool):
        return None
    if isinstance(waarde, int | float):
        return Decimal(str(waarde))
    if isinstance(waarde, str):
        try:
            d = Decimal(waarde.strip())
        except InvalidOperation:
            return None
        return d if d.is_finite() else None
    return None


def _gelijk(verwacht: Any, gekregen: Any) -> bool:
    """True when a value of the file matches a value of the JSON result (see the module docstring)."""
    if isinstance(verwacht, datetime | date | time):
        verwacht = verwacht.isoformat()
    if isinstance(verwacht, bool) or isinstance(gekregen, bool):
        return isinstance(verwacht, bool) and isinstance(gekregen, bool) and verwacht == gekregen
    if isinstance(verwacht, list):
        return (
            isinstance(gekregen, list)
            and len(verwacht) == len(gekregen)
            and all(_gelijk(v, g) for v, g in zip(verwacht, gekregen, strict=True))
        )
    if isinstance(verwacht, dict):
        return (
            isinstance(gekregen, dict)
            and verwacht.keys() == gekregen.keys()
            and all(_gelijk(v, gekregen[k]) for k, v in verwacht.items())
        )
    if isinstance(gekregen, dict) and isinstance(verwacht, str) and {"nl", "en"} <= gekregen.keys():
        return verwacht in (gekregen["nl"], gekregen["en"])  # a sentence, in either language
    if isinstance(verwacht, str) and isinstance(gekregen, str) and verwacht == gekregen:
        return True
    a, b = _getal(verwacht), _getal(gekregen)
    if a is not None and b is not None and not (isinstance(verwacht, str) and isinstance(gekregen, str)):
        return a == b
    return False


def _json_tekst(waarde: Any) -> str:
    """A value as the report shows it: JSON (a TOML date as its text)."""
    return json.dumps(waarde, ensure_ascii=False, default=lambda x: x.isoformat())


# -- running -------------------------------------------------------------------------------------


def voer_uit(opdracht: Sequence[str], argumenten: Sequence[str]) -> tuple[Any, str | None]:
    """Run one command in-process as the command line would (:func:`asielketen.cli.uitvoeren`),
    with ``--format json`` in the current language.

    Returns ``(json_data, None)``, or ``(None, error_line)`` when the command refused its input.
    The output is captured, never printed.
    """
    from ..cli import uitvoeren

    u = uitvoeren([*opdracht, *argumenten, "--format", "json", "--taal", huidige_taal()])
    if u.status != 0:
        return None, " ".join(u.melding.split()) or f"status {u.status}"
    return json.loads(u.uitvoer), None


def toets_geval(geval: Geval) -> Uitslag:
    """Run one case and compare every expected value."""
    data, weigering = voer_uit(geval.opdracht, geval.argumenten)
    if weigering is not None:
        return Uitslag(geval=geval, controles=(), weigering=weigering)
    controles = []
    for pad, verwacht in geval.verwacht:
        gevonden, gekregen, reden = zoek(data, pad)
        klopt = gevonden and _gelijk(verwacht, gekregen)
        controles.append(
            Controle(
                pad=pad, verwacht=verwacht, gekregen=gekregen, gevonden=gevonden, reden=reden, klopt=klopt
            )
        )
    return Uitslag(geval=geval, controles=tuple(controles), weigering=None)


def gevallen_in(paden: Sequence[str]) -> list[Geval]:
    """Every case of the files and folders given, each file checked before any case runs."""
    from ..cli import build_parser

    parser = build_parser()
    gevallen: list[Geval] = []
    for pad in scenariobestanden(paden):
        gevallen.extend(lees_scenariobestand(pad, parser))
    return gevallen


def regels(u: Uitslag) -> list[str]:
    """The report lines of one case: pass or fail, then each expected value with what it got."""
    namen = {"bestand": u.geval.bestand, "naam": u.geval.naam}
    kop = bericht("toets.geslaagd", **namen) if u.geslaagd else bericht("toets.mislukt", **namen)
    uit = [kop.tekst()]
    if u.geval.fout:
        if u.weigering is not None:
            uit.append(bericht("toets.geweigerd", melding=u.weigering).tekst())
        else:
            uit.append(bericht("toets.fout_verwacht").tekst())
        return uit
    if u.weigering is not None:
        uit.append(bericht("toets.geweigerd", melding=u.weigering).tekst())
        return uit
    for c in u.controles:
        gekregen = (
            _json_tekst(c.gekregen) if c.gevonden else bericht("toets.ontbreekt", reden=c.reden).tekst()
        )
        delen = {"pad": c.pad, "verwacht": _json_tekst(c.verwacht), "gekregen": gekregen}
        regel = bericht("toets.controle", **delen) if c.klopt else bericht("toets.controle_fout", **delen)
        uit.append(regel.tekst())
    return uit


def als_json(u: Uitslag) -> dict[str, Any]:
    """One case's result as plain data (``asielketen toets --format json``)."""
    return {
        "bestand": u.geval.bestand,
        "naam": u.geval.naam,
        "opdracht": " ".join(u.geval.opdracht),
        "geslaagd": u.geslaagd,
        "weigering": u.weigering,
        "controles": [
            {
                "pad": c.pad,
                "verwacht": json.loads(_json_tekst(c.verwacht)),
                "gekregen": c.gekregen,
                "gevonden": c.gevonden,
                "reden": None if c.reden is None else c.reden.tekst(),
                "klopt": c.klopt,
            }
            for c in u.controles
        ],
    }


# -- the JSON Schema of the file format ----------------------------------------------------------


def toetsbestand_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a scenario file, read as JSON (TOML dates as text)."""
    enkel: dict[str, Any] = {"type": ["string", "number", "boolean"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://asielketen.example/schema/toetsbestand.json",
        "title": "Toetsbestand (asielketen toets)",
        "description": "Een scenariobestand: gevallen met opdracht, invoer en verwachte waarden.",
        "type": "object",
        "additionalProperties": False,
        "required": ["geval"],
        "properties": {
            "omschrijving": {"type": "string", "description": "Waar het bestand over gaat."},
            "geval": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["naam", "opdracht"],
                    "properties": {
                        "naam": {"type": "string", "minLength": 1, "description": "Uniek in het bestand."},
                        "omschrijving": {"type": "string"},
                        "opdracht": {
                            "type": "string",
                            "enum": sorted(opdrachten()),
                            "description": "De opdracht van asielketen, bijv. 'oekraine plicht'.",
                        },
                        "invoer": {
                            "type": "object",
                            "description": "Opties van de opdracht zonder streepjes; vlaggen als true.",
                            "additionalProperties": {
                                "anyOf": [enkel, {"type": "array", "items": enkel}],
                            },
                        },
                        "verwacht": {
                            "type": "object",
                            "minProperties": 1,
                            "description": "Pad in de JSON-uitkomst (a.b, [3], [veld=waarde]) = waarde.",
                        },
                        "fout": {
                            "type": "boolean",
                            "description": "true: de opdracht moet de invoer weigeren.",
                        },
                    },
                    "oneOf": [
                        {
                            "required": ["verwacht"],
                            "not": {"required": ["fout"], "properties": {"fout": {"const": True}}},
                        },
                        {
                            "required": ["fout"],
                            "properties": {"fout": {"const": True}},
                            "not": {"required": ["verwacht"]},
                        },
                    ],
                },
            },
        },
    }
